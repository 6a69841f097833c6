package dump

import (
	"strings"
	"testing"
)

// A story opened by a run-in credit, printed after the text of an
// uncredited heading, is another article's start when it does not carry
// the heading's words; one that does carry them stays with the heading,
// which takes its credit.
func TestRunInStoryLeavesUncreditedHeading(t *testing.T) {
	const head = `港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。

`
	for _, c := range []struct {
		name, story string
		apart       bool // the credited story stands as an article of its own
	}{
		{"other topic", `本报讯（记者 李芳）清明前后，青山县
的茶园进入采摘季。茶农们天不亮就上
山采茶，新鲜茶叶当天送到茶厂加工，
春茶价格比去年略有上涨。`, true},
		{"heading's words", `本报讯（记者 李芳）港务集团介绍，新
建集装箱码头采用自动化装卸设备，集
装箱从船舶到堆场全程无人操作，港口
作业时间缩短三成。`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", head+c.story))
			h := findArticle(t, l, "港口新建集装箱码头投入使用")
			b := bodyText(h)
			if !strings.Contains(b, "近日，滨江港新建的集装箱码头") {
				t.Errorf("heading's body = %q", b)
			}
			first := strings.SplitN(strings.TrimPrefix(c.story, "本报讯（记者 李芳）"), "\n", 2)[0]
			if c.apart {
				if h.Byline != "" || strings.Contains(b, first) {
					t.Errorf("heading kept the credited story: byline %q, body %q", h.Byline, b)
				}
				if len(l.Articles) != 2 {
					t.Fatalf("%d articles, want 2", len(l.Articles))
				}
				o := l.Articles[1]
				if len(o.Authors) != 1 || o.Authors[0].Name != "李芳" || !strings.HasPrefix(bodyText(o), first) {
					t.Errorf("credited story: authors %v, body %q", o.Authors, bodyText(o))
				}
				return
			}
			if len(l.Articles) != 1 || len(h.Authors) != 1 || h.Authors[0].Name != "李芳" || !strings.Contains(b, first) {
				t.Errorf("%d articles; heading's authors %v, body %q", len(l.Articles), h.Authors, b)
			}
		})
	}
}

// A caption printed on a dump line beside a fragment of another column
// goes to the article whose text sits in the caption's place on the
// nearest lines (the column under the same photo), not to the article
// owning the rest of its line. The caption's words name neither article.
func TestCaptionBesideGoesByItsColumn(t *testing.T) {
	const heads = `港口新建集装箱码头投入使用
本报记者 王小明

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

`
	const caption = "4月2日，村民们在广场上观看文艺演出，台下座无虚席。"
	for _, c := range []struct {
		name, cols, want string
	}{
		{"right column", `近日，滨江港新建的集装箱码头 清明前后，青山县的茶园进入
正式投入使用。码头共有泊位六 采摘季。茶农们天不亮就上山
个，年吞吐能力达到一百万标准 采茶，新鲜茶叶当天送到茶厂
箱，港口货物运输效率大幅提升。 ` + caption + `
据港务集团介绍，新码头采用自 加工，春茶价格比去年略有上
动化装卸设备，集装箱从船舶到 涨。县农业局负责人说，全县
堆场全程无人操作，港口作业时 茶园面积已达五万亩，茶叶产
间缩短三成。 业带动茶农增收。`, "山区茶农春茶采摘忙"},
		{"left column", `近日，滨江港新建的集装箱码头 清明前后，青山县的茶园进入
正式投入使用。码头共有泊位六 采摘季。茶农们天不亮就上山
` + caption + ` 采茶，新鲜茶叶当天送到茶厂
个，年吞吐能力达到一百万标准 加工，春茶价格比去年略有上
箱，港口货物运输效率大幅提升。 涨。县农业局负责人说，全县
据港务集团介绍，新码头采用自 茶园面积已达五万亩，茶叶产
动化装卸设备，集装箱从船舶到 业带动茶农增收。
堆场全程无人操作，港口作业时
间缩短三成。`, "港口新建集装箱码头投入使用"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", heads+c.cols))
			for _, h := range []string{"港口新建集装箱码头投入使用", "山区茶农春茶采摘忙"} {
				a := findArticle(t, l, h)
				var caps []string
				for _, cp := range a.Captions {
					caps = append(caps, joinLines(cp))
				}
				want := 0
				if h == c.want {
					want = 1
				}
				if len(caps) != want || want == 1 && caps[0] != caption {
					t.Errorf("%s captions = %q", h, caps)
				}
			}
		})
	}
}

// A caption printed between two columns' fragments on one dump line takes
// only its own fragment: the column printed after it keeps its text.
func TestCaptionBetweenColumnsLeavesTheirText(t *testing.T) {
	const dump = `港口新建集装箱码头投入使用
本报记者 王小明

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

近日，滨江港新建的集装箱码头 清明前后，青山县的茶园进入
正式投入使用。码头共有泊位六 采摘季。茶农们天不亮就上山
个，年吞吐能力达到一百万标准 4月2日，村民们在广场上观看文艺演出，台下座无虚席。 采茶，新鲜茶叶当天送到茶厂
箱，港口货物运输效率大幅提升。 加工，春茶价格比去年略有上
据港务集团介绍，新码头采用自 涨。县农业局负责人说，全县
动化装卸设备，集装箱从船舶到 茶园面积已达五万亩，茶叶产
堆场全程无人操作，港口作业时 业带动茶农增收。
间缩短三成。`
	l := Segment(dumpPage("zh", dump))
	if b := bodyText(findArticle(t, l, "山区茶农春茶采摘忙")); !strings.Contains(b, "新鲜茶叶当天送到茶厂") {
		t.Errorf("tea article lost the fragment printed after the caption: %q", b)
	}
	if b := bodyText(findArticle(t, l, "港口新建集装箱码头投入使用")); !strings.Contains(b, "一百万标准箱") {
		t.Errorf("harbour article lost the fragment printed before the caption: %q", b)
	}
}

// A caption at a line's end whose credit wraps onto the next line
// ("…本报记" / "者 王小明摄") takes its credit's start along: it stays out
// of the text of the columns printed beside it.
func TestCaptionWrappedCreditLeavesNoScrap(t *testing.T) {
	const dump = `港口新建集装箱码头投入使用
本报记者 王小明

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

近日，滨江港新建的集装箱码头 清明前后，青山县的茶园进入
正式投入使用。码头共有泊位六 采摘季。茶农们天不亮就上山
个，年吞吐能力达到一百万标准 采茶，新鲜茶叶当天送到茶厂 4月2日，村民们在广场上观看文艺演出，台下座无虚席。 本报记
箱，港口货物运输效率大幅提升。 加工，春茶价格比去年略有上 者 王小明摄
据港务集团介绍，新码头采用自 涨。县农业局负责人说，全县
动化装卸设备，集装箱从船舶到 茶园面积已达五万亩，茶叶产
堆场全程无人操作，港口作业时 业带动茶农增收。
间缩短三成。`
	l := Segment(dumpPage("zh", dump))
	for _, a := range l.Articles {
		if b := bodyText(a); strings.Contains(b, "本报记") || strings.Contains(b, "座无虚席") {
			t.Errorf("%q holds the caption or its credit: %q", joinLines(a.Headline), b)
		}
	}
	if b := bodyText(findArticle(t, l, "山区茶农春茶采摘忙")); !strings.Contains(b, "新鲜茶叶当天送到茶厂") {
		t.Errorf("tea article lost the fragment printed before the caption: %q", b)
	}
}
