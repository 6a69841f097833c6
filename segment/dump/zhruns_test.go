package dump

import (
	"strings"
	"testing"
)

// Invented texts: a story about a bridge broken off inside a sentence at
// a column foot, a story about a flower show printed after it, and the
// bridge story's run-on printed after that.
const (
	runOnBridge = "村口那座老石桥年久失修，雨季一来河水上涨，村民出行十分不便。去年秋天，县交通局把修石桥列入民生实事，施工队进村后立即"
	runOnFlower = "本周末，市人民公园举办第十届菊花展，展出各类菊花三百多个品种，吸引了大批市民前来观赏。"
	runOnRest   = "日夜赶工，拆除了年久失修的旧石桥。县交通局说，新桥只用三个月就建成通车，施工队撤出时村民夹道欢送。"
)

// columnLines breaks text into column lines of n characters; a paragraph
// start (indent) prints two characters fewer.
func columnLines(text string, n int, indent bool) []string {
	rs := []rune(text)
	var out []string
	w := n
	if indent {
		w = n - 2
	}
	for len(rs) > 0 {
		k := min(w, len(rs))
		out = append(out, string(rs[:k]))
		rs, w = rs[k:], n
	}
	return out
}

// runOnEnded is a short story with its closing credit.
const runOnEnded = "县里新修的文化广场昨天开放，附近居民纷纷前来散步健身。"

// runOnPage prints the texts as columns apart, each after a blank line,
// and gives the run-on (wrongly) to the flower show's article; with ended,
// a short credited story that the bridge's article holds comes first.
func runOnPage(t *testing.T, rest []string, ended bool) (*pageSeg, []*article, map[string]*article) {
	t.Helper()
	var lines []string
	if ended {
		lines = append(lines, columnLines(runOnEnded, 12, true)...)
		lines = append(lines, "（本报记者 王强）", "")
	}
	lines = append(lines, columnLines(runOnBridge, 12, true)...)
	lines = append(lines, "")
	lines = append(lines, columnLines(runOnFlower, 12, true)...)
	lines = append(lines, "")
	lines = append(lines, rest...)
	s := &pageSeg{zh: true, lines: lines}
	s.classify()
	ps := s.credits(s.pieces())
	n := 3
	if ended {
		n = 4
	}
	if len(ps) != n {
		t.Fatalf("pieces: got %d, want %d", len(ps), n)
	}
	pws := s.pieceWords(ps)
	idf := idfOf(pws)
	stories := make([][]int, len(ps))
	stoks := make([]map[string]float64, len(ps))
	owner := make([]*article, len(ps))
	arts := map[string]*article{"bridge": {g: &group{head: []string{"石桥"}}}, "flower": {g: &group{head: []string{"菊花"}}}}
	for i, p := range ps {
		p.toks = tokensOf(pws[i], idf)
		stories[i], stoks[i] = []int{i}, p.toks
		name := "flower"
		if i < n-2 {
			name = "bridge"
		}
		arts[name].stories = append(arts[name].stories, i)
		owner[i] = arts[name]
	}
	s.zhRunOn(stories, ps, owner, stoks)
	return s, owner[n-1:], arts
}

func TestZhRunOn(t *testing.T) {
	full := columnLines(runOnRest, 12, false)
	cases := []struct {
		name  string
		rest  []string
		ended bool
		want  string // the run-on's article
	}{
		// It starts inside a sentence and shares the bridge's words.
		{"run-on", full, false, "bridge"},
		// Its first line is a paragraph's indented start: no run-on.
		{"paragraph start", columnLines(runOnRest, 12, true), false, "flower"},
		// The article holding the break ended before it, with its
		// closing credit: the break is not its text.
		{"ended before", full, true, "flower"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, owner, arts := runOnPage(t, c.rest, c.ended)
			if owner[0] != arts[c.want] {
				t.Errorf("run-on %q went to %v, want %s", strings.Join(c.rest, ""), owner[0].g.head, c.want)
			}
		})
	}
}

// afterCreditPage prints the whole bridge story (with its closing credit
// when credited), the flower show's story and then more of the flower
// show, which the bridge's article holds; it returns that last story's
// article after afterCredit.
func afterCreditPage(t *testing.T, credited bool) (*article, map[string]*article) {
	t.Helper()
	var lines []string
	lines = append(lines, columnLines(runOnBridge+runOnRest, 12, true)...)
	if credited {
		lines = append(lines, "（本报记者 王强）")
	}
	lines = append(lines, "")
	lines = append(lines, columnLines(runOnFlower, 12, true)...)
	lines = append(lines, "")
	lines = append(lines, columnLines(flowerMore, 12, true)...)
	s := &pageSeg{zh: true, lines: lines}
	s.classify()
	ps := s.credits(s.pieces())
	if len(ps) != 3 {
		t.Fatalf("pieces: got %d, want 3", len(ps))
	}
	pws := s.pieceWords(ps)
	idf := idfOf(pws)
	stories := make([][]int, len(ps))
	stoks := make([]map[string]float64, len(ps))
	for i, p := range ps {
		p.toks = tokensOf(pws[i], idf)
		stories[i], stoks[i] = []int{i}, p.toks
	}
	bridge := &article{g: &group{head: []string{"石桥"}}, stories: []int{0, 2}}
	flower := &article{g: &group{head: []string{"菊花"}}, stories: []int{1}}
	owner := []*article{bridge, flower, bridge}
	s.afterCredit([]*article{bridge, flower}, owner, stories, ps, stoks)
	return owner[2], map[string]*article{"bridge": bridge, "flower": flower}
}

// flowerMore is more of the invented flower show story.
const flowerMore = "菊花展期间，公园还举办了插花比赛和摄影活动，市民们纷纷拍照留念，展览将持续到下月底。"

func TestAfterCredit(t *testing.T) {
	// The bridge story's closing credit ends it: the text printed after
	// it, all about the flower show, goes there.
	if got, arts := afterCreditPage(t, true); got != arts["flower"] {
		t.Errorf("text after the credit stayed with %v, want the flower show's", got.g.head)
	}
	// Without a credit nothing says the bridge story ended.
	if got, arts := afterCreditPage(t, false); got != arts["bridge"] {
		t.Errorf("text went to %v without a credit, want it to stay", got.g.head)
	}
}
