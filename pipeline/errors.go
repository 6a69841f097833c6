package pipeline

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
)

// PageError tells which page of a file an error belongs to. Sources may
// wrap page-level failures in it so that batch reports can name the page.
type PageError struct {
	Page int // 1-based
	Err  error
}

func (e *PageError) Error() string { return fmt.Sprintf("page %d: %v", e.Page, e.Err) }
func (e *PageError) Unwrap() error { return e.Err }

// pageRe finds the "page N: " that sources put in front of page errors.
var pageRe = regexp.MustCompile(`(?:^|: )page (\d{1,9}): `)

// pageOf returns the page an error names, 0 when it names none.
func pageOf(err error) int {
	var pe *PageError
	if errors.As(err, &pe) {
		return pe.Page
	}
	if m := pageRe.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}
