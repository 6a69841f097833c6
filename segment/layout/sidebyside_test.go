package layout

import "testing"

// Two heads of two lines each side by side on a scan, a character's gap
// apart: each wraps at its own measure, so the first lines are two heads,
// not one line that OCR cut.
func TestScanHeadsSideBySide(t *testing.T) {
	b := datedScan()
	b.line("东区新建公园开放", 150, 300, 70, 66)
	b.line("西区老街改造完成", 760, 300, 70, 71)
	b.line("市民休闲多去处", 150, 382, 70, 69)
	b.line("街巷焕然一新", 760, 382, 70, 74)
	b.column("甲", 8, 150, 490)
	b.column("乙", 8, 760, 490)
	var heads []string
	for _, a := range Segment(&b.p).Articles {
		heads = append(heads, texts(a.Headline))
	}
	if len(heads) != 2 || heads[0] != "东区新建公园开放|市民休闲多去处" || heads[1] != "西区老街改造完成|街巷焕然一新" {
		t.Errorf("headlines %q, want the two heads apart", heads)
	}
}
