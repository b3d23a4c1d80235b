"""Who-said-what F1 of the seed article imported in each format, against the gold.

The seed article (read from ``../shared/eval``, never copied) is written as
a PDF by the app's own writer (Qt), as .docx (python-docx), as a PDF of that
.docx made by LibreOffice (when ``soffice`` is installed), as .odt, as .eml
and as a web page served on 127.0.0.1 and imported by URL. Each goes through
the real import into a fresh case; the stored claims must slice the stored
text, and are scored with the shared scorer beside the .txt baseline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/eval_formats.py
"""

from __future__ import annotations

import argparse
import difflib
import html
import http.server
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from email.message import EmailMessage
from pathlib import Path

from eval_attribution import DEFAULT_EVAL, score

from workbench.core.services import Case

SEED_ID = "seed-syria-2011"
TITLE = "Syria's Assad faces dissent in Baath Party and army"


def paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def make_inputs(text: str, folder: Path) -> dict[str, str]:
    """Write the article in every format; returns ``{label: path or url}``."""
    import docx
    from odfdo import Document, Paragraph

    from workbench.gui.pdf import write_pdf

    made = {"txt (baseline)": folder / "seed.txt"}
    made["txt (baseline)"].write_text(text, encoding="utf-8")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
    write_pdf(f"<h1>{html.escape(TITLE)}</h1>{body}", folder / "seed-qt.pdf", title=TITLE)
    made["pdf (app's Qt writer)"] = folder / "seed-qt.pdf"
    word = docx.Document()
    word.core_properties.title = TITLE
    word.add_heading(TITLE, level=1)
    for paragraph in paragraphs(text):
        word.add_paragraph(paragraph)
    word.save(str(folder / "seed.docx"))
    made["docx (python-docx)"] = folder / "seed.docx"
    if shutil.which("soffice"):
        out = folder / "lo"
        command = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out)]
        subprocess.run([*command, str(folder / "seed.docx")], check=True, capture_output=True)
        made["pdf (LibreOffice from .docx)"] = out / "seed.pdf"
    odt = Document("text")
    for paragraph in paragraphs(text):
        odt.body.append(Paragraph(paragraph))
    odt.save(folder / "seed.odt")
    made["odt (odfdo)"] = folder / "seed.odt"
    mail = EmailMessage()
    mail["From"] = "Levant Wire desk <desk@levantwire.example>"
    mail["Subject"] = f"Fwd: {TITLE}"
    mail["Date"] = "Fri, 29 Apr 2011 10:00:00 +0000"
    mail.set_content(text)
    (folder / "seed.eml").write_bytes(bytes(mail))
    made["eml"] = folder / "seed.eml"
    page = folder / "web" / "seed.html"
    page.parent.mkdir()
    page.write_text(
        f"<html><head><title>{html.escape(TITLE)} | Levant Wire</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(TITLE)}</h1>{body}</article>"
        "<footer>Copyright Levant Wire</footer></body></html>",
        encoding="utf-8",
    )
    return {label: str(path) for label, path in made.items()}


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


WORD = re.compile(r"\w+")


def on_gold_text(stored: str, gold: str, claim: dict[str, object]) -> dict[str, object]:
    """The claim with its spans moved from the stored text onto the gold text.

    The scorer compares spans by their word positions in the gold text, and a
    PDF's or a page's stored text has the same words in other places (a title
    line first, paragraphs a blank line apart). Words are aligned, each span
    is carried over word by word; words the gold text lacks are dropped.
    """
    ours = [(m.start(), m.end()) for m in WORD.finditer(stored)]
    theirs = [(m.start(), m.end()) for m in WORD.finditer(gold)]
    matcher = difflib.SequenceMatcher(
        None,
        [stored[s:e] for s, e in ours],
        [gold[s:e] for s, e in theirs],
        autojunk=False,
    )
    mapped: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapped[block.a + k] = block.b + k
    moved = dict(claim)
    for role in ("source", "cue", "content"):
        start, end = int(str(claim[f"{role}_start"])), int(str(claim[f"{role}_end"]))
        inside = [i for i, (s, e) in enumerate(ours) if s < end and e > start]
        words = [mapped[i] for i in inside if i in mapped]
        if words:
            moved[f"{role}_start"], moved[f"{role}_end"] = theirs[words[0]][0], theirs[words[-1]][1]
        else:
            moved[f"{role}_start"] = moved[f"{role}_end"] = 0
    return moved


def import_and_predict(source: str, work: Path, pred: Path, gold: str) -> tuple[int, int]:
    """Import one input into a new case; write its claims as the scorer's ID.jsonl."""
    with Case.open(work / "case.db") as case:
        report = case.import_paths([source], match=False)
        if report.failed:
            raise SystemExit(f"{source}: {report.failed[0][1]}")
        (item,) = report.imported
        article = case.article(item.id)
        claims = case.claims()
        for claim in claims:
            x = claim.extraction
            for role in ("source", "cue", "content"):
                start, end = getattr(x, f"{role}_start"), getattr(x, f"{role}_end")
                assert article.text[start:end] == getattr(x, role), (source, role, start)
        pred.mkdir(parents=True)
        with (pred / f"{SEED_ID}.jsonl").open("w", encoding="utf-8") as fh:
            for claim in claims:
                moved = on_gold_text(article.text, gold, claim.extraction.to_dict())
                fh.write(json.dumps(moved, ensure_ascii=False) + "\n")
        return len(claims), len(article.text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = parser.parse_args()
    gold_doc = json.loads((args.eval_dir / "seed_gold.jsonl").read_text().splitlines()[0])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        gold = root / "gold.jsonl"
        gold.write_text(json.dumps(gold_doc) + "\n", encoding="utf-8")
        text = (args.eval_dir / "seed_article.txt").read_text(encoding="utf-8")
        inputs = make_inputs(text, root)
        server = serve(root / "web")
        inputs["web page by URL"] = f"http://127.0.0.1:{server.server_address[1]}/seed.html"
        print(f"{'format':<30} {'claims':>6} {'chars':>6}  {'P':>5} {'R':>5} {'F1':>5}")
        try:
            for n, (label, source) in enumerate(inputs.items()):
                work = root / f"case{n}"
                work.mkdir()
                claims, chars = import_and_predict(source, work, work / "pred", text)
                scorer = args.eval_dir / "score_attribution.py"
                wsw = score(scorer, gold, work / "pred", None, False)["who_said_what@0.5"]
                figures = f"{wsw['P']:.3f} {wsw['R']:.3f} {wsw['F1']:.3f}"
                print(f"{label:<30} {claims:>6} {chars:>6}  {figures}")
        finally:
            server.shutdown()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
