// Package segment turns a page (positioned or not) into articles and page
// furniture. Its output is still made of lines: reflow turns them into text.
package segment

import "newsprint/page"

// BlockKind is the role of a piece of text that belongs to no article.
// The values are those of the output schema.
type BlockKind string

const (
	Masthead   BlockKind = "masthead"
	PageHeader BlockKind = "page-header"
	Section    BlockKind = "section"
	Advert     BlockKind = "advert"
	Caption    BlockKind = "caption" // a caption no article claimed
	Other      BlockKind = "other"
)

// Role is the role of an author in a credit. The values are those of the
// output schema.
type Role string

const (
	Reporter      Role = "reporter"
	Correspondent Role = "correspondent"
	Photographer  Role = "photographer"
	Editor        Role = "editor"
	Intern        Role = "intern"
	OtherRole     Role = "other"
)

// Author is one credited person.
type Author struct {
	Name string
	Role Role
}

// Flow is a run of body lines that reads continuously: one column of an
// article, or the text between two blank lines of a dump. Reflow decides
// where paragraphs start inside a flow and whether a flow continues the
// paragraph that the previous one ended with.
type Flow struct {
	Lines []page.Line
	// Standalone marks a flow that is a paragraph of its own and never joins
	// its neighbours (a crosshead).
	Standalone bool
	// Opens marks a flow whose first line opens a paragraph, as a source
	// without geometry can tell (a dump that set the line apart).
	Opens bool
	// Column is the box of the column the flow was set in, when known; reflow
	// compares line widths against it.
	Column *page.Rect
}

// Article is one article on a page, still as lines.
type Article struct {
	Kicker   []page.Line
	Headline []page.Line
	Decks    [][]page.Line
	// Byline is the credit as printed, whitespace-normalised, decorative
	// marks removed, brackets and a trailing colon dropped.
	Byline  string
	Authors []Author
	// Body is the article text in reading order. A run-in credit has
	// already been cut from the start of the first line.
	Body     []Flow
	Captions [][]page.Line
	BBox     *page.Rect
	// Confidence in [0,1] that the article is whole and correctly bounded.
	Confidence float64
	// Blocks are the line groups that make up the article, for exporters that
	// need geometry (ALTO, hOCR, inspect). May be nil for text dumps.
	Blocks []Block
}

// Block is a group of lines with one role.
type Block struct {
	Kind  BlockKind // for page furniture
	Role  string    // finer role inside articles: "headline", "body", "caption", ...
	Lines []page.Line
	Box   *page.Rect
}

// Layout is the segmentation of one page.
type Layout struct {
	Articles []Article
	// Blocks holds page furniture and text no article claimed.
	Blocks []Block
	// Warnings are non-fatal problems met while segmenting the page (the
	// page's own, met reading it, stay in page.Page.Warnings).
	Warnings []string
}
