package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// stream writes output as make produces it, to standard output or
// atomically to a file (see writeAtomic). make calls flush to push what it
// wrote on at once; to a file, flush does nothing.
func (e *env) stream(name string, make func(w io.Writer, flush func() error) error) error {
	if name == "-" || name == "" {
		w := bufio.NewWriter(e.stdout)
		err := make(w, w.Flush)
		if ferr := w.Flush(); err == nil {
			err = ferr
		}
		return err
	}
	return writeAtomic(name, func(w io.Writer) error {
		return make(w, func() error { return nil })
	})
}

// writeAtomic writes what make writes to a temporary file beside name and
// renames it into place when all went well, so that a failure never leaves
// a half-written file. An error of make is returned as it is.
func writeAtomic(name string, make func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		if _, serr := os.Stat(filepath.Dir(name)); errors.Is(serr, fs.ErrNotExist) {
			return fmt.Errorf("write %s: directory %s does not exist", name, filepath.Dir(name))
		}
		return fmt.Errorf("write %s: %w", name, unwrapPath(err))
	}
	tmp := f.Name()
	w := bufio.NewWriter(f)
	if err := make(w); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", name, unwrapPath(err))
	}
	return nil
}
