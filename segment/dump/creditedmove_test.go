package dump

import "testing"

// An article whose only credited story a run-in credit took away to
// another heading is uncredited again: a later story carrying another
// credit and that article's heading words goes to it.
func TestCreditedStoriesCreditLeavesWithStory(t *testing.T) {
	type st struct {
		credit string
		lead   bool
		first  int
		toks   map[string]float64
	}
	sts := []st{
		{"", false, 10, map[string]float64{"早先": 1}},
		{"乙", true, 20, map[string]float64{"茶园": 1}},
		{"丙", false, 30, map[string]float64{"码头": 1}},
		{"", false, 5, map[string]float64{"铁路": 1}},
	}
	var ps []*piece
	var stories [][]int
	var stoks []map[string]float64
	for i, s := range sts {
		ps = append(ps, &piece{frags: []frag{{text: "正文", line: s.first}}, credit: s.credit, lead: s.lead,
			first: s.first, story: i, next: -1, prev: -1, leadLine: -1})
		stories = append(stories, []int{i})
		stoks = append(stoks, s.toks)
	}
	h := &article{g: &group{head: []string{"铁路"}, byline: "甲", toks: map[string]float64{"铁路": 1}}, stories: []int{2, 3}}
	u := &article{g: &group{head: []string{"码头"}, toks: map[string]float64{"码头": 1}}, stories: []int{0, 1}}
	w := &article{g: &group{head: []string{"茶园"}, toks: map[string]float64{"茶园": 1}}}
	arts := []*article{h, u, w}
	owner := []*article{u, u, h, h}
	(&pageSeg{}).creditedStories(&arts, owner, stories, ps, stoks)
	if owner[1] != w {
		t.Fatalf("run-in credited story did not move to the tea heading")
	}
	if owner[2] != u {
		t.Errorf("story credited 丙 carrying the harbour heading's words stayed with %v, want the harbour article", owner[2].g.head)
	}
}
