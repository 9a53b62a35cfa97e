package textin_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/events/textin"
)

func ExampleDecode() {
	// Windows line ends, a no-break space and a byte-order mark.
	text, err := textin.Decode("article.txt", []byte("\xEF\xBB\xBFdate: 2024-03-21\r\n\r\nBlinken\u00A0met el-Sissi.\r\n"), textin.Options{})
	fmt.Printf("%q %v\n", text, err)

	// An English text in Windows-1252 (or Latin-1) is read as such.
	text, _ = textin.Decode("cp1252.txt", []byte("\x93Caf\xE9 talks\x94 resumed on Monday."), textin.Options{})
	fmt.Println(text)

	// Other invalid UTF-8 is an error, or U+FFFD with Lenient.
	mixed := []byte("Caf\xC3\xA9 talks; Caf\xE9 Riche")
	_, err = textin.Decode("mixed.txt", mixed, textin.Options{})
	fmt.Println(err, errors.Is(err, textin.ErrInvalidUTF8))
	text, _ = textin.Decode("mixed.txt", mixed, textin.Options{Lenient: true})
	fmt.Println(text)
	// Output:
	// "date: 2024-03-21\n\nBlinken met el-Sissi.\n" <nil>
	// “Café talks” resumed on Monday.
	// mixed.txt:1:17: invalid UTF-8 (byte 0xE9 at byte offset 16) true
	// Café talks; Caf� Riche
}

func ExampleDecode_html() {
	page := `<html><head><title>Talks</title><script>alert(1)</script></head>
<body><nav><p>Home</p></nav><article><p>Qatar <i>proposed</i> a truce.</p><p>Israel rejected it.</p></article></body></html>`
	text, _ := textin.Decode("page.html", []byte(page), textin.Options{})
	fmt.Print(text)
	// Output:
	// format: html
	// title: Talks
	//
	// Qatar proposed a truce.
	//
	// Israel rejected it.
}

func ExampleRead() {
	_, err := textin.Read("big.txt", strings.NewReader(strings.Repeat("x", 2048)), textin.Options{MaxBytes: 1024})
	fmt.Println(err)
	// Output:
	// big.txt: input too large (more than 1 KiB)
}
