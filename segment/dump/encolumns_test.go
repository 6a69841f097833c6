package dump

import "testing"

// A story's column that breaks off inside a sentence goes on in a column
// printed after another story's: the column starting in lower case right
// after a finished sentence joins the story that broke off.
func TestOpenColumnRunsOn(t *testing.T) {
	text := `Ferry service returns to the island

By ANN LEE
The island ferry will sail again from
next month, the harbour board said on
Tuesday. The route closed two years
ago when the old ferry was sold, and
the island ferry passengers had to

Library opens on Sundays

By TOM REEVE
The town library will open on Sundays
from next month, the council said.
Readers had signed a petition asking
for longer library hours at weekends.

hire boats to reach the mainland. The
harbour board says the new ferry will
carry island passengers, cars and post
to the mainland harbour twice a day.`
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Ferry service returns to the island", "hadtohireboats", "Library opens on Sundays", "hireboats")
}
