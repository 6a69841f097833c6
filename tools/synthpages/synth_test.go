package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"newsprint/pdftext"
)

// squeeze drops white space and hyphens: what is left of a text whatever
// the line breaks, justification and hyphenation did to it.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '　' || r == '□' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}

// TestPagesPrintTheirTruth composes pages from invented articles and checks
// that every headline, byline, caption and paragraph the truth records was
// printed, in that order within its article, and that the page is a PDF.
func TestPagesPrintTheirTruth(t *testing.T) {
	pages(t, 6, func(name string, c *canvas, p page) {
		var printed strings.Builder
		for _, it := range c.items {
			printed.WriteString(squeeze(it.text))
		}
		all := printed.String()
		if len(p.Articles) == 0 {
			t.Fatalf("%s: no article placed", name)
		}
		for _, a := range p.Articles {
			at := strings.Index(all, squeeze(a.Headline))
			if at < 0 {
				t.Errorf("%s: headline %q not printed", name, a.Headline)
				continue
			}
			rest := all[at:]
			for _, s := range append(append([]string{a.Byline}, a.Captions...), a.Paragraphs...) {
				if !strings.Contains(rest, squeeze(s)) {
					t.Errorf("%s: %q of %q not printed after its headline", name, s, a.Headline)
				}
			}
			// The invented captions all credit a photographer, in capitals in English.
			if len(a.Captions) > 0 && !slices.ContainsFunc(a.Authors, func(au author) bool { return au.Role == "photographer" }) {
				t.Errorf("%s: %q has a caption but no photographer in %v", name, a.Headline, a.Authors)
			}
			if len(a.BBox) != 4 || a.BBox[2] <= a.BBox[0] || a.BBox[3] <= a.BBox[1] {
				t.Errorf("%s: %q has bbox %v", name, a.Headline, a.BBox)
			}
		}
		if pdf := c.pdf(); !strings.HasPrefix(string(pdf), "%PDF-") || !strings.HasSuffix(string(pdf), "%%EOF\n") {
			t.Errorf("%s: not a PDF", name)
		}
	})
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

// pages composes pages from the invented articles for seeds 1..n of both
// languages.
func pages(t *testing.T, n uint64, each func(name string, c *canvas, p page)) {
	t.Helper()
	pool, err := readArticles("testdata/truth")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for seed := uint64(1); seed <= n; seed++ {
			c, p := compose(rand.New(rand.NewPCG(seed, 9)), lang == "zh", pool[lang])
			each(fmt.Sprintf("%s seed %d", lang, seed), c, p)
		}
	}
}

// TestColumnRulesStayInTheirRow: a vertical rule never crosses a rule
// across the page (under a row of stories, over a section).
func TestColumnRulesStayInTheirRow(t *testing.T) {
	vertical := 0
	pages(t, 40, func(name string, c *canvas, p page) {
		for _, v := range c.rules {
			if v.x1 != v.x2 {
				continue
			}
			vertical++
			for _, h := range c.rules {
				if h.y1 == h.y2 && h.x1 < v.x1 && v.x1 < h.x2 && v.y1 < h.y1 && h.y1 < v.y2 {
					t.Errorf("%s: rule at x %.1f from %.1f to %.1f crosses the rule at y %.1f", name, v.x1, v.y1, v.y2, h.y1)
				}
			}
		}
	})
	if vertical == 0 {
		t.Fatal("no page drew a column rule")
	}
}

// TestKickerAlignsWithHeadline: a kicker is flush left over a flush-left
// headline and centred over a centred one.
func TestKickerAlignsWithHeadline(t *testing.T) {
	centred := 0
	pages(t, 40, func(name string, c *canvas, p page) {
		for _, a := range p.Articles {
			if a.Kicker == "" {
				continue
			}
			k := slices.IndexFunc(c.items, func(it item) bool { return inside(it, a) && strings.HasPrefix(squeeze(a.Kicker), squeeze(it.text)) })
			h := slices.IndexFunc(c.items, func(it item) bool { return inside(it, a) && strings.HasPrefix(squeeze(a.Headline), squeeze(it.text)) })
			if k < 0 || h < 0 {
				t.Errorf("%s: kicker or headline of %q not printed", name, a.Headline)
				continue
			}
			mid := func(it item) float64 {
				return it.x + (width(it.text, it.font, it.size)+it.tc*float64(utf8.RuneCountInString(it.text)-1))/2
			}
			ki, hi := c.items[k], c.items[h]
			switch {
			case math.Abs(hi.x-a.BBox[0]) < 0.01:
				if math.Abs(ki.x-hi.x) > 0.01 {
					t.Errorf("%s: kicker %q at x %.1f over flush-left headline at %.1f", name, a.Kicker, ki.x, hi.x)
				}
			default:
				centred++
				if math.Abs(mid(ki)-mid(hi)) > 0.5 {
					t.Errorf("%s: kicker %q centred on %.1f, its centred headline on %.1f", name, a.Kicker, mid(ki), mid(hi))
				}
			}
		}
	})
	if centred == 0 {
		t.Fatal("no page centred a headline under a kicker")
	}
}

// inside tells whether it is a line of text in a's box.
func inside(it item, a article) bool {
	return it.text != "" && it.x >= a.BBox[0]-0.01 && it.x < a.BBox[2] && it.top >= a.BBox[1]-0.01 && it.top < a.BBox[3]
}

// TestColumnBreaks: dealing a story's lines into columns never ends a
// column with a crosshead or a credit over the text, nor leaves a
// paragraph's last line alone at a column top.
func TestColumnBreaks(t *testing.T) {
	m := &composer{zh: true, size: 10, lead: 13, colW: 100, bodyFont: song}
	cr := credit{form: atColumnTop, lines: []string{"本报记者 周敏"}}
	lines := m.setBody([]para{
		{text: "据介绍，新码头共有四个泊位，年吞吐能力可达三百万吨，可停靠大型货轮。"},
		{text: "出行更便利", cross: true},
		{text: "以前坐车要走半小时，现在出门就有站台。一位居民说，线路加密后，早高峰等车的时间少了一半。"},
		{text: "夜间班次将增加", cross: true},
		{text: "公交公司表示，下月起夜间班次将增加，末班车推迟到二十三点。"},
	}, cr)
	tops := []float64{0, 0, 0}
	dealt := 0
	for b := m.lead; b < 20*m.lead; b++ {
		counts, ok := m.deal(lines, tops, b)
		if !ok {
			continue
		}
		dealt++
		i := 0
		for c, n := range counts[:len(counts)-1] {
			i += n
			if n == 0 || i == len(lines) {
				continue
			}
			if lines[i-1].keep {
				t.Errorf("bottom %.0f: column %d ends with %q, kept with the next line", b, c, lines[i-1].text())
			}
			if lines[i].last && !lines[i].first {
				t.Errorf("bottom %.0f: column %d opens with %q, a paragraph's last line", b, c+1, lines[i].text())
			}
		}
		total := 0
		for _, n := range counts {
			total += n
		}
		if total != len(lines) {
			t.Errorf("bottom %.0f: %d of %d lines dealt", b, total, len(lines))
		}
	}
	if dealt == 0 {
		t.Fatal("the lines never fitted")
	}
}

// TestUncreditedAuthors: a correspondent without a reporter is not
// printed on Chinese pages, so the truth names no author.
func TestUncreditedAuthors(t *testing.T) {
	m := &composer{zh: true, rng: rand.New(rand.NewPCG(1, 1))}
	var a article
	cr := m.credit(article{Authors: []author{{Name: "吴青", Role: "correspondent"}}}, &a)
	if cr.form != noCredit || a.Byline != "" || len(a.Authors) != 0 {
		t.Errorf("credit form %d, byline %q, authors %v; want nothing", cr.form, a.Byline, a.Authors)
	}
}

// TestCreditOverPhoto: a credit line of its own is printed above a photo
// in its column, next to its headline, never under the photo.
func TestCreditOverPhoto(t *testing.T) {
	checked := 0
	pages(t, 60, func(name string, c *canvas, p page) {
		for _, a := range p.Articles {
			// Run-in credits (本报讯…, 本报北京…电) open the text, under a photo or not.
			if a.Byline == "" || len(a.Captions) == 0 || strings.HasPrefix(a.Byline, "本报") && !strings.HasPrefix(a.Byline, "本报记者") {
				continue
			}
			for _, it := range c.items {
				if !inside(it, a) || !strings.HasPrefix(squeeze(a.Byline), squeeze(it.text)) {
					continue
				}
				for _, r := range c.rects {
					if r.fill && r.x <= it.x+0.01 && it.x < r.x+r.w && r.y >= a.BBox[1] && r.y < a.BBox[3] {
						checked++
						if it.top > r.y {
							t.Errorf("%s: credit %q at y %.1f under the photo at %.1f", name, it.text, it.top, r.y)
						}
					}
				}
			}
		}
	})
	if checked == 0 {
		t.Fatal("no page printed a credit in a photo's column")
	}
}

// TestTextStaysApart: no line of text runs into another (a masthead into
// its ear, a credit into the next story) or past the page's margin by more
// than a hanging punctuation mark.
func TestTextStaysApart(t *testing.T) {
	box := func(it item) [4]float64 {
		w := width(it.text, it.font, it.size) + it.tc*float64(utf8.RuneCountInString(it.text)-1)
		return [4]float64{it.x, it.top, it.x + w, it.top + it.size}
	}
	pages(t, 60, func(name string, c *canvas, p page) {
		for i, a := range c.items {
			ba := box(a)
			if ba[2] > pageW-margin+a.size {
				t.Errorf("%s: %q runs to x %.1f", name, a.text, ba[2])
			}
			for _, b := range c.items[i+1:] {
				bb := box(b)
				if a.text != "" && b.text != "" && ba[0] < bb[2]-1 && ba[2] > bb[0]+1 && ba[1] < bb[3]-1 && ba[3] > bb[1]+1 {
					t.Errorf("%s: %q runs into %q", name, a.text, b.text)
				}
			}
		}
	})
}

// TestSoftHyphens: soft hyphens go between syllables of longer lower-case
// words, leave at least two letters on each side, never split th/ch/…,
// and take nothing away.
func TestSoftHyphens(t *testing.T) {
	for in, want := range map[string]string{
		"making windows":          "ma\u00adking win\u00addows",
		"the other, (finished)":   "the other, (fi\u00adnished)",
		"Officials mother nation": "Of\u00adfi\u00adcials mother na\u00adtion",
		"BBC London 2019 x":       "BBC Lon\u00addon 2019 x",
	} {
		got := softHyphens(in)
		if got != want {
			t.Errorf("softHyphens(%q) = %q, want %q", in, got, want)
		}
		if strings.ReplaceAll(got, shy, "") != in {
			t.Errorf("softHyphens(%q) changed the text: %q", in, got)
		}
	}
}

// TestType3Fonts: a type3 page wraps its text font in Type 3 subsets
// coded from a blank (Chinese pages need several), English body text
// carries soft hyphens; the product's PDF reader reads every printed
// character back through the ToUnicode maps.
func TestType3Fonts(t *testing.T) {
	seen := map[bool]int{}
	pages(t, 12, func(name string, c *canvas, p page) {
		if c.type3 == 0 {
			return
		}
		seen[c.zh]++
		pdf := c.pdf()
		subsets := strings.Count(string(pdf), "/Subtype /Type3")
		if subsets == 0 || strings.Count(string(pdf), "/Differences [0 /g0 ") != subsets {
			t.Fatalf("%s: %d Type 3 fonts, not all coded from a blank", name, subsets)
		}
		var printed, body strings.Builder
		for _, it := range c.items {
			printed.WriteString(squeeze(it.text))
			if it.font == roman {
				body.WriteString(it.text)
			}
		}
		if !c.zh && !strings.Contains(body.String(), shy) {
			t.Errorf("%s: no soft hyphen printed in the body", name)
		}
		d, err := pdftext.Read(pdf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var read strings.Builder
		for _, l := range d.Pages[0].Lines {
			read.WriteString(squeeze(l.Text))
		}
		if multiset(read.String()) != multiset(printed.String()) {
			t.Errorf("%s: the PDF reads back as other characters than were printed", name)
		}
	})
	if seen[true] == 0 || seen[false] == 0 {
		t.Fatalf("type3 pages: %d Chinese, %d English; want both", seen[true], seen[false])
	}
}

// multiset returns the characters of s sorted: the same for two texts
// that differ only in order.
func multiset(s string) string {
	rs := []rune(s)
	slices.Sort(rs)
	return string(rs)
}

// TestDumpTraits: pdftotext dumps pages with each dump trait as dev
// pages come out: Chinese lines of several columns on one dump line (narrow
// gutters on a grid), each Chinese line a block of its own (open leading:
// blank lines between them), English cut into one-word lines (the Type 3
// body font); and without the trait (-plain) as plain dumps.
func TestDumpTraits(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	dump := func(c *canvas) []string {
		in := filepath.Join(dir, "p.pdf")
		if err := os.WriteFile(in, c.pdf(), 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command("pdftotext", in, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(string(out), "\n")
	}
	blank := func(l string) bool { return strings.TrimSpace(l) == "" }
	// share is the share of lines that f tells (of the text lines, unless
	// f tells blank lines).
	share := func(lines []string, f func(string) bool) float64 {
		n, k := 0, 0
		for _, l := range lines {
			if blank(l) && !f(l) {
				continue
			}
			n++
			if f(l) {
				k++
			}
		}
		return float64(k) / float64(n)
	}
	multi := func(l string) bool { // several runs of Chinese text
		n := 0
		for _, f := range strings.Fields(l) {
			if utf8.RuneCountInString(f) >= 4 {
				n++
			}
		}
		return n >= 2
	}
	oneWord := func(l string) bool { return len(strings.Fields(l)) == 1 }
	hasShy := func(l string) bool { return strings.Contains(strings.TrimSuffix(l, shy+"-"), shy) }
	for _, tc := range []struct {
		trait, lang string
		is          func(m *composer) bool
		stat        func(string) bool
		with, gain  float64 // mean share with the trait, and its least gain over -plain
	}{
		{"type3", "zh", func(m *composer) bool { return m.c.type3 != 0 && m.grid }, multi, 0.3, 0.1},
		{"gutter", "zh", func(m *composer) bool { return m.c.type3 != 0 && m.grid }, multi, 0.3, 0.05},
		{"leading", "zh", func(m *composer) bool { return m.lead >= 1.5*m.size && m.c.type3 == 0 }, blank, 0.25, 0.1},
		{"type3", "en", func(m *composer) bool { return m.c.type3 == ' ' }, oneWord, 0.5, 0.2},
		// Soft hyphens inside words on pages that dump as whole lines.
		{"shy", "en", func(m *composer) bool { return m.c.type3 == enSpace }, hasShy, 0.15, 0.15},
	} {
		pool, err := readArticles("testdata/truth")
		if err != nil {
			t.Fatal(err)
		}
		n, with, without := 0, 0.0, 0.0
		for seed := uint64(1); seed <= 30 && n < 6; seed++ {
			m := newComposer(rand.New(rand.NewPCG(seed, 9)), tc.lang == "zh", pool[tc.lang])
			if !tc.is(m) {
				continue
			}
			n++
			c, _ := compose(rand.New(rand.NewPCG(seed, 9)), tc.lang == "zh", pool[tc.lang])
			with += share(dump(c), tc.stat)
			plain[tc.trait] = true
			c, _ = compose(rand.New(rand.NewPCG(seed, 9)), tc.lang == "zh", pool[tc.lang])
			delete(plain, tc.trait)
			without += share(dump(c), tc.stat)
		}
		if n == 0 {
			t.Errorf("no %s page of seeds 1-30 drew %s", tc.lang, tc.trait)
			continue
		}
		with, without = with/float64(n), without/float64(n)
		t.Logf("%s %s: %.2f of the dumps' lines, %.2f without it (%d pages)", tc.lang, tc.trait, with, without, n)
		if with < tc.with || with-without < tc.gain {
			t.Errorf("%s %s: %.2f of the dumps' lines show it (%.2f without it) on %d pages, want at least %.2f and %.2f more",
				tc.lang, tc.trait, with, without, n, tc.with, tc.gain)
		}
	}
}

// TestType3Subsets: text of more characters than one Type 3 font codes is
// spread over subsets, switched within a line, and reads back whole.
func TestType3Subsets(t *testing.T) {
	c := &canvas{w: 600, h: 800, zh: true, type3: ideoSpace}
	var all strings.Builder
	for i := range 20 {
		var line strings.Builder
		for j := range 30 {
			line.WriteRune(rune(0x4E00 + i*30 + j)) // 600 distinct ideographs
		}
		all.WriteString(line.String())
		c.items = append(c.items, item{x: 20, top: 20 + 15*float64(i), size: 10, font: song, text: line.String()})
	}
	pdf := c.pdf()
	if n := strings.Count(string(pdf), "/Subtype /Type3"); n != 3 {
		t.Errorf("600 characters in %d Type 3 fonts, want 3 of up to 255 and a blank", n)
	}
	d, err := pdftext.Read(pdf)
	if err != nil {
		t.Fatal(err)
	}
	var read strings.Builder
	for _, l := range d.Pages[0].Lines {
		read.WriteString(l.Text)
	}
	if read.String() != all.String() {
		t.Errorf("read back %d characters, want the 600 printed", utf8.RuneCountInString(read.String()))
	}
}

// TestAdvertForms: adverts come in several forms (not one template a rule
// could learn), and each prints its truth text inside its box.
func TestAdvertForms(t *testing.T) {
	titles := map[bool]map[string]bool{true: {}, false: {}}
	pages(t, 60, func(name string, c *canvas, p page) {
		for _, b := range p.Blocks {
			if b.Kind != "advert" {
				continue
			}
			var in strings.Builder
			for _, it := range c.items {
				if it.x >= b.BBox[0] && it.x < b.BBox[2] && it.top >= b.BBox[1] && it.top < b.BBox[3] {
					in.WriteString(squeeze(it.text))
				}
			}
			if in.String() != squeeze(b.Text) {
				t.Errorf("%s: advert %q printed as %q", name, b.Text, in.String())
			}
			titles[c.zh][strings.Fields(b.Text)[0]] = true // the title's first word
		}
	})
	for zh, ts := range titles {
		if len(ts) < 4 {
			t.Errorf("Chinese %v: adverts of %d forms %v, want at least 4", zh, len(ts), ts)
		}
	}
}
