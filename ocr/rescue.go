package ocr

import (
	"context"
	"image"
	"sort"
	"unicode/utf8"
)

// Tesseract's layout analysis sometimes drops large type altogether: a
// bold headline of big glyphs comes out as neither text nor photo. Such
// text is found as rows of glyph-sized ink components that no line,
// photo or rule accounts for, and read as single lines.
const (
	rescueMinHeight = 1.5 // glyph parts from 1.5 to 8 body line heights
	rescueMaxHeight = 8
	rescueMinParts  = 3   // a row needs this many parts
	rescueConf      = 0.7 // a reading is kept from this mean confidence
)

// rescue adds the lines read from large-type rows that Tesseract missed,
// scaled so that their glyphs are target pixels high. comps are the
// connected components of the binary image.
func (e *Engine) rescue(ctx context.Context, r *raster, comps []image.Rectangle, hp *hPage, lang string, dpi, target float64) error {
	body := bodyHeight(hp.lines)
	if body <= 0 || target <= 0 {
		return nil
	}
	w, h := r.size()
	var taken []image.Rectangle
	for _, l := range hp.lines {
		taken = append(taken, rect(l.box).Inset(-int(body/2)))
	}
	for _, p := range hp.photos {
		taken = append(taken, rect(p))
	}
	var parts []image.Rectangle
	for _, c := range comps {
		ch := float64(c.Dy())
		if ch < rescueMinHeight*body || ch > rescueMaxHeight*body || c.Dx() > 4*c.Dy() || within(c, taken) {
			continue
		}
		parts = append(parts, c)
	}
	var reads []scaled
	for i, reg := range rows(parts) {
		if i == maxRereads {
			break
		}
		size := float64(reg.Dy())
		pad := reg.Dy() / 5
		reads = append(reads, scaled{reg.Inset(-pad).Intersect(image.Rect(0, 0, w, h)), target / size})
	}
	got, err := e.readScaled(ctx, r, reads, lang, dpi)
	if err != nil {
		return err
	}
	for _, lines := range got {
		if rescued(lines) {
			hp.lines = append(hp.lines, lines...)
		}
	}
	return nil
}

// rows groups components into rows of neighbours (overlapping vertically
// by half the smaller one, at most 1.5 heights apart) and returns the
// boxes of rows with at least rescueMinParts parts.
func rows(parts []image.Rectangle) []image.Rectangle {
	sort.Slice(parts, func(i, j int) bool { return parts[i].Min.X < parts[j].Min.X })
	group := make([]int, len(parts))
	for i := range group {
		group[i] = i
	}
	find := func(i int) int {
		for group[i] != i {
			group[i] = group[group[i]]
			i = group[i]
		}
		return i
	}
	for i, a := range parts {
		for j := i + 1; j < len(parts); j++ {
			b := parts[j]
			reach := 3 * max(a.Dy(), b.Dy()) / 2
			if b.Min.X > a.Max.X+reach {
				break // sorted by left edge: the rest are further right
			}
			overlap := min(a.Max.Y, b.Max.Y) - max(a.Min.Y, b.Min.Y)
			if 2*overlap >= min(a.Dy(), b.Dy()) {
				group[find(j)] = find(i)
			}
		}
	}
	boxes := map[int]image.Rectangle{}
	count := map[int]int{}
	for i, p := range parts {
		g := find(i)
		boxes[g] = boxes[g].Union(p)
		count[g]++
	}
	var out []image.Rectangle
	for g, b := range boxes {
		if count[g] >= rescueMinParts {
			out = append(out, b)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Min.Y < out[j].Min.Y })
	return out
}

// within reports whether the centre of c lies in one of the rectangles.
func within(c image.Rectangle, rs []image.Rectangle) bool {
	ctr := image.Pt((c.Min.X+c.Max.X)/2, (c.Min.Y+c.Max.Y)/2)
	for _, r := range rs {
		if ctr.In(r) {
			return true
		}
	}
	return false
}

// rescued reports whether text read where Tesseract found none is kept: it
// must be read with confidence, and be more than a glyph (a lone "glyph"
// is mostly a photo's or a rule's edge).
func rescued(lines []hLine) bool {
	return confOf(lines) >= rescueConf && utf8.RuneCountInString(compact(lines)) >= 2
}
