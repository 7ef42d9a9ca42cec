import sys, re
# usage: showdiff.py a.md b.md : prints user turn, before and after for each changed turn
def turns(p):
    t=open(p).read(); out={}
    for conv in re.split(r'(?m)^(?=## )', t)[1:]:
        cid=conv.split('\n',1)[0].split(' ')[1]
        for m in re.finditer(r'(?s)\*\*T(\d+) user:\*\*(.*?)(?=\*\*T\d+ user:\*\*|\Z)', conv):
            body=m.group(2); user=body.split('\n',1)[0].strip()
            reply=re.sub(r'(?m)^_.*$','',body.split('\n',1)[1] if '\n' in body else '').strip()
            reply=re.sub(r'(?m)^> ?','',reply)
            reply=re.sub(r'_Sources:.*|Did this answer help.*|Not a substitute for.*','',reply)
            out[(cid,m.group(1))]=(user,re.sub(r'\n\s*\n+','\n',reply).strip())
    return out
a,b=turns(sys.argv[1]),turns(sys.argv[2])
for k in a:
    if a[k]!=b.get(k):
        print(f'=== {k[0]} T{k[1]}: {a[k][0]}'); print('--- before:'); print(a[k][1][:900]); print('--- after:'); print(b[k][1][:900]); print()
