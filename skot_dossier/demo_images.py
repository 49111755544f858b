"""Fake social-media screenshots for the demo vault, drawn with Pillow.

Everything in these pictures is invented: handles, messages and names. The
pictures look like a phone screenshot (a chat or a post with comments) so
the evidence viewer has something realistic to show. No photo content is
ever drawn: where a post "has a picture", a neutral placeholder is shown.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)
BOLD_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
)

WIDTH, HEIGHT = 430, 860
BEZEL = 14
SCREEN = (BEZEL, BEZEL, WIDTH - BEZEL, HEIGHT - BEZEL)
STATUS_BAR = 34
HEADER = 64
PADDING = 14

# Header colour, own-bubble colour and background per platform look.
THEMES: dict[str, tuple[str, str, str]] = {
    "whatsapp": ("#075e54", "#dcf8c6", "#ece5dd"),
    "snapchat": ("#fffc00", "#e1f0ff", "#ffffff"),
    "discord": ("#5865f2", "#dfe3ff", "#f2f3f5"),
    "instagram": ("#c13584", "#efe3f7", "#ffffff"),
    "tiktok": ("#111111", "#e8e8e8", "#ffffff"),
    "facebook": ("#1877f2", "#dbe7ff", "#f0f2f5"),
    "x": ("#000000", "#e8f3fd", "#ffffff"),
    "youtube": ("#cc0000", "#f2f2f2", "#ffffff"),
    "other": ("#455a64", "#e3eaed", "#f7f7f7"),
}


@dataclass(frozen=True)
class Message:
    """One chat line; ``own`` lines are drawn on the right, as the phone's owner."""

    sender: str
    text: str
    time: str
    own: bool = False


@dataclass(frozen=True)
class Screenshot:
    """What a fake screenshot shows.

    ``layout`` is ``"chat"`` (bubbles) or ``"post"`` (a post with comments,
    where ``messages[0]`` is the post's caption and the rest are comments).
    """

    platform: str
    title: str
    clock: str
    messages: tuple[Message, ...]
    layout: str = "chat"
    subtitle: str = ""
    footer: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=16)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans when installed, else Pillow's built-in scalable font."""
    for path in BOLD_CANDIDATES if bold else FONT_CANDIDATES:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _wrap(
    draw: ImageDraw.ImageDraw,
    text: str,
    fnt: ImageFont.ImageFont | ImageFont.FreeTypeFont,
    width: int,
) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if draw.textlength(candidate, font=fnt) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _text_color(background: str) -> str:
    r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    return "#111111" if (r * 299 + g * 587 + b * 114) / 1000 > 150 else "#ffffff"


def _frame(shot: Screenshot) -> tuple[Image.Image, ImageDraw.ImageDraw, int]:
    header_colour, _own, background = THEMES.get(shot.platform, THEMES["other"])
    image = Image.new("RGB", (WIDTH, HEIGHT), "#d9d9d9")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, WIDTH - 1, HEIGHT - 1), radius=48, fill="#1c1c1e")
    draw.rounded_rectangle(SCREEN, radius=36, fill=background)
    left, top, right, _bottom = SCREEN
    # Status bar: clock, a notch, battery.
    draw.text((left + 28, top + 9), shot.clock, font=font(15, bold=True), fill="#111111")
    middle = WIDTH // 2
    draw.rounded_rectangle((middle - 55, top + 6, middle + 55, top + 28), radius=11, fill="#1c1c1e")
    draw.rounded_rectangle(
        (right - 58, top + 11, right - 28, top + 25), radius=4, outline="#111111", width=2
    )
    draw.rectangle((right - 55, top + 14, right - 38, top + 22), fill="#111111")
    # App header.
    y = top + STATUS_BAR
    draw.rectangle((left, y, right, y + HEADER), fill=header_colour)
    ink = _text_color(header_colour)
    draw.text((left + 18, y + 12), "<", font=font(22, bold=True), fill=ink)
    draw.ellipse((left + 42, y + 12, left + 82, y + 52), fill="#b0bec5")
    initials = "".join(w[0] for w in shot.title.lstrip("@#").split()[:2]).upper() or "?"
    draw.text(
        (left + 62, y + 32), initials[:2], font=font(15, bold=True), fill="#37474f", anchor="mm"
    )
    draw.text((left + 94, y + 12), shot.title[:30], font=font(17, bold=True), fill=ink)
    if shot.subtitle:
        draw.text((left + 94, y + 35), shot.subtitle[:40], font=font(12), fill=ink)
    return image, draw, y + HEADER + PADDING


def _chat(shot: Screenshot, image: Image.Image, draw: ImageDraw.ImageDraw, y: int) -> None:
    _header, own_colour, _background = THEMES.get(shot.platform, THEMES["other"])
    left, _top, right, bottom = SCREEN
    body, small = font(15), font(11)
    max_bubble = int((right - left) * 0.72)
    for message in shot.messages:
        lines = _wrap(draw, message.text, body, max_bubble - 24)
        line_h = 20
        text_w = max(int(draw.textlength(line, font=body)) for line in lines)
        label = "" if message.own else message.sender
        label_h = 16 if label else 0
        width = max(text_w, int(draw.textlength(label, font=small)), 44) + 24
        height = label_h + len(lines) * line_h + 26
        if y + height > bottom - 60:
            break
        x0 = right - PADDING - width if message.own else left + PADDING
        colour = own_colour if message.own else "#ffffff"
        draw.rounded_rectangle(
            (x0, y, x0 + width, y + height), radius=12, fill=colour, outline="#d0d0d0"
        )
        if label:
            draw.text((x0 + 12, y + 6), label, font=small, fill="#00897b")
        for i, line in enumerate(lines):
            draw.text((x0 + 12, y + 6 + label_h + i * line_h), line, font=body, fill="#111111")
        draw.text(
            (x0 + width - 10, y + height - 6), message.time, font=small, fill="#777777", anchor="rs"
        )
        y += height + 10
    _input_bar(draw, shot)


def _post(shot: Screenshot, image: Image.Image, draw: ImageDraw.ImageDraw, y: int) -> None:
    left, _top, right, bottom = SCREEN
    if not shot.messages:
        return
    post, comments = shot.messages[0], shot.messages[1:]
    draw.text((left + PADDING, y), post.sender, font=font(15, bold=True), fill="#111111")
    draw.text((right - PADDING, y + 2), post.time, font=font(12), fill="#777777", anchor="ra")
    y += 26
    # A neutral placeholder where the post's picture or video would be; text-only
    # posts (an empty label) have none.
    label = shot.extra.get("media_label", "[ video ]")
    if label:
        box = (left + PADDING, y, right - PADDING, y + 190)
        draw.rectangle(box, fill="#cfd8dc")
        draw.text(
            ((box[0] + box[2]) // 2, (box[1] + box[3]) // 2),
            label,
            font=font(16, bold=True),
            fill="#546e7a",
            anchor="mm",
        )
        y = box[3] + 10
    stats = shot.extra.get("stats", "")
    if stats:
        draw.text((left + PADDING, y), stats, font=font(12), fill="#555555")
        y += 20
    for line in _wrap(draw, post.text, font(15), right - left - 2 * PADDING):
        draw.text((left + PADDING, y), line, font=font(15), fill="#111111")
        y += 20
    y += 8
    draw.line((left + PADDING, y, right - PADDING, y), fill="#dddddd", width=1)
    y += 10
    for comment in comments:
        lines = _wrap(draw, comment.text, font(14), right - left - 2 * PADDING - 44)
        if y + 22 + len(lines) * 18 > bottom - 60:
            break
        draw.ellipse((left + PADDING, y, left + PADDING + 30, y + 30), fill="#b0bec5")
        x = left + PADDING + 40
        draw.text((x, y), comment.sender, font=font(13, bold=True), fill="#111111")
        draw.text((right - PADDING, y), comment.time, font=font(11), fill="#888888", anchor="ra")
        y += 18
        for line in lines:
            draw.text((x, y), line, font=font(14), fill="#222222")
            y += 18
        y += 12
    _input_bar(draw, shot, placeholder="Voeg een reactie toe…")


def _input_bar(draw: ImageDraw.ImageDraw, shot: Screenshot, placeholder: str = "Bericht") -> None:
    left, _top, right, bottom = SCREEN
    y = bottom - 52
    draw.rectangle((left, y, right, bottom - 20), fill="#f5f5f5")
    draw.rounded_rectangle(
        (left + 12, y + 6, right - 12, y + 28), radius=11, fill="#ffffff", outline="#dddddd"
    )
    draw.text((left + 26, y + 10), placeholder, font=font(13), fill="#9e9e9e")
    if shot.footer:
        draw.text((WIDTH // 2, bottom - 8), shot.footer, font=font(10), fill="#9e9e9e", anchor="ms")
    draw.rounded_rectangle(
        (WIDTH // 2 - 60, bottom - 6, WIDTH // 2 + 60, bottom - 2), radius=2, fill="#1c1c1e"
    )


def render(shot: Screenshot) -> Image.Image:
    image, draw, y = _frame(shot)
    if shot.layout == "post":
        _post(shot, image, draw, y)
    else:
        _chat(shot, image, draw, y)
    return image


def render_png(shot: Screenshot) -> bytes:
    """The screenshot as PNG bytes (deterministic for the same input)."""
    buffer = io.BytesIO()
    render(shot).save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()
