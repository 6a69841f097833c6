package layout

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// Dense pages: the shapes of a run table, a classified-ad page or a stock
// listing, which segmentation must get through in seconds. Each generator
// makes an OCR-like page in pixels (as ALTO gives it) with word boxes.

// denseLine is a line of text at (x0, y0) set in size px, one word per
// space-separated token, its characters size px apart.
func denseLine(text string, x0, y0, size float64) page.Line {
	var words []page.Word
	x, start := x0, x0
	word := ""
	flush := func() {
		if word != "" {
			words = append(words, page.Word{Text: word, Box: page.Rect{X0: start, Y0: y0, X1: x, Y1: y0 + size}, Confidence: 0.9})
		}
		word = ""
	}
	for _, r := range text {
		if r == ' ' {
			flush()
			x += 0.5 * size
			start = x
			continue
		}
		word += string(r)
		x += 0.6 * size
	}
	flush()
	box := page.Rect{X0: x0, Y0: y0, X1: x, Y1: y0 + size}
	return page.Line{Text: text, Box: &box, Size: size, Conf: 0.9, Words: words}
}

func densePage(lines []page.Line) *page.Page {
	return &page.Page{Number: 1, Width: 2480, Height: 3508, Unit: page.Pixels, Method: page.MethodOCR, Lines: lines}
}

// stackedPage piles n lines on one another, a few pixels apart: a run
// table printed over itself, or OCR reading one region many times.
func stackedPage(n int) *page.Page {
	lines := make([]page.Line, 0, n)
	for i := 0; i < n; i++ {
		lines = append(lines, denseLine(fmt.Sprintf("row %d value %d", i, i*7%1000), 150+float64(i%7), 300+float64(i%50), 35))
	}
	return densePage(lines)
}

// gridPage is rows × cols short words, one line each: a stock listing.
func gridPage(rows, cols int) *page.Page {
	lines := make([]page.Line, 0, rows*cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			lines = append(lines, denseLine(fmt.Sprintf("%d", (r*cols+c)%997), 40+float64(c)*16, 40+float64(r)*17, 14))
		}
	}
	return densePage(lines)
}

// cellsPage is rows × cols short words set apart, each a block of its
// own: a page of small ads or a sparse table.
func cellsPage(rows, cols int) *page.Page {
	lines := make([]page.Line, 0, rows*cols)
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			lines = append(lines, denseLine(fmt.Sprintf("%d", (r*cols+c)%997), 40+float64(c)*40, 40+float64(r)*40, 14))
		}
	}
	return densePage(lines)
}

// adsPage is rows × cols small ads: a head in larger type over three
// lines of text each (a classified-ad page).
func adsPage(rows, cols int) *page.Page {
	var lines []page.Line
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			x, y := 40+float64(c)*120, 40+float64(r)*80
			lines = append(lines, denseLine(fmt.Sprintf("AD %d", r*cols+c), x, y, 20))
			for k := 0; k < 3; k++ {
				lines = append(lines, denseLine(fmt.Sprintf("call %d now", (r+k)*c), x, y+24+float64(k)*15, 12))
			}
		}
	}
	return densePage(lines)
}

// columnPage is one column of n body lines: a long listing.
func columnPage(n int) *page.Page {
	lines := make([]page.Line, 0, n)
	for i := 0; i < n; i++ {
		lines = append(lines, denseLine(fmt.Sprintf("item %d costs %d.%02d each", i, i%500, i%100), 150, 100+float64(i)*50, 35))
	}
	return densePage(lines)
}

// tablePage is n rows of a listing, each read as one line whose cells
// stand a gutter's width apart: a stock table.
func tablePage(n int) *page.Page {
	lines := make([]page.Line, 0, n)
	for i := 0; i < n; i++ {
		lines = append(lines, denseLine(fmt.Sprintf("CO%04d    %d.%02d    +0.%02d    %d", i, i%90+10, i%100, i%37, i*13%9000), 150, 100+float64(i)*20, 14))
	}
	return densePage(lines)
}

// listingPage is a column of body text beside a listing in smaller
// type, rows of it, each row read as one line with its cells a
// gutter's width apart.
func listingPage(rows, text int) *page.Page {
	var lines []page.Line
	for i := 0; i < rows; i++ {
		lines = append(lines, denseLine(fmt.Sprintf("CO%04d    %d.%02d    +0.%02d    %d", i, i%90+10, i%100, i%37, i*13%9000), 900, 100+float64(i)*14, 10))
	}
	for i := 0; i < text; i++ {
		lines = append(lines, denseLine("the text of a story set in its column beside the listing", 100, 100+float64(i)*20, 14))
	}
	return densePage(lines)
}

// pdfText makes a text-layer page of p: the PDF path skips the OCR steps.
func pdfText(p *page.Page) *page.Page {
	q := *p
	q.Method, q.Unit = page.MethodPDFText, page.Points
	return &q
}

var densePages = []struct {
	name string
	make func() *page.Page
}{
	{"stacked20k", func() *page.Page { return stackedPage(20000) }},
	{"grid150x200", func() *page.Page { return gridPage(150, 200) }},
	{"cells150x200", func() *page.Page { return cellsPage(150, 200) }},
	{"ads150x20", func() *page.Page { return adsPage(150, 20) }},
	{"listing20k", func() *page.Page { return listingPage(8000, 12000) }},
	{"column20k", func() *page.Page { return columnPage(20000) }},
	{"table20k", func() *page.Page { return tablePage(20000) }},
	{"stacked20k-pdf", func() *page.Page { return pdfText(stackedPage(20000)) }},
	{"grid150x200-pdf", func() *page.Page { return pdfText(gridPage(150, 200)) }},
	{"column20k-pdf", func() *page.Page { return pdfText(columnPage(20000)) }},
	{"cells150x200-pdf", func() *page.Page { return pdfText(cellsPage(150, 200)) }},
	{"ads150x20-pdf", func() *page.Page { return pdfText(adsPage(150, 20)) }},
	{"table20k-pdf", func() *page.Page { return pdfText(tablePage(20000)) }},
}

// BenchmarkDenseLayout times Segment on each dense page.
func BenchmarkDenseLayout(b *testing.B) {
	for _, d := range densePages {
		p := d.make()
		b.Run(d.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Segment(p)
			}
			b.ReportMetric(float64(len(p.Lines)), "lines/page")
		})
	}
}

// randomPage sets a page of rng's making, in the unit and method of
// the builders: columns of body lines whose sizes and edges wander,
// heads cut into pieces, quote marks apart from their lines, caption
// pieces under a picture, lines doubled on one another, rules.
func randomPage(rng *rand.Rand, ocr bool) *page.Page {
	b := newScan(0)
	if !ocr {
		b.p.Method, b.p.Unit = page.MethodPDFText, page.Points
	}
	jit := func(x float64) float64 { return x + rng.Float64()*6 - 3 }
	for c := 0; c < 2+rng.IntN(3); c++ {
		x0, y := 150+float64(c)*560, 300+rng.Float64()*400
		if rng.IntN(2) == 0 {
			// A head in pieces, a character's gap or less apart.
			size := 60 + rng.Float64()*40
			x := x0
			for k := 0; k < 1+rng.IntN(3); k++ {
				n := 2 + rng.IntN(4)
				b.line(strings.Repeat("标", n), jit(x), jit(y), size, size*(0.9+0.2*rng.Float64()))
				x += float64(n)*size + rng.Float64()*size
			}
			y += size + 40
			if rng.IntN(2) == 0 {
				// A deck in capitals, sized like body text.
				b.p.Lines = append(b.p.Lines, denseLine("THE DECK IN CAPITALS", jit(x0), jit(y), 35))
				y += 50
			}
		}
		for i := 0; i < 10+rng.IntN(30); i++ {
			if rng.IntN(15) == 0 {
				// A break in the column, at times under a crosshead.
				y += 100 + rng.Float64()*1000
				if rng.IntN(2) == 0 {
					b.line(strings.Repeat("题", 4), jit(x0+100), jit(y), 45, 45)
					y += 60
				}
			}
			n := 6 + rng.IntN(9)
			x := jit(x0)
			if rng.IntN(8) == 0 {
				// A line cut in two a gutter's width apart.
				b.line(strings.Repeat("文", n/2), x, jit(y), 35, 35)
				b.line(strings.Repeat("字", n-n/2), x+float64(n/2)*35+20+rng.Float64()*30, jit(y), 35, 35)
			} else {
				b.line(strings.Repeat("文", n)+fmt.Sprint(i), x, jit(y), 35, 35*(0.85+0.3*rng.Float64()))
			}
			if rng.IntN(10) == 0 {
				// A line OCR read on across the gutter into the next column.
				b.p.Lines = append(b.p.Lines, denseLine(strings.Repeat("word ", n/2)+strings.Repeat(" ", 2+rng.IntN(4))+strings.Repeat("next ", 1+rng.IntN(4)), jit(x0), jit(y+25), []float64{35, 24}[rng.IntN(2)]))
			}
			if rng.IntN(10) == 0 {
				b.line("“", x-30+rng.Float64()*10, jit(y), 35, 35) // a mark on its own
			}
			if rng.IntN(12) == 0 {
				b.line(strings.Repeat("文", n), jit(x), jit(y), 35, 35) // read twice
			}
			y += 50
		}
		for k := rng.IntN(3); k > 0; k-- {
			// Small type set apart, in two parts a gutter's width apart
			// or one line with such a gap: a listing, a notice.
			y += 40
			if rng.IntN(2) == 0 {
				b.p.Lines = append(b.p.Lines, denseLine("a small notice", jit(x0), y, 24), denseLine("its other part", jit(x0+300), y, 24))
			} else {
				b.p.Lines = append(b.p.Lines, denseLine("a small notice"+strings.Repeat(" ", 3+rng.IntN(4))+"its other part", jit(x0), y, 24))
			}
		}
		if rng.IntN(3) == 0 {
			// A picture with its caption in two pieces under it.
			b.p.Images = append(b.p.Images, page.Image{Box: page.Rect{X0: x0, Y0: y, X1: x0 + 500, Y1: y + 300}})
			b.line("图为会议现场（", x0, y+310, 28, 28)
			b.line("本报记者 王小明摄）", x0+230+rng.Float64()*60, y+310, 28, 28)
		}
		if rng.IntN(2) == 0 {
			b.rule(x0, y+60, x0+500, 4)
		}
	}
	return &b.p
}

// The indexes change no result: random pages segment the same with them
// as with every pair tried.
func TestIndexesKeepResults(t *testing.T) {
	for seed := uint64(1); seed <= 60; seed++ {
		for _, ocr := range []bool{true, false} {
			make := func() *page.Page { return randomPage(rand.New(rand.NewPCG(seed, 7)), ocr) }
			want := func() segment.Layout {
				indexed = false
				defer func() { indexed = true }()
				return Segment(make())
			}()
			if got := Segment(make()); !reflect.DeepEqual(got, want) {
				t.Errorf("seed %d (ocr %v): %d articles with the indexes, %d without", seed, ocr, len(got.Articles), len(want.Articles))
			}
		}
	}
}
