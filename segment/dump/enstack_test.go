package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// stackedPage prints two English headlines one under the other, a row of
// two side-by-side articles printed headings first, then what follows.
func stackedPage(below string) string {
	return `The Hillside Gazette

Orchard growers count frost losses

Town council backs cycle lanes

` + below
}

// The orchard story of stackedPage, and the cycle lanes story, whose words
// are not in its headline.
const (
	orchardStory = `Apple and pear growers across the valley said late frosts had
ruined much of the spring blossom, and that many orchards expect to pick
half their usual crop this autumn. Growers have asked for help with the
cost of frost fans and heaters before next spring.
Some orchards lost every blossom on their lower slopes.`
	lanesStory = `Painted routes will link the station, the market square and both
schools by next summer, and parking on the main road will be moved into
side streets. Shopkeepers asked for loading bays to be kept open.
Work starts in the new year.`
)

// One credit printed apart under the stacked headlines, over a deck: it
// heads the row's first column, so it signs the first headline, not the
// nearest one.
func TestLoneCreditUnderStackedHeadsSignsFirst(t *testing.T) {
	text := stackedPage(`By MARTIN HOLLOWAY

By all accounts, no spring in living memory has been as hard on them.

` + orchardStory)
	wantOrchardSigned(t, Segment(dumpPage("en", text)))
}

// wantOrchardSigned checks that the orchard headline of stackedPage took
// the credit and the cycle lanes headline none.
func wantOrchardSigned(t *testing.T, l segment.Layout) {
	t.Helper()
	if b := findArticle(t, l, "Orchard growers count frost losses").Byline; b != "By MARTIN HOLLOWAY" {
		t.Errorf("orchard byline = %q, want By MARTIN HOLLOWAY", b)
	}
	for _, a := range l.Articles {
		if joinLines(a.Headline) == "Town council backs cycle lanes" && a.Byline != "" {
			t.Errorf("cycle lanes byline = %q, want none", a.Byline)
		}
	}
}

// A credited text printed under the stacked headlines after a blank line
// is the first headline's; the next credited text below waits for the
// second one, though it carries none of its words.
func TestCreditedTextsUnderStackedHeadsInOrder(t *testing.T) {
	text := stackedPage(`By MARTIN HOLLOWAY
` + orchardStory + `

By Ruth Ellery, Staff Writer
` + lanesStory)
	l := Segment(dumpPage("en", text))
	orchard := bodyText(findArticle(t, l, "Orchard growers count frost losses"))
	if !strings.Contains(orchard, "Appleandpeargrowers") {
		t.Errorf("orchard body = %q, want the orchard story", orchard)
	}
	if strings.Contains(orchard, "Paintedroutes") {
		t.Errorf("orchard body = %q, want no cycle lanes story", orchard)
	}
	lanes := findArticle(t, l, "Town council backs cycle lanes")
	if b := bodyText(lanes); !strings.Contains(b, "Paintedroutes") || strings.Contains(b, "Appleandpear") {
		t.Errorf("cycle lanes body = %q, want the cycle lanes story alone", b)
	}
}

// A text under the stacked headlines without a credit or deck of its own
// may be a later column of the last headline's article: it stays there
// (its words are neither headline's).
func TestPlainTextUnderStackedHeadsStaysWithLast(t *testing.T) {
	text := stackedPage(`But residents said the plans had been drawn up in a hurry, and that
nobody had asked the people who live on the busiest streets what they
thought. A public meeting is planned for next month.`)
	l := Segment(dumpPage("en", text))
	if b := bodyText(findArticle(t, l, "Town council backs cycle lanes")); !strings.Contains(b, "Butresidentssaid") {
		t.Errorf("cycle lanes body = %q, want the text under it", b)
	}
}

// A deck printed after a blank line under the stacked headlines heads the
// row's first column, as a credit there does: it is the first headline's.
func TestDeckUnderStackedHeadsIsFirst(t *testing.T) {
	text := stackedPage(`By all accounts, no spring in living memory has been as hard on them.

` + orchardStory)
	l := Segment(dumpPage("en", text))
	var decks []string
	for _, d := range findArticle(t, l, "Orchard growers count frost losses").Decks {
		decks = append(decks, joinLines(d))
	}
	if len(decks) != 1 || !strings.HasPrefix(decks[0], "By all accounts") {
		t.Errorf("orchard decks = %q, want the deck under the stack", decks)
	}
}

// A section name printed between the stacked headlines, over the second
// one's article, is page furniture: the credit and deck printed apart
// under the stack still head the row's first column.
func TestSectionBetweenStackedHeads(t *testing.T) {
	text := strings.Replace(stackedPage(`By MARTIN HOLLOWAY

By all accounts, no spring in living memory has been as hard on them.

`+orchardStory), "Town council backs", "BUSINESS\n\nTown council backs", 1)
	wantOrchardSigned(t, Segment(dumpPage("en", text)))
}
