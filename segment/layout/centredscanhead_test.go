package layout

import (
	"strings"
	"testing"
)

// A head centred over the three columns of its article on a scan, its
// left edge in the middle of the first column: it owns all three, the
// first too. The heads of the row under it, set flush with their
// columns, keep to them.
func TestCentredHeadOnAScan(t *testing.T) {
	b := datedScan()
	b.line("居中的一行大标题", 585, 300, 90, 90)
	b.column("甲", 12, 150, 430)
	b.column("乙", 12, 700, 430)
	b.column("丙", 12, 1250, 430)
	b.rule(150, 1060, 2330, 4)
	b.line("短的引题", 150, 1120, 40, 40)
	b.line("左边的标题", 150, 1180, 70, 70)
	b.column("丁", 8, 150, 1300)
	b.line("右边一篇的标题", 700, 1120, 70, 70)
	b.column("戊", 8, 700, 1220)
	b.column("己", 8, 1250, 1220)
	l := Segment(&b.p)
	heads := articleStarts(l)
	want := []string{"居中的一行大标题:甲乙丙", "左边的标题:丁", "右边一篇的标题:戊己"}
	if strings.Join(heads, " ") != strings.Join(want, " ") {
		t.Errorf("articles %q, want %q", heads, want)
	}
}
