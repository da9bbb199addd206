#!/usr/bin/env python3
"""Sealed case: a brand manager in Casablanca looking for a regional role (Paris, Dubai, Casablanca).

Standard library and casekit only.  Running it writes brand-casablanca/mailbox and
brand-casablanca/case.json beside this file and checks them.
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as dt

NAME = "brand-casablanca"

# Morocco keeps GMT+1 all year except during Ramadan, when it goes back to GMT.
# The transitions are irregular, so the VTIMEZONE lists them one by one.
VTIMEZONES["Africa/Casablanca"] = ("Africa/Casablanca", [
    ("STANDARD", "+0000", "+0100", "+01", "20250406T020000", None),
    ("DAYLIGHT", "+0100", "+0000", "+00", "20260215T030000", None),
    ("STANDARD", "+0000", "+0100", "+01", "20260322T020000", None),
])
VTIMEZONES["Morocco Standard Time"] = ("Africa/Casablanca", [
    ("STANDARD", "+0000", "+0100", None, "20250406T020000", None),
    ("DAYLIGHT", "+0100", "+0000", None, "20260215T030000", None),
    ("STANDARD", "+0000", "+0100", None, "20260322T020000", None),
])

CASA = "Africa/Casablanca"
DXB = "Asia/Dubai"
PAR = "Europe/Paris"

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                "oct.", "nov.", "déc."]


def P(name, email, tz, style, q, locale="fr", region="eurprd04", msgid_domain=None):
    p = Person(name, email, tz=tz, style=style, locale=locale, region=region,
               msgid_domain=msgid_domain)
    p.q = q
    return p


def quote_block(replier, parent):
    """The quoted part a replier's mail client adds under the new text."""
    t = parent.date.astimezone(replier.tz)
    ps = parent.sender
    st = replier.q
    gt = lambda s: "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                             for l in s.rstrip("\n").split("\n"))
    if st in ("fr_gmail", "fr_webmail"):
        head = "Le %s %d %s %d à %s, %s a écrit :" % (
            FR_DAYS_AB[t.weekday()], t.day, FR_MONTHS_AB[t.month - 1], t.year,
            t.strftime("%H:%M"), ps.shown())
        return head + "\n" + gt(parent.text)
    if st == "en_gmail":
        head = "On %s, %s %d, %d at %s %s wrote:" % (
            t.strftime("%a"), t.strftime("%b"), t.day, t.year, clock12(t), ps.shown())
        return head + "\n\n" + gt(parent.text)
    if st == "fr_iphone":
        head = "Le %d %s %d à %s, %s a écrit :" % (
            t.day, FR_MONTHS[t.month - 1], t.year, t.strftime("%H:%M"), ps.shown())
        return head + "\n\n" + gt(parent.text)
    if st == "en_iphone":
        head = "On %d %s %d, at %s, %s wrote:" % (
            t.day, t.strftime("%b"), t.year, t.strftime("%H:%M"), ps.shown())
        return head + "\n\n" + gt(parent.text)
    to = "; ".join(p.shown() for p in parent.to)
    cc = "; ".join(p.shown() for p in parent.cc)
    if st == "fr_outlook":
        head = ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s"
                % (ps.shown(), FR_DAYS[t.weekday()], t.day, FR_MONTHS[t.month - 1], t.year,
                   t.strftime("%H:%M"), to, "Cc : %s\n" % cc if cc else "", parent.subject))
    else:  # en_outlook
        head = ("From: %s\nSent: %s, %s %d, %d %s\nTo: %s\n%sSubject: %s"
                % (ps.shown(), t.strftime("%A"), t.strftime("%B"), t.day, t.year, clock12(t),
                   to, "Cc: %s\n" % cc if cc else "", parent.subject))
    return "________________________________\n" + head + "\n\n" + parent.text


def pdf(*lines):
    return make_pdf(list(lines))


def build():
    now = dt.datetime(2026, 3, 31, 10, 30, tzinfo=ZoneInfo(CASA))
    summary = (
        "Kenza El Idrissi, 30, is Brand Manager on the Krimo biscuits brand at Sanabil Foods in "
        "Casablanca and is looking for a regional role. The mailbox runs from 10 February to "
        "Tuesday 31 March 2026, 10:30 in Casablanca, through Ramadan (Morocco on GMT from 15 "
        "February to 22 March, GMT+1 before and after), Eid al-Fitr and the European change to "
        "summer time on 29 March. Job search mail comes from a Paris recruitment firm and a "
        "Casablanca one, three Dubai companies (Greenhouse, Outlook, an out-of-office over Eid, a "
        "Sunday-to-Thursday week), a Moroccan dairy group's assessment centre with a case study "
        "to hand in, a Paris cheese maker's Workday process, a Calendly chat that was cancelled, "
        "alumni and ex-manager networking. Noise: her own job (campaign agency, an interview on "
        "the hiring side, HR memos), CIH Bank, inwi bills, ONCF tickets, her gym, a cousin's "
        "wedding in Fès and family mail in Darija, a Coursera certificate, newsletters and job "
        "alerts.")
    case = Case(NAME, "Brand manager in Casablanca looking for a regional role; Paris and Dubai "
                "processes across Ramadan and Eid",
                {"name": "Kenza El Idrissi", "emails": ["kenza.elidrissi@example.ma"],
                 "phone": "+212 6 61 47 20 93", "timezone": CASA},
                now, summary)

    me = P("Kenza El Idrissi", "kenza.elidrissi@example.ma", CASA, "webmail", "fr_webmail",
           msgid_domain="example.ma")
    case.me = me

    def add(key, sender, to, when, body, parent=None, sig=None, quote=True, **kw):
        text = body.strip("\n")
        if sig:
            text += "\n\n" + sig.strip("\n")
        if parent and quote:
            text += "\n\n" + quote_block(sender, case.by_key[parent])
        m = case.add(key, sender, to, when, text, parent=parent, quote=False, sig=False, **kw)
        if parent:
            assert m.date > case.by_key[parent].date, key
        return m

    def at(s, tz):
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

    K_FR = "Kenza El Idrissi\n+212 6 61 47 20 93"
    K_EN = "Kenza El Idrissi\n+212 6 61 47 20 93 | kenza.elidrissi@example.ma"
    K_LI = ("Kenza El Idrissi\nBrand Manager – Sanabil Foods\n+212 6 61 47 20 93\n"
            "linkedin.com/in/kenza-elidrissi")

    CV_FR = pdf("Kenza El Idrissi - Brand Manager",
                "Casablanca, Maroc | +212 6 61 47 20 93 | kenza.elidrissi@example.ma",
                "Experience",
                "2020 - aujourd'hui : Brand Manager, Sanabil Foods (marque Krimo)",
                "2019 - 2020 : Chef de produit junior, Sanabil Foods",
                "2018 - 2019 : Assistante marketing, agence Mosaik, Casablanca",
                "Formation : ISCAE Casablanca, Master Marketing (2018)",
                "Langues : arabe, francais, anglais (courant)")
    CV_EN = pdf("Kenza El Idrissi - Brand Manager",
                "Casablanca, Morocco | +212 6 61 47 20 93 | kenza.elidrissi@example.ma",
                "Experience",
                "2020 - present: Brand Manager, Sanabil Foods (Krimo biscuits)",
                "- Relaunched Krimo in modern trade: from #4 to #2 brand in 18 months",
                "- Managed export tests with distributors in Algeria and Mauritania",
                "2019 - 2020: Junior Product Manager, Sanabil Foods",
                "Education: ISCAE Casablanca, MSc Marketing (2018)",
                "Languages: Arabic, French, English")

    # ------------------------------------------------------------------ people
    rania = P("Rania Haddad", "rania.haddad@gulfbaybrands.com", DXB, "gmail", "en_gmail", "en")
    omar = P("Omar Khatib", "omar.khatib@gulfbaybrands.com", DXB, "gmail", "en_gmail", "en")
    priyanka = P("Priyanka Menon", "priyanka.menon@gulfbaybrands.com", DXB, "gmail",
                 "en_gmail", "en")
    greenhouse = P("Gulfbay Consumer Brands", "no-reply@greenhouse.io", DXB, "auto", "en_gmail",
                   "en")
    room_dxb = ("DXB-L14 Marina Room (8)", "dxb-l14-marina@gulfbaybrands.com")

    aurelie = P("Aurélie Fontaine", "a.fontaine@delorme-associes.fr", PAR, "outlook",
                "fr_outlook")
    nadege = P("Nadège Roux", "nadege.roux@maisonverlaine.fr", PAR, "outlook", "fr_outlook")
    claire = P("Claire Dumas-Berthier", "claire.dumasberthier@maisonverlaine.fr", PAR,
               "outlook", "fr_outlook")
    julien = P("Julien Marchetti", "julien.marchetti@maisonverlaine.fr", PAR, "outlook",
               "fr_outlook")

    youssef = P("Youssef BENJELLOUN", "y.benjelloun@captalents.ma", CASA, "outlook",
                "fr_outlook")
    imane = P("Imane Tazi", "imane.tazi@gmail.com", DXB, "gmail", "fr_gmail")
    hind = P("Hind Al Marzouqi", "hind.almarzouqi@bintamim.ae", DXB, "outlook", "en_outlook",
             "en")
    sara = P("Sara Al Hashimi", "sara.alhashimi@zaynabev.com", DXB, "outlook", "en_outlook",
             "en")
    meryem = P("Meryem ALAOUI", "meryem.alaoui@nutrivia.ma", CASA, "outlook", "fr_outlook")
    smartr = P("Nutrivia Maroc", "no-reply@smartrecruiters.com", CASA, "auto", "fr_gmail",
               msgid_domain="smartrecruiters.com")
    wd_delaunay = P("Fromageries Delaunay – Recrutement", "fromageriesdelaunay@myworkday.com",
                    PAR, "auto", "fr_gmail")
    thomas = P("Thomas Girard", "thomas.girard@fromageries-delaunay.fr", PAR, "outlook",
               "fr_outlook")
    sophie = P("Sophie Lefort", "sophie.lefort@fromageries-delaunay.fr", PAR, "outlook",
               "fr_outlook")
    tarek = P("Tarek Aziz", "tarek@sahlasnacks.com", DXB, "gmail", "en_gmail", "en")
    calendly = P("Calendly", "no-reply@calendly.com", "UTC", "auto", "en_gmail", "en")
    nadia = P("Nadia Kettani", "nadia.kettani@orbisfoods.com", DXB, "gmail", "en_iphone")
    hicham = P("Hicham Lahlou", "hicham.lahlou@argalia.ma", CASA, "webmail", "fr_iphone")
    amrani = P("F.Z. AMRANI", "fz.amrani@huileriesdusouss.ma", CASA, "outlook", "fr_outlook")
    danora = P("Danora Group Careers", "danora@myworkday.com", DXB, "auto", "en_gmail", "en")
    li_alerts = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "UTC", "auto",
                  "en_gmail", "en")
    bayt = P("Bayt.com", "alerts@bayt.com", DXB, "auto", "en_gmail", "en")

    # her current job
    zineb = P("Zineb OUAZZANI", "z.ouazzani@sanabilfoods.ma", CASA, "outlook", "fr_outlook")
    reda = P("Reda FILALI", "r.filali@sanabilfoods.ma", CASA, "outlook", "fr_outlook")
    all_staff = P("Tous Sanabil Foods", "tous@sanabilfoods.ma", CASA, "outlook", "fr_outlook")
    room_atlas = ("Salle Atlas (R+2)", "salle.atlas@sanabilfoods.ma")
    amine = P("Amine Raji", "amine.raji@gmail.com", CASA, "gmail", "fr_gmail")
    yasmine = P("Yasmine Cherkaoui", "yasmine@agence-mosaik.ma", CASA, "gmail", "fr_gmail")
    yasmine_cal = P("Yasmine Cherkaoui", "yasmine@agence-mosaik.ma", CASA, "gcal", "fr_gmail")
    mehdi_ag = P("Mehdi Zniber", "mehdi@agence-mosaik.ma", CASA, "gmail", "fr_gmail")

    # family, friends, services
    mama = P("Latifa Benslimane", "latifa.benslimane@menara.ma", CASA, "webmail", "fr_webmail",
             msgid_domain="menara.ma")
    salma = P("Salma El Idrissi", "salma.elidrissi@gmail.com", CASA, "gmail", "fr_gmail")
    ghita = P("Ghita El Idrissi", "ghita.elidrissi@gmail.com", "Africa/Casablanca", "gmail",
              "fr_gmail")
    naima = P("Naima El Idrissi", "naima.elidrissi58@gmail.com", CASA, "gmail", "fr_gmail")
    leila = P("Leila Sqalli", "leila.sqalli@gmail.com", CASA, "gmail", "fr_gmail")
    sofia = P("Sofia Berrada", "sofia.brd@gmail.com", CASA, "gmail", "fr_gmail")
    cih = P("CIH BANK", "noreply@cihbank.ma", CASA, "auto", "fr_gmail")
    inwi = P("inwi", "facture@inwi.ma", CASA, "auto", "fr_gmail")
    oncf = P("ONCF Voyages", "noreply@oncf-voyages.ma", CASA, "auto", "fr_gmail")
    gym = P("Urban Fit Anfa", "contact@urbanfit-anfa.ma", CASA, "gmail", "fr_gmail")
    coursera = P("Coursera", "no-reply@m.mail.coursera.org", "UTC", "auto", "en_gmail", "en")
    btw = P("Brand Talk Weekly", "hello@brandtalkweekly.com", "UTC", "auto", "en_gmail", "en")
    lbm = P("Le Brief Marketing", "newsletter@lebriefmarketing.ma", CASA, "auto", "fr_gmail")
    gmr = P("Gulf Marketing Review", "newsletter@gulfmarketingreview.com", DXB, "auto",
            "en_gmail", "en")
    iscae = P("ISCAE Alumni", "contact@iscae-alumni.ma", CASA, "auto", "fr_gmail")
    dentist = P("Cabinet Dentaire Dr Benkirane", "rdv@dentiste-benkirane.ma", CASA, "webmail",
                "fr_webmail")
    souqly = P("Souqly.ma", "commandes@souqly.ma", CASA, "auto", "fr_gmail")
    syndic = P("Syndic Résidence Al Yasmine", "syndic.alyasmine@gmail.com", CASA, "gmail",
               "fr_gmail")

    # ------------------------------------------------------------------ signatures
    S_RANIA = ("Rania Haddad\nTalent Acquisition Partner – MENA\nGulfbay Consumer Brands\n"
               "Dubai Design District, Building 7 | Dubai, UAE\nM: +971 50 318 4427")
    S_OMAR = "Omar Khatib | Head of Marketing – MENA\nGulfbay Consumer Brands\nT: +971 4 512 7700"
    S_PRI = "Priyanka Menon\nSenior Brand Manager – Home Care, MENA\nGulfbay Consumer Brands"
    S_AUR = ("Aurélie Fontaine\nConsultante Senior – Marketing & Digital\n"
             "CABINET DELORME & ASSOCIÉS\n27, rue de Téhéran – 75008 Paris\n"
             "T. +33 1 53 76 42 18 | M. +33 6 72 14 90 35\nwww.delorme-associes.fr")
    S_NAD = ("Nadège Roux\nAssistante de Direction – Marketing Afrique & Moyen-Orient\n"
             "MAISON VERLAINE\n12, rue de la Paix – 75002 Paris\nTél. : +33 1 49 52 61 07")
    S_YOU = ("Youssef BENJELLOUN\nConsultant Senior – Fonctions Commerciales & Marketing\n"
             "CAP TALENTS MAROC\n212, bd Zerktouni, 5e étage – Maârif, Casablanca\n"
             "Tél. : +212 5 22 98 41 60 | GSM : +212 6 62 18 75 04\nwww.captalents.ma")
    S_SARA = ("Sara Al Hashimi\nHR Business Partner – Talent\nZayna Beverages FZ-LLC\n"
              "Jebel Ali Free Zone, Dubai | T: +971 4 887 2310")
    S_MER = ("Meryem ALAOUI\nChargée de Recrutement – Direction des Ressources Humaines\n"
             "NUTRIVIA MAROC S.A.\nZone Industrielle Sidi Maârouf – Casablanca\n"
             "Tél : +212 5 22 58 70 00 – Poste 4127")
    S_THO = ("Thomas Girard\nTalent Acquisition Manager\nFromageries Delaunay\n"
             "14, avenue de la Grande Armée – 75017 Paris\n+33 1 70 38 22 90")
    S_TAR = "Tarek Aziz\nFounder & CEO, Sahla Snacks\nDubai · sahlasnacks.com"
    S_ZIN = ("Zineb OUAZZANI\nResponsable Ressources Humaines\nSANABIL FOODS S.A.\n"
             "Route de Rabat, Aïn Sebaâ – Casablanca")
    S_YAS = "Yasmine Cherkaoui\nAccount Director\nAgence Mosaïk – 44, rue Ibnou Majid El Bahar, Casablanca"

    # ================================================================== JOB SEARCH

    # ---- Gulfbay: portal application (Greenhouse acknowledgement only)
    t = """Hi Kenza,

Thanks for applying to the Regional Brand Manager – North Africa position at Gulfbay Consumer Brands.

Our Talent team reviews every application. If your background is a fit for the role, a member of the team will be in touch to discuss next steps.

We appreciate your interest in Gulfbay.

Best,
The Gulfbay Talent Acquisition Team

This message was sent from an unmonitored mailbox. Please do not reply."""
    add("g1a", greenhouse, [me], "2026-02-10 14:22", t,
        subject="Thank you for applying to Gulfbay Consumer Brands",
        html=html_of(t), headers=dict(AUTO))

    # ---- Gulfbay: Rania (recruiter)
    add("g2a", rania, [me], "2026-02-17 11:20", """Hi Kenza,

Hope you're well – and Ramadan Kareem in advance for later this week!

I'm on the Talent team at Gulfbay and I've just been through your application for our Regional Brand Manager role covering North Africa. Your time on Krimo at Sanabil caught my eye, especially the modern-trade relaunch.

Would you be free for a 30-minute intro call? A few options, all Dubai time (GST):
- Wed 18 Feb, 11:00
- Wed 18 Feb, 15:00
- Thu 19 Feb, 14:00

Happy to work around Casablanca hours if none of these fit.

Best,
Rania""", sig=S_RANIA, subject="Regional Brand Manager – North Africa | Gulfbay Consumer Brands")
    add("g2b", me, [rania], "2026-02-17 08:35", """Dear Rania,

Many thanks for reaching out, and Ramadan Kareem to you as well.

Thursday 19 February at 14:00 GST works well for me – that's 10:00 here in Casablanca (Morocco switched to GMT for Ramadan on Sunday, so we are four hours behind Dubai at the moment).

The best number to reach me is +212 6 61 47 20 93, and I'm equally happy to join a video link if you prefer.

Kind regards,""", sig=K_EN, parent="g2a")
    add("g2c", rania, [me], "2026-02-17 13:02", """Perfect, Thursday it is! I'll ring you on WhatsApp at 14:00 GST / 10:00 your time.

Speak then,
Rania

Sent from my iPhone""", parent="g2b")
    add("g2d", me, [rania], "2026-02-19 11:15", """Dear Rania,

Thank you for the call this morning and for walking me through the North Africa scope. Having Morocco, Algeria and Tunisia under one brand plan is exactly the kind of challenge I'm looking for.

As mentioned, I can share examples from the Krimo relaunch whenever that would be useful.

Best regards,""", sig=K_EN, parent="g2c")
    add("g2e", rania, [me], "2026-02-20 12:40", """Hi Kenza,

It was lovely speaking with you too! I've passed your profile to Omar Khatib, our Head of Marketing for MENA. He's on the road this week, but I'll revert by early next week with his feedback.

Have a blessed weekend,
Rania""", parent="g2d")
    add("g2f", rania, [me], "2026-02-24 10:05", """Hi Kenza,

As promised – Omar would like to move you forward to a panel with himself and Priyanka Menon (Senior Brand Manager, Home Care). Between Ramadan hours and Omar's travel, we're realistically looking at the week after Eid, so I'll come back to you with slots closer to the time.

In the meantime, don't hesitate to reach out with any questions.

Best,
Rania""", sig=S_RANIA, parent="g2e")
    add("g2g", rania, [me], "2026-03-16 09:30", """Hi Kenza,

Hope the last stretch of Ramadan is treating you well.

Here are the panel options – 90 minutes with Omar and Priyanka on Google Meet (Omar will join from the office):
• Tue 24 March, 11:00 GST
• Wed 25 March, 14:00 GST
• Thu 26 March, 10:00 GST

You'll open with a 15-minute presentation: "How would you relaunch a mid-priced home-care brand across Morocco and Algeria over the next 12 months?" No more than 10 slides please. The rest is a conversation with both of them.

Once you confirm, our system will send you a formal invitation.

Best,
Rania""", sig=S_RANIA, parent="g2f")
    add("g2h", me, [rania], "2026-03-16 07:10", """Hi Rania,

Wednesday 25 March at 14:00 GST suits me best. By then Morocco will be back on GMT+1, so it will be 11:00 in Casablanca.

Noted for the presentation – ten slides maximum.

Best,
Kenza""", parent="g2g")
    add("g2i", rania, [me], "2026-03-23 10:15", """Hi Kenza, Eid Mubarak! 🌙 Hope you had a lovely break with family.

Quick admin before Wednesday: could you share your notice period, your current package (fixed + variable), and the names and contact details of two professional references? The references are only needed if we move to the final stage, so there's no rush on those.

Thanks a lot,
Rania""", parent="g2h")
    add("g2j", me, [rania], "2026-03-23 09:40", """Hi Rania,

Eid Mubarak to you too, and thank you – we spent a few lovely days in Tanger with the family.

- Notice period: two months under my contract, although Sanabil has agreed to one month for previous leavers.
- Current package: MAD 32,000 gross per month, a yearly bonus of up to 20%, plus a car allowance and complementary health cover.
- References: I'd like to give my two former managers a heads-up before passing on their details. I'll send you their names and contacts by Friday 27 March.

See you on Wednesday!
Kenza""", parent="g2i")
    add("g2k", rania, [me], "2026-03-23 13:05", """Noted, perfect. Good luck on Wednesday – you'll do great!
Rania

Sent from my iPhone""", parent="g2j")

    # ---- Gulfbay: Greenhouse confirmation with invite (panel)
    gb_start, gb_end = at("2026-03-25 14:00", DXB), at("2026-03-25 15:30", DXB)
    t = """Hi Kenza,

Your interview for the Regional Brand Manager – North Africa role at Gulfbay Consumer Brands is confirmed. Please find the details below.

Date: Wednesday, March 25, 2026
Time: 2:00 PM – 3:30 PM (GMT+04:00) Gulf Standard Time – Dubai
Location: Google Meet – https://meet.google.com/qvr-hkzt-wmd
Format: Panel interview (presentation + discussion)

Your interviewers:
• Omar Khatib – Head of Marketing, MENA
• Priyanka Menon – Senior Brand Manager, Home Care

Please add the attached invitation to your calendar. If you need to reschedule, reply to Rania Haddad directly rather than to this email.

We look forward to speaking with you!

Gulfbay Consumer Brands Talent Acquisition

Powered by Greenhouse"""
    ics = make_ics(
        method="REQUEST", uid="gh-interview-" + digest(NAME, "gulfbay-panel", n=16) + "@greenhouse.io",
        stamp=at("2026-03-17 09:02", DXB), start=gb_start, end=gb_end,
        summary="Kenza El Idrissi - Panel Interview - Regional Brand Manager, North Africa",
        organizer=rania, tzid="Asia/Dubai",
        attendees=[(omar, "ACCEPTED", "INDIVIDUAL"), (priyanka, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL"), (room_dxb, "ACCEPTED", "ROOM")],
        location="Google Meet: https://meet.google.com/qvr-hkzt-wmd",
        description=("Panel interview - Kenza El Idrissi\n\nAgenda\n14:00-14:15 Candidate "
                     "presentation (relaunch of a home-care brand in Morocco & Algeria)\n"
                     "14:15-15:15 Discussion with Omar and Priyanka\n15:15-15:30 Candidate "
                     "questions\n\nJoin with Google Meet: https://meet.google.com/qvr-hkzt-wmd"),
        prodid="-//Greenhouse Software Inc.//Greenhouse//EN")
    add("g3a", greenhouse, [me], "2026-03-17 09:02", t,
        subject="Interview Confirmation: Regional Brand Manager – North Africa at Gulfbay Consumer Brands",
        html=html_of(t), ics=ics, ics_mode="attach", headers=dict(AUTO))
    t = """Hi Kenza,

This is a friendly reminder that your interview with Gulfbay Consumer Brands is tomorrow.

Wednesday, March 25, 2026 · 2:00 PM – 3:30 PM Gulf Standard Time
Google Meet: https://meet.google.com/qvr-hkzt-wmd

You'll be meeting with Omar Khatib (Head of Marketing, MENA) and Priyanka Menon (Senior Brand Manager, Home Care).

Good luck!
Gulfbay Consumer Brands Talent Acquisition

Powered by Greenhouse"""
    add("g3r", greenhouse, [me], "2026-03-24 09:00", t,
        subject="Reminder: Your interview with Gulfbay Consumer Brands is tomorrow",
        html=html_of(t), html_only=True, headers=dict(AUTO))

    # ---- Gulfbay: Priyanka's pointers (thanked before the panel only)
    add("g4a", priyanka, [me], "2026-03-19 11:45", """Hi Kenza,

Rania mentioned you'll be presenting to Omar and me next Wednesday, so I thought I'd share a bit of context. Nothing you're expected to know already, but it may help you pitch the level right.

Our home-care range is sold in Morocco through a single importer-distributor, and we have almost no activation budget outside Casablanca and Rabat. Algeria is a different story: bigger volumes, tough import rules, very price-driven. Omar loves a clear prioritisation, so don't feel you have to cover everything.

Eid Mubarak in advance, and see you on the 25th.""", sig=S_PRI,
        subject="Panel on the 25th – a few pointers for your presentation")
    add("g4b", me, [priyanka], "2026-03-19 09:20", """Hi Priyanka,

Thank you so much, this is really helpful – especially the point on Algeria's import rules, which I had underestimated. I'll make sure the deck prioritises rather than tries to do it all.

Eid Mubarak to you too!
Kenza""", parent="g4a")
    add("g4c", me, [priyanka], "2026-03-24 16:45", """Hi Priyanka,

In case it's easier to follow on screen tomorrow, here is the deck I'll present – ten slides, no more.

See you tomorrow,
Kenza""", parent="g4b",
        attachments=[("Kenza_ElIdrissi_HomeCare_Maghreb.pdf", "application/pdf",
                      pdf("Relaunching a home-care brand in Morocco & Algeria",
                          "Kenza El Idrissi - panel presentation, 25 March 2026",
                          "1. Where the brand stands today",
                          "2. Morocco first: Casablanca-Rabat traditional trade",
                          "3. Algeria: price ladder and import constraints",
                          "4. 12-month plan and budget split"))])
    add("g4d", priyanka, [me], "2026-03-24 21:05", """Got it, see you tomorrow!
P.""", parent="g4c")

    # ---- Gulfbay: thank-you to Omar in a new thread, and his reply
    add("g5a", me, [omar], "2026-03-25 19:40", """Dear Omar,

Thank you for taking the time to meet me today, and for the candid discussion after my presentation. Your point about winning Casablanca's traditional trade before spending on national media has stayed with me all afternoon.

Why I believe I could make a difference in this role:
• six years on Krimo, including the relaunch that took the brand from #4 to #2 in modern trade;
• hands-on experience of working through importer-distributors, which is how your range reaches Morocco today;
• French, Arabic and English, and a working knowledge of the Algerian market from our export tests.

I remain very interested in the position and would be glad to share anything else that helps.

Kind regards,""", sig=K_EN, subject="Thank you – Regional Brand Manager panel today")
    add("g5b", omar, [me], "2026-03-26 10:20", """Dear Kenza,

Thanks for the note, and for a thoughtful presentation – the prioritisation slide was exactly what we were hoping to see.

To be transparent, we're still meeting two other candidates, one this week and one early next week. You'll hear from us by Thursday 2 April at the latest.

Best regards,
Omar""", sig=S_OMAR, parent="g5a")

    # ---- Cabinet Delorme & Associés / Maison Verlaine
    add("d1a", aurelie, [me], "2026-02-12 10:40", """Bonjour Madame El Idrissi,

Je me permets de vous contacter après avoir consulté votre profil LinkedIn.

J'accompagne actuellement l'un de nos clients, un groupe français de cosmétiques et de soins de la personne présent dans plus de quarante pays, dans le recrutement d'un(e) Brand Manager Régional(e) Afrique du Nord, basé(e) à Casablanca. Le poste couvre le Maroc, l'Algérie et la Tunisie, avec un rattachement direct à la Directrice Marketing Zone Afrique, à Paris.

Votre parcours chez Sanabil Foods, et en particulier votre connaissance de la grande distribution marocaine, me semble tout à fait en phase avec les attentes de notre client.

Seriez-vous disponible pour un premier échange téléphonique en début de semaine prochaine ? Je vous propose lundi 16/02 à 11h ou mardi 17/02 à 15h (heure de Paris).

Dans l'attente de votre retour, je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.""",
        sig=S_AUR, subject="Opportunité – Brand Manager Régional Afrique du Nord (H/F) – Casablanca",
        html=None)
    add("d1b", me, [aurelie], "2026-02-12 18:20", """Bonjour Madame Fontaine,

Je vous remercie pour votre message et pour l'intérêt que vous portez à mon profil.

Le poste que vous décrivez m'intéresse vivement. Le lundi 16/02 à 11h (heure de Paris) me convient parfaitement ; à noter que le Maroc passe à l'heure GMT ce dimanche pour le Ramadan, il sera donc 10h à Casablanca.

Vous trouverez ci-joint mon CV à jour.

Bien cordialement,""", sig=K_FR, parent="d1a",
        attachments=[("CV_Kenza_El_Idrissi_2026.pdf", "application/pdf", CV_FR)])
    add("d1c", aurelie, [me], "2026-02-13 09:15", """Bonjour Madame El Idrissi,

Bien reçu, merci. C'est noté pour lundi 16/02 à 11h, heure de Paris : je vous appellerai sur votre portable.

Bonne fin de semaine,""", sig=S_AUR, parent="d1b")
    add("d1d", me, [aurelie], "2026-02-16 12:05", """Bonjour Aurélie,

Merci encore pour cet échange très éclairant ce matin. J'ai bien noté que le client est Maison Verlaine et que le processus comprend un entretien avec la Directrice Marketing Afrique, puis une rencontre à Paris.

Comme convenu, je vous ferai parvenir ma lettre de motivation d'ici mercredi 18/02.

Bien à vous,
Kenza""", parent="d1c")
    add("d1e", me, [aurelie], "2026-02-17 21:30", """Bonjour Aurélie,

Comme promis, veuillez trouver ci-joint ma lettre de motivation pour le poste de Brand Manager Régional Afrique du Nord chez Maison Verlaine.

Je reste à votre disposition pour tout complément.

Cordialement,""", sig=K_FR, parent="d1d",
        attachments=[("Lettre_motivation_Kenza_El_Idrissi.pdf", "application/pdf",
                      pdf("Lettre de motivation", "Kenza El Idrissi - Casablanca",
                          "Objet : Brand Manager Regional Afrique du Nord",
                          "Madame, Monsieur,",
                          "Brand Manager depuis six ans sur la marque Krimo..."))])
    add("d1f", aurelie, [me], "2026-02-18 09:50", """Bien reçu Kenza, merci. Je transmets votre dossier complet à Maison Verlaine cette semaine et je reviens vers vous dès que j'ai leur retour.

Belle journée,
Aurélie""", parent="d1e")
    add("d1g", aurelie, [me], "2026-03-02 16:10", """Bonjour Kenza,

Je reviens vers vous avec une bonne nouvelle : Maison Verlaine souhaite vous rencontrer.

Ce premier entretien se fera en visio (Teams) avec Mme Claire Dumas-Berthier, Directrice Marketing Afrique & Moyen-Orient, accompagnée de M. Julien Marchetti, Responsable Trade Marketing Afrique. Compte tenu des déplacements de Mme Dumas-Berthier, deux créneaux sont possibles :
- mercredi 18/03 à 15h (heure de Paris)
- jeudi 19/03 à 10h (heure de Paris)

Son assistante, Nadège Roux, vous adressera l'invitation dès votre confirmation.

Bien à vous,
Aurélie""", sig=S_AUR, parent="d1f")
    add("d1h", me, [aurelie], "2026-03-02 17:45", """Bonjour Aurélie,

Excellente nouvelle ! Je retiens le mercredi 18/03 à 15h, heure de Paris (14h à Casablanca, puisque nous sommes toujours à GMT pendant le Ramadan).

Bonne soirée,
Kenza""", parent="d1g")

    vl_start, vl_end = at("2026-03-18 15:00", PAR), at("2026-03-18 16:00", PAR)
    t = """Bonjour Madame El Idrissi,

À la demande de Mme Claire Dumas-Berthier, je vous adresse l'invitation pour votre entretien du mercredi 18 mars 2026, de 15h00 à 16h00 (heure de Paris).

Participeront à cet entretien :
- Mme Claire Dumas-Berthier, Directrice Marketing Afrique & Moyen-Orient
- M. Julien Marchetti, Responsable Trade Marketing Afrique

Je vous souhaite un excellent entretien.

Nadège Roux
Assistante de Direction – Marketing Afrique & Moyen-Orient

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, une application mobile ou un appareil de salle
Cliquez ici pour rejoindre la réunion
ID de la réunion : 385 412 907 133
Code secret : x7Bq2R
Télécharger Teams | Rejoindre sur le web
En savoir plus | Options de réunion
________________________________________________________________________________"""
    ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "verlaine"), stamp=at("2026-03-03 10:05", PAR),
        start=vl_start, end=vl_end,
        summary="Entretien Brand Manager Régional Afrique du Nord – Mme Kenza El Idrissi",
        organizer=nadege, tzid="Romance Standard Time",
        attendees=[(claire, "NEEDS-ACTION", "INDIVIDUAL"), (julien, "NEEDS-ACTION", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Réunion Microsoft Teams", description=t, prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    add("d2a", nadege, [me], "2026-03-03 10:05", t,
        subject="Entretien Brand Manager Régional Afrique du Nord – Mme Kenza El Idrissi",
        html=html_of(t), ics=ics, ics_mode="outlook")
    add("d2b", me, [nadege], "2026-03-03 12:30", """Bonjour Madame Roux,

C'est bien noté pour le mercredi 18 mars à 15h (heure de Paris). Je vous remercie pour l'envoi de l'invitation.

Cordialement,
Kenza El Idrissi""", parent="d2a",
        subject="Accepté : Entretien Brand Manager Régional Afrique du Nord – Mme Kenza El Idrissi")

    add("d1i", me, [aurelie], "2026-03-18 16:10", """Bonjour Aurélie,

Un petit retour à chaud sur l'entretien avec Mme Dumas-Berthier et M. Marchetti : l'échange a surtout porté sur la gestion des distributeurs en Algérie et sur le lancement de la gamme solaire au Maroc. J'ai senti un bon courant, notamment avec M. Marchetti sur les sujets trade.

Ils m'ont dit que la décision serait prise rapidement. Auriez-vous des nouvelles de votre côté ?

Bien à vous,
Kenza""", parent="d1h")
    add("d1j", aurelie, [me], "2026-03-19 11:30", """Bonjour Kenza,

Merci pour ce retour détaillé. J'ai eu Mme Dumas-Berthier au téléphone ce matin : elle a beaucoup apprécié votre connaissance du terrain. Elle doit encore rencontrer une autre finaliste en début de semaine prochaine ; je reviens vers vous d'ici le vendredi 27/03 au plus tard.

Je vous souhaite par avance une excellente fête de l'Aïd.

Aurélie""", sig=S_AUR, parent="d1i")
    add("d1k", aurelie, [me], "2026-03-26 17:20", """Bonjour Kenza,

Je reviens vers vous plus tôt que prévu, mais malheureusement pas avec la réponse que nous espérions.

Maison Verlaine a finalement retenu une candidate qui a déjà une expérience de l'Afrique de l'Ouest, zone qui viendra s'ajouter au périmètre du poste à partir de 2027. Mme Dumas-Berthier a tenu à souligner la qualité de votre présentation et votre excellente maîtrise du marché marocain ; la décision s'est jouée à très peu de choses.

Je garde bien évidemment votre profil en tête pour nos prochaines missions marketing au Maghreb.

Bien à vous,
Aurélie""", sig=S_AUR, parent="d1j")
    add("d1l", me, [aurelie], "2026-03-26 21:15", """Bonjour Aurélie,

Merci pour votre retour, et pour votre accompagnement tout au long du processus. C'est une déception, bien sûr, mais je comprends la logique d'une expérience en Afrique de l'Ouest.

Je serais ravie que vous pensiez à moi pour de futures missions.

Bien cordialement,
Kenza""", parent="d1k")

    # ---- Cap Talents Maroc
    add("c1a", youssef, [me], "2026-03-05 11:15", """Bonjour Madame El Idrissi,

Suite à notre échange téléphonique de ce jour, je vous prie de bien vouloir trouver ci-dessous un descriptif succinct du poste dont nous avons parlé.

Notre client, un groupe agroalimentaire marocain de premier plan (produits laitiers et boissons), recrute un(e) Group Brand Manager pour piloter un portefeuille de quatre marques, avec une équipe de trois chefs de produit. Le poste est basé à Casablanca et rattaché au Directeur Marketing Groupe. Une dimension régionale (Afrique de l'Ouest, Mauritanie) est prévue à moyen terme.

Afin de pouvoir présenter votre candidature, je vous saurais gré de me faire parvenir votre CV actualisé ainsi que vos prétentions salariales.

Je reste à votre entière disposition pour tout complément d'information.

Cordialement,""", sig=S_YOU,
        subject="Poste de Group Brand Manager – Groupe agroalimentaire (confidentiel)")
    add("c1b", me, [youssef], "2026-03-05 14:40", """Bonjour Monsieur Benjelloun,

Suite à notre conversation de ce matin, veuillez trouver ci-joint mon CV actualisé.

Concernant mes prétentions, je me situe autour de 40 000 MAD brut mensuel hors variable, à discuter en fonction du package global (voiture de fonction, assurance maladie complémentaire).

Je reste disponible pour un entretien à votre convenance.

Cordialement,""", sig=K_FR, parent="c1a",
        attachments=[("CV_Kenza_El_Idrissi.pdf", "application/pdf", CV_FR)])
    add("c1c", youssef, [me], "2026-03-06 10:05", """Bonjour Madame,

Bien reçu, je vous en remercie.

Je vous propose de nous rencontrer à notre bureau, 212 bd Zerktouni (5e étage), le mardi 10/03 à 10h30. Pour rappel, pendant le mois de Ramadan nos bureaux sont ouverts de 9h à 15h30.

Merci de me confirmer votre disponibilité.

Cordialement,""", sig=S_YOU, parent="c1b")
    add("c1d", me, [youssef], "2026-03-06 12:20", """Bonjour Monsieur Benjelloun,

C'est noté pour le mardi 10/03 à 10h30, j'y serai.

Bonne journée,
Kenza El Idrissi""", parent="c1c")
    add("c1e", me, [youssef], "2026-03-10 14:50", """Bonjour Monsieur Benjelloun,

Je vous remercie pour le temps que vous m'avez consacré ce matin et pour la présentation détaillée du contexte de votre client. Le projet de structuration du portefeuille et la perspective Afrique de l'Ouest correspondent pleinement à ce que je recherche.

Dans l'attente de votre retour après la présentation de mon dossier,

Cordialement,""", sig=K_FR, parent="c1d")
    add("c1f", youssef, [me], "2026-03-11 11:40", """Bonjour Madame El Idrissi,

Je vous remercie pour votre message.

Je présente votre dossier au client ce jeudi, avec deux autres profils. Le client souhaite faire un premier tri avant l'Aïd ; je reviens vers vous au plus tard le mardi 24/03 pour vous faire part de son retour.

Je vous souhaite une bonne fin de Ramadan.

Cordialement,""", sig=S_YOU, parent="c1e")

    # ---- Bin Tamim: a friend's tip, then the application (Hind is away for Eid)
    add("b1a", imane, [me], "2026-03-14 19:10", """Salam Kenza!!

Labas 3lik? Ramadan mabrouk, ça se passe bien les ftours à Casa? Ici c'est calme, on finit à 14h30 au bureau hamdoullah.

Bref je t'écris pour un truc : Bin Tamim (le groupe de distribution où bosse mon amie Hind) cherche un Brand Manager Personal Care pour les marchés North Africa. C'est basé à Dubai et franchement ton profil colle parfaitement. Hind est dans l'équipe TA, envoie-lui ton CV direct en disant que tu viens de ma part : hind.almarzouqi@bintamim.ae

Attention chez eux la semaine c'est dimanche-jeudi, donc si tu lui écris un vendredi elle ne verra rien avant dimanche 😅

Bisous, et dis bonjour à Khalti !
Imane

Sent from my iPhone""", subject="Poste chez Bin Tamim 👀")
    add("b1b", me, [imane], "2026-03-14 21:30", """Imaaane, merci bzaf !! 🙏 T'es la meilleure. Je lui envoie ça en début de semaine, je refais juste une version anglaise de mon CV.

Ramadan mabrouk 3lik ta nti, w bessaha ftourek ! On s'appelle après l'Aïd inchallah.

Kenza""", parent="b1a")
    add("b2a", me, [hind], "2026-03-18 09:55", """Dear Ms. Al Marzouqi,

Imane Tazi suggested I contact you directly about the Brand Manager – Personal Care role covering the North Africa markets.

I would like to be considered for this position. I am currently Brand Manager at Sanabil Foods in Casablanca, where for the past six years I have managed Krimo, our biscuits brand, across modern and traditional trade, working closely with distributors in Morocco and in our export markets. Growing a brand through distributors in Morocco, Algeria and Tunisia is precisely the challenge I would like to take on next.

Please find my CV attached. I would be happy to talk at a time that suits you, and I'm aware your week runs Sunday to Thursday.

Kind regards,""", sig=K_EN,
        subject="Application – Brand Manager, Personal Care (North Africa) – Kenza El Idrissi",
        attachments=[("Kenza_El_Idrissi_CV_EN.pdf", "application/pdf", CV_EN)])
    add("b2b", hind, [me], "2026-03-18 13:56", """Dear Sender,

Thank you for your email. I am out of the office for the Eid Al Fitr holidays from 18 to 24 March 2026, with limited access to email, and will respond upon my return on Wednesday 25 March.

For urgent recruitment matters, please contact careers@bintamim.ae.

Best regards,
Hind Al Marzouqi
Talent Acquisition Specialist
Bin Tamim Group – Consumer Division
Working days: Sunday – Thursday""", parent="b2a", quote=False,
        subject="Automatic reply: Application – Brand Manager, Personal Care (North Africa) – Kenza El Idrissi",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    add("b1c", me, [imane], "2026-03-18 10:05", """C'est envoyé ! Croise les doigts pour moi 🤞""",
        parent="b1b")
    add("b1d", imane, [me], "2026-03-18 17:40", """Yallah inchallah khir ! Je lui ai dit de guetter ton mail. Elle est en congé pour l'Aïd je crois, mais elle rentre la semaine prochaine.

Sent from my iPhone""", parent="b1c")

    # ---- Zayna Beverages (phone screen, her own promise kept, out-of-office over Eid)
    add("z1a", sara, [me], "2026-03-09 10:30", """Dear Kenza,

Following our exchange on LinkedIn, many thanks for your interest in the Senior Brand Manager – Maghreb position at Zayna Beverages.

I'd like to schedule a 30-minute phone call to go through your experience and tell you more about the role. Would Monday 16 March at 1:30 PM UAE time suit you? Please note our office hours during Ramadan are 9:00 AM to 2:30 PM, Monday to Friday.

Kind regards,
Sara""", sig=S_SARA, subject="Senior Brand Manager – Maghreb | Zayna Beverages", html=None)
    add("z1b", me, [sara], "2026-03-09 08:10", """Dear Sara,

Thank you for getting in touch. Monday 16 March at 1:30 PM UAE time works for me – that's 9:30 AM in Casablanca.

I've attached my CV so you have it ahead of our call.

Best regards,""", sig=K_EN, parent="z1a",
        attachments=[("Kenza_El_Idrissi_CV_EN.pdf", "application/pdf", CV_EN)])
    add("z1c", sara, [me], "2026-03-10 09:15", """Dear Kenza,

Well received. Confirmed for Monday 16 March, 1:30 PM – 2:00 PM UAE time; I will call you on the number on your CV.

Kind regards,
Sara""", sig=S_SARA, parent="z1b")
    add("z1d", me, [sara], "2026-03-16 11:05", """Dear Sara,

Thank you for the call earlier today. I enjoyed hearing about Zayna's plans for the Maghreb, and the chance to build the juice range almost from scratch in Morocco is genuinely exciting.

As discussed, I'll send you a short portfolio of my recent campaigns by tomorrow.

Best regards,
Kenza""", parent="z1c")
    add("z1e", sara, [me], "2026-03-16 15:40", """Dear Kenza,

Likewise, it was a pleasure speaking with you. I'll share your profile with Walid Nasser, our Marketing Director, and revert with his feedback by Thursday 19 March.

Looking forward to the portfolio.

Kind regards,
Sara

Get Outlook for iOS""", parent="z1d")
    add("z1f", me, [sara], "2026-03-17 09:40", """Dear Sara,

As promised, please find attached a short portfolio of three recent campaigns: the Krimo relaunch in modern trade, our Ramadan 2025 activation, and a digital-first test we ran in Marrakech.

Best regards,""", sig=K_EN, parent="z1e",
        attachments=[("Kenza_El_Idrissi_Portfolio.pdf", "application/pdf",
                      pdf("Campaign portfolio - Kenza El Idrissi",
                          "1. Krimo relaunch in modern trade (2024)",
                          "2. Ramadan 2025: 'Ftour m3a l3a2ila' activation",
                          "3. Digital-first test, Marrakech (Q3 2025)"))])
    add("z1g", sara, [me], "2026-03-17 13:41", """Thank you for your email.

I am currently out of the office on annual leave over the Eid Al Fitr break, returning on Monday 30 March 2026, with limited access to email in the meantime.

For anything urgent, please contact our HR team at hr@zaynabev.com.

Sara Al Hashimi
HR Business Partner – Talent
Zayna Beverages FZ-LLC""", parent="z1f", quote=False,
        subject="Automatic reply: Senior Brand Manager – Maghreb | Zayna Beverages",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ---- Nutrivia Maroc: portal application, then the assessment centre
    t = """Bonjour Kenza,

Nous vous remercions pour l'intérêt que vous portez à Nutrivia Maroc et avons bien reçu votre candidature au poste de Brand Manager Confirmé (H/F) – Réf. NM-MKT-0226.

Notre équipe Ressources Humaines étudiera attentivement votre dossier. Si votre profil correspond à nos besoins, nous prendrons contact avec vous.

Cordialement,
L'équipe Talent Acquisition – Nutrivia Maroc

Ceci est un message automatique, merci de ne pas y répondre."""
    add("na1a", smartr, [me], "2026-02-20 15:12", t,
        subject="Nutrivia Maroc – Confirmation de réception de votre candidature",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    ac_start, ac_end = at("2026-03-26 09:00", CASA), at("2026-03-26 13:00", CASA)
    add("na2a", meryem, [me], "2026-03-09 12:10", """Madame,

Suite à l'étude de votre candidature au poste de Brand Manager Confirmé (Réf. NM-MKT-0226), nous avons le plaisir de vous convier à notre Assessment Center, qui se tiendra le :

Jeudi 26 mars 2026, de 9h00 à 13h00
Siège de Nutrivia Maroc – Zone Industrielle Sidi Maârouf, Casablanca (Bâtiment B, 3e étage)

Programme de la matinée :
- 9h00 : accueil et présentation du Groupe Nutrivia
- 9h30 : exercice individuel de mise en situation (in-basket)
- 10h30 : étude de cas en sous-groupe, observée par les consultants du cabinet Praxis Évaluation, Mme Laila Berrada et M. Anas Tahiri
- 11h45 : entretien individuel avec M. Karim Sefrioui, Directeur Marketing
- 12h45 : clôture

Par ailleurs, nous vous prions de bien vouloir préparer l'étude de cas ci-jointe (lancement d'une gamme de yaourts à boire dans la région du Nord) et de nous la remettre par retour de mail au plus tard le mardi 24 mars 2026 à 12h00.

Je serai pour ma part en déplacement à notre usine de Meknès ce jour-là ; vous serez accueillie à la réception du Bâtiment B par l'équipe RH.

Merci de bien vouloir nous confirmer votre présence.

Cordialement,""", sig=S_MER,
        subject="Convocation – Assessment Center – Brand Manager Confirmé (Réf. NM-MKT-0226)",
        attachments=[("Etude_de_cas_NM-MKT-0226.pdf", "application/pdf",
                      pdf("Nutrivia Maroc - Etude de cas", "Brand Manager Confirme (NM-MKT-0226)",
                          "Contexte : lancement d'une gamme de yaourts a boire",
                          "Zone : Tanger-Tetouan-Al Hoceima",
                          "Livrable : 8 slides maximum, a remettre avant le 24/03 12h00"))])
    add("na2b", me, [meryem], "2026-03-09 16:30", """Madame Alaoui,

Je vous remercie pour cette convocation et vous confirme ma présence à l'Assessment Center du jeudi 26 mars à 9h00.

Je vous ferai parvenir l'étude de cas au plus tard le mardi 24 mars, avant midi.

Cordialement,""", sig=K_FR, parent="na2a")
    add("na2c", me, [meryem], "2026-03-23 18:20", """Madame Alaoui,

Veuillez trouver ci-joint mon étude de cas relative au lancement de la gamme de yaourts à boire dans la région du Nord.

Je reste à votre disposition pour toute précision.

Cordialement,""", sig=K_FR, parent="na2b",
        attachments=[("Etude_de_cas_Kenza_El_Idrissi.pdf", "application/pdf",
                      pdf("Lancement yaourts a boire - Region Nord", "Kenza El Idrissi",
                          "1. Diagnostic marche et concurrence",
                          "2. Cible et positionnement", "3. Plan de lancement 6 mois",
                          "4. Budget et KPI"))])
    add("na2d", meryem, [me], "2026-03-24 09:05", """Bonjour Madame,

Bien reçu, merci. Nous vous attendons jeudi à 9h00.

Cordialement,""", sig=S_MER, parent="na2c")
    add("na2e", meryem, [me], "2026-03-27 11:30", """Madame,

Nous vous remercions pour votre participation à notre Assessment Center d'hier.

Les évaluations des consultants de Praxis Évaluation et de M. Sefrioui seront examinées par le comité de recrutement, qui se réunira le mardi 7 avril. Une réponse vous sera communiquée au plus tard le mercredi 8 avril 2026.

Cordialement,""", sig=S_MER, parent="na2d")

    # ---- Fromageries Delaunay: Workday, then an interview moved past the change to summer time
    t = """Bonjour Kenza El Idrissi,

Merci d'avoir postulé au poste Chef de Groupe Marketing Export Afrique (R-2026-0142) chez Fromageries Delaunay.

Nous examinons votre candidature avec attention. Vous pouvez suivre l'avancement de votre dossier à tout moment depuis votre espace candidat.

L'équipe Recrutement
Fromageries Delaunay

Merci de ne pas répondre à ce message automatique."""
    add("fd1a", wd_delaunay, [me], "2026-02-25 22:14", t,
        subject="Fromageries Delaunay – Nous avons bien reçu votre candidature",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    add("fd2a", thomas, [me], "2026-03-13 15:20", """Bonjour Madame El Idrissi,

Je vous remercie pour votre candidature au poste de Chef de Groupe Marketing Export Afrique.

Votre profil a retenu toute notre attention et nous souhaiterions poursuivre par un entretien en visioconférence avec Mme Sophie Lefort, Directrice Export Afrique & Moyen-Orient, et moi-même.

Seriez-vous disponible le vendredi 27 mars à 14h (heure de Paris) ? L'entretien durera une heure environ.

Bien cordialement,""", sig=S_THO,
        subject="Votre candidature – Chef de Groupe Marketing Export Afrique (R-2026-0142)",
        html=None)
    add("fd2b", me, [thomas], "2026-03-13 17:05", """Bonjour Monsieur Girard,

Merci pour votre retour. Le vendredi 27 mars à 14h (heure de Paris) me convient tout à fait ; il sera d'ailleurs également 14h à Casablanca, puisque le Maroc repasse à GMT+1 le 22 mars, après le Ramadan.

Bien cordialement,""", sig=K_FR, parent="fd2a")
    fd_old = (at("2026-03-27 14:00", PAR), at("2026-03-27 15:00", PAR))
    fd_new = (at("2026-04-01 10:00", PAR), at("2026-04-01 11:00", PAR))
    fd_uid = uid_outlook(NAME, "delaunay")
    desc = ("Entretien en visioconférence – Chef de Groupe Marketing Export Afrique "
            "(R-2026-0142)\nAvec Mme Sophie Lefort, Directrice Export Afrique & Moyen-Orient, "
            "et Thomas Girard, Talent Acquisition.\n\nRéunion Microsoft Teams\nID de la réunion : "
            "291 774 035 618\nCode secret : Lq4v9T")
    ics = make_ics(method="REQUEST", uid=fd_uid, stamp=at("2026-03-16 09:40", PAR),
                   start=fd_old[0], end=fd_old[1],
                   summary="Entretien visio – Chef de Groupe Marketing Export Afrique – K. El Idrissi",
                   organizer=thomas, tzid="Romance Standard Time",
                   attendees=[(sophie, "NEEDS-ACTION", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Réunion Microsoft Teams", description=desc,
                   prodid="Microsoft Exchange Server 2010")
    add("fd3a", thomas, [me], "2026-03-16 09:40", desc, html=html_of(desc), ics=ics,
        ics_mode="outlook",
        subject="Entretien visio – Chef de Groupe Marketing Export Afrique – K. El Idrissi")
    add("fd2c", thomas, [me], "2026-03-24 11:10", """Bonjour Madame El Idrissi,

Mme Lefort est retenue par un déplacement imprévu à Abidjan ce vendredi. Serait-il possible de décaler notre entretien au mercredi 1er avril à 10h (heure de Paris) ? Je vous prie de nous excuser pour ce changement.

Bien cordialement,""", sig=S_THO, parent="fd2b")
    add("fd2d", me, [thomas], "2026-03-24 11:32", """Parfait, c'est noté pour mercredi 1er avril à 10h.

Cordialement,
Kenza El Idrissi

Envoyé de mon iPhone""", parent="fd2c")
    desc2 = desc + "\n\nNouvelle date : mercredi 1er avril, 10h00–11h00 (heure de Paris)."
    ics = make_ics(method="REQUEST", uid=fd_uid, stamp=at("2026-03-24 11:45", PAR),
                   start=fd_new[0], end=fd_new[1], sequence=1,
                   summary="Entretien visio – Chef de Groupe Marketing Export Afrique – K. El Idrissi",
                   organizer=thomas, tzid="Romance Standard Time",
                   attendees=[(sophie, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Réunion Microsoft Teams", description=desc2,
                   prodid="Microsoft Exchange Server 2010")
    add("fd3b", thomas, [me], "2026-03-24 11:45", desc2, parent="fd3a", quote=False,
        html=html_of(desc2), ics=ics, ics_mode="outlook",
        subject="Entretien visio – Chef de Groupe Marketing Export Afrique – K. El Idrissi")

    # ---- Sahla Snacks: a founder's chat, booked on Calendly, then cancelled
    add("s1a", tarek, [me], "2026-03-09 17:45", """Hi Kenza,

Hope you don't mind the cold email. I was looking for people who really know Moroccan modern trade and your Krimo work kept coming up (someone posted a Marjane shelf photo, which is how I ended up on your LinkedIn!).

We're a 20-person better-for-you snack brand in Dubai, and Morocco is our first market outside the GCC, launching in Q3. I'm thinking about a country brand lead, but honestly I'd first love to pick your brain for 20 minutes.

If you're open to it, grab any slot here: calendly.com/tarek-sahla/20min

Cheers,
Tarek""", sig=S_TAR, subject="Sahla Snacks x Morocco – quick chat?")
    cal_start, cal_end = at("2026-03-19 11:00", CASA), at("2026-03-19 11:20", CASA)
    cal_uid = uid_uuid(NAME, "calendly-sahla")
    t = """Hi Kenza El Idrissi,

Your 20 Minute Meeting with Tarek Aziz at 11:00am - 11:20am (Casablanca) on Thursday, March 19, 2026 is scheduled.

Event Type:
20 Minute Meeting

Invitee:
Kenza El Idrissi (kenza.elidrissi@example.ma)

Host:
Tarek Aziz (tarek@sahlasnacks.com)

Location:
This is a Google Meet web conference. Join now: https://meet.google.com/fzp-ayqe-kvd

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3f9c1e7a-52b0-4d6e-9a41-0c8e5d27b6f4
Reschedule: https://calendly.com/reschedulings/3f9c1e7a-52b0-4d6e-9a41-0c8e5d27b6f4

Powered by Calendly.com"""
    ics = make_ics(method="REQUEST", uid=cal_uid, stamp=at("2026-03-09 20:08", "UTC"),
                   start=cal_start, end=cal_end, summary="20 Minute Meeting (Tarek Aziz)",
                   organizer=tarek, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   location="https://meet.google.com/fzp-ayqe-kvd",
                   description="Event Name: 20 Minute Meeting\n\nNeed to make changes to this event?",
                   prodid="-//Calendly//Calendly//EN")
    add("s2a", calendly, [me], "2026-03-09 20:08", t, html=html_of(t), ics=ics,
        ics_mode="attach", headers=dict(AUTO),
        subject="Confirmed: 20 Minute Meeting with Tarek Aziz on Thursday, March 19, 2026")
    add("s1b", me, [tarek], "2026-03-09 20:10", """Hi Tarek,

Thanks for reaching out – what a fun way to find someone! I'd be glad to chat, and I've just booked Thursday 19 March through your link.

Best,
Kenza""", parent="s1a")
    t = """Hi Kenza El Idrissi,

Tarek Aziz has canceled the following event.

Reason for canceling:
"So sorry Kenza – an investor meeting has landed on exactly this slot. I'll reach out to find another time."

Event Type:
20 Minute Meeting

Event Date/Time:
11:00am - 11:20am (Casablanca) on Thursday, March 19, 2026

Powered by Calendly.com"""
    ics = make_ics(method="CANCEL", uid=cal_uid, stamp=at("2026-03-18 06:12", "UTC"),
                   start=cal_start, end=cal_end, summary="20 Minute Meeting (Tarek Aziz)",
                   organizer=tarek, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   sequence=1, status="CANCELLED", prodid="-//Calendly//Calendly//EN")
    add("s3a", calendly, [me], "2026-03-18 06:12", t, html=html_of(t), ics=ics,
        ics_mode="attach", headers=dict(AUTO),
        subject="Canceled: 20 Minute Meeting with Tarek Aziz on Thursday, March 19, 2026")

    # ---- Networking: Nadia (alumna in Dubai)
    add("nw1a", me, [nadia], "2026-03-09 21:40", """Bonjour Nadia,

Je me permets de t'écrire directement : on s'était croisées au gala des anciens de l'ISCAE en décembre 2024, quand tu étais venue parler de ton parcours entre Casa et Dubai.

Je suis aujourd'hui Brand Manager chez Sanabil Foods (biscuits Krimo) et je réfléchis sérieusement à un poste régional, idéalement basé à Dubai. Aurais-tu 20 minutes dans les prochains jours ? J'aimerais beaucoup avoir ton regard sur le marché et sur la façon dont les équipes MEA recrutent.

Je m'adapte bien sûr à ton agenda.

Belle soirée et Ramadan mabrouk,""", sig=K_FR,
        subject="Ancienne de l'ISCAE – 20 minutes pour un échange ?")
    add("nw1b", nadia, [me], "2026-03-10 09:20", """Hello Kenza,

Of course I remember – c'est toi qui avais posé la question sur les visas, non ? 😄 Avec plaisir.

How about Friday 13 March at 4pm Dubai time? That's noon for you if I'm not mistaken (you're on GMT for Ramadan, right?). A quick Teams call, 30 minutes should do, I'll send you the link on the day.

Nadia""", parent="nw1a")
    add("nw1c", me, [nadia], "2026-03-10 08:15", """Parfait, vendredi 16h Dubai / 12h Casa, c'est noté. À vendredi !
Kenza""", parent="nw1b")
    add("nw1d", nadia, [me], "2026-03-13 15:50", """Here's the link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY2ZjNkMjEtYzQ1%40thread.v2/0
See you in 10!

Sent from my iPhone""", parent="nw1c")
    add("nw1e", me, [nadia], "2026-03-13 14:05", """Nadia,

Merci infiniment pour ton temps cet après-midi – and thank you for being so candid about your first year in Dubai, from the salary negotiation to the visa timing. Ton conseil d'aller voir les équipes marketing des grands distributeurs, et pas seulement les multinationales, je n'y avais pas du tout pensé.

Je te tiens au courant de la suite, et n'hésite surtout pas si je peux t'être utile côté Maroc.

Belle fin de journée,
Kenza""", parent="nw1d")
    add("nw1f", nadia, [me], "2026-03-14 10:20", """Avec grand plaisir Kenza ! Keep me posted, and good luck with everything. Ramadan Kareem 🌙
Nadia

Sent from my iPhone""", parent="nw1e")

    # ---- Networking: Hicham (ex-manager)
    add("nw2a", me, [hicham], "2026-03-12 22:10", """Salut Hicham,

J'espère que tu vas bien et que le Ramadan se passe bien chez Argalia ! Ça fait une éternité qu'on ne s'est pas vus, depuis ton départ de Sanabil en fait.

Je commence à regarder sérieusement des postes régionaux et j'aimerais beaucoup avoir ton avis, tu connais le secteur mieux que personne. Tu aurais un moment pour un café après l'Aïd ?

Bises,
Kenza""", subject="Un café après l'Aïd ?")
    add("nw2b", hicham, [me], "2026-03-13 09:30", """Salut Kenza ! Quelle bonne surprise. Avec grand plaisir : mardi 24 mars, 18h30, au Bondi à Maârif ? Après l'Aïd tout le monde reprend doucement, ce sera parfait.

Hicham

Envoyé de mon iPhone""", parent="nw2a")
    add("nw2c", me, [hicham], "2026-03-13 10:02", """Top, mardi 24 à 18h30 au Bondi, c'est noté 👍""",
        parent="nw2b")
    add("nw2d", me, [hicham], "2026-03-24 22:15", """Hicham, thanks encore pour le café et pour le temps que tu m'as consacré ! Tes conseils sur la négociation avec les cabinets m'ont vraiment ouvert les yeux. Je te tiens au courant pour Dubai et pour Paris.

Bonne soirée,
Kenza""", parent="nw2c")
    add("nw2e", hicham, [me], "2026-03-25 08:50", """Avec plaisir Kenza, c'était top de te revoir. Fonce, tu as le profil ! Et si Dubai ne se fait pas, fais-moi signe : on aura peut-être quelque chose chez nous à la rentrée.

Hicham

Envoyé de mon iPhone""", parent="nw2d")

    # ---- Spontaneous application, answered by a person
    add("ap1a", me, [amrani], "2026-03-16 11:30", """Madame,

Je me permets de vous adresser ma candidature spontanée pour un poste de Brand Manager au sein des Huileries du Souss.

Forte de six années d'expérience en gestion de marque chez Sanabil Foods, où j'ai notamment piloté le repositionnement de la marque Krimo en grande distribution, je suis convaincue de pouvoir contribuer au développement de vos marques d'huiles de table et d'argan alimentaire, au Maroc comme à l'export.

Vous trouverez ci-joint mon curriculum vitae. Je me tiens à votre disposition pour un entretien à votre convenance.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.""", sig=K_FR,
        subject="Candidature spontanée – Brand Manager – Kenza El Idrissi",
        attachments=[("CV_Kenza_El_Idrissi.pdf", "application/pdf", CV_FR)])
    add("ap1b", amrani, [me], "2026-03-19 10:45", """Madame,

Nous accusons bonne réception de votre candidature spontanée et vous remercions de l'intérêt que vous portez à notre société.

Votre parcours a retenu notre attention ; toutefois, nous n'avons pas actuellement de poste à pourvoir correspondant à votre profil. Nous conservons votre dossier dans notre vivier de candidatures et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

F.Z. AMRANI
Directrice des Ressources Humaines
LES HUILERIES DU SOUSS
Route de Biougra – Agadir
Tél. : +212 5 28 23 45 67""", parent="ap1a")

    # ---- Portal-only application (Workday acknowledgement, nobody named)
    t = """Dear Kenza,

Thank you for applying for the Regional Marketing Manager, North & West Africa position (JR-10887) at Danora Group. We have received your application and our Talent Acquisition team will review it against the requirements of the role.

Due to the high volume of applications, we are only able to contact shortlisted candidates. You can track the status of your application at any time in your candidate home.

Kind regards,
Danora Group Talent Acquisition"""
    add("dn1a", danora, [me], "2026-03-04 18:30", t,
        subject="Application received – Regional Marketing Manager, North & West Africa (JR-10887)",
        html=html_of(t), html_only=True, headers=dict(AUTO))

    # ================================================================== NOISE

    # ---- job alerts
    t = """12 nouvelles offres pour « brand manager » à Casablanca-Settat

Brand Manager – Boissons · Groupe Atlantique Boissons · Casablanca · il y a 2 jours
Chef de Produit Senior – Hygiène · Unimed Distribution · Bouskoura · il y a 3 jours
Trade Marketing Manager · Maroc Lait & Dérivés · Casablanca · il y a 1 jour
Brand Manager Junior (CDI) · Biscuiterie du Littoral · Mohammedia · Candidature simplifiée
Category Manager – Snacking · Marjane Holding · Casablanca · Recrutement actif

Voir toutes les offres
Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner"""
    add("li1", li_alerts, [me], "2026-03-03 06:40", t, subject="« brand manager » : 12 nouvelles offres à Casablanca-Settat",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe")))
    t = """30+ new jobs for "regional brand manager" in Dubai, United Arab Emirates

Regional Brand Manager – Personal Care · Levant & North Africa Distribution · Dubai · Easy Apply
Senior Brand Manager, MENA · Crescent Foods · Dubai · Actively recruiting
Brand Manager – Beverages (Arabic speaker) · Falcon Trading LLC · Dubai · 5 days ago
Regional Marketing Lead – Maghreb · Oasis Consumer Health · Dubai · Promoted

See all jobs
You are receiving Job Alert emails. Unsubscribe"""
    add("li2", li_alerts, [me], "2026-03-20 05:55", t, subject='30+ new jobs for "regional brand manager" in Dubai, United Arab Emirates',
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts/unsubscribe")))
    t = """Jobs matching your alert: Brand Manager – UAE

Brand Manager – Home Care · Al Noor Distribution · Dubai · Apply now
Assistant Brand Manager – Dairy · Gulf Dairy Farms · Sharjah · Apply now
Senior Brand Manager – Confectionery · Emirates Sweets Co. · Dubai · Apply now

Increase your chances: complete your Bayt.com CV today.
Manage your job alerts | Unsubscribe"""
    add("by1", bayt, [me], "2026-03-26 07:15", t, subject="Jobs matching your alert: Brand Manager – UAE",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<alerts.bayt.com>", "https://www.bayt.com/en/myworkspace/job-alerts/")))

    # ---- her current job: HR memo
    add("hr1", zineb, [all_staff], "2026-02-16 16:20", """Chers collaborateurs,

À l'occasion du mois sacré de Ramadan, nous vous informons que les horaires de travail seront aménagés comme suit, à compter du premier jour du mois sacré :

- Siège (Aïn Sebaâ) : du lundi au vendredi, de 8h30 à 15h30 en continu
- Usine de Had Soualem : les équipes postées conservent leur planning, décalé selon les consignes de la Direction Industrielle

Les horaires habituels reprendront le lendemain de l'Aïd Al Fitr.

Nous vous souhaitons à toutes et à tous un Ramadan Moubarak.

La Direction des Ressources Humaines""", subject="Horaires de travail – Mois sacré de Ramadan 1447",
        html=None)

    # ---- her current job: Reda (boss), the Eid promotion plan
    add("rd1", reda, [me], "2026-03-02 09:10", """Kenza,

Peux-tu m'envoyer le plan promo Aïd pour Krimo (volumes + budget) avant jeudi ? J'en ai besoin pour le comité de direction.

Merci,
Reda""", subject="Plan promo Aïd – Krimo")
    add("rd2", me, [reda], "2026-03-02 09:40", """Bonjour Reda,

Je te l'envoie demain en fin de matinée, je termine les volumes avec la supply.

Kenza""", parent="rd1")
    add("rd3", me, [reda], "2026-03-03 12:15", """Reda,

Voici le plan promo Aïd : 3 mécaniques (lot 2+1 en GMS, présentoir épicerie pour le traditionnel, coffret cadeau), 1,2 M MAD au total. Le détail des volumes par enseigne est en page 2.

Kenza""", parent="rd2",
        attachments=[("Plan_promo_Aid_Krimo_v2.pdf", "application/pdf",
                      pdf("Plan promo Aid 2026 - Krimo", "Budget total : 1,2 M MAD",
                          "1. Lot 2+1 GMS", "2. Presentoir epicerie", "3. Coffret cadeau"))])
    add("rd4", reda, [me], "2026-03-03 14:02", """Top, merci. On en parle lundi au point hebdo.

Reda""", parent="rd3")

    # ---- her current job: the agency's post-campaign report and review meeting
    add("ag1", yasmine, [me], "2026-03-23 11:05", """Bonjour Kenza,

Aïd mabrouk ! Comme convenu, voici les premiers chiffres de la campagne Ramadan Krimo : 14,2 M d'impressions sur Meta et TikTok, un taux de complétion de 38 % sur le spot de 20 secondes, et +9 % de ventes en GMS sur la période (source : panel distributeur, à confirmer).

Le rapport final vous sera envoyé d'ici jeudi 26/03, et on vous propose de le passer en revue ensemble vendredi.

Bonne journée,
Yasmine""", sig=S_YAS, subject="Krimo – Ramadan 2026 : bilan de campagne",
        cc=[mehdi_ag])
    ag_start, ag_end = at("2026-03-27 11:00", CASA), at("2026-03-27 12:00", CASA)
    ics = make_ics(method="REQUEST", uid=uid_google(NAME, "agency-review"),
                   stamp=at("2026-03-23 11:20", CASA), start=ag_start, end=ag_end,
                   summary="Bilan campagne Ramadan – Krimo", organizer=yasmine_cal,
                   attendees=[(yasmine_cal, "ACCEPTED", "INDIVIDUAL"),
                              (mehdi_ag, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Africa/Casablanca", location="Sanabil Foods – Aïn Sebaâ",
                   description="Revue du rapport final de la campagne Ramadan 2026.")
    t = """Yasmine Cherkaoui vous a invité à un événement.

Bilan campagne Ramadan – Krimo
Quand : vendredi 27 mars 2026 · 11:00 – 12:00 (GMT+01:00) Casablanca
Où : Sanabil Foods – Aïn Sebaâ
Participants : Yasmine Cherkaoui (organisateur), Mehdi Zniber, kenza.elidrissi@example.ma

Revue du rapport final de la campagne Ramadan 2026.

Invitation de Google Agenda"""
    add("ag4", yasmine_cal, [me], "2026-03-23 11:20", t, html=html_of(t), ics=ics,
        ics_mode="google", headers=dict(GCAL),
        subject="Invitation: Bilan campagne Ramadan – Krimo @ ven. 27 mars 2026 11:00 - 12:00 (GMT+1) (kenza.elidrissi@example.ma)")
    add("ag2", yasmine, [me], "2026-03-26 17:30", """Kenza,

Voici le rapport final en pièce jointe. Mehdi a ajouté la partie retombées presse en annexe.

À demain 11h,
Yasmine""", parent="ag1", cc=[mehdi_ag],
        attachments=[("Krimo_Ramadan2026_Bilan.pdf", "application/pdf",
                      pdf("Krimo - Ramadan 2026 - Bilan de campagne", "Agence Mosaik",
                          "Impressions : 14,2 M", "Completion spot 20s : 38 %",
                          "Ventes GMS : +9 %"))])
    add("ag3", me, [yasmine], "2026-03-26 18:10", """Super, merci Yasmine. À demain !

Kenza""", parent="ag2", cc=[mehdi_ag])

    # ---- her current job: on the hiring side (Sanabil's assistant product manager)
    cj_start, cj_end = at("2026-03-25 10:00", CASA), at("2026-03-25 10:45", CASA)
    t = """Bonjour Kenza, bonjour Reda,

Je vous propose de recevoir M. Amine Raji, candidat au poste d'Assistant Chef de Produit (CDI), le mercredi 25/03 à 10h en salle Atlas. Vous trouverez son CV en pièce jointe.

Cordialement,
Zineb"""
    ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "sanabil-candidate"),
                   stamp=at("2026-03-18 14:10", CASA), start=cj_start, end=cj_end,
                   summary="Entretien – Assistant(e) Chef de Produit – M. Amine Raji",
                   organizer=zineb, tzid="Morocco Standard Time",
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (reda, "NEEDS-ACTION", "INDIVIDUAL"),
                              (room_atlas, "ACCEPTED", "ROOM")],
                   location="Salle Atlas (R+2)", description=t,
                   prodid="Microsoft Exchange Server 2010")
    add("cj1", zineb, [me, reda], "2026-03-18 14:10", t, html=html_of(t), ics=ics,
        ics_mode="outlook", subject="Entretien – Assistant(e) Chef de Produit – M. Amine Raji",
        attachments=[("CV_Amine_Raji.pdf", "application/pdf",
                      pdf("Amine Raji", "Laureat ENCG Settat 2024",
                          "Stage marketing - Centrale Danone (6 mois)"))])
    add("cj2a", amine, [me], "2026-03-25 18:45", """Madame El Idrissi,

Je tenais à vous remercier pour l'entretien de ce matin ainsi que pour la présentation très concrète du quotidien de l'équipe marketing de Sanabil. L'échange sur le lancement des biscuits fourrés m'a particulièrement intéressé.

Je reste très motivé par ce poste et à votre disposition pour toute information complémentaire.

Respectueusement,
Amine Raji
06 70 12 48 93""", subject="Remerciements – Entretien du 25/03 – Assistant Chef de Produit")
    add("cj2b", me, [amine], "2026-03-25 21:20", """Bonjour Amine,

Merci pour votre message. Zineb Ouazzani, de notre équipe RH, reviendra vers vous pour la suite du processus.

Bonne soirée,
Kenza El Idrissi""", parent="cj2a")
    fwd = case.by_key["cj2a"]
    add("cj3a", me, [zineb], "2026-03-25 21:25", """Zineb,

Pour info, message reçu d'Amine ce soir. De mon côté avis favorable, il était le plus concret des trois sur le terrain.

Kenza

---------- Message transféré ----------
De : Amine Raji <amine.raji@gmail.com>
Date : mer. 25 mars 2026 à 18:45
Objet : Remerciements – Entretien du 25/03 – Assistant Chef de Produit
À : Kenza El Idrissi <kenza.elidrissi@example.ma>

""" + fwd.text, subject="Fwd: Remerciements – Entretien du 25/03 – Assistant Chef de Produit")
    add("cj3b", zineb, [me], "2026-03-26 09:15", """Merci Kenza, bien noté. Reda partage ton avis, je prépare la proposition.

Zineb""", parent="cj3a")

    # ---- CIH Bank
    t = """Chère cliente, cher client,

Votre relevé de compte du mois de janvier 2026 est disponible dans votre espace CIH Online.

Compte n° **** **** **** 4418

Pour le consulter, connectez-vous à votre espace client ou à l'application CIH Mobile.

CIH BANK – Ce message est envoyé automatiquement, merci de ne pas y répondre."""
    add("cih1", cih, [me], "2026-02-13 07:02", t, subject="Votre relevé de compte de janvier 2026 est disponible",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    t = """Avis de crédit

Nous vous informons qu'un virement a été crédité sur votre compte n° **** 4418.

Montant : 27 450,00 MAD
Donneur d'ordre : SANABIL FOODS SA
Motif : SALAIRE FEVRIER 2026
Date de valeur : 27/02/2026

CIH BANK – Service Alertes"""
    add("cih2", cih, [me], "2026-02-27 10:14", t, subject="CIH BANK – Avis de crédit sur votre compte",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    t = """Chère cliente, cher client,

Dans le cadre de la réglementation en vigueur, nous vous invitons à mettre à jour vos informations personnelles (pièce d'identité, justificatif de domicile, situation professionnelle) avant le 30/04/2026, depuis votre espace CIH Online ou en agence.

CIH BANK ne vous demandera jamais vos codes d'accès par e-mail ou par téléphone.

CIH BANK"""
    add("cih3", cih, [me], "2026-03-18 09:30", t, subject="Mise à jour de vos informations personnelles",
        html=html_of(t), html_only=True, headers=dict(AUTO))

    # ---- inwi
    t = """Bonjour,

Votre facture inwi Fibre du mois de février 2026 est disponible.

Numéro client : 7 0021 48836
Montant : 349,00 DH TTC
Date limite de paiement : 25/02/2026

Payez en un clic sur l'application inwi ou sur inwi.ma.

Merci pour votre confiance,
inwi"""
    add("inw1", inwi, [me], "2026-02-11 08:00", t, subject="Votre facture inwi de février 2026",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    t = """Bonjour,

Votre facture inwi Fibre du mois de mars 2026 est disponible.

Numéro client : 7 0021 48836
Montant : 349,00 DH TTC
Date limite de paiement : 25/03/2026

Ramadan Mubarak ! Profitez de 10 Go offerts sur votre ligne mobile avec le Pass Ramadan.

inwi"""
    add("inw2", inwi, [me], "2026-03-11 08:00", t, subject="Votre facture inwi de mars 2026",
        html=html_of(t), html_only=True, headers=dict(AUTO))

    # ---- ONCF
    t = """Bonjour Mme Kenza EL IDRISSI,

Nous vous confirmons votre réservation. Votre e-billet est joint à ce message.

Aller : Al Boraq n° 15 – jeudi 19/03/2026
Casa Voyageurs 17:00 → Tanger Ville 19:10
Voiture 4 – Place 42 – 2e classe

Retour : Al Boraq n° 28 – dimanche 22/03/2026
Tanger Ville 16:00 → Casa Voyageurs 18:10
Voiture 3 – Place 17 – 2e classe

Montant payé : 496,00 DH
Référence de dossier : QK7M2P

Bon voyage avec l'ONCF."""
    add("on1", oncf, [me], "2026-03-12 20:45", t, subject="ONCF Voyages – Confirmation de votre réservation QK7M2P",
        html=html_of(t), headers=dict(AUTO),
        attachments=[("e-billet_QK7M2P.pdf", "application/pdf",
                      pdf("ONCF - e-billet", "Dossier QK7M2P", "Casa Voyageurs - Tanger Ville",
                          "19/03/2026 17:00 - Voiture 4 Place 42"))])
    t = """Bonjour Mme Kenza EL IDRISSI,

Nous vous confirmons votre réservation. Votre e-billet est joint à ce message.

Aller : Train Navette Rapide n° 411 – vendredi 03/04/2026
Casa Voyageurs 14:15 → Fès 17:45
Voiture 7 – Place 63 – 1re classe

Retour : n° 424 – dimanche 05/04/2026
Fès 16:40 → Casa Voyageurs 20:05
Voiture 6 – Place 21 – 1re classe

Montant payé : 398,00 DH
Référence de dossier : WT3R8B

Bon voyage avec l'ONCF."""
    add("on2", oncf, [me], "2026-03-28 13:10", t, subject="ONCF Voyages – Confirmation de votre réservation WT3R8B",
        html=html_of(t), headers=dict(AUTO),
        attachments=[("e-billet_WT3R8B.pdf", "application/pdf",
                      pdf("ONCF - e-billet", "Dossier WT3R8B", "Casa Voyageurs - Fes",
                          "03/04/2026 14:15 - Voiture 7 Place 63"))])

    # ---- gym
    t = """Chers membres,

Ramadan Moubarak à toutes et à tous ! 🌙

Pendant le mois sacré, votre club Urban Fit Anfa adapte ses horaires :
- Du lundi au samedi : 10h00 – 16h00 puis 20h30 – 01h00
- Dimanche : 20h30 – 00h00

Les cours collectifs du soir (Body Pump, Cycling, Yoga) reprennent à 21h30, après le ftour.

Sportivement,
L'équipe Urban Fit Anfa"""
    add("gy1", gym, [me], "2026-02-17 12:00", t, subject="Horaires Ramadan chez Urban Fit Anfa 🌙",
        html=html_of(t), headers=bulk_headers("<membres.urbanfit-anfa.ma>", "https://urbanfit-anfa.ma/desinscription"))
    add("gy2a", gym, [me], "2026-03-25 10:00", """Bonjour Kenza,

Votre abonnement annuel arrive à échéance le 08/04/2026. Pour le renouveler, passez à l'accueil ou répondez à ce message : nous vous enverrons un lien de paiement.

Offre Aïd : -15 % sur le renouvellement annuel jusqu'au 05/04.

L'équipe Urban Fit Anfa""", subject="Votre abonnement arrive à échéance")
    add("gy2b", me, [gym], "2026-03-25 20:40", """Bonjour,

Est-ce que l'offre Aïd s'applique aussi à la formule trimestrielle ? Je risque de déménager cette année, je préfère ne pas m'engager sur douze mois.

Merci,
Kenza El Idrissi""", parent="gy2a")
    add("gy2c", gym, [me], "2026-03-26 11:25", """Bonjour Kenza,

Oui, la remise de 15 % s'applique aussi au trimestriel : 1 400 DH au lieu de 1 650 DH. Il suffit de passer à l'accueil avant le 05/04.

Sportivement,
Karima – Accueil Urban Fit Anfa""", parent="gy2b")

    # ---- cousin's wedding
    add("wd1a", ghita, [me, salma, mama, naima], "2026-02-22 21:30", """Salam la famille ❤️

Hamdoullah c'est officiel : Yassine et moi on se marie le samedi 4 avril 2026 à Fès inchallah !!

La soirée aura lieu au Palais Dar Souiri (route d'Imouzzer), à partir de 20h30. Le faire-part officiel suivra, mais bloquez déjà la date svp 🙏

Et pour les filles : henna le jeudi 2 avril chez Mama à Fès.

Bsa7tkom w nchoufkom 3la khir,
Ghita""", subject="Save the date 💍 Ghita & Yassine – 4 avril, Fès")
    add("wd1b", me, [ghita], "2026-02-22 22:05", """Mabrouuuk Ghita !!! 😍 Tbarkallah 3likoum, je serai là évidemment. Dis-moi si vous avez besoin d'aide pour quoi que ce soit.

Kenza""", parent="wd1a")
    add("wd1c", ghita, [me], "2026-02-22 22:31", """Merciii benti 🥰 J'aurai besoin de toi pour les cadeaux des invités, on en parle après le ftour un de ces jours !""",
        parent="wd1b")
    add("wd2a", ghita, [me, salma, mama, naima], "2026-03-15 11:00", """Les familles El Idrissi et Alami ont l'honneur de vous faire part du mariage de leurs enfants

Ghita & Yassine

et vous prient de leur faire l'honneur de votre présence à la soirée qui sera donnée le samedi 4 avril 2026 à partir de 20h30, au Palais Dar Souiri, route d'Imouzzer, Fès.

Merci de confirmer votre présence avant le 25 mars auprès de Ghita (06 61 22 87 40).""",
        subject="Faire-part – Mariage de Ghita & Yassine",
        attachments=[("Faire-part_Ghita_Yassine.pdf", "application/pdf",
                      pdf("Ghita & Yassine", "Samedi 4 avril 2026 - 20h30",
                          "Palais Dar Souiri, route d'Imouzzer, Fes"))])
    add("wd2b", me, [ghita], "2026-03-15 13:40", """Présentes inchallah, Mama, Salma et moi 💃 On arrive à Fès le vendredi.

Kenza""", parent="wd2a")

    # ---- family
    add("fm1a", mama, [me], "2026-02-18 15:30", """Kenza benti,

Ftour 3endna nhar sebt inchallah, tji m3a Salma. Jibi m3ak chebakia dyal Pâtisserie Bennis, hiya li kay3jbouni.

Bslama
Mama""", subject="ftour samedi")
    add("fm1b", me, [mama], "2026-02-18 16:10", """Wakha a Mama, ghadi nji m3a Salma 7wali 6h. Ma tt3ebich rassek, ana nchri kolchi ❤️

Kenza""", parent="fm1a")
    add("fm2a", salma, [me], "2026-03-05 13:20", """Kenz,

On se cotise pour le cadeau de Ghita ? Moi je pensais à un service en argent, ou bien une enveloppe, 3la 7sab. Chouf m3a Mama chnou bghat dir hiya.""",
        subject="Cadeau mariage Ghita")
    add("fm2b", me, [salma], "2026-03-05 21:45", """Enveloppe c'est plus simple je pense, w nzidou chi 7aja sghira personnelle (un cadre photo ?). Moi je peux mettre 1500 DH.""",
        parent="fm2a")
    add("fm2c", salma, [me], "2026-03-05 22:02", """Wakha, deal 👍 Je dis à Mama.""", parent="fm2b")
    add("fm3a", naima, [me, salma, mama, ghita], "2026-03-20 09:15", """3id mbarek sa3id 3la koulchi ! Allah y3awdou 3likoum b sa77a w salama ❤️🌙

Khaltkoum Naima""", subject="Aïd Mabrouk")
    add("fm3b", me, [naima, salma, mama, ghita], "2026-03-20 10:30", """3ouwacher mabroukin a khalti ! Nbousek bzaf, nchoufek f l3ers inchallah ❤️""",
        parent="fm3a")
    add("fm3c", mama, [me, naima, salma, ghita], "2026-03-20 11:02", """Amine ya rabbi. Allah y7fadkoum koulkoum.
Latifa""", parent="fm3b")
    add("fm4a", mama, [me], "2026-03-27 19:00", """Kenza,

L khayata salat l caftan dyalek. Sir 3endha nhar l7ed 3la 11 bach tjerbih, kaynin chi retouches f l kmam.

Mama""", subject="caftan")
    add("fm4b", me, [mama], "2026-03-27 20:15", """Wakha, ghadi nmchi l7ed f sbah. Merci a Mama ❤️""", parent="fm4a")

    # ---- friends
    add("lf1a", leila, [me, sofia], "2026-03-04 14:00", """Les filles !!

Ftour chez moi samedi 7 ? Vers 18h15, on fait simple : harira, msemen, et je tente les briouates de ma mère (prières bienvenues 😂).

Dites-moi vite !
Leila""", subject="Ftour chez moi samedi ?")
    add("lf1b", me, [leila, sofia], "2026-03-04 15:20", """Yesss je viens ! Je ramène le jus d'avocat et des cornes de gazelle.""",
        parent="lf1a")
    add("lf1c", sofia, [me, leila], "2026-03-04 16:45", """Moi aussi, mais je serai un peu en retard, je sors du bureau à 17h30 avec les horaires Ramadan. Gardez-moi une chebakia !""",
        parent="lf1b")

    # ---- Coursera
    t = """Hi Kenza,

You're 80% of the way through Consumer Insights for Brand Managers. Just two modules to go!

Keep your momentum: learners who finish within a week of reaching 80% are twice as likely to earn their certificate.

Resume learning

Coursera"""
    add("co1", coursera, [me], "2026-02-24 16:00", t, subject="Kenza, you're almost there!",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<learner.coursera.org>", "https://www.coursera.org/account-settings")))
    t = """Congratulations, Kenza!

You've completed Consumer Insights for Brand Managers, offered by Westbridge Business School on Coursera.

Your certificate is ready. Share it on LinkedIn to show your network what you've achieved.

View certificate

Coursera"""
    add("co2", coursera, [me], "2026-03-06 15:00", t, subject="Your certificate for Consumer Insights for Brand Managers is ready",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<learner.coursera.org>", "https://www.coursera.org/account-settings")))

    # ---- newsletters
    t = """Brand Talk Weekly – Issue #212

This week: why private label keeps eating the middle of the shelf, three Ramadan campaigns that got the tone right, and a short guide to briefing an agency on a tight budget.

Read online | Unsubscribe"""
    add("nl1", btw, [me], "2026-02-19 07:00", t, subject="BTW #212 – Private label is coming for your mid-tier",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<weekly.brandtalkweekly.com>", "https://brandtalkweekly.com/unsubscribe")))
    t = """Brand Talk Weekly – Issue #216

This week: the hiring market for regional brand roles in the Gulf, what a good 90-day plan looks like, and why everyone suddenly wants a 'brand P&L owner'.

Read online | Unsubscribe"""
    add("nl2", btw, [me], "2026-03-19 07:00", t, subject="BTW #216 – Who is hiring regional brand managers?",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<weekly.brandtalkweekly.com>", "https://brandtalkweekly.com/unsubscribe")))
    t = """Le Brief Marketing – Spécial Ramadan

Les pubs qui font parler cette année, le retour des sitcoms sponsorisées en prime time, et les chiffres de l'audience TV au moment du ftour.

Lire en ligne | Se désinscrire"""
    add("nl3", lbm, [me], "2026-02-26 08:30", t, subject="Spécial Ramadan : les pubs qui font parler",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<hebdo.lebriefmarketing.ma>", "https://lebriefmarketing.ma/desabonnement")))
    t = """Le Brief Marketing – Bilan Ramadan 2026

Les investissements publicitaires en hausse de 12 %, le digital passe devant l'affichage, et trois directeurs marketing racontent leur mois sacré.

Lire en ligne | Se désinscrire"""
    add("nl4", lbm, [me], "2026-03-26 08:30", t, subject="Bilan publicitaire du Ramadan 2026",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<hebdo.lebriefmarketing.ma>", "https://lebriefmarketing.ma/desabonnement")))
    t = """Gulf Marketing Review – The Ramadan edition

Ramadan ad spend across the GCC, the rise of late-night commerce, and an interview with three CMOs on building brands for the Maghreb diaspora in the UAE.

Read more | Manage subscription"""
    add("nl5", gmr, [me], "2026-03-12 09:00", t, subject="GMR: Ramadan ad spend, late-night commerce and the Maghreb diaspora",
        html=html_of(t), html_only=True,
        headers=dict(AUTO, **bulk_headers("<news.gulfmarketingreview.com>", "https://gulfmarketingreview.com/unsubscribe")))
    t = """Chers lauréats,

L'association ISCAE Alumni a le plaisir de vous convier à son ftour-débat annuel, le jeudi 12 mars à 18h30 à l'hôtel Kenzi Tower, autour du thème : « Carrières internationales : partir, revenir, rayonner ».

Inscription obligatoire avant le 9 mars via l'espace membres.

Le Bureau de l'ISCAE Alumni"""
    add("nl6", iscae, [me], "2026-03-02 12:00", t, subject="Ftour-débat des lauréats – jeudi 12 mars",
        html=html_of(t), headers=dict(AUTO, **bulk_headers("<membres.iscae-alumni.ma>", "https://iscae-alumni.ma/desinscription")))

    # ---- dentist
    dt_start, dt_end = at("2026-03-07 11:00", CASA), at("2026-03-07 11:30", CASA)
    ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentist"), stamp=at("2026-03-02 10:10", CASA),
                   start=dt_start, end=dt_end, summary="Rendez-vous - Cabinet Dentaire Dr Benkirane",
                   organizer=dentist, tzid="Africa/Casablanca",
                   location="45, bd Anfa, 3e etage - Casablanca", prodid="-//Doctolib-like//RDV//FR")
    add("de1", dentist, [me], "2026-03-02 10:10", """Madame EL IDRISSI,

Nous vous confirmons votre rendez-vous au cabinet du Dr Sara Benkirane le samedi 7 mars 2026 à 11h00 (détartrage et contrôle).

Notre secrétariat vous appellera le vendredi 6 mars pour confirmer le rendez-vous.

Cabinet Dentaire Dr Benkirane
45, bd Anfa, 3e étage – Casablanca
05 22 27 61 93""", subject="Confirmation de votre rendez-vous du samedi 7 mars 2026",
        ics=ics, ics_mode="publish")
    add("de2", dentist, [me], "2026-03-06 12:30", """Madame EL IDRISSI,

Nous n'avons pas pu vous joindre par téléphone. Nous vous rappelons votre rendez-vous de demain, samedi 7 mars, à 11h00. En cas d'empêchement, merci de nous prévenir au 05 22 27 61 93.

Cabinet Dentaire Dr Benkirane""", parent="de1", quote=False,
        subject="Rappel : votre rendez-vous de demain à 11h00")

    # ---- online shop, building
    t = """Bonjour Kenza,

Merci pour votre commande n° SQ-4471829 !

1 × Coffret thé « Aïd » + 6 verres beldi – 289,00 DH
1 × Boîte de cornes de gazelle (1 kg) – 220,00 DH
Livraison Casablanca : offerte

Total : 509,00 DH – Paiement à la livraison
Livraison estimée : 18/03/2026

L'équipe Souqly.ma"""
    add("sq1", souqly, [me], "2026-03-16 12:30", t, subject="Confirmation de votre commande n° SQ-4471829",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    t = """Bonjour Kenza,

Bonne nouvelle : votre commande n° SQ-4471829 a été expédiée et sera livrée demain entre 10h et 14h.

Suivre mon colis

L'équipe Souqly.ma"""
    add("sq2", souqly, [me], "2026-03-17 18:05", t, subject="Votre commande n° SQ-4471829 est en route 🚚",
        html=html_of(t), html_only=True, headers=dict(AUTO))
    add("sy1", syndic, [me], "2026-03-04 09:00", """Chers résidents,

Nous vous informons qu'une coupure d'eau est programmée le jeudi 05/03 de 9h à 14h, pour le remplacement de la pompe de surpression de l'immeuble B.

Merci de prendre vos dispositions.

Le Syndic – Résidence Al Yasmine, Racine""", subject="Coupure d'eau – jeudi 05/03 de 9h à 14h")

    # ================================================================== threads
    T = case.thread
    T("g1a", True, "application", "Gulfbay Consumer Brands",
      "Greenhouse acknowledgement of a portal application (10 Feb); no person named")
    T("g2a", True, "recruiter", "Gulfbay Consumer Brands",
      "Rania's intro call Thu 19 Feb 14:00-14:30 GST, thanked the same day; 'revert by early "
      "next week' kept on 24 Feb; panel slots; on 23 Mar Kenza promised two references 'by "
      "Friday 27 March' and has not written to Rania since")
    T("g3a", True, "interview", "Gulfbay Consumer Brands",
      "Greenhouse confirmation + ICS: panel Wed 25 Mar 14:00-15:30 GST (11:00-12:30 "
      "Casablanca) with Omar and Priyanka; Rania organiser, not on the panel; meeting room "
      "in the invite; Omar thanked in a new thread, Priyanka never after the panel")
    T("g3r", True, "interview", "Gulfbay Consumer Brands", "Greenhouse reminder, no ICS")
    T("g4a", True, "interview", "Gulfbay Consumer Brands",
      "Priyanka's pointers before the panel; Kenza's 'thank you' on 19 Mar and deck on 24 Mar "
      "both came before the panel")
    T("g5a", True, "interview", "Gulfbay Consumer Brands",
      "thank-you to Omar in a new thread (25 Mar 19:40); his reply mentions two other "
      "candidates and promises news 'by Thursday 2 April'")
    T("d1a", True, "rejection", "Cabinet Delorme & Associés",
      "Paris recruitment firm for Maison Verlaine: call Mon 16 Feb 11:00 Paris (stale), CV and "
      "cover letter (promised by 18/02, sent 17/02), interview slots; after the interview "
      "'je reviens vers vous d'ici le vendredi 27/03'; gentle rejection on Thu 26/03")
    T("d2a", True, "interview", "Maison Verlaine",
      "Teams invite from the assistant (organiser, not present): Wed 18 Mar 15:00-16:00 Paris "
      "(14:00-15:00 Casablanca, GMT) with Claire Dumas-Berthier and Julien Marchetti; "
      "neither thanked; rejected on 26 Mar through the recruiter")
    T("c1a", True, "recruiter", "Cap Talents Maroc",
      "Casablanca recruiter: CV sent 5 Mar, meeting at his office Tue 10/03 10:30 (stale), "
      "'je reviens vers vous au plus tard le mardi 24/03'; nothing from Cap Talents since")
    T("b1a", True, "networking", "Bin Tamim Group",
      "a friend in Dubai passes on the recruiter's address; no meeting, no promise")
    T("b2a", True, "application", "Bin Tamim Group",
      "application with CV to Hind on Wed 18 Mar; only an out-of-office (Eid) came back; "
      "follow-up due at the end of Fri 27 Mar")
    T("z1a", True, "interview", "Zayna Beverages",
      "phone screen Mon 16 Mar 13:30-14:00 UAE time, thanked in the thread; Kenza's portfolio "
      "promised 'by tomorrow' and sent 17 Mar; Sara's 'by Thursday 19 March' followed by her "
      "out-of-office, back Mon 30 Mar")
    T("na1a", True, "application", "Nutrivia Maroc", "SmartRecruiters acknowledgement")
    T("na2a", True, "interview", "Nutrivia Maroc",
      "assessment centre Thu 26 Mar 09:00-13:00: Praxis assessors and the marketing director "
      "named without addresses; the recruiter who arranged it was away; case study promised "
      "and sent 23 Mar; committee on 7 Apr, answer 'au plus tard le mercredi 8 avril'")
    T("fd1a", True, "application", "Fromageries Delaunay", "Workday acknowledgement")
    T("fd2a", True, "interview", "Fromageries Delaunay",
      "video interview agreed for Fri 27 Mar 14:00 Paris, moved on 24 Mar to Wed 1 Apr 10:00 "
      "Paris (09:00 Casablanca after the change to summer time); still ahead")
    T("fd3a", True, "interview", "Fromageries Delaunay",
      "Outlook invite (Romance Standard Time), then its update to 1 Apr")
    T("s1a", True, "recruiter", "Sahla Snacks",
      "founder's cold email; Kenza booked a Calendly slot")
    T("s2a", True, "interview", "Sahla Snacks",
      "Calendly confirmation for Thu 19 Mar 11:00-11:20 Casablanca")
    T("s3a", True, "interview", "Sahla Snacks",
      "Calendly cancellation by the host on 18 Mar, no new date")
    T("nw1a", True, "networking", "Orbis Foods",
      "alumna in Dubai: Teams chat Fri 13 Mar 16:00-16:30 GST, thanked the same day, her reply "
      "14 Mar; nothing between them since")
    T("nw2a", True, "networking", "Argalia Cosmetics",
      "coffee with her former manager Tue 24 Mar 18:30, thanked that evening, his reply 25 Mar")
    T("ap1a", True, "rejection", "Les Huileries du Souss",
      "spontaneous application with CV 16 Mar; the HR director answered on 19 Mar (no "
      "opening, CV kept on file)")
    T("dn1a", True, "application", "Danora Group",
      "Workday acknowledgement of a portal application; nobody to write to")
    for k, note in [("li1", "LinkedIn job alert"), ("li2", "LinkedIn job alert"),
                    ("by1", "Bayt.com job alert"),
                    ("hr1", "her employer's Ramadan working hours memo"),
                    ("rd1", "her manager asks for the Eid promotion plan; sent the next day"),
                    ("ag1", "her agency's campaign report: promised by Thu 26/03, sent then"),
                    ("ag4", "Google Calendar invite: agency review Fri 27 Mar 11:00 (her job)"),
                    ("cj1", "Outlook invite: Kenza interviews a candidate for her own team"),
                    ("cj2a", "that candidate's thank-you to Kenza"),
                    ("cj3a", "Kenza forwards it to HR"),
                    ("cih1", "bank statement"), ("cih2", "bank: salary credited"),
                    ("cih3", "bank: KYC update"), ("inw1", "inwi bill"), ("inw2", "inwi bill"),
                    ("on1", "ONCF tickets to Tanger for Eid"), ("on2", "ONCF tickets to Fès"),
                    ("gy1", "gym Ramadan hours"), ("gy2a", "gym renewal"),
                    ("wd1a", "cousin's wedding save-the-date"), ("wd2a", "wedding invitation"),
                    ("fm1a", "mother: ftour"), ("fm2a", "sister: wedding present"),
                    ("fm3a", "aunt: Eid wishes"), ("fm4a", "mother: caftan fitting"),
                    ("lf1a", "friends' ftour"), ("co1", "Coursera reminder"),
                    ("co2", "Coursera certificate"), ("nl1", "newsletter"), ("nl2", "newsletter"),
                    ("nl3", "newsletter"), ("nl4", "newsletter"), ("nl5", "newsletter"),
                    ("nl6", "alumni association event"), ("de1", "dentist appointment (ICS "
                     "PUBLISH) and reminder"), ("sq1", "online order"), ("sq2", "shipping notice"),
                    ("sy1", "building management notice")]:
        company = {"hr1": "Sanabil Foods", "rd1": "Sanabil Foods", "cj1": "Sanabil Foods",
                   "cj2a": "Sanabil Foods", "cj3a": "Sanabil Foods", "ag1": "Agence Mosaïk",
                   "ag4": "Agence Mosaïk"}.get(k)
        T(k, False, None, company, note)

    # ================================================================== facts
    M = case.meeting
    M("g2a", at("2026-02-19 14:00", DXB), at("2026-02-19 14:30", DXB), met=[rania.email],
      thanks={rania.email: "g2d"}, what="intro call")
    M("g3a", gb_start, gb_end, met=[omar.email, priyanka.email], thanks={omar.email: "g5a"},
      what="panel")
    M("d1a", at("2026-02-16 11:00", PAR), None, met=[aurelie.email], what="recruiter call")
    M("d2a", vl_start, vl_end, met=[claire.email, julien.email], what="Teams interview")
    M("c1a", at("2026-03-10 10:30", CASA), None, met=[youssef.email], what="recruiter meeting")
    M("z1a", at("2026-03-16 13:30", DXB), at("2026-03-16 14:00", DXB), met=[sara.email],
      thanks={sara.email: "z1d"}, what="phone screen")
    M("na2a", ac_start, ac_end, met=[],
      unknown=["Karim Sefrioui", "Laila Berrada", "Anas Tahiri"], arranged_by=meryem.email,
      what="assessment centre")
    M("fd3a", fd_old[0], fd_old[1], met=[sophie.email, thomas.email], status="moved")
    M("fd3a", fd_new[0], fd_new[1], met=[sophie.email, thomas.email], status="scheduled")
    M("s2a", cal_start, cal_end, met=[tarek.email], status="cancelled")
    M("nw1a", at("2026-03-13 16:00", DXB), at("2026-03-13 16:30", DXB), met=[nadia.email],
      thanks={nadia.email: "nw1e"}, networking=True, what="alumni chat")
    M("nw2a", at("2026-03-24 18:30", CASA), None, met=[hicham.email],
      thanks={hicham.email: "nw2d"}, networking=True, what="coffee")
    # not job search
    M("cj1", cj_start, cj_end, met=[reda.email], job=False, what="Kenza interviews a candidate")
    M("ag4", ag_start, ag_end, met=[yasmine.email, mehdi_ag.email], job=False)
    M("de1", dt_start, dt_end, met=[dentist.email], job=False)
    M("fm4a", at("2026-03-29 11:00", CASA), None, job=False, what="caftan fitting")
    M("wd1a", at("2026-04-02 18:00", CASA), None, status="scheduled", job=False, what="henna")
    M("wd2a", at("2026-04-04 20:30", CASA), None, status="scheduled", job=False, what="wedding")

    PR = case.promise
    PR("g2a", "g2e", rania.email, "2026-02-25", answered_by="g2f")
    PR("g5a", "g5b", omar.email, "2026-04-02")
    PR("d1a", "d1j", aurelie.email, "2026-03-27", answered_by="d1k", ended_by="d1k")
    PR("c1a", "c1f", youssef.email, "2026-03-24")
    PR("z1a", "z1e", sara.email, "2026-03-19", back="2026-03-30")
    PR("na2a", "na2e", meryem.email, "2026-04-08")
    PR("ag1", "ag1", yasmine.email, "2026-03-26", answered_by="ag2", job=False)
    PR("de1", "de1", dentist.email, "2026-03-06", answered_by="de2", job=False)

    AP = case.application
    AP("d1a", "d1b", aurelie.email, answered_by="d1c")
    AP("d1a", "d1e", aurelie.email, answered_by="d1f")
    AP("c1a", "c1b", youssef.email, answered_by="c1c")
    AP("z1a", "z1b", sara.email, answered_by="z1c")
    AP("b2a", "b2a", hind.email)
    AP("ap1a", "ap1a", amrani.email, answered_by="ap1b")

    OP = case.own_promise
    OP("d1a", "d1d", aurelie.email, "2026-02-18", kept_by="d1e")
    OP("z1a", "z1d", sara.email, "2026-03-17", kept_by="z1f")
    OP("na2a", "na2b", meryem.email, "2026-03-24", kept_by="na2c")
    OP("g2a", "g2j", rania.email, "2026-03-27")
    OP("rd1", "rd2", reda.email, "2026-03-03", kept_by="rd3", job=False)

    # ================================================================== labels
    E = case.expect
    E("thank_you", "d2a", claire.email,
      "Teams interview Wed 18 Mar 15:00-16:00 Paris took place; Kenza wrote only to the "
      "recruiter; the rejection of 26 Mar does not cancel the thank-you; overdue since 19 Mar, "
      "stale only from 1 Apr 17:00 GMT")
    E("thank_you", "d2a", julien.email,
      "second interviewer of Wed 18 Mar (address in the invite); never thanked; overdue")
    E("thank_you", "g3a", priyanka.email,
      "panelist Wed 25 Mar 14:00-15:30 GST; her only thanks came before the panel (19 Mar) and "
      "the thank-you after it went to Omar alone; overdue since 26 Mar 12:30")
    E("callback", "c1a", youssef.email,
      "'je reviens vers vous au plus tard le mardi 24/03'; nothing from Cap Talents since; "
      "due at the end of Thu 26 Mar", promised="2026-03-24")
    E("application", "b2a", hind.email,
      "application with CV sent Wed 18 Mar; only an out-of-office answered; 7 business days "
      "end Fri 27 Mar")
    E("networking", "nw1a", nadia.email,
      "Teams chat 13 Mar, thanked; last exchange her reply of 14 Mar; touch due at the end of "
      "28 Mar")
    E("ask_for_address", "na2a", meryem.email,
      "assessment centre Thu 26 Mar 09:00-13:00 took place; the marketing director and two "
      "assessors were met but no address of theirs appears; Meryem arranged it and has not "
      "been written to since")
    E("own_promise", "g2a", rania.email,
      "Kenza promised on 23 Mar to send two references 'by Friday 27 March'; she has not "
      "written to Rania since")

    F = case.forbid
    F("g3a", omar.email, "panel of 25 Mar thanked by Kenza's note in a new thread that evening")
    F("g5a", omar.email, "his promise 'by Thursday 2 April' is still open; thanked already")
    F("g3a", greenhouse.email, "automated Greenhouse sender")
    F("g3a", room_dxb[1], "meeting room (CUTYPE=ROOM) in the invite, not a person")
    F("d1a", aurelie.email,
      "'d'ici le vendredi 27/03' ended by her own rejection of Thu 26/03; her February call is "
      "stale")
    F("d2a", nadege.email, "assistant who sent the Teams invite; she was not at the interview")
    F("z1a", sara.email,
      "phone screen thanked; Kenza's own promise kept on 17 Mar; 'by Thursday 19 March' is "
      "counted from her out-of-office return on Mon 30 Mar, so not due before the end of "
      "Wed 1 Apr")
    F("fd2a", thomas.email,
      "interview moved from Fri 27 Mar to Wed 1 Apr 10:00 Paris, still ahead at now")
    F("fd3a", sophie.email, "interviewer of the moved interview on Wed 1 Apr, still ahead")
    F("s2a", tarek.email, "the call was cancelled by him through Calendly; it never took place")
    F("nw2a", hicham.email,
      "coffee of 24 Mar thanked that evening; his reply on 25 Mar restarts the clock, next "
      "touch due only on 8 Apr")
    F("ap1a", amrani.email, "the HR director answered the application on 19 Mar")
    F("dn1a", danora.email, "portal-only application: a Workday acknowledgement names no one")
    F("b1a", imane.email, "a friend who passed on a contact; no meeting, no promise")
    F("cj2a", amine.email,
      "a candidate Kenza interviewed for her own team at Sanabil; not her job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
