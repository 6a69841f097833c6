// Package inspect draws a segmented page as SVG: every block boxed and
// coloured by role and numbered in reading order, every article outlined,
// on the page's scan when there is one. People look at pictures before
// JSON; this is also how layout problems are debugged.
package inspect

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image"
	_ "image/jpeg" // scans
	"image/png"
	"io"
	"net/http"

	_ "golang.org/x/image/tiff" // scans

	"newsprint/page"
	"newsprint/result"
	"newsprint/segment"
)

// colours per block role; unknown roles are grey.
var colours = map[string]string{
	"headline":    "#d62728",
	"kicker":      "#ff7f0e",
	"deck":        "#e377c2",
	"byline":      "#9467bd",
	"body":        "#1f77b4",
	"crosshead":   "#17becf",
	"caption":     "#2ca02c",
	"masthead":    "#8c564b",
	"page-header": "#7f7f7f",
	"section":     "#bcbd22",
	"advert":      "#000000",
	"boxed":       "#000000",
	"other":       "#aaaaaa",
}

// articleColours outline articles in turn.
var articleColours = []string{"#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf"}

// SVG writes the drawing of one page. The page must carry its Source (for
// size, pictures, rules and the scan) and Layout, as pipeline output does.
func SVG(w io.Writer, p *result.Page) error {
	if p.Source == nil || p.Layout == nil {
		return fmt.Errorf("page %d: no layout to draw", p.Page)
	}
	src := p.Source
	width, height := src.Width, src.Height
	if width <= 0 || height <= 0 {
		width, height = extent(src)
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.2f %.2f">`+"\n", width, height, width, height)
	fmt.Fprintf(bw, `<rect x="0" y="0" width="%.2f" height="%.2f" fill="white"/>`+"\n", width, height)
	if uri := scanURI(src.Scan); uri != "" {
		fmt.Fprintf(bw, `<image x="0" y="0" width="%.2f" height="%.2f" preserveAspectRatio="none" href="%s"/>`+"\n", width, height, uri)
	}
	font := max(width/120, 4)
	for _, im := range src.Images {
		rect(bw, im.Box, `fill="none" stroke="#666" stroke-dasharray="4 2"`)
	}
	for _, r := range src.Rules {
		rect(bw, r.Box, `fill="#444" stroke="none"`)
	}
	n := 0
	for i, a := range p.Layout.Articles {
		c := articleColours[i%len(articleColours)]
		fmt.Fprintf(bw, `<g class="article" id="a%d">`+"\n", i+1)
		for _, b := range a.Blocks {
			n++
			block(bw, b, b.Role, n, font)
		}
		if a.BBox != nil {
			rect(bw, *a.BBox, fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%.1f"`, c, font/4))
			label(bw, a.BBox.X0, a.BBox.Y0-font/4, fmt.Sprintf("A%d %.2f", i+1, a.Confidence), c, font)
		}
		fmt.Fprintln(bw, `</g>`)
	}
	for _, b := range p.Layout.Blocks {
		n++
		block(bw, b, string(b.Kind), n, font)
	}
	fmt.Fprintln(bw, `</svg>`)
	return bw.Flush()
}

func block(w io.Writer, b segment.Block, role string, n int, font float64) {
	if b.Box == nil {
		return
	}
	c, ok := colours[role]
	if !ok {
		c = colours["other"]
	}
	fmt.Fprintf(w, `<g class="block" data-role="%s">`, html.EscapeString(role))
	rect(w, *b.Box, fmt.Sprintf(`fill="%s" fill-opacity="0.18" stroke="%s" stroke-width="%.2f"`, c, c, font/10))
	label(w, b.Box.X0+font/8, b.Box.Y0+font, fmt.Sprint(n), c, font)
	fmt.Fprintln(w, `</g>`)
}

func rect(w io.Writer, r page.Rect, attrs string) {
	fmt.Fprintf(w, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" %s/>`, r.X0, r.Y0, max(r.Width(), 0.5), max(r.Height(), 0.5), attrs)
}

func label(w io.Writer, x, y float64, text, colour string, font float64) {
	fmt.Fprintf(w, `<text x="%.2f" y="%.2f" font-size="%.1f" font-family="sans-serif" fill="%s">%s</text>`, x, y, font, colour, html.EscapeString(text))
}

// extent is the size of a page that does not state it: the far edges of
// its lines.
func extent(p *page.Page) (float64, float64) {
	w, h := 1.0, 1.0
	for _, l := range p.Lines {
		if l.Box != nil {
			w, h = max(w, l.Box.X1), max(h, l.Box.Y1)
		}
	}
	return w, h
}

// scanURI embeds the page raster as a data URI: JPEG and PNG as they are,
// anything else (TIFF, a decoded image) re-encoded as PNG. "" when there is
// no scan or it cannot be decoded.
func scanURI(sc *page.Scan) string {
	if sc == nil {
		return ""
	}
	if len(sc.Data) > 0 {
		switch mime := http.DetectContentType(sc.Data); mime {
		case "image/jpeg", "image/png":
			return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(sc.Data)
		}
	}
	img := sc.Image
	if img == nil && sc.Index > 0 {
		return "" // image.Decode reads only the first page of a multi-page file
	}
	if img == nil && len(sc.Data) > 0 {
		var err error
		if img, _, err = image.Decode(bytes.NewReader(sc.Data)); err != nil {
			return ""
		}
	}
	if img == nil {
		return ""
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return ""
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())
}
