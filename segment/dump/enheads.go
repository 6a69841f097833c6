package dump

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/segment"
	"newsprint/segment/cues"
)

// capsHeadMin is how many capitals headings of three words or more make a
// page whose headlines are all set in capitals (old-style front pages).
const capsHeadMin = 6

// capsPage handles English pages whose headlines are all capitals. Their
// headings come with stacked decks: a short capitals phrase and a summary
// sentence in upper and lower case, which extractors print apart from the
// headline. On such a page a capitals line of one or two words is a deck,
// not a headline: it goes with the headline right above it, or is matched
// by its words later.
func (s *pageSeg) capsPage() {
	n := 0
	for _, it := range s.items {
		if it.kind == kHeading && !it.deck && allCapsLine(it.text) && len(strings.Fields(s.squeezeHead(it.text))) >= 3 {
			n++
		}
	}
	if n < capsHeadMin {
		return
	}
	s.capsHeads = true
	for i := range s.items {
		it := &s.items[i]
		if it.kind != kHeading || it.deck {
			continue
		}
		t := s.squeezeHead(it.text)
		if allCapsLine(t) && len(strings.Fields(t)) <= 2 && utf8.RuneCountInString(t) < 24 {
			it.deck = true
		}
	}
}

// capsOnly keeps the capitals lines of a headline on a page whose
// headlines are set in capitals: a line in upper and lower case printed
// with them is a piece of the summary deck under the headline.
func (s *pageSeg) capsOnly(g *group) {
	var head, rest []string
	for _, h := range g.head {
		if allCapsLine(h) {
			head = append(head, h)
		} else {
			rest = append(rest, h)
		}
	}
	if len(head) > 0 && len(rest) > 0 {
		g.head, g.decks = head, append(rest, g.decks...)
	}
}

// untitleFragments handles the articles headed by a line in upper and
// lower case on a page whose headlines are set in capitals: such a line is
// a piece of a summary deck or of a column that the extractor cut at a
// wide gap, and heads nothing. Printed right under a capitals headline
// (deckGap), it is that headline's deck, and its article's text goes to
// the headline's; otherwise the article is left untitled, keeping the
// credit printed with the line. The line becomes a block.
func (s *pageSeg) untitleFragments(arts []*article, owner []*article) []*article {
	if !s.capsHeads {
		return arts
	}
	caps := func(a *article) bool { return a.g != nil && !a.note && len(a.g.head) > 0 && allCapsLine(a.g.head[0]) }
	var out []*article
	for _, a := range arts {
		if a.g == nil || a.note || len(a.g.head) == 0 || caps(a) {
			out = append(out, a)
			continue
		}
		g := a.g
		s.blocks = append(s.blocks, segment.Block{Kind: segment.Other, Lines: lines(g.label())})
		var to *article
		for _, b := range arts {
			if caps(b) && b.g.end < g.line && g.line-b.g.end <= deckGap {
				to = b
			}
		}
		if to != nil {
			takeCredit(to.g, g)
			moveStories(a, to, owner)
			continue
		}
		a.g = creditOnly(g)
		out = append(out, a)
	}
	return out
}

// creditOnly is what stays of heading group g when its heading lines go:
// the credit printed with them, or nil when there is none.
func creditOnly(g *group) *group {
	if g.byline == "" {
		return nil
	}
	return &group{byline: g.byline, authors: g.authors, line: g.line, end: g.end, toks: g.toks}
}

// takeCredit gives heading group to the credit of from when it has none.
func takeCredit(to, from *group) {
	if to.byline == "" {
		to.copyCredit(from)
	}
}

// moveStories gives the stories of article from to article to.
func moveStories(from, to *article, owner []*article) {
	for _, st := range from.stories {
		owner[st] = to
	}
	to.stories = append(to.stories, from.stories...)
}

// deckGap is how many dump lines (blank ones included) a deck may be
// printed below its headline.
const deckGap = 3

// A column label in capitals of one to three words ("SPECIAL REPORT")
// printed at most two lines above an English headline in upper and lower
// case is the headline's kicker. The dump sets them apart, so either may
// have taken the text: labelOver and headUnder find the article of the
// other one.

// label reports a heading group that is such a label.
func (s *pageSeg) label(l *group) bool {
	return !s.zh && !s.capsHeads && len(l.head) == 1 && len(l.kicker) == 0 && len(l.decks) == 0 && l.byline == "" &&
		len(strings.Fields(l.head[0])) <= 3 && allCapsLine(l.head[0])
}

// labelApart reports such a label alone in its block, with a blank line
// under it: its headline is printed elsewhere (or it labels an advert), so
// no text of its own follows it.
func (s *pageSeg) labelApart(l *group) bool {
	return s.label(l) && (l.end+1 >= len(s.chunk) || s.chunk[l.end+1] < 0)
}

// labelOver returns the article headed by a label right above headline g.
func (s *pageSeg) labelOver(g *group, arts []*article) *article {
	if s.zh || s.capsHeads || len(g.head) == 0 || len(g.kicker) > 0 || allCapsLine(g.head[0]) {
		return nil
	}
	for _, a := range arts {
		if l := a.g; l != nil && !a.note && s.label(l) && l.end < g.line && g.line-l.end <= 2 {
			return a
		}
	}
	return nil
}

// headUnder returns the article of the headline right under label g.
func (s *pageSeg) headUnder(g *group, arts []*article) *article {
	if !s.label(g) {
		return nil
	}
	for _, a := range arts {
		if h := a.g; h != nil && !a.note && len(h.head) > 0 && len(h.kicker) == 0 && !allCapsLine(h.head[0]) &&
			g.end < h.line && h.line-g.end <= 2 {
			return a
		}
	}
	return nil
}

// labelOverHead reports, on a scattered page, a label printed right over a
// headline of gs: it takes no text of its own but becomes the headline's
// kicker (headUnder). (Elsewhere the label may take the text in the
// headline's place, and labelOver finds it.)
func (s *pageSeg) labelOverHead(g *group, gs []*group) bool {
	if !s.wordBlocks || !s.label(g) {
		return false
	}
	for _, h := range gs {
		if len(h.head) > 0 && len(h.kicker) == 0 && !allCapsLine(h.head[0]) && g.end < h.line && h.line-g.end <= 2 {
			return true
		}
	}
	return false
}

// lowerStart reports a heading that starts with a lower-case word, quoted
// or not: no English headline does; it is a line cut out of a sentence.
func lowerStart(g *group) bool {
	return len(g.head) > 0 && lowerLine(g.head[0])
}

// lowerLine reports a line whose first letter is lower case.
func lowerLine(t string) bool {
	k := strings.IndexFunc(t, unicode.IsLetter)
	if k < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[k:])
	return unicode.IsLower(r)
}

// reheadLowerCase gives an English article headed by a line that starts in
// lower case the real headline whose article holds only a scrap of text
// (under a quarter of it) and whose words its text carries most; the
// scrap goes along. With no such headline the article is left untitled.
// The line becomes a block; a credit printed with it stays.
func (s *pageSeg) reheadLowerCase(arts []*article, owner []*article, stoks []map[string]float64, slen []int, idf map[string]float64) []*article {
	if s.zh {
		return arts
	}
	size := func(a *article) int { return articleSize(a, slen) }
	gone := map[*article]bool{}
	for _, a := range arts {
		if a.g == nil || a.note || gone[a] || !lowerStart(a.g) {
			continue
		}
		// A headline line under it may start the headline: the line above
		// went on from another headline printed beside it.
		if g := a.g; len(g.head) > 1 {
			k := 1
			for k < len(g.head) && lowerLine(g.head[k]) {
				k++
			}
			if k < len(g.head) {
				s.sideCuts = append(s.sideCuts, sideCut{a, slices.Clone(g.head[:k]), len(s.blocks)})
				s.blocks = append(s.blocks, segment.Block{Kind: segment.Other, Lines: lines(strings.Join(g.head[:k], " "))})
				g.head = g.head[k:]
				// The lines cut off no longer head it: a later article
				// matches its words against its headline's alone.
				g.toks = s.tokens(g.text(), idf)
				continue
			}
		}
		words := prefixes(storyWords(a, stoks))
		var best *article
		bs := 0.3
		na := size(a)
		for _, b := range arts {
			if b == a || b.g == nil || b.note || gone[b] || len(b.g.head) == 0 || lowerStart(b.g) || 4*size(b) >= na {
				continue
			}
			if sc := prefixScore(b.g.toks, words); sc >= bs {
				best, bs = b, sc
			}
		}
		g := a.g
		s.blocks = append(s.blocks, segment.Block{Kind: segment.Other, Lines: lines(strings.Join(g.head, " "))})
		switch {
		case best != nil:
			takeCredit(best.g, g)
			a.g = best.g
			moveStories(best, a, owner)
			gone[best] = true
		default:
			a.g = creditOnly(g)
		}
	}
	out := arts[:0]
	for _, a := range arts {
		if !gone[a] {
			out = append(out, a)
		}
	}
	return out
}

// prefixes are the first four letters of the words of a text, which
// prefixScore compares a headline's words by.
func prefixes(text map[string]float64) map[string]bool {
	seen := map[string]bool{}
	for w := range text {
		seen[firstLetters(w, 4)] = true
	}
	return seen
}

// prefixScore is headScore with words compared by their first four
// letters (seen: prefixes of the text, taken once for all headlines): a
// headline's words come in other forms in its text ("Musical", "music";
// "phones", "phone").
func prefixScore(head map[string]float64, seen map[string]bool) float64 {
	return weightShare(head, func(w string) bool { return seen[firstLetters(w, 4)] })
}

// learnWords collects the words of running text: tokens of lines with
// lower-case letters, soft hyphens removed, except a word cut at a line end;
// and the pairs of words printed next to each other, on a line or across
// the break to the next line. A token of no letters (a number) keys as "",
// so a pair may stand for "a number, then this word" ("40 pages"): that
// is how enChains runs a unit ending in a number on into its next column.
func (s *pageSeg) learnWords() {
	s.runWords = map[string]bool{}
	s.pairs = map[[2]string]bool{}
	prevLast := "" // the last word of the line above, unless broken or blank
	for _, l := range s.lines {
		if allCapsLine(l) {
			prevLast = ""
			continue
		}
		ws := strings.Fields(l)
		if len(ws) > 0 && prevLast != "" {
			s.pairs[[2]string{prevLast, wordKey(ws[0])}] = true
		}
		prevLast = ""
		if n := len(ws); n > 0 && !strings.HasSuffix(ws[n-1], "\u00ad") && !strings.HasSuffix(ws[n-1], "-") && !strings.HasSuffix(ws[n-1], "‐") {
			prevLast = wordKey(ws[n-1])
		}
		for k, w := range ws {
			if k == len(ws)-1 && (strings.HasSuffix(w, "\u00ad") || strings.HasSuffix(w, "-")) {
				continue
			}
			if t := wordKey(w); t != "" {
				s.runWords[t] = true
				if k > 0 {
					s.pairs[[2]string{wordKey(ws[k-1]), t}] = true
				}
			}
		}
	}
	// Running text may print a headline's word only in another form
	// ("germany's" for "german"): its stems of five letters or more, one
	// to three letters short, are learned once here, not looked for
	// across all words per piece pair.
	s.runStems = map[string]bool{}
	for r := range s.runWords {
		for n := 1; n <= 3 && len(r)-n >= 5; n++ {
			s.runStems[r[:len(r)-n]] = true
		}
	}
}

// joinSplitCaps mends the breaks an extractor puts inside letter-spaced
// capitals ("FERRY M AKER", "ACR OSS"): two neighbouring pieces are one
// word when the page's running text has the word and lacks one of the
// pieces. Two words of their own stay apart ("BLACK POOL").
func (s *pageSeg) joinSplitCaps(ws []string) []string {
	return cues.JoinPieces(ws, func(prev, next string) bool {
		a, b := wordKey(prev), wordKey(next)
		return a != "" && b != "" && (s.runWords[a+b] || s.runStems[a+b]) && !(s.runWords[a] && s.runWords[b] && len(a) > 1 && len(b) > 1)
	})
}

var folioRe = regexp.MustCompile(`^[0-9]{1,3}$`)

// folio reports a page number printed on a line of its own at the top of
// an English page (the dump's first lines, before any text of several
// words).
func (s *pageSeg) folio(i int, l string) bool {
	if !folioRe.MatchString(l) || len(s.chunkLines[s.chunk[i]]) != 1 {
		return false
	}
	for k := 0; k < i; k++ {
		if len(strings.Fields(s.lines[k])) > 1 {
			return false
		}
	}
	return true
}

// openEnd reports a line of words that stops on a word leaving the sentence
// open: a function word after six words or more (a short headline line may
// end "out of" and go on below), an auxiliary or "then" after five.
func openEnd(words []string) bool {
	w := strings.ToLower(words[len(words)-1])
	return enFunction[w] && len(words) >= 6 || enOpen[w] && len(words) >= 5
}

// cutEnd reports a line of three words or more that ends where no
// headline line can, even one that wraps: on a question word ("The risk
// is not what") or a possessive ("The aim of this year's"). Where the
// dump prints justified lines word by word, a line of a sentence cut at a
// wide word gap ends so.
func cutEnd(words []string) bool {
	if len(words) < 3 {
		return false
	}
	w := strings.ToLower(words[len(words)-1])
	return enAsks[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// enAsks are question words that open a clause, never end one.
var enAsks = map[string]bool{"what": true, "when": true, "where": true, "whose": true, "whom": true, "how": true}

var enOpen = map[string]bool{"then": true, "being": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "not": true, "than": true, "into": true}

// printsWordBlocks reports an English dump that prints most justified
// lines word by word (wide word gaps): half its lines or more are single
// words, and it still has lines of several words (the pieces of lines).
func (s *pageSeg) printsWordBlocks() bool {
	one, several, n := 0, 0, 0
	for _, l := range s.lines {
		ws := strings.Fields(l)
		if len(ws) == 0 {
			continue
		}
		n++
		if len(ws) == 1 {
			one++
		} else if len(ws) >= 3 {
			several++
		}
	}
	return one*2 >= n && several >= 20
}

// enLabels turns a column label printed over an English headline ("News",
// "Analysis") into a kicker: one or two capitalised words without
// punctuation, alone in their block or under a section banner, with a
// headline right below.
func (s *pageSeg) enLabels() {
	for k := 0; k+1 < len(s.items); k++ {
		it, nx := &s.items[k], s.items[k+1]
		if it.kind != kBody || nx.kind != kHeading || nx.deck || nx.line-it.line > 2 {
			continue
		}
		t := strings.TrimSpace(s.lines[it.line])
		ws := strings.Fields(t)
		r, _ := utf8.DecodeRuneInString(t)
		if len(ws) == 0 || len(ws) > 2 || !unicode.IsUpper(r) || strings.ContainsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != ' ' }) {
			continue
		}
		if prev := it.line - 1; prev >= 0 && s.chunk[prev] == s.chunk[it.line] && s.bodyLine(prev) {
			continue
		}
		it.kind, it.text = kHeading, t
		s.frags[it.line] = nil
		if s.labels == nil {
			s.labels = map[int]bool{}
		}
		s.labels[it.line] = true
	}
}

// bodyLine reports a line classified as body text.
func (s *pageSeg) bodyLine(i int) bool {
	for _, it := range s.items {
		if it.line == i {
			return it.kind == kBody
		}
	}
	return false
}

// sameBlock reports that piece q starts on the line right after piece p
// ends, in the same blank-line separated block of the dump.
func (s *pageSeg) sameBlock(p, q *piece) bool {
	if s.wordBlocks {
		// Blocks there are pieces of lines of any column.
		return false
	}
	a := p.lastLine()
	b := q.frags[0].line
	return b == a+1 && s.chunk[a] >= 0 && s.chunk[a] == s.chunk[b]
}

// enCrosshead reports a bare English heading of one or two words in upper
// and lower case ("Fresh delay"): a crosshead printed amid its article's
// columns, not a headline that takes text of its own.
func (g *group) enCrosshead() bool {
	return g.byline == "" && len(g.kicker) == 0 && len(g.decks) == 0 && len(g.head) == 1 &&
		cjkShare(g.head[0]) == 0 && len(strings.Fields(g.head[0])) <= 2 && !allCapsLine(g.head[0])
}

// inColumn reports a bare one-line English heading of a few words in upper
// and lower case printed inside a column: the dump lines right above and
// below are body text of its block, the one above ending a sentence. The
// extractor prints a headline apart from the text above it (a blank line
// or a heading between); a short line between two paragraphs is a
// crosshead, also of more words than enCrosshead takes ("Firms said so").
func (s *pageSeg) inColumn(g *group) bool {
	if g.byline != "" || len(g.kicker) > 0 || len(g.decks) > 0 || len(g.head) != 1 || g.line != g.end ||
		len(strings.Fields(g.head[0])) > crossWords || allCapsLine(g.head[0]) || fullStop(g.head[0]) {
		return false
	}
	i := g.line
	return i > 0 && i+1 < len(s.lines) && s.chunk[i-1] == s.chunk[i] && s.chunk[i] == s.chunk[i+1] &&
		s.bodyLine(i-1) && s.bodyLine(i+1) && fullStop(s.lines[i-1])
}

// crossWords is the most words inColumn takes for a crosshead: a few,
// where a headline's sentence runs longer.
const crossWords = 4

// ownerAbove returns the article of the column text printed right above
// English crosshead g (within a few lines), when that is not a itself, the
// article g heads. When it is a, the crosshead drew the text that follows
// its own article's column: the article printed right above a's first
// text is the one.
func (s *pageSeg) ownerAbove(g *group, a *article, arts []*article, ps []*piece, stories [][]int) *article {
	b, _ := articleAbove(g.line, 3, arts, ps, stories)
	if b != a {
		return b
	}
	first := math.MaxInt
	for _, st := range a.stories {
		first = min(first, ps[stories[st][0]].first)
	}
	if b, _ = articleAbove(first, 3, arts, ps, stories); b == a {
		return nil
	}
	return b
}

// articleAbove returns the article and its piece whose text ends nearest
// above dump line line, at most reach lines above it; nil when none does.
func articleAbove(line, reach int, arts []*article, ps []*piece, stories [][]int) (*article, *piece) {
	var best *article
	var bp *piece
	end := -1
	for _, b := range arts {
		for _, st := range b.stories {
			for _, k := range stories[st] {
				l := ps[k].lastLine()
				if l < line && l >= line-reach && l > end {
					best, bp, end = b, ps[k], l
				}
			}
		}
	}
	return best, bp
}

// completesWord reports the start of a word broken at a hyphen (head, as
// brokenHead gives it) and a word's end (tail, keyed by wordKey) making a
// word the page prints whole; "" completes nothing. A line ending so and
// the line that opens with the end are the same column going on ("…were
// repaint-" / "ing the gates…"). Callers that try one line against many
// work its head out once.
func (s *pageSeg) completesWord(head, tail string) bool {
	return head != "" && tail != "" && s.runWords[head+tail]
}

// firstWordKey is wordKey of text t's first word, "" if t has none.
func firstWordKey(t string) string {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return ""
	}
	return wordKey(ws[0])
}

// brokenHead returns the start of the word text t breaks at a hyphen at
// its end, keyed as wordKey keys it; "" if t ends in no hyphen. Most lines
// end in none: that is looked at first.
func brokenHead(t string) string {
	t = strings.TrimSpace(t)
	if !endsHyphen(t) {
		return ""
	}
	ws := strings.Fields(t)
	return wordKey(ws[len(ws)-1])
}

// endsHyphen reports text whose last character is a hyphen (hard, soft or
// a hyphen-minus).
func endsHyphen(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(t)
	return last == '‐' || last == '-' || last == '\u00ad'
}

// enChains links an English article's units: a unit that stops
// mid-sentence goes on in one of the article's units that starts in
// lower case, wherever the dump printed it ("…careless noisy" /
// "conduct. Mr Pryce joined the council"), a word broken at a hyphen
// first.
func (s *pageSeg) enChains(units [][]int, ps []*piece, next, prev []int) {
	if s.wordBlocks {
		return // blocks of words from any column: no evidence of order
	}
	var cs []unitLink
	for u, su := range units {
		p := ps[su[len(su)-1]]
		pt := strings.TrimSpace(p.text())
		if p.note || pt == "" || sentenceEnd(pt) {
			continue
		}
		ws := strings.Fields(pt)
		a, head := wordKey(ws[len(ws)-1]), brokenHead(pt)
		for v, sv := range units {
			q := ps[sv[0]]
			if u == v || q.lead || q.note || !q.openStart(false) {
				continue
			}
			// q opens with a letter in lower case (openStart): its first
			// line holds its first word, and the piece's text need not be
			// put together for every pair of units.
			b := firstWordKey(q.frags[0].text)
			// Evidence that the text runs on: the broken word is a word
			// of the page, or the page prints the two words together
			// elsewhere.
			switch {
			case s.completesWord(head, b):
				cs = append(cs, unitLink{u, v, 2})
			case s.pairs[[2]string{a, b}]:
				cs = append(cs, unitLink{u, v, 1})
			}
		}
	}
	linkUnits(cs, next, prev)
	// A unit moved so takes along the unit printed right under it in its
	// block: the column goes on there.
	for v := range units {
		w := v + 1
		if prev[v] < 0 || next[v] >= 0 || w >= len(units) || prev[w] >= 0 || next[w] >= 0 {
			continue
		}
		if s.sameBlock(ps[units[v][len(units[v])-1]], ps[units[w][0]]) {
			next[v], prev[w] = w, v
		}
	}
}

// promotions turns the paper's adverts for itself on an English page into
// advert blocks: a short article ("ORDER NOW" / "Have The Valley Courier
// brought to your home each day.") whose headline or first line
// names a newspaper and is more than the name. A box of its own on the
// page, the dump prints it apart from the stories.
func (s *pageSeg) promotions(arts []*article, ps []*piece, stories [][]int, slen []int, layout *segment.Layout) []*article {
	if s.zh {
		return arts
	}
	out := arts[:0]
	for _, a := range arts {
		n := 0
		var body []string
		for _, st := range a.stories {
			n += slen[st]
			for _, k := range stories[st] {
				body = append(body, strings.TrimSpace(ps[k].text()))
			}
		}
		var head []string
		if a.g != nil {
			head = append(head, a.g.label())
		}
		if len(body) > 0 {
			head = append(head, body[0])
		}
		if a.note || n > maxPromotion || !namesPaper(head) {
			out = append(out, a)
			continue
		}
		if a.g != nil {
			body = append([]string{a.g.label()}, body...)
		}
		layout.Blocks = append(layout.Blocks, segment.Block{Kind: segment.Advert, Lines: lines(strings.Join(body, " "))})
	}
	return out
}

// maxPromotion bounds the text of a paper's advert for itself (runes).
const maxPromotion = 300

// namesPaper reports a line that names a newspaper and is more than the
// name (nor a credit: "Special to The Valley Courier").
func namesPaper(ts []string) bool {
	for _, t := range ts {
		t = strings.TrimSpace(t)
		if _, _, credit := cues.ParseByline(t); cues.NamesPaper(t) && !credit {
			return true
		}
	}
	return false
}

// enHeadTail returns the line that holds the last word of English heading
// line i when the heading ends its block on a function word ("Ten thousand
// walkers out for"): no headline stops there, so its last word wrapped and
// the dump printed it apart, a lone word a few lines below. Body words
// printed so between carry soft hyphens (headlines are not hyphenated) and
// are passed over. -1 when there is none.
func (s *pageSeg) enHeadTail(i int, head string, used []bool) int {
	ws := strings.Fields(head)
	if s.zh || len(ws) < 2 || !enFunction[strings.ToLower(ws[len(ws)-1])] || i+1 < len(s.lines) && s.chunk[i+1] == s.chunk[i] {
		return -1
	}
	// A sentence set in heading type (a deck: "Now what, if anything, is
	// left") ends where it likes.
	for _, k := range s.chunkLines[s.chunk[i]] {
		if strings.Contains(s.lines[k], ",") {
			return -1
		}
	}
	for k := i + 1; k < len(s.lines) && k <= i+headTailGap; k++ {
		t := strings.TrimSpace(s.lines[k])
		if t == "" || used[k] {
			continue
		}
		if len(strings.Fields(t)) > 1 {
			return -1
		}
		if strings.ContainsAny(t, "\u00ad-‐") {
			continue
		}
		if w := wordKey(t); utf8.RuneCountInString(w) >= 2 && w == strings.ToLower(t) && !enFunction[w] && len(s.chunkLines[s.chunk[k]]) == 1 {
			return k
		}
		return -1
	}
	return -1
}

// headTailGap is how many dump lines below its heading a wrapped last
// word may be printed.
const headTailGap = 4

// sideCut is a heading's first lines in lower case that reheadLowerCase
// cut off into block k of the page: perhaps a piece of a headline set
// beside a's (sideHeads).
type sideCut struct {
	a     *article
	lines []string
	block int
}

// sideHeads mends two English headlines set side by side on one row,
// which a dump prints out of order: a piece of the right headline in
// lower case right above the left headline's line, the right headline's
// first word(s) joined to the end of that line, and its next line under
// it ("harbour stays shut" / "Town hall opens new reading room Ferry" /
// "says mayor"). When an untitled article's text carries the piece's words,
// the right headline is its: the trailing words of the left line and the
// further heading lines that its text uses more than the left article's
// does, with the piece after the first. The piece's block goes.
func (s *pageSeg) sideHeads(arts []*article, ps []*piece, stories [][]int, idf map[string]float64) {
	var gone []int
	for _, c := range s.sideCuts {
		a := c.a
		piece := strings.Join(c.lines, " ")
		pw := strings.Fields(piece)
		if a.g == nil || a.note || len(a.g.head) < 2 || len(pw) > sidePieceWords || strings.ContainsAny(piece, ".,;:!?\u00ad-‐") {
			continue
		}
		u, ub, most := untitledCarrying(arts, ps, stories, pw)
		if u == nil || 2*most < len(pw) {
			continue
		}
		sum := sides{right: ub, left: textBag(a, ps, stories)}.sum
		if n, ok := sum(pw); n <= 0 || !ok {
			continue
		}
		// The left line's tail that goes: the best sum, the left keeping
		// two words or more.
		hw := strings.Fields(a.g.head[0])
		cut, best := -1, 0
		for k := len(hw) - 1; k >= 2; k-- {
			if n, ok := sum(hw[k:]); ok && n > best {
				cut, best = k, n
			}
		}
		if cut < 0 {
			continue
		}
		head := []string{strings.Join(append(slices.Clone(hw[cut:]), pw...), " ")}
		keep := []string{strings.Join(hw[:cut], " ")}
		for _, l := range a.g.head[1:] {
			if n, ok := sum(strings.Fields(l)); ok && n > 0 {
				head = append(head, l)
			} else {
				keep = append(keep, l)
			}
		}
		a.g.head = keep
		a.g.toks = s.tokens(a.g.text(), idf)
		u.g = &group{head: head, line: a.g.line, end: a.g.line}
		u.g.toks = s.tokens(u.g.text(), idf)
		gone = append(gone, c.block)
	}
	slices.Sort(gone)
	for i := len(gone) - 1; i >= 0; i-- {
		s.blocks = slices.Delete(s.blocks, gone[i], gone[i]+1)
	}
	s.sideCuts = nil
}

// sidePieceWords bounds the words of a lower-case piece cut off a
// headline that sideHeads reads as a piece of the headline beside it: part
// of one headline line, a few words.
const sidePieceWords = 6

// untitledCarrying returns the untitled article whose text carries most of
// the words ws (function words aside), its words and how many of ws it
// carries; nil when none carries any.
func untitledCarrying(arts []*article, ps []*piece, stories [][]int, ws []string) (*article, wordBag, int) {
	var u *article
	var ub wordBag
	most := 0
	for _, b := range arts {
		if b.g != nil || b.note || len(b.stories) == 0 {
			continue
		}
		bag := textBag(b, ps, stories)
		n := 0
		for _, w := range ws {
			if k := capsKey(w); !enFunction[k] && bag.tf[k] > 0 {
				n++
			}
		}
		if n > most {
			u, ub, most = b, bag, n
		}
	}
	return u, ub, most
}

// sides are the texts of two articles whose headlines are set side by
// side: which one a heading word belongs to is the one that uses it more
// densely.
type sides struct{ right, left wordBag }

// side is +1 for a word the right text uses more, -1 for one the left
// uses more, 0 for function words and words of neither.
func (d sides) side(w string) int {
	k := capsKey(w)
	if k == "" || enFunction[k] {
		return 0
	}
	dr, dl := d.right.density(k), d.left.density(k)
	switch {
	case dr > dl:
		return 1
	case dl > dr:
		return -1
	}
	return 0
}

// sum adds the sides of ws; ok when none of them is the left's.
func (d sides) sum(ws []string) (n int, ok bool) {
	ok = true
	for _, w := range ws {
		v := d.side(w)
		n += v
		ok = ok && v >= 0
	}
	return n, ok
}

// wordBag counts an article's words by capsKey.
type wordBag struct {
	tf map[string]int
	n  int
}

func (b wordBag) density(k string) float64 {
	if b.n == 0 {
		return 0
	}
	return float64(b.tf[k]) / float64(b.n)
}

func textBag(a *article, ps []*piece, stories [][]int) wordBag {
	b := wordBag{tf: map[string]int{}}
	for _, st := range a.stories {
		for _, k := range stories[st] {
			// A word hyphenated over lines is one word.
			for _, w := range strings.Fields(strings.ReplaceAll(ps[k].text(), "\u00ad ", "")) {
				if key := capsKey(w); key != "" {
					b.tf[key]++
					b.n++
				}
			}
		}
	}
	return b
}

// capsKey is a word's key for matching heading words against text: lower
// case, its first four letters, short words ("US", "Fed") whole.
func capsKey(w string) string {
	return firstLetters(strings.TrimSuffix(strings.TrimSuffix(wordKey(w), "'s"), "’s"), 4)
}

// firstLetters is w cut after n letters, not bytes: "résumé" and
// "résistance" differ in their fourth.
func firstLetters(w string, n int) string {
	for i := range w {
		if n == 0 {
			return w[:i]
		}
		n--
	}
	return w
}

// capsHeadsFollowText moves the capitals headlines of a page whose
// headlines are all capitals to the untitled article whose text carries
// more of their words than the text of the article that drew them: such
// pages come out of extractors as columns cut into words and pieces and
// interleaved, and a headline often draws a neighbour's scraps by
// position. Words are keyed by their first four letters, short ones
// ("US", "ID") counted; an untitled article takes one headline, the
// clearest lead first.
func (s *pageSeg) capsHeadsFollowText(arts []*article, ps []*piece, stories [][]int) {
	if !s.capsHeads {
		return
	}
	bags := map[*article]wordBag{}
	var untitled []*article
	for _, a := range arts {
		if a.note || len(a.stories) == 0 {
			continue
		}
		bags[a] = textBag(a, ps, stories)
		if a.g == nil {
			untitled = append(untitled, a)
		}
	}
	carried := func(keys []string, a *article) (n int, d float64) {
		b := bags[a]
		for _, k := range keys {
			if b.tf[k] > 0 {
				n++
				d += b.density(k)
			}
		}
		return n, d
	}
	type move struct {
		from, to *article
		lead     int
		dens     float64
	}
	var moves []move
	for _, a := range arts {
		if a.g == nil || a.note || len(a.g.head) == 0 || !allCapsLine(a.g.head[0]) {
			continue
		}
		var keys []string
		for _, w := range strings.Fields(strings.Join(a.g.head, " ")) {
			if k := capsKey(w); k != "" && !enFunction[k] && !enStop[k] && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		own, od := carried(keys, a)
		var best *article
		bn, bd := 0, 0.0
		for _, u := range untitled {
			if n, d := carried(keys, u); n > bn || n == bn && d > bd {
				best, bn, bd = u, n, d
			}
		}
		if best != nil && bn > own && bd > od && 2*bn >= len(keys) {
			moves = append(moves, move{a, best, bn - own, bd})
		}
	}
	sort.SliceStable(moves, func(i, j int) bool {
		if moves[i].lead != moves[j].lead {
			return moves[i].lead > moves[j].lead
		}
		return moves[i].dens > moves[j].dens
	})
	for _, m := range moves {
		if m.to.g != nil {
			continue
		}
		m.to.g, m.from.g = m.from.g, nil
	}
}
