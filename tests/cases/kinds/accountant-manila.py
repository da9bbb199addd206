#!/usr/bin/env python3
"""Sealed case: accountant-manila.

Maria Cristina "Tina" Dela Cruz, a senior auditor in Makati moving into fintech finance or
FP&A.  Written blind from the persona, the writers' brief, CASES.md, KINDS.md and casekit.
"""

import datetime as dt
import os
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
import casekit

# Google Calendar and Zoom write Manila as Asia/Manila; Outlook uses "Singapore Standard Time".
casekit.VTIMEZONES.setdefault("Asia/Manila", ("Asia/Manila", [
    ("STANDARD", "+0800", "+0800", "PST", "19700101T000000", None)]))

MNL = "Asia/Manila"
SGT = "Asia/Singapore"
SYD = "Australia/Sydney"
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"
ZOOM_PRODID = "-//zoom.us//iCalendar Event//EN"


def at(s, tz=MNL):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


SIG_FULL = ("Maria Cristina \"Tina\" Dela Cruz, CPA\n"
            "Mobile: +63 917 555 0148\n"
            "tina.delacruz@example.ph")
SIG_MID = "Tina Dela Cruz\n+63 917 555 0148"
IPHONE = "Sent from my iPhone"

CV = make_pdf([
    "MARIA CRISTINA P. DELA CRUZ, CPA",
    "Makati City, Philippines | +63 917 555 0148 | tina.delacruz@example.ph",
    "",
    "Audit Senior, Financial Services - Aragon Sy & Co., Makati (2017 - present)",
    "- Leads audits of two e-money issuers, a lending company and a rural bank",
    "- Reviews ECL models (PFRS 9), lease accounting (PFRS 16), revenue recognition",
    "- Supervises teams of 4-6 associates during January-April busy season",
    "",
    "Education: BS Accountancy, Polytechnic University of the Philippines, 2016",
    "CPA Licensure Examination, October 2016",
    "In progress: Financial Modeling & Valuation course (FinModel Academy)",
    "Skills: Excel (advanced), Power BI, SQL (basic), SAP, IDEA",
])
TOR = make_pdf(["OFFICIAL TRANSCRIPT OF RECORDS", "Dela Cruz, Maria Cristina P.",
                "Bachelor of Science in Accountancy", "(scanned copy)"])
F2316 = make_pdf(["BIR Form No. 2316", "Certificate of Compensation Payment / Tax Withheld",
                  "For the Year 2025", "Employee: DELA CRUZ, MARIA CRISTINA P.",
                  "Employer: ARAGON SY & CO.", "(copy)"])


def build():
    now = at("2026-03-19 19:45")
    user = {"name": "Maria Cristina Dela Cruz", "emails": ["tina.delacruz@example.ph"],
            "phone": "+63 917 555 0148", "timezone": MNL}
    case = Case(
        "accountant-manila",
        "Audit senior in Makati moving to fintech finance/FP&A; Manila, Singapore and Sydney "
        "employers; mid-February to Thursday 19 March 2026",
        user, now, SUMMARY)
    me = Person("Maria Cristina Dela Cruz", "tina.delacruz@example.ph", MNL, "webmail",
                msgid_domain="mail.example.ph")
    case.me = me

    # ------------------------------------------------------------------ people
    def P(name, email, tz=MNL, style="gmail", sig=None, **kw):
        return Person(name, email, tz, style, sig, **kw)

    kristine = P("Kristine Bautista", "kristine.bautista@salapi.ph",
                 sig="Kristine Bautista\nTalent Acquisition Lead\nSalapi Technologies Inc.\n"
                     "+63 917 555 0190")
    joy = P("Joy Santos", "joy.santos@salapi.ph", style="outlook", region="apcprd06",
            sig="Joy Santos\nHead of FP&A | Salapi Technologies Inc.\nM: +63 917 555 0233")
    paolo = P("Paolo Reyes", "paolo.reyes@salapi.ph", style="outlook", region="apcprd06",
              sig="Paolo Reyes\nFinance Director\nSalapi Technologies Inc.")
    len_ = P("Len Mercado", "len.mercado@salapi.ph", style="outlook", region="apcprd06",
             sig="Len Mercado\nExecutive Assistant to the CFO\nSalapi Technologies Inc. | "
                 "Local 3210")
    ramon = P("Ramon Lacson", "ramon.lacson@salapi.ph", style="outlook", region="apcprd06",
              sig="Get Outlook for iOS")
    weiling = P("Wei Ling Tan", "weiling.tan@luminaremit.com", SGT,
                sig="Wei Ling Tan\nTalent Acquisition Partner, APAC\nLumina Remit Pte. Ltd.\n"
                    "+65 8555 0172")
    daniel = P("Daniel Koh", "daniel.koh@luminaremit.com", SGT, "outlook", region="apcprd04",
               sig="Daniel Koh\nHead of Finance\nLumina Remit Pte. Ltd. | 8 Robinson Road, "
                   "Singapore")
    bec = P("Bec Nguyen", "bec.nguyen@ledgerbird.com", SYD,
            sig="Bec Nguyen (she/her)\nTalent Partner | Ledgerbird\n+61 2 5550 1187\n"
                "We're remote-first. Our HQ sits on Gadigal land, Sydney.")
    greenhouse = P("Ledgerbird Recruiting", "no-reply@us.greenhouse-mail.io", SYD, "auto",
                   auto=True, msgid_domain="us.greenhouse-mail.io")
    workday = P("Tanglaw Digital Bank", "tanglawbank@myworkday.com", MNL, "auto", auto=True,
                msgid_domain="myworkday.com")
    marivic = P("Marivic Soriano", "marivic.soriano@tanglawbank.ph", style="outlook",
                region="apcprd06",
                sig="MARIVIC B. SORIANO\nTalent Acquisition Officer\nHuman Resources Group\n"
                    "Tanglaw Digital Bank, Inc.\nTel. (02) 8555-0143")
    carlo = P("Carlo Mendoza", "carlo.mendoza@tanglawbank.ph", style="outlook")
    skillproof = P("SkillProof", "no-reply@skillproof.io", "UTC", "auto", auto=True)
    jobstreet = P("JobStreet by SEEK", "noreply@jobstreet.com", MNL, "auto", auto=True,
                  msgid_domain="s.jobstreet.com")
    lorna = P("Lorna Dimaculangan", "lorna.dimaculangan@pacificafoods.com.ph", style="outlook",
              region="apcprd06",
              sig="Lorna Dimaculangan\nHR Supervisor - Talent Acquisition\n"
                  "Pacifica Foods Corporation\n(02) 8555 0171 loc. 204")
    edwin = P("Edwin Yap", "edwin.yap@pacificafoods.com.ph", style="outlook")
    rowena = P("Rowena Castillo", "rowena.castillo@habifinancial.com", style="outlook",
               region="apcprd06",
               sig="Rowena Castillo\nHR Business Partner\nHabi Financial, Inc.\n"
                   "T: (02) 8555 0128 | M: 0917 555 0187")
    gerald = P("Gerald Tan", "gerald.tan@habifinancial.com", style="outlook")
    nikki = P("Nikki Aquino", "nikki.aquino@callowaysearch.com", style="outlook",
              region="apcprd06",
              sig="Nikki Aquino\nPrincipal Consultant - Finance & Accounting\n"
                  "Calloway Search Asia | Makati\nM: +63 917 555 0119\n\n"
                  "This e-mail and any attachment are confidential and intended solely for the "
                  "addressee.")
    bea = P("Bea Lim", "bea.lim.cpa@gmail.com")
    mark = P("Mark Dizon", "mark.dizon@agapay.com.ph", style="outlook")
    jomar = P("Jomar Villanueva", "jomar.villanueva@connectpointglobal.com",
              sig="Jomar Villanueva\nTalent Acquisition Specialist\n"
                  "ConnectPoint Global Solutions, Inc.\nViber/Mobile: 0917 555 0162")
    janine = P("Janine Robles", "janine.robles@hirayainsure.com", style="outlook",
               region="apcprd06", sig="Janine Robles\nHR Officer | Hiraya Insurtech Corp.")
    noel = P("Noel Fajardo", "noel.fajardo@hirayainsure.com", style="outlook")
    huimin = P("Lee Hui Min", "huimin.lee@mercato-asia.com", SGT,
               sig="Lee Hui Min\nFinance Director, Mercato Asia\n+65 9555 0134")
    anton = P("Anton Villareal", "anton.villareal@gmail.com", SGT)
    carmela = P("Carmela Ong", "carmela.ong@padalahub.com",
                sig="Carmela Ong, CPA\nFP&A Lead | Padala Hub")

    # current job, family, friends, services
    asc_tt = P("ASC TimeTrack", "no-reply@aragonsy.com.ph", MNL, "auto", auto=True)
    asc_pay = P("ASC Payroll", "payroll@aragonsy.com.ph", MNL, "outlook", region="apcprd06",
                sig="ASC Payroll Team\nAragon Sy & Co.")
    patricia = P("Patricia Gomez", "patricia.gomez@aragonsy.com.ph", style="outlook",
                 region="apcprd06",
                 sig="Patricia Gomez\nRecruitment & Campus Relations\nAragon Sy & Co.")
    andrea = P("Andrea Pascual", "andreapascual.acctg@gmail.com")
    ronald = P("Ronald Chua", "ronald.chua.cpa@gmail.com")
    mama = P("Lourdes Dela Cruz", "lourdes_delacruz58@yahoo.com", MNL, "webmail",
             msgid_domain="mail.yahoo.com")
    titababy = P("Perla Santiago", "babysbakeshop.qc@gmail.com")
    kaye = P("Kaye Santiago", "kayesantiago.weds@gmail.com")
    couture = P("Ramil Cruz Couture", "appointments@ramilcruzcouture.ph", MNL, "auto", auto=True)
    mara = P("Mara Lopez", "mara@eventsbymara.ph")
    lyn = P("Lyn Bernardo", "lyn.bernardo.sjpc@gmail.com")
    gcash = P("GCash", "no-reply@gcash.com", MNL, "auto", auto=True)
    shopee = P("Shopee", "info@mail.shopee.ph", MNL, "auto", auto=True)
    meralco = P("Meralco", "no-reply@meralco.com.ph", MNL, "auto", auto=True)
    zoom = P("Zoom", "no-reply@zoom.us", MNL, "auto", auto=True)
    picpa = P("PICPA Southern Metro Manila", "cpd@picpa-smm.org.ph")
    pulse = P("Fintech Pulse PH", "hello@fintechpulse.ph", MNL, "auto", auto=True)
    linkedin = P("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "UTC", "auto",
                 auto=True)
    medilink = P("MediLink Clinics", "appointments@medilink.ph", MNL, "auto", auto=True)
    trish = P("Trish Gonzales", "trishgonzales88@gmail.com")
    jp = P("JP Mercado", "jp.mercado.cpa@gmail.com")
    condo = P("The Verdant Residences Admin", "admin@verdantresidences.ph", MNL, "outlook",
              region="apcprd06")
    finmodel = P("FinModel Academy", "hello@finmodelacademy.com", "UTC", "auto", auto=True)
    grab = P("Grab", "no-reply@grab.com", SGT, "auto", auto=True)

    add = case.add

    # ================================================================ SALAPI
    add("sal-app", me, [kristine], "2026-02-09 21:14", """\
Hi Kristine,

Good evening! I came across your LinkedIn post on the FP&A Manager opening at Salapi and I would \
like to be considered for the role.

I am an audit senior at Aragon Sy & Co. (8 years), mostly on financial services clients: two \
e-money issuers, a consumer lending company and a rural bank. Over the last two busy seasons I have \
been working closely with our clients' FP&A teams on budget-to-actual and ECL reviews, and that is \
the side of the work I'd like to move into.

Attached is my CV for your perusal. I'm happy to share more details at your convenience.

Best regards,
""" + SIG_FULL, subject="Application - FP&A Manager (Salapi)",
        attachments=[("DelaCruz_MariaCristina_CV.pdf", "application/pdf", CV)])
    add("sal-k1", kristine, [me], "2026-02-10 10:32", """\
Hi Tina,

Thanks for sending your CV over! Your fintech audit exposure is exactly what our Finance team has \
been asking for.

Are you free for a quick phone call this Thursday, Feb 12, at 3:00 PM? Around 30 minutes lang, \
just to walk you through the role and get to know you a bit.
""", parent="sal-app")
    add("sal-t1", me, [kristine], "2026-02-10 12:05", """\
Hi Kristine,

Thursday 3 PM works, thank you! You can reach me at 0917 555 0148.

Tina
""", parent="sal-k1")
    add("sal-t2", me, [kristine], "2026-02-12 17:48", """\
Hi Kristine,

Thank you for taking the time to speak with me this afternoon. It was helpful to hear how the FP&A \
team supports the lending and payments business lines, and I'm even more interested in the role \
now.

Looking forward to the next steps.

Best,
""" + SIG_MID, parent="sal-t1")
    add("sal-k2", kristine, [me], "2026-03-03 11:20", """\
Hi Tina!

Good news: our Head of FP&A, Joy Santos, and our Finance Director, Paolo Reyes, would like to meet \
you for a panel interview. Joy will send you the invite directly.

Please bring a valid ID for building security. We're at 32/F The Meridian Tower, 5th Avenue, BGC.
""", parent="sal-t2")
    add("sal-t3", me, [kristine], "2026-03-03 12:02", """\
Noted with thanks, Kristine! I'll watch out for Joy's invite.

Tina
""" + IPHONE, parent="sal-k2")
    add("sal-k3", kristine, [me], "2026-03-12 15:40", """\
Hi Tina,

Congratulations, the panel went really well! Joy and Paolo would like you to proceed to the final \
interview with our CFO, Mr. Ramon Lacson (ramon.lacson@salapi.ph).

Schedule: Tuesday, March 17, 4:00 PM, at our office. His EA, Len Mercado, will send you the \
calendar invite. It's about an hour, fairly conversational, but Sir Ramon likes to talk numbers \
so be ready to discuss unit economics.

Good luck!
""", parent="sal-t3")
    add("sal-t4", me, [kristine], "2026-03-12 18:22", """\
Thank you po, Kristine! I'll be there on the 17th.

Tina
""", parent="sal-k3")
    add("sal-k4", kristine, [me], "2026-03-18 10:05", """\
Hi Tina,

Thank you for making time to meet Sir Ramon yesterday. He mentioned he enjoyed the discussion.

Our Management Committee meets on Monday, March 23, and the final decision for the FP&A Manager \
role will be made then. You can expect to hear from me by Tuesday, March 24 at the latest.
""", parent="sal-t4")
    add("sal-t5", me, [kristine], "2026-03-18 12:31", """\
Noted with thanks, Kristine. I'll wait for your update.

Tina
""" + IPHONE, parent="sal-k4")

    # panel invite: Joy writes, Paolo adds his part in the same thread
    sal_panel_ics = make_ics(
        method="REQUEST", uid=uid_outlook("salapi-panel"), stamp=at("2026-03-04 09:15"),
        start=at("2026-03-10 10:00"), end=at("2026-03-10 11:30"),
        summary="Panel Interview - FP&A Manager | Tina Dela Cruz", organizer=joy,
        attendees=[(paolo, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("SAL-32F-Molave Room (8)", "sal-32f-molave@salapi.ph"), "ACCEPTED",
                    "ROOM")],
        tzid="Singapore Standard Time", location="SAL-32F-Molave Room (8)",
        description="Panel interview for FP&A Manager.\n\n10:00 Joy Santos: background and "
                    "fintech audit work\n10:45 Paolo Reyes: lending P&L case (laptop "
                    "recommended)\n11:20 Q&A",
        prodid=EXCHANGE_PRODID)
    add("sal-panel", joy, [me], "2026-03-04 09:15", """\
Hi Tina,

Kristine shared your profile with us and we'd love to get to know you better. Sending this invite \
for a panel interview on Tuesday, March 10, 10:00 to 11:30 AM at our office (32/F The Meridian \
Tower, 5th Ave., BGC). Paolo and I will walk through your audit work on fintech clients, and then \
we'll do a short case on a lending P&L.

See you!
Joy
""", subject="Panel Interview - FP&A Manager | Tina Dela Cruz", cc=[paolo],
        ics=sal_panel_ics, ics_mode="outlook")
    add("sal-panel-p", paolo, [me], "2026-03-04 09:41", """\
Hi Tina, Paolo here, adding to Joy's note. Please bring a laptop if you can; the case is a lot \
easier in Excel than on paper. No prep needed beyond that.

Looking forward to meeting you.
""", parent="sal-panel", cc=[joy])
    add("sal-panel-t", me, [paolo, joy], "2026-03-04 12:48", """\
Hi Paolo and Joy,

Noted on the laptop, thank you. See you both on Tuesday!

Best,
Tina
""", parent="sal-panel-p")

    add("sal-thx-joy", me, [joy], "2026-03-10 19:32", """\
Hi Joy,

Thank you for having me this morning, and for the time you and Paolo gave me despite your month-end \
close. I really enjoyed the lending P&L case; it was the most fun I've had with a spreadsheet in a \
while.

A few reasons I think I'd fit the team:
- I've audited two e-money issuers and a lender, so I know where the numbers usually go wrong
- I've built the ECL and budget-to-actual reviews our clients still use
- I'm used to working to hard deadlines with a small team

Kindly extend my gratitude to Paolo as well. I remain very interested in the role and will be glad \
to provide anything else you need.

Best regards,
""" + SIG_FULL, subject="Thank you - panel interview this morning")
    add("sal-thx-joy-r", joy, [me], "2026-03-11 08:47", """\
Hi Tina,

Thanks for the note, will pass it on to Paolo. You did great on the case. Kristine will be in touch \
about next steps.

Joy
""", parent="sal-thx-joy")

    sal_cfo_ics = make_ics(
        method="REQUEST", uid=uid_outlook("salapi-cfo-final"), stamp=at("2026-03-12 16:30"),
        start=at("2026-03-17 16:00"), end=at("2026-03-17 17:00"),
        summary="Final Interview: Maria Cristina Dela Cruz / Mr. Ramon Lacson", organizer=len_,
        attendees=[(ramon, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("SAL-32F-Narra Boardroom (14)", "sal-32f-narra@salapi.ph"), "ACCEPTED",
                    "ROOM")],
        tzid="Singapore Standard Time", location="SAL-32F-Narra Boardroom (14)",
        description="Final interview for the FP&A Manager position with Mr. Ramon Lacson, "
                    "Chief Financial Officer.",
        prodid=EXCHANGE_PRODID)
    add("sal-cfo", len_, [me], "2026-03-12 16:30", """\
Good afternoon, Ms. Dela Cruz.

Please see the invitation for your final interview with Mr. Ramon Lacson, Chief Financial \
Officer, on Tuesday, 17 March 2026, 4:00 - 5:00 PM at the Narra Boardroom, 32/F.

Kindly register at the lobby reception at least 15 minutes before your schedule and present one \
valid ID. For concerns, you may reach me at local 3210.

Thank you.
""", subject="Final Interview: Maria Cristina Dela Cruz / Mr. Ramon Lacson",
        ics=sal_cfo_ics, ics_mode="outlook",
        html=html_of("Good afternoon, Ms. Dela Cruz.\n\nPlease see the invitation for your "
                     "final interview with Mr. Ramon Lacson, Chief Financial Officer, on "
                     "Tuesday, 17 March 2026, 4:00 - 5:00 PM at the Narra Boardroom, 32/F.\n\n"
                     "Kindly register at the lobby reception at least 15 minutes before your "
                     "schedule and present one valid ID. For concerns, you may reach me at "
                     "local 3210.\n\nThank you.\n\nLen Mercado\nExecutive Assistant to the "
                     "CFO\nSalapi Technologies Inc. | Local 3210"))
    add("sal-cfo-t", me, [len_], "2026-03-12 18:25", """\
Dear Ms. Len,

Noted, I will be there on Tuesday at 3:45 PM. Thank you!

Regards,
Tina Dela Cruz
""", parent="sal-cfo")

    add("sal-thx-ramon", me, [ramon], "2026-03-17 20:40", """\
Dear Sir Ramon,

Thank you for meeting with me this afternoon. I appreciated how openly you shared where Salapi's \
lending book is headed and what you expect from FP&A in the next two years.

Our conversation on unit economics per borrower cohort stayed with me. It is the kind of analysis I \
would be excited to own, and my audit work on two e-money issuers has prepared me well for it.

Thank you again for your time and consideration. I look forward to hearing from the team.

Respectfully,
""" + SIG_FULL, subject="Thank you, Sir Ramon - FP&A Manager final interview")
    add("sal-thx-ramon-r", ramon, [me], "2026-03-18 07:12", """\
Thank you too, Tina. Good discussion. Kristine will update you.

RL
""", parent="sal-thx-ramon")

    # ================================================================ LUMINA (Singapore)
    add("lum", weiling, [me], "2026-03-03 10:05", """\
Hi Tina,

I'm Wei Ling from the Talent team at Lumina Remit. Anton Villareal (who I believe you worked with \
at Aragon Sy) passed us your name and spoke very well of you.

We're hiring a Finance Manager, FP&A (APAC), based in Manila and reporting to our Head of Finance \
in Singapore. Would you be open to a 30-minute intro call? I have:
- Thu 5 Mar, 4:00pm SGT
- Fri 6 Mar, 12:30pm SGT

Could you also send me your latest CV before the call?

Cheers,
""", subject="Lumina Remit - Finance Manager, FP&A (APAC)")
    add("lum-t1", me, [weiling], "2026-03-03 20:40", """\
Hi Wei Ling,

Thank you for reaching out, and thanks to Anton for the referral. I'd be glad to talk.

Friday, 6 March at 12:30pm SGT works for me (it's the same time here in Manila). Attached is my \
latest CV.

Best regards,
""" + SIG_FULL, parent="lum",
        attachments=[("Tina_DelaCruz_CV_2026.pdf", "application/pdf", CV)])
    add("lum-2", weiling, [me], "2026-03-04 09:30", """\
Hi Tina,

Thanks, got your CV. This email confirms our video call on Friday, 6 March, from 12:30 to 13:00 \
(SGT). Google Meet: meet.google.com/qpr-vxke-tmn

Speak soon!
""", parent="lum-t1")
    add("lum-t2", me, [weiling], "2026-03-06 14:05", """\
Hi Wei Ling,

Thank you for the call over lunch today. It was good to understand how the APAC finance team is set \
up between Singapore and Manila, and the remittance corridors you're growing this year.

I'm very keen to continue to the next step.

Best,
""" + SIG_MID, parent="lum-2")
    lum_ics = make_ics(
        method="REQUEST", uid=uid_google("lumina-daniel-interview"),
        stamp=at("2026-03-09 10:30", SGT),
        start=at("2026-03-11 16:00", SGT), end=at("2026-03-11 17:00", SGT),
        summary="Lumina Remit: Tina Dela Cruz x Daniel Koh (Finance Manager, FP&A APAC)",
        organizer=weiling,
        attendees=[(weiling, "ACCEPTED", "INDIVIDUAL"), (daniel, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=SGT, location="https://luminaremit.zoom.us/j/84417730926",
        description="Interviewer: Daniel Koh, Head of Finance (daniel.koh@luminaremit.com)\n"
                    "Zoom: https://luminaremit.zoom.us/j/84417730926 (passcode 561204)\n"
                    "Wei Ling is the organiser and will not join the call.")
    add("lum-3", weiling, [me], "2026-03-09 10:30", """\
Hi Tina,

Thanks for your time on Friday! Daniel Koh, our Head of Finance (daniel.koh@luminaremit.com), would \
like to speak with you next. I've sent a Zoom invite for Wed 11/03, 4pm SGT, for an hour.

He'll mostly want to hear about the reviews you've done on FX and remittance flows, so do bring \
examples.
""", parent="lum-t2", ics=lum_ics, ics_mode="google")
    add("lum-t3", me, [weiling], "2026-03-09 12:50", """\
Hi Wei Ling,

Accepted. I'll be on the Zoom at 4pm on Wednesday. Noted on the examples!

Tina
""", parent="lum-3")
    add("lum-4", weiling, [me], "2026-03-13 11:48", """\
Hi Tina,

A quick update from our side. We're still meeting two other candidates early next week, so we won't \
have news for you right away. Daniel asked me to let you know he'll have a decision by Wednesday, \
18 March, and I'll be in touch then.

Thanks for your patience!
""", parent="lum-t3")
    add("lum-t4", me, [weiling], "2026-03-13 12:30", """\
Noted with thanks, Wei Ling. Looking forward to it.

Tina
""" + IPHONE, parent="lum-4")

    add("lum-thx", me, [daniel], "2026-03-11 19:05", """\
Dear Daniel,

Thank you for speaking with me this afternoon and for walking me through how Lumina plans the \
corridor volumes month to month. I enjoyed the discussion on FX margin leakage.

What I'd bring to the team:
- five years of audits of cross-border payment flows and e-money float
- hands-on work with budget-to-actual packs for two payments clients
- a habit of finding the reconciling item before the auditors do

I remain very interested in the role. Thank you again for your time.

Best regards,
""" + SIG_FULL, subject="Thank you - Finance Manager, FP&A (APAC) conversation")
    add("lum-thx-d", daniel, [me], "2026-03-12 09:14", """\
Hi Tina,

Thanks for the note, I enjoyed it too.

One request: could you send me two references, ideally one from your current firm and one from the \
client side? It would help us move quickly once we've decided.

Best,
""", parent="lum-thx")
    add("lum-thx-t", me, [daniel], "2026-03-12 21:50", """\
Hi Daniel,

Of course. I'd like to give my references a heads-up first, so I will send you their names and \
contact details by Monday, 16 March.

Best regards,
Tina
""", parent="lum-thx-d")

    # ================================================================ LEDGERBIRD (Sydney)
    add("lb-ack", greenhouse, [me], at("2026-03-02 21:33", SYD), """\
Hi Maria Cristina,

Thanks for applying to the Senior FP&A Analyst (Remote, APAC) role at Ledgerbird! Our team reviews \
every application and will be in touch if your experience is a match.

In the meantime, you can read about how we work remotely at ledgerbird.com/remote.

The Ledgerbird Talent Team

This is an automated message. Please do not reply.
""", subject="Thanks for applying to Ledgerbird!", headers=AUTO, sig=False)
    add("lb", bec, [me], at("2026-03-04 10:12", SYD), """\
Hi Tina,

Thanks for applying for our Senior FP&A Analyst role! Your audit background in payments caught our \
eye, and I'd love to set up a 30-minute video chat to learn more about you.

Here are some times (all Sydney time, AEDT; I believe Manila is 3 hours behind us):
- Mon 9 March, 1:00pm
- Mon 9 March, 3:30pm
- Tue 10 March, 11:00am

Let me know what suits and I'll send through an invite.

Cheers,
""", subject="Ledgerbird - Senior FP&A Analyst (Remote, APAC) | quick chat?")
    add("lb-t1", me, [bec], at("2026-03-04 19:55"), """\
Hi Bec,

Thanks for getting in touch! Monday, 9 March at 1:00pm AEDT (10:00am Manila) works best for me.

Best,
""" + SIG_MID, parent="lb")
    lb_ics = make_ics(
        method="REQUEST", uid=uid_google("ledgerbird-bec-chat"), stamp=at("2026-03-05 09:02", SYD),
        start=at("2026-03-09 13:00", SYD), end=at("2026-03-09 13:30", SYD),
        summary="Tina Dela Cruz <> Bec (Ledgerbird) - intro chat", organizer=bec,
        attendees=[(bec, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=SYD, location="https://meet.google.com/hsd-pwqa-zrt",
        description="Intro chat about the Senior FP&A Analyst (Remote, APAC) role.\n"
                    "Join with Google Meet: https://meet.google.com/hsd-pwqa-zrt")
    add("lb-2", bec, [me], at("2026-03-05 09:02", SYD), """\
Perfect, invite's on its way. Talk Monday!
""", parent="lb-t1", ics=lb_ics, ics_mode="google")
    add("lb-t2", me, [bec], at("2026-03-09 12:40"), """\
Hi Bec,

Thank you for the chat this morning! I liked hearing how Ledgerbird runs finance across four time \
zones, and the async planning cycle sounds like something I'd enjoy.

Hope to speak again soon.

Best,
""" + SIG_MID, parent="lb-2")
    add("lb-3", bec, [me], at("2026-03-10 16:45", SYD), """\
Hi Tina,

Great news! The team would like you to meet Sam Whitfield, our Head of FP&A, and Harriet Cole, our \
CFO, for a 60-minute panel. They'll ask you to talk through a three-statement model and how you'd \
build a headcount plan for a remote team.

You'll get a confirmation from Greenhouse shortly for Thursday 12 March, 12:00pm AEDT.

Cheers,
""", parent="lb-t2")
    add("lb-t3", me, [bec], at("2026-03-10 14:30"), """\
Hi Bec,

Wonderful, thank you! Thursday at 12:00pm AEDT (9:00am for me) is fine.

Tina
""", parent="lb-3")
    gh_text = """\
Hi Maria Cristina,

Your interview for Senior FP&A Analyst (Remote, APAC) at Ledgerbird has been scheduled.

When: Thursday, March 12, 2026, 12:00 PM - 1:00 PM AEDT (Australia/Sydney)
Where: Google Meet, https://meet.google.com/ldb-fpna-pnl

Interviewers:
Sam Whitfield, Head of FP&A
Harriet Cole, Chief Financial Officer

If you need to reschedule, reply to this email or contact Bec Nguyen at bec.nguyen@ledgerbird.com.

Good luck!
The Ledgerbird Talent Team
"""
    add("lb-gh", greenhouse, [me], at("2026-03-10 17:02", SYD), gh_text,
        subject="Interview Confirmation: Senior FP&A Analyst (Remote, APAC) at Ledgerbird",
        reply_to=bec, headers=AUTO, sig=False, html=html_of(gh_text), html_only=True)

    # ================================================================ TANGLAW DIGITAL BANK
    add("tg-ack", workday, [me], "2026-02-17 22:10", """\
Dear Maria Cristina,

Thank you for your interest in Tanglaw Digital Bank. We have received your application for \
Senior Manager, Financial Planning & Analysis (R-0318).

Our Talent Acquisition team will review your qualifications. You may check the status of your \
application anytime in our Candidate Home.

Tanglaw Digital Bank Talent Acquisition

Please do not reply to this message.
""", subject="Thank you for your application - Senior Manager, Financial Planning & Analysis "
             "(R-0318)", headers=AUTO, sig=False)
    tg1 = """\
Dear Ms. Dela Cruz,

Good day!

Thank you for your application for the position of Senior Manager, Financial Planning & \
Analysis. We are pleased to invite you to take our online qualifying examination.

The exam is 90 minutes long and covers financial accounting (PFRS 9 and PFRS 16), budgeting and \
variance analysis, and Excel. The exam link will be sent to you by SkillProof and will be \
accessible from 02/26/2026, 9:00 AM until 02/28/2026, 11:59 PM. Kindly complete the exam within \
the said period, in one sitting, using a laptop with a stable connection.

For your guidance.

Thank you.
"""
    add("tg", marivic, [me], "2026-02-24 14:20", tg1,
        subject="Tanglaw Digital Bank - Online Qualifying Exam (Senior Manager, FP&A)",
        html=html_of(tg1 + "\n" + marivic.sig), html_only=False)
    add("tg-t1", me, [marivic], "2026-02-24 18:45", """\
Dear Ms. Marivic,

Noted with thanks. I will take the exam within the given period.

Regards,
Tina Dela Cruz
""", parent="tg")
    add("tg-2", marivic, [me], "2026-03-04 10:15", """\
Dear Ms. Dela Cruz,

Congratulations! You have passed the qualifying examination.

We would like to schedule your interview with Mr. Carlo Mendoza, Head of Financial Planning & \
Analysis, on 03/11/2026 (Wednesday) at 2:00 PM via MS Teams. A separate calendar invite will be \
sent to you.

Kindly confirm your availability.

Thank you.
""", parent="tg-t1")
    add("tg-t2", me, [marivic], "2026-03-04 12:30", """\
Dear Ms. Marivic,

Noted with thanks po. I confirm my availability on March 11 at 2:00 PM.

Regards,
Tina Dela Cruz
""", parent="tg-2")
    add("tg-3", marivic, [me], "2026-03-13 09:30", """\
Dear Ms. Dela Cruz,

Thank you for attending the interview last March 11.

Please be informed that the results will be released on or before March 20, 2026. We appreciate \
your patience.

Thank you.
""", parent="tg-t2")
    add("tg-4", marivic, [me], "2026-03-17 16:05", """\
Dear Ms. Dela Cruz,

Thank you for the time and effort you gave to your application with Tanglaw Digital Bank.

After careful evaluation, we regret to inform you that we will not be moving forward with your \
application for Senior Manager, Financial Planning & Analysis at this time.

The panel was nonetheless impressed with your background, and we would like to include your profile \
in our talent pool for future openings in our Finance Group. Should you wish to be part of it, \
kindly reply to this email.

We wish you success in your career.
""", parent="tg-3")
    add("tg-t3", me, [marivic], "2026-03-17 21:10", """\
Dear Ms. Marivic,

Thank you for letting me know, and for the chance to go through the process. Yes, please include \
me in the talent pool; I would be glad to be considered for future openings.

Regards,
""" + SIG_FULL, parent="tg-4")
    add("tg-sp", skillproof, [me], at("2026-02-26 01:00", "UTC"), """\
Hello Maria Cristina,

Tanglaw Digital Bank has invited you to complete an assessment.

Assessment: FP&A Senior Manager - Qualifying Exam (90 min)
Available: 26 Feb 2026 09:00 - 28 Feb 2026 23:59 (Asia/Manila)

Start assessment: https://app.skillproof.io/a/tdb-r0318/8c1f2e

Tips: use a laptop, close other tabs, and make sure your webcam works. The assessment cannot be \
paused once started.

The SkillProof team
This mailbox is not monitored.
""", subject="You've been invited to an assessment by Tanglaw Digital Bank", headers=AUTO,
        sig=False)
    tg_ics = make_ics(
        method="REQUEST", uid=uid_outlook("tanglaw-carlo"), stamp=at("2026-03-04 10:40"),
        start=at("2026-03-11 14:00"), end=at("2026-03-11 15:00"),
        summary="Interview: Maria Cristina Dela Cruz - Senior Manager, FP&A", organizer=marivic,
        attendees=[(carlo, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
        description="Interviewer: Carlo Mendoza, Head of FP&A\n\nMicrosoft Teams meeting\n"
                    "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_tdb0311\n"
                    "Meeting ID: 451 882 907 113  Passcode: Hq7mZ2",
        prodid=EXCHANGE_PRODID)
    tg_inv = """\
Interview: Maria Cristina Dela Cruz - Senior Manager, FP&A
Interviewer: Mr. Carlo Mendoza, Head of FP&A

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 451 882 907 113
Passcode: Hq7mZ2
Learn More | Meeting options
________________________________________________________________________________
"""
    add("tg-inv", marivic, [me, carlo], "2026-03-04 10:40", tg_inv,
        subject="Interview: Maria Cristina Dela Cruz - Senior Manager, FP&A", sig=False,
        ics=tg_ics, ics_mode="outlook", html=html_of(tg_inv), html_only=True)

    # ================================================================ PACIFICA FOODS
    add("pf-ack", jobstreet, [me], "2026-02-16 20:31", """\
Hi Maria Cristina,

Your application was successfully submitted.

FP&A Manager
Pacifica Foods Corporation
Pasig City, Metro Manila

Track your application in My Activity. Employers may contact you through JobStreet or directly by \
email or phone.

JobStreet by SEEK
""", subject="Your application was successfully submitted to Pacifica Foods Corporation",
        headers=AUTO, sig=False)
    add("pf", lorna, [me], "2026-02-26 11:05", """\
Dear Ms. Dela Cruz,

Good day!

Thank you for applying for the FP&A Manager position through JobStreet. We would like to invite \
you to an initial interview on March 6, 2026 (Friday), 9:00 to 10:00 AM at our head office, 18/F \
Jade Tower, F. Ortigas Jr. Road, Ortigas Center, Pasig City.

You will be interviewed by the undersigned and Mr. Edwin Yap, our Finance Director for \
Controllership & FP&A (copied here).

Kindly confirm your attendance by replying to this email.

Thank you and regards,
""", subject="Initial Interview Invitation - FP&A Manager (Pacifica Foods Corporation)",
        cc=[edwin])
    add("pf-t1", me, [lorna], "2026-02-26 12:15", """\
Dear Ms. Lorna,

Good day! I confirm my attendance on March 6 at 9:00 AM. Thank you po.

Regards,
""" + SIG_FULL, parent="pf", cc=[edwin])
    add("pf-t2", me, [lorna], "2026-03-06 13:20", """\
Dear Ms. Lorna,

Thank you for the interview this morning and for showing me around the office. I appreciated \
learning about Pacifica's plans for the new snacks line and how FP&A supports the plant.

I look forward to hearing about the next steps.

Regards,
""" + SIG_FULL, parent="pf-t1")
    add("pf-2", lorna, [me], "2026-03-09 15:40", """\
Dear Ms. Dela Cruz,

Thank you. We will get back to you by Friday, March 13, regarding the schedule of your panel \
interview with our CFO.

In the meantime, kindly submit the following documents for our background check:
1. Transcript of Records (TOR)
2. BIR Form 2316 for 2025
3. Two (2) valid government IDs

Thank you.
""", parent="pf-t2")
    add("pf-t3", me, [lorna], "2026-03-12 20:05", """\
Dear Ms. Lorna,

Please find attached my TOR and BIR Form 2316 for 2025 for your perusal. I will bring my original \
IDs on the day of the panel interview.

Regards,
""" + SIG_FULL, parent="pf-2",
        attachments=[("DelaCruz_TOR.pdf", "application/pdf", TOR),
                     ("DelaCruz_BIR2316_2025.pdf", "application/pdf", F2316)])
    add("pf-ooo", lorna, [me], "2026-03-12 20:06", """\
Thank you for your email.

I am on leave from March 12 to 20, 2026 with limited access to email. I will be back in the office \
on Monday, March 23.

For urgent concerns, please email hr@pacificafoods.com.ph.
""", parent="pf-t3", prefix="Automatic reply: ", quote=False, sig=False,
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

    # ================================================================ HABI FINANCIAL
    add("hb", rowena, [me], "2026-02-25 16:10", """\
Dear Ms. Dela Cruz,

Thank you for your interest in Habi Financial. We would like to invite you for an interview for \
the Senior Financial Analyst, FP&A position.

Kindly choose from the following schedules:
- March 4 (Wed), 2:00 PM
- March 5 (Thu), 10:00 AM
- March 6 (Fri), 3:00 PM

The interview will take about an hour: a short HR interview with me, followed by a technical \
interview with our Head of FP&A, Mr. Gerald Tan.

Best regards,
""", subject="Interview Invitation - Senior Financial Analyst, FP&A | Habi Financial")
    add("hb-t1", me, [rowena], "2026-02-25 20:30", """\
Dear Ms. Rowena,

Thank you for the invitation. I would like to take the March 5 (Thu), 10:00 AM slot.

Regards,
""" + SIG_FULL, parent="hb")
    hb_ics = make_ics(
        method="REQUEST", uid=uid_outlook("habi-interview"), stamp=at("2026-02-26 09:20"),
        start=at("2026-03-05 10:00"), end=at("2026-03-05 11:00"),
        summary="Interview - Sr. Financial Analyst, FP&A (M.C. Dela Cruz)", organizer=rowena,
        attendees=[(gerald, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("HABI-12F-Conference Room B", "habi-12f-confb@habifinancial.com"),
                    "ACCEPTED", "ROOM")],
        tzid="Singapore Standard Time", location="HABI-12F-Conference Room B",
        description="10:00 HR interview (Rowena Castillo)\n10:20 Technical interview (Gerald "
                    "Tan, Head of FP&A)",
        prodid=EXCHANGE_PRODID)
    add("hb-2", rowena, [me], "2026-02-26 09:20", """\
Dear Ms. Dela Cruz,

Noted. See you on March 5, 10:00 to 11:00 AM at 12/F Habi Financial, 6780 Ayala Avenue, Makati. \
Please present a valid ID at the ground floor reception.

Best regards,
""", parent="hb-t1", ics=hb_ics, ics_mode="outlook")
    add("hb-t2", me, [rowena, gerald], "2026-03-05 18:40", """\
Dear Ms. Rowena and Mr. Tan,

Thank you both for the interview this morning. Mr. Tan, I especially enjoyed talking through your \
merchant acquiring forecast; it gave me a good sense of the problems the team is solving.

I remain very interested in joining Habi Financial and look forward to hearing from you.

Regards,
""" + SIG_FULL, parent="hb-2")
    add("hb-3", rowena, [me], "2026-03-09 11:25", """\
Dear Ms. Dela Cruz,

Thank you for your note. We are wrapping up the first round of interviews and will be giving \
feedback to all candidates within the week.

Best regards,
""", parent="hb-t2")

    # ================================================================ CALLOWAY SEARCH (headhunter)
    add("cs", nikki, [me], "2026-02-23 10:40", """\
Hi Tina,

I hope this finds you well despite busy season! I'm Nikki from Calloway Search Asia. I'm working on \
a confidential FP&A Manager search for a Series C fintech in Makati, and your audit background in \
payments and lending stood out.

Would you be open to a conversation? If so, kindly send me your updated CV and let me know when you \
are available this week.

Kind regards,
""", subject="Confidential: FP&A Manager role - Series C fintech (Makati)")
    add("cs-t1", me, [nikki], "2026-02-23 21:30", """\
Hi Nikki,

Thank you for thinking of me. I'm open to hearing more about the role. Attached is my updated CV.

I'm free Thursday evening, anytime after 7 PM.

Best regards,
""" + SIG_FULL, parent="cs",
        attachments=[("DelaCruz_MariaCristina_CV.pdf", "application/pdf", CV)])
    add("cs-2", nikki, [me], "2026-02-24 09:10", """\
Hi Tina,

Thanks! Let's do Thursday, Feb 26, 7:00 to 7:30 PM via Zoom:
https://calloway.zoom.us/j/93288140551

Kind regards,
""", parent="cs-t1")
    add("cs-t2", me, [nikki], "2026-02-26 21:05", """\
Hi Nikki,

Thank you for the call tonight and for the candid picture of the client's finance team. I'm happy \
for you to present my profile.

Best regards,
""" + SIG_MID, parent="cs-2")
    add("cs-3", nikki, [me], "2026-03-02 17:15", """\
Hi Tina,

I presented you to the client this afternoon. They're reviewing a shortlist of four this week, and \
I'll get back to you by Friday, March 6 with their feedback.

Kind regards,
""", parent="cs-t2")
    add("cs-t3", me, [nikki], "2026-03-02 19:02", """\
Noted with thanks, Nikki!

Tina
""" + IPHONE, parent="cs-3")

    # ================================================================ AGAPAY (referral)
    add("ag", bea, [me, mark], "2026-03-03 13:02", """\
Hi Mark!

As promised, introducing my good friend Tina. We were review center batchmates, and she's now an \
audit senior at Aragon Sy handling fintech and lending clients. I mentioned you're hiring a \
Senior FP&A Analyst and she'd be perfect.

Tina, Mark is the Financial Controller at Agapay Lending. Super nice guy, promise.

I'll let you two take it from here!

Bea
""", subject="Intro: Tina Dela Cruz <> Mark Dizon (Agapay)")
    add("ag-t1", me, [mark], "2026-03-04 21:40", """\
Hi Mark,

Thanks, Bea, for the kind intro (moving you to bcc).

Mark, it's nice to e-meet you. I would like to be considered for the Senior FP&A Analyst role at \
Agapay. I've spent the last four years auditing lending companies and e-money issuers, so I know \
the loan book and collections side quite well, and I'm keen to move to the planning side.

Attached is my CV for your perusal. Would you be open to a short call at your convenience?

Best regards,
""" + SIG_FULL, parent="ag", bcc=[bea],
        attachments=[("DelaCruz_MariaCristina_CV.pdf", "application/pdf", CV)])

    # ================================================================ CONNECTPOINT (BPO recruiter)
    add("cp", jomar, [me], "2026-03-02 10:15", """\
Hi Ma'am Tina!

Good day po! I came across your profile on JobStreet and I think you'd be a great fit for our \
Finance Manager - FP&A role supporting our US healthcare account.

Quick details po:
- Ortigas site, hybrid (3x onsite per week)
- Night shift, 9 PM - 6 AM
- Competitive package + night differential + HMO for 2 dependents on day 1

Would you be open to a quick call po? Kindly share your available time this week.

Thank you po!
""", subject="Finance Manager (FP&A) opportunity - ConnectPoint Global Solutions, Ortigas")
    add("cp-t1", me, [jomar], "2026-03-03 07:10", """\
Hi Jomar,

Thank you for reaching out. I'm interested to hear more, although I'd like to understand the \
night shift setup better. I can take a call on Friday, March 6, anytime after 6 PM. My number is \
0917 555 0148.

Regards,
Tina Dela Cruz
""", parent="cp")
    add("cp-2", jomar, [me], "2026-03-03 09:02", """\
Noted po Ma'am! I'll call you on Friday, 6:30 PM. Thank you po and have a great day!
""", parent="cp-t1")
    add("cp-3", jomar, [me], "2026-03-09 10:48", """\
Hi Ma'am Tina, good morning po!

Thank you ulit for your time last Friday. Endorsed na po your profile to our Finance Director. \
I'll update you po once may feedback na.
""", parent="cp-2")
    add("cp-4", jomar, [me], "2026-03-16 14:20", """\
Hi Ma'am Tina,

Follow up lang po. Our FD is asking if you're open to the night shift setup for the first 6 months \
while the account transitions. If yes, we can schedule your interview with her this week po.

Thanks po!
""", parent="cp-3")

    # ================================================================ HIRAYA (cancelled)
    hr_uid = uid_outlook("hiraya-interview")
    hr_ics = make_ics(
        method="REQUEST", uid=hr_uid, stamp=at("2026-03-06 11:30"),
        start=at("2026-03-16 10:00"), end=at("2026-03-16 11:00"),
        summary="Interview - Senior Financial Analyst | Maria Cristina Dela Cruz",
        organizer=janine,
        attendees=[(noel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Singapore Standard Time", location="Microsoft Teams Meeting",
        description="Interview with Noel Fajardo, Finance Manager.\nMicrosoft Teams meeting - "
                    "Meeting ID: 392 441 650 028  Passcode: 9sKf4P",
        prodid=EXCHANGE_PRODID)
    add("hr", janine, [me], "2026-03-06 11:30", """\
Hi Ms. Dela Cruz,

Further to your application through our careers page, please find attached the Teams invite for \
your interview with Mr. Noel Fajardo, Finance Manager, on Monday, March 16, 10:00 - 11:00 AM.

Best regards,
""", subject="Interview - Senior Financial Analyst | Maria Cristina Dela Cruz", ics=hr_ics,
        ics_mode="outlook")
    add("hr-t1", me, [janine], "2026-03-06 12:10", """\
Hi Ms. Janine,

Accepted, thank you. See you on the 16th.

Regards,
Tina Dela Cruz
""", parent="hr")
    hr_cx_ics = make_ics(
        method="CANCEL", uid=hr_uid, stamp=at("2026-03-13 17:45"),
        start=at("2026-03-16 10:00"), end=at("2026-03-16 11:00"),
        summary="Canceled: Interview - Senior Financial Analyst | Maria Cristina Dela Cruz",
        organizer=janine,
        attendees=[(noel, "ACCEPTED", "INDIVIDUAL"), (me, "ACCEPTED", "INDIVIDUAL")],
        tzid="Singapore Standard Time", location="Microsoft Teams Meeting", sequence=1,
        status="CANCELLED", prodid=EXCHANGE_PRODID)
    add("hr-cx", janine, [me], "2026-03-13 17:45", """\
Hi Ms. Dela Cruz,

We regret to inform you that the Senior Financial Analyst requisition has been put on hold pending \
budget approval, so we need to cancel Monday's interview. We will reach out should the position \
reopen.

Apologies for the inconvenience.
""", subject="Canceled: Interview - Senior Financial Analyst | Maria Cristina Dela Cruz",
        ics=hr_cx_ics, ics_mode="outlook")
    add("hr-cx-t", me, [janine], "2026-03-13 19:05", """\
Hi Ms. Janine,

Noted, thank you for letting me know. I hope the role reopens soon.

Regards,
Tina
""", parent="hr-cx")

    # ================================================================ MERCATO ASIA (moved)
    add("mc", huimin, [me], "2026-03-09 10:20", """\
Hi Tina,

Jasmine Uy, who I understand worked with you at Aragon Sy, speaks highly of you. We're building out \
our finance hub in Manila and I'd love to tell you about a Finance Manager role there, and hear \
what you're looking for.

Would Wednesday 18 March at 5pm Singapore time suit you for a 45-minute video call?

Best,
""", subject="Finance Manager, Manila hub - a conversation?")
    add("mc-t1", me, [huimin], "2026-03-09 19:30", """\
Hi Hui Min,

Thank you for reaching out, and please thank Jasmine for me too. Wednesday 18 March at 5pm works \
(it's the same time in Manila).

Best regards,
""" + SIG_MID, parent="mc")
    mc_uid = uid_google("mercato-huimin")
    mc_ics = make_ics(
        method="REQUEST", uid=mc_uid, stamp=at("2026-03-09 21:02", SGT),
        start=at("2026-03-18 17:00", SGT), end=at("2026-03-18 17:45", SGT),
        summary="Tina Dela Cruz / Hui Min - Finance Manager, Manila hub", organizer=huimin,
        attendees=[(huimin, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=SGT, location="https://meet.google.com/mrc-aqhb-ufs")
    add("mc-2", huimin, [me], "2026-03-09 21:02", """\
Great, I've sent an invite. Speak on the 18th.
""", parent="mc-t1", ics=mc_ics, ics_mode="google")
    add("mc-3", huimin, [me], "2026-03-16 08:40", """\
Hi Tina,

I'm so sorry, I've just been asked to fly to Jakarta on Wednesday. Could we push our call to \
Tuesday 24 March, same time (5pm)?

Apologies again,
""", parent="mc-2")
    add("mc-t2", me, [huimin], "2026-03-16 12:15", """\
Tuesday works.

Tina
""" + IPHONE, parent="mc-3")
    mc_ics2 = make_ics(
        method="REQUEST", uid=mc_uid, stamp=at("2026-03-16 13:05", SGT),
        start=at("2026-03-24 17:00", SGT), end=at("2026-03-24 17:45", SGT),
        summary="Tina Dela Cruz / Hui Min - Finance Manager, Manila hub", organizer=huimin,
        attendees=[(huimin, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=SGT, location="https://meet.google.com/mrc-aqhb-ufs", sequence=1)
    add("mc-4", huimin, [me], "2026-03-16 13:05", """\
Thank you! Updated invite attached. Tuesday 24 March, 5pm.
""", parent="mc-t2", ics=mc_ics2, ics_mode="google")

    # ================================================================ ANTON (networking)
    add("an", me, [anton], "2026-02-20 22:15", """\
Hi Anton!

Kumusta ka na sa Singapore? I hope Orchid Pay is treating you well and that you're not missing \
busy season at all, haha.

I'm finally thinking of leaving audit after this season, and I'd love to pick your brain on moving \
into fintech finance. Are you coming home anytime soon? Libre kita ng kape.

Tina
""", subject="Kumusta + a favor")
    add("an-2", anton, [me], "2026-02-21 09:30", """\
Tina! Congrats on finally deciding, long overdue haha. I'm actually in Manila next weekend for my \
Lola's 90th. Coffee on Sat the 28th, 10am? Somewhere in Legazpi Village?

A
Sent from my iPhone
""", parent="an")
    add("an-t2", me, [anton], "2026-02-21 11:02", """\
Yes! Sat the 28th, 10 AM at Kape Legazpi on Rufino St.? See you!
""", parent="an-2")
    add("an-t3", me, [anton], "2026-02-28 15:30", """\
Hi Anton,

Thank you for the coffee and for being so generous with your time this morning, especially on a \
weekend you're home for family. Your advice on framing my audit work as "finance partnering" \
was exactly what I needed to hear, and I've already started rewriting my CV.

Salamat ulit, and happy 90th to your Lola!

Tina
""", parent="an-t2")
    add("an-3", anton, [me], "2026-03-02 08:05", """\
Anytime, Tina. I spoke to Wei Ling from the TA team at Lumina Remit; their Head of Finance, \
Daniel, is a friend. She should reach out to you soon.

Good luck and keep me posted!

A
Sent from my iPhone
""", parent="an-t3")

    # ================================================================ CARMELA (networking)
    add("pd", me, [carmela], "2026-03-09 21:20", """\
Hi Carmela,

I hope you don't mind the cold email. I heard your talk at the PICPA Fintech Forum last November on \
building an FP&A team at Padala Hub, and it has stayed with me.

I'm a CPA and audit senior at Aragon Sy, looking to move into FP&A in fintech. Could I borrow 15 \
minutes of your time sometime this week or next, to ask how you made the switch from audit?

Thank you, and no worries at all if you're too busy.

Best regards,
""" + SIG_FULL, subject="Fellow CPA - 15 minutes on moving from audit to FP&A?")
    pd_ics = make_ics(
        method="REQUEST", uid=uid_google("padala-carmela-chat"), stamp=at("2026-03-10 08:15"),
        start=at("2026-03-13 12:15"), end=at("2026-03-13 12:45"),
        summary="Coffee chat: Carmela / Tina (audit -> FP&A)", organizer=carmela,
        attendees=[(carmela, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=MNL, location="https://meet.google.com/pdh-cvzt-wqe")
    add("pd-2", carmela, [me], "2026-03-10 08:15", """\
Hi Tina!

Of course, happy to help a fellow auditor escape, haha. How about Friday the 13th, 12:15 to 12:45? \
I've sent a Meet link.
""", parent="pd", ics=pd_ics, ics_mode="google")
    add("pd-t2", me, [carmela], "2026-03-13 15:02", """\
Hi Carmela,

Thank you so much for your time today, and on your lunch break pa. The way you described your first \
90 days in FP&A (learn the business drivers before the models) was really useful, and I'll take up \
your suggestion to build a small driver-based model of one of my clients for practice.

Thank you again!

Tina
""", parent="pd-2")
    add("pd-3", carmela, [me], "2026-03-14 09:10", """\
You're welcome, Tina! The book I mentioned is "Financial Planning & Analysis and Performance \
Management" by Jack Alexander. Good luck with the search, you'll be fine!
""", parent="pd-t2")

    # ================================================================ NOISE: current job
    for key, when, week in (("tt1", "2026-02-13 16:00", "02/14/2026"),
                            ("tt2", "2026-02-27 16:00", "02/28/2026"),
                            ("tt3", "2026-03-13 16:00", "03/14/2026")):
        add(key, asc_tt, [me], when, """\
Dear Maria Cristina Dela Cruz,

This is a reminder that your timesheet for the week ending %s has not yet been submitted.

Engagements with open charges this week:
- SMPH-2025-AUD Sampaguita Holdings - Year-end audit
- LTRB-2025-AUD Lakeside Rural Bank - Year-end audit

Please submit on or before Monday, 12:00 NN to avoid escalation to your engagement manager.

ASC TimeTrack
This is a system-generated message sent to your registered mobile email.
""" % week, subject="[ASC TimeTrack] Reminder: timesheet for week ending %s" % week,
            headers=AUTO, sig=False)
    add("pay", asc_pay, [me], "2026-02-10 14:02", """\
Dear Colleagues,

Attached is your BIR Form 2316 (Certificate of Compensation Payment/Tax Withheld) for calendar year \
2025. Kindly review, sign and keep a copy for your records. For employees qualified for \
substituted filing, there is no need to file an annual ITR.

Please send concerns on your 2316 to payroll@aragonsy.com.ph on or before February 20.
""", subject="BIR Form 2316 for CY 2025 - Dela Cruz, Maria Cristina",
        attachments=[("2316_2025_DELACRUZ_MC.pdf", "application/pdf", F2316)])
    hd_ics = make_ics(
        method="REQUEST", uid=uid_outlook("asc-hiring-day"), stamp=at("2026-03-05 10:00"),
        start=at("2026-03-14 09:00"), end=at("2026-03-14 12:00"),
        summary="ASC Accounting Graduates Hiring Day - Panel Interviewers", organizer=patricia,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Ronald Chua", "ronald.chua@aragonsy.com.ph"), "ACCEPTED", "INDIVIDUAL"),
                   (("ASC-8F-Training Rooms 1-3", "asc-8f-training@aragonsy.com.ph"),
                    "ACCEPTED", "ROOM")],
        tzid="Singapore Standard Time", location="ASC 8F Training Rooms 1-3",
        prodid=EXCHANGE_PRODID)
    add("hd", patricia, [me], "2026-03-05 10:00", """\
Hi Tina,

Thank you for volunteering as a panel interviewer for our Accounting Graduates Hiring Day on \
Saturday, March 14, 9:00 AM - 12:00 NN at the 8F Training Rooms. Since it's a Saturday, we're \
sending this to personal emails as well.

Each senior will interview 5-6 candidates (20 minutes each) using the attached scoring guide, which \
we will send on Thursday with your candidate list.
""", subject="ASC Accounting Graduates Hiring Day - Panel Interviewers (Sat, March 14)",
        ics=hd_ics, ics_mode="outlook")
    add("hd-t", me, [patricia], "2026-03-05 12:40", """\
Noted, Patricia. Count me in!

Tina
""", parent="hd")
    add("hd-2", patricia, [me], "2026-03-12 17:20", """\
Hi Tina,

Here is your candidate list for Saturday (Room 2):
9:00 Andrea Pascual (PUP)
9:25 Kevin Manalo (UST)
9:50 Joanna Reyes (DLSU)
10:15 Mikael Sison (UP Diliman)
10:40 Hazel Ocampo (PLM)

Please bring the printed scoring sheets and return them to HR before lunch. Snacks will be in the \
pantry.
""", parent="hd-t")
    add("ad", andrea, [me], "2026-03-14 16:40", """\
Good afternoon Ma'am Tina,

Thank you po for interviewing me this morning for the Audit Associate position. I got your email \
from Sir Patrick of the JPIA alumni mentoring program; I hope it's okay that I reached out here.

I really appreciated your advice about the first busy season. I'm very excited about the chance to \
start my career at Aragon Sy.

Respectfully,
Andrea Pascual
0998 555 0126
""", subject="Thank you - Audit Associate interview (Andrea Pascual)")
    add("ad-t", me, [andrea], "2026-03-15 10:05", """\
Hi Andrea,

Thank you for the note, and good luck! HR will be in touch with all candidates soon.

Tina
""", parent="ad")
    add("rc", ronald, [me], "2026-02-14 08:10", """\
Tina, sorry sa Saturday message. Down pa rin yung VPN so dito na lang.

Sampaguita's CFO moved the exit conference to Tuesday, Feb 24, 2 PM at their office. Can you take \
the walkthrough of the audit adjustments and the two control findings? I'll handle the going \
concern discussion.

Pa-confirm lang. Salamat!

Ronald
""", subject="Sampaguita exit conference moved")
    add("rc-t", me, [ronald], "2026-02-14 09:40", """\
Sige Ronald, ako na sa AJEs and the control findings. Noted on Tuesday 2 PM.

Tina
""" + IPHONE, parent="rc")

    # ================================================================ NOISE: family, friends
    add("mm", mama, [me], "2026-03-01 07:30", """\
Anak,

Uuwi ka ba sa Sabado? Birthday ng Papa mo sa Linggo, magluluto ako ng pancit at kare-kare. Dalhin \
mo na rin yung kaldero ni Tita Baby na naiwan mo noong Pasko.

Ingat lagi. Love, Mama
""", subject="Sa Linggo")
    add("mm-t", me, [mama], "2026-03-01 09:15", """\
Opo Ma, uuwi po ako sa Sabado ng gabi, after ng PICPA seminar ko. Dadalhin ko po yung kaldero. \
Ako na po bahala sa cake ni Papa.

Love you po!
Tina
""", parent="mm")
    add("mm-2", mama, [me], "2026-03-01 10:02", """\
Sige anak. Wag ka magpuyat masyado sa trabaho ha. God bless.
""", parent="mm-t")
    add("tb", titababy, [me], "2026-03-02 14:30", """\
Tina hija,

Pasensya na sa abala. Yung dating accountant ko nag-abroad na. Paano ba mag-file ng 1701A para sa \
bakeshop? Sabi nila April 15 daw ang deadline. Pwede ba kita matawagan ngayong weekend?

Salamat ha. Ingat.
Tita Baby
""", subject="BIR 1701A")
    add("tb-t", me, [titababy], "2026-03-02 21:00", """\
Hi Tita! Walang abala po.

Since 8% option po kayo last year, 1701A po talaga, and no need na for the 2551Q. Pakiipon po ng \
monthly sales summary for 2025 and yung mga naunang 1701Q ninyo. Let's call po on Saturday, mga 1 \
PM, then i-eBIRForms natin together.

Tina
""", parent="tb")
    add("tb-2", titababy, [me], "2026-03-03 08:20", """\
Salamat hija! Ipapadala ko na lang kay Jun yung mga resibo. Sa Sabado ha, 1pm. God bless!
""", parent="tb-t")
    add("kw", kaye, [me, bea, trish], "2026-02-12 20:00", """\
Hi everyone!!!

Kaye & Migs Wedding Entourage Details:
Date: April 18, 2026 (Saturday), 3:00 PM
Church: St. Benedict Chapel, Tagaytay
Reception: Casa Alta, Tagaytay
Motif: dusty blue and champagne

Ramil Cruz Couture will email you your fitting schedule. Please send me your sizes (bust, waist, \
hips, height) by Feb 20!

Love lots,
Kaye
""", subject="Kaye & Migs Wedding - Entourage Details")
    add("kw-t", me, [kaye], "2026-02-12 21:10", """\
Kaye!!! Excited na ako!

Sizes ko: bust 34, waist 27, hips 37, height 5'3". Let me know if you need anything else, ikaw pa.

Ate Tina
""", parent="kw")
    add("kw-2", kaye, [me], "2026-02-13 07:45", """\
Thank you Ate Tina!!! See you sa fitting!
""", parent="kw-t")
    add("kw-3", kaye, [me, bea, trish], "2026-03-19 08:05", """\
Girls, reminder lang: fittings this Saturday sa Ramil Cruz! Dalhin ang sapatos please. \
Libre ko merienda after!

K
Sent from my iPhone
""", parent="kw-2", quote=False)
    add("js3", jobstreet, [me], "2026-03-19 08:00", """\
Jobs for you, Maria Cristina

FP&A Manager - Digital Bank - Taguig - Hybrid
Finance Manager, Treasury & Planning - E-wallet - Makati
Senior Financial Analyst - Insurance - BGC

Your profile was viewed by 3 employers this week.
""", subject="7 new jobs for 'FP&A Manager' in Metro Manila", sig=False,
        headers=bulk_headers("<alerts.jobstreet.com>", "https://www.jobstreet.com.ph/unsub"))
    add("rcc", couture, [me], "2026-03-09 11:00", """\
Good day, Ms. Maria Cristina Dela Cruz!

This is to confirm your gown fitting for the Santiago-Manalastas wedding:

Date: Saturday, 21 March 2026
Time: 2:00 PM
Venue: Ramil Cruz Couture Atelier, 88 Scout Rallos St., Quezon City

Kindly bring the shoes you will wear on the day. To reschedule, please text 0917 555 0105 at least \
24 hours before.

Ramil Cruz Couture
""", subject="Fitting Appointment Confirmation - 21 March 2026, 2:00 PM", sig=False)
    add("em", mara, [me, bea, trish], "2026-03-09 16:00", """\
Hi Kaye & Migs entourage!

I'm Mara, your coordinator for April 18. We'll send the final program and call times by Friday, \
March 13. For now, please keep the morning of April 18 free for hair and makeup starting 8:00 AM at \
Casa Alta.

Thank you!
Mara
Events by Mara
""", subject="Kaye & Migs - entourage reminders")
    add("em-2", mara, [me, bea, trish], "2026-03-13 18:30", """\
Hi everyone,

As promised, attached is the final program and call times. Please read through and let me know of \
any conflicts by March 27.

Mara
""", parent="em", attachments=[("KayeMigs_Program_Final.pdf", "application/pdf",
                                make_pdf(["Kaye & Migs - Program", "April 18, 2026",
                                          "8:00 AM Hair and makeup", "3:00 PM Ceremony"]))])
    add("ch", lyn, [me], "2026-02-15 18:00", """\
Dear SJPC choir family,

Peace be with you! Lent is almost here. Our schedule:

- Rehearsals every Tuesday, 7:30 PM at the parish hall (calendar invite sent)
- Ash Wednesday, Feb 18, 6:00 PM mass
- Palm Sunday, March 29, 7:00 AM procession

The Holy Week line-up will be finalized after next Sunday's meeting with Fr. Jun. I'll send it by \
Saturday, March 21.

God bless us all!
Ate Lyn
""", subject="SJPC - Lenten and Holy Week schedule")
    add("ch-t", me, [lyn], "2026-02-15 20:30", """\
Noted po, Ate Lyn! Sorry in advance, baka ma-late po ako sa Tuesdays hanggang April (busy season \
pa). Pero present po ako sa Holy Week.

Tina
""", parent="ch")
    add("ch-2", lyn, [me], "2026-02-16 06:45", """\
Ok lang hija, basta andyan ka sa Holy Week. Kailangan namin ang alto mo!
""", parent="ch-t")
    ch_ics = make_ics(
        method="REQUEST", uid=uid_google("sjpc-rehearsal"), stamp=at("2026-02-15 18:10"),
        start=at("2026-02-17 19:30"), end=at("2026-02-17 21:30"),
        summary="SJPC Choir Rehearsal", organizer=lyn,
        attendees=[(lyn, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=MNL, location="St. Joseph Parish Hall", rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=8")
    add("ch-cal", lyn, [me], "2026-02-15 18:10", """\
Lyn Bernardo has invited you to this event.

SJPC Choir Rehearsal
Weekly on Tuesday, 7:30pm - 9:30pm (Philippine Standard Time - Manila)
St. Joseph Parish Hall
""", subject="Invitation: SJPC Choir Rehearsal @ Weekly from 7:30pm to 9:30pm on Tuesday "
             "(PST) (tina.delacruz@example.ph)", headers=GCAL, sig=False, ics=ch_ics,
        ics_mode="google")
    add("bk", trish, [me, bea, jp], "2026-03-10 22:14", """\
Guys!!! Baguio after busy season?? April 24-26? Tita ko may bahay sa Camp 7, free na accommodation.

Sino G?
""", subject="Baguio after busy season??")
    add("bk-2", jp, [trish, me, bea], "2026-03-10 22:40", """\
G! Pero ako na mag-drive pauwi, ayoko na maulit yung Kennon incident haha
""", parent="bk")
    add("bk-t", me, [trish, bea, jp], "2026-03-11 06:55", """\
G ako! Basta tapos na ang audit ng Sampaguita by then, kung hindi iiyak na lang ako sa \
working papers.

Tina
""", parent="bk-2")
    add("bk-3", bea, [trish, me, jp], "2026-03-11 08:30", """\
Go ako! Strawberry taho tayo ulit. Tina kumusta yung intro kay Mark? Haha
""", parent="bk-t")

    # ================================================================ NOISE: services
    for key, when, amt, who, ref in (
            ("gc1", "2026-02-14 12:03", "1,500.00", "KA***E S.", "9014 283 771"),
            ("gc2", "2026-03-01 19:44", "2,350.00", "MERALCO", "9016 552 014"),
            ("gc3", "2026-03-15 08:12", "800.00", "LY*N B.", "9018 130 662")):
        add(key, gcash, [me], when, """\
You have sent PHP %s to %s on %s.

Ref. No. %s
Available balance is shown in your GCash app.

Never share your MPIN or OTP with anyone. GCash will never ask for them.
""" % (amt, who, when.split()[0], ref), subject="You have sent PHP %s via GCash" % amt,
            headers=AUTO, sig=False)
    add("sh1", shopee, [me], "2026-03-07 22:31", """\
Hi tinadc,

Your order 260307TQ8KXW2P has been confirmed.

1x Logitech Wireless Mouse M331 Silent Plus - P 895.00
1x Laptop stand, aluminum, adjustable - P 649.00
Shipping: P 0.00 (Free Shipping voucher)
Order total: P 1,544.00
Payment: ShopeePay

Shopee
""", subject="Your Shopee order 260307TQ8KXW2P is confirmed", headers=AUTO, sig=False)
    add("sh2", shopee, [me], "2026-03-10 15:12", """\
Hi tinadc,

Your parcel for order 260307TQ8KXW2P has been delivered. Received by: guard (J. Alonzo).

Please confirm order received in the app within 3 days and rate your purchase to get coins.

Shopee
""", subject="Your parcel has been delivered", headers=AUTO, sig=False)
    add("me", meralco, [me], "2026-03-03 06:10", """\
Dear Customer,

Your Meralco bill for February 2026 is ready.

Service ID: 3301-5542-91
Amount due: PHP 2,346.18
Due date: March 13, 2026

Pay through the Meralco Mobile App, GCash, or any accredited payment center.
""", subject="Your Meralco bill for February 2026", headers=AUTO, sig=False)
    zm_ics = make_ics(
        method="REQUEST", uid=uid_uuid("picpa-pfrs18"), stamp=at("2026-02-18 12:00"),
        start=at("2026-03-07 09:00"), end=at("2026-03-07 12:00"),
        summary="CPD Webinar: PFRS 18 Presentation and Disclosure in Financial Statements",
        organizer=picpa, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid=MNL,
        location="https://us06web.zoom.us/j/86611200439", prodid=ZOOM_PRODID)
    add("zm", zoom, [me], "2026-02-18 12:00", """\
Hi Maria Cristina,

Thank you for registering for "CPD Webinar: PFRS 18 Presentation and Disclosure in Financial \
Statements".

Date & Time: Mar 7, 2026 09:00 AM Manila
Join from a PC, Mac, iPad, or Android: https://us06web.zoom.us/j/86611200439
CPD units: 3 (accredited provider PICPA Southern Metro Manila Chapter)

Add to calendar: the attached .ics file.
""", subject="PICPA SMMC CPD Webinar Confirmation", headers=AUTO, sig=False, ics=zm_ics,
        ics_mode="attach")
    for key, when, title in (
            ("fp1", "2026-02-17 07:00", "Why every e-wallet is now a lender"),
            ("fp2", "2026-03-03 07:00", "BSP's new rules on digital bank capital, explained"),
            ("fp3", "2026-03-17 07:00", "The CFO hiring spree at PH fintechs")):
        add(key, pulse, [me], when, """\
FINTECH PULSE PH - weekly

%s

Also this week: funding rounds, people moves, and jobs on the Pulse board (FP&A Manager, Revenue \
Analyst, Head of Treasury).

You're receiving this because you subscribed at fintechpulse.ph. Unsubscribe anytime.
""" % title, subject="Fintech Pulse: " + title, sig=False,
            headers=bulk_headers("<weekly.fintechpulse.ph>", "https://fintechpulse.ph/unsub"))
    add("js1", jobstreet, [me], "2026-02-19 08:00", """\
Jobs for you, Maria Cristina

FP&A Manager - a leading FMCG company - Taguig - P 120,000 - 150,000
Financial Planning Analyst - Retail Bank - Makati
Senior Analyst, Budgeting - Conglomerate - Pasig
Finance Business Partner - Shared Services - Cebu (Hybrid)

Apply now. New jobs are added daily.
""", subject="10 new jobs for 'FP&A Manager' in Metro Manila", sig=False,
        headers=bulk_headers("<alerts.jobstreet.com>", "https://www.jobstreet.com.ph/unsub"))
    add("js2", jobstreet, [me], "2026-03-12 08:00", """\
Jobs for you, Maria Cristina

Finance Manager - Fintech (Series B) - Makati - Hybrid
Head of FP&A - E-commerce - Taguig
Senior FP&A Analyst - BPO - Ortigas - Night shift
Controller - Insurance - Makati

Apply in one click with your JobStreet profile.
""", subject="8 new jobs for 'FP&A Manager' in Metro Manila", sig=False,
        headers=bulk_headers("<alerts.jobstreet.com>", "https://www.jobstreet.com.ph/unsub"))
    add("li", linkedin, [me], at("2026-03-05 01:30", "UTC"), """\
Your job alert for "FP&A" in Philippines

Finance Manager, FP&A (APAC) - Lumina Remit - Manila (Hybrid) - Be an early applicant
Senior FP&A Analyst (Remote, APAC) - Ledgerbird - Philippines (Remote)
FP&A Lead - Padala Hub - Taguig

See all jobs on LinkedIn.
""", subject="\"FP&A\": Lumina Remit - Finance Manager, FP&A (APAC) and more", sig=False,
        headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/unsub"))
    add("ml", medilink, [me], "2026-02-16 09:00", """\
Dear Ms. Dela Cruz,

Your Annual Physical Examination (APE) under your company's HMO is scheduled on:

Saturday, February 21, 2026, 7:00 AM
MediLink Clinics - Makati (Ground Floor, Legaspi Towers 300)

Please fast for 8-10 hours before your appointment (water is allowed). Bring your HMO card and one \
valid ID.

MediLink Clinics
""", subject="APE Schedule - Saturday, February 21, 2026", sig=False)
    add("cd", condo, [me], "2026-03-10 17:00", """\
Dear Residents,

Please be advised of a scheduled water interruption on Thursday, March 12, 2026, from 9:00 AM to \
4:00 PM, for the cleaning of the overhead water tanks.

Kindly store enough water for your needs. We apologize for the inconvenience.

The Verdant Residences Property Management Office
""", subject="Advisory: Scheduled Water Interruption - March 12")
    add("fm", finmodel, [me], at("2026-03-08 02:00", "UTC"), """\
Hi Tina,

You're 60% of the way through "Financial Modeling & Valuation"! Next up: Module 7, Three-Statement \
Model Build.

Learners who finish a module a week complete the course twice as often. Keep going!

FinModel Academy
""", subject="You're 60% there, Tina", sig=False,
        headers=bulk_headers("<learners.finmodelacademy.com>", "https://finmodelacademy.com/u"))
    add("gb", grab, [me], at("2026-03-10 12:02", SGT), """\
Your Grab E-Receipt

GrabCar, 10 Mar 2026 08:41
Pick-up: The Verdant Residences, Makati
Drop-off: The Meridian Tower, 5th Ave, BGC
Total: PHP 287.00 (GCash)

Hope you had a great ride!
""", subject="Your Grab E-Receipt", headers=AUTO, sig=False)

    # ================================================================ facts
    # meetings (job search)
    case.meeting("sal-app", at("2026-02-12 15:00"), at("2026-02-12 15:30"),
                 met=[kristine.email], thanks={kristine.email: "sal-t2"},
                 what="Salapi phone screen")
    case.meeting("sal-panel", at("2026-03-10 10:00"), at("2026-03-10 11:30"),
                 met=[joy.email, paolo.email], thanks={joy.email: "sal-thx-joy"},
                 what="Salapi panel")
    case.meeting("sal-cfo", at("2026-03-17 16:00"), at("2026-03-17 17:00"),
                 met=[ramon.email], thanks={ramon.email: "sal-thx-ramon"},
                 what="Salapi final with CFO")
    case.meeting("lum", at("2026-03-06 12:30", SGT), at("2026-03-06 13:00", SGT),
                 met=[weiling.email], thanks={weiling.email: "lum-t2"},
                 what="Lumina recruiter call")
    case.meeting("lum", at("2026-03-11 16:00", SGT), at("2026-03-11 17:00", SGT),
                 met=[daniel.email], thanks={daniel.email: "lum-thx"},
                 what="Lumina hiring manager Zoom")
    case.meeting("lb", at("2026-03-09 13:00", SYD), at("2026-03-09 13:30", SYD),
                 met=[bec.email], thanks={bec.email: "lb-t2"}, what="Ledgerbird intro chat")
    case.meeting("lb-gh", at("2026-03-12 12:00", SYD), at("2026-03-12 13:00", SYD),
                 met=[], unknown=["Sam Whitfield", "Harriet Cole"], arranged_by=bec.email,
                 what="Ledgerbird panel")
    case.meeting("tg-inv", at("2026-03-11 14:00"), at("2026-03-11 15:00"),
                 met=[carlo.email], what="Tanglaw Teams interview")
    case.meeting("pf", at("2026-03-06 09:00"), at("2026-03-06 10:00"),
                 met=[lorna.email, edwin.email], thanks={lorna.email: "pf-t2"},
                 what="Pacifica initial interview")
    case.meeting("hb", at("2026-03-05 10:00"), at("2026-03-05 11:00"),
                 met=[rowena.email, gerald.email],
                 thanks={rowena.email: "hb-t2", gerald.email: "hb-t2"}, what="Habi interview")
    case.meeting("cs", at("2026-02-26 19:00"), at("2026-02-26 19:30"),
                 met=[nikki.email], thanks={nikki.email: "cs-t2"}, what="Calloway Zoom")
    case.meeting("cp", at("2026-03-06 18:30"), None, met=[jomar.email],
                 what="ConnectPoint phone screen")
    case.meeting("hr", at("2026-03-16 10:00"), at("2026-03-16 11:00"),
                 met=[noel.email], status="cancelled", what="Hiraya interview (cancelled)")
    case.meeting("mc", at("2026-03-18 17:00", SGT), at("2026-03-18 17:45", SGT),
                 met=[huimin.email], status="moved", what="Mercato call (moved)")
    case.meeting("mc", at("2026-03-24 17:00", SGT), at("2026-03-24 17:45", SGT),
                 met=[huimin.email], status="scheduled", what="Mercato call (new time)")
    case.meeting("an", at("2026-02-28 10:00"), None, met=[anton.email],
                 thanks={anton.email: "an-t3"}, networking=True, what="coffee with Anton")
    case.meeting("pd", at("2026-03-13 12:15"), at("2026-03-13 12:45"), met=[carmela.email],
                 thanks={carmela.email: "pd-t2"}, networking=True, what="call with Carmela")
    # meetings (not job search)
    case.meeting("rc", at("2026-02-24 14:00"), None, job=False, what="client exit conference")
    case.meeting("hd", at("2026-03-14 09:00"), at("2026-03-14 12:00"), job=False,
                 what="firm hiring day: Tina interviews graduates")
    case.meeting("ml", at("2026-02-21 07:00"), None, job=False, what="APE")
    case.meeting("zm", at("2026-03-07 09:00"), at("2026-03-07 12:00"), job=False,
                 what="PICPA webinar")
    case.meeting("tb", at("2026-03-07 13:00"), None, job=False, what="call with Tita Baby")
    case.meeting("ch-cal", at("2026-02-17 19:30"), at("2026-02-17 21:30"), job=False,
                 what="choir rehearsal (first of a weekly series)")
    case.meeting("rcc", at("2026-03-21 14:00"), None, job=False, status="scheduled",
                 what="gown fitting")

    # promises
    case.promise("sal-app", "sal-k4", kristine.email, "2026-03-24")
    case.promise("lum", "lum-4", weiling.email, "2026-03-18")
    case.promise("tg", "tg-3", marivic.email, "2026-03-20", ended_by="tg-4")
    case.promise("pf", "pf-2", lorna.email, "2026-03-13", back="2026-03-23")
    case.promise("hb", "hb-3", rowena.email, "2026-03-13")
    case.promise("cs", "cs-3", nikki.email, "2026-03-06")
    case.promise("em", "em", mara.email, "2026-03-13", job=False)
    case.promise("ch", "ch", lyn.email, "2026-03-21", job=False)

    # applications to a person
    case.application("sal-app", "sal-app", kristine.email, answered_by="sal-k1")
    case.application("lum", "lum-t1", weiling.email, answered_by="lum-2")
    case.application("cs", "cs-t1", nikki.email, answered_by="cs-2")
    case.application("ag", "ag-t1", mark.email)

    # the user's own promises
    case.own_promise("lum-thx", "lum-thx-t", daniel.email, "2026-03-16")

    # ================================================================ threads
    T = case.thread
    T("sal-app", True, "interview", "Salapi Technologies Inc.",
      "CV emailed to TA lead Mon Feb 9 (answered next day); phone screen Thu Feb 12 15:00-15:30 "
      "thanked same day; panel and CFO final arranged here; Wed Mar 18: Management Committee meets "
      "Mon Mar 23, 'hear from me by Tuesday, March 24' (window open)")
    T("sal-panel", True, "interview", "Salapi Technologies Inc.",
      "Outlook invite from Joy for the panel Tue Mar 10 10:00-11:30 with Paolo as attendee; Paolo "
      "adds his own signed note in the thread; Joy thanked in a new thread, Paolo never")
    T("sal-thx-joy", True, "interview", "Salapi Technologies Inc.",
      "thank-you to Joy only the evening of the panel ('extend my gratitude to Paolo' does not "
      "reach Paolo); Joy's reply")
    T("sal-cfo", True, "interview", "Salapi Technologies Inc.",
      "EA Len sends the Outlook invite for the CFO final Tue Mar 17 16:00-17:00 (Ramon attendee, "
      "boardroom as ROOM); Len does not attend")
    T("sal-thx-ramon", True, "interview", "Salapi Technologies Inc.",
      "thank-you to the CFO the same evening; his short reply")
    T("lum", True, "interview", "Lumina Remit",
      "Singapore fintech via Anton's referral; CV sent (answered); recruiter video call Fri Mar 6 "
      "12:30-13:00 SGT thanked; Zoom with Daniel Wed Mar 11 16:00-17:00 SGT; Fri Mar 13: two "
      "other candidates, 'Daniel ... decision by Wednesday, 18 March' (grace to end of Fri Mar 20)")
    T("lum-thx", True, "interview", "Lumina Remit",
      "thank-you to Daniel Wed Mar 11; he asks for two references; Tina: 'by Monday, 16 March' "
      "and has not sent them")
    T("lb-ack", True, "application", "Ledgerbird",
      "Greenhouse acknowledgement of a portal application")
    T("lb", True, "recruiter", "Ledgerbird",
      "Sydney remote-first; slots offered in AEDT, Mon Mar 9 13:00-13:30 AEDT picked; thanked "
      "that day; panel with Sam Whitfield and Harriet Cole announced (no addresses)")
    T("lb-gh", True, "interview", "Ledgerbird",
      "Greenhouse confirmation (no ICS, HTML only, Reply-To Bec) for the panel Thu Mar 12 "
      "12:00-13:00 AEDT; interviewers named without addresses; Tina has not written to Bec since")
    T("tg-ack", True, "application", "Tanglaw Digital Bank",
      "Workday acknowledgement of a portal application")
    T("tg", True, "rejection", "Tanglaw Digital Bank",
      "online exam window 02/26-02/28; interview set for 03/11 2 PM; 'results will be released "
      "on or before March 20, 2026'; rejection Tue Mar 17 with talent-pool invitation; Tina "
      "replied to HR only")
    T("tg-sp", True, "application", "Tanglaw Digital Bank",
      "SkillProof assessment invitation (automated)")
    T("tg-inv", True, "interview", "Tanglaw Digital Bank",
      "Teams invite (HTML only + ICS) for Wed Mar 11 14:00-15:00 with Carlo Mendoza; never "
      "thanked")
    T("pf-ack", True, "application", "Pacifica Foods Corporation",
      "JobStreet acknowledgement of a portal application")
    T("pf", True, "interview", "Pacifica Foods Corporation",
      "initial interview Fri Mar 6 09:00-10:00 with Lorna and Edwin (cc); only Lorna thanked; "
      "'get back to you by Friday, March 13'; documents sent Thu Mar 12; out-of-office back "
      "Mon Mar 23")
    T("hb", True, "interview", "Habi Financial, Inc.",
      "three slots offered, Thu Mar 5 10:00 picked; Outlook invite (Gerald attendee, room); one "
      "thank-you note to both; Mon Mar 9 'feedback to all candidates within the week', then "
      "nothing")
    T("cs", True, "recruiter", "Calloway Search Asia",
      "headhunter; CV sent (answered); Zoom Thu Feb 26 thanked; Mon Mar 2 'get back to you by "
      "Friday, March 6', then nothing")
    T("ag", True, "application", "Agapay Lending",
      "friend's introduction; Tina applies to the Financial Controller with CV Wed Mar 4, Bea in "
      "bcc; no answer")
    T("cp", True, "recruiter", "ConnectPoint Global Solutions, Inc.",
      "BPO recruiter (Taglish); Tina's only thanks came before the phone call Fri Mar 6 18:30 (no "
      "end time); two updates from Jomar since, none answered")
    T("hr", True, "interview", "Hiraya Insurtech Corp.",
      "Teams interview Mon Mar 16 10:00 with Noel Fajardo; accepted")
    T("hr-cx", True, "interview", "Hiraya Insurtech Corp.",
      "ICS CANCEL Fri Mar 13: requisition on hold; interview never took place")
    T("mc", True, "interview", "Mercato Asia",
      "video call Wed Mar 18 17:00 SGT moved to Tue Mar 24 17:00 ('Tuesday works'); still ahead")
    T("an", True, "networking", "Orchid Pay",
      "former manager now in Singapore; coffee Sat Feb 28 10:00 (no end), thanked that afternoon; "
      "his reply Mon Mar 2 is the last exchange")
    T("pd", True, "networking", "Padala Hub",
      "cold request for 15 minutes; Meet Fri Mar 13 12:15-12:45 thanked; her reply Sat Mar 14")
    for k, note in (("tt1", "firm timesheet reminder"), ("tt2", "firm timesheet reminder"),
                    ("tt3", "firm timesheet reminder"),
                    ("pay", "firm payroll: BIR Form 2316"),
                    ("hd", "current job: Tina is a panel interviewer at the firm's graduate "
                           "hiring day Sat Mar 14"),
                    ("ad", "a graduate Tina interviewed thanks her; not Tina's job search"),
                    ("rc", "engagement manager moves a client exit conference (Tue Feb 24)"),
                    ("mm", "mother, Tagalog"), ("tb", "aunt's BIR 1701A; a call on Saturday"),
                    ("kw", "cousin's wedding entourage"), ("rcc", "gown fitting Sat Mar 21"),
                    ("em", "wedding coordinator; 'by Friday, March 13' kept on the day"),
                    ("ch", "church choir; line-up promised by Sat Mar 21"),
                    ("ch-cal", "choir rehearsal, weekly Google Calendar invite"),
                    ("bk", "friends plan a Baguio trip"),
                    ("gc1", "GCash receipt"), ("gc2", "GCash receipt"), ("gc3", "GCash receipt"),
                    ("sh1", "Shopee order"), ("sh2", "Shopee delivery"),
                    ("me", "electricity bill"), ("zm", "PICPA CPD webinar (Zoom, ICS)"),
                    ("fp1", "newsletter"), ("fp2", "newsletter"), ("fp3", "newsletter"),
                    ("js1", "job alert"), ("js2", "job alert"), ("js3", "job alert"), ("li", "job alert"),
                    ("ml", "annual physical exam"), ("cd", "condo advisory"),
                    ("fm", "online course"), ("gb", "ride receipt")):
        T(k, False, None, None, note)

    # ================================================================ labels
    E = case.expect
    E("thank_you", "sal-panel", paolo.email,
      "panelist at the Tue Mar 10 10:00-11:30 panel (invite attendee, signed his own note in the "
      "thread); only Joy was thanked, and asking Joy to pass thanks on does not count; overdue "
      "since Mar 11 11:30")
    E("thank_you", "tg-inv", carlo.email,
      "Teams interview Wed Mar 11 14:00-15:00 took place; the rejection of Mar 17 does not end a "
      "thank-you owed; Tina's reply thanked HR, not Carlo; overdue since Mar 12 15:00")
    E("thank_you", "cp", jomar.email,
      "phone screen Fri Mar 6 18:30 (no end stated, 60 min) took place; Tina's only thanks was "
      "before the call; overdue since Mar 7 19:30, stale only from Mar 20 21:30")
    E("thank_you", "pf", edwin.email,
      "met at the Fri Mar 6 09:00-10:00 interview (cc'd on the invitation); only Lorna was "
      "thanked; overdue since Mar 7 10:00, stale only from Mar 20 12:00")
    E("callback", "hb", rowena.email,
      "'feedback to all candidates within the week' (Mon Mar 9, window ends Fri Mar 13); nothing "
      "from Habi since; due end of Tue Mar 17", promised="2026-03-13")
    E("callback", "cs", nikki.email,
      "'I'll get back to you by Friday, March 6'; nothing from Calloway since; due end of Tue "
      "Mar 10, stale only from Mar 25", promised="2026-03-06")
    E("application", "ag", mark.email,
      "Tina applied with her CV to Mark on Wed Mar 4; no one from Agapay has written; 7 business "
      "days end Fri Mar 13")
    E("networking", "an", anton.email,
      "coffee Sat Feb 28 took place and was thanked; last exchange his reply Mon Mar 2; the "
      "14-day touch fell due at the end of Mon Mar 16")
    E("own_promise", "lum-thx", daniel.email,
      "Tina promised her two references 'by Monday, 16 March' and has not written to Daniel "
      "since; due end of Mar 16, no grace")
    E("ask_for_address", "lb-gh", bec.email,
      "panel Thu Mar 12 12:00-13:00 AEDT with Sam Whitfield and Harriet Cole, whose addresses "
      "appear nowhere; Bec arranged it and Tina has not written to her since; due Mar 12 12:00 "
      "Manila")

    F = case.forbid
    F("sal-panel", joy.email,
      "panelist thanked in a new thread the evening of the panel (Tue Mar 10 19:32)")
    F("sal-cfo", len_.email,
      "EA and invite organiser for the CFO final; she did not attend")
    F("sal-cfo", ramon.email,
      "CFO final Tue Mar 17 thanked in a new thread the same evening")
    F("sal-app", kristine.email,
      "'hear from me by Tuesday, March 24' after the Mar 23 committee: window still open; her "
      "phone screen was thanked on Feb 12")
    F("lum", weiling.email,
      "'Daniel ... decision by Wednesday, 18 March' passed one day ago, but the 2-business-day "
      "grace runs to the end of Fri Mar 20; her call was thanked")
    F("tg", marivic.email,
      "HR organiser who did not attend; the rejection of Mar 17 ended the 'on or before March "
      "20' promise (Tina already replied)")
    F("tg-sp", skillproof.email, "automated assessment platform sender")
    F("lb-gh", greenhouse.email, "automated ATS sender (Greenhouse no-reply)")
    F("pf", lorna.email,
      "'by Friday, March 13' has passed, but her out-of-office says she is back Mon Mar 23, so "
      "the callback counts from then (due end of Wed Mar 25); her interview was thanked")
    F("hr", noel.email, "interview cancelled on Mar 13 (ICS CANCEL); it never took place")
    F("mc", huimin.email,
      "call moved from Wed Mar 18 to Tue Mar 24 17:00 SGT, still ahead at now")
    F("pd", carmela.email,
      "networking call Fri Mar 13 thanked the same day; her reply Sat Mar 14 puts the next touch "
      "at end of Mar 28")
    F("ag", bea.email, "the friend who made the introduction; not at the company, nothing owed")
    F("ad", andrea.email,
      "a graduate Tina interviewed for her current firm: Tina was the interviewer, not her job "
      "search")
    F("em", mara.email,
      "wedding coordinator, not job search; 'by Friday, March 13' was kept that evening")
    return case


SUMMARY = (
    "Maria Cristina \"Tina\" Dela Cruz, 31, is an audit senior at a Big Four member firm in Makati "
    "moving into fintech finance or FP&A. The mailbox runs from early February to Thursday 19 "
    "March 2026, 19:45 Manila time, in the middle of busy season; Singapore runs on the same "
    "offset and Sydney three hours ahead (AEDT), and Philippine mail writes dates month-first "
    "(03/11/2026) while Singapore and Sydney write them day-first (11/03). Salapi takes her from "
    "a CV sent to the TA lead through a panel where Joy and Paolo each sign their own note (only "
    "Joy thanked, with 'kindly extend my gratitude to Paolo') to a CFO final set up by his EA and "
    "thanked that night, with a management-committee decision still ahead. Lumina Remit in "
    "Singapore came through a coffee with her former manager Anton (thanked, then silent for "
    "over two weeks); its recruiter mentions two other candidates and passes on Daniel's "
    "'decision by Wednesday', still inside the grace, while Tina's own promise of references by "
    "Monday has lapsed. Ledgerbird, remote-first in Sydney, sends a Greenhouse confirmation "
    "naming two panelists without addresses. Tanglaw Digital Bank puts her through a proctored "
    "online exam and a Teams interview she never thanked, then rejects her with a talent-pool "
    "invitation. Habi Financial's HR promised feedback 'within the week' and went quiet; a "
    "headhunter missed his 'by Friday, March 6'; a CV sent through a friend's introduction went "
    "unanswered; a BPO recruiter writing in Taglish got a thanks only before his call; Pacifica "
    "Foods' HR missed her date but is on leave until 23 March by her out-of-office; Hiraya "
    "cancelled and Mercato Asia moved its call past now. Noise: firm timesheets, a BIR 2316, Tina "
    "on the hiring side at her firm's graduate day, her mother and aunt in Tagalog (a 1701A to "
    "file), a cousin's wedding, church choir, GCash and Shopee receipts, newsletters and job "
    "alerts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
