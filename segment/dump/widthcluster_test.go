package dump

import "testing"

// columnPiece makes a piece of n running lines of w characters, cut from
// base (distinct characters, so that no two pieces share bigrams).
func columnPiece(base rune, n, w, line int) *piece {
	p := &piece{first: line, next: -1, prev: -1, w: float64(w)}
	for k := 0; k < n; k++ {
		rs := make([]rune, w)
		for i := range rs {
			rs[i] = base + rune(k*w+i)
		}
		p.frags = append(p.frags, frag{text: string(rs), line: line + k, w: float64(w)})
	}
	return p
}

// clusterWidth runs cluster on article a (set 13 characters wide), article
// b (11 wide) and a headless story of the given width printed between them
// whose words lean a little to a; it returns where the story went.
func clusterWidth(t *testing.T, w int) string {
	t.Helper()
	ps := []*piece{
		columnPiece(0x4e00, 8, 13, 0),
		columnPiece(0x5e00, 4, w, 10),
		columnPiece(0x6e00, 8, 11, 20),
	}
	stories := [][]int{{0}, {1}, {2}}
	slen := []int{8 * 13, 4 * w, 8 * 11}
	for i, p := range ps {
		p.story = i
	}
	stoks := []map[string]float64{
		{"x": 1, "a": 1},
		{"x": 1, "a": 0.1},
		{"x": 1, "b": 1},
	}
	a, b := &article{stories: []int{0}}, &article{stories: []int{2}}
	owner := []*article{a, nil, b}
	// The articles' own stories were claimed by their headings.
	s := &pageSeg{zh: true}
	s.cluster([]*article{a, b}, owner, []bool{true, false, true}, stories, ps, stoks, slen, s.continuations(stories, ps), s.bigramVecs(stories, ps))
	return ownerName(owner[1], a, b)
}

// An editor's note is often boxed beside an article at a narrower column
// width: a story set at the note's width goes with the note even when its
// few words lean to the article; one set at the article's width, or a
// character off (a column of the same article), goes by its words.
func TestClusterColumnWidth(t *testing.T) {
	for _, c := range []struct {
		w    int
		want string
	}{{11, "b"}, {13, "a"}, {12, "a"}} {
		if got := clusterWidth(t, c.w); got != c.want {
			t.Errorf("story %d wide went to %s, want %s", c.w, got, c.want)
		}
	}
}
