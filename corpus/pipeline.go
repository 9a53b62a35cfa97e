package corpus

import (
	"io"
	"runtime"
	"sync"

	"github.com/eventgraph/eventgraph/events"
)

// Result is the document of one item, handed on in input order.
type Result struct {
	Item Item
	Doc  events.Document
}

// Run turns every item that next returns (until io.EOF) into its document
// with jobs workers (runtime.NumCPU() if jobs < 1) and calls emit with each
// result in the order of next, whatever order the workers finish in, so
// that the output does not depend on scheduling. At most a few items per
// worker are held at a time. Run stops at the first error in input order,
// from next, from an item or from emit, and returns it; the items after it
// are not handed on.
func Run(next func() (Item, error), jobs int, opt events.Options, emit func(Result) error) error {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	type job struct {
		seq int
		it  Item
	}
	type done struct {
		seq int
		res Result
		err error
	}
	jobsCh := make(chan job)
	doneCh := make(chan done, jobs)
	window := make(chan struct{}, 4*jobs) // items taken and not yet emitted
	stop := make(chan struct{})
	var wg sync.WaitGroup

	// the reader: items in sequence; an error of next ends the sequence
	readerDone := make(chan struct{})
	var readErr error
	go func() {
		defer close(readerDone)
		defer close(jobsCh)
		for seq := 0; ; seq++ {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			it, err := next()
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
			select {
			case jobsCh <- job{seq, it}:
			case <-stop:
				return
			}
		}
	}()
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsCh {
				d, err := j.it.Document(opt)
				j.it.data = nil // the text may go
				select {
				case doneCh <- done{j.seq, Result{j.it, d}, err}:
				case <-stop:
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(doneCh)
	}()

	// the writer: results in sequence
	pending := map[int]done{}
	seq := 0
	var err error
	for d := range doneCh {
		pending[d.seq] = d
		for {
			p, ok := pending[seq]
			if !ok {
				break
			}
			delete(pending, seq)
			seq++
			<-window
			err = p.err
			if err == nil {
				err = emit(p.res)
			}
			if err != nil {
				break
			}
		}
		if err != nil {
			break
		}
	}
	close(stop)
	for range doneCh {
		// let the workers finish
	}
	<-readerDone
	if err != nil {
		return err
	}
	// every item the reader took was emitted; the reader's error, if any,
	// comes after them
	return readErr
}
