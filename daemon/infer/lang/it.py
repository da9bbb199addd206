"""Italian: thanks and quoting, enough to read a thank-you and cut a quoted reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="it",
    function_words=(
        "abbiamo al alla anche buongiorno che ci ciao con cordiali del della di gli grazie "
        "ha ho il la le lo mi molto nel nella non per questa questo saluti si sono ti un una "
        "è"
    ),
    markers=(r"grazie", r"ciao", r"buongiorno", r"sono", r"questo", r"anche", r"per favore"),
    reply_prefixes=(),
    quote_headers=(r"il .{3,200}ha scritto",),
    sign_offs=(r"cordiali saluti", r"un saluto", r"distinti saluti"),
    thanks=(r"grazie(?: mille)?", r"la ringrazio", r"ringraziamenti"),
)
