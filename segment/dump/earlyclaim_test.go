package dump

import "testing"

// The pages of the early-claim tests: an article over a paragraph
// (printed between them), then a second article's headline, credit and
// text.
const (
	claimTop = `Library opens new reading room
By Clara Voss

The town library opened a reading
room for children on Saturday, with
four thousand new books and a corner
for homework after school hours.
Staff will read stories aloud every
morning, and parents may borrow up
to ten books a week for each child.

`
	claimBottom = `Bus firm hires drivers for winter
By Omar Fell, Staff Writer

Evening buses to the valley villages
run again from next week, the bus
company said, after drivers agreed
to work evening shifts over winter.
Tickets bought by day stay valid
on the last evening bus home.
`
	// claimBetween shares a few of the second headline's words in passing.
	claimBetween = `Evening buses from the valley
villages run late this winter, and
the drivers agreed to wait by the
gates for young readers until the
last evening buses leave at eight.

`
)

// On a page printed a column line at a time, a headline printed alone
// over its text does not take, by a few of its words, a paragraph printed
// above it: that paragraph goes on with the article above, which touches
// on the same things in passing.
func TestHeadOverTextLeavesTextAbove(t *testing.T) {
	page := claimTop + claimBetween + claimBottom
	textGoesTo(t, Segment(dumpPage("en", page)), "Library opens new reading room", "Eveningbusesfromthevalley", "Bus firm hires drivers for winter", "Eveningbusesfromthevalley")
}

// A paragraph printed above a headline that carries a good share of its
// words (lateClaim) is a column of its article printed before it: the
// headline printed alone over more of its text still takes it.
func TestHeadTakesItsColumnAbove(t *testing.T) {
	page := claimTop + `The bus firm hires the drivers
from the valley villages, and
each of them will drive evening
buses for the whole winter, on
routes that the firm set out.

` + claimBottom
	textGoesTo(t, Segment(dumpPage("en", page)), "Bus firm hires drivers for winter", "Thebusfirmhires", "Library opens new reading room", "Thebusfirmhires")
}

// A headline printed in a row of headlines, one after another, is not
// known to start its article right under the row: its claim by a few of
// its words on a paragraph printed above it still counts.
func TestHeadInRowKeepsClaimAbove(t *testing.T) {
	page := claimTop + claimBetween + "Ferry Timetable Changes\n\n" + claimBottom
	textGoesTo(t, Segment(dumpPage("en", page)), "Bus firm hires drivers for winter", "Eveningbusesfromthevalley", "Library opens new reading room", "Eveningbusesfromthevalley")
}
