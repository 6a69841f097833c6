package dump

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// randomWeights gives n words with weights of a few units and many bits,
// whose float sum depends on the order they are added in.
func randomWeights(r *rand.Rand, n int) map[string]float64 {
	m := make(map[string]float64, n)
	for i := range n {
		m[fmt.Sprintf("w%d", i)] = r.Float64()*5 + math.Pi*1e-3
	}
	return m
}

// The scores over word maps come out the same on every call, although a
// map gives its words in a different order each time.
func TestScoresIgnoreMapOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	a, b := randomWeights(r, 200), randomWeights(r, 300)
	for w := range b {
		if r.IntN(3) == 0 {
			delete(b, w)
		}
	}
	seen := prefixes(b)
	cos, head, cont, pre := cosine(a, b), headScore(a, b), contained(a, b), prefixScore(a, seen)
	for range 300 {
		if got := cosine(a, b); got != cos {
			t.Fatalf("cosine gave %v, then %v", cos, got)
		}
		if got := headScore(a, b); got != head {
			t.Fatalf("headScore gave %v, then %v", head, got)
		}
		if got := contained(a, b); got != cont {
			t.Fatalf("contained gave %v, then %v", cont, got)
		}
		if got := prefixScore(a, seen); got != pre {
			t.Fatalf("prefixScore gave %v, then %v", pre, got)
		}
	}
}

// cosine stays a cosine: 1 for a vector with itself, 0 for no shared word,
// and the float formula's value to far below any threshold.
func TestCosineValue(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	a, b := randomWeights(r, 50), randomWeights(r, 80)
	if got := cosine(a, a); math.Abs(got-1) > 1e-12 {
		t.Errorf("cosine(a, a) = %v, want 1", got)
	}
	if got := cosine(a, map[string]float64{"other": 2}); got != 0 {
		t.Errorf("cosine with no shared word = %v, want 0", got)
	}
	if got := cosine(a, map[string]float64{}); got != 0 {
		t.Errorf("cosine with an empty set = %v, want 0", got)
	}
	var dot, na, nb float64
	for w, v := range a {
		na += v * v
		dot += v * b[w]
	}
	for _, u := range b {
		nb += u * u
	}
	want := dot / math.Sqrt(na*nb)
	if got := cosine(a, b); math.Abs(got-want) > 1e-9 {
		t.Errorf("cosine = %v, want %v", got, want)
	}
}
