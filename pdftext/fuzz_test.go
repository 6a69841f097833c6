package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"testing"
	"unicode/utf8"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"newsprint/internal/pdfgen"
	"newsprint/scan"
)

// fuzzDoc is a PDF whose page resources hold one font of each kind, a
// form and an image; the content-stream fuzzer draws with them.
func fuzzDoc(t testing.TB) (*doc, pageInfo) {
	d := pdfgen.New()
	tu := d.Stream("", pdfgen.ToUnicode("<0000> <FFFF>", "<0001> <0066006C>", "<0010> <0012> <0041>\n<0020> <0022> [<4E2D> <6587> <D83DDE00>]"))
	ident := type0(d, "/Identity-H", fmt.Sprintf("/ToUnicode %d 0 R", tu), "1 [500 500] 16 18 500")
	vert := type0(d, "/Identity-V", fmt.Sprintf("/ToUnicode %d 0 R", tu), "")
	ucs2 := type0(d, "/UniGB-UCS2-H", "", "1 95 500")
	gbk := type0(d, "/GBK-EUC-H", "", "")
	t3 := t3Font(d, "中文报纸")
	form := d.Reserve()
	d.Set(form, fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 5 5] /Length 30 >>\nstream\n%-30s\nendstream", "BT /H 9 Tf (form) Tj ET /Fm Do"))
	img := d.Stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{7})
	res := fmt.Sprintf(`<< /Font << /H << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> /I %s /V %s /U %s /G %s /T %s >>
		/XObject << /Fm %d 0 R /Im %d 0 R >> /Properties << /P << /ActualText (x) >> >> >>`, ident, vert, ucs2, gbk, t3, form, img)
	d.Page("", res, "")
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	doc, pages, err := openDoc(d.Bytes(), conf)
	if err != nil {
		t.Fatal(err)
	}
	return doc, pages[0]
}

var contentSeeds = []string{
	"BT /H 12 Tf 72 700 Td (Hello) Tj [(W) -200 (orld)] TJ T* (x) ' 1 2 (y) \" ET",
	"q 1 0 0 -1 0 792 cm BT /T 12 Tf 1 0 0 -1 100 100 Tm <0102> Tj 24 0 Td <0304> Tj ET Q",
	"BT /I 10 Tf 3 Tr 0.5 Tc 2 Tw 80 Tz 12 TL 3 Ts <0001000200100020> Tj ET",
	"BT /V 10 Tf 300 700 Td <00010002> Tj [<0003> 500 <0004>] TJ ET",
	"BT /U 10 Tf <4E2D56FD0032> Tj /G 10 Tf <B1A8D6BD41> Tj ET",
	"q 2 0 0 2 10 10 cm /Fm Do /Im Do Q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI",
	"1 w 72 500 m 540 500 l S 300 100 0.5 300 re f 100 600 200 80 re B 0 0 m 1 1 l 2 2 3 3 4 4 c h f*",
	"/Span << /ActualText <FEFF00AD> >> BDC BT /H 9 Tf ( ) Tj ET EMC /P /P BDC EMC EMC BMC",
	"q q q Q Q Q Q Q [[[ << /A [1 2 (x) <41> /N] >> ]]] <<>> ) ] } { % comment\n",
	// A photo over two columns, a filled box and a column rule among
	// text: the obstacles of the reading order.
	"q 200 0 0 120 72 560 cm /Im Do Q 290 100 0.6 600 re f 300 560 150 120 re f " +
		"BT /H 10 Tf 72 540 Td (a1) Tj 0 -12 Td (a2) Tj 110 12 Td (b1) Tj 0 -12 Td (b2) Tj 130 140 Td (c1) Tj 0 -12 Td (c2) Tj ET",
}

// FuzzContent runs the lexer, the interpreter and line building on
// arbitrary content streams: no panic, no hang, bounded output.
func FuzzContent(f *testing.F) {
	for _, s := range contentSeeds {
		f.Add([]byte(s))
	}
	d, pg := fuzzDoc(f)
	f.Fuzz(func(t *testing.T, content []byte) {
		d.budget = 64 << 20
		p := d.pageFrom(pg, 1, content, Options{NoScan: true})
		for _, l := range p.Lines {
			if l.Box == nil || l.Text == "" {
				t.Fatalf("line without box or text: %+v", l)
			}
		}
	})
}

// FuzzCMap parses arbitrary CMaps and decodes arbitrary strings with
// them, as ToUnicode and as encoding CMaps.
func FuzzCMap(f *testing.F) {
	f.Add(pdfgen.ToUnicode("<0000> <FFFF>", "<0001> <0066006C>\n<0002> /fi", "<0010> <0012> <0041>\n<0020> <0022> [<4E2D> <6587> <D83DDE00>]"), []byte{0, 1, 0, 0x20, 0xff})
	f.Add([]byte("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /WMode 1 def /CMapName /X def /Y usecmap "+
		"2 begincodespacerange <00> <80> <8140> <FEFE> endcodespacerange 1 begincidrange <8140> <817e> 100 endcidrange "+
		"1 begincidchar <41> 5 endcidchar 1 beginnotdefrange <00> <1f> 1 endnotdefrange endcmap"), []byte{0x81, 0x41, 0x41, 0x05})
	f.Add(readData("GB-EUC-H"), []byte{0xb1, 0xa8, 0x21})
	f.Fuzz(func(t *testing.T, cm, s []byte) {
		c := parseCMap(cm)
		c.merge(parseCMap(cm))
		for b := s; len(b) > 0; {
			code, n := c.next(b, 2)
			if n <= 0 || n > len(b) {
				t.Fatalf("next consumed %d of %d bytes", n, len(b))
			}
			c.text(code, n)
			c.cidOf(code, n)
			b = b[n:]
		}
		f := &font{kind: type0Font, cmap: c, toUni: c, cache: map[uint64]glyphInfo{}, dw: 1000}
		for b := s; len(b) > 0; {
			_, n := f.next(b)
			if n <= 0 {
				t.Fatal("font.next made no progress")
			}
			b = b[n:]
		}
	})
}

// FuzzRead runs the whole reader, pdfcpu included, on mutated files.
func FuzzRead(f *testing.F) {
	d := pdfgen.New()
	d.Page("BT /F1 10 Tf 72 700 Td (Hello) Tj ET 72 500 m 540 500 l S", helv, "/Rotate 90")
	f.Add(d.Bytes())
	d2 := pdfgen.New()
	f2 := t3Font(d2, "中文")
	d2.Page("1 0 0 -1 0 792 cm BT /T 12 Tf 1 0 0 -1 100 100 Tm <0102> Tj ET", "<< /Font << /T "+f2+" >> >>", "")
	f.Add(d2.Bytes())
	for _, fx := range fixtures {
		f.Add(fx.build())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err == nil && len(doc.Pages) == 0 {
			t.Fatal("no error and no pages")
		}
	})
}

// FuzzScanImage extracts the page image of a page without text from image
// XObjects of arbitrary dictionaries and data (filters, CCITT, packed grey,
// colour spaces): no panic (readPage runs here without Read's recover), and
// a decoded image within the pixel bound.
func FuzzScanImage(f *testing.F) {
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, image.NewGray(image.Rect(0, 0, 4, 4)), nil); err != nil {
		f.Fatal(err)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	zw.Close()
	for _, s := range []struct {
		dict string
		data []byte
	}{
		{"/Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 50, 100, 250}},
		{"/Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", z.Bytes()},
		{"/Width 9 /Height 2 /ImageMask true /Decode [1 0]", []byte{0xFF, 0x80, 0x00, 0x00}},
		{"/Width 3 /Height 2 /ColorSpace [/ICCBased 1 0 R] /BitsPerComponent 4", []byte{0x0F, 0x80, 0xF0, 0x40}},
		{"/Width 2 /Height 1 /ColorSpace /CalGray /BitsPerComponent 16", []byte{0xFF, 0xFF, 0, 1}},
		{"/Width 8 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 8 /Rows 2 /EncodedByteAlign true >>", []byte{0xC0}},
		{"/Width 8 /Height 2 /BitsPerComponent 1 /Filter [/ASCIIHexDecode /CCITTFaxDecode] /DecodeParms [null << /K 0 >>]", []byte("C0>")},
		{"/Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", jb.Bytes()},
		{"/Width 4 /Height 4 /Filter [/ASCIIHexDecode /JPXDecode]", []byte("FF4FFF51>")},
	} {
		f.Add(s.dict, s.data)
	}
	f.Fuzz(func(t *testing.T, dict string, data []byte) {
		conf := model.NewDefaultConfiguration()
		conf.ValidationMode = model.ValidationRelaxed
		doc, pages, err := openDoc(scanPDF(dict, data), conf)
		if err != nil {
			return // a dictionary that breaks the file
		}
		p, err := doc.readPage(pages[0], 1, Options{})
		if err != nil || p.Scan == nil {
			return
		}
		if p.Scan.Image != nil {
			if b := p.Scan.Image.Bounds(); b.Empty() || b.Dx()*b.Dy() > scan.DefaultMaxPixels {
				t.Fatalf("page image %v", b)
			}
		} else if len(p.Scan.Data) == 0 {
			t.Fatal("page image without data")
		}
	})
}

// FuzzFont loads fonts from arbitrary dictionaries (encodings and
// Differences, widths and W arrays, Type 3 matrices, descriptors, embedded
// Type 1 encodings, ToUnicode streams) and shows arbitrary strings with
// them: no panic (readPage runs here without Read's recover), and lines of
// UTF-8 text with finite boxes. Objects 2, 3 and 4 of the file are a
// ToUnicode CMap, a Type 1 font program and a Type 3 glyph procedure, for
// the dictionaries to refer to.
func FuzzFont(f *testing.F) {
	seeds := []string{
		"/Subtype /Type1 /BaseFont /Times-Bold /Encoding /MacRomanEncoding",
		"/Subtype /TrueType /BaseFont /ABCDEF+Arial /FirstChar 32 /LastChar 34 /Widths [250 300 -1e30] " +
			"/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [32 /space /uni4E2D /g33 65 /f_i /A.sc /zero.oldstyle] >>",
		"/Subtype /Type1 /BaseFont /X /FontDescriptor << /Flags 262210 /ItalicAngle -12 /Ascent 2000 /Descent 0 /FontFile 3 0 R >>",
		"/Subtype /Type3 /FontMatrix [0 0.001 -0.001 0 0 0] /FontBBox [0 0 1e300 -1e300] /FirstChar 0 /LastChar 255 " +
			"/Widths [1000] /CharProcs << /a 4 0 R >> /Encoding << /Differences [0 /a] >> /ToUnicode 2 0 R",
		"/Subtype /Type0 /BaseFont /F /Encoding /Identity-H /ToUnicode 2 0 R /DescendantFonts [<< /Subtype /CIDFontType2 " +
			"/DW 1000 /W [1 [500 600] 5 9 700 10 [] 11 12] /W2 [1 [-1000 500 880]] /DW2 [880 -1000] /CIDToGIDMap /Identity >>]",
		"/Subtype /Type0 /Encoding /UniGB-UCS2-V /DescendantFonts [<< /Subtype /CIDFontType0 /CIDSystemInfo << /Ordering (GB1) >> >>]",
		"/Subtype /Type0 /Encoding 2 0 R /DescendantFonts 5 0 R",
	}
	shown := [][]byte{[]byte("Hello"), {0, 1, 0, 0x20, 0x4E, 0x2D}, {0xff, 0xfe, 0x80, 0x20, 0x21}}
	for i, s := range seeds {
		f.Add(s, shown[i%len(shown)])
	}
	f.Fuzz(func(t *testing.T, fontDict string, text []byte) {
		d := pdfgen.New()
		tu := d.Stream("", pdfgen.ToUnicode("<0000> <FFFF>", "<0001> <0066006C>\n<20> <4E2D>", "<0010> <0012> <0041>"))
		ff := d.Stream("/Length1 60", []byte("%!PS-AdobeFont-1.0\n/Encoding 256 array\ndup 65 /B put\ndup 32 /uni00AD put\nreadonly def\neexec"))
		proc := d.Stream("", []byte("1000 0 0 0 750 750 d1 0 0 750 750 re f"))
		if tu != 2 || ff != 3 || proc != 4 {
			t.Fatalf("objects %d %d %d, want 2 3 4", tu, ff, proc)
		}
		hex := pdfgen.Hex(text)
		content := fmt.Sprintf("BT /F 12 Tf 72 700 Td %s Tj [%s -300 (x)] TJ 0 -20 Td 2 Tr %s ' ET", hex, hex, hex)
		d.Page(content, "<< /Font << /F << /Type /Font "+fontDict+" >> >> >>", "")
		conf := model.NewDefaultConfiguration()
		conf.ValidationMode = model.ValidationRelaxed
		doc, pages, err := openDoc(d.Bytes(), conf)
		if err != nil {
			return // a dictionary that breaks the file
		}
		doc.budget = 64 << 20
		p, err := doc.readPage(pages[0], 1, Options{NoScan: true})
		if err != nil {
			return
		}
		for _, l := range p.Lines {
			if l.Box == nil || l.Text == "" || !utf8.ValidString(l.Text) {
				t.Fatalf("line %q box %v", l.Text, l.Box)
			}
			for _, v := range []float64{l.Box.X0, l.Box.Y0, l.Box.X1, l.Box.Y1, l.Size} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("line %q: box %+v size %v", l.Text, *l.Box, l.Size)
				}
			}
		}
	})
}
