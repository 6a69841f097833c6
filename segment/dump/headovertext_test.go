package dump

import "testing"

// One credit printed after a run of two uncredited headings belongs to the
// heading whose words the text right under it carries, whichever heading
// was printed last; without such words the last heading keeps it.
func TestCreditOverTextPicksHeading(t *testing.T) {
	const heads = `山区茶农春茶采摘忙

港口新建集装箱码头投入使用

□本报记者 王小明

`
	for _, c := range []struct {
		name, text, want string
	}{
		{"first heading's text", `清明前后，青山县的茶园进入采摘季。
山区茶农天不亮就上山采茶，春茶当天
送到茶厂加工，春茶价格比去年略有上
涨，茶农们的干劲更足了。`, "山区茶农春茶采摘忙"},
		{"no heading's words", `今年以来，全县新建道路四十公里，修
缮桥梁十二座，城乡客运班线通达每个
行政村，群众出行更加方便，村民们的
日子越过越红火。`, "港口新建集装箱码头投入使用"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := Segment(dumpPage("zh", heads+c.text))
			var got []string
			for _, a := range l.Articles {
				if len(a.Authors) > 0 && a.Authors[0].Name == "王小明" {
					got = append(got, joinLines(a.Headline))
				}
			}
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("credit went to %q, want %q", got, c.want)
			}
		})
	}
}
