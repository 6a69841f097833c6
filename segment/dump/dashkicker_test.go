package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// A kicker ending in a dash, set apart by blank lines and as long as a
// column line with a comma in it, still introduces the headline under it:
// the kicker and the two short headline lines head the text below them,
// not the text of the article printed above. A column line that ends in a
// dash, with a line of running text under it, heads nothing: it stays in
// the body.
func TestDashKickerOverHeadline(t *testing.T) {
	const first = `全市推进老旧小区改造
本报记者 王东

今年以来，全市加快推进老旧小区改造工作，
改造范围覆盖城区一百多个小区，惠及居民三
万余户。各区把群众意见摆在首位，先问需再
施工，边施工边听取意见，让改造成果看得见
摸得着。住建部门建立周调度机制，及时协调
解决管网迁移、停车位增设等难题，确保工程
按期完工。居民们纷纷表示，小区环境变美了
，生活更方便了，心里也更加舒畅了。

`
	const second = `

办好身边小事
温暖万家灯火
社区食堂开门那天，七十多岁的老人早早来到
门口排队。一荤两素一汤，价格实惠，味道可
口，老人们吃得开心。街道负责人介绍，食堂
由社区提供场地，企业负责运营，政府给予适
当补贴，既解决了老人吃饭难，也减轻了子女
的负担。下一步，街道还将增设助浴、理发等
便民服务项目，让老人在家门口就能享受贴心
服务，乐享晚年。
（本报记者 李明）`
	const kicker = "为群众办实事解难题，城东街道把服务送上门——"
	const runOn = "街道负责人说，这件事的意义在于——"
	const runText = "\n\n让老人吃得好，让子女更放心，这是我们的心愿。\n"
	for _, c := range []struct {
		name, line, rest string
		heads            bool
	}{
		{"kicker", kicker, second, true},
		{"running line", runOn, runText, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", first+c.line+c.rest))
			var got *segment.Article
			for i, a := range l.Articles {
				if joinLines(a.Headline) == "办好身边小事温暖万家灯火" {
					got = &l.Articles[i]
				}
			}
			if !c.heads {
				inBody := false
				for _, a := range l.Articles {
					if strings.Contains(joinLines(a.Kicker)+joinLines(a.Headline), "——") {
						t.Errorf("heading %q %q", joinLines(a.Kicker), joinLines(a.Headline))
					}
					inBody = inBody || strings.Contains(bodyText(a), c.line)
				}
				if !inBody {
					t.Errorf("running line %q left out of the body", c.line)
				}
				return
			}
			if got == nil {
				t.Fatalf("no article headed by the two headline lines: %d articles", len(l.Articles))
			}
			if k := joinLines(got.Kicker); k != c.line {
				t.Errorf("kicker %q, want %q", k, c.line)
			}
			if b := bodyText(*got); !strings.HasPrefix(b, "社区食堂") {
				t.Errorf("body %q", b)
			}
			for _, a := range l.Articles {
				if b := bodyText(a); strings.Contains(b, "万家灯火") || strings.Contains(b, "解难题") {
					t.Errorf("article %q holds the heading's lines: %q", joinLines(a.Headline), b)
				}
			}
		})
	}
}

// A dash kicker wrapped over three short lines, set apart by blank lines,
// introduces the headline under it as a one-line kicker does: its lines
// are the kicker, not text that the headline's article takes as its own
// lead. The same block with a credit under it is a headline with its
// kicker printed below, signed by the credit: no kicker over a headline.
func TestWrappedDashKicker(t *testing.T) {
	const above = `城西新建三座口袋公园
本报记者 赵刚

入秋以来，城西陆续建成三座口袋公园，市民出
门几步就能散步健身。公园选址在街角空地和拆
违腾出的地块，设计时征求了周边居民的意见，
增加了座椅、树荫和儿童游乐设施。园林部门表
示，明年还将再建五座，让更多居民就近享受绿
色空间，城市的角落也变得更有温度。

`
	const kicker = "办实事解难题\n城东街道把服务\n送上门——\n\n"
	const head = "办好身边小事\n温暖万家灯火\n"
	const story = `本报记者 李明
社区食堂开门那天，七十多岁的老人早早来到
门口排队。一荤两素一汤，价格实惠，味道可
口，老人们吃得开心。街道负责人介绍，食堂
由社区提供场地，企业负责运营，政府给予适
当补贴，既解决了老人吃饭难，也减轻了子女
的负担。
`
	l := Segment(dumpPage("zh", above+kicker+head+"\n"+story))
	got := findArticle(t, l, "办好身边小事温暖万家灯火")
	if k := joinLines(got.Kicker); k != "办实事解难题城东街道把服务送上门——" {
		t.Errorf("kicker %q", k)
	}
	if b := bodyText(got); !strings.HasPrefix(b, "社区食堂") || strings.Contains(b, "送上门") {
		t.Errorf("body %q", b)
	}

	// Headline, kicker under it, credit: the credit signs the headline.
	const narrow = `本报记者 李明华
社区食堂开门那天，七十
多岁的老人早早来到门口
排队。一荤两素一汤，价
格实惠，味道可口，老人
们吃得开心。街道负责人
介绍，食堂由社区提供场
地，企业负责运营，政府
给予适当补贴。
`
	const narrowAbove = `全市推进老旧小区改造
本报记者 王东

今年以来，全市加快推进
老旧小区改造工作，改造
范围覆盖城区一百多个小
区，惠及居民三万余户。
各区把群众意见摆在首位
，先问需再施工，边施工
边听取意见，让改造成果
看得见摸得着。

`
	l = Segment(dumpPage("zh", narrowAbove+"社区服务送上门\n城东街道办实事——\n\n"+narrow))
	signed := false
	for _, a := range l.Articles {
		if strings.HasPrefix(bodyText(a), "社区食堂") {
			signed = joinLines(a.Headline) == "社区服务送上门"
		}
	}
	if !signed {
		t.Errorf("the story under the credit lost its headline")
	}

	// A headline right above the block: the block may be that headline's
	// kicker printed under it as well, so it is no kicker over the next.
	l = Segment(dumpPage("zh", above+"新区公园今日开园\n\n"+kicker+head+"\n"+story))
	for _, a := range l.Articles {
		if k := joinLines(a.Kicker); strings.Contains(k, "送上门") && joinLines(a.Headline) == "办好身边小事温暖万家灯火" {
			t.Errorf("block under a headline read as the next headline's kicker %q", k)
		}
	}
}

// A dash with fewer than two characters before it ("——" printed alone as
// a rule, a one-character scrap "门——") says nothing a kicker would: such a
// line is no dash kicker (dashText), one with a phrase before its dash is.
func TestShortDashLineIsNoKicker(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"——", false},
		{"门——", false},
		{"送上门——", true},
	} {
		s := &pageSeg{zh: true, lines: strings.Split("社区食堂开门那天，老人早早来到门口排队。\n\n"+c.line+"\n\n办好身边小事\n\n一荤两素一汤，价格实惠，味道可口。", "\n")}
		s.classify()
		if got := s.dashLine(2); got != c.want {
			t.Errorf("dashLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
