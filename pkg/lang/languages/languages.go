// Package languages registers every language claimdiff reads with package
// lang. Import it for its side effect wherever lexicons are looked up.
package languages

import (
	_ "github.com/claimdiff/claimdiff/pkg/lang/de" // German
	_ "github.com/claimdiff/claimdiff/pkg/lang/en" // English
	_ "github.com/claimdiff/claimdiff/pkg/lang/fr" // French
)
