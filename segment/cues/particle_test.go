package cues

import "testing"

func TestOpensParticle(t *testing.T) {
	for s, want := range map[string]bool{
		"的一部分":       true,
		"了许多游客前来观赏。": true,
		"着微光的灯笼轻轻摇晃": true,
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
