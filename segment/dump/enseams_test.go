package dump

import (
	"strings"
	"testing"
)

// enSeamsPage: a dump of clean English columns prints the top of an
// article's second column right under its headline, the other article,
// and only then the article's credit and first column, which stops inside
// a sentence that the second column's first line ("crossing was …") goes on.
const enSeamsPage = `Harbour bridge to reopen
in spring

crossing was closed for repairs, and the ferry
has carried most of the town since then.
Shop owners on the quay say trade fell by a
third over the winter months, and several
cafes closed their doors until the works end.
The council has promised a street market on
the first weekend the bridge carries traffic,
with music and stalls along the whole quay.
Engineers will test the new deck in March.

Library opens on Sundays
By MARTIN HOLE
The town library will open on Sunday
afternoons from next month, after readers
asked for longer hours in a survey last year.
Volunteers will staff the desk on those days,
and the reading room will stay open until six.
The head librarian said more than four
hundred people had signed the letter asking
for the change, most of them parents.
A children's story hour is also planned.

By ANNA REED
The old stone bridge across the harbour will
reopen to cars and buses in the spring, the
council said on Monday. Work on the deck
began last summer, when cracks were found
in two of its arches during a routine survey.
Since then the way round by the coast road
has added half an hour to most journeys.
Residents have waited nearly a year. The old
`

// On clean English columns an article's blocks read in the order whose
// seams run on best, as on Chinese ones: the column after the credit,
// which the headline's column goes on from mid-sentence, reads first.
func TestEnglishSeamOrder(t *testing.T) {
	l := Segment(dumpPage("en", enSeamsPage))
	got := bodyText(findArticle(t, l, "Harbour bridge to reopenin spring"))
	if !strings.HasPrefix(got, "Theoldstonebridge") || !strings.Contains(got, "nearlyayear.Theoldcrossingwasclosed") {
		t.Errorf("body %s", got)
	}
}
