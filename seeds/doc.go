// Package seeds holds the seed article eventgraph was created from: an
// agency report from Cairo on Antony Blinken's Middle East trip of March
// 2024, with a header giving its publication date. Tests and examples use it
// as a fixture; the CLI reads the file itself (seeds/000_bc5b05ce5a26e218.txt).
package seeds
