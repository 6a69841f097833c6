package ocr

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"newsprint/page"
	"newsprint/scan"
)

// Test images are rendered from our own text by testdata/gen.
var (
	zhText = []string{"今天上午，市图书馆举行新书发布会。", "读者在阅览室里安静地看报纸。"}
	enText = []string{"The harbour bridge reopened on Monday", "after two years of repairs."}
)

// TestMain makes sure OpenMP runs one thread, as in the command.
func TestMain(m *testing.M) {
	EnsureThreadLimit()
	os.Exit(m.Run())
}

// load reads a test image into pages as the pipeline does.
func load(t *testing.T, name, format string) *page.Document {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := scan.Read(data, format, scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// testRaster decodes testdata/name, a PNG.
func testRaster(t *testing.T, name string) *raster {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	r, err := decodeRaster(data, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// readPage reads the first page of testdata/name with an engine for lang.
func readPage(t *testing.T, lang, name, format string) *page.Page {
	t.Helper()
	e := New(Options{Lang: lang})
	t.Cleanup(func() { e.Close() })
	p := &load(t, name, format).Pages[0]
	ocrPage(t, e, p)
	return p
}

func ocrPage(t *testing.T, e *Engine, p *page.Page) {
	t.Helper()
	if err := e.Page(context.Background(), p); err != nil {
		t.Fatal(err)
	}
}

// cer is the edit distance between got and want over len(want), in runes.
func cer(got, want string) float64 {
	a, b := []rune(got), []rune(want)
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return float64(prev[len(b)]) / float64(max(len(b), 1))
}

// checkLines compares the page's lines with the printed ones and checks
// their geometry against the page size.
func checkLines(t *testing.T, p *page.Page, want []string, maxCER float64) {
	t.Helper()
	if len(p.Lines) != len(want) {
		t.Fatalf("%d lines %q, want %d", len(p.Lines), texts(p), len(want))
	}
	for i, l := range p.Lines {
		if c := cer(l.Text, want[i]); c > maxCER {
			t.Errorf("line %d = %q, want %q (CER %.2f)", i, l.Text, want[i], c)
		}
		if l.Box == nil || l.Box.Empty() || l.Box.X1 > p.Width || l.Box.Y1 > p.Height {
			t.Errorf("line %d box %v outside the %v×%v page", i, l.Box, p.Width, p.Height)
		}
		if l.Conf <= 0 || l.Conf > 1 || len(l.Words) == 0 {
			t.Errorf("line %d: conf %v, %d words", i, l.Conf, len(l.Words))
		}
		if l.Size <= 0 || l.Size > l.Box.Height()*1.5 {
			t.Errorf("line %d: size %v for a line %v high", i, l.Size, l.Box.Height())
		}
		if i > 0 && l.Box.Y0 < p.Lines[i-1].Box.Y1-1 {
			t.Errorf("line %d overlaps line %d", i, i-1)
		}
	}
}

func texts(p *page.Page) []string {
	var s []string
	for _, l := range p.Lines {
		s = append(s, l.Text)
	}
	return s
}

func TestChinese(t *testing.T) {
	p := readPage(t, "chi_sim", "zh.png", "png")
	checkLines(t, p, zhText, 0.1)
	for _, l := range p.Lines {
		if strings.Contains(l.Text, " ") {
			t.Errorf("space between Chinese characters: %q", l.Text)
		}
	}
	if p.Method != page.MethodOCR || p.Unit != page.Pixels || p.Language != "zh" || len(p.Warnings) != 0 {
		t.Errorf("page: method %q unit %q lang %q warnings %q", p.Method, p.Unit, p.Language, p.Warnings)
	}
}

func TestEnglishAssumedResolution(t *testing.T) {
	p := readPage(t, "eng", "en.jpg", "jpeg")
	checkLines(t, p, enText, 0.05)
	if len(p.Lines) > 0 && len(strings.Fields(p.Lines[0].Text)) != 6 {
		t.Errorf("English words not spaced: %q", p.Lines[0].Text)
	}
	if len(p.Warnings) != 1 || !strings.Contains(p.Warnings[0], "assuming 300 dpi") {
		t.Errorf("warnings = %q, want the assumed resolution", p.Warnings)
	}
}

// One engine reads both pages of a G4 TIFF, switching languages.
func TestMultiPageG4(t *testing.T) {
	doc := load(t, "two-pages-g4.tif", "tiff")
	if len(doc.Pages) != 2 {
		t.Fatalf("%d pages", len(doc.Pages))
	}
	e := New(Options{Lang: "chi_sim+eng"})
	defer e.Close()
	ocrPage(t, e, &doc.Pages[0])
	ocrPage(t, e, &doc.Pages[1])
	checkLines(t, &doc.Pages[0], zhText, 0.1)
	checkLines(t, &doc.Pages[1], enText, 0.1)
}

// Small print on a bitonal scan is read as it is: a pixel of thickening
// would clot its strokes (镇 read as 锦, 季 as 李).
func TestSmallBitonalPrint(t *testing.T) {
	p := readPage(t, "chi_sim", "small-g4.tif", "tiff")
	want := []string{"镇政府决定在雨季到来之前疏通镇上的排水沟渠，", "并请专家检查河堤，确保附近居民的安全。", "施工期间部分道路将暂时禁止车辆通行。"}
	checkLines(t, p, want, 0.06)
}

// Thin print on a bitonal scan thresholded too light, strokes broken and
// specks around: the cleaned page is read. (Read as it is, the page gives
// 汶 for 添, 未 for 末, 等 for 每…: a CER of 0.2.)
func TestBrokenBitonalPrint(t *testing.T) {
	p := readPage(t, "chi_sim", "broken-g4.tif", "tiff")
	want := "社区图书室新添了一批儿童读物，周末前来借书的家长和孩子很多。管理员说今后每月都会更新书目。"
	if got := strings.Join(texts(p), ""); len(p.Lines) != 3 || cer(got, want) > 0.15 {
		t.Errorf("read %q (CER %.2f), want %q in 3 lines", texts(p), cer(got, want), want)
	}
}

// Serif type on a bitonal scan thresholded too light keeps its stems and
// loses most of its hairlines, and the mended reading is kept. Its glyph
// sizes are measured on the thickened page: on the page as scanned they
// came out 20 to 30 px for lines all set in 10 pt (about 37 px of ink at
// 300 dpi), and lines of one column so far apart in size split into blocks.
func TestHarshBitonalSizes(t *testing.T) {
	p := readPage(t, "chi_sim", "harsh-g4.tif", "tiff")
	if len(p.Lines) != 4 {
		t.Fatalf("read %d lines %q, want 4", len(p.Lines), texts(p))
	}
	for _, l := range p.Lines {
		if l.Size < 33 || l.Size > 42 {
			t.Errorf("line %q has size %.1f px, want about 37", l.Text, l.Size)
		}
	}
}

func TestLZWTIFF(t *testing.T) {
	p := readPage(t, "chi_sim", "zh-lzw.tif", "tiff")
	checkLines(t, p, zhText, 0.1)
}

func TestJPEG2000(t *testing.T) {
	p := readPage(t, "chi_sim", "zh.jp2", "jp2")
	checkLines(t, p, zhText, 0.1)
}

// A 100 dpi scan is enlarged for Tesseract; boxes stay in its own pixels.
func TestLowResolutionUpscaled(t *testing.T) {
	e := New(Options{Lang: "chi_sim"})
	defer e.Close()
	doc := load(t, "zh-100dpi.png", "png")
	p := &doc.Pages[0]
	w, h := p.Width, p.Height
	ocrPage(t, e, p)
	if p.Width != w || p.Height != h {
		t.Errorf("page size changed from %v×%v to %v×%v", w, h, p.Width, p.Height)
	}
	checkLines(t, p, zhText, 0.15)
}

// A decoded image from a PDF page, on a page measured in points: boxes are
// converted to points.
func TestDecodedImageOnPointPage(t *testing.T) {
	f, err := os.Open("testdata/zh.png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	p := &page.Page{Number: 3, Unit: page.Points, Width: float64(b.Dx()) * 72 / 300, Height: float64(b.Dy()) * 72 / 300,
		Scan: &page.Scan{Image: img, DPI: 300}}
	e := New(Options{Lang: "chi_sim"})
	defer e.Close()
	ocrPage(t, e, p)
	if p.Unit != page.Points {
		t.Fatalf("unit %q", p.Unit)
	}
	checkLines(t, p, zhText, 0.1)
	// 12 pt type: the glyph height proxy is about 10–12 pt.
	if s := p.Lines[0].Size; s < 9 || s > 12.5 {
		t.Errorf("size %v pt for 12 pt type", s)
	}
}

func TestScriptDetection(t *testing.T) {
	p := readPage(t, "", "en.jpg", "jpeg")
	if p.Language != "en" {
		t.Errorf("language %q, want en from the Latin script", p.Language)
	}
	checkLines(t, p, enText, 0.1)
}

func TestBadImages(t *testing.T) {
	e := New(Options{Lang: "eng"})
	defer e.Close()
	// scan.Read refuses a truncated PNG from its chunk lengths; the engine
	// must still fail cleanly on one that reaches it.
	data, err := os.ReadFile("testdata/truncated.png")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := scan.Read(data, "png", scan.Options{}); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("scan.Read of a truncated PNG: err = %v", err)
	}
	truncated := &page.Page{Number: 1, Scan: &page.Scan{Data: data}}
	err = e.Page(context.Background(), truncated)
	if err == nil || !strings.Contains(err.Error(), "page 1") || !strings.Contains(err.Error(), "decode") {
		t.Errorf("truncated PNG: err = %v", err)
	}
	garbage := &page.Page{Number: 2, Scan: &page.Scan{Data: []byte("II*\x00garbage")}}
	if err := e.Page(context.Background(), garbage); err == nil || !strings.Contains(err.Error(), "page 2") {
		t.Errorf("garbage TIFF: err = %v", err)
	}
	// The engine still works after errors.
	doc := load(t, "en.jpg", "jpeg")
	ocrPage(t, e, &doc.Pages[0])
	checkLines(t, &doc.Pages[0], enText, 0.1)
}

func TestMissingLanguage(t *testing.T) {
	e := New(Options{Lang: "chi_sim+xyz_abc"})
	defer e.Close()
	doc := load(t, "zh.png", "png")
	err := e.Page(context.Background(), &doc.Pages[0])
	if err == nil || !strings.Contains(err.Error(), "tesseract-ocr-xyz-abc") {
		t.Errorf("err = %v, want the Debian package name", err)
	}
}

func TestDetectedLanguage(t *testing.T) {
	if lang, warning := detectedLang("Han"); lang != "chi_sim" || warning != "" {
		t.Errorf("Han: %q, %q; want chi_sim and no warning", lang, warning)
	}
	if lang, warning := detectedLang("Fraktur"); lang != DefaultLang || warning != "" {
		t.Errorf("a script without a language: %q, %q; want %s and no warning", lang, warning, DefaultLang)
	}
	// A detected script whose data is missing falls back, saying so.
	scriptLang["Testscript"] = "xyz_abc"
	defer delete(scriptLang, "Testscript")
	lang, warning := detectedLang("Testscript")
	if lang != DefaultLang || !strings.Contains(warning, "tesseract-ocr-xyz-abc") || !strings.Contains(warning, "Testscript") {
		t.Errorf("missing data: %q, %q; want %s and a warning naming the script and package", lang, warning, DefaultLang)
	}
}

func TestTimeoutAndCancel(t *testing.T) {
	e := New(Options{Lang: "chi_sim", Timeout: time.Nanosecond})
	defer e.Close()
	doc := load(t, "zh.png", "png")
	err := e.Page(context.Background(), &doc.Pages[0])
	if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "page 1") {
		t.Errorf("err = %v, want a timeout on page 1", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e.opts.Timeout = time.Minute
	if err := e.Page(ctx, &doc.Pages[0]); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	// A fresh client takes over after an abandoned one.
	ocrPage(t, e, &doc.Pages[0])
	checkLines(t, &doc.Pages[0], zhText, 0.1)
}

func TestBold(t *testing.T) {
	p := readPage(t, "chi_sim", "bold.png", "png")
	if len(p.Lines) != 4 {
		t.Fatalf("lines %q", texts(p))
	}
	for i, l := range p.Lines {
		if l.Bold != (i == 1) {
			t.Errorf("line %d %q: bold %v", i, l.Text, l.Bold)
		}
	}
}

func TestRunIn(t *testing.T) {
	p := readPage(t, "chi_sim", "runin.png", "png")
	if len(p.Lines) != 4 {
		t.Fatalf("lines %q", texts(p))
	}
	l := p.Lines[0]
	if l.Bold || l.RunIn == 0 || l.RunIn > len(l.Text) {
		t.Fatalf("line %q: bold %v, run-in %d", l.Text, l.Bold, l.RunIn)
	}
	lead := l.Text[:l.RunIn]
	if !strings.HasPrefix(lead, "本报讯") || strings.Contains(lead, "公园") || cer(lead, "本报讯记者王明报道：") > 0.2 {
		t.Errorf("run-in %q of %q", lead, l.Text)
	}
	for _, l := range p.Lines[1:] {
		if l.RunIn != 0 || l.Bold {
			t.Errorf("line %q: bold %v, run-in %d", l.Text, l.Bold, l.RunIn)
		}
	}
}

// A stop flag set during recognition makes Tesseract give up; the same
// instance then reads the next image in full.
func TestStopRecognition(t *testing.T) {
	r := testRaster(t, "zh.png")
	defer r.free()
	ts, err := newTess("chi_sim")
	if err != nil {
		t.Fatal(err)
	}
	defer ts.close()
	stop := newStop()
	defer freeStop(stop)
	*stop = 1
	if err := ts.setImage(r, psmAuto, 300); err != nil {
		t.Fatal(err)
	}
	if hp, err := ts.read(stop); !errors.Is(err, errFailed) || hp != nil {
		t.Errorf("stopped: err %v, %v", err, hp)
	}
	*stop = 0
	if err := ts.setImage(r, psmAuto, 300); err != nil {
		t.Fatal(err)
	}
	hp, err := ts.read(stop)
	if err != nil {
		t.Fatal(err)
	}
	if len(hp.lines) != len(zhText) {
		t.Errorf("after a stop: %d lines, want %d", len(hp.lines), len(zhText))
	}
}

// A blank image and a line crop of a few pixels are read without error,
// as nothing found (no lines): not a recognition failure.
func TestReadBlank(t *testing.T) {
	ts, err := newTess("chi_sim")
	if err != nil {
		t.Fatal(err)
	}
	defer ts.close()
	stop := newStop()
	defer freeStop(stop)
	for _, c := range []struct {
		w, h, psm int
	}{{600, 400, psmAuto}, {3, 2, psmSingleLine}} {
		var buf bytes.Buffer
		img := image.NewGray(image.Rect(0, 0, c.w, c.h))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		r, err := decodeRaster(buf.Bytes(), false, 0)
		if err != nil {
			t.Fatal(err)
		}
		if err := ts.setImage(r, c.psm, 300); err != nil {
			t.Fatal(err)
		}
		hp, err := ts.read(stop)
		r.free()
		if err != nil || len(hp.lines) != 0 {
			t.Errorf("%dx%d: %v, %+v", c.w, c.h, err, hp)
		}
	}
}

// TestLargeType: Tesseract's page reading garbles a headline in 40 pt type
// ("秋风壕爽稻化香"); read again at the body's scale, it comes out right,
// with a box inside the printed line's.
func TestLargeType(t *testing.T) {
	p := readPage(t, "chi_sim", "head.png", "png")
	want := append([]string{"秋风送爽稻花香"}, zhText...)
	checkLines(t, p, want, 0)
	// The glyphs are about 150 px high and start 40 px from the top.
	if b := p.Lines[0].Box; b.Y0 < 40 || b.Height() > 220 {
		t.Errorf("headline box %v: not the printed line's", *b)
	}
	if s := p.Lines[0].Size; s < 2*p.Lines[1].Size {
		t.Errorf("headline size %v, body %v", s, p.Lines[1].Size)
	}
}

// A line of body type broken into slivers, which Tesseract's page reading
// takes for a picture, is found on the image between the lines it read and
// read alone.
func TestDroppedLine(t *testing.T) {
	p := readPage(t, "chi_sim", "dropped.png", "png")
	// Lines found on the image come after those Tesseract read.
	slices.SortStableFunc(p.Lines, func(a, b page.Line) int { return cmp.Compare(a.Box.Y0, b.Box.Y0) })
	want := []string{"河边的公园修了新的步道，居民", "每天早晚都来这里散步锻炼。", "附近的学校也组织学生到这里", "上自然课，认识各种花草树木。", "管理处说今后还要种更多的树。"}
	checkLines(t, p, want, 0.1)
}
