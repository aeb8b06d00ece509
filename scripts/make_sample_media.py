"""Generate the bundled sample media for the seed article (generated samples, not press photos).

    python -m scripts.make_sample_media [MEDIA_FOLDER]

Three small JPEGs with real EXIF, IPTC and XMP, one per caption of
seeds/blinken-humanitarian-pauses-gaza.txt, placed so that three link rules find them:
caption 1 by convention (folder form, leading zero), caption 2 by convention (dash form),
caption 3 by its embedded description. Caption 1's file was made with another body than the
caption names (Canon EOS R5, not 5D Mark IV): the audit's planted camera-mismatch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scripts.jpeg_writer import Tags, write_jpeg

STEM = "blinken-humanitarian-pauses-gaza"

SAMPLES: list[tuple[str, Tags, int]] = [
    (f"{STEM}/01.jpg", Tags(
        exif={"make": "Canon", "model": "Canon EOS R5", "taken": "2023:11:03 11:42:05",
              "offset": "+02:00", "lens": "RF24-105mm F4 L IS USM", "serial": "032021001234",
              "artist": "Dana Whitfield", "copyright": "© 2023 Dana Whitfield",
              "orientation": 1},
        iptc={"creator": "Dana Whitfield", "credit": "Sample Desk",
              "copyright": "© 2023 Dana Whitfield"},
        xmp={"creator": "Dana Whitfield", "credit": "Sample Desk",
             "copyright": "© 2023 Dana Whitfield"},
    ), 11),
    (f"{STEM}-2.jpg", Tags(
        exif={"make": "NIKON CORPORATION", "model": "NIKON D850",
              "taken": "2023:11:03 16:20:47", "offset": "+02:00",
              "lens": "AF-S NIKKOR 70-200mm f/2.8E FL ED VR", "serial": "6021187",
              "artist": "Trey Yingst", "copyright": "© 2023 Fox News", "orientation": 1},
        iptc={"creator": "Trey Yingst", "credit": "Fox News", "copyright": "© 2023 Fox News",
              "description": "Smoke over northern Gaza during the ongoing battles."},
        xmp={"creator": "Trey Yingst", "credit": "Fox News", "copyright": "© 2023 Fox News",
             "description": "Smoke over northern Gaza during the ongoing battles."},
    ), 22),
    ("archive/DSC09876.jpg", Tags(
        exif={"make": "SONY", "model": "ILCE-7M3", "taken": "2023:11:03 19:05:33",
              "offset": "+02:00", "lens": "FE 24-70mm F2.8 GM", "serial": "3345871",
              "orientation": 1},
        # The caption's words with other punctuation and spacing: found by the embedded rule.
        iptc={"description": "BEIRUT -- A photograph of Hezbollah leader Hassan Nasrallah  "
                             "delivering a speech; providing further insight into the "
                             "conflict!"},
        xmp={"description": "BEIRUT -- A photograph of Hezbollah leader Hassan Nasrallah  "
                            "delivering a speech; providing further insight into the "
                            "conflict!"},
    ), 33),
]


def main() -> int:
    media = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent.parent / "media"
    for relative, tags, seed in SAMPLES:
        path = write_jpeg(media / relative, tags, seed=seed, label=relative)
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
