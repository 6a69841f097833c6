package wordseg

import (
	"slices"
	"testing"
)

func TestCutKnowsCommonWords(t *testing.T) {
	words := Cut("嘉峪关地处交通要冲")
	if !slices.Contains(words, "嘉峪关") || !slices.Contains(words, "地处") {
		t.Fatalf("Cut = %q, want 嘉峪关 and 地处 as words", words)
	}
	if _, ok := Freq("发展"); !ok {
		t.Fatal("发展 not in dictionary")
	}
	if _, ok := Freq("展发"); ok {
		t.Fatal("展发 should not be a word")
	}
}

func TestTagFindsPlaceNames(t *testing.T) {
	for _, tok := range Tag("北京是中国的首都") {
		if tok.Text == "北京" && tok.Pos != "ns" {
			t.Fatalf("北京 tagged %q, want ns", tok.Pos)
		}
	}
}
