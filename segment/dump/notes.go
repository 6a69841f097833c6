package dump

// Heading parts printed apart from their article: editors' notes, decks
// and kickers, and bare headings over an opening paragraph.

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"newsprint/segment"
	"newsprint/segment/cues"
)

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
