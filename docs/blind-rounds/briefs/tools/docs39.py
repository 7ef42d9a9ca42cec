# applies round 39 / set 31 docs; run in the worktree root; argv: r39 after-mends figures "E EC U NR NC M", merge sha, set31 changed acts, answers
import sys
after, sha, cha, chb = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round39-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round39-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 38** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row37 = '| 38, after its mends (spent) |'
i = b.index(row37); j = b.index('\n', i) + 1
b = b[:j] + f"| 39 (360 + 10) | main before the thirtieth session's branches (49a0d49; none saw round 39) | 125/130 (96.2%) | 127/130 (97.7%) | 65/70 (92.9%) | 13/160 (8.1%) | 3/160 (1.9%) | 10/10 |\n| 39, after its mends (spent) | {sha} (mend39e, mend39h, set 31's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set31-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set31-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 30** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 30, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (f8867fd) | 40 | 85/160 (53.1%): 40/80 and 45/80 | 2/40 |\n"
assert row in b
b = b.replace(row, row + "| set 31, acts (one new writer, 32 conversations, 165 turns; two judges), main before the thirtieth session's branches (49a0d49; none saw set 31) | 32 | 121/165 (73.3%): 63/87 and 58/78 | 8/32 |\n| set 31, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (49a0d49) | 40 | 93/160 (58.1%): 51/80 and 42/80 | 6/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 37 (on main before the twenty-eighth session's branches, feac429): 97.7% / 95.7% / 7.5%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10; round 38 (last, on main before the twenty-ninth session's branches, f8867fd): 93.8% / 92.9% / 5.0%, emergency or check 98.5%, check on must-not-escalate 1.3%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 38 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 37 (on main before the twenty-eighth session's branches, feac429): 97.7% / 95.7% / 7.5%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10; round 38 (on main before the twenty-ninth session's branches, f8867fd): 93.8% / 92.9% / 5.0%, emergency or check 98.5%, check on must-not-escalate 1.3%, multi-turn 10/10; round 39 (last, on main before the thirtieth session's branches, 49a0d49): 96.2% / 92.9% / 8.1%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 39 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)")
old = "set 29 (new writers, 32 + 40 conversations, on main before the twenty-eighth session's branches): acts 93/159 (58.5%), answers 87/160 (54.4%); set 30 (last, new writers, 32 + 40 conversations, on main before the twenty-ninth session's branches): acts 88/160 (55.0%), answers 85/160 (53.1%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 29 (new writers, 32 + 40 conversations, on main before the twenty-eighth session's branches): acts 93/159 (58.5%), answers 87/160 (54.4%); set 30 (new writers, 32 + 40 conversations, on main before the twenty-ninth session's branches): acts 88/160 (55.0%), answers 85/160 (53.1%); set 31 (last, new writers, 32 + 40 conversations, on main before the thirtieth session's branches): acts 121/165 (73.3%), answers 93/160 (58.1%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
