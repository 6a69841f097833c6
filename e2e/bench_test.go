package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"newsprint/pipeline"
	"newsprint/wordseg"
)

// BenchmarkTextDump measures the whole text path (decode, segment, reflow)
// after start-up, on the dev corpus dumps when ../shared is there and on the
// bundled samples otherwise. It reports MB/s of input text.
func BenchmarkTextDump(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/dev/input/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(samples, "*.txt"))
	}
	var size int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	if err := wordseg.Load(); err != nil { // start-up cost, not throughput
		b.Fatal(err)
	}
	w := pipeline.NewWorker(pipeline.Options{})
	defer w.Close()
	b.SetBytes(size)
	b.ResetTimer()
	for range b.N {
		for _, f := range files {
			if _, err := w.Process(context.Background(), f, filepath.Base(f)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files)*b.N)/b.Elapsed().Seconds(), "files/s")
}
