package census

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCommonSurnames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dist.all.last")
	data := "SMITH          1.006  1.006      1\nJOHNSON        0.810  1.816      2\nWILLIAMS       0.699  2.515      3\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := CommonSurnames(path, 2)
	if err != nil || len(got) != 2 || !got["smith"] || !got["johnson"] || got["williams"] {
		t.Errorf("CommonSurnames(2) = %v, %v; want smith and johnson", got, err)
	}
	if _, err := CommonSurnames(path, 5); err == nil {
		t.Error("CommonSurnames(5) of three names: no error")
	}
}
