package dump

import (
	"slices"
	"strings"
	"testing"

	"newsprint/segment"
)

// A caption wrapped over the lines of a block of its own, its photo credit
// on the last line or cut by the wrap, leaves the body it is printed in
// and becomes a caption crediting the photographer.
func TestWrappedCaptionBlock(t *testing.T) {
	text := `Harbour crane fleet renewed

By Ann Lowe

The port authority has replaced the
four oldest cranes on the west quay
with electric machines that lift twice
as fast and use less power at night.

Dock workers watch the first crane
arrive by barge from the yard. PHOTO:
JOHN MARSH

Trials of the new cranes begin next
week and the old ones will be sold.

The quay stays open while the work
goes on, the authority said.

The last of the old cranes leaves
the quay on Monday. (Rita Holm/Evening
Post)

Shipping lines welcomed the news.`
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "Harbour crane fleet renewed")
	if b := bodyText(a); strings.Contains(b, "PHOTO") || strings.Contains(b, "barge") || strings.Contains(b, "Holm") {
		t.Errorf("caption left in the body: %q", b)
	}
	var caps []string
	for _, c := range a.Captions {
		caps = append(caps, joinLines(c))
	}
	for _, bl := range l.Blocks {
		if bl.Kind == segment.Caption {
			caps = append(caps, joinLines(bl.Lines))
		}
	}
	all := strings.Join(caps, "|")
	if !strings.Contains(all, "yard.PHOTO:JOHNMARSH") && !strings.Contains(all, "yard. PHOTO: JOHN MARSH") {
		t.Errorf("captions %q, want the wrapped PHOTO caption", caps)
	}
	if !strings.Contains(all, "Monday.") || !strings.Contains(all, "Holm") {
		t.Errorf("captions %q, want the (Name/Paper) caption", caps)
	}
	if !hasAuthor(a.Authors, "John Marsh", segment.Photographer) {
		t.Errorf("authors %v, want John Marsh as photographer", a.Authors)
	}
}

// A headline printed over a one-line caption in one block stays a
// headline: the lines before the credit are no single sentence.
func TestHeadlineOverCaptionStays(t *testing.T) {
	text := `Rail fares frozen for a year

By Tom Reid

Fares on the branch lines will not rise
this year, the operator said on Friday.
The freeze follows a fall in passenger
numbers over the winter months.

Night trains
return in May
The sleeper leaves the city at ten every evening. (Ola Berg/Evening Post)

By Kim Ash

Sleeper trains will run again from May
after a break of two years, with new
cabins and a later departure time.`
	l := Segment(dumpPage("en", text))
	findArticle(t, l, "Night trainsreturn in May")
}

func hasAuthor(as []segment.Author, name string, role segment.Role) bool {
	for _, a := range as {
		if a.Name == name && a.Role == role {
			return true
		}
	}
	return false
}

// captionBlock finds where the credit starts in the lines as they read
// normalised: a headline line the dump pads with spaces is no longer than
// its words, and the capitalised line after it still tells a headline.
func TestCaptionBlockPaddedHeadline(t *testing.T) {
	lines := []string{
		"Night" + strings.Repeat(" ", 80) + "trains",
		"return in May",
		"The sleeper leaves the city at ten every evening. (Ola Berg/Evening Post)",
	}
	s := &pageSeg{lines: lines, chunk: []int{0, 0, 0}, chunkLines: [][]int{{0, 1, 2}}}
	if s.captionBlock(0, make([]bool, len(lines))) {
		t.Errorf("headline over a caption read as one caption: %+v", s.caps)
	}
}

// A caption set in a narrow column and justified comes out partly a word
// to a line, its photo credit too, and a line of it may open with a
// figure: it is still one caption, its words gone from the body.
func TestNarrowCaptionWordPerLine(t *testing.T) {
	text := `Valley rail line reopens

By Omar Haddad

Trains ran again on the valley line on
Sunday after a landslip closed it for
most of the winter, and the first one
into town was full before it set off.

Passengers board the
first train out of the
station
at
the
end of a
14 week closure.
PHOTO:
JOHN
MARSH

Engineers will keep watch on the
cutting through the spring rains.`
	l := Segment(dumpPage("en", text))
	a := findArticle(t, l, "Valley rail line reopens")
	if b := bodyText(a); strings.Contains(b, "PHOTO") || strings.Contains(b, "station") {
		t.Errorf("caption left in the body: %q", b)
	}
	if !hasAuthor(a.Authors, "John Marsh", segment.Photographer) {
		t.Errorf("authors %v, want John Marsh as photographer", a.Authors)
	}
}

// Lines of more than one word count towards a caption's length, one word
// to a line does not: seven such lines, credit and all, are more than a
// caption, and the same words with one of those lines printed a word to a
// line are a caption.
func TestCaptionBlockCountsPhraseLines(t *testing.T) {
	head := []string{
		"Passengers board the first train",
		"out of the station on Sunday",
		"after the landslip that closed",
		"the valley line for most of the",
		"winter was cleared by crews",
	}
	credit := "PHOTO: JOHN MARSH"
	for _, c := range []struct {
		name  string
		lines []string
		want  bool
	}{
		{"seven lines of words", append(slices.Clone(head), "working day and night.", credit), false},
		{"six lines of words and a word to a line", append(slices.Clone(head), "working", "day", "and", "night.", credit), true},
	} {
		chunk := make([]int, len(c.lines))
		var ls []int
		for k := range c.lines {
			ls = append(ls, k)
		}
		s := &pageSeg{lines: c.lines, chunk: chunk, chunkLines: [][]int{ls}}
		if got := s.captionBlock(0, make([]bool, len(c.lines))); got != c.want {
			t.Errorf("%s: caption %v, want %v", c.name, got, c.want)
		}
	}
}
