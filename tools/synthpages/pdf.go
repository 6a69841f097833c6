package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/pdfcpu/pdfcpu/pkg/font"
	"golang.org/x/text/encoding/charmap"

	"newsprint/internal/pdfgen"
)

// Fonts. English pages use standard-14 Type 1 fonts (WinAnsi, not
// embedded); Chinese pages the non-embedded Adobe font STSong-Light with the
// UniGB-UCS2-H CMap, bold drawn as fill+stroke.
const (
	roman    = "Times-Roman"
	bold     = "Times-Bold"
	italic   = "Times-Italic"
	sans     = "Helvetica"
	sansBold = "Helvetica-Bold"
	song     = "STSong-Light"
)

var latinFonts = []string{roman, bold, italic, sans, sansBold}

// item is one piece of text at a position: top is the top of its line box
// (origin top-left, points); tc and tw are the character and word spacing
// that justify it; fake marks bold drawn by stroking (Chinese).
type item struct {
	x, top, size float64
	font         string
	text         string
	tc, tw       float64
	fake         bool
}

type rect struct {
	x, y, w, h float64
	fill       bool
}

type rule struct{ x1, y1, x2, y2 float64 }

// canvas collects what is drawn on one page.
type canvas struct {
	w, h  float64
	zh    bool
	type3 rune // if set, the text font (roman, song) is wrapped in Type 3 fonts with this blank first: see dumpTraits
	items []item
	rects []rect
	rules []rule
}

// width is the advance of s in font f at size, without extra spacing.
func width(s, f string, size float64) float64 {
	s = strings.ReplaceAll(s, shy, "") // overprinted by the next letter
	if f == song {
		w := 0.0
		for _, r := range s {
			if r < 0x80 {
				w += 0.5 * size
			} else {
				w += size
			}
		}
		return w
	}
	w, err := font.TextWidthFloat(winAnsi(s), f, size)
	if err != nil {
		panic(err) // only the fonts above are used
	}
	return w
}

// winAnsi encodes s as WinAnsi bytes (one string byte per character);
// characters outside the code page become '?'.
func winAnsi(s string) string {
	var b strings.Builder
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			c = '?'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// operand returns s as a PDF string operand in its font's encoding.
func operand(s, f string) string {
	if f == song {
		return pdfgen.UTF16(s) // the UCS-2 CMap's codes
	}
	var b strings.Builder
	b.WriteByte('(')
	for _, c := range []byte(winAnsi(s)) {
		switch {
		case c == '(' || c == ')' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 32 || c > 126:
			fmt.Fprintf(&b, "\\%03o", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}

// pdf writes the canvas as a one-page PDF.
func (c *canvas) pdf() []byte {
	var fonts []string
	if c.zh {
		fonts = []string{song}
	} else {
		fonts = latinFonts
	}
	res := map[string]string{}
	var content bytes.Buffer
	content.WriteString("0.6 w\n")
	for _, r := range c.rects {
		if r.fill {
			fmt.Fprintf(&content, "0.82 g %.2f %.2f %.2f %.2f re f 0 g\n", r.x, c.h-r.y-r.h, r.w, r.h)
		}
		fmt.Fprintf(&content, "%.2f %.2f %.2f %.2f re S\n", r.x, c.h-r.y-r.h, r.w, r.h)
	}
	for _, l := range c.rules {
		fmt.Fprintf(&content, "%.2f %.2f m %.2f %.2f l S\n", l.x1, c.h-l.y1, l.x2, c.h-l.y2)
	}
	var t3 *type3Font
	wrapped := roman
	if c.zh {
		wrapped = song
	}
	if c.type3 != 0 {
		t3 = newType3(wrapped, c.type3, c.items)
	}
	for _, it := range c.items {
		idx := 0
		for i, f := range fonts {
			if f == it.font {
				idx = i
			}
		}
		res[fmt.Sprintf("F%d", idx+1)] = ""
		mode := 0
		if it.fake {
			mode = 2
		}
		base := c.h - it.top - 0.86*it.size
		show, tw := operand(it.text, it.font)+" Tj", it.tw
		if t3 != nil && it.font == wrapped {
			// Tw widens code 32 only, not this font's space.
			show, tw = t3.show(it.text, it.tw/it.size, it.size), 0
		}
		fmt.Fprintf(&content, "BT /F%d %.2f Tf %d Tr 0.25 w %.3f Tc %.3f Tw 1 0 0 1 %.2f %.2f Tm %s ET\n",
			idx+1, it.size, mode, it.tc, tw, it.x, base, show)
	}
	d := pdfgen.New()
	d.Size(c.w, c.h)
	var fontRefs strings.Builder
	for i, f := range fonts {
		n := fontObj(d, f)
		fmt.Fprintf(&fontRefs, "/F%d %d 0 R ", i+1, n)
		if t3 != nil && f == wrapped {
			for k, o := range t3.add(d, n) {
				fmt.Fprintf(&fontRefs, "/T%d %d 0 R ", k+1, o)
			}
		}
	}
	d.Page(content.String(), fmt.Sprintf("<< /Font << %s>> >>", fontRefs.String()), "")
	return d.Bytes()
}

// fontObj adds font f to d and returns its object number.
func fontObj(d *pdfgen.Doc, f string) int {
	if f == song {
		desc := d.Add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
		cid := d.Add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor %d 0 R >>", desc))
		return d.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [%d 0 R] >>", cid))
	}
	var ws strings.Builder
	for code := 32; code <= 255; code++ {
		w, err := font.CharWidth(f, rune(code))
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(&ws, "%d ", w)
	}
	return d.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [%s] >>", f, strings.TrimSpace(ws.String())))
}

// type3Font wraps a font (Times-Roman on English pages, STSong-Light on
// Chinese ones) in Type 3 fonts, as browsers print pages: subsets of up to
// 256 codes given in order of first use, glyphs named g0, g1, …, each glyph
// procedure drawing its character in the wrapped font. Code 0 of every
// subset is a blank: pdftotext guesses a Type 3 font's size from the width
// of its first glyph (as if half an em), and measures line and column
// spacing in that size (see dumpTraits). The blank is the ideographic space
// in Chinese (taken for twice the size), the space (half the size) or an
// en space (the true size) in English.
type type3Font struct {
	base  string
	sub   map[rune]int  // subset of each character
	code  map[rune]byte // its code there
	runes [][]rune      // each subset's characters by code
}

// Code 0 of a canvas's Type 3 fonts.
const (
	ideoSpace = '　'
	enSpace   = '\u2002'
)

func newType3(base string, blank rune, items []item) *type3Font {
	t := &type3Font{base: base, sub: map[rune]int{}, code: map[rune]byte{}}
	for _, it := range items {
		if it.font != base {
			continue
		}
		for _, r := range it.text {
			if _, ok := t.sub[r]; ok || r == blank {
				continue
			}
			if n := len(t.runes); n == 0 || len(t.runes[n-1]) == 256 {
				t.runes = append(t.runes, []rune{blank})
			}
			n := len(t.runes) - 1
			t.sub[r], t.code[r] = n, byte(len(t.runes[n]))
			t.runes[n] = append(t.runes[n], r)
		}
	}
	if len(t.runes) == 0 {
		t.runes = [][]rune{{blank}}
	}
	t.sub[blank], t.code[blank] = 0, 0
	return t
}

// show returns the operations that show s at size: a word space widened by
// tw (in em), the letter after a soft hyphen starting where the hyphen
// does, overprinting it; subsets switch fonts (named T1, T2, …) in between.
func (t *type3Font) show(s string, tw, size float64) string {
	var b strings.Builder
	cur := -1
	for _, r := range s {
		k, ok := t.sub[r]
		if !ok {
			r, k = '?', 0 // not a character of the page
		}
		if k != cur {
			if cur >= 0 {
				b.WriteString(">] TJ ")
			}
			fmt.Fprintf(&b, "/T%d %.2f Tf [<", k+1, size)
			cur = k
		}
		fmt.Fprintf(&b, "%02X", t.code[r])
		switch {
		case r == ' ' && tw != 0:
			fmt.Fprintf(&b, "> %.1f <", -tw*1000)
		case string(r) == shy:
			fmt.Fprintf(&b, "> %d <", t.width(r))
		}
	}
	if cur >= 0 {
		b.WriteString(">] TJ")
	}
	return b.String()
}

// width is a character's width in the wrapped font in thousandths of an em.
func (t *type3Font) width(r rune) int {
	if t.base == song {
		return int(width(string(r), song, 1000))
	}
	if r == enSpace {
		return 500
	}
	if string(r) == shy {
		r = '-' // drawn as wide as a hyphen (the metrics lack U+00AD)
	}
	w, err := font.CharWidth(roman, rune(winAnsi(string(r))[0]))
	if err != nil {
		panic(err)
	}
	return w
}

// add writes the subsets, whose glyphs draw with the wrapped font's object
// base, and returns their object numbers.
func (t *type3Font) add(d *pdfgen.Doc, base int) []int {
	// One descriptor names the face for all subsets, as PDF printers write.
	flags, bbox := 34, "-168 -218 1000 898" // Times-Roman's
	if t.base == song {
		flags, bbox = 6, "0 -120 1000 880" // STSong-Light's ascent and descent
	}
	desc := d.Add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /AAAAAA+%s /Flags %d /ItalicAngle 0 >>", t.base, flags))
	var objs []int
	for _, rs := range t.runes {
		var procs, names, widths, bfchar strings.Builder
		for i, r := range rs {
			w := t.width(r)
			draw := ""
			if i > 0 && string(r) != shy { // blanks and soft hyphens print nothing
				draw = fmt.Sprintf(" BT /R 1000 Tf 0 0 Td %s Tj ET", operand(string(r), t.base))
			}
			fmt.Fprintf(&procs, "/g%d %d 0 R ", i, d.Stream("", []byte(fmt.Sprintf("%d 0 d0%s", w, draw))))
			fmt.Fprintf(&names, "/g%d ", i)
			fmt.Fprintf(&widths, "%d ", w)
			fmt.Fprintf(&bfchar, "<%02X> %s\n", i, pdfgen.UTF16(string(r)))
		}
		cmap := d.Stream("", pdfgen.ToUnicode("<00> <FF>", bfchar.String(), ""))
		objs = append(objs, d.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [%s] /FontMatrix [0.001 0 0 0.001 0 0] "+
			"/CharProcs << %s>> /Encoding << /Type /Encoding /Differences [0 %s] >> /FirstChar 0 /LastChar %d /Widths [%s] "+
			"/ToUnicode %d 0 R /FontDescriptor %d 0 R /Resources << /Font << /R %d 0 R >> >> >>",
			bbox, procs.String(), names.String(), len(rs)-1, strings.TrimSpace(widths.String()), cmap, desc, base)))
	}
	return objs
}

// A unit is what line breaking places: a CJK character, a run of Latin
// letters and digits, or an English word; a bold unit is a run-in credit.
type unit struct {
	text string
	bold bool
}

// A setLine is one broken line: its units, whether it ends its paragraph
// (not justified) and whether it ends in a hyphen the break added.
type setLine struct {
	units  []unit
	last   bool
	hyphen bool
}

func (l setLine) text() string {
	var b strings.Builder
	for _, u := range l.units {
		b.WriteString(u.text)
	}
	return b.String()
}

const (
	closing = "，。、；：？！”’）》」』〉…—·%"
	opening = "“‘（《「『〈"
)

// zhUnits cuts Chinese text into units; Latin letters and digits stay
// together so a number is never broken.
func zhUnits(s string, b bool) []unit {
	var out []unit
	var latin strings.Builder
	flush := func() {
		if latin.Len() > 0 {
			out = append(out, unit{latin.String(), b})
			latin.Reset()
		}
	}
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".%-", r)) {
			latin.WriteRune(r)
			continue
		}
		flush()
		out = append(out, unit{string(r), b})
	}
	flush()
	return out
}

// breakZh fills lines of width w (the first indented by indent) with units,
// never starting a line with closing or ending one with opening punctuation.
func breakZh(us []unit, size, w, indent float64) []setLine {
	var lines []setLine
	var cur []unit
	curW := indent
	for i := 0; i < len(us); i++ {
		uw := width(us[i].text, song, size)
		if len(cur) > 0 && curW+uw > w+0.01 {
			if strings.Contains(closing, us[i].text) {
				cur = append(cur, us[i]) // hangs, squeezed by the line's spacing
				lines = append(lines, setLine{units: cur})
				cur, curW = nil, 0
				continue
			}
			if n := len(cur); n > 1 && strings.Contains(opening, cur[n-1].text) {
				lines = append(lines, setLine{units: cur[:n-1]})
				cur = []unit{cur[n-1]}
				curW = width(cur[0].text, song, size)
			} else {
				lines = append(lines, setLine{units: cur})
				cur, curW = nil, 0
			}
		}
		cur = append(cur, us[i])
		curW += uw
	}
	if len(cur) > 0 {
		lines = append(lines, setLine{units: cur})
	}
	if len(lines) > 0 {
		lines[len(lines)-1].last = true
	}
	return lines
}

// breakEn fills lines of width w with the words of s, hyphenating a word
// at the line end (when hyph is set) if a good part of it fits.
func breakEn(s, f string, size, w, indent float64, hyph bool) []setLine {
	var lines []setLine
	var cur []unit
	curW := indent
	space := width(" ", f, size)
	words := strings.Fields(s)
	for i := 0; i < len(words); i++ {
		word := words[i]
		ww := width(word, f, size)
		gap := 0.0
		if len(cur) > 0 {
			gap = space
		}
		if curW+gap+ww <= w+0.01 {
			cur = append(cur, unit{text: word})
			curW += gap + ww
			continue
		}
		if head, tail := hyphenate(word, w-curW-gap, f, size); hyph && head != "" && len(cur) > 0 {
			cur = append(cur, unit{text: head + "-"})
			lines = append(lines, setLine{units: cur, hyphen: true})
			cur, curW = nil, 0
			words[i] = tail
			i--
			continue
		}
		if len(cur) == 0 { // a word wider than the column stands alone
			lines = append(lines, setLine{units: []unit{{text: word}}})
			curW = 0
			continue
		}
		lines = append(lines, setLine{units: cur})
		cur, curW = nil, 0
		i--
	}
	if len(cur) > 0 {
		lines = append(lines, setLine{units: cur})
	}
	if len(lines) > 0 {
		lines[len(lines)-1].last = true
	}
	return lines
}

// hyphenate splits a plain lower-case word after a vowel followed by a
// consonant so that head plus a hyphen fits in room; both parts keep at
// least three letters. A word with soft hyphens breaks at the last of them
// that fits, the soft hyphen kept at the head's end.
func hyphenate(word string, room float64, f string, size float64) (string, string) {
	if strings.Contains(word, shy) {
		for i := strings.LastIndex(word, shy); i > 0; i = strings.LastIndex(word[:i], shy) {
			head := word[:i+len(shy)]
			if width(head+"-", f, size) <= room {
				return head, word[i+len(shy):]
			}
		}
		return "", ""
	}
	if len(word) < 7 {
		return "", ""
	}
	for _, r := range word {
		if r < 'a' || r > 'z' {
			return "", ""
		}
	}
	for i := len(word) - 3; i >= 3; i-- {
		if isVowel(word[i-1]) && !isVowel(word[i]) && width(word[:i]+"-", f, size) <= room {
			return word[:i], word[i:]
		}
	}
	return "", ""
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// shy is the soft hyphen: a break point inside a word, printed only where
// the line breaks there.
const shy = "\u00ad"

// softHyphens marks the syllable breaks of the longer words of s (lower
// case but for a first capital) with soft hyphens: before a lone consonant
// between vowels (ma|king) and between two consonants between vowels
// (win|dow), never inside th, ch, sh, ph, wh, ck, qu, ng or gh; each part
// keeps two letters.
func softHyphens(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		start := strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' })
		if start < 0 {
			continue
		}
		if start > 0 && w[start-1] >= 'A' && w[start-1] <= 'Z' {
			start-- // a capital opens the word
		}
		end := start + 1
		for end < len(w) && w[end] >= 'a' && w[end] <= 'z' {
			end++
		}
		if end-start < 5 || start > 1 {
			continue // short, or a word part after capitals
		}
		c := strings.ToLower(w[start:end])
		var b strings.Builder
		b.WriteString(w[:start])
		for j := 0; j < len(c); j++ {
			if j >= 2 && len(c)-j >= 2 && syllableBreak(c, j) {
				b.WriteString(shy)
			}
			b.WriteByte(w[start+j])
		}
		b.WriteString(w[end:])
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

// syllableBreak tells whether the lower-case word c may break before c[j].
func syllableBreak(c string, j int) bool {
	if isVowel(c[j]) || !isVowel(c[j+1]) {
		return false
	}
	if isVowel(c[j-1]) {
		return true
	}
	pair := c[j-1 : j+1]
	return isVowel(c[j-2]) && !strings.Contains("th ch sh ph wh ck qu ng gh", pair)
}
