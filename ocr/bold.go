package ocr

import (
	"image"
	"math"
	"sort"
)

// Tesseract's LSTM engine does not report bold. Bold type has thicker
// strokes for its size: the median length of the horizontal black runs in a
// line (about the width of vertical stems) over the line's height is
// compared with the same ratio for the page's body lines.
const boldFactor = 1.3

// strokeRatios returns, per line, the median horizontal run length over the
// line height; 0 where the line has no ink.
func strokeRatios(bin *raster, lines []hLine) []float64 {
	out := make([]float64, len(lines))
	for i, l := range lines {
		box := image.Rect(int(l.box.X0), int(l.box.Y0), int(math.Ceil(l.box.X1)), int(math.Ceil(l.box.Y1)))
		h := bin.runLengths(box)
		total := 0
		for _, n := range h {
			total += n
		}
		if total == 0 || l.box.Height() <= 0 {
			continue
		}
		seen := 0
		for run, n := range h {
			seen += n
			if 2*seen >= total {
				out[i] = float64(run) / l.box.Height()
				break
			}
		}
	}
	return out
}

// markBold marks the words of lines set in bold.
func markBold(r *raster, lines []hLine) error {
	bin, err := r.binary()
	if err != nil {
		return err
	}
	defer bin.free()
	ratios := strokeRatios(bin, lines)
	var body []float64
	for i, l := range lines {
		if len(l.words) >= 3 && ratios[i] > 0 {
			body = append(body, ratios[i])
		}
	}
	if len(body) == 0 {
		return nil
	}
	sort.Float64s(body)
	ref := body[len(body)/2]
	for i := range lines {
		if ratios[i] >= boldFactor*ref {
			for j := range lines[i].words {
				lines[i].words[j].bold = true
			}
		}
	}
	return nil
}
