package layout

import (
	"strings"
	"testing"
)

// A head in large capitals over a deck in smaller capitals, a line and a
// half of white between them, as a scan shows them: the deck is the
// head's, not the head of an article of its own, and the head above in
// the column keeps its own text.
func TestCapitalsDeckUnderHead(t *testing.T) {
	b := enDatedScan()
	b.enLineEm("RATES HELD AGAIN", 100, 230, 600, 44, false, 30)
	b.enColumn("alpha", 8, 100, 290, 600)
	b.rule(100, 600, 600, 3)
	b.enLineEm("CHEAPER CHIP FOR", 100, 640, 600, 44, false, 30)
	b.enLineEm("MOBILE PHONES", 100, 680, 500, 44, false, 30)
	b.enLine("TEXAS FIRM CUTS COSTS", 100, 745, 450, 28, false)
	b.enColumn("beta", 10, 100, 825, 600)
	l := Segment(&b.p)
	var heads []string
	for _, a := range l.Articles {
		heads = append(heads, texts(a.Headline))
	}
	if len(l.Articles) != 2 {
		t.Fatalf("got %d articles %q, want 2", len(l.Articles), heads)
	}
	a := l.Articles[1]
	if h := texts(a.Headline); h != "CHEAPER CHIP FOR|MOBILE PHONES" {
		t.Errorf("headline %q", h)
	}
	if len(a.Decks) != 1 || !strings.Contains(texts(a.Decks[0]), "TEXAS") {
		t.Errorf("decks %v, want the capitals deck", a.Decks)
	}
	if f := flowStarts(a.Body); !strings.HasPrefix(f, "b") {
		t.Errorf("body opens %q, want the column's text", f)
	}
}
