"""Credits as the wires write them: one canonical name per outlet (`outlets`), names shown in
their usual case (`names`), and `display_credit`, which the article readers apply to what the
caption grammar (`catalog.captions`) reads. The grammar returns names as published; the catalog
stores them as shown."""

from __future__ import annotations

from catalog.credits.names import display_name, display_people
from catalog.credits.outlets import canonical_outlet, outlet_aliases

__all__ = ["canonical_outlet", "display_name", "display_people", "outlet_aliases"]
