// Package textdump reads raw text dumps made by other extractors (pdftotext,
// OCR engines, copy-paste) into the page model: one page per form feed,
// lines in the order the dump printed them, without geometry.
package textdump

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/page"
)

// ErrBinary is returned for files that hold binary data rather than text.
var ErrBinary = errors.New("binary data, not a text dump")

// Options steer how a text dump is read.
type Options struct {
	// Encoding is the dump's encoding, a name EncodingName knows; "" or
	// "auto" detects it.
	Encoding string
}

// Read decodes a text dump into pages of unpositioned lines, detecting its
// encoding: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK,
// Big5 or Windows-1252. A dump with a little damage is read with U+FFFD
// for it and a warning; a warning also names an encoding other than UTF-8.
func Read(data []byte) (*page.Document, error) {
	return ReadWith(data, Options{})
}

// ReadWith is Read in the encoding opts name.
func ReadWith(data []byte, opts Options) (*page.Document, error) {
	name, err := EncodingName(opts.Encoding)
	if err != nil {
		return nil, err
	}
	d, err := decode(data, name)
	if err != nil {
		return nil, err
	}
	text, escapes, controls := dropControls(d.text)
	doc := &page.Document{}
	chunks := strings.Split(text, "\f")
	// A dump that ends with a form feed has an empty chunk after it: not a page.
	if len(chunks) > 1 && strings.TrimSpace(chunks[len(chunks)-1]) == "" {
		chunks = chunks[:len(chunks)-1]
	}
	for _, chunk := range chunks {
		p := page.Page{Number: len(doc.Pages) + 1, Unit: page.NoUnit, Method: page.MethodText}
		chunk = strings.ReplaceAll(chunk, "\r\n", "\n")
		chunk = strings.ReplaceAll(chunk, "\r", "\n")
		p.Language = guessLanguage(chunk)
		rows := strings.Split(chunk, "\n")
		for i, s := range rows {
			rows[i] = strings.TrimRight(s, " \t")
		}
		if cells := layoutRows(rows); cells != nil {
			rows = unlayout(rows, cells)
		} else if rawPage(rows) {
			rows = unraw(rows, p.Language)
			p.Ordered = true
		}
		for _, s := range rows {
			p.Lines = append(p.Lines, page.Line{Text: s, Conf: 1})
		}
		doc.Pages = append(doc.Pages, p)
	}
	if d.note != "" {
		// Said once, on the first page, as the other warnings of the file.
		doc.Pages[0].Warnings = append(doc.Pages[0].Warnings, "text dump: read as "+d.note)
	}
	if escapes+controls > 0 {
		// Said once, on the first page: the count is the file's.
		doc.Pages[0].Warnings = append(doc.Pages[0].Warnings, fmt.Sprintf(
			"text dump: dropped %d terminal escape sequences and %d other control characters", escapes, controls))
	}
	if d.damaged > 0 {
		doc.Pages[0].Warnings = append(doc.Pages[0].Warnings, fmt.Sprintf(
			"text dump: %d invalid %s byte sequences replaced by U+FFFD", d.damaged, d.in))
	}
	return doc, nil
}

// dropControls removes what a dump captured from a terminal or a binary
// copy rather than text: escape sequences (colours, cursor moves, window
// titles) and C0 and C1 control characters and DEL, except tab, newline,
// carriage return and form feed (a page break in dumps). It returns the
// text and how many sequences and lone controls it removed.
func dropControls(s string) (string, int, int) {
	keep := func(r rune) bool {
		return !unicode.IsControl(r) || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return !keep(r) }) {
		return s, 0, 0
	}
	var b strings.Builder
	escapes, controls := 0, 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if keep(r) {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		if m := escapeLen(s[i:]); m > 0 {
			escapes++
			i += m
			continue
		}
		controls++
		i += n
	}
	return b.String(), escapes, controls
}

// escapeLen returns the length of the terminal escape sequence s opens
// (ECMA-48), 0 when it opens none. CSI (ESC [ or U+009B) runs through
// parameter and intermediate bytes to a final byte; OSC (ESC ] or U+009D)
// to BEL or ESC \ (or the end of the line: a dump's lines end there);
// other escapes are ESC, intermediate bytes and one final byte. Every
// introducer of CSI and OSC is two bytes (U+009B and U+009D in UTF-8 too).
func escapeLen(s string) int {
	switch {
	case strings.HasPrefix(s, "\x1b]"), strings.HasPrefix(s, "\u009d"):
		for i := 2; i < len(s); i++ {
			switch {
			case s[i] == 0x07:
				return i + 1
			case strings.HasPrefix(s[i:], "\x1b\\"):
				return i + 2
			case s[i] == '\n' || s[i] == '\r' || s[i] == '\f':
				return i
			}
		}
		return len(s)
	case strings.HasPrefix(s, "\x1b["), strings.HasPrefix(s, "\u009b"):
		i := 2
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
			i++ // parameter (0x30-0x3f) and intermediate (0x20-0x2f) bytes
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	case strings.HasPrefix(s, "\x1b"):
		i := 1
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			return i + 1
		}
	}
	return 0
}

// Decode detects the encoding of a text dump and returns it as UTF-8.
func Decode(data []byte) (string, error) {
	d, err := decode(data, "")
	return d.text, err
}

// bytesPerDamage is how many bytes of a damaged UTF-8 dump there must be
// for each invalid byte sequence: more damage than that is another
// encoding, not damage.
const bytesPerDamage = 1000

// decoded is a dump's text and how it was read.
type decoded struct {
	text    string
	damaged int    // invalid byte sequences replaced by U+FFFD
	in      string // the encoding they are invalid in
	note    string // the encoding, when it is worth saying; "" for UTF-8 detected
}

// decode returns data as UTF-8, read in the encoding forced names (a
// canonical name, see EncodingName), or detected when forced is "".
func decode(data []byte, forced string) (decoded, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return decoded{}, errors.New("empty text file")
	}
	if forced != "" {
		return decodeAs(data, forced)
	}
	// A byte order mark says the dump is Unicode: it is read as if
	// --encoding named the mark's encoding, its bad sequences (lone
	// surrogates in UTF-16) counted as damage and refused when too many.
	// No other encoding is tried.
	if bom := byteOrderMark(data); bom != "" {
		note := bom + ", by its byte order mark"
		if bom == "UTF-8" {
			note = "" // plain UTF-8 is not worth saying
		}
		return decodeChecked(data, forcedEncodings[strings.ToLower(bom)], note)
	}
	if why := binaryBytes(data); why != "" {
		return decoded{}, fmt.Errorf("%w: %s", ErrBinary, why)
	}
	if utf8.Valid(data) {
		return decoded{text: string(data)}, nil
	}
	// A UTF-8 dump cut off inside a character, or with a few bytes
	// damaged, is still worth reading: mark the damage, keep the rest.
	// Its other non-ASCII characters say it is UTF-8.
	multi, n := utf8Sequences(data)
	slight := !tooDamaged(data, n, true)
	if !(slight && multi >= n) {
		if d, ok := readLegacy(data); ok {
			return d, nil
		}
	}
	if slight {
		return decoded{text: strings.ToValidUTF8(string(data), "\uFFFD"), damaged: n, in: "UTF-8"}, nil
	}
	return decoded{}, errors.New("text is neither UTF-8, UTF-16 with BOM, GB18030/GBK, Big5 nor Windows-1252: --encoding says which")
}

// tooDamaged reports whether data has more invalid byte sequences than
// damage explains (one per bytesPerDamage bytes): it is in another
// encoding. A UTF-8 dump cut inside its last character is no reason to
// doubt it.
func tooDamaged(data []byte, invalid int, isUTF8 bool) bool {
	return invalid*bytesPerDamage > len(data) && !(isUTF8 && cutShort(data))
}

// cutShort reports whether data is UTF-8 but for its last character,
// cut off part way (a dump truncated by a full disk or a killed copy),
// however short the dump; a part of a character and nothing else is no
// text.
func cutShort(data []byte) bool {
	for i := 1; i <= utf8.UTFMax-1 && i <= len(data); i++ {
		if tail, text := data[len(data)-i:], data[:len(data)-i]; utf8.RuneStart(tail[0]) {
			return !utf8.FullRune(tail) && utf8.Valid(text) && len(bytes.TrimSpace(text)) > 0
		}
	}
	return false
}

// utf8Sequences counts the multi-byte UTF-8 characters in data and its
// invalid byte sequences, each run of invalid bytes once, as
// strings.ToValidUTF8 replaces them.
func utf8Sequences(data []byte) (multi, invalid int) {
	inRun := false
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		bad := r == utf8.RuneError && size == 1
		if bad && !inRun {
			invalid++
		}
		if size > 1 {
			multi++
		}
		inRun = bad
		data = data[size:]
	}
	return multi, invalid
}

// binaryBytes says where data holds control bytes that text never has (a
// NUL, or more than one in a hundred of other controls), "" when it has
// none.
func binaryBytes(data []byte) string {
	sample := data
	if len(sample) > 1<<16 {
		sample = sample[:1<<16]
	}
	bad := 0
	for i, b := range sample {
		if b == 0 {
			return fmt.Sprintf("a NUL at byte %d", i)
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b {
			bad++
		}
	}
	if bad*100 > len(sample) {
		return fmt.Sprintf("%d control bytes in the first %d", bad, len(sample))
	}
	return ""
}

// guessLanguage returns "zh" when Han characters dominate the letters of
// text, "en" when Latin letters do, "" when there are none.
func guessLanguage(text string) string {
	han, latin := 0, 0
	for _, r := range text {
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case r < 0x80 && (r|0x20) >= 'a' && (r|0x20) <= 'z':
			latin++
		}
	}
	switch {
	case han == 0 && latin == 0:
		return ""
	case han*3 >= latin: // one Han character carries about as much as a word
		return "zh"
	}
	return "en"
}
