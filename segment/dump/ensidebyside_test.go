package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// sideBySidePage is an invented page: two one-line heads set side by side
// share a baseline, so the dump prints them as one line. The left story
// follows its credit; the right story comes later, under its own credit.
const sideBySidePage = "Ferry pier reopens Library opens on Sundays\n" +
	"By Anna Brown, Staff Writer\n" +
	"Harbour crews have finished\n" +
	"work on the old ferry pier in\n" +
	"good time for the first summer\n" +
	"sailing of the season.\n" +
	"The harbour board thanked the\n" +
	"divers and engineers who\n" +
	"worked through the storms, and\n" +
	"the ferry pier gate opens at nine.\n" +
	"Boats leave the repaired pier\n" +
	"every morning at nine.\n" +
	"\n" +
	"By JOHN GREEN\n" +
	"Readers asked for longer\n" +
	"opening hours at the library\n" +
	"and the council has agreed to\n" +
	"open its doors on Sunday\n" +
	"afternoons from next month.\n" +
	"The library will lend books,\n" +
	"music and films on Sundays,\n" +
	"and its reading room stays\n" +
	"open until six in the evening,\n" +
	"the council said.\n"

// Two heads joined on one dump line are two headlines, each over the
// story whose text carries its words.
func TestSideBySideEnglishHeads(t *testing.T) {
	l := Segment(dumpPage("en", sideBySidePage))
	var ferry, lib segment.Article
	var heads []string
	for _, a := range l.Articles {
		// Heads compared without spaces: how a head's lines break is
		// not the point here.
		h := strings.ReplaceAll(joinLines(a.Headline), " ", "")
		switch h {
		case "Ferrypierreopens":
			ferry = a
		case "LibraryopensonSundays":
			lib = a
		}
		heads = append(heads, h)
	}
	if ferry.Headline == nil || lib.Headline == nil {
		t.Fatalf("headlines %q, want the two heads apart", heads)
	}
	if b := bodyText(ferry); !strings.Contains(b, "Harbourcrews") || strings.Contains(b, "library") {
		t.Errorf("ferry body = %q", b)
	}
	if ferry.Byline != "By Anna Brown, Staff Writer" {
		t.Errorf("ferry byline = %q", ferry.Byline)
	}
	if b := bodyText(lib); !strings.Contains(b, "Readersasked") || strings.Contains(b, "ferry") {
		t.Errorf("library body = %q", b)
	}
}

// splitHead parts a joined line after the left head's last word of its
// own, or at a capitalised word where no left word says where; a heading
// whose lines do not part so, or whose second head would open in lower
// case, stays whole.
func TestSplitHead(t *testing.T) {
	words := func(left, right string) func(string) int {
		l, r := strings.Fields(left), strings.Fields(right)
		return func(w string) int {
			switch {
			case strings.Contains(strings.Join(r, " "), w):
				return 1
			case strings.Contains(strings.Join(l, " "), w):
				return -1
			}
			return 0
		}
	}
	cases := []struct {
		head        []string
		left, right string
		wantL       string
		wantR       string
	}{
		// The left's last own word ends it, words of neither side after it
		// go right; the right's first line is its.
		{[]string{"Library hours", "Ferry pier", "reopens after repairs extended to Sundays"}, "Ferry repairs", "Library Sundays",
			"Ferry pier|reopens after repairs", "Library hours|extended to Sundays"},
		// A capital after a lower-case word opens the right head.
		{[]string{"Ferry pier reopens Library opens on Sundays"}, "Ferry", "Library Sundays",
			"Ferry pier reopens", "Library opens on Sundays"},
		// No left word on the joined line: the capital after a lower-case
		// word opens the right head.
		{[]string{"Where did you go Market stalls", "return"}, "", "stalls return",
			"Where did you go", "Market stalls|return"},
		// A name inside one head, the rest its text's: nothing to part.
		{[]string{"Talks with Mayor Green end"}, "", "Talks Green end", "", ""},
		// The right head would open in lower case.
		{[]string{"Ferry pier reopens after repairs"}, "Ferry", "repairs reopens", "", ""},
		// The left would end on a function word: the line goes on.
		{[]string{"Prices ahead of New", "Year"}, "Prices", "New Year", "", ""},
	}
	for _, c := range cases {
		l, r, _ := splitHead(c.head, words(c.left, c.right))
		if strings.Join(l, "|") != c.wantL || strings.Join(r, "|") != c.wantR {
			t.Errorf("splitHead(%q) = %q | %q, want %q | %q", c.head, l, r, c.wantL, c.wantR)
		}
	}
}
