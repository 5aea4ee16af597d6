// Package strip rewrites HTML pages to take away markup that older pages
// and pages written by hand lack, so that an extraction benchmark can
// show how much an extractor leans on it (internal/eval extract -strip,
// bench -strip). The rewrites are byte-level regular expressions: a page
// that hides one of these tags inside a comment or a script may come out
// different, which does not matter for a measurement.
package strip

import (
	"maps"
	"regexp"
	"slices"
)

var (
	pOpen    = regexp.MustCompile(`(?i)<p(\s[^>]*)?>`)
	pClose   = regexp.MustCompile(`(?i)</p\s*>`)
	classID  = regexp.MustCompile(`(?i)\s(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	sections = regexp.MustCompile(`(?i)<(/?)(article|main|section|header|footer|nav|aside|figure|figcaption)\b`)
	jsonLD   = regexp.MustCompile(`(?is)<script[^>]*application/ld\+json[^>]*>.*?</script>`)
)

// rewrites are the rewrites by name (see Lookup):
//
//   - brs: paragraphs as line breaks (<p> becomes <br><br>, </p> goes);
//   - divs: <p> as <div>;
//   - bare: no class or id attribute;
//   - html4: HTML5's sectioning and figure elements as <div>;
//   - nold: no schema.org JSON-LD;
//   - old: bare, html4, nold and brs together.
var rewrites = map[string]func([]byte) []byte{
	"brs": brs,
	"divs": func(b []byte) []byte {
		return pClose.ReplaceAll(pOpen.ReplaceAll(b, []byte("<div>")), []byte("</div>"))
	},
	"bare":  func(b []byte) []byte { return classID.ReplaceAll(b, nil) },
	"html4": html4,
	"nold":  func(b []byte) []byte { return jsonLD.ReplaceAll(b, nil) },
	"old": func(b []byte) []byte {
		return brs(html4(jsonLD.ReplaceAll(classID.ReplaceAll(b, nil), nil)))
	},
}

func brs(b []byte) []byte { return pClose.ReplaceAll(pOpen.ReplaceAll(b, []byte("<br><br>")), nil) }

func html4(b []byte) []byte { return sections.ReplaceAll(b, []byte("<${1}div")) }

// Lookup returns the rewrite called name.
func Lookup(name string) (func([]byte) []byte, bool) {
	f, ok := rewrites[name]
	return f, ok
}

// Names returns the names of the rewrites, sorted.
func Names() []string { return slices.Sorted(maps.Keys(rewrites)) }
