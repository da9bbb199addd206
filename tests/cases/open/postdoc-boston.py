#!/usr/bin/env python3
"""postdoc-boston: a computational-biology postdoc in Boston on the academic and the
biotech market at once.  Written blind (rules, brief and casekit only)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

import datetime as dt
import textwrap
from zoneinfo import ZoneInfo

NY = "America/New_York"
CHI = "America/Chicago"
LA = "America/Los_Angeles"
LON = "Europe/London"
LIS = "Europe/Lisbon"


def t(s):
    return textwrap.dedent(s).strip("\n")


def T(s, tz=NY):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


EXCHANGE = "Microsoft Exchange Server 2010"

SUMMARY = t("""
    Inês Carvalho, a computational-biology postdoc in the Hollis Lab at the Fenwick Institute for
    Genomic Medicine in Boston, is on the academic market (assistant-professor searches) and the
    biotech market (data-scientist roles) at once. The mailbox runs from late February to Friday
    10 April 2026, 09:15 EDT, across the US change to daylight time on 8 March. Carrow University
    (Chicago) took her from a first-round Zoom to a two-day campus visit whose itinerary names
    twelve faculty, five with addresses in its text (the search chair is in Cc); she thanked
    the chair, the host and (in one note) two
    more, but not the department chair or the associate dean, and the coordinator relays the
    chair's date (committee meets 16 April, word by 22 April). Westbrook University's first-round
    Zoom, moved by one day at her request ("Wednesday works."), names the chair's address only in
    the Outlook invitation's description and was never thanked. Lumara Biosciences ran a GoodTime
    virtual onsite with four interviewers: three thanked, Kendra Mills not; the hiring manager's
    "within the next couple of weeks" is still open. Corbel Therapeutics' passive "a decision ...
    will be made by Friday, April 3" and Halden Biosciences' coordinator's relayed "by Tuesday,
    April 7" both went silent. Stellan Bio rejected her after a phone screen she never thanked; a
    Calendly "15 minutes" with Pallas Genomics' talent partner and a conference coffee in San Diego
    (partly in Portuguese; she only sent a preprint afterwards) are unthanked; her PI's intro to a
    former student was thanked the same evening. Obsidian Bio cancelled; Tessera Health's call is
    still ahead. Noise: lab meeting (RRULE), journal club, manuscript reviews, the institute's HR
    and grants office, a faculty-candidate lunch where she is on the hiring side, candidate seminar
    announcements, landlord, partner, her mother in Portuguese, receipts, job-board alerts.
""")


def build():
    now = T("2026-04-10 09:15")
    case = Case(
        "postdoc-boston",
        "Comp-bio postdoc in Boston on the faculty and biotech markets; Friday 10 April 2026, 09:15 EDT",
        {"name": "Inês Carvalho", "emails": ["ines.carvalho@example.org"],
         "phone": "+1 617 555 0188", "timezone": NY},
        now, SUMMARY)
    me = Person("Inês Carvalho", "ines.carvalho@example.org", NY, "webmail",
                sig=t("""
                    --
                    Inês Carvalho, PhD
                    Postdoctoral Fellow, Hollis Lab
                    Fenwick Institute for Genomic Medicine, Boston
                    +1 617 555 0188 | ines.carvalho@example.org
                """), msgid_domain="example.org")
    case.me = me
    add = case.add

    # ------------------------------------------------------------------ people
    # Carrow University (Chicago)
    thornbury = Person("Margaret Thornbury", "mthornbury@carrow.edu", CHI, "outlook", sig=t("""
        Margaret E. Thornbury, PhD
        Professor and Vice Chair for Research
        Chair, Computational Biology Search Committee
        Department of Genomic Medicine
        Carrow University | 900 S. Ashland Avenue, Chicago, IL 60607
        Tel. (312) 555-0147
    """))
    denise = Person("Denise Kowalczyk", "dkowalczyk@carrow.edu", CHI, "outlook", sig=t("""
        Denise Kowalczyk
        Faculty Affairs Coordinator
        Department of Genomic Medicine | Carrow University
        (312) 555-0162
    """))
    vasquez = Person("Peter Vasquez", "pvasquez@carrow.edu", CHI, "outlook")
    raman = Person("Anjali Raman", "araman@carrow.edu", CHI, "outlook", sig=t("""
        Anjali Raman, PhD
        Assistant Professor
        Department of Genomic Medicine, Carrow University
    """))
    kobayashi = Person("Hana Kobayashi", "hkobayashi@carrow.edu", CHI, "outlook")
    # Westbrook University (Seattle)
    lorraine = Person("Lorraine Beckett", "lbeckett@westbrook.edu", LA, "outlook", sig=t("""
        Lorraine Beckett
        Faculty Search Coordinator
        Department of Biomedical Data Science
        Westbrook University | Seattle, WA
        206-555-0131
    """))
    # Lumara Biosciences (Cambridge, MA)
    brooke = Person("Brooke Halvorsen", "brooke.halvorsen@lumarabio.com", NY, "gmail", sig=t("""
        Brooke Halvorsen
        Senior Technical Recruiter | Lumara Biosciences
        245 Binney Street, Cambridge, MA
        m: 617-555-0176
    """))
    alan = Person("Alan Reyes", "alan.reyes@lumarabio.com", NY, "gmail")
    priyanka = Person("Priyanka Shah", "priyanka.shah@lumarabio.com", NY, "gmail")
    oren = Person("Oren Bialik", "oren.bialik@lumarabio.com", NY, "gmail")
    kendra = Person("Kendra Mills", "kendra.mills@lumarabio.com", NY, "gmail")
    greenhouse = Person("Lumara Biosciences", "no-reply@us.greenhouse-mail.io", NY, "auto",
                        auto=True)
    goodtime = Person("Lumara Biosciences Recruiting", "no-reply@goodtime.io", NY, "auto",
                      auto=True)
    # Corbel Therapeutics (South San Francisco)
    naveen = Person("Naveen Iyer", "niyer@corbeltx.com", LA, "gmail", sig=t("""
        Naveen Iyer, PhD
        Head of Translational Data Science
        Corbel Therapeutics | South San Francisco, CA
    """))
    naveen_cal = Person("Naveen Iyer", "niyer@corbeltx.com", LA, "gcal")
    lever = Person("Corbel Therapeutics", "no-reply@hire.lever.co", LA, "auto", auto=True)
    # Stellan Bio (Boston)
    marisol = Person("Marisol Quintero", "marisol.quintero@stellanbio.com", NY, "outlook", sig=t("""
        Marisol Quintero
        Talent Acquisition Partner
        Stellan Bio | 50 Northern Avenue, Boston, MA 02210
        617.555.0123
    """))
    # Pallas Genomics
    gideon = Person("Gideon Achebe", "gideon@pallasgenomics.com", NY, "gmail", sig=t("""
        Gideon Achebe
        Talent Partner, Pallas Genomics
        linkedin.com/in/gideonachebe
    """))
    calendly = Person("Calendly", "no-reply@calendly.com", LA, "auto", auto=True)
    # Arclight Bio and the PI
    miriam = Person("Miriam Hollis", "mhollis@fenwickinstitute.org", NY, "outlook")
    jonah = Person("Jonah Feld", "jonah@arclightbio.com", NY, "gmail", sig=t("""
        Jonah Feld, PhD
        Senior Scientist, Data Platform | Arclight Bio
        Cambridge, MA
    """))
    # Kelpwater Therapeutics (San Diego)
    rafa = Person("Rafael Nogueira", "rafael.nogueira@kelpwatertx.com", LA, "gmail")
    # Halden Biosciences (Waltham)
    jasmine = Person("Jasmine Oyelaran", "jasmine.oyelaran@haldenbio.com", NY, "outlook", sig=t("""
        Jasmine Oyelaran
        Recruiting Coordinator | Halden Biosciences
        1000 Winter Street, Waltham, MA 02451
    """))
    lily = Person("Lily Chen", "lily.chen@haldenbio.com", NY, "outlook", sig=t("""
        Lily Chen, PhD
        Head of Machine Learning Research
        Halden Biosciences
    """))
    # Obsidian Bio
    clara = Person("Clara Westergaard", "clara.westergaard@obsidianbio.com", NY, "outlook", sig=t("""
        Clara Westergaard, PhD
        Director, Computational Sciences
        Obsidian Bio | Boston, MA
        +1 (617) 555-0154
    """))
    deepak = Person("Deepak Menon", "deepak.menon@obsidianbio.com", NY, "outlook")
    # Tessera Health
    owen = Person("Owen Pratt", "owen.pratt@tesserahealth.com", NY, "gmail", sig=t("""
        Owen Pratt
        Senior Recruiter, R&D | Tessera Health
        (857) 555-0140
    """))
    interfolio_ok = Person("Oakhaven University Faculty Search", "no-reply@interfolio.com", NY,
                           "auto", auto=True)
    interfolio = Person("Interfolio", "no-reply@interfolio.com", NY, "auto", auto=True)
    oak_search = Person("Quantitative Biology Search", "qb-search@oakhaven.edu", NY, "outlook")

    # Fenwick Institute (the current employer)
    arjun = Person("Arjun Mehta", "amehta@fenwickinstitute.org", NY, "outlook")
    sofia = Person("Sofia Ramírez", "sramirez@fenwickinstitute.org", NY, "outlook")
    ben = Person("Ben Okoro", "bokoro@fenwickinstitute.org", NY, "outlook")
    tanya = Person("Tanya Brooks", "tbrooks@fenwickinstitute.org", NY, "outlook", sig=t("""
        Tanya Brooks
        HR Business Partner, Research Staff
        Fenwick Institute for Genomic Medicine
        617-555-0129
    """))
    linda = Person("Linda Park", "lpark@fenwickinstitute.org", NY, "outlook", sig=t("""
        Linda Park
        Senior Grants Administrator, Office of Sponsored Research
        Fenwick Institute for Genomic Medicine
        617-555-0137
    """))
    karina = Person("Karina Holt", "kholt@fenwickinstitute.org", NY, "outlook", sig=t("""
        Karina Holt
        Faculty Affairs Manager | Office of the Scientific Director
        Fenwick Institute for Genomic Medicine
    """))
    seminars = Person("Fenwick Seminars", "seminars@fenwickinstitute.org", NY, "auto")
    learning = Person("Fenwick Learning", "learning@fenwickinstitute.org", NY, "auto", auto=True)
    itdesk = Person("Fenwick IT Service Desk", "itsupport@fenwickinstitute.org", NY, "auto",
                    auto=True)
    # Journals
    jcg = Person("Journal of Computational Genomics", "onbehalfof@manuscriptcentral.com", LON,
                 "auto", auto=True, msgid_domain="manuscriptcentral.com")
    jcg_editor = Person("JCG Editorial Office", "jcg.editorial@lindenpress.com", LON, "outlook")
    gsb = Person("Genome Systems Biology", "em.gsb.0.9c41d2.7a1e3f@editorialmanager.com", NY,
                 "auto", auto=True, msgid_domain="editorialmanager.com")
    # Personal
    theo = Person("Theo Lindahl", "theo.lindahl@gmail.com", NY, "gmail")
    mae = Person("Fernanda Carvalho", "fernanda.carvalho@sapo.pt", LIS, "webmail",
                 msgid_domain="sapo.pt")
    kavya = Person("Kavya Raghunathan", "kavya.raghunathan@gmail.com", NY, "gmail")
    gary = Person("Gary Pellegrino", "gpellegrino.properties@gmail.com", NY, "gmail", sig=t("""
        Gary Pellegrino
        Pellegrino Properties
        (617) 555-0191
    """))
    # Services
    airline = Person("Northwind Airlines", "reservations@email.northwindair.com", NY, "auto",
                     auto=True)
    hotel = Person("Harborline Hotel San Diego", "reservations@harborlinehotels.com", LA, "auto",
                   auto=True)
    uber = Person("Uber Receipts", "noreply@uber.com", NY, "auto", auto=True)
    amazon = Person("Amazon.com", "shipment-tracking@amazon.com", NY, "auto", auto=True)
    scg = Person("SCG 2026 Program Committee", "program@scg2026.org", LA, "auto", auto=True)
    scgreg = Person("SCG 2026 Registration", "registration@scg2026.org", LA, "auto", auto=True)
    labcareer = Person("Lab & Career Weekly", "newsletter@labandcareer.org", NY, "auto")
    genomejobs = Person("GenomeJobs Alerts", "alerts@genomejobs.com", NY, "auto", auto=True)
    apd = Person("Academic Positions Digest", "digest@academicpositions.net", NY, "auto",
                 auto=True)
    dental = Person("Copley Square Dental", "appointments@copleysquaredental.com", NY, "auto",
                    auto=True)
    power = Person("Bay Colony Electric", "billing@baycolonyelectric.com", NY, "auto", auto=True)
    striders = Person("Charles River Striders", "newsletter@charlesriverstriders.org", NY, "auto")
    pharmacy = Person("Beacon Pharmacy", "rx-notify@beaconpharmacy.com", NY, "auto", auto=True)

    # ================================================================ CARROW
    add("c1", thornbury, [me], "2026-02-27 10:12", cc=[denise],
        subject="Carrow University – Assistant Professor, Computational Biology: first-round interview",
        body=t("""
        Dear Dr. Carvalho,

        On behalf of the search committee for the tenure-track Assistant Professor position in
        Computational Biology in the Department of Genomic Medicine at Carrow University, I am
        pleased to let you know that your application has advanced to the first round of our
        process. We received more than 240 applications this year, and the committee was genuinely
        impressed by your work on spatial deconvolution and by the clarity of your research
        statement.

        We would like to invite you to a 45-minute conversation with the committee by Zoom during
        the week of March 2. We will talk about your research program, your teaching interests and
        your approach to mentoring, and there will be time for your questions about the department
        and the University.

        Ms. Denise Kowalczyk, who coordinates our faculty searches, is copied here and will be in
        touch shortly to find a time that suits you. Please do not hesitate to contact either of us
        with any questions.

        With best regards,
        """))
    add("c1_accept", me, [thornbury], "2026-02-27 11:40", parent="c1", cc=[denise], body=t("""
        Dear Dr. Thornbury,

        Thank you very much for this invitation; I am delighted that the committee would like to
        speak with me. I would be glad to meet by Zoom during the week of March 2 and will look out
        for Ms. Kowalczyk's message.

        I look forward to the conversation.

        With best wishes,
        Inês
        """))
    add("c1_slots", denise, [me], "2026-03-02 09:05", parent="c1_accept", body=t("""
        Dear Dr. Carvalho,

        I am following up on Dr. Thornbury's message to schedule your first-round interview with
        the Computational Biology search committee. The committee is available at the following
        times (all Central Time):

        - Wednesday, March 4, 1:00 – 1:45 PM
        - Thursday, March 5, 10:30 – 11:15 AM
        - Thursday, March 5, 3:00 – 3:45 PM

        Please let me know which of these works best for you, and I will send a Zoom invitation.

        Kind regards,
        Denise
        """))
    add("c1_pick", me, [denise], "2026-03-02 10:31", parent="c1_slots", body=t("""
        Dear Ms. Kowalczyk,

        Wednesday, March 4 at 1:00 PM Central (2:00 PM here in Boston) would be ideal. Thank you
        for arranging it.

        Best regards,
        Inês Carvalho
        """))
    zoom1_desc = t("""
        Dr. Carvalho,

        This is your first-round interview with the Computational Biology search committee,
        Department of Genomic Medicine.

        Committee: Dr. Margaret Thornbury (chair), Dr. Peter Vasquez, Dr. Anjali Raman, Dr. Colin Mbeki

        Join Zoom Meeting
        https://carrow.zoom.us/j/93817264051?pwd=Q2Fycm93U2VhcmNoMjAyNg
        Meeting ID: 938 1726 4051
        Passcode: 482913

        If you have trouble connecting, please call Denise Kowalczyk at (312) 555-0162.
        """)
    c1_start, c1_end = T("2026-03-04 13:00", CHI), T("2026-03-04 13:45", CHI)
    add("c1_zoom", denise, [me], "2026-03-02 13:15",
        subject="Carrow Genomic Medicine – Computational Biology search: first-round interview (Zoom) – Dr. Inês Carvalho",
        sig=False, body=zoom1_desc,
        ics=make_ics(method="REQUEST", uid=uid_outlook("carrow-first-round"),
                     stamp=T("2026-03-02 13:15", CHI), start=c1_start, end=c1_end,
                     summary="Carrow Genomic Medicine – Computational Biology search: first-round interview (Zoom) – Dr. Inês Carvalho",
                     organizer=denise, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Central Standard Time", location="Zoom", description=zoom1_desc,
                     prodid=EXCHANGE), ics_mode="outlook")
    add("c1_thanks", me, [thornbury], "2026-03-04 17:20", parent="c1", body=t("""
        Dear Dr. Thornbury,

        Thank you, and please pass my thanks to Dr. Vasquez, Dr. Raman and Dr. Mbeki, for this
        afternoon's conversation. I especially enjoyed hearing how the department's new spatial
        genomics core could anchor collaborations with the clinical faculty, and Dr. Mbeki's
        question about teaching quantitative methods to first-year medical students has stayed
        with me.

        The position is an excellent fit for the research program I described, and I remain very
        enthusiastic about it.

        With best wishes,
        """))
    add("c1_reply", thornbury, [me], "2026-03-05 08:02", parent="c1_thanks", sig=False, body=t("""
        Dear Dr. Carvalho,

        Thank you for your kind note, which I have shared with the committee. We are completing
        our first-round conversations this week and expect to be in touch about next steps by the
        end of next week.

        Best regards,
        Margaret Thornbury
        """))
    case.meeting("c1", c1_start, c1_end, met=["mthornbury@carrow.edu"],
                 thanks={"mthornbury@carrow.edu": "c1_thanks"}, what="Carrow first-round Zoom")
    case.promise("c1", "c1_reply", "mthornbury@carrow.edu", "2026-03-13", answered_by="c2")

    add("c2", thornbury, [me], "2026-03-11 16:45", cc=[denise],
        subject="Invitation to visit Carrow University – Computational Biology faculty search",
        body=t("""
        Dear Dr. Carvalho,

        It is my great pleasure to write, on behalf of the search committee, to invite you to visit
        Carrow University as one of the finalists in our search for an Assistant Professor of
        Computational Biology in the Department of Genomic Medicine.

        The visit will take place over two days. On the first day you will present a research
        seminar (approximately 50 minutes, followed by questions) intended for a broad audience of
        faculty, trainees and staff across the School of Medicine. On the second day you will give
        a chalk talk to the faculty of the department, in which we hope to hear about the program
        you would build here over your first five years: the questions, the first aims, the
        resources you would need and how you would fund them. Chalk talks here are informal; we ask
        candidates to use no more than three slides. The rest of the visit will be filled with
        individual meetings with faculty, a lunch with graduate students and postdoctoral fellows,
        a meeting with the Senior Associate Dean, and a dinner with members of the committee.

        We are able to offer two sets of dates: Monday and Tuesday, March 30–31, or Wednesday and
        Thursday, April 1–2. Ms. Kowalczyk will arrange your travel and accommodation, and the
        department will cover all expenses.

        We very much enjoyed our conversation last week and look forward to welcoming you to
        Chicago.

        With warm regards,
        """))
    add("c2_reply", me, [thornbury], "2026-03-11 21:03", parent="c2", cc=[denise], body=t("""
        Dear Dr. Thornbury,

        Thank you so much for this wonderful news and for the invitation. I would be delighted to
        visit Carrow.

        Monday and Tuesday, March 30–31 would suit me best, as I am presenting at the Single-Cell
        Genomics meeting in San Diego the following week. I will work with Ms. Kowalczyk on the
        travel arrangements.

        I look forward to meeting the department in person.

        Warm regards,
        """))
    add("c2_logistics", denise, [me], "2026-03-12 09:20", parent="c2_reply", body=t("""
        Dear Dr. Carvalho,

        Wonderful – I have you down for Monday, 3/30 and Tuesday, 3/31. Our travel agency, Lakeview
        Travel, will contact you directly about flights; please book through them so the department
        is billed directly. You will stay at The Whitmore Hotel (1150 W. Harrison St.), arriving
        Sunday 3/29, and we will send a car to meet you at O'Hare.

        Could you please send me at your convenience:
        1. the title and a short abstract of your seminar,
        2. any AV needs (the auditorium has a projector, a lapel microphone and Zoom for remote
           attendees),
        3. any dietary restrictions.

        I will send the full itinerary the week before your visit.

        Best,
        Denise
        """))
    add("c2_details", me, [denise], "2026-03-12 11:02", parent="c2_logistics", body=t("""
        Dear Denise,

        Thank you! Here are the details:

        1. Title: "Reading tissue architecture from single-cell and spatial transcriptomics". The
           abstract (about 200 words) is attached.
        2. I'll bring my own laptop (USB-C) and a clicker; streaming on Zoom is fine with me.
        3. I'm vegetarian.

        I'll keep an eye out for Lakeview Travel's message.

        Best wishes,
        Inês
        """), attachments=[("Carvalho_seminar_abstract.pdf", "application/pdf", make_pdf([
            "Reading tissue architecture from single-cell and spatial transcriptomics",
            "Ines Carvalho, PhD - Fenwick Institute for Genomic Medicine",
            "Tissues are organised in neighbourhoods of interacting cells. I will describe",
            "methods that map single-cell atlases onto spatial transcriptomics, and what",
            "they reveal about fibroblast niches in fibrotic lung and kidney."]))])

    itin = t("""
        Dear Dr. Carvalho,

        Please find your itinerary for next week below and attached as a PDF. All times are
        Central. Dr. Peter Vasquez (pvasquez@carrow.edu), copied here, is your faculty host and will
        meet you in the lobby of The Whitmore at 7:45 AM on Monday.

        MONDAY, MARCH 30
        7:45 AM          Pick-up at The Whitmore lobby – Dr. Peter Vasquez
        8:00 – 8:45      Breakfast with Dr. Peter Vasquez (faculty host)
        9:00 – 9:30      Dr. Esther Blum, Professor and Chair, Department of Genomic Medicine (eblum@carrow.edu)
        9:30 – 10:00     Dr. Colin Mbeki
        10:00 – 10:30    Dr. Anjali Raman (araman@carrow.edu)
        10:30 – 11:00    Dr. Walter Fenn
        11:00 – 12:00    Research seminar – Ashland Auditorium, BRB 2140
        12:15 – 1:15     Lunch with graduate students and postdoctoral fellows (Faculty Club, Room B)
        1:30 – 2:00      Dr. Hana Kobayashi (hkobayashi@carrow.edu)
        2:00 – 2:30      Dr. Margaret Thornbury, Search Committee Chair
        2:45 – 3:15      Tour of the Spatial Genomics Core – Dr. Samir Haddad, Core Director
        3:30 – 4:00      Dr. Rebecca Stroud
        4:00 – 5:30      Free time at the hotel
        6:30 PM          Dinner at Marlowe's (1021 W. Randolph St.) with Drs. Thornbury, Vasquez and Kobayashi

        TUESDAY, MARCH 31
        8:30 – 9:00      Dr. Thomas Greaves, Senior Associate Dean for Basic Science (tgreaves@carrow.edu), Dean's Suite, Ashland Hall 410
        9:15 – 10:15     Chalk talk (department faculty) – BRB 3301
        10:30 – 11:00    Dr. Yasmin Kader
        11:00 – 11:30    Dr. Grant Whitaker
        11:30 – 12:15    Closing conversation with Dr. Thornbury and Dr. Blum
        12:30 PM         Car to O'Hare (AA 1693 departs 3:05 PM)

        Dr. Greaves' assistant, Karen Liu (kliu@carrow.edu), may contact you directly if his
        schedule changes on Tuesday morning.

        Please keep your receipts for meals and incidental travel; reimbursement instructions will
        follow after your visit. If anything comes up while you are traveling, my cell is
        (312) 555-0198.

        Safe travels, and we look forward to seeing you next week!

        Best regards,
        Denise
        """)
    add("c3", denise, [me], "2026-03-24 15:30", cc=[vasquez, thornbury],
        subject="Itinerary – Dr. Inês Carvalho – campus visit March 30–31", body=itin,
        attachments=[("Carvalho_itinerary_0330-0331.pdf", "application/pdf", make_pdf([
            "Campus visit - Dr. Ines Carvalho - March 30-31, 2026",
            "Department of Genomic Medicine, Carrow University",
            "Mon 3/30: Vasquez (host), Blum (Chair), Mbeki, Raman, Fenn, seminar 11:00,",
            "student lunch, Kobayashi, Thornbury, Spatial Genomics Core (Haddad), Stroud,",
            "dinner at Marlowe's 6:30 PM.",
            "Tue 3/31: Dean Greaves 8:30, chalk talk 9:15, Kader, Whitaker,",
            "closing conversation with Thornbury and Blum 11:30, car to O'Hare 12:30."]))])
    add("c3_q", me, [denise], "2026-03-24 17:05", parent="c3", body=t("""
        Dear Denise,

        Thank you so much for putting this together – it looks like a full and wonderful two days.
        One small question: is there a whiteboard in BRB 3301 for the chalk talk, and will there be
        a projector for my three slides?

        Best,
        Inês
        """))
    add("c3_a", denise, [me], "2026-03-25 08:40", parent="c3_q", sig=False, body=t("""
        Hi Dr. Carvalho,

        Yes to both – 3301 has two large whiteboards (markers provided) and a ceiling projector
        with HDMI and USB-C. Dr. Vasquez will bring you up before the talk so you can set up.

        Denise
        """))
    add("c3_relay", denise, [me], "2026-04-07 11:10", parent="c3_a", body=t("""
        Dear Dr. Carvalho,

        I hope you have recovered from your whirlwind visit! Two quick items.

        First, Dr. Thornbury has asked me to pass along that the search committee will meet on
        Thursday, April 16, once the last candidate has visited, and she expects to be in touch
        with each finalist by Wednesday, April 22.

        Second, to process your reimbursement, please email me your receipts (meals, baggage fees
        and any taxis you paid for yourself) by Friday, April 17. Airfare and the hotel were billed
        directly to the department, so there is nothing to submit for those.

        Best regards,
        Denise
        """))
    add("c3_receipts", me, [denise], "2026-04-08 22:40", parent="c3_relay", body=t("""
        Dear Denise,

        Thank you for the update. Attached are my receipts from the visit: dinner at the hotel on
        Sunday, breakfast at O'Hare on Tuesday and the checked-bag fees both ways, $112.36 in all.

        Best wishes,
        Inês
        """), attachments=[("Carvalho_Carrow_receipts.pdf", "application/pdf", make_pdf([
            "Reimbursement - Ines Carvalho - Carrow campus visit 3/29-3/31",
            "3/29 The Whitmore restaurant, dinner ............ $38.40",
            "3/31 O'Hare T3, breakfast ........................ $13.96",
            "Checked bag BOS-ORD and ORD-BOS ................. $60.00",
            "Total ............................................ $112.36"]))])
    visit_start, visit_end = T("2026-03-30 08:00", CHI), T("2026-03-31 12:15", CHI)
    case.promise("c3", "c3_relay", "dkowalczyk@carrow.edu", "2026-04-22")

    add("c4", me, [thornbury], "2026-03-31 21:48", subject="Thank you – campus visit", body=t("""
        Dear Dr. Thornbury,

        I am writing to thank you for the two days I spent at Carrow, and for the care that you and
        the committee put into every part of the visit. Our conversation on Monday afternoon about
        the department's plans for the Spatial Genomics Core, and the closing conversation with you
        and Dr. Blum this morning, gave me a clear picture of how my group would fit.

        As I reflected on the flight home, three things stood out:

        - the chalk talk discussion convinced me that my first aim (mapping cell–cell signaling in
          fibrotic tissue) would have immediate partners in Dr. Kobayashi's and Dr. Raman's labs;
        - the Spatial Genomics Core would let my lab generate its own data from the first year;
        - the students I met at lunch are exactly the trainees I would hope to recruit.

        I remain very enthusiastic about the position and would be glad to send anything that
        would help the committee in its deliberations. Thank you again for your time and for a
        wonderful visit.

        With warm regards,
        """))
    add("c4_reply", thornbury, [me], "2026-04-01 09:12", parent="c4", sig=False, body=t("""
        Dear Inês,

        Thank you for your gracious note. It was a real pleasure to host you, and I have heard
        nothing but positive comments about your seminar and chalk talk, particularly from the
        students.

        The committee will meet after the last candidate visits in early April, and I will be in
        touch once we have had the chance to deliberate. In the meantime, please don't hesitate to
        write if you have any questions about Carrow or about Chicago.

        Warm regards,
        Meg Thornbury
        """))
    case.promise("c4", "c4_reply", "mthornbury@carrow.edu", "2026-04-10", answered_by="c3_relay")

    add("c5", me, [vasquez], "2026-04-01 08:30", subject="Thank you for hosting me", body=t("""
        Dear Peter,

        Thank you for being such a generous host on Monday and Tuesday – from the 7:45 pickup to
        walking me to the car yesterday, you made the visit feel effortless. I'm still thinking
        about your point that the hardest part of the first two years is saying no to
        collaborations, and I appreciated your candid answers about the tenure process.

        I hope the R01 resubmission goes smoothly this month, and I would love to stay in touch
        whatever the outcome.

        All the best,
        Inês
        """))
    add("c5_reply", vasquez, [me], "2026-04-01 07:55", parent="c5", sig=False, body=t("""
        Inês - it was a pleasure, truly. The students haven't stopped talking about your seminar.
        Fingers crossed on our end.

        Peter

        Sent from my iPhone
        """))
    add("c6", me, [raman, kobayashi], "2026-04-01 13:05", subject="Thank you – Carrow visit",
        body=t("""
        Dear Dr. Raman and Dr. Kobayashi,

        Thank you both for the time you spent with me on Monday, and Dr. Kobayashi, for a lovely
        dinner at Marlowe's. Our conversations about fibroblast heterogeneity in lung and kidney
        have given me a list of papers to read and at least two ideas I would love to pursue
        together, wherever I end up.

        I have attached the preprint I mentioned on the deconvolution benchmark; the code is public
        on GitHub.

        With best wishes,
        Inês
        """), attachments=[("Carvalho_2026_deconvolution_benchmark.pdf", "application/pdf",
                            make_pdf(["Benchmarking spatial deconvolution in fibrotic tissue",
                                      "Carvalho I, Ramirez S, Okoro B, Hollis M",
                                      "bioRxiv 2026.02.11.637402"]))])
    add("c6_reply", raman, [me], "2026-04-01 16:20", parent="c6", cc=[kobayashi], body=t("""
        Dear Inês,

        Thank you for the kind note and for the preprint – I have already forwarded it to my
        student, who is comparing deconvolution methods on our kidney biopsies. It was a pleasure
        to meet you.

        Best,
        Anjali
        """))
    case.meeting("c3", visit_start, visit_end,
                 met=["pvasquez@carrow.edu", "eblum@carrow.edu", "araman@carrow.edu",
                      "hkobayashi@carrow.edu", "mthornbury@carrow.edu", "tgreaves@carrow.edu"],
                 thanks={"mthornbury@carrow.edu": "c4", "pvasquez@carrow.edu": "c5",
                         "araman@carrow.edu": "c6", "hkobayashi@carrow.edu": "c6"},
                 what="Carrow two-day campus visit")

    # ================================================================ WESTBROOK
    add("w1", lorraine, [me], "2026-03-26 14:05",
        subject="Westbrook University – Assistant Professor, Biomedical Data Science: first-round interview",
        body=t("""
        Dear Dr. Carvalho,

        Thank you for your application for the position of Assistant Professor in the Department
        of Biomedical Data Science at Westbrook University. On behalf of the search committee,
        chaired by Dr. Rajiv Malhotra, I am writing to invite you to a first-round interview by
        Zoom.

        The interview will last 40 minutes and will be conducted by members of the search
        committee. We would like to propose Tuesday, April 7, 2026 at 10:00 AM Pacific Time
        (1:00 PM Eastern). Please let me know whether this time works for you; if it does, I will
        send a calendar invitation with the Zoom details.

        For your planning: the committee expects to complete first-round interviews by April 17
        and hopes to finalize its shortlist for campus visits by the end of April.

        Sincerely,
        """))
    add("w1_accept", me, [lorraine], "2026-03-26 18:30", parent="w1", body=t("""
        Dear Ms. Beckett,

        Thank you for the invitation. Tuesday, April 7 at 10:00 AM Pacific works well. I will be at
        a conference in San Diego that week and will join from there, so Pacific time is
        convenient.

        I look forward to receiving the invitation.

        Best regards,
        """))
    add("w1_ack", lorraine, [me], "2026-03-27 09:05", parent="w1_accept", sig=False, body=t("""
        Thank you, Dr. Carvalho. The calendar invitation is on its way.

        Lorraine
        """))
    wdesc = t("""
        First-round interview, Assistant Professor of Biomedical Data Science (Search #BDS-2026-03)

        Search committee:
        Dr. Rajiv Malhotra, Professor, Chair of the Search Committee (rmalhotra@westbrook.edu)
        Dr. Susan Whitlow, Associate Professor
        Dr. Kofi Asante, Associate Professor
        Dr. Elena Marchetti, Assistant Professor

        Dr. Malhotra will host the Zoom meeting.

        Join Zoom Meeting
        https://westbrook.zoom.us/j/84120937755
        Meeting ID: 841 2093 7755
        Passcode: BDS2026

        Questions? Lorraine Beckett, 206-555-0131
        """)
    wsubj = "Westbrook BDS Faculty Search – First-Round Interview (Zoom) – Dr. Inês Carvalho"
    w_old = (T("2026-04-07 10:00", LA), T("2026-04-07 10:40", LA))
    w_new = (T("2026-04-08 13:00", LA), T("2026-04-08 13:40", LA))
    w_uid = uid_outlook("westbrook-first-round")
    add("w2", lorraine, [me], "2026-03-27 09:02", subject=wsubj, sig=False, body=wdesc,
        ics=make_ics(method="REQUEST", uid=w_uid, stamp=T("2026-03-27 09:02", LA),
                     start=w_old[0], end=w_old[1], summary=wsubj, organizer=lorraine,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Pacific Standard Time", location="Zoom", description=wdesc,
                     prodid=EXCHANGE), ics_mode="outlook")
    add("w1_move", me, [lorraine], "2026-04-02 15:10", parent="w1_ack", body=t("""
        Dear Ms. Beckett,

        I'm sorry to ask, but the conference organizers have just moved my talk to Tuesday,
        April 7 at 10:30 AM Pacific, which overlaps with the interview. Would the committee be able
        to meet at another time that week? I am free on Wednesday, April 8 any time after 11:00 AM
        Pacific, and all day on Thursday, April 9.

        My apologies for the inconvenience.

        Best regards,
        Inês Carvalho
        """))
    add("w1_offer", lorraine, [me], "2026-04-02 12:40", parent="w1_move", sig=False, body=t("""
        Dear Dr. Carvalho,

        No problem at all. Dr. Malhotra and the committee could meet on Wednesday, April 8 at
        1:00 PM Pacific. Would that work?

        Lorraine
        """))
    add("w1_ok", me, [lorraine], "2026-04-02 16:02", parent="w1_offer", sig=False, body=t("""
        Wednesday works.

        Sent from my iPhone
        """))
    wdesc2 = wdesc + "\n\nUpdated: moved to Wednesday, April 8 at 1:00 PM Pacific."
    add("w2_upd", lorraine, [me], "2026-04-02 13:20", parent="w2", subject="Updated: " + wsubj,
        sig=False, quote=False, body=wdesc2,
        ics=make_ics(method="REQUEST", uid=w_uid, stamp=T("2026-04-02 13:20", LA),
                     start=w_new[0], end=w_new[1], summary=wsubj, organizer=lorraine,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Pacific Standard Time", location="Zoom", description=wdesc2,
                     sequence=1, prodid=EXCHANGE), ics_mode="outlook")
    case.promise("w1", "w1", "lbeckett@westbrook.edu", "2026-04-30", answered_by="w1_ack")
    case.meeting("w2", w_old[0], w_old[1], met=["rmalhotra@westbrook.edu"], status="moved",
                 what="Westbrook first round, original slot")
    case.meeting("w2", w_new[0], w_new[1], met=["rmalhotra@westbrook.edu"],
                 what="Westbrook first round, moved slot")

    # ================================================================ LUMARA
    ack_text = t("""
        Hi Inês,

        Thank you for your interest in Lumara Biosciences! We've received your application for
        Data Scientist, Computational Biology, and our team is reviewing it now.

        If your background is a match for the role, a member of our recruiting team will reach out
        to discuss next steps. In the meantime, you can learn more about our science at
        lumarabio.com/science.

        Best,
        The Lumara Talent Team

        This is an automated message; replies to this address are not monitored.
        """)
    add("l_ack", greenhouse, [me], "2026-03-03 16:44", headers=AUTO, sig=False,
        subject="Thank you for applying to Lumara Biosciences", body=ack_text,
        html=html_of(ack_text, "Lumara Biosciences"), html_only=True)
    add("l1", brooke, [me], "2026-03-05 11:20",
        subject="Lumara Biosciences – Data Scientist, Computational Biology", body=t("""
        Hi Inês,

        Thanks for applying to the Data Scientist, Computational Biology role here at Lumara! I'm
        the recruiter partnering with Alan Reyes, who leads our comp bio group, and your background
        in spatial transcriptomics caught both of our eyes.

        Do you have 30 minutes for an intro call early next week? I could do Tuesday 3/10 at
        2:00pm or Wednesday 3/11 at 10:00am ET. I'll walk you through the team, the role and our
        process, and answer any questions you have.

        Looking forward to connecting!
        """))
    add("l1_b", me, [brooke], "2026-03-05 12:02", parent="l1", body=t("""
        Hi Brooke,

        Thanks for reaching out! Tuesday at 2:00 pm works well for me. The best number to reach me
        is 617-555-0188.

        Best,
        Inês
        """))
    add("l1_c", brooke, [me], "2026-03-05 12:30", parent="l1_b", body=t("""
        Perfect – this email confirms our phone call on Tuesday, March 10 from 2:00 to 2:30pm ET.
        I'll give you a ring at 617-555-0188.

        Talk soon!
        """))
    add("l1_d", me, [brooke], "2026-03-10 16:05", parent="l1_c", body=t("""
        Hi Brooke,

        Thank you for the call this afternoon and for such a clear picture of the team and the
        process. The way Lumara pairs computational scientists with each wet-lab program is exactly
        the setup I've been hoping to find, and it was great to hear how much of the
        target-discovery pipeline already runs on single-cell and spatial data.

        I'm happy to do the take-home whenever it suits the team.

        Best,
        Inês
        """))
    add("l1_e", brooke, [me], "2026-03-11 09:15", parent="l1_d", body=t("""
        Hi Inês,

        Great chatting yesterday! You'll receive the take-home assignment from Greenhouse later this
        morning. You'll have 72 hours from when you open it; most people spend 3-4 hours on it.
        Alan and Priyanka from the team will review it.

        Let me know if anything is unclear!
        """))
    case.meeting("l1", T("2026-03-10 14:00"), T("2026-03-10 14:30"),
                 met=["brooke.halvorsen@lumarabio.com"],
                 thanks={"brooke.halvorsen@lumarabio.com": "l1_d"}, what="Lumara recruiter screen")
    take_text = t("""
        Hi Inês,

        As the next step in the process for Data Scientist, Computational Biology, please complete
        the following take-home assessment:

        Spatial cell-type deconvolution exercise
        Time limit: 72 hours from when you click the link below

        Start your assessment: https://app.greenhouse.io/tests/5c1e7a0d9b8f4e23?utm_medium=email

        When you are finished, upload a notebook or a short report (PDF) through the same link. If
        you have any questions, please reach out to your recruiter.

        Good luck!
        Lumara Biosciences
        """)
    add("l_take", greenhouse, [me], "2026-03-11 10:02", headers=AUTO, sig=False,
        subject="Lumara Biosciences – Take-Home Assessment: Data Scientist, Computational Biology",
        body=take_text, html=html_of(take_text, "Take-Home Assessment"), html_only=True)
    add("l1_f", brooke, [me], "2026-03-20 15:40", parent="l1_e", body=t("""
        Hi Inês,

        Happy Friday! I have good news: Alan and Priyanka really enjoyed your take-home (Priyanka
        called your write-up "the clearest we've had"), and we'd love to invite you to a virtual
        onsite.

        It's four 45-minute conversations over Zoom: Alan (hiring manager), Priyanka Shah
        (take-home walkthrough), Oren Bialik from Functional Genomics, and Kendra Mills from Data
        Engineering. Full transparency: we're still seeing a couple of other candidates for this
        role, so I'd love to get you on the calendar for the week of March 30 if you can make it
        work.

        What does your availability look like?
        """))
    add("l1_g", me, [brooke], "2026-03-20 17:10", parent="l1_f", body=t("""
        Hi Brooke,

        That's wonderful news – thank you, and please thank Priyanka for the kind words!

        The week of March 30 is a bit tricky: I'm traveling Monday–Tuesday and again from Sunday,
        April 5. Thursday, April 2 would be ideal, any time from 10 am on.

        Best,
        Inês
        """))
    add("l1_h", brooke, [me], "2026-03-23 10:05", parent="l1_g", body=t("""
        Hi Inês,

        Done! You're confirmed for Thursday, April 2 from 12:00 to 3:15pm ET, with a short break in
        the middle. The calendar invite with the full schedule and the Zoom link will come from our
        scheduling tool (GoodTime) in the next few minutes.

        Break a leg!
        """))
    gt_desc = t("""
        Thursday, April 2, 2026 (Eastern Time)

        12:00 PM – 12:45 PM   Alan Reyes, Director, Computational Biology (Hiring Manager)
        12:45 PM – 1:30 PM    Priyanka Shah, Staff Data Scientist – take-home walkthrough
        1:30 PM – 1:45 PM     Break
        1:45 PM – 2:30 PM     Oren Bialik, Principal Scientist, Functional Genomics
        2:30 PM – 3:15 PM     Kendra Mills, Associate Director, Data Engineering

        Zoom: https://lumarabio.zoom.us/j/96633017482?pwd=bHVtYXJhb25zaXRl
        Your interviewers will join the same Zoom room in turn.

        Need to reschedule? Contact your recruiting contact, Brooke Halvorsen
        (brooke.halvorsen@lumarabio.com).
        """)
    gt_start, gt_end = T("2026-04-02 12:00"), T("2026-04-02 15:15")
    gt_text = ("Hi Inês,\n\nYour virtual onsite with Lumara Biosciences is confirmed. The details "
               "are below, and a calendar invitation is attached.\n\n" + gt_desc +
               "\n\nPowered by GoodTime | You are receiving this email because an interview was "
               "scheduled on your behalf.")
    add("l_gt", goodtime, [me], "2026-03-23 10:11", headers=AUTO, sig=False,
        subject="Interview Confirmation: Inês Carvalho – Data Scientist, Computational Biology – Thu, Apr 2, 2026",
        body=gt_text, html_only=True, html=html_of(gt_text, "Interview Confirmation"),
        ics=make_ics(method="REQUEST", uid=uid_uuid("lumara-onsite"),
                     stamp=T("2026-03-23 10:11"), start=gt_start, end=gt_end,
                     summary="Virtual Onsite: Inês Carvalho – Data Scientist, Computational Biology (Lumara Biosciences)",
                     organizer=Person("Lumara Interview Scheduling", "no-reply@goodtime.io"),
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (alan, "ACCEPTED", "INDIVIDUAL"),
                                (priyanka, "ACCEPTED", "INDIVIDUAL"),
                                (oren, "ACCEPTED", "INDIVIDUAL"),
                                (kendra, "ACCEPTED", "INDIVIDUAL"),
                                (("Zoom Room LUM-VIRT-07", "lum-virt-07@lumarabio.com"),
                                 "ACCEPTED", "RESOURCE")],
                     tzid=NY, location="Zoom (link in description)", description=gt_desc,
                     prodid="-//GoodTime//Interview Scheduling//EN"), ics_mode="attach")
    add("l1_i", me, [brooke], "2026-04-02 17:30", parent="l1_h", body=t("""
        Hi Brooke,

        Thank you for organizing today – everything ran smoothly, and the conversations were a
        pleasure from start to finish. I'll write to the team separately. Please let me know if
        there is anything else you need from me.

        Best,
        Inês
        """))
    add("l1_j", brooke, [me], "2026-04-03 08:50", parent="l1_i", body=t("""
        So glad to hear it! The feedback I've heard so far has been really positive. I'll be in
        touch as soon as I hear more from the team.

        Have a great weekend!
        """))
    add("l_alan", me, [alan], "2026-04-02 18:22", subject="Thank you – virtual onsite today",
        body=t("""
        Dear Alan,

        Thank you for taking the time to speak with me today, and for opening the onsite with such
        a thoughtful conversation about where Lumara's target-discovery platform is heading.

        Three things from our conversation made me even more excited about the role:
        - the plan to make spatial data a first-class input to target triage, which is the problem
          I have spent the last three years on;
        - the close pairing of data scientists with each therapeutic program;
        - your emphasis on methods that biologists actually use, not just benchmarks.

        I'm very interested in joining the team, and I'll plan to check in with Brooke in a couple
        of weeks if I haven't heard before then. Thank you again for your time and consideration.

        Best regards,
        """))
    add("l_alan_r", alan, [me], "2026-04-03 09:47", parent="l_alan", body=t("""
        Hi Inês,

        Thanks for the note – I enjoyed our conversation too, and the team's first impressions have
        been very positive. We have one more candidate coming through next week, and we expect to
        make a decision within the next couple of weeks. Brooke will be in touch either way.

        Have a good trip to San Diego!

        Alan
        """))
    case.promise("l_alan", "l_alan_r", "alan.reyes@lumarabio.com", "2026-04-17")
    add("l_po", me, [priyanka, oren], "2026-04-03 07:50", subject="Thank you – Lumara onsite",
        body=t("""
        Dear Priyanka and Oren,

        Thank you both for yesterday's conversations. Priyanka, walking through the take-home with
        you was the most fun I have had defending a notebook, and your question about spot-level
        doublets is one I'm now adding to my own benchmark. Oren, I really enjoyed hearing how the
        functional genomics team decides which perturbation screens to run; it's exactly the loop
        between computation and experiment I'd love to be part of.

        I hope to have the chance to work with you both.

        Best regards,
        Inês
        """))
    add("l_po_r", oren, [me], "2026-04-03 08:58", parent="l_po", body=t("""
        Likewise, Inês – it was a fun conversation. Good luck with the talk next week!

        Oren
        """))
    case.meeting("l_gt", gt_start, gt_end,
                 met=["alan.reyes@lumarabio.com", "priyanka.shah@lumarabio.com",
                      "oren.bialik@lumarabio.com", "kendra.mills@lumarabio.com"],
                 thanks={"alan.reyes@lumarabio.com": "l_alan",
                         "priyanka.shah@lumarabio.com": "l_po",
                         "oren.bialik@lumarabio.com": "l_po"},
                 what="Lumara virtual onsite")

    # ================================================================ CORBEL
    add("k_ack", lever, [me], "2026-03-09 13:02", headers=AUTO, sig=False,
        subject="Thanks for applying to Corbel Therapeutics", body=t("""
        Hi Inês,

        Thank you for applying for the Senior Data Scientist, Translational Genomics position at
        Corbel Therapeutics. We have received your application and our team will review it
        shortly.

        We receive a large number of applications, and while we can't respond to each one
        individually, we will contact you if your experience matches what the team needs.

        Thanks again for your interest in Corbel!

        The Corbel Talent Team
        """))
    add("k1", naveen, [me], "2026-03-17 10:10",
        subject="Senior Data Scientist, Translational Genomics – conversation", body=t("""
        Hi Inês,

        Our talent team passed your application along to me, and I'd really like to learn more
        about your work – the fibrosis atlas paper is one we've discussed in our own journal club.
        I lead translational data science at Corbel, and this role would sit on my team.

        Would you have 45 minutes for a video conversation next week? Any of these would work on my
        end (all Eastern, since you're in Boston):

        - Mon 3/23, 2:00 pm
        - Mon 3/23, 4:00 pm
        - Tue 3/24, 11:00 am

        Best,
        Naveen
        """))
    add("k1_b", me, [naveen], "2026-03-17 19:02", parent="k1", body=t("""
        Hi Naveen,

        Thank you for reaching out – I'm glad the atlas paper made it into your journal club!
        Tuesday 3/24 at 11:00 am ET works best for me.

        Best regards,
        Inês
        """))
    add("k1_c", naveen, [me], "2026-03-17 16:40", parent="k1_b", sig=False, body=t("""
        Great – I've sent a calendar invite with a Google Meet link. Talk next Tuesday!

        N
        """))
    k_start, k_end = T("2026-03-24 11:00"), T("2026-03-24 11:45")
    k_subj = "Inês / Naveen – Translational Data Science conversation"
    add("k_inv", naveen_cal, [me], "2026-03-17 16:38", headers=GCAL, sig=False,
        subject="Invitation: %s @ Tue Mar 24, 2026 11am - 11:45am (EDT) (ines.carvalho@example.org)" % k_subj,
        body=t("""
        Naveen Iyer has invited you to an event.

        Inês / Naveen – Translational Data Science conversation
        Tuesday Mar 24, 2026 ⋅ 11am – 11:45am (Eastern Time - New York)

        Join with Google Meet
        meet.google.com/rqx-hwbe-kfo

        Guests
        Naveen Iyer - organizer
        ines.carvalho@example.org

        Invitation from Google Calendar

        You are receiving this email because you are an attendee on the event.
        """),
        ics=make_ics(method="REQUEST", uid=uid_google("corbel-naveen"),
                     stamp=T("2026-03-17 16:38", LA), start=k_start, end=k_end, summary=k_subj,
                     organizer=naveen, attendees=[(naveen, "ACCEPTED", "INDIVIDUAL"),
                                                  (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid=LA, location="https://meet.google.com/rqx-hwbe-kfo",
                     description="Join with Google Meet: https://meet.google.com/rqx-hwbe-kfo"),
        ics_mode="google")
    add("k1_d", me, [naveen], "2026-03-24 15:30", parent="k1_c", body=t("""
        Hi Naveen,

        Thank you for this morning's conversation. I came away with a much clearer sense of how
        Corbel moves from human genetics to a clinical hypothesis, and I especially enjoyed our
        discussion of using spatial data to choose biomarkers for the fibrosis program.

        I'm very interested in the role and would be glad to move forward to the next stage.

        Best regards,
        """))
    add("k1_e", naveen, [me], "2026-03-25 10:20", parent="k1_d", body=t("""
        Hi Inês,

        Thanks so much – I enjoyed it as well. We're wrapping up first-round conversations this
        week, and a decision on who moves forward to the onsite round will be made by Friday,
        April 3. I'll make sure you hear either way.

        Best,
        Naveen
        """))
    case.meeting("k1", k_start, k_end, met=["niyer@corbeltx.com"],
                 thanks={"niyer@corbeltx.com": "k1_d"}, what="Corbel video conversation")
    case.promise("k1", "k1_e", "niyer@corbeltx.com", "2026-04-03")

    # ================================================================ STELLAN
    add("s1", marisol, [me], "2026-03-26 09:45", subject="Stellan Bio – Computational Scientist II",
        body=t("""
        Hello Dr. Carvalho,

        Thank you for applying to the Computational Scientist II position on our Genomics Data
        Science team. After reviewing your résumé, I'd like to set up an initial 30-minute phone
        conversation to learn more about your experience and share more about the role.

        Please let me know a few times that work for you over the next week or so.

        Kind regards,
        """))
    add("s1_b", me, [marisol], "2026-03-26 21:10", parent="s1", body=t("""
        Dear Marisol,

        Thank you for getting in touch – I'd be happy to talk. I'm traveling early next week, but
        Thursday, April 2 in the late afternoon or Friday, April 3 between 10:00 and 12:00 would
        both work.

        Best regards,
        """))
    add("s1_c", marisol, [me], "2026-03-27 08:55", parent="s1_b", sig=False, body=t("""
        Hi Inês,

        This email confirms your phone interview with me on Friday, April 3 from 11:00 to
        11:30 AM ET. I will call you at 617-555-0188.

        Best,
        Marisol
        """))
    add("s1_d", marisol, [me], "2026-04-07 16:20", parent="s1_c", body=t("""
        Hi Inês,

        Thank you again for taking the time to speak with me on Friday. I enjoyed learning about
        your work.

        After discussing your background with the hiring team, we have decided not to move forward
        with your candidacy for this role; the team is looking for someone whose experience centers
        on clinical-trial data. This was not an easy decision, and it is no reflection on the
        strength of your research.

        I'll keep your information on file and will reach out if a role opens that is a closer
        fit. We wish you the very best in your search.

        Warm regards,
        """))
    case.meeting("s1", T("2026-04-03 11:00"), T("2026-04-03 11:30"),
                 met=["marisol.quintero@stellanbio.com"], what="Stellan phone screen")

    # ================================================================ PALLAS
    add("p1", gideon, [me], "2026-04-06 10:05", subject="15 minutes on spatial deconvolution?",
        body=t("""
        Hi Dr. Carvalho,

        I hope this isn't too out of the blue – Wen Li, who I think overlapped with you in the
        Hollis lab, suggested I reach out. She says good things about you, and about your
        deconvolution work in particular.

        I'm building out the computational biology team at Pallas, and I'd love to borrow
        15 minutes to hear about your work and where you see the field going. No pressure and no
        prep needed. If you're open to it, grab any slot that suits you here:
        https://calendly.com/gideon-pallas/15min

        Best,
        Gideon
        """))
    add("p1_b", me, [gideon], "2026-04-06 23:40", parent="p1", sig=False, body=t("""
        Hi Gideon,

        Thanks so much for reaching out, and say hi to Wen for me! I'm at a conference in San Diego
        this week, but I grabbed a slot on Thursday. Looking forward to it.

        Inês

        Sent from my iPhone
        """))
    p_start, p_end = T("2026-04-09 11:00", LA), T("2026-04-09 11:15", LA)
    p_text = t("""
        Hi Inês Carvalho,

        Your event has been scheduled.

        Event Type:
        15 Minute Meeting

        Host:
        Gideon Achebe (gideon@pallasgenomics.com)

        Event Date/Time:
        11:00am - 11:15am (Pacific Time - US & Canada) on Thursday, April 9, 2026

        Location:
        This is a Google Meet web conference. Join now: https://meet.google.com/vaz-kpmd-ujt

        Invitee Email:
        ines.carvalho@example.org

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/6f3b0c1e-8e7a-4d55-9a7b-2f8de6b1a4c0
        Reschedule: https://calendly.com/reschedulings/6f3b0c1e-8e7a-4d55-9a7b-2f8de6b1a4c0

        Powered by Calendly.com
        """)
    add("p_cal", calendly, [me], "2026-04-06 20:38", headers=AUTO, sig=False,
        subject="Confirmed: 15 Minute Meeting with Gideon Achebe on Thursday, April 9, 2026",
        body=p_text, html=html_of(p_text, "Confirmed"),
        ics=make_ics(method="REQUEST", uid=uid_uuid("pallas-calendly"),
                     stamp=T("2026-04-06 20:38", LA), start=p_start, end=p_end,
                     summary="Inês Carvalho and Gideon Achebe", organizer=gideon,
                     attendees=[(gideon, "ACCEPTED", "INDIVIDUAL"),
                                (me, "ACCEPTED", "INDIVIDUAL")],
                     location="https://meet.google.com/vaz-kpmd-ujt",
                     description="Event Name: 15 Minute Meeting\n\nGoogle Meet: https://meet.google.com/vaz-kpmd-ujt\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/6f3b0c1e-8e7a-4d55-9a7b-2f8de6b1a4c0",
                     prodid="-//Calendly//Calendly Event//EN"), ics_mode="attach")
    case.meeting("p_cal", p_start, p_end, met=["gideon@pallasgenomics.com"],
                 what="Pallas 15-minute call")

    # ================================================================ ARCLIGHT (PI intro)
    add("a1", miriam, [jonah, me], "2026-03-26 21:14", sig=False,
        subject="Intro: Inês Carvalho <> Jonah Feld (Arclight)", body=t("""
        Jonah, Inês,

        I've been meaning to connect you two for a while.

        Jonah – Inês has been a postdoc in my lab for three years and is the driving force behind
        our spatial fibrosis atlas. She is on the faculty market this spring but is also seriously
        considering industry, and I told her there is no one better to give her an honest picture
        of life at an early-stage company.

        Inês – Jonah was my very first graduate student (back when the lab was three people and a
        borrowed sequencer). He has been at Arclight since it spun out in 2023 and built most of
        their data platform.

        I'll let you two take it from here.

        Miriam
        """))
    add("a1_b", jonah, [me], "2026-03-27 07:58", parent="a1", body=t("""
        Thanks Miriam (moving you to bcc)!

        Inês – great to e-meet you. Miriam has been singing your praises for a while, so I'm glad
        she finally made the intro. I'd be happy to tell you everything I wish I had known before
        leaving academia. I'm around Thursday 4/9 at 4pm or Friday 4/10 any time before noon –
        would either work? Phone or video, whichever you prefer.

        Jonah
        """))
    add("a1_c", me, [jonah], "2026-03-27 09:12", parent="a1_b", body=t("""
        Hi Jonah,

        So nice to e-meet you, and thanks for making the time! Thursday at 4 works. A phone call is
        perfect – I'm at 617-555-0188.

        Best,
        Inês
        """))
    add("a1_d", jonah, [me], "2026-03-27 10:01", parent="a1_c", sig=False, body=t("""
        Great – I'll call you Thursday at 4. Talk then!

        J
        """))
    add("a2", me, [jonah], "2026-04-09 18:45", subject="Thank you for the call – and for the honesty",
        body=t("""
        Hi Jonah,

        Thank you for giving me so much of your afternoon. Your description of the first year at
        Arclight – building the platform while the biology was still changing under you – was the
        most useful thing anyone has told me about industry, and I appreciated how candid you were
        about the trade-offs.

        I'd love to keep in touch, and I'll let you know how the faculty side shakes out. I'll also
        send Miriam your regards.

        Best,
        Inês
        """))
    add("a2_b", jonah, [me], "2026-04-09 21:30", parent="a2", body=t("""
        Hi Inês,

        It was a pleasure – you asked better questions than most of the people we interview! I
        mentioned you to Tamar Levy, our head of data science, and she'd be up for a longer
        conversation. Let me check her calendar and get back to you early next week with a couple
        of times.

        Jonah
        """))
    case.meeting("a1", T("2026-04-09 16:00"), None, met=["jonah@arclightbio.com"],
                 thanks={"jonah@arclightbio.com": "a2"}, what="Arclight informational call")
    case.promise("a2", "a2_b", "jonah@arclightbio.com", "2026-04-15")

    # ================================================================ KELPWATER (conference coffee)
    add("r1", rafa, [me], "2026-03-27 14:20", subject="SCG 2026 – café?", body=t("""
        Oi Inês, tudo bem?

        Vi no programa que você vai apresentar no Single-Cell Genomics em San Diego – parabéns!
        Since our chat at your poster in Lisbon last October I've been meaning to write: we're
        growing the comp bio team at Kelpwater and your spatial work keeps coming up in our
        discussions. No agenda, just coffee and some gossip about deconvolution methods.

        Would Tuesday the 7th at 7:30 am work, before the keynote? There's a decent café on the
        lobby level of the convention center (Bayside Coffee). Se não der, marcamos outro dia.

        Abraço,
        Rafa

        Rafael Nogueira, PhD
        Senior Scientist, Computational Biology
        Kelpwater Therapeutics | San Diego, CA
        """))
    add("r1_b", me, [rafa], "2026-03-27 20:30", parent="r1", sig=False, body=t("""
        Oi Rafa!

        Tudo ótimo, e contigo? Que bom ter notícias tuas. Tuesday at 7:30 works perfectly – I'll be
        the jet-lagged one holding a giant coffee. See you at Bayside.

        Beijinhos,
        Inês
        """))
    add("r1_c", rafa, [me], "2026-04-07 07:24", parent="r1_b", quote=False, body=t("""
        Chegando em 5 min, pega uma mesa!

        Enviado do meu iPhone
        """))
    add("r1_d", me, [rafa], "2026-04-07 15:40", parent="r1_c", sig=False, body=t("""
        Rafa – here's the preprint I mentioned, with the benchmark on the fibrotic lung sections:
        https://www.biorxiv.org/content/10.1101/2026.02.11.637402v1
        The code is on GitHub (hollislab/spotdecon). Boa conferência!

        Inês

        Sent from my iPhone
        """))
    case.meeting("r1", T("2026-04-07 07:30", LA), None, met=["rafael.nogueira@kelpwatertx.com"],
                 what="conference coffee in San Diego")

    # ================================================================ HALDEN
    add("h1", jasmine, [me], "2026-03-16 10:00",
        subject="Halden Biosciences – Machine Learning Scientist, Genomics: interview", body=t("""
        Hi Inês,

        Thank you for your interest in the Machine Learning Scientist, Genomics role at Halden
        Biosciences. Dr. Lily Chen, who leads our ML Research group, would like to meet with you
        for a 45-minute video interview.

        Would Thursday, March 19 at 3:00 PM ET work for you? If not, please send me two or three
        alternatives.

        Best regards,
        """))
    add("h1_b", me, [jasmine], "2026-03-16 12:15", parent="h1", body=t("""
        Hi Jasmine,

        Thursday, March 19 at 3:00 PM works for me. Thanks for arranging it!

        Best,
        Inês
        """))
    add("h1_c", jasmine, [me], "2026-03-16 14:05", parent="h1_b", sig=False, body=t("""
        Wonderful – you'll receive a Teams invitation from me shortly.

        Best,
        Jasmine
        """))
    h_start, h_end = T("2026-03-19 15:00"), T("2026-03-19 15:45")
    h_desc = t("""
        Interview for Machine Learning Scientist, Genomics – Inês Carvalho with Dr. Lily Chen.
        ________________________________________________________________________________
        Microsoft Teams meeting
        Join on your computer, mobile app or room device
        Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ4ZTk2NDEtNmQ1Mi00@thread.v2/0
        Meeting ID: 251 774 390 118
        Passcode: Hx7qR2
        ________________________________________________________________________________
        """)
    h_subj = "Halden Biosciences – Interview: Inês Carvalho / Lily Chen"
    add("h_inv", jasmine, [me, lily], "2026-03-16 14:07", subject=h_subj, sig=False, body=h_desc,
        ics=make_ics(method="REQUEST", uid=uid_outlook("halden-lily"),
                     stamp=T("2026-03-16 14:07"), start=h_start, end=h_end, summary=h_subj,
                     organizer=jasmine, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                                   (lily, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                     description=h_desc, prodid=EXCHANGE), ics_mode="outlook")
    add("h_t", me, [lily], "2026-03-19 17:40", subject="Thank you – ML Scientist interview",
        body=t("""
        Dear Dr. Chen,

        Thank you for speaking with me this afternoon about the Machine Learning Scientist role. I
        enjoyed our discussion of foundation models for single-cell data, and especially your point
        that the hard part is evaluation rather than architecture – our benchmark work led me to
        the same conclusion.

        I'm very interested in the role and in contributing to Halden's genomics platform. Thank
        you again for your time.

        Best regards,
        """))
    add("h_t_b", lily, [me], "2026-03-20 08:12", parent="h_t", body=t("""
        Dear Inês,

        Thank you for the thoughtful note. I enjoyed our conversation as well. We are still
        speaking with other candidates, and Jasmine will be in touch about next steps.

        Best,
        Lily
        """))
    add("h1_d", jasmine, [me], "2026-03-31 16:30", parent="h1_c", body=t("""
        Hi Inês,

        I wanted to pass along a quick update. Dr. Chen is finishing conversations with the
        remaining candidates and asked me to let you know she'll come back to you by Tuesday,
        April 7 about next steps.

        Thank you for your patience!

        Best regards,
        """))
    add("h1_e", me, [jasmine], "2026-03-31 20:05", parent="h1_d", sig=False, body=t("""
        Hi Jasmine,

        Many thanks for the update, Jasmine – good to know.

        Best,
        Inês
        """))
    case.meeting("h_inv", h_start, h_end, met=["lily.chen@haldenbio.com"],
                 thanks={"lily.chen@haldenbio.com": "h_t"}, what="Halden video interview")
    case.promise("h1", "h1_d", "jasmine.oyelaran@haldenbio.com", "2026-04-07")

    # ================================================================ OBSIDIAN (cancelled)
    add("o1", clara, [me], "2026-03-25 13:40",
        subject="Obsidian Bio – Computational Biologist (Spatial Omics)", body=t("""
        Dear Dr. Carvalho,

        Thank you for your application for the Computational Biologist (Spatial Omics) position. I
        lead the computational sciences group at Obsidian, and I would like to invite you to a
        one-hour video interview with me and a member of my team.

        Would Thursday, April 9 at 10:00 AM ET suit you? I will send a Teams invitation once we have
        agreed on a time.

        Kind regards,
        """))
    add("o1_b", me, [clara], "2026-03-25 18:20", parent="o1", body=t("""
        Dear Dr. Westergaard,

        Thank you for the invitation. Thursday, April 9 at 10:00 AM works well for me, and I look
        forward to speaking with you.

        Best regards,
        """))
    o_start, o_end = T("2026-04-09 10:00"), T("2026-04-09 11:00")
    o_subj = "Obsidian Bio – Interview: Inês Carvalho (Computational Biologist, Spatial Omics)"
    o_uid = uid_outlook("obsidian-interview")
    o_desc = t("""
        Interview with Clara Westergaard and Deepak Menon.
        ________________________________________________________________________________
        Microsoft Teams meeting
        Click here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1ZjA3@thread.v2/0
        Meeting ID: 318 442 907 615
        Passcode: 9sKpW4
        ________________________________________________________________________________
        """)
    o_att = [(me, "NEEDS-ACTION", "INDIVIDUAL"), (deepak, "ACCEPTED", "INDIVIDUAL")]
    add("o1_c", clara, [me, deepak], "2026-03-26 09:15", parent="o1_b", subject=o_subj,
        sig=False, quote=False, body=o_desc,
        ics=make_ics(method="REQUEST", uid=o_uid, stamp=T("2026-03-26 09:15"), start=o_start,
                     end=o_end, summary=o_subj, organizer=clara, attendees=o_att,
                     tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                     description=o_desc, prodid=EXCHANGE), ics_mode="outlook")
    add("o1_d", clara, [me, deepak], "2026-04-06 08:30", parent="o1_c",
        subject="Canceled: " + o_subj, quote=False, sig=False, body=t("""
        Dear Inês,

        I am very sorry to write with this news. Following a reorganization announced internally
        on Friday, the Computational Biologist (Spatial Omics) position has been put on hold, and I
        have to cancel our interview on Thursday. I know you had set aside time for it, and I
        apologize for the short notice.

        If the role is reopened, I would very much like to pick up where we left off.

        With best regards,
        Clara
        """),
        ics=make_ics(method="CANCEL", uid=o_uid, stamp=T("2026-04-06 08:30"), start=o_start,
                     end=o_end, summary="Canceled: " + o_subj, organizer=clara, attendees=o_att,
                     tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
                     sequence=1, status="CANCELLED", prodid=EXCHANGE), ics_mode="outlook")
    add("o1_e", me, [clara], "2026-04-06 21:30", parent="o1_d", sig=False, body=t("""
        Dear Clara,

        Thank you for letting me know, and I'm sorry to hear about the reorganization. I'd be glad
        to reconnect if the role reopens.

        Best regards,
        Inês

        Sent from my iPhone
        """))
    case.meeting("o1", o_start, o_end, met=["clara.westergaard@obsidianbio.com",
                                            "deepak.menon@obsidianbio.com"],
                 status="cancelled", what="Obsidian interview (cancelled)")

    # ================================================================ TESSERA (ahead)
    add("t1", owen, [me], "2026-04-08 11:00",
        subject="Tessera Health – Senior Scientist, Computational Pathology", body=t("""
        Hi Inês,

        Thanks for your application to the Senior Scientist, Computational Pathology role. I'd love
        to set up an introductory call to tell you more about the team and hear about what you're
        looking for.

        Would Monday 4/13 at 1:00 pm ET work? 30 minutes should do it.

        Thanks,
        Owen
        """))
    add("t1_b", me, [owen], "2026-04-08 22:55", parent="t1", sig=False, body=t("""
        Hi Owen,

        Monday at 1 works – speak then.

        Inês

        Sent from my iPhone
        """))
    add("t1_c", owen, [me], "2026-04-09 09:10", parent="t1_b", body=t("""
        Perfect – you're on my calendar for Monday 4/13 at 1:00 pm ET. I'll call your cell.
        """))
    case.meeting("t1", T("2026-04-13 13:00"), T("2026-04-13 13:30"),
                 met=["owen.pratt@tesserahealth.com"], status="scheduled",
                 what="Tessera intro call")

    # ================================================================ academic ATS
    add("ok1", interfolio_ok, [me], "2026-03-19 14:02", headers=AUTO, sig=False,
        reply_to=oak_search,
        subject="Update on your application – Assistant Professor, Quantitative Biology (JOB #2026-QB-04)",
        body=t("""
        Dear Dr. Carvalho,

        Thank you for your interest in the position of Assistant Professor of Quantitative Biology
        at Oakhaven University, and for the time and care you put into your application.

        The search committee received over three hundred applications, many of them from
        exceptionally strong candidates. After careful consideration, the committee has decided
        not to advance your application to the next stage of the search. We recognize that this is
        disappointing news, and we are grateful for your interest in joining our department.

        We wish you every success in your career.

        Sincerely,
        The Quantitative Biology Search Committee
        Department of Biology, Oakhaven University

        This message was sent via Interfolio Faculty Search. Please do not reply directly to this
        email.
        """))
    add("bc1", interfolio, [me], "2026-03-06 23:49", headers=AUTO, sig=False,
        subject="Application submitted: Brennerton College – Assistant Professor of Computational Biology",
        body=t("""
        Hello Inês Carvalho,

        Your application to Brennerton College for the position Assistant Professor of
        Computational Biology (Position #BC-2231) was successfully submitted on March 6, 2026 at
        11:47 PM EST.

        Documents submitted:
        - Cover Letter
        - Curriculum Vitae
        - Research Statement
        - Teaching Statement
        - Diversity Statement
        - 3 Confidential Letters of Recommendation (requested)

        You can review the status of your application at any time from your Interfolio dashboard.

        Interfolio
        """))

    # ================================================================ NOISE: Fenwick
    lab_uid = uid_outlook("hollis-lab-meeting")
    lab_desc = t("""
        Hi all,

        From March 9 lab meeting moves to the Charles Room (5-114) – the 3rd-floor room is being
        renovated. Same time, Mondays 10-11. Rota for spring: 3/9 Sofia, 3/16 Ben, 3/23 Arjun,
        3/30 no meeting (Inês away), 4/6 Sofia, 4/13 Inês (practice talk), 4/20 Patriots' Day -
        no meeting.

        Miriam
        """)
    add("n_lab", miriam, [me, arjun, sofia, ben], "2026-03-06 16:20", sig=False,
        subject="Hollis Lab meeting (Charles Room, 5-114)", body=lab_desc,
        ics=make_ics(method="REQUEST", uid=lab_uid, stamp=T("2026-03-06 16:20"),
                     start=T("2026-03-09 10:00"), end=T("2026-03-09 11:00"),
                     summary="Hollis Lab meeting", organizer=miriam,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (arjun, "NEEDS-ACTION", "INDIVIDUAL"),
                                (sofia, "NEEDS-ACTION", "INDIVIDUAL"),
                                (ben, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("FIGM-5-114 Charles Room", "figm-5-114@fenwickinstitute.org"),
                                 "ACCEPTED", "ROOM")],
                     tzid="Eastern Standard Time", location="FIGM 5-114 Charles Room",
                     description=lab_desc, rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20260608T140000Z",
                     prodid=EXCHANGE), ics_mode="outlook")
    case.meeting("n_lab", T("2026-03-09 10:00"), T("2026-03-09 11:00"), job=False,
                 what="lab meeting, first of the series")
    case.meeting("n_lab", T("2026-04-13 10:00"), T("2026-04-13 11:00"), job=False,
                 status="scheduled", what="lab meeting, next")

    add("n_jc", arjun, [me, sofia, ben], "2026-03-03 11:30", sig=False,
        subject="Journal club – spring 2026 schedule", body=t("""
        Hi all,

        Here's the JC rota for the spring, Thursdays 4-5pm in 5-114 as usual:

        3/5  Sofia
        3/12 Ben
        3/19 Arjun
        3/26 no JC (institute retreat)
        4/2  Sofia
        4/9  Ben
        4/16 Inês
        4/23 Arjun

        Shout if you need to swap.

        Arjun
        """))
    add("n_jc_b", me, [arjun], "2026-03-03 12:10", parent="n_jc", sig=False, body=t("""
        4/16 is perfect, I'll be back from all the travel by then. Any objection if I do the new
        spatial benchmarking paper from Nature Methods? Might be a bit self-serving :)

        I.
        """))
    add("n_jc_c", arjun, [me], "2026-03-03 12:31", parent="n_jc_b", sig=False, body=t("""
        Ha, go for it.
        """))
    case.meeting("n_jc", T("2026-04-16 16:00"), T("2026-04-16 17:00"), job=False,
                 status="scheduled", what="journal club, her turn")

    add("n_hr", me, [tanya], "2026-03-16 09:10",
        subject="Postdoc appointment extension – Carvalho", body=t("""
        Hi Tanya,

        My current appointment ends on June 30, and Dr. Hollis has approved an extension through
        December 31 (her approval email is forwarded below). Could you let me know when I can
        expect the updated appointment letter? I need it for my visa paperwork.

        Thanks very much,
        Inês
        """))
    add("n_hr_b", tanya, [me], "2026-03-17 14:22", parent="n_hr", body=t("""
        Hi Inês,

        Thanks for reaching out. I need to confirm the funding string with the Office of
        Postdoctoral Affairs before the letter can be issued; I'll get back to you by Wednesday,
        March 25 with the letter or an update.

        Best,
        Tanya
        """))
    case.promise("n_hr", "n_hr_b", "tbrooks@fenwickinstitute.org", "2026-03-25", job=False)

    add("n_train", learning, [me], "2026-03-30 07:00", headers=AUTO, sig=False,
        subject="Action required: Annual Research Compliance Training due April 30, 2026",
        body=t("""
        Dear Inês Carvalho,

        Our records show that you have not yet completed the following required course:

        FIGM-RC-2026 Responsible Conduct of Research and Data Privacy (approx. 45 minutes)
        Due: April 30, 2026

        Log in to Fenwick Learning to start the course: https://learning.fenwickinstitute.org/course/RC-2026

        This is an automated reminder. Please do not reply.
        """))

    add("n_osr", linda, [me], "2026-03-23 10:30", cc=[miriam],
        subject="K99/R00 – June 12 submission: internal deadlines", body=t("""
        Hi Inês,

        I'll be your grants administrator for the K99/R00 resubmission due to NIH on June 12. To
        leave time for institutional review, please note our internal deadlines:

        - Friday, April 24: draft budget and justification, biosketches, list of letter writers
        - Friday, May 22: final science (Specific Aims, Research Strategy, Candidate Information)
        - Friday, May 29: complete package for institutional sign-off

        Let me know if you have any questions about the budget template.

        Best,
        Linda
        """))
    add("n_osr_b", me, [linda], "2026-03-23 14:02", parent="n_osr", body=t("""
        Hi Linda,

        Thanks! One quick question: for the R00 phase, should I budget with a placeholder
        institution's F&A rate or with Fenwick's?

        Best,
        Inês
        """))
    add("n_osr_c", linda, [me], "2026-03-24 09:40", parent="n_osr_b", sig=False, body=t("""
        Good question – use the Fenwick rate for now; it is renegotiated with the new institution
        at the transition. I'll send you the template this week.

        Linda
        """))

    add("n_aims", miriam, [me], "2026-04-01 22:10", sig=False, subject="K99 aims – my edits",
        body=t("""
        Welcome back from Chicago! Edits to the aims page attached. Aim 2 is still too big – I'd cut
        the mouse work and keep it for the R00 phase. Otherwise it reads much better.

        Can we talk early next week?

        M
        """), attachments=[("K99_SpecificAims_v4_MH.pdf", "application/pdf", make_pdf([
            "Specific Aims - K99/R00 - I. Carvalho (v4, MH edits)",
            "Aim 1. Map fibroblast niches across fibrotic lung and kidney.",
            "Aim 2. Test niche-derived signals in organoid co-culture.",
            "Aim 3 (R00). Predict progression from spatial niche composition."]))])
    add("n_aims_b", me, [miriam], "2026-04-02 08:05", parent="n_aims", body=t("""
        Hi Miriam,

        Thanks – I'll go through them tonight. Early next week I'm in San Diego for SCG (talk on
        Tuesday). Could we meet Friday 4/10 at 2 instead?

        Inês
        """))
    add("n_aims_c", miriam, [me], "2026-04-02 09:31", parent="n_aims_b", sig=False, body=t("""
        Friday at 2 is fine. Good luck with the talk.
        """))
    case.meeting("n_aims", T("2026-04-10 14:00"), None, job=False, status="scheduled",
                 what="1:1 with her PI")

    sem_hdr = bulk_headers("<seminars.fenwickinstitute.org>",
                           "https://lists.fenwickinstitute.org/unsubscribe/seminars")
    add("n_sem1", seminars, [Person("Fenwick Seminars", "seminars@fenwickinstitute.org")],
        "2026-03-09 08:00", headers=sem_hdr, sig=False,
        subject="Faculty Candidate Seminar – Dr. Alina Petrescu – Tuesday, March 17, 12:00 PM",
        body=t("""
        FENWICK INSTITUTE FACULTY CANDIDATE SEMINAR

        Dr. Alina Petrescu
        Postdoctoral Fellow, Whitfield Institute
        "Evolution of enhancer grammar across mammalian tissues"

        Tuesday, March 17, 2026, 12:00 PM
        Fenwick Auditorium (1st floor) | Zoom for Fenwick members

        Dr. Petrescu is a candidate for an Assistant Member position in the Computational Genomics
        program. Trainees are warmly encouraged to attend and to meet the candidate; a trainee
        lunch with the candidate follows the seminar (sign up at go.fenwick/candidate-lunch).
        """))
    case.meeting("n_sem1", T("2026-03-17 12:00"), T("2026-03-17 13:00"), job=False,
                 what="faculty candidate seminar at her institute")
    add("n_sem2", seminars, [Person("Fenwick Seminars", "seminars@fenwickinstitute.org")],
        "2026-04-06 08:00", headers=sem_hdr, sig=False,
        subject="Faculty Candidate Seminar – Dr. Yusuf Demir – Thursday, April 9, 3:00 PM",
        body=t("""
        FENWICK INSTITUTE FACULTY CANDIDATE SEMINAR

        Dr. Yusuf Demir
        Postdoctoral Fellow, Stanfield Institute
        "Learning cell states from perturbation atlases"

        Thursday, April 9, 2026, 3:00 PM
        Fenwick Auditorium (1st floor) | Zoom for Fenwick members

        Dr. Demir is a candidate for an Assistant Member position in the Computational Genomics
        program. All are welcome; light refreshments will be served after the talk.
        """))
    case.meeting("n_sem2", T("2026-04-09 15:00"), T("2026-04-09 16:00"), job=False,
                 what="faculty candidate seminar at her institute")

    lunch_desc = t("""
        Dear postdocs,

        Thank you for agreeing to meet with Dr. Yusuf Demir, a candidate for an Assistant Member
        position in our Computational Genomics program, over lunch on Thursday, April 9. Dr. Demir
        is currently a postdoctoral fellow at the Stanfield Institute; his CV and research statement
        are on the search SharePoint. If you would like to send him a paper ahead of the lunch, he
        can be reached at ydemir@stanfield.edu.

        After the visit, please complete the short feedback form (go.fenwick/search-feedback) by
        Monday, April 13. Your feedback goes directly to the search committee and is confidential.

        Lunch will be provided.

        Karina
        """)
    lsubj = "Postdoc lunch with faculty candidate Dr. Yusuf Demir – Thu 4/9, 12:00–1:00"
    add("n_lunch", karina, [me, sofia, arjun], "2026-03-31 15:00", subject=lsubj, body=lunch_desc,
        sig=False,
        ics=make_ics(method="REQUEST", uid=uid_outlook("fenwick-demir-lunch"),
                     stamp=T("2026-03-31 15:00"), start=T("2026-04-09 12:00"),
                     end=T("2026-04-09 13:00"), summary=lsubj, organizer=karina,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (sofia, "NEEDS-ACTION", "INDIVIDUAL"),
                                (arjun, "NEEDS-ACTION", "INDIVIDUAL"),
                                (("FIGM-2-210 Conference Room", "figm-2-210@fenwickinstitute.org"),
                                 "ACCEPTED", "ROOM")],
                     tzid="Eastern Standard Time", location="FIGM 2-210 Conference Room",
                     description=lunch_desc, prodid=EXCHANGE), ics_mode="outlook")
    case.meeting("n_lunch", T("2026-04-09 12:00"), T("2026-04-09 13:00"), job=False,
                 met=["ydemir@stanfield.edu"], what="she meets a faculty candidate (hiring side)")

    add("n_it", itdesk, [me], "2026-04-08 16:00", headers=AUTO, sig=False,
        subject="Planned maintenance: VPN and remote desktop, Saturday 4/11, 6:00–10:00 AM",
        body=t("""
        Fenwick IT Service Desk – planned maintenance

        What: VPN gateway and remote desktop servers
        When: Saturday, April 11, 2026, 6:00 AM – 10:00 AM ET
        Impact: remote access to Fenwick systems and the HPC cluster will be unavailable.
        Jobs already running on the cluster are not affected.

        Questions: itsupport@fenwickinstitute.org or x5-4357.
        """))

    # ================================================================ NOISE: journals
    add("n_rev1", jcg, [me], "2026-03-18 09:14", headers=AUTO, sig=False, reply_to=jcg_editor,
        subject="Invitation to review manuscript JCG-2026-0418 for Journal of Computational Genomics",
        body=t("""
        18-Mar-2026

        Dear Dr. Carvalho,

        Manuscript ID JCG-2026-0418 entitled "Graph neural networks for cell-cell communication
        inference from spatial transcriptomics" has been submitted to the Journal of Computational
        Genomics. I would be grateful if you would agree to review it. The abstract appears at the
        end of this letter.

        If you agree, we would appreciate receiving your review by 15-Apr-2026.

        Agree: https://mc.manuscriptcentral.com/jcgen?URL_MASK=agree-7f3a91
        Decline: https://mc.manuscriptcentral.com/jcgen?URL_MASK=decline-7f3a91

        Sincerely,
        Dr. Fiona McAllister
        Associate Editor, Journal of Computational Genomics

        Abstract: Cell-cell communication shapes tissue function, yet inferring it from spatial
        data remains difficult...
        """))
    add("n_rev2", jcg, [me], "2026-04-08 09:00", headers=AUTO, sig=False, reply_to=jcg_editor,
        subject="Reminder: review of JCG-2026-0418 due 15-Apr-2026", body=t("""
        08-Apr-2026

        Dear Dr. Carvalho,

        This is a courtesy reminder that your review of manuscript JCG-2026-0418, "Graph neural
        networks for cell-cell communication inference from spatial transcriptomics", is due on
        15-Apr-2026.

        You can access the manuscript from your Reviewer Center:
        https://mc.manuscriptcentral.com/jcgen

        Thank you for your contribution to the Journal.

        Sincerely,
        JCG Editorial Office
        """))
    add("n_dec", gsb, [me], "2026-03-13 06:02", headers=AUTO, sig=False,
        subject="Decision on your manuscript GSB-D-26-00211", body=t("""
        Ref.: Ms. No. GSB-D-26-00211
        Benchmarking spatial deconvolution in fibrotic tissue
        Genome Systems Biology

        Dear Dr. Carvalho,

        Reviewers' comments on your work have now been received. You will see that they advise
        that you revise your manuscript. If you are prepared to undertake the work required, I
        would be pleased to reconsider my decision.

        Please submit your revision by May 12, 2026, together with a point-by-point response to the
        reviewers.

        Yours sincerely,
        Rohan Desai, PhD
        Handling Editor, Genome Systems Biology
        """))
    add("n_fwd", me, [miriam], "2026-03-13 08:40",
        subject="Fwd: Decision on your manuscript GSB-D-26-00211", body=t("""
        Miriam – major revision! Reviewer 2 wants the mouse validation and a second spatial
        platform; Reviewer 1 is happy. Can we talk at our 1:1 on Tuesday?

        Inês

        ---------- Forwarded message ---------
        From: Genome Systems Biology <em.gsb.0.9c41d2.7a1e3f@editorialmanager.com>
        Date: Fri, Mar 13, 2026 at 6:02 AM
        Subject: Decision on your manuscript GSB-D-26-00211
        To: Inês Carvalho <ines.carvalho@example.org>

        Dear Dr. Carvalho,

        Reviewers' comments on your work have now been received. You will see that they advise
        that you revise your manuscript. [...] Please submit your revision by May 12, 2026.
        """), sig=False)
    add("n_fwd_b", miriam, [me], "2026-03-13 09:02", parent="n_fwd", sig=False, body=t("""
        Great news. Reviewer 2 is fair, honestly. Yes, Tuesday. Let's aim to resubmit well before
        you start anything new.

        M
        """))

    # ================================================================ NOISE: home, family, friends
    add("n_ll", gary, [me], "2026-03-09 18:30", subject="41 Westland Ave #3 – lease renewal",
        body=t("""
        Hi Ines,

        Hope you and Theo are doing well. Your lease is up July 31. I'd like to offer a 12 month
        renewal at $3,150/month (up from $3,050). Let me know if you want to renew and I'll send the
        paperwork by the end of next week.

        Also the plumber can look at the radiator valve on Thursday between 9-12 if that works.
        """))
    add("n_ll_b", me, [gary], "2026-03-09 21:15", parent="n_ll", sig=False, body=t("""
        Hi Gary,

        Thursday morning is fine, Theo will be home.

        On the lease: we may be relocating this summer for work (we should know by late April or
        May). Would you be open to month-to-month after July, or a renewal with a 60-day early
        termination clause?

        Best,
        Inês
        """))
    add("n_ll_c", gary, [me], "2026-03-11 08:02", parent="n_ll_b", body=t("""
        Month to month after July is fine, at $3,250. Let me know by May 15 either way. Plumber is
        confirmed Thursday 3/12 between 9 and 12.
        """))
    case.promise("n_ll", "n_ll", "gpellegrino.properties@gmail.com", "2026-03-20", job=False)
    case.meeting("n_ll", T("2026-03-12 09:00"), T("2026-03-12 12:00"), job=False,
                 what="plumber visit")

    add("n_th1", theo, [me], "2026-03-22 11:40", subject="cat sitter for chicago?", body=t("""
        hey - I'm at the climbing gym retreat sun-mon 3/29-30 so I can't feed Pastel. ask Jess?
        also do you want me to pick you up at Logan tue night? x
        """))
    add("n_th1_b", me, [theo], "2026-03-22 12:05", parent="n_th1", sig=False, body=t("""
        Jess said yes!! And no need, I'll get an Uber – flight lands 6:10 but you know how that
        goes. Love you
        """))
    add("n_th1_c", theo, [me], "2026-03-22 12:20", parent="n_th1_b", body=t("""
        ok. proud of you. go crush the chalk talk
        """))
    add("n_th2", theo, [me], "2026-04-09 13:12", subject="saturday", body=t("""
        Amir and Jess want to do dinner Saturday 7:30 at Sumac & Salt, I said probably yes. also
        did you see the electric bill?? brutal
        """))
    add("n_th2_b", me, [theo], "2026-04-09 13:40", parent="n_th2", sig=False, body=t("""
        Yes to dinner! I have calls at 2 and at 4 so I'll be home late tonight. Bill: ugh, I'll pay
        it tonight.
        """))
    case.meeting("n_th2", T("2026-04-11 19:30"), None, job=False, status="scheduled",
                 what="dinner with friends")

    add("n_mae", mae, [me], "2026-03-29 10:14", sig=False, subject="Viagem em maio", body=t("""
        Olá filha,

        Então, amanhã é o grande dia em Chicago! O pai e eu estamos a torcer por ti. Liga-nos
        quando puderes, mesmo que seja tarde.

        Já comprámos os bilhetes para Boston: chegamos no dia 18/05 (segunda) às 15h40 ao Logan e
        voltamos no dia 01/06. Achas que o Theo nos pode ir buscar? Se for complicado apanhamos um
        táxi.

        Beijinhos grandes,
        Mãe
        """))
    add("n_mae_b", me, [mae], "2026-03-29 19:30", parent="n_mae", sig=False, quote=False,
        body=t("""
        Mãe,

        Obrigada! Estou no hotel, um bocadinho nervosa mas preparada. Ligo-te amanhã à noite
        depois do jantar.

        Que bom, 18/05! O Theo vai buscar-vos de certeza, já lhe disse.

        Beijinhos aos dois,
        Inês
        """))
    add("n_mae_c", mae, [me], "2026-03-31 14:02", parent="n_mae_b", sig=False, quote=False,
        body=t("""
        Então, como correu?? O pai não pára de perguntar. Quando souberes alguma coisa diz-nos.
        E descansa um bocadinho antes de ires para San Diego!

        Mãe
        """))

    add("n_kav", kavya, [me], "2026-03-18 20:05", subject="RSVP + a favor", body=t("""
        Hi Inês!!

        The wedding website is finally up (kavyaandmatt.com) – RSVP by April 20 please, my mother
        is already asking about table plans.

        Also: once the chalk talk madness is over, could I pick your brain about the spatial core
        proposal I'm writing? Totally no rush.

        K
        """))
    add("n_kav_b", me, [kavya], "2026-03-18 21:30", parent="n_kav", sig=False, body=t("""
        RSVPed for two! And of course – after mid-April I'm all yours. Send me the draft whenever.

        xx
        """))
    add("n_kav_c", kavya, [me], "2026-03-18 21:42", parent="n_kav_b", body=t("""
        yay!!! you're the best
        """))

    # ================================================================ NOISE: receipts, bills, alerts
    air_text = t("""
        Your trip is confirmed.

        Confirmation code: QXVTRN
        Passenger: INES CARVALHO

        Sun, Apr 5   NW 1187   Boston (BOS) 8:05 AM  -> San Diego (SAN) 11:42 AM
        Wed, Apr 8   NW 1190   San Diego (SAN) 3:30 PM -> Boston (BOS) 11:58 PM

        Total charged to Visa ending 4417: $412.60

        Check in 24 hours before departure at northwindair.com or in the app.
        """)
    add("n_air", airline, [me], "2026-03-14 13:22", headers=AUTO, sig=False,
        subject="Your Northwind trip confirmation: Boston to San Diego (QXVTRN)", body=air_text,
        html=html_of(air_text, "Trip confirmation"))
    add("n_hotel", hotel, [me], "2026-03-14 10:41", headers=AUTO, sig=False,
        subject="Reservation confirmed – Harborline Hotel San Diego, Apr 5–8", body=t("""
        Dear Ines Carvalho,

        Thank you for choosing the Harborline Hotel San Diego. Your reservation is confirmed.

        Confirmation number: 88213407
        Check-in: Sunday, April 5, 2026 (from 3:00 PM)
        Check-out: Wednesday, April 8, 2026 (by 12:00 PM)
        Room: King Room, SCG 2026 group rate, 3 nights, $229.00 per night plus tax

        We look forward to welcoming you.
        """))
    uber_text = t("""
        Thanks for riding, Inês

        Total: $41.87
        Tuesday, March 31, 2026

        Trip fare  $33.12
        Airport fee  $3.25
        Tip  $5.50

        Boston Logan International Airport (BOS), Terminal B  6:31 PM
        41 Westland Ave, Boston, MA  6:58 PM
        """)
    add("n_uber", uber, [me], "2026-03-31 19:02", headers=AUTO, sig=False,
        subject="Your Tuesday evening trip with Uber", body=uber_text,
        html=html_of(uber_text, "Uber receipt"), html_only=True)
    amz_text = t("""
        Hello Inês,

        Your package has shipped and is on its way.

        Logitech Spotlight Presentation Remote, Slate
        Arriving: Monday, March 23

        Order #112-4830917-5562631
        Track your package: https://www.amazon.com/gp/your-account/order-details?orderID=112-4830917-5562631
        """)
    add("n_amzn", amazon, [me], "2026-03-21 07:12", headers=AUTO, sig=False,
        subject="Shipped: \"Logitech Spotlight Presentation...\"", body=amz_text,
        html=html_of(amz_text, "Amazon.com"), html_only=True)
    add("n_scg1", scgreg, [me], "2026-03-16 12:00", headers=AUTO, sig=False,
        subject="SCG 2026: registration receipt and presentation details", body=t("""
        Dear Dr. Carvalho,

        Thank you for registering for Single-Cell Genomics 2026 (San Diego, April 6–8).

        Registration type: Postdoctoral fellow (early)      $375.00
        Receipt number: SCG26-04417

        Your oral presentation "Spatial niches in fibrotic tissue from deconvolved Visium data" is
        scheduled in Session 6A, Tuesday, April 7, 3:15–3:35 PM (Pacific Time), Harbor Ballroom C.

        We look forward to seeing you in San Diego.
        """))
    add("n_scg2", scg, [me], "2026-04-02 09:00", headers=AUTO, sig=False,
        subject="SCG 2026 – program change: your talk has moved", body=t("""
        Dear Dr. Carvalho,

        Because of a speaker withdrawal, we have reorganized the Tuesday sessions. Your talk has
        moved to Session 4B, Tuesday, April 7, 10:30–10:50 AM (Pacific Time), Harbor Ballroom A.

        Please upload your slides to the speaker-ready room by Monday, April 6 at 6:00 PM.

        SCG 2026 Program Committee
        """))
    case.meeting("n_scg2", T("2026-04-07 10:30", LA), T("2026-04-07 10:50", LA), job=False,
                 what="her conference talk")

    lc_hdr = bulk_headers("<weekly.labandcareer.org>", "https://labandcareer.org/unsubscribe")
    add("n_lc1", labcareer, [me], "2026-03-19 06:00", headers=lc_hdr, sig=False,
        subject="Lab & Career Weekly: How to give a chalk talk that lands + 214 new faculty jobs",
        body=t("""
        LAB & CAREER WEEKLY – March 19, 2026

        THIS WEEK
        - The chalk talk, demystified: five search-committee chairs on what they want to hear
        - Negotiating a startup package when you have two offers (or none yet)
        - From postdoc to data scientist: three interviews, three paths

        NEW FACULTY POSITIONS: 214 this week, including 31 in computational biology.
        NEW INDUSTRY POSITIONS: 388 this week.

        Browse all jobs: https://labandcareer.org/jobs
        """))
    add("n_lc2", labcareer, [me], "2026-04-02 06:00", headers=lc_hdr, sig=False,
        subject="Lab & Career Weekly: The thank-you note after a campus interview",
        body=t("""
        LAB & CAREER WEEKLY – April 2, 2026

        THIS WEEK
        - After the campus interview: whom to thank, and how soon
        - The recruiter screen: questions to ask before the take-home
        - Dual-career searches: when to tell the committee

        NEW FACULTY POSITIONS: 176 this week. NEW INDUSTRY POSITIONS: 402 this week.

        Browse all jobs: https://labandcareer.org/jobs
        """))
    gj_text = t("""
        14 new jobs match your alert "data scientist computational biology" in Boston, MA

        Senior Data Scientist, Single-Cell Genomics – Verity Therapeutics – Cambridge, MA
        Computational Biologist II – Northlake Bio – Waltham, MA
        Principal Scientist, Computational Biology – Aster Genomics – Boston, MA
        Data Scientist, Translational Medicine – Halcyon Pharma – Cambridge, MA
        ... and 10 more

        Apply with one click from your GenomeJobs profile. Recruiters are viewing profiles like
        yours: update yours today.

        Manage alerts: https://genomejobs.com/alerts
        """)
    add("n_gj", genomejobs, [me], "2026-04-07 07:30",
        headers=dict(bulk_headers("<alerts.genomejobs.com>", "https://genomejobs.com/alerts/unsub"),
                     **AUTO), sig=False,
        subject="14 new jobs for \"data scientist computational biology\" in Boston, MA",
        body=gj_text, html=html_of(gj_text, "GenomeJobs"), html_only=True)
    add("n_apd", apd, [me], "2026-03-26 05:00",
        headers=bulk_headers("<digest.academicpositions.net>",
                             "https://academicpositions.net/unsubscribe"), sig=False,
        subject="3 new matches: Assistant Professor – Computational Biology", body=t("""
        Academic Positions Digest – your saved search "assistant professor computational biology"

        1. Assistant Professor, Computational and Systems Biology – Ridgeline University (review
           of applications begins May 1)
        2. Tenure-Track Faculty, Genome Sciences – Harrowgate Institute of Technology
        3. Assistant or Associate Professor, Biomedical Informatics – Oakhaven University School of
           Medicine

        View all positions: https://academicpositions.net/search/saved/88127
        """))
    add("n_dent", dental, [me], "2026-04-07 10:00", headers=AUTO, sig=False,
        subject="Appointment reminder: Tuesday, April 21 at 8:00 AM", body=t("""
        Hi Inês,

        This is a reminder of your upcoming appointment at Copley Square Dental:

        Cleaning and exam with Dr. Haverford
        Tuesday, April 21, 2026 at 8:00 AM
        500 Boylston St, Suite 610, Boston

        Please reply C to confirm or call (617) 555-0102 to reschedule.
        """),
        ics=make_ics(method="PUBLISH", uid=uid_uuid("dentist-apr21"), stamp=T("2026-04-07 10:00"),
                     start=T("2026-04-21 08:00"), end=T("2026-04-21 09:00"),
                     summary="Dental cleaning and exam – Copley Square Dental",
                     organizer=dental, tzid=NY, location="500 Boylston St, Suite 610, Boston",
                     prodid="-//Copley Square Dental//Patient Reminders//EN"),
        ics_mode="publish")
    case.meeting("n_dent", T("2026-04-21 08:00"), T("2026-04-21 09:00"), job=False,
                 status="scheduled", what="dentist")
    pw_text = t("""
        Your Bay Colony Electric bill is ready.

        Account ending 20931 | Service address: 41 Westland Ave #3
        Amount due: $214.57
        Due date: April 27, 2026

        Pay online: https://baycolonyelectric.com/pay
        """)
    add("n_power", power, [me], "2026-04-08 05:40", headers=AUTO, sig=False,
        subject="Your April bill is ready – $214.57 due April 27", body=pw_text,
        html=html_of(pw_text, "Bay Colony Electric"))
    add("n_run", striders, [me], "2026-04-01 18:00",
        headers=bulk_headers("<news.charlesriverstriders.org>",
                             "https://charlesriverstriders.org/unsubscribe"), sig=False,
        subject="Striders April news: spring 10K, new Thursday track group", body=t("""
        Hi Striders,

        Spring is (almost) here! A few things for April:

        - Spring 10K along the Esplanade on Sunday, April 26 – volunteers still needed at water
          stations.
        - New Thursday track group at the MIT track, 6:30 PM, all paces welcome.
        - Club singlets are back in stock.

        See you on the river,
        The Striders committee
        """))
    add("n_rx", pharmacy, [me], "2026-03-27 15:10", headers=AUTO, sig=False,
        subject="Your prescription is ready for pickup", body=t("""
        Hi INES,

        Your prescription is ready for pickup at Beacon Pharmacy, 1340 Boylston St.

        Rx ending 0732 | Ready since 3:05 PM
        Pick up within 10 days. Questions? Call (617) 555-0166.

        Reply STOP to stop email notifications.
        """))

    # ================================================================ threads
    J = lambda root, cat, company, note: case.thread(root, True, cat, company, note)
    N = lambda root, company, note: case.thread(root, False, None, company, note)

    J("c1", "interview", "Carrow University",
      "first-round Zoom with the search committee Wed Mar 4 13:00-13:45 CST, slot picked from three; "
      "chair thanked in thread; her 'by the end of next week' kept by the campus invitation of Mar 11; "
      "stale long before now")
    J("c1_zoom", "interview", "Carrow University",
      "Outlook/Zoom invitation from the coordinator (Central Standard Time); committee named "
      "without addresses")
    J("c2", "interview", "Carrow University",
      "campus-visit invitation: job talk, chalk talk, two date options; she picks Mar 30-31; logistics "
      "with the coordinator")
    J("c3", "interview", "Carrow University",
      "itinerary for the two-day visit Mon Mar 30 08:00 - Tue Mar 31 12:15 CDT naming twelve faculty, "
      "five with addresses (Vasquez, Blum, Raman, Kobayashi, Greaves) plus the dean's assistant (not met); "
      "Blum and Greaves never thanked; coordinator (not met) relays on Apr 7 that the committee meets "
      "Apr 16 and the chair will write by Wed Apr 22")
    J("c4", "interview", "Carrow University",
      "thank-you to the search chair in a new thread the evening the visit ended; her reply: committee "
      "meets 'after the last candidate visits in early April' (any Carrow mail since settles it)")
    J("c5", "interview", "Carrow University", "thank-you to the faculty host in a new thread")
    J("c6", "interview", "Carrow University",
      "one thank-you note addressed to two faculty (Raman, Kobayashi); Raman replies")
    J("w1", "interview", "Westbrook University",
      "coordinator schedules a first-round Zoom (Pacific time); moved at the user's request from "
      "Tue Apr 7 10:00 PDT to Wed Apr 8 13:00 PDT ('Wednesday works.'); shortlist hoped 'by the end of April'")
    J("w2", "interview", "Westbrook University",
      "Outlook invitation (Pacific Standard Time) and its update; the chair's address is only in the "
      "description; interview Wed Apr 8 13:00-13:40 PDT held and never thanked")
    J("l_ack", "application", "Lumara Biosciences", "Greenhouse application acknowledgement (HTML only)")
    J("l1", "recruiter", "Lumara Biosciences",
      "recruiter: phone screen Tue Mar 10 14:00-14:30 confirmed in words and thanked; onsite invite "
      "mentions other candidates; user thanks her for organising the onsite (she was not on it)")
    J("l_take", "application", "Lumara Biosciences", "Greenhouse take-home assessment link")
    J("l_gt", "interview", "Lumara Biosciences",
      "GoodTime confirmation (HTML only, ICS attached) for the virtual onsite Thu Apr 2 12:00-15:15 "
      "EDT with four interviewers plus a Zoom-room resource; Alan, Priyanka and Oren thanked "
      "elsewhere, Kendra Mills never")
    J("l_alan", "interview", "Lumara Biosciences",
      "thank-you to the hiring manager in a new thread; his reply: decision 'within the next couple "
      "of weeks' (Fri Apr 3 -> Apr 17), still open")
    J("l_po", "interview", "Lumara Biosciences", "one thank-you note to two onsite interviewers")
    J("k_ack", "application", "Corbel Therapeutics", "Lever application acknowledgement")
    J("k1", "interview", "Corbel Therapeutics",
      "hiring manager offers three slots, she picks Tue Mar 24 11:00 ET; thanked in thread; "
      "'a decision ... will be made by Friday, April 3' and nothing from Corbel since")
    J("k_inv", "interview", "Corbel Therapeutics", "Google Calendar invitation for the Mar 24 call")
    J("s1", "rejection", "Stellan Bio",
      "'this email confirms your phone interview with me on Friday, April 3 from 11:00 to 11:30'; "
      "never thanked; gentle rejection Tue Apr 7")
    J("p1", "recruiter", "Pallas Genomics",
      "talent partner asks for '15 minutes' via a referral; her 'thanks' comes before the call")
    J("p_cal", "interview", "Pallas Genomics",
      "Calendly confirmation in Pacific time (booked from San Diego): Thu Apr 9 11:00-11:15 PDT = "
      "14:00 EDT; not thanked")
    J("a1", "networking", "Arclight Bio",
      "PI's introduction to her former student; call agreed in words for Thu Apr 9 16:00, no end "
      "time; the PI was not on the call")
    J("a2", "networking", "Arclight Bio",
      "thank-you the same evening in a new thread; he will 'get back to you early next week'")
    J("r1", "networking", "Kelpwater Therapeutics",
      "conference contact (partly in Portuguese) suggests coffee in San Diego Tue Apr 7 07:30 PDT, "
      "no end time; afterwards she only sent a preprint link, no thanks")
    J("h1", "interview", "Halden Biosciences",
      "coordinator schedules the interview with Dr. Chen (named without address here); on Mar 31 "
      "relays 'she'll come back to you by Tuesday, April 7'; nothing from Halden since")
    J("h_inv", "interview", "Halden Biosciences",
      "Teams invitation (Eastern Standard Time) for Thu Mar 19 15:00-15:45")
    J("h_t", "interview", "Halden Biosciences", "thank-you to the interviewer; her reply, no date")
    J("o1", "interview", "Obsidian Bio",
      "interview Thu Apr 9 10:00 set by Teams invite, cancelled Apr 6 with an ICS CANCEL (role on hold)")
    J("t1", "recruiter", "Tessera Health", "intro call agreed for Mon Apr 13 13:00, still ahead")
    J("ok1", "rejection", "Oakhaven University", "academic rejection sent through Interfolio")
    J("bc1", "application", "Brennerton College", "Interfolio application-submitted receipt")

    N("n_lab", "Fenwick Institute for Genomic Medicine",
      "weekly lab meeting, Outlook RRULE with a room; current job")
    N("n_jc", "Fenwick Institute for Genomic Medicine", "journal club rota; she presents Apr 16")
    N("n_hr", "Fenwick Institute for Genomic Medicine",
      "HR at her current employer promised the extension letter 'by Wednesday, March 25' and went "
      "quiet: not job search")
    N("n_train", "Fenwick Institute for Genomic Medicine", "automated compliance-training reminder")
    N("n_osr", "Fenwick Institute for Genomic Medicine",
      "grants office: K99/R00 internal deadlines ('Candidate Information')")
    N("n_aims", "Fenwick Institute for Genomic Medicine", "PI's edits to her K99 aims; 1:1 set for Fri Apr 10 14:00")
    N("n_sem1", "Fenwick Institute for Genomic Medicine", "faculty candidate seminar announcement (list mail)")
    N("n_sem2", "Fenwick Institute for Genomic Medicine", "faculty candidate seminar announcement (list mail)")
    N("n_lunch", "Fenwick Institute for Genomic Medicine",
      "she lunches with a faculty candidate at her own institute (hiring side); the candidate's "
      "address is in the description")
    N("n_it", "Fenwick Institute for Genomic Medicine", "IT maintenance notice")
    N("n_rev1", "Journal of Computational Genomics", "invitation to review, due 15-Apr-2026 (day-first)")
    N("n_rev2", "Journal of Computational Genomics", "review reminder")
    N("n_dec", "Genome Systems Biology", "editorial decision on her own paper: revise")
    N("n_fwd", "Fenwick Institute for Genomic Medicine", "she forwards the decision to her PI")
    N("n_ll", "Pellegrino Properties", "landlord: lease renewal, plumber visit; she may relocate")
    N("n_th1", None, "partner: cat sitter during the Chicago trip")
    N("n_th2", None, "partner: dinner on Saturday")
    N("n_mae", None, "her mother, in Portuguese; day-first dates (18/05)")
    N("n_kav", None, "a friend's wedding RSVP")
    N("n_air", "Northwind Airlines", "flight receipt for the conference")
    N("n_hotel", "Harborline Hotel San Diego", "hotel confirmation")
    N("n_uber", "Uber", "ride receipt (HTML only)")
    N("n_amzn", "Amazon.com", "shipping notice (HTML only)")
    N("n_scg1", "Single-Cell Genomics 2026", "conference registration receipt and talk slot")
    N("n_scg2", "Single-Cell Genomics 2026", "program change moving her talk")
    N("n_lc1", "Lab & Career Weekly", "careers newsletter full of job words")
    N("n_lc2", "Lab & Career Weekly", "careers newsletter about thank-you notes")
    N("n_gj", "GenomeJobs", "job-board alert (HTML only)")
    N("n_apd", "Academic Positions Digest", "academic job alert")
    N("n_dent", "Copley Square Dental", "dentist reminder with ICS PUBLISH, Apr 21")
    N("n_power", "Bay Colony Electric", "electricity bill")
    N("n_run", "Charles River Striders", "running club newsletter")
    N("n_rx", "Beacon Pharmacy", "prescription ready")

    # ================================================================ labels
    E = case.expect
    F = case.forbid
    E("thank_you", "c3", "eblum@carrow.edu",
      "department chair met on the campus visit (Mar 30 9:00 and the closing conversation Mar 31); "
      "address only in the itinerary text; never thanked; overdue since Apr 1")
    E("thank_you", "c3", "tgreaves@carrow.edu",
      "senior associate dean met Tue Mar 31 8:30; address only in the itinerary; never thanked")
    E("thank_you", "w2", "rmalhotra@westbrook.edu",
      "first-round Zoom moved to Wed Apr 8 13:00-13:40 PDT and held; the chair's address is only in "
      "the invitation's description; no note; overdue since Apr 9 16:40 EDT")
    E("thank_you", "l_gt", "kendra.mills@lumarabio.com",
      "fourth interviewer of the Apr 2 virtual onsite; the other three were thanked (one of them in a "
      "two-person note) and the recruiter got a thanks for organising, none to Kendra")
    E("callback", "k1", "niyer@corbeltx.com",
      "'a decision on who moves forward ... will be made by Friday, April 3' (passive); nothing from "
      "Corbel since; due end of Tue Apr 7", promised="2026-04-03")
    E("thank_you", "s1", "marisol.quintero@stellanbio.com",
      "phone screen Fri Apr 3 11:00-11:30 never thanked; the rejection of Apr 7 does not cancel a "
      "thank-you owed for a meeting that took place")
    E("thank_you", "p_cal", "gideon@pallasgenomics.com",
      "Calendly 15-minute call Thu Apr 9 11:00 PDT (14:00 EDT) took place; her only 'thanks' was "
      "sent before it; due since 16:15 EDT, overdue only at 14:15 today")
    E("thank_you", "r1", "rafael.nogueira@kelpwatertx.com",
      "conference coffee Tue Apr 7 07:30 PDT (60 min by default); afterwards she sent only a preprint "
      "link, which thanks no one; overdue since Apr 8")
    E("callback", "h1", "jasmine.oyelaran@haldenbio.com",
      "the coordinator relayed 'she'll come back to you by Tuesday, April 7'; nothing from Halden "
      "since; due end of Thu Apr 9", promised="2026-04-07")

    F("c3", "dkowalczyk@carrow.edu",
      "coordinator who scheduled the visit and did not attend; the date she relays (word by Wed Apr 22) "
      "is still ahead")
    F("c3", "kliu@carrow.edu",
      "the dean's assistant, named with an address in the itinerary, never met")
    F("c3", "araman@carrow.edu",
      "met on Mar 30 and thanked by the Apr 1 note addressed to her and Dr. Kobayashi")
    F("c4", "mthornbury@carrow.edu",
      "thanked on Mar 31; 'the committee will meet after the last candidate visits in early April' "
      "was answered by Carrow's Apr 7 mail, whose new date (Apr 22) has not come")
    F("w1", "lbeckett@westbrook.edu",
      "coordinator, not on the Zoom; 'shortlist by the end of April' is still ahead")
    F("l_gt", "no-reply@goodtime.io", "automated scheduler sender and ICS organizer")
    F("l_gt", "brooke.halvorsen@lumarabio.com",
      "recruiter named in the invite's text; she was not at the onsite (her own screen on Mar 10 was "
      "thanked)")
    F("l_gt", "priyanka.shah@lumarabio.com",
      "onsite interviewer thanked by the joint note of Apr 3 to her and Oren")
    F("l_alan", "alan.reyes@lumarabio.com",
      "thanked; 'within the next couple of weeks' from Apr 3 runs to Apr 17, callback not due before "
      "Apr 21")
    F("a1", "mhollis@fenwickinstitute.org",
      "her PI, who made the introduction; not on the call")
    F("a2", "jonah@arclightbio.com",
      "call Thu Apr 9 thanked the same evening; 'early next week' has not come")
    F("o1", "clara.westergaard@obsidianbio.com",
      "interview cancelled on Apr 6 (ICS CANCEL), never took place")
    F("t1", "owen.pratt@tesserahealth.com", "intro call on Mon Apr 13 is still ahead")
    F("p_cal", "no-reply@calendly.com", "automated scheduler sender")
    F("n_lunch", "ydemir@stanfield.edu",
      "a faculty candidate at her own institute: she met him on the hiring side")
    F("n_hr", "tbrooks@fenwickinstitute.org",
      "HR at her current employer missed 'by Wednesday, March 25': not a job-search callback "
      "(and Fenwick mail has arrived since)")
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
