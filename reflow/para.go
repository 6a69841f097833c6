package reflow

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/script"
	"newsprint/segment"
	"newsprint/segment/cues"
	"newsprint/wordseg"
)

// bline is one body line prepared for paragraph building.
type bline struct {
	text      string // normalised (Body), without a trailing soft-hyphen break
	end       hyphenEnd
	shyStart  bool    // begins with a soft hyphen: the word broke before this line
	width     int     // display width (CJK 2, other 1)
	ems       float64 // printed width of Latin text (latinWidth), measured once; 0 for CJK
	stretched bool    // letter-spaced by justification: never a paragraph's last line
	cjk       bool
	box       *page.Rect
	size      float64
	col       page.Rect // column box (geometry only)
	flow      int       // index of the flow in the article
	alone     bool      // the flow is standalone (crosshead)
	opens     bool      // the first line of a flow that opens a paragraph (Flow.Opens)
	fin       rune      // the mark that ends the paragraph so far here as a sentence (finalMark), or 0
	closed    bool      // the line closes a quotation or bracket that the paragraph so far opened, balancing it
}

func prepare(l page.Line) bline {
	end, core := lineEnd(l.Text)
	li := scan(core)
	text := li.render(false)
	if t, ok := strings.CutSuffix(text, "‐"); ok && end == hardHyphen {
		text = t + "-" // a kept hyphen is written in ASCII, as in running text
	}
	b := bline{text: text, end: end, shyStart: strings.HasPrefix(strings.TrimLeftFunc(l.Text, isSpace), string(shy)), width: displayWidth(core), stretched: li.cjkGaps >= 2 && li.letterSpaced(), box: l.Box, size: l.Size, cjk: strings.ContainsFunc(text, script.CJK)}
	if b.box != nil && b.size <= 0 {
		b.size = b.box.Height()
	}
	if !b.cjk {
		b.ems = latinWidth(text)
	}
	b.fin = finalMark(text)
	return b
}

// Paragraphs turns the body flows of an article into paragraphs.
// vocab is the document's vocabulary for hyphen decisions (may be nil).
func Paragraphs(flows []segment.Flow, vocab Vocab) []string {
	flows = mergeColumns(flows)
	cols := columns(flows)
	n := 0
	for _, f := range flows {
		n += len(f.Lines)
	}
	ls := make([]bline, 0, n)
	for fi, f := range flows {
		first := true
		for _, l := range f.Lines {
			if l.Blank() {
				continue
			}
			b := prepare(l)
			if b.text == "" {
				continue
			}
			b.flow, b.alone, b.col = fi, f.Standalone, cols[fi]
			b.opens, first = first && f.Opens, false
			ls = append(ls, b)
		}
	}
	if len(ls) == 0 {
		return []string{}
	}
	w := typicalWidth(ls)
	unhangMarks(ls, w)
	m := measure{w: w, exact: exactWidths(ls, w), scattered: scatteredWords(ls), latinFull: latinFullWidths(ls, len(flows))}
	m.mixed = mixedColumns(ls, m)
	blankParas := blankLinesEndParagraphs(ls, w)
	out := []string{}
	var cur strings.Builder
	starts := true // line i-1 starts a paragraph
	moved := false // a break before a tail line moves after it
	for i := range ls {
		if i > 0 {
			// Judge the sentence end on the paragraph so far, not the line
			// alone: a bracketed note may have started lines earlier.
			ls[i-1].fin = finalMark(cur.String())
			ls[i-1].closed = closesQuotation(ls[i-1].text, cur.String())
			brk := breakBetween(ls, i-1, m, starts) ||
				blankParas && blankEnds(ls[i-1], ls[i], m)
			if moved {
				brk, moved = brk || opensText(ls[i]), false
			} else if brk && ls[i].box == nil && tail(ls[i].text) {
				// A line of one character ends a wrapped line printed apart:
				// it stays with the text before it.
				brk, moved = false, true
			}
			starts = brk
			if brk {
				out = append(out, cur.String())
				cur.Reset()
			}
		}
		appendLine(&cur, ls, i, vocab)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	for i := range out {
		out[i] = mendSplits(out[i], vocab)
	}
	return out
}

// appendLine adds line i to the paragraph being built, undoing the line
// break before it.
func appendLine(b *strings.Builder, ls []bline, i int, v Vocab) {
	t := ls[i].text
	if b.Len() == 0 {
		b.WriteString(t)
		return
	}
	prev := ls[i-1]
	switch {
	case ls[i].shyStart && prev.end == noHyphen:
		// the soft hyphen was printed at the start of this line
	case prev.end == softBreak && startsLetter(t):
		// the typesetter broke the word at a hyphenation point
	case prev.end == softBreak:
		// the line after a broken word does not continue it (text out of
		// order): keep the pieces apart
		b.WriteString(joinSep(prev.text, t))
	case prev.end == hardHyphen:
		if !keepHyphen(prev.text, t, v) {
			s := b.String()
			_, n := utf8.DecodeLastRuneInString(s)
			b.Reset()
			b.WriteString(s[:len(s)-n])
		}
	default:
		b.WriteString(joinSep(prev.text, t))
	}
	b.WriteString(t)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// measure is what an article's dump lines tell of its columns.
type measure struct {
	w         int       // the width of a full line (typicalWidth)
	exact     bool      // lines of Chinese characters are measured exactly (exactWidths)
	scattered bool      // words scattered over lines (scatteredWords)
	mixed     bool      // the dump ran other columns' text into the article's (mixedColumns)
	latinFull []float64 // per flow, the printed width of its full Latin lines (latinFullWidths), or 0
}

// typicalWidth is the display width of a full line of the article's body
// columns: for CJK text, where full lines have nearly equal widths, the
// most common width; for Latin text the 75th percentile.
func typicalWidth(ls []bline) int {
	var ws []int
	cjk := 0
	for _, l := range ls {
		if l.alone {
			continue
		}
		ws = append(ws, l.width)
		if l.cjk {
			cjk++
		}
	}
	if len(ws) == 0 {
		return 0
	}
	sort.Ints(ws)
	if 2*cjk < len(ws) {
		return ws[len(ws)*3/4]
	}
	// Justified CJK lines differ by a character at most (punctuation is
	// compressed at line ends): the most common width is the full one.
	best, bestN := 0, 0
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && ws[j] == ws[i] {
			j++
		}
		if j-i >= bestN {
			best, bestN = ws[i], j-i
		}
		i = j
	}
	return best
}

// hangsMarks reports a Chinese article set with its line-end marks hung
// past the column w wide: some line a mark wider than full, each such
// line ending on one, and none wider without a mark there (one is enough:
// a short article may hold a single one).
func hangsMarks(ls []bline, w int) bool {
	hung := false
	for _, l := range ls {
		if !exactLine(l) || l.width <= w {
			continue // quotes and Latin letters are measured loosely
		}
		if l.width != w+2 || !endsClosingMark(l.text) {
			return false
		}
		hung = true
	}
	return hung
}

// unhangMarks measures the Chinese lines of an article that hangs its
// marks (hangsMarks) without their final mark: a paragraph's first line
// that ends on one is still its indent short, and a last line as short
// as it is.
func unhangMarks(ls []bline, w int) {
	if !hangsMarks(ls, w) {
		return
	}
	for i := range ls {
		if ls[i].cjk && endsClosingMark(ls[i].text) {
			ls[i].width -= 2
		}
	}
}

// endsClosingMark reports text ending on a mark no line may open with
// (cues.Closers): a clause mark, or a closing quote or bracket.
func endsClosingMark(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(cues.Closers, r)
}

// blankLinesEndParagraphs reports whether a dump without geometry puts a
// blank line after every paragraph (as some extractors do) rather than only
// between column boxes (as pdftotext does). Then a blank line after a
// sentence end is a paragraph break even when the line before it is full.
// It is so when flows often end a sentence but clear paragraph ends (short,
// sentence-final lines) almost never occur inside a flow.
func blankLinesEndParagraphs(ls []bline, w int) bool {
	boundaries, finBoundaries, inner := 0, 0, 0
	for i := 0; i+1 < len(ls); i++ {
		a, b := ls[i], ls[i+1]
		if a.box != nil || a.alone || b.alone || !a.cjk {
			continue // English dumps are cut into paragraphs by width alone
		}
		switch {
		case a.flow != b.flow:
			boundaries++
			if a.fin != 0 {
				finBoundaries++
			}
		case a.fin != 0 && a.width <= w-3 && !a.stretched:
			inner++
		}
	}
	return finBoundaries > 0 && inner*4 < finBoundaries && finBoundaries*3 >= boundaries*2
}

// blankEnds reports a paragraph end at the blank line between a and b in a
// dump that puts one after every paragraph: a sentence ended there. A colon
// before an opening quote introduces the quotation, which goes on in the
// same paragraph (他说：|“……”).
func blankEnds(a, b bline, m measure) bool {
	if a.fin == 0 || !a.cjk || a.flow == b.flow || a.box != nil || fullLine(b, m.w, m.exact) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	return a.fin != '：' || !strings.ContainsRune(cues.Openers, r)
}

// breakBetween decides whether a paragraph ends between lines i and i+1.
// starts tells that line i is the first line of its paragraph.
func breakBetween(ls []bline, i int, m measure, starts bool) bool {
	a, b := ls[i], ls[i+1]
	if a.alone || b.alone {
		return a.flow != b.flow || a.alone != b.alone
	}
	if a.end != noHyphen || b.shyStart || (note(b.text) && a.fin != 0) {
		return false
	}
	if b.opens {
		return true
	}
	if a.box != nil && b.box != nil {
		var c *bline
		if i+2 < len(ls) && ls[i+2].box != nil && ls[i+2].flow == b.flow {
			c = &ls[i+2]
		}
		return breakGeo(a, b, c)
	}
	var c *bline
	if i+2 < len(ls) && ls[i+2].flow == b.flow {
		c = &ls[i+2]
		if i+3 < len(ls) && ls[i+3].flow == b.flow && wrappedHead(b, *c, ls[i+3], m.w) {
			// A heading over two lines opens here, whatever went before.
			return !crossWord(a.text, b.text)
		}
	}
	return breakText(a, b, c, m, a.flow != b.flow, starts)
}

// wrappedHead reports b and c, Chinese lines of a column w wide, as a
// heading wrapped over two lines: b about full and c short, neither with a
// punctuation mark (a dash may join its phrases), over d, a paragraph's
// first line (two characters short, going on). A paragraph's line without
// a mark never ends short but at its paragraph's end, which has a stop.
func wrappedHead(b, c, d bline, w int) bool {
	return b.box == nil && b.cjk && b.width >= w-2 && c.width <= w-6 && hanOnly(b.text, "—") && hanOnly(c.text, "—") &&
		endsHan(c.text) && d.width == w-4 && d.fin == 0 && indentable(d.text)
}

// breakGeo uses the line boxes: a paragraph starts at an indented line, and
// ends at a short sentence-final line. c is the line after b in its flow, or
// nil: an indented line inside a run of them is text set around something
// (a picture), not a paragraph start.
func breakGeo(a, b bline, c *bline) bool {
	s := max(a.size, b.size, 1)
	indented := func(l bline) bool {
		// An opening quote or bracket of CJK type is inked in the right
		// half of its cell: the line's ink starts half a glyph in.
		x := l.box.X0
		if r, _ := utf8.DecodeRuneInString(l.text); l.cjk && strings.ContainsRune(cues.Openers, r) {
			x -= 0.5 * s
		}
		return !l.col.Empty() && x > l.col.X0+0.6*s
	}
	short := !a.col.Empty() && a.box.X1 < a.col.X1-1.2*s
	fin := a.fin != 0
	run := indented(a) || (c != nil && indented(*c))
	if indented(b) && (fin || short || a.flow != b.flow || !run) {
		return true
	}
	return short && fin
}

// breakText decides on a dump without geometry, from display widths
// against the full width m.w: the last line of a paragraph is short
// and sentence-final; the first line of the next lost its indent (about two
// CJK characters, or a few Latin ones).
// c is the line after b in its flow, or nil.
func breakText(a, b bline, c *bline, m measure, acrossFlows, starts bool) bool {
	w := m.w
	if !opensText(b) {
		return false
	}
	// A flow's last line that runs on ends a column, however short the
	// dump prints it: it is no indented first line (unless exactly so
	// short, columnFoot).
	runsOn := b.fin == 0 && c == nil
	// A semicolon ends a clause, not a paragraph: the line after it that
	// a dump measures short is no indented start.
	fin := a.fin != 0 && a.fin != '；'
	latin := !a.cjk && !b.cjk
	if latin && m.scattered {
		// Widths of words scattered over lines tell no paragraph end. But
		// justification spreads no paragraph's last line, so the dump kept
		// it whole: a line of words ending a sentence, followed in its
		// block by a capitalised line, ends one.
		return !acrossFlows && fin && upperStart(b.text) && strings.Contains(a.text, " ")
	}
	var short, indentStart bool
	if latin {
		if !latinOpening(b.text) {
			return false
		}
		if brk, ok := measuredBreak(a, b, m.latinFull[a.flow], acrossFlows, fin); ok {
			return brk
		}
		short = float64(a.width) < 0.8*float64(w)
		// A first line clearly shorter than full, though not a last line:
		// the lost indent (about an em, a tenth of a narrow column).
		r := float64(b.width) / float64(max(w, 1))
		indentStart = r > 0.65 && r <= 0.9 && !runsOn
	} else {
		short = a.width <= w-3
		// A line that ends a sentence short is a paragraph's last line:
		// its width tells no indent. One that runs on short inside its
		// flow, after a paragraph's later line, is a first line however
		// much more than the indent it lost (a word pushed on).
		last := b.fin != 0 && b.width <= w-3
		indentStart = !last && b.width <= w-3 && (b.width >= w-6 || !starts && c != nil && !c.alone && 2*b.width >= w)
	}
	if a.stretched || (starts && !latin && a.width >= w-6) {
		// A justified line, or a paragraph's indented first line, is full.
		short = false
	}
	if fin {
		return (short || indentStart) && (latin || !fullLine(b, w, m.exact) && !(m.mixed && strayEnd(b, w)))
	}
	if r, _ := utf8.DecodeLastRuneInString(a.text); short && indentStart && strings.ContainsRune("”’）", r) {
		// A quotation or bracket closing without a stop on a short line
		// (…办实”, a photo credit …摄）) ends what it closes.
		return true
	}
	if short && indentStart && endsHan(a.text) && (acrossFlows || a.width >= 6 && !strings.ContainsAny(a.text, "，、；：")) {
		// A flow ends early, mid-sentence, and the next one looks like a
		// paragraph start: a label or heading ends here, unless the break
		// splits a word (推|广率). Inside a flow only a line of a few
		// characters without clause marks ends so, as a heading does.
		return !crossWord(a.text, b.text)
	}
	if !latin && lostIndent(a, b, c, w, starts) {
		// The line before ended a heading.
		return !crossWord(a.text, b.text)
	}
	if !acrossFlows && !latin && endsHan(a.text) && columnFoot(b, c, w) {
		// A block's last line, after lines of its own, that lost its
		// indent and goes on (a block of one line may be any label). A
		// line before it that ends on a clause mark leaves its sentence
		// open: it goes on there.
		return !crossWord(a.text, b.text)
	}
	if acrossFlows && !latin && headsParagraph(b, c, w) {
		// A block opens with a heading over a paragraph's first line.
		return !crossWord(a.text, b.text)
	}
	if acrossFlows && !latin && indentStart && b.width >= w-6 && !runsOn {
		// A dump block goes on from the last one with a full line; one
		// that opens two or three characters short (an indent, and a
		// character the justification left over), and goes on, opens a
		// paragraph, whatever the block before ended with (text the dump
		// printed apart from its own), unless a word runs across.
		return !crossWord(a.text, b.text)
	}
	return false
}

// latinOpening reports a Latin line s that may open a paragraph: on a
// capital, a digit or a quotation mark.
func latinOpening(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r)
}

// measuredBreak decides whether Latin line b opens a paragraph after a
// from the flow's measure, full ems wide (latinFull; 0 where its dump
// lines do not tell it, never for lines with boxes); ok is false where the
// measure tells nothing.
func measuredBreak(a, b bline, full float64, acrossFlows, fin bool) (brk, ok bool) {
	if full <= 0 || acrossFlows {
		return false, false
	}
	room := roomForNextWord(a, b, full)
	if room && fin {
		// A justified line takes the next word when it fits: a line that
		// left room for it ended its paragraph.
		return true, true
	}
	if !room && b.ems >= 0.95*full {
		// After a line that left no room for it, a line that fills the
		// measure within less than an em (a twentieth of a column of 20
		// ems), the least a first line is indented, opens no paragraph
		// however many characters the dump counts in it.
		return false, true
	}
	return false, false
}

// minFullLines is the least number of Latin lines in a flow whose widths
// tell its column's measure.
const minFullLines = 6

// latinFullWidths returns, for each of n flows, the printed width
// (latinWidth) of a full line of its Latin text: the upper quartile of its
// lines, leaving out lines much wider than most (two printed lines the
// dump joined). It is 0 for a flow of few Latin lines. The measure is the
// flow's own: an article's flows may be set in columns of other widths.
func latinFullWidths(ls []bline, n int) []float64 {
	byFlow := make([][]float64, n)
	for _, l := range ls {
		if !l.cjk && !l.alone && l.box == nil {
			byFlow[l.flow] = append(byFlow[l.flow], l.ems)
		}
	}
	full := make([]float64, n)
	for f, ws := range byFlow {
		if len(ws) < minFullLines {
			continue
		}
		sort.Float64s(ws)
		median := ws[len(ws)/2]
		k := sort.SearchFloat64s(ws, 1.25*median+1e-9) // lines up to 1.25 medians wide
		full[f] = ws[k*3/4]
	}
	return full
}

// roomForNextWord reports a Latin line a of a flow full wide (latinFull)
// that had room for the first word of b, the line after it.
func roomForNextWord(a, b bline, full float64) bool {
	word, _, _ := strings.Cut(b.text, " ")
	return a.ems+latinWidth(" "+word) <= full
}

// latinWidth estimates the printed width of Latin text in ems of a
// proportional face, where a count of characters misjudges a line by a
// word: i, l and marks are narrow, m and w wide, capitals wider than
// lower case.
func latinWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ':
			w += 0.25
		case strings.ContainsRune("ijl.,;:'!|‘’", r):
			w += 0.28
		case strings.ContainsRune(`ftrI()-"“”[]/`, r):
			w += 0.35
		case strings.ContainsRune("mwMW%@", r):
			w += 0.85
		case unicode.IsUpper(r):
			w += 0.68
		default:
			w += 0.5
		}
	}
	return w
}

// lostIndent reports b, in a Chinese column w wide, as a first line that
// lost its indent: two characters short and going on (c follows), of
// Chinese characters, digits and marks (the dump measures them exactly; a
// justified continuation is full), after a nearly full line a without a
// stop and inside no quotation or title (or closing at its end one opened
// lines above), or after a paragraph's first line
// (starts) as short when a wider line follows (the line under a first line
// is full or ends its paragraph; three as short are a narrower column).
// A quotation opened after a comma or colon goes on the sentence.
func lostIndent(a, b bline, c *bline, w int, starts bool) bool {
	if b.width != w-4 || b.fin != 0 || b.stretched || c == nil || !indentable(b.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	if p, _ := utf8.DecodeLastRuneInString(a.text); strings.ContainsRune(cues.Openers, r) && strings.ContainsRune("，：", p) {
		return false
	}
	return a.width >= w-2 && (!cues.Unbalanced(a.text, cues.Quotes, cues.Brackets) || a.closed) ||
		starts && a.width == w-4 && c.width > b.width
}

// closesQuotation reports whether line, the last of para (the paragraph so
// far), ends on a closing quotation mark or bracket that balances a mark
// opened on an earlier line: a quotation carried over lines ends here.
func closesQuotation(line, para string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return cues.Closes(r, cues.Quotes, cues.Brackets) && cues.Unbalanced(line, cues.Quotes, cues.Brackets) &&
		!cues.Unbalanced(para, cues.Quotes, cues.Brackets)
}

// opensText reports whether b, a line without geometry, may open a
// paragraph. No line opens with a closing mark or a particle, least of all
// a paragraph's first: the dump cut the line it ends.
func opensText(b bline) bool {
	r, _ := utf8.DecodeRuneInString(b.text)
	return b.box != nil || !strings.ContainsRune(cues.Closers, r) && !(b.cjk && cues.OpensParticle(b.text))
}

// tail reports a line of a single Chinese character: the end of a wrapped
// line (a heading's or a word's), never a paragraph's first line.
func tail(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n == len(t) && unicode.Is(unicode.Han, r)
}

// columnFoot reports b, the last line of its flow, as a paragraph's first
// line set at the foot of a Chinese column w wide: two characters short
// (the indent) and going on, where a line that runs on into the next
// column is full. Its width must be exact: quotes and titles inside it, or
// Latin letters, are measured loosely.
func columnFoot(b bline, c *bline, w int) bool {
	_, n := utf8.DecodeRuneInString(b.text)
	return c == nil && b.width == w-4 && b.fin == 0 && !b.stretched && indentable(b.text) &&
		!strings.ContainsAny(b.text[n:], "“”‘’《》")
}

// headsParagraph reports b, a Chinese line short of the column w without
// a stop or clause mark, over c, the first line of a paragraph (it lost
// its indent and goes on): a heading, as no paragraph's line stands over a
// first line but its last, which ends a sentence.
func headsParagraph(b bline, c *bline, w int) bool {
	return c != nil && b.fin == 0 && endsHan(b.text) && b.width <= w-2 && !strings.ContainsAny(b.text, "，；：") &&
		c.width == w-4 && c.fin == 0 && indentable(c.text)
}

// indentable reports a line that may open a Chinese paragraph and whose
// dump width is exact: it opens with a Chinese character, a digit or an
// opening mark, and holds no Latin letters (set in proportional type).
func indentable(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) && !strings.ContainsRune(cues.Openers, r) {
		return false
	}
	for _, r := range s {
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// fullLine reports a Chinese line as wide as the column: no paragraph's
// first line, which is indented two characters, so the text before it did
// not end its paragraph here (the dump joined a column's end to text from
// elsewhere). Only where the dump measures lines of Chinese characters
// and full-cell marks exactly against a column of many lines
// (exactWidths): then such a line one short is full too (a mark
// compressed at its end), and so is any line one short that goes on:
// quotes, digits and Latin letters are set in less than the dump counts
// (a full line of them measures a character short, a first line two or
// more). A line that ends a sentence so may be a paragraph of one line. A
// signature (——) stands apart.
func fullLine(b bline, w int, exact bool) bool {
	if strings.HasPrefix(b.text, "——") {
		return false
	}
	return exact && (b.width >= w || (plainHan(b.text) || b.fin == 0) && b.width >= w-2)
}

// mixedColumns reports an article whose dump lines show text of another
// column run into its own: a full line right after a paragraph's short
// last line (fullLine).
func mixedColumns(ls []bline, m measure) bool {
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		if !a.alone && !b.alone && a.cjk && a.fin != 0 && a.width <= m.w-3 && fullLine(b, m.w, m.exact) {
			return true
		}
	}
	return false
}

// strayEnd reports a Chinese line that ends a sentence well short of an
// indented first line: in an article with mixed columns, after a
// paragraph's end, the tail of a paragraph printed elsewhere rather than
// a paragraph of one line.
func strayEnd(b bline, w int) bool {
	return b.fin != 0 && b.width <= w-10
}

// scatteredWords reports an article of Latin text whose lines mostly hold
// a single word or piece of one: the dump broke justified columns apart
// and mixed their words, so the widths of its lines measure nothing.
func scatteredWords(ls []bline) bool {
	n, single := 0, 0
	for _, l := range ls {
		if l.cjk || l.alone {
			continue
		}
		n++
		if !strings.Contains(l.text, " ") {
			single++
		}
	}
	return single*2 > n
}

// exactWidths reports whether the lines of Chinese characters and
// full-cell marks measure at most the column's full width w, as when the
// dump comes from the page's own glyphs. Where marks are compressed to fit
// more characters in a line, many measure more than w, and an indented
// first line measures only a character short of w.
func exactWidths(ls []bline, w int) bool {
	at, over := 0, 0
	for _, l := range ls {
		if !exactLine(l) {
			continue
		}
		switch {
		case l.width == w:
			at++
		case l.width > w:
			over++
		}
	}
	return at >= 8 && over*10 < at
}

// plainHan reports a line of Chinese characters and the marks set in a
// full cell (，、。；：！？), whose dump width is exact.
func plainHan(s string) bool { return hanOnly(s, "，、。；：！？") }

// exactLine reports a body line of a dump without geometry whose width
// tells the column's measure: plainHan text in a flow of the column.
func exactLine(l bline) bool { return !l.alone && l.box == nil && plainHan(l.text) }

func endsHan(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.Is(unicode.Han, r)
}

// crossWord reports whether the characters on both sides of a line break
// form a dictionary word (推|广率 → 推广).
func crossWord(prev, next string) bool {
	pr, nr := []rune(prev), []rune(next)
	for k := 1; k <= 2 && k <= len(pr); k++ {
		for m := 1; m <= 2 && m <= len(nr); m++ {
			w := string(pr[len(pr)-k:]) + string(nr[:m])
			if !isHanString(w) {
				continue
			}
			if _, ok := wordseg.Freq(w); ok {
				return true
			}
		}
	}
	return false
}

func isHanString(s string) bool { return hanOnly(s, "") }

// hanOnly reports a non-empty s of Chinese characters and marks only.
func hanOnly(s, marks string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune(marks, r) {
			return false
		}
	}
	return s != ""
}

// upperStart reports text that opens with a capital letter, an opening
// quotation mark before it or not (a paragraph of quoted speech).
func upperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"'“‘"))
	return unicode.IsUpper(r)
}
