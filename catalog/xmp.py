"""The XMP fields the catalog keeps (dc:creator, dc:description, dc:rights, photoshop:Credit),
parsed with defusedxml, and only from packets that can hold one of them."""

from __future__ import annotations

from typing import Any

_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
# The local names of the wanted properties: a packet without any of them has nothing to give.
_WANTED = (b"creator", b"description", b"rights", b"Credit")


def xmp_wanted(packet: bytes) -> bool:
    """Whether the packet may hold a wanted field. UTF-16 and UTF-32 packets (NULs among their
    first bytes) are always parsed: their names are not these bytes."""
    return b"\x00" in packet[:64].strip(b"\x00") or any(name in packet for name in _WANTED)


def parse_xmp(packet: bytes) -> dict[str, list[str]]:
    """dc:creator, dc:description, dc:rights and photoshop:Credit from an XMP packet.

    defusedxml refuses entity expansion and external references; malformed or hostile packets
    raise, and the caller records that XMP was ignored.
    """
    from defusedxml import ElementTree

    root = ElementTree.fromstring(packet.strip(b"\x00 \t\r\n"))
    values: dict[str, list[str]] = {}

    def items(element: Any) -> list[str]:
        found: list[str] = []
        container = None
        for name in ("Seq", "Bag", "Alt"):
            container = element.find(f"rdf:{name}", _NS)
            if container is not None:
                break
        if container is None:
            text = (element.text or "").strip()
            return [text] if text else []
        lis = container.findall("rdf:li", _NS)
        if container.tag.endswith("Alt"):  # x-default first
            lis.sort(key=lambda li: li.get("{http://www.w3.org/XML/1998/namespace}lang")
                     != "x-default")
            lis = lis[:1]
        for li in lis:
            text = "".join(li.itertext()).strip()
            if text:
                found.append(text)
        return found

    fields = {"creator": ("dc", "creator"), "description": ("dc", "description"),
              "copyright": ("dc", "rights"), "credit": ("photoshop", "Credit")}
    for description in root.iter(f"{{{_NS['rdf']}}}Description"):
        for field, (prefix, name) in fields.items():
            if field in values:
                continue
            attribute = description.get(f"{{{_NS[prefix]}}}{name}")
            if attribute and attribute.strip():
                values[field] = [attribute.strip()]
                continue
            element = description.find(f"{prefix}:{name}", _NS)
            if element is not None:
                found = items(element)
                if found:
                    values[field] = found
    return values


