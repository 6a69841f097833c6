package dump

import "strings"

// deckAfterWrap finds where a Chinese headline printed over several lines
// gives way to its deck, set in smaller type right under it: the line
// after the headline's short last line (a wrapped headline fills its
// measure but on its last line), or a line far wider than every headline
// line above it (smaller type holds more characters). It returns the
// index of the deck's first line in head, or 0 when the lines are all
// the headline's.
func deckAfterWrap(head []string) int {
	return deckStart(head, func(k int, widest float64) bool {
		return width(head[k-1]) <= width(head[k-2])*shortHeadLine || width(head[k]) >= widest*wideDeckLine
	})
}

// shortHeadLine: a headline line at most this share of the width of the
// line above ends the wrapped headline. wideDeckLine: a line at least
// this many times as wide as every headline line above is in smaller
// type.
const (
	shortHeadLine = 2.0 / 3
	wideDeckLine  = 1.5
)

// deckPastFit finds where an English headline printed over several lines
// gives way to its deck: a line whose first word would have fitted at the
// end of the line above, within the widest headline line so far, is no
// wrap of the headline (a headline breaks only where the next word does
// not fit), so it starts the deck set under it. A deck is a phrase: a lone
// word there is more likely the headline's own, printed out of order, or a
// stray word of text. It returns the index of the deck's first line in
// head, or 0 when the lines are all the headline's.
func deckPastFit(head []string) int {
	return deckStart(head, func(k int, widest float64) bool {
		first, _, phrase := strings.Cut(strings.TrimSpace(head[k]), " ")
		return phrase && width(head[k-1])+0.5+width(first) <= widest
	})
}

// deckStart returns the index of the first line k of head, from the third
// on, that starts(k, widest) reads as a deck's, widest the width of the
// widest line above it; 0 when there is none. Two headline lines at least
// come first: one line alone tells no measure.
func deckStart(head []string, starts func(k int, widest float64) bool) int {
	if len(head) < 3 {
		return 0
	}
	widest := max(width(head[0]), width(head[1]))
	for k := 2; k < len(head); k++ {
		if starts(k, widest) {
			return k
		}
		widest = max(widest, width(head[k]))
	}
	return 0
}
