package dump

import "testing"

// enUnit is a unit of an English dump, lines from to to, linked to none.
func enUnit(lines []string, from, to int) *piece {
	p := &piece{first: from, next: -1, prev: -1, leadLine: -1}
	for i := from; i <= to; i++ {
		p.frags = append(p.frags, frag{text: lines[i], line: i, w: width(lines[i])})
	}
	return p
}

// A headline printed alone over text that the best path gives to the
// article above it (the text runs on in lower case from that article's
// column) is left without text; enAssign then forces a unit on it. A
// paragraph of the article above, printed before the headline, that
// carries one of its five words (less than lateClaim) and hardly any of
// its text is no such unit: it stays with its own article.
func TestForcedClaimSkipsWeakTextAbove(t *testing.T) {
	lines := []string{
		"Harbour dredging to begin", // 0: first headline
		"Dredging of the harbour starts", "in May, the board said.",
		"Larger ferries will then dock", "at the quay all year round.",
		"Work pauses during a hard frost,", "the engineers told the board.", // 5-6: the weak paragraph
		"",
		"Orchard growers count frost losses", // 8: second headline
		"and the ferries dock at the harbour", "quay once the dredging ends.",
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 1, 1, 1, 1, 1, 1, -1, 2, 3, 3}}
	ps := []*piece{enUnit(lines, 1, 2), enUnit(lines, 3, 4), enUnit(lines, 5, 6), enUnit(lines, 9, 10)}
	stories := [][]int{{0}, {1}, {2}, {3}}
	stoks := []map[string]float64{
		wordSet("dredging", "harbour", "starts", "may", "board"),
		wordSet("larger", "ferries", "dock", "quay", "year"),
		wordSet("work", "pauses", "hard", "frost", "engineers", "board"),
		wordSet("ferries", "dock", "harbour", "quay", "dredging", "ends"),
	}
	harbour := &group{head: []string{lines[0]}, line: 0, end: 0, toks: wordSet("harbour", "dredging", "begin")}
	orchard := &group{head: []string{lines[8]}, byline: "By Ann Reed", line: 8, end: 8,
		toks: wordSet("orchard", "growers", "count", "frost", "losses")}
	byGroup := map[*group]*article{}
	owner := make([]*article, len(stories))
	var arts []*article
	s.enAssign(ps, stories, stoks, []*group{harbour, orchard}, byGroup, owner, &arts)
	for _, i := range []int{2, 3} {
		if owner[i] == nil || owner[i].g != harbour {
			t.Errorf("story %d (%q) went to %+v, want the harbour article", i, ps[i].frags[0].text, owner[i])
		}
	}
}

// wordSet is a story's or a heading's words, each of weight 1.
func wordSet(ws ...string) map[string]float64 {
	m := map[string]float64{}
	for _, w := range ws {
		m[w] = 1
	}
	return m
}

// A heading that keeps one content word ("Can we cope?": "cope") is
// carried whole by any text using that word. A paragraph of the article
// above, printed after the short heading's own text, that uses the word
// stays with the article whose text it resembles.
func TestOneWordHeadingClaimsNoText(t *testing.T) {
	lines := []string{
		"Harbour dredging to begin", // 0: first headline
		"Dredging of the harbour starts", "in May, the board said.",
		"",
		"Can we cope?", // 4: the one-word heading
		"Nurses on night wards ask", "for more staff this winter.",
		"",
		"Harbour pilots expect to cope with", "larger ferries once dredging ends.", // 8-9
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 1, 1, -1, 2, 3, 3, -1, 4, 4}}
	ps := []*piece{enUnit(lines, 1, 2), enUnit(lines, 5, 6), enUnit(lines, 8, 9)}
	stories := [][]int{{0}, {1}, {2}}
	stoks := []map[string]float64{
		wordSet("dredging", "harbour", "starts", "board"),
		wordSet("nurses", "night", "wards", "staff", "winter"),
		wordSet("harbour", "pilots", "expect", "cope", "larger", "ferries", "dredging", "ends"),
	}
	harbour := &group{head: []string{lines[0]}, line: 0, end: 0, toks: wordSet("harbour", "dredging", "begin")}
	cope := &group{head: []string{lines[4]}, line: 4, end: 4, toks: wordSet("cope")}
	byGroup := map[*group]*article{}
	owner := make([]*article, len(stories))
	var arts []*article
	s.enAssign(ps, stories, stoks, []*group{harbour, cope}, byGroup, owner, &arts)
	want := []*group{harbour, cope, harbour}
	for i, g := range want {
		if owner[i] == nil || owner[i].g != g {
			t.Errorf("story %d (%q) went to %+v, want the article of %q", i, ps[i].frags[0].text, owner[i], g.head[0])
		}
	}
}

// A column label printed apart ("SPECIAL REPORT", alone in its block)
// names a kind of story, not its subject: a later paragraph using its
// words stays with the headline whose text it continues, and the label,
// left without text, is given none.
func TestLabelApartClaimsNoText(t *testing.T) {
	lines := []string{
		"Ferry fares to rise in spring", // 0
		"Ferry fares will rise by a", "tenth in April, operators said.",
		"",
		"WEEKEND ANALYSIS", // 4: the label, its headline printed elsewhere
		"",
		"Schools face county audit", // 6
		"Inspectors will audit every", "school in the county this year.",
		"",
		"A weekend analysis by the inspectors", "is due in the autumn, the county said.", // 10-11
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 1, 1, -1, 2, -1, 3, 4, 4, -1, 5, 5}}
	ps := []*piece{enUnit(lines, 1, 2), enUnit(lines, 7, 8), enUnit(lines, 10, 11)}
	stories := [][]int{{0}, {1}, {2}}
	stoks := []map[string]float64{
		wordSet("ferry", "fares", "rise", "tenth", "april", "operators"),
		wordSet("inspectors", "audit", "school", "county", "year"),
		wordSet("weekend", "analysis", "inspectors", "due", "autumn", "county"),
	}
	ferry := &group{head: []string{lines[0]}, line: 0, end: 0, toks: wordSet("ferry", "fares", "rise", "spring")}
	label := &group{head: []string{lines[4]}, line: 4, end: 4, toks: wordSet("weekend", "analysis")}
	schools := &group{head: []string{lines[6]}, line: 6, end: 6, toks: wordSet("schools", "county", "audit")}
	owner := make([]*article, len(stories))
	var arts []*article
	s.enAssign(ps, stories, stoks, []*group{ferry, label, schools}, map[*group]*article{}, owner, &arts)
	for i, g := range []*group{ferry, schools, schools} {
		if owner[i] == nil || owner[i].g != g {
			t.Errorf("story %d (%q) went to %+v, want the article of %q", i, ps[i].frags[0].text, owner[i], g.head[0])
		}
	}
}
