package layout

import "testing"

// A three-character kicker over a two-line head on a scan: OCR sizes it
// within its tolerance of the head (50 against 53), but its characters are
// set at a clearly narrower pitch and the line ends far short of the head
// line under it, which wraps: the kicker, not the head's first line.
func TestShortScanKickerOverWrappedHead(t *testing.T) {
	b := newScan(0)
	b.line("田园风", 150, 300, 47, 50)
	b.line("山村果园迎来丰收", 150, 360, 56, 53)
	b.line("好时节", 150, 425, 56, 52)
	b.column("甲", 8, 150, 510)
	b.column("乙", 8, 700, 510)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if texts(a.Kicker) != "田园风" || texts(a.Headline) != "山村果园迎来丰收|好时节" {
		t.Errorf("kicker %q, headline %q", texts(a.Kicker), texts(a.Headline))
	}
}

// Two head lines of one pitch stay one headline however short the first
// (a head broken by sense, not by the measure).
func TestShortScanHeadLineOfHeadPitch(t *testing.T) {
	b := newScan(0)
	b.line("丰收季", 150, 300, 56, 52)
	b.line("山村果园迎来好时节", 150, 365, 56, 53)
	b.column("甲", 8, 150, 450)
	b.column("乙", 8, 700, 450)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Kicker) != 0 || texts(a.Headline) != "丰收季|山村果园迎来好时节" {
		t.Errorf("kicker %q, headline %q", texts(a.Kicker), texts(a.Headline))
	}
}
