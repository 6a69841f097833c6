package dump

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
	"newsprint/textdump"
)

// TestDevColumns measures the rebuilt column streams of the Chinese dev
// dumps (../shared, when present) against their truth: every body fragment
// whose text occurs once in the truth bodies is labelled with its article
// and position. It reports, per case, how many joins inside a stream put
// true neighbours together, how pure the pieces are (share of labelled
// characters in the piece's majority article) and how many articles a
// perfect assignment of whole pieces could reach (bigram Dice ≥ 0.9, the
// scorer's "correctly segmented"), and fails when the streams get clearly
// worse than they are.
//
// NEWSPRINT_DEVCOLUMNS=joins logs every bad join (the fragment, the one
// the stream put after it and its true successor); NEWSPRINT_DEVCOLUMNS=oracle
// also assembles every page from perfect streams and counts the articles
// the assignment then gets right, against those it gets from the tracker's
// streams: the ceiling of stream work under the current assignment.
func TestDevColumns(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole dev corpus")
	}
	root := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	cases, _ := filepath.Glob(filepath.Join(root, "input", "zh-*.txt"))
	if len(cases) == 0 {
		t.Skip("dev corpus not available: ../shared is absent")
	}
	var all devTally
	for _, in := range cases {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		c := devCase(t, in, filepath.Join(root, "truth", name+".json"))
		t.Logf("%s %s", name, c)
		all.add(c)
	}
	t.Logf("all   %s", all)
	if p := all.precision(); p < 0.8 {
		t.Errorf("join precision %.3f, want ≥ 0.8", p)
	}
	if p := all.purity(); p < 0.93 {
		t.Errorf("piece purity %.3f, want ≥ 0.93", p)
	}
}

type devTally struct {
	joins, good      int // joins inside streams between labelled lines
	cross            int // bad joins between two articles' lines
	pure, labelled   int // characters
	pieces, articles int
	reach            int // articles a perfect piece assignment gets right
	// correct and oracle count the articles assembled from the tracker's
	// streams and from perfect ones whose body matches the truth (bigram
	// Dice ≥ 0.9), when the oracle runs.
	correct, oracle int
}

func (a *devTally) add(b devTally) {
	a.joins += b.joins
	a.good += b.good
	a.cross += b.cross
	a.correct += b.correct
	a.oracle += b.oracle
	a.pure += b.pure
	a.labelled += b.labelled
	a.pieces += b.pieces
	a.articles += b.articles
	a.reach += b.reach
}

func (a devTally) precision() float64 { return float64(a.good) / float64(max(a.joins, 1)) }
func (a devTally) purity() float64    { return float64(a.pure) / float64(max(a.labelled, 1)) }

func (a devTally) String() string {
	s := fmt.Sprintf("joins %d precision %.3f (cross-article bad joins %d) purity %.3f pieces %d reachable %d/%d",
		a.joins, a.precision(), a.cross, a.purity(), a.pieces, a.reach, a.articles)
	if os.Getenv("NEWSPRINT_DEVCOLUMNS") == "oracle" {
		s += fmt.Sprintf(" correct %d, from perfect streams %d", a.correct, a.oracle)
	}
	return s
}

// devLabel places a fragment in the truth: article and byte span of its
// text in the article's joined paragraphs.
type devLabel struct {
	art, pos, end int
	ok            bool
}

func devCase(t *testing.T, in, truthPath string) devTally {
	var tr struct {
		Pages []struct {
			Articles []struct{ Paragraphs []string }
		}
	}
	data, err := os.ReadFile(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := textdump.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	var tally devTally
	for pi := range doc.Pages {
		if pi >= len(tr.Pages) {
			break
		}
		var bodies []string
		for _, a := range tr.Pages[pi].Articles {
			bodies = append(bodies, strings.ReplaceAll(strings.Join(a.Paragraphs, ""), " ", ""))
		}
		s := &pageSeg{zh: true}
		for _, l := range doc.Pages[pi].Lines {
			s.lines = append(s.lines, l.Text)
		}
		s.classify()
		label := func(f frag) devLabel {
			x := strings.ReplaceAll(f.text, " ", "")
			if len([]rune(x)) < 3 {
				return devLabel{}
			}
			var found devLabel
			n := 0
			for ai, b := range bodies {
				for off := 0; ; {
					k := strings.Index(b[off:], x)
					if k < 0 {
						break
					}
					n++
					found = devLabel{ai, off + k, off + k + len(x), true}
					off += k + 1
				}
			}
			if n != 1 {
				return devLabel{}
			}
			return found
		}
		ps := s.pieces()
		tally.pieces += len(ps)
		pred := make([]strings.Builder, len(bodies))
		for _, p := range ps {
			chars := map[int]int{}
			var prev devLabel
			for i, f := range p.frags {
				l := label(f)
				if l.ok {
					chars[l.art] += len([]rune(f.text))
					tally.labelled += len([]rune(f.text))
				}
				if i > 0 && l.ok && prev.ok {
					tally.joins++
					if prev.art == l.art && prev.end == l.pos {
						tally.good++
					} else {
						if prev.art != l.art {
							tally.cross++
						}
						if os.Getenv("NEWSPRINT_DEVCOLUMNS") == "joins" {
							t.Logf("%s p%d bad join: L%d %q (a%d) → L%d %q (a%d); true next %s",
								filepath.Base(in), pi+1, p.frags[i-1].line+1, p.frags[i-1].text, prev.art+1,
								f.line+1, f.text, l.art+1, devNext(ps, label, prev))
						}
					}
				}
				prev = l
			}
			best, n := -1, 0
			for a, c := range chars {
				if c > n || c == n && a < best {
					best, n = a, c
				}
			}
			tally.pure += n
			if best >= 0 {
				pred[best].WriteString(strings.ReplaceAll(p.text(), " ", ""))
			}
		}
		for ai, b := range bodies {
			if b == "" {
				continue
			}
			tally.articles++
			if bigramDice(b, pred[ai].String()) >= 0.9 {
				tally.reach++
			}
		}
		if os.Getenv("NEWSPRINT_DEVCOLUMNS") == "oracle" {
			lines := doc.Pages[pi].Lines
			a := devSeg(lines)
			tally.correct += devCorrect(a.assemble(), bodies)
			o := devSeg(lines)
			tally.oracle += devCorrect(o.assembleFrom(devOracle(o, label, bodies)), bodies)
		}
	}
	return tally
}

// devSeg classifies a page's lines for assembly.
func devSeg(lines []page.Line) *pageSeg {
	s := &pageSeg{zh: true}
	for _, l := range lines {
		s.lines = append(s.lines, l.Text)
	}
	s.classify()
	return s
}

// devNext describes the fragment that truly follows l in the streams.
func devNext(ps []*piece, label func(frag) devLabel, l devLabel) string {
	for k, p := range ps {
		for _, f := range p.frags {
			if m := label(f); m.ok && m.art == l.art && m.pos == l.end {
				return fmt.Sprintf("L%d %q (piece %d)", f.line+1, f.text, k)
			}
		}
	}
	return "unlabelled"
}

// devOracle rebuilds the page's streams from the truth: the tracker's
// pieces, every fragment labelled with its place in its article (one that
// occurs more than once, or is short, by the labelled neighbour it
// continues), relinked so that each fragment follows its true predecessor
// when that is printed above it. A fragment left unlabelled stays after the
// labelled one the tracker put before it, or is a piece of its own.
func devOracle(s *pageSeg, label func(frag) devLabel, bodies []string) []*piece {
	type key struct {
		line int
		text string
	}
	labels := map[key]devLabel{}
	tail := map[key][]frag{} // unlabelled fragments after a labelled one
	for _, p := range s.pieces() {
		ls := make([]devLabel, len(p.frags))
		for i, f := range p.frags {
			ls[i] = label(f)
		}
		for range 3 {
			for i, f := range p.frags {
				x := strings.ReplaceAll(f.text, " ", "")
				if ls[i].ok || x == "" {
					continue
				}
				if a := ls[max(i-1, 0)]; i > 0 && a.ok && strings.HasPrefix(bodies[a.art][a.end:], x) {
					ls[i] = devLabel{a.art, a.end, a.end + len(x), true}
				} else if n := ls[min(i+1, len(ls)-1)]; i+1 < len(ls) && n.ok && strings.HasSuffix(bodies[n.art][:n.pos], x) {
					ls[i] = devLabel{n.art, n.pos - len(x), n.pos, true}
				}
			}
		}
		for i, f := range p.frags {
			if ls[i].ok {
				labels[key{f.line, f.text}] = ls[i]
			}
		}
		// An unlabelled fragment (a credit, a scrap) stays after the
		// labelled fragment the tracker put last before it.
		var last key
		seen := false
		for i, f := range p.frags {
			k := key{f.line, f.text}
			switch {
			case ls[i].ok:
				last, seen = k, true
			case seen:
				tail[last] = append(tail[last], f)
			}
		}
	}
	at := map[[2]int]frag{}  // article and start → fragment
	end := map[[2]int]frag{} // article and end → fragment
	for _, fs := range s.frags {
		for _, f := range fs {
			l, ok := labels[key{f.line, f.text}]
			if _, dup := at[[2]int{l.art, l.pos}]; !ok || dup {
				continue
			}
			at[[2]int{l.art, l.pos}] = f
			end[[2]int{l.art, l.end}] = f
		}
	}
	var chains [][]frag
	for k, f := range at {
		if p, ok := end[k]; ok && p.line < f.line {
			continue // f goes on from the line above it
		}
		ch := append([]frag{f}, tail[key{f.line, f.text}]...)
		for last := f; ; {
			l := labels[key{last.line, last.text}]
			n, ok := at[[2]int{l.art, l.end}]
			if !ok || n.line <= last.line {
				break
			}
			ch = append(append(ch, n), tail[key{n.line, n.text}]...)
			last = n
		}
		chains = append(chains, ch)
	}
	// Whatever no chain took is a piece of its own.
	took := map[key]bool{}
	for _, ch := range chains {
		for _, f := range ch {
			took[key{f.line, f.text}] = true
		}
	}
	for _, fs := range s.frags {
		for _, f := range fs {
			if !took[key{f.line, f.text}] {
				chains = append(chains, []frag{f})
			}
		}
	}
	slices.SortFunc(chains, func(a, b []frag) int {
		if a[0].line != b[0].line {
			return a[0].line - b[0].line
		}
		return strings.Compare(a[0].text, b[0].text)
	})
	var ps []*piece
	for _, ch := range chains {
		w := 0.0
		for _, f := range ch {
			w = max(w, f.w)
		}
		ps = append(ps, &piece{frags: ch, w: w, next: -1, prev: -1, first: ch[0].line})
	}
	return ps
}

// bigramDice is the Dice coefficient of the character bigram multisets.
func bigramDice(a, b string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		r := []rune(s)
		for i := 0; i+1 < len(r); i++ {
			m[string(r[i:i+2])]++
		}
		return m
	}
	x, y := count(a), count(b)
	na, nb, both := 0, 0, 0
	for k, v := range x {
		na += v
		both += min(v, y[k])
	}
	for _, v := range y {
		nb += v
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(both) / float64(na+nb)
}

// devCorrect counts the articles of a layout whose body matches a truth
// body (bigram Dice ≥ 0.9), each truth body matched once.
func devCorrect(l segment.Layout, bodies []string) int {
	used := make([]bool, len(bodies))
	n := 0
	for _, a := range l.Articles {
		var b strings.Builder
		for _, fl := range a.Body {
			for _, ln := range fl.Lines {
				b.WriteString(strings.ReplaceAll(ln.Text, " ", ""))
			}
		}
		for i, t := range bodies {
			if !used[i] && t != "" && bigramDice(t, b.String()) >= 0.9 {
				used[i] = true
				n++
				break
			}
		}
	}
	return n
}
