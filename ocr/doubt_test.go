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
	if err := e.rereadDoubts(context.Background(), r, bin, hp, "chi_sim", 300); err != nil {
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

// line is a reading of one line: its words and their confidences.
func line(texts []string, confs ...float64) []hLine {
	l := hLine{box: page.Rect{X1: 120, Y1: 30}}
	for i, s := range texts {
		x := float64(30 * i)
		l.words = append(l.words, hWord{box: page.Rect{X0: x, X1: x + 30, Y1: 30}, text: s, conf: confs[i]})
	}
	return []hLine{l}
}

// A glyph is replaced by the one most readings of its line agree on, and
// only when one of them is surer of it than the line's own reading, of
// the same kind and not shifted.
func TestVoted(t *testing.T) {
	own := line([]string{"记者", "王", "莽", "，"}, 0.9, 0.9, 0.2, 0.2)[0]
	sure := line([]string{"记", "者王", "芳", "，"}, 0.9, 0.9, 0.6, 0.9)
	unsure := line([]string{"记者", "王", "芳", "，"}, 0.9, 0.9, 0.1, 0.9)
	other := line([]string{"记者", "王", "苦", "，"}, 0.9, 0.9, 0.7, 0.9)
	longer := line([]string{"记者", "王", "芳", "丽", "，"}, 0.9, 0.9, 0.9, 0.9, 0.9)
	han := line([]string{"记者", "王", "莽", "日"}, 0.9, 0.9, 0.2, 0.9)
	shifted := line([]string{"记者", "莽", "芳", "，"}, 0.9, 0.5, 0.9, 0.9)
	for _, c := range []struct {
		name     string
		readings [][]hLine
		want     string
	}{
		{"most agree, one surer", [][]hLine{{own}, sure, unsure}, "记者王芳，"},
		{"most agree, none surer", [][]hLine{{own}, unsure, unsure}, "记者王莽，"},
		{"no majority", [][]hLine{{own}, sure, other}, "记者王莽，"},
		{"a reading of more glyphs is not aligned", [][]hLine{{own}, sure, longer}, "记者王莽，"},
		{"too few readings", [][]hLine{{own}, sure}, "记者王莽，"},
		{"punctuation is not read as a character", [][]hLine{{own}, han, han}, "记者王莽，"},
		{"shifted readings", [][]hLine{{own}, shifted, shifted}, "记者王莽，"},
	} {
		got := voted(own, c.readings)
		if s := compact([]hLine{got}); s != c.want {
			t.Errorf("%s: %q, want %q", c.name, s, c.want)
		}
		if len(got.words) != len(own.words) || got.words[2].box != own.words[2].box || got.box != own.box {
			t.Errorf("%s: the line's words or boxes changed: %+v", c.name, got)
		}
	}
	got := voted(own, [][]hLine{{own}, sure, unsure})
	if w := got.words[2]; w.conf != 0.6 {
		t.Errorf("replaced glyph's confidence %v, want the surest agreeing reading's 0.6", w.conf)
	}
	if own.words[2].text != "莽" {
		t.Errorf("voted changed the line it was given")
	}
}

// The grey line is read only where its reading could change the vote:
// where it is not (greyCanVote false), voted keeps the line whatever the
// grey reading says.
func TestGreyCanVote(t *testing.T) {
	own := line([]string{"记者", "王", "莽", "，"}, 0.9, 0.9, 0.2, 0.2)[0]
	same := line([]string{"记者王", "莽", "，"}, 0.9, 0.6, 0.9)
	sure := line([]string{"记", "者王", "芳", "，"}, 0.9, 0.9, 0.6, 0.9)
	longer := line([]string{"记者", "王", "芳", "丽", "，"}, 0.9, 0.9, 0.9, 0.9, 0.9)
	greys := [][]hLine{nil, sure, same, longer, line([]string{"记者", "王", "苦", "，"}, 0.9, 0.9, 0.9, 0.9)}
	for _, c := range []struct {
		name      string
		kept      hLine
		binarised []hLine
		want      bool
	}{
		{"binarised reads the page's glyphs", own, same, false},
		{"binarised reads one glyph otherwise", own, sure, true},
		{"binarised kept, the page's reading differs", sure[0], sure, true},
		{"binarised reads more glyphs", own, longer, false},
		{"no binarised reading", own, nil, false},
	} {
		if got := greyCanVote(c.kept, own, c.binarised); got != c.want {
			t.Errorf("%s: greyCanVote = %v, want %v", c.name, got, c.want)
		}
		if c.want {
			continue
		}
		want := compact([]hLine{c.kept})
		for _, g := range greys {
			if got := compact([]hLine{voted(c.kept, [][]hLine{{own}, c.binarised, g})}); got != want {
				t.Errorf("%s: a grey reading %q changed the line to %q", c.name, compact(g), got)
			}
		}
	}
}

// Each one-glyph Han word of a line gets the Han glyphs other readings of
// the line, aligned with it, read in its place, with the best confidence
// each was read with; a word its readings agree on gets none, and
// readings of other lengths, shifted ones or punctuation give none.
func TestWithAlternatives(t *testing.T) {
	// read is the line read with g for its third glyph.
	read := func(g string, conf float64) []hLine {
		return line([]string{"记者", "王", g, "，"}, 0.9, 0.9, conf, 0.9)
	}
	own := read("莽", 0.5)[0]
	longer := line([]string{"记者", "王", "芳", "丽", "，"}, 0.9, 0.9, 0.9, 0.9, 0.9)
	shifted := line([]string{"记者", "莽", "芳", "，"}, 0.9, 0.5, 0.9, 0.9)
	got := withAlternatives(own, [][]hLine{{own}, read("芳", 0.2), read("芳", 0.3), read("苦", 0.1), longer, shifted, read("。", 0.9)})
	want := []page.Alternative{{Text: "芳", Confidence: 0.3}, {Text: "苦", Confidence: 0.1}}
	if !slices.Equal(got.words[2].alts, want) {
		t.Errorf("alternatives %+v, want %+v", got.words[2].alts, want)
	}
	for _, k := range []int{0, 1, 3} {
		if len(got.words[k].alts) > 0 {
			t.Errorf("word %q got alternatives %+v", got.words[k].text, got.words[k].alts)
		}
	}
	if own.words[2].alts != nil {
		t.Errorf("withAlternatives changed the line it was given")
	}
	if pl := toPage([]hLine{got}, 1); len(pl) != 1 || len(pl[0].Words) != 4 || !slices.Equal(pl[0].Words[2].Alternatives, want) {
		t.Errorf("page line %+v does not carry the alternatives", pl)
	}
}
