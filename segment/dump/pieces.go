package dump

// Column pieces of body text: the piece type, rebuilding a page's columns
// as pieces, and linking the pieces that continue each other into stories.

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
)

// piece is one column run of body text.
type piece struct {
	frags   []frag
	w       float64
	credit  string
	authors []segment.Author
	note    bool // an editor's note
	lead    bool // its text starts after a lead-in credit
	under   bool // its text starts under a credit printed over it (creditsAbove)
	// leadLine is the line whose text follows the piece's run-in credit
	// (-1 when none): its article's text starts there.
	leadLine int
	next     int // index of the piece that continues it, -1 if none
	prev     int
	story    int
	first    int // first dump line
	toks     map[string]float64
}

// cutAt cuts the piece's lines from its k-th on off into a new piece,
// linked to none, and returns it.
func (p *piece) cutAt(k int) *piece {
	rest := &piece{frags: slices.Clone(p.frags[k:]), w: p.w, next: -1, prev: -1, first: p.frags[k].line, leadLine: -1}
	p.frags = p.frags[:k]
	return rest
}

// text joins the piece's lines; a space between them keeps English words
// apart (Chinese tokenisation ignores it).
func (p *piece) text() string {
	var b strings.Builder
	for i, f := range p.frags {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f.text)
	}
	return b.String()
}

// openEnd: the piece's last line runs on.
func (p *piece) openEnd() bool {
	l := p.frags[len(p.frags)-1]
	return !sentenceEnd(l.text)
}

// fullEnd: the piece's last line is a full column line, as a line running
// on into the next column is.
func (p *piece) fullEnd() bool {
	f := p.frags[len(p.frags)-1]
	return f.w >= p.w-1 && (len(p.frags) > 1 || f.w >= minFullLine)
}

// runsOnFull: the piece's last line is full as fullEnd says, or within an
// em of the piece's common running width: a line ending in hanging
// punctuation prints an em wider than the column, and a line of paired
// brackets or marks prints narrower, so the widest line alone misjudges it.
func (p *piece) runsOnFull() bool {
	w := p.fullWidth()
	return p.fullEnd() || len(p.frags) > 1 && w >= minFullLine && p.frags[len(p.frags)-1].w >= w-1
}

// minFullLine is the narrowest line (in ems) taken for a column's full
// line, also where no other line of its piece measures it: a narrower one
// is a heading's, a label's or a paragraph's last words.
const minFullLine = 8

// fullWidth is the width of the piece's full lines: the most common width
// of its running CJK lines, the widest on a tie (the widest line of all may
// end a sentence with a wider mark).
func (p *piece) fullWidth() float64 { return commonWidth(p.frags, p.w) }

// lastLine is the dump line of the piece's last fragment.
func (p *piece) lastLine() int { return p.frags[len(p.frags)-1].line }

// commonWidth is the most common width of the running CJK lines among fs
// (exact widths, not ending a sentence), the widest on a tie; none when
// there are none.
func commonWidth(fs []frag, none float64) float64 {
	n := map[float64]int{}
	best, bn := none, 0
	for _, f := range fs {
		if f.exact() && !sentenceEnd(f.text) {
			n[f.w]++
			if k := n[f.w]; k > bn || k == bn && f.w > best {
				best, bn = f.w, k
			}
		}
	}
	return best
}

// openStart: the piece's first line continues a line from elsewhere: in
// Chinese, full width (not the indented start of a paragraph); in
// English, opening in lower case.
func (p *piece) openStart(zh bool) bool {
	f := p.frags[0]
	if zh {
		return f.w >= p.w-1 && len(p.frags) > 1 || len(p.frags) == 1 && f.w >= minFullLine
	}
	r, _ := utf8.DecodeRuneInString(f.text)
	return unicode.IsLower(r)
}

// columnTracker is the tracker pieces rebuilds the columns with: the
// page's n-grams, learnt once for these columns and for joins, and whether
// the page hangs its closing marks past the measure.
func (s *pageSeg) columnTracker() *tracker {
	j := s.joinTracker()
	t := newTracker(s.zh)
	t.grams, t.df, t.nfrag = j.grams, j.df, j.nfrag
	t.hang = s.zh && marksHang(s.frags)
	return t
}

// headLines marks the lines of headings printed on lines of their own (not
// beside other columns' lines, which go on past them).
func (s *pageSeg) headLines() map[int]bool {
	heads := map[int]bool{}
	for _, it := range s.items {
		if it.kind == kHeading && !it.beside {
			heads[it.line] = true
		}
	}
	return heads
}

// pieces rebuilds the columns of body text. Headings end every column; in
// Chinese dumps blank lines do too, but English dumps break justified lines
// at wide word gaps and print blank lines everywhere, so there they don't.
func (s *pageSeg) pieces() []*piece {
	t := s.columnTracker()
	headLine := s.headLines()
	creditLine := map[int]bool{}
	for _, it := range s.items {
		if it.kind == kByline {
			creditLine[it.line] = true
		}
	}
	var tails map[string]int
	if !s.zh && !s.wordBlocks {
		tails = s.brokenWordTails()
	}
	var rows [][]frag
	spread := false
	flush := func() {
		t.decode(rows, spread)
		rows, spread = nil, false
		t.flush()
	}
	// Some extractors print every line of a region as a block of its own,
	// a blank line after each, the lines of neighbouring columns taking
	// turns: such blank lines do not end a column. A credit printed as a
	// block of its own is no column's line: it stands over an article's
	// first column, so the blank lines around it end the columns above.
	single := func(i int) bool {
		return i >= 0 && i < len(s.lines) && s.chunk[i] >= 0 && len(s.chunkLines[s.chunk[i]]) <= softChunk && !headLine[i] && !creditLine[i]
	}
	soft := func(i int) bool {
		p, q := s.nonBlank(i-1, -1), s.lineAfter(i)
		return q-p <= 3 && single(p) && single(q) && !s.sameMixed(p, q)
	}
	for i := range s.lines {
		switch {
		case s.zh && s.chunk[i] < 0 && soft(i):
			spread = true
		case headLine[i] || s.zh && s.chunk[i] < 0:
			flush()
		case creditLine[i] && !s.zh:
			// A credit on an English page, printed word by word or in
			// whole column lines, stands over the first column of its
			// story: the text before it is another column's, however its
			// sentence runs.
			t.flush()
		case s.chunk[i] < 0 && !s.zh:
			// English dumps keep a column's reading order but print blank
			// lines inside justified lines: a column piece ends only where
			// a blank line follows the end of a sentence.
			if len(t.active) > 0 && (sentenceEnd(t.active[0].last().text) || s.enColumnBreak(t.active[0].last().text, i) || s.endsBrokenWordElsewhere(t.active[0].last().text, i, tails)) {
				t.flush()
			}
		case len(s.frags[i]) > 0 && !s.zh:
			if len(t.active) == 0 {
				t.row(s.frags[i])
			} else {
				t.active[0].add(s.frags[i][0])
			}
			// A short line ending a sentence ends a paragraph: a unit of
			// its own for the content test.
			if f := s.frags[i][0]; sentenceEnd(f.text) && f.w < 0.8*s.colW {
				t.flush()
			}
		case len(s.frags[i]) > 0:
			rows = append(rows, s.frags[i])
		}
	}
	flush()
	var ps []*piece
	for _, c := range t.pieces() {
		fs := slices.DeleteFunc(c.frags, func(f frag) bool { return s.spacedOut[f.at()] })
		if len(fs) > 0 {
			ps = append(ps, &piece{frags: fs, w: c.w, next: -1, prev: -1, first: fs[0].line})
		}
	}
	return s.placeBeside(ps)
}

// sameMixed reports lines i and j in blocks of one region in turns whose
// short blocks take their turns with longer ones (mixedTurns): the blank
// lines between its short blocks separate the region's columns, as
// between its longer ones, so they do not join columns across them.
func (s *pageSeg) sameMixed(i, j int) bool {
	tu := s.turns()
	a, b := s.chunk[i], s.chunk[j]
	return s.mixed[a] && s.mixed[b] && tu[a].region == tu[b].region
}

// placeBeside puts the fragments printed beside a caption (apart) back
// into their columns: between two fragments of a piece, one printed above
// the caption's line and one below, where a word runs across both joins
// ("…作业时" / "间缩短…停留时间明" / "显减少…"), or at the end of a
// piece that another, starting below, goes on so.
func (s *pageSeg) placeBeside(ps []*piece) []*piece {
	t := s.joinTracker()
	for _, f := range s.apart {
		fits := func(u, v frag) bool {
			return u.line < f.line && v.line > f.line && f.line-u.line <= besideRows && v.line-f.line <= besideRows &&
				t.crossWord(seamOf(u.text, f.text)) > 0 && t.crossWord(seamOf(f.text, v.text)) > 0
		}
		var at *piece
		k, n := -1, 0
		for _, p := range ps {
			for x := 1; x < len(p.frags); x++ {
				if fits(p.frags[x-1], p.frags[x]) {
					at, k = p, x
					n++
				}
			}
			// Or it ends a piece that another, starting below, goes on.
			for _, q := range ps {
				if q != p && fits(p.frags[len(p.frags)-1], q.frags[0]) {
					at, k = p, len(p.frags)
					n++
				}
			}
		}
		if n == 1 {
			at.frags = slices.Insert(at.frags, k, f)
			continue
		}
		// Its column is not found: a piece of its own would join
		// whichever article is printed next to it. Its text stays on the
		// page, in no article.
		s.blocks = append(s.blocks, segment.Block{Kind: segment.Other, Lines: []page.Line{{Text: f.text}}})
	}
	return ps
}

// besideRows bounds the rows between a caption's line and the lines above
// and below it of a column printed beside it.
const besideRows = 6

// enColumnBreak: a blank line after a full line, before a line that starts
// like a paragraph ("Named the Harbour Accord" / "A director who sold
// his"), is more likely a break between columns of different stories than
// a paragraph running on past a column end: the piece ends, and content
// decides. Words spread over lines by justification stay together.
func (s *pageSeg) enColumnBreak(prev string, i int) bool {
	if len(strings.Fields(prev)) < 3 || strings.HasSuffix(prev, "\u00ad") || strings.HasSuffix(prev, "‐") {
		return false
	}
	k := s.lineAfter(i)
	if k == len(s.lines) || len(s.frags[k]) == 0 {
		return false
	}
	t := s.frags[k][0].text
	r, _ := utf8.DecodeRuneInString(t)
	return len(strings.Fields(t)) >= 3 && (unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r))
}

// lineAfter returns the first line after line i that is not blank
// (nonBlank stepping on), len(s.lines) if none is.
func (s *pageSeg) lineAfter(i int) int {
	if k := s.nonBlank(i+1, 1); k >= 0 {
		return k
	}
	return len(s.lines)
}

// endsBrokenWordElsewhere: the line after blank line i opens with the end
// of a word that one other line, not prev before the blank, breaks at a
// hyphen (completesWord): the column printed there goes on here, so the text
// before the blank is another column's, however its sentence runs. Both
// lines are column lines of three words or more (as for enColumnBreak),
// and the word's end has three letters or more: one or two complete too
// many words to tell. tails are the page's brokenWordTails, nil where
// blocks of words come from any column (no evidence of order): with none,
// no line is looked at.
func (s *pageSeg) endsBrokenWordElsewhere(prev string, i int, tails map[string]int) bool {
	if len(tails) == 0 {
		return false
	}
	k := s.lineAfter(i)
	if k == len(s.lines) || len(s.frags[k]) == 0 {
		return false
	}
	ws := strings.Fields(s.frags[k][0].text)
	if len(ws) < 3 || len(strings.Fields(prev)) < 3 {
		return false
	}
	tail := wordKey(ws[0])
	if utf8.RuneCountInString(tail) < 3 || s.completesWord(brokenHead(prev), tail) {
		return false
	}
	n := tails[tail]
	if s.completesWord(brokenHead(s.lines[k]), tail) {
		n-- // tails counted line k itself: that is not elsewhere
	}
	return n == 1
}

// brokenWordTails counts, for each word end, the lines of the page it
// completes (completesWord): lines ending in a word broken at a hyphen
// whose start and this end make a word of running text (runWords). They
// are counted once a page, not once a blank line: a long page has many of
// both.
func (s *pageSeg) brokenWordTails() map[string]int {
	heads := map[string]int{}
	for _, l := range s.lines {
		if h := brokenHead(l); h != "" {
			heads[h]++
		}
	}
	tails := map[string]int{}
	if len(heads) == 0 {
		return tails
	}
	for w := range s.runWords {
		for cut := 1; cut < len(w); cut++ {
			if n := heads[w[:cut]]; n > 0 {
				tails[w[cut:]] += n
			}
		}
	}
	return tails
}

// link joins pieces that continue each other: a piece ending mid-sentence
// goes on in a piece whose first line is a continuation line.
func (s *pageSeg) link(ps []*piece) {
	var cs []unitLink
	t := s.joinTracker() // its word-span cache serves joins later too
	var underHead []int
	if s.zh {
		underHead = s.besideHeadOpenings(ps)
	}
	for i, p := range ps {
		// A piece ending mid-sentence goes on, an editor's note like any
		// other text.
		if !p.openEnd() {
			continue
		}
		// Candidates near in the dump: columns continue within a page
		// region, and the window keeps long dumps linear.
		for j := max(0, i-linkWindow); j < len(ps) && j <= i+linkWindow; j++ {
			q := ps[j]
			// A piece that opens with a lead-in credit starts an article.
			if i == j || !q.openStart(s.zh) || q.lead {
				continue
			}
			// q starts beside the opening under a heading printed
			// after p ends.
			if s.zh && underHead[j] > p.lastLine() {
				continue
			}
			sc := cosine(p.toks, q.toks)
			if t.wordSpans(p.frags[len(p.frags)-1].text, q.frags[0].text) {
				sc += 0.6
			}
			if s.zh && widthsDiffer(p, q) {
				sc -= linkWidthCost
			}
			sc += nearness(p, q)
			if sc >= 0.8 {
				cs = append(cs, unitLink{i, j, sc})
			}
		}
	}
	// Best first, as an article's units are linked (linkUnits).
	next, prev := make([]int, len(ps)), make([]int, len(ps))
	for i, p := range ps {
		next[i], prev[i] = p.next, p.prev
	}
	linkUnits(cs, next, prev)
	for i, p := range ps {
		p.next, p.prev = next[i], prev[i]
	}
}

// besideHeadOpenings returns, for each piece q, the line of the heading
// printed right over q's first row when q starts on that first body row
// under it, beside a first column that opens a paragraph there; else -1.
// The columns under a headline start together, the first with its
// article's opening and the others running on from the column to their
// left: q continues that article, not text above the headline (link).
// Where the headline was printed amid running columns, the row's first
// column runs on too. It depends on q alone, so it is found once a page,
// not once a pair.
func (s *pageSeg) besideHeadOpenings(ps []*piece) []int {
	heads := s.headLines()
	opens := map[fragAt]bool{} // the pieces' first fragments that open a paragraph
	for _, p := range ps {
		opens[p.frags[0].at()] = !p.openStart(true)
	}
	under := make([]int, len(ps))
	for j, q := range ps {
		under[j] = -1
		row := s.frags[q.first]
		if len(row) < 2 || row[0].at() == q.frags[0].at() || !opens[row[0].at()] {
			continue
		}
		for l := q.first - 1; l >= 0; l-- {
			if heads[l] {
				under[j] = l
				break
			}
			if len(s.frags[l]) > 0 {
				break // a body row between: q's row is not the first
			}
		}
	}
	return under
}

// joinScore rates q as the continuation of p in a Chinese dump, where nq
// is sqNorm(q.toks) and sm the seam of p's last line and q's first.
func joinScore(t *tracker, p, q *piece, nq fixedSum, sm seam) float64 {
	sc := cosineNormed(p.toks, q.toks, nq) + seamScore(t, sm, p, q)
	sc += nearness(p, q)
	return sc
}

// nearness rates how soon after p's last line q starts in the dump; a q
// printed before p rates less.
func nearness(p, q *piece) float64 {
	d := q.first - p.lastLine()
	if d >= 0 {
		return 0.4 / (1 + float64(d)/10)
	}
	return 0.1 / (1 + float64(-d)/10)
}

// widthsDiffer: p and q, of several lines each, have different column
// widths, while the columns of one article share a width.
func widthsDiffer(p, q *piece) bool {
	return math.Abs(p.w-q.w) > 1 && len(p.frags) > 1 && len(q.frags) > 1
}

// joinText rates the text across the break from p to q: a dictionary word
// or the page's own phrases running over it, a start that cannot open a
// paragraph, the same column width.
func (s *pageSeg) joinText(t *tracker, p, q *piece) float64 {
	a, b := p.frags[len(p.frags)-1].text, q.frags[0].text
	if !s.zh {
		if t.wordSpans(a, b) {
			return 0.6
		}
		return 0
	}
	return seamScore(t, seamOf(a, b), p, q)
}

// seamScore is joinText in a Chinese dump, across the seam sm of p and q.
func seamScore(t *tracker, sm seam, p, q *piece) float64 {
	if len(sm.a) == 0 || len(sm.b) == 0 {
		return 0
	}
	sc := joinWord * t.crossWord(sm)
	if t.phraseSpans(sm) {
		sc += joinGram
	}
	if strings.ContainsRune(contPunct, sm.b[0]) {
		sc += joinPunct // cannot open a paragraph
	}
	if widthsDiffer(p, q) {
		sc -= linkWidthCost
	}
	return sc
}

// joinTracker knows the page's n-grams, learnt once.
func (s *pageSeg) joinTracker() *tracker {
	if s.joins == nil {
		s.joins = newTracker(s.zh)
		for _, fs := range s.frags {
			s.joins.learn(fs)
		}
	}
	return s.joins
}

const joinWord, joinGram, joinPunct = 0.5, 0.3, 2.0

const linkWindow = 120

const linkWidthCost = 0.5

const softChunk = 2

// stories follows the links; each story is a list of piece indices.
func (s *pageSeg) stories(ps []*piece) [][]int {
	var out [][]int
	for i, p := range ps {
		if p.prev >= 0 {
			continue
		}
		var st []int
		for k := i; k >= 0 && len(st) <= len(ps); k = ps[k].next {
			st = append(st, k)
			ps[k].story = len(out)
		}
		out = append(out, st)
	}
	return out
}
