package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"newsprint/export"
	"newsprint/internal/pdfgen"
	"newsprint/pipeline"
)

// Control characters in the text of any source (a terminal's escape
// sequences in a dump, C1 controls and DEL that XML lets through in ALTO,
// controls a PDF's ToUnicode map names) never reach the JSON: the
// encoder would write C0 ones as \u00XX escapes and C1 ones raw.
func TestNoControlCharactersInJSON(t *testing.T) {
	d := pdfgen.New()
	tu := d.Stream("", pdfgen.ToUnicode("<00> <FF>", "<01> <001B>\n<02> <0085>\n<03> <007F>", "<20> <7E> <0020>"))
	d.Page(`BT /F1 12 Tf 72 700 Td (Harbour \001office\002 opens\003 today) Tj ET`,
		fmt.Sprintf("<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode %d 0 R >> >> >>", tu), "")
	inputs := map[string][]byte{
		"dump.txt": []byte("\x1b[1mHARBOUR OFFICE OPENS\x1b[0m\n\nBy Sam Chen\n\n" +
			"   The harbour\x7f office opens on Friday, the\u0085 council said.\x1b]0;title\x1b\\ " +
			"It will sell\x08 ferry tickets and bus passes.\n"),
		"page.xml": []byte(`<alto><Description><MeasurementUnit>pixel</MeasurementUnit></Description>` +
			`<Layout><Page ID="p" PHYSICAL_IMG_NR="1" WIDTH="1000" HEIGHT="1000"><PrintSpace><TextBlock ID="b">` +
			`<TextLine HPOS="10" VPOS="10" WIDTH="300" HEIGHT="20"><String CONTENT="Harbour&#x85;" HPOS="10" VPOS="10" WIDTH="100" HEIGHT="20"/>` +
			`<SP/><String CONTENT="office&#127;opens" HPOS="120" VPOS="10" WIDTH="190" HEIGHT="20"/></TextLine>` +
			`</TextBlock></PrintSpace></Page></Layout></alto>`),
		"page.pdf": d.Bytes(),
	}
	dir := t.TempDir()
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	for name, data := range inputs {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := w.Process(context.Background(), path, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		js, err := export.JSON(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(bytes.ToLower(js), []byte("harbour")) {
			t.Errorf("%s: the text did not come through:\n%s", name, js)
		}
		if bytes.Contains(js, []byte(`\u00`)) || bytes.ContainsFunc(js, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }) {
			t.Errorf("%s: control characters in the JSON:\n%s", name, js)
		}
	}
}
