package cli

import (
	"github.com/claimdiff/claimdiff/pkg/extract"
	"github.com/claimdiff/claimdiff/pkg/pipeline"
)

// Extractor returns the claim extractor ingest runs on every article.
func Extractor() pipeline.ExtractFunc { return extract.Article }
