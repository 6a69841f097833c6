package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/image/ccitt"

	"newsprint/page"
	"newsprint/scan"
)

// scanImage returns the page image of a page without text: the largest
// image placed on it, as encoded bytes (JPEG, JPEG 2000) or decoded pixels.
// nil, nil means the page has no image. Images over so's pixel limit are
// refused.
func (d *doc) scanImage(in *interp, so scan.Options) (*page.Scan, error) {
	if in.bigImage == nil {
		return nil, nil
	}
	sd, ok := d.deref(in.bigImage).(types.StreamDict)
	if !ok {
		return nil, errors.New("image is not a stream")
	}
	wpx, _ := d.num(sd.Dict["Width"])
	hpx, _ := d.num(sd.Dict["Height"])
	limit := so.Limit()
	if wpx <= 0 || hpx <= 0 || wpx*hpx > float64(limit) {
		return nil, fmt.Errorf("image size %gx%g out of range", wpx, hpx)
	}
	// Decoded samples take up to three bytes a pixel (RGB at 8 bits, the
	// deepest rawImage reads).
	maxBytes := 3 * limit
	ps := &page.Scan{}
	if bw := in.bigBox.Width(); bw > 0 {
		ps.DPI = float64(int(wpx/(bw/72)*10+0.5)) / 10
	}
	filters := sd.FilterPipeline
	last := ""
	if len(filters) > 0 {
		last = filters[len(filters)-1].Name
	}
	switch last {
	case "JBIG2Decode":
		return nil, errors.New("unsupported encoding JBIG2")
	case "DCTDecode", "JPXDecode", "CCITTFaxDecode":
		raw := sd.Raw
		if len(filters) > 1 { // e.g. ASCII85 around the image codec
			pre := sd
			pre.FilterPipeline = filters[:len(filters)-1]
			pre.Content = nil
			if err := pre.DecodeWithLimit(maxBytes); err != nil {
				return nil, fmt.Errorf("image filters: %w", err)
			}
			raw = pre.Content
		}
		if last != "CCITTFaxDecode" {
			// These bytes go to leptonica as they are: the size that
			// decoder allocates is the one the image's own header gives,
			// not the dictionary's, and a truncated image would be filled
			// in grey.
			format := "jpeg"
			if last == "JPXDecode" {
				format = "jp2"
			}
			if err := scan.Check(raw, format, so); err != nil {
				return nil, fmt.Errorf("image data: %w", err)
			}
			ps.Data = raw
			return ps, nil
		}
		img, err := d.ccitt(raw, filters[len(filters)-1].DecodeParms, int(wpx), int(hpx), sd.Dict, limit)
		if err != nil {
			return nil, err
		}
		ps.Image = img
		return ps, nil
	}
	if err := sd.DecodeWithLimit(maxBytes); err != nil {
		return nil, fmt.Errorf("image data: %w", err)
	}
	img, err := d.rawImage(sd, int(wpx), int(hpx))
	if err != nil {
		return nil, err
	}
	ps.Image = img
	return ps, nil
}

func (d *doc) ccitt(raw []byte, parms types.Dict, w, h int, img types.Dict, limit int64) (image.Image, error) {
	k, _ := d.num(parms["K"])
	if c, ok := d.num(parms["Columns"]); ok && c > 0 {
		w = int(c)
	}
	if r, ok := d.num(parms["Rows"]); ok && r > 0 {
		h = int(r)
	}
	sf := ccitt.Group4
	if k >= 0 {
		sf = ccitt.Group3
		if k > 0 {
			return nil, errors.New("unsupported encoding CCITT Group 3 2-D")
		}
	}
	// The codes say white and black runs; BlackIs1 only names the bit
	// values of the decoded samples, so it does not change the picture.
	// A Decode array of [1 0] does invert it.
	invert := false
	if dec := d.nums(img["Decode"]); len(dec) == 2 && dec[0] == 1 {
		invert = true
	}
	align := false
	if b, ok := d.deref(parms["EncodedByteAlign"]).(types.Boolean); ok {
		align = bool(b)
	}
	if w <= 0 || h <= 0 || float64(w)*float64(h) > float64(limit) {
		return nil, fmt.Errorf("CCITT image size %dx%d out of range", w, h)
	}
	dst := image.NewGray(image.Rect(0, 0, w, h))
	opts := &ccitt.Options{Align: align, Invert: invert}
	if err := ccitt.DecodeIntoGray(dst, bytes.NewReader(raw), ccitt.MSB, sf, opts); err != nil {
		return nil, fmt.Errorf("CCITT image: %w", err)
	}
	return dst, nil
}

// rawImage builds an image from decoded samples: grey or RGB, 8 or 1 bit.
func (d *doc) rawImage(sd types.StreamDict, w, h int) (image.Image, error) {
	bpc, _ := d.num(sd.Dict["BitsPerComponent"])
	comps := 0
	cs := d.deref(sd.Dict["ColorSpace"])
	switch v := cs.(type) {
	case types.Name:
		switch v {
		case "DeviceGray", "CalGray", "G":
			comps = 1
		case "DeviceRGB", "CalRGB", "RGB":
			comps = 3
		}
	case types.Array:
		if len(v) == 2 && d.name(v[0]) == "ICCBased" {
			n, _ := d.num(d.dict(v[1])["N"])
			if n == 1 || n == 3 {
				comps = int(n)
			}
		}
	}
	if b, ok := d.deref(sd.Dict["ImageMask"]).(types.Boolean); ok && bool(b) {
		comps, bpc = 1, 1
	}
	if comps == 0 {
		return nil, errors.New("unsupported image colour space")
	}
	data := sd.Content
	switch {
	case bpc == 8:
		if len(data) < w*h*comps {
			return nil, fmt.Errorf("image data short: %d bytes for %dx%d", len(data), w, h)
		}
		if comps == 1 {
			return &image.Gray{Pix: data[:w*h], Stride: w, Rect: image.Rect(0, 0, w, h)}, nil
		}
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for i := 0; i < w*h; i++ {
			img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = data[3*i], data[3*i+1], data[3*i+2], 255
		}
		return img, nil
	case bpc == 1 && comps == 1:
		stride := (w + 7) / 8
		if len(data) < stride*h {
			return nil, fmt.Errorf("image data short: %d bytes for %dx%d", len(data), w, h)
		}
		img := image.NewGray(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				if data[y*stride+x/8]&(0x80>>(x%8)) != 0 {
					img.SetGray(x, y, color.Gray{255})
				}
			}
		}
		return img, nil
	case (bpc == 2 || bpc == 4 || bpc == 16) && comps == 1:
		return packedGray(data, w, h, int(bpc))
	}
	return nil, fmt.Errorf("unsupported image depth %g bits", bpc)
}

// packedGray unpacks grey samples of 2, 4 or 16 bits (rows padded to whole
// bytes) into an 8-bit image.
func packedGray(data []byte, w, h, bits int) (image.Image, error) {
	stride := (w*bits + 7) / 8
	if len(data) < stride*h {
		return nil, fmt.Errorf("image data short: %d bytes for %dx%d", len(data), w, h)
	}
	img := image.NewGray(image.Rect(0, 0, w, h))
	maxv := 1<<bits - 1
	for y := 0; y < h; y++ {
		row := data[y*stride : (y+1)*stride]
		for x := 0; x < w; x++ {
			var v int
			if bits == 16 {
				v = int(row[2*x])<<8 | int(row[2*x+1])
			} else {
				bit := x * bits
				v = int(row[bit/8]>>(8-bits-bit%8)) & maxv
			}
			img.Pix[y*img.Stride+x] = uint8(v * 255 / maxv)
		}
	}
	return img, nil
}
