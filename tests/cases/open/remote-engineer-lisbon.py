#!/usr/bin/env python3
"""Labelled case: a senior backend engineer in Lisbon interviewing remotely with companies
in San Francisco, New York, Berlin and Singapore, across the US (8 March) and EU (29 March)
clock changes.  Written blind, from CASES.md, DOMAIN.md and the brief only."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as _dt
from zoneinfo import ZoneInfo as _Z

LIS = "Europe/Lisbon"
LA = "America/Los_Angeles"
NY = "America/New_York"
BER = "Europe/Berlin"
LON = "Europe/London"
SG = "Asia/Singapore"


def T(s, tz=LIS):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=_Z(tz))


PT_WD = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
PT_MON = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
          "nov.", "dez."]


def pt_quote(parent, tz):
    """How Gmail in Portuguese quotes the message replied to."""
    t = parent.date.astimezone(_Z(tz))
    head = "Em %s, %d de %s de %d às %s, %s escreveu:" % (
        PT_WD[t.weekday()], t.day, PT_MON[t.month - 1], t.year, t.strftime("%H:%M"),
        parent.sender.shown())
    quoted = "\n".join((">" + (" " + l if not l.startswith(">") else l)) if l else ">"
                       for l in parent.text.rstrip("\n").split("\n"))
    return head + "\n" + quoted + "\n"


def build():
    now = T("2026-04-02 09:30")
    case = Case(
        "remote-engineer-lisbon",
        "Senior backend engineer in Lisbon interviewing remotely with SF, NY, Berlin and "
        "Singapore companies across the US and EU clock changes; German and Portuguese mail",
        {"name": "Catarina Lobo", "emails": ["catarina.lobo@example.net"],
         "phone": "+351 912 555 318", "timezone": LIS},
        now,
        "see remote-engineer-lisbon.md")

    me = Person("Catarina Lobo", "catarina.lobo@example.net", tz=LIS, style="webmail",
                msgid_domain="mail.example.net",
                sig="--\nCatarina Lobo\nSenior Backend Engineer · Lisbon (WET/WEST)\n"
                    "+351 912 555 318 · github.com/catlobo")
    case.me = me
    add = case.add

    def add_pt(key, sender, to, when, body, parent=None, tz=LIS, **kw):
        """A reply written in a Portuguese Gmail/webmail: quote header in Portuguese."""
        text = body.strip("\n") + "\n"
        if parent is not None:
            text += "\n" + pt_quote(case.by_key[parent], tz)
        return add(key, sender, to, when, text, parent=parent, quote=False, sig=False, **kw)

    # ------------------------------------------------------------------ people
    # Lumaro, San Francisco
    kendra = Person("Kendra Malloy", "kendra.malloy@lumaro.io", tz=LA,
                    sig="Kendra Malloy\nTechnical Recruiter, Engineering | Lumaro\n"
                        "she/her · lumaro.io/careers")
    owen = Person("Owen Park", "owen.park@lumaro.io", tz=LA,
                  sig="Owen\n\nOwen Park | Engineering Manager, Payments Infrastructure | Lumaro")
    helen = ("Helen Zhao", "helen.zhao@lumaro.io")
    rafael = ("Rafael Ortiz", "rafael.ortiz@lumaro.io")
    sunita = ("Sunita Rao", "sunita.rao@lumaro.io")
    goodtime = Person("Lumaro Recruiting", "no-reply@goodtime.io", tz=LA, style="auto",
                      auto=True, msgid_domain="mail.goodtime.io")
    helen_p = Person("Helen Zhao", "helen.zhao@lumaro.io", tz=LA)
    # Ledgerlight, New York
    alicia = Person("Alicia Romero", "alicia.romero@ledgerlight.com", tz=NY,
                    sig="Alicia Romero\nSenior Technical Recruiter\nLedgerlight · 55 Water St, "
                        "New York, NY 10041\n(646) 555-0187")
    jamal = Person("Jamal Whitaker", "jamal.whitaker@ledgerlight.com", tz=NY)
    noor = Person("Noor Haddad", "noor.haddad@ledgerlight.com", tz=NY,
                  sig="Noor Haddad\nSoftware Engineer II, Ledger Core")
    greenhouse = Person("Ledgerlight Recruiting", "no-reply@greenhouse.io", tz=NY, style="auto",
                        auto=True, msgid_domain="greenhouse.io")
    # Stellwerk, Berlin (German, du)
    franziska = Person("Franziska Albrecht", "f.albrecht@stellwerk.io", tz=BER, locale="de",
                       sig="Franziska Albrecht\nTalent Acquisition\nStellwerk GmbH · Köpenicker "
                           "Str. 40 · 10179 Berlin\n+49 30 5557 2231")
    # Kiebitz Health, Berlin (German, Sie, Outlook)
    lars = Person("Lars Hoffmann", "lars.hoffmann@kiebitz-health.de", tz=BER, style="outlook",
                  locale="de", region="eurprd04",
                  sig="Mit freundlichen Grüßen\n\nLars Hoffmann\nRecruiting | People & Culture\n"
                      "Kiebitz Health GmbH\nChausseestraße 8, 10115 Berlin\n"
                      "T +49 30 5558 9140\nwww.kiebitz-health.de\n\nKiebitz Health GmbH · "
                      "Amtsgericht Charlottenburg HRB 214467 B · Geschäftsführung: Dr. Ute "
                      "Brandt")
    miriam = ("Miriam Kraus", "miriam.kraus@kiebitz-health.de")
    spree = ("BER 3.OG Spree (8)", "raum.spree@kiebitz-health.de")
    # Tanjong Pay, Singapore
    huimin = Person("Goh Hui Min", "huimin.goh@tanjongpay.com", tz=SG,
                    sig="Hui Min\n\nGoh Hui Min | Talent Acquisition Partner\nTanjong Pay · "
                        "Singapore\n+65 6555 0192")
    arjun_cal = Person("Arjun Pillai", "arjun.pillai@tanjongpay.com", tz=SG, style="gcal")
    # Northgate Search, London (agency, unnamed client)
    gareth = Person("Gareth Pryce", "gareth.pryce@northgatesearch.co.uk", tz=LON,
                    style="outlook", region="eurprd02",
                    sig="Kind regards,\nGareth\n\nGareth Pryce\nPrincipal Consultant – Platform & "
                        "Infrastructure\nNorthgate Search Ltd\nM: +44 7700 900418\n"
                        "northgatesearch.co.uk")
    calendly = Person("Calendly", "notifications@calendly.com", tz=LON, style="auto",
                      auto=True, msgid_domain="calendly.com")
    # Quillon, San Francisco
    nate = Person("Nate Feld", "nate@quillon.dev", tz=LA,
                  sig="Nate Feld\nEngineering Manager, Core Platform · Quillon")
    # Fennick, New York (referral)
    joana = Person("Joana Reis", "joana.reis.dev@gmail.com", tz=LIS, locale="pt")
    daniel = Person("Daniel Okoye", "daniel.okoye@fennick.com", tz=NY,
                    sig="Daniel Okoye\nDirector of Engineering, Fennick\n+1 (917) 555-0134")
    tess = Person("Tess Caldwell", "tess.caldwell@fennick.com", tz=NY,
                  sig="Tess Caldwell\nTalent Partner | Fennick\nfennick.com")
    # Pinewell, New York (founder)
    ravi = Person("Ravi Menon", "ravi@pinewell.dev", tz=NY)
    ravi_cal = Person("Ravi Menon", "ravi@pinewell.dev", tz=NY, style="gcal")
    # Halcyon Freight, New York (Outlook)
    grace = Person("Grace Whitfield", "gwhitfield@halcyonfreight.com", tz=NY, style="outlook",
                   region="namprd05")
    dev_patel = ("Dev Patel", "dpatel@halcyonfreight.com")
    # Vantor Cloud (Lever)
    lever = Person("Vantor Cloud", "no-reply@hire.lever.co", tz=LA, style="auto", auto=True,
                   msgid_domain="hire.lever.co")
    # Zugvogel Energy, Berlin
    katrin = Person("Katrin Baumann", "katrin.baumann@zugvogel.energy", tz=BER, locale="de",
                    sig="Katrin Baumann\nHead of Engineering · Zugvogel Energy GmbH\n"
                        "+49 170 555 3821")
    # Hanse Tech Recruiting (German agency, cold)
    jens = Person("Jens Wittkamp", "j.wittkamp@hansetech-recruiting.de", tz=BER, style="outlook",
                  locale="de", region="eurprd03",
                  sig="Beste Grüße\nJens Wittkamp\nSenior Consultant IT\nHanse Tech Recruiting "
                      "GmbH · Große Elbstraße 145 · 22767 Hamburg\nTel. +49 40 5554 7702")
    # Farol Systems: her current employer, Lisbon (Outlook)
    rita = Person("Rita Gaspar", "rita.gaspar@farolsystems.pt", tz=LIS, style="outlook",
                  region="eurprd08",
                  sig="Rita Gaspar\nTalent & Hiring Coordinator | Farol Systems\n+351 21 555 4410")
    sofia = Person("Sofia Antunes", "sofia.antunes@farolsystems.pt", tz=LIS, style="outlook",
                   region="eurprd08",
                   sig="Sofia Antunes\nEngineering Manager, Platform | Farol Systems")
    pedro = Person("Pedro Vaz", "pedro.vaz@farolsystems.pt", tz=LIS, style="outlook", region="eurprd08")
    pagerduty = Person("PagerDuty", "no-reply@pagerduty.com", tz=LIS, style="auto", auto=True,
                       msgid_domain="pagerduty.com")
    # Family, friends, home
    mae = Person("Maria do Céu Lobo", "mceu.lobo@sapo.pt", tz=LIS, style="webmail",
                 msgid_domain="sapo.pt", locale="pt")
    miguel = Person("Miguel Lobo", "miguel.lobo87@gmail.com", tz=LIS, locale="pt")
    sara = Person("Sara Quintela", "saraquintela@gmail.com", tz=LIS, locale="pt")
    landlord = Person("Armando Teixeira", "armando.teixeira@sapo.pt", tz=LIS, style="webmail",
                      msgid_domain="sapo.pt", locale="pt")
    bank = Person("Banco Atlântico", "notificacoes@bancoatlantico.pt", tz=LIS, style="auto",
                  auto=True, msgid_domain="bancoatlantico.pt")
    dentist = Person("Clínica Dentária da Graça", "marcacoes@clinicadagraca.pt", tz=LIS,
                     style="auto", msgid_domain="clinicadagraca.pt")
    # Open source and community
    tlist = Person("tessera-dev", "tessera-dev@lists.tessera.dev", tz=LON)
    ben = Person("Ben Adeyemi", "ben@adeyemi.dev", tz=LON)
    ilse = Person("Ilse de Vries", "ilse@devries.nl", tz="Europe/Amsterdam")
    tomasz = Person("Tomasz Wrona", "tomasz.wrona@fastmail.com", tz="Europe/Warsaw",
                    style="webmail", msgid_domain="fastmail.com")
    cfp = Person("Porto Backend Summit", "cfp@portobackend.pt", tz=LIS, style="auto",
                 msgid_domain="portobackend.pt")
    sessionize = Person("Sessionize", "noreply@sessionize.com", tz=LIS, style="auto", auto=True,
                        msgid_domain="sessionize.com")
    meetup = Person("Lisbon Gophers", "info@email.meetup.com", tz=LIS, style="auto", auto=True,
                    msgid_domain="meetup.com")
    corrida = Person("Clube de Corrida de Monsanto", "geral@corridamonsanto.pt", tz=LIS,
                     style="auto", msgid_domain="corridamonsanto.pt")
    # Receipts, bills, newsletters, alerts
    rola = Person("Rola", "recibos@rola.app", tz=LIS, style="auto", auto=True,
                  msgid_domain="rola.app")
    pingo = Person("Pingo Fresco", "encomendas@pingofresco.pt", tz=LIS, style="auto", auto=True)
    expresso = Person("Expresso Norte", "bilhetes@expressonorte.pt", tz=LIS, style="auto",
                      auto=True)
    vela = Person("Vela Energia", "faturas@velaenergia.pt", tz=LIS, style="auto", auto=True)
    nuvem = Person("Nuvem Telecom", "faturacao@nuvemtelecom.pt", tz=LIS, style="auto", auto=True)
    bweekly = Person("Backend Weekly", "hello@backendweekly.dev", tz=LON, style="auto",
                     msgid_domain="mail.backendweekly.dev")
    lisdev = Person("Lisbon Dev Digest", "digest@lisbondev.pt", tz=LIS, style="auto")
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", tz=LIS,
                      style="auto", auto=True, msgid_domain="linkedin.com")
    radar = Person("RemoteRadar", "alerts@remoteradar.io", tz=LIS, style="auto", auto=True)

    BW = bulk_headers("<weekly.backendweekly.dev>", "https://backendweekly.dev/unsubscribe")
    TL = dict(bulk_headers("<tessera-dev.lists.tessera.dev>",
                           "https://lists.tessera.dev/mailman/options/tessera-dev"),
              **{"List-Post": "<mailto:tessera-dev@lists.tessera.dev>"})
    TL.pop("List-Unsubscribe-Post")
    TL["Precedence"] = "list"

    # ======================================================================
    # Lumaro (SF): recruiter screen, GoodTime virtual onsite of four sessions
    # ======================================================================
    add("lu1", kendra, [me], "2026-02-27 10:12", """\
Hi Catarina,

I'm a technical recruiter at Lumaro - we build payment orchestration for marketplaces, and
our Payments Infrastructure team is hiring a Senior Backend Engineer. We hire remotely across
EMEA now, and your work on tessera (and the retries talk) caught our eye.

Would you be up for a 30 minute intro call next week? I could do Wed 3/4 at 9am PT or
Thu 3/5 at 8am PT - that should be 5pm / 4pm for you in Lisbon.

Best,
""", subject="Lumaro - Senior Backend Engineer, Payments Infrastructure")
    add("lu2", me, [kendra], "2026-02-27 19:02", """\
Hi Kendra,

Nice to hear from you. Wednesday 4 March at 9am PT (17:00 here) works well for me.

Best,
Catarina
""", parent="lu1")
    add("lu3", kendra, [me], "2026-02-27 12:40", """\
Perfect, you're booked for Wednesday. I'll send a Zoom link the morning of: just 30 min,
mostly me telling you about the team and hearing what you're looking for.

Talk then!
""", parent="lu2")
    add("lu4", me, [kendra], "2026-03-04 17:52", """\
Hi Kendra,

Thank you for the conversation just now - it was really helpful to hear how the Payments
Infrastructure team is set up and why you're moving settlement off the monolith.

As mentioned, I'm looking at a small number of remote roles and Lumaro is high on the list.
Happy to send anything that would help Owen get a picture of my work.

Best,
Catarina
""", parent="lu3")
    add("lu5", kendra, [me], "2026-03-04 10:30", """\
Thanks Catarina, I really enjoyed it too! I'm syncing with Owen (our hiring manager) on
Friday and will be in touch by the end of next week about next steps.

Have a great evening,
""", parent="lu4")
    add("lu6", kendra, [me], "2026-03-11 09:05", """\
Hi Catarina,

Good news: Owen would love to bring you in for our virtual onsite. It's four back-to-back
sessions, about 3 hours 45 minutes in total, all on Zoom:

- system design
- a coding session in CoderPad
- a deep dive on a past project with Owen
- values & collaboration

Our coordination team uses GoodTime, so you'll get an email from them asking for your
availability. Small heads-up: we switched to daylight time here on Sunday, so PT is only
7 hours behind Lisbon until your clocks change on the 29th.
""", parent="lu5")
    add("lu7", me, [kendra], "2026-03-11 18:20", """\
That's great news, Kendra. I'll keep an eye out for the GoodTime email.

Is there anything in particular I should brush up on for the system design session?
""", parent="lu6")
    add("lu8", kendra, [me], "2026-03-11 11:47", """\
Nothing specific - Rafael likes to start from a real problem, so thinking about a
double-entry ledger that has to survive retries and partial failures wouldn't hurt :)
""", parent="lu7")
    add("lu9", me, [kendra], "2026-03-25 10:05", """\
Hi Kendra,

Thank you for organising yesterday - four sessions across two time zones and everything ran
exactly on time. I really enjoyed meeting the team, and the ledger problem in the design
session is still on my mind.

Please pass on my thanks to Rafael and Sunita as well.

Best,
Catarina
""", parent="lu8")
    add("lu10", kendra, [me], "2026-03-26 08:30", """\
Will do! Everyone's submitting feedback this week, and we aim to have a decision for you by
Wednesday, April 1. I'll reach out as soon as I hear.

Kendra
""", parent="lu9")

    add("gt1", goodtime, [me], "2026-03-12 09:00", """\
Hi Catarina,

Lumaro would like to schedule your Virtual Onsite for the Senior Backend Engineer (Payments
Infrastructure) role.

Please select all the times you are available over the next two weeks using the link below.
Your recruiter will confirm the final schedule.

Share your availability: https://app.goodtime.io/a/lumaro/c/9F2KQ7VX

Estimated length: 3 h 45 min
Times are shown in your local time zone once you open the link.

The Lumaro Recruiting Team
Powered by GoodTime
""", subject="Lumaro: please share your availability for your Virtual Onsite",
        html_only=True, html=html_of("""\
Hi Catarina,

Lumaro would like to schedule your Virtual Onsite for the Senior Backend Engineer (Payments
Infrastructure) role.

Please select all the times you are available over the next two weeks using the link below.
Your recruiter will confirm the final schedule.

Share your availability: https://app.goodtime.io/a/lumaro/c/9F2KQ7VX

Estimated length: 3 h 45 min
Times are shown in your local time zone once you open the link.

The Lumaro Recruiting Team
Powered by GoodTime""", "Share your availability"), headers=AUTO)

    onsite_start, onsite_end = T("2026-03-24 08:00", LA), T("2026-03-24 11:45", LA)
    gt_text = """\
Hi Catarina,

Your Virtual Onsite with Lumaro is confirmed.

Tuesday, March 24, 2026
8:00 AM - 11:45 AM Pacific Daylight Time
(15:00 - 18:45 Lisbon time)

Your schedule
8:00 - 9:00 AM    System Design - Rafael Ortiz, Staff Software Engineer
9:00 - 10:00 AM   Coding (CoderPad) - Helen Zhao, Senior Software Engineer
10:00 - 11:00 AM  Project Deep Dive - Owen Park, Engineering Manager, Payments Infrastructure
11:00 - 11:45 AM  Values & Collaboration - Sunita Rao, Director of Engineering

All sessions use the same Zoom link: https://lumaro.zoom.us/j/83150274419
Your CoderPad link will be shared in the Zoom chat.

Need to make a change? Reply to your recruiter, Kendra Malloy, rather than to this email.

Powered by GoodTime
"""
    add("gt2", goodtime, [me], "2026-03-16 14:22", gt_text,
        subject="Confirmed: Lumaro Virtual Onsite - Tuesday, March 24, 2026",
        html_only=True, html=html_of(gt_text, "Interview confirmed"), headers=AUTO,
        ics_mode="attach", ics=make_ics(
            method="REQUEST", uid=uid_uuid("lumaro-onsite"), stamp=T("2026-03-16 14:22", LA),
            start=onsite_start, end=onsite_end, tzid=LA,
            summary="Lumaro Virtual Onsite - Catarina Lobo (Senior Backend Engineer)",
            organizer=goodtime,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (rafael, "ACCEPTED", "INDIVIDUAL"),
                       (helen, "ACCEPTED", "INDIVIDUAL"), (owen, "ACCEPTED", "INDIVIDUAL"),
                       (sunita, "ACCEPTED", "INDIVIDUAL")],
            location="https://lumaro.zoom.us/j/83150274419",
            description=(
                "Lumaro Virtual Onsite - Senior Backend Engineer, Payments Infrastructure\n\n"
                "8:00-9:00 AM PT  System Design - Rafael Ortiz (rafael.ortiz@lumaro.io)\n"
                "9:00-10:00 AM PT  Coding - Helen Zhao (helen.zhao@lumaro.io)\n"
                "10:00-11:00 AM PT  Project Deep Dive - Owen Park (owen.park@lumaro.io)\n"
                "11:00-11:45 AM PT  Values & Collaboration - Sunita Rao "
                "(sunita.rao@lumaro.io)\n\n"
                "Zoom: https://lumaro.zoom.us/j/83150274419\n"
                "Recruiter: Kendra Malloy\nScheduled with GoodTime"),
            prodid="-//GoodTime.io//Interview Scheduling 4.2//EN"))

    add("ow1", me, [owen], "2026-03-24 19:40", """\
Hi Owen,

Thank you for the deep-dive session this afternoon, and for making a four-hour loop feel
like a conversation. Talking through the settlement migration with you made the role very
concrete for me.

A few reasons I think I'd be useful on Payments Infrastructure:

- I've run a double-entry ledger in production at Farol for three years, including a
  zero-downtime move from Postgres 11 to 15;
- the retry and idempotency work in tessera is the same problem you're solving for payouts;
- I like owning on-call for what I build, and I've written the runbooks to match.

I'm very interested in the role and will check in with Kendra next week.

Best regards,
Catarina
""", subject="Thank you - virtual onsite today")
    add("ow2", owen, [me], "2026-03-24 14:15", """\
Thanks for the kind note, Catarina - I enjoyed it too, especially the war story about the
duplicated payouts. Kendra will be in touch on next steps.
""", parent="ow1")
    add("he1", me, [helen_p], "2026-03-25 09:10", """\
Hi Helen,

Thank you for yesterday's CoderPad session. I enjoyed working through the rate limiter
with you, and your hint about sliding windows was exactly the nudge I needed.

I looked at the edge case we ran out of time on (bursts exactly on the window boundary): the
fix is to keep the previous window's count and weight it, which I should have spotted live.

Hope to work with you,
Catarina
""", subject="Thanks for the coding session")

    # ======================================================================
    # Ledgerlight (NY): Greenhouse, screen, pair programming, committee, offer
    # ======================================================================
    ga_text = """\
Hi Catarina,

Thank you for applying to the Senior Backend Engineer (Remote, EU) role at Ledgerlight. We
have received your application and our team will review it shortly.

If your background is a match for the role, a member of our recruiting team will reach out
about next steps. Because of the volume of applications we receive, we are not able to
respond to every applicant individually.

Best,
Ledgerlight Recruiting

Please do not reply to this email; this mailbox is not monitored.
"""
    add("ga1", greenhouse, [me], "2026-02-17 14:03", ga_text,
        subject="Thank you for applying to Ledgerlight", html_only=True,
        html=html_of(ga_text), headers=AUTO)

    add("al1", alicia, [me], "2026-02-23 11:20", """\
Hi Catarina,

Thanks for applying to the Senior Backend Engineer (Remote, EU) role at Ledgerlight! Your
background in payments ledgers is very relevant to what the Ledger Core team is building.

I'd love to set up a 30-minute intro call. Would Friday 2/27 at 10:00am ET work? I believe
that's 3pm for you.

Best,
""", subject="Ledgerlight - Senior Backend Engineer (Remote, EU)")
    add("al2", me, [alicia], "2026-02-23 17:45", """\
Hi Alicia,

Friday at 10am ET / 15:00 Lisbon works for me.

Best,
Catarina
""", parent="al1")
    add("al3", alicia, [me], "2026-02-23 13:02", """\
Great - I'll call you via Zoom: https://ledgerlight.zoom.us/j/91742260531

Talk Friday!
""", parent="al2")
    add("al4", me, [alicia], "2026-02-27 15:50", """\
Hi Alicia,

Thanks for the call today - I appreciated the candour about where the Ledger Core team is
and what's still hard (reconciliation across three banking partners sounds like a fun
problem).

Looking forward to the next step.

Best,
Catarina
""", parent="al3")
    add("al5", alicia, [me], "2026-02-27 11:15", """\
Thank you, Catarina! I'll share my notes with the team and follow up early next week.
""", parent="al4")
    add("al6", alicia, [me], "2026-03-03 09:40", """\
Hi Catarina,

The team would like to move you forward! The next step is a 90-minute pair programming
session with two of our engineers - a realistic problem, your own editor is fine.

Could you do any of these (all ET)?

- Wed 3/18, 11:00am
- Thu 3/19, 10:00am
- Thu 3/19, 1:00pm

Note the US moves to daylight saving on 3/8, so that week we're 4 hours behind Lisbon
instead of 5.
""", parent="al5")
    add("al7", me, [alicia], "2026-03-03 18:05", """\
Hi Alicia,

Great to hear. Thursday 19 March at 10:00 ET please, which I make 14:00 here.

Catarina
""", parent="al6")
    add("al8", alicia, [me], "2026-03-03 14:30", """\
Booked! You'll be pairing with Jamal Whitaker and Noor Haddad from Ledger Core (cc'd here so
you have each other's emails). 14:00-15:30 your time is right.

You'll also get a confirmation through Greenhouse with the Zoom and CoderPad links.
""", parent="al7", cc=[jamal, noor])
    gc_text = """\
Hi Catarina,

Your interview with Ledgerlight has been scheduled. Please find the details below.

Senior Backend Engineer (Remote, EU)
Pair Programming (90 min)
Thursday, March 19, 2026
10:00 AM - 11:30 AM Eastern Time (US & Canada)

Interviewers: Jamal Whitaker, Noor Haddad

Zoom: https://ledgerlight.zoom.us/j/96610385522
CoderPad: https://app.coderpad.io/7KPX3MZA

If you need to reschedule, please reply to your recruiter, Alicia Romero.

Ledgerlight Recruiting
"""
    add("gc1", greenhouse, [me], "2026-03-03 14:41", gc_text,
        subject="Interview Confirmation: Ledgerlight - Senior Backend Engineer (Remote, EU)",
        html_only=True, html=html_of(gc_text), headers=AUTO)
    add("pp1", me, [jamal, noor], "2026-03-19 17:05", """\
Hi Jamal, hi Noor,

Thank you both for this afternoon's pairing session. It was the most realistic interview
exercise I've done in a while - the ledger reconciliation problem felt like a real Tuesday
at work, and I enjoyed the way you both let me drive and then pushed on the failure cases.

I'd love to keep working on problems like that with you.

Best,
Catarina
""", subject="Thank you - pair programming session")
    add("pp2", noor, [me], "2026-03-19 14:20", """\
Thanks Catarina! It was fun on our side too - nice call on idempotency keys for the
reconciliation job.
""", parent="pp1")
    add("al9", alicia, [me], "2026-03-20 10:10", """\
Hi Catarina,

Thanks again for your time yesterday - Jamal and Noor both had great things to say.

Our hiring committee meets on Tuesday (3/24) to review your loop, and I'll come back to you
with the outcome by Friday 3/27.

Have a good weekend,
""", parent="al8")
    offer_pdf = make_pdf([
        "Ledgerlight, Inc. - Offer summary",
        "Candidate: Catarina Lobo",
        "Role: Senior Backend Engineer, Ledger Core (Remote, EU)",
        "Employment: through our employer of record in Portugal",
        "Base salary: EUR 118,000 gross per year",
        "Equity: 9,000 RSUs vesting over 4 years (1 year cliff)",
        "Start date: to be agreed",
        "Please respond by: Monday, April 6, 2026",
    ])
    add("of1", alicia, [me], "2026-03-27 12:30", """\
Hi Catarina,

I'm thrilled to let you know that the hiring committee approved an offer for the Senior
Backend Engineer role on Ledger Core! Everyone you met was excited about working with you.

The attached summary covers the main points; the full contract will come from our employer
of record in Portugal once you accept. I'm happy to walk you through any of it.

Congratulations!
""", subject="Your offer from Ledgerlight",
        attachments=[("Ledgerlight_Offer_Summary_Catarina_Lobo.pdf", "application/pdf",
                      offer_pdf)])
    add("of2", me, [alicia], "2026-03-27 18:40", """\
Hi Alicia,

Thank you - this is wonderful news, and please pass my thanks to the committee.

To be transparent, I'm in the final stages with two other companies. Would it be possible
to give you my answer by Friday 10 April rather than the 6th?

Best,
Catarina
""", parent="of1")
    add("of3", alicia, [me], "2026-03-27 15:02", """\
Of course - April 10 works. If it would help you decide, I can also set up a chat with the
team lead; just say the word.
""", parent="of2")

    # ======================================================================
    # Stellwerk (Berlin, German): intro call, take-home, promised review
    # ======================================================================
    add("st1", franziska, [me], "2026-03-02 09:40", """\
Hallo Catarina,

vielen Dank für deine Bewerbung als Senior Backend Engineer (Remote) bei Stellwerk! Dein
Profil passt sehr gut zu unserem Team, das die Fahrplan- und Positionsdaten für mehrere
Verkehrsverbünde verarbeitet.

Hast du Lust auf ein erstes Kennenlernen (30 Minuten, Google Meet)? Ich könnte am
Donnerstag, 05.03., um 16:00 Uhr oder am Freitag, 06.03., um 11:00 Uhr (jeweils MEZ, also
eine Stunde früher bei dir in Lissabon).

Falls dir Englisch lieber ist, ist das überhaupt kein Problem.

Viele Grüße
""", subject="Deine Bewerbung bei Stellwerk – Senior Backend Engineer (Remote)")
    add("st2", me, [franziska], "2026-03-02 12:10", """\
Hallo Franziska,

vielen Dank! Thursday 5 March at 16:00 CET (15:00 here) works perfectly.

My German is a bit rusty (B1 on a good day), so English for the call would be great if
that's OK with you.

Viele Grüße
Catarina
""", parent="st1")
    add("st3", franziska, [me], "2026-03-02 13:25", """\
Super, dann Donnerstag um 16 Uhr! Englisch ist gar kein Problem.

Link: https://meet.google.com/hkv-tqwe-brd

Bis Donnerstag
Franziska
""", parent="st2", sig=False)
    add("st4", me, [franziska], "2026-03-05 16:10", """\
Hi Franziska,

Thank you for the nice chat this afternoon. It was good to hear how the team works with
the transit authorities, and the real-time positions problem sounds like exactly the kind
of thing I enjoy.

Looking forward to hearing about next steps.

Viele Grüße
Catarina
""", parent="st3")
    add("st5", franziska, [me], "2026-03-05 17:30", """\
Danke dir, hat mich auch sehr gefreut!

Ich bespreche mich mit dem Team und melde mich bis Ende nächster Woche mit den nächsten
Schritten bei dir.

Viele Grüße
Franziska
""", parent="st4", sig=False)
    task_pdf = make_pdf([
        "Stellwerk - Backend take-home exercise",
        "Build a small service that ingests vehicle position events (JSON over HTTP)",
        "and answers: where is train X now, and is it late against the timetable?",
        "Use any language; include tests and a short README on your trade-offs.",
        "Time box: about 4 hours. We care about clarity more than completeness.",
        "Deadline: Monday, 23 March 2026, 18:00 CET",
        "Submit a link to a private repository (invite: stellwerk-review).",
    ])
    add("st6", franziska, [me], "2026-03-16 09:12", """\
Hallo Catarina,

sorry, dass es ein paar Tage länger gedauert hat – das Team war letzte Woche auf einem
Workshop.

Die Rückmeldung zu unserem Gespräch ist sehr positiv, und wir würden gern mit einer kleinen
Take-home-Aufgabe weitermachen. Die Beschreibung findest du im Anhang (auf Englisch).
Rechne mit ca. 4 Stunden.

Abgabe bitte bis Montag, 23.03., 18:00 Uhr MEZ – als Link zu einem privaten Repository.

Bei Fragen melde dich jederzeit!

Viele Grüße
""", parent="st5", attachments=[("Stellwerk_Backend_Take-home.pdf", "application/pdf",
                                  task_pdf)])
    add("st7", me, [franziska], "2026-03-16 12:30", """\
Danke, Franziska! Got it - I'll send you my solution by Sunday evening (22 March) at the
latest.

Catarina
""", parent="st6")
    add("st8", me, [franziska], "2026-03-22 21:10", """\
Hi Franziska,

Here's my take-home: https://github.com/catlobo/stellwerk-positions (private; I've invited
stellwerk-review).

The README explains the design and the trade-offs. Short version: an in-memory index keyed by
vehicle, a timetable loaded at start-up, and a lateness endpoint with tests for the tricky
cases (midnight-crossing trips, the switch to summer time next Sunday).

Viele Grüße
Catarina
""", parent="st7")
    add("st9", franziska, [me], "2026-03-23 09:05", """\
Hallo Catarina,

danke dir – ist angekommen! Unser Team schaut sich deine Lösung diese Woche in Ruhe an; du
hörst spätestens am Freitag, 27.03., von mir.

Viele Grüße
Franziska
""", parent="st8", sig=False)

    # ======================================================================
    # Kiebitz Health (Berlin, German): Teams interview, never thanked, rejection
    # ======================================================================
    kb_start, kb_end = T("2026-03-20 10:00", BER), T("2026-03-20 11:00", BER)
    add("kb1", lars, [me], "2026-03-09 10:15", """\
Sehr geehrte Frau Lobo,

vielen Dank für Ihre Bewerbung als Senior Backend Engineer (m/w/d) und Ihr Interesse an
Kiebitz Health.

Gern möchten wir Sie zu einem Videointerview (60 Minuten, Microsoft Teams) einladen. Das
Gespräch führt Miriam Kraus (miriam.kraus@kiebitz-health.de), Teamlead Platform; ich selbst
bin nicht dabei.

Folgende Termine könnten wir anbieten (jeweils MEZ):
- Do., 19.03.2026, 15:00 Uhr
- Fr., 20.03.2026, 10:00 Uhr
- Fr., 20.03.2026, 14:00 Uhr

Bitte teilen Sie mir kurz mit, welcher Termin Ihnen passt.
""", subject="Ihre Bewerbung als Senior Backend Engineer (m/w/d) – Einladung zum Videointerview")
    add("kb2", me, [lars], "2026-03-09 14:02", """\
Sehr geehrter Herr Hoffmann,

vielen Dank für die Einladung. Freitag, 20.03., 10:00 Uhr MEZ (9:00 Uhr in Lissabon) passt
mir sehr gut.

Please excuse me for switching to English: will the interview itself be in English or
German?

Mit freundlichen Grüßen
Catarina Lobo
""", parent="kb1")
    add("kb3", lars, [me], "2026-03-10 08:50", """\
Sehr geehrte Frau Lobo,

vielen Dank für Ihre Rückmeldung. Das Gespräch mit Frau Kraus findet auf Englisch statt.

Anbei erhalten Sie die Einladung als Kalenderdatei; der Teams-Link steht darin.
""", parent="kb2", ics_mode="attach", ics=make_ics(
        method="REQUEST", uid=uid_outlook("kiebitz-interview"),
        stamp=T("2026-03-10 08:48", BER), start=kb_start, end=kb_end,
        tzid="W. Europe Standard Time",
        summary="Videointerview Senior Backend Engineer – Catarina Lobo",
        organizer=lars,
        attendees=[(miriam, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (spree, "ACCEPTED", "ROOM")],
        location="Microsoft Teams-Besprechung; BER 3.OG Spree (8)",
        description=("Microsoft Teams-Besprechung\n"
                     "Auf dem Computer\\, in der mobilen App oder in einem Raumsystem "
                     "teilnehmen\nHier klicken\\, um an der Besprechung teilzunehmen\n"
                     "Besprechungs-ID: 318 552 904 177\nKennung: q7Bw3h\n\n"
                     "Interview: Miriam Kraus (Teamlead Platform)")
                    .replace("\\,", ","),
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    add("kb4", lars, [me], "2026-03-23 11:30", """\
Sehr geehrte Frau Lobo,

vielen Dank für das Gespräch mit Frau Kraus am vergangenen Freitag.

Wir führen derzeit noch Gespräche mit weiteren Kandidatinnen und Kandidaten und werden uns
bis Ende nächster Woche bei Ihnen melden.
""", parent="kb3")
    add("kb5", lars, [me], "2026-03-30 15:45", """\
Sehr geehrte Frau Lobo,

nochmals vielen Dank für Ihr Interesse an Kiebitz Health und die Zeit, die Sie sich für das
Gespräch mit uns genommen haben.

Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit einer Kandidatin
fortzusetzen, deren Erfahrung noch etwas näher an unseren aktuellen Anforderungen im
Bereich Gesundheitsdaten liegt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir würden uns freuen, wenn wir Ihre Unterlagen für zukünftige Positionen berücksichtigen
dürfen, und wünschen Ihnen für Ihren weiteren Weg alles Gute.
""", parent="kb4")

    # ======================================================================
    # Tanjong Pay (Singapore): coordinator, Zoom call with the hiring manager
    # ======================================================================
    add("tj1", huimin, [me], "2026-03-20 16:10", """\
Hi Catarina,

Thanks for your application for Senior Backend Engineer (Payments) at Tanjong Pay! Arjun
Pillai, our Head of Payments Engineering, would like to have a conversation with you about
the role.

He has two slots that overlap with your working day:
- Tue 31 Mar, 5pm SGT / 10am your time
- Wed 1 Apr, 5pm SGT / 10am your time

(I've accounted for Lisbon moving to summer time on 29 Mar - before that, 5pm SGT would be
9am for you.)

Let me know which suits you best.
""", subject="Tanjong Pay - Senior Backend Engineer (Payments): conversation with Arjun")
    add("tj2", me, [huimin], "2026-03-20 09:30", """\
Hi Hui Min,

Tuesday 31 March at 5pm SGT / 10:00 Lisbon is perfect - and well spotted on the clock
change, I'd have tripped over that.

Best,
Catarina
""", parent="tj1")
    add("tj3", huimin, [me], "2026-03-20 17:55", """\
Great, locked in! Arjun will send you a Zoom invite directly. It's 45 minutes, mostly about
your experience and how our payments platform is evolving.
""", parent="tj2")
    arjun_start, arjun_end = T("2026-03-31 17:00", SG), T("2026-03-31 17:45", SG)
    zj_text = """\
Catarina Lobo <> Arjun Pillai (Tanjong Pay)

When
Tuesday Mar 31, 2026 · 5pm - 5:45pm (Singapore Standard Time)

Joining info
Join Zoom Meeting
https://tanjongpay.zoom.us/j/84306621975?pwd=Qm5xZkR1

Meeting ID: 843 0662 1975
Passcode: 572031

Guests
Arjun Pillai - organizer
catarina.lobo@example.net

Reply for catarina.lobo@example.net: Yes / No / Maybe

Invitation from Google Calendar
"""
    add("zj1", arjun_cal, [me], "2026-03-23 10:02", zj_text,
        subject="Invitation: Catarina Lobo <> Arjun Pillai (Tanjong Pay) @ Tue Mar 31, 2026 "
                "5pm - 5:45pm (SGT) (catarina.lobo@example.net)",
        html=html_of(zj_text), headers=GCAL, ics=make_ics(
            method="REQUEST", uid=uid_google("tanjong-arjun"), stamp=T("2026-03-23 10:02", SG),
            start=arjun_start, end=arjun_end, tzid=SG,
            summary="Catarina Lobo <> Arjun Pillai (Tanjong Pay)", organizer=arjun_cal,
            attendees=[(arjun_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
            location="https://tanjongpay.zoom.us/j/84306621975?pwd=Qm5xZkR1",
            description=("Arjun Pillai is inviting you to a scheduled Zoom meeting.\n\n"
                         "Join Zoom Meeting\nhttps://tanjongpay.zoom.us/j/84306621975"
                         "?pwd=Qm5xZkR1\nMeeting ID: 843 0662 1975\nPasscode: 572031")))
    add("zj2", me, [arjun_cal], "2026-03-23 08:40", """\
Hi Arjun,

Thanks for the invite - accepted. Talk to you on the 31st.

Catarina
""", parent="zj1")
    add("tj4", huimin, [me], "2026-04-01 15:20", """\
Hi Catarina,

Arjun mentioned he enjoyed your conversation yesterday! We're now lining up the next round
with two engineers from the team, and you'll hear from me within the next couple of weeks
with options.

Have a great Easter break if you're taking one.
""", parent="tj3")

    # ======================================================================
    # Northgate Search (London agency, client unnamed): Calendly call, promise
    # ======================================================================
    add("ng1", gareth, [me], "2026-03-16 11:04", """\
Hi Catarina,

I hope you don't mind the direct approach. I'm working on a confidential search for a
client: a Series B climate-data company in Berlin, around 120 people, fully remote-friendly
within Europe. I can't share their name just yet, but the role is a Senior Backend Engineer
owning their ingestion platform (Go, Kafka, Postgres), which looks very close to what you do
at Farol.

Would you be open to a quick call this week so I can tell you more? Feel free to grab any
slot here: https://calendly.com/gareth-northgate/30min
""", subject="Senior Backend role - Berlin climate-data scale-up (remote from Lisbon OK)")
    gareth_start, gareth_end = T("2026-03-19 12:00", LON), T("2026-03-19 12:30", LON)
    cal_text = """\
Hi Catarina Lobo,

A new event has been scheduled.

Event Type:
30 Minute Call

Invitee:
Catarina Lobo
catarina.lobo@example.net

Event Date/Time:
12:00pm - 12:30pm (GMT), Thursday, March 19, 2026

Location:
Gareth will call you on Microsoft Teams. The link is in the calendar invitation.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/4c1d2e90-5b7a
Reschedule: https://calendly.com/reschedulings/4c1d2e90-5b7a

Powered by Calendly.com
"""
    add("cl1", calendly, [me], "2026-03-16 13:28", cal_text,
        subject="Confirmed: 30 Minute Call with Gareth Pryce on Thursday, March 19, 2026",
        html=html_of(cal_text), headers=AUTO, ics_mode="attach", ics=make_ics(
            method="REQUEST", uid=uid_uuid("northgate-calendly"), stamp=T("2026-03-16 13:28", LON),
            start=gareth_start, end=gareth_end,
            summary="30 Minute Call: Catarina Lobo and Gareth Pryce", organizer=gareth,
            attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
            location="Microsoft Teams (link to follow)",
            description="Event Name: 30 Minute Call\n\nPowered by Calendly.com",
            prodid="-//Calendly//Calendly 1.0//EN"))
    add("ng2", me, [gareth], "2026-03-16 13:32", """\
Hi Gareth,

Happy to hear more - I've booked Thursday at 12:00 through your Calendly.

Catarina
""", parent="ng1")
    add("ng3", me, [gareth], "2026-03-19 13:05", """\
Hi Gareth,

Thank you for the call earlier and for being so clear about what you can and can't share
yet. The ingestion platform sounds like a very good match, and I'm happy for you to put me
forward.

Updated CV attached, as promised.

Best,
Catarina
""", parent="ng2", attachments=[("Catarina_Lobo_CV_2026.pdf", "application/pdf", make_pdf([
        "Catarina Lobo - Senior Backend Engineer",
        "Lisbon, Portugal - catarina.lobo@example.net - +351 912 555 318",
        "Farol Systems (2021-): payments platform, double-entry ledger, on-call lead",
        "Maintainer, tessera (Go job queue): retries, backoff, Postgres backend",
        "Go, Postgres, Kafka, Kubernetes, AWS"]))])
    add("ng4", gareth, [me], "2026-03-19 16:48", """\
Thanks Catarina, that's great - and thanks for the CV.

I'm speaking with their VP Engineering on Monday, and I'll come back to you by Tuesday at
the latest with their feedback (and hopefully permission to share the name!).
""", parent="ng3")

    # ======================================================================
    # Quillon (SF): screen, then "a decision will be made by 3/20", silence
    # ======================================================================
    add("qu1", nate, [me], "2026-03-03 15:02", """\
Hi Catarina,

I'm the engineering manager for Core Platform at Quillon. Your application came across my
desk and I'd like to chat - we're hiring our first engineers outside the US and your
background is a strong fit.

Could you do a 30 min call on Tuesday 3/10 at 9am PT? Heads up: our clocks spring forward on
3/8, so that should be 4pm in Lisbon rather than 5.

Nate
""", subject="Quillon - Senior Backend Engineer, Core Platform", sig=False)
    add("qu2", me, [nate], "2026-03-04 08:30", """\
Hi Nate,

Tuesday 10/3 (your 3/10) at 9am PT / 16:00 Lisbon works for me.

Best,
Catarina
""", parent="qu1")
    add("qu3", nate, [me], "2026-03-04 07:15", """\
Great. Google Meet: https://meet.google.com/xbe-pzoq-kfa
""", parent="qu2")
    add("qu4", me, [nate], "2026-03-10 16:55", """\
Hi Nate,

Thank you for the call this afternoon. I enjoyed hearing how Core Platform went from one
Postgres to a sharded setup without stopping the product teams, and your question about
backpressure in tessera made me rethink a couple of defaults.

I'm very interested in the role; let me know if there is anything else I can send.

Best,
Catarina
""", parent="qu3")
    add("qu5", nate, [me], "2026-03-11 10:40", """\
Thanks Catarina, I enjoyed it too.

To be transparent about timing: we're talking to a handful of other strong candidates this
week and next. A decision on who moves forward to the onsite loop will be made by Friday
3/20, and you'll hear from me either way.
""", parent="qu4")

    # ======================================================================
    # Fennick (NY): a former colleague's referral, a call with the director
    # ======================================================================
    add_pt("jo1", joana, [me], "2026-03-17 22:14", """\
Olá Cat!

Lembras-te de eu dizer que a Fennick andava à procura de gente para a equipa de ledger?
Passei hoje o teu CV ao Daniel Okoye, o diretor de engenharia (é o meu chefe do chefe, muito
boa pessoa). Disse-lhe que foste a melhor pessoa com quem trabalhei na Farol, o que é
verdade :)

Ele deve escrever-te em breve. Se quiseres que te conte como são as entrevistas cá,
liga-me.

Beijinhos,
Joana
""", subject="Fennick / passei o teu CV ao Daniel")
    add_pt("jo2", me, [joana], "2026-03-17 22:40", """\
Joana!! Obrigada, a sério. Fico mesmo contente que te tenhas lembrado de mim.

Sim, quero saber tudo sobre o processo - ligo-te amanhã à hora de almoço?

Beijinho grande,
Catarina
""", parent="jo1")
    add_pt("jo3", joana, [me], "2026-03-18 08:02", """\
De nada, miúda! Amanhã à hora de almoço é perfeito, liga quando quiseres.

Enviado do meu iPhone
""", parent="jo2")

    add("dn1", daniel, [me], "2026-03-19 09:30", """\
Hi Catarina,

Joana Reis tells me good things about you - she says you were the person everyone went to
when the ledger at Farol misbehaved. We're growing the ledger team here at Fennick and I'd
love to tell you about it.

Could we talk on Monday? Half an hour at 12 ET would suit me (4pm for you, I believe).

Best,
""", subject="Hello from Fennick")
    add("dn2", me, [daniel], "2026-03-19 14:10", """\
Hi Daniel,

Nice to hear from you. Monday works - 12:00 ET / 16:00 Lisbon. Shall I send a link, or will
you?

Best,
Catarina
""", parent="dn1")
    add("dn3", daniel, [me], "2026-03-19 10:22", """\
Let's use this one: https://meet.google.com/qdn-ykpr-wsu

Talk Monday.
""", parent="dn2", sig=False)
    daniel_start, daniel_end = T("2026-03-23 12:00", NY), T("2026-03-23 12:30", NY)
    add("dn4", daniel, [me], "2026-03-23 12:48", """\
Good chatting just now, Catarina.

As I mentioned, I'll ask Tess on our talent team to get a technical conversation on the
calendar - she'll reach out to you this week.
""", parent="dn3")

    add("ts1", tess, [me], "2026-03-24 10:05", """\
Hi Catarina,

Daniel asked me to set up the next step for the Senior Engineer, Ledger role: a 60-minute
technical conversation with Marco Bellini, one of our staff engineers.

Would Tuesday 3/31 at 10am ET work? That would be 3pm in Lisbon once your clocks change on
the 29th.

Thanks,
""", subject="Fennick - technical conversation (Senior Engineer, Ledger)")
    add("ts2", me, [tess], "2026-03-24 15:20", """\
Hi Tess,

Tuesday 31/03 at 10:00 ET (15:00 Lisbon) works for me.

Best,
Catarina
""", parent="ts1")
    add("ts3", tess, [me], "2026-03-27 09:15", """\
Hi Catarina,

Apologies for the shuffle - Marco is out sick and we need to push your conversation. Could we
move it to Tuesday 4/7, same time (10am ET / 3pm Lisbon)? I'll send an updated calendar
invite once you confirm.
""", parent="ts2")
    add("ts4", me, [tess], "2026-03-27 14:02", """\
No problem at all - Tuesday 7 April at 15:00 my time works. I hope Marco feels better soon.

Catarina
""", parent="ts3")

    # ======================================================================
    # Pinewell (NY founder): "a quick chat", a no-show, moved to Thu 2 Apr
    # ======================================================================
    add("rv1", ravi, [me], "2026-03-18 07:55", """\
Hi Catarina - Ravi here, co-founder at Pinewell (ledger infra for vertical SaaS, seed-funded,
5 people). Saw your Lisbon Gophers talk on idempotent retries on YouTube and loved it.

Would you be up for a quick chat sometime next week? 20-30 mins, no prep, just want to
compare notes and tell you what we're building.

Ravi

Sent from my iPhone
""", subject="quick chat?")
    add("rv2", me, [ravi], "2026-03-18 13:40", """\
Hi Ravi,

Glad the talk was useful! Sure, happy to chat. Late afternoon Lisbon time works best for me -
how about Thursday 26th, any time after 17:00 my time?

Catarina
""", parent="rv1")
    add("rv3", ravi, [me], "2026-03-18 10:31", """\
Thu 3/26 1:30pm ET / 5:30pm Lisbon. Sending an invite.

Sent from my iPhone
""", parent="rv2")
    rv_start, rv_end = T("2026-03-26 13:30", NY), T("2026-03-26 14:00", NY)
    rc_text = """\
Catarina <> Ravi

When
Thursday Mar 26, 2026 · 1:30pm - 2pm (Eastern Time - New York)

Joining info
Join with Google Meet
meet.google.com/wrp-gxkc-nau

Guests
Ravi Menon - organizer
catarina.lobo@example.net

View all guest info

Reply for catarina.lobo@example.net: Yes / No / Maybe

Invitation from Google Calendar
"""
    add("rc1", ravi_cal, [me], "2026-03-18 10:34", rc_text,
        subject="Invitation: Catarina <> Ravi @ Thu Mar 26, 2026 1:30pm - 2pm (EDT) "
                "(catarina.lobo@example.net)",
        html=html_of(rc_text), headers=GCAL, ics=make_ics(
            method="REQUEST", uid=uid_google("pinewell-ravi"), stamp=T("2026-03-18 10:34", NY),
            start=rv_start, end=rv_end, tzid=NY, summary="Catarina <> Ravi",
            organizer=ravi_cal,
            attendees=[(ravi_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
            location="meet.google.com/wrp-gxkc-nau"))
    add("rv4", me, [ravi], "2026-03-26 17:41", """\
Hi Ravi, I'm in the Meet - are we still on?
""", parent="rv3")
    add("rv5", ravi, [me], "2026-03-26 14:58", """\
Catarina I'm so sorry. An investor call ran long and I completely missed it - totally my
fault.

Could we do next Thursday 4/2, same time (1:30 ET)? I think that's 6:30pm for you now that
Europe has changed its clocks.

Ravi

Sent from my iPhone
""", parent="rv4")
    add("rv6", me, [ravi], "2026-03-26 19:12", """\
Thursday works.
""", parent="rv5")
    rv2_start, rv2_end = T("2026-04-02 13:30", NY), T("2026-04-02 14:00", NY)
    rc2_text = """\
This event has been changed.

Catarina <> Ravi

When
Changed: Thursday Apr 2, 2026 · 1:30pm - 2pm (Eastern Time - New York)

Joining info
Join with Google Meet
meet.google.com/wrp-gxkc-nau

Guests
Ravi Menon - organizer
catarina.lobo@example.net

Reply for catarina.lobo@example.net: Yes / No / Maybe

Invitation from Google Calendar
"""
    add("rc2", ravi_cal, [me], "2026-03-26 15:20", rc2_text,
        subject="Updated invitation: Catarina <> Ravi @ Thu Apr 2, 2026 1:30pm - 2pm (EDT) "
                "(catarina.lobo@example.net)",
        html=html_of(rc2_text), headers=GCAL, ics=make_ics(
            method="REQUEST", uid=uid_google("pinewell-ravi"), stamp=T("2026-03-26 15:20", NY),
            start=rv2_start, end=rv2_end, tzid=NY, summary="Catarina <> Ravi",
            organizer=ravi_cal, sequence=1,
            attendees=[(ravi_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
            location="meet.google.com/wrp-gxkc-nau"))

    # ======================================================================
    # Halcyon Freight (NY): Outlook invite, then cancelled (role on hold)
    # ======================================================================
    hf_start, hf_end = T("2026-03-25 11:00", NY), T("2026-03-25 12:00", NY)
    hf_body = """\
Hi Catarina,

Following our LinkedIn messages - here is the invite for a 60-minute interview for the Staff
Backend Engineer role, with me and Dev Patel (Principal Engineer).

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 264 118 390 552
Passcode: Zt4vQ9
________________________________________________________________________________
"""
    add("hf1", grace, [me], "2026-03-17 13:12", hf_body,
        subject="Interview: Catarina Lobo - Staff Backend Engineer", sig=False,
        ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook("halcyon-interview"),
            stamp=T("2026-03-17 13:12", NY), start=hf_start, end=hf_end,
            tzid="Eastern Standard Time",
            summary="Interview: Catarina Lobo - Staff Backend Engineer", organizer=grace,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (dev_patel, "ACCEPTED", "INDIVIDUAL")],
            location="Microsoft Teams Meeting", description=hf_body,
            prodid="Microsoft Exchange Server 2010"))
    add("hf2", grace, [me], "2026-03-23 16:40", """\
Hi Catarina,

I'm sorry to do this on short notice. The Staff Backend role has been put on hold pending
our Q2 budget review, so I'm cancelling Wednesday's interview. I'll reach out if it reopens.

Grace
""", subject="Canceled: Interview: Catarina Lobo - Staff Backend Engineer", sig=False,
        ics_mode="outlook", ics=make_ics(
            method="CANCEL", uid=uid_outlook("halcyon-interview"),
            stamp=T("2026-03-23 16:40", NY), start=hf_start, end=hf_end,
            tzid="Eastern Standard Time", status="CANCELLED", sequence=1,
            summary="Canceled: Interview: Catarina Lobo - Staff Backend Engineer",
            organizer=grace,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (dev_patel, "ACCEPTED", "INDIVIDUAL")],
            location="Microsoft Teams Meeting", prodid="Microsoft Exchange Server 2010"))

    # ======================================================================
    # Vantor Cloud (Lever): acknowledgement, then a rejection without a meeting
    # ======================================================================
    add("va1", lever, [me], "2026-02-20 18:22", """\
Hi Catarina,

Thanks for applying to the Senior Software Engineer, Data Plane position at Vantor Cloud.
We've received your application and our team is reviewing it. If there's a fit, someone
from our team will be in touch.

Best,
The Vantor Cloud Talent Team
""", subject="Thanks for applying to Vantor Cloud", headers=AUTO)
    add("va2", lever, [me], "2026-03-18 11:02", """\
Hi Catarina,

Thank you for your interest in the Senior Software Engineer, Data Plane role and for the
time you put into your application.

After careful review, we've decided to move forward with candidates whose experience more
closely matches our current needs. We'll keep your profile on file and may reach out if a
suitable role opens up.

We wish you the best in your search.

The Vantor Cloud Talent Team
""", subject="Your application to Vantor Cloud", headers=AUTO)

    # ======================================================================
    # Zugvogel Energy (Berlin): a coffee in Lisbon, thanked, "nächste Woche"
    # ======================================================================
    add("zg1", katrin, [me], "2026-03-20 19:40", """\
Hallo Catarina,

Gonçalo Pires meinte, du könntest offen für etwas Neues sein. Ich bin Head of Engineering
bei Zugvogel Energy in Berlin – wir bauen Prognose-Plattformen für Windparks, viel Go und
Zeitreihen.

Ich bin vom 29.3. bis 1.4. in Lissabon. Hättest du Lust auf einen Kaffee? Ganz unverbindlich,
ich erzähle gern, was wir machen.

Viele Grüße
Katrin
""", subject="Kaffee in Lissabon?", sig=False)
    add("zg2", me, [katrin], "2026-03-21 10:15", """\
Hallo Katrin,

gerne! (I'll switch to English, if that's ok.) How about Monday 30 March, 8:30, at Fábrica
Coffee Roasters on Rua das Flores? It's five minutes from the Baixa-Chiado metro.

Catarina
""", parent="zg1")
    add("zg3", katrin, [me], "2026-03-21 12:03", """\
Perfekt – Montag, 8:30, Fábrica. Bis dann!
K.
""", parent="zg2", sig=False)
    add("zg4", me, [katrin], "2026-03-30 13:20", """\
Hi Katrin,

Thank you for the coffee this morning, and for being so open about where Zugvogel is and
what's still messy. The forecasting pipeline you described is the kind of problem I'd enjoy,
and it was good to hear how the team handles on-call across time zones.

Enjoy the rest of your days in Lisbon - and do try the pastéis at Manteigaria before you
fly.

Catarina
""", parent="zg3")
    add("zg5", katrin, [me], "2026-03-30 19:05", """\
Danke dir, hat mir auch viel Spaß gemacht! Manteigaria war ein sehr guter Tipp.

Ich habe deinen CV an Anna Schulz (anna.schulz@zugvogel.energy) aus unserem Recruiting
weitergegeben – sie meldet sich nächste Woche bei dir, um einen Termin mit dem Team zu finden.

Liebe Grüße aus der Alfama
Katrin
""", parent="zg4")

    # ======================================================================
    # Hanse Tech Recruiting: cold German agency mail, declined
    # ======================================================================
    add("ht1", jens, [me], "2026-03-11 09:14", """\
Sehr geehrte Frau Lobo,

ich bin bei meiner Recherche auf Ihr Profil gestoßen und möchte Ihnen eine spannende Position
vorstellen: Senior Backend Engineer (m/w/d) bei einem etablierten FinTech-Unternehmen in
München, hybrid (3 Tage vor Ort), 85.000–100.000 € p. a.

Hätten Sie Interesse an einem kurzen Telefonat? Über eine kurze Rückmeldung würde ich mich
freuen.
""", subject="Spannende Position: Senior Backend Engineer (m/w/d) – FinTech in München")
    add("ht2", me, [jens], "2026-03-11 12:40", """\
Sehr geehrter Herr Wittkamp,

danke für Ihre Nachricht. Ich suche ausschließlich Remote-Positionen von Lissabon aus, daher
passt die Stelle in München leider nicht.

Mit freundlichen Grüßen
Catarina Lobo
""", parent="ht1", sig=False)

    # ======================================================================
    # Farol Systems: current job (she is on the hiring side), on-call, offsite
    # ======================================================================
    add("fa1", rita, [me, pedro, sofia], "2026-03-20 11:30", """\
Debrief for Rui Matos, Backend Engineer (Payments).

Interviewers:
- Catarina Lobo - system design, Mon 23/03, 14:00-15:00
- Pedro Vaz - coding, Tue 24/03, 10:00-11:00

Please have your scorecards in Greenhouse before the debrief. Sofia will make the final call.
""", subject="Debrief: Rui Matos - Backend Engineer (Payments)", sig=False,
        ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook("farol-debrief-rui"),
            stamp=T("2026-03-20 11:30"), start=T("2026-03-25 17:00"), end=T("2026-03-25 17:30"),
            tzid="GMT Standard Time",
            summary="Debrief: Rui Matos - Backend Engineer (Payments)", organizer=rita,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (pedro, "ACCEPTED", "INDIVIDUAL"),
                       (sofia, "ACCEPTED", "INDIVIDUAL"),
                       (("Sala Bugio (6)", "sala.bugio@farolsystems.pt"), "ACCEPTED", "ROOM")],
            location="Sala Bugio (6) / Microsoft Teams",
            description="Debrief for Rui Matos. Interviewers: Catarina Lobo (system design)"
                        ", Pedro Vaz (coding).",
            prodid="Microsoft Exchange Server 2010"))
    add("fa2", me, [rita], "2026-03-20 12:02", """\
Hi Rita,

This one landed in my personal inbox - could you resend it to my Farol address? Outlook
won't pick it up from here.

Cheers,
C.
""", parent="fa1", sig=False)
    add("fa3", rita, [me], "2026-03-20 12:10", """\
Oops, sorry! Autocomplete strikes again. I've just resent it to your work address.

Rita
""", parent="fa2", sig=False)
    of_body = """\
Hi all,

Sending this to personal addresses too, since not everyone has work mail on their phone.
Q2 planning in person at LX Factory (Sala 3, building G), 10:00-12:00, lunch together after.
Bring your top three pain points for the platform.

Sofia
"""
    add("fo1", sofia, [me], "2026-03-12 18:05", of_body,
        subject="Platform team - Q2 planning @ LX Factory", sig=False,
        ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook("farol-q2-planning"),
            stamp=T("2026-03-12 18:05"), start=T("2026-03-26 10:00"), end=T("2026-03-26 12:00"),
            tzid="GMT Standard Time", summary="Platform team - Q2 planning @ LX Factory",
            organizer=sofia,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (pedro, "ACCEPTED", "INDIVIDUAL"),
                       (("Nuno Carvalho", "nuno.carvalho@farolsystems.pt"), "ACCEPTED",
                        "INDIVIDUAL")],
            location="LX Factory, Rua Rodrigues de Faria 103, Lisboa", description=of_body,
            prodid="Microsoft Exchange Server 2010"))
    add("fs1", sofia, [me], "2026-03-28 09:12", """\
Olá Catarina,

Sorry to write to your personal address on a Saturday. O Nuno está doente - could you take
primary on-call from 14h today until tomorrow 9h? I'll take your Tuesday shift in return.

Sofia
""", subject="on-call swap sáb/dom?", sig=False)
    add("fs2", me, [sofia], "2026-03-28 09:40", """\
Sim, no problem. I've done the override in PagerDuty. Melhoras ao Nuno!

C.
""", parent="fs1", sig=False)
    add("fs3", sofia, [me], "2026-03-28 09:47", """\
Obrigada!! You're a star.
""", parent="fs2", sig=False)
    add("pd1", pagerduty, [me], "2026-03-23 09:00", """\
You are on call

Schedule: Payments Platform - Primary
From: Mon, 23 Mar 2026 09:00 WET
To: Mon, 30 Mar 2026 09:00 WEST

View your schedule: https://farol.pagerduty.com/schedules/P7Q2XKD

Manage notification rules: https://farol.pagerduty.com/users/PL0B0C4/notification_rules
""", subject="You are on call: Payments Platform - Primary", headers=AUTO)
    add("pd2", pagerduty, [me], "2026-03-25 03:14", """\
[Triggered] #4821 payments-settlement: consumer lag > 5m

Service: payments-settlement
Urgency: High
Assigned to: Catarina Lobo

Acknowledge: https://farol.pagerduty.com/incidents/Q3S9VJ1A/acknowledge
Resolve: https://farol.pagerduty.com/incidents/Q3S9VJ1A/resolve
""", subject="[PagerDuty] TRIGGERED: #4821 payments-settlement: consumer lag > 5m",
        headers=AUTO)
    add("pd3", pagerduty, [me], "2026-03-25 03:52", """\
[Resolved] #4821 payments-settlement: consumer lag > 5m

Resolved by: Catarina Lobo
Duration: 38 minutes
""", subject="[PagerDuty] RESOLVED: #4821 payments-settlement: consumer lag > 5m",
        parent="pd2", quote=False, headers=AUTO)

    # ======================================================================
    # Family (Portuguese)
    # ======================================================================
    add_pt("fm1", mae, [me], "2026-03-15 21:14", """\
Filha,

Então, vens à Páscoa? O teu irmão vem com a Inês e os miúdos na sexta à tarde. A avó pergunta
sempre por ti.

Diz qualquer coisa.
Beijinhos da mãe
""", subject="Páscoa", cc=[miguel])
    add_pt("fm2", me, [mae], "2026-03-15 22:03", """\
Olá mãe!

Vou sim. Apanho o expresso na sexta de manhã (dia 3), que é feriado, e volto na segunda.
Levo alguma coisa?

Beijinhos,
Catarina
""", parent="fm1", cc=[miguel])
    add_pt("fm3", miguel, [me, mae], "2026-03-16 08:45", """\
Nós chegamos sexta à tarde. Cat, trazes o bolo-rei da Versailles? Os miúdos não se calam
com aquilo desde o Natal.

Miguel
""", parent="fm2")
    add_pt("fm4", mae, [me, miguel], "2026-03-16 19:30", """\
Está combinado. O almoço de Páscoa é no domingo à uma, vem também a tia Fernanda.

Bolo-rei na Páscoa, Miguel? Enfim. Traz folar, Catarina, se encontrares um bom.

Beijinhos
""", parent="fm3")
    add_pt("fm5", me, [mae], "2026-03-31 21:50", """\
Mãe, bilhete comprado: chego a Viseu às 12h10 de sexta.

Beijinhos
""", parent="fm4")
    add_pt("fm6", mae, [me], "2026-04-01 08:15", """\
Boa! O pai vai buscar-te à central de camionagem.

Beijinhos
Enviado do meu telemóvel
""", parent="fm5")

    jpeg = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + \
        bytes.fromhex("ffd9")
    add_pt("av1", mae, [me, miguel], "2026-03-01 19:02", """\
Aqui ficam as fotos dos 85 anos da avó. Estava tão contente!

Mãe
""", subject="Fotos da avó",
        attachments=[("IMG_2231.jpg", "image/jpeg", jpeg), ("IMG_2234.jpg", "image/jpeg", jpeg)])
    add_pt("av2", me, [mae], "2026-03-01 20:15", """\
Que lindas, mãe! A avó está ótima. Guardei todas.

Beijinhos
""", parent="av1")

    add_pt("mg1", miguel, [me], "2026-02-26 13:20", """\
Mana,

Para os 65 do pai pensei num relógio daqueles de corrida, agora que ele deu em correr ao
sábado. Dividimos? Vi um a 180 €.

M.
""", subject="prenda do pai")
    add_pt("mg2", me, [miguel], "2026-02-26 19:44", """\
Alinho! Mas vê se tem GPS, ele vai perder-se no Fontelo de certeza.
""", parent="mg1")
    add_pt("mg3", miguel, [me], "2026-02-26 20:02", """\
Tem. Encomendo eu e depois mandas-me MB Way.
""", parent="mg2")

    # ======================================================================
    # Landlord and home (Portuguese)
    # ======================================================================
    add_pt("ll1", landlord, [me], "2026-03-02 10:05", """\
Cara D. Catarina,

Nos termos da lei, informo que a renda será atualizada a partir de abril de acordo com o
coeficiente publicado para 2026 (1,0224), passando de 1.100,00 € para 1.124,64 €.

Envio-lhe o recibo de renda de março até sexta-feira, dia 13.

Com os melhores cumprimentos,
Armando Teixeira
""", subject="Atualização da renda – 2026")
    add_pt("ll2", me, [landlord], "2026-03-02 18:30", """\
Caro Sr. Armando,

Obrigada pela informação, tomei nota. Vou atualizar a transferência a partir de abril.

Com os melhores cumprimentos,
Catarina Lobo
""", parent="ll1")
    add_pt("ll3", landlord, [me], "2026-03-12 17:40", """\
Cara D. Catarina,

Segue em anexo o recibo de renda de março.

Cumprimentos,
Armando Teixeira
""", parent="ll2", attachments=[("recibo_renda_marco_2026.pdf", "application/pdf", make_pdf([
        "Recibo de renda n. 27/2026",
        "Senhorio: Armando Teixeira",
        "Arrendataria: Catarina Lobo",
        "Periodo: marco de 2026 - Valor: 1.100,00 EUR"]))])
    add_pt("pl1", me, [landlord], "2026-03-09 09:10", """\
Bom dia Sr. Armando,

O autoclismo da casa de banho está a pingar há uns dias e já não para mesmo depois de fechar
a torneira de segurança. Será que pode pedir a alguém para ver?

Obrigada,
Catarina Lobo
""", subject="Autoclismo a pingar")
    add_pt("pl2", landlord, [me], "2026-03-09 14:22", """\
Boa tarde D. Catarina,

O canalizador, Sr. Vítor, pode passar na terça-feira, dia 17, entre as 9h e as 11h. Dá-lhe
jeito?

Cumprimentos,
A. Teixeira
""", parent="pl1")
    add_pt("pl3", me, [landlord], "2026-03-09 14:50", """\
Dá, sim. Estarei em casa nessa manhã.

Catarina
""", parent="pl2")
    add_pt("pl4", me, [landlord], "2026-03-17 11:20", """\
Sr. Armando, o Sr. Vítor já cá esteve e ficou resolvido. Obrigada pela rapidez!

Catarina
""", parent="pl3")

    # ======================================================================
    # Bank (Portuguese)
    # ======================================================================
    for key, when, month in (("bk1", "2026-03-04 07:02", "fevereiro"),
                             ("bk4", "2026-04-01 07:03", "março")):
        t = """\
Cara Cliente,

O extrato da sua conta à ordem referente a %s de 2026 já está disponível no
Atlântico Online, na área Documentos.

Por motivos de segurança, o Banco Atlântico nunca lhe pede códigos ou dados de acesso por
email.

Banco Atlântico, S.A.
""" % month
        add(key, bank, [me], when, t, subject="O seu extrato de %s está disponível" % month,
            html_only=True, html=html_of(t), headers=AUTO)
    add("bk2", bank, [me], "2026-03-23 12:44", """\
Compra com cartão

Cartão: Visa Débito ****4417
Comerciante: LIVRARIA LER DEVAGAR LISBOA
Valor: 67,40 EUR
Data: 23/03/2026 12:43

Se não reconhece este movimento, ligue para o 21 555 0100 (24h).
""", subject="Alerta de movimento: compra de 67,40 EUR", headers=AUTO)
    add("bk3", bank, [me], "2026-03-17 10:00", """\
Cara Catarina Lobo,

Confirmamos a sua reunião com a sua gestora, Patrícia Nunes:

Data: sexta-feira, 27/03/2026
Hora: 17h30
Local: Agência Alvalade, Av. da Igreja 42, Lisboa
Assunto: Plano Poupança Reforma

Caso não possa comparecer, por favor reagende no Atlântico Online.

Banco Atlântico, S.A.
""", subject="Confirmação de agendamento – reunião com a sua gestora", headers=AUTO)

    # ======================================================================
    # tessera-dev mailing list: a maintainer's podcast "interview", an RFC, a release
    # ======================================================================
    add("tp1", ben, [tlist], "2026-03-24 18:02", """\
Hi all,

The Queue Theory podcast has asked me for an interview about tessera 2.x. Recording is on
Thursday 2 April at 17:00 UK time (BST by then), and the episode usually goes out a couple of
weeks later.

Is there anything you'd like me to mention or that you think people get wrong about the
project? Reply here or ping me on Matrix.

Ben
""", subject="[tessera-dev] Podcast interview about 2.x - anything you'd like me to mention?",
        headers=TL)
    add("tp2", ilse, [tlist], "2026-03-24 20:15", """\
Congrats! Please mention the Postgres backend - lots of people still think we need Redis.

Ilse
""", parent="tp1", headers=TL)
    add("tp3", me, [tlist], "2026-03-25 08:30", """\
Nice one, Ben. +1 to Ilse. Maybe also the backoff/jitter work in 2.4 - the thundering-herd
bug was the most common issue report last year, and it's gone now.

And thanks for doing this, it's good for the project.
""", parent="tp2")
    add("tp4", tomasz, [tlist], "2026-03-25 10:02", """\
+1 to both. And if they ask how to get involved: good-first-issue label + the contributors
guide, please.

T.
""", parent="tp3", headers=TL)
    add("tp5", ben, [tlist], "2026-03-25 19:40", """\
Thanks all, noted. I'll post the link here when the episode is out.
""", parent="tp4", headers=TL)
    add("tr1", me, [tlist], "2026-03-05 21:30", """\
Hi all,

Proposal: switch the default retry backoff from exponential-with-cap to "full jitter"
(sleep = random(0, min(cap, base * 2^attempt))). Under a burst of failures we currently
retry in lockstep, which is what caused the Postgres connection spikes in #1142.

Sketch and benchmarks: https://github.com/tessera-dev/tessera/discussions/1180

Objections before I write the PR?
""", subject="[tessera-dev] [RFC] Full jitter as the default retry backoff",
        headers={"List-Id": TL["List-Id"]})
    add("tr2", tomasz, [tlist], "2026-03-06 09:10", """\
Makes sense. Could we keep the old behaviour behind an option for people who rely on
predictable retry times in tests?
""", parent="tr1", headers=TL)
    add("tr3", ben, [tlist], "2026-03-06 13:00", """\
LGTM in principle, and +1 to Tomasz's option. Send a PR.
""", parent="tr2", headers=TL)
    add("tr4", me, [tlist], "2026-03-06 18:20", """\
PR is up: https://github.com/tessera-dev/tessera/pull/1187 (old behaviour kept as
BackoffExponential).
""", parent="tr3")
    add("tv1", ben, [tlist], "2026-03-11 16:45", """\
tessera v2.4.0-rc1 is tagged.

Highlights:
- full-jitter backoff is now the default (thanks Catarina)
- Postgres backend: LISTEN/NOTIFY wake-ups, 30% lower idle load
- Go 1.22 is the minimum

Please try it on something real and report back before the final release.

Ben
""", subject="[tessera-dev] [ANN] tessera v2.4.0-rc1", headers=TL)

    # ======================================================================
    # Conference call for papers
    # ======================================================================
    cfp_text = """\
Olá!

The call for papers for Porto Backend Summit 2026 (Alfândega do Porto, 18-19 June) is open
until 15 April.

We're looking for 30-minute talks and 10-minute lightning talks on distributed systems,
databases, reliability and the people side of running backends. First-time speakers are very
welcome: we offer mentoring for your proposal and rehearsal.

Submit on Sessionize: https://sessionize.com/porto-backend-summit-2026

Até junho,
A equipa do Porto Backend Summit
"""
    add("cf1", cfp, [me], "2026-02-24 10:00", cfp_text,
        subject="Call for Papers: Porto Backend Summit 2026 (closes 15 April)",
        html=html_of(cfp_text),
        headers=bulk_headers("<speakers.portobackend.pt>", "https://portobackend.pt/unsub"))
    add("cf2", sessionize, [me], "2026-03-29 22:14", """\
Hi Catarina,

Thanks for submitting "Retries that don't hurt: idempotency keys in a payments ledger" to
Porto Backend Summit 2026.

You can edit your submission until the call for papers closes on 15 April 2026. The
organizers will review all submissions after that and plan to notify speakers by 15 May.

Sessionize
""", subject="Porto Backend Summit 2026: submission received", headers=AUTO)

    # ======================================================================
    # Dentist (Portuguese, ICS PUBLISH)
    # ======================================================================
    add("dt1", dentist, [me], "2026-03-25 10:30", """\
Cara Catarina Lobo,

Lembramos a sua consulta de higiene oral:

Quarta-feira, 08/04/2026, às 18:00
Dra. Inês Sequeira
Clínica Dentária da Graça, Largo da Graça 71, Lisboa

Em caso de impossibilidade, por favor avise com 24 horas de antecedência (21 555 3370).

Clínica Dentária da Graça
""", subject="Lembrete: consulta de higiene oral – 08/04/2026 às 18:00", ics_mode="publish",
        ics=make_ics(method="PUBLISH", uid=uid_uuid("dentist-graca"),
                     stamp=T("2026-03-25 10:30"), start=T("2026-04-08 18:00"),
                     end=T("2026-04-08 18:45"), tzid=LIS,
                     summary="Consulta de higiene oral – Clínica Dentária da Graça",
                     organizer=dentist, location="Largo da Graça 71, Lisboa",
                     prodid="-//Clinicare//Agenda 3.1//PT"))

    # ======================================================================
    # A friend (Portuguese)
    # ======================================================================
    add_pt("sa1", sara, [me], "2026-03-24 12:10", """\
Catarinaaa

Jantar sexta? Zé da Mouraria às 20h30? Preciso que me contes das entrevistas todas, não
percebo como é que aguentas entrevistas às 3 da manhã com Singapura 😅

S.
""", subject="jantar sexta?")
    add_pt("sa2", me, [sara], "2026-03-24 13:05", """\
Siiim! Sexta 20h30 feito. (E Singapura até é às 10h da manhã, São Francisco é que me
leva a tarde toda.) Marcas tu?
""", parent="sa1")
    add_pt("sa3", sara, [me], "2026-03-24 13:20", """\
Marcado, mesa para 2 em meu nome 😘
""", parent="sa2")
    add_pt("sa4", sara, [me], "2026-03-28 11:02", """\
Adorei ontem! Boa sorte com a oferta, decide com calma ❤️
""", parent="sa3")

    # ======================================================================
    # Receipts and bills
    # ======================================================================
    for key, when, desc, val in (("ro1", "2026-02-28 23:48", "Cais do Sodré → Graça", "7,80"),
                                 ("ro2", "2026-03-27 23:31", "Mouraria → Graça", "5,40")):
        t = """\
Obrigado por viajares com a Rola.

%s
Total: %s €
Pago com Visa ****4417

Recibo n.º RL-%s
""" % (desc, val, digest(key, n=8).upper())
        add(key, rola, [me], when, t, subject="O teu recibo da viagem de %s" % when[8:10] + "/"
            + when[5:7], html_only=True, html=html_of(t), headers=AUTO)
    t = """\
Olá Catarina,

A sua encomenda PF-884213 foi confirmada.
Entrega: domingo, 08/03, entre as 10h e as 12h.

Total: 64,18 €

Pingo Fresco
"""
    add("pf1", pingo, [me], "2026-03-06 20:15", t,
        subject="Encomenda PF-884213 confirmada", html_only=True, html=html_of(t),
        headers=AUTO)
    t = """\
O seu bilhete

Lisboa (Sete Rios) → Viseu
Sexta-feira, 03/04/2026, partida 09:15, chegada 12:10
Lugar 23 · Passageira: Catarina Lobo
Total: 17,90 €

Apresente este email ou o código QR ao motorista.
Expresso Norte
"""
    add("en1", expresso, [me], "2026-03-31 21:40", t,
        subject="Bilhete Expresso Norte – Lisboa → Viseu, 03/04/2026", html_only=True,
        html=html_of(t), headers=AUTO)
    t = """\
A sua fatura de eletricidade de fevereiro de 2026 já está disponível.

Valor: 48,73 €
Data-limite de pagamento: 24/03/2026 (débito direto)

Vela Energia
"""
    add("ve1", vela, [me], "2026-03-10 08:00", t,
        subject="Fatura de eletricidade – fevereiro 2026", html_only=True, html=html_of(t),
        headers=AUTO)
    t = """\
Olá Catarina,

A sua fatura de março já está disponível na Área de Cliente.
Valor: 39,99 € · Débito direto a 02/04/2026

Nuvem Telecom
"""
    add("nt1", nuvem, [me], "2026-03-18 09:30", t, subject="A sua fatura de março está disponível",
        html_only=True, html=html_of(t), headers=AUTO)

    # ======================================================================
    # Newsletters, community, job-board alerts
    # ======================================================================
    for key, when, num, items in (
            ("bw1", "2026-02-26 07:00", 410, "Postgres 18 async I/O in practice; "
             "why your outbox table is a queue; hiring: 14 remote backend roles"),
            ("bw2", "2026-03-12 07:00", 412, "Idempotency keys done right; the DST bug "
             "that took down a scheduler; interviewing tips: the system design round"),
            ("bw3", "2026-04-02 07:00", 415, "Kafka without ZooKeeper, one year on; "
             "a take-home exercise hall of shame; 9 remote roles in Europe")):
        t = ("Backend Weekly #%d\n\nThis week: %s.\n\nRead online: "
             "https://backendweekly.dev/issues/%d\n\nYou're receiving this because you "
             "subscribed at backendweekly.dev.\n" % (num, items, num))
        add(key, bweekly, [me], when, t, subject="Backend Weekly #%d" % num,
            html=html_of(t), headers=BW)
    t = """\
Lisbon Dev Digest - March

- Lisbon Gophers: recap of February (retries talk video is up)
- Web Summit spin-offs hiring in Lisbon
- Co-working passes at Second Home 20% off

Até já!
"""
    add("ld1", lisdev, [me], "2026-03-09 08:30", t, subject="Lisbon Dev Digest – março",
        html=html_of(t), headers=bulk_headers("<digest.lisbondev.pt>",
                                              "https://lisbondev.pt/unsubscribe"))
    t = """\
Lisbon Gophers

New event: April meetup - Go generics in anger + lightning talks
Thursday, 16 April 2026, 19:00
Talkdesk Lisbon, Rua Tierno Galvan

RSVP: https://www.meetup.com/lisbon-gophers/events/306118443/
"""
    add("mu1", meetup, [me], "2026-03-30 11:00", t, subject="New Lisbon Gophers event: April "
        "meetup - Go generics in anger", html_only=True, html=html_of(t),
        headers=bulk_headers("<lisbon-gophers.meetup.com>", "https://www.meetup.com/unsub"))
    t = """\
Olá corredores!

Treino longo deste domingo, 29/03: encontro às 8h30 no Parque Recreativo do Alvito.
Atenção: a hora muda nessa madrugada (mais uma hora às 1h)!

Percursos de 12 e 18 km. Tragam água.

Clube de Corrida de Monsanto
"""
    add("cc1", corrida, [me], "2026-03-26 20:00", t, subject="Treino longo de domingo – 29/03",
        html=html_of(t), headers=bulk_headers("<socios.corridamonsanto.pt>",
                                              "https://corridamonsanto.pt/sair"))
    for key, when, n in (("li1", "2026-03-02 06:10", 14), ("li2", "2026-03-16 06:12", 9),
                         ("li3", "2026-04-01 06:08", 11)):
        t = """\
Your job alert for senior backend engineer in European Union (Remote)

%d new jobs match your preferences.

Senior Backend Engineer, Payments - Remote (EU) · Actively recruiting · 3-step interview
Staff Software Engineer, Platform - Remote · Easy Apply · Be an early applicant
Backend Engineer (Go) - Lisbon, Portugal (Hybrid) · Your profile matches this job

See all jobs: https://www.linkedin.com/jobs/search/?alert=7291
Unsubscribe | Help
""" % n
        add(key, linkedin, [me], when, t, subject="\"senior backend engineer\": %d new jobs "
            "in European Union" % n, html_only=True, html=html_of(t),
            headers=dict(AUTO, **bulk_headers("<jobs.linkedin.com>",
                                               "https://www.linkedin.com/unsub")))
    for key, when in (("rr1", "2026-03-09 07:30"), ("rr2", "2026-03-23 07:30")):
        t = """\
RemoteRadar weekly: 23 new remote backend roles

Top matches for you:
- Senior Go Engineer @ a Berlin mobility startup - EUR 90-110k - interviews: screen, take-home,
  onsite
- Backend Engineer, Ledger @ a New York fintech - USD 170-200k - timezone overlap 4h
- Platform Engineer @ a Singapore exchange - SGD 150-190k - apply by Friday

Update your preferences: https://remoteradar.io/settings
"""
        add(key, radar, [me], when, t, subject="23 new remote backend roles this week",
            html=html_of(t), headers=dict(AUTO, **bulk_headers(
                "<weekly.remoteradar.io>", "https://remoteradar.io/unsubscribe")))

    # ======================================================================
    # Threads
    # ======================================================================
    th = case.thread
    th("lu1", True, "interview", "Lumaro",
       "recruiter Kendra: screen Wed 4 Mar 9:00-9:30 PST (17:00 WET), thanked at 17:52; "
       "'by the end of next week' (13 Mar) kept on 11 Mar; thanked for organising the onsite "
       "on 25 Mar (with 'please pass on my thanks to Rafael and Sunita'); 'decision by "
       "Wednesday, April 1' still inside its grace at now")
    th("gt1", True, "interview", "Lumaro", "GoodTime availability request, no meeting")
    th("gt2", True, "interview", "Lumaro",
       "GoodTime confirmation with ICS: virtual onsite Tue 24 Mar 8:00-11:45 PDT = "
       "15:00-18:45 WET, four sessions; Owen thanked in a new thread that evening, Helen the "
       "next morning; Rafael and Sunita never thanked (only via Kendra)")
    th("ow1", True, "interview", "Lumaro", "thank-you to Owen after the onsite, and his reply")
    th("he1", True, "interview", "Lumaro", "thank-you to Helen the morning after the onsite")
    th("ga1", True, "application", "Ledgerlight", "Greenhouse application acknowledgement")
    th("al1", True, "interview", "Ledgerlight",
       "recruiter screen Fri 27 Feb 10:00 EST (15:00 WET), thanked; pair programming Thu 19 "
       "Mar 10:00-11:30 EDT (14:00-15:30 WET) with Jamal and Noor, cc'd here; 'committee "
       "meets 3/24, outcome by Friday 3/27' kept by the offer on 27 Mar")
    th("gc1", True, "interview", "Ledgerlight",
       "Greenhouse confirmation of the pair programming, interviewers named without addresses")
    th("pp1", True, "interview", "Ledgerlight",
       "one thank-you note to both pair-programming interviewers, 17:05 the same day")
    th("of1", True, "offer", "Ledgerlight",
       "offer on Fri 27 Mar with PDF; Catarina asked for, and got, until 10 April to decide")
    th("st1", True, "interview", "Stellwerk",
       "German recruiter; intro call Thu 5 Mar 16:00 CET thanked; take-home sent 16 Mar "
       "(deadline 23 Mar 18:00 CET), delivered Sun 22 Mar; 'du hörst spätestens am Freitag, "
       "27.03., von mir' and nothing since")
    th("kb1", True, "rejection", "Kiebitz Health",
       "German (Sie); Teams interview Fri 20 Mar 10:00-11:00 MEZ (09:00 WET) with Miriam "
       "Kraus, organised by Lars who did not attend; never thanked; rejection on Mon 30 Mar "
       "ended 'bis Ende nächster Woche'")
    th("tj1", True, "interview", "Tanjong Pay",
       "coordinator Hui Min set up the call with Arjun ('5pm SGT / 10am your time', after the "
       "EU change); she did not attend; 'within the next couple of weeks' said 1 Apr")
    th("zj1", True, "interview", "Tanjong Pay",
       "Google Calendar/Zoom invite from Arjun, Tue 31 Mar 17:00-17:45 SGT = 10:00-10:45 WEST; "
       "the only thanks was sent on 23 Mar, before the call")
    th("ng1", True, "recruiter", "Northgate Search",
       "agency recruiter for an unnamed Berlin client; call thanked in the thread; 'I'll come "
       "back to you by Tuesday at the latest' (24 Mar) and nothing since")
    th("cl1", True, "recruiter", "Northgate Search",
       "Calendly booking: call with Gareth Thu 19 Mar 12:00-12:30 GMT")
    th("qu1", True, "interview", "Quillon",
       "screen Tue 3/10 9:00-9:30 PDT (16:00 WET), thanked; 'a decision ... will be made by "
       "Friday 3/20' (other candidates mentioned) and nothing since")
    th("jo1", True, "networking", "Fennick",
       "former colleague (Portuguese, gmail) passed the CV to Daniel; no meeting, no dated "
       "promise")
    th("dn1", True, "networking", "Fennick",
       "'could we talk on Monday?': call Mon 23 Mar 12:00-12:30 EDT (16:00 WET) on Meet, "
       "never thanked; 'Tess will reach out this week' kept on 24 Mar")
    th("ts1", True, "interview", "Fennick",
       "technical conversation Tue 31 Mar 10:00 EDT moved to Tue 7 Apr 10:00 EDT (15:00 "
       "WEST), still ahead")
    th("rv1", True, "networking", "Pinewell",
       "founder's 'quick chat' Thu 26 Mar 13:30 EDT: he did not show; moved to Thu 2 Apr "
       "13:30 EDT (18:30 WEST) with a two-word 'Thursday works.'")
    th("rc1", True, "networking", "Pinewell", "Google Calendar invite 'Catarina <> Ravi', 26 Mar")
    th("rc2", True, "networking", "Pinewell",
       "updated Google Calendar invite: moved to Thu 2 Apr 13:30 EDT")
    th("hf1", True, "interview", "Halcyon Freight",
       "Outlook invite (Eastern Standard Time) for Wed 25 Mar 11:00 EDT")
    th("hf2", True, "interview", "Halcyon Freight",
       "ICS CANCEL in its own thread: role on hold; the interview never took place")
    th("va1", True, "application", "Vantor Cloud", "Lever acknowledgement")
    th("va2", True, "rejection", "Vantor Cloud", "Lever rejection, no meeting ever took place")
    th("zg1", True, "networking", "Zugvogel Energy",
       "German Head of Engineering, coffee in Lisbon Mon 30 Mar 08:30 WEST (no end given), "
       "thanked in the thread at 13:20; 'Anna meldet sich nächste Woche' (6-10 Apr)")
    th("ht1", True, "recruiter", "Hanse Tech Recruiting",
       "cold German agency mail for a Munich hybrid role; declined")
    th("fa1", False, None, "Farol Systems",
       "current job: debrief invite for a candidate she interviewed (she is the hiring side), "
       "sent to her personal address by mistake")
    th("fo1", False, None, "Farol Systems", "current job: team Q2 planning, Thu 26 Mar")
    th("fs1", False, None, "Farol Systems", "current job: weekend on-call swap, in Portuguese")
    th("pd1", False, None, "PagerDuty", "on-call shift notice")
    th("pd2", False, None, "PagerDuty", "incident triggered and resolved")
    th("fm1", False, None, None, "family, Portuguese: Easter in Viseu, lunch Sun 5 Apr")
    th("av1", False, None, None, "family photos")
    th("mg1", False, None, None, "brother: father's birthday present")
    th("ll1", False, None, None, "landlord, Portuguese: rent update; receipt promised by 13 Mar, "
       "sent 12 Mar")
    th("pl1", False, None, None, "landlord: plumber visit Tue 17 Mar 9-11h")
    th("bk1", False, None, "Banco Atlântico", "statement available")
    th("bk2", False, None, "Banco Atlântico", "card alert")
    th("bk3", False, None, "Banco Atlântico", "bank appointment Fri 27 Mar 17:30")
    th("bk4", False, None, "Banco Atlântico", "statement available")
    th("tp1", False, None, "tessera",
       "open-source mailing list: a maintainer's podcast interview on Thu 2 Apr")
    th("tr1", False, None, "tessera", "mailing list RFC and PR")
    th("tv1", False, None, "tessera", "release announcement")
    th("cf1", False, None, "Porto Backend Summit", "call for papers")
    th("cf2", False, None, "Sessionize", "talk submission received (automated)")
    th("dt1", False, None, "Clínica Dentária da Graça", "dentist, ICS PUBLISH, Wed 8 Apr")
    th("sa1", False, None, None, "friend, Portuguese: dinner Fri 27 Mar")
    th("ro1", False, None, "Rola", "ride receipt")
    th("ro2", False, None, "Rola", "ride receipt")
    th("pf1", False, None, "Pingo Fresco", "grocery order")
    th("en1", False, None, "Expresso Norte", "bus ticket")
    th("ve1", False, None, "Vela Energia", "electricity bill")
    th("nt1", False, None, "Nuvem Telecom", "phone bill")
    th("bw1", False, None, "Backend Weekly", "newsletter")
    th("bw2", False, None, "Backend Weekly", "newsletter")
    th("bw3", False, None, "Backend Weekly", "newsletter")
    th("ld1", False, None, "Lisbon Dev Digest", "newsletter")
    th("mu1", False, None, "Meetup", "meetup announcement, Thu 16 Apr")
    th("cc1", False, None, "Clube de Corrida de Monsanto", "running club, Sun 29 Mar")
    th("li1", False, None, "LinkedIn", "job alert")
    th("li2", False, None, "LinkedIn", "job alert")
    th("li3", False, None, "LinkedIn", "job alert")
    th("rr1", False, None, "RemoteRadar", "job alert")
    th("rr2", False, None, "RemoteRadar", "job alert")

    # ======================================================================
    # Facts: every meeting and every dated promise
    # ======================================================================
    mt, pr = case.meeting, case.promise
    mt("lu1", T("2026-03-04 09:00", LA), T("2026-03-04 09:30", LA),
       met=[kendra.email], thanks={kendra.email: "lu4"}, what="Lumaro recruiter screen")
    mt("gt2", onsite_start, onsite_end,
       met=[rafael[1], helen[1], owen.email, sunita[1]],
       thanks={owen.email: "ow1", helen[1]: "he1"}, what="Lumaro virtual onsite")
    mt("al1", T("2026-02-27 10:00", NY), T("2026-02-27 10:30", NY),
       met=[alicia.email], thanks={alicia.email: "al4"}, what="Ledgerlight screen")
    mt("al1", T("2026-03-19 10:00", NY), T("2026-03-19 11:30", NY),
       met=[jamal.email, noor.email], thanks={jamal.email: "pp1", noor.email: "pp1"},
       what="Ledgerlight pair programming")
    mt("st1", T("2026-03-05 16:00", BER), T("2026-03-05 16:30", BER),
       met=[franziska.email], thanks={franziska.email: "st4"}, what="Stellwerk intro call")
    mt("kb1", kb_start, kb_end, met=[miriam[1]], what="Kiebitz Teams interview")
    mt("zj1", arjun_start, arjun_end, met=[arjun_cal.email], what="Tanjong call with Arjun")
    mt("cl1", gareth_start, gareth_end, met=[gareth.email], thanks={gareth.email: "ng3"},
       what="Northgate call")
    mt("qu1", T("2026-03-10 09:00", LA), T("2026-03-10 09:30", LA),
       met=[nate.email], thanks={nate.email: "qu4"}, what="Quillon screen")
    mt("dn1", daniel_start, daniel_end, met=[daniel.email], what="Fennick call with Daniel")
    mt("ts1", T("2026-03-31 10:00", NY), T("2026-03-31 11:00", NY), status="moved",
       what="Fennick technical conversation, original slot")
    mt("ts1", T("2026-04-07 10:00", NY), T("2026-04-07 11:00", NY), status="scheduled",
       what="Fennick technical conversation, new slot")
    mt("rc1", rv_start, rv_end, status="no-show", what="Pinewell chat, Ravi missed it")
    mt("rc2", rv2_start, rv2_end, status="scheduled", what="Pinewell chat, moved")
    mt("hf1", hf_start, hf_end, status="cancelled", what="Halcyon interview")
    mt("zg1", T("2026-03-30 08:30"), None, met=[katrin.email], thanks={katrin.email: "zg4"},
       what="Zugvogel coffee")
    # not job search
    mt("fa1", T("2026-03-23 14:00"), T("2026-03-23 15:00"), job=False,
       what="Farol: Catarina interviews candidate Rui Matos")
    mt("fa1", T("2026-03-25 17:00"), T("2026-03-25 17:30"), job=False, what="Farol debrief")
    mt("fo1", T("2026-03-26 10:00"), T("2026-03-26 12:00"), job=False, what="Farol Q2 planning")
    mt("pl1", T("2026-03-17 09:00"), T("2026-03-17 11:00"), job=False, what="plumber")
    mt("bk3", T("2026-03-27 17:30"), None, job=False, what="bank appointment")
    mt("sa1", T("2026-03-27 20:30"), None, job=False, what="dinner with Sara")
    mt("cc1", T("2026-03-29 08:30"), None, job=False, what="running club long run")
    mt("fm1", T("2026-04-05 13:00"), None, status="scheduled", job=False,
       what="Easter lunch in Viseu")
    mt("dt1", T("2026-04-08 18:00"), T("2026-04-08 18:45"), status="scheduled", job=False,
       what="dentist")
    mt("tp1", T("2026-04-02 17:00", LON), None, status="scheduled", job=False,
       what="Ben's podcast recording (not hers)")
    mt("mu1", T("2026-04-16 19:00"), None, status="scheduled", job=False, what="meetup")

    pr("lu1", "lu5", kendra.email, "2026-03-13", answered_by="lu6")
    pr("lu1", "lu10", kendra.email, "2026-04-01")
    pr("al1", "al5", alicia.email, "2026-03-04", answered_by="al6")
    pr("al1", "al9", alicia.email, "2026-03-27", ended_by="of1")
    pr("st1", "st5", franziska.email, "2026-03-13", answered_by="st6")
    pr("st1", "st9", franziska.email, "2026-03-27")
    pr("kb1", "kb4", lars.email, "2026-04-03", ended_by="kb5")
    pr("tj1", "tj4", huimin.email, "2026-04-15")
    pr("ng1", "ng4", gareth.email, "2026-03-24")
    pr("qu1", "qu5", nate.email, "2026-03-20")
    pr("dn1", "dn4", daniel.email, "2026-03-27", answered_by="ts1")
    pr("zg1", "zg5", katrin.email, "2026-04-10")
    pr("ll1", "ll1", landlord.email, "2026-03-13", job=False)
    pr("cf2", "cf2", sessionize.email, "2026-05-15", job=False)

    # ======================================================================
    # Labels
    # ======================================================================
    ex, fb = case.expect, case.forbid
    ex("thank_you", "gt2", rafael[1],
       "system design session of the Tue 24 Mar virtual onsite (15:00-18:45 WET); thanks "
       "'passed on' through Kendra do not count; overdue since Mar 25 18:45")
    ex("thank_you", "gt2", sunita[1],
       "values session of the same onsite; only thanked through the recruiter; overdue since "
       "Mar 25 18:45")
    ex("thank_you", "zj1", arjun_cal.email,
       "Zoom call Tue 31 Mar 17:00-17:45 SGT = 10:00-10:45 WEST took place; the 'Thanks "
       "Arjun' of 23 Mar came before it; overdue since Apr 1 10:45")
    ex("thank_you", "dn1", daniel.email,
       "call Mon 23 Mar 12:00-12:30 EDT = 16:00-16:30 WET took place; he wrote after it, "
       "she never replied; overdue since Mar 24 16:30")
    ex("thank_you", "kb1", miriam[1],
       "Teams interview Fri 20 Mar 10:00-11:00 MEZ (09:00 WET) took place; the German "
       "rejection of Mar 30 does not cancel a thank-you owed; due Mar 20 12:00 WET, stale "
       "only from Apr 3 13:00 WEST")
    ex("callback", "st1", franziska.email,
       "'du hörst spätestens am Freitag, 27.03., von mir' after the take-home was delivered; "
       "nothing from Stellwerk since; due end of Tue Mar 31",
       promised="2026-03-27")
    ex("callback", "ng1", gareth.email,
       "'I'll come back to you by Tuesday at the latest' (Thu 19 Mar, so Tue 24 Mar); "
       "nothing from Northgate since; due end of Thu Mar 26",
       promised="2026-03-24")
    ex("callback", "qu1", nate.email,
       "'A decision ... will be made by Friday 3/20, and you'll hear from me either way'; "
       "nothing from Quillon since; due end of Tue Mar 24, stale only from Apr 8",
       promised="2026-03-20")

    fb("gt2", owen.email,
       "thanked in a new thread ('Thank you - virtual onsite today') at 19:40 the same evening")
    fb("gt2", helen[1],
       "thanked in a new thread at 09:10 the next morning, inside 24 hours of the end")
    fb("gt2", goodtime.email, "automated scheduler sender and ICS organizer (GoodTime no-reply)")
    fb("lu1", kendra.email,
       "recruiter, not on the onsite; her own screen was thanked on Mar 4; 'decision by "
       "Wednesday, April 1' passed yesterday but the grace runs to the end of Fri Apr 3")
    fb("al1", alicia.email,
       "'committee meets 3/24, outcome by Friday 3/27' kept by the offer of Mar 27; an offer "
       "ends the callback; her screen was thanked on Feb 27")
    fb("al1", noor.email,
       "pair programming of Thu 19 Mar thanked by the one note to Jamal and Noor at 17:05 "
       "(satisfies each addressee)")
    fb("kb1", lars.email,
       "organised the interview and said he would not attend (not met); the rejection of "
       "Mar 30 ended his 'bis Ende nächster Woche'")
    fb("tj1", huimin.email,
       "coordinator, not on the call with Arjun; 'within the next couple of weeks' said on "
       "Apr 1 is far from over")
    fb("rv1", ravi.email,
       "founder did not show on Thu 26 Mar (no meeting took place); moved to Thu 2 Apr 13:30 "
       "EDT = 18:30 WEST, still ahead at now")
    fb("ts1", tess.email,
       "technical conversation moved from Tue 31 Mar to Tue 7 Apr 10:00 EDT, still ahead; "
       "she was never met")
    fb("hf1", grace.email, "interview of Wed 25 Mar cancelled on Mar 23 (ICS CANCEL); "
       "it never took place")
    fb("zg1", katrin.email,
       "coffee Mon 30 Mar thanked in the thread at 13:20; 'Anna meldet sich nächste Woche' "
       "runs to Fri 10 Apr")
    fb("fa1", rita.email,
       "her current employer's debrief for a candidate she interviewed: she is the hiring "
       "side, not job search")
    fb("jo1", joana.email,
       "former colleague who passed on the CV: not a meeting, no dated promise, and answered "
       "with 'Obrigada'")
    fb("tp1", ben.email,
       "a maintainer's podcast interview on an open-source mailing list, not her meeting")
    fb("va2", lever.email, "automated Lever rejection; no meeting ever took place")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
