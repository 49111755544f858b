"""Letter cost: our compose + render_pdf next to a bare reportlab page with the same text.

Prints, measured in the same run on this machine:
- a bare reportlab document: the same letter text as plain Paragraphs in the same
  embedded TTF font (SimpleDocTemplate, no letterhead, no page numbering);
- our pipeline for a typical decision letter (template + fields -> LetterText ->
  PDF with letterhead, window address, running head, "Pagina n van m", audit
  head) and its ratio to the bare document;
- a batch of 500 such letters, one after another.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from skot_dossier.documents import compose, render_pdf  # noqa: E402
from skot_dossier.documents.fonts import register_fonts  # noqa: E402
from skot_dossier.documents.pdf import markup  # noqa: E402
from skot_dossier.documents.samples import sample_request  # noqa: E402

LETTER_ID = "staff_decision_suspension_order"
ROUNDS = 30
BATCH = 500


def timed(fn, rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    fonts = register_fonts()
    request = sample_request(LETTER_ID)
    letter = compose(request)
    texts = [
        letter.subject,
        letter.salutation,
        *letter.paragraphs,
        letter.clause_heading,
        *letter.clause,
        letter.closing,
        request.signer.name,
        request.signer.role,
    ]
    style = ParagraphStyle("bare", fontName=fonts.regular, fontSize=9.5, leading=13.5)

    def bare() -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm)
        doc.build([Paragraph(markup(t, fonts), style) for t in texts])
        return buffer.getvalue()

    def ours() -> bytes:
        return render_pdf(compose(request), request)

    bare(), ours()  # warm-up: font subsetting tables, Babel locale data, templates
    bare_s, ours_s = timed(bare), timed(ours)
    start = time.perf_counter()
    total_bytes = sum(len(ours()) for _ in range(BATCH))
    batch_s = time.perf_counter() - start

    print(f"letter: {LETTER_ID} ({len(ours())} bytes, median of {ROUNDS} runs)")
    print(f"bare reportlab, same text and font {bare_s * 1000:8.1f} ms")
    print(f"SKOT compose + render_pdf          {ours_s * 1000:8.1f} ms")
    print(f"ratio ours / bare                  {ours_s / bare_s:8.2f}")
    print(
        f"batch of {BATCH} letters              {batch_s:8.2f} s "
        f"({batch_s / BATCH * 1000:.1f} ms/letter, {total_bytes / 1e6:.1f} MB of PDF)"
    )


if __name__ == "__main__":
    main()
