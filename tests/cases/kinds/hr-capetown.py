#!/usr/bin/env python3
"""Sealed case hr-capetown: Thandiwe (Thandi) Mokoena, HR business partner in Cape Town,
looking for a people-lead role at a fintech or a mining group.  See hr-capetown.md."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

NAME = "hr-capetown"
JNB = "Africa/Johannesburg"
LON = "Europe/London"
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
EXCH = "Microsoft Exchange Server 2010"

SUMMARY = (
    "Thandiwe (Thandi) Mokoena, 34, is an HR business partner at Peninsula Fresh Foods in "
    "Cape Town, looking for a people-lead role at a fintech or a mining group. The mailbox runs "
    "from early February to Wednesday 25 March 2026, 09:00 SAST (UTC+2 throughout; the one "
    "London company writes in GMT, before the UK clock change). Ilanga Pay takes her from a "
    "thanked intro call to a case presentation to its CEO and CFO, where its head of engineering "
    "joined unannounced: she thanked the CEO in a new thread and asked the recruiter, who was not "
    "in the room, for the engineer's address, which came back the next morning; the CFO and the "
    "engineer are still unthanked, and the CEO's 'by Friday 27 March' is still open. Marula "
    "Minerals runs a Workday application, psychometric assessments through a no-reply platform "
    "and a Teams panel with its Group CHRO (a boardroom in the invite); one note thanked the panel "
    "and, in copy, the TA lead who opened it, whose promise to revert by Friday 20 March after the "
    "panel's Wednesday meeting has lapsed. A London fintech's coordinator confirmed a Zoom "
    "interview in UK time naming two interviewers with no addresses anywhere. A Johannesburg "
    "agency recruiter representing an unnamed JSE-listed client promised the client's feedback "
    "by 11 March and went quiet; a second agency recruiter missed her own call and moved it past "
    "`now`. Karoo Ridge Mining: a thanked phone screen, Thandi's own promise of her package "
    "breakdown by 18 March, and an interview with the HR executive thanked only the evening "
    "before. Tidepool Credit rejected her after a video interview she never thanked the "
    "interviewer for. A former colleague introduced her to a COO over coffee (thanked, then "
    "silence), a lunch with her old manager was answered only on 23 March, and an informational "
    "call on moving into mining was never thanked. An unanswered CV to a mining HR executive drew "
    "only a bilingual out-of-office; a CV to a wallet start-up went out six days ago; one "
    "interview was cancelled by ICS. On the hiring side at her current job she sits on a payroll "
    "panel, runs an exit interview, books candidates and receives agency CVs and a candidate's "
    "thank-you. Noise: her Ouma and a church notice in Afrikaans, her sister, a braai, "
    "load-shedding alerts, medical aid, the gym, a dentist's ICS, a GP's 'we'll phone by "
    "Friday', bank and municipal mail, HR newsletters and job-board alerts.")


def build():
    now_s = "2026-03-25 09:00"
    user = {"name": "Thandiwe Mokoena", "emails": ["thandi.mokoena@example.net"],
            "phone": "+27 72 555 0183", "timezone": JNB}
    case = Case(NAME, "HR business partner in Cape Town seeking a people-lead role in fintech or "
                "mining; hiring side at her current job; Afrikaans family noise", user, None,
                SUMMARY)
    SIG = "--\nThandiwe (Thandi) Mokoena\n+27 72 555 0183 | thandi.mokoena@example.net"
    me = Person("Thandiwe Mokoena", "thandi.mokoena@example.net", JNB, "webmail", sig=SIG,
                msgid_domain="example.net")
    case.me = me
    case.now = case.at(now_s)
    T = case.at

    # ------------------------------------------------------------------ people
    lerato = Person("Lerato Dlamini", "lerato.dlamini@ilangapay.co.za", JNB, "gmail", sig=(
        "Lerato Dlamini\nTalent Acquisition Partner\nIlanga Pay | The Foundry, Albert Road, "
        "Woodstock\n+27 21 555 0140"))
    sipho = Person("Sipho Ndlovu", "sipho.ndlovu@ilangapay.co.za", JNB, "gmail",
                   sig="Sent from my iPhone")
    busi = Person("Busisiwe Mahlangu", "busisiwe.mahlangu@marulaminerals.co.za", JNB, "outlook",
                  region="eurprd09", sig=(
                      "Kind regards\n\nBusisiwe (Busi) Mahlangu\nTalent Acquisition Lead\n"
                      "Marula Minerals Limited\n11 Fredman Drive, Sandton, 2196\n"
                      "T +27 11 555 0321 | M +27 83 555 0190\n\n"
                      "This e-mail is subject to the Marula Minerals e-mail disclaimer."))
    nomvula = Person("Nomvula Khumalo", "nomvula.khumalo@marulaminerals.co.za", JNB, "outlook",
                     region="eurprd09")
    johan = Person("Johan Pretorius", "johan.pretorius@marulaminerals.co.za", JNB, "outlook",
                   region="eurprd09")
    room_m = ("JHB Sandton Boardroom 4 (12)", "jhb-sandton-boardroom4@marulaminerals.co.za")
    workday = Person("Marula Minerals", "marulaminerals@myworkday.com", "UTC", "auto", auto=True)
    gauge = Person("TalentGauge Assessments", "no-reply@talentgauge.co.za", JNB, "auto", auto=True)
    olivia = Person("Olivia Grant", "olivia.grant@northgatepay.co.uk", LON, "outlook",
                    region="eurprd03", sig=(
                        "Olivia Grant\nRecruiting Coordinator\nNorthgate Payments Ltd\n"
                        "20 Finsbury Circus, London EC2M 7EB\n+44 20 7946 0321"))
    greenhouse = Person("Northgate Payments", "no-reply@greenhouse.io", "UTC", "auto", auto=True)
    ryan = Person("Ryan Naidoo", "ryan@baobabtalent.co.za", JNB, "gmail", sig=(
        "Ryan Naidoo\nDirector | Baobab Talent Partners\n+27 82 555 0911\n"
        "The Firs, Cradock Avenue, Rosebank, Johannesburg"))
    fatima = Person("Fatima Davids", "fatima.davids@gmail.com", JNB, "gmail")
    grant = Person("Grant Jacobs", "grant@kestrelmoney.co.za", JNB, "gmail",
                   sig="Grant Jacobs\nCOO | Kestrel Money\n+27 83 555 0456")
    pieter = Person("Pieter Botha", "pieter.botha@sablerockmining.co.za", JNB, "outlook",
                    region="eurprd07")
    amahle = Person("Amahle Ntuli", "amahle.ntuli@seabirdwallet.co.za", JNB, "gmail")
    vanessa = Person("Vanessa Pillay", "vanessa.pillay@karooridge.co.za", JNB, "outlook",
                     region="eurprd05", sig=(
                         "Regards,\nVanessa Pillay\nTalent Partner | Karoo Ridge Mining (Pty) Ltd\n"
                         "Block C, 44 Wierda Road, Rosebank | +27 11 555 0677"))
    deon = Person("Deon Swart", "deon.swart@karooridge.co.za", JNB, "outlook", region="eurprd05",
                  sig="Deon Swart\nExecutive: Human Resources\nKaroo Ridge Mining\n+27 11 555 0680")
    anele = Person("Anele Mabuza", "anele.mabuza@tidepoolcredit.co.za", JNB, "gmail", sig=(
        "Anele Mabuza\nTalent & Culture | Tidepool Credit\nCentury City, Cape Town | "
        "+27 21 555 0822"))
    refilwe = Person("Refilwe Moloi", "refilwe.moloi@lekgotlaplatinum.co.za", JNB, "outlook",
                     region="eurprd09", sig=(
                         "Refilwe Moloi\nChief People Officer\nLekgotla Platinum Ltd\n"
                         "+27 14 555 0300"))
    charl = Person("Charl du Toit", "charl.dutoit@fynboslife.co.za", JNB, "outlook",
                   region="eurprd06", sig=(
                       "Charl du Toit\nGroup HR Director | Fynbos Life\n+27 21 555 0900"))
    phumzile = Person("Phumzile Dube", "phumzile@apexpeoplesearch.co.za", JNB, "gmail")
    karabo = Person("Karabo Letsholo", "karabo.letsholo@bokamoso.co.za", JNB, "outlook",
                    region="eurprd09")

    # current job (hiring side)
    marietjie = Person("Marietjie Venter", "marietjie.venter@peninsulafresh.co.za", JNB,
                       "outlook", region="eurprd06", sig=(
                           "Marietjie Venter\nPayroll Manager | Peninsula Fresh Foods\n"
                           "Ext 2214"))
    lwazi = Person("Lwazi Mtshali", "lwazi.mtshali@peninsulafresh.co.za", JNB, "outlook",
                   region="eurprd06")
    yusuf = Person("Yusuf Ebrahim", "yusuf.ebrahim@peninsulafresh.co.za", JNB, "outlook",
                   region="eurprd06")
    room_p = ("EPP-HR Meeting Room 1", "epp-hr-meetingroom1@peninsulafresh.co.za")
    room_p2 = ("EPP-Boardroom", "epp-boardroom@peninsulafresh.co.za")
    pffnews = Person("PFF Internal Comms", "internalcomms@peninsulafresh.co.za", JNB, "auto",
                     auto=True)
    smartr = Person("SmartRecruiters", "no-reply@smartrecruiters.com", "UTC", "auto", auto=True)
    sibusiso = Person("Sibusiso Khoza", "sibusiso.khoza@gmail.com", JNB, "gmail")
    chante = Person("Chanté Jacobs", "chante.jacobs97@gmail.com", JNB, "gmail",
                    sig="Sent from my Galaxy")
    nicole = Person("Nicole Adams", "nicole@capestaffing.co.za", JNB, "gmail", sig=(
        "Nicole Adams\nSenior Consultant – Logistics & FMCG\nCape Staffing Solutions\n"
        "021 555 0467 | 084 555 0312"))
    ccma = Person("CCMA Western Cape", "wc.setdown@ccma.org.za", JNB, "outlook",
                  region="eurprd09")

    # family, friends, services
    ouma = Person("Rosina Adams", "rosie.adams48@gmail.com", JNB, "gmail")
    kerk = Person("VGK Worcester-Oos", "kerkkantoor@vgkworcesteroos.org.za", JNB, "webmail",
                  msgid_domain="vgkworcesteroos.org.za")
    nomsa = Person("Nomsa Mokoena", "nomsa.mokoena@gmail.com", JNB, "gmail",
                   sig="Sent from my iPhone")
    nomsa_cal = Person("Nomsa Mokoena", "nomsa.mokoena@gmail.com", JNB, "gcal")
    nandi = Person("Nandi Zungu", "nandi.zungu@gmail.com", JNB, "gmail")
    lauren = Person("Lauren Petersen", "lauren.petersen@gmail.com", JNB, "gmail",
                    sig="Sent from my iPhone")
    kea = Person("Keabetswe Molefe", "kea.molefe@outlook.com", JNB, "outlook",
                 region="eurprd04")
    zanele = Person("Zanele Mthethwa", "zanele.mthethwa@gmail.com", JNB, "gmail")
    kragwag = Person("Kragwag", "alerts@kragwag.co.za", JNB, "auto", auto=True)
    medical = Person("Protea Medical Scheme", "no-reply@proteamedical.co.za", JNB, "auto",
                     auto=True)
    gym = Person("Atlantic Fitness Sea Point", "seapoint@atlanticfitness.co.za", JNB, "auto",
                 auto=True)
    dentist = Person("Fortuin Dental Rondebosch", "bookings@fortuindental.co.za", JNB, "webmail",
                     msgid_domain="fortuindental.co.za")
    gp = Person("Dr Naidoo & Partners", "reception@naidoopractice.co.za", JNB, "outlook",
                region="eurprd09")
    bank = Person("Kaap Bank", "notifications@kaapbank.co.za", JNB, "auto", auto=True)
    city = Person("City of Cape Town", "municipal.accounts@capetown.gov.za", JNB, "auto",
                  auto=True)
    bokkie = Person("Bokkie.co.za", "orders@bokkie.co.za", JNB, "auto", auto=True)
    hrpulse = Person("HR Pulse SA", "newsletter@hrpulse.co.za", JNB, "auto", auto=True)
    jobvine = Person("JobVine Alerts", "alerts@jobvine.co.za", JNB, "auto", auto=True)
    saipp = Person("SA Institute of People Practice", "events@saipp.org.za", JNB, "auto",
                   auto=True)
    prom5k = Person("Sea Point Prom 5K", "results@prom5k.co.za", JNB, "auto", auto=True)
    ryde = Person("RydeSA", "receipts@rydesa.co.za", JNB, "auto", auto=True)
    garage = Person("Sea Point Auto Centre", "service@seapointauto.co.za", JNB, "webmail",
                    msgid_domain="seapointauto.co.za")

    A = case.add
    job = lambda root, cat, company, note: case.thread(root, True, cat, company, note)
    noise = lambda root, company, note: case.thread(root, False, None, company, note)

    # ==================================================================
    # J1  Ilanga Pay (fintech) – intro call, case presentation
    # ==================================================================
    A("il1", lerato, [me], "2026-02-10 09:20", """\
Hi Thandiwe,

Thank you for applying for our Head of People role through our careers page. I've had a look at your CV and would love to set up a short intro call so I can tell you more about Ilanga Pay and hear a bit about you.

Would either of these work?
- Thursday 12/02 at 11:00
- Friday 13/02 at 14:30

It'll be about 30 minutes, by phone.

Warm regards""", subject="Ilanga Pay – Head of People")
    A("il2", me, [lerato], "2026-02-10 12:40", """\
Hi Lerato,

Lovely to hear from you. Thursday at 11:00 suits me well. Best number is 072 555 0183.

Kind regards
Thandiwe""", parent="il1")
    A("il3", lerato, [me], "2026-02-10 13:05", """\
Perfect, I'll call you Thursday at 11. Chat then!""", parent="il2")
    A("il4", me, [lerato], "2026-02-12 15:10", """\
Hi Lerato,

Thank you for the call this morning, I really enjoyed hearing how the team has grown since the Series B and what you need from the people function in the next year. It sounds like exactly the kind of build I'm looking for.

Looking forward to hearing about next steps.

Kind regards
Thandiwe""", parent="il3")
    A("il5", lerato, [me], "2026-02-12 16:02", """\
Hi Thandiwe

It was a pleasure! I'm collating feedback from the other calls this week and we'll confirm next steps by the end of next week.

Lerato""", parent="il4")
    A("il6", lerato, [me], "2026-02-20 10:30", """\
Hi Thandiwe,

Good news – you're through to the next stage, which is a case presentation to our CEO and CFO. The brief is attached; you'll have about 30 minutes to present, then Q&A.

Because of everyone's diaries we're looking at March, sorry it's a while away. Options:
- Thursday 19/03 at 10:00
- Friday 20/03 at 14:00

Let me know which you prefer.

Lerato""", parent="il5",
      attachments=[("Ilanga_Pay_Head_of_People_case_brief.pdf", "application/pdf", make_pdf([
          "Ilanga Pay - Head of People: case brief",
          "Context: 140 staff today, 260 planned in 18 months (Cape Town and Johannesburg).",
          "Task: present your first 90 days and a people plan for the scale-up.",
          "Cover: hiring engine, performance and reward, culture and EE plan.",
          "Format: 30 minutes presentation, 45 minutes Q&A, 15 minutes your questions.",
          "Confidential - please do not share."]))])
    A("il7", me, [lerato], "2026-02-20 17:55", """\
Hi Lerato,

That's wonderful news! Thursday 19 March at 10:00 please.

Thandiwe""", parent="il6")
    A("il8", lerato, [me], "2026-02-23 08:45", """\
Hi Thandiwe,

This confirms your case presentation on Thursday 19/03/2026 from 10:00 to 11:30 at our office: 3rd floor, The Foundry, Albert Road, Woodstock. Parking is tricky, use the Ubers if you can.

You'll be presenting to:
- Sipho Ndlovu, CEO (sipho.ndlovu@ilangapay.co.za)
- Megan Fourie, CFO (megan.fourie@ilangapay.co.za)

I won't be in the session myself (I'm at our Joburg office that week), so it'll just be you and them. Reception will bring you up.

All the best with the prep!
Lerato""", parent="il7")
    A("il9", me, [lerato], "2026-02-23 09:30", """\
Hi Lerato, confirmed, and noted about parking. Will there be a screen I can plug into (HDMI or USB-C)?

Thandiwe""", parent="il8")
    A("il10", lerato, [me], "2026-02-23 10:12", """\
Yes, the boardroom has both. Bring a backup on a flash drive in case of load-shedding drama, the UPS only runs the Wi-Fi 🙈""", parent="il9")
    A("il11", me, [lerato], "2026-03-19 14:20", """\
Hi Lerato,

Thank you for setting everything up for today. I think it went well, there were some very good questions on the reward section!

Jaco from your engineering team joined for the second half and had some sharp questions about engineering career ladders. Would you mind sending me his email address so I can drop him a note?

Kind regards
Thandiwe""", parent="il10")
    A("il12", lerato, [me], "2026-03-20 08:40", """\
Morning Thandi!

So glad it went well. Jaco van der Merwe is our Head of Engineering, he's on jaco.vandermerwe@ilangapay.co.za. Sipho and Megan wanted his view on the engineering growth piece, hence the surprise appearance.

Lerato""", parent="il11")
    job("il1", "interview", "Ilanga Pay",
        "intro call Thu 12/02 11:00 (60 min by default) thanked the same day; Lerato's 'by the end "
        "of next week' (Fri 20/02) kept on 20/02; case presentation Thu 19/03 10:00-11:30 to "
        "Sipho and Megan (addresses in Lerato's confirmation); Jaco joined unannounced and Lerato "
        "sent his address on 20/03 after Thandi asked; Lerato not in the room; Megan and Jaco "
        "never thanked, Sipho thanked in a new thread")
    case.meeting("il1", T("2026-02-12 11:00"), None, met=[lerato.email],
                 thanks={lerato.email: "il4"}, what="Ilanga intro call")
    case.promise("il1", "il5", lerato.email, "2026-02-20", answered_by="il6")
    case.meeting("il1", T("2026-03-19 10:00"), T("2026-03-19 11:30"),
                 met=[sipho.email, "megan.fourie@ilangapay.co.za",
                      "jaco.vandermerwe@ilangapay.co.za"],
                 thanks={sipho.email: "ilt1"}, what="Ilanga case presentation")

    A("ilt1", me, [sipho], "2026-03-19 16:30", """\
Dear Sipho,

Thank you for your time this morning, and for the candid discussion after the presentation. I appreciated how openly you spoke about where the people function has fallen behind the growth, and I left even more excited about the role.

Three things I'd bring from day one:
- a hiring engine that can take you from 140 to 260 people without dropping the bar;
- a simple, credible reward framework before the next funding round;
- an employment equity plan that is a real plan, not a compliance exercise.

I'm happy to share more detail on any part of the 90-day plan.

Kind regards
Thandiwe""", subject="Thank you – case presentation this morning")
    A("ilt2", sipho, [me], "2026-03-20 17:45", """\
Thanks Thandi, enjoyed the discussion, especially the 90 day plan. We're seeing one more candidate next week and will let you know by Friday 27 March.

Sipho""", parent="ilt1")
    job("ilt1", "interview", "Ilanga Pay",
        "Thandi's thank-you to Sipho the afternoon of the presentation (new thread); his reply "
        "promises an answer by Fri 27/03, window still open at now")
    case.promise("ilt1", "ilt2", sipho.email, "2026-03-27")

    # ==================================================================
    # J2  Marula Minerals (mining) – Workday, psychometrics, Teams panel
    # ==================================================================
    wd_text = """\
Hi Thandiwe,

Thank you for applying to Marula Minerals.

Job Requisition: JR-2217 Head of People - Operations (Johannesburg)
Submitted on: 02/09/2026

Our Talent Acquisition team will review your application. If your skills and experience match the requirements of the role, a member of the team will contact you. You can check the status of your application at any time on our Careers site.

Kind regards,
Marula Minerals Talent Acquisition

This is an automated message. Please do not reply to this email."""
    A("wd1", workday, [me], "2026-02-09 19:14", wd_text,
      subject="Thank you for applying: Head of People - Operations (JR-2217)",
      html=html_of(wd_text), html_only=True, headers=AUTO)
    job("wd1", "application", "Marula Minerals",
        "Workday acknowledgement of a portal application (Mon 09/02; the date is written "
        "month-first); automated")

    A("mm1", busi, [me], "2026-02-23 11:10", """\
Dear Thandiwe

Thank you for your interest in the Head of People – Operations role. I am pleased to let you know that you have been shortlisted for the next stage of the process.

The next step is a set of online psychometric assessments administered by our partner, TalentGauge: a personality questionnaire and verbal and numerical reasoning tests (about 90 minutes in total). The link will be sent to you from no-reply@talentgauge.co.za. Please complete all three by Monday 2 March.

Should you have any questions, please don't hesitate to contact me.""",
      subject="Head of People – Operations (JR-2217): next steps")
    A("mm2", me, [busi], "2026-02-23 19:20", """\
Dear Busi,

Thank you, that's great news. I'll complete the assessments over the weekend.

Kind regards
Thandiwe""", parent="mm1")
    A("mm3", me, [busi], "2026-03-01 16:10", """\
Hi Busi,

Just to let you know that I completed all three assessments this afternoon.

Kind regards
Thandiwe""", parent="mm2")
    A("mm4", busi, [me], "2026-03-04 10:05", """\
Dear Thandiwe

Thank you. Your results have come through and the panel would like to meet you. I'll send a Teams invitation for Thursday 12 March at 14:00; the panel will be Nomvula Khumalo, our Group CHRO, and Johan Pretorius, GM: Operations.""", parent="mm3")
    A("mm5", me, [busi], "2026-03-04 12:30", """\
Wonderful news, I'll look out for the invite.

Thandiwe""", parent="mm4")
    job("mm1", "interview", "Marula Minerals",
        "shortlist and psychometric step; Thandi's 'over the weekend' (by Sun 01/03) kept on "
        "01/03; panel announced 04/03")
    case.own_promise("mm1", "mm2", busi.email, "2026-03-01", kept_by="mm3")

    tg_text = """\
Dear Thandiwe Mokoena,

Marula Minerals has invited you to complete the following assessments:

  1. Work Styles Questionnaire (approx. 35 minutes)
  2. Verbal Reasoning (approx. 25 minutes)
  3. Numerical Reasoning (approx. 30 minutes)

Please complete all assessments by 02/03/2026 23:59 (SAST).

Start here: https://candidate.talentgauge.co.za/start?token=MM-JR2217-8841

Tips: use a laptop or desktop computer, make sure you have a stable internet connection and enough battery in case of load-shedding, and keep a calculator and some paper handy for the numerical test.

This mailbox is not monitored. For technical help contact support@talentgauge.co.za.

TalentGauge Assessments (Pty) Ltd"""
    A("tg1", gauge, [me], "2026-02-24 08:00", tg_text,
      subject="Marula Minerals has invited you to complete online assessments",
      html=html_of(tg_text), html_only=True, headers=AUTO)
    job("tg1", "application", "TalentGauge Assessments",
        "assessment invitation from the no-reply platform; no person met")
    tg2 = """\
Dear Thandiwe Mokoena,

This is a friendly reminder that you have 3 assessment(s) outstanding for Marula Minerals. The deadline is 02/03/2026 23:59 (SAST).

Continue: https://candidate.talentgauge.co.za/start?token=MM-JR2217-8841

TalentGauge Assessments"""
    A("tg2", gauge, [me], "2026-02-27 08:00", tg2,
      subject="Reminder: 3 assessments outstanding – Marula Minerals",
      html=html_of(tg2), html_only=True, headers=AUTO)
    job("tg2", "application", "TalentGauge Assessments", "automated reminder")
    tg3 = """\
Dear Thandiwe Mokoena,

Thank you. You have completed all assessments for Marula Minerals. Your results have been sent to the organisation, who will contact you directly about next steps.

TalentGauge Assessments"""
    A("tg3", gauge, [me], "2026-03-01 15:52", tg3,
      subject="Assessments completed – thank you",
      html=html_of(tg3), html_only=True, headers=AUTO)
    job("tg3", "application", "TalentGauge Assessments", "automated completion receipt")

    mm_start, mm_end = T("2026-03-12 14:00"), T("2026-03-12 15:30")
    mm_desc = ("Panel interview: Head of People - Operations\n\n"
               "14:00  Welcome, introductions and format - Busisiwe Mahlangu (TA Lead)\n"
               "14:10  Panel discussion - Nomvula Khumalo (Group CHRO) and Johan Pretorius "
               "(GM: Operations)\n"
               "15:15  Your questions\n\n"
               "Nomvula and Busi will be in Boardroom 4; Johan joins from site; Thandiwe joins "
               "on Teams.")
    ics_mm = make_ics(method="REQUEST", uid=uid_outlook(NAME, "marula-panel"),
                      stamp=T("2026-03-04 14:20"), start=mm_start, end=mm_end,
                      summary="Panel Interview: Head of People - Operations | Thandiwe Mokoena",
                      organizer=busi,
                      attendees=[(busi, "ACCEPTED", "INDIVIDUAL"),
                                 (nomvula, "ACCEPTED", "INDIVIDUAL"),
                                 (johan, "TENTATIVE", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (room_m, "ACCEPTED", "ROOM")],
                      tzid="South Africa Standard Time",
                      location="Microsoft Teams Meeting; JHB Sandton Boardroom 4 (12)",
                      description=mm_desc, prodid=EXCH)
    A("mm_inv", busi, [me, nomvula, johan], "2026-03-04 14:20", mm_desc + """

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmRkZjQ1>
Meeting ID: 362 118 904 551
Passcode: 8vQa3X
Need help?<https://aka.ms/JoinTeamsMeeting>
________________________________________________________________________________""",
      subject="Panel Interview: Head of People - Operations | Thandiwe Mokoena",
      ics=ics_mm, ics_mode="outlook", sig=False)
    job("mm_inv", "interview", "Marula Minerals",
        "Teams invite: panel Thu 12/03 14:00-15:30 SAST; Busi opens it (agenda), Nomvula and "
        "Johan interview; a boardroom is a ROOM attendee; all three thanked by one note in a new "
        "thread (Busi in copy)")
    case.meeting("mm_inv", mm_start, mm_end, met=[busi.email, nomvula.email, johan.email],
                 thanks={busi.email: "mmt1", nomvula.email: "mmt1", johan.email: "mmt1"},
                 what="Marula panel")

    A("mmt1", me, [nomvula, johan], "2026-03-12 17:40", """\
Dear Nomvula and Johan,

Thank you both for your time this afternoon, and thank you Busi for setting it up so smoothly. I enjoyed the conversation, particularly the discussion on bringing HR closer to the shafts and the supervisors' development programme.

Having spent the last six years partnering with operations leaders on shift-based sites, I'm confident I can help the team deliver the people side of the operational plan.

I look forward to hearing from you.

Kind regards
Thandiwe""", subject="Thank you – panel interview this afternoon", cc=[busi])
    A("mmt2", busi, [me], "2026-03-13 08:15", """\
Dear Thandiwe

Thank you for your kind note, I have shared it with the panel.

The panel meets on Wednesday 18 March to agree the shortlist for the final round, and I will revert to you by Friday 20 March at the latest.""", parent="mmt1")
    job("mmt1", "interview", "Marula Minerals",
        "one thank-you to Nomvula and Johan, Busi in copy (12/03 17:40); Busi: 'revert to you by "
        "Friday 20 March' after the panel meets on Wed 18/03; nothing from Marula since")
    case.promise("mmt1", "mmt2", busi.email, "2026-03-20")

    # ==================================================================
    # J3  Northgate Payments (London) – Greenhouse, coordinator, Zoom
    # ==================================================================
    gh1 = """\
Hi Thandiwe,

Thanks for applying to Northgate Payments! We've received your application for People Partner, Africa (Remote - South Africa) and our team will review it shortly.

If your experience is a good match, someone from our Talent team will be in touch. In the meantime, you can read about how we hire at northgatepay.co.uk/careers.

Best,
The Northgate Payments Talent Team

Powered by Greenhouse"""
    A("gh1", greenhouse, [me], "2026-02-16 12:03", gh1,
      subject="Thank you for applying to Northgate Payments", html=html_of(gh1),
      headers=AUTO)
    job("gh1", "application", "Northgate Payments",
        "Greenhouse acknowledgement of a portal application (16/02); automated")

    A("ng1", olivia, [me], "2026-03-05 10:12", """\
Hi Thandiwe,

I hope you're well. Harriet, our VP People, would like to meet you for a first interview for the People Partner, Africa role. It will be a 45-minute video call on Zoom.

Could you do any of the following? All times are UK time (GMT):
- Tuesday 17 March, 14:00
- Wednesday 18 March, 09:00
- Thursday 19 March, 15:30

Many thanks,""", subject="Northgate Payments – People Partner, Africa: interview availability")
    A("ng2", me, [olivia], "2026-03-05 13:05", """\
Hi Olivia,

Thank you. Wednesday 18 March at 09:00 your time works well – that's 11:00 here in Cape Town.

Kind regards
Thandiwe""", parent="ng1")
    A("ng3", olivia, [me], "2026-03-05 13:40", """\
Hi Thandiwe,

Lovely. This email confirms your video interview on Wednesday 18 March from 09:00 to 09:45 (GMT) on Zoom:

https://northgatepay.zoom.us/j/84512239077?pwd=QmFzZT64
Meeting ID: 845 1223 9077
Passcode: 512044

You'll meet Harriet Ellis (VP People) and Tom Brennan (Director, Africa Expansion). Harriet will talk you through the team and the role, and Tom will want to hear about your experience across different markets.

Best of luck!""", parent="ng2")
    job("ng1", "interview", "Northgate Payments",
        "Olivia offered three slots in UK time; Thandi picked Wed 18/03 09:00 GMT (11:00 SAST); "
        "Olivia confirmed 09:00-09:45 GMT naming Harriet Ellis and Tom Brennan, no addresses "
        "anywhere; Olivia arranged but did not attend; Thandi has not written to her since")
    case.meeting("ng1", case.at("2026-03-18 09:00", olivia), case.at("2026-03-18 09:45", olivia),
                 met=[], unknown=["Harriet Ellis", "Tom Brennan"], arranged_by=olivia.email,
                 what="Northgate interview")

    gh2 = """\
Hi Thandiwe,

Thank you for taking the time to interview with Northgate Payments. We'd love to hear about your experience so far. This anonymous survey takes about two minutes:

https://survey.greenhouse.io/c/NGP-8822-4471

Your answers are not shared with the hiring team and do not affect your application.

Thanks,
Northgate Payments

Powered by Greenhouse"""
    A("gh2", greenhouse, [me], "2026-03-19 10:00", gh2,
      subject="How was your interview with Northgate Payments?", html=html_of(gh2),
      headers=AUTO)
    job("gh2", "interview", "Northgate Payments", "Greenhouse candidate survey; automated")

    # ==================================================================
    # J4  Baobab Talent Partners (agency, unnamed client)
    # ==================================================================
    A("ry1", ryan, [me], "2026-02-25 15:40", """\
Howzit Thandi,

Ryan here from Baobab Talent Partners in Rosebank. Your name came up twice this month when I asked around for strong HRBPs with ops exposure, so I thought I'd reach out directly.

I'm retained by a JSE-listed client in financial services (I can't name them at this stage, sorry) for a Head of People role. Hybrid, Cape Town or Joburg. I think your background could be a really good fit.

Would you be open to a confidential chat? I could do Monday 2 March at 12:30.

Cheers
Ryan""", subject="Confidential – Head of People (JSE-listed financial services client)")
    A("ry2", me, [ryan], "2026-02-25 20:10", """\
Hi Ryan,

Thanks for reaching out, I'm open to hearing more. Monday at 12:30 suits, please call me on 072 555 0183.

Regards
Thandi""", parent="ry1")
    A("ry3", me, [ryan], "2026-03-02 16:05", """\
Hi Ryan,

Thank you for the call today and for being so open about where the client is in its journey. As discussed, my CV is attached. Happy to set up a conversation with them whenever suits.

Kind regards
Thandi""", parent="ry2", attachments=[("Thandiwe_Mokoena_CV_2026.pdf", "application/pdf", make_pdf([
          "Thandiwe Mokoena - CV",
          "HR Business Partner, Peninsula Fresh Foods, Cape Town (2020 - present)",
          "HR Officer / HRBP, Protea Foods Group (2016 - 2020)",
          "BCom Honours Industrial Psychology, University of the Western Cape",
          "SABPP registered HR Professional",
          "+27 72 555 0183 | thandi.mokoena@example.net"]))])
    A("ry4", ryan, [me], "2026-03-03 09:50", """\
Thanks Thandi, got it.

I presented you to the client this morning and they liked what they saw. Full disclosure, they're still seeing two other candidates this week, so it's not a done deal. They've committed to giving me feedback by Wednesday 11 March and I'll come straight back to you then.

Speak soon
Ryan""", parent="ry3")
    job("ry1", "recruiter", "Baobab Talent Partners",
        "agency recruiter for an unnamed client; call Mon 02/03 12:30 (no end, 60 min by "
        "default) thanked with CV attached the same afternoon; Ryan answered 03/03 (two other "
        "candidates) and promised the client's feedback by Wed 11/03; nothing since")
    case.meeting("ry1", T("2026-03-02 12:30"), None, met=[ryan.email],
                 thanks={ryan.email: "ry3"}, what="Baobab call")
    case.application("ry1", "ry3", ryan.email, answered_by="ry4")
    case.promise("ry1", "ry4", ryan.email, "2026-03-11")

    # ==================================================================
    # J5  Fatima introduces Grant Jacobs (COO, Kestrel Money): coffee
    # ==================================================================
    A("kf1", fatima, [me, grant], "2026-02-24 07:55", """\
Morning both!

Grant, meet Thandi. We worked together at Protea Foods for four years and she's honestly the best HRBP I've ever worked with: calm in a crisis, brilliant with ops managers, and she actually understands a P&L.

Thandi, Grant is COO at Kestrel Money and is starting to think about how they build out people & culture as they grow.

You two should have coffee. I'd join but I'm stuck in Durban until mid-March.

Fatima x""", subject="Intro: Thandi Mokoena <> Grant Jacobs (Kestrel Money)")
    A("kf2", me, [fatima, grant], "2026-02-24 08:20", """\
Thank you Fatima, you're too kind!

Grant, lovely to e-meet you. I'd love to have coffee whenever suits you.

Thandi""", parent="kf1")
    A("kf3", grant, [me], "2026-02-24 09:30", """\
Thanks Fatima (moving you to bcc).

Thandi, great to connect. I'm at our Bree Street office most mornings. Tuesday 3 March, 07:30 at Jason Bakery?

Grant""", parent="kf2", bcc=[fatima])
    A("kf4", me, [grant], "2026-02-24 10:02", """\
Tuesday 07:30 at Jason works, see you there.

Thandi""", parent="kf3")
    A("kf5", me, [grant], "2026-03-03 12:10", """\
Hi Grant,

Thank you for making time for coffee this morning. It was great to hear how Kestrel is thinking about people and culture as you scale, and your point about hiring for judgement rather than credentials has stayed with me all morning.

If it would be useful, I'm happy to share the simple workforce-planning template we use at Peninsula Fresh.

Kind regards
Thandi""", parent="kf4")
    A("kf6", grant, [me], "2026-03-04 06:50", """\
Pleasure Thandi, lekker chat. As I said, we're only likely to create the people role in the second half of the year, but let's stay in touch. I've mentioned you to our CEO, Yolanda, as well.

Grant""", parent="kf5")
    A("kf7", fatima, [me], "2026-03-05 21:00", """\
Grant says you two got on like a house on fire!! So happy. Let's catch up properly when I'm back in Cape Town x""", parent="kf2")
    A("kf8", me, [fatima], "2026-03-06 07:10", """\
Thanks so much Fatima, I owe you a coffee (or a glass of wine). Safe travels back!

Thandi""", parent="kf7", sig=False)
    job("kf1", "networking", "Kestrel Money",
        "Fatima (old colleague, not at the coffee) introduced Grant; coffee Tue 03/03 07:30 "
        "(no end, 60 min by default) thanked at 12:10; Grant's reply Wed 04/03 06:50 is the last "
        "exchange with him; the 14-day touch fell due at the end of 18/03")
    case.meeting("kf1", T("2026-03-03 07:30"), None, met=[grant.email],
                 thanks={grant.email: "kf5"}, networking=True, what="coffee with Grant")

    # ==================================================================
    # J6  Sable Rock Mining – CV to Pieter Botha, only an out-of-office
    # ==================================================================
    A("sr1", me, [pieter], "2026-03-05 19:40", """\
Dear Pieter,

We met briefly at the People Practice breakfast at the Vineyard Hotel last Thursday, where you spoke about Sable Rock's plans for the Northern Cape expansion.

I would like to be considered for the Head of People Services role advertised on your website. I have ten years' experience in HR, the last six as an HR business partner to operations in a 24/7 manufacturing and distribution business, with a strong focus on labour relations, shift-based workforce planning and employment equity.

My CV is attached. I would welcome the chance to discuss how I could contribute.

Kind regards
Thandiwe Mokoena""", subject="Head of People Services – Thandiwe Mokoena",
      attachments=[("Thandiwe_Mokoena_CV_2026.pdf", "application/pdf", make_pdf([
          "Thandiwe Mokoena - CV",
          "HR Business Partner, Peninsula Fresh Foods, Cape Town (2020 - present)",
          "HR Officer / HRBP, Protea Foods Group (2016 - 2020)",
          "BCom Honours Industrial Psychology, University of the Western Cape",
          "SABPP registered HR Professional",
          "+27 72 555 0183 | thandi.mokoena@example.net"]))])
    A("sr2", pieter, [me], "2026-03-05 19:41", """\
Thank you for your email. I am on leave until Monday 9 March 2026 with limited access to email. For urgent HR matters please contact hr@sablerockmining.co.za.

Dankie vir u e-pos. Ek is met verlof tot Maandag 9 Maart 2026 en het beperkte toegang tot e-pos. Vir dringende MH-sake, kontak asseblief hr@sablerockmining.co.za.

Pieter Botha
Group HR Executive | Sable Rock Mining""", parent="sr1", quote=False,
      subject="Automatic reply: Head of People Services – Thandiwe Mokoena", headers=OOO)
    job("sr1", "application", "Sable Rock Mining",
        "Thandi applied to Pieter by email with her CV (Thu 05/03); only a bilingual "
        "out-of-office came back; no person from Sable Rock has written and she has not written "
        "again; follow-up due at the end of the 7th business day (Mon 16/03)")
    case.application("sr1", "sr1", pieter.email)

    # ==================================================================
    # J7  Karoo Ridge Mining – Vanessa (TA), Deon (Exec HR)
    # ==================================================================
    A("kr1", vanessa, [me], "2026-02-26 11:30", """\
Dear Thandiwe

I'm the Talent Partner at Karoo Ridge Mining. We're recruiting a Head of People for our Johannesburg office (hybrid, with regular time at our two Northern Cape operations), and your profile stood out.

Would you be open to a 30-minute phone conversation? I have Friday 6 March at 09:30 or Monday 9 March at 15:00.""", subject="Karoo Ridge Mining – Head of People")
    A("kr2", me, [vanessa], "2026-02-26 18:45", """\
Dear Vanessa,

Thank you for getting in touch. Friday 6/03 at 09:30 works well for me. I would consider relocating to Johannesburg for the right role.

You can reach me on 072 555 0183.

Kind regards
Thandiwe""", parent="kr1")
    A("kr3", vanessa, [me], "2026-02-27 08:10", """\
Confirmed – I'll call you at 09:30 on Friday. It should take about 30 minutes.""", parent="kr2")
    A("kr4", me, [vanessa], "2026-03-06 11:05", """\
Dear Vanessa,

Thank you for the call this morning. I appreciated the honest picture of the change programme at the operations and the union environment, and it confirmed my interest in the role.

Kind regards
Thandiwe""", parent="kr3")
    A("kr5", vanessa, [me], "2026-03-10 12:30", """\
Dear Thandiwe

Good news: Deon Swart, our Executive: Human Resources, would like to meet you. I've sent a Teams invitation for Tuesday 17 March at 10:00.

In the meantime, could you please send me your current package breakdown (CTC, bonus and benefits) and confirm your notice period?""", parent="kr4")
    A("kr6", me, [vanessa], "2026-03-10 20:15", """\
Dear Vanessa,

That's great news, I've accepted the invitation.

I'll send you my package breakdown and confirm my notice period by Wednesday 18 March. I'm waiting for my latest payslip and want to double-check the notice clause in my contract before I commit to a date.

Kind regards
Thandiwe""", parent="kr5")
    job("kr1", "interview", "Karoo Ridge Mining",
        "phone screen Fri 06/03 09:30-10:00 thanked at 11:05; Vanessa asked for a package "
        "breakdown; Thandi promised it 'by Wednesday 18 March' and has not written to Vanessa "
        "since")
    case.meeting("kr1", T("2026-03-06 09:30"), T("2026-03-06 10:00"), met=[vanessa.email],
                 thanks={vanessa.email: "kr4"}, what="Karoo Ridge screen")
    case.own_promise("kr1", "kr6", vanessa.email, "2026-03-18")

    kr_start, kr_end = T("2026-03-17 10:00"), T("2026-03-17 11:00")
    kr_desc = ("Interview for the position of Head of People.\n"
               "Interviewer: Deon Swart, Executive: Human Resources.\n"
               "Vanessa Pillay (organiser) will not join the call.")
    ics_kr = make_ics(method="REQUEST", uid=uid_outlook(NAME, "karoo-deon"),
                      stamp=T("2026-03-10 12:25"), start=kr_start, end=kr_end,
                      summary="Karoo Ridge | Interview - Head of People | T. Mokoena / D. Swart",
                      organizer=vanessa,
                      attendees=[(deon, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="South Africa Standard Time", location="Microsoft Teams Meeting",
                      description=kr_desc, prodid=EXCH)
    A("kr_inv", vanessa, [me, deon], "2026-03-10 12:25", kr_desc + """

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_KaRrDg02>
Meeting ID: 418 552 370 996
Passcode: Tq4Vm8
________________________________________________________________________________""",
      subject="Karoo Ridge | Interview - Head of People | T. Mokoena / D. Swart",
      ics=ics_kr, ics_mode="outlook", sig=False)
    job("kr_inv", "interview", "Karoo Ridge Mining",
        "Teams invite: interview with Deon Tue 17/03 10:00-11:00; the only thanks to Deon came "
        "the evening before (separate thread); nothing to him since")
    case.meeting("kr_inv", kr_start, kr_end, met=[deon.email], what="Karoo Ridge interview")

    A("kd1", deon, [me], "2026-03-16 08:10", """\
Môre Thandiwe

Ahead of our conversation tomorrow, I've attached a short overview of our operations and the people challenges we're working through (two operations in the Northern Cape, about 2 800 employees and contractors, and a wage agreement that ends next year).

No need to prepare anything formal; I'd rather we have a real conversation.""",
      subject="Ahead of tomorrow", attachments=[(
          "Karoo_Ridge_operations_overview.pdf", "application/pdf", make_pdf([
              "Karoo Ridge Mining - operations overview (candidate copy)",
              "Two operations, Northern Cape; approx. 2 800 employees and contractors",
              "Wage agreement ends June 2027",
              "People priorities: supervisor capability, housing, local employment"]))])
    A("kd2", me, [deon], "2026-03-16 18:30", """\
Dear Deon,

Thanks so much, this is really helpful. Looking forward to our conversation tomorrow.

Kind regards
Thandiwe""", parent="kd1")
    job("kd1", "interview", "Karoo Ridge Mining",
        "Deon's pre-read the day before the interview; Thandi's 'thanks' was sent before the "
        "meeting and does not count as a thank-you for it")

    # ==================================================================
    # J8  Tidepool Credit – video interview, rejection, never thanked Lindiwe
    # ==================================================================
    A("tp1", anele, [me], "2026-02-27 10:00", """\
Hi Thandiwe,

I hope you don't mind me reaching out. I'm on the Talent & Culture team at Tidepool Credit in Century City, and we're looking for a Head of People & Culture. Your experience with operational workforces caught my eye.

Would you be open to sharing your CV?

Kind regards""", subject="Head of People & Culture – Tidepool Credit")
    A("tp2", me, [anele], "2026-02-27 19:30", """\
Hi Anele,

Thank you for thinking of me. I'd like to be considered for the role; my CV is attached.

Kind regards
Thandiwe""", parent="tp1", attachments=[("Thandiwe_Mokoena_CV_2026.pdf", "application/pdf",
                                          make_pdf([
          "Thandiwe Mokoena - CV",
          "HR Business Partner, Peninsula Fresh Foods, Cape Town (2020 - present)",
          "HR Officer / HRBP, Protea Foods Group (2016 - 2020)",
          "BCom Honours Industrial Psychology, University of the Western Cape",
          "+27 72 555 0183 | thandi.mokoena@example.net"]))])
    A("tp3", anele, [me], "2026-03-02 09:15", """\
Hi Thandiwe,

Thanks for sending it through! Lindiwe Sithole, our Head of Operations (the role reports to her), would like to meet you on video. Could you do Monday 16/03 at 14:00 or Tuesday 17/03 at 09:00?""", parent="tp2")
    A("tp4", me, [anele], "2026-03-02 12:50", """\
Hi Anele, Monday 16 March at 14:00 please.

Thandiwe""", parent="tp3")
    A("tp5", anele, [me], "2026-03-03 08:30", """\
Confirmed! Video interview on Monday 16 March, 14:00–14:45, on Google Meet: meet.google.com/tdp-qkcx-wen

You'll meet Lindiwe Sithole, Head of Operations (lindiwe.sithole@tidepoolcredit.co.za). I won't be joining, but shout if anything comes up before then.""", parent="tp4")
    A("tp6", anele, [me], "2026-03-17 09:30", """\
Hi Thandiwe,

Lindiwe asked me to let you know that she enjoyed your conversation yesterday. She's finishing her interviews this week and we'll have feedback for you by Friday 20 March.""", parent="tp5")
    A("tp7", anele, [me], "2026-03-19 16:10", """\
Hi Thandiwe,

Thank you again for your time and interest in Tidepool Credit. After careful consideration, we have decided to move forward with a candidate whose experience more closely matches what we need at this stage.

This was a difficult decision, and we were genuinely impressed by your background. We'd love to keep in touch for future roles.

Warm regards""", parent="tp6")
    A("tp8", me, [anele], "2026-03-19 19:30", """\
Hi Anele,

Thank you for letting me know, and for keeping me informed throughout. I'd appreciate being kept in mind for future roles at Tidepool.

Kind regards
Thandiwe""", parent="tp7")
    job("tp1", "rejection", "Tidepool Credit",
        "CV sent to Anele 27/02 (answered 02/03); video interview Mon 16/03 14:00-14:45 with "
        "Lindiwe (address in Anele's confirmation), never thanked; Anele's 'by Friday 20 March' "
        "ended by the rejection of Thu 19/03; Thandi thanked Anele for letting her know")
    case.application("tp1", "tp2", anele.email, answered_by="tp3")
    case.meeting("tp1", T("2026-03-16 14:00"), T("2026-03-16 14:45"),
                 met=["lindiwe.sithole@tidepoolcredit.co.za"], what="Tidepool interview")
    case.promise("tp1", "tp6", anele.email, "2026-03-20", ended_by="tp7")

    # ==================================================================
    # J9  Refilwe Moloi (Lekgotla Platinum) – a quarter of an hour
    # ==================================================================
    A("rf1", me, [refilwe], "2026-03-09 20:30", """\
Dear Refilwe,

We met briefly at the People Practice breakfast at the Vineyard on the 26th, when you spoke about taking HR from retail into platinum.

I'm exploring a move into a people-lead role in mining myself, and I would be very grateful for a quarter of an hour of your time to hear how you made the move and what you wish you'd known beforehand. I know how busy you are, so any time that suits you.

Kind regards
Thandiwe Mokoena""", subject="A quarter of an hour on moving into mining HR?")
    A("rf2", refilwe, [me], "2026-03-11 07:40", """\
Hi Thandiwe

Of course, I remember our chat. Friday 20/03 from 13:00 to 13:30 on Teams? I'll send a link the day before.""", parent="rf1")
    A("rf3", me, [refilwe], "2026-03-11 08:15", """\
Friday 20 March at 13:00 is perfect, see you then.

Thandiwe""", parent="rf2")
    A("rf4", refilwe, [me], "2026-03-19 16:00", """\
Link for tomorrow: https://teams.microsoft.com/l/meetup-join/19%3ameeting_RfLkPt19
Meeting ID: 293 004 118 725, passcode hG7z2M""", parent="rf3")
    A("rf5", refilwe, [me], "2026-03-20 14:10", """\
Hi Thandiwe

As promised, here is the Minerals Council piece on skills development targets that I mentioned, and the name of the programme at Wits: the Mining Leadership short course.

Good luck, and do keep me posted.

https://www.mineralscouncil.org.za/skills-development-2026""", parent="rf4")
    job("rf1", "networking", "Lekgotla Platinum",
        "informational Teams call Thandi asked for; Fri 20/03 13:00-13:30 took place; Refilwe "
        "sent a follow-up article; Thandi never thanked her; the 14-day touch runs from 20/03 "
        "(due 03/04), not yet due")
    case.promise("rf1", "rf2", refilwe.email, "2026-03-19", answered_by="rf4")
    case.meeting("rf1", T("2026-03-20 13:00"), T("2026-03-20 13:30"), met=[refilwe.email],
                 networking=True, what="call with Refilwe")

    # ==================================================================
    # J10  Charl du Toit (old manager) – catch-up lunch
    # ==================================================================
    A("ch1", me, [charl], "2026-02-23 21:00", """\
Hi Charl,

Long time! I hope you and Anri are well and that Fynbos Life is treating you kindly.

Would you have time for lunch in the next couple of weeks? I'm thinking about a move and I'd really value your honest view, you were always the one who told me what I needed to hear.

Thandi""", subject="Lunch?")
    A("ch2", charl, [me], "2026-02-24 07:15", """\
Thandi! Great to hear from you. Monday 9 March, 12:30 at Olive & Salt on Bree? My shout.

C""", parent="ch1", sig=False)
    A("ch3", me, [charl], "2026-02-24 07:40", """\
Monday 9th at 12:30 – perfect. See you there!""", parent="ch2", sig=False)
    A("ch4", me, [charl], "2026-03-09 17:30", """\
Hi Charl,

Thank you for lunch today and for the honest advice. Your point about choosing the CEO rather than the company is exactly what I needed to hear. I'll let you know how things progress.

Thandi""", parent="ch3")
    A("ch5", charl, [me], "2026-03-23 19:10", """\
Thandi, sorry for the slow reply, month-end and a restructure have eaten my life.

One more thought since lunch: if mining is on the cards, you should speak to Refilwe Moloi at Lekgotla Platinum. She made exactly this move a few years ago. Tell her I sent you.

Keep me posted.""", parent="ch4")
    job("ch1", "networking", "Fynbos Life",
        "catch-up lunch with her former manager Mon 09/03 12:30 (no end, 60 min by default), "
        "thanked that evening; his reply of Mon 23/03 resets the 14-day touch to 06/04")
    case.meeting("ch1", T("2026-03-09 12:30"), None, met=[charl.email],
                 thanks={charl.email: "ch4"}, networking=True, what="lunch with Charl")

    # ==================================================================
    # J11  Apex People Search – no-show, moved to after now
    # ==================================================================
    A("ap1", phumzile, [me], "2026-03-16 10:20", """\
Hi Thandi,

Hope you're well. I'm a search consultant at Apex People Search in Joburg and I got your details from the SAIPP member directory.

I'm working on a confidential Head of HR search for a mining services client (Rustenburg and Joburg). Could I give you a call on Friday 20/03 at 11:00 to tell you more?

Thanks
Phumzile Dube
Apex People Search | 072 555 0610""", subject="Confidential: Head of HR – mining services client")
    A("ap2", me, [phumzile], "2026-03-16 12:05", """\
Hi Phumzile,

Friday at 11:00 suits. My cell is 072 555 0183.

Regards
Thandi""", parent="ap1")
    A("ap3", me, [phumzile], "2026-03-20 11:25", """\
Hi Phumzile,

I was expecting your call at 11:00, just checking whether we're still on?

Thandi""", parent="ap2")
    A("ap4", phumzile, [me], "2026-03-20 15:02", """\
Thandi I'm so sorry!! My client meeting ran way over and my phone was on silent. Shame, not a good first impression. Can we try Thursday 26/03 at 10:00? I promise I'll call.

Phumzile

Sent from my iPhone""", parent="ap3")
    A("ap5", me, [phumzile], "2026-03-20 15:40", """\
Thursday works.""", parent="ap4", sig=False)
    job("ap1", "recruiter", "Apex People Search",
        "call Fri 20/03 11:00 never happened (Phumzile did not call); moved by 'Thursday works' "
        "to Thu 26/03 10:00, still ahead at now")
    case.meeting("ap1", T("2026-03-20 11:00"), None, met=[phumzile.email], status="noshow",
                 what="Apex call that never happened")
    case.meeting("ap1", T("2026-03-26 10:00"), None, met=[phumzile.email], status="scheduled",
                 what="Apex call, moved")

    # ==================================================================
    # J12  Bokamoso Mining Services – invite, then cancelled
    # ==================================================================
    bk_start, bk_end = T("2026-03-11 15:00"), T("2026-03-11 16:00")
    bk_uid = uid_outlook(NAME, "bokamoso")
    bk_sum = "Conversation: Thandiwe Mokoena / Karabo Letsholo"
    ics_bk = make_ics(method="REQUEST", uid=bk_uid, stamp=T("2026-03-02 14:00"),
                      start=bk_start, end=bk_end, summary=bk_sum, organizer=karabo,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="South Africa Standard Time", location="Microsoft Teams Meeting",
                      description="HR Manager (Northern Cape) - first conversation. Karabo "
                                  "Letsholo, HR Executive, Bokamoso Mining Services.",
                      prodid=EXCH)
    A("bk1", karabo, [me], "2026-03-02 14:00", """\
HR Manager (Northern Cape) - first conversation. Karabo Letsholo, HR Executive, Bokamoso Mining Services.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_BkMs0311>
Meeting ID: 377 901 226 448
Passcode: Lx2wR7
________________________________________________________________________________""",
      subject=bk_sum, ics=ics_bk, ics_mode="outlook", sig=False)
    job("bk1", "interview", "Bokamoso Mining Services",
        "Teams invite for Wed 11/03 15:00-16:00 whose title and description are the only hint; "
        "cancelled on 10/03 (ICS CANCEL in its own thread)")
    ics_bkc = make_ics(method="CANCEL", uid=bk_uid, stamp=T("2026-03-10 09:20"),
                       start=bk_start, end=bk_end, summary="Canceled: " + bk_sum,
                       organizer=karabo, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid="South Africa Standard Time", location="Microsoft Teams Meeting",
                       description="Apologies, the position has been put on hold pending a "
                                   "restructure. I will be in touch should it reopen.",
                       prodid=EXCH, sequence=1, status="CANCELLED")
    A("bk2", karabo, [me], "2026-03-10 09:20", """\
Apologies, the position has been put on hold pending a restructure. I will be in touch should it reopen.""",
      subject="Canceled: " + bk_sum, ics=ics_bkc, ics_mode="outlook", sig=False,
      headers={"Importance": "high"})
    job("bk2", "interview", "Bokamoso Mining Services",
        "cancellation of the 11/03 conversation; role on hold")
    case.meeting("bk1", bk_start, bk_end, met=[karabo.email], status="cancelled",
                 what="Bokamoso conversation")

    # ==================================================================
    # J13  Seabird Wallet – CV to Amahle, six days ago
    # ==================================================================
    A("sw1", me, [amahle], "2026-03-19 20:05", """\
Dear Amahle,

Lauren Petersen suggested I write to you directly. I would like to be considered for the People & Culture Lead role at Seabird Wallet that you posted last week.

I'm an HR business partner with ten years' experience, most recently partnering operations and finance leaders through rapid growth and a restructure at Peninsula Fresh Foods. I'm particularly drawn to Seabird's focus on financial inclusion.

My CV is attached, and I would love to talk.

Kind regards
Thandiwe Mokoena""", subject="People & Culture Lead – Thandiwe Mokoena",
      attachments=[("Thandiwe_Mokoena_CV_2026.pdf", "application/pdf", make_pdf([
          "Thandiwe Mokoena - CV",
          "HR Business Partner, Peninsula Fresh Foods, Cape Town (2020 - present)",
          "HR Officer / HRBP, Protea Foods Group (2016 - 2020)",
          "BCom Honours Industrial Psychology, University of the Western Cape",
          "+27 72 555 0183 | thandi.mokoena@example.net"]))])
    job("sw1", "application", "Seabird Wallet",
        "CV sent to Amahle Thu 19/03 20:05; no answer yet; the 7 business days run to the end "
        "of Mon 30/03")
    case.application("sw1", "sw1", amahle.email)

    # ==================================================================
    # Hiring side at Peninsula Fresh Foods (not her job search)
    # ==================================================================
    h1_start, h1_end = T("2026-03-10 09:00"), T("2026-03-10 12:00")
    h1_desc = ("Payroll Officer interviews (3 candidates, 50 min each)\n"
               "09:00 S. Khoza | 10:00 R. Abrahams | 11:00 M. Jooste\n"
               "Panel: Marietjie Venter, Thandiwe Mokoena. Scoring sheets to be handed in "
               "after.")
    ics_h1 = make_ics(method="REQUEST", uid=uid_outlook(NAME, "payroll-panel"),
                      stamp=T("2026-03-06 15:45"), start=h1_start, end=h1_end,
                      summary="Interviews: Payroll Officer", organizer=marietjie,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (room_p2, "ACCEPTED", "ROOM")],
                      tzid="South Africa Standard Time", location="EPP-Boardroom",
                      description=h1_desc, prodid=EXCH)
    A("pf1", marietjie, [me], "2026-03-06 15:45", h1_desc, subject="Interviews: Payroll Officer",
      ics=ics_h1, ics_mode="outlook", sig=False)
    noise("pf1", "Peninsula Fresh Foods",
          "current job: Thandi sits on a payroll officer interview panel (hiring side)")
    case.meeting("pf1", h1_start, h1_end, met=[marietjie.email], job=False,
                 what="payroll panel at work")

    A("pf2", marietjie, [me], "2026-03-10 13:10", """\
Hi Thandi

Thanks for this morning. I'm leaning towards Sibusiso but want to sleep on Mariska. I'll get my scoring sheets to you by Thursday 12/03 so that we can decide on Friday.

Marietjie""", subject="Payroll Officer – debrief & scores")
    A("pf3", me, [marietjie], "2026-03-10 13:30", """\
Perfect, thanks Marietjie. Agree on Sibusiso, his answer on the UIF question was the best of the three.

T""", parent="pf2", sig=False)
    noise("pf2", "Peninsula Fresh Foods",
          "current job: colleague's 'scoring sheets by Thursday 12/03', never sent; hiring side, "
          "not the job search")
    case.promise("pf2", "pf2", marietjie.email, "2026-03-12", job=False)

    A("pc1", sibusiso, [me], "2026-03-10 16:20", """\
Dear Ms Mokoena

Thank you for the opportunity to interview for the Payroll Officer position this morning. I enjoyed learning more about Peninsula Fresh Foods and the payroll team, and I am very excited about the possibility of joining.

Please let me know if you need any further information from me.

Kind regards
Sibusiso Khoza
076 555 0238""", subject="Thank you – Payroll Officer interview")
    A("pc2", me, [sibusiso], "2026-03-11 08:05", """\
Dear Sibusiso

Thank you for your note. We are finalising our interviews and will let all candidates know the outcome by Friday 20 March.

Kind regards
Thandiwe Mokoena
HR Business Partner | Peninsula Fresh Foods""", parent="pc1", sig=False)
    A("pc3", me, [sibusiso], "2026-03-19 16:45", """\
Dear Sibusiso

Thank you again for your interest in the Payroll Officer position and for the time you gave us.

Unfortunately the successful candidate's position was filled internally, and we will not be taking your application further on this occasion. It was a close decision and we were impressed by your knowledge of payroll legislation. We'll keep your CV on file for future vacancies.

Kind regards
Thandiwe Mokoena
HR Business Partner | Peninsula Fresh Foods""", parent="pc2", sig=False)
    noise("pc1", "Peninsula Fresh Foods",
          "hiring side: a candidate thanks Thandi; her own 'by Friday 20 March' to him was kept "
          "with a regret on 19/03")
    case.own_promise("pc1", "pc2", sibusiso.email, "2026-03-20", kept_by="pc3", job=False)

    A("ex1", me, [lwazi], "2026-03-11 10:00", """\
Hi Lwazi

This email confirms your exit interview with me on Friday 13/03 from 15:00 to 15:45 in HR Meeting Room 1. It's an informal conversation and everything you share is confidential and reported only in aggregate.

Regards
Thandi""", subject="Exit interview – Friday 13/03", sig=False)
    A("ex2", lwazi, [me], "2026-03-11 10:32", """\
Thanks Thandi, see you Friday.""", parent="ex1")
    A("ex3", lwazi, [me], "2026-03-13 17:05", """\
Hi Thandi

Thank you for the chat today, and for everything over the past four years. You were always in our corner on the floor. I'll miss the team.

Lwazi""", parent="ex2")
    noise("ex1", "Peninsula Fresh Foods",
          "current job: exit interview Thandi ran on Fri 13/03 15:00-15:45; the employee thanked "
          "her")
    case.meeting("ex1", T("2026-03-13 15:00"), T("2026-03-13 15:45"), met=[lwazi.email],
                 job=False, what="exit interview")

    for key, when, role, cand in (("sm1", "2026-03-04 06:12", "Shift Manager - Paarl DC",
                                   "Jacques le Roux"),
                                  ("sm2", "2026-03-16 05:48", "Shift Manager - Paarl DC",
                                   "Ntombi Mahlaba")):
        txt = """\
Hi Thandiwe,

A new candidate has applied for {role}.

Candidate: {cand}
Source: Company careers site
Stage: New

Review the application in SmartRecruiters: https://www.smartrecruiters.com/app/jobs/PFF-0093

You are receiving this email because you are a hiring team member for this job.""".format(
            role=role, cand=cand)
        A(key, smartr, [me], when, txt, subject="New application: %s (%s)" % (role, cand),
          html=html_of(txt), html_only=True, headers=AUTO)
        noise(key, "SmartRecruiters",
              "current job's ATS: new applicant for a role Thandi is hiring for")

    A("cs1", nicole, [me], "2026-03-12 11:00", """\
Hi Thandi

As discussed, please find attached three CVs for the Warehouse Shift Manager role at Paarl DC. All three have cold-chain experience and are available on one month's notice. Mandla is the standout for me.

I'm still waiting on references for two more candidates and will have their CVs to you by Wednesday 18/03.

Kind regards""", subject="CVs: Warehouse Shift Manager – Paarl DC",
      attachments=[("CV_Mandla_Sithebe.pdf", "application/pdf", make_pdf([
          "Mandla Sithebe - CV", "Shift Supervisor, ColdLink Logistics (2019 - present)"])),
                   ("CV_Riana_Coetzee.pdf", "application/pdf", make_pdf([
                       "Riana Coetzee - CV", "Warehouse Team Leader, FreshMark DC (2018 - present)"])),
                   ("CV_Sizwe_Ngcobo.pdf", "application/pdf", make_pdf([
                       "Sizwe Ngcobo - CV", "Shift Manager, Atlantic Cold Storage (2017 - present)"]))])
    A("cs2", me, [nicole], "2026-03-12 13:20", """\
Thanks Nicole, I'll review them with the ops manager and get back to you.

Thandi""", parent="cs1", sig=False)
    A("cs3", nicole, [me], "2026-03-18 10:15", """\
Hi Thandi

As promised, two more CVs attached. Both references came back glowing.""", parent="cs2",
      attachments=[("CV_Bradley_Jonker.pdf", "application/pdf", make_pdf([
          "Bradley Jonker - CV", "Shift Manager, CapeFresh Produce (2020 - present)"])),
                   ("CV_Lindelwa_Nkosi.pdf", "application/pdf", make_pdf([
                       "Lindelwa Nkosi - CV", "Operations Supervisor, Boland Foods (2019 - present)"]))])
    noise("cs1", "Cape Staffing Solutions",
          "hiring side: an agency sends Thandi CVs; its 'two more by Wednesday 18/03' kept")
    case.promise("cs1", "cs1", nicole.email, "2026-03-18", job=False)

    ct_start, ct_end = T("2026-03-23 14:00"), T("2026-03-23 15:00")
    A("ct1", me, [chante], "2026-03-18 15:30", """\
Dear Chanté

This email confirms your interview with me for the HR Administrator position on Monday 23/03 from 14:00 to 15:00 at our Epping office, 12 Bofors Circle, Epping Industria. Please bring your ID and certified copies of your qualifications.

Kind regards
Thandiwe Mokoena
HR Business Partner | Peninsula Fresh Foods""", subject="Interview confirmation – HR Administrator – Monday 23/03",
      sig=False)
    A("ct2", chante, [me], "2026-03-18 17:02", """\
Good afternoon Ms Mokoena

Thank you, I confirm I will be there. 

Kind regards
Chanté Jacobs""", parent="ct1")
    noise("ct1", "Peninsula Fresh Foods",
          "hiring side: Thandi interviews a candidate on Mon 23/03 14:00-15:00")
    case.meeting("ct1", ct_start, ct_end, met=[chante.email], job=False,
                 what="candidate interview at work")

    y_start, y_end = T("2026-03-26 09:00"), T("2026-03-26 11:00")
    y_desc = ("Agenda: Q2 workforce plan, Paarl DC shift pattern consultation, EE report "
              "timeline. Please bring your BU headcount numbers.")
    ics_y = make_ics(method="REQUEST", uid=uid_outlook(NAME, "hrlt-q2"),
                     stamp=T("2026-03-16 08:30"), start=y_start, end=y_end,
                     summary="HR LT – Q2 workforce plan", organizer=yusuf,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (room_p, "ACCEPTED", "ROOM")],
                     tzid="South Africa Standard Time", location="EPP-HR Meeting Room 1",
                     description=y_desc, prodid=EXCH)
    A("yl1", yusuf, [me], "2026-03-16 08:30", y_desc, subject="HR LT – Q2 workforce plan",
      ics=ics_y, ics_mode="outlook", sig=False)
    noise("yl1", "Peninsula Fresh Foods",
          "current job: HR leadership meeting Thu 26/03, still ahead")
    case.meeting("yl1", y_start, y_end, met=[yusuf.email], status="scheduled", job=False,
                 what="HR LT")

    cc_text = """\
NOTICE OF SET-DOWN: CONCILIATION

Case number: WECT 4417-26
Applicant: N. Daniels
Respondent: Peninsula Fresh Foods (Pty) Ltd

The above matter has been set down for CONCILIATION on Thursday, 02 April 2026 at 09:00 at the CCMA, 78 Darling Street, Cape Town.

Parties are advised to be present 15 minutes before the scheduled time. Should a party fail to attend, the matter may be dismissed or an award made in their absence.

Issued by: Case Management Officer, CCMA Western Cape"""
    A("cc1", ccma, [me], "2026-03-17 11:42", cc_text,
      subject="Notice of Set-Down: WECT 4417-26 – Daniels v Peninsula Fresh Foods")
    noise("cc1", "CCMA",
          "current job: an employee's dispute set down for conciliation on Thu 02/04")
    case.meeting("cc1", T("2026-04-02 09:00"), None, status="scheduled", job=False,
                 what="CCMA conciliation")

    pn = """\
PFF NEWS | March 2026

Welcome to our new colleagues in Paarl and Epping!

* Load-shedding: the generators at Paarl DC have been serviced; please report any cold room alarms immediately.
* Wellness day: Thursday 26 March, Epping canteen. Free health screenings with our medical aid partner.
* Long-service awards: congratulations to the 14 colleagues celebrating 10+ years.
* Vacancies: we're hiring a Warehouse Shift Manager (Paarl DC) and an HR Administrator (Epping). Refer a friend!"""
    A("pn1", pffnews, [me], "2026-03-06 12:00", pn, subject="PFF News – March 2026",
      html=html_of(pn), html_only=True,
      headers=bulk_headers("<pffnews.peninsulafresh.co.za>",
                           "https://peninsulafresh.co.za/news/unsubscribe"))
    noise("pn1", "Peninsula Fresh Foods", "internal newsletter (mentions vacancies)")

    # ==================================================================
    # Family, friends, services
    # ==================================================================
    A("ou1", ouma, [me], "2026-02-08 19:12", """\
My liewe Thandi

Hoe gaan dit met jou my kind? Ek het gister vir Nomsa op die foon gekry en sy se jy werk weer tot laat elke aand. Jy moet na jouself kyk hoor.

Die wind waai hier in Worcester dat dit so kraak en Oupa se tamaties is almal plat. Hy is baie ongelukkig.

Kom julle Paasnaweek hierheen? Ek wil vir almal bobotie en melktert maak.

Baie liefde
Ouma""", subject="Paasnaweek")
    A("ou2", me, [ouma], "2026-02-09 07:30", """\
Ag Ouma, dankie! I'm fine, just busy with work and a few interviews of my own (shh, don't tell Mama yet).

Ja, we'll definitely come for Easter, ek sal met Nomsa ry. Sê vir Oupa ek is jammer oor die tamaties!

Lief vir Ouma
Thandi""", parent="ou1", sig=False)
    A("ou3", ouma, [me], "2026-02-09 18:02", """\
Ek sal niks se nie. Sterkte met alles my kind, ek bid vir jou.

Ouma""", parent="ou2")
    noise("ou1", None, "her gran in Afrikaans: Easter plans")

    kerk_text = """\
AFKONDIGINGS – Sondag 8 Maart 2026

Erediens om 09:30, Ds. J. Arendse. Nagmaal word volgende Sondag bedien.

Die Vrouediens vergader Dinsdag om 18:00 in die konsistorie.

BASAAR: Saterdag 28 Maart vanaf 08:00 op die kerkterrein. Koeksisters, pannekoek en boereworsrolle. Skenkings van gebak kan Vrydagmiddag by die saal afgelaai word.

Siekes: Ons onthou broer en suster Fortuin in ons gebede.

Beurtkrag: Die saal het nou 'n omsetter, die koor kan dus oefen al is daar beurtkrag.

Kerkkantoor: Maandag tot Donderdag 08:00 - 13:00."""
    A("vk1", kerk, [me], "2026-03-06 14:15", kerk_text,
      subject="Afkondigings – Sondag 8 Maart 2026",
      headers=bulk_headers("<afkondigings.vgkworcesteroos.org.za>",
                           "https://vgkworcesteroos.org.za/lys/afmeld"))
    noise("vk1", "VGK Worcester-Oos", "church notices in Afrikaans")

    A("ou4", ouma, [me], "2026-03-15 20:40", """\
Thandi kyk hier na die basaar, dis die week voor julle kom. Sal jy vir Ouma n paar blikke kondensmelk uit die Kaap bring vir die melktert?

---------- Forwarded message ---------
From: VGK Worcester-Oos <kerkkantoor@vgkworcesteroos.org.za>
Date: Fri, 13 Mar 2026 at 13:50
Subject: Afkondigings – Sondag 15 Maart 2026

AFKONDIGINGS – Sondag 15 Maart 2026

Nagmaal word vandag bedien. Die kollekte gaan na die Sopkombuis.

BASAAR: Saterdag 28 Maart vanaf 08:00. Ons soek nog helpers vir die pannekoekstalletjie, skryf asseblief jou naam op die lys in die portaal.

Jeug: Die jeug kamp is van 3 tot 6 April op Goudini.""", subject="Fwd: Afkondigings – Sondag 15 Maart 2026")
    A("ou5", me, [ouma], "2026-03-16 06:55", """\
Ja Ouma, ek sal vir Ouma kondensmelk bring. Sien Ouma gou!

Thandi x""", parent="ou4", sig=False)
    noise("ou4", None, "her gran forwards the church notice and asks for condensed milk for Easter")

    A("ns1", nomsa, [me], "2026-03-03 21:30", """\
Molo sisi!!

Ok so Mama's 60th. I'm thinking lunch at that place in Stellenbosch she likes, Sunday 26 April? Or do we do a surprise at home with the cousins? Aunty Thoko says surprise but you know how Mama hates surprises 😂

Also who is doing the speech. NOT me.""", subject="Mama's 60th – ideas??")
    A("ns2", me, [nomsa], "2026-03-04 07:00", """\
Haha Mama will kill us if we surprise her. Lunch in Stellies is perfect, I'll phone the restaurant. And fine, I'll do the speech, but you're doing the slideshow.

T""", parent="ns1", sig=False)
    A("ns3", nomsa, [me], "2026-03-04 07:41", """\
Deal!! Let's have a quick call on Sunday night with Lwando to sort the money, I'll send an invite""",
      parent="ns2")
    noise("ns1", None, "sister: their mother's 60th birthday")

    fam_start, fam_end = T("2026-03-15 19:00"), T("2026-03-15 20:00")
    ics_fam = make_ics(method="REQUEST", uid=uid_google(NAME, "mama60"),
                       stamp=T("2026-03-04 07:50"), start=fam_start, end=fam_end,
                       summary="Mama's 60th – planning call", organizer=nomsa_cal,
                       attendees=[(nomsa_cal, "ACCEPTED", "INDIVIDUAL"),
                                  (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                  (("Lwando Mokoena", "lwando.mokoena@gmail.com"),
                                   "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid="Africa/Johannesburg", location="https://meet.google.com/mms-tvoh-xqa",
                       description="Money, venue, speech, slideshow. Bring ideas!")
    A("ns_cal", nomsa_cal, [me, Person("Lwando Mokoena", "lwando.mokoena@gmail.com")],
      "2026-03-04 07:50", """\
Nomsa Mokoena has invited you to an event.

Mama's 60th – planning call
Sunday 15 Mar 2026 ⋅ 19:00 – 20:00 (South Africa Standard Time)

Join with Google Meet
meet.google.com/mms-tvoh-xqa

Guests
Nomsa Mokoena - organiser
thandi.mokoena@example.net
lwando.mokoena@gmail.com

Money, venue, speech, slideshow. Bring ideas!

Reply for thandi.mokoena@example.net: Yes / No / Maybe / More options

Invitation from Google Calendar""",
      subject="Invitation: Mama's 60th – planning call @ Sun 15 Mar 2026 19:00 - 20:00 (SAST) "
              "(thandi.mokoena@example.net)",
      ics=ics_fam, ics_mode="google", headers=GCAL, sig=False)
    noise("ns_cal", None, "family planning call (Google Calendar), Sun 15/03 19:00-20:00")
    case.meeting("ns_cal", fam_start, fam_end, met=[nomsa.email, "lwando.mokoena@gmail.com"],
                 job=False, what="family call")

    A("br1", nandi, [me, lauren, kea], "2026-03-10 21:05", """\
Hi lovelies!

Human Rights Day falls on a Saturday this year so we're making a plan: BRAAI at ours on Sat 21/03 from 13:00. Bring your own meat and a side, we'll do the fire and the drinks.

Partners and kids welcome. Please let me know by Tuesday so Sizwe knows how much charcoal to buy (he's very serious about this).

N x""", subject="Braai at ours – Sat 21/03 🔥")
    A("br2", me, [nandi, lauren, kea], "2026-03-11 06:45", """\
Lekker!! Count me in. I'll bring my famous potato salad. Can I bring Zanele?

T""", parent="br1", sig=False)
    A("br3", lauren, [nandi, me, kea], "2026-03-11 08:02", """\
In! I'll bring a malva pudding. Ben is on call so it's just me.""", parent="br2")
    A("br4", kea, [nandi, me, lauren], "2026-03-11 12:30", """\
Yes please!! Bringing the little one, hope that's ok. I'll do a green salad so we have something healthy on the table lol""",
      parent="br3")
    A("br5", nandi, [me, lauren, kea], "2026-03-20 18:30", """\
Reminder for tomorrow! 14 Milner Road, Tamboerskloof. Parking is a mission so Uber if you can. Zanele very welcome Thandi.

Load-shedding is supposedly suspended but we have the gas lamp just in case 😅""", parent="br4")
    A("br6", me, [nandi], "2026-03-22 10:15", """\
Thank you for yesterday my friend!! Shame, my head this morning. Lekker vibes, best braai of the year so far. Tell Sizwe the lamb chops were perfect.

T x""", parent="br5", sig=False)
    noise("br1", None, "friends' braai Sat 21/03 13:00-18:00; Thandi's potato salad promised")
    case.meeting("br1", T("2026-03-21 13:00"), T("2026-03-21 18:00"), met=[nandi.email],
                 job=False, what="braai")
    case.own_promise("br1", "br2", nandi.email, "2026-03-21", kept_by="br6", job=False)

    A("zn1", zanele, [me], "2026-02-27 12:40", """\
Howzit stranger!! Where have you been hiding? We need a proper catch up. Wine at the Oranjezicht market one Saturday?

Z""", subject="howzit")
    A("zn2", me, [zanele], "2026-03-01 09:12", """\
Zee! Sorry, work has been mad. Yes please. Also Nandi's having a braai on the 21st, I'm sure she won't mind if you come with.

T""", parent="zn1", sig=False)
    A("zn3", zanele, [me], "2026-03-01 10:05", """\
Ooh yes count me in!!""", parent="zn2")
    noise("zn1", None, "friend catching up")

    for key, when, subj, body in (
            ("ks1", "2026-03-02 05:40", "Stage 2 load-shedding today – Sea Point (Area 7)", """\
Eskom has announced Stage 2 load-shedding from 16:00 today until further notice.

Your area: Sea Point (City of Cape Town, Area 7)
Today, Monday 02/03:
  16:00 - 18:30
Tomorrow, Tuesday 03/03:
  00:00 - 02:30
  08:00 - 10:30

Schedules can change at short notice. Check the app for updates."""),
            ("ks2", "2026-03-12 06:05", "Schedule update – Sea Point (Area 7)", """\
Stage 2 continues today, Thursday 12/03.

Sea Point (Area 7):
  10:00 - 12:30
  18:00 - 20:30

Tip: charge your devices before 10:00."""),
            ("ks3", "2026-03-22 17:30", "Load-shedding suspended", """\
Eskom has suspended load-shedding until further notice.

Your area: Sea Point (City of Cape Town, Area 7)
No load-shedding is scheduled for Monday 23/03.

We'll let you know if anything changes.""")):
        A(key, kragwag, [me], when, body, subject=subj, html=html_of(body), headers=AUTO)
        noise(key, "Kragwag", "load-shedding alert")

    md1 = """\
Dear Ms T Mokoena

Membership number: 8810 4421 07

Your claims statement for February 2026 is now available.

Claims processed: 3
Paid from Medical Savings Account: R1 245,60
Paid from Risk: R3 980,00
Member portion: R0,00

View your statement on the member portal or the Protea Medical app.

Protea Medical Scheme | Registration no. 1588"""
    A("md1", medical, [me], "2026-03-04 09:00", md1,
      subject="Your claims statement – February 2026", html=html_of(md1), html_only=True,
      headers=AUTO)
    noise("md1", "Protea Medical Scheme", "medical aid claims statement")
    md2 = """\
Dear Ms T Mokoena

Membership number: 8810 4421 07

We have approved your pre-authorisation request.

Service: Physiotherapy (6 sessions)
Provider: Sea Point Physio
Authorisation number: PA-2026-0331784
Valid from 17/03/2026 to 17/06/2026

Protea Medical Scheme | Registration no. 1588"""
    A("md2", medical, [me], "2026-03-17 14:22", md2,
      subject="Pre-authorisation approved: Physiotherapy", html=html_of(md2), html_only=True,
      headers=AUTO)
    noise("md2", "Protea Medical Scheme", "medical aid pre-authorisation")

    gy1 = """\
Hi Thandiwe

We were unable to collect your monthly membership fee of R649,00 on 01/03/2026 (reason: insufficient funds / account changed).

Please update your banking details at reception or in the app before 15/03/2026 to avoid a R75,00 admin fee.

Atlantic Fitness Sea Point
Beach Road, Sea Point"""
    A("gy1", gym, [me], "2026-03-02 08:30", gy1, subject="Debit order unsuccessful – action needed",
      html=html_of(gy1), html_only=True, headers=AUTO)
    noise("gy1", "Atlantic Fitness", "gym debit order failed")
    gy2 = """\
Hi Thandiwe

You're booked!

Spin Express (45 min) with Coach Lebo
Tuesday 24/03/2026, 17:30 - 18:15
Studio 2

Cancel up to 2 hours before the class to avoid a no-show fee.

Atlantic Fitness Sea Point"""
    A("gy2", gym, [me], "2026-03-23 07:15", gy2, subject="Booking confirmed: Spin Express, Tue 24/03",
      html=html_of(gy2), html_only=True, headers=AUTO)
    noise("gy2", "Atlantic Fitness", "spin class booking Tue 24/03 17:30-18:15")
    case.meeting("gy2", T("2026-03-24 17:30"), T("2026-03-24 18:15"), job=False,
                 what="spin class")

    d_start, d_end = T("2026-03-12 07:30"), T("2026-03-12 08:15")
    ics_d = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dentist"), stamp=T("2026-03-05 10:10"),
                     start=d_start, end=d_end, summary="Dental check-up & clean – Dr Fortuin",
                     organizer=dentist, tzid="Africa/Johannesburg",
                     location="Fortuin Dental, 21 Main Road, Rondebosch",
                     prodid="-//Fortuin Dental//Booking 2.1//EN")
    A("dn1", dentist, [me], "2026-03-05 10:10", """\
Dear Thandiwe

Your appointment has been booked:

Dental check-up & clean with Dr A. Fortuin
Thursday 12/03/2026 at 07:30
21 Main Road, Rondebosch

Please arrive 10 minutes early. Cancellations less than 24 hours before the appointment will be charged.

Fortuin Dental Rondebosch | 021 555 0712""", subject="Appointment confirmation – Thu 12/03/2026 07:30",
      ics=ics_d, ics_mode="publish")
    noise("dn1", "Fortuin Dental", "dentist appointment Thu 12/03 07:30-08:15 (ICS PUBLISH)")
    case.meeting("dn1", d_start, d_end, met=[dentist.email], job=False, what="dentist")

    A("gp1", gp, [me], "2026-03-17 11:05", """\
Dear Ms Mokoena

Your blood results from Monday have not all come back from the lab yet. Dr Naidoo will phone you with the results by Friday 20/03.

Kind regards
Sister Gwen Jacobs
Dr Naidoo & Partners, Sea Point | 021 555 0388""", subject="Your blood test results")
    A("gp2", me, [gp], "2026-03-17 12:30", """\
Thank you Sister, much appreciated.

Thandi Mokoena""", parent="gp1", sig=False)
    noise("gp1", "Dr Naidoo & Partners",
          "GP's practice: 'Dr Naidoo will phone you by Friday 20/03' (not job search)")
    case.promise("gp1", "gp1", gp.email, "2026-03-20", job=False)

    bk = """\
Dear Thandiwe

Your statement for the period 01/02/2026 to 28/02/2026 for your Kaap Bank Cheque Account ending 4471 is now available.

Log in to the Kaap Bank app or online banking to view and download it.

Kaap Bank will never ask for your PIN or OTP by email."""
    A("kb1", bank, [me], "2026-03-01 06:00", bk, subject="Your February statement is ready",
      html=html_of(bk), html_only=True, headers=AUTO)
    noise("kb1", "Kaap Bank", "bank statement notice")
    bk2 = """\
Kaap Bank: A debit order of R3 412,00 to PROTEA MEDICAL was paid from your account ending 4471 on 18/03/2026. Not you? Dispute it in the app within 40 days."""
    A("kb2", bank, [me], "2026-03-18 05:10", bk2, subject="Debit order alert: R3 412,00",
      html=html_of(bk2), html_only=True, headers=AUTO)
    noise("kb2", "Kaap Bank", "debit order alert")

    ct = """\
Dear Customer

Your municipal account for March 2026 is attached.

Account number: 2004 8812 5590
Amount due: R2 186,41
Due date: 25/03/2026

Pay via EFT, the City's e-services portal or at any City cash office.

City of Cape Town"""
    A("cp1", city, [me], "2026-03-10 03:10", ct, subject="Your municipal account – March 2026",
      html=html_of(ct), headers=AUTO, attachments=[("Account_200488125590_202603.pdf",
                                                     "application/pdf", make_pdf([
          "City of Cape Town - Municipal account March 2026",
          "Account 2004 8812 5590", "Amount due R2 186,41 by 25/03/2026"]))])
    noise("cp1", "City of Cape Town", "municipal account")

    bo1 = """\
Hi Thandiwe, thanks for your order!

Order #BK-2291730
1 x Inverter-ready LED lantern (rechargeable)   R399,00
1 x Power bank 20 000 mAh                        R549,00
Delivery: R0,00 (free over R500)
Total: R948,00

We'll let you know when it ships."""
    A("bo1", bokkie, [me], "2026-03-07 14:02", bo1, subject="Order confirmed #BK-2291730",
      html=html_of(bo1), headers=AUTO)
    noise("bo1", "Bokkie.co.za", "online order (lantern and power bank)")
    bo2 = """\
Good news, Thandiwe! Your order #BK-2291730 is on its way.

Courier: The Courier Guy
Waybill: TCG88120044
Expected delivery: Tuesday 10/03/2026"""
    A("bo2", bokkie, [me], "2026-03-09 08:45", bo2, subject="Your order is on its way",
      html=html_of(bo2), headers=AUTO)
    noise("bo2", "Bokkie.co.za", "shipping notice")

    for key, when, subj, body in (
            ("hp1", "2026-03-03 07:00", "HR Pulse: Is your EE plan ready for the new sector targets?", """\
HR PULSE SA | Weekly

THIS WEEK
- Employment equity: what the new sectoral targets mean for your 2026 plan
- Interview red flags: 7 things candidates notice about you
- Case law: the Labour Court on fixed-term contracts in mining
- Webinar: Building a people function from scratch at a scale-up (Thursday 12/03, 12:00)

JOBS BOARD
Head of People – Fintech – Cape Town
HR Business Partner – Mining – Rustenburg
Talent Acquisition Lead – Banking – Sandton"""),
            ("hp2", "2026-03-17 07:00", "HR Pulse: Load-shedding, overtime and the BCEA", """\
HR PULSE SA | Weekly

THIS WEEK
- Load-shedding and overtime: what the BCEA actually says
- The CHRO's first 100 days: five people leaders share their playbooks
- Salary survey 2026: HR roles up 6.8% on average
- Psychometric assessments: are you using them fairly?

JOBS BOARD
People & Culture Lead – Fintech – Cape Town
Group HR Executive – Mining – Johannesburg""")):
        A(key, hrpulse, [me], when, body, subject=subj, html=html_of(body),
          headers=bulk_headers("<weekly.hrpulse.co.za>", "https://hrpulse.co.za/unsubscribe"))
        noise(key, "HR Pulse SA", "HR newsletter, full of job words")

    for key, when, body in (
            ("jv1", "2026-03-09 06:30", """\
8 new jobs matching "Head of People" in Western Cape

Head of People | Fintech | Cape Town CBD | R1.2m - R1.5m CTC
Apply before 20/03/2026

People & Culture Lead | Seabird Wallet | Woodstock
Recently posted

HR Manager | Retail | Bellville | Market related

Senior HR Business Partner | Insurance | Century City

... and 4 more. View all jobs: https://jobvine.co.za/alerts/88213

You're receiving this alert because you saved the search "Head of People". Manage alerts."""),
            ("jv2", "2026-03-23 06:30", """\
5 new jobs matching "Head of People" in Western Cape and Gauteng

Head of HR | Mining services | Rustenburg | Confidential
Apply now, interviews from 30/03

Head of People | Payments start-up | Cape Town | Equity + salary

HR Director | FMCG | Paarl

... and 2 more. View all jobs: https://jobvine.co.za/alerts/88213

You're receiving this alert because you saved the search "Head of People". Manage alerts.""")):
        A(key, jobvine, [me], when, body, subject="Job alert: new jobs for \"Head of People\"",
          html=html_of(body),
          headers=bulk_headers("<alerts.jobvine.co.za>", "https://jobvine.co.za/alerts/manage"))
        noise(key, "JobVine", "job-board alert, owes nothing")

    sp1 = """\
Thank you for joining us at the Western Cape Members' Breakfast at the Vineyard Hotel on Thursday 26 February.

The slides from the panel "People leadership in a tough economy" are now on the members' portal, with photos from the morning.

Save the date: our next regional event is the Women in People Leadership lunch on Friday 15 May.

SA Institute of People Practice – Western Cape Chapter"""
    A("sp1", saipp, [me], "2026-02-27 10:00", sp1, subject="Thank you for joining us – Western Cape Members' Breakfast",
      html=html_of(sp1), html_only=True,
      headers=bulk_headers("<members.saipp.org.za>", "https://saipp.org.za/unsubscribe"))
    noise("sp1", "SA Institute of People Practice",
          "mass thank-you after the members' breakfast of Thu 26/02")
    case.meeting("sp1", T("2026-02-26 07:00"), T("2026-02-26 09:00"), job=False,
                 what="members' breakfast")

    for key, when, subj, body in (
            ("pr1", "2026-03-07 11:10", "Your result: Sea Point Prom 5K #412", """\
Hi Thandiwe

Well done on completing Sea Point Prom 5K event #412 today.

Time: 29:41
Position: 218 of 603
Age category VW30-34: 14th

See you next Saturday!"""),
            ("pr2", "2026-03-21 11:05", "Your result: Sea Point Prom 5K #414", """\
Hi Thandiwe

Well done on completing Sea Point Prom 5K event #414 today.

Time: 28:57 (new PB!)
Position: 187 of 655
Age category VW30-34: 11th

See you next Saturday!""")):
        A(key, prom5k, [me], when, body, subject=subj, html=html_of(body), headers=AUTO)
        noise(key, "Sea Point Prom 5K", "Saturday run results")

    ry = """\
Thanks for riding with RydeSA, Thandiwe

Thursday 19/03/2026
08:58  Beach Road, Sea Point
09:34  The Foundry, Albert Road, Woodstock

Fare: R142,00 (incl. R8,00 booking fee)
Paid with Visa ending 4471"""
    A("ry_r", ryde, [me], "2026-03-19 09:36", ry, subject="Your Thursday morning trip with RydeSA",
      html=html_of(ry), html_only=True, headers=AUTO)
    noise("ry_r", "RydeSA", "ride receipt (to the Woodstock presentation)")

    A("ga1", garage, [me], "2026-03-18 16:40", """\
Good day Ms Mokoena

This is to confirm that your VW Polo (CA 881-442) is booked in for its 60 000 km service on Monday 30/03/2026 at 07:30.

A courtesy shuttle to the Sea Point CBD is available. Please leave the spare key and locking wheel nut in the car.

Regards
Service Desk
Sea Point Auto Centre | 021 555 0154""", subject="Service booking confirmed – Mon 30/03/2026")
    noise("ga1", "Sea Point Auto Centre", "car service booked for Mon 30/03 07:30")
    case.meeting("ga1", T("2026-03-30 07:30"), None, status="scheduled", job=False,
                 what="car service")

    # ==================================================================
    # Labels
    # ==================================================================
    E = case.expect
    E("thank_you", "il1", "megan.fourie@ilangapay.co.za",
      "case presentation Thu 19/03 10:00-11:30 took place; Megan (address in Lerato's "
      "confirmation) was never thanked; only Sipho was, in a new thread; overdue since 20/03 11:30")
    E("thank_you", "il1", "jaco.vandermerwe@ilangapay.co.za",
      "joined the 19/03 presentation unannounced; Lerato supplied his address on 20/03 08:40, so "
      "it is a thank-you, not a request for the address; never thanked; overdue since 20/03 11:30")
    E("callback", "mmt1", busi.email,
      "'I will revert to you by Friday 20 March' after the panel's Wednesday meeting; nothing "
      "from Marula since (Workday is not Marula's domain); due at the end of Tue 24/03, 9 hours "
      "before now", promised="2026-03-20")
    E("ask_for_address", "ng1", olivia.email,
      "Zoom interview Wed 18/03 09:00-09:45 GMT (11:00-11:45 SAST) with Harriet Ellis and Tom "
      "Brennan, whose addresses appear nowhere; Olivia arranged it and Thandi has not written to "
      "her since; due from 13:45 SAST that day")
    E("callback", "ry1", ryan.email,
      "'feedback by Wednesday 11 March and I'll come straight back to you'; nothing from Baobab "
      "since; due at the end of Fri 13/03, not yet stale (until 27/03)", promised="2026-03-11")
    E("networking", "kf1", grant.email,
      "coffee Tue 03/03 took place and was thanked; the last exchange with Grant was his reply of "
      "Wed 04/03, so the 14-day touch fell due at the end of 18/03")
    E("application", "sr1", pieter.email,
      "CV and application to Pieter on Thu 05/03; only an out-of-office answered (not a person); "
      "due at the end of Mon 16/03, the 7th business day")
    E("own_promise", "kr1", vanessa.email,
      "Thandi promised her package breakdown and notice period 'by Wednesday 18 March' and has "
      "not written to Vanessa since; due at the end of 18/03")
    E("thank_you", "kr_inv", deon.email,
      "Teams interview Tue 17/03 10:00-11:00 took place; her only 'thanks' to Deon was the "
      "evening before; overdue since 18/03 11:00")
    E("thank_you", "tp1", "lindiwe.sithole@tidepoolcredit.co.za",
      "video interview Mon 16/03 14:00-14:45 took place and was never thanked; the rejection of "
      "19/03 ends the callback, not the thank-you; overdue since 17/03 14:45")
    E("thank_you", "rf1", refilwe.email,
      "informational call Fri 20/03 13:00-13:30 took place; Refilwe even sent the article "
      "afterwards; no thank-you; overdue since 21/03 13:30 (the networking touch is not due "
      "before 03/04)")

    F = case.forbid
    F("il1", sipho.email,
      "thanked for the presentation in a new thread on 19/03 16:30")
    F("ilt1", sipho.email,
      "'will let you know by Friday 27 March' is still open; a follow-up is due only at the end "
      "of Tue 31/03")
    F("il1", lerato.email,
      "she arranged the presentation but was not in it; Thandi wrote to her afterwards and she "
      "sent Jaco's address; the February intro call was thanked and her 'end of next week' kept")
    F("mm_inv", nomvula.email,
      "thanked by the one note of 12/03 17:40 to Nomvula and Johan (Busi in copy); one note "
      "satisfies each addressee")
    F("mm_inv", room_m[1], "a boardroom (CUTYPE=ROOM) in the invite, not a person")
    F("tg1", gauge.email, "automated assessment platform (no-reply); no person was met")
    F("kf1", fatima.email,
      "the old colleague who made the introduction was not at the coffee and promised nothing; "
      "thanked in the thread")
    F("ch1", charl.email,
      "lunch of 09/03 thanked that evening; his reply of Mon 23/03 resets the 14-day touch to "
      "the end of 06/04")
    F("ap1", phumzile.email,
      "the recruiter did not call on 20/03 (no-show, no meeting took place); moved to Thu 26/03 "
      "10:00, still ahead")
    F("bk1", karabo.email, "conversation of 11/03 cancelled the day before; it never took place")
    F("sw1", amahle.email,
      "CV sent Thu 19/03; the 7 business days run to the end of Mon 30/03, not yet due")
    F("tp1", anele.email,
      "the rejection of 19/03 ended 'feedback by Friday 20 March'; she was not at the interview; "
      "the CV she asked for was answered on 02/03")
    F("pc1", sibusiso.email,
      "hiring side: a candidate Thandi interviewed at her current job thanks her; her own "
      "promise to him was kept with a regret on 19/03")
    F("pf2", marietjie.email,
      "current job: a colleague's 'scoring sheets by Thursday 12/03' is not a job-search "
      "promise")
    F("ex1", lwazi.email, "an exit interview Thandi ran at her current job, not a job interview")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
