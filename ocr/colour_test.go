package ocr

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os"
	"reflect"
	"testing"

	"newsprint/page"
)

// A colour page (dark blue type on a yellowish ground, as encoded bytes
// and as a decoded image) is read as grey, with the same lines as the
// grey original.
func TestColourReadAsGrey(t *testing.T) {
	data, err := os.ReadFile("testdata/zh.png")
	if err != nil {
		t.Fatal(err)
	}
	grey, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b := grey.Bounds()
	rgba := image.NewRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			v := color.GrayModel.Convert(grey.At(x, y)).(color.Gray).Y
			rgba.Set(x, y, color.RGBA{v, v, v / 2, 255}) // white -> light yellow, black stays
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, rgba); err != nil {
		t.Fatal(err)
	}
	r, err := rasterOf(&page.Scan{Data: buf.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if r.colour() {
		t.Error("colour PNG not made grey")
	}
	r.free()

	e := New(Options{Lang: "chi_sim"})
	defer e.Close()
	read := func(s *page.Scan) []string {
		p := &page.Page{Number: 1, Scan: s}
		ocrPage(t, e, p)
		return texts(p)
	}
	want := read(&page.Scan{Data: data, DPI: 300})
	if len(want) != len(zhText) {
		t.Fatalf("grey original read as %q", want)
	}
	if got := read(&page.Scan{Data: buf.Bytes(), DPI: 300}); !reflect.DeepEqual(got, want) {
		t.Errorf("colour PNG read as %q, grey as %q", got, want)
	}
	if got := read(&page.Scan{Image: rgba, DPI: 300}); !reflect.DeepEqual(got, want) {
		t.Errorf("colour image read as %q, grey as %q", got, want)
	}
}
