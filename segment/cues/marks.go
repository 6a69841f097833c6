package cues

import "strings"

// Quotes and Brackets are the Chinese marks that open and close a
// quotation, and a title or bracketed note, as pairs.
var (
	Quotes   = [][2]string{{"“", "”"}, {"‘", "’"}}
	Brackets = [][2]string{{"《", "》"}, {"（", "）"}}
)

// Unbalanced reports a pair of marks of the sets in t opened and closed
// unequally often: a quotation or bracket left open, or closed without
// being opened, so the text runs on from or into another line.
func Unbalanced(t string, sets ...[][2]string) bool {
	for _, ps := range sets {
		for _, p := range ps {
			if strings.Count(t, p[0]) != strings.Count(t, p[1]) {
				return true
			}
		}
	}
	return false
}

// LeftOpen reports t opening a quotation or bracket of the sets more often
// than it closes one: running text that goes on in the next line.
func LeftOpen(t string, sets ...[][2]string) bool {
	for _, ps := range sets {
		for _, p := range ps {
			if strings.Count(t, p[0]) > strings.Count(t, p[1]) {
				return true
			}
		}
	}
	return false
}
