package corpus

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Progress reports the progress of a long run on a terminal, at most a few
// times a second: articles done, articles and megabytes per second and,
// when the total size is known, the share done and the time left. A nil
// *Progress reports nothing.
type Progress struct {
	w       io.Writer
	total   int64 // bytes; 0 if unknown
	start   time.Time
	last    time.Time
	n       int
	bytes   int64
	printed bool
	now     func() time.Time
}

// NewProgress returns a Progress that writes to w, or nil (silence) if w is
// not a terminal. total is the number of bytes of the inputs, 0 if unknown.
func NewProgress(w io.Writer, total int64) *Progress {
	if !IsTerminal(w) {
		return nil
	}
	return newProgress(w, total, time.Now)
}

func newProgress(w io.Writer, total int64, now func() time.Time) *Progress {
	t := now()
	return &Progress{w: w, total: total, start: t, last: t, now: now}
}

// IsTerminal reports whether w is a terminal (a character device).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Add counts one more article of size bytes, and reports if it is time to.
func (p *Progress) Add(size int) {
	if p == nil {
		return
	}
	p.n++
	p.bytes += int64(size)
	if t := p.now(); t.Sub(p.last) >= 250*time.Millisecond {
		p.last = t
		p.report(false)
	}
}

// Done writes the final report and ends the line, if anything was reported.
func (p *Progress) Done() {
	if p == nil || !p.printed {
		return
	}
	p.report(true)
	fmt.Fprintln(p.w)
}

func (p *Progress) report(final bool) {
	secs := p.now().Sub(p.start).Seconds()
	if secs <= 0 {
		return
	}
	p.printed = true
	line := fmt.Sprintf("%d articles, %.0f articles/s, %.1f MB/s", p.n, float64(p.n)/secs, float64(p.bytes)/secs/1e6)
	if p.total > 0 && !final {
		rate := float64(p.bytes) / secs
		left := time.Duration(float64(p.total-p.bytes) / rate * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(p.bytes)/float64(p.total), left)
	} else if final {
		line += fmt.Sprintf(", %s", time.Duration(secs*float64(time.Second)).Round(time.Millisecond))
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
}
