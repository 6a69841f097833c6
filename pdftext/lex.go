package pdftext

import (
	"strconv"
)

// Content-stream operands. A content stream only needs a handful of object
// kinds, so they are plain Go values rather than pdfcpu objects:
// float64, bool, nil, []byte (string), name, []any (array), map[string]any
// (dict) and keyword (an operator).
type (
	name    string
	keyword string
)

// Limits that keep hostile streams bounded.
const (
	maxNesting  = 32     // arrays/dicts inside an operand
	maxOperands = 4096   // operands before an operator; more are dropped
	maxElems    = 100000 // elements of one array or dict
)

// lexer reads PDF tokens from a content stream (or a CMap, which uses the
// same PostScript-like syntax).
type lexer struct {
	b   []byte
	pos int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isSpace(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// next returns the next object, or ok=false at the end of the input.
// Closing delimiters that do not match anything come back as keywords
// ("]", ">>", "}") so the caller can handle them.
func (l *lexer) next() (any, bool) {
	return l.object(0)
}

func (l *lexer) object(depth int) (any, bool) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return nil, false
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		l.pos++
		return l.literal(), true
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return l.dict(depth), true
		}
		l.pos++
		return l.hex(), true
	case c == '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
			return keyword(">>"), true
		}
		return keyword(">"), true
	case c == '[':
		l.pos++
		return l.array(depth), true
	case c == ']', c == '{', c == '}', c == ')':
		l.pos++
		return keyword(string(c)), true
	case c == '/':
		l.pos++
		return name(l.nameBytes()), true
	}
	start := l.pos
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	tok := l.b[start:l.pos]
	if len(tok) == 0 { // unreachable with the delimiters above, but never loop
		l.pos++
		return keyword(""), true
	}
	if f, ok := number(tok); ok {
		return f, true
	}
	switch string(tok) {
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	}
	return keyword(tok), true
}

// number parses PDF numbers, including the sloppy forms writers emit
// ("-.5", "1.", "--1").
func number(tok []byte) (float64, bool) {
	c := tok[0]
	if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return 0, false
	}
	neg := false
	i := 0
	for i < len(tok) && (tok[i] == '-' || tok[i] == '+') {
		if tok[i] == '-' {
			neg = !neg
		}
		i++
	}
	var v float64
	digits := 0
	for ; i < len(tok) && tok[i] >= '0' && tok[i] <= '9'; i++ {
		v = v*10 + float64(tok[i]-'0')
		digits++
	}
	if i < len(tok) && tok[i] == '.' {
		i++
		scale := 0.1
		for ; i < len(tok) && tok[i] >= '0' && tok[i] <= '9'; i++ {
			v += float64(tok[i]-'0') * scale
			scale /= 10
			digits++
		}
	}
	if i != len(tok) {
		// Exponents are not PDF syntax but some writers use them.
		if f, err := strconv.ParseFloat(string(tok), 64); err == nil {
			return f, true
		}
		return 0, false
	}
	if digits == 0 {
		if len(tok) == i && i > 0 { // "-" or "." alone: treat as 0
			return 0, true
		}
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *lexer) nameBytes() string {
	start := l.pos
	hasEscape := false
	for l.pos < len(l.b) && !isSpace(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		if l.b[l.pos] == '#' {
			hasEscape = true
		}
		l.pos++
	}
	raw := l.b[start:l.pos]
	if !hasEscape {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) && unhex(raw[i+1]) >= 0 && unhex(raw[i+2]) >= 0 {
			out = append(out, byte(unhex(raw[i+1])<<4|unhex(raw[i+2])))
			i += 2
			continue
		}
		out = append(out, raw[i])
	}
	return string(out)
}

// literal reads a (string) after the opening parenthesis.
func (l *lexer) literal() []byte {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return out
			}
		case '\\':
			if l.pos >= len(l.b) {
				return out
			}
			c = l.b[l.pos]
			l.pos++
			switch c {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if c >= '0' && c <= '7' {
					v := int(c - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// hex reads a <hex string> after the opening bracket.
func (l *lexer) hex() []byte {
	var out []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhex(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}

func (l *lexer) array(depth int) []any {
	var out []any
	for {
		if depth >= maxNesting {
			l.skipNested('[', ']')
			return out
		}
		o, ok := l.object(depth + 1)
		if !ok {
			return out
		}
		if k, isKw := o.(keyword); isKw && k == "]" {
			return out
		}
		if len(out) < maxElems {
			out = append(out, o)
		}
	}
}

func (l *lexer) dict(depth int) map[string]any {
	out := map[string]any{}
	var key name
	haveKey := false
	for {
		if depth >= maxNesting {
			l.skipNested('<', '>')
			return out
		}
		o, ok := l.object(depth + 1)
		if !ok {
			return out
		}
		if k, isKw := o.(keyword); isKw && k == ">>" {
			return out
		}
		if !haveKey {
			if n, isName := o.(name); isName {
				key, haveKey = n, true
			}
			continue
		}
		if len(out) < maxElems {
			out[string(key)] = o
		}
		haveKey = false
	}
}

// skipNested skips to the end of a too-deeply nested array or dict without
// recursing further.
func (l *lexer) skipNested(open, close byte) {
	depth := 1
	for l.pos < len(l.b) && depth > 0 {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case open:
			depth++
		case close:
			depth--
		case '(':
			l.literal()
		}
	}
}

// inlineImage skips the data of an inline image after "ID" and returns the
// position after "EI". The data length is unknown without decoding, so look
// for EI delimited by white space.
func (l *lexer) skipInlineImage() {
	if l.pos < len(l.b) && isSpace(l.b[l.pos]) {
		l.pos++
	}
	for i := l.pos; i+1 < len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && (i == 0 || isSpace(l.b[i-1])) &&
			(i+2 == len(l.b) || isSpace(l.b[i+2]) || isDelim(l.b[i+2])) {
			l.pos = i + 2
			return
		}
	}
	l.pos = len(l.b)
}
