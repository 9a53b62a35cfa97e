package seeds

import _ "embed"

// Name is the file name of the seed article in this directory.
const Name = "000_bc5b05ce5a26e218.txt"

// Blinken is the text of the seed article, header included.
//
//go:embed 000_bc5b05ce5a26e218.txt
var Blinken string
