package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInspectDrawsAPDFPage(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "samples", "en-ferry.pdf")
	if _, err := os.Stat(in); err != nil {
		t.Skip("sample PDF absent:", err)
	}
	out := filepath.Join(t.TempDir(), "page.svg")
	var stdout, stderr bytes.Buffer
	if rc := run([]string{"inspect", in, "--page", "1", "-o", out}, &stdout, &stderr); rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	n := map[string]int{}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("invalid SVG: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			n[se.Name.Local]++
		}
	}
	if n["svg"] != 1 || n["rect"] < 3 || n["text"] < 2 || !bytes.Contains(data, []byte(`class="article"`)) {
		t.Errorf("drawing lacks blocks or articles: %v", n)
	}
}

func TestInspectErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if rc := run([]string{"inspect"}, &stdout, &stderr); rc != 2 {
		t.Errorf("no arguments: rc %d", rc)
	}
	in := filepath.Join("..", "..", "testdata", "samples", "en-inside.txt")
	if _, err := os.Stat(in); err != nil {
		t.Skip("sample absent:", err)
	}
	stderr.Reset()
	out := filepath.Join(t.TempDir(), "x.svg")
	if rc := run([]string{"inspect", in, "--page", "9", "-o", out}, &stdout, &stderr); rc != 1 || !strings.Contains(stderr.String(), "no page 9") {
		t.Errorf("missing page: rc %d, %q", rc, stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("an SVG was written for a missing page")
	}
	stderr.Reset()
	if rc := run([]string{"inspect", "/nonexistent/file.pdf", "-o", out}, &stdout, &stderr); rc != 1 || !strings.Contains(stderr.String(), "file.pdf") {
		t.Errorf("missing file: rc %d, %q", rc, stderr.String())
	}
}
