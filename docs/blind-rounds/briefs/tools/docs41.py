# applies round 41 / set 33 docs; run in the worktree root; argv: r41 after-mends figures "E EC U NR NC M", merge sha, set33 changed acts, answers
import sys
after, sha, cha, chb = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round41-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round41-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 40** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row = '| 40, after its mends (spent) |'
i = b.index(row); j = b.index('\n', i) + 1
b = b[:j] + f"| 41 (360 + 10) | main before the thirty-second session's branches (710e357; none saw round 41) | 129/130 (99.2%) | 129/130 (99.2%) | 68/70 (97.1%) | 7/160 (4.4%) | 1/160 (0.6%) | 10/10 |\n| 41, after its mends (spent) | {sha} (mend41e, mend41h, set 33's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set33-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set33-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 32** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 32, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (97bf912) | 40 | 96/160 (60.0%): 52/80 and 44/80 | 7/40 |\n"
assert row in b
b = b.replace(row, row + "| set 33, acts (one new writer, 32 conversations, 160 turns; two judges), main before the thirty-second session's branches (710e357; none saw set 33) | 32 | 99/160 (61.9%): 53/81 and 46/79 | 3/32 |\n| set 33, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (710e357) | 40 | 90/160 (56.3%): 46/80 and 44/80 | 5/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 40 (last, on main before the thirty-first session's branches, 97bf912): 95.4% / 97.1% / 7.5%, emergency or check 96.9%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 40 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 40 (on main before the thirty-first session's branches, 97bf912): 95.4% / 97.1% / 7.5%, emergency or check 96.9%, check on must-not-escalate 1.9%, multi-turn 10/10; round 41 (last, on main before the thirty-second session's branches, 710e357): 99.2% / 97.1% / 4.4%, emergency or check 99.2%, check on must-not-escalate 0.6%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 41 met all but must-not raised)")
old = "set 32 (last, new writers, 32 + 40 conversations, on main before the thirty-first session's branches): acts 100/160 (62.5%), answers 96/160 (60.0%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 32 (new writers, 32 + 40 conversations, on main before the thirty-first session's branches): acts 100/160 (62.5%), answers 96/160 (60.0%); set 33 (last, new writers, 32 + 40 conversations, on main before the thirty-second session's branches): acts 99/160 (61.9%), answers 90/160 (56.3%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
