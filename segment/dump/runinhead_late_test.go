package dump

import (
	"strings"
	"testing"
)

// A bare headline printed among interleaved columns a few rows over a
// run-in credit that wraps ("本报讯 记者李明华报" / "道：…") heads the
// story that carries its words, taken from the neighbour it went to, with
// the credit printed between; the neighbour keeps its own text.
func TestHeadOverRunInAmidColumns(t *testing.T) {
	dump := strings.Join([]string{
		"全市港口货运量稳步增长",
		"",
		"本报记者 王小明",
		"",
		"今年以来，全市港口货运 量持续增长，前三季度完 成货物吞吐量一亿二千万",
		"吨，同比增长百分之八， 集装箱吞吐量也创出历 史新高。市港务局负责人",
		"老城区古井普查",
		"介绍，新航线开通以后， 外贸货物运输更加便捷， 企业运输成本明显下降。",
		"本报讯 记者李明华报",
		"港口集团还将开辟更多的 航线，服务好全市的外贸 企业和物流企业。全市",
		"道： 今年三月，全市",
		"港口货运今年有望突破一 亿六千万吨。港务局表示， 下一步将继续优化港口",
		"首次开展老城区古井",
		"营商环境，吸引更多企业 落户港区，服务全市外贸 企业发展。新建的码头",
		"普查，共登记古井一",
		"泊位明年投入使用，港口 吞吐能力将再提高两成， 集装箱航线也将增加到",
		"百二十多口。普查队",
		"三十多条，覆盖主要贸易 伙伴。港务局还将简化通 关手续，缩短货物在港停",
		"员走街串巷，逐一测",
		"留时间，让企业少跑腿。 全市港口货运的增长，为 外贸稳定提供了支撑。",
		"量井深、记录水质，",
		"区港口的货运量已经连续 五年保持增长，港务局预 计明年还将增长百分之",
		"并为每口古井拍照、",
		"五左右，港口集团将继续 加大投入，提升服务。",
		"绘图和建立档案。",
		"",
		"“这次古井普查",
		"没有先例可循，只能",
		"边干边摸索。”普查队",
		"员说。",
		"",
	}, "\n")
	l := Segment(dumpPage("zh", dump))
	a := findArticle(t, l, "老城区古井普查")
	if body := bodyText(a); !strings.Contains(body, "登记古井一百二十多口") || strings.Contains(body, "港口") {
		t.Errorf("headline's text %q", body)
	}
	if !strings.Contains(a.Byline, "李明华") {
		t.Errorf("byline %q", a.Byline)
	}
	b := findArticle(t, l, "全市港口货运量稳步增长")
	if body := bodyText(b); strings.Contains(body, "登记古井") || !strings.Contains(body, "外贸") {
		t.Errorf("neighbour's text %q", body)
	}
}

// Over a run-in credit, a short line that closes a quotation, a bracket
// or a sentence begun above ("…翻了一番……", "…王小明摄）") is a column's
// scrap, not a headline.
func TestScrapOverRunInIsNoHead(t *testing.T) {
	for _, scrap := range []string{"货运量翻了一番……", "本报记者 王小明摄）", "古井普查的经验”"} {
		s := &pageSeg{zh: true}
		s.lines = []string{
			"今年以来，全市港口货运 量持续增长，前三季度完",
			scrap,
			"吨，同比增长百分之八， 集装箱吞吐量也创出历",
			"本报讯 记者李明华报",
			"史新高。市港务局负责人 介绍，新航线开通以后，",
			"道： 今年三月，全市",
		}
		s.classify()
		if s.overRunIn(1, s.chunk[1]) {
			t.Errorf("%q read as a headline over the run-in credit", scrap)
		}
	}
	s := &pageSeg{zh: true}
	s.lines = []string{
		"今年以来，全市港口货运 量持续增长，前三季度完",
		"老城区古井普查",
		"吨，同比增长百分之八， 集装箱吞吐量也创出历",
		"本报讯 记者李明华报",
		"史新高。市港务局负责人 介绍，新航线开通以后，",
		"道： 今年三月，全市",
	}
	s.classify()
	if !s.overRunIn(1, s.chunk[1]) {
		t.Errorf("headline over the run-in credit not found")
	}
}

// A headline of eight characters or more stands apart from column scraps
// surely enough to be found further above its run-in credit than a short
// line, which there is more likely a scrap of some column.
func TestLongHeadFurtherOverRunIn(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{{"老城区古井普查完成", true}, {"古井普查", false}} {
		s := &pageSeg{zh: true}
		s.lines = []string{
			"今年以来，全市港口货运量持 续增长，前三季度完成货物吞",
			c.head,
			"吐量一亿二千万吨，同比增长 百分之八，集装箱吞吐量也创",
			"出历史新高。市港务局负责人 介绍，新航线开通以后，外贸",
			"货物运输更加便捷，企业运输 成本明显下降。港口集团还将",
			"开辟更多的航线，服务好全市 的外贸企业和物流企业。全市",
			"本报讯 记者李明华报",
			"港口货运今年有望突破一亿六 千万吨。港务局表示，下一步",
			"道： 今年三月，全市",
		}
		s.classify()
		if got := s.overRunIn(1, s.chunk[1]); got != c.want {
			t.Errorf("%q five rows over the run-in credit read as its headline: %v, want %v", c.head, got, c.want)
		}
	}
}
