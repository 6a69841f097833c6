package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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

// A file replaced by a named pipe after discovery is refused at once: read
// as a file, it would hold the worker until --timeout.
func TestProcessRefusesPipe(t *testing.T) {
	p := filepath.Join(t.TempDir(), "page.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := NewWorker(Options{}).Process(context.Background(), p, "page.txt")
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "page.txt: not a regular file (named pipe)") {
			t.Errorf("error %v, want page.txt: not a regular file (named pipe)", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Process blocked on a named pipe")
	}
}
