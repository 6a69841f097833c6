package dump

// Untitled runs of text on scattered English pages.

import (
	"slices"

	"newsprint/segment"
)

// scatteredScraps turns the short untitled articles of a scattered
// English page (a dump printing most words one to a line, wordBlocks) into
// blocks, when such articles are at least half as many as the headed
// ones. There the extractor cut the columns of neighbouring stories into
// words and printed them in turns: a run of text that no heading took is
// a scrap of several columns, not a story whose heading was lost. A few
// untitled articles among many headed ones may be real untitled stories
// (a picture story, a brief), and are kept.
//
// Giving such a run to the headed story whose words it shares most was
// measured first: on the dev dumps of this kind it puts only 15% of the
// runs' text in the right story (the runs mix two or three columns), and
// the nearest story in the dump fares no better; the text stays on the
// page as blocks instead.
func (s *pageSeg) scatteredScraps(arts []*article, slen []int, layout *segment.Layout, ps []*piece, stories [][]int) []*article {
	if s.zh || !s.wordBlocks {
		return arts
	}
	var heads []int
	untitled := 0
	for _, a := range arts {
		switch {
		case a.note || len(a.stories) == 0:
		case a.g != nil && len(a.g.head) > 0:
			heads = append(heads, articleSize(a, slen))
		case a.g == nil:
			untitled++
		}
	}
	if len(heads) == 0 || 2*untitled < len(heads) {
		return arts
	}
	slices.Sort(heads)
	limit := scrapShare * float64(heads[len(heads)/2])
	out := arts[:0]
	for _, a := range arts {
		if a.g != nil || a.note || float64(articleSize(a, slen)) >= limit {
			out = append(out, a)
			continue
		}
		for _, st := range a.stories {
			layout.Blocks = appendStoryBlocks(layout.Blocks, ps, stories[st])
		}
	}
	return out
}

// scrapShare: an untitled run shorter than this share of the page's
// median headed story is a scrap (scatteredScraps). Art F1 on the dev
// dumps is flat for shares from 0.7 to 0.85; from 0.9 up, runs that are
// most of a story go too.
const scrapShare = 0.8

// creditedUntitled gives a headline to an untitled article of a scattered
// English page that holds a story opening with a credit printed over its
// text: the nearest uncredited headline above the credit, when what that
// headline took is a scrap (under a third of the untitled text). The
// extractor prints the headlines of neighbouring stories before their
// texts, so a headline takes the text printed right under it, often the
// rest of another column, and its own story, opened by its credit, comes
// later with no headline. Each story of the scrap goes to the article of
// the story printed last before it: the column it was cut from.
func (s *pageSeg) creditedUntitled(arts []*article, owner []*article, ps []*piece, stories [][]int, slen []int, stoks []map[string]float64) []*article {
	if s.zh || !s.wordBlocks {
		return arts
	}
	first := func(st int) int { return ps[stories[st][0]].first }
	for _, a := range arts {
		if a.g != nil || a.note || len(a.stories) == 0 {
			continue
		}
		at := -1
		for _, st := range a.stories {
			if ps[stories[st][0]].credit != "" && (at < 0 || first(st) < at) {
				at = first(st)
			}
		}
		if at < 0 {
			continue
		}
		head := lastHead(arts, func(b *article) bool { return b.g.byline == "" && b.g.end < at })
		if head == nil || 3*articleSize(head, slen) >= articleSize(a, slen) {
			continue
		}
		// A brief under its own headline repeats its words; a scrap of
		// another column does not, no more than the credited text.
		hw := head.g.toks
		if prefixScore(hw, prefixes(storyWords(head, stoks))) > prefixScore(hw, prefixes(storyWords(a, stoks))) {
			continue
		}
		a.g, head.g = head.g, nil
		a.first = min(a.first, a.g.line)
		for _, st := range head.stories {
			prev := -1
			for o := range stories {
				if o != st && owner[o] != nil && owner[o] != head && !owner[o].note && first(o) < first(st) && (prev < 0 || first(o) > first(prev)) {
					prev = o
				}
			}
			if prev >= 0 {
				owner[st] = owner[prev]
				owner[prev].stories = append(owner[prev].stories, st)
			}
		}
		head.stories = slices.DeleteFunc(head.stories, func(st int) bool { return owner[st] != head })
	}
	return slices.DeleteFunc(arts, func(a *article) bool { return a.g == nil && !a.note && len(a.stories) == 0 })
}

// twoCredits splits an English article holding a story that opens under a
// credit printed over it (not run in), after text of the article, naming
// other writers than the credits the article has so far (its heading's,
// its stories'): a credit printed over a text starts an article, so the
// stories printed from there on are another article, untitled. The
// assignment gives such a story to a heading by words or nearness, and an
// article keeps one credit: the other would be lost.
func (s *pageSeg) twoCredits(arts []*article, ps []*piece, stories [][]int, slen []int, stoks []map[string]float64) []*article {
	if s.zh {
		return arts
	}
	first, last := storyEnds(ps, stories)
	for x := 0; x < len(arts); x++ { // arts grows: a split part may hold a third credit
		a := arts[x]
		if a.note || len(a.stories) < 2 {
			continue
		}
		sts := slices.Clone(a.stories)
		slices.SortStableFunc(sts, func(i, j int) int { return first(i).first - first(j).first })
		var seen []*piece // the article's credits so far, a heading's as a piece
		if a.g != nil && a.g.byline != "" {
			seen = append(seen, &piece{credit: a.g.byline, authors: a.g.authors})
		}
		before := 0 // the article's text printed before st
		for n, st := range sts {
			p := first(st)
			prior := before
			before += slen[st]
			if p.credit == "" || p.lead {
				continue
			}
			// The article's own credit: its first, one it has seen, or
			// one after a scrap (a label, a line), which is no article.
			if prior < minUntitled || len(seen) == 0 || slices.ContainsFunc(seen, func(q *piece) bool { return sameCredit(p, q) }) {
				seen = append(seen, p)
				continue
			}
			rest := sts[n:]
			if articleSize(&article{stories: rest}, slen) < minUntitled { // a scrap under a repeated credit
				break
			}
			if brokenOff(rest, first, last) {
				break
			}
			moving := make(map[int]bool, len(rest))
			for _, i := range rest {
				moving[i] = true
			}
			a.stories = slices.DeleteFunc(a.stories, func(i int) bool { return moving[i] })
			if b := s.uncreditedLike(rest, a, arts, ps, stories, stoks); b != nil {
				b.stories = append(b.stories, rest...)
				b.first = min(b.first, p.first)
			} else {
				arts = append(arts, &article{stories: rest, first: p.first})
			}
			break
		}
	}
	return arts
}

// brokenOff reports a story of rest that stops inside a sentence which the
// story after it (or none, at the end) does not go on: rest is no whole text.
func brokenOff(rest []int, first, last func(int) *piece) bool {
	for k, i := range rest {
		if last(i).openEnd() && (k+1 == len(rest) || !first(rest[k+1]).openStart(false)) {
			return true
		}
	}
	return false
}

// uncreditedLike is the article without a credit, other than from, whose
// words the stories rest share most, more than from's: a credit printed
// over a text is the one its headline (or the untitled rest of its text)
// lacks. Nil when none is as like.
func (s *pageSeg) uncreditedLike(rest []int, from *article, arts []*article, ps []*piece, stories [][]int, stoks []map[string]float64) *article {
	words := sumOf(rest, stoks)
	var best *article
	bs := max(cosine(words, storyWords(from, stoks)), minRunOn)
	for _, b := range arts {
		if b == from || b.note || len(b.stories) == 0 || s.headCredited(b, ps, stories) {
			continue
		}
		if c := cosine(words, storyWords(b, stoks)); c > bs {
			best, bs = b, c
		}
	}
	return best
}

// sameCredit: two pieces' credits read alike or name a writer in common.
func sameCredit(p, q *piece) bool {
	return p.credit == q.credit || len(p.authors) > 0 && len(q.authors) > 0 && sharesName(p.authors, q.authors)
}
