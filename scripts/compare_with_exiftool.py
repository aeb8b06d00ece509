"""Compare `catalog inspect`'s reading with ExifTool's on a corpus (ExifTool is the reference).

    python scripts/compare_with_exiftool.py [CORPUS_FOLDER] [EXIFTOOL_JSON]

Defaults: ../shared/corpus/exif-samples and ../shared/corpus/exif-samples.exiftool.json. Prints
per-field agreement counts over every file ExifTool could read, then each disagreement, for each
reader: `quick` (what ingest uses: the JPEG header path, falling back to the full readers) and
`full` (exifread and Pillow only, what `inspect` uses).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from catalog.metadata import Reader, read_image, read_image_full

FIELDS = {
    "make": ("EXIF:Make",), "model": ("EXIF:Model",),
    "taken_at": ("EXIF:DateTimeOriginal", "EXIF:OffsetTimeOriginal"),
    "creator": ("Composite:Creator",), "description": ("Composite:Description",),
    "copyright": ("Composite:Copyright",), "credit": ("IPTC:Credit", "XMP:Credit"),
}


def expected(entry: dict[str, Any], field: str) -> str | None:
    """ExifTool's value in our form: trimmed, lists joined with '; ', dates as ISO 8601."""
    if field == "taken_at":
        date = entry.get("EXIF:DateTimeOriginal")
        if not date or not str(date).strip(" :"):
            return None
        text = str(date)
        iso = f"{text[0:4]}-{text[5:7]}-{text[8:10]}T{text[11:19]}"
        offset = entry.get("EXIF:OffsetTimeOriginal")
        return iso + (str(offset) if offset else "")
    for key in FIELDS[field]:
        value = entry.get(key)
        if value is None:
            continue
        if isinstance(value, list):
            value = "; ".join(str(v).strip() for v in value)
        text = str(value).strip()
        return text or None
    return None


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared/corpus/exif-samples"
    reference = Path(sys.argv[2]) if len(sys.argv) > 2 else corpus.with_suffix(".exiftool.json")
    entries = json.loads(reference.read_text(encoding="utf-8"))
    for name, reader in (("quick", read_image), ("full", read_image_full)):
        print(f"reader: {name}")
        compare(entries, corpus, reader)
    return 0


def compare(entries: list[dict[str, Any]], corpus: Path, reader: Reader) -> None:
    agree = dict.fromkeys(FIELDS, 0)
    total = 0
    problems: list[str] = []
    errors: list[str] = []
    for entry in entries:
        path = corpus / entry["SourceFile"]
        meta = reader(path, None)
        if meta.error:
            errors.append(f"{entry['SourceFile']}: {meta.error}")
            continue
        total += 1
        for field in FIELDS:
            ours, theirs = getattr(meta, field), expected(entry, field)
            if ours == theirs:
                agree[field] += 1
            else:
                problems.append(f"{entry['SourceFile']}: {field}: ours {ours!r} "
                                f"exiftool {theirs!r}")
    print(f"{total} files read of {len(entries)} ({len(errors)} unreadable)")
    for field, count in agree.items():
        print(f"  {field:12} {count}/{total}")
    print(f"all fields agree on {total - len({p.split(':')[0] for p in problems})}/{total} files")
    for line in problems:
        print("  differs:", line)
    for line in errors:
        print("  unreadable:", line)


if __name__ == "__main__":
    sys.exit(main())
