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

// TestStreamDumpEnglish: an English stream dump, its soft-hyphen syllables
// on lines of their own and no blank lines, comes out as its two articles
// with their headlines, bylines and paragraphs.
func TestStreamDumpEnglish(t *testing.T) {
	got, heads := articles(t, "raw-en.txt")
	want := map[string][]string{
		"Harbour ferry to run all winter": {
			"The council has voted to keep the harbour ferry running through the winter months after a campaign by island residents who said it was their link.",
			"Workers at the yard will fit a new heater to the cabin and the ramps will be repaired before the first frost of the coming year.",
			"Councillors said the cost would be met from the harbour fund without any rise in the fares.",
		},
		"Library opens new reading room": {
			"The town library has opened a quiet reading room on its second floor, with desks for students and a shelf of local history books given by families of the town.",
			"The room is open every day except Sunday from nine until six and needs no booking at all.",
		},
		"Council to spend more on roads and bridges next year": {
			"The council will spend more on its roads and bridges next year, the mayor said at a meeting in the town hall on Monday.",
			"Work will start on the old river bridge in the spring and go on until the summer, she told councillors.",
		},
	}
	wantArticles(t, got, heads, want)
}

// TestStreamDumpChinese: a Chinese stream dump comes out as its two
// articles, the running head a block, each paragraph whole.
func TestStreamDumpChinese(t *testing.T) {
	got, heads := articles(t, "raw-zh.txt")
	want := map[string][]string{
		"老街改造完工": {
			"经过半年施工，城东老街改造工程日前完工。新铺的石板路两旁种上了梧桐树，沿街店铺统一换上了木质招牌，吸引了不少市民。",
			"据介绍，改造工程保留了老街原有的格局和十多处老建筑，对破损的墙面和屋顶进行了修缮，并新建了三处休息点和一座公共厕所。",
			"“以前路面坑坑洼洼，下雨天出门都难。现在走在街上心里舒坦。”住在老街的张大爷说。",
		},
		"社区食堂开门迎客": {
			"南湖社区食堂本月正式开业，每天供应早餐和午餐，六十岁以上老人用餐可享受八折优惠。食堂由社区委员会和一家餐饮企业合办，菜品以清淡为主，每周更换菜单。",
			"开业当天，不少老人早早来到食堂排队。社区工作人员表示，下一步将开通送餐上门服务，方便行动不便的老人。",
		},
	}
	wantArticles(t, got, heads, want)
}

// wantArticles checks that the articles got, headed heads, are want's:
// headline to paragraphs.
func wantArticles(t *testing.T, got map[string][]string, heads []string, want map[string][]string) {
	t.Helper()
	if len(heads) != len(want) {
		t.Errorf("headlines %q, want those of %d articles", heads, len(want))
	}
	for h, paras := range want {
		if !slices.Equal(got[h], paras) {
			t.Errorf("article %q: paragraphs\n%q\nwant\n%q", h, got[h], paras)
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
	for _, l := range []string{"win\u00adter months after a cam\u00ad\u2010", "and a shelf of lo\u00adcal his\u00adto\u00adry", "needs no book\u00ading at all."} {
		if !slices.Contains(en, l) {
			t.Errorf("syllables not joined into %q: %q", l, en)
		}
	}
	// The headlines stand apart from the body: a headline's first line,
	// about as wide as the column, stays with its short second line and
	// the byline.
	for _, block := range [][]string{
		{"", "Library opens new", "reading room", "By PETER HALE", ""},
		// Two lines about as wide as the column over a short one: a
		// headline of three lines.
		{"", "Council to spend more", "on roads and bridges", "next year", "By ANN LEE", ""},
	} {
		i := slices.Index(en, block[1])
		if i < 1 || i+len(block)-1 > len(en) || !slices.Equal(en[i-1:i-1+len(block)], block) {
			t.Errorf("no block %q in %q", block, en)
		}
	}
	// A running head wider than the columns opens the page: a block of
	// its own, not the first line of the headline under it.
	if zh := lines("raw-zh.txt"); len(zh) < 3 || zh[1] != "" || zh[2] != "老街改造完工" {
		t.Errorf("running head not a block: %q", zh)
	}
	// The same Chinese text with blank lines between its blocks, as a
	// default-mode dump prints it, is read as printed.
	data, err := os.ReadFile("testdata/raw-zh.txt")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var want []string
	for i, r := range rows {
		if i > 0 && i%8 == 0 {
			want = append(want, "")
		}
		want = append(want, r)
	}
	doc, err := textdump.Read([]byte(strings.Join(want, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.Pages[0].Lines {
		got = append(got, l.Text)
	}
	if !slices.Equal(got, want) {
		t.Errorf("default-mode dump changed:\n%q\nwant\n%q", got, want)
	}
}

// TestStreamDumpAllSyllables: a dump whose every line ends in a soft
// hyphen joins into one line, built once (adding line by line to a string
// copied it each time: quadratic in the size of the dump).
func TestStreamDumpAllSyllables(t *testing.T) {
	const n = 200000
	doc, err := textdump.Read([]byte(strings.Repeat("ab\u00ad\n", n)))
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, l := range doc.Pages[0].Lines {
		if l.Text != "" {
			text = append(text, l.Text)
		}
	}
	if len(text) != 1 || len(text[0]) != n*len("ab\u00ad") {
		t.Errorf("got %d lines, want one of %d bytes", len(text), n*len("ab\u00ad"))
	}
}
