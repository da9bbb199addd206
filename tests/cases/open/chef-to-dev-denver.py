#!/usr/bin/env python3
"""chef-to-dev-denver: a Denver sous-chef, fresh out of a coding bootcamp, hunting for a first
junior developer job between restaurant shifts.  Written blind (BRIEF.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

DEN = "America/Denver"

TEAMS_BLOCK = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: %s
Passcode: %s
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________
"""

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def build():
    name = "chef-to-dev-denver"
    now_s = "2026-04-16 10:15"
    eli = Person("Eli Navarro", "eli.navarro@example.com", DEN, "webmail",
                 sig="Eli Navarro\n720-555-0186 | eli.navarro@example.com\ngithub.com/elinavarro",
                 msgid_domain="mail.example.com")
    case = Case(
        name,
        "Denver sous-chef and new coding-bootcamp grad looking for a first junior developer job "
        "while still working restaurant shifts; mid-April 2026",
        {"name": "Eli Navarro", "emails": ["eli.navarro@example.com"],
         "phone": "+1 720 555 0186", "timezone": DEN},
        None,
        "",
    )
    case.me = eli
    case.now = case.at(now_s)
    at = case.at

    # ------------------------------------------------------------------ people
    renata = Person("Renata Alvarez", "renata.alvarez@switchbackcode.io", DEN, "gmail",
                    sig="Renata Alvarez (she/her)\nCareer Coach | Switchback Code Academy\n"
                        "Book office hours: calendly.com/renata-switchback")
    renata_cal = Person("Renata Alvarez", "renata.alvarez@switchbackcode.io", DEN, "gcal")
    kayla = Person("Kayla Nguyen", "kayla.nguyen@switchbackcode.io", DEN, "gmail",
                   sig="Kayla Nguyen\nAlumni Community Manager, Switchback Code Academy")
    sb_news = Person("Switchback Code Academy", "news@switchbackcode.io", DEN, "auto", auto=True,
                     msgid_domain="mail.switchbackcode.io")
    grace = Person("Grace Liu", "grace.liu@cairnsystems.com", DEN, "gmail",
                   sig="Grace Liu\nStaff Software Engineer | Cairn Systems")
    sam = Person("Sam Whitaker", "sam.whitaker.codes@gmail.com", DEN, "gmail")
    jordan = Person("Jordan Kim", "jordan.kim@trailheadhealth.com", DEN, "outlook",
                    sig="Jordan Kim\nSoftware Engineer II | Trailhead Health\nhe/him")
    hannah = Person("Hannah Brooks", "hannah.brooks@ledgerly.io", "America/Chicago", "gmail",
                    sig="Hannah Brooks\nFrontend Engineer @ Ledgerly")
    megan = Person("Megan Ortiz", "megan.ortiz@fieldnote.dev", DEN, "gmail",
                   sig="Megan Ortiz\nTalent Partner | Fieldnote\nfieldnote.dev/careers")
    greenhouse = Person("Fieldnote Recruiting", "no-reply@greenhouse.io", DEN, "auto", auto=True,
                        msgid_domain="greenhouse.io")
    ty = Person("Ty Brennan", "ty.brennan@fieldnote.dev", DEN, "gmail",
                sig="Ty Brennan\nEngineering Manager, Fieldnote")
    alicia = Person("Alicia Wong", "alicia.wong@fieldnote.dev", DEN, "gmail")
    lever = Person("Kindling", "no-reply@hire.lever.co", "America/Los_Angeles", "auto", auto=True,
                   msgid_domain="hire.lever.co")
    calendly = Person("Calendly", "no-reply@calendly.com", DEN, "auto", auto=True,
                      msgid_domain="calendly.com")
    nora = Person("Nora Feld", "nora.feld@kindlinghq.com", "America/Los_Angeles", "gmail",
                  sig="Nora Feld\nTechnical Recruiter, Kindling\nPortland, OR")
    brianna = Person("Brianna Cole", "brianna.cole@rockroselabs.com", DEN, "outlook",
                     sig="Brianna Cole\nTalent Acquisition Lead\nRockrose Labs | Boulder, CO\n"
                         "M: 303-555-0147")
    nate = Person("Nate Sorensen", "nate.sorensen@rockroselabs.com", DEN, "outlook",
                  sig="Nate Sorensen\nSoftware Engineer | Rockrose Labs")
    smartr = Person("Sundial Learning", "no-reply@smartrecruiters.com", "America/New_York", "auto",
                    auto=True, msgid_domain="smartrecruiters.com")
    olivia = Person("Olivia Park", "olivia.park@sundiallearning.com", "America/New_York", "gmail",
                    sig="Olivia Park\nRecruiting Coordinator | Sundial Learning\n(646) 555-0139")
    derek = Person("Derek Lowe", "derek.lowe@summittechstaffing.com", DEN, "outlook",
                   sig="Derek Lowe\nSenior Technical Recruiter – Contract & Contract-to-Hire\n"
                       "Summit Tech Staffing\nD: 720-555-0193 | C: 303-555-0172\n"
                       "summittechstaffing.com")
    summit_jobs = Person("Summit Tech Staffing", "jobs@summittechstaffing.com", DEN, "auto",
                         auto=True, msgid_domain="mail.summittechstaffing.com")
    greg = Person("Greg Hoffman", "ghoffman@alpinecu.org", DEN, "outlook",
                  sig="Greg Hoffman\nManager, Application Development\nAlpine Credit Union\n"
                      "303-555-0164")
    kyle = Person("Kyle Brandt", "kyle@gearhouse.co", DEN, "gmail", sig="sent from my iphone")
    jess = Person("Jess Marlow", "jess@gearhouse.co", DEN, "gmail")
    aaron = Person("Aaron Whitley", "aaron.whitley@bristleconedata.com", "America/New_York",
                   "outlook", sig="Aaron Whitley\nTalent Acquisition Partner\nBristlecone Data | "
                                  "Boston, MA\n617-555-0108")
    lorraine = Person("Lorraine Kessler", "lkessler@pvwa.org", DEN, "outlook",
                      sig="Lorraine Kessler, SHRM-CP\nHuman Resources Analyst II\n"
                          "Platte Valley Water Authority\n303-555-0110 | pvwa.org")
    ochoa = Person("Ray Ochoa", "rochoa@pvwa.org", DEN, "outlook")
    becker = Person("Tina Becker", "tbecker@pvwa.org", DEN, "outlook")
    peakview = Person("Peakview Health Talent Acquisition", "peakviewhealth@myworkday.com", DEN,
                      "auto", auto=True, msgid_domain="myworkday.com")

    # noise
    carla = Person("Carla Mendes", "carla@junipertable.com", DEN, "gmail",
                   sig="Carla Mendes\nGeneral Manager | Juniper Table\n(720) 555-0122")
    carla_cal = Person("Carla Mendes", "carla@junipertable.com", DEN, "gcal")
    shifts = Person("7shifts", "no-reply@7shifts.com", DEN, "auto", auto=True,
                    msgid_domain="7shifts.com")
    tasha = Person("Tasha Brooks", "tasha.b.denver@gmail.com", DEN, "gmail")
    luis = Person("Luis Peña", "luis.pena.cooks@gmail.com", DEN, "gmail")
    brenda = Person("Brenda Schultz", "bschultz@highlineresidential.com", DEN, "outlook",
                    sig="Brenda Schultz\nProperty Manager | Highline Residential\n(303) 555-0181")
    portal = Person("Highline Resident Portal", "noreply@highlineresidential.com", DEN, "auto",
                    auto=True)
    ana = Person("Ana Navarro", "ana.navarro.92@gmail.com", DEN, "gmail")
    mom = Person("Lupe Navarro", "lupenavarro57@yahoo.com", DEN, "webmail",
                 msgid_domain="mail.yahoo.com", sig="Enviado desde Yahoo Mail para iPhone")
    crux = Person("Crux Climbing Denver", "hello@cruxclimbingdenver.com", DEN, "auto", auto=True)
    jake = Person("Jake Osei", "jake.osei@gmail.com", DEN, "gmail")
    paybird = Person("Paybird", "receipts@paybird.com", DEN, "auto", auto=True)
    codeboard = Person("CodeBoard Jobs", "alerts@codeboardjobs.com", DEN, "auto", auto=True)
    dental = Person("Cherry Creek Family Dental", "frontdesk@cherrycreekfamilydental.com", DEN,
                    "outlook", sig="Cherry Creek Family Dental\n3100 E 1st Ave, Suite 210, "
                                   "Denver, CO 80206\n(303) 555-0175")
    energy = Person("Front Range Energy", "billing@frontrangeenergy.com", DEN, "auto", auto=True)
    github = Person("GitHub", "notifications@github.com", "UTC", "auto", auto=True)
    proconnect = Person("ProConnect", "notifications@proconnect.com", DEN, "auto", auto=True)
    keeb = Person("Keebworks", "orders@keebworks.com", DEN, "auto", auto=True)
    marisol = Person("Marisol Ruiz", "marisol.ruiz@gmail.com", DEN, "gmail")

    def add(*a, **k):
        return case.add(*a, **k)

    # ==================================================================
    # Switchback Code Academy career services: weekly check-ins
    # ==================================================================
    add("ci1", renata, [eli], "2026-03-09 08:30", """
Hey Eli!

Happy Monday. Quick check-in like always, reply whenever you get a sec (no essay needed):

1. How many applications went out last week?
2. Any replies or calls on the calendar?
3. Anything you're stuck on? Resume, LinkedIn, portfolio, nerves, all fair game.

Also, now that demo day is behind us, I want to get a mock behavioral interview on your calendar in the next few weeks. I'll match you with one of our volunteer mentors.

You've got this 💪
""", subject="Week 3 check-in 👋")
    add("ci1r", eli, [renata], "2026-03-09 23:48", """
Hey Renata!

1. 9 apps last week (mostly CodeBoard + a couple direct on company sites)
2. nothing scheduled yet 😬 one recruiter viewed my profile, that's it
3. honestly my resume still reads like a chef resume. can I bring it to office hours this week?

mock interview = yes please. mornings are best, I'm on the line most nights.

Eli
""", parent="ci1", sig=False)
    add("ci1rr", renata, [eli], "2026-03-10 09:02", """
Yes! Grab any drop-in slot on the portal and bring the resume. And 9 apps while working full shifts is solid, but let's talk about tailoring: 5 targeted > 15 generic.

The "chef resume" thing is a feature, not a bug btw. Running a line = working under pressure, prioritizing, communicating with a team. We'll make it read that way.
""", parent="ci1r")
    case.thread("ci1", True, "networking", "Switchback Code Academy",
                "career coach's weekly check-in; no meeting, no dated promise")

    add("ci2", renata, [eli], "2026-03-23 08:20", """
Morning Eli ☀️

Weekly check-in time. I saw in the tracker you've got a few conversations going 👀 Give me the rundown when you can. Anything you want me to look at before a call?
""", subject="Week 5 check-in")
    add("ci2r", eli, [renata], "2026-03-23 10:05", """
ok here's the rundown:

- Fieldnote: phone screen w/ their recruiter last Thurs, went well, sent a thank-you ✅ waiting to hear
- Gearhouse (the restaurant inventory startup): cofounder called me after seeing my demo day project!! he's "talking to his cofounder"
- Rockrose Labs: recruiter wants a 20 min chat Wed
- Platte Valley Water: applied to their junior web dev job, they invited me to a panel 3/31 10am (very formal emails lol)

could you look at my STAR stories before the Platte Valley one? they're in our shared doc
""", parent="ci2", sig=False)
    add("ci2rr", renata, [eli], "2026-03-23 12:40", """
LOOK AT YOU 🎉

Left comments on the STAR doc. Big one: for the "walk-in cooler died on a Saturday" story, lead with what YOU decided, not what the team did. Government panels love a clear structure, so situation / task / action / result, out loud, almost robotic.
""", parent="ci2r")
    case.thread("ci2", True, "networking", "Switchback Code Academy",
                "weekly check-in; Eli's pipeline update; no promise")

    add("ci3", renata, [eli], "2026-03-30 08:10", """
Hey hey,

Week 6 already! Two things:

1. How are you feeling about tomorrow's panel? Reply with one word, I'll take it.
2. I'm finalizing the spring hiring-partner list (companies that have committed to interviewing Switchback grads this quarter). I'll send it over by Wednesday so you can prioritize.

Talk soon!
""", subject="Week 6 check-in + hiring partner list coming")
    add("ci3r", eli, [renata], "2026-03-30 22:55", """
one word: caffeinated ☕

sounds good on the list! I'll keep an eye out
""", parent="ci3", sig=False)
    add("ci3rr", renata, [eli], "2026-03-31 14:10", """
As promised, the spring hiring-partner list is attached 📎

For you specifically I'd prioritize Ponderosa Pay (small fintech, they hired two of our Fall grads) and Trailhead Health (strong apprenticeship program). Mark the ones you want intros to and I'll reach out.

How did the panel go?!
""", parent="ci3r", attachments=[("Switchback_Spring2026_Hiring_Partners.pdf", "application/pdf",
                                    make_pdf(["Switchback Code Academy - Spring 2026 Hiring Partners",
                                              "Ponderosa Pay - Jr. Full-Stack Engineer",
                                              "Trailhead Health - Software Apprenticeship",
                                              "Fieldnote - Junior Software Engineer",
                                              "Cairn Systems - Associate Engineer",
                                              "Ledgerly - Frontend Apprentice"]))])
    case.thread("ci3", True, "networking", "Switchback Code Academy",
                "coach promised the hiring-partner list 'by Wednesday' (Apr 1) and sent it Tue Mar 31")
    case.promise("ci3", "ci3", renata.email, "2026-04-01", answered_by="ci3rr")

    add("ci4", renata, [eli], "2026-04-13 08:15", """
Hi Eli!

Good luck at Fieldnote this morning!! You're ready. Eat something first 🍳

Reminder: Ponderosa call with Chris is tomorrow at 1:30 MT, he'll call your cell.

Send me the usual update whenever you surface.
""", subject="Week 8 check-in 🌱")
    case.thread("ci4", True, "networking", "Switchback Code Academy",
                "weekly check-in with good-luck note; not answered; nothing owed")

    # ==================================================================
    # Mock behavioral interview (coach organises, a volunteer mentor runs it)
    # ==================================================================
    mock_s, mock_e = at("2026-04-10 11:00"), at("2026-04-10 11:45")
    mock_ics = make_ics(
        method="REQUEST", uid=uid_google(name, "mock"), stamp=at("2026-04-06 09:12"),
        start=mock_s, end=mock_e, tzid=DEN,
        summary="Mock behavioral interview – Eli Navarro w/ Grace Liu",
        organizer=renata_cal,
        attendees=[(eli, "NEEDS-ACTION", "INDIVIDUAL"), (grace, "ACCEPTED", "INDIVIDUAL")],
        location="https://switchbackcode.zoom.us/j/83310472291",
        description="Grace is one of our volunteer mentors (Staff Engineer at Cairn Systems). "
                    "45 min behavioral mock, STAR format. Bring 3 stories: a conflict, a "
                    "failure, something you're proud of. I'm not joining this one; Grace will "
                    "send you notes afterward. – Renata")
    add("mock", renata_cal, [eli], "2026-04-06 09:12", """
You have been invited to the following event.

Mock behavioral interview – Eli Navarro w/ Grace Liu
When: Friday Apr 10, 2026 11am – 11:45am Mountain Time - Denver
Joining info: Join Zoom Meeting
https://switchbackcode.zoom.us/j/83310472291

Calendar: eli.navarro@example.com
Who
• Renata Alvarez - organizer
• Grace Liu
• Eli Navarro

Grace is one of our volunteer mentors (Staff Engineer at Cairn Systems). 45 min behavioral mock, STAR format. Bring 3 stories: a conflict, a failure, something you're proud of. I'm not joining this one; Grace will send you notes afterward. – Renata

Going (eli.navarro@example.com)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event.
""", subject="Invitation: Mock behavioral interview – Eli Navarro w/ Grace Liu @ Fri Apr 10, 2026 "
             "11am - 11:45am (MDT) (eli.navarro@example.com)",
        ics=mock_ics, headers=GCAL)
    add("gracefb", grace, [eli], "2026-04-10 13:15", """
Hi Eli,

As promised, notes from this morning. Overall: you're a natural storyteller, which is rarer than you'd think.

What worked
- The walk-in cooler story. Clear stakes, clear decision, real result (no food lost, service went out). Keep it.
- You asked me good questions at the end. "What does a great first 90 days look like" is a keeper.

What to tighten
- Your "failure" story ran ~5 min. Aim for 2. Cut the backstory about the old chef.
- Say "I" more. You default to "we" (very kitchen of you 😄) and interviewers want to know what you did.
- Have one story that's purely technical: a bug you chased down in your bootcamp project.

You're in good shape. Go get 'em.

Grace
""", subject="Notes from our mock interview 📝")
    add("gracefb_r", eli, [grace], "2026-04-10 22:40", """
Hi Grace,

Thank you so much for doing the mock this morning and for these notes, super helpful. The "we vs I" thing is so real, 10 years of "yes chef, we got it" 😅 I'm cutting the failure story down this weekend and writing up the websocket bug from our capstone as my technical story.

Really appreciate you volunteering your time.

Eli
""", parent="gracefb")
    add("gracefb_rr", grace, [eli], "2026-04-11 09:02", """
Anytime! The websocket bug is a great pick. Keep me posted on how things go.
""", parent="gracefb_r")
    case.thread("mock", True, "networking", "Switchback Code Academy",
                "mock behavioral interview Fri Apr 10 11:00-11:45 with volunteer mentor Grace "
                "(organised by the coach, who did not join); Grace thanked in her feedback thread")
    case.thread("gracefb", True, "networking", "Cairn Systems",
                "mentor's notes after the mock interview; Eli thanked her the same evening")
    case.meeting("mock", mock_s, mock_e, met=[grace.email], thanks={grace.email: "gracefb_r"},
                 what="mock behavioral interview")

    # ==================================================================
    # Ponderosa Pay: hiring-partner intro by the coach; the call is arranged in words
    # ==================================================================
    add("pond", renata, [eli], "2026-04-08 10:30", """
Eli!! 🎉

Ponderosa Pay (from the partner list) wants to talk to you for their Jr. Full-Stack Engineer role. Their eng lead, Chris Tanaka (chris.tanaka@ponderosapay.com), liked your demo day project and asked for a 30-min call.

He's holding Tuesday 4/14 at 1:30 MT and will call your cell. If that doesn't work let me know and I'll shuffle it.

Quick reminder that I don't sit in on partner interviews, it's all you! Prep-wise: they're a Rails + React shop, small team (~15), payments for farmers markets and food trucks. You will have things to say.
""", subject="Hiring partner intro: Ponderosa Pay (Jr. Full-Stack) 🎉")
    add("pond_r", eli, [renata], "2026-04-08 11:02", """
YES. Tuesday 1:30 works, I'll get my shift covered. Thank you Renata!!
""", parent="pond", sig=False)
    add("pond_rr", renata, [eli], "2026-04-08 15:40", """
Confirmed with Chris ✅ He'll call you at 1:30 MT on the dot. Food trucks + payments = your origin story. Use it.
""", parent="pond_r")
    add("pond_eli", eli, [renata], "2026-04-14 18:05", """
Talked to Chris today! It went pretty well I think. We ended up talking about card readers at the farmers market for like 10 min lol, then he asked me to walk through how I'd model a refund. He said they'd have next steps "soon".

Thanks again for the intro 🙏 will send the full weekly update tomorrow
""", parent="pond_rr", sig=False)
    case.thread("pond", True, "interview", "Ponderosa Pay",
                "coach set up a phone interview with the eng lead (address given only in her "
                "text) Tue Apr 14 13:30-14:00; she does not attend; Eli's note afterwards went "
                "to the coach, not to Chris; 'soon' is no dated promise")
    case.meeting("pond", at("2026-04-14 13:30"), at("2026-04-14 14:00"),
                 met=["chris.tanaka@ponderosapay.com"], what="Ponderosa phone interview")
    case.expect("thank_you", "pond", "chris.tanaka@ponderosapay.com",
                "30-min phone interview with the eng lead Tue Apr 14 13:30-14:00 MT took place; "
                "his address is only in the coach's intro text; Eli thanked the coach, not him; "
                "due from 16:00 that day, overdue since Apr 15 14:00")
    case.forbid("pond", renata.email,
                "the bootcamp coach arranged the call and says she does not sit in on partner "
                "interviews: not met; she promised nothing dated")

    # ==================================================================
    # Alumni coffee #1: Jordan Kim (Trailhead Health), intro by a cohort-mate
    # ==================================================================
    add("jk", sam, [jordan, eli], "2026-04-01 19:30", """
Jordan, meet Eli! Eli and I were in the Winter '26 cohort together. He's a sous-chef at Juniper Table who builds genuinely useful stuff (his prep-list app won the people's choice at demo day). He's looking for his first dev role and is super curious about Trailhead's apprenticeship.

Eli, Jordan was Fall '23, found him in #alumni-connect. He's a SWE at Trailhead Health and was very generous with me when I was job hunting.

I'll let you two take it from here ☕

Sam
""", subject="Intro: Eli <> Jordan (Switchback alum, Trailhead Health)")
    add("jk_r", jordan, [eli], "2026-04-02 08:15", """
Thanks Sam (moving you to bcc)!

Eli, happy to grab coffee. Does Tuesday 4/7 at 8am at Huckleberry on Larimer work? If mornings are rough with your schedule, Wednesday after 5 works too.

Jordan
""", parent="jk", bcc=[sam])
    add("jk_rr", eli, [jordan], "2026-04-02 08:50", """
Hi Jordan,

Tuesday at 8 at Huckleberry is perfect, mornings are actually my best time. I'll be the guy in a Juniper Table hoodie 😅

See you then!
""", parent="jk_r")
    add("jkty", eli, [jordan], "2026-04-07 11:40", """
Hi Jordan,

Thank you for the coffee this morning and for being so open about how your first year went. Hearing that you also came from a "non-traditional" background (and that your team values that) was exactly what I needed this week.

I'm going to take your advice and add tests + a short architecture note to the prep-list repo before I send it anywhere else. And I'd love to hear more about the apprenticeship cohort whenever it makes sense.

Thanks again,
""", subject="Thank you for the coffee this morning!")
    add("jkty_r", jordan, [eli], "2026-04-08 12:10", """
Anytime, Eli. That was fun, and I still want the recipe for that green chile.

I'll talk to Maya (our eng manager) about the spring apprenticeship cohort and get back to you by end of next week. In the meantime, the tests idea is a great one.

Jordan
""", parent="jkty")
    case.thread("jk", True, "networking", "Trailhead Health",
                "intro by a cohort-mate; coffee Tue Apr 7 08:00 at Huckleberry (no end given); "
                "thanked the same morning in a new thread")
    case.thread("jkty", True, "networking", "Trailhead Health",
                "thank-you for the coffee; Jordan will talk to his manager and 'get back to you "
                "by end of next week' (Fri Apr 17): window still open")
    case.meeting("jk", at("2026-04-07 08:00"), None, met=[jordan.email],
                 thanks={jordan.email: "jkty"}, what="coffee with alum")
    case.promise("jkty", "jkty_r", jordan.email, "2026-04-17")
    case.forbid("jk", jordan.email,
                "coffee Tue Apr 7 08:00 was thanked at 11:40 the same day in a new thread")
    case.forbid("jkty", jordan.email,
                "'get back to you by end of next week' (said Wed Apr 8) runs to Fri Apr 17, "
                "still ahead at now")

    # ==================================================================
    # Alumni coffee #2: Hannah Brooks (Ledgerly), intro by the community manager
    # ==================================================================
    add("hb", kayla, [hannah, eli], "2026-04-03 11:00", """
Hi both! 👋

Hannah, meet Eli (Winter '26). Eli is a sous-chef who just finished the full-stack track and is looking for his first frontend/full-stack role. He asked in #alumni-connect about remote-first teams and your name was the first one I thought of.

Eli, meet Hannah (Summer '24), frontend engineer at Ledgerly (remote, HQ in Chicago). She mentioned she's happy to do a virtual coffee.

I'll let you two find a time!
""", subject="Intro via #alumni-connect: Eli ↔ Hannah (Ledgerly)")
    add("hb_r", hannah, [eli], "2026-04-04 10:20", """
Hi Eli! Nice to meet you (virtually). Kayla, thank you!

Would Thursday 4/9 at noon MT (1 CT for me) work? Here's my Meet link: meet.google.com/qpv-ztra-kmd. 30 min should be plenty, but I'm happy to go over if we're on a roll.

Hannah
""", parent="hb", cc=[kayla])
    add("hb_rr", eli, [hannah], "2026-04-05 09:30", """
Hi Hannah,

Thursday at noon MT works great, I'm off until 3 that day. Thank you so much for making time (and Kayla, thanks for connecting us!) 🙏

Talk Thursday!
""", parent="hb_r", cc=[kayla])
    add("hb_after", hannah, [eli], "2026-04-09 13:45", """
Great chatting today! Here are the links I mentioned:

- the React performance talk: youtube.com/watch?v=8pDqJVdNa44
- Ledgerly's eng blog post on our design system: ledgerly.io/blog/tokens
- the "first 90 days" doc I wrote for our juniors (feel free to steal)

And yes, please send me the mise en place / component analogy write-up when you do it 😂

Hannah
""", parent="hb_rr", sig=False)
    case.thread("hb", True, "networking", "Ledgerly",
                "intro by the bootcamp's community manager; video coffee Thu Apr 9 12:00-12:30 MT "
                "(Meet link in the thread, no invite); Eli's only thanks came before it; Hannah "
                "sent links afterwards, unanswered")
    case.meeting("hb", at("2026-04-09 12:00"), at("2026-04-09 12:30"), met=[hannah.email],
                 what="virtual coffee with alum")
    case.expect("thank_you", "hb", hannah.email,
                "virtual coffee Thu Apr 9 12:00-12:30 MT took place; the only 'thank you' was "
                "sent on Apr 5, before it; her follow-up links went unanswered; overdue since "
                "Apr 10 12:30")
    case.forbid("hb", kayla.email,
                "community manager who made the intro: not at the coffee, promised nothing "
                "(and was thanked in the Apr 5 reply)")

    # ==================================================================
    # Fieldnote: recruiter call agreed in words, Greenhouse virtual onsite
    # ==================================================================
    add("fn", megan, [eli], "2026-03-11 14:20", """
Hi Eli,

I'm Megan, Talent Partner at Fieldnote (we make offline-first field data tools for ag and environmental crews). I found your profile through the Switchback hiring-partner portal and your prep-list app caught my eye. Offline sync for a walk-in cooler with no wifi is basically our whole product 😄

Would you be open to a 30-minute conversation about our Junior Software Engineer opening? I have Wednesday 3/18 at 1:00pm MT or Thursday 3/19 at 10:00am MT.

Best,
""", subject="Fieldnote – Junior Software Engineer conversation")
    add("fn_r", eli, [megan], "2026-03-11 15:02", """
Hi Megan,

Thanks for reaching out! Thursday 3/19 at 10:00am MT works for me. And yes, the walk-in cooler has zero bars of signal, it's where phones go to die.

Looking forward to it,
""", parent="fn")
    add("fn_rr", megan, [eli], "2026-03-12 09:10", """
Perfect! This email confirms your phone conversation with me on Thursday, March 19 from 10:00 to 10:30am MT. I'll call you at 720-555-0186.

Talk soon,
""", parent="fn_r")
    add("fn_ty1", eli, [megan], "2026-03-19 11:05", """
Hi Megan,

Thank you for the call this morning! I really enjoyed hearing how the team ships to crews who are out of signal for days at a time, and it made me even more excited about the role.

Please let me know if there's anything else I can send over.

Best,
""", parent="fn_rr")
    add("fn_p1", megan, [eli], "2026-03-20 10:30", """
Thanks Eli, great chatting! I'm debriefing with Ty (our engineering manager) on Monday and I'll share feedback and next steps by Wednesday 3/25.

Have a good weekend!
""", parent="fn_ty1")
    add("fn_next", megan, [eli], "2026-03-24 13:45", """
Good news: the team would like to move you forward to our virtual onsite 🎉

You'll get an email from Greenhouse shortly asking for your availability. Heads up that it's about 3 hours with a break, all on Google Meet. I'll send the full agenda with the confirmation.

Megan
""", parent="fn_p1", sig=False)
    add("fn_next_r", eli, [megan], "2026-03-24 14:30", """
That's awesome news, thank you! Submitting availability now.
""", parent="fn_next", sig=False)
    add("fn_p2", megan, [eli], "2026-04-14 09:20", """
Hi Eli,

Thanks for spending your Monday morning with us! The panel had a lot of nice things to say, especially about the pairing session with Alicia.

Full transparency: we're finishing onsites with a couple of other candidates this week, and the team will debrief after that. You'll hear from me by Friday 4/17 at the latest.

Best,
""", parent="fn_next_r")
    add("fn_p2_r", eli, [megan], "2026-04-14 10:02", """
Hi Megan,

Thank you, that's great to hear! And thank you for keeping the whole morning running so smoothly, the welcome and the wrap-up really helped me relax.

Looking forward to hearing from you,
""", parent="fn_p2")
    case.thread("fn", True, "interview", "Fieldnote",
                "recruiter call agreed in words Thu Mar 19 10:00-10:30 (thanked); 'by Wednesday "
                "3/25' kept on Mar 24; after the onsite she mentions other candidates and "
                "promises word 'by Friday 4/17'; Eli thanked her on Apr 14")
    case.meeting("fn", at("2026-03-19 10:00"), at("2026-03-19 10:30"), met=[megan.email],
                 thanks={megan.email: "fn_ty1"}, what="Fieldnote recruiter call")
    case.promise("fn", "fn_p1", megan.email, "2026-03-25", answered_by="fn_next")
    case.promise("fn", "fn_p2", megan.email, "2026-04-17")
    case.forbid("fn", megan.email,
                "'You'll hear from me by Friday 4/17 at the latest': window still open at now; "
                "she was also thanked for the onsite on Apr 14")

    ga_text = """
Hi Eli,

Fieldnote would like to schedule your virtual onsite for the Junior Software Engineer role. Please let us know when you're available over the next two to three weeks by clicking the link below and selecting all the times that work for you.

Submit your availability

Interviews are held between 8:00 AM and 3:00 PM Mountain Time, Monday through Friday. Please allow about 3 hours.

Thanks,
Fieldnote Recruiting

Powered by Greenhouse
"""
    add("fn_avail", greenhouse, [eli], "2026-03-24 13:52", ga_text,
        subject="Fieldnote – Please submit your availability", reply_to=megan,
        html=html_of(ga_text), html_only=True, headers=AUTO)
    case.thread("fn_avail", True, "interview", "Fieldnote",
                "Greenhouse availability request (automated)")

    gh_text = """
Hi Eli,

Your virtual onsite for the Junior Software Engineer role at Fieldnote is confirmed. All sessions are on Google Meet (meet.google.com/fvn-kqrs-ube); the link stays the same all morning and is also in the attached calendar invite.

Monday, April 13, 2026 (Mountain Time)

9:00 AM – 9:15 AM  Welcome & logistics
Megan Ortiz, Talent Partner (megan.ortiz@fieldnote.dev)

9:15 AM – 10:15 AM  Pairing: fix a bug in our sync service
Alicia Wong, Senior Software Engineer (alicia.wong@fieldnote.dev)

10:15 AM – 10:30 AM  Break

10:30 AM – 11:15 AM  Product & collaboration
Deshawn Price, Product Designer (deshawn.price@fieldnote.dev)

11:15 AM – 11:45 AM  Hiring manager conversation and wrap-up
Ty Brennan, Engineering Manager (ty.brennan@fieldnote.dev); Megan joins for the last five minutes to walk you through next steps

If you need to reschedule or need an accommodation, reply to this email and it will reach Megan.

Fieldnote Recruiting
Sent via Greenhouse
"""
    gh_s, gh_e = at("2026-04-13 09:00"), at("2026-04-13 11:45")
    gh_ics = make_ics(
        method="REQUEST", uid=uid_uuid(name, "gh-onsite"), stamp=at("2026-04-02 11:20"),
        start=gh_s, end=gh_e, tzid=DEN, prodid="-//Greenhouse Software//Greenhouse//EN",
        summary="Fieldnote Virtual Onsite – Eli Navarro",
        organizer=megan, attendees=[(eli, "NEEDS-ACTION", "INDIVIDUAL")],
        location="https://meet.google.com/fvn-kqrs-ube",
        description="Welcome (Megan Ortiz), pairing (Alicia Wong), product & collaboration "
                    "(Deshawn Price), hiring manager + wrap-up (Ty Brennan, Megan Ortiz).")
    add("gh", greenhouse, [eli], "2026-04-02 11:20", gh_text,
        subject="Interview Confirmation: Fieldnote – Junior Software Engineer (Virtual Onsite)",
        reply_to=megan, html=html_of(gh_text), html_only=True, ics=gh_ics, ics_mode="attach",
        headers=AUTO)
    add("ghty", eli, [ty, alicia], "2026-04-13 14:05", """
Hi Ty and Alicia,

Thank you both for your time this morning. Alicia, tracking down that duplicate-record bug in the sync queue together was honestly the most fun I've had in an interview, and Ty, I appreciated how candid you were about what the first six months look like for a junior on the team.

A few reasons I think I'd fit:
- I've spent ten years shipping under pressure with a small crew, and I like that Fieldnote's team works the same way.
- My prep-list app solved an offline-sync problem for a real kitchen, so your users' "no signal" reality is one I've lived.
- I ask a lot of questions and write things down, which I think showed in the pairing session.

I'm very excited about the role and will check in with Megan next week. Thanks again,
""", subject="Thank you – Fieldnote virtual onsite")
    add("ghty_r", ty, [eli], "2026-04-13 16:30", """
Thanks Eli, we enjoyed it too. Megan will be in touch on next steps.

Ty
""", parent="ghty", sig=False)
    case.thread("gh", True, "interview", "Fieldnote",
                "Greenhouse confirmation (no-reply sender, ICS attached) of the virtual onsite Mon "
                "Apr 13 09:00-11:45 MT; agenda names Megan (welcome, wrap-up), Alicia, Deshawn and "
                "Ty with their addresses; Ty and Alicia thanked by one note, Megan in her own "
                "thread, Deshawn never")
    case.thread("ghty", True, "interview", "Fieldnote",
                "one thank-you note to two of the onsite interviewers (Ty, Alicia); Ty replied")
    case.meeting("gh", gh_s, gh_e,
                 met=[megan.email, alicia.email, "deshawn.price@fieldnote.dev", ty.email],
                 thanks={megan.email: "fn_p2_r", alicia.email: "ghty", ty.email: "ghty"},
                 what="Fieldnote virtual onsite")
    case.expect("thank_you", "gh", "deshawn.price@fieldnote.dev",
                "onsite interviewer (product & collaboration, 10:30-11:15) on Mon Apr 13; the "
                "thank-you went to Ty and Alicia only; overdue since Apr 14 11:45")
    case.forbid("gh", alicia.email,
                "thanked by the note of Mon Apr 13 14:05 addressed to Ty and Alicia together")
    case.forbid("gh", megan.email,
                "she ran the welcome and wrap-up, so she was met, but Eli thanked her on Tue Apr 14 "
                "in the recruiter thread")

    # ==================================================================
    # Kindling: Lever acknowledgement, Calendly phone screen, rejection
    # ==================================================================
    lv_text = """
Hi Eli,

Thanks for applying to the Associate Software Engineer position at Kindling! We've received your application and our team will review it carefully.

If your experience is a match for the role, someone from our recruiting team will reach out about next steps. In the meantime, you can learn more about life at Kindling at kindlinghq.com/careers.

Warmly,
The Kindling Team
"""
    add("lv", lever, [eli], "2026-03-24 16:02", lv_text,
        subject="Thanks for applying to Kindling!", html=html_of(lv_text), headers=AUTO)
    case.thread("lv", True, "application", "Kindling", "Lever acknowledgement; no promise")

    cal_text = """
Hi Eli Navarro,

Your event has been scheduled.

Event Type:
Kindling – Intro call (30 min)

Event Date/Time:
2:00pm - 2:30pm (Mountain Time - US & Canada) on Wednesday, April 8, 2026

Location:
Nora will call you at +1 720-555-0186

Host:
Nora Feld (nora.feld@kindlinghq.com)

Invitee Time Zone:
Mountain Time - US & Canada

Questions:
Anything you'd like Nora to know before the call?
Found Kindling through Nora's LinkedIn message. Excited to hear more about the Associate Software Engineer role!

View event in Calendly

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly.com
"""
    cal_s, cal_e = at("2026-04-08 14:00"), at("2026-04-08 14:30")
    cal_ics = make_ics(
        method="REQUEST", uid=uid_uuid(name, "calendly-kindling"), stamp=at("2026-04-03 16:22"),
        start=cal_s, end=cal_e, prodid="-//Calendly//Calendly//EN",
        summary="Kindling – Intro call (30 min) between Nora Feld and Eli Navarro",
        organizer=nora, attendees=[(eli, "ACCEPTED", "INDIVIDUAL"),
                                   (nora, "ACCEPTED", "INDIVIDUAL")],
        location="Nora will call you at +1 720-555-0186",
        description="Event Name: Kindling – Intro call (30 min)\n\nNeed to make changes to this "
                    "event?\nCancel: https://calendly.com/cancellations/8c1f2e\nReschedule: "
                    "https://calendly.com/reschedulings/8c1f2e\n\nPowered by Calendly.com")
    add("cal", calendly, [eli], "2026-04-03 16:22", cal_text,
        subject="Confirmed: Kindling – Intro call (30 min) with Nora Feld on Wednesday, April 8, 2026",
        html=html_of(cal_text), ics=cal_ics, ics_mode="attach", headers=AUTO)
    case.thread("cal", True, "interview", "Kindling",
                "Calendly booking (no-reply sender) of a 30-min phone screen with Nora Wed Apr 8 "
                "14:00-14:30 MT; never thanked; rejection came in its own thread on Apr 10")
    case.meeting("cal", cal_s, cal_e, met=[nora.email], what="Kindling phone screen")
    case.expect("thank_you", "cal", nora.email,
                "phone screen Wed Apr 8 14:00-14:30 MT took place and was never thanked; the "
                "rejection of Apr 10 ends callbacks, not a thank-you owed; overdue since Apr 9 14:30")
    case.forbid("cal", calendly.email, "automated scheduler sender (no-reply@calendly.com)")

    add("kdrej", nora, [eli], "2026-04-10 11:30", """
Hi Eli,

Thank you again for taking the time to talk with me on Wednesday. I really enjoyed hearing about your path from the kitchen to code.

I wanted to let you know that we've decided not to move forward with your application for the Associate Software Engineer role. This round, the team is leaning toward candidates with some production experience, which is no reflection on what you've built.

We run an apprenticeship cohort in the fall, and I'd genuinely love to see your name in that pool. I hope our paths cross again.

All the best,
""", subject="Kindling – Associate Software Engineer")
    case.thread("kdrej", True, "rejection", "Kindling",
                "gentle rejection after the phone screen; no dated promise; unanswered")

    # ==================================================================
    # Rockrose Labs: referral chat, pair-programming session (Teams), then silence
    # ==================================================================
    add("rr", brianna, [eli], "2026-03-23 09:40", """
Hi Eli,

Dev Ramirez, who was on your Switchback demo day panel, passed along your name and says good things about you! We have a Junior Developer opening on our platform team in Boulder (hybrid, 2 days in office).

Could we talk on Wednesday? I have 11:00 or 2:30 MT, about 20 minutes.

Thanks,
""", subject="Junior Developer at Rockrose Labs – quick chat Wednesday?")
    add("rr_r", eli, [brianna], "2026-03-23 10:15", """
Hi Brianna,

Thanks for reaching out, and that's very kind of Dev! Wednesday at 11:00 MT works for me.

Best,
""", parent="rr")
    add("rr_rr", brianna, [eli], "2026-03-23 10:31", """
Great, I'll call you at 11 MT on Wednesday at the number on your resume.
""", parent="rr_r")
    add("rr_ty", eli, [brianna], "2026-03-25 13:00", """
Hi Brianna,

Thank you for the call this morning! I loved hearing how the platform team supports the rest of engineering, and the hybrid schedule would work well with my move out of restaurant hours.

Looking forward to the next step,
""", parent="rr_rr")
    add("rr_p1", brianna, [eli], "2026-03-25 15:10", """
Likewise, Eli! The next step is a 90-minute pair-programming session with one of our engineers. I'll get it on the calendar by end of week.
""", parent="rr_ty")
    add("rr_inv", brianna, [eli], "2026-03-26 16:10", """
Just sent the invite for next Thursday, 4/2 at 1:00 MT. You'll pair with Nate Sorensen. Let me know if anything comes up!
""", parent="rr_p1")
    add("rr_p2", brianna, [eli], "2026-04-03 10:20", """
Hi Eli,

Nate shared really positive notes from your session yesterday. The team meets Monday to go over everyone who paired this round, and we'll circle back early next week with next steps!

Have a great weekend,
""", parent="rr_inv")
    add("rr_p2_r", eli, [brianna], "2026-04-03 11:00", """
That's great to hear, Brianna. Sounds good, have a great weekend too!
""", parent="rr_p2")
    case.thread("rr", True, "recruiter", "Rockrose Labs",
                "referral chat Wed Mar 25 11:00 (thanked); 'by end of week' kept by the invite "
                "on Mar 26; after the pairing session 'we'll circle back early next week' (said "
                "Fri Apr 3) and nothing since")
    case.meeting("rr", at("2026-03-25 11:00"), None, met=[brianna.email],
                 thanks={brianna.email: "rr_ty"}, what="Rockrose recruiter call")
    case.promise("rr", "rr_p1", brianna.email, "2026-03-27", answered_by="rr_inv")
    case.promise("rr", "rr_p2", brianna.email, "2026-04-08")
    case.expect("callback", "rr", brianna.email,
                "'we'll circle back early next week' (said Fri Apr 3; window Mon-Wed Apr 6-8, due "
                "end of Fri Apr 10); nothing from Rockrose since; any reading from Monday to "
                "Friday of that week makes it due and not yet stale",
                promised="2026-04-08")

    pp_s, pp_e = at("2026-04-02 13:00"), at("2026-04-02 14:30")
    pp_ics = make_ics(
        method="REQUEST", uid=uid_outlook(name, "rockrose-pp"), stamp=at("2026-03-26 16:05"),
        start=pp_s, end=pp_e, tzid="Mountain Standard Time", prodid=OUTLOOK_PRODID,
        summary="Rockrose Labs – Pair Programming Session (Eli Navarro)",
        organizer=brianna,
        attendees=[(nate, "ACCEPTED", "INDIVIDUAL"), (eli, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting",
        description="Pair programming with Nate Sorensen (Software Engineer). Brianna will not "
                    "be joining.")
    add("pp", brianna, [eli, nate], "2026-03-26 16:05", """
Hi Eli,

Here's the invite for Thursday. You'll be pairing with Nate Sorensen, one of our software engineers, on a small feature in a sandbox repo (React + Express). Use your normal dev setup; you'll share your screen. I won't be on the call, it's just you and Nate.

Brianna
""" + TEAMS_BLOCK % ("284 611 093 275", "Ht8rQ2"),
        subject="Rockrose Labs – Pair Programming Session (Eli Navarro)", sig=False,
        ics=pp_ics, ics_mode="outlook")
    add("nate_ty", eli, [nate], "2026-04-02 17:30", """
Hi Nate,

Thank you for pairing with me today! I learned a ton from watching how you use the debugger, and I went home and set up the same breakpoints-on-network-calls trick in my own project.

It was great working through the filter feature with you, and I hope we get to do it again.

Best,
""", subject="Thanks for pairing today")
    add("nate_ty_r", nate, [eli], "2026-04-02 18:45", """
Glad it was useful! You asked good questions. Good luck with the rest of the process.

Nate
""", parent="nate_ty", sig=False)
    case.thread("pp", True, "interview", "Rockrose Labs",
                "Teams invite (Windows zone 'Mountain Standard Time') for the pair-programming "
                "session Thu Apr 2 13:00-14:30 with Nate; the organiser does not join; Nate "
                "thanked that evening in a new thread")
    case.thread("nate_ty", True, "interview", "Rockrose Labs",
                "thank-you to the pairing engineer in a new thread; he replied before the "
                "recruiter's promise")
    case.meeting("pp", pp_s, pp_e, met=[nate.email], thanks={nate.email: "nate_ty"},
                 what="Rockrose pair-programming session")
    case.forbid("pp", nate.email,
                "pair-programming session Thu Apr 2 was thanked at 17:30 the same day in a new "
                "thread")

    # ==================================================================
    # Sundial Learning: take-home with a due date, then 'within a week'
    # ==================================================================
    sr_text = """
Dear Eli,

Thank you for applying for the Junior Software Engineer position at Sundial Learning. We have received your application and it is now being reviewed by our hiring team.

Due to the high volume of applications, we may not be able to respond to every applicant individually. If your qualifications match our needs, a member of our team will contact you.

Best regards,
Sundial Learning Talent Team

This is an automated message. Please do not reply.
Powered by SmartRecruiters
"""
    add("sr", smartr, [eli], "2026-03-20 12:40", sr_text,
        subject="Thank you for your application – Junior Software Engineer",
        html=html_of(sr_text), html_only=True, headers=AUTO)
    case.thread("sr", True, "application", "Sundial Learning",
                "SmartRecruiters acknowledgement; no promise")

    th_pdf = make_pdf(["Sundial Learning - Take-home exercise",
                       "Build a small 'reading log' web app (any stack).",
                       "Users can add a book, log minutes read per day, and see a weekly chart.",
                       "Include a README with setup steps and the tradeoffs you made.",
                       "Time box: 3-4 hours. Submit a GitHub link by Mon Apr 6, 9:00 AM MT."])
    add("th", olivia, [eli], "2026-03-30 11:15", """
Hi Eli,

Thanks again for your interest in Sundial Learning! As the next step for the Junior Software Engineer role, we'd like you to complete a short take-home exercise. The brief is attached.

Please reply to this email with a link to your GitHub repository by Monday, April 6 at 9:00 a.m. MT (11:00 a.m. ET). We ask that you spend no more than 3–4 hours on it; we care much more about your README and your reasoning than about polish.

Let me know if you have any questions.

Best,
""", subject="Sundial Learning – Junior Software Engineer: take-home exercise",
        attachments=[("Sundial_TakeHome_Reading_Log.pdf", "application/pdf", th_pdf)])
    add("th_r", eli, [olivia], "2026-03-30 13:20", """
Hi Olivia,

Got it, thank you! Quick question: is it OK if I use TypeScript with a small Express backend, or would you prefer something frontend-only?

Best,
""", parent="th")
    add("th_rr", olivia, [eli], "2026-03-31 09:05", """
TypeScript + Express is totally fine! Use whatever you're most comfortable with.
""", parent="th_r", sig=False)
    add("th_sub", eli, [olivia], "2026-04-04 21:40", """
Hi Olivia,

Here's my submission: github.com/elinavarro/sundial-reading-log

The README covers setup, the decisions I made (SQLite instead of Postgres to keep setup to one command, a plain SVG chart instead of a chart library) and what I'd do with more time. I stayed at about 3.5 hours.

Thanks for the opportunity, and have a great weekend!
""", parent="th_rr")
    add("th_p", olivia, [eli], "2026-04-06 10:40", """
Received, thanks Eli! Our engineers will review it and we'll get back to you within a week.
""", parent="th_sub")
    case.thread("th", True, "application", "Sundial Learning",
                "take-home due Mon Apr 6 09:00 MT, submitted Sat Apr 4; 'we'll get back to you "
                "within a week' (Mon Apr 6); nothing since")
    case.promise("th", "th_p", olivia.email, "2026-04-13")
    case.expect("callback", "th", olivia.email,
                "'we'll get back to you within a week' said Mon Apr 6 (window ends Mon Apr 13); "
                "nothing from Sundial since; due from the end of Wed Apr 15",
                promised="2026-04-13")

    # ==================================================================
    # Summit Tech Staffing (agency) and its client Alpine Credit Union
    # ==================================================================
    add("st", derek, [eli], "2026-03-31 09:05", """
Hi Eli,

Derek with Summit Tech Staffing here. I came across your profile and have a contract role I think could be a great first step into development:

- Junior Developer (React/Node), 6-month W2 contract with possible conversion
- Client: a Denver-area credit union, hybrid in the DTC (Tues/Thurs onsite)
- $30–34/hr depending on experience, benefits eligible through Summit

Do you have 20 minutes for a call? I'm open Wed 4/1 at 11:00 or 3:30, or Thursday any time before noon.
""", subject="Contract React/Node role – 6 mo W2 – DTC hybrid")
    add("st_r", eli, [derek], "2026-03-31 12:40", """
Hi Derek,

Thanks for reaching out, this sounds interesting! Wednesday at 3:30 works. 720-555-0186 is the best number.

Best,
""", parent="st")
    add("st_ty", eli, [derek], "2026-04-01 17:10", """
Hi Derek,

Thanks for the call this afternoon! As promised, attached is my updated resume with the Juniper Table inventory project near the top.

Happy to be submitted for the Alpine role. Let me know if you need anything else from me.

Best,
""", parent="st_r", attachments=[("Eli_Navarro_Resume.pdf", "application/pdf",
                                    make_pdf(["Eli Navarro", "Denver, CO | 720-555-0186 | "
                                              "eli.navarro@example.com",
                                              "Full-Stack Developer (Switchback Code Academy, "
                                              "Winter 2026)",
                                              "Projects: Prep-list app (React, Node, IndexedDB "
                                              "offline sync)",
                                              "Experience: Sous Chef, Juniper Table (2021-present)"]))])
    add("st_p1", derek, [eli], "2026-04-01 17:45", """
Got it, thanks. I'll submit you to the client tonight. They're usually quick, you should hear something from me by Friday.
""", parent="st_ty", sig=False)
    add("st_int", derek, [eli], "2026-04-06 08:50", """
Good news! Alpine Credit Union wants to meet you.

Greg Hoffman (Manager, Application Development) will send you a Teams invite for Tuesday 4/14 at 3:00 MT, 45 minutes. I won't be on the call, it's just you and Greg. I'm copied on the invite so I can keep track.

A few tips: Greg likes specifics. Have your inventory project open and be ready to walk through one piece of code you're proud of. Dress is business casual even on video.
""", parent="st_p1")
    add("st_int_r", eli, [derek], "2026-04-06 09:30", """
Amazing!! Thanks Derek 🙌 I'll watch for the invite.
""", parent="st_int", sig=False)
    add("st_after", eli, [derek], "2026-04-14 17:20", """
Hey Derek,

Just finished with Greg. Thanks for setting it up! I think it went well. He spent a lot of time on the inventory project and asked how I'd handle two people editing the same par level at once.

Let me know if you hear anything.

Eli
""", parent="st_int_r", sig=False)
    add("st_p2", derek, [eli], "2026-04-14 17:55", """
Glad to hear it! Greg said he'd get me feedback by Friday, and I'll let you know the minute I hear.
""", parent="st_after")
    case.thread("st", True, "recruiter", "Summit Tech Staffing",
                "agency recruiter; slots offered and 3:30 picked; call Wed Apr 1 15:30 (no end "
                "given) thanked; 'by Friday' (Apr 3) kept on Apr 6; after the client interview "
                "'by Friday' (Apr 17) still open; Eli's Apr 14 note thanks Derek, not Greg")
    case.meeting("st", at("2026-04-01 15:30"), None, met=[derek.email],
                 thanks={derek.email: "st_ty"}, what="agency recruiter call")
    case.promise("st", "st_p1", derek.email, "2026-04-03", answered_by="st_int")
    case.promise("st", "st_p2", derek.email, "2026-04-17")

    acu_s, acu_e = at("2026-04-14 15:00"), at("2026-04-14 15:45")
    acu_ics = make_ics(
        method="REQUEST", uid=uid_outlook(name, "alpine-interview"), stamp=at("2026-04-06 10:15"),
        start=acu_s, end=acu_e, tzid="Mountain Standard Time", prodid=OUTLOOK_PRODID,
        summary="Jr. Developer (Contract) – Interview w/ Eli Navarro",
        organizer=greg,
        attendees=[(eli, "NEEDS-ACTION", "INDIVIDUAL"), (derek, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("ACU HQ 3rd Fl – Longs Peak", "rm-longspeak@alpinecu.org"), "ACCEPTED",
                    "ROOM")],
        location="Microsoft Teams Meeting; ACU HQ 3rd Fl – Longs Peak")
    add("acu", greg, [eli, derek], "2026-04-06 10:15", """
Eli, looking forward to chatting. We'll talk through your background and do a short walkthrough of something you've built. Nothing to prepare beyond that.

Greg
""" + TEAMS_BLOCK % ("219 554 807 361", "bK4n7P"),
        subject="Jr. Developer (Contract) – Interview w/ Eli Navarro", sig=False,
        ics=acu_ics, ics_mode="outlook")
    case.thread("acu", True, "interview", "Alpine Credit Union",
                "client's Teams invite for Tue Apr 14 15:00-15:45 MT; the agency recruiter is "
                "copied but does not join; a meeting room is listed; Greg never thanked")
    case.meeting("acu", acu_s, acu_e, met=[greg.email], what="Alpine CU client interview")
    case.expect("thank_you", "acu", greg.email,
                "client interview Tue Apr 14 15:00-15:45 MT took place; Eli's note that evening "
                "thanked the agency recruiter, not Greg; overdue since Apr 15 15:45")
    case.forbid("acu", "rm-longspeak@alpinecu.org",
                "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    case.forbid("acu", derek.email,
                "agency recruiter copied on the invite but 'I won't be on the call': not met "
                "(and thanked for the set-up in his own thread)")

    # ==================================================================
    # Gearhouse: startup CTO writing lowercase from his phone
    # ==================================================================
    add("gh1", kyle, [eli], "2026-03-12 20:41", """
hey eli - caught ur demo at switchback demo day (the prep list app). we're building inventory + ordering for indie restaurants, tiny team. u free for a call next thurs? 2:30 MT work?

kyle
""", subject="saw ur demo day project")
    add("gh1_r", eli, [kyle], "2026-03-12 21:30", """
Hey Kyle!

Thanks for reaching out, that's awesome to hear. Next Thursday (3/19) at 2:30 MT works. What's the best number to reach you?

Eli
""", parent="gh1", sig=False)
    add("gh1_rr", kyle, [eli], "2026-03-13 06:12", """
ill call u. 720 number on ur resume right?
""", parent="gh1_r")
    add("gh1_rrr", eli, [kyle], "2026-03-13 07:40", """
Yep that's me 👍
""", parent="gh1_rr", sig=False)
    add("gh_ty1", eli, [kyle], "2026-03-19 16:20", """
Hi Kyle,

Thanks for the call today! It was fun to talk par levels and invoice scanning with someone who gets it. I've been the guy counting the walk-in at 1am with a clipboard, so I'd love to help build the thing that replaces the clipboard.

Happy to share the prep-list repo or walk through any of it.

Eli
""", parent="gh1_rrr")
    add("gh_p1", kyle, [eli], "2026-03-20 07:02", """
good chat. lemme talk to jess (cofounder), will get back to u in a couple wks
""", parent="gh_ty1")
    add("gh_visit", kyle, [eli], "2026-04-01 21:10", """
hey. can u come by the office fri 4/10 at 3? want u to meet jess (cc'd). 2nd fl above the bike shop on tennyson, buzz gearhouse
""", parent="gh_p1", cc=[jess])
    add("gh_visit_r", eli, [kyle], "2026-04-01 21:32", """
Yes! Friday 4/10 at 3 works. Looking forward to meeting you, Jess!

Eli
""", parent="gh_visit", cc=[jess], sig=False)
    add("gh_ty2", eli, [kyle], "2026-04-10 19:20", """
Hi Kyle,

Thank you for having me at the office today. Seeing the tablet prototype on an actual prep station was so cool, and the receiving-flow sketch we did on the whiteboard got me thinking about how to handle partial deliveries offline. I'd love to take a crack at it.

Please thank Jess for me too!

Eli
""", parent="gh_visit_r")
    add("gh_p2", kyle, [eli], "2026-04-13 06:40", """
jess n i want to keep going. thinking a paid 2 wk trial project. will send details by fri
""", parent="gh_ty2")
    add("gh_p2_r", eli, [kyle], "2026-04-13 07:15", """
That sounds awesome!! Looking forward to the details 🙌
""", parent="gh_p2", sig=False)
    case.thread("gh1", True, "interview", "Gearhouse",
                "startup CTO's lowercase phone mails; call Thu Mar 19 14:30 MT (no end) thanked; "
                "'in a couple wks' kept Apr 1; office visit Fri Apr 10 15:00 with Kyle and "
                "cofounder Jess (cc'd); Eli thanked Kyle only and asked him to thank Jess; "
                "'will send details by fri' (Apr 17) open")
    case.meeting("gh1", at("2026-03-19 14:30"), None, met=[kyle.email],
                 thanks={kyle.email: "gh_ty1"}, what="Gearhouse call")
    case.promise("gh1", "gh_p1", kyle.email, "2026-04-03", answered_by="gh_visit")
    case.meeting("gh1", at("2026-04-10 15:00"), None, met=[kyle.email, jess.email],
                 thanks={kyle.email: "gh_ty2"}, what="Gearhouse office visit")
    case.promise("gh1", "gh_p2", kyle.email, "2026-04-17")
    case.expect("thank_you", "gh1", jess.email,
                "met at the office visit Fri Apr 10 15:00 (60 min by default); her address is on "
                "the thread (cc); Eli's note went to Kyle only ('please thank Jess for me' is not "
                "a note to her); overdue since Apr 11 16:00")
    case.forbid("gh1", kyle.email,
                "office visit thanked the same evening; 'will send details by fri' (Fri Apr 17) "
                "still ahead")

    add("fwdk", eli, [renata], "2026-03-13 08:05", """
Renata! Look who emailed me after demo day 👀 Gearhouse is like 6 people. Is a tiny startup a bad idea for a first job? Also he writes like he's texting, do I match that or stay formal?

---------- Forwarded message ---------
From: Kyle Brandt <kyle@gearhouse.co>
Date: Thu, Mar 12, 2026 at 8:41 PM
Subject: saw ur demo day project
To: Eli Navarro <eli.navarro@example.com>

hey eli - caught ur demo at switchback demo day (the prep list app). we're building inventory + ordering for indie restaurants, tiny team. u free for a call next thurs? 2:30 MT work?

kyle
sent from my iphone
""", subject="Fwd: saw ur demo day project", sig=False)
    add("fwdk_r", renata, [eli], "2026-03-13 10:20", """
Not a bad idea at all, just go in with eyes open: ask who would mentor you and how they review code.

And stay a notch more formal than him. Complete sentences, friendly tone. He'll appreciate it even if he never capitalizes a thing 😂
""", parent="fwdk")
    case.thread("fwdk", True, "networking", "Switchback Code Academy",
                "Eli forwards the startup's first mail to his coach for advice")

    # ==================================================================
    # Bristlecone Data: call moved later, still ahead at now
    # ==================================================================
    add("bc", aaron, [eli], "2026-04-09 12:12", """
Hi Eli,

Thank you for your interest in the Associate Developer opening at Bristlecone Data. Would you be available for a 30-minute conversation with our hiring manager, Priya Desai, and me on Tuesday, April 14 at 1:00 p.m. ET (11:00 a.m. your time)?

Best regards,
""", subject="Associate Developer – Bristlecone Data")
    add("bc_r", eli, [aaron], "2026-04-09 11:05", """
Hi Aaron,

Yes, Tuesday at 11:00 a.m. MT works for me. Thank you!

Best,
""", parent="bc")
    add("bc_mv", aaron, [eli], "2026-04-13 16:30", """
Hi Eli,

Apologies for the late notice: Priya is out unexpectedly on Tuesday. Could we push our conversation to Friday, April 17, same time (1:00 p.m. ET / 11:00 a.m. MT)?

Best regards,
""", parent="bc_r")
    add("bc_mv_r", eli, [aaron], "2026-04-13 15:02", """
Friday works!
""", parent="bc_mv")
    add("bc_ok", aaron, [eli], "2026-04-13 17:20", """
Perfect, thank you. I'll send a Teams link Thursday.
""", parent="bc_mv_r")
    case.thread("bc", True, "interview", "Bristlecone Data",
                "call set for Tue Apr 14 11:00 MT (1 ET), moved by the company to Fri Apr 17 "
                "11:00 MT; agreed with 'Friday works!'; still ahead at now")
    case.meeting("bc", at("2026-04-14 11:00"), at("2026-04-14 11:30"),
                 met=[aaron.email], status="moved", what="Bristlecone call (moved)")
    case.meeting("bc", at("2026-04-17 11:00"), at("2026-04-17 11:30"),
                 met=[aaron.email], status="scheduled", what="Bristlecone call")
    case.forbid("bc", aaron.email,
                "call moved from Tue Apr 14 to Fri Apr 17 11:00 MT, still in the future at now")

    # ==================================================================
    # Platte Valley Water Authority: formal panel, committee decision passed on by HR
    # ==================================================================
    add("pv", lorraine, [eli], "2026-03-19 09:30", """
Dear Mr. Navarro,

Thank you for your application for the position of Junior Web Developer (Req. 26-0117) with the Platte Valley Water Authority. I am pleased to invite you to a panel interview on Tuesday, March 31, 2026, from 10:00 to 11:00 a.m. (Mountain Time), to be held via Microsoft Teams.

The interview panel will consist of Mr. Ray Ochoa, IT Applications Manager, and Ms. Tina Becker, Web Content Coordinator.

Please confirm your availability by reply to this email. A Teams invitation will follow.

Sincerely,
""", subject="Junior Web Developer (Req. 26-0117) – Interview Invitation")
    add("pv_r", eli, [lorraine], "2026-03-19 12:10", """
Dear Ms. Kessler,

Thank you for the invitation. I confirm that I am available on Tuesday, March 31, from 10:00 to 11:00 a.m. and look forward to meeting the panel.

Sincerely,
""", parent="pv")
    add("pv_p", lorraine, [eli], "2026-04-01 15:40", """
Mr. Navarro,

Mr. Ochoa asked me to let you know that the selection committee will meet on Wednesday, April 8. A decision will be communicated to all finalists by Friday, April 10.

Thank you for your patience.

Sincerely,
""", parent="pv_r")
    add("pv_p_r", eli, [lorraine], "2026-04-01 16:30", """
Dear Ms. Kessler,

Thank you for the update. I look forward to hearing from you.

Sincerely,
""", parent="pv_p")
    case.thread("pv", True, "interview", "Platte Valley Water Authority",
                "HR analyst invites to a panel; afterwards she passes on the hiring manager's "
                "word: committee meets Wed Apr 8, 'a decision will be communicated ... by Friday, "
                "April 10'; nothing since")
    case.promise("pv", "pv_p", lorraine.email, "2026-04-10")
    case.expect("callback", "pv", lorraine.email,
                "passive promise relayed for the hiring manager, tied to the committee meeting: "
                "decision 'by Friday, April 10'; nothing from PVWA since; due end of Tue Apr 14",
                promised="2026-04-10")

    pvi_s, pvi_e = at("2026-03-31 10:00"), at("2026-03-31 11:00")
    pvi_ics = make_ics(
        method="REQUEST", uid=uid_outlook(name, "pvwa-panel"), stamp=at("2026-03-20 08:45"),
        start=pvi_s, end=pvi_e, tzid="Mountain Standard Time", prodid=OUTLOOK_PRODID,
        summary="Panel Interview – Junior Web Developer – E. Navarro",
        organizer=lorraine,
        attendees=[(ochoa, "ACCEPTED", "INDIVIDUAL"), (becker, "ACCEPTED", "INDIVIDUAL"),
                   (eli, "NEEDS-ACTION", "INDIVIDUAL")],
        location="Microsoft Teams Meeting")
    add("pvi", lorraine, [ochoa, becker, eli], "2026-03-20 08:45", """
Panel interview for the Junior Web Developer position (Req. 26-0117).
Panel: Ray Ochoa, IT Applications Manager; Tina Becker, Web Content Coordinator.
HR will not attend. Questions before the interview may be directed to Lorraine Kessler.
""" + TEAMS_BLOCK % ("266 903 418 550", "Wq9sT3"),
        subject="Panel Interview – Junior Web Developer – E. Navarro", sig=False,
        ics=pvi_ics, ics_mode="outlook")
    add("pvty1", eli, [ochoa], "2026-03-31 13:30", """
Dear Mr. Ochoa,

Thank you for taking the time to meet with me this morning about the Junior Web Developer position. I especially appreciated hearing about the plan to move the water-quality reports off PDFs and into accessible web pages; that is exactly the kind of work I hope to do.

Sincerely,
""", subject="Thank you – Junior Web Developer interview")
    add("pvty2", eli, [becker], "2026-03-31 13:45", """
Dear Ms. Becker,

Thank you for meeting with me this morning. Your question about writing for residents who read on their phones stayed with me; I'd enjoy working with you on plain-language content for the site.

Sincerely,
""", subject="Thank you – Junior Web Developer panel")
    case.thread("pvi", True, "interview", "Platte Valley Water Authority",
                "Teams invite for the panel Tue Mar 31 10:00-11:00; HR organiser does not attend; "
                "both panelists thanked individually that afternoon")
    case.thread("pvty1", True, "interview", "Platte Valley Water Authority",
                "thank-you to panelist Ray Ochoa")
    case.thread("pvty2", True, "interview", "Platte Valley Water Authority",
                "thank-you to panelist Tina Becker")
    case.meeting("pvi", pvi_s, pvi_e, met=[ochoa.email, becker.email],
                 thanks={ochoa.email: "pvty1", becker.email: "pvty2"}, what="PVWA panel")

    wd_text = """
Hello Eli,

Thank you for applying to the Junior Application Developer (R-04417) position at Peakview Health. We have received your application.

Our Talent Acquisition team aims to respond to every applicant within 7 business days. You can check the status of your application at any time by signing in to your candidate home account.

Sincerely,
Peakview Health Talent Acquisition

Please do not reply to this message; this mailbox is not monitored.
"""
    add("wd", peakview, [eli], "2026-03-30 07:45", wd_text,
        subject="Peakview Health: Application Received – Junior Application Developer (R-04417)",
        html=html_of(wd_text), html_only=True, headers=AUTO)
    case.thread("wd", True, "application", "Peakview Health",
                "Workday acknowledgement: 'aims to respond to every applicant within 7 business "
                "days' is an automated sender's line, not a person's promise")
    case.forbid("wd", peakview.email,
                "automated Workday acknowledgement (myworkday.com, 'do not reply'); 'aims to "
                "respond within 7 business days' (would lapse Apr 8) is no person's promise")

    # ==================================================================
    # Noise: the restaurant (Eli on the hiring side), landlord, family, climbing, money...
    # ==================================================================
    def sched(key, when, week, rows):
        text = ("Hi Eli,\n\nYour schedule at Juniper Table for %s has been published.\n\n%s\n\n"
                "Total scheduled: %s\n\nView in the 7shifts app to request a swap or time off.\n\n"
                "7shifts | Unsubscribe from schedule emails" % (week, "\n".join(rows[:-1]), rows[-1]))
        add(key, shifts, [eli], when, text, subject="Your schedule for %s is published" % week,
            html=html_of(text), html_only=True, headers=AUTO)
        case.thread(key, False, None, "Juniper Table", "7shifts weekly schedule (current job)")

    sched("sh1", "2026-03-06 15:00", "Mar 9 – Mar 15", [
        "Tue Mar 10  2:00 PM – 11:00 PM  Sous Chef", "Wed Mar 11  2:00 PM – 11:00 PM  Sous Chef",
        "Thu Mar 12  2:00 PM – 11:00 PM  Sous Chef", "Fri Mar 13  2:00 PM – 12:00 AM  Sous Chef",
        "Sat Mar 14  9:00 AM – 3:00 PM  Brunch – Sous Chef", "Sat Mar 14  4:00 PM – 12:00 AM  Sous Chef",
        "49.0 hrs"])
    sched("sh2", "2026-03-27 15:00", "Mar 30 – Apr 5", [
        "Mon Mar 30  3:00 PM – 10:00 PM  Sous Chef", "Wed Apr 1  2:00 PM – 11:00 PM  Sous Chef",
        "Thu Apr 2  3:00 PM – 11:00 PM  Sous Chef (late start)", "Fri Apr 3  2:00 PM – 12:00 AM  Sous Chef",
        "Sat Apr 4  4:00 PM – 12:00 AM  Sous Chef", "41.0 hrs"])
    sched("sh3", "2026-04-10 15:00", "Apr 13 – Apr 19", [
        "Mon Apr 13  2:00 PM – 11:00 PM  Sous Chef", "Wed Apr 15  2:00 PM – 11:00 PM  Sous Chef",
        "Thu Apr 16  2:00 PM – 11:00 PM  Sous Chef", "Fri Apr 17  2:00 PM – 12:00 AM  Sous Chef",
        "Sat Apr 18  9:00 AM – 3:00 PM  Brunch – Sous Chef (swap w/ T. Brooks)", "42.0 hrs"])

    add("swap", tasha, [eli], "2026-04-08 12:30", """
hey chef can u work my sat brunch 4/18? i'll cover ur tues 4/14 close. my mom's in town that weekend

lmk!!
""", subject="swap tues for sat brunch?")
    add("swap_r", eli, [tasha], "2026-04-08 13:05", """
YES. you're a lifesaver, I need tues off anyway. just put it in 7shifts and I'll approve
""", parent="swap", sig=False)
    add("swap_rr", tasha, [eli], "2026-04-08 13:40", """
done ✅ owe u one
""", parent="swap_r")
    case.thread("swap", False, None, None, "coworker's shift swap")

    staff_ics = make_ics(
        method="REQUEST", uid=uid_google(name, "staff"), stamp=at("2026-03-31 11:00"),
        start=at("2026-04-06 14:00"), end=at("2026-04-06 15:00"), tzid=DEN,
        summary="All-staff: spring menu rollout + patio season",
        organizer=carla_cal,
        attendees=[(eli, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Kitchen", "kitchen@junipertable.com"), "NEEDS-ACTION", "INDIVIDUAL"),
                   (("FOH", "foh@junipertable.com"), "NEEDS-ACTION", "INDIVIDUAL")],
        location="Juniper Table, 3421 Tejon St, Denver",
        description="Mandatory for all staff. Family meal at 1:30. Eli + Chef Ramos walk "
                    "through the spring menu; patio opens 4/24.")
    add("staff", carla_cal, [eli], "2026-03-31 11:00", """
You have been invited to the following event.

All-staff: spring menu rollout + patio season
When: Monday Apr 6, 2026 2pm – 3pm Mountain Time - Denver
Where: Juniper Table, 3421 Tejon St, Denver

Mandatory for all staff. Family meal at 1:30. Eli + Chef Ramos walk through the spring menu; patio opens 4/24.

Going (eli.navarro@example.com)?   Yes - Maybe - No    more options »

Invitation from Google Calendar
""", subject="Invitation: All-staff: spring menu rollout + patio season @ Mon Apr 6, 2026 2pm - 3pm "
             "(MDT) (eli.navarro@example.com)", ics=staff_ics, headers=GCAL)
    case.thread("staff", False, None, "Juniper Table", "staff meeting at the current job")
    case.meeting("staff", at("2026-04-06 14:00"), at("2026-04-06 15:00"), job=False,
                 what="all-staff meeting")

    add("lc", carla, [eli], "2026-04-04 10:05", """
Hey Eli,

Can you sit in on line cook interviews Thursday 4/9, 2–3:30, before service? Three candidates: Luis Peña (2:00), Kendra Yates (2:30), Omar Haddad (3:00). Resumes attached. I want each of them to do a quick stage on the flat-top after we talk.

Carla
""", subject="Line cook interviews Thursday",
        attachments=[("LineCook_Candidates.pdf", "application/pdf",
                      make_pdf(["Line Cook candidates - Thu 4/9",
                                "2:00 Luis Pena - 4 yrs, Sunday Vinyl, Tamayo",
                                "2:30 Kendra Yates - 2 yrs, hotel banquet",
                                "3:00 Omar Haddad - culinary school grad"]))])
    add("lc_r", eli, [carla], "2026-04-04 11:30", """
Yep, I'll be there. I'll have them do a two-egg over-easy and a quick brunoise, tells you everything.
""", parent="lc", sig=False)
    add("lc_rr", carla, [eli], "2026-04-09 17:10", """
Thoughts? I liked Luis a lot. Kendra seemed green but eager.
""", parent="lc_r")
    add("lc_rrr", eli, [carla], "2026-04-09 17:25", """
Luis for sure, clean station and fast. Kendra second, she'd be great on brunch. Omar's knife work needs time. Want me to call Luis Monday?
""", parent="lc_rr", sig=False)
    case.thread("lc", False, None, "Juniper Table",
                "Eli interviews line-cook candidates at his current job (hiring side)")
    case.meeting("lc", at("2026-04-09 14:00"), at("2026-04-09 15:30"),
                 met=[luis.email], job=False, what="line cook interviews (Eli hiring)")

    add("luis", luis, [eli], "2026-04-09 18:30", """
Hi Chef Eli,

Thank you for the interview today and for letting me cook for you. I really want to be part of the Juniper Table team, the kitchen is very organized and I liked the energy. Let me know if you need references from Tamayo.

Gracias por su tiempo,
Luis Peña
(720) 555-0144
""", subject="Thank you Chef")
    add("luis_r", eli, [luis], "2026-04-10 09:15", """
Hey Luis,

Good to have you in yesterday, your eggs were perfect. Carla and I are finishing up and we'll let everyone know by Monday.

Chef Eli
""", parent="luis", sig=False)
    case.thread("luis", False, None, "Juniper Table",
                "a line-cook candidate thanks Eli for the interview; Eli is the interviewer; his "
                "'by Monday' is his own promise")
    case.forbid("luis", luis.email,
                "a candidate Eli interviewed for his restaurant: Eli is the hiring side; no "
                "thank-you is owed and the 'by Monday' promise is Eli's own")

    add("lease", brenda, [eli], "2026-03-27 10:10", """
Hi Eli,

Your current lease at 2150 W 32nd Ave, Unit 3B ends May 31, 2026. We are preparing renewal offers now and will have your renewal terms to you by April 15.

Please let me know if you have any maintenance items you'd like addressed before renewal.

Thank you,
""", subject="Lease renewal – 2150 W 32nd Ave, Unit 3B")
    add("lease_r", eli, [brenda], "2026-03-27 12:45", """
Hi Brenda, sounds good! The bathroom fan is still rattling, if someone could take a look that'd be great.

Eli
""", parent="lease", sig=False)
    add("lease_offer", brenda, [eli], "2026-04-14 11:20", """
Hi Eli,

Attached is your renewal offer. The new monthly rent for a 12-month term would be $1,690 (up from $1,625); a 6-month term is also available at $1,760. Please sign in the portal by April 30.

Maintenance has a work order in for the bathroom fan.

Thank you,
""", parent="lease_r", attachments=[("Renewal_Offer_Unit3B.pdf", "application/pdf",
                                      make_pdf(["Highline Residential - Lease Renewal Offer",
                                                "2150 W 32nd Ave, Unit 3B, Denver CO 80211",
                                                "12-month term: $1,690/mo",
                                                "6-month term: $1,760/mo",
                                                "Sign by April 30, 2026"]))])
    case.thread("lease", False, None, "Highline Residential",
                "landlord promised renewal terms by Apr 15 and sent them Apr 14")
    case.promise("lease", "lease", brenda.email, "2026-04-15", answered_by="lease_offer", job=False)

    rent_text = """
Hi Eli Navarro,

We received your payment of $1,625.00 for April 2026 rent, Unit 3B.

Confirmation #: HR-2604-118273
Payment method: Checking ****4410

Thank you for being a Highline resident!
"""
    add("rent", portal, [eli], "2026-04-01 06:02", rent_text, subject="Payment received – April rent",
        html=html_of(rent_text), html_only=True, headers=AUTO)
    case.thread("rent", False, None, "Highline Residential", "rent receipt")

    add("wed", ana, [eli, mom], "2026-03-05 20:14", """
ok so it's official official: SEPT 19 at the Mapleton barn 💍💍

things I need from u:
1. help me pick the caterer menu bc ur the chef and I trust no one else
2. be nice to Dylan's brother at the engagement party
3. Mom wants mariachi, I want a DJ, pls mediate

love u
""", subject="wedding stuff!!! 💍")
    add("wed_r", eli, [ana, mom], "2026-03-05 22:50", """
CONGRATS 🎉🎉 obviously I'm on menu duty. no carving stations, they're always sad by 8pm.
re: mariachi vs DJ... why not both. mariachi for cocktail hour, DJ after.
""", parent="wed", sig=False)
    add("wed_rr", mom, [ana, eli], "2026-03-06 07:30", """
Mis hijos!! Qué felicidad. Eli tiene razón, mariachi en el cóctel y luego el DJ. Ana, ¿ya hablaste con tu tía Rosa sobre las flores?

Los quiero mucho
""", parent="wed_r")
    add("wed_rrr", ana, [eli, mom], "2026-03-06 09:12", """
fine FINE both. mamá sí, hablo con tía Rosa este fin de semana 🌸
""", parent="wed_rr")
    case.thread("wed", False, None, None, "sister's wedding planning, partly in Spanish")

    add("cake", ana, [eli], "2026-04-02 19:40", """
cake tasting sat 4/11 at 11 at Sugar Fox bakery on Broadway. u coming?? I need ur palate
""", subject="cake tasting sat 🎂")
    add("cake_r", eli, [ana], "2026-04-02 20:02", """
wouldn't miss it. I'll bring my palate and my opinions 😤
""", parent="cake", sig=False)
    add("cake_rr", ana, [eli], "2026-04-11 14:10", """
ok the lemon-lavender was the move. thank u for vetoing the fondant 🙏
""", parent="cake_r")
    case.thread("cake", False, None, None, "sister's cake tasting Sat Apr 11 11:00")
    case.meeting("cake", at("2026-04-11 11:00"), None, job=False, what="cake tasting")

    pay1_text = """
You paid Ana Navarro $150.00

Note: DJ deposit 🎶 (my half)
Date: Mar 20, 2026
Transaction ID: 4419-2286-0037

Paybird
"""
    add("pay1", paybird, [eli], "2026-03-20 18:33", pay1_text, subject="You paid Ana Navarro $150.00",
        html=html_of(pay1_text), html_only=True, headers=AUTO)
    case.thread("pay1", False, None, "Paybird", "payment receipt")
    pay2_text = """
Jake Osei paid you $22.00

Note: pho 🍜 + thai tea
Date: Apr 4, 2026
Transaction ID: 4419-3304-1189

Paybird
"""
    add("pay2", paybird, [eli], "2026-04-04 21:15", pay2_text, subject="Jake Osei paid you $22.00",
        html=html_of(pay2_text), html_only=True, headers=AUTO)
    case.thread("pay2", False, None, "Paybird", "payment receipt")
    pay3_text = """
You paid Tasha Brooks $40.00

Note: thx for the swap 🙏 drinks on me
Date: Apr 12, 2026
Transaction ID: 4419-3871-5520

Paybird
"""
    add("pay3", paybird, [eli], "2026-04-12 23:48", pay3_text, subject="You paid Tasha Brooks $40.00",
        html=html_of(pay3_text), html_only=True, headers=AUTO)
    case.thread("pay3", False, None, "Paybird", "payment receipt")

    add("mama", mom, [eli], "2026-03-14 10:05", """
Mijo, ¿vienes a comer el domingo? Voy a hacer pozole. Trae a Jake si quiere.
""", subject="¿Vienes el domingo?")
    add("mama_r", eli, [mom], "2026-03-14 12:30", """
Sí mamá, ahí estaré como a la 1. Yo llevo el pan. Jake trabaja ese día.
""", parent="mama", sig=False)
    case.thread("mama", False, None, None, "mother, in Spanish")

    crux1_text = """
Welcome back, Eli!

Your Crux Climbing Denver membership has been reactivated. Your first billing date is April 1, 2026.

New this spring: Lead Belay Class, Sundays at 10 AM. Book in the app.

See you on the wall,
Crux Climbing Denver
"""
    add("crux1", crux, [eli], "2026-03-16 09:00", crux1_text,
        subject="Your membership is reactivated 🧗", html=html_of(crux1_text), headers=AUTO)
    case.thread("crux1", False, None, "Crux Climbing Denver", "gym membership notice")

    crux_ics = make_ics(
        method="PUBLISH", uid=uid_uuid(name, "crux-belay"), stamp=at("2026-04-10 20:30"),
        start=at("2026-04-19 10:00"), end=at("2026-04-19 12:00"), tzid=DEN,
        prodid="-//Crux Climbing//Booking//EN", summary="Lead Belay Class – Crux Climbing Denver",
        organizer=crux, location="Crux Climbing Denver, 1260 S Broadway")
    crux2_text = """
Hi Eli,

You're booked!

Lead Belay Class
Sunday, April 19, 2026, 10:00 AM – 12:00 PM
Crux Climbing Denver, 1260 S Broadway

Bring your own harness if you have one. Cancel at least 24 hours ahead for a full refund.

Crux Climbing Denver
"""
    add("crux2", crux, [eli], "2026-04-10 20:30", crux2_text,
        subject="Booking confirmed: Lead Belay Class – Sun, Apr 19",
        html=html_of(crux2_text), ics=crux_ics, ics_mode="publish", headers=AUTO)
    case.thread("crux2", False, None, "Crux Climbing Denver", "class booking, ahead at now")
    case.meeting("crux2", at("2026-04-19 10:00"), at("2026-04-19 12:00"), status="scheduled",
                 job=False, what="belay class")

    add("boulder", jake, [eli], "2026-03-25 16:10", """
bouldering thurs night? I'm trying to send that purple V4 in the cave before they reset it
""", subject="thurs?")
    add("boulder_r", eli, [jake], "2026-03-25 16:45", """
I'm off at 10 thurs, could do 10:30 if they're still open? otherwise sun morning
""", parent="boulder", sig=False)
    add("boulder_rr", jake, [eli], "2026-03-25 17:02", """
they close at 11 lol. sun morning it is
""", parent="boulder_r")
    case.thread("boulder", False, None, None, "friend's climbing plans")

    def news(key, when, subject, text, lid):
        add(key, sb_news, [eli], when, text, subject=subject, html=html_of(text, subject),
            headers=bulk_headers("<%s>" % lid, "https://switchbackcode.io/unsubscribe"))
        case.thread(key, False, None, "Switchback Code Academy", "bootcamp newsletter")

    news("nl1", "2026-03-06 12:00", "The Switchback Weekly: demo day recap + spring hiring partners", """
THE SWITCHBACK WEEKLY

Demo Day recap 🎉
Winter '26 shipped 31 projects. People's choice went to a prep-list app built by a working sous-chef. Photos are up on the portal.

Hiring partners
Our spring partner list is coming together. Grads: your coach will share it in your next check-in.

Alumni AMA
Thursday 3/12, 6 PM MT: "My first 90 days as a junior dev", with three Fall '25 grads.

Job search tip of the week
Send a thank-you within 24 hours of every interview. Yes, even the phone screen.
""", "weekly.switchbackcode.io")
    news("nl2", "2026-04-03 12:00", "The Switchback Weekly: resume clinic, alumni offers, #alumni-connect", """
THE SWITCHBACK WEEKLY

Offers! 🥳
Four Winter '26 grads signed offers this month. Congrats to everyone still in the hunt, too: the average time to offer for our grads is 14 weeks.

Resume clinic
Saturday 4/11, 10 AM–1 PM on Zoom. Drop in, no booking needed.

#alumni-connect
Over 200 alumni have opted in to coffee chats. Say hi, be specific about what you're asking, and always follow up.
""", "weekly.switchbackcode.io")

    def alert(key, when, n, rows):
        text = ("%d new jobs match your alert: Junior Developer, Denver, CO (within 25 mi)\n\n%s\n\n"
                "Tip: Candidates who apply in the first 48 hours are 3x more likely to get an "
                "interview. Recruiters on CodeBoard typically respond within 5 days.\n\n"
                "Manage alerts | Unsubscribe" % (n, "\n\n".join(rows)))
        add(key, codeboard, [eli], when, text,
            subject="%d new Junior Developer jobs near Denver, CO" % n, html=html_of(text),
            headers=bulk_headers("<alerts.codeboardjobs.com>", "https://codeboardjobs.com/unsub"))
        case.thread(key, False, None, "CodeBoard Jobs", "job-board alert; owes nothing")

    alert("cb1", "2026-03-10 06:00", 12, [
        "Junior Software Engineer – Fieldnote – Denver (Hybrid)\nEasy apply · Posted 2 days ago",
        "Associate Developer – Bristlecone Data – Remote (US)\nInterview process: 3 rounds",
        "Web Developer I – Platte Valley Water Authority – Denver\nApply by 3/20"])
    alert("cb2", "2026-03-24 06:00", 9, [
        "Junior Application Developer – Peakview Health – Aurora, CO\nActively recruiting",
        "Junior Frontend Engineer – Ledgerly – Remote\nHiring manager responds quickly",
        "Software Apprentice – Trailhead Health – Denver\nCohort starts June"])
    alert("cb3", "2026-04-16 06:00", 14, [
        "Jr. Full-Stack Engineer – Ponderosa Pay – Denver\nPosted 1 week ago",
        "Junior Developer (Contract) – Summit Tech Staffing – Greenwood Village\n6-month contract",
        "Associate Software Engineer – Kindling – Remote\nNo longer accepting applications soon"])

    hot_text = """
🔥 HOT CONTRACT ROLES – WEEK OF 4/13

Jr. .NET Developer – 6 mo C2H – Englewood – $31–35/hr
QA Analyst (manual → automation) – 3 mo – Remote CO – $28–32/hr
Junior Data Engineer – 12 mo W2 – Downtown Denver – $36–40/hr
Salesforce Admin – 6 mo – Hybrid Golden – $40–45/hr

Interested? Reply to your Summit recruiter or apply at summittechstaffing.com/jobs.

Summit Tech Staffing · 5600 S Quebec St, Greenwood Village, CO
You're receiving this because you registered with Summit. Unsubscribe.
"""
    add("hot", summit_jobs, [eli], "2026-04-13 07:00", hot_text,
        subject="🔥 Hot contract roles – week of 4/13", html=html_of(hot_text),
        headers=bulk_headers("<hotjobs.summittechstaffing.com>",
                             "https://summittechstaffing.com/unsubscribe"))
    case.thread("hot", False, None, "Summit Tech Staffing", "agency's bulk job list; owes nothing")

    dent_s = at("2026-04-03 08:00")
    dent_ics = make_ics(
        method="PUBLISH", uid=uid_uuid(name, "dentist"), stamp=at("2026-03-27 09:00"),
        start=dent_s, end=at("2026-04-03 09:00"), tzid=DEN,
        prodid="-//Dentrix Ascend//Appointment//EN",
        summary="Dental cleaning + exam – Cherry Creek Family Dental", organizer=dental,
        location="3100 E 1st Ave, Suite 210, Denver, CO 80206")
    add("dent", dental, [eli], "2026-03-27 09:00", """
Hi Eli,

This is a reminder of your upcoming appointment:

Friday, April 3, 2026 at 8:00 AM
Cleaning and periodic exam with Dr. Anjali Patel

Please reply C to confirm or call us to reschedule. An appointment file is attached for your calendar.
""", subject="Appointment reminder: Fri, Apr 3 at 8:00 AM", ics=dent_ics, ics_mode="publish")
    add("dent_r", eli, [dental], "2026-03-27 09:40", "C", parent="dent", sig=False, quote=False)
    case.thread("dent", False, None, "Cherry Creek Family Dental", "dentist appointment Fri Apr 3")
    case.meeting("dent", dent_s, at("2026-04-03 09:00"), job=False, what="dentist")

    add("dent2", dental, [eli], "2026-04-03 11:20", """
Hi Eli,

Thanks for coming in this morning. As Dr. Patel discussed, she recommends a crown on tooth #19. We're submitting a pre-authorization to your insurance today and will call you by Friday 4/10 with your estimated out-of-pocket cost.

Have a great weekend!
""", subject="Following up on today's visit")
    add("dent2_r", eli, [dental], "2026-04-03 12:05", """
Thanks! Sounds good, talk soon.

Eli
""", parent="dent2", sig=False)
    case.thread("dent2", False, None, "Cherry Creek Family Dental",
                "dentist's 'we'll call you by Friday 4/10' with the insurance estimate; no word since")
    case.promise("dent2", "dent2", dental.email, "2026-04-10", job=False)
    case.forbid("dent2", dental.email,
                "dental office's 'will call you by Friday 4/10' is not job search: no follow-up "
                "draft")

    bill_text = """
Hi Eli,

Your Front Range Energy statement for account ending 7721 is ready.

Amount due: $84.16
Due date: April 28, 2026

AutoPay is on; no action is needed.
"""
    add("bill", energy, [eli], "2026-04-08 05:30", bill_text, subject="Your April statement is ready",
        html=html_of(bill_text), html_only=True, headers=AUTO)
    case.thread("bill", False, None, "Front Range Energy", "utility bill")

    gh_notif = """
Bumps vite from 5.1.4 to 5.4.19.

Release notes, changelog and commits are in the pull request.

You can trigger a rebase of this PR by commenting @dependabot rebase.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you own the repository.
"""
    add("ghn", github, [eli], "2026-03-18 04:12",
        gh_notif, subject="[elinavarro/prep-list] Bump vite from 5.1.4 to 5.4.19 (PR #14)",
        headers={"List-Id": "elinavarro/prep-list <prep-list.elinavarro.github.com>",
                 "X-GitHub-Reason": "author"})
    case.thread("ghn", False, None, "GitHub", "Dependabot notification")

    pc_text = """
Eli, you appeared in 31 searches this week.

Searchers were from: Fieldnote, Summit Tech Staffing, Bristlecone Data and 7 more.

Top search keyword: junior developer

Recruiters who viewed you are 4x more likely to message candidates with Open to Work turned on.
"""
    add("pc", proconnect, [eli], "2026-04-06 07:15", pc_text,
        subject="You appeared in 31 searches this week", html=html_of(pc_text), html_only=True,
        headers=bulk_headers("<weekly.proconnect.com>", "https://proconnect.com/unsub"))
    case.thread("pc", False, None, "ProConnect", "professional network digest")

    kb_text = """
Your order #KW-55821 has shipped!

Keebworks K68 (brown switches, walnut case) x1
Carrier: UPS · Tracking 1Z88W4170342219
Estimated delivery: Tue, Mar 31

Happy typing!
"""
    add("kb", keeb, [eli], "2026-03-28 14:00", kb_text, subject="Your Keebworks order has shipped ⌨️",
        html=html_of(kb_text), headers=AUTO)
    case.thread("kb", False, None, "Keebworks", "order shipped")

    add("din", marisol, [eli, jake, ana], "2026-04-08 20:30", """
sunday dinner at mine 4/19? I'm doing a paella and Eli's not allowed to critique it 🥘 6pm
""", subject="sunday dinner @ mine?")
    add("din_r", eli, [marisol, jake, ana], "2026-04-08 21:10", """
I have a belay class that morning but I'm in for 6. I'll bring dessert and zero critiques 🤐
""", parent="din", sig=False)
    case.thread("din", False, None, None, "friends' dinner plans Sun Apr 19")
    case.meeting("din", at("2026-04-19 18:00"), None, status="scheduled", job=False,
                 what="friends' dinner")

    case.summary = SUMMARY
    return case


SUMMARY = (
    'Eli Navarro is a sous-chef at Juniper Table in Denver (America/Denver) who finished the '
    'Switchback Code Academy full-stack bootcamp in February and is hunting for a first junio'
    'r developer job between restaurant shifts. The mailbox runs from 5 March to Thursday 16 '
    'April 2026, 10:15 MDT (`now`), across the US change to daylight time on 8 March. His boo'
    "tcamp coach sends weekly check-ins, kept her own 'by Wednesday' promise, organised a moc"
    'k interview run by a volunteer mentor (thanked) and set up a phone interview with Ponder'
    "osa Pay's eng lead, whose address appears only in her text; she does not sit in, and Eli"
    "'s note afterwards went to her, not to him. Two alumni coffees came through intros: Jord"
    "an (Trailhead Health) was thanked in a new thread and promised news 'by end of next week"
    "' (still open); Hannah (Ledgerly) got only a thank-you sent before the call. Fieldnote r"
    'an a recruiter call agreed in words, then a Greenhouse virtual onsite whose agenda names'
    ' four people with addresses: one note thanked two of them, the recruiter (who ran the we'
    'lcome and wrap-up) was thanked in her own thread, where she mentions other candidates an'
    "d promises word by Friday 17 April; the product designer was never thanked. Kindling's C"
    "alendly phone screen was never thanked before a gentle rejection. Rockrose Labs' pair-pr"
    "ogramming session (Teams invite, Windows zone name) was thanked, then the recruiter's 'w"
    "e'll circle back early next week' went silent. Sundial Learning's take-home had a due da"
    "te and a 'within a week' that lapsed; Platte Valley Water's HR analyst relayed, in the p"
    "assive, the hiring manager's word that a committee meeting on 8 April would lead to a de"
    'cision by 10 April, and nothing came. An agency recruiter (Summit Tech Staffing) arrange'
    'd a client interview with Alpine Credit Union; Eli thanked the recruiter, not the interv'
    "iewer. The startup Gearhouse's CTO writes lowercase mails from his phone; after an offic"
    "e visit Eli thanked him only and asked him to 'thank Jess for me'. Bristlecone Data move"
    "d a call (given in ET and 'your time') to the day after `now`. Noise: 7shifts schedules,"
    ' a staff meeting and line-cook interviews where Eli is the interviewer (a candidate than'
    "ks him), a shift swap, the landlord's kept renewal promise, his sister's wedding and his"
    ' mother in Spanish, a climbing gym, Paybird receipts, bootcamp newsletters, CodeBoard al'
    "erts, the agency's bulk job list, ATS acknowledgements (Lever, SmartRecruiters, Workday "
    "with an automated 'within 7 business days'), and a dentist whose 'we'll call you by Frid"
    "ay' lapsed. 63 threads (32 job search), 145 messages, `now` = `2026-04-16T10:15:00-06:00"
    '`.'
)


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
