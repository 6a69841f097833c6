// Package ocrxml reads the archive OCR formats into the page model: ALTO
// (1.x to 4.x, including the CCS namespace of docWORKS/NDNP files) and hOCR
// (Tesseract's and OCRmyPDF's). Lines and words keep their positions, sizes,
// styles and confidences, so segmentation and reflow run on them as on any
// positioned page.
package ocrxml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/htmlindex"
)

// maxDepth bounds element nesting: real files nest a dozen levels at most.
const maxDepth = 256

// maxNum bounds the coordinates, sizes and resolutions read from a file: a
// broadsheet scanned at 1200 dpi is under 1e5 pixels. Larger values (and
// NaN, ±Inf) are read as missing, so that sums and rescaled boxes stay
// finite.
const maxNum = 1e7

// sane reports whether f is a number within ±maxNum.
func sane(f float64) bool { return f >= -maxNum && f <= maxNum }

// node is an XML element with namespaces dropped: ALTO versions differ in
// namespace but not in element names.
type node struct {
	name string
	attr map[string]string
	kids []*node
	// items holds kids and character data in document order (hOCR words
	// hold text inside inline markup such as <strong>).
	items []item
}

type item struct {
	kid  *node
	text string
}

// get returns an attribute (local name, case-insensitive for hOCR's HTML).
func (n *node) get(name string) string { return n.attr[strings.ToLower(name)] }

// parse reads an XML (or XHTML) document into a tree. html relaxes the
// parser for hOCR written as HTML rather than XHTML.
func parse(data []byte, html bool) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	// Older files declare ISO-8859-1 or windows-1252.
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		return enc.NewDecoder().Reader(r), nil
	}
	if html {
		d.Strict = false
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = xml.HTMLEntity
	}
	var root *node
	var stack []*node
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("malformed XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= maxDepth {
				return nil, fmt.Errorf("XML nested deeper than %d elements", maxDepth)
			}
			n := &node{name: strings.ToLower(t.Name.Local), attr: make(map[string]string, len(t.Attr))}
			for _, a := range t.Attr {
				k := strings.ToLower(a.Name.Local)
				if a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
					k = "xml:" + k
				}
				n.attr[k] = noControls(a.Value)
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.kids = append(parent.kids, n)
				parent.items = append(parent.items, item{kid: n})
			} else if root == nil {
				root = n
			} else {
				return nil, errors.New("malformed XML: more than one root element")
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				n := stack[len(stack)-1]
				n.items = append(n.items, item{text: noControls(string(t))})
			}
		}
	}
	if root == nil {
		return nil, errors.New("no XML element found")
	}
	return root, nil
}

// noControls drops the control characters XML lets through, C1 and DEL
// (it refuses the C0 ones but tab and line breaks): none is page text.
// strings.Map returns s itself when it drops nothing.
func noControls(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' {
			return -1
		}
		return r
	}, s)
}

// walk calls f on n and its descendants in document order; f returning
// false skips the element's children.
func walk(n *node, f func(*node) bool) {
	if !f(n) {
		return
	}
	for _, k := range n.kids {
		walk(k, f)
	}
}

// child returns the first child element with the name, or nil.
func (n *node) child(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

// innerText returns all character data below n.
func (n *node) innerText() string {
	var sb strings.Builder
	var rec func(*node)
	rec = func(m *node) {
		for _, it := range m.items {
			if it.kid != nil {
				rec(it.kid)
			} else {
				sb.WriteString(it.text)
			}
		}
	}
	rec(n)
	return sb.String()
}
