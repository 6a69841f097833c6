package dump

// Heading groups: the group type, gathering headlines, kickers, decks and
// credits into groups, and which heading a credit printed apart belongs to.

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/segment"
	"newsprint/segment/cues"
)

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

// copyCredit gives g the credit of c: its byline and authors.
func (g *group) copyCredit(c *group) { g.byline, g.authors = c.byline, c.authors }

// moveCredit moves the credit of from to to, leaving from without one.
func moveCredit(from, to *group) {
	to.copyCredit(from)
	from.byline, from.authors = "", nil
}

// deckFrom makes the head lines from k on the group's first decks.
func (g *group) deckFrom(k int) {
	g.head, g.decks = g.head[:k], slices.Concat(g.head[k:], g.decks)
}

// label is the group's lines as one, for a block.
func (g *group) label() string {
	return strings.Join(slices.Concat(g.kicker, g.head, g.decks), " ")
}

// groups gathers heading lines and credits into heading groups.
func (s *pageSeg) groups(idf map[string]float64) []*group {
	return s.settleGroups(s.gatherGroups(idf), idf)
}

// gatherGroups returns the heading groups in print order: heading lines
// and credits joined as they are printed, before any is moved.
func (s *pageSeg) gatherGroups(idf map[string]float64) []*group {
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
		gs = append(gs, s.creditRun(run, pending, afterBody, idf)...)
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
			var top *group
			if adjacent, asDeck, top = s.joinsApart(cur, it, lastLine, gs); top != nil {
				top.decks = append(top.decks, s.squeezeHead(it.text))
				continue
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
		lastLine = max(it.line, it.end)
		cur.end = lastLine
		if it.kind == kByline {
			if cur.byline == "" {
				cur.byline, cur.authors = it.byline, it.authors
			}
			continue
		}
		s.addHeadingLine(cur, it, asDeck)
	}
	if s.zh {
		resolve()
		sort.SliceStable(gs, func(a, b int) bool { return gs[a].line < gs[b].line })
	}
	return gs
}

// creditRun gives the credits printed apart after a run of Chinese
// headings to the run's last headings without one, in order, and returns
// the credits left over as groups of their own.
func (s *pageSeg) creditRun(run []*group, pending []item, afterBody map[int]bool, idf map[string]float64) []*group {
	var heads, lone []*group
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
		lone = append(lone, &group{line: c.line, end: c.line, byline: c.byline, authors: c.authors, afterBody: afterBody[c.line], pos: c.pos})
	}
	return lone
}

// joinsApart tells whether a heading line or credit printed apart from the
// group cur (after a blank, or further) still joins it, and as a deck; top
// is the first of headlines stacked over cur when it takes the line as
// its deck instead.
func (s *pageSeg) joinsApart(cur *group, it item, lastLine int, gs []*group) (adjacent, asDeck bool, top *group) {
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
		// headline; under headlines stacked one over another
		// (stackedUnder), the first one's (see stackTop).
		if st := s.stackedHeads(gs); len(st) > 1 && st[len(st)-1] == cur && len(st[0].decks) == 0 {
			return false, false, st[0]
		}
		adjacent = true
	case !s.zh && len(cur.head) > 0 && allCapsLine(cur.head[0]) && allCapsLine(it.text) && it.line-lastLine <= 3:
		// English capitals decks under a capitals headline.
		adjacent, asDeck = true, true
	}
	return adjacent, asDeck, nil
}

// addHeadingLine adds a heading line to cur as its kicker, headline or deck.
func (s *pageSeg) addHeadingLine(cur *group, it item, asDeck bool) {
	txt := s.squeezeHead(it.text)
	if !s.zh && it.deck {
		var closed bool
		if txt, closed = cur.closeHeadQuote(txt); closed && txt == "" {
			return
		}
	}
	switch {
	case (s.labels[it.line] || it.label) && len(cur.head) == 0:
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

// settleGroups returns the heading groups with kickers and credits printed
// apart moved to their headlines and decks split from the headlines.
func (s *pageSeg) settleGroups(gs []*group, idf map[string]float64) []*group {
	var out []*group
	signed := map[*group]bool{} // lone credits given out ahead of their turn
	for i, g := range gs {
		if signed[g] {
			continue
		}
		if len(g.head) == 0 && len(g.kicker) > 0 && s.placeKicker(g, gs[i+1:], signed) {
			continue
		}
		// A credit printed apart from any heading: the nearest headline
		// above without one takes it, else the next one below.
		if len(g.head) == 0 && len(g.kicker) == 0 && len(g.decks) == 0 && g.byline != "" && s.placeCredit(g, gs[i:], out, signed, idf) {
			continue
		}
		// A heading ending in a bracketed column label just under a
		// headline without credit is that headline's deck.
		if n := len(out); s.zh && n > 0 && len(g.head) == 1 && len(g.kicker) == 0 && strings.HasSuffix(g.head[0], "）") {
			if p := out[n-1]; len(p.head) > 0 && p.byline == "" && len(p.decks) == 0 && g.line-p.line <= 4 {
				p.decks = append(g.head, g.decks...)
				p.copyCredit(g)
				p.toks = s.tokens(p.text(), idf)
				continue
			}
		}
		s.splitDeck(g)
		if s.capsHeads {
			s.capsOnly(g)
		}
		g.toks = s.tokens(g.text(), idf)
		out = append(out, g)
	}
	return out
}

// placeKicker deals with a kicker printed apart from its headline (g has
// no headline); it tells whether g is done with (given away or dropped).
// Otherwise g is left a heading of its own, or a lone credit when a
// Chinese kicker leading far away left it.
func (s *pageSeg) placeKicker(g *group, after []*group, signed map[*group]bool) bool {
	// The next headline without one takes it (and the credit, if it
	// has none).
	if h := nextHead(after, g.line); h != nil {
		h.kicker = append(g.kicker, h.kicker...)
		takeCredit(h, g)
		// A lone credit printed between the kicker and its
		// headline is in their heading block.
		if c := after[0]; h.byline == "" && loneCredits(after[:1]) == 1 && after[1] == h {
			h.copyCredit(c)
			signed[c] = true
		}
		return true
	}
	if k := strings.Join(g.kicker, ""); s.zh && strings.HasSuffix(k, "——") {
		// A kicker leading into a headline printed far away: its
		// words find the article later (attachKickers); a credit
		// under it stands alone.
		s.looseKickers = append(s.looseKickers, k)
		g.kicker = nil
		return g.byline == ""
	}
	g.head, g.kicker = g.kicker, nil
	return false
}

// placeCredit gives the lone credit g to a headline and tells whether it
// did; gs are the groups from g on, out the headings settled before it.
func (s *pageSeg) placeCredit(g *group, gs, out []*group, signed map[*group]bool, idf map[string]float64) bool {
	if hs := s.headsOverCreditRow(out, gs); hs != nil {
		// g signs the first headline, the credits after it
		// the others, ahead of their turn.
		hs[0].copyCredit(g)
		for j, h := range hs[1:] {
			c := gs[1+j]
			h.copyCredit(c)
			signed[c] = true
		}
		return true
	}
	if !s.zh && s.leadCredit(g) {
		// On a scattered page the text keeps the credit, and a
		// headline takes it too: by the words of that text, else
		// by the rules below.
		if !s.wordBlocks {
			return true
		}
		if h := s.scatteredCreditHead(g, out, idf); h != nil {
			h.copyCredit(g)
			return true
		}
	}
	// Headings printed one after another take the credits that
	// follow them in the same order, also past a line of body text.
	k := len(out)
	for k > 0 && out[k-1].byline == "" && len(out[k-1].head) > 0 && g.line-out[k-1].line <= 12 {
		k--
	}
	if s.zh && k < len(out)-1 && loneCredits(gs) >= len(out)-k {
		out[k].copyCredit(g)
		return true
	}
	if n := len(out); n > 0 && out[n-1].byline == "" && len(out[n-1].head) > 0 && g.line-out[n-1].end <= 12 && !s.creditHeadsText(out[n-1], g) {
		h := s.creditedHead(g.line, g.pos, out[n-1], out, idf)
		if st := s.stackedHeads(out); h == out[n-1] && len(st) > 1 && s.chunk[h.end+1] < 0 {
			// A credit set apart under headings stacked one
			// over another (stackedUnder) heads the row's first
			// column: the first heading's (the words of the text
			// under it pick the wrong one more often). The
			// headings' blocks stay where they are.
			st[0].copyCredit(g)
			return true
		}
		h.copyCredit(g)
		h.end = max(h.end, g.end)
		return true
	}
	// A credit printed right under body text ends the article
	// above: the nearest headline above without one takes it.
	if s.zh && g.afterBody && len(out) > 0 && out[len(out)-1].byline == "" && len(out[len(out)-1].head) > 0 && !s.creditHeadsText(out[len(out)-1], g) {
		h := s.endedHead(g.line, out, idf)
		h.copyCredit(g)
		return true
	}
	if h := nextHead(gs[1:], g.line); h != nil && h.byline == "" {
		h.copyCredit(g)
		return true
	}
	// Otherwise the uncredited headline above whose words the
	// text under the credit carries. Its heading block reaches
	// down to the credit: the text printed under the credit is
	// printed under that heading (the article's start).
	if h := s.headAboveCredit(g.line, out, idf); h != nil {
		h.copyCredit(g)
		h.end = max(h.end, g.end)
		return true
	}
	return false
}

// splitDeck moves the lines of g's headline that are its deck to the
// decks: after a wrap, past the fit, a bracketed column label; a group
// with decks only gets its first as the headline.
func (s *pageSeg) splitDeck(g *group) {
	if s.zh && len(g.decks) == 0 {
		if k := deckAfterWrap(g.head); k > 0 {
			g.deckFrom(k)
		}
	}
	// A capitals deck printed apart may have joined the decks already;
	// the lines past the fit still go before it.
	if !s.zh {
		if k := deckPastFit(g.head); k > 0 {
			g.deckFrom(k)
		}
	}
	// A bracketed column label ends a deck, not a headline:
	// "…（记者观察）" under the headline.
	if s.zh && len(g.head) > 1 && len(g.decks) == 0 {
		for k := 1; k < len(g.head); k++ {
			// A bracket the line above opened is the headline's own.
			if strings.HasSuffix(g.head[k], "）") && !cues.LeftOpen(g.head[k-1], cues.Brackets) {
				g.deckFrom(k)
				break
			}
		}
	}
	if len(g.head) == 0 && len(g.decks) > 0 {
		g.head, g.decks = g.decks[:1], g.decks[1:]
	}
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
		if p.lastLine() != l {
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

// headsOverCreditRow returns the headlines that the run of credits
// opening gs on an English page in clean columns (not wordBlocks, where
// the extractor's order is no row's) signs, in order, or nil: as many
// uncredited headlines end out, stacked with only blank lines between
// them, the credits and the last headline, no other uncredited headline
// stacked over them, and the last credit stands apart from the text
// under it. The dump printed a row of side-by-side articles line by
// line, headlines first and then credits in the same order, so the first
// credit is the first headline's, not the nearest one's.
func (s *pageSeg) headsOverCreditRow(out, gs []*group) []*group {
	n := loneCredits(gs)
	if s.zh || s.wordBlocks || n < 2 || len(out) < n {
		return nil
	}
	heads := out[len(out)-n:]
	uncredited := func(g *group) bool { return g.byline == "" && len(g.head) > 0 }
	row := append(slices.Clone(heads), gs[:n]...)
	for j, g := range row {
		if j < n && !uncredited(g) || j > 0 && !s.blankBetween(row[j-1].end, g.line) {
			return nil
		}
	}
	if k := len(out) - n - 1; k >= 0 && uncredited(out[k]) && s.blankBetween(out[k].end, heads[0].line) {
		return nil
	}
	if end := gs[n-1].end; end+1 < len(s.lines) && s.chunk[end+1] >= 0 {
		return nil
	}
	return heads
}

// stackedHeads returns the English uncredited headlines that end out,
// stacked one over another (stackedUnder).
func (s *pageSeg) stackedHeads(out []*group) []*group {
	if s.zh || s.wordBlocks {
		return nil
	}
	k := len(out)
	for k > 0 && out[k-1].byline == "" && len(out[k-1].head) > 0 && (k == len(out) || s.stackedUnder(out[k-1], out[k])) {
		k--
	}
	return out[k:]
}

// stackedUnder reports heading b printed under heading a with blank lines
// between them and nothing else but section labels: a section's name
// printed over b's article is page furniture, no text of a's.
func (s *pageSeg) stackedUnder(a, b *group) bool {
	if b.line <= a.end+1 {
		return false
	}
	for i := a.end + 1; i < b.line; i++ {
		if s.chunk[i] >= 0 && !cues.IsSection(s.lines[i]) {
			return false
		}
	}
	return true
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

// scatteredCreditHead returns, on a scattered English page (wordBlocks),
// the headline that credit g, printed over its text (leadCredit), belongs
// to: of the uncredited headlines at most creditReach dump lines above it,
// the one whose words that text carries; nil when none does or two carry as
// many. There the extractor prints the headlines of neighbouring stories
// one after another before their texts, so the nearest is often the next
// story's.
func (s *pageSeg) scatteredCreditHead(g *group, out []*group, idf map[string]float64) *group {
	var heads []*group
	for _, h := range out {
		if h.byline == "" && len(h.head) > 0 && g.line-h.end <= creditReach {
			heads = append(heads, h)
		}
	}
	if len(heads) == 0 {
		return nil
	}
	for _, p := range s.ps {
		if s.credited[p.first] == g {
			return s.carriedHead(heads, p.toks, nil, idf)
		}
	}
	return nil
}

// closeHeadQuote moves up to g's headline the first words of its first
// deck line txt that close a quotation the headline's last line left open
// (the headline wrapped inside it), and returns the rest of txt and
// whether it did.
func (g *group) closeHeadQuote(txt string) (string, bool) {
	if len(g.head) == 0 || len(g.decks) > 0 {
		return txt, false
	}
	closing, rest := quoteClosing(g.head[len(g.head)-1], txt)
	if closing == "" {
		return txt, false
	}
	g.head = append(g.head, closing)
	return rest, true
}

// quoteClosing splits off the first words of next that close a quotation
// line opened and left open ("Ferry cuts 'will sink" over "Westport' The
// harbour board…"): a quotation opens on a word's first letter and closes
// on a word's last, which no apostrophe inside a word does. It returns those
// words and the rest of next, or "" and next when line leaves no quotation
// open or next's first maxQuoteWords words do not close it.
func quoteClosing(line, next string) (string, string) {
	var mark rune
	for _, w := range strings.Fields(line) {
		r := []rune(strings.TrimRight(w, quoteTrail))
		switch {
		case len(r) > 1 && mark == 0 && strings.ContainsRune("'‘\"“", r[0]) && !closesQuote(r, r[0]):
			mark = r[0]
		case len(r) > 1 && mark != 0 && closesQuote(r, mark):
			mark = 0
		}
	}
	if mark == 0 {
		return "", next
	}
	ws := strings.Fields(next)
	for k := 0; k < len(ws) && k < maxQuoteWords; k++ {
		if closesQuote([]rune(strings.TrimRight(ws[k], quoteTrail)), mark) {
			return strings.Join(ws[:k+1], " "), strings.Join(ws[k+1:], " ")
		}
	}
	return "", next
}

// closesQuote reports a word ending in the mark that closes a quotation
// opened by open.
func closesQuote(w []rune, open rune) bool {
	return len(w) > 1 && strings.ContainsRune(quoteClosers[open], w[len(w)-1])
}

// quoteClosers: the marks that close a quotation opened by each mark; a
// straight mark closes with itself or its curly twin.
var quoteClosers = map[rune]string{'\'': "'’", '‘': "’", '"': "\"”", '“': "”"}

// quoteTrail: the punctuation that may follow a quotation's closing mark
// ("'no'." closes the quotation it opens).
const quoteTrail = ",.:;?!"

// maxQuoteWords: the most words of a headline's quotation a deck's first
// line carries.
const maxQuoteWords = 3
