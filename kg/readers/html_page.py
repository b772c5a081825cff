"""Web pages: the main text, title, date, URL and site name as trafilatura finds them.

No network: trafilatura only parses the string it is given.
"""

from __future__ import annotations

from kg.errors import InputError
from kg.model import Article
from kg.readers.dates import iso_date
from kg.readers.decode import BOM
from kg.readers.layout import read_sections


def read_html(text: str, *, document: str, origin: str) -> Article | InputError:
    """One article per page; `text` is trafilatura's main text (navigation, scripts dropped)."""
    import trafilatura  # slow to import; only HTML input pays for it

    text = text.removeprefix(BOM)
    if not text.strip():
        return InputError(origin, "empty article")
    try:
        page = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as error:  # lxml and trafilatura raise many types on malformed pages
        first_line = next(iter(str(error).splitlines()), type(error).__name__)
        return InputError(origin, f"cannot parse HTML: {first_line}")
    body = getattr(page, "text", None) if page is not None else None
    if not isinstance(body, str) or not body.strip():
        return InputError(origin, "empty article (no main text found in the HTML)")
    written = getattr(page, "date", None)
    date = iso_date(written) if isinstance(written, str) else None
    return Article(
        text=body,
        document=document,
        origin=origin,
        date=date,
        title=getattr(page, "title", None) or None,
        url=getattr(page, "url", None) or None,
        publisher=getattr(page, "sitename", None) or None,
        format="html",
        sections=read_sections(body, date),
    )
