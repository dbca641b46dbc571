#!/usr/bin/env bash
# Runs every benchmark (`npm run bench`): starts a private PostgreSQL for the PostgreSQL rows,
# needs a built console and Debian chromium for the console row. Figures go to stdout as markdown;
# docs/benchmarks.md records them with the machine they came from.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_npm_packages
ensure_apt chromium:chromium /usr/lib/postgresql/15/bin/initdb:postgresql-15 docker-registry:docker-registry /usr/sbin/dockerd:docker.io /bin/busybox:busybox-static /usr/bin/qemu-system-x86_64:qemu-system-x86 /usr/bin/cpio:cpio /usr/bin/go:golang-go
ensure_console_built
start_private_postgres
export SHIPYARD_BENCH_PG_URL="$SHIPYARD_TEST_PG_URL"
for b in bench/*.ts drivers/*/bench/*.ts; do
  log "bench: $b"
  node "$b"
done
