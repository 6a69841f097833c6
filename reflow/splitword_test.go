package reflow

import "testing"

func TestMendSplits(t *testing.T) {
	v := NewVocab([]string{"Traders on the Harbourside said so."})
	for in, want := range map[string]string{
		"he was terr ified of the dark":       "he was terrified of the dark",
		"the Wh igs are to vote on it":        "the Whigs are to vote on it",
		"the Harbo urside traders":            "the Harbourside traders",
		"a new secur ity flaw, in Febr uary.": "a new security flaw, in February.",
		"the technolog y works":               "the technology works",
		"are a some one in to e mail":         "are a some one in to e mail",
		"二十 世纪 mixed text stays":              "二十 世纪 mixed text stays",
	} {
		if got := mendSplits(in, v); got != want {
			t.Errorf("mendSplits(%q) = %q, want %q", in, got, want)
		}
	}
}
