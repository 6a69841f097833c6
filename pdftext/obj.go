package pdftext

import (
	"errors"
	"fmt"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// maxStream bounds the decoded size of one stream (content, CMap, image).
const maxStream = 256 << 20

// doc wraps the pdfcpu cross-reference table with forgiving accessors: a
// missing or mistyped object reads as nil/zero, never as a panic.
type doc struct {
	x       *model.XRefTable
	fonts   map[int]*font  // by object number
	streams map[int][]byte // decoded form/CMap streams by object number
	budget  int64          // decoded bytes left for this document
}

func (d *doc) deref(o types.Object) types.Object {
	if o == nil {
		return nil
	}
	r, err := d.x.Dereference(o)
	if err != nil {
		return nil
	}
	// A reference to a reference is not legal, but resolve one level more.
	if ir, ok := r.(types.IndirectRef); ok {
		r, err = d.x.Dereference(ir)
		if err != nil {
			return nil
		}
		if _, again := r.(types.IndirectRef); again {
			return nil
		}
	}
	return r
}

func (d *doc) dict(o types.Object) types.Dict {
	switch v := d.deref(o).(type) {
	case types.Dict:
		return v
	case types.StreamDict:
		return v.Dict
	}
	return nil
}

func (d *doc) array(o types.Object) types.Array {
	a, _ := d.deref(o).(types.Array)
	return a
}

func (d *doc) num(o types.Object) (float64, bool) {
	switch v := d.deref(o).(type) {
	case types.Integer:
		return float64(v), true
	case types.Float:
		return float64(v), true
	}
	return 0, false
}

func (d *doc) name(o types.Object) string {
	n, _ := d.deref(o).(types.Name)
	return string(n)
}

func (d *doc) bytes(o types.Object) []byte {
	switch v := d.deref(o).(type) {
	case types.StringLiteral:
		b, err := types.Unescape(string(v))
		if err != nil {
			return []byte(v)
		}
		return b
	case types.HexLiteral:
		b, _ := v.Bytes()
		return b
	}
	return nil
}

// nums reads an array of numbers; non-numbers read as 0.
func (d *doc) nums(o types.Object) []float64 {
	a := d.array(o)
	out := make([]float64, len(a))
	for i, e := range a {
		out[i], _ = d.num(e)
	}
	return out
}

// objNum returns the object number of an indirect reference, 0 otherwise.
func objNum(o types.Object) int {
	if ir, ok := o.(types.IndirectRef); ok {
		return ir.ObjectNumber.Value()
	}
	return 0
}

var errBudget = errors.New("decoded streams exceed the size limit")

// stream returns the stream object o (dict and decoded content).
func (d *doc) stream(o types.Object) (types.Dict, []byte, error) {
	num := objNum(o)
	sdObj := d.deref(o)
	sd, ok := sdObj.(types.StreamDict)
	if !ok {
		return nil, nil, fmt.Errorf("not a stream")
	}
	if num > 0 {
		if b, ok := d.streams[num]; ok {
			return sd.Dict, b, nil
		}
	}
	if sd.Content == nil {
		if d.budget <= 0 {
			return sd.Dict, nil, errBudget
		}
		lim := min(int64(maxStream), d.budget)
		if err := sd.DecodeWithLimit(lim); err != nil && len(sd.Content) == 0 {
			return sd.Dict, nil, err
		}
		d.budget -= int64(len(sd.Content))
	}
	if num > 0 {
		d.streams[num] = sd.Content
	}
	return sd.Dict, sd.Content, nil
}
