package textdump

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A stream-order dump (pdftotext -raw, PDFBox or pdfminer in content-stream
// order, many CMS exports) prints each article mostly whole and in order
// but with no blank lines at all: headlines, bylines and captions stand on
// their own lines among the body lines, and English soft-hyphen syllables
// (U+00AD, and the U+2010 hyphen the typesetter added at a line end) are
// printed as lines of their own. The dump segmenter reads blank-line blocks
// (pdftotext's default mode), so such a page is given them: the syllables
// are joined back into their lines, and the lines that stand apart from the
// column runs around them (headlines, bylines, captions) become blocks.

// rawMinLines is the fewest text lines a page needs to be told a stream
// dump: a short default-mode page may print no blank line either.
const rawMinLines = 20

// rawPage reports whether a page's lines form a stream-order dump: many
// text lines and (almost) no blank ones. Default-mode dumps part every
// block with a blank line (a few in a hundred lines at the least). Blank
// lines before and after the text (the newline that ends the file) do not
// count.
func rawPage(lines []string) bool {
	blankLine := func(l string) bool { return strings.TrimSpace(l) == "" }
	for len(lines) > 0 && blankLine(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && blankLine(lines[0]) {
		lines = lines[1:]
	}
	text, blank := 0, 0
	for _, l := range lines {
		if blankLine(l) {
			blank++
		} else {
			text++
		}
	}
	return text >= rawMinLines && blank*100 < text
}

// unraw turns a stream-order page in language lang into blank-line blocks:
// a block starts where a line stands alone after column text, and where
// column text resumes after lines that stood alone.
func unraw(lines []string, lang string) []string {
	lines = joinSyllables(lines)
	w := make([]int, len(lines))
	for i, l := range lines {
		w[i] = textWidth(l)
	}
	alone := make([]bool, len(lines))
	for i, l := range lines {
		alone[i] = standsAlone(w, i, l)
	}
	// The first lines of a headline may be as wide as the column: they head
	// the short lines that stand alone after them when they do not close a
	// sentence and the line before them did (or stood alone).
	// English headlines run to three lines; Chinese dumps also cut body
	// lines short at quotes and title marks, so there only the line right
	// above a lone short line is taken (measured on stream dumps of both).
	up := 1
	if lang == "en" {
		up = 3
	}
	var text []int // the text lines so far
	for i := range lines {
		if w[i] == 0 {
			continue
		}
		text = append(text, i)
		n := len(text) - 1
		if !alone[i] {
			continue
		}
		for k := n - 1; k >= 0 && k >= n-up; k-- {
			j := text[k]
			if alone[j] || closes(lines[j]) || w[i] > w[j] {
				break
			}
			if k == 0 || alone[text[k-1]] || closes(lines[text[k-1]]) {
				for _, m := range text[k:n] {
					alone[m] = true
				}
				break
			}
		}
	}
	var out []string
	prev := false
	for i, l := range lines {
		if w[i] == 0 {
			continue
		}
		if alone[i] != prev && len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
		out = append(out, l)
		prev = alone[i]
		if len(out) == 1 {
			// The page's first line, wider than its columns, is its
			// running head: a block of its own.
			if col := columnWidth(w, i); w[i] > col+2*tolerance(l, col) {
				out = append(out, "")
				prev = false
			}
		}
	}
	return out
}

// closes reports whether a line ends a sentence.
func closes(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
	return strings.ContainsRune("。！？!?.…”\"’'）)」』", r)
}

// joinSyllables joins a line that ends with a soft hyphen to the next one,
// and a line holding only a hyphen, or opening with a mark that closes a
// clause, to the one before it: a stream dump breaks the line at each
// syllable an English typesetter may hyphenate, and before a mark hung in
// the margin.
func joinSyllables(lines []string) []string {
	var out []string
	// The line being joined is built up in cur, not by adding to a string:
	// a dump whose every line ends in a soft hyphen joins into one line.
	var cur strings.Builder
	has := false  // cur holds a line, out gets it when the next starts
	open := false // cur ends with a soft hyphen
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case has && (open && t != "" || t == "\u2010" || opensWithClosing(t)):
			cur.WriteString(t)
		default:
			if has {
				out = append(out, cur.String())
			}
			cur.Reset()
			cur.WriteString(l)
			has = true
		}
		if t != "" {
			open = strings.HasSuffix(t, "\u00ad")
		}
	}
	if has {
		out = append(out, cur.String())
	}
	return out
}

// opensWithClosing reports whether a line starts with punctuation that
// closes a clause (，。；、） and the like).
func opensWithClosing(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("，。；：、！？）》」』”", r)
}

// textWidth is the display width of a line: CJK characters take two
// cells; soft hyphens and the justification spaces between CJK characters
// take none.
func textWidth(s string) int {
	n := 0
	var prev rune
	rs := []rune(strings.TrimSpace(s))
	for i, r := range rs {
		switch {
		case r == '\u00ad':
			continue
		case r == ' ' || r == '\u3000':
			if wide(prev) || i+1 < len(rs) && wide(rs[i+1]) {
				continue
			}
		}
		n += runeWidth(r)
		prev = r
	}
	return n
}

// rawWindow is how many lines on each side set the column width a line is
// measured against.
const rawWindow = 6

// standsAlone reports whether line i is no part of the column text around
// it: much wider than the column (a caption or a banner set across
// columns), or short after a line that was short too (a headline or a
// byline, not the last line of a paragraph).
func standsAlone(w []int, i int, line string) bool {
	col := columnWidth(w, i)
	if col == 0 || w[i] == 0 {
		return false
	}
	tol := tolerance(line, col)
	if w[i] > col+2*tol {
		return true
	}
	short := func(j int) bool { return j < 0 || w[j] == 0 || w[j] < col-tol || w[j] > col+2*tol }
	return short(i) && short(i-1)
}

// tolerance is how much narrower than its column a line may be and still
// be full: CJK text is justified to a few cells; Latin text is counted in
// characters of unequal width.
func tolerance(line string, col int) int {
	if strings.ContainsFunc(line, wide) {
		return max(2, col/5)
	}
	return max(2, col/4)
}

// columnWidth is the median width of the text lines around line i.
func columnWidth(w []int, i int) int {
	var ws []int
	for j := max(0, i-rawWindow); j < min(len(w), i+rawWindow+1); j++ {
		if w[j] > 0 {
			ws = append(ws, w[j])
		}
	}
	if len(ws) == 0 {
		return 0
	}
	slices.Sort(ws)
	return ws[len(ws)/2]
}
