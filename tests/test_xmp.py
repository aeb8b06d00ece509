"""XMP fields: what is read from a packet, and the two parsers behind it (ElementTree's C parser
for a packet with no DTD, defusedxml for any other) giving the same tree, while entity and
external-reference attacks are still refused."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import pytest
from defusedxml import ElementTree as DefusedET

from catalog import jpeg_header, xmp
from tests import corpus

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
NAMES = ('xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"')


def packet(body: str, attributes: str = "", head: str = "") -> bytes:
    return (f'{head}<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {RDF}>'
            f'<rdf:Description rdf:about="" {NAMES} {attributes}>{body}</rdf:Description>'
            "</rdf:RDF></x:xmpmeta>").encode()


SAMPLES = {
    "seq": packet("<dc:creator><rdf:Seq><rdf:li>Ana Lima</rdf:li><rdf:li> Bo Yi </rdf:li>"
                  "</rdf:Seq></dc:creator>"),
    "alt": packet('<dc:description><rdf:Alt><rdf:li xml:lang="de">Ein Markt</rdf:li>'
                  '<rdf:li xml:lang="x-default">A market</rdf:li></rdf:Alt></dc:description>'),
    "alt without x-default": packet('<dc:rights><rdf:Alt><rdf:li xml:lang="de">© AP</rdf:li>'
                                    '<rdf:li xml:lang="fr">© AFP</rdf:li></rdf:Alt></dc:rights>'),
    "attributes": packet("", 'photoshop:Credit=" Reuters " dc:rights="© Reuters"'),
    "plain text": packet("<photoshop:Credit>Getty Images</photoshop:Credit>"),
    "markup in an item": packet("<dc:creator><rdf:Bag><rdf:li>Ana <b>Lima</b></rdf:li>"
                                "</rdf:Bag></dc:creator>"),
    "declared UTF-8": packet("<photoshop:Credit>Agência Brasil</photoshop:Credit>",
                             head='<?xml version="1.0" encoding="UTF-8"?>'),
    "declared Latin-1": packet("<photoshop:Credit>Jos\u00e9</photoshop:Credit>",
                               head='<?xml version="1.0" encoding="ISO-8859-1"?>'),
    "comment": packet("<!-- edited --><photoshop:Credit>AP</photoshop:Credit>"),
}


def test_the_wanted_fields_are_read_as_xmp_writes_them() -> None:
    assert xmp.parse_xmp(SAMPLES["seq"]) == {"creator": ["Ana Lima", "Bo Yi"]}
    assert xmp.parse_xmp(SAMPLES["alt"]) == {"description": ["A market"]}
    assert xmp.parse_xmp(SAMPLES["alt without x-default"]) == {"copyright": ["© AP"]}
    assert xmp.parse_xmp(SAMPLES["attributes"]) == {"credit": ["Reuters"],
                                                    "copyright": ["© Reuters"]}
    assert xmp.parse_xmp(SAMPLES["markup in an item"]) == {"creator": ["Ana Lima"]}
    assert xmp.parse_xmp(SAMPLES["declared UTF-8"]) == {"credit": ["Agência Brasil"]}
    # Read as the declaration says: these UTF-8 bytes of "é" are two Latin-1 characters.
    assert xmp.parse_xmp(SAMPLES["declared Latin-1"]) == {"credit": ["Jos\u00c3\u00a9"]}
    assert xmp.parse_xmp(SAMPLES["comment"]) == {"credit": ["AP"]}


def test_the_first_description_that_gives_a_field_wins() -> None:
    two = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {RDF}>'
           f'<rdf:Description {NAMES}><photoshop:Credit> </photoshop:Credit></rdf:Description>'
           f'<rdf:Description {NAMES}><photoshop:Credit>AFP</photoshop:Credit>'
           "<dc:creator>Li Wei</dc:creator></rdf:Description>"
           f'<rdf:Description {NAMES}><photoshop:Credit>EPA</photoshop:Credit>'
           "</rdf:Description></rdf:RDF></x:xmpmeta>").encode()
    assert xmp.parse_xmp(two) == {"credit": ["AFP"], "creator": ["Li Wei"]}


def _corpus_packets() -> list[bytes]:
    if not corpus.present():
        return []
    packets = []
    for path in sorted(corpus.EXIF_SAMPLES.rglob("*.jpg")):
        with open(path, "rb") as handle:
            header = jpeg_header.read_header(handle)
        if header is not None and header.xmp:
            packets.append(header.xmp)
    return packets


def test_both_parsers_build_the_same_tree() -> None:
    packets = [*SAMPLES.values(), *_corpus_packets()]
    fast = 0
    for raw in packets:
        data = xmp._as_utf8(raw)
        if xmp._plain_utf8(data) is None:
            continue
        fast += 1
        assert ET.tostring(xmp._parse(data)) == ET.tostring(DefusedET.fromstring(data))
    assert fast >= 7
    if corpus.present():
        assert len(packets) - len(SAMPLES) >= 20


def test_a_packet_with_markup_declarations_goes_to_defusedxml() -> None:
    for name in ("declared Latin-1", "comment"):
        assert xmp._plain_utf8(SAMPLES[name]) is None


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (n, b"&lol%d;" % (n - 1) * 10 if n > 1
                                                    else b"&lol;" * 10) for n in range(1, 10))
          + b"]>" + packet("<photoshop:Credit>&lol9;</photoshop:Credit>"))
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            + packet("<photoshop:Credit>&e;</photoshop:Credit>"))


@pytest.mark.parametrize("hostile", [LAUGHS, EXTERNAL], ids=["billion laughs", "external"])
def test_entities_are_refused_not_expanded(hostile: bytes) -> None:
    with pytest.raises(Exception, match="Entit"):
        xmp.parse_xmp(hostile)


def test_a_dtd_hidden_in_another_encoding_is_not_parsed_by_the_c_parser() -> None:
    # An EBCDIC body holds no "<!" bytes; the declaration sends the packet to defusedxml.
    hidden = (b'<?xml version="1.0" encoding="cp500"?>'
              + b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'.decode()
              .encode("cp500") + packet("<photoshop:Credit>&e;</photoshop:Credit>")
              .decode().encode("cp500"))
    assert b"<!" not in hidden
    assert xmp._plain_utf8(hidden) is None
    with pytest.raises(Exception):  # noqa: B017 - refused or unreadable, never expanded
        xmp.parse_xmp(hidden)


def test_an_undeclared_entity_is_an_error() -> None:
    with pytest.raises(ET.ParseError):
        xmp.parse_xmp(packet("<photoshop:Credit>&e;</photoshop:Credit>"))


TRAILER = b'<?xpacket end="w"?>'


@pytest.mark.parametrize(("broken", "why"), [
    # a shorter packet written over a longer one: the old tail stays after the trailer
    (packet("<dc:creator><rdf:Seq><rdf:li>Ana Lima</rdf:li></rdf:Seq></dc:creator>")
     + TRAILER + b">\n </rdf:RDF>\n</x:xmpmeta>\n" + TRAILER, "tail after the trailer"),
    (packet("<dc:creator><rdf:Seq><rdf:li>Ana Lima</rdf:li></rdf:Seq></dc:creator>")
     + b"\n</rdf:Description></rdf:RDF></x:xmpmeta>", "tail with no trailer"),
    # NUL bytes amid the properties (exifr's broken1.jpg has a run of them)
    (packet("<photoshop:Credit>AP</photoshop:Credit>\n  " + "\x00" * 40 + "\n"
            "<dc:creator><rdf:Seq><rdf:li>Ana Lima</rdf:li></rdf:Seq></dc:creator>"), "NULs"),
], ids=lambda v: v if isinstance(v, str) else "")
def test_packets_with_what_writers_leave_in_them_are_read(broken: bytes, why: str) -> None:
    with pytest.raises(ET.ParseError):
        ET.fromstring(broken)
    assert xmp.parse_xmp(broken)["creator"] == ["Ana Lima"], why


def test_a_repaired_packet_is_still_refused_its_entities() -> None:
    with pytest.raises(Exception, match="Entit"):
        xmp.parse_xmp(LAUGHS + TRAILER + b"junk")
    with pytest.raises(ET.ParseError):  # nothing to take out: the parser's error stands
        xmp.parse_xmp(packet("<photoshop:Credit>&e;</photoshop:Credit>") + TRAILER)
