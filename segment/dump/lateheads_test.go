package dump

import (
	"strings"
	"testing"
)

// A headline set letter-spaced at the ends of lines of other columns'
// text ("智 能 码 头" / "建 设 忙"), its credit and text following in the
// same place, heads an article of its own: the story that carries its
// words leaves the neighbour it went to, and the neighbour keeps the rest.
func TestLetterSpacedHeadBesideColumns(t *testing.T) {
	dump := strings.Join([]string{
		"全市港口货运量稳步增长",
		"",
		"本报记者 王小明",
		"",
		"今年以来，全市港口货运 量持续增长，前三季度完 智 能 码 头",
		"成货物吞吐量一亿二千万 吨，同比增长百分之八， 建 设 忙",
		"集装箱吞吐量也创出历史 新高。市港务局负责人介 □本报记者 李明华",
		"绍，新航线开通以后，外 贸货物运输更加便捷，企 新建的智能码头今",
		"业运输成本明显下降。 港口集团还将开辟更多的 年投入运营，自动",
		"航线，服务好全市的外贸 企业和物流企业。 化岸桥和无人集卡",
		"全市港口货运今年有望突 破一亿六千万吨。 昼夜作业，码头效",
		"港务局表示，下一步将继 续优化港口营商环境。 率提高三成。",
		"",
	}, "\n")
	l := Segment(dumpPage("zh", dump))
	a := findArticle(t, l, "智能码头建设忙")
	if body := bodyText(a); !strings.Contains(body, "无人集卡") || strings.Contains(body, "货运量") {
		t.Errorf("spaced head's article text %q", body)
	}
	b := findArticle(t, l, "全市港口货运量稳步增长")
	if body := bodyText(b); strings.Contains(body, "无人集卡") || !strings.Contains(body, "外贸") {
		t.Errorf("neighbour's text %q", body)
	}
}
