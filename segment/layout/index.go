package layout

import (
	"math"
	"slices"
	"sort"

	"newsprint/page"
)

// Dense pages (run tables, classified ads, stock listings) carry tens of
// thousands of lines, and a pass that compares every line with every
// other takes minutes on them. The indexes here let such passes look only
// at the lines near the one at hand; every query returns a superset of
// what the pass's own test accepts, and the test decides as before.

// indexed switches the indexes on; tests switch them off to compare with
// the passes trying every pair.
var indexed = true

// band indexes items by one height on the page (a key) in buckets of a
// fixed height: a query over a band of heights visits the buckets it
// covers. Each bucket lists its items in the order they were added.
// Items whose key is not a usable number are in every query (wild).
type band struct {
	cell    float64
	buckets map[int][]int
	lo, hi  int // lowest and highest bucket used
	wild    []int
}

// maxBucket bounds bucket numbers, so a key far off the page converts to
// an int safely; such a key is wild.
const maxBucket = 1 << 40

// newBand indexes the items 0..n-1 by key, in buckets cell high (a
// cell that is not a positive number puts every item in the wild list).
func newBand(cell float64, n int, key func(i int) float64) *band {
	if !indexed {
		cell = 0
	}
	b := &band{cell: cell, buckets: map[int][]int{}, lo: math.MaxInt, hi: math.MinInt}
	for i := 0; i < n; i++ {
		b.add(i, key(i))
	}
	return b
}

// add puts item i in the bucket of key.
func (b *band) add(i int, key float64) {
	k, ok := b.bucket(key)
	if !ok {
		b.wild = append(b.wild, i)
		return
	}
	b.buckets[k] = append(b.buckets[k], i)
	b.lo, b.hi = min(b.lo, k), max(b.hi, k)
}

// move takes item i from the bucket of key was to that of key now. The
// buckets it changes no longer list their items in order.
func (b *band) move(i int, was, now float64) {
	kw, okw := b.bucket(was)
	kn, okn := b.bucket(now)
	if okw == okn && kw == kn {
		return
	}
	items := b.wild
	if okw {
		items = b.buckets[kw]
	}
	for k, j := range items {
		if j == i {
			items[k] = items[len(items)-1]
			items = items[:len(items)-1]
			break
		}
	}
	switch {
	case !okw:
		b.wild = items
	case len(items) == 0:
		delete(b.buckets, kw)
	default:
		b.buckets[kw] = items
	}
	b.add(i, now)
}

func (b *band) bucket(y float64) (int, bool) {
	if !(b.cell > 0) || math.IsInf(b.cell, 0) {
		return 0, false
	}
	k := math.Floor(y / b.cell)
	if !(math.Abs(k) < maxBucket) { // also NaN
		return 0, false
	}
	return int(k), true
}

// each calls fn with the item list of every bucket covering the keys lo..hi
// and with the wild items, until fn returns true; it reports whether fn did.
// A bound that is not a number leaves that side open.
func (b *band) each(lo, hi float64, fn func(items []int) bool) bool {
	if len(b.wild) > 0 && fn(b.wild) {
		return true
	}
	if len(b.buckets) == 0 {
		return false
	}
	kl, kh := b.lo, b.hi
	if k, ok := b.bucket(lo); ok {
		kl = max(kl, k)
	} else if lo > 0 {
		return false // above every bucket
	}
	if k, ok := b.bucket(hi); ok {
		kh = min(kh, k)
	} else if hi < 0 {
		return false // below every bucket
	}
	if kl > kh {
		return false
	}
	if kh-kl >= len(b.buckets) {
		for k, items := range b.buckets {
			if k >= kl && k <= kh && fn(items) {
				return true
			}
		}
		return false
	}
	for k := kl; k <= kh; k++ {
		if items, ok := b.buckets[k]; ok && fn(items) {
			return true
		}
	}
	return false
}

// spans indexes boxes by their tops, for the boxes that may reach into a
// band of heights: those start at most the tallest box's height above it.
type spans struct {
	tops    *band
	tallest float64
}

func newSpans(cell float64, n int, box func(i int) page.Rect) *spans {
	sp := &spans{tallest: math.Inf(-1)}
	for i := 0; i < n; i++ {
		sp.tallest = max(sp.tallest, box(i).Height())
	}
	sp.tops = newBand(cell, n, func(i int) float64 { return box(i).Y0 })
	return sp
}

// each calls fn with the boxes that may overlap the heights y0..y1 until
// fn returns true, and reports whether it did.
func (sp *spans) each(y0, y1 float64, fn func(i int) bool) bool {
	return sp.tops.each(y0-sp.tallest, y1, func(items []int) bool {
		for _, i := range items {
			if fn(i) {
				return true
			}
		}
		return false
	})
}

// finite reports a number that is neither infinite nor NaN.
func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// typicalHeight is the median height of the line boxes, a bucket height
// for a band over them; 1 when none has a usable height.
func typicalHeight(lines []page.Line) float64 {
	var hs []float64
	for _, l := range lines {
		if h := l.Box.Height(); h > 0 && finite(h) {
			hs = append(hs, h)
		}
	}
	if h := median(hs); h > 0 {
		return h
	}
	return 1
}

// window bounds the lines b a join pass may merge into the line a: b's
// left edge lies in x0..x1 and the middle of its height in y0..y1. A
// window with x0 > x1 takes none.
type window struct{ x0, x1, y0, y1 float64 }

// noWindow takes no line.
var noWindow = window{x0: math.Inf(1), x1: math.Inf(-1), y0: math.Inf(1), y1: math.Inf(-1)}

// rowWindow is the window of the lines whose left edge lies gap0..gap1
// from a's right edge and whose middle lies within dy of a's.
func rowWindow(a page.Line, gap0, gap1, dy float64) window {
	cy := a.Box.CenterY()
	return window{a.Box.X1 + gap0, a.Box.X1 + gap1, cy - dy, cy + dy}
}

// pieceStats are page-wide bounds a window may need: the largest size
// and height of a line, and the smallest height.
type pieceStats struct{ maxSize, maxHeight, minHeight float64 }

func statsOf(lines []page.Line) pieceStats {
	st := pieceStats{maxSize: math.Inf(-1), maxHeight: math.Inf(-1), minHeight: math.Inf(1)}
	for _, l := range lines {
		st.maxSize = max(st.maxSize, lineSize(l))
		st.maxHeight = max(st.maxHeight, l.Box.Height())
		st.minHeight = min(st.minHeight, l.Box.Height())
	}
	return st
}

// pieceIndex finds, for a join pass over lines sorted by left edge, the
// next line at or after a position that lies in a window. It indexes the
// lines by the middle of their height; a bucket lists its lines in page
// order, which is also the order of their left edges, so a window's left
// edges are a run of each bucket found by binary search.
type pieceIndex struct {
	xs   []float64 // left edges, as sorted
	gone []bool
	rows *band
	ok   bool // every left edge and middle height is a number
}

func newPieceIndex(lines []page.Line, gone []bool) *pieceIndex {
	ix := &pieceIndex{xs: make([]float64, len(lines)), gone: gone, ok: indexed}
	for i, l := range lines {
		ix.xs[i] = l.Box.X0
		if !finite(l.Box.X0) || !finite(l.Box.CenterY()) {
			ix.ok = false
		}
	}
	if ix.ok {
		ix.rows = newBand(typicalHeight(lines), len(lines), func(i int) float64 { return lines[i].Box.CenterY() })
	}
	return ix
}

// next returns the first line from `from` on that is not gone and lies in
// w; len(lines) if none. Without an index (a coordinate that is not a
// number) every line not gone is next in turn.
func (ix *pieceIndex) next(from int, w window) int {
	n := len(ix.xs)
	if !ix.ok {
		for from < n && ix.gone[from] {
			from++
		}
		return from
	}
	if w.x0 > w.x1 || w.y0 > w.y1 {
		return n // an empty window (NaN bounds leave it open)
	}
	// Widen the window by a rounding error's worth: it must not lose a
	// line its test would take.
	w.x0 -= 1e-9 * (1 + math.Abs(w.x0))
	w.x1 += 1e-9 * (1 + math.Abs(w.x1))
	w.y0 -= 1e-9 * (1 + math.Abs(w.y0))
	w.y1 += 1e-9 * (1 + math.Abs(w.y1))
	if math.IsNaN(w.x0) {
		w.x0 = math.Inf(-1)
	}
	if math.IsNaN(w.x1) {
		w.x1 = math.Inf(1)
	}
	best := n
	ix.rows.each(w.y0, w.y1, func(items []int) bool {
		p := max(sort.SearchInts(items, from), sort.Search(len(items), func(k int) bool { return ix.xs[items[k]] >= w.x0 }))
		for ; p < len(items) && items[p] < best && ix.xs[items[p]] <= w.x1; p++ {
			if !ix.gone[items[p]] {
				best = items[p]
				break
			}
		}
		return false
	})
	return best
}

// edgeIndex indexes items (blocks) by one height each (the bottom of
// their last line), in buckets, each sorted from the greatest height
// down, items of one height in their own order: a walk meets the closest
// items above a line first.
type edgeIndex struct {
	cell    float64
	buckets map[int][]edge
	keys    []int // the buckets made, from the greatest down
}

type edge struct {
	y float64
	i int
}

// before orders edges from the greatest height down, then by item.
func (a edge) before(b edge) bool { return a.y > b.y || a.y == b.y && a.i < b.i }

func newEdgeIndex(cell float64) *edgeIndex {
	return &edgeIndex{cell: cell, buckets: map[int][]edge{}}
}

// bucket is the bucket of height y; heights beyond maxBucket buckets
// share the last one. The cell and y must be finite, the cell positive.
func (e *edgeIndex) bucket(y float64) int {
	return int(max(-maxBucket, min(maxBucket, math.Floor(y/e.cell))))
}

// at is the position in keys of the greatest bucket not above k.
func (e *edgeIndex) at(k int) int {
	return sort.Search(len(e.keys), func(n int) bool { return e.keys[n] <= k })
}

func (e *edgeIndex) insert(en edge) {
	k := e.bucket(en.y)
	b, ok := e.buckets[k]
	if !ok {
		e.keys = slices.Insert(e.keys, e.at(k), k)
	}
	p := sort.Search(len(b), func(n int) bool { return !b[n].before(en) })
	e.buckets[k] = slices.Insert(b, p, en)
}

func (e *edgeIndex) remove(en edge) {
	k := e.bucket(en.y)
	b := e.buckets[k]
	p := sort.Search(len(b), func(n int) bool { return !b[n].before(en) })
	if p < len(b) && b[p] == en {
		e.buckets[k] = slices.Delete(b, p, p+1)
	}
}

// walk calls fn with the items at heights lo..hi, from the greatest height
// down, until fn returns true.
func (e *edgeIndex) walk(lo, hi float64, fn func(i int, y float64) bool) {
	if math.IsNaN(lo) {
		lo = math.Inf(-1)
	}
	if math.IsNaN(hi) {
		hi = math.Inf(1)
	}
	kl := e.bucket(lo)
	for _, k := range e.keys[e.at(e.bucket(hi)):] {
		if k < kl {
			return
		}
		b := e.buckets[k]
		for p := sort.Search(len(b), func(n int) bool { return b[n].y <= hi }); p < len(b) && b[p].y >= lo; p++ {
			if fn(b[p].i, b[p].y) {
				return
			}
		}
	}
}

// rowEdges indexes lines by the top and the bottom of their boxes, for the
// tests that look for a line on the row right above or below another
// (nextRow). It follows the lines as they grow (grew).
type rowEdges struct {
	lines         []page.Line
	tops, bottoms *band
}

func newRowEdges(lines []page.Line) *rowEdges {
	cell := typicalHeight(lines)
	return &rowEdges{
		lines:   lines,
		tops:    newBand(cell, len(lines), func(i int) float64 { return lines[i].Box.Y0 }),
		bottoms: newBand(cell, len(lines), func(i int) float64 { return lines[i].Box.Y1 }),
	}
}

// grew moves line i, whose box was was, to its box's rows now.
func (e *rowEdges) grew(i int, was page.Rect) {
	e.tops.move(i, was.Y0, e.lines[i].Box.Y0)
	e.bottoms.move(i, was.Y1, e.lines[i].Box.Y1)
}

// nextRow calls fn with the lines that may lie on the row right above or
// right below r (nextRow: ending up to a body size over its top, or
// starting up to one under its bottom), until fn returns true, and
// reports whether it did.
func (e *rowEdges) nextRow(r page.Rect, body float64, fn func(o *page.Line) bool) bool {
	visit := func(items []int) bool {
		for _, i := range items {
			if fn(&e.lines[i]) {
				return true
			}
		}
		return false
	}
	return e.bottoms.each(r.Y0-body, r.Y0+0.3*body, visit) || e.tops.each(r.Y1-0.3*body, r.Y1+body, visit)
}

// blockRows indexes the blocks by the bottom of their boxes (walked from
// the lowest up) and by their tops (walked from the highest down), for
// neighbour, while the blocks keep their boxes.
type blockRows struct {
	bottoms, tops *edgeIndex // tops are keyed by the top's negative
	n             int        // how many blocks there were
}

// indexBlocks indexes the blocks as they are; nil when a box has a
// coordinate that is not a number.
func (s *state) indexBlocks() *blockRows {
	if !indexed {
		return nil
	}
	var hs []float64
	for k := range s.blocks {
		r := s.blocks[k].box
		if !finite(r.Y0) || !finite(r.Y1) {
			return nil
		}
		if h := r.Height(); h > 0 {
			hs = append(hs, h)
		}
	}
	cell := median(hs)
	if !(cell > 0) || !finite(cell) {
		cell = 1
	}
	ix := &blockRows{bottoms: newEdgeIndex(cell), tops: newEdgeIndex(cell), n: len(s.blocks)}
	for k := range s.blocks {
		ix.bottoms.insert(edge{s.blocks[k].box.Y1, k})
		ix.tops.insert(edge{-s.blocks[k].box.Y0, k})
	}
	return ix
}

// indexRows indexes the blocks for neighbour while a pass that moves no
// block's box runs, and returns the function that drops the index when it
// ends (blocks added or moved later would make it stale): defer
// s.indexRows()().
func (s *state) indexRows() (drop func()) {
	s.rows = s.indexBlocks()
	return func() { s.rows = nil }
}
