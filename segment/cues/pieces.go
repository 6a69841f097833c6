package cues

// JoinPieces mends the words an extractor broke with a space inside ("secur
// ity", "ACR OSS"): it joins each word to the one before it, itself
// perhaps joined already, where join says the two are pieces of one word.
// Dumps and reflow ask join by their own evidence.
func JoinPieces(ws []string, join func(prev, next string) bool) []string {
	var out []string
	for _, w := range ws {
		if n := len(out); n > 0 && join(out[n-1], w) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}
