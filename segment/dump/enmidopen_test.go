package dump

import "testing"

// A headline printed over text that opens mid-sentence, without a credit,
// lacks its opening column: the dump printed it elsewhere, under no
// heading, opening with the credit and stopping mid-sentence where the
// text under the headline goes on. enAssign gives that credited column to
// the headline, not to the bare heading whose text it is printed after
// and shares a subject with. A credited column that ends its sentence
// runs on into no such text: it stays where its words put it.
func TestCreditedOpeningFindsMidOpenHead(t *testing.T) {
	for _, c := range []struct {
		last  string
		ferry bool
	}{
		{"the town has paid to repair the", true},
		{"the town has paid for repairs.", false},
	} {
		lines := []string{
			"Ferry to sail again", // 0: headline over text opening mid-sentence
			"quay is rebuilt in the spring, the", "harbour board told the council.",
			"",
			"Tide tables printed", // 4: bare heading over its own text
			"The harbour tide tables for the", "summer are printed on page six.",
			"The old harbour ferry across the", "bay will sail again next year once", c.last, // 7-9: credited
		}
		s := &pageSeg{lines: lines, chunk: []int{0, 1, 1, -1, 2, 3, 3, 4, 4, 4}}
		opening := enUnit(lines, 7, 9)
		opening.credit = "By John Green"
		ps := []*piece{enUnit(lines, 1, 2), enUnit(lines, 5, 6), opening}
		stories := [][]int{{0}, {1}, {2}}
		stoks := []map[string]float64{
			wordSet("quay", "rebuilt", "spring", "harbour", "board", "council"),
			wordSet("harbour", "tide", "tables", "summer", "printed", "page"),
			wordSet("harbour", "bay", "summer", "year", "town", "repair"),
		}
		ferry := &group{head: []string{lines[0]}, line: 0, end: 0, toks: wordSet("ferry", "sail", "again")}
		tide := &group{head: []string{lines[4]}, line: 4, end: 4, toks: wordSet("tide", "tables", "printed")}
		owner := make([]*article, len(stories))
		var arts []*article
		s.enAssign(ps, stories, stoks, []*group{ferry, tide}, map[*group]*article{}, owner, &arts)
		want := tide
		if c.ferry {
			want = ferry
		}
		if owner[2] == nil || owner[2].g != want {
			t.Errorf("%q: credited column went to %+v, want %q", c.last, owner[2], want.head)
		}
		if owner[1] == nil || owner[1].g != tide {
			t.Errorf("%q: tide text went to %+v, want the tide heading", c.last, owner[1])
		}
	}
}
