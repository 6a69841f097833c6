package dump

// Giving stories to articles: clustering the stories no heading claimed
// by their words, widths and neighbours (Chinese), labelling an English
// dump's stories by a best path, and smoothing short stories.

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// cluster gives the stories no heading claimed to the article they resemble
// most: by their words against the article's words so far, and by the
// articles of the pieces printed next to them in the dump. Several rounds
// (clusterRounds), so that articles grown in one round attract in the next.
// Editor's notes attract too: a note's later paragraphs, printed apart
// from its first, are its own (only the stories a note holds stay put).
// A short Chinese story has too few words to tell: among the articles its
// words nearly tie for (bigramTie), its character bigrams (big, nil for
// English) choose, unless the best article leads by its headline's words.
// On a dump of clean columns (cleanColumns) bigrams rate every story.
func (s *pageSeg) cluster(arts []*article, owner []*article, fixed []bool, stories [][]int, ps []*piece,
	stoks []map[string]float64, slen []int, cont map[[2]int]float64, big []map[string]float64) {
	seed := make([]bool, len(stories))
	for i := range stories {
		seed[i] = owner[i] != nil
	}
	c := &clustering{s: s, arts: arts, owner: owner, stories: stories, ps: ps, stoks: stoks, slen: slen, cont: cont, big: big}
	c.byBigrams = big != nil && s.cleanColumns(ps)
	// Neighbours in dump order.
	c.order, c.pos = dumpOrder(ps)
	byLen := make([]int, len(stories))
	for i := range byLen {
		byLen[i] = i
	}
	sort.SliceStable(byLen, func(a, b int) bool { return slen[byLen[a]] > slen[byLen[b]] })
	if s.zh {
		c.sw = make([]map[float64]int, len(stories))
		for i, st := range stories {
			c.sw[i] = storyWidths(st, ps)
		}
	}
	for round := 0; round < clusterRounds; round++ {
		c.sumArticles()
		for _, i := range byLen {
			if seed[i] && (round < seedRound || fixed[i]) || owner[i] != nil && (round == 0 || owner[i].note) {
				continue
			}
			best, bs := c.bestArticle(i)
			if best == nil || bs < minFit {
				continue
			}
			// A headed article keeps its last story: emptied, its heading
			// would become a label and its text a headline-less article.
			if owner[i] != best && !(owner[i] != nil && owner[i].g != nil && len(owner[i].stories) == 1) {
				c.move(i, best)
			}
		}
	}
}

// clustering is what cluster reads of the page, and the articles' sums of
// a round.
type clustering struct {
	s         *pageSeg
	arts      []*article
	owner     []*article
	stories   [][]int
	ps        []*piece
	stoks     []map[string]float64
	slen      []int
	cont      map[[2]int]float64
	big       []map[string]float64
	sw        []map[float64]int // each story's line widths (Chinese), else nil
	order     []int             // the pieces in dump order (dumpOrder)
	pos       []int             // each piece's place in order
	byBigrams bool              // bigrams rate every story (clean columns)

	// The articles' sums of words, bigrams and widths, and of the sums'
	// norms, taken when first needed and again once a sum grows: a sum is
	// rated against every story.
	cent, centBig map[*article]map[string]float64
	aw            map[*article]map[float64]int
	norm, normBig map[*article]fixedSum
	widths        map[float64]bool // the column widths the page's articles are set at
}

// sumArticles sums the articles' words, bigrams and widths afresh.
func (c *clustering) sumArticles() {
	c.cent, c.centBig = map[*article]map[string]float64{}, map[*article]map[string]float64{}
	c.aw = map[*article]map[float64]int{}
	for i, a := range c.owner {
		if a != nil {
			addTo(c.cent, a, c.stoks[i])
			if c.sw != nil {
				c.aw[a] = addWidths(c.aw[a], c.sw[i], 1)
			}
			if c.big != nil {
				addTo(c.centBig, a, c.big[i])
			}
		}
	}
	c.norm, c.normBig = map[*article]fixedSum{}, map[*article]fixedSum{}
	c.widths = map[float64]bool{}
	for _, h := range c.aw {
		if w, n := modalWidth(h); n >= 2*widthLines {
			c.widths[w] = true
		}
	}
}

// normOf returns the norm of a's sum in sums, cached in ns.
func normOf(ns map[*article]fixedSum, sums map[*article]map[string]float64, a *article) fixedSum {
	n, ok := ns[a]
	if !ok {
		n = sqNorm(sums[a])
		ns[a] = n
	}
	return n
}

// storyFit is how well a story fits article a: by words (and neighbours),
// and by bigrams in place of words; byHead: its headline's words lead.
type storyFit struct {
	a          *article
	words, big float64
	byHead     bool
}

// bestArticle returns the article story i fits best, and how well.
func (c *clustering) bestArticle(i int) (*article, float64) {
	// Bigrams choose on clean columns, and among near ties for a
	// short story: only there are they rated.
	bigrams := c.byBigrams || c.big != nil && c.slen[i] < smoothMax
	var best *article
	bs := 0.0
	byHead := false
	var fits []storyFit
	for _, a := range c.arts {
		f, ok := c.fitOf(i, a, bigrams)
		if !ok {
			continue
		}
		if bigrams {
			fits = append(fits, f)
		}
		if f.words > bs {
			best, bs, byHead = a, f.words, f.byHead
		}
	}
	// On clean columns the bigrams choose, unless the best article
	// leads by its headline's words: a heading still waiting for
	// its text has no bigrams to attract it. A story whose bigrams
	// fit none stays out even if its words fit one: a shared word
	// shares a bigram, so it never happened when measured.
	if best != nil && c.byBigrams && !byHead {
		bs = 0
		for _, f := range fits {
			if f.big > bs {
				best, bs = f.a, f.big
			}
		}
	} else if best != nil && bigrams && !byHead {
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
	return best, bs
}

// fitOf returns how well story i fits article a (bigrams: rate them too);
// ok is false when it cannot join a.
func (c *clustering) fitOf(i int, a *article, bigrams bool) (storyFit, bool) {
	rate := cosineNormed
	if c.owner[i] == a {
		// Leave this story out of its own article's words.
		rate = cosineLess
	}
	sc := rate(c.stoks[i], c.cent[a], normOf(c.norm, c.cent, a))
	head := 0.0
	if a.g != nil {
		head = c.s.storyCarries(a.g, i, c.stoks)
	}
	more := c.nearness(i, a)
	// A long Chinese story has words enough to tell where it
	// belongs: printed among an article's pieces, it does not
	// join that article without a word in common.
	if c.s.zh && c.slen[i] >= smoothMax && sc == 0 && head == 0 {
		return storyFit{}, false
	}
	f := storyFit{a: a, words: max(sc, head) + more}
	if bigrams {
		cb := rate(c.big[i], c.centBig[a], normOf(c.normBig, c.centBig, a))
		f.big = max(cb, head) + more
	}
	// On clean columns a heading that holds text enough
	// is rated by that text's bigrams like any article:
	// a headline shares words with many texts.
	f.byHead = head > sc && (!c.byBigrams || waitsForText(a, i, c.slen))
	return f, true
}

// nearness is what story i scores for article a besides its words: the
// article's pieces printed next to it, its text running on into the
// article's, less a column width the article is not set at.
func (c *clustering) nearness(i int, a *article) float64 {
	more := 0.25 * c.s.neighbours(i, a, c.stories, c.ps, c.order, c.pos, c.owner)
	runOn := 0.0
	for _, j := range a.stories {
		if j != i {
			runOn = max(runOn, c.cont[[2]int{i, j}], c.cont[[2]int{j, i}])
		}
	}
	more += contWeight * runOn
	if c.sw != nil {
		w := c.aw[a]
		if c.owner[i] == a {
			w = addWidths(w, c.sw[i], -1)
		}
		if otherWidth(c.sw[i], w, c.widths) {
			more -= widthCost
		}
	}
	return more
}

// move gives story i to article best.
func (c *clustering) move(i int, best *article) {
	old := c.owner[i]
	moveStory(c.owner, i, best)
	// The article the story left keeps its words and bigrams
	// until the next round sums them afresh. Taking them away
	// at once, as its widths are, moved near-ties on scrambled
	// English dumps and lowered the dev headline and author
	// figures when measured.
	addTo(c.cent, best, c.stoks[i])
	delete(c.norm, best)
	delete(c.normBig, best)
	if c.sw != nil {
		if old != nil {
			c.aw[old] = addWidths(c.aw[old], c.sw[i], -1)
		}
		c.aw[best] = addWidths(c.aw[best], c.sw[i], 1)
	}
	if c.big != nil {
		addTo(c.centBig, best, c.big[i])
	}
}

// waitsForText: heading article a holds under smoothMax runes of text
// besides story i, too little for its bigrams to rate a story by (a short
// story has too few words to tell, see smooth).
func waitsForText(a *article, i int, slen []int) bool {
	n := articleSize(a, slen)
	if slices.Contains(a.stories, i) {
		n -= slen[i]
	}
	return n < smoothMax
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
		if !p.openEnd() || !p.runsOnFull() || p.note {
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

// cleanColumns: the dump prints the page's columns one after another in
// long runs, not side by side on shared lines. There a story's character
// bigrams rate Chinese text better than its segmented words, whose
// segmentation splits the rarer names and terms an article repeats. Clean:
// under cleanShare of the body lines carry two or more column fragments,
// and the pieces run cleanRun lines on average.
func (s *pageSeg) cleanColumns(ps []*piece) bool {
	body, shared := 0, 0
	for _, fs := range s.frags {
		if len(fs) > 0 {
			body++
		}
		if len(fs) > 1 {
			shared++
		}
	}
	lines := 0
	for _, p := range ps {
		lines += len(p.frags)
	}
	return len(ps) > 0 && float64(shared) < cleanShare*float64(body) && float64(lines) >= cleanRun*float64(len(ps))
}

const (
	cleanShare = 0.05
	cleanRun   = 8
)

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

// storyEnds returns the lookups of a story's first and last piece.
func storyEnds(ps []*piece, stories [][]int) (first, last func(i int) *piece) {
	first = func(i int) *piece { return ps[stories[i][0]] }
	last = func(i int) *piece { st := stories[i]; return ps[st[len(st)-1]] }
	return first, last
}

// moveStory gives story i to article to, taking it from its owner.
func moveStory(owner []*article, i int, to *article) {
	if a := owner[i]; a != nil {
		a.stories = remove(a.stories, i)
	}
	to.stories = append(to.stories, i)
	owner[i] = to
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
	u := s.enUnitsOf(ps, stories, stoks, gs, byGroup, owner)
	if u == nil {
		return
	}
	u.assign(u.bestLabels(), byGroup, owner, arts)
}

// enUnits is what enAssign reads of a page once: the units to label (the
// stories without an article, in print order), the headings, and what the
// print tells of each. Units are indexed k by their place in order.
type enUnits struct {
	s       *pageSeg
	ps      []*piece
	stories [][]int
	stoks   []map[string]float64
	heads   []*group
	order   []int
	// headAbove[k]: the heading printed last before unit k, if no other
	// unit comes between them. overText[h]: heading h is printed alone
	// right over a unit, not in a row of headings printed one after
	// another (the text under such a row may be any one's).
	headAbove []int
	overText  []bool
	midOpen   []bool      // see midOpenHeads
	runsOpen  []bool      // see openRuns
	apart     []bool      // labelApart, once a heading
	words     [][]float64 // see headWords
	mends     map[int]int // brokenWordsMended
}

// enUnitsOf reads the units and headings of a page for enAssign; nil when
// it has none of either.
func (s *pageSeg) enUnitsOf(ps []*piece, stories [][]int, stoks []map[string]float64, gs []*group,
	byGroup map[*group]*article, owner []*article) *enUnits {
	u := &enUnits{s: s, ps: ps, stories: stories, stoks: stoks}
	for _, g := range gs {
		if len(g.head) > 0 && (byGroup[g] == nil || !byGroup[g].note) && !s.labelOverHead(g, gs) {
			u.heads = append(u.heads, g)
		}
	}
	for i := range stories {
		if owner[i] == nil {
			u.order = append(u.order, i)
		}
	}
	if len(u.heads) == 0 || len(u.order) == 0 {
		return nil
	}
	order := u.order
	sort.SliceStable(order, func(a, b int) bool { return ps[stories[order[a]][0]].first < ps[stories[order[b]][0]].first })
	u.headAbove, u.overText = u.headingsAbove()
	u.midOpen = u.midOpenHeads()
	u.runsOpen = u.openRuns()
	u.apart = make([]bool, len(u.heads))
	for h, g := range u.heads {
		u.apart[h] = s.labelApart(g)
	}
	u.words = u.headWords()
	u.mends = s.brokenWordsMended(order, u.headAbove, ps, stories)
	return u
}

// Of story i: first is its first line, opening and last its first and
// last piece, credit the credit opening it; rightUnder: it starts on one
// of the two lines under heading g.
func (u *enUnits) first(i int) int                 { return u.opening(i).first }
func (u *enUnits) opening(i int) *piece            { return u.ps[u.stories[i][0]] }
func (u *enUnits) last(i int) *piece               { st := u.stories[i]; return u.ps[st[len(st)-1]] }
func (u *enUnits) credit(i int) string             { return u.opening(i).credit }
func (u *enUnits) rightUnder(i int, g *group) bool { return u.first(i)-g.end <= 2 }

// headingsAbove returns headAbove and overText (see enUnits).
func (u *enUnits) headingsAbove() ([]int, []bool) {
	headAbove := make([]int, len(u.order))
	overText := make([]bool, len(u.heads))
	// waiting: the headings stacked under the one whose text the unit
	// under the stack opens (stackTop). Their texts follow in the row's
	// order, each opening with its credit.
	var waiting []int
	for k, i := range u.order {
		headAbove[k] = -1
		between := 0
		prevEnd := -1 // the last line of the unit before
		if k > 0 {
			prevEnd = u.last(u.order[k-1]).lastLine()
		}
		for h, g := range u.heads {
			if g.end < u.first(i) && g.line > prevEnd {
				headAbove[k] = h
				between++
			}
		}
		if between == 1 {
			overText[headAbove[k]] = true
		}
		switch h := headAbove[k]; {
		case between > 1 && !u.s.wordBlocks:
			headAbove[k] = u.s.stackTop(u.heads, h, u.opening(i))
			waiting = nil
			for w := headAbove[k] + 1; w <= h; w++ {
				waiting = append(waiting, w)
			}
		case between > 0:
			waiting = nil
		case len(waiting) > 0 && u.credit(i) != "" && !u.opening(i).openStart(false):
			headAbove[k], waiting = waiting[0], waiting[1:]
		}
	}
	return headAbove, overText
}

// midOpenHeads returns, for each heading h, whether it is printed, without
// a credit, right over text that opens mid-sentence without one: its
// opening column, with the credit, is printed elsewhere.
func (u *enUnits) midOpenHeads() []bool {
	midOpen := make([]bool, len(u.heads))
	for k, i := range u.order {
		if h := u.headAbove[k]; h >= 0 && !u.s.wordBlocks && u.heads[h].byline == "" && u.rightUnder(i, u.heads[h]) {
			midOpen[h] = u.credit(i) == "" && u.opening(i).openStart(false)
		}
	}
	return midOpen
}

// openRuns returns, for each unit k, whether it is credited, printed under
// no heading, and it and the uncredited units printed after it, up to a
// heading or the next credit, stop mid-sentence: the opening column of an
// article whose heading and further text are printed elsewhere.
func (u *enUnits) openRuns() []bool {
	runsOpen := make([]bool, len(u.order))
	for k, i := range u.order {
		if u.credit(i) == "" || u.headAbove[k] >= 0 {
			continue
		}
		end := k
		for end+1 < len(u.order) && u.credit(u.order[end+1]) == "" && u.headAbove[end+1] < 0 {
			end++
		}
		runsOpen[k] = u.last(u.order[end]).openEnd()
	}
	return runsOpen
}

// headWords returns words[k][h]: the share of heading h's words unit k
// carries, the same every round. On a page printed a column line at a
// time, a heading printed alone over text starts its article there: text
// printed above it that carries a few of its words is mostly a
// neighbour's on the same subject. Carrying a good share (lateClaim), it
// is a column of the article printed before its heading.
func (u *enUnits) headWords() [][]float64 {
	words := make([][]float64, len(u.order))
	for k, i := range u.order {
		words[k] = make([]float64, len(u.heads))
		for h, g := range u.heads {
			w := headScore(g.toks, u.stoks[i])
			// A heading of one content word ("Can we cope?" keeps
			// "cope") is carried by any text that uses the word: no sign
			// of its article. Nor is a column label's ("IN DEPTH")
			// printed apart: it names a kind of story, not the subject.
			// Word by word, a unit has little else.
			if !u.s.wordBlocks && (len(g.toks) == 1 || u.apart[h]) {
				w = 0
			}
			if !u.s.wordBlocks && u.overText[h] && g.line > u.first(i) && w < lateClaim {
				w = 0
			}
			words[k][h] = w
		}
	}
	return words
}

// bestLabels returns each unit's heading (len(heads) for none) on the best
// path, the headings' models re-estimated from the path each round.
func (u *enUnits) bestLabels() []int {
	label := make([]int, len(u.order))
	models := make([]map[string]float64, len(u.heads))
	for h, g := range u.heads {
		models[h] = g.toks
	}
	// forced holds the units given to headings that the best path left
	// without text: every heading of a page has some.
	forced := map[int]int{}
	for round := 0; round < enRounds; round++ {
		// The models grow with their units' words: their norms are taken
		// once a round, not once a unit.
		norms := make([]fixedSum, len(u.heads))
		for h, mod := range models {
			norms[h] = sqNorm(mod)
		}
		emit := u.emissions(round, label, models, norms)
		if round > 0 {
			u.forceHeads(forced, label, emit, models, norms)
		}
		for k := range u.order {
			if f, ok := forced[k]; ok {
				for h := range emit[k] {
					if h != f {
						emit[k][h] = math.Inf(-1)
					}
				}
			}
		}
		label = bestPath(emit, u.stay)
		models = u.models(label)
	}
	return label
}

// emissions returns emit[k][h]: how well unit k fits heading h this round,
// label the path of the round before; emit[k][len(heads)] is for none.
func (u *enUnits) emissions(round int, label []int, models []map[string]float64, norms []fixedSum) [][]float64 {
	m := len(u.heads)
	emit := make([][]float64, len(u.order))
	for k, i := range u.order {
		emit[k] = make([]float64, m+1)
		emit[k][m] = enNew
		for h := range u.heads {
			rate := cosineNormed
			if round > 0 && label[k] == h {
				// Leave the unit out of its own heading's model.
				rate = cosineLess
			}
			e := enHeadW*u.words[k][h] + rate(u.stoks[i], models[h], norms[h])
			e += u.placeScore(k, h)
			e += u.creditScore(k, h)
			if j, ok := u.mends[k]; ok && round > 0 && label[j] == h {
				e += enMend
			}
			emit[k][h] = e
		}
	}
	return emit
}

// placeScore is what unit k scores for heading h by where it is printed.
func (u *enUnits) placeScore(k, h int) float64 {
	i, g := u.order[k], u.heads[h]
	if u.headAbove[k] == h {
		// Right under the heading, or past a caption or a
		// credit printed apart from it.
		if u.rightUnder(i, g) {
			return enAbove
		}
		return enAbove / 2
	}
	if g.line < u.first(i) {
		return 0.05
	}
	return 0
}

// creditScore is what unit k scores for heading h by the credit opening
// it, if any.
func (u *enUnits) creditScore(k, h int) float64 {
	i, g := u.order[k], u.heads[h]
	switch {
	case u.credit(i) == "":
		return 0
	case g.byline != "" && g.byline != u.credit(i):
		return -0.6
	case u.midOpen[h] && u.runsOpen[k]:
		return enMidOpen
	}
	return 0.3
}

// forceHeads gives a heading the path (label) left without text the
// paragraph it fits best among those whose article keeps others and that
// carry its words or are printed right under it, recording it in forced.
// Its words are counted as the path counts them (words): text printed
// above a heading alone over text, carrying less than lateClaim of them,
// is a neighbour's on the same subject and counts none.
func (u *enUnits) forceHeads(forced map[int]int, label []int, emit [][]float64, models []map[string]float64, norms []fixedSum) {
	got := make([]int, len(u.heads)+1)
	for _, h := range label {
		got[h]++
	}
	for h, g := range u.heads {
		// A bare short heading may be a crosshead, and a label
		// printed apart heads nothing: neither has text of its own.
		if got[h] > 0 || g.weak() || u.apart[h] {
			continue
		}
		best, bk := math.Inf(-1), -1
		for k, i := range u.order {
			if _, ok := forced[k]; ok || got[label[k]] < 2 || u.opening(i).openStart(u.s.zh) ||
				u.headAbove[k] != h && u.words[k][h]+cosineNormed(u.stoks[i], models[h], norms[h]) < 0.2 {
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

// stay scores unit k for staying in the article of the unit before.
func (u *enUnits) stay(k int) float64 {
	i := u.order[k]
	switch {
	case u.credit(i) != "" || u.headAbove[k] >= 0:
		return 0
	case u.opening(i).openStart(u.s.zh):
		// The unit starts mid-sentence: it runs on from somewhere.
		// When the unit before ends its sentence, that somewhere is
		// a column printed elsewhere (a story's later columns
		// printed before its heading), so no more than a credited
		// unit does it stay in the article.
		if !u.s.wordBlocks && k > 0 && !u.last(u.order[k-1]).openEnd() {
			return 0
		}
		return 0.8
	case k > 0 && u.s.sameBlock(u.last(u.order[k-1]), u.opening(i)):
		// Printed right under the unit before, in the same block:
		// the same column goes on with a new paragraph.
		return 0.8
	}
	return enStay
}

// models returns each heading's words and those of the units label gives
// it.
func (u *enUnits) models(label []int) []map[string]float64 {
	models := make([]map[string]float64, len(u.heads))
	for x, g := range u.heads {
		models[x] = map[string]float64{}
		for w, v := range g.toks {
			models[x][w] = v
		}
	}
	for k, i := range u.order {
		if label[k] == len(u.heads) {
			continue
		}
		for w, v := range u.stoks[i] {
			models[label[k]][w] += v
		}
	}
	return models
}

// assign gives each unit to the article of its heading on the path; a run
// of units no heading fits is an article of its own.
func (u *enUnits) assign(label []int, byGroup map[*group]*article, owner []*article, arts *[]*article) {
	var untitled *article
	for k, i := range u.order {
		if label[k] == len(u.heads) {
			if untitled == nil || label[k-1] != len(u.heads) {
				untitled = &article{first: u.first(i)}
				*arts = append(*arts, untitled)
			}
			untitled.stories = append(untitled.stories, i)
			owner[i] = untitled
			continue
		}
		headedStory(u.heads[label[k]], i, byGroup, arts, owner)
	}
}

const enRounds = 4

// enMidOpen scores a credited opening column printed under no heading for
// a heading over text that opens mid-sentence: more than any heading
// without a credit (0.3), as much as a credit differing from a heading's
// costs.
const enMidOpen = 0.6

// stackTop returns, for unit p printed under heading h of heads, the
// heading of those stacked over h (stackedUnder) that p opens the article
// of, when a blank line follows h and a credit or deck heads p. A dump
// prints a row of side-by-side articles headings first: the heading whose
// credit is printed last over p, else (p keeps its credit, or has a deck)
// the row's first. Text printed right under a heading, or without a
// credit or deck of its own (a later paragraph of h's article, printed in
// its second column), is h's.
func (s *pageSeg) stackTop(heads []*group, h int, p *piece) int {
	end := heads[h].end
	if p.openStart(false) || end+1 >= p.first || s.chunk[end+1] >= 0 {
		return h
	}
	top := h
	for top > 0 && s.stackedUnder(heads[top-1], heads[top]) {
		top--
	}
	// byline is the last credit printed over p ("" for none: a credit
	// item always has its text).
	decked := false
	byline := ""
	for _, it := range s.items {
		if it.line > end && it.line < p.first {
			if it.kind == kByline {
				byline = it.byline
			}
			decked = decked || it.deck
		}
	}
	for k := top; k <= h && byline != ""; k++ {
		if heads[k].byline == byline {
			return k
		}
	}
	if p.credit != "" || byline != "" || decked {
		return top
	}
	return h
}

// enMend scores a unit for the heading of the unit whose broken word it
// completes (brokenWordsMended).
const enMend = 1.0

// brokenWordsMended maps each unit that opens by completing a word broken
// at a hyphen at the end of another unit (completesWord) to that unit: the
// column goes on there, wherever the dump printed it. One printed right
// under a heading, or opening with a credit, starts where it is; a word two
// units could complete tells nothing.
func (s *pageSeg) brokenWordsMended(order, headAbove []int, ps []*piece, stories [][]int) map[int]int {
	mends := map[int]int{}
	if s.wordBlocks {
		return mends
	}
	first, last := storyEnds(ps, stories)
	for j, a := range order {
		p := last(a)
		head := brokenHead(p.frags[len(p.frags)-1].text)
		if head == "" {
			continue // most units end in no broken word
		}
		to := -1
		for k, b := range order {
			if k != j && s.completesWord(head, firstWordKey(first(b).frags[0].text)) {
				if to >= 0 {
					to = -1
					break
				}
				to = k
			}
		}
		if to >= 0 && headAbove[to] < 0 && first(order[to]).credit == "" {
			mends[to] = j
		}
	}
	return mends
}

// bestPath labels the units k with headings by the best path (Viterbi)
// through their scores emit[k][h], a unit that stays with the heading of
// the unit before gaining stay(k). On a tie the earlier heading wins.
// With no units, or a unit no heading can label, there is no path: nil.
func bestPath(emit [][]float64, stay func(k int) float64) []int {
	n := len(emit)
	if n == 0 || slices.ContainsFunc(emit, func(e []float64) bool { return len(e) == 0 }) {
		return nil
	}
	label := make([]int, n)
	// Heading h comes after the best heading p of the unit before (the
	// first best: the earliest p on a tie), p == h gaining stay; that is
	// the first best but for h, or h itself.
	score := make([][]float64, n)
	back := make([][]int, n)
	for k := range emit {
		score[k] = make([]float64, len(emit[k]))
		back[k] = make([]int, len(emit[k]))
		if k == 0 {
			copy(score[k], emit[k])
			continue
		}
		st := stay(k)
		top, second := firstBest(score[k-1], -1), -1
		if top >= 0 {
			second = firstBest(score[k-1], top)
		}
		for h := range score[k] {
			other := top
			if h == top {
				other = second
			}
			best, bh := math.Inf(-1), 0
			for _, p := range []int{min(h, other), max(h, other)} {
				if p < 0 {
					continue
				}
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
	return label
}

// firstBest is the index of the greatest of vs but skip, the first of
// equals; -1 when none is above -Inf.
func firstBest(vs []float64, skip int) int {
	best, at := math.Inf(-1), -1
	for i, v := range vs {
		if i != skip && v > best {
			best, at = v, i
		}
	}
	return at
}

// Weights of the English labelling: heading words against likeness to the
// text so far, being printed right under the heading, staying in one
// article from one unit to the next.
const enHeadW, enAbove, enStay = 1.0, 0.7, 0.3

// enNew scores a unit for an article without heading: a run of units that
// fit no heading better (the heading lost in the dump) stands alone.
const enNew = 0.2

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
		if a != nil && len(a.stories) > 1 && storyLikeness(st, a, owner, stoks) > storyLikeness(st, before, owner, stoks) {
			continue
		}
		if a != nil && slices.ContainsFunc(a.stories, func(j int) bool { return cont[[2]int{j, st}] > 0 || cont[[2]int{st, j}] > 0 }) {
			continue
		}
		moveStory(owner, st, before)
	}
}

// headedStory gives story i to the article g heads, made when g heads none
// yet.
func headedStory(g *group, i int, byGroup map[*group]*article, arts *[]*article, owner []*article) {
	a := byGroup[g]
	if a == nil {
		a = &article{g: g, first: g.line}
		byGroup[g] = a
		*arts = append(*arts, a)
	}
	a.stories = append(a.stories, i)
	owner[i] = a
}
