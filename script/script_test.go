package script

import "testing"

func TestCJK(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"中文〇々⺮⽇𠀀", true},  // ideographs, radicals, an ideograph beyond the BMP
		{"。、「」《》", true},   // CJK punctuation
		{"ひらカター", true},    // kana and the prolonged sound mark
		{"，！（）：；ｱ￥", true}, // full- and half-width forms
		{"︐︰﹁", true},      // vertical and compatibility forms
		{"aZ9 .,;-\u3000\u00a0é한“”—…·", false},
	} {
		for _, r := range c.s {
			if CJK(r) != c.want {
				t.Errorf("CJK(%q) = %v, want %v", r, !c.want, c.want)
			}
		}
	}
}

func TestShared(t *testing.T) {
	for _, r := range "‘’“”—―…·" {
		if !Shared(r) || CJK(r) {
			t.Errorf("%q: Shared %v, CJK %v; want a shared mark, not CJK", r, Shared(r), CJK(r))
		}
	}
	for _, r := range "-–'\".,中。" {
		if Shared(r) {
			t.Errorf("Shared(%q) = true", r)
		}
	}
}
