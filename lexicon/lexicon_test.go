package lexicon

import "testing"

func TestWord(t *testing.T) {
	for w, want := range map[string]bool{"harbour": true, "Rebuilt": true, "harbuor": false, "": false} {
		if got := Word(w); got != want {
			t.Errorf("Word(%q) = %v, want %v", w, got, want)
		}
	}
}

// A word listed in lower case only is common; one listed capitalised,
// alone or besides its lower case, may be a name.
func TestCommonWord(t *testing.T) {
	for w, want := range map[string]bool{"thousands": true, "Analyst": true, "THE": true, "Harlow": false, "Reed": false, "BROWN": false, "Zqxw": false} {
		if CommonWord(w) != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, !want, want)
		}
	}
}
