package reflow

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

func TestChinesePunct(t *testing.T) {
	cases := []struct {
		in    string
		solid bool
		want  string
	}{
		// Marks touching Han text are Chinese.
		{"河水变清了;鱼也回来了!", true, "河水变清了；鱼也回来了！"},
		{"他问:你去吗?", true, "他问：你去吗？"},
		{"一座新桥(跨江大桥)通车", true, "一座新桥（跨江大桥）通车"},
		// A bracket pair is Chinese by its inside or by the text outside it.
		{"这座桥(2019)建成", true, "这座桥（2019）建成"},
		{"由ABC(Alpha Beta)牵头", true, "由ABC（Alpha Beta）牵头"},
		// Nearest letters on both sides are Han, though digits touch the mark.
		{"增长5.2%; 8家新店开业", true, "增长5.2%；8家新店开业"},
		// OCR's spaces around a mark go in running text.
		{"工程 (一期) 完工 ; 二期开工", true, "工程（一期）完工；二期开工"},
		// A misread 〈 that a round bracket closes opens it.
		{"新型家电〈下称新品)上市", true, "新型家电（下称新品）上市"},
		{"修改〈细则〉的决定", true, "修改〈细则〉的决定"},
		// Headings and bylines keep a printed gap outside the brackets.
		{"本报北京5月1日电 (记者 王某)", false, "本报北京5月1日电 （记者 王某）"},
		{"本报讯( 记者 王某 )", false, "本报讯（记者 王某）"},
		// Latin and digit contexts keep ASCII.
		{"会议10:30开始,共1,200人", true, "会议10:30开始，共1,200人"},
		{"Hello, world! (AP) Yes: no?", true, "Hello, world! (AP) Yes: no?"},
		{"详见 www.example.com/a?b=1 网站", true, "详见 www.example.com/a?b=1 网站"},
		{"全文（上）已发", true, "全文（上）已发"},
	}
	for _, c := range cases {
		if got := chinesePunct(c.in, c.solid); got != c.want {
			t.Errorf("chinesePunct(%q, %v) = %q, want %q", c.in, c.solid, got, c.want)
		}
	}
}

// TestPageChinesePunct: a scanned page's Chinese text takes full-width
// marks, its English line keeps ASCII ones, and a text layer's marks are
// printed as they are.
func TestPageChinesePunct(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Headline: lines("新桥通车(图)"),
		Byline:   "本报讯(记者 王某)",
		Body:     []segment.Flow{flow("大桥今天通车;车流平稳。"), flow("The bridge (pictured) opened today; traffic was light.")},
	}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		a := Page(&page.Page{Number: 1, Method: m}, l).Articles[0]
		want := []string{"新桥通车（图）", "本报讯（记者 王某）", "大桥今天通车；车流平稳。"}
		if m != page.MethodOCR {
			want = []string{"新桥通车(图)", "本报讯(记者 王某)", "大桥今天通车;车流平稳。"}
		}
		if a.Headline != want[0] || a.Byline != want[1] || len(a.Paragraphs) != 2 || a.Paragraphs[0] != want[2] {
			t.Errorf("%s: headline %q byline %q body %q, want %q", m, a.Headline, a.Byline, a.Paragraphs, want)
			continue
		}
		if en := "The bridge (pictured) opened today; traffic was light."; a.Paragraphs[1] != en {
			t.Errorf("%s: English paragraph %q, want %q", m, a.Paragraphs[1], en)
		}
	}
}
