# Writes one blind round's and one conversation set's results into docs/blind-rounds.md and README.md.
# Run in the worktree root:  docs_round.py CONFIG.json "E EC U NR NC M" MERGE_SHA ACTS_CHANGED ANSWERS_CHANGED OLDER T26
# CONFIG.json: {"round": 45, "set": 37, "session": "thirty-sixth", "firstSha": "35ff10f",
#   "roundFirst": {"E":0,"EC":0,"U":0,"NR":0,"NC":0,"M":0}, "roundSize": {"E":130,"U":70,"N":160,"M":10},
#   "acts": {"convs":32,"turns":160,"fit":0,"a":0,"an":0,"b":0,"bn":0,"allFit":0},
#   "answers": {...same...}, "roundDoc": "/work/roundNN-doc.md", "roundAfter": "/work/roundNN-after.md",
#   "setDoc": "/work/setSS-doc.md", "setAfter": "/work/setSS-after.md"}
# One script for every round: the round and set numbers, shas and figures come from the config,
# and the anchors are derived from the previous round's and set's numbers.
import json, sys
from decimal import Decimal, ROUND_HALF_UP

cfg = json.load(open(sys.argv[1]))
E, EC, U, NR, NC, M = sys.argv[2].split()
sha, cha, chb, older, t26 = sys.argv[3:8]
n, s, ses, first = cfg['round'], cfg['set'], cfg['session'], cfg['firstSha']
size = cfg.get('roundSize', {'E': 130, 'U': 70, 'N': 160, 'M': 10})
f = cfg['roundFirst']

def pct(a, b):  # half up, as the earlier rows were written (90/160 = 56.3%)
    return f"{(Decimal(100) * int(a) / b).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"

def close_paren(text, open_at):
    return text.index(')', open_at) + 1

b = open('docs/blind-rounds.md').read()
r = open(cfg['roundDoc']).read().rstrip('\n') + '\n\n'
r += open(cfg['roundAfter']).read().rstrip('\n').format(sha=sha, E=E, EC=EC, U=U, NR=NR, NC=NC, M=M, older=older, T26=t26) + '\n'
anchor = f'**Round {n - 1}** ('
assert anchor in b, anchor
b = b.replace(anchor, r + '\n' + anchor, 1)
row = f'| {n - 1}, after its mends (spent) |'
i = b.index(row); j = b.index('\n', i) + 1
rows = (f"| {n} ({size['E'] + size['U'] + size['N']} + {size['M']}) | main before the {ses} session's branches ({first}; none saw round {n}) "
        f"| {f['E']}/{size['E']} ({pct(f['E'], size['E'])}) | {f['EC']}/{size['E']} ({pct(f['EC'], size['E'])}) | {f['U']}/{size['U']} ({pct(f['U'], size['U'])}) "
        f"| {f['NR']}/{size['N']} ({pct(f['NR'], size['N'])}) | {f['NC']}/{size['N']} ({pct(f['NC'], size['N'])}) | {f['M']}/{size['M']} |\n"
        f"| {n}, after its mends (spent) | {sha} (mend{n}e, mend{n}h, set {s}'s mends) | {E}/{size['E']} | {EC}/{size['E']} | {U}/{size['U']} "
        f"| {NR}/{size['N']} ({pct(NR, size['N'])}) | {NC}/{size['N']} ({pct(NC, size['N'])}) | {M}/{size['M']} |\n")
b = b[:j] + rows + b[j:]

t = open(cfg['setDoc']).read().rstrip('\n') + '\n\n'
t += open(cfg['setAfter']).read().rstrip('\n').format(cha=cha, chb=chb) + '\n'
anchor = f'**Set {s - 1}** (new writers'
assert anchor in b, anchor
b = b.replace(anchor, t + '\n' + anchor, 1)

def set_row(kind, where):
    c = cfg[kind]
    return (f"| set {s}, {kind} (one new writer, {c['convs']} conversations, {c['turns']} turns; two judges), {where} | {c['convs']} "
            f"| {c['fit']}/{c['turns']} ({pct(c['fit'], c['turns'])}): {c['a']}/{c['an']} and {c['b']}/{c['bn']} | {c['allFit']}/{c['convs']} |\n")

prev = f"| set {s - 1}, answers ("
i = b.index(prev); j = b.index('\n', i) + 1
b = b[:j] + set_row('acts', f"main before the {ses} session's branches ({first}; none saw set {s})") + set_row('answers', f"the same main ({first})") + b[j:]
open('docs/blind-rounds.md', 'w').write(b)

m = open('README.md').read()
# the round's cell: the previous "last" round loses "last" and its targets; the new one gets them
start = m.index(f"round {n - 1} (last, ")
tg = m.index(' (targets', start)
end = close_paren(m, tg + 1)
met = {'emergency': int(f['E']) / size['E'] >= .97, 'emergency or check': int(f['EC']) / size['E'] >= .99,
       'urgent': int(f['U']) / size['U'] >= .92, 'must-not raised': int(f['NR']) / size['N'] <= .02,
       'check': int(f['NC']) / size['N'] <= .05, 'multi-turn': int(f['M']) == size['M']}
yes = [k for k, v in met.items() if v]; no = [k for k, v in met.items() if not v]
def listing(xs, last): return xs[0] if len(xs) == 1 else ', '.join(xs[:-1]) + f' {last} ' + xs[-1]
verdict = 'met every target' if not no else (f"met {listing(yes, 'and')}; not {listing(no, 'nor')}" if yes else 'met none')
new = (f"round {n} (last, on main before the {ses} session's branches, {first}): {pct(f['E'], size['E'])} / {pct(f['U'], size['U'])} / {pct(f['NR'], size['N'])}, "
       f"emergency or check {pct(f['EC'], size['E'])}, check on must-not-escalate {pct(f['NC'], size['N'])}, multi-turn {f['M']}/{size['M']} "
       f"(targets 97% / 92% / 2%, 99% emergency or check, 5% check, all multi-turn: round {n} {verdict})")
m = m[:start] + m[start:tg].replace(' (last, ', ' (', 1) + '; ' + new + m[end:]
start = m.index(f"set {s - 1} (last, ")
tg = m.index(' (target 90%', start)
end = close_paren(m, tg + 1)
a, w = cfg['acts'], cfg['answers']
new = (f"set {s} (last, new writers, {a['convs']} + {w['convs']} conversations, on main before the {ses} session's branches): "
       f"acts {a['fit']}/{a['turns']} ({pct(a['fit'], a['turns'])}), answers {w['fit']}/{w['turns']} ({pct(w['fit'], w['turns'])}) (target 90%: "
       f"{'met' if a['fit'] / a['turns'] >= .9 and w['fit'] / w['turns'] >= .9 else 'not met'})")
m = m[:start] + m[start:tg].replace(' (last, ', ' (', 1) + '; ' + new + m[end:]
open('README.md', 'w').write(m)
print('ok')
