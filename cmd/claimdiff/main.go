// Command claimdiff tracks where news sources disagree about figures.
// Run 'claimdiff --help' for the commands.
package main

import (
	"os"

	"github.com/claimdiff/claimdiff/pkg/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:]))
}
