package dump

import "testing"

// A heading's figures and names that word segmentation cuts apart
// ("500" "强", a letter-spaced "高 科 技") still tie it to its text by
// character bigrams, and weigh more than words every story shares.
func TestHeadGramsFindHeadingInText(t *testing.T) {
	texts := []string{
		"日前，全省民营企业500强名单发布，入围门槛达到三十亿元，制造业企业占",
		"比持续提高，高科技企业数量明显增多。",
		"联合国大会第三委员会审议人权问题时，多数国家表示坚决反对干涉内政的",
		"做法，支持各国自主选择发展道路，企业界人士也表示赞同。",
	}
	var ps []*piece
	for i, x := range texts {
		ps = append(ps, &piece{frags: []frag{{text: x, line: i, w: width(x)}}})
	}
	stories := [][]int{{0, 1}, {2, 3}}
	h := newHeadGrams(stories, ps)
	g := &group{head: []string{"民营500强发榜"}, decks: []string{"高 科 技 企 业 多 了"}}
	own, other := h.score(g, 0), h.score(g, 1)
	if own < 0.5 || other > 0.1 {
		t.Errorf("heading in its own text %.2f (want ≥ 0.5), in the other %.2f (want ≤ 0.1)", own, other)
	}
	s := &pageSeg{zh: true}
	idf := s.idf(ps)
	if w := headScore(s.tokens(g.text(), idf), s.tokens(texts[0]+texts[1], idf)); w >= own {
		t.Errorf("words alone score %.2f, bigrams %.2f: the test no longer shows what bigrams add", w, own)
	}
	if v := h.score(&group{head: []string{"民营企业500强"}}, 0); v != 0 {
		t.Errorf("a bare short label scores %.2f by bigrams", v)
	}
	if h.score(&group{head: []string{"，。"}, byline: "本报记者 王明"}, 0) != 0 {
		t.Error("a heading without word characters scores")
	}
}

// A heading left with text that carries none of its words gives itself to
// the untitled text that does; a heading its text carries stays.
func TestHeadingFollowsItsText(t *testing.T) {
	texts := []string{
		"样的问题，在附近的村寨也曾出现，村民们",
		"今年被认为是人工智能落地的关键一年，多地推动人工智能与实体经济融合",
		"港口新建的集装箱码头昨天投入使用，年吞吐能力",
	}
	var ps []*piece
	for i, x := range texts {
		ps = append(ps, &piece{frags: []frag{{text: x, line: i, w: width(x)}}, story: i})
	}
	stories := [][]int{{0}, {1}, {2}}
	s := &pageSeg{zh: true}
	idf := s.idf(ps)
	stoks := make([]map[string]float64, len(stories))
	for i := range stories {
		stoks[i] = s.tokens(texts[i], idf)
	}
	s.hg = newHeadGrams(stories, ps)
	ai := &group{head: []string{"扎实推动人工智能落地"}, byline: "本报记者 王明"}
	ai.toks = s.tokens(ai.text(), idf)
	port := &group{head: []string{"港口集装箱码头投入使用"}, byline: "本报记者 李华"}
	port.toks = s.tokens(port.text(), idf)
	headed := &article{g: ai, stories: []int{0}}
	untitled := &article{stories: []int{1}}
	kept := &article{g: port, stories: []int{2}}
	s.headsFollowText([]*article{headed, untitled, kept}, stoks)
	if untitled.g != ai || headed.g != nil {
		t.Errorf("heading stayed over the scrap: untitled.g=%v headed.g=%v", untitled.g, headed.g)
	}
	if kept.g != port {
		t.Error("a heading its own text carries moved")
	}
}
