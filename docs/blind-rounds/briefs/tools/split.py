import sys, re
# usage: split.py transcript.md out1.md out2.md
src, o1, o2 = sys.argv[1:4]
text = open(src).read()
parts = re.split(r'(?m)^(?=## )', text)
head, convs = parts[0], parts[1:]
half = (len(convs) + 1) // 2
open(o1, 'w').write(head + ''.join(convs[:half]))
open(o2, 'w').write(head + ''.join(convs[half:]))
print(len(convs), half)
