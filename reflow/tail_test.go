package reflow

import (
	"testing"

	"newsprint/segment"
)

// Paragraphs of a Chinese column thirteen characters wide, as a dump
// prints them: a first line lost its two-character indent.
var (
	footOpening = []string{"今年全市紧紧围绕高质量", "发展目标，持续推进产业结构", "调整，一批重点项目相继落地"}
	footClosing = []string{"建设，为全年经济平稳运行打", "下了坚实基础。"}
	footNext    = []string{"农业方面，各地抓住农时", "抓好秋收秋种，粮食生产形势", "总体向好，丰收已成定局。"}
)

// A line of one character after a paragraph's end is the tail of a line
// printed apart (a heading's or a word's last character): it stays with
// the text before it, and the paragraph break falls after it.
func TestTailLine(t *testing.T) {
	lines := append(append(append([]string{}, footOpening...), footClosing...), "态")
	lines = append(lines, footNext...)
	checkParagraphs(t, []segment.Flow{flow(lines...)}, []string{
		"今年全市紧紧围绕高质量发展目标，持续推进产业结构调整，一批重点项目相继落地建设，为全年经济平稳运行打下了坚实基础。态",
		"农业方面，各地抓住农时抓好秋收秋种，粮食生产形势总体向好，丰收已成定局。",
	})
}

// A block whose last line is two characters short of the column and runs
// on ends with a paragraph's first line set at the foot of the column,
// whatever the line before it ended with; a block of that one line only
// is no evidence, and runs on.
func TestColumnFoot(t *testing.T) {
	first := flow(append(append([]string{}, footOpening...), footNext[0])...)
	rest := flow(footNext[1:]...)
	checkParagraphs(t, []segment.Flow{first, rest, flow(footClosing...)}, []string{
		"今年全市紧紧围绕高质量发展目标，持续推进产业结构调整，一批重点项目相继落地",
		"农业方面，各地抓住农时抓好秋收秋种，粮食生产形势总体向好，丰收已成定局。建设，为全年经济平稳运行打下了坚实基础。",
	})
	alone := []segment.Flow{flow(footOpening...), flow(footNext[0]), rest}
	checkParagraphs(t, alone, []string{
		"今年全市紧紧围绕高质量发展目标，持续推进产业结构调整，一批重点项目相继落地农业方面，各地抓住农时抓好秋收秋种，粮食生产形势总体向好，丰收已成定局。",
	})
}

// Where the dump measures Chinese lines exactly, a line with quote marks
// or digits that measures two characters short and goes on is full (they
// are set in less than the dump counts): after a paragraph's short last
// line it is text from elsewhere, not a first line. One four short is a
// first line.
func TestLooseFullLine(t *testing.T) {
	head := []string{"各乡镇抓住晴好天气组织农户", "开展春耕备耕工作确保农资供", "应充足，市农业农村局还组织", "技术人员下乡到村为农户提供", "土壤检测服务。"}
	tail := []string{"充足，市农业农村局还组织技", "术人员下乡到村为农户提供土", "壤检测服务，指导农户科学施", "肥，帮助农户算好投入产出账", "今年春播进展顺利。"}
	full := append(append(append([]string{}, head...), "“春耕”备耕确保农资供应"), tail...)
	got := Paragraphs([]segment.Flow{flow(full...)}, nil)
	if len(got) != 1 {
		t.Errorf("quoted full line: got %q, want one paragraph", got)
	}
	digits := append(append(append([]string{}, head...), "全市新建标准农田1200万亩"), tail...)
	if got := Paragraphs([]segment.Flow{flow(digits...)}, nil); len(got) != 1 {
		t.Errorf("full line with digits: got %q, want one paragraph", got)
	}
	indented := append(append(append([]string{}, head...), "“春耕”备耕确保农资"), tail...)
	got = Paragraphs([]segment.Flow{flow(indented...)}, nil)
	if len(got) != 2 || got[1][:len("“春耕”")] != "“春耕”" {
		t.Errorf("quoted first line: got %q, want a paragraph opening with it", got)
	}
}

// A heading wrapped over two lines (a full line and a short one, neither
// with a mark) over a paragraph's first line opens wherever the text
// before it stopped: no paragraph line without a mark ends short.
func TestWrappedHead(t *testing.T) {
	flows := []segment.Flow{flow(
		"农业方面，各地抓住农时", "抓好秋收秋种，粮食生产形势",
		"把农田水利建设当成稳定粮食", "生产的关键一环",
		"今年全市新建高标准农田", "八万亩，改造灌溉渠道一百多", "公里，受益农户超过两万户。",
	)}
	checkParagraphs(t, flows, []string{
		"农业方面，各地抓住农时抓好秋收秋种，粮食生产形势",
		"把农田水利建设当成稳定粮食生产的关键一环",
		"今年全市新建高标准农田八万亩，改造灌溉渠道一百多公里，受益农户超过两万户。",
	})
}

// A block that opens three characters short of the column (an indent and
// a character left over) and goes on opens a paragraph, whatever the block
// before ended with.
func TestBlockOpensThreeShort(t *testing.T) {
	flows := []segment.Flow{
		flow("农业方面，各地抓住农时", "抓好秋收秋种，粮食生产形势"),
		flow("今年全市新建标准农田", "八万亩，改造灌溉渠道一百多", "公里，受益农户超过两万户。"),
	}
	checkParagraphs(t, flows, []string{
		"农业方面，各地抓住农时抓好秋收秋种，粮食生产形势",
		"今年全市新建标准农田八万亩，改造灌溉渠道一百多公里，受益农户超过两万户。",
	})
}
