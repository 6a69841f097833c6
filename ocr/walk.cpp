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
#include <vector>

#include <tesseract/baseapi.h>
#include <tesseract/ltrresultiterator.h>
#include <tesseract/ocrclass.h>
#include <tesseract/pageiterator.h>
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

// Reading a page's layout in parts. Tesseract finds the page's blocks
// (FindLines) and then recognises them word by word, each word on its own
// (the LSTM reads a word's image; nothing of one block is used for
// another). A part is read by cutting the blocks of the others out of the
// layout's block list for one Recognize, and putting them back after: the
// layout is found once per instance, on the whole page, and each block is
// recognised in the same neighbourhood as when the page is read at once.
//
// Tesseract's headers do not declare its block list; it is an ELIST, a
// circular list of links whose first member is the next link, headed by a
// pointer to its last link (ccutil/elst.h, the same from Tesseract 3 to
// 5.5; a BLOCK is a link first, with no virtual functions).
// np_tess_layout refuses a list it cannot walk to the same count of blocks
// as its page iterator, and then nothing is cut.

struct np_link {
	np_link *next;
};
struct np_list {
	np_link *last;
};

// np_api reaches TessBaseAPI's protected layout (the pointers to members
// are taken through a derived class, as C++ allows).
struct np_api : TessBaseAPI {
	static np_list *blocks(TessBaseAPI *api) {
		return reinterpret_cast<np_list *>(api->*(&np_api::block_list_));
	}
	static void unrecognised(TessBaseAPI *api) {
		api->*(&np_api::recognition_done_) = false;
	}
};

// links returns the blocks of the list in order.
static std::vector<np_link *> links(np_list *l) {
	std::vector<np_link *> v;
	if (!l || !l->last) return v;
	np_link *p = l->last->next;
	for (;;) {
		v.push_back(p);
		if (p == l->last) break;
		p = p->next;
		if (v.size() > 1000000) return {}; // not a list we understand
	}
	return v;
}

// relink makes l the circular list of v[a:b].
static void relink(np_list *l, const std::vector<np_link *> &v, size_t a, size_t b) {
	for (size_t i = a; i + 1 < b; i++) v[i]->next = v[i + 1];
	v[b - 1]->next = v[a];
	l->last = v[b - 1];
}

// np_tess_layout finds the layout of the image set last and returns one
// record a block, "x0 y0 x1 y1 lines weight", weight being the sum of its
// lines' width over their height (what recognising them costs, about);
// an empty string when the page has no blocks, or when its block list
// cannot be cut (see above). NULL with *err on an exception.
extern "C" char *np_tess_layout(TessBaseAPI *api, char **err) {
	auto walk = [api](std::string &out) {
		std::unique_ptr<PageIterator> it(api->AnalyseLayout());
		if (!it) return;
		std::string recs;
		size_t n = 0;
		it->Begin();
		do {
			int l = 0, t = 0, r = 0, b = 0;
			it->BoundingBox(RIL_BLOCK, &l, &t, &r, &b);
			int lines = 0;
			double weight = 0;
			if (PTIsTextType(it->BlockType())) {
				do {
					int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
					if (it->BoundingBox(RIL_TEXTLINE, &x0, &y0, &x1, &y1) && y1 > y0) {
						lines++;
						weight += double(x1 - x0) / double(y1 - y0);
					}
				} while (it->Next(RIL_TEXTLINE) && !it->IsAtBeginningOf(RIL_BLOCK));
			} else {
				it->Next(RIL_BLOCK);
			}
			n++;
			recs += std::to_string(l) + ' ' + std::to_string(t) + ' ' + std::to_string(r) + ' ' +
			        std::to_string(b) + ' ' + std::to_string(lines) + ' ' + std::to_string(weight) + '\n';
		} while (!it->Empty(RIL_BLOCK));
		if (links(np_api::blocks(api)).size() == n) out = recs;
	};
	return guarded(walk, err);
}

// np_tess_recognize_blocks recognises blocks [a, b) of the layout
// np_tess_layout found, as np_tess_recognize does the page. The results
// are those blocks' alone; the layout stays whole for the next part.
extern "C" int np_tess_recognize_blocks(TessBaseAPI *api, int a, int b, int *stop, char **err) {
	*err = nullptr;
	np_list *l = np_api::blocks(api);
	std::vector<np_link *> v;
	try {
		v = links(l);
	} catch (...) {
		*err = caught();
		return -2;
	}
	if (a < 0 || b <= a || size_t(b) > v.size()) {
		*err = strdup("no such blocks in the layout");
		return -2;
	}
	relink(l, v, a, b);
	np_api::unrecognised(api); // else Recognize finds the layout again
	int res = np_tess_recognize(api, stop, err);
	relink(l, v, 0, v.size());
	return res;
}
