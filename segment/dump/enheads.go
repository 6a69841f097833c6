package dump

import (
	"regexp"
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

var folioRe = regexp.MustCompile(`^[0-9]{1,3}$`)

// folio reports a page number printed on a line of its own at the top of
// an English page (the dump's first lines, before any text of several
// words).
func (s *pageSeg) folio(i int, l string) bool {
	if !folioRe.MatchString(l) || len(s.chunkLines[s.chunk[i]]) != 1 {
		return false
	}
	for k := 0; k < i; k++ {
		if len(strings.Fields(s.lines[k])) > 1 {
			return false
		}
	}
	return true
}

// openEnd reports a line of words that stops on a word leaving the sentence
// open: a function word after six words or more (a short headline line may
// end "out of" and go on below), an auxiliary or "then" after five.
func openEnd(words []string) bool {
	w := strings.ToLower(words[len(words)-1])
	return enFunction[w] && len(words) >= 6 || enOpen[w] && len(words) >= 5
}

var enOpen = map[string]bool{"then": true, "being": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "not": true, "than": true, "into": true}
