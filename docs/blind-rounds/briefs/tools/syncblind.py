# copies docs/blind-rounds.md into docs/eval.md's "Blind rounds: first runs" section
e=open('docs/eval.md').read(); b=open('docs/blind-rounds.md').read()
a=e.index('## Blind rounds: first runs'); z=e.index('## How the timings were taken')
e=e[:a]+b.rstrip('\n')+'\n\n'+e[z:]
open('docs/eval.md','w').write(e)
