package dump

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// clusterShort runs cluster on two articles' texts (each a story of its
// own) and a headless story printed between them whose words lean a little
// to article b; it returns which article the headless story went to.
func clusterShort(t *testing.T, aText, bText, sText string) string {
	t.Helper()
	ps, stories, slen := textStories([]string{aText, sText, bText})
	return clusterBetween(&pageSeg{zh: true}, ps, stories, slen)
}

// clusterBetween runs cluster on three stories: the first article a's, the
// third b's, the second headless, its words leaning a little to b; it
// returns which article the headless story went to.
func clusterBetween(s *pageSeg, ps []*piece, stories [][]int, slen []int) string {
	// Word weights: the story shares one word with both articles and a
	// little of another with b only, so its words nearly tie.
	stoks := []map[string]float64{
		{"x": 1, "a": 1},
		{"x": 1, "b": 0.1},
		{"x": 1, "b": 1},
	}
	a, b := &article{stories: []int{0}}, &article{stories: []int{2}}
	owner := []*article{a, nil, b}
	s.cluster([]*article{a, b}, owner, make([]bool, 3), stories, ps, stoks, slen, s.continuations(stories, ps), s.bigramVecs(stories, ps))
	return ownerName(owner[1], a, b)
}

// textStories makes a piece of each text, ten dump lines apart, each a
// story of its own; slen holds the stories' lengths in runes.
func textStories(texts []string) (ps []*piece, stories [][]int, slen []int) {
	for i, tx := range texts {
		ps = append(ps, &piece{frags: []frag{{text: tx, line: i * 10, w: width(tx)}}, first: i * 10, story: i, next: -1, prev: -1})
		stories = append(stories, []int{i})
		slen = append(slen, utf8.RuneCountInString(tx))
	}
	return ps, stories, slen
}

// ownerName names the article o of the two a and b a test clusters into:
// "a", "b", or "none".
func ownerName(o, a, b *article) string {
	switch o {
	case a:
		return "a"
	case b:
		return "b"
	}
	return "none"
}

func TestShortStoryWithNearTieGoesByBigrams(t *testing.T) {
	harbour := "滨江港新建的集装箱码头正式投入使用，码头共有泊位六个。"
	tea := "清明前后，青山县的茶园进入采摘季，茶农们天不亮就上山。"
	// The story names the harbour: its bigrams tie it to article a.
	if got := clusterShort(t, harbour, tea, "港口负责人说，滨江港码头将继续扩大开放。"); got != "a" {
		t.Errorf("story naming the harbour went to %s, want a", got)
	}
	// Without shared bigrams the words decide: b.
	if got := clusterShort(t, harbour, tea, "负责人表示，今后将继续努力工作。"); got != "b" {
		t.Errorf("story sharing no bigrams went to %s, want b", got)
	}
	// A long story has words enough: they decide, bigrams or not.
	long := strings.Repeat("港口负责人说，滨江港码头将继续扩大开放。", 12)
	if got := clusterShort(t, harbour, tea, long); got != "b" {
		t.Errorf("long story went to %s, want b", got)
	}
}

func TestBigramVecs(t *testing.T) {
	texts := []string{"滨江港码头", "滨江港开放", "茶园采摘"}
	var ps []*piece
	var stories [][]int
	for i, tx := range texts {
		ps = append(ps, &piece{frags: []frag{{text: tx}}})
		stories = append(stories, []int{i})
	}
	v := (&pageSeg{zh: true}).bigramVecs(stories, ps)
	if v[0]["滨江"] <= 0 || v[1]["江港"] <= 0 {
		t.Errorf("shared bigrams not weighed: %v %v", v[0], v[1])
	}
	if _, ok := v[0]["码头"]; ok {
		t.Errorf("bigram of one story only weighed: %v", v[0])
	}
	if len(v[2]) != 0 {
		t.Errorf("story sharing nothing has weights: %v", v[2])
	}
}
