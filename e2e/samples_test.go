// Package e2e runs every stage of newsprint over the bundled sample inputs
// in testdata/samples and checks the finished documents.
package e2e

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"newsprint/export"
	"newsprint/export/schema"
	"newsprint/pipeline"
	"newsprint/result"
)

const samples = "../testdata/samples"

func process(t *testing.T, name string) *result.Document {
	t.Helper()
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	doc, err := w.Process(context.Background(), filepath.Join(samples, name), name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	data, err := export.JSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(data); err != nil {
		t.Fatalf("%s: output not schema-valid: %v", name, err)
	}
	var back result.Document
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	return &back
}

func findArticle(doc *result.Document, headline string) *result.Article {
	for i := range doc.Pages {
		for j := range doc.Pages[i].Articles {
			if doc.Pages[i].Articles[j].Headline == headline {
				return &doc.Pages[i].Articles[j]
			}
		}
	}
	return nil
}

var cjkSpace = regexp.MustCompile(`\p{Han}[ \t\x{3000}]+\p{Han}`)

func TestChineseDumpSample(t *testing.T) {
	doc := process(t, "zh-front.txt")
	if doc.Source.Format != "txt" || len(doc.Source.SHA256) != 64 {
		t.Fatalf("source = %+v", doc.Source)
	}
	a := findArticle(doc, "河畔市新建三座社区图书馆")
	if a == nil {
		t.Fatalf("library article not found: %+v", doc.Pages)
	}
	if a.Byline != "本报讯 记者陈立报道" || len(a.Authors) != 1 || a.Authors[0] != (result.Author{Name: "陈立", Role: "reporter"}) {
		t.Errorf("run-in credit: byline %q, authors %+v", a.Byline, a.Authors)
	}
	if len(a.Paragraphs) != 3 {
		t.Fatalf("paragraphs = %q, want 3", a.Paragraphs)
	}
	if !strings.HasPrefix(a.Paragraphs[0], "3月1日，河畔市") {
		t.Errorf("run-in credit not cut or line wrap not repaired: %q", a.Paragraphs[0])
	}
	if !strings.Contains(a.Paragraphs[1], "今年还将新建5座社区图书馆，让阅读走进更多家庭。") {
		t.Errorf("justification spaces left: %q", a.Paragraphs[1])
	}
	b := findArticle(doc, "春耕备耕有序推进")
	if b == nil {
		t.Fatal("second article not found")
	}
	if b.Byline != "本报记者 李 强" && b.Byline != "本报记者 李强" {
		t.Errorf("trailing credit: byline = %q", b.Byline)
	}
	if len(b.Paragraphs) != 2 || strings.Contains(strings.Join(b.Paragraphs, ""), "本报记者") {
		t.Errorf("paragraphs = %q", b.Paragraphs)
	} else if want := "全市已落实粮食播种面积38万亩，储备化肥2.1万吨，确保农资供应充足。"; !strings.Contains(b.Paragraphs[0], want) {
		t.Errorf("paragraph 1 = %q, want it to contain %q", b.Paragraphs[0], want)
	}
	c := findArticle(doc, "旧城改造让老街焕发新颜")
	if c == nil {
		t.Fatal("third article not found")
	}
	if c.Byline != "本报记者 周 敏" && c.Byline != "本报记者 周敏" || len(c.Authors) != 1 || c.Authors[0].Name != "周敏" {
		t.Errorf("own-line byline: %q, authors %+v", c.Byline, c.Authors)
	}
	if len(c.Paragraphs) != 2 || !strings.HasSuffix(c.Paragraphs[1], "共修缮40余栋老建筑。") {
		t.Errorf("paragraphs = %q", c.Paragraphs)
	}
	for _, p := range doc.Pages {
		for _, art := range p.Articles {
			for _, para := range art.Paragraphs {
				if cjkSpace.MatchString(para) {
					t.Errorf("space between Chinese characters: %q", para)
				}
			}
		}
		kinds := map[string]bool{}
		for _, blk := range p.Blocks {
			kinds[blk.Kind] = true
		}
		if !kinds["page-header"] {
			t.Errorf("no page-header block among %+v", p.Blocks)
		}
	}
}

func TestEnglishDumpSample(t *testing.T) {
	doc := process(t, "en-inside.txt")
	a := findArticle(doc, "City opens three new neighbourhood libraries")
	if a == nil {
		t.Fatalf("article not found: %+v", doc.Pages)
	}
	if len(a.Authors) != 1 || a.Authors[0].Name != "Maria Lopez" || a.Authors[0].Role != "reporter" {
		t.Errorf("authors = %+v", a.Authors)
	}
	body := strings.Join(a.Paragraphs, "\n")
	for _, want := range []string{"twenty-one", "energy-efficient", "well-lit", "library within walking distance"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if len(a.Paragraphs) != 3 {
		t.Errorf("paragraphs = %q, want 3", a.Paragraphs)
	}
}

func TestEverySampleIsProcessed(t *testing.T) {
	entries, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if pipeline.Format(e.Name()) == "" {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			doc := process(t, e.Name())
			if len(doc.Pages) == 0 {
				t.Fatal("no pages")
			}
		})
	}
}

// TestDumpTextIsConserved checks that segmentation loses no text: every
// letter of a sample dump is in some article or block of its output.
func TestDumpTextIsConserved(t *testing.T) {
	for _, name := range []string{"zh-front.txt", "en-inside.txt"} {
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join(samples, name))
			if err != nil {
				t.Fatal(err)
			}
			doc := process(t, name)
			var out strings.Builder
			for _, p := range doc.Pages {
				for _, a := range p.Articles {
					out.WriteString(a.Kicker + a.Headline + a.Byline + strings.Join(a.Subheadlines, "") +
						strings.Join(a.Paragraphs, "") + strings.Join(a.Captions, ""))
				}
				for _, b := range p.Blocks {
					out.WriteString(b.Text)
				}
			}
			have := letters(out.String())
			missing := 0
			total := 0
			for r, n := range letters(string(in)) {
				total += n
				if have[r] < n {
					missing += n - have[r]
				}
			}
			if missing > 0 {
				t.Errorf("%d of %d letters of the input are missing from the output", missing, total)
			}
		})
	}
}

func letters(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			m[r]++
		}
	}
	return m
}
