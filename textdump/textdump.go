// Package textdump reads raw text dumps made by other extractors (pdftotext,
// OCR engines, copy-paste) into the page model: one page per form feed,
// lines in the order the dump printed them, without geometry.
package textdump

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"newsprint/page"
)

// ErrBinary is returned for files that hold binary data rather than text.
var ErrBinary = errors.New("binary data, not a text dump")

// Read decodes a text dump into pages of unpositioned lines. Encodings:
// UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK.
func Read(data []byte) (*page.Document, error) {
	text, err := Decode(data)
	if err != nil {
		return nil, err
	}
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
	return doc, nil
}

// Decode detects the encoding of a text dump and returns it as UTF-8.
func Decode(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", errors.New("empty text file")
	}
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	if enc != nil {
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("decoding UTF-16: %w", err)
		}
		data = out
	}
	if why := binaryBytes(data); why != "" {
		if enc != nil {
			why += " of the text decoded from UTF-16"
		}
		return "", fmt.Errorf("%w: %s", ErrBinary, why)
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if enc == nil {
		// Not UTF-8: GB18030 is a superset of GBK and GB2312 and decodes any
		// byte sequence, so judge the result: real Chinese text decodes to
		// mostly common Han characters and no replacement characters.
		out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		if err == nil && plausibleGB(out) {
			return string(out), nil
		}
	}
	return "", errors.New("text is neither UTF-8, UTF-16 with BOM nor GB18030/GBK")
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

// plausibleGB reports whether text decoded from GB18030 looks like real text.
func plausibleGB(decoded []byte) bool {
	han, other := 0, 0
	for _, r := range string(decoded) {
		switch {
		case r == utf8.RuneError:
			return false
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
			han++
		case r >= 0x80:
			other++ // rare scripts GB18030 maps four-byte sequences to
		}
	}
	return han > 0 && other*10 <= han
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
