package cues

import (
	"strings"

	"newsprint/wordseg"
)

// OpensParticle reports Chinese text that opens with a structural or
// aspect particle (的, 了, 着 as gse tags them: 的确 and 了解 are words of
// their own): the tail of a sentence begun elsewhere, never the start of a
// paragraph or a heading.
func OpensParticle(t string) bool {
	ts := wordseg.Tag(strings.TrimSpace(t))
	return len(ts) > 0 && strings.HasPrefix(ts[0].Pos, "u")
}
