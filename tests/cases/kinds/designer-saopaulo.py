#!/usr/bin/env python3
"""designer-saopaulo: Beatriz Nogueira, product designer in São Paulo (open case).

Written blind from BRIEF.md, CASES.md, KINDS.md and casekit.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
from casekit import Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL
from casekit import uid_google, uid_outlook, uid_uuid, run
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "designer-saopaulo"
SP = "America/Sao_Paulo"
LA = "America/Los_Angeles"
NY = "America/New_York"
BER = "Europe/Berlin"


def T(s):
    """A wall-clock time in São Paulo (BRT, UTC-3)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(SP))


def S(s):
    """São Paulo time with seconds (automatic replies come seconds later)."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(SP))


SIG_EN = """--
Beatriz Nogueira
Product Designer · São Paulo, Brazil (UTC-3)
+55 11 95550-0187 · beatriznogueira.design"""

SIG_PT = """Abraços,
Bia

Beatriz Nogueira | Product Designer
(11) 95550-0187 · beatriznogueira.design"""

IPHONE_PT = "Enviado do meu iPhone"
IPHONE_EN = "Sent from my iPhone"

CV = make_pdf(["Beatriz Nogueira - Product Designer",
               "Sao Paulo, Brazil (UTC-3) | +55 11 95550-0187 | beatriz.nogueira@example.com.br",
               "",
               "Mandacaru Digital (PJ contractor) - Senior Product Designer, 2023-present",
               "Fintech app redesign, design system (120+ components), research ops",
               "Vagalume Saude - Product Designer, 2020-2023",
               "Clinical scheduling, patient onboarding, accessibility audit",
               "Education: Design, FAU-USP (2017)",
               "Languages: Portuguese (native), English (C1), Spanish (B2)"])

PORTFOLIO = make_pdf(["Beatriz Nogueira - Selected work (3 case studies)",
                      "1. Patient onboarding: -38% drop-off in 6 weeks",
                      "2. Rural credit simulator: from spreadsheet to app",
                      "3. Design system 'Raiz': 120 components, 4 squads"])


def build():
    now = T("2026-04-16 10:00")
    case = Case(
        NAME,
        "Product designer in São Paulo applying to US, European and local startups; BRT "
        "against PT/ET/CET, day-first and month-first dates, Portuguese and English",
        {"name": "Beatriz Nogueira", "emails": ["beatriz.nogueira@example.com.br"],
         "phone": "+55 11 95550-0187", "timezone": SP},
        now, "")
    me = Person("Beatriz Nogueira", "beatriz.nogueira@example.com.br", SP, "webmail",
                msgid_domain="example.com.br")
    case.me = me
    add = case.add

    # ------------------------------------------------------------------ people
    kayla = Person("Kayla Brooks", "kayla.brooks@luminahealth.com", LA, "gmail",
                   sig="Kayla Brooks (she/her)\nTechnical Recruiter | Lumina Health\n"
                       "luminahealth.com/careers")
    dan = Person("Dan Whitaker", "dan.whitaker@luminahealth.com", LA, "gmail",
                 sig="Dan\n--\nDan Whitaker | Design Manager, Care Team Tools\nLumina Health")
    dan_cal = Person("Dan Whitaker", "dan.whitaker@luminahealth.com", LA, "gcal")
    mei = Person("Mei Tanaka", "mei.tanaka@luminahealth.com", LA)
    jun = Person("Jun Park", "jun.park@luminahealth.com", LA, "gmail")
    rachel = Person("Rachel Odum", "rachel.odum@luminahealth.com", LA)
    tomas = Person("Tomás Iglesias", "tomas.iglesias@luminahealth.com", LA)
    gh = Person("Lumina Health", "no-reply@greenhouse.io", LA, "auto", auto=True)

    lena = Person("Lena Hartmann", "lena.hartmann@kestrel-mobility.de", BER, "outlook",
                  region="eurprd04",
                  sig="Best regards\nLena\n\nLena Hartmann\nTalent Acquisition Partner\n"
                      "Kestrel Mobility GmbH | Torstraße 140 | 10119 Berlin\n+49 30 5557 2210")
    jonas = Person("Jonas Becker", "jonas.becker@kestrel-mobility.de", BER, "outlook",
                   region="eurprd04")

    bruna = Person("Bruna Castro", "bruna.castro@ipelabs.com.br", SP, "gmail",
                   sig="--\nBruna Castro\nTech Recruiter · Ipê Labs\n(11) 95550-0192")
    diego = Person("Diego Almeida", "diego.almeida@ipelabs.com.br", SP, "gmail")

    leticia = Person("Letícia Moraes", "leticia.moraes@quintalfinancas.com.br", SP, "gmail",
                     sig="Letícia Moraes\nTalent Acquisition | Quintal Finanças\n"
                         "quintalfinancas.com.br")
    leticia_cal = Person("Letícia Moraes", "leticia.moraes@quintalfinancas.com.br", SP, "gcal")
    henrique = Person("Henrique Sato", "henrique.sato@quintalfinancas.com.br", SP)

    renata = Person("Renata Okamoto", "renata.okamoto@tucanofretes.com.br", SP, "gmail")
    thais = Person("Thaís Ribeiro", "thais.ribeiro@tucanofretes.com.br", SP, "gmail",
                   sig="Thaís Ribeiro\nPeople Partner · Tucano Fretes\n(11) 95550-0133")

    jess = Person("Jess Morgan", "jess.morgan@halyardanalytics.com", NY, "gmail",
                  sig="Jess Morgan\nSenior Recruiter | Halyard Analytics\n"
                      "Boston, MA | (617) 555-0148")

    owen = Person("Owen Pratt", "owen.pratt@trailheadcommerce.com", NY, "gmail")
    nicole = Person("Nicole Adeyemi", "nicole.adeyemi@trailheadcommerce.com", NY, "outlook",
                    sig="Nicole Adeyemi\nDirector, Product Design\nTrailhead Commerce | "
                        "212-555-0176")

    sofia = Person("Sofia Marchetti", "sofia.marchetti@cobalto.io", "Europe/Rome", "gmail")

    camila = Person("Camila Rocha", "camilarocha.ux@gmail.com", SP, "gmail")
    juliana = Person("Juliana Prado", "juliana.prado@jabuticabapay.com.br", SP, "gmail")

    rafael = Person("Rafael Duarte", "rafael.duarte@ondalabs.pt", "Europe/Lisbon", "gmail")
    marina = Person("Marina Lopes", "marina.lopes@willowclinical.com", "America/Chicago",
                    "gmail", sig="Marina Lopes\nDesign Lead, Clinical Experience\n"
                                 "Willow Clinical")

    grace = Person("Grace Liu", "grace.liu@pinecrestlabs.com", LA, "gmail",
                   sig="Grace Liu | Design Manager | Pinecrest Labs")
    calendly = Person("Calendly", "no-reply@calendly.com", LA, "auto", auto=True)

    gupy_caja = Person("Cajá Saúde via Gupy", "naoresponda@gupy.io", SP, "auto", auto=True)
    gupy = Person("Gupy", "naoresponda@gupy.io", SP, "auto", auto=True)
    lever = Person("Fernway", "no-reply@hire.lever.co", "America/Denver", "auto", auto=True)

    tiago = Person("Tiago Menezes", "tiago.menezes@mandacaru.digital", SP, "gmail")
    tiago_cal = Person("Tiago Menezes", "tiago.menezes@mandacaru.digital", SP, "gcal")
    fin = Person("Financeiro Mandacaru", "financeiro@mandacaru.digital", SP, "gmail")
    lucas = ("Lucas Ferreira", "lucas.ferreira.design@gmail.com")

    clinic = Person("Consultório Dra. Patrícia Moura", "agenda@drapatriciamoura.com.br", SP,
                    "webmail", msgid_domain="drapatriciamoura.com.br")
    mae = Person("Regina Nogueira", "regina.nogueira58@uol.com.br", SP, "webmail",
                 msgid_domain="uol.com.br")
    pedro = Person("Pedro Nogueira", "pedro.nogueira.eng@gmail.com", SP, "gmail")
    julia = Person("Júlia Santana", "ju.santana@gmail.com", SP, "gmail")
    nando = Person("Fernando Kato", "nandokato@gmail.com", SP, "gmail")
    ana = Person("Ana Beatriz Lins", "anabia.lins@gmail.com", SP, "gmail")

    # ================================================================== LUMINA
    add("L0", gh, [me], T("2026-03-10 21:03"), """Hi Beatriz,

Thanks for applying to the Product Designer (Remote - Americas) role at Lumina Health. We've received your application and our team will review it shortly.

If your background is a match, someone from our recruiting team will reach out about next steps.

Best,
Lumina Health Talent Team

Please do not reply to this email; this mailbox is not monitored.""",
        subject="Thank you for applying to Lumina Health", headers=AUTO,
        html=html_of("Hi Beatriz,\n\nThanks for applying to the Product Designer (Remote - Americas) "
                     "role at Lumina Health. We've received your application and our team will "
                     "review it shortly.\n\nBest,\nLumina Health Talent Team"))
    case.thread("L0", True, "application", "Lumina Health",
                "Greenhouse acknowledgement of a portal application (no person to follow up)")

    add("L1", kayla, [me], T("2026-03-12 13:20"), """Hi Beatriz,

Thanks so much for your interest in Lumina Health! I'm the recruiter supporting our Care Team Tools squad and your portfolio (especially the patient onboarding work) caught my eye.

I'd love to set up a quick 30 minute intro call. Would any of these work for you? All times Pacific:

- Tue 3/17, 9:30am
- Wed 3/18, 1:00pm
- Thu 3/19, 8:00am

We're fully remote and hire across the Americas, so no worries about the time difference.""",
        subject="Lumina Health // Product Designer (Remote - Americas)")
    add("L1b", me, [kayla], T("2026-03-12 14:05"), """Hi Kayla,

Great to hear from you! Tuesday 3/17 at 9:30am PT works well for me (that's 1:30pm here in São Paulo).

Looking forward to it.

""" + SIG_EN, parent="L1")
    add("L1c", kayla, [me], T("2026-03-12 14:31"), """Perfect! Here's the Zoom for Tuesday: https://luminahealth.zoom.us/j/81120459933

Talk soon!""", parent="L1", sig=False)
    add("L1d", me, [kayla], T("2026-03-17 15:10"), """Hi Kayla,

Thank you for the call earlier today and for walking me through how the Care Team Tools squad is set up. The focus on nurses' handoff workflows is exactly the kind of problem I love working on.

Happy to send anything else that would help.

""" + SIG_EN, parent="L1c")
    add("L1e", kayla, [me], T("2026-03-19 17:40"), """Hi Beatriz!

Good news: the team loved your portfolio. Next step is a 60 min portfolio review with Dan Whitaker (Design Manager) and Mei Tanaka (Senior Product Designer). Dan will send you a calendar invite directly.

Pick 2 projects, ~20 min each, and leave room for questions.""", parent="L1d")
    add("L1f", kayla, [me], T("2026-03-26 12:10"), """Hi Beatriz,

Thanks again for your time with Dan and Mei on Tuesday, they both came away really impressed.

The next step is a short design challenge. The brief is attached; it shouldn't take more than 4-5 hours, please don't go overboard. We usually give candidates about a week, so would Thursday 4/2 work as a deadline on your side?

Let me know if any questions come up.""", parent="L1e",
        attachments=[("Lumina_Design_Challenge_PD.pdf", "application/pdf",
                      make_pdf(["Lumina Health - Product Designer design challenge",
                                "Redesign the shift handoff summary for charge nurses.",
                                "Deliverables: flows, 2-3 key screens, short rationale.",
                                "Timebox: 4-5 hours."]))])
    add("L1g", me, [kayla], T("2026-03-26 13:02"), """Hi Kayla,

Got it, thanks! The brief looks fun. I'll have it back to you by Wednesday 4/1, end of day, since Thursday and Friday are holidays-ish here (Easter week) and I'd rather not cut it close.

Bea

""" + SIG_EN, parent="L1f")
    add("L1h", me, [kayla], T("2026-03-31 18:20"), """Hi Kayla,

Here's my take on the handoff challenge, a day early:

- Figma (view only): https://www.figma.com/proto/lumina-handoff-bn
- PDF with the rationale attached

I ended up cutting scope to the "unstable patient" flag, the rationale explains why. Curious to hear what the team thinks!

""" + SIG_EN, parent="L1g",
        attachments=[("Nogueira_Lumina_handoff_challenge.pdf", "application/pdf",
                      make_pdf(["Shift handoff - design challenge", "Beatriz Nogueira",
                                "Scope: unstable patient flag", "3 screens, 1 flow"]))])
    add("L1i", kayla, [me], T("2026-04-01 13:05"), """Got it, and ahead of schedule! Sharing with the team now.""",
        parent="L1h", sig=False)
    add("L1j", kayla, [me], T("2026-04-07 15:30"), """Hi Beatriz,

The team really enjoyed your challenge, Dan called the unstable-patient flag "the thing we should have thought of". 

Last step: a 90 minute whiteboard session with three folks from the design team. You'll get a Greenhouse scheduling link from me in a minute, just pick whatever slot works.""",
        parent="L1i")
    add("L1k", me, [kayla], T("2026-04-07 17:10"), """Oba! Thanks Kayla, that's great to hear. Just picked Tuesday the 14th in the scheduler.

""" + SIG_EN, parent="L1j")
    add("L1l", kayla, [me], T("2026-04-15 14:15"), """Hi Beatriz,

Hope you had a chance to rest after yesterday! Jun, Rachel and Tomás all shared their notes already.

The hiring team debriefs this Friday (4/17) and I'll be back in touch by Tuesday 4/21 at the latest with where things landed.""",
        parent="L1k")
    case.thread("L1", True, "interview", "Lumina Health",
                "recruiter thread: intro call Tue Mar 17 13:30-14:00 BRT (9:30 PT) thanked the "
                "same day; take-home promised 'by Wednesday 4/1' and sent Mar 31; Kayla promises "
                "news 'by Tuesday 4/21' (window still open)")
    case.meeting("L1", T("2026-03-17 13:30"), T("2026-03-17 14:00"), met=[kayla.email],
                 thanks={kayla.email: "L1d"}, what="recruiter intro call")
    case.own_promise("L1", "L1g", kayla.email, "2026-04-01", kept_by="L1h")
    case.promise("L1", "L1l", kayla.email, "2026-04-21")

    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "lumina-portfolio"),
                   stamp=T("2026-03-20 12:30"), start=T("2026-03-24 14:00"),
                   end=T("2026-03-24 15:00"), tzid=LA,
                   summary="Portfolio review – Beatriz Nogueira / Lumina Health",
                   organizer=dan, attendees=[(dan, "ACCEPTED", "INDIVIDUAL"),
                                             (mei, "ACCEPTED", "INDIVIDUAL"),
                                             (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://luminahealth.zoom.us/j/84417702215",
                   description="Hi Beatriz! 2 projects, ~20 min each, then Q&A. "
                               "No slides needed, Figma is great.\n\n- Dan")
    add("L2", dan_cal, [me], T("2026-03-20 12:30"), """Beatriz Nogueira, you have been invited to the following event.

Portfolio review – Beatriz Nogueira / Lumina Health
When: Tuesday Mar 24, 2026 10am – 11am Pacific Time - Los Angeles
Joining info: https://luminahealth.zoom.us/j/84417702215
Calendar: beatriz.nogueira@example.com.br
Who:
  * Dan Whitaker - organizer
  * Mei Tanaka
  * beatriz.nogueira@example.com.br

Hi Beatriz! 2 projects, ~20 min each, then Q&A. No slides needed, Figma is great.

- Dan

Going (beatriz.nogueira@example.com.br)?   Yes - Maybe - No

Invitation from Google Calendar""",
        subject="Invitation: Portfolio review – Beatriz Nogueira / Lumina Health @ Tue Mar 24, "
                "2026 10am - 11am (PDT) (beatriz.nogueira@example.com.br)",
        headers=dict(GCAL), reply_to=dan, ics=ics, sig=False)
    case.thread("L2", True, "interview", "Lumina Health",
                "portfolio review Tue Mar 24 10-11 PDT = 14:00-15:00 BRT with Dan and Mei; both "
                "thanked by one note in a new thread")

    add("L3", me, [dan, mei], T("2026-03-24 17:20"), """Hi Dan, hi Mei,

Thank you both for the portfolio review this afternoon (well, morning for you!). I really enjoyed the back-and-forth on the onboarding project, Mei's question about what we'd cut if the nurses had only 30 seconds has stayed with me.

Looking forward to the next steps.

""" + SIG_EN, subject="Thank you – portfolio review today")
    add("L3b", dan, [me], T("2026-03-25 14:05"), """Likewise Beatriz, it was a fun hour. Kayla will follow up on next steps.""",
        parent="L3")
    case.thread("L3", True, "interview", "Lumina Health",
                "one thank-you note to both portfolio reviewers; Dan's reply")
    case.meeting("L2", T("2026-03-24 14:00"), T("2026-03-24 15:00"),
                 met=[dan.email, mei.email], thanks={dan.email: "L3", mei.email: "L3"},
                 what="portfolio review")

    wb_desc = ("Whiteboard session – Product Designer (Remote - Americas)\n\n"
               "You'll work through a problem live in FigJam with three members of our design "
               "team:\n- Jun Park, Staff Product Designer\n- Rachel Odum, Senior Product "
               "Designer\n- Tomás Iglesias, Product Designer\n\n"
               "Zoom: https://luminahealth.zoom.us/j/86203317745")
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "lumina-whiteboard"),
                   stamp=T("2026-04-08 12:02"), start=T("2026-04-14 15:00"),
                   end=T("2026-04-14 16:30"), tzid=LA,
                   summary="Lumina Health – Whiteboard Session (Beatriz Nogueira)",
                   organizer=Person("Lumina Health Recruiting", "no-reply@greenhouse.io"),
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (jun, "ACCEPTED", "INDIVIDUAL"),
                              (rachel, "ACCEPTED", "INDIVIDUAL"),
                              (tomas, "ACCEPTED", "INDIVIDUAL")],
                   location="Zoom", description=wb_desc,
                   prodid="-//Greenhouse Software//Interview Scheduling//EN")
    wb_text = """Hi Beatriz,

Your interview for the Product Designer (Remote - Americas) role at Lumina Health is confirmed.

Tuesday, April 14, 2026
11:00 AM - 12:30 PM Pacific Time (PDT)
Your time zone: 3:00 PM - 4:30 PM (Brasilia Time)

Whiteboard Session
Interviewers:
  Jun Park - Staff Product Designer
  Rachel Odum - Senior Product Designer
  Tomás Iglesias - Product Designer

Location: Zoom - https://luminahealth.zoom.us/j/86203317745
A calendar invitation is attached.

Need to reschedule? Reply to Kayla Brooks directly.

Lumina Health
Powered by Greenhouse"""
    add("L4", gh, [me], T("2026-04-08 12:02"), wb_text,
        subject="Interview Confirmation: Product Designer (Remote - Americas) - Whiteboard Session",
        headers=AUTO, html=html_of(wb_text), ics=ics, ics_mode="attach")
    case.thread("L4", True, "interview", "Lumina Health",
                "Greenhouse confirmation (ICS) for the whiteboard session Tue Apr 14 11:00-12:30 "
                "PDT = 15:00-16:30 BRT with Jun, Rachel and Tomás; Jun and Rachel thanked in new "
                "threads, Tomás not")

    add("L5", me, [jun], T("2026-04-14 19:05"), """Hi Jun,

Thank you for today's session! Sketching the medication-reconciliation flow with you was the most fun I've had in an interview in a long time, and your nudge to start from the pharmacist's interruptions changed my whole approach halfway through.

Hope we get to keep the conversation going.

""" + SIG_EN, subject="Whiteboard session – thank you")
    add("L5b", jun, [me], T("2026-04-15 12:40"), """Hey Bea, it was a good one. Thanks for being such a good sport about the curveball at minute 40 :)

Jun""", parent="L5", sig=False)
    case.thread("L5", True, "interview", "Lumina Health",
                "new-thread thank-you to Jun after the whiteboard; his reply")

    add("L6", me, [rachel], T("2026-04-14 19:30"), """Hi Rachel,

Muito obrigada, and thank you in English too :) I appreciated how you pushed on the edge cases in the whiteboard today, especially the offline scenario. It made the solution much stronger.

All the best,

""" + SIG_EN, subject="Thanks for this afternoon")
    case.thread("L6", True, "interview", "Lumina Health",
                "new-thread thank-you to Rachel after the whiteboard")
    case.meeting("L4", T("2026-04-14 15:00"), T("2026-04-14 16:30"),
                 met=[jun.email, rachel.email, tomas.email],
                 thanks={jun.email: "L5", rachel.email: "L6"}, what="whiteboard session")

    case.expect("thank_you", "L4", tomas.email,
                "third designer at the whiteboard session Tue Apr 14 15:00-16:30 BRT (11:00 "
                "PDT), named in the Greenhouse confirmation and in the ICS; Jun and Rachel got "
                "notes, Tomás did not; overdue since Apr 15 16:30")
    case.forbid("L4", rachel.email, "thanked in a new thread at 19:30 the same evening "
                "('Muito obrigada, and thank you in English too')")
    case.forbid("L4", gh.email, "Greenhouse no-reply sender and ICS organizer: automated")
    case.forbid("L1", kayla.email, "intro call thanked Mar 17; take-home promised 'by "
                "Wednesday 4/1' was sent Mar 31; her 'by Tuesday 4/21' is still ahead; she was "
                "not at the whiteboard session")

    # ================================================================== KESTREL
    add("K1", lena, [me], T("2026-03-11 06:15"), """Hi Beatriz,

thank you for your application for the Senior Product Designer position at Kestrel Mobility. We like what we've seen in your portfolio and would love to get to know you a bit better.

Would you have time for a first 30-minute call on Thursday, 19 March at 14:00 CET? If I calculated correctly, that is 10:00 in São Paulo. If not, just suggest another time this or next week.""",
        subject="Your application – Senior Product Designer (Remote, EU/LatAm)")
    add("K1b", me, [lena], T("2026-03-11 08:40"), """Hi Lena,

Thanks for reaching out! Your math is right: 19/03 at 14:00 CET = 10:00 here. That works for me.

Best,

""" + SIG_EN, parent="K1")
    add("K1c", me, [lena], T("2026-03-19 11:15"), """Hi Lena,

Thank you for this morning's call. It was really helpful to understand how the design team works with the fleet operators in Hamburg and Lisbon, and I loved hearing that the designers ride along on depot visits.

Looking forward to hearing about next steps.

""" + SIG_EN, parent="K1b")
    add("K1d", lena, [me], T("2026-03-23 05:30"), """Hi Beatriz,

good news: Jonas Becker, our Head of Design, would like to meet you. He is travelling the week before Easter, so the earliest is Tuesday, 7 April at 16:00 our time. I'll send you a Teams invitation separately.

One warning: Germany switches to summer time on 29 March, so on the 7th 16:00 Berlin will be 11:00 for you, not 12:00. Calendars should handle it, but just in case!""",
        parent="K1c")
    add("K1e", me, [lena], T("2026-03-23 08:10"), """Hi Lena,

Great, 7 April it is. And thanks for the heads-up, Brazil dropped daylight saving a few years ago so I always get confused by everyone else's :)

""" + SIG_EN, parent="K1d")
    add("K1f", me, [lena], T("2026-04-07 12:40"), """Hi Lena,

Thank you for organising today's conversation with Jonas, it went really well from my side.

One small thing: Aylin from the platform team joined for the second half and I didn't catch her email. Could you pass it on, or forward her my thanks? I'd like to thank her properly for her questions about the depot tablet.

""" + SIG_EN, parent="K1e")
    add("K1g", lena, [me], T("2026-04-08 04:05"), """Hi Beatriz,

I'm glad to hear it! I'll forward your note to Aylin, she prefers not to have her address shared outside the company, I hope you understand.

Jonas and the two other interviewers for this role will sit together on Thursday to compare notes, and you will have an answer from me by Friday, 10 April.""",
        parent="K1f")
    add("K1h", me, [lena], T("2026-04-09 09:30"), """Hi Lena,

Of course, thanks for passing it on. Meanwhile, here's the fleet dashboard case study I mentioned to Jonas, in case it's useful for Thursday's discussion: https://beatriznogueira.design/fleet-dashboard

""" + SIG_EN, parent="K1g")
    add("K1i", lena, [me], S("2026-04-09 09:30:41"), """Thank you for your message.

I am out of the office and will be back on Wednesday, 15 April. During this time I have no access to my emails. For urgent matters please contact people@kestrel-mobility.de.

Best regards
Lena Hartmann""",
        subject="Automatic reply: Your application – Senior Product Designer (Remote, EU/LatAm)",
        parent="K1h", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("K1", True, "interview", "Kestrel Mobility",
                "first call Thu Mar 19 14:00 CET = 10:00 BRT, thanked; Lena arranges Jonas "
                "interview; asked for Aylin's address Apr 7; Lena promises an answer 'by Friday, "
                "10 April'; her out-of-office says back Wed 15 April")
    case.meeting("K1", T("2026-03-19 10:00"), T("2026-03-19 10:30"), met=[lena.email],
                 thanks={lena.email: "K1c"}, what="first call")
    case.promise("K1", "K1g", lena.email, "2026-04-10", back="2026-04-15")

    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "kestrel-jonas"),
                   stamp=T("2026-03-23 05:35"), start=T("2026-04-07 11:00"),
                   end=T("2026-04-07 12:00"), tzid="W. Europe Standard Time",
                   summary="Kestrel Mobility | Senior Product Designer – Beatriz Nogueira / "
                           "Jonas Becker",
                   organizer=lena,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (jonas, "ACCEPTED", "INDIVIDUAL"),
                              (("BER-HQ 3.02 Spree", "ber-hq-302-spree@kestrel-mobility.de"),
                               "ACCEPTED", "ROOM")],
                   location="Microsoft Teams Meeting; BER-HQ 3.02 Spree",
                   description="Conversation with Jonas Becker (Head of Design). Aylin from our "
                               "Platform team will join for the second half to talk about how "
                               "design and engineering work together. I won't be in the call "
                               "myself - Jonas takes it from here.",
                   prodid="Microsoft Exchange Server 2010")
    add("K2", lena, [me], T("2026-03-23 05:35"), """Hi Beatriz,

here is the invitation for your conversation with Jonas Becker (Head of Design). Aylin from our Platform team will join for the second half to talk about how design and engineering work together. I won't be in the call myself, Jonas takes it from here.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_kestrel>
Meeting ID: 318 552 907 44
Passcode: Kx7bQ2
________________________________________________________________________________""",
        subject="Kestrel Mobility | Senior Product Designer – Beatriz Nogueira / Jonas Becker",
        ics=ics, ics_mode="outlook", sig=False)
    case.thread("K2", True, "interview", "Kestrel Mobility",
                "Teams invite (W. Europe Standard Time, room resource) for Tue Apr 7 16:00 CEST = "
                "11:00 BRT; Jonas met and thanked in a new thread; Aylin met, address never given "
                "(asked of Lena at 12:40); Lena organised but did not attend")

    add("K3", me, [jonas], T("2026-04-07 13:15"), """Hi Jonas,

Thank you for the conversation this morning. I keep thinking about the depot tablet that has to work with gloves on: it's the kind of constraint I enjoy designing for.

If it helps your discussion, I'm happy to share more on how I ran field research with clinicians at Vagalume Saúde.

Best regards,

""" + SIG_EN, subject="Thank you – our conversation today")
    add("K3b", jonas, [me], T("2026-04-07 14:20"), """Hi Beatriz,

thanks, I enjoyed it too. Lena will be in touch about the next steps.

Jonas""", parent="K3", sig=False)
    case.thread("K3", True, "interview", "Kestrel Mobility",
                "new-thread thank-you to Jonas; his reply (before Lena's promise)")
    case.meeting("K2", T("2026-04-07 11:00"), T("2026-04-07 12:00"), met=[jonas.email],
                 thanks={jonas.email: "K3"}, unknown=["Aylin"], arranged_by=lena.email,
                 what="interview with Jonas and Aylin")
    case.forbid("K1", lena.email, "'an answer from me by Friday, 10 April' has passed, but her "
                "out-of-office gives Wed 15 April as return day: the callback counts from Apr 15 "
                "and is due only at the end of Fri Apr 17 (without the return date it would be "
                "due); the out-of-office itself is not an answer")
    case.forbid("K2", lena.email, "she organised the invite but was not in the call (her "
                "description says so); Beatriz already asked her for Aylin's address at 12:40 "
                "the same day, so no ask_for_address is owed")
    case.forbid("K2", jonas.email, "thanked in a new thread at 13:15 the same day")

    # ================================================================== IPÊ LABS
    add("I1", bruna, [me], T("2026-04-01 11:20"), """Oi Beatriz, tudo bem?

Sou a Bruna, do time de talentos da Ipê Labs. A gente faz crédito para pequenos produtores rurais e estamos montando o time de design do app. Vi seu case do simulador de crédito rural no seu site e achei que tinha tudo a ver!

Topa vir aqui no escritório (Pinheiros) pra apresentar seu portfólio? Tenho estas opções:
- qua 08/04 às 15h
- qui 09/04 às 10h
- sex 10/04 às 10h""",
        subject="Ipê Labs | Product Designer Sênior – bate-papo")
    add("I1b", me, [bruna], T("2026-04-01 12:30"), """Oi Bruna! Tudo ótimo, e com você?

Que legal, adoraria conhecer vocês. Sexta 10/04 às 10h fica perfeito pra mim.

""" + SIG_PT, parent="I1")
    add("I1c", bruna, [me], T("2026-04-02 09:15"), """Fechado, Beatriz!

Você vai conversar com o Diego Almeida, nosso CPO (diego.almeida@ipelabs.com.br, já copiei ele aqui), e com a Fernanda, nossa designer sênior. Reserva 1h30, tá?

Endereço: Rua dos Pinheiros, 1200, 6º andar. É só se identificar na recepção.

Beijo!""", parent="I1b", cc=[diego])
    add("I1d", me, [bruna], T("2026-04-02 09:40"), """Perfeito, valeu Bruna! Até sexta.

""" + IPHONE_PT, parent="I1c", sig=False)
    add("I1e", me, [diego], T("2026-04-10 14:20"), """Diego, muito obrigada pela conversa de hoje de manhã — e thanks também por ter aberto o roadmap do app com tanta transparência.

Saí de lá com a cabeça fervendo de ideias sobre a jornada do produtor que não tem sinal no campo. Se quiser, posso mandar uns rascunhos do que comentei sobre o modo offline.

""" + SIG_PT, parent="I1d")
    add("I1f", diego, [me], T("2026-04-10 18:05"), """Valeu, Beatriz! Foi muito bom. A Bruna te passa os próximos passos.

Diego""", parent="I1e", sig=False)
    add("I1g", bruna, [me], T("2026-04-14 17:10"), """Oi Bia!

Passando pra dar notícia: o Diego e a Fê curtiram muito a conversa. O time ainda está fechando as entrevistas com outras duas pessoas, e te dou um retorno até a próxima sexta (17/04), combinado?""",
        parent="I1f")
    case.thread("I1", True, "interview", "Ipê Labs",
                "slots offered, 'sex 10/04 às 10h' picked; portfolio presentation at the office "
                "Fri Apr 10 10:00-11:30 with Diego (address in text, cc) and Fernanda (no address "
                "anywhere); Diego thanked; Beatriz has not written to Bruna since; Bruna promises "
                "news 'até a próxima sexta (17/04)' (window open)")
    case.meeting("I1", T("2026-04-10 10:00"), T("2026-04-10 11:30"), met=[diego.email],
                 thanks={diego.email: "I1e"}, unknown=["Fernanda"], arranged_by=bruna.email,
                 what="portfolio presentation")
    case.promise("I1", "I1g", bruna.email, "2026-04-17")
    case.expect("ask_for_address", "I1", bruna.email,
                "Fernanda (senior designer) was met at the Fri Apr 10 presentation but her "
                "address is nowhere in the mailbox; Bruna arranged it and Beatriz has not written "
                "to her since the meeting (Bruna's Apr 14 update went unanswered); due since Apr 10 "
                "13:30")
    case.forbid("I1", diego.email, "thanked in the thread at 14:20 the same day ('muito "
                "obrigada ... e thanks também'); no dated promise from him")

    # ================================================================== QUINTAL
    add("Q1", leticia, [me], T("2026-03-31 10:40"), """Oi, Beatriz! Tudo bem?

Conforme conversamos pelo LinkedIn, segue o convite para o bate-papo com o Henrique Sato (henrique.sato@quintalfinancas.com.br), nosso head de design, na quinta-feira (09/04) das 14h às 15h, pelo Google Meet. Eu abro a conversa e depois passo a bola pra ele.

O convite já deve ter chegado na sua agenda. Qualquer coisa, me chama por aqui!""",
        subject="Quintal Finanças | Product Designer")
    add("Q1b", me, [leticia], T("2026-03-31 11:15"), """Oi Letícia, tudo ótimo!

Recebi o convite, confirmado. Até quinta!

""" + SIG_PT, parent="Q1")
    add("Q1c", me, [leticia], T("2026-04-09 16:30"), """Oi Letícia,

Obrigada pela condução de hoje, e thanks pela paciência com meu áudio travando no começo! Gostei muito de entender o momento da Quintal e os planos para o app de investimentos.

""" + SIG_PT, parent="Q1b")
    add("Q1d", leticia, [me], T("2026-04-09 17:45"), """Imagina, Bia! Foi ótimo.

O Henrique ainda vai conversar com mais duas pessoas, mas a decisão deve sair até sexta que vem (17/04). Te aviso assim que tiver novidades.""",
        parent="Q1c")
    add("Q1e", leticia, [me], T("2026-04-14 11:20"), """Oi, Beatriz, tudo bem?

Queria primeiro te agradecer pelo tempo e pela conversa com o Henrique. Foi um processo bem disputado e seu portfólio chamou muita atenção.

Depois de muita conversa, o time decidiu seguir com uma pessoa com um perfil mais voltado para growth neste momento. Sei que não é a notícia que você esperava, mas adoraríamos manter contato para as próximas oportunidades.

Um abraço e sucesso!""", parent="Q1d")
    add("Q1f", me, [leticia], T("2026-04-14 13:00"), """Oi Letícia,

Obrigada pelo retorno e pelo cuidado em todo o processo. Claro que fico um pouco chateada, mas entendo totalmente. Vamos manter contato sim!

""" + SIG_PT, parent="Q1e")
    case.thread("Q1", True, "rejection", "Quintal Finanças",
                "Letícia sets up the Apr 9 conversation (Henrique's address in text); Letícia "
                "thanked after it; 'decisão até sexta que vem (17/04)'; gentle rejection Tue Apr 14 "
                "ends it; Henrique never thanked")
    case.promise("Q1", "Q1d", leticia.email, "2026-04-17", ended_by="Q1e")

    q_desc = ("14h00 - Letícia: boas-vindas, como trabalhamos e benefícios (10 min)\n"
              "14h10 - Henrique: seu portfólio + um case à sua escolha\n"
              "14h50 - suas perguntas\n\nGoogle Meet: https://meet.google.com/qfn-wbzk-txe")
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "quintal"),
                   stamp=T("2026-03-31 10:45"), start=T("2026-04-09 14:00"),
                   end=T("2026-04-09 15:00"), tzid=SP,
                   summary="Bate-papo Quintal <> Beatriz", organizer=leticia_cal,
                   attendees=[(leticia_cal, "ACCEPTED", "INDIVIDUAL"),
                              (henrique, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="https://meet.google.com/qfn-wbzk-txe", description=q_desc)
    add("Q2", leticia_cal, [me], T("2026-03-31 10:45"), """Você recebeu um convite para o seguinte evento.

Bate-papo Quintal <> Beatriz
Quando: quinta-feira, 9 de abril de 2026 14:00 – 15:00 Horário Padrão de Brasília
Participar com o Google Meet: https://meet.google.com/qfn-wbzk-txe
Agenda: beatriz.nogueira@example.com.br
Participantes:
  * Letícia Moraes - organizador
  * Henrique Sato
  * beatriz.nogueira@example.com.br

14h00 - Letícia: boas-vindas, como trabalhamos e benefícios (10 min)
14h10 - Henrique: seu portfólio + um case à sua escolha
14h50 - suas perguntas

Vai participar (beatriz.nogueira@example.com.br)?   Sim - Talvez - Não

Convite do Google Agenda""",
        subject="Convite: Bate-papo Quintal <> Beatriz @ qui 9 de abr de 2026 14:00 - 15:00 (BRT) "
                "(beatriz.nogueira@example.com.br)",
        headers=dict(GCAL), reply_to=leticia, ics=ics, sig=False)
    case.thread("Q2", True, "interview", "Quintal Finanças",
                "Google Calendar invite whose title says only 'bate-papo'; the description shows "
                "Letícia runs the first 10 minutes, so both she and Henrique were met")
    case.meeting("Q2", T("2026-04-09 14:00"), T("2026-04-09 15:00"),
                 met=[leticia.email, henrique.email], thanks={leticia.email: "Q1c"},
                 what="bate-papo (interview)")
    case.expect("thank_you", "Q2", henrique.email,
                "interview Thu Apr 9 14:00-15:00 BRT took place; only Letícia (who ran the first "
                "part) was thanked; the rejection of Apr 14 does not cancel a thank-you owed for a "
                "meeting that happened; overdue since Apr 10 15:00")
    case.forbid("Q1", leticia.email, "thanked on Apr 9 at 16:30; her 'até sexta que vem "
                "(17/04)' was ended by the rejection of Apr 14")

    # ================================================================== TUCANO
    add("T1", me, [renata], T("2026-03-13 09:50"), """Oi Renata, tudo bem?

A gente se conheceu no meetup do Design Sampa em fevereiro, conversamos sobre o app do motorista. Vi que vocês abriram a vaga de Product Designer para esse time e gostaria muito de me candidatar.

Segue meu CV em anexo, e o portfólio está em beatriznogueira.design. Acho que a experiência com o fluxo de agendamento na Vagalume Saúde conversa bastante com o problema de janelas de coleta que você comentou.

""" + SIG_PT, subject="Candidatura – Product Designer (app do motorista)",
        attachments=[("CV_Beatriz_Nogueira_2026.pdf", "application/pdf", CV)])
    add("T1b", renata, [me], T("2026-03-16 08:45"), """Oi Beatriz! Lembro sim, claro.

Obrigada por mandar! Vou pedir pra Thaís, do nosso time de People, agendar um papo com a gente. Só aviso que eu fico fora umas duas semanas, então deve ser no fim do mês.

Renata""", parent="T1")
    add("T1c", thais, [me], T("2026-03-17 10:20"), """Oi, Beatriz! Tudo bem?

A Renata me pediu pra marcar uma conversa de vocês. Pode ser na segunda, 30/03, às 11h? Pode ser aqui no escritório na Barra Funda ou online, o que for melhor pra você.""",
        parent="T1b", cc=[renata])
    add("T1d", me, [thais], T("2026-03-17 10:55"), """Oi Thaís! Segunda 30/03 às 11h fechado. Online é melhor pra mim, valeu!

""" + SIG_PT, parent="T1c", cc=[renata])
    add("T1e", thais, [me], T("2026-03-17 11:12"), """Combinado! Segue o link: https://meet.google.com/tcn-frte-dsg""",
        parent="T1d", cc=[renata])
    add("T1f", me, [renata], T("2026-03-30 14:45"), """Renata, obrigada pela conversa de hoje! Thanks principalmente por me mostrar as gravações dos motoristas no pátio, ajudou muito a entender o contexto.

Fiquei bem animada com o desafio.

""" + SIG_PT, parent="T1e")
    add("T1g", renata, [me], T("2026-03-30 17:30"), """Eu que agradeço, Beatriz! Foi uma ótima conversa.""",
        parent="T1f", sig=False)
    add("T1h", thais, [me], T("2026-04-01 16:10"), """Oi Beatriz!

A Renata me pediu pra te avisar que ela ainda vai alinhar com o time de engenharia, mas te dá uma posição até quarta-feira, dia 08/04.

Qualquer dúvida, estou por aqui.""", parent="T1g")
    case.thread("T1", True, "interview", "Tucano Fretes",
                "application with CV to Renata Mar 13 (answered Mar 16); Thaís schedules an "
                "online conversation Mon Mar 30 11:00 (no end time) with Renata, thanked; Thaís "
                "relays Renata's 'posição até quarta-feira, dia 08/04'; nothing since")
    case.application("T1", "T1", renata.email, answered_by="T1b")
    case.meeting("T1", T("2026-03-30 11:00"), None, met=[renata.email],
                 thanks={renata.email: "T1f"}, what="conversation with Renata")
    case.promise("T1", "T1h", thais.email, "2026-04-08")
    case.expect("callback", "T1", thais.email,
                "Thaís wrote (relaying Renata) 'te dá uma posição até quarta-feira, dia 08/04'; "
                "nothing from Tucano since; due end of Fri Apr 10", promised="2026-04-08")

    # ================================================================== HALYARD
    add("H1", jess, [me], T("2026-03-16 11:05"), """Hi Beatriz,

I came across your work on Dribbble (the clinical scheduling shots!) and wanted to reach out. We're growing the product design team at Halyard, where we build analytics for clinical trial sites.

Would you be open to a 30-minute conversation? I have Thursday 3/19 at 11am ET free if that's not too early for you.""",
        subject="Halyard Analytics – Senior Product Designer conversation")
    add("H1b", me, [jess], T("2026-03-16 11:40"), """Hi Jess,

Thanks for reaching out, I'd love to chat! 3/19 at 11am ET works (that's noon for me in São Paulo).

""" + SIG_EN, parent="H1")
    add("H1c", me, [jess], T("2026-03-19 13:40"), """Hi Jess,

Thank you for the conversation today! It was great to hear how Halyard is thinking about site coordinators as a first-class user. In case Alex wants a look before anything else, my portfolio is at beatriznogueira.design.

""" + SIG_EN, parent="H1b")
    add("H1d", jess, [me], T("2026-03-20 16:25"), """Hi Beatriz,

Great talking to you yesterday! I'm sharing your portfolio with Alex, our design lead. To be transparent, we're still wrapping up first conversations with a few other candidates, so I should have feedback from the team for you by Tuesday, 3/31.

Have a great weekend!""", parent="H1c")
    add("H1e", me, [jess], T("2026-03-27 10:30"), """Hi Jess,

Quick note: I just published a new case study on a trial-recruitment dashboard that might be relevant for Alex: https://beatriznogueira.design/trial-recruitment

No need to reply, just wanted you to have it before the team meets.

""" + SIG_EN, parent="H1d")
    add("H1f", jess, [me], S("2026-03-27 10:30:52"), """Hi there,

Thank you for your email. I'm out of the office with limited access to email and will return on Thursday, April 2. If your message is urgent, please reach out to talent@halyardanalytics.com.

Best,
Jess""", subject="Out of office (back 4/2) Re: Halyard Analytics – Senior Product Designer "
                  "conversation", parent="H1e", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})
    case.thread("H1", True, "interview", "Halyard Analytics",
                "a 'conversation' Thu Mar 19 11am ET = 12:00 BRT (30 min), thanked; Jess "
                "mentions other candidates and promises feedback 'by Tuesday, 3/31'; Beatriz's "
                "Mar 27 note got only an out-of-office (back Thursday, April 2); nothing since")
    case.meeting("H1", T("2026-03-19 12:00"), T("2026-03-19 12:30"), met=[jess.email],
                 thanks={jess.email: "H1c"}, what="recruiter conversation")
    case.promise("H1", "H1d", jess.email, "2026-03-31", back="2026-04-02")
    case.expect("callback", "H1", jess.email,
                "'feedback from the team for you by Tuesday, 3/31'; her out-of-office (back Thu "
                "Apr 2) is not an answer, it only moves the count to Apr 2: due end of Mon Apr 6; "
                "no word from Halyard since", promised="2026-03-31")

    # ================================================================== TRAILHEAD
    add("TR1", owen, [me], T("2026-04-02 10:30"), """Hi Beatriz,

Thanks for applying to the Product Designer, Checkout role at Trailhead! Your fintech background is really relevant for us.

Could we grab 20 minutes on Monday 4/6? I have 10:00am or 3:30pm ET open.

Owen Pratt
Recruiting | Trailhead Commerce""", subject="Trailhead – Product Designer, Checkout", sig=False)
    add("TR1b", me, [owen], T("2026-04-02 11:00"), """Hi Owen,

Nice to meet you! 10:00am ET on Monday works great (11:00 my time).

""" + SIG_EN, parent="TR1")
    add("TR1c", owen, [me], T("2026-04-02 11:20"), """Great, here's my Zoom: https://trailheadcommerce.zoom.us/my/owenpratt

Owen""", parent="TR1b", sig=False)
    add("TR1d", me, [owen], T("2026-04-06 13:05"), """Hi Owen,

Thanks for the chat this morning, it was great to hear how the checkout team is structured and what Nicole is looking for.

As you asked, I'll send two references over by Monday, April 13. One of them is a former manager who is traveling this week and I'd like to give her a heads-up first.

""" + SIG_EN, parent="TR1c")
    add("TR1e", owen, [me], T("2026-04-07 10:10"), """Sounds good! Nicole (our design director) will reach out to you directly to set up time.

Sent from my iPhone""", parent="TR1d", sig=False)
    case.thread("TR1", True, "interview", "Trailhead Commerce",
                "20-minute screen Mon Apr 6 10:00 ET = 11:00 BRT, thanked; in the same note "
                "Beatriz promises 'two references over by Monday, April 13' and has not written "
                "to Owen since")
    case.meeting("TR1", T("2026-04-06 11:00"), T("2026-04-06 11:20"), met=[owen.email],
                 thanks={owen.email: "TR1d"}, what="recruiter screen")
    case.own_promise("TR1", "TR1d", owen.email, "2026-04-13")
    case.expect("own_promise", "TR1", owen.email,
                "Beatriz wrote 'I'll send two references over by Monday, April 13' and has not "
                "written to Owen since (her reply to Nicole did not copy him); due end of Apr 13")

    add("TR2", nicole, [me], T("2026-04-08 10:15"), """Hi Beatriz,

This email confirms your video interview with me on Monday, April 13 from 2:00 to 2:45 PM ET (3:00 to 3:45 PM in São Paulo, if I have that right).

Zoom: https://trailheadcommerce.zoom.us/j/93318820461

I'll ask you to walk me through one project end to end, ideally something where you had to make a hard trade-off. No need to prepare slides.""",
        subject="Video interview – Monday 4/13", cc=[owen])
    add("TR2b", me, [nicole], T("2026-04-08 10:40"), """Hi Nicole,

Thanks so much, confirmed on my side. See you Monday!

""" + SIG_EN, parent="TR2")
    case.thread("TR2", True, "interview", "Trailhead Commerce",
                "'This email confirms your video interview with me on Monday, April 13 from 2:00 "
                "to 2:45 PM ET' (15:00-15:45 BRT); the only thanks was sent before it")
    case.meeting("TR2", T("2026-04-13 15:00"), T("2026-04-13 15:45"), met=[nicole.email],
                 what="video interview with Nicole")
    case.expect("thank_you", "TR2", nicole.email,
                "video interview Mon Apr 13 2:00-2:45 PM ET = 15:00-15:45 BRT took place; the "
                "'Thanks so much' of Apr 8 came before it; overdue since Apr 14 15:45")

    # ================================================================== COBALTO
    add("C1", me, [sofia], T("2026-04-02 16:40"), """Dear Sofia,

I'm a product designer based in São Paulo and I would like to be considered for the Senior Product Designer (remote) role on the Cobalto website. Your work on the Ferrovie Nord ticketing app is one of the reasons I follow Cobalto closely.

Over the last six years I have designed for healthcare and fintech products, most recently leading a design system used by four squads. I have attached my CV and a short PDF with three case studies.

I can work comfortably with CET hours (I'm four to five hours behind Milan, depending on the season).

Best regards,

""" + SIG_EN, subject="Senior Product Designer (remote) – Beatriz Nogueira",
        attachments=[("CV_Beatriz_Nogueira_2026.pdf", "application/pdf", CV),
                     ("Beatriz_Nogueira_case_studies.pdf", "application/pdf", PORTFOLIO)])
    add("C1b", sofia, [me], S("2026-04-02 16:41:07"), """Grazie per il messaggio. Sono fuori ufficio per le vacanze di Pasqua fino a martedì 7 aprile, con accesso limitato alla posta.

Thank you for your message. I am out of the office for the Easter holidays until Tuesday 7 April, with limited access to email.

Sofia Marchetti
Design Director, Cobalto""",
        subject="Fuori ufficio / Out of office: Senior Product Designer (remote) – Beatriz Nogueira",
        parent="C1", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    case.thread("C1", True, "application", "Cobalto",
                "application with CV and case studies emailed to Sofia Thu Apr 2; only an "
                "Italian/English out-of-office came back (until Tue 7 April)")
    case.application("C1", "C1", sofia.email)
    case.expect("application", "C1", sofia.email,
                "application with CV sent to Sofia on Thu Apr 2; the only answer is an "
                "out-of-office, which is not a person writing; 7 business days ran out at the "
                "end of Mon Apr 13")

    # ================================================================== JABUTICABA (referral)
    add("J1", camila, [me], T("2026-04-10 20:30"), """Biaaa!! Abriu vaga de PD sênior aqui no time de cartões do Jabuti 👀

Já falei de você pra Juliana (head de design), ela pediu pra você mandar portfólio direto pra ela: juliana.prado@jabuticabapay.com.br

Fala que fui eu que indiquei! bjs""", subject="vaga no Jabuti!!!", sig=False)
    add("J1b", me, [camila], T("2026-04-10 21:10"), """Cami, você é um anjo!!! Mando segunda sem falta. Te devo um chopp 🍺

""" + IPHONE_PT, parent="J1", sig=False)
    add("J1c", camila, [me], T("2026-04-10 21:25"), """hahaha vou cobrar!!""", parent="J1b",
        sig=False)
    case.thread("J1", True, "networking", "Jabuticaba Pay",
                "friend Camila (personal Gmail) refers Beatriz and gives Juliana's address; "
                "Beatriz's 'mando segunda' is a promise to a friend, kept on Apr 13")
    case.own_promise("J1", "J1b", camila.email, "2026-04-13", kept_by="J2", job=False)

    add("J2", me, [juliana], T("2026-04-13 09:30"), """Oi Juliana, tudo bem?

A Camila Rocha me indicou para a vaga de Product Designer Sênior no time de cartões (copiei ela aqui). Gostaria muito de participar do processo!

Anexei meu CV; o portfólio está em beatriznogueira.design. Também estou finalizando um protótipo de onboarding de cartão que acho que tem tudo a ver com o momento de vocês: te mando até sexta (17/04), se fizer sentido.

""" + SIG_PT, subject="Indicação da Camila – Product Designer Sênior (Cartões)", cc=[camila],
        attachments=[("CV_Beatriz_Nogueira_2026.pdf", "application/pdf", CV)])
    case.thread("J2", True, "application", "Jabuticaba Pay",
                "application with CV to Juliana Mon Apr 13 (referral, Camila cc'd); no answer "
                "yet; Beatriz promises a prototype 'até sexta (17/04)'")
    case.application("J2", "J2", juliana.email)
    case.own_promise("J2", "J2", juliana.email, "2026-04-17")
    case.forbid("J2", juliana.email, "application sent Mon Apr 13: seven business days run to "
                "the end of Wed Apr 22; Beatriz's own 'até sexta (17/04)' is still ahead")
    case.forbid("J1", camila.email, "friend and referrer on a personal address: not met, "
                "promised nothing; Beatriz's 'mando segunda' to her is a promise to a friend "
                "(and was kept by the Apr 13 mail she was copied on)")

    # ================================================================== RAFAEL (networking)
    add("R1", rafael, [me], T("2026-03-18 07:30"), """Bia! Quanto tempo!

Vou estar em SP de 28/3 a 5/4 (Páscoa com a família). Bora um café? Quero te contar como tá sendo Lisboa e tem umas vagas aqui na Onda que podem ser a tua cara.

Abraço,
Rafa""", subject="café na Páscoa?", sig=False)
    add("R1b", me, [rafael], T("2026-03-18 08:05"), """Rafaaa! Bora demais!!

Quarta 1/4 de manhã? Tipo 9h no Café Jacarandá, na Vila? Fica perto de onde sua mãe mora, né?

Bia""", parent="R1", sig=False)
    add("R1c", rafael, [me], T("2026-03-18 09:02"), """Fechado. 9h lá! ☕""", parent="R1b",
        sig=False)
    add("R1d", me, [rafael], T("2026-04-01 14:00"), """Rafa, thanks pelo café de hoje!! Que delícia colocar o papo em dia.

Obrigada também pela sinceridade sobre o mercado de design em Lisboa e pelas dicas de como a Onda contrata. Vou dar uma olhada com calma nas vagas que você mandou.

Boa volta pra casa!
Bia""", parent="R1c", sig=False)
    add("R1e", rafael, [me], T("2026-04-01 19:00"), """Imagina, foi ótimo te ver! Se abrir algo no time do Miguel passo teu nome na hora.

Beijo,
Rafa""", parent="R1d", sig=False)
    case.thread("R1", True, "networking", "Onda Labs",
                "coffee with a former colleague now in Lisbon, Wed Apr 1 09:00 at a café in Vila "
                "Madalena (no end time: 60 min); thanked the same day, he replied that evening; "
                "nothing since")
    case.meeting("R1", T("2026-04-01 09:00"), None, met=[rafael.email],
                 thanks={rafael.email: "R1d"}, networking=True, what="networking coffee")
    case.expect("networking", "R1", rafael.email,
                "networking coffee Wed Apr 1; the last exchange was his reply that evening, so the "
                "14-day touch fell due at the end of Wed Apr 15")

    # ================================================================== MARINA (networking)
    add("M1", me, [marina], T("2026-03-13 22:10"), """Hi Marina,

I'm a product designer in São Paulo and I loved your talk on designing for night-shift nurses at the Clinical UX Summit. I'm exploring roles in US health tech and would really value your perspective.

Would you have 15 minutes sometime in the next couple of weeks to tell me how you approach research with clinicians who have zero time? Totally understand if not.

""" + SIG_EN, subject="15 minutes on designing for clinicians?")
    add("M1b", marina, [me], T("2026-03-14 11:30"), """Hi Beatriz! Of course, always happy to talk to a fellow Brazilian :) How about Friday 3/20 at 9am Central?""",
        parent="M1")
    add("M1c", me, [marina], T("2026-03-14 12:02"), """Perfect, that's 11am here. Thank you, Marina!

""" + IPHONE_EN, parent="M1b", sig=False)
    add("M1d", me, [marina], T("2026-03-20 14:00"), """Hi Marina,

Thank you so much for your time this morning, and for being so generous with your research templates. The idea of "shadowing the handoff, not the shift" is going straight into my notebook.

""" + SIG_EN, parent="M1c")
    add("M1e", marina, [me], T("2026-03-20 15:20"), """Anytime! Keep me posted on how the search goes.""",
        parent="M1d")
    add("M1f", marina, [me], T("2026-04-08 12:50"), """Hi Beatriz,

Saw this piece on alarm fatigue and thought of our chat: https://clinicalux.example/alarm-fatigue

Also, we might have a contract role opening later this spring. No promises, but I'll keep you in mind.""",
        parent="M1e")
    case.thread("M1", True, "networking", "Willow Clinical",
                "'15 minutes on designing for clinicians': video call Fri Mar 20 9am CT = 11:00 "
                "BRT, thanked that day; Marina wrote again on Apr 8")
    case.meeting("M1", T("2026-03-20 11:00"), None, met=[marina.email],
                 thanks={marina.email: "M1d"}, networking=True, what="informational call")
    case.forbid("M1", marina.email, "informational call Mar 20, thanked; her Apr 8 message "
                "resets the networking clock, so the next touch is due only at the end of Wed "
                "Apr 22 (counting from the call would wrongly say Apr 3)")

    # ================================================================== PINECREST
    cal_text = """Hi Beatriz Nogueira,

A new event has been scheduled.

Event Type:
Pinecrest Labs – Design intro (30 min)

Host:
Grace Liu (grace.liu@pinecrestlabs.com)

Event Date/Time:
1:00pm - 1:30pm (Brasilia Time), Friday, April 10, 2026

Location:
Google Meet (link in the calendar invitation)

Invitee Email:
beatriz.nogueira@example.com.br

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7d1f2c
Reschedule: https://calendly.com/reschedulings/7d1f2c

Powered by Calendly.com"""
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "pinecrest"),
                   stamp=T("2026-04-03 15:22"), start=T("2026-04-10 13:00"),
                   end=T("2026-04-10 13:30"), summary="Pinecrest Labs – Design intro (30 min) "
                   "between Grace Liu and Beatriz Nogueira", organizer=grace,
                   attendees=[(grace, "ACCEPTED", "INDIVIDUAL"),
                              (me, "ACCEPTED", "INDIVIDUAL")],
                   location="Google Meet", prodid="-//Calendly//Calendly//EN")
    add("P1", calendly, [me], T("2026-04-03 15:22"), cal_text,
        subject="Confirmed: Pinecrest Labs – Design intro (30 min) with Grace Liu on Friday, "
                "April 10, 2026", headers=AUTO, html=html_of(cal_text), ics=ics, ics_mode="attach")
    case.thread("P1", True, "interview", "Pinecrest Labs",
                "Calendly booking for Fri Apr 10 13:00-13:30 BRT (9am PT); later moved")

    add("P2", grace, [me], T("2026-04-09 19:10"), """Hi Beatriz,

I'm so sorry to do this last minute: our launch slipped into tomorrow and I'll be heads-down all day. Could we push our intro to Monday 4/20, same time (9am PT)? I've already moved it in Calendly, but wanted to ask you properly.""",
        subject="Our chat tomorrow")
    add("P2b", me, [grace], T("2026-04-09 19:40"), """4/20 works!

Good luck with the launch.

""" + IPHONE_EN, parent="P2", sig=False)
    case.thread("P2", True, "interview", "Pinecrest Labs",
                "Grace asks to move the Apr 10 intro to Mon 4/20; Beatriz: '4/20 works!'")

    cal2 = cal_text.replace("A new event has been scheduled.",
                            "Your event has been rescheduled by Grace Liu.").replace(
        "Friday, April 10, 2026", "Monday, April 20, 2026 (was Friday, April 10, 2026)")
    ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "pinecrest"),
                   stamp=T("2026-04-09 19:12"), start=T("2026-04-20 13:00"),
                   end=T("2026-04-20 13:30"), summary="Pinecrest Labs – Design intro (30 min) "
                   "between Grace Liu and Beatriz Nogueira", organizer=grace,
                   attendees=[(grace, "ACCEPTED", "INDIVIDUAL"),
                              (me, "ACCEPTED", "INDIVIDUAL")],
                   location="Google Meet", prodid="-//Calendly//Calendly//EN", sequence=1)
    add("P3", calendly, [me], T("2026-04-09 19:12"), cal2,
        subject="Updated: Pinecrest Labs – Design intro (30 min) with Grace Liu on Monday, "
                "April 20, 2026", headers=AUTO, html=html_of(cal2), ics=ics, ics_mode="attach")
    case.thread("P3", True, "interview", "Pinecrest Labs",
                "Calendly reschedule notice: now Mon Apr 20 13:00 BRT")
    case.meeting("P1", T("2026-04-10 13:00"), T("2026-04-10 13:30"), met=[grace.email],
                 status="moved", what="intro, moved to Apr 20")
    case.meeting("P3", T("2026-04-20 13:00"), T("2026-04-20 13:30"), met=[grace.email],
                 status="scheduled", what="intro")
    case.forbid("P2", grace.email, "the intro call was moved from Fri Apr 10 to Mon Apr 20 "
                "before it happened; it is still ahead")

    # ================================================================== GUPY (Cajá), LEVER (Fernway)
    g1 = """Olá, Beatriz!

Recebemos sua candidatura para a vaga Product Designer Sênior na Cajá Saúde.

Agora é com a gente: o time de recrutamento vai analisar seu perfil e, caso você avance, entraremos em contato pelos canais cadastrados.

Acompanhe o andamento em: https://cajasaude.gupy.io/candidates/applications

Boa sorte!
Equipe Cajá Saúde

Este é um e-mail automático, por favor não responda."""
    add("G1", gupy_caja, [me], T("2026-03-16 19:22"), g1,
        subject="Recebemos sua candidatura – Product Designer Sênior | Cajá Saúde",
        headers=AUTO, html=html_of(g1), html_only=True)
    case.thread("G1", True, "application", "Cajá Saúde",
                "Gupy acknowledgement of a portal-only application")
    g2 = """Olá, Beatriz!

Boas notícias: você avançou para a etapa Teste de Perfil no processo Product Designer Sênior da Cajá Saúde.

Acesse a plataforma e conclua o teste em até 5 dias: https://cajasaude.gupy.io/candidates/applications

Equipe Cajá Saúde

Este é um e-mail automático, por favor não responda."""
    add("G2", gupy_caja, [me], T("2026-03-30 10:02"), g2,
        subject="Você avançou de etapa! – Product Designer Sênior | Cajá Saúde",
        headers=AUTO, html=html_of(g2), html_only=True)
    case.thread("G2", True, "application", "Cajá Saúde",
                "Gupy stage notice (profile test); no person has written")
    case.forbid("G1", gupy_caja.email, "a portal-only application (Gupy): automated sender, "
                "nobody named to follow up with; digest only, never labelled")

    f1 = """Hi Beatriz,

Thanks for applying to the Senior Product Designer, Growth role at Fernway. We've received your application and will be in touch if there's a fit.

The Fernway Talent Team"""
    add("F1", lever, [me], T("2026-03-09 10:12"), f1,
        subject="Thanks for applying to Fernway!", headers=AUTO, html=html_of(f1),
        html_only=True)
    case.thread("F1", True, "application", "Fernway", "Lever acknowledgement, portal application")
    f2 = """Hi Beatriz,

Thank you for your interest in the Senior Product Designer, Growth role and for the time you put into your application.

We received many strong applications, and after careful consideration we've decided to move forward with candidates whose experience more closely matches our current needs. This was not an easy decision.

We'll keep your details on file and hope our paths cross again.

Warmly,
The Fernway Talent Team"""
    add("F2", lever, [me], T("2026-04-06 14:30"), f2,
        subject="Your application at Fernway", headers=AUTO, html=html_of(f2), html_only=True)
    case.thread("F2", True, "rejection", "Fernway",
                "gentle automated rejection; no interview, nobody to write to")

    # ================================================================== CURRENT JOB (Mandacaru)
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "mandacaru-review"),
                   stamp=T("2026-03-12 09:10"), start=T("2026-03-13 14:00"),
                   end=T("2026-03-13 15:00"), tzid=SP, summary="Review da Sprint 14 – App Feira",
                   organizer=tiago_cal,
                   attendees=[(tiago_cal, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Sala Buriti", "c_188a3buriti@resource.calendar.google.com"),
                               "ACCEPTED", "RESOURCE")],
                   location="Sala Buriti / Meet")
    add("W2", tiago_cal, [me], T("2026-03-12 09:10"), """Você recebeu um convite para o seguinte evento.

Review da Sprint 14 – App Feira
Quando: sexta-feira, 13 de março de 2026 14:00 – 15:00 Horário Padrão de Brasília
Onde: Sala Buriti / Meet
Participantes: Tiago Menezes - organizador, beatriz.nogueira@example.com.br

Convite do Google Agenda""",
        subject="Convite: Review da Sprint 14 – App Feira @ sex 13 de mar de 2026 14:00 - 15:00 "
                "(BRT) (beatriz.nogueira@example.com.br)",
        headers=dict(GCAL), reply_to=tiago, ics=ics, sig=False)
    case.thread("W2", False, None, "Mandacaru Digital", "sprint review at her current contract")
    case.meeting("W2", T("2026-03-13 14:00"), T("2026-03-13 15:00"), met=[tiago.email],
                 job=False, what="sprint review")

    add("W3", tiago, [me], T("2026-03-23 18:40"), """Bia, vou precisar mover nosso 1:1 de amanhã pra quinta (26) às 10h, rolou um conflito com o cliente. Pode ser?""",
        subject="1:1 de amanhã", sig=False)
    add("W3b", me, [tiago], T("2026-03-23 19:02"), """Pode sim, quinta 10h.

""" + IPHONE_PT, parent="W3", sig=False)
    case.thread("W3", False, None, "Mandacaru Digital", "1:1 at her current contract moved")
    case.meeting("W3", T("2026-03-24 10:00"), T("2026-03-24 10:30"), met=[tiago.email],
                 status="moved", job=False)
    case.meeting("W3", T("2026-03-26 10:00"), T("2026-03-26 10:30"), met=[tiago.email],
                 job=False, what="1:1")

    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "mandacaru-estagio"),
                   stamp=T("2026-04-02 15:00"), start=T("2026-04-07 16:00"),
                   end=T("2026-04-07 16:45"), tzid=SP,
                   summary="Entrevista estágio Design – Lucas Ferreira", organizer=tiago_cal,
                   attendees=[(tiago_cal, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (lucas, "ACCEPTED", "INDIVIDUAL")],
                   location="https://meet.google.com/mdc-estg-lcs",
                   description="Tiago e Beatriz entrevistam o Lucas para a vaga de estágio em "
                               "design. Portfólio no link do formulário.")
    add("W1", tiago_cal, [me], T("2026-04-02 15:00"), """Você recebeu um convite para o seguinte evento.

Entrevista estágio Design – Lucas Ferreira
Quando: terça-feira, 7 de abril de 2026 16:00 – 16:45 Horário Padrão de Brasília
Participar com o Google Meet: https://meet.google.com/mdc-estg-lcs
Participantes:
  * Tiago Menezes - organizador
  * beatriz.nogueira@example.com.br
  * Lucas Ferreira (lucas.ferreira.design@gmail.com)

Tiago e Beatriz entrevistam o Lucas para a vaga de estágio em design. Portfólio no link do formulário.

Convite do Google Agenda""",
        subject="Convite: Entrevista estágio Design – Lucas Ferreira @ ter 7 de abr de 2026 "
                "16:00 - 16:45 (BRT) (beatriz.nogueira@example.com.br)",
        headers=dict(GCAL), reply_to=tiago, ics=ics, sig=False)
    add("W1b", tiago, [me], T("2026-04-07 17:00"), """Bia, consegue preencher o scorecard do Lucas ainda hoje? Eu achei ele promissor mas cru em pesquisa.""",
        subject="Re: Entrevista estágio Design – Lucas Ferreira", parent="W1", sig=False,
        quote=False)
    add("W1c", me, [tiago], T("2026-04-07 18:30"), """Feito! Concordo, mas gostei muito do repertório visual dele. Eu seguiria pra próxima etapa.

Bia""", parent="W1b", sig=False)
    case.thread("W1", False, None, "Mandacaru Digital",
                "Beatriz interviews an intern candidate at her current contract (hiring side)")
    case.meeting("W1", T("2026-04-07 16:00"), T("2026-04-07 16:45"),
                 met=[tiago.email, lucas[1]], job=False, what="intern interview (hiring side)")
    case.forbid("W1", lucas[1], "an intern candidate Beatriz interviewed at her current "
                "contract: she is on the hiring side, no thank-you is owed")

    add("W4", fin, [me], T("2026-04-01 10:05"), """Oi Beatriz, tudo bem?

Lembrete: precisamos da sua NF de serviços referente a março para processar o pagamento. O valor é o mesmo do contrato (sem horas extras este mês).

Obrigado!
Financeiro Mandacaru""", subject="NF referente a março", sig=False)
    add("W4b", me, [fin], T("2026-04-01 11:40"), """Oi! Segue em anexo a NF 0042.

Bia""", parent="W4", sig=False,
        attachments=[("NFSe_0042_Beatriz_Nogueira.pdf", "application/pdf",
                      make_pdf(["NFS-e 0042", "Prestador: Beatriz Nogueira Design (MEI)",
                                "Tomador: Mandacaru Digital Ltda", "Competencia: 03/2026"]))])
    case.thread("W4", False, None, "Mandacaru Digital", "invoice for her contract work")

    # ================================================================== DENTIST
    ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentista"),
                   stamp=T("2026-03-20 09:00"), start=T("2026-03-25 08:00"),
                   end=T("2026-03-25 09:00"), tzid=SP,
                   summary="Consulta – Dra. Patrícia Moura", organizer=clinic,
                   location="Rua Cardeal Arcoverde, 2450, cj. 31 – Pinheiros",
                   prodid="-//Clinicorp//Agenda//PT")
    add("D1", clinic, [me], T("2026-03-20 09:00"), """Olá, Beatriz!

Sua consulta está confirmada:
Data: 25/03/2026 (quarta-feira)
Horário: 08h00
Profissional: Dra. Patrícia Moura
Endereço: Rua Cardeal Arcoverde, 2450, cj. 31 – Pinheiros

Em caso de imprevisto, avise com 24h de antecedência.

Consultório Dra. Patrícia Moura
(11) 3555-0190""", subject="Confirmação de consulta – 25/03 às 08h", sig=False, ics=ics,
        ics_mode="publish")
    add("D1b", clinic, [me], T("2026-03-25 11:30"), """Beatriz, bom dia!

Conforme conversado na consulta, a Dra. Patrícia vai te ligar até sexta (27/03) para explicar o orçamento do clareamento e as opções de parcelamento.

Atenciosamente,
Recepção""", parent="D1", sig=False, quote=False)
    case.thread("D1", False, None, "Consultório Dra. Patrícia Moura",
                "dentist appointment (ICS PUBLISH) and a 'vai te ligar até sexta (27/03)'")
    case.meeting("D1", T("2026-03-25 08:00"), T("2026-03-25 09:00"), job=False,
                 what="dentist")
    case.promise("D1", "D1b", clinic.email, "2026-03-27", job=False)
    case.forbid("D1", clinic.email, "dentist's practice, not job search: neither the "
                "appointment nor 'vai te ligar até sexta (27/03)' calls for a follow-up")

    # ================================================================== FAMILY & FRIENDS
    add("N1", mae, [me], T("2026-03-28 09:12"), """Filha, bom dia!

Domingo de Páscoa vai ser aqui em casa, em Campinas. Seu irmão vem com a Carol. Você consegue vir no sábado à noite? Quero fazer aquele bacalhau da sua avó.

Beijos da mãe""", subject="Páscoa", sig=False)
    add("N1b", me, [mae], T("2026-03-28 10:40"), """Oi mãe! Vou sim, pego o ônibus no sábado à tarde. Te ligo amanhã à noite pra combinar o que levo.

Bjs""", parent="N1", sig=False)
    add("N1c", mae, [me], T("2026-03-28 11:05"), """Ótimo! Traz aquele vinho que seu pai gostou.""",
        parent="N1b", sig=False)
    case.thread("N1", False, None, None, "mother, Easter lunch in Campinas")
    case.own_promise("N1", "N1b", mae.email, "2026-03-29", job=False)
    case.meeting("N1", T("2026-04-05 13:00"), T("2026-04-05 16:00"), job=False,
                 what="Easter lunch")

    add("N2", pedro, [me], T("2026-03-21 16:20"), """Bia, comprei o relógio do pai, segue o pedido abaixo. Dá R$ 312 pra cada, manda o Pix quando puder.

---------- Forwarded message ---------
De: Relojoaria Paulista <pedidos@relojoariapaulista.com.br>
Date: sáb., 21 de mar. de 2026 às 15:48
Subject: Pedido #88213 confirmado
To: <pedro.nogueira.eng@gmail.com>

Olá, Pedro! Seu pedido #88213 foi confirmado.
1x Relógio Orient Automático – R$ 624,00
Entrega prevista: 26/03""", subject="Fwd: Pedido #88213 confirmado", sig=False)
    add("N2b", me, [pedro], T("2026-03-21 17:02"), """Feito o Pix! Ele vai amar.""",
        parent="N2", sig=False)
    case.thread("N2", False, None, None, "brother forwards an order for their father's gift")

    add("N3", julia, [me, nando], T("2026-04-09 12:15"), """gente, churras aqui em casa sábado (11)? a partir das 13h. tragam o que for beber 🍖""",
        subject="churras sábado?", sig=False)
    add("N3b", nando, [julia, me], T("2026-04-09 12:40"), """bora! levo o carvão""", parent="N3",
        sig=False)
    add("N3c", me, [julia, nando], T("2026-04-09 13:10"), """Tô dentro! Levo farofa e uma cerveja artesanal que eu tô querendo provar. Beleza?""",
        parent="N3b", sig=False)
    case.thread("N3", False, None, None, "friends' barbecue")
    case.meeting("N3", T("2026-04-11 13:00"), T("2026-04-11 18:00"), job=False,
                 what="barbecue")

    add("N17", ana, [me], T("2026-04-03 18:20"), """Oi Bia! Próximo encontro do clube do livro é sábado 18/04, 16h, lá em casa. Livro: Torto Arado. Já leu?""",
        subject="Clube do livro – abril", sig=False)
    add("N17b", me, [ana], T("2026-04-04 09:30"), """Já! Chorei horrores. Estarei lá, levo um bolo.""",
        parent="N17", sig=False)
    case.thread("N17", False, None, None, "book club")
    case.meeting("N17", T("2026-04-18 16:00"), None, status="scheduled", job=False,
                 what="book club")

    # ================================================================== BILLS, RECEIPTS, NEWSLETTERS
    def auto(key, name, email, when, subject, text, thread_note, html_only=True, extra=None,
             msgid_domain=None):
        p = Person(name, email, SP, "auto", auto=True, msgid_domain=msgid_domain)
        h = dict(AUTO)
        h.update(extra or {})
        add(key, p, [me], T(when), text, subject=subject, headers=h, html=html_of(text),
            html_only=html_only, sig=False)
        case.thread(key, False, None, None, thread_note)

    auto("N4", "Banco Tarumã", "nao-responda@bancotaruma.com.br", "2026-04-05 07:00",
         "Sua fatura de abril chegou",
         "Olá, Beatriz!\n\nSua fatura do cartão Tarumã Platinum final 4417 já está disponível.\n\n"
         "Valor: R$ 2.184,37\nVencimento: 15/04/2026\n\nPague pelo app ou com o código de barras.",
         "credit card bill")
    auto("N5", "Luz Paulista", "contas@luzpaulista.com.br", "2026-03-24 06:30",
         "Sua conta de luz de março está disponível",
         "Instalação 0049271133\nReferência: 03/2026\nConsumo: 142 kWh\nValor: R$ 118,52\n"
         "Vencimento: 08/04/2026\n\nBandeira tarifária: verde.", "electricity bill")
    auto("N6a", "Rango Já", "pedidos@rangoja.com.br", "2026-03-28 20:41",
         "Seu pedido foi entregue! 🍕",
         "Pedido #RJ-55120 – Pizzaria Bella Madalena\n1x Pizza margherita grande\n"
         "1x Guaraná 2L\nTotal: R$ 89,90 (Pix)\n\nAvalie seu pedido no app!",
         "food delivery receipt")
    auto("N6b", "Rango Já", "pedidos@rangoja.com.br", "2026-04-13 21:05",
         "Seu pedido foi entregue! 🍜",
         "Pedido #RJ-60233 – Lámen Liberdade\n1x Tonkotsu\n1x Gyoza (6 un.)\n"
         "Total: R$ 74,00 (cartão final 4417)", "food delivery receipt")
    auto("N7", "Pista", "recibos@pistaapp.com.br", "2026-04-10 09:38",
         "Recibo da sua corrida – sexta, 10/04",
         "Obrigado por viajar com a Pista, Beatriz.\n\nDe: Rua Fradique Coutinho, 300\n"
         "Para: Rua dos Pinheiros, 1200\n09:18 – 09:36 · 4,2 km\nTotal: R$ 21,40",
         "ride receipt (to the Ipê Labs office)")
    auto("N13", "Expresso Paulista", "bilhete@expressopaulista.com.br", "2026-03-29 19:10",
         "Sua passagem: São Paulo (Tietê) → Campinas – 04/04",
         "Localizador: EXP7K2Q\nSaída: 04/04/2026 15:30 – Terminal Tietê\nChegada prevista: "
         "17:10 – Campinas\nPoltrona 22\nValor: R$ 52,15", "bus ticket for Easter")
    auto("N15", "Feira Livre Online", "pedidos@feiralivreonline.com.br", "2026-04-02 14:12",
         "Seu pedido saiu para entrega",
         "Oba! O pedido #FL-991283 (Suporte articulado para monitor) saiu para entrega e deve "
         "chegar hoje até as 21h.", "online order")
    auto("N16", "Telinha+", "ola@telinhamais.com.br", "2026-03-18 11:00",
         "Uma atualização sobre o seu plano",
         "Olá, Beatriz. A partir de 18/04, o plano Padrão passa de R$ 39,90 para R$ 44,90 por "
         "mês. Nenhuma ação é necessária.", "streaming price change")
    auto("N18", "Saúde Aliança", "reembolso@saudealianca.com.br", "2026-04-06 08:15",
         "Reembolso aprovado – protocolo 2026031877",
         "Seu pedido de reembolso (consulta odontológica, 25/03) foi aprovado.\nValor: "
         "R$ 180,00\nCrédito em conta em até 5 dias úteis.", "health insurance refund")
    auto("N19", "Nimbus Conta", "seguranca@nimbusmail.com.br", "2026-04-12 23:02",
         "Novo acesso à sua conta",
         "Detectamos um novo acesso à sua conta a partir de Chrome no macOS (São Paulo, BR). "
         "Se foi você, ignore este aviso.", "security notice")
    auto("N20", "Aprende Design", "certificados@aprendedesign.com.br", "2026-03-19 20:00",
         "Seu certificado está pronto! – UX Writing Essencial",
         "Parabéns, Beatriz! Você concluiu o curso UX Writing Essencial (12h). Baixe seu "
         "certificado na área do aluno.", "course certificate")
    auto("N12", "Studio Respira Pilates", "contato@respirapilates.com.br", "2026-04-03 07:40",
         "Aula de sábado cancelada",
         "Oi, Beatriz! Por causa do feriado, a aula de sábado (04/04) às 9h está cancelada. "
         "Reposição disponível no app até 30/04.", "pilates studio", html_only=False)
    auto("N11", "Condomínio Edifício Jacarandá", "sindico@edjacaranda.com.br", "2026-03-30 19:00",
         "Convocação – Assembleia Geral Extraordinária 14/04",
         "Prezados condôminos,\n\nFica convocada Assembleia Geral Extraordinária no dia "
         "14/04/2026, às 19h30, no salão de festas.\n\nPauta: 1) troca do portão da garagem; "
         "2) impermeabilização da cobertura.\n\nA Administração", "condo notice")

    nl = bulk_headers("<weekly.pixelnotes.example>", "https://pixelnotes.example/unsub")
    for key, when, issue, body in [
        ("N8a", "2026-03-13 08:00", "#212",
         "This week: why your design system needs a deprecation policy; a teardown of three "
         "onboarding flows; and 14 remote product design jobs, including Senior Product "
         "Designer at a health-tech startup (US remote) and a Design Lead role in Amsterdam."),
        ("N8b", "2026-04-15 08:00", "#217",
         "This week: interviewing designers without take-homes; Figma's new variables in "
         "practice; job board: 11 openings for product designers, three open to LATAM."),
    ]:
        p = Person("Pixel Notes Weekly", "hello@pixelnotes.example", "America/New_York",
                   "auto", auto=True)
        add(key, p, [me], T(when), "Pixel Notes Weekly %s\n\n%s\n\nUnsubscribe: "
            "https://pixelnotes.example/unsub" % (issue, body),
            subject="Pixel Notes %s: design systems, onboarding, jobs" % issue, headers=nl,
            html=html_of(body), sig=False)
        case.thread(key, False, None, None, "design newsletter")

    ja = dict(bulk_headers("<alerts.remotelatam.example>", "https://remotelatam.example/unsub"))
    for key, when, body in [
        ("N9a", "2026-03-23 07:00",
         "8 new jobs match 'Product Designer' (Remote, LATAM):\n\n- Senior Product Designer – "
         "Brightpath (USD) – apply by Apr 3\n- Product Designer II – Orla Payments\n- UX/UI "
         "Designer – Nuvem Tech (PJ)\n- Staff Product Designer – Lattice Grove\n\nFollow up on "
         "your applications and get noticed faster with RemoteLatam Pro."),
        ("N9b", "2026-04-15 07:00",
         "5 new jobs match 'Product Designer' (Remote, LATAM):\n\n- Product Designer – "
         "Kestrel Mobility (EU hours)\n- Senior Product Designer – Halcyon Health\n- Design "
         "Lead – Caravela Bank\n\nRecruiters viewed your profile 3 times this week."),
    ]:
        p = Person("RemoteLatam Jobs", "alerts@remotelatam.example", "America/New_York",
                   "auto", auto=True)
        add(key, p, [me], T(when), body, subject="New jobs for you: Product Designer (Remote)",
            headers=ja, html=html_of(body), sig=False)
        case.thread(key, False, None, None, "job-board alert: job words, nothing owed")

    g3 = ("Olá, Beatriz! Separamos vagas que combinam com você:\n\n- Product Designer Pleno – "
          "Banco Aroeira (híbrido, SP)\n- UX Designer – Rede Sabiá (remoto)\n- Product "
          "Designer Sênior – Loja Ipanema (SP)\n\nCandidate-se com um clique pela Gupy.")
    add("N10", gupy, [me], T("2026-04-04 10:00"), g3,
        subject="Vagas que combinam com você 💼", headers=dict(AUTO, **bulk_headers(
            "<vagas.gupy.io>", "https://gupy.io/unsub")), html=html_of(g3), html_only=True,
        sig=False)
    case.thread("N10", False, None, None, "Gupy job recommendations: nothing owed")

    mu = """Olá, Beatriz!

Sua inscrição está confirmada:

Design Sampa #41 – Pesquisa com pouco tempo e pouco orçamento
Quarta, 22/04/2026, 19h00
Auditório do Cubo – Vila Olímpia

Nos vemos lá!"""
    p = Person("Design Sampa", "eventos@designsampa.org", SP, "auto", auto=True)
    add("N14", p, [me], T("2026-04-06 12:00"), mu,
        subject="Inscrição confirmada: Design Sampa #41", headers=AUTO, html=html_of(mu),
        sig=False)
    case.thread("N14", False, None, None, "design meetup registration (event after now)")
    case.meeting("N14", T("2026-04-22 19:00"), T("2026-04-22 21:30"), status="scheduled",
                 job=False, what="meetup")

    im = Person("Imobiliária Vila Nova", "atendimento@imobvilanova.com.br", SP, "gmail")
    add("N21", im, [me], T("2026-03-17 14:30"), """Prezada Beatriz,

Informamos que, conforme cláusula 4ª do contrato de locação, o aluguel será reajustado pelo IGP-M acumulado (3,9%) a partir do vencimento de maio.

Novo valor: R$ 2.805,00.

Atenciosamente,
Imobiliária Vila Nova""", subject="Reajuste anual – contrato 3318 (Rua Fradique Coutinho)",
        sig=False)
    add("N21b", me, [im], T("2026-03-17 16:02"), """Boa tarde,

Ciente. O condomínio e o IPTU continuam nos mesmos valores?

Att.,
Beatriz Nogueira""", parent="N21", sig=False)
    add("N21c", im, [me], T("2026-03-18 10:15"), """Prezada Beatriz,

Sim, condomínio e IPTU seguem inalterados.

Atenciosamente,
Imobiliária Vila Nova""", parent="N21b", sig=False)
    case.thread("N21", False, None, None, "landlord's agency, rent adjustment")

    case.summary = SUMMARY
    return case


SUMMARY = """Beatriz Nogueira, 31, is a product designer in São Paulo, working as a PJ contractor at Mandacaru Digital (where she also interviews an intern candidate) and applying to remote roles at US and European companies and to São Paulo startups. The mailbox runs from Monday 9 March to Thursday 16 April 2026, 10:00 BRT (UTC-3, no daylight time), across the US and EU clock changes: invitations come in PDT, EDT/ET, CDT, CET and then CEST (Kestrel's Teams invite names "W. Europe Standard Time" and its recruiter warns about the 29 March switch), with month-first dates from US companies and day-first from Brazilian and European ones. Lumina Health runs a Greenhouse process: intro call and a portfolio review (both thanked, the review by one note to two), a take-home Beatriz promised 'by Wednesday 4/1' and sent a day early, and a whiteboard session with three designers where only two got notes; the recruiter's 'by Tuesday 4/21' is still ahead. Kestrel Mobility's recruiter organised but skipped an interview where 'Aylin' was met without an address (Beatriz asked for it), then promised an answer by Friday 10 April and went out of office until the 15th, which pushes the callback past `now`. Ipê Labs' office presentation met Fernanda, whose address never appears: the recruiter should be asked. Quintal Finanças' 'bate-papo' (a Google Calendar invite whose agenda has the recruiter open the call) ended in a gentle rejection; the recruiter was thanked, the head of design never. Tucano Fretes' People partner relayed 'posição até quarta-feira, dia 08/04' and went quiet; Halyard's recruiter promised feedback by 3/31 and answered Beatriz's note only with an out-of-office. Beatriz promised Trailhead's recruiter references 'by Monday, April 13' and has not written since, and she thanked Trailhead's design director only before the interview. An application emailed with a CV to Cobalto (Milan) got only an Italian/English out-of-office; a referred application to Jabuticaba Pay is too recent. A coffee with a former colleague now in Lisbon is due its first networking touch; an informational call with a US design lead is not, because she wrote again. Pinecrest Labs moved a Calendly intro past `now`; Cajá Saúde (Gupy) and Fernway (Lever) are portal-only. Noise: mother and brother, friends' barbecue and book club, bills and receipts, a dentist's ICS PUBLISH with 'vai te ligar até sexta', newsletters and job-board alerts full of job words, her contract's sprint review and invoice. 58 threads (29 job search), 134 messages, `now` = `2026-04-16T10:00:00-03:00`."""

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
