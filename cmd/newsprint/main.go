// Command newsprint turns newspaper pages into structured articles.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"newsprint/export"
	"newsprint/pipeline"
)

const usage = `usage: newsprint run INPUT... -o OUT [--lang chi_sim+eng] [--jobs N]

Reads newspaper pages (PDF, PNG, JPEG, TIFF, JP2, text dumps) and writes one
newsprint/v1 JSON document per input file to OUT/<path relative to its input root>.json.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "run":
		return runCmd(args[1:], stdout, stderr)
	case "inspect":
		return inspectCmd(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "newsprint: unknown command %q\n%s", args[0], usage)
	return 2
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "output directory")
	lang := fs.String("lang", "", "Tesseract languages, e.g. chi_sim+eng (default: detect per page)")
	jobs := fs.Int("jobs", 0, "parallel workers (default: number of cores)")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	if *out == "" || len(inputs) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	_ = jobs
	w := pipeline.NewWorker(pipeline.Options{Lang: *lang})
	defer w.Close()
	failed := 0
	for _, in := range inputs {
		files, root, err := discover(in)
		if err != nil {
			fmt.Fprintf(stderr, "newsprint: %v\n", err)
			failed++
			continue
		}
		for _, f := range files {
			rel, _ := filepath.Rel(root, f)
			doc, err := w.Process(context.Background(), f, rel)
			if err != nil {
				fmt.Fprintf(stderr, "FAIL %s: %v\n", f, err)
				failed++
				continue
			}
			data, err := export.JSON(doc)
			if err == nil {
				dst := filepath.Join(*out, rel+".json")
				err = export.WriteFile(dst, data)
				if err == nil {
					n := 0
					for _, p := range doc.Pages {
						n += len(p.Articles)
					}
					fmt.Fprintf(stdout, "ok   %s -> %s (%d pages, %d articles)\n", f, dst, len(doc.Pages), n)
				}
			}
			if err != nil {
				fmt.Fprintf(stderr, "FAIL %s: %v\n", f, err)
				failed++
			}
		}
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// parseInterspersed parses flags that may come after positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// discover lists the input files under in, and the root their output paths
// are relative to.
func discover(in string) ([]string, string, error) {
	st, err := os.Stat(in)
	if err != nil {
		return nil, "", err
	}
	if !st.IsDir() {
		return []string{in}, filepath.Dir(in), nil
	}
	var files []string
	err = filepath.WalkDir(in, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && pipeline.Format(p) != "" {
			files = append(files, p)
		}
		return nil
	})
	return files, in, err
}
