package timex

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/eventgraph/eventgraph/seeds"
)

// TestFastPaths checks that the starter filter changes no output: every
// word a matcher can begin with is a starter.
func TestFastPaths(t *testing.T) {
	texts := []string{benchText()[:5000], starterText, strings.ReplaceAll(starterText, "\n", "\n \r\n\n"),
		"\n\nOn Friday,\n\nMay 5\n\n\n1990s in the\n\nspring\n", "Oct. 7\n\n-9 and Tuesday\n\nnights"}
	for _, s := range strings.Split(starterText, "\n") {
		texts = append(texts, s)
	}
	for _, text := range texts {
		for _, dct := range []string{thursday, "1989-10-26", ""} {
			want, got := tag(text, "", dct, true), tag(text, "", dct, false)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Tag(%q, %q) with the fast paths: mismatch (-want +got):\n%s", text, dct, diff)
			}
			for _, lower := range []string{asciiLower(text), strings.ToLower(text), "x"} {
				if len(lower) == len(text) && lower != asciiLower(text) {
					continue // not a lower TagLower accepts
				}
				if diff := cmp.Diff(want, TagLower(text, lower, dct)); diff != "" {
					t.Errorf("TagLower(%q, %q, %q): mismatch (-want +got):\n%s", text, lower, dct, diff)
				}
			}
		}
	}
}

// TestStarterSalad checks the start and lead masks on texts made at
// random from the words the matchers start with, lead with or look for,
// and from numbers, punctuation and cue words, half of them from a short
// list of the most telling ones: every mix of leads ("next last March")
// must tag as it does with every matcher tried at every token.
func TestStarterSalad(t *testing.T) {
	vocab := map[string]bool{}
	for _, m := range []map[string]uint32{wordMask, leadMask, thenMask} {
		for w := range m {
			vocab[w] = true
		}
	}
	for w := range months {
		vocab[w] = true
	}
	core := strings.Fields("7 9 2023 1990 1990s 20th 3pm 10:35 0600 80s 12 150 1.5 3/21/2024 1/2 2,500 Q3 a.m. p.m. o'clock GMT " +
		"the a an this last next past coming ago earlier later - ' ’ 's year quarter half of and or to early late mid " +
		"end day week weeks month years around about Friday Monday March Oct . , in for since said will several two " +
		"first fiscal than so now hence from before after long old time")
	for _, w := range core {
		vocab[w] = true
	}
	words := slices.Sorted(maps.Keys(vocab))
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for k := range 14 {
			w := words[r.IntN(len(words))]
			if r.IntN(2) == 0 {
				w = core[r.IntN(len(core))]
			}
			if r.IntN(3) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if k > 0 && r.IntN(6) != 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		text := b.String()
		for _, dct := range []string{thursday, ""} {
			if diff := cmp.Diff(tag(text, "", dct, true), tag(text, "", dct, false)); diff != "" {
				t.Fatalf("Tag(%q, %q) with the fast paths: mismatch (-want +got):\n%s", text, dct, diff)
			}
		}
	}
}

// starterText has one or more expressions of every pattern family.
const starterText = `The minister said Thursday that talks would resume next week; last Friday they met, and the following Monday, the previous Tuesday.
Officials met on Oct. 7, 2023, on 7 October, the 7th of October 2023, Oct. 7-9, March the 8th, March eighth, in mid-March and early December.
In July 1997, in July of 1997, January this year, last May, this September, next June, the week of April 8, Friday, March 15.
Profit in the third quarter, its fourth quarter, a third-quarter loss, the latest quarter, the year-earlier period, year-ago results, the first half of 2012, the last half of the '80s.
The 1990s, the early 1980s, the '80s, the nineties, the 20th century, the twentieth century, fiscal 2013, FY 2014, nineteen ninety-six, two thousand and one, 2024-03-21, 3/21/2024.
For three days, two-week, a decade, the past several months, a week or so ago, two years ago, a year earlier, the next day, a day earlier, half an hour, 5 1/2 hours, a minute and a half, a couple of weeks, a dozen years, several weeks, within days, for weeks, recent months, coming years, more than two years, at least a week, up to 180 days, no more than a month, nearly a year, some 200 years.
At 3 p.m., 10:35 a.m. EST, noon today, midnight Friday, around 9 a.m. Tuesday, 8 o'clock, 7 in the evening, mid-afternoon yesterday, late morning Friday, this morning, last night, tonight, tomorrow, the day before yesterday, the day after tomorrow.
Daily, weekly, each season, every Thursday, every other week, each of the past three years, per day, twice a week, $10 a year, Tuesday nights.
Now, currently, right now, these days, recently, more recently, lately, the future, the near future, the near term, the present, the past, as soon as possible, a later date, then current, current prices.
Christmas, Christmas Eve, New Year's Day, Easter Monday, Good Friday, Thanksgiving, Labor Day, Memorial Day, Valentine's Day, Martin Luther King Day, last Christmas, Election Day 1996.
By year-end, year end, year's end, the end of the year, the beginning of 2012, around 1990, the turn of the century, summer 1998, last fall, this spring, the summer, in winter, Easter week.`

// TestPointValue checks the hand-written formatting of values against fmt.
func TestPointValue(t *testing.T) {
	for _, y := range []int{5, 99, 999, 1989, 2024, 12345} {
		day := date(y, 3, 7)
		cases := map[point]string{
			{t: day, gran: granCentury}:            fmt.Sprintf("%02d", y/100),
			{t: day, gran: granDecade}:             fmt.Sprintf("%03d", y/10),
			{t: day, gran: granYear}:               fmt.Sprintf("%04d", y),
			{t: day, gran: granHalf}:               fmt.Sprintf("%04d-H1", y),
			{t: day, gran: granQuarter}:            fmt.Sprintf("%04d-Q1", y),
			{t: day, gran: granSeason, code: "SP"}: fmt.Sprintf("%04d-SP", y),
			{t: day, gran: granMonth}:              fmt.Sprintf("%04d-03", y),
			{t: day, gran: granDay}:                fmt.Sprintf("%04d-03-07", y),
		}
		iy, iw := day.ISOWeek()
		cases[point{t: day, gran: granWeek}] = fmt.Sprintf("%04d-W%02d", iy, iw)
		for pt, want := range cases {
			if got := pt.value(); got != want {
				t.Errorf("point{%s, %d}.value() = %q, want %q", pt.t.Format("2006-01-02"), pt.gran, got, want)
			}
		}
	}
}

// BenchmarkTagArticle tags the seed article, a news story of 3 KB with the
// density of time expressions of real news (BenchmarkTag's text is denser).
func BenchmarkTagArticle(b *testing.B) {
	b.SetBytes(int64(len(seeds.Blinken)))
	for b.Loop() {
		Tag(seeds.Blinken, thursday)
	}
}

// TestTagConcurrent checks that calls running at once, which share the
// pool of buffers, give the results of calls made one by one.
func TestTagConcurrent(t *testing.T) {
	texts := append(strings.Split(starterText, "\n"), seeds.Blinken, starterText)
	want := make([][]Timex, len(texts))
	for k, text := range texts {
		want[k] = Tag(text, thursday)
	}
	var wg sync.WaitGroup
	got := make([][][]Timex, 4)
	for g := range got {
		got[g] = make([][]Timex, len(texts))
		wg.Go(func() {
			for r := 0; r < 3; r++ {
				for k := range texts {
					k := (k + g) % len(texts)
					got[g][k] = Tag(texts[k], thursday)
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		for k := range texts {
			if diff := cmp.Diff(want[k], got[g][k]); diff != "" {
				t.Errorf("goroutine %d, text %d: mismatch (-want +got):\n%s", g, k, diff)
			}
		}
	}
}

// FuzzASCIILower checks asciiLower against lowering byte by byte: ASCII
// capitals lowered, every other byte kept, the length unchanged.
func FuzzASCIILower(f *testing.F) {
	for _, s := range []string{"", "abc", "ABC", "Oct. 7, 2023", "Ça VA", "\xffA\x80z", "ÄÖÜ äöü ẞ", starterText} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			want[i] = c
		}
		if got := asciiLower(s); got != string(want) {
			t.Errorf("asciiLower(%q) = %q, want %q", s, got, want)
		}
	})
}
