package dump

import "testing"

// A headline whose words no text on the page carries (a figure of speech
// over a report) printed away from its text heads the page's untitled
// article; a headline whose words its own text carries keeps that text.
func TestUncarriedHeadlineTakesUntitledText(t *testing.T) {
	const text = harbour + `

社区里的志愿服务队成立已有十年，队
员从最初的五个人发展到两百多人。每
个周末，队员们都会走进独居老人的家
里，帮他们打扫房间、购买日用品，陪
他们聊聊天。退休教师刘阿姨是服务队
的第一批队员，她说，看到老人们开心
的笑容，自己觉得一切付出都值得。如
今，服务队还开设了义务辅导班，为附
近的小学生补习功课，家长们纷纷点赞
。街道负责同志表示，将继续支持志愿
服务队开展活动，让更多居民受益，营
造邻里互助的良好风气，把好事办实。

春风化雨润心田`
	l := Segment(dumpPage("zh", text))
	heads := map[string]int{}
	for _, a := range l.Articles {
		heads[joinLines(a.Headline)] = len(a.Body)
	}
	if heads["春风化雨润心田"] == 0 {
		t.Errorf("volunteer text did not take the headline printed under it: %v", heads)
	}
	if heads["港口新建集装箱码头投入使用"] == 0 {
		t.Errorf("harbour article lost its text: %v", heads)
	}
	if _, ok := heads[""]; ok {
		t.Errorf("an article stayed untitled: %v", heads)
	}
}

// A heading without words (figures and marks only) tells nothing by its
// words' absence from the text: it heads no untitled article that way.
func TestWordlessHeadingTakesNoUntitledText(t *testing.T) {
	s := &pageSeg{zh: true}
	g := &group{head: []string{"2019—2020"}, line: 30, end: 30}
	a := &article{first: 10}
	if got := s.uncarriedHead(g, []*article{a}, nil); got != nil {
		t.Errorf("wordless heading %q took the untitled article", g.head)
	}
	g.toks = map[string]float64{"春风": 1}
	if got := s.uncarriedHead(g, []*article{a}, nil); got != a {
		t.Errorf("heading with words carried by no story did not take the untitled article")
	}
}
