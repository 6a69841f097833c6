// Package dump segments a page without geometry (a raw text dump from
// another extractor such as pdftotext) into articles and page furniture.
//
// A dump interleaves the columns of neighbouring articles, prints headlines
// and labels away from their bodies and mixes captions and credits in. The
// segmenter
//   - classifies lines: furniture, credits, photo captions, headings
//     (dump.go), splitting Chinese lines into column fragments (frag.go);
//   - rebuilds columns from the body fragments row by row (columns.go):
//     a row's fragments map in order onto the open columns, chosen by line
//     width, the page's own n-grams across the break, row shape and a look
//     at the next rows; English dumps keep reading order and are cut into
//     paragraphs instead;
//   - links column pieces that clearly continue each other, groups heading
//     lines into kicker/headline/decks/credit, and gives each piece to the
//     heading whose words it carries, then to the article it resembles or
//     is printed next to (match.go). Bare short headings whose text joins a
//     credited feature become its crossheads.
package dump

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

type kind int

const (
	kBody kind = iota
	kHeading
	kByline
	kFurniture
	kCaption
)

// item is one classified dump line (or the part of a line that was not body).
type item struct {
	kind    kind
	deck    bool // an English deck: a sentence set across columns
	text    string
	line    int
	chunk   int // index of the blank-line separated chunk
	byline  string
	authors []segment.Author
	// pos is where a credit sits across its dump line: the centre of its
	// fragment as a share of the line's fragments (0 for a line of its own).
	pos float64
	// beside: a heading printed beside other columns' lines, which go on
	// past it.
	beside bool
	// label: a column label over one of side-by-side headings (rowLabel),
	// its kicker.
	label bool
	// end is the last line of an English deck set over lines of its own
	// (decksOverCredits) or of a wrapped Chinese kicker, else 0.
	end int
}

var (
	captionStart = regexp.MustCompile(`^\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*时)?\s*[，,]`)
	kickerEnd    = regexp.MustCompile(`(?:——|—|：|:)$`)
	editorsNote  = regexp.MustCompile(`^(?:编者按|编者的话|Editor'?s note|EDITOR'?S NOTE)`)
)

// page holds the state of one segmentation.
type pageSeg struct {
	zh   bool
	hg   *headGrams // Chinese: headings' bigrams found in the stories
	colW float64    // typical column width (ems for Chinese, runes for English)
	// colWidths are the widths of running column lines common on the page
	// (articles differ by an em or two).
	colWidths map[float64]bool
	lines     []string
	chunk     []int // chunk index per line, -1 for blanks
	// chunkLines lists the lines of each chunk.
	chunkLines [][]int
	items      []item
	frags      [][]frag // body fragments per line
	blocks     []segment.Block
	caps       []caption
	// credited maps the first body line under a credit printed apart
	// from any heading to that credit (English dumps).
	credited map[int]*group
	// rowStory maps a side-by-side head to the story whose run-in credit
	// rowCredit gave it: the head's text.
	rowStory map[*group]int
	// rowCredits maps the line of side-by-side heads that rowOverCredit
	// found over a credit to the credit's line.
	rowCredits map[int]int
	// endCredits maps a Chinese piece to the dump line of the bracketed
	// end credit it keeps (credits).
	endCredits map[*piece]int
	// ps are the page's pieces, linked into columns, once rebuilt, and
	// pieceStories its stories (piece indices, stories).
	ps           []*piece
	pieceStories [][]int
	starts       map[int]bool // first lines of body pieces
	// looseDecks are English decks printed away from any headline.
	looseDecks []string
	// looseKickers are Chinese kickers ("…——") printed away from any
	// headline.
	looseKickers []string
	// hyph holds the (lower-case) words that the dump prints
	// with soft hyphens somewhere (English).
	hyph map[string]bool
	// runWords holds the (lower-case) words printed whole in running text
	// (English), to mend capitals split by letter spacing.
	runWords map[string]bool
	// runStems holds runWords' words cut one to three letters short,
	// five letters or more left (joinSplitCaps).
	runStems map[string]bool
	// pairs holds the (lower-case) word pairs printed on one line.
	pairs map[[2]string]bool
	// wordBlocks: the dump prints most lines word by word (English).
	wordBlocks bool
	// wordsOf caches words by text: pieces' and stories' texts are cut
	// more than once, and cutting a long text is costly.
	wordsOf map[string][]string
	// learned: runWords, pairs and wordBlocks are those of the lines as
	// they stand (rewriteBlocks changes the lines).
	learned bool
	// capsHeads: the page's headlines are set in capitals.
	capsHeads bool
	// headTails: the last word of an English heading line, wrapped and
	// printed apart (enHeadTail), keyed by the heading line's text.
	headTails map[string]string
	// apart: column fragments printed on a caption's line beside the
	// caption (keepBesideCaption). They are kept out of the rows the
	// columns are rebuilt from, which would read them in the caption's
	// column slots, and put back after (placeBeside).
	apart []frag
	// spacedOut: the fragments of letter-spaced headings printed beside
	// other columns (spacedHead), by line. They stay in their rows while
	// the columns are rebuilt, which read rows whole, and leave the
	// pieces after.
	spacedOut map[fragAt]bool
	// lateHeads: the lines of headings found beside other columns' lines
	// (spacedHead). The pieces around them mix columns, so they take no
	// part in seeding the articles: each takes its story afterwards
	// (lateStories), the rest staying where it went.
	lateHeads map[int]bool
	// ordered: the page prints each article in reading order (page.Ordered).
	ordered bool
	// sideCuts: lower-case heading lines cut off (reheadLowerCase).
	sideCuts []sideCut
	// labels are the lines of English column labels printed over a
	// headline: kickers.
	labels map[int]bool
	// joins knows the page's n-grams for rating joins between pieces.
	joins *tracker
	// lowerWords: the words printed in lower case on the page (wordKey),
	// built on first use by printedLower.
	lowerWords map[string]bool
	// spans answers the heading checks (headsChunk, headsSideBySide,
	// headWrap, runsInto) whether a word runs across a line break, one cache for
	// them on the page (spanTracker).
	spans *tracker
	// sharedLines caches fewSharedLines: 0 unknown, 1 few, 2 many.
	sharedLines int
	// turnOf places the chunks of regions printed in turns (turns);
	// runOf maps the chunks of each run of blocks to its first.
	turnOf map[int]turn
	runOf  map[int]int
	// mixed holds the chunks of regions in turns whose blocks of a line
	// or two take turns with longer ones (mixedTurns).
	mixed map[int]bool
}

type caption struct {
	text    string
	credit  string // a photo credit printed on a line of its own
	line    int
	end     int  // the last line it takes, when it wraps (else 0)
	narrow  bool // set in a column of its own (narrowCaption, creditBeside, zhCaptionBlock)
	authors []segment.Author
}

// Segment splits a page of unpositioned lines into articles and blocks.
func Segment(p *page.Page) segment.Layout {
	if p == nil || len(p.Lines) == 0 {
		return segment.Layout{}
	}
	s := &pageSeg{}
	var all strings.Builder
	for _, l := range p.Lines {
		t := strings.ReplaceAll(l.Text, "\r", "")
		s.lines = append(s.lines, t)
		all.WriteString(t)
	}
	s.zh = p.Language == "zh" || (p.Language == "" && cjkShare(all.String()) > 0.3)
	// Chinese pages are placed by order too, more cautiously (see
	// orderedAssign): their dumps miss and invent more headings.
	s.ordered = p.Ordered
	if len(s.lines) > maxLines {
		l := plain(p)
		l.Warnings = append(l.Warnings, fmt.Sprintf("%d lines, more than a printed page holds: page read as plain paragraphs", len(s.lines)))
		return l
	}
	for i, l := range s.lines {
		if n := len(splitFrags(l, s.zh)); n > maxLineFrags {
			// The line's opening words find it where the number does not:
			// a stream or layout dump's lines are rewritten (textdump).
			pl := plain(p)
			pl.Warnings = append(pl.Warnings, fmt.Sprintf("line %d of the page: %d column pieces, more than a printed line holds: page read as plain paragraphs (the line opens %q)", i+1, n, firstLetters(l, 20)))
			return pl
		}
	}
	if !s.zh {
		s.unweaveDecks()
		s.learn()
		if !s.wordBlocks {
			s.unpairColumns()
		}
	}
	s.classify()
	return s.assemble()
}

// maxLines bounds the lines of a page that get the full treatment: matching
// columns and headings costs more than linear time, and no printed page
// holds this many lines. Longer "pages" are split at blank lines only.
const maxLines = 8000

// maxLineFrags bounds the column pieces of one line: a printed page has a
// dozen columns or so, and linking pieces costs more per piece when many
// share a line (all are as near as pieces get).
const maxLineFrags = 64

// plain segments a page as one article of blank-line separated flows.
func plain(p *page.Page) segment.Layout {
	var flows []segment.Flow
	var cur []page.Line
	for _, l := range p.Lines {
		if l.Blank() {
			if len(cur) > 0 {
				flows = append(flows, segment.Flow{Lines: cur})
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		flows = append(flows, segment.Flow{Lines: cur})
	}
	if len(flows) == 0 {
		return segment.Layout{}
	}
	return segment.Layout{Articles: []segment.Article{{Body: flows, Confidence: 0.1}}}
}

// colWidth estimates the width of a full column line: the most common
// fragment width among longer fragments.
func (s *pageSeg) colWidth() float64 {
	hist := map[int]int{}
	for _, l := range s.lines {
		for _, f := range splitFrags(l, s.zh) {
			w := width(f)
			if !s.zh {
				w = float64(utf8.RuneCountInString(f))
			}
			if w >= 6 {
				hist[int(w+0.5)]++
			}
		}
	}
	best, bn := 0, 0
	for w, n := range hist {
		if n > bn || n == bn && w > best {
			best, bn = w, n
		}
	}
	if best == 0 {
		return 12
	}
	// Exact widths of running lines that make up a good share of the page.
	s.colWidths = map[float64]bool{}
	ex := map[float64]int{}
	n := 0
	for _, l := range s.lines {
		for _, f := range splitFrags(l, s.zh) {
			fr := frag{text: f, w: width(f)}
			if fr.exact() && fr.w >= minFullLine && !sentenceEnd(f) {
				ex[fr.w]++
				n++
			}
		}
	}
	for w, c := range ex {
		if c >= 5 && float64(c) >= 0.08*float64(n) {
			s.colWidths[w] = true
		}
	}
	return float64(best)
}

// learn learns the running words of an English page and whether it
// prints lines word by word, unless it knows them for the lines as they
// stand.
func (s *pageSeg) learn() {
	if s.learned {
		return
	}
	s.learnWords()
	s.wordBlocks = s.printsWordBlocks()
	s.learned = true
}

// classify sorts the page's lines into blocks (ears, adverts, furniture),
// credits, captions, headings and body fragments.
func (s *pageSeg) classify() {
	s.colW = s.colWidth()
	if !s.zh {
		s.learnHyphens()
		s.learn()
	}
	s.numberChunks()
	s.frags = make([][]frag, len(s.lines))
	used := make([]bool, len(s.lines))
	ear := s.earLine()
	for i := 0; i < len(s.lines); i++ {
		if s.chunk[i] < 0 || used[i] {
			continue
		}
		l := trimLine(s.lines[i])
		if i == ear {
			s.blocks = append(s.blocks, segment.Block{Kind: segment.PageHeader, Lines: []page.Line{{Text: s.blockText(l)}}})
			continue
		}
		if s.advertAt(i, used) {
			continue
		}
		l, done := s.creditAt(i, l, used)
		if done || s.furnitureAt(i, l, used) {
			continue
		}
		l = trimLine(s.lines[i])
		fs := splitFrags(l, s.zh)
		oneLine := s.oneColumnLine(fs)
		headPair := oneLine && s.headPairOpens(i, fs)
		if oneLine && !headPair {
			fs = []string{strings.Join(fs, " ")}
		}
		if len(fs) > 1 && s.zh {
			s.spacedHead(i, fs, used)
			fs = s.pickParts(i, fs, used)
			if len(fs) == 0 {
				continue
			}
		}
		if len(fs) > 1 && s.zh && s.headRow(i, fs, headPair, used) {
			continue
		}
		if s.zh && len(fs) == 1 && s.zhHeadAt(i, fs[0], used) {
			continue
		}
		if len(fs) == 1 && s.isHeading(i, fs[0]) || len(fs) > 1 && s.zh && s.creditNear(i, s.chunk[i]) && s.headingLike(i) {
			s.items = append(s.items, item{kind: kHeading, text: s.headingLine(i, fs, used), line: i, chunk: s.chunk[i]})
			continue
		}
		// A headline over a run-in credit among interleaved columns is
		// read late: its line stays in the columns' rows meanwhile.
		if s.zh && len(fs) == 1 && s.overRunIn(i, s.chunk[i]) {
			s.lateHead(i, fs[0], []frag{{text: fs[0], line: i, w: width(fs[0])}})
		}
		s.addBody(i, fs)
	}
	if !s.zh {
		// Decks first: a deck's lines read on like a paragraph's.
		s.decksOverCredits()
		s.runOnHeads()
		s.capsPage()
		if !s.capsHeads {
			s.enLabels()
		}
	}
}

// numberChunks numbers the blocks of lines between blank lines (chunk,
// -1 on a blank line) and lists each block's lines (chunkLines).
func (s *pageSeg) numberChunks() {
	s.chunk = make([]int, len(s.lines))
	c := 0
	prevBlank := true
	for i, l := range s.lines {
		if trimLine(l) == "" {
			s.chunk[i] = -1
			if !prevBlank {
				c++
			}
			prevBlank = true
			continue
		}
		s.chunk[i] = c
		for len(s.chunkLines) <= c {
			s.chunkLines = append(s.chunkLines, nil)
		}
		s.chunkLines[c] = append(s.chunkLines[c], i)
		prevBlank = false
	}
}

// advertAt reads a notice or an advert from line i as a block of its own.
func (s *pageSeg) advertAt(i int, used []bool) bool {
	ad := s.noticeLines(i)
	if len(ad) == 0 && s.zh && s.advertChunk(s.chunk[i]) {
		ad = s.chunkLines[s.chunk[i]]
	}
	if len(ad) == 0 {
		ad = s.enAdvertLines(i)
	}
	if len(ad) == 0 {
		return false
	}
	var ls []page.Line
	for _, k := range ad {
		ls = append(ls, page.Line{Text: strings.TrimSpace(s.lines[k])})
		used[k] = true
	}
	s.blocks = append(s.blocks, segment.Block{Kind: segment.Advert, Lines: ls})
	return true
}

// creditAt reads a credit from line i (text l), done when it is one. A
// credit's names wrapped to the next line join l, which it returns.
func (s *pageSeg) creditAt(i int, l string, used []bool) (string, bool) {
	if b, a, last, ok := s.wrappedByline(i, l); ok {
		s.addByline(i, b, a, 0)
		useLines(used, i+1, last)
		return l, true
	}
	if t, ok := s.nameWrapped(i, l); ok {
		l = t
		used[i+1] = true
	}
	// A credit whose names the extractor printed as lines of their own
	// ("本报记者" / "王小明"), blank lines between.
	if b, a, last, ok := s.splitCredit(i, l); ok {
		s.addByline(i, b, a, 0)
		useLines(used, i+1, last)
		return l, true
	}
	// A bracketed credit ends the column above it: it stays with the
	// body, where the trailing-credit cue finds it.
	_, _, trailing := cues.TrailingCredit(l)
	if b, a, ok := cues.ParseByline(l); ok && !trailing && !s.runInOver(i, l) {
		if photoOnly(a) {
			s.photoCredit(i, b, a)
			return l, true
		}
		s.addByline(i, b, a, 0)
		return l, true
	}
	if b, a, k, ok := s.farNameEnd(i, l, used); ok {
		s.addByline(i, b, a, 0)
		used[k] = true
		return l, true
	}
	if b, a, ok := s.cutCredit(i, l); ok {
		s.addByline(i, b, a, 0)
		return l, true
	}
	return l, false
}

// furnitureAt reads line i (text l) as a folio or other furniture, a
// caption or a deck.
func (s *pageSeg) furnitureAt(i int, l string, used []bool) bool {
	if !s.zh && s.folio(i, l) {
		s.blocks = append(s.blocks, segment.Block{Kind: segment.PageHeader, Lines: []page.Line{{Text: l}}})
		return true
	}
	if k, ok := cues.Furniture(l); ok {
		s.blocks = append(s.blocks, segment.Block{Kind: k, Lines: []page.Line{{Text: s.blockText(l)}}})
		return true
	}
	// A block of its own that is one caption is read whole before its
	// first line is read as a caption wider than a column.
	if s.zh && s.zhCaptionBlock(i, used) || s.captionLine(i, l, used) || s.captionBlock(i, used) {
		return true
	}
	if s.zh && len(splitFrags(l, true)) == 1 && s.narrowCaption(i, l, false, used) {
		return true
	}
	if d, last, ok := s.byDeck(i, l); ok {
		s.items = append(s.items, item{kind: kHeading, text: d, line: i, chunk: s.chunk[i], deck: true, end: last})
		useLines(used, i+1, last)
		return true
	}
	if d, ok := s.enDeck(i, l, used); ok {
		s.items = append(s.items, item{kind: kHeading, text: d, line: i, chunk: s.chunk[i], deck: true})
		return true
	}
	return false
}

// headRow reads the Chinese fragments fs of line i as headlines printed
// side by side (headsSideBySide), over a heading block, a row's credit
// (rowOverCredit) or, for a pair of headlines (headPair), over their
// wrapped lines.
func (s *pageSeg) headRow(i int, fs []string, headPair bool, used []bool) bool {
	stop, ok := len(s.lines), s.headingChunk(s.chunk[i])
	if !ok {
		stop, ok = s.rowOverCredit(i)
	}
	// A stop before the dump's end is rowOverCredit's credit line; the
	// row's wrapped lines may end sooner, at a text line (headingRowEnd):
	// only a credit line is kept.
	credit := stop < len(s.lines)
	if headPair {
		if end := s.headingRowEnd(i); end < stop {
			stop = end
			_, _, credit = cues.ParseByline(s.lines[end])
		}
		ok = true
	}
	if !ok || !s.headsSideBySide(i, fs, used, stop) {
		return false
	}
	if credit {
		if s.rowCredits == nil {
			s.rowCredits = map[int]int{}
		}
		s.rowCredits[i] = stop
	}
	return true
}

// zhHeadAt reads a Chinese line i of one fragment f as a heading of a
// kind that reads like text: a headline of two phrases a comma sets apart
// (commaHead), a dash kicker over a headline, a deck under a two-line
// headline (deckUnderPair).
func (s *pageSeg) zhHeadAt(i int, f string, used []bool) bool {
	if n := s.commaHead(i); n > 0 {
		for k := i; k < i+n; k++ {
			t := strings.TrimSpace(s.lines[k])
			s.items = append(s.items, item{kind: kHeading, text: t, line: k, chunk: s.chunk[i]})
			used[k] = true
		}
		return true
	}
	if s.kickerOverHead(i) {
		s.items = append(s.items, item{kind: kHeading, text: f, line: i, chunk: s.chunk[i]})
		return true
	}
	if k, ls := s.wrappedKickerOverHead(i); k != "" {
		for _, l := range ls {
			used[l] = true
		}
		s.items = append(s.items, item{kind: kHeading, text: k, line: i, end: ls[len(ls)-1], chunk: s.chunk[i]})
		return true
	}
	if s.deckUnderPair(i, f) {
		s.items = append(s.items, item{kind: kHeading, text: f, line: i, chunk: s.chunk[i], deck: true})
		return true
	}
	return false
}

// addBody adds line i's fragments fs as body text, an English one as wide
// as its characters.
func (s *pageSeg) addBody(i int, fs []string) {
	for _, f := range fs {
		w := width(f)
		if !s.zh {
			w = float64(utf8.RuneCountInString(f))
		}
		s.frags[i] = append(s.frags[i], frag{text: f, line: i, w: w})
	}
	s.items = append(s.items, item{kind: kBody, line: i, chunk: s.chunk[i]})
}

// useLines marks lines from to to (inclusive) used.
func useLines(used []bool, from, to int) {
	for k := from; k <= to; k++ {
		used[k] = true
	}
}

// wrappedByline reads an English credit that wraps from line i (text l)
// over the next lines of its block: "By JANE DOE" / "Business
// Correspondent", in a narrow column also "From Our Own" /
// "Correspondent" or "By JANE" / "DOE" / "Science Correspondent". A line
// joins while the credit so far is none, or is one and the line finishes
// it (creditGoesOn). It returns the credit and its last line.
func (s *pageSeg) wrappedByline(i int, l string) (string, []segment.Author, int, bool) {
	if s.zh {
		return "", nil, 0, false
	}
	var b string
	var a []segment.Author
	last := i
	for k := i + 1; k < len(s.lines) && k <= i+2 && s.chunk[k] == s.chunk[i]; k++ {
		// The short line first: parsing runs over the whole joined text,
		// and this is tried at every line of the page.
		nx := strings.TrimSpace(s.lines[k])
		if utf8.RuneCountInString(nx) >= 30 || strings.HasSuffix(nx, ".") {
			break
		}
		jb, ja, ok := cues.ParseByline(l + " " + nx)
		if !ok {
			break
		}
		if _, _, ok1 := cues.ParseByline(l); ok1 && !creditGoesOn(l, nx) {
			break
		}
		l, b, a, last = l+" "+nx, jb, ja, k
	}
	return b, a, last, last > i
}

// creditGoesOn reports line next finishing credit l, which reads as a
// credit already: a title under a "By" line ("By JANE DOE" / "Business
// Correspondent"), or the rest of a paper's name that wraps after "Special
// to" ("Special to The" / "Valley Courier", "Special to The Valley" /
// "Courier"): the line cut alone reads as a credit to a paper of one word,
// but only the lines joined end in a paper's name.
func creditGoesOn(l, next string) bool {
	if strings.HasPrefix(l, "By ") {
		return strings.Contains(next, "Correspondent") || strings.Contains(next, "Writer")
	}
	return strings.HasPrefix(l, "Special to ") && !cues.EndsInPaper(l) && cues.EndsInPaper(l+" "+next)
}

// cutCredit reads English line i (text l) as a credit whose end the dump
// printed elsewhere: "By Jane Doe and" or "By Jane Doe, Staff" stops short
// of its second name or title, which sits rows away when columns
// interleave. The names before the cut make the credit. A line of text
// goes on in lower case on the next line of its block, a credit does not.
func (s *pageSeg) cutCredit(i int, l string) (string, []segment.Author, bool) {
	if s.zh || !strings.HasPrefix(l, "By ") {
		return "", nil, false
	}
	if s.goesOnLower(i) {
		return "", nil, false
	}
	// The cut: the last comma or "and", ending the line ("By Jane Doe
	// and") or before a word of the credit's end ("By Jane Doe, Staff",
	// "By Jane Doe and Tom"); a space after the line finds it at the end.
	k := max(strings.LastIndex(l+" ", ", "), strings.LastIndex(l+" ", " and "))
	if k < 0 || len(strings.Fields(l[k:])) > 2 {
		return "", nil, false
	}
	if _, a, ok := cues.ParseByline(l[:k]); ok && len(a) > 0 {
		return l, a, true
	}
	return "", nil, false
}

// goesOnLower reports line i going on in lower case on the next line of
// its block, as a line of text does and a credit does not.
func (s *pageSeg) goesOnLower(i int) bool {
	return i+1 < len(s.lines) && s.chunk[i+1] == s.chunk[i] && lowerLine(s.lines[i+1])
}

// contactLine is an advert's call to act: a telephone number under its
// label ("报名电话：010-12345678", "咨询热线 400…").
var contactLine = regexp.MustCompile(`^\p{Han}{0,4}(?:电话|热线)[：:]?\s*[0-9][0-9\- ]{6,}$`)

// advertChunk reports a short block that ends in a contact line, its
// lines printed whole (no other column's text beside them): a notice or
// an advert, page furniture. News text quoting a hotline runs in columns
// and goes on past it.
func (s *pageSeg) advertChunk(c int) bool {
	ls := s.chunkLines[c]
	if len(ls) > 4 || !contactLine.MatchString(strings.TrimSpace(s.lines[ls[len(ls)-1]])) {
		return false
	}
	for _, k := range ls {
		if len(splitFrags(s.lines[k], true)) != 1 {
			return false
		}
	}
	return true
}

// enAdvertAlone is a line of an English advert that no news text prints
// alone: its call to act, a telephone number after its imperative ("Call
// 0800 123 456", "Tel: 020 7946 0000"), or a shop's opening hours ("Open
// daily 9am to 6pm"). enAdvertCue adds what an advert's box says besides: a web
// or mail address, a discount ("Up to 20% off all shoes"), hours.
var (
	enAdvertAlone = regexp.MustCompile(`^(?:(?:Call|Phone|Ring|Text|Tel(?:ephone)?\.?:?|Freephone)(?: us)?(?: (?:on|at|now|today))?:? \+?\d[\d ()-]{5,}\d|Open (?:daily|every day|[A-Z][a-z]+days?(?: to [A-Z][a-z]+days?)?)(?: from)? \d{1,2}(?:[.:]\d\d)? ?(?:am|pm) (?:to|till|until|-|–) \d{1,2}(?:[.:]\d\d)? ?(?:am|pm))\.?$`)
	enAdvertCue   = regexp.MustCompile(`www\.[\w-]+\.|[\w.-]+@[\w-]+\.[a-z]|\b\d{1,2}% off\b|\b\d{1,2}(?:am|pm) to \d{1,2}(?:am|pm)\b`)
)

// enAdvertLines returns the lines of an English advert from line i: a
// line that no news text prints alone (enAdvertAlone), or an all-capitals
// slogan ("WINTER SALE", "GOT A STORY?") over a few short lines that end
// in such a line, or whose block holds an advert's cue. Adverts sit in
// boxes of their own; read as text, their slogan passes for a headline.
func (s *pageSeg) enAdvertLines(i int) []int {
	if s.zh {
		return nil
	}
	t := strings.TrimSpace(s.lines[i])
	if enAdvertAlone.MatchString(t) {
		return []int{i}
	}
	if !allCapsLine(t) || len(strings.Fields(t)) > maxAdvertWords || strings.ContainsAny(t, ".,;:") {
		return nil
	}
	// The lines under the slogan, to the first call to act: the dump may
	// set blank lines inside the box.
	var ls []int
	cue := false
	for k := i; k < len(s.lines) && len(ls) < maxAdvertLines; k++ {
		t := strings.TrimSpace(s.lines[k])
		if s.chunk[k] < 0 {
			continue
		}
		if float64(utf8.RuneCountInString(t)) > s.colW+1 {
			return nil
		}
		ls = append(ls, k)
		if enAdvertAlone.MatchString(t) {
			return ls
		}
		// Past the slogan's own block only a call to act ends the box.
		cue = cue || s.chunk[k] == s.chunk[i] && enAdvertCue.MatchString(t)
		if cue && (k+1 == len(s.lines) || s.chunk[k+1] != s.chunk[i]) {
			return ls
		}
	}
	return nil
}

// maxAdvertLines and maxAdvertWords bound an advert's block and its
// slogan: a poster, not a story.
const (
	maxAdvertLines = 6
	maxAdvertWords = 8
)

// noticeLines returns the lines of a subscription notice that starts at
// line i of a Chinese page: lines of one fragment that name the
// subscription ("欢迎订阅…", "全年定价…", "邮发代号…", "各地邮局均可订阅")
// around its postal code, all in one chunk. They read like headings; the
// extractor may print a headline in the same chunk. (The check runs on
// every line, so other pages skip the patterns at once.)
func (s *pageSeg) noticeLines(i int) []int {
	if !s.zh {
		return nil
	}
	var ls []int
	code := false
	for k := i; k < len(s.lines) && s.chunk[k] == s.chunk[i]; k++ {
		t := strings.TrimSpace(s.lines[k])
		if !noticeLine.MatchString(t) || len(splitFrags(t, true)) != 1 {
			break
		}
		code = code || postCode.MatchString(t)
		ls = append(ls, k)
	}
	if !code {
		return nil
	}
	return ls
}

// postCode is a paper's subscription code: "邮发代号12-34".
var postCode = regexp.MustCompile(`^邮发代号\s*[：:]?\s*\d+-\d+$`)

// noticeLine is a line of a subscription notice.
var noticeLine = regexp.MustCompile(`^(?:欢迎订阅\p{Han}{2,8}|全年定价\s*[\d.]+\s*元|邮发代号\s*[：:]?\s*\d+-\d+|各地邮局均可订阅)$`)

// earLine returns the page's first line when it is ear text printed before
// the masthead (a slogan, an app or web promotion): a lone short line without
// sentence punctuation or credit, with a masthead among the next few lines.
// Headlines are never printed above the paper's name. -1 when there is none.
func (s *pageSeg) earLine() int {
	first := -1
	for i, c := range s.chunk {
		if c >= 0 {
			first = i
			break
		}
	}
	if first < 0 || len(s.chunkLines[s.chunk[first]]) != 1 {
		return -1
	}
	l := trimLine(s.lines[first])
	if hasSentencePunct(l) || width(l) > s.colW {
		return -1
	}
	if _, _, ok := cues.ParseByline(l); ok {
		return -1
	}
	if _, ok := cues.Furniture(l); ok {
		return -1
	}
	seen := 0
	for i := first + 1; i < len(s.lines) && seen < 6; i++ {
		t := strings.TrimSpace(s.lines[i])
		if t == "" {
			continue
		}
		seen++
		if k, ok := cues.Furniture(t); ok && k == segment.Masthead {
			return first
		}
	}
	return -1
}

// oneColumnLine reports two fragments of a Chinese line that together are
// no wider than a column and do not end a sentence before the gap: a single
// column line with a printed space in it ("节约用水 从我做起", "视频 VCR
// 和"), not lines of two columns side by side.
func (s *pageSeg) oneColumnLine(fs []string) bool {
	if !s.zh || len(fs) != 2 || sentenceEnd(fs[0]) || letterSpacedRun(fs[0]) || letterSpacedRun(fs[1]) {
		return false
	}
	// A bracket closed right after the gap was opened in another column's
	// line ("通讯" / "讯员 张明）").
	if b, _, ok := strings.Cut(fs[1], "）"); ok && !strings.Contains(b, "（") && !strings.Contains(fs[0], "（") {
		return false
	}
	w := width(fs[0]) + width(fs[1])
	// A quotation opened before the gap and closed after it: the gap is
	// inside one line, though the dump measures quotes wide.
	if strings.Count(fs[0], "“") > strings.Count(fs[0], "”") {
		if b, _, ok := strings.Cut(fs[1], "”"); ok && !strings.Contains(b, "“") {
			return w <= s.colW+1
		}
	}
	return w <= s.colW
}

// headPairOpens reports a line of two fragments that opens a chunk of
// several lines, each fragment a bare heading's shape (headingFrag, at
// least narrowRunes characters, no punctuation but brackets and quotes):
// two headlines set side by side in neighbouring columns, the lines under
// them their wrapped lines and text, which oneColumnLine would read as one
// column line their widths add up to. A column line opening a chunk is a
// paragraph's first line, which carries punctuation; a chunk of the line
// alone is one heading set in two phrases ("守护绿水 建设家园").
func (s *pageSeg) headPairOpens(i int, fs []string) bool {
	c := s.chunk[i]
	if c < 0 || s.chunkLines[c][0] != i || len(s.chunkLines[c]) < 2 {
		return false
	}
	for _, f := range fs {
		if utf8.RuneCountInString(f) < narrowRunes || !s.headingFrag(f, i) || strings.ContainsFunc(f, func(r rune) bool {
			return unicode.IsPunct(r) && !strings.ContainsRune("《》“”‘’", r)
		}) {
			return false
		}
	}
	return true
}

// headingRowEnd returns the first line under row i of its chunk that is
// no heading's line, or opens with a lead-in: the text under the heads,
// which their wrapped lines stop at (a run-in credit's line is as wide as
// a deck, but it opens a story).
func (s *pageSeg) headingRowEnd(i int) int {
	k := i + 1
	for k < len(s.lines) && s.chunk[k] == s.chunk[i] && s.headingLike(k) && !cues.LeadIn(strings.TrimSpace(s.lines[k])) {
		k++
	}
	return k
}

// letterSpacedRun reports a fragment set with justification spaces between
// single characters ("路 改 造 、 5G网"): columns set so are cut apart by
// gaps no wider than those spaces.
func letterSpacedRun(f string) bool {
	n := 0
	for _, t := range strings.Fields(f) {
		if utf8.RuneCountInString(t) == 1 {
			n++
		}
	}
	return n >= 2
}

func (s *pageSeg) blockText(t string) string {
	if s.zh {
		return cues.Squeeze(t)
	}
	return cues.Normalize(t)
}

// creditRole matches a Chinese credit's role printed without its names.
var creditRole = regexp.MustCompile(`^(?:本报|新华社|人民日报)?(?:记者|通讯员|特约记者)$`)

// splitCredit joins Chinese credit line i (text l) that ends in a bare
// role, alone or after names ("本报记者", "记者 王明 通讯员": the role names
// nobody without them), with the names printed on the next non-blank
// lines (each a bare name, at most one blank line apart), returning the
// credit and the last line used.
func (s *pageSeg) splitCredit(i int, l string) (string, []segment.Author, int, bool) {
	if !s.zh {
		return "", nil, 0, false
	}
	fs := strings.Fields(l)
	if len(fs) == 0 || !creditRole.MatchString(fs[len(fs)-1]) {
		return "", nil, 0, false
	}
	credit, last := l, 0
	for k, blanks := i+1, 0; k < len(s.lines) && blanks <= 1; k++ {
		t := trimLine(s.lines[k])
		if t == "" {
			blanks++
			continue
		}
		blanks = 0
		// A lead-in ("本报讯") opens the next article's credit.
		if !cues.HanName(strings.ReplaceAll(t, " ", "")) || cues.LeadIn(t) {
			break
		}
		credit += " " + t
		last = k
	}
	if last == 0 {
		return "", nil, 0, false
	}
	b, a, ok := cues.ParseByline(credit)
	return b, a, last, ok && len(a) > 0
}

// headingFollows reports whether the next printed line after line i is a
// credit or another heading-like line of a different width: then line i,
// though as wide as a column, belongs to a block of headings.
func (s *pageSeg) headingFollows(i int) bool {
	for k := i + 1; k < len(s.lines); k++ {
		t := strings.TrimSpace(s.lines[k])
		if t == "" {
			continue
		}
		if _, _, ok := cues.ParseByline(t); ok {
			return true
		}
		fs := splitFrags(t, true)
		return len(fs) == 1 && width(fs[0]) != s.colW && utf8.RuneCountInString(fs[0]) <= 40 &&
			!hasSentencePunct(fs[0]) && !strings.ContainsAny(fs[0], "，、")
	}
	return false
}

func photoOnly(a []segment.Author) bool {
	for _, x := range a {
		if x.Role != segment.Photographer {
			return false
		}
	}
	return len(a) > 0
}

// unpadNames closes the space that pads a short name in a credit ("杨 鹤摄"
// → "杨鹤摄"): captions print the credit's names whole.
func unpadNames(credit string, a []segment.Author) string {
	for _, au := range a {
		if r := []rune(au.Name); len(r) == 2 {
			credit = strings.Replace(credit, string(r[0])+" "+string(r[1]), au.Name, 1)
		}
	}
	return credit
}

// addByline takes credit b, naming authors a, at line i; pos is where it
// sits across the line (rowPos), 0 for a line of its own.
func (s *pageSeg) addByline(i int, b string, a []segment.Author, pos float64) {
	s.items = append(s.items, item{kind: kByline, text: b, line: i, chunk: s.chunk[i], byline: b, authors: a, pos: pos})
}

// photoCredit handles a photo credit printed on its own line: the caption
// is the line above it when that line is a sentence of its own.
func (s *pageSeg) photoCredit(i int, credit string, a []segment.Author) {
	c := caption{text: credit, line: i, authors: a}
	if k := i - 1; k >= 0 && s.chunk[k] == s.chunk[i] && sentenceEnd(s.lines[k]) {
		for j := len(s.items) - 1; j >= 0; j-- {
			if s.items[j].line == k && (s.items[j].kind == kBody || s.items[j].kind == kHeading) {
				c.text, c.credit = cues.Normalize(s.lines[k]), unpadNames(credit, a)
				s.items = append(s.items[:j], s.items[j+1:]...)
				s.frags[k] = nil
				break
			}
		}
	}
	s.caps = append(s.caps, c)
}

// spacedHead finds a heading set letter-spaced at either end of a line of
// column fragments ("新 能 源 走") that wraps onto the same end of one of
// the next lines ("进 乡 村"): a column beside the others' text, printed
// in pieces line by line. A body line spread by justification fills its
// column, is spread next to the other fragment too, and does not go on
// spaced below. The heading's fragments are marked to leave the pieces
// (spacedOut).
func (s *pageSeg) spacedHead(i int, fs []string, used []bool) {
	for _, last := range []bool{false, true} {
		end := func(gs []string) int {
			if last {
				return len(gs) - 1
			}
			return 0
		}
		// A justified line spreads the fragment next to it too.
		apart := func(gs []string, g int) bool {
			h := g + 1
			if last {
				h = g - 1
			}
			return !letterSpacedRun(gs[h])
		}
		j := end(fs)
		if !letterSpaced(fs[j]) || !apart(fs, j) || s.spacedOut[fragAt{i, fs[j]}] {
			continue
		}
		// The dump may print another block's row between two of the
		// heading's lines.
		t, at := fs[j], i
		out := []frag{{text: fs[j], line: i, w: width(fs[j])}}
		for k := i + 1; k < len(s.lines) && k-at <= spacedRows && !used[k] && s.chunk[k] == s.chunk[i]; k++ {
			gs := splitFrags(s.lines[k], true)
			if g := end(gs); len(gs) >= 2 && spacedHan(gs[g], 2) && apart(gs, g) {
				t += gs[g]
				out = append(out, frag{text: gs[g], line: k, w: width(gs[g])})
				at = k
			}
		}
		if len(out) < 2 {
			continue
		}
		s.lateHead(i, strings.ReplaceAll(t, " ", ""), out)
		return
	}
}

// lateHead records a heading found among other columns' lines whose
// fragments out stay in their rows while the columns are rebuilt and leave
// the pieces after (spacedOut); it takes its text late (lateStories).
func (s *pageSeg) lateHead(i int, text string, out []frag) {
	if s.spacedOut == nil {
		s.spacedOut = map[fragAt]bool{}
		s.lateHeads = map[int]bool{}
	}
	for _, f := range out {
		s.spacedOut[f.at()] = true
	}
	s.items = append(s.items, item{kind: kHeading, text: text, line: i, chunk: s.chunk[i], beside: true})
	s.lateHeads[i] = true
}

// overRunIn reports a line printed a few rows above the lead-in of a
// run-in credit that wraps ("本报讯 记者王小明报" / … / "道：3月5日，…")
// in its own chunk, no other heading-like line between: a run-in credit
// opens an article, and its headline is printed right over it, however
// the dump interleaves the columns around them.
func (s *pageSeg) overRunIn(i, c int) bool {
	if !s.bareHead(i) {
		return false
	}
	// A long headline stands apart from column scraps surely enough to
	// be read further above its credit; a short line there is more
	// likely some column's scrap.
	rows := overRunInRows
	if utf8.RuneCountInString(strings.TrimSpace(s.lines[i])) >= longHeadRunes {
		rows *= 2
	}
	for k := i + 1; k < len(s.lines) && k <= i+rows && s.chunk[k] == c; k++ {
		if s.bareHead(k) {
			return false
		}
		for _, g := range splitFrags(s.lines[k], true) {
			if cues.LeadIn(g) && s.runInWraps(g, k+1, k+runInRows) {
				return true
			}
		}
	}
	return false
}

// bareHead is a line of one fragment shaped like a headline among scraps of
// interleaved columns: narrower than the page's column lines and set apart
// from them, with no mark that closes a quotation, a bracket or a sentence
// begun on an earlier line ("…摄）", "翻番……").
func (s *pageSeg) bareHead(i int) bool {
	f := strings.TrimSpace(s.lines[i])
	return s.narrowLine(i) && !strings.ContainsAny(f, cues.Closers+"…") && !cues.LeadIn(f) && s.headingFrag(f, i)
}

// overRunInRows bounds the rows between a headline and the run-in credit
// under it: interleaved columns print a few lines of their own between.
const overRunInRows = 4

// longHeadRunes is the length from which a bare headline may sit twice
// overRunInRows above its run-in credit.
const longHeadRunes = 8

// spacedRows bounds the dump rows from one line of a letter-spaced heading
// to the next.
const spacedRows = 2

// rowPos is the centre of fragment j of n across its line, in [0, 1].
func rowPos(j, n int) float64 { return (float64(j) + 0.5) / float64(n) }

// pickParts takes credits, furniture and captions out of a line of several
// column fragments and returns the body fragments left.
func (s *pageSeg) pickParts(i int, fs []string, used []bool) []string {
	var out []string
	for j := 0; j < len(fs); j++ {
		f := fs[j]
		if _, _, trailing := cues.TrailingCredit(f); trailing {
			out = append(out, f) // the end of the column above
			continue
		}
		if b, a, ok := cues.ParseByline(f); ok && len(a) > 0 {
			s.addByline(i, b, a, rowPos(j, len(fs)))
			continue
		}
		// A byline split in two fragments: "本报记者" "刘 茜".
		if j+1 < len(fs) {
			if b, a, ok := cues.ParseByline(f + " " + fs[j+1]); ok && len(a) > 0 && strings.Contains(f, "记者") {
				s.addByline(i, b, a, rowPos(j, len(fs)))
				j++
				continue
			}
		}
		if captionStart.MatchString(f) && s.acrossColumns(width(f)) {
			// Only the caption's own fragments leave the line: the columns
			// printed beside it go on with their text. They are counted
			// before addCaption takes a wrapped credit off a line below,
			// which captionPart reads too.
			end := j + s.captionFrags(i, fs[j:], used)
			s.addCaption(i, strings.Join(fs[j:], " "), used)
			out = append(out, fs[end:]...)
			break
		}
		if _, a, ok := cues.CaptionCredit(f); ok && s.acrossColumns(width(f)) {
			s.caps = append(s.caps, caption{text: cues.Normalize(f), line: i, authors: a})
			continue
		}
		if c, end, ok := s.creditBeside(i, fs, j); ok {
			s.caps = append(s.caps, c)
			j = end
			continue
		}
		if (j == 0 || j == len(fs)-1) && s.narrowCaption(i, f, j == 0, used) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// acrossColumns reports a printed width w too wide for a column's line, whose
// loosely measured marks and digits may take it a little past the column:
// text set across columns (a caption, a heading).
func (s *pageSeg) acrossColumns(w float64) bool {
	return w > s.colW*1.4
}

// captionLine recognises a photo caption printed on its own line: it starts
// with a date and runs wider than a column, or carries a photo credit.
func (s *pageSeg) captionLine(i int, l string, used []bool) bool {
	wide := s.acrossColumns(width(l))
	if !s.zh {
		wide = s.acrossColumns(float64(utf8.RuneCountInString(l)))
	}
	cr, ca, credit := cues.CaptionCredit(l)
	if s.zh && credit && !captionStart.MatchString(l) {
		// A credit printed beside a body line: the caption itself is
		// elsewhere; keep the credit and give the line back to the body.
		rest := strings.TrimSpace(strings.TrimSuffix(l, cr))
		if fs := splitFrags(rest, true); len(fs) > 0 && width(fs[len(fs)-1]) <= s.colW+1 {
			s.caps = append(s.caps, caption{text: cues.Normalize(cr), line: i, authors: ca})
			s.lines[i] = rest
			return false
		}
	}
	// A Chinese line of column fragments none wider than a column and
	// without a photo credit that opens with a date is a column line beside
	// the other columns' lines: body text, however wide the whole line.
	fs := splitFrags(l, true)
	if s.zh && !credit && len(fs) > 1 && !slices.ContainsFunc(fs, func(f string) bool { return s.acrossColumns(width(f)) }) {
		return false
	}
	if s.zh && captionStart.MatchString(l) && wide || credit && wide {
		if s.zh {
			s.keepBesideCaption(i, fs, used)
		}
		s.addCaption(i, l, used)
		return true
	}
	if !s.zh && wide && (strings.Contains(l, "PHOTO:") || strings.Contains(l, "Photograph:")) {
		s.addCaption(i, l, used)
		return true
	}
	return false
}

// captionFrags is how many of fs, the fragments of line i from a caption's
// first on, are the caption's own (captionPart): the rest are the lines of
// other columns printed beside it.
func (s *pageSeg) captionFrags(i int, fs []string, used []bool) int {
	if !s.zh {
		return len(fs)
	}
	return min(len(splitFrags(s.captionPart(i, strings.Join(fs, " "), used), true)), len(fs))
}

// keepBesideCaption keeps the other columns' fragments that the dump
// printed on caption line i (of fragments fs) before and after the
// caption's own (captionPart): the lines of the columns beside the
// caption's photo.
func (s *pageSeg) keepBesideCaption(i int, fs []string, used []bool) {
	j0 := slices.IndexFunc(fs, func(f string) bool { return s.acrossColumns(width(f)) })
	if len(fs) < 2 || j0 < 0 {
		return
	}
	for _, f := range slices.Concat(fs[:j0], fs[j0+s.captionFrags(i, fs[j0:], used):]) {
		s.apart = append(s.apart, frag{text: f, line: i, w: width(f)})
	}
}

// headingLine is the text of heading line i, of fragments fs, with what
// the dump printed of it apart: a Chinese heading's last word wrapped
// alone onto the next line (headWrap) joins it; an English heading's last
// word printed below (enHeadTail) goes to headTails, kept apart from the
// heading's words for matching, as it drew text elsewhere. The lines
// taken are marked used.
func (s *pageSeg) headingLine(i int, fs []string, used []bool) string {
	t := strings.Join(fs, " ")
	if len(fs) == 1 && s.headWrap(i, t) {
		t += strings.TrimSpace(s.lines[i+1])
		used[i+1] = true
	}
	if k := s.enHeadTail(i, t, used); k >= 0 {
		if s.headTails == nil {
			s.headTails = map[string]string{}
		}
		s.headTails[t] = strings.TrimSpace(s.lines[k])
		used[k] = true
	}
	return t
}

// captionBlock recognises an English caption wrapped over the lines of a
// block of its own (blank lines around it), its photo credit ending the
// last line or making it ("…fares and" / "timetables. PHOTO: JANE" /
// "DOE"): a few capitalised lines that end a sentence right before the
// credit. i is the block's first line.
func (s *pageSeg) captionBlock(i int, used []bool) bool {
	if s.zh {
		return false
	}
	ls, ok := s.freeBlock(i, used)
	if !ok || len(ls) < 2 || len(ls) > maxWordLines*maxCaptionLines {
		return false
	}
	// The lines as they read, normalised one by one, so that their
	// lengths measure text below. A caption in a narrow column, justified,
	// comes out a word to a line in places: those lines do not count
	// towards its length.
	var ts []string
	phrases := 0
	for _, k := range ls {
		ts = append(ts, cues.Normalize(s.lines[k]))
		if strings.Contains(ts[len(ts)-1], " ") {
			phrases++
		}
	}
	if phrases > maxCaptionLines {
		return false
	}
	text := strings.Join(ts, " ")
	cr, a, ok := cues.CaptionCredit(text)
	r, _ := utf8.DecodeRuneInString(text)
	if !ok || !unicode.IsUpper(r) || !sentenceEnd(strings.TrimSuffix(text, cr)) {
		return false
	}
	// One sentence runs through the lines before the credit: a line
	// starting in capitals after an open line is something else (a
	// headline over a caption of its own); one starting with a figure
	// goes on with the sentence.
	off := 0
	for k := 1; k < len(ts); k++ {
		off += len(ts[k-1]) + 1
		if off >= len(text)-len(cr) {
			break
		}
		r, _ := utf8.DecodeRuneInString(ts[k])
		if unicode.IsUpper(r) && !sentenceEnd(ts[k-1]) {
			return false
		}
	}
	for _, k := range ls {
		used[k] = true
	}
	s.caps = append(s.caps, caption{text: text, line: i, end: ls[len(ls)-1], authors: a})
	return true
}

// zhCaptionBlock recognises a Chinese caption wrapped over the lines of a
// block of its own (blank lines around it), i its first line: it opens
// with a date and its last line ends in a photo credit, which may wrap
// ("3月5日，市民在…" / "…观看演出。 本报记" / "者 王小明摄"). Its lines
// are as wide as its photo, so their width tells nothing. Printed apart,
// it sits under its photo at the head of a column (narrow): the text
// starting below it is its article's.
func (s *pageSeg) zhCaptionBlock(i int, used []bool) bool {
	ls, ok := s.freeBlock(i, used)
	if !ok || len(ls) < 2 || len(ls) > maxCaptionLines || !captionStart.MatchString(strings.TrimSpace(s.lines[i])) {
		return false
	}
	var b strings.Builder
	for _, k := range ls {
		b.WriteString(strings.TrimSpace(s.lines[k]))
	}
	text := cues.Normalize(b.String())
	_, a, ok := cues.CaptionCredit(text)
	if !ok {
		return false
	}
	for _, k := range ls {
		used[k] = true
	}
	s.caps = append(s.caps, caption{text: text, line: i, end: ls[len(ls)-1], authors: a, narrow: true})
	return true
}

// freeBlock returns the lines of the block that line i opens (blank lines
// around it), when no rule has taken any of them yet: a caption wrapped
// in a block of its own (captionBlock, zhCaptionBlock).
func (s *pageSeg) freeBlock(i int, used []bool) ([]int, bool) {
	if i > 0 && s.chunk[i-1] == s.chunk[i] {
		return nil, false
	}
	ls := s.chunkLines[s.chunk[i]]
	if slices.ContainsFunc(ls, func(k int) bool { return used[k] }) {
		return nil, false
	}
	return ls, true
}

// maxCaptionLines bounds the lines of a caption wrapped in a block of its
// own.
const maxCaptionLines = 6

// maxWordLines bounds a caption printed a word to a line: at most this
// many lines for each of maxCaptionLines.
const maxWordLines = 3

// addCaption records a caption, completing a credit that wrapped onto one
// of the next lines ("…本报记" / "者 王小明摄"). A Chinese caption takes
// only its own fragments of the line (captionPart); which text leaves the
// body is still decided on the whole line.
func (s *pageSeg) addCaption(i int, text string, used []bool) {
	text = cues.Normalize(text)
	part := text
	if s.zh {
		part = cues.Normalize(s.captionPart(i, text, used))
	}
	c := caption{text: text, line: i}
	w, wrapped := wrap{}, false
	if _, a, ok := cues.CaptionCredit(text); ok {
		c.authors = a
	} else if w, wrapped = s.wrappedCredit(i, text, used); wrapped {
		c.text, c.authors, c.end = cues.Normalize(w.joined), w.authors, w.k
		if s.zh && w.n == 1 {
			// Its own line: reflow sets it off by a space, as printed.
			c.text, c.credit = text, cues.Normalize(w.f)
		}
		s.dropFrags(w.k, splitFrags(s.lines[w.k], s.zh), w.fi, w.fi+w.n, used)
	}
	if part != text {
		c.text, c.credit, c.authors = part, "", nil
		if _, a, ok := cues.CaptionCredit(part); ok {
			c.authors = a
		} else if _, a, ok := cues.CaptionCredit(part + w.f); wrapped && ok {
			c.text, c.authors = cues.Normalize(part+w.f), a
		} else if w, ok := s.wrappedCredit(i, part, used); ok {
			// The credit's rest stays in the body it was printed in.
			c.text, c.authors, c.end = cues.Normalize(w.joined), w.authors, w.k
		}
	}
	s.caps = append(s.caps, c)
}

// wrap is where a caption's credit goes on: n fragments from fragment fi of
// line k, f joined.
type wrap struct {
	k, fi, n  int
	f, joined string
	authors   []segment.Author
}

// wrappedCredit finds the rest of a caption's credit on one of the next
// lines: one short fragment, or two when the credit splits at the space
// before the name ("…本报记" / "者" "王小明摄").
func (s *pageSeg) wrappedCredit(i int, text string, used []bool) (wrap, bool) {
	sep := ""
	if !s.zh {
		sep = " "
	}
	for k := i + 1; k < len(s.lines) && k <= i+3; k++ {
		if used[k] || s.chunk[k] < 0 {
			continue
		}
		fs := splitFrags(s.lines[k], s.zh)
		for fi := range fs {
			for n := 1; n <= 2 && fi+n <= len(fs); n++ {
				f := strings.Join(fs[fi:fi+n], " ")
				joined := text + sep + f
				if _, a, ok := cues.CaptionCredit(joined); ok && width(f) < 12 {
					// A caption cut mid-sentence goes on in the
					// fragment before its credit, which ends the sentence
					// ("…两国代" / "表团在江城会谈。 本报记者 王小明摄").
					if s.zh && sentenceBeforeCredit(text, fs, fi) {
						fi, n = fi-1, n+1
						f = fs[fi] + " " + f
						joined = text + f
					}
					return wrap{k, fi, n, f, joined, a}, true
				}
			}
		}
	}
	return wrap{}, false
}

// narrowCaption reads a caption set in a column of its own under its photo,
// starting with fragment f of line i: the dump prints its lines as the
// first (first) or last fragment of the next dump lines, neighbouring
// columns' lines beside them, each about as wide as the first, down to its
// photo credit ("5月8日，由…主办" / "的第三届…两国" / "代表…会谈。 本" /
// "报记者 王小明摄"). Lines whose fragment there is of another width belong
// to other columns only and are passed over. The caption's fragments leave
// their lines.
func (s *pageSeg) narrowCaption(i int, f string, first bool, used []bool) bool {
	if !s.opensNarrowCaption(f) {
		return false
	}
	w := width(f)
	type cut struct{ k, from, to int } // fragments [from, to) of line k
	var cuts []cut
	text := f
	// side returns the n fragments of fs on the caption's side.
	side := func(fs []string, n int) (int, int) {
		if first {
			return 0, n
		}
		return len(fs) - n, len(fs)
	}
	for k := i + 1; k < len(s.lines) && k <= i+narrowRows && len(cuts) < maxCaptionLines; k++ {
		if used[k] || s.chunk[k] < 0 {
			continue
		}
		fs := splitFrags(s.lines[k], true)
		for n := 1; n <= min(3, len(fs)); n++ {
			from, to := side(fs, n)
			part := strings.Join(fs[from:to], " ")
			joined := text + part
			// The credit ends the caption on a line of the caption's
			// width, not in another caption.
			if _, a, ok := cues.CaptionCredit(joined); ok && width(part) <= w+creditOverhang && !captionStart.MatchString(part) {
				// A caption on a line of its own, cut mid-sentence, goes on
				// in the fragment before its credit, which ends the sentence.
				if !first && sentenceBeforeCredit(text, fs, from) && width(fs[from-1]+part) <= w+creditOverhang {
					from--
					joined = text + strings.Join(fs[from:to], " ")
				}
				for _, c := range append(cuts, cut{k, from, to}) {
					s.dropFrags(c.k, splitFrags(s.lines[c.k], true), c.from, c.to, used)
				}
				s.caps = append(s.caps, caption{text: cues.Normalize(joined), line: i, end: k, authors: a, narrow: true})
				return true
			}
		}
		if sentenceEnd(text) || len(fs) == 0 {
			continue // only the credit follows a caption's last sentence
		}
		// A line of the caption: as wide as the first, or one that ends
		// in the short start of the credit ("…举行。" "本").
		from, to := side(fs, 1)
		if n := len(fs); !first && n > 1 && utf8.RuneCountInString(fs[n-1]) <= 2 {
			from = n - 2
		}
		part := strings.Join(fs[from:to], " ")
		core := beforeCredit(part)
		if _, _, ok := cues.ParseByline(part); ok || captionStart.MatchString(part) {
			continue
		}
		// Its last line, ending the sentence, may be shorter.
		fits := math.Abs(width(core)-w) <= 1 || sentenceEnd(core) && width(core) <= w+1
		if fits && !strings.ContainsAny(strings.TrimRight(core, "。！？”"), "。！？") {
			text += part
			cuts = append(cuts, cut{k, from, to})
		}
	}
	return false
}

// creditBeside reads a caption set in a column of its own, short enough
// to end on its first line, whose photo credit the dump printed in the
// fragments right after it ("5月8日，两国代表团会谈。" "本报记者"
// "王小明摄") on dump line i: it returns the caption, the index of the
// credit's last fragment and true, or false when fs[j] opens no such
// caption. A caption's one sentence ends before its credit; a fragment
// that does not is a column line that goes on.
func (s *pageSeg) creditBeside(i int, fs []string, j int) (caption, int, bool) {
	f := fs[j]
	if !s.opensNarrowCaption(f) || !sentenceEnd(f) {
		return caption{}, j, false
	}
	for n := 1; n <= 2 && j+n < len(fs); n++ {
		credit := strings.Join(fs[j+1:j+n+1], " ")
		text := f + " " + credit
		if _, a, ok := cues.CaptionCredit(text); ok && width(credit) < maxCreditBeside {
			return caption{text: cues.Normalize(text), line: i, authors: a, narrow: true}, j + n, true
		}
	}
	return caption{}, j, false
}

// opensNarrowCaption reports a fragment that may open a caption set in a
// column of its own: it starts as a caption does, fits in one column and
// is no scrap of a column line.
func (s *pageSeg) opensNarrowCaption(f string) bool {
	w := width(f)
	return captionStart.MatchString(f) && !s.acrossColumns(w) && w >= minNarrowCaption
}

// sentenceBeforeCredit reports a caption's text cut mid-sentence whose
// sentence ends in fs[fi-1], the fragment before the start fi of its
// credit on the next line ("…两国代" / "表团在江城会谈。 本报记者 王小明摄").
func sentenceBeforeCredit(text string, fs []string, fi int) bool {
	return fi > 0 && !sentenceEnd(beforeCredit(text)) && sentenceEnd(fs[fi-1])
}

// dropFrags takes the fragments [from, to) of fs, dump line k's, out of
// the line; a line left empty is used up.
func (s *pageSeg) dropFrags(k int, fs []string, from, to int, used []bool) {
	rest := slices.Delete(slices.Clone(fs), from, to)
	s.lines[k] = strings.Join(rest, " ")
	if len(rest) == 0 {
		used[k] = true
	}
}

// narrowRows bounds the dump lines a caption set in one column spreads over.
const narrowRows = 8

// minNarrowCaption is the narrowest first line (in Han characters) that
// narrowCaption reads as a caption's: a date and a clause ("4月2日，村民")
// at least; a shorter fragment is a scrap of a column line.
// creditOverhang is how much wider than the caption's lines the line
// ending in its photo credit may be: the credit's words may run past
// them, set in a little more than the column's width.
// maxCreditBeside bounds a photo credit printed beside its caption: a
// role word and a name, as in "本报记者 王小明摄".
const (
	minNarrowCaption = 6
	creditOverhang   = 4
	maxCreditBeside  = 12
)

// creditStartRunes bounds the start of a photo credit that a caption line
// ends with, the rest wrapped onto the next line ("本报记", "新华社记者"):
// a longer last fragment after a space is caption text.
const creditStartRunes = 6

// beforeCredit is a caption's text without the start of a credit that
// wraps ("…景象。 本报记" → "…景象。").
func beforeCredit(text string) string {
	t := strings.TrimSpace(text)
	if k := strings.LastIndex(t, " "); k >= 0 && utf8.RuneCountInString(t[k+1:]) <= creditStartRunes {
		return t[:k]
	}
	return t
}

// captionPart cuts a Chinese caption out of the column fragments printed
// on its line: the fragment wider than a column that starts like a caption
// or runs into a photo credit, through the end of its credit; a credit
// begun in short fragments after it may go on on a line below ("…一半。"
// "新华" / "社记者 王小明摄").
func (s *pageSeg) captionPart(i int, text string, used []bool) string {
	fs := splitFrags(text, true)
	j0 := slices.IndexFunc(fs, func(f string) bool { return s.acrossColumns(width(f)) })
	if len(fs) < 2 || j0 < 0 {
		return text
	}
	for j := j0; j < len(fs); j++ {
		if _, _, ok := cues.CaptionCredit(strings.Join(fs[j0:j+1], " ")); ok {
			return strings.Join(fs[j0:j+1], " ")
		}
	}
	if !captionStart.MatchString(fs[j0]) {
		return text
	}
	for j := j0 + 1; j < len(fs) && j <= j0+2 && utf8.RuneCountInString(fs[j]) <= 4; j++ {
		if _, ok := s.wrappedCredit(i, cues.Normalize(strings.Join(fs[j0:j+1], " ")), used); ok {
			return strings.Join(fs[j0:j+1], " ")
		}
	}
	return fs[j0]
}

// isHeading decides whether a single-fragment line is a heading: short,
// without sentence punctuation, and set apart (a small chunk, the start of
// a chunk, or next to a credit).
func (s *pageSeg) isHeading(i int, f string) bool {
	n := utf8.RuneCountInString(f)
	if !s.zh {
		return s.enHeading(i, f)
	}
	// A bracketed credit ends an article's text; it heads nothing.
	if _, _, ok := cues.TrailingCredit(f); ok {
		return false
	}
	if n < 2 || cjkWidthShare(f) < 0.5 || cues.LeadIn(f) || s.inRunIn(i) {
		return false
	}
	if s.headLineOverCredit(i, f) {
		return true
	}
	if !s.headingFrag(f, i) && !s.phrasesHead(i) {
		return false
	}
	// A line that opens with closing punctuation ends a quotation or a
	// clause of the line before it: running text, never a heading's start.
	if opensClosed(f) {
		return false
	}
	// A line that ends a quotation opened above it with an exclamation or
	// a question ("奋斗！”") ends a paragraph.
	if (strings.HasSuffix(f, "！”") || strings.HasSuffix(f, "？”")) && strings.Count(f, "”") > strings.Count(f, "“") {
		return false
	}
	// A line wider than a column that is no caption spans columns; one of
	// more than one and a half columns is no column line, commas or not.
	w := width(f)
	return w > s.colW+2 && (!strings.ContainsAny(f, "，、") || w > 1.5*s.colW) || s.zhHeadingContext(i, s.chunk[i])
}

// phrasesHead reports line i of two parallel phrases ("为乡亲，他从不犹豫")
// narrower than a column that heads its body chunk (headsChunk): a
// headline set on one line. The comma that marks a line as running text
// (headingFrag) is the phrases' own; a column line with a comma in it
// fills the column or ends a sentence.
func (s *pageSeg) phrasesHead(i int) bool {
	f := s.lineFrag(i)
	return s.shortOfColumn(f.w) && parallelPhrases(f) && s.headsChunk(i, s.chunk[i])
}

// lineFrag is dump line i, trimmed and measured, as one fragment.
func (s *pageSeg) lineFrag(i int) frag {
	t := strings.TrimSpace(s.lines[i])
	return frag{text: t, line: i, w: width(t)}
}

// headLineOverCredit reports a line printed between a heading line and
// the line signing it right under it (signsHead: a credit, a run-in
// credit or a labelled deck), all in one chunk: the heading's last line,
// list commas or not ("…贫困山区" / "修路架桥、兴业增收" / "本报记者 王明"),
// unless it reads as running text or a run-in credit starts on it.
func (s *pageSeg) headLineOverCredit(i int, f string) bool {
	above, ok := s.readAbove(i)
	if !ok || above.kind != kHeading {
		return false
	}
	// A dateline that wraps ("本报西宁3月5" / "日电 …") opens the text.
	if runningText(f) || s.leadInAt(i) {
		return false
	}
	return s.signsHead(i + 1)
}

// signsHead reports line k of a heading's chunk that signs the lines
// above it as a heading: a credit, its last name wrapped or not, a run-in
// credit or a labelled deck (signsPair).
func (s *pageSeg) signsHead(k int) bool {
	if k >= len(s.lines) || s.chunk[k] != s.chunk[k-1] {
		return false
	}
	t := strings.TrimSpace(s.lines[k])
	_, wrapped := s.nameWrapped(k, t)
	_, _, _, split := s.splitCredit(k, t)
	return wrapped || split || s.signsPair(k)
}

// nameWrapped joins Chinese credit line i (text l) and the last name's
// end that wrapped onto the next line ("刘亚" / "南"); ok says it did. A
// whole name under a role word ending the line is splitCredit's.
func (s *pageSeg) nameWrapped(i int, l string) (string, bool) {
	if !s.zh || i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i] {
		return l, false
	}
	nx := strings.TrimSpace(s.lines[i+1])
	if utf8.RuneCountInString(nx) > 2 || cjkShare(nx) != 1 {
		return l, false
	}
	if _, _, ok := cues.ParseByline(l + nx); ok {
		return l + nx, true
	}
	return l, false
}

// inRunIn reports a line printed inside a run-in credit that wraps: the
// credit begins on one of the lines just above ("本报讯 记者王小明报")
// and this line or one a few rows further down completes it ("道：3月5日，
// …"). Such a line is the opening of that article's text, or a column line
// printed between its two halves, not a heading.
func (s *pageSeg) inRunIn(i int) bool {
	for k := i - 1; k >= 0 && k >= i-runInRows; k-- {
		for _, g := range splitFrags(s.lines[k], true) {
			if !cues.LeadIn(g) {
				continue
			}
			if s.runInWraps(g, i, k+runInRows) {
				return true
			}
		}
	}
	return false
}

// runInWraps reports the start of a run-in credit g ("本报讯 记者王小明报")
// that a fragment on one of the lines from through to completes ("道：…").
func (s *pageSeg) runInWraps(g string, from, to int) bool {
	if _, _, _, ok := cues.RunIn(g); ok {
		return false
	}
	for j := from; j < len(s.lines) && j <= to; j++ {
		for _, f := range splitFrags(s.lines[j], true) {
			if _, _, _, ok := cues.RunIn(g + f); ok {
				return true
			}
		}
	}
	return false
}

// runInRows bounds the rows between the two halves of a wrapped run-in
// credit: dumps that print every line as a block of its own, neighbouring
// columns taking turns, put the column's next line a few rows down.
const runInRows = 6

// runInOver reports a run-in credit ending in a colon on a line of its
// own, with body text right under it ("本报讯 记者王小明报道：" over
// "3月5日，…"): it opens that text, and the lead-in cue reads it there.
func (s *pageSeg) runInOver(i int, l string) bool {
	if !cues.LeadIn(l) || !strings.HasSuffix(l, "：") && !strings.HasSuffix(l, ":") || i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i] {
		return false
	}
	_, rest, _, ok := cues.RunIn(l)
	return ok && strings.TrimSpace(rest) == ""
}

// cjkWidthShare is the share of CJK characters in the printed width of s:
// digits and Latin letters take half an em, so a headline with numbers
// ("5G基站新增120万个") is still mostly Chinese.
func cjkWidthShare(s string) float64 {
	c := 0.0
	for _, r := range s {
		if isCJK(r) {
			c++
		}
	}
	if w := width(s); w > 0 {
		return c / w
	}
	return 0
}

var enHeadEnd = regexp.MustCompile(`[.,;:\-‐\x{00ad}]$`)

// enHeading: an English heading line has no soft hyphen (body text is
// hyphenated, headings are not), two words or more, starts with a capital,
// digit or quote and does not end like a sentence fragment. A short line
// right below a heading line continues it ("Where do we all go" / "now?").
func (s *pageSeg) enHeading(i int, f string) bool {
	if strings.ContainsRune(f, '\u00ad') || enHeadEnd.MatchString(f) || utf8.RuneCountInString(f) > 50 || strings.Contains(f, ". ") ||
		strings.Contains(f, "/") {
		return false
	}
	words := strings.Fields(f)
	if s.underCrosshead(i) {
		return false
	}
	// A line in upper and lower case that opens on a conjunction ("And so
	// the board…") goes on a sentence: headlines do not. Nor does one
	// opening on "By" and a word no name starts with ("By all accounts, …",
	// "By the time…", "By 2030…"): a deck's or paragraph's sentence, not a
	// credit and not a headline.
	if len(words) > 1 && !allCapsLine(f) && (enJoins[words[0]] || byOpensSentence(words)) {
		return false
	}
	above, ok := s.readAbove(i)
	underBody := ok && above.kind == kBody
	if ok && above.kind == kHeading && len(words) <= 3 {
		return true
	}
	if len(words) < 2 {
		return false
	}
	// Body text carries soft hyphens at every break point of its longer
	// words; a line that prints such a word without them is set in
	// another style: a heading, however the lines around it run.
	if s.unhyphenated(words) && !strings.Contains(f, ",") && !strings.HasSuffix(strings.TrimRight(f, "\"'’”"), ".") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("'\"‘“", r) {
		return false
	}
	// Right under a body line that runs on, the line goes on with it.
	if underBody && !sentenceEnd(s.lines[i-1]) {
		return false
	}
	// A heading line ending in a function word goes on in another heading
	// line, not in hyphenated body text ("So why rivers and why" / "lakes
	// which, de­spite").
	if enFunction[strings.ToLower(words[len(words)-1])] && i+1 < len(s.lines) && s.chunk[i+1] == s.chunk[i] &&
		bodyHyphens(s.lines[i+1]) {
		return false
	}
	// Nor does it stop there: with no line below it in its block it is a
	// column line cut at a wide word gap ("He said the aim was to",
	// "Kestrel boats which will then").
	if (openEnd(words) || s.wordBlocks && cutEnd(words)) && (i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i]) {
		return false
	}
	// Nor, set right under a line of body text and over more, is it a
	// heading: a paragraph opens there ("The newly built ferry, designed
	// by" / "Harbour Yards, will carry"). And where blank lines part the
	// blocks of a page (not a stream dump), a headline opens a block; set
	// right under body text in its block, a line heads nothing but a
	// crosshead's few words.
	if underBody && (openEnd(words) || !s.ordered && !s.crossLine(i, words)) {
		return false
	}
	// A body line runs on: the line right below starts in lower case.
	// (After a blank line anything may follow: dumps print headings among
	// scraps of other columns.)
	if i+1 >= len(s.lines) || allCapsLine(f) {
		return true
	}
	t := strings.TrimSpace(s.lines[i+1])
	if r, _ := utf8.DecodeRuneInString(t); t == "" || !unicode.IsLower(r) {
		return true
	}
	// Unless that line is the short end of a wrapped heading.
	return len(strings.Fields(t)) <= 3 && !strings.ContainsRune(t, '\u00ad') && !enHeadEnd.MatchString(t)
}

// creditNear reports a credit line just below line i in chunk c.
func (s *pageSeg) creditNear(i, c int) bool {
	for _, k := range []int{i + 1, i + 2} {
		if k < len(s.lines) && s.chunk[k] == c {
			if _, _, ok := cues.ParseByline(s.lines[k]); ok {
				return true
			}
		}
	}
	return false
}

// creditUnderRun reports a line that opens its chunk (or goes on a heading
// line) over heading-like lines down to a credit line or the run-in credit that opens the text: a
// headline wrapped over several lines (a word may run across its breaks)
// with its deck, signed under them.
func (s *pageSeg) creditUnderRun(i, c int) bool {
	if i > 0 && s.chunk[i-1] == c && !s.headingAbove(i) {
		return false
	}
	for k := i + 1; k < len(s.lines) && k <= i+creditRun && s.chunk[k] == c; k++ {
		if _, _, ok := cues.ParseByline(s.lines[k]); ok {
			return k > i+2
		}
		if s.leadInAt(k) {
			return true
		}
		if !s.headingLike(k) {
			return false
		}
	}
	return false
}

// leadInAt reports a run-in credit starting on line k, also one whose
// dateline wraps in a narrow column ("本报西宁3月5" / "日电 （记者…").
func (s *pageSeg) leadInAt(k int) bool {
	if cues.LeadIn(s.lines[k]) {
		return true
	}
	return k+1 < len(s.lines) && s.chunk[k+1] == s.chunk[k] && cues.LeadIn(strings.TrimSpace(s.lines[k])+strings.TrimSpace(s.lines[k+1]))
}

// commaHead reports how many lines (one or two) a headline of two parallel
// phrases set apart by a comma takes at line i ("守护绿水青山，建设美丽
// 乡村", wrapped or not), 0 for none. The comma makes it read like text:
// it must open its chunk, not among scraps of interleaved columns, be no
// column line, and stand apart: a credit or deck signing it, or one line
// wider than a column, or two lines the chunk ends with (a one-line chunk
// may be an indented paragraph's first line).
func (s *pageSeg) commaHead(i int) int {
	c := s.chunk[i]
	if c < 0 || i > 0 && s.chunk[i-1] == c {
		return 0
	}
	t := strings.TrimSpace(s.lines[i])
	n := 1
	if i+1 < len(s.lines) && s.chunk[i+1] == c {
		b := strings.TrimSpace(s.lines[i+1])
		if len(splitFrags(b, true)) == 1 && !strings.ContainsFunc(b, unicode.IsPunct) && s.shortOfColumn(width(b)) {
			t, n = t+b, 2
		}
	}
	if len(splitFrags(t, true)) != 1 || !commaPhrases(t) || s.amidScraps(c) || n == 1 && s.columnWide(t) {
		return 0
	}
	end := i + n
	alone := end >= len(s.lines) || s.chunk[end] != c
	w := width(t)
	if s.signsPair(end) || n == 1 && w > s.colW+2 || n == 2 && alone || n == 1 && alone && s.shortOfColumn(w) {
		return n
	}
	return 0
}

// commaPhrases reports two short phrases set apart by one comma, with no
// other punctuation.
func commaPhrases(t string) bool {
	a, b, ok := strings.Cut(t, "，")
	if !ok || strings.ContainsFunc(a+b, unicode.IsPunct) {
		return false
	}
	for _, p := range []string{a, b} {
		if n := utf8.RuneCountInString(p); n < 3 || n > 12 || cjkShare(p) < 1 {
			return false
		}
	}
	return true
}

// signsPair reports a line that marks the lines above it as a heading:
// a credit, a run-in credit, or a deck ending in a bracketed column label.
func (s *pageSeg) signsPair(k int) bool {
	if k >= len(s.lines) || s.chunk[k] < 0 {
		return false
	}
	t := strings.TrimSpace(s.lines[k])
	if _, _, ok := cues.ParseByline(t); ok || s.leadInAt(k) {
		return true
	}
	return labelDeck(t)
}

// labelDeck reports a deck line that ends in a bracketed column label
// ("…（经济观察）"): no sentence, no list.
func labelDeck(t string) bool {
	return strings.HasSuffix(t, "）") && !hasSentencePunct(t) && !strings.ContainsAny(t, "，、")
}

// readAbove returns the item read last when it is the line right above
// line i in its chunk.
func (s *pageSeg) readAbove(i int) (item, bool) {
	n := len(s.items)
	if i == 0 || n == 0 || s.chunk[i-1] != s.chunk[i] || s.items[n-1].line != i-1 {
		return item{}, false
	}
	return s.items[n-1], true
}

// headingAbove: the line right above line i in its chunk was read as a
// heading (no deck).
func (s *pageSeg) headingAbove(i int) bool {
	it, ok := s.readAbove(i)
	return ok && it.kind == kHeading && !it.deck
}

// creditRun is how many lines a heading block over its credit holds at
// most: a headline of three lines and a deck.
const creditRun = 4

// zhHeadingContext: a Chinese heading sits in a chunk made only of
// heading-like lines and credits, or right above a credit or a deck, or
// right below a kicker. The first line of a body chunk often has no
// punctuation either, so being first in a chunk is not enough.
func (s *pageSeg) zhHeadingContext(i, c int) bool {
	if s.headingChunk(c) {
		return true
	}
	if s.creditNear(i, c) || s.creditUnderRun(i, c) {
		return true
	}
	for _, k := range []int{i - 1, i + 1} {
		if k >= 0 && k < len(s.lines) && s.chunk[k] == c {
			t := strings.TrimSpace(s.lines[k])
			if k > i && isDeck(t) || k < i && strings.HasSuffix(t, "——") {
				return true
			}
			// The lead story's headline is printed right under the
			// paper's name.
			if k < i && cues.IsMasthead(t) {
				return true
			}
		}
	}
	return s.headsChunk(i, c) || s.headSecondLine(i, c) || s.pairOpensChunk(i, c) || s.headUnderKicker(i)
}

// notTitleMark reports punctuation other than the book-title marks a
// headline carries ("《乡村手册》出版"): a comma or a stop belongs to running
// text.
func notTitleMark(r rune) bool {
	return unicode.IsPunct(r) && !strings.ContainsRune("《》", r)
}

// pairOpensChunk reports the first of two lines that open a chunk, both
// without punctuation but a book title's marks, or together two phrases
// parted by a comma (parallelPhrases), the second short of the column: a
// headline wrapped once, whose words may run across the break. Two lines
// of text there would be a paragraph's last lines, and its short last
// line would close a sentence.
func (s *pageSeg) pairOpensChunk(i, c int) bool {
	if i > 0 && s.chunk[i-1] == c || i+2 >= len(s.lines) || s.chunk[i+1] != c {
		return false
	}
	a, b := strings.TrimSpace(s.lines[i]), strings.TrimSpace(s.lines[i+1])
	if len(splitFrags(a, true)) != 1 || len(splitFrags(b, true)) != 1 {
		return false
	}
	if strings.ContainsFunc(a+b, notTitleMark) && !parallelPhrases(frag{text: a + b}) {
		return false
	}
	// A headline closes the book title it opens; running text carries
	// one across lines.
	if cues.Unbalanced(a+b, cues.Brackets) {
		return false
	}
	if !s.shortOfColumn(width(b)) || utf8.RuneCountInString(b) < 2 || width(a) > s.colW {
		return false
	}
	// The text printed above ends a sentence or a heading block, or a
	// credit or deck signs the pair: a paragraph broken off there goes on
	// under a crosshead, not a headline.
	k := s.nonBlank(i-1, -1)
	if k < 0 || s.headingLike(k) || s.signsPair(i+2) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s.lines[k]))
	return strings.ContainsRune("。！？”）…", r)
}

// deckUnderPair: the line under a headline of two short lines (see
// headSecondLine) ending in a bracketed column label ("…（经济观察）") is
// its deck, set apart from the text under it.
func (s *pageSeg) deckUnderPair(i int, f string) bool {
	n := len(s.items)
	if n < 2 || i < 2 || s.chunk[i] != s.chunk[i-1] || s.chunk[i] != s.chunk[i-2] || i >= 3 && s.chunk[i-3] == s.chunk[i] {
		return false
	}
	a, b := s.items[n-2], s.items[n-1]
	if a.kind != kHeading || b.kind != kHeading || a.deck || b.deck || a.line != i-2 || b.line != i-1 {
		return false
	}
	return labelDeck(f) && s.standsApart(i, f)
}

// standsApart reports that the line below line i does not run on from f:
// no word across the break.
func (s *pageSeg) standsApart(i int, f string) bool {
	if i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i] {
		return true
	}
	return !s.runsInto(f, i+1)
}

// runsInto reports a fragment of line k that f's last word runs into
// (wordSpans).
func (s *pageSeg) runsInto(f string, k int) bool {
	for _, g := range splitFrags(s.lines[k], true) {
		if s.spanTracker().wordSpans(f, g) {
			return true
		}
	}
	return false
}

// headSecondLine: a headline set on two lines by choice prints as two
// short lines ("全省县域经济" / "十强县名单出炉"). The line under a heading
// that opens its chunk is its second line when it too is narrower than a
// column and the line below does not run on from it (a word across the
// break): a column's first line fills the column.
func (s *pageSeg) headSecondLine(i, c int) bool {
	// The paper's name printed right over the lead headline, in its
	// block, does not count: the headline still opens the text.
	if i+1 >= len(s.lines) || !s.headingAbove(i) || i >= 2 && s.chunk[i-2] == c && !cues.IsMasthead(s.lines[i-2]) {
		return false
	}
	f := strings.TrimSpace(s.lines[i])
	if !s.shortOfColumn(width(f)) || utf8.RuneCountInString(f) < 2 {
		return false
	}
	return s.standsApart(i, f)
}

// headingChunk: a short chunk made only of heading-like lines and credits,
// not printed among scraps of column text.
func (s *pageSeg) headingChunk(c int) bool {
	if len(s.chunkLines[c]) > 6 {
		return false
	}
	for _, k := range s.chunkLines[c] {
		if !s.headingLike(k) {
			return false
		}
	}
	return !s.amidScraps(c) || s.narrowPair(c) || s.loneBareLine(c)
}

// loneBareLine reports a chunk of one line, a bare heading's shape
// (bareHead, no punctuation at all, at least loneHeadRunes characters),
// whose last word runs on into none of the lines printed in the next few
// chunks: a headline set apart amid interleaved columns' scraps. A column
// line printed alone there is broken mid-sentence, and mostly mid-word:
// its next line, printed a chunk or two below, completes the word.
func (s *pageSeg) loneBareLine(c int) bool {
	ls := s.chunkLines[c]
	if len(ls) != 1 {
		return false
	}
	f := strings.TrimSpace(s.lines[ls[0]])
	return utf8.RuneCountInString(f) >= loneHeadRunes && !strings.ContainsFunc(f, unicode.IsPunct) && s.bareHead(ls[0]) && !s.wordRunsOn(f, c)
}

// loneHeadRunes: a shorter bare line amid scraps is as often a label or a
// scrap of a column as a headline.
const loneHeadRunes = 6

// loneRunOnChunks bounds the chunks after a lone line searched for the
// line that completes its last word: interleaved columns print a line or
// two of their own in between.
const loneRunOnChunks = 3

// wordRunsOn reports a line in the loneRunOnChunks chunks after chunk c
// that f's last word runs into (runsInto).
func (s *pageSeg) wordRunsOn(f string, c int) bool {
	for cc := c + 1; cc <= c+loneRunOnChunks && cc < len(s.chunkLines); cc++ {
		for _, k := range s.chunkLines[cc] {
			if s.runsInto(f, k) {
				return true
			}
		}
	}
	return false
}

// narrowPair reports a chunk of two lines, each one fragment narrower than
// any column line: a headline wrapped once. Among scraps of interleaved
// columns a column's line followed by more of its text is printed full
// width, and two columns' scraps sharing a chunk would not both be short.
func (s *pageSeg) narrowPair(c int) bool {
	ls := s.chunkLines[c]
	if len(ls) != 2 {
		return false
	}
	return s.narrowLine(ls[0]) && s.narrowLine(ls[1])
}

// narrowLine reports line i as one fragment of at least narrowRunes
// characters, narrower than any column line, as a headline among
// interleaved columns' scraps is printed (narrowPair, bareHead).
func (s *pageSeg) narrowLine(i int) bool {
	f := strings.TrimSpace(s.lines[i])
	return len(splitFrags(f, true)) == 1 && s.shortOfColumn(width(f)) && utf8.RuneCountInString(f) >= narrowRunes
}

// shortOfColumn reports a line width of w as narrower than a column line:
// more than two characters short of the column, and none of the page's
// running line widths.
func (s *pageSeg) shortOfColumn(w float64) bool {
	return w < s.colW-2 && !s.colWidths[w]
}

// narrowRunes: a shorter line among scraps is mostly a paragraph's last
// few characters; a headline is seldom so short.
const narrowRunes = 4

// headsSideBySide records a line of a heading chunk that holds several
// fragments: the headings of neighbouring articles printed on one baseline
// ("滨江港新码头…" "春茶采摘旺季"), each a heading of its own. The chunk's
// one-fragment lines right above and below it are the wrapped lines of
// those headings; each goes to the fragment it reads on with (wrapsOnto).
// It reports false, changing nothing, when a fragment still reads like a
// scrap of running text: a quotation left open, a colon inside.
func (s *pageSeg) headsSideBySide(i int, fs []string, used []bool, stop int) bool {
	t := s.spanTracker()
	first := fs
	fs = slices.Clone(fs)
	labels := make([]string, len(fs))
	n := s.wrapsAbove(t, i, fs, labels)
	below, decks := s.wrapsBelow(t, i, first, fs, stop)
	for _, f := range fs {
		if openQuote(f) || strings.ContainsAny(strings.TrimRight(f, "：:"), "：:") {
			return false
		}
	}
	s.items = s.items[:n]
	s.looseDecks = append(s.looseDecks, decks...)
	for _, k := range below {
		used[k] = true
	}
	for j, f := range fs {
		if labels[j] != "" {
			s.items = append(s.items, item{kind: kHeading, text: labels[j], line: i, chunk: s.chunk[i], label: true})
		}
		s.items = append(s.items, item{kind: kHeading, text: f, line: i, chunk: s.chunk[i]})
	}
	return true
}

// wrapsAbove puts the heading lines of line i's chunk right above it in
// front of the row's fragments fs they wrap onto (a line of a part for
// each fragment, rowParts, a part in front of each, or into labels where
// it is one), and returns how many items stand before those lines.
func (s *pageSeg) wrapsAbove(t *tracker, i int, fs, labels []string) int {
	n := len(s.items)
	for ; n > 0; n-- {
		it := s.items[n-1]
		if it.kind != kHeading || it.deck || it.line != i-(len(s.items)-n)-1 || it.chunk != s.chunk[i] {
			break
		}
		if parts := rowParts(it.text, len(fs)); parts != nil {
			for j, part := range parts {
				if rowLabel(part, fs[j]) {
					labels[j] = part
				} else {
					fs[j] = part + fs[j]
				}
			}
			continue
		}
		k := wrapsOnto(fs, func(f string) bool { return t.wordSpans(it.text, f) || math.Abs(width(it.text)-width(f)) < 0.5 })
		if k < 0 {
			break
		}
		fs[k] = it.text + fs[k]
	}
	return n
}

// wrapsBelow adds to the row's fragments fs the one-fragment lines of line
// i's chunk under it, before stop, that wrap onto them, and returns the
// lines it read: those and the decks among them, lines wider than every
// fragment as printed (first).
func (s *pageSeg) wrapsBelow(t *tracker, i int, first, fs []string, stop int) (below []int, decks []string) {
	for k := i + 1; k < stop && s.chunk[k] == s.chunk[i]; k++ {
		nx := trimLine(s.lines[k])
		if len(splitFrags(nx, true)) != 1 {
			break
		}
		// A line closing the bracket one fragment left open ends that
		// head, whatever words it spans with another.
		j := wrapsOnto(fs, func(f string) bool { return unclosed(f) && unclosed(nx) })
		if j < 0 {
			// The bracket test is asked again on purpose: where several
			// fragments are left open, each of them still counts, so the
			// line stays ambiguous (-1) whatever words it spans.
			j = wrapsOnto(fs, func(f string) bool { return t.wordSpans(f, nx) || unclosed(f) && unclosed(nx) })
		}
		if j >= 0 {
			fs[j] += nx
			below = append(below, k)
			continue
		}
		// A headline wraps onto lines no wider than its first: a line
		// wider than every fragment is a deck, which its words place
		// later. Any other line no fragment claims is left as it stands.
		if w := width(nx); !slices.ContainsFunc(first, func(f string) bool { return width(f) >= w-0.5 }) {
			decks = append(decks, nx)
			below = append(below, k)
		}
	}
	return below, decks
}

// rowOverCredit reports the line of several fragments that opens a chunk
// of column text as a row of side-by-side headings when a credit follows
// it within maxRowLines lines, every line up to it heading-like: printed
// without a blank line, the heads, their wrapped lines and the credit run
// on into the first story's text. stop is the credit's line, where the
// heads' wrapped lines end; without one, the dump's end.
func (s *pageSeg) rowOverCredit(i int) (stop int, ok bool) {
	c := s.chunk[i]
	if c < 0 || s.chunkLines[c][0] != i || s.amidScraps(c) || !s.fewSharedLines() {
		return len(s.lines), false
	}
	for k := i; k <= i+maxRowLines && k < len(s.lines) && s.chunk[k] == c; k++ {
		if k > i {
			if _, _, ok := cues.ParseByline(s.lines[k]); ok {
				return k, true
			}
		}
		if !s.headingLike(k) && !s.headsRowLine(k) {
			break
		}
	}
	return len(s.lines), false
}

// headsRowLine reports a line whose fragments are all shorter than a
// column and free of sentence punctuation and commas: heads printed side
// by side, where a list comma ("…致富路、" / "果农增收") may end a head's
// line, which headingLike takes for running text.
func (s *pageSeg) headsRowLine(k int) bool {
	for _, f := range splitFrags(s.lines[k], true) {
		if hasSentencePunct(f) || strings.Contains(f, "，") || !s.shortOfColumn(width(f)) {
			return false
		}
	}
	return true
}

// fewSharedLines reports a dump whose lines seldom hold several column
// fragments (under cleanShare of its text lines), as when the extractor
// prints the columns one after another: there a line of several short
// fragments stands out as a row of heads. Where columns are printed side
// by side throughout, such a line is as often a row of column scraps.
func (s *pageSeg) fewSharedLines() bool {
	if s.sharedLines == 0 {
		text, shared := 0, 0
		for _, l := range s.lines {
			n := len(splitFrags(strings.TrimSpace(l), s.zh))
			if n > 0 {
				text++
			}
			if n > 1 {
				shared++
			}
		}
		s.sharedLines = 2
		if float64(shared) < cleanShare*float64(text) {
			s.sharedLines = 1
		}
	}
	return s.sharedLines == 1
}

// maxRowLines: side-by-side headings run to three lines each, printed
// one per row under the row of their first lines.
const maxRowLines = 4

// headWrap reports a Chinese heading line whose last word wrapped alone
// onto the next line, one character ("…乡村产业振" / "兴"): too short to be
// a heading of its own, it finishes the word the heading breaks off, or
// the heading a credit signs right under it.
func (s *pageSeg) headWrap(i int, head string) bool {
	if !s.zh || i+1 >= len(s.lines) || s.chunk[i+1] != s.chunk[i] {
		return false
	}
	next := strings.TrimSpace(s.lines[i+1])
	if r, n := utf8.DecodeRuneInString(next); n != len(next) || !unicode.Is(unicode.Han, r) {
		return false
	}
	return s.spanTracker().wordSpans(head, next) || s.signsHead(i+2)
}

// spanTracker returns the heading checks' one cache of whether a word
// runs across a line break (wordSpans): headsChunk, headsSideBySide,
// headWrap and runsInto. It is not joinTracker: that one learns the
// page's n-grams from its fragments when first asked, and these checks
// run while classify is still reading the fragments.
func (s *pageSeg) spanTracker() *tracker {
	if s.spans == nil {
		s.spans = newTracker(true)
	}
	return s.spans
}

// wrapsOnto returns the one fragment of fs that joins says a wrapped
// heading line belongs to, or -1 when none or several do.
func wrapsOnto(fs []string, joins func(string) bool) int {
	hit := -1
	for j, f := range fs {
		if joins(f) {
			if hit >= 0 {
				return -1
			}
			hit = j
		}
	}
	return hit
}

// openQuote reports a quotation left open or closed without being opened
// (a book title may wrap on into the next block; a quotation in a heading
// closes on its lines).
func openQuote(t string) bool {
	return cues.Unbalanced(t, cues.Quotes)
}

// unclosed reports a quotation mark or bracket left open, or closed without
// being opened: a heading wrapped inside a quotation.
func unclosed(t string) bool {
	return cues.Unbalanced(t, cues.Quotes, cues.Brackets)
}

// columnWide reports a line as wide as one of the page's columns, or, its
// width inexact (digits, Latin letters), within inexactWidth of one.
func (s *pageSeg) columnWide(t string) bool {
	w := width(t)
	if s.colWidths[w] {
		return true
	}
	if (frag{text: t}).exact() {
		return false
	}
	for cw := range s.colWidths {
		if math.Abs(w-cw) <= inexactWidth {
			return true
		}
	}
	return false
}

// inexactWidth: digits and Latin letters print narrower or wider than the
// half em width counts them.
const inexactWidth = 1.5

// amidScraps reports a chunk printed among scraps of column text: the
// chunks before and after it are one or two lines long and hold body lines.
// Extractors print interleaved columns that way; a short line there is a
// column line, not a heading.
func (s *pageSeg) amidScraps(c int) bool {
	scrap := func(cc int) bool {
		if cc < 0 || cc >= len(s.chunkLines) || len(s.chunkLines[cc]) > 2 {
			return false
		}
		for _, k := range s.chunkLines[cc] {
			if !s.headingLike(k) {
				return true
			}
		}
		return false
	}
	if scrap(c-1) && scrap(c+1) {
		return true
	}
	// Columns printed line by line in turns: a run of one-line chunks,
	// most of them scraps of running text. A line as wide as a column
	// there is one more scrap, punctuation or not; so is one about as wide
	// whose digits or Latin letters make its width inexact.
	if len(s.chunkLines[c]) != 1 || !s.columnWide(strings.TrimSpace(s.lines[s.chunkLines[c][0]])) {
		return false
	}
	n := 0
	for _, cc := range []int{c - 3, c - 2, c - 1, c + 1, c + 2, c + 3} {
		if scrap(cc) {
			n++
		}
	}
	return n >= 3
}

// headsChunk: the first line of a body chunk is a heading when it is no
// column line: not as wide as one, free of punctuation (but the comma of
// two parallel phrases, parallelPhrases), and the line below
// does not run on from it (no word across the break, no continuation
// punctuation). A word of one or two characters there is the text's
// opening word set apart (a larger lead-in), no headline.
func (s *pageSeg) headsChunk(i, c int) bool {
	if i > 0 && s.chunk[i-1] == c || i+1 >= len(s.lines) || s.chunk[i+1] != c {
		return false
	}
	l := s.lineFrag(i)
	f, w := l.text, l.w
	if strings.ContainsAny(f, "，、：；") && !parallelPhrases(l) || cues.LeadIn(f) || spacedNumber(f) || utf8.RuneCountInString(f) < 3 {
		return false
	}
	if s.colWidths[w] || w == s.colW || w == s.colW-2 {
		return false
	}
	// As wide as the chunk's own lines (or their indented first line):
	// the top line of the column.
	for _, k := range s.chunkLines[c][1:min(len(s.chunkLines[c]), 6)] {
		for _, g := range splitFrags(s.lines[k], true) {
			if gw := width(g); gw == w || gw == w+2 {
				return false
			}
		}
	}
	next := splitFrags(s.lines[i+1], true)
	if len(next) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next[0])
	if strings.ContainsRune(contPunct, r) {
		return false
	}
	t := s.spanTracker()
	// Indented under a full line that runs on, and as wide as the first
	// lines of paragraphs next to it: a paragraph's first line.
	indented := len(next) == 1 && width(next[0]) >= w+2
	// A word running on into a fragment of the next line: a column's line
	// (with the columns beside it printed on the next row).
	for _, g := range next {
		if t.wordSpans(f, g) {
			return false
		}
	}
	return !(indented && s.paraStartNear(t, c, w))
}

// paraStartNear reports a paragraph's indented first line of width w in the
// chunks next to chunk c: a first line that runs on into the line below it
// (a word across the break, or commas). Line c's own first line, as wide as
// that, is the first line of the next paragraph of the same column, not a
// heading over it.
func (s *pageSeg) paraStartNear(t *tracker, c int, w float64) bool {
	for _, cc := range []int{c - 1, c + 1} {
		if cc < 0 || cc >= len(s.chunkLines) || len(s.chunkLines[cc]) < 3 {
			continue
		}
		ls := s.chunkLines[cc]
		a := strings.TrimSpace(s.lines[ls[0]])
		b := strings.TrimSpace(s.lines[ls[1]])
		if width(a) != w || len(splitFrags(a, true)) != 1 {
			continue
		}
		if strings.ContainsAny(a, "，、") || t.wordSpans(a, b) {
			return true
		}
	}
	return false
}

var spacedNum = regexp.MustCompile(`\p{Han}{2} [0-9]|[0-9] \p{Han}{2}`)

// spacedNumber reports a number set off by justification spaces inside
// running Chinese text ("今年 3 月 8 日举行"): a full column line that
// pdftotext measured short, not a heading.
func spacedNumber(f string) bool {
	return spacedNum.MatchString(f)
}

// headingLike: a line that could be part of a heading block: every column
// fragment short and without sentence punctuation, or a credit, or page
// furniture.
func (s *pageSeg) headingLike(i int) bool {
	l := s.lines[i]
	if _, _, ok := cues.ParseByline(l); ok {
		return true
	}
	if _, ok := cues.Furniture(l); ok {
		return true
	}
	for _, f := range splitFrags(l, true) {
		if !s.headingFrag(f, i) {
			return false
		}
	}
	return true
}

// headingFrag: a fragment that could be (part of) a Chinese heading: short,
// no sentence punctuation, and not shaped like a column line (a comma in a
// column-wide line, or exactly a column's width).
func (s *pageSeg) headingFrag(f string, i int) bool {
	if utf8.RuneCountInString(f) > 40 || runningText(f) {
		return false
	}
	// An editor's note label with its text run on ("编者按：春节将至")
	// is running text.
	if editorsNote.MatchString(f) && !strings.HasSuffix(f, "按") {
		return false
	}
	w := width(f)
	// Wider than a column: a heading across columns (a column line of a
	// wider article has commas; a heading that wide rarely).
	if w > s.colW+2 && (!strings.ContainsAny(f, "，、") || w > 1.5*s.colW) {
		return true
	}
	// Two parallel phrases ("守护绿水青山，建设美丽乡村") on a line of
	// its own, wider than any column; on a page in reading order, also
	// right over a credit (printed in pieces, that line may be another
	// column's).
	if w > s.colW+2 && strings.Count(f, "，") == 1 && !strings.HasSuffix(f, "，") && !s.colWidths[w] &&
		(len(s.chunkLines[s.chunk[i]]) == 1 || s.ordered && s.creditNear(i, s.chunk[i])) {
		return true
	}
	if strings.ContainsAny(f, "，、") && w >= 9 {
		return false
	}
	return !(frag{text: f}).exact() || w != s.colW || s.headingFollows(i)
}

// runningText reports a Chinese line that reads as running text, not a
// heading: sentence punctuation, or a comma or list comma at its end.
func runningText(f string) bool {
	return hasSentencePunct(f) || strings.HasSuffix(f, "，") || strings.HasSuffix(f, "、")
}

// squeezeHead removes letter spacing from a Chinese heading, and the
// breaks an extractor puts inside letter-spaced capitals ("UN DER").
func (s *pageSeg) squeezeHead(t string) string {
	if s.zh {
		return cues.Squeeze(t)
	}
	t = cues.Normalize(t)
	if !allCapsLine(t) {
		return t
	}
	ws := s.joinSplitCaps(strings.Fields(t))
	frag := func(w string) bool { return len(w) <= 2 && !shortWords[w] }
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !frag(w) {
			out = append(out, w)
			continue
		}
		// A piece of a word: it joins another piece, or the word before it,
		// or (first on the line) the word after it.
		switch {
		case i+1 < len(ws) && (len(out) == 0 || frag(ws[i+1])):
			ws[i+1] = w + ws[i+1]
		case len(out) > 0:
			out[len(out)-1] += w
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// shortWords are the one- and two-letter English words and abbreviations
// that stand alone in a capitals headline.
var shortWords = map[string]bool{"A": true, "I": true, "AN": true, "AS": true, "AT": true, "BE": true, "BY": true,
	"DO": true, "GO": true, "HE": true, "IF": true, "IN": true, "IS": true, "IT": true, "ME": true, "MY": true,
	"NO": true, "OF": true, "ON": true, "OR": true, "SO": true, "TO": true, "UP": true, "US": true, "WE": true,
	"UK": true, "EU": true, "UN": true, "PM": true, "MP": true, "ID": true, "TV": true, "3G": true, "4G": true,
	"OK": true, "AI": true, "PC": true, "DS": true}

func allCapsLine(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 3
}

// noLines is n lines from no dump line (-1 each).
func noLines(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	return out
}

func lines(ts ...string) []page.Line {
	var out []page.Line
	for _, t := range ts {
		out = append(out, page.Line{Text: t, Conf: 1})
	}
	return out
}

// isKicker reports a heading line that introduces the headline below it.
func isKicker(t string) bool { return kickerEnd.MatchString(strings.TrimSpace(t)) }

// isDeck reports a heading line that is a deck (副题).
func isDeck(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "——") || strings.HasPrefix(t, "—")
}

// byOpensSentence reports words that open on "By" and a word no name
// starts with: lower case, a number, or a capitalised function word.
func byOpensSentence(words []string) bool {
	if len(words) < 2 || words[0] != "By" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[1])
	return unicode.IsLower(r) || unicode.IsDigit(r) || enFunction[strings.ToLower(words[1])]
}

// enJoins are the conjunctions that join a sentence to the one before.
var enJoins = map[string]bool{"And": true, "But": true, "Or": true, "Nor": true}

// enFunction are English words a headline line rarely ends with unless the
// headline wraps there.
var enFunction = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true, "from": true, "why": true,
	"who": true, "which": true, "that": true, "is": true, "are": true, "was": true, "were": true, "his": true, "her": true,
	"its": true, "their": true, "as": true, "if": true}

// bodyHyphens reports a soft hyphen or a hyphen (U+2010) in t: the dump
// prints these where a word breaks at a line end, which body text does and
// headings and decks, set unjustified, do not.
func bodyHyphens(t string) bool { return strings.ContainsAny(t, "\u00ad‐") }

// learnHyphens collects the words that body text prints with soft hyphens.
func (s *pageSeg) learnHyphens() {
	s.hyph = map[string]bool{}
	for _, l := range s.lines {
		ws := strings.Fields(l)
		for k, w := range ws {
			// A word cut at the line end is only part of one.
			if k == len(ws)-1 && strings.HasSuffix(w, "\u00ad") || strings.HasSuffix(w, "‐") || !strings.ContainsRune(w, '\u00ad') {
				continue
			}
			if t := wordKey(w); len(t) >= 6 {
				s.hyph[t] = true
			}
		}
	}
}

// wordKey is the lower-case form of a token without soft hyphens and
// surrounding punctuation.
func wordKey(w string) string {
	w = strings.ReplaceAll(w, "\u00ad", "")
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	return strings.ToLower(w)
}

// unhyphenated reports a word the body hyphenates printed without its
// soft hyphens.
func (s *pageSeg) unhyphenated(words []string) bool {
	for _, w := range words {
		if !strings.ContainsRune(w, '\u00ad') && s.hyph[wordKey(w)] {
			return true
		}
	}
	return false
}

// enDeck recognises an English deck: a sentence set wider than the body
// columns (a body line never is), that does not run on into body text.
// A short line ending the sentence right below completes it.
func (s *pageSeg) enDeck(i int, l string, used []bool) (string, bool) {
	if s.zh || float64(utf8.RuneCountInString(l)) < 1.8*s.colW || bodyHyphens(l) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(l)
	if !unicode.IsUpper(r) && !strings.ContainsRune("'\"‘“", r) {
		return "", false
	}
	if sentenceEnd(l) {
		return cues.Normalize(l), true
	}
	if k := i + 1; k < len(s.lines) && s.chunk[k] == s.chunk[i] {
		nx := strings.TrimSpace(s.lines[k])
		if sentenceEnd(nx) && !bodyHyphens(nx) && float64(utf8.RuneCountInString(nx)) < s.colW {
			used[k] = true
			return cues.Normalize(l + " " + nx), true
		}
	}
	return "", false
}

// byDeck reads an English deck that opens on "By" and a word no name
// starts with ("By all accounts, …"): no credit, but a sentence set in the
// deck's style, its lines without the body's soft hyphens down to the
// one that ends it (or to the end of its block). It returns the deck and
// its last line.
func (s *pageSeg) byDeck(i int, l string) (string, int, bool) {
	if s.zh || !byOpensSentence(strings.Fields(l)) || allCapsLine(l) || s.headingAbove(i) {
		return "", 0, false
	}
	var parts []string
	// The block's end returns below: only maxByDeck stops the loop.
	for k := i; k < i+maxByDeck; k++ {
		t := strings.TrimSpace(s.lines[k])
		if bodyHyphens(t) {
			return "", 0, false
		}
		parts = append(parts, t)
		if sentenceEnd(t) || k+1 >= len(s.lines) || s.chunk[k+1] != s.chunk[i] {
			return cues.Normalize(strings.Join(parts, " ")), k, true
		}
	}
	return "", 0, false
}

// maxByDeck is the most lines a deck takes in a narrow column.
const maxByDeck = 8

// crossLine reports a line that may be a crosshead: at most three words,
// not ending in a function word nor opening a quotation it leaves open
// (leavesQuoteOpen), the line under it not going on in lower
// case, nor going on with a name the line ends ("The County Harbour" /
// "Board has thanked"): a capitalised word under a capitalised last word
// that opens no sentence (namesOn).
func (s *pageSeg) crossLine(i int, words []string) bool {
	if len(words) > 3 || enFunction[strings.ToLower(strings.Trim(words[len(words)-1], "\"'‘’“”,:;"))] || leavesQuoteOpen(strings.Join(words, " ")) {
		return false
	}
	if i+1 < len(s.lines) && s.chunk[i+1] == s.chunk[i] {
		next := strings.TrimSpace(s.lines[i+1])
		r, _ := utf8.DecodeRuneInString(next)
		return !unicode.IsLower(r) && !namesOn(words[len(words)-1], next)
	}
	return true
}

// leavesQuoteOpen reports a line that opens a quotation it does not close:
// the quotation goes on in the next line, as a paragraph's first line
// does, and a crosshead's words end on it.
func leavesQuoteOpen(t string) bool {
	switch {
	case strings.HasPrefix(t, "\""):
		return strings.Count(t, "\"")%2 == 1
	case strings.HasPrefix(t, "“"):
		return strings.Count(t, "“") > strings.Count(t, "”")
	}
	return false
}

// namesOn reports a line ending in a capitalised word (not in capitals)
// whose next line opens with a capitalised word that is no function word
// or pronoun: a name going on across the break, not a sentence starting.
func namesOn(last, next string) bool {
	nw := strings.Fields(next)
	if len(nw) == 0 || allCapsLine(last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(last)
	f, _ := utf8.DecodeRuneInString(nw[0])
	w := strings.ToLower(strings.Trim(nw[0], "\"'‘’“”,:;"))
	return unicode.IsUpper(r) && unicode.IsUpper(f) && !allCapsLine(nw[0]) && !enFunction[w] && !enPronoun[w]
}

// enPronoun are pronouns and pointing words that open sentences.
var enPronoun = map[string]bool{"i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "you": true,
	"this": true, "these": true, "those": true, "there": true, "then": true, "so": true, "yet": true, "one": true}

// underCrosshead reports line i set right under a heading line that is
// itself set right under body text of the same block (not on a stream
// dump): that heading is a crosshead, one line, and the text goes on.
func (s *pageSeg) underCrosshead(i int) bool {
	n := len(s.items)
	if s.ordered || i < 2 || n < 2 || s.chunk[i-2] != s.chunk[i] || s.chunk[i-1] != s.chunk[i] {
		return false
	}
	h, b := s.items[n-1], s.items[n-2]
	return h.line == i-1 && h.kind == kHeading && b.line == i-2 && b.kind == kBody
}
