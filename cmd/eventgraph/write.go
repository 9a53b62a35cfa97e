package main

import (
	"bytes"
	"errors"
	"io"
	"os"
)

// write renders into memory, then writes to standard output or, atomically, to a file.
func (e *env) write(name string, make func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := make(&buf); err != nil {
		return err
	}
	if name == "-" || name == "" {
		_, err := e.stdout.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(name, buf.Bytes())
}

// writeFileAtomic writes data to a temporary file beside name and renames it
// into place, so that a failure never leaves a half-written file.
func writeFileAtomic(name string, data []byte) error {
	return writeAtomic(name, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// unwrapPath drops the operation and temporary path from an *os.PathError or
// *os.LinkError, keeping the cause ("no such file or directory").
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
