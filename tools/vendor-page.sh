#!/usr/bin/env bash
# Vendors the reading page's two small libraries from npm into src/main/resources/static/vendor/, with their
# licences, at the versions below: the page needs no build step and no network (no CDN, no tile server).
#   world-atlas       Natural Earth's country outlines at 1:110m as TopoJSON (ISC; the data is public domain)
#   topojson-client   turns that TopoJSON into GeoJSON in the browser (ISC)
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/main/resources/static/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
mkdir -p "$out/world-atlas" "$out/topojson-client"
tar -xzf "$tmp"/world-atlas-2.0.2.tgz -C "$tmp" package/countries-110m.json package/LICENSE
cp "$tmp/package/countries-110m.json" "$tmp/package/LICENSE" "$out/world-atlas/"
rm -rf "$tmp/package"
tar -xzf "$tmp"/topojson-client-3.1.0.tgz -C "$tmp" package/dist/topojson-client.min.js package/LICENSE
cp "$tmp/package/dist/topojson-client.min.js" "$tmp/package/LICENSE" "$out/topojson-client/"
ls -l "$out"/*
