package claimdiff

import (
	"net/url"
	"strings"
)

// UnknownOutlet names the outlet of an article that has neither an outlet
// nor a URL: reports say so rather than show the article's file name.
const UnknownOutlet = "unknown outlet"

// ArticleURL returns the URL of the claim's article: the stored one, else
// the article's key when that is a web address; "" when neither is known.
func (c *Claim) ArticleURL() string {
	if c.URL != "" {
		return c.URL
	}
	if WebURL(c.Article) {
		return c.Article
	}
	return ""
}

// OutletName names who published the claim's article, for people: the
// outlet; else the host its URL is on ("www.krone.at" is "krone.at"); else
// UnknownOutlet. It is never a file name.
func (c *Claim) OutletName() string {
	if c.Outlet != "" {
		return c.Outlet
	}
	if h := HostName(c.ArticleURL()); h != "" {
		return h
	}
	return UnknownOutlet
}

// WebURL reports whether s is an absolute http or https URL with a host:
// the only addresses reports make links of, so that a stored
// "javascript:" or "file:" address never becomes one.
func WebURL(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// HostName returns the host of a web URL without a leading "www." and
// without a port, in lower case: "https://www.krone.at/123" is "krone.at".
// It returns "" for anything that is not a web URL.
func HostName(s string) string {
	if !WebURL(s) {
		return ""
	}
	u, _ := url.Parse(s)
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}
