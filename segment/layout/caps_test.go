package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// enLine sets a Latin line on the scan from x0 to x1 (words spread as in a
// justified line, or centred in x0..x1 when centre is set), with the size
// OCR reports.
func (b *scanBuilder) enLine(text string, x0, y0, x1, ocrSize float64, centre bool) {
	b.enLineEm(text, x0, y0, x1, ocrSize, centre, 17)
}

// enLineEm is enLine with characters em px wide (body type: 17).
func (b *scanBuilder) enLineEm(text string, x0, y0, x1, ocrSize float64, centre bool, em float64) {
	ws := strings.Fields(text)
	chars := 0
	for _, w := range ws {
		chars += len(w)
	}
	gap := em / 2
	if !centre && len(ws) > 1 {
		gap = (x1 - x0 - em*float64(chars)) / float64(len(ws)-1)
	}
	width := em*float64(chars) + gap*float64(len(ws)-1)
	x := x0
	if centre {
		x = x0 + (x1-x0-width)/2
	}
	var words []page.Word
	var box page.Rect
	for _, w := range ws {
		r := b.tilted(page.Rect{X0: x, Y0: y0, X1: x + em*float64(len(w)), Y1: y0 + 30})
		words = append(words, page.Word{Text: w, Box: r, Confidence: 0.9})
		box = box.Union(r)
		x += em*float64(len(w)) + gap
	}
	b.p.Lines = append(b.p.Lines, page.Line{Text: strings.Join(ws, " "), Box: &box, Size: ocrSize, Conf: 0.9, Words: words})
}

// enColumn sets n justified body lines from y0 on a 37 px pitch, the
// first indented; OCR sizes wander, one line in six measured at 1.3 times
// the body's. It returns where the column ends.
func (b *scanBuilder) enColumn(word string, n int, x0, y0, x1 float64) float64 {
	for i := 0; i < n; i++ {
		b.jiter++
		size := 23.0
		if b.jiter%6 == 2 {
			size = 30
		}
		text := strings.TrimSpace(strings.Repeat(word+" text ", 3))
		left := x0
		if i == 0 {
			left += 30
		}
		b.enLine(text, left, y0+float64(i)*37, x1, size, false)
	}
	return y0 + float64(n)*37
}

// A dense page of narrow columns whose heads are capitals lines about the
// size of the body, each over a capitals deck and, for one, a summary set
// inset: every head opens an article with its decks, and the stories
// stacked in one column stay apart, also in a column that the rules either
// side of it frame like a box.
func TestCapitalsHeadsOnAScan(t *testing.T) {
	for _, deg := range []float64{0, 0.7} {
		b := newScan(deg)
		b.enLine("VOL. XIV. OLD PORT, MONDAY", 100, 100, 1300, 26, false)
		b.rule(100, 150, 1300, 6)
		type story struct {
			head, deck string
			summary    bool
			phrase     string // a one-line deck
			lines      int
		}
		cols := [][]story{
			{{"SMALLER LOAN FOR FLEETS", "TEXAS MAKER SAYS", false, "", 14}, {"PROFILE OF A MINISTER", "NAVAL YARD", true, "", 9}},
			{{"WINTER FLOODS IN THE NORTH", "RIVERS RISE AGAIN", true, "", 10}, {"ROAD PLANS DELAYED", "COUNCIL VOTE", false, "Plans Halted.", 12}},
		}
		want := map[string]int{}
		for c, stories := range cols {
			x0, x1 := 100+float64(c)*420, 480+float64(c)*420
			y := 180.0
			for _, st := range stories {
				// Bold capitals have no x-height: OCR sizes them small.
				b.enLine(st.head, x0, y, x1, 18, false)
				y += 57
				b.enLine(st.deck, x0, y, x1, 25, true)
				y += 70
				if st.summary {
					// OCR sizes the middle line up, which cuts the
					// summary into blocks.
					b.enLine("A short summary of the story", x0+25, y, x1-10, 23, false)
					b.enLine("that is centred", x0+25, y+37, x1-10, 31, true)
					b.enLine("set in from the edge.", x0+25, y+74, x1-10, 23, true)
					y += 74 + 70
				}
				if st.phrase != "" {
					// Centred, and sized up by OCR.
					b.enLine(st.phrase, x0, y, x1, 31, true)
					y += 70
				}
				y = b.enColumn(strings.ToLower(st.head[:4]), st.lines, x0, y, x1) + 90
				want[st.head] = st.lines
			}
		}
		// The scan's rule finder closed the column rules either side of
		// the second column and the rules across the page into a frame.
		b.p.Boxes = append(b.p.Boxes, page.RectShape{Box: b.tilted(page.Rect{X0: 505, Y0: 160, X1: 915, Y1: 1500})})
		l := Segment(&b.p)
		got := map[string]int{}
		for _, a := range l.Articles {
			head := texts(a.Headline)
			n := 0
			for _, f := range a.Body {
				n += len(f.Lines)
			}
			got[head] = n
			if len(a.Decks) == 0 {
				t.Errorf("%v°: %q has no deck", deg, head)
			}
			for _, st := range []story{cols[0][1], cols[1][0], cols[1][1]} {
				if head == st.head && len(a.Decks) != 2 {
					t.Errorf("%v°: %q has %d decks, want the capitals one and the summary or phrase", deg, head, len(a.Decks))
				}
			}
		}
		if len(got) != len(want) {
			t.Errorf("%v°: got articles %v, want %v", deg, got, want)
			continue
		}
		for h, n := range want {
			if got[h] != n {
				t.Errorf("%v°: %q has %d body lines, want %d (articles %v)", deg, h, got[h], n, got)
			}
		}
	}
}

// On a scan a head may come out barely larger than body text (bold, two
// lines at the top of a column, under the page header), while single
// words of running text come out far larger than they are. The head opens
// an article; the words stay in their paragraphs; and a head whose second
// line starts in lower case stays one head.
func TestOCRHeadSizesMisjudged(t *testing.T) {
	for _, deg := range []float64{0, -0.6} {
		b := newScan(deg)
		b.enLine("Wednesday, October 19, 2005", 100, 100, 1300, 26, false)
		b.rule(100, 150, 1300, 6)
		// Column 1: a big head over two lines, the second in lower case.
		b.enLine("Loose pen gates help", 100, 200, 480, 60, true)
		b.enLine("escape", 100, 280, 480, 66, true)
		y := b.enColumn("loose", 6, 100, 380, 480)
		// A word in the middle of a line of running text that OCR took
		// for a line of its own and sized far too big.
		b.enLine("the", 100, y, 151, 23, false)
		b.enLine("controversial", 170, y, 391, 40, false)
		b.enLine("plan", 412, y, 480, 23, false)
		b.enColumn("more", 6, 100, y+37, 480)
		// Column 2: a bold head at 1.2 times the body's size.
		b.enLine("How do elk graze", 520, 200, 900, 28, true)
		b.enLine("all day?", 520, 240, 900, 28, true)
		for _, i := range []int{len(b.p.Lines) - 2, len(b.p.Lines) - 1} {
			b.p.Lines[i].Bold = true
		}
		b.enColumn("real", 14, 520, 340, 900)
		l := Segment(&b.p)
		var heads []string
		for _, a := range l.Articles {
			heads = append(heads, texts(a.Headline))
		}
		if strings.Join(heads, "/") != "Loose pen gates help|escape/How do elk graze|all day?" {
			t.Errorf("%v°: heads %q", deg, heads)
			continue
		}
		n := 0
		for _, f := range l.Articles[0].Body {
			n += len(f.Lines)
		}
		if n != 15 {
			t.Errorf("%v°: first article has %d body lines, want 15", deg, n)
		}
	}
}

// A photo that the scan did not report as a picture leaves specks read as
// tiny words and a caption with nothing above it to caption: the specks go,
// and the caption, known by its photo credit and with the piece of its
// first line that OCR cut off at a wide space, is the article's caption.
func TestScanCaptionByCreditAndSpecks(t *testing.T) {
	b := newScan(0.4)
	b.enLine("Mayor plants new trees", 100, 200, 900, 60, true)
	y := b.enColumn("first", 8, 100, 300, 480)
	b.enColumn("second", 8, 520, 300, 900)
	// The photo across both columns, with texture read as words.
	for i, w := range []string{"BX", "*", "de"} {
		r := b.tilted(page.Rect{X0: 300 + float64(i)*80, Y0: y + 100, X1: 320 + float64(i)*80, Y1: y + 112})
		b.p.Lines = append(b.p.Lines, page.Line{Text: w, Box: &r, Size: 10, Conf: 0.45, Words: []page.Word{{Text: w, Box: r, Confidence: 0.45}}})
	}
	y += 420
	// Words set at their natural spacing, the first line cut at a wide
	// space after "landing,".
	b.enLine("After landing,", 100, y, 330, 24, true)
	b.enLine("the crew checks the wheels", 355, y, 763, 24, true)
	b.enLine("and the brakes. PHOTO: JANE DOE", 100, y+37, 585, 24, true)
	b.enColumn("third", 6, 100, y+110, 480)
	b.enColumn("fourth", 6, 520, y+110, 900)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 1 || texts(a.Captions[0]) != "After landing,|the crew checks the wheels|and the brakes. PHOTO: JANE DOE" {
		for _, c := range a.Captions {
			t.Logf("caption %q", texts(c))
		}
		t.Errorf("got %d captions", len(a.Captions))
	}
	if !hasPhotographer(a, "Jane Doe") {
		t.Errorf("authors %v: no photographer Jane Doe", a.Authors)
	}
	n := 0
	for _, f := range a.Body {
		for _, ln := range f.Lines {
			n++
			if runes(ln.Text) <= 3 {
				t.Errorf("speck %q in the body", ln.Text)
			}
		}
	}
	if n != 28 {
		t.Errorf("%d body lines, want 28", n)
	}
}

// OCR read one line across a column rule into the next column, the rule
// as "|": the line is cut there into one line per column, without the bar.
func TestLineReadAcrossColumnRuleIsCut(t *testing.T) {
	b := newScan(0)
	b.enLine("players such as the | with the new network", 100, 100, 900, 23, true)
	l := b.p.Lines[0]
	got := splitBars(l)
	if len(got) != 2 || got[0].Text != "players such as the" || got[1].Text != "with the new network" {
		for _, g := range got {
			t.Logf("%q", g.Text)
		}
		t.Fatalf("got %d lines", len(got))
	}
	if got[0].Box.X1 > got[1].Box.X0 || got[0].Box.X0 != l.Box.X0 || got[1].Box.X1 != l.Box.X1 || len(got[0].Words)+len(got[1].Words) != len(l.Words)-1 {
		t.Errorf("boxes %v %v of %v", *got[0].Box, *got[1].Box, *l.Box)
	}
	// A bar at either end is stripBars' business; a line without bars
	// stays whole.
	b.enLine("no rule in this line", 100, 200, 900, 23, true)
	if got := splitBars(b.p.Lines[1]); len(got) != 1 || got[0].Text != "no rule in this line" {
		t.Errorf("line without bars: %d pieces", len(got))
	}
}

// An article runs on from the foot of the first column to the top of the
// second, where OCR sized a paragraph's first line too big and so cut the
// column into blocks: all of them continue the article, up to the next
// head.
func TestRunOnPastMisjudgedLine(t *testing.T) {
	b := newScan(0)
	b.enLine("Garden in your window", 100, 200, 480, 60, true)
	foot := b.enColumn("first", 24, 100, 300, 480)
	y := 200.0
	for i := 0; i < 10; i++ {
		x0, size := 100.0+420, 23.0
		if i == 4 {
			x0, size = x0+30, 30 // a new paragraph, its size misjudged
		}
		b.enLine("cont text cont text cont", x0, y, 900, size, false)
		y += 37
	}
	b.enLine("Another story here", 520, y+60, 900, 60, true)
	b.enColumn("other", 8, 520, y+160, 900)
	if y+160+8*37 > foot {
		t.Fatalf("fixture: the second column ends below the first (%v > %v)", y+160+8*37, foot)
	}
	l := Segment(&b.p)
	got := map[string]int{}
	for _, a := range l.Articles {
		n := 0
		for _, f := range a.Body {
			n += len(f.Lines)
		}
		got[texts(a.Headline)] = n
	}
	if len(got) != 2 || got["Garden in your window"] != 34 || got["Another story here"] != 8 {
		t.Errorf("articles and body lines %v, want 34 and 8", got)
	}
}

// A head and its deck set in one size on the scan, OCR boxes alike: the
// head's one line is shorter than the deck's lines and its characters
// wider, and it comes apart from them. A head of three lines of one
// face stays whole.
func TestOCRHeadSplitFromItsDeck(t *testing.T) {
	for _, deg := range []float64{0, 0.9} {
		b := newScan(deg)
		b.enLineEm("Bridge repair plan hides costs", 100, 200, 900, 45, false, 25)
		b.enLineEm("The Greens have accused the local minister of", 100, 265, 1000, 45, true, 21)
		b.enLineEm("being secretive on spending after rivals set out", 100, 330, 1000, 45, true, 20)
		b.enLineEm("its drainage plans.", 100, 395, 1000, 45, true, 21)
		b.enColumn("body", 10, 100, 480, 480)
		b.enColumn("more", 10, 520, 480, 900)
		b.enLineEm("Why the old mill will", 1100, 200, 1900, 45, false, 25)
		b.enLineEm("get the new paint from", 1100, 265, 1900, 45, false, 25)
		b.enLineEm("its owners this year", 1100, 330, 1900, 45, false, 25)
		b.enColumn("chip", 10, 1100, 480, 1480)
		b.enColumn("sell", 10, 1520, 480, 1900)
		l := Segment(&b.p)
		var got []string
		for _, a := range l.Articles {
			var decks []string
			for _, d := range a.Decks {
				decks = append(decks, texts(d))
			}
			got = append(got, texts(a.Headline)+" / "+strings.Join(decks, " / "))
		}
		want := []string{
			"Bridge repair plan hides costs / The Greens have accused the local minister of|being secretive on spending after rivals set out|its drainage plans.",
			"Why the old mill will|get the new paint from|its owners this year / ",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%v°: got\n%s\nwant\n%s", deg, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// Credits as OCR reads them: over two lines sized apart ("Staff" /
// "Writer"), over two centred lines run into the body below them, and
// with a stray quote mark in front.
func TestOCRBylines(t *testing.T) {
	b := newScan(0.5)
	heads := []string{"Mayor plants new trees", "Shops shut at the pier", "Climbers call a day"}
	for i, h := range heads {
		x0 := 100 + float64(i)*840
		// Set flush left at its natural spacing, 30 px a character.
		w := 30*float64(len(strings.ReplaceAll(h, " ", ""))) + 15*float64(strings.Count(h, " "))
		b.enLineEm(h, x0, 200, x0+w, 60, true, 30)
	}
	// 1: "By Jane Doe, Staff" / "Writer", the second line sized bigger.
	b.enLine("By Jane Doe, Staff", 100, 300, 408, 26, true)
	b.enLine("Writer", 100, 340, 202, 40, true)
	b.enColumn("one", 10, 100, 400, 480)
	b.enColumn("two", 10, 520, 400, 900)
	// 2: centred "From Our Own" / "Correspondent" set tight over the body.
	b.enLine("From Our Own", 940, 300, 1320, 23, true)
	b.enLine("Correspondent", 940, 337, 1320, 23, true)
	b.enColumn("three", 10, 940, 374, 1320)
	b.enColumn("four", 10, 1360, 300, 1740)
	// 3: a quote mark read before the credit.
	b.enLine("‘By Mark Fisher and Ann Bell", 1780, 300, 2290, 23, true)
	b.enColumn("five", 10, 1780, 360, 2160)
	b.enColumn("six", 10, 2200, 360, 2580)
	l := Segment(&b.p)
	want := map[string]string{
		heads[0]: "By Jane Doe, Staff Writer [Jane Doe]",
		heads[1]: "From Our Own Correspondent []",
		heads[2]: "By Mark Fisher and Ann Bell [Mark Fisher Ann Bell]",
	}
	if len(l.Articles) != 3 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	for _, a := range l.Articles {
		var names []string
		for _, au := range a.Authors {
			names = append(names, au.Name)
		}
		got := a.Byline + " [" + strings.Join(names, " ") + "]"
		if h := texts(a.Headline); got != want[h] {
			t.Errorf("%q: credit %q, want %q", h, got, want[h])
		}
		n := 0
		for _, f := range a.Body {
			n += len(f.Lines)
			for _, ln := range f.Lines {
				if strings.Contains(ln.Text, "Writer") || strings.Contains(ln.Text, "Correspondent") || strings.Contains(ln.Text, "Fisher") {
					t.Errorf("%q: credit line %q in the body", texts(a.Headline), ln.Text)
				}
			}
		}
		if n != 20 {
			t.Errorf("%q: %d body lines, want 20", texts(a.Headline), n)
		}
	}
}

// A deck set across two columns, which OCR sizes close to the body text
// under it, stays apart from the text of the column under its right half.
func TestDeckAcrossColumnsStaysApart(t *testing.T) {
	b := newScan(0.3)
	b.enLineEm("Why the old mill will sell", 100, 200, 880, 60, true, 30)
	b.enLine("The board is pricing its plan on the new reservoir", 100, 245, 900, 30, false)
	b.enLine("for the third year, but what is so different now?", 100, 285, 900, 30, false)
	// The first column starts lower (under a photo); the first line of
	// the second comes out larger than body text, as the deck's lines.
	b.enColumn("left", 12, 100, 700, 480)
	b.enLine("right text right text right text", 550, 340, 900, 27, false)
	b.enColumn("right", 11, 520, 377, 900)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles", len(l.Articles))
	}
	a := l.Articles[0]
	n := 0
	for _, f := range a.Body {
		n += len(f.Lines)
	}
	var decks []string
	for _, d := range a.Decks {
		decks = append(decks, texts(d))
	}
	if n != 24 || strings.Join(decks, "/") != "The board is pricing its plan on the new reservoir|for the third year, but what is so different now?" {
		t.Errorf("%d body lines, decks %q", n, decks)
	}
}

// A label in capitals over a head (a kicker) does not open an article of
// its own, nor take the head for its deck.
func TestCapitalsKickerOverHead(t *testing.T) {
	b := newScan(0)
	b.enLine("SPECIAL REPORT", 100, 200, 480, 20, false)
	b.enLineEm("Student inequality exposed", 100, 250, 880, 32, false, 30)
	b.enColumn("left", 12, 100, 320, 480)
	b.enColumn("right", 12, 520, 320, 900)
	l := Segment(&b.p)
	if len(l.Articles) != 1 || texts(l.Articles[0].Headline) != "Student inequality exposed" {
		for _, a := range l.Articles {
			t.Logf("%q", texts(a.Headline))
		}
		t.Fatalf("got %d articles", len(l.Articles))
	}
}

// A capitals deck whose last word ran over to a line of its own, set tight
// under it, which OCR sized far up, over a summary run on tight into the
// text: the word ends the deck, and opens no article of its own.
func TestCapitalsDeckWordRunOver(t *testing.T) {
	b := newScan(0)
	b.enLine("VOL. XIV. OLD PORT, MONDAY", 100, 100, 900, 26, false)
	b.rule(100, 150, 900, 6)
	for c, st := range []struct{ head, deck, word string }{
		{"MAYOR WARNS THE COUNCIL", "TENANTS WHO", "OBJECT"},
		{"NEW FERRY FOR THE ISLES", "HARBOUR STAFF", "AGREE"},
	} {
		x0, x1 := 100+float64(c)*420, 480+float64(c)*420
		b.enLine(st.head, x0, 180, x1, 18, true)
		b.enLine(st.deck, x0, 237, x1, 25, true)
		b.enLine(st.word, x0, 269, x1, 50, true)
		b.enColumn(strings.ToLower(st.word[:3]), 14, x0, 310, x1)
	}
	l := Segment(&b.p)
	if len(l.Articles) != 2 {
		for _, a := range l.Articles {
			t.Logf("%q: %s", texts(a.Headline), flowStarts(a.Body))
		}
		t.Fatalf("got %d articles, want 2", len(l.Articles))
	}
	for _, a := range l.Articles {
		var decks []string
		for _, d := range a.Decks {
			decks = append(decks, texts(d))
		}
		if got := strings.Join(decks, "|"); got != "TENANTS WHO|OBJECT" && got != "HARBOUR STAFF|AGREE" {
			t.Errorf("%q: decks %q", texts(a.Headline), got)
		}
	}
}
