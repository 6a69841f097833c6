// Command gen makes the demo pages in testdata/samples from our own text:
// two small born-digital PDFs (an English page set in Courier, a Chinese
// page in the non-embedded Adobe font STSong-Light with the UniGB-UCS2-H
// CMap) and a scanned page (PNG, 300 dpi) rendered with the Debian font
// fonts-droid-fallback. Run from the module root:
//
//	go run ./testdata/samples/gen
package main

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"newsprint/internal/pdfgen"
)

const dir = "testdata/samples"

// A block of text placed on the page: one line per entry, top-left origin.
type block struct {
	x, y, size, leading float64
	bold                bool
	lines               []string
}

var enPage = []block{
	{x: 40, y: 40, size: 20, bold: true, lines: []string{"THE HARBOUR TIMES"}},
	{x: 40, y: 66, size: 7, lines: []string{"Tuesday, April 7, 2026                      Page 3"}},
	{x: 40, y: 100, size: 15, bold: true, lines: []string{"Ferry service returns to the island"}},
	{x: 40, y: 122, size: 8, lines: []string{"By PETER WALSH"}},
	{x: 40, y: 142, size: 8, leading: 10, lines: []string{
		"  The island ferry sailed again",
		"on Monday after a winter of re-",
		"pairs to the old pier, and more",
		"than two hundred passengers were",
		"on board for the first crossing.",
		"  The council said the new time-",
		"table would run every hour from",
	}},
	{x: 215, y: 142, size: 8, leading: 10, lines: []string{
		"six in the morning until late in",
		"the evening during the summer.",
		"  Local shops welcomed the well-",
		"timed return. \"People can come",
		"back for the weekend market,\"",
		"said the owner of a small cafe.",
	}},
}

var zhPage = []block{
	{x: 40, y: 40, size: 22, lines: []string{"港湾晚报"}},
	{x: 40, y: 70, size: 8, lines: []string{"2026年4月7日 星期二 第2版"}},
	{x: 40, y: 100, size: 16, lines: []string{"海岛轮渡恢复通航"}},
	{x: 40, y: 124, size: 9, lines: []string{"本报记者 周敏"}},
	{x: 40, y: 146, size: 9, leading: 13, lines: []string{
		"　　经过一个冬天的",
		"维修，海岛轮渡于昨",
		"日恢复通航，首航当",
		"天有两百多名乘客登",
		"船。",
		"　　据介绍，新的班",
	}},
	{x: 140, y: 146, size: 9, leading: 13, lines: []string{
		"次表从早上六点到晚",
		"上十点每小时一班，",
		"周末还将加开夜班。",
		"　　码头附近的商户",
		"表示，轮渡恢复后客",
		"流明显增加。",
	}},
}

func main() {
	log.SetFlags(0)
	write("en-ferry.pdf", pdfPage(420, 300, enPage, courier))
	write("zh-ferry.pdf", pdfPage(300, 260, zhPage, stsong))
	write("zh-ferry-scan.png", scan(300, 260, zhPage))
}

func write(name string, data []byte) {
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		log.Fatal(err)
	}
}

type fontKind int

const (
	courier fontKind = iota
	stsong
)

// pdfPage writes a one-page PDF with the blocks as text.
func pdfPage(w, h float64, blocks []block, kind fontKind) []byte {
	var content bytes.Buffer
	for _, b := range blocks {
		lead := b.leading
		if lead == 0 {
			lead = b.size * 1.2
		}
		for i, line := range b.lines {
			y := h - b.y - float64(i)*lead - b.size // baseline, PDF origin bottom-left
			mode := 0
			if b.bold {
				mode = 2 // fill and stroke: a bold face
			}
			fmt.Fprintf(&content, "BT /F1 %g Tf %d Tr 0.3 w 1 0 0 1 %g %g Tm %s Tj ET\n",
				b.size, mode, b.x, y, encode(line, kind))
		}
	}
	d := pdfgen.New()
	var font int
	switch kind {
	case courier:
		widths := strings.TrimSpace(strings.Repeat("600 ", 126-32+1))
		font = d.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + widths + "] >>")
	case stsong:
		desc := d.Add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
		cid := d.Add(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor %d 0 R >>", desc))
		font = d.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [%d 0 R] >>", cid))
	}
	d.Size(w, h)
	d.Page(content.String(), fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", font), "")
	return d.Bytes()
}

// encode returns a PDF string operand for line in the font's encoding.
func encode(line string, kind fontKind) string {
	if kind == courier {
		r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
		return "(" + r.Replace(line) + ")"
	}
	return pdfgen.UTF16(line) // the UCS-2 CMap's codes
}

// scan renders the blocks at 300 dpi on grey paper, like a clean scan.
func scan(w, h float64, blocks []block) []byte {
	const dpi = 300
	scale := dpi / 72.0
	img := image.NewGray(image.Rect(0, 0, int(w*scale), int(h*scale)))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{Y: 235}), image.Point{}, draw.Src)
	data, err := os.ReadFile("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
	if err != nil {
		log.Fatal(err)
	}
	f, err := opentype.Parse(data)
	if err != nil {
		log.Fatal(err)
	}
	for _, b := range blocks {
		face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: b.size, DPI: dpi, Hinting: font.HintingFull})
		if err != nil {
			log.Fatal(err)
		}
		lead := b.leading
		if lead == 0 {
			lead = b.size * 1.2
		}
		for i, line := range b.lines {
			y := (b.y + float64(i)*lead + b.size*0.88) * scale
			d := font.Drawer{Dst: img, Src: image.NewUniform(color.Gray{Y: 20}), Face: face,
				Dot: fixed.P(int(b.x*scale), int(y))}
			d.DrawString(line)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		log.Fatal(err)
	}
	return withDPI(buf.Bytes(), dpi)
}

// withDPI inserts a pHYs chunk after IHDR so readers know the resolution.
func withDPI(p []byte, dpi int) []byte {
	ppm := uint32(float64(dpi)/0.0254 + 0.5)
	chunk := []byte{0, 0, 0, 9, 'p', 'H', 'Y', 's',
		byte(ppm >> 24), byte(ppm >> 16), byte(ppm >> 8), byte(ppm),
		byte(ppm >> 24), byte(ppm >> 16), byte(ppm >> 8), byte(ppm), 1}
	crc := crc32.ChecksumIEEE(chunk[4:])
	chunk = append(chunk, byte(crc>>24), byte(crc>>16), byte(crc>>8), byte(crc))
	const ihdrEnd = 8 + 4 + 4 + 13 + 4
	out := append([]byte{}, p[:ihdrEnd]...)
	out = append(out, chunk...)
	return append(out, p[ihdrEnd:]...)
}
