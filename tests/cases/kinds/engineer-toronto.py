#!/usr/bin/env python3
"""Sealed case: engineer-toronto (Priya Raghunathan, civil engineer, Toronto)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
import io
import zipfile

NAME = "engineer-toronto"
TOR = "America/Toronto"
VAN = "America/Vancouver"

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ACC, NEED, IND, ROOM = "ACCEPTED", "NEEDS-ACTION", "INDIVIDUAL", "ROOM"


def docx_bytes(paragraphs):
    """A small, deterministic .docx (fixed zip timestamps)."""
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    def put(name, text):
        info = zipfile.ZipInfo(name, date_time=(2026, 4, 8, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
    put("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>')
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p.replace("&", "&amp;")
                   for p in paragraphs)
    put("word/document.xml",
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
        '.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    z.close()
    return buf.getvalue()


CV_LINES = [
    "Priya Raghunathan, P.Eng.",
    "Toronto, ON  |  416-555-0163  |  priya.raghunathan@example.ca",
    "",
    "PROFILE",
    "Civil/structural engineer, 11 years in consulting on bridge rehabilitation,",
    "transit structures and linear infrastructure for municipal and provincial owners.",
    "",
    "EXPERIENCE",
    "Senior Project Engineer, Halloran Webb Consulting, Toronto (2019 - present)",
    " - Design lead, deck replacement of a 4-span viaduct under live traffic staging",
    " - Owner's liaison for LRT station structures package (civil/structural)",
    " - Manages teams of 6-12 across structures, geotech, drainage and traffic",
    "Project Engineer, Halloran Webb Consulting (2015 - 2019)",
    "",
    "EDUCATION",
    "MASc Civil Engineering, Dundas University (2015)",
    "BASc Civil Engineering, Dundas University (2013)",
    "",
    "LICENCES: P.Eng. (Professional Engineers Ontario)",
]


def fr_quote(parent, tz):
    """How French Outlook quotes the message it answers."""
    t = parent.date.astimezone(tz)
    to = "; ".join(p.shown() for p in parent.to)
    cc = "; ".join(p.shown() for p in parent.cc)
    head = ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s"
            % (parent.sender.shown(), JOURS[t.weekday()], t.day, MOIS[t.month - 1], t.year,
               t.strftime("%H:%M"), to, "Cc : %s\n" % cc if cc else "", parent.subject))
    return "________________________________\n" + head + "\n\n" + parent.text


def build():
    now = dt.datetime(2026, 4, 22, 9, 45, tzinfo=ZoneInfo(TOR))
    case = Case(
        NAME,
        "Priya Raghunathan, P.Eng., a Toronto civil engineer leaving consulting for a public "
        "infrastructure or transit agency role; mail from March to Wednesday 22 April 2026",
        {"name": "Priya Raghunathan", "emails": ["priya.raghunathan@example.ca"],
         "phone": "+1 416 555 0163", "timezone": TOR},
        now, "")
    me = Person("Priya Raghunathan", "priya.raghunathan@example.ca", tz=TOR, style="webmail",
                sig="Priya Raghunathan, P.Eng.\n416-555-0163")
    case.me = me
    at = case.at

    # ------------------------------------------------------------------ people
    lindsay = Person("Lindsay Forde", "lindsay.forde@pida-ontario.ca", tz=TOR, style="outlook",
                     sig="Lindsay Forde (she/her)\nTalent Acquisition Advisor, Human Resources "
                         "Branch\nProvincial Infrastructure Delivery Agency\n416-555-0129",
                     region="namprd09")
    deborah = Person("Deborah Osei", "deborah.osei@pida-ontario.ca", tz=TOR, style="outlook",
                     region="namprd09")
    kevin = Person("Kevin Szabo", "kevin.szabo@pida-ontario.ca", tz=TOR, style="outlook",
                   region="namprd09")
    amrit_email = "amrit.sandhu@pida-ontario.ca"
    pida_ats = Person("PIDA Careers", "no-reply@pida-ontario.ca", tz=TOR, style="auto", auto=True,
                      msgid_domain="careers.pida-ontario.ca")
    pida_rec = Person("PIDA Recruitment Services", "recruitment@pida-ontario.ca", tz=TOR,
                      style="outlook", region="namprd09")

    hannah = Person("Hannah Kowalczyk", "hannah.kowalczyk@nrtransit.ca", tz=TOR, style="outlook",
                    sig="Hannah Kowalczyk (she/her)\nTalent Acquisition Partner, Capital Projects\n"
                        "Northshore Regional Transit\nT 905-555-0177 | "
                        "hannah.kowalczyk@nrtransit.ca", region="namprd04")
    omar = Person("Omar Haddad", "omar.haddad@nrtransit.ca", tz=TOR, style="outlook",
                  sig="Omar Haddad, P.Eng., PMP\nProject Director, Eastfield MSF\n"
                      "Northshore Regional Transit\nC 905-555-0154", region="namprd04")
    nrt_wd = Person("Northshore Regional Transit", "nrtransit@myworkday.com", tz=TOR, style="auto",
                    auto=True, msgid_domain="myworkday.com")

    tessa = Person("Tessa Nakamura", "tessa.nakamura@burrardadvisory.com", tz=VAN, style="gmail",
                   sig="--\nTessa Nakamura | People & Culture Coordinator\nBurrard Infrastructure "
                       "Advisory\nSuite 1700, 1021 West Pender Street, Vancouver, BC\n604-555-0191")
    graham_email = "graham.whitlock@burrardadvisory.com"
    greenhouse = Person("Burrard Infrastructure Advisory", "no-reply@us.greenhouse-mail.io", tz=VAN,
                        style="auto", auto=True, msgid_domain="us.greenhouse-mail.io")

    genevieve = Person("Geneviève Tremblay-Roy", "genevieve.tremblay-roy@levesquemobilite.com",
                       tz=TOR, style="outlook", locale="fr", region="namprd14")
    mathieu = Person("Mathieu Gagnon", "mathieu.gagnon@levesquemobilite.com", tz=TOR,
                     style="outlook", locale="fr", region="namprd14")
    gen_sig = ("Geneviève Tremblay-Roy, CRHA\nConseillère principale, Acquisition de talents\n"
               "Groupe Lévesque Mobilité\n1450, boulevard René-Lévesque Ouest, bureau 2100\n"
               "Montréal (Québec)  H3B 2T4\nT 514 555-0142")

    derek = Person("Derek Mahoney", "derek@keystonetechsearch.ca", tz=TOR, style="gmail",
                   sig="Derek Mahoney\nPrincipal, Infrastructure & Public Sector\n"
                       "Keystone Technical Search\nM 647-555-0112 | keystonetechsearch.ca")
    rohan = Person("Rohan Mehta", "rohan.mehta84@gmail.com", tz=TOR, style="gmail")
    farah = Person("Farah Siddiqui", "fsiddiqui@ashbridgewater.ca", tz=TOR, style="outlook",
                   region="namprd20")
    helen = Person("Helen Marchetti", "h.marchetti@dundasu.ca", tz=TOR, style="outlook",
                   sig="Helen Marchetti, PhD, P.Eng.\nProfessor, Department of Civil Engineering\n"
                       "Dundas University", region="namprd03")
    samuel = Person("Samuel Adeyemi", "samuel.adeyemi@maplewoodregion.ca", tz=TOR,
                    style="outlook", sig="Samuel Adeyemi, P.Eng.\nSenior Engineer, Transportation "
                    "Infrastructure\nRegional Municipality of Maplewood\n905-555-0120 ext. 4417",
                    region="namprd07")
    paul = Person("Paul Ferreira", "paul.ferreira@maplewoodregion.ca", tz=TOR, style="outlook",
                  region="namprd07")
    jiwoo = Person("Ji-woo Han", "jhan@metrolaketransit.ca", tz=TOR, style="gmail",
                   sig="Ji-woo Han, MCIP, RPP\nSenior Transit Planner, Service Planning\n"
                       "Metrolake Transit\n905-555-0136")
    wendy = Person("Wendy Cho", "wcho@ashgrovecounty.ca", tz=TOR, style="outlook",
                   sig="Wendy Cho\nHuman Resources Generalist\nCounty of Ashgrove | 55 Main Street "
                       "North, Ashgrove ON\n519-555-0148", region="namprd12")
    marisol = Person("Marisol Vega", "marisol.vega@eastbrook.ca", tz=TOR, style="outlook",
                     sig="Marisol Vega\nHR Consultant, Talent Acquisition\nCity of Eastbrook | "
                         "100 Civic Centre Drive, Eastbrook ON\n289-555-0133", region="namprd06")
    brian = Person("Brian Oduya", "brian.oduya@eastbrook.ca", tz=TOR, style="outlook")
    walter = Person("Walter Brandt", "wbrandt.peng@gmail.com", tz="America/New_York", style="gmail")
    nadia = Person("Nadia Rahman", "nadia.rahman.to@gmail.com", tz=TOR, style="gmail")

    # noise
    peo = Person("Professional Engineers Ontario", "no-reply@peo.on.ca", tz=TOR, style="auto",
                 auto=True)
    peo_ch = Person("PEO Toronto-Humber Chapter", "news@peo-torontohumber.ca", tz=TOR,
                    style="auto", auto=True)
    ttc = Person("TTC Service Alerts", "alerts@ttc.ca", tz=TOR, style="auto", auto=True)
    presto = Person("PRESTO", "noreply@prestocard.ca", tz=TOR, style="auto", auto=True)
    acorns = Person("Little Acorns Early Learning Centre", "office@littleacorns-elc.ca", tz=TOR,
                    style="auto", auto=True)
    carla = Person("Carla Pereira", "carla@littleacorns-elc.ca", tz=TOR, style="gmail",
                   sig="Carla Pereira, RECE\nCentre Director, Little Acorns Early Learning Centre\n"
                       "416-555-0117")
    educator = Person("Jasleen Gill", "jasleen@littleacorns-elc.ca", tz=TOR, style="gmail")
    yorkline = Person("Yorkline Property Management", "notices@yorklinepm.ca", tz=TOR,
                      style="auto", auto=True)
    elaine = Person("Elaine Fournier", "elaine.fournier@yorklinepm.ca", tz=TOR, style="gmail",
                    sig="Elaine Fournier, RCM\nProperty Manager, TSCC 2471\nYorkline Property "
                        "Management | 416-555-0108")
    elaine_cal = Person("Elaine Fournier", "elaine.fournier@yorklinepm.ca", tz=TOR, style="gcal")
    costco = Person("Costco Wholesale Canada", "receipts@costco.ca", tz=TOR, style="auto",
                    auto=True)
    costco_online = Person("Costco.ca", "orders@costco.ca", tz=TOR, style="auto", auto=True)
    amma = Person("Lakshmi Raghunathan", "lakshmi.r1958@gmail.com", tz=TOR, style="gmail")
    vikram = Person("Vikram Raghunathan", "vik.raghu@gmail.com", tz="America/Edmonton",
                    style="gmail")
    arjun = Person("Arjun Menon", "arjun.k.menon@gmail.com", tz=TOR, style="gmail")
    meera = Person("Meera Pillai", "meera.pillai@outlook.com", tz=TOR, style="outlook",
                   region="namprd15")
    stefan = Person("Stefan Kowal", "stefan.kowal@halloranwebb.com", tz=TOR, style="outlook",
                    sig="Stefan Kowal, P.Eng.\nAssociate, Structures | Halloran Webb Consulting\n"
                        "416-555-0190", region="namprd02")
    eventbrite = Person("Eventbrite", "noreply@order.eventbrite.com", tz=TOR, style="auto",
                        auto=True)
    civiljobs = Person("CivilJobs.ca", "alerts@civiljobs.ca", tz=TOR, style="auto", auto=True)
    govjobs = Person("Ontario Public Sector Jobs", "jobs-noreply@onpublicjobs.ca", tz=TOR,
                     style="auto", auto=True)
    otif = Person("Ontario Transit Infrastructure Forum", "events@otif.ca", tz=TOR, style="auto",
                  auto=True)
    infraq = Person("Infrastructure Quarterly", "newsletter@infraquarterly.ca", tz=TOR,
                    style="auto", auto=True)
    dentist = Person("Bloor West Family Dentistry", "appointments@bloorwestdental.ca", tz=TOR,
                     style="auto", auto=True)
    northway = Person("Northway Mobile", "billing@northwaymobile.ca", tz=TOR, style="auto",
                      auto=True)
    parks = Person("Toronto Parks & Recreation Registration", "noreply@torontoparksreg.ca",
                   tz=TOR, style="auto", auto=True)
    canpost = Person("Canada Post", "notify@canadapost-postescanada.ca", tz=TOR, style="auto",
                     auto=True)

    cv_pdf = ("Raghunathan_Priya_CV_2026.pdf", "application/pdf", make_pdf(CV_LINES))

    # ================================================================ JOB SEARCH

    # ---- PIDA: portal application, written exam, panel, pool, references
    case.add("pida_ack", pida_ats, [me], "2026-03-04 21:40", """
Dear Priya Raghunathan,

Thank you for applying to competition PIDA-2026-0147, Senior Project Engineer, Transit Capital
Delivery.

Your application was received on March 4, 2026. All applications are screened against the
qualifications in the job posting. Only candidates selected for further assessment will be
contacted. You can check the status of your application at any time in the PIDA Careers portal.

This mailbox is not monitored. Please do not reply to this message.

Provincial Infrastructure Delivery Agency
Human Resources Branch
""", subject="Application received – PIDA-2026-0147 Senior Project Engineer, Transit Capital "
              "Delivery", headers=AUTO,
        html=html_of("""Dear Priya Raghunathan,

Thank you for applying to competition PIDA-2026-0147, Senior Project Engineer, Transit Capital Delivery.

Your application was received on March 4, 2026. All applications are screened against the qualifications in the job posting. Only candidates selected for further assessment will be contacted. You can check the status of your application at any time in the PIDA Careers portal.

This mailbox is not monitored. Please do not reply to this message.

Provincial Infrastructure Delivery Agency
Human Resources Branch"""), html_only=True)

    case.add("pida_exam", pida_rec, [me], "2026-03-13 10:15", """
Good morning,

Further to your application for competition PIDA-2026-0147, Senior Project Engineer, Transit
Capital Delivery, you have been selected to complete the written examination.

Date: 26/03/2026
Availability window: 09:00 to 12:00 (Eastern Time)
Duration: 2 hours 30 minutes, starting when you open the exam
Format: online, unsupervised; open book (references permitted, collaboration not permitted)

The exam will assess: knowledge of capital project delivery models (including P3/AFP), risk
management, and written communication. A link and access code will be emailed to you at 08:45 on
the day of the exam.

Please confirm your participation by replying to this email by 20/03/2026. If you require
accommodation, let us know in your reply.

Recruitment Services
Human Resources Branch | Provincial Infrastructure Delivery Agency
""", subject="PIDA-2026-0147 – Invitation to written examination")
    case.add("pida_exam_r", me, [pida_rec], "2026-03-13 20:02", """
Hello,

I confirm that I will complete the written examination on March 26, 2026. I don't require any
accommodation.

Regards,
""", parent="pida_exam")

    case.add("pida_results", pida_rec, [me], "2026-04-01 09:30", """
Good morning,

We are pleased to inform you that you were successful on the written examination for
competition PIDA-2026-0147, Senior Project Engineer, Transit Capital Delivery.

The next stage of the assessment is an interview. Lindsay Forde, Talent Acquisition Advisor,
will contact you within the next two weeks to schedule it.

Recruitment Services
Human Resources Branch | Provincial Infrastructure Delivery Agency
""", subject="PIDA-2026-0147 – Written examination results")

    case.add("lf1", lindsay, [me], "2026-04-02 09:50", """
Good morning Priya,

Congratulations on your result on the written examination for competition PIDA-2026-0147. I'm
pleased to invite you to the next stage of the process: a panel interview of approximately 90
minutes, held virtually on Microsoft Teams.

Please let me know which of the following times you would prefer, by end of day Monday, April 6:

  * Thursday, April 9, 10:00 a.m.
  * Friday, April 10, 1:30 p.m.
  * Monday, April 13, 9:00 a.m.

All times are Eastern.

The panel asks every candidate the same questions, and each panel member rates each answer
against a predetermined scoring grid. You will have 10 minutes at the start to read the
questions. If you require accommodation at any stage of the process, please let me know.

Kind regards,
""", subject="PIDA-2026-0147 – Invitation to Interview – Senior Project Engineer, Transit "
              "Capital Delivery", html=None)
    case.add("lf2", me, [lindsay], "2026-04-02 12:20", """
Hello Lindsay,

Thank you for the invitation. Friday, April 10 at 1:30 p.m. would suit me best.

Regards,
""", parent="lf1")
    case.add("lf3", lindsay, [me], "2026-04-02 14:05", """
Hi Priya,

You're confirmed for Friday, April 10 at 1:30 p.m. A Teams invitation will follow from me
shortly. Your panel will be Deborah Osei (chair), Kevin Szabo and Amrit Sandhu.

Please have a piece of government-issued photo ID ready to show on camera.

Kind regards,
""", parent="lf2")

    pida_desc = """Panel interview – Competition PIDA-2026-0147
Senior Project Engineer, Transit Capital Delivery
Candidate: Priya Raghunathan

Panel
- Deborah Osei, Manager, Capital Planning & Delivery (chair)
- Kevin Szabo, P.Eng., Senior Engineer, Structures
- Amrit Sandhu, Senior Advisor, Transit Program Integration – amrit.sandhu@pida-ontario.ca (joining from the Ottawa office)

Agenda
1:30 – 1:40  Question review (candidate only; questions shown on screen)
1:40 – 2:50  Interview – each panel member scores independently against the rating grid
2:50 – 3:00  Candidate questions

Deborah will admit you from the lobby. Please have government-issued photo ID ready."""
    teams_en = """

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now
Meeting ID: 281 447 903 615
Passcode: Zq8Lw3
________________________________
Dial in by phone
+1 647-555-0100,,714925318# Canada, Toronto
Phone conference ID: 714 925 318#
________________________________
For organizers: Meeting options | Reset dial-in PIN
________________________________________________________________________________
"""
    pida_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "pida-panel"), stamp=at("2026-04-02 14:10"),
        start=at("2026-04-10 13:30"), end=at("2026-04-10 15:00"),
        summary="PIDA-2026-0147 Panel Interview – Senior Project Engineer – P. Raghunathan",
        organizer=lindsay,
        attendees=[(me, NEED, IND), (deborah, ACC, IND), (kevin, ACC, IND)],
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        description=pida_desc + teams_en, prodid=OUTLOOK)
    case.add("pida_inv", lindsay, [me, deborah, kevin], "2026-04-02 14:10", pida_desc + teams_en,
             subject="PIDA-2026-0147 Panel Interview – Senior Project Engineer – P. Raghunathan",
             sig=False, ics=pida_ics, ics_mode="outlook",
             html=html_of(pida_desc + teams_en))

    case.add("deb_ty", me, [deborah], "2026-04-10 18:40", """
Dear Deborah,

Thank you for chairing this afternoon's panel and for the time you and the team gave me. I came
away even more convinced that this is the work I want to be doing.

Three things I'd bring to the Transit Capital Delivery team:

- Eleven years on the consultant side of transit and bridge projects, so I know what owners'
  requirements look like from the receiving end, and where they tend to get misread.
- Hands-on staging experience on live corridors, including a four-span deck replacement done
  entirely under traffic.
- A habit of writing things down clearly: the risk registers and option memos I've prepared
  have gone straight into client business cases.

I remain very interested in the role and would welcome the chance to contribute. Thank you again
for your time and consideration.

Best regards,
""", subject="Thank you – panel interview, April 10")
    case.add("deb_r", deborah, [me], "2026-04-13 08:15", """
Priya, thank you for the kind note. It was a pleasure speaking with you. Lindsay will be in touch
with next steps.

Deborah

Get Outlook for iOS
""", parent="deb_ty")

    case.add("lf4", me, [lindsay], "2026-04-10 18:55", """
Hi Lindsay,

Just a short note to thank you for coordinating today's panel. Everything ran smoothly, and the
ten minutes with the questions beforehand really helped.

Have a good weekend,
""", parent="lf3")

    case.add("kev_ty", me, [kevin], "2026-04-11 09:20", """
Dear Kevin,

Thank you for your time on the panel yesterday. I especially enjoyed your question about
sequencing a deck replacement on a corridor that can't close. It's the part of my work I find
most interesting, and I hope my answer showed it.

You mentioned you hadn't seen the post-construction monitoring paper our team published on the
Humber culvert rehabilitation. I'll dig out the final version and send it to you by Tuesday.

Kind regards,
""", subject="Following up on yesterday's interview")

    case.add("lf5", lindsay, [me], "2026-04-13 14:00", """
Hi Priya,

You're very welcome, and thank you for the kind words.

Deborah asked me to let you know that the panel meets on Thursday, April 16 to finalize the
consolidated scores. We aim to let every candidate know the outcome by Monday, April 20.

Kind regards,
""", parent="lf4")
    case.add("lf6", lindsay, [me], "2026-04-17 11:00", """
Hi Priya,

I'm pleased to let you know that you met the qualification standard for competition
PIDA-2026-0147 and have been placed in the qualified pool for Senior Project Engineer, Transit
Capital Delivery. Placement in a pool is not an offer of employment; it means you may be
considered for this vacancy and for similar vacancies over the next 18 months.

The next step for the current vacancy is reference checks. Please send me the names, titles,
phone numbers and email addresses of three references, at least two of whom have supervised you
in the past five years, by Wednesday, April 22. We will contact you in the coming weeks.

Kind regards,
""", parent="lf5")
    case.add("lf7", me, [lindsay], "2026-04-17 12:30", """
Hi Lindsay,

That's wonderful news, thank you. I'll send you my three references by Monday; I'd like to give
each of them a heads-up first.

Best regards,
""", parent="lf6")
    case.add("lf8", me, [lindsay], "2026-04-20 09:10", """
Hi Lindsay,

As promised, here are my three references. All three know to expect a call.

1. Stefan Kowal, P.Eng., Associate, Structures, Halloran Webb Consulting (my current manager
   since 2021). 416-555-0190, stefan.kowal@halloranwebb.com
2. Walter Brandt, P.Eng. (retired), former Principal, Brandt Kerr Engineering (supervised me
   2015-2019; now my mentor). 905-555-0161, wbrandt.peng@gmail.com
3. Anne-Marie Lachapelle, P.Eng., Senior Project Manager, Eastport Rail Partners (client-side
   lead on the LRT station package, 2022-2025). 647-555-0185, amlachapelle@eastportrail.ca

Please note that Walter is away until May 3 and is easiest to reach by email until then.

Best regards,
""", parent="lf7")
    case.add("lf9", lindsay, [me], "2026-04-20 11:45", """
Thank you Priya, received. I'll reach out to them directly and we'll be in touch once the checks
are complete.

Kind regards,
""", parent="lf8")

    # ---- Walter (reference)
    case.add("wal1", me, [walter], "2026-04-17 19:05", """
Hi Walter,

I hope Florida is treating you and Marguerite well. I have some news: I've made it into the
qualified pool for a Senior Project Engineer role at the Provincial Infrastructure Delivery
Agency (transit capital delivery, the owner side at last). They're now doing reference checks.

Would you be willing to be one of my references? They'd likely email or call you in the next
couple of weeks. I'd completely understand if the timing is bad with you away.

Priya
""", subject="A favour – reference for PIDA?", sig=False)
    case.add("wal2", walter, [me], "2026-04-18 08:12", """
Priya,

Of course. Delighted for you, and about time they had someone on their side of the table who
has actually staged a deck pour at 2 a.m. Give them this address; I check it every morning with
my coffee. Back in Mississauga May 3.

Walt

Sent from my iPad
""", parent="wal1")

    # ---- Northshore Regional Transit: Workday ack, phone screen, site visit
    case.add("nrt_ack", nrt_wd, [me], "2026-03-10 20:05", """
Hi Priya,

Thank you for applying for the Project Manager, LRT Infrastructure (R-2026-0311) position at
Northshore Regional Transit. We have received your application and our Talent Acquisition team
will review it shortly.

You can view the status of your application by signing in to your candidate home page.

Please do not reply to this email. This mailbox is not monitored.

Northshore Regional Transit Talent Acquisition
""", subject="Thank you for applying – Project Manager, LRT Infrastructure (R-2026-0311)",
        headers=AUTO, html=html_of("""Hi Priya,

Thank you for applying for the Project Manager, LRT Infrastructure (R-2026-0311) position at Northshore Regional Transit. We have received your application and our Talent Acquisition team will review it shortly.

You can view the status of your application by signing in to your candidate home page.

Please do not reply to this email. This mailbox is not monitored.

Northshore Regional Transit Talent Acquisition"""), html_only=True)

    case.add("han1", hannah, [me], "2026-03-25 10:05", """
Hi Priya,

Thanks for your interest in the Project Manager, LRT Infrastructure role (R-2026-0311). I'd like
to set up a 30-minute phone conversation to learn a bit more about your background and walk you
through the role and our process.

Would any of these work for you?
- Monday, March 30 at 2:00 p.m.
- Tuesday, March 31 at 11:00 a.m.
- Wednesday, April 1 at 3:30 p.m.

Best,
""", subject="Northshore Regional Transit – Project Manager, LRT Infrastructure")
    case.add("han2", me, [hannah], "2026-03-25 12:40", """
Hi Hannah,

Tuesday, March 31 at 11:00 a.m. works well. The best number to reach me is 416-555-0163.

Regards,
""", parent="han1")
    case.add("han3", hannah, [me], "2026-03-26 08:55", """
Great, I'll call you Tuesday at 11. Talk soon!

Hannah
""", parent="han2", sig=False)
    case.add("han4", me, [hannah], "2026-03-31 12:15", """
Hi Hannah,

Thank you for the call this morning. It was helpful to hear how the Capital Projects group is
organized around the Eastfield line, and I appreciated your candour about the pace in the next
two years. I'm very interested in moving forward.

Best regards,
""", parent="han3")
    case.add("han5", hannah, [me], "2026-04-07 09:30", """
Hi Priya,

Good news: Omar Haddad, Project Director for the Eastfield Maintenance and Storage Facility,
would like to meet you. Rather than a boardroom interview, Omar likes to do this step on site: a
walk through the MSF (it's about 60% complete) followed by a conversation in the site office.

When: Thursday, April 16, 9:30 to 11:30 a.m.
Where: Eastfield MSF site office, 4100 Eastfield Road (Gate 3, off the service road)
Who: Omar Haddad (omar.haddad@nrtransit.ca), and Gord Lachance, the contractor's site
superintendent, who will do your site orientation and take you through the yard and the main
shop with Omar

You'll need CSA-approved safety boots; we'll supply the hard hat, vest, glasses and gloves.
Please let me know if that works for you.

Best,
""", parent="han4")
    case.add("han6", me, [hannah], "2026-04-07 13:00", """
Hi Hannah,

Thank you, that works perfectly, and I'm really looking forward to seeing the shop. I have my
own boots, so that part's easy.

Regards,
""", parent="han5")
    case.add("han7", hannah, [me], "2026-04-14 10:30", """
Hi Priya,

Quick logistics note for Thursday:

- Park in the visitor lot at Gate 3 and sign in at the security trailer (bring photo ID).
- Gord will meet you at the trailer at 9:30 for the 15-minute site orientation.
- Omar will join you at the main shop.

If anything comes up on the day, Omar's cell is 905-555-0154.

Best,
""", parent="han6")
    case.add("han8", me, [hannah], "2026-04-14 12:10", """
Perfect, I'll be there a few minutes early.

Priya
""", parent="han7", sig=False)

    case.add("omar_ty", me, [omar], "2026-04-16 17:05", """
Dear Omar,

Thank you for this morning's tour of the Eastfield MSF and for the conversation afterwards in
the site office. Seeing the shop at this stage, with the pits formed and the crane rails going
in, made the role very concrete for me.

What I'd bring to the project:

- Eleven years delivering structures and civil packages, the last four in transit, so I know the
  contractor's side of RFIs and change requests.
- Experience coordinating staging and access with an operating railway.
- A calm approach to interface problems, which from what you described is most of the job.

I'm very interested in the Project Manager role and would be glad to continue the conversation.

Best regards,
""", subject="Thank you – Eastfield MSF site visit")
    case.add("omar_r", omar, [me], "2026-04-17 08:50", """
Priya,

Thanks for coming out, and for the note. I enjoyed it; not many candidates ask about the pit
drainage.

Full disclosure: we're seeing our last two candidates on Monday, and I expect to have the
shortlist for the final panel settled by Tuesday (April 21). Hannah or I will be in touch.

Omar
""", parent="omar_ty")

    # ---- Burrard Infrastructure Advisory (Vancouver): Greenhouse interview, rejection
    case.add("tes1", tessa, [me], "2026-03-27 08:40", """
Hi Priya,

Thanks for applying for our Owner's Representative, Transit Programs role. We're building a
small Toronto team to support public-sector transit clients in Ontario, and Graham Whitlock, who
leads our transit advisory practice, would like to meet you over Zoom.

Graham is in Vancouver, so afternoons Pacific work best. Could you let me know your availability
for a 60-minute call on April 7, 8 or 9, between 11:00 a.m. and 3:00 p.m. PT (2:00 to 6:00 p.m.
your time)?

Cheers,
Tessa
""", subject="Burrard Infrastructure Advisory – Owner's Representative, Transit Programs "
              "(Toronto)")
    case.add("tes2", me, [tessa], "2026-03-27 21:30", """
Hi Tessa,

Thanks for getting in touch. I could do April 8 any time from 1:00 to 3:00 p.m. PT, or April 9
between 11:00 a.m. and 12:30 p.m. PT. April 7 is harder for me.

Best regards,
""", parent="tes1")
    case.add("tes3", tessa, [me], "2026-03-30 09:15", """
Perfect, thanks Priya. I've put you in with Graham on the 8th. You'll get a confirmation from
Greenhouse in a few minutes with the exact time and the Zoom link.

Tessa
""", parent="tes2", sig=False)
    gh_text = """Hi Priya,

Your interview for Owner's Representative, Transit Programs (Toronto) at Burrard Infrastructure Advisory is confirmed.

Wednesday, April 8, 2026
1:30 PM - 2:30 PM PDT (Pacific Time, UTC-07:00)

Location: Zoom
https://burrardadvisory.zoom.us/j/84413920571?pwd=cEhQb0tWbWdLc1N6
Meeting ID: 844 1392 0571  Passcode: 639102

You will be meeting with:
Graham Whitlock, P.Eng., Principal, Transit Advisory (graham.whitlock@burrardadvisory.com)

If you need to reschedule, please contact Tessa Nakamura at tessa.nakamura@burrardadvisory.com.

We look forward to speaking with you!

Burrard Infrastructure Advisory

Powered by Greenhouse"""
    case.add("gh_conf", greenhouse, [me], "2026-03-30 09:18", gh_text,
             subject="Interview Confirmation: Owner's Representative, Transit Programs (Toronto) "
                     "at Burrard Infrastructure Advisory",
             reply_to=tessa, headers=AUTO, html=html_of(gh_text))
    case.add("tes4", tessa, [me], "2026-04-09 11:30", """
Hi Priya,

Thanks for taking the time with Graham yesterday. We're wrapping up first interviews this week
and hope to make decisions on next steps by Friday, April 17. I'll be in touch either way.

Cheers,
Tessa
""", parent="tes3", sig=False)
    case.add("tes5", tessa, [me], "2026-04-15 10:30", """
Hi Priya,

Thank you again for your interest in Burrard and for the time you spent with Graham last week.

After a lot of discussion, we've decided to move forward with candidates whose background is
closer to the commercial side of P3 delivery. It was a close call, and Graham asked me to pass
on how much he enjoyed your conversation about the Line 5 station interfaces.

We'd be glad to keep your details on file as the Toronto team grows. All the best with your
search.

Warmly,
Tessa
""", parent="tes4")
    case.add("tes6", me, [tessa], "2026-04-15 20:00", """
Hi Tessa,

Thank you for letting me know, and for passing on Graham's comments; that's kind of him. I'd be
glad to be considered for future roles as the Toronto team grows.

All the best,
""", parent="tes5")

    # ---- Groupe Lévesque Mobilité (Montréal, in French)
    case.add("gv1", genevieve, [me], "2026-03-23 09:05", """
Bonjour Madame Raghunathan,

Je me permets de vous contacter suite à la consultation de votre profil LinkedIn. Je suis
conseillère principale en acquisition de talents chez Groupe Lévesque Mobilité, et nous
recrutons actuellement un ou une chargé(e) de projets, Infrastructures ferroviaires, pour notre
bureau de Toronto, dans le cadre de l'exploitation et de l'entretien d'un nouveau réseau de SLR
en Ontario.

Votre expérience en réfection de ponts et en gestion de chantiers en milieu urbain a retenu notre
attention. Le poste relève de M. Mathieu Gagnon, directeur des projets pour l'Ontario, et
comporte une part importante de coordination avec le propriétaire public de l'actif.

Seriez-vous ouverte à un premier échange à ce sujet? Si oui, je vous invite à me faire parvenir
votre CV à jour.

Au plaisir,

""" + gen_sig, subject="Poste de chargé(e) de projets, Infrastructures ferroviaires – bureau "
                       "de Toronto", sig=False)
    case.add("gv2", me, [genevieve], "2026-03-24 21:14", """
Bonjour Madame Tremblay-Roy,

Thank you for reaching out. I hope you don't mind if I answer in English: my French comes from
an Ontario immersion school and is much better at reading than at writing.

The role sounds like a very good fit for where I want to go. I've spent eleven years on the
consulting side of bridge and transit work and I'm looking to move to the owner/operator side.
I'd be glad to talk, and my CV is attached.

Best regards,
""", parent="gv1", attachments=[cv_pdf])
    m = case.by_key["gv2"]
    case.add("gv3", genevieve, [me], "2026-03-25 10:40", """
Bonjour Priya,

Merci pour votre retour rapide, et aucun souci pour l'anglais : nous travaillons dans les deux
langues au bureau de Toronto.

Je vous propose une entrevue de 60 minutes sur Teams avec M. Gagnon et moi-même, à l'un des
moments suivants (heure de l'Est) :

- le mardi 7 avril, à 14 h;
- le jeudi 9 avril, à 10 h.

Laquelle de ces plages vous conviendrait le mieux?

Salutations distinguées,

""" + gen_sig + "\n\n" + fr_quote(m, genevieve.tz),
             parent="gv2", subject="RE : " + case.by_key["gv1"].subject, sig=False, quote=False)
    case.add("gv4", me, [genevieve], "2026-03-25 12:02", """
Hi Geneviève,

Thursday, April 9 at 10:00 works best for me. I look forward to speaking with you both.

Best regards,
""", parent="gv3", subject="Re: " + case.by_key["gv1"].subject)
    case.add("gv5", genevieve, [me], "2026-03-26 08:50", """
Parfait. Vous recevrez sous peu l'invitation Teams. Au plaisir de vous rencontrer le 9 avril.

Geneviève

""" + fr_quote(case.by_key["gv4"], genevieve.tz),
             parent="gv4", subject="RE : " + case.by_key["gv1"].subject, sig=False, quote=False)

    fr_desc = """Entrevue – Chargé(e) de projets, Infrastructures ferroviaires (bureau de Toronto)
Candidate : Priya Raghunathan
Participants : Mathieu Gagnon, directeur des projets – Ontario; Geneviève Tremblay-Roy, CRHA, Acquisition de talents
Durée : 60 minutes. L'entrevue peut se dérouler en français ou en anglais, au choix de la candidate.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou l'appareil de la salle
Cliquez ici pour rejoindre la réunion
ID de la réunion : 248 610 377 052
Code secret : 4kTn9v
________________________________
Pour les organisateurs : Options de réunion
________________________________________________________________________________
"""
    fr_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "glm-entrevue"), stamp=at("2026-03-26 08:52"),
        start=at("2026-04-09 10:00"), end=at("2026-04-09 11:00"),
        summary="Entrevue – Chargé(e) de projets, Infrastructures ferroviaires – Priya "
                "Raghunathan",
        organizer=genevieve,
        attendees=[(me, NEED, IND), (mathieu, ACC, IND),
                   (("Salle Humber (TOR-6e)", "salle.humber.tor@levesquemobilite.com"), ACC,
                    ROOM)],
        tzid="Eastern Standard Time", location="Réunion Microsoft Teams; Salle Humber (TOR-6e)",
        description=fr_desc, prodid=OUTLOOK)
    case.add("fr_inv", genevieve, [me, mathieu], "2026-03-26 08:52", fr_desc,
             subject="Entrevue – Chargé(e) de projets, Infrastructures ferroviaires – Priya "
                     "Raghunathan", sig=False, ics=fr_ics, ics_mode="outlook",
             html=html_of(fr_desc))

    case.add("mat_ty", me, [mathieu], "2026-04-09 15:10", """
Dear Mathieu,

Thank you for meeting with me this morning, and for your patience with my mix of French and
English. Your description of how the O&M contract handles track access windows was the clearest
explanation of that problem I've heard.

Why I think I'd fit:

- I've spent four years coordinating structures work around operating transit, so access
  windows and possession planning are familiar territory.
- I'm used to being the person between a designer, a contractor and a public owner.
- I'm a P.Eng. based in Toronto and could start on a normal notice period.

I'm very interested in the role and look forward to hearing about the next steps. Thank you
again for your time.

Best regards,
""", subject="Thank you – interview this morning")
    case.add("mat_r", mathieu, [me], "2026-04-09 17:45", """
Bonjour Priya,

Merci pour votre message. Le plaisir était partagé; votre expérience sur le remplacement du
tablier du viaduc m'a particulièrement intéressé. Geneviève fera le suivi avec vous pour la
suite.

Au plaisir,

Mathieu Gagnon, ing.
Directeur des projets – Ontario
Groupe Lévesque Mobilité
C 416 555-0173

""" + fr_quote(case.by_key["mat_ty"], mathieu.tz),
             parent="mat_ty", subject="RE : Thank you – interview this morning", sig=False,
             quote=False)

    case.add("gv6", genevieve, [me], "2026-04-10 09:20", """
Bonjour Priya,

Merci encore pour votre temps hier; Mathieu et moi avons beaucoup apprécié l'échange.

Afin de poursuivre le processus, pourriez-vous nous transmettre une copie de votre permis
d'exercice (PEO) ainsi que les coordonnées de deux références professionnelles, idéalement
d'anciens supérieurs immédiats?

Nous rencontrons encore quelques candidats cette semaine, et nous prévoyons vous revenir avec
une réponse d'ici le vendredi 17 avril.

Au plaisir,

""" + gen_sig + "\n\n" + fr_quote(case.by_key["gv5"], genevieve.tz),
             parent="gv5", subject="RE : " + case.by_key["gv1"].subject, sig=False, quote=False)
    case.add("gv7", me, [genevieve], "2026-04-10 12:15", """
Hi Geneviève,

Thank you, I enjoyed the conversation with you and Mathieu very much.

I'll send a copy of my PEO licence and the two references by Tuesday, April 14. I'd like to give
my references a heads-up before you call them.

Best regards,
""", parent="gv6", subject="Re: " + case.by_key["gv1"].subject)
    case.add("gv8", me, [genevieve], "2026-04-14 16:20", """
Hi Geneviève,

As promised, my PEO licence certificate is attached. My two references:

1. Stefan Kowal, P.Eng., Associate, Structures, Halloran Webb Consulting (my manager since 2021)
   416-555-0190, stefan.kowal@halloranwebb.com
2. Walter Brandt, P.Eng. (retired), former Principal, Brandt Kerr Engineering (my supervisor
   2015-2019), 905-555-0161, wbrandt.peng@gmail.com

Both are expecting to hear from you. Walter is travelling until early May; email is the best
way to reach him.

Best regards,
""", parent="gv7", subject="Re: " + case.by_key["gv1"].subject,
             attachments=[("PEO_licence_Raghunathan.pdf", "application/pdf",
                           make_pdf(["Professional Engineers Ontario",
                                     "Certificate of Licence - Professional Engineer",
                                     "Priya Raghunathan, P.Eng.",
                                     "Licence no. 100512874   Valid to: 2027-03-31"]))])

    # ---- Keystone Technical Search (agency recruiter who moves the call)
    case.add("dm1", derek, [me], "2026-04-07 11:20", """
Hi Priya,

Jen Albright mentioned you might be open to a move to the owner side, and she speaks very
highly of you. I'm running a confidential search for a public transit client in the GTA: Senior
Project Manager, Stations & Systems Integration. Permanent, defined-benefit pension, hybrid three
days in office. It's a good fit for someone with a structures background who has run
multidisciplinary design teams.

Would you be open to a quick call? If so, could you send me a Word version of your resume? The
client's system won't take PDFs (don't ask).
""", subject="Owner-side PM role – transit client (confidential)")
    case.add("dm2", me, [derek], "2026-04-07 19:00", """
Hi Derek,

Thanks for reaching out, and for the kind words from Jen. Yes, I'd be open to a conversation.
I'm at a site meeting most of tomorrow morning, but I'll send you the Word version of my résumé
tomorrow.

Regards,
""", parent="dm1")
    case.add("dm3", derek, [me], "2026-04-08 08:05", """
Perfect. Does Tuesday the 14th at 4:00 work for a 30-minute call? I'll call your cell.

D.
""", parent="dm2", sig=False)
    case.add("dm4", me, [derek], "2026-04-08 12:30", """
Hi Derek,

Tuesday at 4:00 works. My résumé is attached, in Word as requested.

Regards,
""", parent="dm3", attachments=[("Raghunathan_Priya_Resume_2026.docx",
                                  "application/vnd.openxmlformats-officedocument."
                                  "wordprocessingml.document", docx_bytes(CV_LINES))])
    case.add("dm5", derek, [me], "2026-04-13 09:30", """
Priya, apologies. The client debrief I'm sitting in on Tuesday has been moved right onto my
4 o'clock. Could we push our call to Thursday the 23rd, same time? Same number.

D.
""", parent="dm4", sig=False)
    case.add("dm6", me, [derek], "2026-04-13 10:02", """
Thursday works.

Sent from my iPhone
""", parent="dm5", sig=False)

    # ---- Ashbridge Water Authority: tip from Rohan, application to Farah, out-of-office
    case.add("ro1", rohan, [me], "2026-04-03 10:20", """
Saw this and thought of you right away. Farah Siddiqui is the hiring manager; we worked
together on the trunk sewer job when she was still at the City. Send your CV straight to her,
she prefers that to the portal: fsiddiqui@ashbridgewater.ca. Tell her I sent you!

R

---------- Forwarded message ---------
From: Ashbridge Water Authority Careers <careers@ashbridgewater.ca>
Date: Thu, Apr 2, 2026 at 4:12 PM
Subject: Job Posting – Senior Project Engineer, Linear Infrastructure
To: <rohan.mehta84@gmail.com>

Senior Project Engineer, Linear Infrastructure (Posting AWA-26-09)
Capital Delivery Division | Permanent, full-time | Salary range: $118,400 - $141,900

Reporting to the Manager, Capital Delivery, the Senior Project Engineer leads the delivery of
watermain and sewer rehabilitation projects from preliminary design through construction and
warranty. Requirements: P.Eng. licence in Ontario; 8+ years of progressive experience in
municipal infrastructure; experience managing consultants and contractors.

Closing date: April 24, 2026.
""", subject="Fwd: Job Posting – Senior Project Engineer, Linear Infrastructure")
    case.add("ro2", me, [rohan], "2026-04-03 11:05", """
Rohan you're a star. Sending it Monday once I've tweaked my cover letter. Coffee soon?

P
""", parent="ro1", sig=False)

    case.add("fa1", me, [farah], "2026-04-06 10:15", """
Dear Ms. Siddiqui,

Rohan Mehta suggested I write to you directly about the Senior Project Engineer, Linear
Infrastructure position (AWA-26-09). I would like to be considered for the role, and my résumé
and cover letter are attached.

I'm a licensed P.Eng. with eleven years in municipal infrastructure consulting. Over the last
four years I've led the design and contract administration of two watermain rehabilitation
programs for a GTA municipality, including trenchless lining on arterial roads, and I've managed
consultant teams of up to twelve.

I'd welcome the chance to discuss how I could contribute to Ashbridge's capital program.

Sincerely,
""", subject="Application – Senior Project Engineer, Linear Infrastructure (AWA-26-09)",
        attachments=[cv_pdf, ("Raghunathan_Priya_Cover_Letter_AWA-26-09.pdf", "application/pdf",
                              make_pdf(["Priya Raghunathan, P.Eng.", "April 6, 2026",
                                        "Farah Siddiqui, Manager, Capital Delivery",
                                        "Ashbridge Water Authority",
                                        "Re: Senior Project Engineer, Linear Infrastructure",
                                        "Dear Ms. Siddiqui, ..."]))])
    case.add("fa_ooo", farah, [me], "2026-04-06 10:15", """
Thank you for your email. I am out of the office until Monday, April 13, with limited access to
email. For urgent Capital Delivery matters, please contact capitaldelivery@ashbridgewater.ca.

Farah Siddiqui
Manager, Capital Delivery | Ashbridge Water Authority
""", parent="fa1", subject="Automatic reply: Application – Senior Project Engineer, Linear "
                           "Infrastructure (AWA-26-09)", quote=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.by_key["fa_ooo"].date += dt.timedelta(seconds=9)

    # ---- Helen Marchetti: coffee, thank-you, introduction to Samuel
    case.add("hm1", me, [helen], "2026-03-16 20:30", """
Hi Professor Marchetti (or Helen, as you always insisted),

I hope the term is going well. I'm not sure you'll remember me: I took your bridge design course
in 2012 and did my fourth-year thesis and then my MASc with you on FRP deck overlays. I've been
at Halloran Webb since 2015, mostly bridge rehabilitation and transit structures.

I'm starting to think seriously about a move to the owner side, a transit agency or an
infrastructure delivery agency, and I'd love your perspective, since so many of your former
students have gone that way. Would you have time for a coffee in the next couple of weeks? I'm
happy to come to campus.

Best,
Priya
""", subject="Coffee sometime?", sig=False)
    case.add("hm2", helen, [me], "2026-03-17 09:10", """
Priya! Of course I remember. The overlay chapter still gets cited by my grad students.

I'd be delighted. Thursday the 26th at 8:30, at the café on the ground floor of the Engineering
Annex? My lecture is at 10.

Helen
""", parent="hm1", sig=False)
    case.add("hm3", me, [helen], "2026-03-17 12:30", """
Perfect, see you on the 26th at 8:30.

P
""", parent="hm2", sig=False)

    case.add("hm_ty", me, [helen], "2026-03-26 19:45", """
Hi Helen,

Thank you so much for making time this morning. Your point that the owner side rewards people
who can write a good business case, not just a good design, has stuck with me all day.

As you suggested, I've attached my CV in case it's useful when you write to Samuel.

With thanks,
""", subject="Thank you for this morning", attachments=[cv_pdf])
    case.add("hm_ty_r", helen, [me], "2026-03-27 11:05", """
Got it. I'll write to Samuel early next week; he's in the thick of budget season but he'll make
time for you.

H.
""", parent="hm_ty")

    case.add("in1", helen, [samuel], "2026-03-30 13:05", """
Samuel,

I'd like you to meet Priya Raghunathan, who did her MASc with me and has spent the last decade
at Halloran Webb on bridge rehabilitation and transit structures. She's thinking about a move to
the owner side and I can't think of a better person to tell her what that actually looks like
than you.

Priya, Samuel was in my class of 2008 and is now Senior Engineer, Transportation
Infrastructure, at the Region of Maplewood.

I'll leave you two to it.

Helen
""", subject="Introduction: Priya Raghunathan / Samuel Adeyemi", cc=[me], sig=False)
    case.add("in2", me, [samuel], "2026-03-30 19:20", """
Thank you for the introduction, Helen (moving you to bcc to spare your inbox).

Samuel, very nice to e-meet you. I'd love 20 or 30 minutes of your time to hear how the Region
structures its capital delivery and what the move from consulting was like for you. I'm
flexible over the next couple of weeks.

Best regards,
""", parent="in1", bcc=[helen])
    case.add("in3", samuel, [me], "2026-04-01 08:45", """
Hi Priya,

Happy to. It's budget season, so my calendar is a mess. Could we do Tuesday, April 14 at noon?
I'll give you a call on your cell.

Sam
""", parent="in2", sig=False)
    case.add("in4", me, [samuel], "2026-04-01 12:10", """
Tuesday the 14th at noon is great. My cell is 416-555-0163. Talk then!

Priya
""", parent="in3", sig=False)
    case.add("in5", me, [samuel], "2026-04-14 15:40", """
Hi Sam,

Thank you for the call today and for being so candid about the first year on the owner side.
Your advice to pick one program and learn its governance cold before worrying about the next
step was exactly what I needed to hear.

I'll keep an eye out for the Transportation Capital posting you mentioned.

Best regards,
""", parent="in4")
    case.add("in6", samuel, [me], "2026-04-15 09:05", """
My pleasure, Priya.

As promised, here's the person to talk to about the Senior Project Engineer, Transportation
Capital posting: Paul Ferreira (paul.ferreira@maplewoodregion.ca), Manager of Capital Delivery.
I've given him a heads-up that your résumé is coming.

Good luck!
Sam
""", parent="in5")

    case.add("pf1", me, [paul], "2026-04-15 14:20", """
Dear Mr. Ferreira,

Samuel Adeyemi suggested I contact you about the Senior Project Engineer, Transportation Capital
position. Please find my résumé attached; I would like to be considered for the role.

I'm a P.Eng. with eleven years of consulting experience on bridge rehabilitation and transit
structures for municipal and provincial owners, and I'm looking to bring that experience to the
owner side.

I would welcome the opportunity to discuss the position.

Sincerely,
""", subject="Senior Project Engineer, Transportation Capital – Priya Raghunathan",
        attachments=[cv_pdf])

    # ---- Ji-woo Han (met at OTIF): informational call
    case.add("jw1", me, [jiwoo], "2026-03-31 20:10", """
Hi Ji-woo,

We spoke briefly after your session on the Lakeshore West frequency study at OTIF last week. I
was the structural engineer who asked about bus bridging during the LRT closures. I hope you
don't mind me reaching out.

I'm a civil engineer in consulting, thinking about moving to an agency, and I'd like to
understand better how service planning and capital delivery actually work together on the
agency side. Would you have 15 or 20 minutes for a call sometime in the next few weeks? I know
April is a busy month, so whenever suits you.

Best regards,
""", subject="Following up from OTIF – 20 minutes on transit planning?")
    case.add("jw2", jiwoo, [me], "2026-04-02 08:30", """
Hi Priya, of course I remember, that was the best question of the session!

April is rough (board report due) but I could do Thursday the 16th, 2:00 to 2:30. I'll call
you; just send me your number.

Ji-woo
""", parent="jw1")
    case.add("jw3", me, [jiwoo], "2026-04-02 09:15", """
Thanks so much, Ji-woo. Thursday the 16th at 2 it is. My number is 416-555-0163.

Talk then,
Priya
""", parent="jw2", sig=False)

    # ---- County of Ashgrove: phone screen, broken promise
    case.add("wc1", wendy, [me], "2026-03-26 14:20", """
Hello Priya,

Thank you for your application to Competition 26-031, Senior Engineer, Capital Works. We would
like to schedule a brief telephone screen (about 30 minutes) with you. Are you available on
Tuesday, March 31 at 2:00 p.m., or Wednesday, April 1 at 10:00 a.m.?

Regards,
""", subject="County of Ashgrove – Competition 26-031 Senior Engineer, Capital Works – Phone "
              "Screen")
    case.add("wc2", me, [wendy], "2026-03-26 20:50", """
Hello Wendy,

Wednesday, April 1 at 10:00 a.m. works for me. You can reach me at 416-555-0163.

Regards,
""", parent="wc1")
    case.add("wc3", wendy, [me], "2026-03-27 09:40", """
Confirmed. I'll call you then.

Wendy
""", parent="wc2", sig=False)
    case.add("wc4", me, [wendy], "2026-04-01 13:00", """
Hello Wendy,

Thank you for taking the time to speak with me this morning. It was useful to hear how the
Capital Works group is staffing up for the bridge program, and I'm keen to continue in the
process.

Best regards,
""", parent="wc3")
    case.add("wc5", wendy, [me], "2026-04-01 15:30", """
You're welcome, Priya. Our panel will finalize the interview shortlist by Wednesday, April 8,
and I'll be in touch either way.

Regards,
""", parent="wc4")

    # ---- City of Eastbrook: interview cancelled (hiring freeze)
    eb_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "eastbrook-eng-26-014"),
        stamp=at("2026-04-08 10:10"), start=at("2026-04-20 10:00"), end=at("2026-04-20 11:00"),
        summary="Interview – Project Engineer, Transportation Services (ENG-26-014) – P. "
                "Raghunathan",
        organizer=marisol, attendees=[(me, NEED, IND), (brian, ACC, IND)],
        tzid="Eastern Standard Time", location="City Hall, 100 Civic Centre Drive, Committee "
        "Room 3", description="Panel: Brian Oduya, Manager, Engineering Services; Lena Kovacs, "
        "Senior Project Coordinator. Candidate to bring photo ID and P.Eng. licence.",
        prodid=OUTLOOK)
    case.add("eb1", marisol, [me], "2026-04-08 10:10", """
Dear Priya,

Thank you for your interest in employment with the City of Eastbrook. We are pleased to invite
you to an in-person interview for the position of Project Engineer, Transportation Services
(Posting ENG-26-014).

Date: Monday, April 20, 2026
Time: 10:00 a.m. to 11:00 a.m.
Location: City Hall, 100 Civic Centre Drive, Committee Room 3 (check in at the 2nd floor
reception)

The panel will consist of Brian Oduya, Manager, Engineering Services, and Lena Kovacs, Senior
Project Coordinator. Please bring photo identification and proof of your P.Eng. licence. A
calendar invitation is attached.

Please confirm your attendance by replying to this email.

Regards,
""", subject="Interview Invitation – Project Engineer, Transportation Services (ENG-26-014)",
        ics=eb_ics, ics_mode="attach")
    case.add("eb2", me, [marisol], "2026-04-08 12:00", """
Dear Ms. Vega,

Thank you for the invitation. I confirm that I will attend the interview on Monday, April 20 at
10:00 a.m.

Regards,
""", parent="eb1")
    eb_cancel = make_ics(
        method="CANCEL", uid=uid_outlook(NAME, "eastbrook-eng-26-014"),
        stamp=at("2026-04-15 11:10"), start=at("2026-04-20 10:00"), end=at("2026-04-20 11:00"),
        summary="Canceled: Interview – Project Engineer, Transportation Services (ENG-26-014) – "
                "P. Raghunathan",
        organizer=marisol, attendees=[(me, NEED, IND), (brian, ACC, IND)],
        tzid="Eastern Standard Time", location="City Hall, 100 Civic Centre Drive, Committee "
        "Room 3", sequence=1, status="CANCELLED", prodid=OUTLOOK)
    case.add("eb3", marisol, [me], "2026-04-15 11:10", """
Dear Priya,

I regret to inform you that the City has placed a hold on the recruitment for Posting
ENG-26-014, following Council's direction on the 2026 staffing budget. As a result, the
interviews scheduled for April 20 are cancelled.

We will notify candidates if the posting is reopened. We apologize for the inconvenience and
thank you for your interest in the City of Eastbrook.

Regards,
""", parent="eb2", ics=eb_cancel, ics_mode="attach")

    # ---- Nadia: catch-up lunch about an opening
    case.add("nr1", nadia, [me], "2026-03-30 12:10", """
Hey P! It's been forever. Free for lunch Thursday? I'm downtown for a meeting at City Hall in
the morning.

Also... Rohan says you're finally thinking about jumping ship 👀 We should talk.

N
""", subject="lunch??")
    case.add("nr2", me, [nadia], "2026-03-30 12:40", """
YES. Thursday works. Noon at the ramen place on Adelaide? And yes... I'll tell you everything.

P
""", parent="nr1", sig=False)
    case.add("nr3", me, [nadia], "2026-04-02 20:30", """
Nadia, thank you for lunch today (and for paying, which you absolutely did not need to do).

It was so helpful to hear how Harbourfront actually runs its projects, and what the senior PM
role would really involve day to day. I'll keep an eye out for the posting.

Say hi to Kamal!
P
""", parent="nr2", sig=False)
    case.add("nr4", nadia, [me], "2026-04-03 09:10", """
Anytime!! I'll let you know when it goes up, and I'll mention your name to Rashid. Give Anika a
squeeze from Auntie N.

xx
""", parent="nr3")

    # ================================================================ NOT JOB SEARCH

    peo_text = """Dear Priya Raghunathan, P.Eng.,

Your annual P.Eng. licence fee for 2026 is now due. To keep your licence in good standing, please log in to the PEO Portal and pay your fee by March 31, 2026.

Licence number: 100512874
Amount due: $300.00 + HST

Please also confirm that your Continuing Professional Development (PEAK) practice evaluation and CPD hours are up to date before renewing.

Professional Engineers Ontario
40 Sheppard Avenue West, Suite 101, Toronto ON

This is an automated message. Please do not reply."""
    case.add("peo1", peo, [me], "2026-03-02 06:12", peo_text,
             subject="Your 2026 P.Eng. licence fee is due", headers=AUTO,
             html=html_of(peo_text), html_only=True)
    peo2 = """Dear Priya Raghunathan, P.Eng.,

Thank you. We have received your payment of $339.00 (fee $300.00, HST $39.00) for licence number 100512874.

Your licence is renewed until March 31, 2027. An official receipt is available in the PEO Portal under My Account > Payments.

Professional Engineers Ontario"""
    case.add("peo2", peo, [me], "2026-03-09 19:48", peo2,
             subject="Payment received – P.Eng. licence renewal", headers=AUTO,
             html=html_of(peo2), html_only=True)
    peo3 = """PEO Toronto-Humber Chapter – April Bulletin

Spring networking night
Wednesday, May 6, 6:00 to 8:30 p.m., the Steam Whistle room. Speakers: three chapter members on moving between consulting, contracting and the public sector. Tickets $25 (EITs and students free).

Licensing ceremony
Congratulations to the 41 new P.Eng.s from our chapter who will receive their certificates on April 25.

Volunteers wanted
The chapter needs two volunteers for its Bridge Building Competition for high-school students.

Unsubscribe or manage your preferences at any time."""
    case.add("peo3", peo_ch, [me], "2026-04-08 07:00", peo3,
             subject="Toronto-Humber Chapter – April Bulletin: networking night, licensing "
                     "ceremony",
             headers=bulk_headers("<bulletin.peo-torontohumber.ca>",
                                  "https://peo-torontohumber.ca/unsubscribe?u=PR7731"),
             html=html_of(peo3), html_only=True)

    case.add("ttc1", ttc, [me], "2026-03-20 15:30", """
Line 1 Yonge-University: No subway service between St Clair and Eglinton stations on Saturday,
March 21 and Sunday, March 22 for track work. Shuttle buses will run. Wheel-Trans available on
request. Plan ahead at ttc.ca.

You are receiving this alert because you subscribed to Line 1 notifications. Manage alerts in
your account.
""", subject="TTC Service Alert: Line 1 closure this weekend, St Clair to Eglinton",
        headers=bulk_headers("<alerts.ttc.ca>", "https://www.ttc.ca/alerts/unsubscribe?id=88213"))
    case.add("ttc2", ttc, [me], "2026-04-10 06:45", """
504 King: Delays of up to 20 minutes westbound between Spadina and Dufferin due to a collision
near King and Bathurst. Customers may use 501 Queen as an alternative. Updated 6:41 a.m.

You are receiving this alert because you subscribed to 504 King notifications.
""", subject="TTC Service Alert: 504 King delays westbound",
        headers=bulk_headers("<alerts.ttc.ca>", "https://www.ttc.ca/alerts/unsubscribe?id=88213"))

    case.add("ttc3", ttc, [me], "2026-04-22 06:50", """
Line 2 Bloor-Danforth: Trains are not stopping at Keele station in both directions while we
investigate a security incident. Shuttle buses are not running. Updated 6:48 a.m.

You are receiving this alert because you subscribed to Line 2 notifications.
""", subject="TTC Service Alert: Line 2 trains bypassing Keele station",
        headers=bulk_headers("<alerts.ttc.ca>", "https://www.ttc.ca/alerts/unsubscribe?id=88213"))
    case.add("am4", amma, [me], "2026-04-21 21:35", """
Kanna, any news from the government job? Appa keeps asking. Also Mrs. Sandhu says yes for the
passport.

Amma

Sent from my iPhone
""", subject="news?")

    case.add("pr1", presto, [me], "2026-03-12 07:58", """
Hi Priya,

Your PRESTO card ending in 4417 has a balance of $4.35. To avoid being unable to tap on, load
funds online, at a PRESTO vending machine, or set up Autoload.

PRESTO Customer Service
""", subject="Your PRESTO card balance is low", headers=AUTO)
    case.add("pr2", presto, [me], "2026-04-03 08:02", """
Hi Priya,

Autoload was successful.
Card: ending in 4417
Amount loaded: $50.00
Payment: Visa ending in 0931
Date: 03/04/2026 08:01

Funds are available immediately.

PRESTO Customer Service
""", subject="PRESTO Autoload receipt", headers=AUTO)

    acorns_mar = """Little Acorns News – March

Spring is (almost) here! Please send rain boots and a spare set of clothes labelled with your child's name.

Dates to remember
- Friday 20/03: Pyjama day in the Toddler and Preschool rooms
- Friday 03/04: Centre closed (Good Friday)
- Monday 06/04: Centre open

Fees: March invoices have been emailed. CWELCC fees remain at $22/day.

Thank you for being part of our Little Acorns community!
Carla and the Little Acorns team"""
    case.add("lac1", acorns, [me], "2026-03-06 15:00", acorns_mar,
             subject="Little Acorns News – March",
             headers=bulk_headers("<news.littleacorns-elc.ca>",
                                  "https://littleacorns-elc.ca/news/unsubscribe?f=RAG"),
             html=html_of(acorns_mar))
    acorns_apr = """Little Acorns News – April

Summer camp 2026
Our preschool summer camp runs July 6 to August 21. Spots are limited this year because of staffing ratios. Please reply to this email if you would like a spot for your child and we will confirm as soon as we can.

Dates to remember
- Friday 17/04: Earth Day planting morning (bring a small pot!)
- Monday 18/05: Centre closed (Victoria Day)

Reminder: sunscreen and hats start May 1.

Carla and the Little Acorns team"""
    case.add("lac2", acorns, [me], "2026-04-03 14:30", acorns_apr,
             subject="Little Acorns News – April (summer camp registration)",
             headers=bulk_headers("<news.littleacorns-elc.ca>",
                                  "https://littleacorns-elc.ca/news/unsubscribe?f=RAG"),
             html=html_of(acorns_apr), reply_to=carla)
    case.add("lac3", me, [carla], "2026-04-03 21:10", """
Hi Carla,

We'd like a summer camp spot for Anika (Preschool Room) for the whole session if possible, or
at least July. Let me know what you need from us.

Priya (Anika's mom)
""", parent="lac2", sig=False)
    case.add("lac4", carla, [me], "2026-04-06 16:40", """
Hi Priya,

Got it, Anika is on the list for the full session. We'll confirm summer camp spots by Friday,
April 10, once we've worked out staffing for July and August.

Carla
""", parent="lac3")
    case.add("lac5", educator, [me], "2026-04-15 16:05", """
Hi Priya,

Just letting you know Anika had a small bump on the playground this afternoon. She tripped on
the edge of the sandbox and bumped her forehead. We applied a cold pack and she was back playing
within a few minutes. There's a small red mark. The incident report is in her cubby for you to
sign at pickup.

Jasleen
Preschool Room, Little Acorns
""", subject="Incident report – Anika R.")
    case.add("lac6", me, [educator], "2026-04-15 18:20", """
Thanks Jasleen, she told us all about it (very dramatically). Signed and back in her cubby
tomorrow.

Priya
""", parent="lac5", sig=False)

    agm = """TORONTO STANDARD CONDOMINIUM CORPORATION NO. 2471

NOTICE OF ANNUAL GENERAL MEETING

Date: Tuesday, May 12, 2026
Time: 7:00 p.m. (registration from 6:30 p.m.)
Location: Party Room, 2nd floor, and by video conference

Agenda: audited financial statements; appointment of auditor; election of two directors; update on the elevator modernization project.

Owners who cannot attend should complete the enclosed proxy form and return it to the management office by May 8, 2026.

Yorkline Property Management, on behalf of the Board of Directors"""
    case.add("tscc1", yorkline, [me], "2026-03-18 16:00", agm,
             subject="TSCC 2471 – Notice of Annual General Meeting (May 12, 2026)",
             headers=bulk_headers("<owners.yorklinepm.ca>",
                                  "https://yorklinepm.ca/owners/unsubscribe?b=2471"),
             html=html_of(agm), attachments=[("TSCC2471_AGM_Notice_Proxy.pdf", "application/pdf",
                                              make_pdf(["TSCC 2471 - Notice of AGM",
                                                        "Proxy form", "May 12, 2026"]))])
    board_desc = ("Monthly board meeting. Agenda: elevator modernization schedule, garage "
                  "membrane repair quote, parcel room. Priya to take minutes.")
    board_ics = make_ics(
        method="REQUEST", uid=uid_google(NAME, "tscc-board-apr"), stamp=at("2026-03-31 11:00"),
        start=at("2026-04-07 19:00"), end=at("2026-04-07 20:30"),
        summary="TSCC 2471 Board Meeting – April", organizer=elaine_cal,
        attendees=[(elaine_cal, ACC, IND), (me, NEED, IND),
                   (("Dev Patel", "dev.patel.condo@gmail.com"), ACC, IND),
                   (("Grace Liu", "graceliu.tscc2471@gmail.com"), NEED, IND)],
        tzid=TOR, location="Management office, 2nd floor", description=board_desc)
    case.add("tscc2", elaine_cal, [me], "2026-03-31 11:00", """
Elaine Fournier has invited you to an event.

TSCC 2471 Board Meeting – April
When: Tuesday Apr 7, 2026 7pm – 8:30pm (Eastern Time - Toronto)
Where: Management office, 2nd floor
Guests: Elaine Fournier (organizer), Priya Raghunathan, Dev Patel, Grace Liu

""" + board_desc + """

Going? Yes - Maybe - No    more options »

Invitation from Google Calendar
""", subject="Invitation: TSCC 2471 Board Meeting – April @ Tue Apr 7, 2026 7pm - 8:30pm (EDT) "
              "(priya.raghunathan@example.ca)",
        sig=False, ics=board_ics, ics_mode="google", headers=GCAL)
    case.add("tscc3", elaine, [me], "2026-04-08 10:00", """
Hi Priya,

Thanks for last night. Two follow-ups for the minutes:

1. The elevator contractor will confirm the modernization shutdown dates for Elevator B by the
   end of next week. I'll circulate a notice to residents as soon as I have them.
2. The board approved the garage membrane quote from Dufferin Waterproofing ($48,200 + HST).

Elaine
""", subject="Follow-up from last night's board meeting")
    case.add("tscc4", me, [elaine], "2026-04-09 21:00", """
Hi Elaine,

Draft minutes attached. I added both items and the motion numbers. Let me know if anything
needs correcting before they go to Dev and Grace.

Priya
""", parent="tscc3", attachments=[("TSCC2471_Board_Minutes_2026-04-07_DRAFT.pdf",
                                     "application/pdf",
                                     make_pdf(["TSCC 2471 Board of Directors",
                                               "Minutes of meeting, April 7, 2026 (DRAFT)",
                                               "Present: D. Patel, G. Liu, P. Raghunathan",
                                               "Also present: E. Fournier (Yorkline)"]))])
    case.add("tscc5", elaine, [me], "2026-04-10 09:15", """
Looks good, sending them on. Thanks Priya!

Elaine
""", parent="tscc4", sig=False)

    case.add("cos1", costco, [me], "2026-03-14 13:22", """
Costco Wholesale Warehouse #526
Digital receipt  03/14/2026  13:18

KS PULL-UPS 3T-4T                                   1   36.99
KS ORGANIC EGGS 24                                  1   12.49
BASMATI RICE 10KG                                   1   21.99
ROTISSERIE CHICKEN                                  1    8.99
KS PAPER TOWEL 12                                   1   24.99
SUBTOTAL                                                105.45
HST                                                       8.09
TOTAL                                                   113.54
VISA ****0931

Member 1118 5502 9921
Thank you for shopping at Costco.
""", subject="Your Costco digital receipt – Warehouse #526", headers=AUTO)
    case.add("cos2", costco_online, [me], "2026-04-11 17:05", """
Hi Priya,

Your Costco.ca order #1042776613 has shipped.

Item: Lifetime 6 ft. Folding Table (2-pack)   Qty 1   $89.99
Delivery: estimated April 15 to 17, 2026, by Canada Post

Track your order in your Costco.ca account.

Costco Wholesale Canada Ltd.
""", subject="Your Costco.ca order has shipped", headers=AUTO)

    case.add("am1", amma, [me], "2026-04-05 09:12", """
Kanna,

Puthandu is on Tuesday this year, so we will do the lunch on Sunday 12th at our place, 12:30.
Vikram cannot come but he will video call. Please bring the mango pachadi, you make it better
than me (don't tell your father).

புத்தாண்டு வாழ்த்துக்கள் in advance!

Also Appa's passport renewal form, he is asking about the guarantor again. Can Arjun sign?

Amma
""", subject="Puthandu lunch")
    case.add("am2", me, [amma], "2026-04-05 11:30", """
Hi Amma,

We'll be there Sunday at 12:30 with the pachadi. Arjun can't be the guarantor (he's family);
I'll ask Mrs. Sandhu next door, she's done it before.

Love,
P
""", parent="am1", sig=False)
    case.add("am3", amma, [me], "2026-04-05 12:02", """
Ok good. Bring Anika's rain jacket, it will rain.

Sent from my iPhone
""", parent="am2")

    case.add("vk1", vikram, [me], "2026-04-04 18:40", """
Hey sis,

Looks like I can get to Toronto May 21-25 for the conference. Can I crash with you guys or is
the spare room still Arjun's office? Also what does Anika want for her birthday, because last
time I got it badly wrong (sorry about the drum).

V
""", subject="May visit")
    case.add("vk2", me, [vikram], "2026-04-04 21:15", """
Of course you can stay, the air mattress is ready. Current obsession is anything with
excavators. NO DRUMS.

P
""", parent="vk1", sig=False)

    case.add("aj1", arjun, [me], "2026-04-14 08:10", """
can you do pickup Thursday? I have the late review with the Calgary team

A
""", subject="Thursday")
    case.add("aj2", me, [arjun], "2026-04-14 08:32", """
Yes, I'm out at Eastfield in the morning and the call at 2 will be done by 2:30, so pickup is
fine. Can you do dinner?

Sent from my iPhone
""", parent="aj1", sig=False)

    case.add("me1", meera, [me], "2026-03-20 19:05", """
Brunch Sunday the 29th? I need to hear about everything. Also I have gossip.

M
""", subject="brunch")
    case.add("me2", me, [meera], "2026-03-20 20:40", """
Yes please. 11? The place on Roncesvalles with the good hash?

P
""", parent="me1", sig=False)
    case.add("me3", meera, [me], "2026-03-20 21:02", """
11 it is. I'll book for 2.
""", parent="me2")

    case.add("st1", stefan, [me], "2026-04-13 17:45", """
Priya,

Sending to your personal since you're off Thursday and I don't want this to get lost. Can you
sit on the panel for the Water Resources EIT candidate on Wednesday, 10:00 to 10:45 in the
Humber room? Oliver Tan, resume attached. I'll take the technical questions, you take the
behavioural ones; we'll debrief after.

S.
""", subject="EIT interview Wed – can you sit in?",
        attachments=[("Oliver_Tan_Resume.pdf", "application/pdf",
                      make_pdf(["Oliver Tan, EIT", "BASc Civil Engineering, 2025",
                                "Water resources co-op, 16 months"]))])
    case.add("st2", me, [stefan], "2026-04-13 18:30", """
Sure, happy to. I'll grab a copy of the behavioural scoring sheet from Jasmine in the morning.

P
""", parent="st1", sig=False)

    case.add("hw1", eventbrite, [me], "2026-04-09 12:30", """
You're going to Halloran Webb Spring Social 2026!

Friday, May 1, 2026, 5:30 PM - 9:00 PM EDT
The Loft at Berczy Park, Toronto

Order #7781020455 | 1 x General admission (free)

Add to calendar | View event details

Eventbrite
""", subject="Your tickets for Halloran Webb Spring Social 2026", headers=AUTO)

    def alert(key, when, subj, lines):
        txt = "New jobs matching your saved search \"civil engineer project manager Toronto\":\n\n"
        txt += "\n\n".join(lines)
        txt += ("\n\nApply now to be one of the first applicants. Manage your job alerts or "
                "unsubscribe at civiljobs.ca/alerts.")
        case.add(key, civiljobs, [me], when, txt, subject=subj,
                 headers=bulk_headers("<alerts.civiljobs.ca>",
                                      "https://civiljobs.ca/alerts/unsubscribe?a=51822"),
                 html=html_of(txt))
    alert("cj1", "2026-03-19 06:00", "8 new jobs: Project Manager, Transit Infrastructure and more",
          ["Project Manager, Transit Infrastructure – Metro region agency – Toronto, ON – "
           "$125K-$150K – Interview process: 2 rounds",
           "Senior Bridge Engineer – consulting firm – Markham, ON – apply by March 31",
           "Construction Manager, Stations – Toronto, ON – recruiter posting"])
    alert("cj2", "2026-04-02 06:00", "5 new jobs: Senior Engineer, Capital Works and more",
          ["Senior Engineer, Capital Works – municipality – Ontario – closing April 10",
           "Owner's Engineer, LRT – Toronto, ON – hiring immediately; interviews this week",
           "Asset Management Engineer – Toronto, ON"])
    alert("cj3", "2026-04-16 06:00", "7 new jobs: Program Manager, Rail Transit and more",
          ["Program Manager, Rail Transit – Toronto, ON – $140K-$165K",
           "Project Engineer, Structures – Mississauga, ON – application deadline April 30",
           "Senior Project Manager, Water – Toronto, ON – recruiter will follow up with "
           "shortlisted candidates"])
    gj = """New postings in your saved categories (Engineering; Transportation; Infrastructure):

- Senior Engineer, Bridge Office – provincial ministry – Toronto – Closing date: May 6, 2026
- Project Manager, Capital Projects – transit agency – Greater Toronto Area – Closing date: May 1, 2026
- Engineering Specialist, Structures – public agency – Toronto – Closing date: April 29, 2026

Log in to view the full postings and apply online. Applications are accepted only through the portal.

You are receiving this email because you created a job alert."""
    case.add("gj1", govjobs, [me], "2026-04-21 05:30", gj,
             subject="Job alert: 3 new postings in Engineering",
             headers=bulk_headers("<alerts.onpublicjobs.ca>",
                                  "https://onpublicjobs.ca/alerts/unsubscribe?k=PR2291"),
             html=html_of(gj), html_only=True)

    ot = """Thank you for attending OTIF 2026!

Over two days, 640 delegates heard from 58 speakers on corridor planning, station delivery, P3 lessons learned and the workforce the next decade of transit will need.

Presentations from all sessions are now available in the delegate portal (log in with the email you registered with).

Please take five minutes to complete the post-event survey. Your feedback shapes next year's program.

Save the date: OTIF 2027, March 23-24, Metro Toronto Convention Centre."""
    case.add("ot1", otif, [me], "2026-03-30 10:30", ot,
             subject="Thank you for attending OTIF 2026 – presentations now available",
             headers=bulk_headers("<delegates.otif.ca>",
                                  "https://otif.ca/list/unsubscribe?d=33190"),
             html=html_of(ot), html_only=True)
    iq = """Infrastructure Quarterly – Weekly Briefing

- Province releases 10-year transit capital plan; three new LRT lines move to procurement
- Why owners are bringing design review back in-house
- Interview: the engineer running Canada's largest culvert replacement program
- Careers: 14 new owner-side roles posted this week

Read online | Forward to a colleague | Unsubscribe"""
    case.add("iq1", infraq, [me], "2026-04-13 07:15", iq,
             subject="Weekly Briefing: the 10-year transit capital plan, in-house design review",
             headers=bulk_headers("<weekly.infraquarterly.ca>",
                                  "https://infraquarterly.ca/unsubscribe?s=77120"),
             html=html_of(iq), html_only=True)

    dent_ics = make_ics(
        method="PUBLISH", uid=uid_uuid(NAME, "dentist-apr18"), stamp=at("2026-04-13 09:00"),
        start=at("2026-04-18 10:00"), end=at("2026-04-18 10:45"),
        summary="Dental hygiene appointment – Bloor West Family Dentistry",
        organizer=dentist, tzid=TOR, location="2280 Bloor Street West, Suite 204",
        prodid="-//ClinicSync//Appointments 3.2//EN")
    case.add("dn1", dentist, [me], "2026-04-13 09:00", """
Hi Priya,

This is a reminder of your upcoming appointment:

Saturday, April 18, 2026 at 10:00 AM
Cleaning and check-up with Sonia (hygienist)
Bloor West Family Dentistry, 2280 Bloor Street West, Suite 204

Please arrive 10 minutes early. If you need to reschedule, call 416-555-0150 at least 24 hours
in advance.

An appointment file is attached for your calendar.
""", subject="Appointment reminder – Saturday, April 18 at 10:00 AM", headers=AUTO,
        ics=dent_ics, ics_mode="publish")

    case.add("nw1", northway, [me], "2026-04-05 04:10", """
Hi Priya,

Your Northway Mobile bill for March 6 - April 5 is ready.

Amount due: $96.05
Due date: April 27, 2026
Pre-authorized payment: Visa ending 0931 will be charged on the due date.

View your bill in the Northway app.
""", subject="Your Northway Mobile bill is ready", headers=AUTO)
    case.add("pk1", parks, [me], "2026-03-24 07:05", """
Registration confirmation

Participant: Anika Menon
Program: Preschool Swim – Level 2 (Parent & Tot not required)
Location: Wallace Emerson Community Centre pool
Session: Saturdays, April 25 to June 13 (8 classes)
Fee: $71.50 (paid, Visa ending 0931)

Receipt #PR-2026-4418823

Please arrive 10 minutes before class. Refunds are available until 7 days before the first
class.
""", subject="Registration confirmation – Preschool Swim Level 2", headers=AUTO)
    case.add("cp1", canpost, [me], "2026-04-20 13:40", """
Your parcel from COSTCO WHOLESALE CANADA was delivered.

Tracking number: 7023 2104 5519 8830
Delivered: April 20, 2026, 1:32 PM, to the parcel room

Track your parcel at canadapost-postescanada.ca.
""", subject="Delivered: your parcel from COSTCO WHOLESALE CANADA", headers=AUTO)

    # ================================================================ FACTS
    # meetings
    case.meeting("han1", at("2026-03-31 11:00"), at("2026-03-31 11:30"), met=[hannah.email],
                 thanks={hannah.email: "han4"}, what="NRT phone screen")
    case.meeting("han1", at("2026-04-16 09:30"), at("2026-04-16 11:30"), met=[omar.email],
                 thanks={omar.email: "omar_ty"}, unknown=["Gord Lachance"],
                 arranged_by=hannah.email, what="NRT site visit, Eastfield MSF")
    case.meeting("pida_inv", at("2026-04-10 13:30"), at("2026-04-10 15:00"),
                 met=[deborah.email, kevin.email, amrit_email],
                 thanks={deborah.email: "deb_ty", kevin.email: "kev_ty"}, what="PIDA panel")
    case.meeting("gh_conf", case.at("2026-04-08 13:30", tessa), case.at("2026-04-08 14:30", tessa),
                 met=[graham_email], what="Burrard Zoom interview")
    case.meeting("fr_inv", at("2026-04-09 10:00"), at("2026-04-09 11:00"),
                 met=[mathieu.email, genevieve.email],
                 thanks={mathieu.email: "mat_ty", genevieve.email: "gv7"},
                 what="Groupe Lévesque Mobilité Teams interview")
    case.meeting("dm1", at("2026-04-14 16:00"), at("2026-04-14 16:30"), met=[derek.email],
                 status="moved", what="Keystone call, moved to Apr 23")
    case.meeting("dm1", at("2026-04-23 16:00"), at("2026-04-23 16:30"), met=[derek.email],
                 status="scheduled", what="Keystone call")
    case.meeting("hm1", at("2026-03-26 08:30"), None, met=[helen.email],
                 thanks={helen.email: "hm_ty"}, networking=True, what="coffee with Helen")
    case.meeting("in1", at("2026-04-14 12:00"), None, met=[samuel.email],
                 thanks={samuel.email: "in5"}, networking=True, what="call with Samuel")
    case.meeting("jw1", at("2026-04-16 14:00"), at("2026-04-16 14:30"), met=[jiwoo.email],
                 networking=True, what="informational call with Ji-woo")
    case.meeting("wc1", at("2026-04-01 10:00"), at("2026-04-01 10:30"), met=[wendy.email],
                 thanks={wendy.email: "wc4"}, what="Ashgrove phone screen")
    case.meeting("eb1", at("2026-04-20 10:00"), at("2026-04-20 11:00"), met=[brian.email],
                 status="cancelled", what="Eastbrook interview (cancelled)")
    case.meeting("nr1", at("2026-04-02 12:00"), None, met=[nadia.email],
                 thanks={nadia.email: "nr3"}, networking=True, what="lunch with Nadia")
    # not job search
    case.meeting("st1", at("2026-04-15 10:00"), at("2026-04-15 10:45"), met=[stefan.email],
                 job=False, what="EIT interview at Halloran Webb (Priya on the panel)")
    case.meeting("tscc2", at("2026-04-07 19:00"), at("2026-04-07 20:30"), met=[elaine.email],
                 job=False, what="condo board meeting")
    case.meeting("dn1", at("2026-04-18 10:00"), at("2026-04-18 10:45"), job=False,
                 what="dentist")
    case.meeting("am1", at("2026-04-12 12:30"), None, met=[amma.email], job=False,
                 what="Puthandu lunch")
    case.meeting("me1", at("2026-03-29 11:00"), None, met=[meera.email], job=False,
                 what="brunch")
    case.meeting("hw1", at("2026-05-01 17:30"), at("2026-05-01 21:00"), status="scheduled",
                 job=False, what="office spring social")
    case.meeting("pk1", at("2026-04-25 09:30"), at("2026-04-25 10:00"), status="scheduled",
                 job=False, what="swim lessons start")

    # promises by others
    case.promise("pida_results", "pida_results", pida_rec.email, "2026-04-15", answered_by="lf1")
    case.promise("lf1", "lf5", lindsay.email, "2026-04-20", answered_by="lf6")
    case.promise("hm_ty", "hm_ty_r", helen.email, "2026-04-01", answered_by="in1")
    case.promise("wc1", "wc5", wendy.email, "2026-04-08")
    case.promise("tes1", "tes4", tessa.email, "2026-04-17", ended_by="tes5")
    case.promise("gv1", "gv6", genevieve.email, "2026-04-17")
    case.promise("omar_ty", "omar_r", omar.email, "2026-04-21")
    case.promise("lac2", "lac4", carla.email, "2026-04-10", job=False)
    case.promise("tscc3", "tscc3", elaine.email, "2026-04-17", job=False)

    # the user's own promises
    case.own_promise("kev_ty", "kev_ty", kevin.email, "2026-04-14")
    case.own_promise("gv1", "gv7", genevieve.email, "2026-04-14", kept_by="gv8")
    case.own_promise("lf1", "lf7", lindsay.email, "2026-04-20", kept_by="lf8")
    case.own_promise("dm1", "dm2", derek.email, "2026-04-08", kept_by="dm4")
    case.own_promise("ro1", "ro2", rohan.email, "2026-04-06", job=False)

    # applications to a person
    case.application("gv1", "gv2", genevieve.email, answered_by="gv3")
    case.application("hm_ty", "hm_ty", helen.email, answered_by="hm_ty_r")
    case.application("dm1", "dm4", derek.email, answered_by="dm5")
    case.application("fa1", "fa1", farah.email)
    case.application("pf1", "pf1", paul.email)

    # ================================================================ THREADS
    T = case.thread
    T("pida_ack", True, "application", "Provincial Infrastructure Delivery Agency",
      "portal acknowledgement from a no-reply sender (Mar 4); no person to write to")
    T("pida_exam", True, "application", "Provincial Infrastructure Delivery Agency",
      "invitation to an online written exam on 26/03/2026, confirmed by Priya; an exam, not a "
      "meeting")
    T("pida_results", True, "application", "Provincial Infrastructure Delivery Agency",
      "exam passed; 'Lindsay will contact you within the next two weeks' (by Apr 15), kept by "
      "Lindsay on Apr 2")
    T("lf1", True, "interview", "Provincial Infrastructure Delivery Agency",
      "slots offered, Fri Apr 10 13:30 picked; Priya thanked Lindsay (who did not sit on the "
      "panel) for coordinating; Lindsay relays Deborah's 'outcome by Monday Apr 20', kept Apr 17 "
      "(qualified pool; 'coming weeks' has no date); Priya's 'references by Monday' kept Apr 20")
    T("pida_inv", True, "interview", "Provincial Infrastructure Delivery Agency",
      "Outlook/Teams panel Fri Apr 10 13:30-15:00 (Eastern Standard Time); Deborah and Kevin "
      "invited, Amrit's address only in the description; Lindsay organised and did not attend; "
      "Deborah and Kevin thanked in their own threads, Amrit never")
    T("deb_ty", True, "interview", "Provincial Infrastructure Delivery Agency",
      "thank-you to Deborah the evening of the panel; her reply Apr 13")
    T("kev_ty", True, "interview", "Provincial Infrastructure Delivery Agency",
      "thank-you to Kevin Sat Apr 11 promising the culvert paper 'by Tuesday' (Apr 14); never sent")
    T("wal1", True, "networking", None,
      "Priya asks her former supervisor to be a reference; he agrees")
    T("nrt_ack", True, "application", "Northshore Regional Transit",
      "Workday acknowledgement (HTML only), no-reply")
    T("han1", True, "interview", "Northshore Regional Transit",
      "Hannah's phone screen Tue Mar 31 11:00-11:30, thanked the same day; site visit Thu Apr 16 "
      "09:30-11:30 with Omar (address given) and Gord Lachance (no address anywhere), arranged by "
      "Hannah, who did not attend; Priya has not written to Hannah since the visit")
    T("omar_ty", True, "interview", "Northshore Regional Transit",
      "thank-you to Omar after the site visit; Omar is seeing two more candidates and will settle "
      "the shortlist 'by Tuesday (April 21)'")
    T("tes1", True, "rejection", "Burrard Infrastructure Advisory",
      "Vancouver firm; slots in PT; 'decisions by Friday, April 17' then a rejection Apr 15; "
      "Priya replied with thanks")
    T("gh_conf", True, "interview", "Burrard Infrastructure Advisory",
      "Greenhouse confirmation with no ICS: Zoom Wed Apr 8 1:30-2:30 PM PDT (16:30-17:30 "
      "Toronto) with Graham Whitlock, address in the text; never thanked")
    T("gv1", True, "interview", "Groupe Lévesque Mobilité",
      "recruiter writes in French, Priya answers in English with CV (answered); slot Thu Apr 9 "
      "10:00 picked; after the interview Geneviève promises an answer 'd'ici le vendredi 17 "
      "avril'; Priya thanked her and sent licence and references Apr 14 as promised; nothing "
      "from the company since")
    T("fr_inv", True, "interview", "Groupe Lévesque Mobilité",
      "French Outlook/Teams invite for Thu Apr 9 10:00-11:00 with Mathieu, Geneviève and a room")
    T("mat_ty", True, "interview", "Groupe Lévesque Mobilité",
      "thank-you to Mathieu the afternoon of the interview; his reply in French")
    T("dm1", True, "recruiter", "Keystone Technical Search",
      "agency recruiter via a friend; Word résumé sent as promised; call Tue Apr 14 16:00 moved to "
      "Thu Apr 23 16:00 ('Thursday works.')")
    T("ro1", True, "networking", "Ashbridge Water Authority",
      "former colleague forwards a posting and names the hiring manager")
    T("fa1", True, "application", "Ashbridge Water Authority",
      "application with résumé to Farah Siddiqui on Mon Apr 6; only an out-of-office reply "
      "(back Apr 13); nothing since")
    T("hm1", True, "networking", "Dundas University",
      "coffee with her former professor Thu Mar 26 08:30 (no end given)")
    T("hm_ty", True, "networking", "Dundas University",
      "thank-you with CV the same evening; Helen promises an intro 'early next week', kept Mar 30")
    T("in1", True, "networking", "Regional Municipality of Maplewood",
      "Helen's introduction (Helen moved to bcc in Priya's reply on Mar 30); call Tue Apr 14 at "
      "noon (no end), thanked the same afternoon; Samuel names Paul on Apr 15")
    T("pf1", True, "application", "Regional Municipality of Maplewood",
      "résumé to Paul Ferreira on Wed Apr 15; no answer yet")
    T("jw1", True, "networking", "Metrolake Transit",
      "transit planner met at a conference; informational call Thu Apr 16 14:00-14:30; the only "
      "thanks came before the call")
    T("wc1", True, "interview", "County of Ashgrove",
      "phone screen Wed Apr 1 10:00-10:30, thanked; 'shortlist by Wednesday, April 8', "
      "nothing since")
    T("eb1", True, "interview", "City of Eastbrook",
      "interview Mon Apr 20 10:00 (ICS), cancelled Apr 15 (hiring hold, ICS CANCEL)")
    T("nr1", True, "networking", "Harbourfront Renewal Corporation",
      "catch-up lunch Thu Apr 2 at noon with a friend about an opening; thanked that evening; "
      "her reply Apr 3 is the last exchange")
    # not job search
    T("peo1", False, None, "Professional Engineers Ontario", "licence fee notice (HTML only)")
    T("peo2", False, None, "Professional Engineers Ontario", "payment receipt")
    T("peo3", False, None, "PEO Toronto-Humber Chapter", "chapter bulletin")
    T("ttc1", False, None, "TTC", "service alert")
    T("ttc2", False, None, "TTC", "service alert")
    T("ttc3", False, None, "TTC", "service alert, unread at now")
    T("am4", False, None, None, "her mother asks for news of the job search (family, owes nothing)")
    T("pr1", False, None, "PRESTO", "low balance")
    T("pr2", False, None, "PRESTO", "autoload receipt")
    T("lac1", False, None, "Little Acorns Early Learning Centre", "daycare newsletter")
    T("lac2", False, None, "Little Acorns Early Learning Centre",
      "newsletter; Priya asks for a summer camp spot; director will confirm 'by Friday, April 10' "
      "and has not")
    T("lac5", False, None, "Little Acorns Early Learning Centre", "incident report")
    T("tscc1", False, None, "TSCC 2471", "AGM notice")
    T("tscc2", False, None, "TSCC 2471", "Google Calendar invite to a condo board meeting Apr 7")
    T("tscc3", False, None, "TSCC 2471",
      "board follow-up; contractor dates 'by the end of next week'; minutes")
    T("cos1", False, None, "Costco Wholesale", "receipt")
    T("cos2", False, None, "Costco Wholesale", "order shipped")
    T("am1", False, None, None, "her mother: family lunch Sun Apr 12 (partly in Tamil)")
    T("vk1", False, None, None, "her brother in Calgary")
    T("aj1", False, None, None, "her partner: daycare pickup")
    T("me1", False, None, None, "friend: brunch")
    T("st1", False, None, "Halloran Webb Consulting",
      "her current manager asks her to sit on an EIT interview panel Wed Apr 15 (hiring side)")
    T("hw1", False, None, "Halloran Webb Consulting", "office social ticket")
    T("cj1", False, None, "CivilJobs.ca", "job alert")
    T("cj2", False, None, "CivilJobs.ca", "job alert")
    T("cj3", False, None, "CivilJobs.ca", "job alert")
    T("gj1", False, None, "Ontario Public Sector Jobs", "job alert (HTML only)")
    T("ot1", False, None, "Ontario Transit Infrastructure Forum", "post-conference mail")
    T("iq1", False, None, "Infrastructure Quarterly", "newsletter")
    T("dn1", False, None, "Bloor West Family Dentistry", "appointment reminder, ICS PUBLISH")
    T("nw1", False, None, "Northway Mobile", "phone bill")
    T("pk1", False, None, "Toronto Parks & Recreation", "swim registration")
    T("cp1", False, None, "Canada Post", "delivery notice")

    # ================================================================ LABELS
    E = case.expect
    E("thank_you", "pida_inv", amrit_email,
      "panelist at the Fri Apr 10 13:30-15:00 panel (address in the invite's description); "
      "Deborah and Kevin were thanked, Amrit never; overdue since Apr 11 15:00")
    E("own_promise", "kev_ty", kevin.email,
      "Priya promised Kevin the culvert paper 'by Tuesday' (Apr 14) and has not written to him "
      "since; due end of Apr 14")
    E("ask_for_address", "han1", hannah.email,
      "Gord Lachance walked her through the site on Thu Apr 16 but his address is nowhere; Hannah "
      "arranged the visit and Priya has not written to her since; due Apr 16 13:30")
    E("thank_you", "gh_conf", graham_email,
      "Zoom interview Wed Apr 8 1:30-2:30 PM PDT (17:30 Toronto) took place; never thanked; the "
      "Apr 15 rejection does not cancel a thank-you owed; overdue since Apr 9, stale only from "
      "Apr 22 19:30")
    E("callback", "gv1", genevieve.email,
      "'nous prévoyons vous revenir avec une réponse d'ici le vendredi 17 avril'; nothing from "
      "the company since (Priya's Apr 14 mail came before the window ended); due end of Tue Apr "
      "21", promised="2026-04-17")
    E("application", "fa1", farah.email,
      "résumé sent to Farah Mon Apr 6; the only answer is an out-of-office; 7 business days ended "
      "Wed Apr 15")
    E("networking", "hm1", helen.email,
      "coffee Mar 26; last exchange Mar 30 (intro, Priya's reply with Helen in bcc); 14 days ran "
      "out at the end of Apr 13")
    E("thank_you", "jw1", jiwoo.email,
      "informational call Thu Apr 16 14:00-14:30 took place; the only 'thanks' was sent Apr 2, "
      "before it; overdue since Apr 17 14:30")
    E("callback", "wc1", wendy.email,
      "'Our panel will finalize the interview shortlist by Wednesday, April 8, and I'll be in "
      "touch either way'; nothing since; due end of Fri Apr 10", promised="2026-04-08")
    E("networking", "nr1", nadia.email,
      "catch-up lunch about an opening Thu Apr 2; last exchange her reply Fri Apr 3; touch due "
      "end of Apr 17")

    F = case.forbid
    F("pida_inv", kevin.email,
      "thanked in his own thread on Sat Apr 11 morning, within 24 hours (the own promise lives "
      "in that thread)")
    F("pida_inv", deborah.email, "thanked in a new thread the evening of the panel")
    F("pida_inv", lindsay.email,
      "organiser of the invite; she arranged the panel and did not sit on it")
    F("lf1", lindsay.email,
      "'outcome by Monday, April 20' kept on Apr 17; 'in the coming weeks' has no date; Priya's "
      "references were sent on Apr 20 as promised")
    F("pida_ack", pida_ats.email, "automated portal acknowledgement (no-reply)")
    F("omar_ty", omar.email,
      "site visit thanked; shortlist 'by Tuesday (April 21)': the window has passed but the "
      "two-business-day grace runs to the end of Thu Apr 23")
    F("tes1", tessa.email,
      "the Apr 15 rejection ended the 'by Friday, April 17' callback; Tessa did not attend the "
      "interview")
    F("gh_conf", greenhouse.email, "automated ATS sender (Greenhouse no-reply)")
    F("fr_inv", mathieu.email, "thanked in a new thread the afternoon of the interview")
    F("dm1", derek.email,
      "call moved from Tue Apr 14 to Thu Apr 23 16:00, still ahead; the résumé was answered")
    F("pf1", paul.email,
      "résumé sent Wed Apr 15: a week ago, but only 5 business days; follow-up due end of Fri "
      "Apr 24")
    F("in1", samuel.email,
      "call Apr 14 thanked the same day; his reply Apr 15 restarts the 14 days (touch due only at the end of Apr 29)")
    F("eb1", brian.email, "interview on Apr 20 was cancelled on Apr 15; it never took place")
    F("st1", stefan.email,
      "EIT interview at her current job, Priya on the hiring side; not her job search")
    F("lac2", carla.email,
      "daycare director's 'by Friday, April 10' is family life, not job search")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
