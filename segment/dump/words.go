package dump

// Word weights and the likeness scores built on them: content words
// weighted by idf, character bigrams, and cosine and shares of heading
// words, summed so that the order of a map does not matter.

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/wordseg"
)

// tokens returns the content words of t weighted by idf.
func (s *pageSeg) tokens(t string, idf map[string]float64) map[string]float64 {
	return tokensOf(s.words(t), idf)
}

// tokensOf weighs the words ws by idf.
func tokensOf(ws []string, idf map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for _, w := range ws {
		if v, ok := idf[w]; ok {
			out[w] = v
		} else {
			out[w] = 3
		}
	}
	return out
}

var enStop = map[string]bool{"the": true, "and": true, "that": true, "with": true, "from": true, "this": true, "have": true,
	"will": true, "said": true, "says": true, "been": true, "were": true, "their": true, "which": true, "would": true,
	"there": true, "they": true, "about": true, "more": true, "also": true, "into": true, "than": true, "over": true}

// words returns the content words of t, cut once per text (cutWords
// depends on t and the page's language only). The slice is shared by
// every caller: it must not be changed.
func (s *pageSeg) words(t string) []string {
	if ws, ok := s.wordsOf[t]; ok {
		return ws
	}
	ws := s.cutWords(t)
	if s.wordsOf == nil {
		s.wordsOf = map[string][]string{}
	}
	s.wordsOf[t] = ws
	return ws
}

// cutWords cuts t into content words: Chinese words of two characters or
// more; English words of four bytes or more (letters, digits), stop words
// left out, stemmed.
func (s *pageSeg) cutWords(t string) []string {
	var out []string
	if s.zh {
		t = strings.ReplaceAll(t, " ", "")
		for _, w := range wordseg.Cut(t) {
			n := utf8.RuneCountInString(w)
			if n < 2 {
				continue
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
				out = append(out, w)
			}
		}
		return out
	}
	t = strings.ReplaceAll(t, "\u00ad", "")
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 4 && !enStop[w] {
			out = append(out, stem(w))
		}
	}
	return out
}

// stem strips common English endings so that "gadgets" meets "gadget".
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// pieceWords returns the words of each piece.
func (s *pageSeg) pieceWords(ps []*piece) [][]string {
	pws := make([][]string, len(ps))
	for i, p := range ps {
		pws[i] = s.words(p.text())
	}
	return pws
}

// idfOf weighs words by how few pieces use them, given each piece's words.
func idfOf(pws [][]string) map[string]float64 {
	df := map[string]int{}
	for _, ws := range pws {
		seen := map[string]bool{}
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	n := float64(len(pws) + 1)
	out := map[string]float64{}
	for w, d := range df {
		out[w] = math.Log(n / float64(d))
	}
	return out
}

// fixedSum adds floats as integer multiples of 2^-32: a float sum depends
// on the order of its terms in the last bits, and the terms here come in a
// map's random order, so a near tie could go either way from run to run.
// Integer sums do not depend on order. The weights summed are idf weights
// of words and of character bigrams (bigramVecs: a log times the root of a
// count) and their sums over an article's stories; their sums and sums of
// products stay far below the 2^31 this holds (about 10^4 at most on the
// dev dumps), and a term's rounding (2^-33) far below any threshold.
type fixedSum int64

const fixedOne = 1 << 32

func (s *fixedSum) add(v float64) { *s += fixedSum(math.Round(v * fixedOne)) }

func (s fixedSum) value() float64 { return float64(s) / fixedOne }

// cosine similarity of two weighted token sets.
func cosine(a, b map[string]float64) float64 {
	return cosineNormed(a, b, sqNorm(b))
}

// cosineWithout is cosine(a, sub(b, a)): a story rated against the sum b
// of its article's stories less its own words, without copying b.
func cosineWithout(a, b map[string]float64) float64 {
	return cosineLess(a, b, sqNorm(b))
}

// sqNorm sums the squares of b's weights, cosine's norm of b: worth
// keeping for a big set rated against many small ones.
func sqNorm(b map[string]float64) fixedSum {
	var nb fixedSum
	for _, u := range b {
		nb.add(u * u)
	}
	return nb
}

// cosineNormed is cosine(a, b) where b's squared norm nb is known.
func cosineNormed(a, b map[string]float64, nb fixedSum) float64 {
	var dot, na fixedSum
	for w, v := range a {
		na.add(v * v)
		if u, ok := b[w]; ok {
			dot.add(v * u)
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot.value() / math.Sqrt(na.value()*nb.value())
}

// cosineLess is cosine(a, sub(b, a)) where b's squared norm is nb: the
// words of a alone change, so b is not copied.
func cosineLess(a, b map[string]float64, nb fixedSum) float64 {
	var dot, na fixedSum
	for w, v := range a {
		na.add(v * v)
		u, ok := b[w]
		if !ok {
			continue
		}
		nb.add(-u * u) // fixedSum: the same as never adding it
		if u -= v; u > 1e-9 {
			dot.add(v * u)
			nb.add(u * u)
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot.value() / math.Sqrt(na.value()*nb.value())
}

// headScore is the share of a heading's word weight found in a story.
func headScore(g, st map[string]float64) float64 {
	return weightShare(g, func(w string) bool {
		_, ok := st[w]
		return ok
	})
}

// weightShare is the part of the weight of vs whose words in accepts, 0
// when vs weighs nothing; summed in fixedSum, so a map's order is no matter.
func weightShare(vs map[string]float64, in func(w string) bool) float64 {
	var all, hit fixedSum
	for w, v := range vs {
		all.add(v)
		if in(w) {
			hit.add(v)
		}
	}
	if all == 0 {
		return 0
	}
	return hit.value() / all.value()
}

// addTo adds a story's weights to article a's sum in m.
func addTo(m map[*article]map[string]float64, a *article, v map[string]float64) {
	c := m[a]
	if c == nil {
		c = map[string]float64{}
		m[a] = c
	}
	for w, x := range v {
		c[w] += x
	}
}

// bigramVecs weighs each story's Han character bigrams by how few stories
// use them. Bigrams tie stories by names and terms that word segmentation
// splits or misses.
func (s *pageSeg) bigramVecs(stories [][]int, ps []*piece) []map[string]float64 {
	grams := make([]map[string]int, len(stories))
	df := map[string]int{}
	for i, st := range stories {
		grams[i] = map[string]int{}
		for _, k := range st {
			for _, f := range ps[k].frags {
				rs := []rune(strings.ReplaceAll(f.text, " ", ""))
				for x := 0; x+1 < len(rs); x++ {
					if unicode.Is(unicode.Han, rs[x]) && unicode.Is(unicode.Han, rs[x+1]) {
						grams[i][string(rs[x:x+2])]++
					}
				}
			}
		}
		for g := range grams[i] {
			df[g]++
		}
	}
	n := float64(len(stories) + 1)
	out := make([]map[string]float64, len(stories))
	for i := range stories {
		out[i] = map[string]float64{}
		for g, c := range grams[i] {
			if df[g] > 1 { // a bigram no other story has links nothing
				out[i][g] = math.Log(n/float64(df[g])) * math.Sqrt(float64(c))
			}
		}
	}
	return out
}

// contained is the share of a's weight whose words b holds.
func contained(a, b map[string]float64) float64 {
	return weightShare(a, func(w string) bool { return b[w] > 0 })
}

// storyWords sums the word weights of an article's stories.
func storyWords(a *article, stoks []map[string]float64) map[string]float64 {
	return sumOf(a.stories, stoks)
}

// sumOf adds up the weights vs of the stories sts.
func sumOf(sts []int, vs []map[string]float64) map[string]float64 {
	m := map[string]float64{}
	for _, st := range sts {
		for w, v := range vs[st] {
			m[w] += v
		}
	}
	return m
}
