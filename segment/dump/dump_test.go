package dump

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/reflow"
	"newsprint/segment"
	"newsprint/segment/cues"
	"newsprint/textdump"
)

// authorsByHeadline maps each article's headline to its authors' names,
// run together.
func authorsByHeadline(l segment.Layout) map[string]string {
	got := map[string]string{}
	for _, a := range l.Articles {
		for _, au := range a.Authors {
			got[joinLines(a.Headline)] += au.Name
		}
	}
	return got
}

func dumpPage(lang, text string) *page.Page {
	p := &page.Page{Number: 1, Unit: page.NoUnit, Method: page.MethodText, Language: lang}
	for _, l := range strings.Split(text, "\n") {
		p.Lines = append(p.Lines, page.Line{Text: l, Conf: 1})
	}
	return p
}

func joinLines(ls []page.Line) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(strings.TrimSpace(l.Text))
	}
	return b.String()
}

func bodyText(a segment.Article) string {
	var b strings.Builder
	for _, f := range a.Body {
		b.WriteString(joinLines(f.Lines))
	}
	return strings.ReplaceAll(b.String(), " ", "")
}

// textGoesTo checks that the body of the article headed to holds has, and
// the body of the one headed from does not hold lacks.
func textGoesTo(t *testing.T, l segment.Layout, to, has, from, lacks string) {
	t.Helper()
	if b := bodyText(findArticle(t, l, to)); !strings.Contains(b, has) {
		t.Errorf("%q body = %q, want it to hold %q", to, b, has)
	}
	if b := bodyText(findArticle(t, l, from)); strings.Contains(b, lacks) {
		t.Errorf("%q body = %q, want no %q", from, b, lacks)
	}
}

// findArticle returns the article whose headline is h.
func findArticle(t *testing.T, l segment.Layout, h string) segment.Article {
	t.Helper()
	for _, a := range l.Articles {
		if joinLines(a.Headline) == h {
			return a
		}
	}
	var hs []string
	for _, a := range l.Articles {
		hs = append(hs, joinLines(a.Headline))
	}
	t.Fatalf("no article headed %q; headlines %q", h, hs)
	return segment.Article{}
}

// linesPiece is a piece of dump lines from to to (text and line only).
func linesPiece(lines []string, from, to int) *piece {
	p := &piece{first: from}
	for i := from; i <= to; i++ {
		p.frags = append(p.frags, frag{text: lines[i], line: i})
	}
	return p
}

// Two invented articles in the genre: one about a harbour, one about tea.
// harbourLead is the harbour article's heading, credit and first paragraph.
const harbourLead = `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`

const harbour = harbourLead + `
据港务集团介绍，新码头采用自动化
装卸设备，集装箱从船舶到堆场全程
无人操作，港口作业时间缩短三成。`

const tea = `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。
县农业局负责人说，全县茶园面积已
达五万亩，茶叶产业带动茶农增收。`

func TestSegmentArticles(t *testing.T) {
	l := Segment(dumpPage("zh", "2021年4月6日 星期二\n\n第3版 责任编辑：周明\n\n"+harbour+"\n\n"+tea+"\n"))
	h := findArticle(t, l, "港口新建集装箱码头投入使用")
	if h.Byline != "本报记者 王小明" || len(h.Authors) != 1 || h.Authors[0] != (segment.Author{Name: "王小明", Role: segment.Reporter}) {
		t.Errorf("harbour credit = %q %v", h.Byline, h.Authors)
	}
	if b := bodyText(h); !strings.Contains(b, "集装箱码头正式投入使用") || strings.Contains(b, "茶") {
		t.Errorf("harbour body = %q", b)
	}
	te := findArticle(t, l, "山区茶农春茶采摘忙")
	want := []segment.Author{{Name: "李芳", Role: segment.Reporter}, {Name: "赵强", Role: segment.Correspondent}}
	if len(te.Authors) != 2 || te.Authors[0] != want[0] || te.Authors[1] != want[1] {
		t.Errorf("tea authors = %v", te.Authors)
	}
	if b := bodyText(te); !strings.Contains(b, "茶农增收") || strings.Contains(b, "码头") {
		t.Errorf("tea body = %q", b)
	}
	kinds := map[segment.BlockKind]int{}
	for _, b := range l.Blocks {
		kinds[b.Kind]++
	}
	if kinds[segment.PageHeader] < 2 {
		t.Errorf("page header blocks = %v", l.Blocks)
	}
}

// The dump prints both headlines first and the bodies after: each headline
// still finds its own body by its words.
func TestHeadlinesFarFromBodies(t *testing.T) {
	text := `港口新建集装箱码头投入使用

山区茶农春茶采摘忙

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	if b := bodyText(findArticle(t, l, "港口新建集装箱码头投入使用")); !strings.Contains(b, "码头") || strings.Contains(b, "茶") {
		t.Errorf("harbour body = %q", b)
	}
	if b := bodyText(findArticle(t, l, "山区茶农春茶采摘忙")); !strings.Contains(b, "茶") || strings.Contains(b, "码头") {
		t.Errorf("tea body = %q", b)
	}
}

func TestCreditsAndCaptions(t *testing.T) {
	text := `新区召开营商环境推进会

本报讯 记者冯涛报道：3月5日，新区召开
营商环境推进会，部署下一步工作。会议
要求各部门简化审批流程。
（本报记者 吴一凡）

3月4日，新区政务服务中心，市民在窗口办理业务。 本报记者 陈立摄`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "新区召开营商环境推进会")
	if a.Byline != "本报讯 记者冯涛报道" {
		t.Errorf("byline = %q", a.Byline)
	}
	if b := bodyText(a); !strings.HasPrefix(b, "3月5日，新区召开") || strings.Contains(b, "吴一凡") {
		t.Errorf("body = %q", b)
	}
	if len(a.Captions) != 1 || !strings.HasSuffix(joinLines(a.Captions[0]), "陈立摄") {
		t.Errorf("captions = %v", a.Captions)
	}
	if names := authorList(a); names != "冯涛/reporter,陈立/photographer" {
		t.Errorf("authors = %v", names)
	}
}

func TestKickerDeckAndEditorsNote(t *testing.T) {
	text := `山区茶农春茶采摘忙
——青山县茶产业调查
春茶上市——

记者 李芳

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。

编者按：春茶上市时节，本报记者走进
茶山，记录茶农的一天。敬请关注。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if got := joinLines(a.Kicker); got != "春茶上市——" {
		t.Errorf("kicker = %q", got)
	}
	if len(a.Decks) != 1 || joinLines(a.Decks[0]) != "——青山县茶产业调查" {
		t.Errorf("decks = %v", a.Decks)
	}
	if strings.Contains(bodyText(a), "编者按") {
		t.Errorf("editor's note inside the article: %q", bodyText(a))
	}
	found := false
	for _, n := range l.Articles {
		if strings.HasPrefix(bodyText(n), "编者按") {
			found = true
		}
	}
	if !found {
		t.Errorf("no editor's note article in %d articles", len(l.Articles))
	}
}

// Columns of two articles printed on shared rows are pulled apart.
func TestInterleavedColumns(t *testing.T) {
	text := `港口新建集装箱码头投入使用

山区茶农春茶采摘忙

近日，滨江港新建的集装 清明前后，青山县的茶园
箱码头正式投入使用。码头共 进入采摘季。茶农们天不亮
有泊位六个，年吞吐能力达到 就上山采茶，新鲜茶叶当天
一百万标准箱，港口货物运输 送到茶厂加工，春茶价格比
效率大幅提升。 去年略有上涨。`
	l := Segment(dumpPage("zh", text))
	if b := bodyText(findArticle(t, l, "港口新建集装箱码头投入使用")); b != "近日，滨江港新建的集装箱码头正式投入使用。码头共有泊位六个，年吞吐能力达到一百万标准箱，港口货物运输效率大幅提升。" {
		t.Errorf("harbour body = %q", b)
	}
	if b := bodyText(findArticle(t, l, "山区茶农春茶采摘忙")); b != "清明前后，青山县的茶园进入采摘季。茶农们天不亮就上山采茶，新鲜茶叶当天送到茶厂加工，春茶价格比去年略有上涨。" {
		t.Errorf("tea body = %q", b)
	}
}

// crossheads lists the article's crossheads.
func crossheads(a segment.Article) []string {
	var cross []string
	for _, f := range a.Body {
		if f.Standalone {
			cross = append(cross, joinLines(f.Lines))
		}
	}
	return cross
}

// Lines amid an article's columns that are, and are not, crossheads.
func TestCrossheads(t *testing.T) {
	// The article's opening, the same in every case.
	top := "港口新建集装箱码头投入使用\n本报记者 王小明\n\n近日，滨江港新建的集装箱码头正式\n投入使用，年吞吐能力达到一百万。\n"
	// A crosshead printed first in a dump block, over a paragraph's
	// indented first line.
	opensBlock := top + `
扩建码头，提升效率
据港务集团介绍，新码头采用自
动化装卸设备，港口作业时间缩短三
成，效率大幅提升。`
	// A paragraph's indented first line without punctuation, after a
	// sentence end and before a full line, starts a paragraph.
	indented := top + `港务集团负责人介绍说新码头已
经采用自动化装卸设备，作业时间大
幅缩短，港口效率提升。`
	for _, c := range []struct {
		name, text string
		want       []string
		bodyHas    string
	}{
		{"own line", top + `自动化提升效率
据港务集团介绍，新码头采用自动化
装卸设备，港口作业时间缩短三成。`, []string{"自动化提升效率"}, ""},
		// Two phrases joined by a comma; a column scrap with a number
		// before its comma is none.
		{"comma", top + `扩建码头，提升效率
据港务集团介绍，新码头采用自
动化装卸设备，港口作业时间缩短三
成，效率大幅提升。
全港吞吐量同比增长了0.5%，居
全省第一。`, []string{"扩建码头，提升效率"}, ""},
		{"opens block", opensBlock, []string{"扩建码头，提升效率"}, ""},
		// The paragraph opens with a date: the dump measures its width
		// only roughly.
		{"opens block over a date", strings.Replace(opensBlock, "据港务集团介绍，新码头采用自", "2021年4月6日，新码头已采用自", 1), []string{"扩建码头，提升效率"}, ""},
		// Letter-spaced, ending a dump block after a sentence end.
		{"spaced ends block", top + `扩 建 码 头

据港务集团介绍，新码头采用自
动化装卸设备，港口作业时间缩短三
成，效率大幅提升。`, []string{"扩建码头"}, ""},
		{"indented start", indented, nil, "港务集团负责人介绍说新码头已经采用"},
		// A short line opening with a particle is a sentence's tail.
		{"particle", top + `的集装箱船舶停靠
据港务集团介绍，新码头采用自动化
装卸设备，港口作业时间缩短三成。`, nil, ""},
		// A first line the dump measured short (a digit in it) before a
		// full running line.
		{"indented start with a digit", strings.Replace(indented, "港务集团负责人介绍说新码头已", "港务集团负责人介绍说新码头3", 1), nil, ""},
		// A column whose widest line holds a wider mark: the common
		// width tells the indent.
		{"indented start under a wide line", strings.Replace(indented, "投入使用，年吞吐能力达到一百万。", "投入使用，年吞吐能力达到一百万。\n“码头共有泊位六个，可同时停靠”大船。", 1), nil, ""},
	} {
		a := findArticle(t, Segment(dumpPage("zh", c.text)), "港口新建集装箱码头投入使用")
		if got := crossheads(a); !slices.Equal(got, c.want) {
			t.Errorf("%s: crossheads = %q, want %q", c.name, got, c.want)
		}
		if b := bodyText(a); !strings.Contains(b, c.bodyHas) {
			t.Errorf("%s: body = %q", c.name, b)
		}
	}
}

// A line one and a half columns wide on top of a column is a headline,
// though it lists things with commas.
func TestWideHeadlineWithCommas(t *testing.T) {
	text := `港口扩建、码头升级、航运发展并不意味着运输成本必然上升
近日，滨江港新建的集装箱码头正式
投入使用，年吞吐能力达到一百万，
港口货物运输效率大幅提升，集装箱
从船舶到堆场全程无人操作。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "港口扩建、码头升级、航运发展并不意味着运输成本必然上升")
	if b := bodyText(a); !strings.HasPrefix(b, "近日，滨江港") {
		t.Errorf("body = %q", b)
	}
}

func TestEnglish(t *testing.T) {
	// Soft hyphens (U+00AD) mark the hyphenation points of body text.
	text := strings.ReplaceAll(`Harbour opens new container terminal
By PETER MCLEAN

The new con~tainer ter~mi~nal at the
city's har~bour opened on Mon~day, dou~
bling the port's ca~pac~i~ty.
Of~fi~cials said the au~to~mated cranes
would cut load~ing times by a third.`, "~", "\u00ad")
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "Harbour opens new container terminal")
	if a.Byline != "By PETER MCLEAN" || len(a.Authors) != 1 || a.Authors[0].Name != "Peter Mclean" {
		t.Errorf("credit = %q %v", a.Byline, a.Authors)
	}
	if b := bodyText(a); !strings.Contains(b, "Of\u00adfi\u00adcials") {
		t.Errorf("body = %q", b)
	}
}

func TestDegenerateInput(t *testing.T) {
	for _, text := range []string{"", "\n\n\n", "　　", strings.Repeat("字", 1<<16), strings.Repeat("a b ", 1<<14)} {
		l := Segment(dumpPage("", text))
		for _, a := range l.Articles {
			if len(a.Body) == 0 && len(a.Headline) == 0 {
				t.Errorf("empty article from %d bytes", len(text))
			}
		}
	}
	if l := Segment(nil); len(l.Articles) != 0 {
		t.Errorf("nil page gave %d articles", len(l.Articles))
	}
}

// On the seed dump (read from ../shared when present) the credits printed
// apart from their articles all find an article, and the paper's name is a
// masthead block.
func TestSeedDump(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "changji-front.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed dump not available (%v): ../shared is absent", err)
	}
	doc, err := textdump.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	p := &doc.Pages[0]
	l := Segment(p)
	masthead := false
	for _, b := range l.Blocks {
		masthead = masthead || b.Kind == segment.Masthead
	}
	if !masthead {
		t.Error("no masthead block")
	}
	bylines := map[string]bool{}
	for _, a := range l.Articles {
		if a.Byline != "" {
			bylines[a.Byline] = true
		}
		if len(a.Headline) == 0 && !strings.HasPrefix(bodyText(a), "编者按") {
			t.Errorf("article without headline: %.40q", bodyText(a))
		}
	}
	for _, ln := range p.Lines {
		if b, a, ok := cues.ParseByline(ln.Text); ok && !photoOnly(a) && !bylines[b] {
			t.Errorf("credit %q is no article's byline", b)
		}
	}
}

func TestCapitalsHeadlineRejoined(t *testing.T) {
	s := &pageSeg{}
	for in, want := range map[string]string{
		"RAILWAY OV ER BUDGET AGAIN": "RAILWAY OVER BUDGET AGAIN",
		"TOWN SET TO LOV E ITS PARK": "TOWN SET TO LOVE ITS PARK",
		"W INTER SALES":              "WINTER SALES",
		"MAYOR BU YS A NEW FLEET":    "MAYOR BUYS A NEW FLEET",
		"TRAINS TO RUN ON 4G":        "TRAINS TO RUN ON 4G",
		"Mixed Case Is Left Alone":   "Mixed Case Is Left Alone",
	} {
		if got := s.squeezeHead(in); got != want {
			t.Errorf("squeezeHead(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKickerApartAndLabelledDeck(t *testing.T) {
	text := `春茶上市——

山区茶农春茶采摘忙

记者 李芳

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。

港口新建集装箱码头投入使用

码头作业效率大幅提升（港口观察）
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	tea := findArticle(t, l, "山区茶农春茶采摘忙")
	if got := joinLines(tea.Kicker); got != "春茶上市——" {
		t.Errorf("kicker = %q", got)
	}
	h := findArticle(t, l, "港口新建集装箱码头投入使用")
	if len(h.Decks) != 1 || joinLines(h.Decks[0]) != "码头作业效率大幅提升（港口观察）" || h.Byline != "本报记者 王小明" {
		t.Errorf("decks = %v, byline %q", h.Decks, h.Byline)
	}
}

// A credit printed apart from its heading (column text of another article
// in between) goes to the headline above it.
func TestCreditApart(t *testing.T) {
	text := `山区茶农春茶采摘忙

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱。

记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "山区茶农春茶采摘忙")
	if a.Byline != "记者 李芳 通讯员 赵强" {
		t.Errorf("byline = %q", a.Byline)
	}
}

// An English page as pdftotext prints it: a deck set across the columns
// under its headline, a credit over the first column far from the
// headline, a second story printed under the first story's headline, and a
// column line that reads like a heading but runs on from the line above.
func TestEnglishPage(t *testing.T) {
	text := strings.ReplaceAll(`Ferry service returns to the island
Harbour officials say the old ferry route will carry passengers again from the first week of spring.

Orchard growers fear frost

The is~land fer~ry will sail again
from next month, the har~bour board
an~nounced on Tues~day. The route
closed two years ago when the old
fer~ry was sold for scrap.
A new boat has been leased from a
main~land op~er~a~tor. Pas~sen~gers
will pay the same fares as before
and the har~bour board hopes to win
back the vis~i~tors the is~land lost.

By TOM REEVE

Fruit grow~ers in the val~ley fear
that a late frost could dam~age this
year's ap~ple blos~som. Or~chard own~
ers have set out heaters among the
trees and some are spray~ing wa~ter
to pro~tect the buds. The growers say
Apple prices rose last year after the
frost spoiled a third of the crop.`, "~", "\u00ad")
	l := Segment(dumpPage("en", text))
	ferry := findArticle(t, l, "Ferry service returns to the island")
	if len(ferry.Decks) != 1 || !strings.HasPrefix(joinLines(ferry.Decks[0]), "Harbour officials say") {
		t.Errorf("ferry decks = %v", ferry.Decks)
	}
	if b := bodyText(ferry); !strings.Contains(b, "fer\u00adry") || strings.Contains(b, "Fruit") {
		t.Errorf("ferry body = %q", b)
	}
	frost := findArticle(t, l, "Orchard growers fear frost")
	if frost.Byline != "By TOM REEVE" {
		t.Errorf("frost credit = %q", frost.Byline)
	}
	if b := bodyText(frost); !strings.Contains(b, "Apple") || strings.Contains(b, "board") {
		t.Errorf("frost body = %q", b)
	}
}

// Two headings printed together above their texts: the first story's text
// comes second, after a column of the other story that breaks off
// mid-sentence before a blank line.
func TestEnglishHeadsApart(t *testing.T) {
	text := strings.ReplaceAll(`Ferry service returns to the island
By ANN LEE

Orchard growers fear frost
By TOM REEVE

Fruit grow~ers in the val~ley fear
that a late frost could dam~age this
year's ap~ple blos~som. Or~chard own~
ers have set out heaters among the
trees and some are spray~ing wa~ter
to pro~tect the buds from the frost

The is~land fer~ry will sail again
from next month, the har~bour board
an~nounced on Tues~day. The fer~ry
route closed two years ago when the
old fer~ry was sold for scrap.`, "~", "\u00ad")
	l := Segment(dumpPage("en", text))
	ferry := findArticle(t, l, "Ferry service returns to the island")
	if b := bodyText(ferry); !strings.Contains(b, "har\u00adbour") || strings.Contains(b, "frost") {
		t.Errorf("ferry body = %q", b)
	}
	frost := findArticle(t, l, "Orchard growers fear frost")
	if b := bodyText(frost); !strings.Contains(b, "buds") || strings.Contains(b, "board") {
		t.Errorf("frost body = %q", b)
	}
}

// A story whose heading the dump lost, printed after a headed one, is an
// article of its own rather than the tail of the story above.
func TestEnglishUntitled(t *testing.T) {
	text := strings.ReplaceAll(`Ferry service returns to the island
By ANN LEE

The is~land fer~ry will sail again
from next month, the har~bour board
an~nounced on Tues~day.
The fer~ry route closed two years
ago when the old fer~ry was sold.

Fruit grow~ers in the val~ley fear
that a late frost could dam~age
this year's ap~ple blos~som.
Or~chard own~ers have set out
heaters among the trees.
Some grow~ers are spray~ing wa~ter
on the blos~som at night.
Apple prices rose last year after
frost spoiled a third of the crop.`, "~", "\u00ad")
	l := Segment(dumpPage("en", text))
	ferry := findArticle(t, l, "Ferry service returns to the island")
	if b := bodyText(ferry); strings.Contains(b, "frost") {
		t.Errorf("ferry body = %q", b)
	}
	if len(l.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(l.Articles))
	}
}

// A credit naming two reporters printed beside a column line keeps both
// names.
func TestCreditWithTwoNames(t *testing.T) {
	fs := splitFrags("和农村道路养护及管理规定 □本报记者 王小明 赵大勇", true)
	if len(fs) != 2 || fs[1] != "□本报记者 王小明 赵大勇" {
		t.Errorf("fragments = %q", fs)
	}
}

// Headings printed one after another take the credits printed after them
// in the same order.
func TestCreditsInHeadingOrder(t *testing.T) {
	text := `港口新建集装箱码头投入使用

山区茶农春茶采摘忙

本报记者 王小明
近日，滨江港新建的集装 □本报记者 李芳
箱码头正式投入使用。码头共 清明前后，青山县的茶园
有泊位六个，年吞吐能力达到 进入采摘季。茶农们天不亮
一百万标准箱，港口货物运输 就上山采茶，新鲜茶叶当天
效率大幅提升。 送到茶厂加工，春茶价格比
去年略有上涨。`
	l := Segment(dumpPage("zh", text))
	if a := findArticle(t, l, "港口新建集装箱码头投入使用"); a.Byline != "本报记者 王小明" {
		t.Errorf("harbour byline = %q", a.Byline)
	}
	if a := findArticle(t, l, "山区茶农春茶采摘忙"); a.Byline != "本报记者 李芳" {
		t.Errorf("tea byline = %q", a.Byline)
	}
}

// Rows of a one-column article alternate with the rows of a two-column
// one: each column is read on its own.
func TestAlternatingRows(t *testing.T) {
	text := `近日，滨江港新建的集装
清明前后，青山县的茶园 茶农们天不亮就上山采茶，
箱码头正式投入使用。码头共
进入采摘季。今年春茶长势 新鲜茶叶当天送到茶厂加
有泊位六个，年吞吐能力达到
良好，芽叶肥壮，茶农们 工，春茶价格比去年略有上
一百万标准箱，港口货物运输
喜笑颜开。 涨。
效率大幅提升。`
	s := classified("zh", text)
	var got []string
	for _, pc := range s.pieces() {
		got = append(got, strings.ReplaceAll(pc.text(), " ", ""))
	}
	want := []string{
		"近日，滨江港新建的集装箱码头正式投入使用。码头共有泊位六个，年吞吐能力达到一百万标准箱，港口货物运输效率大幅提升。",
		"清明前后，青山县的茶园进入采摘季。今年春茶长势良好，芽叶肥壮，茶农们喜笑颜开。",
		"茶农们天不亮就上山采茶，新鲜茶叶当天送到茶厂加工，春茶价格比去年略有上涨。",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("columns:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A headline of two parallel phrases printed on a line of its own is a
// heading, comma and all.
func TestParallelHeadline(t *testing.T) {
	text := `共同抓好港口建设，协同推进航运发展

本报记者 王小明

近日，滨江港新建的集装
箱码头正式投入使用。码头共
有泊位六个，年吞吐能力达到
一百万标准箱，港口货物运输
效率大幅提升。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "共同抓好港口建设，协同推进航运发展")
	if a.Byline != "本报记者 王小明" {
		t.Errorf("byline = %q", a.Byline)
	}
}

// The article's columns are read in the order its text runs, whatever
// order the dump prints them in.
func TestReadingOrder(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		// A column whose text runs on into a column printed further down is read
		// on there, before the pieces printed in between.
		{"linked pieces in link order", `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个。
滨江港新建的集装箱码头的集装

　　港口负责人表示，今后将
继续扩大开放力度，提升服务水
平，吸引更多航运企业落户。

箱码头年吞吐能力达到一百万标
准箱，运输效率大幅提升，港口
货物周转时间缩短三成。`,
			"近日，滨江港新建的集装箱码头正式投入使用，码头共有泊位六个。滨江港新建的集装箱码头的集装箱码头年吞吐能力达到一百万标准箱，运输效率大幅提升，港口货物周转时间缩短三成。" +
				"港口负责人表示，今后将继续扩大开放力度，提升服务水平，吸引更多航运企业落户。"},
		// Column pieces that the article's own text joins ("…将继续扩大开放" /
		// "，提升…": a line that cannot open a paragraph) are read in that order,
		// though the dump prints another paragraph of the article between them.
		{"pieces in continuation order", `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，
港口负责人表示，将继续扩大开放

　　据介绍，滨江港码头采用自动
化装卸设备，集装箱从船舶到堆场
全程无人操作。

，提升服务水平，吸引更多航运企
业落户滨江港集装箱码头。`,
			"近日，滨江港新建的集装箱码头正式投入使用，码头共有泊位六个，港口负责人表示，将继续扩大开放，提升服务水平，吸引更多航运企业落户滨江港集装箱码头。" +
				"据介绍，滨江港码头采用自动化装卸设备，集装箱从船舶到堆场全程无人操作。"},
		// Two columns of one article printed side by side, row by row: the left
		// column is read first, top down, then the right one.
		{"side by side, left first", `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码 　　港口负责人表示，今后将继
头正式投入使用。码头共有泊 续扩大开放力度，提升服务水
位六个，年吞吐能力达到一百 平，吸引更多航运企业落户，
万标准箱，运输效率大幅提升 让更多货物从这里走向世界。
，货物周转时间缩短三成。 　　据介绍，新码头采用自动化`,
			"近日，滨江港新建的集装箱码头正式投入使用。码头共有泊位六个，年吞吐能力达到一百万标准箱，运输效率大幅提升，货物周转时间缩短三成。" +
				"港口负责人表示，今后将继续扩大开放力度，提升服务水平，吸引更多航运企业落户，让更多货物从这里走向世界。据介绍，新码头采用自动化"},
	} {
		a := findArticle(t, Segment(dumpPage("zh", c.text)), "滨江港集装箱码头投入使用")
		if b := bodyText(a); b != c.want {
			t.Errorf("%s: body = %q\nwant %q", c.name, b, c.want)
		}
	}
}

// A column without a heading, whose words match neither article, goes to
// the article whose column it runs on from ("…将继续扩大开放" / "，提升…":
// a line that cannot open a paragraph), not to the article printed around
// it.
func TestHeadlessColumnGoesToTheStoryItContinues(t *testing.T) {
	text := `滨江港集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正
式投入使用，码头共有泊位六个，
年吞吐能力达到一百万标准箱。港
口负责人表示，将继续扩大开放

山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘
季，茶农们天不亮就上山采茶，新
鲜茶叶当天送到茶厂加工。

，提升服务水平，吸引更多企业落
户，让更多货物从这里走向世界。

县农业局负责人说，全县茶园面积
已达五万亩，茶叶产业带动茶农增
收，春茶价格比去年略有上涨。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "滨江港集装箱码头投入使用")
	if b := bodyText(a); !strings.Contains(b, "将继续扩大开放，提升服务水平，吸引更多企业落户，让更多货物从这里走向世界。") {
		t.Errorf("harbour body = %q", b)
	}
	if b := bodyText(findArticle(t, l, "山区茶农春茶采摘忙")); strings.Contains(b, "提升服务") {
		t.Errorf("tea body = %q", b)
	}
}

// A run-in credit that wraps, its second line printed as several column
// fragments ("讯员 李芳） 近日，…"), is read whole, and its article is the
// one whose heading is printed right above it.
func TestWrappedRunInCredit(t *testing.T) {
	text := `滨江港集装箱码头投入使用

本报讯（记者 王小明 通

讯员 李芳） 近日，滨江港新建
的集装箱码头正式投入使用，码
头共有泊位六个，年吞吐能力达
到一百万标准箱。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "滨江港集装箱码头投入使用")
	want := []segment.Author{{Name: "王小明", Role: segment.Reporter}, {Name: "李芳", Role: segment.Correspondent}}
	if len(a.Authors) != 2 || a.Authors[0] != want[0] || a.Authors[1] != want[1] {
		t.Errorf("authors = %v, want %v (byline %q)", a.Authors, want, a.Byline)
	}
	if b := bodyText(a); !strings.HasPrefix(b, "近日，滨江港新建的集装箱码头") {
		t.Errorf("body = %q", b)
	}
}

// A kicker ("…——") printed far from its headline is no headline of its
// own: it goes to the article whose text carries its words.
func TestKickerFarFromHeadline(t *testing.T) {
	text := harbour + `

“茶乡能手”李大山——

港口负责人表示，今后将继续扩大开放力度，
提升服务水平，吸引更多航运企业落户。
滨江港还将新建两个泊位，码头年吞吐
能力有望再提高一半，港口货物运输效率
还将进一步提升，集装箱从船舶到堆场
全程无人操作的自动化码头将覆盖全港。
新泊位建成后，港口可同时停靠十余艘
大型集装箱船，货物周转时间再缩短两
成，滨江港将成为长江中游重要的集装
箱枢纽港，服务沿江地区外贸企业。
港务集团表示，码头建设坚持绿色发展，
岸电设施覆盖全部泊位，船舶靠港期间
使用岸电，减少港区废气排放。

` + tea + `
种茶三十年的茶乡能手李大山说，今年春
茶品质好，茶农收入有望再创新高。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if k := joinLines(a.Kicker); k != "“茶乡能手”李大山——" {
		t.Errorf("tea kicker = %q", k)
	}
	for _, x := range l.Articles {
		if strings.Contains(joinLines(x.Headline), "李大山") {
			t.Errorf("kicker heads an article: %q", joinLines(x.Headline))
		}
	}
}

// A short column printed between two columns of one article joins that
// article, though a line misread as a heading sits right above it.
func TestShortColumnBetweenColumnsOfOneArticle(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升，货物周转时间缩短三成。

夜里灯火通明的新码头作业区

工人们三班倒，吊机昼夜不停，一批批
集装箱被吊上货轮，发往长江沿线和东
南亚各地，每天进出的集装箱近千个。

港务集团介绍，新码头采用自动化装卸
设备，集装箱从船舶到堆场全程无人操
作，岸电设施覆盖全部泊位。

滨江港负责人表示，港口还将新建两个
泊位，码头年吞吐能力有望再提高一半，
滨江港将成为长江中游重要的枢纽港。

` + tea
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if b := bodyText(a); !strings.Contains(b, "工人们三班倒") || !strings.Contains(b, "港务集团介绍") {
		t.Errorf("harbour body = %q", b)
	}
	for _, x := range l.Articles {
		if joinLines(x.Headline) == "夜里灯火通明的新码头作业区" {
			t.Errorf("a misread line heads an article: %q", bodyText(x))
		}
	}
}

// The extractor prints a credit's role and its name as separate lines with
// a blank between ("本报记者" / "王小明"): they are one credit, not a
// heading line and a stray name.
func TestCreditNamesOnTheirOwnLines(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者

王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if a.Byline != "本报记者 王小明" || len(a.Authors) != 1 || a.Authors[0] != (segment.Author{Name: "王小明", Role: segment.Reporter}) {
		t.Errorf("credit = %q %v", a.Byline, a.Authors)
	}
}

// The lead-in of the next article's run-in credit, printed on a line of its
// own after the names, is no name of the credit above.
func TestLeadInAfterCreditNames(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者

王小明

李芳

本报讯

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "港口新建集装箱码头投入使用")
	if a.Byline != "本报记者 王小明 李芳" || len(a.Authors) != 2 {
		t.Errorf("credit = %q %v", a.Byline, a.Authors)
	}
}

// A bracketed credit printed on a line of its own ends the article above:
// it is that article's credit, no heading.
func TestBracketedCreditEndsArticle(t *testing.T) {
	text := `新区召开营商环境推进会

3月5日，新区召开营商环境推进会，部
署下一步工作。会议要求各部门简化审
批流程，提高办事效率。

（本报记者 吴一凡）

` + tea
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "新区召开营商环境推进会")
	if a.Byline != "本报记者 吴一凡" {
		t.Errorf("byline = %q", a.Byline)
	}
	for _, a := range l.Articles {
		if h := joinLines(a.Headline); strings.Contains(h, "吴一凡") {
			t.Errorf("credit taken for a headline: %q", h)
		}
	}
}

// Digits and Latin letters are half as wide as Chinese characters: a
// headline full of numbers is still a Chinese heading line.
func TestHeadlineWithNumbers(t *testing.T) {
	text := `全市5G基站2021年新建3000座
本报记者 王小明

近日，滨江市通信管理局发布消息，
全市今年新建的第五代移动通信基站
已经全部开通，城区和主要乡镇实现
网络全覆盖，用户数量明显增长。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "全市5G基站2021年新建3000座")
	if a.Byline != "本报记者 王小明" {
		t.Errorf("byline = %q", a.Byline)
	}
}

// A short line printed before the masthead is ear text, not a headline.
func TestEarLineBeforeMasthead(t *testing.T) {
	head, body, _ := strings.Cut(harbour, "\n\n")
	text := "扫码下载滨江新闻\n\n" + head + "\n\n滨江日报\n\n" + body + "\n\n" + tea + "\n"
	l := Segment(dumpPage("zh", text))
	ear := false
	for _, b := range l.Blocks {
		ear = ear || b.Kind == segment.PageHeader && joinLines(b.Lines) == "扫码下载滨江新闻"
	}
	if !ear {
		t.Errorf("ear line is no page-header block: %v", l.Blocks)
	}
	for _, a := range l.Articles {
		if joinLines(a.Headline) == "扫码下载滨江新闻" {
			t.Errorf("ear line heads an article")
		}
	}
	findArticle(t, l, "港口新建集装箱码头投入使用")
	findArticle(t, l, "山区茶农春茶采摘忙")
}

// A paragraph's first line without punctuation, as wide as the first lines
// of the paragraphs next to it and narrower than the line below it, is no
// heading and no crosshead.
func TestParagraphStartIsNoHeading(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。

滨江港务集团负责人在仪式介
绍，新码头采用自动化装卸设备，集
装箱从船舶到堆场全程无人操作。

交通运输局副局长及港务集团
相关单位负责人，物流企业代表出席
了投用仪式。

` + tea
	l := Segment(dumpPage("zh", text))
	const first = "交通运输局副局长及港务集团"
	for _, a := range l.Articles {
		if joinLines(a.Headline) == first {
			t.Fatalf("a paragraph's first line heads an article: %q", bodyText(a))
		}
	}
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if !strings.Contains(bodyText(a), first+"相关单位") {
		t.Errorf("paragraph start not in the article: %q", bodyText(a))
	}
	for _, f := range a.Body {
		if f.Standalone && joinLines(f.Lines) == first {
			t.Errorf("paragraph start taken for a crosshead")
		}
	}
}

// A caption printed next to one article goes to the article whose text
// carries its words, with its photographer.
func TestCaptionGoesByContent(t *testing.T) {
	text := tea + "\n\n" + harbour + "\n\n青山县的茶园里，茶农正在采摘春茶。\n□本报记者 周亮摄\n"
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if len(a.Captions) != 1 || !strings.Contains(joinLines(a.Captions[0]), "茶农正在采摘春茶") {
		t.Errorf("tea captions = %v", a.Captions)
	}
	h := findArticle(t, l, "港口新建集装箱码头投入使用")
	if len(h.Captions) != 0 {
		t.Errorf("harbour got the tea caption: %v", h.Captions)
	}
	for _, au := range h.Authors {
		if au.Name == "周亮" {
			t.Errorf("harbour got the tea photographer")
		}
	}
}

// A column line with a printed space before a Latin word or inside a
// quoted slogan is one line of one column, not two columns' lines.
func TestSpaceInsideColumnLine(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。港务集团通过视频 APP 和
网站发布船舶到港信息，倡导“安全作
业 人人有责”的理念。码头共有泊位
六个，年吞吐能力达到一百万标准箱。

` + tea
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	for _, want := range []string{"通过视频APP和网站发布", "“安全作业人人有责”的理念"} {
		if !strings.Contains(bodyText(a), want) {
			t.Errorf("body lacks %q: %q", want, bodyText(a))
		}
	}
}

// An editor's-note label printed as a title away from its text: the block
// that announces the paper's coverage is the note, an article of its own.
func TestEditorsNoteLabelApart(t *testing.T) {
	text := harbour + `

春节将至，为反映我市港口和乡村
的新变化，本报组织记者深入一线采
访。今日起本报开设“新春看变化”专
栏，敬请关注。

` + tea + `

编者按
`
	l := Segment(dumpPage("zh", text))
	note := findArticle(t, l, "编者按")
	if got := bodyText(note); !strings.HasPrefix(got, "春节将至") || !strings.HasSuffix(got, "敬请关注。") {
		t.Errorf("note text = %q", got)
	}
	for _, h := range []string{"港口新建集装箱码头投入使用", "山区茶农春茶采摘忙"} {
		if strings.Contains(bodyText(findArticle(t, l, h)), "敬请关注") {
			t.Errorf("%s holds the note's text", h)
		}
	}
}

// The column a titled editor's note announces ("开设“新春看变化”专栏") is
// the series kicker of the article whose heading the note's label is
// printed by.
func TestSeriesKickerFromEditorsNote(t *testing.T) {
	head, body, _ := strings.Cut(tea, "\n\n")
	text := harbour + `

春节将至，为反映我市港口和乡村
的新变化，本报组织记者深入一线采
访。今日起本报开设“新春看变化”专
栏，敬请关注。

新春看变化

` + head + `

编者按

` + body + "\n"
	l := Segment(dumpPage("zh", text))
	findArticle(t, l, "编者按")
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if got := joinLines(a.Kicker); got != "新春看变化" {
		t.Errorf("kicker = %q", got)
	}
	if h := findArticle(t, l, "港口新建集装箱码头投入使用"); len(h.Kicker) > 0 {
		t.Errorf("harbour kicker = %q", joinLines(h.Kicker))
	}
}

// Two parallel phrases printed apart from any text are an overline: the
// article whose text carries their words takes them as its kicker.
func TestPairedPhrasesKickerApart(t *testing.T) {
	text := tea + "\n\n" + harbour + "\n\n管好万亩茶园 带动茶农增收\n"
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if got := joinLines(a.Kicker); got != "管好万亩茶园带动茶农增收" {
		t.Errorf("kicker = %q; blocks %v", got, l.Blocks)
	}
}

// A bare label printed between a headline and all of its article's text is
// the article's overline, not a crosshead opening the body.
func TestLabelBeforeTextIsKicker(t *testing.T) {
	head, body, _ := strings.Cut(harbour, "\n\n")
	text := head + "\n\n港口建设·码头\n\n" + body + "\n\n" + tea + "\n"
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if got := joinLines(a.Kicker); got != "港口建设·码头" {
		t.Errorf("kicker = %q", got)
	}
	if c := crossheads(a); len(c) > 0 {
		t.Errorf("crossheads %q", c)
	}
}

// A photo credit on the line under its caption stays a line of its own, so
// that the caption keeps it apart, and a padded name is printed whole.
func TestCaptionCreditLine(t *testing.T) {
	text := tea + "\n\n青山县的茶园里，茶农正在采摘春茶。\n□本报记者 周 亮摄\n"
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if len(a.Captions) != 1 {
		t.Fatalf("captions = %v", a.Captions)
	}
	if got := reflow.Caption(a.Captions[0]); got != "青山县的茶园里，茶农正在采摘春茶。 本报记者 周亮摄" {
		t.Errorf("caption = %q", got)
	}
}

// A quotation opened before a printed space and closed after it holds the
// line together, though quotes make it measure a little wide.
func TestQuoteAcrossSpace(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。港务集团同日举办首届
“港口开放 走进码头”主题活动，市民
可以登上码头参观自动化装卸设备，
了解集装箱从船舶到堆场的全过程。

` + tea
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "港口新建集装箱码头投入使用")
	if want := "举办首届“港口开放走进码头”主题活动，市民可以登上码头"; !strings.Contains(bodyText(a), want) {
		t.Errorf("body lacks %q: %q", want, bodyText(a))
	}
}

// A credit printed over the first column of its article, far below the
// headlines printed together at the top: the column under it takes it, by
// its place across the line when the dump prints columns side by side.
func TestCreditOverItsColumn(t *testing.T) {
	text := `山区茶农春茶采摘忙

港口新建集装箱码头投入使用

近日，滨江港新建的集装箱码头
正式投入使用。码头共有泊位六
个，年吞吐能力达到一百万标准
箱，港口货物运输效率大幅提升。
据港务集团介绍，新码头采用
自动化装卸设备，集装箱从船舶
到堆场全程无人操作，港口作业
时间缩短三成。
码头所在的滨江港区位于长江下
游，水深条件优越，可停靠大型
集装箱船舶，腹地经济发达，货
源充足，发展前景广阔。

港务集团表示，码头投用后，滨 记者 李芳 通讯员 赵强
江港将开通更多国际航线，服务 清明前后，青山县的茶园进
沿江城市的外贸企业，进一步降 入采摘季。茶农们天不亮就上山
低物流成本。码头二期工程也已 采茶，新鲜茶叶当天送到茶厂加
开工建设，预计明年底前建成， 工，春茶价格比去年略有上涨。
届时年吞吐能力将翻番。 县农业局负责人说，全县茶园
面积已达五万亩，茶叶产业带动
茶农增收。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	if a.Byline != "记者 李芳 通讯员 赵强" {
		t.Errorf("tea byline = %q", a.Byline)
	}
	if h := findArticle(t, l, "港口新建集装箱码头投入使用"); h.Byline != "" {
		t.Errorf("harbour byline = %q", h.Byline)
	}
}

// A caption's credit wrapped onto the next dump line, split at the space
// before the name and printed beside a body column ("…本报记" / "者" "周亮摄").
func TestCaptionCreditWrappedBesideColumn(t *testing.T) {
	text := `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

4月2日，青山县的茶园里，茶农们正在采摘春茶，一派繁忙景象。 本报记
清明前后，青山县的茶园进入采摘季。 者 周亮摄
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。
县农业局负责人说，全县茶园面积已
达五万亩，茶叶产业带动茶农增收。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "山区茶农春茶采摘忙")
	if len(a.Captions) != 1 || !strings.HasSuffix(strings.ReplaceAll(joinLines(a.Captions[0]), " ", ""), "本报记者周亮摄") {
		t.Errorf("captions = %v", a.Captions)
	}
	if names := authorList(a); names != "李芳/reporter,赵强/correspondent,周亮/photographer" {
		t.Errorf("authors = %v", names)
	}
	if b := bodyText(a); strings.Contains(b, "周亮") || !strings.HasPrefix(b, "清明前后") {
		t.Errorf("body = %q", b)
	}
}

// A long headline wrapped before a dash keeps its short second line; a dash
// line as long as the headline is a deck, set smaller.
func TestDashLineOfHeadline(t *testing.T) {
	text := `青山县建成全省规模最大的山区生态茶园
——春茶开采

` + tea[strings.Index(tea, "\n")+1:] + `

港口新建集装箱码头投入使用
——滨江港开通更多国际航线服务沿江外贸企业
本报记者 王小明

近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "青山县建成全省规模最大的山区生态茶园——春茶开采")
	if len(a.Decks) != 0 {
		t.Errorf("tea decks = %v", a.Decks)
	}
	h := findArticle(t, l, "港口新建集装箱码头投入使用")
	if len(h.Decks) != 1 || joinLines(h.Decks[0]) != "——滨江港开通更多国际航线服务沿江外贸企业" {
		t.Errorf("harbour decks = %v", h.Decks)
	}
}

// A story opened by a run-in credit is no part of an article that has a
// credit of its own, though it is printed right under that article's
// heading and linked to its text; with no heading of its own found, it
// stands as an article.
func TestRunInStoryLeavesCreditedArticle(t *testing.T) {
	text := `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

本报讯（记者王小明）近日，滨江港
新建的集装箱码头正式投入使用。码头
共有泊位六个，年吞吐能力达到一百万
标准箱，港口货物运输效率大幅提升。

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜茶叶
当天送到茶厂加工，春茶价格比去年
略有上涨。`
	l := Segment(dumpPage("zh", text))
	tea := findArticle(t, l, "山区茶农春茶采摘忙")
	if b := bodyText(tea); strings.Contains(b, "码头") || !strings.Contains(b, "茶农") {
		t.Errorf("tea body = %q", b)
	}
	for _, au := range tea.Authors {
		if au.Name == "王小明" {
			t.Errorf("tea authors = %v", tea.Authors)
		}
	}
	found := false
	for _, a := range l.Articles {
		if strings.Contains(bodyText(a), "码头") {
			found = true
			if a.Byline != "本报讯（记者王小明）" || !strings.HasPrefix(bodyText(a), "近日") {
				t.Errorf("harbour byline = %q, body = %q", a.Byline, bodyText(a))
			}
		}
	}
	if !found {
		t.Errorf("no harbour article: %v", l.Articles)
	}
}

// A photo credited to an article's reporter goes with that article, though
// the dump prints its caption amid another article's text.
func TestCaptionByTheReporter(t *testing.T) {
	text := harbour + "\n\n" + tea + `
3月2日，滨江港新码头，桥吊正在装卸集装箱。（本报记者 王小明摄）
茶农说，今年雨水充足，春茶长势喜人，
茶叶品质也比往年更好。`
	l := Segment(dumpPage("zh", text))
	h := findArticle(t, l, "港口新建集装箱码头投入使用")
	if len(h.Captions) != 1 || len(h.Authors) != 2 || h.Authors[1] != (segment.Author{Name: "王小明", Role: segment.Photographer}) {
		t.Errorf("harbour captions = %v, authors = %v", h.Captions, h.Authors)
	}
	if te := findArticle(t, l, "山区茶农春茶采摘忙"); len(te.Captions) != 0 {
		t.Errorf("tea captions = %v", te.Captions)
	}
}

// The extractor may print the second line of a wrapped run-in credit far
// above its first, beside another column: the bracket the credit leaves
// open still finds its close there.
func TestRunInCreditClosedFarAbove(t *testing.T) {
	text := `滨江港集装箱码头投入使用

讯员 李芳） 近日，滨江港新建 清明前后，青山县的茶园进
的集装箱码头正式投入使用，码 入采摘季。茶农们天不亮就上
头共有泊位六个，年吞吐能力达 山采茶，新鲜茶叶当天送到茶
到一百万标准箱。 厂加工，春茶价格比去年略有
上涨。县农业局负责人说，全
县茶园面积已达五万亩，茶叶
产业带动茶农增收。茶农们说，
今年雨水充足，春茶长势喜人。

本报讯（记者 王小明 通`
	a := findArticle(t, Segment(dumpPage("zh", text)), "滨江港集装箱码头投入使用")
	want := []segment.Author{{Name: "王小明", Role: segment.Reporter}, {Name: "李芳", Role: segment.Correspondent}}
	if len(a.Authors) != 2 || a.Authors[0] != want[0] || a.Authors[1] != want[1] {
		t.Errorf("authors = %v, want %v (byline %q)", a.Authors, want, a.Byline)
	}
	if b := bodyText(a); !strings.HasPrefix(b, "近日，滨江港新建的集装箱码头") || strings.Contains(b, "讯员") {
		t.Errorf("body = %q", b)
	}
}

// A caption printed on one dump line with column lines beside it keeps only
// its own text and credit.
func TestCaptionBesideColumns(t *testing.T) {
	text := `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘季。
茶农们天不亮就上山采茶，新鲜 4月2日，青山县的茶园里，茶农们正在采摘春茶。（本报记者 周亮摄） 码头共有泊位六个
当天送到茶厂加工，春茶价格比去年
略有上涨。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "山区茶农春茶采摘忙")
	var caps []string
	for _, c := range l.Blocks {
		if c.Kind == segment.Caption {
			caps = append(caps, joinLines(c.Lines))
		}
	}
	for _, c := range a.Captions {
		caps = append(caps, joinLines(c))
	}
	if len(caps) != 1 || caps[0] != "4月2日，青山县的茶园里，茶农们正在采摘春茶。（本报记者 周亮摄）" {
		t.Errorf("captions = %q", caps)
	}
	if len(a.Authors) != 3 || a.Authors[2] != (segment.Author{Name: "周亮", Role: segment.Photographer}) {
		t.Errorf("authors = %v", a.Authors)
	}
}

// The close of a photo credit's bracket printed near a run-in credit left
// open is no part of it: the run-in goes on with its correspondent.
func TestRunInCreditNotClosedByPhotoCredit(t *testing.T) {
	text := `滨江港集装箱码头投入使用

清明前后，青山县的茶园进 陈立摄）
入采摘季。茶农们天不亮就上
本报讯（记者 王小明 通 山采茶，新鲜茶叶当天送到茶
厂加工，春茶价格比去年略有
上涨。县农业局负责人说，全
县茶园面积已达五万亩，茶叶
产业带动茶农增收。茶农们说，
讯员 李芳） 近日，滨江港新建 今年雨水充足，春茶长势喜人。
的集装箱码头正式投入使用，码
头共有泊位六个，年吞吐能力达
到一百万标准箱。`
	a := findArticle(t, Segment(dumpPage("zh", text)), "滨江港集装箱码头投入使用")
	if a.Byline != "本报讯（记者 王小明 通讯员 李芳）" {
		t.Errorf("byline = %q, authors = %v", a.Byline, a.Authors)
	}
}

// A credited headline whose text a bare heading right above it drew first
// leaves its credit to that text's article.
func TestStrandedCreditGoesToItsText(t *testing.T) {
	text := `港口新建集装箱码头投入使用
本报记者 王小明

` + tea + `

码头作业全程自动化
近日，滨江港新建的集装箱码头正式
投入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口货物运输
效率大幅提升。据港务集团介绍，新码
头采用自动化装卸设备，集装箱从船舶
到堆场全程无人操作，港口作业时间缩
短三成。`
	l := Segment(dumpPage("zh", text))
	for _, a := range l.Articles {
		if strings.Contains(bodyText(a), "集装箱") && a.Byline != "本报记者 王小明" {
			t.Errorf("harbour text headed %q has credit %q", joinLines(a.Headline), a.Byline)
		}
	}
}

// authorList is an article's authors as "name/role", comma-separated.
func authorList(a segment.Article) string {
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name+"/"+string(au.Role))
	}
	return strings.Join(names, ",")
}
