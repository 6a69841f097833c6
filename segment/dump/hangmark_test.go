package dump

import "testing"

// On a page that hangs its closing marks past the measure, a line one em
// wider than the column that ends in a comma is one of the column's full
// lines: it costs nothing for its width, as a line of the column's width
// would not. Without hanging marks, or without the mark, it is another
// column's.
func TestHangingMarkKeepsColumn(t *testing.T) {
	const run = "甲乙丙丁戊己庚辛壬癸" // ten ems, running on
	column := func() *chain {
		c := &chain{}
		for i := range 3 {
			c.add(frag{text: run, line: i, w: width(run)})
		}
		return c
	}
	hanging := frag{text: "子丑寅卯辰巳午未申酉，", line: 3}
	hanging.w = width(hanging.text)
	plain := frag{text: "子丑寅卯辰巳午未申酉戌", line: 3}
	plain.w = width(plain.text)

	tr := newTracker(true)
	base := tr.score(column(), hanging)
	tr.hang = true
	if got := tr.score(column(), hanging); got-base < 1.4 {
		t.Errorf("hanging comma line scores %.2f on a hanging page, %.2f elsewhere: want the width penalty gone", got, base)
	}
	if a, b := tr.score(column(), plain), newTracker(true).score(column(), plain); a != b {
		t.Errorf("a wide line without a mark scores %.2f on a hanging page, %.2f elsewhere", a, b)
	}
}

// marksHang tells a page whose comma lines stand one em past the common
// width from one that sets them at that width.
func TestMarksHang(t *testing.T) {
	row := func(s string) []frag { return []frag{{text: s, w: width(s)}} }
	var page, flat [][]frag
	for range 6 {
		page = append(page, row("甲乙丙丁戊己庚辛壬癸"))
		flat = append(flat, row("甲乙丙丁戊己庚辛壬癸"))
	}
	for range 3 {
		page = append(page, row("子丑寅卯辰巳午未申酉，"))
		flat = append(flat, row("子丑寅卯辰巳午未申，"))
	}
	if !marksHang(page) {
		t.Error("comma lines one em past the measure: want the page to hang its marks")
	}
	if marksHang(flat) {
		t.Error("comma lines at the measure: want a page that does not hang its marks")
	}
}

// The tracker that rebuilds a page's columns knows whether the page hangs
// its marks: a Chinese column whose comma lines stand one em past its full
// lines does; the same column set flush, or an English page, does not.
func TestColumnTrackerSeesHungMarks(t *testing.T) {
	const full, hung, flush = "甲乙丙丁戊己庚辛壬癸子丑", "寅卯辰巳午未申酉戌亥天地，", "寅卯辰巳午未申酉戌亥天，"
	page := func(zh bool, comma string) *pageSeg {
		var ls []string
		for range 3 {
			ls = append(ls, full, full, comma)
		}
		s := &pageSeg{zh: zh, lines: ls}
		s.classify()
		return s
	}
	if !page(true, hung).columnTracker().hang {
		t.Error("comma lines one em past the column: want the column tracker to hang marks")
	}
	if page(true, flush).columnTracker().hang {
		t.Error("comma lines at the column's width: want no hanging marks")
	}
	if page(false, hung).columnTracker().hang {
		t.Error("an English page never hangs Chinese marks")
	}
}
