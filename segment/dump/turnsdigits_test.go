package dump

import (
	"strings"
	"testing"
)

// Two columns printed a line at a time in turns, a blank line after each:
// a column line ending in figures ("…累计达到了300" / "多人，…"), whose
// width the dump does not tell exactly, is one more line of its column,
// not a heading.
func TestTurnsLineWithFigures(t *testing.T) {
	left := []string{
		"社区的书画班今年秋季开学，",
		"报名的老人比去年多了不少，",
		"书画班的学员累计达到了300",
		"多人，老师们每周轮流上课，大",
		"家学得认真，作业交得也及时。",
		"书画班还打算明年再开两个班。",
	}
	right := []string{
		"河边的步道去年完成改造，沿",
		"途新栽了两千多棵银杏，每到",
		"傍晚散步的居民络绎不绝",
		"，社区还在步道旁建起了三处",
		"凉亭，供居民歇脚聊天，大家",
		"都说环境比过去好多了。",
	}
	var b strings.Builder
	b.WriteString("社区书画班开学了\n\n本报记者 王小明\n\n")
	for i := range left {
		b.WriteString(left[i] + "\n\n" + right[i] + "\n\n")
	}
	l := Segment(dumpPage("zh", b.String()))
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.Contains(h, "300") {
			t.Errorf("column line taken for a headline: %q", h)
		}
	}
	a := findArticle(t, l, "社区书画班开学了")
	if !strings.Contains(bodyText(a), "书画班的学员累计达到了300") {
		t.Errorf("column line missing from the body: %q", bodyText(a))
	}
}

// A column line whose last word runs on into the second fragment of the
// next dump line ("…入口值" / "…近2000 班工作…") is a column line with the
// neighbouring column's line printed before its continuation, not a
// heading over the chunk.
func TestRunsOnIntoNextRow(t *testing.T) {
	lines := []string{
		"图书馆今年扩建阅览室",
		"",
		"本报记者 李小红",
		"",
		"馆员每天轮流担负2号入口值",
		"新书上架以后，借阅人数比去年 班工作，一到周末来访的读者",
		"增加了三成，馆里准备再添 就排起了长队，馆员们忙得顾",
		"一批书架，方便读者取阅。 不上喝水，却从不叫苦叫累。",
	}
	l := Segment(dumpPage("zh", strings.Join(lines, "\n")))
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.Contains(h, "馆员每天") {
			t.Errorf("column line taken for a headline: %q", h)
		}
	}
}
