package inspect

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/reflow"
	"newsprint/result"
	"newsprint/segment/layout"
)

func testPage(scan *page.Scan) *page.Page {
	p := &page.Page{Number: 1, Width: 400, Height: 300, Unit: page.Points, Method: page.MethodPDFText, Scan: scan}
	add := func(text string, x0, y0, x1, size float64, bold bool) {
		r := page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y0 + size}
		p.Lines = append(p.Lines, page.Line{Text: text, Box: &r, Size: size, Bold: bold, Font: "F", Conf: 1})
	}
	add("Page 5 <Monday>", 20, 10, 120, 8, false)
	p.Rules = append(p.Rules, page.Rule{Box: page.Rect{X0: 20, Y0: 22, X1: 380, Y1: 23}})
	add("A headline & more", 20, 40, 200, 20, true)
	for i := 0; i < 8; i++ {
		add("body text line", 20, 66+float64(i)*12, 120, 9, false)
		add("second column", 140, 66+float64(i)*12, 240, 9, false)
	}
	return p
}

// elements parses the SVG and counts its elements by name.
func elements(t *testing.T, data []byte) map[string]int {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	n := map[string]int{}
	root := ""
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("invalid XML: %v\n%s", err, data)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
				if se.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("root namespace %q", se.Name.Space)
				}
			}
			n[se.Name.Local]++
		}
	}
	if root != "svg" {
		t.Fatalf("root element %q, want svg", root)
	}
	return n
}

func render(t *testing.T, p *page.Page) []byte {
	t.Helper()
	l := layout.Segment(p)
	rp := reflow.Page(p, &l)
	var buf bytes.Buffer
	if err := SVG(&buf, &rp); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSVGIsValidAndComplete(t *testing.T) {
	p := testPage(nil)
	data := render(t, p)
	n := elements(t, data)
	l := layout.Segment(p)
	blocks := len(l.Blocks)
	for _, a := range l.Articles {
		blocks += len(a.Blocks)
	}
	if len(l.Articles) != 1 || blocks < 4 {
		t.Fatalf("fixture segmented into %d articles, %d blocks", len(l.Articles), blocks)
	}
	// background + rule + one rect per block + one outline per article
	if want := 2 + blocks + len(l.Articles); n["rect"] != want {
		t.Errorf("%d rects, want %d", n["rect"], want)
	}
	if n["g"] != blocks+len(l.Articles) {
		t.Errorf("%d groups, want %d", n["g"], blocks+len(l.Articles))
	}
	// every block numbered, every article labelled
	if n["text"] != blocks+len(l.Articles) {
		t.Errorf("%d labels, want %d", n["text"], blocks+len(l.Articles))
	}
	if n["image"] != 0 {
		t.Errorf("background image without a scan")
	}
	if !bytes.Contains(data, []byte(`data-role="headline"`)) || !bytes.Contains(data, []byte(`data-role="page-header"`)) {
		t.Errorf("roles missing:\n%s", data)
	}
}

func TestSVGEmbedsScan(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 40, 30))
	img.Set(3, 3, color.Gray{Y: 200})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	data := render(t, testPage(&page.Scan{Data: buf.Bytes()}))
	if n := elements(t, data); n["image"] != 1 {
		t.Fatalf("%d images, want the scan as background", n["image"])
	}
	if !strings.Contains(string(data), `href="data:image/png;base64,`) {
		t.Errorf("scan not embedded as a data URI")
	}
	// A decoded image without bytes is encoded as PNG.
	data = render(t, testPage(&page.Scan{Image: img}))
	if !strings.Contains(string(data), `href="data:image/png;base64,`) {
		t.Errorf("decoded scan not embedded")
	}
}

func TestSVGNeedsLayout(t *testing.T) {
	rp := result.Page{Page: 1, Source: testPage(nil)}
	if err := SVG(io.Discard, &rp); err == nil {
		t.Error("no error for a page without layout")
	}
}
