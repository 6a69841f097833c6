package dump

import (
	"strings"
	"testing"
)

// headFirstPage: the dump prints the end of an article's opening column
// ("展道路越走越宽…") above its headline, the column's start under it.
const headFirstPage = `展道路越走越宽，小镇面貌焕
然一新。今年以来，镇里又新
建了三座桥梁，方便了群众出
行，小镇的发展道路越走越宽。

小镇走上发展新路
记者 王芳

近年来，小镇坚持推动经
济建设和社会事业协调发展，
大力改善民生，走高质量发

山区学校开设新课程
记者 李强

新学期开始，山区学校开设
了书法和音乐课，孩子们学得
十分认真，学校走出了一条特
色发展道路。`

// The article opens under its headline, and the column printed above the
// headline goes on its last line ("发" / "展", a page's phrase "发展道"
// over the break too): read in dump order it would open the article.
func TestHeadFirst(t *testing.T) {
	l := Segment(dumpPage("zh", headFirstPage))
	got := bodyText(findArticle(t, l, "小镇走上发展新路"))
	if !strings.HasPrefix(got, "近年来，小镇坚持推动经济建设") || !strings.Contains(got, "走高质量发展道路越走越宽") {
		t.Errorf("body %s", got)
	}
}
