package reflow

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// On a scan, a kicker's closing and a deck's opening "一一" are the dash
// OCR misread; the word inside text, and a text layer's, stay.
func TestScanHeadDashes(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Kicker:   lines("山区小学的老校长一一"),
		Headline: lines("守着讲台四十年"),
		Decks:    [][]page.Line{lines("一一记一位乡村教师")},
		Body:     []segment.Flow{flow("名单一一核对无误。")},
	}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		a := Page(&page.Page{Number: 1, Method: m}, l).Articles[0]
		kicker, deck := "山区小学的老校长——", "——记一位乡村教师"
		if m != page.MethodOCR {
			kicker, deck = "山区小学的老校长一一", "一一记一位乡村教师"
		}
		if a.Kicker != kicker || len(a.Subheadlines) != 1 || a.Subheadlines[0] != deck {
			t.Errorf("%s: kicker %q decks %q, want %q and %q", m, a.Kicker, a.Subheadlines, kicker, deck)
		}
		if len(a.Paragraphs) != 1 || a.Paragraphs[0] != "名单一一核对无误。" {
			t.Errorf("%s: body %q", m, a.Paragraphs)
		}
	}
}
