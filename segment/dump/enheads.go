package dump

import (
	"strings"
	"unicode/utf8"
)

// capsHeadMin is how many capitals headings of three words or more make a
// page whose headlines are all set in capitals (old-style front pages).
const capsHeadMin = 6

// capsPage handles English pages whose headlines are all capitals. Their
// headings come with stacked decks: a short capitals phrase and a summary
// sentence in upper and lower case, which extractors print apart from the
// headline. On such a page a capitals line of one or two words is a deck,
// not a headline: it goes with the headline right above it, or is matched
// by its words later.
func (s *pageSeg) capsPage() {
	n := 0
	for _, it := range s.items {
		if it.kind == kHeading && !it.deck && allCapsLine(it.text) && len(strings.Fields(s.squeezeHead(it.text))) >= 3 {
			n++
		}
	}
	if n < capsHeadMin {
		return
	}
	for i := range s.items {
		it := &s.items[i]
		if it.kind != kHeading || it.deck {
			continue
		}
		t := s.squeezeHead(it.text)
		if allCapsLine(t) && len(strings.Fields(t)) <= 2 && utf8.RuneCountInString(t) < 24 {
			it.deck = true
		}
	}
}

// learnWords collects the words of running text: tokens of lines with
// lower-case letters, soft hyphens removed, except a word cut at a line end.
func (s *pageSeg) learnWords() {
	s.runWords = map[string]bool{}
	for _, l := range s.lines {
		if allCapsLine(l) {
			continue
		}
		ws := strings.Fields(l)
		for k, w := range ws {
			if k == len(ws)-1 && (strings.HasSuffix(w, "\u00ad") || strings.HasSuffix(w, "-")) {
				continue
			}
			if t := wordKey(w); t != "" {
				s.runWords[t] = true
			}
		}
	}
}

// joinSplitCaps mends the breaks an extractor puts inside letter-spaced
// capitals ("GAMES M AKER", "BETW EEN"): two neighbouring pieces are one
// word when the page's running text has the word and lacks one of the
// pieces. Two words of their own stay apart ("BLACK POOL").
func (s *pageSeg) joinSplitCaps(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		for i+1 < len(ws) {
			a, b := wordKey(w), wordKey(ws[i+1])
			if a == "" || b == "" || !s.runWords[a+b] || s.runWords[a] && s.runWords[b] && len(a) > 1 && len(b) > 1 {
				break
			}
			w += ws[i+1]
			i++
		}
		out = append(out, w)
	}
	return out
}
