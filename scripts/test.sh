#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what is missing (npm packages; Debian
# chromium and PostgreSQL as root through apt), starts a private PostgreSQL on a free loopback port,
# runs typecheck, lint, unit tests, integration tests (on PGlite and on PostgreSQL), builds the
# console and runs the browser tests in Chromium, then stops what it started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ensure_npm_packages
ensure_apt chromium:chromium /usr/lib/postgresql/15/bin/initdb:postgresql-15 docker-registry:docker-registry /usr/sbin/dockerd:docker.io /bin/busybox:busybox-static /usr/bin/qemu-system-x86_64:qemu-system-x86 /usr/bin/cpio:cpio /usr/bin/go:golang-go

start_private_postgres

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

step "typecheck" typecheck
step "lint" npx biome check .
step "unit tests" npx vitest run --project unit
step "integration tests (PGlite and PostgreSQL)" npx vitest run --project integration
step "console build" ensure_console_built
step "browser tests (Chromium)" npx playwright test -c e2e/playwright.config.ts
log "all tests passed"
