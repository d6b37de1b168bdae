#!/usr/bin/env bash
# Prints raw and brotli (quality 11) sizes of the release bundle's .wasm, .js and .css in dist/,
# and the total against the 300 KB brotli budget. Expects a release build in dist/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUDGET=$((300 * 1000))
total_raw=0; total_br=0
printf '%-44s %10s %10s\n' "file" "raw B" "brotli B"
for f in dist/*.wasm dist/*.js dist/*.css; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f"); br=$(brotli -c -q 11 "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$br"
done
printf '%-44s %10d %10d\n' "total" "$total_raw" "$total_br"
if [ "$total_br" -le "$BUDGET" ]; then
  echo "size: ${total_br} B brotli, within the ${BUDGET} B budget"
else
  echo "size: ${total_br} B brotli, OVER the ${BUDGET} B budget"
fi
