package export

import (
	"fmt"

	"newsprint/result"
)

// Formats are the output formats newsprint can write.
var Formats = []string{"json"}

// Files renders doc in each of the formats and returns the files to write,
// keyed by the suffix to append to "<out>/<input path relative to its root>"
// (".json" for JSON). JSON is the default format.
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
		default:
			return nil, fmt.Errorf("unknown output format %q", f)
		}
	}
	return out, nil
}
