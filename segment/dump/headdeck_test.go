package dump

import (
	"slices"
	"strings"
	"testing"

	"newsprint/page"
	"newsprint/segment"
)

// A Chinese headline wrapped over lines of its own with its deck right
// under it, in smaller type: the deck starts after the headline's short
// last line, or on a line far wider than the headline's lines.
func TestDeckAfterWrappedHead(t *testing.T) {
	const body = `本报记者 王明
今天上午，全市青少年科技
创新大赛在会展中心开幕，
来自各区的三百多名学生带
着自己的发明作品参加比赛。
评委们将在三天内完成评审。`
	for _, c := range []struct{ name, head, wantHead, wantDeck string }{
		{"short last line", "滨江市第六届青少年科技创新大赛今日在\n会展中心开幕\n百项发明同台竞技",
			"滨江市第六届青少年科技创新大赛今日在会展中心开幕", "百项发明同台竞技"},
		{"wide deck line", "滨江青少年\n科技大赛\n三百多名学生带着发明作品同台竞技",
			"滨江青少年科技大赛", "三百多名学生带着发明作品同台竞技"},
	} {
		l := Segment(dumpPage("zh", c.head+"\n"+body))
		if len(l.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1", c.name, len(l.Articles))
			continue
		}
		a := l.Articles[0]
		var decks []string
		for _, d := range a.Decks {
			decks = append(decks, joinLines(d))
		}
		if got := joinLines(a.Headline); got != c.wantHead || len(decks) != 1 || decks[0] != c.wantDeck {
			t.Errorf("%s: headline %q decks %q, want %q and [%q]", c.name, got, decks, c.wantHead, c.wantDeck)
		}
	}
}

// A headline whose lines are of one measure keeps them all.
func TestDeckAfterWrapKeepsEvenHead(t *testing.T) {
	if k := deckAfterWrap([]string{"滨江青少年", "科技创新大赛", "今日开幕"}); k != 0 {
		t.Errorf("deck at line %d of an even headline, want none", k)
	}
}

// An English headline in capitals wrapped over two lines, with a deck in
// capitals under it: the deck's first word would have fitted after the
// headline's short last line, so that line is no wrap of the headline.
// A headline whose every line break is forced keeps all its lines, and a
// lone word under a short line stays the headline's.
func TestEnglishDeckPastFit(t *testing.T) {
	const story = `By MARTA OKAFOR
Crews working through the night on the old swing
bridge over the estuary finished their repairs a
week earlier than planned, the port board said on
Tuesday, and the first ferries will run again at dawn.
Traders on both banks had warned that a longer
closure would cost them most of the summer season.

Orchard growers count the cost of frost
By TOM BRENNAN
Apple and pear growers in the valley lost a third
of their blossom to two nights of hard frost last
week, and some fear a thin harvest in the autumn.
Insurers say claims are arriving faster than in
any spring for a decade.`
	for _, c := range []struct {
		name, head, wantHead string
		wantDecks            []string
	}{
		{"deck under short line", "HARBOUR BRIDGE SET TO\nREOPEN\nREPAIRS END EARLY",
			"HARBOUR BRIDGE SET TO REOPEN", []string{"REPAIRS END EARLY"}},
		{"forced breaks", "HARBOUR BRIDGE\nREOPENS AFTER\nLONG REPAIRS",
			"HARBOUR BRIDGE REOPENS AFTER LONG REPAIRS", nil},
		{"lone word", "HARBOUR BRIDGE SET TO\nREOPEN\nTODAY",
			"HARBOUR BRIDGE SET TO REOPEN TODAY", nil},
	} {
		l := Segment(dumpPage("en", "The Lakeside Herald\n\n"+c.head+"\n\n"+story))
		var a *segment.Article
		for i := range l.Articles {
			if l.Articles[i].Byline == "By MARTA OKAFOR" {
				a = &l.Articles[i]
			}
		}
		if a == nil {
			t.Errorf("%s: no article credited to MARTA OKAFOR", c.name)
			continue
		}
		if got, decks := pageText(a.Headline), deckTexts(a.Decks); got != c.wantHead || !slices.Equal(decks, c.wantDecks) {
			t.Errorf("%s: headline %q decks %q, want %q and %q", c.name, got, decks, c.wantHead, c.wantDecks)
		}
	}
}

// deckTexts is each deck's lines joined with spaces.
func deckTexts(ds [][]page.Line) []string {
	var out []string
	for _, d := range ds {
		out = append(out, pageText(d))
	}
	return out
}

// deckPastFit measures the fit against the widest headline line so far,
// the lines under the first two included, and counts the space the first
// word would need: a word that fits only without it is a wrap.
func TestDeckPastFitWidths(t *testing.T) {
	for _, c := range []struct {
		name string
		head []string
		want int
	}{
		{"widest line further down", []string{"BRIDGE", "REOPENS", "AFTER LONG REPAIRS", "AT LAST", "CREWS WORK NIGHTS"}, 4},
		{"fits only without the space", []string{"HARBOUR BRIDGE SET TO", "REOPEN", "CONSTRUCTION ENDS EARLY"}, 0},
		{"fits with the space", []string{"HARBOUR BRIDGE SET TO", "REOPEN", "CONSTRUCTED ENDS EARLY"}, 2},
	} {
		if got := deckPastFit(c.head); got != c.want {
			t.Errorf("%s: deck at line %d, want %d", c.name, got, c.want)
		}
	}
}

// A capitals deck printed apart joins the group's decks before the
// headline is split; the headline lines past the fit are still a deck,
// set above the one that joined.
func TestDeckPastFitOverJoinedDeck(t *testing.T) {
	s := &pageSeg{}
	g := &group{head: []string{"HARBOUR FERRY FARES", "RISE", "COUNCIL SPLIT"}, decks: []string{"VOTE NEXT WEEK"}}
	s.splitDeck(g)
	if h := strings.Join(g.head, " "); h != "HARBOUR FERRY FARES RISE" {
		t.Errorf("headline %q", h)
	}
	if d := strings.Join(g.decks, "|"); d != "COUNCIL SPLIT|VOTE NEXT WEEK" {
		t.Errorf("decks %q", d)
	}
}
