#!/bin/sh
# fuzz/seed.sh TARGET...: builds each target's seed corpus in fuzz/corpus/TARGET
# from ../shared/corpus, split into line-aligned chunks (small inputs fuzz
# faster). Nothing is committed: fuzz/corpus/ is git-ignored. Without
# ../shared the fuzzers start from the dictionary alone.
src=${ZT_CORPUS:-../shared/corpus}
for t in "$@"; do
  dir=fuzz/corpus/$t
  mkdir -p "$dir"
  [ -n "$(ls "$dir" 2>/dev/null)" ] && continue   # keep what earlier runs found
  [ -d "$src" ] || { echo "seed: $src absent, $t starts empty"; continue; }
  case $t in number) size=300 ;; *) size=1000 ;; esac
  for f in "$src"/*.txt; do
    b=$(basename "$f" .txt)
    split -C $size -a 4 "$f" "$dir/$b."
  done
  echo "seed: $t: $(ls "$dir" | wc -l) chunks"
done
