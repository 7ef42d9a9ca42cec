# applies round 44 / set 36 docs; run in the worktree root; argv: r43 after-mends figures "E EC U NR NC M", merge sha, set36 changed acts, answers
import sys
after, sha, cha, chb, older, t26 = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round44-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round44-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M,older=older,T26=t26) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 43** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row = '| 43, after its mends (spent) |'
i = b.index(row); j = b.index('\n', i) + 1
b = b[:j] + f"| 44 (360 + 10) | main before the thirty-fifth session's branches (4cd46ed; none saw round 44) | 123/130 (94.6%) | 126/130 (96.9%) | 69/70 (98.6%) | 7/160 (4.4%) | 2/160 (1.3%) | 10/10 |\n| 44, after its mends (spent) | {sha} (mend44e, mend44h, set 36's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set36-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set36-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 35** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 35, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (83e2549) | 40 | 90/160 (56.3%): 48/80 and 42/80 | 5/40 |\n"
assert row in b
b = b.replace(row, row + "| set 36, acts (one new writer, 32 conversations, 160 turns; two judges), main before the thirty-fifth session's branches (4cd46ed; none saw set 36) | 32 | 92/160 (57.5%): 50/82 and 42/78 | 2/32 |\n| set 36, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (4cd46ed) | 40 | 93/160 (58.1%): 53/80 and 40/80 | 5/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 43 (last, on main before the thirty-fourth session's branches, 83e2549): 97.7% / 95.7% / 3.1%, emergency or check 98.5%, check on must-not-escalate 0.6%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 43 met emergency, urgent, check and multi-turn; not emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 43 (on main before the thirty-fourth session's branches, 83e2549): 97.7% / 95.7% / 3.1%, emergency or check 98.5%, check on must-not-escalate 0.6%, multi-turn 10/10; round 44 (last, on main before the thirty-fifth session's branches, 4cd46ed): 94.6% / 98.6% / 4.4%, emergency or check 96.9%, check on must-not-escalate 1.3%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 44 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)")
old = "set 35 (last, new writers, 32 + 40 conversations, on main before the thirty-fourth session's branches): acts 109/160 (68.1%), answers 90/160 (56.3%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 35 (new writers, 32 + 40 conversations, on main before the thirty-fourth session's branches): acts 109/160 (68.1%), answers 90/160 (56.3%); set 36 (last, new writers, 32 + 40 conversations, on main before the thirty-fifth session's branches): acts 92/160 (57.5%), answers 93/160 (58.1%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
