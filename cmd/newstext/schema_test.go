package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// This file checks the command's JSON against schema.json with a small
// validator of the part of JSON Schema (draft 2020-12) that schema.json
// uses. A keyword it does not know is an error, so the schema cannot use
// one that the test would silently pass over. (A validator library would
// be a dependency of the command's tests for some 150 lines of code.)

// schemaKeywords are the keywords the validator reads; annotationKeywords
// those it accepts and ignores.
var (
	schemaKeywords = []string{"$ref", "type", "properties", "required", "additionalProperties",
		"items", "minItems", "maxItems", "minimum", "minLength", "enum", "const", "oneOf", "$defs"}
	// "format" is an annotation in draft 2020-12 unless a validator opts
	// in to asserting it.
	annotationKeywords = []string{"$schema", "$id", "title", "description", "format"}
)

// validator checks JSON values, decoded with UseNumber, against a schema.
type validator struct {
	root map[string]any
}

// validate returns the ways v breaks schema s, each with the JSON pointer
// of the value at fault.
func (vd *validator) validate(s map[string]any, v any, at string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, at+": "+fmt.Sprintf(format, args...)) }
	for k := range s {
		if !slices.Contains(schemaKeywords, k) && !slices.Contains(annotationKeywords, k) {
			fail("schema keyword %q is not known to the validator", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		target, err := vd.resolve(ref)
		if err != nil {
			fail("%v", err)
		} else {
			errs = append(errs, vd.validate(target, v, at)...)
		}
	}
	if t, ok := s["type"].(string); ok && !hasType(v, t) {
		fail("%s is not of type %s", brief(v), t)
		return errs
	}
	if c, ok := s["const"]; ok && !jsonEqual(c, v) {
		fail("%s is not %v", brief(v), c)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return jsonEqual(x, v) }) {
		fail("%s is not one of %v", brief(v), e)
	}
	if alts, ok := s["oneOf"].([]any); ok {
		var match int
		var all []string
		for i, a := range alts {
			if es := vd.validate(a.(map[string]any), v, at); len(es) == 0 {
				match++
			} else {
				all = append(all, fmt.Sprintf("(%d) %s", i, strings.Join(es, "; ")))
			}
		}
		if match != 1 {
			fail("matches %d of oneOf's %d schemas, want 1: %s", match, len(alts), strings.Join(all, " | "))
		}
	}
	switch v := v.(type) {
	case string:
		if n, ok := s["minLength"].(json.Number); ok && int64(utf8.RuneCountInString(v)) < mustInt(n) {
			fail("%s is shorter than %s", brief(v), n)
		}
	case json.Number:
		if m, ok := s["minimum"].(json.Number); ok {
			x, _ := v.Float64()
			y, _ := m.Float64()
			if x < y {
				fail("%s is less than %s", v, m)
			}
		}
	case []any:
		if n, ok := s["minItems"].(json.Number); ok && int64(len(v)) < mustInt(n) {
			fail("%d items, fewer than %s", len(v), n)
		}
		if n, ok := s["maxItems"].(json.Number); ok && int64(len(v)) > mustInt(n) {
			fail("%d items, more than %s", len(v), n)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				errs = append(errs, vd.validate(items, x, fmt.Sprintf("%s/%d", at, i))...)
			}
		}
	case map[string]any:
		if req, ok := s["required"].([]any); ok {
			for _, k := range req {
				if _, ok := v[k.(string)]; !ok {
					fail("no member %q", k)
				}
			}
		}
		props, _ := s["properties"].(map[string]any)
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if p, ok := props[k]; ok {
				errs = append(errs, vd.validate(p.(map[string]any), v[k], at+"/"+k)...)
			} else if s["additionalProperties"] == false {
				fail("member %q is not in the schema", k)
			}
		}
	}
	return errs
}

// resolve returns the schema a local reference ("#/$defs/span") names.
func (vd *validator) resolve(ref string) (map[string]any, error) {
	path, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil, fmt.Errorf("$ref %q is not local", ref)
	}
	var cur any = vd.root
	for _, part := range strings.Split(path, "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("$ref %q: no %q", ref, part)
		}
		cur = m[part]
	}
	s, ok := cur.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("$ref %q names no schema", ref)
	}
	return s, nil
}

func hasType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		return ok && !strings.ContainsAny(string(n), ".eE")
	}
	return false
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func mustInt(n json.Number) int64 {
	i, err := n.Int64()
	if err != nil {
		panic(err)
	}
	return i
}

func brief(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}

func decodeJSON(t *testing.T, data []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v: %.200s", err, data)
	}
	return v
}

// loadValidator returns a validator for schema.json.
func loadValidator(t *testing.T) *validator {
	t.Helper()
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != schemaJSON {
		t.Fatal("schema.json differs from the schema the command embeds")
	}
	return &validator{root: decodeJSON(t, data).(map[string]any)}
}

// TestSchemaValidator: the validator finds what a record can get wrong, so
// that TestSchema's passing means something.
func TestSchemaValidator(t *testing.T) {
	vd := loadValidator(t)
	good := `{"schema_version":1,"path":"a.txt","articles":[{"span":[0,10],"title":"T","teaser":false,"truncated":false,` +
		`"paragraphs":[{"text":"P","span":[2,3]}],"captions":[],"removed":[{"text":"TT","reason":"widget","span":[4,6]}],` +
		`"entities":[{"name":"Kyiv","key":"Kyiv","kind":"place","mentions":[{"text":"Kiev","span":[7,11]}]}],` +
		`"quotes":[{"text":"q","span":[1,2],"speaker":"","partial":true,"continued":false}]}]}`
	if errs := vd.validate(vd.root, decodeJSON(t, []byte(good)), ""); len(errs) > 0 {
		t.Fatalf("a good record fails: %v", errs)
	}
	for _, tt := range []struct{ name, old, new, want string }{
		{"no schema_version", `"schema_version":1,`, ``, `no member "schema_version"`},
		{"another schema_version", `"schema_version":1`, `"schema_version":2`, `is not 1`},
		{"unknown member", `"title":"T"`, `"title":"T","headline":"T"`, `/articles/0: member "headline" is not in the schema`},
		{"span of three", `"span":[0,10]`, `"span":[0,10,12]`, `/articles/0/span: 3 items, more than 2`},
		{"negative offset", `"span":[2,3]`, `"span":[-2,3]`, `/articles/0/paragraphs/0/span/0: -2 is less than 0`},
		{"offset not whole", `"span":[2,3]`, `"span":[2.5,3]`, `is not of type integer`},
		{"unknown reason", `"reason":"widget"`, `"reason":"gadget"`, `/removed/0/reason: "gadget" is not one of`},
		{"unknown kind", `"kind":"place"`, `"kind":"planet"`, `is not one of`},
		{"no mentions", `"mentions":[{"text":"Kiev","span":[7,11]}]`, `"mentions":[]`, `0 items, fewer than 1`},
		{"empty paragraph", `"text":"P"`, `"text":""`, `is shorter than 1`},
		{"bool as string", `"teaser":false`, `"teaser":"false"`, `is not of type boolean`},
		{"articles and error", `"articles":[`, `"error":"x","articles":[`, `matches 0 of oneOf's 2 schemas`},
		{"neither articles nor error", `,"articles":[{`, `,"x":[{`, `matches 0 of oneOf's 2 schemas`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(good, tt.old, tt.new, 1)
			if bad == good {
				t.Fatalf("%q is not in the record", tt.old)
			}
			errs := strings.Join(vd.validate(vd.root, decodeJSON(t, []byte(bad)), ""), "\n")
			if !strings.Contains(errs, tt.want) {
				t.Errorf("errors %q do not say %q", errs, tt.want)
			}
		})
	}
	// A keyword the validator does not know fails, so that the schema uses
	// none it would pass over.
	if errs := vd.validate(map[string]any{"pattern": "^a"}, "b", ""); len(errs) != 1 {
		t.Errorf("unknown keyword: errors %v, want one", errs)
	}
}

// TestSchema validates the real output for every fixture of the
// repository (the text dumps, the HTML pages, the entity, quote and
// dedupe texts), the records of a WARC file and a JSONL export (with url,
// date and id) and error records against schema.json, with the default
// members and with the flags that change them.
func TestSchema(t *testing.T) {
	vd := loadValidator(t)
	root := filepath.Join("..", "..", "testdata")
	fixtures := 0
	for _, suite := range []string{"article", "html", "entity", "quote", "dedupe"} {
		names, err := filepath.Glob(filepath.Join(root, suite, "*.*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			switch filepath.Ext(n) {
			case ".txt", ".html":
				fixtures++
			}
		}
	}
	if fixtures < 50 {
		t.Fatalf("%d fixtures under %s; want them all", fixtures, root)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	utf16Path := filepath.Join(t.TempDir(), "utf16.txt")
	writeFile(t, utf16Path, utf16(t, unicode.LittleEndian, storyA))
	// A WARC file and a JSONL export: records with url, date and id.
	w, pages := crawlWARC(t)
	crawl := filepath.Join(t.TempDir(), "crawl.warc.gz")
	writeFile(t, crawl, string(w.gzipped(t)))
	export, _ := jsonlExport(t)
	exportPath := filepath.Join(t.TempDir(), "export.jsonl")
	writeFile(t, exportPath, export)
	others := len(pages) + 4 + 2 // the pages, the export's 3 documents and error, UTF-16 text, a missing file
	for _, flags := range [][]string{
		{},
		{"--no-entities", "--no-quotes"},
		{"--fields", "title,body,text"},
		{"--fields", "span,quotes,entities,url,site,published"},
	} {
		t.Run(strings.Join(append([]string{"default"}, flags...)[min(len(flags), 1):], " "), func(t *testing.T) {
			args := append([]string{"-o", "jsonl"}, flags...)
			res := runCmd(t, "", append(args, root, utf16Path, crawl, exportPath, missing)...)
			if res.code != 1 {
				t.Errorf("exit status %d, want 1 (the missing file, the export's bad line); stderr %q", res.code, res.stderr)
			}
			lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
			if len(lines) != fixtures+others {
				t.Fatalf("%d records, want %d (the fixtures, UTF-16 text, the pages of a WARC file, a JSONL export and a missing file)", len(lines), fixtures+others)
			}
			kinds := map[string]int{}
			for _, line := range lines {
				v := decodeJSON(t, []byte(line))
				rec := v.(map[string]any)
				if _, ok := rec["date"]; ok {
					kinds["with url, date and id"]++
				}
				if _, ok := rec["error"]; ok {
					kinds["error"]++
				} else if _, ok := rec["text"]; ok {
					kinds["with text"]++
				} else {
					kinds["articles"]++
				}
				if errs := vd.validate(vd.root, v, ""); len(errs) > 0 {
					t.Errorf("%s: %d errors:\n%s", rec["path"], len(errs), strings.Join(errs[:min(len(errs), 5)], "\n"))
				}
			}
			// Every kind of record was checked.
			if kinds["error"] != 2 || kinds["articles"] == 0 || kinds["with text"] == 0 && !strings.Contains(strings.Join(flags, " "), "fields") ||
				kinds["with url, date and id"] != len(pages)+1 {
				t.Errorf("records checked: %v", kinds)
			}
		})
	}
	// -o json is an array of the same records.
	res := runCmd(t, "", "-o", "json", filepath.Join(root, "html"))
	arr, ok := decodeJSON(t, []byte(res.stdout)).([]any)
	if !ok || len(arr) == 0 {
		t.Fatalf("-o json: %.100s, want an array of records", res.stdout)
	}
	for i, v := range arr {
		if errs := vd.validate(vd.root, v, fmt.Sprintf("/%d", i)); len(errs) > 0 {
			t.Errorf("-o json: %v", errs)
		}
	}
}

// TestSchemaCoversArticle: the schema's article members are the
// Article's JSON members and body, and the ones it requires are those
// encoding/json always writes, so that a member added to newstext.Article
// fails here until the schema has it.
func TestSchemaCoversArticle(t *testing.T) {
	vd := loadValidator(t)
	art, err := vd.resolve("#/$defs/article")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, f := range articleFields() {
		if f.name != textField { // on the record, never on an article
			want = append(want, f.name)
		}
	}
	want = append(want, bodyField)
	got := slices.Collect(maps.Keys(art["properties"].(map[string]any)))
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("the schema's article members %v, want %v", got, want)
	}
	if _, ok := art["required"]; ok {
		t.Errorf("the article requires members; --fields may leave any out")
	}
}

// TestSchemaCommand: "newstext schema" prints schema.json.
func TestSchemaCommand(t *testing.T) {
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	res := runCmd(t, "", "schema")
	if res.code != 0 || res.stdout != string(data) || res.stderr != "" {
		t.Errorf("exit %d, stderr %q, stdout %.80q; want 0 and schema.json", res.code, res.stderr, res.stdout)
	}
	if res := runCmd(t, "", "schema", "extra"); res.code != 2 {
		t.Errorf("schema extra: exit %d, want 2", res.code)
	}
}
