package dump

import (
	"strings"
	"testing"
)

// briefPage: a credited article whose second column the dump prints a
// line at a time in turns with a news brief's lines, a blank line after
// each. The brief's date runs on across a line break ("…11月18" /
// "日在…"), where the article's column ends on "一", so a dictionary word
// ("一日") runs across the wrong join as well.
const briefPage = `乡村养老服务来到百姓身边
记者 张三

今年以来，平原县在各个乡镇建起了
养老服务站，老人们在家门口就能吃
上热乎饭，看病取药不用再跑远路，
子女们外出务工更加放心。家住河东

2020年科技展销会开幕
展示最新农业机械成果

村的李大爷告诉记者，村里每月还给

2020年全国科技展销会开幕式11月18

每户老人发放五百元的养老补贴，算

日在南京举行，各地代表纷纷前来参

上打零工的收入，李大爷仔细算了一

观展览。

笔账，日子越过越红火。`

// The brief's lines go on in its own column, its date whole: the line
// after "…11月18" continues it, not the article's column ending on "一".
// A brief of whole sentences under a full heading is an article however
// short, not a scrap of some column.
func TestNumberRunsAndBrief(t *testing.T) {
	l := Segment(dumpPage("zh", briefPage))
	var brief, village string
	for _, a := range l.Articles {
		var body strings.Builder
		for _, f := range a.Body {
			body.WriteString(joinLines(f.Lines))
		}
		switch joinLines(a.Headline) {
		case "2020年科技展销会开幕展示最新农业机械成果":
			brief = body.String()
		case "乡村养老服务来到百姓身边":
			village = body.String()
		}
	}
	if want := "2020年全国科技展销会开幕式11月18日在南京举行，各地代表纷纷前来参观展览。"; brief != want {
		t.Errorf("brief's body %q, want %q", brief, want)
	}
	if !strings.Contains(village, "李大爷仔细算了一笔账") || strings.Contains(village, "南京") {
		t.Errorf("village article's body %q: its column runs on into the brief", village)
	}
}
