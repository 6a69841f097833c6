package reflow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/lexicon"
	"newsprint/script"
)

// Vocab is the vocabulary of a document: words as printed inside lines
// (not across a line break), lower-cased, and hyphenated compounds.
type Vocab map[string]struct{}

// NewVocab collects the words of the given lines. A word broken at a line
// end is not collected from its pieces.
func NewVocab(lines []string) Vocab {
	v := Vocab{}
	for _, l := range lines {
		fs := strings.FieldsFunc(l, func(r rune) bool {
			return !(unicode.IsLetter(r) || r == '-' || r == '‐' || r == shy) || script.CJK(r)
		})
		for i, f := range fs {
			if i == len(fs)-1 && strings.HasSuffix(l, f) && (strings.HasSuffix(f, "-") || strings.HasSuffix(f, "‐") || strings.HasSuffix(f, string(shy))) {
				continue // line-end fragment
			}
			f = strings.ReplaceAll(f, string(shy), "")
			f = strings.ReplaceAll(f, "‐", "-")
			f = strings.Trim(f, "-")
			if f != "" {
				v[strings.ToLower(f)] = struct{}{}
			}
		}
	}
	return v
}

func (v Vocab) has(w string) bool {
	_, ok := v[strings.ToLower(w)]
	return ok
}

// hyphenEnd describes how a line ends with respect to hyphenation.
type hyphenEnd int

const (
	noHyphen   hyphenEnd = iota
	softBreak            // ends with a soft hyphen (with or without a visible hyphen): always joined solid
	hardHyphen           // ends with a visible hyphen after a letter or digit: decide
)

// lineEnd classifies the end of a raw line and returns the line without a
// trailing hyphen mark for softBreak.
func lineEnd(raw string) (hyphenEnd, string) {
	s := strings.TrimRightFunc(raw, isSpace)
	last, n := utf8.DecodeLastRuneInString(s)
	if n == 0 {
		return noHyphen, s
	}
	if last == shy {
		return softBreak, s[:len(s)-n]
	}
	if last == '-' || last == '‐' {
		head := s[:len(s)-n]
		prev, m := utf8.DecodeLastRuneInString(head)
		if prev == shy {
			return softBreak, head[:len(head)-m]
		}
		if m > 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && !script.CJK(prev) {
			return hardHyphen, s
		}
	}
	return noHyphen, s
}

// keepHyphen decides whether the visible hyphen that ends prev is part of
// the word (well-known, co-operate) or hyphenation to undo (govern-ment).
// prev ends with the hyphen; next is the following line.
func keepHyphen(prev, next string, v Vocab) bool {
	pr := []rune(strings.TrimRight(prev, "-‐"))
	i := len(pr)
	for i > 0 && unicode.IsLetter(pr[i-1]) && !script.CJK(pr[i-1]) {
		i--
	}
	a := string(pr[i:])
	nr := []rune(strings.TrimLeftFunc(next, isSpace))
	j := 0
	for j < len(nr) && unicode.IsLetter(nr[j]) && !script.CJK(nr[j]) {
		j++
	}
	b := string(nr[:j])
	if a == "" || b == "" || unicode.IsUpper(nr[0]) {
		return true // 1990-91, anti-American: not a split word
	}
	switch {
	case v.has(a + "-" + b):
		return true
	case v.has(a + b):
		return false
	case lexicon.Word(a + b):
		return false
	case lexicon.Word(a) && lexicon.Word(b) && len(a) > 1:
		return true
	}
	return false
}
