package reflow

import (
	"strings"
	"unicode/utf8"

	"newsprint/script"
)

const shy = '\u00ad' // soft hyphen: a hyphenation point, invisible unless the line breaks there

// isSpace reports white space, including the ideographic space U+3000 and
// NBSP that extractors emit for indents and padding.
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\r' || r == '\n' || r == '\f' || r == '\v'
}

// invisible runes are dropped from every text: zero-width characters, the
// BOM and the decorative box that marks bylines and captions.
func invisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '□'
}

// cjkSide reports whether the rune at i of rs is CJK for spacing purposes:
// a CJK rune, or a run of shared marks (script.Shared) whose neighbour on
// the far side (step -1 looks left, +1 right) is CJK.
func cjkSide(rs []rune, i, step int) bool {
	for ; i >= 0 && i < len(rs); i += step {
		if script.CJK(rs[i]) {
			return true
		}
		if !script.Shared(rs[i]) {
			return false
		}
	}
	return false
}

// gap is a run of white space inside a line, between rs[left] and rs[right].
type gap struct{ left, right int }

// lineInfo describes the spacing of one line.
type lineInfo struct {
	runes []rune // soft hyphens and invisibles removed, ends trimmed
	gaps  []gap
	// cjkGaps counts gaps with CJK on both sides; cjkPairs counts adjacent
	// CJK pairs, spaced or not.
	cjkGaps, cjkPairs int
}

func scan(s string) lineInfo {
	var li lineInfo
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if r == shy || invisible(r) {
			continue
		}
		rs = append(rs, r)
	}
	// trim
	a, b := 0, len(rs)
	for a < b && isSpace(rs[a]) {
		a++
	}
	for b > a && isSpace(rs[b-1]) {
		b--
	}
	rs = rs[a:b]
	li.runes = rs
	prev := -1 // index of the last non-space rune
	for i, r := range rs {
		if isSpace(r) {
			continue
		}
		if prev >= 0 {
			both := cjkSide(rs, prev, -1) && cjkSide(rs, i, 1)
			if both {
				li.cjkPairs++
			}
			if i > prev+1 {
				li.gaps = append(li.gaps, gap{prev, i})
				if both {
					li.cjkGaps++
				}
			}
		}
		prev = i
	}
	return li
}

// letterSpaced reports whether a line was stretched by inserting spaces
// between CJK characters (justification or letter-spaced headings), as
// opposed to a line with one printed gap between two phrases.
func (li lineInfo) letterSpaced() bool {
	if li.cjkGaps == 0 {
		return false
	}
	if 3*li.cjkGaps >= li.cjkPairs {
		return true
	}
	// A printed gap separates phrases; a gap next to a lone character
	// (one between two gaps, or at a line end) is letter-spacing.
	for _, g := range li.gaps {
		if cjkSide(li.runes, g.left, -1) && cjkSide(li.runes, g.right, 1) &&
			(!cjkSide(li.runes, g.left-1, -1) || !cjkSide(li.runes, g.right+1, 1)) {
			return true
		}
	}
	return false
}

// render writes the line with its gaps resolved. Gaps touching CJK text are
// removed, except a printed gap between two CJK phrases when keepPhrase is
// set and the line is not letter-spaced; other gaps become one space.
func (li lineInfo) render(keepPhrase bool) string {
	keep := keepPhrase && !li.letterSpaced()
	var b strings.Builder
	gi := 0
	for i, r := range li.runes {
		if isSpace(r) {
			continue
		}
		if gi < len(li.gaps) && li.gaps[gi].right == i {
			g := li.gaps[gi]
			gi++
			l, rr := cjkSide(li.runes, g.left, -1), cjkSide(li.runes, g.right, 1)
			switch {
			case l && rr && keep:
				b.WriteByte(' ')
			case l || rr:
				// Latin or digits next to CJK are set solid in Chinese text.
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Body normalises one body line: soft hyphens and invisible marks removed,
// every space touching CJK text removed, other white space collapsed.
func Body(s string) string { return scan(s).render(false) }

// HeadingLine normalises one line of a heading: like Body, but a single
// printed gap between two CJK phrases on a line that is not letter-spaced
// is kept ("守护绿水青山 建设美丽家园").
func HeadingLine(s string) string { return scan(s).render(true) }

// displayWidth is the width of s in columns: 2 for wide (CJK) characters,
// 1 for the rest; spaces are not counted when the line is CJK, since there
// they are justification, not text.
func displayWidth(s string) int {
	w := 0
	cjk := strings.ContainsFunc(s, script.CJK)
	for _, r := range s {
		switch {
		case r == shy || invisible(r):
		case isSpace(r):
			if !cjk {
				w++
			}
		case script.CJK(r):
			w += 2
		case script.Shared(r) && cjk:
			w += 2
		default:
			w++
		}
	}
	return w
}

// joinSep returns the separator to put between two normalised pieces of
// text when a line break between them is removed: nothing when either side
// is CJK, a space between Latin words and numbers.
func joinSep(prev, next string) string {
	if prev == "" || next == "" {
		return ""
	}
	pr, nr := []rune(prev), []rune(next)
	pi := len(pr) - 1
	if cjkSide(pr, pi, -1) || cjkSide(nr, 0, 1) {
		return ""
	}
	// A closed-up dash at a line end (word—word) stays closed.
	if (pr[pi] == '—' || pr[pi] == '―' || pr[pi] == '/') && (pi == 0 || !isSpace(pr[pi-1])) {
		return ""
	}
	return " "
}

// finalPunct reports whether s ends a sentence (finalMark).
func finalPunct(s string) bool { return finalMark(s) != 0 }

// finalMark returns the mark with which s ends a sentence, or 0: Chinese
// or Latin full stop, question or exclamation mark, ellipsis, colon or
// Chinese semicolon, possibly followed by closing quotes or brackets
// (endMark); or ）, the end of a bracketed note after the full stop
// (“……部队。（全文见第三版）”) or alone. It reads s from the end only as
// far as it must (the note back to its opening bracket), so s may be a
// whole paragraph.
func finalMark(s string) rune {
	s = strings.TrimRightFunc(s, isSpace)
	if m := endMark(s); m != 0 {
		return m
	}
	body, ok := strings.CutSuffix(s, "）")
	if !ok {
		return 0
	}
	// Back to the nearest bracket: the note's opening one, or a closing
	// one that says the final ） closes no note.
	for i := len(body); i > 0; {
		r, n := utf8.DecodeLastRuneInString(body[:i])
		i -= n
		switch r {
		case '（':
			// a note on its own, or one after a full stop
			if i == 0 || finalPunct(body[:i]) {
				return '）'
			}
			return 0
		case '）':
			return 0
		}
	}
	return 0
}

// endMark returns the sentence-final mark s ends with, looking past closing
// quotes and brackets (“……；”” gives ；), or 0 if s ends otherwise.
func endMark(s string) rune {
	s = strings.TrimRightFunc(s, isSpace)
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-n]
		switch r {
		case '”', '’', '"', '\'', '」', '』', '）', ')', '》', '】':
			continue
		case '。', '！', '？', '…', '.', '!', '?', '：', ':', '；', '．':
			return r
		}
		return 0
	}
	return 0
}

// note reports whether s is a bracketed editorial note on its own
// (“（全文见第三版）”): it belongs to the paragraph before it.
func note(s string) bool {
	body, ok := strings.CutSuffix(s, "）")
	return ok && strings.LastIndex(body, "（") == 0 && !strings.Contains(body, "）")
}
