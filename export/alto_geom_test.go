package export

import (
	"slices"
	"testing"

	"newsprint/page"
)

// A word cut at a run-in credit keeps, in each part, only the alternatives
// that read the other part as the word does; a hyphenated half drops the
// hyphen from its alternatives as from its text.
func TestPartAlternatives(t *testing.T) {
	w := geoWord{text: "记者王明报道", box: page.Rect{X1: 120, Y1: 20}, alts: []page.Alternative{
		{Text: "记者王朋报道", Confidence: 0.5}, {Text: "记老王明报道", Confidence: 0.4}, {Text: "纪着王朋报道", Confidence: 0.3}}}
	ws := splitAt([]geoWord{w}, len("记者"))
	if len(ws) != 2 || ws[0].text != "记者" || ws[1].text != "王明报道" {
		t.Fatalf("split into %+v", ws)
	}
	if want := []page.Alternative{{Text: "记老", Confidence: 0.4}}; !slices.Equal(ws[0].alts, want) {
		t.Errorf("first part's alternatives %+v, want %+v", ws[0].alts, want)
	}
	if want := []page.Alternative{{Text: "王朋报道", Confidence: 0.5}}; !slices.Equal(ws[1].alts, want) {
		t.Errorf("second part's alternatives %+v, want %+v", ws[1].alts, want)
	}
	got := partAlts([]page.Alternative{{Text: "gavern-", Confidence: 0.5}, {Text: "govem", Confidence: 0.5}}, "", "-")
	if want := []page.Alternative{{Text: "gavern", Confidence: 0.5}}; !slices.Equal(got, want) {
		t.Errorf("hyphenated half's alternatives %+v, want %+v", got, want)
	}
}
