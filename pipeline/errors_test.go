package pipeline

import (
	"errors"
	"fmt"
	"testing"
)

func TestPageOf(t *testing.T) {
	base := errors.New("tesseract failed")
	cases := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("a.pdf: %w", &PageError{Page: 3, Err: base}), 3},
		{fmt.Errorf("scans/b.tif: page 12: directory runs past the end of the file"), 12},
		{fmt.Errorf("c.txt: empty text file"), 0},
		{fmt.Errorf("front page 2: story"), 0}, // "page" inside prose is not a page number
	}
	for _, c := range cases {
		if got := pageOf(c.err); got != c.want {
			t.Errorf("pageOf(%q) = %d, want %d", c.err, got, c.want)
		}
	}
}
