package dump

import (
	"strings"
	"testing"
)

// columnTexts are three invented column texts, printed side by side in
// lines of twelve characters (columnRows).
var columnTexts = []string{
	"河边的老码头曾经停满渔船，如今渔民们把船开进新港，老码头改成了一座滨河公园，每到周末游人如织。渔民老张说，日子比过去好多了。",
	"新建的图书馆每天开放到晚上十点，借阅的人络绎不绝，馆里还设有自习室和讲座厅，周末常常座无虚席。馆长说，明年还要再开两家分馆。",
	"傍晚时分码头上亮起一排排路灯，散步的居民越来越多，孩子们在草坪上放风筝，老人们坐在长椅上聊天。有人说，这里比从前热闹多了。",
}

// columnRows prints texts as a dump does a region: row by row, the
// columns' lines of that row side by side.
func columnRows(texts []string) []string {
	var rows []string
	for r := 0; ; r++ {
		var row []string
		for _, t := range texts {
			rs := []rune(t)
			if r*12 < len(rs) {
				row = append(row, string(rs[r*12:min(r*12+12, len(rs))]))
			}
		}
		if len(row) == 0 {
			return rows
		}
		rows = append(rows, strings.Join(row, " "))
	}
}

// betweenPage rebuilds the columns of lines as pieces, one story each,
// and gives each story to the article named for it in own.
func betweenPage(t *testing.T, lines []string, own func(p *piece) string) (*pageSeg, []*piece, [][]int, []*article, map[string]*article) {
	t.Helper()
	s := &pageSeg{zh: true, lines: lines}
	s.classify()
	ps := s.pieces()
	if len(ps) != 3 {
		t.Fatalf("pieces: got %d, want 3", len(ps))
	}
	var stories [][]int
	owner := make([]*article, len(ps))
	arts := map[string]*article{}
	for i, p := range ps {
		p.story = i
		stories = append(stories, []int{i})
		name := own(p)
		if arts[name] == nil {
			arts[name] = &article{g: &group{head: []string{name}}}
		}
		arts[name].stories = append(arts[name].stories, i)
		owner[i] = arts[name]
	}
	return s, ps, stories, owner, arts
}

func storyLens(stories [][]int, ps []*piece) []int {
	slen := make([]int, len(stories))
	for i, st := range stories {
		for _, k := range st {
			slen[i] += len([]rune(ps[k].text()))
		}
	}
	return slen
}

func TestBetweenColumns(t *testing.T) {
	byStart := func(m map[string]string) func(p *piece) string {
		return func(p *piece) string {
			for start, name := range m {
				if strings.HasPrefix(p.frags[0].text, start) {
					return name
				}
			}
			t.Fatalf("no article for piece %q", p.frags[0].text)
			return ""
		}
	}
	t.Run("middle column joins its neighbours' article", func(t *testing.T) {
		s, ps, stories, owner, arts := betweenPage(t, columnRows(columnTexts), byStart(map[string]string{
			"河边": "码头", "新建": "图书馆", "傍晚": "码头",
		}))
		s.betweenColumns(owner, stories, ps, storyLens(stories, ps), true)
		if got := len(arts["码头"].stories); got != 3 {
			t.Errorf("码头 has %d stories, want 3", got)
		}
		if got := len(arts["图书馆"].stories); got != 0 {
			t.Errorf("图书馆 keeps %d stories, want 0", got)
		}
	})
	t.Run("neighbours of two articles", func(t *testing.T) {
		s, ps, stories, owner, arts := betweenPage(t, columnRows(columnTexts), byStart(map[string]string{
			"河边": "码头", "新建": "图书馆", "傍晚": "夜景",
		}))
		s.betweenColumns(owner, stories, ps, storyLens(stories, ps), false)
		if got := len(arts["图书馆"].stories); got != 1 {
			t.Errorf("图书馆 has %d stories, want 1", got)
		}
	})
	t.Run("unowned middle column taken only when loose", func(t *testing.T) {
		for _, loose := range []bool{false, true} {
			s, ps, stories, owner, arts := betweenPage(t, columnRows(columnTexts), byStart(map[string]string{
				"河边": "码头", "新建": "无", "傍晚": "码头",
			}))
			mid := arts["无"].stories[0]
			owner[mid] = nil
			s.betweenColumns(owner, stories, ps, storyLens(stories, ps), loose)
			if got := owner[mid] == arts["码头"]; got != loose {
				t.Errorf("loose %v: middle column taken %v", loose, got)
			}
		}
	})
	t.Run("one shared row is no column", func(t *testing.T) {
		texts := []string{columnTexts[0], "图书馆开放了。", columnTexts[2]}
		s, ps, stories, owner, arts := betweenPage(t, columnRows(texts), byStart(map[string]string{
			"河边": "码头", "图书": "图书馆", "傍晚": "码头",
		}))
		s.betweenColumns(owner, stories, ps, storyLens(stories, ps), true)
		if got := len(arts["图书馆"].stories); got != 1 {
			t.Errorf("图书馆 has %d stories, want 1", got)
		}
	})
	t.Run("late, an article's only story stays", func(t *testing.T) {
		s, ps, stories, owner, arts := betweenPage(t, columnRows(columnTexts), byStart(map[string]string{
			"河边": "码头", "新建": "图书馆", "傍晚": "码头",
		}))
		s.betweenColumns(owner, stories, ps, storyLens(stories, ps), false)
		if got := len(arts["图书馆"].stories); got != 1 {
			t.Errorf("图书馆 has %d stories, want 1", got)
		}
	})
}
