"""French: thanks and quoting, enough to read a thank-you and cut a quoted reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="fr",
    reply_prefixes=("tr",),
    quote_headers=(r"le .{3,200}a écrit",),
    sign_offs=(r"cordialement", r"bien (?:à vous|cordialement)", r"bonne journée"),
    thanks=(r"merci(?: beaucoup)?", r"je vous remercie", r"remerciements"),
)
