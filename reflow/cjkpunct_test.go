package reflow

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// TestChinesePunct gives for each input the text running text (solid)
// and a heading or byline get.
func TestChinesePunct(t *testing.T) {
	cases := []struct{ in, running, heading string }{
		// Marks touching Han text are Chinese.
		{"河水变清了;鱼也回来了!", "河水变清了；鱼也回来了！", "河水变清了；鱼也回来了！"},
		{"他问:你去吗?", "他问：你去吗？", "他问：你去吗？"},
		{"一座新桥(跨江大桥)通车", "一座新桥（跨江大桥）通车", "一座新桥（跨江大桥）通车"},
		// A bracket pair is Chinese by its inside or by the text outside it.
		{"这座桥(2019)建成", "这座桥（2019）建成", "这座桥（2019）建成"},
		{"由ABC(Alpha Beta)牵头", "由ABC（Alpha Beta）牵头", "由ABC（Alpha Beta）牵头"},
		// Nearest letters on both sides are Han, though digits touch the mark.
		{"增长5.2%; 8家新店开业", "增长5.2%；8家新店开业", "增长5.2%； 8家新店开业"},
		// OCR's spaces inside brackets and before marks go; outside and
		// after them only running text drops them, a heading or byline
		// keeps its printed gap.
		{"工程 (一期) 完工 ; 二期开工", "工程（一期）完工；二期开工", "工程 （一期） 完工； 二期开工"},
		{"本报北京5月1日电 (记者 王某)", "本报北京5月1日电（记者 王某）", "本报北京5月1日电 （记者 王某）"},
		{"本报讯( 记者 王某 )", "本报讯（记者 王某）", "本报讯（记者 王某）"},
		// A misread 〈 that a round bracket closes opens it.
		{"新型家电〈下称新品)上市", "新型家电（下称新品）上市", "新型家电（下称新品）上市"},
		{"修改〈细则〉的决定", "修改〈细则〉的决定", "修改〈细则〉的决定"},
		// ... also when no ASCII mark is left in the text to mend.
		{"新型家电〈下称新品）上市", "新型家电（下称新品）上市", "新型家电（下称新品）上市"},
		// A pair OCR read full width loses the spaces OCR left inside it too.
		{"本报讯（ 记者 王某 ）", "本报讯（记者 王某）", "本报讯（记者 王某）"},
		// Latin and digit contexts keep ASCII.
		{"会议10:30开始,共1,200人", "会议10:30开始，共1,200人", "会议10:30开始，共1,200人"},
		{"Hello, world! (AP) Yes: no?", "Hello, world! (AP) Yes: no?", "Hello, world! (AP) Yes: no?"},
		{"详见 www.example.com/a?b=1 网站", "详见 www.example.com/a?b=1 网站", "详见 www.example.com/a?b=1 网站"},
		{"全文（上）已发", "全文（上）已发", "全文（上）已发"},
		// A period ending a Chinese sentence is the full stop; between
		// Han characters, or in Latin text, it is left as read.
		{"他说：“走吧.” 大家都笑了.", "他说：“走吧。” 大家都笑了。", "他说：“走吧。” 大家都笑了。"},
		{"北京.上海 Mr. Li 3.5%.", "北京.上海 Mr. Li 3.5%.", "北京.上海 Mr. Li 3.5%."},
		// Running text sets the full stop solid, as the other marks.
		{"大家都笑了. 然后散了", "大家都笑了。然后散了", "大家都笑了。 然后散了"},
	}
	for _, c := range cases {
		running, heading := chinesePunct(c.in, true), chinesePunct(c.in, false)
		if running != c.running || heading != c.heading {
			t.Errorf("chinesePunct(%q): running %q, heading %q; want %q, %q", c.in, running, heading, c.running, c.heading)
		}
	}
}

// TestPageChinesePunct: a scanned page's Chinese text takes full-width
// marks and nested quotes, its English line keeps ASCII ones, and a text
// layer's marks are printed as they are.
func TestPageChinesePunct(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Headline: lines("新桥通车(图)"),
		Byline:   "本报讯(记者 王某)",
		Body: []segment.Flow{flow("大桥今天通车;车流平稳。"), flow("市民说：“这座“彩虹桥”真好看。”"),
			flow("The bridge (pictured) opened today; traffic was light.")},
	}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		a := Page(&page.Page{Number: 1, Method: m}, l).Articles[0]
		want := []string{"新桥通车（图）", "本报讯（记者 王某）", "大桥今天通车；车流平稳。", "市民说：“这座‘彩虹桥’真好看。”"}
		if m != page.MethodOCR {
			want = []string{"新桥通车(图)", "本报讯(记者 王某)", "大桥今天通车;车流平稳。", "市民说：“这座“彩虹桥”真好看。”"}
		}
		if a.Headline != want[0] || a.Byline != want[1] || len(a.Paragraphs) != 3 || a.Paragraphs[0] != want[2] || a.Paragraphs[1] != want[3] {
			t.Errorf("%s: headline %q byline %q body %q, want %q", m, a.Headline, a.Byline, a.Paragraphs, want)
			continue
		}
		if en := "The bridge (pictured) opened today; traffic was light."; a.Paragraphs[2] != en {
			t.Errorf("%s: English paragraph %q, want %q", m, a.Paragraphs[2], en)
		}
	}
}
