package layout

import (
	"strings"
	"testing"
)

// An English story on a scan: a head, a summary of two lines a size up
// from the body, and a credit on two lines (name, then title) that OCR
// sized apart. The summary is the head's deck, the two lines one credit,
// and the story one article: the title line is no head of its own.
func TestSummaryDeckAndTwoLineCredit(t *testing.T) {
	b := enDatedScan()
	b.enLineEm("Labour plan unveiled", 100, 230, 600, 44, true, 28)
	b.enLine("The party has set out how it plans to win", 100, 285, 600, 28, false)
	b.enLine("the coming local council elections.", 100, 322, 520, 28, false)
	b.enLine("By JANE DOE", 100, 390, 300, 24, false)
	b.enLine("Business Correspondent", 100, 425, 420, 32, false)
	b.enColumn("alpha", 12, 100, 480, 600)
	l := Segment(&b.p)
	var got []string
	for _, a := range l.Articles {
		got = append(got, texts(a.Headline))
	}
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles %q, want 1", len(l.Articles), got)
	}
	a := l.Articles[0]
	if len(a.Decks) != 1 || !strings.HasPrefix(texts(a.Decks[0]), "The party") {
		t.Errorf("%d decks, want the summary alone", len(a.Decks))
	}
	if a.Byline != "By JANE DOE Business Correspondent" {
		t.Errorf("byline %q", a.Byline)
	}
	if f := flowStarts(a.Body); f != "a" {
		t.Errorf("body opens %q, want the column alone", f)
	}
}
