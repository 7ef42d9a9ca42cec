#!/bin/bash
# usage: replays.sh WORKTREE OUTDIR [rounds...]
wt=$1; out=$2; shift 2
rounds=${@:-"12 13 14 15 16 17 18 19"}
mkdir -p $out
cd $wt
for r in $rounds; do
  f=docs/blind-rounds/redflag-round$r.yaml
  [ -f $f ] || f=/work/blind/redflag-round$r.yaml
  npm run --silent eval:redflags -- $f $out/r$r.md > /dev/null 2>&1
  printf "r%s " $r; grep -E "^\| (emergency|urgent|none|multi)" $out/r$r.md | head -6 | sed -E 's/.*\| ([0-9]+\/[0-9]+).*/\1/' | tr '\n' ' '; echo
done
