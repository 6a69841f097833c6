package dump

import (
	"slices"
	"testing"
)

// strayPage lays out invented stories as pieces of 14-character lines.
// Stories are printed in the order given; a story with gap false starts
// on the line right after the story before it (one column read down),
// otherwise a blank line and a line of another column come between.
type strayStory struct {
	text string
	gap  bool
}

func strayPage(sts []strayStory) (*pageSeg, []*piece, [][]int) {
	s := &pageSeg{zh: true}
	var ps []*piece
	var stories [][]int
	line := 0
	for _, st := range sts {
		if st.gap && line > 0 {
			line += 2
		}
		p := &piece{}
		rs := []rune(st.text)
		for i := 0; i < len(rs); i += 14 {
			t := string(rs[i:min(i+14, len(rs))])
			p.frags = append(p.frags, frag{text: t, line: line, w: width(t)})
			line++
		}
		p.first = p.frags[0].line
		stories = append(stories, []int{len(ps)})
		ps = append(ps, p)
	}
	s.chunk = make([]int, line)
	s.frags = make([][]frag, line)
	for _, p := range ps {
		for _, f := range p.frags {
			s.frags[f.line] = []frag{f}
		}
	}
	return s, ps, stories
}

func strayArticles(stories [][]int, ps []*piece, groups ...[]int) ([]*article, []*article, []int) {
	owner := make([]*article, len(stories))
	slen := make([]int, len(stories))
	for i, st := range stories {
		for _, k := range st {
			slen[i] += len([]rune(ps[k].text()))
		}
	}
	var arts []*article
	for _, g := range groups {
		a := &article{g: &group{}, stories: slices.Clone(g)}
		for _, st := range g {
			owner[st] = a
		}
		arts = append(arts, a)
	}
	return arts, owner, slen
}

var (
	rice = []string{
		"村里今年水稻丰收，农民合作社组织村民抢收水稻，合作社负责人说水稻亩产创新高。秋收时节，村民们在田里忙着收割，合作社的收割机一天能收两百亩。",
		"合作社还建起烘干厂，村民的水稻不再愁晾晒，农民合作社带动村民增收致富。烘干厂建成后，合作社又办起米厂，村民的水稻就地加工成大米。",
		"村民说，合作社让水稻卖上好价钱，今年农民收入比去年多了两成，合作社功不可没。合作社负责人说，明年还要扩大水稻种植，让更多村民入社。",
	}
	rail = []string{
		"新建铁路全线开通运营，高速列车从省城出发，铁路沿线车站同步启用，旅客出行更方便。首发列车上，旅客们纷纷拍照留念，铁路职工在车站迎接首批旅客。",
		"这条铁路设计时速三百五十公里，高速列车开通后省城到边城只需两小时，沿线车站十二座。铁路建设者用了四年时间，打通隧道六十座，架设桥梁两百座。",
		"铁路部门介绍，沿线车站配套设施齐全，高速列车每天开行四十对，省城旅客出行更方便。铁路开通后，沿线城市的旅游、物流将迎来新的发展机遇。",
	}
)

// A story of another article printed among an article's columns leaves
// it; the article keeps its own stories.
func TestStrayStoryLeaves(t *testing.T) {
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {rail[0], true}, {rice[1], true}, {rice[2], true},
		{rail[1], true}, {rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5})
	arts = s.strayStories(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps))
	if owner[1] != nil {
		t.Errorf("the railway story stayed with the harvest article")
	}
	if !slices.Equal(arts[0].stories, []int{0, 2, 3}) || !slices.Equal(arts[1].stories, []int{4, 5}) || len(arts) != 2 {
		t.Errorf("articles' stories: %v, %v (%d articles), want [0 2 3], [4 5]", arts[0].stories, arts[1].stories, len(arts))
	}
}

// The same story printed right on from the article's column (the next
// lines of one column) is read as that column's text and stays.
func TestStrayStoryReadOnStays(t *testing.T) {
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {rail[0], false}, {rice[1], true}, {rice[2], true},
		{rail[1], true}, {rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5})
	s.strayStories(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps))
	if owner[1] != arts[0] {
		t.Errorf("a story read on down the article's column left it")
	}
}

// Stray stories in two articles that resemble each other are one
// article's text: they become one untitled article.
func TestStrayStoriesJoin(t *testing.T) {
	school := []string{
		"学校新建图书馆，学生可以在课余时间借阅图书，老师组织读书活动，学生读书热情高涨。图书馆每天开放到晚上九点，学生放学后也能来读书。",
		"图书馆藏书五万册，学校还为学生开设阅读课，老师反映学生更爱读书，借阅图书的多了。学校每月评选读书之星，学生们争着借阅图书。",
		"学校老师说，图书馆让学生多读书、读好书，学生在阅读课上交流读书心得。下学期，学校还将请作家走进图书馆，和学生面对面交流读书体会。",
	}
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {rail[0], true}, {rice[1], true}, {rice[2], true},
		{school[0], true}, {rail[1], true}, {school[1], true}, {school[2], true},
		{rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5, 6, 7}, []int{8})
	arts = s.strayStories(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps))
	if len(arts) != 4 {
		t.Fatalf("%d articles, want 4 (a new one from the strays)", len(arts))
	}
	if got := arts[3].stories; !slices.Equal(got, []int{1, 5}) || owner[1] != arts[3] || owner[5] != arts[3] || arts[3].g != nil {
		t.Errorf("new article's stories %v, want the two railway strays [1 5], untitled", got)
	}
	if !slices.Equal(arts[0].stories, []int{0, 2, 3}) || !slices.Equal(arts[1].stories, []int{4, 6, 7}) {
		t.Errorf("articles keep %v and %v", arts[0].stories, arts[1].stories)
	}
}

// A long story that shares almost nothing with the article it was given
// and fits no other article either (its heading was never found) leaves
// it all the same: kept, it would spoil the article it swells.
func TestHomelessStoryLeaves(t *testing.T) {
	museum := "市博物馆举办青铜器特展，展出商周时期的青铜礼器一百余件，观众排队入场参观。展览持续三个月，博物馆每周推出讲解活动，讲解员带观众细看青铜纹饰，还开设修复工作坊，观众可以看到修复师怎样修补残缺的青铜器物。"
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {museum, true}, {rice[1], true}, {rice[2], true},
		{rail[0], true}, {rail[1], true}, {rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5, 6})
	if slen[1] < homelessLen {
		t.Fatalf("museum story has %d characters, under homelessLen", slen[1])
	}
	arts = s.strayStories(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps))
	if owner[1] != nil {
		t.Errorf("the museum story stayed with an article")
	}
	if !slices.Equal(arts[0].stories, []int{0, 2, 3}) || !slices.Equal(arts[1].stories, []int{4, 5, 6}) || len(arts) != 2 {
		t.Errorf("articles' stories: %v, %v (%d articles), want [0 2 3], [4 5 6]", arts[0].stories, arts[1].stories, len(arts))
	}
}

// A short unlike story is too short to tell and stays.
func TestShortUnlikeStoryStays(t *testing.T) {
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {"市博物馆举办青铜器特展，观众排队入场参观。", true}, {rice[1], true}, {rice[2], true},
		{rail[0], true}, {rail[1], true}, {rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5, 6})
	s.strayStories(arts, owner, stories, ps, slen, s.bigramVecs(stories, ps))
	if owner[1] != arts[0] {
		t.Errorf("a short story left its article")
	}
}

// A long story unlike its article that another article fits far better
// (strayElse times), though without the margin that takes a stray out,
// may be that article's text sent astray: it is not homeless and stays.
func TestUnlikeStoryFittingElsewhereStays(t *testing.T) {
	mix := "物流中心开通铁路专用线，货运列车把建材运往沿海港口，物流中心还建起冷库，经理介绍，运货比公路便宜三成，冷链专列将把新鲜蔬菜运进省城，货车司机不再排长队等候装卸，电商企业也纷纷入驻园区，快递分拣线昼夜运转。"
	s, ps, stories := strayPage([]strayStory{
		{rice[0], true}, {mix, true}, {rice[1], true}, {rice[2], true},
		{rail[0], true}, {rail[1], true}, {rail[2], true},
	})
	arts, owner, slen := strayArticles(stories, ps, []int{0, 1, 2, 3}, []int{4, 5, 6})
	bv := s.bigramVecs(stories, ps)
	own, other := sumOf(arts[0].stories, bv), sumOf(arts[1].stories, bv)
	c, elsewhere := cosineLess(bv[1], own, sqNorm(own)), cosineNormed(bv[1], other, sqNorm(other))
	if slen[1] < homelessLen || c >= homelessOwn || c < strayOwn || elsewhere <= strayElse*c || elsewhere > strayElse*c+strayMargin {
		t.Fatalf("invented story out of the case: %d characters, cosine %.3f with its article, %.3f with the other", slen[1], c, elsewhere)
	}
	s.strayStories(arts, owner, stories, ps, slen, bv)
	if owner[1] != arts[0] {
		t.Errorf("a story fitting the railway article far better left as homeless")
	}
}
