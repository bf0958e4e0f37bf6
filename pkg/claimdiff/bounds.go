package claimdiff

import "fmt"

// vagueBounds is the normalization policy for vague magnitudes, keyed by the
// magnitude's unit (the claim's value): "Hunderte" is 100 and allows 200–999.
var vagueBounds = map[float64][2]float64{
	12:      {24, 99},           // Dutzende, dozens
	100:     {200, 999},         // Hunderte, hundreds, mehrere hundert
	1000:    {2000, 9999},       // Tausende, thousands, mehrere tausend
	10000:   {20000, 99999},     // Zehntausende, tens of thousands
	100000:  {200000, 999999},   // Hunderttausende, hundreds of thousands
	1000000: {2000000, 9999999}, // Millionen, millions
}

// Bounds returns the interval [low, high] a figure allows under the
// normalization policy of the claim record; nil is an open end.
func Bounds(q Qualifier, value float64, value2 *float64) (low, high *float64, err error) {
	switch q {
	case Exact:
		return Float(value), Float(value), nil
	case Approx:
		return Float(round6(0.9 * value)), Float(round6(1.1 * value)), nil
	case Nearly:
		return Float(round6(0.9 * value)), Float(value), nil
	case AtLeast, MoreThan:
		return Float(value), nil, nil
	case AtMost, LessThan:
		return nil, Float(value), nil
	case Range:
		if value2 == nil {
			return nil, nil, fmt.Errorf("range %g has no upper end (value2)", value)
		}
		if *value2 < value {
			return nil, nil, fmt.Errorf("range %g to %g runs backwards", value, *value2)
		}
		return Float(value), Float(*value2), nil
	case Vague:
		b, ok := vagueBounds[value]
		if !ok {
			return nil, nil, fmt.Errorf("vague magnitude %g is not one of 12, 100, 1000, 10000, 100000, 1000000", value)
		}
		return Float(b[0]), Float(b[1]), nil
	}
	return nil, nil, fmt.Errorf("unknown qualifier %q", q)
}

// round6 drops the binary noise of 0.9·v and 1.1·v (8000·1.1 is
// 8800.000000000001 in floating point) so that bounds print as people write them.
func round6(v float64) float64 {
	const scale = 1e6
	if v > 1e12 || v < -1e12 {
		return v
	}
	r := v * scale
	if r < 0 {
		r -= 0.5
	} else {
		r += 0.5
	}
	return float64(int64(r)) / scale
}
