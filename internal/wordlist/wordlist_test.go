package wordlist

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "list.txt")
	data := "# a comment\nKyiv\n\nKharkiv\tKharkov\n  Lviv  \r\n#Odesa\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Names(path)
	want := map[string]bool{"Kyiv": true, "Kharkiv": true, "Lviv": true}
	if err != nil || !maps.Equal(got, want) {
		t.Errorf("Names = %v, %v; want %v", got, err, want)
	}
	if _, err := Names(filepath.Join(t.TempDir(), "none.txt")); err == nil {
		t.Error("Names of a missing file: no error")
	}
}

func TestFold(t *testing.T) {
	for _, c := range [][2]string{
		{"Donets'k", "donetsk"}, {"Donets’k", "donetsk"}, {"L'viv", "lviv"}, {"Genève", "geneve"},
		{"Al Jahrāʼ", "aljahra"}, {"Ivano-Frankivsk", "ivanofrankivsk"}, {"Ōita", "oita"},
	} {
		if got := Fold(c[0]); got != c[1] {
			t.Errorf("Fold(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestMerged(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("# places\nL'viv\nGenève\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Donets’k\tDonetsk\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Merged(dir, Fold, "a.txt", "b.txt")
	want := map[string]bool{"lviv": true, "geneve": true, "donetsk": true}
	if err != nil || !maps.Equal(got, want) {
		t.Errorf("Merged(Fold) = %v, %v; want %v", got, err, want)
	}
	got, err = Merged(dir, nil, "a.txt")
	want = map[string]bool{"L'viv": true, "Genève": true}
	if err != nil || !maps.Equal(got, want) {
		t.Errorf("Merged(nil) = %v, %v; want %v", got, err, want)
	}
	if _, err := Merged(dir, Fold, "a.txt", "none.txt"); err == nil {
		t.Error("Merged with a missing file: no error")
	}
}

func TestWrite(t *testing.T) {
	var b strings.Builder
	if err := Write(&b, []string{"A list.", "Rebuild: make"}, []string{"Lviv", "Kyiv", "Lviv", "Donetsk"}); err != nil {
		t.Fatal(err)
	}
	if want := "# A list.\n# Rebuild: make\nDonetsk\nKyiv\nLviv\n"; b.String() != want {
		t.Errorf("Write = %q, want %q", b.String(), want)
	}
}
