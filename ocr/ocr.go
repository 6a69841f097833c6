// Package ocr fills scanned pages of the page model with text lines read by
// Tesseract (through its C API, and its C++ result iterator): lines with
// boxes in the page's unit, word confidences, a glyph-height size proxy,
// and Chinese text without the spaces Tesseract puts between characters.
//
// Layout: Tesseract's own page segmentation (PSM 3) is kept, and columns are
// left to segment/layout. Measured on the dev scans, its lines rarely span
// a column gutter (order-free line CER 0.02 on zh-03.jpg, against 0.68 when
// the page is read as one block, PSM 6). Its failures are on large type,
// which is mended here: large lines are read again as single lines scaled
// to the body's size, and rows of large glyphs it dropped are found on the
// image and read the same way; text that its photo blocks take in (a
// column beside a photo) is found there and read as a block of its own
// (phototext.go). Bitonal scans are read as they are, thickened
// by a pixel and cleaned of specks, and the surer reading is kept, each of
// its lines replaced by another reading's that reads better; bold and run-in
// leads are measured from stroke widths, and separators become rules and
// boxes.
//
// An Engine holds one Tesseract instance and is reused across pages; it is not
// safe for concurrent use: each worker goroutine owns one. With Helpers, the
// independent parts of a page are also read on other instances, on cores
// no page is using (share.go).
package ocr

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/otiai10/gosseract/v2" // for the list of installed languages

	"newsprint/page"
)

// DefaultLang is used when neither the options nor script detection name
// the languages.
const DefaultLang = "chi_sim+eng"

// DefaultTimeout bounds the OCR of one page.
const DefaultTimeout = 5 * time.Minute

// assumedDPI is the resolution taken for images that do not state one.
const assumedDPI = 300

// minDPI: scans below it are enlarged to targetDPI before OCR; Tesseract
// reads small glyphs poorly.
const (
	minDPI    = 200
	targetDPI = 300
)

// ErrTimeout is returned when one page takes longer than the timeout.
var ErrTimeout = errors.New("OCR timed out")

// Options configure an Engine.
type Options struct {
	// Lang is Tesseract's language string ("chi_sim+eng"); "" picks one
	// per page from the detected script.
	Lang string
	// Timeout bounds one page; 0 means DefaultTimeout.
	Timeout time.Duration
	// PSM is Tesseract's page segmentation mode; 0 means automatic page
	// segmentation (PSM 3).
	PSM int
	// Helpers, when set, read the independent parts of a page on spare
	// cores; nil reads everything with the engine's own instance.
	Helpers *Helpers
}

// Engine OCRs pages with one Tesseract instance, created on first use.
type Engine struct {
	opts Options
	own  reader
	osd  *osd
	// partWeight is the least weight of a part of a page's reading
	// (parts.go); 0 means minPartWeight.
	partWeight float64
}

// New returns an engine; Tesseract starts on the first page.
func New(opts Options) *Engine {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.PSM == 0 {
		opts.PSM = psmAuto
	}
	return &Engine{opts: opts}
}

// Close releases Tesseract.
func (e *Engine) Close() error {
	e.own.t.close()
	e.own.t = nil
	e.osd.close()
	e.osd = nil
	return nil
}

// NeedsOCR reports whether p is a scan still waiting for its text.
func NeedsOCR(p *page.Page) bool {
	return p.Scan != nil && len(p.Lines) == 0
}

// Page reads the text of p.Scan into p.Lines. Boxes are in p's unit when p
// has a size in points (a PDF page); otherwise the page becomes the image:
// Unit px, Width and Height its pixel size.
func (e *Engine) Page(ctx context.Context, p *page.Page) error {
	if p.Scan == nil {
		return nil
	}
	pctx, cancel := context.WithTimeout(ctx, e.opts.Timeout)
	defer cancel()
	err := e.page(pctx, p)
	// Between pages the engine holds only Tesseract's models; the page's
	// images and results are freed, and given back now rather than left
	// to each thread's malloc arena.
	releaseMemory()
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%w after %s", ErrTimeout, e.opts.Timeout)
		}
		return fmt.Errorf("page %d: %w", p.Number, err)
	}
	return nil
}

func (e *Engine) page(ctx context.Context, p *page.Page) error {
	r, err := rasterOf(p.Scan)
	if err != nil {
		return err
	}
	defer r.free()
	w, h := r.size()
	dpi := p.Scan.DPI
	if dpi <= 0 {
		dpi = assumedDPI
		p.Warnings = append(p.Warnings, fmt.Sprintf("image has no resolution; assuming %d dpi", assumedDPI))
	}
	// Coordinates from Tesseract are pixels of the image it saw; scale takes
	// them back to the page's unit.
	scale := 1.0
	if p.Unit == page.Points && p.Width > 0 {
		scale = p.Width / float64(w)
	} else {
		p.Unit, p.Width, p.Height = page.Pixels, float64(w), float64(h)
	}
	// A bitonal scan is read three times: as it is, with strokes thickened
	// by a pixel, and cleaned (specks dropped, thickened, edges smoothed to
	// grey), and one reading kept (keptReading). Thresholding loses
	// the hairlines of serif CJK type; where it broke up the glyphs,
	// thickening rejoins them (line CER on dev zh-12.tif page 1 0.67 ->
	// 0.12, from columns read across) but it clots the strokes of clean
	// scans (zh-03.tif 0.041 -> 0.052, en-02.tif 0.004 -> 0.007). Specks
	// and ragged edges made Tesseract misread thin, broken type (zh-12.tif
	// page 2 line CER 0.089 thickened, 0.061 cleaned).
	// bitonal is of the scan: enlarging a low-resolution one makes it grey.
	bitonal := r.bitonal()
	rs := []*raster{r}
	if bitonal {
		t, err := r.thickened()
		if err != nil {
			return err
		}
		defer t.free()
		c, err := r.cleaned()
		if err != nil {
			return err
		}
		defer c.free()
		rs = append(rs, t, c)
	}
	if dpi < minDPI {
		f := min(targetDPI/dpi, 4)
		for i, x := range rs {
			up, err := x.upscaled(f)
			if err != nil {
				return err
			}
			defer up.free()
			rs[i] = up
		}
		dpi, scale = dpi*f, scale/f
	}
	for _, x := range rs {
		x.setDPI(int(dpi + 0.5))
	}
	// The script is detected on the thickened page of a bitonal scan.
	lang, warning, err := e.language(rs[min(1, len(rs)-1)], dpi)
	if err != nil {
		return err
	}
	if warning != "" {
		p.Warnings = append(p.Warnings, warning)
	}
	// The readings of a bitonal scan are shared among cores whole; the one
	// reading of another page, in parts.
	readings := make([]*hPage, len(rs))
	if len(rs) == 1 {
		readings[0], err = e.readParts(ctx, rs[0], lang, dpi)
	} else {
		err = e.each(lang, len(rs), func(rd *reader, i int) error {
			var err error
			readings[i], err = rd.recognize(ctx, rs[i], lang, e.opts.PSM, dpi)
			return err
		})
	}
	if err != nil {
		return err
	}
	kept := keptReading(readings)
	hp := readings[kept]
	// Where a reading of a mended page is kept, the lines another reading
	// read better replace its own. Not where the plain one is kept:
	// thickening clots glyphs into confident misreadings (凡 as 1) with
	// taller boxes, which split paragraphs (dev zh-03.tif para F1 0.929 ->
	// 0.897).
	if kept > 0 {
		var others [][]hLine
		for i, h := range readings {
			if i != kept {
				others = append(others, h.lines)
			}
		}
		hp.lines = surerLines(hp.lines, others)
	}
	// Large type is read again from the page as scanned (measured on dev
	// zh-12.tif against the kept page: headline CER 0.165 vs 0.481), and
	// ink (glyph heights, stroke widths that tell bold type) measured on it
	// unless the scan's strokes are broken (below).
	r = rs[0] // upscaled when the scan was
	bin, err := r.binary()
	if err != nil {
		return err
	}
	defer bin.free()
	comps := bin.components()
	if err := e.photoText(ctx, r, comps, hp, lang, dpi); err != nil {
		return err
	}
	target, err := e.reread(ctx, r, bin, comps, hp, lang, dpi)
	if err != nil {
		return err
	}
	if err := e.rescue(ctx, r, comps, hp, lang, dpi, target); err != nil {
		return err
	}
	// Glyph sizes and stems of a page whose mended reading is kept are
	// measured on the thickened page, where strokes broken by thresholding
	// are rejoined: on the page as scanned a glyph that lost its hairlines
	// measures a fraction of its height, and lines of one column get sizes
	// far apart, which splits them into blocks and articles. Its doubtful
	// lines are read again (rereadBroken), measured on the same binarised
	// thickened page.
	ink := bin
	if kept > 0 && bitonal {
		t, err := rs[1].binary()
		if err != nil {
			return err
		}
		defer t.free()
		ink = t
		if err := e.rereadBroken(ctx, rs, t, hp.lines, lang, dpi); err != nil {
			return err
		}
	}
	// A bitonal scan's lines read alone are no better (dev zh-03.tif: body
	// CER the same, paragraph F1 lower).
	if !bitonal {
		if err := e.rereadDoubts(ctx, r, bin, hp, lang, dpi); err != nil {
			return err
		}
	}
	measureInk(ink, hp.lines)
	if bitonal {
		mendDots(hp.lines)
	}
	fill(p, hp, scale)
	p.Method = page.MethodOCR
	if p.Language == "" {
		p.Language = langCode(lang)
	}
	return nil
}

// keptReading returns the index of the reading whose layout and lines are
// kept: the first (the page as scanned) unless Tesseract is surer of a
// mended one by mendedBy, then the surest. Mending can make Tesseract surer
// of clean type while reading it worse (dev zh-03.tif: confidence 0.849
// plain, 0.862 cleaned; line CER 0.037, 0.045), so a clear margin is
// asked for; it is large on broken type (zh-12.tif pages: +0.135, +0.043).
func keptReading(readings []*hPage) int {
	kept, best := 0, confOf(readings[0].lines)+mendedBy
	for i, h := range readings[1:] {
		if c := confOf(h.lines); c > best {
			kept, best = i+1, c
		}
	}
	return kept
}

// mendedBy is the margin of confidence by which a reading of a mended page
// must beat the reading of the page as scanned.
const mendedBy = 0.03

// surerLines replaces each line of the kept reading of a bitonal scan by
// the same line of another reading (one line on nearly the same box) when
// that one reads better. The kept reading's layout stands: a line another
// read across a gutter matches none, and a line taken from another keeps
// the kept line's height (thickened glyphs have taller boxes, which split
// paragraphs). On dev zh-12.tif this cut body CER 0.198 -> 0.153: a line
// misread as a head no longer split an article.
func surerLines(kept []hLine, others [][]hLine) []hLine {
	out := make([]hLine, len(kept))
	for i, l := range kept {
		out[i] = l
		n := countGlyphs(l.words)
		cjk := n.mostlyCJK()
		best := lineScore(l, cjk)
		for _, other := range others {
			o, ok := sameLine(l, other)
			if !ok {
				continue
			}
			if s := lineScore(o, cjk); readsBetter(o, n, cjk, s, best) {
				out[i], best = fitted(o, l.box), s
			}
		}
	}
	return out
}

// fitted returns l with its words' boxes cut to the rows of box.
func fitted(l hLine, box page.Rect) hLine {
	words := make([]hWord, len(l.words))
	for i, w := range l.words {
		w.box.Y0, w.box.Y1 = max(w.box.Y0, box.Y0), min(w.box.Y1, box.Y1)
		words[i] = w
	}
	l.words, l.box = words, box
	return l
}

// sameLine returns the one line of other on nearly the same box as l.
func sameLine(l hLine, other []hLine) (hLine, bool) {
	match := -1
	for j, o := range other {
		if iou(l.box, o.box) >= 0.8 {
			if match >= 0 {
				return hLine{}, false
			}
			match = j
		}
	}
	if match < 0 {
		return hLine{}, false
	}
	return other[match], true
}

// lineScore rates a reading of a line: Tesseract's confidence and, for
// Chinese, how well its text reads as words (lmScore). Confidence alone
// is fooled by glyphs misread as other glyphs; misread glyphs rarely make
// words. Measured on dev zh-12.tif (line CER over three readings, page 1
// and 2): by confidence 0.116, 0.057; with the words 0.110, 0.053.
func lineScore(l hLine, cjk bool) float64 {
	c := confOf([]hLine{l})
	if !cjk {
		return c
	}
	return lmScore(compact([]hLine{l})) + lmWeight*c
}

// surerBy is how much higher the other reading's confidence of a Latin
// line must be: near ties are noise.
const surerBy = 0.03

// readsBetter reports whether o, another reading scored s of a line whose
// glyphs count n, is to replace the line's reading, the best score so far.
// A reading that drops a hard glyph can look surer; it would also end the
// line short, as at a paragraph's end.
func readsBetter(o hLine, n glyphCount, cjk bool, s, best float64) bool {
	c := countGlyphs(o.words)
	if cjk {
		return c.han >= n.han && s > best
	}
	return c.runes >= n.runes && s > best+surerBy
}

// iou is the area of the intersection of a and b over that of their union.
func iou(a, b page.Rect) float64 {
	in := a.Intersect(b)
	if in.Empty() {
		return 0
	}
	i := in.Width() * in.Height()
	return i / (a.Width()*a.Height() + b.Width()*b.Height() - i)
}

// rasterOf decodes a page scan: encoded bytes (one page of a TIFF) or an
// image already decoded by the source. Colour becomes 8-bit grey, which is
// what Tesseract recognises, at a quarter of the memory.
func rasterOf(s *page.Scan) (*raster, error) {
	if s.Data == nil {
		if s.Image == nil {
			return nil, errors.New("scan has neither data nor image")
		}
		return greyRaster(s.Image)
	}
	r, err := decodeRaster(s.Data, isTIFF(s.Data), s.Index)
	if err != nil || !r.colour() {
		return r, err
	}
	defer r.free()
	return r.grey()
}

func isTIFF(b []byte) bool {
	return len(b) >= 4 && (string(b[:4]) == "II*\x00" || string(b[:4]) == "MM\x00*")
}

// language picks the Tesseract languages for a page: the option, else the
// detected script, else DefaultLang.
func (e *Engine) language(r *raster, dpi float64) (lang, warning string, err error) {
	lang = e.opts.Lang
	if lang == "" {
		if e.osd == nil {
			o, err := newOSD()
			if err != nil {
				return "", "", err
			}
			e.osd = o
		}
		script, _, err := e.osd.script(r, int(dpi))
		if err != nil {
			return "", "", err
		}
		lang, warning = detectedLang(script)
	}
	for _, l := range strings.Split(lang, "+") {
		if err := checkLang(l); err != nil {
			return "", "", err
		}
	}
	return lang, warning, nil
}

// detectedLang returns the languages to read a page in whose script OSD
// reported: the script's, or DefaultLang for a script it has none for. A
// script whose language data is not installed is read with DefaultLang
// too, with a warning, rather than failing the page: OSD misjudges
// degraded scans (a thin bitonal Chinese page resampled to 200 dpi was
// taken for Arabic), and the user asked for no language in particular.
func detectedLang(script string) (lang, warning string) {
	l := scriptLang[script]
	if l == "" {
		return DefaultLang, ""
	}
	if err := checkLang(l); err != nil {
		return DefaultLang, fmt.Sprintf("OSD found %s script, but %v; read as %s", script, err, DefaultLang)
	}
	return l, ""
}

// scriptLang maps the scripts of Tesseract's OSD to installed-by-default
// language data.
var scriptLang = map[string]string{
	"Han":      "chi_sim",
	"Latin":    "eng",
	"Japanese": "jpn",
	"Hangul":   "kor",
	"Cyrillic": "rus",
	"Greek":    "ell",
	"Arabic":   "ara",
}

// langCode turns the first Tesseract language into the page model's code.
func langCode(lang string) string {
	first, _, _ := strings.Cut(lang, "+")
	switch {
	case strings.HasPrefix(first, "chi"):
		return "zh"
	case first == "eng":
		return "en"
	}
	return first
}

var (
	installedOnce sync.Once
	installed     map[string]bool
)

// checkLang reports a clear error for language data that is not installed.
func checkLang(l string) error {
	installedOnce.Do(func() {
		installed = map[string]bool{}
		if names, err := gosseract.GetAvailableLanguages(); err == nil {
			for _, n := range names {
				installed[n] = true
			}
		}
	})
	if l == "" {
		return errors.New("empty Tesseract language name")
	}
	if !installed[l] {
		return fmt.Errorf("language data %q for Tesseract is not installed (Debian package tesseract-ocr-%s)",
			l, strings.ReplaceAll(strings.ToLower(l), "_", "-"))
	}
	return nil
}

// recognize runs Tesseract on r and returns what it read. Tesseract works
// on its own copy of r, so r may be freed meanwhile.
func (rd *reader) recognize(ctx context.Context, r *raster, lang string, psm int, dpi float64) (*hPage, error) {
	t, err := rd.imaged(ctx, r, lang, psm, dpi)
	if err != nil {
		return nil, err
	}
	return run(ctx, rd, t, (*tess).read)
}

// imaged hands r (copied) to rd's instance for lang, started if need be,
// and returns the instance.
func (rd *reader) imaged(ctx context.Context, r *raster, lang string, psm int, dpi float64) (*tess, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if rd.t != nil && rd.t.lang != lang {
		rd.t.close()
		rd.t = nil
	}
	if rd.t == nil {
		t, err := newTess(lang)
		if err != nil {
			return nil, err
		}
		rd.t = t
	}
	if err := rd.t.setImage(r, psm, int(dpi+0.5)); err != nil {
		return nil, err
	}
	return rd.t, nil
}

// run runs op on t, rd's instance, on a goroutine of its own and returns
// what it gives. On timeout or cancellation the instance is told to stop
// (it checks between words; its layout analysis cannot be interrupted) and
// left to its goroutine, which closes it; the reader's next read starts a
// new one.
func run[T any](ctx context.Context, rd *reader, t *tess, op func(*tess, stopFlag) (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	var mu sync.Mutex // guards abandoned and stop
	abandoned := false
	stop := newStop()
	go func() {
		v, err := op(t, stop)
		mu.Lock()
		defer mu.Unlock()
		freeStop(stop)
		stop = nil
		if abandoned {
			t.close()
			return
		}
		done <- result{v, err}
	}()
	select {
	case res := <-done:
		return res.v, res.err
	case <-ctx.Done():
	}
	rd.t = nil
	err := ctx.Err()
	mu.Lock()
	abandoned = true
	if stop != nil {
		*stop = 1
	}
	select {
	case <-done: // finished meanwhile
		t.close()
	default: // the goroutine closes it
	}
	mu.Unlock()
	var zero T
	return zero, err
}
