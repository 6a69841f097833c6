package ocr

import (
	"image"
	"image/color"
)

// luma is leptonica's pixConvertRGBToLuminance on 8-bit samples:
// 0.3 R + 0.5 G + 0.2 B, rounded.
func luma(r, g, b uint32) uint8 {
	return uint8((3*r + 5*g + 2*b + 5) / 10)
}

// grey returns img as 8-bit grey: img itself when it is grey, else a copy
// through luma. The kinds a page image comes in are read straight from
// their pixels; any other goes through the colour interface, pixel by
// pixel, which gives the same values far slower.
func grey(img image.Image) *image.Gray {
	b := img.Bounds()
	switch m := img.(type) {
	case *image.Gray:
		return m
	case *image.RGBA:
		g := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			src := m.Pix[m.PixOffset(b.Min.X, y):]
			dst := g.Pix[g.PixOffset(b.Min.X, y):]
			for x := range b.Dx() {
				s := src[4*x : 4*x+3 : 4*x+3]
				dst[x] = luma(uint32(s[0]), uint32(s[1]), uint32(s[2]))
			}
		}
		return g
	case *image.YCbCr:
		// As At does, with YCbCr's own 16-bit conversion (not YCbCrToRGB's
		// 8-bit one, which rounds differently).
		g := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			dst := g.Pix[g.PixOffset(b.Min.X, y):]
			for x := b.Min.X; x < b.Max.X; x++ {
				ci := m.COffset(x, y)
				r, gr, bl, _ := color.YCbCr{Y: m.Y[m.YOffset(x, y)], Cb: m.Cb[ci], Cr: m.Cr[ci]}.RGBA()
				dst[x-b.Min.X] = luma(r>>8, gr>>8, bl>>8)
			}
		}
		return g
	case *image.Paletted:
		// One grey per palette entry (two for a bitonal image); an index
		// past the palette reads as black.
		var lut [256]uint8
		for i, c := range m.Palette[:min(len(m.Palette), 256)] {
			r, gr, bl, _ := c.RGBA()
			lut[i] = luma(r>>8, gr>>8, bl>>8)
		}
		g := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			src := m.Pix[m.PixOffset(b.Min.X, y):]
			dst := g.Pix[g.PixOffset(b.Min.X, y):]
			for x := range b.Dx() {
				dst[x] = lut[src[x]]
			}
		}
		return g
	}
	return greyAny(img)
}

// greyAny converts any image through the colour interface.
func greyAny(img image.Image) *image.Gray {
	b := img.Bounds()
	g := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, gr, bl, _ := img.At(x, y).RGBA()
			g.Pix[g.PixOffset(x, y)] = luma(r>>8, gr>>8, bl>>8)
		}
	}
	return g
}
