package dump

import (
	"slices"
	"strings"
	"testing"
)

// A column that breaks off inside a word at a hyphen goes on where the
// dump prints the word's end, after another article's text: that unit
// goes with the broken word's article even though its words are more
// like the other article's.
func TestBrokenWordTakesItsEnd(t *testing.T) {
	lines := []string{
		"Canal locks reopen to barges", // 0: first headline
		"The locks at the mill reopened", "on Monday while the keepers were repaint-",
		"",
		"Bakery wins county prize", // 4: second headline
		"The bakery on the square won", "the county prize for its rye bread.",
		"",
		"ing the county gates, so bread", "and barges will pass this week.", // 8-9: the end of the broken word
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 1, 1, -1, 2, 3, 3, -1, 4, 4},
		runWords: map[string]bool{"repainting": true}}
	ps := []*piece{enUnit(lines, 1, 2), enUnit(lines, 5, 6), enUnit(lines, 8, 9)}
	stories := [][]int{{0}, {1}, {2}}
	stoks := []map[string]float64{
		wordSet("locks", "mill", "reopened", "monday", "keepers"),
		wordSet("bakery", "square", "county", "prize", "rye", "bread"),
		wordSet("county", "gates", "bread", "barges", "pass", "week"),
	}
	canal := &group{head: []string{lines[0]}, line: 0, end: 0, toks: wordSet("canal", "locks", "reopen", "barges")}
	bakery := &group{head: []string{lines[4]}, line: 4, end: 4, toks: wordSet("bakery", "wins", "county", "prize")}
	byGroup := map[*group]*article{}
	owner := make([]*article, len(stories))
	var arts []*article
	s.enAssign(ps, stories, stoks, []*group{canal, bakery}, byGroup, owner, &arts)
	if owner[2] == nil || owner[2].g != canal {
		t.Errorf("the broken word's end went to %+v, want the canal article", owner[2])
	}
	if owner[1] == nil || owner[1].g != bakery {
		t.Errorf("the bakery text went to %+v, want the bakery article", owner[1])
	}
}

// A line ending in a word broken at a hyphen (soft hyphens inside it or
// not) is mended by a next line opening with the word's end when the
// joined word is one the page prints whole; not without the hyphen, not
// by an end that makes no word of the page.
func TestCompletesWord(t *testing.T) {
	s := &pageSeg{runWords: map[string]bool{"repainting": true}}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"the keepers were re\u00adpaint\u00ad-", "ing the gates", true},
		{"the keepers were repaint-", "ing the gates", true},
		{"the keepers were repaint", "ing the gates", false}, // no hyphen
		{"the keepers were repaint-", "ed the gates", false}, // no word of the page
		{"", "ing", false},
	} {
		if got := s.completesWord(brokenHead(c.a), firstWordKey(c.b)); got != c.want {
			t.Errorf("completesWord(brokenHead(%q), firstWordKey(%q)) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A blank line inside a sentence ends the column piece when the line after
// it opens with the end of a word another column breaks at a hyphen: the
// dump printed that column's next lines here, so they are a piece of their
// own, and the column whose word they complete takes them.
func TestBrokenWordEndStartsPiece(t *testing.T) {
	text := "Canal locks reopen to barges\n" +
		"The locks at the old mill reopened on Monday\n" +
		"after a winter of repainting work, and the\n" +
		"keepers were still busy with repaint-\n" +
		"\n" +
		"Bakery wins county prize\n" +
		"The bakery on the market square won the\n" +
		"county prize for its rye bread, which the\n" +
		"judges praised for the crust baked by\n" +
		"\n" +
		"ing the lower gates while the barges\n" +
		"waited in the basin for the water to rise.\n"
	s := classified("en", text)
	var starts []string
	for _, p := range s.pieces() {
		starts = append(starts, p.frags[0].text)
	}
	if !slices.Contains(starts, "ing the lower gates while the barges") {
		t.Errorf("pieces start %q, want one at the broken word's end", starts)
	}
	l := Segment(dumpPage("en", text))
	if body := bodyText(findArticle(t, l, "Canal locks reopen to barges")); !strings.Contains(body, "ingthelowergates") {
		t.Errorf("canal body %q lacks the broken word's end", body)
	}
	if body := bodyText(findArticle(t, l, "Bakery wins county prize")); strings.Contains(body, "lowergates") {
		t.Errorf("bakery body %q took the canal column", body)
	}
}

// A dash standing apart at a line's end is punctuation: the line rates
// its next line as the same line without the dash does, whatever word the
// next line opens with. A word broken at a hyphen still wants its end.
func TestSpacedDashEndsNoWord(t *testing.T) {
	s := &pageSeg{runWords: map[string]bool{"council": true, "repainting": true}}
	for _, next := range []string{"council members agreed", "Council members agreed"} {
		for _, dash := range []string{" -", " ‐"} {
			if got, want := s.runOn("the gates stay shut"+dash, next), s.runOn("the gates stay shut", next); got != want {
				t.Errorf("runOn(%q, %q) = %v, want %v as without the dash", "the gates stay shut"+dash, next, got, want)
			}
		}
	}
	if got := s.runOn("the keepers were repaint-", "ing the gates"); got != 3 {
		t.Errorf("a broken word's end rated %v, want 3", got)
	}
}
