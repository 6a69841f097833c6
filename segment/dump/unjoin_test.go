package dump

import (
	"strings"
	"testing"
)

// A one-column story whose extractor joined three hyphenated line ends
// with the next line (the hyphen dropped): the long lines are cut in
// place, not taken for two columns side by side and reordered.
const joinedColumn = `Ferry service returns to the island
By ANN LEE
The island ferry will sail again from
next month, the harbour board announced on Tuesday. The route
closed two years ago when the old
ferry was sold for scrap metal in the
spring. A new boat has been leased
from a mainland operator, and passengers will pay the same fares
as before. The harbour board hopes to
win back the visitors the island lost
when the old boat stopped running and
the quay was closed for repairs.
Shopkeepers on the island say trade
fell by a third in the two years without
a ferry, and the board expects the new service to bring back most
of the summer visitors by next year.`

func TestUnjoinKeepsOrder(t *testing.T) {
	ls := strings.Split(joinedColumn, "\n")[2:]
	out, ok := unjoin(ls)
	if !ok || len(out) != len(ls)+3 {
		t.Fatalf("unjoin made %d lines from %d (ok %v), want 3 more", len(out), len(ls), ok)
	}
	if strings.Join(strings.Fields(strings.Join(out, " ")), " ") != strings.Join(strings.Fields(strings.Join(ls, " ")), " ") {
		t.Errorf("unjoin changed the words or their order:\n%s", strings.Join(out, "\n"))
	}
	for _, l := range out {
		if visLen(l) > 45 {
			t.Errorf("line %q left long", l)
		}
	}
	s := &pageSeg{}
	if _, _, ok := s.unpair(ls, 37); ok {
		t.Errorf("a column with 3 long lines of %d was taken for two columns", len(ls))
	}
	l := Segment(dumpPage("en", joinedColumn))
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	want := strings.ReplaceAll(strings.Join(ls, ""), " ", "")
	if got := bodyText(l.Articles[0]); got != want {
		t.Errorf("body\n%s\nwant\n%s", got, want)
	}
}

// A paragraph opening with a line that stops at a function word, under a
// body line that ends a sentence and over a line set in capitals, is body
// text, not a headline.
func TestOpenLineUnderBodyIsText(t *testing.T) {
	text := `Ferry service returns to the island
By ANN LEE
The island ferry will sail again from
next month, the harbour board said.
The specially built boat, designed by
Harbour Yards, will carry two hundred
passengers and forty cars a crossing.
The board hopes to win back visitors.`
	l := Segment(dumpPage("en", text))
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("article %q", joinLines(a.Headline))
		}
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	if b := bodyText(l.Articles[0]); !strings.Contains(b, "designedby") {
		t.Errorf("body = %q", b)
	}
}

// An English page printed a column line at a time keeps the order in
// which enAssign placed its stories: a column that runs on from the ferry
// story stays there though its words (apples, cider) are the orchard
// story's.
func TestEnglishColumnKeepsItsStory(t *testing.T) {
	text := `Ferry service returns to the island
By ANN LEE
The island ferry will sail again from
next month, the harbour board said on
Tuesday. The route closed two years
ago when the old ferry was sold for
scrap.
Apple and pear sellers hope to sell
more cider and apple juice this year
on the mainland, where cider makers
and apple sellers pay more for pears.
Cider makers welcomed the new boat.

Orchard growers fear frost
By TOM REEVE
Fruit growers in the valley fear that a
late frost could damage this year's
apple blossom. Orchard owners have set
out heaters among the apple trees and
some are spraying water on the pears.
Cider makers say apple prices and pear
prices rose after last year's frost and
the cider presses stood idle for weeks.`
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Ferry service returns to the island", "Appleandpearsellers", "Orchard growers fear frost", "Appleandpear")
}

// On a page whose blocks blank lines part, a line set right under body
// text in its block opens a paragraph, however it ends; only a few words
// that do not run on may head there, as a crosshead.
func TestLineUnderBodyOpensParagraph(t *testing.T) {
	text := `Ferry fares stay the same

By ANN LEE
The harbour board has left ferry fares
unchanged again, as most passengers had
hoped.
Fares have gone up four times since May
2019 as the board sought to cover the
cost of fuel and of two new boats.
Cafe sales
Sales at the quay cafe fell over the
summer, with the board blaming the fall
on the closed car park.`
	l := Segment(dumpPage("en", text))
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("article %q", joinLines(a.Headline))
		}
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if b := bodyText(a); !strings.Contains(b, "FareshavegoneupfourtimessinceMay2019") {
		t.Errorf("body = %q", b)
	}
	if c := crossheads(a); len(c) != 1 || c[0] != "Cafe sales" {
		t.Errorf("crossheads = %q, want Cafe sales", c)
	}
}

// A crosshead is one line: the short lines of a narrow column under it
// go on with the text, they do not wrap the heading.
func TestCrossheadOneLine(t *testing.T) {
	text := `Parks board plans new rides

By ANN LEE
The parks board will open two new
rides at the river park this summer,
its chairman said on Monday.
Theme parks
Its chairman says
that theme parks
are the future of
the town, but says
the board must keep
prices down.`
	l := Segment(dumpPage("en", text))
	if len(l.Articles) != 1 {
		for _, a := range l.Articles {
			t.Logf("article %q", joinLines(a.Headline))
		}
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if c := crossheads(a); len(c) != 1 || c[0] != "Theme parks" {
		t.Errorf("crossheads = %q, want Theme parks", c)
	}
	if b := bodyText(a); !strings.Contains(b, "Itschairmansaysthatthemeparks") {
		t.Errorf("body = %q", b)
	}
}
