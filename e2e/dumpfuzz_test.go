package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsprint/export"
	"newsprint/export/schema"
	"newsprint/reflow"
	"newsprint/result"
	"newsprint/segment/dump"
	"newsprint/textdump"
)

// dumpDoc runs the dump path on data as pipeline.Process does for a .txt
// input: text dump → page model → dump segmenter → reflow.
func dumpDoc(data []byte) (*result.Document, error) {
	doc, err := textdump.Read(data)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	src := result.Source{File: "fuzz.txt", SHA256: hex.EncodeToString(sum[:]), Format: "txt"}
	out := &result.Document{Schema: result.SchemaID, Source: src, Pages: []result.Page{}}
	for i := range doc.Pages {
		p := &doc.Pages[i]
		l := dump.Segment(p)
		out.Pages = append(out.Pages, reflow.Page(p, &l))
	}
	return out, nil
}

// FuzzDumpPath runs the whole dump path and the JSON export on arbitrary
// bytes: no panic, schema-valid UTF-8 JSON, and every character of the
// articles and blocks taken from the input, none more often than there.
func FuzzDumpPath(f *testing.F) {
	for _, glob := range []string{filepath.Join(samples, "*.txt"), "../textdump/testdata/*.txt"} {
		files, _ := filepath.Glob(glob)
		for _, name := range files {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("Headline\n\nBy Ann Lee\n\nBody text of the story.\fPage two\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := dumpDoc(data)
		if err != nil {
			return // textdump's errors are its own fuzz test's
		}
		js, err := export.JSON(doc)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(js) {
			t.Fatal("JSON output is not UTF-8")
		}
		if err := schema.Validate(js); err != nil {
			t.Fatalf("output not schema-valid: %v", err)
		}
		var back result.Document
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		text, err := textdump.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		avail := runeCounts(text)
		take := func(what, s string) {
			if !utf8.ValidString(s) {
				t.Fatalf("%s: invalid UTF-8 %q", what, s)
			}
			for r, n := range runeCounts(s) {
				if avail[r] -= n; avail[r] < 0 {
					t.Fatalf("%s %q has %q more often than the input", what, s, r)
				}
			}
		}
		for _, p := range back.Pages {
			for _, a := range p.Articles {
				take("kicker", a.Kicker)
				take("headline", a.Headline)
				for _, s := range a.Subheadlines {
					take("deck", s)
				}
				take("byline", a.Byline)
				for _, s := range a.Paragraphs {
					take("paragraph", s)
				}
				for _, s := range a.Captions {
					take("caption", s)
				}
			}
			for _, b := range p.Blocks {
				take(b.Kind+" block", b.Text)
			}
		}
		// Author names come from the byline, already counted, and may
		// be recased (MARIA LOPEZ: Maria Lopez).
		in := runeCounts(strings.ToLower(text))
		for _, p := range back.Pages {
			for _, a := range p.Articles {
				for _, au := range a.Authors {
					for r := range runeCounts(strings.ToLower(au.Name)) {
						if in[r] == 0 {
							t.Fatalf("author %q has %q, which the input has not", au.Name, r)
						}
					}
				}
			}
		}
	})
}

// runeCounts counts the characters of s other than white space.
func runeCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r]++
		}
	}
	return m
}
