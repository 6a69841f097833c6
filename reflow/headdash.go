package reflow

import (
	"strings"

	"newsprint/result"
)

// OCR reads the dash pair (——) that ends a Chinese kicker or opens a deck
// as the ideograph 一 twice: their glyphs are one flat stroke each. There
// it is always the dash, since "一一" (one by one) is a word that leads
// into what follows and ends no kicker, and opens no deck.
const (
	ocrDashPair = "一一"
	dashPair    = "——"
)

// mendHeadDashes puts the dash back in the kickers and decks of a scanned
// page's articles.
func mendHeadDashes(out *result.Page) {
	for i := range out.Articles {
		a := &out.Articles[i]
		if s, ok := strings.CutSuffix(a.Kicker, ocrDashPair); ok {
			a.Kicker = s + dashPair
		}
		for j, d := range a.Subheadlines {
			if s, ok := strings.CutPrefix(d, ocrDashPair); ok {
				a.Subheadlines[j] = dashPair + s
			}
		}
	}
}
