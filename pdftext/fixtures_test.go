package pdftext

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsprint/internal/pdfgen"
)

var update = flag.Bool("update", false, "rewrite testdata/*.pdf from the generators")

// fixtures are small PDFs checked into testdata (for other stages' tests
// and as fuzz seeds), each with the lines it must read as.
var fixtures = []struct {
	name  string
	build func() []byte
	want  string // lines joined by "|"
}{
	{"columns.pdf", func() []byte {
		d := pdfgen.New()
		var b strings.Builder
		b.WriteString("BT /F1 18 Tf 72 730 Td (Two columns under one head) Tj ET 72 720 m 360 720 l S 216 520 m 216 700 l S ")
		for i := 0; i < 4; i++ {
			fmt.Fprintf(&b, "BT /F1 10 Tf 72 %d Td (left line %d) Tj ET BT /F1 10 Tf 222 %d Td (right line %d) Tj ET ", 700-12*i, i, 700-12*i, i)
		}
		d.Page(b.String(), helv, "")
		return d.Bytes()
	}, "Two columns under one head|left line 0|left line 1|left line 2|left line 3|right line 0|right line 1|right line 2|right line 3"},
	{"cjk-type3.pdf", func() []byte {
		d := pdfgen.New()
		f := t3Font(d, "本报讯记者")
		d.Page("1 0 0 -1 0 792 cm BT /T 10 Tf 1 0 0 -1 72 100 Tm <0102030405> Tj ET", "<< /Font << /T "+f+" >> >>", "")
		return d.Bytes()
	}, "本报讯记者"},
	{"predefined-cmaps.pdf", func() []byte {
		d := pdfgen.New()
		ucs2 := type0(d, "/UniGB-UCS2-H", "", "1 95 500")
		gbk := type0(d, "/GBK-EUC-H", "", "")
		d.Page("BT /U 10 Tf 72 700 Td <4E2D56FD0032003000310039> Tj ET BT /G 20 Tf 72 600 Td <B1A8D6BD> Tj ET",
			"<< /Font << /U "+ucs2+" /G "+gbk+" >> >>", "")
		return d.Bytes()
	}, "中国2019|报纸"},
	{"rotated.pdf", func() []byte {
		d := pdfgen.New()
		d.Page("BT /F1 10 Tf 72 700 Td (rotated page) Tj ET", helv, "/Rotate 270")
		return d.Bytes()
	}, "rotated page"},
}

func TestFixtures(t *testing.T) {
	for _, fx := range fixtures {
		path := filepath.Join("testdata", fx.name)
		data := fx.build()
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		disk, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run go test -run TestFixtures -update)", fx.name, err)
		}
		if !bytes.Equal(disk, data) {
			t.Errorf("%s is stale: regenerate with go test -run TestFixtures -update", fx.name)
		}
		doc := mustRead(t, disk)
		if got := strings.Join(texts(doc.Pages[0]), "|"); got != fx.want {
			t.Errorf("%s: lines %q, want %q", fx.name, got, fx.want)
		}
	}
}
