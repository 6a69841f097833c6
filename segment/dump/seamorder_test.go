package dump

import (
	"slices"
	"strings"
	"testing"
)

// seamOrderPage: a dump of clean columns prints an article that opens
// with a one-line paragraph ("青禾镇的人爱读书。"), a short line ending a
// sentence over more text, as a paragraph's last line also is.
const seamOrderPage = `青禾镇图书馆焕然一新
记者 陈晓

青禾镇的人爱读书。
今年春天，镇图书馆完成了
改造，馆内新增阅览座位两
百个，还开辟了儿童绘本区
和老人读报角。镇上的居民
说，过去借一本书要坐车去
县城，如今走几步路就能读
到新书。

馆长介绍，改造用了半年时
间，旧书架全部换新，灯光
也调得更柔和了。每到周末
，带着孩子来读书的家长排
起了长队，管理员忙得顾不
上喝水，书也常常被借空。
镇里打算明年再添三千册新
书，让附近几个村子的孩子
也能就近借书。

柳溪村通上公交车
记者 刘明

上个月起，柳溪村通了公交
车，每天早晚各有四个班次
往返县城。村民赶集、看病
、送孩子上学都方便多了。
开车的师傅说，山路弯多，
他每趟都开得很慢，宁可晚
几分钟也要让乘客坐得安稳
。`

// On clean columns the article opens with its first column, printed under
// its headline: no other order of its columns rates better across their
// breaks. Moving a column that seems to open inside a sentence to the end,
// as elsewhere, would put its opening line last.
func TestSeamOrder(t *testing.T) {
	l := Segment(dumpPage("zh", seamOrderPage))
	got := bodyText(findArticle(t, l, "青禾镇图书馆焕然一新"))
	if !strings.HasPrefix(got, "青禾镇的人爱读书。今年春天") || !strings.HasSuffix(got, "也能就近借书。") {
		t.Errorf("body %s", got)
	}
}

// seamOrder keeps the dump's order where no other order rates better, the
// lead blocks first; a block that plainly starts inside a sentence does
// not open the article when an open end takes it.
func TestSeamOrderBlocks(t *testing.T) {
	s := &pageSeg{zh: true}
	mk := func(first, last string) *piece {
		p := &piece{next: -1, prev: -1, w: 12}
		for _, tx := range []string{first, last} {
			p.frags = append(p.frags, frag{text: tx, w: width(tx)})
		}
		return p
	}
	block := func(p *piece, place int) seamBlock {
		return seamBlock{first: p, last: p, place: place}
	}
	opening := mk("新学期开始，学校里来了六", "位年轻老师，他们都来自城")
	rest := mk("里，上课的方法很新鲜。同", "学们都说课堂变得有趣了。")
	// rest starts "里，": inside a sentence, as the dump prints it first.
	bs := []seamBlock{block(rest, 0), block(opening, 1)}
	if got := s.seamOrder(bs); got[0] != 1 || got[1] != 0 {
		t.Errorf("seamOrder = %v, want [1 0]", got)
	}
	// Two blocks that each end a sentence and start one keep their order.
	a := mk("春天到了，河边的柳树发芽", "了，孩子们在草地上放风筝。")
	b := mk("傍晚的时候，老人们坐在亭", "子里下棋，说说家里的事。")
	bs = []seamBlock{block(a, 0), block(b, 1)}
	if got := s.seamOrder(bs); got[0] != 0 || got[1] != 1 {
		t.Errorf("seamOrder = %v, want [0 1]", got)
	}
	// A lead block stays first.
	bs = []seamBlock{{first: opening, last: opening, place: 1, lead: true}, block(rest, 0)}
	if got := s.seamOrder(bs); got[0] != 0 {
		t.Errorf("seamOrder = %v, want the lead first", got)
	}
}

// bestOrder finds the best order over all orders, and movedOrder, from
// the dump's order, the same one here by moving blocks.
func TestBestOrder(t *testing.T) {
	// g[0][j]: j first; g[1+i][j]: j after i. Best: 2, 0, 1, 3.
	g := [][]float64{
		{0, 0, 1, 0},
		{0, 2, 0, 0},
		{0, 0, 0, 1},
		{2, 0, 0, 0},
		{0, 0, 0, 0},
	}
	last := []float64{0, 0, 0, 0}
	want := []int{2, 0, 1, 3}
	for name, f := range map[string]func([][]float64, []float64) []int{"bestOrder": bestOrder, "movedOrder": movedOrder} {
		got := f(g, last)
		if orderTotal(g, last, got) != orderTotal(g, last, want) {
			t.Errorf("%s = %v (%.1f), want %v (%.1f)", name, got, orderTotal(g, last, got), want, orderTotal(g, last, want))
		}
	}
	if got := bestOrder(g, last); !slices.Equal(got, want) {
		t.Errorf("bestOrder = %v, want %v", got, want)
	}
}

// An ellipsis or a dash split over a break runs on across it.
func TestSplitMark(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"新办法还有很多…", "…比如夜间开馆", true},
		{"山那边是——", "—县城", false},
		{"一条路—", "—通到山顶", true},
		{"新办法还有很多……", "…比如", false},
		{"读到新书。", "…比如", false},
	} {
		if got := splitMark(c.a, c.b); got != c.want {
			t.Errorf("splitMark(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// seamPiece is a two-line piece printed on dump lines line and line+1.
func seamPiece(first, last string, line int) *piece {
	p := &piece{next: -1, prev: -1, w: 12, first: line}
	for i, tx := range []string{first, last} {
		p.frags = append(p.frags, frag{text: tx, line: line + i, w: width(tx)})
	}
	return p
}

// Of two orders the seams rate alike, the one that keeps a block on the
// line right under the block before it reads: the column goes on there.
// The top of a column printed first, starting inside a sentence, and its
// rest right under it follow the block whose open end they finish.
func TestSeamOrderTouch(t *testing.T) {
	s := &pageSeg{zh: true}
	top := seamPiece("里，上课的方法很新鲜。同", "学们都说课堂变得有趣了。", 10)
	rest := seamPiece("老师们还常带学生去河边", "上自然课，认识花草树木。", 12)
	opening := seamPiece("新学期开始，学校里来了六", "位年轻老师，他们都来自城", 30)
	bs := []seamBlock{
		{first: top, last: top, place: 0},
		{first: rest, last: rest, place: 1},
		{first: opening, last: opening, place: 2},
	}
	if got := s.seamOrder(bs); !slices.Equal(got, []int{2, 0, 1}) {
		t.Errorf("seamOrder = %v, want [2 0 1]", got)
	}
}

// The block printed first under the headline opens the article, though
// the dump printed another of its columns before it.
func TestSeamOrderHeadFirst(t *testing.T) {
	s := &pageSeg{zh: true}
	other := seamPiece("傍晚的时候，老人们坐在亭", "子里下棋，说说家里的事。", 10)
	head := seamPiece("春天到了，河边的柳树发芽", "了，孩子们在草地上放风筝。", 30)
	bs := []seamBlock{{first: other, last: other, place: 0}, {first: head, last: head, place: 1, underHead: true}}
	if got := s.seamOrder(bs); !slices.Equal(got, []int{1, 0}) {
		t.Errorf("seamOrder = %v, want the block under the headline first", got)
	}
}

// seamRead marks the block printed first under the article's headline:
// the article opens with it, though the dump printed another of its
// columns, which reads as well after it, first.
func TestSeamReadHeadFirst(t *testing.T) {
	other := seamPiece("傍晚的时候，老人们坐在亭", "子里下棋，说说家里的事。", 10)
	under := seamPiece("春天到了，河边的柳树发芽", "了，孩子们在草地上放风筝。", 30)
	ps := []*piece{other, under}
	s := &pageSeg{zh: true, frags: make([][]frag, 32)}
	for _, p := range ps {
		for _, f := range p.frags {
			s.frags[f.line] = []frag{f}
		}
	}
	g := &group{head: []string{"河边春色"}, line: 27, end: 28}
	parts := []bodyPart{{line: 10, chain: 0}, {line: 30, chain: 1}}
	read, ok := s.seamRead(parts, g, [][]int{{0}, {1}}, ps)
	if !ok || len(read) != 2 || read[0].chain != 1 {
		t.Errorf("seamRead = %+v, %v; want the chain under the headline first", read, ok)
	}
}
