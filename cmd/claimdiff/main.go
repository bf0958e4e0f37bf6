// Command claimdiff tracks where news sources disagree about figures.
// Run 'claimdiff --help' for the commands.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/claimdiff/claimdiff/pkg/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, cli.System(), os.Args[1:])
	stop()
	os.Exit(code)
}
