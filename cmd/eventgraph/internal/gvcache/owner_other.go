//go:build !unix

package gvcache

import "os"

// ownedBySelf reports true: outside Unix, the user's cache directory is
// not shared with other users.
func ownedBySelf(os.FileInfo) bool { return true }
