package export_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"newsprint/export"
	"newsprint/pipeline"
	"newsprint/result"
)

// TestALTORoundTripCorpus: every page of the dev corpus PDFs, written as
// ALTO by newsprint and read back, gives the same articles; the shared
// scorer, with the first output as truth and the second as prediction,
// must report article F1 1.0. Skips without ../shared, in -short mode, and
// while the pipeline does not read PDFs yet.
func TestALTORoundTripCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the corpus round trip processes every dev PDF twice")
	}
	const shared = "../../shared"
	inputs, _ := filepath.Glob(filepath.Join(shared, "corpus", "dev", "input", "*.pdf"))
	if len(inputs) == 0 {
		t.Skip("../shared is absent: no dev corpus")
	}
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	truthDir, predDir, altoDir := t.TempDir(), t.TempDir(), t.TempDir()
	ctx := context.Background()
	cases := 0
	for _, in := range inputs {
		base := filepath.Base(in)
		if strings.HasSuffix(base, ".scan.pdf") {
			continue
		}
		name := strings.TrimSuffix(base, ".pdf")
		doc1, err := w.Process(ctx, in, base)
		if errors.Is(err, pipeline.ErrUnsupported) {
			t.Skipf("pipeline does not read PDFs yet: %v", err)
		}
		if err != nil {
			t.Fatal(err)
		}
		doc2 := &result.Document{Schema: doc1.Schema, Source: doc1.Source, Pages: []result.Page{}}
		for i, p1 := range doc1.Pages {
			data, err := export.ALTO(doc1, i)
			if err != nil {
				t.Fatalf("%s page %d: %v", base, p1.Page, err)
			}
			f := filepath.Join(altoDir, name+".p"+strconv.Itoa(p1.Page)+".alto.xml")
			if err := os.WriteFile(f, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := exec.LookPath("xmllint"); err == nil {
				validateALTO(t, data)
			}
			back, err := w.Process(ctx, f, base)
			if err != nil {
				t.Fatalf("%s page %d read back: %v", base, p1.Page, err)
			}
			if len(back.Pages) != 1 {
				t.Fatalf("%s page %d: %d pages read back", base, p1.Page, len(back.Pages))
			}
			p2 := back.Pages[0]
			p2.Page = p1.Page
			doc2.Pages = append(doc2.Pages, p2)
			if d := diffArticles(p1.Articles, p2.Articles); d != "" {
				t.Logf("%s page %d: %s", base, p1.Page, d)
			}
		}
		write(t, filepath.Join(truthDir, name+".json"), doc1)
		write(t, filepath.Join(predDir, name+".pdf.json"), doc2)
		cases++
	}

	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to run the scorer")
	}
	cmd := exec.Command(gobin, "run", "./cmd/score", "-truth", truthDir, "-pred", predDir, "-json")
	cmd.Dir = filepath.Join(shared, "eval")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scorer: %v\n%s", err, out)
	}
	var rep struct {
		Cases []struct {
			Case       string   `json:"case"`
			ArticleF1  *float64 `json:"article_f1"`
			ParagraphF *float64 `json:"paragraph_f1"`
			BodyCER    *float64 `json:"body_cer"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("scorer output: %v\n%s", err, out)
	}
	if len(rep.Cases) != cases {
		t.Fatalf("scorer saw %d cases, want %d", len(rep.Cases), cases)
	}
	for _, c := range rep.Cases {
		// No article at all leaves F1 undefined: nothing to compare.
		if c.ArticleF1 != nil && *c.ArticleF1 != 1 {
			t.Errorf("%s: article F1 %.3f after the ALTO round trip, want 1", c.Case, *c.ArticleF1)
		}
	}
}

func write(t *testing.T, path string, doc *result.Document) {
	t.Helper()
	data, err := export.JSON(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
