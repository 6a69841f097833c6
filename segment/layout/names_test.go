package layout

import (
	"strings"
	"testing"

	"newsprint/page"
)

// doubtLine makes an OCR line of one word a glyph (a space is a gap), each
// read with confidence 0.9 unless doubts gives the glyph another
// confidence and its alternatives.
func doubtLine(text string, doubts map[int]page.Word) page.Line {
	l := page.Line{Text: text, Box: &page.Rect{X0: 0, Y0: 0, X1: 400, Y1: 20}, Conf: 0.9}
	x := 0.0
	for i, r := range []rune(text) {
		x += 20
		if r == ' ' {
			continue
		}
		w := page.Word{Text: string(r), Box: page.Rect{X0: x, Y0: 0, X1: x + 18, Y1: 20}, Confidence: 0.9}
		if d, ok := doubts[i]; ok {
			w.Confidence, w.Alternatives = d.Confidence, d.Alternatives
		}
		l.Words = append(l.Words, w)
	}
	return l
}

func alts(conf float64, texts ...any) page.Word {
	w := page.Word{Confidence: conf}
	for i := 0; i < len(texts); i += 2 {
		w.Alternatives = append(w.Alternatives, page.Alternative{Text: texts[i].(string), Confidence: texts[i+1].(float64)})
	}
	return w
}

// A name's glyph that names hardly use is read as the alternative OCR
// gave that names use far more often, when OCR was nearly as sure of it:
// a surname (末, never one, for 宋) and a given name's glyph (晚 for 晓).
// Of several such alternatives the one names use most is taken, wherever
// OCR listed it (王 before 玉 and 木 for 主).
// A plausible reading stays (朱 is a common surname too), an alternative
// OCR was far less sure of is not taken, and only names are mended.
func TestMendNames(t *testing.T) {
	for _, c := range []struct {
		name, text string
		doubts     map[int]page.Word
		want       string
	}{
		{"surname", "本报记者 末晓丽", map[int]page.Word{5: alts(0.4, "宋", 0.3)}, "本报记者 宋晓丽"},
		{"given name", "本报记者 杜晚丽", map[int]page.Word{6: alts(0.5, "晓", 0.45)}, "本报记者 杜晓丽"},
		{"caption credit", "江边的晚霞（本报记者杜晚丽摄）", map[int]page.Word{3: alts(0.5, "晓", 0.45), 11: alts(0.5, "晓", 0.45)}, "江边的晚霞（本报记者杜晓丽摄）"},
		{"names use most", "本报记者 主晓丽", map[int]page.Word{5: alts(0.4, "玉", 0.35, "王", 0.3, "木", 0.35)}, "本报记者 王晓丽"},
		{"plausible reading", "本报记者 朱晓丽", map[int]page.Word{5: alts(0.4, "宋", 0.4)}, "本报记者 朱晓丽"},
		{"far less sure", "本报记者 末晓丽", map[int]page.Word{5: alts(0.7, "宋", 0.2)}, "本报记者 末晓丽"},
		// The caption's text before its credit names the photographer too:
		// only the credit is mended. A name given twice is mended twice.
		{"caption names the credited", "末晓丽在江边（本报记者末晓丽摄）", map[int]page.Word{0: alts(0.4, "宋", 0.3), 11: alts(0.4, "宋", 0.3)}, "末晓丽在江边（本报记者宋晓丽摄）"},
		{"name given twice", "本报记者 末晓丽 末晓丽", map[int]page.Word{5: alts(0.4, "宋", 0.3), 9: alts(0.4, "宋", 0.3)}, "本报记者 宋晓丽 宋晓丽"},
		{"not a name", "月末雨后晚霞满天", map[int]page.Word{1: alts(0.4, "宋", 0.4), 4: alts(0.4, "晓", 0.4)}, "月末雨后晚霞满天"},
	} {
		l := doubtLine(c.text, c.doubts)
		got := mendNames(l)
		if got.Text != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.text, got.Text, c.want)
		}
		var spelt string
		for _, w := range got.Words {
			spelt += w.Text
		}
		if want := strings.ReplaceAll(c.want, " ", ""); spelt != want {
			t.Errorf("%s: words spell %q, want %q", c.name, spelt, want)
		}
	}
}

// The glyph read first stays with the word as an alternative.
func TestMendNamesKeepsReadingAsAlternative(t *testing.T) {
	got := mendNames(doubtLine("本报记者 末晓丽", map[int]page.Word{5: alts(0.4, "宋", 0.3)}))
	w := got.Words[4]
	if w.Text != "宋" || w.Confidence != 0.3 || len(w.Alternatives) != 1 || w.Alternatives[0] != (page.Alternative{Text: "末", Confidence: 0.4}) {
		t.Errorf("mended word %+v", w)
	}
}
