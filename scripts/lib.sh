# shellcheck shell=bash
# Helpers shared by start.sh and test.sh.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$SHIPYARD_ROOT"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# Installs npm packages when node_modules is missing or the lockfile changed since the last install.
ensure_npm_packages() {
  local stamp="node_modules/.shipyard-lock-hash" want
  want="$(sha256sum package-lock.json | cut -d' ' -f1)-$(node -v)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing npm packages"
    # `npm install` with the committed lockfile, not `npm ci`: the package mirror lacks some
    # other-platform optional packages (e.g. @biomejs/cli-android-*), which `npm ci` treats as a
    # lockfile mismatch. Versions still come from package-lock.json.
    npm install --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
}

# Installs Debian packages that are missing (needs root; uses sudo when not root).
ensure_apt() {
  local missing=()
  for pair in "$@"; do
    local bin="${pair%%:*}" pkg="${pair##*:}"
    command -v "$bin" >/dev/null 2>&1 || [ -x "$bin" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Builds the console's static export when it is missing or older than its sources.
ensure_console_built() {
  local out="apps/console/out/index.html"
  if [ ! -f "$out" ] || [ -n "$(find apps/console packages/contract/src -newer "$out" -type f \
      -not -path '*/node_modules/*' -not -path '*/.next/*' -not -path '*/out/*' -print -quit)" ]; then
    log "building the console (next build)"
    npm run build -w @shipyard/console --silent
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Starts a private PostgreSQL 15 (own data folder, free loopback port, trust auth) for this run,
# exports SHIPYARD_TEST_PG_URL, and stops it and removes its folder when the script exits.
start_private_postgres() {
  RUN_DIR="$(mktemp -d /tmp/shipyard-test.XXXXXX)"
  PG_PID_DIR="$RUN_DIR/pg"
  cleanup() {
    local rc=$?
    if [ -f "$PG_PID_DIR/postmaster.pid" ]; then
      log "stopping PostgreSQL"
      su postgres -s /bin/sh -c "/usr/lib/postgresql/15/bin/pg_ctl -D '$PG_PID_DIR' -m immediate stop" >/dev/null 2>&1 || \
        kill -9 "$(head -1 "$PG_PID_DIR/postmaster.pid")" 2>/dev/null || true
    fi
    rm -rf "$RUN_DIR"
    exit $rc
  }

  start_postgres_on_port() {
    local port
    port="$(free_port)"
    mkdir -p "$PG_PID_DIR"
    chown postgres "$RUN_DIR" "$PG_PID_DIR" 2>/dev/null || true
    chmod 700 "$PG_PID_DIR"
    local as_pg=(su postgres -s /bin/sh -c)
    [ "$(id -u)" -ne 0 ] && as_pg=(sh -c)
    "${as_pg[@]}" "/usr/lib/postgresql/15/bin/initdb -D '$PG_PID_DIR' -U postgres -A trust --no-sync >/dev/null"
    "${as_pg[@]}" "/usr/lib/postgresql/15/bin/pg_ctl -D '$PG_PID_DIR' -l '$PG_PID_DIR/log' -w -o \"-p $port -k '$PG_PID_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start >/dev/null"
    export SHIPYARD_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
    log "PostgreSQL 15 on 127.0.0.1:$port"
  }

  trap cleanup EXIT INT TERM
  start_postgres_on_port
}
