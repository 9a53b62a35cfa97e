#!/usr/bin/env bash
# generate.sh remakes examples/seed, the outputs README.md shows: eventgraph
# build on the seed article. Run it from anywhere after changing the
# extractor or the renderers:
#
#	examples/generate.sh
#
# It writes examples/seed/{events.json,timeline.svg,network.svg,network.dot}
# and the exports (events.csv, actors.csv, network.graphml, network.gexf,
# timeline.mmd, network.mmd, timelinejs.json, report.html), PNG copies of
# the two pictures when rsvg-convert is installed, and a screenshot of the
# report when Chromium is (scripts/install-report-tools.sh installs both).
set -euo pipefail
cd "$(dirname "$0")/.."

go run ./cmd/eventgraph build -o examples/seed \
	--formats json,timeline,network,dot,csv,graphml,gexf,mermaid,timelinejs,html \
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

if command -v chromium >/dev/null; then
	profile=$(mktemp -d)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
		--window-size=1200,2600 --screenshot="$PWD/examples/seed/report.png" \
		"file://$PWD/examples/seed/report.html" 2>/dev/null
	rm -rf "$profile"
	echo "generate.sh: wrote examples/seed/report.png"
else
	echo "generate.sh: chromium not found; no screenshot of the report" >&2
fi
