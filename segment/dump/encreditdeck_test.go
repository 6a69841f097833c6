package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
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
	wantDeck(t, findArticle(t, l, "Bridge tollplan 'shelved'"), "The Greens have accused", "By JANE DOE", "Driverswillkeep")
}

// wantDeck checks that article a has one deck, opening with deck, the
// credit byline, and text opening with text (spaces removed).
func wantDeck(t *testing.T, a segment.Article, deck, byline, text string) {
	t.Helper()
	if len(a.Decks) != 1 || !strings.HasPrefix(joinLines(a.Decks[0]), deck) {
		t.Errorf("decks %v", a.Decks)
	}
	if a.Byline != byline || !strings.HasPrefix(bodyText(a), text) {
		t.Errorf("byline %q, text %q", a.Byline, bodyText(a))
	}
}

// deckPages is an invented page: a section label over a headline, its
// deck and credit; then, the body set with soft hyphens, a capitals
// headline and label over a sentence set without them, then the text.
const deckPages = "Library opens on Sundays\n" +
	"By ANNA BROWN\n" +
	"Readers asked for longer hours and the council\n" +
	"has agreed to open the library on Sunday\n" +
	"afternoons from next month, with two more staff.\n" +
	"\n" +
	"BUSINESS\n" +
	"Harbour wall plan\n" +
	"'wins backing'\n" +
	"The council has approved a new sea wall\n" +
	"for the old town after a winter of floods\n" +
	"that left the quay under water twice.\n" +
	"By JANE DOE\n" +
	"Work on the wall starts in spring and should\n" +
	"take two years, the council said. Traders on\n" +
	"the quay welcomed the news but asked for the\n" +
	"road to stay open while the work goes on.\n" +
	"\n" +
	"WIND FARM VOTE\n" +
	"PUT OFF\n" +
	"Councillors have put off their\n" +
	"decision on the new turbines\n" +
	"above the bay until the spring.\n" +
	"Plan\u00adners said the de\u00advel\u00adop\u00ader had sent its\n" +
	"fi\u00adnal draw\u00adings too late for the\n" +
	"meet\u00ading, and a new date would be\n" +
	"set in Ja\u00adnu\u00ada\u00adry. The com\u00adpa\u00adny\n" +
	"said it was dis\u00adap\u00adpoin\u00adted but\n" +
	"would wait for the vote.\n"

// A section label printed over the headline, a block of its own, does not
// keep the sentence between headline and credit from being the deck.
func TestDeckOverCreditUnderSection(t *testing.T) {
	wall := findArticle(t, Segment(dumpPage("en", deckPages)), "Harbour wall plan'wins backing'")
	wantDeck(t, wall, "The council has approved", "By JANE DOE", "Workonthewall")
}

// A sentence set without the body's soft hyphens right under a headline,
// the text going on under it, is the article's deck.
func TestDeckUnderHead(t *testing.T) {
	a := findArticle(t, Segment(dumpPage("en", deckPages)), "WIND FARM VOTEPUT OFF")
	wantDeck(t, a, "Councillors have put off", "", "Plan")
	if b := bodyText(a); strings.Contains(b, "Councillors") {
		t.Errorf("the deck stayed in the text: %q", b)
	}
}

// The same sentence set with soft hyphens, as the body is, opens the text.
func TestNoDeckUnderHeadInBodyType(t *testing.T) {
	page := strings.Replace(deckPages, "decision on the new turbines", "de\u00adci\u00adsion on the new tur\u00adbines", 1)
	wantNoDeck(t, page, "WIND FARM VOTEPUT OFF", "Councillors")
}

// On a page set without soft hyphens no type tells the sentence under the
// headline from the body: it opens the text.
func TestNoDeckUnderHeadWithoutHyphens(t *testing.T) {
	wantNoDeck(t, strings.ReplaceAll(deckPages, "\u00ad", ""), "WIND FARM VOTEPUT OFF", "Councillors")
}

// On a page without soft hyphens, a sentence under the headline set in
// larger type than the text, its lines clearly shorter than the text's
// over the same measure, is the deck.
func TestDeckUnderHeadInLargerType(t *testing.T) {
	page := strings.ReplaceAll(deckPages, "\u00ad", "")
	page = strings.Replace(page, "Councillors have put off their\ndecision on the new turbines\nabove the bay until the spring.\n",
		"Councillors have put\noff their decision on\nthe new turbines above\nthe bay until spring.\n", 1)
	a := findArticle(t, Segment(dumpPage("en", page)), "WIND FARM VOTEPUT OFF")
	wantDeck(t, a, "Councillors have put", "", "Planners")
	// Set ragged, one of its lines nearly as wide as the text's.
	page = strings.Replace(page, "Councillors have put\noff their decision on\nthe new turbines above\n",
		"Councillors have put\noff their decision on the new\nturbines above\n", 1)
	a = findArticle(t, Segment(dumpPage("en", page)), "WIND FARM VOTEPUT OFF")
	wantDeck(t, a, "Councillors have put", "", "Planners")
}

// A sentence opening its block right over a credit with text going on
// under it is the deck of a headline printed apart above: a credit prints
// between deck and text, not inside the text.
func TestDeckOpensBlock(t *testing.T) {
	page := strings.Replace(deckPages, "'wins backing'\n", "'wins backing'\n\n", 1)
	wall := findArticle(t, Segment(dumpPage("en", page)), "Harbour wall plan'wins backing'")
	wantDeck(t, wall, "The council has approved", "By JANE DOE", "Workonthewall")
}

// The sentence over a credit that ends its block is text: no text under
// the credit tells it apart.
func TestNoDeckOverClosingCredit(t *testing.T) {
	page := strings.Replace(deckPages, "'wins backing'\n", "'wins backing'\n\n", 1)
	page = strings.Replace(page, "By JANE DOE\n", "By JANE DOE\n\n", 1)
	for _, a := range Segment(dumpPage("en", page)).Articles {
		for _, d := range a.Decks {
			if strings.HasPrefix(joinLines(d), "The council has approved") {
				t.Errorf("deck %q under %q", joinLines(d), joinLines(a.Headline))
			}
		}
	}
}

// A sentence over a credit with text under it that does not open its
// block (it is printed right under its own credit) is text, not a deck.
func TestNoDeckInsideBlock(t *testing.T) {
	page := strings.Replace(deckPages, "two more staff.\n", "two more staff.\nBy JOHN SMITH\n"+
		"The reading room will stay shut on Sunday\nmornings, when the cleaners are in.\n", 1)
	wantNoDeck(t, page, "Library opens on Sundays", "Readersasked")
}

// A sentence under the headline whose next line goes on in lower case is
// no deck: the text under a deck opens a sentence of its own.
func TestNoDeckUnderHeadOverLowerCase(t *testing.T) {
	page := strings.Replace(deckPages, "Plan\u00adners said", "while plan\u00adners said", 1)
	wantNoDeck(t, page, "WIND FARM VOTEPUT OFF", "Councillors")
}

// A sentence under the headline longer than a deck runs (over
// maxHeadDeckWords words) opens the text, however it is set.
func TestNoDeckUnderHeadTooLong(t *testing.T) {
	long := "Councillors have put off their\n" +
		"decision on the new turbines\n" +
		"above the bay until the spring\n" +
		"so that the firm has more time\n" +
		"to answer the many letters from\n" +
		"residents who fear the noise,\n" +
		"the lights at night and the\n" +
		"cost of the new road.\n"
	page := strings.Replace(deckPages, "Councillors have put off their\n"+
		"decision on the new turbines\n"+
		"above the bay until the spring.\n", long, 1)
	wantNoDeck(t, page, "WIND FARM VOTEPUT OFF", "Councillors")
}

// wantNoDeck checks that the article headed head on English page has no
// deck and text opening with text (spaces removed).
func wantNoDeck(t *testing.T, page, head, text string) {
	t.Helper()
	a := findArticle(t, Segment(dumpPage("en", page)), head)
	if len(a.Decks) != 0 || !strings.HasPrefix(bodyText(a), text) {
		t.Errorf("decks %v, text %q", a.Decks, bodyText(a))
	}
}
