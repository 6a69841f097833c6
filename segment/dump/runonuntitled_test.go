package dump

import (
	"slices"
	"testing"
)

// TestRunOnUntitled: on a page printed word by word, a unit of a long
// untitled run that opens in lower case right after a unit ending its
// sentence runs on from a column printed elsewhere; a run opening on a
// credit, one right after a forced unit, a short one, and a unit that goes
// on from an open sentence keep their untitled score.
func TestRunOnUntitled(t *testing.T) {
	const m = 1 // the untitled label; heading 0 is the only heading
	texts := []string{
		"The harbour board met on Tuesday.",
		"and agreed to widen the quay by spring.",
		"Dredging starts next month.",
		"and the pilots welcome it",
		"because bigger ships can dock.",
	}
	build := func(credit string) ([]*piece, [][]int, []int) {
		var ps []*piece
		var stories [][]int
		var order []int
		for i, tx := range texts {
			p := &piece{frags: []frag{{text: tx, line: i * 10}}, first: i * 10, story: i, next: -1, prev: -1}
			if i == 1 {
				p.credit = credit
			}
			ps = append(ps, p)
			stories = append(stories, []int{i})
			order = append(order, i)
		}
		return ps, stories, order
	}
	label := []int{0, m, m, m, m}
	long := []int{40, runOnMin, 30, 30, 30}
	short := []int{40, 30, 30, 30, 30}
	tests := []struct {
		name   string
		credit string
		slen   []int
		forced map[int]int
		want   []bool
	}{
		{"long run", "", long, nil, []bool{false, true, false, true, false}},
		{"opens on a credit", "By Ann Lee", long, nil, []bool{false, false, false, false, false}},
		{"after a forced unit", "", long, map[int]int{0: 0}, []bool{false, false, false, false, false}},
		{"short run", "", short, nil, []bool{false, false, false, false, false}},
	}
	for _, tc := range tests {
		ps, stories, order := build(tc.credit)
		got := runOnUntitled(label, m, order, stories, ps, tc.slen, tc.forced)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: marks %v, want %v", tc.name, got, tc.want)
		}
	}
}
