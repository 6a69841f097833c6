package ocrxml_test

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"newsprint/ocrxml"
	"newsprint/page"
	"newsprint/pipeline"
	"newsprint/result"
)

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func process(t *testing.T, path string) *result.Document {
	t.Helper()
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	doc, err := w.Process(context.Background(), path, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func read(t *testing.T, name string, f func([]byte) (*page.Document, error)) *page.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := f(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 1 {
		t.Fatalf("%d pages, want 1", len(doc.Pages))
	}
	return doc
}

// An NDNP-style file: ALTO 1.x in the CCS namespace, inch1200 units, styles
// referenced from the TextBlocks, words hyphenated with HYP and SUBS_CONTENT.
func TestCCSInch1200(t *testing.T) {
	p := read(t, "ccs-inch1200.xml", ocrxml.ReadALTO).Pages[0]
	if p.Unit != page.Points || !near(p.Width, 612) || !near(p.Height, 792) || p.Method != page.MethodOCR {
		t.Fatalf("page %v×%v %s %s, want 612×792 pt ocr", p.Width, p.Height, p.Unit, p.Method)
	}
	if len(p.Lines) != 14 {
		t.Fatalf("%d lines, want 14", len(p.Lines))
	}
	h := p.Lines[0]
	if h.Text != "Harbour Bridge Reopens After Repairs" || !h.Bold || !near(h.Size, 22) || h.Font != "Times New Roman" {
		t.Errorf("headline line %+v", h)
	}
	if !near(h.Box.X0, 54) || !near(h.Box.Y0, 60) {
		t.Errorf("headline box %+v, want at (54,60) pt", *h.Box)
	}
	body := p.Lines[1]
	if body.Bold || !near(body.Size, 9) || !near(body.Conf, 0.93) || len(body.Words) != 8 {
		t.Errorf("body line %+v", body)
	}
	// HypPart1 "ac" + HYP on one line, HypPart2 "cording" on the next: the
	// whole word goes to the first line.
	var joined, next string
	for i, l := range p.Lines {
		if strings.HasSuffix(l.Text, "under budget, according") && i+1 < len(p.Lines) {
			joined, next = l.Text, p.Lines[i+1].Text
		}
		if strings.Contains(l.Text, "ac-") || strings.HasPrefix(l.Text, "cording") {
			t.Errorf("hyphenation left in %q", l.Text)
		}
	}
	if joined == "" || next != "to figures released by the council." {
		t.Errorf("dehyphenation: %q / %q", joined, next)
	}

	doc := process(t, filepath.Join("testdata", "ccs-inch1200.xml"))
	arts := doc.Pages[0].Articles
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(arts), arts)
	}
	a := arts[0]
	if a.Headline != "Harbour Bridge Reopens After Repairs" {
		t.Errorf("headline %q", a.Headline)
	}
	text := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{
		"The old harbour bridge reopened to traffic on Monday after eight months",
		"laid a new road surface.",
		"under budget, according to figures",
		"for their patience during",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("article text lacks %q:\n%s", want, text)
		}
	}
	// Column 1 is read before column 2.
	if strings.Index(text, "them customers.") > strings.Index(text, "The project was finished") {
		t.Errorf("columns out of order:\n%s", text)
	}
	if len(a.Paragraphs) != 3 {
		t.Errorf("%d paragraphs, want 3:\n%s", len(a.Paragraphs), text)
	}
}

// An ALTO 4 file in pixels without styles: bold from STYLE, sizes from the
// line heights, a separator between two articles.
func TestALTO4Pixel(t *testing.T) {
	p := read(t, "alto4-pixel.xml", ocrxml.ReadALTO).Pages[0]
	if p.Unit != page.Pixels || p.Width != 2550 || p.Height != 3300 {
		t.Fatalf("page %v×%v %s, want 2550×3300 px", p.Width, p.Height, p.Unit)
	}
	if len(p.Rules) != 1 || len(p.Boxes) != 0 {
		t.Errorf("rules %v boxes %v, want one rule", p.Rules, p.Boxes)
	}
	h := p.Lines[0]
	if !h.Bold || h.Size < 2*p.Lines[1].Size || p.Lines[1].Bold {
		t.Errorf("headline %+v / body %+v", h, p.Lines[1])
	}

	doc := process(t, filepath.Join("testdata", "alto4-pixel.xml"))
	arts := doc.Pages[0].Articles
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2: %+v", len(arts), arts)
	}
	wantHead := []string{"Rail Line Extension Opens to Passengers", "Museum Plans Winter Lecture Series"}
	wantStart := []string{"Trains began running on the new eastern branch line", "The city museum will host a series of evening lectures"}
	for i, a := range arts {
		if a.Headline != wantHead[i] {
			t.Errorf("article %d headline %q, want %q", i+1, a.Headline, wantHead[i])
		}
		if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], wantStart[i]) {
			t.Errorf("article %d paragraphs %q", i+1, a.Paragraphs)
		}
	}
	if got := strings.Join(arts[1].Paragraphs, " "); !strings.HasSuffix(got, "at the front desk or by post.") {
		t.Errorf("second article ends %q", got)
	}
}

// Tesseract's hOCR of a Chinese page: words of one or two characters,
// x_size and x_wconf, lang chi_sim.
func TestTesseractHOCR(t *testing.T) {
	p := read(t, "tesseract-zh.hocr", ocrxml.ReadHOCR).Pages[0]
	if p.Unit != page.Pixels || p.Width != 2550 || p.Language != "zh" || p.Method != page.MethodOCR {
		t.Fatalf("page %v %s %q %s", p.Width, p.Unit, p.Language, p.Method)
	}
	if len(p.Lines) != 7 {
		t.Fatalf("%d lines, want 7", len(p.Lines))
	}
	h := p.Lines[0]
	if h.Text != "市民公园新增环湖步道" || h.Size != 125 || len(h.Words) != 5 || !near(h.Conf, 0.91) {
		t.Errorf("headline line %+v", h)
	}

	doc := process(t, filepath.Join("testdata", "tesseract-zh.hocr"))
	arts := doc.Pages[0].Articles
	if len(arts) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(arts), arts)
	}
	a := arts[0]
	want := []string{
		"本市东郊的市民公园近日完成改造，新修的环湖步道全长三公里，沿途设置了十二处休息点。",
		"公园管理处表示，步道夜间也将开放，并增加了照明设施，方便附近居民晚间散步锻炼。",
	}
	if a.Headline != "市民公园新增环湖步道" || strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("article %q %q", a.Headline, a.Paragraphs)
	}
}

// Older files declare a legacy encoding.
func TestLatin1(t *testing.T) {
	data := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><alto><Description><MeasurementUnit>pixel</MeasurementUnit></Description>" +
		"<Layout><Page ID=\"p\" PHYSICAL_IMG_NR=\"1\" WIDTH=\"100\" HEIGHT=\"100\"><PrintSpace><TextBlock ID=\"b\"><TextLine HPOS=\"1\" VPOS=\"1\" WIDTH=\"50\" HEIGHT=\"10\">" +
		"<String CONTENT=\"Caf\xe9\"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>")
	d, err := ocrxml.ReadALTO(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Pages[0].Lines[0].Text; got != "Café" {
		t.Errorf("text %q", got)
	}
}

// ALTO 3+ may give a polygon instead of HPOS/VPOS/WIDTH/HEIGHT.
func TestPolygons(t *testing.T) {
	data := `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
<Layout><Page ID="p" PHYSICAL_IMG_NR="1" WIDTH="1440" HEIGHT="2560"><PrintSpace><TextBlock ID="b"><TextLine ID="l">
<Shape><Polygon POINTS="325 1456 1023 1456 1023 1504 419 1504 419 1552 325 1552"/></Shape>
<String CONTENT="Een"><Shape><Polygon POINTS="325,1456 419,1456 419,1552 325,1552"/></Shape></String><SP/>
<String CONTENT="Fischer" HPOS="500" VPOS="1457" WIDTH="152" HEIGHT="43"/>
</TextLine></TextBlock></PrintSpace></Page></Layout></alto>`
	d, err := ocrxml.ReadALTO([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	l := d.Pages[0].Lines[0]
	if l.Text != "Een Fischer" || *l.Box != (page.Rect{X0: 325, Y0: 1456, X1: 1023, Y1: 1552}) || len(l.Words) != 2 ||
		l.Words[0].Box != (page.Rect{X0: 325, Y0: 1456, X1: 419, Y1: 1552}) {
		t.Errorf("line %+v", l)
	}
}

// A producer that writes one placeholder style for every String: the
// line heights tell headlines from body text.
func TestPlaceholderStyle(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Description><MeasurementUnit>inch1200</MeasurementUnit></Description>` +
		`<Styles><TextStyle ID="TS_10.0" FONTSIZE="10.0"/></Styles><Layout><Page ID="P" PHYSICAL_IMG_NR="1" WIDTH="10200" HEIGHT="13200"><PrintSpace>` +
		`<TextBlock ID="h"><TextLine HPOS="600" VPOS="600" WIDTH="6000" HEIGHT="500"><String STYLEREFS="TS_10.0" CONTENT="Headline" HPOS="600" VPOS="600" WIDTH="6000" HEIGHT="500"/></TextLine></TextBlock><TextBlock ID="b">`)
	for i := range 6 {
		y := strconv.Itoa(1300 + 200*i)
		b.WriteString(`<TextLine HPOS="600" VPOS="` + y + `" WIDTH="4000" HEIGHT="200"><String STYLEREFS="TS_10.0" CONTENT="body" HPOS="600" VPOS="` + y + `" WIDTH="500" HEIGHT="200"/><String STYLEREFS="TS_10.0" CONTENT="text" HPOS="1200" VPOS="` + y + `" WIDTH="500" HEIGHT="200"/></TextLine>`)
	}
	b.WriteString(`</TextBlock></PrintSpace></Page></Layout></alto>`)
	d, err := ocrxml.ReadALTO([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	ls := d.Pages[0].Lines
	if len(ls) != 7 || ls[1].Text != "body text" || !near(ls[1].Size, 10) || !near(ls[0].Size, 25) {
		t.Errorf("lines %q size %v / %v", ls[1].Text, ls[0].Size, ls[1].Size)
	}
}

func TestRejects(t *testing.T) {
	for _, c := range []struct {
		name, data, want string
		f                func([]byte) (*page.Document, error)
	}{
		{"other xml", `<?xml version="1.0"?><PcGts><Page/></PcGts>`, "not an ALTO file", ocrxml.ReadALTO},
		{"malformed", `<alto><Layout><Page>`, "malformed XML", ocrxml.ReadALTO},
		{"empty", ``, "no XML element", ocrxml.ReadALTO},
		{"no layout", `<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description/></alto>`, "no Layout", ocrxml.ReadALTO},
		{"no page", `<alto><Layout></Layout></alto>`, "no Page", ocrxml.ReadALTO},
		{"deep", strings.Repeat("<a>", 300) + strings.Repeat("</a>", 300), "nested deeper", ocrxml.ReadALTO},
		{"html", `<html><body><p>Hello</p></body></html>`, "no ocr_page", ocrxml.ReadHOCR},
	} {
		_, err := c.f([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

// The pipeline names the file when an .xml is not ALTO.
func TestPipelineNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mets.xml")
	os.WriteFile(path, []byte(`<mets:mets xmlns:mets="http://www.loc.gov/METS/"/>`), 0o644)
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	_, err := w.Process(context.Background(), path, "batch/mets.xml")
	if err == nil || !strings.Contains(err.Error(), "batch/mets.xml") || !strings.Contains(err.Error(), "not an ALTO file") {
		t.Fatalf("error %v", err)
	}
}

// Details of ALTO variants: no SP elements, a leading bold run (run-in),
// CC confidences, a hyphen on the last line, and a hyphenated word whose
// second half is alone on its line (the hyphen stays: nothing to join onto).
func TestALTOVariants(t *testing.T) {
	const doc = `<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">
<Description><MeasurementUnit>mm10</MeasurementUnit></Description>
<Styles><TextStyle ID="B" FONTSIZE="10" FONTSTYLE="bold"/><TextStyle ID="R" FONTSIZE="10"/></Styles>
<Layout><Page ID="p" PHYSICAL_IMG_NR="1" WIDTH="2540" HEIGHT="2540"><PrintSpace>
<ComposedBlock ID="cb"><TextBlock ID="b1" STYLEREFS="R">
<TextLine HPOS="100" VPOS="100" WIDTH="1000" HEIGHT="40">
<String CONTENT="LONDON" STYLEREFS="B" HPOS="100" VPOS="100" WIDTH="200" HEIGHT="40" CC="0 0 0 9 9 9"/>
<String CONTENT="Rain" HPOS="320" VPOS="100" WIDTH="100" HEIGHT="40"/>
<String CONTENT="fell" HPOS="440" VPOS="100" WIDTH="100" HEIGHT="40"/>
<String CONTENT="gen" HPOS="560" VPOS="100" WIDTH="100" HEIGHT="40" SUBS_TYPE="HypPart1" SUBS_CONTENT="gently"/><HYP CONTENT="¬"/>
</TextLine>
<TextLine HPOS="100" VPOS="150" WIDTH="1000" HEIGHT="40">
<String CONTENT="tly." HPOS="100" VPOS="150" WIDTH="100" HEIGHT="40" SUBS_TYPE="HypPart2" SUBS_CONTENT="gently"/>
</TextLine>
<TextLine HPOS="100" VPOS="200" WIDTH="1000" HEIGHT="40">
<String CONTENT="More" HPOS="100" VPOS="200" WIDTH="100" HEIGHT="40"/>
<String CONTENT="to" HPOS="220" VPOS="200" WIDTH="100" HEIGHT="40"/>
<String CONTENT="fol" HPOS="340" VPOS="200" WIDTH="100" HEIGHT="40"/><HYP CONTENT="-"/>
</TextLine>
</TextBlock></ComposedBlock>
<GraphicalElement ID="g" HPOS="100" VPOS="400" WIDTH="500" HEIGHT="400"/>
</PrintSpace></Page></Layout></alto>`
	d, err := ocrxml.ReadALTO([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	p := d.Pages[0]
	if !near(p.Width, 720) || len(p.Lines) != 3 {
		t.Fatalf("width %v, %d lines", p.Width, len(p.Lines))
	}
	l := p.Lines[0]
	if l.Text != "LONDON Rain fell gen-" || l.RunIn != len("LONDON") || l.Bold || !near(l.Size, 10) {
		t.Errorf("line 1 %q run-in %d bold %v size %v", l.Text, l.RunIn, l.Bold, l.Size)
	}
	if !near(l.Words[0].Confidence, 0.5) || !near(l.Box.X0, 100*72.0/254) {
		t.Errorf("word %+v", l.Words[0])
	}
	if p.Lines[1].Text != "tly." || p.Lines[2].Text != "More to fol-" {
		t.Errorf("lines %q, %q", p.Lines[1].Text, p.Lines[2].Text)
	}
	if len(p.Boxes) != 1 || len(p.Rules) != 0 {
		t.Errorf("boxes %v rules %v", p.Boxes, p.Rules)
	}
}

// Odd but well-formed files give pages, never a panic: strings without
// positions, a HYP on an empty line, NaN and negative sizes, hOCR words
// without boxes.
func TestOddInputs(t *testing.T) {
	altos := []string{
		`<alto><Layout><Page ID="p"><PrintSpace><TextBlock ID="b"><TextLine><String CONTENT="no box"/><SP/><String CONTENT="either"/></TextLine><TextLine><HYP CONTENT="-"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>`,
		`<alto><Description><MeasurementUnit>furlong</MeasurementUnit></Description><Styles><TextStyle ID="s" FONTSIZE="NaN"/></Styles><Layout><Page ID="p" WIDTH="-5" HEIGHT="abc"><PrintSpace><TextBlock ID="b" STYLEREFS="s missing"><TextLine HPOS="1" VPOS="1" WIDTH="-3" HEIGHT="2"><String CONTENT="x" HPOS="1" VPOS="1" WIDTH="2" HEIGHT="2" WC="7"/></TextLine></TextBlock><GraphicalElement ID="g"/></PrintSpace></Page></Layout></alto>`,
		`<alto><Layout><Page ID="p" WIDTH="10" HEIGHT="10"><PrintSpace><TextBlock ID="b"><TextLine HPOS="0" VPOS="0" WIDTH="5" HEIGHT="1"><String CONTENT="a" SUBS_TYPE="HypPart1"/></TextLine></TextBlock></PrintSpace></Page><Page ID="q"/></Layout></alto>`,
	}
	for i, s := range altos {
		d, err := ocrxml.ReadALTO([]byte(s))
		if err != nil {
			t.Errorf("alto %d: %v", i, err)
			continue
		}
		for _, p := range d.Pages {
			for _, l := range p.Lines {
				if l.Box == nil || math.IsNaN(l.Size) || l.Size < 0 {
					t.Errorf("alto %d: line %+v", i, l)
				}
			}
		}
	}
	d, err := ocrxml.ReadALTO([]byte(altos[1]))
	if err == nil && (len(d.Pages[0].Lines) != 1 || len(d.Pages[0].Warnings) == 0) {
		t.Errorf("unknown unit: %+v", d.Pages[0])
	}
	h := `<html><body><div class="ocr_page" title="bbox 0 0 100 100"><span class="ocr_line"><span class="ocrx_word">nobox</span></span>` +
		`<span class="ocr_line" title="bbox 1 1 50 10; x_size NaN"><span class="ocrx_word" title="x_wconf 500">word</span> <b>loose</b></span><p>stray text<br></p></div></body></html>`
	d, err = ocrxml.ReadHOCR([]byte(h))
	if err != nil {
		t.Fatal(err)
	}
	if ls := d.Pages[0].Lines; len(ls) != 1 || ls[0].Text != "word" || ls[0].Conf != 1 || math.IsNaN(ls[0].Size) {
		t.Errorf("hOCR lines %+v", ls)
	}
}

// hOCR shapes: ocr_separator is a rule when thin (else a box), ocr_photo
// and ocr_image pictures, ocr_linedrawing a box (filled with x_filled);
// an element without a bbox is none. A pdf-text page's shapes come back
// in points with its lines.
func TestHOCRShapes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "shapes.hocr"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ocrxml.ReadHOCR(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 2 {
		t.Fatalf("%d pages, want 2", len(doc.Pages))
	}
	p := doc.Pages[0]
	r := func(x0, y0, x1, y1 float64) page.Rect { return page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y1} }
	wantRules := []page.Rule{{Box: r(100, 400, 2300, 406)}, {Box: r(1200, 420, 1208, 2900)}}
	wantBoxes := []page.RectShape{{Box: r(100, 2000, 400, 2200)}, {Box: r(100, 500, 1100, 900)}, {Box: r(100, 1000, 1100, 1200), Filled: true}}
	wantImages := []page.Image{{Box: r(1300, 500, 2300, 1300)}, {Box: r(1300, 1400, 2300, 1900)}}
	if !slices.Equal(p.Rules, wantRules) || !slices.Equal(p.Boxes, wantBoxes) || !slices.Equal(p.Images, wantImages) {
		t.Errorf("page 1 shapes:\nrules %v\nboxes %v\nimages %v", p.Rules, p.Boxes, p.Images)
	}
	if len(p.Lines) != 1 || p.Lines[0].Text != "Harbour notes" || p.Unit != page.Pixels {
		t.Errorf("page 1 lines %+v, unit %s", p.Lines, p.Unit)
	}

	// 144 dpi back to points: half the pixels.
	p = doc.Pages[1]
	if p.Unit != page.Points || p.Width != 600 || p.Height != 800 {
		t.Fatalf("page 2 %v x %v %s", p.Width, p.Height, p.Unit)
	}
	if !slices.Equal(p.Rules, []page.Rule{{Box: r(50, 200, 550, 202)}}) ||
		!slices.Equal(p.Images, []page.Image{{Box: r(300, 250, 550, 450)}}) ||
		!slices.Equal(p.Boxes, []page.RectShape{{Box: r(50, 250, 250, 350), Filled: true}}) {
		t.Errorf("page 2 shapes:\nrules %v\nboxes %v\nimages %v", p.Rules, p.Boxes, p.Images)
	}
	if len(p.Lines) != 1 || *p.Lines[0].Box != r(50, 150, 250, 170) || p.Lines[0].Size != 20 {
		t.Errorf("page 2 lines %+v", p.Lines)
	}
}
