package pipeline

import (
	"context"
	"testing"
)

// After OCR a page's image is dropped (its DPI kept for export), unless the
// worker is told to keep it.
func TestScanDroppedAfterOCR(t *testing.T) {
	const in = "../testdata/samples/zh-ferry-scan.png"
	for _, keep := range []bool{false, true} {
		w := NewWorker(Options{Lang: "chi_sim"})
		w.KeepScans = keep
		doc, err := w.Process(context.Background(), in, "zh-ferry-scan.png")
		w.Close()
		if err != nil {
			t.Fatal(err)
		}
		p := doc.Pages[0].Source
		if p == nil || p.Scan == nil || len(p.Lines) == 0 {
			t.Fatalf("keep=%v: page without scan or lines: %+v", keep, p)
		}
		if got := p.Scan.Data != nil; got != keep {
			t.Errorf("keep=%v: scan data kept = %v", keep, got)
		}
		if p.Scan.DPI <= 0 {
			t.Errorf("keep=%v: DPI lost: %v", keep, p.Scan.DPI)
		}
	}
}
