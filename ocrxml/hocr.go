package ocrxml

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/script"
)

// lineClasses are the hOCR classes of text lines (Tesseract 4+ writes
// ocr_header, ocr_caption and ocr_textfloat for lines of those kinds).
var lineClasses = []string{"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat"}

// ReadHOCR reads an hOCR file (XHTML or HTML) into one pixel page per
// ocr_page. Lines are the ocr_line-like elements, words their ocrx_word
// children with bbox and x_wconf; bold and italic come from <strong>/<b>
// and <em>/<i> around the words (hocr_font_info). Line size is x_size, else
// x_fsize (points, × scan_res/72, 300 dpi if unknown), else the line height.
// Words are joined with a space except between two CJK characters.
// ocr_separator gives rules, ocr_photo and ocr_image pictures,
// ocr_linedrawing drawn boxes. A page newsprint wrote from a PDF text
// layer (x_source pdf-text) is read back in points.
func ReadHOCR(data []byte) (*page.Document, error) {
	root, err := parse(data, true)
	if err != nil {
		return nil, err
	}
	doc := &page.Document{}
	docLang := root.get("xml:lang")
	if docLang == "" {
		docLang = root.get("lang")
	}
	walk(root, func(n *node) bool {
		if !hasClass(n, "ocr_page") {
			return true
		}
		doc.Pages = append(doc.Pages, hocrPage(n, len(doc.Pages)+1, docLang))
		return false
	})
	if len(doc.Pages) == 0 {
		return nil, errors.New("not an hOCR file: no ocr_page element")
	}
	return doc, nil
}

func hasClass(n *node, c string) bool {
	for _, f := range strings.Fields(n.get("class")) {
		if f == c {
			return true
		}
	}
	return false
}

func isLine(n *node) bool {
	for _, c := range lineClasses {
		if hasClass(n, c) {
			return true
		}
	}
	return false
}

// props parses an hOCR title: "bbox 0 0 10 10; x_wconf 93" → key → fields.
func props(n *node) map[string][]string {
	m := map[string][]string{}
	for _, part := range strings.Split(n.get("title"), ";") {
		f := strings.Fields(part)
		if len(f) > 0 {
			m[f[0]] = f[1:]
		}
	}
	return m
}

func propNum(m map[string][]string, key string, i int) (float64, bool) {
	v := m[key]
	if i >= len(v) {
		return 0, false
	}
	f, err := strconv.ParseFloat(v[i], 64)
	if err != nil || !sane(f) {
		return 0, false
	}
	return f, true
}

func propBox(m map[string][]string) *page.Rect {
	var c [4]float64
	for i := range c {
		f, ok := propNum(m, "bbox", i)
		if !ok {
			return nil
		}
		c[i] = f
	}
	if c[2] < c[0] || c[3] < c[1] {
		return nil
	}
	return &page.Rect{X0: c[0], Y0: c[1], X1: c[2], Y1: c[3]}
}

func hocrPage(pn *node, number int, docLang string) page.Page {
	p := page.Page{Number: number, Unit: page.Pixels, Method: page.MethodOCR}
	pp := props(pn)
	if b := propBox(pp); b != nil {
		p.Width, p.Height = b.X1, b.Y1
	}
	dpi := 300.0
	if f, ok := propNum(pp, "scan_res", 0); ok && f >= 1 { // 72/dpi rescales boxes
		dpi = f
	}
	langs := map[string]int{}
	var visit func(n *node, lang string)
	visit = func(n *node, lang string) {
		if l := n.get("lang"); l != "" {
			lang = l
		}
		if addShape(&p, n) {
			return
		}
		if isLine(n) {
			if l, ok := hocrLine(n, dpi); ok {
				p.Lines = append(p.Lines, l)
				if lang != "" {
					langs[normLang(lang)]++
				}
			}
			return
		}
		for _, k := range n.kids {
			visit(k, lang)
		}
	}
	visit(pn, docLang)
	p.Language = argmax(langs)
	// newsprint's hOCR of a PDF page: back to points.
	if src := pp["x_source"]; len(src) == 1 && src[0] == string(page.MethodPDFText) {
		toPoints(&p, 72/dpi)
	}
	if p.Width <= 0 || p.Height <= 0 {
		var all page.Rect
		for _, l := range p.Lines {
			all = all.Union(*l.Box)
		}
		p.Width, p.Height = all.X1, all.Y1
		p.Warnings = append(p.Warnings, "hOCR ocr_page has no bbox: page size taken from its content")
	}
	return p
}

// addShape adds a separator, line drawing or picture element with a box to
// p and reports whether it did. The title is parsed only for these classes:
// hocrPage passes every element of the page.
func addShape(p *page.Page, n *node) bool {
	sep, drawing := hasClass(n, "ocr_separator"), hasClass(n, "ocr_linedrawing")
	photo := hasClass(n, "ocr_photo") || hasClass(n, "ocr_image")
	if !sep && !drawing && !photo {
		return false
	}
	pr := props(n)
	b := propBox(pr)
	switch {
	case b == nil:
		return false
	case sep && min(b.Width(), b.Height()) <= max(b.Width(), b.Height())/10:
		p.Rules = append(p.Rules, page.Rule{Box: *b})
	case sep:
		p.Boxes = append(p.Boxes, page.RectShape{Box: *b})
	case drawing:
		_, filled := pr["x_filled"]
		p.Boxes = append(p.Boxes, page.RectShape{Box: *b, Filled: filled})
	default:
		p.Images = append(p.Images, page.Image{Box: *b})
	}
	return true
}

func hocrLine(ln *node, dpi float64) (page.Line, bool) {
	lp := props(ln)
	box := propBox(lp)
	var words []page.Word
	var texts []string
	bold, italic, chars := 0, 0, 0
	var fsize float64
	var visit func(n *node, b, i bool)
	visit = func(n *node, b, i bool) {
		switch n.name {
		case "strong", "b":
			b = true
		case "em", "i":
			i = true
		}
		if !hasClass(n, "ocrx_word") {
			for _, k := range n.kids {
				visit(k, b, i)
			}
			return
		}
		wp := props(n)
		t := strings.Join(strings.Fields(n.innerText()), " ")
		if t == "" {
			return
		}
		walk(n, func(m *node) bool {
			switch m.name {
			case "strong", "b":
				b = true
			case "em", "i":
				i = true
			}
			return true
		})
		font := strings.ToLower(strings.Join(wp["x_font"], " "))
		b = b || strings.Contains(font, "bold")
		i = i || strings.Contains(font, "italic")
		conf := 1.0
		if c, ok := propNum(wp, "x_wconf", 0); ok {
			conf = min(max(c/100, 0), 1)
		}
		if f, ok := propNum(wp, "x_fsize", 0); ok && fsize == 0 {
			fsize = f
		}
		n2 := utf8.RuneCountInString(t)
		chars += n2
		if b {
			bold += n2
		}
		if i {
			italic += n2
		}
		texts = append(texts, t)
		if wb := propBox(wp); wb != nil {
			words = append(words, page.Word{Text: t, Box: *wb, Confidence: conf})
		}
	}
	visit(ln, false, false)
	if len(texts) == 0 {
		// A line without word elements: its own text.
		if t := strings.Join(strings.Fields(ln.innerText()), " "); t != "" {
			texts = []string{t}
		}
	}
	if len(texts) == 0 {
		return page.Line{}, false
	}
	if box == nil {
		var u page.Rect
		for _, w := range words {
			u = u.Union(w.Box)
		}
		if u.Empty() {
			return page.Line{}, false
		}
		box = &u
	}
	var sb strings.Builder
	for i, t := range texts {
		if i > 0 {
			a, _ := utf8.DecodeLastRuneInString(texts[i-1])
			b, _ := utf8.DecodeRuneInString(t)
			if !(script.CJK(a) && script.CJK(b)) {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(t)
	}
	l := page.Line{Text: sb.String(), Box: box, Words: words, Conf: 1}
	if len(words) > 0 {
		sum := 0.0
		for _, w := range words {
			sum += w.Confidence
		}
		l.Conf = sum / float64(len(words))
	}
	if f, ok := propNum(lp, "x_fsize", 0); ok && fsize == 0 {
		fsize = f
	}
	if s, ok := propNum(lp, "x_size", 0); ok && s > 0 {
		l.Size = s
	} else if fsize > 0 {
		l.Size = fsize * dpi / 72
	} else {
		l.Size = box.Height()
	}
	l.Bold, l.Italic = chars > 0 && bold*2 > chars, chars > 0 && italic*2 > chars
	if f := lp["x_font"]; len(f) > 0 {
		l.Font = strings.Trim(strings.Join(f, " "), `"`)
	}
	return l, true
}

// toPoints rescales a pixel page to points (k = 72/dpi).
func toPoints(p *page.Page, k float64) {
	p.Unit, p.Method = page.Points, page.MethodPDFText
	p.Width, p.Height = p.Width*k, p.Height*k
	for i := range p.Lines {
		l := &p.Lines[i]
		b := l.Box.Scale(k)
		l.Box = &b
		l.Size *= k
		for j := range l.Words {
			l.Words[j].Box = l.Words[j].Box.Scale(k)
		}
	}
	for i := range p.Rules {
		p.Rules[i].Box = p.Rules[i].Box.Scale(k)
	}
	for i := range p.Boxes {
		p.Boxes[i].Box = p.Boxes[i].Box.Scale(k)
	}
	for i := range p.Images {
		p.Images[i].Box = p.Images[i].Box.Scale(k)
	}
}
