#!/usr/bin/env python3
"""Sealed case: a seventh-year litigation associate in New York moving in-house."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt

NY = "America/New_York"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"


def teams(seed, meeting_id, passcode, org="Calloway Brands"):
    tid = digest("teams", seed, n=24)
    return """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: %s
Passcode: %s
Download Teams | Join on the web
Learn More | Meeting options
________________________________________________________________________________
%s: for assistance joining, please reply to the organizer.""" % (tid, meeting_id, passcode, org)


def resume_pdf():
    return make_pdf([
        "NAOMI R. CASTELLANO",
        "New York, NY  |  (917) 555-0183  |  naomi.castellano@example.com",
        "",
        "EXPERIENCE",
        "Pryor Whitcombe & Lyle LLP, New York, NY",
        "Senior Associate, Litigation & Investigations Group (2019 - present)",
        "- Lead associate on commercial contract, product and securities disputes",
        "- First-chaired 19 depositions; second chair, 3-week jury trial (S.D.N.Y.)",
        "- Managed internal investigations for two Fortune 500 consumer companies",
        "Law Clerk, Hon. Miriam T. Ellery, U.S. District Court (2018 - 2019)",
        "",
        "EDUCATION",
        "Morningside Law School, J.D., 2018 (Law Review, Notes Editor)",
        "Tufts University, B.A., Political Science, 2014",
        "",
        "BAR ADMISSIONS",
        "New York; S.D.N.Y.; E.D.N.Y.; Second Circuit",
    ])


def build():
    now = dt.datetime(2026, 4, 22, 8, 40, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    summary = ("Naomi Castellano, a seventh-year litigation associate at Pryor Whitcombe & Lyle "
               "in New York, is moving in-house.")
    case = Case(
        "lawyer-newyork",
        "Senior litigation associate in New York moving in-house: legal recruiters, GC "
        "interviews, a lateral callback day; firm, co-op and family noise",
        {"name": "Naomi Castellano", "emails": ["naomi.castellano@example.com"],
         "phone": "+1 917 555 0183", "timezone": NY},
        now, summary)

    me = Person("Naomi Castellano", "naomi.castellano@example.com", NY, "webmail",
                sig="Naomi R. Castellano\n(917) 555-0183\nnaomi.castellano@example.com")
    case.me = me

    def P(name, email, tz=NY, style="outlook", sig=None, **kw):
        return Person(name, email, tz, style, sig=sig, **kw)

    # ---------------------------------------------------------------- people
    diane = P("Diane Ostrowski", "diane.ostrowski@harbingerlegal.com", sig=(
        "Diane Ostrowski | Managing Director\n"
        "Harbinger Legal Search | In-House & Law Firm Placement\n"
        "575 Lexington Avenue, 14th Floor | New York, NY 10022\n"
        "D: (212) 555-0147 | M: (646) 555-0119\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the "
        "addressee."))
    priya = P("Priya Nandakumar", "priya.nandakumar@callowaybrands.com", sig=(
        "Priya Nandakumar\nTalent Acquisition Coordinator | Calloway Brands, Inc.\n"
        "410 Park Avenue South, New York, NY 10016\nT: (212) 555-0180"))
    martin = P("Martin Adebayo", "martin.adebayo@callowaybrands.com", sig=(
        "Martin Adebayo\nDeputy General Counsel\nCalloway Brands, Inc.\nT: (212) 555-0191"))
    evelyn = P("Evelyn Strand", "evelyn.strand@callowaybrands.com")
    raymond = P("Raymond Tse", "raymond.tse@callowaybrands.com")
    sofia = P("Sofia Marchand", "sofia.marchand@callowaybrands.com", sig=(
        "Sofia Marchand\nAssociate General Counsel, Litigation\nCalloway Brands, Inc.\n"
        "Sent from Outlook for iOS"))
    gregory = P("Gregory Haim", "ghaim@larchmontcp.com", sig=(
        "Gregory Haim\nPartner\nLarchmont Counsel Partners LLC\n"
        "1350 Avenue of the Americas, Suite 2210, New York, NY 10019\n"
        "O: 212.555.0132  |  C: 917.555.0174\nwww.larchmontcp.com"))
    poppy = P("Poppy Carrington", "poppy.carrington@norlandcap.com", tz="Europe/London",
              region="eurprd04", sig=(
                  "Poppy Carrington\nExecutive Assistant to Ingrid Solberg, General Counsel\n"
                  "Norland Capital Partners LLP\n8 Bishopsgate, London EC2N 4BQ\n"
                  "+44 20 7946 0321"))
    ingrid = P("Ingrid Solberg", "ingrid.solberg@norlandcap.com", tz="Europe/London",
               region="eurprd04", sig=(
                   "Ingrid Solberg\nGeneral Counsel\nNorland Capital Partners LLP\n"
                   "+44 20 7946 0300"))
    icims = P("Halvorsen Pharmaceuticals Careers", "careers-halvorsenpharma@talent.icims.com",
              style="auto", auto=True, msgid_domain="talent.icims.com")
    jasmine = P("Jasmine Oduya", "jasmine.oduya@halvorsenpharma.com", sig=(
        "Jasmine Oduya\nSenior Talent Acquisition Partner, Legal & Compliance\n"
        "Halvorsen Pharmaceuticals US, Inc.\n300 Carnegie Center, Princeton, NJ 08540\n"
        "M: (609) 555-0138"))
    paul = P("Paul Gerritsen", "paul.gerritsen@halvorsenpharma.com", sig=(
        "Paul Gerritsen\nVice President & Deputy General Counsel\nHalvorsen Pharmaceuticals US, Inc."))
    helen = P("Helen Park-Sato", "helen.park-sato@halvorsenpharma.com")
    colleen = P("Colleen Mahoney", "cmahoney@thorneabernathy.com", sig=(
        "Colleen Mahoney\nDirector of Legal Recruiting\nThorne Abernathy LLP\n"
        "425 Madison Avenue, New York, NY 10017\nT +1 212 555 0156"))
    okonkwo = P("Richard Okonkwo", "rokonkwo@thorneabernathy.com", sig=(
        "Richard Okonkwo | Partner, Chair, Litigation Department\nThorne Abernathy LLP\n"
        "T +1 212 555 0102"))
    feldhaus = P("Susan Feldhaus", "sfeldhaus@thorneabernathy.com")
    breyer = P("Daniel Breyer", "dbreyer@thorneabernathy.com")
    iyer = P("Monica Iyer", "miyer@thorneabernathy.com")
    amari = P("Lucas Amari", "lamari@thorneabernathy.com")
    tamsin = P("Tamsin Ruiz", "tamsin.ruiz@kestrellegal.com", style="gmail", sig=(
        "--\nTamsin Ruiz\nPrincipal | Kestrel Legal Placement\n"
        "m. 347.555.0161 | kestrellegal.com"))
    dolores = P("Dolores Finch", "dolores.finch@pellhammedia.com", sig=(
        "Dolores Finch\nExecutive Assistant to Lionel Ashworth, EVP & General Counsel\n"
        "Pellham Media Group\n1180 Avenue of the Americas, New York, NY 10036\n(212) 555-0125"))
    lionel = P("Lionel Ashworth", "lionel.ashworth@pellhammedia.com", sig=(
        "Lionel Ashworth\nEVP & General Counsel | Pellham Media Group"))
    theo = P("Theo Lindahl", "theo.lindahl@gmail.com", style="gmail")
    workday = P("Ashcombe Financial Group", "ashcombe@myworkday.com", style="auto", auto=True,
                msgid_domain="myworkday.com")
    nathaniel = P("Nathaniel Greer", "nathaniel.greer@ashcombefg.com")
    rafael = P("Rafael Quintero", "rafael.quintero@ondinehotels.com", sig=(
        "Rafael Quintero\nGeneral Counsel\nOndine Hotels Group\n"
        "M +1 646 555 0177\nSent from my iPhone"))
    lorraine = P("Lorraine Beck", "lorraine.beck@ondinehotels.com", sig=(
        "Lorraine Beck\nChief People Officer\nOndine Hotels Group\n"
        "One Bryant Park, 33rd Floor, New York, NY 10036\n+1 212 555 0140"))
    calendly = P("Calendly", "no-reply@calendly.com", style="auto", auto=True,
                 msgid_domain="calendly.com")
    adaeze = P("Adaeze Nwosu", "anwosu@corbelins.com", sig=(
        "Adaeze Nwosu\nDeputy General Counsel\nCorbel Insurance Group\n"
        "Direct: (212) 555-0166 | anwosu@corbelins.com"))
    eitan = P("Eitan Rosenfeld", "eitan.rosenfeld@quillon.io", sig=(
        "Eitan Rosenfeld | Associate General Counsel, Litigation\nQuillon Software, Inc.\n"
        "m: 415.555.0108 (I'm in NY Tue-Thu)"))
    warren = P("Warren Pike", "warren.pike@corvidenergy.com", tz="America/Chicago", sig=(
        "Warren Pike\nDeputy General Counsel - Disputes\nCorvid Energy Partners\n"
        "1100 Louisiana Street, Houston, TX 77002\nOffice: 713-555-0152"))
    renee = P("Renee Castillo", "renee.castillo@beacontrust.com", sig=(
        "Renee Castillo\nVice President, Talent Acquisition\nBeacon Trust Company\n"
        "T: 212-555-0113"))
    craig = P("Craig Donnelly", "craig.donnelly@beacontrust.com")
    goodtime = P("Beacon Trust Company via GoodTime", "no-reply@goodtime.io", style="auto",
                 auto=True, msgid_domain="goodtime.io")
    trudy = P("Trudy Hale", "trudy.hale@marlowekent.com", sig=(
        "Trudy Hale\nExecutive Assistant to Simon Achterberg, General Counsel\n"
        "Marlowe & Kent Publishers\n255 Hudson Street, New York, NY 10013\n(212) 555-0171"))
    simon = P("Simon Achterberg", "simon.achterberg@marlowekent.com")
    whitney = P("Whitney Paxton", "wpaxton@sterlingbrooklegal.com", style="gmail", sig=(
        "Whitney Paxton\nSenior Director | Sterling Brook Legal\n(646) 555-0190"))

    # noise
    loretta = P("Loretta Vance", "lvance@pryorwhitcombe.com", sig=(
        "Loretta Vance\nLegal Secretary to H. Lyle, N. Castellano, J. Mehta\n"
        "Pryor Whitcombe & Lyle LLP\n(212) 555-0109"))
    howard = P("Howard Lyle", "hlyle@pryorwhitcombe.com")
    bethany = P("Bethany Crowe", "bcrowe@pryorwhitcombe.com", sig=(
        "Bethany Crowe\nLegal Recruiting Manager\nPryor Whitcombe & Lyle LLP\n(212) 555-0187"))
    marcus = P("Marcus Delacroix-Young", "mdelacroixyoung@law.stbrendans.edu", style="gmail",
               sig="Marcus Delacroix-Young\nJ.D. Candidate, 2027 | St. Brendan's University School of Law\n(718) 555-0149")
    metbar = P("Metropolitan Bar Association", "cle@metbarny.org", style="auto", auto=True)
    jonah = P("Jonah Fields", "jonah.fields@fieldsrourke.com", style="gmail")
    philip = P("Philip Kessler", "pkessler@kesslerward.com", sig=(
        "Philip Kessler\nManaging Agent, The Aldridge Owners Corp.\n"
        "Kessler-Ward Property Management\n(212) 555-0194"))
    ruth = P("Ruth Galloway", "ruthgalloway.ny@gmail.com", style="gmail")
    cleaners = P("Madison Valet Cleaners", "orders@madisonvalet.com", style="auto", auto=True)
    sungmin = P("Sung-min Oh", "sungmin@madisonvalet.com", style="gmail",
                sig="Sung-min Oh | Madison Valet Cleaners\n1421 Madison Ave | (212) 555-0128")
    docket = P("The Docket Daily", "newsletter@docketdaily.com", style="auto", auto=True)
    inhouse = P("In-House Brief", "editors@inhousebrief.com", style="auto", auto=True)
    counsel = P("CounselConnect Jobs", "alerts@counselconnect.com", style="auto", auto=True)
    prolink = P("ProLink", "notifications@prolink.com", style="auto", auto=True)
    mama = P("Marisol Castellano", "marisol.castellano@gmail.com", style="gmail", locale="es")
    mateo = P("Mateo Castellano", "mateo.castellano@gmail.com", style="gmail")
    mateo_cal = P("Mateo Castellano", "mateo.castellano@gmail.com", style="gcal")
    keisha = P("Keisha Morgan", "keisha.morgan@gmail.com", style="gmail")
    derm = P("Park Avenue Dermatology", "appointments@parkavederm.com", style="auto", auto=True)
    yolanda = P("Yolanda Briggs, RN", "ybriggs@parkavederm.com", sig=(
        "Yolanda Briggs, RN\nPark Avenue Dermatology Associates\n"
        "880 Park Avenue, New York, NY 10075 | (212) 555-0117"))
    rail = P("Northeast Rail", "etickets@northeastrail.com", style="auto", auto=True)
    card = P("Hudson Card Services", "statements@hudsoncard.com", style="auto", auto=True)
    utility = P("Consolidated Utilities of New York", "ebill@cuny-energy.com", style="auto",
                auto=True)
    wedbook = P("Wedbook", "rsvp@wedbook.com", style="auto", auto=True)
    alumni = P("Morningside Law School Alumni Relations", "alumni@morningsidelaw.edu",
               style="auto", auto=True)
    building = P("The Aldridge Front Desk", "frontdesk@aldridgecoop.com", style="auto",
                 auto=True)
    books = P("Three Lives & Sons Booksellers", "receipts@threelivesbooks.com", style="auto",
              auto=True)
    amelia = P("Amelia Ferrante", "amelia.ferrante.esq@gmail.com", style="gmail")

    at = case.at

    def at_tz(s, person):
        return case.at(s, person)

    # ==================================================================
    # J1 Harbinger Legal Search -> Calloway Brands
    # ==================================================================
    case.add("d1", diane, [me], "2026-03-04 11:22",
             subject="Confidential - Senior Counsel, Litigation & Investigations (NYC consumer brand)",
             body="""Dear Ms. Castellano,

I hope this note finds you well. Your name came up in conversation with a former colleague of yours who moved in-house last year, and I understand you may be open to hearing about the right opportunity.

I am retained on a confidential search for a Senior Counsel, Litigation & Investigations at a well-known consumer products company headquartered in Manhattan. The role reports to the Deputy General Counsel and would own the company's commercial litigation docket and internal investigations, including the management of outside counsel across roughly forty active matters. The client is looking for seven to nine years of complex commercial litigation experience at a major firm, and some exposure to product or advertising disputes would be a plus.

If this is of interest, I would welcome a brief call at your convenience. I am glad to work around your schedule, including early mornings or evenings.

Kind regards,""")
    case.add("d2", me, [diane], "2026-03-04 21:47", parent="d1",
             body="""Dear Ms. Ostrowski,

Thank you for reaching out, and for the discretion. The timing is good, and from your description the role sounds like a close match for my practice.

I am in depositions for most of this week, but I could speak on Friday at 12:30 if that suits you.

Best regards,
Naomi""")
    case.add("d3", diane, [me], "2026-03-05 08:05", parent="d2",
             body="""Friday at 12:30 is perfect. I will call your mobile at (917) 555-0183 -- and please, call me Diane.

Best,
Diane""")
    case.add("d4", me, [diane], "2026-03-06 15:10", parent="d3",
             attachments=[("Castellano_Naomi_Resume.pdf", "application/pdf", resume_pdf())],
             body="""Dear Diane,

Thank you for the time today, and for such a clear picture of the team and the role. As promised, I have attached my resume; a list of representative matters follows below.

- Lead associate, defense of a national beverage company in a $240 million distributor termination action (S.D.N.Y.), resolved on summary judgment
- Internal investigation into marketing claims for a consumer health client, including the presentation of findings to the audit committee
- Second chair, three-week jury trial in a breach of warranty action (E.D.N.Y.)

I look forward to hearing whether the client would like to take things further.

Best regards,
Naomi""")
    case.add("d5", diane, [me], "2026-03-11 10:40", parent="d4",
             body="""Dear Naomi,

Good news: the client would like you to meet Martin Adebayo, their Deputy General Counsel, for a first conversation by video. I can now tell you that the company is Calloway Brands.

Martin has the following windows next week (all Eastern):

  Tue 3/17  4:00 - 5:00 pm
  Wed 3/18  10:00 - 11:00 am
  Thu 3/19  8:30 - 9:30 am

Their talent acquisition team will send a Teams invitation once we confirm a time. Please let me know which suits you best.

Kind regards,
Diane""")
    case.add("d6", me, [diane], "2026-03-11 13:02", parent="d5",
             body="""Dear Diane,

Wednesday the 18th at 10:00 would be best for me. Thank you for arranging it.

Best,
Naomi""")
    case.add("d7", diane, [me], "2026-03-18 17:30", parent="d6",
             body="""Naomi,

I just had a quick word with Martin, who enjoyed the conversation this morning. I'll have his formal feedback for you by Friday.

Diane""")
    case.add("d8", diane, [me], "2026-03-20 14:15", parent="d7",
             body="""Dear Naomi,

As promised, Martin's feedback: he was impressed with your judgment on outside counsel management and would like to move you to a second round at their offices. You would meet Evelyn Strand (General Counsel), Raymond Tse and Sofia Marchand from the legal team. Priya in their talent group will be in touch with the details; they are aiming for the week of April 6.

Congratulations -- this is a strong step.

Kind regards,
Diane""")
    case.add("d9", me, [diane], "2026-03-20 18:30", parent="d8",
             body="""Dear Diane,

That is wonderful news -- thank you. Thursday the 9th would work well on my end if they have it.

Best,
Naomi""")
    case.add("d10", diane, [me], "2026-04-10 16:05", parent="d9",
             body="""Dear Naomi,

I spoke with Evelyn this afternoon. The team came away very impressed with yesterday's meetings, and she and Martin are aligned on where they land. The final decision sits with the company's executive leadership team, which meets on Tuesday the 14th, and Evelyn expects to make a decision after that meeting. I will come back to you as soon as I hear from her.

In the meantime, please do keep me posted if anything moves on your other fronts.

Warm regards,
Diane""")
    case.add("d11", me, [diane], "2026-04-10 19:22", parent="d10",
             body="""Dear Diane,

Thank you -- that is encouraging to hear. In candor, I do have another process that is moving toward a conclusion, so it would be very helpful to know where Calloway stands once the leadership team has met.

Best regards,
Naomi""")
    case.thread("d1", True, "recruiter", "Harbinger Legal Search",
                "retained search for Calloway Brands; intake call Fri Mar 6 12:30 thanked the same "
                "afternoon; Diane's 'feedback by Friday' (Mar 20) kept; on Fri Apr 10 she relays "
                "that the GC expects to decide after the leadership meeting on Tue Apr 14 and "
                "promises to come back; nothing from Harbinger since: callback due end of Thu Apr 16")
    case.meeting("d1", at("2026-03-06 12:30"), None, met=[diane.email],
                 thanks={diane.email: "d4"}, what="recruiter intake call")
    case.promise("d1", "d7", diane.email, "2026-03-20", answered_by="d8")
    case.promise("d1", "d10", diane.email, "2026-04-14")
    case.expect("callback", "d1", diane.email,
                "the leadership team 'meets on Tuesday the 14th, and Evelyn expects to make a "
                "decision after that meeting', "
                "relayed by the recruiter on Apr 10 with 'I will come back to you as soon as I hear "
                "from her'; "
                "nothing from harbingerlegal.com since; due end of Thu Apr 16",
                promised="2026-04-14")

    # J2 Calloway first round (Outlook/Teams invite from the coordinator)
    r1_start, r1_end = at("2026-03-18 10:00"), at("2026-03-18 10:45")
    ics = make_ics(method="REQUEST", uid=uid_outlook("calloway-r1"),
                   stamp=at("2026-03-12 09:14").astimezone(UTC), start=r1_start, end=r1_end,
                   summary="Calloway Brands | Senior Counsel, Litigation & Investigations - "
                           "Naomi Castellano / Martin Adebayo",
                   organizer=priya,
                   attendees=[(martin, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                   description="First-round interview with Martin Adebayo, Deputy General Counsel. "
                               "Scheduled by Priya Nandakumar (Talent Acquisition) on Martin's behalf; "
                               "Priya will not join the call.",
                   prodid=OUTLOOK)
    case.add("c1", priya, [me, martin], "2026-03-12 09:14",
             subject="Calloway Brands | Senior Counsel, Litigation & Investigations - Naomi Castellano / Martin Adebayo",
             ics=ics, ics_mode="outlook", sig=False,
             body="""Hello Naomi,

Please find the Teams details below for your conversation with Martin Adebayo, Deputy General Counsel, on Wednesday, March 18, from 10:00 to 10:45 AM ET.

Thank you,
Priya

""" + teams("calloway-r1", "261 447 903 118", "gT4r9X"))
    case.thread("c1", True, "interview", "Calloway Brands",
                "Teams invite for the first round Wed Mar 18 10:00-10:45 with the Deputy GC; "
                "organised by the TA coordinator, who did not join; Martin thanked in a new thread "
                "the same afternoon")
    case.meeting("c1", r1_start, r1_end, met=[martin.email], thanks={martin.email: "t3"},
                 what="first round")
    case.add("t3", me, [martin], "2026-03-18 15:20",
             subject="Thank you - this morning's conversation",
             body="""Dear Mr. Adebayo,

Thank you for taking the time to speak with me this morning about the Senior Counsel, Litigation & Investigations role. I especially appreciated your account of how the legal department has brought more of its investigations work in-house over the last two years.

Our conversation reinforced my interest. In particular:
- I have spent the last six years managing the kinds of multi-matter portfolios you described, often as the day-to-day contact for in-house teams;
- my investigations work has included presenting findings directly to audit committees; and
- I am used to building budgets and early case assessments that business leaders can act on.

I look forward to the next step, and I will check in with Diane Ostrowski next week. Thank you again for your time and consideration.

Sincerely,""")
    case.add("t3r", martin, [me], "2026-03-18 17:02", parent="t3",
             body="""Naomi,

Thank you for the note. I enjoyed it as well -- Diane will be in touch about next steps.

Best,
Martin""")
    case.thread("t3", True, "interview", "Calloway Brands",
                "thank-you to the Deputy GC after the first round, and his short reply")

    # J4 Calloway second round (Outlook invite with a room)
    r2_start, r2_end = at("2026-04-09 09:30"), at("2026-04-09 12:15")
    room = ("NYC HQ 22 - Hudson Conference Room", "conf-nyc22-hudson@callowaybrands.com")
    ics = make_ics(method="REQUEST", uid=uid_outlook("calloway-r2"),
                   stamp=at("2026-03-24 10:31").astimezone(UTC), start=r2_start, end=r2_end,
                   summary="Calloway Brands - Second Round: Naomi Castellano (Senior Counsel, "
                           "Litigation & Investigations)",
                   organizer=priya,
                   attendees=[(evelyn, "ACCEPTED", "INDIVIDUAL"),
                              (raymond, "ACCEPTED", "INDIVIDUAL"),
                              (sofia, "TENTATIVE", "INDIVIDUAL"),
                              (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (room, "ACCEPTED", "ROOM")],
                   tzid="Eastern Standard Time",
                   location="NYC HQ 22 - Hudson Conference Room; 410 Park Avenue South, New York, NY",
                   description="Schedule:\n"
                               "9:30 - 10:15  Evelyn Strand, General Counsel & Corporate Secretary\n"
                               "10:15 - 11:00  Raymond Tse, VP & Associate General Counsel, "
                               "Employment & Compliance\n"
                               "11:00 - 11:45  Sofia Marchand, Associate General Counsel, Litigation\n"
                               "11:45 - 12:15  Wrap-up with Evelyn Strand\n\n"
                               "Please check in with building security on the ground floor with "
                               "photo ID; the 22nd-floor receptionist will bring you to the room.",
                   prodid=OUTLOOK)
    case.add("c2", priya, [me], "2026-03-24 10:31",
             subject="Calloway Brands - Second Round: Naomi Castellano (Senior Counsel, Litigation & Investigations)",
             ics=ics, ics_mode="outlook",
             body="""Hello Naomi,

I'm pleased to send the invitation for your second-round interviews at our headquarters on Thursday, April 9, from 9:30 AM to 12:15 PM. The schedule is in the calendar details. Please let me know if you need anything before then.

Best regards,
Priya""")
    case.add("c2r", me, [priya], "2026-03-24 12:05", parent="c2",
             body="""Dear Ms. Nandakumar,

Thank you -- I have accepted the invitation and look forward to the 9th.

Best regards,
Naomi Castellano""")
    case.thread("c2", True, "interview", "Calloway Brands",
                "second round Thu Apr 9 9:30-12:15 at HQ with the GC, Raymond Tse and Sofia Marchand "
                "(attendees; a conference room too); the GC and Sofia were thanked in new threads "
                "that evening, Raymond never; the coordinator organised it and was thanked beforehand")
    case.meeting("c2", r2_start, r2_end,
                 met=[evelyn.email, raymond.email, sofia.email],
                 thanks={evelyn.email: "t5", sofia.email: "t6"}, what="second round")
    case.expect("thank_you", "c2", raymond.email,
                "one of three interviewers at the Apr 9 second round (ICS attendee); the GC and "
                "Sofia got notes that evening, Raymond none; overdue since Apr 10 12:15, stale "
                "only from Apr 23 14:15")
    case.forbid("c2", evelyn.email,
                "thanked individually in a new thread at 18:40 the same day")
    case.forbid("c2", priya.email,
                "the coordinator who organised the invite; she did not take part in the interviews")

    case.add("t5", me, [evelyn], "2026-04-09 18:40",
             subject="Thank you - Senior Counsel, Litigation & Investigations",
             body="""Dear Ms. Strand,

Thank you for meeting with me this morning, and for bookending the day yourself -- I know how precious a general counsel's calendar is.

Your description of a legal department that the business treats as a partner rather than a checkpoint is exactly what draws me to this role. Three things I would bring to it:

- Eight years of commercial, product and advertising litigation, much of it for consumer brands
- Experience running investigations end to end, through to board-level reporting
- A habit of giving business leaders early, candid case assessments with real numbers attached

I remain very interested, and I will follow up with Diane Ostrowski next week. Thank you again for your time and consideration.

With best regards,""")
    case.thread("t5", True, "interview", "Calloway Brands",
                "individual thank-you to the GC the evening of the second round")
    case.add("t6", me, [sofia], "2026-04-09 18:58",
             subject="Thank you for today",
             body="""Dear Ms. Marchand,

Thank you for the conversation this morning. I enjoyed hearing how you have reorganized the litigation docket by business unit, and the candid discussion of the panel firms.

The work you described -- the class action defense portfolio and the growing number of advertising challenges -- is squarely where I have spent the most time, and I would welcome the chance to take some of it off your plate.

Thank you again for your time. I look forward to staying in touch.

Best regards,""")
    case.add("t6r", sofia, [me], "2026-04-09 21:15", parent="t6",
             body="""Thank you, Naomi -- it was a pleasure. Hope to see you again soon.

Sofia""")
    case.thread("t6", True, "interview", "Calloway Brands",
                "individual thank-you to Sofia Marchand the evening of the second round; her reply")

    # ==================================================================
    # J7 Larchmont Counsel Partners -> Norland Capital
    # ==================================================================
    case.add("g1", gregory, [me], "2026-03-09 08:50",
             subject="VP, Legal (Litigation & Regulatory) - Norland Capital Partners",
             body="""Dear Ms. Castellano,

I'm a partner at Larchmont Counsel Partners, where I focus on in-house placements for financial services clients. I'm reaching out about a Vice President, Legal (Litigation & Regulatory) role at Norland Capital Partners, a London-headquartered alternative asset manager building out its New York legal team.

The position would be the first dedicated litigator in the US office, reporting to the General Counsel in London, with responsibility for investor disputes, regulatory inquiries and outside counsel. Compensation is competitive with senior associate levels at the major firms, with a carry component.

If you are open to a conversation, I'd be glad to share more. A current resume would be helpful.

Best regards,""")
    case.add("g2", me, [gregory], "2026-03-09 22:10", parent="g1",
             attachments=[("Castellano_Naomi_Resume.pdf", "application/pdf", resume_pdf())],
             body="""Dear Mr. Haim,

Thank you for thinking of me. The role sounds interesting, particularly the chance to build the function in New York. My resume is attached; I'd be glad to be introduced.

Best regards,
Naomi""")
    case.add("g3", gregory, [me], "2026-03-25 11:40", parent="g2",
             body="""Naomi,

Norland's General Counsel, Ingrid Solberg, would like to speak with you by Zoom. Ingrid is based in London; her assistant, Poppy Carrington, will send an invitation for Thursday, April 2, at 3pm London time (10am for us).

Best,
Greg""")
    case.add("g4", me, [gregory], "2026-03-25 12:30", parent="g3",
             body="""Perfect -- thank you, Greg. I'll watch for Poppy's invitation.

Naomi""")
    case.add("g5", gregory, [me], "2026-04-03 09:20", parent="g4",
             body="""Naomi,

I spoke with Ingrid last night. She came away impressed, particularly with your regulatory inquiry experience.

To be transparent with you: they are still seeing two other candidates, one of them internal, so this is not yet a done deal. Ingrid told me they will let us know within the next couple of weeks.

I'll keep you posted.

Greg""")
    case.add("g6", me, [gregory], "2026-04-03 12:41", parent="g5",
             body="""Greg,

Thank you for the candid read. Understood on timing.

Best,
Naomi""")
    case.add("g7", gregory, [me], "2026-04-16 17:55", parent="g6",
             body="""Naomi,

A quick update so you aren't left wondering: no decision yet. Ingrid has been tied up with a regulatory matter in London this week. I'm told the internal candidate has withdrawn, which works in your favor.

I expect to have something concrete for you next week.

Greg""")
    case.add("g8", me, [gregory], "2026-04-16 20:03", parent="g7",
             body="""Thanks, Greg -- I appreciate the update.

Naomi""")
    case.thread("g1", True, "recruiter", "Larchmont Counsel Partners",
                "agency search for Norland Capital; 'within the next couple of weeks' (Apr 3, other "
                "candidates still in play) answered by Greg's update on Apr 16, which promises "
                "something 'next week' (Apr 20-24): still open")
    case.promise("g1", "g5", gregory.email, "2026-04-17", answered_by="g7")
    case.promise("g1", "g7", gregory.email, "2026-04-24")
    case.forbid("g1", gregory.email,
                "'within the next couple of weeks' (from Apr 3) was answered by his Apr 16 update "
                "(no decision yet), whose own 'next week' runs to Fri Apr 24")

    # J8 Norland Zoom invite (London, Windows zone name)
    n_start, n_end = at_tz("2026-04-02 15:00", poppy), at_tz("2026-04-02 15:45", poppy)
    ics = make_ics(method="REQUEST", uid=uid_outlook("norland-zoom"),
                   stamp=at_tz("2026-03-26 10:15", poppy).astimezone(UTC),
                   start=n_start, end=n_end,
                   summary="Zoom: Ingrid Solberg / Naomi Castellano",
                   organizer=poppy,
                   attendees=[(ingrid, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="GMT Standard Time",
                   location="https://norlandcap.zoom.us/j/83315520947?pwd=bG9uZG9u",
                   description="Join Zoom Meeting\nhttps://norlandcap.zoom.us/j/83315520947?pwd=bG9uZG9u\n"
                               "Meeting ID: 833 1552 0947\nPasscode: 415920",
                   prodid=OUTLOOK)
    case.add("n1", poppy, [me], "2026-03-26 10:15",
             subject="Zoom: Ingrid Solberg / Naomi Castellano - Thu 02/04 15:00 BST",
             cc=[ingrid], ics=ics, ics_mode="outlook",
             body="""Dear Ms Castellano,

Further to Gregory Haim's note, please find below an invitation to a Zoom call with Ingrid on Thursday, 2 April at 15:00 UK time (10:00 in New York).

Join Zoom Meeting
https://norlandcap.zoom.us/j/83315520947?pwd=bG9uZG9u
Meeting ID: 833 1552 0947
Passcode: 415920

Kind regards,
Poppy""")
    case.add("n2", me, [ingrid], "2026-04-02 13:05", parent="n1", cc=[poppy],
             body="""Dear Ms. Solberg,

Thank you for taking the time to speak with me this afternoon your time. I very much enjoyed hearing how you see the New York office developing, and the candid discussion of the regulatory matters now running from London.

As we discussed, I have handled two SEC inquiries and several investor disputes in the last three years, and I would welcome the chance to build the function with you.

Thank you again for your time and consideration.

Best regards,""")
    case.add("n3", ingrid, [me], "2026-04-02 19:30", parent="n2",
             body="""Dear Naomi,

Thank you for your note -- likewise a pleasure. Gregory will be in touch regarding next steps.

Best wishes,
Ingrid""")
    case.thread("n1", True, "interview", "Norland Capital Partners",
                "Zoom with the GC Thu 2 Apr 15:00-15:45 BST (10:00 EDT), written day-first "
                "(02/04) in a GMT Standard Time invite; thanked in the thread the same day")
    case.meeting("n1", n_start, n_end, met=[ingrid.email], thanks={ingrid.email: "n2"},
                 what="Zoom with the GC")

    # ==================================================================
    # Halvorsen Pharmaceuticals (iCIMS)
    # ==================================================================
    ack = """Dear Naomi,

Thank you for applying for the Senior Counsel, Product Liability Litigation position (Req. 2026-1187) at Halvorsen Pharmaceuticals.

Our Talent Acquisition team is reviewing your background. If your qualifications match our needs, a member of the team will contact you about next steps. You can check the status of your application at any time in our Career Portal.

Thank you for your interest in Halvorsen.

Halvorsen Talent Acquisition

This is an automated message; please do not reply."""
    case.add("i1", icims, [me], "2026-03-16 22:04",
             subject="Thank you for applying - Senior Counsel, Product Liability Litigation (Req. 2026-1187)",
             body=ack, html=html_of(ack, "Halvorsen Careers"), html_only=True, headers=AUTO)
    case.thread("i1", True, "application", "Halvorsen Pharmaceuticals",
                "iCIMS application acknowledgement (HTML only, automated)")

    case.add("h1", jasmine, [me], "2026-03-24 14:20",
             subject="Halvorsen Pharmaceuticals - Senior Counsel, Product Liability Litigation",
             body="""Dear Ms. Castellano,

Thank you for your interest in the Senior Counsel, Product Liability Litigation role. I'd like to schedule a 30-minute phone conversation to learn more about your background and share more about the team.

Would any of the following work for you (all Eastern)?
- Thursday, 3/26 at 11:00 a.m.
- Friday, 3/27 at 2:00 p.m.
- Monday, 3/30 at 9:30 a.m.

Best regards,""")
    case.add("h2", me, [jasmine], "2026-03-24 20:15", parent="h1",
             body="""Dear Ms. Oduya,

Thank you for reaching out. Friday, March 27 at 2:00 p.m. would be ideal; the best number to reach me is (917) 555-0183.

Best regards,
Naomi Castellano""")
    case.add("h3", jasmine, [me], "2026-03-25 09:02", parent="h2",
             body="""Confirmed -- I'll call you Friday at 2:00 p.m.

Jasmine""")
    case.add("h4", me, [jasmine], "2026-03-27 16:40", parent="h3",
             body="""Dear Ms. Oduya,

Thank you for the conversation this afternoon, and for the helpful overview of how the litigation team is organized. The product liability docket you described is very close to the work I have been doing, and I would welcome the chance to speak with Mr. Gerritsen.

Best regards,
Naomi""")
    case.add("h5", jasmine, [me], "2026-03-27 17:15", parent="h4",
             body="""Thank you, Naomi. Please call me Jasmine! I'm sharing my notes with Paul Gerritsen today and I'll call you Thursday with next steps.

Have a great weekend,
Jasmine""")
    case.add("h6", jasmine, [me], "2026-04-01 11:48", parent="h5", cc=[paul, helen],
             body="""Hi Naomi,

Good news ahead of my call -- Paul would like to move forward (I've copied Paul and Helen here so you have each other's details). You'll meet with:

- Paul Gerritsen (paul.gerritsen@halvorsenpharma.com), VP & Deputy General Counsel
- Helen Park-Sato (helen.park-sato@halvorsenpharma.com), Associate General Counsel, Litigation

by Teams on Tuesday, April 14, from 1:00 to 3:00 p.m. ET. You'll receive a confirmation with the link from our scheduling system shortly.

Best,
Jasmine""")
    case.add("h7", me, [jasmine], "2026-04-01 13:30", parent="h6",
             body="""Dear Jasmine,

Thank you -- that's great news. Confirmed for Tuesday, April 14, 1:00 to 3:00 p.m.

Best,
Naomi""")
    case.add("h8", jasmine, [me], "2026-04-15 10:05", parent="h7",
             body="""Hi Naomi,

Paul and Helen both enjoyed meeting you yesterday. We are finishing the last of our interviews for the role this week, and we aim to let every candidate know where things stand by Friday, April 24.

Thank you for your patience,
Jasmine""")
    case.thread("h1", True, "interview", "Halvorsen Pharmaceuticals",
                "phone screen Fri Mar 27 14:00-14:30 thanked in the thread; 'I'll call you "
                "Thursday' answered by Wednesday's email naming both interviewers with their "
                "addresses; Teams interview Tue Apr 14 13:00-15:00 with both, thanked by one "
                "joint note; 'we aim to let every candidate know ... by Friday, April 24' still open")
    case.meeting("h1", at("2026-03-27 14:00"), at("2026-03-27 14:30"), met=[jasmine.email],
                 thanks={jasmine.email: "h4"}, what="phone screen")
    case.meeting("h1", at("2026-04-14 13:00"), at("2026-04-14 15:00"),
                 met=[paul.email, helen.email],
                 thanks={paul.email: "t12", helen.email: "t12"}, what="panel")
    case.promise("h1", "h5", jasmine.email, "2026-04-02", answered_by="h6")
    case.promise("h1", "h8", jasmine.email, "2026-04-24")
    case.forbid("h1", helen.email,
                "met on Apr 14 and thanked by the joint note to Paul and Helen that evening "
                "(one note satisfies each addressee)")

    conf = """Dear Naomi Castellano,

Your interview for Senior Counsel, Product Liability Litigation (Req. 2026-1187) has been scheduled.

Date: Tuesday, April 14, 2026
Time: 1:00 PM - 3:00 PM Eastern Time (US & Canada)
Format: Video - Microsoft Teams
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_hv2026a1187%40thread.v2/0

Interview team:
  Paul Gerritsen, VP & Deputy General Counsel
  Helen Park-Sato, Associate General Counsel, Litigation

If you need to reschedule, please contact your recruiter.

Halvorsen Talent Acquisition
This message was sent from an unmonitored mailbox."""
    case.add("i2", icims, [me], "2026-04-01 12:10",
             subject="Interview Confirmation - Senior Counsel, Product Liability Litigation",
             body=conf, html=html_of(conf, "Interview Confirmation"), html_only=True,
             headers=AUTO)
    case.thread("i2", True, "interview", "Halvorsen Pharmaceuticals",
                "iCIMS interview confirmation with no ICS, naming both interviewers without "
                "addresses")
    case.forbid("i2", icims.email, "automated ATS sender (iCIMS)")

    case.add("t12", me, [paul, helen], "2026-04-14 19:35",
             subject="Thank you - Senior Counsel, Product Liability Litigation",
             body="""Dear Mr. Gerritsen and Ms. Park-Sato,

Thank you both for the time this afternoon. Two hours is a generous amount of your day, and I appreciated how openly you walked me through the bellwether strategy and the way the team divides work with national counsel.

Why I believe I would fit the role:
- I have defended product and warranty claims for consumer health and beverage clients for most of my career
- I have coordinated national counsel across parallel state and federal proceedings
- I have prepared company witnesses for deposition and trial, including senior executives

I am very interested in the position and will check in with Jasmine after the week of the 20th. Thank you again for your time and consideration.

Sincerely,""")
    case.add("t12r", paul, [me], "2026-04-15 08:12", parent="t12", cc=[helen],
             body="""Naomi,

Thank you for the thoughtful note. We enjoyed the conversation; Jasmine will be in touch.

Paul""")
    case.thread("t12", True, "interview", "Halvorsen Pharmaceuticals",
                "one thank-you note to both panelists the evening of Apr 14; Paul's reply")

    # ==================================================================
    # Thorne Abernathy LLP - lateral callback day
    # ==================================================================
    sched = make_pdf([
        "Thorne Abernathy LLP - Callback Interview Schedule",
        "Candidate: Naomi R. Castellano   Date: Thursday, April 16, 2026",
        "Location: 425 Madison Avenue, 31st Floor (reception)",
        "",
        "9:00 - 9:45    Richard Okonkwo, Chair, Litigation Department",
        "9:45 - 10:30   Susan Feldhaus, Partner",
        "10:30 - 11:15  Daniel Breyer, Partner",
        "11:15 - 12:00  Monica Iyer, Partner, Head of Securities Litigation",
        "12:00 - 1:00   Lunch with Ben Whitaker and Alana Cho (Associates)",
        "",
        "Contact on the day: Tasha Greene, Legal Recruiting",
    ])
    case.add("l1", colleen, [me], "2026-04-06 15:30",
             subject="Thorne Abernathy LLP - Callback Interviews, Thursday, April 16",
             attachments=[("Castellano_Callback_Schedule_2026-04-16.pdf", "application/pdf", sched)],
             body="""Dear Ms. Castellano,

On behalf of our Litigation Department, I am pleased to invite you to callback interviews for the counsel position on Thursday, April 16. Your schedule is below and attached:

9:00 - 9:45     Richard Okonkwo, Chair, Litigation Department (rokonkwo@thorneabernathy.com)
9:45 - 10:30    Susan Feldhaus, Partner (sfeldhaus@thorneabernathy.com)
10:30 - 11:15   Daniel Breyer, Partner (dbreyer@thorneabernathy.com)
11:15 - 12:00   Monica Iyer, Partner, Head of Securities Litigation (miyer@thorneabernathy.com)
12:00 - 1:00    Lunch with associates Ben Whitaker and Alana Cho

Please arrive by 8:45 at 425 Madison Avenue and ask for Tasha Greene of our recruiting team at the 31st-floor reception.

We look forward to seeing you.

Sincerely,""")
    case.add("l2", me, [colleen], "2026-04-06 18:45", parent="l1",
             body="""Dear Ms. Mahoney,

Thank you for the invitation. I am glad to confirm Thursday, April 16, and I will arrive at 8:45.

Best regards,
Naomi Castellano""")
    case.add("l3", colleen, [me], "2026-04-16 07:42", parent="l2", cc=[breyer, amari],
             body="""Good morning Naomi,

A small change to today's schedule: Daniel Breyer has been pulled into an emergency TRO hearing in the Southern District this morning and sends his apologies. Lucas Amari (lamari@thorneabernathy.com), a partner in our trial group, will take the 10:30 slot in his place; I've copied them both. Everything else is unchanged.

Safe travels in,
Colleen""")
    case.add("l4", me, [colleen], "2026-04-16 07:58", parent="l3", sig=False,
             body="""Thank you for letting me know -- see you shortly.

Naomi

Sent from my iPhone""")
    case.add("l5", me, [colleen], "2026-04-16 19:40", parent="l4",
             body="""Dear Colleen,

Thank you for organizing such a smooth day, and for the early heads-up on the schedule change. Please also pass my thanks to Tasha, who could not have been more welcoming, and to Ben and Alana for a very candid lunch.

Best regards,
Naomi""")
    case.add("l6", colleen, [me], "2026-04-17 11:20", parent="l5",
             body="""Dear Naomi,

Thank you for your kind note -- I will pass it along. The partners will compare notes at Monday's hiring committee lunch, and I will be in touch by Tuesday, April 21 with next steps.

Warm regards,
Colleen""")
    case.add("l7", me, [colleen], "2026-04-17 12:05", parent="l6",
             body="""Dear Colleen,

Thank you. I look forward to hearing from you.

Best,
Naomi""")
    case.thread("l1", True, "interview", "Thorne Abernathy LLP",
                "lateral callback Thu Apr 16 9:00-13:00, partners named with addresses in the text; "
                "Breyer replaced that morning by Lucas Amari; Okonkwo, Feldhaus and Iyer thanked "
                "individually, Amari not; recruiting director thanked but was not an interviewer; "
                "her 'by Tuesday, April 21' is inside its grace")
    case.meeting("l1", at("2026-04-16 09:00"), at("2026-04-16 13:00"),
                 met=[okonkwo.email, feldhaus.email, amari.email, iyer.email],
                 thanks={okonkwo.email: "t14", feldhaus.email: "t15", iyer.email: "t16"},
                 what="callback day")
    case.promise("l1", "l6", colleen.email, "2026-04-21")
    case.expect("thank_you", "l1", amari.email,
                "took Breyer's 10:30 slot at the Apr 16 callback (Cc'd, with his address written in, on the morning-of email); "
                "the three other partners got individual notes, he none; overdue since Apr 17 13:00")
    case.forbid("l1", breyer.email,
                "on the printed schedule but pulled into a hearing; he did not interview her")
    case.forbid("l1", colleen.email,
                "recruiting director, not an interviewer; 'in touch by Tuesday, April 21' has "
                "passed but its grace runs to the end of Thu Apr 23")

    case.add("t14", me, [okonkwo], "2026-04-16 20:10",
             subject="Thank you - callback interviews today",
             body="""Dear Mr. Okonkwo,

Thank you for starting my day at Thorne Abernathy this morning. I appreciated your frankness about where the department is investing -- particularly the build-out of the trial group -- and about what the firm expects of counsel.

I left more enthusiastic than I arrived. Thank you again for your time.

Respectfully,""")
    case.add("t14r", okonkwo, [me], "2026-04-17 07:15", parent="t14",
             body="""Naomi -- Thank you. I enjoyed our conversation. Colleen will be in touch.

RO""")
    case.thread("t14", True, "interview", "Thorne Abernathy LLP",
                "individual thank-you to the department chair; his one-line reply")
    case.add("t15", me, [feldhaus], "2026-04-16 20:32",
             subject="Thank you",
             body="""Dear Ms. Feldhaus,

Thank you for taking the time to meet with me today. Our discussion of the insurance coverage practice, and of how you have built relationships with in-house teams over the years, was especially useful to me.

I hope we have the chance to work together. Thank you again.

Best regards,""")
    case.thread("t15", True, "interview", "Thorne Abernathy LLP",
                "individual thank-you to Susan Feldhaus the evening of the callback")
    case.add("t16", me, [iyer], "2026-04-17 07:50",
             subject="Thank you for yesterday's conversation",
             body="""Dear Ms. Iyer,

Thank you for meeting with me yesterday. I enjoyed comparing notes on the Second Circuit's recent loss causation decisions, and your description of the securities group's docket was very helpful.

Thank you again for your time and consideration.

Best regards,""")
    case.thread("t16", True, "interview", "Thorne Abernathy LLP",
                "individual thank-you to Monica Iyer the morning after the callback")

    # ==================================================================
    # Kestrel Legal Placement -> Pellham Media Group (offer)
    # ==================================================================
    case.add("k1", tamsin, [me], "2026-03-12 16:02",
             subject="Pellham Media Group - Senior Counsel, Commercial Litigation (confidential)",
             body="""Hi Naomi,

Tamsin Ruiz here, from Kestrel Legal Placement. I've been asked by Pellham Media Group to find a Senior Counsel, Commercial Litigation for their in-house team -- licensing disputes, talent and distribution contracts, a fair amount of IP-adjacent work. It reports directly to the General Counsel.

I think your background would be of real interest to them. Would you be open to a confidential conversation?

Best,
Tamsin""")
    case.add("k2", me, [tamsin], "2026-03-13 07:30", parent="k1",
             attachments=[("Castellano_Naomi_Resume.pdf", "application/pdf", resume_pdf())],
             body="""Dear Tamsin,

Thank you for reaching out. I would be open to it, and I am happy for you to present me to Pellham. My resume is attached.

Best regards,
Naomi""")
    case.add("k3", tamsin, [me], "2026-03-30 13:10", parent="k2",
             body="""Naomi,

Pellham's GC, Lionel Ashworth, would like to meet you in person. His assistant, Dolores, will send a calendar hold for Tuesday, April 7 at 4pm at their offices (1180 Avenue of the Americas, 30th floor).

Tamsin""")
    case.add("k4", me, [tamsin], "2026-03-30 14:02", parent="k3",
             body="""That works well. Thank you, Tamsin.

Naomi""")
    case.add("k5", tamsin, [me], "2026-04-08 10:30", parent="k4",
             body="""Naomi,

Lionel called me this morning -- very positive. He is meeting with their Chief Legal & Business Affairs Officer on Wednesday the 15th, and a decision is expected to be communicated to me by Thursday the 16th.

More soon,
Tamsin""")
    case.add("k6", me, [tamsin], "2026-04-08 12:15", parent="k5",
             body="""Thank you for the update, Tamsin. Fingers crossed.

Naomi""")
    case.add("k7", tamsin, [me], "2026-04-17 09:48", parent="k6",
             body="""Naomi -- congratulations!

I tried your cell but you must be in a meeting. Lionel has asked me to extend an offer for the Senior Counsel, Commercial Litigation role:

- Base salary: $365,000
- Target annual bonus: 25% of base
- Sign-on: $40,000
- Title: Senior Counsel, reporting to the EVP & General Counsel
- Start date: flexible, ideally by mid-June

The formal offer letter will come from Pellham's HR team once you indicate you'd like to proceed. They have asked for your answer by Friday, April 24. I'm of course here to help with any questions or negotiation.

Warmly,
Tamsin""")
    fwd = """Look!! Let's talk tonight. Don't say anything to Mom yet.

N.

---------- Forwarded message ---------
From: Tamsin Ruiz <tamsin.ruiz@kestrellegal.com>
Date: Fri, Apr 17, 2026 at 9:48 AM
Subject: Re: Pellham Media Group - Senior Counsel, Commercial Litigation (confidential)
To: Naomi Castellano <naomi.castellano@example.com>

Naomi -- congratulations!

I tried your cell but you must be in a meeting. Lionel has asked me to extend an offer for the Senior Counsel, Commercial Litigation role:

- Base salary: $365,000
- Target annual bonus: 25% of base
- Sign-on: $40,000
- Title: Senior Counsel, reporting to the EVP & General Counsel
- Start date: flexible, ideally by mid-June

The formal offer letter will come from Pellham's HR team once you indicate you'd like to proceed. They have asked for your answer by Friday, April 24."""
    case.add("k8", me, [theo], "2026-04-17 12:30", parent="k7", prefix="Fwd: ",
             quote=False, sig=False, body=fwd)
    case.add("k9", me, [tamsin], "2026-04-17 13:05", parent="k7",
             body="""Dear Tamsin,

Thank you -- this is wonderful news, and please pass my thanks to Lionel. I would like a few days to consider it carefully alongside another process that is close to a conclusion. I will come back to you no later than Friday the 24th.

Best regards,
Naomi""")
    case.thread("k1", True, "offer", "Kestrel Legal Placement",
                "agency search for Pellham Media Group; 'a decision is expected to be communicated "
                "to me by Thursday the 16th' ended by the offer on Apr 17 (answer asked by Apr 24, a "
                "deadline for the user); the offer forwarded to her partner")
    case.promise("k1", "k5", tamsin.email, "2026-04-16", ended_by="k7")
    case.forbid("k1", tamsin.email,
                "the offer on Fri Apr 17 answered and ended the 'by Thursday the 16th' promise; "
                "'your answer by Friday, April 24' is the user's deadline, not a promise to chase")

    p_start, p_end = at("2026-04-07 16:00"), at("2026-04-07 17:00")
    ics = make_ics(method="REQUEST", uid=uid_outlook("pellham-gc"),
                   stamp=at("2026-03-31 09:45").astimezone(UTC), start=p_start, end=p_end,
                   summary="Meeting with L. Ashworth",
                   organizer=dolores,
                   attendees=[(lionel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Eastern Standard Time",
                   location="1180 Avenue of the Americas, 30th Fl - GC Conference Room",
                   prodid=EXCHANGE)
    case.add("p1", dolores, [me], "2026-03-31 09:45", subject="Meeting with L. Ashworth",
             ics=ics, ics_mode="outlook", sig=False,
             body="""Please sign in at the lobby desk and ask for the 30th floor.

Dolores Finch
Office of the General Counsel | Pellham Media Group""")
    case.thread("p1", True, "interview", "Pellham Media Group",
                "Outlook invite whose title is the only hint: meeting with the GC Tue Apr 7 "
                "16:00-17:00; thanked in a new thread that evening")
    case.meeting("p1", p_start, p_end, met=[lionel.email], thanks={lionel.email: "t19"},
                 what="meeting with the GC")
    case.forbid("p1", lionel.email, "thanked in a new thread at 20:45 the same evening")
    case.add("t19", me, [lionel], "2026-04-07 20:45",
             subject="Thank you",
             body="""Dear Mr. Ashworth,

Thank you for meeting with me this afternoon. I enjoyed our discussion of the distribution disputes on the horizon, and your thoughts on when to litigate and when to renegotiate were a helpful window into how you run the department.

I am very interested in joining your team, and I will follow up through Tamsin next week. Thank you again for your time and consideration.

Sincerely,""")
    case.add("t19r", lionel, [me], "2026-04-08 08:30", parent="t19",
             body="""Naomi,

Thank you -- likewise. I'll be in touch through Tamsin.

Lionel""")
    case.thread("t19", True, "interview", "Pellham Media Group",
                "thank-you to the GC the evening of Apr 7, and his reply")

    # ==================================================================
    # Ashcombe Financial Group (Workday) - interview, then rejection
    # ==================================================================
    w_start, w_end = at("2026-04-08 15:00"), at("2026-04-08 15:45")
    ics = make_ics(method="REQUEST", uid=uid_uuid("ashcombe-wd"),
                   stamp=at("2026-04-02 15:33").astimezone(UTC), start=w_start, end=w_end,
                   summary="Interview: Vice President, Litigation Counsel (R-0048213)",
                   organizer=workday,
                   attendees=[(nathaniel, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams (link below)",
                   description="Interviewer: Nathaniel Greer, Managing Director, Associate General "
                               "Counsel (nathaniel.greer@ashcombefg.com)\nFormat: Video\n"
                               "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ashR48213",
                   prodid="-//Workday//Workday Recruiting//EN")
    wtext = """Hello Naomi,

Your interview for Vice President, Litigation Counsel (R-0048213) has been scheduled.

Wednesday, April 8, 2026
3:00 PM - 3:45 PM (EDT)
Interviewer: Nathaniel Greer, Managing Director, Associate General Counsel (nathaniel.greer@ashcombefg.com)
Format: Video (Microsoft Teams) -- the link is in the attached calendar invitation.

To review your application, sign in to the Ashcombe Financial Group Careers site.

Ashcombe Financial Group Talent Acquisition"""
    case.add("w1", workday, [me], "2026-04-02 15:33",
             subject="Interview Scheduled: Vice President, Litigation Counsel (R-0048213)",
             body=wtext, html=html_of(wtext), ics=ics, ics_mode="attach", headers=AUTO)
    case.thread("w1", True, "interview", "Ashcombe Financial Group",
                "Workday interview notice with ICS; video interview Wed Apr 8 15:00-15:45 with the "
                "interviewer named (with address) in text and ICS; never thanked; Workday rejection "
                "on Apr 15 in a separate thread")
    case.meeting("w1", w_start, w_end, met=[nathaniel.email], what="video interview")
    case.expect("thank_you", "w1", nathaniel.email,
                "video interview Apr 8 15:00-15:45 took place and was never thanked; the Apr 15 "
                "rejection does not cancel a thank-you owed for a meeting that happened; overdue "
                "since Apr 9 15:45, stale only from Apr 22 17:45")
    rej = """Dear Naomi,

Thank you for your interest in the Vice President, Litigation Counsel position at Ashcombe Financial Group, and for the time you spent with our team.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time. This was not an easy decision given the strength of the applicant pool.

We will keep your profile on file and encourage you to apply for future openings that match your background.

With best wishes for your search,
Ashcombe Financial Group Talent Acquisition"""
    case.add("w2", workday, [me], "2026-04-15 17:02",
             subject="Update on your application - Vice President, Litigation Counsel (R-0048213)",
             body=rej, html=html_of(rej), html_only=True, headers=AUTO)
    case.thread("w2", True, "rejection", "Ashcombe Financial Group",
                "gently worded Workday rejection (HTML only) a week after the interview")

    # ==================================================================
    # Ondine Hotels Group: lunch with a classmate, then the CPO's call
    # ==================================================================
    case.add("q1", me, [rafael], "2026-04-03 13:05", subject="Lunch soon?", sig=False,
             body="""Rafa,

It has been far too long. Any chance you'd have time for lunch in the next week or two? I'd love to hear how life on the other side is treating you, and I'd value your perspective on something I'm weighing. My treat.

Naomi""")
    case.add("q2", rafael, [me], "2026-04-03 18:40", parent="q1",
             body="""Naomi! Qué gusto saber de ti.

Friday the 10th works -- 12:30 at Il Gabbiano on West 55th? I'll have my assistant book it.

Un abrazo,
R.""")
    case.add("q3", me, [rafael], "2026-04-03 19:02", parent="q2", sig=False,
             body="""Perfect -- Friday the 10th, 12:30, Il Gabbiano. See you then.

N.""")
    case.add("q4", me, [rafael], "2026-04-10 09:15", parent="q3", sig=False,
             body="""Thanks again for making the time -- see you at 12:30. I'm running over from a meet-and-confer, so forgive me if I'm five minutes late.

N.

Sent from my iPhone""")
    case.add("q5", rafael, [me], "2026-04-10 17:50", parent="q4",
             body="""Naomi, qué buena conversación. Me alegro mucho de que estés pensando en dar el salto.

As promised, I mentioned you to Lorraine Beck, who runs People for us -- she'll reach out about the senior counsel seat we're scoping. No promises on timing, but she tends to move quickly.

Saludos a Theo,
R.""")
    case.thread("q1", True, "networking", "Ondine Hotels Group",
                "lunch with a law-school classmate, now GC, Fri Apr 10 12:30 (no end, 60 min by "
                "default); the only 'thanks' came before the lunch; his Spanish-and-English note "
                "afterwards went unanswered; no date promised")
    case.meeting("q1", at("2026-04-10 12:30"), None, met=[rafael.email], what="lunch")
    case.expect("thank_you", "q1", rafael.email,
                "lunch Fri Apr 10 12:30 took place; her only thanks was the morning-of note; his "
                "follow-up email got no reply; overdue since Apr 11 13:30")

    case.add("o1", lorraine, [me], "2026-04-14 09:30", subject="Introduction via Rafael Quintero",
             body="""Dear Ms. Castellano,

Rafael Quintero speaks very highly of you, and I would welcome a brief conversation about a senior counsel role we are scoping on his team.

Please choose a time that suits you here: https://calendly.com/lorraine-beck-ondine/20min

With best regards,""")
    case.add("o2", me, [lorraine], "2026-04-14 12:40", parent="o1",
             body="""Dear Ms. Beck,

Thank you for reaching out. I have booked Friday, April 17 at 11:00 a.m. and look forward to speaking with you.

Best regards,
Naomi Castellano""")
    case.add("o3", lorraine, [me], "2026-04-16 16:20", parent="o2",
             body="""Dear Naomi,

I'm so sorry -- our board has added a session tomorrow morning. Could we move our conversation to Thursday, April 23 at 11:00 a.m.? I've moved it on my side; if that doesn't suit, just let me know.

With apologies,
Lorraine""")
    case.add("o4", me, [lorraine], "2026-04-16 17:05", parent="o3",
             body="""Dear Lorraine,

Thursday the 23rd at 11:00 suits me well; no apology needed.

Best,
Naomi""")
    case.thread("o1", True, "networking", "Ondine Hotels Group",
                "the CPO's introduction via the GC; call booked for Fri Apr 17 11:00 moved to "
                "Thu Apr 23 11:00, still ahead")
    case.meeting("o1", at("2026-04-17 11:00"), at("2026-04-17 11:20"), status="moved",
                 what="call, moved later")
    case.meeting("o1", at("2026-04-23 11:00"), at("2026-04-23 11:20"), status="scheduled",
                 what="call, new time")
    case.forbid("o1", lorraine.email,
                "the Apr 17 call was moved to Thu Apr 23 11:00, after now; nothing has taken place")
    cal_ics = make_ics(method="REQUEST", uid=uid_uuid("ondine-calendly"),
                       stamp=at("2026-04-14 12:38").astimezone(UTC),
                       start=at("2026-04-17 11:00"), end=at("2026-04-17 11:20"),
                       summary="20 Minute Meeting between Lorraine Beck and Naomi Castellano",
                       organizer=lorraine,
                       attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                       location="Lorraine will call you at +1 917-555-0183",
                       description="Event Name: 20 Minute Meeting\n\nNeed to make changes to "
                                   "this event?\nCancel: https://calendly.com/cancellations/"
                                   "b7f0c2a1\nReschedule: https://calendly.com/reschedulings/b7f0c2a1",
                       prodid="-//Calendly//EN")
    ctext = """Hi Naomi Castellano,

Your 20 Minute Meeting with Lorraine Beck at 11:00am (America/New_York) on Friday, April 17, 2026 is scheduled.

Event: 20 Minute Meeting
Location: Lorraine will call you at +1 917-555-0183
Invitee Time Zone: Eastern Time - US & Canada

Cancel or reschedule: https://calendly.com/cancellations/b7f0c2a1

Powered by Calendly.com"""
    case.add("cal1", calendly, [me], "2026-04-14 12:38",
             subject="Confirmed: 20 Minute Meeting with Lorraine Beck on Friday, April 17, 2026",
             body=ctext, html=html_of(ctext), ics=cal_ics, ics_mode="attach", headers=AUTO)
    case.thread("cal1", True, "networking", "Ondine Hotels Group",
                "Calendly confirmation for the Apr 17 slot that Lorraine later moved by email")

    # ==================================================================
    # Corbel Insurance Group: referral call
    # ==================================================================
    case.add("a1", adaeze, [me], "2026-04-09 13:10", subject="Hallie Brennan suggested we connect",
             body="""Dear Ms. Castellano,

Hallie Brennan and I served together on the Federal Bar Council's programs committee. She tells me you are thinking about what comes next, and she had very good things to say about your work.

Could we talk on Monday? I am free any time after 4:00.

Kind regards,""")
    case.add("a2", me, [adaeze], "2026-04-09 20:50", parent="a1",
             body="""Dear Ms. Nwosu,

How kind of Hallie -- and of you. Monday at 4:30 would suit me well; shall I call you at the direct number in your signature?

Best regards,
Naomi""")
    case.add("a3", adaeze, [me], "2026-04-10 08:20", parent="a2", sig=False,
             body="""4:30 Monday is perfect -- yes, please call my direct line.

Adaeze""")
    case.add("a4", me, [adaeze], "2026-04-14 08:05", parent="a3",
             body="""Dear Adaeze,

Thank you for yesterday's conversation and for being so generous with your time and your candor. Your description of how Corbel's legal department partners with claims was exactly the kind of insight I was hoping for, and it has helped me think more clearly about where I can add the most value.

I would be glad to stay in touch, and I will let you know how my search develops. Thank you again.

Warm regards,""")
    case.add("a5", adaeze, [me], "2026-04-14 12:45", parent="a4",
             body="""Thank you, Naomi -- I enjoyed it too.

I meant what I said about the litigation counsel seat. Our head-count request is with the CFO, and I'll loop back within the next two weeks or so, once I know whether it has been approved.

Adaeze""")
    case.thread("a1", True, "networking", "Corbel Insurance Group",
                "'a friend of yours says good things about you, could we talk on Monday?'; call "
                "Mon Apr 13 16:30 with no end; thanked in the thread the next morning; 'loop back "
                "within the next two weeks or so' (to about Apr 28) still open")
    case.meeting("a1", at("2026-04-13 16:30"), None, met=[adaeze.email],
                 thanks={adaeze.email: "a4"}, what="call")
    case.promise("a1", "a5", adaeze.email, "2026-04-28")
    case.forbid("a1", adaeze.email,
                "call on Apr 13 thanked in the thread at 08:05 the next morning; her 'within the "
                "next two weeks or so' (from Apr 14) is still open")

    # ==================================================================
    # Quillon Software: fifteen minutes, cancelled
    # ==================================================================
    e_start, e_end = at("2026-04-14 12:00"), at("2026-04-14 12:15")
    e_uid = uid_outlook("quillon-15")
    case.add("e1", me, [eitan], "2026-04-06 21:10",
             subject="Fifteen minutes on in-house litigation at Quillon?",
             body="""Dear Mr. Rosenfeld,

We met briefly last fall at the Metropolitan Bar's panel on litigation funding, where I enjoyed your remarks on portfolio budgeting. I am a senior associate in the litigation group at Pryor Whitcombe & Lyle, and I am beginning to think seriously about an in-house move.

Would you be willing to spare a quarter of an hour in the next week or two? I am trying to understand how litigation functions are structured at growth-stage software companies, and your perspective would be invaluable.

With thanks in advance,""")
    ics = make_ics(method="REQUEST", uid=e_uid, stamp=at("2026-04-07 10:30").astimezone(UTC),
                   start=e_start, end=e_end,
                   summary="Naomi Castellano / Eitan Rosenfeld - 15 min",
                   organizer=eitan, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Eastern Standard Time", location="Phone - Eitan to call Naomi",
                   prodid=OUTLOOK)
    case.add("e2", eitan, [me], "2026-04-07 10:30", parent="e1", ics=ics, ics_mode="attach",
             body="""Hi Naomi,

Of course -- I remember the panel. How about Tuesday the 14th at noon? I've attached a hold; I'll call the number in your signature.

Eitan""")
    case.add("e3", me, [eitan], "2026-04-07 11:02", parent="e2",
             body="""That is very generous of you -- Tuesday at noon is perfect. Thank you.

Naomi""")
    case.thread("e1", True, "networking", "Quillon Software",
                "a request for a quarter of an hour; 15-minute call set for Tue Apr 14 12:00 by an "
                "attached hold; cancelled the evening before (ICS CANCEL in its own thread)")
    case.meeting("e1", e_start, e_end, status="cancelled", what="15-minute call")
    case.forbid("e1", eitan.email,
                "the Apr 14 call was cancelled the evening before; no new date was promised")
    ics = make_ics(method="CANCEL", uid=e_uid, stamp=at("2026-04-13 18:15").astimezone(UTC),
                   start=e_start, end=e_end,
                   summary="Canceled: Naomi Castellano / Eitan Rosenfeld - 15 min",
                   organizer=eitan, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="Eastern Standard Time", location="Phone - Eitan to call Naomi",
                   sequence=1, status="CANCELLED", prodid=OUTLOOK)
    case.add("e4", eitan, [me], "2026-04-13 18:15",
             subject="Canceled: Naomi Castellano / Eitan Rosenfeld - 15 min",
             ics=ics, ics_mode="outlook", sig=False,
             body="""Naomi -- apologies, a board prep session has landed on top of this. Let me come back with a couple of new times once the dust settles.

E.""")
    case.thread("e4", True, "networking", "Quillon Software",
                "Outlook cancellation of the Apr 14 call")

    # ==================================================================
    # Corvid Energy: conversation moved earlier, held, not thanked
    # ==================================================================
    case.add("v1", warren, [me], "2026-04-08 10:05",
             subject="Corvid Energy - Senior Counsel, Disputes - conversation",
             body="""Dear Ms. Castellano,

Thank you for applying through our careers page for the Senior Counsel, Disputes position. This email confirms our video conversation on Tuesday, April 21 from 1:00 to 1:45 p.m. Central Time. I will send a Teams link the day before.

I look forward to it.

Regards,""")
    case.add("v2", me, [warren], "2026-04-08 12:20", parent="v1",
             body="""Dear Mr. Pike,

Thank you -- I have noted Tuesday, April 21, 1:00 to 1:45 p.m. Central (2:00 to 2:45 p.m. Eastern).

Best regards,
Naomi Castellano""")
    case.add("v3", warren, [me], "2026-04-17 08:40", parent="v2",
             body="""Dear Naomi,

Would it be possible to move our conversation up a day, to Monday, April 20, at the same time (1:00 p.m. Central)? I am now due in Austin on Tuesday.

Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_cvd0420%40thread.v2/0
Meeting ID: 219 552 384 601  Passcode: Qe3vH8

Regards,
Warren""")
    case.add("v4", me, [warren], "2026-04-17 09:55", parent="v3", sig=False,
             body="""Monday works.

Naomi
Sent from my iPhone""")
    case.thread("v1", True, "interview", "Corvid Energy",
                "'this email confirms our video conversation' Tue Apr 21 13:00-13:45 Central; "
                "moved earlier to Mon Apr 20 13:00-13:45 CT (14:00-14:45 ET) by a two-word reply; "
                "held, never thanked")
    case.meeting("v1", at_tz("2026-04-21 13:00", warren), at_tz("2026-04-21 13:45", warren),
                 status="moved", what="original slot")
    case.meeting("v1", at_tz("2026-04-20 13:00", warren), at_tz("2026-04-20 13:45", warren),
                 met=[warren.email], what="video conversation, moved earlier")
    case.expect("thank_you", "v1", warren.email,
                "conversation moved earlier to Mon Apr 20 13:00-13:45 Central and held; nothing "
                "sent since; draft due 16:45 ET that day, overdue since Apr 21 14:45 ET")

    # ==================================================================
    # Beacon Trust Company: GoodTime booking, no-show, promise to rebook
    # ==================================================================
    case.add("b1", renee, [me], "2026-04-07 11:15",
             subject="Beacon Trust Company - Director, Litigation Counsel",
             body="""Dear Ms. Castellano,

Thank you for your interest in the Director, Litigation Counsel role at Beacon Trust Company. Craig Donnelly, Managing Director and Head of Litigation, would like to meet you by video.

Could you let me know your availability on April 14, 15 or 16?

Best regards,""")
    case.add("b2", me, [renee], "2026-04-07 19:30", parent="b1",
             body="""Dear Ms. Castillo,

Thank you. Wednesday, April 15 anytime between 10:00 a.m. and 1:00 p.m. would work well for me.

Best regards,
Naomi Castellano""")
    case.add("b3", renee, [me], "2026-04-08 09:20", parent="b2",
             body="""Thank you, Naomi. I've booked Wednesday, April 15 at 11:00 a.m.; you'll receive a confirmation from GoodTime shortly.

Renee""")
    case.add("b4", me, [renee], "2026-04-15 11:17", parent="b3", sig=False,
             body="""Dear Renee,

I'm on the Teams link for my 11:00 with Mr. Donnelly and haven't been admitted yet -- just flagging in case something has changed. I'm happy to hold until 11:30.

Naomi""")
    case.add("b5", renee, [me], "2026-04-15 14:05", parent="b4",
             body="""Dear Naomi,

Please accept my apologies. Craig was called into an urgent client matter this morning and was not able to get word to us in time. I'll be back in touch by Friday with new times that work for his calendar.

Again, I'm very sorry for the inconvenience.

Renee""")
    case.add("b6", me, [renee], "2026-04-15 15:00", parent="b5",
             body="""Dear Renee,

No trouble at all -- these things happen. I look forward to hearing from you.

Best,
Naomi""")
    case.thread("b1", True, "interview", "Beacon Trust Company",
                "video interview Wed Apr 15 11:00 booked through GoodTime; the interviewer never "
                "joined; 'I'll be back in touch by Friday with new times' (Apr 17) and nothing from "
                "Beacon since")
    case.promise("b1", "b5", renee.email, "2026-04-17")
    case.expect("callback", "b1", renee.email,
                "after the no-show, 'I'll be back in touch by Friday with new times' (Fri Apr 17); "
                "nothing from beacontrust.com since; due end of Tue Apr 21",
                promised="2026-04-17")
    g_start, g_end = at("2026-04-15 11:00"), at("2026-04-15 11:45")
    ics = make_ics(method="REQUEST", uid=uid_uuid("beacon-goodtime"),
                   stamp=at("2026-04-08 09:24").astimezone(UTC), start=g_start, end=g_end,
                   summary="Interview: Naomi Castellano - Director, Litigation Counsel (Beacon Trust)",
                   organizer=renee,
                   attendees=[(craig, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL")],
                   location="Microsoft Teams",
                   description="Interviewer: Craig Donnelly, Managing Director & Head of Litigation\n"
                               "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bcn0415\n"
                               "Scheduled with GoodTime",
                   prodid="-//GoodTime.io//Scheduling//EN")
    gtext = """Hi Naomi,

Your interview with Beacon Trust Company is confirmed.

Role: Director, Litigation Counsel
When: Wednesday, April 15, 2026, 11:00 AM - 11:45 AM EDT
Where: Microsoft Teams (link in the calendar invitation)
Interviewer: Craig Donnelly, Managing Director & Head of Litigation

Need to make a change? Reply to your recruiter, Renee Castillo.

Sent by GoodTime on behalf of Beacon Trust Company"""
    case.add("gt1", goodtime, [me], "2026-04-08 09:24",
             subject="Interview Confirmation: Naomi Castellano - Director, Litigation Counsel - Wed, Apr 15, 11:00 AM EDT",
             body=gtext, html=html_of(gtext), ics=ics, ics_mode="google", headers=AUTO,
             reply_to=renee)
    case.thread("gt1", True, "interview", "Beacon Trust Company",
                "GoodTime confirmation with ICS for the Apr 15 interview at which the interviewer "
                "never appeared")
    case.meeting("gt1", g_start, g_end, status="no-show", what="no-show")
    case.forbid("gt1", craig.email,
                "he never joined the Apr 15 call (no-show); nobody was met, so no thank-you; the "
                "promise to rebook came from Renee")

    # ==================================================================
    # Marlowe & Kent: meeting with the GC, promise relayed by his assistant
    # ==================================================================
    case.add("m1", trudy, [me], "2026-03-26 10:00", cc=[simon],
             subject="Meeting with Simon Achterberg - Marlowe & Kent",
             body="""Dear Ms. Castellano,

Simon Achterberg, our General Counsel, has asked me to arrange a meeting with you following your conversation at the Metropolitan Bar's in-house counsel reception.

Would Wednesday, April 1 at 9:30 a.m. at our offices (255 Hudson Street, 9th floor) suit you?

Kind regards,""")
    case.add("m2", me, [trudy], "2026-03-26 12:40", cc=[simon], parent="m1",
             body="""Dear Ms. Hale,

Wednesday, April 1 at 9:30 a.m. suits me well. Thank you for arranging it.

Best regards,
Naomi Castellano""")
    case.add("m3", trudy, [me], "2026-03-26 13:05", parent="m2",
             body="""Wonderful -- it's in Simon's diary. Please ask for me at reception.

Trudy""")
    case.add("m4", trudy, [me], "2026-04-07 15:30", parent="m3",
             body="""Dear Ms. Castellano,

Simon asked me to let you know that he is finishing his conversations with the remaining candidates and will come back to you by Friday the 10th.

Kind regards,
Trudy""")
    case.add("m5", me, [trudy], "2026-04-07 16:10", parent="m4",
             body="""Dear Ms. Hale,

Thank you for letting me know.

Best regards,
Naomi Castellano""")
    case.thread("m1", True, "interview", "Marlowe & Kent Publishers",
                "meeting with the GC Wed Apr 1 9:30 (no end) arranged by his assistant, GC in cc; "
                "thanked in a new thread that day; on Apr 7 the assistant relays 'he will come back "
                "to you by Friday the 10th'; nothing from Marlowe & Kent since")
    case.meeting("m1", at("2026-04-01 09:30"), None, met=[simon.email],
                 thanks={simon.email: "t32"}, what="meeting with the GC")
    case.promise("m1", "m4", trudy.email, "2026-04-10")
    case.expect("callback", "m1", trudy.email,
                "third-party promise: 'Simon asked me to let you know that he ... will come back to "
                "you by Friday the 10th'; nothing from marlowekent.com since; due end of Tue Apr 14; "
                "the draft goes to Trudy, who made the promise",
                promised="2026-04-10")
    case.add("t32", me, [simon], "2026-04-01 13:40",
             subject="Thank you - this morning",
             body="""Dear Mr. Achterberg,

Thank you for meeting with me this morning. I enjoyed hearing how the legal department has handled the shift to digital licensing, and your account of the authors' rights litigation was fascinating.

The role you described would draw directly on my contract litigation and investigations experience, and I would welcome the chance to contribute. Thank you again for your time and consideration.

Sincerely,""")
    case.thread("t32", True, "interview", "Marlowe & Kent Publishers",
                "thank-you to the GC the afternoon of the meeting")

    # ==================================================================
    # Sterling Brook Legal: cold outreach, declined
    # ==================================================================
    case.add("s1", whitney, [me], "2026-03-19 10:12",
             subject="Litigation counsel role -- fintech (NYC, hybrid)",
             body="""Hi Naomi,

I'm working with a Series D fintech on a Litigation Counsel hire (their second lawyer focused on disputes). Hybrid in Flatiron, equity, strong GC. Given your background I think you'd be a standout. Open to a quick chat this week?

Whitney""")
    case.add("s2", me, [whitney], "2026-03-19 21:30", parent="s1",
             body="""Hi Whitney,

Thank you for thinking of me. I'm focused on a few specific opportunities right now, so I'll pass on this one, but please do keep me in mind.

Best,
Naomi""")
    case.thread("s1", True, "recruiter", "Sterling Brook Legal",
                "cold recruiter outreach, politely declined; nothing owed")

    # ==================================================================
    # NOISE: the current firm
    # ==================================================================
    case.add("f1", loretta, [me], "2026-03-30 16:20",
             subject="Harrow Industries v. Benedetti - deposition schedule (revised)",
             body="""Naomi,

Sending to your personal email too since you'll be in Wilmington tomorrow without VPN. Revised schedule per Howard:

Tue 3/31 - K. Moreau, 9:30 a.m., Richards Layton conference center, Wilmington
Thu 4/23 - R. Benedetti, 9:30 a.m., our offices, 38th floor (Conf. Rm. 38B)
Wed 4/29 - Plaintiffs' damages expert (Dr. Halpern), 10:00 a.m., remote

Court reporter is booked for all three. Binders for Moreau are in your bag.

Loretta""")
    case.add("f1r", me, [loretta], "2026-03-30 21:00", parent="f1",
             body="""Thanks Loretta -- got it. Could you also ask Docketing to calendar the 4/29 expert depo for Jay?

N.""")
    case.add("f1r2", loretta, [me], "2026-04-21 16:35", parent="f1r",
             body="""Jay has the 4/29 expert depo on his calendar. Binders for Thursday's Benedetti depo are on your chair, exhibits pre-marked 1 through 64. Videographer confirmed for 8:45.

L.""")
    case.thread("f1", False, None, "Pryor Whitcombe & Lyle LLP",
                "deposition schedule at the current firm (she takes the depositions)")
    case.meeting("f1", at("2026-03-31 09:30"), at("2026-03-31 17:00"), met=[], job=False,
                 what="deposition")
    case.meeting("f1", at("2026-04-23 09:30"), at("2026-04-23 17:00"), status="scheduled",
                 job=False, what="deposition")
    case.meeting("f1", at("2026-04-29 10:00"), at("2026-04-29 16:00"), status="scheduled",
                 job=False, what="expert deposition")

    prep_start, prep_end = at("2026-04-20 10:00"), at("2026-04-20 12:00")
    ics = make_ics(method="REQUEST", uid=uid_outlook("benedetti-prep"),
                   stamp=at("2026-04-13 11:40").astimezone(UTC), start=prep_start, end=prep_end,
                   summary="Harrow/Benedetti - witness prep (R. Benedetti)",
                   organizer=loretta,
                   attendees=[(howard, "ACCEPTED", "INDIVIDUAL"), (me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("PWL NY 38B", "pwl-ny-38b@pryorwhitcombe.com"), "ACCEPTED", "ROOM")],
                   tzid="Eastern Standard Time", location="Conf. Rm. 38B / Teams for client",
                   description="Howard asked me to add your personal calendar. Client GC joins "
                               "by Teams at 10:30.",
                   prodid=OUTLOOK)
    case.add("f2", loretta, [me], "2026-04-13 11:40",
             subject="Harrow/Benedetti - witness prep (R. Benedetti)", ics=ics, ics_mode="outlook",
             sig=False, body="""Added to your personal calendar per Howard.

""" + teams("benedetti-prep", "244 180 997 315", "Pw8kL2", org="Pryor Whitcombe & Lyle LLP"))
    case.thread("f2", False, None, "Pryor Whitcombe & Lyle LLP",
                "witness prep session at the current firm, Mon Apr 20 10:00-12:00")
    case.meeting("f2", prep_start, prep_end, met=[howard.email], job=False, what="witness prep")

    fw = """Naomi -- FYI, confirmation from the court reporter for the 23rd. Please note the videographer arrives at 8:45.

L.

-----Original Message-----
From: Stenograph Partners Scheduling <scheduling@stenographpartners.com>
Sent: Thursday, April 9, 2026 10:51 AM
To: Loretta Vance <lvance@pryorwhitcombe.com>
Subject: Deposition Confirmation - Harrow Industries v. Benedetti - April 23, 2026

This confirms the following assignment:

Case: Harrow Industries, Inc. v. Benedetti, No. 1:25-cv-04418 (S.D.N.Y.)
Witness: Roberto Benedetti
Date/Time: Thursday, April 23, 2026, 9:30 AM
Location: Pryor Whitcombe & Lyle LLP, 38th Floor
Services: Realtime court reporter; legal videographer; rough draft

Please reply to this message with any changes.

Stenograph Partners | Scheduling Department"""
    case.add("f3", loretta, [me], "2026-04-09 11:05",
             subject="FW: Deposition Confirmation - Harrow Industries v. Benedetti - April 23, 2026",
             quote=False, body=fw)
    case.thread("f3", False, None, "Pryor Whitcombe & Lyle LLP",
                "forwarded court-reporter confirmation for the Apr 23 deposition")

    sa_start, sa_end = at("2026-04-15 14:00"), at("2026-04-15 14:30")
    ics = make_ics(method="REQUEST", uid=uid_outlook("summer-assoc-mdy"),
                   stamp=at("2026-04-10 14:00").astimezone(UTC), start=sa_start, end=sa_end,
                   summary="Summer Associate Interview: Marcus Delacroix-Young (St. Brendan's Law)",
                   organizer=bethany,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (marcus, "ACCEPTED", "INDIVIDUAL")],
                   tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                   description="2027 Summer Associate Program - spring interview week. "
                               "Interviewer: Naomi Castellano. Evaluation form due by 5 p.m. "
                               "the day of the interview.",
                   prodid=OUTLOOK)
    case.add("sa1", bethany, [me, marcus], "2026-04-10 14:00",
             subject="Summer Associate Interview: Marcus Delacroix-Young (St. Brendan's Law) - Wed 4/15 2:00 PM",
             ics=ics, ics_mode="outlook",
             attachments=[("Delacroix-Young_Resume.pdf", "application/pdf", make_pdf([
                 "MARCUS DELACROIX-YOUNG", "St. Brendan's University School of Law, J.D. expected 2027",
                 "Articles Editor, St. Brendan's Law Review", "Judicial intern, Hon. R. Castaneda (E.D.N.Y.)"]))],
             body="""Hi Naomi,

Thank you again for interviewing for us during spring week. Sending to your personal address as well, per your note, since you'll be out for depositions. Marcus's resume is attached; please submit your evaluation in the recruiting portal by 5 p.m. the day of the interview.

Best,
Bethany

""" + teams("summer-assoc-mdy", "237 600 411 982", "Sm2027", org="Pryor Whitcombe & Lyle LLP"))
    case.add("sa2", me, [bethany], "2026-04-10 16:30", parent="sa1",
             body="""Will do -- thanks, Bethany.

Naomi""")
    case.thread("sa1", False, None, "Pryor Whitcombe & Lyle LLP",
                "she interviews a summer-associate candidate for her own firm, Wed Apr 15 "
                "14:00-14:30 (hiring side)")
    case.meeting("sa1", sa_start, sa_end, met=[marcus.email], job=False,
                 what="summer associate interview (hiring side)")
    case.forbid("sa1", marcus.email,
                "she interviewed him for her own firm's summer program; the hiring side owes no "
                "follow-up")
    case.add("sa3", marcus, [me], "2026-04-15 18:20", subject="Thank you - Summer Associate interview",
             body="""Dear Ms. Castellano,

Thank you for taking the time to speak with me this afternoon. I especially appreciated your advice about taking depositions early in one's career, and hearing about the pro bono asylum work at Pryor Whitcombe & Lyle.

I remain very enthusiastic about the firm and the summer program. Thank you again for your time and consideration.

Respectfully,""")
    case.add("sa4", me, [marcus], "2026-04-15 21:40", parent="sa3",
             body="""Dear Marcus,

Thank you for the note -- it was a pleasure speaking with you. Best of luck with the rest of spring week.

Best regards,
Naomi Castellano""")
    case.thread("sa3", False, None, "Pryor Whitcombe & Lyle LLP",
                "the candidate's thank-you to her, and her reply (hiring side)")

    # bar association
    cle_start, cle_end = at("2026-04-09 18:00"), at("2026-04-09 20:00")
    ics = make_ics(method="PUBLISH", uid=uid_uuid("metbar-cle"),
                   stamp=at("2026-03-27 12:15").astimezone(UTC), start=cle_start, end=cle_end,
                   summary="CLE: Cross-Examining the Damages Expert (2.0 credits)",
                   organizer=metbar, tzid="America/New_York",
                   location="Metropolitan Bar House, 42 West 44th Street, Great Hall",
                   prodid="-//Metropolitan Bar Association//Events//EN")
    clet = """Dear Naomi Castellano,

You are registered for:

Cross-Examining the Damages Expert
Thursday, April 9, 2026, 6:00 PM - 8:00 PM
Metropolitan Bar House, 42 West 44th Street
CLE: 2.0 credits (1.5 Skills, 0.5 Ethics), transitional and non-transitional

Check in at the registration desk; your CLE certificate will be emailed after the program.

Metropolitan Bar Association | Continuing Legal Education"""
    case.add("cle1", metbar, [me], "2026-03-27 12:15",
             subject="Registration Confirmed: Cross-Examining the Damages Expert (April 9)",
             body=clet, html=html_of(clet), ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("cle1", False, None, "Metropolitan Bar Association",
                "CLE registration with ICS, Thu Apr 9 18:00-20:00")
    case.meeting("cle1", cle_start, cle_end, met=[], job=False, what="CLE")

    lc_start, lc_end = at("2026-04-21 18:00"), at("2026-04-21 19:30")
    ics = make_ics(method="REQUEST", uid=uid_google("metbar-litcomm-apr"),
                   stamp=at("2026-04-02 09:00").astimezone(UTC), start=lc_start, end=lc_end,
                   summary="Litigation Committee - April meeting",
                   organizer=jonah,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Priyanka Rao", "prao@rao-law.com"), "ACCEPTED", "INDIVIDUAL")],
                   tzid="America/New_York",
                   location="Metropolitan Bar House, 42 West 44th Street, Room 3B",
                   description="Agenda: subcommittee reports; comment letter on proposed Local "
                               "Rule 26.4 amendments; fall program planning.")
    jonah_cal = P("Jonah Fields", "jonah.fields@fieldsrourke.com", style="gcal")
    case.add("lc1", jonah_cal, [me], "2026-04-02 09:00",
             subject="Invitation: Litigation Committee - April meeting @ Tue Apr 21, 2026 6pm - 7:30pm (EDT) (naomi.castellano@example.com)",
             ics=ics, ics_mode="google", headers=GCAL, sig=False,
             body="""Litigation Committee - April meeting
Tuesday Apr 21, 2026 6pm - 7:30pm (Eastern Time - New York)
Metropolitan Bar House, 42 West 44th Street, Room 3B

Agenda: subcommittee reports; comment letter on proposed Local Rule 26.4 amendments; fall program planning.

Organizer: Jonah Fields

Invitation from Google Calendar""")
    case.add("lc2", jonah, [me], "2026-04-21 21:12", parent="lc1",
             subject="Re: Litigation Committee - April meeting",
             body="""All -- thanks for a productive meeting tonight. Draft comment letter on Local Rule 26.4 to follow; Naomi and Priyanka, you have the pen on Section II.

Jonah""")
    case.thread("lc1", False, None, "Metropolitan Bar Association",
                "bar association committee meeting (Google Calendar invite), Tue Apr 21 evening")
    case.meeting("lc1", lc_start, lc_end, met=[jonah.email], job=False, what="bar committee")

    # co-op board
    case.add("co1", philip, [me, ruth], "2026-04-06 10:10",
             subject="The Aldridge Owners Corp. - Board Meeting, Monday April 13, 7:30 PM - Agenda",
             body="""Dear Board Members,

The April board meeting will be held Monday, April 13 at 7:30 PM in the community room.

Agenda:
1. Approval of March minutes
2. Lobby renovation - bids from Marchetti Builders and Corbin & Sons
3. Proposed special assessment (Treasurer's report)
4. Sublet application - Apt. 9C
5. Roof drain repair update

Best regards,""")
    case.add("co2", me, [philip, ruth], "2026-04-06 21:15", parent="co1",
             body="""Philip, Ruth --

I'll bring the draft budget variance and the three assessment scenarios for item 3.

Naomi""")
    case.add("co3", philip, [me, ruth], "2026-04-14 09:40", parent="co2",
             body="""Dear Board Members,

Thank you all for last night. We will circulate the draft minutes by Friday, April 17, together with the assessment resolution for a vote by email.

Best regards,""")
    case.add("co4", philip, [me, ruth], "2026-04-17 16:02", parent="co3",
             attachments=[("Aldridge_Board_Minutes_2026-04-13_DRAFT.pdf", "application/pdf", make_pdf([
                 "The Aldridge Owners Corp. - Minutes of the Board of Directors (DRAFT)",
                 "Monday, April 13, 2026, 7:30 PM, Community Room",
                 "Present: R. Galloway (President), N. Castellano (Treasurer), D. Fox, A. Weiss",
                 "1. March minutes approved. 2. Lobby bids tabled pending references.",
                 "3. Special assessment: Treasurer presented three scenarios."]))],
             body="""Dear Board Members,

As promised, the draft minutes of Monday's meeting are attached. Please send any corrections by Wednesday.

Best regards,""")
    case.thread("co1", False, None, "The Aldridge Owners Corp.",
                "co-op board (she is treasurer): meeting Mon Apr 13 19:30-21:00; the managing "
                "agent's 'minutes by Friday, April 17' kept")
    case.meeting("co1", at("2026-04-13 19:30"), at("2026-04-13 21:00"),
                 met=[philip.email, ruth.email], job=False, what="co-op board meeting")
    case.promise("co1", "co3", philip.email, "2026-04-17", job=False, answered_by="co4")
    case.forbid("co1", philip.email,
                "co-op board business, not job search; his promise of minutes was kept anyway")

    case.add("ru1", ruth, [me], "2026-04-10 20:31", subject="assessment numbers -- sanity check?",
             body="""Naomi, before Monday -- if we go with the 18-month assessment, what's the per-share number for a 1BR? Someone in 4F is already asking and I don't want to guess.

Ruth""")
    case.add("ru2", me, [ruth], "2026-04-10 22:05", parent="ru1", sig=False,
             body="""Roughly $41/month per 100 shares, so about $152/month for a typical 1BR (370 shares). I'll have the full table Monday.

N.""")
    case.add("ru3", ruth, [me], "2026-04-11 08:12", parent="ru2", sig=False,
             body="""perfect, thx!!

Sent from my iPhone""")
    case.thread("ru1", False, None, "The Aldridge Owners Corp.",
                "co-op president's question about the assessment")

    # dry cleaner
    dc = """Hi Naomi,

Your order #48213 (5 items) is ready for pickup at Madison Valet Cleaners, 1421 Madison Ave.

Hours: Mon-Fri 7am-7pm, Sat 8am-5pm.

Reply STOP to stop order notifications."""
    case.add("dc1", cleaners, [me], "2026-04-18 10:02", subject="Your order #48213 is ready for pickup",
             body=dc, html=html_of(dc), headers=AUTO)
    case.thread("dc1", False, None, "Madison Valet Cleaners", "pickup notice")
    case.add("dc2", sungmin, [me], "2026-04-20 17:45",
             subject="About your silk blouse (order #48213)",
             body="""Dear Ms. Castellano,

I'm sorry to say the ink mark on the cream silk blouse did not come out completely on the first try. Our specialist would like to try one more treatment before we return it. We will call you Wednesday to let you know how it went.

With apologies,""")
    case.thread("dc2", False, None, "Madison Valet Cleaners",
                "the cleaner will 'call you Wednesday' (Apr 22) about a stain; not job search")
    case.promise("dc2", "dc2", sungmin.email, "2026-04-22", job=False)

    # newsletters, alerts
    nl1 = """THE DOCKET DAILY -- Tuesday, March 17, 2026

LATERAL MOVES: Three securities partners depart for a boutique; a Big Law litigation chair heads in-house at a media company.

IN-HOUSE HIRING: General counsel are adding senior litigators to bring investigations in-house. Recruiters report interview processes of six to eight weeks, with decisions often waiting on an executive committee.

COURTS: Second Circuit revives consumer class action over "natural" labeling.

You are receiving this because you subscribed at docketdaily.com. Unsubscribe | Manage preferences"""
    case.add("nl1", docket, [me], "2026-03-17 06:00",
             subject="The Docket Daily: Lateral moves, in-house hiring, and a Second Circuit revival",
             body=nl1, html=html_of(nl1, "The Docket Daily"),
             headers=bulk_headers("<daily.docketdaily.com>", "https://docketdaily.com/u/nc"))
    case.thread("nl1", False, None, "The Docket Daily", "legal newsletter full of hiring words")
    nl2 = """THE DOCKET DAILY -- Tuesday, April 14, 2026

INTERVIEW SEASON: Firms compress summer associate interviews into the spring; what candidates should expect from callbacks.

MOVES: Deputy GC at a consumer brands company named GC of a pharmaceutical company.

THE BENCH: S.D.N.Y. judge sanctions counsel for AI-drafted citations.

Unsubscribe | Manage preferences"""
    case.add("nl2", docket, [me], "2026-04-14 06:00",
             subject="The Docket Daily: Interview season, GC moves, and a sanctions order",
             body=nl2, html=html_of(nl2, "The Docket Daily"),
             headers=bulk_headers("<daily.docketdaily.com>", "https://docketdaily.com/u/nc"))
    case.thread("nl2", False, None, "The Docket Daily", "legal newsletter")
    nl4 = """THE DOCKET DAILY -- Wednesday, April 22, 2026

OFFERS AND COUNTEROFFERS: Firms are matching in-house offers for senior associates more often; recruiters weigh in.

MOVES: Litigation partner returns to government as deputy chief of a U.S. Attorney's civil division.

COURTS: Appellate Division trims punitive award in a distributor dispute.

Unsubscribe | Manage preferences"""
    case.add("nl4", docket, [me], "2026-04-22 06:00",
             subject="The Docket Daily: Counteroffers, a return to government, and a trimmed award",
             body=nl4, html=html_of(nl4, "The Docket Daily"),
             headers=bulk_headers("<daily.docketdaily.com>", "https://docketdaily.com/u/nc"))
    case.thread("nl4", False, None, "The Docket Daily", "legal newsletter, the morning of now")

    nl3 = """IN-HOUSE BRIEF | April 7, 2026

Why general counsel are hiring litigators in 2026
Thank-you notes still matter: what three GCs say tips a close hiring decision
Negotiating your first in-house offer: base, bonus and the equity question
Job board: Senior Counsel, Litigation (NYC); Associate GC, Disputes (Houston); Litigation Counsel (Jersey City)

Forward to a colleague | Unsubscribe"""
    case.add("nl3", inhouse, [me], "2026-04-07 07:15",
             subject="In-House Brief: Why GCs are hiring litigators (and how to get the offer)",
             body=nl3, html=html_of(nl3, "In-House Brief"),
             headers=bulk_headers("<weekly.inhousebrief.com>", "https://inhousebrief.com/unsub"))
    case.thread("nl3", False, None, "In-House Brief", "newsletter full of interview and offer words")
    ja = """12 new jobs match your alert "Senior Counsel Litigation New York"

Senior Counsel, Litigation -- consumer goods company -- New York, NY -- Apply now
Associate General Counsel, Disputes -- insurer -- New York, NY -- Easy apply
Litigation Counsel -- fintech -- New York, NY (hybrid)
Counsel, Investigations -- global bank -- Jersey City, NJ
... and 8 more

Recruiters viewed 3 profiles like yours this week. Manage alerts | Unsubscribe"""
    case.add("ja1", counsel, [me], "2026-03-31 07:02",
             subject='12 new jobs for "Senior Counsel Litigation New York"',
             body=ja, html=html_of(ja),
             headers=bulk_headers("<alerts.counselconnect.com>", "https://counselconnect.com/alerts"))
    case.thread("ja1", False, None, "CounselConnect", "job-board alert; owes nothing")
    ja2 = """14 new jobs match your alert "Senior Counsel Litigation New York"

Director, Litigation Counsel -- trust company -- New York, NY -- Interviewing now
Senior Counsel, Product Liability -- pharmaceutical company -- Princeton, NJ
VP, Legal (Litigation & Regulatory) -- asset manager -- New York, NY
... and 11 more

Manage alerts | Unsubscribe"""
    case.add("ja2", counsel, [me], "2026-04-20 07:01",
             subject='14 new jobs for "Senior Counsel Litigation New York"',
             body=ja2, html=html_of(ja2),
             headers=bulk_headers("<alerts.counselconnect.com>", "https://counselconnect.com/alerts"))
    case.thread("ja2", False, None, "CounselConnect", "job-board alert; owes nothing")
    pl = """Naomi, you appeared in 23 searches this week.

Searchers came from: legal recruiting firms, a consumer products company, an insurance company.

Your profile was viewed by a General Counsel. See who's looking -- try Premium free for 30 days.

Unsubscribe from weekly search digests"""
    case.add("pl1", prolink, [me], "2026-04-13 08:30",
             subject="You appeared in 23 searches this week",
             body=pl, html=html_of(pl), html_only=True,
             headers=bulk_headers("<digest.prolink.com>", "https://prolink.com/unsub"))
    case.thread("pl1", False, None, "ProLink", "networking-site search digest")

    # family
    case.add("ma1", mama, [me], "2026-03-30 19:40", subject="Pascua - ¿vienen el domingo?",
             body="""Hola mi amor,

¿Vienen tú y Theo el domingo 5 de abril para Pascua? Voy a hacer el cordero como siempre, a las 2. Tu tía Lupe viene de Nueva Jersey.

Besos,
Mamá""")
    case.add("ma2", me, [mama], "2026-03-31 22:18", parent="ma1", sig=False,
             body="""¡Claro que sí, mamá! Llegamos a la 1:30 para ayudarte. Llevo el postre.

Te quiero,
Naomi""")
    case.add("ma3", mama, [me], "2026-04-01 08:05", parent="ma2", sig=False,
             body="""Perfecto. Trae el flan de la otra vez, a tu papá le encantó.

Mamá

Enviado desde mi iPhone""")
    case.thread("ma1", False, None, None, "her mother, in Spanish: Easter lunch on Sun Apr 5")
    case.meeting("ma1", at("2026-04-05 14:00"), at("2026-04-05 17:00"), met=[mama.email],
                 job=False, what="family lunch")
    case.add("ma4", mama, [me], "2026-04-12 11:30", subject="Mira lo que encontré",
             body="""Naomi, limpiando el clóset encontré tu foto de la graduación de derecho. ¡Qué orgullosa estaba! Te la guardo para cuando vengas.

¿Cómo va todo en el trabajo? Te noto cansada.

Mamá""")
    case.add("ma5", me, [mama], "2026-04-12 18:02", parent="ma4", sig=False,
             body="""¡Ay, qué linda! Guárdamela por favor. Todo bien, solo mucho trabajo con las deposiciones. Te llamo el martes.

Besos""")
    case.thread("ma4", False, None, None, "her mother, in Spanish: an old photo")
    case.add("mt1", mateo, [me], "2026-04-15 09:12", subject="Splitting Dad's 70th",
             body="""Hey Nay,

Restaurant confirmed for Sat 4/25 at 7, back room at Casa Lucía. Deposit was $600 and the estimate is about $2,400 all in. Split three ways with Inés? I'll send a Venmo request once we have the final bill.

M""")
    case.add("mt2", me, [mateo], "2026-04-15 12:40", parent="mt1", sig=False,
             body="""Three ways is fine. I'll cover the cake separately -- ordering from Veniero's.

N""")
    case.add("mt3", mateo, [me], "2026-04-15 13:01", parent="mt2",
             body="""you're the best. don't tell Dad about the mariachi

Sent from my iPhone""")
    case.thread("mt1", False, None, None, "her brother: splitting the cost of their father's birthday dinner")
    bd_start, bd_end = at("2026-04-25 19:00"), at("2026-04-25 22:00")
    ics = make_ics(method="REQUEST", uid=uid_google("dad70"),
                   stamp=at("2026-04-15 13:10").astimezone(UTC), start=bd_start, end=bd_end,
                   summary="Papá's 70th - dinner at Casa Lucía",
                   organizer=mateo_cal,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (theo, "NEEDS-ACTION", "INDIVIDUAL"),
                              (("Inés Castellano", "ines.castellano@gmail.com"), "ACCEPTED", "INDIVIDUAL")],
                   tzid="America/New_York", location="Casa Lucía, 233 Smith St, Brooklyn")
    case.add("mt4", mateo_cal, [me, theo], "2026-04-15 13:10",
             subject="Invitation: Papá's 70th - dinner at Casa Lucía @ Sat Apr 25, 2026 7pm - 10pm (EDT) (naomi.castellano@example.com)",
             ics=ics, ics_mode="google", headers=GCAL, sig=False,
             body="""Papá's 70th - dinner at Casa Lucía
Saturday Apr 25, 2026 7pm - 10pm (Eastern Time - New York)
Casa Lucía, 233 Smith St, Brooklyn

Organizer: Mateo Castellano

Invitation from Google Calendar""")
    case.thread("mt4", False, None, None, "Google Calendar invite for the family dinner on Apr 25")
    case.meeting("mt4", bd_start, bd_end, status="scheduled", job=False, what="family dinner")
    case.add("th1", theo, [me], "2026-04-13 07:45", subject="plumber",
             body="""Super says the plumber can come Tuesday between 10 and 2 for the kitchen leak. I can WFH. OK?

T""")
    case.add("th2", me, [theo], "2026-04-13 08:20", parent="th1", sig=False,
             body="""Yes please. Love you. Don't let him talk you into a new faucet.

N""")
    case.thread("th1", False, None, None, "her partner: plumber visit")
    case.add("th3", theo, [me], "2026-04-22 07:31", subject="tonight",
             body="""Booked us at Lupa for 8 so we can talk through the offer properly. Made a pros/cons list on the train. It's long.

T""")
    case.thread("th3", False, None, None, "her partner: dinner tonight")

    case.add("ke1", keisha, [me], "2026-04-01 12:14", subject="drinks thurs??",
             body="""I need a drink and a Naomi. Thursday after work? Anywhere near Bryant Park""")
    case.add("ke2", me, [keisha], "2026-04-01 13:02", parent="ke1", sig=False,
             body="""YES. Bar Nonna at 7? I have a lot to tell you (can't put it in writing, ha)""")
    case.add("ke3", keisha, [me], "2026-04-01 13:05", parent="ke2",
             body="""👀 see you at 7""")
    case.thread("ke1", False, None, None, "a friend: drinks Thu Apr 2 at 19:00 (social, not networking)")
    case.meeting("ke1", at("2026-04-02 19:00"), None, met=[keisha.email], job=False,
                 what="drinks with a friend")
    case.forbid("ke1", keisha.email, "drinks with a friend; social, not job search")

    # doctor
    dm_start, dm_end = at("2026-04-07 08:15"), at("2026-04-07 08:45")
    ics = make_ics(method="PUBLISH", uid=uid_uuid("derm-0407"),
                   stamp=at("2026-04-04 09:00").astimezone(UTC), start=dm_start, end=dm_end,
                   summary="Appointment: Dr. Amrita Shah (Park Avenue Dermatology)",
                   organizer=derm, tzid="America/New_York",
                   location="880 Park Avenue, Suite 2B, New York, NY 10075",
                   prodid="-//Park Avenue Dermatology//Patient Reminders//EN")
    dt_ = """Dear Naomi,

This is a reminder of your appointment with Dr. Amrita Shah on Tuesday, April 7, 2026 at 8:15 AM.

Please arrive 10 minutes early and bring your insurance card. To reschedule, call (212) 555-0117 at least 24 hours ahead.

Park Avenue Dermatology Associates"""
    case.add("dm1", derm, [me], "2026-04-04 09:00",
             subject="Appointment reminder: Tue Apr 7, 8:15 AM with Dr. Amrita Shah",
             body=dt_, html=html_of(dt_), ics=ics, ics_mode="publish", headers=AUTO)
    case.thread("dm1", False, None, "Park Avenue Dermatology", "appointment reminder with ICS")
    case.meeting("dm1", dm_start, dm_end, met=[], job=False, what="doctor")
    case.add("dm2", yolanda, [me], "2026-04-08 14:30", subject="Your biopsy results",
             body="""Dear Ms. Castellano,

Dr. Shah asked me to let you know that the lab expects to return your results early next week. We will call you by Wednesday, April 15 either way.

Kind regards,""")
    case.add("dm3", me, [yolanda], "2026-04-08 17:10", parent="dm2",
             body="""Thank you, Ms. Briggs. My cell is the best number.

Naomi Castellano""")
    case.add("dm4", yolanda, [me], "2026-04-14 11:05", parent="dm3",
             body="""Dear Ms. Castellano,

Good news: your results came back benign. Dr. Shah will see you at your routine visit in October. No need to call back.

Kind regards,""")
    case.thread("dm2", False, None, "Park Avenue Dermatology",
                "nurse's 'we will call you by Wednesday, April 15', kept on Apr 14")
    case.promise("dm2", "dm2", yolanda.email, "2026-04-15", job=False, answered_by="dm4")

    # receipts and bills
    rt = """Northeast Rail e-Ticket

Passenger: NAOMI CASTELLANO
Reservation: 7A2C91

Mon, Mar 30  New York Penn Station 6:05 PM -> Wilmington, DE 7:42 PM  Train 2173  Business
Tue, Mar 31  Wilmington, DE 6:20 PM -> New York Penn Station 7:58 PM  Train 2180  Business

Total charged: $284.00 (Visa ending 4417)"""
    case.add("rt1", rail, [me], "2026-03-28 15:22", subject="Your e-Ticket: New York - Wilmington, Mar 30",
             body=rt, html=html_of(rt), headers=AUTO)
    case.thread("rt1", False, None, "Northeast Rail", "train ticket for the Wilmington deposition")
    cs = """Your Hudson Card statement is ready.

Statement closing date: April 2, 2026
New balance: $3,482.17
Minimum payment due: $35.00 by April 27, 2026

Sign in to view your statement. Please do not reply to this email."""
    case.add("cs1", card, [me], "2026-04-03 06:12", subject="Your April statement is ready",
             body=cs, html=html_of(cs), html_only=True, headers=AUTO)
    case.thread("cs1", False, None, "Hudson Card Services", "credit card statement")
    ut = """Your Consolidated Utilities bill is ready.

Account ending 8830
Amount due: $146.52
Due date: April 30, 2026

AutoPay is on; no action is needed."""
    case.add("ut1", utility, [me], "2026-04-09 05:40", subject="Your bill is ready - account ending 8830",
             body=ut, html=html_of(ut), headers=AUTO)
    case.thread("ut1", False, None, "Consolidated Utilities of New York", "utility bill")
    wb = """Priyanka & Tom are counting the days!

Please RSVP for their wedding on Saturday, June 13, 2026 at Wave Hill, Bronx, by May 1.

RSVP now | View the registry"""
    case.add("wb1", wedbook, [me], "2026-04-11 10:00",
             subject="Reminder: RSVP for Priyanka & Tom's wedding",
             body=wb, html=html_of(wb), html_only=True, headers=AUTO)
    case.thread("wb1", False, None, "Wedbook", "wedding RSVP reminder")
    al = """SAVE THE DATE

Morningside Law School Reunion Weekend
Friday, May 15 - Saturday, May 16, 2026

Celebrating the classes ending in 1 and 6 -- and a special mini-reunion for the Class of 2018.

Register at alumni.morningsidelaw.edu/reunion"""
    case.add("al1", alumni, [me], "2026-03-23 11:00", subject="Save the date: Reunion Weekend 2026",
             body=al, html=html_of(al), html_only=True,
             headers=bulk_headers("<alumni.morningsidelaw.edu>", "https://alumni.morningsidelaw.edu/unsub"))
    case.thread("al1", False, None, "Morningside Law School", "alumni reunion save-the-date")
    pk = """You have a package waiting at the front desk.

Carrier: UPS
Received: 4/20/2026 2:14 PM
Shelf: B-3

The Aldridge | 1175 Park Avenue"""
    case.add("pk1", building, [me], "2026-04-20 14:16", subject="Package delivered - The Aldridge",
             body=pk, headers=AUTO)
    case.thread("pk1", False, None, "The Aldridge", "package notification")
    bk = """Thank you for your order!

Order #30417 -- 2 items
  "The Good Lawyer in the Corporation" (hardcover) $32.00
  "Negotiating Your Worth" (paperback) $18.00
Subtotal $50.00 | Tax $4.44 | Total $54.44

Pick up in store after 2 pm."""
    case.add("bk1", books, [me], "2026-04-04 11:31", subject="Your receipt - order #30417",
             body=bk, html=html_of(bk), headers=AUTO)
    case.thread("bk1", False, None, "Three Lives & Sons Booksellers", "bookshop receipt")

    # pro bono colleague (personal address)
    case.add("pb1", amelia, [me], "2026-04-16 21:48", subject="D.M. hearing moved",
             body="""Hi Naomi -- using personal email since the firm system is down for maintenance tonight. The immigration court moved D.M.'s merits hearing to May 12 at 8:30. I'll re-send the witness outline on Monday. Hope the rest of your week is calmer than mine!

Amelia""")
    case.add("pb2", me, [amelia], "2026-04-16 22:10", parent="pb1", sig=False,
             body="""Thanks Amelia. May 12 works -- I'll block the morning. Let's do a prep call with D.M. the week before.

N.""")
    case.thread("pb1", False, None, None, "pro bono colleague: asylum hearing moved")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
