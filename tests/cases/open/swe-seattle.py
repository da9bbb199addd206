#!/usr/bin/env python3
"""Sealed case: Priya Raman-Holt, senior backend engineer in Seattle, laid off in January.

Written blind from CASES.md, DOMAIN.md, the public README and tests/cases/BRIEF.md.
"""

import os
import sys
import textwrap
import datetime as dt
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
from casekit import (Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL,
                     uid_google, uid_outlook, uid_uuid, run)

LA = "America/Los_Angeles"
NY = "America/New_York"
TOR = "America/Toronto"
LON = "Europe/London"


def D(s):
    return textwrap.dedent(s).strip("\n")


def T(s, tz=LA):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def PDF(name, lines):
    return (name, "application/pdf", make_pdf(lines))


RESUME = PDF("Priya_Raman-Holt_Resume.pdf", [
    "Priya Raman-Holt",
    "Senior Backend Engineer - Seattle, WA - (206) 555-0187 - priya.ramanholt@example.net",
    "",
    "Vantage Ledger, Senior Software Engineer, Ledger Platform (2021-2026)",
    "- Rebuilt the reconciliation pipeline: 40M ledger entries/day, Postgres + Go",
    "- Designed the idempotent posting and retry layer after a double-posting incident",
    "- Ran backend on-call rotation; mentored two engineers to senior",
    "Harbor Freightways, Software Engineer (2016-2021)",
    "- Billing and invoicing services in Java and Kotlin",
    "B.S. Computer Science, University of Washington",
])


def build():
    me = Person("Priya Raman-Holt", "priya.ramanholt@example.net", tz=LA, style="webmail",
                sig="Priya Raman-Holt\nSenior Backend Engineer | Seattle, WA\n"
                    "(206) 555-0187 | priya.ramanholt@example.net")
    now = T("2026-04-16 09:40")
    case = Case(
        "swe-seattle",
        "Senior backend engineer in Seattle, laid off in a January RIF, six weeks into a hard search",
        {"name": "Priya Raman-Holt", "emails": ["priya.ramanholt@example.net"],
         "phone": "+1 206 555 0187", "timezone": LA},
        now,
        "",
    )
    case.me = me
    A = case.add

    # ================================================================ people
    noor = Person("Noor Haddad", "noor.haddad@tidemarkpay.com", LA, "gmail",
                  sig="Noor Haddad\nSenior Technical Recruiter | Tidemark Payments\n"
                      "noor.haddad@tidemarkpay.com")
    ashby = Person("Noor Haddad", "no-reply@ashbyhq.com", LA, "auto", auto=True,
                   msgid_domain="ashbyhq.com")
    rashida = Person("Rashida Boateng", "rashida.boateng@tidemarkpay.com", LA, "gmail",
                     sig="Rashida Boateng\nEngineering Manager, Ledger Platform\nTidemark Payments")
    owen = Person("Owen Castellanos", "owen.castellanos@tidemarkpay.com", LA, "gmail",
                  sig="--\nOwen Castellanos | Staff Engineer | Tidemark")
    meiling = Person("Mei-Ling Zhou", "meiling.zhou@tidemarkpay.com", LA, "gmail")

    gh_qf = Person("Quillfeather", "no-reply@us.greenhouse-mail.io", NY, "auto", auto=True,
                   msgid_domain="us.greenhouse-mail.io")
    simone = Person("Simone Achebe", "simone.achebe@quillfeather.io", NY, "gmail",
                    sig="Simone Achebe (she/her)\nRecruiting Coordinator | Quillfeather\nNew York, NY")
    hannah = Person("Hannah Lieberman", "hannah.lieberman@quillfeather.io", NY, "gcal")

    genevieve = Person("Geneviève Tremblay", "genevieve.tremblay@maplestack.ca", TOR, "outlook",
                       sig="Geneviève Tremblay\nPartenaire, acquisition de talents | "
                           "Talent Acquisition Partner\nMaplestack\n+1 514 555 0132")
    arjun = Person("Arjun Mehta", "arjun.mehta@maplestack.ca", TOR, "outlook")

    tara = Person("Tara Whitfield", "tara.whitfield@orcaridge.com", LA, "gmail",
                  sig="Tara Whitfield\nTechnical Recruiter, Orca Ridge Systems\n(425) 555-0119")

    brandon = Person("Brandon Keefe", "brandon.keefe@hollisvane.com", LA, "outlook",
                     sig="Brandon Keefe\nSenior Technical Recruiter | Hollis & Vane Technical Search\n"
                         "M: (206) 555-0163 | hollisvane.com")

    camille = Person("Camille Duarte", "camille.duarte@kestrelanalytics.com", LA, "gmail",
                     sig="Camille Duarte\nSenior Talent Partner · Kestrel Analytics")
    calendly = Person("Camille Duarte", "no-reply@calendly.com", LA, "auto", auto=True,
                      msgid_domain="calendly.com")

    beatriz = Person("Beatriz Lowell", "beatriz.lowell@pinecrestrobotics.com", LA, "gmail",
                     sig="Beatriz Lowell | Recruiter\nPinecrest Robotics\n3400 Stone Way N, Seattle WA")
    ingrid = Person("Ingrid Solberg", "ingrid.solberg@pinecrestrobotics.com", LA, "gmail",
                    sig="Ingrid Solberg\nEngineering Manager, Fleet Services")
    theo = Person("Theo Nakamura", "theo.nakamura@pinecrestrobotics.com", LA, "gmail")
    goodtime = Person("Pinecrest Robotics Recruiting", "no-reply@goodtime.io", LA, "auto",
                      auto=True, msgid_domain="goodtime.io")
    pc_sched = Person("Pinecrest Interviews", "interviews@pinecrestrobotics.com", LA, "auto")
    pc_room = ("SEA-StoneWay-3F-Shilshole (8) [Zoom Room]",
               "c_1889d0f3bb8a4c22shilshole@resource.calendar.google.com")

    deborah = Person("Deborah Kline", "deborah.kline@rainiermutual.com", LA, "outlook",
                     sig="Deborah Kline\nTalent Acquisition Specialist\n"
                         "Rainier Mutual Insurance Company\nO: 206.555.0171")
    curtis = Person("Curtis Palmer", "curtis.palmer@rainiermutual.com", LA, "outlook",
                    sig="Curtis Palmer\nDirector, Software Engineering – Claims Platform\nRainier Mutual")
    anjali = Person("Anjali Rao", "anjali.rao@rainiermutual.com", LA, "outlook")

    fiona = Person("Fiona Gallagher", "fiona.gallagher@larchwoodhealth.com", LA, "gmail",
                   sig="Fiona Gallagher\nTechnical Recruiter | Larchwood Health\n"
                       "fiona.gallagher@larchwoodhealth.com | (253) 555-0148")
    gh_lh = Person("Larchwood Health Recruiting", "no-reply@us.greenhouse-mail.io", LA, "auto",
                   auto=True, msgid_domain="us.greenhouse-mail.io")

    tomas = Person("Tomás Reyes", "tomas.reyes@salallabs.com", LA, "gmail",
                   sig="Tomás Reyes\nSenior Software Engineer, Salal Labs")
    yusuf = Person("Yusuf Adeyemi", "yusuf.adeyemi@salallabs.com", LA, "gmail",
                   sig="Yusuf Adeyemi\nHead of Engineering · Salal Labs")

    glen = Person("Glen Fujimoto", "glen.fujimoto@soundingline.com", LA, "gmail")
    camila = Person("Camila Restrepo", "camila.restrepo@brinewater.com", LA, "outlook",
                    sig="Camila Restrepo\nStaff Engineer, Payments Infrastructure\nBrinewater Capital")
    ruth = Person("Ruth Adler", "ruth.adler@tessellate.io", NY, "gmail",
                  sig="Ruth Adler\nEngineering Manager, Detection Pipeline\n"
                      "Tessellate Security · New York")
    pete = Person("Pete Lindgren", "pete.lindgren@halyard.dev", LA, "gcal")
    sunita = Person("Sunita Bhatt", "sunita.bhatt@halyard.dev", LA, "gmail")
    helena = Person("Helena Marsh", "helena@stillwatercompute.com", LA, "gmail",
                    sig="Helena Marsh\nCo-founder & CEO, Stillwater Compute")
    workday = Person("Driftwood Interactive", "driftwood@myworkday.com", LA, "auto", auto=True,
                     msgid_domain="myworkday.com")
    icims = Person("Ferrous Cloud Talent Acquisition", "careers-ferrouscloud@talent.icims.com",
                   LA, "auto", auto=True, msgid_domain="talent.icims.com")
    danielle = Person("Danielle Cho", "danielle.cho.sea@gmail.com", LA, "gmail")

    kim = Person("Kimberly Vo", "kimberly.vo@vantageledger.com", LA, "outlook",
                 sig="Kimberly Vo\nPeople Partner, Engineering\nVantage Ledger")
    renee = Person("Renée Albright", "renee.albright@bridgepathcareers.com", LON, "outlook",
                   region="eurprd04",
                   sig="Renée Albright\nCareer Transition Coach\n"
                       "Bridgepath Career Partners | London · New York · Seattle\n+44 20 7946 0321")
    esd = Person("Washington ESD", "no-reply@esd.wa.gov", LA, "auto", auto=True,
                 msgid_domain="esd.wa.gov")
    stack = Person("Stackboard Jobs", "alerts@stackboard.io", LA, "auto", auto=True,
                   msgid_domain="mail.stackboard.io")
    digest = Person("Cascadia Eng Community", "digest@cascadiaeng.org", LA, "auto", auto=True,
                    msgid_domain="cascadiaeng.org")
    moreno_cal = Person("Alicia Moreno", "amoreno@salmonberryelementary.org", LA, "gcal")
    moreno = Person("Alicia Moreno", "amoreno@salmonberryelementary.org", LA, "gmail")
    pta = Person("Salmonberry PTA", "news@salmonberrypta.org", LA, "auto", auto=True,
                 msgid_domain="salmonberrypta.org")
    sam = Person("Sam Holt", "sam.holt.pnw@gmail.com", LA, "gmail")
    mom = Person("Lakshmi Raman", "lakshmi.raman56@yahoo.com", NY, "webmail",
                 msgid_domain="mail.yahoo.com")
    escuelita = Person("Escuelita Colibrí", "hola@escuelitacolibri.org", LA, "gmail")
    luis = Person("Luis Ortega", "luis.ortega@pshomelending.com", LA, "outlook",
                  sig="Luis Ortega | Senior Loan Officer | NMLS #1849207\n"
                      "Puget Sound Home Lending\nC: (206) 555-0194")
    dentist = Person("Little Tides Pediatric Dentistry", "appointments@littletidesdental.com",
                     LA, "auto", auto=True, msgid_domain="littletidesdental.com")
    parcel = Person("Parcelway", "ship-confirm@parcelway.com", LA, "auto", auto=True,
                    msgid_domain="parcelway.com")
    utility = Person("Cascade Public Utilities", "ebill@cascadepublicutilities.com", LA, "auto",
                     auto=True, msgid_domain="cascadepublicutilities.com")
    cobra = Person("Alderline Benefits", "noreply@alderlinebenefits.com", LA, "auto", auto=True,
                   msgid_domain="alderlinebenefits.com")
    jess = Person("Jess Whitford", "jess.whitford@gmail.com", LA, "gmail")
    rachel = Person("Rachel Ong", "rachel.ong@gmail.com", LA, "gmail")
    tamsin = Person("Tamsin Hale", "tamsin.hale@fastmail.com", LA, "webmail",
                    msgid_domain="fastmail.com")
    bookers = [Person("Nadine Okoro", "nadine.okoro@gmail.com", LA),
               Person("Beth Ramsey", "bramsey@comcast.net", LA)]
    coach = Person("Dmitri Volkov", "dvolkov.glys@gmail.com", LA, "gmail")
    luz = Person("Luz Herrera", "luz@ballardcodecollective.org", LA, "gmail",
                 sig="Luz Herrera\nProgram Coordinator, Ballard Code Collective\n(206) 555-0126")
    cu = Person("BlueHeron Credit Union", "estatements@blueheroncu.org", LA, "auto", auto=True,
                msgid_domain="blueheroncu.org")
    gym = Person("Basalt Climbing Co.", "members@basaltclimbing.com", LA, "auto", auto=True,
                 msgid_domain="basaltclimbing.com")
    marisol = Person("Marisol Ortiz", "marisol.ortiz.dev@gmail.com", LA, "gmail")
    alumni = [Person("Kenji Watanabe", "kenji.w.sea@gmail.com", LA),
              Person("Danielle Cho", "danielle.cho.sea@gmail.com", LA),
              Person("Aaron Feld", "afeld@fastmail.com", LA)]
    hoopla = Person("Hoopla Invites", "invites@hooplainvites.com", LA, "auto", auto=True,
                    msgid_domain="hooplainvites.com")
    pharmacy = Person("Northlake Pharmacy", "notify@northlakepharmacy.com", LA, "auto", auto=True,
                      msgid_domain="northlakepharmacy.com")
    harold = Person("Harold Brenner", "hbrenner44@comcast.net", LA, "webmail",
                    msgid_domain="comcast.net")

    # ================================================================ Tidemark Payments
    A("tm1", noor, [me], "2026-03-09 10:14",
      subject="Senior Backend Engineer, Ledger Platform @ Tidemark Payments", body=D("""
        Hi Priya,

        I'm a recruiter on the engineering team at Tidemark Payments. I saw on LinkedIn that
        you were part of the January changes at Vantage Ledger. Sorry to hear it, and I hope
        you're doing OK.

        I'm reaching out because we're hiring a Senior Backend Engineer for our Ledger Platform
        team, and your work on Vantage's double-entry reconciliation service is very close to
        what the team owns here: balance computation, idempotent posting APIs, Postgres at a
        fair bit of scale. Hybrid out of our Pioneer Square office, or remote within the US.

        Would you be up for a 30-minute call this week? I have Wednesday 3/11 after 1pm or
        Thursday 3/12 in the morning.

        Best,
        """))
    A("tm2", me, [noor], "2026-03-09 13:40", parent="tm1", body=D("""
        Hi Noor,

        Thanks for reaching out, and for the kind words. Ledger Platform sounds right up my
        alley. Thursday 3/12 at 11:00 works if that's still open.

        Best,
        """))
    A("tm3", noor, [me], "2026-03-09 14:05", parent="tm2", sig=False, body=D("""
        Perfect, I've put Thursday 3/12, 11:00-11:30 PT on your calendar with a Meet link.
        Talk then!

        Noor
        """))
    A("tm4", me, [noor], "2026-03-12 12:10", parent="tm3", attachments=[RESUME], body=D("""
        Hi Noor,

        Thank you for the conversation this morning. It was helpful to hear how the team is
        split between posting and reporting. As promised, my resume is attached; the
        reconciliation rewrite is the second bullet under Vantage.

        Looking forward to hearing about next steps.

        Best,
        """))
    A("tm5", noor, [me], "2026-03-13 09:30", parent="tm4", sig=False, body=D("""
        Hi Priya,

        Good news: I shared your background with Rashida Boateng
        (rashida.boateng@tidemarkpay.com), the engineering manager for Ledger Platform, and
        she'd like to meet. 45 minutes over Google Meet. She has Thursday 3/19 at 2:00pm PT or
        Friday 3/20 at 10:00am PT. Would either of those work?

        Noor
        """))
    A("tm6", me, [noor], "2026-03-13 10:02", parent="tm5", sig=False, body=D("""
        Thursday at 2 works great.

        Priya
        """))
    A("tm7", noor, [me], "2026-03-24 16:20", parent="tm6", sig=False, body=D("""
        Hi Priya,

        Rashida really enjoyed your conversation last week and we'd like to move you forward
        to our virtual onsite. It's four back-to-back sessions (about three and a half hours
        with a short break): system design, a pairing exercise, a leadership and
        collaboration conversation with Rashida, and a session with our product lead.

        What does your availability look like the week of 4/6? Mornings Pacific are easiest
        for the panel.

        Thanks!
        Noor
        """))
    A("tm8", me, [noor], "2026-03-25 08:15", parent="tm7", sig=False, body=D("""
        Hi Noor,

        That's great to hear. Tuesday 4/7 or Wednesday 4/8, any time in the morning, would be
        ideal. Mondays are tricky with school drop-off but I can make it work if needed.

        Thanks,
        Priya
        """))
    A("tm9", noor, [me], "2026-04-09 11:30", parent="tm8", sig=False, body=D("""
        Hi Priya,

        Quick update so you're not left wondering: all four interviewers have submitted their
        feedback. Our hiring committee meets on Tuesday 4/14 to review onsite packets, and
        I'll have an answer for you by Wednesday 4/15 at the latest. I'll email or give you a
        call that afternoon.

        Hope the rest of your week is calm,
        Noor
        """))
    A("tm10", me, [noor], "2026-04-09 12:02", parent="tm9", sig=False, body=D("""
        Thanks for the heads-up, Noor. I'll keep an eye out on Wednesday.

        Priya
        """))

    onsite = D("""
        Hi Priya,

        You're confirmed for your virtual onsite for the Senior Backend Engineer, Ledger
        Platform role at Tidemark Payments. Your agenda is below. All times are Pacific Time
        (PDT).

        Tuesday, April 7, 2026

        9:00 - 9:45 AM | System Design
        Owen Castellanos, Staff Engineer (owen.castellanos@tidemarkpay.com)
        Zoom: https://tidemarkpay.zoom.us/j/83310462291

        9:50 - 10:35 AM | Pairing Exercise (CoderPad, language of your choice)
        Mei-Ling Zhou, Senior Software Engineer (meiling.zhou@tidemarkpay.com)
        Zoom: https://tidemarkpay.zoom.us/j/83310462292

        10:35 - 10:50 AM | Break

        10:50 - 11:35 AM | Leadership & Collaboration
        Rashida Boateng, Engineering Manager, Ledger Platform (rashida.boateng@tidemarkpay.com)
        Zoom: https://tidemarkpay.zoom.us/j/83310462293

        11:40 AM - 12:25 PM | Product Partnership
        Ethan Sorensen, Group Product Manager, Money Movement (ethan.sorensen@tidemarkpay.com)
        Zoom: https://tidemarkpay.zoom.us/j/83310462294

        A few tips: each session has its own Zoom link, so please hop out and into the next
        one. Have a way to draw handy for system design (Excalidraw is fine). Water and a
        snack during the break are strongly encouraged.

        If you need to reschedule or have any questions, reply to this email and it will come
        straight to me.

        Noor Haddad
        Tidemark Payments Recruiting

        Sent via Ashby
        """)
    A("tm_on1", ashby, [me], "2026-04-01 15:42", reply_to=noor, sig=False,
      subject="Your virtual onsite with Tidemark Payments — Tuesday, April 7",
      body=onsite, html=html_of(onsite, "Your virtual onsite with Tidemark Payments"),
      html_only=True, headers=AUTO)
    A("tm_on2", me, [noor], "2026-04-01 16:30", parent="tm_on1", sig=False, body=D("""
        Hi Noor,

        All set for Tuesday, thanks for sending the agenda. Quick question on the pairing
        session: is it OK to use Go? That's what I've been writing most.

        Priya
        """))
    A("tm_on3", noor, [me], "2026-04-02 08:50", parent="tm_on2", sig=False, body=D("""
        Go is totally fine! Mei-Ling writes Go every day. Good luck Tuesday.

        N
        """))

    A("tm_thx_p", me, [owen, meiling], "2026-04-07 15:50",
      subject="Thank you — system design and pairing sessions", body=D("""
        Hi Owen and Mei-Ling,

        Thank you both for your time this morning. Owen, I enjoyed working through the
        sharded-balance design with you; the hot-account question is one I'll keep turning
        over. Mei-Ling, pairing on the idempotency-key middleware was genuinely fun, and I
        appreciated you letting me think out loud in Go.

        A few reasons I think I'd fit well on Ledger Platform:
        - Four years owning Vantage Ledger's posting and reconciliation path (about 40M
          entries a day on Postgres)
        - I designed our idempotent retry layer after a double-posting incident, so the
          failure modes you described are ones I care a lot about
        - I ran our backend on-call rotation and wrote most of its runbooks

        I'm very interested in the role and will check in with Noor next week. Thanks again
        for your time and consideration.

        Best,
        """))
    A("tm_thx_p2", owen, [me], "2026-04-08 09:12", parent="tm_thx_p", sig=False, body=D("""
        Thanks Priya, I enjoyed it too. Good luck with the rest of the process!

        Owen
        """))
    A("tm_thx_r", me, [rashida], "2026-04-07 17:05", subject="Thank you for this morning",
      body=D("""
        Hi Rashida,

        Thank you for the conversation this morning, and for the time you've put into my
        process over the last few weeks. Your story about running the ledger migration
        without a freeze window has stuck with me all afternoon.

        What I'd bring to the team, briefly:
        • hands-on experience running a money-movement ledger in production, incidents included
        • a habit of writing things down: design docs, postmortems, runbooks
        • I've grown two mid-level engineers into seniors and would love to do that again

        I'm excited about the role and will follow up with Noor once the team has had time to
        meet. Thanks again for your consideration.

        Best,
        """))
    A("tm_thx_r2", rashida, [me], "2026-04-08 07:48", parent="tm_thx_r", sig=False, body=D("""
        Hi Priya,

        Thanks for the note, that's kind of you. It was a good conversation on my end too.
        Noor will be in touch about next steps.

        Rashida
        """))

    case.meeting("tm1", T("2026-03-12 11:00"), T("2026-03-12 11:30"),
                 met=[noor.email], thanks={noor.email: "tm4"}, what="recruiter screen")
    case.meeting("tm1", T("2026-03-19 14:00"), T("2026-03-19 14:45"),
                 met=[rashida.email], thanks={rashida.email: "tm_thx_r"},
                 what="hiring manager screen")
    case.meeting("tm_on1", T("2026-04-07 09:00"), T("2026-04-07 12:25"),
                 met=[owen.email, meiling.email, rashida.email, "ethan.sorensen@tidemarkpay.com"],
                 thanks={owen.email: "tm_thx_p", meiling.email: "tm_thx_p",
                         rashida.email: "tm_thx_r"}, what="virtual onsite")
    case.promise("tm1", "tm9", noor.email, "2026-04-15")

    case.thread("tm1", True, "interview", "Tidemark Payments",
                "recruiter outreach Mar 9; screen with Noor Thu Mar 12 11:00-11:30 thanked "
                "with the resume; HM screen with Rashida Thu Mar 19 14:00 (stale, later "
                "thanked); Apr 9: committee meets Tue Apr 14, answer by Wed Apr 15: "
                "inside the grace at now")
    case.thread("tm_on1", True, "interview", "Tidemark Payments",
                "Ashby confirmation in the recruiter's name from no-reply, no ICS: onsite Tue "
                "Apr 7 9:00-12:25 PDT, four interviewers named with addresses; Owen and "
                "Mei-Ling thanked by one note, Rashida in her own thread, Ethan never")
    case.thread("tm_thx_p", True, "interview", "Tidemark Payments",
                "one thank-you to two onsite interviewers, Owen replied")
    case.thread("tm_thx_r", True, "interview", "Tidemark Payments",
                "thank-you to the hiring manager after the onsite, new thread")

    # ================================================================ Quillfeather (NY)
    ack = D("""
        Hi Priya,

        Thanks for applying to the Senior Software Engineer, Backend (Platform) role at
        Quillfeather! We've received your application and our team will review it shortly.

        If your background is a match, someone from our recruiting team will reach out about
        next steps. In the meantime, you can learn more about how we work at
        quillfeather.io/careers.

        Best,
        The Quillfeather Recruiting Team

        This is an automated message; replies to this address are not monitored.
        """)
    A("qf_ack", gh_qf, [me], "2026-03-23 11:02", sig=False,
      subject="Thank you for your application to Quillfeather", body=ack,
      html=html_of(ack), html_only=True, headers=AUTO)
    case.thread("qf_ack", True, "application", "Quillfeather",
                "Greenhouse acknowledgement, no date, nothing owed")

    A("qf1", simone, [me], "2026-04-01 11:20",
      subject="Quillfeather — Senior Software Engineer, Backend: conversation with Hannah Lieberman",
      body=D("""
        Hi Priya,

        Hope your week is going well! I coordinate interviews for our Platform group. Hannah
        Lieberman, our Director of Engineering here in New York, would like to set up a
        45-minute conversation with you.

        Could any of these times work? All are Eastern Time:

        - Monday 4/6, 1:00-1:45 PM ET
        - Wednesday 4/8, 4:30-5:15 PM ET
        - Thursday 4/9, 3:00-3:45 PM ET

        I know you're on Pacific time, so please double check the conversion before you
        pick one :)

        Thanks so much,
        """))
    A("qf2", me, [simone], "2026-04-01 10:05", parent="qf1", body=D("""
        Hi Simone,

        Thanks for reaching out! Thursday 4/9 at 3:00 ET (noon my time) works best for me.

        Best,
        """))
    A("qf3", simone, [me], "2026-04-01 13:40", parent="qf2", sig=False, body=D("""
        Great, you're booked for Thursday 4/9, 3:00-3:45 PM ET. Hannah will send the calendar
        invite with a Google Meet link herself. Just so you know, I won't be on the call, but
        I'm your point of contact for anything logistical.

        Best,
        Simone
        """))
    A("qf4", simone, [me], "2026-04-10 10:15", parent="qf3", sig=False,
      attachments=[PDF("Quillfeather_Backend_TakeHome.pdf", [
          "Quillfeather Backend Take-Home",
          "Build a small rate-limited webhook fan-out service.",
          "Requirements: at-least-once delivery, per-tenant limits, a short README.",
          "Time box: 3-4 hours. Language of your choice."])],
      body=D("""
        Hi Priya,

        Hannah enjoyed your conversation yesterday and would like to move you forward! The
        next step is our take-home exercise; the brief is attached. Most candidates spend
        about 3-4 hours on it, and we ask that you send it back within 5 business days, so by
        end of day Friday 4/17.

        When you're done, reply here with a link to your repo (private GitHub is fine; please
        add @qf-eng-review as a collaborator).

        Best,
        Simone
        """))
    A("qf5", me, [simone], "2026-04-13 21:30", parent="qf4", sig=False, body=D("""
        Hi Simone,

        I've finished the take-home: the repo is github.com/priyarh/qf-webhook-fanout and
        @qf-eng-review has been added as a collaborator. The README covers my assumptions and
        what I'd do with more time.

        Thanks for coordinating all of this!

        Priya
        """))
    A("qf6", simone, [me], "2026-04-14 09:05", parent="qf5", sig=False, body=D("""
        Got it, thank you Priya! I've passed it to Hannah and the review panel. You'll hear
        back from us within a week.

        Simone
        """))
    case.promise("qf1", "qf6", simone.email, "2026-04-21")
    case.thread("qf1", True, "interview", "Quillfeather",
                "coordinator offers three ET slots, Priya picks Thu Apr 9 3:00 ET (12:00 PT); "
                "Simone says she won't be on the call; take-home sent Apr 10, submitted Apr 13; "
                "'within a week' from Apr 14 still open")

    qf_start = T("2026-04-09 15:00", NY)
    qf_ics = make_ics(
        method="REQUEST", uid=uid_google("swe-seattle", "qf-hannah"),
        stamp=T("2026-04-01 14:10", NY), start=qf_start, end=qf_start + dt.timedelta(minutes=45),
        summary="Priya / Hannah", organizer=hannah, tzid=NY,
        attendees=[(hannah, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/qvx-mbrt-kfa",
        description="Backend platform: a chat about the role, the team, and what you've built."
                    "\n\nJoin with Google Meet: https://meet.google.com/qvx-mbrt-kfa")
    A("qf_inv", hannah, [me], "2026-04-01 14:10", sig=False, ics=qf_ics, headers=GCAL,
      subject="Invitation: Priya / Hannah @ Thu Apr 9, 2026 3pm - 3:45pm (EDT) "
              "(priya.ramanholt@example.net)",
      body=D("""
        Priya / Hannah
        Thursday Apr 9, 2026 ⋅ 3pm – 3:45pm
        Eastern Time - New York

        Join with Google Meet
        meet.google.com/qvx-mbrt-kfa

        Join by phone
        (US) +1 347-555-0148 PIN: 482 991 306#

        Guests
        Hannah Lieberman - organizer
        priya.ramanholt@example.net

        Backend platform: a chat about the role, the team, and what you've built.

        View all guest info https://calendar.google.com/calendar/event?action=VIEW

        Reply for priya.ramanholt@example.net
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        """))
    A("qf_inv2", me, [hannah], "2026-04-02 08:45", parent="qf_inv", sig=False, body=D("""
        Hi Hannah,

        Accepted on my end. Thank you for making time for this; looking forward to Thursday.

        Priya
        """))
    case.meeting("qf_inv", T("2026-04-09 12:00"), T("2026-04-09 12:45"),
                 met=[hannah.email], what="video call with the NY director")
    case.thread("qf_inv", True, "interview", "Quillfeather",
                "Google Calendar invite, title 'Priya / Hannah' only; call Thu Apr 9 3-3:45pm "
                "EDT (12-12:45 PDT) took place; the only thanks came a week before it")

    # ================================================================ Maplestack (Toronto)
    A("mp1", genevieve, [me], "2026-03-16 10:30",
      subject="Maplestack – Staff Backend Developer (remote, Canada/US)", body=D("""
        Bonjour Priya,

        I hope this finds you well. I'm a talent acquisition partner at Maplestack; we build
        inventory and order-management software for mid-sized retailers across Canada and
        the US. Our platform team in Toronto is hiring a Staff Backend Developer and we're
        open to candidates on Pacific time.

        Your background in high-volume transactional systems caught my eye. Would you have
        30 minutes this week for an introductory call?

        Merci et bonne journée,
        """))
    A("mp2", me, [genevieve], "2026-03-16 09:12", parent="mp1", body=D("""
        Hi Geneviève,

        Thanks for reaching out. I'd be happy to talk. Wednesday or Thursday this week work,
        ideally late morning Pacific.

        Best,
        """))
    A("mp3", genevieve, [me], "2026-03-17 09:05", parent="mp2", sig=False, body=D("""
        Parfait! How about jeudi 19/03 à 13 h (heure de l'Est), so 10:00 your time? I'll call
        you on the number on your résumé.

        Geneviève
        """))
    A("mp4", me, [genevieve], "2026-03-17 07:40", parent="mp3", sig=False, body=D("""
        Thursday 10am Pacific is perfect. Talk then.

        Priya
        """))
    A("mp5", genevieve, [me], "2026-03-19 14:05", parent="mp4", sig=False, body=D("""
        Priya,

        Merci pour l'appel tantôt! As discussed, the next step is a technical conversation
        with Arjun Mehta, our Engineering Lead for the platform team in Toronto
        (arjun.mehta@maplestack.ca). He proposed lundi 30/03 à 11 h HE, which is 8:00 am for
        you. Early, I know. Here are the Zoom details he sent me:

        ---
        Arjun Mehta is inviting you to a scheduled Zoom meeting.

        Topic: Maplestack – Technical conversation (Priya Raman-Holt)
        Time: Mar 30, 2026 11:00 AM Eastern Time (US and Canada)

        Join Zoom Meeting
        https://maplestack.zoom.us/j/91844027716?pwd=bFZ2R0xKc1dUcW1qa3Nv

        Meeting ID: 918 4402 7716
        Passcode: 503812
        ---

        Let me know if that time doesn't work and I'll find another.

        Geneviève
        """))
    A("mp6", me, [genevieve], "2026-03-19 12:30", parent="mp5", body=D("""
        Hi Geneviève,

        Thank you for the call this morning; it was a helpful overview of the platform team.
        Monday 3/30 at 8:00 PT works. I'll be there with coffee in hand.

        Best,
        """))
    A("mp7", me, [arjun], "2026-03-30 10:20", parent="mp5", cc=[genevieve], body=D("""
        Hi Arjun (cc Geneviève),

        Thank you for the conversation this morning. I enjoyed digging into how you're
        splitting the order-allocation service, and your question about backpressure from
        the warehouse integrations was a good one. I've been sketching answers since.

        Why I think I'd be useful on the platform team:
        - I've run correctness-critical, high-volume Postgres systems in production for years
        - I'm comfortable leading a migration without stopping the world
        - I like the staff-level mix of design, mentoring and hands-on work

        I'm very interested and will check in with Geneviève in a week or so. Thanks again
        for your time.

        Best,
        """))
    A("mp8", genevieve, [me], "2026-04-01 15:45", parent="mp7", sig=False, body=D("""
        Bonjour Priya,

        Petit suivi de ma part : Arjun m'a demandé de te transmettre le message. He enjoyed
        your conversation and wants to bring you back for a second round with two people
        from the platform team. He asked me to let you know he'll come back to you by the end
        of next week (vendredi 10 avril) with dates and the format.

        Bonne journée,
        Geneviève
        """))
    A("mp9", me, [genevieve], "2026-04-01 13:02", parent="mp8", sig=False, body=D("""
        Merci, Geneviève! That's great news. I'll wait to hear on dates.

        Priya
        """))
    case.meeting("mp1", T("2026-03-19 10:00"), T("2026-03-19 10:30"),
                 met=[genevieve.email], thanks={genevieve.email: "mp6"}, what="intro call")
    case.meeting("mp1", T("2026-03-30 08:00"), None,
                 met=[arjun.email], thanks={arjun.email: "mp7"}, what="Zoom with Arjun")
    case.promise("mp1", "mp8", genevieve.email, "2026-04-10")
    case.thread("mp1", True, "interview", "Maplestack",
                "Montreal recruiter writing partly in French, day-first dates; intro call Mar 19 "
                "and Zoom with Arjun Mon Mar 30 11:00 ET both thanked; Apr 1 Geneviève relays "
                "that Arjun will come back by the end of next week (Fri Apr 10): nothing since")

    # ================================================================ Orca Ridge Systems
    A("or1", tara, [me], "2026-03-25 11:00",
      subject="Orca Ridge Systems – Senior Backend Engineer (Data Pipelines)", body=D("""
        Hi Priya,

        Thanks for applying to the Senior Backend Engineer role on our Data Pipelines team!
        The hiring team reviewed your application and would like to set up a technical
        interview.

        Would Friday 4/3 at 10:00am PT work for you? It's 60 minutes over Google Meet. You'll
        be meeting Kofi Mensah (kofi.mensah@orcaridge.com), one of our staff engineers;
        expect roughly half system design and half a deep dive into a project you've led.

        Let me know and I'll get the invite out.

        Best,
        """))
    A("or2", me, [tara], "2026-03-25 13:10", parent="or1", body=D("""
        Hi Tara,

        Friday 4/3 at 10:00 works well. For the project portion I'd like to walk through the
        reconciliation pipeline I rebuilt at Vantage Ledger, if that suits.

        Best,
        """))
    A("or3", tara, [me], "2026-03-25 13:32", parent="or2", sig=False, body=D("""
        That's a great pick. Invite is out. See you (well, Kofi will) on the 3rd!

        Tara
        """))
    A("or4", tara, [me], "2026-04-06 09:20", parent="or3", body=D("""
        Hi Priya,

        Kofi's feedback is in, and the hiring team is debriefing on Wednesday. I'll get back
        to you by Friday 4/10 either way.

        Thanks for your patience,
        """))
    A("or5", tara, [me], "2026-04-08 16:45", parent="or4", body=D("""
        Hi Priya,

        I wanted to reach out personally rather than send a form email. The team met this
        afternoon, and they've decided not to move forward with your candidacy for the Data
        Pipelines role. It was a close call; Kofi was impressed by your reconciliation work,
        but they went with someone whose background is heavier on streaming systems
        (Flink/Kafka Streams), which is where the team is headed this year.

        I know that's disappointing news. I'd genuinely like to keep in touch, and if a role
        on our payments side opens up I'll reach out.

        Wishing you the best in the search,
        """))
    A("or6", me, [tara], "2026-04-08 19:10", parent="or5", sig=False, body=D("""
        Hi Tara,

        Thanks for letting me know, and for doing it personally. I appreciate it. Please do
        keep me in mind if something on the payments side opens up.

        All the best,
        Priya
        """))
    case.meeting("or1", T("2026-04-03 10:00"), T("2026-04-03 11:00"),
                 met=["kofi.mensah@orcaridge.com"], what="technical interview with Kofi")
    case.promise("or1", "or4", tara.email, "2026-04-10", ended_by="or5")
    case.thread("or1", True, "rejection", "Orca Ridge Systems",
                "interview with Kofi (address in Tara's mail) Fri Apr 3 10-11 never thanked; "
                "'by Friday 4/10' ended by a personal rejection on Wed Apr 8")

    # ================================================================ Hollis & Vane (agency)
    A("hv1", brandon, [me], "2026-03-18 10:05",
      subject="Sr. Backend Engineer – Clean Energy SaaS – Seattle (hybrid) – $190-215K",
      body=D("""
        Hi Priya,

        Hope you're well. I'm working an exclusive search for a Senior Backend Engineer with a
        clean-energy software client in South Lake Union (Series C, ~300 people, grid-scale
        battery optimization). Stack is Go + Postgres + Kafka on AWS; hybrid 2 days/week.

        Base is $190-215K plus bonus and equity. Your Vantage Ledger background
        (high-volume, correctness-critical systems) is exactly what the hiring manager
        described to me.

        Open to a quick call to hear more?

        Best,
        """))
    A("hv2", me, [brandon], "2026-03-18 18:40", parent="hv1", body=D("""
        Hi Brandon,

        Open to hearing more. I'm free Friday afternoon if a call works.
        """))
    A("hv3", brandon, [me], "2026-03-19 08:10", parent="hv2", sig=False, body=D("""
        Great. I'll call you Friday 3/20 at 2:00pm on the (206) number in your signature.
        Shout if that's not right.

        Brandon
        """))
    A("hv4", me, [brandon], "2026-03-20 15:30", parent="hv3", attachments=[RESUME], body=D("""
        Hi Brandon,

        Thank you for the call. The client sounds interesting, and the on-call setup you
        described is a lot saner than what I'm used to. Updated resume attached. You have my
        OK to submit me for this role (and only this one; please check with me before
        anything else).

        Best,
        """))
    A("hv5", brandon, [me], "2026-04-01 12:15", parent="hv4", sig=False, body=D("""
        Hi Priya,

        Quick update: the hiring manager has your profile and liked it. Full transparency,
        they're also still looking at two other candidates, one of them internal, so it's a
        bit of a race. I'll get back to you by EOD Thursday 4/9 on whether they want to set
        up a first round.

        Talk soon,
        Brandon
        """))
    A("hv6", me, [brandon], "2026-04-01 13:00", parent="hv5", sig=False, body=D("""
        Sounds good, appreciate the transparency. Talk next week.

        Priya
        """))
    case.meeting("hv1", T("2026-03-20 14:00"), None, met=[brandon.email],
                 thanks={brandon.email: "hv4"}, what="agency call")
    case.promise("hv1", "hv5", brandon.email, "2026-04-09")
    case.thread("hv1", True, "recruiter", "Hollis & Vane",
                "agency recruiter for an unnamed client; call Fri Mar 20 thanked; Apr 1 "
                "'still looking at two other candidates', 'by EOD Thursday 4/9': no word since")

    # ================================================================ Kestrel Analytics
    A("ks1", camille, [me], "2026-04-02 09:45",
      subject="Kestrel Analytics | Senior Platform Engineer", body=D("""
        Hi Priya!

        I lead engineering recruiting at Kestrel Analytics (we do real-time fraud scoring for
        card issuers). I came across your profile and think you'd be a strong match for our
        Senior Platform Engineer opening: the team is rebuilding our event ingestion layer
        and could really use someone who has run money-adjacent systems in prod.

        If you're open to it, grab any 30 minutes that works on my calendar:
        https://calendly.com/camille-kestrel/intro-chat

        Looking forward to it!
        """))

    def calendly_text(day_text, when_text, zoom):
        return D("""
            Hi Priya Raman-Holt,

            A new event has been scheduled.

            Event Type:
            Intro chat (30 min)

            Invitee:
            Priya Raman-Holt
            priya.ramanholt@example.net

            Event Date/Time:
            %s (Pacific Time - US & Canada) on %s

            Location:
            This is a Zoom web conference.
            %s

            Host:
            Camille Duarte (camille.duarte@kestrelanalytics.com)

            Need to make changes to this event?
            Cancel: https://calendly.com/cancellations/%s
            Reschedule: https://calendly.com/reschedulings/%s

            Powered by Calendly.com
            """) % (when_text, day_text, zoom, uid_uuid("ks", day_text), uid_uuid("ks", day_text))

    def calendly_ics(key, start, stamp):
        return make_ics(method="REQUEST", uid=uid_uuid("swe-seattle", key), stamp=stamp,
                        start=start, end=start + dt.timedelta(minutes=30),
                        summary="Intro chat (30 min) between Camille Duarte and Priya Raman-Holt",
                        organizer=camille,
                        attendees=[(camille, "ACCEPTED", "INDIVIDUAL"),
                                   (me, "ACCEPTED", "INDIVIDUAL")],
                        location="https://kestrelanalytics.zoom.us/j/86120573314",
                        description="Event Name: Intro chat (30 min)\n\nSenior Platform Engineer"
                                    " intro with Camille Duarte (Kestrel Analytics).",
                        prodid="-//Calendly LLC//Calendly//EN")

    A("ks_c1", calendly, [me], "2026-04-03 16:22", reply_to=camille, sig=False, headers=AUTO,
      subject="Confirmed: Intro chat (30 min) with Camille Duarte on Wednesday, April 8, 2026",
      body=calendly_text("Wednesday, April 8, 2026", "10:00am - 10:30am",
                         "https://kestrelanalytics.zoom.us/j/86120573314"),
      ics=calendly_ics("ks-1", T("2026-04-08 10:00"), T("2026-04-03 16:22")), ics_mode="attach")
    A("ks3", me, [camille], "2026-04-08 10:09", parent="ks1", sig=False, body=D("""
        Hi Camille,

        I'm in the Zoom for our 10:00 intro chat, just checking we're still on? I'll hang
        around until 10:20.

        Priya
        """))
    A("ks4", camille, [me], "2026-04-08 13:55", parent="ks3", sig=False, body=D("""
        Priya, I am so sorry. Our quarterly all-hands ran way over and I completely missed my
        calendar alert. Not the first impression I wanted to make! Could you grab another
        slot next week from the same link? I'll be there, promise.

        Camille
        """))
    A("ks_c2", calendly, [me], "2026-04-08 14:28", reply_to=camille, sig=False, headers=AUTO,
      subject="Confirmed: Intro chat (30 min) with Camille Duarte on Tuesday, April 14, 2026",
      body=calendly_text("Tuesday, April 14, 2026", "1:00pm - 1:30pm",
                         "https://kestrelanalytics.zoom.us/j/86120573314"),
      ics=calendly_ics("ks-2", T("2026-04-14 13:00"), T("2026-04-08 14:28")), ics_mode="attach")
    A("ks5", me, [camille], "2026-04-08 14:35", parent="ks4", sig=False, body=D("""
        No worries at all, these things happen. I've grabbed a slot next week.

        Priya
        """))
    case.meeting("ks_c1", T("2026-04-08 10:00"), T("2026-04-08 10:30"), status="noshow",
                 what="Calendly intro: the recruiter never joined")
    case.meeting("ks_c2", T("2026-04-14 13:00"), T("2026-04-14 13:30"),
                 met=[camille.email], what="rebooked Calendly intro")
    case.thread("ks1", True, "recruiter", "Kestrel Analytics",
                "outreach with a Calendly link; Priya waiting in the Zoom on Apr 8, Camille "
                "apologises for missing it; no dated promise")
    case.thread("ks_c1", True, "interview", "Kestrel Analytics",
                "Calendly confirmation in Camille's name from no-reply, ICS: Wed Apr 8 "
                "10:00-10:30, a no-show by the recruiter")
    case.thread("ks_c2", True, "interview", "Kestrel Analytics",
                "Calendly rebooking: Tue Apr 14 13:00-13:30 took place; never thanked")

    # ================================================================ Pinecrest Robotics
    A("pc1", beatriz, [me], "2026-03-20 11:30",
      subject="Pinecrest Robotics – Senior Backend Engineer, Fleet Services", body=D("""
        Hi Priya,

        Thank you for applying to Pinecrest Robotics! I'm the recruiter for our Fleet Services
        team, which builds the backend that dispatches and monitors our sidewalk delivery
        robots.

        I'd love to set up a 30-minute phone call to learn more about you. Would Tuesday 3/24
        at 1:00pm or Wednesday 3/25 at 11:00am work?

        Best,
        """))
    A("pc2", me, [beatriz], "2026-03-20 14:10", parent="pc1", sig=False, body=D("""
        Hi Beatriz,

        Tuesday at 1:00 works for me. Best number is (206) 555-0187.

        Thanks,
        Priya
        """))
    A("pc3", me, [beatriz], "2026-03-24 15:02", parent="pc2", body=D("""
        Hi Beatriz,

        Thank you for taking the time to chat today. The robot-fleet telemetry problem sounds
        like a lot of fun, and I'm keen to keep going.

        Best,
        """))
    A("pc4", beatriz, [me], "2026-03-26 10:00", parent="pc3", sig=False, body=D("""
        Hi Priya,

        Great news: the team would like to bring you in for an onsite at our Stone Way
        office! It's a 90-minute panel on Thursday 4/2 from 1:00 to 2:30pm with Ingrid
        Solberg, Engineering Manager for Fleet Services, and Theo Nakamura, Senior Software
        Engineer. You'll get a calendar invitation from our scheduling system shortly.

        Visitor parking is on the north side of the building; check in at the front desk on
        the 3rd floor.

        Best,
        Beatriz
        """))
    pc_text = D("""
        Hi Priya,

        You're scheduled for an onsite interview with Pinecrest Robotics.

        Role: Senior Backend Engineer, Fleet Services
        When: Thursday, April 2, 2026, 1:00 PM – 2:30 PM (PDT)
        Where: Pinecrest Robotics, 3400 Stone Way N, 3rd floor (room Shilshole)

        Your interviewers:
        • Ingrid Solberg, Engineering Manager
        • Theo Nakamura, Senior Software Engineer

        Please accept the attached calendar invitation. Need to reschedule? Reply to your
        recruiter, Beatriz Lowell.

        Powered by GoodTime
        """)
    pc_ics = make_ics(
        method="REQUEST", uid=uid_uuid("swe-seattle", "pc-onsite"), stamp=T("2026-03-26 10:22"),
        start=T("2026-04-02 13:00"), end=T("2026-04-02 14:30"), tzid=LA,
        summary="Onsite Interview: Priya Raman-Holt – Senior Backend Engineer, Fleet Services",
        organizer=pc_sched,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (ingrid, "ACCEPTED", "INDIVIDUAL"),
                   (theo, "ACCEPTED", "INDIVIDUAL"), (pc_room, "ACCEPTED", "ROOM")],
        location="Pinecrest Robotics, 3400 Stone Way N, Seattle – 3F Shilshole",
        description="Onsite panel for Priya Raman-Holt, Senior Backend Engineer, Fleet Services."
                    "\nInterviewers: Ingrid Solberg (Engineering Manager), Theo Nakamura (Senior"
                    " Software Engineer).\nRecruiter: Beatriz Lowell.\nScheduled with GoodTime.",
        prodid="-//GoodTime.io//GoodTime Hire//EN")
    A("pc_inv", goodtime, [me], "2026-03-26 10:22", sig=False, headers=AUTO,
      subject="Interview Invitation: Senior Backend Engineer, Fleet Services – Thu, Apr 2, "
              "1:00 PM PDT",
      body=pc_text, html=html_of(pc_text), ics=pc_ics, ics_mode="attach")
    A("pc_thx1", me, [ingrid], "2026-04-02 18:30", subject="Thank you – Fleet Services onsite",
      body=D("""
        Hi Ingrid,

        Thank you for hosting me this afternoon and for giving up a chunk of your Thursday.
        The way you described the dispatch service's failure modes (robots that are "alive"
        but wedged) made the problem very concrete.

        Why I'd be a good fit for Fleet Services, in short:
        - years of running systems where a silent failure costs real money
        - hands-on telemetry and alerting work, not just consuming dashboards
        - I enjoy being the person who turns incidents into design changes

        I'm excited about the team and will check back with Beatriz in a couple of weeks.
        Thanks again for your time and consideration.

        Best,
        """))
    A("pc_thx2", ingrid, [me], "2026-04-03 08:05", parent="pc_thx1", sig=False, body=D("""
        Thanks Priya! Great to have you in. Beatriz will be in touch.

        Ingrid
        """))
    A("pc5", beatriz, [me], "2026-04-03 10:30", parent="pc4", sig=False, body=D("""
        Hi Priya,

        Thanks again for coming in yesterday. The team is collecting feedback now, and we're
        finishing onsites with a couple of other candidates next week, so we'll get back to
        you within the next couple of weeks. I'll keep you posted if anything changes in the
        meantime.

        Best,
        Beatriz
        """))
    A("pc6", me, [beatriz], "2026-04-03 11:15", parent="pc5", sig=False, body=D("""
        Thanks, Beatriz. I'll look forward to hearing from you.

        Priya
        """))
    case.meeting("pc1", T("2026-03-24 13:00"), T("2026-03-24 13:30"), met=[beatriz.email],
                 thanks={beatriz.email: "pc3"}, what="recruiter phone screen")
    case.meeting("pc_inv", T("2026-04-02 13:00"), T("2026-04-02 14:30"),
                 met=[ingrid.email, theo.email], thanks={ingrid.email: "pc_thx1"},
                 what="onsite panel")
    case.promise("pc1", "pc5", beatriz.email, "2026-04-17")
    case.thread("pc1", True, "interview", "Pinecrest Robotics",
                "phone screen Tue Mar 24 thanked; onsite arranged; Apr 3 'within the next "
                "couple of weeks' (to Fri Apr 17), other candidates still onsite")
    case.thread("pc_inv", True, "interview", "Pinecrest Robotics",
                "GoodTime invite with ICS (organizer a scheduling mailbox, a room attendee): "
                "panel Thu Apr 2 13:00-14:30; Ingrid thanked in a new thread, Theo never")
    case.thread("pc_thx1", True, "interview", "Pinecrest Robotics",
                "thank-you to one of two panelists, new thread; she replied")

    # ================================================================ Rainier Mutual
    A("rm1", deborah, [me], "2026-04-06 09:40",
      subject="Senior Software Engineer – Claims Platform (Req #24-1187)", body=D("""
        Hello Priya,

        Thank you for your interest in the Senior Software Engineer – Claims Platform
        position with Rainier Mutual. After reviewing your application, the hiring team would
        like to schedule a 60-minute interview via Microsoft Teams.

        Please let me know your availability on Tuesday, April 14 between 1:00 and 4:00 PM
        Pacific.

        Kind regards,
        """))
    A("rm2", me, [deborah], "2026-04-06 12:15", parent="rm1", body=D("""
        Hi Deborah,

        Thank you. 2:00 PM on Tuesday, April 14 works for me.

        Best regards,
        """))
    A("rm3", deborah, [me], "2026-04-06 14:50", parent="rm2", body=D("""
        Hello Priya,

        Thank you. You will receive a Teams invitation shortly. You will be meeting with
        Curtis Palmer, Director of Software Engineering, and Anjali Rao, Principal Engineer.
        I will not be joining the call myself; Curtis and Anjali will lead the interview, and
        I will follow up with you afterward regarding next steps.

        Kind regards,
        """))
    teams = D("""
        Hello Priya, please find the Microsoft Teams details for your interview below.
        Interviewers: Curtis Palmer and Anjali Rao.

        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_rm1187>
        Meeting ID: 261 447 903 118
        Passcode: Tq7xLm
        Download Teams | Join on the web
        Learn More | Meeting options
        ________________________________________________________________________________
        """)
    rm_ics = make_ics(
        method="REQUEST", uid=uid_outlook("swe-seattle", "rm-interview"),
        stamp=T("2026-04-06 14:58"), start=T("2026-04-14 14:00"), end=T("2026-04-14 15:00"),
        tzid="Pacific Standard Time",
        summary="Senior Software Engineer Interview – Priya Raman-Holt", organizer=deborah,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (curtis, "NEEDS-ACTION", "INDIVIDUAL"),
                   (anjali, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting", description=teams,
        prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    A("rm_inv", deborah, [me, curtis, anjali], "2026-04-06 14:58", sig=False, ics=rm_ics,
      ics_mode="outlook", subject="Senior Software Engineer Interview – Priya Raman-Holt",
      body=teams)
    A("rm_thx1", me, [curtis], "2026-04-14 18:20",
      subject="Thank you — Claims Platform interview today", body=D("""
        Dear Curtis,

        Thank you for meeting with me this afternoon. I appreciated the candid picture of
        where the claims platform is today, especially the plan to retire the nightly batch
        adjudication jobs.

        I think I could help with that work because:
        - I've migrated batch financial jobs to event-driven services before, without losing
          a cent along the way
        - I'm careful about auditability, which matters as much in insurance as in payments
        - I enjoy partnering with product and operations teams on rollout plans

        I remain very interested in the role and will follow up with Deborah next week.
        Thank you again for your time and consideration.

        Best regards,
        """))
    A("rm_thx2", curtis, [me], "2026-04-15 08:30", parent="rm_thx1", body=D("""
        Hi Priya,

        Thank you for the kind note. Anjali and I both enjoyed the conversation. Deborah will
        be in touch regarding next steps.

        Best,
        """))
    case.meeting("rm_inv", T("2026-04-14 14:00"), T("2026-04-14 15:00"),
                 met=[curtis.email, anjali.email], thanks={curtis.email: "rm_thx1"},
                 what="Teams interview")
    case.thread("rm1", True, "interview", "Rainier Mutual",
                "TA specialist sets up a Teams interview Tue Apr 14 2:00 PM; she says she will "
                "not join the call")
    case.thread("rm_inv", True, "interview", "Rainier Mutual",
                "Outlook/Teams invite ('Pacific Standard Time'), organizer Deborah (not "
                "attending), interviewers Curtis and Anjali; held Apr 14 14:00-15:00; only "
                "Curtis thanked (new thread)")
    case.thread("rm_thx1", True, "interview", "Rainier Mutual",
                "thank-you to one of two interviewers; he replied, no date")

    # ================================================================ Larchwood Health
    A("lh1", fiona, [me], "2026-03-10 14:00",
      subject="Larchwood Health | Senior Backend Engineer, Care Coordination", body=D("""
        Hi Priya,

        I'm a technical recruiter at Larchwood Health. We build care-coordination software
        used by about 200 clinics across the Pacific Northwest. I saw your background in
        financial systems and think that reliability mindset would translate really well to
        our Care Coordination platform (HIPAA-heavy, lots of integration work, Kotlin +
        Postgres).

        Any chance you'd have 20 minutes for an intro call later this week?

        Cheers,
        """))
    A("lh2", me, [fiona], "2026-03-10 20:15", parent="lh1", body=D("""
        Hi Fiona,

        Sure, I'd be glad to learn more. Friday morning is good for me, anytime between 9
        and 11.
        """))
    A("lh3", fiona, [me], "2026-03-11 09:00", parent="lh2", sig=False, body=D("""
        Friday 3/13 at 9:30am it is. I'll call you.

        Fiona
        """))
    A("lh4", me, [fiona], "2026-03-13 11:00", parent="lh3", body=D("""
        Hi Fiona,

        I appreciated the chat this morning; thank you for walking me through the team and
        the interview steps. I'll keep an eye out for the take-home link.

        Best,
        """))
    th = D("""
        Hi Priya,

        As the next step for the Senior Backend Engineer, Care Coordination role, we'd like
        you to complete a take-home assessment.

        Start your assessment: https://app.greenhouse.io/tests/5f0c2a7e9b1d4e38

        You will have 5 days from today to submit. The exercise should take about 3 hours;
        please don't spend much more than that. If you have questions, contact your
        recruiter.

        Best,
        Larchwood Health Recruiting

        Please do not reply to this email.
        """)
    A("lh_th", gh_lh, [me], "2026-03-26 12:00", sig=False, headers=AUTO,
      subject="Larchwood Health – Your take-home assessment", body=th, html=html_of(th),
      html_only=True)
    A("lh5", me, [fiona], "2026-03-31 22:10", parent="lh4", sig=False, body=D("""
        Hi Fiona,

        Just a heads-up that I submitted the take-home through the Greenhouse link tonight.
        I did the appointment-sync service in Kotlin as suggested; the README has notes on
        the trade-offs.

        Best,
        Priya
        """))
    A("lh6", fiona, [me], "2026-04-01 10:25", parent="lh5", sig=False, body=D("""
        Hi Priya,

        Received, and thanks for getting it in early! The engineers review take-homes as a
        group on Thursdays, and a decision will be made by Friday, April 3 at the latest.
        I'll be in touch as soon as I hear.

        Fiona
        """))
    case.meeting("lh1", T("2026-03-13 09:30"), None, met=[fiona.email],
                 thanks={fiona.email: "lh4"}, what="intro call")
    case.promise("lh1", "lh6", fiona.email, "2026-04-03")
    case.thread("lh1", True, "recruiter", "Larchwood Health",
                "intro call Fri Mar 13 thanked; take-home submitted Mar 31; 'a decision will be "
                "made by Friday, April 3' (passive): nothing since")
    case.thread("lh_th", True, "application", "Larchwood Health",
                "Greenhouse take-home link from no-reply, 5 days to submit")

    # ================================================================ Salal Labs (referral)
    A("sl1", tomas, [yusuf], "2026-04-08 16:40", cc=[me], sig=False,
      subject="Intro: Priya Raman-Holt <> Yusuf Adeyemi", body=D("""
        Yusuf, meet Priya. We worked together at Vantage Ledger for four years; she led the
        rewrite of our reconciliation pipeline and was the person everyone paged when the
        money didn't add up. She's looking for her next thing after the January layoffs and
        I think she'd be great for the platform work we talked about.

        Priya, Yusuf runs engineering here at Salal. I'll let you two take it from here.

        Tomás
        """))
    A("sl2", me, [yusuf], "2026-04-08 19:30", parent="sl1", bcc=[tomas], body=D("""
        Thanks, Tomás (moving you to bcc)!

        Hi Yusuf, great to e-meet you. I've followed Salal since your seed announcement; the
        soil-carbon verification work is a neat data problem. I'd love to hear more about the
        platform team whenever suits you.

        Best,
        """))
    A("sl3", yusuf, [me], "2026-04-09 08:05", parent="sl2", sig=False, body=D("""
        Hi Priya,

        A friend of yours says good things about you (and Tomás doesn't hand out compliments
        lightly). Could we talk on Monday? I'm free 11 to 1 Pacific. Video or phone,
        whatever is easier for you.

        Yusuf
        """))
    A("sl4", me, [yusuf], "2026-04-09 09:30", parent="sl3", sig=False, body=D("""
        Hi Yusuf,

        Monday at 11 works well. Video is great; send a link whenever.

        Best,
        Priya
        """))
    A("sl5", yusuf, [me], "2026-04-09 09:48", parent="sl4", sig=False, body=D("""
        Perfect, sent you a Meet link for Monday 11:00. Talk then.

        Y
        """))
    A("sl6", me, [yusuf], "2026-04-13 13:25", parent="sl5", body=D("""
        Hi Yusuf,

        Thank you for the conversation this morning. Hearing how you verify sensor data
        against lab samples made the platform problem click for me, and I liked your honesty
        about the on-call load.

        Where I think I could help:
        - building ingestion pipelines that reconcile against a source of truth
        - bringing some structure to on-call and incident review without adding bureaucracy
        - mentoring the two newer engineers you mentioned

        I'd love to keep talking and will check in after you've had a chance to speak with
        your CTO. Thanks again for making the time.

        Best,
        """))
    A("sl7", yusuf, [me], "2026-04-13 16:10", parent="sl6", body=D("""
        Likewise, Priya. I'm going to talk with our CTO this week about what a proper
        interview loop would look like, and I'll get back to you by Friday.
        """))
    case.meeting("sl1", T("2026-04-13 11:00"), None, met=[yusuf.email],
                 thanks={yusuf.email: "sl6"}, what="video call with the head of engineering")
    case.promise("sl1", "sl7", yusuf.email, "2026-04-17")
    case.thread("sl1", True, "networking", "Salal Labs",
                "a former colleague's intro; 'could we talk on Monday?'; call Mon Apr 13 11:00 "
                "(no end) thanked the same afternoon; 'by Friday' (Apr 17) still open")

    # ================================================================ Sounding Line (ex-manager)
    A("gl1", glen, [me], "2026-04-02 19:45", subject="coffee?", body=D("""
        Priya,

        Heard through the grapevine about the Vantage RIF. That's rough, and honestly their
        loss. Want to grab coffee next week? Partly to catch up, partly because I'd like to
        hear what you're looking for. We might have something at Sounding Line, and if not I
        know people.

        Wed 4/8 at 8:30 at Lark & Kettle on 15th? I do school drop-off around the corner.

        Glen

        Glen Fujimoto | Director of Engineering | Sounding Line
        """))
    A("gl2", me, [glen], "2026-04-02 21:10", parent="gl1", sig=False, body=D("""
        Glen! Yes please. Wed 8:30 at Lark & Kettle works. I'll be the one with the giant oat
        latte.

        P
        """))
    A("gl3", glen, [me], "2026-04-07 18:00", parent="gl2", body=D("""
        Still on for tomorrow? Might be 5 min late depending on how drop-off goes.

        Sent from my iPhone
        """))
    A("gl4", me, [glen], "2026-04-07 18:20", parent="gl3", sig=False, body=D("""
        Still on! Take your time. And thanks for doing this, really.

        Priya

        Sent from my iPhone
        """))
    A("gl_t1", me, [glen], "2026-04-09 07:55", subject="Thank you for yesterday", body=D("""
        Hi Glen,

        Thank you for the coffee and for the straight talk yesterday morning. It helped a lot
        to hear how you'd frame the layoff, and your point about leading with the
        reconciliation story rather than the title is going into every intro I do from now
        on.

        If you do end up connecting me with Mara on the platform side, I'd be grateful. I'll
        let you know how things shake out over the next couple of weeks.

        Thanks again,
        """))
    A("gl_t2", glen, [me], "2026-04-09 12:10", parent="gl_t1", body=D("""
        Anytime. Already pinged Mara; she's slammed this week but said she'd reach out.

        G
        """))
    case.meeting("gl1", T("2026-04-08 08:30"), None, met=[glen.email],
                 thanks={glen.email: "gl_t1"}, what="coffee with former manager")
    case.thread("gl1", True, "networking", "Sounding Line",
                "coffee with her former manager Wed Apr 8 08:30 (no end); the 'thanks' before "
                "it does not count, but she thanked him in a new thread the next morning")
    case.thread("gl_t1", True, "networking", "Sounding Line",
                "thank-you for the coffee, new thread; undated 'she'd reach out'")

    # ================================================================ Brinewater (informational)
    A("cr1", me, [camila], "2026-04-03 09:15",
      subject="15 minutes on payments infrastructure at Brinewater?", body=D("""
        Hi Camila,

        We haven't met. I'm a backend engineer in Seattle (most recently four years on the
        ledger team at Vantage Ledger), and I watched your Cascadia Eng talk on moving
        Brinewater's settlement jobs off cron. It was the clearest explanation of
        exactly-once-ish batch processing I've seen.

        I'm exploring my next role and trying to learn how payments infrastructure teams at
        investment firms differ from fintech startups. Could I borrow a quarter of an hour of
        your time sometime in the next couple of weeks? Happy to work around your schedule.

        Best,
        """))
    A("cr2", camila, [me], "2026-04-06 11:40", parent="cr1", body=D("""
        Hi Priya,

        Thanks for the kind words about the talk! Happy to chat. Does Friday 4/10 at 9:00 AM
        PT work? I'll send a Teams link.
        """))
    A("cr3", me, [camila], "2026-04-06 12:00", parent="cr2", sig=False, body=D("""
        That's perfect. Thank you so much for making the time, Camila. Talk Friday.

        Priya
        """))
    A("cr4", camila, [me], "2026-04-10 10:05", parent="cr3", sig=False, body=D("""
        Hi Priya,

        Good chatting this morning. Here's the post on our internal mobility program I
        mentioned, plus our careers page in case something catches your eye:
        https://engineering.brinewater.com/posts/internal-mobility
        https://brinewater.com/careers

        Good luck!
        Camila
        """))
    case.meeting("cr1", T("2026-04-10 09:00"), None, met=[camila.email],
                 what="informational call (15 minutes asked, no end stated)")
    case.thread("cr1", True, "networking", "Brinewater Capital",
                "Priya asked a stranger for a quarter of an hour; call Fri Apr 10 9:00 took "
                "place; thanks only before it; Camila's follow-up links unanswered")

    # ================================================================ Tessellate (NY, moved)
    A("ts1", ruth, [me], "2026-04-07 10:30",
      subject="Tessellate — Backend Engineer, Detection Pipeline: video interview", body=D("""
        Hi Priya,

        This email confirms your video interview with me on Wednesday, April 15 from 1:00 to
        1:45 PM ET (10:00-10:45 AM Pacific). We'll use Google Meet:
        meet.google.com/hzd-qwpe-tnr

        We'll spend most of the time on a design discussion around event deduplication at
        scale and leave ten minutes for your questions. No prep needed beyond a good
        connection.

        Best,
        """))
    A("ts2", me, [ruth], "2026-04-07 08:02", parent="ts1", sig=False, body=D("""
        Hi Ruth,

        Confirmed, thank you. See you on the 15th.

        Priya
        """))
    A("ts3", ruth, [me], "2026-04-13 17:20", parent="ts2", sig=False, body=D("""
        Hi Priya,

        Apologies for the late notice: a customer escalation has landed on my Wednesday.
        Could we move to Monday 4/20, same time (1:00 PM ET / 10:00 AM PT)?

        Ruth
        """))
    A("ts4", me, [ruth], "2026-04-13 14:41", parent="ts3", sig=False, body="Monday works.\n")
    A("ts5", ruth, [me], "2026-04-13 17:55", parent="ts4", sig=False, body=D("""
        Thanks! Updated on my end. Talk Monday.

        Ruth
        """))
    case.meeting("ts1", T("2026-04-15 10:00"), T("2026-04-15 10:45"), status="moved",
                 what="original slot")
    case.meeting("ts1", T("2026-04-20 10:00"), T("2026-04-20 10:45"), status="scheduled",
                 what="moved slot")
    case.thread("ts1", True, "interview", "Tessellate Security",
                "'this email confirms your video interview with me' Wed Apr 15 1:00-1:45 ET; "
                "moved on Apr 13 to Mon Apr 20 (two-word reply); still ahead at now")

    # ================================================================ Halyard (cancelled)
    hy_desc = ("Intro conversation for the Senior Backend Engineer, Infrastructure role.\n"
               "Sunita Bhatt (hiring manager) will run the call; Pete Lindgren (recruiting) set "
               "it up.\n\nJoin with Google Meet: https://meet.google.com/pzo-kdua-mxe")
    hy_start = T("2026-04-09 14:00")
    hy_att = [(pete, "ACCEPTED", "INDIVIDUAL"), (sunita, "ACCEPTED", "INDIVIDUAL"),
              (me, "NEEDS-ACTION", "INDIVIDUAL")]
    A("hy_inv", pete, [me, sunita], "2026-04-06 15:10", sig=False, headers=GCAL,
      ics=make_ics(method="REQUEST", uid=uid_google("swe-seattle", "halyard"),
                   stamp=T("2026-04-06 15:10"), start=hy_start,
                   end=hy_start + dt.timedelta(minutes=45), tzid=LA,
                   summary="Halyard – Intro with Sunita (Eng Manager)", organizer=pete,
                   attendees=hy_att, location="https://meet.google.com/pzo-kdua-mxe",
                   description=hy_desc),
      subject="Invitation: Halyard – Intro with Sunita (Eng Manager) @ Thu Apr 9, 2026 "
              "2pm - 2:45pm (PDT) (priya.ramanholt@example.net)",
      body=D("""
        Halyard – Intro with Sunita (Eng Manager)
        Thursday Apr 9, 2026 ⋅ 2pm – 2:45pm
        Pacific Time - Los Angeles

        Join with Google Meet
        meet.google.com/pzo-kdua-mxe

        Guests
        Pete Lindgren - organizer
        Sunita Bhatt
        priya.ramanholt@example.net

        Intro conversation for the Senior Backend Engineer, Infrastructure role.
        Sunita Bhatt (hiring manager) will run the call; Pete Lindgren (recruiting) set it up.

        Reply for priya.ramanholt@example.net
        Yes / No / Maybe / More options

        Invitation from Google Calendar
        """))
    A("hy_can", pete, [me, sunita], "2026-04-08 11:02", sig=False, headers=GCAL,
      ics=make_ics(method="CANCEL", uid=uid_google("swe-seattle", "halyard"),
                   stamp=T("2026-04-08 11:02"), start=hy_start,
                   end=hy_start + dt.timedelta(minutes=45), tzid=LA,
                   summary="Halyard – Intro with Sunita (Eng Manager)", organizer=pete,
                   attendees=hy_att, location="https://meet.google.com/pzo-kdua-mxe",
                   description=hy_desc, sequence=1, status="CANCELLED"),
      subject="Canceled event: Halyard – Intro with Sunita (Eng Manager) @ Thu Apr 9, 2026 "
              "2pm - 2:45pm (PDT) (priya.ramanholt@example.net)",
      body=D("""
        This event has been canceled and removed from your calendar.

        Halyard – Intro with Sunita (Eng Manager)
        Thursday Apr 9, 2026 ⋅ 2pm – 2:45pm
        Pacific Time - Los Angeles

        Note from the organizer:
        Priya, I'm really sorry. The Infrastructure req was put on hold this morning (budget
        freeze). I'll reach out personally if it reopens. Pete

        Invitation from Google Calendar
        """))
    case.meeting("hy_inv", hy_start, hy_start + dt.timedelta(minutes=45), status="cancelled",
                 what="intro cancelled by ICS CANCEL")
    case.thread("hy_inv", True, "interview", "Halyard",
                "Google Calendar invite for Thu Apr 9 2:00-2:45 with the hiring manager")
    case.thread("hy_can", True, "interview", "Halyard",
                "cancellation of the Apr 9 intro (ICS CANCEL, own thread): req on hold; "
                "no date given for reopening")

    # ================================================================ Stillwater Compute (offer)
    A("sw1", helena, [me], "2026-03-27 13:30",
      subject="Stillwater Compute – founding backend engineer", sig=False, body=D("""
        Hi Priya,

        Your name came up twice this week, once from an investor and once from a former
        Vantage colleague of yours, so I figured the universe was telling me something.

        We're a 9-person team in Pioneer Square building cost-aware job scheduling for GPU
        clusters. Seed-funded, shipping to three design partners, and we badly need a
        founding backend engineer who has run systems where correctness matters.

        No pitch deck, no process yet. Drinks next week? First round's on me.

        Helena
        """))
    A("sw2", me, [helena], "2026-03-27 17:00", parent="sw1", body=D("""
        Hi Helena,

        That's a nice way to end a Friday. Drinks sound good; Tuesday 3/31 after 5 works for
        me.
        """))
    A("sw3", helena, [me], "2026-03-27 17:20", parent="sw2", sig=False, body=D("""
        Tue 3/31, 5:30, Good Tide Taproom on Occidental. I'll be the one in the Stillwater
        hoodie.

        H

        Sent from my iPhone
        """))
    A("sw4", me, [helena], "2026-04-01 08:40", parent="sw3", body=D("""
        Hi Helena,

        Thank you for the drinks last night and for being so candid about where Stillwater
        is: runway, customers, the lot. I left more interested than I arrived. Happy to take
        the next step whenever you're ready.

        Best,
        """))
    A("sw5", helena, [me], "2026-04-01 11:05", parent="sw4", body=D("""
        Music to my ears. Next step is a working session with Ravi, our CTO
        (ravi@stillwatercompute.com). He'll walk you through the scheduler and then you'd
        pair with him on a real bug from our backlog. Friday 4/10, 3:00-4:30pm at our office
        (83 S King St, 4th floor)? Bring a laptop.
        """))
    A("sw6", me, [helena], "2026-04-01 12:30", parent="sw5", sig=False, body=D("""
        Friday 4/10 at 3 works. See you then (well, see Ravi then).

        P
        """))
    A("sw7", helena, [me], "2026-04-10 20:40", parent="sw6", sig=False, body=D("""
        Ravi came out of that session grinning, which he does roughly once a quarter. We're
        talking numbers this weekend and I'll get back to you by Tuesday (4/14) with
        something concrete.

        H

        Sent from my iPhone
        """))
    A("sw8", helena, [me], "2026-04-14 15:55", parent="sw7",
      attachments=[PDF("Stillwater_Compute_Offer_Priya_Raman-Holt.pdf", [
          "Stillwater Compute, Inc. - Offer of Employment",
          "Position: Founding Backend Engineer",
          "Base salary: $185,000 per year",
          "Equity: 0.60% (4-year vest, 1-year cliff)",
          "Start date: to be agreed (target May 2026)",
          "Please respond by Friday, April 24, 2026."])],
      body=D("""
        Priya,

        As promised: attached is our offer for the Founding Backend Engineer role. The
        headlines:

        - Base salary $185,000
        - 0.60% equity (4-year vest, 1-year cliff), early exercise available
        - Medical/dental/vision for you and the family, 100% covered
        - Start date flexible; we'd love early May

        I know it's a step down in base from what the bigger shops pay, and I'd rather talk
        about that openly than have it sit there. Could you let us know by Friday, April 24?
        Happy to get on the phone any time this week to go through it.
        """))
    A("sw9", me, [helena], "2026-04-14 19:30", parent="sw8", body=D("""
        Hi Helena,

        Thank you. This is genuinely exciting, and I appreciate you laying out the
        trade-offs plainly. I'd like to take a few days to go through it with my husband,
        and I'll likely have a couple of questions on the equity. You'll have my answer
        before the 24th.

        Best,
        """))
    case.meeting("sw1", T("2026-03-31 17:30"), None, met=[helena.email],
                 thanks={helena.email: "sw4"}, what="drinks with the CEO")
    case.meeting("sw1", T("2026-04-10 15:00"), T("2026-04-10 16:30"),
                 met=["ravi@stillwatercompute.com"], what="working session with the CTO")
    case.promise("sw1", "sw7", helena.email, "2026-04-14", ended_by="sw8")
    case.thread("sw1", True, "offer", "Stillwater Compute",
                "drinks with the CEO Tue Mar 31 thanked; working session with Ravi (address "
                "in Helena's mail) Fri Apr 10 3:00-4:30 never thanked; 'by Tuesday (4/14)' "
                "kept by the offer on Apr 14")

    # ================================================================ ATS one-offs
    wd = D("""
        Dear Priya,

        Thank you for your interest in Driftwood Interactive. We have received your
        application for Senior Software Engineer, Online Services (R0031157).

        Our talent acquisition team will review your qualifications against the requirements
        of the role. If there is a match, a member of our team will contact you. You can
        check the status of your application at any time in our careers portal.

        Thank you again for considering a career with Driftwood Interactive.

        Driftwood Interactive Talent Acquisition

        This mailbox is not monitored. Please do not reply.
        """)
    A("dw1", workday, [me], "2026-03-17 21:03", sig=False, headers=AUTO,
      subject="Thank you for applying – Senior Software Engineer, Online Services (R0031157)",
      body=wd, html=html_of(wd), html_only=True)
    case.thread("dw1", True, "application", "Driftwood Interactive",
                "Workday acknowledgement, no date")

    fc = D("""
        Dear Priya,

        Thank you for taking the time to apply for the Senior Backend Engineer position at
        Ferrous Cloud. We truly appreciate your interest in joining our team.

        We received many strong applications for this role. After careful review, we have
        decided to move forward with candidates whose experience more closely aligns with our
        current needs.

        We encourage you to keep an eye on our careers site and to apply for future openings
        that match your skills. We wish you every success in your search.

        Kind regards,
        Talent Acquisition
        Ferrous Cloud
        """)
    A("fc1", icims, [me], "2026-04-06 07:12", sig=False, headers=AUTO,
      subject="Your application for Senior Backend Engineer (Req 2026-0412)", body=fc,
      html=html_of(fc), html_only=True)
    case.thread("fc1", True, "rejection", "Ferrous Cloud",
                "iCIMS form rejection in gentle words, no meeting ever")

    A("fw1", danielle, [me], "2026-03-12 20:15", sig=False,
      subject="Fwd: We're hiring! Senior Engineer, Payments Platform", body=D("""
        saw this in our internal newsletter and immediately thought of you. happy to refer
        you if you want, the referral bonus is nice and I'd love to work with you again lol.
        just send me a resume

        d

        ---------- Forwarded message ---------
        From: Moraine Health Talent <talent@morainehealth.com>
        Date: Thu, Mar 12, 2026 at 9:02 AM
        Subject: We're hiring! Senior Engineer, Payments Platform
        To: <all-staff@morainehealth.com>

        Know someone great? Our Payments Platform team is hiring a Senior Engineer to own
        claims-to-cash workflows: patient billing, payer remittance (835/837), and the ledger
        that ties it together.

        Refer through Workday by March 31. Successful referrals earn a $5,000 bonus.

        Moraine Health Talent Team
        """))
    A("fw2", me, [danielle], "2026-03-12 21:40", parent="fw1", sig=False,
      attachments=[RESUME], body=D("""
        Danielle you're the best. Thank you! Resume attached, please do refer me.

        P
        """))
    A("fw3", danielle, [me], "2026-03-13 09:30", parent="fw2", body=D("""
        done! you should get an email from their workday thing. fingers crossed 🤞
        """))
    case.thread("fw1", True, "networking", "Moraine Health",
                "a former colleague forwards an internal posting and refers her; no meeting, "
                "no promise")

    # ================================================================ severance & outplacement
    A("sv1", kim, [me], "2026-03-04 10:00", subject="Your separation agreement – next steps",
      attachments=[PDF("Separation_Agreement_Countersigned.pdf", [
          "Vantage Ledger, Inc. - Separation Agreement and General Release",
          "Employee: Priya Raman-Holt",
          "Separation date: January 23, 2026",
          "Severance: 12 weeks base salary in two installments",
          "Countersigned March 3, 2026"])],
      body=D("""
        Hi Priya,

        Thank you for returning your signed separation agreement. I've countersigned, and a
        copy is attached for your records.

        To summarize what happens next:
        - Severance: 12 weeks of base salary, paid in two installments. The first was
          included in your final paycheck on January 30; the second will be paid on the
          March 31 payroll.
        - Outplacement: three months of career transition support through Bridgepath Career
          Partners. They will contact you directly this week.
        - Benefits: your medical coverage ended January 31. Alderline Benefits administers
          COBRA and will send your election notice.
        - Equity: vested RSUs remain in your brokerage account; unvested shares were
          forfeited on your separation date.

        If anything is unclear, I'm happy to jump on a call.

        Kind regards,
        """))
    A("sv2", me, [kim], "2026-04-01 09:30", parent="sv1", body=D("""
        Hi Kimberly,

        I hope you're well. The second severance installment hasn't shown up in my account
        yet. The March 31 payroll date has passed, and my January paycheck went to the same
        account. Could you check on it?

        Thanks,
        """))
    A("sv3", kim, [me], "2026-04-01 14:20", parent="sv2", body=D("""
        Hi Priya,

        Thank you for flagging this, and I'm sorry for the worry. Payroll tells me the
        separation payments were submitted late this cycle. I'll confirm the deposit date
        with them and get back to you by Friday, April 3.

        Kind regards,
        """))
    case.promise("sv1", "sv3", kim.email, "2026-04-03", job=False)
    case.thread("sv1", False, None, "Vantage Ledger",
                "former employer's HR about severance; 'by Friday, April 3' about a payment, "
                "not a job search promise")

    A("bp1", renee, [me], "2026-03-06 16:00",
      subject="Welcome to Bridgepath – your career transition programme", body=D("""
        Dear Priya,

        Welcome to Bridgepath Career Partners. Vantage Ledger has arranged a three-month
        career transition programme for you, and I'll be your coach throughout.

        The programme includes up to six one-to-one coaching sessions, CV and LinkedIn
        reviews, interview practice, and access to our online job-search resources. Sessions
        are by video and I'm happy to fit around US Pacific time.

        Could you reply with two or three times that would suit you for a first session over
        the next fortnight? Mornings your time work best for me.

        Kind regards,
        """))
    A("bp2", me, [renee], "2026-03-09 08:30", parent="bp1", body=D("""
        Hi Renée,

        Thanks for the welcome. Tuesday 3/17 or Wednesday 3/18, any time 8-10am Pacific,
        would suit me.

        Best,
        """))
    A("bp3", renee, [me], "2026-03-09 17:10", parent="bp2", sig=False, body=D("""
        Dear Priya,

        Lovely. Confirmed for Tuesday 17/03/2026 at 16:00 GMT, which is 09:00 your time (the
        US clocks have already changed and ours haven't yet, so the gap is seven hours this
        month). I'll send a Teams link the day before.

        Kind regards,
        Renée
        """))
    A("bp4", me, [renee], "2026-03-17 11:00", parent="bp3", sig=False, body=D("""
        Hi Renée,

        Thank you for this morning. The STAR-story exercise was more useful than I expected,
        and I've already rewritten my layoff answer twice.

        Priya
        """))
    A("bp5", renee, [me], "2026-03-30 10:00", parent="bp4", sig=False, body=D("""
        Dear Priya,

        Shall we book our second session? I could do 06/04/2026 at 17:00 BST (09:00 PDT).
        Please bring the two job descriptions you're most excited about.

        Kind regards,
        Renée
        """))
    A("bp6", me, [renee], "2026-03-30 07:45", parent="bp5", sig=False, body=D("""
        That works. See you on the 6th (of April, that is!).

        Priya
        """))
    A("bp7", me, [renee], "2026-04-06 10:40", parent="bp6", sig=False, body=D("""
        Thanks, Renée. The mock recruiter screen was a good reality check. I'll send you the
        revised resume later this week.

        Priya
        """))
    case.meeting("bp1", T("2026-03-17 09:00"), T("2026-03-17 10:00"), met=[renee.email],
                 job=False, what="outplacement coaching")
    case.meeting("bp1", T("2026-04-06 09:00"), T("2026-04-06 10:00"), met=[renee.email],
                 job=False, what="outplacement coaching")
    case.thread("bp1", False, None, "Bridgepath Career Partners",
                "outplacement coaching paid by the former employer (London coach, day-first "
                "dates); sessions Mar 17 and Apr 6, both thanked; not an employer contact")

    # ================================================================ state, alerts, digests
    for key, day, week in (("es1", "2026-03-29 07:00", "03/28/2026"),
                           ("es2", "2026-04-12 07:00", "04/11/2026")):
        text = D("""
            Hello PRIYA,

            This is a reminder to file your weekly claim for the week ending %s.

            To stay eligible for unemployment benefits you must complete at least three job
            search activities each week and record them in your job search log (for example:
            applying for a job, attending a job interview, or contacting an employer about
            work). ESD may ask to review your log at any time.

            File your weekly claim: https://secure.esd.wa.gov/home/

            This is an automated message from the Washington State Employment Security
            Department. Please do not reply.
            """) % week
        A(key, esd, [me], day, sig=False, headers=AUTO, html=html_of(text), html_only=True,
          subject="Reminder: File your weekly claim for the week ending %s" % week, body=text)
        case.thread(key, False, None, "Washington ESD",
                    "unemployment weekly-claim reminder full of job-search words; owes nothing")

    alerts = [
        ("sb1", "2026-03-16 06:30", 14, [
            ("Senior Backend Engineer, Ledger Platform", "Tidemark Payments",
             "Seattle, WA (Hybrid)", "$178K-$232K", "2 days ago"),
            ("Senior Software Engineer, Backend", "Quillfeather", "New York, NY / Remote US",
             "$170K-$210K", "5 days ago"),
            ("Backend Engineer III", "Cedarline Logistics", "Kent, WA", "$150K-$185K",
             "1 day ago")]),
        ("sb2", "2026-03-30 06:30", 9, [
            ("Senior Backend Engineer (Data Pipelines)", "Orca Ridge Systems", "Bellevue, WA",
             "$175K-$215K", "6 days ago"),
            ("Staff Software Engineer, Payments", "Brinewater Capital", "Seattle, WA",
             "$210K-$260K", "3 days ago"),
            ("Senior Platform Engineer", "Kestrel Analytics", "Remote (US)", "$180K-$220K",
             "Just posted")]),
        ("sb3", "2026-04-13 06:30", 11, [
            ("Staff Backend Developer", "Maplestack", "Remote (US/Canada)", "CA$190K-$230K",
             "4 days ago"),
            ("Senior Software Engineer - Claims Platform", "Rainier Mutual", "Seattle, WA",
             "$160K-$195K", "2 weeks ago"),
            ("Senior Backend Engineer, Fleet Services", "Pinecrest Robotics", "Seattle, WA",
             "$172K-$208K", "3 weeks ago")]),
    ]
    for key, day, n, jobs in alerts:
        lines = ["Hi Priya, here are new jobs matching your alert \"senior backend engineer\" "
                 "near Seattle, WA.", ""]
        for title, co, where, pay, age in jobs:
            lines += ["%s" % title, "%s · %s · %s" % (co, where, pay),
                      "Posted %s · Easy Apply · Be an early applicant" % age, ""]
        lines += ["See all %d jobs: https://stackboard.io/jobs/alerts/7731" % n, "",
                  "You're receiving this because you created a job alert on Stackboard.",
                  "Manage alerts or unsubscribe: https://stackboard.io/settings/alerts"]
        text = "\n".join(lines)
        hdr = dict(bulk_headers("<jobalerts.stackboard.io>",
                                "https://stackboard.io/unsub/a7731"), **AUTO)
        A(key, stack, [me], day, sig=False, headers=hdr, html=html_of(text),
          subject="%d new jobs for \"senior backend engineer\" in Seattle, WA" % n, body=text)
        case.thread(key, False, None, "Stackboard",
                    "job-board alert naming companies she is talking to; owes nothing")

    digests = [
        ("cd1", "2026-03-20 07:00", D("""
            This week in Cascadia Eng (1,942 members)

            #jobs · 31 new messages
              @karan.s: My team at a logistics startup is hiring two senior backend folks,
              Go/Postgres, Seattle hybrid. DM me for a referral.
              @ellie.f: Contract-to-hire, 6 months, data platform. Rate is fair, I promise.

            #layoff-support · 54 new messages
              @mo.barnes: Day 40. Reminder that it's a numbers game and the numbers are not
              about you.
              @j.tsai: Anyone used their outplacement coach? Worth it or skip?

            #backend · 18 new messages
              @dana.k: Hot take: most "exactly once" claims are "at least once + dedupe" in a
              trench coat.

            Read the full threads in Slack: https://cascadiaeng.slack.com
            You're receiving this weekly digest as a community member. Unsubscribe:
            https://cascadiaeng.org/digest/unsubscribe
            """)),
        ("cd2", "2026-04-03 07:00", D("""
            This week in Cascadia Eng (1,967 members)

            #jobs · 26 new messages
              @recruiter-rob: Hiring a Staff Engineer for an insurance platform rebuild.
              Salary range in thread.
              @priyanka.m: Referral offers welcome: my company pays $4k per hire.

            #interview-prep · 40 new messages
              @theo.w: System design mock swaps Saturday mornings, sign-up sheet pinned.
              @lin.c: Take-home tips: write the README first, then the code.

            #layoff-support · 22 new messages
              @mo.barnes: Got an offer! Day 54. Hang in there, everyone.

            Read the full threads in Slack: https://cascadiaeng.slack.com
            Unsubscribe: https://cascadiaeng.org/digest/unsubscribe
            """)),
        ("cd3", "2026-04-10 07:00", D("""
            This week in Cascadia Eng (1,980 members)

            #jobs · 19 new messages
              @karan.s: Still hiring. Interview loop is 3 rounds, decision within a week.
              @amira.h: Fintech in Pioneer Square looking for a founding backend engineer.

            #salary-talk · 33 new messages
              @gabe.r: Startup offer, 185 base + 0.5%. Reasonable for Seattle?

            #backend · 12 new messages
              @dana.k: Postgres 18 async I/O benchmarks, anyone tried it on RDS yet?

            Read the full threads in Slack: https://cascadiaeng.slack.com
            Unsubscribe: https://cascadiaeng.org/digest/unsubscribe
            """)),
    ]
    for key, day, text in digests:
        hdr = dict(bulk_headers("<weekly.cascadiaeng.org>",
                                "https://cascadiaeng.org/digest/unsubscribe"), **AUTO)
        A(key, digest, [me], day, sig=False, headers=hdr, html=html_of(text), body=text,
          subject="Cascadia Eng weekly: top threads in #jobs, #layoff-support and more")
        case.thread(key, False, None, "Cascadia Eng Community",
                    "Slack-digest newsletter full of hiring talk; owes nothing")

    # ================================================================ school and family
    sc_start = T("2026-04-09 15:30")
    A("sc1", moreno_cal, [me, sam], "2026-03-27 15:40", sig=False, headers=GCAL,
      ics=make_ics(method="REQUEST", uid=uid_google("swe-seattle", "conference"),
                   stamp=T("2026-03-27 15:40"), start=sc_start,
                   end=sc_start + dt.timedelta(minutes=20), tzid=LA,
                   summary="Spring Conference – Aanya Holt (Gr. 3)", organizer=moreno_cal,
                   attendees=[(moreno_cal, "ACCEPTED", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (sam, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Room 14, Salmonberry Elementary",
                   description="Spring family conference for Aanya. We'll look at reading and "
                               "math goals and her student-led portfolio. Siblings welcome!"),
      subject="Invitation: Spring Conference – Aanya Holt (Gr. 3) @ Thu Apr 9, 2026 "
              "3:30pm - 3:50pm (PDT) (priya.ramanholt@example.net)",
      body=D("""
        Spring Conference – Aanya Holt (Gr. 3)
        Thursday Apr 9, 2026 ⋅ 3:30pm – 3:50pm
        Pacific Time - Los Angeles

        Room 14, Salmonberry Elementary

        Guests
        Alicia Moreno - organizer
        priya.ramanholt@example.net
        sam.holt.pnw@gmail.com

        Spring family conference for Aanya. We'll look at reading and math goals and her
        student-led portfolio. Siblings welcome!

        Invitation from Google Calendar
        """))
    A("sc2", me, [moreno], "2026-03-27 20:10", parent="sc1", sig=False, body=D("""
        Hi Ms. Moreno, accepted. Sam and I will both be there. Thank you!

        Priya
        """))
    A("sc3", moreno, [me, sam], "2026-04-09 17:30", parent="sc2", sig=False, body=D("""
        Hi Priya and Sam,

        Thank you for coming in today! As promised, here is the summer reading list we
        talked about, and the link to the math games site. Aanya should be really proud of
        her portfolio.

        https://salmonberryelementary.org/grade3/summer-reading
        https://salmonberryelementary.org/grade3/math-games

        Warmly,
        Alicia Moreno
        3rd Grade, Room 14
        """))
    case.meeting("sc1", sc_start, sc_start + dt.timedelta(minutes=20), met=[moreno.email],
                 job=False, what="parent-teacher conference")
    case.thread("sc1", False, None, "Salmonberry Elementary",
                "parent-teacher conference Thu Apr 9; not job search")

    pta_text = D("""
        THE SALMONBERRY SPLASH · April 2026

        Spring Auction: Saturday, May 2, in the gym. Donations of gift cards and experiences
        are still welcome. Drop them at the front office by April 24.

        Field trips: 3rd grade visits the aquarium on Wednesday, April 22. Permission slips
        went home in Friday folders; chaperones, please complete your volunteer application
        on the district site.

        We're hiring! Our before- and after-care program is looking for part-time staff
        (15-20 hours a week). Great for college students. Apply through the PTA site.

        Teacher Appreciation Week is May 4-8. Watch for the sign-up sheet!

        Salmonberry Elementary PTA · You're receiving this as a Salmonberry family.
        Unsubscribe: https://salmonberrypta.org/unsubscribe
        """)
    A("pt1", pta, [me], "2026-04-10 12:00", sig=False, body=pta_text, html=html_of(pta_text),
      headers=bulk_headers("<splash.salmonberrypta.org>", "https://salmonberrypta.org/unsubscribe"),
      subject="The Salmonberry Splash – April edition")
    case.thread("pt1", False, None, "Salmonberry PTA", "school newsletter")

    office = Person("Salmonberry Elementary Office", "office@salmonberryelementary.org", LA,
                    "gmail")
    A("sc_ed", office, [me], "2026-04-16 07:15", sig=False,
      subject="Reminder: early dismissal Friday 4/17 at 12:35", body=D("""
        Dear Salmonberry families,

        A reminder that tomorrow, Friday April 17, is an early dismissal day for staff
        professional development. Students will be dismissed at 12:35 PM. After-care opens at
        12:35 for enrolled students only.

        Thank you,
        Salmonberry Elementary Main Office
        """))
    case.thread("sc_ed", False, None, "Salmonberry Elementary", "early dismissal reminder")

    A("sa1", sam, [me], "2026-03-11 12:40", subject="pickup today", body=D("""
        Can you grab Kabir from soccer at 5:30? I've got a 5pm that'll run over. Aanya's at
        Maya's till 6, her mom is dropping her off.

        Sent from my iPhone
        """))
    A("sa2", me, [sam], "2026-03-11 12:52", parent="sa1", sig=False,
      body="Yep, got it. Tacos tonight?\n")
    A("sa3", sam, [me], "2026-03-11 13:05", parent="sa2", body="always yes to tacos\n")
    case.thread("sa1", False, None, None, "husband, school pickup")

    A("sa4", sam, [me], "2026-04-06 21:15", subject="tomorrow", body=D("""
        Good luck tomorrow!! I'll do drop-off and keep the kids out of your hair till 1.
        You're going to crush the system design one.

        Also Luis called me, he needs your last two Vantage paystubs. Can you send them when
        you get a sec
        """))
    A("sa5", me, [sam], "2026-04-06 21:30", parent="sa4", sig=False, body=D("""
        Thank you love. Paystubs are in the Taxes 2026 folder in Drive. I'll forward them to
        Luis after the onsite.

        P
        """))
    case.thread("sa4", False, None, None, "husband: good-luck note and mortgage paperwork")

    A("mo1", mom, [me], "2026-03-15 19:20", subject="calling", body=D("""
        Priya kanna,

        Eppadi irukke? Appa and I were talking about you today. Don't worry too much about
        the job, ellam nallapadiya nadakkum. You are very talented, they are fools to let you
        go.

        Did you eat properly? Kids eppadi irukkanga? Tell Aanya paati says her drawing is on
        the fridge.

        Call me this week when you have time. Not during your interviews!

        Amma

        Sent from Yahoo Mail on Android
        """))
    A("mo2", me, [mom], "2026-03-15 17:05", parent="mo1", sig=False, body=D("""
        Amma, naan nalla irukken, don't worry. Busy with calls all week but I'll call you
        Saturday morning. Kids are fine, Kabir scored a goal yesterday and hasn't stopped
        talking about it.

        Love you,
        Priya
        """))
    case.thread("mo1", False, None, None, "her mother, English mixed with Tamil")

    A("mo3", mom, [me], "2026-04-12 10:00", subject="May visit", body=D("""
        Priya, Appa booked the tickets. We will come May 14 to May 28. Is it ok? If you start
        a new job we will help with the kids. Tell me if the dates are bad.

        Amma

        Sent from Yahoo Mail on Android
        """))
    A("mo4", me, [mom], "2026-04-12 09:15", parent="mo3", sig=False, body=D("""
        Amma, those dates are perfect. The kids will be thrilled. I'll pick you up at the
        airport.

        Priya
        """))
    case.thread("mo3", False, None, None, "parents' visit in May")

    esc_text = D("""
        ¡Hola, familias!

        Les recordamos que el sábado 4 de abril no habrá clase por las vacaciones de
        primavera. Las clases se reanudan el sábado 11 de abril a la hora de siempre (9:30 a
        11:00).

        Este mes estamos trabajando el vocabulario de los oficios y las profesiones, así que
        si en casa pueden conversar sobre el trabajo de mamá y papá, ¡mucho mejor! Cada niño
        va a preparar una pequeña entrevista a un familiar para presentarla el 25 de abril.

        Gracias por su apoyo,
        Profe Lucía
        Escuelita Colibrí · Programa de español los sábados
        """)
    A("ec1", escuelita, [me], "2026-03-26 18:00", sig=False, body=esc_text,
      headers=bulk_headers("<familias.escuelitacolibri.org>",
                           "https://escuelitacolibri.org/baja"),
      subject="Recordatorio: no hay clase el sábado 4 de abril")
    case.thread("ec1", False, None, "Escuelita Colibrí",
                "Saturday Spanish class notice, in Spanish ('entrevista' is a school project)")

    A("mg1", luis, [me, sam], "2026-03-24 10:15",
      subject="Pre-approval – employment update needed", body=D("""
        Hi Priya and Sam,

        Thanks for letting me know about the change at Vantage. I talked to our underwriter
        about your pre-approval, and here's where we landed:

        - With Sam's income alone, the pre-approval amount drops to roughly $690K.
        - To get back to the original $940K, underwriting needs a signed offer letter with a
          start date within 60 days of closing, plus your first paystub before we fund.

        No pressure either way. I just want you to have the real numbers before you write any
        offers on a house. Happy to talk it through anytime.

        Best,
        """))
    A("mg2", me, [luis], "2026-03-24 20:30", parent="mg1", cc=[sam], sig=False, body=D("""
        Hi Luis,

        Thanks, that's clear. I'm actively interviewing and hoping to have an offer in the
        next few weeks. Can we keep the file open and revisit then? Also, does a startup
        offer letter count the same as a big company one for underwriting?

        Priya
        """))
    A("mg3", luis, [me], "2026-04-02 11:45", parent="mg2", cc=[sam], body=D("""
        Hi Priya,

        Good question. As long as it's a salaried W-2 position with a written offer, the size
        of the company doesn't matter; equity won't count toward income, though. The lender
        has agreed to extend your pre-approval by 30 days. I'm waiting on their updated rate
        sheet and will get back to you by Monday with rate-lock options.

        Best,
        """))
    case.promise("mg1", "mg3", luis.email, "2026-04-06", job=False)
    case.thread("mg1", False, None, "Puget Sound Home Lending",
                "mortgage broker asking about an offer letter; his 'by Monday' (Apr 6) is "
                "about rate locks, not job search")

    dn_text = D("""
        Hi Priya,

        This is a friendly reminder that Kabir Holt has a cleaning and check-up at Little
        Tides Pediatric Dentistry on Tuesday, April 21, 2026 at 3:30 PM with Dr. Nguyen-Baker.

        Please arrive 10 minutes early. If you need to reschedule, call us at (206) 555-0177
        at least 24 hours ahead.

        Little Tides Pediatric Dentistry
        7718 35th Ave NE, Seattle
        """)
    dn_start = T("2026-04-21 15:30")
    A("dn1", dentist, [me], "2026-04-13 09:00", sig=False, headers=AUTO, body=dn_text,
      html=html_of(dn_text), subject="Appointment reminder: Kabir – Tue, Apr 21 at 3:30 PM",
      ics=make_ics(method="PUBLISH", uid=uid_uuid("swe-seattle", "dentist"),
                   stamp=T("2026-04-13 09:00"), start=dn_start,
                   end=dn_start + dt.timedelta(minutes=45), tzid=LA,
                   summary="Kabir – cleaning & check-up (Little Tides)", organizer=dentist,
                   location="Little Tides Pediatric Dentistry, 7718 35th Ave NE, Seattle",
                   prodid="-//Little Tides//Appointments//EN"),
      ics_mode="publish")
    case.meeting("dn1", dn_start, dn_start + dt.timedelta(minutes=45), status="scheduled",
                 job=False, what="son's dentist")
    case.thread("dn1", False, None, "Little Tides Pediatric Dentistry",
                "dentist reminder with ICS PUBLISH, still ahead")

    pw_text = D("""
        Hello Priya,

        Good news: your order #112-4471920 has shipped and is on its way.

        1 x 1080p USB webcam with privacy shutter ............ $49.99
        1 x 10" LED ring light with desk clamp ................. $27.49
        1 x Noise-cancelling USB headset ....................... $59.00

        Estimated delivery: Saturday, March 21
        Track your package: https://parcelway.com/track/PW8841937220

        Thanks for shopping with Parcelway.
        """)
    A("pw1", parcel, [me], "2026-03-19 14:12", sig=False, headers=AUTO, body=pw_text,
      html=html_of(pw_text), html_only=True, subject="Your order #112-4471920 has shipped")
    case.thread("pw1", False, None, "Parcelway", "receipt: webcam and ring light")

    ut_text = D("""
        Your April bill is ready.

        Account ending 4410 · Service address: 8123 Ravenna Ave NE
        Amount due: $142.87
        Due date: 04/28/2026

        Autopay is ON: we'll charge your card on file on the due date.

        View your bill: https://myaccount.cascadepublicutilities.com
        """)
    A("ut1", utility, [me], "2026-04-08 06:10", sig=False, headers=AUTO, body=ut_text,
      html=html_of(ut_text), html_only=True, subject="Your April bill is ready – $142.87")
    case.thread("ut1", False, None, "Cascade Public Utilities", "utility bill")

    cb_text = D("""
        Dear Priya Raman-Holt,

        You are receiving this notice because you recently experienced a qualifying event:
        termination of employment with Vantage Ledger, Inc. on 01/23/2026. As a result, your
        group health coverage ended on 01/31/2026.

        You and your covered dependents (Sam Holt, Aanya Holt, Kabir Holt) may elect to
        continue coverage under COBRA. You have 60 days from the date of this notice to make
        your election. Premiums for the first coverage period are due within 45 days of your
        election.

        Monthly premium (Medical PPO + Dental + Vision, employee + family): $2,614.38

        Log in to the Alderline participant portal to elect or decline coverage.

        Alderline Benefits · COBRA Administrator
        This is an automated notice. Please do not reply to this email.
        """)
    A("cb1", cobra, [me], "2026-03-05 11:00", sig=False, headers=AUTO, body=cb_text,
      html=html_of(cb_text), html_only=True,
      subject="Important: Your COBRA Continuation Coverage Election Notice")
    case.thread("cb1", False, None, "Alderline Benefits",
                "COBRA notice citing the termination of employment; owes nothing")

    A("js1", jess, [me, rachel, tamsin], "2026-03-28 11:20",
      subject="40 😱 save the date Sat 4/25", body=D("""
        Friends,

        I am turning 40 and I've decided to lean in. Dinner + karaoke, Saturday 4/25,
        starting 7pm at Little Lantern in Fremont, then the private room upstairs until they
        kick us out.

        RSVP by 4/15 so I can give the restaurant numbers. Partners welcome, kids not (sorry,
        it's karaoke).

        xo Jess
        """))
    A("js2", me, [jess, rachel, tamsin], "2026-03-28 13:02", parent="js1", sig=False,
      body="Wouldn't miss it! Count me + Sam in. 🎤\n")
    A("js3", jess, [me], "2026-04-14 20:10", parent="js2", body=D("""
        Final headcount goes in tomorrow. You and Sam still good? Also PLEASE tell me there's
        job news, I've been refreshing your LinkedIn like a stalker
        """))
    A("js4", me, [jess], "2026-04-14 21:05", parent="js3", sig=False, body=D("""
        Still good! And... maybe? Tell you on the 25th 😉
        """))
    case.meeting("js1", T("2026-04-25 19:00"), None, status="scheduled", job=False,
                 what="friend's birthday dinner")
    case.thread("js1", False, None, None, "friend's 40th birthday dinner")

    A("bc1", tamsin, [me] + bookers, "2026-03-31 09:05",
      subject="April book club – The Covenant of Water", body=D("""
        Hi all!

        April is at my place, Thursday 4/23, 7pm. We're reading The Covenant of Water (yes,
        it's 700+ pages; yes, you have three weeks). I'll make the dal, someone else bring
        dessert please.

        Tamsin
        """))
    A("bc2", me, [tamsin] + bookers, "2026-03-31 12:10", parent="bc1", sig=False, body=D("""
        I'm in, and I'll bring dessert. I finally have time to read 700 pages, so there's
        that silver lining.
        """))
    case.meeting("bc1", T("2026-04-23 19:00"), None, status="scheduled", job=False,
                 what="book club")
    case.thread("bc1", False, None, None, "book club")

    A("so1", coach, [me], "2026-04-01 18:30",
      subject="U8 Otters – practice moved to Thursdays in April", body=D("""
        Hi Otters parents,

        Lower Woodland field 3 is being reseeded, so practices move to Thursdays 5:30-6:30 at
        Green Lake Park (north field) through the end of April. Games on Saturdays are
        unchanged.

        Snack schedule is in the shared sheet. Please check your week!

        Coach Dmitri
        """))
    case.thread("so1", False, None, "Green Lake Youth Soccer", "kids' soccer schedule change")

    A("mk1", luz, [me], "2026-03-31 10:00",
      subject="Mock interview morning – Sat 4/11 – your interviewee schedule", body=D("""
        Hi Priya,

        Thank you so much for volunteering as a mock interviewer for our spring cohort!
        Here's your schedule for Saturday, April 11 (we'll be in meeting room B at the Ballard
        branch library, coffee provided):

        10:00-10:30  Devon Pratt: backend / APIs
        10:30-11:00  Keiko Tanabe: data structures
        11:00-11:30  Abdi Warsame: system design (his first one!)

        Each learner will send you their resume on Friday. Please use the scoring rubric and
        leave 5 minutes at the end of each slot for feedback. I'll be floating between rooms.

        You're a star,
        """))
    A("mk2", me, [luz], "2026-03-31 11:30", parent="mk1", sig=False, body=D("""
        Hi Luz,

        Happy to do it. I'll be there by 9:45. Could you send the rubric ahead of time so I
        can read it over on Friday?

        Priya
        """))
    A("mk3", luz, [me], "2026-04-11 14:00", parent="mk2", body=D("""
        Priya, THANK YOU for this morning. Abdi told me your system design session was the
        first time it "clicked" for him. Please fill in the feedback form for your three
        learners by Wednesday so they get notes before demo day.
        """))
    case.meeting("mk1", T("2026-04-11 10:00"), T("2026-04-11 11:30"), met=[luz.email],
                 job=False, what="volunteer mock interviews, Priya interviewing")
    case.thread("mk1", False, None, "Ballard Code Collective",
                "Priya volunteers as the interviewer at mock interviews Sat Apr 11; not her "
                "own search")

    cu_text = D("""
        Your March eStatement is ready.

        Account: Checking ••7721
        Statement period: 03/01/2026 - 03/31/2026

        Sign in to online banking to view it.

        BlueHeron Credit Union · Federally insured by NCUA
        """)
    A("cu1", cu, [me], "2026-04-02 05:30", sig=False, headers=AUTO, body=cu_text,
      html=html_of(cu_text), html_only=True, subject="Your March statement is ready")
    case.thread("cu1", False, None, "BlueHeron Credit Union", "bank statement notice")

    gy_text = D("""
        Hi Priya,

        Your membership freeze is confirmed: March 1 - May 31, 2026. You won't be billed
        during the freeze, and your membership reactivates automatically on June 1.

        We'll miss you on the wall. Come back stronger!

        Basalt Climbing Co.
        """)
    A("gy1", gym, [me], "2026-03-03 15:20", sig=False, headers=AUTO, body=gy_text,
      html=html_of(gy_text), subject="Your membership freeze is confirmed")
    case.thread("gy1", False, None, "Basalt Climbing Co.", "gym membership frozen")

    A("al1", marisol, [me] + alumni, "2026-03-19 13:00",
      subject="RIF'd & fabulous: drinks Thu 3/26", body=D("""
        Hi all,

        A bunch of us from the January cuts (+ a few survivors with guilt) are getting drinks
        next Thursday 3/26, 6pm onward, at Ship Canal Brewing. No LinkedIn talk unless you
        really want it. Plus-ones welcome.

        M
        """))
    A("al2", me, [marisol], "2026-03-19 15:30", parent="al1", sig=False, body=D("""
        I'm in! Might be late, soccer pickup.

        Sent from my iPhone
        """))
    case.meeting("al1", T("2026-03-26 18:00"), None, job=False,
                 what="social drinks with laid-off former colleagues")
    case.thread("al1", False, None, None, "social drinks with former colleagues")

    hp_text = D("""
        You're invited!

        Milo's 8th Birthday Bash
        Hosted by Jenna Cordova

        Saturday, April 18, 2026 · 2:00 PM - 4:30 PM
        Jump Zone Northgate, 10300 Meridian Ave N

        RSVP by April 13: https://hooplainvites.com/e/milo-8
        """)
    A("hp1", hoopla, [me], "2026-04-04 10:00", sig=False, headers=AUTO, body=hp_text,
      html=html_of(hp_text), subject="You're invited: Milo's 8th Birthday Bash!")
    case.meeting("hp1", T("2026-04-18 14:00"), T("2026-04-18 16:30"), status="scheduled",
                 job=False, what="son's friend's birthday party")
    case.thread("hp1", False, None, "Hoopla Invites", "kids' birthday party invitation")

    rx_text = D("""
        Hi PRIYA,

        Your prescription for KABIR H. is ready for pickup at Northlake Pharmacy
        (Roosevelt Way NE). It will be held for 7 days.

        Hours: Mon-Fri 9am-8pm, Sat-Sun 10am-6pm
        """)
    A("rx1", pharmacy, [me], "2026-04-14 11:20", sig=False, headers=AUTO, body=rx_text,
      html=html_of(rx_text), html_only=True, subject="Your prescription is ready for pickup")
    case.thread("rx1", False, None, "Northlake Pharmacy", "pharmacy notice")

    A("nb1", harold, [me], "2026-03-22 09:40", subject="your recycling bin", body=D("""
        Hi Priya, your blue bin ended up in our driveway again after last night's wind. I
        wheeled it back, no harm done. Hope you and the kids are well.

        Harold
        """))
    A("nb2", me, [harold], "2026-03-22 10:05", parent="nb1", sig=False, body=D("""
        Oh no, sorry Harold! And thank you. We'll weigh it down with a brick from now on.

        Priya
        """))
    case.thread("nb1", False, None, None, "neighbour")

    # ================================================================ labels
    E = case.expect
    E("thank_you", "tm_on1", "ethan.sorensen@tidemarkpay.com",
      "ran the last onsite session (Tue Apr 7, ends 12:25 PDT); address in the Ashby agenda; "
      "the other three were thanked, he was not; overdue since Apr 8")
    E("thank_you", "qf_inv", hannah.email,
      "call Thu Apr 9 3:00-3:45 PM EDT (12:00-12:45 PDT) took place; the only 'thank you' "
      "was on Apr 2, before it; overdue since Apr 10")
    E("callback", "mp1", genevieve.email,
      "Geneviève relayed on Apr 1 that Arjun would come back 'by the end of next week "
      "(vendredi 10 avril)'; nothing from Maplestack since; due end of Tue Apr 14",
      promised="2026-04-10")
    E("thank_you", "or1", "kofi.mensah@orcaridge.com",
      "interview Fri Apr 3 10-11 took place and was never thanked; the rejection of Apr 8 "
      "ends the callback, not the thank-you; stale only from Apr 17 13:00")
    E("callback", "hv1", brandon.email,
      "'I'll get back to you by EOD Thursday 4/9'; no word from Hollis & Vane since; due "
      "end of Mon Apr 13", promised="2026-04-09")
    E("thank_you", "ks_c2", camille.email,
      "rebooked Calendly intro Tue Apr 14 13:00-13:30 took place; nothing sent to Camille "
      "since; overdue since Apr 15 13:30")
    E("thank_you", "pc_inv", theo.email,
      "panelist (ICS attendee) at the Thu Apr 2 13:00-14:30 onsite; only Ingrid was thanked; "
      "due since Apr 2 16:30, stale only from Apr 16 16:30")
    E("thank_you", "rm_inv", anjali.email,
      "interviewer in the Teams invite, Tue Apr 14 14:00-15:00; only Curtis was thanked; "
      "overdue since Apr 15 15:00")
    E("callback", "lh1", fiona.email,
      "'a decision will be made by Friday, April 3' after the take-home; nothing from "
      "Larchwood since; due end of Tue Apr 7", promised="2026-04-03")
    E("thank_you", "cr1", camila.email,
      "informational call Fri Apr 10 9:00 took place; thanks only before it, her follow-up "
      "links were never answered")
    E("thank_you", "sw1", "ravi@stillwatercompute.com",
      "working session with the CTO Fri Apr 10 3:00-4:30 took place; address in Helena's "
      "mail; the offer ends callbacks but not a thank-you owed")

    F = case.forbid
    F("tm_on1", meiling.email,
      "thanked by the joint note to Owen and Mei-Ling on Apr 7 (one note satisfies each "
      "addressee)")
    F("tm1", noor.email,
      "'hiring committee meets Tuesday 4/14 ... answer by Wednesday 4/15': the grace runs to "
      "the end of Fri Apr 17, so Thursday morning is too early; her own screen was thanked")
    F("qf1", simone.email,
      "coordinator who arranged the call and said she would not be on it; her 'within a "
      "week' from Apr 14 is still open")
    F("or1", tara.email,
      "'by Friday 4/10' ended by her rejection on Wed Apr 8; she was not at the interview")
    F("ks_c1", camille.email,
      "the Apr 8 Calendly intro was a no-show by the recruiter; the thank-you belongs to the "
      "Apr 14 rebooking")
    F("pc_inv", pc_room[1], "a meeting room (CUTYPE=ROOM) in the GoodTime invite")
    F("pc1", beatriz.email,
      "'within the next couple of weeks' from Apr 3 runs to Apr 17; her phone screen was "
      "thanked")
    F("rm_inv", deborah.email,
      "organizer of the Teams invite who said she would not join the call")
    F("sl1", tomas.email, "the referrer: he was not on the call and promised nothing")
    F("gl1", glen.email,
      "coffee Wed Apr 8 thanked in a new thread on Apr 9 07:55 (the 'thanks' of Apr 7 "
      "came before it)")
    F("ts1", ruth.email,
      "interview moved from Wed Apr 15 to Mon Apr 20 10:00 PT; it has not happened yet")
    F("hy_inv", sunita.email, "intro on Apr 9 was cancelled by ICS CANCEL; it never took place")
    F("sw1", helena.email,
      "'by Tuesday (4/14)' kept by the offer on Apr 14; her drinks meeting was thanked")
    F("sv1", kim.email,
      "former employer's HR about a severance payment: not job search, though 'by Friday, "
      "April 3' has passed")
    F("mg1", luis.email,
      "mortgage broker: 'by Monday' with rate-lock options is not a job-search promise")
    F("mk1", luz.email,
      "volunteer mock interviews where Priya was the interviewer; not her job search")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Priya Raman-Holt, 38, was a senior backend engineer on the ledger team at Vantage Ledger in "
    "Seattle until a reduction in force in January; after a few weeks off she has been "
    "searching hard since early March. The mailbox runs from Tuesday 3 March to Thursday 16 "
    "April 2026, 09:40 PDT, across the US change to daylight time on 8 March (and the UK's on "
    "29 March, which her London outplacement coach points out). In-house recruiters and "
    "agencies write through Ashby (in the recruiter's name from a no-reply address, agenda of "
    "a four-session virtual onsite with the interviewers' addresses and no ICS), Greenhouse, "
    "Workday, iCIMS, GoodTime (with a room), Calendly (a no-show by the recruiter, then a "
    "rebooking), Google Calendar and Outlook/Teams ('Pacific Standard Time'). Teams in New "
    "York and Toronto give times in ET; a Montreal recruiter writes partly in French with "
    "day-first dates and relays a promise for the engineering lead. Other threads: a "
    "take-home with a passive 'a decision will be made by', an agency recruiter with rival "
    "candidates, a referral by a former colleague ('a friend of yours says good things about "
    "you, could we talk on Monday?'), a coffee with her ex-manager, a quarter-hour she asked a "
    "stranger for, drinks with a founder that led to an offer, a gentle ATS rejection and a "
    "personal one after an interview she never thanked, a move to a later date, a cancelled "
    "intro. Noise: severance and outplacement, unemployment claim reminders, job alerts and a "
    "Slack-style digest full of hiring talk, her children's school, Saturday Spanish class "
    "(in Spanish), her mother (English and Tamil), a mortgage broker asking for an offer "
    "letter, volunteer mock interviews where she is the interviewer, COBRA, receipts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
