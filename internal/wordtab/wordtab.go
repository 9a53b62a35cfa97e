package wordtab

// Table maps words to flags; a word not added has none.
type Table struct {
	slots []uint16 // 0: empty; k: entry k-1
	mask  uint32   // len(slots)-1
	shift uint32   // 32 - log2(len(slots)): the hash keeps its top bits
	words []string
	flags []uint32
}

// New returns a table for up to n words, with four slots or more per word
// to keep the probes short. It panics for n of 65,535 or more.
func New(n int) *Table {
	if n >= 1<<16-1 {
		panic("wordtab: too many words")
	}
	size, shift := 1024, uint32(22)
	for size < 4*n {
		size, shift = size*2, shift-1
	}
	return &Table{slots: make([]uint16, size), mask: uint32(size - 1), shift: shift}
}

func (t *Table) hash(w string) uint32 {
	x := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(w[len(w)/2])<<16 | uint32(len(w))<<24
	return (x * 0x9E3779B1) >> t.shift
}

// Add adds flags to those of w. The empty word has no flags, and adding
// more words than New was told of panics.
func (t *Table) Add(w string, flags uint32) {
	if w == "" {
		return
	}
	for x := t.hash(w); ; x = (x + 1) & t.mask {
		k := t.slots[x]
		if k == 0 {
			if 4*len(t.words) >= len(t.slots) {
				panic("wordtab: table full")
			}
			t.words = append(t.words, w)
			t.flags = append(t.flags, flags)
			t.slots[x] = uint16(len(t.words))
			return
		}
		if t.words[k-1] == w {
			t.flags[k-1] |= flags
			return
		}
	}
}

// Get returns the flags of w, 0 if it has none.
func (t *Table) Get(w string) uint32 {
	if w == "" {
		return 0
	}
	for x := t.hash(w); ; x = (x + 1) & t.mask {
		k := t.slots[x]
		if k == 0 {
			return 0
		}
		if t.words[k-1] == w {
			return t.flags[k-1]
		}
	}
}

// Len returns the number of words with flags.
func (t *Table) Len() int { return len(t.words) }
