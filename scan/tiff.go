package scan

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// TIFF tags read here.
const (
	tagWidth      = 256
	tagHeight     = 257
	tagYRes       = 283
	tagResUnit    = 296
	tagSubfile    = 254 // NewSubfileType: bit 0 marks a reduced-resolution copy
	typeShort     = 3
	typeLong      = 4
	typeRational  = 5
	unitInch      = 2
	unitCentimetr = 3
)

// tiffHeaders walks the chain of image file directories (IFDs) and returns
// one header per page, skipping thumbnails (reduced-resolution subfiles).
func tiffHeaders(data []byte) ([]header, error) {
	if len(data) < 8 {
		return nil, errors.New("truncated header")
	}
	var bo binary.ByteOrder
	switch string(data[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return nil, errors.New("not a TIFF file (bad byte order mark)")
	}
	switch bo.Uint16(data[2:]) {
	case 42:
	case 43:
		return nil, errors.New("BigTIFF is not supported")
	default:
		return nil, errors.New("not a TIFF file (bad magic number)")
	}
	var out []header
	seen := map[uint32]bool{}
	for off := bo.Uint32(data[4:]); off != 0; {
		if seen[off] || len(seen) >= maxPages {
			return nil, fmt.Errorf("page %d: directory chain loops or is too long", len(seen)+1)
		}
		seen[off] = true
		if uint64(off)+2 > uint64(len(data)) {
			return nil, fmt.Errorf("page %d: directory offset %d past the end of the file (truncated?)", len(seen), off)
		}
		n := uint64(bo.Uint16(data[off:]))
		end := uint64(off) + 2 + 12*n
		if end+4 > uint64(len(data)) {
			return nil, fmt.Errorf("page %d: directory runs past the end of the file (truncated?)", len(seen))
		}
		h := header{index: len(seen) - 1}
		unit := uint32(unitInch)
		var res float64
		reduced := false
		for i := uint64(0); i < n; i++ {
			e := data[uint64(off)+2+12*i:]
			tag, typ, cnt := bo.Uint16(e), bo.Uint16(e[2:]), bo.Uint32(e[4:])
			switch tag {
			case tagWidth, tagHeight, tagResUnit, tagSubfile:
				v, ok := tiffInt(bo, typ, e[8:12])
				if !ok || cnt != 1 {
					continue
				}
				switch tag {
				case tagWidth:
					h.width = int(min(v, 1<<31-1))
				case tagHeight:
					h.height = int(min(v, 1<<31-1))
				case tagResUnit:
					unit = v
				case tagSubfile:
					reduced = v&1 != 0
				}
			case tagYRes:
				if typ != typeRational || cnt != 1 {
					continue
				}
				p := uint64(bo.Uint32(e[8:]))
				if p+8 <= uint64(len(data)) {
					num, den := bo.Uint32(data[p:]), bo.Uint32(data[p+4:])
					if den != 0 {
						res = float64(num) / float64(den)
					}
				}
			}
		}
		switch unit {
		case unitInch:
			h.dpi = res
		case unitCentimetr:
			h.dpi = res * 2.54
		}
		if !reduced {
			out = append(out, h)
		}
		off = bo.Uint32(data[end:])
	}
	if len(out) == 0 {
		return nil, errors.New("no image directories")
	}
	return out, nil
}

// tiffInt reads a SHORT or LONG value stored inline in an IFD entry.
func tiffInt(bo binary.ByteOrder, typ uint16, v []byte) (uint32, bool) {
	switch typ {
	case typeShort:
		return uint32(bo.Uint16(v)), true
	case typeLong:
		return bo.Uint32(v), true
	}
	return 0, false
}
