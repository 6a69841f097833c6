// Package reflow repairs line wraps: it joins the lines of paragraphs,
// removes justification spaces, undoes end-of-line hyphenation and finds
// paragraph boundaries, turning segmented lines into finished text.
//
// Spaces: in body text every space touching CJK is dropped (truth never
// has one); headings keep a single printed gap between two CJK phrases on
// a line that is not letter-spaced. Hyphens: a soft hyphen at a line end
// always joins; a visible one is kept when the document writes the
// compound (co-operate) or the English word list knows both halves but not
// the whole (think-tank), and removed otherwise. Paragraphs: with
// geometry, an indented line starts one and a short sentence-final line
// ends one; without (text dumps), widths are compared with the typical
// full width of the article's lines (CJK counts 2): a short sentence-final
// line ends a paragraph, and a line about two characters short after a
// sentence end is a first line that lost its indent; a full Chinese line
// after a sentence end is no first line (the dump joined text from
// elsewhere), and Latin words scattered one to a line tell no paragraph
// end at all. Flows (columns, blank-line blocks) run on unless the same
// signals say otherwise; gse decides a short, unpunctuated flow end
// (推|广率 joins).
package reflow

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"newsprint/page"
	"newsprint/result"
	"newsprint/segment"
)

// Page turns a segmented page into its finished result.
func Page(p *page.Page, l *segment.Layout) result.Page {
	if p == nil {
		p = &page.Page{}
	}
	out := result.Page{
		Page: p.Number, Method: string(p.Method), Unit: string(p.Unit),
		Width: p.Width, Height: p.Height, Language: p.Language,
		Articles: []result.Article{}, Blocks: []result.Block{},
		Warnings: p.Warnings, Source: p, Layout: l,
	}
	if l == nil {
		return out
	}
	if len(l.Warnings) > 0 {
		// Clipped so that append copies: the page model keeps its own.
		out.Warnings = append(slices.Clip(p.Warnings), l.Warnings...)
	}
	texts := make([]string, len(p.Lines))
	for i, ln := range p.Lines {
		texts[i] = ln.Text
	}
	vocab := NewVocab(texts)
	for i, a := range l.Articles {
		ra := result.Article{
			ID:         fmt.Sprintf("p%d-a%d", p.Number, i+1),
			Kicker:     JoinLines(a.Kicker),
			Headline:   JoinLines(a.Headline),
			Byline:     strings.Join(strings.Fields(a.Byline), " "),
			Paragraphs: Paragraphs(a.Body, vocab),
			BBox:       bbox(a.BBox),
		}
		for _, d := range a.Decks {
			if s := JoinLines(d); s != "" {
				ra.Subheadlines = append(ra.Subheadlines, s)
			}
		}
		for _, au := range a.Authors {
			ra.Authors = append(ra.Authors, result.Author{Name: au.Name, Role: string(au.Role)})
		}
		for _, c := range a.Captions {
			if s := Caption(c); s != "" {
				ra.Captions = append(ra.Captions, s)
			}
		}
		if a.Confidence > 0 {
			c := min(a.Confidence, 1)
			ra.Confidence = &c
		}
		out.Articles = append(out.Articles, ra)
	}
	for _, b := range l.Blocks {
		var text string
		switch b.Kind {
		case segment.Caption:
			text = Caption(b.Lines)
		case segment.Other:
			// Running text no article claimed: its lines join like a
			// paragraph's (no space between Chinese characters).
			text = JoinLines(b.Lines)
		default:
			text = BlockText(b.Lines)
		}
		out.Blocks = append(out.Blocks, result.Block{Kind: string(b.Kind), Text: text, BBox: bbox(b.Box)})
	}
	if p.Method == page.MethodOCR {
		restyleArticleMarks(&out, ocrQuoteStyle(texts))
		mendHeadDashes(&out)
	}
	return out
}

func bbox(r *page.Rect) []float64 {
	if r == nil || r.Empty() {
		return nil
	}
	return []float64{r.X0, r.Y0, r.X1, r.Y1}
}

// JoinLines joins lines into one string without paragraph breaks, as
// headings (kicker, headline, deck) and running text left in a block want:
// justification spaces removed, a printed gap between two phrases kept,
// Latin words separated by one space, end-of-line hyphens of wrapped
// English words removed.
func JoinLines(lines []page.Line) string {
	return joinLines(lines, false)
}

// creditStart matches the start of a photo credit printed after a caption
// without brackets: a bracketed one is set off by its bracket.
var creditStart = regexp.MustCompile(`^(本报记者|新华社记者|新华社发|记者|通讯员|本报通讯员|Photograph|PHOTO|Photo)`)

// Caption joins the lines of a caption: like JoinLines, but the credit
// that follows the caption sentence is set off by a space, as printed.
func Caption(lines []page.Line) string {
	return joinLines(lines, true)
}

// joinLines is JoinLines, and Caption when caption is set.
func joinLines(lines []page.Line, caption bool) string {
	var b strings.Builder
	prevEnd := noHyphen
	prev := ""
	for _, l := range lines {
		end, core := lineEnd(l.Text)
		t := HeadingLine(core)
		if t == "" {
			continue
		}
		if s, ok := strings.CutSuffix(t, "‐"); ok && end == hardHyphen {
			t = s + "-"
		}
		if b.Len() > 0 {
			switch {
			case prevEnd == softBreak:
			case prevEnd == hardHyphen:
				if !keepHyphen(prev, t, nil) {
					s := b.String()
					b.Reset()
					b.WriteString(strings.TrimRight(s, "-‐"))
				}
			case caption && finalPunct(prev) && creditStart.MatchString(t):
				b.WriteByte(' ')
			default:
				b.WriteString(joinSep(prev, t))
			}
		}
		b.WriteString(t)
		prev, prevEnd = t, end
	}
	return b.String()
}

// BlockText normalises the lines of a page-furniture block to one line:
// letter-spacing removed (经 济 → 经济), the lines joined by single spaces.
func BlockText(lines []page.Line) string {
	var parts []string
	for _, l := range lines {
		if t := HeadingLine(l.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}
