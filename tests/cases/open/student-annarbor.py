#!/usr/bin/env python3
"""Maya Goldberg-Reyes, IOE senior at the University of Michigan, fall recruiting 2026."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")


def t(s, tz=ET):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


MAYA_SIG = """Maya Goldberg-Reyes
B.S.E. Candidate, Industrial & Operations Engineering | Class of 2027
University of Michigan College of Engineering
mgoldrey@umich.edu | (734) 555-0187"""

SUMMARY = (
    "Maya Goldberg-Reyes, 21, is a senior in Industrial & Operations Engineering at the University of "
    "Michigan, looking for a full-time supply-chain or consulting role after she graduates in May 2027. "
    "The mailbox (umich.edu, Google Workspace) runs from the fall career fairs in late September to "
    "Wednesday 4 November 2026, 10:00 EST, three days after the US left daylight time (a Calendly "
    "interview booked in CDT for a slot in CST). Kestrel Partners takes her from a career-fair coffee chat "
    "and a Handshake-scheduled first round in the career center to a Chicago superday itinerary in "
    "Central time naming three interviewers with their addresses; one note thanked two of them and the "
    "partner was never thanked, and the recruiter's 'within 48 hours of your final round' has run out "
    "with no word. Lumen & Vale made an exploding offer (her deadline, not theirs) and kept a relayed "
    "'she'll get back to you by Monday' about an extension. Oakmont's final round was booked through a "
    "Greenhouse confirmation sent under the recruiter's name; the interviewers' addresses are only in the "
    "recruiter's thread and only one was thanked, in a new thread. Varden's recruiter promised word "
    "'within two weeks' of a HireVue one-way video and went quiet. Tandem Freight's recruiter asked for "
    "15 minutes, kept 'early next week', and passed her to a hiring manager by Calendly (never thanked). "
    "Ridgeway rejected her kindly after an on-campus interview she never thanked anyone for; a professor's "
    "introduction led to a Teams call that only the professor was thanked for (partly in Spanish); a "
    "fair recruiter's coffee moved a day by 'Wednesday works!' and was thanked only beforehand; an "
    "alumni phone call arranged through the alumni mentor network was thanked the next morning. Summit "
    "Ridge cancelled by ICS; Northvale's interview is still ahead. Noise: Canvas, a senior-design "
    "sponsor's standing Teams check-in and her 'by Friday', Maya interviewing freshmen for her consulting "
    "club, her RA, her parents and grandmother (Spanish), a sorority, Venmo, DoorDash, intramural soccer, "
    "her loan servicer, the career center's newsletter, and LinkedIn and Handshake job alerts that name "
    "the same employers.")


def build():
    now = t("2026-11-04 10:00")
    case = Case(
        "student-annarbor",
        "IOE senior at Michigan in fall recruiting: superday, exploding offer, HireVue, Handshake, "
        "career-fair coffees, alumni and professor intros; freshman interviews and campus noise",
        {"name": "Maya Goldberg-Reyes", "emails": ["mgoldrey@umich.edu"],
         "phone": "+1 734 555 0187", "timezone": "America/New_York"},
        now, SUMMARY)
    me = Person("Maya Goldberg-Reyes", "mgoldrey@umich.edu", tz="America/New_York", style="gmail",
                sig=MAYA_SIG)
    case.me = me

    def A(key, sender, to, when, body, **kw):
        # automated systems stamp their mail in UTC; the times written here are Eastern
        if sender.auto and isinstance(when, str):
            when = t(when)
        return case.add(key, sender, to, when, body, **kw)

    # ------------------------------------------------------------------ people
    jordan = Person("Jordan Whitfield", "jordan.whitfield@kestrelpartners.com", tz="America/Chicago",
                    style="outlook", sig="Jordan Whitfield\nConsultant | Kestrel Partners\n"
                    "311 N. Wacker Drive, Suite 2200, Chicago, IL 60606\nM: +1 (312) 555-0163")
    hannah = Person("Hannah Cole", "hannah.cole@kestrelpartners.com", tz="America/New_York",
                    style="outlook", sig="Hannah Cole\nCampus Recruiting Coordinator\nKestrel Partners\n"
                    "1250 Broadway, 14th Floor, New York, NY 10001\nO: +1 (212) 555-0148")
    okonkwo = Person("David Okonkwo", "david.okonkwo@kestrelpartners.com", tz="America/Chicago",
                     style="outlook")
    marsh = Person("Elena Marsh", "elena.marsh@kestrelpartners.com", tz="America/Chicago",
                   style="outlook")
    handshake = Person("Handshake", "no-reply@joinhandshake.com", style="auto", auto=True)
    hs_jobs = Person("Handshake", "jobs@mail.joinhandshake.com", style="auto", auto=True)

    tom = Person("Tom Becker", "tom.becker@lumenvale.com", tz="America/New_York", style="gmail",
                 sig="Tom Becker\nTalent Manager | Lumen & Vale\n1420 Woodward Avenue, 5th Floor, "
                 "Detroit, MI 48226\n(313) 555-0129")
    grace = Person("Grace Whitaker", "grace.whitaker@lumenvale.com", tz="America/New_York",
                   style="gmail", sig="Grace Whitaker\nManaging Director\nLumen & Vale | Operations "
                   "Strategy\n(313) 555-0102")

    brianna = Person("Brianna Soto", "brianna.soto@oakmontbrands.com", tz="America/New_York",
                     style="outlook", sig="Brianna Soto (she/her)\nCampus Recruiter, Supply Chain & "
                     "Operations\nOakmont Consumer Brands\n400 E. Fourth Street, Cincinnati, OH 45202\n"
                     "513-555-0177")
    marcus = Person("Marcus Feld", "marcus.feld@oakmontbrands.com", tz="America/New_York",
                    style="outlook")
    aisha = Person("Aisha Rahman", "aisha.rahman@oakmontbrands.com", tz="America/New_York",
                   style="outlook")
    gh_oak = Person("Oakmont Consumer Brands", "no-reply@us.greenhouse-mail.io", style="auto",
                    auto=True)
    gh_brianna = Person("Brianna Soto", "no-reply@us.greenhouse-mail.io", style="auto", auto=True)
    gh_ash = Person("Ashgrove Advisory", "no-reply@us.greenhouse-mail.io", style="auto", auto=True)

    wd_varden = Person("Varden Automotive Systems", "varden@myworkday.com", style="auto", auto=True)
    hirevue = Person("Varden Automotive Systems", "noreply@hirevue.com", style="auto", auto=True)
    kelsey = Person("Kelsey Drummond", "kelsey.drummond@vardenauto.com", tz="America/New_York",
                    style="outlook", sig="Kelsey Drummond\nUniversity Recruiter | Varden Automotive "
                    "Systems\n2800 Opdyke Road, Auburn Hills, MI 48326\n248-555-0121")

    nico = Person("Nico Alvarez", "nico@tandemfreight.com", tz="America/Chicago", style="gmail",
                  sig="Nico Alvarez\nTalent Partner, Tandem Freight\ntandemfreight.com | 312-555-0191")
    jess = Person("Jessica Lindahl", "jess.lindahl@tandemfreight.com", tz="America/Chicago",
                  style="gmail")
    calendly = Person("Calendly", "no-reply@calendly.com", style="auto", auto=True)

    megan = Person("Megan O'Rourke", "megan.orourke@ridgewaypharma.com", tz="America/New_York",
                   style="outlook", sig="Megan O'Rourke\nAssociate Director, Global Supply Planning\n"
                   "Ridgeway Pharmaceuticals\n8900 Keystone Crossing, Indianapolis, IN 46240\n"
                   "(317) 555-0193")

    kaminski = Person("Linda Kaminski", "lkaminsk@umich.edu", tz="America/New_York", style="gmail",
                      sig="Linda M. Kaminski, Ph.D.\nProfessor, Industrial & Operations Engineering\n"
                      "University of Michigan | 1205 Beal Avenue, Ann Arbor, MI 48109")
    carlos = Person("Carlos Medina", "carlos.medina@brightlinelogistics.com", tz="America/New_York",
                    style="outlook", sig="Carlos Medina\nSenior Manager, Network Design & Engineering\n"
                    "Brightline Logistics | Columbus, OH\nM 614-555-0135")

    rachel = Person("Rachel Yoon", "rachel.yoon@pinecrestfoods.com", tz="America/New_York",
                    style="gmail", sig="Rachel Yoon\nUniversity Relations Lead\nPinecrest Foods | "
                    "Grand Rapids, MI\n616-555-0140")

    mentor = Person("Michigan Alumni Mentor Connect", "no-reply@wolverinementors.org", style="auto",
                    auto=True)
    daniel = Person("Daniel Harrow", "daniel.harrow@halvorsenmed.com", tz="America/New_York",
                    style="outlook", sig="Daniel Harrow | Director, Supply Chain Planning\n"
                    "Halvorsen Medical | Kalamazoo, MI\n269-555-0116")

    olivia = Person("Olivia Grant", "olivia.grant@summitridgeconsulting.com", tz="America/New_York",
                    style="outlook", sig="Olivia Grant\nCampus Recruiting Lead | Summit Ridge "
                    "Consulting\n617-555-0184")
    kyle = Person("Kyle Brennan", "kyle.brennan@summitridgeconsulting.com", tz="America/New_York",
                  style="outlook")

    sarah = Person("Sarah Kim", "sarah.kim@northvalehome.com", tz="America/Chicago", style="gmail",
                   sig="Sarah Kim\nTalent Acquisition Partner | Northvale Home\nMinneapolis, MN\n"
                   "612-555-0158")

    canvas_hartley = Person("Naomi Hartley (Canvas)", "notifications@instructure.com", style="auto",
                            auto=True, msgid_domain="instructure.com")
    canvas_kaminski = Person("Linda Kaminski (Canvas)", "notifications@instructure.com", style="auto",
                             auto=True, msgid_domain="instructure.com")
    canvas_424 = Person("Scott Ferrell (Canvas)", "notifications@instructure.com", style="auto",
                        auto=True, msgid_domain="instructure.com")
    anjali = Person("Anjali Patel", "apatel@hollispackaging.com", tz="America/New_York",
                    style="outlook", sig="Anjali Patel\nContinuous Improvement Manager\n"
                    "Hollis Packaging | Ypsilanti Plant\n734-555-0150")
    owen = Person("Owen Fischer", "owenfis@umich.edu", tz="America/New_York", style="gmail")
    priyav = Person("Priya Venkat", "pvenkat@umich.edu", tz="America/New_York", style="gmail")
    luis = Person("Luis Ortega", "lortega@umich.edu", tz="America/New_York", style="gmail")
    ra = Person("Jasmine Ortiz", "jasortiz@umich.edu", tz="America/New_York", style="gmail",
                sig="Jasmine Ortiz (she/her)\nResident Advisor | East Quad, Hinsdale 3rd floor")
    mom = Person("Lucía Reyes", "lucia.reyes.gdl@gmail.com", tz="America/Chicago", style="gmail")
    dad = Person("Michael Goldberg", "mike.goldberg@comcast.net", tz="America/Chicago",
                 style="webmail", msgid_domain="comcast.net")
    abuela = Person("Carmen Reyes", "carmenreyes48@hotmail.com", tz="America/Mexico_City",
                    style="outlook", locale="es")
    hailey = Person("Hailey Brooks", "hbrooksa@umich.edu", tz="America/New_York", style="gmail")
    kenzie = Person("Kenzie Walsh", "kenwalsh@umich.edu", tz="America/New_York", style="gmail")
    sofia = Person("Sofia Marchetti", "sofmarch@umich.edu", tz="America/New_York", style="gmail")
    venmo = Person("Venmo", "venmo@venmo.com", style="auto", auto=True)
    doordash = Person("DoorDash", "no-reply@doordash.com", style="auto", auto=True)
    imleagues = Person("IMLeagues", "no-reply@imleagues.com", style="auto", auto=True)
    ava = Person("Ava Lindgren", "avalind@umich.edu", tz="America/New_York", style="gmail")
    keystone = Person("Keystone Education Loan Services", "noreply@keystoneloans.com", style="auto",
                      auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", style="auto",
                      auto=True)
    ecrc = Person("Engineering Career Resource Center", "ecrc-news@umich.edu", style="auto",
                  auto=True)
    devcal = Person("Dev Sharma", "devsh@umich.edu", tz="America/New_York", style="gcal")
    dev = Person("Dev Sharma", "devsh@umich.edu", tz="America/New_York", style="gmail")
    ethan = Person("Ethan Park", "ethanpk@umich.edu", tz="America/New_York", style="gmail")
    uhs = Person("University Health Service", "uhs-appointments@umich.edu", style="auto", auto=True)
    votes = Person("UMich Votes", "umichvotes@umich.edu", style="auto", auto=True)

    # ================================================================== JOB SEARCH

    # ---- Kestrel Partners: career fair -> coffee chat (networking)
    A("k1a", me, [jordan], "2026-09-24 21:10", """\
Dear Mr. Whitfield,

I hope this email finds you well. My name is Maya Goldberg-Reyes, and I am a senior studying Industrial and Operations Engineering at the University of Michigan. We spoke this afternoon at the Kestrel Partners booth at the Engineering Career Fair, about the distribution network redesign you worked on for a grocery client and about your own time in IOE.

Thank you so much for taking the time to speak with me. Our conversation confirmed my interest in the Associate Consultant role, particularly in your operations practice. If your schedule allows, I would be very grateful for the opportunity to continue our conversation over a brief coffee chat, either in Ann Arbor or virtually, at whatever time is most convenient for you.

Thank you again for your time and consideration.

Best regards,""", subject="Following up from the Engineering Career Fair - Maya Goldberg-Reyes")
    A("k1b", jordan, [me], t("2026-09-25 07:48", CT), """\
Hi Maya,

Great to meet you too! I'm back in AA next Wednesday for our info session. Could do 3:30 at Comet Coffee in Nickels Arcade before it starts, if that works?

Jordan

Get Outlook for iOS""", parent="k1a", sig=False)
    A("k1c", me, [jordan], "2026-09-25 10:02", """\
Dear Jordan,

Wednesday at 3:30 PM at Comet Coffee works perfectly. Thank you so much for making the time! I look forward to seeing you then.

Best regards,""", parent="k1b")
    A("k1d", me, [jordan], "2026-09-30 20:05", """\
Dear Jordan,

Thank you so much for meeting with me this afternoon at Comet Coffee. I really appreciated your candid perspective on the first two years at Kestrel, especially how staffing works across the operations and strategy practices, and your advice to practice market-sizing cases out loud with a partner rather than on my own.

As you suggested, I will submit my application for the Associate Consultant role before the October 5 deadline. I hope the info session went well this evening!

With gratitude,""", parent="k1c")
    A("k1e", jordan, [me], t("2026-10-01 08:30", CT), """\
Maya - my pleasure. Good luck with the application; I've passed your name along to our campus team, so keep an eye out for the first-round schedule.

JW""", parent="k1d")
    case.meeting("k1a", t("2026-09-24 14:00"), met=[jordan.email], thanks={jordan.email: "k1a"},
                 what="career fair conversation at the Kestrel booth")
    case.meeting("k1a", t("2026-09-30 15:30"), met=[jordan.email], thanks={jordan.email: "k1d"},
                 what="coffee chat at Comet Coffee, no end stated")
    case.thread("k1a", True, "networking", "Kestrel Partners",
                "career fair Thu Sep 24 thanked that night; coffee Wed Sep 30 15:30 (60 min by default) "
                "thanked the same evening; nothing dated promised")

    # ---- Kestrel: Handshake first round in the career center
    hs1_text = """\
Hi Maya,

Your interview is confirmed.

Kestrel Partners
Associate Consultant - First Round Interviews

When: Wednesday, October 14, 2026, 9:00 AM - 10:15 AM EDT
Where: Engineering Career Resource Center, 230 Chrysler Center, 2121 Bonisteel Blvd, Ann Arbor, MI 48109 - Interview Room 6

Your schedule
9:00 - 9:35 AM   Case interview with Priyanka Desai, Manager
9:40 - 10:15 AM  Case interview with Tom Gallagher, Senior Consultant

Please check in at the ECRC front desk 10 minutes before your first interview. Bring a copy of your resume, a notepad and a pen; calculators are not permitted during case interviews.

Need to cancel? Cancellations less than 48 hours before your interview are noted on your ECRC record. Manage this interview in Handshake: https://app.joinhandshake.com/stu/interview_schedules/884120

The Handshake Team, on behalf of the University of Michigan College of Engineering"""
    A("hs1", handshake, [me], "2026-10-08 14:02", hs1_text,
      subject="Interview confirmed: Kestrel Partners - Associate Consultant (First Round)",
      html=html_of(hs1_text, "Interview confirmed"), html_only=True, headers=AUTO)
    case.meeting("hs1", t("2026-10-14 09:00"), t("2026-10-14 10:15"), met=[],
                 what="two case interviews, interviewers named without addresses")
    case.thread("hs1", True, "interview", "Kestrel Partners",
                "Handshake-scheduled first round Wed Oct 14 09:00-10:15, ECRC Interview Room 6; "
                "interviewers named without addresses; long past (stale)")

    # ---- Kestrel: superday in Chicago
    A("k3a", hannah, [me], "2026-10-22 15:40", """\
Dear Maya,

Congratulations! On behalf of the Kestrel Partners Chicago office, I am delighted to invite you to our final round for the Associate Consultant position. Final rounds will be held in person at our Chicago office on Wednesday, October 28.

Your itinerary (all times Central):

8:30 AM - Arrival and check-in, 22nd floor reception, 311 N. Wacker Drive, Chicago, IL 60606
8:45 - 9:30 AM - Case interview with David Okonkwo, Principal (david.okonkwo@kestrelpartners.com)
9:40 - 10:25 AM - Case interview with Elena Marsh, Engagement Manager (elena.marsh@kestrelpartners.com)
10:35 - 11:15 AM - Fit interview with Robert Lindqvist, Partner (robert.lindqvist@kestrelpartners.com)
11:15 AM - 12:00 PM - Lunch with Associates Ben Tran and Alexis Moore (informal and not evaluative)

Kestrel will cover your travel. We have reserved a room for you at the Riverline Hotel on Tuesday night, and you are welcome to take the Amtrak Wolverine from Ann Arbor or drive; please keep your receipts for reimbursement.

Please reply to confirm your attendance by Monday, October 26.

Warm regards,""", subject="Kestrel Partners - Final Round Invitation (Chicago, Wednesday 10/28)")
    A("k3b", me, [hannah], "2026-10-22 17:05", """\
Dear Ms. Cole,

Thank you so much for this wonderful news! I am delighted to confirm my attendance at the final round on Wednesday, October 28 in Chicago.

I plan to take the Amtrak Wolverine on Tuesday evening and will keep all of my receipts. Could you please let me know the expected dress code, and whether I should bring printed copies of my resume?

I look forward to meeting the team.

Best regards,""", parent="k3a")
    itinerary = make_pdf([
        "Kestrel Partners - Final Round Itinerary",
        "Candidate: Maya Goldberg-Reyes",
        "Wednesday, October 28, 2026 - Chicago Office",
        "311 N. Wacker Drive, 22nd Floor, Chicago, IL 60606",
        "",
        "8:30 AM          Arrival and check-in (22nd floor reception)",
        "8:45 - 9:30 AM   Case interview: David Okonkwo, Principal",
        "9:40 - 10:25 AM  Case interview: Elena Marsh, Engagement Manager",
        "10:35 - 11:15 AM Fit interview: Robert Lindqvist, Partner",
        "11:15 - 12:00    Lunch with Associates Ben Tran and Alexis Moore",
        "",
        "All times Central. Hotel: Riverline Hotel, conf. no. RL-55821 (Tue Oct 27, 1 night).",
        "Questions on the day: Hannah Cole, (212) 555-0148",
    ])
    A("k3c", hannah, [me], "2026-10-23 09:12", """\
Hi Maya,

Confirmed, we're excited to have you! Business professional, and one printed copy of your resume is plenty. Your itinerary and hotel confirmation number are in the attached PDF.

I'll be supporting the day remotely from New York, so you won't see me at reception, but you can reach me on my cell at (212) 555-0148 if anything comes up. Once your final round is done, we will be in touch with decisions within 48 hours.

Best,
Hannah""", parent="k3b", attachments=[("Kestrel_Final_Round_Itinerary_Goldberg-Reyes.pdf",
                                          "application/pdf", itinerary)])
    A("k3d", me, [hannah], "2026-10-28 21:20", """\
Dear Hannah,

Thank you so much for coordinating everything for today's final round. The day ran smoothly from the hotel to check-in, and everyone I met was incredibly welcoming. I truly appreciated the opportunity to spend the morning at the Chicago office.

Best regards,""", parent="k3c")
    A("k3t", me, [okonkwo, marsh], "2026-10-28 21:05", """\
Dear Mr. Okonkwo and Ms. Marsh,

Thank you both for taking the time to interview me today at the Chicago office.

Mr. Okonkwo, I especially enjoyed working through the regional bakery's warehouse consolidation case with you; your push to sanity-check the labor savings against the added drive time is something I will carry into every case I do from now on. Ms. Marsh, thank you for the pricing case and for sharing how you structure your first week on a new engagement.

The day confirmed how much I would love to begin my career at Kestrel Partners. Please do not hesitate to reach out if I can provide anything further.

Warm regards,""", subject="Thank you - Kestrel Partners final round")
    case.meeting("k3a", t("2026-10-28 08:45", CT), t("2026-10-28 11:15", CT),
                 met=[okonkwo.email, marsh.email, "robert.lindqvist@kestrelpartners.com"],
                 thanks={okonkwo.email: "k3t", marsh.email: "k3t"},
                 what="superday: three interviews back to back in Chicago, Central time")
    case.promise("k3a", "k3c", hannah.email, "2026-10-30")
    case.thread("k3a", True, "interview", "Kestrel Partners",
                "superday Wed Oct 28 08:45-11:15 CDT (09:45-12:15 EDT), interviewers' addresses in the "
                "itinerary text; Okonkwo and Marsh thanked by one note in a new thread, Lindqvist never; "
                "Hannah (remote, not met) promised decisions 'within 48 hours of your final round' "
                "(Fri Oct 30): no Kestrel mail since")
    case.thread("k3t", True, "interview", "Kestrel Partners",
                "Maya's one thank-you note to two of the three superday interviewers, Wed Oct 28 21:05")
    case.expect("thank_you", "k3a", "robert.lindqvist@kestrelpartners.com",
                "partner who ran the fit interview at the Wed Oct 28 superday; address in the itinerary; "
                "the group note went only to Okonkwo and Marsh; overdue since Oct 29 12:15 EDT")
    case.expect("callback", "k3a", hannah.email,
                "'we will be in touch with decisions within 48 hours' of the Wed Oct 28 final round: "
                "window ends Fri Oct 30; nothing from Kestrel since; due end of Tue Nov 3",
                promised="2026-10-30")
    case.forbid("k3a", marsh.email,
                "thanked by the group note of Wed Oct 28 21:05 to Okonkwo and Marsh, sent in a new thread")

    # ---- Lumen & Vale: final round (stale) and the exploding offer
    A("l1a", tom, [me], "2026-10-09 11:20", """\
Hi Maya,

Thanks again for the first-round conversation at the ECRC on Tuesday. Josh and Priya came back raving. We'd like to invite you to a final round at our Detroit office next Friday, October 16, from 1:00 to 3:00 PM.

The afternoon is two parts: a 45-minute working session where you'll walk Grace Whitaker, our Managing Director (grace.whitaker@lumenvale.com), through a short case we'll send the morning of, then a conversation with Josh Feldman from our operations team.

We're at 1420 Woodward Ave, 5th floor. Parking is validated at the Grand Circus garage.

Can you confirm that works?

Tom""", subject="Lumen & Vale - final round, Friday 10/16")
    A("l1b", me, [tom], "2026-10-09 13:40", """\
Dear Mr. Becker,

Thank you so much for the invitation! I am happy to confirm the final round at 1:00 PM on Friday, October 16 at your Woodward Avenue office, and I look forward to the working session with Ms. Whitaker.

Best regards,""", parent="l1a")
    case.meeting("l1a", t("2026-10-06 10:00"), t("2026-10-06 10:45"), met=[],
                 what="first round at the ECRC, mentioned only; interviewers without addresses")
    case.meeting("l1a", t("2026-10-16 13:00"), t("2026-10-16 15:00"), met=[grace.email],
                 thanks={grace.email: "l1t"}, what="final round in Detroit")
    case.thread("l1a", True, "interview", "Lumen & Vale",
                "final round Fri Oct 16 13:00-15:00 in Detroit; Grace thanked in a new thread; stale")
    A("l1t", me, [grace], "2026-10-16 19:30", """\
Dear Ms. Whitaker,

I hope you are having a restful start to the weekend. Thank you so much for taking the time to meet with me this afternoon and for your thoughtful questions during the working session. Walking through the tooling supplier's capacity problem with you, and hearing how you would have framed the make-or-buy question for their leadership, was the highlight of my recruiting season.

I am very excited about the chance to join Lumen & Vale, and I look forward to hearing about next steps.

Best regards,""", subject="Thank you - Lumen & Vale final round")
    A("l1u", grace, [me], "2026-10-17 09:02", """\
Maya - thank you for the thoughtful note. You did really well on the case. Tom will be in touch next week on next steps.

Grace

Sent from my iPhone""", parent="l1t", sig=False)
    case.promise("l1t", "l1u", grace.email, "2026-10-23", answered_by="l2a")
    case.thread("l1t", True, "interview", "Lumen & Vale",
                "thank-you to Grace after the Oct 16 final round; her 'Tom will be in touch next week' "
                "was kept by the offer of Fri Oct 23")

    offer_pdf = make_pdf([
        "Lumen & Vale LLC",
        "October 23, 2026",
        "Maya Goldberg-Reyes, Ann Arbor, Michigan",
        "",
        "Dear Maya,",
        "We are pleased to offer you the position of Associate Consultant,",
        "beginning July 12, 2027, at our Detroit office.",
        "Base salary: $78,000 per year. Signing bonus: $5,000, paid on your start date.",
        "Relocation assistance: up to $2,500.",
        "Please indicate your acceptance by 5:00 PM ET on Friday, November 6, 2026.",
        "",
        "Grace Whitaker, Managing Director",
    ])
    A("l2a", grace, [me], "2026-10-23 16:20", """\
Dear Maya,

It is my pleasure to offer you the position of Associate Consultant at Lumen & Vale, starting in July 2027 after your graduation. The formal letter is attached; the highlights:

- Base salary of $78,000
- $5,000 signing bonus, paid on your start date
- Relocation assistance of up to $2,500

Our incoming class is small (four Associates this year), and to keep our planning on track we ask that you let us know your decision by 5:00 PM on Friday, November 6. Tom and I are both happy to answer any questions in the meantime, and I'd be glad to connect you with one of our current Associates.

Everyone who met you came away impressed. I hope you'll say yes.

Warmly,""", subject="Offer - Associate Consultant, Lumen & Vale", cc=[tom],
      attachments=[("Lumen_Vale_Offer_Letter_Goldberg-Reyes.pdf", "application/pdf", offer_pdf)])
    A("l2b", me, [grace], "2026-10-23 20:10", """\
Dear Ms. Whitaker,

Thank you so much for this generous offer! I am truly honored, and I am grateful to everyone at Lumen & Vale for their time throughout the process. I will review the letter carefully and will be in touch with any questions.

With sincere appreciation,""", parent="l2a", cc=[tom])
    A("l2c", me, [tom], "2026-10-26 21:45", """\
Dear Mr. Becker,

I hope this message finds you well. I wanted to reach out with a question about my offer timeline. I am very enthusiastic about Lumen & Vale, and I also have a final round with another firm this Wednesday, whose decision I expect by the end of this week. So that I can make a fully informed decision, would it be possible to extend my response deadline to Friday, November 13?

I completely understand if that is not possible, and I am grateful for your consideration.

Best regards,""", parent="l2b", cc=[grace])
    A("l2d", tom, [me], "2026-10-27 10:18", """\
Hi Maya,

Totally understand, and thanks for being upfront about it. Grace is at a client site in Toledo through Friday and hard to reach, but she asked me to let you know she'll get back to you about the extension by Monday.

Tom""", parent="l2c", cc=[grace])
    A("l2e", grace, [me], "2026-11-02 08:47", """\
Hi Maya,

We can stretch to Wednesday, November 11 at 5 PM ET. That's as far as we can go, since we need to close out the class, but I hope it helps.

Grace

Sent from my iPhone""", parent="l2d", cc=[tom], sig=False)
    A("l2f", me, [grace], "2026-11-02 10:15", """\
Dear Ms. Whitaker,

Thank you so much for accommodating my request. I will be sure to give you my answer by 5:00 PM ET on Wednesday, November 11.

Best regards,""", parent="l2e", cc=[tom])
    case.promise("l2a", "l2d", tom.email, "2026-11-02", answered_by="l2e")
    case.thread("l2a", True, "offer", "Lumen & Vale",
                "offer Fri Oct 23 with a deadline for Maya (Nov 6, extended to Nov 11); Tom's relayed "
                "'she'll get back to you about the extension by Monday' kept by Grace on Mon Nov 2")
    case.forbid("l2a", grace.email,
                "the offer's 'let us know by Friday, November 6' (extended to Nov 11) is Maya's deadline, "
                "not a promise by the firm; the extension question was answered on Mon Nov 2")
    case.forbid("l2a", tom.email,
                "'she'll get back to you about the extension by Monday' (relayed for Grace on Tue Oct 27) "
                "was kept on Mon Nov 2 08:47")

    # ---- Oakmont Consumer Brands (Greenhouse)
    gh1 = """\
Hi Maya,

Thank you for your interest in Oakmont Consumer Brands! We've received your application for Supply Chain Leadership Development Program - Full Time (2027 Start), and our campus recruiting team will review it carefully.

If your qualifications match our needs, a member of our team will reach out to discuss next steps. In the meantime, you can learn more about life at Oakmont at careers.oakmontbrands.com.

Sincerely,
Oakmont Consumer Brands Talent Acquisition

Please do not reply to this email; this mailbox is not monitored."""
    A("gh1", gh_oak, [me], "2026-09-28 22:14", gh1,
      subject="Thank you for applying to Oakmont Consumer Brands",
      html=html_of(gh1), html_only=True, headers=AUTO)
    case.thread("gh1", True, "application", "Oakmont Consumer Brands",
                "Greenhouse acknowledgement, no-reply")

    A("o1a", brianna, [me], "2026-10-02 10:30", """\
Hi Maya,

Thank you for applying to our Supply Chain Leadership Development Program! I'd love to set up a 30-minute phone conversation to learn more about you and walk you through the program. Would any of these times work (all Eastern)?

- Tuesday 10/6 at 11:00 AM
- Wednesday 10/7 at 2:30 PM
- Thursday 10/8 at 9:00 AM

Best,
Brianna""", subject="Oakmont Supply Chain LDP - phone conversation")
    A("o1b", me, [brianna], "2026-10-02 12:15", """\
Dear Ms. Soto,

Thank you so much for reaching out! Wednesday, October 7 at 2:30 PM works wonderfully for me. The best number to reach me is (734) 555-0187.

I look forward to speaking with you.

Best regards,""", parent="o1a")
    A("o1c", me, [brianna], "2026-10-07 16:05", """\
Dear Brianna,

Thank you so much for taking the time to speak with me this afternoon. I loved hearing how the rotations move between demand planning, a plant, and a distribution center, and it made me even more excited about the program.

Please let me know if there is anything else I can send you.

Kind regards,""", parent="o1b")
    A("o1d", brianna, [me], "2026-10-09 14:20", """\
Hi Maya,

Great news - the team would like to move you forward to our final round! It's two back-to-back 45-minute conversations over Zoom:

- Marcus Feld, Director of Demand Planning - marcus.feld@oakmontbrands.com
- Aisha Rahman, Senior Manager, Distribution Operations - aisha.rahman@oakmontbrands.com

You'll get an email from Greenhouse shortly to pick a time. Marcus usually runs a short planning case (Excel is fine as a calculator) and Aisha will focus on behavioral questions and a warehouse scenario.

Brianna""", parent="o1c")
    A("o1e", me, [brianna], "2026-10-09 16:40", """\
Dear Brianna,

This is wonderful news, thank you! I will keep an eye out for the Greenhouse email and look forward to speaking with Mr. Feld and Ms. Rahman.

Best regards,""", parent="o1d")
    gh2 = """\
Hi Maya,

Thank you for scheduling your interviews with Oakmont Consumer Brands! Here are your details:

Monday, October 26, 2026
1:00 PM - 1:45 PM EDT: Marcus Feld, Director of Demand Planning
1:45 PM - 2:30 PM EDT: Aisha Rahman, Senior Manager, Distribution Operations

Location: Zoom - https://oakmontbrands.zoom.us/j/93811240577 (Meeting ID 938 1124 0577, passcode 417302)

Please join a few minutes early to test your audio and video. If you need to reschedule, reply to this email and I'll take care of it.

Best,
Brianna Soto
Oakmont Consumer Brands"""
    A("gh2", gh_brianna, [me], "2026-10-13 09:02", gh2,
      subject="Interview Confirmation: Supply Chain Leadership Development Program - Final Round",
      reply_to=brianna, html=html_of(gh2), html_only=True, headers=AUTO)
    case.thread("gh2", True, "interview", "Oakmont Consumer Brands",
                "Greenhouse confirmation under Brianna's name (no-reply sender, reply-to Brianna), no "
                "ICS; names the two interviewers without addresses")
    A("o2t", me, [marcus], "2026-10-26 18:40", """\
Dear Mr. Feld,

I hope this message finds you well. Thank you so much for taking the time to interview me this afternoon for the Supply Chain Leadership Development Program. Working through the forecast-bias case for the frozen pizza line was a great challenge, and I appreciated your explanation of how your team balances statistical forecasts against input from the sales organization.

I remain very enthusiastic about the opportunity to grow at Oakmont, and I hope to hear from you soon.

Best regards,""", subject="Thank you - Supply Chain LDP final round")
    case.thread("o2t", True, "interview", "Oakmont Consumer Brands",
                "thank-you to Marcus Feld in a new thread, Mon Oct 26 18:40")
    A("o1f", me, [brianna], "2026-10-26 18:55", """\
Dear Brianna,

I hope you are having a wonderful week. I wanted to thank you for coordinating my final round interviews today. I enjoyed speaking with Mr. Feld about forecasting and with Ms. Rahman about cross-docking at the Dayton distribution center.

Would you happen to know when I might expect to hear about next steps?

Best regards,""", parent="o1e")
    A("o1g", brianna, [me], "2026-10-27 09:30", """\
Hi Maya,

So glad you enjoyed it! We're talking with six finalists for three spots this cycle. The hiring committee meets on Thursday, November 5 to make final decisions, and I'll call every candidate on Friday the 6th with an answer either way.

Brianna""", parent="o1f")
    case.meeting("o1a", t("2026-10-07 14:30"), t("2026-10-07 15:00"), met=[brianna.email],
                 thanks={brianna.email: "o1c"}, what="phone screen")
    case.meeting("o1a", t("2026-10-26 13:00"), t("2026-10-26 14:30"),
                 met=[marcus.email, aisha.email], thanks={marcus.email: "o2t"},
                 what="final round, two Zoom interviews back to back")
    case.promise("o1a", "o1g", brianna.email, "2026-11-06")
    case.thread("o1a", True, "interview", "Oakmont Consumer Brands",
                "phone screen Wed Oct 7 14:30 thanked; final round Mon Oct 26 13:00-14:30 on Zoom with "
                "Marcus Feld and Aisha Rahman (addresses only here); Marcus thanked in a new thread, "
                "Aisha never; Brianna will call on Fri Nov 6 after the committee of Nov 5")
    case.expect("thank_you", "o1a", aisha.email,
                "second interviewer of the Mon Oct 26 final round; her address is only in Brianna's "
                "mail; only Marcus was thanked; overdue since Oct 27 14:30")
    case.forbid("o1a", brianna.email,
                "recruiter, not at the final round (her phone screen was thanked on Oct 7); she will call "
                "on Fri Nov 6 after the Nov 5 committee: the window is still open")
    case.forbid("o1a", marcus.email,
                "thanked on Mon Oct 26 18:40 in a new thread ('Thank you - Supply Chain LDP final round')")
    case.forbid("gh2", "no-reply@us.greenhouse-mail.io",
                "automated Greenhouse sender, even though it shows Brianna's name")

    # ---- Varden Automotive Systems (Workday, HireVue, a recruiter's 'within two weeks')
    wd1 = """\
Dear Maya,

Thank you for applying for the Supply Chain Analyst - Early Career (Job ID R-24117) position at Varden Automotive Systems. We have received your application, and our Talent Acquisition team is reviewing your qualifications.

You can check the status of your application at any time by signing in to Candidate Home: https://varden.wd1.myworkdayjobs.com/en-US/Varden_Careers/userHome

Regards,
Varden Talent Acquisition"""
    A("wd1", wd_varden, [me], "2026-10-01 23:40", wd1,
      subject="Thank you for applying to Varden Automotive Systems",
      html=html_of(wd1), html_only=True, headers=AUTO)
    case.thread("wd1", True, "application", "Varden Automotive Systems",
                "Workday acknowledgement")
    hv1 = """\
Hello Maya,

Thank you for your interest in the Supply Chain Analyst - Early Career position at Varden Automotive Systems. As the next step in our process, we invite you to complete an on-demand video interview through HireVue.

Complete by: 19/10/2026 23:59 (Eastern Time)
Questions: 5 (30 seconds to prepare and up to 3 minutes to answer each)
Estimated time: 20-25 minutes

Start your interview: https://app.hirevue.com/interviews/varden/7QhX2mK9

There is no live interviewer. Your recorded responses will be reviewed by the hiring team. We recommend a quiet space, a stable internet connection, and completing the practice question first.

Best of luck!
The HireVue Team, on behalf of Varden Automotive Systems"""
    A("hv1", hirevue, [me], "2026-10-12 08:00", hv1,
      subject="Varden Automotive Systems: Your On-Demand Interview Invitation",
      html=html_of(hv1), html_only=True, headers=AUTO)
    case.meeting("hv1", t("2026-10-15 19:10"), t("2026-10-15 19:40"), met=[],
                 what="one-way HireVue video, nobody met")
    case.thread("hv1", True, "interview", "Varden Automotive Systems",
                "HireVue on-demand video invitation (deadline for Maya written day-first, 19/10/2026); "
                "completed Thu Oct 15; no person met")
    hv2 = """\
Hi Maya,

You have successfully completed your on-demand interview for Supply Chain Analyst - Early Career. Your responses have been submitted to Varden Automotive Systems.

No further action is needed at this time.

The HireVue Team"""
    A("hv2", hirevue, [me], "2026-10-15 19:42", hv2,
      subject="Thank you for completing your interview with Varden Automotive Systems",
      html=html_of(hv2), html_only=True, headers=AUTO)
    case.thread("hv2", True, "interview", "Varden Automotive Systems",
                "HireVue completion receipt")
    A("vd1", kelsey, [me], "2026-10-16 10:05", """\
Hi Maya,

I saw your HireVue come through last night - thanks for getting it done well ahead of the deadline! Our hiring managers review on-demand interviews on a rolling basis, and I'll reach out within two weeks either way about next steps.

Let me know if you have any questions in the meantime.

Kelsey""", subject="Varden Supply Chain Analyst - your on-demand interview")
    A("vd2", me, [kelsey], "2026-10-16 12:30", """\
Dear Ms. Drummond,

Thank you so much for letting me know, and for the update on the timeline! I enjoyed thinking through the questions, especially the one about expediting a late supplier shipment, which reminded me of my internship at Kessler Stamping.

I look forward to hearing from you.

Best regards,""", parent="vd1")
    case.promise("vd1", "vd1", kelsey.email, "2026-10-30")
    case.thread("vd1", True, "recruiter", "Varden Automotive Systems",
                "Kelsey (Fri Oct 16): 'I'll reach out within two weeks either way' -> Fri Oct 30; nothing "
                "from vardenauto.com since")
    case.expect("callback", "vd1", kelsey.email,
                "'within two weeks' of Fri Oct 16 ends Fri Oct 30; no word from Varden since; due end of "
                "Tue Nov 3", promised="2026-10-30")
    case.forbid("hv1", "noreply@hirevue.com",
                "one-way HireVue video: no person was met, and the sender is automated")

    # ---- Tandem Freight: a quarter of an hour, then a Calendly interview
    A("t1a", nico, [me], t("2026-10-19 13:10", CT), """\
Hi Maya,

I found your profile on Handshake - your internship on the materials planning team at Kessler Stamping and your IOE coursework line up really well with our Operations Analyst rotation (Chicago, starting summer '27).

Would you have 15 minutes Thursday or Friday to hear a bit about it and tell me what you're looking for? I'm flexible anywhere between 10 and 2 Central either day.

Nico""", subject="Ops Analyst rotation @ Tandem - 15 min this week?")
    A("t1b", me, [nico], "2026-10-19 20:30", """\
Dear Mr. Alvarez,

I hope this email finds you well, and thank you for reaching out! I would love to learn more about the Operations Analyst rotation.

Would Friday, October 23 at 11:00 AM Central (12:00 PM Eastern) work for you? I can be reached at (734) 555-0187.

Best regards,""", parent="t1a")
    A("t1c", nico, [me], t("2026-10-20 08:55", CT), """\
Friday at 11 CT works - I'll call you then. And please, Nico is fine!""", parent="t1b")
    A("t1d", me, [nico], "2026-10-23 12:50", """\
Dear Nico,

Thank you so much for taking the time to speak with me today. I really enjoyed hearing how the rotation moves between carrier operations and lane pricing, and how much ownership first-year analysts get over their own book of lanes.

I am very interested in continuing the conversation.

Best regards,""", parent="t1c")
    A("t1e", nico, [me], t("2026-10-23 13:40", CT), """\
Thanks Maya, I enjoyed it too. To be transparent, we're still talking with a handful of other students this week, but I'll circle back early next week once I've synced with Jess, the hiring manager.

Nico""", parent="t1d")
    A("t1f", nico, [me], t("2026-10-27 09:15", CT), """\
Hi Maya,

Good news - Jess would like to meet you! She has a few 45-minute slots open on her Calendly next week: https://calendly.com/jess-lindahl-tandem/ops-analyst-interview

Grab whatever works best.

Nico""", parent="t1e")
    cal_text = """\
Hi Maya Goldberg-Reyes,

Your Ops Analyst Interview (45 min) with Jessica Lindahl is scheduled.

Event Type:
Ops Analyst Interview (45 min)

Invitee:
Maya Goldberg-Reyes

Invitee Email:
mgoldrey@umich.edu

Event Date/Time:
02:00pm - 02:45pm, Monday, November 2, 2026 (Central Time - US & Canada)

Location:
This is a Google Meet web conference. Join: https://meet.google.com/qvx-hbtr-nke

Description:
Chat with Jess about the Ops Analyst rotation: a bit about you, a small lane-pricing exercise (no prep needed), and your questions.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5b1e0c7a
Reschedule: https://calendly.com/reschedulings/5b1e0c7a

Powered by Calendly.com"""
    cal_ics = make_ics(
        method="REQUEST", uid=uid_uuid("tandem", "jess", "calendly"), stamp=t("2026-10-27 11:01"),
        start=t("2026-11-02 14:00", CT), end=t("2026-11-02 14:45", CT),
        summary="Ops Analyst Interview (45 min) between Jessica Lindahl and Maya Goldberg-Reyes",
        organizer=jess, attendees=[(jess, "ACCEPTED", "INDIVIDUAL"), (me, "ACCEPTED", "INDIVIDUAL")],
        location="https://meet.google.com/qvx-hbtr-nke",
        description="Event Name: Ops Analyst Interview (45 min)\n\nChat with Jess about the Ops "
                    "Analyst rotation.\n\nNeed to make changes to this event?\n"
                    "https://calendly.com/cancellations/5b1e0c7a",
        prodid="-//Calendly//Calendly//EN")
    A("cal1", calendly, [me], "2026-10-27 11:01", cal_text,
      subject="Confirmed: Ops Analyst Interview (45 min) with Jessica Lindahl on Monday, November 2, 2026",
      reply_to=jess, html=html_of(cal_text), ics=cal_ics, ics_mode="attach", headers=AUTO)
    A("t1g", me, [nico], "2026-10-27 11:06", """\
Dear Nico,

Thank you so much for the wonderful news! I just booked Monday, November 2 at 2:00 PM Central, and I look forward to meeting Ms. Lindahl.

Best regards,""", parent="t1f")
    A("t1h", me, [nico], "2026-11-02 19:40", """\
Dear Nico,

I hope your week is off to a great start. I wanted to thank you again for connecting me with Jess. I really enjoyed our conversation this afternoon, especially the lane-pricing exercise, and I am even more excited about the Operations Analyst rotation.

Best regards,""", parent="t1g")
    A("t1i", nico, [me], t("2026-11-03 08:20", CT), """\
Glad to hear it, Maya! Jess is wrapping up her last couple of conversations this week - we'll have feedback for you by Friday.

Nico""", parent="t1h")
    case.meeting("t1a", t("2026-10-23 11:00", CT), t("2026-10-23 11:15", CT), met=[nico.email],
                 thanks={nico.email: "t1d"}, what="15-minute call, time agreed in Central")
    case.meeting("cal1", t("2026-11-02 14:00", CT), t("2026-11-02 14:45", CT), met=[jess.email],
                 what="Calendly interview with the hiring manager, after the DST change")
    case.promise("t1a", "t1e", nico.email, "2026-10-28", answered_by="t1f")
    case.promise("t1a", "t1i", nico.email, "2026-11-06")
    case.thread("t1a", True, "recruiter", "Tandem Freight",
                "15-minute call Fri Oct 23 11:00 CDT thanked in the thread; 'early next week' kept on "
                "Tue Oct 27 (other candidates mentioned); feedback promised 'by Friday' (Nov 6)")
    case.thread("cal1", True, "interview", "Tandem Freight",
                "Calendly booking (ICS, reply-to Jess) for Mon Nov 2 14:00-14:45 CST = 15:00-15:45 EST; "
                "Jess never thanked (the note of Nov 2 went to Nico)")
    case.expect("thank_you", "cal1", jess.email,
                "Calendly interview Mon Nov 2 14:00-14:45 CST took place; the thanks that evening went to "
                "Nico, not to Jess; overdue since Nov 3 15:45 EST")
    case.forbid("t1a", nico.email,
                "his 15-minute call was thanked on Oct 23; 'early next week' was kept on Tue Oct 27; "
                "'feedback by Friday' (Nov 6) is still ahead; he was not at the Nov 2 interview")
    case.forbid("cal1", "no-reply@calendly.com", "automated scheduler sender")

    # ---- Ridgeway Pharmaceuticals: on-campus interview, gentle rejection, never thanked
    A("r1", megan, [me], "2026-10-15 11:30", """\
Dear Maya,

Thank you for signing up for an interview slot through Handshake. This email confirms your on-campus interview for our Supply Chain Analyst (Global Supply Planning) position:

Date: Thursday, October 22, 2026
Time: 10:30 - 11:00 AM
Location: Engineering Career Resource Center, 230 Chrysler Center, Interview Room 3

I'll be interviewing you together with Tyler Nguyen, one of our Supply Planning Analysts (and a 2024 Michigan IOE graduate). Please bring a copy of your resume and plan for a mix of behavioral and situational questions.

Kind regards,
Megan""", subject="Ridgeway Pharmaceuticals - On-Campus Interview Confirmation (10/22)")
    A("r2", me, [megan], "2026-10-15 14:10", """\
Dear Ms. O'Rourke,

Thank you for the confirmation! I look forward to meeting you and Mr. Nguyen on Thursday, October 22 at 10:30 AM in Interview Room 3.

Best regards,""", parent="r1")
    A("r3", megan, [me], "2026-10-23 16:05", """\
Hi Maya,

Thanks again for coming in yesterday. We're finishing our campus interviews at Purdue and Illinois this week, and we'll finalize invitations to our second round (a virtual site visit) by Friday, October 30. You'll hear from me either way.

Megan""", parent="r2")
    A("r4", megan, [me], "2026-10-29 17:10", """\
Dear Maya,

I wanted to reach out personally. We had an exceptionally strong group of candidates this fall, and after a lot of discussion we won't be inviting you to the second round for the Supply Chain Analyst role. I know that's disappointing to hear, and it was not an easy call.

Tyler and I both enjoyed your story about re-slotting the pick faces during your internship, and I'd encourage you to apply for our spring rotational openings, which post in January. I'd be glad to stay in touch.

Best wishes for the rest of your senior year,
Megan""", parent="r3")
    case.meeting("r1", t("2026-10-22 10:30"), t("2026-10-22 11:00"), met=[megan.email],
                 what="on-campus interview, ECRC Interview Room 3")
    case.promise("r1", "r3", megan.email, "2026-10-30", ended_by="r4")
    case.thread("r1", True, "rejection", "Ridgeway Pharmaceuticals",
                "on-campus interview Thu Oct 22 10:30-11:00 (ECRC Room 3), never thanked; 'by Friday, "
                "October 30' ended by a kind rejection on Thu Oct 29")
    case.expect("thank_you", "r1", megan.email,
                "on-campus interview Thu Oct 22 took place and was never thanked (only a 'thank you for "
                "the confirmation' before it); the Oct 29 rejection ends the callback, not the thank-you; "
                "overdue since Oct 23 11:00, stale only from Nov 5 12:00 EST")

    # ---- Brightline Logistics: professor's introduction, Teams call, only the professor thanked
    A("b1", kaminski, [carlos], "2026-10-20 07:52", """\
Carlos,

I hope Columbus is treating you well, and congratulations again on the promotion. I'm writing to introduce Maya Goldberg-Reyes (cc'd), one of the strongest students in my IOE 441 section this fall. Maya is a senior, spent last summer in materials planning at Kessler Stamping, and is now looking at full-time roles in network design and 3PL operations. I told her you are the person to talk to about both.

Would you be willing to spend 20-30 minutes with her in the next couple of weeks?

Maya, Carlos took IOE 441 with me in 2019 and wrote the best warehouse-slotting term project I have seen in a decade. I'll let the two of you take it from here.

Best,
Linda""", subject="Introduction: Maya Goldberg-Reyes / Carlos Medina (Brightline Logistics)", cc=[me])
    A("b2", carlos, [me], "2026-10-20 10:14", """\
Prof. K - thank you for the intro, and great to hear from you! (Moving you to bcc to spare your inbox.)

Maya - happy to chat. Does next Tuesday, 10/27, at 4:30 PM Eastern work? I'll send a Teams link the day before. Y me dice la profesora que hablas español; si quieres cambiamos a mitad de la llamada, since half my team sits in our Monterrey cross-dock.

Carlos""", parent="b1")
    A("b3", me, [carlos], "2026-10-20 12:30", """\
Dear Mr. Medina,

Thank you so much for your willingness to speak with me! Tuesday, October 27 at 4:30 PM Eastern works perfectly.

¡Y sí, con mucho gusto! Mi mamá es de Guadalajara, así que hablo español en casa. I would love to hear about the Monterrey cross-dock.

Best regards,""", parent="b2")
    A("b4", carlos, [me], "2026-10-26 15:05", """\
Hi Maya - here's the link for tomorrow: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4YjM2ZTEtOWRi%40thread.v2/0

Talk then.

Carlos""", parent="b3")
    A("b5", me, [kaminski], "2026-10-29 07:45", """\
Dear Professor Kaminski,

I hope this email finds you well. Thank you so much for introducing me to Carlos! We spoke on Tuesday afternoon, and he was incredibly generous with his time: he walked me through how Brightline decides between cross-docking and storage at the Monterrey site, and he suggested I look at their Network Design Analyst opening.

I truly appreciate your support, both in IOE 441 and beyond.

Best regards,""", parent="b1")
    A("b6", kaminski, [me], "2026-10-29 09:10", """\
Wonderful, Maya - I'm so glad it was useful. Carlos is a gem. Go get 'em.

LK""", parent="b5", sig=False)
    case.meeting("b1", t("2026-10-27 16:30"), met=[carlos.email],
                 what="Teams call agreed in words, no end stated")
    case.thread("b1", True, "networking", "Brightline Logistics",
                "professor's introduction Tue Oct 20; Teams call Tue Oct 27 16:30 EDT (60 min by default) "
                "agreed in the thread, partly in Spanish; only Prof. Kaminski was thanked afterwards")
    case.expect("thank_you", "b1", carlos.email,
                "Teams call Tue Oct 27 16:30 took place; the only thanks before it, and the note after it "
                "went to the professor; overdue since Oct 28 17:30")
    case.forbid("b1", kaminski.email,
                "the professor who made the introduction: not at the call, promised nothing, and was "
                "thanked on Oct 29")

    # ---- Pinecrest Foods: fair recruiter, coffee moved a day, thanked only beforehand
    A("p1", me, [rachel], "2026-09-25 22:15", """\
Dear Ms. Yoon,

I hope you had a safe trip back to Grand Rapids. Thank you so much for taking the time to speak with me at the Society of Women Engineers Career Fair on Wednesday. I really enjoyed learning about Pinecrest's new cold-chain distribution center in Holland and the Supply Chain Associate program.

If you are ever back in Ann Arbor, I would be very grateful for the chance to buy you a coffee and hear more about the program.

Best regards,""", subject="Thank you - SWE Career Fair conversation")
    A("p2", rachel, [me], "2026-10-13 17:22", """\
Hi Maya!

So sorry for the slow reply - fall recruiting season has been a whirlwind. I'll be back in Ann Arbor next week for our info session. Would you be up for a coffee on Tuesday 10/20 at 3:30? Maybe Sweetwaters on Plymouth Rd, since it's close to North Campus?

Rachel""", parent="p1")
    A("p3", me, [rachel], "2026-10-13 19:05", """\
Dear Rachel,

That sounds wonderful, thank you so much! Tuesday, October 20 at 3:30 PM at Sweetwaters on Plymouth Road works perfectly. I look forward to it!

Best regards,""", parent="p2")
    A("p4", rachel, [me], "2026-10-19 18:02", """\
Hi Maya, our info session got moved to Wednesday so I'm driving in a day later - any chance we could do Wed 10/21, same time and place? So sorry!!

Rachel

Sent from my iPhone""", parent="p3", sig=False)
    A("p5", me, [rachel], "2026-10-19 18:31", """\
Wednesday works! See you at 3:30.

Maya""", parent="p4", sig=False)
    case.meeting("p1", t("2026-09-23 12:00"), met=[rachel.email], thanks={rachel.email: "p1"},
                 what="career fair conversation (time not stated)")
    case.meeting("p1", t("2026-10-20 15:30"), met=[rachel.email], status="moved",
                 what="coffee, moved to the next day")
    case.meeting("p1", t("2026-10-21 15:30"), met=[rachel.email],
                 what="coffee at Sweetwaters, no end stated")
    case.thread("p1", True, "networking", "Pinecrest Foods",
                "fair thank-you Sep 25; coffee moved from Tue Oct 20 to Wed Oct 21 15:30 by 'Wednesday "
                "works!'; held, never thanked afterwards")
    case.expect("thank_you", "p1", rachel.email,
                "coffee Wed Oct 21 15:30 (60 min by default) took place; every thanks in the thread came "
                "before it; overdue since Oct 22 16:30, stale only from Nov 4 17:30")

    # ---- Halvorsen Medical: alumni informational interview by phone
    mc1 = """\
Hi Maya,

Good news! Daniel Harrow (BSE IOE '09), Director, Supply Chain Planning at Halvorsen Medical, has accepted your request for an informational interview through Michigan Alumni Mentor Connect.

Daniel's preferred contact: daniel.harrow@halvorsenmed.com
Preferred format: Phone call
Message from Daniel: "Happy to help a fellow IOE. Email me and we'll find a time."

Tips for a great informational interview: prepare three to five questions, keep to the time you asked for, and send a thank-you note within a day.

Go Blue!
The Mentor Connect Team
Alumni Association of the University of Michigan"""
    A("mc1", mentor, [me], "2026-10-19 09:14", mc1,
      subject="Daniel Harrow accepted your informational interview request",
      html=html_of(mc1), html_only=True, headers=AUTO)
    case.thread("mc1", True, "networking", "Halvorsen Medical",
                "alumni mentor platform: Daniel accepted; gives his address; automated sender")
    A("h1", me, [daniel], "2026-10-19 21:00", """\
Dear Mr. Harrow,

I hope this email finds you well. Thank you so much for accepting my informational interview request through Mentor Connect. I am a senior in IOE, and I am very interested in supply chain planning in the medical device industry, especially how planners manage sterile-goods inventory across hospital networks.

Would you have 20-30 minutes for a phone call sometime in the next two weeks? I am generally free on Tuesday and Thursday afternoons and am happy to work around your schedule.

Best regards,""", subject="Informational interview - Maya Goldberg-Reyes (Mentor Connect)")
    A("h2", daniel, [me], "2026-10-20 07:40", """\
Hi Maya,

Go Blue! Thursday the 29th works on my end. I'll give you a ring at 12:15 Eastern. What's the best number to reach you?

Daniel""", parent="h1")
    A("h3", me, [daniel], "2026-10-20 09:15", """\
Dear Mr. Harrow,

Thank you! Thursday, October 29 at 12:15 PM works perfectly. My cell phone number is (734) 555-0187.

Best regards,""", parent="h2")
    A("h4", me, [daniel], "2026-10-30 08:10", """\
Dear Mr. Harrow,

Thank you so much for taking the time to speak with me yesterday. Your explanation of how Halvorsen's S&OP meeting works, and why you moved safety-stock decisions closer to the hospitals, gave me a much clearer picture of planning in medical devices than any class has. I also took your advice and signed up for the APICS student chapter.

I hope to stay in touch.

Best regards,""", parent="h3")
    A("h5", daniel, [me], "2026-10-30 11:25", """\
Maya - my pleasure, truly. I'll loop you in with Priya Shah, who runs our new-grad planning rotation, sometime next week.

Daniel""", parent="h4")
    case.meeting("h1", t("2026-10-29 12:15"), met=[daniel.email], thanks={daniel.email: "h4"},
                 what="phone call, no end stated")
    case.promise("h1", "h5", daniel.email, "2026-11-06")
    case.thread("h1", True, "networking", "Halvorsen Medical",
                "alumni phone call Thu Oct 29 12:15 (no end) thanked next morning in the thread; intro to a "
                "colleague promised 'sometime next week' (Nov 2-6)")
    case.forbid("h1", daniel.email,
                "phone call Thu Oct 29 thanked in the thread Fri Oct 30 08:10; his 'sometime next week' "
                "intro window runs to Fri Nov 6")

    # ---- Summit Ridge Consulting: Teams invite, then cancelled
    s_uid = uid_outlook("summitridge", "first-round", "maya")
    s_text = """\
Hi Maya,

Please find the invitation for your virtual first-round interview with Kyle Brennan, Senior Associate, below. It will be a 45-minute case over Microsoft Teams; please have a pen and paper handy.

Best,
Olivia

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmU0OWQ2%40thread.v2/0>
Meeting ID: 284 551 903 17
Passcode: kP7wQ3
________________________________________________________________________________"""
    s_ics = make_ics(
        method="REQUEST", uid=s_uid, stamp=t("2026-10-21 14:30"),
        start=t("2026-10-29 10:00"), end=t("2026-10-29 10:45"),
        summary="Summit Ridge Consulting - Virtual First Round Interview (Maya Goldberg-Reyes)",
        organizer=olivia, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (kyle, "ACCEPTED", "INDIVIDUAL")],
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        description="Virtual first-round case interview with Kyle Brennan, Senior Associate.",
        prodid="Microsoft Exchange Server 2010")
    A("s1", olivia, [me], "2026-10-21 14:30", s_text, sig=False,
      subject="Summit Ridge Consulting - Virtual First Round Interview (Maya Goldberg-Reyes)",
      cc=[kyle], ics=s_ics, ics_mode="outlook")
    A("s2", me, [olivia], "2026-10-21 16:10", """\
Dear Ms. Grant,

Thank you for the invitation! I have accepted, and I look forward to speaking with Mr. Brennan on Thursday, October 29 at 10:00 AM.

Best regards,""", parent="s1")
    s_cancel = make_ics(
        method="CANCEL", uid=s_uid, stamp=t("2026-10-27 16:45"),
        start=t("2026-10-29 10:00"), end=t("2026-10-29 10:45"),
        summary="Canceled: Summit Ridge Consulting - Virtual First Round Interview (Maya Goldberg-Reyes)",
        organizer=olivia, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                     (kyle, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting", sequence=1,
        status="CANCELLED", prodid="Microsoft Exchange Server 2010")
    A("s3", olivia, [me], "2026-10-27 16:45", """\
Hi Maya,

I'm so sorry for the late notice. The Business Analyst requisition for our Boston office has been put on hold for the rest of this recruiting cycle, so we need to cancel Thursday's interview. This is a business decision and doesn't reflect on your candidacy in any way. If the role reopens in the spring, I'll reach out.""",
      subject="Canceled: Summit Ridge Consulting - Virtual First Round Interview (Maya Goldberg-Reyes)",
      cc=[kyle], ics=s_cancel, ics_mode="outlook")
    case.meeting("s1", t("2026-10-29 10:00"), t("2026-10-29 10:45"), met=[kyle.email],
                 status="cancelled", what="Teams first round, cancelled by ICS")
    case.thread("s1", True, "interview", "Summit Ridge Consulting",
                "Outlook/Teams invite (Eastern Standard Time) for Thu Oct 29 10:00-10:45 with Kyle Brennan")
    case.thread("s3", True, "interview", "Summit Ridge Consulting",
                "ICS CANCEL of Tue Oct 27: requisition on hold; interview never took place")
    case.forbid("s1", kyle.email,
                "interview of Thu Oct 29 was cancelled on Oct 27 (ICS CANCEL); it never took place")

    # ---- Northvale Home: interview still ahead
    A("n1", sarah, [me], t("2026-10-30 10:05", CT), """\
Hi Maya,

Thanks for applying to our Inventory Planning Analyst role! This email confirms your video interview with me on Thursday, November 5 from 10:00 to 10:45 AM Central (11:00-11:45 AM Eastern). I'll send a Google Meet link the morning of.

We'll cover your background, why Northvale, and a few questions about forecasting and replenishment. No prep needed beyond your resume.

Talk soon,
Sarah""", subject="Northvale Home - Inventory Planning Analyst interview")
    A("n2", me, [sarah], "2026-10-30 13:30", """\
Dear Ms. Kim,

Thank you so much for the confirmation! I look forward to speaking with you on Thursday, November 5 at 11:00 AM Eastern.

Best regards,""", parent="n1")
    case.meeting("n1", t("2026-11-05 10:00", CT), t("2026-11-05 10:45", CT), met=[sarah.email],
                 status="scheduled", what="video interview confirmed in words")
    case.thread("n1", True, "interview", "Northvale Home",
                "video interview Thu Nov 5 10:00-10:45 CST confirmed in words; still ahead")
    case.forbid("n1", sarah.email, "video interview Thu Nov 5 11:00 EST is still in the future at now")

    # ---- Ashgrove Advisory: Greenhouse acknowledgement and rejection, no meeting
    a1 = """\
Hi Maya,

Thanks for applying to the Business Analyst role at Ashgrove Advisory. Our recruiting team has received your application and will be in touch if your background is a match.

Best,
Ashgrove Advisory Recruiting"""
    A("a1", gh_ash, [me], "2026-09-29 23:05", a1,
      subject="Thank you for applying to Ashgrove Advisory", html=html_of(a1), html_only=True,
      headers=AUTO)
    case.thread("a1", True, "application", "Ashgrove Advisory", "Greenhouse acknowledgement")
    a2 = """\
Dear Maya,

Thank you for your interest in the Business Analyst position at Ashgrove Advisory and for the time you put into your application. After careful review, we have decided to move forward with other candidates whose backgrounds more closely match our needs at this time.

We appreciate your interest in Ashgrove and encourage you to keep an eye on our careers page for future openings.

Best regards,
Ashgrove Advisory Recruiting Team"""
    A("a2", gh_ash, [me], "2026-10-20 12:00", a2,
      subject="Your application to Ashgrove Advisory", html=html_of(a2), html_only=True,
      headers=AUTO)
    case.thread("a2", True, "rejection", "Ashgrove Advisory",
                "Greenhouse rejection without any meeting")

    # ================================================================== NOT JOB SEARCH

    # ---- Canvas
    c1 = """\
Naomi Hartley posted a new announcement in IOE 474 001 FA 2026:

Exam 2 review session

Hi all - the Exam 2 review session is Tuesday 10/20, 6-7:30 PM in 1123 Lurie Robotics. We'll go through queueing networks, Jackson networks and the two practice exams. Solutions to Practice Exam B are posted under Files.

Reminder: Exam 2 is Thursday 10/22 in class. One handwritten formula sheet is allowed.

View announcement: https://umich.instructure.com/courses/712040/discussion_topics/2210981

You're receiving this because you're enrolled in IOE 474 001 FA 2026. Update your notification settings"""
    A("c1", canvas_hartley, [me], "2026-10-18 16:00", c1,
      subject="Exam 2 review session: IOE 474 001 FA 2026", html=html_of(c1), headers=AUTO)
    case.thread("c1", False, None, "University of Michigan", "Canvas announcement")
    c2 = """\
Linda Kaminski posted a new announcement in IOE 441 001 FA 2026:

HW 6 posted; office hours moved this week

Homework 6 (multi-echelon inventory, base-stock policies) is posted and due Tuesday 11/3 at 11:59 PM. My office hours this week move to Thursday 3-5 PM in 1680 IOE because of a faculty meeting.

View announcement: https://umich.instructure.com/courses/712114/discussion_topics/2211307"""
    A("c2", canvas_kaminski, [me], "2026-10-22 09:00", c2,
      subject="HW 6 posted; office hours moved this week: IOE 441 001 FA 2026", html=html_of(c2),
      headers=AUTO)
    case.thread("c2", False, None, "University of Michigan", "Canvas announcement")
    c3 = """\
Scott Ferrell posted a new announcement in IOE 424 001 FA 2026:

Midterm sponsor presentations - schedule posted

Midterm presentations to sponsors are Thursday 11/12 and Friday 11/13. The slot schedule is on the course page. Please send your sponsor a calendar invite for your slot by Friday 11/6 and copy me.

View announcement: https://umich.instructure.com/courses/712201/discussion_topics/2212010"""
    A("c3", canvas_424, [me], "2026-10-26 08:00", c3,
      subject="Midterm sponsor presentations - schedule posted: IOE 424 001 FA 2026",
      html=html_of(c3), headers=AUTO)
    case.thread("c3", False, None, "University of Michigan", "Canvas announcement")

    # ---- Senior design sponsor: standing Teams check-in, and a data request
    sp_text = """\
Hi all,

Sending a standing invite for our weekly check-ins for the rest of the semester. Same Teams link every week; I'll bring whatever data requests are open.

Anjali

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1NzE3%40thread.v2/0>
Meeting ID: 251 774 009 82
Passcode: Hq4tZ9
________________________________________________________________________________"""
    sp_ics = make_ics(
        method="REQUEST", uid=uid_outlook("hollis", "ioe424", "weekly"), stamp=t("2026-09-16 10:05"),
        start=t("2026-09-17 14:00"), end=t("2026-09-17 14:30"),
        summary="IOE 424 - Hollis Packaging weekly check-in", organizer=anjali,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (owen, "NEEDS-ACTION", "INDIVIDUAL"),
                   (priyav, "NEEDS-ACTION", "INDIVIDUAL"), (luis, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        description="Weekly sponsor check-in for the IOE 424 Line 4 changeover project.",
        rrule="FREQ=WEEKLY;UNTIL=20261203T190000Z;INTERVAL=1;BYDAY=TH",
        prodid="Microsoft Exchange Server 2010")
    A("sp1", anjali, [me, owen, priyav, luis], "2026-09-16 10:05", sp_text, sig=False,
      subject="IOE 424 - Hollis Packaging weekly check-in", ics=sp_ics, ics_mode="outlook")
    day = t("2026-09-17 14:00")
    while day < now:
        case.meeting("sp1", day, day + dt.timedelta(minutes=30), met=[anjali.email], job=False,
                     what="senior design sponsor check-in")
        day = t((day + dt.timedelta(days=7)).strftime("%Y-%m-%d %H:%M"))
    case.meeting("sp1", day, day + dt.timedelta(minutes=30), met=[anjali.email], job=False,
                 status="scheduled", what="next sponsor check-in")
    case.thread("sp1", False, None, "Hollis Packaging",
                "course project sponsor's standing Teams check-in, Thursdays 14:00-14:30 (RRULE)")

    A("sp2", me, [anjali], "2026-10-20 11:00", """\
Dear Ms. Patel,

I hope this email finds you well. Thank you again for walking our team through the Line 4 changeover data during Thursday's check-in. As we begin building the simulation model, would it be possible to also share the Q3 pallet movement logs for the finished-goods warehouse?

Thank you for your continued support of our project.

Best regards,""", subject="IOE 424 - Q3 pallet data request", cc=[owen, priyav, luis])
    A("sp3", anjali, [me], "2026-10-20 13:40", """\
Hi Maya,

Sure - I need to pull them from our WMS, but I'll send them by Friday.

Anjali""", parent="sp2", cc=[owen, priyav, luis])
    csv = ("pallet_id,sku,from_loc,to_loc,move_ts,move_type\n"
           "P0048812,HP-2210,DOCK-04,FG-A-12-03,2026-07-01 06:14,PUTAWAY\n"
           "P0048813,HP-2210,DOCK-04,FG-A-12-04,2026-07-01 06:16,PUTAWAY\n"
           "P0047790,HP-1187,FG-C-03-01,SHIP-02,2026-07-01 06:40,PICK\n").encode()
    A("sp4", anjali, [me], "2026-10-23 15:10", """\
Here you go - a sample of the Q3 pallet logs is attached; the full file is on the team SharePoint (it was too big for email). Let me know if any of the columns don't make sense.

Anjali""", parent="sp3", cc=[owen, priyav, luis],
      attachments=[("Q3_pallet_moves_FGWH_sample.csv", "text/csv", csv)])
    A("sp5", me, [anjali], "2026-10-23 16:00", """\
Dear Ms. Patel,

Thank you so much! The column definitions are very clear. We will share our first model results at the check-in on November 5.

Best regards,""", parent="sp4", cc=[owen, priyav, luis])
    case.promise("sp2", "sp3", anjali.email, "2026-10-23", answered_by="sp4", job=False)
    case.thread("sp2", False, None, "Hollis Packaging",
                "course project data request; the sponsor's 'by Friday' kept on Fri Oct 23")
    case.forbid("sp2", anjali.email,
                "senior design project sponsor (IOE 424), not job search: neither the weekly check-ins "
                "nor her 'by Friday' (kept) call for a follow-up")

    A("tm1", owen, [me, priyav, luis], "2026-10-26 22:10", """\
hey team - can everyone have their sections in the deck by wed night so we can dry run thursday before the check-in? maya can you do the sim results slide + the changeover pareto

owen""", subject="424 slides for thursday", sig=False)
    A("tm2", me, [owen, priyav, luis], "2026-10-26 22:31", """\
yep! I'm in chicago all day wed so I'll have mine in by tuesday night. pareto is basically done

m""", parent="tm1", sig=False)
    A("tm3", priyav, [me, owen, luis], "2026-10-27 08:02", """\
I can present the VSM part. luis are you ok doing the intro?""", parent="tm2", sig=False)
    A("tm4", luis, [me, owen, priyav], "2026-10-27 09:47", """\
ya I got intro. also we should ask anjali about the Q4 volumes on thursday""", parent="tm3",
      sig=False)
    case.thread("tm1", False, None, "University of Michigan", "senior design teammates")

    # ---- RA
    A("ra1", ra, [me], "2026-10-11 19:30", """\
Hi Hinsdale 3!

Two quick things:

1. Mandatory hall meeting this Tuesday 10/13 at 9 PM in the 3rd floor lounge (15 min, I promise). We'll go over winter break move-out and the new quiet hours for finals.
2. Heads up that there will be a fire drill sometime this week. When the alarm goes off, please actually leave the building!

Jasmine""", subject="Hinsdale 3 - hall meeting Tuesday + fire drill heads up")
    case.thread("ra1", False, None, "University of Michigan Housing", "RA floor mail")
    A("ra2", ra, [me], "2026-10-26 12:15", """\
Hi everyone!

The East Quad door decorating contest is ON - judging is Friday 10/30 at 6 PM and the winning floor gets a Jerusalem Garden dinner. Halloween reminders: no candles or open flames, and please watch out for each other this weekend.

Jasmine""", subject="Door decorating contest + Halloween reminders")
    case.thread("ra2", False, None, "University of Michigan Housing", "RA floor mail")

    # ---- Family
    A("mom1", mom, [me], t("2026-10-18 20:15", CT), """\
Hola mi amor,

¿Ya viste los vuelos para Thanksgiving? Tu papá encontró uno de DTW a O'Hare el miércoles 25 a las 4:10 pm por $148. Let me know antes del viernes porque los precios suben.

¿Y cómo vas con las entrevistas? Tu abuela pregunta todos los días.

Besos,
Mamá""", subject="Thanksgiving vuelos")
    A("mom2", me, [mom], "2026-10-18 21:40", """\
Hola ma! The Wednesday 4:10 one is perfect, my last class ends at 1. Gracias!!

Las entrevistas van bien, I have a final round in Chicago next week (I'll tell you more on the phone). Dile a la abuela que la quiero.

Te quiero,
Maya""", parent="mom1", sig=False)
    A("mom3", mom, [me], t("2026-10-19 07:05", CT), """\
Listo, comprado ✈️ Te reenvío la confirmación. Te llamo el domingo.

Mamá""", parent="mom2")
    case.promise("mom1", "mom3", mom.email, "2026-10-25", job=False)
    case.thread("mom1", False, None, None, "mother, Spanish and English, Thanksgiving flight")

    A("dad1", dad, [me], t("2026-10-14 06:52", CT), """\
Saw this and thought of you. Proud of you kiddo.

Dad

---------- Forwarded message ---------
From: The Midwest Ledger <newsletters@midwestledger.com>
Date: Wed, Oct 14, 2026 at 5:00 AM
Subject: The hottest job on campus? Supply chain.

Recruiters say supply chain analyst and operations consulting roles are drawing record applicant numbers this fall. "Every company learned the hard way what a broken supply chain costs," one hiring manager told the Ledger. Employers report interviewing earlier, making offers with tighter deadlines, and expanding rotational programs for new graduates in logistics, procurement and planning...""",
      subject="Fwd: The hottest job on campus? Supply chain.")
    A("dad2", me, [dad], "2026-10-14 08:20", """\
lol thanks dad ❤️ it's literally my whole major

m""", parent="dad1", sig=False)
    case.thread("dad1", False, None, None, "father forwards a newspaper article full of job words")

    A("dad3", dad, [me], t("2026-10-27 20:40", CT), """\
Good luck tomorrow sweetheart!! Knock em dead. If you have time after, I can meet you for a late lunch near Union Station?

Love,
Dad

Sent from my iPhone""", subject="Chicago tomorrow")
    A("dad4", me, [dad], "2026-10-27 22:05", """\
thank you!! I'm on the 5:50 train back and have to prep before, but let's do lunch over Thanksgiving 🥹

love you""", parent="dad3", sig=False)
    A("dad5", dad, [me], t("2026-10-28 07:02", CT), """\
Deal. Also I'm mailing your new car insurance card Monday, keep it in the glovebox.

Dad

Sent from my iPhone""", parent="dad4")
    case.promise("dad3", "dad5", dad.email, "2026-11-02", job=False)
    case.thread("dad3", False, None, None, "father wishes luck for the superday; family")

    A("ab1", abuela, [me], t("2026-10-31 11:00", ZoneInfo("America/Mexico_City")), """\
Mija,

Mañana ponemos el altar para tu abuelo, con las flores de cempasúchil y el pan que le gustaba. Te mando fotos.

Tu mamá me dijo que fuiste a Chicago a una entrevista muy importante. ¿Cómo te fue? Estoy rezando por ti.

Te quiero mucho,
Tu abuela Carmen""", subject="Día de Muertos")
    A("ab2", me, [abuela], "2026-11-01 12:20", """\
Abuelita,

¡Qué bonito! Mándame las fotos por favor. Me fue bien, creo; todavía estoy esperando noticias. Te extraño mucho.

Con cariño,
Maya""", parent="ab1", sig=False)
    case.thread("ab1", False, None, None, "grandmother, in Spanish")

    # ---- Sorority
    sor = bulk_headers("<agt-actives.lists.umich.edu>", "https://lists.umich.edu/unsub/agt-actives")
    A("so1", hailey, [Person("AGT Actives", "agt-actives@lists.umich.edu")], "2026-10-25 17:00", """\
Hi loves!

- Chapter is tonight at 7 in the house living room. Business casual for composite photos!
- Philanthropy: Pancakes for Literacy is Saturday 11/7, sign up for a shift on the sheet.
- Study hours: juniors and seniors, please log at least 4 hours this week.

Love in AΓΘ,
Hailey
President""", subject="AGT weekly: chapter tonight, Pancakes for Literacy, study hours",
      headers=sor, sig=False)
    case.thread("so1", False, None, "Alpha Gamma Theta", "sorority chapter list")
    A("so2", kenzie, [me], "2026-10-12 14:20", """\
hiii Maya! Fall formal tickets are $45, Venmo me @kenzie-walsh by Friday 10/16 so I can give the venue our headcount. Are you bringing a date??

xo Kenz""", subject="fall formal tickets 💃")
    A("so3", me, [kenzie], "2026-10-15 18:02", """\
just sent! no date, going with sofia 😂

m""", parent="so2", sig=False)
    case.thread("so2", False, None, "Alpha Gamma Theta", "sorority formal tickets")

    # ---- Venmo, DoorDash
    v1 = """\
Kenzie Walsh
You paid Kenzie Walsh $45.00

fall formal 💃

Transaction ID 4211983377021654
Oct 15, 2026

Payment method: Bank account"""
    A("v1", venmo, [me], "2026-10-15 18:00", v1, subject="You paid Kenzie Walsh $45.00",
      html=html_of(v1), html_only=True, headers=AUTO)
    case.thread("v1", False, None, "Venmo", "payment receipt")
    v2 = """\
Sofia Marchetti requests $23.40

🍕 + wings from last night

Pay or decline in the Venmo app."""
    A("v2", venmo, [me], "2026-10-24 11:12", v2, subject="Sofia Marchetti requests $23.40",
      html=html_of(v2), html_only=True, headers=AUTO)
    case.thread("v2", False, None, "Venmo", "payment request from roommate")
    d1 = """\
Thanks for your order, Maya!

Pita Pointe - South University
1x Chicken shawarma bowl $12.49
1x Garlic sauce $0.99
Delivery fee $1.99
Service fee $2.10
Dasher tip $3.00
Total $20.57

Delivered to East Quad, 701 E. University Ave, Ann Arbor, MI at 9:42 PM."""
    A("d1", doordash, [me], "2026-10-21 21:45", d1, subject="Your DoorDash order from Pita Pointe",
      html=html_of(d1), html_only=True, headers=AUTO)
    case.thread("d1", False, None, "DoorDash", "receipt")
    d2 = """\
Thanks for your order, Maya!

Lucky Noodle House
1x Pad see ew $13.95
1x Thai iced tea $4.25
Delivery fee $0.99
Service fee $2.42
Dasher tip $4.00
Total $25.61

Delivered at 10:18 PM."""
    A("d2", doordash, [me], "2026-11-01 22:20", d2, subject="Your DoorDash order from Lucky Noodle House",
      html=html_of(d2), html_only=True, headers=AUTO)
    case.thread("d2", False, None, "DoorDash", "receipt")

    # ---- Intramural soccer
    im1 = """\
Game Reminder

Goal Diggers vs. Corner Kick Crew
Women's Soccer - Playoffs, Round 1
Sunday, November 1, 2026 at 8:00 PM
Mitchell Field 3

Please arrive 15 minutes early for check-in with your Mcard. Teams with fewer than 5 players at game time will forfeit."""
    A("im1", imleagues, [me], "2026-10-30 12:00", im1,
      subject="Game Reminder: Goal Diggers vs. Corner Kick Crew", html=html_of(im1), html_only=True,
      headers=AUTO)
    case.thread("im1", False, None, "IMLeagues", "intramural reminder")
    A("im2", ava, [me, sofia], "2026-10-30 14:30", """\
hey goal diggers!! playoff game sunday 8pm at mitchell. we need at least 5 or we forfeit so reply if your in ⚽

ava""", subject="PLAYOFFS sunday!!", sig=False)
    A("im3", me, [ava, sofia], "2026-10-30 15:02", """\
in!! bringing the orange slices""", parent="im2", sig=False)
    A("im4", sofia, [ava, me], "2026-10-30 15:40", """\
in but I might be 5 min late from work""", parent="im3", sig=False)
    case.thread("im2", False, None, None, "intramural soccer team")

    # ---- Student loans
    k1 = """\
Hi Maya,

Your in-school deferment has been confirmed based on enrollment information from the University of Michigan. No payments are due on your loans while you remain enrolled at least half time.

Anticipated separation date: 05/2027
Grace period ends: 11/2027

Log in at keystoneloans.com to view your loan details."""
    A("ks1", keystone, [me], "2026-10-05 06:00", k1, subject="Your in-school deferment is confirmed",
      html=html_of(k1), html_only=True, headers=AUTO)
    case.thread("ks1", False, None, "Keystone Education Loan Services", "loan servicer notice")
    k2 = """\
Hi Maya,

Your annual loan summary is ready. Total principal balance: $18,430.00. Interest accrued this year on unsubsidized loans: $412.87.

Making interest-only payments while in school can lower the amount you repay. Log in to set up a voluntary payment."""
    A("ks2", keystone, [me], "2026-10-27 06:00", k2, subject="Your annual loan summary is ready",
      html=html_of(k2), html_only=True, headers=AUTO)
    case.thread("ks2", False, None, "Keystone Education Loan Services", "loan servicer notice")

    # ---- Job boards and newsletters (job words, owe nothing)
    li1 = """\
Your job alert for supply chain analyst in Detroit Metropolitan Area
30+ new jobs match your preferences.

Supply Chain Analyst - Varden Automotive Systems - Auburn Hills, MI - Actively recruiting
Associate, Materials Planning - Kessler Stamping - Warren, MI - Be an early applicant
Logistics Analyst (Entry Level) - Great Lakes Grocers - Livonia, MI - Easy Apply
Supply Planner I - Halvorsen Medical - Kalamazoo, MI - 2 school alumni work here

See all jobs
You are receiving Job Alert emails. Unsubscribe"""
    A("li1", linkedin, [me], "2026-10-12 07:30", li1,
      subject="“supply chain analyst”: 30+ new jobs in Detroit Metropolitan Area",
      html=html_of(li1), headers=bulk_headers("<jobalerts.linkedin.com>",
                                              "https://www.linkedin.com/comm/jobs/alerts/unsub"))
    case.thread("li1", False, None, "LinkedIn", "job alert")
    li2 = """\
Your job alert for operations consultant in United States
25 new jobs match your preferences.

Associate Consultant - Kestrel Partners - Chicago, IL - Your profile matches this job
Operations Analyst, Rotational Program - Tandem Freight - Chicago, IL - Promoted
Business Analyst - Ashgrove Advisory - Cleveland, OH - Be an early applicant
Associate Consultant - Lumen & Vale - Detroit, MI

Interview prep: practice with AI mock interviews on LinkedIn Premium.
See all jobs"""
    A("li2", linkedin, [me], "2026-10-26 07:30", li2,
      subject="“operations consultant”: Kestrel Partners - Associate Consultant and more",
      html=html_of(li2), headers=bulk_headers("<jobalerts.linkedin.com>",
                                              "https://www.linkedin.com/comm/jobs/alerts/unsub"))
    case.thread("li2", False, None, "LinkedIn", "job alert naming employers from her search")
    hj1 = """\
Jobs we think you'll like, Maya

Supply Chain Analyst - Early Career - Varden Automotive Systems - Auburn Hills, MI - Full-Time
Inventory Planning Analyst - Northvale Home - Minneapolis, MN - Full-Time
Procurement Rotational Associate - Cedar Valley Foods - Omaha, NE - Full-Time

Employers are scheduling interviews now. Apply early to get a spot on their on-campus interview schedules.

Update your job preferences in Handshake."""
    A("hj1", hs_jobs, [me], "2026-10-07 10:00", hj1, subject="Jobs we think you'll like, Maya",
      html=html_of(hj1), html_only=True,
      headers=bulk_headers("<jobs.mail.joinhandshake.com>", "https://app.joinhandshake.com/unsubscribe"))
    case.thread("hj1", False, None, "Handshake", "job alert")
    hj2 = """\
3 employers viewed your profile this week

Recruiters from a consumer goods company, a logistics company and a consulting firm viewed your Handshake profile. Students with a complete profile are five times more likely to be messaged by an employer.

Upcoming: Supply Chain & Operations Virtual Fair, Thursday, November 12. Schedule 1:1 and group sessions with recruiters.

Complete your profile"""
    A("hj2", hs_jobs, [me], "2026-10-21 10:00", hj2, subject="3 employers viewed your profile this week",
      html=html_of(hj2), html_only=True,
      headers=bulk_headers("<jobs.mail.joinhandshake.com>", "https://app.joinhandshake.com/unsubscribe"))
    case.thread("hj2", False, None, "Handshake", "job board notice")
    ec1 = """\
ECRC Weekly - October 19

- Mock interviews: book a 30-minute mock case or behavioral interview with a career coach in Handshake.
- Superday prep workshop: Wednesday 10/21, 5 PM, 1303 EECS. What to expect when you meet four interviewers in a row.
- On-campus interview etiquette: arrive 10 minutes early to 230 Chrysler Center and check in at the front desk.
- Offer deadlines: if an employer gives you less than two weeks to decide, talk to a coach before you accept or decline.

Engineering Career Resource Center, University of Michigan"""
    A("ec1", ecrc, [me], "2026-10-19 08:00", ec1, subject="ECRC Weekly: superday prep, mock interviews, offer deadlines",
      html=html_of(ec1), html_only=True,
      headers=bulk_headers("<ecrc-weekly.lists.umich.edu>", "https://lists.umich.edu/unsub/ecrc-weekly"))
    case.thread("ec1", False, None, "University of Michigan", "career center newsletter")

    # ---- Maize Street Consulting: Maya interviews a freshman
    wcg_text = """\
You have been invited to the following event.

MSC Round 2 Interview - Ethan Park
When: Thursday Oct 29, 2026 7pm - 7:30pm Eastern Time - New York
Where: Ross School of Business, R2240
Calendar: mgoldrey@umich.edu
Who:
  * Dev Sharma - organizer
  * Ethan Park
  * Maya Goldberg-Reyes

Round 2 interview for MSC Fall 2026 recruitment. Interviewers: Maya Goldberg-Reyes (VP Membership) and Dev Sharma (VP Recruitment). Case B (campus dining waste) plus behavioral; scorecards are in the shared drive.

Going (mgoldrey@umich.edu)? Yes - Maybe - No    more options

Invitation from Google Calendar"""
    wcg_ics = make_ics(
        method="REQUEST", uid=uid_google("wcg", "round2", "ethan"), stamp=t("2026-10-24 13:10"),
        start=t("2026-10-29 19:00"), end=t("2026-10-29 19:30"),
        summary="MSC Round 2 Interview - Ethan Park", organizer=devcal,
        attendees=[(devcal, "ACCEPTED", "INDIVIDUAL"), (ethan, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL"),
                   (("Ross-R2240 (8)", "umich.edu_3138323234303030@resource.calendar.google.com"),
                    "ACCEPTED", "ROOM")],
        tzid="America/New_York", location="Ross School of Business, R2240",
        description="Round 2 interview for MSC Fall 2026 recruitment. Interviewers: Maya "
                    "Goldberg-Reyes (VP Membership) and Dev Sharma (VP Recruitment).")
    A("wcg1", devcal, [me], "2026-10-24 13:10", wcg_text,
      subject="Invitation: MSC Round 2 Interview - Ethan Park @ Thu Oct 29, 2026 7pm - 7:30pm (EDT) "
              "(mgoldrey@umich.edu)", ics=wcg_ics, ics_mode="google", headers=GCAL)
    case.meeting("wcg1", t("2026-10-29 19:00"), t("2026-10-29 19:30"), met=[ethan.email], job=False,
                 what="Maya interviews a freshman for her student organisation")
    case.thread("wcg1", False, None, "Maize Street Consulting",
                "Google Calendar invite: Maya is the interviewer for her student club's recruitment")
    case.forbid("wcg1", ethan.email,
                "Maya was the interviewer (student club recruitment), not her job search; no thank-you owed")
    A("wcg2", ethan, [me], "2026-10-29 23:40", """\
Dear Ms. Goldberg-Reyes,

I hope this email finds you well. Thank you so much for taking the time to interview me this evening for Maize Street Consulting. I really enjoyed working through the campus dining case, and I learned a lot from your feedback on structuring my answer.

I am very excited about the possibility of joining MSC.

Sincerely,
Ethan Park
LSA Class of 2030""", subject="Thank you - Maize Street Consulting interview")
    A("wcg3", me, [ethan], "2026-10-30 09:30", """\
Hi Ethan!

Thanks so much for the kind note, it was great chatting with you. Decisions go out by Sunday night!

Best,
Maya""", parent="wcg2", sig=False)
    case.thread("wcg2", False, None, "Maize Street Consulting",
                "the freshman's thank-you to Maya, and her reply")
    A("wcg4", dev, [me, Person("MSC Exec", "msc-exec@umich.edu")], "2026-10-31 12:00", """\
hi exec! deliberations are tomorrow (sunday) 2pm in Michigan Union 2105. bring your round 2 scorecards, we'll try to be done by 6 so decisions can go out tonight

dev""", subject="deliberations tomorrow 2pm", sig=False)
    A("wcg5", me, [dev], "2026-10-31 12:40", """\
I'll be there, I have scorecards for my 6 interviews""", parent="wcg4", sig=False)
    case.thread("wcg4", False, None, "Maize Street Consulting", "student club exec board")

    # ---- Health service, roommate, election
    uh1 = """\
Appointment confirmation

Maya Goldberg-Reyes, your appointment is confirmed:

Flu vaccine clinic
Tuesday, October 13, 2026 at 10:40 AM
University Health Service, 207 Fletcher Street, Level 2

Please bring your Mcard and insurance card. To cancel, log in to the patient portal at least 24 hours in advance."""
    A("uh1", uhs, [me], "2026-10-09 15:30", uh1, subject="Appointment confirmation: Tue Oct 13, 10:40 AM",
      html=html_of(uh1), html_only=True, headers=AUTO)
    case.meeting("uh1", t("2026-10-13 10:40"), t("2026-10-13 11:00"), met=[], job=False,
                 what="flu shot")
    case.thread("uh1", False, None, "University Health Service", "clinic appointment")

    A("rm1", sofia, [me], "2026-10-22 21:10", """\
ok halloween costume. we said we were doing something together right??? I'm thinking thelma & louise or the two ghosts from the haunted mansion""", subject="halloween costume???", sig=False)
    A("rm2", me, [sofia], "2026-10-22 21:25", """\
HAUNTED MANSION. I can get the stuff from goodwill on sunday, I'm gone tues night to wed""", parent="rm1", sig=False)
    A("rm3", sofia, [me], "2026-10-22 21:27", """\
yesss ok also venmo me for the pizza when you can lol""", parent="rm2", sig=False)
    case.thread("rm1", False, None, None, "roommate")

    vt = """\
Election Day is tomorrow, Tuesday, November 3.

Registered in Ann Arbor? Find your polling place at michigan.gov/vote. Polls are open 7 AM - 8 PM. You can still register and vote in person at the City Clerk's satellite office in the UMMA until 8 PM.

UMich Votes, Edward Ginsberg Center"""
    A("vt1", votes, [me], "2026-11-02 09:00", vt, subject="Election Day is tomorrow - make a plan to vote",
      html=html_of(vt), html_only=True,
      headers=bulk_headers("<umichvotes.lists.umich.edu>", "https://lists.umich.edu/unsub/umichvotes"))
    case.thread("vt1", False, None, "University of Michigan", "civic engagement reminder")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
