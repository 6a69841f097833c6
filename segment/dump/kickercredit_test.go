package dump

import "testing"

// A credit printed on its own between a dash kicker and the headline under
// it is in their heading block: the headline takes it, though the kicker
// it takes keeps it from counting as a bare headline after the credit.
func TestCreditBetweenKickerAndHead(t *testing.T) {
	text := `第3版

山区学校迎来新校舍
本报记者 林晓
新学期开学前，青山县三所山区小学的新校舍全部交付使用，教室宽敞明
亮，操场铺上了塑胶跑道，食堂和宿舍也焕然一新。县教育局负责人说，
今年还将为山区学校配备音乐美术老师，让孩子们在家门口享受好教育。

“种粮能手”王大山——

本报记者 张小红

带领乡亲种
出好日子

今年秋天，王大山的合作社又获丰收，一百多户社员每户多收了两千多
元。他说，种粮靠科技，也靠大家一条心，明年还要再添两台收割机。
合作社的仓库里堆满了新粮，社员们脸上都是笑容。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "带领乡亲种出好日子")
	if len(a.Authors) != 1 || a.Authors[0].Name != "张小红" {
		t.Errorf("authors = %v (byline %q)", a.Authors, a.Byline)
	}
}
