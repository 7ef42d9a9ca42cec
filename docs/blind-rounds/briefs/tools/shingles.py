# usage: shingles.py BASE HEAD blind.yaml... : added lines in test/ knowledge/ intents/ sharing 5-word shingles with blind texts
import sys, re, subprocess, yaml
base, head, files = sys.argv[1], sys.argv[2], sys.argv[3:]
def words(s): return re.findall(r"[a-z0-9']+", s.lower())
def sh(ws, n=5): return {' '.join(ws[i:i+n]) for i in range(len(ws)-n+1)}
texts = []
for f in files:
    d = yaml.safe_load(open(f))
    for c in d.get('cases', []) or []: texts.append(c['text'])
    for m in d.get('multiTurn', []) or []: texts += m['turns']
    for c in d.get('conversations', []) or []: texts += [t['user'] for t in c['turns']]
B = {}
for t in texts:
    for s in sh(words(t)): B.setdefault(s, t)
diff = subprocess.run(['git', 'diff', '-U0', base, head, '--', 'test', 'knowledge', 'intents'], capture_output=True, text=True).stdout
cur = None
for line in diff.splitlines():
    if line.startswith('+++ '): cur = line[6:]; continue
    if not line.startswith('+') or line.startswith('+++'): continue
    hits = [s for s in sh(words(line[1:])) if s in B]
    if hits: print(f'{cur}: {line[1:].strip()[:160]}\n   ~ {B[hits[0]][:160]}  [{len(hits)}]')
