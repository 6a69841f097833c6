// np_tess_walk lists what Tesseract recognised on the image set last, as the
// hOCR of TessBaseAPI::GetHOCRText would give it to parseHOCR, walking the
// same elements in the same order: one record a line,
//
//	p x0 y0 x1 y1                    a photo block
//	s x0 y0 x1 y1                    a separator (rule) block
//	l x0 y0 x1 y1                    a text line starts
//	w x0 y0 x1 y1 conf bold italic   a word of it; its text on the next line
//
// The walk uses the left-to-right result iterator, not the bidirectional
// one hOCR uses: that one works out the reading order of the whole line at
// every step (copying iterators to look ahead three times a word), which
// took a fifth of the time of a page of CJK type, where every glyph is a
// word. For left-to-right text both give the same order and text.

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

#include <tesseract/baseapi.h>
#include <tesseract/ltrresultiterator.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

using namespace tesseract;

static void box(std::string &out, const LTRResultIterator &it, PageIteratorLevel level) {
	int l = 0, t = 0, r = 0, b = 0;
	it.BoundingBox(level, &l, &t, &r, &b);
	out += ' ' + std::to_string(l) + ' ' + std::to_string(t) + ' ' + std::to_string(r) + ' ' + std::to_string(b);
}

// records appends the records of the results it walks to out.
static void records(std::string &out, LTRResultIterator &it) {
	while (!it.Empty(RIL_BLOCK)) {
		// A photo ('p') or a separator ('s') is one box.
		char kind = 0;
		switch (it.BlockType()) {
		case PT_FLOWING_IMAGE:
		case PT_HEADING_IMAGE:
		case PT_PULLOUT_IMAGE:
			kind = 'p';
			break;
		case PT_HORZ_LINE:
		case PT_VERT_LINE:
			kind = 's';
			break;
		default:
			break;
		}
		if (kind) {
			out += kind;
			box(out, it, RIL_TEXTLINE);
			out += '\n';
			it.Next(RIL_BLOCK);
			continue;
		}
		if (it.Empty(RIL_WORD)) {
			it.Next(RIL_WORD);
			continue;
		}
		if (it.IsAtBeginningOf(RIL_TEXTLINE)) {
			out += 'l';
			box(out, it, RIL_TEXTLINE);
			out += '\n';
		}
		bool bold = false, italic = false, underlined, monospace, serif, smallcaps;
		int pointsize, font_id;
		it.WordFontAttributes(&bold, &italic, &underlined, &monospace, &serif, &smallcaps, &pointsize, &font_id);
		out += 'w';
		box(out, it, RIL_WORD);
		out += ' ' + std::to_string(static_cast<int>(it.Confidence(RIL_WORD)));
		out += bold ? " 1" : " 0";
		out += italic ? " 1\n" : " 0\n";
		// The word's text glyph by glyph, as hOCR has it; the loop ends on
		// the next word.
		do {
			std::unique_ptr<const char[]> g(it.GetUTF8Text(RIL_SYMBOL));
			if (g) {
				for (const char *c = g.get(); *c; c++) {
					out += *c == '\n' ? ' ' : *c;
				}
			}
			it.Next(RIL_SYMBOL);
		} while (!it.Empty(RIL_BLOCK) && !it.IsAtBeginningOf(RIL_WORD));
		out += '\n';
	}
}

// caught returns what the exception being handled says, as a string the
// caller frees (NULL when even that could not be made). No exception may
// cross into Go: it would abort the whole run.
static char *caught() {
	try {
		throw;
	} catch (const std::bad_alloc &) {
		return strdup("out of memory");
	} catch (const std::exception &e) {
		return strdup(e.what());
	} catch (...) {
		return strdup("unknown C++ exception");
	}
}

// guarded runs walk, which appends records to a string, and returns them as
// a string the caller frees; or NULL, with *err set to what went wrong
// (caught).
template <typename Walk>
static char *guarded(Walk walk, char **err) {
	*err = nullptr;
	std::string out;
	try {
		walk(out);
	} catch (...) {
		*err = caught();
		return nullptr;
	}
	char *s = static_cast<char *>(malloc(out.size() + 1));
	if (!s) {
		*err = strdup("out of memory");
		return nullptr;
	}
	memcpy(s, out.c_str(), out.size() + 1);
	return s;
}

// np_tess_walk returns the records (guarded); no results give no records,
// an empty string.
extern "C" char *np_tess_walk(TessBaseAPI *api, char **err) {
	auto walk = [api](std::string &out) {
		std::unique_ptr<ResultIterator> ri(api->GetIterator());
		if (ri) {
			LTRResultIterator it(*ri);
			records(out, it);
		}
	};
	return guarded(walk, err);
}

// np_walk_throwing is np_tess_walk with a walk that writes a record and
// throws: std::bad_alloc (kind 1), a std::runtime_error (2) or an int
// (else). TestWalkExceptions checks what the Go side makes of them.
extern "C" char *np_walk_throwing(int kind, char **err) {
	auto walk = [kind](std::string &out) {
		out += "l 0 0 1 1\n";
		if (kind == 1) throw std::bad_alloc();
		if (kind == 2) throw std::runtime_error("walk broke");
		throw kind;
	};
	return guarded(walk, err);
}

// np_tess_new starts Tesseract for the languages ("chi_sim+eng"): NULL if
// it cannot, with *err set when an exception stopped it (caught). Loading
// a language's model allocates a good deal, as Recognize does.
extern "C" TessBaseAPI *np_tess_new(const char *lang, char **err) {
	*err = nullptr;
	std::unique_ptr<TessBaseAPI> api;
	try {
		api.reset(new TessBaseAPI());
		if (api->Init(nullptr, lang) != 0) return nullptr;
		return api.release();
	} catch (...) {
		*err = caught();
		return nullptr;
	}
}

// np_tess_image hands Tesseract the image, of which it keeps its own copy,
// and its resolution: 0, or -2 with *err set when an exception stopped it
// (caught).
extern "C" int np_tess_image(TessBaseAPI *api, struct Pix *pix, int dpi, char **err) {
	*err = nullptr;
	try {
		api->SetImage(pix);
		api->SetSourceResolution(dpi);
		return 0;
	} catch (...) {
		*err = caught();
		return -2;
	}
}

// np_osd_new starts Tesseract's orientation-and-script detection, as
// np_tess_new does a language.
extern "C" TessBaseAPI *np_osd_new(char **err) {
	TessBaseAPI *api = np_tess_new("osd", err);
	if (api) api->SetPageSegMode(PSM_OSD_ONLY);
	return api;
}

// np_osd detects the script of the page: 0, with *script its name (owned
// by Tesseract) or NULL when it cannot tell; -2 with *err set when an
// exception stopped it (caught). The caller clears the page (osd.script).
extern "C" int np_osd(TessBaseAPI *api, struct Pix *pix, int dpi, const char **script, float *conf, char **err) {
	*err = nullptr;
	*script = nullptr;
	try {
		api->SetImage(pix);
		api->SetSourceResolution(dpi);
		int deg = 0;
		float dconf = 0;
		const char *name = nullptr;
		if (api->DetectOrientationScript(&deg, &dconf, &name, conf)) *script = name;
		return 0;
	} catch (...) {
		*err = caught();
		return -2;
	}
}

static bool stopped(void *stop, int) {
	return *static_cast<volatile int *>(stop) != 0;
}

// np_tess_recognize recognises the image set last. Tesseract asks the
// cancel function between words: once *stop is non-zero it gives up and
// returns non-zero, so that an abandoned page stops taking CPU and memory.
// An exception returns -2, with *err set to what it says (caught).
extern "C" int np_tess_recognize(TessBaseAPI *api, int *stop, char **err) {
	*err = nullptr;
	try {
		ETEXT_DESC monitor;
		monitor.cancel = stopped;
		monitor.cancel_this = stop;
		return api->Recognize(&monitor);
	} catch (...) {
		*err = caught();
		return -2;
	}
}
