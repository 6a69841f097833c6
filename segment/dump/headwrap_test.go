package dump

import (
	"strings"
	"testing"
)

// A heading whose last word wrapped alone onto the next line, one
// character, gets it back: "…新技术落" / "地" is "…新技术落地". A
// character that finishes no word across the break stays where it is.
func TestHeadingTakesOneCharacterWrap(t *testing.T) {
	const body = `

近日，全县召开农业新技术推广大会，
部署农业新技术示范田建设，推动一批
重点项目尽快投产见效。`
	for _, c := range []struct {
		name, head, wrap, want string
	}{
		{"word across the break", "加快推进农业新技术落", "地", "加快推进农业新技术落地"},
		{"no word across the break", "全县推广农业新技术促发展", "岸", "全县推广农业新技术促发展"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", c.head+"\n"+c.wrap+body))
			var hs []string
			for _, a := range l.Articles {
				hs = append(hs, joinLines(a.Headline))
			}
			if len(hs) != 1 || hs[0] != c.want {
				t.Errorf("headlines %q, want [%q]", hs, c.want)
			}
			if b := bodyText(l.Articles[0]); strings.HasPrefix(b, c.wrap+"近日") == (c.want != c.head) {
				t.Errorf("body %q", b)
			}
		})
	}
}
