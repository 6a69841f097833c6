package dump

// zhRunOn is openColumns' rule for Chinese dumps (runOnColumns): a column
// that starts inside a sentence (its first line is a full line, not a
// paragraph's indented start), printed right after a column that ends one,
// goes on from a column printed before it that breaks off inside a sentence
// on a full line with no such column printed right after it. Of those
// breaks it takes the one whose article's words it shares most, and moves
// there when it shares some (minRunOn) and more than with its own article.
// An article whose closing credit is printed before the break ended there:
// the break is not its text, and it takes no run-on. Columns printed a line
// at a time in turns (dev's dumps) rarely pass these tests; plain column
// dumps do.
func (s *pageSeg) zhRunOn(stories [][]int, ps []*piece, owner []*article, stoks []map[string]float64) {
	if !s.zh || s.ordered {
		return
	}
	first, last := storyEnds(ps, stories)
	// opens: a full first line; the width of a piece's full lines is its
	// widest or its most common (a line with wide marks can be wider).
	opens := func(i int) bool {
		p := first(i)
		f := p.frags[0]
		return (p.openStart(true) || len(p.frags) > 1 && f.w >= p.fullWidth()-1) && !p.lead && !p.note && !p.under
	}
	breaks := func(i int) bool {
		p := last(i)
		f := p.frags[len(p.frags)-1]
		return p.openEnd() && p.fullEnd() && f.w >= minFullLine && f.w >= p.fullWidth()-1
	}
	endedBefore := func(a *article, e int) bool {
		for _, st := range a.stories {
			if p := last(st); st != e && p.credit != "" && !p.lead && !p.under && first(st).first < first(e).first {
				return true
			}
		}
		return false
	}
	s.runOnColumns(stories, ps, owner, stoks, runOnRule{
		opens:   opens,
		breaks:  breaks,
		takesUp: func(i int) bool { return first(i).openStart(true) },
		moves: func(e int, best, own float64) bool {
			return best >= minRunOn && !endedBefore(owner[e], e) && best > own
		},
	})
}

// minRunOn is the least likeness (cosine of words) between a run-on column
// and the article it goes to: a column sharing no words with it may start
// a sentence of any story.
const minRunOn = 0.05

// afterCredit: a Chinese story printed after a closing credit of its
// article, not running on from it, is not that article's text (the credit
// ends the article's last column): it goes to the headed article whose
// words it shares most, when it shares some (minRunOn) and at least twice
// as much as with its own article's other text. A story opening with a
// credit or under one is an article's start and stays.
func (s *pageSeg) afterCredit(arts []*article, owner []*article, stories [][]int, ps []*piece, stoks []map[string]float64) {
	if !s.zh || s.ordered {
		return
	}
	first, last := storyEnds(ps, stories)
	ended := func(a *article, i int) bool {
		for _, st := range a.stories {
			p := last(st)
			if st != i && p.credit != "" && !p.lead && !p.under && p.lastLine() < first(i).first {
				return true
			}
		}
		return false
	}
	for i := range stories {
		from := owner[i]
		if from == nil || from.note || first(i).lead || first(i).under || !ended(from, i) {
			continue
		}
		own := storyLikeness(i, from, owner, stoks)
		var to *article
		best := own
		for _, b := range arts {
			if b == from || b.g == nil || b.note || len(b.stories) == 0 || ended(b, i) {
				continue
			}
			if c := storyLikeness(i, b, owner, stoks); c > best {
				to, best = b, c
			}
		}
		if to == nil || best < minRunOn || best < 2*own {
			continue
		}
		moveStory(owner, i, to)
	}
}
