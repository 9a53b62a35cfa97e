package check_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/internal/check"
)

func ExampleDOT() {
	fmt.Println(check.DOT([]byte(`digraph { "a" -> "b" [label="met"]; }`)))
	fmt.Println(check.DOT([]byte(`digraph { "a" [label=""]; node [label="x"]; }"]; }`)))
	// Output:
	// <nil>
	// dot:1:46: unterminated string
}

func ExampleXML() {
	fmt.Println(check.XML([]byte(`<svg><text>&lt;script&gt;</text></svg>`)))
	fmt.Println(check.XML([]byte(`<svg><a href="javascript:alert(1)"><text>x</text></a></svg>`)))
	// Output:
	// <nil>
	// xml line 1: <a href="javascript:alert(1)"> has a javascript: address
}
