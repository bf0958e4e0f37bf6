package compact

import (
	"errors"
	"math"
	"testing"
)

func encode() []byte {
	w := NewWriter(0)
	w.Uvarint(3)
	w.String("Kursk")
	w.Varint(-20)
	w.String("Kursk") // from the table again
	w.Float(math.Pi)
	w.Byte(7)
	w.String("")
	return w.Bytes("test")
}

func TestReadsBackWhatWasWritten(t *testing.T) {
	r := NewReader(encode(), "test")
	if n, s, v, again, f, b, empty := r.Uvarint(), r.String(), r.Varint(), r.String(), r.Float(), r.Byte(), r.String(); n != 3 ||
		s != "Kursk" || v != -20 || again != "Kursk" || f != math.Pi || b != 7 || empty != "" {
		t.Errorf("read back %v %q %v %q %v %v %q", n, s, v, again, f, b, empty)
	}
	if err := r.End(); err != nil {
		t.Error(err)
	}
}

func TestEveryCutIsAnError(t *testing.T) {
	data := encode()
	for n := range len(data) {
		r := NewReader(data[:n], "test")
		r.Uvarint()
		_ = r.String()
		r.Varint()
		_ = r.String()
		r.Float()
		r.Byte()
		_ = r.String()
		if err := r.End(); !errors.Is(err, ErrDamaged) {
			t.Errorf("cut to %d bytes: %v", n, err)
		}
	}
}

func TestAnotherMagicIsAnError(t *testing.T) {
	if err := NewReader(encode(), "tset").Err(); !errors.Is(err, ErrDamaged) {
		t.Errorf("read under another magic: %v", err)
	}
}

func TestCountsLargerThanTheDataAreErrors(t *testing.T) {
	w := NewWriter(0)
	w.Uvarint(1 << 40)
	r := NewReader(w.Bytes("m"), "m")
	if n := r.Count(1); n != 0 || r.Err() == nil {
		t.Errorf("count %d, %v", n, r.Err())
	}
}
