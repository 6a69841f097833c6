package cues

import "testing"

func TestOpensParticle(t *testing.T) {
	for s, want := range map[string]bool{
		"的一部分":       true,
		"了众多鸟类在此集聚。": true,
		"着金光的叶子缓缓落下": true,
		"的确，这是好事":    false,
		"了解情况后":      false,
		"地处西北":       false,
		"The firm":   false,
	} {
		if got := OpensParticle(s); got != want {
			t.Errorf("OpensParticle(%q) = %v, want %v", s, got, want)
		}
	}
}
