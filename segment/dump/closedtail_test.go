package dump

import (
	"slices"
	"testing"
)

// bridgeCrowds is a third column of the bridge article.
const bridgeCrowds = "大桥建成后，两岸市民过江不再排队等渡船，大桥让上班路短了一半。大桥通车第一天，大桥上车流不断，大桥两岸的市民都赶来看大桥，大桥成了两岸市民的骄傲。"

// bridgeLights is the bridge article's last column.
const bridgeLights = "夜晚大桥灯光亮起，大桥成为江上一道风景。大桥通车后，市民过江观光的多了，大桥两岸的夜市也热闹起来，两岸市民都说大桥通车是件大好事。"

// teaOverBridge is an invented report on the spring tea that the bridge
// carries over the river: it shares the bridge article's words in part.
var teaOverBridge = springTea[0] + "大桥通车后，茶农过江送茶方便多了。" + springTea[1] + "茶农们说，大桥通车后过江只需五分钟，新茶当天就能送到对岸市民手中。"

// tailPage: the bridge article (its heading, then four columns each ending
// a sentence) took teaOverBridge, printed two lines under its last column
// with line between over them (a caption; a blank when between is "");
// headline head, printed below, waits for text.
func tailPage(between string) (*pageSeg, []*piece, [][]int, []*article, []*article, []int, *group) {
	s, ps, stories := strayPage([]strayStory{
		{"大桥通车", false}, {bridge[0], true}, {bridge[1], true}, {bridgeCrowds, true}, {bridgeLights, true}, {teaOverBridge, true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{1, 2, 3, 4, 5})
	end := ps[5].lastLine()
	s.lines = make([]string, end+4)
	for _, p := range ps {
		for _, f := range p.frags {
			s.lines[f.line] = f.text
		}
	}
	s.lines[ps[4].lastLine()+1] = between
	arts[0].g.head = []string{ps[0].text()}
	head := &group{head: []string{"一江春水", "茶香两岸"}, line: end + 2, end: end + 3}
	arts = append(arts, &article{g: head, first: head.line})
	return s, ps, stories, arts, owner, slen, head
}

// The report set under the bridge article's closed last column, a caption
// between, parts from it though the two share many words, and the headline
// waiting for text takes it.
func TestClosedTailSplitForHeading(t *testing.T) {
	s, ps, stories, arts, owner, slen, head := tailPage("新建大桥夜景。 本报记者 丙丁摄")
	stoks := make([]map[string]float64, len(stories))
	bv := s.bigramVecs(stories, ps)
	if c := cosine(sumOf([]int{1, 2, 3, 4}, bv), bv[5]); c < splitCross {
		t.Fatalf("the texts' cosine %.2f is below splitCross: bigrams alone part them", c)
	}
	arts = s.splitForHeadings(arts, owner, stories, ps, slen, bv, stoks)
	if len(arts) != 3 || !slices.Equal(arts[2].stories, []int{5}) || !slices.Equal(arts[0].stories, []int{1, 2, 3, 4}) {
		t.Fatalf("%d articles, want the bridge article [1 2 3 4] and the report [5] split off", len(arts))
	}
	if s.splitTakenBy(head, arts, stoks) != arts[2] {
		t.Errorf("the headline waiting for text did not take the report")
	}
}

// With only blank lines between, the column under is the article's own
// next column: it stays.
func TestClosedTailNeedsLineBetween(t *testing.T) {
	s, ps, stories, arts, owner, slen, _ := tailPage("")
	if arts = s.splitForHeadings(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps), make([]map[string]float64, len(stories))); len(arts) != 2 {
		t.Errorf("%d articles, want 2: nothing printed between the columns", len(arts))
	}
}
