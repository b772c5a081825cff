"""Bytes to text for every reader: `--encoding` if given, else a byte order mark, UTF-16 without
one, UTF-8, and last a guess: charset-normalizer for non-Latin scripts, else cp1252/Latin-1.

A UTF-8 BOM is kept as the character U+FEFF, because score-facts (and the gold) index the file
decoded as plain UTF-8; parsers skip it (`BOM`), JSON readers drop it. A UTF-16/32 BOM is
consumed by its codec. Errors come back as `InputError` values (not raised) so a bad file never
stops a run; a guessed encoding comes back with the reason, which readers turn into a warning.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from kg.errors import InputError

BINARY_SNIFF_BYTES = 8192
BOM = "\ufeff"
# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# News in a legacy encoding is nearly always Windows Western; Latin-1 decodes any byte.
_WESTERN = "cp1252"
_LAST_RESORT = "latin-1"
# Multi-byte encodings are told by their BOM or NUL pattern, never guessed from chaos scores.
_NOT_GUESSED = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
_UTF16_NUL_SHARE = 0.25
_SCRIPT_LETTERS = 10
FORCE_HINT = "--encoding forces one"


@dataclass(frozen=True)
class Decoded:
    """Text and how it was decoded; `guessed` says why, when no BOM, UTF-8 or `--encoding`
    settled it (a reason for a warning), else None."""

    text: str
    encoding: str
    guessed: str | None = None


def check_encoding(name: str) -> str:
    """`name` if Python knows the codec (`latin-1`, `cp1252`, `utf-16`…); raises ValueError."""
    try:
        codecs.lookup(name)
    except LookupError:
        examples = "utf-8, utf-16, cp1252, latin-1"
        raise ValueError(f"unknown encoding {name!r} (e.g. {examples})") from None
    return name


def is_line_safe(encoding: str) -> bool:
    """True when a newline is the byte 0x0A and nothing else holds that byte, so a stream in
    this encoding may be split into lines before decoding (not so for UTF-16/32)."""
    name = codecs.lookup(encoding).name
    return "\n".encode(name) == b"\n" and not name.startswith(("utf-16", "utf-32"))


def bom_encoding(head: bytes) -> str | None:
    """The codec a UTF-16/32 byte order mark at the start of `head` names, or None."""
    return next((codec for mark, codec in _BOMS if head.startswith(mark)), None)


def binary_reason(head: bytes) -> str | None:
    """Why `head` (the first bytes of a file) is not text, or None if it may be."""
    if bom_encoding(head) or utf16_without_bom(head):
        return None
    nul = head.find(b"\x00", 0, BINARY_SNIFF_BYTES)
    if nul >= 0:
        return f"binary file, not text (NUL byte at offset {nul})"
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """`utf-16-le`/`utf-16-be` when the NUL bytes of `head` all fall on one side of its byte
    pairs, often enough to be the high bytes of ASCII text; else None."""
    head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd and not even and odd / pairs >= _UTF16_NUL_SHARE:
        return "utf-16-le"
    if even and not odd and even / pairs >= _UTF16_NUL_SHARE:
        return "utf-16-be"
    return None


def decode(
    data: bytes, origin: str, *, encoding: str | None = None, offset: int = 0
) -> Decoded | InputError:
    """`data` as text, nothing dropped but a UTF-16/32 BOM.

    `encoding` forces the codec (no guessing, a bad byte is an error); else a BOM, a UTF-16 NUL
    pattern, UTF-8, then a guess (see `guess_encoding`). `offset` is where `data` starts in its
    file, so errors name the file offset of the bad byte.
    """
    if encoding is not None:
        return _decode_strict(data, origin, encoding, offset=offset)
    declared = bom_encoding(data)
    if declared is not None:
        return _decode_strict(data, origin, declared, offset=offset)
    head = data[:BINARY_SNIFF_BYTES]
    wide = utf16_without_bom(head)
    if wide is not None:
        decoded = _decode_strict(data, origin, wide, offset=offset)
        if isinstance(decoded, Decoded):
            return Decoded(decoded.text, wide, f"no byte order mark; read as {wide} "
                                               f"(guessed from its NUL bytes; {FORCE_HINT})")
    nul = head.find(b"\x00")
    if nul >= 0:
        return InputError(origin, f"binary file, not text (NUL byte at offset {offset + nul})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        return _fallback(data, error, offset=offset)


def decode_line(
    raw: bytes, origin: str, *, offset: int, encoding: str | None = None, prefer: str | None = None
) -> Decoded | InputError:
    """One line of an ASCII-compatible stream: `encoding` if forced, else UTF-8, else `prefer`
    (the code page guessed for an earlier line; no new warning), else a guess."""
    if encoding is not None:
        return _decode_strict(raw, origin, encoding, offset=offset)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if prefer is not None:
            try:
                return Decoded(raw.decode(prefer), prefer)
            except UnicodeDecodeError:
                pass
        return _fallback(raw, error, offset=offset)


def _fallback(data: bytes, error: UnicodeDecodeError, *, offset: int) -> Decoded:
    where = f"byte 0x{data[error.start]:02x} at offset {offset + error.start}"
    if error.end == len(data) and error.reason == "unexpected end of data":
        # Valid UTF-8 cut off inside its last character: a truncated file, not another encoding.
        return Decoded(data.decode("utf-8", errors="replace"), "utf-8",
                       f"ends inside a UTF-8 character ({where}); it is read as U+FFFD")
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    if sum(ord(c) > 0x7F for c in replaced) - broken > broken:
        # Mostly well-formed UTF-8 with a few damaged bytes: a legacy code page would garble
        # every good character to save the bad ones.
        return Decoded(replaced, "utf-8", f"not valid UTF-8 ({where}; {broken} bad sequence"
                                          f"{'s' if broken != 1 else ''}, read as U+FFFD)")
    guessed = guess_encoding(data)
    return Decoded(data.decode(guessed, errors="replace"), guessed,
                   f"not UTF-8 ({where}); read as {guessed} (guessed; {FORCE_HINT})")


def guess_encoding(data: bytes) -> str:
    """charset-normalizer's guess when it reads the bytes as a non-Latin script (Cyrillic,
    Greek…), else cp1252, else Latin-1 (which decodes any byte).

    For Western text charset-normalizer often prefers cp1250 or a Mac code page, and on a few
    words it guesses wildly, so it only decides when it finds enough letters of another script.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_exclusion=_NOT_GUESSED).best()
    if best is not None and _other_script(str(best)):
        return str(best.encoding)
    try:
        data.decode(_WESTERN)
    except UnicodeDecodeError:
        return _LAST_RESORT
    return _WESTERN


def _other_script(text: str) -> bool:
    """True when most non-ASCII letters of `text` are not Latin, and there are enough of them."""
    letters = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    other = sum(not unicodedata.name(c, "").startswith("LATIN") for c in letters)
    return len(letters) >= _SCRIPT_LETTERS and other > len(letters) / 2


def _decode_strict(data: bytes, origin: str, encoding: str, *, offset: int) -> Decoded | InputError:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        byte, where = data[error.start], offset + error.start
        name = codecs.lookup(encoding).name
        return InputError(origin, f"not {name} (byte 0x{byte:02x} at offset {where})")
    nul = text.find("\x00", 0, BINARY_SNIFF_BYTES)
    if nul >= 0:
        return InputError(origin, f"binary file, not text (NUL character at offset {nul})")
    return Decoded(text, encoding)
