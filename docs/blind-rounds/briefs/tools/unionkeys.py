# resolves the known one-line key-list conflicts (checkControlWords keys + compile lines, vocabulary control type, services redFlags Pick) by union
import re, sys
br = sys.argv[1]
R = re.compile(r"<<<<<<< HEAD\n(.*?)=======\n(.*?)>>>>>>> " + re.escape(br) + r"\n", re.S)
def union_list(a, b, pat):
    ka = re.findall(pat, a); kb = re.findall(pat, b)
    return ka + [k for k in kb if k not in ka]
def fix(path, fn):
    s = open(path).read()
    s2 = R.sub(lambda m: fn(m.group(1), m.group(2)), s)
    open(path, 'w').write(s2)
    print(path, 'conflicts left:', s2.count('<<<<<<<'))
def ccw(a, b):
    if 'const keys = [' in a:
        ks = union_list(a, b, r"'(\w+)'")
        return "  const keys = [" + ', '.join(f"'{k}'" for k in ks) + "] as const;\n"
    la = a.splitlines(True); lb = b.splitlines(True)
    return ''.join(la + [l for l in lb if l not in la])
def voc(a, b):
    a = a.rstrip('\n'); b = b.rstrip('\n')
    ia = a.index('control: {'); ib = b.index('control: {')
    fa = a[ia+10:].rstrip().rstrip('};').strip(); fb = b[ib+10:].rstrip().rstrip('};').strip()
    # split fields on '; ' at top level followed by name or doc comment
    def fields(x):
        parts = re.split(r";\s+(?=/\*\*|\w+:)", x)
        out=[]; doc=''
        for p in parts:
            p=p.strip().rstrip(';')
            out.append(p)
        return out
    pa = fields(fa); pb = fields(fb)
    name = lambda p: re.sub(r"^/\*\*.*?\*/\s*", '', p).split(':')[0]
    na = {name(p) for p in pa}
    allp = pa + [p for p in pb if name(p) not in na]
    return a[:ia] + 'control: { ' + '; '.join(allp) + ' };\n'
def svc(a, b):
    ka = re.findall(r"'(\w+)'", a); kb = re.findall(r"'(\w+)'", b)
    ks = ka + [k for k in kb if k not in ka]
    pre = a[:a.index("Pick<RedFlagScreen, ") + len("Pick<RedFlagScreen, ")]
    return pre + ' | '.join(f"'{k}'" for k in ks) + '>;\n'
for path, fn in [('src/triage/checkControlWords.ts', ccw), ('src/triage/vocabulary.ts', voc), ('dialogs/services.ts', svc)]:
    try:
        if '<<<<<<<' in open(path).read(): fix(path, fn)
    except FileNotFoundError: pass
