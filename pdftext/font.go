package pdftext

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	pdffont "github.com/pdfcpu/pdfcpu/pkg/font"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
	"golang.org/x/text/encoding/simplifiedchinese"
)

type fontKind int

const (
	simpleFont fontKind = iota
	type3Font
	type0Font
)

// How a Type 0 font without ToUnicode turns codes into text.
type cidText int

const (
	cidTextNone  cidText = iota
	cidTextUTF16         // UniGB-UCS2 / UTF16: the code is UTF-16
	cidTextGBK           // GB/GBK EUC CMaps: the code is GBK / GB 18030 bytes
	cidTextGB1           // Adobe-GB1 collection: CID → Unicode table
)

// font is what the interpreter needs to know about a font: how to split a
// string into codes, each code's text and advance, and its style.
type font struct {
	name         string
	kind         fontKind
	bold, italic bool
	fm           [6]float64 // glyph space → text space
	asc, desc    float64    // text-space ascent/descent per unit of font size

	// simple fonts
	first   int
	widths  []float64
	missing float64
	enc     [256]string
	core    string // standard-14 font name for widths when Widths is absent

	// Type 0
	cmap     *cmap // code → CID; nil for Identity
	cidText  cidText
	dw       float64
	w        map[uint32]float64
	wmode    int
	dw2      [2]float64 // vertical origin y and advance (glyph units)
	w2       map[uint32][3]float64
	toUni    *cmap
	unmapped int // codes with no text, for a page warning

	cache map[uint64]glyphInfo
}

// glyphInfo is one decoded code.
type glyphInfo struct {
	text  string
	w     float64 // horizontal advance in text space (per unit font size)
	w1    float64 // vertical advance (WMode 1), negative = downwards
	vx    float64 // vertical-writing origin offset x (per unit font size)
	space bool    // single-byte code 32: word spacing applies
	pua   bool
}

var gbkDecoder = simplifiedchinese.GB18030

// loadFont builds a font from its dictionary. It never fails: what is
// missing falls back to defaults, and problems are returned as warnings.
func (d *doc) loadFont(ref types.Object) (*font, []string) {
	num := objNum(ref)
	if num > 0 {
		if f, ok := d.fonts[num]; ok {
			return f, nil
		}
	}
	fd := d.dict(ref)
	f := &font{
		fm:    [6]float64{0.001, 0, 0, 0.001, 0, 0},
		asc:   0.88,
		desc:  -0.12,
		cache: map[uint64]glyphInfo{},
	}
	var warns []string
	if fd == nil {
		warns = append(warns, "font object missing; using defaults")
		f.name = "unknown"
		f.missing = 500
		f.enc = *baseEncoding("StandardEncoding")
		return f, warns
	}
	base := d.name(fd["BaseFont"])
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:]
	}
	f.name = base
	switch d.name(fd["Subtype"]) {
	case "Type0":
		f.kind = type0Font
		warns = append(warns, d.loadType0(f, fd)...)
	case "Type3":
		f.kind = type3Font
		if f.name == "" {
			f.name = fmt.Sprintf("Type3-%d", num)
		}
		if m := d.nums(fd["FontMatrix"]); len(m) == 6 && (m[0] != 0 || m[1] != 0) && (m[2] != 0 || m[3] != 0) {
			copy(f.fm[:], m)
		}
		// Type 3 glyph space is arbitrary (often y-down); take the vertical
		// extent from FontBBox through FontMatrix when it is usable.
		if bb := d.nums(fd["FontBBox"]); len(bb) == 4 {
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, x := range []float64{bb[0], bb[2]} {
				for _, y := range []float64{bb[1], bb[3]} {
					v := f.fm[1]*x + f.fm[3]*y
					lo, hi = min(lo, v), max(hi, v)
				}
			}
			if hi > lo && hi > 0 && hi < 3 && lo > -3 {
				f.asc, f.desc = hi, lo
			}
		}
		d.loadSimple(f, fd)
	default:
		d.loadSimple(f, fd)
	}
	if tu := fd["ToUnicode"]; tu != nil {
		if _, b, err := d.stream(tu); err == nil {
			c := parseCMap(b)
			if len(c.uni) > 0 || len(c.uniRange) > 0 {
				f.toUni = c
			} else {
				warns = append(warns, fmt.Sprintf("font %s: ToUnicode CMap has no mappings", f.name))
			}
		} else {
			warns = append(warns, fmt.Sprintf("font %s: ToUnicode: %v", f.name, err))
		}
	}
	lname := strings.ToLower(f.name)
	for _, s := range []string{"bold", "black", "heavy", "semibold", "demi", "-bd"} {
		if strings.Contains(lname, s) {
			f.bold = true
		}
	}
	if strings.Contains(lname, "italic") || strings.Contains(lname, "oblique") {
		f.italic = true
	}
	if num > 0 {
		d.fonts[num] = f
	}
	return f, warns
}

// descriptor reads style and vertical metrics from a FontDescriptor.
func (d *doc) descriptor(f *font, o types.Object) types.Dict {
	fd := d.dict(o)
	if fd == nil {
		return nil
	}
	flags, _ := d.num(fd["Flags"])
	fl := int(flags)
	if fl&(1<<18) != 0 {
		f.bold = true
	}
	if fl&(1<<6) != 0 {
		f.italic = true
	}
	if w, ok := d.num(fd["FontWeight"]); ok && w >= 600 {
		f.bold = true
	}
	if a, ok := d.num(fd["ItalicAngle"]); ok && (a < -3 || a > 3) {
		f.italic = true
	}
	if n := d.name(fd["FontName"]); n != "" && (f.name == "" || f.kind == type3Font) {
		// Type 3 subsets (one dict per 256 glyphs) share the descriptor:
		// its name identifies the real face.
		if i := strings.IndexByte(n, '+'); i == 6 {
			n = n[i+1:]
		}
		f.name = n
	}
	if f.kind != type3Font {
		asc, ok1 := d.num(fd["Ascent"])
		desc, ok2 := d.num(fd["Descent"])
		if ok1 && ok2 && asc > 500 && asc < 1300 && desc < 0 && desc > -600 {
			f.asc, f.desc = asc/1000, desc/1000
		}
	}
	return fd
}

func (d *doc) loadSimple(f *font, fd types.Dict) {
	fc, _ := d.num(fd["FirstChar"])
	f.first = int(fc)
	f.widths = d.nums(fd["Widths"])
	desc := d.descriptor(f, fd["FontDescriptor"])
	if desc != nil {
		f.missing, _ = d.num(desc["MissingWidth"])
	}
	symbolic := false
	if desc != nil {
		fl, _ := d.num(desc["Flags"])
		symbolic = int(fl)&(1<<2) != 0 && int(fl)&(1<<5) == 0
	}
	if len(f.widths) == 0 && pdffont.IsCoreFont(f.name) {
		f.core = f.name
	}
	if f.missing == 0 && len(f.widths) == 0 && f.core == "" {
		f.missing = 500
	}
	// Base encoding: the named one, else Standard for Type 1 text fonts,
	// else the codes as Latin-1 (symbolic and Type 3 fonts).
	var base *[256]string
	var diffs types.Array
	switch e := d.deref(fd["Encoding"]).(type) {
	case types.Name:
		base = baseEncoding(string(e))
	case types.Dict:
		base = baseEncoding(d.name(e["BaseEncoding"]))
		diffs = d.array(e["Differences"])
	}
	if base == nil && f.kind == simpleFont && desc != nil {
		base = d.builtinEncoding(desc["FontFile"])
	}
	if base == nil && !symbolic && f.kind == simpleFont {
		if d.name(fd["Subtype"]) == "TrueType" {
			base = baseEncoding("WinAnsiEncoding")
		} else {
			base = baseEncoding("StandardEncoding")
		}
	}
	if base != nil {
		f.enc = *base
	} else {
		for c := 32; c < 256; c++ {
			if c < 127 || c >= 160 {
				f.enc[c] = string(rune(c))
			}
		}
	}
	code := 0
	for _, o := range diffs {
		switch v := d.deref(o).(type) {
		case types.Integer:
			code = int(v)
		case types.Float:
			code = int(v)
		case types.Name:
			if code >= 0 && code < 256 {
				s := glyphText(string(v))
				if s == "" {
					s, _ = numberedGlyph(string(v))
				}
				f.enc[code] = s
			}
			code++
		}
	}
}

func (d *doc) loadType0(f *font, fd types.Dict) []string {
	var warns []string
	desc := d.array(fd["DescendantFonts"])
	var cf types.Dict
	if len(desc) > 0 {
		cf = d.dict(desc[0])
	}
	ordering := ""
	f.dw = 1000
	f.dw2 = [2]float64{880, -1000}
	if cf != nil {
		if n := d.name(cf["BaseFont"]); f.name == "" {
			f.name = n
		}
		d.descriptor(f, cf["FontDescriptor"])
		if si := d.dict(cf["CIDSystemInfo"]); si != nil {
			ordering = string(d.bytes(si["Ordering"]))
		}
		if v, ok := d.num(cf["DW"]); ok {
			f.dw = v
		}
		f.w = d.cidWidths(cf["W"])
		if v := d.nums(cf["DW2"]); len(v) == 2 {
			f.dw2 = [2]float64{v[0], v[1]}
		}
		f.w2 = d.cidWidths2(cf["W2"])
	} else {
		warns = append(warns, fmt.Sprintf("font %s: Type 0 font without a descendant font", f.name))
	}
	gb1 := ordering == "GB1"
	switch e := d.deref(fd["Encoding"]).(type) {
	case types.Name:
		n := string(e)
		switch n {
		case "Identity-H":
		case "Identity-V":
			f.wmode = 1
		default:
			c, wm := predefined(n)
			f.wmode = wm
			if c == nil {
				warns = append(warns, fmt.Sprintf("font %s: predefined CMap %s not supported; using Identity", f.name, n))
				break
			}
			f.cmap = c
			switch {
			case strings.HasPrefix(n, "UniGB-UCS2"), strings.HasPrefix(n, "UniGB-UTF16"):
				f.cidText = cidTextUTF16
			case strings.HasPrefix(n, "GB"):
				f.cidText = cidTextGBK
			}
		}
	case types.StreamDict:
		_, b, err := d.stream(fd["Encoding"])
		if err != nil {
			warns = append(warns, fmt.Sprintf("font %s: encoding CMap: %v", f.name, err))
			break
		}
		c := parseCMap(b)
		parent := c.useName
		if u := d.name(e.Dict["UseCMap"]); u != "" {
			parent = u
		}
		if parent != "" {
			p, _ := predefined(parent)
			c.merge(p)
		} else if u := e.Dict["UseCMap"]; u != nil {
			if _, pb, err := d.stream(u); err == nil {
				c.merge(parseCMap(pb))
			}
		}
		if !c.hasSpace() {
			warns = append(warns, fmt.Sprintf("font %s: encoding CMap has no code space; using 2-byte codes", f.name))
		}
		f.cmap = c
		f.wmode = c.wmode
		if c.wmode == 0 && d.num1(e.Dict["WMode"]) == 1 {
			f.wmode = 1
		}
	}
	if f.cidText == cidTextNone && gb1 {
		f.cidText = cidTextGB1
	}
	return warns
}

func (d *doc) num1(o types.Object) float64 {
	v, _ := d.num(o)
	return v
}

// cidWidths reads a W array: c [w1 w2 ...] and cfirst clast w entries.
func (d *doc) cidWidths(o types.Object) map[uint32]float64 {
	a := d.array(o)
	out := map[uint32]float64{}
	for i := 0; i < len(a); {
		c, ok := d.num(a[i])
		if !ok || c < 0 || i+1 >= len(a) {
			break
		}
		if arr := d.array(a[i+1]); arr != nil {
			for k, w := range arr {
				if len(out) >= maxEntries {
					return out
				}
				out[uint32(c)+uint32(k)], _ = d.num(w)
			}
			i += 2
			continue
		}
		last, ok1 := d.num(a[i+1])
		if i+2 >= len(a) || !ok1 {
			break
		}
		w, _ := d.num(a[i+2])
		for k := uint32(c); k <= uint32(last) && len(out) < maxEntries; k++ {
			out[k] = w
		}
		i += 3
	}
	return out
}

// cidWidths2 reads a W2 array (vertical metrics: w1y vx vy per CID).
func (d *doc) cidWidths2(o types.Object) map[uint32][3]float64 {
	a := d.array(o)
	if len(a) == 0 {
		return nil
	}
	out := map[uint32][3]float64{}
	for i := 0; i < len(a); {
		c, ok := d.num(a[i])
		if !ok || c < 0 || i+1 >= len(a) {
			break
		}
		if arr := d.nums(a[i+1]); d.array(a[i+1]) != nil {
			for k := 0; k+2 < len(arr) && len(out) < maxEntries; k += 3 {
				out[uint32(c)+uint32(k/3)] = [3]float64{arr[k], arr[k+1], arr[k+2]}
			}
			i += 2
			continue
		}
		if i+4 >= len(a) {
			break
		}
		last, _ := d.num(a[i+1])
		v := [3]float64{d.num1(a[i+2]), d.num1(a[i+3]), d.num1(a[i+4])}
		for k := uint32(c); k <= uint32(last) && len(out) < maxEntries; k++ {
			out[k] = v
		}
		i += 5
	}
	return out
}

// next decodes the first code of s and returns its glyph and byte length.
func (f *font) next(s []byte) (glyphInfo, int) {
	var code uint32
	var n int
	switch {
	case f.kind != type0Font:
		code, n = uint32(s[0]), 1
	case f.cmap != nil:
		code, n = f.cmap.next(s, 2)
	case f.toUni != nil && f.toUni.hasSpace():
		// Identity: codes are 2 bytes, but some writers declare other
		// lengths in the ToUnicode map; trust 2 bytes when it fits.
		code, n = f.toUni.next(s, 2)
		if n != 2 && len(s) >= 2 {
			code, n = codeOf(s[:2]), 2
		}
	default:
		n = min(2, len(s))
		code = codeOf(s[:n])
	}
	k := key(code, n)
	if g, ok := f.cache[k]; ok {
		return g, n
	}
	g := f.glyph(code, n, s[:n])
	if len(f.cache) < maxEntries {
		f.cache[k] = g
	}
	return g, n
}

func (f *font) glyph(code uint32, n int, raw []byte) glyphInfo {
	var g glyphInfo
	g.space = n == 1 && code == 32
	text, ok := "", false
	if f.toUni != nil {
		text, ok = f.toUni.text(code, n)
	}
	switch f.kind {
	case simpleFont, type3Font:
		if !ok && code < 256 {
			text, ok = f.enc[code], f.enc[code] != ""
		}
		w := f.missing
		if i := int(code) - f.first; i >= 0 && i < len(f.widths) {
			w = f.widths[i]
		} else if f.core != "" {
			if cw, err := pdffont.CharWidth(f.core, rune(code)); err == nil {
				w = float64(cw)
			}
		}
		g.w = w * f.fm[0]
		if f.kind == simpleFont {
			g.w = w / 1000
		}
	case type0Font:
		cid := code
		if f.cmap != nil {
			if c, found := f.cmap.cidOf(code, n); found {
				cid = c
			} else {
				cid = 0
			}
		}
		if !ok {
			switch f.cidText {
			case cidTextUTF16:
				if n%2 == 0 {
					u := make([]uint16, 0, n/2)
					for i := 0; i+1 < n; i += 2 {
						u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
					}
					text = string(utf16.Decode(u))
				}
			case cidTextGBK:
				if b, err := gbkDecoder.NewDecoder().Bytes(raw); err == nil {
					text = string(b)
				}
			case cidTextGB1:
				text, _ = gb1Text(cid)
			}
			ok = text != "" && text != "\ufffd"
			if !ok {
				text = ""
			}
		}
		w, found := f.w[cid]
		if !found {
			w = f.dw
		}
		g.w = w / 1000
		if f.wmode == 1 {
			v, found := f.w2[cid]
			if !found {
				v = [3]float64{f.dw2[1], w / 2, f.dw2[0]}
			}
			g.w1 = v[0] / 1000
			g.vx = v[1] / 1000
		}
	}
	if !ok {
		f.unmapped++
	}
	g.text, g.pua = cleanText(text)
	return g
}

// ligatures maps presentation forms to plain letters.
var ligatures = map[rune]string{
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st",
}

// cleanText expands ligatures, drops control characters (C0, DEL and C1:
// a ToUnicode map may name them) and reports private-use code points (text
// a ToUnicode map did not really map).
func cleanText(s string) (string, bool) {
	clean := true
	pua := false
	for _, r := range s {
		if _, lig := ligatures[r]; lig || unicode.IsControl(r) || r == utf8.RuneError {
			clean = false
		}
		if r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000 {
			pua = true
		}
	}
	if clean {
		return s, pua
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case ligatures[r] != "":
			b.WriteString(ligatures[r])
		case unicode.IsControl(r) || r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), pua
}

// builtinEncoding reads the encoding of an embedded Type 1 font program
// (FontFile) from its clear-text part: "/Encoding StandardEncoding def" or
// "dup <code> /<name> put" entries. nil when there is none.
func (d *doc) builtinEncoding(ff types.Object) *[256]string {
	if ff == nil {
		return nil
	}
	sd, b, err := d.stream(ff)
	if err != nil || len(b) == 0 {
		return nil
	}
	if n, ok := d.num(sd["Length1"]); ok && n > 0 && int(n) < len(b) {
		b = b[:int(n)]
	}
	if i := bytes.Index(b, []byte("eexec")); i >= 0 {
		b = b[:i]
	}
	i := bytes.Index(b, []byte("/Encoding"))
	if i < 0 {
		return nil
	}
	b = b[i+len("/Encoding"):]
	if bytes.HasPrefix(bytes.TrimSpace(b), []byte("StandardEncoding")) {
		return baseEncoding("StandardEncoding")
	}
	if j := bytes.Index(b, []byte("readonly def")); j >= 0 {
		b = b[:j]
	}
	var enc [256]string
	found := false
	lx := &lexer{b: b}
	var prev []any
	for {
		o, ok := lx.next()
		if !ok {
			break
		}
		if k, isKw := o.(keyword); isKw && k == "put" && len(prev) >= 2 {
			code, ok1 := prev[len(prev)-2].(float64)
			n, ok2 := prev[len(prev)-1].(name)
			if ok1 && ok2 && code >= 0 && code < 256 {
				enc[int(code)] = glyphText(string(n))
				found = true
			}
		}
		prev = append(prev, o)
		if len(prev) > 3 {
			prev = prev[1:]
		}
	}
	if !found {
		return nil
	}
	return &enc
}
