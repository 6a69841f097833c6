package scan

import (
	"math"
	"os"
	"testing"
)

var fuzzFormats = []string{"png", "jpeg", "tiff", "jp2"}

// FuzzRead reads arbitrary bytes as each image format: no panic, and
// either an error or pages of a positive size within the pixel limit, each
// carrying the file for the OCR stage, which decodes it with leptonica and
// must never see a file the header check let through oversized.
func FuzzRead(f *testing.F) {
	seeds := map[string]string{
		"zh-100dpi.png": "png", "huge.png": "png", "en.jpg": "jpeg", "zh.jp2": "jp2",
		"small-g4.tif": "tiff", "two-pages-g4.tif": "tiff", "zh-lzw.tif": "tiff", "broken-g4.tif": "tiff",
	}
	for name, format := range seeds {
		data, err := os.ReadFile("../ocr/testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		for i, fm := range fuzzFormats {
			if fm == format {
				f.Add(uint8(i), data)
			}
		}
	}
	f.Add(uint8(3), append([]byte{0xFF, 0x4F, 0xFF, 0x51, 0, 41, 0, 0}, make([]byte, 40)...)) // raw J2K codestream
	const limit = 50_000_000
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		format := fuzzFormats[int(which)%len(fuzzFormats)]
		doc, err := Read(data, format, Options{MaxPixels: limit})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if len(doc.Pages) == 0 {
			t.Fatal("no error and no pages")
		}
		for i, p := range doc.Pages {
			if p.Number != i+1 || p.Scan == nil || len(p.Scan.Data) != len(data) {
				t.Fatalf("page %d: %+v", i+1, p)
			}
			if p.Width <= 0 || p.Height <= 0 || p.Width*p.Height > limit {
				t.Fatalf("page %d: %v×%v pixels passed the limit", p.Number, p.Width, p.Height)
			}
			if d := p.Scan.DPI; d < 0 || math.IsNaN(d) || math.IsInf(d, 0) {
				t.Fatalf("page %d: dpi %v", p.Number, d)
			}
			if i > 0 && p.Scan.Index <= doc.Pages[i-1].Scan.Index {
				t.Fatalf("page %d: directory %d after %d", p.Number, p.Scan.Index, doc.Pages[i-1].Scan.Index)
			}
		}
	})
}
