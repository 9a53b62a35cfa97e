package gvcache

import (
	"os"
	"path/filepath"
)

func init() {
	if dir, ok := Dir(); ok {
		os.Setenv("TMPDIR", dir)
	}
}

// Dir returns the directory that TMPDIR is set to when it was not set:
// os.UserCacheDir()/eventgraph, made if missing, with mode 0700, and owned
// by no one else. It returns false when TMPDIR was set or no such
// directory can be had (no home directory, say), leaving os.TempDir() as
// it is.
func Dir() (string, bool) {
	if os.Getenv("TMPDIR") != "" {
		return "", false
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", false
	}
	dir := filepath.Join(base, "eventgraph")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", false
	}
	fi, err := os.Lstat(dir)
	if err != nil || !fi.IsDir() || fi.Mode().Perm()&0o022 != 0 || !ownedBySelf(fi) {
		return "", false
	}
	return dir, true
}
