"""The XMP fields the catalog keeps (dc:creator, dc:description, dc:rights, photoshop:Credit),
read only from packets that can hold one of them; no entity is ever expanded and no external
reference followed (defusedxml, or ElementTree's C parser for a packet with no DTD)."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree

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
    if packet[:1] == b"<" and packet[1:2] != b"\x00":  # UTF-8 with no mark: nearly every packet
        return packet.rstrip(b"\x00 \t\r\n")
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


_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DESCRIPTION = _RDF + "Description"
_LI = _RDF + "li"
_CONTAINERS = (_RDF + "Seq", _RDF + "Bag", _RDF + "Alt")
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# field → the property's expanded name
_FIELDS = {field: "{" + _NS[prefix] + "}" + name for field, (prefix, name) in {
    "creator": ("dc", "creator"), "description": ("dc", "description"),
    "copyright": ("dc", "rights"), "credit": ("photoshop", "Credit")}.items()}


def parse_xmp(packet: bytes) -> dict[str, list[str]]:
    """dc:creator, dc:description, dc:rights and photoshop:Credit from an XMP packet.

    Entity expansion and external references are refused (see `_parse`); malformed or hostile
    packets raise, and the caller records that XMP was ignored.
    """
    data = _as_utf8(packet)
    try:
        root = _parse(data)
    except ElementTree.ParseError:
        repaired = _repaired(data)
        if repaired == data:
            raise
        root = _parse(repaired)
    values: dict[str, list[str]] = {}
    for description in root.iter(_DESCRIPTION):
        for field, name in _FIELDS.items():
            if field in values:
                continue
            attribute = description.get(name)
            if attribute and attribute.strip():
                values[field] = [attribute.strip()]
                continue
            element = description.find(name)  # the property's first element
            if element is not None:
                found = _items(element)
                if found:
                    values[field] = found
    return values


def _repaired(data: bytes) -> bytes:
    """A packet that does not parse, with what writers are seen to leave in one taken out
    (ExifTool reads through both): NUL bytes in the middle (never allowed in XML), and bytes
    after the packet's end (the trailer "<?xpacket end=...?>", else "</x:xmpmeta>"), such as
    the tail of a longer packet that a shorter one was written over."""
    data = data.replace(b"\x00", b"")
    trailer = data.find(b"<?xpacket end")
    end = data.find(b"?>", trailer) + 2 if trailer >= 0 else -1
    if end < 2:
        end = data.find(b"</x:xmpmeta>")
        end = end + len(b"</x:xmpmeta>") if end >= 0 else len(data)
    return data[:end]


def _items(element: Any) -> list[str]:
    """A property's values: its container's items (an Alt's x-default one, else its first),
    or its own text."""
    container = None
    if len(element):
        for name in _CONTAINERS:  # the first Seq, else the first Bag, else the first Alt
            container = element.find(name)
            if container is not None:
                break
    if container is None:
        text = (element.text or "").strip()
        return [text] if text else []
    lis = container.findall(_LI)
    if container.tag == _CONTAINERS[2] and lis:
        lis = [next((li for li in lis if li.get(_LANG) == "x-default"), lis[0])]
    found = []
    for li in lis:
        text = "".join(li.itertext()).strip()
        if text:
            found.append(text)
    return found


def _parse(data: bytes) -> Any:
    """The packet's element tree. defusedxml refuses entity declarations and external
    references, but its parser runs in Python (a third of a file's read). A packet holding no
    markup declaration at all (no "<!": so no DTD, and no entity can be declared or fetched)
    and read as UTF-8 text gives ElementTree's C parser nothing to expand or fetch, so it
    parses such packets; any other goes through defusedxml."""
    text = _plain_utf8(data)
    if text is None:
        from defusedxml import ElementTree

        return ElementTree.fromstring(data)
    from xml.etree.ElementTree import XMLParser

    parser = XMLParser()
    parser.feed(text)  # a str: the parser reads it as it is, whatever a declaration says
    return parser.close()


def _plain_utf8(data: bytes) -> str | None:
    """The packet as text when it is UTF-8, declares no other encoding and holds no "<!"
    (DOCTYPE, ENTITY, comment or CDATA); else None."""
    if b"<!" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text.startswith("<?xml"):
        declaration = text[: text.find("?>")]
        lower = declaration.lower()
        if "encoding" in lower and "'utf-8'" not in lower and '"utf-8"' not in lower:
            return None
    return text
