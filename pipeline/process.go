package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"newsprint/ocr"
	"newsprint/ocrxml"
	"newsprint/page"
	"newsprint/pdftext"
	"newsprint/reflow"
	"newsprint/result"
	"newsprint/scan"
	"newsprint/segment"
	"newsprint/segment/dump"
	"newsprint/segment/layout"
	"newsprint/textdump"
)

// ErrUnsupported is returned for inputs whose format newsprint cannot read (yet).
var ErrUnsupported = errors.New("not supported")

// Options are the per-run settings that affect the output of a file. They
// take part in the incremental-state key: changing one redoes the file.
type Options struct {
	// Lang is the Tesseract language string ("chi_sim+eng"); "" picks per page.
	Lang string
	// MaxPixels limits the size of one page image (0: scan.DefaultMaxPixels).
	MaxPixels int64
	// OCRTimeout bounds the OCR of one page (0: ocr.DefaultTimeout).
	OCRTimeout time.Duration
	// Encoding is the encoding of text dumps (textdump.EncodingName);
	// "" detects each one's. Left out of the state's keys when "", so
	// that they stay those of runs before the option existed.
	Encoding string `json:",omitempty"`
}

// Worker processes files one at a time. Each worker goroutine owns one; it
// holds per-worker resources such as the OCR client.
type Worker struct {
	Opts Options
	// KeepScans keeps each OCR page's image in its Scan (for drawing it);
	// otherwise it is dropped once the text is read, so that a document
	// of many scanned pages holds one decoded image at a time.
	KeepScans bool
	ocr       *ocr.Engine  // created on the first scanned page
	helpers   *ocr.Helpers // nil: the worker reads every page alone
}

// NewWorker returns a worker with the given options.
func NewWorker(opts Options) *Worker { return &Worker{Opts: opts} }

// Close releases the worker's resources.
func (w *Worker) Close() error {
	if w.ocr != nil {
		return w.ocr.Close()
	}
	return nil
}

// Format returns the schema format name for a file path, "" when unknown.
func Format(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt":
		return "txt"
	case ".pdf":
		return "pdf"
	case ".png":
		return "png"
	case ".jpg", ".jpeg":
		return "jpeg"
	case ".tif", ".tiff":
		return "tiff"
	case ".jp2", ".j2k", ".jpx":
		return "jp2"
	case ".xml", ".alto":
		return "alto"
	case ".hocr", ".html", ".htm":
		return "hocr"
	}
	return ""
}

// Process reads one input file and runs every stage on it: source → page
// model → segmentation → reflow. rel is the path recorded in the output.
func (w *Worker) Process(ctx context.Context, path, rel string) (*result.Document, error) {
	doc, _, err := w.process(ctx, path, rel)
	return doc, err
}

// process is Process that also returns the file's info as it was read
// (nil when it was not read), which the batch records.
func (w *Worker) process(ctx context.Context, path, rel string) (*result.Document, fs.FileInfo, error) {
	format := Format(path)
	if format == "" {
		return nil, nil, fmt.Errorf("%s: unknown file type: %w", rel, ErrUnsupported)
	}
	data, st, err := readRegular(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", rel, err)
	}
	sum := sha256.Sum256(data)
	doc, err := w.read(ctx, format, data)
	if err != nil {
		return nil, st, fmt.Errorf("%s: %w", rel, err)
	}
	out := &result.Document{
		Schema: result.SchemaID,
		Source: result.Source{File: filepath.ToSlash(rel), SHA256: hex.EncodeToString(sum[:]), Format: format},
		Pages:  []result.Page{},
	}
	for i := range doc.Pages {
		if err := ctx.Err(); err != nil {
			return nil, st, err
		}
		p := &doc.Pages[i]
		var l segment.Layout
		if p.HasGeometry() {
			l = layout.Segment(p)
		} else {
			l = dump.Segment(p)
		}
		out.Pages = append(out.Pages, reflow.Page(p, &l))
	}
	return out, st, nil
}

// readRegular reads a regular file and returns its info as opened.
// Discovery checked the kind already, but the file may have been replaced
// since (a nightly tree is live): a named pipe would block the worker
// until --timeout, a device never end.
func readRegular(path string) ([]byte, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if err := notRegular(st); err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	buf.Grow(int(st.Size()) + 512)
	if _, err := buf.ReadFrom(f); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), st, nil
}

// read runs the source stage for one format.
func (w *Worker) read(ctx context.Context, format string, data []byte) (*page.Document, error) {
	switch format {
	case "txt":
		return textdump.ReadWith(data, textdump.Options{Encoding: w.Opts.Encoding})
	case "alto":
		return ocrxml.ReadALTO(data)
	case "hocr":
		return ocrxml.ReadHOCR(data)
	case "pdf":
		doc, err := pdftext.ReadWith(data, pdftext.Options{MaxPixels: w.Opts.MaxPixels})
		if err != nil {
			return nil, err
		}
		return doc, w.ocrPages(ctx, doc)
	case "png", "jpeg", "tiff", "jp2":
		doc, err := scan.Read(data, format, scan.Options{MaxPixels: w.Opts.MaxPixels})
		if err != nil {
			return nil, err
		}
		return doc, w.ocrPages(ctx, doc)
	}
	return nil, fmt.Errorf("%s input: %w yet", format, ErrUnsupported)
}

// ocrPages reads the text of every page that is a scan without text; on
// spare cores, some at once (ocr.Engine.Pages).
func (w *Worker) ocrPages(ctx context.Context, doc *page.Document) error {
	var scans []*page.Page
	for i := range doc.Pages {
		if ocr.NeedsOCR(&doc.Pages[i]) {
			scans = append(scans, &doc.Pages[i])
		}
	}
	if len(scans) == 0 {
		return nil
	}
	if w.ocr == nil {
		w.ocr = ocr.New(ocr.Options{Lang: w.Opts.Lang, Timeout: w.Opts.OCRTimeout, Helpers: w.helpers})
	}
	return w.ocr.Pages(ctx, scans, func(p *page.Page) {
		if !w.KeepScans {
			p.Scan.Data, p.Scan.Image = nil, nil // the DPI stays, for export
		}
	})
}
