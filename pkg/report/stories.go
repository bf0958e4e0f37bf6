package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/pkg/claimdiff"
)

// maxStoryPlaces is how many of a story's places a table names.
const maxStoryPlaces = 4

// StoriesTable is one row per story: its key, articles, dates, places and
// disputes.
func StoriesTable(stories []claimdiff.Story) *Table {
	t := &Table{Header: []string{"STORY", "ARTICLES", "DATES", "PLACES", "DISPUTES"}}
	for _, s := range stories {
		places := s.Places
		more := ""
		if len(places) > maxStoryPlaces {
			more = fmt.Sprintf(" +%d", len(places)-maxStoryPlaces)
			places = places[:maxStoryPlaces]
		}
		t.Append(s.Key, fmt.Sprint(s.Articles), storyDates(&s), strings.Join(places, ", ")+more, fmt.Sprint(s.Disputes))
	}
	return t
}

// storyDates is "2024-11-05 – 2024-11-13", one date for one day, or
// "undated".
func storyDates(s *claimdiff.Story) string {
	switch {
	case s.Since.IsZero():
		return "undated"
	case s.Since.Equal(s.Until):
		return claimdiff.FormatDate(s.Since)
	}
	return claimdiff.FormatDate(s.Since) + " – " + claimdiff.FormatDate(s.Until)
}

type storyJSON struct {
	Story    string   `json:"story"`
	Place    *string  `json:"place"`
	Articles int      `json:"articles"`
	Since    *string  `json:"since"`
	Until    *string  `json:"until"`
	Places   []string `json:"places"`
	Disputes int      `json:"disputes"`
}

// WriteStoriesJSON writes stories in the documented JSON shape.
func WriteStoriesJSON(w io.Writer, stories []claimdiff.Story) error {
	out := make([]storyJSON, len(stories))
	for i, s := range stories {
		out[i] = storyJSON{Story: s.Key, Place: nullable(s.Place), Articles: s.Articles,
			Since: nullable(claimdiff.FormatDate(s.Since)), Until: nullable(claimdiff.FormatDate(s.Until)),
			Places: s.Places, Disputes: s.Disputes}
		if out[i].Places == nil {
			out[i].Places = []string{}
		}
	}
	return writeJSON(w, out)
}
