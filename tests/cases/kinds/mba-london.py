#!/usr/bin/env python3
"""mba-london: a one-year MBA in London applying to strategy and operations roles.

Labels the follow-up kinds of tests/cases/KINDS.md (application, networking,
ask_for_address, own_promise, out-of-office replies) beside thank_you and callback.
"""

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...

LON = "Europe/London"
NY = "America/New_York"
UTC = dt.timezone.utc


def cv_pdf():
    return make_pdf([
        "Oluwaseun Adeyemi",
        "London | +44 7700 900461 | seun.adeyemi@example.co.uk",
        "",
        "EDUCATION",
        "Thamesbridge Business School, London - MBA (one-year), 2025-2026",
        "University of Lagos - BSc Industrial and Production Engineering, First Class, 2018",
        "",
        "EXPERIENCE",
        "Kestrel Foods, Lagos - Distribution Planning Manager, 2021-2025",
        "- Led a 38-person planning team across 11 depots",
        "- Network redesign: cost-to-serve down 14%, on-time delivery up from 81% to 94%",
        "Kestrel Foods - Supply Chain Analyst, 2018-2021",
        "",
        "MBA PROJECT",
        "Dark-store replenishment model for a London grocery scale-up (consulting project)",
    ])


def cover_pdf(company, role):
    return make_pdf([
        "Oluwaseun Adeyemi - Cover letter",
        "%s - %s" % (company, role),
        "",
        "I am applying for the %s role at %s." % (role, company),
        "Five years running distribution planning at Kestrel Foods in Lagos taught me",
        "to turn messy operational data into decisions people on the ground will act on.",
        "My MBA has added the strategy toolkit; I would like to bring both to your team.",
    ])


def build():
    me = Person("Oluwaseun Adeyemi", "seun.adeyemi@example.co.uk", LON, "webmail",
                sig="Seun Adeyemi\nMBA Candidate 2026, Thamesbridge Business School\n"
                    "+44 7700 900461",
                msgid_domain="example.co.uk")
    now = dt.datetime(2026, 4, 17, 8, 30, tzinfo=me.tz)
    case = Case(
        "mba-london",
        "One-year MBA in London chasing strategy and operations roles: emailed applications, "
        "alumni coffees, an assessment centre, a partners' meeting and an out-of-office",
        {"name": "Oluwaseun Adeyemi", "emails": [me.email], "phone": "+44 7700 900461",
         "timezone": LON},
        now, "")
    case.me = me
    at = case.at
    CV = ("Oluwaseun_Adeyemi_CV.pdf", "application/pdf", cv_pdf())

    def cover(company, role):
        return ("Oluwaseun_Adeyemi_Cover_Letter_%s.pdf" % company.replace(" ", "_"),
                "application/pdf", cover_pdf(company, role))

    def auto(name, email, domain=None):
        return Person(name, email, LON, "auto", auto=True, msgid_domain=domain)

    # ------------------------------------------------------------------ people
    helen = Person("Helen Marsh", "helen.marsh@corvanepartners.co.uk", LON, "outlook",
                   sig="Helen Marsh\nPartner | Corvane Partners\n1 Puddle Dock, London EC4V 3DB\n"
                       "T +44 20 7946 0318 | M +44 7700 900812", region="eurprd02")
    grace = Person("Grace Whitfield", "grace.whitfield@corvanepartners.co.uk", LON, "outlook",
                   sig="Grace Whitfield\nExecutive Assistant to Helen Marsh and Tom Ashby\n"
                       "Corvane Partners | T +44 20 7946 0322", region="eurprd02")
    david = Person("David Chen", "david.chen@corvanepartners.co.uk", LON, "outlook",
                   sig="David Chen | Principal | Corvane Partners\nM +44 7700 900264",
                   region="eurprd02")
    tom = Person("Tom Ashby", "tom.ashby@corvanepartners.co.uk", LON, "outlook",
                 region="eurprd02")

    greenhouse_salt = auto("Saltmarsh", "no-reply@us.greenhouse-mail.io")
    ruth = Person("Ruth Adair", "ruth.adair@saltmarsh.io", LON, "gmail",
                  sig="Ruth Adair\nTalent Partner, Saltmarsh\nsaltmarsh.io")
    hannah = Person("Hannah Price", "hannah.price@saltmarsh.io", LON, "gmail",
                    sig="Hannah Price\nExecutive Assistant to the COO | Saltmarsh\n"
                        "+44 20 7946 0457")
    gareth = Person("Gareth Lloyd", "gareth@saltmarsh.io", LON, "gmail")

    workday_brk = auto("Brackwell Group Careers", "brackwell@myworkday.com")
    sophie = Person("Sophie Lang", "sophie.lang@brackwellgroup.com", LON, "outlook",
                    sig="Sophie Lang\nEarly Careers & MBA Recruitment Coordinator\n"
                        "Brackwell Group plc | Leeds\nT +44 113 496 0728", region="eurprd07")

    ellie = Person("Ellie Hart", "ellie.hart@lumio.energy", LON, "outlook",
                   sig="Ellie Hart\nTalent Partner | Lumio Energy\nM +44 7700 900533",
                   region="eurprd05")
    kate = Person("Kate Brennan", "kate.brennan@lumio.energy", LON, "outlook",
                  region="eurprd05")

    nadia = Person("Nadia Rahman", "nadia.rahman@orbismobility.com", LON, "gmail",
                   sig="Nadia Rahman\nHead of Strategy, Orbis Mobility\n+44 7700 900918")
    kemi = Person("Kemi Olatunji", "kemi.olatunji@gmail.com", LON, "gmail")

    chloe = Person("Chloe Dunn", "chloe.dunn@greyfriars-insurance.co.uk", LON, "outlook",
                   sig="Chloe Dunn\nTalent Acquisition Partner\nGreyfriars Insurance | "
                       "30 Fenchurch Street, London EC3M 3BD\nT +44 20 7946 0871",
                   region="eurprd04")
    dan = Person("Dan Mercer", "dan.mercer@greyfriars-insurance.co.uk", LON, "outlook",
                 sig="Dan Mercer\nDirector of Operations | Greyfriars Insurance",
                 region="eurprd04")

    zainab = Person("Zainab Hussain", "zainab.hussain@caldersearch.com", LON, "outlook",
                    sig="Zainab Hussain\nPrincipal | Calder Search\nConsumer & Retail Practice\n"
                        "D +44 20 7946 0644 | M +44 7700 900377", region="eurprd06")

    amara = Person("Amara Joseph", "amara@quayline.co", LON, "gmail",
                   sig="Amara Joseph\nTalent Lead \u00b7 Quayline\nquayline.co")
    calendly = auto("Calendly", "no-reply@calendly.com")

    ben = Person("Ben Cartwright", "ben@kinlochhealth.com", NY, "gmail",
                 sig="Ben Cartwright\nChief of Staff to the CEO | Kinloch Health\n"
                     "New York \u00b7 London")
    lauren = Person("Lauren Pryce", "lauren.pryce@tidewell.com", LON, "outlook",
                    region="eurprd08")
    rupert = Person("Rupert Vale", "rupert.vale@fenmorecapital.com", LON, "outlook",
                    region="eurprd01")
    victoria = Person("Victoria Shaw", "victoria.shaw@pellhamfoods.co.uk", LON, "outlook",
                      region="eurprd03")
    josh = Person("Josh Reeve", "josh.reeve@pellhamfoods.co.uk", LON, "outlook",
                  sig="Josh Reeve\nTalent Partner \u2013 Corporate Functions\nPellham Foods",
                  region="eurprd03")
    workday_ng = auto("Northgate Retail Talent Acquisition", "northgate@myworkday.com")
    greenhouse_fl = auto("Fernleaf Hiring Team", "no-reply@us.greenhouse-mail.io")
    goodtime = auto("Fernleaf Recruiting", "no-reply@goodtime.io")
    fern_rec = Person("Fernleaf Recruiting", "recruiting@fernleaf.io", LON, "auto")
    laura = Person("Laura Kim", "laura.kim@fernleaf.io", LON, "gmail")

    fiona = Person("Fiona Garrett", "f.garrett@thamesbridge.ac.uk", LON, "outlook",
                   sig="Fiona Garrett\nSenior Careers Consultant (MBA)\n"
                       "Thamesbridge Business School Careers Centre", region="eurprd09")

    olivia = Person("Olivia Grant", "olivia.grant@ardenpayments.com", LON, "outlook",
                    sig="Olivia Grant\nVP, Strategy | Arden Payments\n+44 7700 900156",
                    region="eurprd01")
    tunde = Person("Tunde Bakare", "tunde.bakare@relayfreight.co.uk", LON, "gmail",
                   sig="Tunde Bakare\nHead of Operations, Relay Freight\n+44 7700 900690")
    marianne = Person("Marianne Koh", "marianne.koh@halcyonbank.co.uk", LON, "outlook",
                      sig="Marianne Koh\nDirector, Operations Strategy | Halcyon Bank\n"
                          "M +44 7700 900745", region="eurprd06")
    james = Person("James Whitlock", "james.whitlock@oakridgeadvisory.com", LON, "outlook",
                   sig="James Whitlock\nPrincipal | Oakridge Advisory\nT +44 20 7946 0119",
                   region="eurprd04")

    # noise
    arjun = Person("Arjun Mehta", "arjun.mehta@mba.thamesbridge.ac.uk", LON, "gmail")
    arjun_cal = Person("Arjun Mehta", "arjun.mehta@mba.thamesbridge.ac.uk", LON, "gcal")
    chloe_m = Person("Chlo\u00e9 Martin", "chloe.martin@mba.thamesbridge.ac.uk", LON, "gmail")
    daniel = Person("Daniel Osei", "daniel.osei@mba.thamesbridge.ac.uk", LON, "gmail")
    rhys = Person("Rhys Morgan", "rhys.morgan88@gmail.com", LON, "gmail")
    ines = Person("In\u00e9s Navarro", "ines.navarro@hotmail.com", LON, "outlook",
                  region="eurprd09")
    megan = Person("Megan Tate", "megan.tate@harlowlettings.co.uk", LON, "outlook",
                   sig="Megan Tate\nProperty Manager | Harlow Lettings\n020 7946 0988",
                   region="eurprd08")
    mum = Person("Folake Adeyemi", "folake.adeyemi@yahoo.com", LON, "webmail",
                 msgid_domain="mail.yahoo.com")
    dad = Person("Adewale Adeyemi", "adewale.adeyemi1958@gmail.com", "Africa/Lagos", "gmail")
    tolu = Person("Tolu Adeyemi", "tolu.adeyemi@gmail.com", "Africa/Lagos", "gmail")
    dayo = Person("Dayo Adeyemi", "dayoadeyemi@outlook.com", "Africa/Lagos", "outlook",
                  region="eurprd07")
    kwame = Person("Kwame Asante", "kwame.asante@gmail.com", LON, "gmail")
    olly = Person("Olly Brennan", "olly.brennan@gmail.com", LON, "gmail")
    femi = Person("Femi Ogunleye", "femi.ogunleye@gmail.com", LON, "gmail")
    chidi = Person("Chidi Okeke", "chidi.okeke@gmail.com", LON, "gmail")
    monzo = auto("Monzo", "no-reply@monzo.com")
    tfl = auto("Transport for London", "no-reply@tfl.gov.uk")
    tfl_news = auto("TfL", "tfl@info.tfl.gov.uk")
    linkedin = auto("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com")
    thrive = auto("Thrive Jobs", "alerts@thrivejobs.co.uk")
    careers = auto("Thamesbridge Careers Centre", "careers@thamesbridge.ac.uk")
    registry = auto("Thamesbridge Registry", "registry-noreply@thamesbridge.ac.uk")
    abc = auto("Thamesbridge Africa Business Club", "africaclub@mba.thamesbridge.ac.uk")
    gp = auto("Columbia Road Surgery", "columbiaroad.surgery@nhs.net")
    deliveroo = auto("Deliveroo", "noreply@t.deliveroo.co.uk")
    amazon = auto("Amazon.co.uk", "auto-confirm@amazon.co.uk")
    operator = auto("The Operator", "theoperator@substack.com")
    gym = auto("Ironworks Gym", "no-reply@ironworksgym.co.uk")

    EXCH = "Microsoft Exchange Server 2010"
    GCAL_ID = "-//Google Inc//Google Calendar 70.9054//EN"

    def bulk(name):
        return bulk_headers("<%s>" % name, "https://%s/unsubscribe" % name.split(".", 1)[1])

    OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

    # ================================================================ JOB SEARCH
    # ---------------------------------------------------------- Corvane Partners
    case.add("cv_corvane", me, [helen], "2026-03-10 08:05", """
Dear Ms Marsh,

I would like to be considered for the Strategy Associate role that Corvane posted on the Thamesbridge careers portal last week. I hope you don't mind me writing to you directly: I heard Tom Ashby speak at our Operations Conference in February, and his account of your work on grocery distribution networks is a large part of why I am applying.

Before the MBA I spent five years at Kestrel Foods in Lagos, latterly running distribution planning across 11 depots. The network redesign I led took 14% out of cost-to-serve while lifting on-time delivery from 81% to 94%, and I would like to bring that mix of analysis and hands-on delivery to Corvane's operations work.

My CV and a cover letter are attached. I would welcome the chance to talk.

Kind regards,
""", subject="Strategy Associate \u2013 Oluwaseun Adeyemi (Thamesbridge MBA 2026)",
             attachments=[CV, cover("Corvane Partners", "Strategy Associate")])
    case.add("cv_corvane_r1", helen, [me], "2026-03-11 07:42", """
Dear Oluwaseun,

Thank you for getting in touch, and for the kind words about Tom's talk. Your Kestrel experience is very relevant to two of our current client projects.

I'd like you to meet David Chen and me for a first conversation. Grace (copied) runs my diary and will be in touch to find a time.

Best wishes,
Helen
""", parent="cv_corvane", cc=[grace])
    case.add("cv_corvane_r2", me, [helen], "2026-03-11 09:10", """
Dear Helen,

Thank you, I'd be delighted. Grace, I'm free most afternoons next week apart from Tuesday.

Best regards,
Seun
""", parent="cv_corvane_r1", cc=[grace], sig=False)

    case.add("corv_inv1", grace, [me], "2026-03-12 10:20", """
Hi Oluwaseun,

Please see the invitation below for Thursday 19 March at 14:00 with Helen and David. It will last about an hour: a conversational interview with a short case discussion.

Kind regards,
Grace
""", subject="Oluwaseun Adeyemi / HM / DC", ics_mode="outlook", ics=make_ics(
        method="REQUEST", uid=uid_outlook("mba-london", "corv1"),
        stamp=at("2026-03-12 10:20"), start=at("2026-03-19 14:00"), end=at("2026-03-19 15:00"),
        summary="Oluwaseun Adeyemi / HM / DC", organizer=grace, tzid="GMT Standard Time",
        attendees=[(helen, "ACCEPTED", "INDIVIDUAL"), (david, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("CPL 4.02 (6)", "cpl-4.02@corvanepartners.co.uk"), "ACCEPTED", "ROOM")],
        location="Corvane Partners, 1 Puddle Dock, EC4V 3DB \u2013 4th floor",
        description="Please ask for Grace Whitfield at reception.", prodid=EXCH))
    case.add("corv_inv1_r", me, [grace], "2026-03-12 11:02", """
Hi Grace,

Thanks very much, accepted. See you on Thursday the 19th.

Best,
Seun
""", parent="corv_inv1", sig=False)
    case.add("corv_ty1", me, [helen, david], "2026-03-19 18:05", """
Dear Helen and David,

Thank you both for this afternoon. I enjoyed the depot case in particular: it was good to test my Kestrel instincts against how you would frame the problem for a client board.

I am very keen on the Associate role and would welcome the chance to take the conversation further.

Kind regards,
""", parent="cv_corvane_r2", quote=False)
    case.add("corv_ty1_r", david, [me], "2026-03-20 09:31", """
Thanks Seun, good to meet you too. We'll be in touch soon.

David
""", parent="corv_ty1", cc=[helen])

    case.add("corv_inv2", grace, [me], "2026-04-01 09:40", """
Dear Oluwaseun,

Helen would like to invite you to a final-round interview on Thursday 9 April from 10:00 to 11:30 at our offices. You will meet Helen and Tom Ashby (tom.ashby@corvanepartners.co.uk), one of our partners. The first 45 minutes are a written case, which Tom will take you through, followed by a discussion with both of them.

Please let me know if you have any access requirements.

Kind regards,
Grace
""", subject="Final round \u2013 Strategy Associate \u2013 Thursday 9 April", ics_mode="outlook",
             ics=make_ics(
        method="REQUEST", uid=uid_outlook("mba-london", "corv2"),
        stamp=at("2026-04-01 09:40"), start=at("2026-04-09 10:00"), end=at("2026-04-09 11:30"),
        summary="Final round: Oluwaseun Adeyemi (HM / TA)", organizer=grace,
        tzid="GMT Standard Time",
        attendees=[(helen, "ACCEPTED", "INDIVIDUAL"), (tom, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("CPL 5.01 Boardroom (12)", "cpl-5.01@corvanepartners.co.uk"), "ACCEPTED",
                    "ROOM")],
        location="Corvane Partners, 1 Puddle Dock \u2013 5th floor boardroom",
        description="Written case (45 min) with Tom Ashby, then discussion with Helen Marsh "
                    "and Tom Ashby.", prodid=EXCH))
    case.add("corv_inv2_r", me, [grace], "2026-04-01 10:15", """
Dear Grace,

Thank you. Thursday 9 April at 10:00 is confirmed on my side, and no access requirements.

Best regards,
Seun
""", parent="corv_inv2", sig=False)

    case.add("corv_next", helen, [me], "2026-04-09 17:05", """
Dear Seun,

Thank you for coming in this morning. We enjoyed the discussion, particularly your answer on depot consolidation.

The partners meet on the 14th and we will make our decisions on the Associate hires then; I'll come back to you after that meeting. In the meantime, could you send me details of two referees? Ideally one from Kestrel and one from the MBA, a project sponsor or a professor.

Best wishes,
Helen
""", subject="Next steps")
    case.add("corv_next_r", me, [helen], "2026-04-09 19:40", """
Dear Helen,

Thank you for your time this morning and for such an engaging case; working through the depot trade-offs was the most fun I have had in an interview.

Of course. I'll send the references over by Monday, once I've given both referees a heads-up.

Kind regards,
""", parent="corv_next")
    case.add("corv_next_refs", me, [helen], "2026-04-13 08:10", """
Dear Helen,

As promised, here are my two referees. Both are expecting to hear from you.

1. Adaeze Nwachukwu, Supply Chain Director, Kestrel Foods (my line manager 2021-2025)
   adaeze.nwachukwu@kestrelfoods.ng | +234 803 555 0147
2. Professor Richard Holm, Thamesbridge Business School (supervisor of my MBA consulting project)
   r.holm@thamesbridge.ac.uk | +44 20 7946 0555

Best regards,
""", parent="corv_next_r")
    case.add("corv_next_ooo", helen, [me],
             dt.datetime(2026, 4, 13, 8, 10, 41, tzinfo=helen.tz), """
Thank you for your email. I am at a client offsite from Monday 13 April and back in the office on Tuesday 21 April, with limited access to email until then.

For anything urgent, please call Grace Whitfield on +44 20 7946 0322.

Helen Marsh | Corvane Partners
""", subject="Automatic reply: Re: Next steps", parent="corv_next_refs", quote=False,
             sig=False, headers=OOO)

    case.application("cv_corvane", "cv_corvane", helen.email, answered_by="cv_corvane_r1")
    case.meeting("corv_inv1", at("2026-03-19 14:00"), at("2026-03-19 15:00"),
                 met=[helen.email, david.email],
                 thanks={helen.email: "corv_ty1", david.email: "corv_ty1"},
                 what="Corvane first interview")
    case.meeting("corv_inv2", at("2026-04-09 10:00"), at("2026-04-09 11:30"),
                 met=[helen.email, tom.email], thanks={helen.email: "corv_next_r"},
                 what="Corvane final round")
    case.promise("corv_next", "corv_next", helen.email, "2026-04-14", back="2026-04-21")
    case.own_promise("corv_next", "corv_next_r", helen.email, "2026-04-13",
                     kept_by="corv_next_refs")
    case.thread("cv_corvane", True, "application", "Corvane Partners",
                "CV and cover letter to partner Helen Marsh Tue 10 Mar; she answered in person "
                "next morning; first interview thanked here (one note to Helen and David)")
    case.thread("corv_inv1", True, "interview", "Corvane Partners",
                "Outlook invite titled only with initials: first interview Thu 19 Mar 14:00-15:00 "
                "GMT with Helen Marsh and David Chen; thanked in the application thread")
    case.thread("corv_inv2", True, "interview", "Corvane Partners",
                "final round Thu 9 Apr 10:00-11:30 BST with Helen and Tom Ashby (address in the "
                "text and the ICS); only Helen thanked")
    case.thread("corv_next", True, "interview", "Corvane Partners",
                "Helen: decision after the partners' meeting on the 14th; Seun promised "
                "references by Monday and sent them Mon 13 Apr; Helen's out-of-office says back "
                "Tue 21 Apr")
    case.expect("thank_you", "corv_inv2", tom.email,
                "final round Thu 9 Apr 10:00-11:30 with Helen and Tom; only Helen was thanked "
                "(in her 'Next steps' thread); overdue since Fri 10 Apr 11:30")
    case.forbid("cv_corvane", helen.email,
                "the application of Tue 10 Mar was answered by Helen herself the next morning, and "
                "the first interview it led to was thanked here on 19 Mar")
    case.forbid("corv_next", helen.email,
                "references promised 'by Monday' were sent Mon 13 Apr 08:10 (own promise kept); "
                "the decision 'after the partners' meeting on the 14th' is counted from her "
                "out-of-office return, Tue 21 Apr, so a callback is due only at the end of Thu "
                "23 Apr; she was thanked for the final on 9 Apr")

    # ---------------------------------------------------------------- Saltmarsh
    case.add("salt_ack", greenhouse_salt, [me], "2026-03-05 14:32", """
Hi Oluwaseun,

Thanks for your interest in Saltmarsh! We've received your application for Strategy & Operations Lead, and our team will review it shortly. If your experience is a match, someone from our Talent team will be in touch.

In the meantime, read how we're rebuilding the grocery supply chain on our blog.

The Saltmarsh Talent Team

Please do not reply to this email; this mailbox is not monitored.
""", subject="Thank you for applying to Saltmarsh", html_only=True,
             html=html_of("""Hi Oluwaseun,

Thanks for your interest in Saltmarsh! We've received your application for Strategy & Operations Lead, and our team will review it shortly. If your experience is a match, someone from our Talent team will be in touch.

In the meantime, read how we're rebuilding the grocery supply chain on our blog.

The Saltmarsh Talent Team

Please do not reply to this email; this mailbox is not monitored.""", "Saltmarsh"),
             headers=AUTO)
    case.thread("salt_ack", True, "application", "Saltmarsh",
                "Greenhouse acknowledgement of the portal application (no-reply sender)")

    case.add("salt_r1", ruth, [me], "2026-03-09 11:15", """
Hi Seun,

Thanks for applying for our Strategy & Operations Lead role. Your background in distribution planning caught my eye! I'd love to set up a 30-minute video call to tell you more about the team and hear what you're looking for.

Would either of these work?
- Tuesday 17 March, 11:00
- Wednesday 18 March, 15:30

Thanks,
Ruth
""", subject="Saltmarsh \u2013 Strategy & Operations Lead")
    case.add("salt_r1_b", me, [ruth], "2026-03-09 12:40", """
Hi Ruth,

Thanks for getting in touch. Wednesday 18 March at 15:30 would be great.

Best,
Seun
""", parent="salt_r1", sig=False)
    case.add("salt_r1_c", ruth, [me], "2026-03-09 13:05", """
Perfect, invite on its way with a Meet link. Speak then!

Ruth
""", parent="salt_r1_b", sig=False, ics=make_ics(
        method="REQUEST", uid=uid_google("mba-london", "salt1"), stamp=at("2026-03-09 13:05"),
        start=at("2026-03-18 15:30"), end=at("2026-03-18 16:00"),
        summary="Saltmarsh intro: Ruth / Seun", organizer=ruth, tzid=LON,
        attendees=[(ruth, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/kqv-dmrt-zpa",
        description="Intro call for Strategy & Operations Lead.", prodid=GCAL_ID))
    case.add("salt_r1_ty", me, [ruth], "2026-03-18 17:20", """
Hi Ruth,

Thank you for the call this afternoon. It was really helpful to hear how the Strategy & Ops team sits between the COO and the regional GMs, and the dark-store expansion sounds like exactly the kind of problem I want to work on.

Best,
""", parent="salt_r1_c")
    case.add("salt_r1_d", ruth, [me], "2026-03-24 10:02", """
Hi Seun,

Good news: Gareth, our COO, would like to meet you for the final stage. His EA Hannah will be in touch to find a time. His diary is rammed before Easter, so it may be mid-April.

Ruth
""", parent="salt_r1_ty", sig=False)
    case.meeting("salt_r1", at("2026-03-18 15:30"), at("2026-03-18 16:00"), met=[ruth.email],
                 thanks={ruth.email: "salt_r1_ty"}, what="Saltmarsh intro call")
    case.thread("salt_r1", True, "interview", "Saltmarsh",
                "slots offered and one picked; Google Meet intro Wed 18 Mar 15:30-16:00 GMT, "
                "thanked; Ruth passes Seun to the COO's final stage")

    case.add("salt_fin", hannah, [me], "2026-03-26 09:30", """
Hi Oluwaseun,

I look after Gareth's diary and I'm setting up your final-stage conversation with him. It will be 90 minutes at our office in Wapping. He has two options:

\u2022 Tuesday 14 April, 14:00\u201315:30
\u2022 Wednesday 15 April, 10:00\u201311:30

Let me know which suits and I'll send an invite.

Many thanks,
Hannah
""", subject="Final stage \u2013 Gareth Lloyd / Oluwaseun Adeyemi")
    case.add("salt_fin_b", me, [hannah], "2026-03-26 10:12", """
Hi Hannah,

Tuesday 14 April at 14:00 suits me best, thank you.

Best wishes,
Seun
""", parent="salt_fin", sig=False)
    case.add("salt_fin_c", hannah, [me], "2026-03-26 10:31", """
Great, invite attached. Gareth will be joined for the second half by Marcus Webb, our Finance Director, who would like to talk through the unit economics of the dark stores.

I'm not in that day, but reception will bring you up to the third floor.

Hannah
""", parent="salt_fin_b", sig=False, ics=make_ics(
        method="REQUEST", uid=uid_google("mba-london", "saltfin"), stamp=at("2026-03-26 10:31"),
        start=at("2026-04-14 14:00"), end=at("2026-04-14 15:30"),
        summary="Saltmarsh final stage \u2013 Gareth Lloyd / Oluwaseun Adeyemi", organizer=hannah,
        tzid=LON,
        attendees=[(gareth, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Wapping-3-Thames Room (8)", "c_1889wapthames@resource.calendar.google.com"),
                    "ACCEPTED", "ROOM")],
        location="Saltmarsh, 3rd floor, 40 Wapping Lane, London E1W 2RS",
        description="Final-stage conversation with Gareth Lloyd (COO). Marcus Webb (Finance "
                    "Director) joins from 14:45.", prodid=GCAL_ID))
    case.add("salt_ty", me, [gareth], "2026-04-14 18:40", """
Dear Gareth,

Thank you for this afternoon. I came away even more excited about the role, especially the plan to move the dark stores to hub-and-spoke replenishment, which is very close to what we did across the depots in Lagos.

I also appreciated the frank discussion of contribution margins in the second half with Marcus.

Best wishes,
""", subject="Thank you \u2013 this afternoon")
    case.add("salt_ty_r", gareth, [me], "2026-04-14 21:05", """
Thanks Seun, I enjoyed it too. We've got one more candidate in tomorrow and I'll come back to you by Thursday either way.

Gareth

Sent from my iPhone
""", parent="salt_ty")
    case.meeting("salt_fin", at("2026-04-14 14:00"), at("2026-04-14 15:30"), met=[gareth.email],
                 thanks={gareth.email: "salt_ty"}, unknown=["Marcus Webb"],
                 arranged_by=hannah.email, what="Saltmarsh final stage")
    case.promise("salt_ty", "salt_ty_r", gareth.email, "2026-04-16")
    case.thread("salt_fin", True, "interview", "Saltmarsh",
                "EA Hannah offers two slots, Seun picks Tue 14 Apr 14:00-15:30 BST; Finance "
                "Director Marcus Webb joins, named only; Hannah not there; Seun has not written "
                "to her since")
    case.thread("salt_ty", True, "interview", "Saltmarsh",
                "thank-you to Gareth in a new thread; reply mentions another candidate and "
                "'I'll come back to you by Thursday' (16 Apr)")
    case.expect("ask_for_address", "salt_fin", hannah.email,
                "Marcus Webb joined the final stage on Tue 14 Apr but his address appears nowhere; "
                "Hannah arranged it and did not attend; Seun has not written to her since; "
                "due 17:30 that day")
    case.forbid("salt_ty", gareth.email,
                "thanked the same evening; 'by Thursday' (16 Apr) has passed but the two business "
                "days of grace run to the end of Mon 20 Apr")

    # ---------------------------------------------------------------- Brackwell
    brk_ack_text = """
Dear Oluwaseun,

Thank you for applying for MBA Leadership Programme \u2013 Strategy & Operations (Job Requisition R-2026-0417). We have received your application and our Early Careers team will review it against the requirements of the role.

You can track the status of your application at any time by signing in to your candidate home page on our careers site.

Kind regards,
Brackwell Group Talent Acquisition

This is an automated message. Please do not reply.
"""
    case.add("brk_ack", workday_brk, [me], "2026-03-02 21:14", brk_ack_text,
             subject="Thank you for your application \u2013 MBA Leadership Programme "
                     "(Strategy & Operations)",
             html_only=True, html=html_of(brk_ack_text, "Brackwell Group"), headers=AUTO)
    case.thread("brk_ack", True, "application", "Brackwell Group",
                "Workday acknowledgement; a recorded video interview followed outside email")

    case.add("brk_ac", sophie, [me], "2026-03-18 15:10", """
Dear Oluwaseun,

Congratulations! Following your video interview, we would like to invite you to our assessment centre for the MBA Leadership Programme on Wednesday 8 April 2026, 09:30\u201316:00, at Brackwell House, 14 Palace Street, London SW1E 5JA.

The day runs as follows:
09:30  Welcome and coffee
10:00  Group exercise (supply-chain disruption scenario)
11:30  Case presentation, assessed by Rebecca Thornton (Strategy Director) and Adebayo Cole (Head of Operational Excellence)
13:00  Lunch with current programme members
14:00  Competency interview (same assessors)
15:30  Q&A and close

Could you confirm your attendance by Friday 20 March? The case pack will follow nearer the time.

Kind regards,
Sophie
""", subject="Invitation to Assessment Centre \u2013 MBA Leadership Programme")
    case.add("brk_ac_b", me, [sophie], "2026-03-18 16:02", """
Dear Sophie,

Thank you for the invitation. I'm delighted to confirm that I will attend on Wednesday 8 April.

Kind regards,
""", parent="brk_ac")
    case.add("brk_ac_c", sophie, [me], "2026-03-19 09:05", """
Dear Oluwaseun,

Thank you for confirming; a calendar hold is attached. I'm based in our Leeds office so I won't see you on the day, but the London reception team will be expecting you.

Kind regards,
Sophie
""", parent="brk_ac_b", ics_mode="outlook", ics=make_ics(
        method="REQUEST", uid=uid_outlook("mba-london", "brkac"), stamp=at("2026-03-19 09:05"),
        start=at("2026-04-08 09:30"), end=at("2026-04-08 16:00"),
        summary="Brackwell Assessment Centre \u2013 MBA Leadership Programme", organizer=sophie,
        tzid="GMT Standard Time",
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Brackwell House \u2013 Assessment Suite L2",
                     "assessment.suite.l2@brackwellgroup.com"), "ACCEPTED", "ROOM")],
        location="Brackwell House, 14 Palace Street, London SW1E 5JA",
        description="09:30 welcome; 10:00 group exercise; 11:30 case presentation (Rebecca "
                    "Thornton, Adebayo Cole); 13:00 lunch; 14:00 competency interview; 15:30 "
                    "close.", prodid=EXCH))
    case.add("brk_ac_d", sophie, [me], "2026-04-07 11:30", """
Dear Oluwaseun,

A reminder that the assessment centre is tomorrow. The case pack is attached; please read it before you arrive. Bring photo ID and your right-to-work share code, and aim to be at reception by 09:20.

Kind regards,
Sophie
""", parent="brk_ac_c", attachments=[("Brackwell_AC_case_pack.pdf", "application/pdf", make_pdf([
        "Brackwell Group - Assessment Centre case pack",
        "Scenario: a key supplier of packaging film fails two weeks before peak season.",
        "Prepare a 10-minute recommendation for the Operations Board."]))])
    case.add("brk_ac_e", me, [sophie], "2026-04-07 12:05", """
Dear Sophie,

Thank you, all received.

Kind regards,
Seun
""", parent="brk_ac_d", sig=False)
    case.add("brk_ac_f", sophie, [me], "2026-04-08 17:20", """
Dear Oluwaseun,

Thank you for attending today's assessment centre; I hope it gave you a useful insight into Brackwell. The assessors will review all candidates next week, and we aim to let every candidate know the outcome by Friday 24 April.

Kind regards,
Sophie
""", parent="brk_ac_e")
    case.meeting("brk_ac", at("2026-04-08 09:30"), at("2026-04-08 16:00"), met=[],
                 unknown=["Rebecca Thornton", "Adebayo Cole"], arranged_by=sophie.email,
                 what="Brackwell assessment centre")
    case.promise("brk_ac", "brk_ac_f", sophie.email, "2026-04-24")
    case.thread("brk_ac", True, "interview", "Brackwell Group",
                "assessment centre Wed 8 Apr 09:30-16:00 BST; assessors Rebecca Thornton and "
                "Adebayo Cole named without addresses; coordinator Sophie (Leeds) not there; "
                "'we aim to let every candidate know by Friday 24 April'")
    case.expect("ask_for_address", "brk_ac", sophie.email,
                "the two assessors met at the assessment centre on Wed 8 Apr are named only "
                "(no address anywhere); Sophie arranged it and has not been written to since; "
                "due 18:00 that day")

    # ------------------------------------------------------------------- Lumio
    case.add("lum_inv", ellie, [me], "2026-03-23 16:40", """
Hi Seun,

Thanks for applying through our careers page. Kate Brennan, our Head of Operations, enjoyed your CV and would like to run a case interview with you: 60 minutes on Teams, a short case on field-engineer scheduling and then time for your questions.

Could you do Tuesday 7 April at 3pm? I know it's just after Easter.

Thanks,
Ellie
""", subject="Lumio \u2013 Operations Strategy Manager: case interview")
    case.add("lum_inv_b", me, [ellie], "2026-03-23 18:15", """
Hi Ellie,

Tuesday 7 April at 3pm works well for me. Thank you!

Seun
""", parent="lum_inv", sig=False)
    case.add("lum_inv_c", ellie, [me], "2026-03-24 09:12", """
Invite attached. It will be just you and Kate on the call (I won't be joining), but shout if anything comes up beforehand.

Ellie
""", parent="lum_inv_b", ics_mode="outlook", ics=make_ics(
        method="REQUEST", uid=uid_outlook("mba-london", "lumio"), stamp=at("2026-03-24 09:12"),
        start=at("2026-04-07 15:00"), end=at("2026-04-07 16:00"),
        summary="Case interview \u2013 Operations Strategy Manager (Oluwaseun Adeyemi)",
        organizer=ellie, tzid="GMT Standard Time",
        attendees=[(kate, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Interviewer: Kate Brennan, Head of Operations\n\n"
                    "________________________________________________\n"
                    "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                    "Meeting ID: 372 918 446 120\nPasscode: h7Qx2B", prodid=EXCH))
    case.add("lum_inv_d", ellie, [me], "2026-04-07 17:40", """
Hi Seun,

Thanks for making time today. Kate's tied up with a board paper this week, but we'll come back to you with feedback by Friday.

Have a good evening,
Ellie
""", parent="lum_inv_c")
    case.meeting("lum_inv", at("2026-04-07 15:00"), at("2026-04-07 16:00"), met=[kate.email],
                 what="Lumio case interview")
    case.promise("lum_inv", "lum_inv_d", ellie.email, "2026-04-10")
    case.thread("lum_inv", True, "interview", "Lumio Energy",
                "Teams case interview Tue 7 Apr 15:00-16:00 BST with Kate Brennan (organiser "
                "Ellie does not join); never thanked; Ellie: feedback 'by Friday' (10 Apr), "
                "nothing since")
    case.expect("thank_you", "lum_inv", kate.email,
                "case interview Tue 7 Apr 15:00-16:00 took place; no note to Kate; overdue since "
                "Wed 8 Apr 16:00")
    case.expect("callback", "lum_inv", ellie.email,
                "'we'll come back to you with feedback by Friday' (said Tue 7 Apr); nothing from "
                "Lumio since; due end of Tue 14 Apr", promised="2026-04-10")

    # ------------------------------------------------------------------- Orbis
    case.add("orb_intro", nadia, [me], "2026-04-08 19:20", """
Hi Seun,

Kemi (cc'd) and I worked together at Bain, and she tells me good things about you. We're hiring a Strategy Manager to plan the roll-out of our e-bike hubs across the UK, and I'd love to tell you more.

Could we talk on Monday? 10am would suit me.

Best,
Nadia
""", subject="Strategy Manager at Orbis \u2013 quick conversation?", cc=[kemi])
    case.add("orb_b", me, [nadia], "2026-04-08 20:05", """
Hi Nadia,

Thanks so much for reaching out, and thank you, Kemi, for the introduction!

Monday 13 April at 10am works for me. Shall I call you, or would you prefer video?

Best,
""", parent="orb_intro", cc=[kemi])
    case.add("orb_c", nadia, [me], "2026-04-09 08:15", """
I'll ring you on 07700 900461 at 10. Should take about 45 minutes.

N
""", parent="orb_b", sig=False)
    case.add("orb_rej", nadia, [me], "2026-04-16 11:20", """
Hi Seun,

Thank you again for Monday's conversation, which I enjoyed. I've thought hard about it and decided to go with a candidate who has more hands-on mobility operations experience. It was a close call.

I'd be glad to stay in touch, and I'll keep you in mind as the team grows.

All the best,
Nadia
""", parent="orb_c")
    case.meeting("orb_intro", at("2026-04-13 10:00"), at("2026-04-13 10:45"), met=[nadia.email],
                 what="Orbis call")
    case.thread("orb_intro", True, "rejection", "Orbis Mobility",
                "a friend's referral: 'could we talk on Monday?'; phone call Mon 13 Apr "
                "10:00-10:45 BST never thanked; gentle rejection Thu 16 Apr")
    case.expect("thank_you", "orb_intro", nadia.email,
                "the call of Mon 13 Apr took place; the rejection of Thu 16 Apr ends the rest but "
                "not the thank-you owed; overdue since Tue 14 Apr 10:45")
    case.forbid("orb_intro", kemi.email,
                "the friend who referred Seun: not on the call, promised nothing, and was thanked "
                "for the introduction on 8 Apr")

    # --------------------------------------------------------------- Greyfriars
    case.add("gf_inv", chloe, [me], "2026-04-02 14:30", """
Dear Oluwaseun,

Thank you for your application through our careers site for the Operations Strategy Manager role. I am pleased to invite you to an interview on Friday 10 April from 11:00 to 12:00 at 30 Fenchurch Street.

You will meet Dan Mercer, our Director of Operations and the hiring manager. It will be a competency-based interview with a short discussion of a claims-operations scenario.

Please bring photo ID; reception on the 6th floor will look after you.

Kind regards,
Chloe
""", subject="Interview \u2013 Operations Strategy Manager (Greyfriars Insurance)")
    case.add("gf_b", me, [chloe], "2026-04-02 15:05", """
Dear Chloe,

Thank you. I'm pleased to confirm Friday 10 April at 11:00.

Kind regards,
""", parent="gf_inv")
    case.add("gf_c", me, [chloe], "2026-04-10 14:10", """
Hi Chloe,

Thanks for organising this morning. Would you mind sharing Dan's email address? I'd like to send him a short thank-you note.

Best wishes,
Seun
""", parent="gf_b", sig=False)
    case.add("gf_d", chloe, [me], "2026-04-10 15:02", """
Hi Oluwaseun,

Of course, it's dan.mercer@greyfriars-insurance.co.uk. Glad it went well!

Kind regards,
Chloe
""", parent="gf_c")
    case.add("gf_ty", me, [dan], "2026-04-11 10:15", """
Dear Dan,

Thank you for taking the time to meet me on Friday. I enjoyed the claims-triage scenario; the idea of routing low-value claims straight to settlement is very like the order-triage work I did at Kestrel Foods, and I would love to help build it at Greyfriars.

Kind regards,
""", subject="Thank you \u2013 Operations Strategy Manager interview")
    case.add("gf_ty_r", dan, [me], "2026-04-13 08:50", """
Dear Oluwaseun,

Thank you for your note; I enjoyed our conversation too. We finish interviewing this week, and Chloe will be in touch next week with an update.

Regards,
Dan
""", parent="gf_ty")
    case.meeting("gf_inv", at("2026-04-10 11:00"), at("2026-04-10 12:00"), met=[dan.email],
                 thanks={dan.email: "gf_ty"}, what="Greyfriars interview")
    case.promise("gf_ty", "gf_ty_r", dan.email, "2026-04-24")
    case.thread("gf_inv", True, "interview", "Greyfriars Insurance",
                "interview Fri 10 Apr 11:00-12:00 BST with Dan Mercer, named without address; "
                "Seun asked Chloe for it and she gave it the same afternoon")
    case.thread("gf_ty", True, "interview", "Greyfriars Insurance",
                "thank-you to Dan in a new thread Sat 11 Apr; his reply: 'Chloe will be in touch "
                "next week' (w/c 20 Apr)")
    case.forbid("gf_inv", chloe.email,
                "she arranged Friday's interview and gave Dan's address when asked (10 Apr "
                "15:02); Dan was thanked on Sat 11 Apr; nothing to ask and she was not met")

    # ------------------------------------------------------------- Calder Search
    case.add("cal_intro", zainab, [me], "2026-03-27 11:05", """
Dear Oluwaseun,

I lead Calder Search's consumer practice and am retained on a Head of Strategy & Planning search for a UK consumer-goods business (I can share the name once we've spoken). Your supply-chain background and MBA would make you an interesting fit.

Would you be open to a conversation? If so, an up-to-date CV would help.

With best wishes,
Zainab
""", subject="Head of Strategy & Planning \u2013 confidential search")
    case.add("cal_b", me, [zainab], "2026-03-27 14:30", """
Dear Zainab,

Thank you for thinking of me. Yes, I'd be very interested; my CV is attached. I'm free most afternoons next week.

Kind regards,
""", parent="cal_intro", attachments=[CV])
    case.add("cal_c", zainab, [me], "2026-03-30 09:20", """
Dear Oluwaseun,

Thank you. Could we speak on Thursday at 4pm? I'll call your mobile.

Best,
Zainab
""", parent="cal_b")
    case.add("cal_d", me, [zainab], "2026-03-30 09:48", """
Thursday at 4 is perfect. Speak then.

Seun
""", parent="cal_c", sig=False)
    case.add("cal_ty", me, [zainab], "2026-04-02 17:05", """
Dear Zainab,

Thank you for the call this afternoon, and for being so open about the client and what the role needs. The planning remit sounds like a strong match for what I did at Kestrel, and I'd be glad to be put forward.

Kind regards,
""", parent="cal_d")
    case.add("cal_e", zainab, [me], "2026-04-02 17:48", """
Dear Oluwaseun,

A pleasure. I'm presenting your profile to the client on Tuesday and will come back to you by Wednesday 8 April with their feedback.

Best,
Zainab
""", parent="cal_ty")
    case.application("cal_intro", "cal_b", zainab.email, answered_by="cal_c")
    case.meeting("cal_intro", at("2026-04-02 16:00"), None, met=[zainab.email],
                 thanks={zainab.email: "cal_ty"}, what="Calder Search call")
    case.promise("cal_intro", "cal_e", zainab.email, "2026-04-08")
    case.thread("cal_intro", True, "recruiter", "Calder Search",
                "headhunter asks for a CV (sent, answered); phone call Thu 2 Apr 16:00 (no end "
                "given), thanked; 'by Wednesday 8 April with their feedback', then silence")
    case.expect("callback", "cal_intro", zainab.email,
                "'will come back to you by Wednesday 8 April'; nothing from Calder Search since; "
                "due end of Fri 10 Apr", promised="2026-04-08")

    # ----------------------------------------------------------------- Quayline
    case.add("qy_intro", amara, [me], "2026-03-25 10:30", """
Hi Seun,

Your name came up from Priya, our Head of Ops, who heard you at the Thamesbridge Operations Club panel last month. We're hiring a Strategy & Ops Manager and she thinks you'd be a great fit.

Fancy a quick chat? If you can send a CV beforehand that would be ace.

Amara
""", subject="Strategy & Ops at Quayline")
    case.add("qy_b", me, [amara], "2026-03-25 12:15", """
Hi Amara,

Thanks for getting in touch, and please pass my thanks on to Priya! I'd love to chat. CV attached.

Best,
""", parent="qy_intro", attachments=[CV])
    case.add("qy_c", amara, [me], "2026-03-25 14:02", """
Amazing, thanks! Grab any 30-min slot that suits here: calendly.com/amara-quayline/30min

A
""", parent="qy_b", sig=False)
    cal_text = """
Hi Oluwaseun Adeyemi,

A new event has been scheduled.

Event Type:
30 Minute Chat

Invitee:
Oluwaseun Adeyemi

Invitee Email:
seun.adeyemi@example.co.uk

Event Date/Time:
12:00pm - 12:30pm, Monday, March 30, 2026 (British Summer Time)

Location:
This is a Google Meet web conference. Join now

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly.com
"""
    case.add("qy_cal", calendly, [me], "2026-03-25 14:40", cal_text,
             subject="Confirmed: 30 Minute Chat with Amara Joseph on Monday, March 30, 2026",
             html=html_of(cal_text, "Calendly"), headers=AUTO, reply_to=amara, ics_mode="attach",
             ics=make_ics(
        method="REQUEST", uid=uid_uuid("mba-london", "qy"), stamp=at("2026-03-25 14:40"),
        start=at("2026-03-30 12:00"), end=at("2026-03-30 12:30"),
        summary="30 Minute Chat between Amara Joseph and Oluwaseun Adeyemi", organizer=amara,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid=LON,
        location="Google Meet", prodid="-//Calendly//Calendly 1.0//EN"))
    case.add("qy_ty", me, [amara], "2026-03-30 14:00", """
Hi Amara,

Thank you for the chat today. Quayline's approach to same-day freight is fascinating, and I'd love to take the next step.

Best,
""", parent="qy_c")
    case.add("qy_d", amara, [me], "2026-04-01 16:25", """
Hi Seun,

Lovely to chat on Monday! Next step is a case session with Jonas (our CEO) and Priya, probably w/c 13 or 20 April. Could you send me your availability for those two weeks, plus any dates that are a no-go?

Thanks!
Amara
""", parent="qy_ty")
    case.add("qy_e", me, [amara], "2026-04-02 08:30", """
Hi Amara,

Great news, thank you. Our exam timetable for next term comes out on Tuesday, so I'll send you my availability by Wednesday 8 April, once I know which days I'm sitting papers.

Best,
""", parent="qy_d")
    case.application("qy_intro", "qy_b", amara.email, answered_by="qy_c")
    case.meeting("qy_cal", at("2026-03-30 12:00"), at("2026-03-30 12:30"), met=[amara.email],
                 thanks={amara.email: "qy_ty"}, what="Quayline chat")
    case.own_promise("qy_intro", "qy_e", amara.email, "2026-04-08")
    case.thread("qy_intro", True, "recruiter", "Quayline",
                "talent lead writes first; CV sent and answered; Seun promised his availability "
                "'by Wednesday 8 April' and has not sent it")
    case.thread("qy_cal", True, "interview", "Quayline",
                "Calendly booking (ICS, organiser Amara) for Mon 30 Mar 12:00-12:30 BST; thanked "
                "in the other thread")
    case.expect("own_promise", "qy_intro", amara.email,
                "Seun: 'I'll send you my availability by Wednesday 8 April'; nothing sent to Amara "
                "since; due end of Wed 8 Apr")

    # ------------------------------------------------------------ Kinloch Health
    case.add("kin_app", me, [ben], "2026-03-16 13:10", """
Dear Ben,

I would like to be considered for the Strategy & Operations Manager role for Kinloch's London launch, which I saw on your careers page.

I am finishing a one-year MBA at Thamesbridge. Before that I ran distribution planning for Kestrel Foods in Lagos, where I designed the depot network that now serves 4,000 retailers. Standing up clinics in a new city is a network problem too, and I would love to help solve it.

My CV is attached.

Kind regards,
""", subject="Strategy & Operations Manager (London launch) \u2013 Oluwaseun Adeyemi",
             attachments=[CV])
    case.add("kin_b", ben, [me], "2026-03-17 09:40", """
Hi Oluwaseun,

Thanks for reaching out directly. Your Lagos network work is very relevant to what we're planning for the London clinics. Could we do a 45-minute call on Thursday, March 26 at 11am ET? That should be 3pm for you (your clocks haven't sprung forward yet, unlike ours). I'll send a Zoom link.

Best,
Ben
""", parent="kin_app")
    case.add("kin_c", me, [ben], "2026-03-17 14:20", """
Hi Ben,

Thursday 26 March at 3pm UK time works well, thank you. I'll look out for the link.

Best,
Seun
""", parent="kin_b", sig=False)
    case.add("kin_d", ben, [me], "2026-03-25 16:02", """
Zoom for tomorrow: https://kinlochhealth.zoom.us/j/84120093371 (passcode 552901). Talk soon.

B
""", parent="kin_c", sig=False)
    case.add("kin_ty", me, [ben], "2026-03-26 17:30", """
Dear Ben,

Thank you for the conversation this afternoon. Hearing how you sequenced the Boston clinics made the London plan feel very concrete.

As I said on the call, I'll put together a one-page note on how I would sequence the London launch and send it to you by Thursday 9 April; I'm sitting exams until the 3rd.

Best wishes,
""", parent="kin_d")
    case.add("kin_e", ben, [me], "2026-03-26 14:10", """
Sounds great, looking forward to reading it. Good luck with the exams!

Ben

Sent from my iPhone
""", parent="kin_ty")
    case.application("kin_app", "kin_app", ben.email, answered_by="kin_b")
    case.meeting("kin_app", at("2026-03-26 15:00"), at("2026-03-26 15:45"), met=[ben.email],
                 thanks={ben.email: "kin_ty"}, what="Kinloch Zoom call")
    case.own_promise("kin_app", "kin_ty", ben.email, "2026-04-09")
    case.thread("kin_app", True, "application", "Kinloch Health",
                "CV to the New York chief of staff, answered; Zoom Thu 26 Mar 11:00 ET = 15:00 "
                "GMT, thanked; Seun promised a one-page note 'by Thursday 9 April' and never "
                "sent it")
    case.expect("own_promise", "kin_app", ben.email,
                "Seun: 'I'll ... send it to you by Thursday 9 April' (the one-page launch note); "
                "nothing sent to Ben since; due end of Thu 9 Apr")

    # ----------------------------------------------------------------- Tidewell
    case.add("tw_app", me, [lauren], "2026-03-31 09:15", """
Dear Lauren,

Please find attached my application for the Operations Strategy Lead role at Tidewell: my CV and a short cover letter.

In brief: five years of distribution planning at Kestrel Foods in Lagos, a network redesign that cut cost-to-serve by 14%, and a one-year MBA at Thamesbridge, finishing in June. Tidewell's move into managed retrofit looks to me like a field-operations problem as much as a product one, which is exactly where I would like to work.

I'd be glad to talk whenever suits you.

Kind regards,
""", subject="Application \u2013 Operations Strategy Lead",
             attachments=[CV, cover("Tidewell", "Operations Strategy Lead")])
    case.add("tw_ooo", lauren, [me], dt.datetime(2026, 3, 31, 9, 15, 38, tzinfo=lauren.tz), """
Thank you for your message. I'm on annual leave until Tuesday 7 April with no access to email. For recruitment queries in the meantime, please contact talent@tidewell.com.

Lauren Pryce
Head of Talent, Tidewell
""", subject="Automatic reply: Application \u2013 Operations Strategy Lead", parent="tw_app",
             quote=False, sig=False, headers=OOO)
    case.application("tw_app", "tw_app", lauren.email)
    case.thread("tw_app", True, "application", "Tidewell",
                "CV and cover letter to the Head of Talent Tue 31 Mar; only an out-of-office "
                "(back Tue 7 Apr) came back")
    case.expect("application", "tw_app", lauren.email,
                "application of Tue 31 Mar answered only by an out-of-office; no person from "
                "Tidewell since; 7 business days end Thu 9 Apr")

    # ----------------------------------------------------------------- Fenmore
    case.add("fm_app", me, [rupert], "2026-03-27 17:40", """
Dear Mr Vale,

I am writing to apply for the Portfolio Operations Associate position advertised on the Thamesbridge careers portal.

Fenmore's value-creation work in mid-market food and logistics businesses is very close to what I did at Kestrel Foods, where I led the distribution network redesign and then rolled it out depot by depot. I would bring that operating experience, together with the finance and strategy training of my MBA, to your portfolio companies.

My CV is attached. Thank you for considering my application.

Yours sincerely,
""", subject="Portfolio Operations Associate \u2013 Thamesbridge MBA", attachments=[CV])
    case.application("fm_app", "fm_app", rupert.email)
    case.thread("fm_app", True, "application", "Fenmore Capital",
                "application with CV to operating partner Rupert Vale Fri 27 Mar 17:40 GMT; "
                "no answer")
    case.expect("application", "fm_app", rupert.email,
                "application of Fri 27 Mar with no answer from anyone at Fenmore; 7 business days "
                "end Tue 7 Apr (Thu 9 Apr if the Easter bank holidays are skipped); not stale")

    # ------------------------------------------------------------------ Pellham
    case.add("pf_app", me, [victoria], "2026-04-02 10:20", """
Dear Victoria,

I would like to be considered for the Strategy Manager vacancy in your team. I am finishing a one-year MBA at Thamesbridge; before that I ran distribution planning for Kestrel Foods, a Nigerian FMCG business, so Pellham's plans for its chilled network are close to my heart.

My CV is attached, and I would welcome a conversation.

Kind regards,
""", subject="Strategy Manager \u2013 application from a Thamesbridge MBA", attachments=[CV])
    case.add("pf_rej", josh, [me], "2026-04-09 16:00", """
Dear Oluwaseun,

Victoria passed your application on to me. Thank you for your interest in Pellham Foods and for taking the time to write to her.

We have had a strong response to this role and, after careful consideration, we won't be taking your application further on this occasion. We will keep your details on file should a suitable role come up.

Kind regards,
Josh
""", parent="pf_app", cc=[victoria])
    case.add("pf_b", me, [josh], "2026-04-09 18:30", """
Dear Josh,

Thank you for letting me know so quickly. I'd be glad to be considered if anything similar comes up.

Kind regards,
""", parent="pf_rej")
    case.application("pf_app", "pf_app", victoria.email, answered_by="pf_rej", ended_by="pf_rej")
    case.thread("pf_app", True, "rejection", "Pellham Foods",
                "CV to the Head of Strategy Thu 2 Apr; her talent partner rejected it Thu 9 Apr")
    case.forbid("pf_app", victoria.email,
                "the application of Thu 2 Apr was answered, and ended, by Josh Reeve's rejection "
                "on Thu 9 Apr (a person at Pellham, not Victoria herself); no meeting")

    # ---------------------------------------------------------------- Northgate
    ng_text = """
Dear Oluwaseun Adeyemi,

Thank you for your application for Strategy Manager, Supply Chain (JR-11872) at Northgate Retail.

Our Talent Acquisition team will review your application. If your skills and experience match the requirements of the role, a member of the team will contact you about next steps. You can check the status of your application in the Candidate Home section of our careers site.

Kind regards,
Northgate Retail Talent Acquisition

Please do not reply to this email.
"""
    case.add("ng_ack", workday_ng, [me], "2026-03-30 22:47", ng_text,
             subject="Northgate Retail: Application Received \u2013 Strategy Manager, Supply Chain "
                     "(JR-11872)", html_only=True, html=html_of(ng_text, "Northgate Retail"),
             headers=AUTO)
    case.thread("ng_ack", True, "application", "Northgate Retail",
                "portal application; Workday acknowledgement is the only mail")
    case.forbid("ng_ack", workday_ng.email,
                "a portal application answered only by a Workday acknowledgement: no person to "
                "write to (digest only, never a draft)")

    # ----------------------------------------------------------------- Fernleaf
    fl_text = """
Hi Oluwaseun,

Thanks for applying to Fernleaf! We've received your application for Strategy & Operations Manager (London).

We review every application carefully and will get back to you if there's a fit.

Fernleaf Hiring Team
"""
    case.add("fl_ack", greenhouse_fl, [me], "2026-03-12 20:05", fl_text,
             subject="Thank you for applying to Fernleaf", html_only=True,
             html=html_of(fl_text, "Fernleaf"), headers=AUTO)
    case.thread("fl_ack", True, "application", "Fernleaf",
                "Greenhouse acknowledgement (no-reply)")
    fl_inv_text = """
Hi Oluwaseun,

Your interview with Fernleaf has been scheduled.

Role: Strategy & Operations Manager (London)
Date: Thursday, April 16, 2026
Time: 4:00 PM - 5:00 PM BST
Format: Google Meet (link in your calendar invitation)
Interviewer: Laura Kim, VP Operations (laura.kim@fernleaf.io)

Need to reschedule? Reply to recruiting@fernleaf.io.

Powered by GoodTime
"""
    case.add("fl_inv", goodtime, [me], "2026-04-09 15:12", fl_inv_text,
             subject="Interview Confirmed: Strategy & Operations Manager \u2013 Fernleaf \u2013 "
                     "Thursday, April 16, 2026",
             html=html_of(fl_inv_text, "Fernleaf"), headers=AUTO)
    fl_mv_text = """
Hi Oluwaseun,

Laura had a conflict, so your interview has been moved.

Role: Strategy & Operations Manager (London)
New date: Monday, April 20, 2026
New time: 10:00 AM - 11:00 AM BST
Format: Google Meet
Interviewer: Laura Kim, VP Operations (laura.kim@fernleaf.io)

Your calendar invitation has been updated.

Powered by GoodTime
"""
    case.add("fl_mv", goodtime, [me], "2026-04-13 09:30", fl_mv_text,
             subject="Interview Rescheduled: Strategy & Operations Manager \u2013 Fernleaf \u2013 "
                     "Monday, April 20, 2026", parent="fl_inv", quote=False,
             html=html_of(fl_mv_text, "Fernleaf"), headers=AUTO, ics_mode="attach", ics=make_ics(
        method="REQUEST", uid=uid_uuid("mba-london", "fern"), stamp=at("2026-04-13 09:30"),
        start=at("2026-04-20 10:00"), end=at("2026-04-20 11:00"), sequence=1,
        summary="Fernleaf interview: Oluwaseun Adeyemi / Laura Kim", organizer=fern_rec,
        attendees=[(laura, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=LON, location="https://meet.google.com/wpe-hhxo-tbn",
        description="Interviewer: Laura Kim, VP Operations", prodid="-//GoodTime//EN"))
    case.meeting("fl_inv", at("2026-04-16 16:00"), at("2026-04-16 17:00"), met=[laura.email],
                 status="moved", what="Fernleaf interview, first slot")
    case.meeting("fl_inv", at("2026-04-20 10:00"), at("2026-04-20 11:00"), met=[laura.email],
                 status="scheduled", what="Fernleaf interview, moved")
    case.thread("fl_inv", True, "interview", "Fernleaf",
                "GoodTime confirmation naming Laura Kim for Thu 16 Apr, moved on 13 Apr to Mon "
                "20 Apr 10:00 BST (after now)")
    case.forbid("fl_inv", laura.email,
                "the interview was moved from Thu 16 Apr to Mon 20 Apr 10:00 and is still ahead")

    # ------------------------------------------------------------ Careers Centre
    case.add("cc_fiona", fiona, [me], "2026-04-10 12:30", """
Hi Seun,

Just confirming our 1:1 on Wednesday 15 April at 12:00 in G.14 (45 mins). You mentioned Corvane and Saltmarsh might both decide soon, so bring whatever you have and we'll cover offer negotiation as well as your Brackwell debrief.

Best,
Fiona
""", subject="Our 1:1 next Wednesday")
    case.add("cc_b", me, [fiona], "2026-04-10 13:02", """
Thanks Fiona, see you Wednesday.

Seun
""", parent="cc_fiona", sig=False)
    case.add("cc_ty", me, [fiona], "2026-04-15 16:10", """
Hi Fiona,

Thank you for today; the negotiation framework was exactly what I needed, and I feel far less nervous about the Corvane conversation if it comes.

Seun
""", parent="cc_b", sig=False)
    case.add("cc_c", fiona, [me], "2026-04-15 16:45", """
Glad it helped. Keep me posted!

F
""", parent="cc_ty", sig=False)
    case.meeting("cc_fiona", at("2026-04-15 12:00"), at("2026-04-15 12:45"), met=[fiona.email],
                 thanks={fiona.email: "cc_ty"}, what="careers adviser 1:1")
    case.thread("cc_fiona", True, "networking", "Thamesbridge Business School",
                "careers adviser 1:1 Wed 15 Apr 12:00-12:45, thanked the same afternoon")

    # --------------------------------------------------------------- networking
    case.add("nw_olivia", me, [olivia], "2026-03-10 12:10", """
Dear Olivia,

I'm on the current one-year MBA at Thamesbridge and found you through the alumni directory (Class of 2018). Before the MBA I ran distribution planning at Kestrel Foods in Lagos, and I'm now looking at strategy and operations roles in London, with payments high on my list.

Would you have 20 minutes in the next couple of weeks for me to ask how strategy teams work in a payments business? Happy to come to you, and the coffee is on me.

Best regards,
""", subject="Thamesbridge MBA \u2013 20 minutes on strategy roles in payments?")
    case.add("ol_b", olivia, [me], "2026-03-12 18:52", """
Hi Seun,

Happy to help a fellow Thamesbridger. I'm in early most days: how about coffee at 8am on Tuesday 24th at Leadenhall Market? I'll need to be back at my desk by 8.45.

Olivia

Sent from Outlook for iOS
""", parent="nw_olivia", sig=False)
    case.add("ol_c", me, [olivia], "2026-03-12 19:30", """
That's perfect, thank you. See you at 8 on the 24th.

Seun
""", parent="ol_b", sig=False)
    case.add("ol_ty", me, [olivia], "2026-03-24 10:40", """
Dear Olivia,

Thank you for the coffee this morning and for being so generous with your time. Your point about strategy teams earning their seat through one unglamorous operational win has stuck with me, and I'm rethinking how I pitch myself because of it.

Best regards,
""", parent="ol_c")
    case.add("ol_d", olivia, [me], "2026-03-25 07:50", """
Pleasure, Seun. Keep me posted on how things go, and I'll let you know if the ops strategy role we talked about gets signed off.

O
""", parent="ol_ty", sig=False)
    case.meeting("nw_olivia", at("2026-03-24 08:00"), at("2026-03-24 08:45"),
                 met=[olivia.email], thanks={olivia.email: "ol_ty"}, networking=True,
                 what="coffee with Olivia")
    case.thread("nw_olivia", True, "networking", "Arden Payments",
                "alumni coffee Tue 24 Mar 08:00-08:45 GMT at Leadenhall; thanked that morning; "
                "her reply of Wed 25 Mar is the last exchange")
    case.expect("networking", "nw_olivia", olivia.email,
                "last exchange her reply of Wed 25 Mar 07:50; 14 days on, the touch was due end "
                "of Wed 8 Apr; nothing since")

    case.add("nw_tunde", me, [tunde], "2026-03-16 20:10", """
Hi Tunde,

I'm on the current Thamesbridge MBA and saw on the alumni network that you run operations at Relay Freight. I'm exploring ops and strategy roles at scale-ups, especially in logistics, and would really value a quick catch-up call about how you made the move from consulting to an operating role.

Best,
""", subject="Fellow Thamesbridge alum \u2013 catch-up call?")
    case.add("tu_b", tunde, [me], "2026-03-17 08:05", """
Hi Seun, happy to. Thursday or Friday lunchtime next week? Half an hour by phone is easiest for me.

Tunde
""", parent="nw_tunde", sig=False)
    case.add("tu_c", me, [tunde], "2026-03-17 08:40", """
Friday works. 12:30? I'll ring the mobile in your signature.

Seun

Sent from my iPhone
""", parent="tu_b", sig=False)
    case.add("tu_d", tunde, [me], "2026-03-17 09:15", """
12:30 Friday 27th it is. Speak then.
""", parent="tu_c")
    case.add("tu_ty", me, [tunde], "2026-03-27 15:10", """
Hi Tunde,

Thank you for the call at lunchtime. Your advice to pick a scale-up by the quality of its COO rather than its last funding round is exactly the filter I needed.

Best,
""", parent="tu_d")
    case.meeting("nw_tunde", at("2026-03-27 12:30"), at("2026-03-27 13:00"), met=[tunde.email],
                 thanks={tunde.email: "tu_ty"}, networking=True, what="call with Tunde")
    case.thread("nw_tunde", True, "networking", "Relay Freight",
                "catch-up call agreed in words ('Friday works'), Fri 27 Mar 12:30-13:00 GMT; "
                "thanked that afternoon, no reply")
    case.expect("networking", "nw_tunde", tunde.email,
                "last exchange Seun's thank-you of Fri 27 Mar; the 14-day touch was due end of "
                "Fri 10 Apr; nothing since")

    case.add("nw_marianne", me, [marianne], "2026-03-11 09:30", """
Dear Marianne,

I'm a current Thamesbridge MBA student, and Fiona Garrett in the careers team suggested I get in touch. I'm interested in operations strategy roles in financial services and would love to hear how you built your team at Halcyon. Could I buy you a coffee some time in the next few weeks?

Kind regards,
""", subject="Fellow Thamesbridge MBA \u2013 could I buy you a coffee?")
    case.add("ma_b", marianne, [me], "2026-03-11 13:20", """
Hi Seun, coffee is hard in my diary but drinks after work would be easy. Thursday 19th at 5.30 at the Jamaica Wine House?

Marianne
""", parent="nw_marianne", sig=False)
    case.add("ma_c", me, [marianne], "2026-03-11 13:45", """
That sounds great. See you there on the 19th.

Seun
""", parent="ma_b", sig=False)
    case.add("ma_ty", me, [marianne], "2026-03-19 21:15", """
Dear Marianne,

Thank you for this evening and for the drinks, which I was meant to be buying! Your story about rebuilding the branch-closure programme around customer journeys rather than cost is one I'll be thinking about for a while.

Best regards,
""", parent="ma_c")
    case.add("ma_d", marianne, [me], "2026-03-20 08:10", """
Lovely to meet you too. Good luck with Corvane: Helen's final rounds are always heavy on the written case, so practise one against the clock!

M
""", parent="ma_ty", sig=False)
    case.add("nw_m2", me, [marianne], "2026-04-07 12:10", """
Hi Marianne,

A quick update: Corvane have invited me to their final round this Thursday, and your tip about the written case has completely changed how I'm preparing. Thank you!

Best,
Seun
""", subject="Quick update \u2013 and thank you", sig=False)
    case.add("m2_b", marianne, [me], "2026-04-08 08:30", """
That's great news! Separately: Ian Blake, our COO, is building a small transformation team and I think you'd be a strong candidate. Send me your CV and I'll pass it on?

M
""", parent="nw_m2", sig=False)
    case.add("m2_c", me, [marianne], "2026-04-08 09:05", """
Thank you, that's very kind. I'd like to tailor it a bit first; I'll send it over by Friday.

Seun
""", parent="m2_b", sig=False)
    case.add("m2_d", me, [marianne], "2026-04-09 20:40", """
Hi Marianne,

As promised, my CV is attached, reworked to lead with the transformation side of the Kestrel work. Thank you again for offering to pass it to Ian.

Best,
""", parent="m2_c", attachments=[CV])
    case.add("m2_e", marianne, [me], "2026-04-10 07:55", """
Thanks Seun, forwarded to Ian this morning with a note.

M
""", parent="m2_d", sig=False)
    case.meeting("nw_marianne", at("2026-03-19 17:30"), None, met=[marianne.email],
                 thanks={marianne.email: "ma_ty"}, networking=True, what="drinks with Marianne")
    case.own_promise("nw_m2", "m2_c", marianne.email, "2026-04-10", kept_by="m2_d")
    case.application("nw_m2", "m2_d", marianne.email, answered_by="m2_e")
    case.thread("nw_marianne", True, "networking", "Halcyon Bank",
                "after-work drinks Thu 19 Mar 17:30 (no end given), thanked that night; "
                "her reply Fri 20 Mar")
    case.thread("nw_m2", True, "networking", "Halcyon Bank",
                "Seun writes again Tue 7 Apr in a new thread; she asks for a CV, Seun promises it "
                "'by Friday', sends it Thu 9 Apr, she forwards it Fri 10 Apr")
    case.forbid("nw_marianne", marianne.email,
                "drinks of 19 Mar were thanked, and the two wrote again from 7 to 10 Apr in "
                "another thread, which resets the clock: the next touch is due end of Fri 24 Apr")
    case.forbid("nw_m2", marianne.email,
                "the CV promised 'by Friday' was sent on Thu 9 Apr (own promise kept) and "
                "Marianne answered it on Fri 10 Apr")

    case.add("nw_james", me, [james], "2026-04-02 19:00", """
Dear James,

I'm finishing the one-year MBA at Thamesbridge and am weighing up operations consulting against in-house roles. I saw on the alumni network that you moved to Oakridge after your MBA; would you be able to spare a quarter of an hour to tell me how you found the switch?

Kind regards,
""", subject="Thamesbridge MBA \u2013 15 minutes on operations consulting?")
    case.add("ja_b", james, [me], "2026-04-07 13:05", """
Hi Seun,

Happy to. Coffee next Tuesday (14th) at 8.30 at Leadenhall? I need to be back at my desk by 9.15.

James
""", parent="nw_james")
    case.add("ja_c", me, [james], "2026-04-07 13:40", """
Thanks so much, James. Tuesday at 8.30 is great; see you there.

Seun
""", parent="ja_b", sig=False)
    case.add("ja_d", me, [james], "2026-04-13 21:05", """
Hi James, looking forward to tomorrow, and thanks again for making the time. I'll be the one in the green scarf!

Seun

Sent from my iPhone
""", parent="ja_c", sig=False)
    case.meeting("nw_james", at("2026-04-14 08:30"), at("2026-04-14 09:15"), met=[james.email],
                 networking=True, what="coffee with James")
    case.thread("nw_james", True, "networking", "Oakridge Advisory",
                "'a quarter of an hour' request; coffee Tue 14 Apr 08:30-09:15 BST; the only "
                "thanks were sent before it")
    case.expect("thank_you", "nw_james", james.email,
                "coffee Tue 14 Apr 08:30-09:15 took place; both 'thanks' came before it; overdue "
                "since Wed 15 Apr 09:15 (the 14-day touch is not due until end of Tue 28 Apr)")

    # ===================================================================== NOISE
    # study group
    sg_text = """
Arjun Mehta has invited you to an event.

Ops Strategy \u2013 group report push
Tuesday 14 April 2026 \u22c5 18:00 \u2013 19:30 (British Summer Time)
Library \u2013 Group Study Room 3

Guests
Arjun Mehta - organiser
seun.adeyemi@example.co.uk
Chlo\u00e9 Martin
Daniel Osei

Reply for seun.adeyemi@example.co.uk: Yes / No / Maybe

Invitation from Google Calendar
"""
    case.add("sg_inv", arjun_cal, [me, chloe_m, daniel], "2026-04-10 10:15", sg_text,
             subject="Invitation: Ops Strategy \u2013 group report push @ Tue 14 Apr 2026 "
                     "18:00 - 19:30 (BST) (seun.adeyemi@example.co.uk)",
             html=html_of(sg_text), headers=GCAL, ics=make_ics(
        method="REQUEST", uid=uid_google("mba-london", "sg"), stamp=at("2026-04-10 10:15"),
        start=at("2026-04-14 18:00"), end=at("2026-04-14 19:30"),
        summary="Ops Strategy \u2013 group report push", organizer=arjun_cal, tzid=LON,
        attendees=[(arjun_cal, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (chloe_m, "NEEDS-ACTION", "INDIVIDUAL"), (daniel, "ACCEPTED", "INDIVIDUAL"),
                   (("Library-Group Study Room 3", "c_gsr3tb@resource.calendar.google.com"),
                    "ACCEPTED", "ROOM")],
        location="Library \u2013 Group Study Room 3", prodid=GCAL_ID))
    case.add("sg_b", chloe_m, [arjun, me, daniel], "2026-04-14 17:52", """
Running 10 mins late, start without me x
""", parent="sg_inv", quote=False)
    case.meeting("sg_inv", at("2026-04-14 18:00"), at("2026-04-14 19:30"),
                 met=[arjun.email, chloe_m.email, daniel.email], job=False,
                 what="MBA study group")
    case.thread("sg_inv", False, None, "Thamesbridge Business School",
                "study group session Tue 14 Apr (Google Calendar, room in attendees)")
    case.forbid("sg_inv", arjun.email,
                "an MBA study-group session, not job search: no thank-you is owed")

    case.add("sg_rep", arjun, [me, chloe_m, daniel], "2026-04-08 22:30", """
Hi all,

Final report is due Fri 17 April at noon. Proposed split:
1. Intro + exec summary - me & Chlo\u00e9
2. Market context - Chlo\u00e9
3. Network design - Seun?
4. Implementation + exhibits - Daniel

Shout if you want to swap.

A
""", subject="Ops Strategy group report \u2013 who's doing what")
    case.add("sg_rep_b", me, [arjun, chloe_m, daniel], "2026-04-09 07:50", """
Yes, happy with 3. I'll have a first draft of section 3 to you all by Wednesday night.

S
""", parent="sg_rep", sig=False)
    case.add("sg_rep_c", daniel, [arjun, me, chloe_m], "2026-04-09 09:10", """
4 is fine for me. I'll also do the appendix tables.

D
""", parent="sg_rep_b")
    case.add("sg_rep_d", me, [arjun, chloe_m, daniel], "2026-04-15 22:40", """
Section 3 attached: 2,100 words, sorry, it got away from me.

S
""", parent="sg_rep_c", sig=False, quote=False, attachments=[(
        "Section3_Network_Design_v1.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        b"PK\x03\x04" + b"section 3 draft " * 40)])
    case.add("sg_rep_e", arjun, [me, chloe_m, daniel], "2026-04-16 08:05", """
Legend. Chlo\u00e9 and I will do the exec summary tonight.
""", parent="sg_rep_d")
    case.own_promise("sg_rep", "sg_rep_b", arjun.email, "2026-04-15", kept_by="sg_rep_d",
                     job=False)
    case.thread("sg_rep", False, None, "Thamesbridge Business School",
                "coursework split; Seun's 'by Wednesday night' kept on Wed 15 Apr")

    case.add("sg_soc", chloe_m, [me, arjun, daniel], "2026-04-15 13:20", """
Post-submission drinks on Friday 24th? The Hoop, from 7. Non-negotiable \U0001f37b
""", subject="drinks 24th??")
    case.add("sg_soc_b", me, [chloe_m, arjun, daniel], "2026-04-15 14:02", """
I'm in!
""", parent="sg_soc", sig=False)
    case.meeting("sg_soc", at("2026-04-24 19:00"), None, status="scheduled", job=False,
                 what="end-of-term drinks")
    case.thread("sg_soc", False, None, None, "study group social, Fri 24 Apr")

    # flat
    case.add("flat_bills", rhys, [me, ines], "2026-04-07 19:20", """
Alright both,

Thames Water (\u00a396.40) and Octopus (\u00a3211.17) are in for March, so that's \u00a3102.52 each. Maths is in the spreadsheet.

Cheers,
R
""", subject="Bills \u2013 March")
    case.add("fb_b", ines, [rhys, me], "2026-04-07 20:01", """
Done! \U0001f4b8
""", parent="flat_bills")
    case.add("fb_c", me, [rhys], "2026-04-07 22:15", """
Sorry mate, exams this week have wrecked me. I'll transfer my share by Friday.
""", parent="flat_bills", cc=[ines], sig=False)
    case.own_promise("flat_bills", "fb_c", rhys.email, "2026-04-10", job=False)
    case.thread("flat_bills", False, None, None,
                "flatmate splits the bills; Seun promises his share 'by Friday' and has not "
                "written since (Monzo request on 13 Apr)")
    case.forbid("flat_bills", rhys.email,
                "a promise to a flatmate about the bills: the user's own life, not job search")

    case.add("flat_rota", ines, [me, rhys], "2026-03-22 11:40", """
Hi guys, new cleaning rota for April attached to the fridge (literally). Seun you're bathroom first week, sorry x
""", subject="April rota")
    case.add("flat_rota_b", me, [ines, rhys], "2026-03-22 12:05", """
Noted \U0001fae1
""", parent="flat_rota", sig=False)
    case.thread("flat_rota", False, None, None, "flat share chores")

    case.add("let_insp", megan, [me, rhys, ines], "2026-04-09 11:00", """
Dear Tenants,

We are due to carry out the six-monthly inspection of Flat 4, 27 Cable Street during the week commencing 20 April. We will confirm the inspector's arrival window by Monday 13 April.

Please make sure the smoke alarms are accessible and let us know of any repairs needed.

Kind regards,
Megan
""", subject="Periodic inspection \u2013 Flat 4, 27 Cable Street")
    case.add("let_b", rhys, [megan, me, ines], "2026-04-09 12:14", """
Thanks Megan. Can you send someone about the bathroom extractor fan while you're at it? It's been dead since February.

Rhys
""", parent="let_insp")
    case.promise("let_insp", "let_insp", megan.email, "2026-04-13", job=False)
    case.thread("let_insp", False, None, "Harlow Lettings",
                "letting agent's 'we will confirm ... by Monday 13 April', nothing since")
    case.forbid("let_insp", megan.email,
                "the letting agent's lapsed promise is about the flat, not the job search: no "
                "callback")

    # family
    case.add("fam_mum", mum, [me], "2026-03-23 06:12", """
Seun mi,

How are you? Are you eating well? Daddy says you have not called since Sunday. How is the exam preparation. We are praying for you every morning, God will open doors.

Auntie Bisi's 60th is now 6 June in Ibadan, she is asking if you will come.

E ku ise o.
Mummy

Sent from Yahoo Mail on Android
""", subject="How are you my son")
    case.add("fam_mum_b", me, [mum], "2026-03-23 21:30", """
Good evening Mummy! I'm fine, eating well I promise \U0001f604 Exams start next week. Tell Auntie Bisi I'll try my best for June, it depends on when the new job starts.

Your son,
Seun
""", parent="fam_mum", sig=False)
    case.thread("fam_mum", False, None, None, "mother, family news")

    case.add("fam_mum2", mum, [me], "2026-04-09 07:02", """
Seun,

Happy Easter (belated). How did the interviews go? I will call you on Sunday after service, make sure you pick.

Mummy

Sent from Yahoo Mail on Android
""", subject="Easter and your interviews")
    case.add("fam_mum2_b", me, [mum], "2026-04-09 12:00", """
Yes ma, I'll pick! The big one is this morning, pray for me \U0001f64f\U0001f3fe
""", parent="fam_mum2", sig=False)
    case.add("fam_mum2_c", mum, [me], "2026-04-12 15:40", """
Thank God for the good news. Your voice sounded tired on the phone, rest well and drink water.

Mummy
""", parent="fam_mum2_b")
    case.promise("fam_mum2", "fam_mum2", mum.email, "2026-04-12", answered_by="fam_mum2_c",
                 job=False)
    case.own_promise("fam_mum2", "fam_mum2_b", mum.email, "2026-04-12", job=False)
    case.thread("fam_mum2", False, None, None, "mother's Sunday call, made")

    case.add("fam_grp", dad, [me, tolu, dayo], "2026-04-05 08:30", """
My children,

Happy Easter to you all. He is risen! Olorun a bukun fun gbogbo yin. Remember to call your mother today.

Daddy
""", subject="HAPPY EASTER \U0001f423\u271d\ufe0f")
    case.add("fam_grp_b", tolu, [dad, me, dayo], "2026-04-05 09:15", """
Happy Easter Daddy!! \U0001f64f\U0001f3fe Dayo abeg send the pictures from church
""", parent="fam_grp", quote=False)
    case.add("fam_grp_c", dayo, [dad, me, tolu], "2026-04-05 11:02", """
Happy Easter all. Pictures dey the WhatsApp group o, check am.
""", parent="fam_grp_b", quote=False)
    case.add("fam_grp_d", me, [dad, tolu, dayo], "2026-04-05 13:20", """
Happy Easter Daddy, happy Easter everyone \u2764\ufe0f Just spoke to Mummy.
""", parent="fam_grp_c", sig=False, quote=False)
    case.thread("fam_grp", False, None, None, "family Easter messages, Yoruba and Pidgin")

    case.add("fam_fwd", dad, [me], "2026-04-01 06:45", """
Read this one. Very useful.

Daddy

---------- Forwarded message ---------
From: Pastor Emmanuel Adebisi <p.adebisi@gmail.com>
Date: Tue, 31 Mar 2026 at 21:02
Subject: Fwd: 10 THINGS NEVER TO SAY IN A JOB INTERVIEW!!!

1. Never say "I don't know" to the interviewer.
2. Never ask about salary at the first interview.
3. Always send a thank you letter to the recruiter the same day.
4. Never speak badly of your former employer.
...
SHARE WITH YOUR CHILDREN WHO ARE JOB HUNTING. GOD BLESS.
""", subject="Fwd: Fwd: 10 THINGS NEVER TO SAY IN A JOB INTERVIEW!!!")
    case.add("fam_fwd_b", me, [dad], "2026-04-01 08:10", """
Thank you Daddy \U0001f602 noted, especially number 3.
""", parent="fam_fwd", sig=False, quote=False)
    case.thread("fam_fwd", False, None, None, "father forwards a chain letter full of job words")

    case.add("fam_tolu", tolu, [me], "2026-03-13 17:40", """
Bros, when is your graduation?? Mummy wants to book flights already and you know how she is \U0001f62d

Also send me money for data abeg (joking. partially)
""", subject="Graduation tickets??")
    case.add("fam_tolu_b", me, [tolu], "2026-03-13 19:05", """
Lol. 9 July I think, I'll confirm when the school sends the ticket link. Tell Mummy to wait small.
""", parent="fam_tolu", sig=False)
    case.thread("fam_tolu", False, None, None, "sister asks about graduation")

    # money and transport
    def notice(key, who, when, subject, text, hdr=AUTO):
        case.add(key, who, [me], when, text, subject=subject, html_only=True,
                 html=html_of(text, subject), headers=hdr)

    notice("mz_stmt", monzo, "2026-04-02 07:05", "Your March statement is ready", """
Hi Oluwaseun,

Your statement for March 2026 is ready to view in the Monzo app.

Money in: \u00a32,412.00
Money out: \u00a32,187.36
Biggest category: Eating out (\u00a3214.50)

The Monzo team
""")
    notice("mz_req", monzo, "2026-04-13 09:02", "Rhys Morgan requested \u00a3102.52", """
Rhys Morgan has requested \u00a3102.52 from you.

"bills march \U0001f6b0\u26a1"

Tap to pay in the Monzo app.
""")
    notice("mz_pot", monzo, "2026-03-25 18:30", "Your Graduate visa pot hit its goal \U0001f389", """
Nice one, Oluwaseun! Your "Graduate visa" pot just reached its \u00a3880 goal.
""")
    notice("tfl_stmt", tfl, "2026-04-06 06:00", "Your contactless journey history for March 2026", """
Dear Oluwaseun Adeyemi,

Your monthly statement for the contactless card ending 4417 is now available.

Total charged in March: \u00a3118.40 (52 journeys, capped on 9 days).

Transport for London
""")
    notice("tfl_ref", tfl, "2026-03-20 12:14", "Service delay refund: \u00a32.90", """
Dear Oluwaseun Adeyemi,

Good news: we have refunded \u00a32.90 to your contactless card ending 4417 for your delayed journey on the Central line on 17 March 2026.

Transport for London
""")
    notice("tfl_news", tfl_news, "2026-03-27 16:00", "Travelling over Easter? Plan ahead", """
Parts of the Elizabeth line and the Overground will be closed over the Easter weekend, Friday 3 to Monday 6 April. Check before you travel at tfl.gov.uk/status.
""", hdr=dict(AUTO, **bulk("easter.info.tfl.gov.uk")))
    case.add("gym", gym, [me], "2026-04-01 07:00", """
Hi Oluwaseun,

Your membership freeze has ended and your membership is active again from today. Your next payment of \u00a324.99 will be taken on 1 May.

Ironworks Gym, Aldgate
""", subject="Welcome back! Your membership is active", headers=AUTO)
    for k in ("mz_stmt", "mz_req", "mz_pot", "tfl_stmt", "tfl_ref", "tfl_news", "gym"):
        case.thread(k, False, None, None, "notification")

    # five-a-side
    case.add("fives", kwame, [me, olly, femi], "2026-04-13 12:30", """
Lads, 5s this Thursday the 16th. In or out?

K
""", subject="5s Thursday 16th \u2013 in or out?")
    case.add("fives_b", me, [kwame, olly, femi], "2026-04-13 12:45", """
In \U0001f64b\U0001f3fe\u200d\u2642\ufe0f
""", parent="fives", sig=False, quote=False)
    case.add("fives_c", olly, [kwame, me, femi], "2026-04-13 13:10", """
In but might be 10 late from work
""", parent="fives_b", quote=False)
    case.add("fives_d", kwame, [me, olly, femi], "2026-04-15 18:00", """
We're 10. Pitch 3 at Shoreditch Park, 7pm sharp. \u00a37 each, Monzo me.
""", parent="fives_c", quote=False)
    case.add("fives_e", kwame, [me, olly, femi], "2026-04-16 21:35", """
Good game lads. 9-6 bibs. Seun MOTM, that volley \U0001f525\U0001f525
""", parent="fives_d", quote=False)
    case.meeting("fives", at("2026-04-16 19:00"), at("2026-04-16 20:00"),
                 met=[kwame.email, olly.email, femi.email], job=False, what="five-a-side")
    case.thread("fives", False, None, None, "Thursday five-a-side, played 16 Apr")

    case.add("fives_subs", kwame, [me, olly, femi], "2026-03-31 20:15", """
Spring block: \u00a335 for five Thursdays (16 Apr to 14 May, skipping Easter week). Sort code and account number in the group chat.
""", subject="Spring subs")
    case.add("fives_subs_b", me, [kwame], "2026-03-31 20:40", """
Sent \U0001f44d\U0001f3fe
""", parent="fives_subs", sig=False, quote=False)
    case.thread("fives_subs", False, None, None, "five-a-side subs")

    # alerts and newsletters
    li1 = """
Your job alert for "strategy and operations" in London

Strategy & Operations Manager - Arden Payments - London (Hybrid)
Operations Strategy Lead - Tidewell - London
Strategy Associate - Corvane Partners - London
Head of Business Operations - Relay Freight - London
+ 8 more jobs

Apply with your profile. Recruiters are looking at candidates like you.
"""
    case.add("li1", linkedin, [me], "2026-03-18 07:30", li1,
             subject="\u201cstrategy and operations\u201d: Arden Payments - Strategy & Operations "
                     "Manager and more", html=html_of(li1),
             headers=dict(AUTO, **bulk("jobs.linkedin.com")))
    li2 = """
Your job alert for "strategy and operations" in London

Chief of Staff - Quayline - London
Strategy Manager - Orbis Mobility - London
Interview-ready? Practise with AI mock interviews on LinkedIn Premium.
+ 14 more jobs
"""
    case.add("li2", linkedin, [me], "2026-04-08 07:30", li2,
             subject="\u201cstrategy and operations\u201d: Quayline - Chief of Staff and more",
             html=html_of(li2), headers=dict(AUTO, **bulk("jobs.linkedin.com")))
    th = """
12 new Strategy & Ops roles at scale-ups this week

- BizOps Lead, Saltmarsh (Series B, grocery)
- Strategy & Operations Manager, Fernleaf (Series A, climate)
- Founder's Associate, stealth fintech

Recruiters say: follow up on every application within a week!
"""
    case.add("thrive", thrive, [me], "2026-04-14 08:00", th,
             subject="This week in Strategy & Ops: 12 new roles", html=html_of(th),
             headers=dict(AUTO, **bulk("weekly.thrivejobs.co.uk")))
    op1 = """
The Operator \u2013 Issue #112: Why every scale-up COO ends up rebuilding the S&OP process

This week: three COOs on the planning meeting nobody wants to run, and a job board of ops roles worth your time.
"""
    case.add("op1", operator, [me], "2026-03-19 06:30", op1,
             subject="Why every scale-up COO ends up rebuilding S&OP", html=html_of(op1),
             headers=bulk("theoperator.substack.com"))
    op2 = """
The Operator \u2013 Issue #115: Interviewing for ops roles: the case questions that keep coming up

Plus: a reader asks whether to chase a hiring manager who went quiet.
"""
    case.add("op2", operator, [me], "2026-04-09 06:30", op2,
             subject="The case questions that keep coming up", html=html_of(op2),
             headers=bulk("theoperator.substack.com"))
    for k in ("li1", "li2", "thrive", "op1", "op2"):
        case.thread(k, False, None, None, "job alert or newsletter, owes nothing")

    # school
    cn1 = """
Careers Weekly

- MBA recruiting calendar: April deadlines for corporate leadership programmes
- Workshop: negotiating your offer, Thu 26 March
- Book a 1:1 with your careers consultant on CareerHub
"""
    case.add("cn1", careers, [me], "2026-03-16 08:00", cn1,
             subject="Careers Weekly \u2013 recruiting calendar and offer negotiation",
             html=html_of(cn1), headers=dict(AUTO, **bulk("weekly.careers.thamesbridge.ac.uk")))
    cn2 = """
Careers Weekly

- Still searching? You're not alone: 61% of last year's one-year MBAs signed after May.
- Alumni coffee scheme: sign up to be matched with a graduate in your target sector.
"""
    case.add("cn2", careers, [me], "2026-04-13 08:00", cn2,
             subject="Careers Weekly \u2013 alumni coffee scheme", html=html_of(cn2),
             headers=dict(AUTO, **bulk("weekly.careers.thamesbridge.ac.uk")))
    ex = """
Dear student,

The Term 3 examination timetable has been published on the student portal. Examinations run from Monday 11 May to Friday 22 May 2026.

Registry
"""
    case.add("exams", registry, [me], "2026-04-07 10:00", ex,
             subject="Term 3 examination timetable published", html=html_of(ex), headers=AUTO)
    el = """
Dear student,

Bidding for Term 3 electives closes at 12:00 on Monday 20 April. Log in to the student portal to place your bids.

Programme Office
"""
    case.add("elect", registry, [me], "2026-04-14 09:00", el,
             subject="Reminder: Term 3 elective bidding closes Monday 20 April",
             html=html_of(el), headers=AUTO)
    ab = """
Thamesbridge Africa Business Club presents

Lagos Tech Week debrief: what founders told us
Thursday 23 April, 18:30, Lecture Theatre 2, followed by jollof and drinks.

Members free, register on CampusGroups.
"""
    case.add("abc", abc, [me], "2026-04-10 17:00", ab,
             subject="Thu 23 April: Lagos Tech Week debrief", html=html_of(ab),
             headers=bulk("members.africaclub.thamesbridge.ac.uk"))
    case.meeting("abc", at("2026-04-23 18:30"), None, status="scheduled", job=False,
                 what="club event")
    for k in ("cn1", "cn2", "exams", "elect", "abc"):
        case.thread(k, False, None, "Thamesbridge Business School", "school mail")

    # health and receipts
    gp_text = """
Dear Oluwaseun Adeyemi,

Your appointment is confirmed:

Wednesday 15 April 2026 at 14:20
Dr Anika Shah (GP), telephone appointment
Columbia Road Surgery, 84 Columbia Road, London E2 7QB

To cancel, reply CANCEL or call 020 7946 0233.
"""
    case.add("gp", gp, [me], "2026-04-08 10:15", gp_text,
             subject="Appointment confirmation \u2013 Wed 15 April 14:20", headers=AUTO,
             ics_mode="publish", ics=make_ics(
        method="PUBLISH", uid=uid_uuid("mba-london", "gp"), stamp=at("2026-04-08 10:15"),
        start=at("2026-04-15 14:20"), end=at("2026-04-15 14:30"),
        summary="GP telephone appointment \u2013 Dr Anika Shah", organizer=gp, tzid=LON,
        location="Columbia Road Surgery", prodid="-//EMIS//Appointments//EN"))
    case.meeting("gp", at("2026-04-15 14:20"), at("2026-04-15 14:30"), met=[], job=False,
                 what="GP appointment")
    case.thread("gp", False, None, "Columbia Road Surgery", "GP appointment (ICS PUBLISH)")

    dr = """
Thanks for your order, Oluwaseun!

Chuku's, Tottenham
1 x Jollof rice with chicken thigh
1 x Puff puff (6)
Total: \u00a318.95
"""
    case.add("deliv", deliveroo, [me], "2026-03-22 20:14", dr,
             subject="Your order from Chuku's", html=html_of(dr), headers=AUTO)
    am = """
Hello Oluwaseun Adeyemi,

Thank you for your order. We'll let you know when it has dispatched.

Case in Point: Complete Case Interview Preparation
Quantity: 1  Price: \u00a327.99
"""
    case.add("amzn", amazon, [me], "2026-03-30 21:40", am,
             subject="Your Amazon.co.uk order of \"Case in Point: Complete Case Interview...\"",
             html=html_of(am), headers=AUTO)
    case.thread("deliv", False, None, None, "receipt")
    case.thread("amzn", False, None, None, "receipt, a case-interview book")

    # friends
    case.add("chidi", chidi, [me, kwame, femi], "2026-03-30 12:00", """
Oya people, birthday dinner Saturday 11 April, Chuku's in Tottenham, 7.30pm. I've booked for 8. Come hungry \U0001f382
""", subject="Birthday dinner Sat 11th \U0001f389")
    case.add("chidi_b", me, [chidi, kwame, femi], "2026-03-30 12:20", """
Wouldn't miss it! \U0001f973
""", parent="chidi", sig=False, quote=False)
    case.add("chidi_c", chidi, [me, kwame, femi], "2026-04-11 11:00", """
Reminder: tonight 7.30, table under Okeke. Don't be on African time please \U0001f602
""", parent="chidi_b", quote=False)
    case.meeting("chidi", at("2026-04-11 19:30"), None, met=[chidi.email], job=False,
                 what="birthday dinner")
    case.thread("chidi", False, None, None, "friend's birthday dinner Sat 11 Apr")

    case.summary = (
        "Oluwaseun \u201cSeun\u201d Adeyemi, 29, is finishing a one-year MBA at Thamesbridge "
        "Business School in London after five years in distribution planning in Lagos, and is "
        "applying to strategy and operations roles. The mailbox runs from Mon 2 March to Friday "
        "17 April 2026, 08:30 BST, across the change from GMT to BST on 29 March and the "
        "Easter bank holidays (3 and 6 April). He emails CVs to named people: a Corvane "
        "partner answers in person and runs him through two rounds, ending with a decision "
        "'after the partners' meeting on the 14th', his promise of references by Monday (kept) "
        "and her out-of-office to Tue 21 April, which moves the callback past `now`; Tidewell's "
        "Head of Talent answers only with an out-of-office and Fenmore's partner not at all (both "
        "application follow-ups due); Pellham's head of strategy is answered by a colleague's "
        "rejection; Northgate is a portal application with only a Workday acknowledgement. "
        "Brackwell's assessment centre names its two assessors without addresses and the "
        "Saltmarsh COO brings his Finance Director, so Seun should ask each arranger for them; "
        "Greyfriars' recruiter already gave the interviewer's address when asked. Alumni coffees "
        "and calls: two contacts are due a second touch, one was written to again, one coffee "
        "was thanked only beforehand. Seun owes Quayline his availability and Kinloch a one-page "
        "note; Lumio and a headhunter went quiet after dated promises; Orbis rejected him after "
        "an unthanked call. Noise: an MBA study group, a flat share and letting agent, Nigerian "
        "family mail in English, Yoruba and Pidgin, Monzo, TfL, five-a-side, job alerts, school "
        "mail, a GP appointment. %d threads (%d job search), %d messages, `now` = `%s`."
        % (len(case.threads), sum(1 for t in case.threads if t[1]), len(case.msgs),
           now.isoformat()))
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
