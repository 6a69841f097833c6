package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// An advert set among English stories, its slogan in capitals over a few
// short lines that end in a telephone call (blank lines inside its box),
// or whose block gives a discount, is an advert block: not an article
// headed by its slogan, nor text of the story around it.
func TestEnglishAdvertBlock(t *testing.T) {
	text := `Harbour dredging to begin in spring
By Tom Reeve

Work to deepen the old harbour will
begin in the spring, the port board
said on Tuesday, after two years of
delay over the cost of the scheme.

JOIN THE CREW
Van drivers needed

for early starts.
Call 0800 555 019

The board said larger ferries would
be able to dock once the work ends.

Orchard growers fear frost
By Jane Moss

Fruit growers in the valley fear that
a late frost could damage this year's
apple blossom, the growers' union
warned yesterday.

SPRING CLEARANCE
Save 30% off garden tools
Market Street, open daily 9am to 5pm

Owners have set out heaters among
the trees to keep the frost away.`
	l := Segment(dumpPage("en", text))
	harbour := findArticle(t, l, "Harbour dredging to begin in spring")
	if b := bodyText(harbour); !strings.Contains(b, "largerferries") {
		t.Errorf("harbour story lost its text after the advert: %q", b)
	}
	orchard := findArticle(t, l, "Orchard growers fear frost")
	if b := bodyText(orchard); !strings.Contains(b, "heaters") {
		t.Errorf("orchard story lost its text after the advert: %q", b)
	}
	for _, a := range l.Articles {
		h, b := joinLines(a.Headline), bodyText(a)
		for _, ad := range []string{"CREW", "0800", "drivers", "CLEARANCE", "gardentools"} {
			if strings.Contains(h, ad) || strings.Contains(b, ad) {
				t.Errorf("advert text %q in article %q: %q", ad, h, b)
			}
		}
	}
	var ads []string
	for _, b := range l.Blocks {
		if b.Kind == segment.Advert {
			ads = append(ads, joinLines(b.Lines))
		}
	}
	want := []string{"JOIN THE CREWVan drivers neededfor early starts.Call 0800 555 019", "SPRING CLEARANCESave 30% off garden toolsMarket Street, open daily 9am to 5pm"}
	if strings.Join(ads, "|") != strings.Join(want, "|") {
		t.Errorf("adverts = %q, want %q", ads, want)
	}
}

// A telephone call or a shop's opening hours on a line of its own, the
// rest of its advert printed elsewhere, is no headline.
func TestEnglishAdvertLineAlone(t *testing.T) {
	for _, ad := range []string{"Call 0800 555 019", "Open daily 9am to 5pm"} {
		text := `Harbour dredging to begin in spring
By Tom Reeve

Work to deepen the old harbour will
begin in the spring, the port board
said on Tuesday.

` + ad + `

The board said larger ferries would
be able to dock once the work ends.`
		l := Segment(dumpPage("en", text))
		if len(l.Articles) != 1 {
			t.Fatalf("%q: %d articles, want 1", ad, len(l.Articles))
		}
		if b := bodyText(l.Articles[0]); strings.Contains(b, strings.ReplaceAll(ad, " ", "")) || !strings.Contains(b, "largerferries") {
			t.Errorf("%q: body = %q", ad, b)
		}
	}
}

// A credit line cut short ("By Jane Moss and", "By Jane Moss, Staff"), its
// end printed rows away among interleaved columns, is a credit, not a
// headline; a line of text that starts with "By" runs on in lower case.
func TestEnglishCutCredit(t *testing.T) {
	for _, c := range []struct{ line, author string }{
		{"By Jane Moss and", "Jane Moss"},
		{"By Jane Moss, Staff", "Jane Moss"},
		{"By Jane Moss and Tom", "Jane Moss"},
	} {
		s := &pageSeg{lines: []string{c.line, "", "Fruit growers"}, chunk: []int{0, -1, 1}}
		_, a, ok := s.cutCredit(0, c.line)
		if !ok || len(a) == 0 || a[0].Name != c.author {
			t.Errorf("cutCredit(%q) = %v %v, want %s", c.line, a, ok, c.author)
		}
	}
	for _, c := range [][]string{
		{"By Monday Mr Brown and", "his aides had left."},
		{"By all accounts, the", "scheme is late."},
		{"By Jane Moss", "Fruit growers"},
	} {
		s := &pageSeg{lines: c, chunk: []int{0, 0}}
		if b, _, ok := s.cutCredit(0, c[0]); ok {
			t.Errorf("cutCredit(%q over %q) = %q, want none", c[0], c[1], b)
		}
	}
}
