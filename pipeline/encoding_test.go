package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsprint/result"
)

// --encoding reaches the text dump reader: what a dump is read as, and the
// warning saying so, follow it; a forced encoding the bytes do not fit
// fails the file, naming it; changing the option redoes the dumps only.
func TestEncodingOption(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	must(t, os.MkdirAll(in, 0o755))
	// Two Han characters as GB2312 and Big5 both have them: "啊年" or "陛爛".
	must(t, os.WriteFile(filepath.Join(in, "short.txt"), []byte("\xb0\xa1\xc4\xea\n"), 0o644))
	// Neither an hOCR file nor a PDF is a text dump: the option leaves them be.
	must(t, os.WriteFile(filepath.Join(in, "scan.hocr"), []byte(testHOCR), 0o644))
	pdf, err := os.ReadFile("../testdata/samples/en-ferry.pdf")
	must(t, err)
	must(t, os.WriteFile(filepath.Join(in, "ferry.pdf"), pdf, 0o644))
	out := filepath.Join(dir, "out")
	read := func(args ...string) (text string, warns []string) {
		t.Helper()
		if r := runNP(t, append([]string{"run", in, "-o", out}, args...)...); r.code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
		data, err := os.ReadFile(filepath.Join(out, "short.txt.json"))
		must(t, err)
		var doc result.Document
		must(t, json.Unmarshal(data, &doc))
		p := doc.Pages[0]
		for _, a := range p.Articles {
			text += a.Headline + strings.Join(a.Paragraphs, "")
		}
		for _, b := range p.Blocks {
			text += b.Text
		}
		return text, p.Warnings
	}
	text, warns := read()
	if text != "啊年" || len(warns) != 1 || !strings.Contains(warns[0], "read as GB18030") || !strings.Contains(warns[0], "Big5 fits them as well") {
		t.Errorf("auto: read %q, warnings %q", text, warns)
	}
	text, warns = read("--encoding", "big5")
	if text != "陛爛" || !slices.Equal(warns, []string{"text dump: read as Big5, as --encoding says"}) {
		t.Errorf("--encoding big5: read %q, warnings %q", text, warns)
	}
	if n := readReport(t, out).Processed; n != 1 {
		t.Errorf("--encoding big5 after auto: %d processed, want 1 (the text dump only)", n)
	}
	read("--encoding", "BIG5")
	if n := readReport(t, out).Processed; n != 0 {
		t.Errorf("--encoding BIG5 after big5: %d processed, want 0", n)
	}

	r := runNP(t, "run", in, "-o", out, "--encoding", "utf-8")
	rep := readReport(t, out)
	if r.code != 1 || len(rep.Failures) != 1 || !strings.HasSuffix(rep.Failures[0].File, "short.txt") || !strings.Contains(rep.Failures[0].Error, "not UTF-8") {
		t.Errorf("--encoding utf-8: exit %d, failures %+v", r.code, rep.Failures)
	}
	if r := runNP(t, "run", in, "-o", filepath.Join(dir, "o2"), "--encoding", "ebcdic"); r.code != 2 || !strings.Contains(r.stderr, `unknown encoding "ebcdic"`) {
		t.Errorf("--encoding ebcdic: exit %d\n%s", r.code, r.stderr)
	}
}
