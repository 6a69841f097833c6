package dump

import "testing"

// Text under no heading goes on from an open break only when the break's
// article is the headed article whose words it shares most.
func TestUntitledRunOn(t *testing.T) {
	ferry := &article{g: &group{head: []string{"Ferry service returns"}}, stories: []int{0}}
	library := &article{g: &group{head: []string{"Library opens on Sundays"}}, stories: []int{1}}
	untitled := &article{stories: []int{2, 3}}
	owner := []*article{ferry, library, untitled, untitled}
	stoks := []map[string]float64{
		{"ferry": 1, "harbour": 1, "island": 1},
		{"library": 1, "council": 1, "readers": 1},
		{"ferry": 1, "boats": 1, "shops": 1},
		{"library": 1, "readers": 1, "ferry": 0.5},
	}
	// Story 0 (the ferry) breaks off inside a sentence.
	if n, ok := untitledRunOn(2, []int{0}, owner, stoks); !ok || n != 0 {
		t.Errorf("untitled ferry text: got break %d, %v; want break 0", n, ok)
	}
	if _, ok := untitledRunOn(3, []int{0}, owner, stoks); ok {
		t.Errorf("untitled library text went on from the ferry's break")
	}
	if _, ok := untitledRunOn(0, []int{1}, owner, stoks); ok {
		t.Errorf("headed text went on from a break")
	}
}

// A break whose next column, opening inside a sentence, belongs to another
// headed article still waits for its run-on; one taken up by its own
// article's column does not.
func TestTakenByOther(t *testing.T) {
	ferry := &article{g: &group{head: []string{"Ferry service returns"}}, stories: []int{0, 2}}
	library := &article{g: &group{head: []string{"Library opens on Sundays"}}, stories: []int{1}}
	owner := []*article{ferry, library, ferry}
	if !takenByOther(owner, 0, 1) {
		t.Errorf("the library's column took up the ferry's break")
	}
	if takenByOther(owner, 0, 2) {
		t.Errorf("the ferry's own column did not take up its break")
	}
}
