#!/usr/bin/env bash
# Regenerates drivers/kargo/src/imports/ from the CRDs in the conformance folder, offline:
#   kargo.akuity.io.ts — Project, ProjectConfig, Warehouse, Stage (kargo.akuity.io/v1alpha1)
#   argoproj.io.ts     — AnalysisTemplate (argoproj.io/v1alpha1)
# `cdk8s import` reads the local files only (no `k8s` import, no upgrade check). Its output is then
# made erasable for Node's type stripping (scripts/postprocess-imports.ts) and formatted with Biome.
#
# Usage: drivers/kargo/scripts/import-crds.sh [CRD_DIR]
#   CRD_DIR defaults to $SHIPYARD_CONFORMANCE_DIR/kargo-crds, else ../shared/conformance/kargo-crds next to
#   the checkout, else /work/shared/conformance/kargo-crds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pkg="$(cd "$here/.." && pwd)"
root="$(cd "$pkg/../.." && pwd)"
# shellcheck source=/dev/null
source "$root/scripts/env.sh"

crd_dir="${1:-}"
if [ -z "$crd_dir" ]; then
  for c in "${SHIPYARD_CONFORMANCE_DIR:-}" "$root/../shared/conformance" /work/shared/conformance; do
    if [ -n "$c" ] && [ -d "$c/kargo-crds" ]; then crd_dir="$c/kargo-crds"; break; fi
  done
fi
[ -n "$crd_dir" ] && [ -d "$crd_dir" ] || { echo "import-crds: no kargo-crds folder found (pass it as the first argument)" >&2; exit 1; }
crd_dir="$(cd "$crd_dir" && pwd)"

cdk8s="$root/node_modules/.bin/cdk8s"
[ -x "$cdk8s" ] || { echo "import-crds: $cdk8s missing; run npm install first" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One multi-document file per API group: cdk8s writes one module per group, and a second import of the
# same group would overwrite the first.
for f in projects projectconfigs warehouses stages; do
  cat "$crd_dir/kargo.akuity.io_$f.yaml"
  printf '\n'
done >"$work/kargo.yaml"
cp "$crd_dir/argo-rollouts_analysis-template-crd.yaml" "$work/argo-rollouts.yaml"

(
  cd "$work"
  for spec in kargo.yaml argo-rollouts.yaml; do
    "$cdk8s" import "$spec" --language typescript --output out --no-check-upgrade --no-save >/dev/null
  done
)

mkdir -p "$pkg/src/imports"
node "$here/postprocess-imports.ts" "$work/out/kargo.akuity.io.ts" "$pkg/src/imports/kargo.akuity.io.ts"
node "$here/postprocess-imports.ts" "$work/out/argoproj.io.ts" "$pkg/src/imports/argoproj.io.ts"
"$root/node_modules/.bin/biome" format --write "$pkg/src/imports" >/dev/null
echo "import-crds: wrote $pkg/src/imports/{kargo.akuity.io,argoproj.io}.ts from $crd_dir"
