package ocr

import (
	"context"
	"image"
	"testing"

	"newsprint/page"
)

// glyphRow returns n glyph boxes size pixels square, pitch pixels apart,
// the first at x, their tops at y: a line of CJK type.
func glyphRow(x, y, n, size, pitch int) []image.Rectangle {
	var out []image.Rectangle
	for k := range n {
		out = append(out, image.Rect(x+k*pitch, y, x+k*pitch+size, y+size))
	}
	return out
}

// inkRow returns parts of a photo's ink that neighbour one another along
// a row but are of many heights on no common foot (lit windows, figures).
func inkRow(x, y int) []image.Rectangle {
	heights := []int{16, 45, 22, 50, 18, 40}
	drops := []int{0, 14, 30, 4, 24, 10}
	var out []image.Rectangle
	for k, h := range heights {
		x0 := x + 40*k
		out = append(out, image.Rect(x0, y+drops[k], x0+30, y+drops[k]+h))
	}
	return out
}

func TestTypeRow(t *testing.T) {
	if !typeRow(glyphRow(100, 100, 8, 36, 40)) {
		t.Error("a line of glyphs of one size is not type")
	}
	if typeRow(inkRow(100, 100)) {
		t.Error("parts of many heights on no common foot are type")
	}
	// Glyphs of one size piled over one another (a figure's outline).
	piled := glyphRow(100, 100, 6, 36, 12)
	if typeRow(piled) {
		t.Error("overlapping parts are type")
	}
	// Glyphs far apart along the row (dots of a screen, spaced out).
	if typeRow(glyphRow(100, 100, 4, 36, 90)) {
		t.Error("parts that fill a third of their row are type")
	}
}

// A column of body type in a photo block is one block to read; the ink of
// the photo beside it, rows of parts that do not line up as type stacked
// as high, is none.
func TestTextBlocks(t *testing.T) {
	const body = 48
	var comps []image.Rectangle
	for k := range 5 {
		comps = append(comps, glyphRow(1000, 200+60*k, 10, 36, 40)...)
	}
	for k := range 5 {
		comps = append(comps, inkRow(100, 200+70*k)...)
	}
	// Beside the column, taller ink of the photo (figures) and its grain
	// (specks along the last line): neither is part of the block.
	comps = append(comps, image.Rect(1420, 200, 1450, 280), image.Rect(1460, 200, 1490, 400), image.Rect(1500, 260, 1530, 350))
	for x := 1410; x < 1900; x += 20 {
		comps = append(comps, image.Rect(x, 455, x+4, 459))
	}
	// Over the column, a line of its size whose glyphs do not line up (of
	// pieces of two heights on two feet): the block takes it in.
	for k := range 6 {
		x, drop, h := 1000+40*k, 12, 20
		if k%2 == 1 {
			drop, h = 0, 44
		}
		comps = append(comps, image.Rect(x, 130+drop, x+30, 130+drop+h))
	}
	blocks := textBlocks(comps, body)
	if len(blocks) != 1 {
		t.Fatalf("blocks %v, want the column's", blocks)
	}
	want := image.Rect(1000, 130, 1396, 476)
	if b := blocks[0]; b.box != want || b.f != 1 {
		t.Errorf("block %v at scale %v, want %v at 1", b.box, b.f, want)
	}
	// Two rows of type alone are not a column.
	var two []image.Rectangle
	for k := range 2 {
		two = append(two, glyphRow(1000, 200+60*k, 10, 36, 40)...)
	}
	if blocks := textBlocks(two, body); len(blocks) != 0 {
		t.Errorf("two rows: blocks %v, want none", blocks)
	}
	// A headline: one row of large type, read scaled to the body's size.
	head := glyphRow(200, 100, 6, 120, 130)
	blocks = textBlocks(head, body)
	if len(blocks) != 1 || blocks[0].box != image.Rect(200, 100, 970, 220) || blocks[0].f != body/120.0 {
		t.Errorf("headline: blocks %v, want one at (200,100)-(970,220) scaled by %v", blocks, body/120.0)
	}
	// A headline of glyphs each of a short radical beside a tall body.
	var radicals []image.Rectangle
	for k := range 6 {
		x := 200 + 170*k
		radicals = append(radicals, image.Rect(x, 140, x+30, 220), image.Rect(x+40, 100, x+150, 250))
	}
	blocks = textBlocks(radicals, body)
	if len(blocks) != 1 || blocks[0].box != image.Rect(200, 100, 1200, 250) || blocks[0].f != body/150.0 {
		t.Errorf("headline of radicals: blocks %v, want one at (200,100)-(1200,250) scaled by %v", blocks, body/150.0)
	}
}

func boxLine(x0, y0, x1, y1 float64) hLine {
	return hLine{box: page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y1}}
}

// Lines Tesseract read in a photo are text when they stack into a column,
// or join a line read from rows of type; a line alone is not.
func TestTextAreas(t *testing.T) {
	column := []hLine{boxLine(1000, 200, 1400, 240), boxLine(1000, 260, 1400, 300), boxLine(1000, 320, 1300, 360)}
	got := textAreas(column, nil)
	if want := (page.Rect{X0: 1000, Y0: 200, X1: 1400, Y1: 360}); len(got) != 1 || got[0] != want {
		t.Errorf("column: %v, want %v", got, want)
	}
	alone := []hLine{boxLine(100, 900, 900, 940)}
	if got := textAreas(alone, nil); len(got) != 0 {
		t.Errorf("a line alone: %v, want none", got)
	}
	added := []hLine{boxLine(1000, 140, 1400, 180)}
	got = textAreas(column[:1], added)
	if want := (page.Rect{X0: 1000, Y0: 140, X1: 1400, Y1: 240}); len(got) != 1 || got[0] != want {
		t.Errorf("with an added line: %v, want %v", got, want)
	}
}

// A photo block that took in a column beside the photo is cut back to
// the photo's side; of two cuts, the one that holds no other text.
func TestCutBack(t *testing.T) {
	photo := page.Rect{X0: 100, Y0: 100, X1: 3500, Y1: 1400}
	column := page.Rect{X0: 2880, Y0: 980, X1: 3400, Y1: 1400}
	if got, want := cutBack(photo, []page.Rect{column}), (page.Rect{X0: 100, Y0: 100, X1: 2880, Y1: 1400}); got != want {
		t.Errorf("column: %v, want %v", got, want)
	}
	// A headline over the column, a little to its right, reaching into
	// the photo's top: below it is the largest cut, but holds the column.
	photo2 := page.Rect{X0: 150, Y0: 800, X1: 3500, Y1: 1400}
	head := page.Rect{X0: 2890, Y0: 550, X1: 3350, Y1: 870}
	if got, want := cutBack(photo2, []page.Rect{head, column}), (page.Rect{X0: 150, Y0: 800, X1: 2880, Y1: 1400}); got != want {
		t.Errorf("headline and column: %v, want %v", got, want)
	}
	elsewhere := page.Rect{X0: 100, Y0: 2000, X1: 900, Y1: 2100}
	if got := cutBack(photo, []page.Rect{elsewhere}); got != photo {
		t.Errorf("text outside: %v, want the photo", got)
	}
}

// The column beside a photo, taken into the photo's block as Tesseract's
// layout took one on a dev scan, is read from the page and the photo cut
// back to its left; the photo's windows read as nothing.
func TestPhotoText(t *testing.T) {
	r := testRaster(t, "photo.png")
	defer r.free()
	e := New(Options{Lang: "eng"})
	defer e.Close()
	ctx := context.Background()
	hp, err := e.own.recognize(ctx, r, "eng", psmAuto, 300)
	if err != nil {
		t.Fatal(err)
	}
	// One block over the photo (40..1000 px across) and the column (from
	// 1030): its lines are not read.
	block := page.Rect{X0: 36, Y0: 36, X1: 1660, Y1: 764}
	var lines []hLine
	for _, l := range hp.lines {
		if !within(rect(l.box), []image.Rectangle{rect(block)}) {
			lines = append(lines, l)
		}
	}
	hp.lines, hp.photos = lines, []page.Rect{block}
	bin, err := r.binary()
	if err != nil {
		t.Fatal(err)
	}
	defer bin.free()
	if err := e.photoText(ctx, r, bin.components(), hp, "eng", 300); err != nil {
		t.Fatal(err)
	}
	want := []string{"The harbour bridge reopened", "on Monday after two years", "of repairs, and the first", "buses crossed it at dawn.", "Traders on the quay said", "business had suffered while", "the road was closed."}
	added := hp.lines[len(lines):]
	if len(added) != len(want) {
		for _, l := range added {
			t.Logf("%v %.2f %q", l.box, confOf([]hLine{l}), joinWords(l.words))
		}
		t.Fatalf("%d lines added, want the column's %d", len(added), len(want))
	}
	for i, l := range added {
		if got := joinWords(l.words); cer(got, want[i]) > 0.1 || l.box.X0 < 1020 {
			t.Errorf("line %d %q at %v, want %q from x 1030", i, got, l.box, want[i])
		}
	}
	if p := hp.photos[0]; p.X0 != block.X0 || p.X1 < 1000 || p.X1 > 1030 || p.Y0 != block.Y0 || p.Y1 != block.Y1 {
		t.Errorf("photo cut to %v, want its left part to x 1000..1030", p)
	}
}

// A line read from a padded cut keeps its boxes on the block's ink: a
// glyph box Tesseract stretched over the line under the block is cut back.
func TestClipLineToBlock(t *testing.T) {
	l := hLine{
		box: page.Rect{X0: 100, Y0: 200, X1: 400, Y1: 320},
		words: []hWord{
			{box: page.Rect{X0: 100, Y0: 200, X1: 160, Y1: 320}, text: "甲"},
			{box: page.Rect{X0: 180, Y0: 300, X1: 200, Y1: 310}, text: "、"},
		},
	}
	got := clipLine(l, image.Rect(90, 195, 410, 275))
	if got.box != (page.Rect{X0: 100, Y0: 200, X1: 400, Y1: 275}) {
		t.Errorf("line box %+v", got.box)
	}
	if got.words[0].box.Y1 != 275 || got.words[1].box.Y0 != 275 || got.words[1].box.Y1 != 275 {
		t.Errorf("word boxes %+v %+v", got.words[0].box, got.words[1].box)
	}
	if l.words[0].box.Y1 != 320 {
		t.Error("the line read is changed in place")
	}
}

// A caption set close under its photo, whose block took it in, is kept
// and the photo cut back above it, on a skewed scan too; a row of the
// photo's own ink along the same edge, or a line of type deep inside the
// photo, cuts nothing.
func TestEdgeLines(t *testing.T) {
	photo := image.Rect(100, 100, 1500, 800)
	photos := []image.Rectangle{photo}
	// A caption of 24 glyphs 30 pixels high whose feet drop 24 pixels
	// from end to end, its middle inside the photo by less than a line.
	var caption []image.Rectangle
	for k, g := range glyphRow(120, 765, 24, 30, 34) {
		caption = append(caption, g.Add(image.Pt(0, k)))
	}
	captionBox := boxOf(caption)
	deep := glyphRow(400, 400, 10, 30, 34)
	ink := inkRow(900, 760)
	// Ink of as many tall parts as a caption's, standing on no common
	// foot (lit windows of a row of towers).
	var towers []image.Rectangle
	for k, drop := range []int{0, 16, 2, 18, 0, 16} {
		x := 1200 + 40*k
		towers = append(towers, image.Rect(x, 740+drop, x+30, 776+drop))
	}
	comps := append(append(append(append([]image.Rectangle{}, caption...), deep...), ink...), towers...)
	read := []hLine{
		{box: pageRect(captionBox)},
		{box: pageRect(boxOf(deep))},
		{box: pageRect(boxOf(ink))},
		{box: pageRect(boxOf(towers))},
	}
	got := edgeLines(read, photos, comps)
	if len(got) != 1 || rect(got[0]) != captionBox {
		t.Fatalf("edge lines %v, want the caption's box %v alone", got, captionBox)
	}
	cut := cutBack(pageRect(photo), got)
	if cut.Y1 > float64(captionBox.Min.Y) || cut.Y0 != 100 || cut.X1-cut.X0 != 1400 {
		t.Errorf("photo cut to %v, want it whole above the caption's top %d", cut, captionBox.Min.Y)
	}
}

// pageRect returns r as a page.Rect.
func pageRect(r image.Rectangle) page.Rect {
	return page.Rect{X0: float64(r.Min.X), Y0: float64(r.Min.Y), X1: float64(r.Max.X), Y1: float64(r.Max.Y)}
}

// A line read from a block's cut is kept when it is new text in a photo;
// one of the block has its boxes cut to the block's ink, one read in the
// cut's padding keeps the box it was read at.
func TestBlockLine(t *testing.T) {
	photos := []image.Rectangle{image.Rect(0, 0, 1000, 1000)}
	block := image.Rect(100, 400, 900, 600)
	word := func(y0, y1 float64, text string) hWord {
		return hWord{box: page.Rect{X0: 100, Y0: y0, X1: 900, Y1: y1}, conf: 0.9, text: text}
	}
	line := func(y0, y1 float64) hLine {
		return hLine{box: page.Rect{X0: 100, Y0: y0, X1: 900, Y1: y1}, words: []hWord{word(y0, y1, "甲乙丙")}}
	}
	in, ok := blockLine(line(450, 640), block, photos, nil)
	if !ok || in.box.Y1 != 600 {
		t.Errorf("line of the block: kept %v, box %+v", ok, in.box)
	}
	pad, ok := blockLine(line(340, 390), block, photos, nil)
	if !ok || pad.box.Y0 != 340 || pad.box.Y1 != 390 {
		t.Errorf("line in the padding: kept %v, box %+v", ok, pad.box)
	}
	if _, ok := blockLine(line(450, 500), block, photos, []image.Rectangle{image.Rect(100, 440, 900, 510)}); ok {
		t.Error("a line read before is added again")
	}
	if _, ok := blockLine(line(450, 500), block, []image.Rectangle{image.Rect(0, 0, 50, 50)}, nil); ok {
		t.Error("a line outside the photos is added")
	}
}
