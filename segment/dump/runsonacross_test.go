package dump

import (
	"strings"
	"testing"
)

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
		s.frags = make([][]frag, len(lines))
		for _, p := range ps {
			for _, f := range p.frags {
				s.frags[f.line] = []frag{f}
			}
		}
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

// On a page: a story's column breaks off inside a sentence on a full line,
// a heading follows after a blank line, and the full line right under the
// heading goes on with that sentence, its column sharing a word (读者) with
// the column above. The text under the heading is not the heading's: it
// runs on across it, and the story keeps all of it, down to the line after
// the next blank. (Without the run-on check the heading claims the column
// under it; the page then ends with the heading and that line left over as
// scraps.)
func TestRunsOnAcrossHeadingOnPage(t *testing.T) {
	dump := "乡村图书室成了孩子的乐园\n\n" +
		"“乡村图书室要把读者放在心上，\n" +
		"管理员周大勇告诉记者：“我们准备\n\n" + // full, breaking off
		"河口新建渡船码头投入使用\n" +
		"配齐一批绘本，让读者由此爱上阅读\n" + // full, going on
		"站长高兴地说：“我们还会送来一批\n\n" +
		"新书，让图书室的书架更加充实起来\n"
	runsOnAcrossPage(t, dump, "我们准备配齐一批绘本", "让读者由此爱上阅读", "书架更加充实起来")
}

// runsOnAcrossPage segments the dump and checks that the story headed
// 乡村图书室成了孩子的乐园 runs on across the heading 河口新建渡船码头投入使用
// with each of wants, and that the heading took none of its text (读者).
func runsOnAcrossPage(t *testing.T, dump string, wants ...string) {
	t.Helper()
	l := Segment(dumpPage("zh", dump))
	b := bodyText(findArticle(t, l, "乡村图书室成了孩子的乐园"))
	for _, want := range wants {
		if !strings.Contains(b, want) {
			t.Errorf("story body = %q, want it to run on across the heading with %q", b, want)
		}
	}
	for _, a := range l.Articles {
		if joinLines(a.Headline) == "河口新建渡船码头投入使用" && strings.Contains(bodyText(a), "读者") {
			t.Errorf("the heading took the text running on under it: %q", bodyText(a))
		}
	}
}

// As TestRunsOnAcrossHeadingOnPage, with the heading's dash kicker and its
// credit printed between the column breaking off and the heading: they are
// heading lines, not body text, so the column above still ends right over
// the heading block and the sentence runs on across it.
func TestRunsOnAcrossKickerAndCredit(t *testing.T) {
	dump := "乡村图书室成了孩子的乐园\n\n" +
		"“乡村图书室要把读者放在心上，\n" +
		"管理员周大勇告诉记者：“我们准备\n\n" + // full, breaking off
		"渡口迎来新变化——\n\n" +
		"本报记者 林小川\n\n" +
		"河口新建渡船码头投入使用\n" +
		"配齐一批绘本，让读者由此爱上阅读\n" + // full, going on
		"站长高兴地说：“我们还会送来一批\n\n" +
		"新书，让图书室的书架更加充实起来\n"
	runsOnAcrossPage(t, dump, "我们准备配齐一批绘本", "让读者由此爱上阅读")
}
