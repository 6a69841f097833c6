package dump

import (
	"strings"
	"testing"
)

// A credit printed apart over a column heads the article's text: the
// column under it (creditsAbove) opens the article, though the dump
// printed another of its columns first.
func TestTextUnderCreditOpens(t *testing.T) {
	const text = `码头还配套建设了铁路专用线，
集装箱可以直接装上火车运往内地，
港口集装箱码头的辐射范围扩大到周
边六个省份。

本报记者 李四

滨江港新建的集装箱码头正式投
入使用。码头共有泊位六个，年吞吐
能力达到一百万标准箱，港口集装箱
码头作业时间缩短三成。`
	s, ps, stories, own := underHeadline(t, text, 0)
	s.creditsAbove(s.groups(idfOf(s.pieceWords(ps))), ps)
	a := &article{g: &group{head: []string{"港口新建集装箱码头投入使用"}, line: -1, end: -1}, stories: own}
	out := s.article(a, ps, stories, nil)
	body := bodyText(out)
	i, j := strings.Index(body, "滨江港新建"), strings.Index(body, "码头还配套")
	if i < 0 || j < 0 || i > j {
		t.Errorf("body %q: want the text under the credit (滨江港新建) first", body)
	}
	if out.Byline != "本报记者 李四" {
		t.Errorf("byline %q, want the credit over the text", out.Byline)
	}
}
