package dump

import "testing"

// A heading's figures and names that word segmentation cuts apart
// ("500" "强", a letter-spaced "高 科 技") still tie it to its text by
// character bigrams, and weigh more than words every story shares.
func TestHeadGramsFindHeadingInText(t *testing.T) {
	texts := []string{
		"日前，全省民营企业500强名单发布，入围门槛达到三十亿元，制造业企业占",
		"重逐年上升，高科技企业比去年多了一成。",
		"湖区候鸟保护站今年冬天记录到的越冬水鸟种类比往年更多，志愿者",
		"每天巡护湿地，并向游客讲解保护知识，附近企业也出资相助。",
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
	idf := idfOf(s.pieceWords(ps))
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
		"样的情况，在下游的渔村也有发生，渔民们",
		"今年被看作智慧农业推广的要紧一年，各县推动智慧农业与种植大户对接",
		"港口新建的集装箱码头昨天投入使用，年吞吐能力",
	}
	ps, stories, _ := textStories(texts)
	s := &pageSeg{zh: true}
	idf := idfOf(s.pieceWords(ps))
	stoks := make([]map[string]float64, len(stories))
	for i := range stories {
		stoks[i] = s.tokens(texts[i], idf)
	}
	s.hg = newHeadGrams(stories, ps)
	ai := &group{head: []string{"稳步推广智慧农业"}, byline: "本报记者 王明"}
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
