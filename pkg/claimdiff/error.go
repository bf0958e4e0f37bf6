package claimdiff

import (
	"errors"
	"fmt"
)

// Error codes. The command line maps each to an exit code in one place.
const (
	EINVALID  = "invalid"   // the user's input is wrong: a bad file, flag or line
	ENOTFOUND = "not_found" // a named thing does not exist
	EINTERNAL = "internal"  // anything else: a bug, a full disk
)

// Error is an error meant for the user: Message says what went wrong and,
// where it helps, what to do. Err keeps the cause for errors.Is and As.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid wraps err as invalid input, prefixed with where it happened:
// Invalid("articles/a.txt", err) reads "articles/a.txt: <err>".
func Invalid(where string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Code: EINVALID, Message: where, Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// when there is none, and "" for a nil error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}
