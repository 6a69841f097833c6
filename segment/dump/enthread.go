package dump

// Broken words on English pages printed word by word. Such a dump prints
// every line of a narrow justified column as a block of its own, and cuts
// loose lines into blocks of a word or a few, printed in turns with other
// lines and columns: the line that goes on after a word broken at a line's
// end ("ac-" / "cording to…") is often printed some blocks later. The
// word's two halves make one word of the word list, and the half that goes
// on opens its block in lower case: that block is the line's next one.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/lexicon"
	"newsprint/page"
	"newsprint/segment"
)

// threadReach is how many lines after a broken word its other half is
// looked for: a few rows of the columns printed in turns.
const threadReach = 40

// A threadLine is a line of an article's body with its dump line (-1 for
// none) and, on the first line of a flow, that flow.
type threadLine struct {
	line  page.Line
	at    int
	start *segment.Flow
	drop  bool // the hyphen of a word that goes on
}

// threadBrokenWords moves, in an article's body (src: the dump line of each
// flow line), the block that goes on a word broken at the end of a block
// to right after it: the nearest block within threadReach lines that opens
// with the word's end in lower case, the two halves a word of the list,
// unless the next block already does. A moved block joins its new flow;
// a flow it opened passes to the lines after it.
func threadBrokenWords(body []segment.Flow, src [][]int) []segment.Flow {
	if len(src) != len(body) {
		return body // no dump lines to thread by
	}
	var ls []threadLine
	for i := range body {
		if len(src[i]) != len(body[i].Lines) {
			return body
		}
		for j, l := range body[i].Lines {
			tl := threadLine{line: l, at: src[i][j]}
			if j == 0 {
				tl.start = &body[i]
			}
			ls = append(ls, tl)
		}
	}
	for b := 0; b < len(ls); {
		e := blockEnd(ls, b)
		if head := brokenWord(ls[b:e]); head != "" && threadOn(ls, e, head) {
			dropBreakHyphen(ls[b:e])
		}
		b = e
	}
	var out []segment.Flow
	for _, l := range ls {
		if l.drop {
			continue
		}
		if l.start != nil || len(out) == 0 {
			f := segment.Flow{}
			if l.start != nil {
				f = *l.start
			}
			f.Lines = nil
			out = append(out, f)
		}
		out[len(out)-1].Lines = append(out[len(out)-1].Lines, l.line)
	}
	return out
}

// threadOn puts after line e the block that goes on the word head broken
// right before it, and reports whether one does: the block at e, or the
// nearest text block within threadReach lines, which moves to e. A block
// moved is never a candidate again: the reading goes on from where it was
// put, and candidates are looked for after it.
func threadOn(ls []threadLine, e int, head string) bool {
	if e == len(ls) {
		return false
	}
	if completes(head, ls[e:blockEnd(ls, e)]) {
		return true
	}
	for c := blockEnd(ls, e); c < len(ls) && c-e <= threadReach; c = blockEnd(ls, c) {
		ce := blockEnd(ls, c)
		if ls[c].at >= 0 && completes(head, ls[c:ce]) {
			moveBlock(ls, c, ce, e)
			return true
		}
	}
	return false
}

// dropBreakHyphen drops the hyphen that ends a block on a line of its own
// after a soft hyphen ("ac­" / "-"): the extractor prints the hyphen drawn
// where the line broke the word apart from it, and the word goes on.
func dropBreakHyphen(blk []threadLine) {
	n := len(blk)
	if n >= 2 && blk[n-1].start == nil && strings.TrimSpace(blk[n-1].line.Text) == "-" &&
		strings.HasSuffix(strings.TrimSpace(blk[n-2].line.Text), "\u00ad") {
		blk[n-1].drop = true
	}
}

// blockEnd is the end of the block that starts at line b: the lines after
// it in its flow on the dump lines right under it (no blank line between).
func blockEnd(ls []threadLine, b int) int {
	e := b + 1
	for e < len(ls) && ls[b].at >= 0 && ls[e].start == nil && ls[e].at == ls[e-1].at+1 {
		e++
	}
	return e
}

// moveBlock moves lines c to ce before line to (to < c), in place. A flow
// the block opened passes to the line after it, if that line was in its
// flow.
func moveBlock(ls []threadLine, c, ce, to int) {
	if ls[c].start != nil && ce < len(ls) && ls[ce].start == nil {
		ls[ce].start = ls[c].start
	}
	ls[c].start = nil
	blk := append([]threadLine(nil), ls[c:ce]...)
	copy(ls[to+len(blk):ce], ls[to:c])
	copy(ls[to:], blk)
}

// brokenWord is the start of the word a block breaks at its end, letters
// only and lower-cased ("ac­" / "-" → "ac"), "" if it ends in none. Soft
// hyphens break a word over the block's own dump lines ("Com­" / "mit­" /
// "-"): those parts are one word.
func brokenWord(blk []threadLine) string {
	if blk[0].at < 0 {
		return "" // no dump line to thread by
	}
	t := blockText(blk) // soft hyphens removed
	if !endsHyphen(t) {
		return ""
	}
	t = strings.TrimRight(t, "-‐ ")
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return ""
	}
	w := ws[len(ws)-1]
	if !allLetters(w) {
		return ""
	}
	return strings.ToLower(w)
}

// completes reports a block that opens with the end of the word head in
// lower case, the two a word of the list.
func completes(head string, blk []threadLine) bool {
	ws := strings.Fields(blockText(blk))
	if len(ws) == 0 {
		return false
	}
	w := strings.TrimRight(ws[0], ".,;:!?'\"’”)")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || !allLetters(w) {
		return false
	}
	return lexicon.Word(head + w)
}

// blockText joins a block's lines, the parts of a word soft hyphens broke
// over them as one word, and a hyphen printed alone after a soft one as
// the word's end ("eve­" / "-" → "eve-").
func blockText(blk []threadLine) string {
	var b strings.Builder
	for i, l := range blk {
		t := strings.TrimSpace(l.line.Text)
		if i > 0 {
			prev := strings.TrimSpace(blk[i-1].line.Text)
			if !strings.HasSuffix(prev, "\u00ad") {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return strings.ReplaceAll(b.String(), "\u00ad", "")
}

// allLetters reports a word of letters only.
func allLetters(w string) bool {
	return w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}
