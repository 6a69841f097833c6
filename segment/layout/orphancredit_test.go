package layout

import (
	"testing"

	"newsprint/page"
)

// A credit line over a column whose head OCR lost reads as an article's
// credit though OCR sized the column's first line off, so that it stands
// as a block of its own between the credit and the rest of the column;
// a credit over a lone line does not.
func TestCreditOverColumnWithLineSizedOff(t *testing.T) {
	blk := func(role role, y0, y1 float64, texts ...string) block {
		b := block{role: role, art: -1, inBox: -1, img: -1}
		for i, tx := range texts {
			y := y0 + float64(i)*13
			b.lines = append(b.lines, page.Line{Text: tx, Box: &page.Rect{X0: 300, Y0: y, X1: 420, Y1: y + 10}, Size: 10})
		}
		b.box = page.Rect{X0: 300, Y0: y0, X1: 420, Y1: y1}
		return b
	}
	s := &state{body: 10, ocr: true}
	s.blocks = []block{
		blk(roleByline, 100, 110, "本报讯记者张小明报道"),
		blk(roleBody, 114, 122, "十一月三日，县城东郊的新渡口，"),
		blk(roleBody, 134, 186, "王大爷夫妇手捧奖状和证书", "走上台来", "全场掌声响起", "久久不息"),
	}
	if !s.credited(0) {
		t.Errorf("credit over the column: not credited")
	}
	s.blocks = s.blocks[:2]
	if s.credited(0) {
		t.Errorf("credit over a lone line: credited")
	}
}
