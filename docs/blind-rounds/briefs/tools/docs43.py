# applies round 43 / set 35 docs; run in the worktree root; argv: r43 after-mends figures "E EC U NR NC M", merge sha, set35 changed acts, answers
import sys
after, sha, cha, chb, older, t26 = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round43-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round43-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M,older=older,T26=t26) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 42** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row = '| 42, after its mends (spent) |'
i = b.index(row); j = b.index('\n', i) + 1
b = b[:j] + f"| 43 (360 + 10) | main before the thirty-fourth session's branches (83e2549; none saw round 43) | 127/130 (97.7%) | 128/130 (98.5%) | 67/70 (95.7%) | 5/160 (3.1%) | 1/160 (0.6%) | 10/10 |\n| 43, after its mends (spent) | {sha} (mend43e, mend43h, set 35's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set35-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set35-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 34** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 34, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (4503c5d) | 40 | 92/160 (57.5%): 48/80 and 44/80 | 5/40 |\n"
assert row in b
b = b.replace(row, row + "| set 35, acts (one new writer, 32 conversations, 160 turns; two judges), main before the thirty-fourth session's branches (83e2549; none saw set 35) | 32 | 109/160 (68.1%): 58/81 and 51/79 | 9/32 |\n| set 35, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (83e2549) | 40 | 90/160 (56.3%): 48/80 and 42/80 | 5/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 42 (last, on main before the thirty-third session's branches, 4503c5d): 96.9% / 98.6% / 2.5%, emergency or check 96.9%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 42 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 42 (on main before the thirty-third session's branches, 4503c5d): 96.9% / 98.6% / 2.5%, emergency or check 96.9%, check on must-not-escalate 1.9%, multi-turn 10/10; round 43 (last, on main before the thirty-fourth session's branches, 83e2549): 97.7% / 95.7% / 3.1%, emergency or check 98.5%, check on must-not-escalate 0.6%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 43 met emergency, urgent, check and multi-turn; not emergency or check, nor must-not raised)")
old = "set 34 (last, new writers, 32 + 40 conversations, on main before the thirty-third session's branches): acts 93/160 (58.1%), answers 92/160 (57.5%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 34 (new writers, 32 + 40 conversations, on main before the thirty-third session's branches): acts 93/160 (58.1%), answers 92/160 (57.5%); set 35 (last, new writers, 32 + 40 conversations, on main before the thirty-fourth session's branches): acts 109/160 (68.1%), answers 90/160 (56.3%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
