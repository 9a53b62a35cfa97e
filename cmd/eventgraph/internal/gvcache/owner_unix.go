//go:build unix

package gvcache

import (
	"os"
	"syscall"
)

// ownedBySelf reports whether the file belongs to the user running us.
func ownedBySelf(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
