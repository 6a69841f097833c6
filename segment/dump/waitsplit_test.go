package dump

import (
	"slices"
	"testing"
)

// Two invented texts of three stories each, over smoothMax runes apiece.
var (
	bridge = []string{
		"江上新建大桥今天通车，大桥全长两千米，双向六车道，大桥通车后两岸市民过江只需五分钟。大桥建设历时三年，建设者克服江水湍急等困难，按期完成主体工程。",
		"大桥通车当天，不少市民步行上桥观光，桥上设有人行道和观景台，夜晚大桥灯光亮起，十分壮观。交通部门介绍，大桥每天可通行车辆五万辆次，将缓解老桥的交通压力。",
		"大桥两端还建起公园和停车场，市民可以在江边散步休闲。大桥的通车让两岸经济联系更加紧密，沿江产业带将迎来新的发展，两岸市民期盼已久。",
	}
	springTea = []string{
		"春茶开采，山上的茶农们忙着采摘新茶，茶园里一片忙碌。今年春季雨水充足，茶叶长势喜人，茶农预计春茶产量比去年增加一成，茶园管护也更精细。",
		"茶厂收购鲜叶的价格也比去年高，茶农采下的鲜叶当天就送进茶厂，经过杀青、揉捻、烘干，制成香气扑鼻的新茶。茶厂负责人说，新茶一上市就被订购一空。",
		"镇上还办起茶文化节，游客到茶园体验采茶制茶，品尝新茶，茶农的收入又多了一份。茶叶已成为全镇农民增收的主导产业，茶园面积还在扩大，茶农信心十足。",
	}
)

// splitPage: a bridge article that took the springTea story's columns printed
// among its own, and heading head still without text.
func splitPage(head *group) (*pageSeg, []*piece, [][]int, []*article, []*article, []int) {
	s, ps, stories := strayPage([]strayStory{
		{bridge[0], true}, {springTea[0], true}, {bridge[1], true},
		{springTea[1], true}, {bridge[2], true}, {springTea[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3, 4, 5})
	arts[0].g.head = []string{"大桥通车"}
	arts[0].g.byline = "本报记者 甲乙"
	arts = append(arts, &article{g: head, first: head.line})
	return s, ps, stories, arts, owner, slen
}

func twoLineHead() *group {
	return &group{head: []string{"山上新茶", "香飘万家"}, line: 40, end: 41}
}

// The springTea columns part from the bridge article, and the two-line headline
// left without text takes them.
func TestSplitForHeadings(t *testing.T) {
	head := twoLineHead()
	s, ps, stories, arts, owner, slen := splitPage(head)
	stoks := make([]map[string]float64, len(stories))
	arts = s.splitForHeadings(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps), stoks)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3 (one split off)", len(arts))
	}
	part := arts[2]
	if !slices.Equal(part.stories, []int{1, 3, 5}) || part.split != arts[0] || !slices.Equal(arts[0].stories, []int{0, 2, 4}) {
		t.Errorf("split off %v, kept %v, want [1 3 5] and [0 2 4]", part.stories, arts[0].stories)
	}
	for _, st := range part.stories {
		if owner[st] != part {
			t.Errorf("story %d not owned by the part split off", st)
		}
	}
	if got := s.splitTakenBy(head, arts, stoks); got != part {
		t.Errorf("the headline without text did not take the part split off")
	}
}

// A bare one-line heading may be a crosshead or a kicker's label: it
// splits nothing off and takes no part split off.
func TestSplitForHeadingsNotForWeak(t *testing.T) {
	weak := &group{head: []string{"新茶上市"}, line: 40, end: 40}
	s, ps, stories, arts, owner, slen := splitPage(weak)
	stoks := make([]map[string]float64, len(stories))
	if arts = s.splitForHeadings(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps), stoks); len(arts) != 2 {
		t.Errorf("%d articles, want 2: a bare heading splits nothing off", len(arts))
	}
	if s.splitTakenBy(weak, []*article{{stories: []int{1}, split: arts[0], first: 3}}, stoks) != nil {
		t.Errorf("a bare heading took a part split off")
	}
}

// Without a heading waiting for text, a mixed article stays whole.
func TestSplitForHeadingsNoneWaiting(t *testing.T) {
	s, ps, stories, arts, owner, slen := splitPage(twoLineHead())
	arts[1].stories = []int{6} // the headline has text
	if arts = s.splitForHeadings(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps), make([]map[string]float64, len(stories))); len(arts) != 2 {
		t.Errorf("%d articles, want 2: no heading waits for text", len(arts))
	}
}

// A part no heading took goes back to its article.
func TestUnsplit(t *testing.T) {
	s, ps, stories, arts, owner, slen := splitPage(twoLineHead())
	arts = s.splitForHeadings(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps), make([]map[string]float64, len(stories)))
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3 (one split off)", len(arts))
	}
	arts = unsplit(arts, owner)
	if len(arts) != 2 || !slices.Equal(arts[0].stories, []int{0, 1, 2, 3, 4, 5}) || owner[3] != arts[0] {
		t.Errorf("%d articles, first holds %v: want the part back, [0 1 2 3 4 5]", len(arts), arts[0].stories)
	}
}
