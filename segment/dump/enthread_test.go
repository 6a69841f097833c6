package dump

import (
	"strings"
	"testing"

	"newsprint/reflow"
	"newsprint/segment"
)

// On a page printed word by word, a word broken at a line's end ("re­",
// its hyphen on a dump line of its own) goes on in a block printed some
// blocks later ("built by the spring"): that block is read right after
// it, the word whole, and the words printed between follow. A word whose
// end comes in the very next block is joined there ("har­" / "bour").
func TestBrokenWordThreaded(t *testing.T) {
	var b strings.Builder
	b.WriteString("Harbour wall plan wins backing\nBy ANN LEE\n\n")
	for _, w := range strings.Fields("Plans for a new harbour wall were approved on Tuesday after a long debate in the town hall, where fishermen and shop owners had asked for it for years because storms have flooded the quay three times since the spring of last year.") {
		b.WriteString(w + "\n\n")
	}
	for i := 0; i < 6; i++ {
		for _, l := range []string{"the wall will guard the old quay", "against winter storms and will", "put forward two years ago and will", "cost less than the first"} {
			b.WriteString(l + "\n\n")
		}
		b.WriteString("design\n\n")
	}
	b.WriteString("The council wants the old quay re\u00ad\n-\n\nwhich\n\nboats\n\nbuilt by the spring, and the\n\n")
	b.WriteString("har\u00ad\n-\n\nbour master agreed.\n")
	text := b.String()
	if s := classified("en", text); !s.wordBlocks {
		t.Fatal("not a word-block dump")
	}
	p := dumpPage("en", text)
	a := findArticle(t, Segment(p), "Harbour wall plan wins backing")
	var texts []string
	for _, ln := range p.Lines {
		texts = append(texts, ln.Text)
	}
	body := strings.Join(reflow.Paragraphs(a.Body, reflow.NewVocab(texts)), " ")
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
