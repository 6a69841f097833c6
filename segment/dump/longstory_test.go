package dump

import (
	"strings"
	"testing"
)

// clusterLong runs cluster on article a (two stories printed around a
// headless story), article b, and the headless story with word weights
// toks; it returns where the story went.
func clusterLong(t *testing.T, text string, toks map[string]float64) string {
	t.Helper()
	texts := []string{"滨江港新建的集装箱码头正式投入使用", text, "码头共有泊位六个年吞吐能力一百万", "青山县的茶园进入采摘季茶农天不亮就上山"}
	ps, stories, slen := textStories(texts)
	stoks := []map[string]float64{{"x": 1}, toks, {"x": 1}, {"y": 1}}
	a, b := &article{stories: []int{0, 2}}, &article{stories: []int{3}}
	owner := []*article{a, nil, a, b}
	s := &pageSeg{zh: true}
	s.cluster([]*article{a, b}, owner, []bool{true, false, true, true}, stories, ps, stoks, slen, s.continuations(stories, ps), s.bigramVecs(stories, ps))
	return ownerName(owner[1], a, b)
}

// A long story printed between two pieces of article a but sharing no word
// with it stays apart; one sharing a word with article b goes there; a
// short one goes with the pieces around it.
func TestLongStoryNeedsWords(t *testing.T) {
	long := strings.Repeat("会议要求认真做好河道治理和节水工作", 13)
	if got := clusterLong(t, long, map[string]float64{"z": 1}); got != "none" {
		t.Errorf("long story sharing no word went to %s, want none", got)
	}
	if got := clusterLong(t, long, map[string]float64{"z": 1, "y": 0.3}); got != "b" {
		t.Errorf("long story sharing a word with b went to %s, want b", got)
	}
	if got := clusterLong(t, "会议要求各地治理好河道", map[string]float64{"z": 1}); got != "a" {
		t.Errorf("short story went to %s, want a", got)
	}
}
