// Package result is the finished model of one source file: pages of articles
// with their text repaired. Exporters (JSON, ALTO, hOCR) serialise it; its
// JSON form is the newsprint/v1 schema.
package result

import (
	"newsprint/page"
	"newsprint/segment"
)

// SchemaID is the value of the document's "schema" field.
const SchemaID = "newsprint/v1"

// Document is the output for one input file.
type Document struct {
	Schema string `json:"schema"`
	Source Source `json:"source"`
	Pages  []Page `json:"pages"`
}

// Source identifies the input file.
type Source struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Format string `json:"format"`
}

// Page is one page of the output.
type Page struct {
	Page     int       `json:"page"`
	Method   string    `json:"method"`
	Width    float64   `json:"width,omitempty"`
	Height   float64   `json:"height,omitempty"`
	Unit     string    `json:"unit,omitempty"`
	Language string    `json:"language,omitempty"`
	Articles []Article `json:"articles"`
	Blocks   []Block   `json:"blocks"`
	Warnings []string  `json:"warnings,omitempty"`

	// Source and Layout keep the positioned model behind the text, for
	// exporters that need geometry. They are not part of the JSON.
	Source *page.Page      `json:"-"`
	Layout *segment.Layout `json:"-"`
}

// Article is one article with repaired text.
type Article struct {
	ID           string    `json:"id"`
	Kicker       string    `json:"kicker,omitempty"`
	Headline     string    `json:"headline"`
	Subheadlines []string  `json:"subheadlines,omitempty"`
	Byline       string    `json:"byline,omitempty"`
	Authors      []Author  `json:"authors,omitempty"`
	Paragraphs   []string  `json:"paragraphs"`
	Captions     []string  `json:"captions,omitempty"`
	BBox         []float64 `json:"bbox,omitempty"`
	Confidence   *float64  `json:"confidence,omitempty"`
}

// Author is one credited person.
type Author struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Block is text outside articles.
type Block struct {
	Kind string    `json:"kind"`
	Text string    `json:"text"`
	BBox []float64 `json:"bbox,omitempty"`
}
