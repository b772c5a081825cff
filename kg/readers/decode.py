"""Bytes to text for every reader: UTF-8 only, a leading BOM dropped, binaries refused.

Errors come back as `InputError` values (not raised) so a bad file never stops a run.
"""

from __future__ import annotations

import codecs

from kg.errors import InputError

BINARY_SNIFF_BYTES = 8192


def binary_reason(head: bytes) -> str | None:
    """Why `head` (the first bytes of a file) is not UTF-8 text, or None if it may be."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "not UTF-8 (UTF-16 byte order mark at offset 0)"
    nul = head.find(b"\x00", 0, BINARY_SNIFF_BYTES)
    if nul >= 0:
        return f"binary file, not text (NUL byte at offset {nul})"
    return None


def decode_utf8(
    data: bytes, origin: str, *, offset: int = 0, strip_bom: bool = True
) -> str | InputError:
    """The text of `data` with a leading UTF-8 BOM removed (offsets then index the text after it).

    `offset` is where `data` starts in its file, so the error names the file offset of the bad byte;
    `strip_bom=False` for data that does not start a file (a BOM there is a character, not a mark).
    """
    bom = strip_bom and data.startswith(codecs.BOM_UTF8)
    start = len(codecs.BOM_UTF8) if bom else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = start + error.start
        return InputError(origin, f"not UTF-8 (byte 0x{data[bad]:02x} at offset {offset + bad})")
