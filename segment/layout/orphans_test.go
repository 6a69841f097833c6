package layout

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// headlessCredit finds the article whose byline is bl.
func headlessCredit(l segment.Layout, bl string) *segment.Article {
	for i := range l.Articles {
		if l.Articles[i].Byline == bl {
			return &l.Articles[i]
		}
	}
	return nil
}

// Running text whose head OCR lost is an article when a credit opens it:
// a run-in lead, or a credit line set right over it. A leftover fragment
// without a credit stays a page block.
func TestCreditedTextWithoutHead(t *testing.T) {
	b := datedScan()
	// Left, no head: a run-in credit opens the text.
	b.line("本报讯（记者王小明通讯员", 150, 300, 35, 35)
	b.line("李大力）乙乙乙乙乙乙乙乙乙乙", 150, 350, 35, 35)
	b.column("乙", 8, 150, 400)
	// Right of it: a credit line, then the text under it.
	b.line("记者张伟通讯员刘芳", 700, 300, 35, 35)
	b.column("丙", 9, 700, 380)
	// A fragment with no credit, beside them.
	b.line("残缺文字", 1300, 300, 35, 35)
	b.rule(150, 1100, 2330, 4)
	b.line("下方文章标题", 150, 1160, 80, 80)
	b.column("甲", 6, 150, 1290)
	l := Segment(&b.p)
	runIn := headlessCredit(l, "本报讯（记者 王小明 通讯员 李大力）")
	if runIn == nil {
		for _, a := range l.Articles {
			t.Logf("%q by %q: %d flows", texts(a.Headline), a.Byline, len(a.Body))
		}
		t.Fatal("no article for the text opening with a run-in credit")
	}
	if len(runIn.Headline) != 0 || len(runIn.Authors) != 2 || !strings.HasPrefix(flowText(runIn.Body[0]), "乙乙") {
		t.Errorf("run-in article: head %q, authors %v, body %q", texts(runIn.Headline), runIn.Authors, flowText(runIn.Body[0]))
	}
	under := headlessCredit(l, "记者 张伟 通讯员 刘芳")
	if under == nil || len(under.Body) == 0 || !strings.HasPrefix(flowText(under.Body[0]), "丙") || len(under.Authors) != 2 {
		t.Fatalf("credit line over text: got %+v", under)
	}
	for _, a := range l.Articles {
		for _, f := range a.Body {
			if strings.Contains(flowText(f), "残缺") {
				t.Errorf("the uncredited fragment joined article %q", texts(a.Headline))
			}
		}
	}
	found := false
	for _, bl := range l.Blocks {
		found = found || strings.Contains(texts(bl.Lines), "残缺")
	}
	if !found {
		t.Error("the uncredited fragment is not a page block")
	}
}

// A run-in credit that opens the article's second paragraph, after a stray
// fragment, is its byline.
func TestRunInCreditInSecondParagraph(t *testing.T) {
	b := newScan(0)
	b.line("文章的大标题在这里", 150, 300, 90, 90)
	b.line("零零零零零零零零", 150, 430, 35, 35)
	b.line("本报讯（记者王小明通讯员", 150, 560, 35, 35)
	b.line("李大力）甲甲甲甲甲甲甲甲甲甲", 150, 610, 35, 35)
	b.column("甲", 8, 150, 660)
	l := Segment(&b.p)
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if a.Byline != "本报讯（记者 王小明 通讯员 李大力）" || len(a.Authors) != 2 {
		t.Fatalf("byline %q, authors %v", a.Byline, a.Authors)
	}
	for _, f := range a.Body {
		if strings.Contains(flowText(f), "本报讯") {
			t.Errorf("the credit stayed in the body: %q", flowText(f))
		}
	}
}

// The next column of a headless credited article, set from the same
// height, is its own: nothing above owns it.
func TestHeadlessArticleTakesNextColumn(t *testing.T) {
	b := datedScan()
	b.line("本报讯（记者王小明通讯员", 150, 300, 35, 35)
	b.line("李大力）乙乙乙乙乙乙乙乙乙乙", 150, 350, 35, 35)
	b.column("乙", 8, 150, 400)
	for i := 0; i < 10; i++ {
		b.line("丁"+strings.Repeat("文", 13), 700, 300+float64(i)*50, 35, 35)
	}
	b.rule(150, 1100, 2330, 4)
	b.line("下方文章标题", 150, 1160, 80, 80)
	b.column("甲", 6, 150, 1290)
	l := Segment(&b.p)
	a := headlessCredit(l, "本报讯（记者 王小明 通讯员 李大力）")
	if a == nil {
		t.Fatal("no article for the text opening with a run-in credit")
	}
	if heads := flowStarts(a.Body); heads != "乙丁" {
		t.Errorf("flows start %q, want 乙 then 丁", heads)
	}
}

// A head OCR read in short pieces, over the credit of text it lost the head
// of, is the head of that text; a section banner above it is not.
func TestHeadlessArticleGathersHeadPieces(t *testing.T) {
	b := datedScan()
	b.line("社会", 150, 260, 40, 40)
	b.rule(150, 320, 2330, 4)
	for _, p := range []struct {
		text string
		x    float64
	}{{"远方", 150}, {"的", 260}, {"一条", 330}, {"新路", 440}} {
		b.line(p.text, p.x, 360, 35, 35)
	}
	b.line("今日开通", 300, 430, 35, 35)
	b.line("记者张伟通讯员刘芳", 150, 500, 35, 35)
	for i := 0; i < 10; i++ {
		b.line("丙"+strings.Repeat("文", 13), 150, 580+float64(i)*50, 35, 35)
	}
	l := Segment(&b.p)
	a := headlessCredit(l, "记者 张伟 通讯员 刘芳")
	if a == nil {
		t.Fatal("no article for the credited text")
	}
	if got := texts(a.Headline); !strings.Contains(got, "远方的一条新路") || !strings.HasSuffix(got, "今日开通") || strings.Contains(got, "社会") {
		t.Errorf("headline %q", got)
	}
}
