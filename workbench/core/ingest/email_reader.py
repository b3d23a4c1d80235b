"""E-mail (.eml): a statement as a press office sends or forwards it.

The subject is the title (without "Fwd:"), the sender the outlet, the date
the date. The text is the plain-text body, else the HTML body's main text;
a message forwarded as an attachment is read in place of an empty cover
note.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from workbench.core.errors import IngestError
from workbench.core.ingest.decode import universal_newlines
from workbench.core.ingest.metadata import TITLE_LIMIT, ArticleMeta

_FORWARD = re.compile(r"^\s*((fwd?|fw|tr|wg|re|aw)\s*:\s*)+", re.IGNORECASE)
MIN_COVER_CHARS = 200


def read_email(data: bytes, name: str) -> tuple[str, ArticleMeta, bool]:
    """The message's text, its metadata, and whether the text is HTML markup.

    Raises:
        IngestError: no headers, or no readable body.
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"]):
        raise IngestError(name, "not an e-mail message (no From or Subject header)")
    body, is_html = _body(message)
    if len(body.strip()) < MIN_COVER_CHARS:
        inner = _attached_message(message)
        if inner is not None:
            inner_body, inner_html = _body(inner)
            if inner_body.strip():
                message, body, is_html = inner, inner_body, inner_html
    if not body.strip():
        raise IngestError(name, "the e-mail has no text body")
    return universal_newlines(body), _meta(message), is_html


def _body(message: EmailMessage) -> tuple[str, bool]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", False
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:
        raise IngestError("", f"the e-mail body cannot be decoded ({exc})") from exc
    return (content if isinstance(content, str) else ""), part.get_content_subtype() == "html"


def _attached_message(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, EmailMessage):
                return inner
    return None


def _meta(message: EmailMessage) -> ArticleMeta:
    subject = _FORWARD.sub("", str(message["Subject"] or "")).strip()
    display, address = parseaddr(str(message["From"] or ""))
    try:
        sent = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        sent = None
    return ArticleMeta(
        title=" ".join(subject.split())[:TITLE_LIMIT],
        outlet=display or address,
        date=sent.date().isoformat() if sent else "",
    )
