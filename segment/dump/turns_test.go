package dump

import (
	"strings"
	"testing"
)

var teaFirst = []string{
	"清明前后，青山县的茶园进",
	"入采摘旺季，茶农们天不亮就上",
	"山采茶，新鲜茶叶当天送到茶厂",
	"加工，春茶价格比去年略有上",
	"涨，茶农收入稳步增加，村里",
	"的年轻人也纷纷回乡创业，茶",
	"园里处处是忙碌的身影，一派",
	"丰收的景象，茶香飘满了整个",
	"山村。",
}
var teaSecond = []string{
	"村里还建起了茶叶合作社，统一",
	"收购、统一加工、统一销售，带",
	"动周边农户共同致富。合作社负",
	"责人介绍，今年的订单已经排到",
	"了秋天，不少客商慕名而来，只",
	"为尝一口新茶。今年合作社还",
	"开通了网店，把春茶卖到了全",
	"国各地，销量比去年翻了一番",
	"还多。",
}

// Two columns of one article printed as blocks of three lines, a blank line
// after each, the columns taking turns: the article reads the first
// column's blocks, then the second's, not the blocks in dump order.
func TestBlocksInTurns(t *testing.T) {
	first, second := teaFirst, teaSecond
	var b strings.Builder
	b.WriteString("青山县春茶采摘忙\n\n本报记者 王小明\n\n")
	for i := 0; i < len(first); i += 3 {
		b.WriteString(strings.Join(first[i:i+3], "\n") + "\n\n")
		b.WriteString(strings.Join(second[i:i+3], "\n") + "\n\n")
	}
	l := Segment(dumpPage("zh", b.String()))
	a := findArticle(t, l, "青山县春茶采摘忙")
	want := strings.Join(first, "") + strings.Join(second, "")
	if got := strings.ReplaceAll(bodyText(a), "\n", ""); got != want {
		t.Errorf("body = %q\nwant %q", got, want)
	}
}

// Two columns of one article printed a line at a time in turns, a blank
// line after each: where the rebuilt streams cross (each holding the top
// of one column and the bottom of the other), their lines together are
// read again as the two columns, each in its order.
func TestCrossedStreamsReadAgain(t *testing.T) {
	first := []string{
		"清明前后，青山县的茶园进",
		"入采摘旺季，茶农们天不亮就上",
		"山采茶，新鲜茶叶当天送到茶厂",
		"加工，春茶价格比去年略有上",
		"涨，茶农收入稳步增加。",
	}
	second := []string{
		"村里还建起了茶叶合作社，统一",
		"收购、统一加工、统一销售，带",
		"动周边农户共同致富。合作社负",
		"责人介绍，今年的订单已经排到",
		"了秋天，不少客商慕名而来，只",
	}
	var ls []string
	for i := range first {
		ls = append(ls, first[i], "", second[i], "")
	}
	s := &pageSeg{zh: true, lines: ls}
	s.classify()
	line := func(i int) frag {
		if len(s.frags[i]) != 1 {
			t.Fatalf("line %d: fragments %v", i, s.frags[i])
		}
		return s.frags[i][0]
	}
	// The streams cross after the third row.
	var x, y []frag
	for i := range first {
		a, b := line(4*i), line(4*i+2)
		if i < 3 {
			x, y = append(x, a), append(y, b)
		} else {
			x, y = append(x, b), append(y, a)
		}
	}
	ps := []*piece{
		{frags: x, first: x[0].line, next: -1, prev: -1, leadLine: -1},
		{frags: y, first: y[0].line, next: -1, prev: -1, leadLine: -1},
	}
	ps, rest, added, at := s.mergeInterleaved(ps, []int{0, 1})
	if len(rest) != 0 || len(added) != 2 {
		t.Fatalf("rest %v, added %v: want both pieces read again as two", rest, added)
	}
	text := func(k int) string {
		var b strings.Builder
		for _, f := range ps[k].frags {
			b.WriteString(f.text)
		}
		return b.String()
	}
	if got, want := text(added[0]), strings.Join(first, ""); got != want {
		t.Errorf("first column = %q\nwant %q", got, want)
	}
	if got, want := text(added[1]), strings.Join(second, ""); got != want {
		t.Errorf("second column = %q\nwant %q", got, want)
	}
	// Each reads where the stream holding most of its lines started: the
	// first column's three lines were in the stream starting on line 0.
	if at[added[0]] != 0 || at[added[1]] != 2 {
		t.Errorf("at = %v, want lines 0 and 2", at)
	}
}

// The same columns with the blocks of another article printed among
// them now and then: the page's blocks keep no steady turn, but the
// article's own blocks still take turns between its two columns.
func TestOwnBlocksInTurns(t *testing.T) {
	first, second := teaFirst, teaSecond
	other := []string{
		"江北大桥今天正式通车，全长两千",
		"多米，双向六车道，从江北到江南",
		"的车程由一小时缩短到十分钟。",
		"大桥建设历时三年，建设者们克服",
		"了汛期施工等困难，工程质量全部",
		"达到设计要求，江北大桥沿线居民纷纷点赞。",
	}
	blocks := [][]string{first[0:3], second[0:3], first[3:6], other[0:3], second[3:6], first[6:9], other[3:6], second[6:9]}
	col := []int{0, 1, 0, -1, 1, 0, -1, 1} // -1: the other article's
	s := blocksPage(blocks)
	var ps []*piece
	var chs [][]int
	var want []int
	l := 0
	for i, b := range blocks {
		if col[i] >= 0 {
			var fs []frag
			for j := range b {
				if len(s.frags[l+j]) != 1 {
					t.Fatalf("line %d: fragments %v", l+j, s.frags[l+j])
				}
				fs = append(fs, s.frags[l+j][0])
			}
			chs = append(chs, []int{len(ps)})
			ps = append(ps, &piece{frags: fs, first: l, next: -1, prev: -1, leadLine: -1})
			want = append(want, col[i])
		}
		l += len(b) + 1
	}
	own := s.articleTurns(chs, ps)
	for k, c := range want {
		if tu, ok := own[k]; !ok || tu.col != c || tu.region != own[0].region {
			t.Errorf("block %d: turn %v (found %v), want column %d", k, tu, ok, c)
		}
	}
}

// A region whose first block runs on into the next in dump order (a word
// across the break) and whose later blocks take turns between two
// columns: the first block stays in dump order. The story's second block
// ends its sentence, so it rates alike either way and goes with the
// blocks in turns after it: the stretch in turns starts there.
func TestTurnsAfterDumpOrder(t *testing.T) {
	story := []string{
		"江北大桥今天正式通车，全长两千",
		"多米，双向六车道，从江北到江南",
		"的车程由一小时缩短到十分钟，大",
		"桥建设历时三年，建设者们克服",
		"了汛期施工等困难，工程质量全部",
		"达到设计要求，沿线居民纷纷点赞。",
	}
	blocks := [][]string{story[0:3], story[3:6]}
	for i := 0; i < len(teaFirst); i += 3 {
		blocks = append(blocks, teaFirst[i:i+3], teaSecond[i:i+3])
	}
	s := blocksPage(blocks)
	if len(s.chunkLines) < len(blocks) {
		t.Fatalf("%d chunks, want %d", len(s.chunkLines), len(blocks))
	}
	got := s.turns()
	for c := range blocks {
		tu, ok := got[c]
		switch {
		case c == 0 && ok:
			t.Errorf("block 0 (dump order): turn %v", tu)
		case c > 0 && (!ok || tu != turn{1, (c - 1) % 2}):
			t.Errorf("block %d: turn %v (found %v), want region 1 column %d", c, tu, ok, (c-1)%2)
		}
	}
}

// blocksPage classifies a Chinese dump of the blocks, a blank line after
// each.
func blocksPage(blocks [][]string) *pageSeg {
	var ls []string
	for _, b := range blocks {
		ls = append(ls, b...)
		ls = append(ls, "")
	}
	s := &pageSeg{zh: true, lines: ls}
	s.classify()
	return s
}
