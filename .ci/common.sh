# Shared steps for .ci/serve and .ci/test. Every step checks before it installs, so running a
# command twice costs seconds, and every step works on a machine where nothing is installed.
# Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
SITE_DIR="$ROOT/target/site"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

apt_updated=0
apt_install() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ "$apt_updated" -eq 0 ]; then
    $sudo apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The exact wasm-bindgen the lock file uses: the CLI and the library must match.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  local wanted
  wanted="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
    say "Installing wasm-bindgen-cli $wanted (about 4 minutes, once)"
    # Not --locked: the registry here lacks a pinned dependency of its lock file.
    cargo install wasm-bindgen-cli --version "$wanted"
  fi
}

ensure_npm_packages() {
  # wasm-opt (binaryen from npm: Debian's older build breaks hydration), Playwright, axe.
  local stamp="$ROOT/end2end/node_modules/.installed-from-lock"
  if [ ! -f "$stamp" ] || [ "$ROOT/end2end/package-lock.json" -nt "$stamp" ]; then
    say "Installing npm packages in end2end/"
    (cd "$ROOT/end2end" && npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
}

# A Java runtime (11 or later) for the W3C's Nu HTML Checker (vnu.jar, from npm). Any Java on
# the PATH will do; only a machine with none gets Debian's headless one. Run before
# ensure_npm_packages, so the vnu-jar package finds this Java and downloads none of its own.
ensure_java() {
  local version
  version="$( (java -version 2>&1 || true) | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }')"
  if [ -z "$version" ] || [ "$version" -lt 11 ]; then
    apt_install default-jre-headless
  fi
}

# A real SMTP server for the mail tests: aiosmtpd from PyPI, in a venv outside the clone.
# The Rust tests and Playwright find its Python through CONFERENCE_GUIDE_TEST_PYTHON.
ensure_smtp_test_server() {
  local venv="${CONFERENCE_GUIDE_CACHE:-$HOME/.cache/conference-guide}/smtp-venv"
  local requirements="$ROOT/end2end/smtp/requirements.txt"
  local stamp="$venv/.installed-$(sha256sum "$requirements" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
      apt_install python3 python3-venv
    fi
    say "Installing the SMTP test server (aiosmtpd) into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    touch "$stamp"
  fi
  export CONFERENCE_GUIDE_TEST_PYTHON="$venv/bin/python"
}

# The islands bundle, laid out as cargo-leptos lays out target/site, without needing cargo-leptos.
build_islands_bundle() {
  say "Building the islands bundle (wasm32, --features hydrate)"
  cargo build --lib --target wasm32-unknown-unknown --profile wasm-release \
    --no-default-features --features hydrate
  mkdir -p "$SITE_DIR/pkg"
  wasm-bindgen --target web --no-typescript --out-name conference_guide \
    --out-dir "$SITE_DIR/pkg" \
    "$TARGET_DIR/wasm32-unknown-unknown/wasm-release/conference_guide.wasm"
  # Leptos asks for <output-name>.wasm when LEPTOS_OUTPUT_NAME is set, as cargo-leptos names it.
  "$ROOT/end2end/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$SITE_DIR/pkg/conference_guide_bg.wasm" -o "$SITE_DIR/pkg/conference_guide.wasm"
  rm -f "$SITE_DIR/pkg/conference_guide_bg.wasm"
  cp -R "$ROOT/public/." "$SITE_DIR/"
}

# $1: a cargo profile flag ("" for debug, "--release" for release).
build_server() {
  say "Building the server (--features ssr ${1:-})"
  cargo build ${1:-} --bin conference_guide --no-default-features --features ssr
}
