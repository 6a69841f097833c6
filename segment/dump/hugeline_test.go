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

// A line of more column pieces than a printed line holds makes the page
// plain paragraphs, with a warning naming the line.
func TestManyPiecesLine(t *testing.T) {
	line := hugeLine("pieces", 10_000)
	if n := len(splitFrags(line, true)); n <= maxLineFrags {
		t.Fatalf("test line has %d pieces, want more than %d", n, maxLineFrags)
	}
	p := dumpPage("zh", "标题一行\n\n"+line)
	l := Segment(p)
	if len(l.Warnings) != 1 || !strings.HasPrefix(l.Warnings[0], "line 3 of the page: ") {
		t.Fatalf("warnings %q, want one naming line 3", l.Warnings)
	}
	if open := []rune(line)[:20]; !strings.Contains(l.Warnings[0], string(open)) {
		t.Errorf("warning %q does not quote the line's opening %q", l.Warnings[0], string(open))
	}
	if len(p.Warnings) != 0 {
		t.Errorf("page warnings %q: the segmenter's go in the layout", p.Warnings)
	}
	if len(l.Articles) != 1 || len(l.Articles[0].Body) != 2 || l.Articles[0].Body[1].Lines[0].Text != line {
		t.Fatalf("layout %+v, want one article of the page's two paragraphs", l.Articles)
	}
	// A line of a few columns is no such line.
	p = dumpPage("zh", "第一栏的文字 第二栏的文字 第三栏的文字")
	if l := Segment(p); len(l.Warnings) != 0 {
		t.Errorf("warnings %q for a three-column line", l.Warnings)
	}
}

// A page of more lines than a printed page holds is read as plain
// paragraphs, whole, and says so.
func TestManyLinesPage(t *testing.T) {
	text := strings.Repeat("A line of text\n\n", maxLines/2) + "The last line"
	p := dumpPage("en", text)
	l := Segment(p)
	if len(l.Warnings) != 1 || !strings.Contains(l.Warnings[0], "plain paragraphs") {
		t.Errorf("warnings %q, want one saying the page was read plain", l.Warnings)
	}
	if len(l.Articles) != 1 || len(l.Articles[0].Body) != maxLines/2+1 {
		t.Fatalf("layout %d articles, want one of the page's %d paragraphs", len(l.Articles), maxLines/2+1)
	}
	// A page of as many lines as the bound gets the full treatment.
	p = dumpPage("en", strings.Repeat("A line of text\n", maxLines-1))
	if l := Segment(p); len(p.Lines) != maxLines || len(l.Warnings) != 0 {
		t.Errorf("warnings %q for a page of %d lines", l.Warnings, len(p.Lines))
	}
}
