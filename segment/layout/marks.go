package layout

import (
	"reflect"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// boxMark restores the square mark (□) that some papers print before a
// credit and OCR reads as a character: "回本报记者 林岚" is "□本报记者 林岚".
// A character of like shape (回, 口, 囗) right before a credit word is
// taken for the mark; any other character, or a narrow one for a side of
// the mark ("[", "j"), only when the rest of the line is a credit
// ("加本报记者唐越").
func boxMark(l page.Line) page.Line {
	text := strings.TrimLeft(l.Text, " ")
	m, w := utf8.DecodeRuneInString(text)
	rest := strings.TrimLeft(text[w:], " ")
	credit := false
	for _, word := range []string{"本报", "记者", "通讯员", "新华社"} {
		credit = credit || strings.HasPrefix(rest, word)
	}
	if !credit {
		return l
	}
	if w == 1 && l.RunIn == 0 {
		// A narrow character ("[", "]", "j", "1"): the mark's side read
		// alone. One byte, it stands for the mark only before a whole
		// credit, with no run-in offset to shift.
		if _, _, ok := cues.ParseByline(rest); ok {
			return retypeLead(l, string(m), "□")
		}
		return l
	}
	if w != len("□") || !wide(m) {
		return l
	}
	if !strings.ContainsRune("回口囗", m) {
		if _, _, ok := cues.ParseByline(rest); !ok {
			return l
		}
	}
	// The mark and □ are both three bytes in UTF-8: offsets hold.
	return retypeLead(l, string(m), "□")
}

// retypeLead replaces the first old in the line's text, and in its first
// word when that word starts with it, by new.
func retypeLead(l page.Line, old, new string) page.Line {
	l.Text = strings.Replace(l.Text, old, new, 1)
	if len(l.Words) > 0 && strings.HasPrefix(l.Words[0].Text, old) {
		ws := append([]page.Word(nil), l.Words...)
		retype(&ws[0], old, new)
		l.Words = ws
	}
	return l
}

// retype replaces the first old in w's text by new. The OCR's other
// readings of the word went with the glyph now known to be a mark.
func retype(w *page.Word, old, new string) {
	w.Text = strings.Replace(w.Text, old, new, 1)
	w.Alternatives = nil
}

// retypeWord replaces the first old in the first of the words holding it
// by new, in a copy: the words are shared with the page.
func retypeWord(words []page.Word, old, new string) []page.Word {
	ws := append([]page.Word(nil), words...)
	for k := range ws {
		if strings.Contains(ws[k].Text, old) {
			retype(&ws[k], old, new)
			break
		}
	}
	return ws
}

// quoteMarks are the marks OCR reads into the gaps of a credit line, and
// quoteGaps turns each into an ideographic space, as wide in UTF-8.
const quoteMarks = "”“’‘"

var quoteGaps = strings.NewReplacer("”", "\u3000", "“", "\u3000", "’", "\u3000", "‘", "\u3000")

// strayQuote drops the quote mark OCR reads into the space after a credit
// word ("本报记者”何建平", "本报讯”记者吴磊报道：") when the line is a
// credit without it. The mark becomes an ideographic space, as wide in
// UTF-8, so word offsets hold.
func strayQuote(l page.Line) page.Line {
	text := l.Text
	for _, word := range []string{"□本报记者", "本报记者", "本报讯", "记者", "通讯员"} {
		i := strings.Index(text, word)
		if i < 0 || strings.TrimLeft(text[:i], " ") != "" {
			continue
		}
		at := i + len(word)
		q, w := utf8.DecodeRuneInString(text[at:])
		if w != len("\u3000") || !strings.ContainsRune(quoteMarks, q) {
			return l
		}
		fixed := text[:at] + "\u3000" + text[at+w:]
		_, authors, byline := cues.ParseByline(fixed)
		if !byline {
			// OCR reads the gap between names as a quote too
			// ("本报记者”周明远”陈可"): a whole credit line.
			all := text[:at] + quoteGaps.Replace(text[at:])
			if _, authors, byline = cues.ParseByline(all); byline {
				fixed = all
			}
		}
		if !byline {
			_, _, authors, _ = cues.RunIn(fixed)
		}
		if len(authors) == 0 {
			return l
		}
		for _, a := range authors {
			if !cues.LikelyName(a.Name) {
				return l
			}
		}
		words := l.Words
		for i, r := range text[at:] {
			if strings.ContainsRune(quoteMarks, r) && strings.HasPrefix(fixed[at+i:], "\u3000") {
				words = retypeWord(words, string(r), "\u3000")
			}
		}
		l.Text, l.Words = fixed, words
		return l
	}
	return l
}

// misreadBrackets are the marks OCR reads for a credit's brackets: an
// angle bracket for the opening one, at the line's start, or a brace for
// the closing one, at its end.
var misreadBrackets = []struct {
	mark    string
	opening bool
}{{"《", true}, {"〈", true}, {"}", false}, {"]", false}, {"》", false}, {"〉", false}}

// openBracket restores the opening bracket of a credit printed at an
// article's end that OCR read as an angle bracket ("《本报记者王小明)"), or
// its closing one read as a brace ("(本报记者王小明}"), when the line is
// such a credit with it. The restored bracket matches the other one: ASCII
// beside ASCII, else full width.
func openBracket(l page.Line) page.Line {
	text := strings.TrimSpace(l.Text)
	for _, b := range misreadBrackets {
		var fixed page.Line
		switch {
		case b.opening && strings.HasPrefix(text, b.mark):
			fixed = retypeLead(l, b.mark, pick(strings.HasSuffix(text, ")"), "(", "（"))
			fixed.RunIn = 0 // the retyped lead changes the line's bytes
		case !b.opening && strings.HasSuffix(text, b.mark):
			fixed = retypeTail(l, b.mark, pick(strings.HasPrefix(text, "("), ")", "）"))
		default:
			continue
		}
		// The first mark found decides: one mark stands at each end at
		// most, and a line whose opening bracket was misread has no
		// closing one to restore.
		if _, _, ok := cues.TrailingCredit(fixed.Text); !ok {
			return l
		}
		return fixed
	}
	return l
}

// runInBracket restores the opening bracket of a run-in credit that OCR
// read as an angle bracket ("本报讯〈记者王小明)……"): the mark right after
// the credit's lead (本报讯, a dateline), when the line does not close it.
// The credit may run on into the next line, so the line alone need not
// parse as one.
func runInBracket(l page.Line) page.Line {
	for _, m := range [][2]string{{"〈", "〉"}, {"《", "》"}} {
		i := strings.Index(l.Text, m[0])
		if i < 0 || strings.Contains(l.Text[i:], m[1]) || !leadEndsAt(l.Text, i) {
			continue
		}
		open := pick(strings.Contains(l.Text[i:], "）"), "（", "(")
		l.Text, l.RunIn = l.Text[:i]+open+l.Text[i+len(m[0]):], 0
		l.Words = retypeWord(l.Words, m[0], open)
		return l
	}
	return l
}

// runIn is cues.RunIn, which also reads a semicolon right after the
// credit's 报道 as the colon OCR took it for ("本报讯记者王小明报道;
// 10月1日，"), when the credit then names likely names. Each semicolon is
// as wide in UTF-8 as the colon put for it.
func runIn(t string) (credit, rest string, authors []segment.Author, ok bool) {
	if credit, rest, authors, ok = cues.RunIn(t); ok {
		return credit, rest, authors, ok
	}
	i := strings.Index(t, "报道")
	if i < 0 {
		return "", "", nil, false
	}
	at := i + len("报道")
	m, w := utf8.DecodeRuneInString(t[at:])
	var colon string
	switch m {
	case ';':
		colon = ":"
	case '；':
		colon = "："
	default:
		return "", "", nil, false
	}
	credit, rest, authors, ok = cues.RunIn(t[:at] + colon + t[at+w:])
	if !ok || len(authors) == 0 {
		return "", "", nil, false
	}
	for _, a := range authors {
		if !cues.LikelyName(a.Name) {
			return "", "", nil, false
		}
	}
	return credit, rest, authors, true
}

// leadEndsAt reports a credit's lead-in (cues.LeadIn) that ends at the
// byte offset i of t: t[:i] is one, and no shorter piece of it is.
func leadEndsAt(t string, i int) bool {
	lead := strings.TrimRight(t[:i], " ")
	_, w := utf8.DecodeLastRuneInString(lead)
	return cues.LeadIn(lead) && !cues.LeadIn(lead[:len(lead)-w])
}

// pick returns a if cond holds, else b.
func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// retypeTail replaces the last old in the line's text, and in its last
// word when that word ends with it, by new; the word drops its other
// readings, as in retype.
func retypeTail(l page.Line, old, new string) page.Line {
	if i := strings.LastIndex(l.Text, old); i >= 0 {
		l.Text = l.Text[:i] + new + l.Text[i+len(old):]
	}
	if n := len(l.Words); n > 0 && strings.HasSuffix(l.Words[n-1].Text, old) {
		ws := append([]page.Word(nil), l.Words...)
		ws[n-1].Text = strings.TrimSuffix(ws[n-1].Text, old) + new
		ws[n-1].Alternatives = nil
		l.Words = ws
	}
	return l
}

// creditGap is the gap between two words, in glyph heights, that OCR
// read from a printed space: a credit sets one between its role word and
// a name and between names, where Tesseract's CJK text has none.
const creditGap = 0.8

// spaceCredit puts back the spaces printed in a credit line ("本报记者
// 李小红"), at the gaps between its words that are as wide as a glyph, when
// the credit reads the same with them.
func spaceCredit(l page.Line) page.Line {
	if len(l.Words) < 2 || l.RunIn > 0 {
		return l
	}
	_, authors, ok := cues.ParseByline(l.Text)
	if !ok {
		if _, authors, ok = cues.TrailingCredit(l.Text); !ok {
			return l
		}
	}
	glyph := wordHeight(l)
	var b strings.Builder
	pos := 0
	for i, w := range l.Words {
		at := strings.Index(l.Text[pos:], w.Text)
		if at < 0 || w.Text == "" {
			return l // words do not spell the text: leave it
		}
		gap := w.Box.X0 - l.Words[max(i-1, 0)].Box.X1
		between := l.Text[pos : pos+at]
		if i > 0 && between == "" && gap >= creditGap*glyph {
			between = " "
		}
		b.WriteString(between)
		b.WriteString(w.Text)
		pos += at + len(w.Text)
	}
	b.WriteString(l.Text[pos:])
	spaced := b.String()
	_, again, ok := cues.ParseByline(spaced)
	if !ok {
		_, again, ok = cues.TrailingCredit(spaced)
	}
	if !ok || !reflect.DeepEqual(again, authors) {
		return l
	}
	l.Text = spaced
	return l
}

// dashRules turns back into text the dashes ("——") that a scan's rule
// finder took for rules: a thin rule two characters long at the middle
// height of a line, right before its first character. OCR leaves the
// dash out of the line, so a deck or attribution ("——江心大桥开通")
// would lose it.
func dashRules(lines []page.Line, rules []page.Rule) ([]page.Line, []page.Rule) {
	var out []page.Rule
	for _, r := range rules {
		b := r.Box
		taken := false
		for i := range lines {
			l := &lines[i]
			size := lineSize(*l)
			if b.Width() < 1.3*size || b.Width() > 3*size || b.Height() > 0.2*size || midDist(b, *l.Box) > 0.3*l.Box.Height() {
				continue
			}
			if gap := l.Box.X0 - b.X1; gap < 0 || gap > 0.5*size {
				continue
			}
			l.Text = "——" + l.Text
			l.Words = append([]page.Word{{Text: "——", Box: b, Confidence: l.Conf}}, l.Words...)
			box := l.Box.Union(b)
			l.Box = &box
			taken = true
			break
		}
		if !taken {
			out = append(out, r)
		}
	}
	return lines, out
}
