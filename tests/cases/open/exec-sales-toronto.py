#!/usr/bin/env python3
"""Labelled case: a VP of Sales in Toronto, let go after an acquisition, searching through her network.

Written blind (tests/cases/BRIEF.md). Standard library and casekit only.
"""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as dt
from zoneinfo import ZoneInfo

NAME = "exec-sales-toronto"
TZ = "America/Toronto"
VAN = "America/Vancouver"
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE_PRODID = "Microsoft Exchange Server 2010"
MS_EXTRA = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def iphone(text):
    return text.rstrip("\n") + "\n\nSent from my iPhone"


def teams_block(meeting_id, passcode, token):
    line = "_" * 80
    return (line + "\nMicrosoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            + token + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + token[:8] + "%22%7d>\n"
            "Meeting ID: " + meeting_id + "\nPasscode: " + passcode + "\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | "
            "Meeting options<https://teams.microsoft.com/meetingOptions/>\n" + line)


def gcal_body(title, when_line, location, description, organizer, guests, event_token):
    parts = [title, when_line, "Eastern Time - Toronto", ""]
    if location:
        parts += ["Location", location, "View map", ""]
    if description:
        parts += [description, ""]
    parts += ["Organizer", organizer.name, organizer.email, "", "Guests"]
    for g in guests:
        parts.append(g)
    parts += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid="
              + event_token, "",
              "Reply for lorraine.castellano@example.ca",
              "Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=" + event_token
              + "&rst=1",
              "No https://calendar.google.com/calendar/event?action=RESPOND&eid=" + event_token
              + "&rst=2",
              "Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=" + event_token
              + "&rst=3",
              "More options https://calendar.google.com/calendar/event?action=VIEW&eid="
              + event_token, "",
              "Invitation from Google Calendar https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event. To stop "
              "receiving future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the "
              "organizer, be added to the guest list, invite others regardless of their own "
              "invitation status, or modify your RSVP."]
    return "\n".join(parts)


def build():
    tz = ZoneInfo(TZ)
    now = dt.datetime(2026, 4, 15, 10, 0, tzinfo=tz)
    user = {"name": "Lorraine Castellano", "emails": ["lorraine.castellano@example.ca"],
            "phone": "+1 416 555 0187", "timezone": TZ}
    summary = (
        "Lorraine Castellano, 52, ran sales at Northvale Software until Helix Systems bought it "
        "and let her go in February; from Toronto she is looking for a CRO or SVP Sales role, "
        "almost entirely through her network, and writes short notes from her phone. `now` is "
        "Wednesday 15 April 2026, 10:00 EDT; the mailbox runs from 3 March, across the change to "
        "daylight time on 8 March, and over Easter. Hardly a message says 'interview': a former "
        "CEO's intro leads to a coffee and then a gentle no from Lumenpath Health that ends its "
        "'following Monday' promise; Corvane Logistics' CEO has his executive assistant book a "
        "dinner (Outlook, 'Eastern Standard Time'; she does not attend) and then declines two days "
        "later, with the thank-you still unsent; Bexley Industrial Group, a client Marlowe & "
        "Finch names only after nearly three weeks, meets her with its CEO and its Chief People Officer, "
        "who organised and ran half the meeting, and only the CEO got a note; the search firm "
        "then relays the CEO's 'a decision will be made by Tuesday, April 14', which is past but "
        "still inside its grace. Ridley Kerr's partner named his client late and promised word "
        "'by Friday the 10th' after a committee meeting, then went quiet; Groupe Vireo's CEO "
        "promised, in French and English, to come back 'early next week' and did not. A "
        "British-trained private-equity partner writes '10/03/2026' and 'Thursday 09/04', and a "
        "breakfast with him and a portfolio CEO was thanked with one note to both. A startup "
        "CEO's Google Calendar coffee was pulled forward from 20 to 13 April and took place; a "
        "board adviser's 'catch-up' Zoom, a Vancouver CEO's call set in Pacific time, and drinks "
        "with a former peer were never thanked (some only beforehand). A founder no-showed, an "
        "insurer cancelled by Outlook CANCEL, and a board chair's breakfast is still ahead. "
        "Noise: the literacy charity whose board she sits on (she interviews Executive Director "
        "finalists), her son's hockey team, the condo board, her wealth manager's 'I'll call you "
        "Monday', her former employer's Teams 'exit interview', her sister in French, a friend's "
        "surprise 50th, flights, a hotel folio, a cab receipt, newsletters and job alerts.")
    case = Case(NAME,
                "Toronto sales executive between roles after an acquisition; network-driven search "
                "for a CRO/SVP Sales role, with few job words, Outlook and Google invites, "
                "search firms and a PE operating partner",
                user, now, summary)
    me = Person("Lorraine Castellano", "lorraine.castellano@example.ca", TZ, "webmail",
                sig=None, msgid_domain="example.ca")
    case.me = me
    at = case.at

    # ------------------------------------------------------------------
    # People
    # ------------------------------------------------------------------
    graham = Person("Graham Whitfield", "graham@whitfieldadvisory.ca", TZ, "outlook",
                    sig="Graham Whitfield\nWhitfield Advisory Inc.\n+1 416 555 0133")
    priya = Person("Priya Raghunathan", "priya@lumenpath.io", TZ, "gmail",
                   sig="Priya Raghunathan\nCo-founder & CEO | Lumenpath Health\nlumenpath.io")
    martin = Person("Martin Ashdown", "martin.ashdown@corvane.com", TZ, "outlook")
    joanne = Person("Joanne Pereira", "joanne.pereira@corvane.com", TZ, "outlook",
                    sig="Joanne Pereira\nExecutive Assistant to Martin Ashdown, President & CEO\n"
                        "Corvane Logistics Inc.\nT 905 555 0148 | joanne.pereira@corvane.com")
    alasdair = Person("Alasdair Ng", "alasdair.ng@ridleykerr.com", TZ, "outlook",
                      sig="Alasdair Ng\nPartner | Ridley Kerr Partners\n"
                          "333 Bay Street, Suite 2400, Toronto ON M5H 2R2\nM +1 647 555 0121")
    calendly = Person("Calendly", "no-reply@calendly.com", TZ, "auto", auto=True)
    rebecca = Person("Rebecca Stavros", "rebecca.stavros@marlowefinch.com", TZ, "outlook",
                     sig="Rebecca Stavros\nManaging Partner, Industrial & Consumer Practice\n"
                         "Marlowe & Finch Executive Search\nD +1 416 555 0164 | M +1 416 555 0199")
    sandra = Person("Sandra Lum", "sandra.lum@bexleyindustrial.com", TZ, "outlook",
                    sig="Sandra Lum\nChief People Officer\nBexley Industrial Group\n"
                        "6200 Tomken Road, Mississauga ON L5T 1X7\n905 555 0172")
    daniel = Person("Daniel Okafor", "daniel.okafor@bexleyindustrial.com", TZ, "outlook",
                    sig="Daniel Okafor\nChief Executive Officer\nBexley Industrial Group")
    nigel = Person("Nigel Pembridge", "nigel.pembridge@fairhavencap.com", TZ, "outlook",
                   sig="Nigel Pembridge\nOperating Partner\nFairhaven Capital Partners\n"
                       "181 Bay Street, Toronto\nT +1 416 555 0110 | M +44 7700 900414")
    tomas = Person("Tomás Lindgren", "tomas.lindgren@arcadiaops.com", TZ, "gmail",
                   sig="Tomás Lindgren\nCEO, Arcadia Operations\narcadiaops.com")
    heather = Person("Heather MacLeod", "heather@macleodboardadvisory.com", TZ, "gmail",
                     sig="Heather MacLeod, ICD.D\nMacLeod Board Advisory\n416 555 0157")
    arjun_cal = Person("Arjun Mehta", "arjun@tessellate.ai", TZ, "gcal")
    arjun = Person("Arjun Mehta", "arjun@tessellate.ai", TZ, "gmail",
                   sig="Arjun\n--\nArjun Mehta | Co-founder & CEO, Tessellate AI")
    kevin = Person("Kevin Tran", "kevin.tran@kestrelpay.com", TZ, "gmail")
    mathieu = Person("Mathieu Bélanger", "mathieu.belanger@vireo.ca", TZ, "outlook",
                     sig="Mathieu Bélanger\nPrésident et chef de la direction | President & CEO\n"
                         "Groupe Vireo inc.\n1250, boul. René-Lévesque Ouest, 22e étage, "
                         "Montréal (Québec)\n514 555-0139")
    nathalie = Person("Nathalie Girard", "nathalie.girard@vireo.ca", TZ, "outlook",
                      sig="Nathalie Girard\nAdjointe de direction | Executive Assistant\n"
                          "Groupe Vireo inc.")
    owen = Person("Owen Fraser", "owen.fraser@selkirkanalytics.com", VAN, "gmail",
                  sig="Owen Fraser\nCEO, Selkirk Analytics\nVancouver, BC · 604-555-0118")
    leah = Person("Leah Chen", "leah.chen@selkirkanalytics.com", VAN, "gmail",
                  sig="Leah Chen (she/her)\nHead of People | Selkirk Analytics")
    gordon = Person("Gordon Reilly", "gordon@reillycapital.ca", TZ, "outlook")
    felix = Person("Felix Amari", "felix@brightmoorenergy.com", TZ, "gmail")
    rachel = Person("Rachel Kim", "rachel.kim@brantwood.ca", TZ, "outlook",
                    sig="Rachel Kim\nChief Customer Officer\nBrantwood Insurance\n416 555 0171")
    farah = Person("Farah Siddiqui", "farah.siddiqui@quarrylane.com", TZ, "outlook",
                   sig="Farah Siddiqui\nSVP, Customer Success\nQuarry Lane Software")
    claire = Person("Claire Dubois", "claire.dubois@fenwickcyber.com", TZ, "gmail",
                    sig="Claire Dubois | Chief Revenue Officer | Fenwick Cyber")
    workday = Person("Pemberton Foods", "pembertonfoods@myworkday.com", TZ, "auto", auto=True)

    # noise
    amira_cal = Person("Amira Haddad", "amira.haddad@harbourfrontliteracy.org", TZ, "gcal")
    amira = Person("Amira Haddad", "amira.haddad@harbourfrontliteracy.org", TZ, "gmail",
                   sig="Amira Haddad\nBoard Secretary, Harbourfront Literacy Foundation")
    peter = Person("Peter Osei", "peter.osei@harbourfrontliteracy.org", TZ, "gmail",
                   sig="Peter Osei\nChair, Board of Directors\nHarbourfront Literacy Foundation")
    annemarie = Person("Anne-Marie Roy", "amroy.toronto@gmail.com", TZ, "gmail")
    david = Person("David Kwan", "david.kwan@kwanlaw.ca", TZ, "outlook",
                   sig="David Kwan\nKwan Governance Law PC")
    hlf_events = Person("Harbourfront Literacy Foundation", "events@harbourfrontliteracy.org",
                        TZ, "auto", auto=True)
    tricia = Person("Tricia Donnelly", "tricia.donnelly@gmail.com", TZ, "gmail",
                    sig="Tricia\nTeam Manager, Leaside Flames U15 AA")
    parents = Person("Flames U15AA Parents", "flames-u15aa-parents@googlegroups.com", TZ)
    interac = Person("Interac e-Transfer", "notify@payments.interac.ca", TZ, "auto", auto=True)
    wendy = Person("Wendy Cho", "wendy.cho@crestviewpm.ca", TZ, "outlook",
                   sig="Wendy Cho, RCM\nCondominium Manager – TSCC 2417\n"
                       "Crestview Property Management\n416 555 0190 ext. 214")
    tscc = Person("TSCC 2417 Management", "tscc2417@crestviewpm.ca", TZ, "auto", auto=True)
    dir_hargreaves = Person("Paul Hargreaves", "paul.hargreaves@rogersnet-mail.ca", TZ, "webmail",
                            msgid_domain="rogersnet-mail.ca")
    dir_li = Person("Mei Li", "mei.li.tscc@gmail.com", TZ, "gmail")
    simon = Person("Simon Ferreira", "simon.ferreira@ashgrovewealth.ca", TZ, "outlook",
                   sig="Simon Ferreira, CFP, CIM\nSenior Wealth Advisor\nAshgrove Wealth Management\n"
                       "100 Adelaide St W, Suite 1800, Toronto ON M5H 1S3\n416 555 0126")
    ashgrove = Person("Ashgrove Wealth Management", "statements@ashgrovewealth.ca", TZ, "auto",
                      auto=True)
    tanya = Person("Tanya Brooks", "tanya.brooks@helixsys.com", TZ, "outlook",
                   sig="Tanya Brooks\nHR Business Partner, Commercial\nHelix Systems Canada\n"
                       "647 555 0108")
    payroll = Person("Helix Systems Payroll", "payroll-noreply@helixsys.com", TZ, "auto", auto=True)
    dom = Person("Dom Conti", "dom.conti@gmail.com", TZ, "gmail")
    marisa = Person("Marisa Conti", "marisa.conti@gmail.com", TZ, "gmail")
    friend_jen = Person("Jen Okada", "jen.okada@gmail.com", TZ, "gmail")
    sylvie = Person("Sylvie Castellano", "sylvie.castellano@gmail.com", TZ, "gmail")
    lair = Person("Laurentian Air", "noreply@laurentianair.ca", TZ, "auto", auto=True)
    hotel = Person("Hôtel Maison Vigneault", "reception@maisonvigneault.ca", TZ, "auto", auto=True)
    cab = Person("Metro Cab", "receipts@metrocab.ca", TZ, "auto", auto=True)
    revbrief = Person("The Revenue Brief", "hello@revenuebrief.com", TZ, "auto", auto=True)
    bsm = Person("Bay Street Morning", "newsletter@baystreetmorning.ca", TZ, "auto", auto=True)
    execroles = Person("ExecRoles Canada", "alerts@execroles.ca", TZ, "auto", auto=True)
    trlf = Person("Toronto Revenue Leaders Forum", "events@torontorevenueleaders.org", TZ, "auto",
                  auto=True)

    LSIG = "Lorraine Castellano\n416-555-0187\nlorraine.castellano@example.ca"

    # ==================================================================
    # JOB SEARCH
    # ==================================================================

    # ---- J1: former CEO's introduction to Lumenpath Health -------------
    case.add("j1a", graham, [priya, me], "2026-03-24 07:12", subject="Intro: Lorraine Castellano / Priya Raghunathan", body="""\
Priya, Lorraine -

An introduction I've been meaning to make since the autumn.

Priya: Lorraine ran sales at Northvale for the six years I was CEO there, and built the enterprise team that took us from $40M to well north of $200M before Helix bought us. She is the most commercially honest leader I've worked with, and she is now taking a breath before deciding what comes next.

Lorraine: Priya co-founded Lumenpath, which sells clinical workflow software to hospital systems in Ontario and increasingly the US. She is wrestling with how to build a leadership layer above her founding sellers, and I told her you would have strong opinions.

I'll leave you two to it.

Graham
""")
    case.add("j1b", me, [priya], "2026-03-24 09:40", parent="j1a", bcc=[graham], body=iphone("""\
Thank you, Graham (moving you to bcc).

Priya - lovely to e-meet you. Graham has been talking about Lumenpath for months, so I feel I know a little already. Happy to come to you or meet somewhere central, whatever is easiest.

Lorraine"""))
    case.add("j1c", priya, [me], "2026-03-24 13:05", parent="j1b", body="""\
Hi Lorraine,

Graham undersold you, I suspect. I'd love a coffee. Could you do Thursday, March 26 at 8:00, or Monday, March 30 at 8:30? Hollis Coffee on Harbord is two minutes from our office and the flat whites are serious.

Priya
""")
    case.add("j1d", me, [priya], "2026-03-24 17:48", parent="j1c", body=iphone("""\
Monday the 30th at 8:30 is perfect. See you at Hollis."""))
    case.add("j1e", me, [priya], "2026-03-30 12:20", parent="j1d", body=iphone("""\
Priya - thank you for making time this morning. I keep coming back to your point about founders who can't let go of the big accounts; you are more self-aware about it than most. If it helps, I'm glad to look at the comp plan draft you mentioned, no strings.

Lorraine"""))
    case.add("j1f", priya, [me], "2026-04-01 08:55", parent="j1e", body="""\
Lorraine,

It was a real pleasure, and I've been chewing on it since Monday.

I'm bringing the CRO question to our board at the meeting on Thursday, April 9. You'll hear from me the following Monday, one way or the other.

Priya
""")
    case.add("j1g", priya, [me], "2026-04-10 16:30", parent="j1f", body="""\
Lorraine,

I wanted to reach you before the weekend rather than make you wait until Monday.

The board met yesterday and, candidly, they want me to hold off on a CRO until the Series C is closed, which realistically means the fall. I argued the other side and lost. I'm genuinely sorry; I had hoped to be writing a different note.

I'd like to stay in touch, and if the timing lines up later in the year you'll be my first call.

Priya
""")
    case.add("j1h", me, [priya], "2026-04-10 19:02", parent="j1g", body=iphone("""\
Priya, thank you for telling me straight, and for not leaving me hanging over the weekend. The timing logic makes sense. Good luck with the raise - I'll be cheering from the sidelines, and the offer on the comp plan stands.

Lorraine"""))
    case.thread("j1a", True, "rejection", "Lumenpath Health",
                "intro by former CEO Graham Whitfield; coffee Mon Mar 30 08:30 (no end, 60 min) "
                "thanked at 12:20; 'you'll hear from me the following Monday' (Apr 13) ended by "
                "the gentle no of Fri Apr 10")
    case.meeting("j1a", at("2026-03-30 08:30"), None, met=[priya.email],
                 thanks={priya.email: "j1e"}, what="coffee")
    case.promise("j1a", "j1f", priya.email, "2026-04-13", ended_by="j1g")
    case.forbid("j1a", graham.email,
                "the referrer: he made the introduction, was not at the coffee and promised "
                "nothing; thanked in the thread on Mar 24")
    case.forbid("j1a", priya.email,
                "coffee Mar 30 thanked the same day; the rejection of Fri Apr 10 ended the "
                "'following Monday' (Apr 13) promise before it fell due")

    # ---- J2: Corvane Logistics: CEO's dinner, booked by his EA ----------
    case.add("j2a", martin, [me], "2026-04-01 07:34", cc=[joanne], subject="Dinner", body="""\
Lorraine,

Kevin Tran tells me you are a free agent for the first time in twenty years and that I would be foolish not to buy you dinner. I'd like to. Nothing formal - I'd enjoy getting to know you and talking about where Corvane is headed over the next couple of years.

Joanne runs my calendar and will find us an evening.

Martin

Get Outlook for iOS
""")
    case.add("j2b", joanne, [me], "2026-04-01 09:12", cc=[martin], parent="j2a", body="""\
Good morning Lorraine,

Martin has asked me to arrange dinner. He is available on Tuesday, April 7 or Wednesday, April 8, in either case at 6:30 p.m. Would one of those evenings work for you? Once I hear back I'll reserve a table downtown and send a calendar invitation.

Kind regards,
""")
    case.add("j2c", me, [joanne], "2026-04-01 10:03", cc=[martin], parent="j2b", body=iphone("""\
Hi Joanne, Wednesday the 8th works well for me. Thanks for organizing.

Lorraine"""))
    j2_uid = uid_outlook(NAME, "corvane-dinner")
    j2_desc = ("Table for two reserved under Ashdown. Martin will meet you at the host stand. "
               "I won't be joining; if anything changes on the day please call me at "
               "905 555 0148. - Joanne")
    j2_ics = make_ics(method="REQUEST", uid=j2_uid, stamp=at("2026-04-01 14:26"),
                      start=at("2026-04-08 18:30"), end=at("2026-04-08 20:30"),
                      summary="Dinner – Martin Ashdown / Lorraine Castellano",
                      organizer=joanne,
                      attendees=[(martin, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Eastern Standard Time",
                      location="Alder Room, 66 Wellington St W, 54th Floor, Toronto",
                      description=j2_desc, prodid=OUTLOOK_PRODID, extra=MS_EXTRA)
    j2d_text = """\
Hi Lorraine,

Please find the invitation for dinner with Martin on Wednesday, April 8 at 6:30 p.m. at the Alder Room (54th floor, 66 Wellington St W). The table is for two, under Ashdown; I won't be joining, but do call me at 905 555 0148 if anything changes on the day.

Kind regards,
"""
    case.add("j2d", joanne, [me, martin], "2026-04-01 14:26", parent="j2c",
             subject="Dinner – Martin Ashdown / Lorraine Castellano", quote=False,
             body=j2d_text, html=html_of(j2d_text + "\n" + joanne.sig), ics=j2_ics,
             ics_mode="outlook")
    case.add("j2e", martin, [me], "2026-04-10 16:48", parent="j2a", body="""\
Lorraine,

I enjoyed Wednesday more than any business dinner I've had this year, and I mean that.

I've spent two days trying to talk myself into it and I can't quite get there. What Corvane needs over the next eighteen months is someone who has built a US channel from a standing start, and that is the one piece your story doesn't have. It wouldn't be fair to you to dress that up as anything else.

I'd like to stay in touch, and I hope you'll let me be useful where I can. I know at least two boards that should be talking to you.

Martin

Get Outlook for iOS
""")
    case.thread("j2a", True, "rejection", "Corvane Logistics",
                "CEO's dinner Wed Apr 8 18:30-20:30, booked by his EA by Outlook invite "
                "('Eastern Standard Time'); she did not attend; CEO declined gently on Fri Apr 10; "
                "no thank-you ever sent")
    case.meeting("j2a", at("2026-04-08 18:30"), at("2026-04-08 20:30"), met=[martin.email],
                 what="dinner")
    case.expect("thank_you", "j2a", martin.email,
                "dinner Wed Apr 8 18:30-20:30 took place; never thanked; his gentle no of "
                "Apr 10 ends callbacks, not the thank-you owed for the dinner; overdue since "
                "Apr 9 20:30")
    case.forbid("j2a", joanne.email,
                "the executive assistant who booked the dinner and wrote that she would not join: "
                "not met (Lorraine's 'Thanks for organizing' to her was before the dinner anyway)")

    # ---- J3: Ridley Kerr Partners (client named late: Stratavault) --------
    case.add("a1", alasdair, [me], "2026-03-16 08:41",
             subject="Confidential – a conversation about commercial leadership", body="""\
Dear Lorraine,

I hope you'll forgive the cold note. Your name has come up in three separate conversations over the past fortnight, which in my line of work is a signal worth following.

I'm advising a Toronto-headquartered, private-equity-backed software business (roughly US$180M in recurring revenue) on its most senior commercial appointment. I can't name them yet, but I can tell you a good deal more by phone.

If you're open to 30 minutes, please pick a time that suits here: https://calendly.com/alasdair-ng-rkp/30min

With best regards,
Alasdair
""")
    case.add("a2", me, [alasdair], "2026-03-16 12:10", parent="a1", body=iphone("""\
Hi Alasdair, no forgiveness needed. I've grabbed Thursday at 2.

Lorraine"""))
    cal_text = """\
Hi Lorraine Castellano,

Your 30 Minute Meeting with Alasdair Ng at 2:00pm (Eastern Time - US & Canada) on Thursday, March 19, 2026 is scheduled.

Event Type:
30 Minute Meeting

Host:
Alasdair Ng

Invitee:
Lorraine Castellano

Event Date/Time:
2:00pm - 2:30pm, Thursday, March 19, 2026 (Eastern Time - US & Canada)

Location:
Alasdair will call you at +1 416-555-0187

Need to make changes to this event?
Reschedule: https://calendly.com/reschedule/9f2c41d7-5a0e-4b1e-a3c8-2d6e0b7f1c55
Cancel: https://calendly.com/cancellations/9f2c41d7-5a0e-4b1e-a3c8-2d6e0b7f1c55

Powered by Calendly.com
"""
    case.add("c1", calendly, [me], "2026-03-16 12:09",
             subject="Confirmed: 30 Minute Meeting with Alasdair Ng on Thursday, March 19, 2026",
             body=cal_text, html=html_of(cal_text), headers=AUTO)
    case.add("a3", me, [alasdair], "2026-03-19 15:06", parent="a2", body=iphone("""\
Alasdair - thank you for the call this afternoon. Helpful to hear how the sponsor thinks about the next three years. I'm interested; send whatever you can share.

Lorraine"""))
    case.add("a4", alasdair, [me], "2026-03-20 09:30", parent="a3",
             attachments=[("Stratavault - Chief Revenue Officer - Position Description.pdf",
                           "application/pdf", make_pdf([
                               "Stratavault Systems - Chief Revenue Officer",
                               "Position description, prepared by Ridley Kerr Partners, March 2026",
                               "Reports to: Ines Marchetti, Chief Executive Officer",
                               "Scope: global sales, channel, customer success; ~240 people",
                               "Confidential - not for onward distribution"]))],
             body="""\
Dear Lorraine,

I enjoyed it too. I'm pleased to say the client has agreed I can name them: it's Stratavault Systems. Ines Marchetti is CEO; the sponsor is Cobourg Street Partners.

I'd like to present you to Ines and the search committee. In the interest of transparency, we are still seeing a handful of others over the coming fortnight, a mix of internal and external, so it will take a few weeks to settle.

The position description is attached.

Best,
Alasdair
""")
    case.add("a5", me, [alasdair], "2026-03-20 11:15", parent="a4", body=iphone("""\
Please do. I know Ines a little from a panel years ago and liked her a lot."""))
    case.add("a6", alasdair, [me], "2026-04-06 17:20", parent="a5", body="""\
Dear Lorraine,

A brief update. Stratavault's search committee meets on Thursday, April 9 to agree who goes forward to meet Ines and the board. I'll come back to you by Friday the 10th with where things land.

Best,
Alasdair
""")
    case.add("a7", me, [alasdair], "2026-04-06 18:02", parent="a6", body=iphone("""\
Thank you, Alasdair. Good luck herding the committee."""))
    case.thread("a1", True, "recruiter", "Ridley Kerr Partners",
                "search partner; client named only on Mar 20 (Stratavault Systems); others still "
                "being seen; committee meets Thu Apr 9, 'I'll come back to you by Friday the 10th'; "
                "nothing since")
    case.thread("c1", True, "recruiter", "Ridley Kerr Partners",
                "Calendly confirmation, no ICS, of the Thu Mar 19 14:00-14:30 call with Alasdair "
                "Ng; thanked in his own thread at 15:06 (stale either way)")
    case.meeting("c1", at("2026-03-19 14:00"), at("2026-03-19 14:30"), met=[alasdair.email],
                 thanks={alasdair.email: "a3"}, what="phone call")
    case.promise("a1", "a6", alasdair.email, "2026-04-10")
    case.expect("callback", "a1", alasdair.email,
                "'I'll come back to you by Friday the 10th' after the Apr 9 committee; nothing "
                "from Ridley Kerr since; due end of Tue Apr 14, not stale",
                promised="2026-04-10")
    case.forbid("c1", calendly.email, "automated scheduler sender (no-reply@calendly.com)")

    # ---- J4: Marlowe & Finch -> Bexley Industrial Group -----------------
    case.add("r1", rebecca, [me], "2026-03-09 09:05", subject="A conversation", body="""\
Lorraine,

We haven't met, though we have several people in common, Graham Whitfield among them.

I'm working with a client, a family-controlled industrial manufacturer here in the GTA, that is in the middle of a genuine transformation: a new CEO, new faces on the board, and a product portfolio that now has to be sold rather than simply ordered. They've asked us to think broadly about who should lead the commercial side, and you are on my short list of people I'd like to talk to first.

Would you have 45 minutes later this week? I'm flexible on Thursday and Friday afternoons.

Warm regards,
Rebecca
""")
    case.add("r2", me, [rebecca], "2026-03-09 12:33", parent="r1", body=iphone("""\
Rebecca, happy to talk. Friday afternoon is easiest - any time after 1.

Lorraine"""))
    case.add("r3", rebecca, [me], "2026-03-09 14:10", parent="r2", body="""\
Perfect. I'll send a Teams invitation for Friday, March 13 at 2:00 p.m.

Rebecca
""")
    tm_text = ("Lorraine - a placeholder for our conversation on Friday. Looking forward to it.\n"
               "Rebecca\n\n" + teams_block("263 118 540 972", "Ue7xP4", "NmQ3ZTk1YzItMjA0Ny00"))
    tm_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "mf-intro"),
                      stamp=at("2026-03-09 14:14"), start=at("2026-03-13 14:00"),
                      end=at("2026-03-13 14:45"),
                      summary="Lorraine Castellano / Rebecca Stavros – introductory conversation",
                      organizer=rebecca, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=tm_text, prodid=EXCHANGE_PRODID, extra=MS_EXTRA)
    case.add("tm1", rebecca, [me], "2026-03-09 14:14",
             subject="Lorraine Castellano / Rebecca Stavros – introductory conversation",
             body=tm_text, sig=False, html=html_of(tm_text), ics=tm_ics, ics_mode="outlook")
    case.add("r4", me, [rebecca], "2026-03-13 15:20", parent="r3", body=iphone("""\
Rebecca, thank you for the time today. You described your client's situation more candidly than most would at this stage, and it's interesting. Yes, I'd like to keep talking.

Lorraine"""))
    case.add("r5", rebecca, [me], "2026-03-16 08:15", parent="r4", body="""\
Lorraine,

The feeling is mutual. I'm seeing the client's CEO on Thursday and will come back to you by the end of next week with more - including, I hope, permission to tell you who they are.

Rebecca
""")
    case.add("r6", rebecca, [me], "2026-03-27 11:40", parent="r5",
             attachments=[("Bexley Industrial Group - briefing note (confidential).pdf",
                           "application/pdf", make_pdf([
                               "Bexley Industrial Group - briefing note",
                               "Prepared by Marlowe & Finch Executive Search",
                               "Family-controlled; founded 1961; Mississauga, Ontario",
                               "CEO: Daniel Okafor (since October 2025)",
                               "Confidential"]))],
             body="""\
Lorraine,

Now that we're further along, I can share that the client is Bexley Industrial Group. Daniel Okafor became CEO last autumn; Sandra Lum is their Chief People Officer. Both would like to meet you in person at their Mississauga head office, and Sandra will send an invitation directly.

A short briefing note is attached. Please treat it as confidential.

Rebecca
""")
    case.add("r7", me, [rebecca], "2026-03-27 12:05", parent="r6", body=iphone("""\
Great news. I'll watch for Sandra's invite."""))
    case.add("r8", me, [rebecca], "2026-04-07 14:40", parent="r7", body=iphone("""\
Rebecca - thank you for setting up this morning. I liked them both a great deal; Sandra asked the sharpest questions I've had in a long while.

Lorraine"""))
    case.add("r9", rebecca, [me], "2026-04-09 17:45", parent="r8", body="""\
Lorraine,

Daniel and Sandra have both been in touch and the feedback is very good. The next step would be a conversation with their Chair, Ronald Bexley.

Daniel asked me to let you know that a decision on the next stage will be made by Tuesday, April 14, once he and Sandra have compared notes on the other finalists. I'll be in touch as soon as I hear.

Rebecca
""")
    case.add("r10", me, [rebecca], "2026-04-09 18:31", parent="r9", body=iphone("""\
Good to hear. Fingers crossed for Tuesday."""))
    case.thread("r1", True, "recruiter", "Marlowe & Finch Executive Search",
                "search firm; client named only on Mar 27 (Bexley Industrial Group); 'by the end "
                "of next week' kept; relayed 'a decision will be made by Tuesday, April 14' on "
                "Apr 9, still inside the grace at now")
    case.thread("tm1", True, "recruiter", "Marlowe & Finch Executive Search",
                "Outlook/Teams invite, 'Eastern Standard Time', for Fri Mar 13 14:00-14:45; "
                "thanked in the search thread the same afternoon (stale either way)")
    case.meeting("tm1", at("2026-03-13 14:00"), at("2026-03-13 14:45"), met=[rebecca.email],
                 thanks={rebecca.email: "r4"}, what="Teams call")
    case.promise("r1", "r5", rebecca.email, "2026-03-27", answered_by="r6")
    case.promise("r1", "r9", rebecca.email, "2026-04-14")
    case.forbid("r1", rebecca.email,
                "'a decision on the next stage will be made by Tuesday, April 14' (relayed for "
                "Daniel): the day has passed but the grace runs to the end of Thu Apr 16; her "
                "Teams call was thanked on Mar 13")

    bx_desc = """\
Lorraine - Rebecca mentioned you'd be expecting this. We're looking forward to meeting you.

Agenda
10:00  Daniel Okafor, CEO - the business, where we're taking it, and what commercial leadership has to do differently
10:45  Sandra Lum, Chief People Officer - the leadership team, how we work, and what we'd expect of you in the first year
11:15  Together - your questions

Visitor parking is at the front entrance off Tomken Road; please ask for me at reception.

Sandra"""
    bx_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "bexley"),
                      stamp=at("2026-03-30 10:12"), start=at("2026-04-07 10:00"),
                      end=at("2026-04-07 11:30"),
                      summary="Conversation: Lorraine Castellano – Bexley Industrial Group",
                      organizer=sandra,
                      attendees=[(daniel, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (("MIS-HQ Boardroom 3", "boardroom3.mis@bexleyindustrial.com"),
                                  "ACCEPTED", "ROOM")],
                      tzid="Eastern Standard Time",
                      location="MIS-HQ Boardroom 3; 6200 Tomken Road, Mississauga",
                      description=bx_desc, prodid=EXCHANGE_PRODID, extra=MS_EXTRA)
    case.add("bx1", sandra, [me, daniel], "2026-03-30 10:12",
             subject="Conversation: Lorraine Castellano – Bexley Industrial Group",
             body=bx_desc, sig=True, html=html_of(bx_desc + "\n\n" + sandra.sig),
             ics=bx_ics, ics_mode="outlook")
    case.add("bx2", me, [sandra], "2026-03-30 12:40", parent="bx1", body=iphone("""\
Sandra, accepted, and I look forward to it. See you on the 7th.

Lorraine"""))
    case.add("dy1", me, [daniel], "2026-04-07 19:40", subject="Today's conversation", body="""\
Daniel,

Thank you for this morning, and for being so candid about where Bexley's commercial model is stuck. The distributor question you raised near the end is one I've lived through twice, and I'd relish working on it with you.

In short, what I'd bring:
- a sales organization rebuilt around solutions rather than SKUs, as I did at Northvale between 2019 and 2022
- channel partners managed on margin, not just volume
- a forecast the board can actually rely on

I'll check in with Rebecca next week. Thank you again for your time.

""" + LSIG)
    case.add("dy2", daniel, [me], "2026-04-08 08:05", parent="dy1", body="""\
Lorraine,

Thank you - it was a pleasure, and Sandra and I have already started comparing notes. You'll hear from us through Rebecca.

Daniel
""")
    case.thread("bx1", True, "interview", "Bexley Industrial Group",
                "in-person meeting Tue Apr 7 10:00-11:30 organised by Sandra Lum, who runs the "
                "second half (agenda in the description); Daniel Okafor an attendee; a room "
                "resource; only Daniel was thanked, in a new thread")
    case.thread("dy1", True, "interview", "Bexley Industrial Group",
                "Lorraine's thank-you to Daniel Okafor, Tue Apr 7 19:40, and his reply")
    case.meeting("bx1", at("2026-04-07 10:00"), at("2026-04-07 11:30"),
                 met=[daniel.email, sandra.email], thanks={daniel.email: "dy1"},
                 what="in-person conversation")
    case.expect("thank_you", "bx1", sandra.email,
                "organiser who ran the second half of the Apr 7 meeting (agenda says so); only "
                "Daniel was thanked (new thread) and the note to the search consultant does not "
                "count for her; overdue since Apr 8 11:30")
    case.forbid("bx1", daniel.email,
                "thanked in a new thread ('Today's conversation') the evening of Apr 7")
    case.forbid("bx1", "boardroom3.mis@bexleyindustrial.com",
                "a meeting room (CUTYPE=ROOM) in the invitation, not a person")

    # ---- J5: Fairhaven Capital (PE operating partner, day-first dates) ---
    case.add("n1", nigel, [me], "2026-03-03 16:22", subject="Coffee?", body="""\
Dear Lorraine,

Graham Whitfield suggested I get in touch, and I'm glad he did. I'm an Operating Partner at Fairhaven, where I look after the commercial side of our portfolio; several of our companies are at the point where the sales leader who got them here is not the one who will get them to the next place.

Would you be free for a coffee on 10/03/2026 at 08:00, at the Windsor Arms? I'm in Toronto most of that week.

Kind regards,
Nigel
""")
    case.add("n2", me, [nigel], "2026-03-03 19:40", parent="n1", body=iphone("""\
Nigel, lovely to hear from you - any friend of Graham's. The 10th at 8 works. See you there.

Lorraine"""))
    case.add("n3", me, [nigel], "2026-03-10 10:05", parent="n2", body=iphone("""\
Nigel, thank you for the coffee and for the very frank tour of the portfolio. I enjoyed it. Do keep me in mind for the two you mentioned."""))
    case.add("n4", nigel, [me], "2026-03-11 07:15", parent="n3", body="""\
Dear Lorraine,

The pleasure was mine. Of the two, Arcadia is the more pressing. I'm with their management team the week of 23/03 and shall revert by the end of that week.

Kind regards,
Nigel
""")
    case.add("n5", nigel, [me], "2026-03-26 21:10", cc=[tomas], parent="n4", body="""\
Dear Lorraine,

As promised. Tomás Lindgren, Arcadia's CEO (tomas.lindgren@arcadiaops.com, copied), would very much like to meet you. Would breakfast on Thursday 09/04 at 07:30 suit, again at the Windsor Arms? I shall join for the first half hour and then leave the two of you to it.

Kind regards,
Nigel
""")
    case.add("n6", tomas, [me, nigel], "2026-03-27 06:50", parent="n5", body="""\
Hi Lorraine,

Nigel has told me a great deal, all of it good. I'll bring my questions.

Tomás
""")
    case.add("n7", me, [tomas, nigel], "2026-03-27 08:12", parent="n6", body=iphone("""\
Works for me. See you both then."""))
    case.add("n8", me, [nigel, tomas], "2026-04-09 11:20", parent="n7", body=iphone("""\
Nigel, Tomás,

Thank you both for breakfast this morning. Tomás, your description of customers buying in spite of the sales process rather than because of it made me laugh, and it's exactly the kind of problem I like best. Happy to spend a morning with your sales leads if that would be useful.

Lorraine"""))
    case.add("n9", tomas, [me], "2026-04-10 07:58", cc=[nigel], parent="n8", body="""\
Lorraine,

Thank you - a great conversation, and I've already repeated your line about 'pipeline theatre' to my team twice.

I'd like to talk it through with Nigel and with our board, and I'll come back to you within the next couple of weeks.

Tomás
""")
    case.thread("n1", True, "networking", "Fairhaven Capital Partners",
                "PE operating partner writing day-first dates: coffee 10/03/2026 08:00 (thanked); "
                "'shall revert by the end of that week' (w/c 23/03) kept on Mar 26; breakfast "
                "Thursday 09/04 (Apr 9) 07:30 with Arcadia's CEO, thanked by one note to both; "
                "Tomás's 'within the next couple of weeks' still open")
    case.meeting("n1", at("2026-03-10 08:00"), None, met=[nigel.email],
                 thanks={nigel.email: "n3"}, what="coffee")
    case.meeting("n1", at("2026-04-09 07:30"), None, met=[nigel.email, tomas.email],
                 thanks={nigel.email: "n8", tomas.email: "n8"}, what="breakfast")
    case.promise("n1", "n4", nigel.email, "2026-03-27", answered_by="n5")
    case.promise("n1", "n9", tomas.email, "2026-04-24")
    case.forbid("n1", tomas.email,
                "breakfast Thu 09/04 (Apr 9, not Sep 4) thanked by the joint note to Nigel and "
                "Tomás at 11:20 (one note satisfies each addressee); his 'within the next couple "
                "of weeks' runs to Apr 24")

    # ---- J6: board adviser, 'catching up' Zoom -----------------------
    case.add("h1", me, [heather], "2026-04-02 20:14", subject="catching up?", body=iphone("""\
Heather,

It's been far too long. You'll have heard the Helix deal closed; I'm out as of February and, for once, taking my time about what's next.

I'd value half an hour of your read on which boards are fretting about their commercial leadership, and on whether I should be thinking about a board seat myself. Any chance?

Lorraine"""))
    case.add("h2", heather, [me], "2026-04-03 09:02", parent="h1", body="""\
Lorraine! Of course. I've wondered how you were doing since the announcement.

Monday, April 13 at 4:00 p.m.? I'll send a Zoom.

H
""")
    case.add("h3", me, [heather], "2026-04-03 09:30", parent="h2", body=iphone("""\
Thanks Heather, Monday at 4 is perfect."""))
    case.add("h4", heather, [me], "2026-04-03 09:41", parent="h3", sig=False, quote=False, body="""\
Heather MacLeod is inviting you to a scheduled Zoom meeting.

Topic: Heather / Lorraine - catch-up
Time: Apr 13, 2026 04:00 PM Eastern Time (US and Canada)

Join Zoom Meeting
https://us02web.zoom.us/j/84412093317?pwd=bWxLd3h0T2ZzR0p6b0d3RkJ1dz09

Meeting ID: 844 1209 3317
Passcode: 551920

---

One tap mobile
+16475580588,,84412093317#,,,,*551920# Canada
+17789072071,,84412093317#,,,,*551920# Canada
""")
    case.add("h5", heather, [me], "2026-04-13 18:40", parent="h4", quote=False, body="""\
So good to see your face. As promised, I've written to Wen Zhao at Orrin Robotics and copied you on nothing, so she won't feel ambushed. And do look at the ICD director program - the fall cohort fills early.

H
""")
    case.thread("h1", True, "networking", "MacLeod Board Advisory",
                "'catching up' Zoom Mon Apr 13 16:00, no end stated (60 min); the only 'thanks' "
                "was before it; Heather wrote afterwards and got no reply yet")
    case.meeting("h1", at("2026-04-13 16:00"), None, met=[heather.email], what="Zoom catch-up")
    case.expect("thank_you", "h1", heather.email,
                "Zoom catch-up Mon Apr 13 16:00 (no end, 60 min) took place; only a 'thanks' "
                "before it; overdue since Apr 14 17:00")

    # ---- J7: Tessellate AI, Google Calendar, pulled forward ---------------
    g_desc = ("Hi Lorraine - Dev Sharma says good things about you, and I'd love to get to know "
              "you. We're at about $30M ARR and about to build a proper go-to-market team for the "
              "first time; I'd value your perspective. Coffee's on me. - Arjun")
    g_uid = uid_google(NAME, "tessellate")
    g_loc = "Fernhill Coffee, 983 Queen St E, Toronto, ON M4M 3K1, Canada"
    g1_ics = make_ics(method="REQUEST", uid=g_uid, stamp=at("2026-04-01 22:05"),
                      start=at("2026-04-20 09:00"), end=at("2026-04-20 10:00"),
                      summary="Lorraine / Arjun", organizer=arjun_cal,
                      attendees=[(arjun_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="America/Toronto", location=g_loc, description=g_desc)
    g1_text = gcal_body("Lorraine / Arjun", "Monday Apr 20, 2026 ⋅ 9am – 10am", g_loc, g_desc,
                        arjun_cal, ["Arjun Mehta - organizer", "lorraine.castellano@example.ca"],
                        "N2ZjM2E5ZDFhYjQ0X2xvcnJhaW5l")
    case.add("g1", arjun_cal, [me], "2026-04-01 22:05",
             subject="Invitation: Lorraine / Arjun @ Mon Apr 20, 2026 9am - 10am (EDT) "
                     "(lorraine.castellano@example.ca)",
             body=g1_text, html=html_of(g1_text), ics=g1_ics, ics_mode="google",
             headers=dict(GCAL, **{"Reply-To": "arjun@tessellate.ai"}))
    case.add("g1r", me, [arjun], "2026-04-02 07:30", parent="g1", body=iphone("""\
Thanks Arjun, looking forward to it. Dev is a good judge of people, so I'll take that as a compliment."""))
    case.add("g2", arjun, [me], "2026-04-06 13:15", parent="g1r", body="""\
Lorraine - any chance we could pull this forward a week, to Monday the 13th, same time and place? I'm in SF from the 19th for two weeks and would rather not push it into May.
""")
    case.add("g3", me, [arjun], "2026-04-06 13:40", parent="g2", body=iphone("13th works."))
    g4_ics = make_ics(method="REQUEST", uid=g_uid, stamp=at("2026-04-06 13:52"),
                      start=at("2026-04-13 09:00"), end=at("2026-04-13 10:00"),
                      summary="Lorraine / Arjun", organizer=arjun_cal,
                      attendees=[(arjun_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "ACCEPTED", "INDIVIDUAL")],
                      tzid="America/Toronto", location=g_loc, description=g_desc, sequence=1)
    g4_text = ("This event has been changed.\n\n" +
               gcal_body("Lorraine / Arjun",
                         "Changed: Monday Apr 13, 2026 ⋅ 9am – 10am", g_loc, g_desc, arjun_cal,
                         ["Arjun Mehta - organizer", "lorraine.castellano@example.ca"],
                         "N2ZjM2E5ZDFhYjQ0X2xvcnJhaW5l"))
    case.add("g4", arjun_cal, [me], "2026-04-06 13:52", parent="g1",
             subject="Updated invitation: Lorraine / Arjun @ Mon Apr 13, 2026 9am - 10am (EDT) "
                     "(lorraine.castellano@example.ca)",
             body=g4_text, quote=False, html=html_of(g4_text), ics=g4_ics, ics_mode="google",
             headers=dict(GCAL, **{"Reply-To": "arjun@tessellate.ai"}))
    case.thread("g1", True, "networking", "Tessellate AI",
                "Google Calendar coffee, the description the only hint; moved from Mon Apr 20 to "
                "Mon Apr 13 09:00-10:00 ('13th works.') and held; only a 'thanks' before it")
    case.meeting("g1", at("2026-04-20 09:00"), at("2026-04-20 10:00"), met=[arjun.email],
                 status="moved", what="coffee, original slot")
    case.meeting("g1", at("2026-04-13 09:00"), at("2026-04-13 10:00"), met=[arjun.email],
                 what="coffee, moved earlier")
    case.expect("thank_you", "g1", arjun.email,
                "coffee moved earlier from Apr 20 to Mon Apr 13 09:00-10:00 and held; the only "
                "'thanks' was on Apr 2, before it; overdue since Apr 14 10:00")

    # ---- J8: drinks with a former peer (Kestrel Payments) ---------------
    case.add("k1", kevin, [me], "2026-03-31 21:47", subject="drinks", body=iphone("""\
L - heard Helix finally closed the Northvale thing. Sorry, and also congrats?? Drinks next week? I have thoughts, incl. something at my shop. Also I told Martin Ashdown at Corvane he needs to meet you, hope that's ok.

K"""))
    case.add("k2", me, [kevin], "2026-04-01 06:58", parent="k1", body=iphone("""\
Ha. Both, honestly. Yes to drinks, and more than ok - Martin already emailed. Tues or Thurs next week?"""))
    case.add("k3", kevin, [me], "2026-04-01 12:30", parent="k2", body="""\
Thurs. 6ish at Bar Oriol?

K
""")
    case.add("k4", me, [kevin], "2026-04-01 12:41", parent="k3", body=iphone("Done. See you there."))
    case.add("k5", kevin, [me], "2026-04-10 09:05", parent="k4", body="""\
Good night. I meant it about the partnerships role - I'll raise it with Anand early next week and let you know where he lands.

K
""")
    case.thread("k1", True, "networking", "Kestrel Payments",
                "drinks after work Thu Apr 9 '6ish' (60 min) with a former peer, now CRO at "
                "Kestrel; never thanked; his 'early next week' is still open")
    case.meeting("k1", at("2026-04-09 18:00"), None, met=[kevin.email], what="drinks")
    case.promise("k1", "k5", kevin.email, "2026-04-15")
    case.expect("thank_you", "k1", kevin.email,
                "drinks Thu Apr 9 from 6 took place; no note since, only his own follow-up; "
                "overdue since Apr 10 19:00 (his 'early next week' is not yet due)")

    # ---- J9: Groupe Vireo, Montréal, bilingual ---------------------------
    case.add("v1", mathieu, [me], "2026-03-16 11:20",
             subject="Rencontre à Montréal / Meeting in Montréal", body="""\
Bonjour Lorraine,

Élise Gauthier m'a dit beaucoup de bien de vous. Chez Vireo, nous préparons notre expansion en Ontario et aux États-Unis, et je réfléchis à la façon de structurer notre équipe commerciale pour y arriver.

Seriez-vous disponible pour venir nous rencontrer à Montréal le mercredi 25 mars, vers 10 h? Nous couvririons bien sûr vos frais de déplacement.

(In English, in case it's easier: Élise Gauthier speaks very highly of you. We are preparing Vireo's expansion into Ontario and the US and I am thinking about how our commercial team should be led. Could you come to see us in Montréal on Wednesday, March 25, around 10? We would of course cover your travel.)

Au plaisir,
Mathieu
""")
    case.add("v2", me, [mathieu], "2026-03-16 19:05", parent="v1", body=iphone("""\
Bonjour Mathieu - avec plaisir. Le 25 à 10 h, c'est noté. I'll fly in the night before.

Lorraine"""))
    case.add("v3", mathieu, [me], "2026-03-17 09:10", parent="v2", body="""\
Parfait. Nous sommes au 1250, boul. René-Lévesque Ouest, 22e étage; demandez Nathalie à la réception. Prévoyez une heure et demie : Julie Fortin, notre chef des finances, se joindra à nous pour la deuxième partie.

Mathieu
""")
    case.add("v4", me, [mathieu], "2026-03-25 16:40", parent="v3", body=iphone("""\
Mathieu, merci - thank you for this morning, and please pass my thanks to Julie as well. I came away with a clear picture of where Vireo is headed and I would be glad to be part of it.

Lorraine"""))
    case.add("v5", mathieu, [me], "2026-03-27 14:22", parent="v4", body="""\
Lorraine,

Merci à vous. Julie et moi avons beaucoup apprécié la rencontre.

Je parle à notre président du conseil lundi et je vous reviens au début de la semaine prochaine.

I'm speaking with our board chair on Monday and will get back to you early next week.

Mathieu
""")
    case.add("v6", me, [mathieu], "2026-03-27 15:01", parent="v5", body=iphone("""\
Parfait. Bon week-end!"""))
    case.thread("v1", True, "interview", "Groupe Vireo",
                "bilingual CEO; in-person meeting in Montréal Wed Mar 25 10:00-11:30 with the CFO "
                "for part (named, no address), thanked that afternoon; 'je vous reviens au début "
                "de la semaine prochaine / early next week' (Mar 30-Apr 1), nothing since")
    case.meeting("v1", at("2026-03-25 10:00"), at("2026-03-25 11:30"), met=[mathieu.email],
                 thanks={mathieu.email: "v4"}, what="meeting in Montréal")
    case.promise("v1", "v5", mathieu.email, "2026-04-01")
    case.expect("callback", "v1", mathieu.email,
                "'I'll get back to you early next week' (said Fri Mar 27; read as Mon-Wed "
                "Mar 30-Apr 1, due end of Fri Apr 3); no word from Vireo since; any reading of "
                "that week makes it due and not stale",
                promised="2026-04-01")

    air1_text = """\
Laurentian Air - Booking confirmation and receipt / Confirmation et reçu

Booking reference: KX7Q2M
Passenger: CASTELLANO/LORRAINE MS

Tue 24 Mar 2026  LA 318  Toronto (YTZ) 19:10 - Montréal (YUL) 20:25  Economy Flex
Wed 25 Mar 2026  LA 331  Montréal (YUL) 17:45 - Toronto (YTZ) 19:00  Economy Flex

Base fare           CAD 482.00
Taxes, fees, charges CAD 130.48
Total charged to Visa ending 4471: CAD 612.48

Manage your booking: https://www.laurentianair.ca/manage

This email was sent from an unmonitored address. / Ce courriel provient d'une adresse non surveillée.
"""
    case.add("air1", lair, [me], "2026-03-17 20:15",
             subject="Your booking confirmation and receipt – YTZ–YUL – Booking ref KX7Q2M",
             body=air1_text, html=html_of(air1_text), html_only=True, headers=AUTO)
    case.add("nf1", me, [nathalie], "2026-03-26 09:10",
             subject="Fwd: Your booking confirmation and receipt – YTZ–YUL – Booking ref KX7Q2M",
             body="""\
Bonjour Nathalie,

Comme convenu avec Mathieu, voici mon reçu de vol pour hier. Le reçu de l'hôtel suit dans un autre courriel.

Lorraine
""" + "\n" + LSIG + "\n\n---------- Forwarded message ---------\nFrom: Laurentian Air <noreply@laurentianair.ca>\nDate: Tue, Mar 17, 2026 at 8:15 PM\nSubject: Your booking confirmation and receipt – YTZ–YUL – Booking ref KX7Q2M\nTo: Lorraine Castellano <lorraine.castellano@example.ca>\n\n" + air1_text)
    case.add("nf2", nathalie, [me], "2026-03-26 11:34", parent="nf1", body="""\
Bonjour Lorraine,

Bien reçu, merci! Je transmets le tout à la comptabilité.

Bonne journée,
""")
    case.thread("air1", False, None, "Laurentian Air", "flight receipt for the Montréal trip")
    case.thread("nf1", True, "interview", "Groupe Vireo",
                "the airline receipt forwarded to Vireo's executive assistant for reimbursement; "
                "her reply (Mar 26) came before Mathieu's promise; no date promised")

    # ---- J10: Selkirk Analytics (Vancouver): call in Pacific time ---------
    case.add("o1", owen, [me], "2026-03-30 08:15",
             subject="Selkirk – a conversation about our next stage", body="""\
Hi Lorraine,

Your name has come up with a couple of people whose judgment I trust, Nigel Pembridge among them. Selkirk is at the point where our commercial team has to go from "Vancouver company with some eastern customers" to something that actually competes in Ontario and the US northeast.

Could we find 45 minutes for a call? Thursday, April 2 at 10:00 a.m. Pacific would work well on my side.

Best,
Owen
""")
    case.add("o2", me, [owen], "2026-03-30 11:50", parent="o1", body=iphone("""\
Hi Owen, Thursday at 10 your time (1 p.m. here) works. Best number is 416-555-0187.

Lorraine"""))
    case.add("o3", owen, [me], "2026-04-03 09:40", parent="o2", body="""\
Lorraine,

Really useful conversation yesterday. Our leadership team is offsite the week of April 6, and this will be on the agenda. I'll come back to you by the end of that week.

Owen
""")
    case.add("o4", leah, [me], "2026-04-13 07:20", cc=[owen, gordon], parent="o3", body="""\
Hi Lorraine,

Owen asked me to reach out following last week's offsite. He'd like you to meet our board chair, Gordon Reilly (copied), who is based in Toronto. Gordon has suggested breakfast on Tuesday, April 21 at 8:00 a.m. ET at the Ontario Club, 30 Wellington St W.

Could you let me know if that works? Owen will join by phone for the last 15 minutes.

Warmly,
Leah
""")
    case.add("o5", me, [leah], "2026-04-13 11:05", cc=[owen, gordon], parent="o4", body=iphone("""\
Hi Leah, Tuesday the 21st at 8 works well. Gordon, I look forward to meeting you.

Lorraine"""))
    case.add("o6", gordon, [me], "2026-04-13 12:30", cc=[leah, owen], parent="o5", body="""\
Lorraine,

Look forward to it. I'll have a table in the back room.

Gordon

Sent from my iPad
""")
    case.thread("o1", True, "interview", "Selkirk Analytics",
                "call Thu Apr 2 at 10:00 a.m. Pacific (13:00-13:45 ET) never thanked; Owen's "
                "'by the end of that week' (Apr 10) kept through his Head of People on Mon "
                "Apr 13; breakfast with the board chair Tue Apr 21 still ahead")
    case.meeting("o1", at("2026-04-02 13:00"), at("2026-04-02 13:45"), met=[owen.email],
                 what="phone call")
    case.promise("o1", "o3", owen.email, "2026-04-10", answered_by="o4")
    case.meeting("o1", at("2026-04-21 08:00"), None, met=[gordon.email, owen.email],
                 status="scheduled", what="breakfast with the board chair")
    case.expect("thank_you", "o1", owen.email,
                "call Thu Apr 2 10:00-10:45 PT (13:00-13:45 ET) took place; her later reply-all "
                "(cc Owen) only confirms a time, no thanks; overdue since Apr 3 13:45, stale only "
                "from Apr 16 15:45")
    case.forbid("o1", gordon.email,
                "breakfast with the board chair on Tue Apr 21 is still in the future")
    case.forbid("o1", leah.email,
                "Head of People who arranged the next meeting: not met; her Apr 13 mail kept "
                "Owen's 'by the end of that week' promise")

    # ---- J11: Brightmoor Energy: the founder never showed -----------------
    case.add("f1", felix, [me], "2026-04-03 10:12", subject="Kevin Tran said I should write", body="""\
Hi Lorraine,

Kevin Tran says you're the person to talk to about building an enterprise sales motion from scratch, and that you might be open to talking about doing it with us. We sell battery-storage analytics to utilities: long cycles, lots of procurement.

Could we do a Zoom on Wednesday, April 8 at 11:00? Link in case it works: https://us06web.zoom.us/j/86120774512

Felix
""")
    case.add("f2", me, [felix], "2026-04-03 11:30", parent="f1", body=iphone("""\
Hi Felix, Wednesday at 11 works. Talk then.

Lorraine"""))
    case.add("f3", me, [felix], "2026-04-08 11:21", parent="f2", body=iphone("""\
Felix, I've been on the Zoom since 11 and will hop off now. I'll assume something came up; happy to find another time.

Lorraine"""))
    case.add("f4", felix, [me], "2026-04-08 14:47", parent="f3", body="""\
Lorraine, I'm mortified. A utility customer escalated this morning and I lost the whole day - didn't even see the calendar alert. I'm so sorry. Could I send you a couple of new times?

F
""")
    case.add("f5", me, [felix], "2026-04-08 15:10", parent="f4", body=iphone("""\
These things happen. Send a couple of times when the dust settles."""))
    case.thread("f1", True, "networking", "Brightmoor Energy",
                "Zoom Wed Apr 8 11:00 agreed in words; the founder never joined (no-show); no "
                "new time yet")
    case.meeting("f1", at("2026-04-08 11:00"), None, met=[], status="noshow", what="Zoom")
    case.forbid("f1", felix.email,
                "no-show: he never joined the Apr 8 Zoom, so no meeting took place; no dated "
                "promise since")

    # ---- J12: Brantwood Insurance: Teams catch-up cancelled --------------
    rk_text = """\
Lorraine,

It's been two years since that dinner at the CIX conference and I still quote your line about forecasts being fiction. We're rethinking how we lead distribution at Brantwood and I'd love your perspective - and, honestly, to get to know you better. I've put Tuesday, April 14 at 11:00 a.m. ET in; move it if it doesn't suit.

Rachel

""" + teams_block("284 119 703 552", "q8Ty3L", "ZjE4YTc2NTMtOWI1Yy00")
    rk_uid = uid_outlook(NAME, "brantwood")
    rk_ics = make_ics(method="REQUEST", uid=rk_uid, stamp=at("2026-04-01 16:02"),
                      start=at("2026-04-14 11:00"), end=at("2026-04-14 11:45"),
                      summary="Lorraine / Rachel – catch-up", organizer=rachel,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=rk_text, prodid=EXCHANGE_PRODID, extra=MS_EXTRA)
    case.add("rk1", rachel, [me], "2026-04-01 16:02", subject="Lorraine / Rachel – catch-up",
             body=rk_text, sig=False, html=html_of(rk_text), ics=rk_ics, ics_mode="outlook")
    case.add("rk2", me, [rachel], "2026-04-01 18:15", parent="rk1", body=iphone("""\
Rachel, what a lovely note. The 14th at 11 is in my calendar."""))
    rk3_text = ("Lorraine, my apologies. Our board has called a strategy session for Tuesday "
                "morning and I can't get out of it. I'll come back with a couple of new times "
                "once it's behind me.\n\nRachel")
    rk3_ics = make_ics(method="CANCEL", uid=rk_uid, stamp=at("2026-04-10 08:30"),
                       start=at("2026-04-14 11:00"), end=at("2026-04-14 11:45"),
                       summary="Canceled: Lorraine / Rachel – catch-up", organizer=rachel,
                       attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                       tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                       description=rk3_text, prodid=EXCHANGE_PRODID, sequence=1,
                       status="CANCELLED", extra=MS_EXTRA)
    case.add("rk3", rachel, [me], "2026-04-10 08:30", parent="rk1",
             subject="Canceled: Lorraine / Rachel – catch-up", body=rk3_text, sig=False,
             quote=False, html=html_of(rk3_text), ics=rk3_ics, ics_mode="outlook")
    case.thread("rk1", True, "networking", "Brantwood Insurance",
                "Teams catch-up for Tue Apr 14 11:00-11:45 cancelled on Apr 10 (Outlook CANCEL); "
                "new times promised with no date")
    case.meeting("rk1", at("2026-04-14 11:00"), at("2026-04-14 11:45"), met=[rachel.email],
                 status="cancelled", what="Teams catch-up")
    case.forbid("rk1", rachel.email,
                "the Apr 14 Teams catch-up was cancelled (METHOD:CANCEL) and never took place; "
                "'new times' has no date")

    # ---- J13: lunch with a former colleague (Quarry Lane Software) -------
    case.add("fa1", farah, [me], "2026-03-26 17:35", subject="lunch?", body="""\
Lorraine, lunch soon? Something is brewing here that I'd like to run past you, and it's not for email.

Farah
""")
    case.add("fa2", me, [farah], "2026-03-26 20:10", parent="fa1", body=iphone("""\
Intriguing. Yes. Week of April 6?"""))
    case.add("fa3", farah, [me], "2026-03-27 09:02", parent="fa2", body="""\
Tuesday the 7th, 12:15 at Aldgate Kitchen on Richmond? I'll book.
""")
    case.add("fa4", me, [farah], "2026-03-27 09:30", parent="fa3", body=iphone("See you there."))
    case.add("fb1", me, [farah], "2026-04-08 07:50", subject="Thank you for lunch", body=iphone("""\
Farah, thank you for lunch yesterday, and for wanting to put my name in front of Colin. I'd be glad if you did. Send me whatever you think he should see and I'll tidy it up this week.

Lorraine"""))
    case.add("fb2", farah, [me], "2026-04-08 09:12", parent="fb1", body="""\
Done - I mentioned you to Colin this morning. I'll let you know what he says.

Farah
""")
    case.thread("fa1", True, "networking", "Quarry Lane Software",
                "lunch Tue Apr 7 12:15 (60 min) with a former colleague who wants to put her "
                "name forward; thanked in a new thread the next morning")
    case.thread("fb1", True, "networking", "Quarry Lane Software",
                "Lorraine's thank-you for the Apr 7 lunch and Farah's reply (no date promised)")
    case.meeting("fa1", at("2026-04-07 12:15"), None, met=[farah.email],
                 thanks={farah.email: "fb1"}, what="lunch")
    case.forbid("fa1", farah.email,
                "lunch Apr 7 thanked by the new-thread note 'Thank you for lunch' on Apr 8 07:50")

    # ---- J14: asking for a quarter of an hour (Fenwick Cyber) -------------
    case.add("cl1", me, [claire], "2026-04-10 14:05", subject="15 minutes on US channel?", body="""\
Claire,

We overlapped on the Tech Leaders panel last spring, and I've admired what you've built at Fenwick since. Could I borrow fifteen minutes sometime on how you structured the US channel in year one? I'm thinking through my next move and it's the question I keep circling.

""" + LSIG)
    case.add("cl2", claire, [me], "2026-04-11 10:44", parent="cl1", body="""\
Lorraine, of course - flattered you asked. I'm on the road until the 24th; I'll ping you the week I'm back (week of April 27) and we'll find a slot.
""")
    case.thread("cl1", True, "networking", "Fenwick Cyber",
                "her request for fifteen minutes; 'I'll ping you the week of April 27' still "
                "ahead; no meeting yet")
    case.promise("cl1", "cl2", claire.email, "2026-05-01")

    # ---- J15: Workday acknowledgement and rejection (Pemberton Foods) ----
    wd1_text = """\
Dear Lorraine,

Thank you for your interest in Pemberton Foods and for applying to the SVP, Sales (Canada) position (R-26-0318). We have received your application, and our Talent Acquisition team will review it against the requirements of the role.

If your qualifications match our needs, a member of our team will contact you to discuss next steps. You can check the status of your application at any time by signing in to our careers site.

Sincerely,
Pemberton Foods Talent Acquisition

This is an automated message. Please do not reply to this email.
"""
    case.add("wd1", workday, [me], "2026-03-12 14:03",
             subject="Thank you for applying – SVP, Sales (Canada) – R-26-0318",
             body=wd1_text, html=html_of(wd1_text), html_only=True, headers=AUTO)
    wd2_text = """\
Dear Lorraine,

Thank you for taking the time to apply for the SVP, Sales (Canada) role at Pemberton Foods.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. We appreciate your interest in Pemberton Foods and encourage you to keep an eye on our careers site for future opportunities.

We wish you every success in your search.

Pemberton Foods Talent Acquisition

This is an automated message. Please do not reply to this email.
"""
    case.add("wd2", workday, [me], "2026-04-01 11:20",
             subject="Update on your application – SVP, Sales (Canada)",
             body=wd2_text, html=html_of(wd2_text), html_only=True, headers=AUTO)
    case.thread("wd1", True, "application", "Pemberton Foods",
                "Workday acknowledgement of a formal application; no person, no date")
    case.thread("wd2", True, "rejection", "Pemberton Foods",
                "Workday rejection; automated sender, no meeting ever held")

    # ==================================================================
    # NOISE
    # ==================================================================

    # ---- charity board: Q1 meeting (Google Calendar) ---------------------
    ch_desc = ("Agenda: 1. Approval of minutes (Dec 11) 2. ED search update - Peter "
               "3. Q4 financials and audit plan - Treasurer 4. Spring Gala sponsorship 5. Other "
               "business. Board package to follow a week before.")
    ch_loc = "HLF office, 215 Queens Quay W, Suite 310 (Google Meet link for remote)"
    ch_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "hlf-q1"),
                      stamp=at("2026-03-05 10:20"), start=at("2026-03-19 18:00"),
                      end=at("2026-03-19 20:00"),
                      summary="HLF Board of Directors – Q1 meeting", organizer=amira_cal,
                      attendees=[(amira_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (peter, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (annemarie, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (david, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="America/Toronto", location=ch_loc, description=ch_desc)
    ch_text = gcal_body("HLF Board of Directors – Q1 meeting", "Thursday Mar 19, 2026 ⋅ 6pm – 8pm",
                        ch_loc, ch_desc, amira_cal,
                        ["Amira Haddad - organizer", "Peter Osei", "lorraine.castellano@example.ca",
                         "amroy.toronto@gmail.com", "david.kwan@kwanlaw.ca"],
                        "M2JhOWUxYzc0ZGRlX2hsZnExcQ")
    case.add("ch1", amira_cal, [me], "2026-03-05 10:20",
             subject="Invitation: HLF Board of Directors – Q1 meeting @ Thu Mar 19, 2026 6pm - 8pm "
                     "(EDT) (lorraine.castellano@example.ca)",
             body=ch_text, html=html_of(ch_text), ics=ch_ics, ics_mode="google", headers=GCAL)
    case.thread("ch1", False, None, "Harbourfront Literacy Foundation",
                "charity board she sits on: Q1 board meeting Thu Mar 19 18:00-20:00; not job "
                "search")
    case.meeting("ch1", at("2026-03-19 18:00"), at("2026-03-19 20:00"),
                 met=[amira.email, peter.email], job=False, what="charity board meeting")

    case.add("chm1", amira, [me, peter, annemarie, david], "2026-03-23 12:10",
             subject="Draft minutes – March 19 board meeting",
             attachments=[("HLF Board Minutes 2026-03-19 DRAFT.pdf", "application/pdf",
                           make_pdf(["Harbourfront Literacy Foundation",
                                     "Minutes of the Board of Directors - DRAFT",
                                     "Thursday, March 19, 2026, 6:00 p.m.",
                                     "Present: P. Osei (Chair), L. Castellano (Treasurer), "
                                     "A.-M. Roy, D. Kwan, A. Haddad (Secretary)"]))],
             body="""\
Hi all,

Draft minutes from Thursday attached. Please send any corrections by Friday and I'll circulate the final version with the Q2 package.

Amira
""")
    case.add("chm2", me, [amira], "2026-03-23 20:45", parent="chm1", body="""\
Amira, one correction: item 3 should read that the audit plan was approved subject to the fee cap, not approved outright. Otherwise all good.

Lorraine
""")
    case.thread("chm1", False, None, "Harbourfront Literacy Foundation",
                "charity board minutes; a correction from the treasurer")

    # ---- charity: ED finalist interviews (she is on the hiring side) -----
    case.add("ed1", peter, [me, annemarie, david], "2026-03-30 20:10",
             subject="ED search – interview day, Thu April 9",
             attachments=[("HLF ED finalists - candidate packages (confidential).pdf",
                           "application/pdf",
                           make_pdf(["Harbourfront Literacy Foundation",
                                     "Executive Director search - finalist packages",
                                     "Candidate A, Candidate B, Candidate C",
                                     "Confidential - search committee only"]))],
             body="""\
Hi all,

Thank you for the work on the long list. We're down to three finalists for Executive Director, and I've booked the boardroom at the office for interviews on Thursday, April 9, from 1:00 to 4:30 p.m. Candidate packages are attached; please don't forward them.

Proposed split: I'll lead on strategy and fundraising, Lorraine on partnerships and revenue, Anne-Marie on programs, David on governance. 45 minutes per candidate with short breaks between.

Peter
""")
    case.add("ed2", me, [peter, annemarie, david], "2026-03-31 07:15", parent="ed1", body=iphone("""\
Works for me. I'll take partnerships and revenue, and I'll be there by 12:45 to set up."""))
    case.add("ed3", peter, [me, annemarie, david], "2026-04-09 18:05", parent="ed2", quote=False,
             body="""\
Thank you all for a long and very good afternoon.

I'll circulate the consolidated scoring by Monday, and we'll aim to make an offer to our preferred candidate by the end of next week. Please keep names and discussion confidential until then.

Peter
""")
    case.add("ed4", david, [peter, me, annemarie], "2026-04-09 20:30", parent="ed3", body="""\
Agreed - a good day's work. B for me, with A a close second.

David
""")
    case.thread("ed1", False, None, "Harbourfront Literacy Foundation",
                "she sits on the charity's search committee and interviewed ED finalists on "
                "Thu Apr 9 13:00-16:30; the chair's 'scoring by Monday' is board business")
    case.meeting("ed1", at("2026-04-09 13:00"), at("2026-04-09 16:30"),
                 met=[peter.email, annemarie.email, david.email], job=False,
                 what="ED finalist interviews (hiring side)")
    case.promise("ed1", "ed3", peter.email, "2026-04-13", job=False)
    case.forbid("ed1", peter.email,
                "charity board chair: she interviewed Executive Director candidates on the hiring "
                "side; not her job search, so neither a thank-you nor a chaser for the 'scoring "
                "by Monday'")

    gala_text = """\
SAVE THE DATE

Harbourfront Literacy Foundation Spring Gala
Thursday, May 14, 2026 - 6:00 p.m.
The Boathouse, 5 Queens Quay W

Table sponsorships are now open. Every table funds a full year of after-school reading for twelve children.

Reserve a table: https://harbourfrontliteracy.org/gala

Harbourfront Literacy Foundation | Charitable registration no. 81234 5678 RR0001
Unsubscribe: https://harbourfrontliteracy.org/unsubscribe
"""
    case.add("gala", hlf_events, [me], "2026-04-02 12:00",
             subject="Save the date: Spring Gala, Thursday May 14", body=gala_text,
             html=html_of(gala_text), html_only=True,
             headers=bulk_headers("<events.harbourfrontliteracy.org>",
                                  "https://harbourfrontliteracy.org/unsubscribe"))
    case.thread("gala", False, None, "Harbourfront Literacy Foundation",
                "gala save-the-date (bulk)")
    case.meeting("gala", at("2026-05-14 18:00"), None, met=[], status="scheduled", job=False,
                 what="gala")

    # ---- hockey ------------------------------------------------------------
    case.add("hk1", tricia, [parents], "2026-03-06 19:30",
             subject="Flames U15AA – playoff schedule + timekeeper signup", body="""\
Hi Flames families!!

We made it :) Round 1 vs North York Knights, best of 3:

Game 1 - Sat Mar 14, 4:30pm @ Leaside Gardens (home)
Game 2 - Tue Mar 17, 8:15pm @ Moss Park Arena (away)
Game 3 (if nec.) - Sat Mar 21, 2:00pm @ Leaside Gardens (home)

For home games we need a timekeeper and a scoreboard person. Reply to me (not the list!) with which game you can take.

Go Flames!
""")
    case.add("hk2", me, [tricia], "2026-03-06 21:02", parent="hk1", body=iphone("""\
Put me down for timekeeper Sat the 14th.

Lorraine (Luca C.)"""))
    case.thread("hk1", False, None, "Leaside Flames U15 AA",
                "son's hockey playoff schedule; she keeps time at the Mar 14 home game")
    case.meeting("hk1", at("2026-03-14 16:30"), at("2026-03-14 18:00"), met=[], job=False,
                 what="hockey game")
    case.add("hk3", tricia, [parents], "2026-03-30 18:20",
             subject="Year-end banquet – Sat April 25", body="""\
Hi all, what a season!!

Banquet is Saturday, April 25 at 6 pm, upstairs hall at Leaside Gardens. $40/family - please e-transfer to me by April 17 and tell me how many are coming. Coaches' gift collection is also open ($20 suggested).
""")
    case.add("hk4", me, [tricia], "2026-03-31 07:40", parent="hk3", body=iphone("""\
2 of us. E-transfer for $60 sent (incl. coaches' gift)."""))
    case.thread("hk3", False, None, "Leaside Flames U15 AA",
                "hockey year-end banquet Sat Apr 25 (ahead)")
    case.meeting("hk3", at("2026-04-25 18:00"), None, met=[], status="scheduled", job=False,
                 what="banquet")
    it_text = """\
Hi LORRAINE CASTELLANO,

Your money transfer to TRICIA DONNELLY (tricia.donnelly@gmail.com) was sent.

Amount: $60.00 (CAD)
Message: Castellano - banquet x2 + coaches gift
Reference Number: CAwZ7hQp

This is an automated message from Interac e-Transfer. Please do not reply.
"""
    case.add("it1", interac, [me], "2026-03-31 07:42",
             subject="INTERAC e-Transfer: Your money transfer to TRICIA DONNELLY was sent",
             body=it_text, html=html_of(it_text), headers=AUTO)
    case.thread("it1", False, None, "Interac", "e-Transfer notification (banquet fees)")

    # ---- condo board ------------------------------------------------------
    co_text = """\
Good afternoon Directors,

Please find attached the package for the April board meeting, to be held on Teams on Tuesday, April 14 at 7:00 p.m.

Agenda
1. Approval of February minutes
2. Reserve fund study (draft) - Treasurer's comments
3. Lobby refurbishment - three quotes
4. Owner correspondence - unit 1408 (noise)
5. In camera

""" + teams_block("219 554 801 336", "Kc2pV9", "YjQ1ZDIwMmYtNzc0Ni00")
    co_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "tscc-april"),
                      stamp=at("2026-04-06 15:10"), start=at("2026-04-14 19:00"),
                      end=at("2026-04-14 20:30"), summary="TSCC 2417 – Board meeting",
                      organizer=wendy,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (dir_hargreaves, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (dir_li, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                      description=co_text, prodid=EXCHANGE_PRODID, extra=MS_EXTRA)
    case.add("co1", wendy, [me, dir_hargreaves, dir_li], "2026-04-06 15:10",
             subject="TSCC 2417 – Board meeting Tuesday, April 14 at 7:00 p.m.", body=co_text,
             html=html_of(co_text + "\n\n" + wendy.sig), ics=co_ics, ics_mode="outlook",
             attachments=[("TSCC 2417 board package - April 14.pdf", "application/pdf",
                           make_pdf(["TSCC 2417 - Board of Directors",
                                     "Meeting package - Tuesday, April 14, 2026",
                                     "Reserve fund study (draft), lobby quotes A-C, "
                                     "correspondence"]))])
    case.add("co2", me, [wendy], "2026-04-06 18:22", parent="co1", body="""\
Wendy, I'll dial in from the car and may be five minutes late. My comments on the reserve fund study are in the margin of the attached; mostly the inflation assumption on the roof membrane.

Lorraine (Treasurer)
""", attachments=[("Reserve fund study - LC comments.pdf", "application/pdf",
                   make_pdf(["TSCC 2417 reserve fund study - draft",
                             "Comments: L. Castellano, Treasurer",
                             "p.14: inflation at 2.0% looks light for roofing; suggest 3.5%"]))])
    case.add("co3", wendy, [me, dir_hargreaves, dir_li], "2026-04-14 21:05", parent="co2",
             quote=False, body="""\
Thank you all for this evening. Summary of decisions:

- Lobby refurbishment awarded to Mason Interiors (quote B)
- Reserve fund study returned to the engineer with the Treasurer's comments
- Letter to unit 1408 to go out this week

Draft minutes will be circulated within ten business days.
""")
    case.thread("co1", False, None, "TSCC 2417 (Crestview Property Management)",
                "condo board meeting on Teams Tue Apr 14 19:00-20:30; she is treasurer; not job "
                "search")
    case.meeting("co1", at("2026-04-14 19:00"), at("2026-04-14 20:30"),
                 met=[wendy.email, dir_hargreaves.email, dir_li.email], job=False,
                 what="condo board meeting")
    case.promise("co1", "co3", wendy.email, "2026-04-28", job=False)
    water_text = """\
NOTICE TO ALL RESIDENTS

Domestic water shut-off
Thursday, April 16, 2026, 9:00 a.m. to 1:00 p.m.

Water will be shut off to the whole building while the contractor replaces a riser valve on the 9th floor. Please fill a kettle in advance and keep taps closed.

Management Office, TSCC 2417 | Crestview Property Management
"""
    case.add("water", tscc, [me], "2026-04-13 16:00",
             subject="NOTICE: Domestic water shut-off – Thursday, April 16, 9 a.m. to 1 p.m.",
             body=water_text, html=html_of(water_text), html_only=True,
             headers=bulk_headers("<residents.crestviewpm.ca>",
                                  "https://crestviewpm.ca/residents/unsubscribe"))
    case.thread("water", False, None, "TSCC 2417 (Crestview Property Management)",
                "building notice (bulk)")

    # ---- wealth manager ------------------------------------------------------
    case.add("wm1", simon, [me], "2026-03-12 16:40", subject="Review meeting – Wednesday, March 18",
             body="""\
Lorraine,

Confirming our review on Wednesday, March 18 at 10:00 a.m. at our office. We'll go through the retiring allowance, your RRSP room, and whether it makes sense to draw anything down this year.

Please bring your final pay stub and the Helix separation letter if you have them.

Best regards,
Simon
""")
    case.add("wm2", me, [simon], "2026-03-12 18:05", parent="wm1", body=iphone("Confirmed. I'll bring both."))
    case.add("wm3", simon, [me], "2026-04-08 15:35", parent="wm2", body="""\
Lorraine,

Our tax team has come back with the numbers on rolling the eligible portion of the retiring allowance into your RRSP. Short version: it's favourable. I'll give you a call on Monday to walk through the details before anything is transferred.

Best regards,
Simon
""")
    case.add("wm4", me, [simon], "2026-04-08 16:50", parent="wm3", body=iphone("""\
Great news. Monday afternoon is best, on my cell."""))
    case.thread("wm1", False, None, "Ashgrove Wealth Management",
                "wealth manager: review Wed Mar 18 10:00; 'I'll give you a call on Monday' "
                "(Apr 13) not yet followed by any mail")
    case.meeting("wm1", at("2026-03-18 10:00"), None, met=[simon.email], job=False,
                 what="portfolio review")
    case.promise("wm1", "wm3", simon.email, "2026-04-13", job=False)
    case.forbid("wm1", simon.email,
                "her wealth manager: the review meeting and his 'I'll call you Monday' are "
                "personal finance, not job search")
    st_text = """\
Your Q1 2026 statements are ready.

Sign in to Ashgrove Online to view your quarterly statements for accounts ending 3318 and 7702.

https://online.ashgrovewealth.ca

Ashgrove Wealth Management is a member of the Canadian Investor Protection Fund. This is an automated message.
"""
    case.add("wms", ashgrove, [me], "2026-04-10 06:00", subject="Your Q1 2026 statements are ready",
             body=st_text, html=html_of(st_text), html_only=True, headers=AUTO)
    case.thread("wms", False, None, "Ashgrove Wealth Management", "statement notice (automated)")

    # ---- former employer: exit interview (Teams) --------------------------
    x_text = """\
Hi Lorraine,

As part of the offboarding process following the Northvale integration, I've scheduled a short exit interview over Teams. We'll also confirm the courier pickup for your laptop, badge and phone.

The conversation is confidential, and your feedback helps us improve the integration experience for the colleagues who remain.

Tanya

""" + teams_block("255 907 418 263", "Rb4mN2", "OTE0YWMxZDgtMWMzNi00")
    x_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "helix-exit"),
                     stamp=at("2026-03-27 10:30"), start=at("2026-04-02 10:00"),
                     end=at("2026-04-02 10:30"),
                     summary="Exit interview & equipment return – Lorraine Castellano",
                     organizer=tanya, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                     description=x_text, prodid=EXCHANGE_PRODID, extra=MS_EXTRA)
    case.add("x1", tanya, [me], "2026-03-27 10:30",
             subject="Exit interview & equipment return – Lorraine Castellano", body=x_text,
             sig=False, html=html_of(x_text), ics=x_ics, ics_mode="outlook")
    case.add("x2", me, [tanya], "2026-03-27 12:10", parent="x1", body=iphone("""\
Tanya, that works. Everything is boxed and ready."""))
    case.add("x3", tanya, [me], "2026-04-02 10:48", parent="x2", body="""\
Thanks for your time this morning, Lorraine, and for the candid feedback on the integration.

Courier pickup (Purolator) is confirmed for Monday, April 6 between 9:00 and noon. Your benefits continuation letter will follow from the benefits team.

All the best,
Tanya
""")
    case.thread("x1", False, None, "Helix Systems",
                "former employer's HR: Teams 'exit interview' Thu Apr 2 10:00-10:30 "
                "('Eastern Standard Time'); offboarding, not job search")
    case.meeting("x1", at("2026-04-02 10:00"), at("2026-04-02 10:30"), met=[tanya.email],
                 job=False, what="exit interview at former employer")
    case.promise("x1", "x3", tanya.email, "2026-04-06", job=False)
    case.forbid("x1", tanya.email,
                "an 'exit interview' at the employer that let her go: offboarding, not her job "
                "search; no thank-you owed")
    pr_text = """\
Your Record of Employment (ROE) has been submitted electronically to Service Canada.

Employee: Lorraine Castellano
Last day for which paid: February 27, 2026
Reason for issuing: Shortage of work / end of contract (code A)

Your final pay statement is available in the Helix employee portal. This mailbox is not monitored.
"""
    case.add("pr1", payroll, [me], "2026-03-20 09:00",
             subject="Your Record of Employment has been submitted", body=pr_text,
             html=html_of(pr_text), html_only=True, headers=AUTO)
    case.thread("pr1", False, None, "Helix Systems", "former employer's payroll (automated)")

    # ---- friend's surprise 50th --------------------------------------------
    case.add("bd1", dom, [me, friend_jen], "2026-03-22 21:15", subject="Marisa's 50th – SHHH", body="""\
Hi all -

Marisa turns 50 on the 11th and she thinks we're staying in. We are not. Dinner Saturday, April 11, 7:30 at Trattoria Sole on Price St - I've booked the back room.

Please DON'T reply-all, she reads over my shoulder.

Dom
""")
    case.add("bd2", me, [dom], "2026-03-22 21:40", parent="bd1", body=iphone("""\
Wouldn't miss it!! I'll bring the good prosecco."""))
    case.add("bd3", marisa, [me, friend_jen], "2026-04-12 10:15", subject="you lot ❤️", body="""\
I cannot believe you all kept that quiet for three weeks. Thank you for the best birthday I've had in years. My face still hurts from laughing.

M xx
""")
    case.add("bd4", me, [marisa], "2026-04-12 11:02", parent="bd3", body=iphone("""\
Happy birthday again, my friend. Fifty suits you."""))
    case.thread("bd1", False, None, None, "friend's surprise 50th birthday dinner Sat Apr 11 19:30")
    case.thread("bd3", False, None, None, "the birthday friend's note the morning after")
    case.meeting("bd1", at("2026-04-11 19:30"), at("2026-04-11 23:00"),
                 met=[dom.email, marisa.email], job=False, what="birthday dinner")

    # ---- sister, in French ----------------------------------------------------
    case.add("sy1", sylvie, [me], "2026-03-28 10:05", subject="Pâques chez maman?", body="""\
Salut Lorraine,

Maman veut savoir si vous venez pour Pâques. Dîner le dimanche 5 avril à midi, à Laval comme d'habitude. Luca est le bienvenu, évidemment.

Et toi, comment ça va avec tout ça? Tu avais l'air fatiguée au téléphone.

Bisous,
Sylvie
""")
    case.add("sy2", me, [sylvie], "2026-03-28 13:20", parent="sy1", body=iphone("""\
Salut Sylvie! Oui, on vient, Luca et moi. On arrive samedi soir. Ça va, je t'assure - beaucoup de cafés, beaucoup de lunchs. Je t'en parle à Pâques.

Bisous"""))
    case.add("sy3", sylvie, [me], "2026-04-06 20:40", parent="sy2", body="""\
Merci d'être venus! Maman était ravie. Bonne chance cette semaine avec tes rendez-vous.

xx S
""")
    case.thread("sy1", False, None, None, "her sister, in French: Easter lunch Sun Apr 5 in Laval")
    case.meeting("sy1", at("2026-04-05 12:00"), at("2026-04-05 15:00"), met=[sylvie.email],
                 job=False, what="family Easter lunch")

    # ---- travel and receipts ------------------------------------------------
    hotel_text = """\
Hôtel Maison Vigneault - Vieux-Montréal

Facture / Folio no. 88213
Client / Guest: Lorraine Castellano
Arrivée / Arrival: 24-03-2026   Départ / Departure: 25-03-2026

Chambre / Room (1 nuit / night)     CAD 239.00
Taxe d'hébergement / Lodging tax     CAD  8.37
TPS / GST                            CAD 12.37
TVQ / QST                            CAD 24.68
Petit-déjeuner / Breakfast           CAD  4.93
Total                                CAD 289.35

Merci de votre séjour. / Thank you for staying with us.
"""
    case.add("hotel", hotel, [me], "2026-03-25 08:05",
             subject="Votre facture / Your folio – Séjour du 24 au 25 mars 2026", body=hotel_text,
             html=html_of(hotel_text), html_only=True, headers=AUTO,
             attachments=[("Folio-88213.pdf", "application/pdf",
                           make_pdf(["Hotel Maison Vigneault - Folio 88213",
                                     "Lorraine Castellano, 24-03-2026 to 25-03-2026",
                                     "Total CAD 289.35"]))])
    case.thread("hotel", False, None, "Hôtel Maison Vigneault", "hotel folio (Montréal trip)")
    air2_text = """\
Laurentian Air - Booking confirmation / Confirmation de réservation

Booking reference: PW4D8N
Passenger: CASTELLANO/LORRAINE MS

Thu 16 Apr 2026  LA 702  Toronto (YYZ) 07:00 - New York (LGA) 08:35  Economy
Fri 17 Apr 2026  LA 709  New York (LGA) 18:20 - Toronto (YYZ) 19:55  Economy

Total charged to Visa ending 4471: CAD 541.12

Check-in opens 24 hours before departure: https://www.laurentianair.ca/checkin
"""
    case.add("air2", lair, [me], "2026-04-02 21:30",
             subject="Your booking confirmation – YYZ–LGA – Booking ref PW4D8N",
             body=air2_text, html=html_of(air2_text), html_only=True, headers=AUTO)
    case.thread("air2", False, None, "Laurentian Air", "flight booking to New York Apr 16-17")
    cab_text = """\
Metro Cab - Trip receipt

Wed, April 8, 2026  20:41 - 21:02
Pickup: 66 Wellington St W
Drop-off: Summerhill Ave

Fare   $20.85
Tip     $3.45
Total  $24.30 (Visa ending 4471)

Thank you for riding with Metro Cab.
"""
    case.add("cab", cab, [me], "2026-04-08 21:04", subject="Your Metro Cab receipt – Wed, April 8",
             body=cab_text, html=html_of(cab_text), html_only=True, headers=AUTO)
    case.thread("cab", False, None, "Metro Cab", "cab receipt after the Corvane dinner")

    # ---- newsletters, alerts, events ------------------------------------------
    rb_issues = [
        ("rb1", "2026-03-10 06:30", "The Revenue Brief #212: Why your forecast is lying to you",
         "This week: the three places forecasts go wrong (stage definitions, rep optimism, and the "
         "quarter-end pull-forward), plus a reader's spreadsheet for commit-versus-best-case "
         "hygiene."),
        ("rb2", "2026-03-24 06:30", "The Revenue Brief #214: The CRO tenure cliff",
         "Median CRO tenure at venture-backed companies is now under two years. We talked to "
         "eleven who lasted longer than five about what they negotiated before they said yes."),
        ("rb3", "2026-04-07 06:30", "The Revenue Brief #216: Comp plans that survive contact with reality",
         "Accelerators, decelerators, and why the cleanest plan is usually the one your CFO can "
         "explain in a single slide. Also: the partner-sourced pipeline debate, revisited."),
    ]
    for key, when, subj, lead in rb_issues:
        t = lead + ("\n\nRead the full issue: https://revenuebrief.com/p/" + key +
                    "\n\nYou're receiving this because you subscribed to The Revenue Brief.\n"
                    "Unsubscribe: https://revenuebrief.com/unsubscribe\n")
        case.add(key, revbrief, [me], when, subject=subj, body=t, html=html_of(t),
                 headers=bulk_headers("<weekly.revenuebrief.com>",
                                      "https://revenuebrief.com/unsubscribe"))
        case.thread(key, False, None, "The Revenue Brief", "newsletter")
    bsm_issues = [
        ("bsm1", "2026-03-30 05:45", "Bay Street Morning: Helix completes Northvale integration; 140 roles cut",
         "Helix Systems says the Northvale integration is complete, with 140 roles eliminated "
         "across sales and G&A. Also today: TSX opens higher; the Bank of Canada's April "
         "decision preview; a Mississauga manufacturer's family succession."),
        ("bsm2", "2026-04-14 05:45", "Bay Street Morning: Rate hold expected; PE dry powder hits record",
         "Economists expect the Bank to hold tomorrow. Canadian private-equity funds are sitting "
         "on record undeployed capital, and operating partners say the bottleneck is management "
         "talent, not deals."),
    ]
    for key, when, subj, lead in bsm_issues:
        t = lead + ("\n\nRead more at baystreetmorning.ca\n\nUnsubscribe: "
                    "https://baystreetmorning.ca/unsubscribe\n")
        case.add(key, bsm, [me], when, subject=subj, body=t, html=html_of(t), html_only=True,
                 headers=bulk_headers("<daily.baystreetmorning.ca>",
                                      "https://baystreetmorning.ca/unsubscribe"))
        case.thread(key, False, None, "Bay Street Morning", "daily business newsletter")
    alerts = [
        ("al1", "2026-03-23 07:00", "6 new roles matching 'Chief Revenue Officer' in Toronto",
         "Chief Revenue Officer - Series C fintech - Toronto - Apply now\n"
         "SVP Sales, Canada - consumer goods - Mississauga - Interviews begin April 6\n"
         "VP Enterprise Sales - cybersecurity - remote (Canada) - Easy apply\n"
         "Chief Commercial Officer - logistics - Toronto - Hiring manager reviewing now\n"
         "CRO - healthtech - Toronto - Applications close March 31\n"
         "SVP Revenue - SaaS - Ottawa - We'll be in touch with shortlisted candidates by April 15"),
        ("al2", "2026-04-13 07:00", "4 new roles matching 'Chief Revenue Officer' in Toronto",
         "Chief Revenue Officer - industrial software - Toronto - Apply now\n"
         "SVP Sales & Partnerships - payments - Toronto - Recruiter will contact you within 5 days\n"
         "Head of Sales, North America - AI startup - hybrid - Interview process: 3 rounds\n"
         "CRO - PE-backed services - Burlington - Apply by April 24"),
    ]
    for key, when, subj, listing in alerts:
        t = ("Hi Lorraine, here are new jobs that match your alert.\n\n" + listing +
             "\n\nView all jobs: https://execroles.ca/alerts/cro-toronto\n\n"
             "Manage alerts or unsubscribe: https://execroles.ca/alerts/manage\n")
        case.add(key, execroles, [me], when, subject=subj, body=t, html=html_of(t),
                 html_only=True,
                 headers=bulk_headers("<alerts.execroles.ca>", "https://execroles.ca/alerts/manage"))
        case.thread(key, False, None, "ExecRoles Canada", "job-board alert: full of job words, "
                    "owes nothing")
    trlf_text = """\
You're invited: CRO Roundtable

Thursday, April 23, 2026 - 5:30 to 8:00 p.m.
The Verity Room, 111 Queen St E

An evening for senior revenue leaders: "Selling into a downturn without torching your brand." Three short talks, then dinner. Members free; guests $95.

Register: https://torontorevenueleaders.org/events/cro-roundtable-april

Toronto Revenue Leaders Forum | Unsubscribe: https://torontorevenueleaders.org/unsubscribe
"""
    case.add("trlf", trlf, [me], "2026-04-09 12:00",
             subject="You're invited: CRO Roundtable – Thursday, April 23", body=trlf_text,
             html=html_of(trlf_text), html_only=True,
             headers=bulk_headers("<events.torontorevenueleaders.org>",
                                  "https://torontorevenueleaders.org/unsubscribe"))
    case.thread("trlf", False, None, "Toronto Revenue Leaders Forum",
                "event invitation (bulk), not registered")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
