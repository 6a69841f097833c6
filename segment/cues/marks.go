package cues

import "strings"

// Quotes and Brackets are the Chinese marks that open and close a
// quotation, and a title or bracketed note, as pairs.
var (
	Quotes   = [][2]string{{"“", "”"}, {"‘", "’"}}
	Brackets = [][2]string{{"《", "》"}, {"（", "）"}}
)

// Openers are the CJK marks that open a quotation or a bracket; Closers
// those that close one, or a clause: running text never starts a line
// with one.
const (
	Openers = "“‘《〈「『（【〔"
	Closers = "”’）》〉」』】〕，。、；：！？"
)

// Unbalanced reports a pair of marks of the sets in t opened and closed
// unequally often: a quotation or bracket left open, or closed without
// being opened, so the text runs on from or into another line.
func Unbalanced(t string, sets ...[][2]string) bool {
	return anyPair(t, sets, func(open, close int) bool { return open != close })
}

// LeftOpen reports t opening a quotation or bracket of the sets more often
// than it closes one: running text that carries over to the next line.
func LeftOpen(t string, sets ...[][2]string) bool {
	return anyPair(t, sets, func(open, close int) bool { return open > close })
}

// Closes reports r as the closing mark of a pair of the sets.
func Closes(r rune, sets ...[][2]string) bool {
	return anyPair(string(r), sets, func(_, close int) bool { return close > 0 })
}

// anyPair reports whether off holds for how often t opens and closes
// some pair of marks of the sets.
func anyPair(t string, sets [][][2]string, off func(open, close int) bool) bool {
	for _, ps := range sets {
		for _, p := range ps {
			if off(strings.Count(t, p[0]), strings.Count(t, p[1])) {
				return true
			}
		}
	}
	return false
}
