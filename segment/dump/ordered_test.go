package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// orderedPage is a page printed in reading order, as a stream-order dump
// reads once its blocks are found: each article whole under its headline,
// the second headline printed among the text lines. The second article's
// first paragraph speaks of the first one's subject (the ferry), so its
// words alone would send it there.
const orderedPage = "Harbour ferry to run\nall winter\nBy MARTHA QUINN\n\n" +
	"The coun\u00adcil has voted to keep the\nhar\u00adbour fer\u00adry run\u00adning through the\n" +
	"win\u00adter months after a long cam\u00adpaign\nby is\u00adland res\u00adi\u00addents.\n" +
	"The fer\u00adry crew will fit a new heat\u00ader\nto the cab\u00adin be\u00adfore the frost.\n" +
	"Town prize for young poets\nBy Peter Hale, Staff Writer\n" +
	"Is\u00adland res\u00adi\u00addents who take the\nwin\u00adter fer\u00adry to the har\u00adbour wrote\nsome of the win\u00adning lines.\n" +
	"The judges read more than two\nhun\u00addred en\u00adtries this year.\n"

// segmentOrdered segments text as a page a stream-order dump gave.
func segmentOrdered(lang, text string) segment.Layout {
	p := dumpPage(lang, text)
	p.Ordered = true
	return Segment(p)
}

func TestOrderedPageKeepsTextUnderItsHeadline(t *testing.T) {
	l := segmentOrdered("en", orderedPage)
	a := findArticle(t, l, "Town prize for young poets")
	if body := strings.ReplaceAll(bodyText(a), "\u00ad", ""); !strings.Contains(body, "winninglines") {
		t.Errorf("library article lost its second paragraph: %q", body)
	}
	f := findArticle(t, l, "Harbour ferry to runall winter")
	if body := strings.ReplaceAll(bodyText(f), "\u00ad", ""); strings.Contains(body, "winning") {
		t.Errorf("ferry article took the library's paragraph: %q", body)
	}
}
