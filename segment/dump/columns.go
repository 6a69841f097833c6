package dump

import (
	"cmp"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsprint/wordseg"
)

// A chain is one column being read down the dump: its fragments in order.
type chain struct {
	frags []frag
	w     float64 // width of the column's full lines (the widest seen)
	id    int     // creation order
	hist  map[float64]int
	full  float64 // most common width of exact full lines, 0 until known
	rt    string  // recent's text once read ("" until then)
	// from is the chain that with copied this one from: such a chain
	// keeps its last keptLines lines only, until whole gives it all (nil
	// for a whole chain).
	from *chain
}

// keptLines: the lines a chain made by with keeps, all that rating a
// line after it reads (score, recent).
const keptLines = 6

// whole gives a chain made by with all of its lines again.
func (c *chain) whole() {
	if c.from == nil {
		return
	}
	var rev []frag // the lines added by with, last first
	x := c
	for ; x.from != nil; x = x.from {
		rev = append(rev, x.last())
	}
	fs := slices.Grow(slices.Clone(x.frags), len(rev))
	for i := len(rev) - 1; i >= 0; i-- {
		fs = append(fs, rev[i])
	}
	c.frags, c.from = fs, nil
}

// exact reports whether a fragment's width can be trusted: pure CJK with no
// justification spaces (digits and Latin letters vary in width, and
// letter-spaced lines hold fewer characters).
func (f frag) exact() bool {
	for _, r := range f.text {
		if r < 0x2000 {
			return false
		}
	}
	return true
}

// add appends f and updates the column's width.
func (c *chain) add(f frag) {
	c.frags = append(c.frags, f)
	c.rt = ""
	c.widen(f)
}

// widen takes line f's width into the column's widths (w, hist, full).
func (c *chain) widen(f frag) {
	c.w = max(c.w, f.w)
	if counts(f) {
		if c.hist == nil {
			c.hist = map[float64]int{}
		}
		c.count(f)
	}
}

// counts reports whether f's width goes into the width histogram: an exact
// line that does not end a sentence (a last line may be short).
func counts(f frag) bool {
	return f.exact() && !sentenceEnd(f.text)
}

// count adds f's width to the histogram and sets full to the most common
// width seen at least twice (the wider one on a tie).
func (c *chain) count(f frag) {
	c.hist[f.w]++
	best := 0
	for w, n := range c.hist {
		if n >= 2 && (n > best || n == best && w > c.full) {
			best, c.full = n, w
		}
	}
}

// width is the column's full-line width: the common exact width when known.
func (c *chain) width() float64 {
	if c.full > 0 {
		return c.full
	}
	return c.w
}

func (c *chain) last() frag { return c.frags[len(c.frags)-1] }

// open reports whether the column's last line runs on into the next line:
// it is full width and does not end a sentence.
func (c *chain) open() bool {
	l := c.last()
	return !sentenceEnd(l.text) && l.w >= c.width()-1
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
	cross  map[seamKey]float64
	// grams counts the character bigrams and trigrams of the page's
	// fragments: a page-local language model that tells whether a line
	// break falls inside a phrase of the article.
	grams map[string]int
	df    map[string]int // fragments a bigram occurs in
	nfrag int
	// lastByK is the line of the last row with k fragments. The columns of
	// one article share baselines, so a row shaped like an earlier row
	// (same fragment count) tends to continue that row's columns when the
	// rows of two articles alternate.
	lastByK map[int]int
	k       int  // fragment count of the row being placed
	hang    bool // the page hangs closing marks past the measure (marksHang)
}

func newTracker(zh bool) *tracker {
	return &tracker{zh: zh, spans: map[string]bool{}, cross: map[seamKey]float64{}, grams: map[string]int{}, df: map[string]int{}, lastByK: map[int]int{}}
}

// learn counts the n-grams of the page's fragments.
func (t *tracker) learn(fs []frag) {
	for _, f := range fs {
		rs := []rune(strings.ReplaceAll(f.text, " ", ""))
		seen := map[string]bool{}
		for i := 0; i+1 < len(rs); i++ {
			b := string(rs[i : i+2])
			t.grams[b]++
			if !seen[b] {
				seen[b] = true
				t.df[b]++
			}
			if i+2 < len(rs) {
				t.grams[string(rs[i:i+3])]++
			}
		}
		t.nfrag++
	}
}

// flowScore rates how well b continues a: the page's own n-grams across
// the break, and the rarer bigrams b shares with the column's recent lines.
func (t *tracker) flowScore(c *chain, b string) float64 {
	if !t.zh || t.nfrag == 0 {
		return 0
	}
	sm := seamOf(c.last().text, b)
	ar, br := sm.a, sm.b
	if len(ar) == 0 || len(br) == 0 {
		return 0
	}
	s := 0.0
	s += 0.25 * math.Log1p(float64(t.grams[string(ar[len(ar)-1])+string(br[0])]))
	if len(ar) >= 2 {
		s += 0.35 * math.Log1p(float64(t.grams[string(ar[len(ar)-2:])+string(br[0])]))
	}
	if len(br) >= 2 {
		s += 0.35 * math.Log1p(float64(t.grams[string(ar[len(ar)-1])+string(br[:2])]))
	}
	// Topic: rare bigrams of b found in the column's last lines.
	hit, n := 0.0, 0.0
	prev := rune(-1)
	for _, r := range b {
		if r == ' ' {
			continue
		}
		p := prev
		if prev = r; p < 0 {
			continue
		}
		var buf [2 * utf8.UTFMax]byte
		g := utf8.AppendRune(utf8.AppendRune(buf[:0], p), r)
		if d := t.df[string(g)]; d < 2 || float64(d) > 0.05*float64(t.nfrag)+2 {
			continue
		}
		n++
		if strings.Contains(c.recent(), string(g)) {
			hit++
		}
	}
	if n > 0 {
		s += 0.8 * hit / n
	}
	return s
}

// wordSpans reports whether a word runs across the break between a and b
// ("…当" / "前，…" → 当前).
func (t *tracker) wordSpans(a, b string) bool {
	if !t.zh {
		// English: a line ending in a hyphen or without final punctuation
		// followed by a lower-case start.
		r, _ := utf8.DecodeRuneInString(b)
		return strings.HasSuffix(a, "-") || strings.HasSuffix(a, "‐") || (r >= 'a' && r <= 'z')
	}
	ta, tb := lastTwo(strings.TrimSpace(a)), firstTwo(strings.TrimSpace(b))
	if ta == "" || tb == "" {
		return false
	}
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

// A seam is the text at a line break: up to three runes before it and
// after it, the dump's spaces left out (a word runs across a break
// whatever the justification put between its characters).
type seam struct{ a, b []rune }

func seamOf(a, b string) seam { return seam{lastRunes(a, 3), firstRunes(b, 3)} }

// seamKey is a seam as a map key, built without the strings a key of
// its text would take: a's runes end its first half, b's start its second,
// the rest 0 (a NUL in the text, were one kept, would only add words no
// dictionary has: the seams a key stands for rate the same).
type seamKey [6]rune

func (sm seam) key() seamKey {
	var k seamKey
	copy(k[3-len(sm.a):3], sm.a)
	copy(k[3:], sm.b)
	return k
}

// firstRunes returns up to n runes at the start of s, spaces left out.
func firstRunes(s string, n int) []rune {
	rs := make([]rune, 0, n)
	for _, r := range s {
		if len(rs) == n {
			break
		}
		if r != ' ' {
			rs = append(rs, r)
		}
	}
	return rs
}

// lastRunes returns up to n runes at the end of s, spaces left out.
func lastRunes(s string, n int) []rune {
	rs := make([]rune, n)
	i := n
	for len(s) > 0 && i > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		if r != ' ' {
			i--
			rs[i] = r
		}
	}
	return rs[i:]
}

// recent is the text of the column's last keptLines lines, spaces left out,
// joined once: a column is rated against many lines.
func (c *chain) recent() string {
	if c.rt == "" {
		var b strings.Builder
		for k := max(0, len(c.frags)-keptLines); k < len(c.frags); k++ {
			b.WriteString(strings.ReplaceAll(c.frags[k].text, " ", ""))
		}
		c.rt = b.String()
	}
	return c.rt
}

// lastTwo and firstTwo are the last and first two runes of s (all of a
// shorter s), spaces kept.
func lastTwo(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	_, m := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return s[len(s)-n-m:]
}

func firstTwo(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	_, m := utf8.DecodeRuneInString(s[n:])
	return s[:n+m]
}

// crossWord rates the dictionary words that run across the seam
// ("…即" / "日起…" → 即日): none gives 0, a word gives more the more
// common it is.
func (t *tracker) crossWord(sm seam) float64 {
	ar, br := sm.a, sm.b
	if len(ar) == 0 || len(br) == 0 {
		return 0
	}
	key := sm.key()
	if v, ok := t.cross[key]; ok {
		return v
	}
	best := -1.0
	for i := 1; i <= len(ar); i++ {
		for j := 1; j <= len(br) && i+j <= 4; j++ {
			w := string(ar[len(ar)-i:]) + string(br[:j])
			if f, ok := wordseg.Freq(w); ok && f >= minCrossFreq {
				best = max(best, math.Log1p(f))
			}
		}
	}
	v := 0.0
	if best >= 0 {
		v = crossBase + crossPerLog*best
	}
	t.cross[key] = v
	return v
}

const crossBase, crossPerLog = 0.8, 0.12

// phraseSpans reports one of the page's own phrases (three characters
// seen more than once on the page) running over the seam.
func (t *tracker) phraseSpans(sm seam) bool {
	ar, br := sm.a, sm.b
	return len(ar) >= 2 && len(br) >= 1 && t.grams[string(ar[len(ar)-2:])+string(br[0])] > 1 ||
		len(ar) >= 1 && len(br) >= 2 && t.grams[string(ar[len(ar)-1])+string(br[:2])] > 1
}

// numberRuns: a number runs on across the break into its unit or the
// rest of its date ("…11月18" / "日在南京…", "…0.5" / "个百分点"),
// which no dictionary word spans.
func numberRuns(sm seam) bool {
	return len(sm.a) > 0 && len(sm.b) > 0 && unicode.IsDigit(sm.a[len(sm.a)-1]) && strings.ContainsRune(numberUnits, sm.b[0])
}

// numberUnits follow a number as its unit, measure word or date part.
const numberUnits = "日月年号万亿元个人名家位岁多余次件项座所条届度倍%％"

// numberRunScore rates a number running on like a common word across the
// break (crossWord).
const numberRunScore = 1.5

// minCrossFreq: rarer dictionary entries are mostly noise.
const minCrossFreq = 3.0

const newCost = 0.5

const openEndCost = 0.3

// score rates fragment f as the next line of column c.
func (t *tracker) score(c *chain, f frag) float64 {
	s := 1.0
	l := c.last()
	W := c.width()
	if len(c.frags) >= 2 && f.w > W+1.5 {
		s -= 3 // wider than the column
	}
	if c.full > 0 && f.exact() {
		// A justified column has one line width: a running line of another
		// width belongs to another column.
		switch {
		case t.hangs(f, W):
			// A full line whose mark hangs past the measure: not another
			// column's width, nor the column's own measure either.
		case sentenceEnd(f.text):
			if f.w > W+0.5 {
				s -= 1.5
			}
		case math.Abs(f.w-W) < 0.5:
			s += 0.6
		case math.Abs(f.w-(W-2)) < 0.5:
		default:
			s -= 1.5
		}
	}
	r, _ := utf8.DecodeRuneInString(f.text)
	contOnly := strings.ContainsRune(contPunct+",.;:?!)", r) // cannot start a paragraph
	indented := f.w <= W-1.5 && !sentenceEnd(f.text)
	switch {
	case c.open():
		sm := seamOf(l.text, f.text)
		s += t.crossWord(sm)
		if numberRuns(sm) {
			s += numberRunScore
		}
		if contOnly {
			s += 1
		}
		if indented {
			s -= 1 // an indented line cannot continue a running line
		}
	case sentenceEnd(l.text) && l.w < W-0.5:
		// The column's paragraph ended on a short line: a new one starts.
		if contOnly {
			s -= 2
		}
		if f.w <= W-1.5 && !sentenceEnd(f.text) {
			// The indented first line of a paragraph (a one-line
			// paragraph is rarer than the last line of a long one).
			s += 0.5
		} else if f.w >= W-0.5 && !sentenceEnd(f.text) {
			s -= 0.5
		}
	}
	s += t.flowScore(c, f.text)
	if last, ok := t.lastByK[t.k]; ok && l.line == last {
		s += rowShapeBonus
	}
	gap := f.line - l.line
	s -= 0.05 * float64(gap)
	if n := len(c.frags); n >= 2 {
		// Rows of one article come at a steady pace among the rows of
		// others: a join off that beat is suspect.
		prev := l.line - c.frags[n-2].line
		s -= beatWeight * min(math.Abs(float64(gap-prev)), 3)
	}
	return s
}

// hangs reports a line one em wider than the column's full width W that
// ends in a closing mark, on a page that hangs its marks: the mark sits
// past the measure (a comma or stop may not start the next line), so the
// line is full, not another column's.
func (t *tracker) hangs(f frag, W float64) bool {
	return t.hang && endsInMark(f) && math.Abs(f.w-1-W) < 0.5
}

// endsInMark reports a line ending in a closing mark. A fragment's text
// is trimmed (splitFrags): its last rune is the mark.
func endsInMark(f frag) bool {
	r, _ := utf8.DecodeLastRuneInString(f.text)
	return strings.ContainsRune(contPunct, r)
}

// marksHang reports a page whose typesetter hangs closing marks past the
// measure: of its full-looking lines ending in a mark, many are one em
// wider than a width that lines ending in a character commonly have and
// not of such a width themselves (pages that do not hang their marks set
// them inside the measure, at the common widths).
func marksHang(rows [][]frag) bool {
	plain, marked := map[float64]int{}, map[float64]int{}
	for _, fs := range rows {
		for _, f := range fs {
			if !f.exact() || f.w < minFullLine {
				continue
			}
			if endsInMark(f) {
				marked[f.w]++
			} else {
				plain[f.w]++
			}
		}
	}
	common := func(w float64) bool { return plain[w] >= commonWidthLines }
	inside, out := 0, 0
	for w, n := range marked {
		switch {
		case common(w):
			inside += n
		case common(w - 1):
			out += n
		}
	}
	return out > 0 && float64(out) >= hangShare*float64(inside)
}

// commonWidthLines: lines enough to call a width a column's measure.
const commonWidthLines = 5

// hangShare: marked lines past the measure per marked line inside it
// that show a page hanging its marks (a few such lines are lines of a
// wider column).
const hangShare = 0.25

// row feeds one dump row of fragments.
func (t *tracker) row(fs []frag) {
	k, m := len(fs), len(t.active)
	t.k = k
	defer func() {
		if k > 0 {
			t.lastByK[k] = fs[0].line
		}
	}()
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
			if i < k && v > dp[i+1][j] {
				// A new column costs nothing here.
				dp[i+1][j], from[i+1][j] = v, 'n'
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
			c.add(fs[i-1])
			out = append(out, c)
			i, j = i-1, j-1
		case 'n':
			c := &chain{id: -1}
			c.add(fs[i-1])
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

const rowShapeBonus = 0.8

// flush closes every open column (at a blank line of the dump).
func (t *tracker) flush() {
	t.done = append(t.done, t.active...)
	t.active = nil
	clear(t.lastByK)
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

// A dump line lists the lines of neighbouring columns that share a
// baseline, left to right; the extractor breaks it wherever the gap to the
// next word is wide, so the columns on one line are adjacent. decode reads
// a run of rows (a chunk between blank lines or headings) as streams in
// numbered slots: each row takes consecutive slots, each fragment joins
// the stream in its slot or starts a new one there, and a beam search
// keeps the readings whose joins read best over the whole run. Rows of
// one fragment read as one column unless spread says the dump printed the
// lines of several columns in turns.
func (t *tracker) decode(rows [][]frag, spread bool) {
	if len(rows) == 0 {
		return
	}
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	// Spare slots: the columns of two articles whose rows never share a
	// baseline still need streams of their own.
	if n > 1 || spread {
		n += spareSlots
	}
	type state struct {
		slots []*chain
		done  []*chain
		score float64
	}
	beam := []state{{slots: make([]*chain, n)}}
	// States share chains: each join of a row's fragment i to a chain is
	// rated and made once (the chain grown so is shared as well, so the
	// next row rates it once too).
	type join struct {
		c *chain
		i int
	}
	rated := map[join]float64{}
	grown := map[join]*chain{}
	grow := func(c *chain, i int, f frag) *chain {
		g, ok := grown[join{c, i}]
		if !ok {
			g = c.then(f)
			grown[join{c, i}] = g
		}
		return g
	}
	for _, r := range rows {
		m := len(r)
		var next []state
		clear(rated)
		clear(grown)
		for _, st := range beam {
			for s0 := 0; s0+m <= n; s0++ {
				ns := state{slots: slices.Clone(st.slots), done: st.done, score: st.score}
				for i, f := range r {
					j := s0 + i
					c := ns.slots[j]
					v := math.Inf(-1)
					if c != nil {
						var ok bool
						if v, ok = rated[join{c, i}]; !ok {
							v = t.score(c, f)
							rated[join{c, i}] = v
						}
					}
					if v >= -newCost {
						ns.slots[j] = grow(c, i, f)
						ns.score += v
						continue
					}
					if c != nil {
						ns.done = append(slices.Clip(ns.done), c)
						if c.open() {
							// A column left mid-sentence must go on somewhere.
							ns.score -= openEndCost
						}
					}
					ns.slots[j] = grow(nil, i, f)
					ns.score -= newCost
				}
				next = append(next, ns)
			}
		}
		slices.SortStableFunc(next, func(a, b state) int { return cmp.Compare(b.score, a.score) })
		beam = next[:min(len(next), beamWidth)]
	}
	best := beam[0]
	out := best.done
	for _, c := range best.slots {
		if c != nil {
			out = append(out, c)
		}
	}
	for _, c := range out {
		c.whole()
		c.id = t.next
		t.next++
	}
	t.done = append(t.done, out...)
}

const beamWidth = 64

const spareSlots = 2

const beatWeight = 0.2

// with returns a copy of c with f appended (beam states share chains, so
// the width histogram is copied before it changes, never updated in place).
// The copy keeps c's last lines only and whole finds the others: copies of
// all lines would take time growing with the square of a column's length.
func (c *chain) with(f frag) *chain {
	kept := c.frags[max(0, len(c.frags)-(keptLines-1)):]
	n := &chain{frags: slices.Clip(kept), w: c.w, id: c.id, hist: c.hist, full: c.full, from: c}
	if counts(f) {
		n.hist = maps.Clone(c.hist) // add counts f into it
	}
	n.add(f)
	return n
}

// unweave reads the lines fs, printed one under the other (next reports
// that line b follows line a so), as k columns whose lines the dump
// printed in turns (a line of each, one under the other), when every k-th
// line continues the one k lines above it better than each line continues
// the one above it: the text across the joins rates them (across), on
// average at least weaveGain better. It returns the columns, or fs alone.
func (t *tracker) unweave(fs []frag, next func(a, b int) bool) [][]frag {
	n := len(fs)
	if !t.zh || n < 2*minWeave {
		return [][]frag{fs}
	}
	for i := 1; i < n; i++ {
		if !next(fs[i-1].line, fs[i].line) {
			return [][]frag{fs}
		}
	}
	// A reading of the first lines in turns between k columns: the
	// columns so far and the sum and count of their joins' rates.
	type reading struct {
		cols  []*chain
		sum   float64
		joins int
	}
	// step puts line f at the end of column j.
	step := func(r *reading, j int, f frag) {
		if r.cols[j] == nil {
			r.cols[j] = &chain{}
		} else {
			r.sum += t.across(r.cols[j], f)
			r.joins++
		}
		r.cols[j].add(f)
	}
	// The readings below end by running the lines after their first m on
	// in one column, so each line's join to the line above it is rated
	// once here (rate, indentable: across before its indent test) and
	// summed from the end (upTo: a bound, the indents left out).
	rate, indentable := make([]float64, n), make([]bool, n)
	upTo := make([]float64, n+1)
	for i := n - 1; i > 0; i-- {
		rate[i], indentable[i] = t.joinRate(fs[i-1], fs[i])
		upTo[i] = upTo[i+1] + rate[i]
	}
	// mean rates reading r of the first m lines with the lines after them
	// read on in the one column that line m continues best (where the
	// neighbouring column ended, the other runs on alone), and returns
	// that column; it gives up, returning -Inf, where even without their
	// indents the rest could not bring the rate to floor.
	mean := func(r reading, m int, floor float64) (float64, int) {
		if m == n {
			return r.sum / float64(r.joins), -1
		}
		on, bv := 0, math.Inf(-1)
		for j, c := range r.cols {
			v := t.across(c, fs[m])
			if !sentenceEnd(c.last().text) {
				v += 0.1 // a running line goes on; on a tie it is the one
			}
			if v > bv {
				on, bv = j, v
			}
		}
		c := r.cols[on]
		sum, joins := r.sum+t.across(c, fs[m]), r.joins+n-m
		if (sum+upTo[m+1])/float64(joins) < floor-boundSlack {
			return math.Inf(-1), on
		}
		// The column read on: its width as the lines join it (their
		// text is rated already).
		run := &chain{w: c.w, hist: maps.Clone(c.hist), full: c.full}
		run.widen(fs[m])
		for i := m + 1; i < n; i++ {
			v := rate[i]
			if indentable[i] && fs[i].w <= run.width()-1.5 {
				v-- // as across
			}
			sum += v
			run.widen(fs[i])
		}
		return sum / float64(joins), on
	}
	// Of the readings in turns that beat reading down by weaveGain, the
	// best; on a tie, the one read later: in more columns, or in as many
	// with the longer run of turns. The readings of one k share their
	// turns: each m goes one line further.
	down := reading{cols: make([]*chain, 1)}
	for _, f := range fs {
		step(&down, 0, f)
	}
	best, _ := mean(down, n, 0)
	split, splitM, splitOn := 0, 0, 0 // the best reading's k, m and column read on
	for k := 2; k <= maxWeave && n >= k*minWeave; k++ {
		r := reading{cols: make([]*chain, k)}
		for m := 0; m <= n; m++ {
			if m >= k*minWeave {
				floor := best + weaveGain
				if split > 0 {
					floor = best
				}
				if v, on := mean(r, m, floor); v >= floor {
					best, split, splitM, splitOn = v, k, m, on
				}
			}
			if m < n {
				step(&r, m%k, fs[m])
			}
		}
	}
	if split == 0 {
		return [][]frag{fs}
	}
	out := make([][]frag, split)
	for i, f := range fs[:splitM] {
		out[i%split] = append(out[i%split], f)
	}
	if splitM < n {
		out[splitOn] = append(out[splitOn], fs[splitM:]...)
	}
	return out
}

// boundSlack covers the rounding of a sum added up in another order.
const boundSlack = 1e-6

// minWeave is the fewest lines each column must show; maxWeave the most
// columns read in turns.
const minWeave, maxWeave = 2, 5

// weaveGain is how much better, on average per join, reading in turns
// must rate: a dictionary word or a continuation mark across most joins.
const weaveGain = 0.5

// across rates the text across the break from column c's last line to f:
// a word or the page's phrases running over it and a start that cannot
// open a paragraph count for it; an indented line after a running one, or
// a continuation mark after a sentence end, against.
func (t *tracker) across(c *chain, f frag) float64 {
	s, indentable := t.joinRate(c.last(), f)
	if indentable && f.w <= c.width()-1.5 {
		s-- // an indented line cannot continue a running line
	}
	return s
}

// joinRate rates the break from line l to f as across does but for the
// indent, which needs the column's width: it reports whether an indent
// would count against f (l and f both run on).
func (t *tracker) joinRate(l, f frag) (float64, bool) {
	r, _ := utf8.DecodeRuneInString(f.text)
	cont := strings.ContainsRune(contPunct, r)
	if sentenceEnd(l.text) {
		if cont {
			return -2, false
		}
		return 0, false
	}
	sm := seamOf(l.text, f.text)
	s := t.crossWord(sm)
	if t.phraseSpans(sm) {
		s += joinGram
	}
	if cont {
		s++
	}
	return s, !sentenceEnd(f.text)
}
