package cues

import "testing"

func TestUnbalancedAndLeftOpen(t *testing.T) {
	cases := []struct {
		t           string
		quotes, all bool // Unbalanced over Quotes, over Quotes and Brackets
		leftOpen    bool // LeftOpen over Quotes and Brackets
	}{
		{"他说“好”。", false, false, false},
		{"他说“要坚持", true, true, true},
		{"到底”，他说", true, true, false},
		{"《人民日报》（全文", false, true, true},
		{"第二版）", false, true, false},
		{"‘一带一路’倡议", false, false, false},
	}
	for _, c := range cases {
		if got := Unbalanced(c.t, Quotes); got != c.quotes {
			t.Errorf("Unbalanced(%q, Quotes) = %v, want %v", c.t, got, c.quotes)
		}
		if got := Unbalanced(c.t, Quotes, Brackets); got != c.all {
			t.Errorf("Unbalanced(%q, Quotes, Brackets) = %v, want %v", c.t, got, c.all)
		}
		if got := LeftOpen(c.t, Quotes, Brackets); got != c.leftOpen {
			t.Errorf("LeftOpen(%q) = %v, want %v", c.t, got, c.leftOpen)
		}
	}
}

// Closes knows the closing marks of the pairs Unbalanced counts, and no
// other.
func TestCloses(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{{'”', true}, {'’', true}, {'》', true}, {'）', true}, {'“', false}, {'《', false}, {'」', false}, {'。', false}} {
		if got := Closes(c.r, Quotes, Brackets); got != c.want {
			t.Errorf("Closes(%q) = %v, want %v", c.r, got, c.want)
		}
	}
	if Closes('》', Quotes) {
		t.Error("Closes('》', Quotes) = true: 》 closes a bracket, not a quotation")
	}
}
