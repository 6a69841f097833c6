package main

import (
	"fmt"
	"io"
)

// inspectCmd draws a page's layout as SVG (newsprint inspect FILE [--page N] -o page.svg).
func inspectCmd(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "newsprint inspect: not implemented yet")
	return 2
}
