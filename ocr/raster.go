package ocr

/*
#cgo LDFLAGS: -llept
#include <stdlib.h>
#include <leptonica/allheaders.h>

// np_read decodes one page: leptonica reads PNG, JPEG, TIFF (any page), JP2
// and PNM from memory and returns NULL for data it cannot decode.
static PIX *np_read(const l_uint8 *data, size_t size, int tiff, int index) {
	if (tiff) return pixReadMemTiff(data, size, index);
	return pixReadMem(data, size);
}

// np_upscale enlarges a low-resolution scan. Bitonal and palette images are
// made 8-bit grey first so that scaling interpolates rather than repeats
// pixels.
static PIX *np_upscale(PIX *pix, float f) {
	PIX *grey = pixConvertTo8(pix, 0);
	if (!grey) return NULL;
	PIX *out = pixScale(grey, f, f);
	pixDestroy(&grey);
	return out;
}

// np_thicken dilates black by one pixel (a 2×2 brick) on a bitonal image.
static PIX *np_thicken(PIX *pix) {
	if (pixGetDepth(pix) != 1) return NULL;
	return pixDilateBrick(NULL, pix, 2, 2);
}

// np_clean makes an 8-bit grey copy of a bitonal page: specks of at most
// 2×2 pixels dropped, strokes thickened by a pixel (a 2×2 brick), and
// edges smoothed by a 3×3 box filter into grey ramps.
static PIX *np_clean(PIX *pix) {
	if (pixGetDepth(pix) != 1) return NULL;
	PIX *a = pixSelectBySize(pix, 2, 2, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, NULL);
	if (!a) return NULL;
	PIX *b = pixDilateBrick(NULL, a, 2, 2);
	pixDestroy(&a);
	if (!b) return NULL;
	PIX *g = pixConvertTo8(b, 0);
	pixDestroy(&b);
	if (!g) return NULL;
	PIX *out = pixBlockconvGray(g, NULL, 1, 1);
	pixDestroy(&g);
	return out;
}

static PIX *np_clip(PIX *pix, int x, int y, int w, int h) {
	BOX *box = boxCreate(x, y, w, h);
	if (!box) return NULL;
	PIX *out = pixClipRectangle(pix, box, NULL);
	boxDestroy(&box);
	return out;
}

// np_binary returns a 1-bpp version of pix (adaptive threshold for grey).
static PIX *np_binary(PIX *pix) {
	if (pixGetDepth(pix) == 1) return pixClone(pix);
	return pixConvertTo1Adaptive(pix);
}

// np_runs adds the lengths of the horizontal black runs inside the box to
// hist (runs longer than n-1 count in the last bin).
static void np_runs(PIX *pix, int x0, int y0, int x1, int y1, l_int32 *hist, int n) {
	int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	if (x0 < 0) x0 = 0;
	if (y0 < 0) y0 = 0;
	if (x1 > w) x1 = w;
	if (y1 > h) y1 = h;
	for (int y = y0; y < y1; y++) {
		l_uint32 *line = data + y * wpl;
		int run = 0;
		for (int x = x0; x <= x1; x++) {
			if (x < x1 && GET_DATA_BIT(line, x)) {
				run++;
			} else if (run > 0) {
				hist[run < n ? run : n - 1]++;
				run = 0;
			}
		}
	}
}

// np_rows counts the black pixels of each row of the box into counts
// (y1-y0 entries).
static void np_rows(PIX *pix, int x0, int y0, int x1, int y1, l_int32 *counts) {
	int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	for (int y = y0; y < y1; y++) {
		l_int32 n = 0;
		if (y >= 0 && y < h) {
			l_uint32 *line = data + y * wpl;
			for (int x = x0 < 0 ? 0 : x0; x < x1 && x < w; x++) {
				if (GET_DATA_BIT(line, x)) n++;
			}
		}
		counts[y - y0] = n;
	}
}

// np_components returns the bounding boxes of the 8-connected components
// of a binary pix as x, y, w, h quadruples (malloc'ed), and their number.
static int np_components(PIX *pix, l_int32 **out) {
	BOXA *boxa = pixConnCompBB(pix, 8);
	if (!boxa) return 0;
	int n = boxaGetCount(boxa);
	*out = malloc(sizeof(l_int32) * 4 * (n > 0 ? n : 1));
	if (!*out) {
		boxaDestroy(&boxa);
		return 0;
	}
	for (int i = 0; i < n; i++) {
		l_int32 *q = *out + 4 * i;
		boxaGetBoxGeometry(boxa, i, q, q + 1, q + 2, q + 3);
	}
	boxaDestroy(&boxa);
	return n;
}

// np_line cuts a line out of pix, as 8-bit grey scaled by f (area-mapped
// when shrinking), inside a white border.
static PIX *np_line(PIX *pix, int x, int y, int w, int h, float f, int border) {
	PIX *clip = np_clip(pix, x, y, w, h);
	if (!clip) return NULL;
	PIX *grey = pixConvertTo8(clip, 0);
	pixDestroy(&clip);
	if (!grey) return NULL;
	PIX *scaled = pixScale(grey, f, f);
	pixDestroy(&grey);
	if (!scaled) return NULL;
	PIX *out = pixAddBorder(scaled, border, 255);
	pixDestroy(&scaled);
	return out;
}

static void np_destroy(PIX *pix) { pixDestroy(&pix); }

// np_grey makes a colour image 8-bit grey, as Tesseract does before
// recognition (an alpha channel is blended on white first): Tesseract's
// copies of the page then take a quarter of the memory.
static PIX *np_grey(PIX *pix) {
	PIX *rgb = pixGetSpp(pix) == 4 ? pixRemoveAlpha(pix) : pixClone(pix);
	if (!rgb) return NULL;
	PIX *out = pixConvertRGBToLuminance(rgb);
	pixDestroy(&rgb);
	return out;
}

// np_from_grey copies 8-bit grey rows into a new pix.
static PIX *np_from_grey(const l_uint8 *data, int w, int h, int stride) {
	PIX *pix = pixCreate(w, h, 8);
	if (!pix) return NULL;
	int wpl = pixGetWpl(pix);
	l_uint32 *dst = pixGetData(pix);
	for (int y = 0; y < h; y++) {
		const l_uint8 *row = data + (size_t)y * stride;
		l_uint32 *line = dst + (size_t)y * wpl;
		for (int x = 0; x < w; x++) SET_DATA_BYTE(line, x, row[x]);
	}
	return pix;
}

static void np_quiet(void) { setMsgSeverity(L_SEVERITY_NONE); }
*/
import "C"

import (
	"errors"
	"image"
	"sync"
	"unsafe"
)

// raster is a decoded page image held by leptonica.
type raster struct {
	pix *C.PIX
	// heights memoises wordHeight on a binary raster (not safe for
	// concurrent use).
	heights map[image.Rectangle]float64
}

// held wraps a pix leptonica made; nil, when it could not make one, is the
// error "cannot " + what.
func held(pix *C.PIX, what string) (*raster, error) {
	if pix == nil {
		return nil, errors.New("cannot " + what)
	}
	return &raster{pix: pix}, nil
}

var quietOnce sync.Once

// decodeRaster decodes data (page index of a TIFF) into a raster. Errors
// are for images leptonica cannot read: corrupt, truncated or of an
// unsupported kind.
func decodeRaster(data []byte, tiff bool, index int) (*raster, error) {
	// Leptonica prints its own errors on stderr; ours say the same, with the page.
	quietOnce.Do(func() { C.np_quiet() })
	if len(data) == 0 {
		return nil, errors.New("empty image data")
	}
	t := C.int(0)
	if tiff {
		t = 1
	}
	pix := C.np_read((*C.l_uint8)(unsafe.Pointer(&data[0])), C.size_t(len(data)), t, C.int(index))
	return held(pix, "decode the image (corrupt, truncated or unsupported)")
}

// greyRaster copies a decoded image into a raster, made 8-bit grey with
// leptonica's luminance weights when it is in colour.
func greyRaster(img image.Image) (*raster, error) {
	b := img.Bounds()
	if b.Empty() {
		return nil, errors.New("empty image")
	}
	g := grey(img)
	pix := C.np_from_grey((*C.l_uint8)(unsafe.Pointer(&g.Pix[g.PixOffset(b.Min.X, b.Min.Y)])), C.int(b.Dx()), C.int(b.Dy()), C.int(g.Stride))
	return held(pix, "allocate the image")
}

// colour reports whether r has 32-bit RGB(A) pixels.
func (r *raster) colour() bool {
	return C.pixGetDepth(r.pix) == 32
}

// grey returns a copy of a colour r in 8-bit grey.
func (r *raster) grey() (*raster, error) {
	return held(C.np_grey(r.pix), "convert the image to grey")
}

func (r *raster) size() (w, h int) {
	return int(C.pixGetWidth(r.pix)), int(C.pixGetHeight(r.pix))
}

// bitonal reports whether r has one bit per pixel.
func (r *raster) bitonal() bool {
	return C.pixGetDepth(r.pix) == 1
}

// thickened returns a copy of a bitonal r with strokes one pixel thicker.
func (r *raster) thickened() (*raster, error) {
	return held(C.np_thicken(r.pix), "thicken the image")
}

// cleaned returns a bitonal r despeckled, thickened by a pixel and
// smoothed, as 8-bit grey.
func (r *raster) cleaned() (*raster, error) {
	return held(C.np_clean(r.pix), "clean the image")
}

// copied returns a copy of r, of its own pixels.
func (r *raster) copied() (*raster, error) {
	return held(C.pixCopy(nil, r.pix), "copy the image")
}

// line returns the part of r inside rect as grey, scaled by f, with a
// white border of border pixels (of the scaled image) on every side.
func (r *raster) line(rect image.Rectangle, f float64, border int) (*raster, error) {
	pix := C.np_line(r.pix, C.int(rect.Min.X), C.int(rect.Min.Y), C.int(rect.Dx()), C.int(rect.Dy()), C.float(f), C.int(border))
	return held(pix, "cut out a line")
}

// binary returns r thresholded to black and white.
func (r *raster) binary() (*raster, error) {
	return held(C.np_binary(r.pix), "binarise the image")
}

// runLengths is the histogram of horizontal black run lengths inside box
// of a binary raster; the last bin counts all longer runs.
func (r *raster) runLengths(box image.Rectangle) runHist {
	var hist [len(runHist{})]C.l_int32
	C.np_runs(r.pix, C.int(box.Min.X), C.int(box.Min.Y), C.int(box.Max.X), C.int(box.Max.Y), &hist[0], C.int(len(hist)))
	var out runHist
	for i, v := range hist {
		out[i] = int(v)
	}
	return out
}

// rowCounts returns the number of black pixels in each row of box of a
// binary raster.
func (r *raster) rowCounts(box image.Rectangle) []int {
	if box.Dy() <= 0 || box.Dx() <= 0 {
		return nil
	}
	counts := make([]C.l_int32, box.Dy())
	C.np_rows(r.pix, C.int(box.Min.X), C.int(box.Min.Y), C.int(box.Max.X), C.int(box.Max.Y), &counts[0])
	out := make([]int, len(counts))
	for i, v := range counts {
		out[i] = int(v)
	}
	return out
}

// components returns the boxes of the connected black components of a
// binary raster.
func (r *raster) components() []image.Rectangle {
	var q *C.l_int32
	n := int(C.np_components(r.pix, &q))
	if q == nil {
		return nil
	}
	defer C.free(unsafe.Pointer(q))
	v := unsafe.Slice(q, 4*n)
	out := make([]image.Rectangle, n)
	for i := range out {
		x, y, w, h := int(v[4*i]), int(v[4*i+1]), int(v[4*i+2]), int(v[4*i+3])
		out[i] = image.Rect(x, y, x+w, y+h)
	}
	return out
}

// upscaled returns a copy of r enlarged by f.
func (r *raster) upscaled(f float64) (*raster, error) {
	return held(C.np_upscale(r.pix, C.float(f)), "scale the image")
}

// setDPI records the resolution Tesseract is to assume.
func (r *raster) setDPI(dpi int) {
	C.pixSetResolution(r.pix, C.l_int32(dpi), C.l_int32(dpi))
}

func (r *raster) free() {
	if r != nil && r.pix != nil {
		C.np_destroy(r.pix)
		r.pix = nil
	}
}
