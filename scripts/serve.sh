#!/usr/bin/env bash
# Sets up the machine, builds the release bundle and serves it: prints the URL to open.
# HOST=0.0.0.0 makes it reachable from phones on the same network (conference use); PORT picks the port.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --locked
exec node scripts/static-server.mjs dist "${PORT:-8080}" "${HOST:-127.0.0.1}"
