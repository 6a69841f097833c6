package dump

import "testing"

// A story's later column printed before its heading, right after another
// story's last sentence: the column starts mid-sentence, so it cannot run
// on from the story printed above it, and goes with the story whose words
// it carries.
func TestLaterColumnBeforeItsHeading(t *testing.T) {
	text := `The Lakeside Herald

Library hours cut as winter budget tightens
By JOAN PRICE
The town library will close at five on weekdays from
next month, the council decided on Monday, after a
long debate about heating costs in the old hall.
Readers' groups said they would petition for the
evening hours to come back in the spring.

the ferries will run again at dawn on Friday, and
the harbour master said the swing span would open
for tall ships twice a day once the bridge crews
have tested the new cables and the deck lights.
Traders on both banks of the estuary had warned
that a longer closure of the bridge would cost the
harbour most of the summer season.

Harbour bridge set to reopen
By MARTA OKAFOR
Crews working through the night on the old swing
bridge over the estuary finished their repairs a
week earlier than planned, the port board said on
Tuesday. The harbour master told the board that`
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Harbour bridge set to reopen", "theferrieswillrunagain",
		"Library hours cut as winter budget tightens", "theferrieswillrunagain")
}
