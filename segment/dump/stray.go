package dump

import "slices"

// strayStories takes out of an article a run of text that shares almost
// none of its character bigrams with the rest of the article, while the
// rest holds together and the run's bigrams are found in other text of
// the page: the dump interleaved another article's column, and the run
// went to the wrong heading. A run is a story with the stories that read
// on from it down one column (readsOn). Where a run belongs is less sure
// than that it does not belong here (a page's articles share many
// terms), so it is left without an owner, which build makes an untitled
// article when long and a block when short. A long run that shares
// almost nothing with its article leaves it too where no other article
// fits it far better (homeless): its heading was never found. Runs taken
// out that resemble each other become one untitled article. bv holds the
// stories' bigram weights (bigramVecs).
func (s *pageSeg) strayStories(arts []*article, owner []*article, stories [][]int, ps []*piece, slen []int, bv []map[string]float64) []*article {
	strays := s.strayRuns(arts, stories, ps, slen, bv)
	for _, run := range strays {
		for _, st := range run {
			owner[st].stories = remove(owner[st].stories, st)
			owner[st] = nil
		}
	}
	return joinStrays(arts, owner, strays, stories, ps, bv)
}

// strayRuns returns the runs of the articles arts that do not belong
// there (strayStories), by the stories' bigram weights bv.
func (s *pageSeg) strayRuns(arts []*article, stories [][]int, ps []*piece, slen []int, bv []map[string]float64) [][]int {
	// Each article's weights and their norm, rated against many runs.
	sum, norm := map[*article]map[string]float64{}, map[*article]fixedSum{}
	for _, a := range arts {
		sum[a] = sumOf(a.stories, bv)
		norm[a] = sqNorm(sum[a])
	}
	var strays [][]int
	for _, a := range arts {
		if len(a.stories) < 3 || a.note {
			continue
		}
		own := map[int]float64{}
		for _, st := range a.stories {
			own[st] = cosineLess(bv[st], sum[a], norm[a])
		}
		for _, run := range s.runs(a.stories, stories, ps) {
			// The article keeps two stories at least, to tell that its
			// text holds together.
			if len(run) > len(a.stories)-2 {
				continue
			}
			v, n := sumOf(run, bv), 0
			for _, st := range run {
				n += slen[st]
			}
			c := cosineLess(v, sum[a], norm[a])
			foreign := n >= strayLen && c < strayOwn
			homeless := n >= homelessLen && c < homelessOwn
			if !foreign && !homeless {
				continue
			}
			// The rest of the article holds together: each of its stories
			// shares bigrams with the others (weighted by length).
			var tot, held float64
			for _, st := range a.stories {
				if !slices.Contains(run, st) {
					tot += float64(slen[st])
					held += own[st] * float64(slen[st])
				}
			}
			if held < strayRest*tot {
				continue
			}
			// The run has words of the page's other text: it is another
			// article's column, not a scrap of no article. A long run
			// (homeless) shares too little with the article to be its
			// text even where it fits no other: it is the text of an
			// article whose heading was never found, and swelling this
			// one would spoil it. Where another article fits it far
			// better (strayElse times) without the margin, it may be
			// that article's text the claims sent astray, and stays.
			elsewhere := 0.0
			for _, b := range arts {
				if b != a && !b.note && len(b.stories) > 0 {
					elsewhere = max(elsewhere, cosineNormed(v, sum[b], norm[b]))
				}
			}
			if foreign && elsewhere > strayElse*c+strayMargin || homeless && elsewhere <= strayElse*c {
				strays = append(strays, run)
			}
		}
	}
	return strays
}

// joinStrays makes each stray run and the later runs that resemble it
// (strayJoin) one untitled article, added to arts; a run like no other
// stays without an owner.
func joinStrays(arts []*article, owner []*article, strays [][]int, stories [][]int, ps []*piece, bv []map[string]float64) []*article {
	vs := make([]map[string]float64, len(strays))
	for i, run := range strays {
		vs[i] = sumOf(run, bv)
	}
	for i, x := range strays {
		if x == nil {
			continue
		}
		var a *article
		for j := i + 1; j < len(strays); j++ {
			if strays[j] == nil || cosine(vs[i], vs[j]) < strayJoin {
				continue
			}
			if a == nil {
				a = &article{stories: slices.Clone(x)}
				arts = append(arts, a)
			}
			a.stories = append(a.stories, strays[j]...)
			strays[j] = nil
		}
		if a == nil {
			continue
		}
		for _, st := range a.stories {
			owner[st] = a
		}
		a.first = firstPiece(a, ps, stories).first
	}
	return arts
}

// A stray run has strayLen characters at least and a bigram cosine below
// strayOwn with the rest of its article, whose stories hold together at
// strayRest on average; its cosine with some other article exceeds
// strayElse times its own plus strayMargin. Runs taken out join at
// strayJoin.
const (
	strayLen    = 60
	strayOwn    = 0.1
	strayRest   = 0.25
	strayElse   = 2
	strayMargin = 0.1
	strayJoin   = 0.3
)

// A run of homelessLen characters at least whose bigram cosine with the
// rest of its article is below homelessOwn leaves it where no other
// article fits it strayElse times as well (strayRuns).
const (
	homelessLen = 100
	homelessOwn = 0.15
)

// runs groups the stories sts: stories that read on from each other
// (readsOn) are one run. Runs come in the order of their first story.
func (s *pageSeg) runs(sts []int, stories [][]int, ps []*piece) [][]int {
	root := map[int]int{}
	for _, st := range sts {
		root[st] = st
	}
	var find func(x int) int
	find = func(x int) int {
		if root[x] != x {
			root[x] = find(root[x])
		}
		return root[x]
	}
	for _, x := range sts {
		for _, y := range sts {
			if x != y && s.readsOn(stories[x], stories[y], ps) {
				root[find(x)] = find(y)
			}
		}
	}
	var out [][]int
	at := map[int]int{}
	for _, st := range sts {
		r := find(st)
		if k, ok := at[r]; ok {
			out[k] = append(out[k], st)
			continue
		}
		at[r] = len(out)
		out = append(out, []int{st})
	}
	return out
}

// readsOn reports that story b's first two lines come on the dump lines
// right after story a's last two, in one chunk, each line alone: one
// column read down. Where columns take turns line by line, a story's lines
// are not consecutive.
func (s *pageSeg) readsOn(a, b []int, ps []*piece) bool {
	p, q := ps[a[len(a)-1]], ps[b[0]]
	if len(p.frags) < 2 || len(q.frags) < 2 {
		return false
	}
	l := p.frags[len(p.frags)-2].line
	for i, f := range slices.Concat(p.frags[len(p.frags)-2:], q.frags[:2]) {
		if f.line != l+i || s.chunk[f.line] != s.chunk[l] || len(s.frags[f.line]) != 1 {
			return false
		}
	}
	return true
}
