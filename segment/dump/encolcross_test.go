package dump

import (
	"slices"
	"strings"
	"testing"
)

// A short heading of three words set inside a column (body lines of its
// block right above and below it, the one above ending a sentence) is a
// crosshead: its text goes on with the column above. Printed apart from
// that text, after a blank line, the same line heads a story of its own.
func TestCrossheadInsideColumn(t *testing.T) {
	const above = `Mill to become museum
By Anna Kerr

The old mill by the river will
become a museum next year, the
town council said on Monday.
Builders will start work in March
and the doors should open in the
autumn, when the first rooms are
painted and the roof is mended.
`
	const below = `Volunteers kept watch
Local volunteers have looked after
the mill for twenty years and kept
its wheel turning for visitors on
summer weekends, the council said.
They will now show guests around.

Ferry fares rise again
By Tom Reed, Staff Writer

Ferry fares to the island will go
up by a tenth from next month, the
operator said, blaming the cost of
fuel and new safety rules at sea.`
	for _, c := range []struct {
		name  string
		text  string
		cross bool
	}{
		{"inside the column", above + below, true},
		{"after a blank line", above + "\n" + below, false},
	} {
		l := Segment(dumpPage("en", c.text))
		headed, together := false, false
		for _, a := range l.Articles {
			if joinLines(a.Headline) == "Volunteers kept watch" {
				headed = true
			}
			var body []string
			for _, f := range a.Body {
				body = append(body, joinLines(f.Lines))
			}
			all := strings.Join(body, " ")
			if strings.Contains(all, "old mill by the river") && strings.Contains(all, "twenty years") {
				together = true
			}
		}
		if headed == c.cross || together != c.cross {
			t.Errorf("%s: crosshead heads an article %v, its text with the mill's %v", c.name, headed, together)
		}
	}
}

// The column above a crosshead set inside it may belong to an article
// whose headline the dump printed where no heading could claim it (an
// untitled article): the crosshead's text still goes on with it. A bare
// heading printed apart from that column, after a blank line, keeps its
// text: an untitled article takes in only a crosshead set inside it.
func TestCrossheadInsideUntitledColumn(t *testing.T) {
	const above = `The old mill by the river will
become a museum next year, the
town council said on Monday.
`
	const below = `Local volunteers have looked after
the mill for twenty years and kept
its wheel turning for visitors.`
	for _, c := range []struct {
		name, text, head string
		cross            bool
	}{
		{"inside the column", above + "Volunteers kept watch\n" + below, "Volunteers kept watch", true},
		{"after a blank line", above + "\nFresh delay\n" + below, "Fresh delay", false},
	} {
		s := &pageSeg{lines: strings.Split(c.text, "\n")}
		s.classify()
		ps := s.credits(s.pieces())
		stories := s.stories(ps)
		stoks := make([]map[string]float64, len(stories))
		line := slices.Index(s.lines, c.head)
		untitled, headed := &article{}, &article{g: &group{head: []string{c.head}, line: line, end: line}}
		for i, st := range stories {
			stoks[i] = map[string]float64{}
			if ps[st[0]].first < line {
				untitled.stories = append(untitled.stories, i)
			} else {
				headed.stories = append(headed.stories, i)
			}
		}
		if len(untitled.stories) == 0 || len(headed.stories) == 0 {
			t.Fatalf("%s: pieces %d, stories %v: want text above and below the heading", c.name, len(ps), stories)
		}
		out := s.crossheads([]*article{untitled, headed}, stoks, ps, stories, nil)
		if together := len(out) == 1 && out[0] == untitled && len(untitled.stories) == len(stories); together != c.cross {
			t.Errorf("%s: %d articles, the untitled one with %d of %d stories; want all its %v", c.name, len(out), len(untitled.stories), len(stories), c.cross)
		}
	}
}
