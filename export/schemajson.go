package export

import _ "embed"

// SchemaJSON is the newsprint/v1 JSON Schema, kept in step with
// ../shared/schema/newsprint-v1.schema.json. Package schema validates
// documents against it.
//
//go:embed newsprint-v1.schema.json
var SchemaJSON []byte
