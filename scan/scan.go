// Package scan reads page images (PNG, JPEG, TIFF, JP2) into the page model:
// one page per image (one per TIFF directory), each carrying its encoded
// bytes as a page.Scan for the OCR stage. It reads only headers: size and
// resolution, so that an oversized image is refused before anything decodes
// it.
package scan

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig
	_ "image/png"  // DecodeConfig

	"newsprint/page"
)

// DefaultMaxPixels is the default limit on width × height of one page
// image: an image file's, and a PDF page image's (pdftext).
const DefaultMaxPixels = 300_000_000

// maxPages bounds the number of TIFF directories read from one file.
const maxPages = 10000

// ErrTooLarge is returned for images over the pixel limit.
var ErrTooLarge = errors.New("image too large")

// Options limit what Read accepts.
type Options struct {
	// MaxPixels is the largest width × height accepted; 0 means DefaultMaxPixels.
	MaxPixels int64
}

// Limit is the largest width × height accepted.
func (o Options) Limit() int64 {
	if o.MaxPixels <= 0 {
		return DefaultMaxPixels
	}
	return o.MaxPixels
}

// header is what Read learns about one page image without decoding it.
type header struct {
	width, height int
	dpi           float64 // 0 when the file does not say
	index         int     // TIFF directory number
}

// Read returns one page per image in data. format is "png", "jpeg", "tiff"
// or "jp2". Pages have Unit px, Method ocr and no lines yet.
func Read(data []byte, format string, opts Options) (*page.Document, error) {
	hs, err := headers(data, format, opts)
	if err != nil {
		return nil, err
	}
	doc := &page.Document{}
	for i, h := range hs {
		doc.Pages = append(doc.Pages, page.Page{
			Number: i + 1,
			Width:  float64(h.width),
			Height: float64(h.height),
			Unit:   page.Pixels,
			Method: page.MethodOCR,
			Scan:   &page.Scan{Data: data, DPI: h.dpi, Index: h.index},
		})
	}
	return doc, nil
}

// Check reads the headers of the images in data as Read does and returns
// the error Read would: a header it cannot read, an image cut short, or one
// over the pixel limit. It is for encoded images that go to the OCR stage
// by another way (a PDF's JPEG and JPEG 2000 page images).
func Check(data []byte, format string, opts Options) error {
	_, err := headers(data, format, opts)
	return err
}

// headers reads the header of every image in data and checks its size.
func headers(data []byte, format string, opts Options) ([]header, error) {
	limit := opts.Limit()
	var hs []header
	var err error
	switch format {
	case "png":
		hs, err = one(pngHeader(data))
	case "jpeg":
		hs, err = one(jpegHeader(data))
	case "tiff":
		hs, err = tiffHeaders(data)
	case "jp2":
		hs, err = one(jp2Header(data))
	default:
		return nil, fmt.Errorf("scan: unknown image format %q", format)
	}
	if err != nil {
		return nil, fmt.Errorf("%s image: %w", format, err)
	}
	if len(hs) == 0 {
		return nil, fmt.Errorf("%s image: no pages", format)
	}
	for i, h := range hs {
		if h.width <= 0 || h.height <= 0 {
			return nil, fmt.Errorf("page %d: %s image has no size (%d×%d)", i+1, format, h.width, h.height)
		}
		// Divided, not multiplied: two 32-bit sides overflow an int64.
		if int64(h.width) > limit/int64(h.height) {
			return nil, fmt.Errorf("page %d: %d×%d pixels (%.0f MP) is over the limit of %d MP: %w",
				i+1, h.width, h.height, float64(h.width)*float64(h.height)/1e6, limit/1_000_000, ErrTooLarge)
		}
	}
	return hs, nil
}

func one(h header, err error) ([]header, error) {
	if err != nil {
		return nil, err
	}
	return []header{h}, nil
}

func pngHeader(data []byte) (header, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return header{}, fmt.Errorf("bad header: %w", err)
	}
	h := header{width: cfg.Width, height: cfg.Height}
	// Chunks: length, type, data, CRC, up to IEND. A file cut short is
	// found here, from the chunk lengths alone, rather than by the decoder,
	// which would print libpng's own message before failing.
	for off := 8; ; {
		if off+8 > len(data) {
			return header{}, errors.New("truncated: no IEND chunk")
		}
		n := int64(binary.BigEndian.Uint32(data[off:]))
		typ := string(data[off+4 : off+8])
		if int64(off)+12+n > int64(len(data)) {
			return header{}, fmt.Errorf("truncated inside its %q chunk", typ)
		}
		if typ == "IEND" {
			return h, nil
		}
		if typ == "pHYs" && n >= 9 && data[off+16] == 1 { // unit 1: metre
			ppm := binary.BigEndian.Uint32(data[off+12:]) // Y pixels per metre
			h.dpi = float64(ppm) * 0.0254
		}
		off += 12 + int(n)
	}
}

func jpegHeader(data []byte) (header, error) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return header{}, fmt.Errorf("bad header: %w", err)
	}
	h := header{width: cfg.Width, height: cfg.Height}
	// A JPEG ends with an EOI marker (FF D9), possibly followed by padding.
	// Without one the file is truncated; decoders would fill the rest grey.
	tail := data[max(0, len(data)-65536):]
	if !bytes.Contains(tail, []byte{0xFF, 0xD9}) {
		return header{}, errors.New("truncated: no end-of-image marker")
	}
	// JFIF APP0: "JFIF\0", version (2), units (1), Xdensity (2), Ydensity (2).
	if i := bytes.Index(data[:min(len(data), 64)], []byte("JFIF\x00")); i >= 0 && i+12 <= len(data) {
		units := data[i+7]
		yd := float64(binary.BigEndian.Uint16(data[i+10:]))
		switch units {
		case 1:
			h.dpi = yd
		case 2:
			h.dpi = yd * 2.54
		}
	}
	return h, nil
}

// JP2 boxes: length (4), type (4), contents. Length 1 means a 64-bit length
// follows; 0 means "to the end of the file".
func jp2Header(data []byte) (header, error) {
	if bytes.HasPrefix(data, []byte{0xFF, 0x4F, 0xFF, 0x51}) { // raw J2K codestream: SIZ follows SOC
		return sizHeader(data[4:])
	}
	if !bytes.HasPrefix(data, []byte{0, 0, 0, 12, 'j', 'P', ' ', ' '}) {
		return header{}, errors.New("not a JP2 file (no signature box)")
	}
	var h, code header
	found, coded := false, false
	var codeErr error
	var walk func(b []byte, depth int)
	walk = func(b []byte, depth int) {
		for len(b) >= 8 && depth < 4 {
			n := uint64(binary.BigEndian.Uint32(b))
			typ := string(b[4:8])
			hdr := uint64(8)
			if n == 1 {
				if len(b) < 16 {
					return
				}
				n, hdr = binary.BigEndian.Uint64(b[8:]), 16
			} else if n == 0 {
				n = uint64(len(b))
			}
			if n < hdr || n > uint64(len(b)) {
				return
			}
			body := b[hdr:n]
			switch typ {
			case "jp2h", "res ":
				walk(body, depth+1)
			case "ihdr":
				if len(body) >= 8 {
					h.height = int(binary.BigEndian.Uint32(body))
					h.width = int(binary.BigEndian.Uint32(body[4:]))
					found = true
				}
			case "resc", "resd":
				// VRn, VRd, HRn, HRd (2 bytes each), VRe, HRe (signed exponents):
				// grid points per metre = VRn/VRd × 10^VRe. Capture wins over display.
				if len(body) >= 10 && (typ == "resc" || h.dpi == 0) {
					num, den := float64(binary.BigEndian.Uint16(body)), float64(binary.BigEndian.Uint16(body[2:]))
					exp := int(int8(body[8]))
					if den > 0 && exp > -10 && exp < 10 {
						ppm := num / den
						for ; exp > 0; exp-- {
							ppm *= 10
						}
						for ; exp < 0; exp++ {
							ppm /= 10
						}
						h.dpi = ppm * 0.0254
					}
				}
			case "jp2c":
				// The codestream: header boxes come before it. Its SIZ
				// gives the size the decoder allocates, whatever ihdr says.
				if bytes.HasPrefix(body, []byte{0xFF, 0x4F, 0xFF, 0x51}) {
					code, codeErr = sizHeader(body[4:])
					coded = true
				}
				return
			}
			b = b[n:]
		}
	}
	walk(data, 0)
	switch {
	case codeErr != nil:
		return header{}, codeErr
	case coded:
		h.width, h.height = code.width, code.height
	case !found:
		return header{}, errors.New("no image header box (ihdr)")
	}
	return h, nil
}

// sizHeader reads the image size from the body of a J2K SIZ marker segment:
// Lsiz, Rsiz (2 bytes each), Xsiz, Ysiz, XOsiz, YOsiz (4 each); the image
// spans [XOsiz, Xsiz) × [YOsiz, Ysiz) of the reference grid.
func sizHeader(siz []byte) (header, error) {
	if len(siz) < 20 {
		return header{}, errors.New("truncated codestream header")
	}
	x, y := binary.BigEndian.Uint32(siz[4:]), binary.BigEndian.Uint32(siz[8:])
	x0, y0 := binary.BigEndian.Uint32(siz[12:]), binary.BigEndian.Uint32(siz[16:])
	if x0 >= x || y0 >= y {
		return header{}, fmt.Errorf("bad codestream size: offset %d,%d outside %d×%d", x0, y0, x, y)
	}
	return header{width: int(x - x0), height: int(y - y0)}, nil
}
