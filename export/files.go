package export

import (
	"errors"
	"fmt"

	"newsprint/result"
)

// Formats are the output formats newsprint can write.
var Formats = []string{"json", "alto", "hocr"}

// Files renders doc in each of the formats and returns the files to write,
// keyed by the suffix to append to "<out>/<input path relative to its root>".
// JSON is the default format.
//
//   - "json": ".json", the whole document.
//   - "alto": ALTO 4.4 is one page per file: ".alto.xml" for a one-page
//     document, ".p<N>.alto.xml" for each page N of a longer one.
//   - "hocr": ".hocr", one XHTML file with an ocr_page per page.
//
// ALTO and hOCR describe positions, so pages without geometry (text dumps)
// are skipped: a text dump gives no ALTO file and no hOCR file.
func Files(doc *result.Document, formats []string) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, f := range formats {
		switch f {
		case "json":
			b, err := JSON(doc)
			if err != nil {
				return nil, err
			}
			out[".json"] = b
		case "alto":
			for i, p := range doc.Pages {
				b, err := ALTO(doc, i)
				if errors.Is(err, ErrNoGeometry) {
					continue
				}
				if err != nil {
					return nil, err
				}
				suffix := ".alto.xml"
				if len(doc.Pages) > 1 {
					suffix = fmt.Sprintf(".p%d.alto.xml", p.Page)
				}
				out[suffix] = b
			}
		case "hocr":
			b, err := HOCR(doc)
			if errors.Is(err, ErrNoGeometry) {
				continue
			}
			if err != nil {
				return nil, err
			}
			out[".hocr"] = b
		default:
			return nil, fmt.Errorf("unknown output format %q", f)
		}
	}
	return out, nil
}
