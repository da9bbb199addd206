"""Swedish and the other Nordic reply prefixes: enough to thread a reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="sv",
    reply_prefixes=("sv", "vs"),
    thanks=(r"tack(?: så mycket)?",),
    markers=(r"och", r"inte", r"jag", r"för", r"med vänlig hälsning", r"hälsningar"),
)
