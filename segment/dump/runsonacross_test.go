package dump

import "testing"

// A column breaking off inside a sentence on a full line, a heading under
// it, and under the heading a column whose full first line goes on with
// that sentence: the heading does not interrupt the sentence, so the text
// under it runs on across it. A column ending a sentence above, an indented
// paragraph start under, or columns sharing no words do not.
func TestRunsOnAcrossHeading(t *testing.T) {
	const (
		full  = "园里的花木由本地苗圃培" // eleven ems, running on
		ended = "园里的花木长得特别好。"
		start = "园里的花木很美。" // an indented paragraph's first line
	)
	build := func(aboveLast, underFirst string, shared bool) bool {
		above := []string{full, full, aboveLast}
		under := []string{underFirst, full, full}
		lines := append(append(append([]string{}, above...), "", "跨江大桥今日通车", ""), under...)
		s := &pageSeg{zh: true, lines: lines}
		for i, l := range lines {
			s.chunk = append(s.chunk, i)
			if l == "" {
				s.chunk[i] = -1
			}
		}
		column := func(first int, texts []string) *piece {
			p := &piece{first: first, next: -1, prev: -1}
			for k, tx := range texts {
				f := frag{text: tx, line: first + k, w: width(tx)}
				p.frags = append(p.frags, f)
				p.w = max(p.w, f.w)
			}
			return p
		}
		ps := []*piece{column(0, above), column(6, under)}
		stories := [][]int{{0}, {1}}
		stoks := []map[string]float64{{"花木": 1, "苗圃": 1}, {"花木": 1, "游人": 1}}
		if !shared {
			stoks[1] = map[string]float64{"游人": 1}
		}
		g := &group{head: []string{"跨江大桥今日通车"}, line: 4, end: 4}
		return s.runsOnAcross(g, 1, ps[1], stories, ps, stoks)
	}
	if !build(full, full, true) {
		t.Error("a full line under the heading going on from a full line breaking off above: want a run-on across the heading")
	}
	if build(ended, full, true) {
		t.Error("the column above ends a sentence: want no run-on")
	}
	if build(full, start, true) {
		t.Error("an indented paragraph start under the heading: want no run-on")
	}
	if build(full, full, false) {
		t.Error("columns sharing no words: want no run-on")
	}
}
