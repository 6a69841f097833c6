package dump

import (
	"strings"
	"testing"
)

// An editor's note whose label is printed as its title, apart from its
// text, and whose opening line the dump set off by a blank line: that line,
// as wide as an indented first line of the note's column, was taken for a
// heading. The label becomes the note's headline and the line opens its
// text again. A heading as wide as a full column line stays a headline.
func TestNoteLabelTakesItsOpeningLine(t *testing.T) {
	const label = `编者按

`
	const text = `平原上几个产粮大县采访，看到
农机轰鸣、粮仓满满，一派丰收
景象。本版即日起刊发系列报道
，记录各地秋收的新变化和农民
的新期待，欢迎读者朋友来信。`
	for _, c := range []struct {
		name, first string
		note        bool
	}{
		{"indented first line", "今年秋收时节记者前往华北", true},
		{"full line", "今年秋收时节记者前往华北地", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", label+c.first+"\n\n"+text))
			var hs []string
			for _, a := range l.Articles {
				hs = append(hs, joinLines(a.Headline))
			}
			if !c.note {
				findArticle(t, l, c.first)
				return
			}
			a := findArticle(t, l, "编者按")
			if b := bodyText(a); !strings.HasPrefix(b, c.first+"平原上几个产粮大县") {
				t.Errorf("note's text = %q (headlines %q)", b, hs)
			}
		})
	}
}
