package dump

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
	"newsprint/wordseg"
)

// piece is one column run of body text.
type piece struct {
	frags   []frag
	w       float64
	credit  string
	authors []segment.Author
	note    bool // an editor's note
	lead    bool // its text starts after a lead-in credit
	// leadLine is the line whose text follows the piece's run-in credit
	// (-1 when none): its article's text starts there.
	leadLine int
	next     int // index of the piece that continues it, -1 if none
	prev     int
	story    int
	first    int // first dump line
	toks     map[string]float64
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
	return f.w >= p.w-1 && (len(p.frags) > 1 || f.w >= 8)
}

// fullWidth is the width of the piece's full lines: the most common width
// of its running CJK lines, the widest on a tie (the widest line of all may
// end a sentence with a wider mark).
func (p *piece) fullWidth() float64 {
	n := map[float64]int{}
	best, bn := p.w, 0
	for _, f := range p.frags {
		if f.exact() && !sentenceEnd(f.text) {
			n[f.w]++
			if k := n[f.w]; k > bn || k == bn && f.w > best {
				best, bn = f.w, k
			}
		}
	}
	return best
}

// openStart: the piece's first line continues a line from elsewhere (full
// width, not the indented start of a paragraph).
func (p *piece) openStart(zh bool) bool {
	f := p.frags[0]
	if zh {
		return f.w >= p.w-1 && len(p.frags) > 1 || len(p.frags) == 1 && f.w >= 8
	}
	r, _ := utf8.DecodeRuneInString(f.text)
	return unicode.IsLower(r)
}

// group is a heading with what goes with it: kicker, headline, decks, credit.
type group struct {
	kicker, head []string
	decks        []string
	byline       string
	authors      []segment.Author
	line, end    int     // first and last dump line
	afterBody    bool    // a lone credit printed right after body text
	pos          float64 // a lone credit's place across its dump line (item.pos)
	toks         map[string]float64
}

func (g *group) text() string {
	return strings.Join(g.kicker, " ") + " " + strings.Join(g.head, " ") + " " + strings.Join(g.decks, " ")
}

// label is the group's lines as one, for a block.
func (g *group) label() string {
	return strings.Join(slices.Concat(g.kicker, g.head, g.decks), " ")
}

func (s *pageSeg) assemble() segment.Layout {
	return s.assembleFrom(s.pieces())
}

// assembleFrom builds the page's articles from its column pieces.
func (s *pageSeg) assembleFrom(ps []*piece) segment.Layout {
	ps = s.credits(ps)
	idf := s.idf(ps)
	for _, p := range ps {
		p.toks = s.tokens(p.text(), idf)
	}
	if s.zh {
		// English pieces already run from one heading to the next.
		s.link(ps)
		s.noteApart(ps)
	}
	stories := s.stories(ps)
	s.starts = map[int]bool{}
	for _, p := range ps {
		s.starts[p.frags[0].line] = true
	}
	s.ps, s.pieceStories = ps, stories
	groups := s.groups(idf)
	if s.zh {
		s.creditsAbove(groups, ps)
	}
	for _, p := range ps {
		if g := s.credited[p.frags[0].line]; g != nil && p.credit == "" {
			p.credit, p.authors = g.byline, g.authors
		}
	}
	return s.build(ps, stories, groups, idf)
}

// creditsAbove gives a credit that no heading took to the column of text
// that starts right under it: a dump prints a credit over the first column
// of its article, the headline often far away. Of the columns starting on
// the next rows, the one below the credit's place across the line takes it.
// The credit's group stays for the steps that place heading-less credits.
func (s *pageSeg) creditsAbove(gs []*group, ps []*piece) {
	for _, g := range gs {
		if len(g.head) > 0 || len(g.kicker) > 0 || len(g.decks) > 0 || g.byline == "" {
			continue
		}
		// An editor's note is signed by no reporter: a credit over one
		// heads the column that starts right under the note's block.
		reach := g.end + creditOverText
		for _, p := range ps {
			if l := p.frags[0].line; p.note && l > g.end && l <= reach {
				reach = max(reach, p.frags[len(p.frags)-1].line+creditOverText)
			}
		}
		var best *piece
		bd := math.Inf(1)
		for _, p := range ps {
			l := p.frags[0].line
			if p.credit != "" || p.note || l <= g.end || l > reach || p.frags[0].text == "" {
				continue
			}
			x := slices.IndexFunc(s.frags[l], func(f frag) bool { return f.text == p.frags[0].text })
			if x < 0 {
				continue
			}
			if d := math.Abs(rowPos(x, len(s.frags[l])) - g.pos); d < bd {
				best, bd = p, d
			}
		}
		if best != nil {
			best.credit, best.authors = g.byline, g.authors
		}
	}
}

// pieces rebuilds the columns of body text. Headings end every column; in
// Chinese dumps blank lines do too, but English dumps break justified lines
// at wide word gaps and print blank lines everywhere, so there they don't.
func (s *pageSeg) pieces() []*piece {
	// The page's n-grams are learnt once, for these columns and for joins.
	j := s.joinTracker()
	t := newTracker(s.zh)
	t.grams, t.df, t.nfrag = j.grams, j.df, j.nfrag
	headLine := map[int]bool{}
	for _, it := range s.items {
		if it.kind == kHeading && !it.beside {
			headLine[it.line] = true
		}
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
	// turns: such blank lines do not end a column.
	single := func(i int) bool {
		return i >= 0 && i < len(s.lines) && s.chunk[i] >= 0 && len(s.chunkLines[s.chunk[i]]) <= softChunk && !headLine[i]
	}
	soft := func(i int) bool {
		p, q := i-1, i+1
		for p >= 0 && s.chunk[p] < 0 {
			p--
		}
		for q < len(s.lines) && s.chunk[q] < 0 {
			q++
		}
		return q-p <= 3 && single(p) && single(q)
	}
	for i := range s.lines {
		switch {
		case s.zh && s.chunk[i] < 0 && soft(i):
			spread = true
		case headLine[i] || s.zh && s.chunk[i] < 0:
			flush()
		case s.chunk[i] < 0 && !s.zh:
			// English dumps keep a column's reading order but print blank
			// lines inside justified lines: a column piece ends only where
			// a blank line follows the end of a sentence.
			if len(t.active) > 0 && (sentenceEnd(t.active[0].last().text) || s.enColumnBreak(t.active[0].last().text, i)) {
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
	for k := i + 1; k < len(s.lines); k++ {
		if s.chunk[k] < 0 {
			continue
		}
		if len(s.frags[k]) == 0 {
			return false
		}
		t := s.frags[k][0].text
		r, _ := utf8.DecodeRuneInString(t)
		return len(strings.Fields(t)) >= 3 && (unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r))
	}
	return false
}

// credits cuts run-in and trailing credits out of pieces. A run-in credit
// opens its article's text: a piece that the column rebuilding ran on into
// it from another column is split there.
func (s *pageSeg) credits(ps []*piece) []*piece {
	for _, p := range ps {
		p.leadLine = -1
	}
	s.leadIns(ps)
	// By index: a piece split off at a run-in credit is appended, and
	// read in turn.
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		// Drop lines the credits emptied.
		kept := p.frags[:0]
		for _, f := range p.frags {
			if strings.TrimSpace(f.text) != "" {
				kept = append(kept, f)
			}
		}
		p.frags = kept
		if len(p.frags) == 0 {
			p.frags = []frag{{line: p.first}}
			continue
		}
		// (A scrap before it, shorter than a column line, stays: it tells
		// no column apart.)
		if k := slices.IndexFunc(p.frags, func(f frag) bool { return f.line == p.leadLine }); k > 0 && fragsWidth(p.frags[:k]) >= s.colW-2 {
			rest := &piece{frags: slices.Clone(p.frags[k:]), w: p.w, next: -1, prev: -1, first: p.frags[k].line,
				credit: p.credit, authors: p.authors, lead: true, leadLine: -1}
			p.frags = p.frags[:k]
			p.credit, p.authors, p.lead = "", nil, false
			ps = append(ps, rest)
		}
		if editorsNote.MatchString(strings.TrimSpace(p.frags[0].text)) {
			p.note = true
		}
		// A bracketed credit ends an article's text; the column rebuilding
		// may have run a column of another article on under it. Each
		// leaves the text; the piece keeps the last.
		for k := len(p.frags) - 1; k >= 0; k-- {
			if b, a, ok := cues.TrailingCredit(p.frags[k].text); ok {
				if p.credit == "" {
					p.credit, p.authors = b, a
				}
				p.frags = append(p.frags[:k], p.frags[k+1:]...)
			}
		}
		if len(p.frags) == 0 {
			p.frags = []frag{{line: p.first}}
		}
	}
	return ps
}

// fragsWidth is the printed width of fs together.
func fragsWidth(fs []frag) float64 {
	w := 0.0
	for _, f := range fs {
		w += f.w
	}
	return w
}

// noteCue marks the text of an editor's note: it announces the paper's own
// coverage ("开设……专栏", "敬请关注").
var noteCue = regexp.MustCompile(`敬请(?:关注|期待|垂注|留意)|(?:开设|推出|开辟)[^。]{0,20}(?:专栏|栏目|专题)`)

// noteLabel reports an editor's-note label printed as a heading (编者按,
// 编者的话): the label alone, a few characters; a longer line that opens
// so is the note's text.
func noteLabel(t string) bool {
	return editorsNote.MatchString(t) && utf8.RuneCountInString(cues.Squeeze(t)) <= 5
}

// noteApart: an editor's-note label printed as a title away from its text
// (a lone "编者按" heading line) marks the blank-line block whose text
// announces the paper's coverage as the note: its pieces become one note
// story, cut from the columns they were linked to.
func (s *pageSeg) noteApart(ps []*piece) {
	label := false
	for _, it := range s.items {
		if it.kind == kHeading && noteLabel(it.text) {
			label = true
		}
	}
	if !label {
		return
	}
	chunks := map[int]bool{}
	for _, p := range ps {
		if p.note {
			return
		}
		if noteCue.MatchString(strings.ReplaceAll(p.text(), " ", "")) {
			chunks[s.chunk[p.first]] = true
		}
	}
	if len(chunks) != 1 {
		return
	}
	var notes []int
	for k, p := range ps {
		in := true
		for _, f := range p.frags {
			in = in && chunks[s.chunk[f.line]]
		}
		if in {
			notes = append(notes, k)
		}
	}
	sort.Slice(notes, func(a, b int) bool { return ps[notes[a]].first < ps[notes[b]].first })
	for _, k := range notes {
		p := ps[k]
		if p.prev >= 0 {
			ps[p.prev].next = -1
		}
		if p.next >= 0 {
			ps[p.next].prev = -1
		}
		p.prev, p.next, p.note = -1, -1, true
	}
	for i := 1; i < len(notes); i++ {
		ps[notes[i-1]].next, ps[notes[i]].prev = notes[i], notes[i-1]
	}
}

// ref is a fragment of a piece: the piece and the fragment's index.
type ref struct {
	p *piece
	k int
}

// leadIns cuts run-in credits ("本报讯 记者许乐报道：…") from the lines
// that start with one. The credit often wraps, and the column rebuilding
// may have put its second line in another piece: the line that completes
// the credit is looked for in the same piece, then on the next rows. The
// credit goes to the piece that carries the paragraph on.
func (s *pageSeg) leadIns(ps []*piece) {
	byLine := map[int][]ref{}
	for _, p := range ps {
		for k, f := range p.frags {
			byLine[f.line] = append(byLine[f.line], ref{p, k})
		}
	}
	for _, p := range ps {
		for k := range p.frags {
			f := &p.frags[k]
			if !cues.LeadIn(f.text) {
				continue
			}
			if c, rest, a, ok := cues.RunIn(f.text); ok {
				if p.credit == "" {
					p.credit, p.authors, p.leadLine = c, a, f.line
				}
				p.lead = p.lead || k == 0
				f.text = rest
				continue
			}
			// Candidates are runs of fragments: the credit may go on over
			// several column fragments of the next line ("…通" / "讯员
			// 陈小华） 东路…").
			var cands [][]ref
			// after[x] is the fragment printed right after run x, which
			// carries the paragraph on when the credit takes the whole run.
			var after []*ref
			if k+1 < len(p.frags) {
				cands = append(cands, []ref{{p, k + 1}})
				after = append(after, nil)
			}
			addRows := func(ls []int, maxRun int) {
				for _, l := range ls {
					row := s.rowOrder(l, byLine[l])
					for a := range row {
						for b := a + 1; b <= len(row) && b-a <= maxRun; b++ {
							cands = append(cands, row[a:b])
							if b < len(row) {
								after = append(after, &row[b])
							} else {
								after = append(after, nil)
							}
						}
					}
				}
			}
			addRows([]int{f.line + 1, f.line + 2, f.line + 3}, len(s.lines))
			// Further down (a dump printing every line as a block of its
			// own) only a short run completes it.
			var further []int
			for d := 4; d <= runInRows; d++ {
				further = append(further, f.line+d)
			}
			addRows(further, 2)
			// A bracket left open may close on a row the extractor printed
			// far away: the rows further up or down come last, and only a
			// closed bracket completes the credit there.
			if open := strings.LastIndexAny(f.text, "（(") > strings.LastIndexAny(f.text, "）)"); open {
				// Nearest rows first, below before above.
				var far []int
				for d := 1; d <= 40; d++ {
					for _, l := range []int{f.line + d, f.line - d} {
						if l >= 0 && l < len(s.lines) && (l < f.line || l > f.line+runInRows) {
							far = append(far, l)
						}
					}
				}
				addRows(far, 2)
			}
			for x, run := range cands {
				var joined []string
				self := false
				for _, r := range run {
					g := &r.p.frags[r.k]
					self = self || g == f
					joined = append(joined, g.text)
				}
				last := run[len(run)-1]
				g := &last.p.frags[last.k]
				if self {
					continue
				}
				if c, rest, a, ok := cues.RunIn(f.text + strings.Join(joined, " ")); ok && len(rest) <= len(g.text) {
					to := last
					if strings.TrimSpace(rest) == "" && after[x] != nil {
						to = *after[x]
					}
					if to.p.credit == "" {
						to.p.credit, to.p.authors, to.p.leadLine = c, a, to.p.frags[to.k].line
					}
					to.p.lead = to.p.lead || to.k <= 1
					for _, r := range run {
						r.p.frags[r.k].text = ""
					}
					f.text, g.text = "", rest
					break
				}
			}
		}
	}
}

// rowOrder sorts the fragments of dump line l, as found in pieces, left to
// right.
func (s *pageSeg) rowOrder(l int, refs []ref) []ref {
	at := func(r ref) int {
		t := r.p.frags[r.k].text
		for x, g := range s.frags[l] {
			if g.text == t {
				return x
			}
		}
		return len(s.frags[l])
	}
	out := slices.Clone(refs)
	sort.SliceStable(out, func(a, b int) bool { return at(out[a]) < at(out[b]) })
	return out
}

// tokens returns the content words of t weighted by idf.
func (s *pageSeg) tokens(t string, idf map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for _, w := range s.words(t) {
		if v, ok := idf[w]; ok {
			out[w] = v
		} else {
			out[w] = 3
		}
	}
	return out
}

var enStop = map[string]bool{"the": true, "and": true, "that": true, "with": true, "from": true, "this": true, "have": true,
	"will": true, "said": true, "says": true, "been": true, "were": true, "their": true, "which": true, "would": true,
	"there": true, "they": true, "about": true, "more": true, "also": true, "into": true, "than": true, "over": true}

func (s *pageSeg) words(t string) []string {
	var out []string
	if s.zh {
		t = strings.ReplaceAll(t, " ", "")
		for _, w := range wordseg.Cut(t) {
			n := utf8.RuneCountInString(w)
			if n < 2 {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
				out = append(out, w)
			}
		}
		return out
	}
	t = strings.ReplaceAll(t, "\u00ad", "")
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 4 && !enStop[w] {
			out = append(out, stem(w))
		}
	}
	return out
}

// stem strips common English endings so that "gadgets" meets "gadget".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// idf weighs words by how few pieces use them.
func (s *pageSeg) idf(ps []*piece) map[string]float64 {
	df := map[string]int{}
	for _, p := range ps {
		seen := map[string]bool{}
		for _, w := range s.words(p.text()) {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	n := float64(len(ps) + 1)
	out := map[string]float64{}
	for w, d := range df {
		out[w] = math.Log(n / float64(d))
	}
	return out
}

// fixedSum adds floats as integer multiples of 2^-32: a float sum depends
// on the order of its terms in the last bits, and the terms here come in a
// map's random order, so a near tie could go either way from run to run.
// Integer sums do not depend on order. Word weights are a few units (logs
// of piece counts), so their sums and sums of products stay far below the
// 2^31 this holds, and a term's rounding (2^-33) far below any threshold.
type fixedSum int64

const fixedOne = 1 << 32

func (s *fixedSum) add(v float64) { *s += fixedSum(math.Round(v * fixedOne)) }

func (s fixedSum) value() float64 { return float64(s) / fixedOne }

// cosine similarity of two weighted token sets.
func cosine(a, b map[string]float64) float64 {
	var dot, na, nb fixedSum
	for w, v := range a {
		na.add(v * v)
		if u, ok := b[w]; ok {
			dot.add(v * u)
		}
	}
	for _, u := range b {
		nb.add(u * u)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot.value() / math.Sqrt(na.value()*nb.value())
}

// link joins pieces that continue each other: a piece ending mid-sentence
// goes on in a piece whose first line is a continuation line.
func (s *pageSeg) link(ps []*piece) {
	type cand struct {
		a, b  int
		score float64
	}
	var cs []cand
	t := s.joinTracker() // its word-span cache serves joins later too
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
			sc := cosine(p.toks, q.toks)
			if t.wordSpans(p.frags[len(p.frags)-1].text, q.frags[0].text) {
				sc += 0.6
			}
			if s.zh && widthsDiffer(p, q) {
				sc -= linkWidthCost
			}
			sc += nearness(p, q)
			if sc >= 0.8 {
				cs = append(cs, cand{i, j, sc})
			}
		}
	}
	sort.SliceStable(cs, func(x, y int) bool { return cs[x].score > cs[y].score })
	for _, c := range cs {
		if ps[c.a].next >= 0 || ps[c.b].prev >= 0 {
			continue
		}
		// No cycles.
		k, cyc := c.b, false
		for k >= 0 {
			if k == c.a {
				cyc = true
				break
			}
			k = ps[k].next
		}
		if cyc {
			continue
		}
		ps[c.a].next, ps[c.b].prev = c.b, c.a
	}
}

// joinScore rates q as the continuation of p.
func (s *pageSeg) joinScore(t *tracker, p, q *piece) float64 {
	sc := cosine(p.toks, q.toks) + s.joinText(t, p, q)
	sc += nearness(p, q)
	return sc
}

// nearness rates how soon after p's last line q starts in the dump; a q
// printed before p rates less.
func nearness(p, q *piece) float64 {
	d := q.first - p.frags[len(p.frags)-1].line
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
	sm := seamOf(a, b)
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

// groups gathers heading lines and credits into heading groups.
func (s *pageSeg) groups(idf map[string]float64) []*group {
	var gs []*group
	var cur *group
	lastLine := -10
	// Chinese dumps print the heading blocks of neighbouring articles one
	// after another and their credits later, in the same order: credits
	// printed apart wait until the run of headings ends, then go to the
	// last headings of the run without one, in order.
	var run []*group
	var pending []item
	afterBody := map[int]bool{} // credits printed right after a body line
	prevBody := false
	resolve := func() {
		var heads []*group
		for _, g := range run {
			if g.byline == "" && len(g.head) > 0 {
				heads = append(heads, g)
			}
		}
		k := max(0, len(heads)-len(pending))
		for i, c := range pending {
			if k+i < len(heads) {
				h := s.creditedHead(c.line, c.pos, heads[k+i], heads, idf)
				if len(pending) == 1 && h == heads[k+i] {
					h = s.headOverText(c.line, h, heads, idf)
				}
				h.byline, h.authors = c.byline, c.authors
				continue
			}
			gs = append(gs, &group{line: c.line, end: c.line, byline: c.byline, authors: c.authors, afterBody: afterBody[c.line], pos: c.pos})
		}
		pending, run = nil, nil
	}
	for _, it := range s.items {
		// Only a credit on a line of its own follows the body line above;
		// one printed beside other columns' lines may head the column below.
		if it.kind == kByline && prevBody && it.pos == 0 {
			afterBody[it.line] = true
		}
		prevBody = it.kind == kBody
		switch it.kind {
		case kHeading, kByline:
		default:
			if it.kind == kBody {
				cur = nil
				if s.zh {
					resolve()
				}
			}
			continue
		}
		if s.zh && it.kind == kByline && (cur == nil || it.line != lastLine+1 || cur.byline != "") {
			pending = append(pending, it)
			lastLine = it.line
			continue
		}
		if s.zh && it.kind == kHeading && len(pending) > 0 {
			resolve()
			cur = nil
		}
		adjacent := cur != nil && it.line == lastLine+1
		asDeck := false
		if cur != nil && !adjacent && cur.byline == "" {
			switch {
			case it.kind == kByline && !s.zh:
				// An English credit set apart from the heading heads the
				// body printed under it (see leadCredit).
			case it.kind == kByline || isDeck(it.text):
				// A deck or credit after a blank still belongs to the heading above.
				adjacent = true
			case len(cur.head) == 0 && len(cur.kicker) > 0 && it.line != lastLine:
				// A kicker printed apart from its headline.
				adjacent = true
			case !s.zh && it.deck && len(cur.head) > 0 && it.line-lastLine <= 2:
				// An English deck after a blank line, right under the
				// headline.
				adjacent = true
			case !s.zh && len(cur.head) > 0 && allCapsLine(cur.head[0]) && allCapsLine(it.text) && it.line-lastLine <= 3:
				// English capitals decks under a capitals headline.
				adjacent, asDeck = true, true
			}
		}
		if it.deck && !(adjacent && len(cur.head) > 0) {
			// A deck printed apart from its headline: matched by its
			// words once the articles have their text.
			s.looseDecks = append(s.looseDecks, it.text)
			continue
		}
		if it.deck {
			asDeck = true
		}
		if !adjacent || cur.byline != "" && it.kind == kHeading {
			cur = &group{line: it.line}
			gs = append(gs, cur)
			run = append(run, cur)
		}
		lastLine = it.line
		cur.end = it.line
		if it.kind == kByline {
			if cur.byline == "" {
				cur.byline, cur.authors = it.byline, it.authors
			}
			continue
		}
		txt := s.squeezeHead(it.text)
		switch {
		case s.labels[it.line] && len(cur.head) == 0:
			cur.kicker = append(cur.kicker, txt)
		case isKicker(txt) && strings.HasSuffix(txt, "—"):
			cur.kicker = append(cur.kicker, txt)
		case isDeck(txt) && len(cur.head) == 1 && len(cur.decks) == 0 && it.line > 0 && s.chunk[it.line-1] == s.chunk[it.line] && dashWrap(cur.head[0], txt):
			cur.head = append(cur.head, txt)
		case isDeck(txt) && len(cur.head) > 0:
			cur.decks = append(cur.decks, txt)
		case len(cur.head) == 0 && isKicker(txt) && !strings.HasSuffix(txt, "：") && !strings.HasSuffix(txt, ":"):
			cur.kicker = append(cur.kicker, txt)
		case len(cur.decks) > 0 || asDeck:
			cur.decks = append(cur.decks, txt)
		default:
			cur.head = append(cur.head, txt)
		}
	}
	if s.zh {
		resolve()
		sort.SliceStable(gs, func(a, b int) bool { return gs[a].line < gs[b].line })
	}
	var out []*group
	for i, g := range gs {
		if len(g.head) == 0 && len(g.kicker) > 0 {
			// A kicker printed apart from its headline: the next headline
			// without one takes it (and the credit, if it has none).
			if h := nextHead(gs[i+1:], g.line); h != nil {
				h.kicker = append(g.kicker, h.kicker...)
				takeCredit(h, g)
				continue
			}
			if k := strings.Join(g.kicker, ""); s.zh && strings.HasSuffix(k, "——") {
				// A kicker leading into a headline printed far away: its
				// words find the article later (attachKickers); a credit
				// under it stands alone.
				s.looseKickers = append(s.looseKickers, k)
				g.kicker = nil
				if g.byline == "" {
					continue
				}
			} else {
				g.head, g.kicker = g.kicker, nil
			}
		}
		// A credit printed apart from any heading: the nearest headline
		// above without one takes it, else the next one below.
		if len(g.head) == 0 && len(g.kicker) == 0 && len(g.decks) == 0 && g.byline != "" {
			if !s.zh && s.leadCredit(g) {
				continue
			}
			// Headings printed one after another take the credits that
			// follow them in the same order, also past a line of body text.
			k := len(out)
			for k > 0 && out[k-1].byline == "" && len(out[k-1].head) > 0 && g.line-out[k-1].line <= 12 {
				k--
			}
			if s.zh && k < len(out)-1 && loneCredits(gs[i:]) >= len(out)-k {
				out[k].byline, out[k].authors = g.byline, g.authors
				continue
			}
			if n := len(out); n > 0 && out[n-1].byline == "" && len(out[n-1].head) > 0 && g.line-out[n-1].end <= 12 && !s.creditHeadsText(out[n-1], g) {
				h := s.creditedHead(g.line, g.pos, out[n-1], out, idf)
				h.byline, h.authors = g.byline, g.authors
				h.end = max(h.end, g.end)
				continue
			}
			// A credit printed right under body text ends the article
			// above: the nearest headline above without one takes it.
			if s.zh && g.afterBody && len(out) > 0 && out[len(out)-1].byline == "" && len(out[len(out)-1].head) > 0 && !s.creditHeadsText(out[len(out)-1], g) {
				h := s.endedHead(g.line, out, idf)
				h.byline, h.authors = g.byline, g.authors
				continue
			}
			if h := nextHead(gs[i+1:], g.line); h != nil && h.byline == "" {
				h.byline, h.authors = g.byline, g.authors
				continue
			}
			// Otherwise the uncredited headline above whose words the
			// text under the credit carries.
			if h := s.headAboveCredit(g.line, out, idf); h != nil {
				h.byline, h.authors = g.byline, g.authors
				continue
			}
		}
		// A heading ending in a bracketed column label just under a
		// headline without credit is that headline's deck.
		if n := len(out); s.zh && n > 0 && len(g.head) == 1 && len(g.kicker) == 0 && strings.HasSuffix(g.head[0], "）") {
			if p := out[n-1]; len(p.head) > 0 && p.byline == "" && len(p.decks) == 0 && g.line-p.line <= 4 {
				p.decks = append(g.head, g.decks...)
				p.byline, p.authors = g.byline, g.authors
				p.toks = s.tokens(p.text(), idf)
				continue
			}
		}
		// A bracketed column label ends a deck, not a headline:
		// "…（产经观察）" under the headline.
		if s.zh && len(g.head) > 1 && len(g.decks) == 0 {
			for k := 1; k < len(g.head); k++ {
				if strings.HasSuffix(g.head[k], "）") {
					g.head, g.decks = g.head[:k], append([]string(nil), g.head[k:]...)
					break
				}
			}
		}
		if len(g.head) == 0 && len(g.decks) > 0 {
			g.head, g.decks = g.decks[:1], g.decks[1:]
		}
		if s.capsHeads {
			s.capsOnly(g)
		}
		g.toks = s.tokens(g.text(), idf)
		out = append(out, g)
	}
	return out
}

// creditedHead picks the heading a credit printed apart belongs to. The
// order of the run gives def; but headings printed side by side on one
// line give no order, so among the uncredited headings on def's line the
// one whose words the text printed right under the credit carries takes
// it: the story that runs on under a credit is the one it signs. Under it
// is the column fragment at the credit's place across its line (pos; the
// first fragment for a credit on a line of its own).
func (s *pageSeg) creditedHead(line int, pos float64, def *group, heads []*group, idf map[string]float64) *group {
	var same []*group
	for _, h := range heads {
		if h.line == def.line && h.byline == "" {
			same = append(same, h)
		}
	}
	if len(same) < 2 {
		return def
	}
	// The story's words are read from one fragment: the one at pos on the
	// first dump line under the credit that holds any.
	var under string
	for k := line + 1; k < len(s.lines); k++ {
		if fs := splitFrags(s.lines[k], true); len(fs) > 0 {
			under = fs[min(int(pos*float64(len(fs))), len(fs)-1)]
			break
		}
	}
	return s.carriedHead(same, s.tokens(under, idf), def, idf)
}

// carriedHead returns the one heading of heads whose words toks carry
// most; def when none carries any, or two carry as many.
func (s *pageSeg) carriedHead(heads []*group, toks map[string]float64, def *group, idf map[string]float64) *group {
	best, bs, tie := def, 0.0, false
	for _, h := range heads {
		v := headScore(s.tokens(h.text(), idf), toks)
		switch {
		case v > bs:
			best, bs, tie = h, v, false
		case v == bs:
			tie = true
		}
	}
	if bs == 0 || tie {
		return def
	}
	return best
}

// endedHead picks the heading a credit printed right after body text
// belongs to: the credit ends a story, and of the uncredited headings above
// the one whose words the story ending on the line above it carries takes
// it. Without such words, the nearest heading above (the last of out).
func (s *pageSeg) endedHead(line int, out []*group, idf map[string]float64) *group {
	def := out[len(out)-1]
	toks := s.tokens(s.storyEndingAt(line-1), idf)
	best, bs := def, 0.0
	for _, h := range out {
		if h.byline != "" || len(h.head) == 0 {
			continue
		}
		if v := headScore(h.toks, toks); v > bs {
			best, bs = h, v
		}
	}
	if bs < endedClaim || bs < 2*headScore(def.toks, toks) {
		return def
	}
	return best
}

// endedClaim is the share of a heading's words a story must carry to take
// the credit printed after it from a nearer heading (which must carry at
// most half as many).
const endedClaim = 0.05

// storyEndingAt is the text of the story one of whose pieces ends on
// dump line l, "" when none does.
func (s *pageSeg) storyEndingAt(l int) string {
	for _, p := range s.ps {
		if p.frags[len(p.frags)-1].line != l {
			continue
		}
		var b strings.Builder
		for _, k := range s.pieceStories[p.story] {
			b.WriteString(s.ps[k].text())
		}
		return b.String()
	}
	return ""
}

// headOverText picks, for the one credit printed after a run of several
// uncredited headings, the heading whose words the text printed right
// under the credit carries: the credit sits over the first column of its
// own article, whatever the order the headings were printed in. The dump
// lines under it are read whole, closed up (a letter-spaced first line
// splits into fragments), as far as textUnder lines. Without such words,
// or on a tie, def (the last heading) keeps it.
func (s *pageSeg) headOverText(line int, def *group, heads []*group, idf map[string]float64) *group {
	var under []string
	for k := line + 1; k < len(s.lines) && k <= line+textUnder; k++ {
		under = append(under, strings.ReplaceAll(s.lines[k], " ", ""))
	}
	return s.carriedHead(heads, s.tokens(strings.Join(under, ""), idf), def, idf)
}

// headAboveCredit returns, for a Chinese credit at line that no heading
// took, the uncredited headline at most creditReach lines above whose
// words the text under the credit carries (headOverText); nil without
// one.
func (s *pageSeg) headAboveCredit(line int, out []*group, idf map[string]float64) *group {
	if !s.zh {
		return nil
	}
	var heads []*group
	for _, h := range out {
		if h.byline == "" && len(h.head) > 0 && line-h.end <= creditReach {
			heads = append(heads, h)
		}
	}
	if len(heads) == 0 {
		return nil
	}
	return s.headOverText(line, nil, heads, idf)
}

// textUnder is how many dump lines under a credit headOverText reads.
const textUnder = 6

// creditReach is how far below its headline, in dump lines, a credit that
// no heading took is still looked for a headline by the text under it.
const creditReach = 40

// dashWrap: a dash line under a long one-line headline, at most half as
// long, is the headline's own second line ("…最长的铁路" / "——某线开通"):
// a deck is set smaller, so it runs about as long as the headline or longer.
func dashWrap(head, dash string) bool {
	h, d := utf8.RuneCountInString(head), utf8.RuneCountInString(dash)
	return h >= wrappedHead && 2*d <= h
}

// wrappedHead is how many characters a headline's first line holds at
// least when the line under it is its wrap: only a line that fills its
// width wraps. Under it, the headline and a dash part half as long come to
// under about twenty characters, what a headline across a few columns
// holds on one line, so they would have been printed on one.
const wrappedHead = 14

// leadCredit gives a credit printed on its own, with body text and no
// heading right under it, to that body: the article it starts takes it
// ("By JANE DOE" over the first column, the headline far away). The body
// must start a piece there: in columns printed interleaved a credit falls
// amid unrelated lines.
func (s *pageSeg) leadCredit(g *group) bool {
	for _, it := range s.items {
		if it.line <= g.end {
			continue
		}
		if it.kind != kBody || !s.starts[it.line] {
			return false
		}
		if s.credited == nil {
			s.credited = map[int]*group{}
		}
		s.credited[it.line] = g
		return true
	}
	return false
}

// creditHeadsText reports a Chinese credit g on a line of its own, after a
// blank line, under body text that follows heading h, with a column of
// text starting right under it: a credit over the text it heads. h's own
// credit would have followed h at once.
func (s *pageSeg) creditHeadsText(h, g *group) bool {
	if !s.zh || g.pos != 0 || g.line == 0 || s.chunk[g.line-1] >= 0 {
		return false
	}
	text := slices.ContainsFunc(s.items, func(it item) bool {
		return it.kind == kBody && it.line > h.end && it.line < g.line
	})
	return text && s.textBetween(g.end, g.end+creditOverText+1)
}

// loneCredits counts the credit-only groups at the start of gs.
func loneCredits(gs []*group) int {
	n := 0
	for _, g := range gs {
		if len(g.head) > 0 || len(g.kicker) > 0 || len(g.decks) > 0 || g.byline == "" {
			break
		}
		n++
	}
	return n
}

// nextHead finds the first group after line that has a headline and no
// kicker, within a short distance.
func nextHead(gs []*group, line int) *group {
	for _, h := range gs {
		if h.line-line > 12 {
			return nil
		}
		if len(h.head) > 0 && len(h.kicker) == 0 {
			return h
		}
	}
	return nil
}

// firstRowUnder reports whether a story whose first line is first starts
// in the first row of body text under heading g (sfirst: the first lines of
// all stories). The rows after it may belong to a neighbouring article
// whose columns the extractor printed in turns with this one's: being close
// under the heading says nothing about them.
func firstRowUnder(g *group, first int, sfirst []int) bool {
	end := max(g.line, g.end)
	if first <= end {
		return false
	}
	for _, f := range sfirst {
		if f > end && f < first {
			return false
		}
	}
	return true
}

// sharedRow: another story starts on story i's first dump line.
func sharedRow(i int, sfirst []int) bool {
	for j, f := range sfirst {
		if j != i && f == sfirst[i] {
			return true
		}
	}
	return false
}

// headScore is the share of a heading's word weight found in a story.
func headScore(g, st map[string]float64) float64 {
	var tot, hit fixedSum
	for w, v := range g {
		tot.add(v)
		if _, ok := st[w]; ok {
			hit.add(v)
		}
	}
	if tot == 0 {
		return 0
	}
	return hit.value() / tot.value()
}

type article struct {
	g       *group
	stories []int
	first   int
	note    bool
	cross   []*group // crossheads: bare headings whose text went here
	// opening is the first line of the text, taken for a heading before
	// the article's real title was found (noteOpening).
	opening []string
}

// weak reports a bare one-line heading without credit, kicker or deck: it
// may be a crosshead of a long article rather than a headline.
func (g *group) weak() bool {
	return g.byline == "" && len(g.kicker) == 0 && len(g.decks) == 0 && len(g.head) == 1 &&
		utf8.RuneCountInString(g.head[0]) <= 14
}

func (s *pageSeg) build(ps []*piece, stories [][]int, gs []*group, idf map[string]float64) segment.Layout {
	// Story token sets.
	if s.zh {
		s.hg = newHeadGrams(stories, ps)
	}
	stoks := make([]map[string]float64, len(stories))
	slen := make([]int, len(stories))
	sfirst := make([]int, len(stories))
	for i, st := range stories {
		var b strings.Builder
		sfirst[i] = math.MaxInt
		for _, k := range st {
			b.WriteString(ps[k].text())
			b.WriteByte(' ')
			sfirst[i] = min(sfirst[i], ps[k].first)
		}
		stoks[i] = s.tokens(b.String(), idf)
		slen[i] = utf8.RuneCountInString(b.String())
	}
	var arts []*article
	byGroup := map[*group]*article{}
	owner := make([]*article, len(stories))
	// Editor's notes are articles of their own.
	for i, st := range stories {
		if ps[st[0]].note {
			a := &article{stories: []int{i}, first: sfirst[i], note: true}
			for _, g := range gs {
				h := strings.Join(g.head, "")
				if editorsNote.MatchString(h) || strings.EqualFold(h, "From the Editor") {
					if byGroup[g] == nil {
						a.g = g
						byGroup[g] = a
						break
					}
				}
			}
			arts = append(arts, a)
			owner[i] = a
		}
	}
	if !s.zh {
		s.enAssign(ps, stories, stoks, gs, byGroup, owner, &arts)
	}
	// Each story goes to the heading whose words it carries.
	type pair struct {
		st    int
		g     *group
		score float64
		raw   float64
	}
	var pairs []pair
	fixed := make([]bool, len(stories))
	for i := range stories {
		if owner[i] != nil {
			continue
		}
		// Printed right below the heading, or opening with a run-in
		// credit close below it: the article's start. A row that starts
		// several columns does not tell which one the heading's is: there
		// a story must carry some of its words. What the story alone
		// tells is read once, not per heading.
		lead := ps[stories[i][0]].lead && ps[stories[i][0]].first == sfirst[i]
		shared := sharedRow(i, sfirst)
		for _, g := range gs {
			if byGroup[g] != nil && byGroup[g].note || s.lateHeads[g.line] {
				continue
			}
			sc := s.storyCarries(g, i, stoks)
			if d := sfirst[i] - max(g.line, g.end); d > 0 && d < 6 && (lead || firstRowUnder(g, sfirst[i], sfirst) && (sc > 0 || !shared)) {
				sc += 0.35
				if lead {
					sc += 0.35
				}
			}
			if sc >= 0.3 {
				pairs = append(pairs, pair{i, g, sc * math.Log(2+float64(slen[i])), sc})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].score > pairs[b].score })
	for _, p := range pairs {
		if owner[p.st] != nil {
			continue
		}
		a := byGroup[p.g]
		if a == nil {
			a = &article{g: p.g, first: p.g.line}
			byGroup[p.g] = a
			arts = append(arts, a)
		}
		a.stories = append(a.stories, p.st)
		owner[p.st] = a
		fixed[p.st] = p.raw >= fixedClaim
	}
	// Every other real heading is an article waiting for its text.
	for _, g := range gs {
		if byGroup[g] == nil && len(g.head) > 0 && !cues.IsSection(strings.Join(g.head, "")) && !s.lateHeads[g.line] {
			a := &article{g: g, first: g.line}
			byGroup[g] = a
			arts = append(arts, a)
		}
	}
	// How well each story runs on into another, for clustering and
	// smoothing alike (stories and pieces do not change in between).
	cont := s.continuations(stories, ps)
	s.cluster(arts, owner, fixed, stories, ps, stoks, slen, cont)
	arts = s.untitleFragments(arts, owner)
	arts = s.reheadLowerCase(arts, owner, stoks, slen, idf)
	if s.zh {
		s.smooth(owner, stories, ps, slen, stoks, cont)
		s.creditedStories(&arts, owner, stories, ps, stoks)
		s.strandedCredits(arts, stoks)
		s.headsFollowText(arts, stoks)
		arts = s.creditedLabel(arts, ps, stories, stoks, idf)
		arts = s.lateStories(arts, gs, byGroup, owner, stories, stoks, sfirst)
		arts = s.strayStories(arts, owner, stories, ps, slen)
	}
	// Headings left without text are labels.
	kept := arts[:0]
	for _, a := range arts {
		if len(a.stories) == 0 && a.g != nil {
			delete(byGroup, a.g)
			continue
		}
		kept = append(kept, a)
	}
	arts = kept
	var layout segment.Layout
	for i := range stories {
		if owner[i] == nil {
			// A short story like no article is a scrap: a block, not an
			// article of its own; a long one is an untitled article.
			if slen[i] < 200 {
				layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[i])
				continue
			}
			a := &article{stories: []int{i}, first: sfirst[i]}
			arts = append(arts, a)
			owner[i] = a
		}
	}
	s.sideHeads(arts, ps, stories, idf)
	// Headings that got no story: an untitled story close below takes them.
	for _, g := range gs {
		if byGroup[g] != nil {
			continue
		}
		if best := untitledBelow(g.line, arts, nil); best != nil && best.first-g.line < 8 {
			best.g = g
			byGroup[g] = best
			continue
		}
		// An editor's-note label takes the note its opening line headed.
		if a := s.noteOpening(g, arts, ps, stories); a != nil {
			a.opening = a.g.head
			a.g = g
			a.note = true
			byGroup[g] = a
			continue
		}
		// A headline printed right under a label in capitals that took
		// text in its place: the label is its kicker.
		if a := s.labelOver(g, arts); a != nil {
			a.g.kicker, a.g.head = a.g.head, g.head
			a.g.decks = append(a.g.decks, g.decks...)
			takeCredit(a.g, g)
			byGroup[g] = a
			continue
		}
		if a := s.headUnder(g, arts); a != nil {
			a.g.kicker = g.head
			byGroup[g] = a
			continue
		}
		if a := s.headOverOpening(g, nil, arts, stories, ps); a != nil {
			asHeadline(g, a)
			byGroup[g] = a
			continue
		}
		// A bare short heading right above text of a credited article is
		// one of its crossheads.
		if a := s.crossheadOf(g, nil, arts, ps, stories); a != nil {
			a.cross = append(a.cross, g)
			byGroup[g] = a
			continue
		}
		// An untitled article that opens with a run-in credit is an
		// article's start whose headline the dump printed far away: the
		// nearest such below takes the headline.
		if a := s.runInBelow(g, arts, ps, stories); a != nil {
			a.g = g
			byGroup[g] = a
			continue
		}
		// A headline printed over the start of a text that a bare heading
		// printed further down took: that heading is a crosshead.
		if a := s.crossheadTook(g, arts, owner, stoks, sfirst); a != nil {
			a.cross = append(a.cross, a.g)
			a.g = g
			a.first = min(a.first, g.line)
			byGroup[g] = a
			continue
		}
		// A headline whose words no story carries, on a page with an
		// untitled article: the dump printed it away from that text,
		// whose words it does not repeat (a slogan, a figure of speech).
		if a := s.uncarriedHead(g, arts, stoks); a != nil {
			a.g = g
			byGroup[g] = a
			continue
		}
		txt := g.label()
		if txt == "" {
			continue
		}
		if a := s.seriesOf(txt, arts, ps, stories); a != nil {
			a.g.kicker = []string{txt}
			byGroup[g] = a
			continue
		}
		// Two parallel phrases over nothing ("守护绿水青山 建设美丽家园")
		// are a headline's overline printed apart: content finds it.
		if s.zh && len(g.head) == 1 && g.line == g.end && g.byline == "" && pairedPhrases(s.lines[g.line]) {
			s.looseKickers = append(s.looseKickers, txt)
			continue
		}
		k := segment.Other
		if cues.IsSection(txt) {
			k = segment.Section
		}
		layout.Blocks = append(layout.Blocks, segment.Block{Kind: k, Lines: lines(txt)})
	}
	arts = s.crossheads(arts, stoks, ps, stories)
	arts = s.scraps(arts, ps, stories, slen, &layout)
	arts = s.promotions(arts, ps, stories, slen, &layout)
	s.attachDecks(arts, stoks, idf, &layout)
	s.attachKickers(arts, stoks, idf, &layout)
	s.capsHeadsFollowText(arts, ps, stories)
	if s.zh {
		s.creditUnderHeading(arts, ps, stories, sfirst)
	}
	sort.SliceStable(arts, func(a, b int) bool { return arts[a].first < arts[b].first })
	if s.zh {
		s.strayCredits(arts, ps, stories)
	}
	// Captions go to the article whose text is printed nearest.
	capOf, apart := s.placeCaptions(arts, ps, stories, sfirst, stoks, idf)
	layout.Blocks = append(layout.Blocks, apart...)
	for _, a := range arts {
		layout.Articles = append(layout.Articles, s.article(a, ps, stories, capOf[a]))
	}
	layout.Blocks = append(s.blocks, layout.Blocks...)
	return layout
}

// runInBelow finds the untitled article nearest below headline g whose
// text opens with a run-in credit.
func (s *pageSeg) runInBelow(g *group, arts []*article, ps []*piece, stories [][]int) *article {
	if len(g.head) == 0 {
		return nil
	}
	return untitledBelow(g.line, arts, func(a *article) bool {
		var first *piece
		for _, st := range a.stories {
			if p := ps[stories[st][0]]; first == nil || p.first < first.first {
				first = p
			}
		}
		return first != nil && first.lead
	})
}

// crossheadTook returns the article whose text carries most of Chinese
// headline g's words when g is printed above all of that text and the
// article's own heading is a bare one (no kicker, deck or credit) printed
// below the start of the text: a crosshead the dump set like a headline.
func (s *pageSeg) crossheadTook(g *group, arts []*article, owner []*article, stoks []map[string]float64, sfirst []int) *article {
	if !s.zh || len(g.head) == 0 {
		return nil
	}
	best, bs := -1, 0.0
	for st := range stoks {
		if sc := s.storyCarries(g, st, stoks); sc > bs {
			best, bs = st, sc
		}
	}
	if best < 0 || bs < headTook || owner[best] == nil {
		return nil
	}
	a := owner[best]
	h := a.g
	if h == nil || a.note || h.byline != "" || len(h.kicker) > 0 || len(h.decks) > 0 || h.line <= g.end {
		return nil
	}
	first := math.MaxInt
	for _, st := range a.stories {
		first = min(first, sfirst[st])
	}
	if first <= g.end || first >= h.line {
		return nil
	}
	return a
}

// headTook is the share of a headline's words that a text must carry for
// the headline to take it from a bare heading printed inside it.
const headTook = 0.5

// uncarriedHead returns the untitled article nearest to Chinese headline
// g when no story carries any of g's words: g then heads no other text
// on the page. A heading whose words some story carries but which lost
// it to another heading is a label or a crosshead, not this text's.
func (s *pageSeg) uncarriedHead(g *group, arts []*article, stoks []map[string]float64) *article {
	if !s.zh || len(g.head) == 0 || len(g.kicker) > 0 || cues.IsSection(strings.Join(g.head, "")) {
		return nil
	}
	for st := range stoks {
		if s.storyCarries(g, st, stoks) > 0 {
			return nil
		}
	}
	var best *article
	for _, a := range arts {
		if a.g == nil && !a.note && (best == nil || abs(a.first-g.line) < abs(best.first-g.line)) {
			best = a
		}
	}
	return best
}

// untitledBelow is the untitled article (no note) whose text starts
// nearest below dump line line, of those ok accepts (any when ok is nil).
func untitledBelow(line int, arts []*article, ok func(*article) bool) *article {
	var best *article
	for _, a := range arts {
		if a.g == nil && !a.note && a.first > line && (best == nil || a.first < best.first) && (ok == nil || ok(a)) {
			best = a
		}
	}
	return best
}

// placeCaptions gives each caption to the article whose photo it is, as
// the reporter who took it, the text around or under it, or its words
// tell; one near no article's text stays apart, a block.
func (s *pageSeg) placeCaptions(arts []*article, ps []*piece, stories [][]int, sfirst []int, stoks []map[string]float64, idf map[string]float64) (capOf map[*article][]caption, apart []segment.Block) {
	lineOwner := map[int]*article{}
	fragOwner := map[fragAt]*article{}
	for _, a := range arts {
		for _, st := range a.stories {
			for _, k := range stories[st] {
				for _, f := range ps[k].frags {
					lineOwner[f.line] = a
					fragOwner[f.at()] = a
				}
			}
		}
	}
	// Each article's words, gathered once for all captions.
	words := map[*article]map[string]float64{}
	for _, a := range arts {
		words[a] = storyWords(a, stoks)
	}
	capOf = map[*article][]caption{}
	for _, c := range s.caps {
		// A reporter who took the photo too credits it under the same name.
		reporter := reporterOf(c.authors, arts)
		a := reporter
		if a == nil && s.zh {
			a = s.headedUnder(c, arts)
		}
		// A caption set in a column of its own is printed under its photo
		// at the head of that column: the text starting right under it is
		// its article's, not the text of the columns beside it.
		if a == nil && c.narrow {
			a = startsBelow(c.end, arts, stories, sfirst)
		}
		// A caption printed between two lines of one column whose sentence
		// runs on across it lies under another article's photo: the one
		// whose text starts below. So does one amid a column's run, when
		// no fragment beside it tells its column.
		if a == nil && s.zh && s.runsAcross(c.line, ps) {
			a = startsBelow(c.line, arts, stories, sfirst)
		}
		if a == nil {
			a = s.besideCaption(c.line, fragOwner)
		}
		if a == nil && s.zh && s.cutsColumn(c.line, ps) {
			a = startsBelow(c.line, arts, stories, sfirst)
		}
		for d := 0; d < 12 && a == nil; d++ {
			if o := lineOwner[c.line-d]; o != nil && !o.note {
				a = o
			} else if o := lineOwner[c.line+d]; o != nil && !o.note {
				a = o
			}
		}
		if a == nil {
			apart = append(apart, segment.Block{Kind: segment.Caption, Lines: c.lines()})
			continue
		}
		// Dumps print captions away from their photos too: one whose words
		// another article's text carries far more goes there.
		if reporter == nil {
			ct := s.captionWords(c, idf)
			if b, share := captionOwner(ct, arts, words); b != nil && b != a && share >= contained(ct, words[a])+0.3 {
				a = b
			}
		}
		capOf[a] = append(capOf[a], c)
	}
	return capOf, apart
}

// headOverOpening returns the article whose text starts a paragraph right
// under the bare Chinese heading g, printed with it in one block, when the
// article's own heading is a bare line printed apart from any text. The
// heading set over the text is the headline; a second heading line that
// the extractor read as a block of its own is a deck set beside or under
// it. not is g's own article, if any.
func (s *pageSeg) headOverOpening(g *group, not *article, arts []*article, stories [][]int, ps []*piece) *article {
	if !s.zh || !g.weak() {
		return nil
	}
	for _, a := range arts {
		if a == not || a.g == nil || a.note || !a.g.weak() || s.printedOver(a.g) {
			continue
		}
		for _, st := range a.stories {
			for _, k := range stories[st] {
				if l := ps[k].first; l > g.end && l <= g.end+2 && s.chunk[l] == s.chunk[g.end] && !ps[k].openStart(true) {
					return a
				}
			}
		}
	}
	return nil
}

// printedOver reports a heading whose block goes on in lines of text.
func (s *pageSeg) printedOver(g *group) bool {
	return g.end+1 < len(s.lines) && s.chunk[g.end+1] == s.chunk[g.end]
}

// asHeadline makes g the headline of a, whose own headline becomes a deck.
func asHeadline(g *group, a *article) {
	a.g.decks = append(a.g.head, a.g.decks...)
	a.g.head = g.head
}

// noteOpening finds the text of an editor's note whose label, printed as
// its title, drew none: the one article whose heading is its own text's
// opening line, a bare line as wide as an indented first line of its
// column (two characters short of its pieces' width). Nil unless g is
// such a label and exactly one article has such a heading.
func (s *pageSeg) noteOpening(g *group, arts []*article, ps []*piece, stories [][]int) *article {
	if !s.zh || len(g.head) != 1 || len(g.kicker) > 0 || g.byline != "" || !noteLabel(g.head[0]) {
		return nil
	}
	var found *article
	for _, a := range arts {
		if a.note || a.g == nil || len(a.g.head) != 1 || len(a.g.kicker) > 0 || len(a.g.decks) > 0 || a.g.byline != "" {
			continue
		}
		w := width(a.g.head[0]) + 2
		opens := false
		for _, st := range a.stories {
			for _, k := range stories[st] {
				opens = opens || math.Abs(ps[k].w-w) <= 0.5 && len(ps[k].frags) > 1
			}
		}
		if !opens {
			continue
		}
		if found != nil {
			return nil
		}
		found = a
	}
	return found
}

// cutsColumn reports a caption printed amid a column whose sentence runs
// on across it: a line of the column just above the caption does not end
// a sentence and the column goes on just below. The photo is not that
// column's: the dump printed the caption where it reached the photo's
// place, beside another article's text.
func (s *pageSeg) cutsColumn(line int, ps []*piece) bool {
	for _, p := range ps {
		for k, f := range p.frags {
			if f.line < line-2 || f.line >= line || sentenceEnd(f.text) {
				continue
			}
			// A column fragment printed on the caption's own line
			// (placeBeside) does not end the column there.
			next := -1
			if j := slices.IndexFunc(p.frags[k+1:], func(g frag) bool { return g.line != line }); j >= 0 {
				next = p.frags[k+1+j].line
			} else if p.next >= 0 {
				next = ps[p.next].frags[0].line
			}
			if next > line && next <= line+3 {
				return true
			}
		}
	}
	return false
}

// runsAcross reports a column printed alone on the lines right above
// and below line, its sentence running on from one to the other.
func (s *pageSeg) runsAcross(line int, ps []*piece) bool {
	if line < 1 || line+1 >= len(s.lines) || len(s.frags[line-1]) != 1 || len(s.frags[line+1]) != 1 {
		return false
	}
	for _, p := range ps {
		// Fragments on the caption's own line are skipped, not copied
		// away: this runs for every piece per caption.
		var prev *frag
		for k := range p.frags {
			f := &p.frags[k]
			if f.line == line {
				continue
			}
			if prev != nil && prev.line == line-1 && f.line == line+1 {
				return !sentenceEnd(prev.text)
			}
			prev = f
		}
	}
	return false
}

// startsBelow returns the article whose text starts soonest after line,
// within captionReach lines: a caption is printed under its photo, over
// the text that starts there. Nil when none does.
func startsBelow(line int, arts []*article, stories [][]int, sfirst []int) *article {
	var best *article
	bl := line + captionReach + 1
	for _, a := range arts {
		if a.note {
			continue
		}
		f := math.MaxInt
		for _, st := range a.stories {
			f = min(f, sfirst[st])
		}
		if f > line && f < bl {
			best, bl = a, f
		}
	}
	return best
}

// captionReach is how many dump lines under a caption that cuts a column
// an article's text may start and still be the one under its photo.
const captionReach = 8

// headedUnder finds the article whose heading is printed right under the
// caption (blank lines apart): a dump prints a photo's caption just before
// the heading of the article the photo sits in.
func (s *pageSeg) headedUnder(c caption, arts []*article) *article {
	k := max(c.line, c.end) + 1
	for k < len(s.lines) && s.chunk[k] < 0 {
		k++
	}
	for _, a := range arts {
		if a.g != nil && len(a.g.head)+len(a.g.kicker) > 0 && a.g.line == k {
			return a
		}
	}
	return nil
}

// besideCaption returns the article owning the column fragment printed
// in the caption's place on the nearest dump lines above or below it: a
// line holds fragments of several columns, left to right, and the one in
// the caption's place lies under the same photo while the others may be
// any article's. The caption's place is the first fragment of its line
// that no article owns. Nil when the caption has a line of its own or no
// such fragment is owned.
func (s *pageSeg) besideCaption(line int, owner map[fragAt]*article) *article {
	fs := splitFrags(s.lines[line], true)
	if len(fs) < 2 {
		return nil
	}
	at := -1
	for j, f := range fs {
		if owner[fragAt{line, f}] == nil {
			at = j
			break
		}
	}
	if at < 0 {
		return nil
	}
	for d := 1; d < 12; d++ {
		for _, k := range []int{line - d, line + d} {
			if k < 0 || k >= len(s.lines) {
				continue
			}
			if fs := splitFrags(s.lines[k], true); len(fs) > 0 {
				if a := owner[fragAt{k, fs[min(at, len(fs)-1)]}]; a != nil && !a.note {
					return a
				}
			}
		}
	}
	return nil
}

// reporterOf returns the one article whose heading credit names the
// photographer of a caption, nil when none or several do.
func reporterOf(photo []segment.Author, arts []*article) *article {
	var found *article
	for _, a := range arts {
		if a.note || a.g == nil {
			continue
		}
		for _, au := range a.g.authors {
			for _, p := range photo {
				if au.Name == p.Name && found != a {
					if found != nil {
						return nil
					}
					found = a
				}
			}
		}
	}
	return found
}

// article turns an assembled article into the segment model.
func (s *pageSeg) article(a *article, ps []*piece, stories [][]int, caps []caption) segment.Article {
	var out segment.Article
	sort.Ints(a.stories)
	sort.SliceStable(a.stories, func(x, y int) bool {
		return ps[stories[a.stories[x]][0]].first < ps[stories[a.stories[y]][0]].first
	})
	if g := a.g; g != nil {
		out.Kicker = lines(strings.Join(g.kicker, ""))
		if len(g.kicker) == 0 {
			out.Kicker = nil
		}
		if len(g.head) > 0 {
			head := slices.Clone(g.head)
			if tail, ok := s.headTails[head[len(head)-1]]; ok {
				head[len(head)-1] += " " + tail
			}
			out.Headline = lines(head...)
		}
		for _, d := range g.decks {
			out.Decks = append(out.Decks, lines(d))
		}
		out.Byline, out.Authors = g.byline, append([]segment.Author(nil), g.authors...)
	}
	// Body parts: chains of linked stories, each in its link order, and
	// crossheads. A Chinese dump prints a region's columns side by side
	// row by row, so within a chunk the columns read left to right, each
	// top down; chunks read in dump order.
	type part struct {
		chunk int
		col   int // column among the article's pieces (Chinese dumps)
		line  int
		flows []segment.Flow
		pos   int // place in its story: linked pieces read in link order
		lead  bool
	}
	// Units to chain: an article's stories; in Chinese dumps its pieces,
	// whose links among the page's pieces were found before the article
	// was known and are read again among its own pieces.
	var units [][]int
	var at map[int]int // where a piece read again reads, if not at its first line
	if s.zh {
		var ks []int
		for _, st := range a.stories {
			ks = append(ks, stories[st]...)
		}
		units, ps, at = s.pieceUnits(ps, ks)
	} else {
		for _, st := range a.stories {
			units = append(units, stories[st])
		}
	}
	var col map[int]int
	if s.zh {
		var ks []int
		for _, u := range units {
			ks = append(ks, u...)
		}
		col = s.columnsOf(ks, ps)
	}
	chs := s.chains(units, ps, col)
	var parts []part
	var own map[int]turn
	if s.zh {
		own = s.articleTurns(chs, ps)
	}
	for _, ch := range chs {
		start := ps[ch[0]].first
		if l, ok := at[ch[0]]; ok {
			start = l
		}
		// The text after a run-in credit, or after an editor's note
		// label, opens the article.
		lead := ps[ch[0]].lead || editorsNote.MatchString(strings.TrimSpace(ps[ch[0]].frags[0].text))
		chunk, column := s.chunk[start], col[ch[0]]
		// A block of a region printed in turns reads with the other
		// blocks of its column: the article's own turns first, else the
		// region's.
		if tu, ok := own[ch[0]]; ok {
			chunk, column = tu.region, tu.col
		} else if tu, ok := s.turns()[chunk]; ok && s.oneChunk(ps[ch[0]]) {
			chunk, column = tu.region, tu.col
		}
		for pos, k := range ch {
			p := ps[k]
			if out.Byline == "" && p.credit != "" {
				out.Byline, out.Authors = p.credit, append(out.Authors, p.authors...)
			} else if p.lead && sharesName(out.Authors, p.authors) {
				// A run-in credit under a heading's credit names more authors.
				out.Authors = addAuthors(out.Authors, p.authors)
			} else if p.lead && p.credit != "" {
				// One naming others: the credit the dump printed apart went
				// to the wrong heading; the one printed in the text is the
				// article's.
				out.Byline, out.Authors = p.credit, append(photographers(out.Authors), p.authors...)
			}
			parts = append(parts, part{chunk, column, start, s.flows(p), pos, pos == 0 && lead})
		}
	}
	firstText := math.MaxInt
	for _, pt := range parts {
		firstText = min(firstText, pt.line)
	}
	for _, g := range a.cross {
		// A bare label between the headline and all of the article's text
		// heads no section of it: it is the article's overline, set apart.
		// Not with text printed between them (other text, or its own the
		// assignment put elsewhere): then it heads the text under it.
		if s.zh && out.Kicker == nil && a.g != nil && len(out.Headline) > 0 && g.line > a.g.end && g.end < firstText && !s.textBetween(a.g.end, g.line) {
			out.Kicker = lines(strings.Join(g.head, ""))
			continue
		}
		// A crosshead sits in the column of the text printed right under
		// it; of two pieces starting on one row, the left one (col is a
		// map: the tie must not fall to its iteration order).
		c, below := 0, math.MaxInt
		for k, v := range col {
			if f := ps[k].first; f > g.end && f <= g.end+3 && (f < below || f == below && v < c) {
				c, below = v, f
			}
		}
		parts = append(parts, part{s.chunk[g.line], c, g.line, []segment.Flow{{Lines: lines(g.head...), Standalone: true}}, 0, false})
	}
	sort.SliceStable(parts, func(x, y int) bool {
		// The text after a run-in credit starts the article.
		if parts[x].lead != parts[y].lead {
			return parts[x].lead
		}
		if s.zh && parts[x].chunk != parts[y].chunk {
			return parts[x].chunk < parts[y].chunk
		}
		if parts[x].col != parts[y].col {
			return parts[x].col < parts[y].col
		}
		if parts[x].line != parts[y].line {
			return parts[x].line < parts[y].line
		}
		return parts[x].pos < parts[y].pos
	})
	for _, p := range parts {
		out.Body = append(out.Body, p.flows...)
	}
	if len(a.opening) > 0 {
		if len(out.Body) == 0 || out.Body[0].Standalone {
			out.Body = append([]segment.Flow{{}}, out.Body...)
		}
		out.Body[0].Lines = append(lines(a.opening...), out.Body[0].Lines...)
	}
	for _, c := range caps {
		out.Captions = append(out.Captions, c.lines())
		out.Authors = append(out.Authors, c.authors...)
	}
	// Without geometry a dump's articles are guesses; a headline and a
	// credit found for them make the guess firmer.
	out.Confidence = 0.3
	if len(out.Headline) > 0 {
		out.Confidence += 0.2
	}
	if out.Byline != "" {
		out.Confidence += 0.1
	}
	return out
}

// chains reads an article's units (lists of pieces) in order: a unit that
// ends mid-sentence goes on in the unit of the article whose start
// continues it best. Among one article's few units the text across a break
// picks the next column far more surely than among all the page's pieces.
// Each chain lists piece indices; chains come in dump order. A unit only
// goes on in one read after it (readsBefore, by the columns col).
func (s *pageSeg) chains(units [][]int, ps []*piece, col map[int]int) [][]int {
	next := make([]int, len(units))
	prev := make([]int, len(units))
	for i := range units {
		next[i], prev[i] = -1, -1
	}
	if s.zh && len(units) > 1 {
		var cs []unitLink
		for u, su := range units {
			p := ps[su[len(su)-1]]
			if !p.openEnd() || !p.fullEnd() || p.note {
				continue
			}
			for v, sv := range units {
				q := ps[sv[0]]
				if u == v || !q.openStart(true) || q.lead || q.note {
					continue
				}
				if !s.readsBefore(su[len(su)-1], sv[0], ps, col) {
					continue
				}
				if sc := s.joinScore(s.joinTracker(), p, q); sc >= orderMin {
					cs = append(cs, unitLink{u, v, sc})
				}
			}
		}
		linkUnits(cs, next, prev)
	}
	if !s.zh && len(units) > 1 {
		s.enChains(units, ps, next, prev)
	}
	var out [][]int
	for u := range units {
		if prev[u] >= 0 {
			continue
		}
		var ch []int
		for k := u; k >= 0; k = next[k] {
			ch = append(ch, units[k]...)
		}
		out = append(out, ch)
	}
	return out
}

// pieceUnits returns the units a Chinese article's pieces ks chain as,
// one piece each, where pieces whose lines interleave, or take turns
// between columns, are read again as those columns (mergeInterleaved,
// unweave): ps with the new pieces appended, and where each merged piece
// reads, if not at its first line.
func (s *pageSeg) pieceUnits(ps []*piece, ks []int) ([][]int, []*piece, map[int]int) {
	var units [][]int
	ps, ks, merged, at := s.mergeInterleaved(ps, ks)
	for _, k := range merged {
		units = append(units, []int{k})
	}
	for _, k := range ks {
		if subs := s.unweave(ps[k]); len(subs) > 1 {
			ps = slices.Clip(ps)
			for _, q := range subs {
				units = append(units, []int{len(ps)})
				ps = append(ps, q)
			}
			continue
		}
		units = append(units, []int{k})
	}
	return units, ps, at
}

// unweave splits a piece whose lines take turns between columns into
// those columns (tracker.unweave), for the reading order only: the
// article's pieces are settled by then. The first keeps the piece's
// credit and lead, being where its text starts.
func (s *pageSeg) unweave(p *piece) []*piece {
	return s.unweaveFrags(p, p.frags, func(a, b int) bool { return b == a+1 })
}

// unweaveFrags splits the lines fs of piece p (or of pieces merged) into
// the columns that take turns in them (tracker.unweave).
func (s *pageSeg) unweaveFrags(p *piece, fs []frag, next func(a, b int) bool) []*piece {
	cs := s.joinTracker().unweave(fs, next)
	if len(cs) < 2 {
		return []*piece{p}
	}
	out := make([]*piece, len(cs))
	for i, fs := range cs {
		q := *p
		if i > 0 {
			q = piece{note: p.note, leadLine: -1}
		}
		q.frags, q.first, q.next, q.prev = fs, fs[0].line, -1, -1
		q.w = fragsMax(fs)
		out[i] = &q
	}
	return out
}

// mergeInterleaved reads again, as the columns taking turns in them
// (unweaveFrags), an article's pieces ks whose lines interleave: lines of
// one fragment each, one piece's between another's, a blank line between
// each and the next. Where the columns of a region printed a line at a time
// in turns were rebuilt as streams that cross, the lines of both streams
// together take turns between the columns. It returns the pieces (ps with
// the new ones appended), ks less the pieces read again, and the new
// pieces' indices. Each new piece reads where the piece most of its lines
// came from did (at): the streams were right for most of their lines.
func (s *pageSeg) mergeInterleaved(ps []*piece, ks []int) ([]*piece, []int, []int, map[int]int) {
	var cand []int
	for _, k := range ks {
		p := ps[k]
		if len(p.frags) < 2 || p.lead || p.credit != "" || p.note {
			continue
		}
		if slices.ContainsFunc(p.frags, func(f frag) bool { return len(s.frags[f.line]) != 1 }) {
			continue
		}
		cand = append(cand, k)
	}
	sort.SliceStable(cand, func(x, y int) bool { return ps[cand[x]].first < ps[cand[y]].first })
	last := func(k int) int { return ps[k].frags[len(ps[k].frags)-1].line }
	gone := map[int]bool{}
	at := map[int]int{}
	var added []int
	for i := 0; i < len(cand); {
		j, end := i+1, last(cand[i])
		for j < len(cand) && ps[cand[j]].first < end {
			end = max(end, last(cand[j]))
			j++
		}
		group := cand[i:j]
		i = j
		if len(group) < 2 {
			continue
		}
		var fs []frag
		for _, k := range group {
			fs = append(fs, ps[k].frags...)
		}
		sort.SliceStable(fs, func(x, y int) bool { return fs[x].line < fs[y].line })
		// Lines of one chunk are one column's: only lines each a chunk
		// of its own take turns line by line.
		apart := func(a, b int) bool { return b > a+1 && s.blankBetween(a, b) }
		subs := s.unweaveFrags(ps[group[0]], fs, apart)
		if len(subs) < 2 {
			continue
		}
		from := map[int]int{} // line -> piece of the group
		for _, k := range group {
			for _, f := range ps[k].frags {
				from[f.line] = k
			}
			gone[k] = true
		}
		ps = slices.Clip(ps)
		for _, q := range subs {
			n := map[int]int{}
			for _, f := range q.frags {
				n[from[f.line]]++
			}
			src := group[0]
			for _, k := range group {
				if n[k] > n[src] {
					src = k
				}
			}
			at[len(ps)] = ps[src].first
			added = append(added, len(ps))
			ps = append(ps, q)
		}
	}
	if len(added) == 0 {
		return ps, ks, nil, nil
	}
	var rest []int
	for _, k := range ks {
		if !gone[k] {
			rest = append(rest, k)
		}
	}
	return ps, rest, added, at
}

// blankBetween reports whether line b comes after line a with only blank
// lines between them.
func (s *pageSeg) blankBetween(a, b int) bool {
	if b <= a {
		return false
	}
	for i := a + 1; i < b; i++ {
		if s.chunk[i] >= 0 {
			return false
		}
	}
	return true
}

// fragsMax is the width of the widest of fs.
func fragsMax(fs []frag) float64 {
	w := 0.0
	for _, f := range fs {
		w = max(w, f.w)
	}
	return w
}

// unitLink proposes that unit v goes on after unit u.
type unitLink struct {
	u, v  int
	score float64
}

// linkUnits takes the links best first, each where u has no successor and
// v no predecessor yet and the link closes no cycle.
func linkUnits(cs []unitLink, next, prev []int) {
	sort.SliceStable(cs, func(x, y int) bool { return cs[x].score > cs[y].score })
	for _, c := range cs {
		if next[c.u] >= 0 || prev[c.v] >= 0 {
			continue
		}
		k := c.v
		for k >= 0 && k != c.u {
			k = next[k]
		}
		if k == c.u {
			continue // a cycle
		}
		next[c.u], prev[c.v] = c.v, c.u
	}
}

const orderMin = 0.8

// readsBefore: piece j is read before piece k: an earlier chunk of the
// dump, an earlier column in the same chunk, or higher up in the column.
func (s *pageSeg) readsBefore(j, k int, ps []*piece, col map[int]int) bool {
	cj, ck := s.chunk[ps[j].first], s.chunk[ps[k].first]
	if cj != ck {
		return cj < ck
	}
	if col[j] != col[k] {
		return col[j] < col[k]
	}
	return ps[j].first < ps[k].first
}

// columnsOf numbers the columns of an article's pieces. Pieces that share
// dump rows are printed side by side, the one further left in those rows
// in an earlier column; a piece is one column right of the rightmost piece
// found to its left (pieces that never share a row with a piece to their
// left are in column 0).
func (s *pageSeg) columnsOf(ks []int, ps []*piece) map[int]int {
	// at[k][line] is the place of piece k's fragment in its dump row.
	at := make(map[int]map[int]int, len(ks))
	for _, k := range ks {
		m := map[int]int{}
		for _, f := range ps[k].frags {
			for x, g := range s.frags[f.line] {
				if g.text == f.text {
					m[f.line] = x
					break
				}
			}
		}
		at[k] = m
	}
	left := func(a, b int) bool {
		n := 0
		for l, x := range at[a] {
			if y, ok := at[b][l]; ok {
				if x < y {
					n++
				} else if x > y {
					n--
				}
			}
		}
		return n > 0
	}
	col := make(map[int]int, len(ks))
	for range ks {
		changed := false
		for _, b := range ks {
			for _, a := range ks {
				if a != b && left(a, b) && col[a]+1 > col[b] {
					col[b] = col[a] + 1
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	return col
}

// addAuthors appends the authors of more whose names are not in as yet.
func addAuthors(as, more []segment.Author) []segment.Author {
	for _, m := range more {
		if !slices.ContainsFunc(as, func(a segment.Author) bool { return a.Name == m.Name }) {
			as = append(as, m)
		}
	}
	return as
}

// sharesName reports a name in both credits (or one of them naming
// nobody but photographers).
func sharesName(as, bs []segment.Author) bool {
	n := 0
	for _, a := range as {
		if a.Role == segment.Photographer {
			continue
		}
		n++
		for _, b := range bs {
			if a.Name == b.Name {
				return true
			}
		}
	}
	return n == 0
}

// photographers keeps the photo credits of as.
func photographers(as []segment.Author) []segment.Author {
	var out []segment.Author
	for _, a := range as {
		if a.Role == segment.Photographer {
			out = append(out, a)
		}
	}
	return out
}

// flows turns a piece into body flows; a crosshead (a short line without
// punctuation between two paragraphs) is a flow of its own.
func (s *pageSeg) flows(p *piece) []segment.Flow {
	var out []segment.Flow
	var cur []page.Line
	for i, f := range p.frags {
		if f.text == "" {
			continue
		}
		if s.zh && (i+1 < len(p.frags) && (i > 0 && s.crosshead(p, i) || i == 0 && s.topCrosshead(p)) ||
			i > 0 && i+1 == len(p.frags) && sentenceEnd(p.frags[i-1].text) && letterSpaced(f.text)) {
			if len(cur) > 0 {
				out = append(out, segment.Flow{Lines: cur})
				cur = nil
			}
			out = append(out, segment.Flow{Lines: lines(cues.Squeeze(f.text)), Standalone: true})
			continue
		}
		t := f.text
		if s.zh && i == len(p.frags)-1 && f.w <= p.w-2 && sentenceEnd(t) {
			// A clearly short last line that ends a sentence ends its
			// paragraph, whatever spaces justification left in it; squeezed,
			// reflow does not take it for a stretched full line.
			t = cues.Squeeze(t)
		}
		cur = append(cur, page.Line{Text: t, Conf: 1})
	}
	if len(cur) > 0 {
		out = append(out, segment.Flow{Lines: cur})
	}
	return out
}

// crosshead: a short line with no punctuation after a line that ends a
// sentence, in a column of wider lines. It closes any quotation or
// bracket it opens: a line left open runs on (cues.LeftOpen).
func (s *pageSeg) crosshead(p *piece, i int) bool {
	f := p.frags[i]
	if !sentenceEnd(p.frags[i-1].text) || hasSentencePunct(f.text) || strings.ContainsAny(f.text, "，、。") && !parallelPhrases(f) || cues.LeftOpen(f.text, cues.Quotes, cues.Brackets) || opensClosed(f.text) || cues.OpensParticle(f.text) {
		return false
	}
	// The indented first line of a paragraph (two short of the column)
	// before a full line goes on there: no heading; so does a line about
	// that wide (the dump measures digits and marks loosely) before a full
	// running line.
	w := p.fullWidth()
	next := p.frags[i+1]
	if next.w >= w-1 && (math.Abs(f.w-(w-2)) < 0.5 || f.w >= w-3.5 && !sentenceEnd(next.text)) {
		return false
	}
	// An opening quote or bracket never ends a line: a first line one
	// short of its indented width, before a full line that opens with one,
	// had no room for the mark and its character (…有一个|“京东云…”).
	if next.w >= w-1 && math.Abs(f.w-(w-3)) < 0.5 && opensQuote(next.text) {
		return false
	}
	// Over a short line that ends a sentence it opens a paragraph of two
	// lines: a crosshead stands over a paragraph's indented first line.
	// Nor does a heading end on a word that wants more after it.
	if next.w < w-1.5 && sentenceEnd(next.text) || dangles(f.text) {
		return false
	}
	return f.w < p.w-1.5 && f.w >= 3
}

// textBetween reports a piece of text starting between lines from and to
// (exclusive).
func (s *pageSeg) textBetween(from, to int) bool {
	for l := from + 1; l < to; l++ {
		if s.starts[l] {
			return true
		}
	}
	return false
}

// opensQuote reports a line that starts with a CJK opening quote or bracket.
func opensQuote(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	return strings.ContainsRune(cues.Openers, r)
}

// opensClosed reports a line that opens with a closing mark (cues.Closers): the
// end of a quotation or clause of the line before it, never a heading.
func opensClosed(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	return strings.ContainsRune(cues.Closers, r)
}

// topCrosshead: a piece opening with a short line without punctuation (or
// of two parallel phrases) over a paragraph's indented first line opens
// with a crosshead.
func (s *pageSeg) topCrosshead(p *piece) bool {
	f, next := p.frags[0], p.frags[1]
	// The column: the piece's own full lines, or the page's column that
	// the next line is the indented start of.
	w := p.fullWidth()
	if len(p.frags) < 4 && s.colWidths[next.w+2] {
		w = next.w + 2
	}
	if f.w < 3 || f.w >= w-3.5 || sentenceEnd(f.text) || hasSentencePunct(f.text) ||
		strings.ContainsAny(f.text, "，、。") && !parallelPhrases(f) || cues.LeftOpen(f.text, cues.Quotes, cues.Brackets) || opensClosed(f.text) || cues.OpensParticle(f.text) {
		return false
	}
	// No word runs on across the break ("…副院长陈" / "胜在致辞…").
	// The dump measures digits and Latin letters only roughly.
	indent := math.Abs(next.w-(w-2)) < 0.5 || !next.exact() && math.Abs(next.w-(w-2)) <= 1
	t := s.joinTracker()
	// As wide as the indented first lines of paragraphs printed next to
	// it, over a wider line: a paragraph's first line itself.
	if next.w >= f.w+2 && s.paraStartNear(t, s.chunk[f.line], f.w) {
		return false
	}
	return indent && !sentenceEnd(next.text) && !t.wordSpans(f.text, next.text)
}

// dangles reports a line whose last word is a particle, preposition or
// conjunction (…沿河而生的, …再次展示了): its sentence goes on.
func dangles(t string) bool {
	ts := wordseg.Tag(strings.TrimSpace(t))
	if len(ts) == 0 {
		return false
	}
	p := ts[len(ts)-1].Pos
	return strings.HasPrefix(p, "u") || p == "p" || p == "c"
}

// letterSpaced reports a line set letter-spaced, as headings are: three or
// more single characters apart.
func letterSpaced(t string) bool { return spacedHan(t, 3) }

// spacedHan reports n or more single Han characters set apart by spaces,
// and nothing else.
func spacedHan(t string, n int) bool {
	fs := strings.Fields(t)
	for _, f := range fs {
		if r, m := utf8.DecodeRuneInString(f); m != len(f) || !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return len(fs) >= n
}

// parallelPhrases reports a line of two Chinese phrases joined by one
// comma ("出发，为了远方的梦想"), as crossheads are sometimes set.
func parallelPhrases(f frag) bool {
	a, b, ok := strings.Cut(f.text, "，")
	return ok && f.exact() && !strings.ContainsAny(b, "，、。") &&
		utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2
}

// cluster gives the stories no heading claimed to the article they resemble
// most: by their words against the article's words so far, and by the
// articles of the pieces printed next to them in the dump. Several rounds
// (clusterRounds), so that articles grown in one round attract in the next.
// Editor's notes attract too: a note's later paragraphs, printed apart
// from its first, are its own (only the stories a note holds stay put).
// A short Chinese story has too few words to tell: among the articles its
// words nearly tie for (bigramTie), its character bigrams choose, unless
// the best article leads by its headline's words.
func (s *pageSeg) cluster(arts []*article, owner []*article, fixed []bool, stories [][]int, ps []*piece,
	stoks []map[string]float64, slen []int, cont map[[2]int]float64) {
	var big []map[string]float64
	if s.zh {
		big = s.bigramVecs(stories, ps)
	}
	seed := make([]bool, len(stories))
	for i := range stories {
		seed[i] = owner[i] != nil
	}
	// Neighbours in dump order.
	order, pos := dumpOrder(ps)
	byLen := make([]int, len(stories))
	for i := range byLen {
		byLen[i] = i
	}
	sort.SliceStable(byLen, func(a, b int) bool { return slen[byLen[a]] > slen[byLen[b]] })
	var sw []map[float64]int
	if s.zh {
		sw = make([]map[float64]int, len(stories))
		for i, st := range stories {
			sw[i] = storyWidths(st, ps)
		}
	}
	for round := 0; round < clusterRounds; round++ {
		cent := map[*article]map[string]float64{}
		centBig := map[*article]map[string]float64{}
		aw := map[*article]map[float64]int{}
		for i, a := range owner {
			if a != nil {
				addTo(cent, a, stoks[i])
				if sw != nil {
					aw[a] = addWidths(aw[a], sw[i], 1)
				}
				if big != nil {
					addTo(centBig, a, big[i])
				}
			}
		}
		// The column widths the page's articles are set at.
		widths := map[float64]bool{}
		for _, h := range aw {
			if w, n := modalWidth(h); n >= 2*widthLines {
				widths[w] = true
			}
		}
		for _, i := range byLen {
			if seed[i] && (round < seedRound || fixed[i]) || owner[i] != nil && (round == 0 || owner[i].note) {
				continue
			}
			var best *article
			bs := 0.0
			byHead := false
			type fit struct {
				a          *article
				words, big float64
			}
			var fits []fit
			for _, a := range arts {
				c := cent[a]
				if owner[i] == a {
					// Leave this story out of its own article's words.
					c = sub(c, stoks[i])
				}
				sc := cosine(stoks[i], c)
				head := 0.0
				if a.g != nil {
					head = s.storyCarries(a.g, i, stoks)
				}
				more := 0.25 * s.neighbours(i, a, stories, ps, order, pos, owner)
				runOn := 0.0
				for _, j := range a.stories {
					if j != i {
						runOn = max(runOn, cont[[2]int{i, j}], cont[[2]int{j, i}])
					}
				}
				more += contWeight * runOn
				if sw != nil {
					w := aw[a]
					if owner[i] == a {
						w = addWidths(w, sw[i], -1)
					}
					if otherWidth(sw[i], w, widths) {
						more -= widthCost
					}
				}
				// A long Chinese story has words enough to tell where it
				// belongs: printed among an article's pieces, it does not
				// join that article without a word in common.
				if s.zh && slen[i] >= smoothMax && sc == 0 && head == 0 {
					continue
				}
				words := max(sc, head) + more
				if big != nil {
					cb := centBig[a]
					if owner[i] == a {
						cb = sub(cb, big[i])
					}
					fits = append(fits, fit{a, words, max(cosine(big[i], cb), head) + more})
				}
				if words > bs {
					best, bs, byHead = a, words, head > sc
				}
			}
			if best != nil && big != nil && slen[i] < smoothMax && !byHead {
				top, bb := bs, 0.0
				for _, f := range fits {
					if f.a == best {
						bb = f.big
					}
				}
				for _, f := range fits {
					if f.words >= top-bigramTie && f.big > bb {
						best, bs, bb = f.a, f.words, f.big
					}
				}
			}
			if best == nil || bs < minFit {
				continue
			}
			// A headed article keeps its last story: emptied, its heading
			// would become a label and its text a headline-less article.
			if owner[i] != best && !(owner[i] != nil && owner[i].g != nil && len(owner[i].stories) == 1) {
				old := owner[i]
				if old != nil {
					old.stories = remove(old.stories, i)
				}
				best.stories = append(best.stories, i)
				owner[i] = best
				// The article the story left keeps its words and bigrams
				// until the next round sums them afresh. Taking them away
				// at once, as its widths are, moved near-ties on scrambled
				// English dumps and lowered the dev headline and author
				// figures when measured.
				addTo(cent, best, stoks[i])
				if sw != nil {
					if old != nil {
						aw[old] = addWidths(aw[old], sw[i], -1)
					}
					aw[best] = addWidths(aw[best], sw[i], 1)
				}
				if big != nil {
					addTo(centBig, best, big[i])
				}
			}
		}
	}
}

// storyWidths counts the exact running lines of a story's pieces by width:
// the columns of one article share a width, while a boxed text beside them
// (an editor's note) is often set narrower.
func storyWidths(st []int, ps []*piece) map[float64]int {
	h := map[float64]int{}
	for _, k := range st {
		for _, f := range ps[k].frags {
			if f.exact() && !sentenceEnd(f.text) && f.w > 0 {
				h[f.w]++
			}
		}
	}
	return h
}

// addWidths returns h with sign times the counts of d added, in a new map.
func addWidths(h, d map[float64]int, sign int) map[float64]int {
	out := make(map[float64]int, len(h)+len(d))
	for w, n := range h {
		out[w] = n
	}
	for w, n := range d {
		if out[w] += sign * n; out[w] <= 0 {
			delete(out, w)
		}
	}
	return out
}

// modalWidth is the most common width of h and its count, the widest on a
// tie (a column's full lines are its widest running lines).
func modalWidth(h map[float64]int) (float64, int) {
	best, bn := 0.0, 0
	for w, n := range h {
		if n > bn || n == bn && w > best {
			best, bn = w, n
		}
	}
	return best, bn
}

// otherWidth: a story of a few full lines is set at another column width
// than an article's text of several, a width other articles of the page
// are set at (widths).
func otherWidth(story, art map[float64]int, widths map[float64]bool) bool {
	w, n := modalWidth(story)
	aw, an := modalWidth(art)
	return n >= widthLines && an >= 2*widthLines && math.Abs(w-aw) >= 2 && widths[w]
}

// widthLines is how many running lines of one width a story needs for its
// column width to count; widthCost is what a different width costs a fit.
const (
	widthLines = 3
	widthCost  = 0.3
)

// creditedStories: an article has one credit. A story carrying a credit
// of its own (a trailing or run-in credit) that went to an article credited
// otherwise belongs to another article: an uncredited heading whose words
// the story carries takes it; so does a story opened by a run-in credit
// that went under an uncredited heading whose words it does not carry,
// printed after text of that heading. Without one, a story that a run-in
// credit opens stands as an article of its own; a trailing credit's story
// is only an article's end, too little to stand alone, and stays.
func (s *pageSeg) creditedStories(arts *[]*article, owner []*article, stories [][]int, ps []*piece, stoks []map[string]float64) {
	credited := map[*article]bool{}
	for st, a := range owner {
		if a != nil && storyCredit(st, ps, stories) != "" {
			credited[a] = true
		}
	}
	// first is the first line of each story's text (pieces emptied by the
	// credit they held print none); stories do not change here, so it is
	// read once rather than per comparison.
	first := make([]int, len(stories))
	for st, ks := range stories {
		first[st] = math.MaxInt
		for _, k := range ks {
			if strings.TrimSpace(ps[k].text()) != "" {
				first[st] = min(first[st], ps[k].first)
			}
		}
	}
	// startedBefore: a's heading drew text printed before story st.
	startedBefore := func(a *article, st int) bool {
		for _, o := range a.stories {
			if o != st && first[o] < first[st] {
				return true
			}
		}
		return false
	}
	for st, a := range owner {
		c := storyCredit(st, ps, stories)
		if a == nil || a.g == nil || c == "" || a.g.byline == c {
			continue
		}
		// A run-in credit opens an article. Under an uncredited heading
		// whose text starts earlier, a story it opens that does not carry
		// the heading's words is another article's start.
		if a.g.byline == "" && !(ps[stories[st][0]].lead && startedBefore(a, st) && headScore(a.g.toks, stoks[st]) < headFound) {
			continue
		}
		var best *article
		bs := headFound
		for _, b := range *arts {
			if b.note || b.g == nil || b.g.byline != "" || credited[b] || len(b.g.head) == 0 {
				continue
			}
			if v := headScore(b.g.toks, stoks[st]); v >= bs {
				best, bs = b, v
			}
		}
		if best == nil && !ps[stories[st][0]].lead {
			// A trailing credit under another credit ends the text of an
			// article without one: the page's only uncredited headline
			// takes it, or else the nearest above that drew none of its
			// text, when the article keeps text printed before it.
			near := false
			if best = lastUncredited(*arts, credited); best == nil {
				best, near = s.nearestUnheaded(*arts, credited, first[st], stories, stoks), true
			}
			if best == nil || !startedBefore(a, st) {
				continue
			}
			if near {
				// The text it drew carries none of its words: scraps
				// the clustering gave it, which go back to no article.
				for _, o := range best.stories {
					owner[o] = nil
				}
				best.stories = nil
			}
		}
		if best == nil {
			best = &article{first: ps[stories[st][0]].first}
			*arts = append(*arts, best)
		}
		a.stories = remove(a.stories, st)
		best.stories = append(best.stories, st)
		owner[st] = best
		credited[best] = true
		// a stays credited only by a credit another of its stories carries.
		credited[a] = s.storyCredited(a, ps, stories)
	}
}

// storyCarries is the share of heading g that story st carries, by words
// or, on Chinese pages, by character bigrams (headGrams), whichever is more.
func (s *pageSeg) storyCarries(g *group, st int, stoks []map[string]float64) float64 {
	return max(headScore(g.toks, stoks[st]), s.hg.score(g, st))
}

// headsFollowText: a heading none of whose article's text carries its
// words, while the text of an untitled article does (a story a run-in
// credit took away from a heading credited otherwise), heads that text;
// the scraps it had stay, untitled.
func (s *pageSeg) headsFollowText(arts []*article, stoks []map[string]float64) {
	fit := func(g *group, a *article) float64 {
		v := 0.0
		for _, st := range a.stories {
			v = max(v, s.storyCarries(g, st, stoks))
		}
		return v
	}
	for _, a := range arts {
		if a.g == nil || a.note || len(a.g.head) == 0 || len(a.stories) == 0 || fit(a.g, a) >= headLost {
			continue
		}
		var best *article
		bs := headFound
		for _, u := range arts {
			if u.g != nil || u.note || len(u.stories) == 0 {
				continue
			}
			if v := fit(a.g, u); v >= bs {
				best, bs = u, v
			}
		}
		if best != nil {
			best.g, a.g = a.g, nil
		}
	}
}

// A heading's text carries less than headLost of its words; the text it
// goes to carries headFound of them or more (headsFollowText, and the
// article a credited label goes to, creditedLabel). headFound is also the
// share of a heading's words a text must carry to take what is printed
// with the heading: its credit (creditedStories, strandedCredits) or a
// kicker printed apart (attachKickers).
const headLost, headFound = 0.1, 0.3

// creditUnderHeading: a heading whose article's text opens with a run-in
// credit of its own does not carry another credit; the credit printed
// with the heading signs the text printed right under it, which the
// dump gave to an uncredited article.
func (s *pageSeg) creditUnderHeading(arts []*article, ps []*piece, stories [][]int, sfirst []int) {
	for _, a := range arts {
		if a.g == nil || a.g.byline == "" || a.note || len(a.stories) == 0 {
			continue
		}
		open := a.stories[0]
		for _, st := range a.stories {
			if sfirst[st] < sfirst[open] {
				open = st
			}
		}
		if p := ps[stories[open][0]]; !p.lead || p.credit == "" || p.credit == a.g.byline {
			continue
		}
		// The credit's own line: resolved credits leave the group's end
		// at its heading.
		at := a.g.end
		for _, it := range s.items {
			if it.kind == kByline && it.byline == a.g.byline && it.line >= a.g.line {
				at = it.line
				break
			}
		}
		for _, b := range arts {
			if b == a || b.g == nil || b.g.byline != "" || b.note || s.storyCredited(b, ps, stories) {
				continue
			}
			if slices.ContainsFunc(b.stories, func(st int) bool { return sfirst[st] > at && sfirst[st] <= at+creditOverText }) {
				b.g.byline, b.g.authors = a.g.byline, a.g.authors
				a.g.byline, a.g.authors = "", nil
				break
			}
		}
	}
}

// creditOverText is how many dump lines under a credit the text it signs
// starts at most: on the next line, or after the blank line that sets a
// heading group off.
const creditOverText = 2

// headCredited reports whether headed article a carries a credit: its
// heading's byline or a credit in one of its stories.
func (s *pageSeg) headCredited(a *article, ps []*piece, stories [][]int) bool {
	return a.g.byline != "" || s.storyCredited(a, ps, stories)
}

// storyCredited reports whether one of a's stories carries a credit.
func (s *pageSeg) storyCredited(a *article, ps []*piece, stories [][]int) bool {
	return slices.ContainsFunc(a.stories, func(st int) bool { return storyCredit(st, ps, stories) != "" })
}

// storyCredit is the credit one of story st's pieces carries, "" when
// none does.
func storyCredit(st int, ps []*piece, stories [][]int) string {
	for _, k := range stories[st] {
		if ps[k].credit != "" {
			return ps[k].credit
		}
	}
	return ""
}

// creditedLabel: a short heading whose only text is a run-in credit the
// dump printed without its paragraph ("秋粮丰收底气足" over "本报上海…电
// （记者…）") is an article's kicker and credit printed apart from it: the
// headed article without a kicker whose text carries the heading's words
// takes both (the credit only when its heading has none). The label's
// article goes.
func (s *pageSeg) creditedLabel(arts []*article, ps []*piece, stories [][]int, stoks []map[string]float64, idf map[string]float64) []*article {
	gone := map[*article]bool{}
	for _, a := range arts {
		if a.g == nil || a.note || a.g.byline != "" || len(a.g.head) != 1 || len(a.g.kicker) > 0 || len(a.stories) == 0 {
			continue
		}
		var lead *piece
		empty := true
		for _, st := range a.stories {
			for _, k := range stories[st] {
				empty = empty && strings.TrimSpace(ps[k].text()) == ""
				if ps[k].lead && ps[k].credit != "" {
					lead = ps[k]
				}
			}
		}
		if !empty || lead == nil {
			continue
		}
		free := func(b *article) bool { return b != a && !gone[b] && len(b.g.kicker) == 0 && len(b.g.head) > 0 }
		best, bs := bestHeaded(s.tokens(a.g.head[0], idf), arts, stoks, free)
		if best == nil || bs < headFound {
			continue
		}
		best.g.kicker = a.g.head
		if best.g.byline == "" {
			best.g.byline, best.g.authors = lead.credit, lead.authors
		}
		gone[a] = true
	}
	return slices.DeleteFunc(arts, func(a *article) bool { return gone[a] })
}

// lastUncredited returns the one headed article left without a credit,
// nil when none or several are.
func lastUncredited(arts []*article, credited map[*article]bool) *article {
	var found *article
	for _, b := range arts {
		if b.note || b.g == nil || b.g.byline != "" || credited[b] || len(b.g.head) == 0 {
			continue
		}
		if found != nil {
			return nil
		}
		found = b
	}
	return found
}

// nearestUnheaded returns the headed article without a credit whose
// heading is printed nearest above dump line at and whose words no story
// carries: a heading that drew none of its text (the credited story that
// ends its text went elsewhere). nil when there is none.
func (s *pageSeg) nearestUnheaded(arts []*article, credited map[*article]bool, at int, stories [][]int, stoks []map[string]float64) *article {
	carried := func(g *group) bool {
		for o := range stories {
			if s.storyCarries(g, o, stoks) >= headFound {
				return true
			}
		}
		return false
	}
	var found *article
	for _, b := range arts {
		if b.note || b.g == nil || b.g.byline != "" || credited[b] || len(b.g.head) == 0 || b.g.line >= at {
			continue
		}
		if (found == nil || b.g.line > found.g.line) && !carried(b.g) {
			found = b
		}
	}
	return found
}

// strandedCredits: a credited heading that drew no text leaves its credit
// to the uncredited article whose text carries the heading's words, under
// a bare short heading (a crosshead of the article may draw its text
// first, or a misread line). The heading itself stays a label.
func (s *pageSeg) strandedCredits(arts []*article, stoks []map[string]float64) {
	taken := map[*article]bool{}
	for _, a := range arts {
		if a.g == nil || !a.g.weak() || a.note || len(a.stories) == 0 {
			continue
		}
		w := storyWords(a, stoks)
		var best *article
		bs := headFound
		for _, b := range arts {
			if b.g == nil || b.note || len(b.stories) > 0 || b.g.byline == "" || taken[b] || len(b.g.head) == 0 {
				continue
			}
			if v := headScore(b.g.toks, w); v >= bs {
				best, bs = b, v
			}
		}
		if best != nil {
			a.g.byline, a.g.authors = best.g.byline, best.g.authors
			taken[best] = true
		}
	}
}

// continuations rates how well story j's text runs on from the end of
// story i's, for the pairs printed near each other in the dump (the window
// of link); pairs left out rate 0, as do ends of sentences and starts of
// paragraphs.
func (s *pageSeg) continuations(stories [][]int, ps []*piece) map[[2]int]float64 {
	out := map[[2]int]float64{}
	if !s.zh {
		return out
	}
	for i, si := range stories {
		last := si[len(si)-1]
		p := ps[last]
		if !p.openEnd() || !p.fullEnd() || p.note {
			continue
		}
		for j, sj := range stories {
			q := ps[sj[0]]
			if i == j || abs(sj[0]-last) > linkWindow || !q.openStart(true) || q.lead || q.note {
				continue
			}
			if v := s.joinText(s.joinTracker(), p, q); v > 0 {
				out[[2]int{i, j}] = v
			}
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

const contWeight = 0.15

// bigramTie is how far below the best word likeness an article may score
// and still be chosen for a short story by its character bigrams.
const bigramTie = 0.1

// addTo adds a story's weights to article a's sum in m.
func addTo(m map[*article]map[string]float64, a *article, v map[string]float64) {
	c := m[a]
	if c == nil {
		c = map[string]float64{}
		m[a] = c
	}
	for w, x := range v {
		c[w] += x
	}
}

// bigramVecs weighs each story's Han character bigrams by how few stories
// use them. Bigrams tie stories by names and terms that word segmentation
// splits or misses.
func (s *pageSeg) bigramVecs(stories [][]int, ps []*piece) []map[string]float64 {
	grams := make([]map[string]int, len(stories))
	df := map[string]int{}
	for i, st := range stories {
		grams[i] = map[string]int{}
		for _, k := range st {
			for _, f := range ps[k].frags {
				rs := []rune(strings.ReplaceAll(f.text, " ", ""))
				for x := 0; x+1 < len(rs); x++ {
					if unicode.Is(unicode.Han, rs[x]) && unicode.Is(unicode.Han, rs[x+1]) {
						grams[i][string(rs[x:x+2])]++
					}
				}
			}
		}
		for g := range grams[i] {
			df[g]++
		}
	}
	n := float64(len(stories) + 1)
	out := make([]map[string]float64, len(stories))
	for i := range stories {
		out[i] = map[string]float64{}
		for g, c := range grams[i] {
			if df[g] > 1 { // a bigram no other story has links nothing
				out[i][g] = math.Log(n/float64(df[g])) * math.Sqrt(float64(c))
			}
		}
	}
	return out
}

// Clustering runs a few rounds; stories a heading claimed by its words may
// move from the second round on, once the articles' vocabularies have grown
// (a heading's few words often pick a neighbour's column), unless the claim
// was strong: most of the heading's weight, or printed right below it.
const clusterRounds, seedRound, fixedClaim = 6, 1, 0.4

// neighbours is the share of the pieces printed right before and after the
// story's pieces that belong to article a.
func (s *pageSeg) neighbours(st int, a *article, stories [][]int, ps []*piece, order, pos []int, owner []*article) float64 {
	n, hit := 0, 0
	for _, k := range stories[st] {
		for _, d := range []int{-1, 1} {
			j := pos[k] + d
			if j < 0 || j >= len(order) {
				continue
			}
			o := owner[ps[order[j]].story]
			if ps[order[j]].story == st || o == nil {
				continue
			}
			n++
			if o == a {
				hit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

func sub(c, d map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(c))
	for w, v := range c {
		if v -= d[w]; v > 1e-9 {
			out[w] = v
		}
	}
	return out
}

func remove(xs []int, x int) []int {
	for i, v := range xs {
		if v == x {
			return append(xs[:i], xs[i+1:]...)
		}
	}
	return xs
}

// enAssign reads an English dump in order. Its stories are labelled with
// the headings by a best path (Viterbi): a story scores for a heading by
// the heading's words it carries, its likeness to the text the heading has
// so far, being printed right under the heading, and a credit over it
// (which only a heading without one takes); consecutive stories score for
// staying in one article, most when the second runs on from the first.
// The articles' words are re-estimated from the path a few times.
func (s *pageSeg) enAssign(ps []*piece, stories [][]int, stoks []map[string]float64, gs []*group,
	byGroup map[*group]*article, owner []*article, arts *[]*article) {
	var heads []*group
	for _, g := range gs {
		if len(g.head) > 0 && (byGroup[g] == nil || !byGroup[g].note) {
			heads = append(heads, g)
		}
	}
	var order []int
	for i := range stories {
		if owner[i] == nil {
			order = append(order, i)
		}
	}
	if len(heads) == 0 || len(order) == 0 {
		return
	}
	sort.SliceStable(order, func(a, b int) bool { return ps[stories[order[a]][0]].first < ps[stories[order[b]][0]].first })
	first := func(i int) int { return ps[stories[i][0]].first }
	last := func(i int) *piece { st := stories[i]; return ps[st[len(st)-1]] }
	credit := func(i int) string { return ps[stories[i][0]].credit }
	// headAbove[k]: the heading printed last before unit k, if no other
	// unit comes between them.
	headAbove := make([]int, len(order))
	for k, i := range order {
		headAbove[k] = -1
		for h, g := range heads {
			if g.end < first(i) && (k == 0 || g.line > last(order[k-1]).frags[len(last(order[k-1]).frags)-1].line) {
				headAbove[k] = h
			}
		}
	}
	label := make([]int, len(order))
	models := make([]map[string]float64, len(heads))
	for h, g := range heads {
		models[h] = g.toks
	}
	n, m := len(order), len(heads)
	// forced holds the units given to headings that the best path left
	// without text: every heading of a page has some.
	forced := map[int]int{}
	for round := 0; round < enRounds; round++ {

		emit := make([][]float64, n)
		for k, i := range order {
			emit[k] = make([]float64, m+1)
			emit[k][m] = enNew
			for h, g := range heads {
				mod := models[h]
				if round > 0 && label[k] == h {
					mod = sub(mod, stoks[i])
				}
				e := enHeadW*headScore(g.toks, stoks[i]) + cosine(stoks[i], mod)
				if headAbove[k] == h {
					// Right under the heading, or past a caption or a
					// credit printed apart from it.
					if first(i)-g.end <= 2 {
						e += enAbove
					} else {
						e += enAbove / 2
					}
				} else if g.line < first(i) {
					e += 0.05
				}
				if credit(i) != "" {
					if g.byline != "" && g.byline != credit(i) {
						e -= 0.6
					} else {
						e += 0.3
					}
				}
				emit[k][h] = e
			}
		}
		if round > 0 {
			// A heading the path left without text takes the paragraph
			// it fits best among those whose article keeps others and that
			// carry its words or are printed right under it.
			got := make([]int, m+1)
			for _, h := range label {
				got[h]++
			}
			for h, g := range heads {
				// A bare short heading may be a crosshead: no text of its own.
				if got[h] > 0 || g.weak() {
					continue
				}
				best, bk := math.Inf(-1), -1
				for k, i := range order {
					if _, ok := forced[k]; ok || got[label[k]] < 2 || ps[stories[i][0]].openStart(s.zh) ||
						headAbove[k] != h && headScore(g.toks, stoks[i])+cosine(stoks[i], models[h]) < 0.2 {
						continue
					}
					if d := emit[k][h] - emit[k][label[k]]; d > best {
						best, bk = d, k
					}
				}
				if bk >= 0 {
					forced[bk] = h
					got[label[bk]]--
					got[h]++
				}
			}
		}
		for k := range order {
			if f, ok := forced[k]; ok {
				for h := range emit[k] {
					if h != f {
						emit[k][h] = math.Inf(-1)
					}
				}
			}
		}
		stay := func(k int) float64 {
			i := order[k]
			switch {
			case credit(i) != "" || headAbove[k] >= 0:
				return 0
			case ps[stories[i][0]].openStart(s.zh):
				// The unit starts mid-sentence: it runs on from somewhere.
				return 0.8
			case k > 0 && s.sameBlock(last(order[k-1]), ps[stories[i][0]]):
				// Printed right under the unit before, in the same block:
				// the same column goes on with a new paragraph.
				return 0.8
			}
			return enStay
		}
		// Viterbi.
		score := make([][]float64, n)
		back := make([][]int, n)
		for k := range order {
			score[k] = make([]float64, m+1)
			back[k] = make([]int, m+1)
			for h := range score[k] {
				if k == 0 {
					score[k][h] = emit[k][h]
					continue
				}
				st := stay(k)
				best, bh := math.Inf(-1), 0
				for p := range score[k-1] {
					v := score[k-1][p]
					if p == h {
						v += st
					}
					if v > best {
						best, bh = v, p
					}
				}
				score[k][h] = best + emit[k][h]
				back[k][h] = bh
			}
		}
		h := 0
		for x := range score[n-1] {
			if score[n-1][x] > score[n-1][h] {
				h = x
			}
		}
		for k := n - 1; k >= 0; k-- {
			label[k] = h
			h = back[k][h]
		}
		for x, g := range heads {
			models[x] = map[string]float64{}
			for w, v := range g.toks {
				models[x][w] = v
			}
		}
		for k, i := range order {
			if label[k] == m {
				continue
			}
			for w, v := range stoks[i] {
				models[label[k]][w] += v
			}
		}
	}
	var untitled *article
	for k, i := range order {
		if label[k] == m {
			// A run of units no heading fits is an article of its own.
			if untitled == nil || label[k-1] != m {
				untitled = &article{first: first(i)}
				*arts = append(*arts, untitled)
			}
			untitled.stories = append(untitled.stories, i)
			owner[i] = untitled
			continue
		}
		g := heads[label[k]]
		a := byGroup[g]
		if a == nil {
			a = &article{g: g, first: g.line}
			byGroup[g] = a
			*arts = append(*arts, a)
		}
		a.stories = append(a.stories, i)
		owner[i] = a
	}
}

const enRounds = 4

// Weights of the English labelling: heading words against likeness to the
// text so far, being printed right under the heading, staying in one
// article from one unit to the next.
const enHeadW, enAbove, enStay = 1.0, 0.7, 0.3

// enNew scores a unit for an article without heading: a run of units that
// fit no heading better (the heading lost in the dump) stands alone.
const enNew = 0.2

// crossheadOf returns the credited (on its heading or in its text) or
// kickered article, other than not, whose text is printed right under g,
// when g is a bare short heading: g is one of its crossheads. Chinese
// dumps only.
func (s *pageSeg) crossheadOf(g *group, not *article, arts []*article, ps []*piece, stories [][]int) *article {
	if !s.zh || !g.weak() || utf8.RuneCountInString(g.head[0]) > 8 {
		return nil
	}
	a := s.ownerBelow(g, not, arts, ps, stories)
	if a == nil || a.g == nil || a.g.byline == "" && len(a.g.kicker) == 0 && !s.storyCredited(a, ps, stories) {
		return nil
	}
	return a
}

// ownerBelow returns the article (other than not) of the first piece
// printed within a few lines below heading g.
func (s *pageSeg) ownerBelow(g *group, not *article, arts []*article, ps []*piece, stories [][]int) *article {
	var best *article
	first := math.MaxInt
	for _, a := range arts {
		if a == not {
			continue
		}
		for _, st := range a.stories {
			for _, k := range stories[st] {
				if f := ps[k].first; f > g.end && f <= g.end+3 && f < first {
					best, first = a, f
				}
			}
		}
	}
	return best
}

// crossheads folds articles headed by a bare short heading into the
// credited article whose words they share: in a long feature the dump
// prints crossheads like headlines. An English crosshead goes with the
// column text printed right above it.
func (s *pageSeg) crossheads(arts []*article, stoks []map[string]float64, ps []*piece, stories [][]int) []*article {
	ws := make(map[*article]map[string]float64, len(arts))
	for _, a := range arts {
		ws[a] = storyWords(a, stoks)
	}
	// Chinese articles share names and terms that word segmentation splits
	// or misses: their character bigrams (bigramVecs) tell too.
	bw := map[*article]map[string]float64{}
	if s.zh {
		big := s.bigramVecs(stories, ps)
		for _, a := range arts {
			for _, st := range a.stories {
				addTo(bw, a, big[st])
			}
		}
	}
	// A credit marks an article, not a crosshead's run of text: on its
	// heading, or (Chinese) run in or trailing in its text.
	credited := func(a *article) bool {
		return s.zh && s.storyCredited(a, ps, stories)
	}
	var out []*article
	for _, a := range arts {
		if a.g != nil && !s.zh && a.g.enCrosshead() && !a.note {
			// An English crosshead goes with the article of the column
			// text printed right above it.
			if b := s.ownerAbove(a.g, a, arts, ps, stories); b != nil && b.g != nil && !b.note && !b.g.enCrosshead() {
				b.stories = append(b.stories, a.stories...)
				b.cross = append(b.cross, a.g)
				b.cross = append(b.cross, a.cross...)
				continue
			}
		}
		// An editor's-note label heads its note.
		if a.g == nil || !a.g.weak() || a.note || credited(a) || noteLabel(a.g.head[0]) {
			out = append(out, a)
			continue
		}
		aw := ws[a]
		var best *article
		bs := 0.0
		for _, b := range arts {
			if b == a || b.g == nil || b.note || b.g.byline == "" && len(b.g.kicker) == 0 && !credited(b) {
				continue
			}
			sc := cosine(aw, ws[b])
			if c := cosine(bw[a], bw[b]); c >= crossLike {
				sc = max(sc, c)
			}
			if sc > bs {
				best, bs = b, sc
			}
		}
		// Short bare headings are the crossheads of long features.
		short := utf8.RuneCountInString(a.g.head[0]) <= 8
		if best == nil || bs < crossLike && !(short && bs >= 0.1) {
			out = append(out, a)
			continue
		}
		best.stories = append(best.stories, a.stories...)
		best.cross = append(best.cross, a.g)
		best.cross = append(best.cross, a.cross...)
	}
	return out
}

// crossLike is how alike (cosine) a bare heading's text and a credited
// article's must be for the heading to be one of its crossheads; a short
// heading needs less likeness of words, but this much of bigrams.
const crossLike = 0.3

// scraps turns articles with hardly any text into blocks: a heading that
// drew only a scrap of some column is a label or a misread line, and as an
// article it would only add a false one. Their text stays on the page.
func (s *pageSeg) scraps(arts []*article, ps []*piece, stories [][]int, slen []int, layout *segment.Layout) []*article {
	size := func(a *article) int { return articleSize(a, slen) }
	sizes := make([]int, len(arts))
	for i, a := range arts {
		sizes[i] = size(a)
	}
	slices.Sort(sizes)
	var out []*article
	for _, a := range arts {
		// Scraps are small, and small against the page's articles. A
		// credited story is a story however short it is.
		// (Where an English dump prints words in blocks, a credit over a
		// few words is one printed amid scraps of columns.)
		n := size(a)
		credited := a.g != nil && a.g.byline != "" && (!s.wordBlocks || n >= minArticle)
		if a.note || credited || n >= minArticle || 2*n >= sizes[len(sizes)/2] {
			out = append(out, a)
			continue
		}
		// A scrap opening with a run-in credit is an article's opening
		// whose columns went on beside it: the uncredited article whose
		// text starts in the rows right under the credit takes it, its
		// heading a crosshead.
		if b := s.runInScrapOwner(a, arts, ps, stories); b != nil {
			if a.g != nil {
				b.cross = append(b.cross, a.g)
			}
			b.cross = append(b.cross, a.cross...)
			b.stories = append(b.stories, a.stories...)
			continue
		}
		// A bare short heading over text of a credited article is its
		// crosshead, and its scrap of text goes along.
		if a.g != nil {
			if b := s.crossheadOf(a.g, a, arts, ps, stories); b != nil {
				b.cross = append(append(b.cross, a.g), a.cross...)
				b.stories = append(b.stories, a.stories...)
				continue
			}
		}
		if a.g != nil {
			if b := s.headOverOpening(a.g, a, arts, stories, ps); b != nil {
				asHeadline(a.g, b)
				for _, st := range a.stories {
					layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[st])
				}
				continue
			}
			if txt := a.g.label(); txt != "" {
				layout.Blocks = append(layout.Blocks, segment.Block{Kind: segment.Other, Lines: lines(txt)})
			}
		}
		for _, st := range a.stories {
			layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[st])
		}
	}
	return out
}

// runInScrapOwner returns the article that scrap a's run-in credit opens:
// the one without a credit (neither by its heading nor in its stories,
// as strayCredits asks), a heading of its own and no note, whose text
// has a column starting nearest below the credit, within runInRows rows.
// Nil when a opens with no run-in credit.
func (s *pageSeg) runInScrapOwner(a *article, arts []*article, ps []*piece, stories [][]int) *article {
	if !s.zh || a.note || len(a.stories) == 0 {
		return nil
	}
	lead := ps[stories[a.stories[0]][0]]
	if !lead.lead || lead.credit == "" {
		return nil
	}
	var best *article
	bd := runInRows + 1
	for _, b := range arts {
		if b == a || b.note || b.g == nil || len(b.g.head) == 0 || s.headCredited(b, ps, stories) {
			continue
		}
		for _, st := range b.stories {
			for _, k := range stories[st] {
				if d := ps[k].first - lead.first; d > 0 && d < bd {
					best, bd = b, d
				}
			}
		}
	}
	return best
}

// appendStoryBlocks appends a block for each piece of a story with text.
func appendStoryBlocks(bs []segment.Block, ps []*piece, story []int) []segment.Block {
	for _, k := range story {
		if t := strings.TrimSpace(ps[k].text()); t != "" {
			bs = append(bs, segment.Block{Kind: segment.Other, Lines: lines(t)})
		}
	}
	return bs
}

// minArticle is the least text (runes) an article of a dump carries.
const minArticle = 60

// minFit is the least likeness (words, heading words, neighbours) that
// gives a story to an article; below it, a story joins none.
const minFit = 0.08

// attachDecks gives each deck printed apart from its headline to the
// headed article without a deck whose text shares most of its words.
func (s *pageSeg) attachDecks(arts []*article, stoks []map[string]float64, idf map[string]float64, layout *segment.Layout) {
	for _, d := range s.looseDecks {
		best, bs := bestHeaded(s.tokens(d, idf), arts, stoks, func(a *article) bool { return len(a.g.decks) == 0 })
		if best == nil || bs < 0.2 {
			layout.Blocks = append(layout.Blocks, segment.Block{Kind: segment.Other, Lines: lines(d)})
			continue
		}
		best.g.decks = append(best.g.decks, d)
	}
}

// bestHeaded returns the headed article (not a note) that free accepts
// whose text shares most of the words t, with its headScore; nil when
// none shares any.
func bestHeaded(t map[string]float64, arts []*article, stoks []map[string]float64, free func(*article) bool) (*article, float64) {
	var best *article
	bs := 0.0
	for _, a := range arts {
		if a.g == nil || a.note || !free(a) {
			continue
		}
		if sc := headScore(t, storyWords(a, stoks)); sc > bs {
			best, bs = a, sc
		}
	}
	return best, bs
}

// seriesOf: a label quoted as a column's name in an editor's note printed
// as a titled note ("本版今起开辟“新春走基层”") is the series kicker of the
// headed article the note's label is printed next to. nil otherwise.
func (s *pageSeg) seriesOf(label string, arts []*article, ps []*piece, stories [][]int) *article {
	label = cues.Squeeze(label)
	for _, n := range arts {
		if !n.note || n.g == nil || utf8.RuneCountInString(label) < 2 {
			continue
		}
		var b strings.Builder
		for _, st := range n.stories {
			for _, k := range stories[st] {
				b.WriteString(strings.ReplaceAll(ps[k].text(), " ", ""))
			}
		}
		if !strings.Contains(b.String(), "“"+label+"”") {
			continue
		}
		var best *article
		bd := 8
		for _, a := range arts {
			if a.note || a.g == nil || len(a.g.head) == 0 || len(a.g.kicker) > 0 {
				continue
			}
			d := min(abs(a.g.line-n.g.end), abs(a.g.end-n.g.line))
			if d < bd {
				best, bd = a, d
			}
		}
		return best
	}
	return nil
}

// pairedPhrases reports a line of two short Chinese phrases set apart by a
// space, without punctuation.
func pairedPhrases(t string) bool {
	fs := strings.Fields(t)
	if len(fs) != 2 {
		return false
	}
	for _, f := range fs {
		n := utf8.RuneCountInString(f)
		if n < 3 || n > 10 || cjkShare(f) < 1 {
			return false
		}
	}
	return true
}

// attachKickers gives each kicker printed apart from its headline to the
// headed article without a kicker whose text carries most of its words.
func (s *pageSeg) attachKickers(arts []*article, stoks []map[string]float64, idf map[string]float64, layout *segment.Layout) {
	for _, k := range s.looseKickers {
		best, bs := bestHeaded(s.tokens(k, idf), arts, stoks, func(a *article) bool { return len(a.g.kicker) == 0 && len(a.g.head) > 0 })
		if best == nil || bs < headFound {
			layout.Blocks = append(layout.Blocks, segment.Block{Kind: segment.Other, Lines: lines(k)})
			continue
		}
		best.g.kicker = []string{k}
	}
}

// captionOwner returns the article whose text carries most of a caption's
// words ct, and the share it carries; nil when none carries half of them.
// words holds each article's words (storyWords).
func captionOwner(ct map[string]float64, arts []*article, words map[*article]map[string]float64) (*article, float64) {
	var best *article
	bs := 0.5
	for _, a := range arts {
		if a.note {
			continue
		}
		if v := contained(ct, words[a]); v > bs {
			best, bs = a, v
		}
	}
	return best, bs
}

// lines gives the caption's printed lines: its text, then a credit
// printed on a line of its own.
func (c caption) lines() []page.Line {
	if c.credit == "" {
		return lines(c.text)
	}
	return lines(c.text, c.credit)
}

// captionWords are the words of a caption without its credit.
func (s *pageSeg) captionWords(c caption, idf map[string]float64) map[string]float64 {
	t := c.text
	if credit, _, ok := cues.CaptionCredit(t); ok {
		t = t[:len(t)-len(credit)]
	}
	return s.tokens(t, idf)
}

// contained is the share of a's weight whose words b holds.
func contained(a, b map[string]float64) float64 {
	var in, all fixedSum
	for w, v := range a {
		all.add(v)
		if b[w] > 0 {
			in.add(v)
		}
	}
	if all == 0 {
		return 0
	}
	return in.value() / all.value()
}

// articleSize is the length of a's text: its stories' lengths (slen).
func articleSize(a *article, slen []int) int {
	n := 0
	for _, st := range a.stories {
		n += slen[st]
	}
	return n
}

// storyWords sums the word weights of an article's stories.
func storyWords(a *article, stoks []map[string]float64) map[string]float64 {
	m := map[string]float64{}
	for _, st := range a.stories {
		for w, v := range stoks[st] {
			m[w] += v
		}
	}
	return m
}

// dumpOrder gives the pieces in the order the dump prints them, and each
// piece's place in that order.
func dumpOrder(ps []*piece) (order, pos []int) {
	order = make([]int, len(ps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ps[order[a]].first < ps[order[b]].first })
	pos = make([]int, len(ps))
	for k, i := range order {
		pos[i] = k
	}
	return order, pos
}

// smoothMax is the most text (runes) a story moved by smooth has.
const smoothMax = 200

// smooth gives a short story printed, in the dump, between pieces of one
// other article to that article: the columns of an article are printed
// together, and a short story has too few words to tell where it belongs.
// A heading whose only text moves so is a misread line, and becomes a
// label.
func (s *pageSeg) smooth(owner []*article, stories [][]int, ps []*piece, slen []int, stoks []map[string]float64, cont map[[2]int]float64) {
	order, pos := dumpOrder(ps)
	ownerOf := func(k int) *article { return owner[ps[k].story] }
	for st, ks := range stories {
		a := owner[st]
		if slen[st] > smoothMax || a != nil && a.note {
			continue
		}
		// The pieces printed right before the story's first and after its
		// last piece.
		lo, hi := math.MaxInt, -1
		for _, k := range ks {
			lo, hi = min(lo, pos[k]), max(hi, pos[k])
		}
		var before, after *article
		for j := lo - 1; j >= 0; j-- {
			if ps[order[j]].story != st && len(strings.TrimSpace(ps[order[j]].text())) > 0 {
				before = ownerOf(order[j])
				break
			}
		}
		for j := hi + 1; j < len(order); j++ {
			if ps[order[j]].story != st && len(strings.TrimSpace(ps[order[j]].text())) > 0 {
				after = ownerOf(order[j])
				break
			}
		}
		if before == nil || before != after || before == a || before.note {
			continue
		}
		// Unless its words tie it to its own article more, or its text
		// runs on from or into another story of it.
		if a != nil && len(a.stories) > 1 && cosine(stoks[st], sub(storyWords(a, stoks), stoks[st])) > cosine(stoks[st], storyWords(before, stoks)) {
			continue
		}
		if a != nil && slices.ContainsFunc(a.stories, func(j int) bool { return cont[[2]int{j, st}] > 0 || cont[[2]int{st, j}] > 0 }) {
			continue
		}
		if a != nil {
			a.stories = remove(a.stories, st)
		}
		before.stories = append(before.stories, st)
		owner[st] = before
	}
}

// lateStories gives each heading found beside other columns' lines
// (lateHeads) the story that carries most of its words, taken from an
// article that keeps other text, and the stories no article took printed
// between the two; every other story stays where it went.
func (s *pageSeg) lateStories(arts []*article, gs []*group, byGroup map[*group]*article, owner []*article, stories [][]int, stoks []map[string]float64, sfirst []int) []*article {
	for _, g := range gs {
		if !s.lateHeads[g.line] || byGroup[g] != nil {
			continue
		}
		best, bsc := -1, 0.0
		for i := range stories {
			sc := s.storyCarries(g, i, stoks)
			if sc > bsc {
				best, bsc = i, sc
			}
		}
		if best < 0 || bsc < lateClaim {
			continue
		}
		if o := owner[best]; o != nil {
			if len(o.stories) == 1 {
				continue
			}
			o.stories = remove(o.stories, best)
		}
		a := &article{g: g, first: g.line, stories: []int{best}}
		byGroup[g] = a
		owner[best] = a
		// A story no headed article took, printed between the heading
		// and that text, is its start (a run-in credit's lines, say).
		for i := range stories {
			o := owner[i]
			if o != nil && (o.g != nil || o.note) || sfirst[i] <= g.line || sfirst[i] >= sfirst[best] {
				continue
			}
			if o != nil {
				o.stories = remove(o.stories, i)
				if len(o.stories) == 0 {
					arts = slices.DeleteFunc(arts, func(b *article) bool { return b == o })
				}
			}
			a.stories = append(a.stories, i)
			owner[i] = a
		}
		arts = append(arts, a)
	}
	return arts
}

// lateClaim is the share of a late heading's words its story must carry,
// as much as build asks of any story it pairs with a heading.
const lateClaim = 0.3

// strayCredits gives a credit that closes a piece of text ("（本报记者
// 王小明）") but names none of its article's credited authors to the
// nearest uncredited headline printed above it: the dump ran the end of
// that headline's text into a column of another article, which kept its
// own credit. Only the credit moves; the text stays where its words put
// it. Credits are read in dump order, and each headline takes one.
func (s *pageSeg) strayCredits(arts []*article, ps []*piece, stories [][]int) {
	type stray struct {
		p    *piece
		line int
	}
	var strays []stray
	for _, a := range arts {
		if a.g == nil || a.g.byline == "" || a.note {
			continue
		}
		for _, st := range a.stories {
			for _, k := range stories[st] {
				if p := ps[k]; p.credit != "" && !p.lead && !sharesName(a.g.authors, p.authors) {
					strays = append(strays, stray{p, p.frags[len(p.frags)-1].line})
				}
			}
		}
	}
	sort.SliceStable(strays, func(i, j int) bool { return strays[i].line < strays[j].line })
	for _, c := range strays {
		var best *article
		for _, b := range arts {
			if b.g == nil || b.note || len(b.g.head) == 0 || len(b.stories) == 0 || b.g.line >= c.line || s.headCredited(b, ps, stories) {
				continue
			}
			if best == nil || b.g.line > best.g.line {
				best = b
			}
		}
		if best != nil {
			best.g.byline, best.g.authors = c.p.credit, c.p.authors
		}
	}
}
