package dump

import (
	"strings"
	"testing"
)

// An article's text printed with a piece that starts inside a sentence
// above its opening paragraph: the piece whose sentence began elsewhere
// reads after the article's opening, not before it.
func TestMidSentenceDoesNotOpen(t *testing.T) {
	opening := []string{
		"  今年以来，河湾镇把修路作为",
		"头等大事来抓，全镇新修道路十",
		"二条，总长三十多公里，沿线群",
		"众出行难的问题得到了解决。",
	}
	for _, c := range []struct{ name, first string }{
		// The short last line of a paragraph, over the next one.
		{"tail", "路也宽了。"},
		// A line opening with a clause mark after one character.
		{"mark", "级、道路两旁种上了树，村里"},
		// A line opening with a comma.
		{"comma", "，道路两旁种上了树，村里的"},
	} {
		rest := []string{
			c.first,
			"  镇里还在路边建起了候车亭，",
			"方便群众乘车，村民们都说现在",
			"出门方便多了，日子越过越好。",
		}
		dump := "河湾镇新修道路十二条\n\n本报记者 李小红\n\n" + strings.Join(rest, "\n") + "\n\n" + strings.Join(opening, "\n") + "\n"
		l := Segment(dumpPage("zh", dump))
		a := findArticle(t, l, "河湾镇新修道路十二条")
		body := strings.ReplaceAll(bodyText(a), "\n", "")
		i, j := strings.Index(body, "今年以来"), strings.Index(body, "候车亭")
		if i < 0 || j < 0 || i > j {
			t.Errorf("%s: body %q: want the opening (今年以来) before the piece that starts mid-sentence", c.name, body)
		}
	}
}

// A numbered point ("一、") or a paragraph's indented first line starts
// no sentence elsewhere.
func TestMidStart(t *testing.T) {
	p := func(ls ...string) *piece {
		var fs []frag
		for i, l := range ls {
			fs = append(fs, frag{text: l, w: width(l), line: i})
		}
		return &piece{frags: fs, w: fragsMax(fs)}
	}
	for _, c := range []struct {
		p    *piece
		want bool
	}{
		{p("一、道路两旁种上了树，村里的", "路灯也亮了，群众出行更方便了"), false},
		{p("A、道路两旁种上了树，村里的", "路灯也亮了，群众出行更方便了"), false},
		{p("1、道路两旁种上了树，村里的", "路灯也亮了，群众出行更方便了"), false},
		{p("  镇里还在路边建起了候车亭", "方便群众乘车，村民们都说现在"), false},
		{p("级、道路两旁种上了树，村里", "路灯也亮了，群众出行更方便了"), true},
		{p("路也宽了。", "  镇里还在路边建起了候车亭，", "方便群众乘车，村民们都说现在"), true},
		{p("、道路两旁种上了树，村里的", "路灯也亮了，群众出行更方便了"), true},
	} {
		if got := c.p.midStart(); got != c.want {
			t.Errorf("midStart(%q) = %v, want %v", c.p.frags[0].text, got, c.want)
		}
	}
}

// The text after a run-in credit opens the article, and the piece its
// sentence goes on in comes right after it, though the dump printed
// another piece of the article between them: a chain is read whole.
func TestLeadChainReadsWhole(t *testing.T) {
	const text = `河湾镇新修道路十二条

镇里还在路边建起了候车亭，
方便群众乘车，村民们都说现在
出门方便多了，日子越过越好。

本报讯（记者 李小红）今年以来，
河湾镇把修路作为头等大事来抓，
全镇新修道路十二条，总长三十多

公里，沿线群众出行难的问题得到
了解决，道路两旁还种上了树，路
灯也亮了，群众出行更加方便。`
	l := Segment(dumpPage("zh", text))
	a := findArticle(t, l, "河湾镇新修道路十二条")
	body := bodyText(a)
	i, j, k := strings.Index(body, "今年以来"), strings.Index(body, "三十多公里"), strings.Index(body, "候车亭")
	if i < 0 || j < 0 || k < 0 || !(i < j && j < k) {
		t.Errorf("body %q: want the run-in text, its sentence's end, then the other piece", body)
	}
}
