#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what is missing (npm packages; Debian
# chromium and PostgreSQL as root through apt), starts a private PostgreSQL on a free loopback port,
# runs typecheck, lint, unit tests, integration tests (on PGlite and on PostgreSQL), builds the
# console and runs the browser tests in Chromium, then stops what it started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ensure_npm_packages
ensure_apt chromium:chromium /usr/lib/postgresql/15/bin/initdb:postgresql-15

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
trap cleanup EXIT INT TERM

start_postgres() {
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

step() {
  local name="$1"; shift
  log "$name"
  local t0=$SECONDS
  "$@"
  log "$name: ok ($((SECONDS - t0)) s)"
}

typecheck() {
  npx tsc -p tsconfig.json
  npx tsc -p e2e/tsconfig.json
  npx tsc -p apps/console/tsconfig.json --noEmit
}

start_postgres
step "typecheck" typecheck
step "lint" npx biome check .
step "unit tests" npx vitest run --project unit
step "integration tests (PGlite and PostgreSQL)" npx vitest run --project integration
step "console build" ensure_console_built
step "browser tests (Chromium)" npx playwright test -c e2e/playwright.config.ts
log "all tests passed"
