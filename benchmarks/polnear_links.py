"""Links proposed on real political news: PolNeAR's dev articles, a sample to judge by hand.

PolNeAR (``../shared/eval/polnear``, read there, never copied) has 84 dev
articles from US outlets in 2016, many on the same stories, with no gold
links. This writes them to a temporary folder as text files (title, date
and outlet in the front matter the importer reads), imports them into a
temporary case, runs ``workbench match`` as a user would, and prints the
number of links and a seeded random sample of them, each with both claims
and the link's relation and reasons, for a person to judge: is this the
same fact, and is the relation right?

    python benchmarks/polnear_links.py [--sample 30] [--seed 1] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def write_articles(folder: Path) -> int:
    """The dev articles as Markdown files with front matter; how many."""
    rows = [json.loads(x) for x in (EVAL / "polnear" / "dev_train.jsonl").open(encoding="utf-8")]
    dev = [r for r in rows if r.get("split") == "dev"]
    for row in dev:
        front = (
            f"---\ntitle: {json.dumps(row.get('title') or row['id'])}\n"
            f"outlet: {json.dumps(row.get('publisher') or '')}\n"
            f"date: {json.dumps(row.get('publication_date') or '')}\n---\n\n"
        )
        (folder / f"{row['id'][:80]}.md").write_text(front + row["text"], encoding="utf-8")
    return len(dev)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the sample as JSON lines")
    args = parser.parse_args()
    workbench = str(Path(sys.executable).with_name("workbench"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_articles(folder)
        db = str(Path(tmp) / "case.db")
        subprocess.run([workbench, "--db", db, "import", str(folder)], check=True,
                       capture_output=True)  # fmt: skip
        out = subprocess.run([workbench, "--db", db, "match", "--format", "jsonl"], check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
    links = [json.loads(x) for x in out.splitlines() if x.strip()]
    print(f"{count} articles, {len(links)} links proposed "
          f"({sum(x['relation'] == 'conflicts' for x in links)} conflicts)")  # fmt: skip
    picked = random.Random(args.seed).sample(links, min(args.sample, len(links)))
    for n, link in enumerate(picked, start=1):
        if args.json:
            print(json.dumps({"n": n, "relation": link["relation"], "reasons": link["reasons"],
                              "a": link["a"]["content"], "b": link["b"]["content"]}))  # fmt: skip
            continue
        print(f"\n{n}. {link['relation']} {link['score']}: {'; '.join(link['reasons'][:3])}")
        for side in "ab":
            claim = link[side]
            print(f"   {claim['article']['outlet'][:20]:20} {claim['source'][:25]!r}: "
                  f"{claim['content'][:160]}")  # fmt: skip


if __name__ == "__main__":
    main()
