package reflow

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

func TestOCRQuoteStyle(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  quoteStyle
	}{
		{"straight page", []string{`The mayor's "green" budget`, `Rail plan ‘shelved'`}, quotesStraight},
		{"curly page", []string{"The mayor’s “green” budget", "Rail plan ‘shelved'"}, quotesCurly},
		{"even", []string{`it's`, "it’s"}, quotesMixed},
		// Quotes in Chinese text are no evidence of the Latin style.
		{"chinese quotes", []string{"他说“好”，大家‘都’同意", `rail 'plan'`}, quotesStraight},
	}
	for _, c := range cases {
		if got := ocrQuoteStyle(c.texts); got != c.want {
			t.Errorf("%s: style %d, want %d", c.name, got, c.want)
		}
	}
}

func TestRestyleQuotes(t *testing.T) {
	cases := []struct {
		in   string
		st   quoteStyle
		want string
	}{
		{"Rail plan ‘shelved'", quotesStraight, "Rail plan 'shelved'"},
		{"Ferry fares ‘to rise’", quotesStraight, "Ferry fares 'to rise'"},
		{"the “quiet” vote, the owner’s dog", quotesStraight, `the "quiet" vote, the owner's dog`},
		{`the "quiet" vote, the owner's dog`, quotesCurly, "the “quiet” vote, the owner’s dog"},
		{`'Never again,' she said`, quotesCurly, "‘Never again,’ she said"},
		{"Rail plan ‘shelved'", quotesMixed, "Rail plan ‘shelved'"},
		// Chinese quote marks keep their form on a straight page.
		{"他说“好”，‘一’字", quotesStraight, "他说“好”，‘一’字"},
		{`按下"加速键`, quotesCurly, `按下"加速键`},
	}
	for _, c := range cases {
		if got := restyleQuotes(c.in, c.st); got != c.want {
			t.Errorf("restyleQuotes(%q, %d) = %q, want %q", c.in, c.st, got, c.want)
		}
	}
}

// TestPageRestylesOCRQuotes: a scanned page's headline takes the quote
// style of the page's text, and a Chinese one curly quotes; a text
// layer's are printed as is.
func TestPageRestylesOCRQuotes(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Headline: lines("Rail plan ‘shelved'"),
		Body:     []segment.Flow{flow(`The council's "final" word came late.`, `Its chair said it was 'regrettable'.`)},
	}, {Headline: lines(`按下"快进键"以后`)}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		p := &page.Page{Number: 1, Method: m, Lines: []page.Line{
			{Text: "Rail plan ‘shelved'"}, {Text: `The council's "final" word came late.`}, {Text: `Its chair said it was 'regrettable'.`},
		}}
		want := "Rail plan 'shelved'"
		if m != page.MethodOCR {
			want = "Rail plan ‘shelved'"
		}
		if got := Page(p, l).Articles[0].Headline; got != want {
			t.Errorf("%s: headline %q, want %q", m, got, want)
		}
		want = "按下“快进键”以后"
		if m != page.MethodOCR {
			want = `按下"快进键"以后`
		}
		if got := Page(p, l).Articles[1].Headline; got != want {
			t.Errorf("%s: Chinese headline %q, want %q", m, got, want)
		}
	}
}

func TestChineseQuotes(t *testing.T) {
	cases := []struct{ in, want string }{
		// Closes the quotation the text opened.
		{`他称之为“试验田"，并说`, "他称之为“试验田”，并说"},
		// Opens one, then closes it.
		{`按下"快进键"以后`, "按下“快进键”以后"},
		// Ends a quotation whose opening mark OCR lost.
		{`都是老办法'。后来`, "都是老办法’。后来"},
		{`一句话说完"`, "一句话说完”"},
		// Latin text and curly marks are left alone.
		{`the "quiet" vote`, `the "quiet" vote`},
		{"他说“好”", "他说“好”"},
	}
	for _, c := range cases {
		if got := chineseQuotes(c.in); got != c.want {
			t.Errorf("chineseQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNestMarks: marks lists the outer and inner pair tested.
func TestNestMarks(t *testing.T) {
	const quotes, titles = "“”‘’", "《》〈〉"
	cases := []struct{ marks, in, want string }{
		{quotes, "他说：“大家叫它“小白楼”，我也这么叫。”", "他说：“大家叫它‘小白楼’，我也这么叫。”"},
		{quotes, "““新春”晚会”和“元宵”", "“‘新春’晚会”和“元宵”"},
		{titles, "通过《关于修订《城市绿化条例》的决定》", "通过《关于修订〈城市绿化条例〉的决定》"},
		// Side by side, not nested.
		{quotes, "“早市”和“夜市”", "“早市”和“夜市”"},
		{titles, "读《春》和《秋》", "读《春》和《秋》"},
		// A lost closing mark makes the nesting unsure.
		{quotes, "他说：“大家叫它“小白楼，我也这么叫。”", "他说：“大家叫它“小白楼，我也这么叫。”"},
		{titles, "《关于修订《城市绿化条例的决定》", "《关于修订《城市绿化条例的决定》"},
		// An inner form already read is left to stand.
		{quotes, "他说：“大家叫它‘小白楼’，“我”也这么叫。”", "他说：“大家叫它‘小白楼’，“我”也这么叫。”"},
	}
	for _, c := range cases {
		m := []rune(c.marks)
		if got := nestMarks(c.in, m[0], m[1], m[2], m[3]); got != c.want {
			t.Errorf("nestMarks(%q, %s) = %q, want %q", c.in, c.marks, got, c.want)
		}
	}
}
