#!/usr/bin/env bash
# Sets up the machine and runs every test layer, then prints one summary line counting them all:
#   1. core host tests        cargo test -p laegedaekning-core
#   2. app pure logic (host)  cargo test -p laegedaekning --lib
#   3. browser components     cargo test -p laegedaekning --target wasm32-unknown-unknown (headless Chromium)
#   4. end-to-end             release dist/ on 127.0.0.1, playwright-core in Debian's Chromium
# plus the bundle size report. Every layer runs even when an earlier one fails; the exit code is
# non-zero if any test failed or a layer could not run.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh || { echo "setup failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
LOGS=target/test-logs; mkdir -p "$LOGS"
passed=0; failed=0; broken=()

# Adds up cargo's "test result: ... N passed; M failed" lines from a log.
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  echo "$p $f"
}

run_layer() {  # name, kind (cargo|node), command...
  local name=$1 kind=$2; shift 2
  local log="$LOGS/$name.log" rc p f
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log"; rc=${PIPESTATUS[0]}
  if [ "$kind" = cargo ]; then read -r p f < <(count_cargo "$log")
  else
    p=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -1); f=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log" | tail -1)
    p=${p:-0}; f=${f:-0}
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" -ne 0 ] || [ "$p" -eq 0 ]; then
    broken+=("$name")
    # A layer that failed without a failing test (it did not compile, or crashed) counts as one failure.
    [ "$f" -eq 0 ] && f=1 && failed=$((failed + 1))
  fi
  echo "== $name: $p passed, $f failed (exit $rc)"
}

run_layer core cargo cargo test -p laegedaekning-core --locked
run_layer app-host cargo cargo test -p laegedaekning --lib --locked
run_layer browser cargo cargo test -p laegedaekning --target wasm32-unknown-unknown --test web --test charts_web --test band_web --locked
echo "== release build: trunk build --release --offline --locked"
if trunk build --release --offline --locked > "$LOGS/build.log" 2>&1; then
  bash scripts/size.sh | tee "$LOGS/size.log"
  run_layer e2e node node --test e2e/
else
  cat "$LOGS/build.log"; broken+=("release-build"); failed=$((failed + 1))
fi

[ ${#broken[@]} -eq 0 ] || echo "layers that failed or ran no test: ${broken[*]}"
echo "summary: $passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
