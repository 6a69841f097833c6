package dump

// Paragraph starts in scattered English dumps. Such a dump prints most
// words of justified lines one to a dump line, but a paragraph's indented
// first line is set apart whole: of 37 paragraph starts found in three
// dev dumps, 34 open a dump line of three words or more after a blank
// line, none a line of one word. A sentence end before it tells nothing there:
// the line printed before is most often a word of another line or column.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minParaWords: a dump line that holds a paragraph's first line whole.
const minParaWords = 4

// openers are closed-class words a news paragraph often opens with. A
// capitalised word of any other kind opening a dump line is as often a
// name run on from the line above ("Anna Price …", invented).
var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at but and he she it i this that these those they
		we you if for some as so there his her its their our when while after before since with by
		from one many most mr mrs ms`) {
		openers[w] = true
	}
}

// scatteredStart reports a dump line f of a scattered English dump that
// opens a paragraph: a line of several words after a blank line, its first
// word a capitalised opener (an opening quote may come before it).
func (s *pageSeg) scatteredStart(f frag) bool {
	ws := strings.Fields(f.text)
	if len(ws) < minParaWords || f.line == 0 || strings.TrimSpace(s.lines[f.line-1]) != "" {
		return false
	}
	first := strings.TrimLeft(ws[0], `"'“‘`)
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) && openers[wordKey(first)]
}
