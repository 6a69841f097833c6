package reflow

import (
	"strings"
	"unicode"

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

// mendTextDashes puts the dash back where OCR read it as "一一" in running
// text and the text around it rules the word out: the word leads into a
// verb, so it neither opens nor ends a paragraph, nor stands before a
// digit, a Latin letter or a mark (——“…”, ——2019年). Between two Han
// characters either may be printed, and the pair is left as read.
func mendTextDashes(s string) string {
	if !strings.Contains(s, ocrDashPair) {
		return s
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '一' || rs[i+1] != '一' || i > 0 && rs[i-1] == '一' || i+2 < len(rs) && rs[i+2] == '一' {
			continue // not a pair, or a longer run
		}
		next := pastSpaces(rs, i+2, 1)
		if next == len(rs) || !unicode.Is(unicode.Han, rs[next]) || pastSpaces(rs, i-1, -1) < 0 {
			copy(rs[i:], []rune(dashPair))
		}
	}
	return string(rs)
}
