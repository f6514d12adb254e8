#!/usr/bin/env bash
# What NativeAOT would save the import's extraction: the extraction alone (bench/Relations.ExtractOnly, no database),
# compiled two ways, run on the 10,000-article corpus.
#
#   bench/aot.sh [RUNS]        # from anywhere; default 4 rounds
#
# 1. publishes Relations.ExtractOnly NativeAOT (bench/out/extract-aot) and ReadyToRun, framework-dependent, with the
#    importer's runtime settings (bench/out/extract-r2r: the way Relations.Web is published);
# 2. generates bench/out/corpus as bench/import.sh does, unless it holds 10,000 files;
# 3. RUNS rounds in which the two builds extract at the same time (so the machine's slow and quick spells hit both
#    alike); prints each round's user CPU and the ratio of the medians. Both builds must report the same facts.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=bench/corpus.sh
source bench/corpus.sh

RUNS="${1:-4}"
LIMIT="${LIMIT:-900}"
OUT=bench/out
CORPUS="$OUT/corpus"
PROJECT=bench/Relations.ExtractOnly
mkdir -p "$OUT"

# The two publishes share the project's intermediate folder for the same runtime: start each from a clean one.
clean() { rm -rf "$PROJECT/obj/Release" "$PROJECT/bin/Release"; }

echo "== build: NativeAOT -> $OUT/extract-aot, ReadyToRun -> $OUT/extract-r2r"
clean
timeout "$LIMIT" dotnet publish "$PROJECT" -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/extract-aot" --nologo -v quiet >"$OUT/aot-build.log" 2>&1 \
  || { cat "$OUT/aot-build.log"; echo "NativeAOT build failed" >&2; exit 1; }
clean
timeout "$LIMIT" dotnet publish "$PROJECT" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/extract-r2r" --nologo -v quiet >>"$OUT/aot-build.log" 2>&1 \
  || { cat "$OUT/aot-build.log"; echo "ReadyToRun build failed" >&2; exit 1; }
clean

ensure_corpus "$CORPUS" 10000 42 "$LIMIT" dotnet run -c Release --project src/Relations.Web --

: >"$OUT/aot.times"
for i in $(seq 1 "$RUNS"); do
  timeout "$LIMIT" /usr/bin/time -f "%e %U" -o "$OUT/aot.one" "$OUT/extract-aot/Relations.ExtractOnly" "$CORPUS" >"$OUT/aot.out" &
  timeout "$LIMIT" /usr/bin/time -f "%e %U" -o "$OUT/r2r.one" dotnet "$OUT/extract-r2r/Relations.ExtractOnly.dll" "$CORPUS" >"$OUT/r2r.out" &
  wait
  facts_aot=$(sed 's/ in .*//' "$OUT/aot.out"); facts_r2r=$(sed 's/ in .*//' "$OUT/r2r.out")
  [ "$facts_aot" = "$facts_r2r" ] || { echo "the builds disagree: '$facts_aot' against '$facts_r2r'" >&2; exit 1; }
  read -r aw au < <(tail -1 "$OUT/aot.one"); read -r rw ru < <(tail -1 "$OUT/r2r.one")
  echo "aot $aw $au" >>"$OUT/aot.times"; echo "r2r $rw $ru" >>"$OUT/aot.times"
  printf 'round %d: NativeAOT %6.2f s user, ReadyToRun %6.2f s user  (%s)\n' "$i" "$au" "$ru" "$facts_aot"
done

median() { grep "^$1 " "$OUT/aot.times" | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
a=$(median aot); r=$(median r2r)
echo "== medians of $RUNS rounds: NativeAOT ${a} s user, ReadyToRun ${r} s user"
awk -v a="$a" -v r="$r" 'BEGIN { printf "   ratio NativeAOT/ReadyToRun: user CPU %.2f\n", a / r }'
rm -f "$OUT/aot.one" "$OUT/r2r.one" "$OUT/aot.out" "$OUT/r2r.out"
