#!/bin/sh
# bench/scale.sh: zhtext at scale (issue 6). `make scale` runs it; not in CI.
#  1. time per MB of each pathological input against ordinary text, at two
#     sizes (a flat ratio between them is linear time): bench/scale_patho.lua
#  2. a 100 MB line with no newline through `zhtext sentences`
#  3. a 1 GB input (the corpus repeated, generated in /tmp, removed after):
#     `zhtext sentences` under /usr/bin/time -v (peak RSS, the sentence count
#     checked against a reference count), `zhtext numbers -f jsonl`, and the
#     Lua streaming paths (bench/scale_api.lua: the iterators over the text;
#     bench/scale_doc.lua: doc:each and each sentence's numbers).
# SCALE_MB (default 1024) sets the big input's size, PATHO_MB ("8 32") the
# pathological sizes; SCALE_SKIP_PATHO=1 skips step 1.
set -eu
cd "$(dirname "$0")/.."
SCALE_MB=${SCALE_MB:-1024}
PATHO_MB=${PATHO_MB:-8 32}
TIME=/usr/bin/time
if [ ! -x $TIME ]; then
  echo "scale: installing the time package for /usr/bin/time -v"
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time
fi
tmp=$(mktemp -d /tmp/zhtext-scale.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM

# rss KB of the last /usr/bin/time -v log, elapsed wall time
rss() { sed -n 's/^.*Maximum resident set size (kbytes): //p' "$1"; }
wall() { sed -n 's/^.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1"; }

if [ "${SCALE_SKIP_PATHO:-0}" != 1 ]; then
  for mb in $PATHO_MB; do
    lua5.4 bench/scale_patho.lua "$mb"
    echo
  done
fi

echo "== a 100 MB line with no newline"
lua5.4 -e 'io.write(("推进高质量发展，"):rep(100 * 1024 * 1024 // 24))' > "$tmp/line.txt"
n=$($TIME -v ./bin/zhtext sentences "$tmp/line.txt" 2>"$tmp/time.log" | wc -l)
bytes=$(wc -c < "$tmp/line.txt")
echo "bytes $bytes, sentences $n (want 1), peak RSS $(( $(rss "$tmp/time.log") / 1024 )) MB, $(wall "$tmp/time.log")"
rm -f "$tmp/line.txt"

echo "== ${SCALE_MB} MB: the corpus repeated"
# one copy: every UTF-8 corpus file (or the bundled example), a blank line after each
: > "$tmp/one.txt"
for f in ../shared/corpus/*.txt; do
  case $f in *gb18030*|'../shared/corpus/*.txt') continue ;; esac
  cat "$f" >> "$tmp/one.txt"
  printf '\n\n' >> "$tmp/one.txt"
done
[ -s "$tmp/one.txt" ] || { cat examples/data/changshan-2024-part1.txt; printf '\n\n'; } > "$tmp/one.txt"
cat "$tmp/one.txt" "$tmp/one.txt" > "$tmp/two.txt"
# reference: what one copy adds (copies may join at their seams: count 1 and 2)
c1=$(./bin/zhtext sentences "$tmp/one.txt" | wc -l)
c2=$(./bin/zhtext sentences "$tmp/two.txt" | wc -l)
one=$(wc -c < "$tmp/one.txt")
reps=$(( SCALE_MB * 1024 * 1024 / one + 1 ))
# doubling: copies of copies, then the remainder
: > "$tmp/big.txt"
k=$reps
cp "$tmp/one.txt" "$tmp/chunk.txt"
while [ $k -gt 0 ]; do
  if [ $((k % 2)) = 1 ]; then cat "$tmp/chunk.txt" >> "$tmp/big.txt"; fi
  k=$((k / 2))
  if [ $k -gt 0 ]; then cat "$tmp/chunk.txt" "$tmp/chunk.txt" > "$tmp/chunk2.txt"; mv "$tmp/chunk2.txt" "$tmp/chunk.txt"; fi
done
rm -f "$tmp/chunk.txt" "$tmp/two.txt"
big=$(wc -c < "$tmp/big.txt")
want=$(( c1 + (reps - 1) * (c2 - c1) ))
echo "input $big bytes = $reps copies of $one bytes; reference count $want sentences ($c1 + $((reps - 1)) x $((c2 - c1)))"

n=$($TIME -v ./bin/zhtext sentences "$tmp/big.txt" 2>"$tmp/time.log" | wc -l) || true
status=$(sed -n 's/^.*Exit status: //p' "$tmp/time.log")
r=$(rss "$tmp/time.log")
echo "zhtext sentences: exit $status, $n sentences ($( [ "$n" = "$want" ] && echo matches || echo "MISMATCH, want $want")), peak RSS $((r / 1024)) MB = $(awk "BEGIN{printf \"%.2f\", $r * 1024 / $big}") x input, $(wall "$tmp/time.log")"

n=$($TIME -v ./bin/zhtext numbers "$tmp/big.txt" -f jsonl 2>"$tmp/time.log" | wc -l) || true
status=$(sed -n 's/^.*Exit status: //p' "$tmp/time.log")
r=$(rss "$tmp/time.log")
echo "zhtext numbers -f jsonl: exit $status, $n numbers, peak RSS $((r / 1024)) MB = $(awk "BEGIN{printf \"%.2f\", $r * 1024 / $big}") x input, $(wall "$tmp/time.log")"

out=$($TIME -v lua5.4 bench/scale_api.lua "$tmp/big.txt" 2>"$tmp/time.log") || true
r=$(rss "$tmp/time.log")
ns=$(echo "$out" | sed -n 's/^sentences \([0-9]*\).*/\1/p')
echo "Lua API (decode, sentence iterator, number.numbers): $out ($( [ "$ns" = "$want" ] && echo matches || echo "MISMATCH, want $want")); peak RSS $((r / 1024)) MB = $(awk "BEGIN{printf \"%.2f\", $r * 1024 / $big}") x input, $(wall "$tmp/time.log")"

out=$($TIME -v lua5.4 bench/scale_doc.lua "$tmp/big.txt" 2>"$tmp/time.log") || true
r=$(rss "$tmp/time.log")
ns=$(echo "$out" | sed -n 's/^sentences \([0-9]*\).*/\1/p')
echo "Lua document layer (zt.read, doc:each, s:numbers): $out ($( [ "$ns" = "$want" ] && echo matches || echo "MISMATCH, want $want")); peak RSS $((r / 1024)) MB = $(awk "BEGIN{printf \"%.2f\", $r * 1024 / $big}") x input, $(wall "$tmp/time.log")"
