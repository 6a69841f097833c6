package dump

import (
	"slices"
	"strings"
	"testing"

	"newsprint/segment"
)

// libraryStory is the right story of both invented side-by-side pages
// below, set after a blank line under its own credit.
const libraryStory = "\n" +
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
	libraryStory

// Two heads joined on one dump line are two headlines, each over the
// story whose text carries its words.
func TestSideBySideEnglishHeads(t *testing.T) {
	ferry, lib := twoHeads(t, sideBySidePage, "Ferrypierreopens")
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

// turnsHeadPage is an invented page: two two-line heads set side by side
// at different baselines, so the dump prints their lines in turns. The
// left story's first paragraph carries none of its head's words; they
// come in its next paragraph, before the right story's credit.
const turnsHeadPage = "Ferry pier reopens\n" +
	"Library opens on\n" +
	"after repairs\n" +
	"Sundays\n" +
	"By Anna Brown, Staff Writer\n" +
	"Harbour crews finished their work\n" +
	"in good time for the summer.\n" +
	"\n" +
	"The harbour board thanked the\n" +
	"divers who worked through the\n" +
	"storm, and the ferry pier gate\n" +
	"opens at nine after the repairs.\n" +
	"Boats leave the repaired pier\n" +
	"every morning at nine.\n" +
	libraryStory

// Two heads printed in turns, a line of one and a line of the other, are
// two headlines; the left head's words are looked up in its text up to
// the right's, not in its first paragraph alone.
func TestSideBySideHeadsInTurns(t *testing.T) {
	ferry, lib := twoHeads(t, turnsHeadPage, "Ferrypierreopensafterrepairs")
	if b := bodyText(ferry); !strings.Contains(b, "Harbourcrews") || !strings.Contains(b, "divers") || strings.Contains(b, "library") {
		t.Errorf("ferry body = %q", b)
	}
	if b := bodyText(lib); !strings.Contains(b, "Readersasked") || strings.Contains(b, "ferry") {
		t.Errorf("library body = %q", b)
	}
}

// alternateHead parts heading lines given in turns by the side of their
// words; a line of neither side takes its turn. Turns that break, a line
// of both sides, a head mixing capitals with lower case, or a head opening
// in lower case leave the heading whole.
func TestAlternateHead(t *testing.T) {
	words := func(left, right string) func(string) int {
		return func(w string) int {
			switch {
			case slices.Contains(strings.Fields(right), w):
				return 1
			case slices.Contains(strings.Fields(left), w):
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
		// Left, right, then a line of neither side in the left's turn.
		{[]string{"Ferry pier reopens", "Library opens on", "after repairs", "Sundays"}, "Ferry pier", "Library Sundays",
			"Ferry pier reopens|after repairs", "Library opens on|Sundays"},
		// The right's line first, the left's figures take their turn.
		{[]string{"Fares cut by", "Schools plan", "12.5%", "longer terms"}, "Schools longer", "Fares cut",
			"Schools plan|longer terms", "Fares cut by|12.5%"},
		// A line holding words of both sides: no turns.
		{[]string{"Ferry pier", "Library Sundays", "Library reopens", "Sundays"}, "Ferry pier reopens", "Library Sundays", "", ""},
		// A head opening in lower case: no head of its own.
		{[]string{"Ferry pier reopens", "library opens on", "after repairs", "Sundays"}, "Ferry pier", "library Sundays", "", ""},
		// Two lines of one side in a row: no turns.
		{[]string{"Ferry pier", "reopens after repairs", "Library Sundays"}, "Ferry repairs", "Library Sundays", "", ""},
		// A head in capitals over a sentence-case line: no head of its own.
		{[]string{"FERRY PIER", "LIBRARY", "REOPENS", "Library opens today"}, "FERRY REOPENS", "LIBRARY Library", "", ""},
		// An empty line opening the left head: no capital, no head.
		{[]string{"", "Library Sundays", "Ferry pier", "Sundays"}, "Ferry pier", "Library Sundays", "", ""},
		// Two lines only.
		{[]string{"Ferry pier", "Library Sundays"}, "Ferry", "Library Sundays", "", ""},
	}
	for _, c := range cases {
		l, r, _ := alternateHead(c.head, words(c.left, c.right))
		if strings.Join(l, "|") != c.wantL || strings.Join(r, "|") != c.wantR {
			t.Errorf("alternateHead(%q) = %q | %q, want %q | %q", c.head, l, r, c.wantL, c.wantR)
		}
	}
}

// underOther: a story right under another heading is that heading's.
func TestUnderOther(t *testing.T) {
	g := &group{head: []string{"Ferry pier reopens"}, line: 0, end: 1}
	h := &group{head: []string{"Library opens"}, line: 10, end: 11}
	gs := []*group{g, h}
	if !underOther(gs, g, 13) {
		t.Error("story two lines under another heading not seen")
	}
	if underOther(gs, g, 2) || underOther(gs, g, 20) {
		t.Error("story under g's own heading, or far from any, taken for another's")
	}
}

// twoHeads segments an English page and returns the article under the
// ferry head (ferryHead, spaces dropped) and the one under the library
// head; it stops the test when either head is not found apart. Heads are
// compared without spaces: how a head's lines break is not the point.
func twoHeads(t *testing.T, page, ferryHead string) (ferry, lib segment.Article) {
	t.Helper()
	var heads []string
	for _, a := range Segment(dumpPage("en", page)).Articles {
		h := strings.ReplaceAll(joinLines(a.Headline), " ", "")
		switch h {
		case ferryHead:
			ferry = a
		case "LibraryopensonSundays":
			lib = a
		}
		heads = append(heads, h)
	}
	if ferry.Headline == nil || lib.Headline == nil {
		t.Fatalf("headlines %q, want the two heads apart", heads)
	}
	return ferry, lib
}
