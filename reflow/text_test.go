package reflow

import (
	"strings"
	"testing"
)

func TestBodyRemovesJustificationSpaces(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1 月 25 日", "1月25日"},
		{"嘉 峪 关 地 处", "嘉峪关地处"},
		{"做强 做 大 自 有 品 牌 ，建 设", "做强做大自有品牌，建设"},
		{"多 渠 道 销 售 ， 同 时", "多渠道销售，同时"},
		{"同比增长 354%", "同比增长354%"},
		{"视频 VCR 和", "视频VCR和"},
		{"AI 、 物 联 网 等", "AI、物联网等"},
		{"他说： “ 我们 ” 一起", "他说：“我们”一起"},
		// a printed gap between phrases is not kept in body text
		{"提升服务质量 优化营商环境", "提升服务质量优化营商环境"},
		{"　　两个全角空格缩进", "两个全角空格缩进"},
		// English keeps one space between words
		{"  the   quick brown  ", "the quick brown"},
		{"Nasdaq Global Market 上市", "Nasdaq Global Market上市"},
		{"it’s a “quote” — here", "it’s a “quote” — here"},
		{"tele\u00advi\u00adsion", "television"},
		{"本报记者 □刘茜", "本报记者刘茜"},
		{"zero\u200bwidth", "zerowidth"},
	} {
		if got := Body(tc.in); got != tc.want {
			t.Errorf("Body(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeadingLineKeepsPhraseGap(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"提升服务质量 优化营商环境", "提升服务质量 优化营商环境"},
		{"“‘网’上小城 走向世界”", "“‘网’上小城 走向世界”"},
		{"强信心 稳就业 促发展", "强信心 稳就业 促发展"},
		{"经 济", "经济"},
		{"新 春 走 基 层", "新春走基层"},
		{"本报记者 刘 茜", "本报记者刘茜"}, // a spaced-out single character is letter-spacing
		{"Loose  barn doors", "Loose barn doors"},
		{"9月外贸进出口增加 1.69万亿元", "9月外贸进出口增加1.69万亿元"},
	} {
		if got := HeadingLine(tc.in); got != tc.want {
			t.Errorf("HeadingLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDisplayWidth(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"中文", 4},
		{"中 文", 4}, // justification spaces are not text
		{"ab cd", 5},
		{"2019年", 6},
		{"“中”", 6},
		{"“a”", 3},
		{"tele\u00advision", 10},
	} {
		if got := displayWidth(tc.in); got != tc.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestFinalPunct(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"结束了。", true},
		{"他说：“好。”", true},
		{"真的吗？", true},
		{"等等……", true},
		{"He said so.", true},
		{"\"Yes!\"", true},
		{"继续写，", false},
		{"的“碉堡”", false},
		{"（本报记者 魏哲哲）", true},
		{"参会代表。（报告全文见第三版）", true},
		{"自发布之日起实行。（办法全文见第十二版）", true},
		{"他说（大意）", false},
		// Long notes: the opening bracket is far back, whatever the length.
		{"参会代表。（" + strings.Repeat("报告全文见第三版", 40) + "）", true},
		{strings.Repeat("继续写", 40) + "（" + strings.Repeat("注", 66) + "）", false},
		{"（" + strings.Repeat("注", 100) + "）", true},
		{"他说）（" + strings.Repeat("注", 100) + "）", false},
		{"and then", false},
		{"", false},
	} {
		if got := finalPunct(tc.in); got != tc.want {
			t.Errorf("finalPunct(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// finalMark names the mark a sentence ends with, past closing quotes, so
// that a clause's semicolon is told from a full stop; a note ends with its
// bracket.
func TestFinalMark(t *testing.T) {
	for in, want := range map[string]rune{
		"他说：“好。”":         '。',
		"一是加强管理；”":        '；',
		"参会代表。（报告全文见第三版）": '）',
		"继续写，":            0,
	} {
		if got := finalMark(in); got != want {
			t.Errorf("finalMark(%q) = %q, want %q", in, got, want)
		}
	}
}
