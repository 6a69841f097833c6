package scan

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/jpeg"
	"os"
	"strings"
	"testing"

	"newsprint/page"
)

// The test images are made by ../ocr/testdata/gen.
func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../ocr/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestPNGResolution(t *testing.T) {
	doc, err := Read(read(t, "zh.png"), "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Pages[0]
	if len(doc.Pages) != 1 || p.Unit != page.Pixels || p.Method != page.MethodOCR || p.Scan == nil {
		t.Fatalf("page = %+v", p)
	}
	if p.Scan.DPI < 299.9 || p.Scan.DPI > 300.1 {
		t.Errorf("dpi = %v, want 300 from pHYs", p.Scan.DPI)
	}
	if p.Width < 500 || p.Height < 100 {
		t.Errorf("size = %v×%v", p.Width, p.Height)
	}
	doc, err = Read(read(t, "zh-100dpi.png"), "png", Options{})
	if err != nil || doc.Pages[0].Scan.DPI < 99.9 || doc.Pages[0].Scan.DPI > 100.1 {
		t.Errorf("100 dpi png: dpi %v, err %v", doc.Pages[0].Scan.DPI, err)
	}
}

func TestPNGTruncation(t *testing.T) {
	data := read(t, "zh.png")
	for _, cut := range []int{len(data) - 4, len(data) - 12, len(data) / 2, 40} {
		if _, err := Read(data[:cut], "png", Options{}); err == nil || !strings.Contains(err.Error(), "truncated") {
			t.Errorf("PNG cut to %d of %d bytes: err = %v, want truncated", cut, len(data), err)
		}
	}
}

func TestJPEGWithoutDensity(t *testing.T) {
	doc, err := Read(read(t, "en.jpg"), "jpeg", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Pages[0].Scan.DPI != 0 {
		t.Errorf("dpi = %v, want 0 (not stated)", doc.Pages[0].Scan.DPI)
	}
}

func TestJPEGDensityAndTruncation(t *testing.T) {
	data := read(t, "en.jpg")
	// Insert a JFIF APP0 segment with 2 (dots per cm) × 118.
	app0 := []byte{0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 2, 0, 118, 0, 118, 0, 0}
	jfif := append(append(append([]byte{}, data[:2]...), app0...), data[2:]...)
	doc, err := Read(jfif, "jpeg", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if dpi := doc.Pages[0].Scan.DPI; dpi < 299 || dpi > 301 {
		t.Errorf("dpi = %v, want 118 dpcm ≈ 300 dpi", dpi)
	}
	if _, err := Read(data[:len(data)*2/3], "jpeg", Options{}); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("truncated JPEG: err = %v", err)
	}
}

func TestMultiPageTIFF(t *testing.T) {
	doc, err := Read(read(t, "two-pages-g4.tif"), "tiff", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 2 {
		t.Fatalf("%d pages, want 2", len(doc.Pages))
	}
	for i, p := range doc.Pages {
		if p.Number != i+1 || p.Scan.Index != i || p.Scan.DPI != 300 {
			t.Errorf("page %d: number %d index %d dpi %v", i, p.Number, p.Scan.Index, p.Scan.DPI)
		}
	}
	if doc.Pages[0].Width == doc.Pages[1].Width {
		t.Errorf("pages have the same width %v; the test file's pages differ", doc.Pages[0].Width)
	}
}

func TestTooLarge(t *testing.T) {
	_, err := Read(read(t, "huge.png"), "png", Options{})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "page 1") {
		t.Errorf("err = %v, want ErrTooLarge naming page 1", err)
	}
	// The limit is an option.
	if _, err := Read(read(t, "zh.png"), "png", Options{MaxPixels: 1000}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("small limit: err = %v", err)
	}
}

// Check gives Read's verdict from the header alone. At the default limit a
// JPEG saying 20000×15000 (300 MP) passes, one row more does not.
func TestCheckAtLimit(t *testing.T) {
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, image.NewGray(image.Rect(0, 0, 8, 8)), nil); err != nil {
		t.Fatal(err)
	}
	data := jb.Bytes()
	sof := bytes.Index(data, []byte{0xFF, 0xC0})
	if sof < 0 {
		t.Fatal("no SOF0 marker")
	}
	for _, c := range []struct {
		h  uint16
		ok bool
	}{{15000, true}, {15001, false}} {
		binary.BigEndian.PutUint16(data[sof+5:], c.h)
		binary.BigEndian.PutUint16(data[sof+7:], 20000)
		err := Check(data, "jpeg", Options{})
		_, rerr := Read(data, "jpeg", Options{})
		if c.ok && (err != nil || rerr != nil) || !c.ok && (!errors.Is(err, ErrTooLarge) || !errors.Is(rerr, ErrTooLarge)) {
			t.Errorf("20000×%d: Check %v, Read %v", c.h, err, rerr)
		}
	}
	if err := Check(data[:len(data)-2], "jpeg", Options{}); err == nil || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("JPEG without its end: Check %v", err)
	}
}

func TestBadTIFF(t *testing.T) {
	data := read(t, "two-pages-g4.tif")
	cases := map[string][]byte{
		"short":        data[:6],
		"bad magic":    append([]byte("II\x2b\x00"), data[4:]...),
		"not tiff":     []byte("hello, world"),
		"ifd past end": binary.LittleEndian.AppendUint32([]byte("II*\x00"), 1<<30),
	}
	// A directory whose next-IFD pointer points to itself.
	loop := append([]byte("II*\x00\x08\x00\x00\x00"), 0, 0) // 0 entries
	loop = binary.LittleEndian.AppendUint32(loop, 8)
	cases["loop"] = loop
	for name, b := range cases {
		if _, err := Read(b, "tiff", Options{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestJP2Header(t *testing.T) {
	box := func(typ string, body []byte) []byte {
		b := binary.BigEndian.AppendUint32(nil, uint32(8+len(body)))
		return append(append(b, typ...), body...)
	}
	ihdr := binary.BigEndian.AppendUint32(nil, 4000) // height
	ihdr = binary.BigEndian.AppendUint32(ihdr, 3000) // width
	ihdr = append(ihdr, 0, 1, 7, 7, 0, 0)
	// 11811 per metre ≈ 300 dpi: 11811/1 × 10^0.
	resc := []byte{0x2E, 0x23, 0, 1, 0x2E, 0x23, 0, 1, 0, 0}
	data := box("jP  ", []byte{0x0D, 0x0A, 0x87, 0x0A})
	data = append(data, box("ftyp", []byte("jp2 \x00\x00\x00\x00jp2 "))...)
	data = append(data, box("jp2h", append(box("ihdr", ihdr), box("res ", box("resc", resc))...))...)
	data = append(data, box("jp2c", []byte{0xFF, 0x4F})...)
	doc, err := Read(data, "jp2", Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := doc.Pages[0]
	if p.Width != 3000 || p.Height != 4000 || p.Scan.DPI < 299.9 || p.Scan.DPI > 300.1 {
		t.Errorf("page %v×%v dpi %v", p.Width, p.Height, p.Scan.DPI)
	}
	if _, err := Read(data[:20], "jp2", Options{}); err == nil {
		t.Error("truncated JP2: no error")
	}

	// The decoder allocates what the codestream's SIZ says, whatever ihdr
	// says: 60000×60000 is refused.
	codestream := func(x, y, x0, y0 uint32) []byte {
		b := []byte{0xFF, 0x4F, 0xFF, 0x51, 0, 41, 0, 0} // SOC, SIZ, Lsiz, Rsiz
		for _, v := range []uint32{x, y, x0, y0} {
			b = binary.BigEndian.AppendUint32(b, v)
		}
		return b
	}
	big := append(data[:len(data)-10], box("jp2c", codestream(60000, 60000, 0, 0))...)
	if _, err := Read(big, "jp2", Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("JP2 with a 60000×60000 codestream: err = %v, want ErrTooLarge", err)
	}
	// A raw codestream of (2³²-1)² pixels: the product overflows an int64.
	if _, err := Read(codestream(1<<32-1, 1<<32-1, 0, 0), "jp2", Options{}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("(2³²-1)² raw codestream: err = %v, want ErrTooLarge", err)
	}
	// An image offset past the image's far edge.
	if _, err := Read(codestream(100, 100, 200, 0), "jp2", Options{}); err == nil || !strings.Contains(err.Error(), "bad codestream size") {
		t.Errorf("offset outside the image: err = %v", err)
	}
}

// A JP2 file made by opj_compress: its ihdr gives the size of the PNG it came from.
func TestJP2File(t *testing.T) {
	jp2, err := Read(read(t, "zh.jp2"), "jp2", Options{})
	if err != nil {
		t.Fatal(err)
	}
	png, err := Read(read(t, "zh.png"), "png", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if jp2.Pages[0].Width != png.Pages[0].Width || jp2.Pages[0].Height != png.Pages[0].Height {
		t.Errorf("jp2 %v×%v, png %v×%v", jp2.Pages[0].Width, jp2.Pages[0].Height, png.Pages[0].Width, png.Pages[0].Height)
	}
}
