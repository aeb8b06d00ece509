"""IPTC-IIM datasets from a Photoshop "IPTC-NAA" resource (id 0x0404), read as Pillow's
`IptcImagePlugin.getiptcinfo` reads them: a dataset seen once is its bytes (None when empty), a
repeated one a list. A stream Pillow would refuse, or read only in part, answers None so that the
caller falls back to Pillow itself.
"""

from __future__ import annotations

IptcInfo = dict[tuple[int, int], bytes | list[bytes | None] | None]

_RECORDS = frozenset((1, 2, 3, 4, 5, 6, 7, 8, 9, 240))


def read_datasets(data: bytes) -> IptcInfo | None:
    """Every dataset of an IPTC stream by (record, dataset); None when not handled."""
    info: IptcInfo = {}
    position, end = 0, len(data)
    while True:
        head = data[position:position + 5]
        if not head.strip(b"\x00"):
            return info  # the end, or NUL padding
        if len(head) < 5 or head[0] != 0x1C or head[1] not in _RECORDS:
            return None
        tag = (head[1], head[2])
        size = head[3]
        position += 5
        if size > 132:
            return None
        if size == 128:
            size = 0
        elif size > 128:
            extra = size - 128
            if position + extra > end:
                return None
            size = int.from_bytes(data[position:position + extra][-4:], "big")
            position += extra
        else:
            size = (head[3] << 8) | head[4]
        if tag == (8, 10):  # the image data record: Pillow stops here
            return info
        value = data[position:position + size] if size else None
        position += size
        if tag in info:
            known = info[tag]
            if isinstance(known, list):
                known.append(value)
            else:
                info[tag] = [known, value]
        else:
            info[tag] = value
