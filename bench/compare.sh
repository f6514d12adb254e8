#!/usr/bin/env bash
# Import time of this checkout against an earlier commit, measured in the same run: the two builds import the same
# corpus in turn (base, new, base, new, …), so both see the same machine noise, and the result is a ratio of medians.
#
#   bench/compare.sh BASE_REV [RUNS]      # e.g. bench/compare.sh e9cddd8 3
#
# 1. publishes BASE_REV (a git worktree in bench/out/base-src) and this checkout, Release, into bench/out/app-base and
#    bench/out/app;
# 2. generates bench/out/corpus (10,000 articles, seed 42, as bench/import.sh does) unless it holds 10,000 files;
# 3. RUNS rounds of one import each into a fresh database; prints each run (wall, user CPU, peak RSS, the importer's
#    own split) and the medians with the ratio new/base.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/corpus.sh
source bench/corpus.sh

BASE="${1:?usage: bench/compare.sh BASE_REV [RUNS]}"
RUNS="${2:-3}"
LIMIT="${LIMIT:-600}"
OUT=bench/out
CORPUS="$OUT/corpus"
mkdir -p "$OUT"

echo "== build: $BASE -> $OUT/app-base, this checkout -> $OUT/app"
rm -rf "$OUT/base-src"
git worktree prune
git worktree add --force --detach "$OUT/base-src" "$BASE" >/dev/null
trap 'git worktree remove --force "$OUT/base-src" >/dev/null 2>&1 || true' EXIT
timeout "$LIMIT" dotnet publish "$OUT/base-src/src/Relations.Web" -c Release -o "$OUT/app-base" --nologo -v quiet >"$OUT/compare-build.log" 2>&1 \
  || { cat "$OUT/compare-build.log"; echo "build of $BASE failed" >&2; exit 1; }
timeout "$LIMIT" dotnet publish src/Relations.Web -c Release -o "$OUT/app" --nologo -v quiet >>"$OUT/compare-build.log" 2>&1 \
  || { cat "$OUT/compare-build.log"; echo "build failed" >&2; exit 1; }

ensure_corpus "$CORPUS" 10000 42 "$LIMIT" dotnet "$OUT/app/Relations.Web.dll"

: >"$OUT/compare.times"
for i in $(seq 1 "$RUNS"); do
  for build in base new; do
    app="$OUT/app-base"
    [ "$build" = new ] && app="$OUT/app"
    rm -f "$OUT/compare-$build.db"
    # Exit 3 is expected: the corpus holds deliberately bad files.
    timeout "$LIMIT" /usr/bin/time -f "%e %U %M" -o "$OUT/compare.one" \
      dotnet "$app/Relations.Web.dll" import "$CORPUS" --db "$OUT/compare-$build.db" >"$OUT/compare-$build.log" 2>&1 || true
    read -r wall user rss < <(tail -1 "$OUT/compare.one")
    split=$(grep -o '(articles.*' "$OUT/compare-$build.log" | tail -1)
    echo "$build $wall $user $rss" >>"$OUT/compare.times"
    printf '%-4s %6.2f s wall  %6.2f s user  %4d MB  %s\n' "$build" "$wall" "$user" $((rss / 1024)) "$split"
  done
done

median() { grep "^$1 " "$OUT/compare.times" | awk -v c="$2" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
bw=$(median base 2); nw=$(median new 2); bu=$(median base 3); nu=$(median new 3)
echo "== medians of $RUNS runs each: base $BASE ${bw} s (user ${bu} s), new ${nw} s (user ${nu} s)"
awk -v b="$bw" -v n="$nw" -v bu="$bu" -v nu="$nu" 'BEGIN { printf "   ratio new/base: wall %.2f, user CPU %.2f\n", n / b, nu / bu }'
rm -f "$OUT/compare-base.db" "$OUT/compare-new.db" "$OUT/compare.one"
