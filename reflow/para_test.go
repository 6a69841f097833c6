package reflow

import (
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

func lines(ss ...string) []page.Line {
	out := make([]page.Line, len(ss))
	for i, s := range ss {
		out[i] = page.Line{Text: s}
	}
	return out
}

func flow(ss ...string) segment.Flow { return segment.Flow{Lines: lines(ss...)} }

// checkParagraphs fails t unless Paragraphs, without a vocabulary, makes
// want of flows.
func checkParagraphs(t *testing.T, flows []segment.Flow, want []string) {
	t.Helper()
	if got := Paragraphs(flows, nil); !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestJoinLines(t *testing.T) {
	vocab := NewVocab([]string{"They co-operate with us.", "A well-known firm."})
	for _, tc := range []struct {
		name string
		in   []string
		v    Vocab
		want string
	}{
		{"cjk", []string{"嘉峪关地处一片", "开阔的戈壁边上"}, nil, "嘉峪关地处一片开阔的戈壁边上"},
		{"cjk justified", []string{"嘉 峪 关 地 处 一 片", "开阔的戈壁边上"}, nil, "嘉峪关地处一片开阔的戈壁边上"},
		{"latin", []string{"the quick brown", "fox jumps"}, nil, "the quick brown fox jumps"},
		{"digit then cjk", []string{"截至2019", "年底"}, nil, "截至2019年底"},
		{"cjk then latin", []string{"播放视频", "VCR和图片"}, nil, "播放视频VCR和图片"},
		{"latin then cjk", []string{"接入5G", "网络"}, nil, "接入5G网络"},
		{"cjk quote then latin", []string{"所谓“", "AI+”"}, nil, "所谓“AI+”"},
		{"hyphenation", []string{"the govern-", "ment said"}, nil, "the government said"},
		{"hyphenation plural", []string{"local govern-", "ments agree"}, nil, "local governments agree"},
		{"real compound", []string{"a think-", "tank report"}, nil, "a think-tank report"},
		{"compound by dictionary", []string{"a well-", "known name"}, nil, "a well-known name"},
		{"number range", []string{"in 1990-", "91 season"}, nil, "in 1990-91 season"},
		{"capital after hyphen", []string{"anti-", "American views"}, nil, "anti-American views"},
		{"document writes co-operate", []string{"will co-", "operate"}, vocab, "will co-operate"},
		{"dictionary cooperate", []string{"will co-", "operate"}, nil, "will cooperate"},
		{"unicode hyphen", []string{"the govern\u2010", "ment"}, nil, "the government"},
		{"unicode hyphen kept", []string{"a well\u2010", "known name"}, nil, "a well-known name"},
		{"soft hyphen at end", []string{"tele\u00ad", "vi\u00adsion set"}, nil, "television set"},
		{"soft and visible hyphen", []string{"con\u00adver\u00ad\u2010", "sion rate"}, nil, "conversion rate"},
		{"soft hyphen at start", []string{"a sig\u00adnif\u00adi", "\u00adcant chunk"}, nil, "a significant chunk"},
		{"soft break before a dash", []string{"on simi\u00ad-", "- to do what"}, nil, "on simi - to do what"},
		{"soft then ascii hyphen", []string{"click\u00ad-", "ing on"}, nil, "clicking on"},
		{"closed dash", []string{"the vote—", "and then"}, nil, "the vote—and then"},
		{"spaced dash", []string{"the vote —", "and then"}, nil, "the vote — and then"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Paragraphs([]segment.Flow{flow(tc.in...)}, tc.v)
			if len(got) != 1 || got[0] != tc.want {
				t.Fatalf("got %q, want [%q]", got, tc.want)
			}
		})
	}
}

func TestVocabSkipsLineEndFragments(t *testing.T) {
	v := NewVocab([]string{"the govern-", "ment and a well-known co\u00adoperative"})
	for _, w := range []string{"well-known", "cooperative", "ment", "the"} {
		if !v.has(w) {
			t.Errorf("vocab lacks %q", w)
		}
	}
	if v.has("govern") {
		t.Error("vocab took the line-end fragment govern")
	}
}

// column renders Chinese paragraphs as a text dump of a justified column of
// n characters: each paragraph's first line loses its two-character indent,
// as pdftotext prints it.
func column(n int, paras ...string) []string {
	var out []string
	for _, p := range paras {
		rs := []rune(p)
		width := n - 2
		for len(rs) > 0 {
			k := min(width, len(rs))
			out = append(out, string(rs[:k]))
			rs = rs[k:]
			width = n
		}
	}
	return out
}

var zhParas = []string{
	"清晨的集市上人来人往，摊主们忙着摆放新鲜的蔬菜和水果，叫卖声此起彼伏，一派热闹景象。",
	"一位卖菜的老人告诉我们，今年雨水充足，收成比往年好了不少，价格实惠。",
	"短段落。",
	"到了傍晚，广场慢慢安静，路灯一盏接一盏地亮起来，只有几个孩子在台阶上追逐嬉戏，笑声一阵阵传开，仿佛舍不得这一天结束。",
}

func TestParagraphsFromDumpWidths(t *testing.T) {
	got := Paragraphs([]segment.Flow{flow(column(13, zhParas...)...)}, nil)
	if !slices.Equal(got, zhParas) {
		t.Fatalf("got %d paragraphs:\n%s\nwant:\n%s", len(got), strings.Join(got, "\n"), strings.Join(zhParas, "\n"))
	}
}

func TestParagraphsAcrossFlows(t *testing.T) {
	ls := column(13, zhParas...)
	// Column breaks (blank lines in a dump) after a full mid-sentence line,
	// after a full line that ends a sentence and before an indented line.
	var cuts []int
	for i := 1; i < len(ls); i++ {
		if strings.HasSuffix(ls[i-1], "。") && displayWidth(ls[i]) == 22 {
			cuts = append(cuts, i) // paragraph boundary
		}
	}
	cuts = append(cuts, 2) // inside the first paragraph
	slices.Sort(cuts)
	var flows []segment.Flow
	prev := 0
	for _, c := range cuts {
		flows = append(flows, flow(ls[prev:c]...))
		prev = c
	}
	flows = append(flows, flow(ls[prev:]...))
	got := Paragraphs(flows, nil)
	if !slices.Equal(got, zhParas) {
		t.Fatalf("got:\n%s", strings.Join(got, "\n"))
	}
}

func TestBracketedNoteStaysWithParagraph(t *testing.T) {
	ls := column(13, zhParas[0], zhParas[1])
	ls = append(ls[:len(ls)-1:len(ls)-1], ls[len(ls)-1], "（报告全文见第三版）")
	ls = append(ls, column(13, zhParas[3])...)
	checkParagraphs(t, []segment.Flow{flow(ls...)}, []string{zhParas[0], zhParas[1] + "（报告全文见第三版）", zhParas[3]})
}

// A note after a full stop ends its paragraph however many lines it runs.
func TestLongNoteEndsParagraph(t *testing.T) {
	para := zhParas[1] + "（" + strings.Repeat("据当地气象部门统计", 12) + "）"
	checkParagraphs(t, []segment.Flow{flow(column(13, para, zhParas[3])...)}, []string{para, zhParas[3]})
}

func TestStandaloneFlowNeverJoins(t *testing.T) {
	flows := []segment.Flow{
		flow("这是一个没有结束的句子，它在这里"),
		{Lines: lines("严谨的历史态度"), Standalone: true},
		flow("继续前面的内容"),
	}
	checkParagraphs(t, flows, []string{"这是一个没有结束的句子，它在这里", "严谨的历史态度", "继续前面的内容"})
}

func TestRunOnFlowJoinsAcrossWord(t *testing.T) {
	// A flow ends early without punctuation; the next looks like a
	// paragraph start. Only a word split across the break (推|广) joins them.
	body := column(13, zhParas[0])
	flows := []segment.Flow{
		flow(append(body, "新型节能技术推")...),
		flow("广率达到七成以上的水平", "今年的收成比往年好了不少，价格也比较实惠啊。"),
	}
	got := Paragraphs(flows, nil)
	if len(got) != 2 || !strings.HasPrefix(got[1], "新型节能技术推广率达到") {
		t.Fatalf("推|广 not joined: %q", got)
	}
	flows[0] = flow(append(body, "这是我的家乡")...)
	flows[1] = flow("清晨的集市上人来人往，", "今年的收成比往年好了不少，价格也比较实惠啊。")
	if got := Paragraphs(flows, nil); len(got) != 3 {
		t.Fatalf("label before a paragraph start joined: %q", got)
	}
}

func TestEnglishParagraphs(t *testing.T) {
	in := []string{
		"The council met on Tuesday to",
		"discuss the new budget for the",
		"coming year and its effects.",
		"Members said they were divided.",
		"Some argued for more spend-",
		"ing on schools, others for lower",
		"taxes and a smaller deficit in",
		"the years ahead.",
		"The vote is due next week when",
		"the full council meets again.",
	}
	checkParagraphs(t, []segment.Flow{flow(in...)}, []string{
		"The council met on Tuesday to discuss the new budget for the coming year and its effects. Members said they were divided.",
		"Some argued for more spending on schools, others for lower taxes and a smaller deficit in the years ahead.",
		"The vote is due next week when the full council meets again.",
	})
}

// geoFlow lays lines out in a column from x=0 to x=100 with 10-point type:
// each line is given with its left and right edge.
func geoFlow(ls ...geoLine) segment.Flow {
	var f segment.Flow
	for i, g := range ls {
		y := float64(i) * 12
		f.Lines = append(f.Lines, page.Line{Text: g.text, Size: 10, Box: &page.Rect{X0: g.x0, Y0: y, X1: g.x1, Y1: y + 10}})
	}
	f.Column = &page.Rect{X0: 0, Y0: 0, X1: 100, Y1: float64(len(ls)) * 12}
	return f
}

type geoLine struct {
	text   string
	x0, x1 float64
}

func TestParagraphsWithGeometry(t *testing.T) {
	f := geoFlow(
		geoLine{"第一段开头缩进两个字", 20, 100},
		geoLine{"这一行是满的没有结束", 0, 100},
		geoLine{"短的末行。", 0, 50},
		geoLine{"第二段开头也缩进了两", 20, 100},
		geoLine{"个字而上一行是满的。", 0, 100},
		geoLine{"第三段开头缩进两个字", 20, 100},
		geoLine{"末行不短但以句号结束。", 0, 100},
	)
	checkParagraphs(t, []segment.Flow{f}, []string{"第一段开头缩进两个字这一行是满的没有结束短的末行。", "第二段开头也缩进了两个字而上一行是满的。", "第三段开头缩进两个字末行不短但以句号结束。"})
	// Next column: continues the paragraph when its first line is not indented.
	f2 := geoFlow(geoLine{"下一栏继续这一段", 0, 100}, geoLine{"完。", 0, 20})
	got := Paragraphs([]segment.Flow{f, f2}, nil)
	if len(got) != 3 || !strings.HasSuffix(got[2], "以句号结束。下一栏继续这一段完。") {
		t.Fatalf("column continuation not joined: %q", got)
	}
	f3 := geoFlow(geoLine{"新的一段从下一栏开始", 20, 100}, geoLine{"完。", 0, 20})
	if got = Paragraphs([]segment.Flow{f, f3}, nil); len(got) != 4 {
		t.Fatalf("indented start of the next column not a paragraph: %q", got)
	}
}

func TestParagraphsEmptyAndHostile(t *testing.T) {
	if got := Paragraphs(nil, nil); got == nil || len(got) != 0 {
		t.Fatalf("Paragraphs(nil) = %#v, want empty non-nil", got)
	}
	if got := Paragraphs([]segment.Flow{flow("", "   ", "\u3000")}, nil); len(got) != 0 {
		t.Fatalf("blank lines gave %q", got)
	}
	long := strings.Repeat("长", 1<<20)
	got := Paragraphs([]segment.Flow{flow(long, "\xff\xfe bad utf8 -", "-", "\u00ad")}, nil)
	if len(got) == 0 || !strings.HasPrefix(got[0], "长长") {
		t.Fatalf("long line lost")
	}
}

func TestMergeColumnsJoinsRowPieces(t *testing.T) {
	col := page.Rect{X0: 0, Y0: 0, X1: 100, Y1: 60}
	at := func(text string, x0, y0, x1 float64) page.Line {
		return page.Line{Text: text, Size: 10, Box: &page.Rect{X0: x0, Y0: y0, X1: x1, Y1: y0 + 10}}
	}
	// A justified line split at its wide gaps into three boxes, two of
	// them listed after the rest of the column, in flows of the same column.
	flows := []segment.Flow{
		{Column: &col, Lines: []page.Line{at("The council met on Tuesday", 10, 0, 100), at("to discuss the budget.", 0, 12, 60), at("Members", 10, 24, 100), at("of the town said", 0, 48, 100), at("they agreed.", 0, 60, 40)}},
		{Column: &col, Lines: []page.Line{at("were", 0, 36, 20)}},
		{Column: &col, Lines: []page.Line{at("sharply", 40, 36, 60), at("divided", 75, 36, 100)}},
	}
	checkParagraphs(t, flows, []string{"The council met on Tuesday to discuss the budget.", "Members were sharply divided of the town said they agreed."})
	// Lines that fill only half of their column box come from two columns:
	// they are not interleaved.
	wide := page.Rect{X0: 0, Y0: 0, X1: 210, Y1: 60}
	two := []segment.Flow{
		{Column: &wide, Lines: []page.Line{at("左栏第一行文字", 0, 0, 100), at("左栏第二行文字", 0, 12, 100)}},
		{Column: &wide, Lines: []page.Line{at("右栏第一行文字", 110, 0, 210), at("右栏第二行文字", 110, 12, 210)}},
	}
	if got := Paragraphs(two, nil); strings.Join(got, "") != "左栏第一行文字左栏第二行文字右栏第一行文字右栏第二行文字" {
		t.Fatalf("two columns interleaved: %q", got)
	}
	// The same with a line spanning both columns, so that most lines
	// cannot tell: rows would join pieces of two columns.
	two[0].Lines = append([]page.Line{at("通栏的一行文字", 0, -12, 210)}, two[0].Lines...)
	two[1].Lines = append(two[1].Lines, at("通栏的末行文字", 0, 24, 210))
	if got := Paragraphs(two, nil); strings.Join(got, "") != "通栏的一行文字左栏第一行文字左栏第二行文字右栏第一行文字右栏第二行文字通栏的末行文字" {
		t.Fatalf("two columns interleaved: %q", got)
	}
}

func TestWideColumnBoxIsNotTrusted(t *testing.T) {
	// The layout gave the article's box (three columns wide) as the column
	// of each flow: lines are measured against their own column instead.
	f := geoFlow(
		geoLine{"第一段开头缩进两个字", 20, 100},
		geoLine{"这一行是满的没有结束", 0, 100},
		geoLine{"短的末行。", 0, 50},
		geoLine{"第二段开头也缩进了两", 20, 100},
		geoLine{"个字而上一行是满的。", 0, 100},
	)
	f.Column = &page.Rect{X0: 0, Y0: 0, X1: 320, Y1: 100}
	checkParagraphs(t, []segment.Flow{f}, []string{"第一段开头缩进两个字这一行是满的没有结束短的末行。", "第二段开头也缩进了两个字而上一行是满的。"})
}

func TestIndentedLineStartsParagraph(t *testing.T) {
	f := geoFlow(
		geoLine{"“搞好生产重要，但不能", 20, 100},
		geoLine{"只顾眼前忘了长远打算”", 0, 99},
		geoLine{"上世纪八十年代初，村里", 20, 100},
		geoLine{"发展滞后，治安也不好。", 0, 100},
		// lines set around a picture on the left: indented, one paragraph
		geoLine{"图片右边的文字比较短", 40, 100},
		geoLine{"每一行都向右缩进了", 40, 100},
		geoLine{"直到图片结束为止。", 40, 90},
	)
	checkParagraphs(t, []segment.Flow{f}, []string{"“搞好生产重要，但不能只顾眼前忘了长远打算”", "上世纪八十年代初，村里发展滞后，治安也不好。", "图片右边的文字比较短每一行都向右缩进了直到图片结束为止。"})
}

// A line that opens with a quote has its ink start half a glyph into the
// column: after a full sentence-final line it goes on with the paragraph;
// indented two glyphs, it starts one.
func TestOpeningQuoteIsNoIndent(t *testing.T) {
	f := geoFlow(
		geoLine{"会上大家发言热烈讨论。", 20, 100},
		geoLine{"这一行是满的以句号结束。", 0, 100},
		geoLine{"“我们要把这件事办好，", 7, 100},
		geoLine{"让群众满意。”他说。", 0, 60},
		geoLine{"“下一段从这里开始，", 27, 100},
		geoLine{"到这里结束。”", 0, 40},
	)
	checkParagraphs(t, []segment.Flow{f}, []string{"会上大家发言热烈讨论。这一行是满的以句号结束。“我们要把这件事办好，让群众满意。”他说。", "“下一段从这里开始，到这里结束。”"})
}

// A dump that sets a blank line after every paragraph: a blank line after a
// full sentence-final line is a paragraph break. In a dump whose flows hold
// several paragraphs (short sentence-final lines inside them), the same
// full line at a flow's end runs on into the next flow.
func TestBlankLineParagraphs(t *testing.T) {
	blankSeparated := []segment.Flow{
		flow("连日来，各乡镇抓住晴好天气，组织农户", "开展春耕备耕工作，确保农资供应充足。"),
		flow("市农业农村局还组织技术人员下乡到村，", "为农户提供土壤检测服务。"),
	}
	if got := Paragraphs(blankSeparated, nil); len(got) != 2 {
		t.Errorf("blank-line paragraphs: got %q, want 2 paragraphs", got)
	}
	columnBoxes := []segment.Flow{
		flow("连日来，各乡镇抓住晴好天气，组织农户", "织农户开展春耕。", "全市已落实粮食播种面积，储备化肥农药", "等物资，确保农资供应充足，保障需要。"),
		flow("市农业农村局还组织技术人员下乡到村，", "为农户提供土壤检测服务。"),
	}
	got := Paragraphs(columnBoxes, nil)
	if len(got) != 2 || !strings.HasSuffix(got[1], "保障需要。市农业农村局还组织技术人员下乡到村，为农户提供土壤检测服务。") {
		t.Errorf("column boxes: got %q, want the full line to run on into the next flow", got)
	}
}

// Where the dump measures Chinese lines exactly, a full line after the
// blank line that follows a sentence end is no paragraph's first line
// (those lost their indent) even in a dump that seems to set a blank line
// after every paragraph: the blank line split a column.
func TestBlankLineBeforeFullLine(t *testing.T) {
	flows := []segment.Flow{
		flow("各乡镇抓住晴好天气组织农户", "开展春耕备耕工作确保农资供", "应充足，市农业农村局还组织", "技术人员下乡到村为农户提供", "土壤检测服务指导科学施肥。"),
		flow("一位种粮大户看着检测报告说", "今年心里有底了，播种前就知", "道缺啥，这样的服务我们欢迎", "希望年年都有。"),
	}
	checkParagraphs(t, flows, []string{"各乡镇抓住晴好天气组织农户开展春耕备耕工作确保农资供应充足，市农业农村局还组织技术人员下乡到村为农户提供土壤检测服务指导科学施肥。一位种粮大户看着检测报告说今年心里有底了，播种前就知道缺啥，这样的服务我们欢迎希望年年都有。"})
}

// columnOpening and columnClosing are paragraphs of a Chinese column
// thirteen characters wide as a dump prints them: the first line, indented,
// is two characters short.
var (
	columnOpening = []string{"今年以来，全市紧紧围绕", "高质量发展目标，持续推进产", "业结构调整，一批重点项目相", "继开工建设，为全年经济平稳", "运行打下坚实基础。"}
	columnClosing = []string{"农业方面，各地抓住农时", "抓好秋收秋种，粮食生产形势", "总体向好，丰收已成定局，全", "年粮食产量有望再创历史新高", "农民增收的势头也很好。"}
)

// In a dump with a blank line after every paragraph, a blank line after a
// colon that introduces a quotation is no paragraph end: the quotation goes
// on in the paragraph; after a full stop it is one.
func TestBlankLineColonBeforeQuote(t *testing.T) {
	flows := []segment.Flow{
		flow("连日来，各乡镇抓住晴好天气，组织农户", "开展春耕备耕工作，确保农资供应充足。"),
		flow("市农业农村局还组织技术人员下乡到村，", "一位种粮大户看着检测报告高兴地说："),
		flow("“今年心里有底了，播种前就知道缺啥。", "这样的服务我们欢迎，希望年年都有。”"),
	}
	checkParagraphs(t, flows, []string{
		"连日来，各乡镇抓住晴好天气，组织农户开展春耕备耕工作，确保农资供应充足。",
		"市农业农村局还组织技术人员下乡到村，一位种粮大户看着检测报告高兴地说：“今年心里有底了，播种前就知道缺啥。这样的服务我们欢迎，希望年年都有。”",
	})
}

// A paragraph's first line is indented: in a dump, a full line after a
// paragraph's short last line goes on a paragraph from elsewhere (the dump
// joined the column's end to another column) and starts none. Where the
// dump measures lines of Chinese characters exactly, a line one character
// short is full too; where compressed marks let lines measure more than
// the column, it is an indented first line.
func TestFullLineStartsNoParagraph(t *testing.T) {
	p1 := columnOpening
	p3 := columnClosing
	para := func(ls ...[]string) string {
		var b strings.Builder
		for _, l := range ls {
			b.WriteString(strings.Join(l, ""))
		}
		return b.String()
	}
	run := func(p2 []string) []segment.Flow {
		return []segment.Flow{flow(slices.Concat(p1, p2, p3)...)}
	}

	full := []string{"展，园区的产业链条不断延伸", "和拓展，发展后劲明显增强，", "新引进企业三十余家。"}
	checkParagraphs(t, run(full), []string{para(p1, full), para(p3)})

	oneShort := []string{"园区的产业链条不断延伸和", "拓展，发展后劲明显增强，新", "引进企业三十余家，不少是行", "业龙头企业。"}
	checkParagraphs(t, run(oneShort), []string{para(p1, oneShort), para(p3)})

	// Compressed marks: lines of fourteen characters in a column of
	// thirteen; the line one short opens a paragraph.
	loose := []segment.Flow{flow(slices.Concat(p1,
		[]string{"园区的产业链条不断延伸和", "拓展，发展后劲明显增强，新引", "进企业三十余家，其中不少是", "行业龙头，带动上下游企业集", "聚，园区的发展后劲明显增强，", "前景十分广阔。"}, p3)...)}
	if got := Paragraphs(loose, nil); len(got) != 3 {
		t.Errorf("loose measure: got %q, want 3 paragraphs", got)
	}
}

// A dump that scatters the words of justified columns over lines of one
// word each: the short lines tell no paragraph end, and the text runs on
// (a sentence end before a short capitalised line breaks nothing).
func TestScatteredWordsRunOn(t *testing.T) {
	got := Paragraphs([]segment.Flow{
		flow("The", "council", "met on Tuesday to discuss the", "budget", "and", "schools", "of the city in a long session", "today."),
		flow("Members", "voted", "for the new plan after a long", "debate."),
	}, nil)
	want := []string{"The council met on Tuesday to discuss the budget and schools of the city in a long session today. Members voted for the new plan after a long debate."}
	if !slices.Equal(got, want) {
		t.Errorf("scattered: got %q", got)
	}
	// The same text set in lines: the short last line ends a paragraph.
	got = Paragraphs([]segment.Flow{
		flow("The council met on Tuesday to", "discuss the coming budget of", "the city schools."),
		flow("Members voted for the plan", "after a long debate in the", "chamber on Tuesday evening."),
	}, nil)
	if len(got) != 2 {
		t.Errorf("lines: got %q, want 2 paragraphs", got)
	}
	// A flow the segmenter marked as opening a paragraph starts one, even
	// of scattered words; a word broken at the flow's end still joins.
	open := flow("Members", "voted", "for the new plan after a long", "debate.")
	open.Opens = true
	got = Paragraphs([]segment.Flow{
		flow("The", "council", "met on Tuesday to discuss the", "budget", "today."), open,
	}, nil)
	want = []string{"The council met on Tuesday to discuss the budget today.", "Members voted for the new plan after a long debate."}
	if !slices.Equal(got, want) {
		t.Errorf("opening flow: got %q", got)
	}
	broken := flow("bers", "voted.")
	broken.Opens = true
	if got = Paragraphs([]segment.Flow{flow("The", "council", "met", "Mem\u00ad"), broken}, nil); len(got) != 1 {
		t.Errorf("opening flow after a broken word: got %q, want 1 paragraph", got)
	}
}

// Where the dump ran another column's text into the article (a full line
// after a paragraph's end), a line that ends a sentence well short, right
// after a paragraph's end, is the tail of a paragraph printed elsewhere,
// not a paragraph of one line. In a clean column it stays one
// (TestParagraphsFromDumpWidths).
func TestStrayEndInMixedColumns(t *testing.T) {
	p1 := columnOpening
	elsewhere := []string{"展，园区的产业链条不断延伸", "和拓展，发展后劲明显增强，", "新引进企业三十余家。"}
	stray := "销售红火。"
	p3 := columnClosing
	checkParagraphs(t, []segment.Flow{flow(slices.Concat(p1, elsewhere, []string{stray}, p3)...)},
		[]string{strings.Join(slices.Concat(p1, elsewhere), "") + stray, strings.Join(p3, "")})
}

// No line opens with a closing mark: one the dump printed so (the end of
// a line it cut) opens no paragraph, whatever its width.
func TestClosingMarkOpensNoParagraph(t *testing.T) {
	p1 := columnOpening
	cut := []string{"。园区新引进企业三十余", "家，发展后劲明显增强。"}
	p3 := []string{"农业方面，各地抓住农时", "抓好秋收秋种，粮食生产形势", "总体向好，丰收已成定局。"}
	checkParagraphs(t, []segment.Flow{flow(slices.Concat(p1, cut, p3)...)},
		[]string{strings.Join(slices.Concat(p1, cut), ""), strings.Join(p3, "")})
}

// A short line that closes a bracket without a stop (a photo credit …摄）)
// ends what it closes: the indented line after it opens a paragraph.
func TestShortClosingBracketEndsParagraph(t *testing.T) {
	p1 := []string{"莫高窟保护研究工作取得新进", "展，数字化成果向公众开放，", "图为游客在九层楼前合影（本", "报记者张新宇摄）"}
	p2 := []string{"近日，有关部门在敦煌召", "开座谈会，研究部署石窟寺保", "护利用工作，让文物活起来。"}
	checkParagraphs(t, []segment.Flow{flow(slices.Concat(p1, p2)...)},
		[]string{strings.Join(p1, ""), strings.Join(p2, "")})
}

// A column that breaks off mid-sentence ends in a line the dump prints
// short; after a sentence end it is still no indented paragraph start.
func TestEnglishColumnEndIsNoParagraphStart(t *testing.T) {
	in := []string{
		"The council met on Tuesday to",
		"discuss the new budget for the",
		"coming year and its effects in",
		"the city's schools this spring.",
		"Called the Harbour Group",
	}
	got := Paragraphs([]segment.Flow{flow(in...)}, nil)
	if len(got) != 1 {
		t.Fatalf("got %q, want one paragraph", got)
	}
}

// A line ending in a semicolon, also inside closing quotes, ends a clause:
// the shorter line after it in a dump goes on in the same paragraph.
func TestSemicolonIsNoParagraphEnd(t *testing.T) {
	for _, end := range []string{"一百万标准箱，居全省首位；", "一百万箱，“居全省首位；”"} {
		got := Paragraphs([]segment.Flow{flow(
			"港口货物吞吐量逐年增长，集装箱",
			"运输效率明显提高，年吞吐能力达到",
			end,
			"外贸航线增加到二十条。",
		)}, nil)
		if len(got) != 1 {
			t.Errorf("paragraphs = %q", got)
		}
	}
}

// A short line that ends a sentence is a paragraph's last line: after a
// quotation closing a full line, in a dump block of its own, it goes on in
// the same paragraph however wide the dump prints it.
func TestShortLastLineIsNoIndent(t *testing.T) {
	checkParagraphs(t, []segment.Flow{
		flow("傍晚时分，老人望着修好的码头，",
			"感慨地说：“这些年港口变化真大！”"),
		flow("老专家深有感触地这样说道。",
			"第二天一早，工人们又回到了工地"),
	}, []string{
		"傍晚时分，老人望着修好的码头，感慨地说：“这些年港口变化真大！”老专家深有感触地这样说道。",
		"第二天一早，工人们又回到了工地",
	})
}

// A line well short of the column that runs on in its flow, after a full
// line that ends a sentence, is a first line whose indent the dump lost
// with more (a word pushed to the next line).
func TestShortRunningLineStartsParagraph(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高，吞吐能力翻了一番。",
		"“建设港口，服务大",
		"局”的口号响遍了港区，工人们干劲",
		"十足，外贸航线增加到二十条。",
	)}, []string{
		"港口货物吞吐量逐年增长，集装箱运输效率明显提高，吞吐能力翻了一番。",
		"“建设港口，服务大局”的口号响遍了港区，工人们干劲十足，外贸航线增加到二十条。",
	})
}

// A heading wrapped over a full line and a short one, without clause
// marks, opening a dump block: the short line ends it when the next line
// is a paragraph's first line.
func TestWrappedHeadingInsideFlow(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高，吞吐能力连年增长",
		"居全省首位。",
	), flow(
		"把建设绿色港口当成港区发展的重要",
		"抓手来抓好",
		"近年来港务集团投入巨资，更新",
		"装卸设备，港区面貌焕然一新，工人",
		"们干劲十足。",
	)}, []string{
		"港口货物吞吐量逐年增长，集装箱运输效率明显提高，吞吐能力连年增长居全省首位。",
		"把建设绿色港口当成港区发展的重要抓手来抓好",
		"近年来港务集团投入巨资，更新装卸设备，港区面貌焕然一新，工人们干劲十足。",
	})
}

// A paragraph may end on a quotation closed without a stop: the short line
// that closes it, before an indented first line, ends the paragraph.
func TestQuotationEndsParagraph(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"车间主任对大家说：“我们要把每件",
		"小事都当作大事来认真办，办好、办",
		"实”",
		"今年4月，新码头正式投入使用，",
		"年吞吐能力达到一百万标准箱。",
	)}, []string{
		"车间主任对大家说：“我们要把每件小事都当作大事来认真办，办好、办实”",
		"今年4月，新码头正式投入使用，年吞吐能力达到一百万标准箱。",
	})
}

// A dump block that opens with a line two characters short of the column
// and goes on opens a paragraph, though the block before it breaks off
// mid-sentence (its sentence goes on in text the dump printed elsewhere).
func TestIndentedBlockOpensParagraph(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高，吞吐能力连年增长",
	), flow(
		"近年来港务集团投入巨资，更新",
		"装卸设备，港区面貌焕然一新，工人",
		"们干劲十足。",
	)}, []string{
		"港口货物吞吐量逐年增长，集装箱运输效率明显提高，吞吐能力连年增长",
		"近年来港务集团投入巨资，更新装卸设备，港区面貌焕然一新，工人们干劲十足。",
	})
}

// A running line two characters short, of Chinese characters only (the
// dump measures them exactly), after a line of nearly full width without
// a stop: the indented first line of a paragraph, and the line before it
// a heading or a paragraph's end printed without its stop.
func TestPlainIndentAfterRunningLine(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高。",
		"建设安全、绿色、智慧的现代港口",
		"近年来港务集团投入巨资，更新",
		"装卸设备，港区面貌焕然一新，工人",
		"们干劲十足。",
	)}, []string{
		"港口货物吞吐量逐年增长，集装箱运输效率明显提高。",
		"建设安全、绿色、智慧的现代港口",
		"近年来港务集团投入巨资，更新装卸设备，港区面貌焕然一新，工人们干劲十足。",
	})
	// Letter-spaced by justification, the short line is a full one.
	got := Paragraphs([]segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高，吞吐能力连年增长",
		"近 年 来 港 务 集 团 投 入 巨 资 ，更 新",
		"装卸设备，港区面貌焕然一新，工人",
		"们干劲十足。",
	)}, nil)
	if len(got) != 1 {
		t.Fatalf("letter-spaced line: paragraphs = %q", got)
	}
}

// Two lines two characters short in a row, both going on: the first is no
// paragraph's first line over its second (that is full or ends it) but a
// heading set at the indent, and the second opens the paragraph.
func TestHeadingAtIndentOverFirstLine(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(
		"港口货物吞吐量逐年增长，集装箱运",
		"输效率明显提高。",
		"扩建码头提升港口整体效率水平",
		"近年来港务集团投入巨资，更新",
		"装卸设备，港区面貌焕然一新，工人",
		"们干劲十足。",
	)}, []string{
		"港口货物吞吐量逐年增长，集装箱运输效率明显提高。",
		"扩建码头提升港口整体效率水平",
		"近年来港务集团投入巨资，更新装卸设备，港区面貌焕然一新，工人们干劲十足。",
	})
}

// A column's full line that runs on, then a line two characters short that
// goes on: a first line that lost its indent, whether it holds digits or
// opens with a quotation mark (both measure exactly); after a comma the
// quotation goes on the sentence instead.
func TestLostIndentWithDigitsAndQuotes(t *testing.T) {
	body := columnOpening[:4]
	rest := []string{"三十余家，带动上下游企业集", "聚发展。"}
	for _, first := range []string{"2019年起，园区引进企业", "“园区引进企业三十余家"} {
		checkParagraphs(t, []segment.Flow{flow(slices.Concat(body, []string{first}, rest)...)},
			[]string{strings.Join(body, ""), first + strings.Join(rest, "")})
	}
	comma := slices.Concat(body[:3], []string{"继开工建设，全年经济平稳，", "“项目落地快、服务跟得"}, rest)
	checkParagraphs(t, []segment.Flow{flow(comma...)}, []string{strings.Join(comma, "")})
}

// A paragraph's first line, two characters short, over another as short
// that goes on into a full line: the first opens a quotation whose text
// the dump printed elsewhere, the second a paragraph. Over a third as
// short, the three are full lines of a narrower column.
func TestIndentUnderFirstLine(t *testing.T) {
	quote := "“我们一定要把这件事办"
	checkParagraphs(t, []segment.Flow{flow(slices.Concat(columnOpening, []string{quote}, columnClosing)...)},
		[]string{strings.Join(columnOpening, ""), quote, strings.Join(columnClosing, "")})
	narrow := slices.Concat(columnOpening, []string{quote, columnClosing[0], "粮食生产形势总体向好，"}, columnClosing[1:])
	got := Paragraphs([]segment.Flow{flow(narrow...)}, nil)
	if len(got) != 2 || got[0] != strings.Join(columnOpening, "") {
		t.Errorf("narrow column: got %q, want the opening and one paragraph", got)
	}
}

// Where a dump scatters words over lines, a line of several words that
// ends a sentence, followed in its block by a capitalised line, is a
// paragraph's last line (justification spreads no last line, so the dump
// kept it whole); a one-word line or a block's end tells nothing.
func TestScatteredSentenceEndInBlock(t *testing.T) {
	checkParagraphs(t, []segment.Flow{
		flow("The", "council", "met", "on", "Tuesday", "to", "discuss the city schools.", "Members", "voted", "for", "the", "plan."),
	}, []string{"The council met on Tuesday to discuss the city schools.", "Members voted for the plan."})
	checkParagraphs(t, []segment.Flow{
		flow("The", "council", "met", "on", "Tuesday", "to", "discuss", "schools.", "Members", "voted", "for", "the", "plan."),
	}, []string{"The council met on Tuesday to discuss schools. Members voted for the plan."})
	// A paragraph of quoted speech opens with its quotation mark.
	checkParagraphs(t, []segment.Flow{
		flow("The", "council", "met", "on", "Tuesday", "to", "discuss the city schools.", "\"We", "voted", "for", "the", "plan,\"", "she", "said."),
	}, []string{"The council met on Tuesday to discuss the city schools.", "\"We voted for the plan,\" she said."})
}

// A block that opens with a short line without a stop over a paragraph's
// first line (two characters short, going on) opens with a heading, after
// a block whose text runs on elsewhere; a line with a clause mark is none.
func TestBlockOpensWithHeading(t *testing.T) {
	body := columnOpening[:4]
	head := "园区建设再上新台阶"
	checkParagraphs(t, []segment.Flow{flow(body...), flow(slices.Concat([]string{head}, columnClosing)...)},
		[]string{strings.Join(body, ""), head, strings.Join(columnClosing, "")})
	clause := "园区建设，再上新台阶"
	got := Paragraphs([]segment.Flow{flow(body...), flow(slices.Concat([]string{clause}, columnClosing)...)}, nil)
	if slices.Contains(got, clause) {
		t.Errorf("clause: got %q, want no paragraph of its own", got)
	}
}

// A line opening with a particle (的, 了, 着) goes on a sentence begun
// elsewhere: it opens no paragraph, even after a short sentence end.
func TestParticleOpensNoParagraph(t *testing.T) {
	tail := []string{"的新城区建设全面启动，各", "项工作有序推进。"}
	all := slices.Concat(columnOpening, tail)
	checkParagraphs(t, []segment.Flow{flow(all...)}, []string{strings.Join(all, "")})
}

// springLines are eight full lines of a column twelve characters wide (a
// dump that measures Chinese lines exactly) and a short last line.
var springLines = []string{
	"春天的早晨河边的柳树发芽", "了，孩子们在岸上放风筝，", "老人们在亭子里下棋，小狗", "在草地上跑来跑去，远处的",
	"山坡上开满了黄色的野花，", "蜜蜂在花丛中飞来飞去，农", "民们扛着锄头走向田野，准", "备开始一年的耕种，村口的",
	"老槐树下坐满了人。",
}

// A quotation set as a heading over two lines closes at the full width of
// its second line; the line under it, two characters short, opens the text.
func TestQuotationClosedAtLineEndEndsHeading(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(append([]string{
		"“日子要过好，但不能忘了", "身边的老邻居和老朋友们”", "八十年代初，村里路还"}, springLines...)...)},
		[]string{"“日子要过好，但不能忘了身边的老邻居和老朋友们”", "八十年代初，村里路还" + strings.Join(springLines, "")})
}

// hungLines are two paragraphs of a column twelve characters wide whose
// line-end marks hang past it: a full line ending on a mark after twelve
// characters measures a character more (one line here). The first
// paragraph's last line and the second's first each end on a mark one
// character short of where an unhung line would.
var hungLines = []string{
	"村里的小河又变得清亮，", "岸边的柳树也抽出了新芽，", "孩子们在河边奔跑嬉戏，老", "人们坐在树荫下闲聊家常，",
	"笑声一阵阵地传到了远处，", "田里的麦苗长得绿油油的，", "多年未见的热闹景象了。",
	"今年村里新修了水泥路，", "家家户户门前都种上了花草", "和果树，乡亲们说日子越过", "越有奔头，大家盼着来年的",
	"收成会更好，村口的喇叭里", "每天播放着新闻和天气预报。", "大家听得很认真。",
}

// A column that hangs its line-end marks is measured without them: a
// sentence ending a mark short is a paragraph's last line, and the line
// under it, its indent short once its hung mark is left out, opens the next.
// Where one over-wide line ends on no mark, nothing hangs.
func TestHungMarksAreOutsideTheMeasure(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(hungLines...)},
		[]string{strings.Join(hungLines[:7], ""), strings.Join(hungLines[7:], "")})
	unhung := slices.Clone(hungLines)
	unhung[3] = "人们坐在树荫下闲聊家常说笑"
	checkParagraphs(t, []segment.Flow{flow(unhung...)}, []string{strings.Join(unhung, "")})
}

// A book title set as a heading over two lines closes at the full width of
// its second line, as a quotation does (cues.Closes: the marks that close
// a pair cues.Unbalanced counts); the line under it opens the text.
func TestTitleClosedAtLineEndEndsHeading(t *testing.T) {
	checkParagraphs(t, []segment.Flow{flow(append([]string{
		"《日子要过好，但不能忘了", "身边的老邻居和老朋友们》", "八十年代初，村里路还"}, springLines...)...)},
		[]string{"《日子要过好，但不能忘了身边的老邻居和老朋友们》", "八十年代初，村里路还" + strings.Join(springLines, "")})
}

// TestRoomForNextWordEndsParagraph: a paragraph's last line of narrow
// letters counts as many characters as a full line, but in proportional
// type it left room for the next line's first word, which a justified
// line would have taken: it ends its paragraph. A full line that ends a
// sentence without that room goes on.
func TestRoomForNextWordEndsParagraph(t *testing.T) {
	in := []string{
		"The harbour board was warned of",
		"rising damage to the old wooden",
		"piers, which now need work. Many",
		"boat owners want them mended soon",
		"as it still fills its little lot.",
		"Workers began a survey on Monday",
		"morning and expect a report when",
		"the summer season comes to an end.",
	}
	checkParagraphs(t, []segment.Flow{flow(in...)}, []string{
		"The harbour board was warned of rising damage to the old wooden piers, which now need work. Many boat owners want them mended soon as it still fills its little lot.",
		"Workers began a survey on Monday morning and expect a report when the summer season comes to an end.",
	})
}

// TestWideLettersAreNoIndent: after a full line that ends a sentence, a
// line of wide letters counts fewer characters than most, as a first line
// that lost its indent would, but in proportional type it fills the
// column: the paragraph goes on.
func TestWideLettersAreNoIndent(t *testing.T) {
	in := []string{
		"The harbour board was told that",
		"repairs to the piers were urgent",
		"and should begin in the spring.",
		"Westminster MWM men warned:",
		"work was a matter of weeks, not",
		"months, and the board would meet",
		"again to decide on the contract.",
	}
	checkParagraphs(t, []segment.Flow{flow(in...)}, []string{strings.Join(in, " ")})
}
