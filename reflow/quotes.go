package reflow

import (
	"strings"
	"unicode"

	"newsprint/result"
	"newsprint/script"
	"newsprint/segment"
)

// quoteStyle is how a page prints quote marks and apostrophes in Latin
// text: straight (' ") or curly (‘ ’ “ ”).
type quoteStyle int

const (
	quotesMixed quoteStyle = iota // no clear majority: leave the marks
	quotesStraight
	quotesCurly
)

// ocrQuoteStyle tells the style a scanned page's Latin text mostly uses.
// OCR reads a printed straight quote as a curly one now and then (and the
// reverse), often one side of a pair only; a page is set in one style, so
// the marks it reads most often are the printed style.
func ocrQuoteStyle(texts []string) quoteStyle {
	straight, curly := 0, 0
	for _, t := range texts {
		if !strings.ContainsAny(t, quoteMarks) {
			continue // most lines have none: spare their runes
		}
		rs := []rune(t)
		for i, r := range rs {
			switch {
			case !latinQuote(rs, i):
			case r == '\'' || r == '"':
				straight++
			default:
				curly++
			}
		}
	}
	switch {
	case straight > curly:
		return quotesStraight
	case curly > straight:
		return quotesCurly
	}
	return quotesMixed
}

// quoteMarks are the straight and curly quote marks and apostrophes.
const quoteMarks = `'"‘’“”`

// latinQuote reports whether rs[i] is a quote mark or apostrophe set in
// Latin text: the nearest runes on either side that are neither space nor
// quote mark are not CJK, and one of them is a letter or digit. Quotes in
// Chinese text (“好”) are Chinese punctuation and keep their form.
func latinQuote(rs []rune, i int) bool {
	if !strings.ContainsRune(quoteMarks, rs[i]) {
		return false
	}
	before, after := quoteNeighbour(rs, i, -1), quoteNeighbour(rs, i, 1)
	if script.CJK(before) || script.CJK(after) {
		return false
	}
	return alnum(before) || alnum(after)
}

// quoteNeighbour returns the first rune from rs[i] in direction step that
// is neither space nor quote mark, 0 at the end of the text.
func quoteNeighbour(rs []rune, i, step int) rune {
	for i += step; i >= 0 && i < len(rs); i += step {
		if !isSpace(rs[i]) && !strings.ContainsRune(quoteMarks, rs[i]) {
			return rs[i]
		}
	}
	return 0
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// restyleQuotes rewrites the Latin quote marks of s that are not in style
// st. A curly mark opens when it follows the start, a space or an opening
// bracket or dash, and closes (or is an apostrophe) otherwise.
func restyleQuotes(s string, st quoteStyle) string {
	if st == quotesMixed || !strings.ContainsAny(s, quoteMarks) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if !latinQuote(rs, i) {
			continue
		}
		double := r == '"' || r == '“' || r == '”'
		switch {
		case st == quotesStraight && double:
			rs[i] = '"'
		case st == quotesStraight:
			rs[i] = '\''
		case r != '\'' && r != '"':
			// already curly
		case opensQuote(rs, i) && double:
			rs[i] = '“'
		case opensQuote(rs, i):
			rs[i] = '‘'
		case double:
			rs[i] = '”'
		default:
			rs[i] = '’'
		}
	}
	return string(rs)
}

// opensQuote reports whether the straight mark at rs[i] opens a quotation:
// it starts the text or follows a space, opening bracket or dash, and
// text follows it.
func opensQuote(rs []rune, i int) bool {
	if i+1 >= len(rs) || isSpace(rs[i+1]) {
		return false
	}
	return i == 0 || isSpace(rs[i-1]) || strings.ContainsRune("([{—–-‘“", rs[i-1])
}

// chineseQuotes turns the straight quote marks OCR reads in Chinese text
// (a neighbour is CJK) into the curly ones Chinese is set with: a mark
// closes the quotation the text left open before it or one that ends
// there, and opens one otherwise.
func chineseQuotes(s string) string {
	if !strings.ContainsAny(s, `'"`) {
		return s
	}
	rs := []rune(s)
	openDouble, openSingle := false, false
	for i, r := range rs {
		switch r {
		case '“', '”':
			openDouble = r == '“'
		case '‘', '’':
			openSingle = r == '‘'
		case '"', '\'':
			if !script.CJK(quoteNeighbour(rs, i, -1)) && !script.CJK(quoteNeighbour(rs, i, 1)) {
				continue
			}
			open := openDouble
			if r == '\'' {
				open = openSingle
			}
			// One followed by the end, a space or closing punctuation
			// closes, though OCR lost the mark that opened it.
			closes := open || i+1 == len(rs) || isSpace(rs[i+1]) || strings.ContainsRune("，。、；：？！）》”’,.;:?!)", rs[i+1])
			switch {
			case r == '"' && closes:
				rs[i] = '”'
			case r == '"':
				rs[i] = '“'
			case closes:
				rs[i] = '’'
			default:
				rs[i] = '‘'
			}
			if r == '"' {
				openDouble = !closes
			} else {
				openSingle = !closes
			}
		}
	}
	return string(rs)
}

// restyleArticleMarks puts the marks of every text of a scanned page's
// result (its articles and blocks) right: Latin quotes in the page's style
// st, straight quotes in Chinese text curly, nested ones (and nested book
// titles) in their inner form; it sets the ASCII punctuation of Chinese
// text full width, and in running text mends the dashes OCR read as 一一.
func restyleArticleMarks(out *result.Page, st quoteStyle) {
	// Headings, bylines and names keep a printed gap beside a mark;
	// running text (paragraphs, captions) sets marks solid.
	heading := func(s string) string { return restyleMarks(s, st, false) }
	running := func(s string) string { return mendTextDashes(restyleMarks(s, st, true)) }
	for i := range out.Articles {
		a := &out.Articles[i]
		a.Kicker = heading(a.Kicker)
		a.Headline = heading(a.Headline)
		a.Byline = heading(a.Byline)
		restyleEach(a.Subheadlines, heading)
		restyleEach(a.Paragraphs, running)
		restyleEach(a.Captions, running)
		for j := range a.Authors {
			a.Authors[j].Name = heading(a.Authors[j].Name)
		}
	}
	for i := range out.Blocks {
		b := &out.Blocks[i]
		switch segment.BlockKind(b.Kind) {
		case segment.Caption, segment.Other:
			// A caption or running text no article claimed is still
			// running text.
			b.Text = running(b.Text)
		default:
			b.Text = heading(b.Text)
		}
	}
}

// restyleEach replaces each text of ss with fix of it.
func restyleEach(ss []string, fix func(string) string) {
	for i := range ss {
		ss[i] = fix(ss[i])
	}
}

// restyleMarks puts the marks of one text of a scanned page right; solid
// tells running text from headings (see chinesePunct).
func restyleMarks(s string, st quoteStyle, solid bool) string {
	s = chineseQuotes(restyleQuotes(s, st))
	s = nestMarks(s, '“', '”', '‘', '’')
	s = nestMarks(s, '《', '》', '〈', '〉')
	return chinesePunct(s, solid)
}

// nestMarks sets a pair of marks nested inside another in the inner form
// Chinese nests them with: quotes “…‘…’…”, book titles 《…〈…〉…》. OCR
// reads the inner marks as outer ones. Only when every such mark of s
// pairs up, two deep at most, is the nesting sure; a lost or misread
// mark leaves s as read, and so does an inner form already present.
func nestMarks(s string, open, close, innerOpen, innerClose rune) string {
	if strings.Count(s, string(open)) < 2 || strings.ContainsRune(s, innerOpen) || strings.ContainsRune(s, innerClose) {
		return s
	}
	rs := []rune(s)
	depth, deepest := 0, 0
	for _, r := range rs {
		switch r {
		case open:
			depth++
			deepest = max(deepest, depth)
		case close:
			depth--
		}
		if depth < 0 {
			return s
		}
	}
	if depth != 0 || deepest != 2 {
		return s
	}
	for i, r := range rs {
		switch {
		case r == open:
			depth++
			if depth == 2 {
				rs[i] = innerOpen
			}
		case r == close:
			if depth == 2 {
				rs[i] = innerClose
			}
			depth--
		}
	}
	return string(rs)
}
