"""Swedish and the other Nordic reply prefixes: enough to thread a reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="sv",
    function_words=(
        "att av de den det du en ett för har hej hälsningar här inte jag kan med men mvh "
        "mycket ni och också om på ska som tack till vad var vi vänliga är"
    ),
    reply_prefixes=("sv", "vs"),
    thanks=(r"tack(?: så mycket)?",),
    markers=(r"och", r"inte", r"jag", r"för", r"med vänlig hälsning", r"hälsningar"),
)
