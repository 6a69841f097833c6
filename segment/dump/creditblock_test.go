package dump

import (
	"strings"
	"testing"
)

// A credit printed as a block of its own between two short blocks is no
// line of a column taking turns with others: the blank lines around it end
// the columns above, so the two lines of another article's opening printed
// above it do not run on into the columns of the credit's article below.
func TestCreditBlockEndsColumns(t *testing.T) {
	lines := []string{
		"市图书馆扩建工程启动",
		"",
		"河边步道完成改造",
		"",
		"10月8日，市图书馆扩建工",
		"程正式启动，新馆建成后将",
		"",
		"记者 王小明 通讯员 李小红",
		"",
		"河边的步道去年完成改造， 每到傍晚，散步的居民络绎",
		"沿途新栽了两千多棵银杏， 不绝，大家都说环境好多了。",
		"",
		"新增阅览座位一千个，馆内",
		"还将开设少儿阅读区和自习",
		"室，方便市民就近读书学习。",
	}
	l := Segment(dumpPage("zh", strings.Join(lines, "\n")))
	for _, a := range l.Articles {
		body := bodyText(a)
		if strings.Contains(body, "新馆建成后将") && strings.Contains(body, "河边的步道") {
			t.Errorf("the library's opening ran on into the walkway's columns: %q", body)
		}
	}
}
