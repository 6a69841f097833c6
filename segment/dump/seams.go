package dump

import "slices"

// innerSeams gives a one-piece story to the article of the piece whose
// lines it was split off from. Where a dump prints a region's columns a
// line at a time in turns, the rebuilt columns may swallow lines of a
// neighbouring column of the same article and leave the rest as a short
// piece of its own, with too few words to place. Such a piece opens with
// the word a line inside the other piece breaks off ("…面对市场需" /
// "求不断变化…") and ends with one that another line inside it finishes
// ("…增强创新意" / "识，…"): printed a few rows apart, both seams across
// dictionary words, it is that column's text.
func (s *pageSeg) innerSeams(owner []*article, stories [][]int, ps []*piece, slen []int) {
	t := s.joinTracker()
	// The fragments of each dump row with their stories: seams are looked
	// for seamRows rows around a piece, not across the page.
	type rowFrag struct {
		story int
		text  string
	}
	rows := map[int][]rowFrag{}
	for j, q := range stories {
		for _, k := range q {
			for _, f := range ps[k].frags {
				rows[f.line] = append(rows[f.line], rowFrag{j, f.text})
			}
		}
	}
	for i, st := range stories {
		if len(st) != 1 || slen[i] >= smoothMax {
			continue
		}
		p := ps[st[0]]
		if p.lead || p.note || p.credit != "" || len(p.frags) < 2 {
			continue
		}
		first, last := p.frags[0], p.frags[len(p.frags)-1]
		before, after := map[int]bool{}, map[int]bool{}
		for d := 1; d <= seamRows; d++ {
			for _, f := range rows[first.line-d] {
				if t.crossWord(seamOf(f.text, first.text)) > 0 {
					before[f.story] = true
				}
			}
			for _, f := range rows[last.line+d] {
				if t.crossWord(seamOf(last.text, f.text)) > 0 {
					after[f.story] = true
				}
			}
		}
		var both []int
		for j := range before {
			if after[j] {
				both = append(both, j)
			}
		}
		slices.Sort(both)
		var to *article
		n := 0
		for _, j := range both {
			if a := owner[j]; j != i && a != nil && a != owner[i] && !a.note && a != to {
				to = a
				n++
			}
		}
		if n != 1 {
			continue
		}
		if owner[i] != nil && len(owner[i].stories) == 1 {
			continue // its article would be left without text
		}
		moveStory(owner, i, to)
	}
}

// seamRows bounds the dump rows between a line and the line it goes on
// in when columns are printed a line at a time in turns.
const seamRows = 12
