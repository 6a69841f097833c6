package dump

import (
	"strings"
	"testing"
)

// narrowPage is an invented page set in narrow columns (about 24
// characters a line): a paragraph's first lines are as short as a
// headline's. The story's credit wraps ("From Our Own" / "Correspondent"),
// a paragraph opens mid-block after a sentence end, and a crosshead
// stands over a paragraph; a paragraph opens with a quotation that goes
// on past its first line.
const narrowPage = "Ferry pier reopens\n" +
	"after winter repairs\n" +
	"From Our Own\n" +
	"Correspondent\n" +
	"Harbour crews have\n" +
	"finished work\n" +
	"on the old ferry pier in\n" +
	"good time for\n" +
	"the first summer sailing.\n" +
	"The County Harbour\n" +
	"Board has thanked\n" +
	"divers and engineers\n" +
	"who worked through the\n" +
	"storms of the winter.\n" +
	"\"Open until May\n" +
	"2027\" reads a sign at\n" +
	"the pier gate.\n" +
	"Boats return\n" +
	"That sailing leaves at\n" +
	"nine every morning from\n" +
	"the new landing stage.\n" +
	"\n" +
	"Library hours extended\n" +
	"By ANNA BROWN\n" +
	"Readers asked for\n" +
	"longer hours and the\n" +
	"council has agreed to\n" +
	"open on Sunday afternoons.\n"

// A paragraph's first lines in a narrow column read on into the next
// line: they are body text, not a headline or crosshead; a credit wrapped
// over two lines is one credit.
func TestRunOnHeadsNarrowColumn(t *testing.T) {
	s := classified("en", narrowPage)
	heads := map[string]bool{}
	for _, it := range s.items {
		switch it.kind {
		case kHeading:
			heads[it.text] = true
		case kByline:
			if it.line == 2 && it.byline != "From Our Own Correspondent" {
				t.Errorf("credit %q, want the wrapped credit whole", it.byline)
			}
		}
	}
	for _, h := range []string{"Ferry pier reopens", "after winter repairs", "Boats return", "Library hours extended"} {
		if !heads[h] {
			t.Errorf("%q is no heading; heading lines: %v", h, heads)
		}
	}
	for _, b := range []string{"Harbour crews have", "finished work", "The County Harbour", "Board has thanked", "\"Open until May", "That sailing leaves at", "Readers asked for", "longer hours and the"} {
		if heads[b] {
			t.Errorf("body line %q read as a heading", b)
		}
	}
	l := Segment(dumpPage("en", narrowPage))
	ferry := findArticle(t, l, "Ferry pier reopensafter winter repairs")
	if ferry.Byline != "From Our Own Correspondent" {
		t.Errorf("ferry byline %q", ferry.Byline)
	}
	body := bodyText(ferry)
	for _, w := range []string{"Harbour crews have", "The County Harbour Board has thanked", "nine every morning"} {
		if !strings.Contains(body, strings.ReplaceAll(w, " ", "")) {
			t.Errorf("ferry body lacks %q: %q", w, body)
		}
	}
	if lib := findArticle(t, l, "Library hours extended"); !strings.HasPrefix(bodyText(lib), "Readersaskedforlongerhours") {
		t.Errorf("library body %q", bodyText(lib))
	}
}

// In a narrow column a credit may wrap over three lines: the name, then
// the title.
func TestCreditWrapsThreeLines(t *testing.T) {
	text := "Ferry fares to rise\n" +
		"By MARGARET\n" +
		"WHITFIELD\n" +
		"Political Correspondent\n" +
		"Fares on the island routes go\n" +
		"up by a tenth from May, the\n" +
		"operator said on Monday.\n"
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "Ferry fares to rise")
	if a.Byline != "By MARGARET WHITFIELD Political Correspondent" || len(a.Authors) != 1 || a.Authors[0].Name != "Margaret Whitfield" {
		t.Errorf("byline %q, authors %v", a.Byline, a.Authors)
	}
	if !strings.HasPrefix(bodyText(a), "Faresontheisland") {
		t.Errorf("text %q", bodyText(a))
	}
}

// A "Special to" credit whose paper's name wraps is one credit, wherever
// the line breaks inside the name; the name's end is no headline over the
// story's text. A credit naming the whole paper takes no word of the text
// under it.
func TestPaperCreditWraps(t *testing.T) {
	story := "Fares on the island routes go\n" +
		"up by a tenth from May, the\n" +
		"operator said on Monday.\n"
	for _, c := range []struct{ credit, want string }{
		{"Special to The\nMeadow Gazette\n", "Special to The Meadow Gazette"},
		{"Special to The Meadow\nGazette\n", "Special to The Meadow Gazette"},
		{"Special to The Meadow Gazette\nFares\n", "Special to The Meadow Gazette"},
	} {
		text := "Ferry fares to rise\n" + c.credit + story
		if strings.Contains(c.credit, "Fares\n") {
			text = strings.Replace(text, "Fares on", "on", 1)
		}
		l := Segment(dumpPage("en", text))
		if len(l.Articles) != 1 {
			t.Errorf("%q: %d articles, want 1", c.credit, len(l.Articles))
			continue
		}
		a := findArticle(t, l, "Ferry fares to rise")
		if a.Byline != c.want {
			t.Errorf("%q: byline %q, want %q", c.credit, a.Byline, c.want)
		}
		if !strings.HasPrefix(bodyText(a), "Faresontheisland") {
			t.Errorf("%q: text %q", c.credit, bodyText(a))
		}
	}
}
