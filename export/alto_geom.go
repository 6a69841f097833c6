package export

import (
	"errors"
	"math"
	"runtime/debug"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/result"
	"newsprint/segment"
)

// ErrNoGeometry is returned by ALTO and HOCR for a page whose lines carry no
// boxes (a text dump): both formats are about positions, so such pages get
// no file. Files skips them.
var ErrNoGeometry = errors.New("page has no geometry (text dump): no ALTO/hOCR for it")

// Version is newsprint's version as recorded in ALTO and hOCR files. It
// defaults to the module version of the binary ("dev" when built from a
// work tree); the command may set it.
var Version = buildVersion()

// TesseractVersion names the OCR engine's version in ALTO OCRProcessing for
// OCR pages. The OCR stage or the command sets it (ocr.Version());
// empty means unknown.
var TesseractVersion string

func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// geoPage is a page regrouped for the positional exporters: every visible
// source line exactly once, in source order, grouped into runs of lines that
// share one segmentation block. Keeping the source order means a reader of
// the file rebuilds the same page model (see ocrxml), so the articles found
// again are the same.
type geoPage struct {
	src      *page.Page
	res      *result.Page
	blocks   []geoBlock
	articles [][]int // per article, indexes into blocks in reading order
}

type geoBlock struct {
	role    string // article block role, furniture kind, or "" when unknown
	article int    // index into res.Articles, -1 for none
	lines   []geoLine
	box     page.Rect
}

type geoLine struct {
	line      *page.Line
	words     []geoWord
	estimated bool // word boxes shared out from the line box
}

// geoWord is one ALTO String / hOCR word. spaceAfter says a space follows
// it in the line text; hypPart marks the halves of a word hyphenated across
// lines (1 or 2) and subs holds the whole word.
type geoWord struct {
	text       string
	box        page.Rect
	conf       float64
	spaceAfter bool
	runIn      bool
	hypPart    int
	subs       string
	alts       []page.Alternative // the word's close alternatives
}

// blockRef identifies one logical block of the layout.
type blockRef struct {
	article int // -1 for furniture
	index   int
	role    string
}

// newGeoPage regroups a result page. It fails with ErrNoGeometry when the
// page has no positioned lines.
func newGeoPage(rp *result.Page) (*geoPage, error) {
	p := rp.Source
	if p == nil || !p.HasGeometry() || p.Unit == page.NoUnit {
		return nil, ErrNoGeometry
	}
	g := &geoPage{src: p, res: rp}
	assign := assignLines(p, rp.Layout)

	// Runs of consecutive source lines with the same block.
	runs := map[blockRef][]int{}
	last := blockRef{article: -2}
	for i := range p.Lines {
		l := &p.Lines[i]
		if l.Box == nil || l.Blank() {
			continue
		}
		ref := assign[i]
		if ref != last || len(g.blocks) == 0 {
			g.blocks = append(g.blocks, geoBlock{role: ref.role, article: ref.article})
			runs[ref] = append(runs[ref], len(g.blocks)-1)
			last = ref
		}
		b := &g.blocks[len(g.blocks)-1]
		ws, est := splitWords(l)
		b.lines = append(b.lines, geoLine{line: l, words: ws, estimated: est})
		b.box = b.box.Union(*l.Box)
	}
	markHyphens(g)

	// One reading-order group per article: its blocks in layout order.
	if rp.Layout != nil {
		g.articles = make([][]int, len(rp.Layout.Articles))
		for ai, a := range rp.Layout.Articles {
			for bi, b := range articleBlocks(a) {
				g.articles[ai] = append(g.articles[ai], runs[blockRef{article: ai, index: bi, role: b.Role}]...)
			}
			// Lines placed in the article by its box only.
			g.articles[ai] = append(g.articles[ai], runs[blockRef{article: ai, index: -1, role: "other"}]...)
		}
	}
	return g, nil
}

// articleBlocks returns the blocks of an article: the segmenter's when it
// gave them, otherwise blocks made from the article's parts.
func articleBlocks(a segment.Article) []segment.Block {
	if len(a.Blocks) > 0 {
		return a.Blocks
	}
	var bs []segment.Block
	add := func(role string, lines []page.Line) {
		if len(lines) > 0 {
			bs = append(bs, segment.Block{Role: role, Lines: lines})
		}
	}
	add("kicker", a.Kicker)
	add("headline", a.Headline)
	for _, d := range a.Decks {
		add("deck", d)
	}
	for _, f := range a.Body {
		if f.Standalone {
			add("crosshead", f.Lines)
		} else {
			add("body", f.Lines)
		}
	}
	for _, c := range a.Captions {
		add("caption", c)
	}
	return bs
}

// assignLines finds for each source line the layout block it belongs to.
// Layout lines are copies of source lines (a run-in credit may have been cut
// from the text), so they are matched by box: the same pointer, the same
// rectangle, or a layout box that holds the source line's centre.
func assignLines(p *page.Page, l *segment.Layout) []blockRef {
	assign := make([]blockRef, len(p.Lines))
	for i := range assign {
		assign[i] = blockRef{article: -1, index: -1}
	}
	if l == nil {
		return assign
	}
	byPtr := map[*page.Rect]int{}
	byRect := map[page.Rect][]int{}
	for i, sl := range p.Lines {
		if sl.Box != nil {
			byPtr[sl.Box] = i
			byRect[*sl.Box] = append(byRect[*sl.Box], i)
		}
	}
	done := make([]bool, len(p.Lines))
	type pending struct {
		ref blockRef
		box page.Rect
	}
	var rest []pending
	visit := func(ref blockRef, lines []page.Line) {
		for _, ll := range lines {
			if ll.Box == nil {
				continue
			}
			if i, ok := byPtr[ll.Box]; ok && !done[i] {
				assign[i], done[i] = ref, true
				continue
			}
			found := false
			for _, i := range byRect[*ll.Box] {
				if !done[i] {
					assign[i], done[i], found = ref, true, true
					break
				}
			}
			if !found {
				rest = append(rest, pending{ref, *ll.Box})
			}
		}
	}
	for ai, a := range l.Articles {
		for bi, b := range articleBlocks(a) {
			visit(blockRef{article: ai, index: bi, role: b.Role}, b.Lines)
		}
	}
	for bi, b := range l.Blocks {
		visit(blockRef{article: -1, index: bi, role: string(b.Kind)}, b.Lines)
	}
	for _, pd := range rest {
		for i, sl := range p.Lines {
			if !done[i] && sl.Box != nil && pd.box.Contains(centre(*sl.Box)) {
				assign[i], done[i] = pd.ref, true
			}
		}
	}
	// Lines no block claimed (a credit line the segmenter turned into a
	// byline string) go to the article whose box holds them.
	for i, sl := range p.Lines {
		if done[i] || sl.Box == nil {
			continue
		}
		for ai, a := range l.Articles {
			if a.BBox != nil && a.BBox.Contains(centre(*sl.Box)) {
				assign[i] = blockRef{article: ai, index: -1, role: "other"}
				break
			}
		}
	}
	return assign
}

// centre returns a tiny rect at the centre of r, for containment tests.
func centre(r page.Rect) page.Rect {
	x, y := r.CenterX(), r.CenterY()
	return page.Rect{X0: x, Y0: y, X1: x, Y1: y}
}

// splitWords cuts a line into the words an exporter writes. When the
// line's own words spell its text they are used with their boxes and
// confidences; otherwise the text is cut at single spaces and the line box
// is shared out by character width. A run-in credit boundary always ends a
// word. The words, each followed by one space when spaceAfter is set,
// rebuild the line text exactly (extra spaces stay inside the words).
func splitWords(l *page.Line) (ws []geoWord, estimated bool) {
	ws = wordsFromModel(l)
	if ws == nil {
		ws, estimated = wordsFromText(l), true
	}
	if l.RunIn > 0 && l.RunIn < len(l.Text) {
		ws = splitAt(ws, l.RunIn)
	}
	return ws, estimated
}

func wordsFromModel(l *page.Line) []geoWord {
	if len(l.Words) == 0 {
		return nil
	}
	var ws []geoWord
	pos := 0
	for _, w := range l.Words {
		if w.Text == "" {
			return nil
		}
		i := strings.Index(l.Text[pos:], w.Text)
		if i < 0 || strings.TrimLeft(l.Text[pos:pos+i], " ") != "" {
			return nil
		}
		gap := l.Text[pos : pos+i]
		if len(ws) > 0 && gap != "" {
			ws[len(ws)-1].spaceAfter = true
			gap = gap[1:]
		}
		ws = append(ws, geoWord{text: gap + w.Text, box: w.Box, conf: w.Confidence, alts: w.CloseAlternatives()})
		pos += i + len(w.Text)
	}
	if strings.TrimLeft(l.Text[pos:], " ") != "" {
		return nil
	}
	ws[len(ws)-1].text += l.Text[pos:]
	return ws
}

func wordsFromText(l *page.Line) []geoWord {
	var ws []geoWord
	text := l.Text
	start := 0
	for start < len(text) {
		// A word: leading spaces beyond the separator, then non-spaces.
		i := start
		for i < len(text) && text[i] == ' ' {
			i++
		}
		for i < len(text) && text[i] != ' ' {
			i++
		}
		w := geoWord{text: text[start:i], conf: l.Conf}
		if strings.TrimLeft(text[i:], " ") != "" {
			w.spaceAfter = true
			i++
		} else {
			w.text = text[start:] // trailing spaces stay in the last word
			i = len(text)
		}
		ws = append(ws, w)
		start = i
	}
	shareBox(ws, *l.Box)
	return ws
}

// shareBox gives each word a slice of box proportional to its width in
// characters (CJK counting double), spaces included.
func shareBox(ws []geoWord, box page.Rect) {
	total := 0.0
	widths := make([]float64, len(ws))
	for i, w := range ws {
		widths[i] = textWidth(w.text)
		total += widths[i]
		if w.spaceAfter {
			total++
		}
	}
	if total == 0 {
		total = 1
	}
	x := box.X0
	unit := box.Width() / total
	for i := range ws {
		ws[i].box = page.Rect{X0: x, Y0: box.Y0, X1: x + widths[i]*unit, Y1: box.Y1}
		x = ws[i].box.X1
		if ws[i].spaceAfter {
			x += unit
		}
	}
}

func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x2E80 {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// splitAt cuts the word holding byte offset off of the line text in two and
// marks the words before it as run-in.
func splitAt(ws []geoWord, off int) []geoWord {
	pos := 0
	for i := range ws {
		end := pos + len(ws[i].text)
		switch {
		case off >= end:
			ws[i].runIn = true
		case off > pos:
			w := ws[i]
			cut := off - pos
			a, b := w, w
			a.text, b.text = w.text[:cut], w.text[cut:]
			a.spaceAfter, a.runIn = false, true
			a.alts, b.alts = partAlts(w.alts, "", b.text), partAlts(w.alts, strings.TrimLeft(a.text, " "), "")
			f := textWidth(a.text) / max(textWidth(w.text), 1)
			a.box.X1 = w.box.X0 + f*w.box.Width()
			b.box.X0 = a.box.X1
			out := append([]geoWord{}, ws[:i]...)
			out = append(out, a, b)
			return append(out, ws[i+1:]...)
		default:
			return ws
		}
		pos = end
		if ws[i].spaceAfter {
			pos++
		}
		if pos > off {
			return ws
		}
	}
	return ws
}

// partAlts returns the alternatives of the part of a word between prefix
// and suffix: those that read the rest of the word as the word reads it,
// cut to the part. The others were other readings of the rest.
func partAlts(alts []page.Alternative, prefix, suffix string) []page.Alternative {
	var out []page.Alternative
	for _, a := range alts {
		t, ok := strings.CutPrefix(a.Text, prefix)
		if t, ok2 := strings.CutSuffix(t, suffix); ok && ok2 && t != "" {
			out = append(out, page.Alternative{Text: t, Confidence: a.Confidence})
		}
	}
	return out
}

// markHyphens finds words broken across lines by hyphenation. A line that
// ends in "letters-" and is followed in its block by a line starting with a
// letter is hyphenation when the finished text of the article holds the
// joined word and not the hyphenated one (that is what reflow decided);
// when the text has neither, a lower-case continuation decides.
func markHyphens(g *geoPage) {
	for bi := range g.blocks {
		b := &g.blocks[bi]
		text := g.textOf(b.article)
		for li := 0; li+1 < len(b.lines); li++ {
			cur, next := b.lines[li].words, b.lines[li+1].words
			if len(cur) == 0 || len(next) == 0 {
				continue
			}
			w1, w2 := &cur[len(cur)-1], &next[0]
			part1, ok := strings.CutSuffix(w1.text, "-")
			r1, _ := utf8.DecodeLastRuneInString(part1)
			r2, _ := utf8.DecodeRuneInString(w2.text)
			if !ok || part1 == "" || !unicode.IsLetter(r1) || !unicode.IsLetter(r2) || w1.hypPart != 0 || w2.runIn {
				continue
			}
			head := strings.TrimLeft(part1, " ")
			if i := strings.LastIndexAny(head, "-—–/(\"'“‘"); i >= 0 {
				head = head[i+1:]
			}
			tail := strings.TrimRightFunc(w2.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			joined, hyphened := head+tail, head+"-"+tail
			hyp := strings.Contains(text, joined) && !strings.Contains(text, hyphened)
			if !strings.Contains(text, joined) && !strings.Contains(text, hyphened) {
				hyp = unicode.IsLower(r2)
			}
			if hyp {
				w1.text, w1.hypPart, w1.subs = part1, 1, joined
				w1.alts = partAlts(w1.alts, "", "-")
				w2.hypPart, w2.subs = 2, joined
			}
		}
	}
}

// textOf returns the finished text of an article (or of the whole page for
// -1), for hyphenation decisions.
func (g *geoPage) textOf(article int) string {
	var sb strings.Builder
	add := func(a result.Article) {
		sb.WriteString(a.Headline)
		for _, s := range a.Paragraphs {
			sb.WriteString("\n" + s)
		}
		for _, s := range a.Captions {
			sb.WriteString("\n" + s)
		}
	}
	if article >= 0 && article < len(g.res.Articles) {
		add(g.res.Articles[article])
		return sb.String()
	}
	for _, a := range g.res.Articles {
		add(a)
	}
	for _, b := range g.res.Blocks {
		sb.WriteString("\n" + b.Text)
	}
	return sb.String()
}

// round3 rounds to three decimals (confidences).
func round3(v float64) float64 {
	return math.Round(v*1000) / 1000
}
