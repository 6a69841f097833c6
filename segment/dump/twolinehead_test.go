package dump

import (
	"strings"
	"testing"
)

// A headline set on two short lines by choice is one headline; a bracketed
// column label under it is its deck. A full column line under a one-line
// heading stays the text's first line.
func TestTwoLineHeadline(t *testing.T) {
	const body = zhCountyBody + `
（本报记者 李明）`
	for _, c := range []struct {
		name, top, head, deck, opens string
	}{
		{"two short lines", "全省县域经济\n十强县名单出炉\n民营企业挺进第一方阵（经济观察）\n", "全省县域经济十强县名单出炉", "民营企业挺进第一方阵（经济观察）", "日前"},
		{"column line under a heading", "全省县域经济\n", "全省县域经济", "", "日前"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", "第3版\n\n"+c.top+body))
			if len(l.Articles) != 1 {
				t.Fatalf("%d articles, want 1", len(l.Articles))
			}
			a := l.Articles[0]
			if h := joinLines(a.Headline); h != c.head {
				t.Errorf("headline %q, want %q", h, c.head)
			}
			var ds []string
			for _, d := range a.Decks {
				ds = append(ds, joinLines(d))
			}
			if d := strings.Join(ds, "|"); d != c.deck {
				t.Errorf("decks %q, want %q", d, c.deck)
			}
			if b := bodyText(a); !strings.HasPrefix(b, c.opens) {
				t.Errorf("body %q", b)
			}
		})
	}
}
