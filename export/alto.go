package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"newsprint/page"
	"newsprint/result"
)

// ALTO namespace and schema location of version 4.4.
const (
	ALTONamespace = "http://www.loc.gov/standards/alto/ns-v4#"
	altoSchemaLoc = "http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
)

// ALTO renders page index pi of doc as an ALTO 4.4 document.
//
// Units: pages in pixels (scans) are written with MeasurementUnit "pixel";
// pages in PDF points are written in "mm10" (tenths of a millimetre,
// 1 pt = 254/72 mm10), the physical unit archives use, with the decimals
// needed to convert back to the same point value.
// FONTSIZE is in points as ALTO defines it (pixel pages: size × 72 / DPI,
// DPI from the scan or 300).
//
// Content: every visible line of the source page, in source order, grouped
// into TextBlocks that each hold a run of lines of one segmentation block.
// Blocks carry their role as a StructureTag (headline, body, caption, …,
// or the furniture kind); ReadingOrder has one OrderedGroup per article
// listing its blocks. Words hyphenated across lines are split into
// HypPart1/HypPart2 Strings with SUBS_CONTENT and a HYP. Rules and boxes
// become GraphicalElements (LayoutTag rule/box/filled-box), pictures
// Illustrations. Unpainted lines are kept with LayoutTag "invisible" and
// run-in credits are Strings with LayoutTag "run-in", so that ocrxml reads
// the file back into the same page model.
//
// A page without geometry (text dump) gives ErrNoGeometry.
func ALTO(doc *result.Document, pi int) ([]byte, error) {
	if pi < 0 || pi >= len(doc.Pages) {
		return nil, fmt.Errorf("alto: no page %d", pi+1)
	}
	g, err := newGeoPage(&doc.Pages[pi])
	if err != nil {
		return nil, fmt.Errorf("alto: page %d: %w", doc.Pages[pi].Page, err)
	}
	w := &altoWriter{g: g, doc: doc, tags: map[string]string{}, styles: map[styleKey]string{}}
	return w.write(), nil
}

type styleKey struct {
	font         string
	size         float64
	bold, italic bool
}

type altoWriter struct {
	g      *geoPage
	doc    *result.Document
	scale  float64 // page unit → ALTO unit
	dpi    float64 // pixel pages: for FONTSIZE in points
	tags   map[string]string
	tagLst []tagDef
	styles map[styleKey]string
	styLst []styleKey
}

type tagDef struct{ kind, id, label string }

var idUnsafe = regexp.MustCompile(`[^A-Za-z0-9_.-]`)

// tag returns the ID of the tag of kind ("StructureTag", "LayoutTag") with
// the label, declaring it on first use.
func (w *altoWriter) tag(kind, label string) string {
	k := kind + "\x00" + label
	if id, ok := w.tags[k]; ok {
		return id
	}
	prefix := "STRUCT_"
	if kind == "LayoutTag" {
		prefix = "LAYOUT_"
	}
	id := prefix + idUnsafe.ReplaceAllString(label, "_") + "_" + strconv.Itoa(len(w.tagLst)+1)
	w.tags[k] = id
	w.tagLst = append(w.tagLst, tagDef{kind, id, label})
	return id
}

func (w *altoWriter) style(l *page.Line) string {
	k := styleKey{l.Font, l.Size, l.Bold, l.Italic}
	if k == (styleKey{}) {
		return ""
	}
	if id, ok := w.styles[k]; ok {
		return id
	}
	id := "TS" + strconv.Itoa(len(w.styLst)+1)
	w.styles[k] = id
	w.styLst = append(w.styLst, k)
	return id
}

// num writes a coordinate in the ALTO unit with the fewest decimals from
// which a reader converting back (value × 72/254 for mm10, as ocrxml does)
// gets exactly v: segmentation orders and compares coordinates, and a
// rounded copy of a page can read differently.
func (w *altoWriter) num(v float64) string {
	x := v * w.scale
	if w.scale == 1 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	for p := 1; p <= 12; p++ {
		s := strconv.FormatFloat(x, 'f', p, 64)
		if f, err := strconv.ParseFloat(s, 64); err == nil && f*(72.0/254) == v {
			return strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	}
	return nearExact(x, func(f float64) bool { return f*(72.0/254) == v })
}

// nearExact writes the float next to x (within eight steps either way)
// that converts back exactly, as back tells, or x itself if none does.
func nearExact(x float64, back func(float64) bool) string {
	up, down := x, x
	for range 8 {
		if back(up) {
			return strconv.FormatFloat(up, 'f', -1, 64)
		}
		if back(down) {
			return strconv.FormatFloat(down, 'f', -1, 64)
		}
		up, down = math.Nextafter(up, math.Inf(1)), math.Nextafter(down, math.Inf(-1))
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

func (w *altoWriter) box(r page.Rect) string {
	return fmt.Sprintf(` HPOS="%s" VPOS="%s" WIDTH="%s" HEIGHT="%s"`, w.num(r.X0), w.num(r.Y0), w.num(r.Width()), w.num(r.Height()))
}

func esc(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func (w *altoWriter) write() []byte {
	g := w.g
	p := g.src
	unit := "pixel"
	w.scale, w.dpi = 1, 300
	if p.Unit == page.Points {
		unit, w.scale = "mm10", 254.0/72
	} else if p.Scan != nil && p.Scan.DPI > 0 {
		w.dpi = p.Scan.DPI
	}

	// The body first: it declares the styles and tags the header lists.
	var body bytes.Buffer
	n := p.Number
	fmt.Fprintf(&body, "  <Layout>\n    <Page ID=\"P%d\" PHYSICAL_IMG_NR=\"%d\" WIDTH=\"%s\" HEIGHT=\"%s\"%s>\n",
		n, n, w.num(p.Width), w.num(p.Height), langAttr(p.Language))
	fmt.Fprintf(&body, "      <PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"%s\" HEIGHT=\"%s\">\n", w.num(p.Width), w.num(p.Height))
	sid := 0
	for bi, b := range g.blocks {
		tagrefs := ""
		if b.role != "" {
			tagrefs = fmt.Sprintf(` TAGREFS="%s"`, w.tag("StructureTag", b.role))
		}
		fmt.Fprintf(&body, "        <TextBlock ID=\"P%d_TB%d\"%s%s%s>\n", n, bi+1, w.box(b.box), tagrefs, langAttr(p.Language))
		for li, gl := range b.lines {
			l := gl.line
			attrs := fmt.Sprintf(`ID="P%d_TB%d_TL%d"%s`, n, bi+1, li+1, w.box(*l.Box))
			if s := w.style(l); s != "" {
				attrs += fmt.Sprintf(` STYLEREFS="%s"`, s)
			}
			var tags []string
			if l.Invisible {
				tags = append(tags, w.tag("LayoutTag", "invisible"))
			}
			if gl.estimated {
				tags = append(tags, w.tag("LayoutTag", "words-estimated"))
			}
			if len(tags) > 0 {
				attrs += fmt.Sprintf(` TAGREFS="%s"`, strings.Join(tags, " "))
			}
			fmt.Fprintf(&body, "          <TextLine %s>\n", attrs)
			for wi, wd := range gl.words {
				sid++
				a := fmt.Sprintf(`ID="P%d_S%d"%s CONTENT="%s" WC="%s"`, n, sid, w.box(wd.box), esc(wd.text), wc(wd.conf))
				if wd.hypPart != 0 {
					a += fmt.Sprintf(` SUBS_TYPE="HypPart%d" SUBS_CONTENT="%s"`, wd.hypPart, esc(wd.subs))
				}
				if wd.runIn {
					a += fmt.Sprintf(` TAGREFS="%s"`, w.tag("LayoutTag", "run-in"))
				}
				if len(wd.alts) == 0 {
					fmt.Fprintf(&body, "            <String %s/>\n", a)
				} else {
					// ALTO has no confidence for an alternative: only close
					// ones are written (page.Word.CloseAlternatives).
					fmt.Fprintf(&body, "            <String %s>\n", a)
					for _, alt := range wd.alts {
						fmt.Fprintf(&body, "              <ALTERNATIVE>%s</ALTERNATIVE>\n", esc(alt.Text))
					}
					body.WriteString("            </String>\n")
				}
				if wd.spaceAfter && wi+1 < len(gl.words) {
					nx := gl.words[wi+1].box
					sp := page.Rect{X0: wd.box.X1, Y0: wd.box.Y0, X1: max(nx.X0, wd.box.X1), Y1: wd.box.Y1}
					fmt.Fprintf(&body, "            <SP HPOS=\"%s\" VPOS=\"%s\" WIDTH=\"%s\"/>\n", w.num(sp.X0), w.num(sp.Y0), w.num(sp.Width()))
				}
				if wd.hypPart == 1 && wi == len(gl.words)-1 {
					fmt.Fprintf(&body, "            <HYP CONTENT=\"-\"/>\n")
				}
			}
			body.WriteString("          </TextLine>\n")
		}
		body.WriteString("        </TextBlock>\n")
	}
	for i, im := range p.Images {
		fmt.Fprintf(&body, "        <Illustration ID=\"P%d_IL%d\"%s TYPE=\"picture\"/>\n", n, i+1, w.box(im.Box))
	}
	ge := 0
	for _, r := range p.Rules {
		ge++
		fmt.Fprintf(&body, "        <GraphicalElement ID=\"P%d_GE%d\"%s TAGREFS=\"%s\"/>\n", n, ge, w.box(r.Box), w.tag("LayoutTag", "rule"))
	}
	for _, bx := range p.Boxes {
		ge++
		label := "box"
		if bx.Filled {
			label = "filled-box"
		}
		fmt.Fprintf(&body, "        <GraphicalElement ID=\"P%d_GE%d\"%s TAGREFS=\"%s\"/>\n", n, ge, w.box(bx.Box), w.tag("LayoutTag", label))
	}
	body.WriteString("      </PrintSpace>\n    </Page>\n  </Layout>\n")

	// Reading order: one OrderedGroup per article.
	var ro bytes.Buffer
	for ai, blocks := range g.articles {
		if len(blocks) == 0 {
			continue
		}
		id := fmt.Sprintf("P%d_A%d", n, ai+1)
		if ai < len(g.res.Articles) && g.res.Articles[ai].ID != "" {
			id = "ART_" + idUnsafe.ReplaceAllString(g.res.Articles[ai].ID, "_")
		}
		fmt.Fprintf(&ro, "    <OrderedGroup ID=\"%s\" TAGREFS=\"%s\">\n", id, w.tag("StructureTag", "article"))
		for k, bi := range blocks {
			fmt.Fprintf(&ro, "      <ElementRef ID=\"%s_R%d\" REF=\"P%d_TB%d\"/>\n", id, k+1, n, bi+1)
		}
		ro.WriteString("    </OrderedGroup>\n")
	}

	var out bytes.Buffer
	out.WriteString(xml.Header)
	fmt.Fprintf(&out, "<alto xmlns=\"%s\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"%s\" SCHEMAVERSION=\"4.4\">\n", ALTONamespace, altoSchemaLoc)
	w.description(&out, unit)
	if len(w.styLst) > 0 {
		out.WriteString("  <Styles>\n")
		for _, k := range w.styLst {
			a := fmt.Sprintf(`ID="%s"`, w.styles[k])
			if k.font != "" {
				a += fmt.Sprintf(` FONTFAMILY="%s"`, esc(k.font))
			}
			if k.size > 0 {
				// Full precision: segmentation compares sizes exactly.
				a += fmt.Sprintf(` FONTSIZE="%s"`, w.fontSize(k.size))
			}
			var fs []string
			if k.bold {
				fs = append(fs, "bold")
			}
			if k.italic {
				fs = append(fs, "italics")
			}
			if len(fs) > 0 {
				a += fmt.Sprintf(` FONTSTYLE="%s"`, strings.Join(fs, " "))
			}
			fmt.Fprintf(&out, "    <TextStyle %s/>\n", a)
		}
		out.WriteString("  </Styles>\n")
	}
	if len(w.tagLst) > 0 {
		tags := append([]tagDef{}, w.tagLst...)
		sort.SliceStable(tags, func(i, j int) bool { return tags[i].kind < tags[j].kind })
		out.WriteString("  <Tags>\n")
		for _, t := range tags {
			fmt.Fprintf(&out, "    <%s ID=\"%s\" TYPE=\"newsprint\" LABEL=\"%s\"/>\n", t.kind, t.id, esc(t.label))
		}
		out.WriteString("  </Tags>\n")
	}
	if ro.Len() > 0 {
		out.WriteString("  <ReadingOrder>\n")
		out.Write(ro.Bytes())
		out.WriteString("  </ReadingOrder>\n")
	}
	out.Write(body.Bytes())
	out.WriteString("</alto>\n")
	return out.Bytes()
}

// fontSize writes a size in points. On pixel pages it picks, among the
// floats next to size × 72 / DPI, one that ocrxml's size × DPI / 72 turns
// back into the very same pixel size.
func (w *altoWriter) fontSize(size float64) string {
	if w.g.src.Unit == page.Points {
		return strconv.FormatFloat(size, 'f', -1, 64)
	}
	return nearExact(size*72/w.dpi, func(f float64) bool { return f*w.dpi/72 == size })
}

// description writes the Description: unit, source file and the processing
// steps. processingStepSettings of the newsprint step record the page's
// method and, for pixel pages, the DPI used for FONTSIZE, so that ocrxml
// restores them.
func (w *altoWriter) description(out *bytes.Buffer, unit string) {
	p := w.g.src
	fmt.Fprintf(out, "  <Description>\n    <MeasurementUnit>%s</MeasurementUnit>\n", unit)
	out.WriteString("    <sourceImageInformation>\n")
	fmt.Fprintf(out, "      <fileName>%s</fileName>\n", esc(w.doc.Source.File))
	if w.doc.Source.SHA256 != "" {
		fmt.Fprintf(out, "      <fileIdentifier fileIdentifierLocation=\"sha256\">%s</fileIdentifier>\n", esc(w.doc.Source.SHA256))
	}
	out.WriteString("    </sourceImageInformation>\n")
	settings := "method=" + string(p.Method)
	if p.Unit != page.Points {
		settings += "; dpi=" + strconv.FormatFloat(w.dpi, 'f', -1, 64)
	}
	if p.Language != "" {
		settings += "; language=" + p.Language
	}
	newsprint := fmt.Sprintf("<processingStepSettings>%s</processingStepSettings><processingSoftware><softwareName>newsprint</softwareName><softwareVersion>%s</softwareVersion></processingSoftware>", esc(settings), esc(Version))
	out.WriteString("    <OCRProcessing ID=\"OCR1\">\n")
	if p.Method == page.MethodOCR {
		// newsprint OCRs images with Tesseract; ALTO and hOCR inputs were
		// recognised by whatever made them.
		engine := "<processingStepDescription>OCR</processingStepDescription><processingSoftware><softwareName>Tesseract</softwareName>"
		if TesseractVersion != "" {
			engine += "<softwareVersion>" + esc(TesseractVersion) + "</softwareVersion>"
		}
		engine += "</processingSoftware>"
		if f := w.doc.Source.Format; f == "alto" || f == "hocr" {
			engine = "<processingStepDescription>OCR text read from " + f + " input</processingStepDescription>"
		}
		fmt.Fprintf(out, "      <ocrProcessingStep><processingCategory>contentGeneration</processingCategory>%s</ocrProcessingStep>\n", engine)
		fmt.Fprintf(out, "      <postProcessingStep><processingCategory>contentModification</processingCategory><processingStepDescription>article segmentation and reflow</processingStepDescription>%s</postProcessingStep>\n", newsprint)
	} else {
		fmt.Fprintf(out, "      <ocrProcessingStep><processingCategory>contentGeneration</processingCategory><processingStepDescription>text read from the source (%s), article segmentation and reflow</processingStepDescription>%s</ocrProcessingStep>\n", esc(string(p.Method)), newsprint)
	}
	out.WriteString("    </OCRProcessing>\n  </Description>\n")
}

var langRe = regexp.MustCompile(`^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$`)

func langAttr(l string) string {
	if l == "" || !langRe.MatchString(l) {
		return ""
	}
	return fmt.Sprintf(` LANG="%s"`, l)
}

func wc(c float64) string {
	c = min(max(c, 0), 1)
	return strconv.FormatFloat(round3(c), 'f', -1, 64)
}
