package dump

import (
	"strings"
	"testing"
)

// headQuotePage is an invented page: a headline wrapped inside a quotation,
// its last word and closing mark on a line of their own right over the
// deck, which the dump runs on into the deck.
const headQuotePage = "Ferry cuts 'will sink\n" +
	"Westport'\n" +
	"The harbour board has accused the council\n" +
	"of cutting the ferry to the island town in\n" +
	"its budget for the coming year.\n" +
	"By ANNA BROWN\n" +
	"\n" +
	"The coun\u00adcil pub\u00adlished its bud\u00adget on Mon\u00adday and\n" +
	"its lea\u00adder said the libra\u00adries would keep their\n" +
	"hours. The op\u00adpo\u00adsi\u00adtion said the fi\u00adgu\u00adres\n" +
	"told another sto\u00adry and asked for a vote.\n"

// The words that close a quotation a headline's last line leaves open are
// the headline's, not the deck's.
func TestHeadlineClosesItsQuote(t *testing.T) {
	l := Segment(dumpPage("en", headQuotePage))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	// Compared without spaces: how the lines join is not the point here.
	if h := strings.ReplaceAll(joinLines(a.Headline), " ", ""); h != "Ferrycuts'willsinkWestport'" {
		t.Errorf("headline = %q", h)
	}
	for _, d := range a.Decks {
		if strings.HasPrefix(joinLines(d), "Westport'") {
			t.Errorf("deck %q opens with the headline's closing words", joinLines(d))
		}
	}
}

// quoteClosing takes the closing words only for a quotation opened on a
// word's first letter and left open; apostrophes inside or at the end of a
// word open none.
func TestQuoteClosing(t *testing.T) {
	for _, c := range []struct{ line, next, closing string }{
		{"Ferry cuts 'will sink", "Westport' The board said", "Westport'"},
		{"Mayor calls vote “a", "sham” Opponents say", "sham”"},
		{"Sailors' pay", "Westport' The board said", ""},
		{"The mayor's last", "ferry' it said", ""},
		{"Cuts 'will sink ferry'", "Westport' The board", ""},
		{"Council says 'no'.", "Residents' plan shelved", ""},
		{"Cuts 'will sink", "The harbour board has accused the council", ""},
	} {
		if got, _ := quoteClosing(c.line, c.next); got != c.closing {
			t.Errorf("quoteClosing(%q, %q) = %q, want %q", c.line, c.next, got, c.closing)
		}
	}
}
