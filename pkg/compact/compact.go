// Package compact is the binary encoding of what claimdiff keeps to read
// back fast — a part's claims, the summaries of its disputes: varints,
// 8-byte floats, and strings written once, in a table ahead of the body,
// and referred to by their place in it. Decoding a record costs a few
// slice reads and no reflection; repeated strings are shared.
package compact

import (
	"encoding/binary"
	"errors"
	"math"
)

// Writer builds an encoding: a magic string, the string table, the body.
type Writer struct {
	index map[string]uint64
	table []string
	body  []byte
}

// NewWriter returns a writer with room for a body of size bytes.
func NewWriter(size int) *Writer {
	return &Writer{index: map[string]uint64{}, body: make([]byte, 0, size)}
}

// Uvarint appends an unsigned number.
func (w *Writer) Uvarint(v uint64) { w.body = binary.AppendUvarint(w.body, v) }

// Varint appends a signed number.
func (w *Writer) Varint(v int64) { w.body = binary.AppendVarint(w.body, v) }

// Byte appends one byte.
func (w *Writer) Byte(b byte) { w.body = append(w.body, b) }

// Float appends a float in 8 bytes.
func (w *Writer) Float(f float64) {
	w.body = binary.LittleEndian.AppendUint64(w.body, math.Float64bits(f))
}

// String appends a string, as its place in the table.
func (w *Writer) String(s string) {
	i, ok := w.index[s]
	if !ok {
		i = uint64(len(w.table))
		w.index[s] = i
		w.table = append(w.table, s)
	}
	w.Uvarint(i)
}

// Bytes returns the encoding, led by magic.
func (w *Writer) Bytes(magic string) []byte {
	size := len(magic) + binary.MaxVarintLen64 + len(w.body)
	for _, s := range w.table {
		size += binary.MaxVarintLen64 + len(s)
	}
	out := append(make([]byte, 0, size), magic...)
	out = binary.AppendUvarint(out, uint64(len(w.table)))
	for _, s := range w.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, w.body...)
}

// ErrDamaged is returned for an encoding that was not written as read.
var ErrDamaged = errors.New("damaged encoding")

// Reader reads an encoding back. Its first error sticks: once it fails,
// every read returns a zero value, and Err tells.
type Reader struct {
	b     []byte
	table []string
	err   error
}

// NewReader reads the string table of data, which must start with magic.
func NewReader(data []byte, magic string) *Reader {
	r := &Reader{}
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		r.err = ErrDamaged
		return r
	}
	r.b = data[len(magic):]
	n := r.Uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return r
	}
	// The strings in one allocation: the table's bytes, lengths and all.
	start := r.b
	bounds := make([]int, 2*n)
	for i := range n {
		size := r.Uvarint()
		if size > uint64(len(r.b)) {
			r.fail()
			return r
		}
		at := len(start) - len(r.b)
		bounds[2*i], bounds[2*i+1] = at, at+int(size)
		r.b = r.b[size:]
	}
	all := string(start[:len(start)-len(r.b)])
	r.table = make([]string, n)
	for i := range r.table {
		r.table[i] = all[bounds[2*i]:bounds[2*i+1]]
	}
	return r
}

func (r *Reader) fail() {
	r.err, r.b = ErrDamaged, nil
}

// Err is the first error met, if any.
func (r *Reader) Err() error { return r.err }

// Left is how many bytes are still to be read.
func (r *Reader) Left() int { return len(r.b) }

// Uvarint reads an unsigned number.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Count reads a number of records that take at least min bytes each, and
// fails when fewer bytes are left than they need.
func (r *Reader) Count(min int) int {
	n := r.Uvarint()
	if n > uint64(len(r.b)/max(1, min)) {
		r.fail()
		return 0
	}
	return int(n)
}

// Varint reads a signed number.
func (r *Reader) Varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	b := r.b[0]
	r.b = r.b[1:]
	return b
}

// Float reads a float.
func (r *Reader) Float() float64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return f
}

// String reads a string from the table.
func (r *Reader) String() string {
	i := r.Uvarint()
	if i >= uint64(len(r.table)) {
		r.fail()
		return ""
	}
	return r.table[i]
}

// End reports an error unless every byte was read.
func (r *Reader) End() error {
	if r.err == nil && len(r.b) != 0 {
		r.fail()
	}
	return r.err
}
