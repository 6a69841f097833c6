package layout

import "testing"

// A head set to the column's width with the credit under it filling the
// column too: the lines are flush on both sides, but the credit's type is
// half the head's, so it is the byline and not the head's last line.
func TestFlushCreditUnderColumnHead(t *testing.T) {
	b := datedScan()
	for i, text := range []string{"春风十里入山来", "新桥连起两岸路", "千家灯火照归人"} {
		b.line(text, 150, 300+float64(i)*80, 70, 70)
	}
	b.line("记者 林思远 通讯员 王一山", 150, 555, 35, 35)
	a := columnsArticle(t, b, 620)
	if got := texts(a.Headline); got != "春风十里入山来|新桥连起两岸路|千家灯火照归人" {
		t.Errorf("headline %q", got)
	}
	if a.Byline != "记者 林思远 通讯员 王一山" || len(a.Authors) != 2 {
		t.Errorf("byline %q authors %+v", a.Byline, a.Authors)
	}
}
