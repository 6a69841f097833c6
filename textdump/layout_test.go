package textdump

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// readLines reads a testdata dump and returns the text of its first page.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return pageLines(t, data)
}

// pageLines reads a dump and returns the text of its first page.
func pageLines(t *testing.T, data []byte) []string {
	t.Helper()
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range doc.Pages[0].Lines {
		out = append(out, l.Text)
	}
	return out
}

// checkLines checks the lines of a testdata dump's first page, blank ones
// included.
func checkLines(t *testing.T, name string, want []string) {
	t.Helper()
	if got := readLines(t, name); !slices.Equal(got, want) {
		t.Errorf("lines:\n%s", strings.Join(got, "\n"))
	}
}

// nonBlank drops blank lines.
func nonBlank(ls []string) []string {
	return slices.DeleteFunc(slices.Clone(ls), func(s string) bool { return strings.TrimSpace(s) == "" })
}

// A layout-mode page comes out column after column: each column whole and
// in order, the headline and byline over them first, the justification
// gaps of a column closed up.
func TestLayoutColumns(t *testing.T) {
	cases := map[string][]string{
		"layout-en.txt": {
			"Harbour bridge to reopen after winter repairs",
			"By Mary Stone, Staff Writer",
			"The old harbour bridge will",
			"reopen to traffic next week,",
			"the city council said on",
			"Monday after four months of",
			"repairs to its deck.",
			"Engineers replaced the worn",
			"steel plates and painted the",
			"whole span in a grey that",
			"matches the original design.",
			"Drivers had used a ferry",
			"during the closure, which",
			"added half an hour to most",
			"trips across the water.",
			"The council thanked them.",
		},
		"layout-zh.txt": {
			"新城公园今日开放迎客",
			"□本报记者 王明",
			"新城公园位于城市东",
			"部，占地一百二十公顷，",
			"建有湖泊、草坪和步道。",
			"公园管理处介绍，园",
			"内种植了四十多种树木，",
			"春天花开时景色宜人。",
			"开园首日，许多市民",
			"带着孩子前来游玩，在",
			"湖边散步、拍照留念。",
			"管理处提醒游客爱护",
			"花草树木，不要随意丢",
			"弃垃圾。",
		},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			got := readLines(t, name)
			if !slices.Equal(nonBlank(got), want) {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// The columns of one article follow each other without a blank line (the
// text runs on from one to the next); the headline block is set apart.
func TestLayoutFlow(t *testing.T) {
	got := readLines(t, "layout-zh.txt")
	i := slices.Index(got, "部，占地一百二十公顷，")
	j := slices.Index(got, "弃垃圾。")
	if i < 0 || j < 0 || slices.Contains(got[i:j], "") {
		t.Errorf("columns not one block:\n%s", strings.Join(got, "\n"))
	}
	if k := slices.Index(got, "□本报记者 王明"); k < 0 || got[k+1] != "" {
		t.Errorf("byline not set apart from the columns:\n%s", strings.Join(got, "\n"))
	}
}

// A default-mode dump, and a layout page whose columns mostly stand one
// space apart (the dump segmenter splits such rows itself), keep their
// lines as printed.
func TestLayoutLeftAlone(t *testing.T) {
	for _, name := range []string{"default-zh.txt", "tight-zh.txt"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("testdata/" + name)
			if err != nil {
				t.Fatal(err)
			}
			checkLines(t, name, strings.Split(string(data), "\n"))
		})
	}
}

// CJK characters are two display cells wide, so the gutters of a Chinese
// page line up from row to row.
func TestPhrasesWidth(t *testing.T) {
	ps := phrases(0, "新城公园  ab cd   东部")
	if len(ps) != 3 {
		t.Fatalf("phrases %+v", ps)
	}
	if ps[0].x1 != 8 || ps[1].x0 != 10 || ps[1].text != "ab cd" || ps[2].x0 != 18 || ps[2].x1 != 22 {
		t.Errorf("phrases %+v", ps)
	}
}

// Columns go on across rows the extractor leaves blank beside big type
// (full lines on both sides, beside the same column); a short heading
// after blank rows opens a block of its own.
func TestLayoutAcrossBlankRows(t *testing.T) {
	checkLines(t, "layout-blank.txt", []string{
		"The old harbour bridge will",
		"reopen to traffic next week,",
		"the city council said late on",
		"Monday after four months of",
		"repairs to its deck and rails.",
		"Engineers replaced the worn",
		"whole span in a grey that",
		"matches the original design.",
		"Drivers had used a ferry",
		"during the closure, which",
		"added half an hour to most",
		"trips across the water.",
		"",
		"Council Notes",
		"Meetings resume in the spring.",
		"",
	})
}

// A single space between CJK text is a gutter where the rows around part
// there too, quote marks counting as CJK; a letter-spaced line is not cut
// into single characters.
func TestNarrowGutter(t *testing.T) {
	lines := []string{
		"公园位于城市东部，建 春天花开时景色宜人。",
		"有湖泊、草坪和步道， 开园首日，许多市民带",
		"市民称它为城市绿肺， “脚力”很好，在湖边散",
		"管理处介绍，园内种植 着孩子前来游玩，他们",
		"四十多种树木，四季常 步、拍照留念。",
		"作 家 艺 术 家 不 断 增 强 时 代",
	}
	rows := make([][]cell, len(lines))
	for i, l := range lines {
		rows[i] = phrases(i, l)
	}
	cs := rowCells(rows, 2)
	if len(cs) != 2 || cs[0].text != "市民称它为城市绿肺，" || cs[1].text != "“脚力”很好，在湖边散" {
		t.Errorf("row 2 cells %+v", cs)
	}
	if cs := rowCells(rows, 5); len(cs) != 1 {
		t.Errorf("letter-spaced row cut: %+v", cs)
	}
}

// A lone line printed beside a column is no column its text runs on in:
// it stays a block of its own.
func TestLayoutLoneCell(t *testing.T) {
	checkLines(t, "layout-lone.txt", []string{
		"The old harbour bridge will",
		"reopen to traffic next week,",
		"the city council said late on",
		"Monday after four months of",
		"repairs to its deck and rails.",
		"whole span in a grey that",
		"matches the original design.",
		"Drivers had used a ferry",
		"during the closure, which",
		"added half an hour to trips.",
		"",
		"Weather: fair",
		"",
	})
}

// A page of more phrases than a printed page holds (maxCells) is not read
// as a layout: placing its cells takes time with the square of a row's
// phrases. Its lines stay as printed.
func TestLayoutTooManyCells(t *testing.T) {
	data, err := os.ReadFile("testdata/layout-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.TrimRight(string(data), "\n")
	long := strings.Repeat("ab  ", maxCells)
	lines := pageLines(t, []byte(page+"\n"+long))
	want := strings.Split(page+"\n"+strings.TrimRight(long, " "), "\n")
	if !slices.Equal(lines, want) {
		t.Errorf("a page of %d phrases was cut at its gutters", maxCells+len(want))
	}
}
