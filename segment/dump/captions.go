package dump

// Captions: which article's photo a caption belongs to, by the reporter
// who took it, the text around or under it, or its words.

import (
	"math"
	"slices"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// placeCaptions gives each caption to the article whose photo it is, as
// the reporter who took it, the text around or under it, or its words
// tell; one near no article's text stays apart, a block.
func (s *pageSeg) placeCaptions(arts []*article, ps []*piece, stories [][]int, sfirst []int, stoks []map[string]float64, idf map[string]float64) (capOf map[*article][]caption, apart []segment.Block) {
	lineOwner := map[int]*article{}
	fragOwner := map[fragAt]*article{}
	// startOwner: the article of the column text starting at a line, the
	// first (not a note) in arts order.
	startOwner := map[int]*article{}
	for _, a := range arts {
		for _, st := range a.stories {
			for _, k := range stories[st] {
				if _, ok := startOwner[ps[k].first]; !ok && !a.note {
					startOwner[ps[k].first] = a
				}
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
		// its article's, even one begun in another column; else the
		// article starting soonest below, not the columns beside it.
		last := c.lastLine()
		if a == nil && c.narrow {
			a = startOwner[s.lineAfter(last)]
			if a == nil {
				a = startsBelow(c.end, arts, stories, sfirst)
			}
		}
		// A caption printed between two lines of one column whose sentence
		// runs on across it lies under another article's photo: the one
		// whose text starts below. So does one amid a column's run, when
		// no fragment beside it tells its column.
		if a == nil && s.zh && s.runsAcross(c.line, ps) {
			a = startsBelow(c.line, arts, stories, sfirst)
		}
		if a == nil {
			a = s.photoUnderHead(c.line, arts, sfirst)
		}
		if a == nil {
			a = s.besideCaption(c.line, fragOwner)
		}
		if a == nil && s.zh && s.cutsColumn(c.line, ps) {
			a = startsBelow(c.line, arts, stories, sfirst)
		}
		// Else the nearest text takes it, counted from the caption's first
		// line up and its last line down; at equal reach the text under
		// it, as a caption is printed under its photo, over its article.
		for d := 0; d < 12 && a == nil; d++ {
			if o := lineOwner[last+d]; o != nil && !o.note {
				a = o
			} else if o := lineOwner[c.line-d]; o != nil && !o.note {
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

// photoUnderHead returns, on a scattered English page, the article whose
// headline is printed last before a caption at line while all its text
// comes after it: the photo sits between the headline and the text, and
// the extractor printed the caption there, amid other columns' words.
func (s *pageSeg) photoUnderHead(line int, arts []*article, sfirst []int) *article {
	if s.zh || !s.wordBlocks {
		return nil
	}
	best := lastHead(arts, func(a *article) bool { return len(a.stories) > 0 && a.g.end < line })
	if best == nil {
		return nil
	}
	for _, st := range best.stories {
		if sfirst[st] < line {
			return nil
		}
	}
	return best
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
	k := s.lineAfter(c.lastLine())
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

// lastLine is the last dump line the caption takes.
func (c caption) lastLine() int { return max(c.line, c.end) }

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
