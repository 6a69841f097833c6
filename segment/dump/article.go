package dump

// The segment model of an assembled article: its columns in reading order
// (interleaved columns unwoven), its flows, crossheads and credits.

import (
	"math"
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

// article turns an assembled article into the segment model. A Chinese
// article is also read with its blocks in turns (blockTurns), that reading
// kept where its text runs on better across its line breaks; then opening
// with the text right under its headline (underHead), kept where its text
// runs on much better (reorderGain).
func (s *pageSeg) article(a *article, ps []*piece, stories [][]int, caps []caption) segment.Article {
	// The page's columns are clean or not for every reading alike; an
	// English page of word blocks from any column (wordBlocks) has no
	// seams to go by.
	seams := (s.zh || !s.wordBlocks) && s.cleanColumns(ps)
	out, _ := s.readArticle(a, ps, stories, caps, readMode{seams: seams})
	if !s.zh {
		return out
	}
	turns := false
	rate := math.NaN() // out's flowRate, taken once, where another reading applies
	if alt, ok := s.readArticle(a, ps, stories, caps, readMode{turns: true, seams: seams}); ok {
		rate = s.flowRate(out.Body)
		if r := s.flowRate(alt.Body); readsBetter(r, rate) {
			out, turns, rate = alt, true, r
		}
	}
	if alt, ok := s.readArticle(a, ps, stories, caps, readMode{turns: turns, headFirst: true, seams: seams}); ok {
		if math.IsNaN(rate) {
			rate = s.flowRate(out.Body)
		}
		if s.flowRate(alt.Body) >= rate+reorderGain {
			out = alt
		}
	}
	return out
}

// reorderGain is how much better an article's text must run on across its
// line breaks to be read in another order of its columns than the dump's:
// three dictionary words across its joins (crossBase), or a common word and
// one of the page's phrases over one join. Moving a column trades several
// joins at once, and a join that only no longer follows a paragraph's short
// last line with a full one rates one better, which is no word across the
// break.
const reorderGain = 3 * crossBase

// A readMode says how readArticle reads an article's text: turns, with its
// own blocks in turns read as columns (blockTurns); headFirst, opening with
// the text right under its headline (underHead); seams, with its chains in
// the order whose seams run on best (seamOrder), as on clean columns
// (cleanColumns).
type readMode struct{ turns, headFirst, seams bool }

// readArticle reads article a as how says. It reports false, and reads
// nothing, when how finds no blocks in turns, or no text under the
// headline to move first: the reading would be the one without.
func (s *pageSeg) readArticle(a *article, ps []*piece, stories [][]int, caps []caption, how readMode) (segment.Article, bool) {
	sort.Ints(a.stories)
	sort.SliceStable(a.stories, func(x, y int) bool {
		return ps[stories[a.stories[x]][0]].first < ps[stories[a.stories[y]][0]].first
	})
	out := s.headingOf(a.g)
	units, ps, at, ok := s.articleUnits(a, ps, stories, how.turns)
	if !ok {
		return segment.Article{}, false
	}
	col := s.unitColumns(units, ps)
	chs := s.chains(units, ps, col)
	// The piece opening with the article's deck, its deck's lines.
	under, deckLines, deck := s.openingDeck(a.g, chs, ps)
	if under >= 0 {
		out.Decks = append(out.Decks, lines(deck))
	}
	parts, headFirst := s.chainParts(a.g, chs, ps, at, col, under, deckLines, how.headFirst, &out)
	if how.headFirst && !headFirst {
		return segment.Article{}, false
	}
	parts = s.crossheadParts(parts, a, &out, len(chs), ps, col)
	s.sortParts(parts)
	ordered := false // by seamOrder
	if how.seams {
		parts, ordered = s.seamRead(parts, a.g, chs, ps)
	}
	if s.zh && !ordered {
		parts = midStartsLast(parts, chs, ps)
	}
	s.setBody(&out, parts, a.opening)
	for _, c := range caps {
		out.Captions = append(out.Captions, c.lines())
		out.Authors = append(out.Authors, c.authors...)
	}
	out.Confidence = confidence(out)
	return out, true
}

// headingOf returns an article with heading group g's kicker, headline,
// decks and credit (none for a nil g).
func (s *pageSeg) headingOf(g *group) segment.Article {
	var out segment.Article
	if g == nil {
		return out
	}
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
	return out
}

// articleUnits returns the units to chain: an article's stories; in
// Chinese dumps its pieces, whose links among the page's pieces were found
// before the article was known and are read again among its own pieces
// (with the pieces, and where a piece read again reads, if not at its
// first line). With turns, its blocks in turns read as columns; ok is
// false when it has none.
func (s *pageSeg) articleUnits(a *article, ps []*piece, stories [][]int, turns bool) (units [][]int, _ []*piece, at map[int]int, ok bool) {
	if !s.zh {
		for _, st := range a.stories {
			units = append(units, stories[st])
		}
		return units, ps, nil, true
	}
	var ks []int
	for _, st := range a.stories {
		ks = append(ks, stories[st]...)
	}
	units, ps, at = s.pieceUnits(ps, ks)
	if turns {
		if units, ps, ok = s.blockTurns(units, ps); !ok {
			return nil, nil, nil, false
		}
	}
	return units, ps, at, true
}

// unitColumns returns the column of each piece of units among them
// (Chinese dumps; nil for others).
func (s *pageSeg) unitColumns(units [][]int, ps []*piece) map[int]int {
	if !s.zh {
		return nil
	}
	var ks []int
	for _, u := range units {
		ks = append(ks, u...)
	}
	return s.columnsOf(ks, ps)
}

// A bodyPart is one piece of an article's chains (linked units, each chain
// in its link order), or a crosshead, with where it reads (sortParts).
type bodyPart struct {
	chunk int
	col   int // column among the article's pieces (Chinese dumps)
	line  int
	flows []segment.Flow
	src   [][]int // the dump line of each line of flows, -1 for none
	chain int     // the chain it reads in: chains never interleave
	pos   int     // place in its chain: linked pieces read in link order
	lead  bool
}

// chainParts returns the parts of the chains' pieces, the deck's lines of
// piece under left out, and whether a chain under the headline (g) was
// made to lead (with headFirst). A credit printed in the text goes to out.
func (s *pageSeg) chainParts(g *group, chs [][]int, ps []*piece, at, col map[int]int, under, deckLines int, headFirst bool, out *segment.Article) ([]bodyPart, bool) {
	var parts []bodyPart
	var own map[int]turn
	if s.zh {
		own = s.articleTurns(chs, ps)
	}
	movedFirst := false
	for x, ch := range chs {
		// The text after a run-in credit, after an editor's note label,
		// or under a credit printed over its column, opens the article.
		lead := ps[ch[0]].lead || editorsNote.MatchString(strings.TrimSpace(ps[ch[0]].frags[0].text)) || ps[ch[0]].under
		if headFirst && !lead && s.underHead(g, ps[ch[0]]) {
			lead, movedFirst = true, true
		}
		start, chunk, column := s.chainPlace(ch, ps, at, col, own)
		for pos, k := range ch {
			p := ps[k]
			creditInText(out, p)
			if k == under {
				rest := *p
				rest.frags = p.frags[deckLines:]
				p = &rest
			}
			fl, src := s.flows(p)
			parts = append(parts, bodyPart{chunk, column, start, fl, src, x, pos, lead})
		}
	}
	return parts, movedFirst
}

// chainPlace returns where chain ch reads: its first line, its chunk and
// its column.
func (s *pageSeg) chainPlace(ch []int, ps []*piece, at, col map[int]int, own map[int]turn) (start, chunk, column int) {
	start = ps[ch[0]].first
	if l, ok := at[ch[0]]; ok {
		start = l
	}
	chunk, column = s.chunk[start], col[ch[0]]
	// A block of a region printed in turns reads with the other
	// blocks of its column: the article's own turns first, else the
	// region's.
	if tu, ok := own[ch[0]]; ok {
		chunk, column = tu.region, tu.col
	} else if tu, ok := s.turns()[chunk]; ok && s.oneChunk(ps[ch[0]]) {
		chunk, column = tu.region, tu.col
	}
	return start, chunk, column
}

// creditInText gives out the credit printed in piece p's text, if out has
// none or p's run-in credit is the article's.
func creditInText(out *segment.Article, p *piece) {
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
}

// crossheadParts returns parts with a part for each of a's crossheads,
// read after the nchains chains; a bare label over all of the text is
// out's kicker instead.
func (s *pageSeg) crossheadParts(parts []bodyPart, a *article, out *segment.Article, nchains int, ps []*piece, col map[int]int) []bodyPart {
	firstText := math.MaxInt
	for _, pt := range parts {
		firstText = min(firstText, pt.line)
	}
	for x, g := range a.cross {
		// A bare label between the headline and all of the article's text
		// heads no section of it: it is the article's overline, set apart.
		// Not with text printed between them (other text, or its own the
		// assignment put elsewhere): then it heads the text under it.
		if s.zh && out.Kicker == nil && a.g != nil && len(out.Headline) > 0 && g.line > a.g.end && g.end < firstText && !s.textBetween(a.g.end, g.line) {
			out.Kicker = lines(strings.Join(g.head, ""))
			continue
		}
		c := crossheadColumn(g, ps, col)
		parts = append(parts, bodyPart{s.chunk[g.line], c, g.line, []segment.Flow{{Lines: lines(g.head...), Standalone: true}}, [][]int{noLines(len(g.head))}, nchains + x, 0, false})
	}
	return parts
}

// crossheadColumn returns the column of crosshead g: that of the text
// printed right under it; of two pieces starting on one row, the left one
// (col is a map: the tie must not fall to its iteration order).
func crossheadColumn(g *group, ps []*piece, col map[int]int) int {
	c, below := 0, math.MaxInt
	for k, v := range col {
		if f := ps[k].first; f > g.end && f <= g.end+3 && (f < below || f == below && v < c) {
			c, below = v, f
		}
	}
	return c
}

// sortParts puts parts in reading order: the lead first, then by chunk
// (Chinese), column, line and place in the chain. A Chinese dump prints a
// region's columns side by side row by row, so within a chunk the columns
// read left to right, each top down; chunks read in dump order.
func (s *pageSeg) sortParts(parts []bodyPart) {
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
		if parts[x].chain != parts[y].chain {
			return parts[x].chain < parts[y].chain
		}
		return parts[x].pos < parts[y].pos
	})
}

// seamRead returns the parts with the chains in the order whose seams run
// on best (seamOrder), as on clean columns, and whether it found one; a
// crosshead goes with the text under it. g is the article's heading.
func (s *pageSeg) seamRead(parts []bodyPart, g *group, chs [][]int, ps []*piece) ([]bodyPart, bool) {
	bs := seamBlocks(parts, chs, ps)
	for i, b := range bs {
		bs[i].underHead = b.first != nil && s.underHead(g, b.first)
	}
	order := s.seamOrder(bs)
	if order == nil {
		return parts, false
	}
	var read []bodyPart
	for _, x := range order {
		read = append(read, parts[bs[x].from:bs[x].to]...)
	}
	return read, true
}

// seamBlocks returns the parts as blocks to order by their seams: a
// chain's parts, a crosshead with the text after it; each block's place
// is its first text's in dump order.
func seamBlocks(parts []bodyPart, chs [][]int, ps []*piece) []seamBlock {
	var bs []seamBlock
	var text []bodyPart // each block's first text part: its place in dump order
	for i, pt := range parts {
		var first, last *piece
		if pt.chain < len(chs) {
			ch := chs[pt.chain]
			first, last = ps[ch[0]], ps[ch[len(ch)-1]]
		}
		if n := len(bs); n > 0 && (pt.chain == parts[i-1].chain || bs[n-1].first == nil) {
			bs[n-1].to = i + 1
			if bs[n-1].first == nil {
				bs[n-1].first, bs[n-1].last, text[n-1] = first, last, pt
			}
			continue
		}
		bs = append(bs, seamBlock{from: i, to: i + 1, first: first, last: last, lead: pt.lead})
		text = append(text, pt)
	}
	if n := len(bs); n > 1 && bs[n-1].first == nil {
		bs[n-2].to, bs = bs[n-1].to, bs[:n-1]
	}
	// Dump order, the lead aside: a crosshead may be printed far
	// above its text.
	byDump := identity(len(bs))
	sort.SliceStable(byDump, func(x, y int) bool {
		a, b := text[byDump[x]], text[byDump[y]]
		if a.chunk != b.chunk {
			return a.chunk < b.chunk
		}
		if a.col != b.col {
			return a.col < b.col
		}
		return a.line < b.line
	})
	for r, x := range byDump {
		bs[x].place = r
	}
	return bs
}

// midStartsLast returns the parts with the chains that open them inside a
// sentence read last. An article does not open inside a sentence: chains
// read first that plainly start in one go after the rest (their sentence
// began in text the article lacks, or in a chain not linked).
func midStartsLast(parts []bodyPart, chs [][]int, ps []*piece) []bodyPart {
	mid := func(x int) bool {
		return x < len(chs) && ps[chs[x][0]].midStart() && !ps[chs[x][0]].lead && !ps[chs[x][0]].note
	}
	j := 0
	for j < len(parts) && mid(parts[j].chain) {
		j++
	}
	if j > 0 && j < len(parts) {
		parts = append(parts[j:], parts[:j]...)
	}
	return parts
}

// setBody gives out the parts' flows as its body, the opening line an
// editor's note lost to its label first.
func (s *pageSeg) setBody(out *segment.Article, parts []bodyPart, opening []string) {
	var src [][]int
	for _, p := range parts {
		out.Body = append(out.Body, p.flows...)
		src = append(src, p.src...)
	}
	if !s.zh && s.wordBlocks {
		out.Body = threadBrokenWords(out.Body, src)
	}
	if len(opening) > 0 {
		if len(out.Body) == 0 || out.Body[0].Standalone {
			out.Body = append([]segment.Flow{{}}, out.Body...)
		}
		out.Body[0].Lines = append(lines(opening...), out.Body[0].Lines...)
	}
}

// confidence rates an article read from a dump. Without geometry a dump's
// articles are guesses; a headline and a credit found for them make the
// guess firmer.
func confidence(out segment.Article) float64 {
	c := 0.3
	if len(out.Headline) > 0 {
		c += 0.2
	}
	if out.Byline != "" {
		c += 0.1
	}
	return c
}

// underHead: piece p starts right under heading group g, the first text
// printed after it and first on its dump row: an article opens under its
// headline, though the dump may print some of its columns above it.
func (s *pageSeg) underHead(g *group, p *piece) bool {
	if g == nil || p.first <= g.end || len(s.frags[p.first]) == 0 || s.frags[p.first][0].text != p.frags[0].text {
		return false
	}
	return s.noBodyBetween(g.end, p.first)
}

// midStart: the piece plainly starts inside a sentence: its first line
// opens with a mark that only follows text (contPunct), or with one
// Chinese character and a clause mark ("级、…"; not a numbered point:
// "一、", "A、", "1、"), or is the short last line of a paragraph, ending
// a sentence, over more text.
func (p *piece) midStart() bool {
	rs := firstRunes(p.frags[0].text, 2)
	if len(rs) > 0 && strings.ContainsRune(contPunct, rs[0]) {
		return true
	}
	if len(rs) == 2 && strings.ContainsRune("，、。；", rs[1]) && unicode.Is(unicode.Han, rs[0]) && !strings.ContainsRune(hanDigits, rs[0]) {
		return true
	}
	f := p.frags[0]
	return len(p.frags) > 1 && sentenceEnd(f.text) && f.w < p.fullWidth()-2.5
}

// hanDigits number the points of a list ("一、").
const hanDigits = "一二三四五六七八九十"

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
		// The units another may run on into, and what each brings to a
		// join (its words' norm, its side of the seam), found once: each
		// is rated after every unit's end.
		t := s.joinTracker()
		var into []int
		norms := make([]fixedSum, len(units))
		heads := make([][]rune, len(units))
		for v, sv := range units {
			if q := ps[sv[0]]; q.openStart(true) && !q.lead && !q.note {
				into = append(into, v)
				norms[v], heads[v] = sqNorm(q.toks), firstRunes(q.frags[0].text, 3)
			}
		}
		var cs []unitLink
		for u, su := range units {
			p := ps[su[len(su)-1]]
			if !p.openEnd() || !p.fullEnd() || p.note {
				continue
			}
			tail := lastRunes(p.frags[len(p.frags)-1].text, 3)
			for _, v := range into {
				if u == v || !s.readsBefore(su[len(su)-1], units[v][0], ps, col) {
					continue
				}
				if sc := joinScore(t, p, ps[units[v][0]], norms[v], seam{tail, heads[v]}); sc >= orderMin {
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
	gone := map[int]bool{}
	at := map[int]int{}
	var added []int
	for i := 0; i < len(cand); {
		j, end := i+1, ps[cand[i]].lastLine()
		for j < len(cand) && ps[cand[j]].first < end {
			end = max(end, ps[cand[j]].lastLine())
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

// noBodyBetween: lines a and b (b after a) have no body text between
// them: blank lines or heading lines only (a kicker, a credit).
func (s *pageSeg) noBodyBetween(a, b int) bool {
	if b <= a {
		return false
	}
	for l := a + 1; l < b; l++ {
		if len(s.frags[l]) > 0 {
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

// unitLink proposes that unit (or piece) v goes on after unit u.
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
	// votes[[2]int{a, b}]: the rows where piece a is left of piece b less
	// those where it is right of it, counted row by row (pieces sharing
	// no row never meet; comparing every pair of pieces over their rows
	// took time growing with the cube of an article's pieces).
	onRow := map[int][]int{}
	for _, k := range ks {
		for l := range at[k] {
			onRow[l] = append(onRow[l], k)
		}
	}
	votes := map[[2]int]int{}
	for l, on := range onRow {
		for _, a := range on {
			for _, b := range on {
				if x, y := at[a][l], at[b][l]; x < y {
					votes[[2]int{a, b}]++
				} else if x > y {
					votes[[2]int{a, b}]--
				}
			}
		}
	}
	// The relaxation below runs up to once a piece over every vote: it
	// reads the pieces by their place in ks, in slices, not maps.
	place := make(map[int]int, len(ks))
	for x, k := range ks {
		place[k] = x
	}
	leftOf := make([][]int, len(ks)) // the places of the pieces left of a piece, in more of their rows
	for ab, n := range votes {
		if n > 0 {
			b := place[ab[1]]
			leftOf[b] = append(leftOf[b], place[ab[0]])
		}
	}
	cols := make([]int, len(ks))
	for range ks {
		changed := false
		for b, left := range leftOf {
			for _, a := range left {
				if cols[a]+1 > cols[b] {
					cols[b] = cols[a] + 1
					changed = true
				}
			}
		}
		if !changed {
			break
		}
	}
	// Only the pieces right of column 0 are listed (a crosshead's column
	// is read from the pieces listed).
	col := make(map[int]int, len(ks))
	for b, k := range ks {
		if c := cols[b]; c > 0 {
			col[k] = c
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
// punctuation between two paragraphs) is a flow of its own. In a scattered
// English dump a new flow starts at each paragraph start (scatteredStart),
// marked Opens for reflow, which otherwise reads the flows of such a dump
// as one run of text. It also returns the dump line of each flow line.
func (s *pageSeg) flows(p *piece) ([]segment.Flow, [][]int) {
	var out []segment.Flow
	var src [][]int
	var cur []page.Line
	var at []int
	opens := false
	for i, f := range p.frags {
		if f.text == "" {
			continue
		}
		if len(cur) > 0 && !s.zh && s.wordBlocks && s.scatteredStart(f) {
			out, src = append(out, segment.Flow{Lines: cur, Opens: opens}), append(src, at)
			cur, at, opens = nil, nil, true
		}
		if s.zh && (i+1 < len(p.frags) && (i > 0 && s.crosshead(p, i) || i == 0 && s.topCrosshead(p)) ||
			i > 0 && i+1 == len(p.frags) && sentenceEnd(p.frags[i-1].text) && letterSpaced(f.text)) {
			if len(cur) > 0 {
				out, src = append(out, segment.Flow{Lines: cur}), append(src, at)
				cur, at = nil, nil
			}
			out, src = append(out, segment.Flow{Lines: lines(cues.Squeeze(f.text)), Standalone: true}), append(src, []int{f.line})
			continue
		}
		t := f.text
		if s.zh && i == len(p.frags)-1 && f.w <= p.w-2 && sentenceEnd(t) {
			// A clearly short last line that ends a sentence ends its
			// paragraph, whatever spaces justification left in it; squeezed,
			// reflow does not take it for a stretched full line.
			t = cues.Squeeze(t)
		}
		cur, at = append(cur, page.Line{Text: t, Conf: 1}), append(at, f.line)
	}
	if len(cur) > 0 {
		out, src = append(out, segment.Flow{Lines: cur, Opens: opens}), append(src, at)
	}
	return out, src
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
	// No word runs on across the break ("…副主任李" / "明在会上…").
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
// conjunction (…村口新修的, …又一次迎来了): its sentence goes on.
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

// openingDeck returns the piece that opens one of chains chs with an
// English deck (deckUnderHead under heading group g, else deckOpensBlock),
// the deck's lines and its text; -1 if none does. The deck is the
// article's, not its text. Read once the article's text is known, it
// leaves the pieces as the page's assignment read them.
func (s *pageSeg) openingDeck(g *group, chs [][]int, ps []*piece) (int, int, string) {
	for _, ch := range chs {
		n, deck, ok := s.deckUnderHead(g, ps[ch[0]])
		if !ok {
			n, deck, ok = s.deckOpensBlock(ps[ch[0]])
		}
		if ok {
			return ch[0], n, deck
		}
	}
	return -1, 0, ""
}

// maxHeadDeckWords bounds a deck under a headline: a sentence or two,
// however narrow its column.
const maxHeadDeckWords = 40

// deckUnderHead returns the number of lines and the text of an English
// deck that piece p opens with, printed right under heading group g
// without a credit between: its lines from one opening with a capital
// down to the first ending a sentence, text going on under it with a
// capital in the same block. The deck is set unjustified, in other type
// than the body: it has no soft hyphen, where its words are printed with
// them in the body or the lines under it have them, or else its lines
// hold fewer letters than the text's (narrowerThanText), the one sign on
// a page set without soft hyphens.
func (s *pageSeg) deckUnderHead(g *group, p *piece) (int, string, bool) {
	if s.zh || g == nil || len(g.head) == 0 || g.byline != "" || p.first != g.end+1 || s.chunk[p.first] != s.chunk[g.end] {
		return 0, "", false
	}
	n := slices.IndexFunc(p.frags, func(f frag) bool { return fullStop(f.text) }) + 1
	if n == 0 {
		return 0, "", false
	}
	deck, ok := s.deckSentence(p, n)
	next := p.frags[n-1].line + 1
	if !ok || next >= len(s.lines) || s.chunk[next] != s.chunk[p.first] || !capitalStart(s.lines[next]) ||
		!s.unhyphenated(strings.Fields(deck)) && !s.hyphenatedUnder(next) && !s.narrowerThanText(p.first, next) {
		return 0, "", false
	}
	return n, deck, true
}

// narrowerThanText reports lines from..to-1 set in larger type than the
// text under them in their block, over the same measure: the deck's lines
// but its last (which ends the sentence short) hold on average clearly
// fewer letters than the text's usual line (a deck is set ragged: one of
// its lines may come near the measure). Pages without soft hyphens have
// no other sign of the deck's type.
func (s *pageSeg) narrowerThanText(from, to int) bool {
	if to-1 <= from {
		return false
	}
	var text []int
	for k := to; k < to+deckTextLines && k < len(s.lines) && s.chunk[k] == s.chunk[to]; k++ {
		text = append(text, visLen(strings.TrimSpace(s.lines[k])))
	}
	if len(text) < deckTextLines/2 {
		return false
	}
	slices.Sort(text)
	usual := float64(text[len(text)/2])
	sum := 0
	for k := from; k < to-1; k++ {
		sum += visLen(strings.TrimSpace(s.lines[k]))
	}
	return float64(sum)/float64(to-1-from) <= maxDeckShare*usual
}

// deckTextLines is how many lines under a deck tell the text's usual line
// width (half of them at least), and maxDeckShare how much of it the
// deck's lines in their larger type fill on average at most.
const (
	deckTextLines = 8
	maxDeckShare  = 0.85
)

// deckSentence returns the text of piece p's first n lines, and whether
// they can be a deck: dump lines one under another, without soft hyphens,
// opening with a capital and ending a sentence, of minDeckWords to
// maxHeadDeckWords words. (Its callers read English pages, whose every
// dump line is one fragment: splitFrags splits only Chinese lines.)
func (s *pageSeg) deckSentence(p *piece, n int) (string, bool) {
	var texts []string
	for k, f := range p.frags[:n] {
		if f.line != p.first+k || bodyHyphens(f.text) {
			return "", false
		}
		texts = append(texts, strings.TrimSpace(f.text))
	}
	deck := cues.Normalize(strings.Join(texts, " "))
	words := len(strings.Fields(deck))
	return deck, capitalStart(deck) && fullStop(deck) && words >= minDeckWords && words <= maxHeadDeckWords
}

// hyphenatedUnder reports text set with the body's soft hyphens on line k
// or the one under it, in line k's block.
func (s *pageSeg) hyphenatedUnder(k int) bool {
	for i := k; i < k+2 && i < len(s.lines) && s.chunk[i] == s.chunk[k]; i++ {
		if bodyHyphens(s.lines[i]) {
			return true
		}
	}
	return false
}

// deckOpensBlock returns the number of lines and the text of an English
// deck that is all of piece p: a sentence opening its block, right over a
// credit with text going on under it in the block, the headline printed
// elsewhere. A credit prints between deck and text, not inside the text.
func (s *pageSeg) deckOpensBlock(p *piece) (int, string, bool) {
	if s.zh || p.first > 0 && s.chunk[p.first-1] == s.chunk[p.first] {
		return 0, "", false
	}
	deck, ok := s.deckSentence(p, len(p.frags))
	if !ok || !s.creditOverBlockText(p.first+len(p.frags)) {
		return 0, "", false
	}
	return len(p.frags), deck, true
}

// creditOverBlockText reports a credit on line k with text under it in its
// block.
func (s *pageSeg) creditOverBlockText(k int) bool {
	if k >= len(s.lines) || !slices.ContainsFunc(s.items, func(it item) bool { return it.line == k && it.kind == kByline }) {
		return false
	}
	for j := k + 1; j < len(s.lines) && s.chunk[j] == s.chunk[k]; j++ {
		if len(s.frags[j]) > 0 {
			return true
		}
	}
	return false
}
