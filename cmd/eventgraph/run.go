package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/eventgraph/eventgraph/events/textin"
	"github.com/spf13/pflag"
)

const usage = `eventgraph turns news articles into dated events, an actor network and pictures.

Usage:
  eventgraph extract  [--date YYYY-MM-DD] [--kb FILE] [-o FILE] FILE...|-   events JSON
  eventgraph timeline [--format F] [--lanes actor|type] [FILTERS] [-o FILE] FILE...   timeline: SVG, PNG, Mermaid, TimelineJS, CSV
  eventgraph network  [--format F] [--layout L] [--cluster] [--top N]
                      [--actor NAME --depth N] [FILTERS] [-o FILE] FILE...      actor network: SVG, DOT, PNG, GraphML, GEXF, Mermaid
  eventgraph build    [--formats LIST|all] [--lanes M] [--layout L] [--top N]
                      [FILTERS] [-o DIR] FILE...                          events.json, timeline.svg, network.svg, network.dot, ...
  eventgraph timex    [--date YYYY-MM-DD] FILE|-                          time expressions JSON
  eventgraph eval     [--verbose] [--json] [--by-type] [-o FILE] GOLD_DIR [PRED_DIR]   score events against gold files
  eventgraph version                                                      the version of eventgraph

Several files merge into one graph and one timeline. "-" reads standard input.
A FILE ending in .json is read as a document that extract wrote.
timeline, network and build take filters: --from DATE, --to DATE,
--types T,... and --actor NAME keep the events they match.
Corpus mode: a DIR reads every .txt, .md and .html file below it; a FILE
ending in .jsonl holds one article per line ({"id","date","title","text"});
--jobs N extracts N articles at a time (default: all cores);
extract --format jsonl writes one document per line, build --from-jsonl
reads them back.

Example:
  eventgraph build -o out seeds/000_bc5b05ce5a26e218.txt

Run "eventgraph COMMAND --help" for a command's flags.
`

// usageError is an error in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	decode         textin.Options // how to read inputs as text (see decodeFlags)
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	case "extract":
		err = e.extract(args[1:])
	case "timeline":
		err = e.timeline(args[1:])
	case "network":
		err = e.network(args[1:])
	case "build":
		err = e.build(args[1:])
	case "timex":
		err = e.timex(args[1:])
	case "eval":
		err = e.eval(args[1:])
	case "version", "--version":
		fmt.Fprintln(stdout, "eventgraph", version())
		return 0
	default:
		fmt.Fprintf(stderr, "eventgraph: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err == nil {
		return 0
	}
	if errors.Is(err, pflag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "eventgraph %s: %v\n", args[0], err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

func (e *env) flagSet(name, synopsis, example string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: eventgraph %s\n\nFlags:\n%s\nExample:\n  %s\n", synopsis, fs.FlagUsages(), example)
	}
	return fs
}

func parse(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// version is the module version eventgraph was built as ("v1.2.3" from go
// install), else "(devel)" with the commit and its time when the build
// recorded them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	if rev != "" && v == "(devel)" {
		v += fmt.Sprintf(" commit %s %s%s", rev, at, dirty)
	}
	return v
}
