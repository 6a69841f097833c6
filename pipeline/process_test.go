package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsprint/internal/pdfgen"
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

// The pixel limit (--max-pixels) holds for a PDF's page image as for an
// image file: over it, the page is not handed to OCR and says why.
func TestMaxPixelsInPDF(t *testing.T) {
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, image.NewGray(image.Rect(0, 0, 200, 400)), nil); err != nil {
		t.Fatal(err)
	}
	d := pdfgen.New()
	img := d.Stream("/Type /XObject /Subtype /Image /Width 200 /Height 400 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", jb.Bytes())
	d.Page("q 144 0 0 288 0 0 cm /Im Do Q", fmt.Sprintf("<< /XObject << /Im %d 0 R >> >>", img), "")
	in := filepath.Join(t.TempDir(), "scan.pdf")
	if err := os.WriteFile(in, d.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	w := NewWorker(Options{MaxPixels: 79999})
	defer w.Close()
	doc, err := w.Process(context.Background(), in, "scan.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if ws := doc.Pages[0].Warnings; len(ws) != 1 || !strings.Contains(ws[0], "image size 200x400 out of range") {
		t.Errorf("warnings %q, want the 200×400 page image refused", ws)
	}
}
