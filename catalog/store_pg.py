"""PostgreSQL's side of the full-text index: a tsvector per caption with a GIN index, kept by
triggers, queried with phraseto_tsquery so user text is never tsquery syntax."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, bindparam, column, text

_DOCUMENT = """
    SELECT c.id, to_tsvector('simple', concat_ws(' ', c.text, a.headline, c.photographer,
        c.outlet, c.caption_camera, c.camera, i.camera, i.make, i.model))
    FROM caption c JOIN article a ON a.id = c.article_id LEFT JOIN image i ON i.id = c.image_id
"""


def _upsert(where: str) -> str:
    return (f"INSERT INTO caption_search(caption_id, document) {_DOCUMENT} WHERE {where} "
            "ON CONFLICT (caption_id) DO UPDATE SET document = excluded.document")


def search_ddl() -> list[str]:
    """The search table, its index and the trigger functions (the triggers: `search_triggers`)."""
    return [
        "CREATE TABLE caption_search ("
        " caption_id integer PRIMARY KEY REFERENCES caption(id) ON DELETE CASCADE,"
        " document tsvector NOT NULL)",
        "CREATE INDEX ix_caption_search_document ON caption_search USING GIN (document)",
        "CREATE FUNCTION caption_search_caption() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _upsert("c.id = NEW.id") + "; RETURN NULL; END $$",
        "CREATE FUNCTION caption_search_image() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _upsert("c.image_id = NEW.id") + "; RETURN NULL; END $$",
        "CREATE FUNCTION caption_search_article() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + _upsert("c.article_id = NEW.id") + "; RETURN NULL; END $$",
    ]


def search_triggers(caption_changed: str, image_changed: str) -> list[str]:
    """Triggers that run the functions above only when a searched column changed (the
    conditions are given in OLD/NEW terms)."""
    return [
        "CREATE TRIGGER caption_search_caption AFTER INSERT ON caption "
        "FOR EACH ROW EXECUTE FUNCTION caption_search_caption()",
        f"CREATE TRIGGER caption_search_caption_update AFTER UPDATE ON caption "
        f"FOR EACH ROW WHEN ({caption_changed}) EXECUTE FUNCTION caption_search_caption()",
        f"CREATE TRIGGER caption_search_image AFTER UPDATE ON image "
        f"FOR EACH ROW WHEN ({image_changed}) EXECUTE FUNCTION caption_search_image()",
        "CREATE TRIGGER caption_search_article AFTER UPDATE OF headline ON article "
        "FOR EACH ROW WHEN (OLD.headline IS DISTINCT FROM NEW.headline) "
        "EXECUTE FUNCTION caption_search_article()",
    ]


def fulltext_ids(words: Sequence[str]) -> Any:
    """A select of the ids of captions whose document holds every word (a trailing * is a
    prefix search, built only from word characters so it can never be tsquery syntax)."""
    parts: list[str] = []
    params: dict[str, str] = {}
    for n, word in enumerate(words):
        tokens = re.findall(r"\w+", word)
        if not tokens:
            continue
        if word.endswith("*"):
            params[f"w{n}"] = " & ".join(f"{t}:*" for t in tokens)
            parts.append(f"to_tsquery('simple', :w{n})")
        else:
            params[f"w{n}"] = " ".join(tokens)
            parts.append(f"phraseto_tsquery('simple', :w{n})")
    if not parts:
        return text("SELECT caption_id FROM caption_search WHERE false").columns(
            column("caption_id", Integer))
    statement = text(
        "SELECT caption_id FROM caption_search WHERE document @@ (" + " && ".join(parts) + ")"
    ).bindparams(*(bindparam(k, v, unique=True) for k, v in params.items()))
    return statement.columns(column("caption_id", Integer))
