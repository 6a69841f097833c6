package pdftext

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/jpeg"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"newsprint/internal/pdfgen"
	"newsprint/page"
)

// readQuick runs Read with a time limit so that a hang fails the test.
func readQuick(t *testing.T, data []byte) (*page.Document, error) {
	t.Helper()
	type res struct {
		doc *page.Document
		err error
	}
	ch := make(chan res, 1)
	go func() {
		d, err := Read(data)
		ch <- res{d, err}
	}()
	select {
	case r := <-ch:
		return r.doc, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Read did not return within 20s")
	}
	return nil, nil
}

func TestBadFilesGiveErrors(t *testing.T) {
	good := func() []byte {
		d := pdfgen.New()
		d.Page("BT /F1 10 Tf 72 700 Td (x) Tj ET", helv, "")
		return d.Bytes()
	}()
	cases := map[string][]byte{
		"empty":     nil,
		"garbage":   []byte("this is not a PDF at all, just some text\n"),
		"header":    []byte("%PDF-1.7\n"),
		"truncated": good[:len(good)/3],
		// Cut inside a stream: pdfcpu names its context twice in its own
		// error ("xref table: xref table: unexpected eof: ...").
		"truncated stream": good[:bytes.Index(good, []byte("stream"))+10],
	}
	for name, data := range cases {
		_, err := readQuick(t, data)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		// The message names each context once: "xref table: xref table: ..." reads as a stutter.
		parts := strings.Split(err.Error(), ": ")
		for i := 1; i < len(parts); i++ {
			if parts[i] == parts[i-1] {
				t.Errorf("%s: %q repeats %q", name, err, parts[i])
			}
		}
	}
	// Zero pages: an empty page tree.
	d := pdfgen.New()
	_, err := readQuick(t, d.Bytes())
	if err == nil {
		t.Error("zero pages: no error")
	}
}

func TestBrokenXrefIsRepaired(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (still readable) Tj ET", helv, "")
	data := d.Bytes()
	// Shift every object by inserting bytes after the header: all xref
	// offsets are now wrong.
	i := bytes.Index(data, []byte("1 0 obj"))
	data = append(append(append([]byte{}, data[:i]...), []byte("% padding that moves every object\n")...), data[i:]...)
	doc, err := readQuick(t, data)
	if err != nil {
		t.Skipf("pdfcpu could not repair the xref (%v); the error is clear, which is acceptable", err)
	}
	if got := texts(doc.Pages[0]); len(got) != 1 || got[0] != "still readable" {
		t.Fatalf("repaired file: lines %q", got)
	}
}

func TestHostileContent(t *testing.T) {
	d := pdfgen.New()
	content := "BT 72 500 Td (no Tf at all) Tj ET " +
		strings.Repeat("q ", 10000) + "BT /F1 10 Tf 72 700 Td (deep) Tj ET " + strings.Repeat("Q ", 10000) +
		"BT /Missing 10 Tf 72 600 Td (no font) Tj ET " +
		"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ 1 2 3 " + // unclosed deep arrays
		"BT /F1 10 Tf 72 400 Td (after) Tj ET"
	d.Page(content, helv, "")
	docAny, err := readQuick(t, d.Bytes())
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	p := docAny.Pages[0]
	got := strings.Join(texts(p), "|")
	// Text shown before any Tf has size 0 (no advance): only the
	// warning is checked for it.
	for _, want := range []string{"deep", "no font"} {
		if !strings.Contains(got, want) {
			t.Errorf("text %q missing %q", got, want)
		}
	}
	if !hasWarning(p, "nesting deeper") || !hasWarning(p, "not found") || !hasWarning(p, "without a font") {
		t.Errorf("warnings %q", p.Warnings)
	}
}

func TestBadCMapAndMissingFontObjects(t *testing.T) {
	d := pdfgen.New()
	bad := d.Stream("", []byte("begincodespacerange <00> endcodespacerange beginbfrange <01> [ <zz> ( endbfrange begincidrange"))
	f := fmt.Sprintf(`<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /NoSuchCMap-H /ToUnicode %d 0 R
		/DescendantFonts [99 0 R] >>`, bad)
	d.Page("BT /F 10 Tf 72 700 Td <00410042> Tj ET", "<< /Font << /F "+f+" >> >>", "")
	docAny, err := readQuick(t, d.Bytes())
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	p := docAny.Pages[0]
	if !hasWarning(p, "NoSuchCMap-H") || !hasWarning(p, "descendant") {
		t.Errorf("warnings %q", p.Warnings)
	}
}

func TestEncryptedEmptyUserPassword(t *testing.T) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (secret text) Tj ET", helv, "")
	conf := model.NewAESConfiguration("", "owner-pw", 256)
	var out bytes.Buffer
	if err := api.Encrypt(bytes.NewReader(d.Bytes()), &out, conf); err != nil {
		t.Fatalf("encrypting the test file: %v", err)
	}
	if bytes.Contains(out.Bytes(), []byte("secret text")) {
		t.Fatal("test file is not encrypted")
	}
	docAny, err := readQuick(t, out.Bytes())
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if got := texts(docAny.Pages[0]); len(got) != 1 || got[0] != "secret text" {
		t.Fatalf("lines %q", got)
	}
}

// scanPDF is a PDF of one page without text, an image drawn on it.
func scanPDF(imgDict string, data []byte) []byte {
	d := pdfgen.New()
	img := d.Stream("/Type /XObject /Subtype /Image "+imgDict, data)
	// 200 px drawn 144 pt wide: 100 dpi.
	d.Page("q 144 0 0 288 0 0 cm /Im Do Q", fmt.Sprintf("<< /XObject << /Im %d 0 R >> >>", img), "")
	return d.Bytes()
}

func scanPage(t *testing.T, imgDict string, data []byte) *page.Document {
	t.Helper()
	docAny, err := readQuick(t, scanPDF(imgDict, data))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docAny
}

func TestScanPages(t *testing.T) {
	var jb bytes.Buffer
	g := image.NewGray(image.Rect(0, 0, 200, 400))
	if err := jpeg.Encode(&jb, g, nil); err != nil {
		t.Fatal(err)
	}
	p := scanPage(t, "/Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", jb.Bytes()).Pages[0]
	if p.Scan == nil || !bytes.Equal(p.Scan.Data, jb.Bytes()) || p.Scan.DPI != 100 || p.Method != "" || len(p.Lines) != 0 {
		t.Fatalf("DCT scan: %+v method %q", p.Scan, p.Method)
	}

	raw := make([]byte, 200*400)
	raw[0] = 200
	p = scanPage(t, "/Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8", raw).Pages[0]
	if p.Scan == nil || p.Scan.Image == nil || p.Scan.Image.Bounds().Dx() != 200 {
		t.Fatalf("raw scan: %+v", p.Scan)
	}
	if r, _, _, _ := p.Scan.Image.At(0, 0).RGBA(); r>>8 != 200 {
		t.Errorf("raw scan pixel %d, want 200", r>>8)
	}

	p = scanPage(t, "/Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode", []byte{0, 1, 2}).Pages[0]
	if p.Scan != nil || !hasWarning(p, "unsupported encoding JBIG2") {
		t.Fatalf("JBIG2: scan %v warnings %q", p.Scan, p.Warnings)
	}
}

func TestCCITTScan(t *testing.T) {
	// An all-white 8×2 Group 4 image: two "pass through" rows are coded
	// as vertical-0 modes (bit 1) against the white reference line.
	p := scanPage(t, "/Width 8 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 8 /Rows 2 /BlackIs1 false >>",
		[]byte{0xC0}).Pages[0]
	if p.Scan == nil || p.Scan.Image == nil {
		t.Fatalf("CCITT scan: %+v warnings %q", p.Scan, p.Warnings)
	}
	if b := p.Scan.Image.Bounds(); b.Dx() != 8 || b.Dy() != 2 {
		t.Fatalf("CCITT image %v", b)
	}
	if r, _, _, _ := p.Scan.Image.At(3, 1).RGBA(); r>>8 != 255 {
		t.Errorf("CCITT pixel %d, want white", r>>8)
	}
}

// The JPEG and JPEG 2000 bytes of a page image go to leptonica as they
// are, so their own headers are checked: the size there is what the decoder
// allocates, whatever the PDF dictionary says; CCITT's Columns and Rows too.
func TestScanImageSize(t *testing.T) {
	sof := jpegSaying(t, 30000, 30000)
	p := scanPage(t, "/Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", sof).Pages[0]
	if p.Scan != nil || !hasWarning(p, "image too large") {
		t.Errorf("JPEG of 30000×30000 in a 200×400 image: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
	p = scanPage(t, "/Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", sof[:len(sof)-2]).Pages[0]
	if p.Scan != nil || !hasWarning(p, "truncated") {
		t.Errorf("JPEG without its end: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
	p = scanPage(t, "/Width 8 /Height 2 /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 100000 /Rows 100000 >>", []byte{0xC0}).Pages[0]
	if p.Scan != nil || !hasWarning(p, "CCITT image size 100000x100000 out of range") {
		t.Errorf("CCITT of 100000×100000: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
}

// jpegSaying returns an 8×8 JPEG whose SOF0 is made to say w×h.
func jpegSaying(t *testing.T, w, h int) []byte {
	t.Helper()
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, image.NewGray(image.Rect(0, 0, 8, 8)), nil); err != nil {
		t.Fatal(err)
	}
	b := jb.Bytes()
	i := bytes.Index(b, []byte{0xFF, 0xC0})
	if i < 0 {
		t.Fatal("no SOF0 marker")
	}
	binary.BigEndian.PutUint16(b[i+5:], uint16(h))
	binary.BigEndian.PutUint16(b[i+7:], uint16(w))
	return b
}

// A page image may have scan.DefaultMaxPixels pixels, the limit of image
// files too: 20000×15000 is read, one row more is refused, whether the
// dictionary or the JPEG's own header says it. Options.MaxPixels moves it.
func TestScanImageAtLimit(t *testing.T) {
	dict := func(w, h int) string {
		return fmt.Sprintf("/Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", w, h)
	}
	at := jpegSaying(t, 20000, 15000)
	if p := scanPage(t, dict(20000, 15000), at).Pages[0]; p.Scan == nil || !bytes.Equal(p.Scan.Data, at) {
		t.Errorf("20000×15000 page image: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
	if p := scanPage(t, dict(20000, 15001), jpegSaying(t, 20000, 15001)).Pages[0]; p.Scan != nil || !hasWarning(p, "image size 20000x15001 out of range") {
		t.Errorf("20000×15001 in the dictionary: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
	if p := scanPage(t, dict(200, 400), jpegSaying(t, 20000, 15001)).Pages[0]; p.Scan != nil || !hasWarning(p, "image too large") {
		t.Errorf("20000×15001 in the JPEG header: scan %v warnings %q", p.Scan != nil, p.Warnings)
	}
	// The limit is an option (newsprint's --max-pixels), as for image files.
	pdf := scanPDF(dict(200, 400), jpegSaying(t, 200, 400))
	for _, c := range []struct {
		limit int64
		ok    bool
	}{{80000, true}, {79999, false}} {
		doc, err := ReadWith(pdf, Options{MaxPixels: c.limit})
		if err != nil {
			t.Fatal(err)
		}
		if p := doc.Pages[0]; (p.Scan != nil) != c.ok {
			t.Errorf("200×400 page image, limit %d: scan %v warnings %q", c.limit, p.Scan != nil, p.Warnings)
		}
	}
}

func TestPackedGrayScan(t *testing.T) {
	// 4-bit grey, 3 pixels a row (rows padded to 2 bytes): 0x0, 0xF, 0x8 / 0xF, 0x0, 0x4.
	p := scanPage(t, "/Width 3 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 4",
		[]byte{0x0F, 0x80, 0xF0, 0x40}).Pages[0]
	if p.Scan == nil || p.Scan.Image == nil {
		t.Fatalf("4-bit scan: %+v warnings %q", p.Scan, p.Warnings)
	}
	want := [][]uint32{{0, 255, 136}, {255, 0, 68}}
	for y, row := range want {
		for x, v := range row {
			if r, _, _, _ := p.Scan.Image.At(x, y).RGBA(); r>>8 != v {
				t.Errorf("pixel (%d,%d) = %d, want %d", x, y, r>>8, v)
			}
		}
	}
	p = scanPage(t, "/Width 3 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 4", []byte{1, 2}).Pages[0]
	if p.Scan != nil || len(p.Warnings) == 0 {
		t.Fatalf("short 4-bit data accepted: %+v", p.Scan)
	}
}
