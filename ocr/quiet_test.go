package ocr

import (
	"os"
	"syscall"
	"testing"
)

// Tesseract's notes ("Detected 14 diacritics") must not reach the
// process's stderr, where they would land between the run's log lines.
// small-g4.tif is a page that makes Tesseract write such a note.
func TestTesseractNotesSilenced(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved, err := syscall.Dup(2)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Dup2(int(f.Fd()), 2); err != nil {
		t.Fatal(err)
	}
	readPage(t, "chi_sim", "small-g4.tif", "tiff")
	if err := syscall.Dup2(saved, 2); err != nil {
		t.Fatal(err)
	}
	syscall.Close(saved)
	got, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > 0 {
		t.Errorf("Tesseract wrote %q on stderr", got)
	}
}
