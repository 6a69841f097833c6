package textdump

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// A dump that is not UTF-8 was most often written by a Windows tool or an
// archive in the legacy encoding of its language: GB18030/GBK (mainland
// Chinese), Big5 (Taiwan, Hong Kong) or Windows-1252 (English and other
// Western languages). Any byte string decodes in each of them, so the
// encoding is judged by how many of its bytes form the characters text
// in each is mostly made of (detectLegacy).

// namedEncoding is an encoding and the name warnings give it.
type namedEncoding struct {
	display string
	enc     encoding.Encoding
}

// forcedEncodings are the encodings --encoding may name, by their
// canonical names. A UTF-16 byte order mark, when there is one, decides
// the byte order.
var forcedEncodings = map[string]namedEncoding{
	"utf-8":        {"UTF-8", xunicode.UTF8},
	"utf-16le":     {"UTF-16LE", xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)},
	"utf-16be":     {"UTF-16BE", xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)},
	"gb18030":      {"GB18030", simplifiedchinese.GB18030},
	"big5":         {"Big5", traditionalchinese.Big5},
	"windows-1252": {"Windows-1252", charmap.Windows1252},
	"latin-1":      {"Latin-1", charmap.ISO8859_1},
}

// encodingAliases are other names users write for the same encodings.
var encodingAliases = map[string]string{
	"utf8": "utf-8", "utf-16": "utf-16le", "gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030",
	"cp950": "big5", "cp1252": "windows-1252", "latin1": "latin-1", "iso-8859-1": "latin-1",
}

// EncodingName returns the canonical name of the encoding a user named
// (case does not matter), "" for "auto" or "": detect it. Besides the
// encodings detection knows, any encoding a web page may declare is
// accepted by its WHATWG label (shift_jis, euc-kr, windows-1251, koi8-r,
// ...): archives hold dumps in the legacy encodings of many languages.
func EncodingName(name string) (string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" || n == "auto" {
		return "", nil
	}
	if a, ok := encodingAliases[n]; ok {
		n = a
	}
	if _, ok := forcedEncodings[n]; ok {
		return n, nil
	}
	if ne, ok := webEncoding(n); ok {
		if a, ok := encodingAliases[ne.display]; ok {
			return a, nil // gbk, one of ours under its web name
		}
		return ne.display, nil
	}
	names := slices.Sorted(maps.Keys(forcedEncodings))
	return "", fmt.Errorf("unknown encoding %q: want auto, %s, or a WHATWG encoding label such as shift_jis, euc-kr or windows-1251",
		name, strings.Join(names, ", "))
}

// forcedEncoding returns the encoding of a canonical name.
func forcedEncoding(name string) (namedEncoding, bool) {
	if ne, ok := forcedEncodings[name]; ok {
		return ne, true
	}
	return webEncoding(name)
}

// webEncoding looks a label up in the WHATWG encoding index, named by its
// canonical WHATWG name. The "replacement" encoding, which turns any input
// into one U+FFFD, reads no text.
func webEncoding(label string) (namedEncoding, bool) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return namedEncoding{}, false
	}
	name, err := htmlindex.Name(enc)
	if err != nil || name == "replacement" {
		return namedEncoding{}, false
	}
	return namedEncoding{name, enc}, true
}

// legacy is an encoding detection may choose for a dump that is not UTF-8.
type legacy struct {
	name string // canonical, as --encoding names it
	fit  func(data []byte) fit
}

// fit is how many of a dump's high bytes (over 0x7F) an encoding reads as
// characters of its standard sets (valid) and, of those, as the common
// characters text in it is mostly made of (common).
type fit struct{ valid, common int }

// legacies in the order they are preferred when they fit a dump as well:
// GB18030 first, the language newsprint is tuned for; Windows-1252 before
// Big5, since Latin text whose every accented letter or soft hyphen is
// followed by an ASCII letter also reads as Big5.
var legacies = []legacy{
	{"gb18030", gbFit},
	{"windows-1252", cp1252Fit},
	{"big5", big5Fit},
}

// minValid is the share of a dump's high bytes its encoding must read as
// characters: a few damaged bytes or characters from outside the standard
// sets are tolerated.
const minValid = 0.9

// detectLegacy returns the legacy encoding that reads the most of data's
// high bytes as common characters, among those that read nearly all of
// them as characters and most as common ones, and, when another reads as
// many, that one too; nil when none reads data as text.
func detectLegacy(data []byte) (best, tie *legacy) {
	high := 0
	for _, b := range data {
		if b >= 0x80 {
			high++
		}
	}
	if high == 0 {
		return nil, nil
	}
	bestCommon := 0
	for i := range legacies {
		f := legacies[i].fit(data)
		switch {
		case float64(f.valid) < minValid*float64(high), f.common*2 < high:
		case f.common > bestCommon:
			best, tie, bestCommon = &legacies[i], nil, f.common
		case f.common == bestCommon && tie == nil:
			tie = &legacies[i]
		}
	}
	return best, tie
}

// readLegacy reads data in the legacy encoding detectLegacy finds, with a
// note naming it and the other that fits as well; false when none does.
func readLegacy(data []byte) (decoded, bool) {
	best, tie := detectLegacy(data)
	if best == nil {
		return decoded{}, false
	}
	ne := forcedEncodings[best.name]
	text, damaged, _, err := decodeIn(data, ne.enc)
	if err != nil {
		return decoded{}, false
	}
	note := ne.display + ", by its bytes (not UTF-8)"
	if tie != nil {
		note += "; " + forcedEncodings[tie.name].display + " fits them as well: --encoding says which"
	}
	return decoded{text: text, damaged: damaged, in: ne.display, note: note}, true
}

// gbFit reads data as GB18030. Its valid characters are all but the kana
// (rows 4-5 of GB2312) and the areas left to users; the common ones are
// GB2312's symbols and full-width forms (rows 1-3) and its Han characters
// of level 1 (rows 16-55, the most frequent), both bytes 0xA1-0xFE. The
// rest are rarer: level 2, GBK's additions (a byte under 0xA1), four-byte
// sequences for the rest of Unicode.
func gbFit(data []byte) fit {
	var f fit
	for i := 0; i < len(data); {
		b := data[i]
		switch {
		case b < 0x80:
			i++
		case i+3 < len(data) && b >= 0x81 && b <= 0xFE && isDigit(data[i+1]) &&
			data[i+2] >= 0x81 && data[i+2] <= 0xFE && isDigit(data[i+3]):
			f.valid += 2
			i += 4
		case i+1 < len(data) && b >= 0x81 && b <= 0xFE && data[i+1] >= 0x40 && data[i+1] != 0x7F && data[i+1] != 0xFF:
			t := data[i+1]
			n := pairHigh(t)
			gb2312 := b >= 0xA1 && t >= 0xA1 // both bytes 0xA1-0xFE
			switch {
			case gb2312 && (b <= 0xA3 || b >= 0xB0 && b <= 0xD7):
				f.common += n
				f.valid += n
			case gb2312 && (b >= 0xA4 && b <= 0xA5 || b >= 0xAA && b <= 0xAF || b >= 0xF8),
				!gb2312 && b >= 0xA1 && b <= 0xA7:
			default:
				f.valid += n
			}
			i += 2
		default:
			i++
		}
	}
	return f
}

// big5Fit reads data as Big5. Its valid characters are the symbols
// (0xA140-0xA3BF) and the Han characters of both levels (0xA440-0xC67E,
// 0xC940-0xF9D5); the common ones are the punctuation and full-width
// forms (0xA140-0xA2FE) and the Han characters of level 1, Big5's by
// frequency. About a third of them have a trail byte in 0x40-0x7E, which
// GB2312 never has.
func big5Fit(data []byte) fit {
	var f fit
	pairs, lowTrail := 0, 0
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		if i+1 >= len(data) {
			break
		}
		t := data[i+1]
		if !(t >= 0x40 && t <= 0x7E || t >= 0xA1 && t <= 0xFE) {
			i++
			continue
		}
		pairs++
		if t < 0x80 {
			lowTrail++
		}
		n := pairHigh(t)
		// A lead byte between ASCII letters whose trail is a letter too is
		// a mark inside a Latin word (a soft hyphen, an accent), not Han.
		inWord := t < 0x80 && isLetter(t) && i > 0 && isLetter(data[i-1]) && i+2 < len(data) && isLetter(data[i+2])
		switch code := int(b)<<8 | int(t); {
		case !inWord && (code >= 0xA140 && code <= 0xA2FE || code >= 0xA440 && code <= 0xC67E):
			f.common += n
			f.valid += n
		case code >= 0xA140 && code <= 0xA3BF, code >= 0xA440 && code <= 0xC67E, code >= 0xC940 && code <= 0xF9D5:
			f.valid += n
		}
		i += 2
	}
	if pairs >= minBig5Pairs && lowTrail == 0 {
		return fit{} // EUC-KR, EUC-JP, GB2312: every trail byte high
	}
	return f
}

// minBig5Pairs is how many characters Big5 text has before one of them,
// at the latest, has a trail byte in 0x40-0x7E: about half of them do
// (0.5^8 is under 1%).
const minBig5Pairs = 8

// cp1252Fit reads data as Windows-1252: its valid and common characters
// are the ones it defines in short runs of high bytes among ASCII words.
// In Western text an accented letter, a curly quote or a dash stands alone
// among ASCII letters and spaces, or two or three stand together inside a
// word (ção, Größe, l’été), and there are at least half as many words of
// ASCII letters. The characters of a double-byte encoding make long runs,
// or stand alone with a single ASCII trail byte between them (Big5), not
// words.
func cp1252Fit(data []byte) fit {
	n, words := 0, 0
	for i := 0; i < len(data); {
		if data[i] < 0x80 {
			j := i
			for j < len(data) && isLetter(data[j]) {
				j++
			}
			if j-i >= 2 {
				words++
			}
			i = max(j, i+1)
			continue
		}
		j := i
		for j < len(data) && data[j] >= 0x80 {
			j++
		}
		inWord := i > 0 && isLetter(data[i-1]) || j < len(data) && isLetter(data[j])
		if j-i == 1 || j-i <= 3 && inWord {
			for _, b := range data[i:j] {
				if b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D { // undefined
					n++
				}
			}
		}
		i = j
	}
	if words*2 < n {
		return fit{}
	}
	return fit{valid: n, common: n}
}

// decodeAs reads data in the encoding a user forced (a canonical name).
// It checks the user's word: a byte order mark of another encoding, or
// more bytes the encoding has no character for than a damaged dump has,
// are an error; a few are replaced by U+FFFD, as in a damaged UTF-8 dump.
func decodeAs(data []byte, name string) (decoded, error) {
	ne, ok := forcedEncoding(name)
	if !ok {
		return decoded{}, fmt.Errorf("unknown encoding %q", name)
	}
	switch bom := byteOrderMark(data); {
	case isUTF16(bom) && isUTF16(ne.display):
		// The decoder follows the mark's byte order, whichever was named.
		ne = forcedEncodings[strings.ToLower(bom)]
	case bom != "" && bom != ne.display:
		return decoded{}, fmt.Errorf("starts with a %s byte order mark: not %s", bom, ne.display)
	}
	return decodeChecked(data, ne, ne.display+", as --encoding says")
}

// decodeChecked reads data in ne, a dump's encoding as its reader was
// told it (by --encoding or a byte order mark), with note for the
// warning that names it. The byte sequences ne has no character for are
// counted and replaced by U+FFFD, or refused when there are more than a
// damaged dump has.
func decodeChecked(data []byte, ne namedEncoding, note string) (decoded, error) {
	in := ne.display
	var text string
	var invalid, firstBad int // firstBad: the line of the first, 0 when not known
	if in == "UTF-8" {
		data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
		_, invalid = utf8Sequences(data)
		text = strings.ToValidUTF8(string(data), "\uFFFD")
	} else {
		var err error
		if text, invalid, firstBad, err = decodeIn(data, ne.enc); err != nil {
			return decoded{}, fmt.Errorf("decoding %s: %w", in, err)
		}
	}
	if tooDamaged(data, invalid, in == "UTF-8") {
		if firstBad == 0 { // utf8Sequences counts them but does not place them
			_, firstBad = badSequences(data, ne.enc)
		}
		return decoded{}, fmt.Errorf("not %s: %d byte sequences are invalid in it, the first on line %d", in, invalid, firstBad)
	}
	if why := binaryBytes([]byte(text)); why != "" {
		return decoded{}, fmt.Errorf("%w: %s of the text decoded from %s", ErrBinary, why, in)
	}
	return decoded{text: text, damaged: invalid, in: in, note: note}, nil
}

// decodeIn returns data decoded in enc, how many of its byte sequences
// enc has no character for and the line of the first (badSequences): a
// U+FFFD the file holds as a character is text, not damage.
func decodeIn(data []byte, enc encoding.Encoding) (text string, bad, firstLine int, err error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", 0, 0, err
	}
	text = string(out)
	if strings.Contains(text, "\uFFFD") { // the file's own, or bad bytes'
		bad, firstLine = badSequences(data, enc)
	}
	return text, bad, firstLine, nil
}

// byteOrderMark names the Unicode encoding the byte order mark data starts
// with says, "" when none.
func byteOrderMark(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return "UTF-8"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return "UTF-16LE"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return "UTF-16BE"
	}
	return ""
}

func isUTF16(name string) bool { return strings.HasPrefix(name, "UTF-16") }

// badSequences counts the byte sequences of data that enc has no
// character for, each of which its decoder reads as U+FFFD, and finds the
// line of the first (0 when there is none). The decoder is fed the bytes
// of one character at a time, so a U+FFFD the file holds as a character,
// in enc's own bytes for it, is told from a bad sequence's.
func badSequences(data []byte, enc encoding.Encoding) (bad, firstLine int) {
	// enc's bytes for U+FFFD, nil where it has none: the second of two,
	// after any byte order mark the encoder writes first.
	one, _ := enc.NewEncoder().Bytes([]byte("\uFFFD"))
	two, _ := enc.NewEncoder().Bytes([]byte("\uFFFD\uFFFD"))
	own := two[min(len(one), len(two)):]
	dec := enc.NewDecoder()
	var out [utf8.UTFMax]byte
	line := 1
	for i := 0; i < len(data); {
		// The fewest bytes that decode, read into room for one U+FFFD
		// (or one longer character): one character out.
		var nOut, nIn int
		var err error
		for end := i + 1; end <= len(data); end++ {
			nOut, nIn, err = dec.Transform(out[:3], data[i:end], end == len(data))
			if err == transform.ErrShortDst && nOut == 0 {
				nOut, nIn, err = dec.Transform(out[:], data[i:end], end == len(data))
			}
			if nIn > 0 || err != transform.ErrShortSrc {
				break
			}
		}
		if nIn == 0 {
			break // a decoder error: nothing more can be read
		}
		if r := string(out[:nOut]); r == "\uFFFD" && !bytes.Equal(data[i:i+nIn], own) {
			if bad++; bad == 1 {
				firstLine = line
			}
		} else if r == "\n" {
			line++
		}
		i += nIn
	}
	return bad, firstLine
}

// pairHigh is how many high bytes a double-byte character with trail
// byte t has: its lead, and its trail when that is not ASCII.
func pairHigh(t byte) int {
	if t >= 0x80 {
		return 2
	}
	return 1
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }
