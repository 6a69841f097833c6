package dump

import (
	"strings"
	"testing"
)

// phrasesHeadPage: a headline of two parallel phrases ("为乡亲，他从不犹豫")
// opens the chunk of its text, right under another article's column.
const phrasesHeadPage = `第3版

山村学校迎来新图书馆
记者 王芳

近年来，山村学校不断改善办学条
件，新建了图书馆和实验室，孩子们
的学习环境越来越好。今年秋季开学
以来，学校又开设了书法和音乐课程，
受到学生和家长的普遍欢迎。校长说，

为乡亲，他从不犹豫
  老李在村里当了二十年的村医，谁
家有病人，他总是第一个赶到。夜里
下雨也好，山路难走也好，只要有人
敲门，他背起药箱就出发。
  村民们说，有老李在，大家心里踏
实。如今他年纪大了，仍然每天坚持
出诊，还带出了两个年轻的徒弟。`

// The phrases' comma does not make the line running text: narrower than
// the column, over the paragraph it does not run into, it heads the text.
func TestPhrasesHead(t *testing.T) {
	l := Segment(dumpPage("zh", phrasesHeadPage))
	a := findArticle(t, l, "为乡亲，他从不犹豫")
	if b := bodyText(a); !strings.HasPrefix(b, "老李在村里") || !strings.Contains(b, "两个年轻的徒弟") {
		t.Errorf("body %s", b)
	}
	if b := bodyText(findArticle(t, l, "山村学校迎来新图书馆")); strings.Contains(b, "犹豫") {
		t.Errorf("the headline stays in the other article's text: %s", b)
	}
}

// phrasesCrossPage: a credited feature whose second part opens under a
// crosshead of two parallel phrases, set like phrasesHeadPage's headline.
const phrasesCrossPage = `第3版

山村医生老李
记者 王芳

  老李在村里当了二十年的村医，谁
家有病人，他总是第一个赶到。夜里
下雨也好，山路难走也好，只要有人
敲门，他背起药箱就出发。老李说，

出诊，为了乡亲的健康
  村民们说，有老李在，大家心里踏
实。如今老李年纪大了，仍然每天坚
持出诊，还带出了两个年轻的村医。`

// Heading its chunk, the crosshead's text joins the credited feature it
// shares words with: it stays a crosshead, no article of its own.
func TestPhrasesCrosshead(t *testing.T) {
	l := Segment(dumpPage("zh", phrasesCrossPage))
	a := findArticle(t, l, "山村医生老李")
	if len(l.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(l.Articles))
	}
	if b := bodyText(a); !strings.Contains(b, "出诊，为了乡亲的健康") || !strings.Contains(b, "两个年轻的村医") {
		t.Errorf("body %s", b)
	}
}
