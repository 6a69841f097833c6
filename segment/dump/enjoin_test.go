package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// scattered writes a story's text as a scattered dump prints it: a blank
// line after every dump line, most words one to a line, the words after a
// sentence's first two kept together three to a line.
func scattered(b *strings.Builder, text string) {
	for _, sent := range strings.SplitAfter(text, ". ") {
		ws := strings.Fields(sent)
		for i := 0; i < len(ws); i++ {
			if i == 2 && len(ws) >= 7 {
				b.WriteString(strings.Join(ws[2:5], " ") + "\n\n")
				i = 4
				continue
			}
			b.WriteString(ws[i] + "\n\n")
		}
	}
}

const (
	harbourText = "Plans for a new harbour wall were approved on Tuesday after a long debate in the town hall. Fishermen had asked for the harbour wall for years. Storms have flooded the quay three times since spring. The council said the harbour work would start in March. Anna Price told the meeting that fishing boats need a safe quay. The harbour master welcomed the decision. Work on the quay will take two years. The harbour wall will cost four million pounds. Boat owners will pay a small fee at the harbour. "
	orchardText = "Thousands of visitors came to the orchard fair on Saturday to taste cider and apple pies. Growers showed forty kinds of apple from orchards across the valley. The cider judges gave the orchard prize to a family farm. Children picked apples in the old orchard all afternoon. The apple growers said the fair had never drawn such crowds. Cider makers sold out before noon. The orchard society will hold the fair again next autumn. Apple juice was given free to children. Local bakers sold apple cake at the orchard gate. "
	libraryText = "The town library will open on Sundays from next month, the council said. Readers had signed a petition asking for longer hours. Volunteers will staff the library desk at weekends. The library also plans a reading club for pensioners. Its reading room was painted last winter. Book loans rose by a fifth last year. "
	scrapText   = "Signal cables under the station platform were replaced overnight by engineers. Railway passengers faced delays at dawn. Station staff handed out maps to travellers. Trains ran again before seven. "
)

// scrapPage is a scattered dump of headed stories and then a run of text
// that no heading takes.
func scrapPage(scrap string, heads ...string) string {
	texts := map[string]string{
		"HARBOUR WALL PLAN WINS BACKING": harbourText,
		"ORCHARD FAIR DRAWS CROWDS":      orchardText,
		"LIBRARY TO OPEN ON SUNDAYS":     libraryText,
	}
	var b strings.Builder
	for _, h := range heads {
		b.WriteString(h + "\n\n")
		scattered(&b, texts[h])
	}
	scattered(&b, scrap)
	return b.String()
}

func untitledArticles(l segment.Layout) int {
	n := 0
	for _, a := range l.Articles {
		if len(a.Headline) == 0 {
			n++
		}
	}
	return n
}

// On a scattered page, a short run of text that no heading took, beside
// two headed stories, is a scrap of their columns: blocks, not an article.
// Its text stays on the page and goes to neither story.
func TestScatteredScrapIsBlocks(t *testing.T) {
	text := scrapPage(scrapText, "HARBOUR WALL PLAN WINS BACKING", "ORCHARD FAIR DRAWS CROWDS")
	if !classified("en", text).wordBlocks {
		t.Fatal("not a word-block dump")
	}
	l := Segment(dumpPage("en", text))
	if n := untitledArticles(l); n != 0 {
		t.Errorf("%d untitled articles, want the scrap as blocks", n)
	}
	var blocks strings.Builder
	for _, b := range l.Blocks {
		blocks.WriteString(joinLines(b.Lines))
	}
	if !strings.Contains(blocks.String(), "Signal cables under the station platform") {
		t.Errorf("the scrap's text is not in the blocks: %q", blocks.String())
	}
	for _, h := range []string{"HARBOUR WALL PLAN WINS BACKING", "ORCHARD FAIR DRAWS CROWDS"} {
		if body := bodyText(findArticle(t, l, h)); strings.Contains(body, "Signal") || !strings.Contains(body, "four") && !strings.Contains(body, "cider") {
			t.Errorf("%s: body %q", h, body)
		}
	}
}

// An untitled run as long as the headed stories is a story whose heading
// was lost, and one untitled run among three headed stories may be a real
// untitled story: both stay articles.
func TestScatteredUntitledStoryKept(t *testing.T) {
	long := strings.Repeat(scrapText, 4)
	for name, text := range map[string]string{
		"long": scrapPage(long, "HARBOUR WALL PLAN WINS BACKING", "ORCHARD FAIR DRAWS CROWDS"),
		"few":  scrapPage(scrapText, "HARBOUR WALL PLAN WINS BACKING", "ORCHARD FAIR DRAWS CROWDS", "LIBRARY TO OPEN ON SUNDAYS"),
	} {
		if !classified("en", text).wordBlocks {
			t.Fatalf("%s: not a word-block dump", name)
		}
		l := Segment(dumpPage("en", text))
		if n := untitledArticles(l); n != 1 {
			t.Errorf("%s: %d untitled articles, want 1", name, n)
		}
	}
}
