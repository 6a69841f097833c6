package dump

import "testing"

// seamsPage builds three one-piece stories by hand: a column of article X
// printed a line at a time in turns with other lines (lines 0, 2, 8),
// the short piece the rebuilt columns split off it (lines 4, 6), and a
// story of article Y (lines 1, 3, 5). B starts as Y's.
func seamsPage(after string) (*pageSeg, [][]int, []*piece, []*article, *article, *article) {
	fr := func(line int, text string) frag { return frag{text: text, line: line, w: width(text)} }
	ps := []*piece{
		{frags: []frag{fr(0, "今年以来，全市经济运行总"), fr(2, "体平稳。面对市场需"), fr(8, after)}},
		{frags: []frag{fr(4, "求不断变化的新形势，"), fr(6, "企业必须增强创新意")}},
		{frags: []frag{fr(1, "老年大学今年又开了新班，"), fr(3, "报名的老人排起了长队。"), fr(5, "不少人说，学画画最开心。")}},
	}
	for k, p := range ps {
		p.first, p.story, p.next, p.prev = p.frags[0].line, k, -1, -1
	}
	stories := [][]int{{0}, {1}, {2}}
	x := &article{g: &group{head: []string{"X"}}, stories: []int{0}}
	y := &article{g: &group{head: []string{"Y"}}, stories: []int{1, 2}}
	owner := []*article{x, y, y}
	return &pageSeg{zh: true}, stories, ps, owner, x, y
}

func TestInnerSeams(t *testing.T) {
	t.Run("a piece between two seams into another column goes with it", func(t *testing.T) {
		s, stories, ps, owner, x, y := seamsPage("识，加快转型升级的步伐。")
		s.innerSeams(owner, stories, ps, storyLens(stories, ps))
		if owner[1] != x || len(x.stories) != 2 || len(y.stories) != 1 {
			t.Errorf("piece stays: X has %v, Y has %v", x.stories, y.stories)
		}
	})
	t.Run("one seam is not enough", func(t *testing.T) {
		s, stories, ps, owner, x, y := seamsPage("工厂里新装了一条生产线。")
		s.innerSeams(owner, stories, ps, storyLens(stories, ps))
		if owner[1] != y || len(x.stories) != 1 {
			t.Errorf("piece moved: X has %v, Y has %v", x.stories, y.stories)
		}
	})
	t.Run("an article's only story stays", func(t *testing.T) {
		s, stories, ps, owner, x, y := seamsPage("识，加快转型升级的步伐。")
		y.stories = []int{1}
		owner[2] = nil
		s.innerSeams(owner, stories, ps, storyLens(stories, ps))
		if owner[1] != y || len(x.stories) != 1 {
			t.Errorf("piece moved: X has %v, Y has %v", x.stories, y.stories)
		}
	})
}
