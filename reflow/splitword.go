package reflow

import (
	"strings"
	"unicode"

	"newsprint/lexicon"
	"newsprint/script"
	"newsprint/segment/cues"
)

// mendSplits joins the words that an extractor broke with a space inside
// a line ("ter­r i­fied", "secur ity", "defi nition": a kerned glyph or a
// ligature read as a gap). Two neighbouring pieces become one word when
// the word list or the document has the joined word and one piece is no
// word of its own; two real words stay apart ("are a", "some one").
func mendSplits(p string, v Vocab) string {
	if !strings.Contains(p, " ") {
		return p
	}
	out := cues.JoinPieces(strings.Split(p, " "), func(prev, next string) bool {
		a, b, ok := splitPieces(prev, next)
		return ok && splitWord(a, b, v)
	})
	return strings.Join(out, " ")
}

// splitPieces returns prev without the punctuation before it and next
// without the punctuation after it, when both are then Latin letters only
// (a piece with punctuation inside or at the break is no split word).
func splitPieces(prev, next string) (string, string, bool) {
	a := strings.TrimLeftFunc(prev, func(r rune) bool { return !unicode.IsLetter(r) })
	b := strings.TrimRightFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	if a == "" || b == "" || !allLatinLetters(a) || !allLatinLetters(b) {
		return "", "", false
	}
	return a, b, true
}

func allLatinLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) || script.CJK(r) {
			return false
		}
	}
	return true
}

func splitWord(a, b string, v Vocab) bool {
	if len(a)+len(b) < 5 || len(a) < 2 || !(lexicon.Word(a+b) || v.has(a+b)) {
		return false
	}
	word := func(w string) bool { return lexicon.Word(w) && (len(w) > 1 || w == "a" || w == "A" || w == "I") }
	// A lone capital or a one-letter tail ("technolog y") is a piece only
	// after a non-word.
	return !word(a) && (len(b) > 1 || len(a) >= 4) || !word(b) && len(b) > 1
}
