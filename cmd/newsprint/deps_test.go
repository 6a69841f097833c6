package main

import (
	"os/exec"
	"strings"
	"testing"
)

// Every process pays for the package inits of everything linked in, and a
// re-run over unchanged inputs is little more than start-up. These packages
// take milliseconds at init and newsprint needs none of them (pdfcpu's api
// package brings in go-runewidth through its form code; JSON Schema
// validation is for the tests, in export/schema).
func TestNoCostlyInitsLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		switch pkg {
		case "github.com/mattn/go-runewidth", "github.com/pdfcpu/pdfcpu/pkg/api",
			"github.com/santhosh-tekuri/jsonschema/v6", "newsprint/export/schema":
			t.Errorf("newsprint links %s", pkg)
		}
	}
}
