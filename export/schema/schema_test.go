package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsprint/export"
	"newsprint/result"
)

func sampleDoc() *result.Document {
	conf := 0.8
	return &result.Document{
		Schema: result.SchemaID,
		Source: result.Source{File: "1998/p3.txt", SHA256: strings.Repeat("ab", 32), Format: "txt"},
		Pages: []result.Page{{
			Page: 1, Method: "text", Unit: "none", Language: "zh",
			Articles: []result.Article{{
				ID: "p1-a1", Headline: "市图书馆新馆开放 <首日>", Byline: "本报记者 王明",
				Authors:    []result.Author{{Name: "王明", Role: "reporter"}},
				Paragraphs: []string{"昨日，新馆开放。"}, Confidence: &conf,
			}},
			Blocks: []result.Block{{Kind: "page-header", Text: "第3版"}},
		}},
	}
}

func TestJSONIsSchemaValidAndUnescaped(t *testing.T) {
	data, err := export.JSON(sampleDoc())
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(data); err != nil {
		t.Fatalf("schema: %v\n%s", err, data)
	}
	if !bytes.Contains(data, []byte("<首日>")) {
		t.Fatal("HTML characters were escaped")
	}
}

func TestValidateCatchesViolations(t *testing.T) {
	bad := []string{
		`{"schema":"newsprint/v2","source":{"file":"a","sha256":"` + strings.Repeat("0", 64) + `","format":"txt"},"pages":[]}`,
		`{"schema":"newsprint/v1","source":{"file":"a","sha256":"xyz","format":"txt"},"pages":[]}`,
		`{"schema":"newsprint/v1","source":{"file":"a","sha256":"` + strings.Repeat("0", 64) + `","format":"txt"},"pages":[{"page":0,"method":"text","articles":[],"blocks":[]}]}`,
		`{"schema":"newsprint/v1","source":{"file":"a","sha256":"` + strings.Repeat("0", 64) + `","format":"txt"},"pages":[{"page":1,"method":"text","articles":[{"id":"x","headline":"","paragraphs":null}],"blocks":[]}]}`,
	}
	for i, b := range bad {
		if Validate([]byte(b)) == nil {
			t.Errorf("case %d: invalid document accepted", i)
		}
	}
}

func TestSchemaInStepWithShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "schema", "newsprint-v1.schema.json"))
	if err != nil {
		t.Skip("../shared is absent: cannot compare the schema copy")
	}
	if !bytes.Equal(shared, schemaJSON) {
		t.Fatal("export/schema/newsprint-v1.schema.json differs from ../shared/schema: copy it again")
	}
}
