package dump

import (
	"math"
	"strings"
	"unicode"
)

// headGrams rates, for Chinese pages, how much of each heading's text the
// stories carry by character bigrams: word segmentation splits names and
// figures ("500强", "5G") that a heading shares with its text, and cuts
// letter-spaced headings apart. A bigram weighs by how few stories carry it.
type headGrams struct {
	story []map[string]bool
	idf   map[string]float64
	// heads holds each heading text's distinct bigrams: score runs for
	// every story, article and clustering round.
	heads map[string][]string
}

func newHeadGrams(stories [][]int, ps []*piece) *headGrams {
	h := &headGrams{story: make([]map[string]bool, len(stories)), idf: map[string]float64{}, heads: map[string][]string{}}
	df := map[string]int{}
	for i, st := range stories {
		h.story[i] = map[string]bool{}
		for _, k := range st {
			for _, f := range ps[k].frags {
				for _, g := range bigrams(f.text) {
					h.story[i][g] = true
				}
			}
		}
		for g := range h.story[i] {
			df[g]++
		}
	}
	n := float64(len(stories) + 1)
	for g, d := range df {
		h.idf[g] = math.Log(n / float64(d))
	}
	return h
}

// bigrams lists the pairs of neighbouring word characters (Han, letters,
// digits) of t, spaces removed; punctuation breaks pairs.
func bigrams(t string) []string {
	var out []string
	rs := []rune(strings.ReplaceAll(t, " ", ""))
	word := func(r rune) bool { return unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i+1 < len(rs); i++ {
		if word(rs[i]) && word(rs[i+1]) {
			out = append(out, string(rs[i:i+2]))
		}
	}
	return out
}

// score is the share of the heading's bigram weight that story st
// carries, taken over the headline alone and over all of the heading's
// text (a deck can say more, or only dilute). A bare short heading may be
// a label or crosshead, whose characters its article's text carries
// anyway: it is left to its words.
func (h *headGrams) score(g *group, st int) float64 {
	if h == nil || g.weak() {
		return 0
	}
	return max(h.share(strings.Join(g.head, ""), st), h.share(g.text(), st))
}

func (h *headGrams) share(t string, st int) float64 {
	bs, ok := h.heads[t]
	if !ok {
		seen := map[string]bool{}
		for _, b := range bigrams(t) {
			if !seen[b] {
				seen[b] = true
				bs = append(bs, b)
			}
		}
		h.heads[t] = bs
	}
	var tot, hit float64
	for _, b := range bs {
		w, ok := h.idf[b]
		if !ok {
			w = math.Log(float64(len(h.story) + 1))
		}
		tot += w
		if h.story[st][b] {
			hit += w
		}
	}
	if tot == 0 {
		return 0
	}
	return hit / tot
}
