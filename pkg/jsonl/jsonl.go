// Package jsonl reads JSON Lines files one record at a time, so that every
// error names the file and the line it stands on.
package jsonl

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// MaxLine is the longest line read, in bytes. An article dump holds a whole
// article on one line; 64 MiB is far above any news article and keeps a
// corrupt file from exhausting memory.
const MaxLine = 64 << 20

// Each calls fn for every non-blank line of r, with its 1-based number. A
// line that is not UTF-8 or too long, and any error fn returns, stops the
// reading; the error is an invalid-input error reading "name:line: reason".
func Each(r io.Reader, name string, fn func(line int, data []byte) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		data, err := readLine(br)
		if err == io.EOF && len(data) == 0 {
			return nil
		}
		if errors.Is(err, errTooLong) {
			return claimdiff.Invalid(fmt.Sprintf("%s:%d", name, n), err)
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s: %w", name, err)
		}
		data = bytes.TrimSpace(data)
		if len(data) > 0 {
			if !utf8.Valid(data) {
				return claimdiff.Invalid(fmt.Sprintf("%s:%d", name, n), errors.New("line is not UTF-8 text"))
			}
			if ferr := fn(n, data); ferr != nil {
				var e *claimdiff.Error
				if errors.As(ferr, &e) && e.Code != claimdiff.EINVALID {
					return ferr
				}
				return claimdiff.Invalid(fmt.Sprintf("%s:%d", name, n), ferr)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

var errTooLong = fmt.Errorf("line is longer than %d MiB", MaxLine>>20)

func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > MaxLine {
			return nil, errTooLong
		}
		line = append(line, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		return line, err
	}
}
