package dump

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Column rebuilding as a matching problem: every fragment has at most one
// successor (the next line of its column) and one predecessor. Candidate
// links inside a chunk of the dump are scored by width, the page's n-grams
// across the break and the fragments' positions in their rows, and accepted
// best first; a link may not cross an accepted one (columns keep their
// left-to-right order from row to row).

type node struct {
	f          frag
	idx, count int // position in its row and the row's fragment count
	succ, pred int
}

// succPieces rebuilds the columns of one chunk of rows.
func (t *tracker) succPieces(rows [][]frag) [][]frag {
	var ns []node
	rowStart := map[int]int{} // line → first node
	for _, r := range rows {
		if len(r) == 0 {
			continue
		}
		rowStart[r[0].line] = len(ns)
		for i, f := range r {
			ns = append(ns, node{f: f, idx: i, count: len(r), succ: -1, pred: -1})
		}
	}
	type link struct {
		a, b int
		s    float64
	}
	const window = 14
	var ls []link
	for a := range ns {
		for b := a + 1; b < len(ns); b++ {
			if ns[b].f.line == ns[a].f.line {
				continue
			}
			if ns[b].f.line-ns[a].f.line > window {
				break
			}
			if s := t.linkScore(&ns[a], &ns[b], ns); s > 0.3 {
				ls = append(ls, link{a, b, s})
			}
		}
	}
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].s > ls[j].s })
	var acc []link
	for _, l := range ls {
		if ns[l.a].succ >= 0 || ns[l.b].pred >= 0 {
			continue
		}
		cross := false
		for _, o := range acc {
			// Same rows on both ends but opposite order: the links cross.
			if ns[o.a].f.line == ns[l.a].f.line && ns[o.b].f.line == ns[l.b].f.line &&
				(ns[o.a].idx < ns[l.a].idx) != (ns[o.b].idx < ns[l.b].idx) {
				cross = true
				break
			}
		}
		if cross {
			continue
		}
		ns[l.a].succ, ns[l.b].pred = l.b, l.a
		acc = append(acc, l)
	}
	var out [][]frag
	for i := range ns {
		if ns[i].pred >= 0 {
			continue
		}
		var p []frag
		for k := i; k >= 0; k = ns[k].succ {
			p = append(p, ns[k].f)
		}
		out = append(out, p)
	}
	return out
}

// linkScore rates b as the line after a in a's column.
func (t *tracker) linkScore(a, b *node, ns []node) float64 {
	s := 0.0
	af, bf := a.f, b.f
	r, _ := utf8.DecodeRuneInString(bf.text)
	contOnly := strings.ContainsRune("，。、；：？！）》”’…,.;:?!)", r)
	aOpen := !sentenceEnd(af.text)
	if aOpen {
		if contOnly {
			s += 1
		}
	} else if contOnly {
		s -= 2
	}
	if af.exact() && bf.exact() {
		switch {
		case aOpen && !sentenceEnd(bf.text):
			// Two running lines of one column have one width; after an
			// indented first line the next is two wider.
			if math.Abs(af.w-bf.w) < 0.5 {
				s += 0.8
			} else if math.Abs(bf.w-af.w-2) < 0.5 {
				s += 0.4
			} else {
				s -= 1.2
			}
		case aOpen && sentenceEnd(bf.text):
			if bf.w > af.w+2.5 {
				s -= 1.2
			}
		}
	}
	if bf.w > af.w+3 && aOpen && !strings.Contains(af.text, " ") {
		s -= 1
	}
	// Same place in rows of the same size.
	if a.count == b.count && a.count > 1 {
		if a.idx == b.idx {
			s += 0.8
		} else {
			s -= 0.8
		}
	}
	if a.count == 1 && b.count == 1 {
		s += 0.2
	}
	c := &chain{frags: []frag{af}}
	// Recent lines of a's column for the topic test.
	k := a
	for n := 0; n < 5 && k.pred >= 0; n++ {
		k = &ns[k.pred]
		c.frags = append([]frag{k.f}, c.frags...)
	}
	s += t.flowScore(c, bf.text)
	if t.wordSpans(af.text, bf.text) {
		s += 0.8
	}
	s -= 0.06 * float64(bf.line-af.line-1)
	return s
}
