import sys, yaml
# usage: combine.py N header-commit-text
n, hdr = sys.argv[1], sys.argv[2]
pos = yaml.safe_load(open(f'/work/blind/redflag{n}-pos.yaml'))
neg = yaml.safe_load(open(f'/work/blind/redflag{n}-neg.yaml'))
out = {'cases': pos['cases'] + neg['cases'], 'multiTurn': pos['multiTurn']}
with open(f'/work/blind/redflag-round{n}.yaml', 'w') as f:
    f.write(f'# Round {n}: written blind from the clinical notes alone by two new writers (never shown the code, data or earlier rounds) (positives, negatives); {hdr}\n')
    yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=1000)
print(len(out['cases']), len(out['multiTurn']))
