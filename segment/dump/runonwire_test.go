package dump

import "testing"

// bridgeOpening is the headed story both run-on pages open with; its
// column breaks off inside a sentence a few lines further on.
const bridgeOpening = `Old river bridge to reopen

By ANN LEE
The old river bridge will open to
cars again in the summer, the county
engineer told councillors on Tuesday.
The bridge was shut last year when
engineers found cracks in its stone
`

// A story's column breaks off inside a sentence and the column printed
// right after it, opening inside one, is another headed article's run-on
// (takenByOther): the break stays open. That article's lead column, printed
// next, breaks off too, and the column printed right after it, under a
// third story's heading, goes on from the first story's break, not the
// heading's story nor the break next to it.
func TestRunOnPastOtherRunOn(t *testing.T) {
	text := bridgeOpening + `arches, and the bridge repair bill
came to more than four

Bus fares to rise in May

drivers' wages and the fuel for the
buses, the bus company said in a
letter to its passengers. Bus fares
have not gone up for three years, and
the company said the fares would stay
the same for children and pensioners.

Bus fares in the town will go up by
ten pence in May, the bus company
said on Monday. The company said the
bus fare rise would pay for new buses
and for the rising cost of the

Town hall clock is mended

million pounds. The bridge will carry
cars and lorries again from June, and
the engineer said the stone arches of
the bridge should now last for another
hundred years or more without repair.

By TOM REEVE
The town hall clock is going again
after a clockmaker spent a week on its
old brass wheels. The clock had been
stopped since a storm in the winter,
and people in the market square said
they had missed hearing it strike.`
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Old river bridge to reopen", "fourmillionpounds", "Town hall clock is mended", "millionpounds")
	textGoesTo(t, l, "Old river bridge to reopen", "withoutrepair.", "Bus fares to rise in May", "millionpounds")
}

// A story's column breaks off inside a sentence; another story's column,
// printed next, ends one, and the column printed after that goes on from
// the break with a capital (a name) under no heading, its words those of
// the untitled columns printed after it: the break's article, the headed
// article it shares most words with, takes it (untitledRunOn).
func TestUntitledRunOnColumn(t *testing.T) {
	text := bridgeOpening + `arches, and the repair of the bridge
was paid for by the

Bus fares to rise in May

Bus fares in the town will go up by
ten pence in May, the bus company
said on Monday. The company said the
bus fare rise would pay for new buses
and for the rising cost of diesel.

County Council and a valley trust.
Masons cut granite blocks for its
stone arches at a quarry in Wales.

The granite blocks came from the
quarry on a barge, and the masons
used a crane to lift each block.

The masons say the quarry granite
blocks should last for centuries,
and a crane on the barge will stay.

Masons will carve a keystone from
the last granite block, and the
quarry will send it on the barge.`
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Old river bridge to reopen", "bytheCountyCouncil", "", "CountyCouncil")
	textGoesTo(t, l, "Old river bridge to reopen", "quarryinWales.", "Bus fares to rise in May", "CountyCouncil")
}

// ferryOverRunOn is a heading with the bridge story's run-on column printed
// right under it, its own text after that (TestEarlierRunOnColumn and
// TestEarlierRunOnAfterOtherBreak).
const ferryOverRunOn = `Ferry fares cut for pensioners

arches, and the repair bill came to
more than four million pounds, which
the county will pay. The engineers
said the cracks were mended, and the
arches should last a hundred years.

Pensioners will pay half fare on the
island ferry from May, the port board
said. The ferry fares for children
stay the same as last year.

`

// A story's run-on column, opening inside a sentence, is printed before the
// story's heading, right under another heading whose own text follows it;
// the story's column breaks off inside a sentence at the foot of the page.
// The break goes on in that earlier column, whose words are the story's
// (earlierRunOns): the heading over it keeps only its own text.
func TestEarlierRunOnColumn(t *testing.T) {
	text := ferryOverRunOn + bridgeOpening
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Old river bridge to reopen", "repairbill", "Ferry fares cut for pensioners", "repairbill")
	textGoesTo(t, l, "Ferry fares cut for pensioners", "halffare", "Old river bridge to reopen", "halffare")
}

// The same run-on column, printed right under another heading, now also
// follows a third story's column that breaks off inside a sentence: that
// break belongs to another article, so the column is still an orphan, and
// the break at the foot of the page takes it.
func TestEarlierRunOnAfterOtherBreak(t *testing.T) {
	text := `Bus fares to rise in May

By TOM REEVE
Bus fares in the town will go up by
ten pence in May, the bus company
said on Monday. The company said the
bus fare rise would pay for new buses
and for the rising cost of

` + ferryOverRunOn + bridgeOpening
	l := Segment(dumpPage("en", text))
	textGoesTo(t, l, "Old river bridge to reopen", "repairbill", "Ferry fares cut for pensioners", "repairbill")
	textGoesTo(t, l, "Ferry fares cut for pensioners", "halffare", "Bus fares to rise in May", "repairbill")
}
