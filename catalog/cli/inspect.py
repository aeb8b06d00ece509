from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from catalog.cli.options import TableOrJson, TableOrJsonOption
from catalog.render import say


def inspect(
    files: Annotated[
        list[Path],
        typer.Argument(help="Image files to read (folders: every image inside, sorted).",
                       show_default=False),
    ],
    fmt: TableOrJsonOption = TableOrJson.table,
) -> None:
    """Read image files' EXIF, IPTC and XMP without storing them."""
    # A file is read only from inside the folder given (or, for a file, the folder holding it):
    # a symlink out of it, a FIFO or a device is refused with one line (files.open_confined).
    from catalog.fields import INSPECT_KEYS
    from catalog.media import find_images
    from catalog.metadata import read_image_full, read_images
    from catalog.render import write_rows

    order: list[str] = []
    roots: dict[str, list[str]] = {}  # each file is read only from inside the folder named
    failed = 0
    for given in files:
        if given.is_dir():
            scan = find_images(given)
            for line in scan.refused:
                failed += 1
                say(f"catalog: {line}", err=True)
            found = [str(p) for p in scan.images]
            order.extend(found)
            roots.update((path, [str(given)]) for path in found)
        else:
            order.append(str(given))
    results = {meta.path: meta for meta in
               read_images([Path(p) for p in order], reader=read_image_full, roots=roots)}
    rows = []
    for path in order:
        meta = results[path]
        if meta.error:
            failed += 1
            say(f"catalog: {path}: {meta.error}", err=True)
            continue
        rows.append({key: getattr(meta, key) for key in INSPECT_KEYS})
    write_rows(rows, INSPECT_KEYS, fmt.value, title="Image metadata")
    if failed:
        raise typer.Exit(2)
