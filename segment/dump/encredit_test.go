package dump

import (
	"strings"
	"testing"
)

// ciderText is the orchard story's text: it does not repeat its
// headline's words.
const ciderText = "Thousands of visitors came to taste cider and apple pies on Saturday. Growers showed forty kinds of apple from farms across the valley. The judges gave the cider prize to a family farm. Children picked apples under the old trees all afternoon. Cider makers sold out before noon. Apple juice was given free to children. Local bakers sold apple cake at the gate. The growers will meet again next autumn. A brass band played on the green until dusk. Farmers said the warm summer had given a record crop. Buses ran every hour from the town square. Most stalls had sold out by four o'clock. The prize cider will be served at the harvest supper. Stewards counted more than nine thousand tickets at the gate. The car park was full by eleven and a second field was opened. Next year the growers hope to add a second day. "

// creditPageWith is creditPage with under the second headline the text
// under.
func creditPageWith(under string) string {
	return strings.Replace(creditPage(), scatteredText("New books for the"), scatteredText(under), 1)
}

func scatteredText(text string) string {
	var b strings.Builder
	scattered(&b, text)
	return b.String()
}

// creditPage is a scattered dump in the order such dumps print stories set
// side by side: a story's headline, then the next story's label and
// headline with the rest of a third story's column printed between them,
// then the first story's credit and text, a photo caption among its words,
// and only then the second story's credit and text.
func creditPage() string {
	var b strings.Builder
	b.WriteString("Library to open on Sundays\n\n")
	scattered(&b, libraryText)
	b.WriteString("Harbour wall plan wins backing\n\n")
	scattered(&b, "Loans of films and music rose by a third last")
	b.WriteString("SPECIAL REPORT\n\nOrchard fair draws crowds\n\n")
	// The column runs on past the credit: no sentence ends before it.
	scattered(&b, "New books for the")
	b.WriteString("From Our Own Correspondent\n\n")
	half := strings.Index(harbourText, "Anna")
	scattered(&b, harbourText[:half])
	b.WriteString("Visitors queue for cider at the fair. PHOTO: JOHN SMITH\n\n")
	scattered(&b, harbourText[half:])
	b.WriteString("By JANE DOE\n\n")
	scattered(&b, ciderText)
	return b.String()
}

// A credit printed over a story's text on a scattered page opens that
// story: the headline whose words the text carries takes the credit and
// the text, though another story's headline was printed between them. A
// headline left with a scrap of another column gets the untitled story
// that opens with a credit under it, and the label over it is its kicker.
func TestScatteredCreditOpensStory(t *testing.T) {
	text := creditPage()
	if !classified("en", text).wordBlocks {
		t.Fatal("not a word-block dump")
	}
	l := Segment(dumpPage("en", text))
	harbour := findArticle(t, l, "Harbour wall plan wins backing")
	if harbour.Byline != "From Our Own Correspondent" {
		t.Errorf("harbour byline %q", harbour.Byline)
	}
	if b := bodyText(harbour); !strings.Contains(b, "Fishermenhadaskedfortheharbourwall") || strings.Contains(b, "cider") {
		t.Errorf("harbour body %q", b)
	}
	orchard := findArticle(t, l, "Orchard fair draws crowds")
	if orchard.Byline != "By JANE DOE" || joinLines(orchard.Kicker) != "SPECIAL REPORT" {
		t.Errorf("orchard byline %q, kicker %q", orchard.Byline, joinLines(orchard.Kicker))
	}
	if b := bodyText(orchard); !strings.Contains(b, "Growersshowedfortykindsofapplefromfarms") || strings.Contains(b, "harbour") {
		t.Errorf("orchard body %q", b)
	}
	if n := untitledArticles(l); n != 0 {
		t.Errorf("%d untitled articles", n)
	}
}

// The photo caption printed among the words of another story, after a
// headline and before all of that headline's text, is under that
// headline's photo.
func TestScatteredCaptionUnderHeadline(t *testing.T) {
	l := Segment(dumpPage("en", creditPage()))
	var caps []string
	for _, c := range findArticle(t, l, "Orchard fair draws crowds").Captions {
		caps = append(caps, joinLines(c))
	}
	if len(caps) != 1 || !strings.HasPrefix(caps[0], "Visitors queue for cider") {
		t.Errorf("orchard captions %q", caps)
	}
	if c := findArticle(t, l, "Harbour wall plan wins backing").Captions; len(c) > 0 {
		t.Errorf("harbour has %d captions", len(c))
	}
}

// A label in capitals printed right over a headline is its kicker, so it
// takes no text of its own when texts are given to headlines; one over
// body text is not.
func TestLabelOverHeadTakesNoText(t *testing.T) {
	s := classified("en", creditPage()+"TOWN NEWS\n\nThe market will close early on Monday for repairs to the square.\n")
	gs := s.groups(nil)
	want := map[string]bool{"SPECIAL REPORT": true, "TOWN NEWS": false}
	for _, g := range gs {
		h := strings.Join(g.head, " ")
		if w, ok := want[h]; ok {
			if got := s.labelOverHead(g, gs); got != w {
				t.Errorf("%q: labelOverHead %v, want %v", h, got, w)
			}
			delete(want, h)
		}
	}
	if len(want) > 0 {
		t.Errorf("no heading groups %v", want)
	}
}

// A headline whose text repeats its words is a brief, not a scrap of
// another column: the credited text printed later does not take the
// headline from it.
func TestScatteredBriefKeepsHeadline(t *testing.T) {
	text := creditPageWith("The orchard fair drew crowds from the")
	if !strings.Contains(text, "\norchard\n") {
		t.Fatal("the brief is not in the page")
	}
	l := Segment(dumpPage("en", text))
	for _, a := range l.Articles {
		if b := bodyText(a); joinLines(a.Headline) == "Orchard fair draws crowds" && strings.Contains(b, "cider") {
			t.Errorf("the credited text took the brief's headline: %q", b)
		}
	}
}

// creditUnderColumnPage is an invented page printed in whole column lines:
// a story's credit and opening stand under another story's column, which
// runs on past the bottom of its column into the blank line above the
// credit, and the credited story's later column is printed under its
// headline first.
const creditUnderColumnPage = "Harbour wall plan wins backing\n" +
	"From Our Own Correspondent\n" +
	"The council approved the harbour wall plan on Monday after a long debate.\n" +
	"Engineers said the new wall would protect the old quay from winter storms.\n" +
	"\n" +
	"Ferry fares to rise\n" +
	"\n" +
	"the operator said the new fares would pay for two boats and a longer pier.\n" +
	"Season tickets for islanders will cost more too.\n" +
	"\n" +
	"Work on the harbour wall starts in the spring and the council said the\n" +
	"whole of the quay would stay open while the builders were at work on the\n" +
	"\n" +
	"By MARGARET WHITFIELD\n" +
	"Fares on the island routes go up by a tenth from May, the ferry\n" +
	"operator said on Monday. Islanders asked for a freeze on fares.\n"

// On a page printed in whole column lines, as on one printed word by
// word, a credit stands over its story's first column: the column printed
// above it, though its sentence runs on, is another's and stays with the
// story whose words it carries; the text under the credit opens the
// credited story.
func TestCreditEndsColumnAbove(t *testing.T) {
	if classified("en", creditUnderColumnPage).wordBlocks {
		t.Fatal("a word-block dump")
	}
	l := Segment(dumpPage("en", creditUnderColumnPage))
	harbour := bodyText(findArticle(t, l, "Harbour wall plan wins backing"))
	ferry := findArticle(t, l, "Ferry fares to rise")
	if !strings.Contains(harbour, "Workontheharbourwallstarts") {
		t.Errorf("harbour body %q lacks its column printed over the credit", harbour)
	}
	if body := bodyText(ferry); strings.Contains(body, "Workontheharbourwall") || !strings.Contains(body, "Faresontheislandroutes") {
		t.Errorf("ferry body %q", body)
	}
	if ferry.Byline != "By MARGARET WHITFIELD" {
		t.Errorf("ferry byline %q", ferry.Byline)
	}
}
