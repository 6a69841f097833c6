package layout

import (
	"strings"

	"newsprint/page"
)

// splitAtGutters cuts a line whose words leave a gap as wide as a column
// gutter: sources (OCR, text layers without column boxes) sometimes run
// one line across neighbouring columns. Lines without word boxes are kept.
func splitAtGutters(l page.Line) []page.Line {
	if len(l.Words) < 2 || l.Box == nil {
		return []page.Line{l}
	}
	gap := 0.75 * lineSize(l)
	var out []page.Line
	start, from := 0, 0 // first word and text offset of the current piece
	pos := 0            // text offset after the last word found
	for i := range l.Words {
		at := strings.Index(l.Text[pos:], l.Words[i].Text)
		if at < 0 || l.Words[i].Text == "" {
			return []page.Line{l} // words do not spell the text: leave it
		}
		wStart := pos + at
		if i > start && l.Words[i].Box.X0-l.Words[i-1].Box.X1 > gap {
			out = append(out, piece(l, start, i, l.Text[from:wStart], from))
			start, from = i, wStart
		}
		pos = wStart + len(l.Words[i].Text)
	}
	if len(out) == 0 {
		return []page.Line{l}
	}
	return append(out, piece(l, start, len(l.Words), l.Text[from:], from))
}

func piece(l page.Line, w0, w1 int, text string, offset int) page.Line {
	p := l
	p.Words = l.Words[w0:w1]
	p.Text = strings.TrimSpace(text)
	r := p.Words[0].Box
	for _, w := range p.Words[1:] {
		r = r.Union(w.Box)
	}
	r.Y0, r.Y1 = l.Box.Y0, l.Box.Y1
	p.Box = &r
	if offset > 0 || l.RunIn > len(text) {
		p.RunIn = 0
	}
	return p
}
