package layout

import "testing"

// Head stacks on a scan. A first line of three ideographs set at a
// clearly narrower pitch, ending far short of the head line under it
// (which wraps), is the kicker, though OCR sizes it within its tolerance
// of the head (50 against 53). One at the head's pitch is the head's first
// line, however short (a head broken by sense, not by the measure). A
// kicker that ends in a dash (read 一一) is one though set flush with the
// head on both sides.
func TestShortScanKicker(t *testing.T) {
	type headLine struct {
		text                string
		y, pitch, sizeByOCR float64
	}
	cases := []struct {
		name             string
		stack            []headLine
		kicker, headline string
	}{
		{"narrower pitch", []headLine{{"田园风", 300, 47, 50}, {"山村果园迎来丰收", 360, 56, 53}, {"好时节", 425, 56, 52}}, "田园风", "山村果园迎来丰收|好时节"},
		{"head pitch", []headLine{{"丰收季", 300, 56, 52}, {"山村果园迎来好时节", 365, 56, 53}}, "", "丰收季|山村果园迎来好时节"},
		{"dash kicker flush", []headLine{{"各处开展敬老活动一一", 300, 56, 45}, {"重阳乐融融", 370, 112, 100}}, "各处开展敬老活动一一", "重阳乐融融"},
	}
	for _, c := range cases {
		b := newScan(0)
		for _, h := range c.stack {
			b.line(h.text, 150, h.y, h.pitch, h.sizeByOCR)
		}
		top := c.stack[len(c.stack)-1].y + 85
		b.column("甲", 8, 150, top)
		b.column("乙", 8, 700, top)
		arts := Segment(&b.p).Articles
		if len(arts) != 1 {
			t.Errorf("%s: %d articles, want 1", c.name, len(arts))
			continue
		}
		if k, h := texts(arts[0].Kicker), texts(arts[0].Headline); k != c.kicker || h != c.headline {
			t.Errorf("%s: kicker %q over headline %q, want %q over %q", c.name, k, h, c.kicker, c.headline)
		}
	}
}
