#!/usr/bin/env python3
"""mktopicteasers.py --kit SEGMENT --src EXTRACTION --pages a|b --seed N --n N --out DIR

Teaser lists in which snippets come in same-topic pairs (as a front page
shows two stories on one event), built with the segment kit's own
functions from one half of the pages. Every file: 1-2 same-topic pairs
and 3-8 random other snippets, shuffled. Gold in the kit's format (kind
"teasers"), with score.py beside. SEGMENT is the segment kit's folder
(shared/eval/segment, holding make.py and score.py), EXTRACTION the
extraction set its pages come from (shared/eval/extraction).

    python3 internal/eval/kit/mktopicteasers.py --kit ../shared/eval/segment \
        --src ../shared/eval/extraction --pages b --seed 72 --out /tmp/topB
    go run ./internal/eval segment -data /tmp/topB
"""
import argparse, json, os, random, sys, shutil

ap = argparse.ArgumentParser()
ap.add_argument("--kit", required=True); ap.add_argument("--src", required=True)
ap.add_argument("--pages", required=True); ap.add_argument("--seed", type=int, required=True)
ap.add_argument("--n", type=int, default=100); ap.add_argument("--out", required=True)
args = ap.parse_args()
sys.path.insert(0, args.kit)
import make  # the kit's generator: its sentence cutting, topics and layout

arts = make.load_articles(args.src, pages=args.pages)
pairs = make.topic_pairs(arts, 0.35)
rng = random.Random(args.seed)
pool = make.Pool(rng, len(arts))
dev = os.path.join(args.out, "dev"); os.makedirs(dev, exist_ok=True)
shutil.copy(os.path.join(args.kit, "score.py"), args.out)
for fi in range(1, args.n + 1):
    chosen = []
    for _ in range(rng.choice([1, 2])):
        _, a, b = rng.choice(pairs)
        if a not in chosen and b not in chosen:
            chosen += [a, b]
    chosen += pool.take(rng.randint(3, 8), exclude=chosen)
    rng.shuffle(chosen)
    blocks = []
    for i in chosen:
        line = make.teaser_line(rng, arts[i])
        blocks.append(([line], None, arts[i]["id"], {"paragraphs": [line], "caption": None}))
    text, stories = make.assemble(rng, blocks, "teasers")
    name = "%03d" % fi
    open(os.path.join(dev, name + ".txt"), "w", encoding="utf-8", newline="\n").write(text)
    gold = {"kind": "teasers", "stories": stories, "bytes": len(text.encode("utf-8")), "seed": args.seed}
    json.dump(gold, open(os.path.join(dev, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(pairs), "pairs")
