# applies round 37 / set 29 docs; run in the worktree root; argv: r37 after-mends figures "E EC U NR NC M", merge sha, set29 changed acts, answers
import sys
after, sha, cha, chb = sys.argv[1].split(), sys.argv[2], sys.argv[3], sys.argv[4]
E,EC,U,NR,NC,M = after
def pct(a,b): return f"{100*a/b:.1f}%"
r = open('/work/round37-doc.md').read().rstrip('\n')
r += open('/work/round37-after.md').read().rstrip('\n').format(sha=sha,E=E,EC=EC,U=U,NR=NR,NC=NC,M=M) + '\n'
b = open('docs/blind-rounds.md').read()
anchor = '**Round 36** (two more new writers'
assert anchor in b
b = b.replace(anchor, r + '\n' + anchor, 1)
row36 = '| 36, after its mends (spent) |'
i = b.index(row36); j = b.index('\n', i) + 1
b = b[:j] + f"| 37 (360 + 10) | main before the twenty-eighth session's branches (feac429; none saw round 37) | 127/130 (97.7%) | 127/130 (97.7%) | 67/70 (95.7%) | 12/160 (7.5%) | 3/160 (1.9%) | 10/10 |\n| 37, after its mends (spent) | {sha} (mend37e, mend37h, set 29's mends, retrained model) | {E}/130 | {EC}/130 | {U}/70 | {NR}/160 ({pct(int(NR),160)}) | {NC}/160 ({pct(int(NC),160)}) | {M}/10 |\n" + b[j:]
s = open('/work/set29-doc.md').read().rstrip('\n')
s += open('/work/set29-after.md').read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = '**Set 28** (new writers'
assert anchor in b
b = b.replace(anchor, s + '\n' + anchor, 1)
row = "| set 28, answers (one new writer, 40 conversations, 186 turns; two judges), the same main (5826f2e) | 40 | 112/186 (60.2%): 59/93 and 53/93 | 2/40 |\n"
assert row in b
b = b.replace(row, row + "| set 29, acts (one new writer, 32 conversations, 159 turns; two judges), main before the twenty-eighth session's branches (feac429; none saw set 29) | 32 | 93/159 (58.5%): 52/81 and 41/78 | 1/32 |\n| set 29, answers (one new writer, 40 conversations, 160 turns; two judges), the same main (feac429) | 40 | 87/160 (54.4%): 43/80 and 44/80 | 4/40 |\n")
open('docs/blind-rounds.md','w').write(b)
m = open('README.md').read()
old = "round 36 (last, on main before the twenty-seventh session's branches, 5826f2e): 95.4% / 97.1% / 8.8%, emergency or check 97.7%, check on must-not-escalate 0.6%, multi-turn 9/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 36 met urgent and check only)"
assert old in m
m = m.replace(old, "round 36 (on main before the twenty-seventh session's branches, 5826f2e): 95.4% / 97.1% / 8.8%, emergency or check 97.7%, check on must-not-escalate 0.6%, multi-turn 9/10; round 37 (last, on main before the twenty-eighth session's branches, feac429): 97.7% / 95.7% / 7.5%, emergency or check 97.7%, check on must-not-escalate 1.9%, multi-turn 10/10 (targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round 37 met emergency, urgent, check and multi-turn; not emergency or check, nor must-not raised)")
old = "set 28 (last, new writers, 32 + 40 conversations, on main before the twenty-seventh session's branches): acts 106/158 (67.1%), answers 112/186 (60.2%) (target 90%: not met)"
assert old in m
m = m.replace(old, "set 28 (new writers, 32 + 40 conversations, on main before the twenty-seventh session's branches): acts 106/158 (67.1%), answers 112/186 (60.2%); set 29 (last, new writers, 32 + 40 conversations, on main before the twenty-eighth session's branches): acts 93/159 (58.5%), answers 87/160 (54.4%) (target 90%: not met)")
open('README.md','w').write(m)
print('ok')
