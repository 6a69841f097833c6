package dump

import (
	"slices"
	"strings"
	"testing"
)

// Narrow columns: a headline wrapped once opens a chunk after a story that
// ended a sentence (both lines free of punctuation but book-title marks,
// or together two phrases parted by a comma; the second short of the
// column), or heads a run-in credit whose dateline wraps ("本报西宁3月
// 5" / "日电 …"). Either starts an article of its own; before, both ran on
// as text of the article above.
func TestNarrowColumnHeadlines(t *testing.T) {
	for _, c := range []struct{ name, dump, head, opens string }{
		{"pair after a sentence end", `第2版

` + zhSchoolTop + `享受优质教育资源。

全省农村公路网
建设再上台阶
` + zhRoadStory + `
（本报记者 李明）`, "全省农村公路网建设再上台阶", "今年以来"},
		{"pair with a book title", `第2版

` + zhSchoolTop + `享受优质教育资源。

《公路养护手
册》出版发行
` + zhRoadStory + `
（本报记者 李明）`, "《公路养护手册》出版发行", "今年以来"},
		{"pair of two phrases", `第2版

` + zhSchoolTop + `享受优质教育资源。

护山林，他
从不言退
` + zhRoadStory + `
（本报记者 李明）`, "护山林，他从不言退", "今年以来"},
		{"over a wrapped dateline", `第2版

` + zhSchoolTop + `享受优质教育资源。

全省农村公路网络
建设迈出新步伐
本报西宁3月5
日电 （记者李明）
` + zhRoadStory, "全省农村公路网络建设迈出新步伐", "本报西宁3月5日电"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", c.dump))
			if len(l.Articles) != 2 {
				t.Fatalf("%d articles, want 2", len(l.Articles))
			}
			a := l.Articles[1]
			if h := joinLines(a.Headline); h != c.head {
				t.Errorf("headline %q, want %q", h, c.head)
			}
			if b := bodyText(a); !strings.HasPrefix(b, c.opens) {
				t.Errorf("body %q", b)
			}
			if b := bodyText(l.Articles[0]); strings.Contains(b, "公路") {
				t.Errorf("first article runs on: %q", b)
			}
		})
	}
}

// After a paragraph broken off mid-sentence, a pair of short lines opens
// an article only when a deck (a bracketed column label), a credit or a
// run-in credit signs it; unsigned, it may be a crosshead of the story
// that runs on.
func TestSignedPair(t *testing.T) {
	const signed = `第2版

` + zhSchoolTop + `享受优质教育资源，

全省农村公路
养护巡礼
出行更方便（观察）
` + zhRoadStory + `
（本报记者 李明）`
	unsigned := strings.Replace(signed, "出行更方便（观察）\n", "", 1)
	for _, c := range []struct {
		name, dump string
		want       bool
	}{{"signed", signed, true}, {"unsigned", unsigned, false}} {
		s := &pageSeg{zh: true, lines: strings.Split(c.dump, "\n")}
		s.classify()
		i := slices.Index(s.lines, "全省农村公路")
		if got := s.pairOpensChunk(i, s.chunk[i]); got != c.want {
			t.Errorf("%s: pairOpensChunk %v, want %v", c.name, got, c.want)
		}
	}
}

// A book title in a headline wrapped once closes on the second line; one
// left open runs on into the text below, as running text does.
func TestPairBookTitle(t *testing.T) {
	for _, c := range []struct {
		second string
		want   bool
	}{{"册》出版发行", true}, {"册出版发行", false}} {
		dump := "第2版\n\n" + zhSchoolTop + "享受优质教育资源。\n\n《公路养护手\n" + c.second + "\n" + zhRoadStory
		s := &pageSeg{zh: true, lines: strings.Split(dump, "\n")}
		s.classify()
		i := slices.Index(s.lines, "《公路养护手")
		if got := s.pairOpensChunk(i, s.chunk[i]); got != c.want {
			t.Errorf("%q over %q: pairOpensChunk %v, want %v", "《公路养护手", c.second, got, c.want)
		}
	}
}
