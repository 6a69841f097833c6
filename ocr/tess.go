package ocr

/*
#cgo LDFLAGS: -ltesseract
#cgo CXXFLAGS: -std=c++17
#include <stdlib.h>
#include <tesseract/capi.h>

// In walk.cpp, each catching the C++ exceptions of what it calls:
// np_tess_new starts Tesseract, np_tess_image hands it an image,
// np_tess_recognize recognises, np_tess_walk lists the recognised lines
// and words, np_walk_throwing fails as they can.
TessBaseAPI *np_tess_new(const char *lang, char **err);
int np_tess_image(TessBaseAPI *api, struct Pix *pix, int dpi, char **err);
int np_tess_recognize(TessBaseAPI *api, int *stop, char **err);
char *np_tess_walk(TessBaseAPI *api, char **err);
char *np_walk_throwing(int kind, char **err);
char *np_tess_layout(TessBaseAPI *api, char **err);
int np_tess_recognize_blocks(TessBaseAPI *api, int a, int b, int *stop, char **err);

static void np_tess_free(TessBaseAPI *api) {
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}
*/
import "C"

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"newsprint/page"
)

// Page segmentation modes used here (Tesseract's PageSegMode).
const (
	psmAuto       = 3
	psmSingleLine = 7
)

// tess is one Tesseract instance set up for a language string. It is
// driven through Tesseract's C API rather than a client library so that
// the page raster is handed over as is (no encoded copy) and the
// recognition results are freed as soon as they are read.
type tess struct {
	api   *C.TessBaseAPI
	lang  string
	width int // of the image set last
}

// Version returns the version of the linked libtesseract ("5.3.0").
func Version() string {
	return C.GoString(C.TessVersion())
}

func newTess(lang string) (*tess, error) {
	cl := C.CString(lang)
	defer C.free(unsafe.Pointer(cl))
	var cerr *C.char
	api := C.np_tess_new(cl, &cerr)
	if api == nil {
		if cerr != nil {
			return nil, fmt.Errorf("cannot start Tesseract for %q: %w", lang, cError(cerr))
		}
		return nil, fmt.Errorf("cannot start Tesseract for %q", lang)
	}
	t := &tess{api: api, lang: lang}
	if err := silence(api); err != nil {
		t.close()
		return nil, err
	}
	return t, nil
}

// silence sends Tesseract's notes ("Detected 38 diacritics"), which it
// prints on the process's stderr between the run's own log lines, nowhere.
func silence(api *C.TessBaseAPI) error {
	return setVariable(api, "debug_file", os.DevNull)
}

func (t *tess) set(name, value string) error {
	return setVariable(t.api, name, value)
}

func setVariable(api *C.TessBaseAPI, name, value string) error {
	cn, cv := C.CString(name), C.CString(value)
	defer C.free(unsafe.Pointer(cn))
	defer C.free(unsafe.Pointer(cv))
	if C.TessBaseAPISetVariable(api, cn, cv) == 0 {
		return fmt.Errorf("cannot set Tesseract variable %s=%s", name, value)
	}
	return nil
}

// setImage gives Tesseract r (copied: r may be freed afterwards) with the
// page segmentation mode and resolution to read it with.
func (t *tess) setImage(r *raster, psm, dpi int) error {
	if err := t.set("tessedit_pageseg_mode", strconv.Itoa(psm)); err != nil {
		return err
	}
	// Also state the resolution as a variable, which wins over the image's.
	if err := t.set("user_defined_dpi", strconv.Itoa(dpi)); err != nil {
		return err
	}
	var cerr *C.char
	if C.np_tess_image(t.api, (*C.struct_Pix)(unsafe.Pointer(r.pix)), C.int(dpi), &cerr) != 0 {
		return cError(cerr)
	}
	t.width, _ = r.size()
	return nil
}

// errFailed: recognition gave up, because it was told to stop or because
// it failed. A stopped read's result is dropped by whoever stopped it, so
// read need not tell the two apart, nor read the flag another goroutine
// writes.
var errFailed = errors.New("tesseract could not recognise the image")

// read recognises the image given last and returns what it found (see
// walk.cpp); it gives up with errFailed once *stop is set (C memory: it is
// read while Tesseract runs). Clearing afterwards frees Tesseract's copy
// of the image and its page results, tens to hundreds of megabytes on a
// newspaper page, which it would otherwise hold until the next image.
func (t *tess) read(stop stopFlag) (*hPage, error) {
	defer C.TessBaseAPIClear(t.api)
	if err := t.recognize(stop); err != nil {
		return nil, err
	}
	return t.results()
}

// results returns the lines and words recognised last (walk.cpp).
func (t *tess) results() (*hPage, error) {
	var cerr *C.char
	s, err := walked(C.np_tess_walk(t.api, &cerr), cerr)
	if err != nil {
		return nil, err
	}
	hp, err := parseWalk(s)
	if err != nil {
		return nil, err
	}
	hp.width = float64(t.width) // as hOCR's page box has it
	return hp, nil
}

// recognize recognises the image given last (np_tess_recognize): errFailed
// if Tesseract gave up, or the error a C++ exception in it made.
func (t *tess) recognize(stop *C.int) error {
	var cerr *C.char
	switch C.np_tess_recognize(t.api, stop, &cerr) {
	case 0:
		return nil
	case cppException:
		return cError(cerr)
	}
	return errFailed
}

// cppException is what walk.cpp's functions that return an int return
// when they caught a C++ exception, its message in their err.
const cppException = -2

// walked frees and returns the records np_tess_walk returned as p, or the
// error it returned as cerr.
func walked(p, cerr *C.char) (string, error) {
	if p == nil {
		return "", cError(cerr)
	}
	defer C.free(unsafe.Pointer(p))
	return C.GoString(p), nil
}

// cError frees and returns as an error what walk.cpp caught: the message
// of a C++ exception, or NULL when even that could not be made.
func cError(cerr *C.char) error {
	if cerr == nil {
		return errors.New("tesseract: out of memory")
	}
	defer C.free(unsafe.Pointer(cerr))
	return fmt.Errorf("tesseract: %s", C.GoString(cerr))
}

// walkThrowing is the walk of np_walk_throwing, for TestWalkExceptions.
func walkThrowing(kind int) (string, error) {
	var cerr *C.char
	return walked(C.np_walk_throwing(C.int(kind), &cerr), cerr)
}

// hocr is read, but returns Tesseract's own hOCR of the result: the
// reference read is checked against (TestWalkMatchesHOCR).
func (t *tess) hocr(stop *C.int) (string, error) {
	defer C.TessBaseAPIClear(t.api)
	if err := t.recognize(stop); err != nil {
		return "", err
	}
	p := C.TessBaseAPIGetHOCRText(t.api, 0)
	if p == nil {
		return "", nil
	}
	defer C.TessDeleteText(p)
	return C.GoString(p), nil
}

// stopFlag tells a running read to give up (run sets it).
type stopFlag = *C.int

// newStop returns a cleared stop flag for read, in C memory; free it with
// freeStop.
func newStop() stopFlag {
	p := (*C.int)(C.malloc(C.sizeof_int)) // cgo's malloc does not return nil
	*p = 0
	return p
}

func freeStop(p stopFlag) { C.free(unsafe.Pointer(p)) }

func (t *tess) close() {
	if t != nil && t.api != nil {
		C.np_tess_free(t.api)
		t.api = nil
	}
}

// block is one block of Tesseract's layout of a page.
type block struct {
	box    page.Rect
	lines  int
	weight float64 // what recognising it costs, about
}

// layout finds the layout of the image set last (np_tess_layout): its
// blocks in Tesseract's order; none when the page has none or its layout
// cannot be read in parts.
func (t *tess) layout() ([]block, error) {
	var cerr *C.char
	s, err := walked(C.np_tess_layout(t.api, &cerr), cerr)
	if err != nil {
		return nil, err
	}
	var out []block
	for _, rec := range strings.Split(strings.TrimSpace(s), "\n") {
		if rec == "" {
			continue
		}
		var b block
		if _, err := fmt.Sscan(rec, &b.box.X0, &b.box.Y0, &b.box.X1, &b.box.Y1, &b.lines, &b.weight); err != nil {
			return nil, fmt.Errorf("tesseract layout: bad record %q", rec)
		}
		out = append(out, b)
	}
	return out, nil
}

// readBlocks recognises blocks [a, b) of the layout found last and returns
// what it found in them; the layout stays for the other blocks.
func (t *tess) readBlocks(a, b int, stop stopFlag) (*hPage, error) {
	var cerr *C.char
	switch C.np_tess_recognize_blocks(t.api, C.int(a), C.int(b), stop, &cerr) {
	case 0:
	case cppException:
		return nil, cError(cerr)
	default:
		return nil, errFailed
	}
	return t.results()
}

// clear frees Tesseract's copy of the image and its results.
func (t *tess) clear() { C.TessBaseAPIClear(t.api) }
