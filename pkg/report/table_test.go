package report

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFitColumns(t *testing.T) {
	for _, tc := range []struct {
		desc    string
		natural []int
		width   int
		want    []int
	}{
		{"everything fits: every column whole", []int{12, 8, 30}, 80, []int{12, 8, 30}},
		{"the short columns whole, the long ones share the rest", []int{12, 8, 3, 29, 10, 101}, 80, []int{12, 8, 3, 14, 10, 14}},
		{"one long column takes what the others leave", []int{12, 8, 120}, 80, []int{12, 8, 50}},
		{"a very narrow terminal: wrapped columns keep a least width", []int{30, 40}, 20, []int{10, 10}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			got := fitColumns(tc.natural, tc.width)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("fitColumns(%v, %d) = %v, want %v", tc.natural, tc.width, got, tc.want)
			}
		})
	}
}

// On a terminal of 80 columns, no line of a table is wider, however long
// its cells.
func TestBoxedTablesFitTheTerminal(t *testing.T) {
	tbl := &Table{Header: []string{"ID", "SEVERITY", "GAP", "QUANTITY", "SINCE", "WHO SAYS WHAT"}}
	tbl.Append("d-fa7d89fb1d", "major", "20%", "north korean troops in Kursk", "2024-11-05",
		"Antony Blinken 7,200–8,800 · Pat Ryder ≥10,000 · US government ≥10,000 · Volodymyr Zelensky 11,000")
	for _, width := range []int{80, 100, 120} {
		var b strings.Builder
		if err := tbl.Render(&b, FormatTable, Display{TTY: true, Width: width}); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if n := utf8.RuneCountInString(line); n > width {
				t.Errorf("width %d: a line of %d characters:\n%s", width, n, b.String())
				break
			}
		}
		if !strings.Contains(b.String(), "2024-11-05 ") || !strings.Contains(b.String(), " d-fa7d89fb1d ") {
			t.Errorf("width %d: a short column was wrapped:\n%s", width, b.String())
		}
	}
}

// In a pipe, --header puts the columns' names before the rows.
func TestTSVHeader(t *testing.T) {
	tbl := &Table{Header: []string{"ID", "GAP"}}
	tbl.Append("d-1", "20%")
	for _, tc := range []struct {
		header bool
		want   string
	}{{false, "d-1\t20%\n"}, {true, "ID\tGAP\nd-1\t20%\n"}} {
		var b strings.Builder
		if err := tbl.Render(&b, FormatTable, Display{Header: tc.header}); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("header %v: %q, want %q", tc.header, b.String(), tc.want)
		}
	}
}
