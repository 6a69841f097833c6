package dump

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// cosineLess rates a story against a model less the story's own words
// exactly as cosine does against the model copied without them (sub),
// including words the story takes out whole and models without norm.
func TestCosineLess(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 500 {
		a, b := map[string]float64{}, map[string]float64{}
		for range 1 + r.IntN(8) {
			a[fmt.Sprint("w", r.IntN(20))] = 0.1 + 3*r.Float64()
		}
		for w, v := range a {
			switch r.IntN(3) {
			case 0: // the story's words are in the model: its share and more
				b[w] = v + 2*r.Float64()
			case 1:
				b[w] = v // all of the word comes from the story
			}
		}
		if n%5 != 0 {
			for range r.IntN(12) {
				b[fmt.Sprint("w", 20+r.IntN(30))] = 0.1 + 3*r.Float64()
			}
		}
		want := cosine(a, sub(b, a))
		if got := cosineLess(a, b, sqNorm(b)); got != want {
			t.Fatalf("case %d: cosineLess %v, cosine of sub %v (a %v, b %v)", n, got, want, a, b)
		}
		if got := cosineNormed(a, b, sqNorm(b)); got != cosine(a, b) {
			t.Fatalf("case %d: cosineNormed %v, cosine %v", n, got, cosine(a, b))
		}
	}
}

// firstBest finds the greatest value but one, the first of equals.
func TestFirstBest(t *testing.T) {
	vs := []float64{1, 3, 2, 3}
	if got := firstBest(vs, -1); got != 1 {
		t.Errorf("firstBest = %d, want 1", got)
	}
	if got := firstBest(vs, 1); got != 3 {
		t.Errorf("firstBest skipping 1 = %d, want 3", got)
	}
}

// A chain grown line by line by with keeps its last lines only; whole
// gives it all of them again, in order, and two chains grown from one
// keep their own lines.
func TestChainWhole(t *testing.T) {
	var fs []frag
	for i := range 20 {
		fs = append(fs, frag{text: fmt.Sprint("行", i), line: i, w: 2})
	}
	c := (&chain{}).with(fs[0])
	for _, f := range fs[1:15] {
		c = c.with(f)
	}
	a, b := c.with(fs[15]), c.with(fs[16])
	if len(a.frags) > keptLines {
		t.Errorf("a copy keeps %d lines, want at most %d", len(a.frags), keptLines)
	}
	if a.last() != fs[15] || b.last() != fs[16] {
		t.Fatalf("last lines %v, %v", a.last(), b.last())
	}
	a.whole()
	b.whole()
	if want := fs[:16]; !slices.Equal(a.frags, want) {
		t.Errorf("a whole = %v, want %v", a.frags, want)
	}
	if want := append(slices.Clone(fs[:15]), fs[16]); !slices.Equal(b.frags, want) {
		t.Errorf("b whole = %v, want %v", b.frags, want)
	}
}
