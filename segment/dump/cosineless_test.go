package dump

import (
	"fmt"
	"math/rand/v2"
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
