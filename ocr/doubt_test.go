package ocr

import (
	"context"
	"slices"
	"testing"

	"newsprint/page"
)

func TestDoubtful(t *testing.T) {
	line := func(y float64, h float64, words ...hWord) hLine {
		l := hLine{words: words}
		for _, w := range words {
			l.box = l.box.Union(w.box)
		}
		l.box.Y0, l.box.Y1 = y, y+h
		return l
	}
	word := func(x float64, text string, conf float64) hWord {
		return hWord{box: page.Rect{X0: x, Y0: 0, X1: x + 30, Y1: 30}, text: text, conf: conf}
	}
	sure := line(0, 30, word(0, "今", 0.9), word(30, "天", 0.9), word(60, "好", 0.9))
	lines := []hLine{
		sure,
		line(40, 30, word(0, "记者", 0.9), word(60, "王", 0.9), word(90, "莽", 0.2)),         // doubtful
		line(80, 30, word(0, "本报", 0.9), word(60, "孙", 0.4), word(90, "丽", 0.9)),         // less so
		line(120, 30, word(0, "The", 0.9), word(60, "quick", 0.3), word(90, "fox", 0.9)), // Latin
		line(160, 90, word(0, "大", 0.9), word(90, "标", 0.1), word(180, "题", 0.9)),        // large type
		line(260, 30, word(0, "关", 0.1), word(30, "公", 0.1), word(60, "浊", 0.2)),         // texture
		sure, sure,
	}
	got := doubtful(lines)
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("doubtful lines %v, want [1 2]", got)
	}
}

// A line Tesseract read doubtfully in the page is read again alone, and
// the surer reading replaces it.
func TestRereadDoubts(t *testing.T) {
	e := New(Options{Lang: "chi_sim"})
	defer e.Close()
	doc := load(t, "zh.png", "png")
	r, err := rasterOf(doc.Pages[0].Scan)
	if err != nil {
		t.Fatal(err)
	}
	defer r.free()
	r.setDPI(300)
	hp, err := e.own.recognize(context.Background(), r, "chi_sim", psmAuto, 300)
	if err != nil {
		t.Fatal(err)
	}
	if len(hp.lines) != len(zhText) {
		t.Fatalf("%d lines", len(hp.lines))
	}
	// The second line as if misread with doubt: wrong glyphs, all words
	// unsure.
	l := &hp.lines[1]
	l.words = append([]hWord(nil), l.words...)
	for i := range l.words {
		l.words[i].conf = 0.4
	}
	for i, g := range []string{"诙", "屯", "柱"} {
		l.words[i].text, l.words[i].conf = g, 0.1
	}
	if got := compact(hp.lines[1:2]); cer(got, zhText[1]) <= 0.1 {
		t.Fatalf("corrupted line %q is still right", got)
	}
	bin, err := r.binary()
	if err != nil {
		t.Fatal(err)
	}
	defer bin.free()
	if err := e.rereadDoubts(context.Background(), bin, hp, "chi_sim", 300); err != nil {
		t.Fatal(err)
	}
	if got := compact(hp.lines[1:2]); cer(got, zhText[1]) > 0.1 {
		t.Errorf("line reread as %q, want %q", got, zhText[1])
	}
	if got := compact(hp.lines[:1]); cer(got, zhText[0]) > 0.1 {
		t.Errorf("sure line became %q", got)
	}
	if b := hp.lines[1].box; b.Empty() || b.Y0 < hp.lines[0].box.Y1-1 {
		t.Errorf("reread line box %v", b)
	}
}

// Broken lines are read again up to maxBroken a page, the least confident
// first; fewer are all read, in page order.
func TestBrokenLinesCap(t *testing.T) {
	const body = 30.0
	mk := func(n int) ([]hLine, []inkLine) {
		lines := make([]hLine, n)
		ink := make([]inkLine, n)
		for i := range lines {
			// Confidence 0.79 down to 0.30, then again from 0.79.
			c := 0.79 - float64(i%50)/100
			lines[i] = hLine{words: []hWord{{text: "今天", conf: c}, {text: "好", conf: c}}}
			ink[i].size = body
		}
		return lines, ink
	}
	lines, ink := mk(maxBroken - 1)
	lines = append(lines, hLine{words: []hWord{{text: "今天", conf: 0.9}}}, hLine{words: []hWord{{text: "abc", conf: 0.1}}})
	ink = append(ink, inkLine{size: body}, inkLine{size: body})
	got := brokenLines(lines, ink, body)
	if len(got) != maxBroken-1 || got[0] != 0 || got[len(got)-1] != maxBroken-2 {
		t.Errorf("under the cap: %d lines %v…", len(got), got[:min(3, len(got))])
	}
	lines, ink = mk(3 * maxBroken)
	got = brokenLines(lines, ink, body)
	if len(got) != maxBroken {
		t.Fatalf("over the cap: %d lines", len(got))
	}
	worst := confOf(lines[got[len(got)-1] : got[len(got)-1]+1])
	for i := range lines {
		if !slices.Contains(got, i) && confOf(lines[i:i+1]) < worst {
			t.Fatalf("line %d (confidence %.2f) left out, %.2f read", i, confOf(lines[i:i+1]), worst)
		}
	}
}
