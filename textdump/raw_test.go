package textdump_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"newsprint/reflow"
	"newsprint/segment/dump"
	"newsprint/textdump"
)

// articles reads a dump file and segments its first page into finished
// articles: headline → paragraphs.
func articles(t *testing.T, name string) (map[string][]string, []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := textdump.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	p := &doc.Pages[0]
	l := dump.Segment(p)
	res := reflow.Page(p, &l)
	got := map[string][]string{}
	var heads []string
	for _, a := range res.Articles {
		got[a.Headline] = a.Paragraphs
		heads = append(heads, a.Headline)
	}
	return got, heads
}

func TestStreamDumpChinese(t *testing.T) {
	got, heads := articles(t, "raw-zh.txt")
	want := map[string]int{"社区食堂开门迎客": 2}
	for h, n := range want {
		if len(got[h]) != n {
			t.Errorf("article %q: %d paragraphs %q, want %d (headlines %q)", h, len(got[h]), got[h], n, heads)
		}
	}
}

// TestStreamDumpLines: the syllable lines of a stream dump are joined
// into the lines they came from, and blocks part the headlines from the
// text; a default-mode dump (blank lines between blocks) is read as printed.
func TestStreamDumpLines(t *testing.T) {
	lines := func(name string) []string {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := textdump.Read(data)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, l := range doc.Pages[0].Lines {
			out = append(out, l.Text)
		}
		return out
	}
	en := lines("raw-en.txt")
	for _, l := range []string{"the win\u00adter months after a cam\u00ad\u2010", "local his\u00adto\u00adry books given by", "book\u00ading."} {
		if !slices.Contains(en, l) {
			t.Errorf("syllables not joined into %q: %q", l, en)
		}
	}
	// The dateline wider than the column and the headline stand apart
	// from the body: the headline's first line, as wide as the column,
	// stays with its short second line and the byline.
	for _, block := range [][]string{
		{"", "Tuesday, March 3, 2026 Page 4 Local News and Weather Price 90 cents", "Harbour ferry to run", "all winter", "By MARTHA QUINN", ""},
		{"", "Library opens new", "reading room", "By PETER HALE", ""},
	} {
		i := slices.Index(en, block[1])
		if i < 1 || i+len(block)-1 > len(en) || !slices.Equal(en[i-1:i-1+len(block)], block) {
			t.Errorf("no block %q in %q", block, en)
		}
	}
	data, err := os.ReadFile("testdata/default-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	if got := lines("default-zh.txt"); !slices.Equal(got[:len(want)], want) {
		t.Errorf("default-mode dump changed:\n%q\nwant\n%q", got, want)
	}
}
