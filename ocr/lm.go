package ocr

import (
	"math"

	"newsprint/wordseg"
)

// lmWeight is the weight of Tesseract's confidence (0..1) against the
// words' mean log-probability per character in lineScore.
const lmWeight = 3

// lmTotal stands for the dictionary's total count, turning its word
// frequencies into probabilities; unknownFreq is the count given to a
// character the dictionary does not have; maxWordLen is the longest word,
// in characters, looked up.
const (
	lmTotal     = 1e8
	unknownFreq = 0.5
	maxWordLen  = 6
)

// lmScore is the mean log-probability per character of s under a unigram
// model of the segmenter's dictionary words, over the likeliest split of s
// into words: misread characters break words up into rare single ones.
func lmScore(s string) float64 {
	// at[i] is where character i starts: words are looked up as slices
	// of s, not copied into strings of their own.
	var at []int
	for i := range s {
		at = append(at, i)
	}
	chars := len(at)
	if chars == 0 {
		return 0
	}
	at = append(at, len(s))
	best := make([]float64, chars+1)
	for i := 1; i <= chars; i++ {
		best[i] = math.Inf(-1)
		for n := 1; n <= maxWordLen && n <= i; n++ {
			f, ok := wordseg.Freq(s[at[i-n]:at[i]])
			switch {
			case ok && f > 0:
			case n == 1:
				f = unknownFreq
			default:
				continue
			}
			best[i] = max(best[i], best[i-n]+math.Log(f/lmTotal))
		}
	}
	return best[chars] / float64(chars)
}
