// Package export serialises finished documents: JSON (newsprint/v1) and the
// archive formats, and writes files atomically.
package export

import (
	"bytes"
	"encoding/json"

	"newsprint/result"
)

// JSON returns the newsprint/v1 JSON form of doc, indented, with a final newline.
func JSON(doc *result.Document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
