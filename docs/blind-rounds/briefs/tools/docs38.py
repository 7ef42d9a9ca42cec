# applies round 38 / set 30 docs; run in the worktree root; argv: r38 after-mends figures "E EC U NR NC M", merge sha, set30 changed acts, answers
import sys
after, sha, cha, chb = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round38-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round38-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 37** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row37 = '| 37, after its mends (spent) |'
i = b.index(row37); j = b.index('\n', i) + 1
b = b[:j] + f"| 38 (360 + 10) | main before the twenty-ninth session's branches (f8867fd; none saw round 38) | 122/130 (93.8%) | 128/130 (98.5%) | 65/70 (92.9%) | 8/160 (5.0%) | 2/160 (1.3%) | 10/10 |\n| 38, after its mends (spent) | {sha} (mend38e, mend38h, mend38f, set 30's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set30-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set30-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 29** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 29, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (feac429) | 40 | 87/160 (54.4%): 43/80 and 44/80 | 4/40 |\n"
assert row in b
b = b.replace(row, row + "| set 30, acts (one new writer, 32 conversations, 160 turns; two judges), main before the twenty-ninth session's branches (f8867fd; none saw set 30) | 32 | 88/160 (55.0%): 47/80 and 41/80 | 0/32 |\n| set 30, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (f8867fd) | 40 | 85/160 (53.1%): 40/80 and 45/80 | 2/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 37 (last, on main before the twenty-eighth session's branches, feac429): 97.7% / 95.7% / 7.5%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 37 met emergency, urgent, check and multi-turn; not emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 37 (on main before the twenty-eighth session's branches, feac429): 97.7% / 95.7% / 7.5%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10; round 38 (last, on main before the twenty-ninth session's branches, f8867fd): 93.8% / 92.9% / 5.0%, emergency or check 98.5%, check on must-not-escalate 1.3%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 38 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)")
old = "set 29 (last, new writers, 32 + 40 conversations, on main before the twenty-eighth session's branches): acts 93/159 (58.5%), answers 87/160 (54.4%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 29 (new writers, 32 + 40 conversations, on main before the twenty-eighth session's branches): acts 93/159 (58.5%), answers 87/160 (54.4%); set 30 (last, new writers, 32 + 40 conversations, on main before the twenty-ninth session's branches): acts 88/160 (55.0%), answers 85/160 (53.1%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
