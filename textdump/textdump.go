// Package textdump reads raw text dumps made by other extractors into the
// page model: one page per form feed, lines without geometry.
package textdump

import (
	"errors"
	"strings"
	"unicode/utf8"

	"newsprint/page"
)

// Read decodes a text dump into pages of unpositioned lines.
func Read(data []byte) (*page.Document, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("text is not valid UTF-8")
	}
	doc := &page.Document{}
	for i, chunk := range strings.Split(string(data), "\f") {
		if i > 0 && strings.TrimSpace(chunk) == "" {
			continue
		}
		p := page.Page{Number: len(doc.Pages) + 1, Unit: page.NoUnit, Method: page.MethodText}
		for _, s := range strings.Split(chunk, "\n") {
			p.Lines = append(p.Lines, page.Line{Text: strings.TrimRight(s, "\r"), Conf: 1})
		}
		doc.Pages = append(doc.Pages, p)
	}
	return doc, nil
}
