"""Portuguese: thanks and quoting, enough to read a thank-you and cut a quoted reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="pt",
    function_words=(
        "agora ao as até com da das de do dos em então essa esse estou está eu foi gostaria "
        "isso já mais mas muito na no não nós obrigada obrigado olá os ou para pela pelo por "
        "quando que se seu sua são também tenho um uma você vocês é"
    ),
    markers=(r"obrigad[oa]", r"você", r"olá", r"não", r"também", r"para", r"estou"),
    reply_prefixes=("enc",),
    quote_headers=(r"(?:em|no dia) .{3,200}escreveu",),
    sign_offs=(r"cumprimentos", r"atenciosamente", r"abraços?", r"beijinhos"),
    thanks=(r"obrigad[oa]", r"muito obrigad[oa]", r"agradeço"),
)
