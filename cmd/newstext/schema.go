package main

import (
	_ "embed"
	"io"
)

// schemaJSON is the JSON Schema (draft 2020-12) of the records that
// -o json and -o jsonl write: schema.json beside this file, which
// TestSchema holds to the real output of every fixture.
//
//go:embed schema.json
var schemaJSON string

// runSchema prints the JSON Schema of the records.
func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("newstext schema", "newstext schema", `
Schema prints the JSON Schema (draft 2020-12) of the records that
newstext -o json and -o jsonl write: one object per input, with its
schema_version, path, text and articles, or its error.`)
	if status := c.parseNoOperands(args, stdout, stderr); status >= 0 {
		return status
	}
	io.WriteString(stdout, schemaJSON)
	return 0
}
