package dump

import (
	"slices"
	"strings"
	"testing"
)

// loneDump prints the scraps one to a chunk, as a dump interleaving
// columns line by line does, with extra one-line chunks put in before
// scrap at.
func loneDump(scraps []string, at int, extra ...string) string {
	var b strings.Builder
	for i, l := range scraps {
		if i == at {
			for _, e := range extra {
				b.WriteString(e + "\n\n")
			}
		}
		b.WriteString(l + "\n\n")
	}
	return b.String()
}

var loneScraps = []string{
	"入秋以来，县里新修乡村道路四十",
	"余公里，沿线村庄的农产品运得出",
	"去、卖得上价，村民的收入明显提",
	"高，不少外出务工的年轻人也回到",
	"家乡创业。县交通局表示，明年还",
	"将继续推进农村公路提档升级，让",
	"更多群众走上平坦的致富路。",
}

// loneStory is a story printed whole under the scraps.
const loneStory = "春风拂面，城南湿地公园迎来首批游客。\n园区占地两百余亩，种植各类水生植物\n三十多种，栈道沿湖蜿蜒，步移景异。\n市民纷纷携家带口前来游玩，拍照留念。"

// A one-line headline, bare and short of the columns, printed in a chunk
// of its own among one-line scraps of interleaved columns, is a heading:
// it heads the story printed under the scraps.
func TestLoneHeadAmidScraps(t *testing.T) {
	l := Segment(dumpPage("zh", loneDump(loneScraps, 3, "城南湿地公园今日开园")+loneStory+"\n"))
	var heads []string
	for _, a := range l.Articles {
		heads = append(heads, joinLines(a.Headline))
		if body := bodyText(a); strings.Contains(body, "今日开园") {
			t.Errorf("heading read as column text: %q", body)
		}
	}
	if !slices.Contains(heads, "城南湿地公园今日开园") {
		t.Errorf("headline heads no article: headlines %q", heads)
	}
}

// A short bare line there whose last word a line two chunks below
// completes ("…交换意" / "见。…") is a column line broken mid-word, no
// headline: it heads nothing.
func TestLoneLineBrokenMidWord(t *testing.T) {
	l := Segment(dumpPage("zh", loneDump(loneScraps, 3, "双方就合作前景交换意", "沿线村庄的农产品，运得", "见。两地签署合作备忘")+loneStory+"\n"))
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.Contains(h, "交换意") {
			t.Errorf("line broken mid-word read as a headline: %q", h)
		}
	}
}
