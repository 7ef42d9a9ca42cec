import json, sys
# usage: scandiff.py main.jsonl merge.jsonl : every single case read differently
a=[json.loads(l) for l in open(sys.argv[1])]
b=[json.loads(l) for l in open(sys.argv[2])]
assert len(a)==len(b)
n=0
for x,y in zip(a,b):
    if x['level']!=y['level'] or x['flags']!=y['flags']:
        n+=1; print(x['f'].replace('redflag-',''),x['expect'],x['level'],x['flags'],'->',y['level'],y['flags'],'|',x['text'][:100])
print(n)
