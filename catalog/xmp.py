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


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8"))
_FIRST_CHAR = ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
               (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le"))


def _as_utf8(packet: bytes) -> bytes:
    """The packet as UTF-8 bytes, whichever of UTF-8, UTF-16 or UTF-32 (either byte order,
    with or without a byte-order mark) it was written in, as the XMP specification allows."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if packet.startswith(bom):
            encoding, packet = name, packet[len(bom) :]
            break
    else:
        start = packet.lstrip(b" \t\r\n") if packet[:1] != b"\x00" else packet
        for first, name in _FIRST_CHAR:
            if start.startswith(first) or packet.startswith(first):
                encoding = name
                break
    if encoding == "utf-8":
        return packet.strip(b"\x00 \t\r\n")
    unit = 4 if "32" in encoding else 2
    text = packet[: len(packet) - len(packet) % unit].decode(encoding, errors="replace")
    text = text.strip("\x00 \t\r\n\ufeff")
    if text.startswith("<?xml"):  # its encoding declaration no longer holds
        text = text[text.find("?>") + 2 :].lstrip()
    return text.encode("utf-8")


def parse_xmp(packet: bytes) -> dict[str, list[str]]:
    """dc:creator, dc:description, dc:rights and photoshop:Credit from an XMP packet.

    defusedxml refuses entity expansion and external references; malformed or hostile packets
    raise, and the caller records that XMP was ignored.
    """
    from defusedxml import ElementTree

    root = ElementTree.fromstring(_as_utf8(packet))
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


