package layout

import (
	"fmt"
	"testing"
)

// BenchmarkSegment measures layout time for a busy synthetic page: six
// articles of three columns, 60 lines a column, with rules and pictures.
func BenchmarkSegment(b *testing.B) {
	pb := newPage()
	pb.p.Width, pb.p.Height = 842, 1191
	for row := 0; row < 2; row++ {
		for c := 0; c < 2; c++ {
			x, y := 40+float64(c)*390, 60+float64(row)*560
			pb.line(fmt.Sprintf("第%d篇文章的标题", row*2+c), x, y, x+300, 22, true, "Hei")
			pb.line("本报记者 张三", x, y+26, x+80, 10, false, "Kai")
			for k := 0; k < 3; k++ {
				pb.column("文", 34, x+float64(k)*125, y+44, x+float64(k)*125+115)
			}
			pb.rule(x, y+530, x+370, y+531)
		}
	}
	n := len(pb.p.Lines)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Segment(&pb.p)
	}
	b.ReportMetric(float64(n), "lines/page")
}
