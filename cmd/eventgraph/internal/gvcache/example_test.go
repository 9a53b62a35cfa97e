package gvcache_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/eventgraph/eventgraph/cmd/eventgraph/internal/gvcache"
)

// Without TMPDIR, the directory is the user's own cache directory.
func ExampleDir() {
	home, _ := os.MkdirTemp("", "home")
	defer os.RemoveAll(home)
	os.Setenv("XDG_CACHE_HOME", filepath.Join(home, "cache"))
	os.Setenv("TMPDIR", "")
	dir, ok := gvcache.Dir()
	fi, _ := os.Stat(dir)
	fmt.Println(ok, filepath.Base(dir), fi.Mode().Perm())
	// Output: true eventgraph -rwx------
}
