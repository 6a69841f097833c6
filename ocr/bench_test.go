package ocr_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"newsprint/pipeline"
)

// benchPage is a dev-corpus scan (greyscale JPEG, 300 dpi, Chinese).
const benchPage = "../../shared/corpus/dev/input/zh-03.jpg"

// BenchmarkVsTesseract OCRs the same page with newsprint (one worker, the
// whole pipeline) and with the tesseract command (same language and page
// segmentation, OMP_THREAD_LIMIT=1) in turn, and reports newsprint's time
// as a multiple of tesseract's:
//
//	go test -run '^$' -bench VsTesseract -benchtime 1x ./ocr
func BenchmarkVsTesseract(b *testing.B) {
	tess, err := exec.LookPath("tesseract")
	if err != nil {
		b.Skip("the tesseract command is not installed")
	}
	if _, err := os.Stat(benchPage); err != nil {
		b.Skipf("%s is absent: the benchmark needs the shared corpus", benchPage)
	}
	const lang = "chi_sim"
	w := pipeline.NewWorker(pipeline.Options{Lang: lang})
	defer w.Close()
	out := filepath.Join(b.TempDir(), "page")
	var ours, theirs time.Duration
	for b.Loop() {
		t := time.Now()
		if _, err := w.Process(context.Background(), benchPage, "page.jpg"); err != nil {
			b.Fatal(err)
		}
		ours += time.Since(t)

		t = time.Now()
		cmd := exec.Command(tess, benchPage, out, "-l", lang, "--psm", "3", "hocr")
		cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("tesseract: %v\n%s", err, msg)
		}
		theirs += time.Since(t)
	}
	ratio := ours.Seconds() / theirs.Seconds()
	b.ReportMetric(ratio, "x-tesseract")
	b.Logf("newsprint %.1fs, tesseract %.1fs: ratio %.2f (target ≤ 1.10)", ours.Seconds(), theirs.Seconds(), ratio)
}
