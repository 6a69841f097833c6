package ocr

/*
#cgo LDFLAGS: -ltesseract
#include <stdlib.h>
#include <tesseract/capi.h>

static TessBaseAPI *np_osd_new(void) {
	TessBaseAPI *api = TessBaseAPICreate();
	if (TessBaseAPIInit3(api, NULL, "osd") != 0) {
		TessBaseAPIDelete(api);
		return NULL;
	}
	TessBaseAPISetPageSegMode(api, PSM_OSD_ONLY);
	return api;
}

// np_osd detects the script of the page; it returns the script name (owned
// by Tesseract) or NULL.
static const char *np_osd(TessBaseAPI *api, struct Pix *pix, int dpi, float *conf) {
	int deg = 0;
	float dconf = 0;
	const char *script = NULL;
	TessBaseAPISetImage2(api, pix);
	TessBaseAPISetSourceResolution(api, dpi);
	BOOL ok = TessBaseAPIDetectOrientationScript(api, &deg, &dconf, &script, conf);
	// Free the copy of the page Tesseract keeps; the script name points
	// into its character set, not into the page data.
	TessBaseAPIClear(api);
	return ok ? script : NULL;
}

static void np_osd_free(TessBaseAPI *api) {
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}
*/
import "C"

import (
	"errors"
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
	api := C.np_osd_new()
	if api == nil {
		return nil, errors.New("cannot start Tesseract's script detection (osd)")
	}
	return &osd{api: api}, nil
}

// script returns the script Tesseract sees on the image ("Han", "Latin", …)
// and its confidence; "" when it cannot tell.
func (o *osd) script(r *raster, dpi int) (string, float64) {
	var conf C.float
	s := C.np_osd(o.api, (*C.struct_Pix)(unsafe.Pointer(r.pix)), C.int(dpi), &conf)
	if s == nil {
		return "", 0
	}
	return C.GoString(s), float64(conf)
}

func (o *osd) close() {
	if o != nil && o.api != nil {
		C.np_osd_free(o.api)
		o.api = nil
	}
}
