package export

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strings"

	"newsprint/page"
	"newsprint/result"
)

// hocrDPI is the resolution hOCR coordinates of PDF pages are given at:
// hOCR boxes are integer pixels, so point coordinates are scaled to 300 dpi
// (and scan_res says so).
const hocrDPI = 300

// HOCR renders doc as one hOCR (XHTML 1.0) file: an ocr_page per page with
// geometry, an ocr_carea per block (a run of lines of one article block or
// piece of furniture, its role and article in x_role / x_article
// properties), one ocr_par in it, ocr_line with x_size (x_fsize in points
// when known) and ocrx_word with bbox and x_wconf; rules are
// ocr_separator, drawn boxes ocr_linedrawing, pictures ocr_photo. Pixel pages keep their
// coordinates; point pages are scaled to 300 dpi. Pages without geometry
// are left out; a document with none gives ErrNoGeometry.
func HOCR(doc *result.Document) ([]byte, error) {
	var pages bytes.Buffer
	lang := ""
	for i := range doc.Pages {
		g, err := newGeoPage(&doc.Pages[i])
		if errors.Is(err, ErrNoGeometry) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if lang == "" {
			lang = g.src.Language
		}
		hocrPage(&pages, doc, g)
	}
	if pages.Len() == 0 {
		return nil, fmt.Errorf("hocr: %w", ErrNoGeometry)
	}
	var out bytes.Buffer
	out.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	out.WriteString(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">` + "\n")
	la := ""
	if langRe.MatchString(lang) {
		la = fmt.Sprintf(` xml:lang="%s" lang="%s"`, lang, lang)
	}
	fmt.Fprintf(&out, "<html xmlns=\"http://www.w3.org/1999/xhtml\"%s>\n<head>\n", la)
	fmt.Fprintf(&out, "  <title>%s</title>\n", esc(doc.Source.File))
	out.WriteString("  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n")
	fmt.Fprintf(&out, "  <meta name=\"ocr-system\" content=\"newsprint %s\"/>\n", esc(Version))
	out.WriteString("  <meta name=\"ocr-capabilities\" content=\"ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf ocrp_lang ocrp_font\"/>\n")
	out.WriteString("</head>\n<body>\n")
	out.Write(pages.Bytes())
	out.WriteString("</body>\n</html>\n")
	return out.Bytes(), nil
}

func hocrPage(out *bytes.Buffer, doc *result.Document, g *geoPage) {
	p := g.src
	scale, dpi := 1.0, 0.0
	if p.Unit == page.Points {
		scale, dpi = hocrDPI/72.0, hocrDPI
	} else if p.Scan != nil && p.Scan.DPI > 0 {
		dpi = p.Scan.DPI
	}
	bbox := func(r page.Rect) string {
		r = r.Scale(scale)
		return fmt.Sprintf("bbox %d %d %d %d", iround(r.X0), iround(r.Y0), iround(r.X1), iround(r.Y1))
	}
	n := p.Number
	title := fmt.Sprintf("image %s; %s; ppageno %d", quoteProp(doc.Source.File), bbox(page.Rect{X1: p.Width, Y1: p.Height}), n-1)
	if dpi > 0 {
		title += fmt.Sprintf("; scan_res %d %d", iround(dpi), iround(dpi))
	}
	// Where the text came from: ocrxml turns pdf-text pages back into points.
	title += "; x_source " + string(p.Method)
	fmt.Fprintf(out, "  <div class=\"ocr_page\" id=\"page_%d\" title=\"%s\">\n", n, esc(title))
	wid := 0
	for bi, b := range g.blocks {
		t := bbox(b.box)
		if b.role != "" {
			t += "; x_role " + strings.ReplaceAll(b.role, " ", "_")
		}
		if b.article >= 0 && b.article < len(g.res.Articles) {
			t += "; x_article " + g.res.Articles[b.article].ID
		}
		la := langAttr(p.Language)
		if la != "" {
			la = fmt.Sprintf(` lang="%s"`, p.Language)
		}
		fmt.Fprintf(out, "   <div class=\"ocr_carea\" id=\"block_%d_%d\" title=\"%s\">\n", n, bi+1, esc(t))
		fmt.Fprintf(out, "    <p class=\"ocr_par\" id=\"par_%d_%d\"%s title=\"%s\">\n", n, bi+1, la, esc(bbox(b.box)))
		for li, gl := range b.lines {
			l := gl.line
			lt := bbox(*l.Box)
			if l.Size > 0 {
				lt += fmt.Sprintf("; x_size %s", trimNum(l.Size*scale))
				if p.Unit == page.Points {
					lt += fmt.Sprintf("; x_fsize %s", trimNum(l.Size))
				}
			}
			if l.Font != "" {
				lt += "; x_font " + quoteProp(l.Font)
			}
			fmt.Fprintf(out, "     <span class=\"ocr_line\" id=\"line_%d_%d_%d\" title=\"%s\">", n, bi+1, li+1, esc(lt))
			for wi, wd := range gl.words {
				wid++
				text := wd.text
				if wd.hypPart == 1 {
					text += "-"
				}
				wt := fmt.Sprintf("%s; x_wconf %d", bbox(wd.box), iround(min(max(wd.conf, 0), 1)*100))
				inner := esc(strings.TrimSpace(text))
				if l.Italic {
					inner = "<em>" + inner + "</em>"
				}
				if l.Bold {
					inner = "<strong>" + inner + "</strong>"
				}
				fmt.Fprintf(out, "<span class=\"ocrx_word\" id=\"word_%d_%d\" title=\"%s\">%s</span>", n, wid, esc(wt), inner)
				if wd.spaceAfter && wi+1 < len(gl.words) {
					out.WriteString(" ")
				}
			}
			out.WriteString("</span>\n")
		}
		out.WriteString("    </p>\n   </div>\n")
	}
	// Graphics as Tesseract writes them: separators and photos. A drawn
	// box is a line drawing (x_filled when it is a fill).
	for i, r := range p.Rules {
		fmt.Fprintf(out, "   <div class=\"ocr_separator\" id=\"sep_%d_%d\" title=\"%s\"></div>\n", n, i+1, bbox(r.Box))
	}
	for i, b := range p.Boxes {
		t := bbox(b.Box)
		if b.Filled {
			t += "; x_filled 1"
		}
		fmt.Fprintf(out, "   <div class=\"ocr_linedrawing\" id=\"box_%d_%d\" title=\"%s\"></div>\n", n, i+1, t)
	}
	for i, im := range p.Images {
		fmt.Fprintf(out, "   <div class=\"ocr_photo\" id=\"photo_%d_%d\" title=\"%s\"></div>\n", n, i+1, bbox(im.Box))
	}
	out.WriteString("  </div>\n")
}

func iround(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return int(math.Round(v))
}

func trimNum(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

// quoteProp quotes a string value of an hOCR property.
func quoteProp(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, ";", ",").Replace(s) + `"`
}
