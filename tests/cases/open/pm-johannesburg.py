#!/usr/bin/env python3
"""Labelled case: a construction project manager in Johannesburg (Africa/Johannesburg, no DST).

Lerato Mokoena, twelve years on commercial builds, now a senior PM at a contractor, looks for
a senior PM or programme-manager role with developers, mining houses and a development-finance
institution.  South African habits throughout: day-first dates, "14h00", "just now", "now now",
"as discussed telephonically", a contractor who writes half in Afrikaans.
"""

import os
import sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
from casekit import VTIMEZONES

# Johannesburg has kept SAST (UTC+2) all year since 1944: one fixed rule, under the IANA name
# (Google, Zoom) and the Windows name (Outlook, Teams).
VTIMEZONES["Africa/Johannesburg"] = ("Africa/Johannesburg", [
    ("STANDARD", "+0200", "+0200", "SAST", "19700101T000000", None)])
VTIMEZONES["South Africa Standard Time"] = ("Africa/Johannesburg", [
    ("STANDARD", "+0200", "+0200", None, "16010101T000000", None)])

JHB = "Africa/Johannesburg"
LDN = "Europe/London"
ZA = "ZAFP275"          # Exchange Online region of the South African tenants
EXCH = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH_SRV = "Microsoft Exchange Server 2010"

TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""


def teams(seed, mid, pw):
    return TEAMS % (digest("teams", seed, n=28), mid, pw)


def build():
    me = Person("Lerato Mokoena", "lerato.mokoena@example.co.za", tz=JHB, style="webmail",
                sig="Lerato Mokoena PMP\n+27 82 555 0163 | lerato.mokoena@example.co.za")
    now = dt.datetime(2026, 3, 19, 8, 30, tzinfo=me.tz)
    case = Case(
        "pm-johannesburg",
        "Construction PM in Johannesburg looking for a senior PM / programme role with "
        "developers, mining houses and a DFI; SAST all year, day-first dates, 14h00 times",
        {"name": "Lerato Mokoena", "emails": [me.email], "phone": "+27 82 555 0163",
         "timezone": JHB},
        now,
        "")
    case.me = me
    A = case.add

    def P(name, email, tz=JHB, style="outlook", sig=None, **kw):
        if style == "outlook":
            kw.setdefault("region", ZA)
        return Person(name, email, tz=tz, style=style, sig=sig, **kw)

    def auto(name, email, **kw):
        return Person(name, email, tz=JHB, style="auto", auto=True, **kw)

    cv = ("Lerato_Mokoena_CV_2026.pdf", "application/pdf", make_pdf([
        "Lerato Mokoena PMP - Curriculum Vitae",
        "Senior Project Manager, commercial and mixed-use construction (12 years)",
        "Fourways, Johannesburg | +27 82 555 0163 | lerato.mokoena@example.co.za",
        "2019-now   Senior Project Manager, Mabena Construction (Menlyn office block, R480m)",
        "2016-2019  Project Manager, Mabena Construction (retail centres, Gauteng & Limpopo)",
        "2014-2016  Assistant PM, Bosveld Projects (warehousing, Midrand)",
        "BSc (Construction Management), University of Pretoria; PMP; Pr.CPM (SACPCMP)",
    ]))

    # ------------------------------------------------------------------------------------
    # People
    # ------------------------------------------------------------------------------------
    sipho = P("Sipho Ndlovu", "sipho.ndlovu@apextalent.co.za", sig=(
        "Kind regards,\n\nSipho Ndlovu\nSenior Consultant | Built Environment & Property\n"
        "Apex Talent Partners\nT: +27 11 555 0182 | M: +27 72 555 0419\nwww.apextalent.co.za\n\n"
        "This e-mail and any attachments are confidential and intended solely for the "
        "addressee."))
    cvw = P("Charmaine van Wyk", "charmaine.vanwyk.search@gmail.com", style="gmail")
    zanele = P("Zanele Khumalo", "zanele.khumalo@mogaleminerals.co.za", sig=(
        "Kind regards\n\nZanele Khumalo\nHR Business Partner: Capital Projects\n"
        "Mogale Minerals Group\n2 Lakeview Office Park, Bryanston, 2191\n"
        "T +27 11 555 0640 | M +27 82 555 0977\n\n"
        "Mogale Minerals Group (Pty) Ltd. Disclaimer: https://www.mogaleminerals.co.za/disclaimer"))
    pieter = P("Pieter Botha", "pieter.botha@mogaleminerals.co.za", sig=(
        "Pieter Botha\nGeneral Manager: Capital Projects\nMogale Minerals Group\n"
        "+27 11 555 0601"))
    smartrec = auto("Mogale Minerals Group", "no-reply@smartrecruiters.com")
    mindm = auto("Mindmetrics Assessments", "no-reply@mindmetrics-assess.com")
    workday = auto("Sisonke DFC Careers", "sisonkedfc@myworkday.com")
    nokuthula = P("Nokuthula Mahlangu", "nokuthula.mahlangu@sisonkedfc.co.za", sig=(
        "Regards\n\nNokuthula Mahlangu\nTalent Acquisition Specialist\n"
        "Sisonke Development Finance Corporation\n1 Sisonke Place, Midrand\n"
        "Tel: +27 11 555 0300"))
    themba = P("Themba Sithole", "themba.sithole@sisonkedfc.co.za", sig=(
        "Themba Sithole\nHead: Infrastructure Programmes\n"
        "Sisonke Development Finance Corporation\nTel: +27 11 555 0351 | Cell: +27 83 555 0126"))
    francois = P("Francois Steyn", "francois@steynventer.co.za", style="gmail")
    bongani = P("Bongani Zulu", "bongani.zulu@ridgeback.co.za", style="gmail", sig=(
        "Bongani Zulu\nDevelopment Manager | Ridgeback Property Developments\n"
        "082 555 0488"))
    nadia = P("Nadia Smit", "nadia.smit@ridgeback.co.za", sig=(
        "Nadia Smit\nHead of Development\nRidgeback Property Developments\n"
        "+27 10 555 0720"))
    greenhouse = auto("Highveld Yards Recruiting", "no-reply@us.greenhouse-mail.io")
    lindiwe = P("Lindiwe Mthembu", "lindiwe.mthembu@highveldyards.co.za", style="gmail", sig=(
        "Lindiwe Mthembu\nPeople & Culture Coordinator\nHighveld Yards Developments\n"
        "14 Oxford Road, Parktown | 010 555 0815"))
    kobus = P("Kobus Nel", "kobus.nel@buildpeople.co.za", sig=(
        "Kobus Nel\nPrincipal Consultant - Construction & Infrastructure\n"
        "BuildPeople SA | 012 555 0460 | 079 555 0231\nwww.buildpeople.co.za"))
    refilwe = P("Refilwe Moagi", "refilwe.moagi@tswelopelemining.co.za", sig=(
        "Dr Refilwe Moagi\nProgramme Director: Growth Projects\nTswelopele Mining Ltd\n"
        "+27 11 555 0912"))
    sophie = P("Sophie Clarke", "sophie.clarke@orionresources.com", tz=LDN, region="eurprd02",
               sig=("Sophie Clarke\nExecutive Assistant to Graham Whitfield\n"
                    "Orion Resources plc | 40 Moorgate, London EC2R 6EL\n+44 20 7946 0381"))
    graham = P("Graham Whitfield", "graham.whitfield@orionresources.com", tz=LDN,
               region="eurprd02", sig="Graham Whitfield\nGroup Head of Projects\nOrion Resources plc")
    lwazi = P("Lwazi Dube", "lwazi.dube@orionresources.com")
    thabo = P("Thabo Molefe", "thabo.molefe@muvhangofund.co.za", style="gmail", sig=(
        "Thabo Molefe\nTalent Partner | Muvhango Property Fund\n+27 11 555 0277"))
    thabo_cal = P("Thabo Molefe", "thabo.molefe@muvhangofund.co.za", style="gcal")
    megan = P("Megan Fourie", "megan.fourie@kestrelep.co.za", sig=(
        "Megan Fourie\nHR Manager\nKestrel Engineering & Projects\n+27 12 555 0174"))

    # noise
    agent = P("Jacaranda Ridge Body Corporate", "jacarandaridge@corebuildpm.co.za", sig=(
        "Corebuild Property Management\nManaging agents for Jacaranda Ridge BC (SS 412/2004)\n"
        "011 555 0950 | after hours 082 555 0011"))
    gert = P("Gert Oosthuizen", "gertoost@example.net", style="webmail", msgid_domain="example.net")
    loadwatch = auto("LoadWatch", "alerts@loadwatch.co.za")
    school = auto("Parkhurst Ridge Primary - Accounts", "accounts@parkhurstridge.school.za")
    teacher = P("Annelie van der Berg", "a.vanderberg@parkhurstridge.school.za", style="gmail")
    schooloffice = P("Parkhurst Ridge Primary", "office@parkhurstridge.school.za", style="gmail")
    medaid = auto("Sentinel Medical Scheme", "noreply@sentinelmed.co.za")
    thandi = P("Thandi Mabaso", "thandimabaso7@gmail.com", style="gmail")
    grace = P("Grace Nkosi", "grace.nkosi@example.org", style="webmail", msgid_domain="example.org")
    palesa = P("Palesa Radebe", "palesa.radebe@gmail.com", style="gmail")
    melissa = P("Melissa Govender", "melissa.govender@mabena.co.za", sig=(
        "Melissa Govender\nProject Administrator - Menlyn Office Block\nMabena Construction\n"
        "012 555 0633"))
    refiloe = P("Refiloe Dlamini", "refiloe.dlamini@mabena.co.za", sig=(
        "Refiloe Dlamini\nHR Business Partner\nMabena Construction\n012 555 0610"))
    pmi = auto("PMI Johannesburg Chapter", "newsletter@pmijhb.org.za")
    tickets = auto("TicketPulse", "tickets@ticketpulse.co.za")
    fibre = auto("Mzansi Fibre", "billing@mzansifibre.co.za")
    zooma = auto("Zooma", "receipts@zooma.co.za")
    grocer = auto("Greenleaf Grocer", "orders@greenleafgrocer.co.za")
    mom = P("Mmathabo Mokoena", "mmathabo.mokoena@example.co.za", style="webmail")
    dineo = P("Dineo Mokoena", "dineo.mokoena@gmail.com", style="gmail")
    doctor = P("Dr R. Naidoo Inc.", "reception@drnaidoo.co.za", sig=(
        "Reception - Dr R. Naidoo Inc. (Family Practice)\nShop 12, Cedar Square, Fourways\n"
        "011 555 0188"))
    bank = auto("Kopano Bank", "statements@kopanobank.co.za")
    buildjobs = auto("BuildJobs SA", "alerts@buildjobs.co.za")
    siya = P("Siyabonga Khoza", "siya.khoza88@gmail.com", style="gmail")
    natasha = P("Natasha Pillay", "natasha@acaciasearch.co.za", sig=(
        "Natasha Pillay\nConsultant | Acacia Search\n031 555 0247"))
    swim = auto("Fourways Dolphins Swim Club", "gala@fourwaysdolphins.co.za")

    at = case.at

    # ====================================================================================
    # JOB SEARCH
    # ====================================================================================

    # ---- Apex Talent Partners: a call, then "as discussed telephonically"; promise lapsed
    A("apex1", sipho, [me], "2026-02-24 11:20", """Hi Lerato

Thanks for the chat earlier, it was good to finally put a voice to the LinkedIn profile.

As discussed telephonically, please find attached the spec for the Senior Project Manager role with my client, a JSE-listed developer. In short:

- Mixed-use precinct in Sandton (office, residential, retail podium), roughly R1.2bn over three phases
- Client-side role reporting to the Development Director; you would manage the professional team and two main contractors
- Based in Sandton, hybrid is possible once phase 1 is out of the ground

Could you send me your updated CV, your current CTC and your notice period? I'd like to put you forward this week.""",
      subject="Senior Project Manager - Mixed-use, Sandton (as discussed)",
      attachments=[("Spec_SnrPM_Sandton_MixedUse.pdf", "application/pdf", make_pdf([
          "Position specification: Senior Project Manager (client side)",
          "Location: Sandton, Johannesburg",
          "Reporting to: Development Director",
          "Requirements: BSc Construction Management / QS / Civil; 10+ years; Pr.CPM advantageous",
          "Apex Talent Partners - confidential"]))])
    A("apex2", me, [sipho], "2026-02-24 19:05", """Hi Sipho

Thank you for the call this morning, and for the spec. The Sandton precinct sounds like exactly the kind of client-side move I'm after.

My CV is attached. Current CTC is R1.1m; I'd be looking at R1.35m and up for a role like this. Notice period is one calendar month.

Happy to take any questions from the client.""", parent="apex1", attachments=[cv])
    A("apex3", sipho, [me], "2026-02-26 09:10", """Morning Lerato

Received with thanks. I'm presenting your profile at our Monday meeting with the client (2 March) and will revert with their feedback by Friday 6 March at the latest.""",
      parent="apex2")
    case.thread("apex1", True, "recruiter", "Apex Talent Partners",
                "agency recruiter called, then followed up 'as discussed telephonically'; call "
                "thanked in the CV reply; 'will revert by Friday 6 March' and nothing since")
    case.meeting("apex1", at("2026-02-24 10:45"), at("2026-02-24 11:05"), met=[sipho.email],
                 thanks={sipho.email: "apex2"}, what="unscheduled recruiter phone call")
    case.promise("apex1", "apex3", sipho.email, "2026-03-06")
    case.expect("callback", "apex1", sipho.email,
                "'will revert with their feedback by Friday 6 March'; nothing from Apex since; due "
                "end of Tue 10 March, stale only from 25 March", promised="2026-03-06")

    # ---- Charmaine van Wyk (independent headhunter on Gmail): Feb call thanked
    A("cvw1", cvw, [me], "2026-02-12 16:40", """Hi Lerato

Johan Pretorius (we worked together years ago at Murray & Roberts) mentioned you might be open to a move and says very good things about you. I'm an independent search consultant placing senior project people into mining, energy and heavy industry.

Could we talk on Monday? I'm free at 10h00 or any time after 14h00.

Charmaine

Sent from my iPhone""", subject="Johan Pretorius says hello - quick chat Monday?")
    A("cvw2", me, [cvw], "2026-02-12 20:15", """Hi Charmaine

Lovely to hear from you, and thanks to Johan for the kind words. Monday at 14h30 suits me, on my cell: 082 555 0163.

Regards
Lerato""", parent="cvw1", sig=False)
    A("cvw3", cvw, [me], "2026-02-13 07:02", """Perfect, I'll call you at 14h30 Monday.

C

Sent from my iPhone""", parent="cvw2")
    A("cvw4", me, [cvw], "2026-02-16 17:20", """Hi Charmaine

Thank you for the call this afternoon. It was really useful to hear how the mining houses are structuring their owner's teams at the moment.

As promised, my CV is attached. To summarise what we discussed: I'm looking for a senior PM or programme manager role in Gauteng, ideally owner's team or client side, and I'm open to mining and infrastructure as well as property.""",
      parent="cvw3", attachments=[cv])
    A("cvw5", cvw, [me], "2026-02-25 12:48", """Hi L

One that might tickle your fancy: Project Manager (EPCM), platinum concentrator upgrade outside Rustenburg. 24-month contract, strong rate, FIFO from JHB possible but really 4 days a week on site.

Let me know if you want the spec.

Charmaine""", parent="cvw4")
    A("cvw6", me, [cvw], "2026-02-26 06:55", """Hi Charmaine

Thanks for thinking of me. I'll pass on this one - with Naledi in Grade 4 I can't be in Rustenburg four days a week. Please do keep me in mind for anything JHB/Pretoria based.

Lerato""", parent="cvw5", sig=False)
    A("cvw7", cvw, [me], "2026-02-26 08:31", """Shame, understood! Will keep my ears open for you.

Sent from my iPhone""", parent="cvw6")
    case.thread("cvw1", True, "recruiter", "CVW Search",
                "Gmail headhunter introduced by a friend; call Mon 16 Feb 14h30 thanked the same "
                "afternoon; a Rustenburg role declined; no dated promise")
    case.meeting("cvw1", at("2026-02-16 14:30"), met=[cvw.email], thanks={cvw.email: "cvw4"},
                 what="phone call")

    # ---- Charmaine again: a call yesterday afternoon, not yet thanked
    A("cvx1", cvw, [me], "2026-03-17 19:40", """Hi Lerato

Are you free for a quick call tomorrow at 16h00? I've been briefed on a programme manager role on a renewable IPP portfolio (three solar plants plus a battery project, Northern Cape, but the programme office sits in Rosebank). I think it's right up your street.

Charmaine

Sent from my iPhone""", subject="Programme Manager - renewables portfolio (Rosebank)")
    A("cvx2", me, [cvw], "2026-03-17 21:05", """Hi Charmaine

Yes, 16h00 works. I'll be driving back from Menlyn so please call my cell.

L""", parent="cvx1", sig=False)
    A("cvx3", cvw, [me], "2026-03-18 17:32", """Lovely chatting just now. Spec attached as promised - have a read and let me know if I can put your name forward to the client.

C""", parent="cvx2", attachments=[("PM_Renewables_Programme_Spec.pdf", "application/pdf", make_pdf([
        "Programme Manager - Renewable IPP portfolio",
        "Programme office: Rosebank, Johannesburg",
        "Three PV plants (Northern Cape) and one BESS project",
        "CVW Search - in confidence"]))])
    case.thread("cvx1", True, "recruiter", "CVW Search",
                "phone call Wed 18 Mar 16h00 (no end given) took place; Charmaine sent the spec "
                "afterwards; no thank-you from Lerato yet")
    case.meeting("cvx1", at("2026-03-18 16:00"), met=[cvw.email], what="phone call")
    case.expect("thank_you", "cvx1", cvw.email,
                "call Wed 18 Mar 16h00 (60 min by default) took place; nothing sent since; due "
                "from 19h00 that evening, overdue only at 17h00 on Thu 19 March")

    # ---- Mogale Minerals Group: ATS acknowledgement
    A("mga1", smartrec, [me], "2026-02-18 09:03", """Dear Lerato,

Thank you for applying for the position of Senior Project Manager (Capital Projects) at Mogale Minerals Group.

We have received your application and our Talent team will review it carefully. If your profile matches the requirements, a member of the team will contact you.

You can check the status of your application at any time in your candidate profile.

Kind regards,
Mogale Minerals Group Talent Acquisition

This is an automated message, please do not reply.""",
      subject="Thank you for applying - Senior Project Manager (Capital Projects)",
      html=None, headers=AUTO)
    case.by_key["mga1"].html = html_of(case.by_key["mga1"].text)
    case.by_key["mga1"].html_only = True
    case.thread("mga1", True, "application", "Mogale Minerals Group",
                "SmartRecruiters acknowledgement, no-reply sender")

    # ---- Mogale: scheduling thread; the panel listed with addresses in Zanele's text
    A("mg1", zanele, [me], "2026-03-02 13:15", """Dear Lerato

Thank you for your application for the Senior Project Manager (Capital Projects) position. We would like to invite you to a panel interview.

The following slots are available (90 minutes each, on Microsoft Teams):
- Tuesday 10/03/2026 at 14h00
- Wednesday 11/03/2026 at 10h00
- Thursday 12/03/2026 at 09h00

Before the panel, please also complete an online psychometric assessment. You will receive a separate email from our assessment partner, Mindmetrics, with a link to book a session.

Please let me know which slot suits you.""",
      subject="Senior Project Manager (Capital Projects) - panel interview")
    A("mg2", me, [zanele], "2026-03-02 18:40", """Dear Zanele

Thank you for the invitation. Wednesday 11 March at 10h00 suits me best.

I'll look out for the Mindmetrics link.

Kind regards""", parent="mg1")
    A("mg3", zanele, [me], "2026-03-03 08:55", """Dear Lerato

Confirmed for Wednesday 11 March, 10h00 to 11h30. I'll send the Teams invitation from my calendar just now.

The panel will be:
- Pieter Botha, General Manager: Capital Projects (pieter.botha@mogaleminerals.co.za)
- Ayesha Patel, Head: Project Controls (ayesha.patel@mogaleminerals.co.za)
- myself, for the competency-based section at the end (roughly the last half hour)

Pieter will want to talk through a project you delivered from concept to close-out, and Ayesha will focus on cost and schedule control, so it may help to have your numbers handy.""",
      parent="mg2")
    A("mg4", me, [zanele], "2026-03-11 15:10", """Dear Zanele

Thank you for organising this morning's panel, and for taking me through the competency section so calmly. I enjoyed the conversation, and I came away even keener on the role and on the Phase 2 smelter expansion.

Please would you also pass on my thanks to Ayesha? I appreciated her questions on earned value reporting.

Kind regards""", parent="mg3")
    A("mg5", zanele, [me], "2026-03-12 08:20", """Dear Lerato

Thank you for your kind note, I have passed it on.

For transparency: Pieter and Ayesha are seeing two more candidates this week. We aim to let every candidate know the outcome by Friday 20 March.""",
      parent="mg4")
    case.thread("mg1", True, "interview", "Mogale Minerals Group",
                "panel Wed 11 Mar 10h00-11h30 (Teams); panel named with addresses in Zanele's "
                "email; Zanele thanked here (asked to pass thanks to Ayesha), Pieter in a new "
                "thread; 'aim to let every candidate know by Friday 20 March'")
    case.meeting("mg1", at("2026-03-11 10:00"), at("2026-03-11 11:30"),
                 met=[pieter.email, "ayesha.patel@mogaleminerals.co.za", zanele.email],
                 thanks={zanele.email: "mg4", pieter.email: "mgp1"}, what="panel interview")
    case.promise("mg1", "mg5", zanele.email, "2026-03-20")
    case.expect("thank_you", "mg1", "ayesha.patel@mogaleminerals.co.za",
                "panelist on Wed 11 Mar (address only in Zanele's email); Lerato asked Zanele to "
                "'pass on my thanks to Ayesha' but never wrote to her; overdue since 12 Mar 11h30")
    case.forbid("mg1", zanele.email,
                "thanked in this thread on 11 March 15h10; her 'by Friday 20 March' is still ahead")
    case.forbid("mg1", pieter.email,
                "thanked in the new thread 'Thank you - panel interview this morning' on 11 March")

    # ---- Mogale: the Teams invitation, its own thread (panel room, no panel attendees)
    mg_ics = make_ics(
        method="REQUEST", uid=uid_outlook("mogale-panel"), stamp=at("2026-03-03 09:02"),
        start=at("2026-03-11 10:00"), end=at("2026-03-11 11:30"),
        summary="Panel Interview - Senior Project Manager (Capital Projects) - L. Mokoena",
        organizer=zanele,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Bryanston - Boardroom 4 (Teams Room)", "bry-boardroom4@mogaleminerals.co.za"),
                    "ACCEPTED", "ROOM")],
        tzid="South Africa Standard Time", location="Microsoft Teams Meeting",
        description="Panel interview for the Senior Project Manager (Capital Projects) role.\n"
                    + teams("mogale", "341 776 902 118", "Zt4mQ9"),
        prodid=EXCH_SRV)
    A("mgi1", zanele, [me], "2026-03-03 09:02", """Panel interview for the Senior Project Manager (Capital Projects) role.

""" + teams("mogale", "341 776 902 118", "Zt4mQ9"),
      subject="Panel Interview - Senior Project Manager (Capital Projects) - L. Mokoena",
      ics=mg_ics, ics_mode="outlook", sig=False)
    mg_reply = make_ics(
        method="REPLY", uid=uid_outlook("mogale-panel"), stamp=at("2026-03-03 12:31"),
        start=at("2026-03-11 10:00"), end=at("2026-03-11 11:30"),
        summary="Panel Interview - Senior Project Manager (Capital Projects) - L. Mokoena",
        organizer=zanele, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        tzid="South Africa Standard Time", prodid="-//Example Webmail//Calendar 4.2//EN")
    A("mgi2", me, [zanele], "2026-03-03 12:31",
      "Lerato Mokoena has accepted this invitation.",
      subject="Accepted: Panel Interview - Senior Project Manager (Capital Projects) - L. Mokoena",
      parent="mgi1", quote=False, sig=False, ics=mg_reply, ics_mode="attach")
    case.thread("mgi1", True, "interview", "Mogale Minerals Group",
                "Outlook/Teams invitation for the Wed 11 Mar panel; attendees Lerato and a "
                "boardroom only; accepted")

    # ---- Mogale: thank-you to Pieter in a new thread
    A("mgp1", me, [pieter], "2026-03-11 16:30", """Dear Pieter

Thank you for your time on the panel this morning. Walking you through the Menlyn close-out and hearing how the Phase 2 expansion will be run as an owner's team made the role very concrete for me.

Three things I would bring:
- twelve years of delivering commercial builds through to close-out, the last five as the senior PM on R300m+ projects;
- hands-on cost and schedule control (EVM, monthly forecasting to the board);
- a track record of getting contractors and the professional team to pull in one direction.

I remain very interested, and I'll touch base with Zanele after the 20th if I can be of help with anything in the meantime.

Kind regards""", subject="Thank you - panel interview this morning")
    A("mgp2", pieter, [me], "2026-03-11 18:05", """Thanks Lerato, appreciated. Zanele will be in touch regarding next steps.

Regards
Pieter

Sent from my iPad""", parent="mgp1", sig=False)
    case.thread("mgp1", True, "interview", "Mogale Minerals Group",
                "Lerato's thank-you to Pieter after the panel, and his short reply")

    # ---- Mindmetrics (automated assessment platform), three single messages
    A("mm1", mindm, [me], "2026-03-03 10:14", """Dear Lerato Mokoena,

Mogale Minerals Group has invited you to complete the following assessment as part of your application:

  Leadership Judgement & Numerical Reasoning (proctored, approx. 2 hours)

Please book a session within 7 days using the link below. Sessions are held online with a live proctor; you will need a webcam and a quiet room.

Book my session: https://candidate.mindmetrics-assess.com/book/7KQ2-MOG-1182

Good luck!
The Mindmetrics team

This message was sent automatically. Replies to this address are not monitored.""",
      subject="Mogale Minerals Group has invited you to an assessment", headers=AUTO)
    case.by_key["mm1"].html = html_of(case.by_key["mm1"].text)
    case.by_key["mm1"].html_only = True
    case.thread("mm1", True, "application", "Mogale Minerals Group",
                "automated assessment invitation (Mindmetrics)")
    mm_ics = make_ics(
        method="REQUEST", uid=uid_uuid("mindmetrics-session"), stamp=at("2026-03-03 19:47"),
        start=at("2026-03-06 09:00"), end=at("2026-03-06 11:00"),
        summary="Proctored assessment - Mogale Minerals Group", organizer=mindm,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        location="https://candidate.mindmetrics-assess.com/session/7KQ2-MOG-1182",
        description="Leadership Judgement & Numerical Reasoning. Join 10 minutes early for the "
                    "ID check.", prodid="-//Mindmetrics//Scheduler 3.1//EN")
    A("mm2", mindm, [me], "2026-03-03 19:47", """Hi Lerato,

Your session is booked.

Assessment: Leadership Judgement & Numerical Reasoning
Requested by: Mogale Minerals Group
Date: 03/06/2026
Time: 09:00 AM (GMT+02:00) Harare, Pretoria
Duration: approx. 2 hours

Please join 10 minutes early for the ID check. To reschedule, use the link in your candidate portal at least 24 hours before your session.

The Mindmetrics team""", subject="Booking confirmed: your proctored assessment", ics=mm_ics,
      ics_mode="attach", headers=AUTO)
    case.thread("mm2", True, "application", "Mogale Minerals Group",
                "assessment booking for Fri 6 Mar 09h00-11h00 (US-style date 03/06/2026 in the "
                "text, ICS agrees); no person met")
    case.meeting("mm2", at("2026-03-06 09:00"), at("2026-03-06 11:00"), met=[],
                 what="online proctored psychometric assessment")
    case.forbid("mm2", mindm.email,
                "automated assessment platform (no-reply sender and ICS organizer); nobody to thank")
    A("mm3", mindm, [me], "2026-03-06 11:06", """Hi Lerato,

Thank you for completing your assessment for Mogale Minerals Group. Your results have been shared with the organisation, who will be in touch with you about next steps.

The Mindmetrics team""", subject="Assessment complete - thank you", headers=AUTO)
    case.thread("mm3", True, "application", "Mogale Minerals Group",
                "automated completion notice")

    # ---- Sisonke Development Finance Corporation: Workday acknowledgement
    A("dfa1", workday, [me], "2026-02-09 21:14", """Dear Lerato Mokoena,

Thank you for your application for Programme Manager: Infrastructure Delivery (R-0417).

Your application has been received and will be considered against the requirements of the position. Due to the volume of applications, only shortlisted candidates will be contacted.

Sisonke Development Finance Corporation
Talent Acquisition

Please do not reply to this email.""",
      subject="Application received: Programme Manager: Infrastructure Delivery (R-0417)",
      headers=AUTO)
    case.by_key["dfa1"].html = html_of(case.by_key["dfa1"].text)
    case.by_key["dfa1"].html_only = True
    case.thread("dfa1", True, "application", "Sisonke Development Finance Corporation",
                "Workday acknowledgement")

    # ---- Sisonke: HR thread; one promise kept, one (passive) lapsed
    A("dfh1", nokuthula, [me], "2026-02-17 10:30", """Dear Ms Mokoena

Thank you for your interest in the position of Programme Manager: Infrastructure Delivery (R-0417).

The shortlisting panel meets on 25 February 2026 and we will contact shortlisted candidates by 27/02/2026. In the meantime, kindly complete and return the attached candidate declaration form (criminal record and credit check consent).""",
      subject="Programme Manager: Infrastructure Delivery (R-0417) - shortlisting",
      attachments=[("Candidate_Declaration_Form.pdf", "application/pdf", make_pdf([
          "Sisonke Development Finance Corporation",
          "Candidate declaration and consent form",
          "Name: ______________________   ID number: ______________________"]))])
    A("dfh2", me, [nokuthula], "2026-02-17 20:02", """Dear Nokuthula

Thank you. Please find the signed declaration form attached.

Kind regards""", parent="dfh1",
      attachments=[("Declaration_LMokoena_signed.pdf", "application/pdf", make_pdf([
          "Sisonke Development Finance Corporation",
          "Candidate declaration and consent form",
          "Name: Lerato Mokoena  (signed 17/02/2026)"]))])
    A("dfh3", nokuthula, [me], "2026-02-26 15:45", """Dear Lerato

I am pleased to let you know that you have been shortlisted. Mr Themba Sithole, Head: Infrastructure Programmes, will contact you directly to arrange a virtual interview.""",
      parent="dfh2")
    A("dfh4", nokuthula, [me], "2026-03-06 11:05", """Dear Lerato

Thank you for making time for Mr Sithole yesterday.

The Executive Committee will consider the shortlist at its meeting on Thursday 12 March, and a decision will be communicated to all candidates by Friday 13 March 2026.""",
      parent="dfh3")
    case.thread("dfh1", True, "application", "Sisonke Development Finance Corporation",
                "HR thread: 'contact shortlisted candidates by 27/02/2026' kept on 26 Feb; after "
                "the interview, 'a decision will be communicated ... by Friday 13 March' and "
                "nothing since")
    case.promise("dfh1", "dfh1", nokuthula.email, "2026-02-27", answered_by="dfh3")
    case.promise("dfh1", "dfh4", nokuthula.email, "2026-03-13")
    case.expect("callback", "dfh1", nokuthula.email,
                "passive promise 'a decision will be communicated to all candidates by Friday 13 "
                "March' (after the EXCO of 12 March); no word from Sisonke since; due end of Tue "
                "17 March", promised="2026-03-13")

    # ---- Sisonke: the hiring manager's own thread; thanked only before the interview
    A("dft1", themba, [me], "2026-02-27 12:10", """Dear Lerato

Nokuthula will have let you know that you are on the shortlist for the Programme Manager: Infrastructure Delivery role. I would like to meet you over Teams. Could you do Wednesday 4 March at 10:00, or Thursday 5 March at 14:00?""",
      subject="Interview - Programme Manager: Infrastructure Delivery")
    A("dft2", me, [themba], "2026-02-27 14:03", """Good afternoon Mr Sithole

Thank you for getting in touch. Thursday 5 March at 14:00 works well for me.

Kind regards""", parent="dft1")
    A("dft3", themba, [me], "2026-02-27 16:31", """Dear Lerato

This email confirms your video interview with me on Thursday 5 March from 14:00 to 14:45. Please use the Teams link below; there is no need to prepare a presentation, but I will ask you to talk through a programme you have run with several concurrent projects.

""" + teams("sisonke", "266 018 447 530", "aR8vVx"), parent="dft2")
    A("dft4", me, [themba], "2026-02-27 17:12", """Thank you, Mr Sithole. Confirmed, and I look forward to it.

Kind regards""", parent="dft3")
    case.thread("dft1", True, "interview", "Sisonke Development Finance Corporation",
                "'this email confirms your video interview with me on Thursday 5 March from 14:00 "
                "to 14:45' (no ICS); Lerato thanked Themba only before it")
    case.meeting("dft1", at("2026-03-05 14:00"), at("2026-03-05 14:45"), met=[themba.email],
                 what="video interview")
    case.expect("thank_you", "dft1", themba.email,
                "video interview Thu 5 Mar 14:00-14:45 took place; her only 'thank you' was sent "
                "on 27 Feb, before it; overdue since 6 Mar, stale only from 16h45 on 19 March")

    # ---- Steyn & Venter Bouers: a contractor's director, site walk-through
    A("sv1", francois, [me], "2026-03-09 07:50", """Môre Lerato

Riaan tells me you're looking around. We're short a senior PM for the Centurion day hospital and two retail jobs starting mid-year, and I'd rather have someone I've seen deliver than a CV from an agency.

Come walk the hospital site with me this week so you can see how we run things? Any morning except Wednesday.

Groete
Francois

Francois Steyn
Direkteur / Director
Steyn & Venter Bouers (Edms) Bpk
083 555 0291""", subject="Senior PM - Steyn & Venter")
    A("sv2", me, [francois], "2026-03-09 12:30", """Hi Francois

Great to hear from you, it's been a while since the Silverlakes job. I'd like that very much. Would Friday at 10h00 work? I'll take the morning off.

Lerato""", parent="sv1", sig=False)
    A("sv3", francois, [me], "2026-03-09 12:41", """Cool, 10h00 works. Sien jou Vrydag - sign in at the site office on Lenchen Ave, bring boots en hard hat.

F""", parent="sv2")
    A("sv4", me, [francois], "2026-03-13 17:45", """Hi Francois

Thank you for the walk-through this morning, and for being so open about the programme and the snag list on the theatres. It's clear the team respects how you run site.

I'd be keen to hear more about what the role would look like across the hospital and the two retail jobs. I'm reachable on 082 555 0163 any time.

Regards
Lerato""", parent="sv3", sig=False)
    A("sv5", francois, [me], "2026-03-14 08:10", """Dankie Lerato, was lekker om jou weer te sien. Let me chat to Hennie (my partner) and I'll come back to you by Wednesday with a proposal.

F

Sent from my iPhone""", parent="sv4")
    case.thread("sv1", True, "interview", "Steyn & Venter Bouers",
                "site walk-through Fri 13 Mar 10h00 agreed by 'Cool, 10h00 works' (no end given); "
                "thanked that evening; 'I'll come back to you by Wednesday' (18 March)")
    case.meeting("sv1", at("2026-03-13 10:00"), met=[francois.email],
                 thanks={francois.email: "sv4"}, what="site walk-through")
    case.promise("sv1", "sv5", francois.email, "2026-03-18")
    case.forbid("sv1", francois.email,
                "'by Wednesday' (18 March) has passed, but the two business days of grace run to "
                "the end of Fri 20 March; the walk-through was thanked on 13 March")

    # ---- Bongani Zulu: coffee with a former QS colleague now at a developer
    A("bz1", me, [bongani], "2026-03-04 20:10", """Hi Bongi

Long time! I hope you and Zodwa are well.

I'm starting to look at moving to the developer side and would really value your take on how Ridgeback runs its projects. Could I buy you a coffee one morning next week?

Lerato""", subject="Coffee?", sig=False)
    A("bz2", bongani, [me], "2026-03-05 07:15", """Lerato! Yebo, long time. I'm in a site meeting just now, let me check my diary and come back to you now now.""",
      parent="bz1", sig=False)
    A("bz3", bongani, [me], "2026-03-05 16:20", """Sorry, that now now turned into the whole day. Tuesday 10th, 07h00 at Kiln & Crema in Rosebank? I have a site meeting at 08h30 so we'll have an hour.

B""", parent="bz2", sig=False)
    A("bz4", me, [bongani], "2026-03-05 16:34", """Perfect, see you there. Thanks Bongi!

L""", parent="bz3", sig=False)
    A("bz5", bongani, [me], "2026-03-10 13:05", """Great catching up this morning. As promised, Nadia's details: Nadia Smit, Head of Development, nadia.smit@ridgeback.co.za. I've told her to expect a mail from you.

B""", parent="bz4")
    A("bz6", me, [bongani], "2026-03-10 13:40", """Will drop her a line today. Good luck with the slab pour on Thursday!

L""", parent="bz5", sig=False)
    case.thread("bz1", True, "networking", "Ridgeback Property Developments",
                "coffee Tue 10 Mar 07h00-08h00 in Rosebank; 'Thanks Bongi!' only before it; her "
                "reply to his intro after it does not thank him")
    case.meeting("bz1", at("2026-03-10 07:00"), at("2026-03-10 08:00"), met=[bongani.email],
                 what="coffee")
    case.expect("thank_you", "bz1", bongani.email,
                "coffee Tue 10 Mar 07h00-08h00 took place; the only thanks came before it, and "
                "her later reply ('Will drop her a line today') thanks nobody; overdue since 11 Mar")

    # ---- Nadia Smit (Ridgeback): the intro; a future promise
    A("ns1", me, [nadia], "2026-03-10 20:30", """Dear Nadia

Bongani Zulu suggested I get in touch. I'm a senior project manager at Mabena Construction (currently the Menlyn office block) and I'm looking to move to the developer side after twelve years with contractors.

Would you have a quarter of an hour in the next few weeks to tell me how Ridgeback structures its development and project teams? I'd be grateful for any time you can spare.

Kind regards""", subject="Introduction via Bongani Zulu")
    A("ns2", nadia, [me], "2026-03-12 07:40", """Hi Lerato

Happy to. I'm travelling until the 20th, but I'll send you a few times for the week of 23 March once I'm back.

Nadia

Sent from my iPhone""", parent="ns1", sig=False)
    case.thread("ns1", True, "networking", "Ridgeback Property Developments",
                "Lerato asks for a quarter of an hour; Nadia will send times for the week of 23 "
                "March; no meeting yet")
    case.promise("ns1", "ns2", nadia.email, "2026-03-27")
    case.forbid("ns1", nadia.email,
                "promise of times 'for the week of 23 March' is still ahead; no meeting has taken "
                "place")

    # ---- Highveld Yards Developments: Greenhouse ack, coordinator, confirmation; rejection
    A("hya1", greenhouse, [me], "2026-02-20 14:22", """Hi Lerato,

Thanks for applying to the Senior Development Project Manager role at Highveld Yards Developments. Our team will review your application and get back to you if there's a fit.

Best,
Highveld Yards Talent Team""",
      subject="Thank you for applying to Highveld Yards Developments", headers=AUTO)
    case.thread("hya1", True, "application", "Highveld Yards Developments",
                "Greenhouse acknowledgement")
    A("hy1", lindiwe, [me], "2026-03-03 10:02", """Hi Lerato

Thank you for your application for the Senior Development Project Manager role. We'd like to meet you at our offices in Parktown. Could you do one of the following?

Monday 9 March, 11h00
Tuesday 10 March, 15h00

The interview will take about an hour.""",
      subject="Interview invitation - Senior Development Project Manager")
    A("hy2", me, [lindiwe], "2026-03-03 12:15", """Hi Lindiwe

Thank you. Monday 9 March at 11h00, please.

Kind regards""", parent="hy1")
    A("hy3", lindiwe, [me], "2026-03-03 12:40", """Great, you'll get a calendar confirmation from our system shortly. You'll be meeting Mark Jacobs, our Development Director. Parking is in the visitors' bays at the back; just give your name at the boom.""",
      parent="hy2")
    A("hy4", lindiwe, [me], "2026-03-10 09:25", """Hi Lerato

Thanks again for coming in yesterday. Mark is finalising the shortlist for second interviews and we expect to give you feedback by Friday 20 March.""",
      parent="hy3")
    A("hy5", lindiwe, [me], "2026-03-17 11:50", """Hi Lerato

Thank you for your patience and for the time you gave us. Mark has decided to take forward candidates whose experience is more closely aligned with large residential estates, so we won't be inviting you to a second interview on this occasion.

It was a pleasure having you in, and we'd welcome an application from you for future roles.""",
      parent="hy4")
    A("hy6", me, [lindiwe], "2026-03-17 19:20", """Hi Lindiwe

Thank you for letting me know, and for arranging everything so smoothly. I'm disappointed, but I understand. Please do keep me in mind for commercial or mixed-use projects.

Kind regards""", parent="hy5")
    case.thread("hy1", True, "rejection", "Highveld Yards Developments",
                "coordinator set up Mon 9 Mar 11h00 with Mark Jacobs (she did not attend); "
                "'feedback by Friday 20 March' ended early by a gentle rejection on 17 March; "
                "Lerato thanked Lindiwe only")
    case.promise("hy1", "hy4", lindiwe.email, "2026-03-20", ended_by="hy5")
    case.forbid("hy1", lindiwe.email,
                "coordinator who arranged the interview and was not in it; the rejection of 17 "
                "March ended the 'by Friday 20 March' promise")

    hy_ics = make_ics(
        method="REQUEST", uid=uid_uuid("greenhouse-highveld"), stamp=at("2026-03-03 12:44"),
        start=at("2026-03-09 11:00"), end=at("2026-03-09 12:00"),
        summary="Interview: Lerato Mokoena - Senior Development Project Manager",
        organizer=greenhouse,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Parktown - Boardroom 2", "parktown-br2@highveldyards.co.za"), "ACCEPTED",
                    "ROOM")],
        location="Highveld Yards, 3rd floor, 14 Oxford Road, Parktown",
        description="Interviewer: Mark Jacobs (Development Director)\nCoordinator: Lindiwe "
                    "Mthembu", prodid="-//Greenhouse Software//Interview Scheduling//EN")
    A("hyc1", greenhouse, [me], "2026-03-03 12:44", """Hi Lerato,

Your interview for the Senior Development Project Manager role at Highveld Yards Developments is confirmed.

When: Monday, 9 March 2026, 11:00 - 12:00 (SAST)
Where: Highveld Yards, 3rd floor, 14 Oxford Road, Parktown (Boardroom 2)

You'll be meeting with:
Mark Jacobs, Development Director - mark.jacobs@highveldyards.co.za

If you need to reschedule, please reply to Lindiwe Mthembu (lindiwe.mthembu@highveldyards.co.za).

Good luck!""",
      subject="Interview Confirmation: Senior Development Project Manager at Highveld Yards",
      ics=hy_ics, ics_mode="attach", headers=AUTO, reply_to=lindiwe)
    case.thread("hyc1", True, "interview", "Highveld Yards Developments",
                "Greenhouse confirmation (no-reply organizer, room attendee) naming Mark Jacobs "
                "with his address in the text; interview Mon 9 Mar 11h00-12h00 never thanked")
    case.meeting("hyc1", at("2026-03-09 11:00"), at("2026-03-09 12:00"),
                 met=["mark.jacobs@highveldyards.co.za"], what="onsite interview")
    case.expect("thank_you", "hyc1", "mark.jacobs@highveldyards.co.za",
                "interview Mon 9 Mar 11h00-12h00 took place; Mark never thanked; the rejection of "
                "17 March ends callbacks, not a thank-you owed; overdue since 10 Mar 12h00")
    case.forbid("hyc1", greenhouse.email, "automated scheduler sender and ICS organizer")

    # ---- BuildPeople SA: a no-show, a move, a call thanked, a promise kept
    A("bp1", kobus, [me], "2026-02-18 10:05", """Hi Lerato

I hope you're well. I'm recruiting a Programme Manager for a national retailer's store rollout (40+ stores a year, JHB head office). Your retail background at Mabena caught my eye.

Could we have a quick catch-up call on Teams? I'll send an invite for Tuesday 24 Feb at 15h00 unless you tell me otherwise.""",
      subject="Programme Manager - national retail rollout (JHB)")
    A("bp2", me, [kobus], "2026-02-18 12:20", """Hi Kobus

Thanks for reaching out. Tuesday 24 Feb at 15h00 is fine.

Regards""", parent="bp1")
    A("bp3", me, [kobus], "2026-02-24 15:17", """Hi Kobus

I'm on the Teams link but don't see you - are we still on?

Lerato""", parent="bp2", sig=False)
    A("bp4", kobus, [me], "2026-02-24 16:45", """Lerato, I'm so sorry - I got stuck in a client meeting that ran over and my phone was on silent. Can we try Thursday 26th at 08h30 instead? I'll update the invite.""",
      parent="bp3")
    A("bp5", me, [kobus], "2026-02-24 17:02", """No stress. Thursday 08h30 works.

L""", parent="bp4", sig=False)
    A("bp6", me, [kobus], "2026-02-26 10:15", """Hi Kobus

Thank you for this morning's call. The rollout sounds like a good fit for the retail programmes I ran in Limpopo, and I'm happy for you to present me.

Regards""", parent="bp4")
    A("bp7", kobus, [me], "2026-02-26 11:02", """Thanks Lerato, will do. The client interviews in batches; I'll have feedback for you within two weeks.""",
      parent="bp6")
    A("bp8", kobus, [me], "2026-03-10 14:30", """Hi Lerato

As promised, an update: the client has put the programme manager hire on hold until after their year-end in April. Frustrating, I know. I'll let you know as soon as it's live again.""",
      parent="bp7")
    case.thread("bp1", True, "recruiter", "BuildPeople SA",
                "Teams catch-up Tue 24 Feb 15h00: Kobus did not show; moved to Thu 26 Feb 08h30 "
                "and held; thanked the same morning; 'within two weeks' kept on 10 March (role "
                "on hold)")
    bp_ics = make_ics(
        method="REQUEST", uid=uid_outlook("buildpeople-catchup"), stamp=at("2026-02-18 12:41"),
        start=at("2026-02-24 15:00"), end=at("2026-02-24 15:30"),
        summary="Catch-up call: Lerato Mokoena / Kobus Nel (BuildPeople)", organizer=kobus,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="South Africa Standard Time",
        location="Microsoft Teams Meeting",
        description=teams("buildpeople", "418 220 731 665", "Bp3Wq7"), prodid=EXCH_SRV)
    A("bpi1", kobus, [me], "2026-02-18 12:41", teams("buildpeople", "418 220 731 665", "Bp3Wq7"),
      subject="Catch-up call: Lerato Mokoena / Kobus Nel (BuildPeople)", ics=bp_ics,
      ics_mode="outlook", sig=False)
    bp_ics2 = make_ics(
        method="REQUEST", uid=uid_outlook("buildpeople-catchup"), stamp=at("2026-02-24 16:50"),
        start=at("2026-02-26 08:30"), end=at("2026-02-26 09:00"),
        summary="Catch-up call: Lerato Mokoena / Kobus Nel (BuildPeople)", organizer=kobus,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="South Africa Standard Time",
        location="Microsoft Teams Meeting", sequence=1,
        description=teams("buildpeople", "418 220 731 665", "Bp3Wq7"), prodid=EXCH_SRV)
    A("bpi2", kobus, [me], "2026-02-24 16:50",
      "Moved to Thursday, sorry again!\n\n" + teams("buildpeople", "418 220 731 665", "Bp3Wq7"),
      subject="Catch-up call: Lerato Mokoena / Kobus Nel (BuildPeople)", parent="bpi1",
      quote=False, ics=bp_ics2, ics_mode="outlook", sig=False)
    case.thread("bpi1", True, "recruiter", "BuildPeople SA",
                "Teams invite for Tue 24 Feb 15h00 and its update to Thu 26 Feb 08h30 (SEQUENCE 1)")
    case.meeting("bpi1", at("2026-02-24 15:00"), at("2026-02-24 15:30"), met=[],
                 status="no-show", what="recruiter did not join")
    case.meeting("bpi1", at("2026-02-26 08:30"), at("2026-02-26 09:00"), met=[kobus.email],
                 thanks={kobus.email: "bp6"}, what="Teams catch-up call")
    case.promise("bp1", "bp7", kobus.email, "2026-03-12", answered_by="bp8")
    case.forbid("bpi1", kobus.email,
                "first call was a no-show by Kobus; the moved call of 26 Feb was thanked that "
                "morning; his 'within two weeks' was kept on 10 March")

    # ---- Tswelopele Mining: a quarter of an hour on someone's field
    A("tm1", me, [refilwe], "2026-03-05 19:25", """Dear Dr Moagi

Mpho Sebe from the PMI Johannesburg chapter suggested I contact you. I'm a senior project manager with twelve years in commercial construction, and I'm exploring a move into owner's-team project and programme management in mining.

Would you be willing to give me fifteen minutes of your time on how growth projects are governed at Tswelopele, and what mining houses look for in people coming from the building side? I'd be very grateful.

Kind regards""", subject="Fifteen minutes on owner's-team programme management?")
    A("tm2", refilwe, [me], "2026-03-06 13:10", """Dear Lerato

Mpho speaks highly of you. I can do Monday 16 March at 12h30; I'll call you on the number in your signature.

Regards
Refilwe""", parent="tm1", sig=False)
    A("tm3", me, [refilwe], "2026-03-06 14:02", """Dear Dr Moagi

Thank you so much, Monday 16 March at 12h30 is perfect.

Kind regards""", parent="tm2")
    A("tm4", me, [refilwe], "2026-03-16 15:05", """Dear Refilwe

Thank you for the call at lunchtime, and for being so generous with your time. Your point about stage-gate discipline and how the owner's team holds the EPCM contractor to the control budget was exactly what I needed to hear.

I'll follow up on the AACE courses you mentioned and let you know how I get on.

Kind regards""", parent="tm3")
    A("tm5", refilwe, [me], "2026-03-16 16:48", """Pleasure, Lerato. Good luck, and do keep in touch.

Refilwe""", parent="tm4", sig=False)
    case.thread("tm1", True, "networking", "Tswelopele Mining",
                "Lerato asked for fifteen minutes; call Mon 16 Mar 12h30 (no end given) thanked "
                "that afternoon (a 'thank you' before it does not count, the later one does)")
    case.meeting("tm1", at("2026-03-16 12:30"), met=[refilwe.email],
                 thanks={refilwe.email: "tm4"}, what="informational phone call")
    case.forbid("tm1", refilwe.email,
                "call on Mon 16 March thanked the same afternoon at 15h05; nothing promised")

    # ---- Orion Resources plc (London): a call set in GMT; one note to both interviewers
    A("or1", sophie, [me], "2026-03-09 09:30", """Dear Lerato

I'm writing on behalf of Graham Whitfield, Group Head of Projects at Orion Resources. Graham and Lwazi Dube, our Country Manager for South Africa, would like to speak with you about the Programme Manager role for our Northern Cape manganese expansion.

Would Tuesday 17 March at 11:00 GMT (13:00 in Johannesburg) suit you? The call will be on Zoom and should take about 45 minutes.""",
      subject="Orion Resources - Programme Manager, Northern Cape")
    A("or2", me, [sophie], "2026-03-09 13:05", """Dear Sophie

Thank you for getting in touch. Tuesday 17 March at 11:00 GMT (13:00 SAST) suits me well.

Kind regards""", parent="or1")
    A("or3", sophie, [me], "2026-03-09 12:20", """Lovely, thank you Lerato. You'll have the invitation shortly.""",
      parent="or2")
    case.thread("or1", True, "interview", "Orion Resources plc",
                "Graham's EA sets up a Zoom on Tue 17 Mar at 11:00 GMT (13:00 SAST); she is not "
                "on the call")
    case.forbid("or1", sophie.email,
                "executive assistant who arranged the call and did not attend it")

    or_ics = make_ics(
        method="REQUEST", uid=uid_outlook("orion-zoom"), stamp=at("2026-03-09 12:26", sophie),
        start=at("2026-03-17 11:00", sophie), end=at("2026-03-17 11:45", sophie),
        summary="Orion Resources | Lerato Mokoena - Programme Manager, Northern Cape",
        organizer=sophie,
        attendees=[(graham, "ACCEPTED", "INDIVIDUAL"), (lwazi, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="GMT Standard Time", location="https://orionresources.zoom.us/j/84412937710",
        description="Meeting arranged by Sophie Clarke on behalf of Graham Whitfield.\n\n"
                    "Join Zoom Meeting\nhttps://orionresources.zoom.us/j/84412937710?pwd=Yk3"
                    "bQm2\nMeeting ID: 844 1293 7710\nPasscode: 520671",
        prodid=EXCH_SRV)
    A("ori1", sophie, [me, graham, lwazi], "2026-03-09 12:26",
      """Meeting arranged by Sophie Clarke on behalf of Graham Whitfield.

Join Zoom Meeting
https://orionresources.zoom.us/j/84412937710?pwd=Yk3bQm2
Meeting ID: 844 1293 7710
Passcode: 520671""",
      subject="Orion Resources | Lerato Mokoena - Programme Manager, Northern Cape",
      ics=or_ics, ics_mode="outlook", sig=False)
    case.thread("ori1", True, "interview", "Orion Resources plc",
                "Outlook invite in 'GMT Standard Time' with a Zoom link: Graham and Lwazi "
                "attending, organised by the EA; call Tue 17 Mar 13:00-13:45 SAST")
    case.meeting("ori1", at("2026-03-17 13:00"), at("2026-03-17 13:45"),
                 met=[graham.email, lwazi.email],
                 thanks={graham.email: "ot1", lwazi.email: "ot1"}, what="Zoom interview")
    case.forbid("ori1", lwazi.email,
                "thanked by the one note of 17 March 17h40 to Graham (To) and Lwazi (Cc), which "
                "satisfies each (the lint may flag it)")

    A("ot1", me, [graham], "2026-03-17 17:40", """Dear Graham, dear Lwazi

Thank you both for your time this afternoon. I enjoyed hearing how the manganese expansion is being phased, and the discussion on building an owner's team in Kathu from a standing start.

What I would bring to the programme:
- twelve years delivering construction projects in South Africa, including remote sites in Limpopo;
- disciplined cost and schedule control reported to board level;
- experience building and leading multi-disciplinary teams from scratch.

I remain very interested and will be in touch with Sophie in a fortnight if I can add anything.

Kind regards""", subject="Thank you - Programme Manager, Northern Cape", cc=[lwazi])
    A("ot2", graham, [me], "2026-03-18 09:15", """Thank you, Lerato - we enjoyed it too. We're speaking to a few more people over the coming days and will be in touch within the next couple of weeks.

Best wishes
Graham""", parent="ot1", cc=[lwazi], sig=False)
    case.thread("ot1", True, "interview", "Orion Resources plc",
                "one thank-you note to Graham and Lwazi; Graham: 'in touch within the next couple "
                "of weeks' (to about 1 April), still ahead")
    case.promise("ot1", "ot2", graham.email, "2026-04-01")

    # ---- Muvhango Property Fund: a conversation moved later, still ahead
    A("mv1", thabo, [me], "2026-03-06 10:40", """Hi Lerato

I came across your profile through the PMI chapter directory. Would you be open to a 30-minute conversation about a Senior Project Manager opening on our Midrand logistics park? I've sent a calendar hold for Tuesday 17/03 at 15h00 - let me know if that doesn't work.""",
      subject="Senior Project Manager conversation - Muvhango Property Fund")
    A("mv2", me, [thabo], "2026-03-06 12:05", """Hi Thabo

Thank you, I'd be glad to. Tuesday 17 March at 15h00 is fine.

Kind regards""", parent="mv1")
    A("mv3", thabo, [me], "2026-03-16 17:10", """Hi Lerato

Apologies, something has come up with our investment committee tomorrow afternoon. Could we move to Monday 23/03 at 09h00?""",
      parent="mv2")
    A("mv4", me, [thabo], "2026-03-16 18:02", "Monday works.", parent="mv3")
    case.thread("mv1", True, "interview", "Muvhango Property Fund",
                "conversation set for Tue 17 Mar 15h00, moved by the recruiter to Mon 23 Mar 09h00 "
                "('Monday works.'); still ahead at now")
    case.meeting("mv1", at("2026-03-17 15:00"), at("2026-03-17 15:30"), met=[thabo.email],
                 status="moved", what="moved to Mon 23 Mar")
    case.meeting("mv1", at("2026-03-23 09:00"), at("2026-03-23 09:30"), met=[thabo.email],
                 status="scheduled", what="conversation")
    case.forbid("mv1", thabo.email,
                "call moved from Tue 17 March 15h00 to Mon 23 March 09h00, still in the future")

    mv_desc = ("30-minute conversation about the Senior Project Manager role (Midrand logistics "
               "park).\nJoining info: meet.google.com/xqv-kdbm-tre")
    mv_ics = make_ics(
        method="REQUEST", uid=uid_google("muvhango-conv"), stamp=at("2026-03-06 10:42"),
        start=at("2026-03-17 15:00"), end=at("2026-03-17 15:30"),
        summary="Lerato Mokoena / Thabo Molefe - Senior PM conversation", organizer=thabo_cal,
        attendees=[(thabo_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=JHB, location="Google Meet", description=mv_desc)
    A("mvi1", thabo_cal, [me], "2026-03-06 10:42", """Thabo Molefe has invited you to an event.

Lerato Mokoena / Thabo Molefe - Senior PM conversation
When: Tuesday 17 Mar 2026 15:00 - 15:30 (South Africa Standard Time - Johannesburg)
Joining info: meet.google.com/xqv-kdbm-tre
Organiser: thabo.molefe@muvhangofund.co.za

Invitation from Google Calendar""",
      subject="Invitation: Lerato Mokoena / Thabo Molefe - Senior PM conversation @ Tue 17 Mar 2026 15:00 - 15:30 (SAST) (lerato.mokoena@example.co.za)",
      ics=mv_ics, headers=GCAL, sig=False)
    case.thread("mvi1", True, "interview", "Muvhango Property Fund",
                "Google Calendar invitation for the original Tue 17 Mar 15h00 slot")
    mv_ics2 = make_ics(
        method="REQUEST", uid=uid_google("muvhango-conv"), stamp=at("2026-03-16 18:20"),
        start=at("2026-03-23 09:00"), end=at("2026-03-23 09:30"),
        summary="Lerato Mokoena / Thabo Molefe - Senior PM conversation", organizer=thabo_cal,
        attendees=[(thabo_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=JHB, location="Google Meet", description=mv_desc, sequence=1)
    A("mvi2", thabo_cal, [me], "2026-03-16 18:20", """This event has been updated.

Changed: time
Lerato Mokoena / Thabo Molefe - Senior PM conversation
When: Monday 23 Mar 2026 09:00 - 09:30 (South Africa Standard Time - Johannesburg)
Joining info: meet.google.com/xqv-kdbm-tre

Invitation from Google Calendar""",
      subject="Updated invitation: Lerato Mokoena / Thabo Molefe - Senior PM conversation @ Mon 23 Mar 2026 09:00 - 09:30 (SAST) (lerato.mokoena@example.co.za)",
      ics=mv_ics2, headers=GCAL, sig=False)
    case.thread("mvi2", True, "interview", "Muvhango Property Fund",
                "Google Calendar update moving the conversation to Mon 23 Mar 09h00")

    # ---- Kestrel Engineering & Projects: interview cancelled (filled internally)
    A("ke1", megan, [me], "2026-03-04 11:30", """Dear Lerato

Thank you for your application for the Senior Project Manager: Infrastructure position. We would like to invite you to an interview on Microsoft Teams on Thursday 12 March at 14h00 with our Projects Director, Dirk Human, and me. An invitation will follow.

Please confirm your availability.""",
      subject="Interview - Senior Project Manager: Infrastructure")
    A("ke2", me, [megan], "2026-03-04 13:10", """Dear Megan

Thank you, I confirm Thursday 12 March at 14h00.

Kind regards""", parent="ke1")
    A("ke3", megan, [me], "2026-03-11 10:05", """Dear Lerato

I'm sorry to let you know at such short notice that we have cancelled tomorrow's interview: the position has been filled by an internal candidate. We apologise for the inconvenience and will keep your CV on file for future infrastructure roles.""",
      parent="ke2")
    A("ke4", me, [megan], "2026-03-11 12:40", """Dear Megan

Thank you for letting me know. I'd be glad to be considered for future roles.

Kind regards""", parent="ke3")
    case.thread("ke1", True, "rejection", "Kestrel Engineering & Projects",
                "Teams interview Thu 12 Mar 14h00 cancelled the day before: filled internally")
    ke_args = dict(uid=uid_outlook("kestrel-interview"), start=at("2026-03-12 14:00"),
                   end=at("2026-03-12 15:00"),
                   summary="Interview: Lerato Mokoena - Senior Project Manager: Infrastructure",
                   organizer=megan, tzid="South Africa Standard Time",
                   location="Microsoft Teams Meeting", prodid=EXCH_SRV)
    dirk = ("Dirk Human", "dirk.human@kestrelep.co.za")
    A("kei1", megan, [me], "2026-03-04 14:02",
      teams("kestrel", "392 554 110 087", "Kq8RtL"),
      subject="Interview: Lerato Mokoena - Senior Project Manager: Infrastructure",
      ics=make_ics(method="REQUEST", stamp=at("2026-03-04 14:02"),
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (dirk, "ACCEPTED", "INDIVIDUAL")],
                   description=teams("kestrel", "392 554 110 087", "Kq8RtL"), **ke_args),
      ics_mode="outlook", sig=False)
    case.thread("kei1", True, "interview", "Kestrel Engineering & Projects",
                "Teams invitation for Thu 12 Mar 14h00 with Megan and Dirk Human")
    case.meeting("kei1", at("2026-03-12 14:00"), at("2026-03-12 15:00"),
                 met=[megan.email, dirk[1]], status="cancelled", what="cancelled interview")
    case.forbid("kei1", megan.email, "interview cancelled on 11 March (ICS CANCEL); it never "
                "took place")
    A("kec1", megan, [me], "2026-03-11 10:07", "The position has been filled. Apologies.",
      subject="Canceled: Interview: Lerato Mokoena - Senior Project Manager: Infrastructure",
      ics=make_ics(method="CANCEL", stamp=at("2026-03-11 10:07"), sequence=1,
                   status="CANCELLED",
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (dirk, "ACCEPTED", "INDIVIDUAL")],
                   **ke_args),
      ics_mode="outlook", sig=False)
    case.thread("kec1", True, "interview", "Kestrel Engineering & Projects",
                "ICS CANCEL for the Thu 12 Mar interview")

    # ====================================================================================
    # NOT JOB SEARCH
    # ====================================================================================

    # ---- BuildJobs SA alerts (job words, owe nothing)
    def alert(key, when, n, rows):
        body = "Hi Lerato,\n\n%d new jobs match your alert 'Senior Project Manager - Gauteng':\n\n" % n
        body += "\n\n".join(rows)
        body += ("\n\nApply now and stand out: employers are reviewing applications daily.\n\n"
                 "Manage alerts: https://www.buildjobs.co.za/alerts | Unsubscribe\n"
                 "BuildJobs SA, Woodmead")
        A(key, buildjobs, [me], when, body,
          subject="%d new jobs for 'Senior Project Manager - Gauteng'" % n,
          headers=dict(bulk_headers("<alerts.buildjobs.co.za>",
                                    "https://www.buildjobs.co.za/unsub/lm"), **AUTO))
        case.by_key[key].html = html_of(body)
        case.by_key[key].html_only = True
        case.thread(key, False, None, "BuildJobs SA",
                    "job-board alert: full of job words, owes nothing")
    alert("bj1", "2026-02-23 06:00", 9, [
        "Senior Project Manager - Commercial (Sandton) | R1.2m - R1.5m CTC | Posted 2 days ago",
        "Programme Manager - Mining Capital Projects (Rustenburg) | Market related",
        "Project Manager - Data Centre Fit-out (Midrand) | 12-month contract"])
    alert("bj2", "2026-03-09 06:00", 14, [
        "Senior PM - Owner's Team, Coal (Emalahleni) | Interviews this month",
        "Programme Manager: Infrastructure (DFI, Midrand) | Closing 20/03/2026",
        "Construction Project Manager - Retail (Pretoria East)"])
    alert("bj3", "2026-03-16 06:00", 7, [
        "Senior Project Manager - Healthcare (Centurion) | Immediate start",
        "Project Director - Mixed-use Precinct (Rosebank)"])

    # ---- Load-shedding notices
    def shed(key, when, stage, rows):
        body = ("LoadWatch alert for Fourways (Block 12)\n\nEskom has announced Stage %d load "
                "shedding.\n\n%s\n\nSchedules may change at short notice. Stay safe.\n\n"
                "You are receiving this because you follow Block 12 in the LoadWatch app."
                % (stage, rows))
        A(key, loadwatch, [me], when, body,
          subject="Stage %d load shedding - Fourways (Block 12)" % stage,
          headers=dict(bulk_headers("<alerts.loadwatch.co.za>",
                                    "https://loadwatch.co.za/u/b12"), **AUTO))
        case.thread(key, False, None, "LoadWatch", "load-shedding schedule notice")
    shed("ls1", "2026-02-12 15:02", 2,
         "Today: 18:00 - 20:30\nTomorrow: 02:00 - 04:30 and 18:00 - 20:30")
    shed("ls2", "2026-03-01 09:40", 4,
         "Today: 10:00 - 12:30 and 20:00 - 22:30\nMonday 02/03: 04:00 - 06:30 and 12:00 - 14:30")
    shed("ls3", "2026-03-16 11:15", 2, "Tomorrow (Tue 17/03): 14:00 - 16:30")

    # ---- Body corporate
    A("bc1", agent, [me], "2026-03-02 08:05", """Dear Owner

Please find attached your levy statement for March 2026 (Unit 17). The monthly levy of R2 845.00 is payable on or before the 7th. Please use your unit number as reference.""",
      subject="Jacaranda Ridge - Levy statement March 2026 - Unit 17",
      attachments=[("Levy_Statement_Unit17_Mar2026.pdf", "application/pdf", make_pdf([
          "Jacaranda Ridge Body Corporate - Levy statement", "Unit 17 - March 2026",
          "Levy: R2 845.00   Due: 07/03/2026"]))])
    case.thread("bc1", False, None, "Jacaranda Ridge Body Corporate", "levy statement")
    A("bc2", agent, [me], "2026-03-03 14:30", """Dear Residents

Please note that Johannesburg Water will be replacing a valve on Cedar Road. Water will be off on Thursday 05/03/2026 from 08h00 to 16h00. Please store water for the day.

Apologies for the inconvenience.""", subject="Water interruption - Thursday 05/03")
    case.thread("bc2", False, None, "Jacaranda Ridge Body Corporate", "water outage notice")
    A("bc3", agent, [me], "2026-03-04 16:10", """Dear Owners

Notice is hereby given of the Annual General Meeting of the Jacaranda Ridge Body Corporate, to be held on Wednesday 25 March 2026 at 18h30 in the clubhouse.

The agenda, audited financial statements, draft budget and proxy form are attached. Owners who cannot attend are kindly requested to return their proxies by 23 March.""",
      subject="Notice of AGM - Jacaranda Ridge Body Corporate - 25 March 2026",
      attachments=[("JR_AGM_pack_2026.pdf", "application/pdf", make_pdf([
          "Jacaranda Ridge Body Corporate - AGM 25 March 2026 18h30",
          "1. Welcome  2. Quorum  3. Minutes  4. Financials  5. Budget  6. Trustees"]))])
    A("bc4", gert, [agent, me], "2026-03-04 19:22", """Evening all

Can we please add the pool pump and the guardhouse boom to the agenda? The boom has been broken for three weeks now.

Gert (Unit 4)""", parent="bc3", sig=False)
    A("bc5", me, [agent], "2026-03-05 07:10", """Good morning

Thank you for the AGM pack. I'll attend in person. I support adding the boom to the agenda.

Lerato Mokoena (Unit 17)""", parent="bc4", sig=False)
    case.thread("bc3", False, None, "Jacaranda Ridge Body Corporate",
                "AGM notice for Wed 25 March 18h30 (ahead), a neighbour's reply-all")
    case.meeting("bc3", at("2026-03-25 18:30"), at("2026-03-25 20:30"), status="scheduled",
                 job=False, what="body corporate AGM")

    # ---- School
    A("sc1", school, [me], "2026-02-10 07:30", """Dear Parent/Guardian

Please find attached the school fee statement for Naledi Mokoena (Grade 4B). The balance of R6 420.00 is due by 28 February 2026.

Banking details: Parkhurst Ridge Primary, Kopano Bank, account 62 555 0144 88. Reference: MOK004.""",
      subject="School fee statement - February 2026 - Naledi Mokoena (4B)", headers=AUTO,
      attachments=[("Statement_MOK004_Feb2026.pdf", "application/pdf", make_pdf([
          "Parkhurst Ridge Primary - Fee statement", "Naledi Mokoena (4B) - ref MOK004",
          "Balance due 28/02/2026: R6 420.00"]))])
    case.thread("sc1", False, None, "Parkhurst Ridge Primary", "school fee statement")
    A("sc2", teacher, [me], "2026-02-19 14:05", """Dear Grade 4B parents

You are invited to our Term 1 parents' evening on Thursday 26 February at 18h00 in the school hall, followed by short one-on-one conversations in the classroom.

Please reply to let me know if you will attend.

Kind regards
Mrs A. van der Berg
Grade 4B""", subject="Grade 4B parents' evening - Thursday 26 February")
    A("sc3", me, [teacher], "2026-02-19 19:40", """Dear Mrs van der Berg

Thank you for the invitation, I'll be there.

Lerato Mokoena (Naledi's mom)""", parent="sc2", sig=False)
    A("sc4", teacher, [me], "2026-02-27 08:15", """Dear Ms Mokoena

Thank you for coming last night. As discussed, here is the reading log Naledi can use over the holidays.

Kind regards
Mrs A. van der Berg""", parent="sc3", attachments=[("Reading_log_Gr4.pdf", "application/pdf",
                                                     make_pdf(["Grade 4 reading log",
                                                               "Title / pages / parent signature"]))])
    case.thread("sc2", False, None, "Parkhurst Ridge Primary",
                "parents' evening Thu 26 Feb 18h00 (not a job meeting)")
    case.meeting("sc2", at("2026-02-26 18:00"), at("2026-02-26 19:30"), met=[teacher.email],
                 job=False, what="parents' evening")
    A("sc5", schooloffice, [me], "2026-03-11 12:00", """Dear Parents

Reminder: Friday 13 March is civvies day in aid of the Grade 7 camp. R20 per learner, please send cash in a marked envelope.

Parkhurst Ridge Primary""", subject="Civvies day this Friday (R20)")
    case.thread("sc5", False, None, "Parkhurst Ridge Primary", "civvies day reminder")

    # ---- Medical aid
    A("md1", medaid, [me], "2026-02-27 18:33", """Dear Lerato Mokoena

We have processed a claim for your membership 8815502.

Provider: Dr R. Naidoo Inc.   Date of service: 19/02/2026
Amount claimed: R 780.00   Paid from day-to-day benefits: R 780.00

Log in to the member portal for your full claims history.""",
      subject="Claim processed - membership 8815502", headers=AUTO)
    case.by_key["md1"].html = html_of(case.by_key["md1"].text)
    case.by_key["md1"].html_only = True
    case.thread("md1", False, None, "Sentinel Medical Scheme", "claim notice")
    A("md2", medaid, [me], "2026-03-09 05:12", """Dear Lerato Mokoena

Your benefit statement for February 2026 is ready. Day-to-day benefits remaining: R 9 210.00. Medical savings account: R 4 605.50.

Sentinel Medical Scheme""", subject="Your February benefit statement", headers=AUTO)
    case.by_key["md2"].html = html_of(case.by_key["md2"].text)
    case.by_key["md2"].html_only = True
    case.thread("md2", False, None, "Sentinel Medical Scheme", "benefit statement")

    # ---- Doctor: appointment (ICS PUBLISH) and a promise that is not job search
    dr_ics = make_ics(
        method="PUBLISH", uid=uid_uuid("drnaidoo-appt"), stamp=at("2026-03-06 09:10"),
        start=at("2026-03-10 15:30"), end=at("2026-03-10 15:50"),
        summary="Appointment: Dr R. Naidoo", organizer=doctor, tzid=JHB,
        location="Shop 12, Cedar Square, Fourways", prodid="-//MedDiary//Practice 5.2//EN")
    A("dr1", doctor, [me], "2026-03-06 09:10", """Dear Ms Mokoena

This confirms your follow-up appointment with Dr Naidoo on Tuesday 10/03/2026 at 15h30. Please bring your medical aid card. Kindly give 24 hours' notice if you need to cancel.""",
      subject="Appointment confirmation - Tue 10/03/2026 15h30", ics=dr_ics, ics_mode="publish")
    A("dr2", doctor, [me], "2026-03-10 17:05", """Dear Ms Mokoena

Dr Naidoo has sent your bloods to the lab. He will phone you with the results by Friday 13 March.""",
      parent="dr1")
    A("dr3", doctor, [me], "2026-03-12 16:40", """Dear Ms Mokoena

Dr Naidoo asked us to let you know your results are all within normal range; no further action is needed. He'll see you again in six months.""",
      parent="dr2")
    case.thread("dr1", False, None, "Dr R. Naidoo Inc.",
                "GP follow-up Tue 10 Mar 15h30 (ICS PUBLISH); results 'by Friday 13 March', "
                "sent on the 12th")
    case.meeting("dr1", at("2026-03-10 15:30"), at("2026-03-10 15:50"), met=[doctor.email],
                 job=False, what="GP appointment")
    case.promise("dr1", "dr2", doctor.email, "2026-03-13", job=False)
    case.forbid("dr1", doctor.email,
                "doctor's practice, not job search: neither the appointment nor the results "
                "promise calls for a follow-up")

    # ---- Church home group
    A("ch1", thandi, [me, grace], "2026-03-08 18:20", """Hi ladies

Home group is at mine this Wednesday (11th) at 19h00. We're on Ruth chapter 2. Please bring a plate if you can.

Also: I'm still waiting on the church office about the venue for the Easter outreach. I'll confirm by Friday.

Love
Thandi""", subject="Home group Wednesday + Easter outreach")
    A("ch2", grace, [thandi, me], "2026-03-08 19:02", """I'll bring milk tart! See you Wednesday.

Grace""", parent="ch1", sig=False)
    A("ch3", me, [thandi, grace], "2026-03-08 20:15", """I'll bring rusks and a flask of rooibos. See you both on Wednesday xx

L""", parent="ch2", sig=False)
    A("ch4", thandi, [me, grace], "2026-03-13 12:30", """Confirmed: the Easter outreach will be at the Diepsloot community hall, Saturday 4 April from 09h00. More details at home group.

T""", parent="ch3", sig=False)
    case.thread("ch1", False, None, "St Mark's Fourways home group",
                "church home group Wed 11 Mar 19h00; Thandi's 'confirm by Friday' kept")
    case.meeting("ch1", at("2026-03-11 19:00"), at("2026-03-11 21:00"), met=[thandi.email],
                 job=False, what="church home group")
    case.promise("ch1", "ch1", thandi.email, "2026-03-13", job=False)

    # ---- Braai invitation
    A("br1", palesa, [me], "2026-03-14 10:05", """Hey hey!

Braai at ours next Saturday (21st) from 13h00. Bring the kids, bring a chair, bring a salad if you feel like it. Tumi is doing his famous lamb chops.

P xx""", subject="Braai Sat 21st!")
    A("br2", me, [palesa], "2026-03-14 11:30", """Yay, count us in! I'll bring a potato salad and Naledi is already asking if the dogs will be there.

L xx""", parent="br1", sig=False)
    A("br3", palesa, [me], "2026-03-14 11:41", "Lekker! The dogs are very much invited 🐶",
      parent="br2")
    case.thread("br1", False, None, None, "friend's braai on Sat 21 March, ahead")
    case.meeting("br1", at("2026-03-21 13:00"), at("2026-03-21 18:00"), status="scheduled",
                 job=False, what="braai")

    # ---- Current job: weekly site progress meeting (series), minutes, hiring-side interview
    site_ics = make_ics(
        method="REQUEST", uid=uid_outlook("menlyn-site-series"), stamp=at("2026-02-06 11:20"),
        start=at("2026-02-10 09:00"), end=at("2026-02-10 11:00"),
        summary="Menlyn Office Block - Weekly Site Progress Meeting", organizer=melissa,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL"),
                   (("Menlyn Site Office - Boardroom", "menlyn-siteoffice@mabena.co.za"),
                    "ACCEPTED", "RESOURCE")],
        tzid="South Africa Standard Time", location="Site office, Menlyn (Atterbury Rd)",
        rrule="FREQ=WEEKLY;UNTIL=20260630T070000Z;INTERVAL=1;BYDAY=TU;WKST=MO",
        description="Standing agenda: H&S, programme, RFIs, variations, procurement, QA.",
        prodid=EXCH_SRV)
    A("ws1", melissa, [me], "2026-02-06 11:20",
      "Standing agenda: H&S, programme, RFIs, variations, procurement, QA.\n\n"
      "Lerato, sending to your personal address as well since your laptop is in for repairs.",
      subject="Menlyn Office Block - Weekly Site Progress Meeting", ics=site_ics,
      ics_mode="outlook", sig=False)
    case.thread("ws1", False, None, "Mabena Construction",
                "current job: weekly site progress meeting series (Tuesdays 09h00-11h00)")
    for day in ("2026-02-10", "2026-02-17", "2026-02-24", "2026-03-03", "2026-03-10",
                "2026-03-17"):
        case.meeting("ws1", at(day + " 09:00"), at(day + " 11:00"), met=[melissa.email],
                     job=False, what="site progress meeting")
    case.meeting("ws1", at("2026-03-24 09:00"), at("2026-03-24 11:00"), status="scheduled",
                 job=False, what="site progress meeting")
    A("wm1", melissa, [me], "2026-03-10 15:40", """Hi Lerato

Attached are the draft minutes of today's site meeting (No. 23) for your review before I circulate to the professional team.

Mel""", subject="Draft minutes - Site Progress Meeting No. 23 - 10/03/2026",
      attachments=[("Minutes_SPM23_draft.pdf", "application/pdf", make_pdf([
          "Menlyn Office Block - Site Progress Meeting No. 23 - 10/03/2026",
          "1. H&S: no LTIs  2. Programme: level 6 slab 3 days behind  3. RFIs 41-44 open"]))])
    A("wm2", me, [melissa], "2026-03-10 18:10", """Thanks Mel, one correction: item 2.3 should say the façade contractor commits to recovering the three days by the end of April, not March. Otherwise good to go.

L""", parent="wm1", sig=False)
    case.thread("wm1", False, None, "Mabena Construction", "current job: site meeting minutes")

    mi_ics = make_ics(
        method="REQUEST", uid=uid_outlook("mabena-site-engineer"), stamp=at("2026-03-09 08:45"),
        start=at("2026-03-12 10:00"), end=at("2026-03-12 11:00"),
        summary="Interview: Site Engineer - Kagiso Mahlaba", organizer=refiloe,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Kagiso Mahlaba", "kagiso.mahlaba@example.com"), "ACCEPTED", "INDIVIDUAL")],
        tzid="South Africa Standard Time", location="Microsoft Teams Meeting",
        description="Panel: Lerato Mokoena (Senior PM), Refiloe Dlamini (HR). Candidate CV "
                    "attached to the vacancy folder.\n" + teams("mabena", "505 118 230 442",
                                                                 "Mb6Hq2"),
        prodid=EXCH_SRV)
    A("mi1", refiloe, [me], "2026-03-09 08:45",
      "Panel: Lerato Mokoena (Senior PM), Refiloe Dlamini (HR). Candidate CV attached to the "
      "vacancy folder.\n\n" + teams("mabena", "505 118 230 442", "Mb6Hq2"),
      subject="Interview: Site Engineer - Kagiso Mahlaba", ics=mi_ics, ics_mode="outlook",
      sig=False)
    A("mi2", me, [refiloe], "2026-03-12 12:15", """Hi Refiloe

My scores for Kagiso are attached. Strong on setting out and concrete QA, weaker on programme; I'd support an offer at the lower band with a six-month review. Thanks for arranging.

Lerato""", subject="Re: Interview: Site Engineer - Kagiso Mahlaba", parent="mi1", sig=False,
      quote=False, attachments=[("Scores_KMahlaba.pdf", "application/pdf", make_pdf([
          "Site Engineer interview - K. Mahlaba - 12/03/2026",
          "Technical 4/5  Programme 2/5  Communication 4/5  Recommend: yes"]))])
    A("mi3", refiloe, [me], "2026-03-12 14:02", """Thanks Lerato, noted. I'll take it to Johan for approval.

Refiloe""", parent="mi2", sig=False)
    case.thread("mi1", False, None, "Mabena Construction",
                "current job: Lerato on the hiring panel for a site engineer, Thu 12 Mar 10h00")
    case.meeting("mi1", at("2026-03-12 10:00"), at("2026-03-12 11:00"),
                 met=[refiloe.email, "kagiso.mahlaba@example.com"], job=False,
                 what="Lerato interviews a candidate at her current employer")
    case.forbid("mi1", refiloe.email,
                "Lerato was on the hiring side at her current employer; not her job search")

    # ---- PMI chapter: newsletters and a breakfast event
    for key, when, subj, body in [
        ("pmi1", "2026-02-17 07:00", "PMI Johannesburg Chapter - February newsletter",
         "In this issue: PDU opportunities for Q1, volunteer call for the mentorship programme, "
         "and a recap of January's talk on contractor claims under JBCC.\n\nUpcoming: Chapter "
         "breakfast, Thursday 12 March 07h00, 'Governance on mega-projects'. Book via "
         "TicketPulse.\n\nCareer corner: 23 member job postings this month, from project "
         "coordinator to programme director."),
        ("pmi2", "2026-03-17 07:00", "PMI Johannesburg Chapter - March newsletter",
         "In this issue: thank you to everyone who joined our March breakfast; slides are on the "
         "member portal. PMP exam prep cohort starts 14 April. Nominations open for the 2026 "
         "chapter board.\n\nCareer corner: interview tips from our mentors, and a reminder to "
         "keep your member profile current for recruiters.")]:
        A(key, pmi, [me], when, "Dear Lerato,\n\n" + body + "\n\nPMI Johannesburg Chapter\n"
          "Unsubscribe | Update preferences", subject=subj,
          headers=bulk_headers("<newsletter.pmijhb.org.za>", "https://pmijhb.org.za/unsub"))
        case.by_key[key].html = html_of(case.by_key[key].text)
        case.thread(key, False, None, "PMI Johannesburg Chapter", "chapter newsletter")
    tk_ics = make_ics(
        method="PUBLISH", uid=uid_uuid("ticketpulse-pmi"), stamp=at("2026-03-02 20:14"),
        start=at("2026-03-12 07:00"), end=at("2026-03-12 09:00"),
        summary="PMI JHB Chapter breakfast: Governance on mega-projects", organizer=tickets,
        location="The Maslow, Sandton", prodid="-//TicketPulse//Tickets//EN")
    A("tk1", tickets, [me], "2026-03-02 20:14", """Hi Lerato,

You're going! Here is your ticket.

PMI JHB Chapter breakfast: Governance on mega-projects
Thursday, 12 March 2026, 07:00 - 09:00
The Maslow, Sandton
Ticket: Member breakfast x1 (R350.00)  Order TP-448120

Show the QR code at the door.""", subject="Your ticket: PMI JHB Chapter breakfast (12 Mar)",
      ics=tk_ics, ics_mode="publish", headers=AUTO)
    A("tk2", tickets, [me], "2026-03-11 07:00", """Hi Lerato, a reminder that PMI JHB Chapter breakfast: Governance on mega-projects is tomorrow at 07:00 at The Maslow, Sandton. See you there!""",
      subject="Reminder: PMI JHB Chapter breakfast is tomorrow", headers=AUTO)
    case.thread("tk1", False, None, "TicketPulse", "ticket for a chapter breakfast talk")
    case.thread("tk2", False, None, "TicketPulse", "event reminder")
    case.meeting("tk1", at("2026-03-12 07:00"), at("2026-03-12 09:00"), met=[], job=False,
                 what="professional body breakfast talk")

    # ---- Receipts and bills
    A("rc1", fibre, [me], "2026-03-01 03:10", """Hi Lerato

Your Mzansi Fibre invoice INV-2026-03-118204 for R899.00 (100/50 Mbps uncapped) will be debited on 05/03/2026.

Thanks for choosing Mzansi Fibre.""", subject="Your Mzansi Fibre invoice - March 2026",
      headers=AUTO)
    case.thread("rc1", False, None, "Mzansi Fibre", "ISP invoice")
    A("rc2", zooma, [me], "2026-02-28 22:47", """Thanks for riding with Zooma, Lerato

Trip: Fourways Crossing -> Jacaranda Ridge, Cedar Rd
Fare: R 112.40  Tip: R 15.00  Total: R 127.40
Paid with Visa ****4417""", subject="Your Saturday evening trip with Zooma", headers=AUTO)
    case.by_key["rc2"].html = html_of(case.by_key["rc2"].text)
    case.by_key["rc2"].html_only = True
    case.thread("rc2", False, None, "Zooma", "ride receipt")
    A("rc3", grocer, [me], "2026-03-07 09:55", """Order GG-77120 delivered

12 items, R 1 134.85 (incl. VAT). Delivered to Unit 17, Jacaranda Ridge at 09:51.

Thank you for shopping with Greenleaf Grocer!""", subject="Your Greenleaf order has been delivered",
      headers=AUTO)
    case.by_key["rc3"].html = html_of(case.by_key["rc3"].text)
    case.by_key["rc3"].html_only = True
    case.thread("rc3", False, None, "Greenleaf Grocer", "grocery delivery receipt")
    A("bk1", bank, [me], "2026-03-03 04:00", """Dear Client

Your Kopano Bank cheque account statement for February 2026 is attached. The password is your ID number.""",
      subject="Your February 2026 statement", headers=AUTO,
      attachments=[("Statement_Feb2026.pdf", "application/pdf", make_pdf([
          "Kopano Bank - Statement February 2026", "Account ending 0931"]))])
    case.thread("bk1", False, None, "Kopano Bank", "bank statement")
    A("sw1", swim, [me], "2026-03-09 18:30", """Dear Dolphins families

Gala this Saturday 14 March at Fourways High. Swimmers must arrive by 07h15 in club costumes; warm-up starts 07h30 sharp. Tuck shop will be open, cash only.

Go Dolphins!""", subject="Gala Saturday 14 March - arrival 07h15",
      headers=bulk_headers("<families.fourwaysdolphins.co.za>", "https://fourwaysdolphins.co.za/u"))
    case.thread("sw1", False, None, "Fourways Dolphins Swim Club", "swimming gala notice")

    # ---- Family
    A("fm1", mom, [me], "2026-03-01 17:20", """Dumela ngwanaka

How are you and Naledi? I am thinking of coming to Joburg for Easter, from the Thursday to the Monday. Will you be working? Tell me if it is fine, then I will book the bus.

Also, your aunt Mamokgethi says hello, she is much better now.

Modimo a go šegofatše
Mma""", subject="Easter")
    A("fm2", me, [mom], "2026-03-01 19:45", """Dumela Mma

Of course it's fine, Naledi will be so happy. I'm off from the Friday, so I'll fetch you at Park Station on the Thursday evening. Send me the bus times when you've booked.

Love you
Lerato""", parent="fm1", sig=False)
    A("fm3", mom, [me], "2026-03-08 08:05", """Ke a leboga ngwanaka. The bus arrives 18h40 on the Thursday (2 April). Don't be late, that station is not nice at night.

Mma""", parent="fm2", sig=False)
    case.thread("fm1", False, None, None, "her mother, Easter visit (partly in Sepedi)")
    A("fm4", dineo, [me], "2026-03-12 21:10", """Sis

Mma's 70th is in May. Thinking we all chip in for a new fridge, hers is making that noise again. R1 500 each? I'll order it and have it delivered.

D""", subject="Mma's 70th")
    A("fm5", me, [dineo], "2026-03-13 06:40", """Yes!! Great idea. I'll EFT you at month end.

L""", parent="fm4", sig=False)
    case.thread("fm4", False, None, None, "her sister, a present for their mother")

    # ---- Lerato as someone else's referee (not her job search)
    A("rf1", siya, [me], "2026-03-02 12:30", """Hey Lerato

Hope you're well! I'm applying for a site manager role through an agency in Durban and they want two references. Can I give them your name and number? You were my PM on Greenstone so you know my work best.

Siya""", subject="Reference?")
    A("rf2", me, [siya], "2026-03-02 13:05", """Hi Siya

Of course, happy to. Good luck!

L""", parent="rf1", sig=False)
    case.thread("rf1", False, None, None, "a former site manager asks Lerato to be his referee")
    A("rn1", natasha, [me], "2026-03-09 10:15", """Dear Lerato

Siyabonga Khoza has given your name as a referee for a Site Manager position with one of our clients. Would Wednesday 11/03 at 12h30 suit you for a 15-minute reference call? I'll call you on 082 555 0163.""",
      subject="Reference check - Siyabonga Khoza")
    A("rn2", me, [natasha], "2026-03-09 11:02", """Dear Natasha

Yes, Wednesday 11 March at 12h30 is fine.

Kind regards
Lerato Mokoena""", parent="rn1", sig=False)
    A("rn3", natasha, [me], "2026-03-11 13:05", """Dear Lerato

Thank you so much for your time earlier, very helpful. Have a lovely afternoon.""",
      parent="rn2")
    case.thread("rn1", False, None, "Acacia Search",
                "an agency's reference call about Siyabonga, Wed 11 Mar 12h30: Lerato is the "
                "referee, not the candidate")
    case.meeting("rn1", at("2026-03-11 12:30"), at("2026-03-11 12:45"), met=[natasha.email],
                 job=False, what="reference call (Lerato as referee)")
    case.forbid("rn1", natasha.email,
                "reference call for a former colleague's application; Lerato was the referee, so "
                "nothing is owed in her own search")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Lerato Mokoena, a senior project manager at Mabena Construction with twelve years on commercial "
    "builds, looks for a senior PM or programme-manager role with developers, mining houses and a "
    "development-finance institution. `now` is Thursday 19 March 2026, 08:30 SAST (UTC+2 all year); "
    "the mailbox runs from 9 February. Apex Talent's recruiter phoned, wrote 'as discussed "
    "telephonically', promised feedback by Friday 6 March and went quiet (callback due); Sisonke DFC's "
    "HR promised, in the passive and after an EXCO meeting, a decision by 13 March (callback due), "
    "and its hiring manager's video interview, confirmed in words, was thanked only beforehand. "
    "Mogale Minerals' HR business partner sent a Teams invite with a boardroom as attendee and a "
    "separate email listing the panel with addresses; Lerato thanked her and, in a new thread, the "
    "GM, but only asked HR to 'pass on' her thanks to the third panelist. Highveld Yards rejected her "
    "gently after a Greenhouse-booked interview whose interviewer she never thanked; a former QS "
    "colleague's coffee was thanked only before it; a Gmail headhunter's call yesterday afternoon is "
    "not yet thanked. Settled or not due: a contractor director's site walk (agreed with 'Cool, 10h00 "
    "works', half in Afrikaans) whose 'by Wednesday' is inside its grace, a London call set in GMT "
    "and thanked with one note to both interviewers, a recruiter no-show and its kept promise, a "
    "conversation moved to next Monday, a cancelled interview, an automated psychometric booking "
    "written month-first. Noise: body corporate, load-shedding alerts, school, medical aid, a GP, "
    "church home group, a braai, her current site-meeting series and a candidate she interviews "
    "there, a reference call she gives as referee, PMI chapter mail, job-board alerts, receipts, "
    "family partly in Sepedi.")

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
