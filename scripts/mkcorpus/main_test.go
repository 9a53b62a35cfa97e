package main

import "testing"

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<DCT>x</DCT><TEXT>
Iran <EVENT eid="e1">attacked</EVENT> Israel on <TIMEX3 tid="t1" value="1998-01-05">Monday</TIMEX3> &amp; left.
</TEXT>`, "Iran attacked Israel on Monday & left.\n"},
		{"<TimeML>no text</TimeML>", ""},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
