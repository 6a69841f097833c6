package layout

import (
	"testing"
)

// A section banner on a scan: a word in capitals between two rules across
// the page, a little more than its OCR size of white over it (OCR's box
// of capitals has no descender). It is page furniture, not the head of
// an article that takes the story under it.
func TestSectionBannerOnAScan(t *testing.T) {
	b := enDatedScan()
	b.enLineEm("Rates held again", 100, 230, 600, 44, true, 28)
	b.enColumn("alpha", 8, 100, 290, 600)
	b.rule(100, 567, 1300, 3)
	b.enLineEm("REGIONS", 100, 600, 300, 34, false, 24)
	b.rule(100, 652, 1300, 2)
	b.enLineEm("Town hall opens", 100, 690, 600, 44, true, 28)
	b.enColumn("beta", 8, 100, 750, 600)
	l := Segment(&b.p)
	got := articleStarts(l)
	if len(got) != 2 || got[0] != "Rates held again:a" || got[1] != "Town hall opens:b" {
		t.Errorf("articles %q, want the two stories", got)
	}
}
