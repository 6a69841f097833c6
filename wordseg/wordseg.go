// Package wordseg wraps the gse Chinese word segmenter. Its dictionary takes
// seconds and hundreds of megabytes to load, so there is one segmenter per
// process, loaded on first use and shared by every goroutine (gse's lookups
// are read-only once loaded).
package wordseg

import (
	"sync"
	"unicode"

	"github.com/go-ego/gse"
)

var (
	once sync.Once
	seg  gse.Segmenter
	err  error
)

func load() {
	seg.SkipLog = true
	err = seg.LoadDictEmbed("zh_s")
	if err == nil {
		seg.LoadModel()
	}
}

// Load loads the dictionary if it is not loaded yet. Calling it early moves
// the start-up cost out of the first page.
func Load() error {
	once.Do(load)
	return err
}

// Cut splits s into words (dictionary shortest path plus HMM for unknown
// words, which is what finds personal names).
func Cut(s string) []string {
	if Load() != nil {
		return nil
	}
	return seg.Cut(s, true)
}

// Token is a word with its part-of-speech tag from the dictionary
// ("nr" person name, "ns" place, "nt" organisation, "n" noun, ...).
type Token struct {
	Text string
	Pos  string
}

// Tag splits s into words with part-of-speech tags.
func Tag(s string) []Token {
	if Load() != nil {
		return nil
	}
	ps := seg.Pos(s, false)
	out := make([]Token, len(ps))
	for i, p := range ps {
		out[i] = Token{Text: p.Text, Pos: p.Pos}
	}
	return out
}

// Freq returns the dictionary frequency of word and whether it is a known word.
func Freq(word string) (float64, bool) {
	if Load() != nil {
		return 0, false
	}
	f, _, ok := seg.Find(word)
	return f, ok
}

// PosOf returns the dictionary part-of-speech tag of word, "" when unknown.
func PosOf(word string) string {
	if Load() != nil {
		return ""
	}
	_, pos, ok := seg.Find(word)
	if !ok {
		return ""
	}
	return pos
}

// NameCounts counts, over the dictionary's person names (tag "nr") of two
// or three Chinese characters, how many begin with each character (its use
// as a surname) and how many have it after the first (as a given name).
// The counts are a prior for reading names, not a list of them: an OCR
// misreading a name's glyph often reads one that names hardly ever use.
func NameCounts() (surname, given map[rune]int) {
	nameOnce.Do(countNames)
	return surnames, givens
}

var (
	nameOnce         sync.Once
	surnames, givens map[rune]int
)

func countNames() {
	surnames, givens = map[rune]int{}, map[rune]int{}
	if Load() != nil {
		return
	}
	tokens := seg.Dictionary().Tokens
	for i := range tokens {
		// Few tokens are names: the tag is looked at before the text is built.
		if tokens[i].Pos() != "nr" {
			continue
		}
		rs := []rune(tokens[i].Text())
		if len(rs) < 2 || len(rs) > 3 || !allHan(rs) {
			continue
		}
		surnames[rs[0]]++
		for _, r := range rs[1:] {
			givens[r]++
		}
	}
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
