package pipeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// ErrLocked is returned when another run holds the output directory.
var ErrLocked = errors.New("output directory is in use by another newsprint run")

// lock holds flocks on lock files. The kernel drops them when the process
// dies, so a killed run never leaves a stale lock behind.
type lock struct{ fs []*os.File }

// lockOut locks the output directory whose state directory is sdir. An
// unsharded run holds OUT/.newsprint/lock exclusively. A shard holds it
// shared, so that shards run side by side but never beside an unsharded
// run (which would redo their inputs and remove their temporary files),
// and holds its own lock.shard-K-of-N exclusively.
func lockOut(sdir, tag string) (*lock, error) {
	how := syscall.LOCK_EX
	if tag != "" {
		how = syscall.LOCK_SH
	}
	f, err := acquireFlock(filepath.Join(sdir, "lock"), how)
	if err != nil {
		return nil, err
	}
	l := &lock{fs: []*os.File{f}}
	if tag != "" {
		if f, err = acquireFlock(filepath.Join(sdir, "lock"+tag), syscall.LOCK_EX); err != nil {
			l.release()
			return nil, err
		}
		l.fs = append(l.fs, f)
	}
	return l, nil
}

// acquireFlock opens file and takes its flock (how: LOCK_EX or LOCK_SH)
// without waiting; ErrLocked when another run holds it.
func acquireFlock(file string, how int) (*os.File, error) {
	f, err := os.OpenFile(file, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w%s: lock %s", ErrLocked, lockHolder(f, how), file)
		}
		return nil, fmt.Errorf("lock %s: %w", file, err)
	}
	if how == syscall.LOCK_EX {
		// The pid is only for the message above; the flock is the lock.
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

// lockHolder names, for the message, who holds the lock of f that a
// request how could not take. Only an exclusive holder writes its pid: a
// lock that can still be shared is held by shards, and the pid in the file
// is an earlier run's, dead or its number since reused by another process.
func lockHolder(f *os.File, how int) string {
	if how == syscall.LOCK_EX && syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB) == nil {
		return " (a --shard run holds it)"
	}
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	if pid, err := strconv.Atoi(strings.TrimSpace(string(b[:n]))); err == nil {
		return fmt.Sprintf(" (pid %d)", pid)
	}
	return ""
}

func (l *lock) release() {
	for i := len(l.fs) - 1; i >= 0; i-- {
		syscall.Flock(int(l.fs[i].Fd()), syscall.LOCK_UN)
		l.fs[i].Close()
	}
}
