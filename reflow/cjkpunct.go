package reflow

import (
	"strings"
	"unicode"
)

// fullWidth maps the ASCII marks OCR reads in Chinese text to the
// full-width forms Chinese is set with. OCR cannot tell them apart by
// shape; only the text around a mark says which one was printed.
var fullWidth = map[rune]rune{
	',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）',
}

// chinesePunct sets the ASCII punctuation of Chinese text in s full width,
// as Chinese is printed, and a period that ends a Chinese sentence as
// the full stop 。; it drops the spaces OCR left inside brackets
// and before marks. Running text (solid) sets the marks solid on both
// sides; headings and bylines keep a printed gap before an opening
// bracket or after a mark (本报北京电 （记者…）).
// A bracket pair is Chinese when a bracket is already full width, its
// inside holds a Han character or the text touching it outside is CJK; a
// lone mark when the text touching it is CJK, or when the nearest letters
// on both sides are Han (占比5%; 另有). Marks between digits (10:30,
// 1,000) and marks in Latin text keep their form.
func chinesePunct(s string, solid bool) string {
	if !strings.ContainsAny(s, ",;:?!().（）〈") {
		return s
	}
	rs := []rune(s)
	widen := make([]bool, len(rs))
	paired := make([]bool, len(rs))
	for _, p := range bracketPairs(rs) {
		paired[p[0]], paired[p[1]] = true, true
		if chinesePair(rs, p[0], p[1]) {
			widen[p[0]], widen[p[1]] = true, true
		}
	}
	for i, r := range rs {
		if _, ok := fullWidth[r]; ok && !paired[i] {
			widen[i] = chineseMark(rs, i)
		}
		if r == '.' {
			widen[i] = fullStop(rs, i)
		}
	}
	var b strings.Builder
	for i, r := range rs {
		switch {
		case widen[i] && r == '〈':
			b.WriteRune('（') // a misread opening bracket that ) closes
		case widen[i] && r == '.':
			b.WriteRune('。')
		case widen[i] && fullWidth[r] != 0:
			b.WriteRune(fullWidth[r])
		case widen[i]:
			b.WriteRune(r)
		case isSpace(r) && solidSpace(rs, widen, i, solid):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fullStop reports whether the ASCII period rs[i] ends a Chinese sentence:
// it follows a Han character, and the end of the text, a space or a
// closing quote or bracket follows it. (Between Han characters OCR reads
// a comma, a middle dot or a speck as a period just as well.)
func fullStop(rs []rune, i int) bool {
	if i == 0 || !unicode.Is(unicode.Han, rs[i-1]) {
		return false
	}
	return i+1 == len(rs) || isSpace(rs[i+1]) || strings.ContainsRune("”’）)", rs[i+1])
}

// bracketPairs pairs the round brackets of rs, ASCII or full width, by
// nesting. OCR reads a full-width opening bracket as 〈 now and then; a 〈
// that a round bracket closes is one.
func bracketPairs(rs []rune) [][2]int {
	var pairs [][2]int
	var open []int
	for i, r := range rs {
		switch r {
		case '(', '（', '〈':
			open = append(open, i)
		case '〉':
			if n := len(open); n > 0 && rs[open[n-1]] == '〈' {
				open = open[:n-1]
			}
		case ')', '）':
			if n := len(open); n > 0 {
				pairs = append(pairs, [2]int{open[n-1], i})
				open = open[:n-1]
			}
		}
	}
	return pairs
}

// chinesePair reports whether the brackets at rs[i] and rs[j] are set in
// Chinese text.
func chinesePair(rs []rune, i, j int) bool {
	if rs[i] != '(' || rs[j] != ')' {
		return true // one is full width, or a misread 〈
	}
	for _, r := range rs[i+1 : j] {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return touchesCJK(rs, i, -1) || touchesCJK(rs, j, 1)
}

// chineseMark reports whether the lone ASCII mark rs[i] is set in Chinese
// text.
func chineseMark(rs []rune, i int) bool {
	if (rs[i] == ':' || rs[i] == ',') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]) {
		return false // a time, a ratio or a thousands separator
	}
	if touchesCJK(rs, i, -1) || touchesCJK(rs, i, 1) {
		return true
	}
	before, after := nearestLetter(rs, i, -1), nearestLetter(rs, i, 1)
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	return han(before) && (han(after) || after == 0) || before == 0 && han(after)
}

// touchesCJK reports whether the first rune beside rs[i] in direction step
// that is not white space is CJK, or a shared mark set in CJK text.
func touchesCJK(rs []rune, i, step int) bool {
	return cjkSide(rs, pastSpaces(rs, i+step, step), step) // false past either end
}

// nearestLetter returns the first letter (Han or Latin) from rs[i] in
// direction step, passing digits, marks and spaces; 0 at the end.
func nearestLetter(rs []rune, i, step int) rune {
	for i += step; i >= 0 && i < len(rs); i += step {
		if unicode.IsLetter(rs[i]) {
			return rs[i]
		}
	}
	return 0
}

// solidSpace reports whether the space at rs[i] sits beside a mark
// chinesePunct widens, on a side where Chinese sets the mark solid.
func solidSpace(rs []rune, widen []bool, i int, solid bool) bool {
	if j := pastSpaces(rs, i, 1); j < len(rs) && widen[j] && (solid || !opener(rs[j])) {
		return true
	}
	j := pastSpaces(rs, i, -1)
	return j >= 0 && widen[j] && (solid || opener(rs[j]))
}

// pastSpaces returns the index of the first rune from rs[i] in direction
// step that is not white space: -1 or len(rs) at the end.
func pastSpaces(rs []rune, i, step int) int {
	for i >= 0 && i < len(rs) && isSpace(rs[i]) {
		i += step
	}
	return i
}

func opener(r rune) bool { return r == '(' || r == '（' || r == '〈' }
