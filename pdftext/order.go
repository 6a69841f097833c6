package pdftext

import (
	"sort"

	"newsprint/page"
)

// order sorts lines into a geometric reading order by recursive XY-cut:
// each region is split at its widest empty band, either a horizontal band
// (read top to bottom) or a vertical one, such as a column gutter (read
// left to right). The widest band wins, so baseline-aligned columns, whose
// shared line gaps are narrower than the gutter, stay whole.
func order(lines []page.Line) []page.Line {
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	out := make([]page.Line, 0, len(lines))
	for _, i := range xycut(lines, idx) {
		out = append(out, lines[i])
	}
	return out
}

const cutEps = 0.5 // points: smaller bands are not gaps

func xycut(lines []page.Line, idx []int) []int {
	// An explicit stack instead of recursion: regions are pushed in
	// reverse so they pop in reading order.
	var out []int
	stack := [][]int{idx}
	for len(stack) > 0 {
		r := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(r) <= 1 {
			out = append(out, r...)
			continue
		}
		hPos, hGap := widestGap(lines, r, false)
		vPos, vGap := widestGap(lines, r, true)
		// Ordinary line spacing is no place for a horizontal cut while a
		// vertical one exists: it would interleave columns line by line.
		if vGap > 0 && hGap < 0.7*medianHeight(lines, r) {
			hGap = 0
		}
		var a, b []int
		switch {
		case hGap <= 0 && vGap <= 0:
			sort.SliceStable(r, func(i, j int) bool {
				bi, bj := lines[r[i]].Box, lines[r[j]].Box
				if bi.Y0 != bj.Y0 {
					return bi.Y0 < bj.Y0
				}
				return bi.X0 < bj.X0
			})
			out = append(out, r...)
			continue
		case vGap > hGap:
			for _, i := range r {
				if lines[i].Box.X1 <= vPos {
					a = append(a, i)
				} else {
					b = append(b, i)
				}
			}
		default:
			for _, i := range r {
				if lines[i].Box.Y1 <= hPos {
					a = append(a, i)
				} else {
					b = append(b, i)
				}
			}
		}
		if len(a) == 0 || len(b) == 0 { // cannot happen with a real gap; never loop
			out = append(out, r...)
			continue
		}
		stack = append(stack, b, a)
	}
	return out
}

// widestGap finds the widest empty band across the region's boxes, along
// X (vertical band) or Y (horizontal band). It returns the band's start
// and width (0 when there is none).
func widestGap(lines []page.Line, r []int, alongX bool) (pos, width float64) {
	type span struct{ lo, hi float64 }
	sp := make([]span, len(r))
	for k, i := range r {
		b := lines[i].Box
		if alongX {
			sp[k] = span{b.X0, b.X1}
		} else {
			sp[k] = span{b.Y0, b.Y1}
		}
	}
	sort.Slice(sp, func(i, j int) bool { return sp[i].lo < sp[j].lo })
	end := sp[0].hi
	for _, s := range sp[1:] {
		if g := s.lo - end; g > cutEps && g > width {
			pos, width = end, g
		}
		end = max(end, s.hi)
	}
	return pos, width
}

func medianHeight(lines []page.Line, r []int) float64 {
	h := make([]float64, len(r))
	for k, i := range r {
		h[k] = lines[i].Box.Height()
	}
	sort.Float64s(h)
	return h[len(h)/2]
}
