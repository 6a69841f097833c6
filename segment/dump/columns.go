package dump

import (
	"math"
	"strings"
	"unicode/utf8"

	"newsprint/wordseg"
)

// A chain is one column being read down the dump: its fragments in order.
type chain struct {
	frags []frag
	w     float64 // width of the column's full lines (the widest seen)
	id    int     // creation order
}

func (c *chain) last() frag { return c.frags[len(c.frags)-1] }

// open reports whether the column's last line runs on into the next line:
// it is full width and does not end a sentence.
func (c *chain) open() bool {
	l := c.last()
	return !sentenceEnd(l.text) && l.w >= c.w-1
}

// tracker rebuilds columns from dump rows. Columns that share a baseline are
// printed on one row in left-to-right order, so a row's fragments map to the
// open columns monotonically; which columns a short row feeds is decided by
// continuity (a word running across the line break, full-width lines that
// do not end a sentence) and width.
type tracker struct {
	zh     bool
	active []*chain // left to right
	done   []*chain
	next   int
	spans  map[string]bool
}

func newTracker(zh bool) *tracker { return &tracker{zh: zh, spans: map[string]bool{}} }

// wordSpans reports whether a word runs across the break between a and b
// ("…当" / "前，…" → 当前).
func (t *tracker) wordSpans(a, b string) bool {
	if !t.zh {
		// English: a line ending in a hyphen or without final punctuation
		// followed by a lower-case start.
		r, _ := utf8.DecodeRuneInString(b)
		return strings.HasSuffix(a, "-") || strings.HasSuffix(a, "‐") || (r >= 'a' && r <= 'z')
	}
	ar := []rune(strings.TrimSpace(a))
	br := []rune(strings.TrimSpace(b))
	if len(ar) == 0 || len(br) == 0 {
		return false
	}
	ta := string(ar[max(0, len(ar)-2):])
	tb := string(br[:min(2, len(br))])
	key := ta + "|" + tb
	if v, ok := t.spans[key]; ok {
		return v
	}
	v := false
	pos := 0
	cut := len(ta)
	for _, w := range wordseg.Cut(ta + tb) {
		end := pos + len(w)
		if pos < cut && end > cut && utf8.RuneCountInString(w) >= 2 {
			v = true
			break
		}
		pos = end
	}
	t.spans[key] = v
	return v
}

// score rates fragment f as the next line of column c.
func (t *tracker) score(c *chain, f frag) float64 {
	s := 1.0
	l := c.last()
	if len(c.frags) >= 2 && f.w > c.w+1.5 {
		s -= 3 // wider than the column
	}
	r, _ := utf8.DecodeRuneInString(f.text)
	contOnly := strings.ContainsRune("，。、；：？！）》”’…,.;:?!)", r) // cannot start a paragraph
	indented := f.w <= c.w-1.5 && !sentenceEnd(f.text)
	switch {
	case c.open():
		if t.wordSpans(l.text, f.text) {
			s += 1.5
		}
		if contOnly {
			s += 1
		}
		if indented {
			s -= 1 // an indented line cannot continue a running line
		}
	case sentenceEnd(l.text) && l.w < c.w-0.5:
		// The column's paragraph ended on a short line: a new one starts.
		if contOnly {
			s -= 2
		}
		if f.w <= c.w-1.5 {
			s += 0.5
		} else if f.w >= c.w-0.5 && !sentenceEnd(f.text) {
			s -= 0.5
		}
	}
	if math.Abs(f.w-c.w) < 1 {
		s += 0.2
	}
	gap := f.line - l.line
	s -= 0.05 * float64(gap)
	return s
}

// row feeds one dump row of fragments.
func (t *tracker) row(fs []frag) {
	k, m := len(fs), len(t.active)
	const newCost = 0.0
	// dp[i][j]: best score with i fragments and j columns consumed.
	dp := make([][]float64, k+1)
	from := make([][]byte, k+1) // 'm' match, 'n' new, 's' skip
	for i := range dp {
		dp[i] = make([]float64, m+1)
		from[i] = make([]byte, m+1)
		for j := range dp[i] {
			dp[i][j] = math.Inf(-1)
		}
	}
	dp[0][0] = 0
	for i := 0; i <= k; i++ {
		for j := 0; j <= m; j++ {
			v := dp[i][j]
			if math.IsInf(v, -1) {
				continue
			}
			if j < m && v > dp[i][j+1] {
				dp[i][j+1], from[i][j+1] = v, 's'
			}
			if i < k && v+newCost > dp[i+1][j] {
				dp[i+1][j], from[i+1][j] = v+newCost, 'n'
			}
			if i < k && j < m {
				if s := v + t.score(t.active[j], fs[i]); s > dp[i+1][j+1] {
					dp[i+1][j+1], from[i+1][j+1] = s, 'm'
				}
			}
		}
	}
	// Walk back, building the new left-to-right column list.
	var out []*chain
	i, j := k, m
	for i > 0 || j > 0 {
		switch from[i][j] {
		case 'm':
			c := t.active[j-1]
			c.frags = append(c.frags, fs[i-1])
			c.w = max(c.w, fs[i-1].w)
			out = append(out, c)
			i, j = i-1, j-1
		case 'n':
			c := &chain{frags: []frag{fs[i-1]}, w: fs[i-1].w, id: -1}
			out = append(out, c)
			i--
		default:
			out = append(out, t.active[j-1])
			j--
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	for _, c := range out {
		if c.id < 0 {
			c.id = t.next
			t.next++
		}
	}
	t.active = out
}

// flush closes every open column (at a blank line of the dump).
func (t *tracker) flush() {
	t.done = append(t.done, t.active...)
	t.active = nil
}

// pieces returns the columns read so far in the order they started.
func (t *tracker) pieces() []*chain {
	t.flush()
	out := append([]*chain(nil), t.done...)
	// Order by first line, then creation.
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && less(out[b], out[b-1]); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

func less(a, b *chain) bool {
	if a.frags[0].line != b.frags[0].line {
		return a.frags[0].line < b.frags[0].line
	}
	return a.id < b.id
}
