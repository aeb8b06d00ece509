"""Credits as the wires write them: one canonical name per outlet (`outlets`), names shown in
their usual case (`names`), and `display_credit`, which the article readers apply to what the
caption grammar (`catalog.captions`) reads. The grammar returns names as published; the catalog
stores them as shown."""

from __future__ import annotations

from catalog.credits.names import display_name, display_people
from catalog.credits.outlets import canonical_outlet, outlet_aliases
from catalog.domain import Credit

__all__ = ["canonical_outlet", "display_credit", "display_name", "display_people",
           "outlet_aliases"]


def display_credit(credit: Credit) -> Credit:
    """A credit as the catalog shows it: people in their usual case, outlets by their canonical
    name; a distributor that is the outlet itself is not repeated."""
    outlet, via = canonical_outlet(credit.outlet), canonical_outlet(credit.via)
    return Credit(display_people(credit.photographer), outlet, None if via == outlet else via)
