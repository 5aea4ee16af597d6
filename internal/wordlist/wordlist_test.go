package wordlist

import (
	"maps"
	"os"
	"path/filepath"
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
