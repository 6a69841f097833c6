package dump

import (
	"strings"
	"testing"
)

// columnStories makes a story of each text, its piece a column of lines
// of about six characters (a fragment per line, as a dump of clean
// columns prints them), and the page's body lines; when sideBySide, every
// third line also carries a fragment of another column.
func columnStories(texts []string, sideBySide bool) (*pageSeg, []*piece, [][]int, []int) {
	cols := make([][]string, len(texts))
	slen := make([]int, len(texts))
	for i, tx := range texts {
		rs := []rune(tx)
		for k := 0; k < len(rs); k += 6 {
			cols[i] = append(cols[i], string(rs[k:min(k+6, len(rs))]))
		}
		slen[i] = len(rs)
	}
	s, ps, stories := columnPieces(cols, sideBySide)
	return s, ps, stories, slen
}

// columnPieces makes a story of each column of lines, its piece a
// fragment per line, and the page's body lines; when sideBySide, every
// third line also carries a fragment of another column.
func columnPieces(cols [][]string, sideBySide bool) (*pageSeg, []*piece, [][]int) {
	s := &pageSeg{zh: true}
	var ps []*piece
	var stories [][]int
	line := 0
	for i, col := range cols {
		p := &piece{first: line, story: i, next: -1, prev: -1}
		for _, tx := range col {
			f := frag{text: tx, line: line, w: width(tx)}
			p.frags = append(p.frags, f)
			p.w = max(p.w, f.w)
			fs := []frag{f}
			if sideBySide && line%3 == 0 {
				fs = append(fs, frag{text: "旁栏文字", line: line, w: 4})
			}
			s.frags = append(s.frags, fs)
			line++
		}
		ps = append(ps, p)
		stories = append(stories, []int{i})
	}
	return s, ps, stories
}

func TestCleanColumns(t *testing.T) {
	long := strings.Repeat("江边的新公园今天开放，市民纷纷前来散步。", 4)
	short := "市民前来散步。"
	for _, c := range []struct {
		name       string
		texts      []string
		sideBySide bool
		want       bool
	}{
		{"long columns one after another", []string{long, long}, false, true},
		{"columns side by side on shared lines", []string{long, long}, true, false},
		{"short pieces", []string{short, short, short}, false, false},
	} {
		s, ps, _, _ := columnStories(c.texts, c.sideBySide)
		if got := s.cleanColumns(ps); got != c.want {
			t.Errorf("%s: cleanColumns = %v, want %v", c.name, got, c.want)
		}
	}
}

// On a dump of clean columns a long headless story goes by its character
// bigrams, which name the harbour, even where its words lean to the other
// article; on a dump whose columns share lines its words decide.
func TestCleanColumnsClusterByBigrams(t *testing.T) {
	harbour := strings.Repeat("滨江港新建的集装箱码头正式投入使用，码头共有泊位六个。", 3)
	tea := strings.Repeat("清明前后，青山县的茶园进入采摘季，茶农们天不亮就上山。", 3)
	story := strings.Repeat("港口负责人说，滨江港码头将继续扩大开放。", 12) // too long for the near-tie rule
	for _, c := range []struct {
		sideBySide bool
		want       string
	}{{false, "a"}, {true, "b"}} {
		// The story's words lean a little to b (clusterBetween).
		if got := clusterBetween(columnStories([]string{harbour, story, tea}, c.sideBySide)); got != c.want {
			t.Errorf("side by side %v: story went to %s, want %s", c.sideBySide, got, c.want)
		}
	}
}
