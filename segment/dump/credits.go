package dump

// Credits and bylines: run-in and trailing credits cut from the text, and
// credits that went to the wrong article or none moved to the one they sign.

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/segment/cues"
)

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
				reach = max(reach, p.lastLine()+creditOverText)
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
			best.credit, best.authors, best.under = g.byline, g.authors, true
		}
	}
}

// credits cuts run-in and trailing credits out of pieces. A run-in credit
// opens its article's text: a piece that the column rebuilding ran on into
// it from another column is split there.
func (s *pageSeg) credits(ps []*piece) []*piece {
	for _, p := range ps {
		p.leadLine = -1
	}
	s.endCredits = map[*piece]int{}
	closers := map[int]bool{}
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
			rest := p.cutAt(k)
			rest.credit, rest.authors, rest.lead = p.credit, p.authors, true
			p.credit, p.authors, p.lead = "", nil, false
			ps = append(ps, rest)
		}
		if editorsNote.MatchString(strings.TrimSpace(p.frags[0].text)) {
			p.note = true
		}
		// A bracketed credit ends an article's text; the column rebuilding
		// may have run a column of another article on under it. Each
		// leaves the text; the piece keeps the last. A narrow column may
		// wrap one over two lines.
		for k := len(p.frags) - 1; k >= 0; k-- {
			n := 1
			b, a, ok := cues.TrailingCredit(p.frags[k].text)
			if !ok && k+1 < len(p.frags) {
				b, a, ok = cues.WrappedTrailingCredit(p.frags[k].text, p.frags[k+1].text)
				n = 2
			}
			end := p.frags[k+n-1].line
			if !ok {
				if l, closes := s.closedBelow(p.frags[k]); closes {
					b, a, ok = cues.WrappedTrailingCredit(p.frags[k].text, s.lines[l])
					n, end = 1, l
					closers[l] = closers[l] || ok
				}
			}
			if ok {
				if p.credit == "" {
					p.credit, p.authors = b, a
					if s.zh {
						s.endCredits[p] = end
					}
				}
				p.frags = append(p.frags[:k], p.frags[k+n:]...)
			}
		}
		if len(p.frags) == 0 {
			p.frags = []frag{{line: p.first}}
		}
	}
	// The closing halves read with the credits they close leave the
	// pieces the column rebuilding put them in.
	for _, p := range ps {
		kept := slices.DeleteFunc(p.frags, func(f frag) bool { return closers[f.line] })
		if len(kept) == 0 {
			kept = []frag{{line: p.first}}
		}
		p.frags = kept
	}
	return ps
}

// closedBelow reports the dump line right under fragment f, of one
// fragment in f's chunk, for f opening a bracketed closing credit that a
// narrow column wrapped ("（本报记者 王明 李" / "华）"): the column
// rebuilding may have run f on into another column's text and put the
// closing half, too short for a column line, in a piece of its own.
func (s *pageSeg) closedBelow(f frag) (int, bool) {
	l := f.line + 1
	if !s.zh || l >= len(s.lines) || s.chunk[l] != s.chunk[f.line] || len(splitFrags(s.lines[l], true)) != 1 {
		return 0, false
	}
	return l, true
}

// fragsWidth is the printed width of fs together.
func fragsWidth(fs []frag) float64 {
	w := 0.0
	for _, f := range fs {
		w += f.w
	}
	return w
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
				if pre, ok := s.roleBefore(run[0], byLine); ok && !slices.Contains(run, pre) {
					run = append([]ref{pre}, run...)
				}
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

// roleBefore returns the fragment printed right before r on its dump
// line when it is a bare role word: a bracketed credit wrapped before its
// last name goes on "通讯员 周凯）入秋以来…", and the dump's space after
// the role word reads as a column gap, which the rebuilding may follow
// into another piece.
func (s *pageSeg) roleBefore(r ref, byLine map[int][]ref) (ref, bool) {
	l := r.p.frags[r.k].line
	row := s.rowOrder(l, byLine[l])
	x := slices.Index(row, r)
	if x <= 0 {
		return ref{}, false
	}
	// A role word with its paper ("本报通讯员") is five characters at most.
	t := strings.TrimSpace(row[x-1].p.frags[row[x-1].k].text)
	if !endsInRole(t) || utf8.RuneCountInString(t) > 5 {
		return ref{}, false
	}
	return row[x-1], true
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
			// text, when the article keeps text printed before it. A
			// headline is printed over its text: one printed after the
			// story heads none of it.
			near := false
			if best = lastUncredited(*arts, credited); best == nil || best.g.line >= first[st] {
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

// carriesAny is the most of heading g that one of stories sts carries
// (storyCarries).
func (s *pageSeg) carriesAny(g *group, sts []int, stoks []map[string]float64) float64 {
	v := 0.0
	for _, st := range sts {
		v = max(v, s.storyCarries(g, st, stoks))
	}
	return v
}

// headsFollowText: a heading none of whose article's text carries its
// words, while the text of an untitled article does (a story a run-in
// credit took away from a heading credited otherwise), heads that text;
// the scraps it had stay, untitled.
func (s *pageSeg) headsFollowText(arts []*article, stoks []map[string]float64) {
	fit := func(g *group, a *article) float64 { return s.carriesAny(g, a.stories, stoks) }
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
			if b == a || b.g == nil || b.note || s.headCredited(b, ps, stories) {
				continue
			}
			if slices.ContainsFunc(b.stories, func(st int) bool { return sfirst[st] > at && sfirst[st] <= at+creditOverText }) {
				moveCredit(a.g, b.g)
				break
			}
		}
	}
}

// creditOverText is how many dump lines under a credit the text it signs
// starts at most: on the next line, or after the blank line that sets a
// heading group off.
const creditOverText = 2

// headCredited reports whether article a carries a credit: its heading's
// byline (when it has a heading) or a credit in one of its stories.
func (s *pageSeg) headCredited(a *article, ps []*piece, stories [][]int) bool {
	return a.g != nil && a.g.byline != "" || s.storyCredited(a, ps, stories)
}

// storyCredited reports whether one of a's stories carries a credit.
func (s *pageSeg) storyCredited(a *article, ps []*piece, stories [][]int) bool {
	return slices.ContainsFunc(a.stories, func(st int) bool { return storyCredit(st, ps, stories) != "" })
}

// opensCredited reports whether one of a's stories carries a credit other
// than a bracketed one closing its text (endCredits).
func (s *pageSeg) opensCredited(a *article, ps []*piece, stories [][]int) bool {
	for _, st := range a.stories {
		for _, k := range stories[st] {
			if _, closing := s.endCredits[ps[k]]; ps[k].credit != "" && !closing {
				return true
			}
		}
	}
	return false
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
			a.g.copyCredit(best.g)
			taken[best] = true
		}
	}
}

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
					strays = append(strays, stray{p, p.lastLine()})
				}
			}
		}
	}
	sort.SliceStable(strays, func(i, j int) bool { return strays[i].line < strays[j].line })
	for _, c := range strays {
		best := lastHead(arts, func(b *article) bool {
			return len(b.stories) > 0 && b.g.line < c.line && !s.headCredited(b, ps, stories)
		})
		if best != nil {
			best.g.byline, best.g.authors = c.p.credit, c.p.authors
		}
	}
}
