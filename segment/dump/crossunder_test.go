package dump

import (
	"slices"
	"strings"
	"testing"
)

// underHeadline sets up a page of text as assembleFrom does and returns
// it with its pieces, stories and the stories of the pieces starting at
// or after line from.
func underHeadline(t *testing.T, text string, from int) (*pageSeg, []*piece, [][]int, []int) {
	t.Helper()
	s := &pageSeg{zh: true, lines: strings.Split(text, "\n")}
	s.classify()
	ps := s.credits(s.pieces())
	idf := idfOf(s.pieceWords(ps))
	for _, p := range ps {
		p.toks = s.tokens(p.text(), idf)
	}
	stories := s.stories(ps)
	s.starts = map[int]bool{}
	for _, p := range ps {
		s.starts[p.frags[0].line] = true
	}
	var own []int
	for i, st := range stories {
		if ps[st[0]].first >= from {
			own = append(own, i)
		}
	}
	return s, ps, stories, own
}

// A bare short heading over the text of an article whose headline has
// other text printed right under it (the dump ran it elsewhere): the
// heading heads the text under it, a crosshead, not the article's
// overline; it is one where nothing stands between.
func TestCrossheadBelowTextUnderHeadline(t *testing.T) {
	const under = "码头的建成，标志着滨江港迈入了\n集装箱运输的新时代，成为区域物流\n发展的重要标志。\n\n"
	const text = "滨江港新码头投用\n\n" + under + `建设者说
施工期间，码头建设者们克
服了台风、暴雨等不利天气，日夜奋
战在工地上，码头提前建成。`
	for _, c := range []struct {
		name, text string
		cross      bool
	}{
		{"text between", text, true},
		{"nothing between", strings.Replace(text, under, "", 1), false},
	} {
		at := slices.Index(strings.Split(c.text, "\n"), "建设者说")
		s, ps, stories, own := underHeadline(t, c.text, at+1)
		a := &article{g: &group{head: []string{"滨江港新码头投用"}, line: 0, end: 0}, stories: own,
			cross: []*group{{head: []string{"建设者说"}, line: at, end: at}}}
		out := s.article(a, ps, stories, nil)
		var heads []string
		for _, f := range out.Body {
			if f.Standalone {
				heads = append(heads, joinLines(f.Lines))
			}
		}
		if got := slices.Contains(heads, "建设者说"); got != c.cross {
			t.Errorf("%s: crossheads %q, kicker %q", c.name, heads, joinLines(out.Kicker))
		}
		if !c.cross && joinLines(out.Kicker) != "建设者说" {
			t.Errorf("%s: kicker %q, want the label", c.name, joinLines(out.Kicker))
		}
	}
}

// A bare short heading left without text, right above text of an article
// credited in its text (a credit line of its own over another of its
// columns), not on its heading: one of its crossheads. Above an uncredited
// article's text it is none.
func TestCrossheadOfArticleCreditedInText(t *testing.T) {
	for _, credit := range []string{"记者 王小明", ""} {
		ps := []*piece{
			{frags: []frag{{text: "施工期间，码头建设者们克服了台风、暴雨等不利天气。", line: 6}}, first: 6, next: -1, prev: -1},
			{frags: []frag{{text: "近日，滨江港新建的集装箱码头正式投入使用。", line: 30}}, first: 30, credit: credit, next: -1, prev: -1},
		}
		stories := [][]int{{0}, {1}}
		a := &article{g: &group{head: []string{"滨江港新码头投用"}}, stories: []int{0, 1}}
		s := &pageSeg{zh: true}
		g := &group{head: []string{"建设者说"}, line: 5, end: 5}
		if got := s.crossheadOf(g, nil, []*article{a}, ps, stories); (got == a) != (credit != "") {
			t.Errorf("credit %q: crossheadOf = %v", credit, got)
		}
	}
}
