package dump

// Building a page's articles: pairing heading groups with stories, folding
// crossheads into their articles, turning scraps into blocks and giving
// late headings their text.

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/segment"
	"newsprint/segment/cues"
)

func (s *pageSeg) assemble() segment.Layout {
	return s.assembleFrom(s.pieces())
}

// assembleFrom builds the page's articles from its column pieces.
func (s *pageSeg) assembleFrom(ps []*piece) segment.Layout {
	ps = s.credits(ps)
	// Cutting words is the costly part on long texts: once per piece.
	pws := s.pieceWords(ps)
	idf := idfOf(pws)
	for i, p := range ps {
		p.toks = tokensOf(pws[i], idf)
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
	groups := s.sideBySide(s.groups(idf), ps, stories, idf)
	if s.zh {
		s.rowHeads(groups, ps, stories, idf)
		ps, stories = s.rowStoryEnds(ps, stories, idf)
		s.ps, s.pieceStories = ps, stories
		s.creditsAbove(groups, ps)
	}
	for _, p := range ps {
		if g := s.credited[p.frags[0].line]; g != nil && p.credit == "" {
			p.credit, p.authors = g.byline, g.authors
		}
	}
	return s.build(ps, stories, groups, idf)
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

type article struct {
	g       *group
	stories []int
	first   int
	note    bool
	cross   []*group // crossheads: bare headings whose text went here
	// opening is the first line of the text, taken for a heading before
	// the article's real title was found (noteOpening).
	opening []string
	// split is the article this untitled one was split off from
	// (splitForHeadings).
	split *article
}

// lastHead returns, of the articles with a heading (no notes) that keep
// accepts, the one whose heading is printed last, the first of a tie; nil
// when keep accepts none.
func lastHead(arts []*article, keep func(*article) bool) *article {
	var best *article
	for _, a := range arts {
		if a.g == nil || a.note || len(a.g.head) == 0 || !keep(a) {
			continue
		}
		if best == nil || a.g.line > best.g.line {
			best = a
		}
	}
	return best
}

// weak reports a bare one-line heading without credit, kicker or deck: it
// may be a crosshead of a long article rather than a headline.
func (g *group) weak() bool {
	return g.byline == "" && len(g.kicker) == 0 && len(g.decks) == 0 && len(g.head) == 1 &&
		utf8.RuneCountInString(g.head[0]) <= 14
}

// build makes the layout: the stories assigned to headings as articles,
// the rest blocks.
func (s *pageSeg) build(ps []*piece, stories [][]int, gs []*group, idf map[string]float64) segment.Layout {
	if s.zh {
		s.hg = newHeadGrams(stories, ps)
	}
	stoks, slen, sfirst := s.storyTokens(ps, stories, idf)
	byGroup := map[*group]*article{}
	owner := make([]*article, len(stories))
	arts := noteArticles(ps, stories, gs, sfirst, byGroup, owner)
	if s.ordered {
		s.orderedAssign(stories, sfirst, stoks, gs, byGroup, owner, &arts)
	}
	if !s.zh {
		s.enAssign(ps, stories, stoks, gs, byGroup, owner, &arts)
	}
	fixed := s.fixedStories(owner)
	// A side-by-side head that took the run-in credit opening a story
	// takes that story: word likeness cannot tell two heads over
	// interleaved columns apart.
	for _, g := range gs {
		if i, ok := s.rowStory[g]; ok && owner[i] == nil {
			headedStory(g, i, byGroup, &arts, owner)
			fixed[i] = true
		}
	}
	// Each story goes to the heading whose words it carries.
	claims := s.headClaims(ps, stories, gs, byGroup, owner, stoks, slen, sfirst)
	settleClaims(claims, byGroup, &arts, owner, fixed)
	arts = s.waitingHeads(arts, gs, byGroup)
	// How well each story runs on into another, for clustering and
	// smoothing alike (stories and pieces do not change in between).
	cont := s.continuations(stories, ps)
	// The stories' character bigrams (Chinese), read once for clustering,
	// strays and crossheads alike.
	var big []map[string]float64
	if s.zh {
		big = s.bigramVecs(stories, ps)
	}
	s.cluster(arts, owner, fixed, stories, ps, stoks, slen, cont, big)
	s.openColumns(stories, ps, owner, stoks)
	s.zhRunOn(stories, ps, owner, stoks)
	s.afterCredit(arts, owner, stories, ps, stoks)
	arts = s.creditedUntitled(arts, owner, ps, stories, slen, stoks)
	arts = s.untitleFragments(arts, owner)
	arts = s.reheadLowerCase(arts, owner, stoks, slen, idf)
	if s.zh {
		s.smooth(owner, stories, ps, slen, stoks, cont)
		s.creditedStories(&arts, owner, stories, ps, stoks)
		s.strandedCredits(arts, stoks)
		s.headsFollowText(arts, stoks)
		arts = s.creditedLabel(arts, ps, stories, stoks, idf)
		arts = s.lateStories(arts, gs, byGroup, owner, stories, stoks, sfirst)
		arts = s.strayStories(arts, owner, stories, ps, slen, big)
		arts = s.splitForHeadings(arts, owner, stories, ps, slen, big, stoks)
		s.betweenColumns(owner, stories, ps, slen, true)
		s.innerSeams(owner, stories, ps, slen)
	}
	arts = dropLabels(arts, byGroup)
	var layout segment.Layout
	arts = untitledStories(arts, owner, ps, stories, slen, sfirst, &layout)
	s.sideHeads(arts, ps, stories, idf)
	// Headings that got no story.
	for i, g := range gs {
		if byGroup[g] != nil {
			continue
		}
		if a := s.articleByPlace(g, arts, owner, ps, stories, stoks, sfirst); a != nil {
			byGroup[g] = a
			continue
		}
		if a := s.articleByWords(g, i, gs, arts, byGroup, ps, stories, stoks); a != nil {
			byGroup[g] = a
			continue
		}
		s.headingLeftOver(g, &layout)
	}
	arts = unsplit(arts, owner)
	arts = s.crossheads(arts, stoks, ps, stories, big)
	arts = s.scraps(arts, ps, stories, slen, &layout)
	arts = s.promotions(arts, ps, stories, slen, &layout)
	if s.zh {
		s.betweenColumns(owners(arts, len(stories)), stories, ps, slen, false)
	}
	s.attachDecks(arts, stoks, idf, &layout)
	s.attachKickers(arts, stoks, idf, &layout)
	s.capsHeadsFollowText(arts, ps, stories)
	arts = s.scatteredScraps(arts, slen, &layout, ps, stories)
	if s.zh {
		s.creditUnderHeading(arts, ps, stories, sfirst)
	}
	arts = s.twoCredits(arts, ps, stories, slen, stoks)
	arts = s.untitledRunOn(arts, ps, stories, stoks)
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

// storyTokens returns each story's token set, its length in runes and its
// first dump line.
func (s *pageSeg) storyTokens(ps []*piece, stories [][]int, idf map[string]float64) (stoks []map[string]float64, slen, sfirst []int) {
	stoks = make([]map[string]float64, len(stories))
	slen = make([]int, len(stories))
	sfirst = make([]int, len(stories))
	for i, st := range stories {
		var b strings.Builder
		sfirst[i] = math.MaxInt
		for _, k := range st {
			b.WriteString(ps[k].text())
			b.WriteByte(' ')
			sfirst[i] = min(sfirst[i], ps[k].first)
		}
		if len(st) == 1 {
			// The same words as the piece's (the space is no word), and
			// cut already.
			stoks[i] = s.tokens(ps[st[0]].text(), idf)
		} else {
			stoks[i] = s.tokens(b.String(), idf)
		}
		slen[i] = utf8.RuneCountInString(b.String())
	}
	return stoks, slen, sfirst
}

// noteArticles returns the editor's notes, articles of their own, each
// with the first note label of gs not taken yet, and records them in
// byGroup and owner.
func noteArticles(ps []*piece, stories [][]int, gs []*group, sfirst []int, byGroup map[*group]*article, owner []*article) []*article {
	var arts []*article
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
	return arts
}

// fixedStories returns which stories keep the article they have: word
// likeness does not move them.
func (s *pageSeg) fixedStories(owner []*article) []bool {
	fixed := make([]bool, len(owner))
	if s.ordered {
		// Stories placed by reading order stay where they were put.
		for i := range owner {
			fixed[i] = owner[i] != nil
		}
	} else if !s.zh && !s.wordBlocks {
		// So do those enAssign gave a heading on an English page printed
		// a column line at a time: it follows the columns' order, and word
		// likeness alone moves a column to a neighbour on the same topic.
		// Untitled runs may still join an article.
		for i := range owner {
			fixed[i] = owner[i] != nil && owner[i].g != nil
		}
	}
	return fixed
}

// headClaim is a heading's claim on a story.
type headClaim struct {
	st    int
	g     *group
	score float64 // raw weighted by the story's length: the order of claims
	raw   float64 // words, and what the place under g adds
	// under: the story is printed right below g, or opens with a
	// run-in credit close below it; words: the share of g's words
	// it carries.
	under bool
	words float64
}

// headClaims returns the claims of the headings on the stories without an
// article, strongest first.
func (s *pageSeg) headClaims(ps []*piece, stories [][]int, gs []*group, byGroup map[*group]*article, owner []*article, stoks []map[string]float64, slen, sfirst []int) []headClaim {
	var claims []headClaim
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
		opener := storyOpener(stories[i], ps, sfirst[i])
		for _, g := range gs {
			if byGroup[g] != nil && byGroup[g].note || s.lateHeads[g.line] {
				continue
			}
			words := s.storyCarries(g, i, stoks)
			sc, under := words, false
			// near: the story starts a few lines under the heading;
			// opens: as the text printed first there, or in the first
			// row under it with its words or a row of its own;
			// runsAcross: yet a Chinese sentence runs on into it across
			// the heading, so it is not the heading's.
			d := sfirst[i] - max(g.line, g.end)
			near := d > 0 && d < 6
			opens := near && (lead || firstRowUnder(g, sfirst[i], sfirst) && (words > 0 || !shared))
			runsAcross := opens && s.zh && s.runsOnAcross(g, i, opener, stories, ps, stoks)
			if opens && !runsAcross {
				under = true
				sc += 0.35
				if lead {
					sc += 0.35
				}
			}
			if sc >= 0.3 {
				claims = append(claims, headClaim{i, g, sc * math.Log(2+float64(slen[i])), sc, under, words})
			}
		}
	}
	sort.SliceStable(claims, func(a, b int) bool { return claims[a].score > claims[b].score })
	return claims
}

// settleClaims gives each story to the heading with the strongest claim
// on it.
//
// A heading with a story printed right under it takes a story printed
// under another full heading by a few of its words (less than
// headTook) only once every heading had the stories printed right
// under it: a headline shares a word or two with many texts, and its
// weak claim would leave the other heading without text, a label, and
// merge two articles. A bare short heading (weak) may be a crosshead
// of the text around it: the headline's words may well take that.
func settleClaims(claims []headClaim, byGroup map[*group]*article, arts *[]*article, owner []*article, fixed []bool) {
	overText := map[*group]bool{}
	underHead := map[int]bool{}
	for _, p := range claims {
		if p.under {
			overText[p.g] = true
			if !p.g.weak() {
				underHead[p.st] = true
			}
		}
	}
	farClaim := func(p headClaim) bool { return !p.under && p.words < headTook && overText[p.g] && underHead[p.st] }
	for _, far := range []bool{false, true} {
		for _, p := range claims {
			if owner[p.st] != nil || farClaim(p) != far {
				continue
			}
			headedStory(p.g, p.st, byGroup, arts, owner)
			fixed[p.st] = p.raw >= fixedClaim
		}
	}
}

// waitingHeads returns arts with an article waiting for its text for
// every other real heading.
func (s *pageSeg) waitingHeads(arts []*article, gs []*group, byGroup map[*group]*article) []*article {
	for _, g := range gs {
		if byGroup[g] == nil && len(g.head) > 0 && !cues.IsSection(strings.Join(g.head, "")) && !s.lateHeads[g.line] && !s.labelOverHead(g, gs) {
			a := &article{g: g, first: g.line}
			byGroup[g] = a
			arts = append(arts, a)
		}
	}
	return arts
}

// dropLabels returns arts without the headings left without text: they
// are labels.
func dropLabels(arts []*article, byGroup map[*group]*article) []*article {
	kept := arts[:0]
	for _, a := range arts {
		if len(a.stories) == 0 && a.g != nil {
			delete(byGroup, a.g)
			continue
		}
		kept = append(kept, a)
	}
	return kept
}

// untitledStories returns arts with an untitled article for each story
// left without one, but for scraps, which become blocks of layout.
func untitledStories(arts, owner []*article, ps []*piece, stories [][]int, slen, sfirst []int, layout *segment.Layout) []*article {
	for i := range stories {
		if owner[i] == nil {
			// A short story like no article is a scrap: a block, not an
			// article of its own; a long one is an untitled article, and
			// so is a credited one: a credit signs a story, not a scrap.
			if slen[i] < minUntitled && (storyCredit(i, ps, stories) == "" || slen[i] < minCredited) {
				layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[i])
				continue
			}
			a := &article{stories: []int{i}, first: sfirst[i]}
			arts = append(arts, a)
			owner[i] = a
		}
	}
	return arts
}

// articleByPlace gives heading g, which got no story, to the article its
// place tells (text or a label printed right under or over it, a run-in
// credit below) and returns that article; nil when there is none.
func (s *pageSeg) articleByPlace(g *group, arts, owner []*article, ps []*piece, stories [][]int, stoks []map[string]float64, sfirst []int) *article {
	// An untitled story close below takes it.
	if best := untitledBelow(g.line, arts, nil); best != nil && best.first-g.line < 8 {
		best.g = g
		return best
	}
	// An editor's-note label takes the note its opening line headed.
	if a := s.noteOpening(g, arts, ps, stories); a != nil {
		a.opening = a.g.head
		a.g = g
		a.note = true
		return a
	}
	// A headline printed right under a label in capitals that took
	// text in its place: the label is its kicker.
	if a := s.labelOver(g, arts); a != nil {
		a.g.kicker, a.g.head = a.g.head, g.head
		a.g.decks = append(a.g.decks, g.decks...)
		takeCredit(a.g, g)
		return a
	}
	if a := s.headUnder(g, arts); a != nil {
		a.g.kicker = g.head
		return a
	}
	if a := s.headOverOpening(g, nil, arts, stories, ps); a != nil {
		asHeadline(g, a)
		return a
	}
	// A bare short heading right above text of a credited article is
	// one of its crossheads.
	if a := s.crossheadOf(g, nil, arts, ps, stories); a != nil {
		a.cross = append(a.cross, g)
		return a
	}
	// An untitled article that opens with a run-in credit is an
	// article's start whose headline the dump printed far away: the
	// nearest such below takes the headline.
	if a := s.runInBelow(g, arts, ps, stories); a != nil {
		a.g = g
		return a
	}
	// A headline printed over the start of a text that a bare heading
	// printed further down took: that heading is a crosshead.
	if a := s.crossheadTook(g, arts, owner, stoks, sfirst); a != nil {
		a.cross = append(a.cross, a.g)
		a.g = g
		a.first = min(a.first, g.line)
		return a
	}
	return nil
}

// articleByWords gives heading g (gs[i]), which got no story, to an
// article printed apart from it that its words or its kind of label tell,
// and returns that article; nil when there is none.
func (s *pageSeg) articleByWords(g *group, i int, gs []*group, arts []*article, byGroup map[*group]*article, ps []*piece, stories [][]int, stoks []map[string]float64) *article {
	// Text split off an article for want of its heading.
	if a := s.splitTakenBy(g, arts, stoks); a != nil {
		a.g = g
		return a
	}
	// A headline whose words no story carries, on a page with an
	// untitled article: the dump printed it away from that text,
	// whose words it does not repeat (a slogan, a figure of speech).
	if a := s.uncarriedHead(g, arts, stoks); a != nil {
		a.g = g
		return a
	}
	if a := s.labelledArticle(gs, i, byGroup); a != nil {
		a.g.kicker = g.head
		return a
	}
	if txt := g.label(); txt != "" {
		if a := s.seriesOf(txt, arts, ps, stories); a != nil {
			a.g.kicker = []string{txt}
			return a
		}
	}
	return nil
}

// headingLeftOver puts heading g, which no article took, in the layout as
// a block, or among the loose kickers.
func (s *pageSeg) headingLeftOver(g *group, layout *segment.Layout) {
	txt := g.label()
	if txt == "" {
		return
	}
	// Two parallel phrases over nothing ("守护绿水青山 建设美丽家园")
	// are a headline's overline printed apart: content finds it.
	if s.zh && len(g.head) == 1 && g.line == g.end && g.byline == "" && pairedPhrases(s.lines[g.line]) {
		s.looseKickers = append(s.looseKickers, txt)
		return
	}
	k := segment.Other
	if cues.IsSection(txt) {
		k = segment.Section
	}
	layout.Blocks = append(layout.Blocks, segment.Block{Kind: k, Lines: lines(txt)})
}

// runInBelow finds the untitled article nearest below headline g whose
// text opens with a run-in credit.
func (s *pageSeg) runInBelow(g *group, arts []*article, ps []*piece, stories [][]int) *article {
	if len(g.head) == 0 {
		return nil
	}
	return untitledBelow(g.line, arts, func(a *article) bool {
		first := firstPiece(a, ps, stories)
		return first != nil && first.lead
	})
}

// firstPiece returns the piece printed first of those opening a's
// stories, nil when a has no text.
func firstPiece(a *article, ps []*piece, stories [][]int) *piece {
	var first *piece
	for _, st := range a.stories {
		if p := ps[stories[st][0]]; first == nil || p.first < first.first {
			first = p
		}
	}
	return first
}

// crossheadTook returns the article whose text carries most of Chinese
// headline g's words when g is printed above all of that text and the
// article's own heading is a bare one (no kicker, deck or credit) printed
// below the start of the text: a crosshead the dump set like a headline.
func (s *pageSeg) crossheadTook(g *group, arts []*article, owner []*article, stoks []map[string]float64, sfirst []int) *article {
	if !s.zh || len(g.head) == 0 {
		return nil
	}
	best, bs := s.carrier(g, stoks)
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

// carrier returns the story that carries most of heading g's words
// (storyCarries) and that share; -1 and 0 when no story carries any.
func (s *pageSeg) carrier(g *group, stoks []map[string]float64) (int, float64) {
	best, bs := -1, 0.0
	for st := range stoks {
		if sc := s.storyCarries(g, st, stoks); sc > bs {
			best, bs = st, sc
		}
	}
	return best, bs
}

// headTook is the share of a headline's words that a text must carry for
// the headline to take it from a bare heading printed inside it.
const headTook = 0.5

// uncarriedHead returns the untitled article nearest to Chinese headline
// g when no story carries any of g's words: g then heads no other text
// on the page. A heading whose words some story carries but which lost
// it to another heading is a label or a crosshead, not this text's.
func (s *pageSeg) uncarriedHead(g *group, arts []*article, stoks []map[string]float64) *article {
	// A heading without words (figures, marks) tells nothing by its
	// words' absence.
	if !s.zh || len(g.head) == 0 || len(g.kicker) > 0 || len(g.toks) == 0 || cues.IsSection(strings.Join(g.head, "")) {
		return nil
	}
	if st, _ := s.carrier(g, stoks); st >= 0 {
		return nil
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

// crossheadOf returns the credited (on its heading or in its text) or
// kickered article, other than not, whose text is printed right under g,
// when g is a bare short heading: g is one of its crossheads. Chinese
// dumps only.
func (s *pageSeg) crossheadOf(g *group, not *article, arts []*article, ps []*piece, stories [][]int) *article {
	if !s.zh || !g.weak() || utf8.RuneCountInString(g.head[0]) > crossRunes {
		return nil
	}
	a := s.ownerBelow(g, not, arts, ps, stories)
	if a == nil || a.g == nil || a.g.byline == "" && len(a.g.kicker) == 0 && !s.storyCredited(a, ps, stories) {
		return nil
	}
	return a
}

// crossRunes is the longest a bare heading may be to be taken for a
// crosshead (crossheadOf, crossheads): a crosshead names a part of a
// feature in a few words, a headline its whole story.
const crossRunes = 8

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
func (s *pageSeg) crossheads(arts []*article, stoks []map[string]float64, ps []*piece, stories [][]int, big []map[string]float64) []*article {
	ws := make(map[*article]map[string]float64, len(arts))
	for _, a := range arts {
		ws[a] = storyWords(a, stoks)
	}
	// Chinese articles share names and terms that word segmentation splits
	// or misses: their character bigrams big (bigramVecs) tell too.
	bw := map[*article]map[string]float64{}
	if s.zh {
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
		if b := s.crossOwner(a, arts, ps, stories); b != nil {
			b.stories = append(b.stories, a.stories...)
			b.cross = append(b.cross, a.g)
			b.cross = append(b.cross, a.cross...)
			continue
		}
		// An editor's-note label heads its note.
		if a.g == nil || !a.g.weak() || a.note || noteLabel(a.g.head[0]) {
			out = append(out, a)
			continue
		}
		// A bracketed credit closing the text under a bare heading may
		// close the feature it is a crosshead of (one without a credit);
		// any other credit marks an article.
		closing := credited(a)
		if closing && s.opensCredited(a, ps, stories) {
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
			if closing && (b.g.byline != "" || credited(b)) {
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
		short := utf8.RuneCountInString(a.g.head[0]) <= crossRunes
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

// crossOwner returns the article English crosshead a goes with: the one
// of the column text printed right above it, when that article has a
// headline that is no crosshead; for a crosshead set inside a column
// (inColumn), also one without a headline; so too for one of two words
// or fewer (enCrosshead) where the dump prints lines word by word, its
// blank lines parting no blocks: the dump printed that text's headline
// elsewhere. Else nil.
func (s *pageSeg) crossOwner(a *article, arts []*article, ps []*piece, stories [][]int) *article {
	if a.g == nil || s.zh || a.note {
		return nil
	}
	inColumn := s.inColumn(a.g)
	if !inColumn && !a.g.enCrosshead() {
		return nil
	}
	b := s.ownerAbove(a.g, a, arts, ps, stories)
	// Here a crosshead outside a column is an enCrosshead (the test above).
	if b == nil || b.note || b.g != nil && b.g.enCrosshead() || b.g == nil && !inColumn && !s.wordBlocks {
		return nil
	}
	return b
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
		// A credit without a heading over a few characters is a credit
		// printed beside a scrap of some column, not a story.
		n := size(a)
		credited := a.g != nil && a.g.byline != "" && (!s.wordBlocks || n >= minArticle) && (len(a.g.head) > 0 || n >= minCredited)
		if a.note || credited || n >= minArticle || 2*n >= sizes[len(sizes)/2] || s.brief(a, ps, stories, n) {
			out = append(out, a)
			continue
		}
		// A scrap opening with a run-in credit is an article's opening
		// whose columns went on beside it: the uncredited article whose
		// text starts in the rows right under the credit takes it, its
		// heading a crosshead. A scrap closed by a bracketed credit is
		// the end of the article printed right above it, which takes it
		// the same way.
		b := s.runInScrapOwner(a, arts, ps, stories)
		if b == nil {
			b = s.closedScrapOwner(a, arts, ps, stories)
		}
		if b != nil {
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
			} else if a.g.byline != "" {
				layout.Blocks = append(layout.Blocks, segment.Block{Kind: segment.Other, Lines: lines(a.g.byline)})
			}
		}
		for _, st := range a.stories {
			layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[st])
		}
	}
	return out
}

// brief reports a news brief: a Chinese story of n runes, however short,
// under a full heading (not a bare label that may head a scrap of some
// column) whose text starts a sentence and ends one, so it holds whole
// sentences rather than a scrap of a column.
func (s *pageSeg) brief(a *article, ps []*piece, stories [][]int, n int) bool {
	if !s.zh || a.g == nil || a.g.weak() || len(a.stories) != 1 || n < briefRunes {
		return false
	}
	st := stories[a.stories[0]]
	first, last := ps[st[0]], ps[st[len(st)-1]]
	return !first.midStart() && sentenceEnd(last.frags[len(last.frags)-1].text)
}

// briefRunes is the shortest brief: a sentence or two.
const briefRunes = 20

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

// closedScrapOwner returns the article whose text ends right above scrap a
// (within closedReach lines of its heading or text) inside a sentence, for
// a scrap whose text a bracketed closing credit ends (endCredits) and an article
// that carries no credit yet: the scrap is that article's last lines.
// Nil otherwise.
func (s *pageSeg) closedScrapOwner(a *article, arts []*article, ps []*piece, stories [][]int) *article {
	if !s.zh || a.note || len(a.stories) == 0 {
		return nil
	}
	closed := false
	// The scrap starts at its heading: that may be the sentence's last
	// short lines taken for one, between the article's text and the credit.
	first := math.MaxInt
	if a.g != nil {
		first = a.g.line
	}
	for _, st := range a.stories {
		for _, k := range stories[st] {
			_, ok := s.endCredits[ps[k]]
			closed = closed || ok
			first = min(first, ps[k].first)
		}
	}
	if !closed {
		return nil
	}
	b, p := articleAbove(first, closedReach, arts, ps, stories)
	if b == nil || b == a || b.note || !p.openEnd() || s.headCredited(b, ps, stories) {
		return nil
	}
	return b
}

// closedReach is how many dump lines above a closed scrap the text it ends
// may end: the line right above, or one more for a line between.
const closedReach = 2

// appendStoryBlocks appends a block for each piece of a story with text.
func appendStoryBlocks(bs []segment.Block, ps []*piece, story []int) []segment.Block {
	for _, k := range story {
		if t := strings.TrimSpace(ps[k].text()); t != "" {
			bs = append(bs, segment.Block{Kind: segment.Other, Lines: lines(t)})
		}
	}
	return bs
}

// minCredited is the least text (runes) a credit without a heading makes
// an article of.
const minCredited = 10

// minArticle is the least text (runes) an article of a dump carries.
const minArticle = 60

// minUntitled is the least text (runes) an untitled article is made of:
// shorter, a story no article took is a scrap (build, unless credited),
// and so is the text before or from a second credit (twoCredits).
const minUntitled = 200

// minFit is the least likeness (words, heading words, neighbours) that
// gives a story to an article; below it, a story joins none.
const minFit = 0.08

// articleSize is the length of a's text: its stories' lengths (slen).
func articleSize(a *article, slen []int) int {
	n := 0
	for _, st := range a.stories {
		n += slen[st]
	}
	return n
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
		best, bsc := s.carrier(g, stoks)
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

// untitledRunOn folds an untitled English article whose text opens in
// lower case, mid-sentence, into the headed article whose text stops
// mid-sentence somewhere and whose words it shares most: the dump printed
// a story's run-on apart from its start, a column continued elsewhere.
func (s *pageSeg) untitledRunOn(arts []*article, ps []*piece, stories [][]int, stoks []map[string]float64) []*article {
	if s.zh {
		return arts
	}
	_, last := storyEnds(ps, stories)
	stopsOpen := func(a *article) bool {
		return slices.ContainsFunc(a.stories, func(st int) bool { return last(st).openEnd() })
	}
	// The headed articles' words and their norms (cosine's), taken once;
	// an article that takes a run-on is taken again with it, as later
	// run-ons are rated against it still.
	words, norms := map[*article]map[string]float64{}, map[*article]fixedSum{}
	sum := func(b *article) {
		words[b] = storyWords(b, stoks)
		norms[b] = sqNorm(words[b])
	}
	for _, b := range arts {
		if b.g != nil && !b.note {
			sum(b)
		}
	}
	// A text stopping mid-sentence goes on in one run-on.
	gone, took := map[*article]bool{}, map[*article]bool{}
	for _, u := range arts {
		if u.g != nil || u.note || len(u.stories) == 0 {
			continue
		}
		if !lowerLine(firstPiece(u, ps, stories).frags[0].text) {
			continue
		}
		uw := storyWords(u, stoks)
		// The best of the headed articles, and the runner-up, which it
		// must leave well behind.
		var best *article
		bs, next := 0.0, 0.0
		for _, b := range arts {
			bw, headed := words[b] // headed: neither u nor gone
			if !headed {
				continue
			}
			sc := cosineNormed(uw, bw, norms[b])
			if sc > bs {
				best, bs, next = b, sc, bs
			} else if sc > next {
				next = sc
			}
		}
		if best != nil && bs >= runOnLike && bs >= runOnLead*next && stopsOpen(best) && !took[best] {
			best.stories = append(best.stories, u.stories...)
			sum(best)
			gone[u], took[best] = true, true
		}
	}
	return slices.DeleteFunc(arts, func(a *article) bool { return gone[a] })
}

// runOnLike is how alike (cosine of words) an untitled run-on and the
// article it goes on must be at least, and runOnLead how many times more
// alike than any other headed article.
const (
	runOnLike = 0.1
	runOnLead = 1.5
)

// storyOpener is the piece of a story (its pieces ks) printed first, on
// line first.
func storyOpener(ks []int, ps []*piece, first int) *piece {
	for _, k := range ks {
		if ps[k].first == first {
			return ps[k]
		}
	}
	return nil
}

// runsOnAcross: story i's first piece p, right under heading g, opens
// inside a sentence (a full first line, not a paragraph's indented start,
// no credit), and a column as wide printed right above the heading (no
// body text between: blank lines, or the heading's kicker and credit, are
// no column's lines) breaks off inside one on a full line, its story
// sharing words with story i (minRunOn). A heading does not interrupt a
// sentence: the text runs on across it from that column, and is not the
// heading's.
func (s *pageSeg) runsOnAcross(g *group, i int, p *piece, stories [][]int, ps []*piece, stoks []map[string]float64) bool {
	if p == nil || p.lead || p.under || p.note || !p.openStart(true) {
		return false
	}
	// The cheap line tests come first and the likeness last: on a page of
	// scraps most stories end nowhere near the heading.
	w := p.fullWidth()
	for j, ks := range stories {
		if j == i {
			continue
		}
		for _, k := range ks {
			q := ps[k]
			if !s.noBodyBetween(q.lastLine(), g.line) || !q.openEnd() || !q.runsOnFull() || math.Abs(q.fullWidth()-w) > 0.5 {
				continue
			}
			if cosine(stoks[i], stoks[j]) >= minRunOn {
				return true
			}
			break // the likeness is the story's, not the piece's
		}
	}
	return false
}
