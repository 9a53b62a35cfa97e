package render

import "testing"

func TestBidiControls(t *testing.T) {
	in := "Blinken \u202Eevil\u202C met \u2066Sissi\u2069 \u200F"
	if got, want := esc(in), "Blinken evil met Sissi \u200F"; got != want {
		t.Errorf("esc(%q) = %q, want %q", in, got, want)
	}
	if got, want := dotLabel(in), "\"Blinken  evil  met  Sissi  \u200F\""; got != want {
		t.Errorf("dotLabel(%q) = %s, want %s", in, got, want)
	}
	if got, want := dotID("a\u202Eb"), `"a\u202Eb"`; got != want {
		t.Errorf("dotID = %s, want %s", got, want)
	}
}
