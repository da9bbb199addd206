#!/usr/bin/env python3
"""Sealed case: an academic liaison librarian in Melbourne moving into corporate knowledge and
records management.  Built with casekit; standard library only."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401  Person, Case, make_ics, make_pdf, html_of, ...

NAME = "librarian-melbourne"
UNI_ADDR = "p.raghunathan@princeshill.edu.au"


# Priya's university mail reaches this inbox through a forwarding rule, so her university
# address shows in To lines.  It is one of the user's addresses (case.json lists both), so it
# is no counterpart: wrap casekit's counterparts for this case only (no edit to casekit).
if not getattr(casekit.counterparts, "_librarian_melbourne", False):
    _orig_counterparts = casekit.counterparts

    def _counterparts(case, msgs, include_rooms=False):
        out = _orig_counterparts(case, msgs, include_rooms)
        if case.name == NAME:
            out = [a for a in out if a != UNI_ADDR]
        return out

    _counterparts._librarian_melbourne = True
    casekit.counterparts = _counterparts


MEL = "Australia/Melbourne"
SYD = "Australia/Sydney"
PER = "Australia/Perth"
EXCH = "Microsoft Exchange Server 2010"
FWD = {"X-MS-Exchange-Inbox-Rules-Loop": UNI_ADDR}


def teams_block(meeting_id, passcode):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s>\n"
            "Meeting ID: %s\n"
            "Passcode: %s\n"
            "Download Teams | Join on the web\n"
            "Learn More | Meeting options\n"
            "________________________________________________________________________________"
            % (meeting_id.replace(" ", ""), meeting_id, passcode))


def build():
    now = dt.datetime(2026, 4, 15, 10, 30, tzinfo=ZoneInfo(MEL))
    case = Case(
        NAME,
        "Academic liaison librarian in Melbourne moving into corporate knowledge and records "
        "management; mailbox to Wed 15 April 2026, 10:30 AEST",
        {"name": "Priya Raghunathan",
         "emails": ["priya.raghunathan@example.net", UNI_ADDR],
         "phone": "+61 491 570 156",
         "timezone": MEL},
        now,
        "")
    me = Person("Priya Raghunathan", "priya.raghunathan@example.net", tz=MEL, style="webmail",
                sig="Priya Raghunathan\n0491 570 156", msgid_domain="example.net")
    case.me = me
    uni_me = Person("Priya Raghunathan", UNI_ADDR, tz=MEL, style="outlook", region="ausprd01")
    at = case.at

    def P(name, email, tz=MEL, style="outlook", sig=None, **kw):
        if style == "outlook":
            kw.setdefault("region", "ausprd01")
        return Person(name, email, tz=tz, style=style, sig=sig, **kw)

    def pdf(name, lines):
        return (name, "application/pdf", make_pdf(lines))

    # ======================================================================================
    # JOB SEARCH
    # ======================================================================================

    # ---- Kestrel Advisory: coffee with Dani, intro to Graham (partner), his fortnight ------
    dani = P("Danielle Okoro", "danielle.okoro@kestreladvisory.com.au",
             sig="Dani Okoro | Senior Consultant, Information Management\nKestrel Advisory\n"
                 "Level 9, 140 William Street, Melbourne VIC 3000\nM 0491 570 157")
    graham = P("Graham Whitlock", "graham.whitlock@kestreladvisory.com.au",
               sig="Graham Whitlock\nPartner | Information Governance & Risk\nKestrel Advisory\n"
                   "T (03) 5550 2140 | M 0491 570 158\nkestreladvisory.com.au")

    case.add("k1a", dani, [me], "2026-03-05 12:41", """\
Hi Priya,

Saw your LinkedIn post about the digitisation project wrapping up and realised it's been nearly two years since I jumped ship! Hope the liaison team is surviving the start of semester.

I'm in Carlton most Thursdays for a client. Fancy a coffee one morning? I'd love to hear what you're up to, and I have a sneaking suspicion from that post that you might be thinking about a change...

Dani""", subject="coffee?", sig=False)
    case.add("k1b", me, [dani], "2026-03-05 19:55", """\
Dani! So lovely to hear from you.

You read me too well. Yes, I'm starting to look at records and KM roles outside the sector, and I'd love to pick your brain about how you made the jump.

Thurs 12/3 works for me: 8.15 at Brother Bean on Lygon St? I have to be at my desk by 9.30 for a faculty meeting.

P""", parent="k1a", sig=False)
    case.add("k1c", dani, [me], "2026-03-06 08:12", """\
Perfect. 8.15 Thursday, Brother Bean. I'll be the one in the ridiculous yellow coat.

D

Sent from my iPhone""", parent="k1b", sig=False)
    case.add("k1d", me, [dani], "2026-03-12 10:48", """\
Thank you so much for this morning, and for the flat white! I came away with a much clearer idea of where my skills land in a consulting world, and a reading list.

If the offer was genuine, I'd really appreciate an intro to Graham. No pressure at all.

Cheers,
P""", parent="k1c", sig=False)
    case.add("k1e", dani, [me], "2026-03-12 13:20", """\
Very genuine! Leave it with me and I'll write to you both.

D""", parent="k1d", sig=False)
    case.meeting("k1a", at("2026-03-12 08:15"), met=[dani.email], thanks={dani.email: "k1d"},
                 what="coffee with Dani at Brother Bean")
    case.thread("k1a", True, "networking", "Kestrel Advisory",
                "coffee with a former colleague, now at Kestrel, Thu 12/3 8.15 (no end stated); "
                "thanked that morning; she offers an intro to a partner, no date")

    case.add("k2a", dani, [graham, me], "2026-03-16 09:05", """\
Graham, Priya,

Graham: Priya and I worked together at PHU Library for six years. She leads the academic liaison team there, set up the university's research data management service, and ran the records side of the Law faculty's shared-drive clean-up. She's now looking at knowledge and records roles in the corporate world, and I think she'd be a great person for you to know, both for the IG practice and for a few of our clients.

Priya: Graham leads our Information Governance & Risk practice. He is generous with his time and knows absolutely everyone.

I'll leave you two to it!

Dani""", subject="Intro: Priya Raghunathan (PHU Library) <> Graham Whitlock")
    case.add("k2b", graham, [me], "2026-03-17 08:31", """\
Thanks Dani (moving you to bcc).

Priya, lovely to e-meet you; Dani speaks very highly of you. I'd be glad to have a chat. How are you placed on Tuesday 24/3 at 4pm? Half an hour over Teams, if that suits, and I'll send through an invite.

Regards,
Graham""", parent="k2a")
    case.add("k2c", me, [graham], "2026-03-17 12:15", """\
Hi Graham,

Lovely to e-meet you too, and thanks to Dani for connecting us. Tuesday 24/3 at 4pm is perfect.

Kind regards,
Priya""", parent="k2b")
    case.thread("k2a", True, "networking", "Kestrel Advisory",
                "intro by Dani to Graham Whitlock, partner; Tue 24/3 4pm agreed (the user's "
                "'thanks' here is before the call); Dani did not attend the call")

    k3_desc = ("Catch-up, Priya / Graham (intro via Dani Okoro).\n\n"
               + teams_block("431 772 905 118", "vC6pQ2"))
    k3_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "k3"), stamp=at("2026-03-17 12:40"),
                      start=at("2026-03-24 16:00"), end=at("2026-03-24 16:30"),
                      summary="Priya Raghunathan / Graham Whitlock - catch-up",
                      organizer=graham, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=k3_desc, prodid=EXCH)
    case.add("k3a", graham, [me], "2026-03-17 12:40", k3_desc,
             subject="Priya Raghunathan / Graham Whitlock - catch-up", sig=False,
             ics=k3_ics, ics_mode="outlook")
    case.meeting("k3a", at("2026-03-24 16:00"), at("2026-03-24 16:30"), met=[graham.email],
                 thanks={graham.email: "k4a"}, what="Teams catch-up with Graham")
    case.thread("k3a", True, "networking", "Kestrel Advisory",
                "Teams invite, title only; Tue 24/3 16:00-16:30 AEDT, held; thanked next morning "
                "in a new thread")

    case.add("k4a", me, [graham], "2026-03-25 08:52", """\
Dear Graham,

Thank you for making time for me yesterday afternoon. I really appreciated your candour about how information governance work is scoped and sold in a consulting setting, and your reminder that "librarian" is not a dirty word to clients who are drowning in SharePoint sites.

As I mentioned, I've attached a one-page summary of the research data and records projects I've led at PHU, in case it's useful when you think about who I should meet.

Kind regards,
Priya Raghunathan
0491 570 156""", subject="Thank you, and the one-pager I mentioned", sig=False,
             attachments=[pdf("Priya Raghunathan - projects summary.pdf", [
                 "Priya Raghunathan - selected projects",
                 "Research Data Management service, Princes Hill University (2021-2025)",
                 "Retention and disposal schedule for research records (2023)",
                 "Law faculty shared-drive remediation, 1.2 TB appraised (2024)",
                 "Recordkeeping training for 400+ academics and HDR candidates"])])
    case.add("k4b", graham, [me], "2026-03-25 13:17", """\
Thanks Priya, that's a very useful summary.

Leave it with me. I want to run it past two of my directors first, and I'll come back to you within the fortnight with a couple of names, both inside Kestrel and on the client side.

Regards,
Graham""", parent="k4a")
    case.promise("k4a", "k4b", graham.email, "2026-04-08")
    case.thread("k4a", True, "networking", "Kestrel Advisory",
                "thank-you for the 24/3 call (new thread); Graham: 'come back to you within the "
                "fortnight' (Wed 25/3, so by Wed 8/4); nothing from Kestrel since")
    case.expect("callback", "k4a", graham.email,
                "'I'll come back to you within the fortnight' on Wed 25 Mar: window to Wed 8 Apr, "
                "due end of Fri 10 Apr; no word from Kestrel since", promised="2026-04-08")

    # ---- Ellison Crane: informal chat before applying; committee-tied promise -------------
    sarah = P("Sarah Whitcombe", "swhitcombe@ellisoncrane.com.au",
              sig="Sarah Whitcombe\nHead of Knowledge & Research\nEllison Crane\n"
                  "Level 31, 525 Collins Street, Melbourne VIC 3000\nT +61 3 5550 8812\n"
                  "ellisoncrane.com.au\n\nThis email is confidential and may be subject to legal "
                  "professional privilege. If you have received it in error, please tell us and "
                  "delete it.")
    workday = P("Ellison Crane Careers", "ellisoncrane@myworkday.com", tz="UTC", style="auto",
                auto=True)
    case.add("e1a", me, [sarah], "2026-03-26 20:40", """\
Dear Sarah,

I hope you don't mind me writing out of the blue. I'm the academic liaison librarian for Law and Business at Princes Hill University, and I noticed on LinkedIn that Ellison Crane is looking for a Knowledge Manager.

Before I put an application together, could I borrow ten or fifteen minutes of your time to understand what the role looks like day to day? In particular, how much of it is precedents and know-how, and how much is the intranet and search side. I'm very happy to work around you.

Kind regards,
Priya Raghunathan
Academic Liaison Librarian (Law & Business), Princes Hill University
0491 570 156""", subject="Knowledge Manager role - a quick question before I apply", sig=False)
    case.add("e1b", sarah, [me], "2026-03-27 17:02", """\
Hi Priya,

Not at all. I'd much rather talk to people before they apply than after!

This week is a write-off with a trial starting, but I could do Wednesday 1/4 at 2.30pm. I'll call your mobile if that suits.

Best,
Sarah""", parent="e1a")
    case.add("e1c", me, [sarah], "2026-03-27 17:40", """\
Wednesday at 2.30 is perfect, I'll keep the arvo clear. Speak then.

Priya""", parent="e1b", sig=False)
    case.add("e1d", me, [sarah], "2026-04-01 16:12", """\
Hi Sarah,

Thank you for the call this afternoon. It was really helpful to hear how the team is moving the precedent bank off the shared drives and into something people will actually search, and it's made me keener rather than less.

I'll have my application in through the careers site by the end of the weekend.

Kind regards,
Priya""", parent="e1c")
    case.add("e1e", sarah, [me], "2026-04-01 17:30", """\
Great, I look forward to reading it.

S

Get Outlook for iOS""", parent="e1d", sig=False)
    case.meeting("e1a", at("2026-04-01 14:30"), met=[sarah.email], thanks={sarah.email: "e1d"},
                 what="informal phone chat with Sarah before applying")
    case.thread("e1a", True, "networking", "Ellison Crane",
                "informal call with the hiring manager before applying, Wed 1/4 2.30pm, no end "
                "stated; thanked in the thread at 16:12")
    case.forbid("e1a", sarah.email,
                "pre-application chat Wed 1 Apr 2.30pm thanked in this thread at 16:12 that "
                "afternoon; the callback owed to her belongs to the shortlisting thread")

    case.add("e2a", workday, [me], "2026-04-05 21:14", """\
Hi Priya,

Thank you for applying for the Knowledge Manager role (R-0417) at Ellison Crane.

We have received your application and our team will review it against the requirements of the role. If your experience is a match, a member of our team will contact you about next steps.

You can check the status of your application at any time by signing in to your candidate home.

Kind regards,
Ellison Crane Talent Team

This is an automated message. Please do not reply.""",
             subject="Thank you for applying - Knowledge Manager (R-0417)",
             html=html_of("Hi Priya,\n\nThank you for applying for the Knowledge Manager role "
                          "(R-0417) at Ellison Crane.\n\nWe have received your application and "
                          "our team will review it against the requirements of the role. If your "
                          "experience is a match, a member of our team will contact you about next "
                          "steps.\n\nYou can check the status of your application at any time by "
                          "signing in to your candidate home.\n\nKind regards,\nEllison Crane "
                          "Talent Team\n\nThis is an automated message. Please do not reply.",
                          "Ellison Crane"),
             html_only=True, headers=AUTO)
    case.thread("e2a", True, "application", "Ellison Crane",
                "Workday acknowledgement (automated), Sun 5/4")

    case.add("e3a", sarah, [me], "2026-04-08 11:20", """\
Hi Priya,

A quick note so you're not left wondering. We had a strong field (37 applications, which is a lot for us) and I've put my shortlist to our Knowledge Committee. The committee makes the call on who comes in for interview, and it meets this Thursday, 9 April, so I'll let you know by Friday either way.

Best,
Sarah""", subject="Knowledge Manager - where things are at")
    case.add("e3b", me, [sarah], "2026-04-08 12:05", """\
Thanks for letting me know, Sarah. Fingers crossed!

Priya""", parent="e3a", sig=False)
    case.promise("e3a", "e3a", sarah.email, "2026-04-10")
    case.thread("e3a", True, "application", "Ellison Crane",
                "committee meets Thu 9/4, 'I'll let you know by Friday either way' (Fri 10/4); "
                "nothing from Ellison Crane since")
    case.expect("callback", "e3a", sarah.email,
                "decision tied to the Knowledge Committee meeting on Thu 9 Apr, 'by Friday' "
                "(10 Apr); nothing since; due end of Tue 14 Apr", promised="2026-04-10")

    # ---- OPRC (government, portal, panel, referee checks, merit list) ---------------------
    portal = P("VPS Careers", "no-reply@vpscareers.vic.gov.au", style="auto", auto=True)
    kerry = P("Kerry-Anne Doyle", "kerry-anne.doyle@oprc.vic.gov.au",
              sig="Kerry-Anne Doyle\nSenior Adviser, People & Culture\n"
                  "Office of the Public Records Commissioner\n"
                  "Level 4, 18 Exhibition Street, Melbourne VIC 3000\nT 03 5550 4417\n\n"
                  "OPRC acknowledges the Traditional Owners of the lands on which we work and pays "
                  "respect to Elders past and present.")
    helen = P("Helen Mavros", "helen.mavros@oprc.vic.gov.au")
    anthony = P("Anthony Nguyen", "anthony.nguyen@oprc.vic.gov.au")
    oprc_room = ("OPRC L4 Meeting Room 2 (Birrarung)", "mr-l4-birrarung@oprc.vic.gov.au")

    g1_text = """\
Dear Priya Raghunathan,

Thank you for submitting your application for the following position:

Position: Senior Records Advisor
Grade: VPS Grade 5
Organisation: Office of the Public Records Commissioner
Reference: OPRC/0219

Your application, including your response to the key selection criteria, has been received. Applications close at 11.59pm on Sunday 8 March 2026. Shortlisted applicants will be contacted after the closing date.

You can view or withdraw your application by logging in to VPS Careers.

This mailbox is not monitored. Please do not reply to this email."""
    case.add("g1a", portal, [me], "2026-03-04 22:47", g1_text,
             subject="Application received - Senior Records Advisor (OPRC/0219)",
             html=html_of(g1_text, "VPS Careers"), html_only=True, headers=AUTO)
    case.thread("g1a", True, "application", "Office of the Public Records Commissioner",
                "portal acknowledgement (automated)")

    case.add("g2a", kerry, [me], "2026-03-19 15:10", """\
Dear Priya,

Thank you for your application for the position of Senior Records Advisor (VPS 5), reference OPRC/0219. I am pleased to advise that you have been shortlisted for interview.

Interviews will be held in person at our office, Level 4, 18 Exhibition Street, Melbourne. Please let me know which of the following times suits you:

  - Wednesday 1 April, 1.30pm
  - Thursday 2 April, 10.00am
  - Thursday 2 April, 2.00pm

The interview runs for about an hour. There is also a 20-minute written exercise beforehand, so please allow time to arrive 25 minutes before your interview.

Kind regards,
Kerry-Anne""", subject="Senior Records Advisor (OPRC/0219) - invitation to interview")
    case.add("g2b", me, [kerry], "2026-03-19 21:03", """\
Dear Kerry-Anne,

Thank you, I'm delighted to have been shortlisted. Thursday 2 April at 10.00am would suit me best.

Is there anything I should bring apart from photo ID?

Kind regards,
Priya""", parent="g2a")
    case.add("g2c", kerry, [me], "2026-03-20 09:48", """\
Hi Priya,

Lovely, I've locked you in for 10.00am on Thursday 2 April, and a calendar invitation will follow.

Your panel will be:
  - Helen Mavros, Manager Recordkeeping Standards (convenor)
  - Anthony Nguyen, Senior Advisor, Digital Continuity

I will sit in on the interview as the HR observer, but I won't be asking questions or taking part in the assessment.

Photo ID is all you need. Please sign in with the ground-floor concierge and ask for me, and I'll bring you up for the written exercise.

Kind regards,
Kerry-Anne""", parent="g2b")
    case.add("g2d", kerry, [me], "2026-04-07 14:22", """\
Dear Priya,

Thank you for coming in last Thursday. The panel would like to progress your application to referee checks, and I'll be contacting the two referees you nominated (Margaret Lowe and Dr Peter Sandakan) this week, so it may be worth giving them a heads-up.

Could you also please complete the attached pre-employment declaration and send it back to me?

Kind regards,
Kerry-Anne""", parent="g2c", attachments=[pdf("OPRC pre-employment declaration.pdf", [
        "Pre-employment declaration", "Office of the Public Records Commissioner",
        "Position: Senior Records Advisor (OPRC/0219)",
        "1. Conflicts of interest  2. Prior misconduct findings  3. Working with Children Check",
        "Signature: ____________________   Date: ____________"])])
    case.add("g2e", me, [kerry], "2026-04-07 19:30", """\
Dear Kerry-Anne,

That's great news, thank you. I've let Margaret and Peter know to expect your call, and my signed declaration is attached.

Kind regards,
Priya""", parent="g2d", attachments=[pdf("Declaration - P Raghunathan (signed).pdf", [
        "Pre-employment declaration", "Office of the Public Records Commissioner",
        "Position: Senior Records Advisor (OPRC/0219)",
        "No conflicts of interest. No prior findings. WWCC current.",
        "Signature: P. Raghunathan   Date: 7/4/2026"])])
    case.add("g2f", kerry, [me], "2026-04-10 16:05", """\
Hi Priya,

Just to keep you in the loop: I've now spoken with both of your referees. The panel will meet on Wednesday 15 April to finalise the merit list and its recommendation to the delegate, and we aim to let every candidate know the outcome by Friday 17 April.

Have a lovely weekend,
Kerry-Anne""", parent="g2e")
    case.promise("g2a", "g2d", kerry.email, "2026-04-10", answered_by="g2f")
    case.promise("g2a", "g2f", kerry.email, "2026-04-17")
    case.thread("g2a", True, "interview", "Office of the Public Records Commissioner",
                "three slots offered, Thu 2/4 10.00am picked; panel named in text (convenor and "
                "one member), Kerry-Anne sits in as HR observer; referee checks (not a meeting); "
                "'aim to let every candidate know by Friday 17 April' still open")
    case.forbid("g2a", kerry.email,
                "HR observer who took no part; copied on the panel thank-you of 2 Apr; referee "
                "checks are calls with the referees, not a meeting with the user; 'by Friday "
                "17 April' is still open")

    g3_desc = ("Interview - Senior Records Advisor (OPRC/0219)\n\n"
               "Candidate: Priya Raghunathan\n"
               "Panel: Helen Mavros (convenor), Anthony Nguyen\n"
               "HR observer: Kerry-Anne Doyle\n\n"
               "09.35 written exercise (Meeting Room 3), 10.00 interview (Birrarung).")
    g3_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "g3"), stamp=at("2026-03-20 10:02"),
                      start=at("2026-04-02 10:00"), end=at("2026-04-02 11:00"),
                      summary="Interview - Senior Records Advisor (OPRC/0219) - P Raghunathan",
                      organizer=kerry,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (helen, "ACCEPTED", "INDIVIDUAL"),
                                 (anthony, "ACCEPTED", "INDIVIDUAL"),
                                 (oprc_room, "ACCEPTED", "ROOM")],
                      tzid="AUS Eastern Standard Time",
                      location="OPRC L4 Meeting Room 2 (Birrarung); 18 Exhibition Street",
                      description=g3_desc, prodid=EXCH)
    case.add("g3a", kerry, [me], "2026-03-20 10:02", g3_desc,
             subject="Interview - Senior Records Advisor (OPRC/0219) - P Raghunathan",
             ics=g3_ics, ics_mode="outlook", sig=False)
    case.meeting("g3a", at("2026-04-02 10:00"), at("2026-04-02 11:00"),
                 met=[helen.email, anthony.email, kerry.email],
                 thanks={helen.email: "g4a", anthony.email: "g4a", kerry.email: "g4a"},
                 what="OPRC panel interview")
    case.thread("g3a", True, "interview", "Office of the Public Records Commissioner",
                "Outlook invite, AUS Eastern Standard Time, Thu 2/4 10:00-11:00 AEDT; panel and "
                "a meeting room in the attendees; all thanked by one note the same afternoon")
    case.forbid("g3a", helen.email,
                "convenor of the Thu 2 Apr panel; thanked by the one note to Helen and Anthony at "
                "16:35 that day (one note satisfies each addressee)")

    case.add("g4a", me, [helen, anthony], "2026-04-02 16:35", """\
Dear Helen and Anthony,

Thank you both for your time this morning and for such a thoughtful conversation. I particularly enjoyed our discussion about disposal authorities for born-digital records, and Anthony's question about legacy network drives has had me thinking all afternoon.

I came away even more convinced that the role is a natural next step from my work at PHU:
- I've run the library's research data management service, including the retention and disposal schedule for research records;
- I've trained more than 400 academics and HDR candidates in recordkeeping; and
- I'm used to turning standards into practical guidance for busy, sceptical people.

Kerry-Anne, I've copied you in; thank you for looking after me so well on the day.

Kind regards,
Priya Raghunathan
0491 570 156""", cc=[kerry], subject="Thank you - Senior Records Advisor interview (OPRC/0219)",
             sig=False)
    case.thread("g4a", True, "interview", "Office of the Public Records Commissioner",
                "one thank-you note to both panellists, HR observer copied, Thu 2/4 16:35")

    # Referee (her manager) writes to her personal address after the OPRC check.
    margaret = P("Margaret Lowe", "m.lowe@princeshill.edu.au",
                 sig="Margaret Lowe\nAssociate University Librarian, Client Services\n"
                     "Princes Hill University Library\nT 03 5550 6021")
    case.add("r1a", margaret, [me], "2026-04-09 12:47", """\
Hi Priya,

Writing to your personal address for obvious reasons! Kerry-Anne from OPRC rang me this morning and we talked for about twenty minutes. I said all the right things (all true, of course). She asked a lot about the Law drive clean-up and how you manage upwards, so it might be worth having a story ready on both if there's another round.

I'll be sorry to lose you, but it's the right move.

M""", subject="Your referee call", sig=False)
    case.add("r1b", me, [margaret], "2026-04-09 19:20", """\
Margaret, thank you. Truly. I know how much is on your plate at the moment, and I really appreciate you making the time.

I owe you a coffee (or something stronger) whatever happens.

P""", parent="r1a", sig=False)
    case.thread("r1a", True, "application", "Office of the Public Records Commissioner",
                "her referee (her manager at PHU) reports the OPRC referee call; not a meeting "
                "with the user")
    case.forbid("r1a", margaret.email,
                "a referee: the reference check was a call between OPRC and her, not a meeting "
                "with the user, and she promised nothing (thanked anyway)")

    # ---- Department of Environment and Heritage (earlier interview, merit list) -----------
    rosa = P("Rosa Delgado", "rosa.delgado@dehv.vic.gov.au",
             sig="Rosa Delgado\nManager, Information Management\n"
                 "Department of Environment and Heritage Victoria\nT 03 5550 2287")
    case.add("d0a", rosa, [me], "2026-03-03 14:30", """\
Dear Priya,

Thank you for applying for the Information Management Officer (VPS 4) role, DEHV/0107. The panel would like to invite you to an interview on Tuesday 10 March at 11.00am, at 8 Nicholson Street, East Melbourne. The panel will be me and James Wu from our Records Services team.

Please confirm that this time suits.

Regards,
Rosa""", subject="Interview - Information Management Officer (DEHV/0107)")
    case.add("d0b", me, [rosa], "2026-03-03 18:12", """\
Dear Rosa,

Tuesday 10 March at 11.00am suits me well. I look forward to meeting you and James.

Kind regards,
Priya""", parent="d0a")
    case.add("d0c", me, [rosa], "2026-03-10 17:05", """\
Dear Rosa,

Thank you, and please pass my thanks to James too, for this morning's interview. I enjoyed hearing about the department's plans for the heritage permits archive, and I'd relish the chance to help with it.

Kind regards,
Priya""", parent="d0b")
    case.add("d0d", rosa, [me], "2026-03-11 09:40", """\
Thanks Priya, it was good to meet you. We have two more interviews this week and hope to let all candidates know by the end of March.

Rosa""", parent="d0c")
    case.add("d0e", rosa, [me], "2026-04-01 11:25", """\
Dear Priya,

I'm sorry to let you know that you were not the preferred candidate for the Information Management Officer role. It was a close call. The panel rated you highly, and you have been placed on the merit list for this position, which stays current for 12 months. That means you may be offered this or a similar role if one becomes vacant in that time.

If feedback would help, I'm happy to talk it through; give me a ring on the number below any time.

Kind regards,
Rosa""", parent="d0d")
    case.add("d0f", me, [rosa], "2026-04-01 20:18", """\
Dear Rosa,

Thank you for letting me know, and for the kind words. Disappointing, of course, but I'm glad to be on the merit list. I'll take you up on the offer of feedback and give you a call next week.

Kind regards,
Priya""", parent="d0e")
    case.meeting("d0a", at("2026-03-10 11:00"), met=[rosa.email], thanks={rosa.email: "d0c"},
                 what="DEHV panel interview")
    case.promise("d0a", "d0d", rosa.email, "2026-03-31", ended_by="d0e")
    case.thread("d0a", True, "rejection", "Department of Environment and Heritage Victoria",
                "interview Tue 10/3, thanked that day; 'by the end of March'; not preferred but "
                "placed on the merit list on Wed 1/4")
    case.forbid("d0a", rosa.email,
                "not the preferred candidate but placed on the merit list on Wed 1 Apr (a gentle "
                "rejection, a day after the 'end of March' promise, inside the grace); the "
                "interview was thanked on 10 Mar")

    d1_text = """\
Dear Priya Raghunathan,

The status of your application has changed.

Position: Information Management Officer (VPS Grade 4)
Organisation: Department of Environment and Heritage Victoria
Reference: DEHV/0107
Status: Merit list - not preferred

A merit list remains valid for 12 months from the date of the selection decision.

This mailbox is not monitored. Please do not reply to this email."""
    case.add("d1a", portal, [me], "2026-04-01 11:40", d1_text,
             subject="Your application status has changed - DEHV/0107",
             html=html_of(d1_text, "VPS Careers"), html_only=True, headers=AUTO)
    case.thread("d1a", True, "rejection", "Department of Environment and Heritage Victoria",
                "portal status notice (automated): merit list")

    # ---- City of Kingsbrook: interview, references, offer --------------------------------
    gemma = P("Gemma Lightfoot", "glightfoot@kingsbrook.vic.gov.au",
              sig="Gemma Lightfoot\nPeople & Culture Advisor\nCity of Kingsbrook\n"
                  "P 03 5550 1180\nkingsbrook.vic.gov.au")
    warren = P("Warren Oakes", "woakes@kingsbrook.vic.gov.au",
               sig="Warren Oakes\nManager Governance & Risk\nCity of Kingsbrook")
    case.add("ck1a", gemma, [me], "2026-03-16 10:20", """\
Dear Priya,

Thank you for your application for Coordinator Information Management (12-month fixed term). We would like to invite you to an interview at the Civic Centre, 275 High Street, Kingsbrook, on Tuesday 24 March at 9.30am.

The panel will be Warren Oakes, Manager Governance & Risk (woakes@kingsbrook.vic.gov.au), and me.

Please reply to confirm.

Regards,
Gemma""", subject="Interview invitation - Coordinator Information Management")
    case.add("ck1b", me, [gemma], "2026-03-16 12:44", """\
Dear Gemma,

I'd be pleased to attend on Tuesday 24 March at 9.30am. See you at the Civic Centre.

Kind regards,
Priya""", parent="ck1a")
    case.add("ck1c", me, [gemma], "2026-03-24 14:50", """\
Dear Gemma,

Thank you for this morning's interview, and for the tour of the compactus room afterwards! It was great to see the scale of the paper-to-digital job first-hand.

Kind regards,
Priya""", parent="ck1b")
    case.add("ck1d", gemma, [me], "2026-03-26 11:05", """\
Hi Priya,

You're welcome. The panel is now completing reference checks, and we hope to have an outcome to you by Friday 10 April.

Regards,
Gemma""", parent="ck1c")
    case.add("ck1e", gemma, [me], "2026-04-09 15:20", """\
Dear Priya,

I'm delighted to let you know that the panel has recommended you for the position of Coordinator Information Management, and I'm pleased to attach your letter of offer.

The offer is for a 12-month fixed-term contract at Band 6, with a start date to be agreed. We would appreciate your response by Thursday 16 April.

Congratulations, and please call me if you have any questions.

Kind regards,
Gemma""", parent="ck1d", attachments=[pdf("Letter of offer - P Raghunathan.pdf", [
        "City of Kingsbrook - Letter of offer",
        "Position: Coordinator Information Management (fixed term, 12 months)",
        "Classification: Band 6", "Commencement: to be agreed",
        "Please sign and return by Thursday 16 April 2026"])])
    case.add("ck1f", me, [gemma], "2026-04-09 21:10", """\
Dear Gemma,

Thank you so much, I'm thrilled to receive the offer. I'd like to take a few days to consider it properly, and I'll come back to you by Thursday 16 April as requested.

Could you let me know whether there is any flexibility on the start date?

Kind regards,
Priya""", parent="ck1e")
    case.add("ck1g", gemma, [me], "2026-04-10 10:05", """\
Of course, Priya. The start date is flexible up to 11 May. Warren is also happy to have a chat if you have questions about the team.

Gemma""", parent="ck1f")
    case.meeting("ck1a", at("2026-03-24 09:30"), at("2026-03-24 10:30"),
                 met=[warren.email, gemma.email],
                 thanks={warren.email: "ck2a", gemma.email: "ck1c"}, what="Kingsbrook interview")
    case.promise("ck1a", "ck1d", gemma.email, "2026-04-10", ended_by="ck1e")
    case.thread("ck1a", True, "offer", "City of Kingsbrook",
                "interview Tue 24/3 (panel address in the text); thanked; 'outcome by Friday "
                "10 April'; offer Thu 9/4, the user's answer due 16/4")
    case.forbid("ck1a", gemma.email,
                "the offer of Thu 9 Apr kept the 'by Friday 10 April' promise and ended the "
                "thread's callbacks; the interview was thanked on 24 Mar; the 16 April reply is "
                "the user's to give")

    case.add("ck2a", me, [warren], "2026-03-24 15:02", """\
Dear Warren,

Thank you for taking the time to interview me this morning. I enjoyed hearing about the Council's move off the old EDRMS, and the challenge of getting forty years of planning files under control is exactly the kind of work I'd love to take on.

Kind regards,
Priya Raghunathan
0491 570 156""", subject="Thank you - Coordinator Information Management interview", sig=False)
    case.add("ck2b", warren, [me], "2026-03-24 16:40", """\
Thanks Priya, appreciated. Good to meet you.

Warren""", parent="ck2a")
    case.thread("ck2a", True, "interview", "City of Kingsbrook",
                "thank-you to the hiring manager in a new thread, same day")

    # ---- Coolgardie Resources (Perth): video interview in Perth time, final round ahead ---
    jasmine = P("Jasmine Teo", "jasmine.teo@coolgardieresources.com.au", tz=PER, style="gmail",
                sig="Jasmine Teo\nTalent Acquisition Partner\nCoolgardie Resources | Perth WA\n"
                    "+61 8 5550 3391")
    mark = P("Mark Brennan", "mark.brennan@coolgardieresources.com.au", tz=PER, style="gmail")
    deborah = P("Deborah Quinlan", "deborah.quinlan@coolgardieresources.com.au", tz=PER,
                style="gmail")
    lever = P("Coolgardie Resources", "no-reply@hire.lever.co", tz="UTC", style="auto", auto=True,
              msgid_domain="hire.lever.co")
    case.add("c1a", jasmine, [me], at("2026-03-23 10:05", jasmine), """\
Hi Priya,

Thanks for applying for our Records & Information Manager role. We're a Perth-headquartered gold and lithium producer, and this role can sit in our Melbourne office on Collins St, with trips to Perth and site a few times a year.

I'd love to set up a video interview with Mark Brennan, our Head of Information Management, who the role reports to. I'll join as well. Would any of these work? All times are Perth time (AWST):

Tue 7 April - 9.30am or 1.00pm
Wed 8 April - 10.00am

Cheers,
Jasmine""", subject="Records & Information Manager - Coolgardie Resources")
    case.add("c1b", me, [jasmine], "2026-03-23 19:42", """\
Hi Jasmine,

Thanks so much, I'd be delighted. Tuesday 7 April at 9.30am your time would be ideal. By my reckoning that's 11.30am here in Melbourne, once our daylight saving finishes on the 5th.

Kind regards,
Priya""", parent="c1a")
    case.add("c1c", jasmine, [me], at("2026-03-24 08:20", jasmine), """\
Yep, 11.30 your time. You'll get a confirmation from our system (Lever) with the Zoom link shortly.

Cheers, J""", parent="c1b", sig=False)
    case.add("c1d", me, [jasmine], "2026-04-07 13:05", """\
Hi Jasmine,

Thank you for setting this morning up and for sitting in. I really enjoyed the conversation, and the site records project has me hooked. Would you be able to pass my thanks on to Mark as well?

Kind regards,
Priya""", parent="c1c")
    case.add("c1e", jasmine, [me], at("2026-04-08 09:10", jasmine), """\
Hi Priya,

Will do! Mark was really impressed. We'd like you to meet Deborah Quinlan, our GM Corporate Services, for a final conversation. She's in Melbourne on Friday 17 April; could you do 10am at our Collins St office? I'll send the confirmation through Lever.

Cheers,
Jasmine""", parent="c1d")
    case.add("c1f", me, [jasmine], "2026-04-08 12:40", """\
That's wonderful news. Friday 17 April at 10am at Collins Street works well for me.

Kind regards,
Priya""", parent="c1e")
    case.thread("c1a", True, "interview", "Coolgardie Resources",
                "slots offered in Perth time (AWST); Tue 7/4 9.30 AWST = 11.30 AEST picked; the "
                "recruiter was thanked after the interview and asked to pass thanks to Mark; final "
                "round Fri 17/4 ahead")
    case.forbid("c1a", jasmine.email,
                "recruiter who sat in on Tue 7 Apr and was thanked in this thread at 13:05; the "
                "final interview she arranged (Fri 17 Apr) is still ahead")

    c2_text = """\
Hi Priya,

Your interview for Records & Information Manager at Coolgardie Resources has been scheduled.

When: Tuesday, April 7, 2026, 9:30 AM - 10:15 AM AWST (Australia/Perth)
Where: Zoom - https://coolgardie.zoom.us/j/85512340987?pwd=Qm9vdHMx
Interviewers:
  Mark Brennan (mark.brennan@coolgardieresources.com.au) - Head of Information Management
  Jasmine Teo (jasmine.teo@coolgardieresources.com.au) - Talent Acquisition Partner

If you need to reschedule, please reply to Jasmine directly rather than to this email.

Good luck!
Coolgardie Resources Talent Team"""
    c2_ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "c2"), stamp=at("2026-03-24 08:31", jasmine),
                      start=at("2026-04-07 09:30", jasmine), end=at("2026-04-07 10:15", jasmine),
                      summary="Interview: Records & Information Manager - Coolgardie Resources",
                      organizer=lever, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      location="https://coolgardie.zoom.us/j/85512340987",
                      description="Interviewers: Mark Brennan, Jasmine Teo",
                      prodid="-//Lever//Interview Scheduling//EN")
    case.add("c2a", lever, [me], at("2026-03-24 08:31", jasmine), c2_text,
             subject="Interview confirmed: Records & Information Manager at Coolgardie Resources",
             html=html_of(c2_text), reply_to=jasmine, ics=c2_ics, ics_mode="attach", headers=AUTO)
    case.meeting("c2a", at("2026-04-07 09:30", jasmine), at("2026-04-07 10:15", jasmine),
                 met=[mark.email, jasmine.email], thanks={jasmine.email: "c1d"},
                 what="Coolgardie Zoom interview")
    case.thread("c2a", True, "interview", "Coolgardie Resources",
                "Lever confirmation with ICS (UTC); interviewers' addresses only in its text; "
                "Tue 7/4 9.30-10.15 AWST (11.30-12.15 AEST), held; Mark never thanked")
    case.expect("thank_you", "c2a", mark.email,
                "Zoom interview Tue 7 Apr 9.30-10.15 AWST (11.30-12.15 AEST) took place; only the "
                "recruiter was thanked, with a request to pass it on; overdue since Wed 8 Apr 12:15")
    case.forbid("c2a", lever.email, "automated ATS sender and ICS organizer (no-reply@hire.lever.co)")

    c3_text = """\
Hi Priya,

Your interview for Records & Information Manager at Coolgardie Resources has been scheduled.

When: Friday, April 17, 2026, 10:00 AM - 11:00 AM AEST (Australia/Melbourne)
Where: Coolgardie Resources, Level 22, 101 Collins Street, Melbourne. Please ask for Deborah at reception.
Interviewer:
  Deborah Quinlan (deborah.quinlan@coolgardieresources.com.au) - GM Corporate Services

If you need to reschedule, please reply to Jasmine directly rather than to this email.

Good luck!
Coolgardie Resources Talent Team"""
    c3_ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "c3"), stamp=at("2026-04-08 09:25", jasmine),
                      start=at("2026-04-17 10:00"), end=at("2026-04-17 11:00"),
                      summary="Final interview: Records & Information Manager - Coolgardie Resources",
                      organizer=lever, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      location="Level 22, 101 Collins Street, Melbourne",
                      description="Interviewer: Deborah Quinlan",
                      prodid="-//Lever//Interview Scheduling//EN")
    case.add("c3a", lever, [me], at("2026-04-08 09:25", jasmine), c3_text,
             subject="Interview confirmed: Records & Information Manager at Coolgardie Resources "
                     "(final interview)",
             html=html_of(c3_text), reply_to=jasmine, ics=c3_ics, ics_mode="attach", headers=AUTO)
    case.meeting("c3a", at("2026-04-17 10:00"), at("2026-04-17 11:00"), met=[deborah.email],
                 status="scheduled", what="Coolgardie final interview")
    case.thread("c3a", True, "interview", "Coolgardie Resources",
                "Lever confirmation of the final interview Fri 17/4 10:00 AEST in Melbourne")
    case.forbid("c3a", deborah.email, "final interview on Fri 17 Apr 10:00 is still in the future at now")

    # ---- Harbourside Talent (Sydney recruiter): 'I'll call you Thursday' -------------------
    lachlan = P("Lachlan Pike", "lachlan.pike@harboursidetalent.com.au", tz=SYD,
                sig="Lachlan Pike\nSenior Consultant - Records & Information Management\n"
                    "Harbourside Talent\nLevel 12, 60 Pitt Street, Sydney NSW 2000\n"
                    "M 0491 570 159 | harboursidetalent.com.au")
    case.add("h1a", lachlan, [me], at("2026-03-26 10:14", lachlan), """\
Hi Priya,

Hope you don't mind the approach. I came across your profile on LinkedIn and I'm working on a 12-month contract for a Records Manager with a well-known industry super fund in the Melbourne CBD. They're replacing their EDRMS and need someone who can run a disposal program and bring people along with them.

Rate is $95-$105/hr + super. Are you open to a quick call? I could do Monday 30/3 at 11am Sydney time, or any time Tuesday arvo.

Cheers,
Lachlan""", subject="Records Manager (12-month contract) - super fund, Melbourne CBD")
    case.add("h1b", me, [lachlan], "2026-03-26 21:10", """\
Hi Lachlan,

Thanks for reaching out. Monday 30/3 at 11 suits (handy that Sydney and Melbourne share a clock). Best number is 0491 570 156. I've attached an up-to-date CV.

Priya""", parent="h1a", sig=False, attachments=[pdf("Priya Raghunathan CV 2026.pdf", [
        "Priya Raghunathan", "Academic Liaison Librarian (Law & Business), Princes Hill University",
        "Records and information management: RDM service lead; retention and disposal schedules",
        "MIS (Information Management), BA (Hons)", "0491 570 156 - priya.raghunathan@example.net"])])
    case.add("h1c", lachlan, [me], at("2026-03-30 12:20", lachlan), """\
Great to chat this morning, Priya. I'll put you forward to the client this afternoon with the CV you sent. Full disclosure, they're also seeing two candidates from another agency, so things will move quickly. I'll call you Thursday with their feedback.

Cheers,
Lachlan""", parent="h1b")
    case.add("h1d", me, [lachlan], "2026-03-30 12:48", """\
Thanks Lachlan, and I appreciate you being upfront about the other candidates. Talk Thursday.

Priya""", parent="h1c", sig=False)
    case.meeting("h1a", at("2026-03-30 11:00"), met=[lachlan.email], thanks={lachlan.email: "h1d"},
                 what="phone screen with Lachlan")
    case.promise("h1a", "h1c", lachlan.email, "2026-04-02")
    case.thread("h1a", True, "recruiter", "Harbourside Talent",
                "Sydney recruiter; call Mon 30/3 11am Sydney time (= Melbourne), thanked; client is "
                "seeing two others; 'I'll call you Thursday' (2/4), nothing since")
    case.expect("callback", "h1a", lachlan.email,
                "'I'll call you Thursday with their feedback' (Thu 2 Apr, no time); no word since; "
                "due end of Mon 6 Apr (end of Wed 8 Apr if Easter Monday is skipped)",
                promised="2026-04-02")

    # ---- Calibre Search: Calendly intro call, recruiter does not join ----------------------
    zoe = P("Zoe Marchetti", "zoe@calibresearch.com.au", style="gmail",
            sig="Zoe Marchetti | Principal Consultant\nCalibre Search - Knowledge, Information & "
                "Library\n0491 571 266 | calibresearch.com.au")
    calendly = P("Calendly", "no-reply@calendly.com", tz="UTC", style="auto", auto=True)
    case.add("z1a", zoe, [me], "2026-04-01 09:30", """\
Hi Priya,

I caught your session at the ALIA research data symposium last year and have been meaning to get in touch ever since. I place knowledge and information people into professional services firms and government, and I have two KM roles coming up next month that I think could suit you.

Would you have 20 minutes for an intro call? Grab any time that works for you here: https://calendly.com/zoe-calibre/intro

Zoe""", subject="KM roles - open to a chat?")
    case.add("z1b", me, [zoe], "2026-04-09 13:12", """\
Hi Zoe,

I'm on the Zoom link from the Calendly invite but haven't seen you come in. Just checking I'm in the right place? I can hang on until 1.20.

Priya""", parent="z1a", sig=False)
    case.add("z1c", zoe, [me], "2026-04-09 14:35", """\
Priya, I'm so sorry. I got stuck in a client meeting that ran over and didn't see my phone. Completely my fault.

Could we try again next Thursday, 16/4, same time? I'll rebook it on my end.

Zoe""", parent="z1b")
    case.add("z1d", me, [zoe], "2026-04-09 15:02", """\
No problem at all, these things happen. Thursday 16/4 at 1pm is fine.

P""", parent="z1c", sig=False)
    case.thread("z1a", True, "recruiter", "Calibre Search",
                "recruiter's approach; Calendly call Thu 9/4 13:00: she did not join; rebooked for "
                "Thu 16/4 13:00")
    case.forbid("z1a", zoe.email,
                "no-show: she did not join the Thu 9 Apr call, so no meeting took place; the "
                "rebooked call on Thu 16 Apr is still ahead")

    def calendly_msg(key, when, subject, start, seq, title_word):
        text = """\
Hi Priya Raghunathan,

%s

Event Type:
Intro call (20 min)

Invitee:
Priya Raghunathan
priya.raghunathan@example.net

Event Date/Time:
1:00pm - 1:20pm, %s (Australia/Melbourne)

Location:
Zoom - https://us06web.zoom.us/j/84411902736

Host:
Zoe Marchetti

View event in Calendly

Sent from Calendly""" % (title_word, start.strftime("%A, %-d %B %Y"))
        ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, key), stamp=when, start=start,
                       end=start + dt.timedelta(minutes=20),
                       summary="Intro call (20 min) between Zoe Marchetti and Priya Raghunathan",
                       organizer=zoe, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                       location="https://us06web.zoom.us/j/84411902736",
                       description="Event Name: Intro call (20 min)", sequence=seq,
                       prodid="-//Calendly//EN")
        case.add(key, calendly, [me], when, text, subject=subject, html=html_of(text),
                 reply_to=zoe, ics=ics, ics_mode="attach", headers=AUTO)

    calendly_msg("z2a", at("2026-04-01 20:15"),
                 "Confirmed: Intro call (20 min) with Zoe Marchetti on Thursday, 9 April 2026",
                 at("2026-04-09 13:00"), 0, "A new event has been scheduled.")
    case.meeting("z2a", at("2026-04-09 13:00"), at("2026-04-09 13:20"), met=[],
                 status="noshow", what="Calendly intro call (host did not join)")
    case.thread("z2a", True, "recruiter", "Calibre Search",
                "Calendly booking for Thu 9/4 13:00-13:20; the host did not join")
    case.forbid("z2a", zoe.email,
                "the booked call of Thu 9 Apr 13:00 never happened: the host did not join (the "
                "user waited and wrote to her), so no thank-you is owed for it")
    calendly_msg("z3a", at("2026-04-09 14:41"),
                 "Confirmed: Intro call (20 min) with Zoe Marchetti on Thursday, 16 April 2026",
                 at("2026-04-16 13:00"), 0, "A new event has been scheduled.")
    case.meeting("z3a", at("2026-04-16 13:00"), at("2026-04-16 13:20"), met=[zoe.email],
                 status="scheduled", what="rebooked intro call")
    case.thread("z3a", True, "recruiter", "Calibre Search",
                "Calendly booking of the rebooked call, Thu 16/4 13:00, still ahead")

    # ---- Banksia Health: Teams interview never thanked, then a gentle rejection -----------
    tanya = P("Tanya Russo", "tanya.russo@banksiahealth.org.au",
              sig="Tanya Russo\nTalent Acquisition Advisor\nBanksia Health\n(03) 5550 7720\n"
                  "banksiahealth.org.au")
    rachel = P("Rachel Kim", "rachel.kim@banksiahealth.org.au")
    case.add("b1a", tanya, [me], "2026-03-30 15:40", """\
Dear Priya,

Thank you for your application for the Health Information & Records Lead position (Req 26-0311). We'd like to invite you to a 45-minute interview over Microsoft Teams with Rachel Kim, Manager Health Information Services.

Would Thursday 9 April at 2.00pm suit? I'll send an invitation with the Teams link once you confirm.

Kind regards,
Tanya""", subject="Interview - Health Information & Records Lead (Req 26-0311)")
    case.add("b1b", me, [tanya], "2026-03-30 18:02", """\
Dear Tanya,

Thank you. Thursday 9 April at 2.00pm suits me well.

Kind regards,
Priya""", parent="b1a")
    case.add("b1c", tanya, [me], "2026-04-09 16:30", """\
Hi Priya,

Thanks for making time for Rachel this afternoon. She's seeing two more candidates tomorrow, and we expect to have an outcome for everyone by Tuesday 14 April.

Kind regards,
Tanya""", parent="b1b")
    case.add("b1d", tanya, [me], "2026-04-13 11:05", """\
Dear Priya,

Thank you again for your interest in the Health Information & Records Lead role, and for the time you gave us last week.

Rachel enjoyed speaking with you. On this occasion, though, we have decided to offer the position to a candidate whose background is in clinical coding and health information systems, which is a closer fit for where the team is right now.

We'd be glad to keep your details on file, and we hope you'll consider Banksia Health again in the future.

Kind regards,
Tanya""", parent="b1c")
    case.add("b1e", me, [tanya], "2026-04-13 19:44", """\
Dear Tanya,

Thank you for letting me know so promptly. I'm disappointed, but I understand the reasoning, and I'd be glad to be kept in mind for future roles.

Kind regards,
Priya""", parent="b1d")
    case.promise("b1a", "b1c", tanya.email, "2026-04-14", ended_by="b1d")
    case.thread("b1a", True, "rejection", "Banksia Health",
                "recruiter set up a Teams interview with Rachel Kim for Thu 9/4 2pm; 'outcome by "
                "Tuesday 14 April'; rejection Mon 13/4; the user thanked the recruiter only")
    case.forbid("b1a", tanya.email,
                "arranged the interview and did not attend it; the rejection of Mon 13 Apr ended "
                "her 'by Tuesday 14 April' promise")

    b2_desc = ("Interview - Health Information & Records Lead (Req 26-0311)\n"
               "Interviewer: Rachel Kim, Manager Health Information Services\n\n"
               + teams_block("482 119 307 554", "Tb9yQ3"))
    b2_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "b2"), stamp=at("2026-03-31 09:30"),
                      start=at("2026-04-09 14:00"), end=at("2026-04-09 14:45"),
                      summary="Teams interview - Priya Raghunathan - Health Information & Records Lead",
                      organizer=tanya,
                      attendees=[(rachel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=b2_desc, prodid=EXCH)
    case.add("b2a", tanya, [me], "2026-03-31 09:30", b2_desc,
             subject="Teams interview - Priya Raghunathan - Health Information & Records Lead",
             cc=[rachel], ics=b2_ics, ics_mode="outlook", sig=False)
    case.meeting("b2a", at("2026-04-09 14:00"), at("2026-04-09 14:45"), met=[rachel.email],
                 what="Banksia Teams interview")
    case.thread("b2a", True, "interview", "Banksia Health",
                "Outlook/Teams invite, Thu 9/4 14:00-14:45 AEST, interviewer Rachel Kim; held, "
                "never thanked")
    case.expect("thank_you", "b2a", rachel.email,
                "Teams interview Thu 9 Apr 14:00-14:45 took place and Rachel was never thanked; "
                "the rejection of Mon 13 Apr ends callbacks, not a thank-you owed; overdue since "
                "Fri 10 Apr 14:45")

    # ---- Corella Super: interview moved earlier, panel of two never thanked ---------------
    ben = P("Ben Adeyemi", "ben.adeyemi@corellasuper.com.au",
            sig="Ben Adeyemi\nTalent Partner\nCorella Super\n(03) 5550 6610")
    olivia = P("Olivia Grant", "olivia.grant@corellasuper.com.au",
               sig="Olivia Grant\nHead of Risk & Governance | Corella Super")
    sam = P("Sam Petrakis", "sam.petrakis@corellasuper.com.au")
    case.add("s1a", ben, [me], "2026-04-02 11:15", """\
Hi Priya,

Great news: Olivia and Sam would like to meet you. I've pencilled in Thursday 16 April at 11am at our office (Level 8, 130 Lonsdale St). It'll be Olivia Grant (Head of Risk & Governance) and Sam Petrakis (Information Governance Lead), and the invite will come from Olivia's calendar.

Let me know if that doesn't work.

Ben""", subject="Corella Super - Records & Information Governance Manager - interview")
    case.add("s1b", me, [ben], "2026-04-02 12:30", """\
Hi Ben,

That's lovely news. Thursday 16 April at 11am works well.

Kind regards,
Priya""", parent="s1a")
    case.add("s1c", ben, [me], "2026-04-08 09:40", """\
Hi Priya,

A curly one, sorry: Olivia has been pulled into a board risk committee offsite on the 16th. Could we bring your interview forward to Monday 13 April at 2pm? Same place, same panel. Apologies for the shuffle!

Ben""", parent="s1b")
    case.add("s1d", me, [ben], "2026-04-08 10:02", """\
Monday works.

Priya""", parent="s1c", sig=False)
    case.add("s1e", ben, [me], "2026-04-14 09:15", """\
Hi Priya,

Olivia and Sam enjoyed meeting you yesterday. We're seeing one more candidate on Thursday and will be in touch early next week.

Ben""", parent="s1d")
    case.add("s1f", me, [ben], "2026-04-14 12:20", """\
Thanks Ben, that's good to hear. I enjoyed it too.

Priya""", parent="s1e", sig=False)
    case.promise("s1a", "s1e", ben.email, "2026-04-22")
    case.thread("s1a", True, "interview", "Corella Super",
                "coordinator's thread: Thu 16/4 11am moved earlier to Mon 13/4 2pm ('Monday "
                "works'); he did not attend; 'in touch early next week' (from Mon 20/4) still ahead")
    case.forbid("s1a", ben.email,
                "talent partner who arranged the interview and did not attend it; his 'early next "
                "week' (week of 20 Apr) is still ahead")

    s2_desc = ("Interview for Records & Information Governance Manager\n"
               "Candidate: Priya Raghunathan\n"
               "Panel: Olivia Grant, Sam Petrakis\n"
               "Please ask for Olivia at Level 8 reception.")
    room8 = ("MEL-L8-Wattle (8)", "mel-l8-wattle@corellasuper.com.au")
    s2_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "s2"), stamp=at("2026-04-02 14:00"),
                      start=at("2026-04-16 11:00"), end=at("2026-04-16 12:00"),
                      summary="Interview: Priya Raghunathan - Records & IG Manager",
                      organizer=olivia,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (sam, "ACCEPTED", "INDIVIDUAL"),
                                 (room8, "ACCEPTED", "ROOM")],
                      tzid="AUS Eastern Standard Time", location="MEL-L8-Wattle (8)",
                      description=s2_desc, prodid=EXCH)
    case.add("s2a", olivia, [me], "2026-04-02 14:00", s2_desc,
             subject="Interview: Priya Raghunathan - Records & IG Manager", cc=[sam],
             ics=s2_ics, ics_mode="outlook", sig=False)
    s2_desc2 = ("The meeting has been moved to Monday 13 April, 2:00pm-3:00pm.\n\n" + s2_desc)
    s2_ics2 = make_ics(method="REQUEST", uid=uid_outlook(NAME, "s2"), stamp=at("2026-04-08 10:30"),
                       start=at("2026-04-13 14:00"), end=at("2026-04-13 15:00"),
                       summary="Interview: Priya Raghunathan - Records & IG Manager",
                       organizer=olivia,
                       attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (sam, "ACCEPTED", "INDIVIDUAL"),
                                  (room8, "ACCEPTED", "ROOM")],
                       tzid="AUS Eastern Standard Time", location="MEL-L8-Wattle (8)",
                       description=s2_desc2, sequence=1, prodid=EXCH)
    case.add("s2b", olivia, [me], "2026-04-08 10:30", s2_desc2,
             subject="Interview: Priya Raghunathan - Records & IG Manager", parent="s2a",
             cc=[sam], ics=s2_ics2, ics_mode="outlook", sig=False, quote=False)
    case.meeting("s2a", at("2026-04-16 11:00"), at("2026-04-16 12:00"),
                 met=[olivia.email, sam.email], status="moved", what="original Corella slot")
    case.meeting("s2a", at("2026-04-13 14:00"), at("2026-04-13 15:00"),
                 met=[olivia.email, sam.email], what="Corella panel interview (moved earlier)")
    case.thread("s2a", True, "interview", "Corella Super",
                "Outlook invite from the hiring manager, Thu 16/4 11:00, updated (SEQUENCE 1) to "
                "Mon 13/4 14:00-15:00; held; neither panellist thanked")
    case.expect("thank_you", "s2a", olivia.email,
                "interview moved earlier to Mon 13 Apr 14:00-15:00 and held; no note to Olivia; "
                "overdue since Tue 14 Apr 15:00")
    case.expect("thank_you", "s2a", sam.email,
                "second panellist of the Mon 13 Apr interview; the user's only later mail went to "
                "the coordinator; overdue since Tue 14 Apr 15:00")

    # ---- Trentham Insurance: 'Fiona says good things', a half-hour call on Monday ---------
    chris = P("Chris Lavender", "chris.lavender@trentham.com.au",
              sig="Chris Lavender\nInformation Governance Manager\nTrentham Insurance\n"
                  "M 0491 571 491")
    case.add("t1a", chris, [me], "2026-04-09 17:45", """\
Hi Priya,

Fiona Pryce and I were on a RIMPA working group together, and when I told her we're about to kick off an EDRMS replacement she said, and I quote, "you need to talk to Priya Raghunathan". So here I am!

No role attached (yet). I'm just keen to hear how you got academics to actually use a records system. Could we talk on Monday? I've got a half-hour window at 10am and can ring you if you send me your number.

Chris""", subject="Fiona Pryce says good things about you")
    case.add("t1b", me, [chris], "2026-04-09 20:30", """\
Hi Chris,

Thanks so much for getting in touch, and thanks to Fiona for the kind words! Monday at 10 suits me. I'm on 0491 570 156.

Talk then,
Priya""", parent="t1a", sig=False)
    case.meeting("t1a", at("2026-04-13 10:00"), at("2026-04-13 10:30"), met=[chris.email],
                 what="networking call with Chris")
    case.thread("t1a", True, "networking", "Trentham Insurance",
                "a contact of a contact asks to talk on Monday; half-hour call Mon 13/4 10:00; the "
                "only thanks came before the call")
    case.expect("thank_you", "t1a", chris.email,
                "half-hour call Mon 13 Apr 10:00-10:30 took place; the only thanks was sent on "
                "9 Apr, before it; overdue since Tue 14 Apr 10:30")

    # ---- Cobram Partners: interview cancelled (role on hold) ------------------------------
    nikhil = P("Nikhil Sharma", "nikhil.sharma@cobrampartners.com",
               sig="Nikhil Sharma | People & Culture Business Partner\nCobram Partners\n"
                   "Level 5, 90 Queen Street, Melbourne VIC 3000\nT 03 5550 9034")
    liz = P("Liz Hartnett", "liz.hartnett@cobrampartners.com")
    p1_desc = ("Interview: Knowledge & Records Coordinator\n"
               "With Liz Hartnett, Head of Knowledge\n"
               "Cobram Partners, Level 5, 90 Queen Street. Please report to reception.")
    p1_uid = uid_outlook(NAME, "p1")
    p1_ics = make_ics(method="REQUEST", uid=p1_uid, stamp=at("2026-04-02 16:00"),
                      start=at("2026-04-14 10:00"), end=at("2026-04-14 11:00"),
                      summary="Cobram Partners - Knowledge & Records Coordinator - interview",
                      organizer=nikhil,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (liz, "ACCEPTED", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Cobram Partners, Level 5, 90 Queen St",
                      description=p1_desc, prodid=EXCH)
    case.add("p1a", nikhil, [me], "2026-04-02 16:00", p1_desc,
             subject="Cobram Partners - Knowledge & Records Coordinator - interview",
             ics=p1_ics, ics_mode="outlook", sig=False)
    case.meeting("p1a", at("2026-04-14 10:00"), at("2026-04-14 11:00"), met=[liz.email],
                 status="cancelled", what="Cobram interview (cancelled)")
    case.thread("p1a", True, "interview", "Cobram Partners",
                "Outlook invite for Tue 14/4 10:00 with Liz Hartnett; cancelled on Fri 10/4")
    case.forbid("p1a", liz.email, "interview on Tue 14 Apr was cancelled on Fri 10 Apr (role on "
                "hold); it never took place")

    p2_text = """\
Hi Priya,

I'm sorry to let you know that we've put the Knowledge & Records Coordinator role on hold following a restructure of our Melbourne office, so I've had to cancel Tuesday's interview with Liz. I know that's disappointing, and I'm sorry for the short notice.

We'll be in touch if and when the role reopens.

Nikhil"""
    p2_ics = make_ics(method="CANCEL", uid=p1_uid, stamp=at("2026-04-10 12:10"),
                      start=at("2026-04-14 10:00"), end=at("2026-04-14 11:00"),
                      summary="Canceled: Cobram Partners - Knowledge & Records Coordinator - interview",
                      organizer=nikhil,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (liz, "ACCEPTED", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Cobram Partners, Level 5, 90 Queen St",
                      description=p2_text, sequence=1, status="CANCELLED", prodid=EXCH)
    case.add("p2a", nikhil, [me], "2026-04-10 12:10", p2_text,
             subject="Canceled: Cobram Partners - Knowledge & Records Coordinator - interview",
             cc=[liz], ics=p2_ics, ics_mode="outlook", headers={"Importance": "high"})
    case.add("p2b", me, [nikhil], "2026-04-10 13:35", """\
Hi Nikhil,

Thanks for letting me know, and I'm sorry to hear about the restructure. I'd be very glad to hear from you if the role comes back.

Kind regards,
Priya""", parent="p2a")
    case.thread("p2a", True, "interview", "Cobram Partners",
                "ICS CANCEL with a note: role on hold; no date for any news")

    # ======================================================================================
    # NOT JOB SEARCH
    # ======================================================================================

    # ---- University (forwarded from her work address) ------------------------------------
    hannah = P("Hannah Bui", "h.bui@princeshill.edu.au",
               sig="Hannah Bui\nManager, Client Services (Parkville)\nPrinces Hill University Library\n"
                   "T 03 5550 6048")
    rhys = P("Rhys Evans", "r.evans@princeshill.edu.au")
    libnews = P("PHU Library Staff News", "library-staffnews@princeshill.edu.au", style="auto")
    itsvc = P("PHU IT Services", "it-notices@princeshill.edu.au", style="auto")
    mia = P("Mia Castellano", "mia.castellano93@gmail.com", style="gmail")

    case.add("u1a", hannah, [uni_me, rhys], "2026-03-31 10:10", """\
Hi Priya and Rhys,

Shortlisting for the Library Technician (HEW 4) vacancy is now open in PageUp. We had 41 applications; I've done a first pass against the essential criteria and there are 12 in contention.

Could you please score those 12 by COB Thursday 2/4? I'd like to send interview invitations before Easter. I've booked the Dewey Room for Tuesday 14/4 from 1pm for interviews.

Thanks both,
Hannah""", subject="Library Technician (HEW 4) - shortlisting", headers=FWD)
    case.add("u1b", me, [hannah], "2026-04-02 15:40", """\
Hi Hannah,

Sending from my personal email as the VPN is being temperamental again. My scores are in PageUp now. My top five are Castellano, Ferris, Luong, Okafor and Tran; Castellano and Luong both have Alma experience, which will save us a lot of training.

Happy to go with six if you and Rhys have a different sixth.

Priya""", parent="u1a", sig=False)
    case.add("u1c", hannah, [me], "2026-04-02 16:25", """\
Great, thanks Priya. Rhys's top five matches yours, so we'll interview those five plus Sandhu. Invitations go out tomorrow.

H""", parent="u1b")
    case.thread("u1a", False, None, "Princes Hill University",
                "the user is on the selection panel for a Library Technician at her current job")

    u2_desc = ("Library Technician (HEW 4) interviews\n\n"
               "13.00 M. Castellano\n13.40 J. Ferris\n14.20 T. Luong\n15.00 (break)\n"
               "15.15 A. Okafor\n15.55 S. Tran\n\nPanel: Hannah Bui (chair), Priya Raghunathan, "
               "Rhys Evans. Sandhu withdrew.")
    u2_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "u2"), stamp=at("2026-04-03 09:15"),
                      start=at("2026-04-14 13:00"), end=at("2026-04-14 16:35"),
                      summary="Interviews - Library Technician (HEW 4) - Panel",
                      organizer=hannah,
                      attendees=[(uni_me, "NEEDS-ACTION", "INDIVIDUAL"), (rhys, "ACCEPTED", "INDIVIDUAL"),
                                 (("Baillieu Dewey Room", "rm-baillieu-dewey@princeshill.edu.au"),
                                  "ACCEPTED", "ROOM")],
                      tzid="AUS Eastern Standard Time", location="Dewey Room, Level 2, Baillieu",
                      description=u2_desc, prodid=EXCH)
    case.add("u2a", hannah, [uni_me, rhys], "2026-04-03 09:15", u2_desc,
             subject="Interviews - Library Technician (HEW 4) - Panel", ics=u2_ics,
             ics_mode="outlook", sig=False, headers=FWD)
    case.meeting("u2a", at("2026-04-14 13:00"), at("2026-04-14 16:35"),
                 met=[hannah.email, rhys.email, mia.email], job=False,
                 what="Library Technician interviews, user on the panel")
    case.thread("u2a", False, None, "Princes Hill University",
                "panel interviews she sits on at her current job, Tue 14/4 13:00-16:35")

    case.add("u3a", mia, [hannah], "2026-04-14 17:52", """\
Dear Hannah,

Thank you for the opportunity to interview for the Library Technician position this afternoon. I really enjoyed meeting the panel and hearing about the move to the new collection storage facility.

Please pass on my thanks to Priya and Rhys as well.

Kind regards,
Mia Castellano
0491 576 398""", subject="Thank you - Library Technician interview", cc=[uni_me, rhys],
             sig=False, headers=FWD)
    case.thread("u3a", False, None, "Princes Hill University",
                "a candidate thanks the panel the user sat on")
    case.forbid("u3a", mia.email,
                "a candidate for a job at the user's current workplace, where she sat on the "
                "panel; nothing is owed to her")

    libnews_text = """\
PHU Library Staff News - Week 7, Semester 1

In this issue
- Welcome to our new Associate Director, Collections
- Alma upgrade: what changes for circulation staff on 11 April
- Research Week 2026: call for library pop-up volunteers
- Reminder: the Staff Wellbeing Day is Friday 1 May
- Vacancies: Library Technician (HEW 4), Parkville - internal applicants welcome

Research Week pop-ups
Research Week runs 4-8 May. We're looking for liaison librarians to run 20-minute "ask us about data management" pop-ups in the faculty hubs. Put your name down on the staff intranet.

You are receiving this because you are a member of the Library staff list."""
    case.add("u4a", libnews, [uni_me], "2026-03-27 08:00", libnews_text,
             subject="Library Staff News - Week 7",
             html=html_of(libnews_text),
             headers=dict(bulk_headers("<staffnews.princeshill.edu.au>",
                                       "https://lists.princeshill.edu.au/unsubscribe"), **FWD))
    case.thread("u4a", False, None, "Princes Hill University", "staff newsletter")

    it_text = """\
Scheduled outage: Library management system (Alma and Primo)

When: Saturday 11 April 2026, 7.00am - 1.00pm AEST
Impact: Alma staff interface and Primo search will be unavailable. Self-checkout machines will operate offline.

No action is needed. If you have questions, contact the IT Service Desk on ext. 4357.

PHU IT Services"""
    case.add("u5a", itsvc, [uni_me], "2026-04-07 16:00", it_text,
             subject="Scheduled outage: Alma/Primo - Sat 11 April", html=html_of(it_text),
             html_only=True, headers=dict(AUTO, **FWD))
    case.thread("u5a", False, None, "Princes Hill University", "IT outage notice")

    u6_desc = "Semester 1 liaison review: numbers, Research Week, and the Law faculty pilot."
    u6_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "u6"), stamp=at("2026-04-08 11:30"),
                      start=at("2026-04-16 10:00"), end=at("2026-04-16 11:00"),
                      summary="Liaison team - Semester 1 review", organizer=margaret,
                      attendees=[(uni_me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (hannah, "ACCEPTED", "INDIVIDUAL")],
                      tzid="AUS Eastern Standard Time", location="Margaret's office (B2.14)",
                      description=u6_desc, prodid=EXCH)
    case.add("u6a", margaret, [uni_me, hannah], "2026-04-08 11:30", u6_desc,
             subject="Liaison team - Semester 1 review", ics=u6_ics, ics_mode="outlook",
             sig=False, headers=FWD)
    case.meeting("u6a", at("2026-04-16 10:00"), at("2026-04-16 11:00"),
                 met=[margaret.email, hannah.email], status="scheduled", job=False,
                 what="team review at her current job")
    case.thread("u6a", False, None, "Princes Hill University",
                "meeting at her current job, Thu 16/4, ahead")

    # ---- Seek job alerts --------------------------------------------------------------
    seek = P("SEEK", "noreply@s.seek.com.au", tz="UTC", style="auto", auto=True)

    def seek_alert(key, when, n, jobs):
        lines = ["Hi Priya,", "",
                 "%d new jobs for \"records manager OR knowledge manager\" in All Melbourne VIC"
                 % n, ""]
        for title, co, where, extra, ago in jobs:
            lines += [title, "%s - %s" % (co, where), extra, "Listed %s" % ago, ""]
        lines += ["View all jobs", "",
                  "You're receiving this email because you created a job alert on SEEK. "
                  "Manage your alerts or unsubscribe at any time.",
                  "SEEK Limited, 60 Cremorne Street, Cremorne VIC 3121"]
        text = "\n".join(lines)
        case.add(key, seek, [me], when, text,
                 subject="%d new jobs for records manager OR knowledge manager" % n,
                 html=html_of(text), headers=dict(bulk_headers(
                     "<jobmail.seek.com.au>", "https://www.seek.com.au/alerts/unsubscribe"), **AUTO))
        case.thread(key, False, None, "SEEK", "job-board alert")

    seek_alert("sk1", at("2026-03-10 07:05"), 5, [
        ("Records Manager", "Westgate Constructions", "Docklands VIC",
         "Contract / temp. Document control experience in a construction setting highly regarded.",
         "2d ago"),
        ("Senior Information Management Officer (VPS 5)", "Victorian Building Standards Authority",
         "Melbourne VIC", "Full time. Applications close Sunday 22 March.", "6d ago"),
        ("Knowledge Management Lead", "Stratton Bligh Lawyers", "Melbourne VIC",
         "Full time. Lead our know-how program and precedent library.", "1d ago")])
    seek_alert("sk2", at("2026-03-24 07:05"), 4, [
        ("Knowledge Manager", "Ellison Crane", "Melbourne VIC",
         "Full time. Join a collaborative Knowledge & Research team.", "3d ago"),
        ("Records & Information Manager", "Coolgardie Resources", "Melbourne VIC",
         "Full time. Hybrid, with travel to Perth and sites.", "5d ago"),
        ("Senior Records Officer", "Moorabool Water", "Ballarat VIC",
         "Full time. $98,000 - $108,000 + super.", "1d ago")])
    seek_alert("sk3", at("2026-04-13 07:05"), 6, [
        ("Document Controller", "Eastlink Rail Partners", "Clayton VIC",
         "Contract. Immediate start, 6 months with likely extension.", "1d ago"),
        ("Information Governance Analyst", "Port Phillip Mutual", "Melbourne VIC",
         "Full time. Interviews will be held as applications are received.", "4d ago"),
        ("Knowledge Officer", "Harrow & Kent Consulting", "Melbourne VIC",
         "Part time (0.6 FTE). Ideal for an experienced librarian.", "2d ago")])

    # ---- Professional associations ---------------------------------------------------------
    alia = P("ALIA", "news@alia.org.au", style="auto")
    rimpa = P("RIMPA Global", "events@rimpa.com.au", style="auto")
    alia1 = """\
ALIA Weekly | 11 March 2026

- Library and information week: registrations now open
- New: Records and information management short course for library professionals (online, 6 weeks)
- Member profile: from liaison librarian to knowledge manager in a law firm
- Advocacy update: library funding in the Victorian budget
- Jobs board: 14 new positions this week

Vic Branch: Twilight networking at the State Library, Thursday 26 March, 5.30-7.30pm. Free for members.

You are receiving ALIA Weekly as a member of the Australian Library and Information Association."""
    case.add("al1", alia, [me], "2026-03-11 12:00", alia1, subject="ALIA Weekly | 11 March 2026",
             html=html_of(alia1), headers=bulk_headers("<weekly.alia.org.au>",
                                                       "https://www.alia.org.au/unsubscribe"))
    case.thread("al1", False, None, "ALIA", "professional association newsletter")
    alia2 = """\
ALIA Weekly | 8 April 2026

- Mentoring program 2026: applications close 30 April
- Webinar: Making the case for information governance, Wednesday 22 April, 12.30pm AEST
- Award nominations open for the Victorian Library Technician of the Year
- Jobs board: 11 new positions, including two knowledge management roles in Melbourne

You are receiving ALIA Weekly as a member of the Australian Library and Information Association."""
    case.add("al2", alia, [me], "2026-04-08 12:00", alia2, subject="ALIA Weekly | 8 April 2026",
             html=html_of(alia2), headers=bulk_headers("<weekly.alia.org.au>",
                                                       "https://www.alia.org.au/unsubscribe"))
    case.thread("al2", False, None, "ALIA", "professional association newsletter")
    rim = """\
inForum 2026 | Adelaide | 7-9 September

Early-bird registration closes Friday 17 April. Members save $250.

This year's streams: AI and the record; disposal at scale; records in the cloud; and a new career-changers' track for people moving into RIM from libraries, archives and IT.

Register now | View the program | Become a member"""
    case.add("rm1", rimpa, [me], "2026-04-02 10:00", rim,
             subject="Early bird ends soon: inForum 2026, Adelaide",
             html=html_of(rim), html_only=True,
             headers=bulk_headers("<events.rimpa.com.au>", "https://www.rimpa.com.au/unsubscribe"))
    case.thread("rm1", False, None, "RIMPA Global", "conference marketing")

    # ---- School -------------------------------------------------------------------------
    school = P("Merri Creek Primary School", "newsletter@merricreekps.vic.edu.au", style="auto")
    compass = P("Compass", "no-reply@merricreekps.compass.education", tz=MEL, style="auto", auto=True)
    ellery = P("Kate Ellery", "kate.ellery@education.vic.gov.au",
               sig="Kate Ellery\nGrade 5E teacher | Merri Creek Primary School")

    def newsletter(key, when, week, items):
        text = ("Merri Creek Primary School Newsletter\nTerm 1, Week %d\n\n" % week
                + "\n\n".join(items)
                + "\n\nMerri Creek Primary School acknowledges the Wurundjeri Woi-wurrung people "
                  "as the Traditional Owners of the land on which we learn.")
        case.add(key, school, [me], when, text,
                 subject="Merri Creek PS Newsletter - Term 1, Week %d" % week,
                 html=html_of(text), headers=bulk_headers(
                     "<newsletter.merricreekps.vic.edu.au>",
                     "https://merricreekps.vic.edu.au/newsletter/unsubscribe"))
        case.thread(key, False, None, "Merri Creek Primary School", "school newsletter")

    newsletter("sc1", at("2026-03-05 15:30"), 6, [
        "From the Principal\nWhat a start to the year! Thank you to the families who came to the "
        "welcome picnic, and to the Parents' Club for the sausage sizzle.",
        "Swimming program\nGrades 2-4 begin swimming lessons at the Fitzroy pool on Monday 16 "
        "March. Please pack bathers, a towel and goggles in a named bag.",
        "Lost property\nThe lost property tub is overflowing. Unclaimed items will be donated at "
        "the end of term."])
    newsletter("sc2", at("2026-03-19 15:30"), 8, [
        "Parent-teacher interviews\nInterviews are on Wednesday 25 March from 3.30pm. Bookings "
        "are open on Compass until Monday.",
        "Grade 5 camp\nCamp Toolangi is 20-22 April. Medical forms are due back by the end of "
        "term.",
        "Harmony Day\nStudents are welcome to wear orange on Friday."])
    newsletter("sc3", at("2026-04-02 13:00"), 10, [
        "End of term\nTerm 1 finishes today at 2.30pm. Term 2 begins on Monday 20 April. Happy "
        "Easter to all our families!",
        "Athletics carnival\nResults will be published in the first newsletter of Term 2.",
        "Uniform shop\nOpen on the first Monday of Term 2, 8.30-9.30am."])

    pt_text = """\
Your Parent Teacher Interview bookings are confirmed.

Wednesday 25 March 2026
  4.10pm - 4.20pm  Ms Kate Ellery (5E) - Anika Pillai - Room 12
  4.30pm - 4.40pm  Mr Tom Dwyer (2B) - Rohan Pillai - Room 4

To change a booking, log in to Compass before Monday 23 March.

This is an automated message from Compass School Manager."""
    case.add("sc4", compass, [me], "2026-03-17 20:31", pt_text,
             subject="Parent Teacher Interviews - booking confirmation", html=html_of(pt_text),
             html_only=True, headers=AUTO)
    case.meeting("sc4", at("2026-03-25 16:10"), at("2026-03-25 16:20"), job=False,
                 what="parent-teacher interview, Anika")
    case.meeting("sc4", at("2026-03-25 16:30"), at("2026-03-25 16:40"), job=False,
                 what="parent-teacher interview, Rohan")
    case.thread("sc4", False, None, "Merri Creek Primary School",
                "parent-teacher interview bookings, Wed 25/3")

    case.add("sc5a", ellery, [me], "2026-03-30 15:55", """\
Hi Priya,

Just a quick one: Anika mentioned she has a new puffer since her asthma review. Could you please update her medical form for camp and send it back with her before the end of term? The camp nurse needs the new dosage.

Thanks so much,
Kate""", subject="Anika - camp medical form")
    case.add("sc5b", me, [ellery], "2026-03-30 21:14", """\
Hi Kate,

Thanks for the reminder. I've updated the form with the new dosage and it's in her bag for tomorrow, along with a spare puffer for the camp nurse.

Cheers,
Priya""", parent="sc5a", sig=False)
    case.thread("sc5a", False, None, "Merri Creek Primary School", "teacher about a camp form")

    # ---- Footy club -------------------------------------------------------------------
    club = P("North Carlton Junior Football Club", "secretary@ncjfc.org.au", style="auto")
    dave = P("Dave Kowalski", "dave.kowalski77@gmail.com", style="gmail")
    club1 = """\
NCJFC | 2026 season registrations

Registrations for the 2026 season close on Friday 20 March. Late registrations cannot be guaranteed a place in a team.

Uniform pick-up: Saturday 28 March, 9-11am, at the Ramsay Oval clubrooms.

Go the Blues!
NCJFC Committee"""
    case.add("fc1", club, [me], "2026-03-04 19:00", club1,
             subject="Registrations close 20 March - NCJFC 2026", html=html_of(club1),
             headers=bulk_headers("<members.ncjfc.org.au>", "https://ncjfc.org.au/unsubscribe"))
    case.thread("fc1", False, None, "North Carlton Junior Football Club", "club mail-out")
    case.add("fc2a", dave, [me], "2026-04-08 20:15", """\
Hi U11 Girls families,

Hope you're all enjoying the hols. Training starts back Tuesday 14/4 and Thursday 16/4, 5-6pm at Ramsay Oval. Round 1 is Sunday 19/4 against Brunswick Zebras, 9am at home, so please be there by 8.30 in full uniform.

Canteen roster is on the spreadsheet (link below); every family needs to take two shifts over the season. First in, best dressed.

https://docs.google.com/spreadsheets/d/1ncjfc-u11g-canteen

Cheers,
Dave (Team Manager)
0491 577 426""", subject="U11 Girls - training, Round 1 and canteen roster", sig=False)
    case.add("fc2b", me, [dave], "2026-04-08 21:40", """\
Hi Dave,

Put us down for canteen on 26/4 and the King's Birthday round, please. The spreadsheet won't let me edit on my phone. Anika's very excited.

Priya""", parent="fc2a", sig=False)
    case.add("fc2c", dave, [me], "2026-04-09 07:22", """\
Done, cheers Priya!

Sent from my iPhone""", parent="fc2b", sig=False)
    case.meeting("fc2a", at("2026-04-19 09:00"), status="scheduled", job=False,
                 what="Round 1 match")
    case.thread("fc2a", False, None, "North Carlton Junior Football Club",
                "team manager: training and Round 1 Sun 19/4")
    club3 = """\
NCJFC Trivia Night | Friday 24 April, 7pm | Ramsay Oval clubrooms

Tables of 8, $25 a head. BYO nibbles; the bar will be open. All money raised goes towards new goal padding and the girls' teams' travel.

Book a table: reply to this email or see Sharon at training.

NCJFC Committee"""
    case.add("fc3", club, [me], "2026-04-11 10:30", club3, subject="Trivia night! Fri 24 April",
             html=html_of(club3),
             headers=bulk_headers("<members.ncjfc.org.au>", "https://ncjfc.org.au/unsubscribe"))
    case.meeting("fc3", at("2026-04-24 19:00"), status="scheduled", job=False, what="trivia night")
    case.thread("fc3", False, None, "North Carlton Junior Football Club", "fundraiser notice")

    # ---- Strata -------------------------------------------------------------------------
    leanne = P("Leanne Fairweather", "leanne@ironbarkstrata.com.au",
               sig="Leanne Fairweather\nStrata Manager\nIronbark Strata Management\n"
                   "P (03) 5550 3320 | ironbarkstrata.com.au\nOffice hours 9am-5pm Mon-Fri")
    case.add("st1a", me, [leanne], "2026-03-18 08:10", """\
Hi Leanne,

Water came through the ceiling of our second bedroom again during last night's storm, in the same spot as in January. It's a brown patch about the size of a dinner plate and the plaster is starting to bubble.

Could you please get the roof plumber back out? Happy to give access any weekday after 3.30pm.

Priya Raghunathan
Unit 4, 27 Fenwick Street""", subject="OC 48213 - Unit 4 water ingress (again)", sig=False)
    case.add("st1b", leanne, [me], "2026-03-19 11:42", """\
Hi Priya,

Sorry to hear that. I've logged it as a priority and asked Brunswick Roofing & Plumbing to contact you directly to arrange access.

Regards,
Leanne""", parent="st1a")
    case.add("st1c", leanne, [me], "2026-04-02 14:05", """\
Hi Priya,

The plumber has inspected and thinks the box gutter above Units 3 and 4 needs replacing rather than patching. As it's a common property repair over $5,000, the committee will need two quotes. I'll have both quotes to you and the committee by Friday 10/4.

Regards,
Leanne""", parent="st1b")
    case.add("st1d", me, [leanne], "2026-04-14 08:45", """\
Hi Leanne,

Just following up on the box gutter quotes. There's more rain forecast this week and the patch has grown. Is there any update?

Priya""", parent="st1c", sig=False)
    case.promise("st1a", "st1c", leanne.email, "2026-04-10", job=False)
    case.thread("st1a", False, None, "Ironbark Strata Management",
                "strata manager about a roof leak; 'both quotes by Friday 10/4', not job search")
    case.forbid("st1a", leanne.email,
                "strata manager, not job search: her 'quotes by Friday 10/4' is a household "
                "matter and the user has already chased it")
    agm = """\
NOTICE OF ANNUAL GENERAL MEETING
Owners Corporation PS 48213 - 27 Fenwick Street, North Carlton

Date: Wednesday 29 April 2026
Time: 7.00pm
Place: Online via Zoom (link to follow) and at Ironbark Strata, 210 Nicholson Street, Carlton

Agenda, proxy form and financial statements are attached to the owners' portal. Proxies must be lodged 24 hours before the meeting.

Ironbark Strata Management"""
    strata_bulk = P("Ironbark Strata Management", "notices@ironbarkstrata.com.au", style="auto")
    case.add("st2a", strata_bulk, [me], "2026-04-07 09:00", agm,
             subject="Notice of AGM - OC PS 48213 - Wed 29 April", html=html_of(agm),
             headers=AUTO)
    case.meeting("st2a", at("2026-04-29 19:00"), status="scheduled", job=False, what="strata AGM")
    case.thread("st2a", False, None, "Ironbark Strata Management", "AGM notice")

    # ---- Health -------------------------------------------------------------------------
    medicare = P("Services Australia", "noreply@notifications.servicesaustralia.gov.au",
                 style="auto", auto=True)
    fund = P("Wattleseed Health", "members@wattleseedhealth.com.au", style="auto")
    dentist = P("Lygon Family Dental", "reception@lygonfamilydental.com.au", style="auto")
    med = """\
Medicare

Your claim has been processed.

Patient: Rohan Pillai
Service date: 12 March 2026
Provider: Dr S. Mukherjee, North Carlton Medical
Benefit paid: $42.85 to account ending 6612

Log in to myGov to view your claims history.

This is an automated message. Please do not reply."""
    case.add("md1", medicare, [me], "2026-03-13 18:22", med, subject="Your Medicare claim",
             html=html_of(med), html_only=True, headers=AUTO)
    case.thread("md1", False, None, "Services Australia", "Medicare claim notice")
    fund1 = """\
Dear Priya,

Each year we review our premiums to make sure we can keep paying for the care our members need. From 1 April 2026, the premium for your Family Gold Hospital + Top Extras cover will increase by 3.9%, from $612.40 to $636.28 a month.

If you pay by direct debit, the new amount will be taken automatically. You don't need to do anything.

Wattleseed Health"""
    case.add("hf1", fund, [me], "2026-03-02 09:00", fund1,
             subject="Important: your premium is changing from 1 April", html=html_of(fund1),
             headers=bulk_headers("<members.wattleseedhealth.com.au>",
                                  "https://wattleseedhealth.com.au/preferences"))
    case.thread("hf1", False, None, "Wattleseed Health", "private health premium notice")
    fund2 = """\
Hi Priya,

Your extras claim has been paid.

Member: Priya Raghunathan
Service: Dental - periodic exam, scale and clean (Lygon Family Dental)
Date of service: 10 April 2026
Benefit: $156.00

Wattleseed Health"""
    case.add("hf2", fund, [me], "2026-04-10 12:40", fund2, subject="Your extras claim has been paid",
             html=html_of(fund2), html_only=True, headers=AUTO)
    case.thread("hf2", False, None, "Wattleseed Health", "extras claim paid")

    dent_ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "dent"), stamp=at("2026-03-20 11:00"),
                        start=at("2026-04-10 08:40"), end=at("2026-04-10 09:20"),
                        summary="Dental appointment - Dr Anand Iyer",
                        organizer=dentist, tzid="Australia/Melbourne",
                        location="Lygon Family Dental, 401 Lygon Street, Brunswick East",
                        description="Periodic exam and clean. Please arrive 5 minutes early.",
                        prodid="-//Lygon Family Dental//Appointments//EN")
    dent_text = """\
Hi Priya,

This confirms your appointment with Dr Anand Iyer on Friday 10/4 at 8.40am (40 min).

If you need to change it, please call us on (03) 5550 4471 at least 24 hours beforehand.

Lygon Family Dental"""
    case.add("dn1", dentist, [me], "2026-03-20 11:00", dent_text,
             subject="Appointment confirmation - Fri 10 April, 8.40am", ics=dent_ics,
             ics_mode="publish", headers=AUTO)
    case.meeting("dn1", at("2026-04-10 08:40"), at("2026-04-10 09:20"), met=[dentist.email],
                 job=False, what="dentist")
    case.thread("dn1", False, None, "Lygon Family Dental", "dentist's appointment with ICS")

    # ---- Book club (Google Calendar invite) -------------------------------------------
    mel = P("Mel Harrow", "melharrow@gmail.com", style="gmail")
    sunita = P("Sunita Rao", "sunita.rao.home@gmail.com", style="gmail")
    jo = P("Jo Bennett", "jobennett.writes@gmail.com", style="gmail")
    case.add("bk1a", mel, [me, sunita, jo], "2026-03-29 16:40", """\
Hi lovely book people,

April is at mine: Tuesday 21/4, 7.30. We're doing Trust by Hernan Diaz (Jo's pick, blame her if it's hard going).

I'll do a big pot of dal if someone can bring dessert?

Mel xx""", subject="April book club - Trust")
    case.add("bk1b", sunita, [me, mel, jo], "2026-03-29 18:05", """\
I'll bring a lemon tart! Halfway through the book and honestly no idea where it's going.

S""", parent="bk1a")
    case.add("bk1c", me, [mel, sunita, jo], "2026-03-29 20:48", """\
Count me in. I'll bring the cheese and some crackers. I have the audiobook on for the school run, so I might even finish it this month!

P xx""", parent="bk1b", sig=False)
    case.add("bk1d", jo, [me, mel, sunita], "2026-03-30 07:55", """\
Trust me (ha), the last section makes it all worth it.

Jo""", parent="bk1c")
    case.thread("bk1a", False, None, None, "book club among friends")
    bk_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "bk2"), stamp=at("2026-03-30 09:10"),
                      start=at("2026-04-21 19:30"), end=at("2026-04-21 22:00"),
                      summary="Book club - Trust", organizer=mel,
                      attendees=[(mel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (sunita, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (jo, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Australia/Melbourne", location="Mel's, 14 Amess St, North Carlton",
                      description="Dal at mine. Dessert: Sunita. Cheese: Priya.")
    mel_cal = P("Mel Harrow", "melharrow@gmail.com", style="gcal")
    case.add("bk2a", mel_cal, [me, sunita, jo], "2026-03-30 09:10", """\
Mel Harrow has invited you to an event

Book club - Trust
When: Tuesday 21 Apr 2026 7:30pm - 10pm (Australian Eastern Standard Time - Melbourne)
Where: Mel's, 14 Amess St, North Carlton

Dal at mine. Dessert: Sunita. Cheese: Priya.

Reply for priya.raghunathan@example.net: Yes / No / Maybe

Invitation from Google Calendar""",
             subject="Invitation: Book club - Trust @ Tue 21 Apr 2026 7:30pm - 10pm (AEST) "
                     "(priya.raghunathan@example.net)", ics=bk_ics, ics_mode="google", headers=GCAL)
    case.meeting("bk2a", at("2026-04-21 19:30"), at("2026-04-21 22:00"), status="scheduled",
                 job=False, what="book club")
    case.thread("bk2a", False, None, None, "Google Calendar invite for book club")

    # ---- Family and friends ----------------------------------------------------------
    amma = P("Lakshmi Raghunathan", "lakshmi.r1952@gmail.com", tz="Asia/Kolkata", style="gmail")
    dev = P("Dev Pillai", "dev.pillai.au@gmail.com", style="gmail")
    leonie = P("Leonie Marsh", "leonie.marsh@outlook.com.au", style="outlook")
    case.add("fa1a", amma, [me], at("2026-03-22 07:30", amma), """\
அன்புள்ள பிரியா,

எப்படி இருக்கிறாய்? அனிகாவும் ரோஹனும் எப்படி இருக்கிறார்கள்? அப்பாவுக்கு கால் வலி இப்போது கொஞ்சம் பரவாயில்லை. டாக்டர் சொன்னபடி தினமும் காலையில் நடக்கிறார்.

நீ வேலை மாறப்போவதாக தேவ் சொன்னான். நல்லது, ஆனால் அதிகம் கவலைப்படாதே. எல்லாம் நன்றாக நடக்கும்.

Send me photos of Rohan's new teeth, kanna. Appa wants to see.

அன்புடன்,
அம்மா""", subject="நலமா?")
    case.add("fa1b", me, [amma], "2026-03-22 21:05", """\
Amma, so glad Appa is walking again! Tell him not to overdo it.

Kids are fine. Rohan lost another tooth at swimming and was very upset that the tooth fairy might not find it in the pool. Photos attached.

Yes, I'm looking around, nothing certain yet. Will call on the weekend.

அன்புடன்,
Priya""", parent="fa1a", sig=False,
             attachments=[("IMG_4471.jpg", "image/jpeg",
                           bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9"))])
    case.thread("fa1a", False, None, None, "her mother, partly in Tamil")

    case.add("fa2a", dev, [me], "2026-03-31 12:30", """\
Hols plan: Mum can take the kids Tue-Thu of the first week (7-9/4). I've got the Canberra trip 13-15/4, so the second week's mostly you, sorry. Can you ask about holiday program at the rec centre for the Tues/Weds?

Also Rohan needs new runners. His big toe is through the old ones.

D""", subject="school hols")
    case.add("fa2b", me, [dev], "2026-03-31 13:10", """\
Booked him into the rec centre program for 14 & 15/4 (the Lego one). Anika wants to stay home and "read", which means YouTube, so she can come to work with me on the Thursday.

Runners: Saturday, Northland?

P""", parent="fa2a", sig=False)
    case.add("fa2c", dev, [me], "2026-03-31 13:26", """\
Legend. Sat arvo works

Sent from my iPhone""", parent="fa2b", sig=False)
    case.thread("fa2a", False, None, None, "her husband about the school holidays")

    case.add("fr1a", leonie, [me], "2026-03-23 12:05", """\
Hiya,

Sophie's farewell drinks are this Friday, 27/3, from 5pm at the Clyde. She'd love you to come. She said you were the one who talked her into library school in the first place!

L x""", subject="Soph's farewell drinks Fri")
    case.add("fr1b", me, [leonie], "2026-03-23 18:40", """\
Wouldn't miss it! I'll be there by 5.30 after pick-up. Is there a card going round?

P""", parent="fr1a", sig=False)
    case.add("fr1c", leonie, [me], "2026-03-23 19:02", """\
Yep, I'll bring it along. Bring $ for the gift if you can

L""", parent="fr1b", sig=False, quote=False)
    case.meeting("fr1a", at("2026-03-27 17:00"), job=False, what="farewell drinks")
    case.thread("fr1a", False, None, None, "a friend's farewell drinks")

    # ---- Receipts and bills ---------------------------------------------------------
    energy = P("Sunvale Energy", "bills@sunvaleenergy.com.au", style="auto", auto=True)
    myki = P("myki", "noreply@myki.com.au", style="auto", auto=True)
    books = P("Brunswick Street Books", "orders@brunswickstreetbooks.com.au", style="auto",
              auto=True)
    bill = """\
Hi Priya,

Your electricity bill is ready.

Account: 4401 2290 118
Billing period: 12 December 2025 - 11 March 2026
Amount due: $411.27
Due date: 2 April 2026

It will be paid by direct debit on the due date.

Sunvale Energy"""
    case.add("bl1", energy, [me], "2026-03-16 06:40", bill, subject="Your Sunvale Energy bill is ready",
             html=html_of(bill), html_only=True, headers=AUTO)
    case.thread("bl1", False, None, "Sunvale Energy", "electricity bill")
    mk = """\
Your myki Auto top up was successful.

Card ending: ...8842
Amount: $50.00
Date: 27/03/2026 08:02

Thank you for travelling with myki."""
    case.add("bl2", myki, [me], "2026-03-27 08:03", mk, subject="myki Auto top up receipt",
             html=html_of(mk), headers=AUTO)
    case.thread("bl2", False, None, "myki", "public transport receipt")
    bk = """\
Thanks for your order, Priya!

Order #BSB-20931
1 x Trust - Hernan Diaz (paperback)  $24.99
Click & collect: Brunswick Street, Fitzroy

We'll let you know when it's ready to collect."""
    case.add("bl3", books, [me], "2026-03-30 10:15", bk, subject="Order confirmation #BSB-20931",
             html=html_of(bk), headers=AUTO)
    case.thread("bl3", False, None, "Brunswick Street Books", "bookshop order")

    case.summary = SUMMARY
    return case


SUMMARY = (
    'Priya Raghunathan, 41, is the academic liaison librarian for Law and Business at Princes '
    'Hill University in Melbourne and is moving into corporate knowledge management or records '
    'management. Her university mail reaches the same inbox through a forwarding rule, so '
    'case.json lists both of her addresses. The mailbox runs from early March to Wednesday 15 '
    'April 2026, 10:30 AEST. Melbourne left daylight saving on Sunday 5 April, so offsets go '
    'from +11:00 to +10:00. Good Friday (3 April) and Easter Monday (6 April) fall inside one '
    "callback's grace period. A coffee with a former colleague now at Kestrel Advisory led to "
    'an introduction to a partner. She thanked him in a new thread, and his reply, "come back '
    'to you within the fortnight", went unanswered. At the law firm Ellison Crane, an informal '
    'call with the hiring manager before applying was thanked the same afternoon; later the '
    'manager tied her answer to a Knowledge Committee meeting on Thursday 9 April ("by Friday '
    'either way") and then went quiet. The government process for OPRC ran through a portal: '
    'three interview slots were offered and one picked, and the panel was a convenor plus one '
    'member with an HR observer who took no part. One thank-you note went to both panellists '
    'with the observer copied. After that came referee checks, which are calls between the '
    "employer and her referees, and a promise tied to the panel's merit-list meeting that is "
    'still open. An earlier government interview at DEHV ended on a merit list. City of '
    'Kingsbrook made an offer. A Perth recruiter offered slots in AWST. Only the recruiter was '
    'thanked after the Zoom call, with a request to "pass my thanks on to Mark", and the final '
    'interview is still ahead. A Sydney recruiter who mentioned the other candidates he is up '
    'against said he would call on Thursday 2 April and never wrote again. A Calibre Search '
    'recruiter did not join a Calendly call and rebooked it for after `now`. Banksia Health '
    'rejected her after a Teams interview whose interviewer she never thanked. She thanked only'
    ' the recruiter there. Corella Super moved an interview earlier, to Monday 13 April, and '
    'neither panellist was thanked. A "Fiona says good things about you, could we talk on '
    'Monday?" call got thanks only before it took place. Cobram Partners cancelled an interview'
    ' with an ICS CANCEL. Noise: three Seek alerts that name some of the same employers, ALIA '
    'and RIMPA mailings, and university mail, including shortlisting and panel interviews for a'
    " Library Technician she is helping to hire, and a candidate's thank-you to that panel. "
    'Also: school newsletters, a Compass parent-teacher booking, a teacher, the junior footy '
    'club and its team manager, a strata manager who promised quotes "by Friday 10/4", an AGM '
    "notice, Medicare and private health notices, a dentist's ICS, a book club with a Google "
    "Calendar invite, her mother (partly in Tamil), her husband, a friend's farewell drinks, "
    'and receipts. 64 threads (30 job search), 133 messages, `now` = '
    '`2026-04-15T10:30:00+10:00`.')


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
