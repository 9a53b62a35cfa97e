package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/events"
	"github.com/eventgraph/eventgraph/events/textin"
)

// Exts are the name endings of the article files that Expand picks from a
// directory.
var Exts = []string{".txt", ".md", ".html", ".htm"}

// Expand replaces each directory among names with the article files below
// it (see Exts), at any depth, in lexical order of their paths; files,
// "-" (standard input) and names that cannot be read stay as they are, in
// their place, for the Reader to report. A directory without article files
// is an error.
func Expand(names []string) ([]string, error) {
	var out []string
	for _, name := range names {
		if name == "-" {
			out = append(out, name)
			continue
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.IsDir() {
			out = append(out, name)
			continue
		}
		var found []string
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && slices.Contains(Exts, strings.ToLower(filepath.Ext(p))) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: no article files (%s) in the directory", name, strings.Join(Exts, ", "))
		}
		slices.Sort(found)
		out = append(out, found...)
	}
	return out, nil
}

// Size returns the total size in bytes of the named files, for a progress
// meter; ok is false if one of them is standard input or not a regular file.
func Size(names []string) (total int64, ok bool) {
	for _, name := range names {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		total += fi.Size()
	}
	return total, true
}

// Item is one input of a corpus run: an article to extract, or a document
// extracted before. Items are made by a Reader and turned into documents
// by a worker, so that decoding runs in parallel too.
type Item struct {
	// Name names the input in errors: a file name, or "FILE:LINE" for a
	// line of a JSON Lines file.
	Name string
	// Size is the number of bytes the item was read from.
	Size int
	// NoText is set by Document when the item is an article with no text
	// after its header.
	NoText bool
	kind   kind
	data   []byte
	text   textin.Options // how an article's bytes become text
	id     string         // for a JSON Lines article without an id
}

// Article reports whether the item is an article to extract, not a
// document that extract wrote.
func (it *Item) Article() bool { return it.kind == plain || it.kind == jsonArt }

type kind int

const (
	plain    kind = iota // a plain or HTML article
	jsonDoc              // a document that extract wrote (JSON)
	jsonArt              // a JSON Lines article
	jsonLine             // a JSON Lines document
)

// Options configure a Reader and the extraction of its items.
type Options struct {
	// Extract configures the extraction of each article; its ID is ignored.
	Extract events.Options
	// Documents reads .jsonl files and standard input as JSON Lines of
	// documents that extract wrote (extract --format jsonl), not articles.
	Documents bool
	// Text says how an article's bytes become text: encoding, HTML, the
	// size limit of a file (see textin.Options).
	Text textin.Options
}

// Reader reads the items of a list of inputs one after the other: one per
// plain file, one per line of a .jsonl file. Only the file being read is
// open, and only one line of it is held at a time.
type Reader struct {
	names []string
	stdin io.Reader
	opt   Options
	f     *os.File
	r     *bufio.Reader
	name  string
	line  int
	bytes int64
}

// NewReader returns a Reader of the named inputs; "-" reads stdin.
func NewReader(names []string, stdin io.Reader, opt Options) *Reader {
	return &Reader{names: names, stdin: stdin, opt: opt}
}

// Bytes returns the number of bytes read so far.
func (r *Reader) Bytes() int64 { return r.bytes }

// Next returns the next item, or io.EOF after the last one. An error names
// the file, and the line in a JSON Lines file.
func (r *Reader) Next() (Item, error) {
	for {
		if r.r != nil {
			it, err := r.nextLine()
			if err != io.EOF {
				return it, err
			}
			r.close()
			continue
		}
		if len(r.names) == 0 {
			return Item{}, io.EOF
		}
		name := r.names[0]
		r.names = r.names[1:]
		lines := strings.EqualFold(filepath.Ext(name), ".jsonl") || name == "-" && r.opt.Documents
		if lines {
			if err := r.open(name); err != nil {
				return Item{}, err
			}
			continue
		}
		data, err := r.readFile(name, r.limit(strings.EqualFold(filepath.Ext(name), ".json")))
		if err != nil {
			return Item{}, err
		}
		r.bytes += int64(len(data))
		it := Item{Name: name, Size: len(data), kind: plain, data: data, text: r.opt.Text}
		if strings.EqualFold(filepath.Ext(name), ".json") {
			it.kind = jsonDoc
		}
		return it, nil
	}
}

// DocumentMaxBytes is the size limit of a document that extract wrote (a
// .json file, or a line of JSON Lines read with Options.Documents) when
// Options.Text.MaxBytes is 0: 1 GiB. Such a document is extracted already;
// the events.json of 100,000 articles is about 350 MiB. Articles keep
// textin's limit, which bounds the work of extraction.
const DocumentMaxBytes = 1 << 30

// limit is the size limit of an input, or of a line of JSON Lines: the
// one Options.Text.MaxBytes gives, else the default for a document or an
// article. Negative means none.
func (r *Reader) limit(document bool) int64 {
	switch max := r.opt.Text.MaxBytes; {
	case max != 0:
		return max
	case document:
		return DocumentMaxBytes
	}
	return textin.DefaultMaxBytes
}

// readFile reads a whole input ("-": standard input) of at most max bytes.
func (r *Reader) readFile(name string, max int64) ([]byte, error) {
	if name == "-" {
		return textin.ReadAll(name, r.stdin, max)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return textin.ReadAll(name, f, max)
}

func (r *Reader) open(name string) error {
	r.name, r.line = name, 0
	if name == "-" {
		r.r = bufio.NewReaderSize(r.stdin, 1<<16)
		return nil
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r.f = f
	r.r = bufio.NewReaderSize(f, 1<<16)
	return nil
}

func (r *Reader) close() {
	if r.f != nil {
		r.f.Close()
	}
	r.f, r.r = nil, nil
}

// Close closes the file being read, if any.
func (r *Reader) Close() { r.close() }

func (r *Reader) nextLine() (Item, error) {
	for {
		b, err := readLine(r.r, r.limit(r.opt.Documents))
		if errors.Is(err, textin.ErrTooLarge) {
			r.line++
			return Item{}, &textin.Error{Name: fmt.Sprintf("%s:%d", r.name, r.line), Offset: -1, Err: textin.ErrTooLarge,
				Detail: "a line of more than " + textin.Size(r.limit(r.opt.Documents))}
		}
		if len(b) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return Item{}, io.EOF
			}
			return Item{}, fmt.Errorf("%s:%d: %w", r.name, r.line+1, err)
		}
		r.line++
		r.bytes += int64(len(b))
		n := len(b)
		if b = bytes.TrimSpace(b); len(b) == 0 {
			continue // blank lines are allowed
		}
		it := Item{Name: fmt.Sprintf("%s:%d", r.name, r.line), Size: n, data: b, kind: jsonArt, text: r.opt.Text}
		if r.opt.Documents {
			it.kind = jsonLine
		} else {
			it.id = fmt.Sprintf("%s-%d", events.DocID(r.name), r.line)
		}
		return it, nil
	}
}

// readLine reads up to and including the next '\n', failing with
// textin.ErrTooLarge as soon as the line is longer than max bytes (max < 0:
// no limit), before it is held in memory.
func readLine(r *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if max >= 0 && int64(len(line))+int64(len(bytes.TrimRight(chunk, "\r\n"))) > max {
			return nil, textin.ErrTooLarge
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}

// article is a line of a JSON Lines file of articles.
type article struct {
	ID    string  `json:"id"`
	Date  string  `json:"date"`
	Title string  `json:"title"`
	Text  *string `json:"text"`
}

// Document turns the item into a document: it extracts an article (its
// bytes read as text by textin.Decode), or decodes a document that extract
// wrote. It sets it.NoText when the article has no text after its header.
func (it *Item) Document(opt events.Options) (events.Document, error) {
	switch it.kind {
	case jsonDoc, jsonLine:
		var d events.Document
		if err := json.Unmarshal(it.data, &d); err != nil {
			return d, fmt.Errorf("%s: not an eventgraph document: %w", it.Name, err)
		}
		if d.Document.ID == "" {
			return d, fmt.Errorf("%s: not an eventgraph document: no document id", it.Name)
		}
		return d, nil
	case jsonArt:
		var a article
		if err := json.Unmarshal(it.data, &a); err != nil {
			return events.Document{}, fmt.Errorf("%s: not a JSON article: %w", it.Name, err)
		}
		if a.Text == nil {
			return events.Document{}, fmt.Errorf(`%s: the article has no "text" (documents that extract wrote are read with build --from-jsonl)`, it.Name)
		}
		opt.ID = cmp.Or(a.ID, it.id)
		if a.Date != "" && opt.Date == "" {
			d, err := events.ParseDate(a.Date)
			if err != nil {
				return events.Document{}, fmt.Errorf("%s: date: %w", it.Name, err)
			}
			opt.Date = d
		}
		text, err := textin.Decode(it.Name, []byte(*a.Text), it.text)
		if err != nil {
			return events.Document{}, err
		}
		d, err := it.extract(text, opt)
		if err != nil {
			return d, err
		}
		if a.Title != "" {
			d.Document.Title = a.Title
		}
		return d, nil
	}
	opt.ID = ""
	text, err := textin.Decode(it.Name, it.data, it.text)
	if err != nil {
		return events.Document{}, err
	}
	return it.extract(text, opt)
}

// extract extracts the events of an article's text, noting whether it has
// any text after its header.
func (it *Item) extract(text string, opt events.Options) (events.Document, error) {
	it.NoText = strings.TrimSpace(text[events.ParseHeader(text).Body:]) == ""
	return events.Extract(it.Name, text, opt)
}
