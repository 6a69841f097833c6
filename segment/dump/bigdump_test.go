package dump

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"newsprint/wordseg"
)

// Invented words the big dumps are made of.
var (
	bigZhWords = strings.Fields(`城市 交通 教育 医疗 环境 方面 取得 进展 市民 表示 生活 质量
		明显 提高 政府 继续 推进 改革 发展 工作 会议 强调 加强 基层 建设 服务 群众 农村
		公路 学校 项目 企业 技术 文化 旅游 水利 工程 资金 计划 今年 去年 全市 部门 单位
		活动 社区 居民 安全 生产 我们 已经 开始 通过 进一步 完成 相关 情况 问题 目标`)
	bigEnWords = strings.Fields(`the council said on monday that new plans for harbour would
		bring more jobs to town and its people while some residents were worried about traffic
		noise along river road where work starts next spring after long debate members agreed
		budget school hospital bridge market station farmers weather`)
)

// bigDump makes a dump of about n lines in one of these shapes, Chinese or
// English (lang): "story", one long story; "stories", many short ones one
// after the other; "columns", the scraps of three or four stories printed
// side by side, a row of each column's lines to a dump line; "flow", the
// lines of two or three columns side by side running on down the page
// without a blank line or heading; "scraps", rows of six to fourteen
// scraps of a word or two (a table, listings), a blank row now and then.
func bigDump(lang, shape string, n int) string {
	r := rand.New(rand.NewPCG(uint64(n), uint64(len(shape))))
	zh := lang == "zh"
	words, sep, lineW := bigEnWords, " ", 40
	if zh {
		words, sep, lineW = bigZhWords, "", 26 // bytes: 13 ems of Han
	}
	// para returns a paragraph cut into lines of about lineW bytes.
	para := func(w int) []string {
		var lines []string
		var b strings.Builder
		for i, k := 0, 20+r.IntN(60); i < k; i++ {
			x := words[r.IntN(len(words))]
			if zh && i%7 == 6 {
				x += "，"
			}
			if b.Len() > 0 && b.Len()+len(x) > w*3/2 {
				lines = append(lines, b.String())
				b.Reset()
			}
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(x)
		}
		if zh {
			b.WriteString("。")
		} else {
			b.WriteString(".")
		}
		return append(lines, b.String())
	}
	head := func() string {
		var hs []string
		for range 3 + r.IntN(4) {
			hs = append(hs, words[r.IntN(len(words))])
		}
		if zh {
			return strings.Join(hs, "")
		}
		return strings.ToUpper(strings.Join(hs, " ")[:1]) + strings.Join(hs, " ")[1:]
	}
	credit := func(i int) string {
		if zh {
			return fmt.Sprintf("本报记者 %s", []string{"王立新", "李晓梅", "陈建国", "赵文静"}[i%4])
		}
		return "By " + []string{"Alice Marsh", "Tom Okafor", "Rita Lindqvist", "Sam Chen"}[i%4]
	}
	var out []string
	switch shape {
	case "story":
		out = append(out, head(), credit(0), "")
		for len(out) < n {
			out = append(out, para(lineW)...)
		}
	case "stories":
		for i := 0; len(out) < n; i++ {
			out = append(out, head(), credit(i), "")
			for range 2 + r.IntN(3) {
				out = append(out, para(lineW)...)
			}
			out = append(out, "")
		}
	case "columns":
		for len(out) < n {
			k := 3 + r.IntN(2)
			cols := make([][]string, k)
			for j := range cols {
				cols[j] = append([]string{head(), credit(j)}, para(lineW/2)...)
				cols[j] = append(cols[j], para(lineW/2)...)
			}
			for row := 0; ; row++ {
				var parts []string
				for _, c := range cols {
					if row < len(c) {
						parts = append(parts, c[row])
					}
				}
				if len(parts) == 0 {
					break
				}
				out = append(out, strings.Join(parts, "  "))
			}
			out = append(out, "")
		}
	case "flow":
		var cols [3][]string
		for len(out) < n {
			k := 2 + len(out)/500%2
			var parts []string
			for j := range k {
				for len(cols[j]) == 0 {
					cols[j] = para(lineW / 2)
				}
				parts, cols[j] = append(parts, cols[j][0]), cols[j][1:]
			}
			out = append(out, strings.Join(parts, "  "))
		}
	case "scraps":
		for len(out) < n {
			var parts []string
			for range 6 + r.IntN(9) {
				x := words[r.IntN(len(words))]
				if r.IntN(2) == 0 {
					x += sep + words[r.IntN(len(words))]
				}
				parts = append(parts, x)
			}
			out = append(out, strings.Join(parts, "   "))
			if r.IntN(20) == 0 {
				out = append(out, "")
			}
		}
	}
	return strings.Join(out[:min(len(out), n)], "\n")
}

// BenchmarkBigDump segments big dumps of each shape and language at 2k, 8k
// and 30k lines: no rule should take time that grows faster than the page.
func BenchmarkBigDump(b *testing.B) {
	if err := wordseg.Load(); err != nil { // start-up cost, not throughput
		b.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, shape := range []string{"story", "stories", "columns", "flow", "scraps"} {
			for _, n := range []int{2000, 8000, 30000} {
				b.Run(fmt.Sprintf("%s-%s-%d", lang, shape, n), func(b *testing.B) {
					p := dumpPage(lang, bigDump(lang, shape, n))
					b.ResetTimer()
					for range b.N {
						Segment(p)
					}
				})
			}
		}
	}
}

// cosineLess rates a story against a model less the story's own words
// exactly as cosine does against the model copied without them (sub),
// including words the story takes out whole and models without norm.
func TestCosineLess(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 500 {
		a, b := map[string]float64{}, map[string]float64{}
		for range 1 + r.IntN(8) {
			a[fmt.Sprint("w", r.IntN(20))] = 0.1 + 3*r.Float64()
		}
		for w, v := range a {
			switch r.IntN(3) {
			case 0: // the story's words are in the model: its share and more
				b[w] = v + 2*r.Float64()
			case 1:
				b[w] = v // all of the word comes from the story
			}
		}
		if n%5 != 0 {
			for range r.IntN(12) {
				b[fmt.Sprint("w", 20+r.IntN(30))] = 0.1 + 3*r.Float64()
			}
		}
		want := cosine(a, sub(b, a))
		if got := cosineLess(a, b, sqNorm(b)); got != want {
			t.Fatalf("case %d: cosineLess %v, cosine of sub %v (a %v, b %v)", n, got, want, a, b)
		}
		if got := cosineNormed(a, b, sqNorm(b)); got != cosine(a, b) {
			t.Fatalf("case %d: cosineNormed %v, cosine %v", n, got, cosine(a, b))
		}
	}
}

// sub is weights c less d (d a part of c: a story's own weights out of its
// article's sum), the copy cosineLess rates against without making it;
// what is left near zero is a float difference's rounding and goes.
func sub(c, d map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(c))
	for w, v := range c {
		if v -= d[w]; v > 1e-9 {
			out[w] = v
		}
	}
	return out
}

// firstBest finds the greatest value but one, the first of equals.
func TestFirstBest(t *testing.T) {
	vs := []float64{1, 3, 2, 3}
	if got := firstBest(vs, -1); got != 1 {
		t.Errorf("firstBest = %d, want 1", got)
	}
	if got := firstBest(vs, 1); got != 3 {
		t.Errorf("firstBest skipping 1 = %d, want 3", got)
	}
}

// Of paths that score the same, enAssign's Viterbi keeps the one with the
// earlier headings: for the last unit, for the unit before one (its
// predecessor), and where staying makes two paths equal.
func TestBestPathTies(t *testing.T) {
	noStay := func(int) float64 { return 0 }
	cases := []struct {
		emit [][]float64
		stay func(int) float64
		want []int
	}{
		{[][]float64{{1, 1, 0.2}}, noStay, []int{0}},
		{[][]float64{{1, 1}, {1, 1}}, noStay, []int{0, 0}},
		{[][]float64{{1, 1}, {0, 0.5}}, noStay, []int{0, 1}},
		{[][]float64{{1, 1, 1}, {0, 0, 0.5}}, noStay, []int{0, 2}}, // the first best (firstBest), not h's other
		// Heading 1 for the second unit: from heading 0 (1.5), or staying
		// with heading 1 (1+0.5).
		{[][]float64{{1.5, 1}, {0, 0.6}}, func(int) float64 { return 0.5 }, []int{0, 1}},
	}
	for _, c := range cases {
		if got := bestPath(c.emit, c.stay); !slices.Equal(got, c.want) {
			t.Errorf("bestPath(%v) = %v, want %v", c.emit, got, c.want)
		}
	}
}

// With no units, or a unit without headings, bestPath has no path to
// give and says so with nil rather than failing.
func TestBestPathEmpty(t *testing.T) {
	noStay := func(int) float64 { return 0 }
	for _, emit := range [][][]float64{nil, {}, {{}}, {{1, 2}, {}}, {{}, {1}}} {
		if got := bestPath(emit, noStay); got != nil {
			t.Errorf("bestPath(%v) = %v, want nil", emit, got)
		}
	}
}

// A chain grown line by line by with keeps its last lines only, those
// its recent text reads; whole gives it all of them again, in order, and
// two chains grown from one keep their own lines.
func TestChainWhole(t *testing.T) {
	var fs []frag
	for i := range 20 {
		fs = append(fs, frag{text: fmt.Sprint("行", i), line: i, w: 2})
	}
	c := (&chain{}).with(fs[0])
	for _, f := range fs[1:15] {
		c = c.with(f)
	}
	a, b := c.with(fs[15]), c.with(fs[16])
	if len(a.frags) > keptLines {
		t.Errorf("a copy keeps %d lines, want at most %d", len(a.frags), keptLines)
	}
	if a.last() != fs[15] || b.last() != fs[16] {
		t.Fatalf("last lines %v, %v", a.last(), b.last())
	}
	// The lines kept are all that rating a line after the copy reads.
	col := &chain{}
	for _, f := range fs[:16] {
		col.add(f)
	}
	if a.recent() != col.recent() {
		t.Errorf("a copy reads recent %q, the whole column %q", a.recent(), col.recent())
	}
	a.whole()
	b.whole()
	if want := fs[:16]; !slices.Equal(a.frags, want) {
		t.Errorf("a whole = %v, want %v", a.frags, want)
	}
	if want := append(slices.Clone(fs[:15]), fs[16]); !slices.Equal(b.frags, want) {
		t.Errorf("b whole = %v, want %v", b.frags, want)
	}
}

// bigBrokenDump makes an English dump of about n lines, one story whose
// lines now and then end in a word broken at a hyphen and are now and then
// followed by a blank line inside a sentence, the next line in lower case:
// every such blank makes the segmenter ask where else the page breaks the
// word that line opens with.
func bigBrokenDump(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	out := []string{"Harbour plans bring new jobs", "By Alice Marsh", ""}
	var line []string
	for len(out) < n {
		line = append(line, bigEnWords[r.IntN(len(bigEnWords))])
		if len(line) < 6 {
			continue
		}
		if w := bigEnWords[r.IntN(len(bigEnWords))]; r.IntN(3) == 0 && len(w) >= 6 {
			line = append(line, w[:3]+"-")
			out = append(out, strings.Join(line, " "))
			line = []string{w[3:]}
		} else {
			out = append(out, strings.Join(line, " "))
			line = nil
		}
		if r.IntN(4) == 0 {
			out = append(out, "")
		}
	}
	return strings.Join(out[:n], "\n")
}

// BenchmarkBrokenWordsAcrossBlanks segments such dumps at 2k, 4k and 8k
// lines (maxLines: longer pages get less treatment): the look-up per blank
// line must not scan the whole page.
func BenchmarkBrokenWordsAcrossBlanks(b *testing.B) {
	if err := wordseg.Load(); err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{2000, 4000, 8000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			p := dumpPage("en", bigBrokenDump(n))
			b.ResetTimer()
			for range b.N {
				Segment(p)
			}
		})
	}
}
