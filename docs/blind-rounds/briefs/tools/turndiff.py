import sys, re
# usage: turndiff.py a.md b.md : counts turns whose reply differs (conversation id + turn)
def turns(p):
    t=open(p).read(); out={}
    for conv in re.split(r'(?m)^(?=## )', t)[1:]:
        cid=conv.split('\n',1)[0]
        for m in re.finditer(r'(?s)\*\*T(\d+) user:\*\*(.*?)(?=\*\*T\d+ user:\*\*|\Z)', conv):
            out[(cid,m.group(1))]=re.sub(r'(?m)^_.*$','',m.group(2)).strip()
    return out
a,b=turns(sys.argv[1]),turns(sys.argv[2])
d=[k for k in a if a[k]!=b.get(k)]
print(len(a), len(d))
for k in d: print(k)
