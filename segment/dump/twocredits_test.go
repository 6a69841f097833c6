package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// A credit printed on a line of its own over a text, after another
// article's text under a bare crosshead, starts an article: the text under
// it does not join the article above, and its credit is kept.
func TestCreditOverTextStartsArticle(t *testing.T) {
	const text = `Harbour cranes return to work

By PETRA QUILLFEN

Dock workers returned to the cranes on
Monday after the long repair of the old
quay ended, and the harbour board said
that ships would berth there again by
the end of the week. The cranes had
stood idle since the spring storms.

Quay repairs

The repairs to the quay cost the board
more than it had planned, as divers found
more damage under the waterline than the
first survey had shown. The board said
the quay would now last another thirty
years without further work on its piles.

By ORLANDO VESTRICK

The village choir sang its last concert
of the season in the chapel on Sunday,
and the conductor thanked the singers
for a year of hard rehearsal. Tickets
for the autumn season go on sale soon.
The choir will tour the valley towns
next summer with a programme of hymns.`
	l := Segment(dumpPage("en", text))
	var choir *segment.Article
	for x, a := range l.Articles {
		body := bodyText(a)
		if strings.Contains(joinLines(a.Headline), "Harbour") && strings.Contains(body, "choir") {
			t.Errorf("the choir's text joined the harbour article: %q", body)
		}
		if strings.Contains(a.Byline, "ORLANDO VESTRICK") {
			choir = &l.Articles[x]
		}
	}
	if choir == nil || !strings.Contains(bodyText(*choir), "villagechoir") {
		t.Errorf("no article credited to ORLANDO VESTRICK holds the choir's text: %v", l.Articles)
	}
}

// twoCredits' pieces: a harbour article holding its own text and, printed
// after it, a text under another writer's credit.
func twoCreditStories(choir string) ([]*piece, [][]int, []int, []map[string]float64) {
	ps, stories, slen := textStories([]string{
		"Dock workers returned to the cranes on the harbour quay.",
		choir,
		"The chapel choir sang hymns for the village.",
	})
	ps[1].credit, ps[1].authors = "By ORLANDO VESTRICK", []segment.Author{{Name: "ORLANDO VESTRICK"}}
	for i := range slen {
		slen[i] = 300 // each an article's text, no scrap
	}
	stoks := []map[string]float64{
		{"dock": 1, "cranes": 1, "harbour": 1, "quay": 1},
		{"choir": 1, "hymns": 1, "chapel": 1},
		{"chapel": 1, "choir": 1, "hymns": 1, "village": 1},
	}
	return ps, stories, slen, stoks
}

// The text split off under its own credit goes to the uncredited article
// whose words it shares (uncreditedLike): the credit its headline lacks.
func TestSplitCreditJoinsUncreditedLike(t *testing.T) {
	ps, stories, slen, stoks := twoCreditStories("The choir sang its last hymns in the chapel.")
	harbour := &article{g: &group{head: []string{"Harbour"}, byline: "By PETRA QUILLFEN", authors: []segment.Author{{Name: "PETRA QUILLFEN"}}}, stories: []int{0, 1}}
	chapel := &article{g: &group{head: []string{"Chapel"}}, stories: []int{2}}
	s := &pageSeg{}
	arts := s.twoCredits([]*article{harbour, chapel}, ps, stories, slen, stoks)
	if len(arts) != 2 || len(harbour.stories) != 1 || len(chapel.stories) != 2 {
		t.Errorf("got %d articles, harbour stories %v, chapel stories %v; want the credited text with the chapel's", len(arts), harbour.stories, chapel.stories)
	}
}

// A credited text that breaks off inside a sentence, its run-on not among
// the text split off, is not split: its run-on is elsewhere, and the split
// would leave two halves.
func TestBrokenCreditedTextStays(t *testing.T) {
	ps, stories, slen, stoks := twoCreditStories("The choir sang its last hymns in the")
	harbour := &article{g: &group{head: []string{"Harbour"}, byline: "By PETRA QUILLFEN", authors: []segment.Author{{Name: "PETRA QUILLFEN"}}}, stories: []int{0, 1}}
	s := &pageSeg{}
	arts := s.twoCredits([]*article{harbour}, ps, stories, slen, stoks)
	if len(arts) != 1 || len(harbour.stories) != 2 {
		t.Errorf("got %d articles, harbour stories %v; want the broken text left in place", len(arts), harbour.stories)
	}
}
