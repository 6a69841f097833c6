package dump

import (
	"strings"
	"testing"
)

// cutNamePage is creditPage with the orchard story's credit cut inside
// its last name: the credit's line stops at cut, and the name's end (end)
// is printed as a row of its own among the story's words, after the rows
// of a sentence's first words: a common word ("Thousands") and one the
// page also prints in lower case ("Growers").
func cutNamePage(cut, end string) string {
	text := creditPage()
	text = strings.Replace(text, "By JANE DOE\n\n", cut+"\n\n", 1)
	k := strings.Index(text, "Growers\n\n") + len("Growers\n\n")
	return text[:k] + end + "\n\n" + text[k:]
}

// A credit cut inside the name after its "and" on a scattered page ("By
// Jane Doe and Tom" ... "Reed") takes the name's end from the rows below:
// the first line of name words in the credit's case, none a common word
// or printed in lower case. The end leaves the text.
func TestCreditNameEndRowsBelow(t *testing.T) {
	cases := []struct{ cut, end, byline string }{
		{"By JANE DOE and TOM", "REED", "By JANE DOE and TOM REED"},
		{"By Jane Doe and Tom", "Reed", "By Jane Doe and Tom Reed"},
		{"By Jane Doe and", "Tom Reed", "By Jane Doe and Tom Reed"},
	}
	for _, c := range cases {
		l := Segment(dumpPage("en", cutNamePage(c.cut, c.end)))
		orchard := findArticle(t, l, "Orchard fair draws crowds")
		if orchard.Byline != c.byline {
			t.Errorf("%q ... %q: byline %q, want %q", c.cut, c.end, orchard.Byline, c.byline)
		}
		last := strings.Fields(c.end)
		for _, a := range l.Articles {
			if b := bodyText(a); strings.Contains(b, last[len(last)-1]) {
				t.Errorf("%q left in the body %q", c.end, b)
			}
		}
	}
}

// cutName counts the words the name after a "By" credit's "and" lacks; a
// credit with whole names, a first name alone or a line with other words
// lacks none.
func TestCutName(t *testing.T) {
	cases := []struct {
		l    string
		need int
	}{
		{"By JANE", 0},
		{"By JANE DOE and", 2},
		{"By Jane Doe and", 2},
		{"By Jane Doe and Tom", 1},
		{"By Jane Doe", 0},
		{"By Jane Doe, Staff", 0},
		{"By the river", 0},
		{"By Monday the", 0},
		{"By Jane Doe and the", 0},
		{"By and", 0},
		{"By  and", 0},
		{"By  and Tom", 0},
	}
	for _, c := range cases {
		if n, _ := cutName(c.l); n != c.need {
			t.Errorf("cutName(%q) = %d, want %d", c.l, n, c.need)
		}
	}
}

// A name's end is none of a common word, a word the page prints in lower
// case (though the list also holds it as a name) or a word in the other
// case from the credit's.
func TestNameWords(t *testing.T) {
	s := classified("en", "Growers sold apple pies\n\nand cider at the fair.")
	cases := []struct {
		ws   []string
		caps bool
		want bool
	}{
		{[]string{"Reed"}, false, true},
		{[]string{"Tom", "Reed"}, false, true},
		{[]string{"REED"}, true, true},
		{[]string{"Apple"}, false, false},
		{[]string{"Thousands"}, false, false},
		{[]string{"REED"}, false, false},
		{[]string{"Reed,"}, false, false},
	}
	for _, c := range cases {
		if got := s.nameWords(c.ws, c.caps); got != c.want {
			t.Errorf("nameWords(%q, %v) = %v, want %v", c.ws, c.caps, got, c.want)
		}
	}
}
