// Command gen renders the small test scans of package ocr from our own text
// with Debian fonts (fonts-droid-fallback, fonts-dejavu; fonts-arphic-uming
// through pdftoppm). The multi-page G4 and
// LZW TIFFs are made with tiffcp (libtiff-tools), the JPEG 2000 file with
// opj_compress (libopenjp2-tools). Run from the module root:
//
//	go run ./ocr/testdata/gen
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

const dir = "ocr/testdata"

// Texts are ours, not from any corpus page.
var (
	zhLines = []string{"今天上午，市图书馆举行新书发布会。", "读者在阅览室里安静地看报纸。"}
	enLines = []string{"The harbour bridge reopened on Monday", "after two years of repairs."}
	// Two columns with a narrow gutter, as on a newspaper page.
	colLeft  = []string{"河边的公园修了步道，", "居民每天早晚来散步。", "附近的学校也组织学生", "到这里上自然课。"}
	colRight = []string{"春天来了，山上的茶园", "一片翠绿，采茶工人", "忙着采摘新茶，茶厂", "日夜加工赶制订单。"}
	// Small print for a bitonal scan: thickened by a pixel, its strokes clot.
	smallLines = []string{"镇政府决定在雨季到来之前疏通镇上的排水沟渠，", "并请专家检查河堤，确保附近居民的安全。", "施工期间部分道路将暂时禁止车辆通行。"}
	// Thin print on a bitonal scan thresholded too light: strokes broken,
	// specks between the lines.
	brokenLines = []string{"社区图书室新添了一批儿童读物，", "周末前来借书的家长和孩子很多。", "管理员说今后每月都会更新书目。"}
	// A column of small print whose middle line is broken up into slivers
	// (every other pixel column lost), on a wide page: Tesseract takes the
	// line for a picture, one too flat for a picture on so wide a page.
	droppedLines = []string{"河边的公园修了新的步道，居民", "每天早晚都来这里散步锻炼。", "附近的学校也组织学生到这里", "上自然课，认识各种花草树木。", "管理处说今后还要种更多的树。"}
	// A column of body type on a bitonal scan thresholded too light, its
	// thin horizontal strokes broken up, the stems whole.
	harshLines = []string{"山区的村小今年换了新课桌，", "孩子们在明亮的教室里读书，", "老师说下学期还要建图书角，", "村里的老人也常来听课讲故事。"}
	// A headline in large type over body text: Tesseract's page reading
	// garbles type this large.
	headLine = "秋风送爽稻花香"
	// Two blocks one above the other, a wide band apart: Tesseract's
	// layout has a block each, read as two parts.
	upperLines = []string{"The town council met on Tuesday evening", "to agree the budget for the new library,", "which is to open in the spring."}
	lowerLines = []string{"Volunteers will repaint the old", "boathouse by the river this weekend;", "paint and brushes are provided."}
	// A column of body type beside a photo, on grey paper: Tesseract's
	// photo block can take in such a column (photo.png).
	photoColumn  = []string{"The harbour bridge reopened", "on Monday after two years", "of repairs, and the first", "buses crossed it at dawn.", "Traders on the quay said", "business had suffered while", "the road was closed."}
	photoCaption = "Lights of the new flats at night"
	// A bold crosshead between body lines.
	boldLines = []string{"今年的秋粮收购已经开始，", "粮库门前排起长队", "农民把新收的玉米送来，", "收购价格比去年略高。"}
)

func main() {
	log.SetFlags(0)
	zh := mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 12, 300)
	en := mustFace("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", -1, 12, 300)

	zhImg := render(zh, zhLines, 0, 40)
	writePNG("zh.png", zhImg, 300)
	writeJPEG("en.jpg", render(en, enLines, 0, 40)) // no JFIF density: 300 dpi assumed
	// The Chinese text at 100 dpi: must be enlarged before OCR.
	writePNG("zh-100dpi.png", render(mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 12, 100), zhLines, 0, 14), 100)
	writePNG("columns.png", twoColumns(zh), 300)
	writePNG("blocks.png", stacked(render(en, upperLines, 0, 40), render(mustFace("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", -1, 9, 300), lowerLines, 0, 40), 160), 300)
	writePNG("bold.png", renderBold(zh, boldLines, 1), 300)
	writePNG("head.png", renderHead(mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 40, 300), zh, headLine, zhLines), 300)
	writePNG("dropped.png", slivered(render(mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 8, 300), droppedLines, 1900, 30), 2, len(droppedLines)), 300)
	writePNG("photo.png", photoBeside(mustFace("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", -1, 9, 300)), 300)
	writePNG("runin.png", renderRunIn(zh, "本报讯记者王明报道：", []string{"全市今年新建了十个公园，", "市民休闲有了好去处。", "公园里种了很多树，", "还修建了儿童乐园。"}), 300)

	// Multi-page TIFFs: 1-bit pages written uncompressed, then recompressed by tiffcp.
	p1, p2 := filepath.Join(os.TempDir(), "np-p1.tif"), filepath.Join(os.TempDir(), "np-p2.tif")
	writeBilevelTIFF(p1, zhImg, 300)
	writeBilevelTIFF(p2, render(en, enLines, 0, 40), 300)
	run("tiffcp", "-c", "g4", p1, p2, filepath.Join(dir, "two-pages-g4.tif"))
	run("tiffcp", "-c", "lzw", p1, filepath.Join(dir, "zh-lzw.tif"))
	writeBilevelTIFF(p1, render(mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 5, 300), smallLines, 0, 30), 300)
	run("tiffcp", "-c", "g4", p1, filepath.Join(dir, "small-g4.tif"))
	writeBilevelTIFF(p1, broken(render(mustFace("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", -1, 6, 300), brokenLines, 0, 30)), 300)
	run("tiffcp", "-c", "g4", p1, filepath.Join(dir, "broken-g4.tif"))
	writeBilevelTIFF(p1, harshScan(songPDF(harshLines)), 300)
	run("tiffcp", "-c", "g4", p1, filepath.Join(dir, "harsh-g4.tif"))
	os.Remove(p1)
	os.Remove(p2)
	run("opj_compress", "-i", filepath.Join(dir, "zh.png"), "-o", filepath.Join(dir, "zh.jp2"))

	// Bad inputs: a truncated PNG and a header claiming 100000×100000 pixels.
	data, err := os.ReadFile(filepath.Join(dir, "zh.png"))
	check(err)
	check(os.WriteFile(filepath.Join(dir, "truncated.png"), data[:len(data)/2], 0o644))
	check(os.WriteFile(filepath.Join(dir, "huge.png"), hugePNG(), 0o644))
}

func mustFace(path string, index int, pt, dpi float64) font.Face {
	data, err := os.ReadFile(path)
	check(err)
	var f *opentype.Font
	if index >= 0 {
		c, err := opentype.ParseCollection(data)
		check(err)
		f, err = c.Font(index)
		check(err)
	} else {
		f, err = opentype.Parse(data)
		check(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: pt, DPI: dpi, Hinting: font.HintingFull})
	check(err)
	return face
}

// render draws lines of text, black on white, with a margin; width 0 fits
// the longest line.
func render(face font.Face, lines []string, width, margin int) *image.Gray {
	m := face.Metrics()
	if width == 0 {
		for _, s := range lines {
			width = max(width, font.MeasureString(face, s).Ceil())
		}
		width += 2 * margin
	}
	lh := (m.Height * 13 / 10).Ceil()
	img := image.NewGray(image.Rect(0, 0, width, 2*margin+lh*len(lines)))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	d := font.Drawer{Dst: img, Src: image.Black, Face: face}
	for i, s := range lines {
		d.Dot = fixed.P(margin, margin+i*lh+m.Ascent.Ceil())
		d.DrawString(s)
	}
	return img
}

// broken thresholds img too light, so that thin strokes break up, and
// scatters specks of a pixel or two over it.
func broken(img *image.Gray) *image.Gray {
	out := image.NewGray(img.Bounds())
	for i, v := range img.Pix {
		out.Pix[i] = 255
		if v < 16 {
			out.Pix[i] = 0
		}
	}
	seed := uint32(1)
	for range len(out.Pix) / 150 {
		seed = seed*1664525 + 1013904223
		i := int(seed>>8) % len(out.Pix)
		out.Pix[i] = 0
		if seed&1 == 0 && i+1 < len(out.Pix) {
			out.Pix[i+1] = 0
		}
	}
	return out
}

// songPDF is a one-page PDF of lines set in 10 pt STSong-Light, a font
// PDFs name without embedding it: poppler renders it with a Song (Ming)
// face, serif type with thin horizontal strokes (AR PL UMing, from
// fonts-arphic-uming, on Debian).
func songPDF(lines []string) []byte {
	const lead = 14 // points
	w, h := 200, 20+lead*len(lines)
	var text strings.Builder
	fmt.Fprintf(&text, "BT /F1 10 Tf %d TL 1 0 0 1 10 %d Tm\n", lead, h-20)
	for _, l := range lines {
		text.WriteString("<")
		for _, u := range utf16.Encode([]rune(l)) {
			fmt.Fprintf(&text, "%04X", u)
		}
		text.WriteString("> Tj T*\n")
	}
	text.WriteString("ET")
	objs := []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1>>",
		fmt.Sprintf("<</Type/Page/Parent 2 0 R/MediaBox[0 0 %d %d]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>", w, h),
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", text.Len(), text.String()),
		"<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[6 0 R]>>",
		"<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 2>>/FontDescriptor 7 0 R>>",
		"<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>",
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return out.Bytes()
}

// harshScan renders a PDF at 300 dpi in grey (pdftoppm, from poppler-utils)
// and thresholds it so low that only the darkest pixels stay black: a
// serif face keeps its stems and loses most of its hairlines, as on a
// fax-like scan.
func harshScan(pdf []byte) *image.Gray {
	src := filepath.Join(os.TempDir(), "np-song.pdf")
	check(os.WriteFile(src, pdf, 0o644))
	defer os.Remove(src)
	cmd := exec.Command("pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", src)
	cmd.Stderr = os.Stderr
	data, err := cmd.Output()
	check(err)
	img, err := png.Decode(bytes.NewReader(data))
	check(err)
	b := img.Bounds()
	out := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			out.SetGray(x, y, color.Gray{Y: 255})
			if g := color.GrayModel.Convert(img.At(x, y)).(color.Gray); g.Y < 45 {
				out.SetGray(x, y, color.Gray{})
			}
		}
	}
	return out
}

// slivered whitens every other pixel column of line i of n lines set by
// render on img.
func slivered(img *image.Gray, i, n int) *image.Gray {
	const margin = 30 // render's
	lh := (img.Bounds().Dy() - 2*margin) / n
	for y := margin + i*lh; y < margin+(i+1)*lh; y++ {
		for x := 0; x < img.Bounds().Dx(); x += 2 {
			img.SetGray(x, y, color.Gray{Y: 255})
		}
	}
	return img
}

// renderBold draws lines like render, line number bold in a fake bold
// (printed three times, a pixel apart, as printers embolden CJK type).
func renderBold(face font.Face, lines []string, bold int) *image.Gray {
	img := render(face, lines, 0, 40)
	m := face.Metrics()
	lh := (m.Height * 13 / 10).Ceil()
	d := font.Drawer{Dst: img, Src: image.Black, Face: face}
	for dx := 1; dx <= 2; dx++ {
		d.Dot = fixed.P(40+dx, 40+bold*lh+m.Ascent.Ceil())
		d.DrawString(lines[bold])
	}
	return img
}

// renderHead draws a headline in face head above body lines.
func renderHead(head, body font.Face, title string, lines []string) *image.Gray {
	top := render(head, []string{title}, 0, 40)
	rest := render(body, lines, 0, 40)
	img := image.NewGray(image.Rect(0, 0, max(top.Bounds().Dx(), rest.Bounds().Dx()), top.Bounds().Dy()+rest.Bounds().Dy()))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(img, top.Bounds(), top, image.Point{}, draw.Src)
	draw.Draw(img, rest.Bounds().Add(image.Pt(0, top.Bounds().Dy())), rest, image.Point{}, draw.Src)
	return img
}

// renderRunIn draws a paragraph whose first line starts with a bold lead.
func renderRunIn(face font.Face, lead string, lines []string) *image.Gray {
	all := append([]string{lead + lines[0]}, lines[1:]...)
	img := render(face, all, 0, 40)
	m := face.Metrics()
	d := font.Drawer{Dst: img, Src: image.Black, Face: face}
	for dx := 1; dx <= 2; dx++ {
		d.Dot = fixed.P(40+dx, 40+m.Ascent.Ceil())
		d.DrawString(lead)
	}
	return img
}

func twoColumns(face font.Face) *image.Gray {
	left := render(face, colLeft, 560, 30)
	right := render(face, colRight, 560, 30)
	// The text of a column is about 500 px wide: a gutter of about half a character.
	img := image.NewGray(image.Rect(0, 0, 1060, left.Bounds().Dy()))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(img, left.Bounds(), left, image.Point{}, draw.Src)
	draw.Draw(img, right.Bounds().Add(image.Pt(520, 0)), right, image.Point{}, draw.Over)
	return img
}

// photoBeside draws a photo (dark buildings with lit windows over a
// darkening ground) on grey, grainy paper, a column of text to its right
// and a caption under it.
func photoBeside(face font.Face) *image.Gray {
	const w, h = 1700, 900
	img := image.NewGray(image.Rect(0, 0, w, h))
	// Grain: one pixel in 256 lighter or darker (every pixel would make
	// the file a megabyte).
	seed := uint32(7)
	grain := func(v int) color.Gray {
		seed = seed*1664525 + 1013904223
		if seed>>24 == 0 {
			v += int(seed>>8)%80 - 40
		}
		return color.Gray{uint8(min(max(v, 0), 255))}
	}
	for y := range h {
		for x := range w {
			img.SetGray(x, y, grain(200))
		}
	}
	photo := image.Rect(40, 40, 1000, 760)
	for y := photo.Min.Y; y < photo.Max.Y; y++ {
		for x := photo.Min.X; x < photo.Max.X; x++ {
			img.SetGray(x, y, grain(150-60*(y-photo.Min.Y)/photo.Dy()/10*10))
		}
	}
	for b := range 4 {
		bx, by := photo.Min.X+30+b*235, photo.Min.Y+100+(b%3)*60
		for y := by; y < photo.Min.Y+450; y++ {
			for x := bx; x < bx+200; x++ {
				v := 70
				if (x-bx)%28 > 8 && (x-bx)%28 < 20 && (y-by)%34 > 10 && (y-by)%34 < 24 {
					v = 120
				}
				img.SetGray(x, y, grain(v))
			}
		}
	}
	m := face.Metrics()
	lh := (m.Height * 14 / 10).Ceil()
	d := font.Drawer{Dst: img, Src: image.Black, Face: face}
	for i, s := range photoColumn {
		d.Dot = fixed.P(1030, 200+i*lh+m.Ascent.Ceil())
		d.DrawString(s)
	}
	d.Dot = fixed.P(photo.Min.X, photo.Max.Y+30+m.Ascent.Ceil())
	d.DrawString(photoCaption)
	return img
}

// stacked puts lower under upper, gap pixels apart.
func stacked(upper, lower *image.Gray, gap int) *image.Gray {
	ub, lb := upper.Bounds(), lower.Bounds()
	img := image.NewGray(image.Rect(0, 0, max(ub.Dx(), lb.Dx()), ub.Dy()+gap+lb.Dy()))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(img, ub, upper, image.Point{}, draw.Src)
	draw.Draw(img, lb.Add(image.Pt(0, ub.Dy()+gap)), lower, image.Point{}, draw.Src)
	return img
}

func writePNG(name string, img image.Image, dpi int) {
	var buf bytes.Buffer
	check(png.Encode(&buf, img))
	check(os.WriteFile(filepath.Join(dir, name), withPHYs(buf.Bytes(), dpi), 0o644))
}

// withPHYs inserts a pHYs chunk (pixels per metre) after IHDR.
func withPHYs(data []byte, dpi int) []byte {
	ppm := uint32(float64(dpi)/0.0254 + 0.5)
	body := make([]byte, 9)
	binary.BigEndian.PutUint32(body, ppm)
	binary.BigEndian.PutUint32(body[4:], ppm)
	body[8] = 1
	chunk := pngChunk("pHYs", body)
	ihdrEnd := 8 + 12 + 13
	return append(append(append([]byte{}, data[:ihdrEnd]...), chunk...), data[ihdrEnd:]...)
}

func pngChunk(typ string, body []byte) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(body)))
	out = append(out, typ...)
	out = append(out, body...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[4:]))
}

// hugePNG is a valid PNG signature and header for a 100000×100000 grey
// image, with a token data chunk: only a header check can refuse it cheaply.
func hugePNG() []byte {
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, 100000)
	binary.BigEndian.PutUint32(ihdr[4:], 100000)
	ihdr[8] = 8 // bit depth; colour type 0 (grey)
	out := []byte("\x89PNG\r\n\x1a\n")
	out = append(out, pngChunk("IHDR", ihdr)...)
	out = append(out, pngChunk("IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})...)
	return append(out, pngChunk("IEND", nil)...)
}

func writeJPEG(name string, img image.Image) {
	f, err := os.Create(filepath.Join(dir, name))
	check(err)
	check(jpeg.Encode(f, img, &jpeg.Options{Quality: 85}))
	check(f.Close())
}

// writeBilevelTIFF writes img thresholded to 1 bit, uncompressed, one strip.
func writeBilevelTIFF(path string, img *image.Gray, dpi uint32) {
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	stride := (w + 7) / 8
	pix := make([]byte, stride*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if img.GrayAt(x, y).Y < 128 { // WhiteIsZero: 1 is black
				pix[y*stride+x/8] |= 0x80 >> (x % 8)
			}
		}
	}
	le := binary.LittleEndian
	type entry struct {
		tag, typ uint16
		val      uint32
	}
	const nEntries = 11
	ifd := uint32(8)
	resOff := ifd + 2 + nEntries*12 + 4
	dataOff := resOff + 8
	entries := []entry{
		{256, 4, uint32(w)}, {257, 4, uint32(h)}, {258, 3, 1}, {259, 3, 1}, {262, 3, 0},
		{273, 4, dataOff}, {277, 3, 1}, {278, 4, uint32(h)}, {279, 4, uint32(len(pix))},
		{282, 5, resOff}, {283, 5, resOff},
	}
	out := []byte("II*\x00")
	out = le.AppendUint32(out, ifd)
	out = le.AppendUint16(out, nEntries)
	for _, e := range entries {
		out = le.AppendUint16(out, e.tag)
		out = le.AppendUint16(out, e.typ)
		out = le.AppendUint32(out, 1)
		if e.typ == 3 {
			out = le.AppendUint16(out, uint16(e.val))
			out = le.AppendUint16(out, 0)
		} else {
			out = le.AppendUint32(out, e.val)
		}
	}
	out = le.AppendUint32(out, 0) // no next IFD
	out = le.AppendUint32(out, dpi)
	out = le.AppendUint32(out, 1)
	out = append(out, pix...)
	check(os.WriteFile(path, out, 0o644))
}

func run(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	check(cmd.Run())
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
