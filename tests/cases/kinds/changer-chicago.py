#!/usr/bin/env python3
"""changer-chicago: an ICU nurse in Chicago moving into UX research (KINDS.md labels).

Maria Gonzalez-Park's mailbox from late February to Wednesday, April 15, 2026, 10:15 CDT.
Her search is mostly networking (coffee chats, alumni and LinkedIn introductions, a UX
meetup), some applications emailed to named hiring managers, a few portal applications,
a recruiter screen or two and two interviews. Labels cover thank_you, callback and the
kinds of tests/cases/KINDS.md: application, networking, ask_for_address, own_promise.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403  Person, Case, make_ics, make_pdf, html_of, ...
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "changer-chicago"
CHI = "America/Chicago"
NY = "America/New_York"

MARIA_SIG = """Maria Gonzalez-Park, BSN, RN
UX Research | Northline UX Academy certificate, 2026
(773) 555-0148 | mariagonzalezpark.example.com"""

RESUME = make_pdf([
    "Maria Gonzalez-Park, BSN, RN",
    "UX Researcher | Chicago, IL | (773) 555-0148 | maria.gonzalezpark@example.com",
    "Portfolio: mariagonzalezpark.example.com",
    "",
    "EDUCATION",
    "Northline UX Academy - UX Research Certificate (2026)",
    "Loyola University Chicago - BSN (2016)",
    "",
    "RESEARCH",
    "Discharge checklist study, MICU, St. Casimir Medical Center (2025):",
    "  12 semi-structured interviews with nurses and families; redesign adopted unit-wide",
    "Night-shift handoff diary study (course project, 2026): 8 participants, 2 weeks",
    "",
    "CLINICAL EXPERIENCE",
    "Staff Nurse, Medical ICU, St. Casimir Medical Center (2017 - present)",
    "  Charge nurse rotation; preceptor for new graduate residents; unit practice council",
])

COVER = make_pdf([
    "Maria Gonzalez-Park - Cover letter",
    "Research Operations Coordinator, Cardinal Labs",
    "",
    "For nine years I have coordinated admissions, family meetings and multi-team rounds",
    "in a 24-bed medical ICU. In my certificate program I ran recruiting, scheduling and",
    "consent for a twelve-participant interview study. Research operations is where those",
    "two skills meet, and I would be glad to bring them to Cardinal Labs.",
])

PLAN = make_pdf([
    "Sample research plan - medication reminder concept",
    "Prepared for Tessellate Health by Maria Gonzalez-Park",
    "",
    "Goal: learn how family caregivers who work shifts fit medication reminders into the day",
    "Method: 8 remote interviews + 1 week of photo diaries; 45-minute sessions",
    "Recruiting: caregiver networks, two clinics; evening and weekend slots offered",
    "Outputs: journey map, top 5 failure points, concept test of 2 reminder patterns",
])

CANDIDATE_RESUME = make_pdf([
    "Jenna Whitaker, BSN",
    "New graduate registered nurse",
    "Clinical practicum: Medical ICU, Rush-area teaching hospital (2025)",
    "BLS, ACLS",
])


def build():
    tz = ZoneInfo(CHI)
    now = dt.datetime(2026, 4, 15, 10, 15, tzinfo=tz)
    me = Person("Maria Gonzalez-Park", "maria.gonzalezpark@example.com", CHI, "webmail",
                sig=MARIA_SIG, msgid_domain="example.com")
    case = Case(
        NAME,
        "ICU nurse in Chicago moving into UX research: networking, emailed applications, "
        "two interviews, her own promises and out-of-office replies (KINDS.md labels)",
        {"name": "Maria Gonzalez-Park", "emails": [me.email], "phone": "+1 773 555 0148",
         "timezone": CHI},
        now,
        "",
    )
    case.me = me
    at = case.at
    resume = ("Maria_Gonzalez-Park_Resume.pdf", "application/pdf", RESUME)

    # ------------------------------------------------------------------ people
    jasmine = Person("Jasmine Ortiz", "jas.ortiz.rn@gmail.com", CHI, "gmail")
    priya = Person("Priya Venkataraman", "priya.venkataraman@halstedhealth.com", CHI, "gmail",
                   sig="Priya Venkataraman\nUX Research Manager | Halsted Health")
    devon = Person("Devon Marsh", "devon.marsh@kestrelanalytics.com", CHI, "gmail",
                   sig="Devon Marsh\nSenior UX Researcher, Kestrel Analytics\n312-555-0134")
    renee = Person("Renée Olawale", "renee.olawale@northlineux.org", CHI, "outlook",
                   sig="Renée Olawale\nAlumni & Career Partnerships | Northline UX Academy\n"
                       "312-555-0119")
    theo = Person("Theo Lindqvist", "theo.lindqvist@ferrismutual.com", NY, "gmail",
                  sig="Theo Lindqvist | UX Researcher | Ferris Mutual")
    ana = Person("Ana Sokolova", "ana.sokolova@ferrismutual.com", NY, "gmail",
                 sig="Ana Sokolova, PharmD\nUX Researcher, Ferris Mutual")
    lorena = Person("Lorena Ruiz", "lorena.ruiz@tessellatehealth.com", CHI, "gmail",
                    sig="Lorena Ruiz\nUX Research Lead, Tessellate Health")
    brianna = Person("Brianna Kowalski", "brianna.kowalski@tessellatehealth.com", CHI, "gmail",
                     sig="Brianna Kowalski | Talent Partner | Tessellate Health\n"
                         "brianna.kowalski@tessellatehealth.com | 312-555-0152")
    ethan = Person("Ethan Cho", "ethan.cho@tessellatehealth.com", CHI, "gmail")
    goodtime = Person("Tessellate Health Recruiting", "notifications@goodtime.io", CHI,
                      "auto", auto=True, msgid_domain="mail.goodtime.io")
    room_lakeview = ("Tessellate - 4F Lakeview (8)", "4f-lakeview@tessellatehealth.com")
    workday_monarch = Person("Monarch Mutual Insurance", "monarchmutual@myworkday.com", CHI,
                             "auto", auto=True, msgid_domain="myworkday.com")
    maya = Person("Maya Thompson", "maya.thompson@monarchmutual.com", CHI, "outlook",
                  sig="Maya Thompson\nTalent Acquisition Coordinator\nMonarch Mutual Insurance\n"
                      "O: 312.555.0163")
    greg = Person("Greg Albrecht", "greg.albrecht@monarchmutual.com", CHI, "outlook",
                  sig="Greg Albrecht\nManager, Customer Insights | Monarch Mutual Insurance")
    kelsey = Person("Kelsey Moran", "kmoran@talentbridgestaffing.com", CHI, "outlook",
                    sig="Kelsey Moran\nSenior Recruiter, Healthcare & Life Sciences\n"
                        "TalentBridge Staffing\n312-555-0175")
    jordan = Person("Jordan Pike", "jordan.pike@gablehealth.com", CHI, "gmail",
                    sig="Jordan Pike (they/them)\nTalent Partner, Gable Health")
    karen = Person("Karen Liu", "karen.liu@morrowchildrens.org", CHI, "outlook")
    sam = Person("Sam Okoye", "sam@looplantern.com", CHI, "gmail")
    hannah = Person("Hannah Weiss", "hannah.weiss@cardinallabs.io", CHI, "gmail",
                    sig="Hannah Weiss\nResearch Operations Manager, Cardinal Labs")
    workday_lakeview = Person("Lakeview Medical Group", "lakeviewmedical@myworkday.com", CHI,
                              "auto", auto=True, msgid_domain="myworkday.com")
    greenhouse = Person("Brightline Telehealth", "no-reply@us.greenhouse-mail.io", CHI, "auto",
                        auto=True, msgid_domain="us.greenhouse-mail.io")
    denise = Person("Denise Abernathy", "denise.abernathy@careroute.io", CHI, "gmail",
                    sig="Denise Abernathy, RN\nClinical Product Lead | CareRoute")
    rosa = Person("Rosa Delgado", "rosa.delgado@orbitpay.com", CHI, "gmail",
                  sig="Rosa Delgado | UX Research Lead, Orbit Payments\n"
                      "Co-organizer, Chicago UX Research Meetup")
    calendly = Person("Calendly", "no-reply@calendly.com", CHI, "auto", auto=True,
                      msgid_domain="calendly.com")
    meetup = Person("Chicago UX Research Meetup", "info@email.meetup.com", CHI, "auto",
                    auto=True, msgid_domain="email.meetup.com")
    # hospital and union
    staffing = Person("St. Casimir Staffing Office", "staffing@stcasimirmed.org", CHI, "outlook")
    linda = Person("Linda Farrow", "linda.farrow@stcasimirmed.org", CHI, "outlook",
                   sig="Linda Farrow, MSN, RN\nNurse Manager, Medical ICU\n"
                       "St. Casimir Medical Center | ext. 4-2210")
    paul = Person("Paul Ng", "paul.ng@stcasimirmed.org", CHI, "outlook",
                  sig="Paul Ng, MSN, RN, CCRN\nClinical Nurse Educator, Critical Care\n"
                      "St. Casimir Medical Center")
    kofi = Person("Kofi Mensah", "kofi.mensah@stcasimirmed.org", CHI, "outlook")
    micu = Person("MICU RN Staff", "micu-rn@stcasimirmed.org", CHI, "outlook")
    union = Person("Illinois Nurses United", "news@ilnursesunited.org", CHI, "auto", auto=True)
    ray = Person("Ray Dominguez", "ray.dominguez@ilnursesunited.org", CHI, "gmail",
                 sig="Ray Dominguez\nLabor Representative, Illinois Nurses United\n(312) 555-0190")
    members = Person("INU St. Casimir Members", "stcasimir-members@ilnursesunited.org", CHI,
                     "gmail")
    tomasz = Person("Tomasz Nowak", "tnowak.rn@gmail.com", CHI, "gmail")
    # family, school, home
    mom = Person("Carmen Gonzalez", "carmen.gonzalez.chi@yahoo.com", CHI, "webmail",
                 msgid_domain="mail.yahoo.com")
    dan = Person("Dan Park", "dan.park.chi@gmail.com", CHI, "gmail")
    school = Person("Hollis Park Elementary", "news@hollisparkelementary.org", CHI, "auto",
                    auto=True)
    quinlan = Person("Amber Quinlan", "aquinlan@hollisparkelementary.org", CHI, "gmail",
                     sig="Ms. Amber Quinlan\n3rd Grade, Room 112\nHollis Park Elementary")
    room112 = Person("Room 112 Families", "room112-families@hollisparkelementary.org", CHI,
                     "gmail")
    ptc = Person("PTC Fast", "no-reply@ptcfast.com", CHI, "auto", auto=True)
    lunch = Person("MySchoolMeals", "alerts@myschoolmeals.com", CHI, "auto", auto=True)
    coach = Person("Dave Kaminski", "coachdave.lsysl@gmail.com", CHI, "gmail")
    u8 = Person("U8 Blue Parents", "u8blue-parents@googlegroups.com", CHI, "gmail")
    gus = Person("Gus Papadakis", "gus@papadakismgmt.com", CHI, "gmail",
                 sig="Gus Papadakis\nPapadakis Property Management\n(773) 555-0101")
    tenants = Person("2418 N Kedzie Residents", "tenants-2418kedzie@papadakismgmt.com", CHI,
                     "gmail")
    flexfit = Person("FlexFit Logan Square", "no-reply@flexfitclubs.com", CHI, "auto",
                     auto=True)
    etsy = Person("Etsy", "transaction@etsy.com", CHI, "auto", auto=True)
    li_alerts = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", CHI, "auto",
                       auto=True)
    li_notes = Person("LinkedIn", "notifications-noreply@linkedin.com", CHI, "auto", auto=True)
    li_inv = Person("LinkedIn", "invitations@linkedin.com", CHI, "auto", auto=True)
    indeed = Person("Indeed", "alert@indeed.com", CHI, "auto", auto=True)
    peds = Person("Lincoln Square Pediatrics", "no-reply@lincolnsquarepeds.com", CHI, "auto",
                  auto=True)
    dentist = Person("BrightSmile Dental", "appointments@brightsmiledental.com", CHI, "auto",
                     auto=True)
    electric = Person("Prairie Electric", "ebill@prairieelectric.com", CHI, "auto", auto=True)
    northline_news = Person("Northline UX Academy", "news@northlineux.org", CHI, "auto",
                            auto=True)
    northline_noreply = Person("Northline UX Academy", "no-reply@northlineux.org", CHI, "auto",
                               auto=True)

    OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

    # ================================================================== JOB SEARCH

    # ---- Meetup, March (networking event; Devon and Rosa were met there, no addresses here)
    case.add("mu1", meetup, [me], "2026-03-05 12:00",
             "You're going!\n\nResearch in the Wild: March Lightning Talks\nChicago UX Research "
             "Meetup\n\nTuesday, March 10, 2026\n6:00 PM to 8:00 PM CDT\n\nFulton Market "
             "Commons, 3rd floor\n1140 W Fulton Market, Chicago, IL\n\nFive 5-minute talks on "
             "field research, then open networking. Snacks from our hosts.\n\nCan't make it? "
             "Update your RSVP so someone on the waitlist can go.\n\nMeetup, PO Box 4668 #37895, "
             "New York, NY 10163",
             subject="You're going to Research in the Wild: March Lightning Talks",
             headers=dict(bulk_headers("<chicago-ux-research.meetup.com>",
                                       "https://www.meetup.com/unsubscribe/r8x2"), **AUTO))
    case.add("mu1b", meetup, [me], "2026-03-10 09:00",
             "Reminder: Research in the Wild: March Lightning Talks is today at 6:00 PM.\n\n"
             "Fulton Market Commons, 3rd floor. Doors open at 5:45.\n\n32 members are going.",
             subject="Today: Research in the Wild: March Lightning Talks", parent="mu1",
             quote=False, headers=dict(bulk_headers("<chicago-ux-research.meetup.com>",
                                                    "https://www.meetup.com/unsubscribe/r8x2"),
                                       **AUTO))
    case.meeting("mu1", at("2026-03-10 18:00"), at("2026-03-10 20:00"), met=[],
                 what="meetup event (no one's address in this thread)")

    # ---- Devon: coffee after the meetup (networking); wrote again in a new thread
    case.add("dev1", devon, [me], "2026-03-11 10:14", """Hi Maria,

Really enjoyed talking with you last night after the lightning talks. Your point that nurses already do contextual inquiry every shift (they just call it "assessment") has been rattling around in my head all morning.

You asked how I got from market research into UX. Happy to tell the long version over coffee. I'm near the Merchandise Mart most mornings. Would Tuesday 3/17 at 7:30am or Thursday 3/19 at 5:30pm work for you?

Devon""", subject="Great meeting you at the meetup - coffee?")
    case.add("dev2", me, [devon], "2026-03-11 14:20", """Hi Devon,

So glad you reached out! Tuesday at 7:30 works. I'm coming off a night shift Monday, so I'll be the one clutching the biggest coffee in the room. Anywhere near the Mart is fine with me.

Maria""", parent="dev1")
    case.add("dev3", devon, [me], "2026-03-11 15:02",
             "Ha, perfect. Let's do Kinzie Street Coffee on Wells, right by the Mart. See you "
             "Tuesday at 7:30!", parent="dev2", sig=False)
    case.add("dev4", me, [devon], "2026-03-17 12:40", """Hi Devon,

Thank you for meeting me this morning, especially at that hour. A few things I'm taking with me:

- start a research journal now, even for practice studies
- describe my charting as structured observation, because that's what it is
- volunteer for the note-taking table at the April meetup instead of hiding by the snacks

It was generous of you to walk me through how you pitched your first study. I hope I can return the favor someday.

Maria""", parent="dev3")
    case.add("dev5", devon, [me], "2026-03-18 09:05", """Anytime, Maria! The clinical lens is rarer in this field than you think. Keep me posted on how the search goes.

D""", parent="dev4", sig=False)
    case.meeting("dev1", at("2026-03-17 07:30"), None, met=[devon.email],
                 thanks={devon.email: "dev4"}, networking=True,
                 what="coffee Tue Mar 17 7:30 (no end given: 60 min)")

    case.add("dev6", me, [devon], "2026-04-06 13:15", """Hi Devon,

I finally dug up the paper on alarm fatigue and interruptions I brought up at coffee: https://example.org/papers/icu-alarm-interruptions-2024 (the methods section is the good part).

Also a favor, if you have ten minutes: I'm building a screener for a practice study on night-shift handoffs and I keep writing leading questions. I'll send you the draft by Wednesday. Would you be willing to poke holes in it?

Hope your spring is off to a good start,
Maria""", subject="That alarm-fatigue paper + a small favor")
    case.add("dev7", devon, [me], "2026-04-07 08:30", """Oh nice, that one's going on my reading list. And yes, of course: send the screener whenever it's ready and I'll mark it up. Leading questions are the hardest habit to break, honestly.

Devon""", parent="dev6", sig=False)
    case.own_promise("dev6", "dev6", devon.email, "2026-04-08")

    # ---- Priya: LinkedIn introduction by a former colleague, coffee (networking)
    case.add("pri1", jasmine, [me, priya], "2026-03-15 21:40", """Hi you two!

Priya, meet Maria Gonzalez-Park. We worked nights together in the MICU at St. Casimir for five years and she is the calmest person I know in a code. She just finished her UX research certificate and is looking at research roles, especially anything in health tech.

Maria, Priya leads the UX research team at Halsted Health. We connected on LinkedIn after her HIMSS talk and she very kindly said yes when I asked if she'd talk with you.

I'll let you two take it from here!

Jas

Sent from my iPhone""", subject="Intro: Maria <> Priya (Halsted Health)")
    case.add("pri2", me, [priya], "2026-03-16 11:05", """Jas, you're the best (moving you to bcc).

Hi Priya,

Thank you for being open to this. I'd love to hear how your team works with clinicians and what you look for in junior researchers. Is there a morning in the next week or two when I could buy you a coffee near your office? I'm off Thursday and most of next week.

Best,
Maria""", parent="pri1", bcc=[jasmine])
    case.add("pri3", priya, [me], "2026-03-16 16:30", """Hi Maria (and hi Jasmine, wherever you are in the bcc!),

Happy to. I could do Thursday 3/19 at 8am or Monday 3/23 at 8:30. Lake & Larrabee Coffee on Randolph is right by our office.

Priya""", parent="pri2")
    case.add("pri4", me, [priya], "2026-03-16 18:02",
             "Thursday at 8 it is. See you at Lake & Larrabee!\n\nMaria", parent="pri3", sig=False)
    case.add("pri5", me, [priya], "2026-03-19 13:30", """Hi Priya,

Thank you for the coffee and for your time this morning. Hearing how your team runs ride-alongs with home health nurses made the work feel much more concrete, and your advice to open my portfolio with the discharge-checklist study instead of the course project was exactly what I needed to hear.

I'll reach out to Lorena at Tessellate once I've reworked that case study, like you suggested.

Warmly,
Maria""", parent="pri4")
    case.add("pri6", priya, [me], "2026-03-20 07:55", """Hi Maria,

It was a pleasure. You asked better questions than half the people I interview! Here's Lorena's email: lorena.ruiz@tessellatehealth.com. Tell her I sent you.

Good luck with the rewrite,
Priya""", parent="pri5")
    case.meeting("pri1", at("2026-03-19 08:00"), None, met=[priya.email],
                 thanks={priya.email: "pri5"}, networking=True,
                 what="coffee Thu Mar 19 8:00 (no end given: 60 min)")

    # ---- Renée (alumni coordinator) -> Theo, with Ana's address given in the intro
    case.add("ren1", renee, [me], "2026-03-18 10:20", """Hi Maria,

As I mentioned at career office hours, here's the alum I had in mind. Theo Lindqvist (Cohort 9) came to research from respiratory therapy and is now a UX Researcher at Ferris Mutual, based in Columbus. He has generously offered a short informational call.

Theo also mentioned that his colleague Ana Sokolova (ana.sokolova@ferrismutual.com), who moved into research from hospital pharmacy, might join if her calendar allows.

I'll step back and let you two find a time.

Warmly,
Renée""", subject="Alumni connection: Theo Lindqvist (Ferris Mutual)", cc=[theo])
    case.add("ren2", theo, [me], "2026-03-18 14:45", """Thanks, Renée!

Maria, nice to e-meet you. Would Tuesday 3/24 at 1:00 pm ET (noon for you) work? Thirty minutes is usually plenty for a first chat.

Zoom: https://ferrismutual.zoom.us/j/84512039921

I've added Ana here; she'll jump on if she can.

Theo""", parent="ren1", cc=[renee, ana])
    case.add("ren3", me, [theo], "2026-03-18 20:40", """Hi Theo (and Ana),

Tuesday at noon Central works for me. Looking forward to it.

Renée, thank you for setting this up!

Maria""", parent="ren2", cc=[renee, ana])
    case.add("ren4", me, [theo], "2026-03-24 15:05", """Hi Theo,

Thank you for the call today. The way you described turning RT protocols into research-ops checklists gave me a whole new angle on my own background, and I've already started rewriting my portfolio intro along the lines you suggested.

I really appreciated your candor about the first six months, too.

Best,
Maria""", parent="ren3")
    case.add("ana1", me, [ana], "2026-03-24 15:25", """Hi Ana,

Thank you for squeezing into Theo's call today. Your story about going from the pharmacy basement to running diary studies was the most encouraging thing I've heard in weeks, and I'm going to look up the medication-reconciliation study you mentioned.

All the best,
Maria""", subject="Thank you for joining Theo's call")
    case.add("ana2", ana, [me], "2026-03-25 09:10", """Maria, it was lovely to meet you! The pharmacy-to-research path is more common than people think, and nurses have an even better head start. Rooting for you.

Ana""", parent="ana1")
    case.meeting("ren1", at("2026-03-24 12:00"), at("2026-03-24 12:30"),
                 met=[theo.email, ana.email],
                 thanks={theo.email: "ren4", ana.email: "ana1"}, networking=True,
                 what="informational Zoom call Tue Mar 24 12:00-12:30 CDT (1 pm ET)")

    # ---- Tessellate Health: application to Lorena, recruiter screen, GoodTime panel
    case.add("tes1", me, [lorena], "2026-03-23 10:20", """Hi Lorena,

Priya Venkataraman at Halsted Health suggested I reach out to you directly. I'm an ICU nurse of nine years who recently completed the Northline UX Academy research certificate, and I would like to be considered for the Associate UX Researcher role on your team.

What I'd bring:
- nine years of watching clinicians work under pressure, and knowing which workarounds matter
- a completed study on our unit's discharge checklist (12 interviews, a redesign now in use)
- ease talking with patients and families at their worst moments

My résumé is attached, and my portfolio is at mariagonzalezpark.example.com.

Best regards,""", subject="Associate UX Researcher - Priya Venkataraman suggested I reach out",
             attachments=[resume])
    case.add("tes2", lorena, [me], "2026-03-25 10:02", """Hi Maria,

Thanks for reaching out, and for the nudge from Priya; she doesn't send people my way lightly. Your discharge-checklist study is exactly the kind of work we want more of.

I'm looping in Brianna Kowalski, our recruiter, who will set up a first conversation.

Lorena""", parent="tes1", cc=[brianna])
    case.add("tes3", brianna, [me], "2026-03-25 14:40", """Hi Maria,

Nice to meet you! I'd love to set up a 30-minute phone call to tell you more about the role and hear about your background. Would either of these work?

- Monday 3/30 at 3:00 pm CT
- Tuesday 3/31 at 11:00 am CT

Best,
Brianna""", parent="tes2", cc=[lorena])
    case.add("tes4", me, [brianna], "2026-03-25 21:10", """Hi Brianna,

Monday at 3:00 works great. The best number to reach me is (773) 555-0148.

Maria""", parent="tes3", sig=False)
    case.add("tes5", brianna, [me], "2026-03-26 08:15",
             "Perfect, you're on my calendar for Monday 3/30 at 3. I'll give you a ring then!",
             parent="tes4", sig=False)
    case.add("tes6", me, [brianna], "2026-03-30 16:20", """Hi Brianna,

Thank you for the call this afternoon. It helped to hear how the research team sits between product and the clinical advisory group, and I'm even more excited about the role now.

Best,
Maria""", parent="tes5")
    case.add("tes7", brianna, [me], "2026-03-31 09:05", """Hi Maria,

Good news: Lorena and the team would like to bring you in for a panel interview (about 90 minutes, in person at our West Loop office). You'll get a scheduling email from GoodTime shortly; just pick whichever slot suits your shift schedule.

Brianna""", parent="tes6")
    case.add("tes8", me, [brianna], "2026-03-31 12:30",
             "That's wonderful news! I'll keep an eye out for the GoodTime email.\n\nMaria\n\n"
             "Sent from my iPhone", parent="tes7", sig=False)
    case.add("tes9", brianna, [me], "2026-04-10 11:00", """Hi Maria,

Thanks for coming in yesterday; the panel really enjoyed meeting you, and Nadia said your questions about the consent workflow were the best she's heard in a while. The hiring committee meets next Thursday, 4/16, and I'll be in touch by Friday 4/17 either way.

Have a good weekend,
Brianna""", parent="tes8")
    case.application("tes1", "tes1", lorena.email, answered_by="tes2")
    case.meeting("tes1", at("2026-03-30 15:00"), at("2026-03-30 15:30"), met=[brianna.email],
                 thanks={brianna.email: "tes6"}, what="recruiter phone screen Mon Mar 30")
    case.promise("tes1", "tes9", brianna.email, "2026-04-17")

    gt_html_1 = """Hi Maria,

Tessellate Health would like to schedule your panel interview for the Associate UX Researcher position. Please choose a time that works for you:

https://app.goodtime.io/s/tessellate/8f3k2q

The interview lasts about 90 minutes and is held in person at our West Loop office.

If none of the times work, reply to this email and Brianna Kowalski will help.

Tessellate Health Recruiting
Powered by GoodTime"""
    case.add("gt1", goodtime, [me], "2026-03-31 11:30", gt_html_1,
             subject="Tessellate Health - Select your interview time: Associate UX Researcher",
             reply_to=brianna, html=html_of(gt_html_1), headers=AUTO)
    gt_text_2 = """Hi Maria,

Your interview is confirmed. We look forward to seeing you!

When: Thursday, April 9, 2026, 1:00 PM - 2:30 PM CDT
Where: Tessellate Health, 1000 W. Fulton Market, 4th floor (check in at reception and ask for the Lakeview room)

Your interview panel:
- Lorena Ruiz, UX Research Lead
- Ethan Cho, Senior Product Designer
- Nadia Haddad, Clinical Research Scientist

Please bring a 10-minute walkthrough of one research project. A screen is available in the room.

Questions? Reply to this email or contact Brianna Kowalski at brianna.kowalski@tessellatehealth.com.

Tessellate Health Recruiting
Powered by GoodTime"""
    gt_ics = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "goodtime-panel"), stamp=at("2026-04-01 10:12"),
        start=at("2026-04-09 13:00"), end=at("2026-04-09 14:30"),
        summary="Interview: Maria Gonzalez-Park - Associate UX Researcher (Panel)",
        organizer=brianna,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (lorena, "ACCEPTED", "INDIVIDUAL"),
                   (ethan, "ACCEPTED", "INDIVIDUAL"), (room_lakeview, "ACCEPTED", "ROOM")],
        tzid=CHI, location="Tessellate Health, 1000 W. Fulton Market, 4F Lakeview",
        description="Panel: Lorena Ruiz (UX Research Lead), Ethan Cho (Senior Product "
                    "Designer), Nadia Haddad (Clinical Research Scientist). Candidate brings a "
                    "10-minute project walkthrough.",
        prodid="-//GoodTime//Interview Scheduling 4.2//EN")
    case.add("gt2", goodtime, [me], "2026-04-01 10:12", gt_text_2,
             subject="Interview Confirmed: Associate UX Researcher at Tessellate Health - "
                     "Thu, Apr 9, 1:00 PM CDT",
             parent="gt1", quote=False, reply_to=brianna, html=html_of(gt_text_2),
             ics=gt_ics, ics_mode="attach", headers=AUTO)
    case.add("gt3", goodtime, [me], "2026-04-08 13:00", """Hi Maria,

A reminder that your interview for Associate UX Researcher is tomorrow, Thursday, April 9 at 1:00 PM CDT, at 1000 W. Fulton Market, 4th floor.

Parking nearby is limited; the Morgan stop on the Green and Pink lines is a two-block walk.

Tessellate Health Recruiting""", subject="Reminder: Interview tomorrow at Tessellate Health",
             parent="gt2", quote=False, reply_to=brianna, headers=AUTO)
    case.meeting("gt1", at("2026-04-09 13:00"), at("2026-04-09 14:30"),
                 met=[lorena.email, ethan.email], thanks={lorena.email: "lty1"},
                 unknown=["Nadia Haddad"], arranged_by=brianna.email,
                 what="onsite panel Thu Apr 9 13:00-14:30")

    case.add("lty1", me, [lorena], "2026-04-09 18:40", """Hi Lorena,

Thank you for having me in this afternoon, and for such thoughtful questions. I left even more sure that this is the team I want to learn from. Why I think I'd fit:

- I've spent nine years watching clinicians work around their tools, and I know which workarounds are telling you something
- the discharge-checklist study shows I can run a small study end to end and get a change adopted
- I'm at ease with patients and families, which your caregiver research depends on

As we discussed, I'll send over the sample research plan for the medication-reminder concept by Monday.

With appreciation,""", subject="Thank you - panel interview today")
    case.add("lty2", lorena, [me], "2026-04-10 08:30", """Hi Maria,

It was great having you in. The walkthrough of the checklist study landed well with the whole panel. Looking forward to the plan!

Lorena""", parent="lty1")
    case.add("lty3", me, [lorena], "2026-04-13 09:50", """Hi Lorena,

As promised, here is the sample research plan for the medication-reminder concept (attached, two pages). I kept the recruiting section realistic for caregivers who work shifts, since that came up on Thursday.

Happy to walk through it if that's useful.

Best,
Maria""", parent="lty2",
             attachments=[("GonzalezPark_sample_research_plan.pdf", "application/pdf", PLAN)])
    case.own_promise("lty1", "lty1", lorena.email, "2026-04-13", kept_by="lty3")

    # ---- Monarch Mutual: portal application, coordinator schedules a Teams interview
    mw_text = """Monarch Mutual Insurance

Hi Maria,

Thank you for applying to UX Researcher (R-20418) at Monarch Mutual Insurance. We have received your application, and our talent acquisition team will review your qualifications.

You can check the status of your application at any time by signing in to your candidate home.

This mailbox is not monitored. Please do not reply to this email."""
    case.add("mw1", workday_monarch, [me], "2026-03-16 22:48", mw_text,
             subject="Thank you for applying: UX Researcher (R-20418)", html=html_of(mw_text),
             html_only=True, headers=AUTO)

    case.add("my1", maya, [me], "2026-03-31 11:20", """Good morning Maria,

Thank you for your interest in the UX Researcher position with Monarch Mutual. Greg Albrecht, Manager of Customer Insights, would like to meet with you for a 45-minute interview over Microsoft Teams.

Please let me know which of the following times works best for you:

• Tuesday, April 7, 10:00 - 10:45 AM CT
• Wednesday, April 8, 2:00 - 2:45 PM CT

Kind regards,
Maya""", subject="UX Researcher (R-20418) - Interview Availability")
    case.add("my2", me, [maya], "2026-03-31 19:55", """Hi Maya,

Tuesday, April 7 at 10:00 AM works well for me. Thank you for coordinating!

Best,
Maria""", parent="my1")
    case.add("my3", maya, [me], "2026-04-01 08:05", """Hi Maria,

Wonderful, you're confirmed for Tuesday, April 7 at 10:00 AM CT. A Teams invitation will follow shortly.

Kind regards,
Maya""", parent="my2")
    case.add("my4", maya, [me], "2026-04-08 09:40", """Hi Maria,

Greg asked me to pass along that the team is wrapping up its first round of interviews this week, and that he will be back in touch by Friday, April 10 regarding next steps.

Kind regards,
Maya""", parent="my3")
    case.promise("my1", "my4", maya.email, "2026-04-10")

    teams_text = """Hello Maria,

Please join us for your interview for the UX Researcher (R-20418) position.

Interviewers:
Greg Albrecht - Manager, Customer Insights
Priscilla Nakamura - Senior Service Designer

Please join a few minutes early to test your audio.

Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk2YjEt>
Meeting ID: 283 554 019 877
Passcode: 9xQm4T"""
    teams_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "monarch-teams"), stamp=at("2026-04-01 08:20"),
        start=at("2026-04-07 10:00"), end=at("2026-04-07 10:45"),
        summary="UX Researcher Interview - Maria Gonzalez-Park", organizer=maya,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (greg, "ACCEPTED", "INDIVIDUAL")],
        tzid="Central Standard Time", location="Microsoft Teams Meeting",
        description=teams_text, prodid="Microsoft Exchange Server 2010",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    case.add("mt1", maya, [me, greg], "2026-04-01 08:20", teams_text,
             subject="UX Researcher Interview - Maria Gonzalez-Park",
             ics=teams_ics, ics_mode="outlook", sig=False)
    case.add("mt2", me, [maya], "2026-04-01 09:00", """Hi Maya,

Got the invite and accepted it. Looking forward to talking with Greg and Priscilla next Tuesday.

Maria""", parent="mt1", sig=False)
    case.meeting("mt1", at("2026-04-07 10:00"), at("2026-04-07 10:45"), met=[greg.email],
                 thanks={greg.email: "gty1"}, unknown=["Priscilla Nakamura"],
                 arranged_by=maya.email, what="Teams interview Tue Apr 7 10:00-10:45")

    case.add("gty1", me, [greg], "2026-04-07 12:05", """Hi Greg,

Thank you for taking the time to talk with me this morning about the UX Researcher role. Hearing how your team pairs claims data with call-center listening sessions made me want to be part of it even more. Why I think I'd be a good fit:

- years of explaining confusing paperwork to frightened families, which is what a lot of insurance journeys feel like from the inside
- a finished end-to-end study with a measurable result (the discharge checklist)
- comfort working across disciplines, from physicians to unit clerks

Please pass my thanks on to Priscilla as well; I didn't catch her email address, and her question about what "done" looks like for a family at discharge has stayed with me.

As I mentioned, I'll send you the full discharge-checklist case study by Thursday.

Best regards,""", subject="Thank you - UX Researcher interview this morning")
    case.add("gty2", greg, [me], "2026-04-07 16:22", """Hi Maria,

Thanks for the note. I enjoyed the conversation too, and I'll pass your message along to Priscilla. Looking forward to reading the case study.

Greg""", parent="gty1")
    case.own_promise("gty1", "gty1", greg.email, "2026-04-09")

    # ---- TalentBridge: agency recruiter; résumé sent, call, references promised and sent,
    #      out-of-office with a return date after the recruiter's own 'by Friday'
    case.add("kb1", kelsey, [me], "2026-03-26 09:40", """Hi Maria,

I came across your profile on LinkedIn and wanted to reach out about a 6-month contract UX Researcher role with one of our clients, a medical device company in Evanston (hybrid, 3 days onsite). They are specifically looking for someone with ICU experience to lead usability sessions on an infusion pump interface.

If you're interested, could you send over an updated résumé and let me know a good time for a quick call?

Thanks,
Kelsey""", subject="Contract UX Researcher - medical device client (Evanston)")
    case.add("kb2", me, [kelsey], "2026-03-26 13:10", """Hi Kelsey,

This sounds like a great fit with my background; I've programmed more infusion pumps than I can count. I'd like to be considered for the contract UX Researcher role, and my résumé is attached.

I'm free for a call Monday 3/30 around noon if that works on your end.

Best,
Maria""", parent="kb1", attachments=[resume])
    case.add("kb3", kelsey, [me], "2026-03-27 08:55", """Hi Maria,

Got it, and Monday at noon works. I'll call you then; plan on about 20 minutes.

Kelsey""", parent="kb2")
    case.add("kb4", kelsey, [me], "2026-03-31 08:10", """Hi Maria,

Great speaking with you yesterday. I've submitted your profile to the client. They're reviewing a handful of other candidates this week, and I'll get back to you by Friday (4/3) either way.

In the meantime, could you send me two references? Ideally one clinical (a charge nurse or manager) and one from your UX program.

Thanks,
Kelsey""", parent="kb3")
    case.add("kb5", me, [kelsey], "2026-03-31 13:45", """Hi Kelsey,

Thank you for the call yesterday and for submitting me. I'll get you two references by Thursday.

Maria""", parent="kb4")
    case.add("kb6", me, [kelsey], "2026-04-02 21:30", """Hi Kelsey,

Here are my two references; both know to expect a call:

1. Tomasz Nowak, RN - Charge Nurse, Medical ICU, St. Casimir Medical Center - (773) 555-0172
2. Jill Brennan - Lead Instructor, Northline UX Academy - jill.brennan@northlineux.org, (312) 555-0129

Let me know if the client needs anything else from me.

Maria""", parent="kb5")
    case.add("kb7", kelsey, [me], "2026-04-02 21:31", """I am out of the office from Friday, April 3 through Monday, April 13, with limited access to email, and will return on Tuesday, April 14.

For anything time-sensitive, please contact Marcus Reid at mreid@talentbridgestaffing.com or 312-555-0177.

Kelsey Moran | TalentBridge Staffing""",
             subject="Automatic reply: Re: Contract UX Researcher - medical device client "
                     "(Evanston)", parent="kb6", quote=False, sig=False, headers=OOO)
    case.application("kb1", "kb2", kelsey.email, answered_by="kb3")
    case.meeting("kb1", at("2026-03-30 12:00"), at("2026-03-30 12:20"), met=[kelsey.email],
                 thanks={kelsey.email: "kb5"}, what="recruiter phone call Mon Mar 30 12:00")
    case.promise("kb1", "kb4", kelsey.email, "2026-04-03", back="2026-04-14")
    case.own_promise("kb1", "kb5", kelsey.email, "2026-04-02", kept_by="kb6")

    # ---- Gable Health: inbound recruiter, résumé sent, 'by Tuesday (3/31)' then silence
    case.add("gb1", jordan, [me], "2026-03-23 11:30", """Hi Maria,

I'm a talent partner at Gable Health (we build care-navigation tools for Medicaid health plans). Your profile came up while I was searching for researchers with clinical backgrounds, and the ICU experience caught my eye.

We're hiring a UX Research Associate on our care-navigation team. Would you be interested? If so, send me your résumé and I'll get it in front of the hiring manager.

Best,
Jordan""", subject="UX Research Associate @ Gable Health - your ICU background")
    case.add("gb2", me, [jordan], "2026-03-24 08:45", """Hi Jordan,

Thanks so much for reaching out. Care navigation is exactly where I'd like to land. I'd love to be considered for the UX Research Associate role; my résumé is attached.

Best,
Maria""", parent="gb1", attachments=[resume])
    case.add("gb3", jordan, [me], "2026-03-26 14:05", """Hi Maria,

Thanks! I've shared your résumé with Olivia Brandt, the hiring manager. I'll let you know by Tuesday (3/31) whether she'd like to set up a conversation.

Jordan""", parent="gb2")
    case.application("gb1", "gb2", jordan.email, answered_by="gb3")
    case.promise("gb1", "gb3", jordan.email, "2026-03-31")

    # ---- Morrow Children's: application to a named director; only an out-of-office answers
    case.add("mc1", me, [karen], "2026-03-27 09:12", """Dear Ms. Liu,

I saw your LinkedIn post about the UX Researcher opening on the Patient & Family Experience team, and I would like to be considered for the role.

I'm an ICU nurse with nine years at St. Casimir Medical Center and a new UX research certificate from Northline UX Academy. Families in crisis are the people I know best: I've sat with hundreds of them at 3 a.m., explaining plans and listening for what they didn't understand. Last fall I ran a small study on our unit's discharge checklist that led to a redesign we still use.

My résumé is attached and my portfolio is at mariagonzalezpark.example.com. I would welcome the chance to talk.

Sincerely,""", subject="UX Researcher, Patient & Family Experience - Maria Gonzalez-Park",
             attachments=[resume])
    case.add("mc2", karen, [me], "2026-03-27 09:13", """Thank you for your message. I am out of the office through Monday, March 30, with limited access to email. If your matter is urgent, please contact Scott Meyers at scott.meyers@morrowchildrens.org. Otherwise, I will respond when I return.

Karen Liu
Director, Digital Patient Experience
Morrow Children's Hospital""",
             subject="Automatic reply: UX Researcher, Patient & Family Experience - Maria "
                     "Gonzalez-Park", parent="mc1", quote=False, sig=False, headers=OOO)
    case.application("mc1", "mc1", karen.email)

    # ---- Loop & Lantern: application emailed to the head of product; no answer
    case.add("ll1", me, [sam], "2026-04-01 21:05", """Hi Sam,

Your LinkedIn post said to email you directly about the contract UX Researcher role, so here I am: I'd like to be considered.

For nine years I've been on the receiving end of hospital staffing tools: the 5 a.m. texts asking who can come in, the swap spreadsheets, the shift bids that still go out on paper. I recently finished the Northline UX Academy research certificate, and my portfolio includes a study on shift handoffs that speaks directly to what Loop & Lantern is building.

Résumé attached; portfolio at mariagonzalezpark.example.com.

All the best,""", subject="UX Researcher (contract) - an ICU nurse who has lived your scheduling problem",
             attachments=[resume])
    case.application("ll1", "ll1", sam.email)

    # ---- Cardinal Labs: application, gentle rejection from a person
    case.add("cl1", me, [hannah], "2026-03-25 20:30", """Hi Hannah,

Please find my application for the Research Operations Coordinator role attached: my résumé and a short cover letter.

In short, I've spent nine years coordinating some of the most complicated logistics I can imagine (ICU admissions, family meetings, multi-team rounds), and I just finished a UX research certificate where I ran recruiting and consent for a twelve-participant study. Research ops feels like the place where the two meet.

Thank you for considering me,""", subject="Application: Research Operations Coordinator",
             attachments=[resume, ("Maria_Gonzalez-Park_Cover_Letter.pdf", "application/pdf",
                                   COVER)])
    case.add("cl2", hannah, [me], "2026-04-01 15:45", """Hi Maria,

Thank you for applying, and for such a thoughtful note. We had a lot of strong interest in this role, and after careful review we've decided to move ahead with candidates whose experience lines up more closely with our current tooling.

Your clinical background is genuinely unusual in our field, and I hope our paths cross again. Please do keep an eye on our careers page.

Warm regards,
Hannah""", parent="cl1")
    case.application("cl1", "cl1", hannah.email, answered_by="cl2", ended_by="cl2")

    # ---- Portal-only applications
    lv_text = """Lakeview Medical Group

Dear Maria,

Thank you for your interest in Lakeview Medical Group. We've received your application for UX Research Analyst, Digital Health (JR-55102).

Our recruiting team reviews every application carefully. If your background is a match, a member of our team will be in touch. You can track your application in your candidate home.

Please do not reply to this message; this inbox is not monitored."""
    case.add("lv1", workday_lakeview, [me], "2026-03-19 23:10", lv_text,
             subject="We've received your application - UX Research Analyst, Digital Health "
                     "(JR-55102)", html=html_of(lv_text), html_only=True, headers=AUTO)
    bl1_text = """Hi Maria,

Thanks for applying to Brightline Telehealth! Your application for Junior UX Researcher has been received, and our team will review it shortly.

Best,
The Brightline Telehealth Talent Team"""
    case.add("bl1", greenhouse, [me], "2026-03-09 14:02", bl1_text,
             subject="Thank you for applying to Brightline Telehealth", html=html_of(bl1_text),
             headers=AUTO)
    bl2_text = """Dear Maria,

Thank you for your interest in the Junior UX Researcher position at Brightline Telehealth and for the time you spent applying.

After careful consideration, we have decided not to move forward with your application at this time. We encourage you to apply for future openings that match your experience.

We wish you the best in your search.

The Brightline Telehealth Talent Team"""
    case.add("bl2", greenhouse, [me], "2026-04-06 10:30", bl2_text,
             subject="Your application to Brightline Telehealth", html=html_of(bl2_text),
             html_only=True, headers=AUTO)

    # ---- Denise: Google Calendar invite whose title is the only hint; thanked only before
    dn_desc = ("Maria!! Jas told me you finished your UX program!! Let's catch up. I'll call "
               "your cell. Sunday evenings are the only time I'm not drowning.")
    dn_ics = make_ics(
        method="REQUEST", uid=uid_google(NAME, "denise-catchup"), stamp=at("2026-04-03 20:15"),
        start=at("2026-04-12 19:00"), end=at("2026-04-12 19:45"), summary="Catch up ☕",
        organizer=denise,
        attendees=[(denise, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid=CHI, description=dn_desc)
    case.add("dn1", denise, [me], "2026-04-03 20:15", """Denise Abernathy has invited you to an event

Catch up ☕
Sunday Apr 12, 2026 ⋅ 7pm – 7:45pm
Central Time - Chicago

%s

Organizer
Denise Abernathy
denise.abernathy@careroute.io

Guests
Denise Abernathy - organizer
maria.gonzalezpark@example.com

Reply for maria.gonzalezpark@example.com
Yes   No   Maybe   More options

Invitation from Google Calendar""" % dn_desc,
             subject="Invitation: Catch up ☕ @ Sun Apr 12, 2026 7pm - 7:45pm (CDT) "
                     "(maria.gonzalezpark@example.com)",
             ics=dn_ics, sig=False, headers=GCAL)
    case.add("dn2", me, [denise], "2026-04-12 17:10",
             "Thanks so much for giving up part of your Sunday for this! Talk at 7.\n\nM\n\n"
             "Sent from my iPhone", subject="Re: Catch up ☕", parent="dn1", sig=False,
             quote=False)
    case.add("dn3", denise, [me], "2026-04-13 08:50", """So fun catching up last night!! Here's the posting I mentioned for the clinical research associate role on our product team: https://careroute.io/careers/clinical-research-associate

Totally no pressure, but I think you'd be great.

D""", parent="dn2")
    case.meeting("dn1", at("2026-04-12 19:00"), at("2026-04-12 19:45"), met=[denise.email],
                 networking=True, what="catch-up call Sun Apr 12 19:00-19:45")

    # ---- Rosa: portfolio review via Calendly, moved later; still ahead
    case.add("rs1", me, [rosa], "2026-03-12 10:00", """Hi Rosa,

We chatted briefly at the end of Tuesday's meetup; I'm the ICU nurse who asked about getting studies past an ethics board. You mentioned you do 30-minute portfolio reviews for career changers, and I'd love to take you up on that if the offer stands.

Maria""", subject="Portfolio review offer from Tuesday's meetup")
    case.add("rs2", rosa, [me], "2026-03-12 19:20", """Hi Maria! Of course. Grab any open slot on my Calendly: https://calendly.com/rosa-delgado/portfolio-review

Fair warning, I'm booked out about a month.

Rosa""", parent="rs1")
    cal_ics_1 = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "calendly-rosa"), stamp=at("2026-03-13 08:40"),
        start=at("2026-04-13 17:30"), end=at("2026-04-13 18:00"),
        summary="Portfolio Review (30 min) between Rosa Delgado and Maria Gonzalez-Park",
        organizer=rosa, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Google Meet (instructions in description)",
        description="Event Name: Portfolio Review (30 min)\nJoining info: "
                    "https://meet.google.com/qfr-kxvt-nwp\nNeed to make changes to this event? "
                    "Cancel or reschedule from your confirmation email.",
        prodid="-//Calendly//Calendly Event//EN")
    cal_text_1 = """Hi Maria Gonzalez-Park,

A new event has been scheduled.

Event Type: Portfolio Review (30 min)
Invitee: Maria Gonzalez-Park (maria.gonzalezpark@example.com)
Event Date/Time: 05:30pm - 06:00pm (Central Time - US & Canada) on Monday, April 13, 2026
Location: Google Meet (a link is in the calendar invite)

Questions: "What should Rosa look at first?" - My discharge-checklist case study

Cancel or reschedule: https://calendly.com/cancellations/4f9c2a77

Powered by Calendly.com"""
    case.add("cal1", calendly, [me], "2026-03-13 08:40", cal_text_1,
             subject="Confirmed: Portfolio Review (30 min) with Rosa Delgado on Monday, "
                     "April 13, 2026", html=html_of(cal_text_1), ics=cal_ics_1,
             ics_mode="attach", headers=AUTO)
    case.add("rs3", rosa, [me], "2026-04-09 21:05", """Hi Maria, so sorry to do this, but something came up Monday evening. Could we move to Friday 4/17, same time (5:30)? If that works I'll reschedule it in Calendly on my end.

Rosa""", parent="rs2")
    case.add("rs4", me, [rosa], "2026-04-10 07:30",
             "Friday works! No worries at all.\n\nM\n\nSent from my iPhone", parent="rs3",
             sig=False)
    cal_ics_2 = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "calendly-rosa"), stamp=at("2026-04-10 08:02"),
        start=at("2026-04-17 17:30"), end=at("2026-04-17 18:00"),
        summary="Portfolio Review (30 min) between Rosa Delgado and Maria Gonzalez-Park",
        organizer=rosa, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Google Meet (instructions in description)",
        description="Event Name: Portfolio Review (30 min)\nJoining info: "
                    "https://meet.google.com/qfr-kxvt-nwp\nRescheduled by Rosa Delgado.",
        sequence=1, prodid="-//Calendly//Calendly Event//EN")
    cal_text_2 = """Hi Maria Gonzalez-Park,

Your event has been rescheduled by Rosa Delgado.

Reason: "Conflict came up. Thank you for being flexible!"

Event Type: Portfolio Review (30 min)
Former: 05:30pm, Monday, April 13, 2026
Updated: 05:30pm - 06:00pm (Central Time - US & Canada) on Friday, April 17, 2026
Location: Google Meet (a link is in the calendar invite)

Powered by Calendly.com"""
    case.add("cal2", calendly, [me], "2026-04-10 08:02", cal_text_2,
             subject="Updated: Portfolio Review (30 min) with Rosa Delgado on Friday, "
                     "April 17, 2026", html=html_of(cal_text_2), ics=cal_ics_2,
             ics_mode="attach", headers=AUTO)
    case.meeting("rs1", at("2026-04-13 17:30"), at("2026-04-13 18:00"), met=[rosa.email],
                 status="moved", networking=True, what="portfolio review, first slot")
    case.meeting("rs1", at("2026-04-17 17:30"), at("2026-04-17 18:00"), met=[rosa.email],
                 status="scheduled", networking=True, what="portfolio review, moved slot")

    # ---- Meetup, April
    case.add("mu2", meetup, [me], "2026-04-08 12:00",
             "You're going!\n\nResearching with Clinicians: a Panel\nChicago UX Research "
             "Meetup\n\nTuesday, April 14, 2026\n6:00 PM to 8:00 PM CDT\n\nFulton Market "
             "Commons, 3rd floor\n\nThree researchers who work inside hospitals talk about "
             "access, ethics boards and getting time with people who have none. Q&A and "
             "networking after.\n\nMeetup, PO Box 4668 #37895, New York, NY 10163",
             subject="You're going to Researching with Clinicians: a Panel",
             headers=dict(bulk_headers("<chicago-ux-research.meetup.com>",
                                       "https://www.meetup.com/unsubscribe/r8x2"), **AUTO))
    case.add("mu2b", meetup, [me], "2026-04-14 09:00",
             "Reminder: Researching with Clinicians: a Panel is today at 6:00 PM.\n\nFulton "
             "Market Commons, 3rd floor.\n\n57 members are going.",
             subject="Today: Researching with Clinicians: a Panel", parent="mu2", quote=False,
             headers=dict(bulk_headers("<chicago-ux-research.meetup.com>",
                                       "https://www.meetup.com/unsubscribe/r8x2"), **AUTO))
    case.meeting("mu2", at("2026-04-14 18:00"), at("2026-04-14 20:00"), met=[],
                 what="meetup event (no one's address in this thread)")

    # ================================================================== NOISE

    # ---- hospital
    case.add("h1", staffing, [me], "2026-03-20 15:00", """The MICU schedule for 4/5/26 - 5/2/26 has been posted in the scheduling system.

Please review your shifts and submit trade requests by Friday 3/27. Self-scheduling for the following period opens 4/10.

St. Casimir Medical Center | Staffing Office""",
             subject="MICU schedule posted: 4/5/26 - 5/2/26", sig=False, headers=AUTO)
    case.add("h2", linda, [micu], "2026-03-26 14:00", """Hi all,

We're short for Saturday night 3/28 and Sunday day 3/29. Incentive pay is approved for both. Reply to me directly if you can pick one up.

Thanks,
Linda""", subject="Open shifts this weekend (incentive approved)")
    case.add("h2b", me, [linda], "2026-03-26 18:30",
             "Hi Linda,\n\nI can take Saturday night 3/28.\n\nMaria", parent="h2", sig=False)
    case.add("h2c", linda, [me], "2026-03-26 18:52", "You're on. Thank you!!", parent="h2b",
             sig=False)
    crrt_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "crrt"), stamp=at("2026-03-05 10:00"),
        start=at("2026-03-16 08:00"), end=at("2026-03-16 10:00"),
        summary="CRRT Annual Competency - Skills Lab", organizer=paul,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("3E Sim Lab", "3e-simlab@stcasimirmed.org"), "ACCEPTED", "ROOM")],
        tzid="Central Standard Time", location="3E Sim Lab",
        description="Annual CRRT competency: circuit setup, alarms, citrate protocol. "
                    "Counts for 2 contact hours.",
        prodid="Microsoft Exchange Server 2010")
    case.add("h3", paul, [me], "2026-03-05 10:00", """Annual CRRT competency: circuit setup, alarms and the citrate protocol. This session counts for 2 contact hours. Please complete the pre-test in the LMS before you come.""",
             subject="CRRT Annual Competency - Skills Lab", ics=crrt_ics, ics_mode="outlook")
    case.meeting("h3", at("2026-03-16 08:00"), at("2026-03-16 10:00"), job=False,
                 what="skills lab at her current job")
    peer_text = """Hi Kofi and Maria,

Thank you both for sitting on the peer interview panel for our new-grad residency candidate, Jenna Whitaker, BSN. Her résumé is attached; the question bank is in the shared drive under Residency > Peer Interviews.

Please put your scores in the shared drive by end of day.

Linda"""
    peer_ics = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "peer-interview"), stamp=at("2026-03-27 11:00"),
        start=at("2026-04-02 13:00"), end=at("2026-04-02 13:45"),
        summary="Peer interview - New Grad RN candidate (MICU Residency)", organizer=linda,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (kofi, "ACCEPTED", "INDIVIDUAL"),
                   (("MICU Conference Room", "micu-conf@stcasimirmed.org"), "ACCEPTED",
                    "ROOM")],
        tzid="Central Standard Time", location="MICU Conference Room (4 West)",
        description="Peer interview, new-grad residency candidate Jenna Whitaker, BSN.",
        prodid="Microsoft Exchange Server 2010")
    case.add("h4", linda, [me, kofi], "2026-03-27 11:00", peer_text,
             subject="Peer interview - New Grad RN candidate (MICU Residency)", ics=peer_ics,
             ics_mode="outlook",
             attachments=[("Whitaker_Jenna_Resume.pdf", "application/pdf", CANDIDATE_RESUME)])
    case.add("h4b", me, [linda], "2026-04-02 15:10", """Hi Linda,

Scores are in the shared drive. Jenna was solid: a great answer on the deteriorating-patient scenario, and she asked smart questions about orientation. My vote is yes.

Maria""", parent="h4", sig=False)
    case.add("h4c", linda, [me], "2026-04-02 16:00", "Thanks Maria, appreciate it.\n\nLinda",
             parent="h4b", sig=False)
    case.meeting("h4", at("2026-04-02 13:00"), at("2026-04-02 13:45"), job=False,
                 what="peer interview of a new-grad RN: Maria on the hiring side at her job")
    case.add("h5a", union, [me], "2026-03-04 07:00", """INU BULLETIN - St. Casimir Chapter

Bargaining update: the committee met with management on 3/2. Staffing ratios and the float pool remain open. Wear red on Thursdays!

Questions? Talk to your unit steward.""", subject="INU Bulletin: bargaining update, week of 3/2",
             headers=dict(bulk_headers("<bulletin.ilnursesunited.org>",
                                       "https://ilnursesunited.org/unsub/44"), **AUTO))
    case.add("h5b", union, [me], "2026-04-01 07:00", """INU BULLETIN - St. Casimir Chapter

Tentative agreement reached! Highlights: ratio language for ICUs, a 4% raise in year one, and protected education hours. Info sessions and the ratification vote are coming up; watch your email.""",
             subject="INU Bulletin: tentative agreement reached",
             headers=dict(bulk_headers("<bulletin.ilnursesunited.org>",
                                       "https://ilnursesunited.org/unsub/44"), **AUTO))
    case.add("h6", ray, [members], "2026-04-03 10:00", """Hi everyone,

Info sessions on the tentative agreement:
- Tuesday 4/7 at 7:15 am and 7:15 pm
- Thursday 4/9 at 7:15 am

All in the 2nd floor cafeteria annex. Voting opens Monday 4/13 and closes Friday 4/17 at 5 pm.

In solidarity,
Ray""", subject="Contract ratification: info sessions next week")
    case.add("h6b", me, [ray], "2026-04-03 12:15",
             "Hi Ray, I'll come to the Tuesday evening session. Maria", parent="h6", sig=False)
    case.add("h6c", ray, [me], "2026-04-03 13:02", "Great, see you there.", parent="h6b",
             sig=False)
    case.meeting("h6", at("2026-04-07 19:15"), at("2026-04-07 20:15"), job=False,
                 what="union info session")
    case.add("h7", tomasz, [me], "2026-04-06 11:00",
             "hey any chance you'd swap sat 4/11 night for my fri 4/24? cousin's wedding",
             subject="swap?")
    case.add("h7b", me, [tomasz], "2026-04-06 11:40",
             "Ugh I can't, I have the kids that weekend and Dan's traveling. Ask Kofi?",
             parent="h7", sig=False)
    case.add("h7c", tomasz, [me], "2026-04-06 11:52", "np ty", parent="h7b")

    # ---- school and kids
    for key, when, subj, body in [
        ("s1a", "2026-03-02 06:30", "Hawk Happenings - Week of March 2",
         "Reading Month continues! Wear your pajamas to school on Friday for Read-In Day. "
         "Report cards go home 3/6."),
        ("s1b", "2026-03-16 06:30", "Hawk Happenings - Week of March 16",
         "Spring picture day is Thursday. Third graders visit the Field Museum on 3/27. "
         "Parent-teacher conferences: sign up by 3/25."),
        ("s1c", "2026-04-13 06:30", "Hawk Happenings - Week of April 13",
         "Welcome back from spring break! Illinois Assessment of Readiness practice begins "
         "this week. Lost and found will be donated on Friday."),
    ]:
        case.add(key, school, [me], when, body + "\n\nHollis Park Elementary PTO",
                 subject=subj, html=html_of(body),
                 headers=dict(bulk_headers("<news.hollisparkelementary.org>",
                                           "https://hollisparkelementary.org/unsubscribe"),
                              **AUTO))
    case.add("s2", quinlan, [room112], "2026-03-18 15:30", """Dear families,

Our Field Museum trip is Friday, March 27! Permission slips are due Monday. We are also looking for two more chaperones.

Ms. Quinlan""", subject="Field Museum trip - permission slips due Monday")
    case.add("s2b", me, [quinlan], "2026-03-19 07:05", """Hi Ms. Quinlan,

Mateo's slip is signed and in his folder. I can't chaperone this time (I'm working), sorry!

Maria Gonzalez-Park (Mateo's mom)""", parent="s2", sig=False)
    case.add("s2c", quinlan, [me], "2026-03-19 12:10",
             "Got it, thanks! Next time!", parent="s2b", sig=False)
    ptc_text = """Your conference is confirmed.

Student: Mateo Park
Teacher: Ms. Amber Quinlan (Room 112)
Date: Wednesday, April 1, 2026
Time: 3:40 PM - 3:55 PM

To change your time, use the link in your original sign-up email."""
    case.add("s3", ptc, [me], "2026-03-20 19:45", ptc_text,
             subject="Conference confirmed: Wed, April 1, 3:40 PM with Ms. Quinlan",
             html=html_of(ptc_text), headers=AUTO)
    case.meeting("s3", at("2026-04-01 15:40"), at("2026-04-01 15:55"), job=False,
                 what="parent-teacher conference")
    case.add("s4", quinlan, [me, dan], "2026-04-02 16:05", """Hi Maria and Mr. Park,

It was great to meet with you yesterday. I'll send home Mateo's reading log and the multiplication practice packet by Friday so he has them over break.

Have a restful spring break!
Ms. Quinlan""", subject="Thanks for coming in yesterday")
    case.add("s4b", me, [quinlan], "2026-04-02 19:30",
             "Thank you so much! We'll work on his facts over break.\n\nMaria", parent="s4",
             sig=False)
    case.promise("s4", "s4", quinlan.email, "2026-04-03", job=False)
    case.add("s5", lunch, [me], "2026-03-30 06:00", """Low balance alert

Student: Sofia Park
Current balance: $2.35

Add funds at myschoolmeals.com. Balances under $0 may limit a la carte purchases.""",
             subject="Low balance alert for Sofia Park", headers=AUTO)
    case.add("s6", coach, [u8], "2026-04-13 20:00", """Hi U8 Blue families,

Field 3 at Kosciuszko Park is being re-sodded, so practice moves to Thursday 5:30-6:30 on Field 1 for the next two weeks. Game Saturday is unchanged (9 am).

Coach Dave""", subject="U8 Blue - practice moved to Thursday")

    # ---- family and friends
    case.add("f1", mom, [me], "2026-03-30 10:12", """Mija, ¿vienen el domingo a comer? Tu tía Lupe trae el arroz y yo hago el pernil. Dile a Daniel que no se le olvide la silla del carro para Sofi.

Te quiero,
Mami

Enviado desde Yahoo Mail para iPhone""", subject="Pascua")
    case.add("f1b", me, [mom], "2026-03-30 13:40",
             "Sí mami, llegamos como a la una. Yo llevo el flan.\n\nM", parent="f1", sig=False)
    case.add("f1c", mom, [me], "2026-03-30 18:05",
             "Perfecto. Y mándame las fotos del recital de Sofi, que tu tía las quiere ver.",
             parent="f1b")
    case.add("f1d", me, [mom], "2026-03-30 21:15", "Sí, te las mando el sábado. 💛",
             parent="f1c", sig=False)
    case.add("f1e", me, [mom], "2026-04-04 11:30",
             "Aquí están las fotos: https://photos.example.com/a/recital-sofi\n\nBesos",
             parent="f1d", sig=False)
    case.own_promise("f1", "f1d", mom.email, "2026-04-04", kept_by="f1e", job=False)
    case.meeting("f1", at("2026-04-05 13:00"), None, job=False, what="Easter lunch at her mother's")
    case.add("f2", dan, [me], "2026-04-07 07:10",
             "good luck today!! you're going to crush it. I'll grab the kids at 3",
             subject="today")
    case.add("f2b", me, [dan], "2026-04-07 11:20",
             "Thank you love. I think it went well?? Tell you tonight", parent="f2", sig=False)
    case.add("f3", jasmine, [me], "2026-04-10 17:30",
             "drinks next fri?? I want to hear EVERYTHING about the interviews",
             subject="drinks??")
    case.add("f3b", me, [jasmine], "2026-04-10 22:40",
             "YES. Friday the 17th works, I'm off. Usual place?", parent="f3", sig=False)
    case.add("f3c", jasmine, [me], "2026-04-11 09:15", "usual place 7pm 🍷", parent="f3b")
    case.meeting("f3", at("2026-04-17 19:00"), None, status="scheduled", job=False,
                 what="drinks with a friend")

    # ---- landlord
    case.add("l1", gus, [tenants], "2026-03-24 09:00", """Hello residents,

The city will shut off water to the building on Tuesday, 3/31, from 9am to 1pm for a valve replacement. Please plan accordingly.

Thank you for your patience.""", subject="2418 N. Kedzie - water shutoff Tue 3/31, 9am-1pm")
    case.add("l2", me, [gus], "2026-04-06 08:15", """Hi Gus,

The tub in our unit (2F) is draining really slowly again, same as in January. Could you send someone to look at it?

Thanks,
Maria""", subject="Tub drain in 2F backing up again", sig=False)
    case.add("l2b", gus, [me], "2026-04-06 12:40", """Hi Maria,

Sorry about that. I'll have the plumber out by Friday (4/10); he'll text you before he comes.""",
             parent="l2")
    case.add("l2c", me, [gus], "2026-04-06 13:00", """Thank you! Also a heads up: the rent portal keeps logging me out, so I'll drop off April's check at the office Monday (4/13).

Maria""", parent="l2b", sig=False)
    case.add("l2d", gus, [me], "2026-04-09 16:10",
             "Plumber says he'll be there tomorrow between 10 and 12.", parent="l2c")
    case.add("l2e", me, [gus], "2026-04-13 18:20",
             "Check is in the drop box. Drain is fine now, thanks again!\n\nMaria",
             parent="l2d", sig=False)
    case.promise("l2", "l2b", gus.email, "2026-04-10", job=False)
    case.own_promise("l2", "l2c", gus.email, "2026-04-13", kept_by="l2e", job=False)

    # ---- gym
    case.add("g1", flexfit, [me], "2026-03-20 12:00",
             "You're booked!\n\nYoga Flow with Deja\nSaturday, March 21 · 9:00 AM - 10:00 AM\n"
             "FlexFit Logan Square, Studio B\n\nLate cancel window: 12 hours.",
             subject="Booking confirmed: Yoga Flow · Sat, Mar 21 · 9:00 AM", headers=AUTO)
    case.meeting("g1", at("2026-03-21 09:00"), at("2026-03-21 10:00"), job=False,
                 what="gym class")
    case.add("g2", flexfit, [me], "2026-04-10 12:00",
             "You're booked!\n\nSpin 45 with Marco\nSaturday, April 11 · 8:00 AM - 8:45 AM\n"
             "FlexFit Logan Square, Cycle Room\n\nLate cancel window: 12 hours.",
             subject="Booking confirmed: Spin 45 · Sat, Apr 11 · 8:00 AM", headers=AUTO)
    case.meeting("g2", at("2026-04-11 08:00"), at("2026-04-11 08:45"), job=False,
                 what="gym class")
    case.add("g3", flexfit, [me], "2026-04-13 09:00",
             "Hi Maria, your monthly membership renews on April 20 for $49.00. No action "
             "needed. Manage your membership in the FlexFit app.",
             subject="Your membership renews on April 20", headers=AUTO)

    # ---- Etsy (one seller in Ireland writes day-first dates)
    case.add("e1", etsy, [me], "2026-03-08 21:14", """Hi Maria,

Thanks for your order from KnotAndNeedleCo!

Order #3024418856
Beginner amigurumi kit - sea turtle    $28.00
Shipping                                $9.50
Total                                  $37.50

The shop will let you know when it ships.""",
             subject="Your Etsy Purchase from KnotAndNeedleCo (3024418856)", headers=AUTO)
    case.add("e2", etsy, [me], "2026-03-11 05:02", """Good news, Maria! Your order from KnotAndNeedleCo has shipped.

Note from the seller: "Dispatched from Cork on 11/03/2026 - allow 7 to 10 working days. Happy crocheting! - Niamh"

Track your package in the Etsy app.""",
             subject="Your Etsy order has shipped (3024418856)", headers=AUTO)
    case.add("e3", etsy, [me], "2026-04-02 22:41", """Hi Maria,

Thanks for your order from LittleLupitaPrints!

Order #3051190327
Personalized birthday banner - "SOFIA IS 6"    $18.00
Shipping                                        $4.25
Total                                          $22.25""",
             subject="Your Etsy Purchase from LittleLupitaPrints (3051190327)", headers=AUTO)

    # ---- job boards (full of job words, owe nothing)
    li_hdr = dict(bulk_headers("<jobalerts.linkedin.com>",
                               "https://www.linkedin.com/comm/jobs/alerts/unsub"), **AUTO)
    for key, when, n, jobs in [
        ("li1", "2026-03-02 08:05", 18, ["UX Researcher - Brightline Telehealth - Remote",
                                         "Clinical UX Research Associate - Halsted Health - "
                                         "Chicago, IL", "User Researcher - Ventra Mobility - "
                                         "Chicago, IL (Hybrid)"]),
        ("li2", "2026-03-16 08:05", 11, ["UX Researcher - Monarch Mutual Insurance - Chicago, "
                                         "IL", "UX Research Analyst, Digital Health - Lakeview "
                                         "Medical Group - Oak Brook, IL",
                                         "Research Operations Coordinator - Cardinal Labs - "
                                         "Remote"]),
        ("li3", "2026-04-06 08:05", 14, ["UX Researcher (Contract) - Loop & Lantern - Chicago, "
                                         "IL", "Associate UX Researcher - Tessellate Health - "
                                         "Chicago, IL", "Senior UX Researcher - Kestrel "
                                         "Analytics - Chicago, IL"]),
    ]:
        body = ("Your job alert for UX researcher in Chicago, IL\n%d new jobs match your "
                "preferences.\n\n%s\n\nSee all jobs: https://www.linkedin.com/jobs/search/"
                "\n\nYou are receiving Job Alert emails." % (n, "\n".join("- " + j for j in jobs)))
        case.add(key, li_alerts, [me], when, body,
                 subject="UX researcher: %d new jobs in Chicago, IL" % n, html=html_of(body),
                 headers=li_hdr)
    li4_text = """You appeared in 14 searches this week

Top companies your searchers work at: Tessellate Health, Gable Health, TalentBridge Staffing

Searchers found you through: UX research, clinical, ICU

See who's looking: https://www.linkedin.com/me/search-appearances"""
    case.add("li4", li_notes, [me], "2026-03-29 10:30", li4_text,
             subject="You appeared in 14 searches this week", html=html_of(li4_text),
             html_only=True, headers=AUTO)
    li5_text = """Sam Okoye has accepted your invitation. Let's start a conversation.

Sam Okoye
Co-founder & Head of Product at Loop & Lantern

Message Sam: https://www.linkedin.com/messaging/compose/?recipient=sam-okoye"""
    case.add("li5", li_inv, [me], "2026-04-03 07:12", li5_text,
             subject="Sam Okoye accepted your invitation", html=html_of(li5_text),
             headers=AUTO)
    in_hdr = dict(bulk_headers("<alerts.indeed.com>", "https://www.indeed.com/alert/unsub"),
                  **AUTO)
    for key, when, jobs in [
        ("in1", "2026-03-10 06:12", ["Patient Experience Researcher - Morrow Children's "
                                     "Hospital", "UX Research Intern (Summer) - Orbit Payments",
                                     "Nurse Informaticist - St. Casimir Medical Center"]),
        ("in2", "2026-03-24 06:12", ["UX Researcher, Patient & Family Experience - Morrow "
                                     "Children's Hospital", "Contract UX Researcher - "
                                     "TalentBridge Staffing - Evanston, IL"]),
        ("in3", "2026-04-07 06:12", ["Clinical Research Associate, Product - CareRoute",
                                     "UX Research Associate - Gable Health - Remote"]),
        ("in4", "2026-04-14 06:12", ["Junior UX Researcher - Brightline Telehealth - Remote",
                                     "Service Designer - Monarch Mutual Insurance"]),
    ]:
        body = ("New jobs for \"ux research\" near Chicago, IL\n\n%s\n\nEasily apply on "
                "Indeed. Manage alerts: https://www.indeed.com/alerts"
                % "\n".join("- " + j for j in jobs))
        case.add(key, indeed, [me], when, body,
                 subject="%s and more new jobs for ux research" % jobs[0].split(" - ")[0],
                 html=html_of(body), html_only=True, headers=in_hdr)

    # ---- appointments, bills, course
    case.add("p1", peds, [me], "2026-03-23 10:00", """Appointment reminder

Patient: Sofia Park
Provider: Dr. Helen Ruiz-Baker
Wednesday, March 25, 2026 at 4:00 PM
Lincoln Square Pediatrics, 4711 N Lincoln Ave

Reply C to confirm by text, or call (773) 555-0190 to reschedule.""",
             subject="Appointment reminder for Sofia: Wed, Mar 25 at 4:00 PM", headers=AUTO)
    case.meeting("p1", at("2026-03-25 16:00"), None, job=False, what="pediatrician")
    dent_ics = make_ics(
        method="PUBLISH", uid=uid_uuid(NAME, "dentist"), stamp=at("2026-04-07 14:00"),
        start=at("2026-04-18 09:00"), end=at("2026-04-18 10:00"),
        summary="Dental cleaning - BrightSmile Dental", organizer=dentist,
        tzid=CHI, location="BrightSmile Dental, 2901 W Diversey Ave",
        prodid="-//BrightSmile Dental//Patient Portal//EN")
    case.add("p2", dentist, [me], "2026-04-07 14:00", """Hi Maria,

Your appointment is confirmed:

Saturday, April 18, 2026 at 9:00 AM
Cleaning and exam with Dr. Patel
BrightSmile Dental, 2901 W Diversey Ave

Add it to your calendar with the attached file.""",
             subject="Appointment confirmed: Sat, Apr 18 at 9:00 AM", ics=dent_ics,
             ics_mode="publish", headers=AUTO)
    case.meeting("p2", at("2026-04-18 09:00"), at("2026-04-18 10:00"), status="scheduled",
                 job=False, what="dentist")
    case.add("p3", electric, [me], "2026-03-12 04:30", """Your Prairie Electric bill is ready.

Account ending 4471
Amount due: $86.14
Due date: April 2, 2026

AutoPay is on; no action needed.""", subject="Your March bill is ready", headers=AUTO)
    case.add("n1", northline_news, [me], "2026-03-20 09:00", """ALUMNI DIGEST - MARCH

- Cohort 14 demo day recap
- Hiring corner: three alumni landed research roles this month
- Portfolio nights return in April (sign-ups open 4/1)""",
             subject="Alumni Digest: March",
             headers=dict(bulk_headers("<alumni.northlineux.org>",
                                       "https://northlineux.org/unsubscribe"), **AUTO))
    case.add("n2", northline_news, [me], "2026-04-10 09:00", """ALUMNI DIGEST - APRIL

- Portfolio nights are back (Tuesdays in April)
- Alumni spotlight: from respiratory therapy to research ops
- Job board: 9 new roles shared by alumni""",
             subject="Alumni Digest: April - portfolio nights are back",
             headers=dict(bulk_headers("<alumni.northlineux.org>",
                                       "https://northlineux.org/unsubscribe"), **AUTO))
    case.add("n3", northline_noreply, [me], "2026-02-27 16:00", """Congratulations, Maria!

You have completed the UX Research Certificate program (Cohort 14). Your certificate is ready to download, and you can add it to your LinkedIn profile from the link below.

https://northlineux.org/certificates/c14-mgp""",
             subject="Your UX Research Certificate is ready", headers=AUTO)

    # ================================================================== THREADS
    J = True
    case.thread("mu1", J, "networking", "Chicago UX Research Meetup",
                "March meetup Tue Mar 10 18:00-20:00 (RSVP and reminder); met Devon and Rosa "
                "there, whose addresses this thread does not give")
    case.thread("dev1", J, "networking", "Kestrel Analytics",
                "coffee Tue Mar 17 7:30 (agreed in words, slots offered); thanked the same "
                "day, Devon answered Mar 18; Maria wrote again Apr 6 in a new thread and Devon "
                "answered Apr 7, so the next touch is due only at the end of Apr 21")
    case.thread("dev6", J, "networking", "Kestrel Analytics",
                "Maria's own promise: 'I'll send you the draft by Wednesday' (Apr 8); Devon's "
                "'send it whenever' reply does not keep it; nothing sent since")
    case.thread("pri1", J, "networking", "Halsted Health",
                "LinkedIn intro by a former colleague; coffee Thu Mar 19 8:00; thanked in "
                "the thread; Priya's reply Mar 20 is the last exchange: touch due end of Apr 3")
    case.thread("ren1", J, "networking", "Ferris Mutual",
                "alumni coordinator's intro gives Theo's and Ana's addresses; Zoom Tue Mar 24 "
                "noon CT (1 pm ET); Theo thanked here, Ana in a new thread; touches due end "
                "of Apr 7 (Theo) and Apr 8 (Ana, who replied Mar 25)")
    case.thread("ana1", J, "networking", "Ferris Mutual",
                "thank-you to Ana after Theo's call, and her reply")
    case.thread("tes1", J, "application", "Tessellate Health",
                "application to Lorena Mar 23, answered by her Mar 25 (hands to recruiter); "
                "phone screen Mon Mar 30 15:00-15:30 thanked; Brianna: committee meets 4/16, "
                "'in touch by Friday 4/17' (open)")
    case.thread("gt1", J, "interview", "Tessellate Health",
                "GoodTime panel Thu Apr 9 13:00-14:30: Lorena, Ethan (in the ICS) and Nadia "
                "Haddad (named only); arranged by Brianna, who did not attend; Lorena thanked "
                "in a new thread, Ethan not; nobody asked Brianna for Nadia's address")
    case.thread("lty1", J, "interview", "Tessellate Health",
                "thank-you to Lorena after the panel with 'the sample research plan by "
                "Monday'; sent Mon Apr 13 as promised")
    case.thread("mw1", J, "application", "Monarch Mutual Insurance",
                "Workday acknowledgement of a portal application (R-20418)")
    case.thread("my1", J, "interview", "Monarch Mutual Insurance",
                "coordinator offers two slots, Maria picks Tue Apr 7 10:00; after the "
                "interview Maya passes on Greg's word: back in touch by Fri Apr 10; nothing "
                "from Monarch since")
    case.thread("mt1", J, "interview", "Monarch Mutual Insurance",
                "Teams invite (Windows zone) from the coordinator; Greg in the attendees, "
                "Priscilla Nakamura named only in the text; Greg thanked in a new thread")
    case.thread("gty1", J, "interview", "Monarch Mutual Insurance",
                "thank-you to Greg with 'the case study by Thursday' (Apr 9), never sent; "
                "Greg's reply does not release her promise")
    case.thread("kb1", J, "recruiter", "TalentBridge Staffing",
                "agency recruiter; résumé sent Mar 26, answered; call Mon Mar 30 thanked; "
                "references promised by Thursday and sent Thu Apr 2; Kelsey's 'by Friday (4/3)' "
                "meets her out-of-office (back Tue Apr 14): callback due only end of Apr 16")
    case.thread("gb1", J, "recruiter", "Gable Health",
                "inbound recruiter; résumé sent Mar 24, answered Mar 26 with 'I'll let you "
                "know by Tuesday (3/31)'; nothing since")
    case.thread("mc1", J, "application", "Morrow Children's Hospital",
                "application emailed to the director Fri Mar 27; only an out-of-office "
                "answered (naming a delegate); due after 7 business days, end of Apr 7")
    case.thread("ll1", J, "application", "Loop & Lantern",
                "application emailed to the head of product Wed Apr 1; only a LinkedIn "
                "connection acceptance since; due end of Apr 10")
    case.thread("cl1", J, "rejection", "Cardinal Labs",
                "application Mar 25; gentle rejection from the hiring manager Apr 1")
    case.thread("lv1", J, "application", "Lakeview Medical Group",
                "portal application, Workday acknowledgement only: no one to write to")
    case.thread("bl1", J, "application", "Brightline Telehealth",
                "Greenhouse acknowledgement of a portal application")
    case.thread("bl2", J, "rejection", "Brightline Telehealth",
                "Greenhouse rejection of the portal application")
    case.thread("dn1", J, "networking", "CareRoute",
                "Google Calendar invite 'Catch up' is the only hint; call Sun Apr 12 19:00-"
                "19:45; Maria's 'thanks' came before it; Denise's job link Apr 13 unanswered")
    case.thread("rs1", J, "networking", "Orbit Payments",
                "portfolio review booked on Calendly for Mon Apr 13 17:30, moved by Rosa to "
                "Fri Apr 17 17:30 ('Friday works!')")
    case.thread("cal1", J, "networking", "Orbit Payments", "Calendly booking confirmation")
    case.thread("cal2", J, "networking", "Orbit Payments", "Calendly reschedule notice")
    case.thread("mu2", J, "networking", "Chicago UX Research Meetup",
                "April meetup Tue Apr 14 18:00-20:00 (RSVP and reminder)")
    N = False
    for root, note in [
        ("h1", "staffing office schedule notice"),
        ("h2", "open shifts at her hospital; Maria picks one up"),
        ("h3", "Outlook invite to a skills lab at her current job"),
        ("h4", "peer interview for a new-grad RN at her current job (Maria on the hiring "
               "side), with the candidate's résumé"),
        ("h5a", "union bulletin"), ("h5b", "union bulletin"),
        ("h6", "union info sessions; Maria will attend Tue Apr 7 evening"),
        ("h7", "shift swap request from a coworker"),
        ("s1a", "school newsletter"), ("s1b", "school newsletter"), ("s1c", "school newsletter"),
        ("s2", "field trip permission slip"),
        ("s3", "parent-teacher conference confirmation"),
        ("s4", "teacher's 'by Friday' about a reading log: not job search"),
        ("s5", "school lunch balance"), ("s6", "kids' soccer schedule"),
        ("f1", "her mother, in Spanish; Maria's promise of photos kept"),
        ("f2", "her husband"), ("f3", "a friend: drinks Fri Apr 17"),
        ("l1", "landlord notice"),
        ("l2", "landlord: plumber 'by Friday'; Maria's rent check Monday"),
        ("g1", "gym booking"), ("g2", "gym booking"), ("g3", "gym renewal"),
        ("e1", "Etsy receipt"), ("e2", "Etsy shipping notice (day-first date)"),
        ("e3", "Etsy receipt"),
        ("li1", "LinkedIn job alert"), ("li2", "LinkedIn job alert"),
        ("li3", "LinkedIn job alert"), ("li4", "LinkedIn search appearances"),
        ("li5", "LinkedIn: Sam Okoye accepted her invitation (not a person writing)"),
        ("in1", "Indeed alert"), ("in2", "Indeed alert"), ("in3", "Indeed alert"),
        ("in4", "Indeed alert"),
        ("p1", "pediatrician reminder"), ("p2", "dentist, ICS PUBLISH, Sat Apr 18"),
        ("p3", "electric bill"), ("n1", "bootcamp newsletter"), ("n2", "bootcamp newsletter"),
        ("n3", "bootcamp certificate"),
    ]:
        case.thread(root, N, None, None, note)

    # ================================================================== LABELS
    E = case.expect
    E("networking", "pri1", priya.email,
      "coffee Thu Mar 19 took place (networking); thanked the same day; Priya's reply on "
      "Fri Mar 20 is the last exchange in any thread: touch due end of Fri Apr 3, not stale")
    E("networking", "ren1", theo.email,
      "informational call Tue Mar 24 took place; thanked the same afternoon, no reply and "
      "nothing since: touch due end of Tue Apr 7")
    E("networking", "ren1", ana.email,
      "Ana joined the call (address given in the intro and the cc); her reply of Wed Mar 25 "
      "in the thank-you thread is the last exchange: touch due end of Wed Apr 8, in the "
      "meeting's thread")
    E("own_promise", "dev6", devon.email,
      "'I'll send you the draft by Wednesday' (Apr 8); Devon's reply is not Maria keeping it "
      "and she has not written to him since: due end of Apr 8")
    E("own_promise", "gty1", greg.email,
      "'I'll send you the full discharge-checklist case study by Thursday' (Apr 9); Greg's "
      "reply came first and nothing was sent to him after: due end of Apr 9")
    E("application", "mc1", karen.email,
      "résumé emailed to the director Fri Mar 27; only her out-of-office answered (not a "
      "person writing, and its return date does not move an application): due end of the "
      "7th business day, Tue Apr 7")
    E("application", "ll1", sam.email,
      "application emailed to Sam Wed Apr 1; nothing from Loop & Lantern since (a LinkedIn "
      "connection acceptance is not a person writing): due end of Fri Apr 10")
    E("ask_for_address", "gt1", brianna.email,
      "Nadia Haddad was on the Thu Apr 9 panel but her address appears nowhere; Brianna "
      "arranged it and Maria has not written to her since the panel: due Apr 9 16:30")
    E("ask_for_address", "mt1", maya.email,
      "Priscilla Nakamura interviewed Maria Tue Apr 7 but is named without an address; asking "
      "Greg to pass on thanks is not writing to the arranger (Maya), who has not been written "
      "to since: due Apr 7 12:45")
    E("thank_you", "gt1", ethan.email,
      "panelist (ICS attendee) at the Thu Apr 9 panel; only Lorena was thanked: due Apr 9 "
      "16:30, overdue since Apr 10 14:30")
    E("thank_you", "dn1", denise.email,
      "catch-up call Sun Apr 12 19:00-19:45 took place; the only 'thanks' was sent before it "
      "and Denise's Apr 13 message is hers, not a thank-you: overdue since Apr 13 19:45")
    E("callback", "my1", maya.email,
      "Maya relayed 'he will be back in touch by Friday, April 10'; nothing from Monarch "
      "since: due end of Tue Apr 14", promised="2026-04-10")
    E("callback", "gb1", jordan.email,
      "'I'll let you know by Tuesday (3/31)'; nothing from Gable Health since: due end of "
      "Thu Apr 2, stale only after the end of Apr 16", promised="2026-03-31")

    F = case.forbid
    F("dev1", devon.email,
      "networking touch counts from the last exchange in any thread: Maria wrote Apr 6 and "
      "Devon answered Apr 7 (new thread), so the next touch is due end of Apr 21; the coffee "
      "was thanked Mar 17")
    F("ren1", renee.email,
      "the arranger already gave Ana's address in her intro: nothing to ask; Renée was not on "
      "the call and promised nothing")
    F("tes1", lorena.email,
      "application of Mon Mar 23 answered by Lorena herself on Mar 25 (handed to the "
      "recruiter); her panel thanks went to a new thread")
    F("lty1", lorena.email,
      "Maria's 'research plan by Monday' kept on Mon Apr 13 with the attachment; the panel "
      "was thanked in this thread on Apr 9")
    F("kb1", kelsey.email,
      "'by Friday (4/3)' meets Kelsey's out-of-office (back Tue Apr 14), so the callback is "
      "due only at the end of Thu Apr 16; references promised by Thursday were sent Apr 2; "
      "call thanked Mar 31; résumé answered Mar 27")
    F("mc1", "scott.meyers@morrowchildrens.org",
      "named only as the urgent contact in Karen's out-of-office; the application went to "
      "Karen and its follow-up goes to her")
    F("lv1", workday_lakeview.email,
      "portal application with only a Workday acknowledgement: no person to write to "
      "(digest only)")
    F("mt1", greg.email,
      "interview Tue Apr 7 thanked by the new-thread note at 12:05 the same day; his pending "
      "item is Maria's own promise, in that other thread")
    F("cl1", hannah.email,
      "application answered by Hannah's rejection on Apr 1, which ends it; no meeting took "
      "place")
    F("h4", linda.email,
      "peer interview at Maria's current hospital, where she is on the hiring side: not her "
      "job search")
    F("rs1", rosa.email,
      "portfolio review moved from Mon Apr 13 to Fri Apr 17 17:30: still ahead at now")
    F("pri1", jasmine.email,
      "the introducer (a friend on gmail): not at the coffee, promised nothing")

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Maria Gonzalez-Park, 36, has been an ICU nurse at St. Casimir Medical Center in Chicago for "
    "nine years and has just finished a UX research certificate. The mailbox runs from late "
    "February to Wednesday, April 15, 2026, 10:15 CDT. Most of her search is networking: a "
    "LinkedIn introduction to Priya at Halsted Health (coffee thanked; Priya's reply on March 20 "
    "was the last word, so the two-week touch is due), an alumni call with Theo and Ana "
    "at Ferris Mutual set up by the bootcamp's coordinator, who gave Ana's address (both "
    "touches due), and a meetup contact, Devon, whom she wrote to again in a new thread (no "
    "touch yet, but her own 'draft by Wednesday' is overdue). She emails applications to named "
    "people: Morrow Children's director answered only with an out-of-office (follow-up due), "
    "Loop & Lantern's head of product not at all (due), Tessellate's research lead answered "
    "the same week, Cardinal Labs rejected her. Two interviews: a Monarch Mutual Teams call "
    "arranged by a coordinator, with a second interviewer named but never given an address, "
    "and a GoodTime panel at Tessellate with the same gap; she thanked one person at each. "
    "She promised Greg at Monarch a case study by Thursday and never sent it; Monarch's "
    "'by Friday, April 10', relayed by the coordinator, has run out. An agency recruiter's 'by "
    "Friday' is pushed past `now` by her out-of-office return date; a Gable Health recruiter "
    "went quiet after 'by Tuesday (3/31)'; a former charge nurse's Sunday catch-up was thanked "
    "only beforehand. Noise: hospital shifts and a peer interview where Maria is on the hiring "
    "side, union bulletins, her kids' school, her mother in Spanish, a landlord, a gym, Etsy, "
    "LinkedIn and Indeed alerts, appointments.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
