package ocrxml

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/script"
)

// ReadALTO reads an ALTO file (any version 1.x–4.x, any of its namespaces)
// into one page per ALTO Page.
//
// Coordinates: "pixel" files give pixel pages; "mm10" and "inch1200" files
// are converted to points (the physical unit of the page model). Line size
// is the FONTSIZE of the line's style (points; × DPI/72 on pixel pages, DPI
// 300 unless newsprint recorded it), or the line height when the file has
// no styles. Bold and italic come from FONTSTYLE and the String STYLE
// attribute; a leading run of Strings in another style (or tagged "run-in")
// is the line's run-in. Words hyphenated across lines (HYP, SUBS_TYPE
// HypPart1/HypPart2) are joined on the first line, so that reflow sees the
// whole word; when the second line holds nothing else the hyphen is kept
// and reflow decides. Files newsprint wrote keep the hyphen too: their HYP
// records a decision reflow made on the same lines, and keeping the lines
// as printed gives back the same page model and the same articles. Method
// is "ocr" unless newsprint wrote the file and recorded another.
func ReadALTO(data []byte) (*page.Document, error) {
	root, err := parse(data, false)
	if err != nil {
		return nil, err
	}
	if root.name != "alto" {
		return nil, fmt.Errorf("not an ALTO file: the root element is <%s>, not <alto>", root.name)
	}
	r := &altoReader{styles: map[string]textStyle{}, tags: map[string]string{}, scale: 1, unit: page.Pixels, dpi: 300, method: page.MethodOCR}
	var warnings []string
	if d := root.child("description"); d != nil {
		if w := r.description(d); w != "" {
			warnings = append(warnings, w)
		}
	} else {
		warnings = append(warnings, "ALTO has no Description/MeasurementUnit: coordinates read as pixels")
	}
	if s := root.child("styles"); s != nil {
		for _, ts := range s.kids {
			if ts.name == "textstyle" && ts.get("ID") != "" {
				r.styles[ts.get("ID")] = readStyle(ts)
			}
		}
	}
	if t := root.child("tags"); t != nil {
		for _, tg := range t.kids {
			if id := tg.get("ID"); id != "" {
				r.tags[id] = strings.ToLower(tg.get("LABEL"))
			}
		}
	}
	layout := root.child("layout")
	if layout == nil {
		return nil, fmt.Errorf("ALTO has no Layout element")
	}
	doc := &page.Document{}
	for _, pn := range layout.kids {
		if pn.name != "page" {
			continue
		}
		p := r.page(pn, len(doc.Pages)+1)
		p.Warnings = append(append([]string{}, warnings...), p.Warnings...)
		doc.Pages = append(doc.Pages, p)
	}
	if len(doc.Pages) == 0 {
		return nil, fmt.Errorf("ALTO has no Page")
	}
	return doc, nil
}

type textStyle struct {
	family       string
	size         float64
	bold, italic bool
}

type altoReader struct {
	styles map[string]textStyle
	tags   map[string]string // tag ID → lower-case label
	scale  float64           // file unit → page unit
	unit   page.Unit
	dpi    float64 // pixel pages: FONTSIZE points → pixels
	method page.Method
	lang   string
	ours   bool // newsprint wrote the file
}

// description reads the unit and, in files newsprint wrote, the settings it
// recorded. It returns a warning or "".
func (r *altoReader) description(d *node) string {
	warn := ""
	mu := d.child("measurementunit")
	unit := ""
	if mu != nil {
		unit = strings.ToLower(strings.TrimSpace(mu.innerText()))
	}
	switch unit {
	case "pixel":
	case "mm10":
		// The same expression as newsprint's writer, so that its files
		// convert back exactly.
		r.scale, r.unit = 72.0/254, page.Points
	case "inch1200":
		r.scale, r.unit = 72.0/1200, page.Points
	default:
		warn = fmt.Sprintf("ALTO MeasurementUnit %q unknown: coordinates read as pixels", unit)
	}
	walk(d, func(n *node) bool {
		sw := n.child("processingsoftware")
		if sw == nil || sw.child("softwarename") == nil || strings.TrimSpace(sw.child("softwarename").innerText()) != "newsprint" {
			return true
		}
		set := n.child("processingstepsettings")
		if set == nil {
			return true
		}
		r.ours = true
		for _, kv := range strings.Split(set.innerText(), ";") {
			k, v, _ := strings.Cut(kv, "=")
			v = strings.TrimSpace(v)
			switch strings.TrimSpace(k) {
			case "method":
				if v != "" {
					r.method = page.Method(v)
				}
			case "dpi":
				if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 1 && sane(f) {
					r.dpi = f
				}
			case "language":
				r.lang = v
			}
		}
		return false
	})
	return warn
}

func readStyle(n *node) textStyle {
	s := textStyle{family: n.get("FONTFAMILY")}
	if f, err := strconv.ParseFloat(n.get("FONTSIZE"), 64); err == nil && f > 0 && sane(f) {
		s.size = f
	}
	s.bold, s.italic = fontStyle(n.get("FONTSTYLE"))
	return s
}

func fontStyle(v string) (bold, italic bool) {
	for _, f := range strings.Fields(strings.ToLower(v)) {
		switch f {
		case "bold":
			bold = true
		case "italics", "italic":
			italic = true
		}
	}
	return
}

// rawString is one ALTO String with what the line needs of it.
type rawString struct {
	content  string
	box      *page.Rect
	conf     float64
	style    textStyle
	styled   bool // a style applies (STYLEREFS or STYLE)
	runIn    bool // tagged run-in
	subsType string
	subs     string
	spAfter  bool
	alts     []string // its ALTERNATIVEs
}

// alternatives returns the String's ALTERNATIVEs as the word's, with the
// String's confidence: ALTO gives an alternative none of its own, and an
// engine lists those it found likely.
func (s rawString) alternatives() []page.Alternative {
	var out []page.Alternative
	for _, a := range s.alts {
		out = append(out, page.Alternative{Text: a, Confidence: s.conf})
	}
	return out
}

type rawLine struct {
	strs      []rawString
	box       *page.Rect
	hyp       bool
	invisible bool
	estimated bool // word boxes are estimates (newsprint's own files)
}

func (r *altoReader) num(n *node, name string) (float64, bool) {
	v := n.get(name)
	if v == "" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || !sane(f) {
		return 0, false
	}
	return f * r.scale, true
}

// box returns the element's box, nil when it has no complete position.
func (r *altoReader) box(n *node) *page.Rect {
	x, ok1 := r.num(n, "HPOS")
	y, ok2 := r.num(n, "VPOS")
	w, ok3 := r.num(n, "WIDTH")
	h, ok4 := r.num(n, "HEIGHT")
	if !ok1 || !ok2 || !ok3 || !ok4 || w < 0 || h < 0 {
		return r.shapeBox(n)
	}
	return &page.Rect{X0: x, Y0: y, X1: x + w, Y1: y + h}
}

// shapeBox returns the bounding box of the element's Shape/Polygon (ALTO
// 3+ elements may give only a polygon), nil when there is none.
func (r *altoReader) shapeBox(n *node) *page.Rect {
	sh := n.child("shape")
	if sh == nil {
		return nil
	}
	poly := sh.child("polygon")
	if poly == nil {
		return nil
	}
	f := strings.FieldsFunc(poly.get("POINTS"), func(c rune) bool { return c == ' ' || c == ',' })
	var box page.Rect
	for i := 0; i+1 < len(f); i += 2 {
		x, err1 := strconv.ParseFloat(f[i], 64)
		y, err2 := strconv.ParseFloat(f[i+1], 64)
		if err1 != nil || err2 != nil || !sane(x) || !sane(y) {
			return nil
		}
		x, y = x*r.scale, y*r.scale
		if i == 0 {
			box = page.Rect{X0: x, Y0: y, X1: x, Y1: y}
		}
		box = page.Rect{X0: min(box.X0, x), Y0: min(box.Y0, y), X1: max(box.X1, x), Y1: max(box.Y1, y)}
	}
	if box.Empty() {
		return nil
	}
	return &box
}

func (r *altoReader) hasTag(n *node, label string) bool {
	for _, id := range strings.Fields(n.get("TAGREFS")) {
		if r.tags[id] == label {
			return true
		}
	}
	return false
}

// styleOf resolves the style of an element from its STYLEREFS, falling back
// to the inherited one.
func (r *altoReader) styleOf(n *node, inherited textStyle, had bool) (textStyle, bool) {
	for _, id := range strings.Fields(n.get("STYLEREFS")) {
		if s, ok := r.styles[id]; ok {
			return s, true
		}
	}
	return inherited, had
}

func (r *altoReader) page(pn *node, number int) page.Page {
	p := page.Page{Number: number, Unit: r.unit, Method: r.method, Language: r.lang}
	p.Width, _ = r.num(pn, "WIDTH")
	p.Height, _ = r.num(pn, "HEIGHT")
	var lines []rawLine
	langs := map[string]int{}
	if l := pn.get("LANG"); l != "" {
		langs[l]++
	}
	var visit func(n *node, st textStyle, styled bool)
	visit = func(n *node, st textStyle, styled bool) {
		st, styled = r.styleOf(n, st, styled)
		switch n.name {
		case "textblock":
			if l := n.get("LANG") + n.get("language"); l != "" {
				langs[l]++
			}
			for _, tl := range n.kids {
				if tl.name == "textline" {
					lines = append(lines, r.line(tl, st, styled))
				}
			}
			return
		case "illustration":
			if b := r.box(n); b != nil {
				p.Images = append(p.Images, page.Image{Box: *b})
			}
		case "graphicalelement":
			if b := r.box(n); b != nil {
				switch {
				case r.hasTag(n, "rule"):
					p.Rules = append(p.Rules, page.Rule{Box: *b})
				case r.hasTag(n, "box"):
					p.Boxes = append(p.Boxes, page.RectShape{Box: *b})
				case r.hasTag(n, "filled-box"):
					p.Boxes = append(p.Boxes, page.RectShape{Box: *b, Filled: true})
				case min(b.Width(), b.Height()) <= max(b.Width(), b.Height())/10:
					// Separators: thin lines between columns and articles.
					p.Rules = append(p.Rules, page.Rule{Box: *b})
				default:
					p.Boxes = append(p.Boxes, page.RectShape{Box: *b})
				}
			}
			return
		}
		for _, k := range n.kids {
			visit(k, st, styled)
		}
	}
	visit(pn, textStyle{}, false)

	p.Lines = r.buildLines(lines)
	if !r.ours {
		sizesFromHeights(p.Lines)
	}
	if p.Language == "" {
		best := 0
		for l, c := range langs {
			if c > best || (c == best && l < p.Language) {
				p.Language, best = normLang(l), c
			}
		}
	}
	if p.Width <= 0 || p.Height <= 0 {
		var all page.Rect
		for _, l := range p.Lines {
			all = all.Union(*l.Box)
		}
		p.Width, p.Height = max(p.Width, all.X1), max(p.Height, all.Y1)
		p.Warnings = append(p.Warnings, "ALTO Page has no WIDTH/HEIGHT: page size taken from its content")
	}
	return p
}

func (r *altoReader) line(tl *node, st textStyle, styled bool) rawLine {
	st, styled = r.styleOf(tl, st, styled)
	rl := rawLine{box: r.box(tl), invisible: r.hasTag(tl, "invisible"), estimated: r.hasTag(tl, "words-estimated")}
	for _, k := range tl.kids {
		switch k.name {
		case "string":
			s := rawString{content: k.get("CONTENT"), box: r.box(k), conf: 1, subsType: k.get("SUBS_TYPE"), subs: k.get("SUBS_CONTENT"), runIn: r.hasTag(k, "run-in")}
			s.style, s.styled = r.styleOf(k, st, styled)
			if v := k.get("STYLE"); v != "" {
				b, i := fontStyle(v)
				s.style.bold, s.style.italic = s.style.bold || b, s.style.italic || i
				s.styled = true
			}
			if f, err := strconv.ParseFloat(k.get("WC"), 64); err == nil && f >= 0 && f <= 1 {
				s.conf = f
			} else if cc := k.get("CC"); cc != "" {
				s.conf = ccConf(cc)
			}
			for _, a := range k.kids {
				if a.name != "alternative" {
					continue // a Shape or Glyph: its text is not walked
				}
				if t := strings.TrimSpace(a.innerText()); t != "" {
					s.alts = append(s.alts, t)
				}
			}
			rl.strs = append(rl.strs, s)
		case "sp":
			if len(rl.strs) > 0 {
				rl.strs[len(rl.strs)-1].spAfter = true
			}
		case "hyp":
			rl.hyp = true
		}
	}
	return rl
}

// ccConf turns ALTO character confidences (0 sure … 9 unsure, one digit per
// character, space separated in ALTO 2+) into a word confidence.
func ccConf(cc string) float64 {
	sum, n := 0, 0
	for _, r := range cc {
		if r >= '0' && r <= '9' {
			sum += int(r - '0')
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return 1 - float64(sum)/float64(9*n)
}

// buildLines joins hyphenated words and turns raw lines into page lines.
func (r *altoReader) buildLines(raw []rawLine) []page.Line {
	// Files that never write SP separate words by String boundaries alone.
	usesSP := false
	for _, rl := range raw {
		for _, s := range rl.strs {
			usesSP = usesSP || s.spAfter
		}
	}
	if !usesSP {
		for i := range raw {
			for j := 0; j+1 < len(raw[i].strs); j++ {
				a, b := raw[i].strs[j].content, raw[i].strs[j+1].content
				ra, _ := utf8.DecodeLastRuneInString(a)
				rb, _ := utf8.DecodeRuneInString(b)
				raw[i].strs[j].spAfter = !(script.CJK(ra) && script.CJK(rb))
			}
		}
	}
	for i := range raw {
		cur := &raw[i]
		if len(cur.strs) == 0 {
			continue
		}
		last := &cur.strs[len(cur.strs)-1]
		if !cur.hyp && last.subsType != "HypPart1" {
			continue
		}
		part1 := strings.TrimRight(last.content, "-¬\u00ad‐⸗=") // Fraktur ALTO uses ⸗ and =
		var next *rawLine
		if i+1 < len(raw) {
			next = &raw[i+1]
		}
		if !r.ours && next != nil && len(next.strs) > 1 && (next.strs[0].subsType == "HypPart2" || next.strs[0].subsType == "") {
			// The whole word goes on the first line.
			last.content = part1 + next.strs[0].content
			next.strs = next.strs[1:]
			cur.hyp = false
			continue
		}
		last.content = part1 + "-"
		cur.hyp = false
	}
	var out []page.Line
	for _, rl := range raw {
		if l, ok := r.pageLine(rl); ok {
			out = append(out, l)
		}
	}
	return out
}

// pageLine builds one page line; ok is false for lines without text or
// position.
func (r *altoReader) pageLine(rl rawLine) (page.Line, bool) {
	var sb strings.Builder
	var words []page.Word
	var union page.Rect
	runInEnd := -1
	// Generic run-in: a leading run of Strings in one style, the rest in
	// another (docWORKS marks a bold lead-in this way).
	k := leadingStyleRun(rl.strs)
	confSum := 0.0
	fam, size := map[string]int{}, map[float64]int{}
	bold, italic, chars := 0, 0, 0
	for i, s := range rl.strs {
		sb.WriteString(s.content)
		if s.runIn || (k > 0 && i < k) {
			runInEnd = sb.Len()
		}
		if s.spAfter && i+1 < len(rl.strs) {
			sb.WriteString(" ")
		}
		if s.box != nil {
			union = union.Union(*s.box)
			if t := strings.TrimSpace(s.content); t != "" {
				words = append(words, page.Word{Text: t, Box: *s.box, Confidence: s.conf, Alternatives: s.alternatives()})
			}
		}
		confSum += s.conf
		n := utf8.RuneCountInString(s.content)
		if k > 0 && i < k {
			continue // the line's style is that of its body, not the run-in
		}
		chars += n
		if s.style.family != "" {
			fam[s.style.family] += n
		}
		if s.style.size > 0 {
			size[s.style.size] += n
		}
		if s.style.bold {
			bold += n
		}
		if s.style.italic {
			italic += n
		}
	}
	text := sb.String()
	if strings.TrimSpace(text) == "" {
		return page.Line{}, false
	}
	box := rl.box
	if box == nil || box.Empty() && !union.Empty() {
		if union.Empty() {
			return page.Line{}, false
		}
		box = &union
	}
	l := page.Line{Text: text, Box: box, Conf: confSum / float64(len(rl.strs)), Invisible: rl.invisible}
	if !rl.estimated {
		l.Words = words
	}
	l.Font = argmax(fam)
	if s := argmax(size); s > 0 {
		l.Size = s
		if r.unit == page.Pixels {
			// newsprint's writer picks FONTSIZE so that this is exact.
			l.Size = s * r.dpi / 72
			if !r.ours {
				l.Size = snap(l.Size)
			}
		}
	} else if !r.ours {
		l.Size = box.Height() // a proxy, as OCR gives
	}
	l.Bold, l.Italic = chars > 0 && bold*2 > chars, chars > 0 && italic*2 > chars
	if runInEnd > 0 && runInEnd < len(text) {
		l.RunIn = runInEnd
	}
	return l, true
}

// leadingStyleRun returns k when Strings [0,k) share one style and [k,n)
// another, the first being bold or of another family; 0 otherwise.
func leadingStyleRun(ss []rawString) int {
	if len(ss) < 2 || !ss[0].styled {
		return 0
	}
	k := 1
	for k < len(ss) && ss[k].style == ss[0].style {
		k++
	}
	if k == len(ss) || !ss[k].styled {
		return 0
	}
	for _, s := range ss[k:] {
		if s.style != ss[k].style {
			return 0
		}
	}
	a, b := ss[0].style, ss[k].style
	if (a.bold && !b.bold) || (a.family != b.family && a.family != "" && b.family != "") {
		return k
	}
	return 0
}

func argmax[K comparable](m map[K]int) K {
	var best K
	n := -1
	for k, c := range m {
		if c > n || (c == n && fmt.Sprint(k) < fmt.Sprint(best)) {
			best, n = k, c
		}
	}
	return best
}

// normLang maps an ALTO language (ISO 639-1 or -2, maybe with a region) to
// the page model's two-letter code.
func normLang(l string) string {
	l = strings.ToLower(l)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	switch l {
	case "eng":
		return "en"
	case "chi", "zho", "chs", "cht":
		return "zh"
	case "ger", "deu":
		return "de"
	case "fre", "fra":
		return "fr"
	case "spa":
		return "es"
	case "ita":
		return "it"
	case "dut", "nld":
		return "nl"
	}
	return l
}

// snap removes the float noise of a unit conversion from a value that was
// a short decimal (a size of 35 px written as 8.4 pt at 300 dpi).
func snap(v float64) float64 {
	if r := math.Round(v*1e6) / 1e6; math.Abs(r-v) < 1e-9*max(1, math.Abs(v)) {
		return r
	}
	return v
}

// sizesFromHeights handles files whose styles give every line the same
// FONTSIZE (producers that write one placeholder style) although the line
// heights say otherwise: sizes then follow the line heights, scaled so that
// the typical line keeps the stated size.
func sizesFromHeights(lines []page.Line) {
	if len(lines) < 5 {
		return
	}
	var hs []float64
	for _, l := range lines {
		if l.Size != lines[0].Size {
			return
		}
		hs = append(hs, l.Box.Height())
	}
	sort.Float64s(hs)
	med := hs[len(hs)/2]
	if med <= 0 || hs[len(hs)-1] < 1.6*med {
		return
	}
	base := lines[0].Size
	for i := range lines {
		lines[i].Size = lines[i].Box.Height() * base / med
	}
}
