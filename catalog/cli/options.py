"""Option types shared by several commands, declared once."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any, TypeVar, cast, get_type_hints

import typer


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", help="Output: table for people, json or csv.")
]
TableOrJsonOption = Annotated[
    TableOrJson, typer.Option("--format", help="Output: table for people, or json.")
]


# The query every read command takes: TEXT and these options (see `takes_query`).
_QUERY_PARAMETERS: tuple[tuple[str, Any], ...] = (
    ("text", Annotated[
        list[str] | None,
        typer.Argument(
            help="Words to find, and field:value terms (photographer:Yingst, "
            'camera:"Nikon D850", published:2023-11..2023-12, finding:camera-mismatch, '
            "image:none); a leading - negates a term (after -- when the command has "
            "one-letter options).",
            show_default=False,
        ),
    ]),
    ("q_photographer", Annotated[
        str | None, typer.Option("--photographer", help="Photographer contains P.")]),
    ("q_outlet", Annotated[str | None, typer.Option("--outlet", help="Outlet contains O.")]),
    ("q_camera", Annotated[str | None, typer.Option(
        "--camera", help="Any spelling of a body ('a7 III' finds ILCE-7M3 files).")]),
    ("q_since", Annotated[str | None, typer.Option("--since", help="Published on or after DATE.")]),
    ("q_until", Annotated[
        str | None, typer.Option("--until", help="Published on or before DATE.")]),
    ("q_article", Annotated[
        str | None, typer.Option("--article", help="Article path (contains, or a glob).")]),
)

F = TypeVar("F", bound=Callable[..., Any])


def takes_query(command: F) -> F:
    """Give a read command the shared query: TEXT and the filter options, handed to it as one
    `query: Query` keyword argument. Typer sees the options in the command's signature."""
    # `query` is annotated with a name imported for type checking only; its hint is dropped.
    hints = get_type_hints(command, localns={"Query": object}, include_extras=True)
    signature = inspect.signature(command)
    own = [p.replace(annotation=hints[p.name]) for p in signature.parameters.values()
           if p.name != "query"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None,
                               annotation=annotation)
             for name, annotation in _QUERY_PARAMETERS]

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        from catalog.query import Query

        options = {name: kwargs.pop(name, None) for name, _ in _QUERY_PARAMETERS}
        kwargs["query"] = Query.of(
            options["text"] or [], photographer=options["q_photographer"],
            outlet=options["q_outlet"], camera=options["q_camera"], since=options["q_since"],
            until=options["q_until"], article=options["q_article"],
        )
        return command(*args, **kwargs)

    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own] + added
    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {p.name: p.annotation for p in parameters}
    del run.__wrapped__  # Typer must read the new signature, not the command's own
    run.takes_query = True  # type: ignore[attr-defined]
    return cast(F, run)
