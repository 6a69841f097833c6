package pipeline

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// benchRerun times a first run over args and a re-run over the unchanged
// inputs, and reports the re-run's time as a percentage of the first's.
// The target is at most 2%.
func benchRerun(b *testing.B, inputs []string, args ...string) {
	var first, again time.Duration
	inproc := 0.0 // the re-run's own time, without process start-up
	for range b.N {
		out := filepath.Join(b.TempDir(), "out")
		run := func() time.Duration {
			start := time.Now()
			r := runNP(b, append(append([]string{"run"}, inputs...), append([]string{"-o", out}, args...)...)...)
			if r.code == 2 {
				b.Fatalf("exit 2\n%s", r.stderr)
			}
			return time.Since(start)
		}
		first += run()
		again += run()
		rep := readReport(b, out)
		if rep.Processed != 0 {
			b.Fatalf("re-run processed %d inputs", rep.Processed)
		}
		inproc += rep.Seconds
	}
	pct := 100 * again.Seconds() / first.Seconds()
	b.ReportMetric(first.Seconds()/float64(b.N), "first-s")
	b.ReportMetric(again.Seconds()/float64(b.N)*1000, "rerun-ms")
	b.ReportMetric(inproc/float64(b.N)*1000, "rerun-inproc-ms")
	b.ReportMetric(pct, "rerun-%")
	if pct > 2 {
		b.Errorf("re-run took %.2f%% of the first run (%.1f ms, %.1f ms in process, of %.2f s), want <= 2%%",
			pct, again.Seconds()/float64(b.N)*1000, inproc/float64(b.N)*1000, first.Seconds()/float64(b.N))
	}
}

// BenchmarkRerun: 200 generated text dumps, a sixth of them Chinese.
func BenchmarkRerun(b *testing.B) {
	in := filepath.Join(b.TempDir(), "in")
	genCorpus(b, in, 200, 6, 21)
	benchRerun(b, []string{in}, "--jobs", "2")
}

// BenchmarkRerunDevCorpus: the shared dev corpus, text dumps and PDFs.
func BenchmarkRerunDevCorpus(b *testing.B) {
	in := filepath.Join("..", "..", "shared", "corpus", "dev", "input")
	if _, err := os.Stat(in); err != nil {
		b.Skip("../shared is absent: the dev corpus benchmark needs it")
	}
	benchRerun(b, []string{in}, "--jobs", "2", "--include", "*.txt", "--include", "*.pdf", "--exclude", "*.scan.pdf")
}
