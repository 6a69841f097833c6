package reflow

import (
	"sort"
	"strings"

	"newsprint/page"
	"newsprint/segment"
)

// mergeColumns repairs positioned flows before paragraphs are built.
// Consecutive flows set in the same column box are one column read top to
// bottom, so their lines are put in vertical order, and pieces of one
// printed line (a justified line whose wide word gaps split it into
// several boxes) are joined left to right. Flows without a column box or
// with a line without a box are left as they are.
func mergeColumns(flows []segment.Flow) []segment.Flow {
	var out []segment.Flow
	for i := 0; i < len(flows); {
		if !mergeable(flows[i]) {
			out = append(out, flows[i])
			i++
			continue
		}
		j := i + 1
		for j < len(flows) && mergeable(flows[j]) && *flows[j].Column == *flows[i].Column {
			j++
		}
		var ls []page.Line
		for _, f := range flows[i:j] {
			ls = append(ls, f.Lines...)
		}
		if !oneColumn(ls, *flows[i].Column) || twoColumns(ls, *flows[i].Column) {
			out = append(out, flows[i:j]...)
		} else {
			out = append(out, segment.Flow{Lines: rows(ls), Column: flows[i].Column})
		}
		i = j
	}
	return out
}

func mergeable(f segment.Flow) bool {
	if f.Standalone || f.Column == nil {
		return false
	}
	for _, l := range f.Lines {
		if l.Box == nil {
			return false
		}
	}
	return true
}

// oneColumn reports whether a good part of the lines fill the column box,
// as the lines of one column do, rather than half of it (a box spanning two
// columns, whose lines must not be interleaved by sorting).
func oneColumn(ls []page.Line, col page.Rect) bool {
	full := 0
	for _, l := range ls {
		if l.Box.Width() >= 0.75*col.Width() {
			full++
		}
	}
	return 4*full >= len(ls)
}

// twoColumns reports whether printed rows hold two long pieces side by
// side: a line split at its wide word gaps mostly gives short pieces, while
// rows of two pieces that each fill a good part of the box, row after row,
// are lines of two columns, and the flows are not one column after all.
func twoColumns(ls []page.Line, col page.Rect) bool {
	long := make([]page.Line, 0, len(ls))
	for _, l := range ls {
		if l.Box.Width() >= 0.4*col.Width() {
			long = append(long, l)
		}
	}
	sort.Slice(long, func(i, j int) bool { return long[i].Box.Y0 < long[j].Box.Y0 })
	pairs := 0
	for i := range long {
		a := *long[i].Box
		for j := i + 1; j < len(long) && long[j].Box.Y0 < a.Y1; j++ {
			if b := *long[j].Box; sameRow(a, b) && a.OverlapX(b) <= 0 {
				pairs++
				break
			}
		}
	}
	return pairs >= 2
}

// rows sorts lines top to bottom and joins the ones that share a baseline.
func rows(ls []page.Line) []page.Line {
	ls = append([]page.Line(nil), ls...)
	sort.SliceStable(ls, func(a, b int) bool {
		return ls[a].Box.Y0+ls[a].Box.Y1 < ls[b].Box.Y0+ls[b].Box.Y1
	})
	var out []page.Line
	for i := 0; i < len(ls); {
		row := []page.Line{ls[i]}
		j := i + 1
		for j < len(ls) && sameRow(*ls[i].Box, *ls[j].Box) {
			row = append(row, ls[j])
			j++
		}
		out = append(out, joinRow(row))
		i = j
	}
	return out
}

// sameRow: the boxes overlap vertically by more than half the smaller one.
func sameRow(a, b page.Rect) bool {
	ov := min(a.Y1, b.Y1) - max(a.Y0, b.Y0)
	return ov > 0.5*min(a.Height(), b.Height())
}

func joinRow(row []page.Line) page.Line {
	if len(row) == 1 {
		return row[0]
	}
	sort.SliceStable(row, func(a, b int) bool { return row[a].Box.X0 < row[b].Box.X0 })
	l := row[0]
	box := *l.Box
	var b strings.Builder
	b.WriteString(strings.TrimRight(l.Text, " "))
	for _, r := range row[1:] {
		t := strings.TrimSpace(r.Text)
		if t == "" {
			continue
		}
		b.WriteString(joinSep(Body(b.String()), Body(t)))
		b.WriteString(t)
		box = box.Union(*r.Box)
		l.Size = max(l.Size, r.Size)
		l.Conf = min(l.Conf, r.Conf)
	}
	l.Text, l.Box, l.RunIn, l.Words = b.String(), &box, 0, nil
	return l
}

// columns returns the column box each flow's lines are measured against.
// A flow's Column is trusted when its lines fill it; a box much wider than
// the lines (an article's box given for one of its columns) would make
// every line look short and indented, so the lines' own extent is used,
// widened by the flows of the same column when a flow has few lines.
func columns(flows []segment.Flow) []page.Rect {
	own := make([]page.Rect, len(flows))
	n := make([]int, len(flows))
	for i, f := range flows {
		for _, l := range f.Lines {
			if l.Box != nil && !l.Blank() {
				own[i] = own[i].Union(*l.Box)
				n[i]++
			}
		}
	}
	cols := make([]page.Rect, len(flows))
	for i, f := range flows {
		c := own[i]
		if f.Column != nil && !own[i].Empty() && own[i].Width() >= 0.75*f.Column.Width() {
			c = own[i].Union(*f.Column)
		} else if n[i] < 3 && !own[i].Empty() {
			for j := range flows {
				if j != i && n[j] >= 3 && !flows[j].Standalone && own[i].OverlapX(own[j]) > 0.5*own[i].Width() {
					c.X0, c.X1 = min(c.X0, own[j].X0), max(c.X1, own[j].X1)
				}
			}
		}
		cols[i] = c
	}
	return cols
}
