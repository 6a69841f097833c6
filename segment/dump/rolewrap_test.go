package dump

import (
	"strings"
	"testing"
)

// A credit line that ends with a role word ("记者 周明远 通讯员") names its
// last author on the next line: the name, whole, completes the credit and
// is no line of the text.
func TestCreditNameAfterRoleAtLineEnd(t *testing.T) {
	const text = portHead + `
□记者 周明远 通讯员
韩小雪
` + portOpening + `
设备，作业时间缩短三成。`
	l := Segment(dumpPage("zh", text))
	if got := authorsByHeadline(l)[portHead]; got != "周明远韩小雪" {
		t.Errorf("authors %q, want 周明远韩小雪 (all: %q)", got, authorsByHeadline(l))
	}
	for _, a := range l.Articles {
		if b := bodyText(a); strings.HasPrefix(b, "韩小雪") {
			t.Errorf("the name opens the text: %q", b)
		}
	}
}
