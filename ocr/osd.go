package ocr

/*
#cgo LDFLAGS: -ltesseract
#include <stdlib.h>
#include <tesseract/capi.h>

// In walk.cpp, catching the C++ exceptions of what they call: np_osd_new
// starts the detection, np_osd detects the script of a page.
TessBaseAPI *np_osd_new(char **err);
int np_osd(TessBaseAPI *api, struct Pix *pix, int dpi, const char **script, float *conf, char **err);

static void np_osd_free(TessBaseAPI *api) {
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}
*/
import "C"

import (
	"errors"
	"fmt"
	"unsafe"
)

// osd runs Tesseract's orientation-and-script detection.
type osd struct {
	api *C.TessBaseAPI
}

func newOSD() (*osd, error) {
	if err := checkLang("osd"); err != nil {
		return nil, err
	}
	var cerr *C.char
	api := C.np_osd_new(&cerr)
	if api == nil {
		if cerr != nil {
			return nil, fmt.Errorf("cannot start Tesseract's script detection (osd): %w", cError(cerr))
		}
		return nil, errors.New("cannot start Tesseract's script detection (osd)")
	}
	if err := silence(api); err != nil {
		C.np_osd_free(api)
		return nil, err
	}
	return &osd{api: api}, nil
}

// script returns the script Tesseract sees on the image ("Han", "Latin", …)
// and its confidence; "" when it cannot tell, an error when a C++
// exception stopped it. Clearing afterwards, whatever happened, frees the
// copy of the page Tesseract keeps (as tess.read does); the script name
// points into its character set, not into the page data, and is copied
// before.
func (o *osd) script(r *raster, dpi int) (string, float64, error) {
	defer C.TessBaseAPIClear(o.api)
	var conf C.float
	var s, cerr *C.char
	if C.np_osd(o.api, (*C.struct_Pix)(unsafe.Pointer(r.pix)), C.int(dpi), &s, &conf, &cerr) != 0 {
		return "", 0, cError(cerr)
	}
	if s == nil {
		return "", 0, nil
	}
	return C.GoString(s), float64(conf), nil
}

func (o *osd) close() {
	if o != nil && o.api != nil {
		C.np_osd_free(o.api)
		o.api = nil
	}
}
