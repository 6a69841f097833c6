package dump

import (
	"strings"
	"testing"
)

// A column line that opens with a date, printed beside another column's
// line, is body text: the whole line is wider than a caption, but none of
// its fragments is wider than a column. Both columns keep their text and
// no caption is made of them.
func TestDateOpensColumnLineBesideAnother(t *testing.T) {
	text := `山区茶农春茶采摘忙
记者 李芳 通讯员 赵强

清明前后，青山县的茶园进入采摘 茶农们天不亮就上山采茶，新鲜茶
季，今年的春茶产量比去年略有增 叶当天送到茶厂加工，价格也比去
加，茶农们的收入也跟着涨了起来。 年略有上涨，销路一直都很不错。
4月2日，县里举办了春茶品鉴大会 茶厂负责人说，今年还新建了两条
，来自各地的客商纷纷前来洽谈。 生产线，加工能力提高了一倍多。`
	l := Segment(dumpPage("zh", text))
	if len(l.Articles) != 1 {
		t.Fatalf("got %d articles, want 1", len(l.Articles))
	}
	a := l.Articles[0]
	if len(a.Captions) != 0 {
		t.Errorf("a column line became a caption: %q", joinLines(a.Captions[0]))
	}
	body := strings.ReplaceAll(bodyText(a), " ", "")
	for _, want := range []string{"4月2日，县里举办了春茶品鉴大会", "茶厂负责人说，今年还新建了两条"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
}
