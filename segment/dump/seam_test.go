package dump

import (
	"slices"
	"strings"
	"testing"
)

// A seam holds the runes at each end of a line break that the whole
// lines, spaces left out, hold there: justification spaces and lines
// shorter than three characters included.
func TestSeamEnds(t *testing.T) {
	lines := []string{"", " ", "好", "天 气", "今天天气很好", "作 家 艺 术 家", "AI 、 物", "年 ", " 1 月 25",
		"x\xe4\xb8", "\xff中", "中\xad文"}
	for _, a := range lines {
		for _, b := range lines {
			ar := []rune(strings.ReplaceAll(a, " ", ""))
			br := []rune(strings.ReplaceAll(b, " ", ""))
			want := seam{ar[max(0, len(ar)-3):], br[:min(3, len(br))]}
			if got := seamOf(a, b); !slices.Equal(got.a, want.a) || !slices.Equal(got.b, want.b) {
				t.Errorf("seamOf(%q, %q) = %q %q, want %q %q", a, b, string(got.a), string(got.b), string(want.a), string(want.b))
			}
		}
	}
}

// wordSpans reads two runes at each end of the trimmed lines, spaces
// inside kept ("年 1" ends in " 1").
func TestTwoRunes(t *testing.T) {
	for _, c := range []struct{ s, last, first string }{
		{"", "", ""}, {"好", "好", "好"}, {"年 1", " 1", "年 "}, {"今天天气很好", "很好", "今天"}, {"ab", "ab", "ab"}, {"a中", "a中", "a中"},
	} {
		if got := lastTwo(c.s); got != c.last {
			t.Errorf("lastTwo(%q) = %q, want %q", c.s, got, c.last)
		}
		if got := firstTwo(c.s); got != c.first {
			t.Errorf("firstTwo(%q) = %q, want %q", c.s, got, c.first)
		}
	}
}
