package layout

import (
	"testing"

	"newsprint/page"
)

// A scan's rule finder strung glyph strokes into a vertical rule that runs
// down into the head's text: it is no column edge, and the credit under
// the head, left of it, is still the head's.
func TestRuleThroughHeadIsNoColumnEdge(t *testing.T) {
	b := datedScan()
	b.line("远山新路通四方", 150, 300, 100, 100)
	b.p.Rules = append(b.p.Rules, page.Rule{Box: page.Rect{X0: 330, Y0: 230, X1: 342, Y1: 390}})
	b.line("□本报记者 陈小川", 150, 420, 35, 35)
	a := columnsArticle(t, b, 500)
	if a.Byline != "本报记者 陈小川" || len(a.Authors) != 1 || a.Authors[0].Name != "陈小川" {
		t.Errorf("byline %q authors %+v", a.Byline, a.Authors)
	}
}
