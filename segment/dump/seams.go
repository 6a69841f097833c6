package dump

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
	for i, st := range stories {
		if len(st) != 1 || slen[i] >= smoothMax {
			continue
		}
		p := ps[st[0]]
		if p.lead || p.note || p.credit != "" || len(p.frags) < 2 {
			continue
		}
		first, last := p.frags[0], p.frags[len(p.frags)-1]
		var to *article
		n := 0
		for j, q := range stories {
			a := owner[j]
			if j == i || a == nil || a == owner[i] || a.note {
				continue
			}
			before, after := false, false
			for _, k := range q {
				for _, f := range ps[k].frags {
					if d := first.line - f.line; d > 0 && d <= seamRows && t.crossWord(seamOf(f.text, first.text)) > 0 {
						before = true
					}
					if d := f.line - last.line; d > 0 && d <= seamRows && t.crossWord(seamOf(last.text, f.text)) > 0 {
						after = true
					}
				}
			}
			if before && after && a != to {
				to = a
				n++
			}
		}
		if n != 1 {
			continue
		}
		if owner[i] != nil {
			if len(owner[i].stories) == 1 {
				continue // its article would be left without text
			}
			owner[i].stories = remove(owner[i].stories, i)
		}
		to.stories = append(to.stories, i)
		owner[i] = to
	}
}

// seamRows bounds the dump rows between a line and the line it goes on
// in when columns are printed a line at a time in turns.
const seamRows = 12
