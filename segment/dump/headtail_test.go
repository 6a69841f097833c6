package dump

import (
	"strings"
	"testing"
)

// An English headline that ends its block on a function word ("…out of")
// takes its last word, printed alone a few lines below; a soft-hyphenated
// body word printed between is passed over and stays in the text.
func TestHeadingTakesWrappedLastWord(t *testing.T) {
	const page = "Thousands of dockers out of\n\ndis\u00admissal\n\nwork\n\n" +
		"Thousands of dockers lost their jobs this winter as the port\n" +
		"closed two of its quays, the union said on Monday.\n"
	l := Segment(dumpPage("en", page))
	a := findArticle(t, l, "Thousands of dockers out of work")
	if b := bodyText(a); strings.Contains(b, "work ") || strings.HasPrefix(b, "work") {
		t.Errorf("wrapped word left in the body: %q", b)
	}
	// A sentence set as a deck, commas and all, ends where it likes.
	l = Segment(dumpPage("en", strings.Replace(page, "Thousands of dockers out of\n", "Now, what is left of\n", 1)))
	if len(l.Articles) == 0 {
		t.Fatal("no article under the deck sentence")
	}
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.HasSuffix(h, "work") {
			t.Errorf("deck took a body word: %q", h)
		}
	}
}
