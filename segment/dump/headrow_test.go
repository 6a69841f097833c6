package dump

import "testing"

// Under a headline its columns start together: the first opens the
// article with an indented line, the one beside it runs on from that
// first column. A column above the headline that ends mid-sentence does
// not run on into the one beside the opening, however alike their words;
// where the row's first column runs on as well, the headline was printed
// amid running columns and the link stands.
func TestNoLinkBesideHeadOpening(t *testing.T) {
	const full = 12
	line := func(n int, r rune) string {
		b := make([]rune, n)
		for i := range b {
			b[i] = r + rune(i)
		}
		return string(b)
	}
	link := func(firstOpens bool) bool {
		firstW := full
		if firstOpens {
			firstW = full - 2 // a paragraph's first line, indented two ems
		}
		// Lines 0-1: a column above the headline, running on; line 3: the
		// headline; lines 5-7: two columns under it.
		rows := [][]string{
			{line(full, '甲')},
			{line(full, '乙')},
			nil,
			nil,
			nil,
			{line(firstW, '丙'), line(full, '丁')},
			{line(full, '戊'), line(full, '己')},
			{line(full, '庚'), line(full, '辛')},
		}
		s := &pageSeg{zh: true, frags: make([][]frag, len(rows)), lines: make([]string, len(rows))}
		for i, r := range rows {
			for _, x := range r {
				s.frags[i] = append(s.frags[i], frag{text: x, line: i, w: width(x)})
			}
		}
		s.items = []item{{kind: kHeading, text: "标题", line: 3}}
		column := func(col, from, to int, toks map[string]float64) *piece {
			p := &piece{next: -1, prev: -1, leadLine: -1, first: from, toks: toks}
			for l := from; l <= to; l++ {
				p.frags = append(p.frags, s.frags[l][col])
			}
			p.w = fragsMax(p.frags)
			return p
		}
		shared := map[string]float64{"同词": 1}
		ps := []*piece{
			column(0, 0, 1, shared),
			column(0, 5, 7, map[string]float64{"别词": 1}),
			column(1, 5, 7, shared),
		}
		s.link(ps)
		return ps[0].next == 2
	}
	if link(true) {
		t.Error("a column above the headline linked to the column beside the opening under it")
	}
	if !link(false) {
		t.Error("the row under the headline runs on in its first column too: want the link kept")
	}
}
