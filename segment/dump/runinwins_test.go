package dump

import "testing"

// A credit line under a heading and a run-in credit opening the text under
// it that names someone else: the dump printed the credit line by the
// wrong heading; the run-in, printed in the text, is the article's. One
// naming the same reporter leaves the credit line as it is.
func TestRunInOverridesOtherHeadingCredit(t *testing.T) {
	for _, c := range []struct {
		name, credit, byline, authors string
	}{
		{"other", "本报记者 王小明", "本报讯 记者李芳报道", "李芳"},
		{"same", "本报记者 李芳", "本报记者 李芳", "李芳"},
	} {
		text := `滨江港新建集装箱码头投入使用
` + c.credit + `

本报讯 记者李芳报道：近日，滨江港新
建的集装箱码头正式投入使用。码头共有
泊位六个，年吞吐能力达到一百万标准箱，
港口货物运输效率大幅提升。`
		l := Segment(dumpPage("zh", text))
		if len(l.Articles) != 1 {
			t.Fatalf("%s: %d articles, want 1", c.name, len(l.Articles))
		}
		a := l.Articles[0]
		names := ""
		for _, au := range a.Authors {
			names += au.Name
		}
		if a.Byline != c.byline || names != c.authors {
			t.Errorf("%s: byline %q authors %q, want %q %q", c.name, a.Byline, names, c.byline, c.authors)
		}
	}
}
