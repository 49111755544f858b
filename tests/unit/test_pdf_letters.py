"""Rendered letters read back from the PDF: what a recipient or an auditor would see."""

from __future__ import annotations

import builtins
import dataclasses
import io
import os
import re
import shutil
import subprocess
import tempfile

import pytest
from pypdf import PdfReader

from skot_dossier.documents import (
    LetterError,
    LetterRequest,
    Recipient,
    compose,
    letter_ids,
    letter_template,
    render_pdf,
)
from skot_dossier.documents.samples import SAMPLE_FIELDS, sample_request

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)

IDS = letter_ids()
RUNNING_LINES = re.compile(r"^\s*(Controlegetal: .*|.*Pagina \d+ van \d+|.*· Ons kenmerk: .*)$")


def pdf_pages(pdf: bytes, *, layout: bool = False) -> list[str]:
    """pdftotext output per page (read from memory, never from a file)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
    out = subprocess.run(args, input=pdf, capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def flat(pdf: bytes) -> str:
    """The letter's text without running heads/footers, whitespace collapsed."""
    lines = [
        line
        for page in pdf_pages(pdf)
        for line in page.splitlines()
        if not RUNNING_LINES.match(line)
    ]
    return re.sub(r"\s+", " ", " ".join(lines))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def render(request: LetterRequest, **kwargs: object) -> bytes:
    return render_pdf(compose(request), request, **kwargs)


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    return {letter_id: render(sample_request(letter_id)) for letter_id in IDS}


@pytest.mark.parametrize("letter_id", IDS)
def test_every_letter_prints_its_required_elements(rendered, letter_id):
    request = sample_request(letter_id)
    letter = compose(request)
    pdf = rendered[letter_id]
    text = flat(pdf)
    assert "Vriezenveen, 25 november 2026" in text
    assert re.search(rf"Ons kenmerk:\s+{re.escape(request.reference)}", text)
    assert re.search(rf"Betreft:\s+{re.escape(norm(letter.subject))}", text)
    assert letter.salutation in text
    assert "Met vriendelijke groet," in text
    signer = request.signer
    assert f"{signer.name} {signer.role} {signer.mandate}" in text
    for paragraph in (*letter.paragraphs, *letter.clause):
        assert norm(paragraph) in text
    if letter.clause_heading:
        assert letter.clause_heading in text
    assert ("Aangetekend" in text) == letter_template(letter_id).registered_post


@pytest.mark.parametrize("letter_id", IDS)
def test_every_field_value_is_printed(rendered, letter_id):
    text = flat(rendered[letter_id])
    template = letter_template(letter_id)
    sample = SAMPLE_FIELDS[letter_id]
    # Optional fields the sample fills are printed: it switches their flags on.
    for name in (*template.required, *(n for n in template.optional if n in sample)):
        assert norm(sample[name]) in text, name


@pytest.mark.parametrize("letter_id", IDS)
def test_every_page_is_numbered_and_carries_the_audit_head(rendered, letter_id):
    request = sample_request(letter_id)
    pages = pdf_pages(rendered[letter_id])
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {total}" in page
        assert f"Controlegetal: {request.audit_anchor}" in page


@pytest.mark.parametrize(
    ("letter_id", "period"),
    [
        ("staff_decision_reprimand", "zes weken"),
        ("staff_decision_suspension_order", "zes weken"),
        ("staff_decision_suspension_penalty", "zes weken"),
        ("pupil_suspension", "zes weken"),
        ("pupil_intention_removal", "zes weken"),
        ("pupil_decision_removal", "zes weken"),
        ("staff_summary_dismissal", "twee maanden"),
    ],
)
def test_clauses_print_the_right_period(rendered, letter_id, period):
    assert f"binnen {period}" in flat(rendered[letter_id])


def test_registered_post_is_marked_above_the_address():
    pdf = render(sample_request("staff_intention_reprimand"))
    lines = [line.strip() for line in pdf_pages(pdf)[0].splitlines() if line.strip()]
    marked = lines.index("Aangetekend")
    assert lines[marked + 1] == "Łukasz Wójcik"


def test_unicode_names_print_exactly():
    names = {"Şeyma Yılmaz", "Łukasz Wójcik", "Nguyễn Thị Lan", "Ærøskøbing Ðorđević"}
    request = sample_request("staff_warning", facts="Betrokken: " + ", ".join(sorted(names)) + ".")
    request = dataclasses.replace(
        request,
        recipient=Recipient("Nguyễn Thị Lan", "mevrouw", ("Fictiefstraat 1",), "Nguyễn"),
    )
    text = flat(render(request))
    for name in names:
        assert name in text
    assert "Geachte mevrouw Nguyễn," in text


def test_the_font_is_embedded():
    pdf = render(sample_request("staff_decision_reprimand"), draft=True)
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded TrueType
    assert fonts and all("DejaVuSans" in name for name in fonts)


def test_user_text_prints_literally_and_keeps_line_breaks():
    nasty = "<b>vet</b> & <script>alert(1)</script> a > b &amp; <br/> <font size=40>x</font>"
    request = sample_request("staff_warning", facts=f"{nasty}\nregel twee\nregel drie")
    request = dataclasses.replace(
        request,
        recipient=Recipient("<i>Jan</i> & Zn", "neutral", ("Straat <1>",), "<i>Jan</i>"),
        reference="VBO/<2026>&1",
    )
    pdf = render(request)
    text = flat(pdf)
    assert nasty in text
    assert "<i>Jan</i> & Zn" in text and "Straat <1>" in text and "VBO/<2026>&1" in text
    page = pdf_pages(pdf, layout=True)[0]
    assert re.search(r"\n\s*regel twee\s*\n\s*regel drie", page)


def test_edited_paragraphs_are_escaped_too():
    request = sample_request("staff_warning")
    letter = compose(request).with_paragraphs(["Zie <a href='x'>link</a> & meer"])
    text = flat(render_pdf(letter, request))
    assert "Zie <a href='x'>link</a> & meer" in text


def test_metadata_names_the_type_and_foundation_but_no_person():
    request = sample_request("staff_decision_suspension_order")
    reader = PdfReader(io.BytesIO(render(request)))
    meta = reader.metadata
    assert meta.title == "Besluit schorsing als ordemaatregel"
    assert meta.author == "Stichting Voorbeeldonderwijs Noordoost"
    everything = " ".join(str(v) for v in meta.values())
    people = ["Wójcik", "Łukasz", request.signer.name, "ter Voorde", "Bosch-Kamphuis"]
    for person in people:
        assert person not in everything
    for letter_id in IDS:
        sample = sample_request(letter_id)
        meta = PdfReader(io.BytesIO(render(sample))).metadata
        values = " ".join(str(v) for v in meta.values())
        persons = [sample.signer.name, "Yılmaz", "Nguyễn", "Wójcik"]
        if sample.recipient.family_name:  # a person, not an organisation
            persons.append(sample.recipient.name)
        for person in persons:
            assert person not in values


def test_same_input_gives_the_same_bytes():
    request = sample_request("pupil_decision_removal")
    first = render(request)
    render(sample_request("staff_warning"))  # font state of another letter in between
    assert render(request) == first


def test_a_long_body_flows_onto_a_second_page():
    request = sample_request("staff_warning")
    letter = compose(request)
    assert len(pdf_pages(render_pdf(letter, request))) == 1
    long_letter = letter.with_paragraphs([*letter.paragraphs, *(["Aanvullende feiten. " * 30] * 3)])
    pages = pdf_pages(render_pdf(long_letter, request))
    assert len(pages) == 2
    assert "Pagina 1 van 2" in pages[0] and "Pagina 2 van 2" in pages[1]
    assert "Met vriendelijke groet," in pages[1]
    assert "Ons kenmerk: " + request.reference in pages[1]  # running head on later pages


def test_a_draft_is_marked_and_lists_what_to_verify():
    request = sample_request("staff_decision_reprimand")
    letter = compose(request)
    assert letter.to_verify
    draft = render_pdf(letter, request, draft=True)
    final = render_pdf(letter, request)
    draft_text = PdfReader(io.BytesIO(draft)).pages[0].extract_text()
    final_text = PdfReader(io.BytesIO(final)).pages[0].extract_text()
    assert "CONCEPT" in draft_text and "CONCEPT" not in final_text
    assert "te verifiëren vóór verzending" in flat(draft)
    assert "verifiëren" not in flat(final)


def test_logo_is_drawn_and_a_broken_logo_is_a_letter_error():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (20, 80, 160)).save(buffer, "PNG")
    request = sample_request("invitation_staff")
    with_logo = dataclasses.replace(
        request, letterhead=dataclasses.replace(request.letterhead, logo_png=buffer.getvalue())
    )
    reader = PdfReader(io.BytesIO(render(with_logo)))
    assert reader.pages[0].images
    broken = dataclasses.replace(
        request, letterhead=dataclasses.replace(request.letterhead, logo_png=b"not a png")
    )
    with pytest.raises(LetterError):
        render(broken)


def test_text_and_request_must_be_the_same_letter():
    with pytest.raises(LetterError):
        render_pdf(compose(sample_request("staff_warning")), sample_request("parents_warning"))


def test_rendering_writes_nothing_to_disk(monkeypatch):
    request = sample_request("pupil_suspension")
    letter = compose(request)
    render_pdf(letter, request)  # fonts and templates are loaded (read-only) before

    real_open, real_os_open = builtins.open, os.open

    def guarded_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"render_pdf opened {file!r} for writing")
        return real_open(file, mode, *args, **kwargs)

    def guarded_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise AssertionError(f"render_pdf opened {path!r} for writing")
        return real_os_open(path, flags, *args, **kwargs)

    def no_temp(*args, **kwargs):
        raise AssertionError("render_pdf made a temporary file")

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(os, "open", guarded_os_open)
    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, name, no_temp)
    assert render_pdf(letter, request, draft=True).startswith(b"%PDF-")


@pytest.mark.parametrize("letter_id", IDS)
def test_every_letter_renders_to_a_non_trivial_image(rendered, letter_id, tmp_path):
    pdf_path = tmp_path / f"{letter_id}.pdf"
    pdf_path.write_bytes(rendered[letter_id])
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf_path), str(tmp_path / "page")], check=True
    )
    images = sorted(tmp_path.glob("page*.png"))
    assert len(images) == len(pdf_pages(rendered[letter_id]))
    from PIL import Image

    for image_path in images:
        assert image_path.stat().st_size > 5_000
        with Image.open(image_path) as image:
            grey = image.convert("L")
            width, height = grey.size
            # Ink in the body and nothing printed over the right margin.
            body = grey.crop((int(width * 0.12), int(height * 0.1), int(width * 0.9), height))
            assert body.getextrema()[0] < 100
            margin = grey.crop((int(width * 0.93), 0, width, height))
            assert margin.getextrema()[0] > 200


def test_enclosures_and_copies_are_listed():
    request = dataclasses.replace(
        sample_request("staff_intention_reprimand"),
        enclosures=("Schermafbeelding van het bericht",),
        cc=("Personeelsdossier", "Mr. Q. Verzonnen, advocaat"),
    )
    text = flat(render(request))
    assert (
        "Bijlagen: – Verslag van het gesprek van 10 november 2026 "
        "– Schermafbeelding van het bericht" in text
    )
    assert "Afschrift aan: – Personeelsdossier – Mr. Q. Verzonnen, advocaat" in text
    single = flat(render(dataclasses.replace(request, enclosures=(), cc=("Personeelsdossier",))))
    assert "Bijlage: Verslag van het gesprek van 10 november 2026" in single
    assert "Afschrift aan: Personeelsdossier" in single


def test_extreme_user_text_still_lays_out():
    request = sample_request("staff_warning")
    url = "https://voorbeeld.invalid/" + "a" * 400
    huge = " ".join(["Zeer lange feitenbeschrijving."] * 900)
    letter = compose(request).with_paragraphs([url, huge])
    long_anchor = "f" * 200
    pages = pdf_pages(render_pdf(letter, dataclasses.replace(request, audit_anchor=long_anchor)))
    total = len(pages)
    assert total >= 3
    assert f"Pagina {total} van {total}" in pages[-1]
    assert "Met vriendelijke groet," in pages[-1]


def test_decomposed_accents_print_as_the_composed_letter():
    decomposed = "Nguye\u0302\u0303n Thi\u0323 Lan"
    request = sample_request("staff_warning", facts=f"Melding door {decomposed}.")
    assert "Melding door Nguyễn Thị Lan." in flat(render(request))


@pytest.mark.parametrize("letter_id", ["staff_summary_dismissal", "pupil_decision_removal"])
def test_no_heading_salutation_or_signature_is_left_alone_at_a_page_edge(letter_id):
    request = sample_request(letter_id)
    letter = compose(request)
    for extra_lines in range(0, 40, 3):
        filler = ["Aanvullende toelichting bij de feiten en omstandigheden. " * 2] * extra_lines
        edited = letter.with_paragraphs([*letter.paragraphs, *filler])
        pages = pdf_pages(render_pdf(edited, request))
        for page in pages:
            lines = [
                line.strip()
                for line in page.splitlines()
                if line.strip() and not RUNNING_LINES.match(line)
            ]
            assert lines[-1] not in (letter.clause_heading, letter.salutation), extra_lines
            assert lines[0] != "Met vriendelijke groet,", extra_lines
            assert lines[0] != request.signer.name, extra_lines
