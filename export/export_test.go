package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	dst := filepath.Join(dir, "a", "b.json")
	if err := WriteFile(dst, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dst, []byte("two")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(dst)
	if string(got) != "two" {
		t.Fatalf("content %q", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(dst))
	if len(entries) != 1 {
		t.Fatalf("leftover files: %v", entries)
	}
	// A directory in the way makes the rename fail: the temp file must go.
	blocked := filepath.Join(dir, "dir.json")
	os.MkdirAll(filepath.Join(blocked, "x"), 0o755)
	if err := WriteFile(blocked, []byte("x")); err == nil {
		t.Fatal("rename over a non-empty directory succeeded")
	}
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), TempPrefix) {
			t.Fatalf("temp file left behind: %s", e.Name())
		}
	}
}
