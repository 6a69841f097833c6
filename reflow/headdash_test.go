package reflow

import (
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// On a scan, a kicker's closing and a deck's opening "一一" are the dash
// OCR misread; the word inside text, and a text layer's, stay.
func TestScanHeadDashes(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Kicker:   lines("山区小学的老校长一一"),
		Headline: lines("守着讲台四十年"),
		Decks:    [][]page.Line{lines("一一记一位乡村教师")},
		Body:     []segment.Flow{flow("名单一一核对无误。")},
	}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		a := Page(&page.Page{Number: 1, Method: m}, l).Articles[0]
		kicker, deck := "山区小学的老校长——", "——记一位乡村教师"
		if m != page.MethodOCR {
			kicker, deck = "山区小学的老校长一一", "一一记一位乡村教师"
		}
		if a.Kicker != kicker || len(a.Subheadlines) != 1 || a.Subheadlines[0] != deck {
			t.Errorf("%s: kicker %q decks %q, want %q and %q", m, a.Kicker, a.Subheadlines, kicker, deck)
		}
		if len(a.Paragraphs) != 1 || a.Paragraphs[0] != "名单一一核对无误。" {
			t.Errorf("%s: body %q", m, a.Paragraphs)
		}
	}
}

func TestMendTextDashes(t *testing.T) {
	cases := []struct{ in, want string }{
		{"采用新办法一一“先登记后入场”", "采用新办法——“先登记后入场”"},
		{"工程进入收尾阶段一一2021年底完工", "工程进入收尾阶段——2021年底完工"},
		{"一一记者手记", "——记者手记"},
		{"通车仪式举行一一", "通车仪式举行——"},
		// Between Han characters the word may be meant: left as read.
		{"问题一一整改到位", "问题一一整改到位"},
		{"这是唯一一次", "这是唯一一次"},
		// A longer run is no dash pair.
		{"一一一“样”", "一一一“样”"},
	}
	for _, c := range cases {
		if got := mendTextDashes(c.in); got != c.want {
			t.Errorf("mendTextDashes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestScanTextDashes: a scan's paragraphs get the dash back, a text
// layer's keep what it printed.
func TestScanTextDashes(t *testing.T) {
	l := &segment.Layout{Articles: []segment.Article{{
		Headline: lines("新馆开放"),
		Body:     []segment.Flow{flow("展览分三部分一一“序章”“历程”“未来”。")},
	}}}
	for _, m := range []page.Method{page.MethodOCR, page.MethodPDFText} {
		a := Page(&page.Page{Number: 1, Method: m}, l).Articles[0]
		want := "展览分三部分——“序章”“历程”“未来”。"
		if m != page.MethodOCR {
			want = "展览分三部分一一“序章”“历程”“未来”。"
		}
		if len(a.Paragraphs) != 1 || a.Paragraphs[0] != want {
			t.Errorf("%s: body %q, want %q", m, a.Paragraphs, want)
		}
	}
}

// Blocks no article claimed are restyled by what they hold: a caption or
// running text like an article's paragraphs, furniture like headings.
func TestScanBlockMarks(t *testing.T) {
	l := &segment.Layout{Blocks: []segment.Block{
		{Kind: segment.Other, Lines: lines("展览分三部分一一“序章”“历程”“未来”。")},
		{Kind: segment.Caption, Lines: lines("馆内展出三类藏品一一“书画”“陶瓷”“玉器” (资料图片)")},
		{Kind: segment.Section, Lines: lines("城市一一生活")},
	}}
	got := Page(&page.Page{Number: 1, Method: page.MethodOCR}, l).Blocks
	want := []string{"展览分三部分——“序章”“历程”“未来”。", "馆内展出三类藏品——“书画”“陶瓷”“玉器”（资料图片）", "城市一一生活"}
	if len(got) != len(want) {
		t.Fatalf("%d blocks, want %d", len(got), len(want))
	}
	for i, b := range got {
		if b.Text != want[i] {
			t.Errorf("%s block: %q, want %q", b.Kind, b.Text, want[i])
		}
	}
}
