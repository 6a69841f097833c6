package dump

import (
	"strings"
	"testing"

	"newsprint/segment"
)

// Two headlines set side by side on one row, printed out of order: the
// right headline's middle in lower case above the left headline's line
// (cut off into a block), its first word joined to that line, its last
// line under it. The untitled article whose text carries those words
// takes them back; the left headline keeps its own words.
func TestSideBySideHeadlinesSplit(t *testing.T) {
	texts := []string{
		"The island ferry service resumes today after the storm kept it in port for four days. " +
			"The ferry service said every crossing was full, and the ferry will run late sailings.",
		"Rain\u00ad fall this year was below the mark in most regions, the Met Office said. A dry March " +
			"follows a dry winter, and rainfall figures show reservoirs lower than in a decade.",
		"The school choir won first prize at the county music festival on Saturday.",
	}
	ps, stories, _ := textStories(texts)
	s := &pageSeg{}
	idf := idfOf(s.pieceWords(ps))
	for _, split := range []bool{true, false} {
		ferry := &group{head: []string{"Ferry service resumes after storm Dry", "spring warns Met"}, line: 1, end: 2}
		left := &article{g: ferry, stories: []int{0}}
		untitled := &article{stories: []int{1}}
		other := &article{g: &group{head: []string{"School choir wins prize"}}, stories: []int{2}}
		piece := "rainfall below average"
		if !split {
			// A piece the untitled text does not carry stays a block.
			piece = "harbour crews at work"
		}
		s.blocks = []segment.Block{{Kind: segment.Other, Lines: lines("x")}, {Kind: segment.Other, Lines: lines(piece)}}
		s.sideCuts = []sideCut{{left, []string{piece}, 1}}
		s.sideHeads([]*article{left, untitled, other}, ps, stories, idf)
		if !split {
			if untitled.g != nil || len(s.blocks) != 2 || len(ferry.head) != 2 {
				t.Errorf("unrelated piece moved headings: %v %v", untitled.g, ferry.head)
			}
			continue
		}
		if got := strings.Join(ferry.head, " "); got != "Ferry service resumes after storm" {
			t.Errorf("left headline %q", got)
		}
		if untitled.g == nil || strings.Join(untitled.g.head, " ") != "Dry rainfall below average spring warns Met" {
			t.Fatalf("right headline %v", untitled.g)
		}
		if len(s.blocks) != 1 || joinLines(s.blocks[0].Lines) != "x" {
			t.Errorf("blocks %v", s.blocks)
		}
	}
}
