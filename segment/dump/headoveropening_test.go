package dump

import (
	"strings"
	"testing"
)

// A bare heading printed apart from any text draws the story by its words,
// while the bare heading printed right over the story's first paragraph
// drew nothing: the heading over the text is the headline, the one read
// as a block of its own its deck.
func TestHeadOverOpeningIsHeadline(t *testing.T) {
	const dump = `城乡公交通到家门口

今年以来，东山区加快推进交通建设，
新修道路四十公里，城乡群众出行更
加方便，区里的公路网越织越密。

青山县交通运输局
青山县今年新开通城乡公交线路
二十条，城乡公交通到家门口，村民
坐公交进城只要一元钱。城乡公交开
通以来，村里的农产品搭上公交进城，
城乡公交成了村民的致富路。

县里还将新建公交站台一百座，让城
乡公交通到更多家门口。`
	l := Segment(dumpPage("zh", dump))
	for _, a := range l.Articles {
		if !strings.Contains(bodyText(a), "二十条") {
			continue
		}
		var decks []string
		for _, d := range a.Decks {
			decks = append(decks, joinLines(d))
		}
		if h := joinLines(a.Headline); h != "青山县交通运输局" || len(decks) != 1 || decks[0] != "城乡公交通到家门口" {
			t.Errorf("headline %q decks %q, want 青山县交通运输局 over 城乡公交通到家门口", h, decks)
		}
		return
	}
	t.Errorf("no article holds the text: %+v", l.Articles)
}
