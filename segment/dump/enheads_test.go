package dump

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// capsFront is an old-style front page: capitals headlines, body text with
// soft hyphens, and two capitals decks printed away from their headlines.
const capsFront = "HARBOUR BRIDGE REOPENS TODAY\n\nThe old harbour bridge opens again to\ntraffic this morning after a long re\u00adpair.\n\n" +
	"WHEAT PRICES CLIMB AGAIN\n\nFarmers sold their wheat at the highest\nprice seen for years at the market.\n\n" +
	"QUIET NIGHT\n\n" +
	"NEW LIBRARY FOR THE TOWN\n\nThe council voted to build a library\nnear the station, the mayor said.\n\n" +
	"STEAMER LOST IN FOG\n\nA coastal steamer ran aground in thick\nfog off the point on Monday night.\n\n" +
	"SCHOOL BOARD ELECTS CHAIRMAN\n\nThe school board chose a new chairman\nat its meeting on Tuesday evening.\n\n" +
	"MORE RAIN IS EXPECTED\n\nRain will fall over the hills again\ntomorrow, the observatory says.\n\n" +
	"FARM VALUES\n\nLand near the river sold well this\nseason, dealers report.\n"

func TestCapsPageShortCapitalsAreDecks(t *testing.T) {
	l := Segment(dumpPage("en", capsFront))
	heads := map[string]bool{}
	for _, a := range l.Articles {
		heads[joinLines(a.Headline)] = true
	}
	for _, h := range []string{"HARBOUR BRIDGE REOPENS TODAY", "WHEAT PRICES CLIMB AGAIN", "NEW LIBRARY FOR THE TOWN",
		"STEAMER LOST IN FOG", "SCHOOL BOARD ELECTS CHAIRMAN", "MORE RAIN IS EXPECTED"} {
		if !heads[h] {
			t.Errorf("headline %q missing; got %v", h, heads)
		}
	}
	for _, d := range []string{"QUIET NIGHT", "FARM VALUES"} {
		if heads[d] {
			t.Errorf("capitals deck %q taken for a headline", d)
		}
	}
}

// On a capitals page a piece of the summary deck printed right above a
// headline does not join it.
func TestCapsPageHeadlineKeepsCapitals(t *testing.T) {
	text := strings.Replace(capsFront, "STEAMER LOST IN FOG\n", "After a week of storms the\nSTEAMER LOST IN FOG\n", 1)
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "STEAMER LOST IN FOG")
	if len(a.Decks) == 0 || joinLines(a.Decks[0]) != "After a week of storms the" {
		t.Errorf("decks = %v", a.Decks)
	}
}

// On a capitals page a line in upper and lower case printed apart, over
// text, heads no article: its text stays, untitled or in another article,
// and so does the credit printed under the line.
func TestCapsPageMixedCaseLineHeadsNothing(t *testing.T) {
	text := strings.Replace(capsFront, "FARM VALUES\n", "Fishing boats stay in port\nBy ANN LEE\n\nThe fleet kept to the harbour as the\ngale blew all day on the coast.\n\nFARM VALUES\n", 1)
	l := Segment(dumpPage("en", text))
	found, credit := false, false
	for _, a := range l.Articles {
		h := joinLines(a.Headline)
		if h != "" && !allCapsLine(h) {
			t.Errorf("article headed %q", h)
		}
		found = found || strings.Contains(bodyText(a), "gale")
		credit = credit || a.Byline == "By ANN LEE"
	}
	if !found || !credit {
		t.Errorf("text under the line kept %v, credit kept %v", found, credit)
	}
}

// On a capitals page, an article headed by a piece of a summary deck
// printed right under a capitals headline goes to that headline's; one
// headed by such a line printed elsewhere stays untitled, with its credit.
func TestCapsPageDeckPieceUnderHeadline(t *testing.T) {
	s := &pageSeg{capsHeads: true}
	head := &article{g: &group{head: []string{"STEAMER LOST IN FOG"}, line: 10, end: 10}, stories: []int{0}}
	deck := &article{g: &group{head: []string{"Crew rescued by the lifeboat"}, line: 12, end: 12}, stories: []int{1}}
	far := &article{g: &group{head: []string{"The council met again on"}, byline: "By ANN LEE", line: 40, end: 41}, stories: []int{2}}
	owner := []*article{head, deck, far}
	arts := s.untitleFragments([]*article{head, deck, far}, owner)
	if len(arts) != 2 || arts[0] != head || arts[1] != far {
		t.Fatalf("articles %v", arts)
	}
	if !slices.Equal(head.stories, []int{0, 1}) || owner[1] != head {
		t.Errorf("headline's stories %v", head.stories)
	}
	if len(far.g.head) != 0 || far.g.byline != "By ANN LEE" {
		t.Errorf("far article heading %+v", far.g)
	}
	if len(s.blocks) != 2 {
		t.Errorf("blocks %v", s.blocks)
	}
}

// classified is a pageSeg over the dump text's lines, classified.
func classified(lang, text string) *pageSeg {
	s := &pageSeg{zh: lang == "zh"}
	for _, l := range dumpPage(lang, text).Lines {
		s.lines = append(s.lines, l.Text)
	}
	s.classify()
	return s
}

func TestShortCapitalsHeadOnMixedCasePage(t *testing.T) {
	// Too few capitals headlines: a short capitals line may head an article.
	text := "Harbour bridge reopens today\n\nThe old harbour bridge opens again to\ntraffic this morning after a long re\u00adpair.\n\n" +
		"FARM VALUES\n\nLand near the river sold well this\nseason, dealers report.\n"
	s := classified("en", text)
	for _, it := range s.items {
		if it.text == "FARM VALUES" && (it.kind != kHeading || it.deck) {
			t.Errorf("FARM VALUES became kind %d deck %v", it.kind, it.deck)
		}
	}
}

func TestJoinSplitCapitals(t *testing.T) {
	s := &pageSeg{lines: []string{
		"The ferry maker said the route across the two bays",
		"was signed in Blackpool, where a black pool of oil lay.",
		"Sweden's exports rose as an engine maker grew.",
	}}
	s.learnWords()
	for in, want := range map[string]string{
		"HONOUR FOR FERRY M AKER": "HONOUR FOR FERRY MAKER",
		"TALKS ACR OSS BAYS":      "TALKS ACROSS BAYS",
		"BLACK POOL":              "BLACK POOL",
		// The text has only another form of the word ("Sweden's").
		"SWED EN REBOUNDS": "SWEDEN REBOUNDS",
		// Two words of the text stay apart though they start one.
		"AN ENGINE": "AN ENGINE",
	} {
		if got := strings.Join(s.joinSplitCaps(strings.Fields(in)), " "); got != want {
			t.Errorf("joinSplitCaps(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLineEndingInFunctionWordIsNoHeading(t *testing.T) {
	// A justified column line cut at a wide word gap, alone in its block,
	// looks like a heading but stops on "to".
	text := "Harbour bridge reopens today\n\nThe old harbour bridge opens again to\ntraffic this morning after a long re\u00adpair.\n\n" +
		"She said the plan for next year was to\n\nbuild\n\na second bridge up the river.\n"
	s := classified("en", text)
	heads := 0
	for _, it := range s.items {
		if it.kind == kHeading {
			heads++
			if strings.HasPrefix(it.text, "She said") {
				t.Errorf("%q taken for a heading", it.text)
			}
		}
	}
	if heads != 1 {
		t.Errorf("%d headings, want 1", heads)
	}
}

func TestFolioAtTopIsPageHeader(t *testing.T) {
	text := "7\n\nHarbour bridge reopens today\n\nThe old harbour bridge opens again to\ntraffic this morning after 7 years of re\u00adpair.\n\n12\n\nmore years to come.\n"
	l := Segment(dumpPage("en", text))
	var folios []string
	for _, b := range l.Blocks {
		if b.Kind == "page-header" {
			folios = append(folios, joinLines(b.Lines))
		}
	}
	if len(folios) != 1 || folios[0] != "7" {
		t.Errorf("page-header blocks %q, want [7]", folios)
	}
	for _, a := range l.Articles {
		for _, f := range a.Body {
			if strings.TrimSpace(joinLines(f.Lines)) == "7" {
				t.Errorf("the folio is body text of %q", joinLines(a.Headline))
			}
		}
	}
}

func TestOpenEndedLines(t *testing.T) {
	for in, want := range map[string]bool{
		"The new ferry which will then":          true,
		"She said the plan for next year was to": true,
		"Ten thousand walkers out for":           false, // a headline that wraps
		"Town hall opens new reading room":       false,
	} {
		if got := openEnd(strings.Fields(in)); got != want {
			t.Errorf("openEnd(%q) = %v, want %v", in, got, want)
		}
	}
}

// feature is an English page whose long article has a section label over
// its headline and a crosshead amid its columns.
//
//lint:ignore ST1018 the soft hyphens an extractor prints are what this page tests
const feature = `ARTS
News

Harbour festival fills the town
By JANE DOE

Thousands of visitors came to the
har­bour fes­ti­val on Saturday.
Boats from six coun­tries sailed
into the bay at dawn, and bands
played on the quay until late.

Fresh delay
The new ferry pier was not ready
for the fes­ti­val, the har­bour
board said. Work on the pier will
go on until the spring, and boats
will moor at the old quay.

Council votes on new library
By John Smith, Staff Writer

The council voted last night to
build a new li­brary near the
sta­tion. Books will move from the
old hall next year.`

func TestEnglishLabelAndCrosshead(t *testing.T) {
	l := Segment(dumpPage("en", feature))
	var fest *segment.Article
	for i, a := range l.Articles {
		if joinLines(a.Headline) == "Harbour festival fills the town" {
			fest = &l.Articles[i]
		}
		if h := joinLines(a.Headline); h == "Fresh delay" || h == "News" {
			t.Errorf("%q heads an article of its own", h)
		}
	}
	if fest == nil {
		t.Fatalf("no festival article among %d", len(l.Articles))
	}
	if k := joinLines(fest.Kicker); k != "News" {
		t.Errorf("kicker %q, want News", k)
	}
	var body []string
	for _, f := range fest.Body {
		body = append(body, joinLines(f.Lines))
	}
	all := strings.Join(body, "|")
	if !strings.Contains(all, "Freshdelay") && !strings.Contains(all, "Fresh delay") {
		t.Errorf("crosshead missing from the festival body: %s", all)
	}
	if strings.Contains(all, "News") || !strings.Contains(all, "ferry") {
		t.Errorf("festival body: %s", all)
	}
}

func TestDeckWovenIntoColumnLines(t *testing.T) {
	// The deck is set beside the top lines of another story's column.
	text := "Harbour gets new cranes\n\n" +
		"Four giant cranes\n" +
		"The coun\u00adcil said the plan would\n" +
		"cost more than its first es\u00adti\u00ad\u2010 arrived at the\n" +
		"port on Monday\n" +
		"mate, and the vote was put off\n" +
		"from Rotterdam.\n" +
		"un\u00adtil the spring meet\u00ading of the\n" +
		"By Jane Doe\n\n" +
		"The cranes will load con\u00adtain\u00aders\n" +
		"from the new ships, the port said\n" +
		"on Tues\u00adday. They were built in\n" +
		"China and came by sea in six weeks.\n"
	s := &pageSeg{lines: strings.Split(text, "\n")}
	s.unweaveDecks()
	const deck = "Four giant cranes arrived at the port on Monday from Rotterdam."
	found := false
	for _, l := range s.lines {
		if l == deck {
			found = true
		} else if strings.Contains(l, "arrived") || strings.Contains(l, "Rotterdam") {
			t.Errorf("deck words left in line %q", l)
		}
	}
	if !found {
		t.Fatalf("no deck line in %q", s.lines)
	}
	l := Segment(dumpPage("en", text))
	ok := false
	for _, a := range l.Articles {
		if joinLines(a.Headline) == "Harbour gets new cranes" && len(a.Decks) == 1 && strings.Join(strings.Fields(pageText(a.Decks[0])), " ") == deck {
			ok = true
		}
	}
	if !ok {
		t.Errorf("the deck is not the headline's: %+v", l.Articles)
	}
}

func pageText(ls []page.Line) string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return strings.Join(out, " ")
}

func TestTwoColumnsOnOneLine(t *testing.T) {
	// Two columns at the same height share lines; further down they take
	// turns, one line each.
	text := "Port cranes arrive from China\n\n" +
		"The port board met on Monday to\n" +
		"hear how the containers and the\n" +
		"money for the cranes will be\n" +
		"found over the next ten years.\n\n" +
		"The cranes were built in a yard Five more ships will call at the\n" +
		"near Shanghai and came by sea in port next month, and the board\n" +
		"six weeks. They will load con\u00adtain\u2010 wants a third berth by the spring.\n" +
		"ers from the new ships at the end.\n" +
		"Work on it will start when the mon\u2010\n" +
		"Of the old cranes, two will stay.\n" +
		"ey is found, the har\u00adbour master\n" +
		"The rest go to the north of Wales. said on Monday. A new road will\n"
	s := &pageSeg{lines: strings.Split(text, "\n")}
	s.learnWords()
	s.unpairColumns()
	got := strings.Join(s.lines, "\n")
	left := "The cranes were built in a yard\nnear Shanghai and came by sea in\nsix weeks. They will load con\u00adtain\u2010\ners from the new ships at the end.\n" +
		"Of the old cranes, two will stay.\nThe rest go to the north of Wales."
	right := "Five more ships will call at the\nport next month, and the board\nwants a third berth by the spring.\n" +
		"Work on it will start when the mon\u2010\ney is found, the har\u00adbour master\nsaid on Monday. A new road will"
	if !strings.Contains(got, left+"\n\n"+right) {
		t.Errorf("columns not parted:\n%s", got)
	}
}

func TestLongBlockNotParted(t *testing.T) {
	// Double lines in a block longer than any two columns printed side by
	// side: the block stays as printed (parting it costs quadratic work).
	double := "The cranes were built in a yard Five more ships will call at the"
	var ls []string
	for i := 0; i < 3; i++ {
		ls = append(ls, double)
	}
	for len(ls) <= maxPairLines {
		ls = append(ls, "found over the next ten years.")
	}
	s := &pageSeg{lines: slices.Clone(ls)}
	s.learnWords()
	s.unpairColumns()
	// (Its long lines are cut in place, unjoin: no blank line parts it.)
	if slices.Contains(s.lines, "") || len(s.lines) != len(ls)+3 {
		t.Errorf("block of %d lines parted", len(ls))
	}
	// The same double lines in a short block, most of its lines, are
	// parted.
	s = &pageSeg{lines: slices.Clone(ls[:8])}
	s.learnWords()
	s.unpairColumns()
	if !slices.Contains(s.lines, "") {
		t.Errorf("block of 8 lines not parted")
	}
}

func TestRunOnUnitsChained(t *testing.T) {
	// The dump printed the end of a column (lines 0-2) before the column
	// it continues (lines 4-7).
	lines := []string{
		"behaviour. The minister spoke on",
		"Monday.",
		"Critics say the plan is too weak.",
		"",
		"Teachers want more powers over",
		"pupils with severely disruptive",
		"behaviour in class, and some have",
		"malicious disruptive",
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 0, 0, -1, 1, 1, 1, 1}}
	s.learnWords()
	ps := []*piece{linesPiece(lines, 0, 1), linesPiece(lines, 2, 2), linesPiece(lines, 4, 7)}
	units := [][]int{{0}, {1}, {2}}
	got := s.chains(units, ps, nil)
	if len(got) != 1 || fmt.Sprint(got[0]) != "[2 0 1]" {
		t.Errorf("chains %v, want [[2 0 1]]", got)
	}
}

// The paper's advert for itself, a box printed apart from the stories,
// is an advert block, not an article; a credit naming the paper is no
// advert.
func TestPaperAdvertIsBlock(t *testing.T) {
	text := strings.ReplaceAll(`THE VALLEY COURIER

Ferry service returns to the island
Special to The Valley Courier

The is~land fer~ry will sail again
from next month, the har~bour board
an~nounced on Tues~day. The route
closed two years ago when the old
fer~ry was sold for scrap.

Orchard growers fear frost
By TOM REEVE

Fruit grow~ers in the val~ley fear
that a late frost could dam~age this
year's ap~ple blos~som. Or~chard own~
ers have set out heaters among the
trees.

ORDER NOW
Have The Valley Courier brought to your
home each day, with the Saturday
magazine and the sports pages free for
the first month. Call the front desk.`, "~", "\u00ad")
	l := Segment(dumpPage("en", text))
	ferry := findArticle(t, l, "Ferry service returns to the island")
	if ferry.Byline != "Special to The Valley Courier" {
		t.Errorf("ferry credit = %q", ferry.Byline)
	}
	findArticle(t, l, "Orchard growers fear frost")
	for _, a := range l.Articles {
		if h, b := joinLines(a.Headline), bodyText(a); h == "ORDER NOW" || strings.Contains(b, "front desk") {
			t.Errorf("advert in article %q: %q", h, b)
		}
	}
	found := false
	for _, b := range l.Blocks {
		if b.Kind == segment.Advert {
			found = true
			if got := joinLines(b.Lines); !strings.HasPrefix(got, "ORDER NOW") || !strings.Contains(got, "front desk") {
				t.Errorf("advert = %q", got)
			}
		}
	}
	if !found {
		t.Errorf("no advert block in %v", l.Blocks)
	}
}

// A column label in capitals over a headline is its kicker, whichever of
// the two took the text: the headline (first page), or the label, when the
// dump prints the headline's credit after a column of its text that runs
// on past it (second page).
func TestLabelOverHeadlineIsKicker(t *testing.T) {
	for _, tail := range []string{"said on Mon~day.\n\nFrom Our Own Correspondent\nThe town's land~lords raised rents by\na tenth this year as well.",
		"said on Mon~day that\n\nFrom Our Own Correspondent\nthe town's land~lords raised rents by\na tenth this year as well."} {
		text := strings.ReplaceAll(`Ferry service returns to the island
By ANN LEE

The is~land fer~ry will sail again
from next month, the har~bour board
an~nounced on Tues~day.

SPECIAL REPORT

Students pay more for their rooms

The halls of res~i~dence cost a third
more than last year, the uni~ver~sity
`+tail, "~", "\u00ad")
		l := Segment(dumpPage("en", text))
		a := findArticle(t, l, "Students pay more for their rooms")
		if k := joinLines(a.Kicker); k != "SPECIAL REPORT" {
			t.Errorf("kicker = %q", k)
		}
		if b := bodyText(a); !strings.Contains(b, "uni\u00adver\u00adsity") {
			t.Errorf("body = %q", b)
		}
	}
}

// enStories gives the words and lengths of texts, a page's stories, for
// reheadLowerCase, and head, which makes a heading group with its words.
func enStories(s *pageSeg, texts []string) (stoks []map[string]float64, slen []int, head func(credit string, hs ...string) *group) {
	for _, t := range texts {
		stoks = append(stoks, s.tokens(t, nil))
		slen = append(slen, len(t))
	}
	head = func(credit string, hs ...string) *group {
		return &group{head: hs, byline: credit, toks: s.tokens(strings.Join(hs, " "), nil)}
	}
	return stoks, slen, head
}

// An English "headline" that starts in lower case is a line cut out of a
// sentence: the article it heads takes the real headline whose words its
// text carries and whose own article holds only a scrap, or stays
// untitled; a line in lower case above a real headline line is dropped
// from it.
func TestLowerCaseHeadline(t *testing.T) {
	s := &pageSeg{}
	texts := []string{
		"Dairy farmers now face rain as well as any flood, and the summer of the farmer is a rainy one, forecasters said.",
		"Thompson agreed.",
		"The ferry will sail again from next month.",
	}
	stoks, slen, head := enStories(s, texts)
	frag := &article{g: head("By ANN LEE", `"nervous" of criticism after the storm`), stories: []int{0}}
	real := &article{g: head("", "Rainy summer for farmers"), stories: []int{1}}
	ferry := &article{g: head("", "still growing", "Ferry service returns"), stories: []int{2}}
	owner := []*article{frag, real, ferry}
	arts := s.reheadLowerCase([]*article{frag, real, ferry}, owner, stoks, slen, nil)
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2", len(arts))
	}
	if got := strings.Join(arts[0].g.head, " "); got != "Rainy summer for farmers" || arts[0].g.byline != "By ANN LEE" {
		t.Errorf("article headed %q credited %q", got, arts[0].g.byline)
	}
	if !slices.Equal(arts[0].stories, []int{0, 1}) || owner[1] != arts[0] {
		t.Errorf("stories %v", arts[0].stories)
	}
	if got := strings.Join(arts[1].g.head, " "); got != "Ferry service returns" {
		t.Errorf("ferry headed %q", got)
	}
	// Without a real headline that fits, the article stays untitled with
	// its credit.
	frag = &article{g: head("By ANN LEE", `"nervous" of criticism after the storm`), stories: []int{0}}
	arts = s.reheadLowerCase([]*article{frag, ferry}, []*article{frag, nil, ferry}, stoks, slen, nil)
	if len(arts) != 2 || len(arts[0].g.head) != 0 || arts[0].g.byline != "By ANN LEE" {
		t.Errorf("untitled article %+v", arts[0].g)
	}
}

// On a page that the dump prints word by word, a credited heading over a
// few words (a credit printed amid scraps of columns) is no article.
func TestCreditedScrapIsNoArticle(t *testing.T) {
	var b strings.Builder
	// Justified lines cut at wide gaps: most blocks hold one word.
	for _, w := range strings.Fields("The island ferry will sail again from next month, the harbour board announced on Tuesday. The route closed two years ago when the old ferry was sold for scrap and the island lost its visitors.") {
		b.WriteString(w + "\n\n")
	}
	for _, l := range []string{"a new boat has been leased from a", "mainland operator and passengers", "will pay the same fares as before,", "the harbour board said on Monday."} {
		for i := 0; i < 6; i++ {
			b.WriteString(l + "\n\n")
		}
	}
	text := "Ferry service returns to the island\nBy ANN LEE\n\n" + b.String() + "Weather turns cold again\nBy JOHN MARSH\n\nster.\n"
	s := classified("en", text)
	if !s.wordBlocks {
		t.Fatal("not a word-block dump")
	}
	l := Segment(dumpPage("en", text))
	findArticle(t, l, "Ferry service returns to the island")
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); h == "Weather turns cold again" || bodyText(a) == "ster." {
			t.Errorf("scrap article %q: %q", h, bodyText(a))
		}
	}
}

// The lower-case line cut off above a real headline no longer counts as
// the headline's words: an article whose text carries only that line's
// words does not take the headline.
func TestLowerCaseLineCutLeavesHeadlineWords(t *testing.T) {
	s := &pageSeg{}
	texts := []string{
		"Dairy farmers now face rain as well as any flood, and the summer of the farmer is a rainy one, forecasters said.",
		"Thompson agreed.",
	}
	stoks, slen, head := enStories(s, texts)
	ferry := &article{g: head("", "dairy farmers face rain", "Ferry service returns"), stories: []int{1}}
	frag := &article{g: head("By ANN LEE", `"nervous" of criticism after the storm`), stories: []int{0}}
	owner := []*article{frag, ferry}
	arts := s.reheadLowerCase([]*article{ferry, frag}, owner, stoks, slen, nil)
	if len(arts) != 2 || owner[0] != frag || !slices.Equal(ferry.stories, []int{1}) {
		t.Fatalf("%d articles, story 0 owned by %+v; want the fragment left apart", len(arts), owner[0].g)
	}
	if len(frag.g.head) != 0 || frag.g.byline != "By ANN LEE" {
		t.Errorf("fragment headed %q credited %q, want untitled with its credit", frag.g.head, frag.g.byline)
	}
}

// prefixScore compares words by their first four letters, however many
// bytes they take.
func TestPrefixScoreLetters(t *testing.T) {
	for _, c := range []struct {
		head, text string
		want       float64
	}{
		{"musical", "music", 1},
		{"résumé", "résistance", 0},
		{"café", "cafés", 1},
	} {
		if got := prefixScore(map[string]float64{c.head: 1}, prefixes(map[string]float64{c.text: 1})); got != c.want {
			t.Errorf("prefixScore(%q, %q) = %v, want %v", c.head, c.text, got, c.want)
		}
	}
}

// Where the dump prints justified lines word by word, a line alone in its
// block that ends on a question word or a possessive is a sentence cut at
// a wide word gap, not a headline; a line ending otherwise still may be.
func TestCutSentenceIsNoHeading(t *testing.T) {
	for in, want := range map[string]bool{
		"The real risk is not what":     false,
		"The aim of this year's":        false,
		"Harbour ferry returns in June": true,
		"Ferry owner's":                 true, // too short to tell
	} {
		for _, words := range []bool{false, true} {
			s := &pageSeg{lines: []string{"scrap", "", in, "", "scrap"}, chunk: []int{0, -1, 1, -1, 2},
				wordBlocks: words, hyph: map[string]bool{}}
			if got := s.enHeading(2, in); got != (want || !words) {
				t.Errorf("enHeading(%q) word blocks %v = %v, want %v", in, words, got, want || !words)
			}
		}
	}
}

// A line in upper and lower case that opens on a conjunction goes on the
// sentence before it, wherever the dump printed it: no headline; one in
// capitals may be. So does one opening on "By" and a word no name starts
// with.
func TestConjunctionLineIsNoHeading(t *testing.T) {
	for in, want := range map[string]bool{
		"And so the board voted to wait":       false,
		"But the ferry still sails on Sundays": false,
		"AND FINALLY, THE WEATHER":             true,
		"Andes trek raises funds for school":   true,
		"By all accounts, a fine harvest":      false,
		"BY THE NUMBERS":                       true,
		"Bypass road opens to traffic":         true,
	} {
		s := &pageSeg{lines: []string{"scrap", "", in, "", "Scrap"}, chunk: []int{0, -1, 1, -1, 2}, hyph: map[string]bool{}}
		if got := s.enHeading(2, in); got != want {
			t.Errorf("enHeading(%q) = %v, want %v", in, got, want)
		}
	}
}
