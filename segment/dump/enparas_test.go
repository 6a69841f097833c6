package dump

import (
	"strings"
	"testing"

	"newsprint/reflow"
)

// In a dump that prints most words one to a line, a paragraph's first
// line comes whole after a blank line: a line of several words opening
// with a capitalised opener starts a paragraph. A name opening such a
// line, or a line of three words, does not.
func TestScatteredParagraphStarts(t *testing.T) {
	var b strings.Builder
	b.WriteString(wordBlockOpening())
	// Mid-piece (no sentence ends before them): the paragraph start, then
	// a name and a short line opening dump lines after blank lines.
	b.WriteString("The council said the work would\n\nstart\n\nin\n\nspring\n\n")
	b.WriteString("Anna Price told the meeting that\n\nfishing\n\nboats\n\nneed\n\nroom\n\n")
	b.WriteString("It was agreed\n\nby\n\nall.\n")
	paras := wordBlockParagraphs(t, b.String())
	starts := map[string]bool{}
	for _, q := range paras {
		starts[strings.Join(strings.Fields(q)[:min(3, len(strings.Fields(q)))], " ")] = true
	}
	if !starts["Plans for a"] || !starts["The council said"] {
		t.Errorf("paragraphs %q: want ones opening with %q and %q", paras, "Plans for a", "The council said")
	}
	if starts["Anna Price told"] || starts["It was agreed"] {
		t.Errorf("paragraphs %q: a name or a line of three words opened one", paras)
	}
	if len(paras) != 2 {
		t.Errorf("%d paragraphs, want 2: %q", len(paras), paras)
	}
}

// wordBlockOpening is the opening of an invented page that pdftotext
// printed word by word: a headline, a byline, a first sentence a word
// to a line, and justified lines kept whole.
func wordBlockOpening() string {
	var b strings.Builder
	b.WriteString("Harbour wall plan wins backing\nBy ANN LEE\n\n")
	for _, w := range strings.Fields("Plans for a new harbour wall were approved on Tuesday after a long debate in the town hall, where fishermen and shop owners had asked for it for years because storms have flooded the quay three times since the spring of last year.") {
		b.WriteString(w + "\n\n")
	}
	// Justified lines the dump kept whole, mid-paragraph: lower-case starts.
	for i := 0; i < 6; i++ {
		for _, l := range []string{"the wall will guard the old quay", "against winter storms and will", "put forward two years ago and will", "cost less than the first"} {
			b.WriteString(l + "\n\n")
		}
		b.WriteString("design\n\n")
	}
	return b.String()
}

// wordBlockParagraphs segments a word-block page and returns the
// paragraphs of its one headed article.
func wordBlockParagraphs(t *testing.T, text string) []string {
	t.Helper()
	if s := classified("en", text); !s.wordBlocks {
		t.Fatal("not a word-block dump")
	}
	p := dumpPage("en", text)
	a := findArticle(t, Segment(p), "Harbour wall plan wins backing")
	var texts []string
	for _, ln := range p.Lines {
		texts = append(texts, ln.Text)
	}
	return reflow.Paragraphs(a.Body, reflow.NewVocab(texts))
}
