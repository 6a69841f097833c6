package ocr

import (
	"context"
	"reflect"
	"testing"
	"time"

	"newsprint/page"
)

// Parts are runs of blocks in order that cover the layout, of about equal
// weight, no lighter than asked and no more than maxParts.
func TestPartsOf(t *testing.T) {
	blocks := func(ws ...float64) []block {
		var bs []block
		for _, w := range ws {
			bs = append(bs, block{weight: w})
		}
		return bs
	}
	ten := blocks(100, 100, 100, 100, 100, 100, 100, 100, 100, 100)
	for _, c := range []struct {
		name   string
		blocks []block
		least  float64
		want   [][2]int
	}{
		{"none", nil, 200, nil},
		{"too light for two", ten, 600, [][2]int{{0, 10}}},
		{"five of two blocks", ten, 200, [][2]int{{0, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 10}}},
		{"a block a part", ten, 10, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}, {9, 10}}},
		// A heavy block is a part of its own; the light ones around it
		// make up the others.
		{"one heavy block", blocks(10, 10, 500, 10, 10, 10), 100, [][2]int{{0, 3}, {3, 4}, {4, 5}, {5, 6}}},
	} {
		got := partsOf(c.blocks, c.least)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: parts %v, want %v", c.name, got, c.want)
		}
	}
	// Three blocks a part at most: maxParts parts of three blocks each.
	many := make([]block, 3*maxParts)
	for i := range many {
		many[i].weight = 100
	}
	got := partsOf(many, 10)
	if len(got) != maxParts {
		t.Fatalf("%d blocks: %d parts, want %d", len(many), len(got), maxParts)
	}
	for i, p := range got {
		if p != [2]int{3 * i, 3*i + 3} {
			t.Errorf("%d blocks: part %d is %v, want [%d %d]", len(many), i, p, 3*i, 3*i+3)
		}
	}
}

// wholeRead reads r as one Recognize of the whole page.
func wholeRead(t *testing.T, r *raster, lang string) *hPage {
	t.Helper()
	var rd reader
	defer func() { rd.t.close() }() // the instance recognize starts
	hp, err := rd.recognize(context.Background(), r, lang, psmAuto, 300)
	if err != nil {
		t.Fatal(err)
	}
	return hp
}

// raster0 decodes the first page of testdata/name.
func raster0(t *testing.T, name, format string) *raster {
	t.Helper()
	r, err := rasterOf(load(t, name, format).Pages[0].Scan)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.free)
	return r
}

// layoutParts returns the parts r is read in with parts of least weight.
func layoutParts(t *testing.T, r *raster, lang string, least float64) [][2]int {
	t.Helper()
	ts, err := newTess(lang)
	if err != nil {
		t.Fatal(err)
	}
	defer ts.close()
	if err := ts.setImage(r, psmAuto, 300); err != nil {
		t.Fatal(err)
	}
	defer ts.clear()
	blocks, err := ts.layout()
	if err != nil {
		t.Fatal(err)
	}
	return partsOf(blocks, least)
}

// A page of two blocks, one above the other, read in two parts (by the
// engine alone, and by a helper) reads as the whole page read at once:
// the same lines, words, boxes and confidences.
func TestPartsReadAsWhole(t *testing.T) {
	r := raster0(t, "blocks.png", "png")
	const least = 10 // each block a part
	if parts := layoutParts(t, r, "eng", least); len(parts) != 2 {
		t.Fatalf("parts %v, want 2 (the test page's two blocks)", parts)
	}
	whole := wholeRead(t, r, "eng")
	if len(whole.lines) != 6 {
		t.Fatalf("whole page: %d lines, want 6", len(whole.lines))
	}

	e := New(Options{Lang: "eng"})
	e.partWeight = least
	defer e.Close()
	alone, err := e.readParts(context.Background(), r, "eng", 300)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(alone, whole) {
		t.Errorf("read in parts:\n%v\nwhole:\n%v", alone.lines, whole.lines)
	}

	// A helper whose engine reads nothing takes every part, from the back.
	sp := &spare{free: 1}
	h := NewHelpers(sp, 1)
	defer h.Close()
	if !sp.TryAcquire() {
		t.Fatal("no spare core")
	}
	s := &pageParts{ready: make(chan struct{})}
	ts, err := newTess("eng")
	if err != nil {
		t.Fatal(err)
	}
	defer ts.close()
	if err := ts.setImage(r, psmAuto, 300); err != nil {
		t.Fatal(err)
	}
	if s.blocks, err = ts.layout(); err != nil {
		t.Fatal(err)
	}
	ts.clear()
	s.parts = partsOf(s.blocks, least)
	s.back = len(s.parts)
	s.reads, s.errs = make([]*hPage, len(s.parts)), make([]error, len(s.parts))
	close(s.ready)
	c, err := r.copied()
	if err != nil {
		t.Fatal(err)
	}
	s.helping.Add(1)
	s.help(context.Background(), h, c, "eng", psmAuto, 300)
	if sp.free != 1 || s.helping.Load() != 0 {
		t.Errorf("helper: spare cores %d, helping %d; want 1, 0", sp.free, s.helping.Load())
	}
	var helped []hLine
	for i, hp := range s.reads {
		if s.errs[i] != nil || hp == nil {
			t.Fatalf("part %d: %v, %v", i, hp, s.errs[i])
		}
		helped = append(helped, hp.lines...)
	}
	if !reflect.DeepEqual(helped, whole.lines) {
		t.Errorf("read by a helper:\n%v\nwhole:\n%v", helped, whole.lines)
	}
}

// A page Tesseract finds one block on (two columns a narrow gutter apart)
// has no cut between its parts: it is read whole, as at once.
func TestPartsOneBlockReadWhole(t *testing.T) {
	r := raster0(t, "columns.png", "png")
	const least = 10
	if parts := layoutParts(t, r, "chi_sim", least); len(parts) != 1 {
		t.Fatalf("parts %v, want 1", parts)
	}
	whole := wholeRead(t, r, "chi_sim")
	sp := &spare{free: 1}
	h := NewHelpers(sp, 1)
	defer h.Close()
	e := New(Options{Lang: "chi_sim", Helpers: h})
	e.partWeight = least
	defer e.Close()
	got, err := e.readParts(context.Background(), r, "chi_sim", 300)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, whole) {
		t.Errorf("read in parts:\n%v\nwhole:\n%v", got.lines, whole.lines)
	}
	// A helper late to its page gives its core back once its layout is
	// found.
	if n := freeCores(sp, 1, 10*time.Second); n != 1 {
		t.Errorf("%d spare cores after the page, want 1", n)
	}
}

// freeCores waits until sp has want cores free, at most wait, and returns
// how many it has.
func freeCores(sp *spare, want int, wait time.Duration) int {
	end := time.Now().Add(wait)
	for {
		sp.mu.Lock()
		n := sp.free
		sp.mu.Unlock()
		if n == want || time.Now().After(end) {
			return n
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// A page read with helpers gives the same page model as read alone.
func TestPartsPageWithHelpers(t *testing.T) {
	read := func(h *Helpers) *page.Page {
		e := New(Options{Lang: "eng", Helpers: h})
		e.partWeight = 10
		defer e.Close()
		p := &load(t, "blocks.png", "png").Pages[0]
		ocrPage(t, e, p)
		return p
	}
	alone := read(nil)
	sp := &spare{free: 1}
	h := NewHelpers(sp, 1)
	defer h.Close()
	with := read(h)
	if sp.taken == 0 {
		t.Error("no helper")
	}
	if !reflect.DeepEqual(with.Lines, alone.Lines) {
		t.Errorf("with helpers %q, alone %q", texts(with), texts(alone))
	}
}

func TestCuttable(t *testing.T) {
	for v, want := range map[string]bool{
		"5.3.0": true, "5.5.1": true, "4.1.1": true,
		"6.0.0": false, "3.05.02": false, "": false, "5": true,
	} {
		if got := cuttable(v); got != want {
			t.Errorf("cuttable(%q) = %v, want %v", v, got, want)
		}
	}
	if !cuttable(Version()) {
		t.Logf("libtesseract %s: pages are read whole", Version())
	}
}
