"""Spanish: thanks and quoting, enough to read a thank-you and cut a quoted reply."""

from daemon.infer.lang import Words

WORDS = Words(
    code="es",
    reply_prefixes=("rv",),
    quote_headers=(r"el .{3,200}escribió",),
    sign_offs=(r"saludos(?: cordiales)?", r"un saludo", r"atentamente"),
    thanks=(r"gracias", r"muchas gracias", r"le agradezco", r"agradecid[oa]"),
)
