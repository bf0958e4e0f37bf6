package disputes

import (
	"time"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
	"github.com/claimdiff/claimdiff/pkg/compact"
)

// The summaries of a part's disputes are what a table shows of them, as
// the store keeps them: read for every part on every run, so they are
// compact and decoded without reflection. Voices keep only how many
// outlets carried them: a table shows no more.

const summaryMagic = "cdv2"

const (
	hasSince = 1 << iota
	hasUntil
	hasLow
	hasHigh
)

// encodeSummaries writes what a table shows of disputes.
func encodeSummaries(ds []Dispute) []byte {
	w := compact.NewWriter(256 * len(ds))
	w.Uvarint(uint64(len(ds)))
	for i := range ds {
		c := &ds[i].Conflict
		q := &c.Quantity
		for _, s := range [...]string{c.ID, q.Story, q.Subject, string(q.Metric), q.Location, string(q.Kind), q.Period, string(c.Severity)} {
			w.String(s)
		}
		w.Float(c.Gap)
		w.Uvarint(uint64(c.Sources))
		var flags byte
		if !c.Since.IsZero() {
			flags |= hasSince
		}
		if !c.Until.IsZero() {
			flags |= hasUntil
		}
		w.Byte(flags)
		for _, t := range [...]time.Time{c.Since, c.Until} {
			if !t.IsZero() {
				w.Varint(t.Unix() / 86400)
			}
		}
		w.Uvarint(uint64(len(c.Pairs)))
		for _, p := range c.Pairs {
			w.String(string(p.Kind))
		}
		w.Uvarint(uint64(len(c.Voices)))
		for _, v := range c.Voices {
			w.String(v.Source)
			w.String(string(v.SourceKind))
			w.Uvarint(uint64(len(v.Outlets)))
			flags = 0
			if v.Low != nil {
				flags |= hasLow
			}
			if v.High != nil {
				flags |= hasHigh
			}
			w.Byte(flags)
			for _, f := range [...]*float64{v.Low, v.High} {
				if f != nil {
					w.Float(*f)
				}
			}
		}
	}
	return w.Bytes(summaryMagic)
}

// decodeSummaries reads the summaries of part's disputes, appending them
// to out.
func decodeSummaries(data []byte, part string, out []Dispute) ([]Dispute, error) {
	r := compact.NewReader(data, summaryMagic)
	n := r.Count(21)   // eight strings, the gap, the flags and the counts
	var blank []string // the outlets of every voice: only their number is kept
	date := func() time.Time { return time.Unix(r.Varint()*86400, 0).UTC() }
	for range n {
		d := Dispute{part: part}
		c := &d.Conflict
		q := &c.Quantity
		c.ID, q.Story, q.Subject = r.String(), r.String(), r.String()
		q.Metric, q.Location = claimdiff.Metric(r.String()), r.String()
		q.Kind, q.Period, c.Severity = claimdiff.FigureKind(r.String()), r.String(), claimdiff.Severity(r.String())
		c.Gap = r.Float()
		c.Sources = int(r.Uvarint())
		flags := r.Byte()
		if flags&hasSince != 0 {
			c.Since = date()
		}
		if flags&hasUntil != 0 {
			c.Until = date()
		}
		c.Pairs = make([]claimdiff.ConflictPair, r.Count(1))
		for i := range c.Pairs {
			c.Pairs[i].Kind = claimdiff.ConflictKind(r.String())
		}
		c.Voices = make([]claimdiff.Voice, r.Count(4))
		floats := make([]float64, 2*len(c.Voices))
		for i := range c.Voices {
			v := &c.Voices[i]
			v.Source, v.SourceKind = r.String(), claimdiff.SourceKind(r.String())
			outlets := int(min(r.Uvarint(), 1<<20))
			if outlets > len(blank) {
				blank = make([]string, max(outlets, 64))
			}
			v.Outlets = blank[:outlets:outlets]
			flags := r.Byte()
			if flags&hasLow != 0 {
				floats[2*i] = r.Float()
				v.Low = &floats[2*i]
			}
			if flags&hasHigh != 0 {
				floats[2*i+1] = r.Float()
				v.High = &floats[2*i+1]
			}
		}
		if r.Err() != nil {
			return out, r.Err()
		}
		out = append(out, d)
	}
	return out, r.End()
}

// The details of a part's disputes — each one's claims by ID and its pairs
// — are read when a report needs a dispute whole, and when the part gains
// claims: then those of the disputes that stand are written back as read.

const detailMagic = "cdd1"

// encodeDetails writes the details of disputes.
func encodeDetails(ds []Dispute) []byte {
	w := compact.NewWriter(64 * len(ds))
	w.Uvarint(uint64(len(ds)))
	for i := range ds {
		d := ds[i].detail
		w.String(ds[i].ID)
		w.Uvarint(uint64(len(d.IDs)))
		var prev int64
		for _, id := range d.IDs {
			w.Varint(id - prev)
			prev = id
		}
		w.Uvarint(uint64(len(d.Pairs)))
		for _, p := range d.Pairs {
			w.Uvarint(uint64(p.A))
			w.Uvarint(uint64(p.B))
			w.Float(p.Gap)
			w.Byte(p.Kind)
		}
	}
	return w.Bytes(detailMagic)
}

// decodeDetails reads the details of disputes, by dispute ID.
func decodeDetails(data []byte) (map[string]*disputeDetail, error) {
	r := compact.NewReader(data, detailMagic)
	n := r.Count(3) // an ID and two counts
	out := make(map[string]*disputeDetail, n)
	for range n {
		id := r.String()
		d := &disputeDetail{IDs: make([]int64, r.Count(1))}
		var prev int64
		for i := range d.IDs {
			prev += r.Varint()
			d.IDs[i] = prev
		}
		d.Pairs = make([]pair, r.Count(11))
		for i := range d.Pairs {
			a, b := r.Uvarint(), r.Uvarint()
			p := pair{A: int32(a), B: int32(b), Gap: r.Float(), Kind: r.Byte()}
			if a >= uint64(len(d.IDs)) || b >= uint64(len(d.IDs)) || int(p.Kind) >= len(pairKinds) {
				return nil, compact.ErrDamaged
			}
			d.Pairs[i] = p
		}
		if r.Err() != nil {
			return nil, r.Err()
		}
		out[id] = d
	}
	return out, r.End()
}
