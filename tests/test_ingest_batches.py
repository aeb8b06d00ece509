"""Ingest's read stage: images come back from workers as plain tuples, in batches; the parent
names each camera make/model once."""

from __future__ import annotations

from pathlib import Path

from catalog import image_rows, ingest, metadata
from catalog.workers import _batches
from scripts.jpeg_writer import Tags, jpeg_bytes, picture


def test_cameras_are_named_once_per_make_and_model() -> None:
    names = ingest.CameraNames()
    first = names("SONY", "ILCE-7M3")
    assert first == names("SONY", "ILCE-7M3")
    assert first[0] == "Sony Alpha 7 III"
    names("Canon", "Canon EOS R5")
    assert sorted(row["name"] for row in names.records()) == ["Canon EOS R5", "Sony Alpha 7 III"]
    names("SONY", "ILCE-7M3")
    assert names.records() == []  # nothing new since the last rows


def test_a_worker_result_is_plain_tuples_and_makes_the_same_row(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes(picture((30, 20), 1, "a"),
                                Tags(exif={"make": "NIKON CORPORATION", "model": "NIKON D850",
                                           "taken": "2024:03:01 10:00:00"},
                                     iptc={"description": "A market"})))
    task = ingest._ImageTask("media/a.jpg", path, 10, 20)
    values, descriptions = ingest._read_task(task)  # type: ignore[misc]
    assert isinstance(values, tuple) and descriptions == ("A market",)
    record = dict(zip(image_rows.IMAGE_FIELDS, values, strict=True))
    meta = metadata.read_image(path, str(path))
    assert record == {k: v for k, v in image_rows.image_record(meta, "media/a.jpg", 10, 20).items()
                      if k not in ("camera", "camera_key")}
    failed = ingest._task_failed(task, "timed out after 5 s")
    assert dict(zip(image_rows.IMAGE_FIELDS, failed[0], strict=True))["error"] == \
        "timed out after 5 s"  # type: ignore[index]


def test_batches_hold_consecutive_tasks_of_one_time_limit() -> None:
    tasks = [1.0] * 5 + [120.0] * 3
    assert list(_batches(tasks, lambda limit: limit, 2)) == [(0, 1), (2, 3), (4,), (5, 6), (7,)]
