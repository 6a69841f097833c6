package reflow

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsprint/lexicon"
	"newsprint/page"
	"newsprint/segment"
	"newsprint/wordseg"
)

func TestPageShapesAndIDs(t *testing.T) {
	p := &page.Page{Number: 2, Method: page.MethodText, Unit: page.NoUnit}
	empty := Page(p, &segment.Layout{})
	b, err := json.Marshal(empty)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(b); !strings.Contains(s, `"articles":[]`) || !strings.Contains(s, `"blocks":[]`) {
		t.Fatalf("empty page JSON lacks empty arrays: %s", s)
	}

	box := page.Rect{X0: 10, Y0: 20, X1: 110, Y1: 220}
	l := &segment.Layout{
		Articles: []segment.Article{
			{Headline: lines("新 春 走 基 层")},
			{
				Kicker:     lines("“最美村官”王小明——"),
				Headline:   lines("扎根山村带领", "乡亲种果树"),
				Decks:      [][]page.Line{lines("——记 一 位 老 支 书"), lines("  ")},
				Byline:     "本报记者  张三",
				Authors:    []segment.Author{{Name: "张三", Role: segment.Reporter}},
				Body:       []segment.Flow{flow("村里的路修好了，", "大家都很高兴。")},
				Captions:   [][]page.Line{lines("□10月1日，村民在田间劳作。", "本报记者 张三摄")},
				BBox:       &box,
				Confidence: 0.8,
			},
		},
		Blocks: []segment.Block{
			{Kind: segment.Section, Lines: lines("经 济")},
			{Kind: segment.PageHeader, Lines: lines("2019年10月21日", "星期一", "第12版")},
			{Kind: segment.Other, Lines: lines("即日起本刊推出“新", "春走基层”系列，欢迎", "阅读。")},
			{Kind: segment.Caption, Lines: lines("10月1日，村民在田间劳作。", "本报记者 张三摄")},
		},
	}
	got := Page(p, l)
	if len(got.Articles) != 2 || got.Articles[0].ID != "p2-a1" || got.Articles[1].ID != "p2-a2" {
		t.Fatalf("ids: %+v", got.Articles)
	}
	a0 := got.Articles[0]
	if a0.Headline != "新春走基层" || a0.Paragraphs == nil || len(a0.Paragraphs) != 0 {
		t.Fatalf("article without body: %+v", a0)
	}
	a := got.Articles[1]
	checks := []struct{ name, got, want string }{
		{"kicker", a.Kicker, "“最美村官”王小明——"},
		{"headline", a.Headline, "扎根山村带领乡亲种果树"},
		{"decks", strings.Join(a.Subheadlines, "|"), "——记一位老支书"},
		{"byline", a.Byline, "本报记者 张三"},
		{"paragraphs", strings.Join(a.Paragraphs, "|"), "村里的路修好了，大家都很高兴。"},
		{"captions", strings.Join(a.Captions, "|"), "10月1日，村民在田间劳作。 本报记者 张三摄"},
		{"bbox", fmt.Sprint(a.BBox), "[10 20 110 220]"},
		{"authors", fmt.Sprint(a.Authors), "[{张三 reporter}]"},
		{"section", got.Blocks[0].Text, "经济"},
		{"header", got.Blocks[1].Text, "2019年10月21日 星期一 第12版"},
		{"other", got.Blocks[2].Text, "即日起本刊推出“新春走基层”系列，欢迎阅读。"},
		{"caption block", got.Blocks[3].Text, "10月1日，村民在田间劳作。 本报记者 张三摄"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if a.Confidence == nil || *a.Confidence != 0.8 {
		t.Errorf("confidence = %v", a.Confidence)
	}
	if got := Page(nil, l); len(got.Articles) != 2 {
		t.Error("nil page lost the layout")
	}
	if got := Page(p, nil); got.Articles == nil || got.Blocks == nil {
		t.Error("nil layout must still give empty arrays")
	}
}

// The page's warnings (met reading it) come out first, the segmenter's
// after them; the page model keeps only its own.
func TestPageWarnings(t *testing.T) {
	p := &page.Page{Number: 1, Method: page.MethodText, Unit: page.NoUnit, Warnings: make([]string, 1, 4)}
	p.Warnings[0] = "read"
	out := Page(p, &segment.Layout{Warnings: []string{"segmented"}})
	if got := strings.Join(out.Warnings, "|"); got != "read|segmented" {
		t.Errorf("warnings %q, want the page's then the layout's", out.Warnings)
	}
	if len(p.Warnings) != 1 || p.Warnings[:2][1] != "" {
		t.Errorf("page warnings changed: %q", p.Warnings[:2])
	}
	if out := Page(&page.Page{}, &segment.Layout{}); out.Warnings != nil {
		t.Errorf("warnings %q for a page and layout without any", out.Warnings)
	}
}

func TestJoinLinesEnglish(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"Loose barn doors help goats", "escape"}, "Loose barn doors help goats escape"},
		{[]string{"A well-", "known face returns"}, "A well-known face returns"},
		{[]string{"A well\u2010", "known face"}, "A well-known face"},
		{[]string{"Parliament votes on govern-", "ment plans"}, "Parliament votes on government plans"},
		{[]string{"市政协专题会议审议", "农村饮用水安全保障工作进展情况汇报"}, "市政协专题会议审议农村饮用水安全保障工作进展情况汇报"},
	} {
		if got := JoinLines(lines(tc.in...)); got != tc.want {
			t.Errorf("JoinLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A caption joins its lines as a heading does: a kept hyphen closes up
// (no "well- known") and is written in ASCII.
func TestCaptionKeptHyphen(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"A well-", "known face returns to the harbour."}, "A well-known face returns to the harbour."},
		{[]string{"A well\u2010", "known face"}, "A well-known face"},
		{[]string{"Crews repair the govern-", "ment pier."}, "Crews repair the government pier."},
	} {
		if got := Caption(lines(tc.in...)); got != tc.want {
			t.Errorf("Caption(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// sharedDir is the corpus checkout next to the module root, if present.
func sharedDir(t testing.TB) string {
	d := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(d, "corpus", "seed", "changji-front.txt")); err != nil {
		t.Skip("../shared/corpus not present (it is not part of a user's clone); skipping seed test")
	}
	return d
}

// TestSeedDump reflows the seed dump, one flow per blank-line block, and
// checks properties that must hold whatever the segmentation: no space is
// left between CJK characters, and a flow whose last line breaks a word
// (the next block starts by completing it) is joined to the next one.
func TestSeedDump(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "corpus", "seed", "changji-front.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var flows []segment.Flow
	var cur []page.Line
	var raw []string
	for _, s := range strings.Split(string(data), "\n") {
		raw = append(raw, s)
		if strings.TrimSpace(s) == "" {
			if len(cur) > 0 {
				flows = append(flows, segment.Flow{Lines: cur})
			}
			cur = nil
			continue
		}
		cur = append(cur, page.Line{Text: s})
	}
	if len(cur) > 0 {
		flows = append(flows, segment.Flow{Lines: cur})
	}
	paras := Paragraphs(flows, NewVocab(raw))
	if len(paras) < 10 {
		t.Fatalf("only %d paragraphs from the seed", len(paras))
	}
	spaces := 0
	for _, p := range paras {
		li := scan(p)
		spaces += li.cjkGaps
	}
	if spaces != 0 {
		t.Errorf("%d spaces left between CJK characters", spaces)
	}
	// Breaks that split a dictionary word across a blank line must be joined.
	all := strings.Join(paras, "\n")
	checked := 0
	for i := 0; i+1 < len(flows); i++ {
		last := flows[i].Lines[len(flows[i].Lines)-1].Text
		next := flows[i+1].Lines[0].Text
		a, b := Body(last), Body(next)
		if a == "" || b == "" || finalPunct(a) || !endsHan(a) || !crossWord(a, b) {
			continue
		}
		checked++
		if !strings.Contains(all, a+b) {
			t.Errorf("word split across a blank line not joined: %q | %q", a, b)
		}
	}
	if checked == 0 {
		t.Error("no word split across blank lines found in the seed")
	}
	_ = wordseg.Load
}

// synthDump builds a dump-like article of n bytes or more: mixed Chinese
// paragraphs with justification spaces and English paragraphs with
// hyphenation, split into flows.
func synthDump(n int) ([]segment.Flow, int) {
	r := rand.New(rand.NewSource(1))
	zh := []rune("我们的城市在发展中不断进步经济社会文化生活各方面都有了新的变化人民群众的获得感幸福感安全感持续增强")
	en := strings.Fields("the council said it would review plans for new housing schools roads and transport across the region next year")
	var flows []segment.Flow
	var f segment.Flow
	size := 0
	for size < n {
		if r.Intn(2) == 0 {
			for k := 0; k < 8; k++ {
				var b strings.Builder
				for j := 0; j < 13; j++ {
					b.WriteRune(zh[r.Intn(len(zh))])
					if k%3 == 1 {
						b.WriteByte(' ')
					}
				}
				if k == 7 {
					b.WriteString("。")
				}
				f.Lines = append(f.Lines, page.Line{Text: b.String()})
				size += b.Len()
			}
		} else {
			for k := 0; k < 8; k++ {
				var ws []string
				for j := 0; j < 5; j++ {
					ws = append(ws, en[r.Intn(len(en))])
				}
				s := strings.Join(ws, " ")
				if k%4 == 2 {
					s += " trans\u00ad-"
				} else if k == 7 {
					s += "."
				}
				f.Lines = append(f.Lines, page.Line{Text: s})
				size += len(s)
			}
		}
		if r.Intn(3) == 0 {
			flows = append(flows, f)
			f = segment.Flow{}
		}
	}
	flows = append(flows, f)
	return flows, size
}

func TestSynthDumpReflows(t *testing.T) {
	flows, _ := synthDump(20000)
	paras := Paragraphs(flows, nil)
	if len(paras) < 10 {
		t.Fatalf("%d paragraphs", len(paras))
	}
	for _, p := range paras {
		if scan(p).cjkGaps != 0 || strings.Contains(p, "trans-") || strings.ContainsRune(p, shy) {
			t.Fatalf("unrepaired paragraph: %q", p)
		}
	}
}

// BenchmarkReflow measures text throughput of paragraph building on a
// synthetic dump, after the dictionaries are loaded.
func BenchmarkReflow(b *testing.B) {
	flows, size := synthDump(1 << 20)
	var raw []string
	for _, f := range flows {
		for _, l := range f.Lines {
			raw = append(raw, l.Text)
		}
	}
	p := &page.Page{Number: 1, Method: page.MethodText, Lines: nil}
	l := &segment.Layout{Articles: []segment.Article{{Body: flows}}}
	_ = wordseg.Load()
	lexicon.Word("warm") // the word list loads once, before the timer
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Page(p, l)
		NewVocab(raw)
	}
}

// A caption's credit after its sentence is set off by a space, as
// printed, unless a bracket sets it off already.
func TestCaptionCreditSetOff(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{[]string{"河边的柳树发了新芽。", "记者 王五摄"}, "河边的柳树发了新芽。 记者 王五摄"},
		{[]string{"河边的柳树发了新芽。", "（记者 王五摄）"}, "河边的柳树发了新芽。（记者 王五摄）"},
		{[]string{"河边的柳树发了新芽", "记者 王五摄"}, "河边的柳树发了新芽记者 王五摄"},
		{[]string{"Ferry passengers wait at the pier.", "Photograph: Ann Lee"}, "Ferry passengers wait at the pier. Photograph: Ann Lee"},
	} {
		if got := Caption(lines(tc.in...)); got != tc.want {
			t.Errorf("Caption(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
