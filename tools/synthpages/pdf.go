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
	items []item
	rects []rect
	rules []rule
}

// width is the advance of s in font f at size, without extra spacing.
func width(s, f string, size float64) float64 {
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
		fmt.Fprintf(&content, "BT /F%d %.2f Tf %d Tr 0.25 w %.3f Tc %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET\n",
			idx+1, it.size, mode, it.tc, it.tw, it.x, base, operand(it.text, it.font))
	}
	d := pdfgen.New()
	d.Size(c.w, c.h)
	var fontRefs strings.Builder
	for i, f := range fonts {
		fmt.Fprintf(&fontRefs, "/F%d %d 0 R ", i+1, fontObj(d, f))
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
// least three letters.
func hyphenate(word string, room float64, f string, size float64) (string, string) {
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
