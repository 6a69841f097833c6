package dump

import (
	"math/rand/v2"
	"strings"
	"testing"

	"newsprint/wordseg"
)

// hugeLine makes one dump line of about n bytes in the given shape, from
// random letters and Han characters.
func hugeLine(shape string, n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	han := func() rune { return rune(0x4e00 + r.IntN(3000)) }
	var b strings.Builder
	for b.Len() < n {
		switch shape {
		case "words", "double":
			for range 2 + r.IntN(8) {
				b.WriteByte(byte('a' + r.IntN(26)))
			}
			b.WriteString(" ")
			if shape == "double" {
				b.WriteString(" ")
			}
		case "han":
			for range 4 + r.IntN(12) {
				b.WriteRune(han())
			}
			b.WriteString("，")
		case "spaced":
			b.WriteRune(han())
			b.WriteString(" ")
		case "pieces":
			for range 4 + r.IntN(9) {
				b.WriteRune(han())
			}
			b.WriteString([]string{"。", "，", "、"}[r.IntN(3)] + " ")
		}
	}
	return b.String()
}

// BenchmarkHugeLine segments a page of one very long line: words with
// single or double spaces, Han text without spaces, letter-spaced Han, and
// Han phrases a space apart (many column pieces).
func BenchmarkHugeLine(b *testing.B) {
	if err := wordseg.Load(); err != nil { // start-up cost, not throughput
		b.Fatal(err)
	}
	for _, shape := range []string{"words", "double", "han", "spaced", "pieces"} {
		b.Run(shape, func(b *testing.B) {
			p := dumpPage("", hugeLine(shape, 100_000))
			b.SetBytes(int64(len(p.Lines[0].Text)))
			for range b.N {
				Segment(p)
			}
		})
	}
}
