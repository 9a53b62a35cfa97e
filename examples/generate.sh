#!/usr/bin/env bash
# generate.sh remakes examples/seed, the outputs README.md shows: eventgraph
# build on the seed article. Run it from anywhere after changing the
# extractor or the renderers:
#
#	examples/generate.sh
#
# It writes examples/seed/{events.json,timeline.svg,network.svg,network.dot},
# and PNG copies of the two pictures when rsvg-convert is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

go run ./cmd/eventgraph build -o examples/seed \
	--title "Blinken in the Middle East, March 2024" \
	seeds/000_bc5b05ce5a26e218.txt

if command -v rsvg-convert >/dev/null; then
	for f in timeline network; do
		rsvg-convert -w 800 -b white "examples/seed/$f.svg" -o "examples/seed/$f.png"
	done
	echo "generate.sh: wrote examples/seed/{timeline,network}.png"
else
	echo "generate.sh: rsvg-convert not found; no PNG copies" >&2
fi
