# applies round 40 / set 32 docs; run in the worktree root; argv: r40 after-mends figures "E EC U NR NC M", merge sha, set32 changed acts, answers
import sys
after, sha, cha, chb = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round40-doc.md').read().rstrip('\n') + '\n\n'
r += open('/work/round40-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 39** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row37 = '| 39, after its mends (spent) |'
i = b.index(row37); j = b.index('\n', i) + 1
b = b[:j] + f"| 40 (360 + 10) | main before the thirty-first session's branches (97bf912; none saw round 40) | 124/130 (95.4%) | 126/130 (96.9%) | 68/70 (97.1%) | 12/160 (7.5%) | 3/160 (1.9%) | 10/10 |\n| 40, after its mends (spent) | {sha} (mend40e, mend40h, set 32's mends) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set32-doc.md').read().rstrip('\n') + '\n\n'
s += open('/work/set32-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 31** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 31, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (49a0d49) | 40 | 93/160 (58.1%): 51/80 and 42/80 | 6/40 |\n"
assert row in b
b = b.replace(row, row + "| set 32, acts (one new writer, 32 conversations, 160 turns; two judges), main before the thirty-first session's branches (97bf912; none saw set 32) | 32 | 100/160 (62.5%): 49/77 and 51/83 | 7/32 |\n| set 32, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (97bf912) | 40 | 96/160 (60.0%): 52/80 and 44/80 | 7/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 39 (last, on main before the thirtieth session's branches, 49a0d49): 96.2% / 92.9% / 8.1%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 39 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)"
assert old in m
m = m.replace(old, "round 39 (on main before the thirtieth session's branches, 49a0d49): 96.2% / 92.9% / 8.1%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10; round 40 (last, on main before the thirty-first session's branches, 97bf912): 95.4% / 97.1% / 7.5%, emergency or check 96.9%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 40 met urgent, check and multi-turn; not emergency, emergency or check, nor must-not raised)")
old = "set 31 (last, new writers, 32 + 40 conversations, on main before the thirtieth session's branches): acts 121/165 (73.3%), answers 93/160 (58.1%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 31 (new writers, 32 + 40 conversations, on main before the thirtieth session's branches): acts 121/165 (73.3%), answers 93/160 (58.1%); set 32 (last, new writers, 32 + 40 conversations, on main before the thirty-first session's branches): acts 100/160 (62.5%), answers 96/160 (60.0%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
