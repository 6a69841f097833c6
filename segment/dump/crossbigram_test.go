package dump

import (
	"slices"
	"testing"
)

// foldCrossheads runs crossheads on articles of one story each: heads[i]
// (a bare heading when byline is "") over texts[i], the story carrying
// credit[i] in its text, with the word weights toks[i]. It returns, per
// article, the article it went into (its own index when it stayed).
func foldCrossheads(t *testing.T, heads, bylines, credits, texts []string, toks []map[string]float64) []int {
	t.Helper()
	ps, stories, _ := textStories(texts)
	var arts []*article
	for i := range texts {
		ps[i].credit = credits[i]
		arts = append(arts, &article{g: &group{head: []string{heads[i]}, byline: bylines[i], line: i * 10}, stories: []int{i}})
	}
	s := &pageSeg{zh: true}
	out := s.crossheads(slices.Clone(arts), toks, ps, stories, s.bigramVecs(stories, ps))
	got := make([]int, len(arts))
	for i := range arts {
		got[i] = -1
		for j, a := range arts {
			if slices.Contains(out, a) && slices.Contains(a.stories, i) {
				got[i] = j
			}
		}
	}
	return got
}

func TestCrossheadsOfRunInCreditedFeature(t *testing.T) {
	// Texts: the feature and its crosshead's paragraphs share names (滨江港,
	// 码头, 转岗); the other article shares none.
	feature := "滨江港码头扩建后，老码头的装卸工人面临转岗，港务集团为他们开设培训班。"
	crossText := "在滨江港码头，转岗的装卸工人已经走上新的岗位，培训班仍在开。"
	other := "青山县的茶园进入采摘季节，茶农们天不亮就上山采茶。"
	// Word weights share nothing: only the bigrams tie the crosshead's
	// text to the feature.
	apart := []map[string]float64{{"a": 1}, {"b": 1}, {"c": 1}}
	got := foldCrossheads(t,
		[]string{"滨江港码头扩建全面完工", "工人转岗", "茶园采摘"},
		[]string{"", "", "本报记者 王五"},
		[]string{"本报讯 记者张三报道", "", ""},
		[]string{feature, crossText, other}, apart)
	if want := []int{0, 0, 2}; !slices.Equal(got, want) {
		t.Errorf("run-in credited feature: articles went to %v, want %v", got, want)
	}
	// A bare heading whose own text carries a run-in credit heads an
	// article, however alike its words are to a credited one's.
	alike := []map[string]float64{{"a": 1}, {"b": 1}, {"a": 1}}
	got = foldCrossheads(t,
		[]string{"滨江港码头扩建全面完工", "工人转岗", "茶园采摘"},
		[]string{"", "", "本报记者 王五"},
		[]string{"本报讯 记者张三报道", "", ""},
		[]string{feature, other, other}, alike)
	if got[0] != 0 {
		t.Errorf("credited article folded into %d", got[0])
	}
	// An editor's-note label is no crosshead.
	got = foldCrossheads(t,
		[]string{"滨江港码头扩建全面完工", "编者按", "茶园采摘"},
		[]string{"本报记者 张三", "", ""},
		[]string{"", "", ""},
		[]string{feature, crossText, other}, []map[string]float64{{"a": 1}, {"a": 1}, {"c": 1}})
	if got[1] != 1 {
		t.Errorf("editor's note went to %d", got[1])
	}
}
