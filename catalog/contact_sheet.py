"""The contact sheet: one self-contained HTML page of photos beside their captions, credits,
cameras and findings, for people who would rather look than read.

Thumbnails are made with Pillow (EXIF orientation applied), cached by the file's content hash,
and embedded as data URIs so the page needs no network and no files beside it. Every caption
string is untrusted and escaped. Large catalogs are split into pages of `page_size` captions.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from catalog import audit
from catalog.errors import CatalogError, RefusedPath
from catalog.files import (
    IMAGE_LIMIT,
    RealFolders,
    cache_home,
    publish,
    read_confined,
    real_folders,
    staging_folder,
    write_cache_file,
)
from catalog.paths import fs_name

THUMB_SIZE = 360
DEFAULT_PAGE_SIZE = 500


@dataclass(frozen=True)
class SheetReport:
    pages: tuple[Path, ...]
    captions: int
    thumbnails: int
    cached: int
    refused: tuple[str, ...] = ()  # one line per image file not opened, naming it and why


def default_cache_dir() -> Path:
    home = cache_home()
    if home is None:  # no home folder: a cache for this run only
        return Path(tempfile.gettempdir()) / "caption-catalog-thumbnails"
    return home / "thumbnails"


def thumbnail(path: Path, cache_dir: Path, roots: Sequence[Path | str] | None = None,
              shown: str | None = None) -> tuple[bytes | None, bool]:
    """A JPEG thumbnail of an image file and whether it came from the cache; None if the file
    cannot be read as an image. The file is read through the confinement check (`roots`:
    the folders it may lie in; its own folder when not given), whose RefusedPath names it as
    `shown`; the cache is a convenience, so a full or unwritable cache costs only the
    caching."""
    content = read_confined(path, roots or [path.parent], limit=IMAGE_LIMIT, shown=shown,
                            where="the media folder and the article's folder")
    digest = hashlib.sha256(content).hexdigest()
    cached = cache_dir / f"{digest}-{THUMB_SIZE}.jpg"
    try:
        if cached.is_file():
            return cached.read_bytes(), True
    except OSError:
        pass
    data = _make_thumbnail(content)
    if data is not None:
        write_cache_file(cached, data)
    return data, False


def _make_thumbnail(content: bytes) -> bytes | None:
    import warnings

    from PIL import Image, ImageOps

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        pass
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            formats = ["JPEG", "TIFF", "PNG", "WEBP", "HEIF"]
            with Image.open(io.BytesIO(content), formats=formats) as opened:
                opened.draft("RGB", (THUMB_SIZE * 2, THUMB_SIZE * 2))
                upright = ImageOps.exif_transpose(opened)
                upright.thumbnail((THUMB_SIZE, THUMB_SIZE))
                out = io.BytesIO()
                upright.convert("RGB").save(out, "JPEG", quality=80)
                return out.getvalue()
    except Exception:  # any unreadable or hostile file just has no thumbnail
        return None


def _e(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def _b(value: Any) -> str:
    """Untrusted text as element content, escaped and isolated (<bdi>): a U+202E in a caption
    or a file name cannot reorder the text around it."""
    return f"<bdi>{_e(value)}</bdi>"


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;
background:#f4f4f2}
header{position:sticky;top:0;background:#1d1d1f;color:#fff;padding:10px 20px;display:flex;gap:16px;
align-items:center;z-index:1}
header h1{font-size:17px;margin:0;font-weight:600}
header input{flex:1;max-width:420px;padding:6px 10px;border-radius:6px;border:0;font:inherit}
header .count{opacity:.8}
nav.pages{padding:8px 20px}
section.article{margin:18px 20px;background:#fff;border-radius:10px;padding:14px 18px;
box-shadow:0 1px 3px rgba(0,0,0,.12)}
section.article h2{margin:0 0 2px;font-size:19px}
.meta{color:#555;font-size:13px;margin-bottom:10px}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:14px}
figure.caption{margin:0;border:1px solid #ddd;border-radius:8px;overflow:hidden;background:#fafafa}
figure.caption img,.placeholder{display:block;width:100%;height:220px;object-fit:contain;
background:#222}
.placeholder{display:flex;align-items:center;justify-content:center;color:#ddd;background:
repeating-linear-gradient(45deg,#444,#444 10px,#3a3a3a 10px,#3a3a3a 20px);font-weight:600}
figcaption{padding:10px 12px}
.text{margin:0 0 8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0;font-size:13px}
dt{color:#666}dd{margin:0}
.badges{margin-top:8px;display:flex;flex-wrap:wrap;gap:6px}
.badge{font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;border:2px solid}
.badge.error{background:#fde8e8;color:#8a1414;border-color:#c62828}
.badge.warning{background:#fff6d6;color:#6b4f00;border-color:#b88700}
.badge.ok{background:#e6f4ea;color:#1e5631;border-color:#2e7d32}
.mismatch{color:#8a1414;font-weight:600}
[hidden]{display:none!important}
"""

_SCRIPT = """
(function(){
  var box=document.getElementById('filter'),count=document.getElementById('count');
  function apply(){
    var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean),shown=0;
    document.querySelectorAll('figure.caption').forEach(function(f){
      var hay=f.getAttribute('data-filter');
      var ok=words.every(function(w){return hay.indexOf(w)!==-1;});
      f.hidden=!ok; if(ok){shown++;}
    });
    document.querySelectorAll('section.article').forEach(function(s){
      s.hidden=!s.querySelector('figure.caption:not([hidden])');
    });
    count.textContent=shown+' shown';
  }
  box.addEventListener('input',apply); apply();
})();
"""


def _figure(row: Mapping[str, Any], image_data: bytes | None, severities: Mapping[str, str]
            ) -> str:
    codes = (row.get("findings") or "").split(";") if row.get("findings") else []
    filter_text = " ".join(str(row.get(k) or "") for k in (
        "photographer", "outlet", "caption_camera", "camera", "exif_camera", "caption",
        "findings")).lower()
    if codes:
        badges = "".join(
            f'<span class="badge {_e(severities.get(code, "warning"))}">'
            f'{_e(severities.get(code, "warning"))}: {_e(code)}</span>' for code in codes)
    else:
        badges = '<span class="badge ok">no findings</span>'
    if image_data is not None:
        picture = (f'<img alt="{_e(row.get("caption"))}" src="data:image/jpeg;base64,'
                   f'{base64.b64encode(image_data).decode("ascii")}">')
    elif row.get("image"):
        picture = f'<div class="placeholder">cannot show {_b(row.get("image"))}</div>'
    else:
        picture = '<div class="placeholder">no image linked</div>'
    camera_class = ' class="mismatch"' if "camera-mismatch" in codes else ""
    details = [
        ("photographer", row.get("photographer")), ("outlet", row.get("outlet")),
        ("caption camera", row.get("caption_camera")),
        ("EXIF camera", row.get("exif_camera")), ("taken", row.get("taken_at")),
        ("creator", row.get("creator")), ("image", row.get("image")),
        ("link", row.get("link")),
    ]
    rows = "".join(
        f"<dt>{_e(label)}</dt><dd{camera_class if 'camera' in label else ''}>"
        f"{_b(value) if value is not None else '—'}</dd>" for label, value in details)
    return (
        f'<figure class="caption" data-caption-no="{_e(row.get("caption_no"))}" '
        f'data-findings="{_e(row.get("findings"))}" data-filter="{_e(filter_text)}">'
        f"{picture}<figcaption><p class=\"text\"><b>{_e(row.get('caption_no'))}.</b> "
        f"{_b(row.get('caption'))}</p><dl>{rows}</dl>"
        f'<div class="badges">{badges}</div></figcaption></figure>'
    )


def _page(title: str, body: str, nav: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{_e(title)}</h1><input id=\"filter\" type=\"search\" "
        "placeholder=\"Filter by photographer, camera or finding\" aria-label=\"Filter\">"
        f"<span class=\"count\" id=\"count\"></span></header>{nav}{body}{nav}"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _pages(rows: Iterable[dict[str, Any]], page_size: int) -> Iterator[list[dict[str, Any]]]:
    page: list[dict[str, Any]] = []
    emitted = False  # an empty selection still makes one page; a full last page no extra one
    for row in rows:
        page.append(row)
        if len(page) >= page_size:
            yield page
            emitted = True
            page = []
    if page or not emitted:
        yield page


def write_sheet(rows: Iterable[dict[str, Any]], output: Path, root: Path, *,
                media: Path | None = None, cache_dir: Path | None = None,
                page_size: int = DEFAULT_PAGE_SIZE,
                title: str = "caption-catalog contact sheet") -> SheetReport:
    """Write the contact sheet for credits-sheet rows (ordered by article, caption). Every
    page is written into a staging folder first and all are moved in together at the end, so
    an interrupted run leaves the previous sheet whole. The catalog's paths are relative to
    `root`; an image is read only from inside the media folder (`media`, default
    `root`/media) or its article's folder, as ingest and `link` read it."""
    cache = cache_dir or default_cache_dir()
    severities = {rule.code: rule.severity for rule in audit.RULES}
    batches = list(_pages(rows, page_size))
    names = [output] + [output.with_name(f"{output.stem}-{n}{output.suffix}")
                        for n in range(2, len(batches) + 1)]
    media_root = os.path.abspath(root / (media or "media"))
    folders: dict[str, RealFolders] = {}

    def roots(article: str) -> RealFolders:
        folder = os.path.dirname(os.path.abspath(root / fs_name(article)))
        if folder not in folders:
            folders[folder] = real_folders([media_root, folder])
        return folders[folder]

    try:
        return _write_pages(batches, names, root, roots, cache, title, severities)
    except OSError as exc:
        raise CatalogError(f"{output}: cannot write: {exc.strerror or exc} (the previous sheet "
                           "is unchanged)") from None


def _write_pages(batches: list[list[dict[str, Any]]], names: list[Path], root: Path,
                 roots: Callable[[str], RealFolders], cache: Path, title: str,
                 severities: Mapping[str, str]) -> SheetReport:
    captions = thumbs = cached = 0
    refused: dict[str, str] = {}  # by image: said once however many captions it has
    with staging_folder(names[0]) as staging:
        staged = [staging / name.name for name in names]
        for number, batch in enumerate(batches, 1):
            sections = []
            for article, group in groupby(batch, key=lambda r: r["article"]):
                figures = []
                items = list(group)
                for row in items:
                    data = None
                    image = row.get("image")
                    if image and image not in refused:
                        try:
                            data, hit = thumbnail(root / fs_name(image), cache,
                                                  roots(row["article"]), shown=image)
                        except RefusedPath as exc:
                            refused[image] = f"{exc} (no thumbnail)"
                        else:
                            thumbs += data is not None
                            cached += hit
                    figures.append(_figure(row, data, severities))
                    captions += 1
                head = items[0]
                sections.append(
                    f'<section class="article" data-article="{_e(article)}">'
                    f"<h2>{_b(head.get('headline') or article)}</h2>"
                    f'<div class="meta">{_b(article)} · published '
                    f'{_e(head.get("published") or "?")}'
                    f'</div><div class="grid">{"".join(figures)}</div></section>')
            nav = ""
            if len(names) > 1:
                links = " ".join(
                    f"<b>{n}</b>" if n == number else f'<a href="{_e(p.name)}">{n}</a>'
                    for n, p in enumerate(names, 1))
                nav = f'<nav class="pages">Pages: {links}</nav>'
            body = "".join(sections) or '<p style="margin:20px">No captions match.</p>'
            with open(staged[number - 1], "w", encoding="utf-8") as page:
                page.write(_page(title, body, nav))
                page.flush()
                os.fsync(page.fileno())
        publish(staged, names)
    return SheetReport(tuple(names), captions, thumbs, cached, tuple(refused.values()))
