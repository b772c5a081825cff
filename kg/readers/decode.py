"""Bytes to text for every reader: UTF-8 only, binaries refused.

A leading BOM is kept as the character U+FEFF, because score-facts (and the gold) index the
file decoded as plain UTF-8; parsers skip it (`BOM`), JSON readers drop it.
Errors come back as `InputError` values (not raised) so a bad file never stops a run.
"""

from __future__ import annotations

import codecs

from kg.errors import InputError

BINARY_SNIFF_BYTES = 8192
BOM = "\ufeff"


def binary_reason(head: bytes) -> str | None:
    """Why `head` (the first bytes of a file) is not UTF-8 text, or None if it may be."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "not UTF-8 (UTF-16 byte order mark at offset 0)"
    nul = head.find(b"\x00", 0, BINARY_SNIFF_BYTES)
    if nul >= 0:
        return f"binary file, not text (NUL byte at offset {nul})"
    return None


def decode_utf8(data: bytes, origin: str, *, offset: int = 0) -> str | InputError:
    """`data` decoded as UTF-8, nothing dropped (a BOM stays, so offsets match score-facts).

    `offset` is where `data` starts in its file, so the error names the file offset of the bad byte.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte, where = data[error.start], offset + error.start
        return InputError(origin, f"not UTF-8 (byte 0x{byte:02x} at offset {where})")
