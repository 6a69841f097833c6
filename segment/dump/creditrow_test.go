package dump

import "testing"

// Two English headlines printed one under the other, then two credits one
// under the other, each standing apart: a row of two side-by-side articles
// printed line by line. The first credit signs the first headline, not the
// nearest one.
func TestCreditRowUnderStackedHeads(t *testing.T) {
	text := `The Hillside Gazette

Harbour ferry timetable to change

New library opens on Mill Street

By PETER LANGFORD

By Susan Okafor, Staff Writer

The harbour ferry will run every twenty minutes from next month,
the port authority said yesterday, after a summer of long queues
at both piers. Commuters had asked for more crossings at peak times.
The authority said two more boats would join the fleet in spring.

The new library on Mill Street opened its doors on Saturday with
a reading room, a children's corner and a small cafe. Hundreds of
residents queued to borrow books on the first morning, and the
librarians said the shelves would be restocked every week.`
	l := Segment(dumpPage("en", text))
	if b := findArticle(t, l, "Harbour ferry timetable to change").Byline; b != "By PETER LANGFORD" {
		t.Errorf("ferry byline = %q", b)
	}
	if b := findArticle(t, l, "New library opens on Mill Street").Byline; b != "By Susan Okafor, Staff Writer" {
		t.Errorf("library byline = %q", b)
	}
}
