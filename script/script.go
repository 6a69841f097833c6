// Package script tells how Chinese (and Japanese) text sets a character
// next to its neighbours: solid, without spaces, or spaced as in Latin
// text. Every stage asks it: the sources when they join glyphs and words
// into lines, segmentation when it weighs and splits lines, reflow when it
// joins them. It is a leaf: it imports nothing of newsprint.
package script

import "unicode"

// CJK reports whether r is set solid in Chinese and Japanese text:
// ideographs (the Han script, radicals included), kana, CJK symbols and
// punctuation, vertical and compatibility forms, full- and half-width
// forms. The ideographic space U+3000 is a space, not CJK; Hangul, which
// Korean spaces between words, is not CJK here either.
func CJK(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x3001 && r <= 0x303F, // CJK symbols and punctuation
		r >= 0x3040 && r <= 0x30FF,                             // kana
		r >= 0xFE10 && r <= 0xFE1F, r >= 0xFE30 && r <= 0xFE4F, // vertical and compatibility forms
		r >= 0xFF01 && r <= 0xFF9F, r >= 0xFFE0 && r <= 0xFFE6: // full- and half-width forms
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// Shared reports the marks Chinese sets solid but English prints too,
// spaced: curly quotes, em dash, horizontal bar, ellipsis, middle dot.
// Which way one is set depends on the text around it.
func Shared(r rune) bool {
	return r >= 0x2018 && r <= 0x201F || r == '—' || r == '―' || r == '…' || r == '·'
}
