package layout

import (
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// OCR returned a caption's last line in two, cut at the space after its
// credit's label ("… PHOTO:" and "JANE DOE", a word's gap apart on one
// row): the credit is read whole as the caption's, and the name in
// capitals alone heads no article.
func TestCreditCutAfterItsLabel(t *testing.T) {
	b := newScan(0)
	b.enLine("Mayor plants new trees", 100, 200, 900, 60, true)
	y := b.enColumn("first", 8, 100, 300, 480)
	b.enColumn("second", 8, 520, 300, 900)
	b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: 100, Y0: y + 40, X1: 900, Y1: y + 400}})
	y += 420
	b.enLine("After landing, the crew checks the wheels", 100, y, 900, 24, false)
	// Natural word spacing: half a character between the pieces.
	b.enLine("and the brakes. PHOTO:", 100, y+37, 100+17*19+8*3, 24, false)
	b.enLine("JANE DOE", 100+17*19+8*4+8, y+37, 100+17*19+8*5+8+17*7, 22, false)
	b.enColumn("third", 6, 100, y+110, 480)
	b.enColumn("fourth", 6, 520, y+110, 900)
	l := Segment(&b.p)
	for _, a := range l.Articles {
		if texts(a.Headline) == "JANE DOE" {
			t.Errorf("the credit's name heads an article")
		}
	}
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "After landing, the crew checks the wheels|and the brakes. PHOTO: JANE DOE" {
		for _, c := range a.Captions {
			t.Logf("caption %q", texts(c))
		}
		t.Errorf("got %d captions", len(a.Captions))
	}
	if !hasPhotographer(a, "Jane Doe") {
		t.Errorf("authors %v: no photographer Jane Doe", a.Authors)
	}
}

// A line that ends without a credit's label does not take in the capitals
// a word's gap to its right; a credit that starts in the right piece
// itself is no reason to join either.
func TestOnlyACutCreditJoins(t *testing.T) {
	line := func(text string, x0, x1 float64) page.Line {
		return page.Line{Text: text, Box: &page.Rect{X0: x0, Y0: 100, X1: x1, Y1: 124}, Size: 24}
	}
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"and the brakes. PHOTO:", "JANE DOE", 1},
		{"and the brakes.", "JANE DOE", 2},
		{"and the brakes.", "PHOTO: JANE DOE", 2},
	} {
		got := joinFragments([]page.Line{line(c.a, 100, 400), line(c.b, 412, 560)}, 24, 1, 1)
		if len(got) != c.want {
			t.Errorf("%q + %q: %d lines, want %d", c.a, c.b, len(got), c.want)
		}
	}
}

// A credit line at the top of a narrow column, set in the body's type,
// wraps its title onto a second line ("By Jane Roe, Staff" / "Writer"):
// the two lines are the credit, not the story's first paragraph.
func TestCreditWrappedAtColumnTop(t *testing.T) {
	a := creditAtColumnTop(t, "By Jane Roe, Staff", 150, "Writer", 80)
	if len(a.Authors) != 1 || a.Authors[0].Name != "Jane Roe" {
		t.Errorf("authors %v, want Jane Roe", a.Authors)
	}
	if body := bodyText(a); !strings.HasPrefix(body, "the story") {
		t.Errorf("body %q, want the story's text only", body)
	}
}

// A credit at the top of the first column with its title on the next
// line ("By JANE ROE" / "Arts Correspondent") is one credit: the title
// line is no paragraph of the story.
func TestCreditTitleOnItsOwnLine(t *testing.T) {
	a := creditAtColumnTop(t, "By JANE ROE", 120, "Arts Correspondent", 140)
	if a.Byline != "By JANE ROE Arts Correspondent" || len(a.Authors) != 1 {
		t.Errorf("byline %q, authors %v", a.Byline, a.Authors)
	}
	if body := bodyText(a); !strings.HasPrefix(body, "the story") {
		t.Errorf("body %q, want the story's text only", body)
	}
}

// creditAtColumnTop segments a page of one story in 10 pt type under its
// head, in a column 120 pt wide: two lines ending at x1 and x2 open the
// column, eight of its text follow. It returns the story's article.
func creditAtColumnTop(t *testing.T, line1 string, x1 float64, line2 string, x2 float64) segment.Article {
	t.Helper()
	b := newPage()
	b.line("A story headline", 50, 40, 300, 22, true, "Times-Bold")
	b.line(line1, 50, 70, x1, 10, false, "Times-Roman")
	b.line(line2, 50, 84, x2, 10, false, "Times-Roman")
	for i := 0; i < 8; i++ {
		x := 50.0
		if i == 0 {
			x = 60
		}
		b.line("the story runs on here", x, 98+float64(i)*14, 170, 10, false, "Times-Roman")
	}
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	return l.Articles[0]
}
