package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// squeeze drops white space and hyphens: what is left of a text whatever
// the line breaks, justification and hyphenation did to it.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '　' || r == '□' {
			return -1
		}
		return r
	}, s)
}

// TestPagesPrintTheirTruth composes pages from invented articles and checks
// that every headline, byline, caption and paragraph the truth records was
// printed, in that order within its article, and that the page is a PDF.
func TestPagesPrintTheirTruth(t *testing.T) {
	pool, err := readArticles("testdata/truth")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for seed := uint64(1); seed <= 6; seed++ {
			c, p := compose(rand.New(rand.NewPCG(seed, 9)), lang == "zh", pool[lang])
			var printed strings.Builder
			for _, it := range c.items {
				printed.WriteString(squeeze(it.text))
			}
			all := printed.String()
			if len(p.Articles) == 0 {
				t.Fatalf("%s seed %d: no article placed", lang, seed)
			}
			for _, a := range p.Articles {
				at := strings.Index(all, squeeze(a.Headline))
				if at < 0 {
					t.Errorf("%s seed %d: headline %q not printed", lang, seed, a.Headline)
					continue
				}
				rest := all[at:]
				for _, s := range append(append([]string{a.Byline}, a.Captions...), a.Paragraphs...) {
					if !strings.Contains(rest, squeeze(s)) {
						t.Errorf("%s seed %d: %q of %q not printed after its headline", lang, seed, s, a.Headline)
					}
				}
				// The invented captions all credit a photographer, in capitals in English.
				if len(a.Captions) > 0 && !slices.ContainsFunc(a.Authors, func(au author) bool { return au.Role == "photographer" }) {
					t.Errorf("%s seed %d: %q has a caption but no photographer in %v", lang, seed, a.Headline, a.Authors)
				}
				if len(a.BBox) != 4 || a.BBox[2] <= a.BBox[0] || a.BBox[3] <= a.BBox[1] {
					t.Errorf("%s seed %d: %q has bbox %v", lang, seed, a.Headline, a.BBox)
				}
			}
			if pdf := c.pdf(); !strings.HasPrefix(string(pdf), "%PDF-1.4") || !strings.HasSuffix(string(pdf), "%%EOF\n") {
				t.Errorf("%s seed %d: not a PDF", lang, seed)
			}
		}
	}
}

// TestBreakZh checks that broken lines keep every character, fit their
// width (but for hanging punctuation) and never start with closing
// punctuation.
func TestBreakZh(t *testing.T) {
	text := "据介绍，新码头共有四个泊位，年吞吐能力可达300万吨。“以前坐车要走半小时，现在出门就有站台。”一位居民说。"
	lines := breakZh(zhUnits(text, false), 10, 55, 20)
	var got strings.Builder
	for i, l := range lines {
		s := l.text()
		got.WriteString(s)
		first, _ := utf8.DecodeRuneInString(s)
		if i > 0 && strings.ContainsRune(closing, first) {
			t.Errorf("line %d %q starts with closing punctuation", i, s)
		}
		w := width(s, song, 10)
		if i == 0 {
			w += 20
		}
		last, _ := utf8.DecodeLastRuneInString(s)
		if w > 55.01 && !strings.ContainsRune(closing, last) {
			t.Errorf("line %d %q is %.1f wide, more than 55", i, s, w)
		}
		if l.last != (i == len(lines)-1) {
			t.Errorf("line %d: last = %v", i, l.last)
		}
	}
	if got.String() != text {
		t.Errorf("lines join to %q, want %q", got.String(), text)
	}
}

// TestBreakEn checks that hyphenated lines rejoin to the paragraph.
func TestBreakEn(t *testing.T) {
	text := "Officials said the reconstruction would let considerably larger ferries dock at low tide, whatever the weather."
	lines := breakEn(text, roman, 9, 70, 9, true)
	var words []string
	hyphens := 0
	for _, l := range lines {
		s := joinWords(l)
		if width(s, roman, 9) > 70.01 {
			t.Errorf("line %q wider than 70", s)
		}
		if l.hyphen {
			hyphens++
			s = strings.TrimSuffix(s, "-") + "\x00"
		}
		words = append(words, s)
	}
	got := strings.ReplaceAll(strings.Join(words, " "), "\x00 ", "")
	if got != text {
		t.Errorf("lines rejoin to %q, want %q", got, text)
	}
	if hyphens == 0 {
		t.Errorf("no line was hyphenated in %d lines", len(lines))
	}
}

// TestWrapHeadKeepsText: a Chinese heading broken between words keeps its
// characters as written (gse lowers Latin letters).
func TestWrapHeadKeepsText(t *testing.T) {
	m := &composer{zh: true}
	head := "武汉5G产业发展C919试飞"
	var got strings.Builder
	for _, l := range m.wrapHead(head, song, 20, 90) {
		got.WriteString(l.text())
	}
	if got.String() != head {
		t.Errorf("heading set as %q, want %q", got.String(), head)
	}
}
