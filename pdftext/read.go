// Package pdftext reads the text layer of born-digital PDFs into the page
// model: positioned lines with sizes, fonts and styles, plus the rules,
// boxes and images drawn on each page. pdfcpu parses the file; the
// content-stream interpreter, font decoding and line building are here.
// Pages without a text layer get their page image as page.Scan for OCR.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/fault"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"newsprint/page"
	"newsprint/scan"
)

// Options tune Read.
type Options struct {
	// Password opens encrypted files; "" tries the empty user password.
	Password string
	// NoScan skips extracting page images of pages without text.
	NoScan bool
	// MaxPixels is the largest width × height of a page image extracted;
	// 0 means scan.DefaultMaxPixels, the limit of image files.
	MaxPixels int64
}

// ErrNoPages is returned for a PDF whose page tree is empty.
var ErrNoPages = errors.New("pdf has no pages")

// maxDecoded bounds the decoded stream bytes per document.
const maxDecoded = 2 << 30

var configOnce sync.Once

// Read parses a PDF and returns its pages.
func Read(data []byte) (*page.Document, error) {
	return ReadWith(data, Options{})
}

// ReadWith is Read with options.
func ReadWith(data []byte, opt Options) (*page.Document, error) {
	configOnce.Do(disableConfigDir)
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.UserPW = opt.Password
	conf.OwnerPW = opt.Password
	d, pages, err := openDoc(data, conf)
	if err != nil {
		return nil, err
	}
	out := &page.Document{}
	for i, pg := range pages {
		p, err := d.safePage(pg, i+1, opt)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", i+1, err)
		}
		out.Pages = append(out.Pages, *p)
	}
	return out, nil
}

// safePage reads one page. pdfcpu decodes objects and streams lazily and
// may panic on some malformed ones; that becomes an error naming the page.
func (d *doc) safePage(pg pageInfo, num int, opt Options) (p *page.Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			p, err = nil, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	return d.readPage(pg, num, opt)
}

// openDoc opens a PDF and lists its pages.
func openDoc(data []byte, conf *model.Configuration) (*doc, []pageInfo, error) {
	ctx, err := openPDF(data, conf)
	if err != nil {
		return nil, nil, err
	}
	d := &doc{x: ctx.XRefTable, fonts: map[int]*font{}, streams: map[int][]byte{}, budget: maxDecoded}
	pages, err := d.pageTree()
	if err != nil {
		return nil, nil, err
	}
	if len(pages) == 0 {
		return nil, nil, ErrNoPages
	}
	return d, pages, nil
}

// disableConfigDir keeps pdfcpu from writing config files in the user's
// home, as its api.DisableConfigDir does: pdfcpu's api package is not used,
// as it pulls in packages whose start-up cost every run would pay.
func disableConfigDir() { model.ConfigPath = "disable" }

// openPDF runs pdfcpu's reader. pdfcpu reports most problems as errors but
// can still panic on some malformed files; that is turned into an error.
func openPDF(data []byte, conf *model.Configuration) (ctx *model.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			ctx, err = nil, fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	if len(data) == 0 {
		return nil, errors.New("empty file")
	}
	ctx, err = readContext(data, conf)
	if err != nil {
		return nil, fmt.Errorf("cannot read PDF: %w", onceWrapped{err})
	}
	if ctx == nil || ctx.XRefTable == nil {
		return nil, errors.New("cannot read PDF: no cross-reference table")
	}
	return ctx, nil
}

// onceWrapped is an error whose message says a context pdfcpu wrapped it
// in twice ("xref table: xref table: ...") only once.
type onceWrapped struct{ err error }

func (e onceWrapped) Error() string {
	msg := e.err.Error()
	if i := strings.Index(msg, ": "); i > 0 {
		if head := msg[:i+2]; strings.HasPrefix(msg[i+2:], head) {
			return msg[i+2:]
		}
	}
	return msg
}

func (e onceWrapped) Unwrap() error { return e.err }

// readContext is pdfcpu's api.ReadContext: its reader, with the errors it
// raises as fault panics returned.
func readContext(data []byte, conf *model.Configuration) (ctx *model.Context, err error) {
	defer fault.Catch(&err)
	return pdfcpu.Read(bytes.NewReader(data), conf)
}

// pageInfo is one leaf of the page tree with its inherited attributes.
type pageInfo struct {
	dict      types.Dict
	resources types.Dict
	media     []float64
	crop      []float64
	rotate    int
}

const maxTreeDepth = 64

// pageTree walks the page tree in order, with inheritance, guarding
// against cycles and runaway depth.
func (d *doc) pageTree() ([]pageInfo, error) {
	root, err := d.x.Catalog()
	if err != nil {
		return nil, fmt.Errorf("no document catalog: %w", err)
	}
	var out []pageInfo
	seen := map[int]bool{}
	var walk func(o types.Object, inh pageInfo, depth int)
	walk = func(o types.Object, inh pageInfo, depth int) {
		if depth > maxTreeDepth {
			return
		}
		if n := objNum(o); n > 0 {
			if seen[n] {
				return
			}
			seen[n] = true
		}
		node := d.dict(o)
		if node == nil {
			return
		}
		if r := d.dict(node["Resources"]); r != nil {
			inh.resources = r
		}
		if b := d.nums(node["MediaBox"]); len(b) == 4 {
			inh.media = b
		}
		if b := d.nums(node["CropBox"]); len(b) == 4 {
			inh.crop = b
		}
		if r, ok := d.num(node["Rotate"]); ok {
			inh.rotate = int(r)
		}
		kids := d.array(node["Kids"])
		if d.name(node["Type"]) == "Page" || kids == nil {
			inh.dict = node
			out = append(out, inh)
			return
		}
		for _, k := range kids {
			walk(k, inh, depth+1)
		}
	}
	walk(root["Pages"], pageInfo{}, 0)
	return out, nil
}

// pageBox returns the visible page rectangle (CropBox clipped to MediaBox).
func pageBox(pg pageInfo) (llx, lly, urx, ury float64) {
	b := pg.media
	if len(b) != 4 {
		b = []float64{0, 0, 612, 792} // US Letter, the PDF default
	}
	llx, lly, urx, ury = min(b[0], b[2]), min(b[1], b[3]), max(b[0], b[2]), max(b[1], b[3])
	if c := pg.crop; len(c) == 4 {
		cx0, cy0, cx1, cy1 := min(c[0], c[2]), min(c[1], c[3]), max(c[0], c[2]), max(c[1], c[3])
		if x0, y0, x1, y1 := max(llx, cx0), max(lly, cy0), min(urx, cx1), min(ury, cy1); x1 > x0 && y1 > y0 {
			llx, lly, urx, ury = x0, y0, x1, y1
		}
	}
	return
}

func (d *doc) readPage(pg pageInfo, num int, opt Options) (*page.Page, error) {
	content, err := d.content(pg.dict)
	p := d.pageFrom(pg, num, content, opt)
	if err != nil {
		p.Warnings = append(p.Warnings, fmt.Sprintf("content stream: %v", err))
	}
	return p, nil
}

// pageFrom interprets a page's content and builds its page model.
func (d *doc) pageFrom(pg pageInfo, num int, content []byte, opt Options) *page.Page {
	llx, lly, urx, ury := pageBox(pg)
	w, h := urx-llx, ury-lly
	rot := ((pg.rotate % 360) + 360) % 360 / 90 * 90 % 360
	var dev matrix
	switch rot {
	case 90:
		dev = matrix{0, 1, 1, 0, -lly, -llx}
		w, h = h, w
	case 180:
		dev = matrix{-1, 0, 0, 1, urx, -lly}
	case 270:
		dev = matrix{0, -1, -1, 0, ury, urx}
		w, h = h, w
	default:
		dev = matrix{1, 0, 0, -1, -llx, ury}
	}
	p := &page.Page{Number: num, Width: w, Height: h, Unit: page.Points, Method: page.MethodPDFText}
	in := &interp{d: d, dev: dev, pageArea: w * h, forms: map[int]bool{}, fontCache: map[fontKey]*font{}}
	in.gs = gstate{ctm: identity, th: 1, lineWidth: 1}
	res := pg.resources
	in.run(content, res, 0)

	// Text outside the visible page (slug areas, off-page leftovers) is
	// not part of it.
	kept := in.glyphs[:0]
	for _, g := range in.glyphs {
		cx, cy := g.box.CenterX(), g.box.CenterY()
		if cx >= 0 && cx <= w && cy >= 0 && cy <= h {
			kept = append(kept, g)
		}
	}
	if dropped := len(in.glyphs) - len(kept); dropped > 0 {
		in.warn("%d glyphs outside the page ignored", dropped)
	}
	p.Lines = buildLines(kept, in.rules, in.boxes, in.images, w, h)
	p.Rules, p.Boxes, p.Images = in.rules, in.boxes, in.images
	for _, f := range d.fonts {
		if f.unmapped > 0 {
			in.warn("font %s: %d codes have no Unicode mapping", f.name, f.unmapped)
			f.unmapped = 0
		}
	}
	if in.pua > 0 {
		in.warn("%d glyphs map to private-use code points", in.pua)
	}
	for msg := range in.warns {
		p.Warnings = append(p.Warnings, msg)
	}
	sort.Strings(p.Warnings)
	p.Language = language(p.Lines)
	// No text layer at all (an invisible OCR layer counts as one): hand
	// the page image to the OCR stage.
	if len(p.Lines) == 0 && !opt.NoScan {
		ps, err := d.scanImage(in, scan.Options{MaxPixels: opt.MaxPixels})
		switch {
		case err != nil:
			p.Warnings = append(p.Warnings, fmt.Sprintf("needs OCR, but the page image cannot be extracted: %v", err))
		case ps != nil:
			p.Scan = ps
			p.Method = ""
		default:
			p.Warnings = append(p.Warnings, "page has no text layer and no page image")
		}
	}
	return p
}

// content returns the page's concatenated, decoded content streams.
func (d *doc) content(pd types.Dict) ([]byte, error) {
	o := pd["Contents"]
	if o == nil {
		return nil, nil
	}
	var parts []types.Object
	if a := d.array(o); a != nil {
		parts = a
	} else {
		parts = []types.Object{o}
	}
	var buf []byte
	var firstErr error
	for _, c := range parts {
		_, b, err := d.stream(c)
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		buf = append(buf, b...)
		buf = append(buf, '\n') // streams split between tokens
	}
	return buf, firstErr
}

// language guesses "zh" or "en" from the letters on the page.
func language(lines []page.Line) string {
	han, latin := 0, 0
	for _, l := range lines {
		for _, r := range l.Text {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
			case r < 0x250 && unicode.IsLetter(r):
				latin++
			}
		}
	}
	switch {
	case han == 0 && latin == 0:
		return ""
	case float64(han) >= 0.2*float64(latin):
		return "zh"
	}
	return "en"
}
