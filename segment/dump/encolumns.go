package dump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// openColumns gives a column that starts inside a sentence, printed right
// after a column that ends one, to an article with a column printed before
// it that breaks off inside a sentence with no run-on printed right after
// it: of those breaks, the one whose article's words the column's are most
// like (its own article's counted without it), the nearest on a tie; the
// column moves only when it is as like that article as its own. Extractors
// print the columns of neighbouring stories in turns; a sentence broken at
// the foot of a column goes on at the head of the same story's next
// column, wherever that is printed, and a run-on that opens with a capital
// (a name) leaves its break looking open. Pages printed word by word
// (wordBlocks) and stream dumps are left alone.
func (s *pageSeg) openColumns(stories [][]int, ps []*piece, owner []*article, stoks []map[string]float64) {
	if s.zh || s.wordBlocks || s.ordered {
		return
	}
	first, last := storyEnds(ps, stories)
	opens := func(i int) bool { return first(i).openStart(false) || quotedLowerStart(first(i).frags[0].text) }
	s.runOnColumns(stories, ps, owner, stoks, runOnRule{
		opens:   opens,
		breaks:  func(i int) bool { return last(i).openEnd() },
		takesUp: opens,
		moves:   func(_ int, best, own float64) bool { return best >= own },
		crosses: true,
	})
}

// quotedLowerStart: the line opens a quotation or bracket with a lowercase
// word ("\"low cost\" models…"), as only text inside a sentence does.
func quotedLowerStart(t string) bool {
	rest := strings.TrimLeft(t, "\"“'‘(")
	r, _ := utf8.DecodeRuneInString(rest)
	return len(rest) < len(t) && unicode.IsLower(r)
}
