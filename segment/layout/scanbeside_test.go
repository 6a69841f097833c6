package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// A scan of the PDF layout of TestColumnsBesideOneColumnHead, the second
// story under a kicker of two lines: its head fills its column, set a size
// up from the kicker, and its other columns start level with the kicker's
// top, past column rules. The head is a head (not a body line OCR sized
// up under two lines of text), and the columns beside it are its story's.
func TestColumnsBesideOneColumnHeadOnAScan(t *testing.T) {
	b := datedScan()
	// Columns read at their size, as OCR reads most lines of a page.
	column := func(prefix string, n int, x0, y0 float64) {
		for i := 0; i < n; i++ {
			text, x := prefix+strings.Repeat("文", 13), x0
			if i == 0 {
				text, x = prefix+strings.Repeat("文", 11), x0+70
			}
			b.line(text, x, y0+50*float64(i), 35, 35)
		}
	}
	b.line("第一篇通栏的大标题", 150, 300, 90, 90)
	column("甲", 10, 150, 430)
	column("乙", 10, 700, 430)
	column("丙", 10, 1250, 430)
	b.rule(150, 960, 1740, 4)
	b.line("推进城乡供水、改善农村饮水、", 150, 1000, 35, 42)
	b.line("加快管网改造，河北各地", 150, 1050, 35, 42)
	b.line("让群众喝上放心的好水", 150, 1100, 49, 49)
	column("丁", 12, 150, 1180)
	vrule := func(x float64) {
		b.p.Rules = append(b.p.Rules, page.Rule{Box: page.Rect{X0: x, Y0: 1000, X1: x + 3, Y1: 1780}})
	}
	vrule(670)
	vrule(1220)
	column("戊", 15, 700, 1000)
	column("己", 15, 1250, 1000)
	l := Segment(&b.p)
	got := articleStarts(l)
	want := []string{"第一篇通栏的大标题:甲乙丙", "让群众喝上放心的好水:丁戊己"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("articles %q, want %q", got, want)
	}
}
