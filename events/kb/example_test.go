package kb_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/events/kb"
)

func Example() {
	k := kb.Default()
	for _, m := range k.Lookup("Saudis", "") {
		fmt.Println(m.Entity.ID, m.Entity.Kind, m.Via)
	}
	role, class, _ := k.Role("minister of foreign affairs")
	fmt.Println(role, class)
	if p, ok := k.Place("Jidda"); ok {
		fmt.Println(p.Name, p.Country)
	}
	// Output:
	// saudi-arabia country demonym
	// Foreign Minister foreign_minister
	// Jeddah saudi-arabia
}

func ExampleKB_Lookup() {
	for _, m := range kb.Default().Lookup("Washington", "2024-03-21") {
		fmt.Println(m.Entity.ID, m.Entity.Kind, m.Via)
	}
	// Output:
	// united-states country capital
	// washington place place
}

func ExampleKB_Title() {
	role, class, aff, _ := kb.Default().Title("Egypt's foreign minister")
	fmt.Println(role, class, aff)
	// Output:
	// Foreign Minister foreign_minister egypt
}

func ExampleKB_Holders() {
	for _, e := range kb.Default().Holders("the secretary of state", "united-states", "1998") {
		fmt.Println(e.Name)
	}
	// Output:
	// Madeleine Albright
}
