package dump

import "testing"

// On a page whose headlines are all capitals, a headline whose article's
// text carries fewer of its words, and more thinly, than an untitled
// article's text goes there; one its own text carries stays.
func TestCapsHeadlineFollowsText(t *testing.T) {
	texts := []string{
		"gales and a late frost cut the apple harvest across the county this autumn growers said",
		"The new tram line runs from the station to the hospital and the tram stops every ten minutes.",
		"The council voted to build a library near the station, and the library opens next spring.",
		"from the quay the boats went out at dawn",
	}
	ps, stories, _ := textStories(texts)
	s := &pageSeg{capsHeads: true}
	tram := &group{head: []string{"TRAM LINE OPENS TODAY"}}
	library := &group{head: []string{"NEW LIBRARY FOR THE TOWN"}}
	scrap := &article{g: tram, stories: []int{0}}
	untitled := &article{stories: []int{1}}
	kept := &article{g: library, stories: []int{2}}
	other := &article{stories: []int{3}}
	s.capsHeadsFollowText([]*article{scrap, untitled, kept, other}, ps, stories)
	if untitled.g != tram || scrap.g != nil {
		t.Errorf("headline stayed over the scrap: untitled.g=%v scrap.g=%v", untitled.g, scrap.g)
	}
	if kept.g != library || other.g != nil {
		t.Errorf("a headline its own text carries moved: kept.g=%v other.g=%v", kept.g, other.g)
	}
	// Not on a page whose headlines are not all capitals.
	s.capsHeads = false
	scrap.g, untitled.g = tram, nil
	s.capsHeadsFollowText([]*article{scrap, untitled, kept, other}, ps, stories)
	if untitled.g != nil {
		t.Error("headline moved on a page of mixed-case headlines")
	}
}
