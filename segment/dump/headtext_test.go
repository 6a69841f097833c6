package dump

import (
	"strings"
	"testing"
)

// On a dump of clean columns a story whose words name article a's
// headline goes to a by those words only while a has little text of its
// own: once a holds a column of text, the story's character bigrams rate
// it against that text like any article's, and here they name b's.
func TestCleanColumnsHeadlineWordsWhileWaitingForText(t *testing.T) {
	harbour := "滨江港新建的集装箱码头正式投入使用，码头共有泊位六个。"
	tea := strings.Repeat("清明前后，青山县的茶园进入采摘季，茶农们天不亮就上山采茶。", 8)
	story := strings.Repeat("青山县的茶园进入采摘季，茶农们把新采的春茶装车。", 3)
	for _, c := range []struct {
		name    string
		harbour string
		want    string
	}{
		{"headline over a column of text", strings.Repeat(harbour, 8), "b"},
		{"headline still waiting for text", harbour + harbour, "a"},
	} {
		s, ps, stories, slen := columnStories([]string{c.harbour, story, tea}, false)
		if !s.cleanColumns(ps) {
			t.Fatalf("%s: the page does not read as clean columns", c.name)
		}
		s.hg = newHeadGrams(stories, ps)
		// The story carries half of a's headline words, more than its
		// words are like a's text; by words it is unlike b's.
		stoks := []map[string]float64{
			{"码头": 1, "泊位": 1},
			{"码头": 1, "港区": 1, "茶农": 0.3},
			{"茶园": 1, "茶农": 1},
		}
		a := &article{g: &group{head: []string{"港区新码头开放"}, toks: map[string]float64{"港区": 1, "码头": 1, "新": 1, "开放": 1}}, stories: []int{0}}
		b := &article{g: &group{head: []string{"茶园"}, toks: map[string]float64{"茶园": 1}}, stories: []int{2}}
		owner := []*article{a, nil, b}
		s.cluster([]*article{a, b}, owner, make([]bool, 3), stories, ps, stoks, slen, s.continuations(stories, ps), s.bigramVecs(stories, ps))
		if got := ownerName(owner[1], a, b); got != c.want {
			t.Errorf("%s: story went to %s, want %s", c.name, got, c.want)
		}
	}
}
