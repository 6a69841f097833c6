package pdftext

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

//go:embed data/*.gz
var dataFS embed.FS

// readData returns an embedded, gunzipped data file.
func readData(file string) []byte {
	f, err := dataFS.Open("data/" + file + ".gz")
	if err != nil {
		return nil
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil
	}
	return b
}

var (
	aglOnce sync.Once
	agl     map[string]string
)

// glyphText maps a glyph name to text: the Adobe Glyph List, then the
// uniXXXX / uXXXX[XX] conventions, then ligature names ("f_i").
func glyphText(n string) string {
	aglOnce.Do(func() {
		agl = map[string]string{}
		sc := bufio.NewScanner(bytes.NewReader(readData("glyphlist.txt")))
		for sc.Scan() {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			nm, codes, ok := strings.Cut(line, ";")
			if !ok {
				continue
			}
			var b strings.Builder
			for _, h := range strings.Fields(codes) {
				if v, err := strconv.ParseUint(h, 16, 32); err == nil {
					b.WriteRune(rune(v))
				}
			}
			agl[nm] = b.String()
		}
	})
	if n == "" {
		return ""
	}
	if s, ok := agl[n]; ok {
		return s
	}
	// "a.sc", "one.oldstyle": drop the suffix.
	if i := strings.IndexByte(n, '.'); i > 0 {
		return glyphText(n[:i])
	}
	if strings.Contains(n, "_") {
		var b strings.Builder
		for _, part := range strings.Split(n, "_") {
			b.WriteString(glyphText(part))
		}
		return b.String()
	}
	if strings.HasPrefix(n, "uni") && len(n) >= 7 && (len(n)-3)%4 == 0 {
		var u []uint16
		for i := 3; i+4 <= len(n); i += 4 {
			v, err := strconv.ParseUint(n[i:i+4], 16, 16)
			if err != nil {
				return ""
			}
			u = append(u, uint16(v))
		}
		return utf16String(u)
	}
	if n[0] == 'u' && len(n) >= 5 && len(n) <= 7 {
		if v, err := strconv.ParseUint(n[1:], 16, 32); err == nil && utf8.ValidRune(rune(v)) {
			return string(rune(v))
		}
	}
	return ""
}

// numberedGlyph handles names such as "g65", "G41", "cid65", "c065" that
// some writers use: the number is taken as the character code, decimal or
// (for two hex digits) hexadecimal. ok=false when n is not of that form.
func numberedGlyph(n string) (string, bool) {
	i := 0
	for i < len(n) && i < 3 && (n[i] >= 'a' && n[i] <= 'z' || n[i] >= 'A' && n[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(n) || len(n)-i > 5 {
		return "", false
	}
	num := n[i:]
	v, err := strconv.ParseUint(num, 10, 32)
	if err != nil {
		if len(num) != 2 {
			return "", false
		}
		v, err = strconv.ParseUint(num, 16, 32)
		if err != nil {
			return "", false
		}
	}
	if v < 32 || !utf8.ValidRune(rune(v)) {
		return "", false
	}
	return string(rune(v)), true
}

// Base encodings as code → text.
var (
	winAnsi, macRoman, standard [256]string
	encOnce                     sync.Once
)

// standardHigh is StandardEncoding above ASCII (PDF 32000 Annex D).
var standardHigh = map[byte]rune{
	0xA1: '¡', 0xA2: '¢', 0xA3: '£', 0xA4: '⁄', 0xA5: '¥', 0xA6: 'ƒ', 0xA7: '§',
	0xA8: '¤', 0xA9: '\'', 0xAA: '“', 0xAB: '«', 0xAC: '‹', 0xAD: '›', 0xAE: 'ﬁ',
	0xAF: 'ﬂ', 0xB1: '–', 0xB2: '†', 0xB3: '‡', 0xB4: '·', 0xB6: '¶', 0xB7: '•',
	0xB8: '‚', 0xB9: '„', 0xBA: '”', 0xBB: '»', 0xBC: '…', 0xBD: '‰', 0xBF: '¿',
	0xC1: '`', 0xC2: '´', 0xC3: 'ˆ', 0xC4: '˜', 0xC5: '¯', 0xC6: '˘', 0xC7: '˙',
	0xC8: '¨', 0xCA: '˚', 0xCB: '¸', 0xCD: '˝', 0xCE: '˛', 0xCF: 'ˇ', 0xD0: '—',
	0xE1: 'Æ', 0xE3: 'ª', 0xE8: 'Ł', 0xE9: 'Ø', 0xEA: 'Œ', 0xEB: 'º', 0xF1: 'æ',
	0xF5: 'ı', 0xF8: 'ł', 0xF9: 'ø', 0xFA: 'œ', 0xFB: 'ß',
}

func initEncodings() {
	encOnce.Do(func() {
		for c := 32; c < 256; c++ {
			if r := charmap.Windows1252.DecodeByte(byte(c)); r != utf8.RuneError {
				winAnsi[c] = string(r)
			}
			if r := charmap.Macintosh.DecodeByte(byte(c)); r != utf8.RuneError {
				macRoman[c] = string(r)
			}
			if c < 127 {
				standard[c] = string(rune(c))
			} else if r, ok := standardHigh[byte(c)]; ok {
				standard[c] = string(r)
			}
		}
		// PDF WinAnsi differences from CP1252: undefined codes and
		// 0xA0/0xAD are printed as bullet, space and hyphen.
		winAnsi[0xAD] = "-"
		standard[0x27] = "’"
		standard[0x60] = "‘"
		// 0x7F..0x9F holes in WinAnsi show as bullets in PDF.
		for _, c := range []int{0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D} {
			winAnsi[c] = "•"
		}
	})
}

// baseEncoding returns the named base encoding table, nil when unknown.
func baseEncoding(n string) *[256]string {
	initEncodings()
	switch n {
	case "WinAnsiEncoding":
		return &winAnsi
	case "MacRomanEncoding":
		return &macRoman
	case "StandardEncoding":
		return &standard
	}
	return nil
}

// Predefined CMaps and the Adobe-GB1 CID → Unicode table, parsed on first use.
var (
	predefMu sync.Mutex
	predef   = map[string]*cmap{}
)

// predefinedFiles maps predefined CMap names to the embedded file holding
// them. UCS-2 is UTF-16 restricted to the BMP, so UniGB-UCS2-H shares
// UniGB-UTF16-H; -V variants use the -H tables with WMode 1.
var predefinedFiles = map[string]string{
	"UniGB-UCS2-H":   "UniGB-UTF16-H",
	"UniGB-UTF16-H":  "UniGB-UTF16-H",
	"GBK-EUC-H":      "GBK-EUC-H",
	"GB-EUC-H":       "GB-EUC-H",
	"GBKp-EUC-H":     "GBKp-EUC-H",
	"GBK2K-H":        "GBK2K-H",
	"Adobe-GB1-UCS2": "Adobe-GB1-UCS2",
}

// predefined returns a predefined CMap by name (nil when not embedded) and
// the writing mode its name implies.
func predefined(n string) (*cmap, int) {
	wmode := 0
	base := n
	if strings.HasSuffix(n, "-V") {
		wmode = 1
		base = strings.TrimSuffix(n, "-V") + "-H"
	}
	file, ok := predefinedFiles[base]
	if !ok {
		return nil, wmode
	}
	predefMu.Lock()
	defer predefMu.Unlock()
	if c, ok := predef[file]; ok {
		return c, wmode
	}
	c := parseCMap(readData(file))
	predef[file] = c
	return c, wmode
}

// gb1Text maps an Adobe-GB1 CID to text.
func gb1Text(cid uint32) (string, bool) {
	c, _ := predefined("Adobe-GB1-UCS2")
	if c == nil {
		return "", false
	}
	return c.text(cid, 2)
}
