package lexicon

import "testing"

func TestWord(t *testing.T) {
	for w, want := range map[string]bool{"harbour": true, "Rebuilt": true, "harbuor": false, "": false} {
		if got := Word(w); got != want {
			t.Errorf("Word(%q) = %v, want %v", w, got, want)
		}
	}
}
