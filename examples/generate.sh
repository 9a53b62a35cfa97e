#!/usr/bin/env bash
# generate.sh remakes examples/seed, the outputs README.md shows: eventgraph
# build on the seed article. Run it from anywhere after changing the
# extractor or the renderers:
#
#	examples/generate.sh
#
# It writes examples/seed/{events.json,timeline.svg,network.svg,network.dot}
# and the exports (events.csv, actors.csv, network.graphml, network.gexf,
# timeline.mmd, network.mmd, timelinejs.json, report.html); PNG copies of
# the two pictures, timeline-actor.png (--lanes actor) and
# network-cluster.png (--cluster), drawn by eventgraph itself; and a
# screenshot of the report when Chromium is installed
# (scripts/install-report-tools.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

seed=seeds/000_bc5b05ce5a26e218.txt
title="Blinken in the Middle East, March 2024"
go build -o examples/.eventgraph ./cmd/eventgraph
trap 'rm -f examples/.eventgraph' EXIT
eg=examples/.eventgraph

$eg build -o examples/seed \
	--formats json,timeline,network,dot,csv,graphml,gexf,mermaid,timelinejs,html \
	--title "$title" "$seed"

$eg timeline --format png --title "$title" -o examples/seed/timeline.png "$seed"
$eg network --format png --title "$title" -o examples/seed/network.png "$seed"
$eg timeline --lanes actor --format png --title "$title" -o examples/seed/timeline-actor.png "$seed"
$eg network --cluster --format png --title "$title" -o examples/seed/network-cluster.png "$seed"
echo "generate.sh: wrote examples/seed/{timeline,network,timeline-actor,network-cluster}.png"

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
