"""Canonical camera names from the lensfun camera database.

PLACEHOLDER INTERFACE: being replaced by the real implementation (lensfun XML, defusedxml).
Other modules may import these names; their signatures are fixed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Body:
    """One camera body as lensfun knows it."""

    name: str  # canonical: English maker, space, English model without a repeated maker
    maker: str  # English maker name, e.g. "Sony"
    model: str  # English model name, e.g. "Alpha 7 III"
    exif_make: str  # maker as lensfun stores it for EXIF matching, e.g. "Sony"
    exif_model: str  # model as EXIF writes it, e.g. "ILCE-7M3"
    mount: str | None = None
    crop_factor: float | None = None


def body_from_caption(text: str) -> Body | None:
    """The body a caption (or a user's --camera) names, e.g. 'Sony Alpha a7 III', or None."""
    return None


def body_from_exif(make: str | None, model: str | None) -> Body | None:
    """The body an EXIF Make/Model pair names, e.g. ('SONY', 'ILCE-7M3'); None if unknown."""
    return None


def tidy_camera_name(text: str) -> str:
    """A tidy form of a camera name the database lacks (whitespace collapsed, maker once)."""
    return " ".join(text.split())


def camera_from_caption(text: str | None) -> str | None:
    """Canonical name of the camera a caption names; None when absent or unknown to lensfun."""
    if not text:
        return None
    body = body_from_caption(text)
    return body.name if body else None


def camera_from_exif(make: str | None, model: str | None) -> str | None:
    """Canonical name for an EXIF Make/Model pair; a tidy form when lensfun lacks the body;
    None when both are empty."""
    body = body_from_exif(make, model)
    if body:
        return body.name
    parts = [p.strip() for p in (make, model) if p and p.strip()]
    return tidy_camera_name(" ".join(parts)) if parts else None
