package ocr

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"
)

// The fast paths of grey give what the colour interface gives, on whole
// images and on sub-images (offset bounds, rows longer than the image).
func TestGreyFastPaths(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	r := image.Rect(3, 5, 40, 31)
	fill := func(b []byte) {
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
	}
	rgba := image.NewRGBA(r)
	fill(rgba.Pix)
	gray := image.NewGray(r)
	fill(gray.Pix)
	bitonal := image.NewPaletted(r, color.Palette{color.Gray{0}, color.Gray{255}})
	for i := range bitonal.Pix {
		bitonal.Pix[i] = byte(rng.UintN(2))
	}
	colours := image.NewPaletted(r, color.Palette{color.RGBA{200, 30, 40, 255}, color.NRGBA{10, 250, 90, 128}, color.Gray16{0x7fff}})
	for i := range colours.Pix {
		colours.Pix[i] = byte(rng.UintN(3))
	}
	imgs := map[string]image.Image{"rgba": rgba, "gray": gray, "bitonal": bitonal, "paletted": colours}
	for _, ratio := range []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420} {
		y := image.NewYCbCr(r, ratio)
		fill(y.Y)
		fill(y.Cb)
		fill(y.Cr)
		imgs["ycbcr"+ratio.String()] = y
	}
	type sub interface {
		SubImage(image.Rectangle) image.Image
	}
	for name, img := range imgs {
		for _, m := range []image.Image{img, img.(sub).SubImage(image.Rect(10, 9, 27, 30))} {
			want := greyAny(m)
			got := grey(m)
			if got.Bounds() != m.Bounds() {
				t.Fatalf("%s: bounds %v, want %v", name, got.Bounds(), m.Bounds())
			}
			for y := m.Bounds().Min.Y; y < m.Bounds().Max.Y; y++ {
				for x := m.Bounds().Min.X; x < m.Bounds().Max.X; x++ {
					if g, w := got.GrayAt(x, y), want.GrayAt(x, y); g != w {
						t.Fatalf("%s %v: (%d,%d) = %d, want %d", name, m.Bounds(), x, y, g.Y, w.Y)
					}
				}
			}
		}
	}
}

func BenchmarkGreyRGBA(b *testing.B) {
	img := image.NewRGBA(image.Rect(0, 0, 2000, 3000))
	for b.Loop() {
		grey(img)
	}
}
