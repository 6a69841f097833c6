package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/script"
	"newsprint/segment/cues"
)

// A frag is one column's piece of a dump line. pdftotext prints the lines of
// neighbouring columns that share a baseline as one line with a single space
// between them; in Chinese text such a space marks a column gap.
type frag struct {
	text string
	line int     // index of the dump line
	w    float64 // printed width in ems (CJK 1, Latin and digits ½)
}

// A fragAt names a fragment by its line and text: maps that mark
// fragments found before the columns are rebuilt key them so, whatever
// width was measured for them.
type fragAt struct {
	line int
	text string
}

func (f frag) at() fragAt { return fragAt{f.line, f.text} }

// width estimates the printed width of s in ems.
func width(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u00ad':
		case r < 0x2000 && r != '·':
			w += 0.5
		default:
			w++
		}
	}
	return w
}

// isCJK reports characters a Chinese column sets solid, the marks it
// shares with English included.
func isCJK(r rune) bool { return script.CJK(r) || script.Shared(r) }

// cjkShare is the share of CJK runes among the non-space runes of s.
func cjkShare(s string) float64 {
	n, c := 0, 0
	for _, r := range s {
		if r == ' ' {
			continue
		}
		n++
		if isCJK(r) {
			c++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// trimLine is a dump line without the spaces around it, ideographic ones
// (U+3000) too.
func trimLine(l string) string {
	return strings.TrimSpace(strings.ReplaceAll(l, "\u3000", " "))
}

// endsInRole reports a token that ends in a Chinese role word ("记者",
// "本报通讯员"): a name follows it in a credit.
func endsInRole(t string) bool {
	return strings.HasSuffix(t, "记者") || strings.HasSuffix(t, "通讯员")
}

// splitFrags splits a Chinese dump line into column fragments. Spaces that
// justification put inside one column ("作 家 艺 术 家", "1 月 25",
// "AI 、 物") do not split: a run of short tokens is one fragment, and a
// space next to a digit or Latin letter joins. English lines are not split:
// their spaces are word spaces.
func splitFrags(s string, zh bool) []string {
	s = trimLine(s)
	if s == "" {
		return nil
	}
	if !zh || !strings.Contains(s, " ") {
		return []string{s}
	}
	toks := strings.Fields(s)
	var out []string
	var cur fragRun
	cur.start(toks[0])
	for _, t := range toks[1:] {
		if cur.glue(t) {
			cur.add(t)
			continue
		}
		out = append(out, cur.b.String())
		cur.start(t)
	}
	return append(out, cur.b.String())
}

// A fragRun is the fragment splitFrags is building, with running counts
// of what glue asks about it, so that a long line costs linear time.
type fragRun struct {
	b        strings.Builder
	lastTok  string
	toks     int
	open     int  // "（" minus "）"
	reporter bool // holds "记者"
	punct    bool // holds "，。：；"
}

func (r *fragRun) start(t string) {
	*r = fragRun{}
	r.add(t)
}

func (r *fragRun) add(t string) {
	if r.toks > 0 {
		r.b.WriteByte(' ')
	}
	r.b.WriteString(t)
	r.lastTok = t
	r.toks++
	r.open += strings.Count(t, "（") - strings.Count(t, "）")
	r.reporter = r.reporter || strings.Contains(t, "记者")
	r.punct = r.punct || strings.ContainsAny(t, "，。：；")
}

// glue reports whether the space between the fragment so far and the next
// token is inside one column.
func (r *fragRun) glue(next string) bool {
	lastTok := r.lastTok
	last, _ := utf8.DecodeLastRuneInString(lastTok)
	first, _ := utf8.DecodeRuneInString(next)
	short := func(t string) bool { return utf8.RuneCountInString(t) <= 2 }
	// Letter-spaced runs: short tokens on both sides.
	if short(lastTok) && short(next) {
		return true
	}
	// A credit lead ("本报讯 记者…", "本报记者 刘 茜", "本报讯（记者 王五 通讯员").
	if lastTok == "本报讯" || strings.HasSuffix(lastTok, "电") && strings.HasPrefix(next, "（") {
		return true
	}
	if r.open > 0 && utf8.RuneCountInString(next) <= 4 && r.reporter {
		return true
	}
	if endsInRole(lastTok) && utf8.RuneCountInString(next) <= 5 {
		return true
	}
	// A further name in a credit ("本报记者 马克西 孙立新"): the next
	// column's line is no bare name.
	if r.reporter && !r.punct && cues.HanName(lastTok) && cues.HanName(next) {
		return true
	}
	// Latin letters or digits next to CJK: justification spaces.
	if !isCJK(last) && !isCJK(first) {
		return true
	}
	if (last < 0x2000 && unicode.IsLetter(last) || unicode.IsDigit(last)) && isCJK(first) && short(next) {
		return true
	}
	if isCJK(last) && (first < 0x2000 && (unicode.IsLetter(first) || unicode.IsDigit(first))) && short(lastTok) {
		return true
	}
	// A bare number after CJK text ("新建 5 座"): justification spaces; a
	// neighbouring column's line rarely starts with a number standing alone,
	// or ends with one.
	if isCJK(last) && bareNumber(next) {
		return true
	}
	// ... and the text after it ("面积 38 万亩"): a number glued to the
	// words before it is inside the column.
	if bareNumber(lastTok) && r.toks > 1 && isCJK(first) {
		return true
	}
	return false
}

// bareNumber reports a short token of digits and number punctuation only.
func bareNumber(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 5 {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && !strings.ContainsRune(".,%", r) {
			return false
		}
	}
	return true
}

// contPunct holds the Chinese punctuation that continues a sentence and so
// cannot open a paragraph.
const contPunct = "，。、；：？！）》”’…"

// sentenceEnd reports whether s ends a sentence (so a following line may
// start a new paragraph).
func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '。', '！', '？', '”', '’', '）', '」', '…', '.', '!', '?', '"', ')', ':', '：':
		return true
	}
	return false
}

// hasSentencePunct reports whether s contains sentence punctuation that a
// headline would not carry.
func hasSentencePunct(s string) bool {
	return strings.ContainsAny(s, "。；;") || strings.Count(s, "，") > 1
}
