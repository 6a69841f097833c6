package dump

import (
	"slices"
	"testing"

	"newsprint/segment"
)

// A credit without a heading that drew a couple of characters of some
// column is no article: the credit and its scrap are blocks. A credit
// without a heading over a story of its own stays an article, and so does
// a headed, credited article however short.
func TestCreditOverScrap(t *testing.T) {
	s, ps, stories := strayPage([]strayStory{
		{text: rice[0] + rice[1], gap: true},
		{text: "“米", gap: true},
		{text: rail[0], gap: true},
		{text: "铁路开通了。", gap: true},
	})
	arts, _, slen := strayArticles(stories, ps, []int{0}, []int{1}, []int{2}, []int{3})
	scrap, story, short := arts[1], arts[2], arts[3]
	scrap.g = &group{byline: "本报记者 李小红"}
	story.g = &group{byline: "本报记者 王小明"}
	short.g = &group{head: []string{"铁路开通"}, byline: "本报记者 张小华"}
	var layout segment.Layout
	kept := s.scraps(arts, ps, stories, slen, &layout)
	if slices.Contains(kept, scrap) {
		t.Error("a credit over two characters kept as an article")
	}
	for _, a := range []*article{arts[0], story, short} {
		if !slices.Contains(kept, a) {
			t.Errorf("article %q / %q dropped", a.g.head, a.g.byline)
		}
	}
	var blocks []string
	for _, b := range layout.Blocks {
		for _, l := range b.Lines {
			blocks = append(blocks, l.Text)
		}
	}
	for _, want := range []string{"本报记者 李小红", "“米"} {
		if !slices.Contains(blocks, want) {
			t.Errorf("block %q missing from %q", want, blocks)
		}
	}
}
