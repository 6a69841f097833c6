package dump

import (
	"slices"
	"testing"
)

// authorsByHead maps each article's headline to its authors' names.
func authorsByHead(text string) map[string][]string {
	l := Segment(dumpPage("zh", text))
	byHead := map[string][]string{}
	for _, a := range l.Articles {
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		byHead[joinLines(a.Headline)] = names
	}
	return byHead
}

// A credit printed apart under the text that follows a heading, with a
// column starting right under it, heads that column: the article whose
// text it is takes it, not the heading above.
func TestCreditOverTextBelowIt(t *testing.T) {
	const text = `港口新建集装箱码头投入使用

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。

本报记者 李四

滨江港新建的集装箱码头正式投入使
用。码头共有泊位六个，年吞吐能力
达到一百万标准箱，港口货物运输效
率大幅提升，集装箱码头作业时间缩
短三成。`
	byHead := authorsByHead(text)
	if got := byHead["港口新建集装箱码头投入使用"]; !slices.Equal(got, []string{"李四"}) {
		t.Errorf("harbour article's authors %q, want [李四] (all: %q)", got, byHead)
	}
	if got := byHead["山区茶农春茶采摘忙"]; len(got) != 0 {
		t.Errorf("tea article's authors %q, want none", got)
	}
}

// An editor's note is signed by no reporter: a credit printed over one
// heads the column that starts under the note's block.
func TestCreditOverNoteHeadsColumnBeside(t *testing.T) {
	const text = `港口新建集装箱码头投入使用

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶。

本报记者 李四

编者按：港口是城市发展的窗口，本
版今起推出系列报道，讲述港口建设
者的故事，敬请关注。

滨江港新建的集装箱码头正式投入使
用。码头共有泊位六个，年吞吐能力
达到一百万标准箱，港口货物运输效
率大幅提升，集装箱码头作业时间缩
短三成。`
	l := Segment(dumpPage("zh", text))
	found := false
	for _, a := range l.Articles {
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		h := joinLines(a.Headline)
		switch {
		case h == "港口新建集装箱码头投入使用":
			found = true
			if !slices.Equal(names, []string{"李四"}) {
				t.Errorf("harbour article's authors %q, want [李四]", names)
			}
		case len(names) > 0:
			t.Errorf("article %q credited %q, want no authors", h, names)
		}
	}
	if !found {
		t.Errorf("no harbour article in %+v", l.Articles)
	}
}
