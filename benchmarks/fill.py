"""Fill a catalog with N captions directly (no files), for query benchmarks.

    python -m benchmarks.fill catalog.db --captions 1000000

Two captions per article, one image per caption (one in 50 missing, one in 40 with another
body than its caption says, so the audit has findings), credits from a pool of names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random

from catalog import cameras
from catalog.people import people_keys
from catalog.store import ARTICLE, CAPTION, IMAGE, open_catalog, upsert_cameras, write

BODIES = ["Nikon D850", "Canon EOS R5", "Sony Alpha 7 III", "Fujifilm X-T5", "Nikon Z 9"]
PEOPLE = [f"{first} {last}" for first in ("Ana", "Trey", "Evan", "Amir", "Jane", "Kyle", "Lena",
                                          "Omar", "Sara", "Yusuf")
          for last in ("Lima", "Yingst", "Vucci", "Cohen", "Doe", "Davis", "Berg", "Haddad")]
OUTLETS = ["Reuters", "AP", "AFP", "Fox News", "The Guardian", "Getty Images"]
BATCH = 5000


def fill(target: str, captions: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    keys = {body: cameras.caption_camera_key(body) for body in BODIES}  # one key per body
    catalog = open_catalog(target, create=True)
    with write(catalog) as conn:
        upsert_cameras(conn, [{"name": b, "maker": b.split()[0]} for b in BODIES])
    now = dt.datetime.now(dt.UTC)
    articles = captions // 2
    for start in range(0, articles, BATCH // 2):
        stop = min(articles, start + BATCH // 2)
        with write(catalog) as conn:
            conn.execute(ARTICLE.insert(), [{
                "id": n + 1, "path": f"news/{n // 1000:04}/story-{n:07}.txt",
                "content_hash": f"{n:064x}", "size": 1000, "mtime_ns": n, "format": "txt",
                "headline": f"Story {n}: the council meets on budget {n % 97}",
                "deck": None, "published": dt.date(2024, 1, 1) + dt.timedelta(days=n % 365),
                "warnings": None, "ingested_at": now} for n in range(start, stop)])
            images, rows = [], []
            for n in range(start, stop):
                for caption_no in (1, 2):
                    cid = 2 * n + caption_no
                    body = rng.choice(BODIES)
                    person, outlet = rng.choice(PEOPLE), rng.choice(OUTLETS)
                    linked = cid % 50 != 0
                    if linked:
                        exif_body = body if cid % 40 else rng.choice(BODIES)
                        images.append({
                            "id": cid, "path": f"media/story-{n:07}/{caption_no}.jpg",
                            "size": 100_000, "mtime_ns": cid, "format": "JPEG", "width": 640,
                            "height": 427, "make": exif_body.split()[0], "model": exif_body,
                            "camera": exif_body, "camera_key": keys[exif_body],
                            "lens": f"Lens {cid % 13}",
                            "taken_at": "2023-12-30T10:00:00",
                            "taken_date": dt.date(2023, 12, 30), "creator": person,
                            "creator_keys": people_keys(person)})
                    rows.append({
                        "id": cid, "article_id": n + 1, "caption_no": caption_no,
                        "text": f"A photo of scene {caption_no} of story {n} in the old town, "
                                f"captured by {outlet}'s {person}. (Taken with a {body})",
                        "photographer": person, "photographer_key": people_keys(person),
                        "outlet": outlet, "caption_camera": body, "camera": body,
                        "camera_key": keys[body],
                        "image_id": cid if linked else None, "link": "convention" if linked
                        else None, "auto_image_id": cid if linked else None,
                        "auto_link": "convention" if linked else None})
            conn.execute(IMAGE.insert(), images)
            conn.execute(CAPTION.insert(), rows)
    catalog.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target")
    parser.add_argument("--captions", type=int, default=1000)
    args = parser.parse_args()
    fill(args.target, args.captions)
    print(f"filled {args.target} with {args.captions} captions")


if __name__ == "__main__":
    main()
