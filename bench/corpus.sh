# Sourced by the bench scripts (import.sh, compare.sh, load.sh, aot.sh): the generated corpus they all measure.
#
#   ensure_corpus DIR ARTICLES SEED LIMIT COMMAND…
#
# Keeps DIR when it holds exactly ARTICLES articles; otherwise writes them afresh with Relations.Web's `generate` verb,
# run as COMMAND (e.g. `dotnet bench/out/app/Relations.Web.dll`), within LIMIT seconds.
ensure_corpus() {
  local dir=$1 articles=$2 seed=$3 limit=$4
  shift 4
  local have=0
  [ -d "$dir" ] && have=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
  if [ "$have" -ne "$articles" ]; then
    echo "== generate: $articles articles, seed $seed -> $dir (found $have files)"
    rm -rf "$dir"
    timeout "$limit" "$@" generate --articles "$articles" --seed "$seed" --out "$dir" >/dev/null
  else
    echo "== corpus: $dir already holds $articles articles"
  fi
}
