package cues

import (
	"strings"
	"unicode/utf8"

	"newsprint/wordseg"
)

// OpensParticle reports Chinese text that opens with a structural or
// aspect particle (的, 了, 着 as gse tags them: 的确 and 了解 are words of
// their own): the tail of a sentence begun elsewhere, never the start of a
// paragraph or a heading.
func OpensParticle(t string) bool {
	t = strings.TrimSpace(t)
	r, n := utf8.DecodeRuneInString(t)
	// Most lines open with no particle at all: a dictionary look-up
	// spares them the tagging.
	if n == 0 || !strings.HasPrefix(wordseg.PosOf(string(r)), "u") {
		return false
	}
	ts := wordseg.Tag(t)
	return len(ts) > 0 && strings.HasPrefix(ts[0].Pos, "u")
}
