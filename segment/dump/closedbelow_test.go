package dump

import (
	"strings"
	"testing"
)

// A bracketed closing credit that a narrow column wrapped over two lines
// ("（本报记者 王明 李" / "华）") is read whole even when the column
// rebuilding ran its opening half on into another column's text and put
// the closing half in a piece of its own: the first piece keeps the credit
// and both halves leave the text.
func TestWrappedClosingCreditHalvesInTwoPieces(t *testing.T) {
	lines := []string{
		"新建的图书馆周末也对外开放。",
		"（本报记者 王明 李",
		"华）",
		"",
		"河边的步道今年春天修好，",
	}
	s := &pageSeg{zh: true, lines: lines}
	s.classify()
	fr := func(i int) frag { return frag{text: lines[i], line: i, w: width(lines[i])} }
	run := &piece{frags: []frag{fr(0), fr(1), fr(4)}, first: 0, next: -1, prev: -1}
	closing := &piece{frags: []frag{fr(2)}, first: 2, next: -1, prev: -1}
	s.credits([]*piece{run, closing})
	var names []string
	for _, a := range run.authors {
		names = append(names, a.Name)
	}
	if strings.Join(names, " ") != "王明 李华" {
		t.Errorf("credit of the run-on piece = %q %v, want 王明 and 李华", run.credit, names)
	}
	for _, p := range []*piece{run, closing} {
		for _, f := range p.frags {
			if strings.ContainsAny(f.text, "（）") {
				t.Errorf("credit half %q left in the text", f.text)
			}
		}
	}
}
