package dump

import "testing"

// A bare crosshead of two words goes with the column text printed right
// above it, even when that text's headline is printed elsewhere, where the
// dump prints lines word by word (its blank lines part no blocks): it
// names a part of that story, not a story of its own. A longer bare
// heading is no crosshead, nor, in a dump whose blank lines part blocks, a
// short heading printed apart from the text above.
func TestEnglishCrossheadUnderHeadlessText(t *testing.T) {
	for _, c := range []struct {
		head       string
		wordBlocks bool
		want       bool
	}{
		{"Ferry plans", true, true},
		{"Ferry plans get the go ahead", true, false},
		{"Ferry plans", false, false},
	} {
		head, want := c.head, c.want
		lines := []string{"they want on the quays at any hour, the", "port board said on Tuesday.", "", head, "The board said larger ferries would", "be able to dock once the work ends."}
		s := &pageSeg{lines: lines, chunk: []int{0, 0, -1, 1, 1, 1}, wordBlocks: c.wordBlocks}
		ps := []*piece{linesPiece(lines, 0, 1), linesPiece(lines, 4, 5)}
		stories := [][]int{{0}, {1}}
		headless := &article{stories: []int{0}}
		cross := &article{g: &group{head: []string{head}, line: 3, end: 3}, stories: []int{1}}
		got := s.crossOwner(cross, []*article{headless, cross}, ps, stories)
		if (got == headless) != want {
			t.Errorf("crossOwner(%q) word blocks %v = %v, want the headless article: %v", head, c.wordBlocks, got, want)
		}
	}
}

// A story whose text stops mid-sentence goes on in the untitled text that
// opens in lower case and shares its words far more than any other
// story's, wherever the dump printed it. Untitled text that opens a
// sentence, or a story that ends one, stays apart.
func TestEnglishUntitledRunOn(t *testing.T) {
	for _, c := range []struct {
		harbourEnd, runOn string
		want              bool
	}{
		{"the larger ferries will then", "dock at the quay once dredging ends.", true},
		{"the larger ferries will then dock.", "dock at the quay once dredging ends.", false},
		{"the larger ferries will then", "Dock at the quay once dredging ends.", false},
	} {
		s := &pageSeg{}
		ps := []*piece{
			{frags: []frag{{text: "Dredging of the harbour starts soon;", line: 1}, {text: c.harbourEnd, line: 2}}, first: 1},
			{frags: []frag{{text: "Fruit growers fear a late frost.", line: 4}}, first: 4},
			{frags: []frag{{text: c.runOn, line: 6}}, first: 6},
		}
		stories := [][]int{{0}, {1}, {2}}
		stoks := []map[string]float64{
			wordSet("dredging", "harbour", "ferries", "larger"),
			wordSet("fruit", "growers", "frost"),
			wordSet("dock", "quay", "dredging", "ferries"),
		}
		harbour := &article{g: &group{head: []string{"Harbour dredging to begin"}}, stories: []int{0}}
		orchard := &article{g: &group{head: []string{"Orchard growers fear frost"}}, stories: []int{1}}
		runOn := &article{stories: []int{2}}
		out := s.untitledRunOn([]*article{harbour, orchard, runOn}, ps, stories, stoks)
		if got := len(out) == 2 && len(harbour.stories) == 2; got != c.want {
			t.Errorf("%q / %q: %d articles, harbour stories %v; want the run-on taken %v", c.harbourEnd, c.runOn, len(out), harbour.stories, c.want)
		}
	}
}
