package dump

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sideBySide splits English heading groups that hold two headlines set
// side by side. pdftotext joins the lines of two neighbouring heads into
// one dump line where they share a baseline ("Left head ends Right head
// starts") and prints the heads' other lines above or below it, so the
// dump shows one heading whose lines belong to two stories. The story
// printed right under the heading is the left head's; a story printed
// later whose text (up to the next heading or credit) carries heading
// words the first one lacks is the right head's. The heading splits when
// exactly one of its lines holds both heads (splitHead) and both open with
// a capital, or when heads set at different baselines give their lines in
// turns (alternateHead). The right head becomes a group of its own at the
// same place, which the assignment gives the story carrying its words
// like any heading's.
func (s *pageSeg) sideBySide(gs []*group, ps []*piece, stories [][]int, idf map[string]float64) []*group {
	if s.zh || len(stories) < 2 {
		return gs
	}
	r := newSideRuns(gs, ps, stories)
	var out []*group
	for _, g := range gs {
		out = append(out, g)
		left, right, ok := r.splitSides(gs, g)
		if !ok {
			continue
		}
		g.head = left
		g.toks = s.tokens(g.text(), idf)
		rg := &group{head: right, line: g.line, end: g.end}
		rg.toks = s.tokens(rg.text(), idf)
		// The left head, over its text, stays the heading printed last
		// before that text.
		out = append(out[:len(out)-1], rg, g)
	}
	return out
}

// sideRuns is what sideBySide reads of a page's stories: each story's
// first dump line and its words, the first lines of the stories holding
// each word (sorted), and the lines of the groups, headings and credits
// (sorted).
type sideRuns struct {
	first     []int
	own       []map[string]bool
	holders   map[string][]int
	headLines []int
}

// newSideRuns reads the stories' first lines and words. A story's run is
// it and the stories printed after it up to the next heading or credit,
// most likely one article's text (a story may be a few lines). Whether a
// run holds a word is looked up in the lines where the stories holding it
// start (runs overlap: built as sets they would take time growing with
// the square of the page).
func newSideRuns(gs []*group, ps []*piece, stories [][]int) *sideRuns {
	r := &sideRuns{first: make([]int, len(stories)), own: make([]map[string]bool, len(stories)), holders: map[string][]int{}}
	for i, st := range stories {
		r.first[i] = ps[st[0]].first
		r.own[i] = map[string]bool{}
		for _, k := range st {
			r.first[i] = min(r.first[i], ps[k].first)
			// A word hyphenated over lines is one word.
			for _, w := range strings.Fields(strings.ReplaceAll(ps[k].text(), "\u00ad ", "")) {
				if key := capsKey(w); key != "" {
					r.own[i][key] = true
				}
			}
		}
	}
	for i := range stories {
		for k := range r.own[i] {
			r.holders[k] = append(r.holders[k], r.first[i])
		}
	}
	for _, fs := range r.holders {
		slices.Sort(fs)
	}
	r.headLines = make([]int, len(gs))
	for x, g := range gs {
		r.headLines[x] = g.line
	}
	slices.Sort(r.headLines)
	return r
}

// runEnd is the line of the first heading or credit after story i's
// start: its run ends there.
func (r *sideRuns) runEnd(i int) int {
	if x, _ := slices.BinarySearch(r.headLines, r.first[i]+1); x < len(r.headLines) {
		return r.headLines[x]
	}
	return math.MaxInt
}

// inRun reports word key k in story i's run up to line end.
func (r *sideRuns) inRun(i, end int, k string) bool {
	fs := r.holders[k]
	x, _ := slices.BinarySearch(fs, r.first[i])
	return x < len(fs) && fs[x] < end
}

// storyUnder is the story printed first under heading g, close to it;
// -1 when there is none.
func (r *sideRuns) storyUnder(g *group) int {
	under := -1
	for i, f := range r.first {
		if f > g.end && f-g.end <= sideUnderGap && (under < 0 || f < r.first[under]) {
			under = i
		}
	}
	return under
}

// splitSides parts g's head lines into a left head, over the story under
// it, and a right one, over the later story whose run holds the most of
// the right's words; ok false when no story's run splits the head.
func (r *sideRuns) splitSides(gs []*group, g *group) (left, right []string, ok bool) {
	if len(g.head) == 0 {
		return nil, nil, false
	}
	under := r.storyUnder(g)
	if under < 0 {
		return nil, nil, false
	}
	// The left text is the story under the heading alone: the run
	// under it may go on into the right head's text.
	leftWords := r.own[under]
	rightWords := headRightWords(g, leftWords)
	bestN := 0
	for i := range r.first {
		if r.first[i] <= r.first[under] {
			continue
		}
		end := r.runEnd(i)
		if !slices.ContainsFunc(rightWords, func(k string) bool { return r.inRun(i, end, k) }) {
			continue
		}
		l, rt, n := splitHead(g.head, r.sideBy(i, end, func(k string) bool { return leftWords[k] }))
		if n == 0 && !underOther(gs, g, r.first[i]) {
			// Whole lines in turns have no joined line to cut: the
			// left's words are looked up in its whole run up to this
			// story, as its head's lines may each carry few words.
			leftEnd := min(r.runEnd(under), r.first[i])
			l, rt, n = alternateHead(g.head, r.sideBy(i, end, func(k string) bool { return r.inRun(under, leftEnd, k) }))
		}
		if n > bestN {
			bestN, left, right = n, l, rt
		}
	}
	return left, right, bestN > 0
}

// headRightWords lists the head's words that a run may hold for the right
// head (not function words, not in the left text): a run holding none
// leaves the right head no words (splitHead).
func headRightWords(g *group, left map[string]bool) []string {
	var words []string
	for _, l := range g.head {
		for _, w := range strings.Fields(l) {
			if k := capsKey(w); k != "" && !enFunction[k] && !left[k] && !slices.Contains(words, k) {
				words = append(words, k)
			}
		}
	}
	return words
}

// sideBy returns the side of a head word for splitHead and alternateHead:
// +1 a word of story i's run up to end only, -1 one the left text holds
// only (leftHas), 0 a word both or neither hold, or a function word.
func (r *sideRuns) sideBy(i, end int, leftHas func(string) bool) func(string) int {
	return func(w string) int {
		k := capsKey(w)
		if k == "" || enFunction[k] {
			return 0
		}
		switch right := r.inRun(i, end, k); {
		case right == leftHas(k):
			return 0
		case right:
			return 1
		}
		return -1
	}
}

// underOther reports a story starting at line l printed right under a
// heading other than g: that heading's text, not a head's in turns with
// g's.
func underOther(gs []*group, g *group, l int) bool {
	return slices.ContainsFunc(gs, func(h *group) bool {
		return h != g && len(h.head) > 0 && l > h.end && l-h.end <= sideUnderGap
	})
}

// sideUnderGap: how many dump lines under a heading its story starts.
const sideUnderGap = 3

// splitHead parts heading lines into a left and a right head by side (+1
// a right word, -1 a left one, 0 either or neither). One line is the
// joined one, holding right words after the left's: it is cut at a
// capital after a lower-case word between its last left word and its
// first right word after it, else right after the last left word (the
// left head's words are the ones its text, right under it, shows; the
// right's text may be read only in part), and where it holds no left
// word, at such a capital before its first right word. Every other line
// goes whole to the side of its words, the left when it has none. It
// returns the heads and the right's word count; 0 when no line or two are
// cut, a line holds right words before left ones, the right has fewer than
// sideMinWords words of its own, or a head would open in lower case.
func splitHead(head []string, side func(string) int) (left, right []string, n int) {
	cuts := 0
	for _, l := range head {
		ws := strings.Fields(l)
		last, firstR := -1, -1
		for k, w := range ws {
			if side(w) < 0 {
				last = k
			}
		}
		for k := last + 1; k < len(ws); k++ {
			if side(ws[k]) > 0 {
				firstR = k
				break
			}
		}
		cut := len(ws)
		switch {
		case firstR < 0:
			// No right word after the left ones: the left's line.
			for _, w := range ws {
				if side(w) > 0 && last >= 0 {
					return nil, nil, 0
				}
			}
		case last >= 0:
			// Words of neither side between the two go right: the left
			// head's own words are the ones its text, right under it,
			// shows. A capital after a lower-case word opens the right.
			cut = -1
			for k := last + 1; k <= firstR; k++ {
				if opensHead(ws[k-1], ws[k]) {
					cut = k
					break
				}
			}
			for k := last + 1; cut < 0 && k <= firstR; k++ {
				if joinedAt(ws[k-1]) {
					cut = k
				}
			}
			if cut < 0 {
				return nil, nil, 0
			}
		default:
			cut = 0
			for k := firstR; k > 0; k-- {
				if opensHead(ws[k-1], ws[k]) {
					cut = k
					break
				}
			}
		}
		if cut > 0 && cut < len(ws) {
			if !joinedAt(ws[cut-1]) {
				return nil, nil, 0
			}
			cuts++
		}
		for _, w := range ws[cut:] {
			if side(w) > 0 {
				n++
			}
		}
		if cut > 0 {
			left = append(left, strings.Join(ws[:cut], " "))
		}
		if cut < len(ws) {
			right = append(right, strings.Join(ws[cut:], " "))
		}
	}
	if cuts != 1 || n < sideMinWords || len(left) == 0 {
		return nil, nil, 0
	}
	// Two sentence-case heads joined: each opens with a capital.
	if !opensUpper(left[0]) || !opensUpper(right[0]) {
		return nil, nil, 0
	}
	return left, right, n
}

// opensHead reports a capitalised word after a lower-case one in a
// sentence-case heading line: a second head's first word, or a name.
func opensHead(prev, w string) bool {
	r := []rune(w)
	return unicode.IsUpper(r[0]) && strings.ToLower(prev) == prev && joinedAt(prev)
}

// opensUpper reports a head line opening with a capital (false for an
// empty line).
func opensUpper(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return unicode.IsUpper(r)
}

// sideMinWords: the right head's own words, fewer are chance.
const sideMinWords = 2

// joinedAt reports a word that may end the left head on a joined line: a
// word of a sentence-case head (lower-case letters in it), not closing a
// clause (a comma there is a deck's or a sentence's) nor a function word
// (no head ends on "of": the line goes on).
func joinedAt(w string) bool {
	return strings.ToUpper(w) != w && !strings.ContainsAny(w[len(w)-1:], ",;:") && !enFunction[strings.ToLower(w)]
}

// alternateHead parts heading lines that two heads set side by side at
// different baselines give in turns: pdftotext prints each head's line
// whole, a line of one head, then of the other. Lines holding words of
// one side only must take turns; a line of neither side goes to the side
// whose turn it is. It returns the heads and the right's word count; 0
// when there are fewer than three lines, a line holds words of both
// sides, the turns break, either side has no line of its own words, the
// right has fewer than sideMinWords words, or a head opens in lower case
// or mixes lines in capitals with lines in lower case (oneCase).
func alternateHead(head []string, side func(string) int) (left, right []string, n int) {
	if len(head) < 3 {
		return nil, nil, 0
	}
	turn := 0 // the side of line 0, once a line has shown it
	sides := make([]int, len(head))
	for i, l := range head {
		for _, w := range strings.Fields(l) {
			sd := side(w)
			if sd == 0 {
				continue
			}
			if sides[i] == -sd {
				return nil, nil, 0
			}
			sides[i] = sd
			if sd > 0 {
				n++
			}
		}
		if sides[i] == 0 {
			continue
		}
		first := sides[i]
		if i%2 == 1 {
			first = -first
		}
		if turn == -first {
			return nil, nil, 0
		}
		turn = first
	}
	if !slices.Contains(sides, 1) || !slices.Contains(sides, -1) || n < sideMinWords {
		return nil, nil, 0
	}
	for i, l := range head {
		if (i%2 == 0) == (turn > 0) {
			right = append(right, l)
		} else {
			left = append(left, l)
		}
	}
	if !opensUpper(left[0]) || !opensUpper(right[0]) || !oneCase(left) || !oneCase(right) {
		return nil, nil, 0
	}
	return left, right, n
}

// oneCase reports head lines set in one style: not capitals in one line
// and lower case in another (a head in capitals over a sentence-case
// deck or text is no head of its own).
func oneCase(lines []string) bool {
	caps, lower := false, false
	for _, l := range lines {
		switch {
		case strings.IndexFunc(l, unicode.IsLower) >= 0:
			lower = true
		case strings.IndexFunc(l, unicode.IsUpper) >= 0:
			caps = true
		}
	}
	return !caps || !lower
}
