// Package pdfgen writes small PDFs object by object: for tests of the text
// reader (content streams, fonts of every kind, forms, images, rotation) and
// for the tools that make test pages (tools/synthpages, testdata/samples/gen).
// It checks nothing: tests use it to build broken files on purpose too.
package pdfgen

import (
	"bytes"
	"fmt"
	"strings"
)

// Doc is a PDF under construction. Object numbers start at 1.
type Doc struct {
	objs  [][]byte
	pages []int
	kids  int     // object number of the page tree root, reserved up front
	w, h  float64 // media box of the pages added next, in points
}

// New returns an empty document with its page tree root reserved; pages
// are US Letter until Size says otherwise.
func New() *Doc {
	d := &Doc{w: 612, h: 792}
	d.kids = d.Reserve()
	return d
}

// Size sets the media box (width, height in points) of the pages added next.
func (d *Doc) Size(w, h float64) {
	d.w, d.h = w, h
}

// Reserve allocates an object number to be filled with Set.
func (d *Doc) Reserve() int {
	d.objs = append(d.objs, nil)
	return len(d.objs)
}

// Set fills object n with a body (PDF syntax, without "obj"/"endobj").
func (d *Doc) Set(n int, body string) {
	d.objs[n-1] = []byte(body)
}

// Add appends an object and returns its number.
func (d *Doc) Add(body string) int {
	n := d.Reserve()
	d.Set(n, body)
	return n
}

// Stream appends a stream object; dict holds extra entries ("/Type /XObject").
func (d *Doc) Stream(dict string, data []byte) int {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<< %s /Length %d >>\nstream\n", dict, len(data))
	b.Write(data)
	b.WriteString("\nendstream")
	n := d.Reserve()
	d.objs[n-1] = b.Bytes()
	return n
}

// Page adds a page with the given content, resources dictionary (PDF
// syntax, "" for none) and extra page entries ("/Rotate 90").
func (d *Doc) Page(content, resources, extra string) int {
	c := d.Stream("", []byte(content))
	if resources == "" {
		resources = "<< >>"
	}
	n := d.Add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources %s /Contents %d 0 R %s >>",
		d.kids, d.w, d.h, resources, c, extra))
	d.pages = append(d.pages, n)
	return n
}

// Bytes returns the finished file: header, objects, xref table, trailer.
func (d *Doc) Bytes() []byte {
	var kids []string
	for _, p := range d.pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	d.Set(d.kids, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(d.pages)))
	catalog := d.Add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", d.kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(d.objs))
	for i, o := range d.objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n", i+1)
		if o == nil {
			o = []byte("null")
		}
		b.Write(o)
		b.WriteString("\nendobj\n")
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(d.objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(d.objs)+1, catalog, xref)
	// The catalog is added per call; drop it so Bytes can be called again.
	d.objs = d.objs[:len(d.objs)-1]
	return b.Bytes()
}

// Hex returns s as a PDF hex string.
func Hex(b []byte) string {
	return fmt.Sprintf("<%X>", b)
}

// UTF16 returns the UTF-16BE hex string of s, for ToUnicode destinations.
func UTF16(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			fmt.Fprintf(&b, "%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			continue
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	return "<" + b.String() + ">"
}

// ToUnicode returns a ToUnicode CMap with the given code space (e.g.
// "<0000> <FFFF>") and bfchar/bfrange bodies (already in CMap syntax).
func ToUnicode(space, bfchar, bfrange string) []byte {
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
	b.WriteString("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Test-UCS def\n/CMapType 2 def\n")
	fmt.Fprintf(&b, "1 begincodespacerange\n%s\nendcodespacerange\n", space)
	if bfchar != "" {
		fmt.Fprintf(&b, "%d beginbfchar\n%s\nendbfchar\n", strings.Count(strings.TrimSpace(bfchar), "\n")+1, bfchar)
	}
	if bfrange != "" {
		fmt.Fprintf(&b, "%d beginbfrange\n%s\nendbfrange\n", strings.Count(strings.TrimSpace(bfrange), "\n")+1, bfrange)
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return []byte(b.String())
}
