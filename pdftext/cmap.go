package pdftext

import (
	"sort"
	"unicode/utf16"
)

// cmap is a parsed CMap: either a ToUnicode map (code → text) or an
// encoding CMap (code → CID), or both. Codes carry their byte length, so
// <20> and <0020> stay distinct.
type cmap struct {
	name     string
	useName  string // parent named by usecmap, resolved by the caller
	wmode    int
	ordering string // CIDSystemInfo ordering when the CMap says

	space [5][]spaceRange // codespace ranges by byte length 1..4

	uni      map[uint64]string
	uniRange []uniRange
	cid      map[uint64]uint32
	cidRange []cidRange
	notdef   []cidRange

	// Running maxima of hi over the sorted ranges: a lookup walks back
	// only while an earlier range can still reach the code.
	uniReach, cidReach []uint32
}

type spaceRange struct{ lo, hi [4]byte }

type uniRange struct {
	lo, hi uint32
	n      int
	base   []uint16 // UTF-16 of the text for lo; the last unit counts up
}

type cidRange struct {
	lo, hi uint32
	n      int
	cid    uint32
}

// Limits for hostile CMaps: ranges larger than this are kept as ranges,
// and no CMap may expand to more entries than maxEntries.
const (
	maxExpand  = 256
	maxEntries = 1 << 18
	maxRanges  = 1 << 16
)

func key(code uint32, n int) uint64 { return uint64(n)<<32 | uint64(code) }

// code reads a code of n bytes from b (big-endian).
func codeOf(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// parseCMap parses CMap syntax. It never fails: what cannot be read is
// skipped, and the caller checks whether anything useful came out.
func parseCMap(data []byte) *cmap {
	c := &cmap{}
	lx := &lexer{b: data}
	var prev []any // the last few operands, for "/Name usecmap" and "/WMode 1 def"
	for {
		o, ok := lx.next()
		if !ok {
			break
		}
		kw, isKw := o.(keyword)
		if !isKw {
			prev = append(prev, o)
			if len(prev) > 4 {
				prev = prev[1:]
			}
			continue
		}
		switch kw {
		case "begincodespacerange":
			c.readSpace(lx)
		case "beginbfchar":
			c.readBFChar(lx)
		case "beginbfrange":
			c.readBFRange(lx)
		case "begincidchar":
			c.readCIDChar(lx)
		case "begincidrange":
			c.readCIDRange(lx, false)
		case "beginnotdefrange":
			c.readCIDRange(lx, true)
		case "usecmap":
			if len(prev) > 0 {
				if n, ok := prev[len(prev)-1].(name); ok {
					c.useName = string(n)
				}
			}
		case "def":
			if len(prev) >= 2 {
				k, ok := prev[len(prev)-2].(name)
				if ok {
					switch k {
					case "WMode":
						if f, ok := prev[len(prev)-1].(float64); ok && f == 1 {
							c.wmode = 1
						}
					case "CMapName":
						if n, ok := prev[len(prev)-1].(name); ok {
							c.name = string(n)
						}
					case "Ordering":
						if s, ok := prev[len(prev)-1].([]byte); ok {
							c.ordering = string(s)
						}
					}
				}
			}
		}
		prev = prev[:0]
	}
	c.finish()
	return c
}

// operands reads objects until the keyword end, returning them.
func operands(lx *lexer, end keyword) []any {
	var out []any
	for {
		o, ok := lx.next()
		if !ok {
			return out
		}
		if k, isKw := o.(keyword); isKw {
			if k == end {
				return out
			}
			continue
		}
		if len(out) < maxRanges*3 {
			out = append(out, o)
		}
	}
}

func (c *cmap) readSpace(lx *lexer) {
	ops := operands(lx, "endcodespacerange")
	for i := 0; i+1 < len(ops); i += 2 {
		lo, ok1 := ops[i].([]byte)
		hi, ok2 := ops[i+1].([]byte)
		n := len(lo)
		if !ok1 || !ok2 || n == 0 || n > 4 || len(hi) != n {
			continue
		}
		var r spaceRange
		copy(r.lo[:], lo)
		copy(r.hi[:], hi)
		c.space[n] = append(c.space[n], r)
	}
}

func (c *cmap) entries() int { return len(c.uni) + len(c.cid) }

func (c *cmap) setUni(code uint32, n int, s string) {
	if c.uni == nil {
		c.uni = map[uint64]string{}
	}
	if c.entries() < maxEntries {
		c.uni[key(code, n)] = s
	}
}

func (c *cmap) setCID(code uint32, n int, cid uint32) {
	if c.cid == nil {
		c.cid = map[uint64]uint32{}
	}
	if c.entries() < maxEntries {
		c.cid[key(code, n)] = cid
	}
}

// utf16Units reads a ToUnicode destination: UTF-16BE bytes (odd lengths
// are padded; single bytes are taken as Latin-1, as some writers emit).
func utf16Units(b []byte) []uint16 {
	if len(b) == 1 {
		return []uint16{uint16(b[0])}
	}
	u := make([]uint16, 0, (len(b)+1)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	if len(b)%2 == 1 {
		u = append(u, uint16(b[len(b)-1]))
	}
	return u
}

func utf16String(u []uint16) string { return string(utf16.Decode(u)) }

func (c *cmap) readBFChar(lx *lexer) {
	ops := operands(lx, "endbfchar")
	for i := 0; i+1 < len(ops); i += 2 {
		src, ok := ops[i].([]byte)
		if !ok || len(src) == 0 || len(src) > 4 {
			continue
		}
		switch d := ops[i+1].(type) {
		case []byte:
			c.setUni(codeOf(src), len(src), utf16String(utf16Units(d)))
		case name: // a glyph name, allowed by the spec
			c.setUni(codeOf(src), len(src), glyphText(string(d)))
		}
	}
}

func (c *cmap) readBFRange(lx *lexer) {
	ops := operands(lx, "endbfrange")
	for i := 0; i+2 < len(ops); i += 3 {
		loB, ok1 := ops[i].([]byte)
		hiB, ok2 := ops[i+1].([]byte)
		if !ok1 || !ok2 || len(loB) == 0 || len(loB) > 4 || len(hiB) != len(loB) {
			continue
		}
		n := len(loB)
		lo, hi := codeOf(loB), codeOf(hiB)
		if hi < lo {
			continue
		}
		switch d := ops[i+2].(type) {
		case []byte:
			base := utf16Units(d)
			if len(base) == 0 {
				continue
			}
			if hi-lo < maxExpand {
				for k := uint32(0); k <= hi-lo; k++ {
					u := append([]uint16(nil), base...)
					u[len(u)-1] += uint16(k)
					c.setUni(lo+k, n, utf16String(u))
				}
			} else if len(c.uniRange) < maxRanges {
				c.uniRange = append(c.uniRange, uniRange{lo, hi, n, base})
			}
		case []any:
			for k, e := range d {
				if uint32(k) > hi-lo {
					break
				}
				if s, ok := e.([]byte); ok {
					c.setUni(lo+uint32(k), n, utf16String(utf16Units(s)))
				}
			}
		}
	}
}

func (c *cmap) readCIDChar(lx *lexer) {
	ops := operands(lx, "endcidchar")
	for i := 0; i+1 < len(ops); i += 2 {
		src, ok := ops[i].([]byte)
		f, ok2 := ops[i+1].(float64)
		if !ok || !ok2 || len(src) == 0 || len(src) > 4 || f < 0 {
			continue
		}
		c.setCID(codeOf(src), len(src), uint32(f))
	}
}

func (c *cmap) readCIDRange(lx *lexer, notdef bool) {
	end := keyword("endcidrange")
	if notdef {
		end = "endnotdefrange"
	}
	ops := operands(lx, end)
	for i := 0; i+2 < len(ops); i += 3 {
		loB, ok1 := ops[i].([]byte)
		hiB, ok2 := ops[i+1].([]byte)
		f, ok3 := ops[i+2].(float64)
		if !ok1 || !ok2 || !ok3 || len(loB) == 0 || len(loB) > 4 || len(hiB) != len(loB) || f < 0 {
			continue
		}
		lo, hi := codeOf(loB), codeOf(hiB)
		if hi < lo {
			continue
		}
		r := cidRange{lo, hi, len(loB), uint32(f)}
		switch {
		case notdef:
			if len(c.notdef) < maxRanges {
				c.notdef = append(c.notdef, r)
			}
		case hi-lo < maxExpand:
			for k := uint32(0); k <= hi-lo; k++ {
				c.setCID(lo+k, r.n, r.cid+k)
			}
		default:
			if len(c.cidRange) < maxRanges {
				c.cidRange = append(c.cidRange, r)
			}
		}
	}
}

func (c *cmap) finish() {
	sort.Slice(c.uniRange, func(i, j int) bool { return c.uniRange[i].lo < c.uniRange[j].lo })
	sort.Slice(c.cidRange, func(i, j int) bool { return c.cidRange[i].lo < c.cidRange[j].lo })
	c.uniReach = c.uniReach[:0]
	var m uint32
	for i, r := range c.uniRange {
		if i == 0 || r.hi > m {
			m = r.hi
		}
		c.uniReach = append(c.uniReach, m)
	}
	c.cidReach = c.cidReach[:0]
	for i, r := range c.cidRange {
		if i == 0 || r.hi > m {
			m = r.hi
		}
		c.cidReach = append(c.cidReach, m)
	}
}

// hasSpace reports whether the CMap declares code space ranges.
func (c *cmap) hasSpace() bool {
	for n := 1; n <= 4; n++ {
		if len(c.space[n]) > 0 {
			return true
		}
	}
	return false
}

// next splits the first code off b using the code space ranges; fallback
// is the length used when no range matches (or none is declared).
func (c *cmap) next(b []byte, fallback int) (code uint32, n int) {
	for n := 1; n <= 4 && n <= len(b); n++ {
		for _, r := range c.space[n] {
			match := true
			for i := 0; i < n; i++ {
				if b[i] < r.lo[i] || b[i] > r.hi[i] {
					match = false
					break
				}
			}
			if match {
				return codeOf(b[:n]), n
			}
		}
	}
	// No range matches: take the shortest declared length whose first
	// byte fits, else the fallback (spec 9.7.6.3 leaves this open).
	for n := 1; n <= 4; n++ {
		for _, r := range c.space[n] {
			if b[0] >= r.lo[0] && b[0] <= r.hi[0] {
				n = min(n, len(b))
				return codeOf(b[:n]), n
			}
		}
	}
	n = min(max(fallback, 1), len(b))
	return codeOf(b[:n]), n
}

// text returns the Unicode text for a code, ok=false when unmapped.
func (c *cmap) text(code uint32, n int) (string, bool) {
	if s, ok := c.uni[key(code, n)]; ok {
		return s, true
	}
	i := sort.Search(len(c.uniRange), func(i int) bool { return c.uniRange[i].lo > code }) - 1
	for ; i >= 0 && c.uniReach[i] >= code; i-- {
		r := c.uniRange[i]
		if r.n == n && code <= r.hi {
			u := append([]uint16(nil), r.base...)
			u[len(u)-1] += uint16(code - r.lo)
			return utf16String(u), true
		}
	}
	return "", false
}

// cidOf returns the CID for a code, ok=false when unmapped.
func (c *cmap) cidOf(code uint32, n int) (uint32, bool) {
	if v, ok := c.cid[key(code, n)]; ok {
		return v, true
	}
	i := sort.Search(len(c.cidRange), func(i int) bool { return c.cidRange[i].lo > code }) - 1
	for ; i >= 0 && c.cidReach[i] >= code; i-- {
		r := c.cidRange[i]
		if r.n == n && code <= r.hi {
			return r.cid + code - r.lo, true
		}
	}
	for _, r := range c.notdef {
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.cid, true
		}
	}
	return 0, false
}

// merge fills c with the entries of parent it does not define itself
// (usecmap).
func (c *cmap) merge(p *cmap) {
	if p == nil {
		return
	}
	for n := 1; n <= 4; n++ {
		if len(c.space[n]) == 0 {
			c.space[n] = p.space[n]
		}
	}
	for k, v := range p.uni {
		if _, ok := c.uni[k]; !ok {
			c.setUni(uint32(k), int(k>>32), v)
		}
	}
	for k, v := range p.cid {
		if _, ok := c.cid[k]; !ok {
			c.setCID(uint32(k), int(k>>32), v)
		}
	}
	c.uniRange = append(c.uniRange, p.uniRange[:min(len(p.uniRange), max(maxRanges-len(c.uniRange), 0))]...)
	c.cidRange = append(c.cidRange, p.cidRange[:min(len(p.cidRange), max(maxRanges-len(c.cidRange), 0))]...)
	c.notdef = append(c.notdef, p.notdef[:min(len(p.notdef), max(maxRanges-len(c.notdef), 0))]...)
	c.finish()
}
