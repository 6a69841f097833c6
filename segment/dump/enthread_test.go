package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// On a page printed word by word, a word broken at a line's end ("re­",
// its hyphen on a dump line of its own) goes on in a block printed some
// blocks later ("built by the spring"): that block is read right after
// it, the word whole, and the words printed between follow. A word whose
// end comes in the very next block is joined there ("har­" / "bour").
func TestBrokenWordThreaded(t *testing.T) {
	var b strings.Builder
	b.WriteString(wordBlockOpening())
	b.WriteString("The council wants the old quay re\u00ad\n-\n\nwhich\n\nboats\n\nbuilt by the spring, and the\n\n")
	b.WriteString("har\u00ad\n-\n\nbour master agreed.\n")
	body := strings.Join(wordBlockParagraphs(t, b.String()), " ")
	for _, want := range []string{"wants the old quay rebuilt by the spring, and the which boats", "harbour master agreed."} {
		if !strings.Contains(body, want) {
			t.Errorf("body %q: want %q", body, want)
		}
	}
	if strings.Contains(body, " - ") {
		t.Errorf("body %q: a broken word's hyphen left standing", body)
	}
}

// A body whose dump lines do not match its flows is left as it is, not
// read past the end of the dump lines.
func TestThreadBrokenWordsMismatchedSource(t *testing.T) {
	body := []segment.Flow{{Lines: lines("the quay was re\u00ad")}, {Lines: lines("built last year.")}}
	if got := threadBrokenWords(body, [][]int{{4}}); len(got) != 2 {
		t.Errorf("%d flows, want the 2 given", len(got))
	}
}
