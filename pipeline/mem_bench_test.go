package pipeline

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// peakRSS runs newsprint with args under /usr/bin/time -v and returns its
// peak RSS in MB.
func peakRSS(b *testing.B, args ...string) float64 {
	b.Helper()
	cmd := exec.Command("/usr/bin/time", append([]string{"-v", newsprintBin(b)}, args...)...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	var se bytes.Buffer
	cmd.Stderr = &se
	if err := cmd.Run(); err != nil {
		b.Fatalf("newsprint %q: %v\n%s", args, err, se.String())
	}
	kb, err := timeField(se.String(), "Maximum resident set size (kbytes):")
	if err != nil {
		b.Fatalf("%v\n%s", err, se.String())
	}
	return float64(kb) / 1024
}

// BenchmarkMemoryDevCorpus measures issue 6's memory target: the peak RSS
// of a --jobs 2 run over the whole dev corpus (every modality), less that
// of a --jobs 2 run over its text dumps alone (the process with the shared
// gse dictionary loaded, no OCR), over the two workers. Target: at most
// 600 MB per worker. The corpus run takes many minutes:
//
//	go test -run '^$' -bench MemoryDevCorpus -benchtime 1x -timeout 2h ./pipeline
func BenchmarkMemoryDevCorpus(b *testing.B) {
	in := filepath.Join("..", "..", "shared", "corpus", "dev", "input")
	if _, err := os.Stat(in); err != nil {
		b.Skip("../shared is absent: the dev corpus benchmark needs it")
	}
	if _, err := os.Stat("/usr/bin/time"); err != nil {
		b.Skip("/usr/bin/time is absent")
	}
	if _, err := exec.LookPath("tesseract"); err != nil {
		b.Skip("tesseract is not installed: the OCR benchmark needs it")
	}
	var base, peak float64
	for b.Loop() {
		base = max(base, peakRSS(b, "run", in, "--include", "*.txt", "-o", filepath.Join(b.TempDir(), "txt"),
			"--jobs", "2", "--force", "--progress", "never"))
		peak = max(peak, peakRSS(b, "run", in, "-o", filepath.Join(b.TempDir(), "all"),
			"--jobs", "2", "--force", "--progress", "never"))
	}
	perWorker := (peak - base) / 2
	b.ReportMetric(base, "txt-maxrss-MB")
	b.ReportMetric(peak, "maxrss-MB")
	b.ReportMetric(perWorker, "MB/worker")
	b.Logf("peak RSS %.0f MB, text dumps only %.0f MB: %.0f MB per worker (target <= 600)", peak, base, perWorker)
	if perWorker > 600 {
		b.Errorf("%.0f MB per worker, want <= 600", perWorker)
	}
}
