// Package lexicon holds an English word list (see words/README.md), for
// the packages that judge whether letters make a word: reflow mending line
// breaks, segment/dump re-threading a word broken at a line's end.
package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

// words.txt.gz is SCOWL's American+British English word list (see
// words/README.md for its origin and license).
//
//go:embed words/words.txt.gz
var wordsGz []byte

// The forms a word is listed in: in lower case ("reed"), capitalised as
// a name ("Reed").
const (
	lowerForm byte = 1 << iota
	nameForm
)

var (
	once  sync.Once
	words map[string]byte // lower-cased word: its listed forms
)

// Word reports whether w (any case) is an English word of the list.
func Word(w string) bool {
	once.Do(load)
	_, ok := words[strings.ToLower(w)]
	return ok
}

// CommonWord reports whether w (any case) is listed in lower case only:
// a common word ("thousands"), never a name ("Harlow", "Reed").
func CommonWord(w string) bool {
	once.Do(load)
	return words[strings.ToLower(w)] == lowerForm
}

func load() {
	words = make(map[string]byte, 80000)
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		return // an empty list only weakens the decisions that ask it
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" {
			form := lowerForm
			if strings.ToLower(w) != w {
				form = nameForm
			}
			words[strings.ToLower(w)] |= form
		}
	}
}
