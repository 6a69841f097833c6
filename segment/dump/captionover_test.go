package dump

import (
	"newsprint/segment"
	"strings"
	"testing"
)

// checkCaptionWith asserts that the one caption, holding word, is given to
// the article whose headline starts with head and stays out of all bodies.
func checkCaptionWith(t *testing.T, l segment.Layout, head, word string) {
	t.Helper()
	n := 0
	for _, a := range l.Articles {
		for _, c := range a.Captions {
			n++
			if !strings.Contains(joinLines(c), word) {
				t.Errorf("caption %q, want the one with %q", joinLines(c), word)
			}
			if !strings.HasPrefix(joinLines(a.Headline), head) {
				t.Errorf("caption with %q, want the article headed %q", joinLines(a.Headline), head)
			}
		}
		if strings.Contains(bodyText(a), word) {
			t.Errorf("body of %q keeps the caption: %q", joinLines(a.Headline), bodyText(a))
		}
	}
	if n != 1 {
		t.Errorf("%d captions, want 1", n)
	}
}

// A Chinese caption in a column of its own is printed over the text under
// its photo: the column text starting right under it is its article's,
// even when that article began above and another article's text starts a
// few lines further down.
func TestCaptionOverColumnTextGoesToIt(t *testing.T) {
	const dump = `甲地新建学校投入使用
本报记者 张明
今年秋季，甲地新建的三所
学校正式投入使用，可容纳
学生五千余人，教室宽敞明

10月5日，游客在湖边观看
划船比赛的精彩场面。 本
报记者 李华摄

亮，设施齐全。学校还配备
了图书馆和运动场，深受师
生欢迎。

丙县开通公交新线
本报记者 刘洋
本月起，丙县开通三条城乡
公交新线路，沿线村民进城
办事更加方便。`
	checkCaptionWith(t, Segment(dumpPage("zh", dump)), "甲地", "划船")
}

// An English caption wrapped over lines of its own between two articles'
// text goes to the text under it, counted from its last line: the text
// above is as near to its first line, but a caption is printed under its
// photo, over its article.
func TestWrappedCaptionTakesTextUnder(t *testing.T) {
	const dump = `Council approves new bus lanes
By Anna Smith
The council voted on Tuesday to add three new bus lanes to the
city centre, a move that traders on the high street had

Harbour festival draws record crowds
By Tom Brown
More than forty thousand visitors came to the harbour over the
weekend for the annual festival of boats and music.

A cyclist rides past the freshly painted markings
as shopkeepers look on from their doors on a
bright morning. PHOTO: JOHN DOE

opposed for most of the year. Shop owners said the lanes would
cut the number of parking spaces in front of their windows.`
	checkCaptionWith(t, Segment(dumpPage("en", dump)), "Council", "cyclist")
}
