package dump

import (
	"strings"
	"testing"
)

// "By" and a word no name starts with opens a sentence, not a credit.
func TestByOpensSentence(t *testing.T) {
	for in, want := range map[string]bool{
		"By all accounts, the mill": true,
		"By the time the ferry":     true,
		"By 2030 the harbour":       true,
		"By Jane Doe":               false,
		"By JANE DOE, Staff Writer": false,
		"Bypass opens to traffic":   false,
		"By":                        false,
	} {
		if got := byOpensSentence(strings.Fields(in)); got != want {
			t.Errorf("byOpensSentence(%q) = %v, want %v", in, got, want)
		}
	}
}

// byDeckPage prints a headline with its credit and text, and apart from it
// a deck that opens on "By all …" over the text it introduces, set
// without the body's soft hyphens.
const byDeckPage = "Mill wheel turns again\nBy Ann Lee\n\n" +
	"The old mill on the river ground its first flour in\nfif\u00adty years on Sat\u00adur\u00adday, its owners said.\n\n" +
	"Ferry fares rise in spring\nBy Tom Reed\n\n" +
	"Fares on the harbour ferry go up by a tenth in\nMarch, the ope\u00adra\u00adtor an\u00adnoun\u00adced on Monday.\n\n" +
	"By all accounts, the old mill\non the river grinds the\nfinest flour.\n" +
	"Volun\u00adteers spent ten winters on the mill wheel and\nthe flour stones be\u00adfore the owners opened it.\n"

// A deck that opens on "By all …" heads no article and signs none: it is
// the deck of the article whose words it shares.
func TestByDeckIsNoHeadline(t *testing.T) {
	l := Segment(dumpPage("en", byDeckPage))
	var decks []string
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.HasPrefix(h, "By ") {
			t.Errorf("headline %q", h)
		}
		if strings.HasPrefix(a.Byline, "By all") {
			t.Errorf("credit %q", a.Byline)
		}
		for _, d := range a.Decks {
			decks = append(decks, joinLines(d))
		}
	}
	want := "By all accounts, the old mill on the river grinds the finest flour."
	a := findArticle(t, l, "Mill wheel turns again")
	if len(a.Decks) != 1 || joinLines(a.Decks[0]) != want {
		t.Errorf("mill decks = %v (all decks %q)", a.Decks, decks)
	}
}
