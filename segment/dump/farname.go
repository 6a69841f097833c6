package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/lexicon"
	"newsprint/segment"
	"newsprint/segment/cues"
)

// nameEndRows is how far below a cut credit farNameEnd looks for the end
// of its last name: interleaved columns print a row of each column in
// turn, a word or two each, between the credit's two halves.
const nameEndRows = 30

// farNameEnd reads English line i (text l) as a credit cut inside the name
// after its "and" ("By Jane Doe and Tom" ... "Reed", "By JANE DOE and" ...
// "TOM REED"), the name's end printed as a line of its own rows below,
// where the columns interleave. The end is the first line of name words
// in the credit's case, none a common word or printed in lower case on
// the page (a sentence's first word may be); it returns the credit whole
// and that line.
func (s *pageSeg) farNameEnd(i int, l string, used []bool) (string, []segment.Author, int, bool) {
	need, caps := cutName(l)
	if s.zh || need == 0 || s.goesOnLower(i) {
		return "", nil, 0, false
	}
	for k := i + 1; k < len(s.lines) && k <= i+nameEndRows; k++ {
		t := strings.TrimSpace(s.lines[k])
		if t == "" || used[k] {
			continue
		}
		ws := strings.Fields(t)
		if len(ws) > need || !s.nameWords(ws, caps) {
			continue
		}
		if b, a, ok := cues.ParseByline(l + " " + t); ok && strings.HasSuffix(a[len(a)-1].Name, titleWord(ws[len(ws)-1])) {
			return b, a, k, true
		}
	}
	return "", nil, 0, false
}

// cutName returns how many words the name after the "and" of credit line
// l lacks ("By Jane Doe and": 2, "By Jane Doe and Tom": 1, else 0) and
// whether its names are set in capitals. A first name alone ("By JANE")
// is not taken: the line is not read as a credit, and made one it moves a
// scattered page's stories more than it mends.
func cutName(l string) (need int, caps bool) {
	rest, ok := strings.CutPrefix(l, "By ")
	if !ok || strings.ContainsAny(rest, ",.;:") {
		return 0, false
	}
	// Spaces squeezed: no name before the "and" however many spaces.
	ws := strings.Fields(rest)
	padded := " " + strings.Join(ws, " ") + " "
	k := strings.LastIndex(padded, " and ")
	if k <= 0 {
		return 0, false
	}
	for _, w := range ws {
		if w != "and" && !nameWord(w) {
			return 0, false
		}
	}
	last := strings.Fields(padded[k+len(" and "):])
	if len(last) > 1 {
		return 0, false
	}
	return 2 - len(last), strings.ToUpper(ws[0]) == ws[0]
}

// nameWord is a word a name is printed in: a capital and letters.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) < 0
}

// nameWords reports words ws all name words in the credit's case (caps):
// none a common word (lexicon.CommonWord) or printed in lower case on the
// page, as a sentence's first word may be.
func (s *pageSeg) nameWords(ws []string, caps bool) bool {
	for _, w := range ws {
		if !nameWord(w) || (strings.ToUpper(w) == w) != caps || lexicon.CommonWord(w) || s.printedLower(w) {
			return false
		}
	}
	return true
}

// printedLower reports word w printed in lower case on the page. The
// page's lower-case words are gathered once: a cut credit asks for each
// candidate word on up to nameEndRows lines.
func (s *pageSeg) printedLower(w string) bool {
	if s.lowerWords == nil {
		s.lowerWords = map[string]bool{}
		for _, l := range s.lines {
			for _, f := range strings.Fields(l) {
				if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
					s.lowerWords[wordKey(f)] = true
				}
			}
		}
	}
	return s.lowerWords[strings.ToLower(w)]
}

// titleWord is w as a name in a credit is given: "DOE" as "Doe".
func titleWord(w string) string {
	if strings.ToUpper(w) != w {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(r) + strings.ToLower(w[n:])
}
