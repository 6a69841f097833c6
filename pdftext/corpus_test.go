package pdftext

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// corpusPDFs returns the dev corpus text PDFs, skipping the test when the
// shared corpus is not there.
func corpusPDFs(t testing.TB) []string {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev", "input")
	all, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	var out []string
	for _, f := range all {
		if !strings.HasSuffix(f, ".scan.pdf") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Skip("no dev corpus at ../shared (skipping corpus test)")
	}
	return out
}

func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\f' {
			m[r]++
		}
	}
	return m
}

// overlap returns how much of a is found in b (multiset), as a fraction.
func overlap(a, b map[rune]int) float64 {
	total, common := 0, 0
	for r, n := range a {
		total += n
		common += min(n, b[r])
	}
	if total == 0 {
		return 1
	}
	return float64(common) / float64(total)
}

func missing(a, b map[rune]int) string {
	var d []string
	for r, n := range a {
		if n > b[r] {
			d = append(d, fmt.Sprintf("%q×%d", r, n-b[r]))
		}
	}
	sort.Strings(d)
	if len(d) > 20 {
		d = d[:20]
	}
	return strings.Join(d, " ")
}

// TestFidelityVsPdftotext: the non-space characters we extract equal
// pdftotext's, as multisets, to at least 99.9% in both directions, with
// pdftotext in -raw mode and in its default mode. The default mode drops
// the hyphen of a line it joins to the next one ("ver-" + "sion"), which
// changes the counts but not what the PDF shows: there, missing hyphens
// are forgiven up to the number of our lines that end in one. Measured:
// only en-02, en-03 and en-05 differ, by '-' alone (21 of 87, 10 of 54
// and 21 of 120 line-end hyphens; 0.9981, 0.9986 and 0.9988 before the
// allowance, 1.0000 after); -raw matches 1.0000 everywhere.
func TestFidelityVsPdftotext(t *testing.T) {
	files := corpusPDFs(t)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		var b strings.Builder
		lineEndHyphens := 0
		for _, p := range doc.Pages {
			for _, l := range p.Lines {
				b.WriteString(l.Text)
				b.WriteByte('\n')
				if strings.HasSuffix(l.Text, "-") {
					lineEndHyphens++
				}
			}
		}
		for _, mode := range []string{"-raw", "default"} {
			args := []string{f, "-"}
			if mode == "-raw" {
				args = append([]string{mode}, args...)
			}
			ref, err := exec.Command("pdftotext", args...).Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", f, err)
			}
			ours, theirs := runeCounts(b.String()), runeCounts(string(ref))
			if d := ours['-'] - theirs['-']; mode == "default" && d > 0 {
				p := overlap(ours, theirs)
				if d > lineEndHyphens {
					t.Errorf("%s: pdftotext has %d hyphens fewer, but only %d of our lines end in one", filepath.Base(f), d, lineEndHyphens)
				}
				ours['-'] -= min(d, lineEndHyphens)
				t.Logf("%s default: %d of %d line-end hyphens dropped by pdftotext (ours→pdftotext %.4f before the allowance)", filepath.Base(f), d, lineEndHyphens, p)
			}
			p, r := overlap(ours, theirs), overlap(theirs, ours)
			t.Logf("%s %s: ours→pdftotext %.4f, pdftotext→ours %.4f", filepath.Base(f), mode, p, r)
			if p < 0.999 || r < 0.999 {
				t.Errorf("%s %s: fidelity %.4f / %.4f < 0.999; extra: %s; missing: %s", filepath.Base(f), mode, p, r, missing(ours, theirs), missing(theirs, ours))
			}
		}
	}
}

// normPara drops what differs between printed lines and truth paragraphs
// (spaces, hyphens and soft hyphens, which line ends add or remove).
func normPara(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || r == '-' || r == '\u00ad' || r == '\u2010' || r == '\u2011' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

type truthDoc struct {
	Pages []struct {
		Page     int `json:"page"`
		Articles []struct {
			ID         string   `json:"id"`
			Paragraphs []string `json:"paragraphs"`
			Captions   []string `json:"captions"`
		} `json:"articles"`
	} `json:"pages"`
}

// TestParagraphsContiguous: reading the lines in their geometric order
// reproduces each truth paragraph as one contiguous run (captions, which
// the layout stage pulls out, are skipped).
func TestParagraphsContiguous(t *testing.T) {
	files := corpusPDFs(t)
	total, found := 0, 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".pdf")
		tb, err := os.ReadFile(filepath.Join(filepath.Dir(f), "..", "truth", name+".json"))
		if err != nil {
			t.Logf("%s: no truth: %v", name, err)
			continue
		}
		var truth truthDoc
		if err := json.Unmarshal(tb, &truth); err != nil {
			t.Fatalf("%s truth: %v", name, err)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		caseTotal, caseFound := 0, 0
		for _, tp := range truth.Pages {
			if tp.Page < 1 || tp.Page > len(doc.Pages) {
				t.Errorf("%s: truth page %d not read", name, tp.Page)
				continue
			}
			// Captions are pulled out by the layout stage; a paragraph that
			// flows past a photo is contiguous once its caption is skipped.
			var captions []string
			for _, a := range tp.Articles {
				for _, c := range a.Captions {
					captions = append(captions, normPara(c))
				}
			}
			// A short fragment ("do") may occur in a caption and in body
			// text alike; it counts as caption only if no paragraph has it.
			var paras []string
			for _, a := range tp.Articles {
				for _, p := range a.Paragraphs {
					paras = append(paras, normPara(p))
				}
			}
			inParas := func(n string) bool {
				for _, p := range paras {
					if strings.Contains(p, n) {
						return true
					}
				}
				return false
			}
			var s strings.Builder
			for _, l := range doc.Pages[tp.Page-1].Lines {
				n := normPara(l.Text)
				isCaption := false
				for _, c := range captions {
					if n != "" && strings.Contains(c, n) && (utf8.RuneCountInString(n) >= 12 || !inParas(n)) {
						isCaption = true
					}
				}
				if !isCaption {
					s.WriteString(n)
				}
			}
			stream := s.String()
			for _, a := range tp.Articles {
				for _, p := range a.Paragraphs {
					caseTotal++
					if strings.Contains(stream, normPara(p)) {
						caseFound++
					} else if testing.Verbose() {
						t.Logf("%s %s: not contiguous: %.60s", name, a.ID, p)
					}
				}
			}
		}
		t.Logf("%s: %d/%d paragraphs contiguous", name, caseFound, caseTotal)
		total += caseTotal
		found += caseFound
	}
	t.Logf("all: %d/%d paragraphs contiguous (%.1f%%)", found, total, 100*float64(found)/float64(max(total, 1)))
	// Every paragraph (97.2% when written; 99.2% once framed notes were
	// read whole, bylines kept with their column, split justified lines
	// read by row, narrow gutters between type sizes split and body
	// fragments no longer taken for caption lines; 100% once photos and
	// column rules took part in the cut).
	if found < total {
		t.Errorf("%d of %d truth paragraphs are not contiguous in reading order", total-found, total)
	}
}

// BenchmarkVsPdftotext extracts the dev corpus PDFs with Read and with
// pdftotext in the same run and reports pages/s of both and the ratio.
func BenchmarkVsPdftotext(b *testing.B) {
	files := corpusPDFs(b)
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext not installed")
	}
	var datas [][]byte
	pages := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			b.Fatal(err)
		}
		pages += len(doc.Pages)
		datas = append(datas, data)
	}
	var ours, theirs time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		for _, d := range datas {
			if _, err := Read(d); err != nil {
				b.Fatal(err)
			}
		}
		ours += time.Since(start)
		start = time.Now()
		for _, f := range files {
			if err := exec.Command("pdftotext", f, os.DevNull).Run(); err != nil {
				b.Fatal(err)
			}
		}
		theirs += time.Since(start)
	}
	n := float64(pages * b.N)
	op, tp := n/ours.Seconds(), n/theirs.Seconds()
	b.ReportMetric(op, "pages/s")
	b.ReportMetric(tp, "pdftotext-pages/s")
	b.ReportMetric(op/tp, "ratio")
	b.Logf("pdftext %.1f pages/s, pdftotext %.1f pages/s, ratio %.2f× (%d pages)", op, tp, op/tp, pages)
}
