#!/usr/bin/env bash
# Installs everything the project needs on a fresh machine (Debian + rustup + node), idempotently:
# what is already present at the right version is skipped, so a warm run takes seconds.
# Sourced by serve.sh and test.sh; also runnable on its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14          # 0.22.x needs rustc >= 1.96.1 (TOOLCHAIN.md)
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '[setup] %s\n' "$*"; }

# 1. Debian packages: the browser and its driver (same version, installed together), brotli for the
#    size report, fonts for readable screenshots, node/npm if the machine lacks them.
pkgs=()
command -v chromium >/dev/null || pkgs+=(chromium)
command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
command -v brotli >/dev/null || pkgs+=(brotli)
[ -d /usr/share/fonts/truetype/liberation ] || pkgs+=(fonts-liberation)
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)
if [ ${#pkgs[@]} -gt 0 ]; then
  say "installing Debian packages: ${pkgs[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${pkgs[@]}"
fi

# 2. The wasm target.
rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "adding rust target wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }

# 3. trunk, pinned. Built without its self-update/download features' TLS stack choice issues.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes ~6 min once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls --force
fi

# 4. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (Cargo.toml pins it with `=`).
WB_LOCK=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
WB_PIN=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
if [ "$WB_LOCK" != "$WB_PIN" ]; then
  say "Cargo.toml pins wasm-bindgen =$WB_PIN but Cargo.lock has $WB_LOCK: updating Cargo.lock to $WB_PIN"
  cargo update -p wasm-bindgen --precise "$WB_PIN"
  WB_LOCK=$WB_PIN
fi
WB_HAVE=$(wasm-bindgen --version 2>/dev/null || true)
if [ "$WB_HAVE" != "wasm-bindgen $WB_LOCK" ]; then
  [ -n "$WB_HAVE" ] && say "wasm-bindgen-cli is '${WB_HAVE}', but Cargo.lock needs $WB_LOCK: reinstalling"
  say "installing wasm-bindgen-cli $WB_LOCK (takes ~2 min once)"
  # --locked first; it fails when the registry lacks a locked transitive version (TOOLCHAIN.md).
  cargo install wasm-bindgen-cli --version "$WB_LOCK" --locked --force \
    || cargo install wasm-bindgen-cli --version "$WB_LOCK" --force
fi

# 5. Node test dependencies and wasm-opt (npm binaryen 132; Debian's binaryen 108 breaks the page).
if ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing node dependencies from package-lock.json"
  npm ci --no-audit --no-fund
fi

# 6. Crates, so builds can run --offline (trunk then never tries to download anything).
cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
say "ready"
