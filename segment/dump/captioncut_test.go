package dump

import (
	"testing"

	"newsprint/segment"
)

// A caption printed between two lines of one column whose sentence runs on
// across it is not that column's: the dump printed it where it reached its
// photo, over the text of the article that starts right below. A caption
// after a finished sentence stays with the column around it.
func TestCaptionAcrossColumnGoesBelow(t *testing.T) {
	const caption = "4月2日，村民们在广场上观看文艺演出，台下座无虚席。 本报记者 李四摄\n"
	for _, c := range []struct {
		name, above, below, want string
	}{
		{"runs on", "投入使用。码头共有泊位六个，年吞吐\n", "能力达到一百万标准箱，港口货物运\n输效率大幅提升。\n", "山区茶农春茶采摘忙"},
		{"sentence ends", "投入使用。码头共有泊位六个。\n", "年吞吐能力达到一百万标准箱，港口\n货物运输效率大幅提升。\n", "港口新建集装箱码头投入使用"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
` + c.above + caption + c.below + "\n" + teaArticle
			got := captioned(Segment(dumpPage("zh", text)))
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("caption went to %q, want %q", got, c.want)
			}
		})
	}
}

// A caption on a line of its own amid two columns printed side by side,
// one of which runs on across it, lies under the photo of the article
// whose text starts below it, not of the columns around it.
func TestCaptionAmidColumnsGoesBelow(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式 头采用自动化装卸设备，集装箱从
投入使用。码头共有泊位六个，年吞 船舶到堆场全程无人操作，作业时
4月2日，村民们在广场上观看文艺演出，台下座无虚席，掌声经久不息。
吐能力达到一百万标准箱。港务集团 间缩短三成，船舶在港停留时间明
介绍，新建码 显减少。

` + teaArticle
	got := captioned(Segment(dumpPage("zh", text)))
	if len(got) != 1 || got[0] != "山区茶农春茶采摘忙" {
		t.Errorf("caption went to %q, want the tea article's", got)
	}
}

// teaArticle is the article under the captions' photo: its text starts
// below them.
const teaArticle = `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶当
天送到茶厂加工，春茶价格比去年略有
上涨。`

// captioned lists the headlines of the articles that took a caption.
func captioned(l segment.Layout) []string {
	var out []string
	for _, a := range l.Articles {
		if len(a.Captions) > 0 {
			out = append(out, joinLines(a.Headline))
		}
	}
	return out
}
