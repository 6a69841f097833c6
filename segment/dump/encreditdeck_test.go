package dump

import (
	"strings"
	"testing"
)

// deckPage is an invented page: a headline wrapped over two lines with a
// deck of a sentence set in the column under it, right over the credit;
// then a capitals headline over a capitals deck line and a deck sentence;
// then a headline right over its credit, the text ending in a sentence
// under it.
const deckPage = "Harbour wall plan\n" +
	"'wins backing'\n" +
	"The council has approved a\n" +
	"new sea wall for the old\n" +
	"town after a winter of floods.\n" +
	"By JANE DOE\n" +
	"Work on the wall starts in\n" +
	"spring and should take two\n" +
	"years, the council said.\n" +
	"\n" +
	"FERRY FARES\n" +
	"TO RISE\n" +
	"FUEL COSTS\n" +
	"Will the island routes pay their way, or\n" +
	"will the state step in?\n" +
	"Special to The Valley Courier\n" +
	"Fares on the island routes go up\n" +
	"by a tenth from May, the operator said.\n" +
	"\n" +
	"Library opens on Sundays\n" +
	"By ANNA BROWN\n" +
	"Readers asked for longer hours\n" +
	"and the council has agreed.\n"

// A sentence set between a headline and its credit is the article's deck:
// neither part of the headline nor of the text.
func TestDeckOverCredit(t *testing.T) {
	l := Segment(dumpPage("en", deckPage))
	wall := findArticle(t, l, "Harbour wall plan'wins backing'")
	if len(wall.Decks) != 1 || !strings.HasPrefix(joinLines(wall.Decks[0]), "The council has approved") {
		t.Errorf("wall decks %v", wall.Decks)
	}
	if wall.Byline != "By JANE DOE" || !strings.HasPrefix(bodyText(wall), "Workonthewall") {
		t.Errorf("wall byline %q, text %q", wall.Byline, bodyText(wall))
	}
	ferry := findArticle(t, l, "FERRY FARESTO RISEFUEL COSTS")
	if len(ferry.Decks) != 1 || !strings.HasPrefix(joinLines(ferry.Decks[0]), "Will the island routes") {
		t.Errorf("ferry decks %v", ferry.Decks)
	}
	if ferry.Byline != "Special to The Valley Courier" || !strings.HasPrefix(bodyText(ferry), "Faresontheisland") {
		t.Errorf("ferry byline %q, text %q", ferry.Byline, bodyText(ferry))
	}
	lib := findArticle(t, l, "Library opens on Sundays")
	if len(lib.Decks) != 0 || lib.Byline != "By ANNA BROWN" {
		t.Errorf("library decks %v, byline %q", lib.Decks, lib.Byline)
	}
}

// A deck whose lines the line rules first read as the headline's (short
// lines opening with capitals) and whose text then reads on in lower case:
// it is taken as a deck before the run-on rule makes body text of the
// headline's second line with it.
func TestDeckBeforeRunOn(t *testing.T) {
	text := "Bridge toll\n" +
		"plan 'shelved'\n" +
		"The Greens have accused\n" +
		"Mayor Ruth Hale of\n" +
		"\"ducking\" a vote\n" +
		"after the council\n" +
		"put off a decision on\n" +
		"the toll until spring.\n" +
		"By JANE DOE\n" +
		"Drivers will keep crossing\n" +
		"free for another year, the\n" +
		"council said on Monday.\n"
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "Bridge tollplan 'shelved'")
	if len(a.Decks) != 1 || !strings.HasPrefix(joinLines(a.Decks[0]), "The Greens have accused") {
		t.Errorf("decks %v", a.Decks)
	}
	if a.Byline != "By JANE DOE" || !strings.HasPrefix(bodyText(a), "Driverswillkeep") {
		t.Errorf("byline %q, text %q", a.Byline, bodyText(a))
	}
}
