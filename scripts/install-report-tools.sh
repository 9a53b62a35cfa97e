#!/usr/bin/env bash
# install-report-tools.sh installs the programs that read eventgraph's
# exports back, so that the consumer tests of render/consumers_test.go run
# instead of skipping (go test ./... passes without them):
#
#	Graphviz's dot        the DOT exports          (Debian: graphviz)
#	networkx              GraphML and GEXF         (Debian: python3-networkx)
#	Chromium              HTML report screenshots  (Debian: chromium)
#	Mermaid CLI (mmdc)    Mermaid diagrams         (npm: @mermaid-js/mermaid-cli)
#	TimelineJS            TimelineJS JSON          (npm: @knight-lab/timelinejs)
#	rsvg-convert          PNG copies in examples/  (Debian: librsvg2-bin)
#
# Run it as root on Debian or Ubuntu:
#
#	sudo scripts/install-report-tools.sh
#
# The Mermaid CLI drives a browser through Puppeteer; Puppeteer's own
# browser download is skipped and Debian's Chromium used instead. To run
# mmdc by hand:
#
#	echo '{"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox"]}' >/tmp/puppeteer.json
#	mmdc -p /tmp/puppeteer.json -i timeline.mmd -o timeline.svg
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
	echo "install-report-tools.sh: run as root (apt-get and npm -g need it)" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends graphviz python3-networkx chromium fonts-dejavu-core librsvg2-bin
if ! command -v npm >/dev/null; then
	apt-get install -y --no-install-recommends nodejs npm
fi

PUPPETEER_SKIP_DOWNLOAD=1 npm install -g @mermaid-js/mermaid-cli
npm install -g --ignore-scripts @knight-lab/timelinejs

echo "install-report-tools.sh: installed:"
dot -V 2>&1
/usr/bin/python3 -c 'import networkx; print("networkx", networkx.__version__)'
chromium --version
echo "mmdc $(mmdc --version)"
echo "TimelineJS in $(npm root -g)/@knight-lab/timelinejs/dist"
