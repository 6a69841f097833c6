package pdftext

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"newsprint/internal/pdfgen"
	"newsprint/page"
)

func mustRead(t *testing.T, data []byte) *page.Document {
	t.Helper()
	doc, err := Read(data)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return doc
}

func texts(p page.Page) []string {
	var out []string
	for _, l := range p.Lines {
		out = append(out, l.Text)
	}
	return out
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

const helv = "<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >>"

func TestSimpleFontLineGeometry(t *testing.T) {
	d := pdfgen.New()
	// Tf 1 scaled by Tm to 12 pt: the size must come from the matrices.
	d.Page("BT /F1 1 Tf 12 0 0 12 72 700 Tm (Hello World) Tj ET", helv, "")
	doc := mustRead(t, d.Bytes())
	p := doc.Pages[0]
	if p.Width != 612 || p.Height != 792 || p.Unit != page.Points || p.Method != page.MethodPDFText {
		t.Fatalf("page geometry %v x %v %s %s", p.Width, p.Height, p.Unit, p.Method)
	}
	if got := texts(p); len(got) != 1 || got[0] != "Hello World" {
		t.Fatalf("lines %q", got)
	}
	l := p.Lines[0]
	if !near(l.Size, 12, 0.01) {
		t.Errorf("size %v, want 12", l.Size)
	}
	// Baseline at y=700 from the bottom is 92 from the top; the box spans it.
	if l.Box == nil || !(l.Box.Y0 < 92 && l.Box.Y1 > 92) || !near(l.Box.X0, 72, 0.5) {
		t.Errorf("box %+v does not sit on the baseline at 72,92", l.Box)
	}
	// Helvetica widths: "Hello World" is 5.167 em wide: 62.0 at 12 pt.
	if w := l.Box.Width(); !near(w, 62.0, 0.2) {
		t.Errorf("line width %.1f, want 62.0 (standard 14 metrics)", w)
	}
	if l.Font != "Helvetica" || l.Bold || l.Italic || l.Conf != 1 {
		t.Errorf("font %q bold %v italic %v conf %v", l.Font, l.Bold, l.Italic, l.Conf)
	}
	if len(l.Words) != 2 || l.Words[0].Text != "Hello" || l.Words[1].Text != "World" || l.Words[0].Box.X1 > l.Words[1].Box.X0 {
		t.Errorf("words %+v", l.Words)
	}
}

func TestWordSpacingFromGaps(t *testing.T) {
	d := pdfgen.New()
	// No space characters at all: words are positioned with TJ offsets.
	d.Page("BT /F1 10 Tf 72 700 Td [(one) -300 (two) -20 (three)] TJ ET", helv, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "one twothree" {
		t.Fatalf("lines %q, want %q", got, "one twothree")
	}
}

func TestDifferencesAndGlyphNames(t *testing.T) {
	d := pdfgen.New()
	res := `<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 65 /LastChar 70
		/Widths [500 500 500 500 500 500]
		/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /uni4E2D /f_i /Euro /eacute /g67 /afii10017] >> >> >> >>`
	d.Page("BT /F1 10 Tf 72 700 Td (ABCDEF) Tj ET", res, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	want := "中fi€éCА" // g67 → 'C' (numbered glyph), afii10017 → Cyrillic А
	if got := texts(p); len(got) != 1 || got[0] != want {
		t.Fatalf("lines %q, want %q", got, want)
	}
}

func TestStandardAndMacRomanEncodings(t *testing.T) {
	d := pdfgen.New()
	res := `<< /Font << /S << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>
		/M << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >> >> >>`
	d.Page("BT /S 10 Tf 72 700 Td (It\\047s) Tj ET BT /M 10 Tf 72 600 Td (\\216t\\212) Tj ET", res, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	got := texts(p)
	if len(got) != 2 || got[0] != "It’s" || got[1] != "étä" {
		t.Fatalf("lines %q, want [It’s étä]", got)
	}
}

// t3Font is a cairo-style Type 3 font: glyph space y-down, ToUnicode.
func t3Font(d *pdfgen.Doc, chars string) string {
	var bfchar, diffs, procs []string
	var widths []string
	i := 1
	for _, r := range chars {
		bfchar = append(bfchar, fmt.Sprintf("<%02X> %s", i, pdfgen.UTF16(string(r))))
		diffs = append(diffs, fmt.Sprintf("/g%d", i))
		p := d.Stream("", []byte("1000 0 d0"))
		procs = append(procs, fmt.Sprintf("/g%d %d 0 R", i, p))
		widths = append(widths, "1000")
		i++
	}
	tu := d.Stream("", pdfgen.ToUnicode("<00> <FF>", strings.Join(bfchar, "\n"), ""))
	desc := d.Add("<< /Type /FontDescriptor /FontName /AAAAAA+NotoSerifCJKsc-Bold /Flags 6 /FontWeight 700 >>")
	return fmt.Sprintf(`<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 -0.001 0 0] /FontBBox [0 120 1000 -880]
		/FirstChar 1 /LastChar %d /Widths [%s] /Encoding << /Type /Encoding /Differences [1 %s] >>
		/CharProcs << %s >> /ToUnicode %d 0 R /FontDescriptor %d 0 R /Resources << >> >>`,
		i-1, strings.Join(widths, " "), strings.Join(diffs, " "), strings.Join(procs, " "), tu, desc)
}

func TestType3ToUnicodeCJK(t *testing.T) {
	d := pdfgen.New()
	f := t3Font(d, "中文报纸")
	// Like cairo: a y-flipping CTM and a y-flipping text matrix.
	content := "1 0 0 -1 0 792 cm BT /T 12 Tf 1 0 0 -1 100 100 Tm <0102> Tj 24 0 Td <0304> Tj ET"
	d.Page(content, "<< /Font << /T "+f+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "中文报纸" {
		t.Fatalf("lines %q, want [中文报纸] (no spaces between CJK)", got)
	}
	l := p.Lines[0]
	if !near(l.Size, 12, 0.01) || !l.Bold || l.Font != "NotoSerifCJKsc-Bold" {
		t.Errorf("size %v bold %v font %q", l.Size, l.Bold, l.Font)
	}
	// Baseline at 100 from the top; glyphs rise above it (Y0 < 100).
	if !(l.Box.Y0 < 100 && l.Box.Y1 > 100 && l.Box.Y1 < 104) || !near(l.Box.Width(), 48, 0.5) {
		t.Errorf("box %+v: want 48 wide, baseline at y=100", *l.Box)
	}
	if p.Language != "zh" {
		t.Errorf("language %q", p.Language)
	}
}

// type0 returns a Type 0 font dictionary.
func type0(d *pdfgen.Doc, encoding, toUnicode, w string) string {
	tu := ""
	if toUnicode != "" {
		tu = toUnicode
	}
	return fmt.Sprintf(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding %s %s
		/DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light
		/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /W [%s]
		/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /Ascent 880 /Descent -120 >> >>] >>`,
		encoding, tu, w)
}

func TestIdentityHToUnicode(t *testing.T) {
	d := pdfgen.New()
	cm := pdfgen.ToUnicode("<0000> <FFFF>",
		"<0001> <0066006C>\n<0002> <FB01>",
		"<0010> <0012> <0041>\n<0020> <0022> [<4E2D> <6587> <D83DDE00>]")
	tu := d.Stream("", cm)
	f := type0(d, "/Identity-H", fmt.Sprintf("/ToUnicode %d 0 R", tu), "1 [500 500] 16 18 500")
	d.Page("BT /F 10 Tf 72 700 Td <0001000200100011001200200021> Tj ET", "<< /Font << /F "+f+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	// fl from a two-unit bfchar, the ﬁ ligature as letters, a bfrange run,
	// an array bfrange.
	if got := texts(p); len(got) != 1 || got[0] != "flfiABC中文" {
		t.Fatalf("lines %q, want [flfiABC中文]", got)
	}
}

func TestPredefinedCMapsWithoutToUnicode(t *testing.T) {
	d := pdfgen.New()
	ucs2 := type0(d, "/UniGB-UCS2-H", "", "1 95 500")
	gbk := type0(d, "/GBK-EUC-H", "", "")
	// UCS-2 "中国2019": CJK and ASCII, ASCII maps to proportional CIDs 1-95.
	// GBK "报纸" = B1A8 D6BD.
	content := "BT /U 10 Tf 72 700 Td <4E2D56FD0032003000310039> Tj ET BT /G 20 Tf 72 600 Td <B1A8D6BD> Tj ET"
	d.Page(content, "<< /Font << /U "+ucs2+" /G "+gbk+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	got := texts(p)
	if len(got) != 2 || got[0] != "中国2019" || got[1] != "报纸" {
		t.Fatalf("lines %q, want [中国2019 报纸]", got)
	}
	// Widths through the CMap: 2 CJK at 1000 + 4 digits at 500 = 40 pt.
	if w := p.Lines[0].Box.Width(); !near(w, 40, 0.5) {
		t.Errorf("UCS2 line width %.2f, want 40 (CIDs from UniGB-UCS2-H, widths from W)", w)
	}
}

func TestAdobeGB1WithoutCMapOrToUnicode(t *testing.T) {
	// Find the CID of 中 with UniGB-UTF16-H, then decode it through the
	// Adobe-GB1 CID → Unicode table: two independent tables must agree.
	c, _ := predefined("UniGB-UTF16-H")
	cid, ok := c.cidOf(0x4E2D, 2)
	if !ok {
		t.Fatal("UniGB-UTF16-H has no CID for U+4E2D")
	}
	d := pdfgen.New()
	f := type0(d, "/Identity-H", "", "")
	d.Page(fmt.Sprintf("BT /F 10 Tf 72 700 Td <%04X> Tj ET", cid), "<< /Font << /F "+f+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "中" {
		t.Fatalf("CID %d read as %q, want 中", cid, got)
	}
}

func TestVerticalWritingOrder(t *testing.T) {
	d := pdfgen.New()
	tu := d.Stream("", pdfgen.ToUnicode("<0000> <FFFF>", "", "<0001> <0004> <4E00>"))
	f := type0(d, "/Identity-V", fmt.Sprintf("/ToUnicode %d 0 R", tu), "")
	// Four glyphs down a column, then a second column to the left.
	d.Page("BT /F 10 Tf 300 700 Td <00010002> Tj ET BT /F 10 Tf 285 700 Td <00030004> Tj ET",
		"<< /Font << /F "+f+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	got := texts(p)
	if len(got) != 2 || got[0] != "一丁" || got[1] != "丂七" {
		t.Fatalf("vertical lines %q, want [一丁 丂七] (columns right to left)", got)
	}
	if b := p.Lines[0].Box; b.Height() < 15 || b.Width() > 12 {
		t.Errorf("vertical line box %+v should be tall and narrow", *b)
	}
}

func TestColumnsNotMerged(t *testing.T) {
	d := pdfgen.New()
	var b strings.Builder
	// Two justified columns with baselines aligned and a 12 pt gutter.
	for i := 0; i < 6; i++ {
		y := 700 - 12*i
		fmt.Fprintf(&b, "BT /F1 10 Tf 72 %d Td (left column line %d) Tj ET ", y, i)
		fmt.Fprintf(&b, "BT /F1 10 Tf 172 %d Td (right column text %d) Tj ET ", y, i)
	}
	d.Page(b.String(), helv, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	got := texts(p)
	if len(got) != 12 {
		t.Fatalf("got %d lines, want 12: %q", len(got), got)
	}
	// Reading order: the whole left column, then the right one.
	for i := 0; i < 6; i++ {
		if got[i] != fmt.Sprintf("left column line %d", i) || got[6+i] != fmt.Sprintf("right column text %d", i) {
			t.Fatalf("order %q", got)
		}
	}
}

func TestRulesBoxesImages(t *testing.T) {
	d := pdfgen.New()
	img := d.Stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255, 255, 0})
	content := "1 w 72 500 m 540 500 l S " + // horizontal rule
		"300 100 0.5 300 re f " + // thin filled rectangle: vertical rule
		"100 600 200 80 re S " + // box outline
		"q 200 0 0 100 100 300 cm /Im Do Q " + // image placement
		"BT /F1 10 Tf 72 700 Td (text) Tj ET"
	d.Page(content, fmt.Sprintf("<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /Im %d 0 R >> >>", img), "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if len(p.Rules) != 2 {
		t.Fatalf("rules %+v, want 2", p.Rules)
	}
	h := p.Rules[0].Box
	if !near(h.Y0, 291.5, 0.1) || !near(h.Y1, 292.5, 0.1) || !near(h.X0, 71.5, 0.1) || !near(h.X1, 540.5, 0.1) {
		t.Errorf("horizontal rule %+v", h)
	}
	if v := p.Rules[1].Box; v.Width() > 1 || v.Height() < 299 {
		t.Errorf("vertical rule %+v", v)
	}
	if len(p.Boxes) != 1 || p.Boxes[0].Filled || !near(p.Boxes[0].Box.Y0, 112, 0.1) || !near(p.Boxes[0].Box.Width(), 200, 0.1) {
		t.Errorf("boxes %+v", p.Boxes)
	}
	if len(p.Images) != 1 || p.Images[0].Box != (page.Rect{X0: 100, Y0: 392, X1: 300, Y1: 492}) {
		t.Errorf("images %+v", p.Images)
	}
	if p.Scan != nil {
		t.Error("a page with text must not be a scan")
	}
}

func TestRenderModes(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 3 Tr 72 700 Td (hidden layer) Tj ET BT /F1 10 Tf 2 Tr 72 600 Td (fake bold) Tj ET", helv, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if len(p.Lines) != 2 {
		t.Fatalf("lines %q", texts(p))
	}
	if !p.Lines[0].Invisible || p.Lines[0].Bold {
		t.Errorf("Tr 3 line: invisible %v bold %v", p.Lines[0].Invisible, p.Lines[0].Bold)
	}
	if p.Lines[1].Invisible || !p.Lines[1].Bold {
		t.Errorf("Tr 2 line: invisible %v bold %v", p.Lines[1].Invisible, p.Lines[1].Bold)
	}
}

func TestActualText(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (ab) Tj /Span << /ActualText <FEFF00AD> >> BDC ( ) Tj EMC (c) Tj "+
		"/Span << /ActualText (XY) >> BDC (zz) Tj EMC ET", helv, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "ab\u00adcXY" {
		t.Fatalf("lines %q, want [ab\\u00adcXY]", got)
	}
}

func TestFormXObjects(t *testing.T) {
	d := pdfgen.New()
	self := d.Reserve()
	inner := d.Stream("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [2 0 0 2 0 0]",
		[]byte("BT /F1 5 Tf 10 10 Td (inside) Tj ET"))
	d.Set(self, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 500 500] /Length %d >>\nstream\n%s\nendstream",
		len("/Self Do /In Do"), "/Self Do /In Do"))
	res := fmt.Sprintf("<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> /XObject << /In %d 0 R /Self %d 0 R >> >>", inner, self)
	d.Page("q 1 0 0 1 100 100 cm /Self Do Q", res, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "inside" {
		t.Fatalf("lines %q", got)
	}
	l := p.Lines[0]
	// (10,10) in the form × 2, moved by (100,100): baseline at y=120.
	if !near(l.Size, 10, 0.01) || !near(l.Box.X0, 120, 0.5) || !(l.Box.Y1 > 792-120 && l.Box.Y0 < 792-120) {
		t.Errorf("form text size %v box %+v", l.Size, *l.Box)
	}
	if !hasWarning(p, "draws itself") {
		t.Errorf("no warning for the self-referencing form: %q", p.Warnings)
	}
}

func hasWarning(p page.Page, s string) bool {
	for _, w := range p.Warnings {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

func TestRotatedPage(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (rotated) Tj ET", helv, "/Rotate 90")
	p := mustRead(t, d.Bytes()).Pages[0]
	if p.Width != 792 || p.Height != 612 {
		t.Fatalf("rotated page %v x %v, want 792 x 612", p.Width, p.Height)
	}
	if got := texts(p); len(got) != 1 || got[0] != "rotated" {
		t.Fatalf("lines %q", got)
	}
	// Rotated 90° clockwise: user (72,700) lands at (700, 72), text runs down.
	b := p.Lines[0].Box
	if !(b.X0 < 700 && b.X1 > 692 && near(b.Y0, 72, 0.5) && b.Height() > 30) {
		t.Errorf("rotated box %+v", *b)
	}
}

func TestCropBox(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (cropped) Tj ET BT /F1 10 Tf 10 10 Td (slug) Tj ET", helv, "/CropBox [50 50 562 742]")
	p := mustRead(t, d.Bytes()).Pages[0]
	if p.Width != 512 || p.Height != 692 || len(p.Lines) != 1 || !near(p.Lines[0].Box.X0, 22, 0.5) {
		t.Fatalf("crop: page %v x %v, lines %q", p.Width, p.Height, texts(p))
	}
	if !hasWarning(p, "outside the page") {
		t.Errorf("no warning for text outside the crop box: %q", p.Warnings)
	}
}

// TestConcurrentReads: the pipeline reads files in parallel; the shared
// tables (glyph list, predefined CMaps) must be safe for that (run with -race).
func TestConcurrentReads(t *testing.T) {
	d := pdfgen.New()
	ucs2 := type0(d, "/UniGB-UCS2-H", "", "1 95 500")
	gbk := type0(d, "/GBK-EUC-H", "", "")
	diff := `<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Differences [65 /uni4E2D /f_i] >> >>`
	d.Page("BT /U 10 Tf 72 700 Td <4E2D56FD> Tj ET BT /G 10 Tf 72 600 Td <B1A8D6BD> Tj ET BT /D 10 Tf 72 500 Td (AB) Tj ET",
		"<< /Font << /U "+ucs2+" /G "+gbk+" /D "+diff+" >> >>", "")
	data := d.Bytes()
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			doc, err := Read(data)
			if err == nil && strings.Join(texts(doc.Pages[0]), "|") != "中国|报纸|中fi" {
				err = fmt.Errorf("lines %q", texts(doc.Pages[0]))
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestEmbeddedCMapWithUseCMapAndMixedCodeSpace(t *testing.T) {
	d := pdfgen.New()
	// An embedded encoding CMap: one-byte codes 00-7F and two-byte codes
	// 8000-FFFF; it maps only one code itself and takes the rest from a
	// predefined CMap through usecmap (whose UTF-16 code space it replaces).
	enc := d.Stream("/Type /CMap /CMapName /Test-H", []byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> def
/CMapName /Test-H def /CMapType 1 def
/UniGB-UTF16-H usecmap
2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
1 begincidchar <41> 34 endcidchar
endcmap CMapName currentdict /CMap defineresource pop end end`))
	tu := d.Stream("", pdfgen.ToUnicode("<00> <7F>\n<8000> <FFFF>", "<41> <0041>\n<8001> <4E2D>", ""))
	f := type0(d, fmt.Sprintf("%d 0 R", enc), fmt.Sprintf("/ToUnicode %d 0 R", tu), "34 [250]")
	d.Page("BT /F 10 Tf 72 700 Td <41418001> Tj ET", "<< /Font << /F "+f+" >> >>", "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "AA中" {
		t.Fatalf("lines %q, want [AA中]: codes split 1+1+2 bytes", got)
	}
	// Widths by CID at 10 pt: two A's (CID 34, 250) and one DW glyph (1000) = 15 pt.
	if w := p.Lines[0].Box.Width(); !near(w, 15, 0.3) {
		t.Errorf("width %.2f, want 15 (CIDs through the embedded CMap)", w)
	}
}

func TestType1BuiltinEncoding(t *testing.T) {
	d := pdfgen.New()
	// The clear-text part of a Type 1 program with a custom encoding; the
	// encrypted part is irrelevant for text.
	prog := "%!PS-AdobeFont-1.0: Test 001\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 1 /H put\ndup 2 /i put\ndup 3 /exclam put\nreadonly def\ncurrentfile eexec\n\x00\x01\x02"
	ff := d.Stream(fmt.Sprintf("/Length1 %d /Length2 3 /Length3 0", len(prog)-3), []byte(prog))
	res := fmt.Sprintf(`<< /Font << /F << /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Test /FirstChar 1 /LastChar 3
		/Widths [700 300 300] /FontDescriptor << /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile %d 0 R >> >> >> >>`, ff)
	d.Page("BT /F 10 Tf 72 700 Td <010203> Tj ET", res, "")
	p := mustRead(t, d.Bytes()).Pages[0]
	if got := texts(p); len(got) != 1 || got[0] != "Hi!" {
		t.Fatalf("lines %q, want [Hi!] from the font's built-in encoding", got)
	}
}
