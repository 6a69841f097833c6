// Package reflow repairs line wraps: it joins the lines of paragraphs,
// removes justification spaces, undoes end-of-line hyphenation and finds
// paragraph boundaries, turning segmented lines into finished text.
package reflow

import (
	"fmt"
	"strings"

	"newsprint/page"
	"newsprint/result"
	"newsprint/segment"
)

// Page turns a segmented page into its finished result.
func Page(p *page.Page, l *segment.Layout) result.Page {
	out := result.Page{
		Page: p.Number, Method: string(p.Method), Unit: string(p.Unit),
		Width: p.Width, Height: p.Height, Language: p.Language,
		Articles: []result.Article{}, Blocks: []result.Block{},
		Warnings: p.Warnings, Source: p, Layout: l,
	}
	for i, a := range l.Articles {
		ra := result.Article{ID: fmt.Sprintf("p%d-a%d", p.Number, i+1), Headline: Heading(a.Headline), Paragraphs: []string{}}
		for _, f := range a.Body {
			ra.Paragraphs = append(ra.Paragraphs, Heading(f.Lines))
		}
		out.Articles = append(out.Articles, ra)
	}
	for _, b := range l.Blocks {
		out.Blocks = append(out.Blocks, result.Block{Kind: string(b.Kind), Text: Heading(b.Lines)})
	}
	return out
}

// Heading joins the lines of a heading-like element into one string.
func Heading(lines []page.Line) string {
	var parts []string
	for _, l := range lines {
		parts = append(parts, strings.TrimSpace(l.Text))
	}
	return strings.Join(parts, "")
}
