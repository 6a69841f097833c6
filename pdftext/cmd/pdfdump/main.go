// Command pdfdump prints what pdftext reads from PDFs: one line per text
// line with its box, size, font and style, then rules, boxes and images.
// A debugging aid for the text reader and the layout stage.
package main

import (
	"flag"
	"fmt"
	"os"

	"newsprint/pdftext"
)

func main() {
	shapes := flag.Bool("shapes", false, "also print rules, boxes and images")
	flag.Parse()
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		doc, err := pdftext.Read(data)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			os.Exit(1)
		}
		for _, p := range doc.Pages {
			fmt.Printf("== %s page %d %gx%g %s lang=%s lines=%d rules=%d boxes=%d images=%d scan=%v\n",
				path, p.Number, p.Width, p.Height, p.Method, p.Language, len(p.Lines), len(p.Rules), len(p.Boxes), len(p.Images), p.Scan != nil)
			for _, w := range p.Warnings {
				fmt.Printf("warning: %s\n", w)
			}
			for _, l := range p.Lines {
				b := l.Box
				flags := ""
				if l.Bold {
					flags += "B"
				}
				if l.Italic {
					flags += "I"
				}
				if l.Invisible {
					flags += "H"
				}
				fmt.Printf("[%6.1f %6.1f %6.1f %6.1f] %5.2f %-3s %-22.22s runin=%d | %s\n", b.X0, b.Y0, b.X1, b.Y1, l.Size, flags, l.Font, l.RunIn, l.Text)
			}
			if *shapes {
				for _, r := range p.Rules {
					fmt.Printf("rule %v\n", r.Box)
				}
				for _, r := range p.Boxes {
					fmt.Printf("box %v filled=%v\n", r.Box, r.Filled)
				}
				for _, r := range p.Images {
					fmt.Printf("image %v\n", r.Box)
				}
			}
		}
	}
}
