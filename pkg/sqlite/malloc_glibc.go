//go:build linux && cgo

package sqlite

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

// keepHeap stops glibc from handing the C heap back to the system after
// every large free. SQLite's page cache allocates and frees pages all the
// time; with glibc's defaults the heap is trimmed and grown again over and
// over, and the page faults and TLB flushes that follow doubled the time
// of a large ingest on our virtual machines.
static void keepHeap(void) {
#ifdef __GLIBC__
	mallopt(M_TRIM_THRESHOLD, 256 << 20);
	mallopt(M_TOP_PAD, 64 << 20);
#endif
}
*/
import "C"

func init() { C.keepHeap() }
