package layout

import (
	"slices"
	"strings"
	"unicode/utf8"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/segment/cues"
	"newsprint/wordseg"
)

// OCR reads the glyphs of a name set in another face (the Kai of credits)
// as glyphs of like shape, often ones that names hardly ever use, while one
// of its other readings of the glyph (page.Word.Alternatives) is the right
// one. Where a credit line names someone, a glyph of the name whose reading
// names hardly use is replaced by an alternative that names use far more
// often (surnames for the first glyph, given names for the others: the
// dictionary's person names, wordseg.NameCounts), when OCR was nearly as
// sure of that one (page.Word.CloseAlternatives).

// nameOdds is how many times more often names must use the alternative
// than the glyph read.
const nameOdds = 8

// mendNames returns l with the glyphs of the names its credit gives mended
// as above; l itself when it has no alternatives or names no one.
func mendNames(l page.Line) page.Line {
	if !hasAlternatives(l.Words) {
		return l
	}
	at := wordOffsets(l)
	if at == nil {
		return l
	}
	var words []page.Word
	names, from := creditNames(l.Text)
	next := map[string]int{} // where to look for a name given again
	for _, name := range names {
		pos := max(from, next[name])
		start := strings.Index(l.Text[pos:], name)
		if start < 0 {
			continue
		}
		start += pos
		next[name] = start + len(name)
		for off, r := range name {
			i := slices.Index(at, start+off)
			if i < 0 || words != nil && words[i].Text != l.Words[i].Text || l.Words[i].Text != string(r) {
				continue // not a word of its own, or mended already
			}
			if alt, ok := nameReading(l.Words[i], off == 0); ok {
				if words == nil {
					words = append([]page.Word(nil), l.Words...)
				}
				words[i] = alt
			}
		}
	}
	if words == nil {
		return l
	}
	var b strings.Builder
	pos := 0
	for i, o := range at {
		b.WriteString(l.Text[pos:o])
		b.WriteString(words[i].Text)
		pos = o + len(l.Words[i].Text)
	}
	b.WriteString(l.Text[pos:])
	l.Text, l.Words = b.String(), words
	return l
}

func hasAlternatives(words []page.Word) bool {
	for _, w := range words {
		if len(w.Alternatives) > 0 {
			return true
		}
	}
	return false
}

// wordOffsets returns the byte offset in l.Text of each word's text, in
// order; nil when the words do not spell the text in order.
func wordOffsets(l page.Line) []int {
	at := make([]int, len(l.Words))
	pos := 0
	for i, w := range l.Words {
		o := strings.Index(l.Text[pos:], w.Text)
		if o < 0 || w.Text == "" {
			return nil
		}
		at[i] = pos + o
		pos += o + len(w.Text)
	}
	return at
}

// creditNames returns the Chinese names of the people a credit line t
// names, as a byline, a run-in or trailing credit, or a photo credit, and
// the offset in t the credit starts at: a caption's text before its credit
// may name the same people, and is not the credit.
func creditNames(t string) (names []string, from int) {
	var authors []segment.Author
	if _, a, ok := cues.ParseByline(t); ok {
		authors = a
	} else if _, a, ok := cues.TrailingCredit(t); ok {
		authors = a
	} else if _, _, a, ok := cues.RunIn(t); ok {
		authors = a
	} else if credit, a, ok := cues.CaptionCredit(t); ok {
		authors, from = a, len(t)-len(credit)
	}
	for _, a := range authors {
		if cues.HanName(a.Name) {
			names = append(names, a.Name)
		}
	}
	return names, from
}

// nameReading returns w read as the close alternative that names favour
// over its text (the first glyph of a name when surname), the text
// becoming an alternative; false when none does.
func nameReading(w page.Word, surname bool) (page.Word, bool) {
	sur, given := wordseg.NameCounts()
	counts := given
	if surname {
		counts = sur
	}
	top, _ := utf8.DecodeRuneInString(w.Text)
	var best page.Alternative
	bestCount := 0
	for _, a := range w.CloseAlternatives() {
		r, size := utf8.DecodeRuneInString(a.Text)
		if size == len(a.Text) && counts[r] >= nameOdds*max(counts[top], 1) && counts[r] > bestCount {
			best, bestCount = a, counts[r]
		}
	}
	if best.Text == "" {
		return w, false
	}
	others := []page.Alternative{{Text: w.Text, Confidence: w.Confidence}}
	for _, a := range w.Alternatives {
		if a != best {
			others = append(others, a)
		}
	}
	return page.Word{Text: best.Text, Box: w.Box, Confidence: best.Confidence, Alternatives: others}, true
}
