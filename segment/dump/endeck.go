package dump

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A deck set beside the top of a neighbouring column comes out of an
// extractor line by line between that column's lines, sometimes on the
// same line: "A fresh kind of" / "Harbour Authority, the folding
// electric" / "council will agree common stand‐ scooters that carry" /
// … / "bike maker Velora.". Body text carries soft hyphens, the deck does
// not. unweaveDecks finds such blocks and prints the deck as one line
// above the column's lines.

func (s *pageSeg) unweaveDecks() {
	colW := s.lineWidth()
	s.rewriteBlocks(func(ls []string) ([]string, bool) {
		deck, body, ok := unweave(ls, colW)
		if !ok {
			return nil, false
		}
		return append([]string{deck, ""}, body...), true
	})
}

// rewriteBlocks replaces each block of the page's lines (a run of lines
// between blank ones) by what f makes of it, where f says it made
// something.
func (s *pageSeg) rewriteBlocks(f func(block []string) ([]string, bool)) {
	var out []string
	for i := 0; i < len(s.lines); {
		j := i
		for j < len(s.lines) && strings.TrimSpace(s.lines[j]) != "" {
			j++
		}
		if j == i {
			out = append(out, s.lines[i])
			i++
			continue
		}
		if ls, ok := f(s.lines[i:j]); ok {
			out = append(out, ls...)
			s.learned = false
		} else {
			out = append(out, s.lines[i:j]...)
		}
		i = j
	}
	s.lines = out
}

// unweave separates a block's deck words from its column lines. The block
// must start with a deck line (capitalised, shorter than a column, without
// bodyHyphens), end its deck with a full stop, and hold both kinds of line
// several times, the column lines with soft hyphens somewhere: on a page
// set without them, short lines are no sign of a deck (headlines, credits
// and ragged text are short too).
func unweave(ls []string, colW float64) (string, []string, bool) {
	if len(ls) < 5 {
		return "", nil, false
	}
	short := func(t string) bool { return float64(visLen(t)) < 0.8*colW }
	first := strings.TrimSpace(ls[0])
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsUpper(r) || bodyHyphens(first) || !short(first) || sentenceEnd(first) {
		return "", nil, false
	}
	var deck, body []string
	nd, nb, hyphenated := 0, 0, false
	for _, l := range ls {
		t := strings.TrimSpace(l)
		switch {
		case !bodyHyphens(t) && short(t) && !strings.HasPrefix(t, "By "):
			deck = append(deck, t)
			nd++
		case float64(visLen(t)) > 1.1*colW:
			b, d, ok := cutDeckTail(t, colW)
			if !ok {
				return "", nil, false
			}
			body = append(body, b)
			deck = append(deck, d)
		default:
			body = append(body, t)
			nb++
			hyphenated = hyphenated || bodyHyphens(t)
		}
	}
	text := strings.Join(deck, " ")
	if nd < 3 || nb < 2 || 2*nd < nb || !hyphenated || !sentenceEnd(text) || strings.Count(text, ". ") > 0 {
		return "", nil, false
	}
	return text, body, true
}

// cutDeckTail cuts a line into a column line and the deck words printed
// after it: the deck part has no soft hyphen, and the column part ends
// where a column line would (about a column wide, or at a hyphen).
func cutDeckTail(t string, colW float64) (string, string, bool) {
	best, bs := -1, math.Inf(-1)
	for k, r := range t {
		if r != ' ' {
			continue
		}
		left, right := t[:k], t[k+1:]
		if bodyHyphens(right) {
			continue
		}
		sc := -math.Abs(float64(visLen(left)) - colW)
		if endsHyphen(left) {
			sc += 4
		}
		if sc > bs {
			best, bs = k, sc
		}
	}
	if best < 0 || bs < -0.25*colW {
		return "", "", false
	}
	return t[:best], t[best+1:], true
}
