package export_test

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsprint/export"
	"newsprint/ocrxml"
	"newsprint/page"
	"newsprint/pipeline"
	"newsprint/reflow"
	"newsprint/result"
	"newsprint/segment/layout"
)

const altoXSD = "../../shared/schema/alto-4-4.xsd"

// validateALTO checks data against the ALTO 4.4 schema with xmllint; it
// skips when xmllint or ../shared is absent.
func validateALTO(t *testing.T, data []byte) {
	t.Helper()
	if _, err := os.Stat(altoXSD); err != nil {
		t.Skip("../shared is absent: no ALTO schema to validate against")
	}
	xl, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint is not installed (Debian: libxml2-utils)")
	}
	f := filepath.Join(t.TempDir(), "page.alto.xml")
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xl, "--noout", "--nonet", "--schema", altoXSD, f).CombinedOutput()
	if err != nil {
		t.Fatalf("ALTO does not validate: %v\n%s", err, out)
	}
}

func line(text string, x0, y0, x1, y1, size float64) page.Line {
	return page.Line{Text: text, Box: &page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y1}, Size: size, Conf: 1, Font: "Serif"}
}

// pdfLikePage is a positioned page in points with what ALTO must carry:
// a bold headline, two justified columns, a word hyphenated across lines,
// a compound split at a line end, a run-in credit, an unpainted line, an
// italic line, rules, boxes and a picture.
func pdfLikePage() *page.Page {
	p := &page.Page{Number: 1, Width: 595, Height: 842, Unit: page.Points, Method: page.MethodPDFText, Language: "en"}
	h := line("Storm Closes Coastal Road", 40, 200, 300, 222, 20)
	h.Bold = true
	p.Lines = append(p.Lines, h)
	col1 := []string{
		"Heavy seas washed over the coastal road on",
		"Sunday night and the council said it would",
		"stay closed for the con-",
		"struction of a new sea wall. The one-",
		"way detour adds ten minutes to the trip",
		"into town, and drivers were asked to leave",
		"early.",
		"Engineers will inspect the damaged stretch",
		"on Monday morning once the tide has gone",
		"out, a spokesman said.",
	}
	col2 := []string{
		"Residents were told to expect delays all",
		"week, and buses will run on the inland",
		"route until further notice. Shops along",
		"the front said they would stay open but",
		"expected few customers before the road",
		"reopens.",
	}
	short := map[string]bool{"stay closed for the con-": true, "early.": true, "out, a spokesman said.": true, "reopens.": true}
	for i, s := range col1 {
		y := 240 + float64(i)*11
		x1 := 240.0
		if short[s] {
			x1 = 150
		}
		p.Lines = append(p.Lines, line(s, 40, y, x1, y+9, 9))
	}
	for i, s := range col2 {
		y := 240 + float64(i)*11
		x1 := 450.0
		if short[s] {
			x1 = 300
		}
		p.Lines = append(p.Lines, line(s, 250, y, x1, y+9, 9))
	}
	it := line("Photo caption in italics", 250, 420, 380, 429, 8)
	it.Italic = true
	p.Lines = append(p.Lines, it)
	ri := line("本报讯 记者王明报道：暴雨导致道路关闭。", 40, 500, 240, 509, 9)
	ri.RunIn = len("本报讯 记者王明报道：")
	ri.Font = "Song"
	p.Lines = append(p.Lines, ri)
	inv := line("hidden OCR layer text", 40, 520, 240, 529, 9)
	inv.Invisible = true
	p.Lines = append(p.Lines, inv)
	p.Lines = append(p.Lines, line("a  double  spaced line ", 40, 540, 240, 549, 9))
	p.Rules = []page.Rule{{Box: page.Rect{X0: 40, Y0: 190, X1: 450, Y1: 190.5}}, {Box: page.Rect{X0: 244.5, Y0: 240, X1: 245, Y1: 340}}}
	p.Boxes = []page.RectShape{{Box: page.Rect{X0: 30, Y0: 490, X1: 250, Y1: 560}}, {Box: page.Rect{X0: 300, Y0: 600, X1: 400, Y1: 650}, Filled: true}}
	p.Images = []page.Image{{Box: page.Rect{X0: 250, Y0: 320, X1: 450, Y1: 418}}}
	return p
}

// ocrLikePage is a pixel page with OCR words and confidences, Chinese words
// set without spaces.
func ocrLikePage() *page.Page {
	p := &page.Page{Number: 1, Width: 1200, Height: 1600, Unit: page.Pixels, Method: page.MethodOCR, Language: "zh",
		Scan: &page.Scan{DPI: 300}}
	l := line("市民公园 新增步道", 100, 100, 700, 160, 60)
	l.Conf = 0.8
	l.Words = []page.Word{
		{Text: "市民", Box: page.Rect{X0: 100, Y0: 100, X1: 220, Y1: 160}, Confidence: 0.9},
		{Text: "公园", Box: page.Rect{X0: 220, Y0: 100, X1: 340, Y1: 160}, Confidence: 0.7},
		{Text: "新增步道", Box: page.Rect{X0: 400, Y0: 100, X1: 700, Y1: 160}, Confidence: 0.8},
	}
	p.Lines = append(p.Lines, l)
	b := line("本市东郊的市民公园近日完成改造。", 100, 200, 700, 240, 36.123456789)
	b.Conf = 0.75
	p.Lines = append(p.Lines, b)
	return p
}

func resultOf(p *page.Page, format string) *result.Document {
	l := layout.Segment(p)
	return &result.Document{Schema: result.SchemaID,
		Source: result.Source{File: "test/p." + format, SHA256: strings.Repeat("0", 64), Format: format},
		Pages:  []result.Page{reflow.Page(p, &l)}}
}

// throughALTO writes doc as ALTO, checks it against the schema, and reads
// it back.
func throughALTO(t *testing.T, doc *result.Document) *page.Document {
	t.Helper()
	data, err := export.ALTO(doc, 0)
	if err != nil {
		t.Fatal(err)
	}
	validateALTO(t, data)
	back, err := ocrxml.ReadALTO(data)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// Coordinates and sizes come back to the last bits, styles exactly
// (segmentation compares them), confidences to three decimals.
func TestALTOKeepsThePageModel(t *testing.T) {
	for _, src := range []*page.Page{pdfLikePage(), ocrLikePage()} {
		got := throughALTO(t, resultOf(src, "pdf")).Pages[0]
		if got.Unit != src.Unit || got.Method != src.Method || got.Language != src.Language ||
			!closeRect(page.Rect{X1: got.Width, Y1: got.Height}, page.Rect{X1: src.Width, Y1: src.Height}) {
			t.Errorf("page %s %s %q %v×%v, want %s %s %q %v×%v", got.Unit, got.Method, got.Language, got.Width, got.Height,
				src.Unit, src.Method, src.Language, src.Width, src.Height)
		}
		if len(got.Lines) != len(src.Lines) {
			t.Fatalf("%d lines back, want %d", len(got.Lines), len(src.Lines))
		}
		for i, w := range src.Lines {
			g := got.Lines[i]
			// Lines come back as printed, hyphens included (HYP).
			text := w.Text
			if g.Text != text || !closeRect(*g.Box, *w.Box) || !closeRel(g.Size, w.Size) || g.Bold != w.Bold ||
				g.Italic != w.Italic || g.Font != w.Font || g.RunIn != w.RunIn || g.Invisible != w.Invisible || !close(g.Conf, w.Conf) {
				t.Errorf("line %d:\n got %q %+v size %v bold %v italic %v font %q runin %d inv %v conf %v\nwant %q %+v size %v bold %v italic %v font %q runin %d inv %v conf %v",
					i, g.Text, *g.Box, g.Size, g.Bold, g.Italic, g.Font, g.RunIn, g.Invisible, g.Conf,
					text, *w.Box, w.Size, w.Bold, w.Italic, w.Font, w.RunIn, w.Invisible, w.Conf)
			}
			if len(w.Words) == 0 && g.Words != nil {
				t.Errorf("line %d: estimated word boxes came back as words", i)
			}
			if len(w.Words) > 0 {
				if len(g.Words) != len(w.Words) {
					t.Fatalf("line %d: %d words, want %d", i, len(g.Words), len(w.Words))
				}
				for k := range w.Words {
					if g.Words[k].Text != w.Words[k].Text || !closeRect(g.Words[k].Box, w.Words[k].Box) || !close(g.Words[k].Confidence, w.Words[k].Confidence) {
						t.Errorf("line %d word %d: %+v, want %+v", i, k, g.Words[k], w.Words[k])
					}
				}
			}
		}
		if len(got.Rules) != len(src.Rules) || len(got.Boxes) != len(src.Boxes) || len(got.Images) != len(src.Images) {
			t.Fatalf("graphics %d/%d/%d, want %d/%d/%d", len(got.Rules), len(got.Boxes), len(got.Images), len(src.Rules), len(src.Boxes), len(src.Images))
		}
		for i := range src.Rules {
			if !closeRect(got.Rules[i].Box, src.Rules[i].Box) {
				t.Errorf("rule %d %+v, want %+v", i, got.Rules[i], src.Rules[i])
			}
		}
		for i := range src.Boxes {
			if !closeRect(got.Boxes[i].Box, src.Boxes[i].Box) || got.Boxes[i].Filled != src.Boxes[i].Filled {
				t.Errorf("box %d %+v, want %+v", i, got.Boxes[i], src.Boxes[i])
			}
		}
		for i := range src.Images {
			if !closeRect(got.Images[i].Box, src.Images[i].Box) {
				t.Errorf("image %d %+v, want %+v", i, got.Images[i], src.Images[i])
			}
		}
	}
}

func close(a, b float64) bool { return math.Abs(a-b) < 2e-3 }

// closeRel allows the last bits of a float to differ: a size in pixels
// goes through points and back.
func closeRel(a, b float64) bool { return math.Abs(a-b) <= 1e-12*max(1, math.Abs(a)) }

// closeRect allows float noise: mm10 → pt cannot always give back the very
// same float64.
func closeRect(a, b page.Rect) bool {
	c := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*max(1, math.Abs(x)) }
	return c(a.X0, b.X0) && c(a.Y0, b.Y0) && c(a.X1, b.X1) && c(a.Y1, b.Y1)
}

// The structures archives look for are there.
func TestALTOStructure(t *testing.T) {
	export.TesseractVersion = "5.3.0"
	defer func() { export.TesseractVersion = "" }()
	doc := resultOf(pdfLikePage(), "pdf")
	data, err := export.ALTO(doc, 0)
	if err != nil {
		t.Fatal(err)
	}
	validateALTO(t, data)
	s := string(data)
	for _, want := range []string{
		`<MeasurementUnit>mm10</MeasurementUnit>`,
		`<fileName>test/p.pdf</fileName>`,
		`<softwareName>newsprint</softwareName>`,
		`FONTSIZE="20" FONTSTYLE="bold"`,
		`CONTENT="con" WC="1" SUBS_TYPE="HypPart1" SUBS_CONTENT="construction"`,
		`<HYP CONTENT="-"/>`,
		`SUBS_TYPE="HypPart2" SUBS_CONTENT="construction"`,
		`CONTENT="one-"`, // a compound: reflow kept the hyphen, so no HYP
		`LABEL="headline"`,
		`<OrderedGroup ID="ART_p1-a1"`,
		`<ElementRef `,
		`<Illustration `,
		`LABEL="filled-box"`,
		`LANG="en"`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("ALTO lacks %s", want)
		}
	}
	if strings.Contains(s, "Tesseract") {
		t.Error("a PDF page names Tesseract")
	}
	if n, a := strings.Count(s, "<OrderedGroup "), len(doc.Pages[0].Articles); n != a || a == 0 {
		t.Errorf("%d OrderedGroups for %d articles", n, a)
	}

	ocr := resultOf(ocrLikePage(), "png")
	data, err = export.ALTO(ocr, 0)
	if err != nil {
		t.Fatal(err)
	}
	validateALTO(t, data)
	s = string(data)
	for _, want := range []string{`<MeasurementUnit>pixel</MeasurementUnit>`, `<softwareName>Tesseract</softwareName><softwareVersion>5.3.0</softwareVersion>`,
		`FONTSIZE="14.4"`, `CONTENT="市民" WC="0.9"`, `WC="0.7"`} {
		if !strings.Contains(s, want) {
			t.Errorf("OCR ALTO lacks %s", want)
		}
	}
	// 市民 and 公园 touch: no SP between them.
	if i := strings.Index(s, `CONTENT="市民"`); i < 0 || strings.Contains(s[i:strings.Index(s, `CONTENT="公园"`)], "<SP") {
		t.Error("SP between words that touch")
	}
}

func TestNoGeometry(t *testing.T) {
	p := &page.Page{Number: 1, Unit: page.NoUnit, Method: page.MethodText, Lines: []page.Line{{Text: "dump line", Conf: 1}}}
	doc := &result.Document{Schema: result.SchemaID, Source: result.Source{File: "a.txt", SHA256: strings.Repeat("0", 64), Format: "txt"},
		Pages: []result.Page{{Page: 1, Method: "text", Articles: []result.Article{}, Blocks: []result.Block{}, Source: p}}}
	if _, err := export.ALTO(doc, 0); !errors.Is(err, export.ErrNoGeometry) {
		t.Errorf("ALTO of a text dump: %v", err)
	}
	if _, err := export.HOCR(doc); !errors.Is(err, export.ErrNoGeometry) {
		t.Errorf("hOCR of a text dump: %v", err)
	}
	files, err := export.Files(doc, []string{"json", "alto", "hocr"})
	if err != nil || len(files) != 1 || files[".json"] == nil {
		t.Errorf("Files of a text dump: %v %v", keys(files), err)
	}
}

func keys(m map[string][]byte) []string {
	var k []string
	for s := range m {
		k = append(k, s)
	}
	return k
}

func TestFilesNames(t *testing.T) {
	one := resultOf(pdfLikePage(), "pdf")
	files, err := export.Files(one, []string{"json", "alto", "hocr"})
	if err != nil {
		t.Fatal(err)
	}
	if files[".json"] == nil || files[".alto.xml"] == nil || files[".hocr"] == nil || len(files) != 3 {
		t.Fatalf("one page: %v", keys(files))
	}
	two := resultOf(pdfLikePage(), "pdf")
	p2 := ocrLikePage()
	p2.Number = 2
	l := layout.Segment(p2)
	two.Pages = append(two.Pages, reflow.Page(p2, &l))
	files, err = export.Files(two, []string{"alto"})
	if err != nil {
		t.Fatal(err)
	}
	if files[".p1.alto.xml"] == nil || files[".p2.alto.xml"] == nil || len(files) != 2 {
		t.Fatalf("two pages: %v", keys(files))
	}
	validateALTO(t, files[".p1.alto.xml"])
	validateALTO(t, files[".p2.alto.xml"])
	if !bytes.Contains(files[".p2.alto.xml"], []byte(`<Page ID="P2" PHYSICAL_IMG_NR="2"`)) {
		t.Error("page 2 file is not page 2")
	}
	if _, err := export.Files(two, []string{"pdf"}); err == nil {
		t.Error("unknown format accepted")
	}
}

// hOCR parses as XHTML with a strict XML decoder and reads back.
func TestHOCR(t *testing.T) {
	doc := resultOf(pdfLikePage(), "pdf")
	p2 := ocrLikePage()
	p2.Number = 2
	l := layout.Segment(p2)
	doc.Pages = append(doc.Pages, reflow.Page(p2, &l))
	data, err := export.HOCR(doc)
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	classes := map[string]int{}
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			t.Fatalf("hOCR is not well-formed XHTML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Space != "http://www.w3.org/1999/xhtml" {
				t.Fatalf("element %s outside the XHTML namespace", se.Name.Local)
			}
			for _, a := range se.Attr {
				if a.Name.Local == "class" {
					classes[a.Value]++
				}
			}
		}
	}
	for _, c := range []string{"ocr_page", "ocr_carea", "ocr_par", "ocr_line", "ocrx_word"} {
		if classes[c] == 0 {
			t.Errorf("no %s", c)
		}
	}
	if classes["ocr_page"] != 2 {
		t.Errorf("%d pages", classes["ocr_page"])
	}
	s := string(data)
	for _, want := range []string{`x_wconf 90`, `x_wconf 70`, `scan_res 300 300`, `x_role headline`, `x_article p1-a1`, `<strong>Storm</strong>`, `x_fsize 20`} {
		if !strings.Contains(s, want) {
			t.Errorf("hOCR lacks %s", want)
		}
	}
	back, err := ocrxml.ReadHOCR(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Pages) != 2 {
		t.Fatalf("%d pages back", len(back.Pages))
	}
	var got, want []string
	for _, l := range back.Pages[1].Lines {
		got = append(got, l.Text)
	}
	for _, l := range p2.Lines {
		want = append(want, strings.ReplaceAll(l.Text, " ", ""))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pixel page lines back %q, want %q", got, want)
	}
	// Point pages are written at 300 dpi and read back in points, with
	// their rules, boxes and pictures.
	p1 := back.Pages[0]
	if p1.Unit != page.Points || p1.Method != page.MethodPDFText || math.Abs(p1.Width-595) > 0.25 {
		t.Errorf("pt page back as %s %s width %v", p1.Unit, p1.Method, p1.Width)
	}
	if len(p1.Rules) != 2 || len(p1.Boxes) != 2 || !p1.Boxes[1].Filled || len(p1.Images) != 1 {
		t.Errorf("graphics back: %d rules, %+v, %d images", len(p1.Rules), p1.Boxes, len(p1.Images))
	}
	if h := p1.Lines[0]; h.Text != "Storm Closes Coastal Road" || !h.Bold || math.Abs(h.Size-20) > 0.01 {
		t.Errorf("headline back: %q bold %v size %v", h.Text, h.Bold, h.Size)
	}
	if back.Pages[1].Unit != page.Pixels || back.Pages[1].Method != page.MethodOCR {
		t.Errorf("pixel page back as %s %s", back.Pages[1].Unit, back.Pages[1].Method)
	}
}

// Pages read from ALTO give the same articles after newsprint writes them as
// ALTO and reads them again (ocrxml test inputs: ALTO 1.x, ALTO 4, hOCR).
func TestALTORoundTripSmall(t *testing.T) {
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	for _, name := range []string{"ccs-inch1200.xml", "alto4-pixel.xml", "tesseract-zh.hocr"} {
		doc1, err := w.Process(context.Background(), filepath.Join("..", "ocrxml", "testdata", name), name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := export.ALTO(doc1, 0)
		if err != nil {
			t.Fatal(err)
		}
		validateALTO(t, data)
		f := filepath.Join(t.TempDir(), name+".alto.xml")
		os.WriteFile(f, data, 0o644)
		doc2, err := w.Process(context.Background(), f, name)
		if err != nil {
			t.Fatal(err)
		}
		if d := diffArticles(doc1.Pages[0].Articles, doc2.Pages[0].Articles); d != "" {
			t.Errorf("%s: %s", name, d)
		}
	}
}

// diffArticles describes how two article lists differ in text, "" if not.
func diffArticles(a, b []result.Article) string {
	if len(a) != len(b) {
		return fmt.Sprintf("article counts differ: %d vs %d", len(a), len(b))
	}
	var out []string
	for i := range a {
		x, y := a[i], b[i]
		if x.Headline != y.Headline || x.Kicker != y.Kicker || x.Byline != y.Byline ||
			!reflect.DeepEqual(x.Paragraphs, y.Paragraphs) || !reflect.DeepEqual(x.Captions, y.Captions) ||
			!reflect.DeepEqual(x.Subheadlines, y.Subheadlines) || !reflect.DeepEqual(x.Authors, y.Authors) {
			out = append(out, "article "+x.ID+" differs:\n  "+strings.Join(append([]string{x.Headline}, x.Paragraphs...), "\n  ")+
				"\nvs\n  "+strings.Join(append([]string{y.Headline}, y.Paragraphs...), "\n  "))
		}
	}
	return strings.Join(out, "\n")
}

// A word's close alternatives go out as ALTERNATIVEs of its String and
// come back with the String's confidence (ALTO gives them none); one OCR
// was far less sure of stays out. A name mended from them on the page is
// mended alike on the page read back.
func TestALTOAlternatives(t *testing.T) {
	p := &page.Page{Number: 1, Width: 1200, Height: 1600, Unit: page.Pixels, Method: page.MethodOCR, Language: "zh", Scan: &page.Scan{DPI: 300}}
	p.Lines = append(p.Lines, line("市民公园新增步道", 100, 40, 700, 120, 72))
	l := line("本报记者 末晓丽", 100, 160, 420, 196, 36)
	l.Conf = 0.8
	for i, g := range []string{"本", "报", "记", "者", "末", "晓", "丽"} {
		x := 100 + 40*float64(i)
		if i >= 4 {
			x += 40
		}
		l.Words = append(l.Words, page.Word{Text: g, Box: page.Rect{X0: x, Y0: 160, X1: x + 38, Y1: 196}, Confidence: 0.9})
	}
	l.Words[4].Confidence = 0.4
	l.Words[4].Alternatives = []page.Alternative{{Text: "宋", Confidence: 0.3}, {Text: "未", Confidence: 0.05}}
	p.Lines = append(p.Lines, l)
	for i, t := range []string{"本市东郊的市民公园近日完成改造，新", "增步道三公里，沿途种植了银杏和桂", "花，还修建了两处儿童游乐场地。"} {
		y := 230 + 50*float64(i)
		p.Lines = append(p.Lines, line(t, 100, y, 748, y+36, 36))
	}
	doc := resultOf(p, "png")
	back := throughALTO(t, doc)
	got := back.Pages[0].Lines[1].Words[4]
	if want := []page.Alternative{{Text: "宋", Confidence: 0.4}}; !slices.Equal(got.Alternatives, want) {
		t.Errorf("alternatives back %+v, want %+v", got.Alternatives, want)
	}
	authors := func(d *result.Document) []string {
		var names []string
		for _, a := range d.Pages[0].Articles {
			for _, au := range a.Authors {
				names = append(names, au.Name)
			}
		}
		return names
	}
	again := resultOf(&back.Pages[0], "xml")
	if a, b := authors(doc), authors(again); !slices.Equal(a, []string{"宋晓丽"}) || !slices.Equal(b, a) {
		t.Errorf("authors %v, read back %v; want [宋晓丽] both", a, b)
	}
}
