package layout

import (
	"strings"

	"newsprint/page"
)

// boxMark restores the square mark (□) that some papers print before a
// credit and OCR reads as a character of like shape (回, 口, 囗, 日):
// "回本报记者 刘茜" is "□本报记者 刘茜". Only a mark right before a credit
// word is taken for one.
func boxMark(l page.Line) page.Line {
	text := strings.TrimLeft(l.Text, " ")
	for _, m := range []string{"回", "口", "囗"} {
		rest, ok := strings.CutPrefix(text, m)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		for _, w := range []string{"本报", "记者", "通讯员", "新华社"} {
			if !strings.HasPrefix(rest, w) {
				continue
			}
			// The mark and □ are both three bytes in UTF-8: offsets hold.
			l.Text = strings.Replace(l.Text, m, "□", 1)
			if len(l.Words) > 0 && strings.HasPrefix(l.Words[0].Text, m) {
				ws := append([]page.Word(nil), l.Words...)
				ws[0].Text = strings.Replace(ws[0].Text, m, "□", 1)
				l.Words = ws
			}
			return l
		}
	}
	return l
}
