package pdftext

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/script"
)

// Line building thresholds, as fractions of the font size.
const (
	baseTol   = 0.3  // baselines this close belong to one visual line
	overlapOK = 0.6  // glyphs may overlap their predecessor by this much (kerning)
	colGap    = 3.0  // a wider gap always splits a visual line
	gutter    = 0.6  // a wider gap may be a column gutter (splitColumns)
	lonelyGap = 2.0  // a wider gap splits a line that has no neighbours
	wordGap   = 0.15 // a wider gap between Latin glyphs is a word space
	cjkGap    = 0.5  // a CJK gap must exceed this (and the line's usual gap) to be a space
	dupTol    = 0.15 // same glyph this close to the previous one: overprint, dropped
)

// Full-width punctuation whose ink sits in the left (closing) or right
// (opening) half of the em box in horizontal CJK type.
const (
	closingPunct = "，。、；：！？”’）》」』】〕〉"
	openingPunct = "“‘（《「『【〔〈"
)

// fglyph is a glyph in its reading frame: u along the reading direction,
// v across it (increasing towards the next line).
type fglyph struct {
	g              *glyph
	u0, u1, v0, v1 float64
	base           float64
	seq            int
	f0, f1         float64 // full em-box extent along u (u0, u1 are ink)
}

func toFrame(dir int, x, y float64) (u, v float64) {
	switch dir {
	case 1:
		return y, -x
	case 2:
		return -x, -y
	case 3:
		return -y, x
	}
	return x, y
}

type lineAcc struct {
	gs      []fglyph
	u1      float64
	base    float64
	size    float64 // largest glyph size
	typical float64 // median glyph size
	dir     int
}

// buildLines groups glyphs into lines by geometry: same reading direction,
// same baseline, and no gap wider than a column gutter or crossed by a
// vertical rule. Lines come back in reading order (see order).
func buildLines(glyphs []glyph, rules []page.Rule, frames []page.RectShape, images []page.Image, w, h float64) []page.Line {
	var byDir [4][]fglyph
	for i := range glyphs {
		g := &glyphs[i]
		u0, v0 := toFrame(g.dir, g.box.X0, g.box.Y0)
		u1, v1 := toFrame(g.dir, g.box.X1, g.box.Y1)
		_, base := toFrame(g.dir, g.ox, g.oy)
		fg := fglyph{g: g, u0: min(u0, u1), u1: max(u0, u1), v0: min(v0, v1), v1: max(v0, v1), base: base, seq: i}
		fg.f0, fg.f1 = fg.u0, fg.u1
		// Full-width CJK punctuation inks only half its em box; gaps are
		// measured from the ink (it may hang into a column gutter).
		if r, n := utf8.DecodeRuneInString(g.text); n == len(g.text) && g.dir == 0 {
			switch {
			case strings.ContainsRune(closingPunct, r):
				fg.u1 = fg.u0 + (fg.u1-fg.u0)/2
			case strings.ContainsRune(openingPunct, r):
				fg.u0 = fg.u1 - (fg.u1-fg.u0)/2
			}
		}
		if g.size <= 0 {
			g.size = max(fg.v1-fg.v0, 0.1)
		}
		byDir[g.dir] = append(byDir[g.dir], fg)
	}
	var accs []*lineAcc
	for dir, fgs := range byDir {
		if len(fgs) == 0 {
			continue
		}
		// Content order breaks ties (an ActualText span before the glyph
		// drawn at the same place).
		slices.SortFunc(fgs, func(a, b fglyph) int {
			if c := cmp.Compare(a.u0, b.u0); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		var active []*lineAcc
		for _, fg := range fgs {
			s := fg.g.size
			var best *lineAcc
			bestScore := math.Inf(1)
			keep := active[:0]
			for _, l := range active {
				if l.u1+colGap*max(l.size, s)*2 < fg.u0 {
					accs = append(accs, l) // cannot grow any more
					continue
				}
				keep = append(keep, l)
				ms := min(l.size, s)
				if max(l.size, s) > 1.3*ms {
					continue // a heading beside body text, not one line
				}
				db := math.Abs(l.base - fg.base)
				if db > baseTol*ms {
					continue
				}
				gap := fg.u0 - l.u1
				if gap < -overlapOK*ms-(fg.u1-fg.u0) || gap > colGap*max(l.size, s) {
					continue
				}
				if gap > 0.3*ms && dir == 0 && ruleBetween(rules, l, fg) {
					continue
				}
				if score := db + 0.1*math.Abs(gap); score < bestScore {
					best, bestScore = l, score
				}
			}
			active = keep
			if best == nil {
				l := &lineAcc{gs: []fglyph{fg}, u1: fg.u1, base: fg.base, size: s, dir: dir}
				active = append(active, l)
				continue
			}
			last := best.gs[len(best.gs)-1]
			if last.g.text == fg.g.text && math.Abs(last.u0-fg.u0) < dupTol*s && math.Abs(last.base-fg.base) < dupTol*s {
				continue // overprinted (fake bold or shadow)
			}
			best.gs = append(best.gs, fg)
			best.u1 = max(best.u1, fg.u1)
			best.size = max(best.size, s)
		}
		accs = append(accs, active...)
	}
	var parts [][]fglyph
	var built []page.Line
	for _, part := range splitColumns(accs) {
		if ln, ok := makeLine(&lineAcc{gs: part}); ok {
			parts = append(parts, part)
			built = append(built, ln)
		}
	}
	// A run-in credit is never in the page's body face.
	count := map[string]int{}
	for _, p := range parts {
		for _, fg := range p {
			count[face(fg)]++
		}
	}
	body, most := "", 0
	for f, n := range count {
		if n > most || n == most && f < body {
			body, most = f, n
		}
	}
	for i := range built {
		if built[i].RunIn > 0 && face(parts[i][0]) == body {
			built[i].RunIn = 0
		}
	}
	runInAbove(parts, built)
	var byDirLines [4][]page.Line
	for i, ln := range built {
		d := parts[i][0].g.dir
		byDirLines[d] = append(byDirLines[d], ln)
	}
	// Horizontal text by XY-cut; vertical text (CJK columns, or Latin
	// rotated to read downwards) column by column from the right, then
	// the rarer directions.
	lines := order(byDirLines[0], frames, rules, images)
	v := byDirLines[1]
	sort.SliceStable(v, func(i, j int) bool {
		if v[i].Box.X1 != v[j].Box.X1 {
			return v[i].Box.X1 > v[j].Box.X1
		}
		return v[i].Box.Y0 < v[j].Box.Y0
	})
	lines = append(lines, v...)
	lines = append(lines, order(byDirLines[2], nil, nil, nil)...)
	return append(lines, order(byDirLines[3], nil, nil, nil)...)
}

// ruleBetween reports whether a vertical rule separates line l from fg.
func ruleBetween(rules []page.Rule, l *lineAcc, fg fglyph) bool {
	last := l.gs[len(l.gs)-1].g.box
	x0, x1 := last.X1, fg.g.box.X0
	mid := fg.g.box.CenterY()
	for _, r := range rules {
		b := r.Box
		if b.Width() > 3 || b.Height() < fg.g.size {
			continue
		}
		cx := b.CenterX()
		if cx > x0 && cx < x1 && b.Y0 <= mid && b.Y1 >= mid {
			return true
		}
	}
	return false
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// makeLine turns a glyph run into a page line with words, spaces, size,
// font and style.
func makeLine(l *lineAcc) (page.Line, bool) {
	gs := l.gs
	if len(gs) == 0 {
		return page.Line{}, false
	}
	// The usual gap between CJK neighbours (letter-spaced headings have
	// wide but even gaps, which are not spaces).
	var cjkGaps []float64
	for i := 1; i < len(gs); i++ {
		if script.CJK(lastRune(gs[i-1].g.text)) && script.CJK(firstRune(gs[i].g.text)) {
			cjkGaps = append(cjkGaps, gs[i].f0-gs[i-1].f1)
		}
	}
	usual := 0.0
	if len(cjkGaps) > 0 {
		sort.Float64s(cjkGaps)
		usual = cjkGaps[len(cjkGaps)/2]
	}
	var b strings.Builder
	var words []page.Word
	var word strings.Builder
	var wbox page.Rect
	flush := func() {
		if word.Len() > 0 {
			words = append(words, page.Word{Text: word.String(), Box: wbox, Confidence: 1})
		}
		word.Reset()
		wbox = page.Rect{}
	}
	box := page.Rect{}
	sizes := make([]float64, 0, len(gs))
	fontCount := map[string]int{}
	bold, italic, invisible := 0, 0, 0
	for i, fg := range gs {
		g := fg.g
		if i > 0 {
			prev := gs[i-1]
			gap := fg.f0 - prev.f1
			s := min(prev.g.size, g.size)
			var space bool
			if script.CJK(lastRune(prev.g.text)) || script.CJK(firstRune(g.text)) {
				space = gap > cjkGap*s && gap > usual+0.4*s
			} else {
				space = gap > wordGap*s
			}
			if space {
				b.WriteByte(' ')
				flush()
			}
		}
		b.WriteString(g.text)
		word.WriteString(g.text)
		wbox = wbox.Union(g.box)
		box = box.Union(g.box)
		sizes = append(sizes, g.size)
		fontCount[g.font.name]++
		if g.bold {
			bold++
		}
		if g.font.italic {
			italic++
		}
		if g.invisible {
			invisible++
		}
	}
	flush()
	text := strings.TrimSpace(b.String())
	if text == "" {
		return page.Line{}, false
	}
	sort.Float64s(sizes)
	font, best := "", 0
	for f, n := range fontCount {
		if n > best || n == best && f < font {
			font, best = f, n
		}
	}
	n := len(gs)
	r := box
	ln := page.Line{
		Text:      text,
		Box:       &r,
		Size:      math.Round(sizes[n/2]*100) / 100,
		Bold:      2*bold > n,
		Italic:    2*italic > n,
		Font:      font,
		Conf:      1,
		Words:     words,
		Invisible: 2*invisible > n,
		RunIn:     runIn(gs, text),
	}
	return ln, true
}

// runIn returns the byte length of a leading span set in another face
// than the rest of the line (a run-in credit), 0 if none. Spans of digits
// and punctuation (dates set in a Latin face) do not count.
func runIn(gs []fglyph, text string) int {
	if len(gs) < 4 {
		return 0
	}
	first := face(gs[0])
	k := 1
	for k < len(gs) && face(gs[k]) == first {
		k++
	}
	if k == len(gs) || k < 2 {
		return 0
	}
	for _, fg := range gs[k:] {
		if face(fg) == first {
			return 0 // the face comes back: mixed, not a run-in
		}
	}
	// The rest must be text, not just a number set in another face.
	restLetters := false
	for _, fg := range gs[k:] {
		for _, r := range fg.g.text {
			if unicode.IsLetter(r) {
				restLetters = true
			}
		}
	}
	if !restLetters {
		return 0
	}
	letters := false
	var span strings.Builder
	for _, fg := range gs[:k] {
		span.WriteString(fg.g.text)
		for _, r := range fg.g.text {
			if unicode.IsLetter(r) {
				letters = true
			}
		}
	}
	if !letters {
		return 0
	}
	// The span's bytes in text (spaces may have been inserted inside it).
	want := strings.ReplaceAll(span.String(), " ", "")
	got := 0
	for i, r := range text {
		if got >= len(want) {
			return i
		}
		if r != ' ' {
			got += utf8.RuneLen(r)
		}
	}
	return 0
}

// splitColumns splits visual lines at column gutters. A gap wider than
// gutter × size is a gutter when the lines just above and below are also
// blank over much of it (a gutter is a vertical white strip; a wide
// justified word space is not). Without neighbours to ask, only a gap
// wider than lonelyGap splits.
func splitColumns(accs []*lineAcc) [][]fglyph {
	sort.Slice(accs, func(i, j int) bool {
		if accs[i].dir != accs[j].dir {
			return accs[i].dir < accs[j].dir
		}
		return accs[i].base < accs[j].base
	})
	// Neighbours are compared by their typical size, not the largest
	// glyph (an initial or a symbol would make a line look bigger).
	for _, l := range accs {
		sizes := make([]float64, len(l.gs))
		for i, fg := range l.gs {
			sizes[i] = fg.g.size
		}
		sort.Float64s(sizes)
		l.typical = sizes[len(sizes)/2]
	}
	var out [][]fglyph
	for k, l := range accs {
		gs := l.gs
		start := 0
		for i := 1; i < len(gs); i++ {
			s := min(gs[i-1].g.size, gs[i].g.size)
			g0, g1 := gs[i-1].u1, gs[i].u0
			// Type of another size past a word space is the next
			// column's (a narrow gutter between stories set in slightly
			// different sizes).
			if a, b := gs[i-1].g.size, gs[i].g.size; g1-g0 > 0.3*s && max(a, b) > 1.015*min(a, b) && !script.CJK(lastRune(gs[i-1].g.text)) {
				out = append(out, gs[start:i])
				start = i
				continue
			}
			if g1-g0 <= gutter*s {
				continue
			}
			// Text in another face or size across a wide gap belongs to
			// something else (a caption or byline beside a column).
			a, b := gs[i-1].g, gs[i].g
			if face(gs[i-1]) != face(gs[i]) || max(a.size, b.size) > 1.01*min(a.size, b.size) {
				out = append(out, gs[start:i])
				start = i
				continue
			}
			yes, no := neighbourVotes(accs, k, g0, g1, gs[i-1].f1, gs[i].f0, s)
			// Alone, a wide gap between CJK glyphs in otherwise set-solid
			// text is a gutter too: CJK has no word spaces to stretch.
			lonelyCJK := yes == 0 && no == 0 && g1-g0 > 0.8*s && solid(gs) &&
				script.CJK(lastRune(gs[i-1].g.text)) && script.CJK(firstRune(gs[i].g.text))
			// Alone, a gap also splits when it is much wider than the
			// line's other spaces (two decks side by side); evenly spaced
			// letters (a letter-spaced heading) stay together.
			lonelyWide := yes == 0 && no == 0 && g1-g0 > 1.2*s && g1-g0 > 2.5*usualGap(gs, i)
			// A tie goes to a gap wider than any word space.
			if yes > no || yes == no && yes > 0 && g1-g0 > 1.5*s ||
				no == 0 && (g1-g0 > lonelyGap*s || lonelyCJK || lonelyWide) {
				out = append(out, gs[start:i])
				start = i
			}
		}
		out = append(out, gs[start:])
	}
	return out
}

// neighbourVotes asks up to two lines above and two below accs[k], of the
// same size, whether the gap [g0, g1] is a column gutter for them too:
// yes when they are blank there in the same place or end or start at the
// gap's edges, no when their text runs through it.
//
// [g0, g1] is measured on ink; G0 and G1 are the em-box edges of the same
// glyphs: a neighbour's blank may align with either (justified column
// edges align on em boxes, hanging punctuation does not).
func neighbourVotes(accs []*lineAcc, k int, g0, g1, G0, G1, s float64) (yes, no int) {
	near := func(a, b float64) bool { return math.Abs(a-b) < 0.3*s }
	l := accs[k]
	for _, step := range []int{-1, 1} {
		asked := 0
		for j := k + step; j >= 0 && j < len(accs) && asked < 2; j += step {
			n := accs[j]
			if n.dir != l.dir {
				break
			}
			db := math.Abs(n.base - l.base)
			if db > 4.5*s {
				break
			}
			if db < 0.5*s || len(n.gs) == 0 ||
				n.typical > 1.05*s || s > 1.05*n.typical {
				continue
			}
			n0, n1 := n.gs[0].u0, n.u1
			switch {
			case n0 <= g0 && n1 >= g1:
				// A gutter is as wide in the neighbour as here, give or
				// take a paragraph indent or a short last line: its blank
				// starts or ends where ours does.
				asked++
				if b0, b1 := blank(n.gs, g0, g1); b1-b0 >= 0.5*s && (near(b0, g0) || near(b0, G0) || near(b1, g1) || near(b1, G1)) {
					yes++
				} else {
					no++
				}
			case (near(n1, g0) || near(n1, G0)) && n0 < g0-s,
				(near(n0, g1) || near(n0, G1)) && n1 > g1+s:
				// The neighbour stops at our gap's start or starts at its
				// end: a column edge (the other column's lines are not
				// baseline-aligned with it).
				asked++
				yes++
			}
		}
	}
	return yes, no
}

// blank returns the widest stretch [b0, b1] of [g0, g1] that no glyph of
// gs (sorted by u0) covers.
func blank(gs []fglyph, g0, g1 float64) (b0, b1 float64) {
	i := sort.Search(len(gs), func(i int) bool { return gs[i].u0 >= g0 })
	i = max(i-3, 0)
	cur := g0
	for ; i < len(gs) && gs[i].u0 < g1; i++ {
		if gs[i].u1 <= cur {
			continue
		}
		if gs[i].u0 > cur && gs[i].u0-cur > b1-b0 {
			b0, b1 = cur, gs[i].u0
		}
		cur = max(cur, gs[i].u1)
	}
	if g1 > cur && g1-cur > b1-b0 {
		b0, b1 = cur, g1
	}
	return b0, b1
}

// solid reports whether most glyphs of a line touch their neighbours.
func solid(gs []fglyph) bool {
	tight := 0
	for i := 1; i < len(gs); i++ {
		if gs[i].u0-gs[i-1].u1 < 0.15*gs[i].g.size {
			tight++
		}
	}
	return tight*4 >= (len(gs)-1)*3
}

// usualGap returns the median of the visible gaps of a line other than
// the one before glyph skip.
func usualGap(gs []fglyph, skip int) float64 {
	var gaps []float64
	for i := 1; i < len(gs); i++ {
		if g := gs[i].u0 - gs[i-1].u1; i != skip && g > 0.05*gs[i].g.size {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

// face names a glyph's typeface and weight, for run-in detection.
func face(fg fglyph) string {
	if fg.g.bold {
		return fg.g.font.name + "/b"
	}
	return fg.g.font.name
}

// runInAbove extends a run-in credit backwards: when a line starts with a
// run-in span, the line just above it in the same column that is set
// wholly in the run-in face is part of the credit (RunIn = whole line).
func runInAbove(parts [][]fglyph, lines []page.Line) {
	for i := range lines {
		if lines[i].RunIn == 0 {
			continue
		}
		f, b := face(parts[i][0]), lines[i].Box
		s := lines[i].Size
		for j := range lines {
			a := lines[j].Box
			if j == i || lines[j].RunIn != 0 || parts[j][0].g.dir != 0 ||
				b.Y0-a.Y1 < -0.2*s || b.Y0-a.Y1 > 1.2*s || a.X1 < b.X0 || a.X0 > b.X1 {
				continue
			}
			whole := true
			for _, fg := range parts[j] {
				if face(fg) != f {
					whole = false
					break
				}
			}
			if whole {
				lines[j].RunIn = len(lines[j].Text)
			}
		}
	}
}
