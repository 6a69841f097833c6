package dump

import (
	"strings"
	"testing"
)

// Short lines after a sentence end that are paragraph text, not
// crossheads: one opening a quotation it does not close, one over a short
// line that ends a sentence (a paragraph of two lines), one ending on a
// word that wants more after it, one an opening quote pushed on (no room
// for the mark and its character at the line end).
func TestRunningLinesAreNoCrossheads(t *testing.T) {
	top := "港口新建集装箱码头投入使用\n本报记者 王小明\n\n近日，滨江港新建的集装箱码头正式\n投入使用，年吞吐能力达到一百万。\n"
	for _, c := range []struct{ name, text, bodyHas string }{
		{"quotation left open", top + `“扩建码头，提升效
率”的口号响遍港区。据港务集团介
绍，新码头采用自动化装卸设备，港
口作业时间缩短三成。`, "“扩建码头，提升效率”的口号"},
		{"over a short last line", top + `扩建码头，提升效率
是港口今年的头等大事。
据港务集团介绍，新码头采用自动
化装卸设备，作业时间缩短三成。`, "扩建码头，提升效率是港口"},
		{"ends on a particle", top + `全省今年吞吐量增长最快的
是滨江港，新码头采用了自动
化装卸设备，作业时间缩短三成。`, "增长最快的是滨江港"},
		{"quote pushed on", top + `港区东侧的江堤下面，有一座
“滨江港码头职工之家”就在这里。
热茶、药品和报刊一应俱全，下班的
工人常来这里歇脚。`, "有一座“滨江港码头职工之家”"},
	} {
		a := findArticle(t, Segment(dumpPage("zh", c.text)), "港口新建集装箱码头投入使用")
		if got := crossheads(a); len(got) > 0 {
			t.Errorf("%s: crossheads = %q", c.name, got)
		}
		if b := bodyText(a); !strings.Contains(b, c.bodyHas) {
			t.Errorf("%s: body = %q", c.name, b)
		}
	}
}

// A short line opening with a closing quote, after a sentence end and over
// an indented first line, ends something said before it: no crosshead,
// though a bare line of its width there would be one.
func TestClosingQuoteLineIsNoCrosshead(t *testing.T) {
	piece := func(ls ...string) *piece {
		p := &piece{next: -1, prev: -1}
		for i, l := range ls {
			p.frags = append(p.frags, frag{text: l, line: i, w: width(l)})
			p.w = max(p.w, width(l))
		}
		return p
	}
	s := &pageSeg{zh: true}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"”这句话他记了一辈子", false},
		{"这句话他记了一辈子", true},
	} {
		p := piece("近日，滨江港新建的集装箱码头正式", "投入使用，年吞吐能力达到一百万。", c.line,
			"记者来到他工作过的港区，看", "到一片繁忙景象，工人们干劲十足，", "新码头采用了自动化装卸设备，作业", "时间缩短三成。")
		if got := s.crosshead(p, 2); got != c.want {
			t.Errorf("%s: crosshead = %v, want %v", c.line, got, c.want)
		}
	}
}
