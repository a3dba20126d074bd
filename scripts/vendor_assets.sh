#!/usr/bin/env bash
# Re-fetch the front-end assets that geo/mapping inlines into every map.html.
#
# Pinned versions only; the files come from the npm registry through `npm pack`
# (no CDN). Run from anywhere: ./scripts/vendor_assets.sh
# Then review `git diff --stat geo/mapping/static` and commit.
set -euo pipefail

LEAFLET_VERSION="1.9.4"
# fflate: synchronous inflate of the map's compressed popup details (MIT)
FFLATE_VERSION="0.8.2"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$repo_root/geo/mapping/static/leaflet"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "leaflet@${LEAFLET_VERSION}" >/dev/null
tar xzf "leaflet-${LEAFLET_VERSION}.tgz"

rm -rf "$dest"
mkdir -p "$dest/images"
cp package/dist/leaflet.js package/dist/leaflet.css package/LICENSE "$dest/"
cp package/dist/images/layers.png package/dist/images/layers-2x.png \
   package/dist/images/marker-icon.png package/dist/images/marker-icon-2x.png \
   package/dist/images/marker-shadow.png "$dest/images/"
printf 'leaflet@%s (npm, BSD-2-Clause)\n' "$LEAFLET_VERSION" > "$dest/VERSION"
echo "vendored leaflet@${LEAFLET_VERSION} into ${dest#"$repo_root"/}"

fdest="$repo_root/geo/mapping/static/fflate"
npm pack --silent "fflate@${FFLATE_VERSION}" >/dev/null
rm -rf package && tar xzf "fflate-${FFLATE_VERSION}.tgz"
rm -rf "$fdest" && mkdir -p "$fdest"
cp package/umd/index.js "$fdest/fflate.js"
cp package/LICENSE "$fdest/"
printf 'fflate@%s (npm, MIT)\n' "$FFLATE_VERSION" > "$fdest/VERSION"
echo "vendored fflate@${FFLATE_VERSION} into ${fdest#"$repo_root"/}"
