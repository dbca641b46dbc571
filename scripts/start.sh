#!/usr/bin/env bash
# Sets everything up on a fresh machine and starts Shipyard with its embedded defaults:
# embedded PostgreSQL (PGlite) in ./.shipyard, the API and the console on http://localhost:7300.
# Extra arguments go to `shipyard up` (e.g. --port 8080 --data-dir /var/lib/shipyard).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_npm_packages
ensure_console_built
log "starting Shipyard"
exec node apps/cli/src/main.ts up "$@"
