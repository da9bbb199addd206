"""Portuguese: thanks and quoting, enough to read a thank-you and cut a quoted reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="pt",
    markers=(r"obrigad[oa]", r"você", r"olá", r"não", r"também", r"para", r"estou"),
    reply_prefixes=("enc",),
    quote_headers=(r"(?:em|no dia) .{3,200}escreveu",),
    sign_offs=(r"cumprimentos", r"atenciosamente", r"abraços?", r"beijinhos"),
    thanks=(r"obrigad[oa]", r"muito obrigad[oa]", r"agradeço"),
)
