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

// crossWord keeps what it found for a seam (seamKey): a seam asked again
// rates as a tracker that never saw another does, also where the same
// runes break at another place ("即" / "日起" has 即日 across the break,
// "即日" / "起" another word).
func TestCrossWordKeepsSeamsApart(t *testing.T) {
	shared := newTracker(true)
	var got []float64
	for _, s := range []string{"即日起", "今天天气很好", "从即日起开始"} {
		rs := []rune(s)
		for i := 1; i < len(rs); i++ {
			sm := seamOf(string(rs[:i]), string(rs[i:]))
			want := newTracker(true).crossWord(sm)
			if v := shared.crossWord(sm); v != want {
				t.Errorf("crossWord(%q | %q) = %v after other seams, %v alone", string(sm.a), string(sm.b), v, want)
			}
			got = append(got, want)
		}
	}
	if got[0] == got[1] {
		t.Fatalf("即|日起 and 即日|起 rate alike (%v): the test cannot tell their keys apart", got[0])
	}
}
