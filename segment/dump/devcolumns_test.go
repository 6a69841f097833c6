package dump

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	pure, labelled   int // characters
	pieces, articles int
	reach            int // articles a perfect piece assignment gets right
}

func (a *devTally) add(b devTally) {
	a.joins += b.joins
	a.good += b.good
	a.pure += b.pure
	a.labelled += b.labelled
	a.pieces += b.pieces
	a.articles += b.articles
	a.reach += b.reach
}

func (a devTally) precision() float64 { return float64(a.good) / float64(max(a.joins, 1)) }
func (a devTally) purity() float64    { return float64(a.pure) / float64(max(a.labelled, 1)) }

func (a devTally) String() string {
	return fmt.Sprintf("joins %d precision %.3f purity %.3f pieces %d reachable %d/%d",
		a.joins, a.precision(), a.purity(), a.pieces, a.reach, a.articles)
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
	}
	return tally
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
