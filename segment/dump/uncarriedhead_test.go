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
