package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"newsprint/export"
	"newsprint/inspect"
	"newsprint/pipeline"
)

const inspectUsage = `usage: newsprint inspect FILE [--page N] -o page.svg [--lang chi_sim+eng]

Runs every stage on FILE and draws page N (default 1) as SVG: each block
boxed and coloured by role, numbered in reading order, each article outlined.
`

// inspectCmd draws a page's layout as SVG (newsprint inspect FILE [--page N] -o page.svg).
func inspectCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output SVG file")
	pageNo := fs.Int("page", 1, "page number, from 1")
	lang := fs.String("lang", "", "Tesseract languages, e.g. chi_sim+eng (default: detect per page)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *out == "" || len(inputs) != 1 {
		fmt.Fprint(stderr, inspectUsage)
		return 2
	}
	in := inputs[0]
	w := pipeline.NewWorker(pipeline.Options{Lang: *lang})
	w.KeepScans = true // drawn under the layout
	defer w.Close()
	doc, err := w.Process(context.Background(), in, filepath.Base(in))
	if err != nil {
		fmt.Fprintf(stderr, "newsprint inspect: %v\n", err)
		return 1
	}
	for i := range doc.Pages {
		p := &doc.Pages[i]
		if p.Page != *pageNo {
			continue
		}
		var buf bytes.Buffer
		if err := inspect.SVG(&buf, p); err != nil {
			fmt.Fprintf(stderr, "newsprint inspect: %s: %v\n", in, err)
			return 1
		}
		if err := export.WriteFile(*out, buf.Bytes()); err != nil {
			fmt.Fprintf(stderr, "newsprint inspect: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "ok   %s page %d -> %s (%d articles)\n", in, *pageNo, *out, len(p.Layout.Articles))
		return 0
	}
	fmt.Fprintf(stderr, "newsprint inspect: %s has no page %d (%d pages)\n", in, *pageNo, len(doc.Pages))
	return 1
}
