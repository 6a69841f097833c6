package ocrxml

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"newsprint/page"
)

// fuzzSeeds adds the package's test files matching glob, and extra, to a
// fuzz corpus.
func fuzzSeeds(f *testing.F, glob string, extra ...string) {
	files, err := filepath.Glob(filepath.Join("testdata", glob))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files %s in testdata: %v", glob, err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// checkDoc fails t when a document read without error breaks the page
// model: no pages, numbers out of order, coordinates that are not finite
// numbers, inverted boxes, or text that is not UTF-8.
func checkDoc(t *testing.T, doc *page.Document) {
	t.Helper()
	if len(doc.Pages) == 0 {
		t.Fatal("no error and no pages")
	}
	finite := func(what string, vs ...float64) {
		for _, v := range vs {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s: %v is not a finite number", what, vs)
			}
		}
	}
	rect := func(what string, r page.Rect) {
		finite(what, r.X0, r.Y0, r.X1, r.Y1)
		if r.X1 < r.X0 || r.Y1 < r.Y0 {
			t.Fatalf("%s: inverted box %+v", what, r)
		}
	}
	for i, p := range doc.Pages {
		if p.Number != i+1 {
			t.Fatalf("page %d numbered %d", i+1, p.Number)
		}
		finite("page size", p.Width, p.Height)
		for _, l := range p.Lines {
			if l.Box == nil {
				t.Fatalf("line %q without a box", l.Text)
			}
			rect("line "+l.Text, *l.Box)
			finite("line size", l.Size, l.Conf)
			if !utf8.ValidString(l.Text) {
				t.Fatalf("line text %q is not UTF-8", l.Text)
			}
			if l.RunIn < 0 || l.RunIn > len(l.Text) {
				t.Fatalf("run-in %d of line %q", l.RunIn, l.Text)
			}
			for _, w := range l.Words {
				rect("word "+w.Text, w.Box)
				finite("word confidence", w.Confidence)
			}
		}
		for _, r := range p.Rules {
			rect("rule", r.Box)
		}
		for _, b := range p.Boxes {
			rect("box", b.Box)
		}
		for _, im := range p.Images {
			rect("image", im.Box)
		}
	}
}

// FuzzALTO reads arbitrary bytes as ALTO: no panic, no hang, and a sane page
// model or an error.
func FuzzALTO(f *testing.F) {
	fuzzSeeds(f, "*.xml",
		`<alto><Description><MeasurementUnit>mm10</MeasurementUnit></Description><Layout><Page WIDTH="2100" HEIGHT="2970"><PrintSpace>`+
			`<TextBlock><TextLine HPOS="1" VPOS="2" WIDTH="300" HEIGHT="40"><String CONTENT="Hyph" HPOS="1" VPOS="2" WIDTH="100" HEIGHT="40"/><HYP CONTENT="-"/></TextLine>`+
			`<TextLine><String CONTENT="enated" SUBS_TYPE="HypPart2" SUBS_CONTENT="Hyphenated"/></TextLine></TextBlock>`+
			`<GraphicalElement HPOS="0" VPOS="0" WIDTH="1e308" HEIGHT="1"/><Illustration><Shape><Polygon POINTS="0,0 5,5 1e308,-1e308"/></Shape></Illustration>`+
			`</PrintSpace></Page></Layout></alto>`,
		`<?xml version="1.0" encoding="ISO-8859-1"?><alto><Layout><Page><TextBlock><TextLine HPOS="-1e308" VPOS="1e308" WIDTH="1e308" HEIGHT="1e308"><String CONTENT="caf`+"\xe9"+`"/></TextLine></TextBlock></Page></Layout></alto>`)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadALTO(data)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}

// FuzzHOCR reads arbitrary bytes as hOCR: no panic, no hang, and a sane page
// model or an error.
func FuzzHOCR(f *testing.F) {
	fuzzSeeds(f, "*.hocr",
		`<html><body><div class="ocr_page" title="bbox 0 0 1e308 1e308; scan_res 0 0"><span class="ocr_line" title="bbox 1 1 9e307 20; x_size 1e308">`+
			`<span class="ocrx_word" title="bbox 1 1 5 20; x_wconf 300">a&nbsp;b</span><span class="ocrx_word" title="bbox -1 -1 -2 -2">c</span></span></div></body></html>`,
		`<div class='ocr_page' title='bbox 0 0 100 100'><p><span class='ocr_line' title='bbox 0 0 50 10'><b>x<i>y</b>z</span>`,
		// newsprint's hOCR of a PDF page goes back to points by 72/scan_res.
		`<div class='ocr_page' title='bbox 0 0 100 100; scan_res 1e-307 1e-307; x_source pdf-text'><span class='ocr_line' title='bbox 0 0 50 10'>x</span></div>`)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadHOCR(data)
		if err != nil {
			return
		}
		checkDoc(t, doc)
	})
}
