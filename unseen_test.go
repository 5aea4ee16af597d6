package newstext

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unseenFixture is a file of testdata/names/*.names: groups of spellings
// of one person, place or organisation that neither the alias table nor
// the names dev set holds, and look-alike pairs (see each file's head).
type unseenFixture struct {
	groups [][]string // the spellings of each group
	kinds  []string   // person, place or org, for each group
	apart  [][2]string
	known  [][2]string // look-alikes the rules merge today
	want   float64     // the least share of groups whole and pairwise F1
	pairs  int         // the least number of look-alike pairs the file holds
}

func readUnseen(t *testing.T, path string) unseenFixture {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var u unseenFixture
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		head, rest, ok := strings.Cut(line, " ")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(rest, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		switch head {
		case "group":
			u.kinds = append(u.kinds, fields[0])
			u.groups = append(u.groups, fields[1:])
		case "apart":
			u.apart = append(u.apart, [2]string{fields[0], fields[1]})
		case "known":
			u.known = append(u.known, [2]string{fields[0], fields[1]})
		case "want":
			if _, err := fmt.Sscan(fields[0], &u.want); err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
		case "pairs":
			if _, err := fmt.Sscan(fields[0], &u.pairs); err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return u
}

// TestUnseenNames groups the spellings of names no table knows by the
// rules alone (the zero Resolver), each group read as one batch so that a
// bare surname may join its full name, and keeps look-alikes apart. It
// reports the share of groups whose spellings all get one key and the
// pairwise grouping F1 over all spellings.
func TestUnseenNames(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "names", "*.names"))
	if len(paths) == 0 {
		t.Fatal("no testdata/names/*.names")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".names"), func(t *testing.T) {
			testUnseenNames(t, readUnseen(t, path))
		})
	}
}

func testUnseenNames(t *testing.T, u unseenFixture) {
	if len(u.groups) < 60 || u.want == 0 || u.pairs < 10 || len(u.apart)+len(u.known) < u.pairs {
		t.Fatalf("%d groups, %d look-alike pairs, want %v, pairs %d; a fixture holds 60 groups or more, a want line and a pairs line (10 or more) no larger than its pairs",
			len(u.groups), len(u.apart)+len(u.known), u.want, u.pairs)
	}
	var bare Resolver
	whole := 0
	type spelling struct{ group, key string }
	var all []spelling
	for g, group := range u.groups {
		keys := bare.KeyAll(group)
		one := true
		for i := range keys {
			if keys[i] != keys[0] {
				one = false
				t.Logf("%s: %q has key %q, %q has %q", u.kinds[g], group[i], keys[i], group[0], keys[0])
			}
			all = append(all, spelling{group[0], keys[i]})
		}
		if one {
			whole++
		}
	}
	// Pairwise grouping over every spelling of every group: a pair is
	// predicted together when the keys match (within its group's batch:
	// pairs across groups compare their keys too).
	tp, fp, fn := 0, 0, 0
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			same, together := all[i].group == all[j].group, all[i].key == all[j].key
			switch {
			case same && together:
				tp++
			case together:
				fp++
			case same:
				fn++
			}
		}
	}
	f1 := 2 * float64(tp) / float64(2*tp+fp+fn)
	share := float64(whole) / float64(len(u.groups))
	t.Logf("%d of %d groups whole (%.3f); pairwise grouping P %.3f R %.3f F1 %.3f", whole, len(u.groups), share,
		float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn), f1)
	if share < u.want || f1 < u.want {
		t.Errorf("unseen names: %.3f of groups whole, pairwise F1 %.3f; want both at least %v", share, f1, u.want)
	}
	// Look-alikes stay apart keyed alone and keyed together, as one
	// batch, where a name's longer or shorter forms may join it.
	apart := 0
	for _, p := range u.apart {
		ks := bare.KeyAll(p[:])
		switch {
		case bare.Key(p[0]) == bare.Key(p[1]):
			t.Errorf("look-alikes %q and %q share the key %q", p[0], p[1], bare.Key(p[0]))
		case ks[0] == ks[1]:
			t.Errorf("look-alikes %q and %q share the key %q in one batch", p[0], p[1], ks[0])
		default:
			apart++
		}
	}
	for _, p := range u.known {
		if bare.Key(p[0]) == bare.Key(p[1]) {
			t.Logf("known merge: %q and %q share the key %q", p[0], p[1], bare.Key(p[0]))
		} else {
			apart++
			t.Logf("%q and %q now come apart: mark them apart in the fixture", p[0], p[1])
		}
	}
	t.Logf("%d of %d look-alike pairs apart", apart, len(u.apart)+len(u.known))
}
