// Package schema checks documents against the newsprint/v1 JSON Schema.
// It stands apart from export because newsprint itself validates nothing:
// the tests do. The JSON Schema library's package init takes milliseconds,
// which every process (a re-run over unchanged inputs is little more than
// start-up) would pay if the program linked it.
package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaJSON is the newsprint/v1 JSON Schema, kept in step with
// ../shared/schema/newsprint-v1.schema.json.
//
//go:embed newsprint-v1.schema.json
var schemaJSON []byte

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

func compiled() (*jsonschema.Schema, error) {
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource("newsprint-v1.schema.json", doc); err != nil {
			schemaErr = err
			return
		}
		schema, schemaErr = c.Compile("newsprint-v1.schema.json")
	})
	return schema, schemaErr
}

// Validate checks a JSON document against the newsprint/v1 schema.
func Validate(data []byte) error {
	sch, err := compiled()
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(v)
}
