package textdump

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// A layout-mode dump (pdftotext -layout, the text export of many OCR tools)
// prints each row of the page as one line: the columns stand side by side,
// separated by runs of spaces (gutters). The dump segmenter reads a dump in
// which each line belongs to one column and blank lines part the column
// blocks (pdftotext's default mode), so such a page is cut at its gutters
// into cells, the cells of each column are chained into blocks and the
// blocks are printed one after the other in reading order.
//
// The cells keep no geometry: the x positions of a layout dump are character
// cells that the extractor shifts from block to block to keep rows from
// overlapping, so they order a row but are no page coordinates.

// cell is the text of one row between two gutters.
type cell struct {
	row    int
	x0, x1 int // display columns, [x0, x1)
	text   string
	left   *block // the column of the cell printed before it on its row
	// weak: one space parts the cell from the one before it.
	weak bool
}

func (c cell) w() int { return c.x1 - c.x0 }

// runeWidth is the display width of r: CJK characters take two cells.
func runeWidth(r rune) int {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// phrases cuts a row at runs of two or more spaces (one space is a word
// space or a justification gap), and marks where one space parts two CJK
// characters: a weak cut that rowCells keeps only at a narrow gutter.
func phrases(row int, s string) []cell {
	var out []cell
	x, spaces := 0, 0
	start, end := -1, 0 // byte span of the open phrase
	var cur cell
	var prev rune
	flush := func() {
		if start >= 0 {
			cur.text = s[start:end]
			out = append(out, cur)
			start = -1
		}
	}
	for i, r := range s {
		if r == ' ' || r == '\t' {
			spaces++
			x++
			if spaces == 2 {
				flush()
			}
			continue
		}
		weak := start >= 0 && spaces == 1 && wide(prev) && wide(r)
		if weak {
			flush()
		}
		if start < 0 {
			cur = cell{row: row, x0: x, weak: weak}
			start = i
		}
		spaces = 0
		x += runeWidth(r)
		end = i + utf8.RuneLen(r)
		cur.x1 = x
		prev = r
	}
	flush()
	return out
}

// maxRows bounds the rows of a page read as a layout: a printed page has a
// few hundred, and ordering the blocks of a page takes time quadratic in
// their number.
const maxRows = 5000

// maxCells bounds the phrases of a page read as a layout: a printed page
// has a few thousand. Each is weighed against the phrases of the rows
// around it and the columns open beside it, so the time grows with the
// square of a row's phrases (a long line of gaps took minutes).
const maxCells = 10000

// layoutRows returns the phrases of each of a page's lines when the page is
// printed in layout mode (a good share of its lines hold a gap of two
// spaces or more between text), else nil.
func layoutRows(lines []string) [][]cell {
	if len(lines) > maxRows {
		return nil
	}
	rows := make([][]cell, len(lines))
	text, gapped, cells := 0, 0, 0
	for i, l := range lines {
		ps := phrases(i, l)
		if cells += len(ps); cells > maxCells {
			return nil
		}
		rows[i] = ps
		if len(ps) == 0 {
			continue
		}
		text++
		if slices.ContainsFunc(ps[1:], func(p cell) bool { return !p.weak }) {
			gapped++
		}
	}
	if gapped >= 4 && gapped*5 >= text {
		return rows
	}
	return nil
}

// covers reports whether one phrase of a row spans display columns [x0, x1).
func covers(ps []cell, x0, x1 int) bool {
	for _, p := range ps {
		if p.x0 <= x0 && x1 <= p.x1 {
			return true
		}
	}
	return false
}

// wide reports whether r is a CJK (double-width) character or a mark
// that Chinese text sets as one (quotes, dashes, ellipses).
func wide(r rune) bool { return runeWidth(r) == 2 || strings.ContainsRune("“”‘’—…·", r) }

// rowCells cuts row r into cells. A gap of two spaces or more is a gutter
// unless one row just above and one just below run their text across it:
// then it is a justification gap inside an English column. Chinese text is
// justified with single spaces, so a wider gap between CJK characters is
// always a gutter.
func rowCells(rows [][]cell, r int) []cell {
	ps := rows[r]
	if len(ps) < 2 {
		return ps
	}
	near := func(x0, x1 int, ds ...int) bool {
		for _, d := range ds {
			if k := r + d; k >= 0 && k < len(rows) && covers(rows[k], x0, x1) {
				return true
			}
		}
		return false
	}
	// A cell is a run of phrases ps[start:i], joined once it ends: joining
	// phrase by phrase copies a long line over and over.
	var out []cell
	start := 0
	end := func(i int) {
		c := ps[start]
		c.x1 = ps[i-1].x1
		texts := make([]string, 0, i-start)
		for _, p := range ps[start:i] {
			texts = append(texts, p.text)
		}
		c.text = strings.Join(texts, " ")
		out = append(out, c)
		start = i
	}
	for i := 1; i < len(ps); i++ {
		last, p := ps[i-1], ps[i]
		a, _ := utf8.DecodeLastRuneInString(last.text)
		b, _ := utf8.DecodeRuneInString(p.text)
		// A cell of joined phrases holds more than one character.
		lastShort := start == i-1 && short(last)
		if p.weak && (!river(rows, r, p.x0) || lastShort || short(p)) ||
			!wide(a) && !wide(b) && near(last.x1, p.x0, -1, -2) && near(last.x1, p.x0, 1, 2) {
			continue
		}
		end(i)
	}
	end(len(ps))
	return out
}

// short reports whether c holds a single character: a letter-spaced line
// cut at its spaces, no column line.
func short(c cell) bool { return utf8.RuneCountInString(c.text) < 2 }

// river reports whether the text rows around row r (two above, two below)
// part their text near display column x too: then a single space at x in
// row r is a narrow gutter between CJK columns, not a justification gap.
func river(rows [][]cell, r, x int) bool {
	n := 0
	for _, step := range []int{-1, 1} {
		seen := 0
		for k := r + step; k >= 0 && k < len(rows) && seen < 2 && abs(k-r) <= 6; k += step {
			if len(rows[k]) == 0 {
				continue
			}
			seen++
			for _, p := range rows[k][1:] {
				if abs(p.x0-x) <= 5 && utf8.RuneCountInString(p.text) >= 2 {
					n++
					break
				}
			}
		}
	}
	return n >= 2
}

// block is a run of cells of one column.
type block struct {
	top, bottom int
	x0, x1      int
	cells       []cell
	open        bool
	// left is the column beside the block's last cell on its left (nil
	// when that cell led its row).
	left *block
	wmax int // the width of the widest cell
	// gap counts the blank rows between the block's last cell and the
	// row being read.
	gap int
}

// full reports whether c is a full line of the block's column: about as
// wide as its widest. Chinese lines fill the column to a character or so;
// English lines print their letters and soft hyphens one cell each and
// vary more.
func (b *block) full(c cell) bool {
	slack := 4
	if strings.ContainsFunc(c.text, wide) {
		slack = 3
	}
	return c.w() >= b.wmax-slack
}

// unknown stands for a column not yet known, beside a cell.
var unknown = &block{}

// besidePenalty weighs a cell standing beside another column than the
// one the column's last cell stood beside, in display cells: two articles
// whose rows alternate may have columns that start a few cells apart, so
// such a cell goes on a column only when it starts right where the column
// does and no column beside the same neighbour will have it.
const besidePenalty = 5

func (b *block) w() int { return b.x1 - b.x0 }

func (b *block) add(c cell) {
	if len(b.cells) == 0 {
		b.top, b.x0, b.x1 = c.row, c.x0, c.x1
	}
	b.cells = append(b.cells, c)
	b.bottom = c.row
	b.wmax = max(b.wmax, c.w())
	b.x0, b.x1 = min(b.x0, c.x0), max(b.x1, c.x1)
}

func overlap(a0, a1, b0, b1 int) int { return max(0, min(a1, b1)-max(a0, b0)) }

// maxSkip is how many rows of other columns a column may skip and go on:
// two articles set side by side with their lines off by half a line print
// their rows alternately.
const maxSkip = 1

// maxBlank is how many blank rows a column may go on across.
const maxBlank = 3

// maxDrift is how far the left edges of two lines of one column may stand
// apart in a layout dump: an indent, or the extractor's rounding of lines
// that mix CJK and Latin characters.
const maxDrift = 8

func abs(x int) int { return max(x, -x) }

// unlayout turns the lines of a layout-mode page, their phrases in rows
// (layoutRows), into the lines of its column blocks in reading order, a
// blank line after each block. A page whose columns mostly stand a single
// space apart keeps its lines.
func unlayout(lines []string, rows [][]cell) []string {
	cells := make([][]cell, len(rows))
	for r := range rows {
		cells[r] = rowCells(rows, r)
	}
	if weakGutters(cells) {
		// Most gutters are single spaces: the rows read like the lines
		// of a default-mode dump that print the columns sharing a
		// baseline side by side, which the dump segmenter rebuilds
		// columns from; its own reading beats these cells' positions.
		return lines
	}
	blanks := blankRows(rows)
	var blocks, opened []*block
	for r, cs := range cells {
		if len(cs) == 0 {
			continue
		}
		active := goingOn(opened, r, blanks)
		opened = active
		assign := assignCells(cs, active)
		fillGaps(cs, assign, active)
		for i, c := range cs {
			b := assign[i]
			if b == nil || !b.open {
				b = &block{open: true}
				blocks = append(blocks, b)
				opened = append(opened, b)
				assign[i] = b
			}
			if i > 0 {
				c.left = assign[i-1]
			}
			b.add(c)
			b.left = c.left
		}
	}
	return blockLines(blocks)
}

// weakGutters reports rows of cells most of whose gutters are single
// spaces (weak): a page that keeps its lines needs no blocks.
func weakGutters(cells [][]cell) bool {
	weak, strong := 0, 0
	for _, cs := range cells {
		for _, c := range cs[min(1, len(cs)):] {
			if c.weak {
				weak++
			} else {
				strong++
			}
		}
	}
	return weak*2 > strong
}

// blankRows counts, for each row r, the blank rows before it.
func blankRows(rows [][]cell) []int {
	blanks := make([]int, len(rows)+1)
	for r, ps := range rows {
		blanks[r+1] = blanks[r]
		if len(ps) == 0 {
			blanks[r+1]++
		}
	}
	return blanks
}

// goingOn returns the opened blocks that go on at row r, closing the
// others: more rows of other columns than interleaving explains, or a run
// of blank rows, ends a column block.
func goingOn(opened []*block, r int, blanks []int) []*block {
	var active []*block
	for _, b := range opened {
		b.gap = blanks[r] - blanks[b.bottom+1]
		if b.open && (r-b.bottom-1-b.gap > maxSkip || b.gap > maxBlank) {
			b.open = false
		}
		if b.open {
			active = append(active, b)
		}
	}
	return active
}

// assignCells gives each cell of a row the active block it goes on, or
// nil: a block at most one cell of the row, none to a cell that spans two
// blocks or more (a headline or deck across columns, which closes them).
func assignCells(cs []cell, active []*block) []*block {
	assign := make([]*block, len(cs))
	taken := map[*block]bool{}
	for i, c := range cs {
		// The column the cell's left neighbour went on: a column goes
		// on beside the same column row after row.
		var left *block
		if i > 0 {
			left = assign[i-1]
			if left == nil {
				left = unknown
			}
		}
		best, spanned := nearestBlock(c, left, active, taken)
		if len(spanned) >= 2 {
			for _, b := range spanned {
				b.open = false
			}
			best = nil
		}
		assign[i] = best
		taken[best] = true
	}
	return assign
}

// nearestBlock returns the active block not taken that cell c, beside
// left, goes on best (nil for none), and the blocks c spans.
func nearestBlock(c cell, left *block, active []*block, taken map[*block]bool) (*block, []*block) {
	var spanned []*block
	best, bestCost := (*block)(nil), maxDrift+1
	for _, b := range active {
		ov := overlap(c.x0, c.x1, b.x0, b.x1)
		if ov*2 >= b.w() && c.w() > b.w()+b.w()/3+2 {
			spanned = append(spanned, b)
		}
		if taken[b] {
			continue
		}
		// Columns are set flush left: a cell goes on a column that
		// starts where it starts, give or take an indent and the
		// extractor's rounding.
		last := b.cells[len(b.cells)-1]
		// Across blank rows only a full line goes on a full line: the
		// extractor leaves rows blank beside big type, but a column
		// that ends there ends short or the text under it is a heading.
		if b.gap > 0 && !(b.full(last) && b.full(c) && left == b.left) {
			continue
		}
		cost := abs(c.x0 - last.x0)
		if b.gap > 0 {
			cost++ // a column going on right above comes first
		}
		if left != b.left {
			if cost > maxDrift-besidePenalty {
				continue
			}
			cost += besidePenalty
		}
		if cost < bestCost {
			best, bestCost = b, cost
		}
	}
	return best, spanned
}

// blockLines prints the blocks in reading order, each run of blocks one
// column's text runs on in (flows) together, a blank line after each run.
func blockLines(blocks []*block) []string {
	order := readingOrder(blocks)
	next := flows(order)
	var out []string
	followed := map[*block]bool{}
	for _, b := range next {
		followed[b] = true
	}
	for _, b := range order {
		if followed[b] {
			continue
		}
		for ; b != nil; b = next[b] {
			for _, c := range b.cells {
				out = append(out, c.text)
			}
		}
		out = append(out, "")
	}
	return out
}

// flows links each column block to the one its text runs on in: the
// block of two lines or more printed beside it row for row, starting
// beside it and ending no lower (an article's columns share its rows). A
// lone line beside a column is a label or another article's line.
func flows(order []*block) map[*block]*block {
	next := map[*block]*block{}
	taken := map[*block]bool{}
	for _, a := range order {
		for _, b := range order {
			if b == a || taken[b] || b.cells[0].left != a || b.bottom > a.bottom+1 || len(b.cells) < 2 {
				continue
			}
			beside := 0
			for _, c := range b.cells {
				if c.left == a {
					beside++
				}
			}
			if beside*5 >= len(b.cells)*4 {
				next[a], taken[b] = b, true
				break
			}
		}
	}
	return next
}

// fillGaps gives a run of cells that found no column the columns left
// between their neighbours' columns, one each, when there are as many. The
// extractor shifts a row's cells off where their columns stand when a cell
// before them is short.
func fillGaps(cs []cell, assign, active []*block) {
	taken := map[*block]bool{}
	for _, b := range assign {
		taken[b] = true
	}
	x := func(b *block) int { return b.cells[len(b.cells)-1].x0 }
	for i := 0; i < len(cs); i++ {
		if assign[i] != nil {
			continue
		}
		j := i
		for j < len(cs) && assign[j] == nil {
			j++
		}
		if i == 0 && j == len(cs) {
			return // nothing in the row to go by
		}
		lo, hi := -1<<30, 1<<30
		if i > 0 {
			lo = x(assign[i-1])
		}
		if j < len(cs) {
			hi = x(assign[j])
		}
		var free []*block
		for _, b := range active {
			if !taken[b] && b.gap == 0 && lo < x(b) && x(b) < hi {
				free = append(free, b)
			}
		}
		slices.SortFunc(free, func(a, b *block) int { return cmp.Compare(x(a), x(b)) })
		if len(free) == j-i {
			for k, b := range free {
				if abs(x(b)-cs[i+k].x0) <= 3*maxDrift {
					assign[i+k] = b
					taken[b] = true
				}
			}
		}
		i = j
	}
}

// readingOrder sorts blocks top to bottom, and blocks that start on about
// the same row and stand side by side left to right.
func readingOrder(blocks []*block) []*block {
	rest := slices.Clone(blocks)
	slices.SortStableFunc(rest, func(a, b *block) int {
		return cmp.Or(cmp.Compare(a.top, b.top), cmp.Compare(a.x0, b.x0))
	})
	var out []*block
	for len(rest) > 0 {
		k := 0
		for i, b := range rest {
			a := rest[k]
			if b.top > a.top+maxSkip {
				break
			}
			// b starts a row or two lower but stands left of a, beside it.
			if b.x1 <= a.x0+2 && overlap(a.top, a.bottom+1, b.top, b.bottom+1) > 0 {
				k = i
			}
		}
		out = append(out, rest[k])
		rest = slices.Delete(rest, k, k+1)
	}
	return out
}
