package layout

import (
	"math"
	"sort"
	"strings"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// layout turns the assembled articles and the leftover blocks into the
// segmentation result, articles ordered by top edge then left edge.
func (s *state) layout() segment.Layout {
	var out segment.Layout
	for _, a := range s.arts {
		if art, ok := s.article(a); ok {
			out.Articles = append(out.Articles, art)
		}
	}
	sort.SliceStable(out.Articles, func(i, j int) bool {
		a, b := out.Articles[i].BBox, out.Articles[j].BBox
		if math.Abs(a.Y0-b.Y0) > 0.5*s.body {
			return a.Y0 < b.Y0
		}
		return a.X0 < b.X0
	})
	var left []int
	for k := range s.blocks {
		if s.blocks[k].art < 0 {
			left = append(left, k)
		}
	}
	sort.SliceStable(left, func(i, j int) bool {
		a, b := s.blocks[left[i]].box, s.blocks[left[j]].box
		if math.Abs(a.Y0-b.Y0) > 0.5*s.body {
			return a.Y0 < b.Y0
		}
		return a.X0 < b.X0
	})
	out.Blocks = s.furnitureBlocks(left)
	return out
}

// furnitureBlocks merges leftover blocks of one kind on one band (the
// pieces of a page header) and names their kind.
func (s *state) furnitureBlocks(ks []int) []segment.Block {
	var out []segment.Block
	for _, k := range ks {
		b := &s.blocks[k]
		kind := segment.Other
		switch b.role {
		case roleMasthead:
			kind = segment.Masthead
		case roleHeader:
			kind = segment.PageHeader
		case roleSection:
			kind = segment.Section
		case roleBoxed:
			kind = segment.Advert
		case roleCaption:
			kind = segment.Caption
		}
		box := b.box
		if n := len(out); n > 0 && out[n-1].Kind == kind && kind != segment.Other && kind != segment.Caption {
			prev := &out[n-1]
			sameBand := overlapY(*prev.Box, box) > 0
			sameBox := kind == segment.Advert && b.inBox == s.boxOf(*prev.Box)
			if sameBand || sameBox {
				prev.Lines = append(prev.Lines, b.lines...)
				u := prev.Box.Union(box)
				prev.Box = &u
				continue
			}
		}
		out = append(out, segment.Block{Kind: kind, Role: b.role.String(), Lines: b.lines, Box: &box})
	}
	return out
}

// article builds one article from an anchor and the blocks it owns.
func (s *state) article(a *art) (segment.Article, bool) {
	var out segment.Article
	var bbox page.Rect
	for _, k := range a.head {
		b := &s.blocks[k]
		bbox = bbox.Union(b.box)
		switch b.role {
		case roleKicker:
			out.Kicker = append(out.Kicker, b.lines...)
		case roleDeck:
			if n := len(out.Decks); n > 0 && s.ocr && s.deckRunsOn(a.head, k) {
				out.Decks[n-1] = append(append([]page.Line(nil), out.Decks[n-1]...), b.lines...)
				break
			}
			out.Decks = append(out.Decks, b.lines)
		default:
			out.Headline = append(out.Headline, b.lines...)
		}
		out.Blocks = append(out.Blocks, s.segBlock(k))
	}
	var bylines, captions, text []int
	for _, k := range a.blocks {
		switch s.blocks[k].role {
		case roleByline:
			bylines = append(bylines, k)
		case roleCaption:
			captions = append(captions, k)
		default:
			text = append(text, k)
		}
	}
	sort.Slice(bylines, func(i, j int) bool { return s.blocks[bylines[i]].box.Y0 < s.blocks[bylines[j]].box.Y0 })
	for i, k := range bylines {
		b := &s.blocks[k]
		bl, authors, ok := s.parseByline(blockText(b))
		if i+1 < len(bylines) && (!ok || s.creditTail(b, &s.blocks[bylines[i+1]])) {
			// A credit printed over two lines that OCR sized apart.
			bl, authors, _ = s.parseByline(blockText(b) + " " + blockText(&s.blocks[bylines[i+1]]))
		}
		if out.Byline == "" {
			out.Byline = bl
		}
		out.Authors = append(out.Authors, authors...)
		bbox = bbox.Union(b.box)
		out.Blocks = append(out.Blocks, s.segBlock(k))
	}
	var order []int
	out.Body, order = s.flows(text)
	for _, k := range order {
		bbox = bbox.Union(s.blocks[k].box)
		out.Blocks = append(out.Blocks, s.segBlock(k))
	}
	s.credits(&out)
	for _, i := range a.images {
		bbox = bbox.Union(s.images[i])
	}
	sort.Slice(captions, func(i, j int) bool { return rowBefore(s.blocks[captions[i]].box, s.blocks[captions[j]].box) })
	for i, k := range captions {
		b := &s.blocks[k]
		var prev *block
		if i > 0 {
			prev = &s.blocks[captions[i-1]]
		}
		lines := b.lines
		if s.ocr {
			lines = make([]page.Line, len(b.lines))
			for j, l := range b.lines {
				lines[j] = spaceCaptionCredit(l)
			}
		}
		// The credit line of the caption above, or a piece of the same
		// line that OCR cut off, or on a scan the rest of the caption set
		// tight under its first line(s), which a credit closes.
		if prev != nil && (b.img >= 0 && prev.img == b.img || b.img < 0 && prev.img < 0 && sameRow(b.box, prev.box) || b.img < 0 && s.ocr && s.captionRest(prev, b)) {
			n := len(out.Captions) - 1
			out.Captions[n] = rowOrder(append(append([]page.Line(nil), out.Captions[n]...), lines...))
		} else {
			out.Captions = append(out.Captions, lines)
		}
		if _, authors, ok := cues.CaptionCredit(blockText(b)); ok {
			out.Authors = append(out.Authors, authors...)
		} else if authors := s.scanPhotoCredit(blockText(b)); len(authors) > 0 {
			out.Authors = append(out.Authors, authors...)
		}
		bbox = bbox.Union(b.box)
		out.Blocks = append(out.Blocks, s.segBlock(k))
	}
	if len(out.Headline) == 0 && len(out.Body) == 0 && len(out.Captions) == 0 {
		return out, false
	}
	if a.boxed {
		bbox = bbox.Union(page.Rect{X0: a.left, Y0: bbox.Y0, X1: a.right, Y1: bbox.Y1})
	}
	out.BBox = &bbox
	out.Confidence = s.confidence(a, &out)
	return out, true
}

// captionRest reports a caption block b that continues the caption
// block c: on the row of its last line, to its right, or right under it.
func (s *state) captionRest(c, b *block) bool {
	last := *c.lines[len(c.lines)-1].Box
	if sameRow(b.box, last) && b.box.X0 >= last.X1-0.5*s.body {
		return true
	}
	return s.tightUnder(b.box, c.box)
}

// tightUnder reports a box r set right under box above, as a block's lines
// are (OCR's boxes overlap a little), over half the narrower one's width.
func (s *state) tightUnder(r, above page.Rect) bool {
	gap := r.Y0 - above.Y1
	return gap >= -0.3*s.body && gap <= s.maxGap*s.body && r.OverlapX(above) >= 0.5*math.Min(r.Width(), above.Width())
}

func (s *state) segBlock(k int) segment.Block {
	b := &s.blocks[k]
	box := b.box
	return segment.Block{Role: b.role.String(), Lines: b.lines, Box: &box}
}

// flows orders an article's text blocks column by column, top-down within
// a column, one Flow per block; crossheads stand alone. It also returns the
// blocks in that reading order.
func (s *state) flows(ks []int) ([]segment.Flow, []int) {
	type column struct {
		r  page.Rect
		ks []int
		// wide: opened by a block much wider than a column (a line OCR
		// ran across columns), which takes no other block in.
		wide bool
	}
	sort.Slice(ks, func(i, j int) bool { return s.blocks[ks[i]].box.X0 < s.blocks[ks[j]].box.X0 })
	col := 0.0
	if s.ocr {
		col = s.colWidth
	}
	var cols []*column
	for _, k := range ks {
		b := &s.blocks[k]
		// A block much wider than the column (a line OCR ran across
		// columns) must not make it swallow its neighbours.
		wide := b.role != roleCrosshead && col > 0 && b.box.Width() > 1.5*col
		var in *column
		for _, c := range cols {
			if !c.wide && c.r.OverlapX(b.box) >= 0.5*math.Min(c.r.Width(), b.box.Width()) {
				in = c
				break
			}
		}
		if in == nil {
			in = &column{r: b.box, wide: wide}
			cols = append(cols, in)
		}
		in.ks = append(in.ks, k)
		if b.role != roleCrosshead && !wide {
			in.r = in.r.Union(b.box)
		}
	}
	sort.SliceStable(cols, func(i, j int) bool { return cols[i].r.X0 < cols[j].r.X0 })
	var out []segment.Flow
	var order []int
	for _, c := range cols {
		sort.Slice(c.ks, func(i, j int) bool { return s.blocks[c.ks[i]].box.Y0 < s.blocks[c.ks[j]].box.Y0 })
		col := c.r
		order = append(order, c.ks...)
		var prev *block
		for _, k := range c.ks {
			b := &s.blocks[k]
			lines := append([]page.Line(nil), b.lines...)
			switch {
			case b.role == roleCrosshead:
				out = append(out, segment.Flow{Lines: lines, Standalone: true, Column: &col})
			case prev != nil && prev.role != roleCrosshead && b.box.Y0-prev.box.Y1 <= s.maxGap*s.body:
				// Split from the block above by style only (a lead-in
				// credit's font): the same run of text.
				f := &out[len(out)-1]
				f.Lines = append(f.Lines, lines...)
			default:
				out = append(out, segment.Flow{Lines: lines, Column: &col})
			}
			prev = b
		}
	}
	return out, order
}

// credits finds credits printed inside the body: a byline line at the top
// of the first column, a run-in lead at the start of the first paragraph
// (cut from the line), a bracketed credit at the end (removed).
func (s *state) credits(a *segment.Article) {
	if len(a.Body) == 0 {
		return
	}
	first := &a.Body[0]
	if a.Byline == "" && !first.Standalone && len(first.Lines) > 1 && s.creditPlace(first.Lines[0], first.Column) {
		// A credit over the first two lines (one that wraps, "From Our
		// Own / Correspondent", or its title on a line of its own,
		// "Science Correspondent"), else on the first; the story's text
		// follows, a line at least.
		for n := min(2, len(first.Lines)-1); n > 0; n-- {
			t := first.Lines[0].Text
			if n == 2 {
				t += " " + first.Lines[1].Text
			}
			if bl, authors, ok := s.parseByline(t); ok {
				a.Byline, a.Authors = bl, append(authors, a.Authors...)
				first.Lines = first.Lines[n:]
				break
			}
		}
	}
	if len(first.Lines) > 0 && !first.Standalone {
		cutRunIn(a, first)
	}
	// A stray fragment (a caption's tail OCR set in the column) may come
	// before the paragraph that opens with the credit.
	for i := 1; i < min(3, len(a.Body)) && a.Byline == ""; i++ {
		if f := &a.Body[i]; len(f.Lines) > 0 && !f.Standalone {
			cutRunIn(a, f)
			if len(f.Lines) == 0 {
				a.Body = append(a.Body[:i], a.Body[i+1:]...)
			}
		}
	}
	last := &a.Body[len(a.Body)-1]
	if n := len(last.Lines); n > 0 && !last.Standalone {
		bl, authors, ok := cues.TrailingCredit(last.Lines[n-1].Text)
		cut := 1
		if !ok && n > 1 {
			// A credit set flush right in a narrow column wraps
			// ("（记者 某某 通讯员 某" over "某某）").
			bl, authors, ok = cues.WrappedTrailingCredit(last.Lines[n-2].Text, last.Lines[n-1].Text)
			cut = 2
		}
		if ok {
			if a.Byline == "" {
				a.Byline = bl
			}
			a.Authors = append(a.Authors, authors...)
			last.Lines = last.Lines[:n-cut]
			if len(last.Lines) == 0 {
				a.Body = a.Body[:len(a.Body)-1]
			}
		}
	}
}

// cutRunIn finds a lead-in credit at the start of the flow, which may run
// over a few lines, and cuts it from them.
func cutRunIn(a *segment.Article, f *segment.Flow) {
	n := min(3, len(f.Lines))
	var text strings.Builder
	for _, l := range f.Lines[:n] {
		text.WriteString(strings.TrimSpace(l.Text))
	}
	credit, _, authors, ok := runIn(text.String())
	if !ok {
		return
	}
	want := []rune(strings.NewReplacer(" ", "", "\u3000", "").Replace(credit))
	i, used := 0, 0
	for used < n && i < len(want) {
		l := &f.Lines[used]
		cut := -1
		for pos, r := range l.Text {
			if i == len(want) {
				cut = pos
				break
			}
			if r == ' ' || r == '\u3000' || r == '□' || r == '■' {
				continue
			}
			if r != want[i] {
				return // the credit is not where the lines say
			}
			i++
		}
		if cut < 0 {
			used++ // the whole line is credit
			continue
		}
		l.Text = strings.TrimLeft(l.Text[cut:], " \u3000：:；;")
		l.RunIn = 0
		break
	}
	if i < len(want) {
		return
	}
	if a.Byline == "" {
		a.Byline = credit
	}
	a.Authors = append(authors, a.Authors...)
	f.Lines = f.Lines[used:]
	if len(f.Lines) > 0 && strings.TrimSpace(f.Lines[0].Text) == "" {
		f.Lines = f.Lines[1:]
	}
}

// indented reports a line that starts clearly right of its column edge.
func (s *state) indented(l page.Line, col *page.Rect) bool {
	if col == nil || l.Box == nil {
		return false
	}
	return l.Box.X0-col.X0 > 0.8*s.body
}

// confidence is a rough estimate that the article is whole: lower without
// a headline or body, or when its text is thin.
func (s *state) confidence(a *art, out *segment.Article) float64 {
	c := 0.9
	if len(out.Headline) == 0 && !a.boxed {
		c -= 0.3
	}
	if len(out.Body) == 0 {
		c -= 0.3
	}
	n := 0
	for _, f := range out.Body {
		n += len(f.Lines)
	}
	if n < 3 {
		c -= 0.2
	}
	return math.Max(0.1, math.Min(1, c))
}
