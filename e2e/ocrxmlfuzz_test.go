package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"newsprint/export"
	"newsprint/export/schema"
	"newsprint/ocrxml"
	"newsprint/reflow"
	"newsprint/result"
	"newsprint/segment"
	"newsprint/segment/dump"
	"newsprint/segment/layout"
)

// FuzzPositionedPath runs ALTO and hOCR files (arbitrary bytes) through
// the positioned path as pipeline.Process does: page model → layout
// segmenter → reflow → JSON. No panic, no hang, schema-valid UTF-8 JSON.
func FuzzPositionedPath(f *testing.F) {
	files, _ := filepath.Glob("../ocrxml/testdata/*")
	if len(files) == 0 {
		f.Fatal("no seed files in ../ocrxml/testdata")
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Ext(name) == ".hocr", data)
	}
	f.Fuzz(func(t *testing.T, hocr bool, data []byte) {
		read, format := ocrxml.ReadALTO, "alto"
		if hocr {
			read, format = ocrxml.ReadHOCR, "hocr"
		}
		doc, err := read(data)
		if err != nil {
			return // ocrxml's errors are its own fuzz tests'
		}
		sum := sha256.Sum256(data)
		src := result.Source{File: "fuzz." + format, SHA256: hex.EncodeToString(sum[:]), Format: format}
		out := &result.Document{Schema: result.SchemaID, Source: src, Pages: []result.Page{}}
		for i := range doc.Pages {
			p := &doc.Pages[i]
			var l segment.Layout
			if p.HasGeometry() {
				l = layout.Segment(p)
			} else {
				l = dump.Segment(p) // a page without lines
			}
			out.Pages = append(out.Pages, reflow.Page(p, &l))
		}
		js, err := export.JSON(out)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(js) {
			t.Fatal("JSON output is not UTF-8")
		}
		if err := schema.Validate(js); err != nil {
			t.Fatalf("output not schema-valid: %v", err)
		}
	})
}
