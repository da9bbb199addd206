#!/usr/bin/env python3
"""Sealed case: Wanjiru Kamau, a chemistry teacher in Nairobi, spring 2026."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import casekit
import datetime as dt
from zoneinfo import ZoneInfo

# East Africa Time is not among casekit's zones: register it (IANA and Windows names).
if "Africa/Nairobi" not in casekit.VTIMEZONES:
    casekit._fixed_zone("Africa/Nairobi", "+0300", "EAT", "E. Africa Standard Time")

NBO, LON, AMS, DXB = "Africa/Nairobi", "Europe/London", "Europe/Amsterdam", "Asia/Dubai"
EXCHANGE = "Microsoft Exchange Server 2010"


def T(s, tz=NBO):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def build():
    me = Person("Wanjiru Kamau", "wanjiru.kamau@example.co.ke", tz=NBO, style="webmail",
                sig="Wanjiru Kamau\nTeacher of Chemistry | Kilimani Heights School, Nairobi\n"
                    "+254 712 555 384 | wanjiru.kamau@example.co.ke")
    now = T("2026-04-14 09:00")
    case = Case(
        "teacher-nairobi",
        "Nairobi chemistry teacher applying to international schools in Kenya, the Gulf and "
        "Europe through an agency and a virtual fair, plus an NGO conversation; Tue 14 Apr 2026",
        {"name": "Wanjiru Kamau", "emails": ["wanjiru.kamau@example.co.ke"],
         "phone": "+254 712 555 384", "timezone": NBO},
        now,
        SUMMARY)
    case.me = me
    add = case.add

    # ------------------------------------------------------------------ people
    helen = Person("Helen Marsh", "helen.marsh@compassteachersearch.com", LON, "outlook",
                   region="eurprd02",
                   sig="Helen Marsh\nSenior Consultant – Africa & Middle East\n"
                       "Compass Teacher Search Ltd\nT: +44 20 7946 0381 | M: +44 7700 900214\n"
                       "www.compassteachersearch.com\n\nCompass Teacher Search Ltd is registered "
                       "in England and Wales (no. 08812345). This email and any attachments are "
                       "confidential and intended for the addressee only.")
    fairs = Person("Compass Virtual Fairs", "no-reply@fairs.compassteachersearch.com", LON,
                   "auto", auto=True)
    sr = Person("Al Safa British Academy", "no-reply@smartrecruiters.com", DXB, "auto",
                auto=True)
    daniel = Person("Daniel Hughes", "daniel.hughes@alsafabritish.ae", DXB, "outlook",
                    region="eurprd10")
    rania = Person("Rania Haddad", "rania.haddad@alsafabritish.ae", DXB, "outlook",
                   region="eurprd10",
                   sig="Rania Haddad\nHead of Science\nAl Safa British Academy | Al Safa 1, Dubai, UAE\n"
                       "T: +971 4 555 0172 | www.alsafabritish.ae")
    sanne = Person("Sanne Bakker", "sanne.bakker@rijnmond-is.nl", AMS, "outlook",
                   region="eurprd04",
                   sig="Sanne Bakker\nHR-adviseur | HR Advisor\nRijnmond International School\n"
                       "Waalhaven Oostzijde 12, 3087 BM Rotterdam\nT +31 10 555 0192\n\n"
                       "Dit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht "
                       "niet voor u bestemd, verwijder het dan en informeer de afzender.")
    femke = Person("Femke de Vries", "femke.devries@rijnmond-is.nl", AMS, "outlook",
                   region="eurprd04",
                   sig="Femke de Vries\nHead of Secondary | Rijnmond International School\n"
                       "T +31 10 555 0140")
    joost = Person("Joost van Dijk", "joost.vandijk@rijnmond-is.nl", AMS, "outlook",
                   region="eurprd04",
                   sig="Joost van Dijk\nHead of Science\nRijnmond International School, Rotterdam")
    grace = Person("Grace Wambui", "grace.wambui@brookhurst.ac.ke", NBO, "outlook",
                   region="eurprd09",
                   sig="Grace Wambui\nPA to the Headteacher\nBrookhurst International School\n"
                       "P.O. Box 24518-00502, Karen, Nairobi\n"
                       "Tel: +254 20 555 7700 | Mobile: +254 722 555 901")
    richard = Person("Richard Ashworth", "richard.ashworth@brookhurst.ac.ke", NBO, "outlook",
                     region="eurprd09")
    naomi = Person("Naomi Otieno", "naomi.otieno@brookhurst.ac.ke", NBO, "outlook",
                   region="eurprd09")
    peter = Person("Peter Mwangi", "peter.mwangi@brookhurst.ac.ke", NBO, "outlook",
                   region="eurprd09")
    boardroom = ("Boardroom (Admin Block)", "boardroom@brookhurst.ac.ke")
    akinyi = Person("Akinyi Odhiambo", "akinyi.odhiambo@sayansihub.org", NBO, "gmail",
                    sig="Dr Akinyi Odhiambo\nProgramme Director\nSayansi Hub Foundation | "
                        "Westlands, Nairobi\n+254 711 555 246 | www.sayansihub.org")
    kevin_cal = Person("Kevin Mutua", "kevin.mutua@sayansihub.org", NBO, "gcal")
    lucy = Person("Lucy Mwende", "lucy.mwende@coralcoast.ac.ke", NBO, "gmail",
                  sig="Lucy Mwende\nHR Officer\nCoral Coast Academy, Nyali, Mombasa\n"
                      "+254 741 555 632")
    lucy_cal = Person("Lucy Mwende", "lucy.mwende@coralcoast.ac.ke", NBO, "gcal")
    omar = Person("Omar Siddiqui", "omar.siddiqui@kestrelschool.ae", DXB, "gmail",
                  sig="Omar Siddiqui\nHead of Science\nKestrel British School | Khalifa City, "
                      "Abu Dhabi\n+971 2 555 0488")
    calendly = Person("Calendly", "no-reply@calendly.com", "UTC", "auto", auto=True,
                      msgid_domain="calendly.com")
    esther = Person("Esther Njoroge", "esther.njoroge@amaniheights.ac.ke", NBO, "gmail",
                    sig="Mrs Esther Njoroge\nHeadteacher\nAmani Heights School\n"
                        "P.O. Box 1190-10400, Nanyuki\n0722 555 477")
    workday = Person("Aurelia Education Group", "aurelia@myworkday.com", LON, "auto",
                     auto=True, msgid_domain="myworkday.com")
    ingrid = Person("Ingrid Vos", "ingrid.vos@amstel-is.nl", AMS, "gmail",
                    sig="Ingrid Vos\nDP Chemistry | Amstel International School, Amsterdam")

    # current school
    rose = Person("Rose Achieng", "rose.achieng@kilimaniheights.ac.ke", NBO, "outlook",
                  region="eurprd09",
                  sig="Rose Achieng\nHuman Resource Officer\nKilimani Heights School\n"
                      "Tel: 020 555 4410 Ext 112")
    samuel = Person("Samuel Kiptoo", "samuel.kiptoo@kilimaniheights.ac.ke", NBO, "outlook",
                    region="eurprd09")
    david = Person("David Kibet", "david.kibet@kilimaniheights.ac.ke", NBO, "outlook",
                   region="eurprd09")
    lydia = Person("Lydia Wekesa", "dos@kilimaniheights.ac.ke", NBO, "outlook", region="eurprd09")
    jane = Person("Jane Mutiso", "principal@kilimaniheights.ac.ke", NBO, "outlook",
                  region="eurprd09")
    ann = Person("Ann Chege", "ann.chege@kilimaniheights.ac.ke", NBO, "outlook", region="eurprd09")
    felix = Person("Felix Omondi", "felix.omondi@kilimaniheights.ac.ke", NBO, "outlook",
                   region="eurprd09")
    staff = Person("Teaching Staff", "teachingstaff@kilimaniheights.ac.ke", NBO, "outlook")
    allstaff = Person("All Staff", "allstaff@kilimaniheights.ac.ke", NBO, "outlook")
    staff_boardroom = ("Staff Boardroom", "staffboardroom@kilimaniheights.ac.ke")
    sci_staffroom = ("Science Staffroom", "sciencestaffroom@kilimaniheights.ac.ke")
    priya = Person("Priya Shah", "priya.shah.nbi@gmail.com", NBO, "gmail")

    # family, friends, groups
    mama = Person("Mary Wambui", "wambuimary58@gmail.com", NBO, "gmail")
    gitz = Person("Githinji Kamau", "gitzkamau@gmail.com", NBO, "gmail")
    uncle = Person("Njuguna Kamau", "njugunakamau.othaya@gmail.com", NBO, "gmail")
    cousin1 = Person("Nyambura Njuguna", "nyamburanjuguna@gmail.com", NBO, "gmail")
    cousin2 = Person("Peter Kamau", "pkamau.nakuru@gmail.com", NBO, "gmail")
    cate = Person("Cate Wanjala", "catewanjala@gmail.com", NBO, "gmail")
    njoki = Person("Njoki Mbugua", "njokimbugua@gmail.com", NBO, "gmail")
    chama = Person("Dada Power Chama", "dadapowerchama@googlegroups.com", NBO, "gmail")
    beatrice_cal = Person("Beatrice Wairimu", "beatricewairimu7@gmail.com", NBO, "gcal")
    joseph = Person("Joseph Maina", "jmaina.stmonicas@gmail.com", NBO, "gmail")
    devcom = Person("St Monica's Development Committee", "stmonicas-devcom@googlegroups.com",
                    NBO, "gmail")
    atieno = Person("Atieno Ochieng", "atieno.ochieng@gmail.com", NBO, "gmail")
    lilian = Person("Lilian Gathoni", "lilian.gathoni@gmail.com", NBO, "gmail")
    alumni = Person("UoN Chemistry Alumni", "uon-chem-alumni@googlegroups.com", NBO, "gmail")
    dennis = Person("Dennis Mwaura", "dennis.mwaura12@gmail.com", NBO, "gmail")
    faith = Person("Faith Kerubo", "faithkerubo.chem@gmail.com", NBO, "gmail")
    sylvia = Person("Sylvia Nduta", "sylvia.nduta.uon@gmail.com", NBO, "gmail")
    ngugi = Person("Kamau Ngugi", "kngugi.chem@gmail.com", NBO, "gmail")
    moses = Person("Moses Oduya", "moses.oduya@gmail.com", NBO, "gmail")

    # systems
    mpesa = Person("M-PESA Statement", "mpesastatement@safaricom.co.ke", NBO, "auto", auto=True)
    kplc_bill = Person("Kenya Power", "ebill@kplc.co.ke", NBO, "auto", auto=True)
    kplc_notice = Person("Kenya Power Customer Care", "customercare@kplc.co.ke", NBO, "auto",
                         auto=True)
    fibre = Person("Safaricom Home", "homefibre@safaricom.co.ke", NBO, "auto", auto=True)
    bolt = Person("Bolt", "receipts@bolt.eu", NBO, "auto", auto=True)
    jumia = Person("Jumia Kenya", "no-reply@jumia.co.ke", NBO, "auto", auto=True)
    equity = Person("Equity Bank", "estatements@equitybank.co.ke", NBO, "auto", auto=True)
    sha = Person("Social Health Authority", "noreply@sha.go.ke", NBO, "auto", auto=True)
    dentist = Person("Lavington Dental Centre", "appointments@lavingtondental.co.ke", NBO,
                     "auto", auto=True)
    rsc = Person("Education in Chemistry", "eic@rsc.org", LON, "auto", auto=True)
    kq = Person("Kenya Airways", "offers@kenya-airways.com", NBO, "auto", auto=True)
    bm = Person("BrighterMonday Job Alerts", "alerts@brightermonday.co.ke", NBO, "auto", auto=True)
    tes = Person("Tes Jobs", "jobalerts@tes.com", LON, "auto", auto=True)

    # ================================================================== JOB SEARCH
    # ---- Compass Teacher Search: welcome and catch-up call (recruiter)
    add("cts1", helen, [me], "2026-02-24 10:12", """\
Dear Wanjiru,

Thank you for registering with Compass Teacher Search, and welcome. I've now read through your file and I'm delighted to be working with you: IGCSE and A Level Chemistry with nine years in the classroom, plus the science club and your KCSE marking, is a profile our schools in the Gulf and in Europe ask us for regularly.

Two things to get us moving:

1. References. Our schools expect two confidential references before a fair, one of them from your current Head. Could you send me the names, roles and phone numbers? We contact referees directly, so there's no need to chase them yourself.

2. A catch-up call of about 30 minutes, so I can hear what you're looking for (location, curriculum, family, salary) and talk you through how the fairs work. I could do Thursday 26 February at 12:00 UK time (15:00 in Nairobi) or Friday 27 February at 09:00 UK time (12:00 for you).

Best wishes,
Helen
""", subject="Welcome to Compass Teacher Search – next steps")
    add("cts2", me, [helen], "2026-02-24 19:40", """\
Dear Helen,

Thank you for the warm welcome. Thursday 26th at 3 pm Nairobi time suits me; I have a free period then.

My referees:
- Mrs Jane Mutiso, Principal, Kilimani Heights School – +254 720 555 118
- Dr Paul Njenga, my former Head of Department at Riverside Girls' High School, now Senior Lecturer at Kenyatta University – +254 733 555 607

Both know to expect a call from you.

Kind regards,
""", parent="cts1")
    add("cts3", helen, [me], "2026-02-25 08:50", """\
Hi Wanjiru,

Perfect – Thursday it is. Here's the link:

Catch-up: Wanjiru Kamau / Helen Marsh
Thu 26 Feb, 12:00–12:30 GMT (15:00–15:30 EAT)
https://compassteachersearch.zoom.us/j/84120553917?pwd=cXk2bHlKd0tQ
Meeting ID: 841 2055 3917 | Passcode: 260226

Speak then,
Helen
""", parent="cts2")
    cv = make_pdf(["Wanjiru Kamau - Curriculum Vitae", "Teacher of Chemistry, Kilimani Heights School, Nairobi (2019 - present)",
                   "Teacher of Chemistry, Riverside Girls' High School (2017 - 2019)",
                   "BSc Education (Chemistry, Mathematics), University of Nairobi",
                   "KCSE Chemistry examiner; Cambridge IGCSE / A Level", "+254 712 555 384  wanjiru.kamau@example.co.ke"])
    add("cts4", me, [helen], "2026-02-26 17:10", """\
Dear Helen,

Thank you for your time this afternoon – it was really helpful to understand how the fair slots work and what a typical Gulf package includes. As we discussed, I'm most interested in schools offering A Level or the IB Diploma, ideally in Dubai, the Netherlands or here in Nairobi, for an August 2026 start.

I've updated my CV with the KCSE examiner role and attached it here.

Kind regards,
""", parent="cts3", attachments=[("Wanjiru_Kamau_CV_2026.pdf", "application/pdf", cv)])
    add("cts5", helen, [me], "2026-02-27 09:30", """\
Dear Wanjiru,

Great to talk yesterday, and thanks for the updated CV. I've put you down for our Virtual Recruitment Fair on Saturday 7 March; the fair platform will email your slots a couple of days beforehand, and schools can still sign up until Wednesday night. Both your referees have already come back to us – very warm words from Mrs Mutiso.

Have a good weekend,
Helen
""", parent="cts4")
    case.thread("cts1", True, "recruiter", "Compass Teacher Search",
                "agency registration; Zoom catch-up Thu 26 Feb 15:00-15:30 EAT with Helen, thanked in the thread at 17:10; long stale")
    case.meeting("cts1", T("2026-02-26 15:00"), T("2026-02-26 15:30"), met=[helen.email],
                 thanks={helen.email: "cts4"}, what="agency catch-up call")

    # ---- Compass virtual fair schedule (automated)
    fair_text = """\
Hello Wanjiru,

Your personal schedule for the Compass Virtual Recruitment Fair is below. Times are shown in UK time (GMT), with your local time in brackets.

10:00–10:15 GMT (13:00–13:15 EAT)
Al Safa British Academy – Dubai, UAE
Mr Daniel Hughes, Principal

11:20–11:35 GMT (14:20–14:35 EAT)
Rijnmond International School – Rotterdam, Netherlands
Ms Femke de Vries, Head of Secondary

12:40–12:55 GMT (15:40–15:55 EAT)
Doha Heights International School – Doha, Qatar
Mr Colin Fraser, Head of Secondary

Please enter the Fair Lobby at least ten minutes before your first slot:
https://fairs.compassteachersearch.com/lobby/CTS-VRF-0307

Slots start and finish on time. If a school is running late, stay in the waiting room and their host will bring you in.

Good luck!
The Compass Fairs Team

This is an automated message. Replies to this address are not monitored.
"""
    add("fair1", fairs, [me], "2026-03-05 14:00", fair_text,
        subject="Your schedule – Compass Virtual Recruitment Fair, Saturday 7 March 2026",
        html=html_of(fair_text, "Your fair schedule"), headers=AUTO)
    case.thread("fair1", True, "recruiter", "Compass Teacher Search",
                "automated fair schedule: three 15-minute slots on Sat 7 Mar; interviewers named without addresses; stale")
    for hhmm, who in (("13:00", "Al Safa"), ("14:20", "Rijnmond"), ("15:40", "Doha Heights")):
        s = T("2026-03-07 " + hhmm)
        case.meeting("fair1", s, s + dt.timedelta(minutes=15), met=[], what="fair slot " + who)

    # ---- Doha Heights through the agency
    add("doha1", helen, [me], "2026-03-11 11:05", """\
Hi Wanjiru,

Colin Fraser at Doha Heights enjoyed your fair slot on Saturday and would like a proper conversation with you before the school draws up its shortlist. He's suggested Tuesday 17 March at 2pm Doha time – handy, as Qatar and Nairobi share a clock, so that's 2pm for you too. He expects it to take about an hour.

Shall I confirm? For reference, the package he outlined: tax-free salary on their scale (around QAR 15,500 a month at your experience), furnished accommodation, annual flights home, medical cover, and tuition for up to two children.

Best,
Helen
""", subject="Doha Heights – Chemistry (August 2026 start)")
    add("doha2", me, [helen], "2026-03-11 18:20", """\
Hi Helen,

Yes please, do confirm Tuesday 17th at 2 pm. I finish teaching at 1.20 that day, so the timing is good.

Kind regards,
""", parent="doha1")
    add("doha3", helen, [me], "2026-03-12 09:02", """\
Done – Colin has confirmed. He'll host:

Doha Heights – Chemistry conversation
Tuesday 17 March, 14:00 (Doha = Nairobi time)
https://dohaheights.zoom.us/j/97731120468

Expect questions on practical work and on how you'd support EAL learners in a Year 12 class. Good luck!

H
""", parent="doha2", sig=False)
    add("doha4", me, [helen], "2026-03-17 19:30", """\
Hi Helen,

A quick update: the Zoom with Mr Fraser this afternoon went well, I think. We talked for nearly an hour about practical assessment, the science club and how they timetable A Level chemistry alongside the IB courses. He also asked about my notice period (one term here).

Please pass on my thanks to him. I don't have his email address – could you share it so that I can write to him directly?

Kind regards,
""", parent="doha3")
    add("doha5", helen, [me], "2026-03-20 15:45", """\
Hi Wanjiru,

I've passed your thanks on. Colin asked that we keep contact through Compass while the search is live, so I'm happy to relay anything you'd like to send him.

To give you an honest picture: he's still seeing two other candidates this week, one of them an internal applicant. The school's appointments panel meets on Thursday 26 March, and I'll let you know by Friday the 27th either way.

Speak soon,
Helen
""", parent="doha4")
    case.thread("doha1", True, "recruiter", "Compass Teacher Search",
                "Zoom with Doha Heights' Head of Secondary Tue 17 Mar 14:00 (no address for him; stale); "
                "Helen: still seeing two other candidates, panel Thu 26 Mar, 'I'll let you know by Friday the 27th'; silence since")
    case.meeting("doha1", T("2026-03-17 14:00"), None, met=[], what="Doha Heights Zoom")
    case.promise("doha1", "doha5", helen.email, "2026-03-27")
    case.expect("callback", "doha1", helen.email,
                "'I'll let you know by Friday the 27th' after the panel of Thu 26 Mar; nothing from Compass since 20 Mar; "
                "due end of Tue 31 Mar, stale only from 15 Apr 00:00", promised="2026-03-27")

    # ---- Al Safa British Academy (SmartRecruiters)
    ack_text = """\
Dear Wanjiru,

Thank you for your interest in Al Safa British Academy and for applying for the position of Teacher of Chemistry (KS4/KS5) – August 2026.

Our recruitment team will review your application against the requirements of the role. If your profile matches what we are looking for, a member of the team will contact you about next steps.

You can check the status of your application at any time in your SmartRecruiters candidate profile.

Kind regards,
Talent Acquisition Team
Al Safa British Academy
Al Safa 1, Dubai, United Arab Emirates

Powered by SmartRecruiters
"""
    add("as1", sr, [me], "2026-03-09 10:14", ack_text,
        subject="Thank you for applying to Al Safa British Academy",
        html=html_of(ack_text), headers=AUTO)
    case.thread("as1", True, "application", "Al Safa British Academy",
                "SmartRecruiters acknowledgement; automated, nothing owed")

    conf_text = """\
Dear Wanjiru,

We are pleased to confirm your interview for the position of Teacher of Chemistry (KS4/KS5) – August 2026.

Date: Wednesday, April 1, 2026
Time: 4:00 PM – 4:45 PM Gulf Standard Time (GMT+4)
Format: Video interview (Zoom)
Join link: https://alsafabritish.zoom.us/j/86510337421?pwd=QWxTYWZhMjAyNg
Meeting ID: 865 1033 7421

Your interview panel:
- Mr. Daniel Hughes, Principal (daniel.hughes@alsafabritish.ae)
- Ms. Rania Haddad, Head of Science (rania.haddad@alsafabritish.ae)

Please prepare a short (5-minute) reflection on a practical lesson you have taught recently and what you would change next time. Keep your passport and degree certificates to hand, as the panel may ask to see them on camera.

If you need to reschedule, please contact us through your SmartRecruiters candidate profile at least 24 hours in advance.

Best regards,
Talent Acquisition Team
Al Safa British Academy

Powered by SmartRecruiters
"""
    add("as2", sr, [me], "2026-03-26 13:30", conf_text,
        subject="Interview Confirmation: Teacher of Chemistry (KS4/KS5) – Al Safa British Academy",
        html=html_of(conf_text), headers=AUTO)
    case.thread("as2", True, "interview", "Al Safa British Academy",
                "ATS confirmation without ICS: Zoom Wed 1 Apr 16:00-16:45 GST (15:00-15:45 EAT), panel named with addresses in the text")
    case.meeting("as2", T("2026-04-01 16:00", DXB), T("2026-04-01 16:45", DXB),
                 met=[daniel.email, rania.email],
                 thanks={daniel.email: "as3", rania.email: "as3"}, what="Al Safa panel")

    add("as3", me, [daniel, rania], "2026-04-01 19:20", """\
Dear Mr Hughes and Ms Haddad,

Thank you both for your time this afternoon, and for a conversation that felt more like a discussion between colleagues than an interview. I came away even keener on the role.

A few things I hope stayed with you:
- I have taught Cambridge IGCSE and A Level Chemistry for nine years, and my A Level groups have been above the world average for the last three sessions.
- I built my school's microscale practical programme from scratch, which is very close to what Ms Haddad described for your new Year 9 labs.
- I am used to classes where many students work in their second or third language, and I plan for it.

I will keep a close eye on my email over the coming week and look forward to hearing from you. Thank you again for your time and consideration.

Kind regards,
""", subject="Thank you – Chemistry interview this afternoon")
    add("as4", rania, [me], "2026-04-02 09:05", """\
Dear Ms Kamau,

Thank you for your kind note, which Mr Hughes and I both appreciated. We particularly enjoyed hearing about the microscale work.

We have two more candidates to meet early next week, and we expect to be in touch with all shortlisted candidates by Thursday 9 April.

With best wishes,
""", parent="as3", cc=[daniel])
    case.thread("as3", True, "interview", "Al Safa British Academy",
                "one thank-you note to both panelists (new thread, Wed 1 Apr 19:20); Rania: 'in touch ... by Thursday 9 April'; silence since")
    case.promise("as3", "as4", rania.email, "2026-04-09")
    case.expect("callback", "as3", rania.email,
                "'we expect to be in touch with all shortlisted candidates by Thursday 9 April'; nothing from Al Safa since; "
                "due end of Mon 13 Apr", promised="2026-04-09")
    case.forbid("as2", sr.email, "automated ATS sender (SmartRecruiters no-reply)")
    case.forbid("as2", daniel.email,
                "thanked by the joint note to both panelists on Wed 1 Apr 19:20, in a new thread")

    # ---- Rijnmond International School (Rotterdam)
    add("rj1", sanne, [me], "2026-03-16 10:40", """\
Dear Ms Kamau,

Following your conversation with Femke de Vries, our Head of Secondary, at the Compass fair on 7 March, we are pleased to invite you to a second interview for the position of Teacher of Chemistry (MYP/DP) from August 2026.

The interview will take place on Microsoft Teams and will last about an hour. Femke will be joined by Joost van Dijk, our Head of Science. I will open the meeting myself and take ten minutes to go through the contract, the 30% ruling and our relocation package, so that you can put any practical questions to me directly.

We can offer you one of the following times (Dutch time):
- Tuesday 31 March, 13:00–14:00
- Wednesday 1 April, 10:00–11:00

Please note that the Netherlands moves to summer time on Sunday 29 March; from that day we are one hour behind Nairobi instead of two.

Could you let me know which option suits you?

Met vriendelijke groet / Kind regards,
""", subject="Second interview – Teacher of Chemistry (MYP/DP), Rijnmond International School")
    add("rj2", me, [sanne], "2026-03-16 20:05", """\
Dear Sanne,

Thank you for the invitation. Tuesday 31 March at 13:00 Dutch time (14:00 here in Nairobi) suits me well.

Kind regards,
""", parent="rj1")
    add("rj3", sanne, [me], "2026-03-17 09:12", """\
Dear Wanjiru,

Prima – Tuesday 31 March at 13:00 CEST it is. The Teams invitation will follow in a moment.

Met vriendelijke groet,
Sanne
""", parent="rj2", sig=False)
    case.thread("rj1", True, "interview", "Rijnmond International School",
                "two slots offered in Dutch time across the 29 Mar clock change; Tue 31 Mar 13:00 CEST picked")

    rj_desc = """\
Dear Wanjiru,

Below is the Teams link for your second interview.

Agenda (Dutch time, CEST)
13:00–13:10  Welcome, contract and relocation – Sanne Bakker, HR
13:10–13:50  Interview – Femke de Vries, Head of Secondary, and Joost van Dijk, Head of Science
13:50–14:00  Your questions

Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZGE4MmQtYzE2Ni00%40thread.v2/0
Meeting ID: 372 118 905 644
Passcode: Rj7mQ2
"""
    rj_ics = make_ics(method="REQUEST", uid=uid_outlook("rijnmond", "second interview"),
                      stamp=T("2026-03-17 09:20", AMS), start=T("2026-03-31 13:00", AMS),
                      end=T("2026-03-31 14:00", AMS),
                      summary="Second interview – Teacher of Chemistry – W. Kamau",
                      organizer=sanne,
                      attendees=[(femke, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (joost, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
                      description=rj_desc, prodid=EXCHANGE,
                      extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))
    add("rj4", sanne, [me, femke, joost], "2026-03-17 09:20", rj_desc,
        subject="Second interview – Teacher of Chemistry – W. Kamau", sig=False,
        ics=rj_ics, ics_mode="outlook")
    case.thread("rj4", True, "interview", "Rijnmond International School",
                "Outlook/Teams invite (W. Europe Standard Time) for Tue 31 Mar 13:00-14:00 CEST = 14:00-15:00 EAT; "
                "agenda: Sanne runs the first ten minutes, Femke and Joost interview")
    case.meeting("rj4", T("2026-03-31 13:00", AMS), T("2026-03-31 14:00", AMS),
                 met=[sanne.email, femke.email, joost.email],
                 thanks={femke.email: "rj5", joost.email: "rj7"}, what="Rijnmond second interview")
    case.expect("thank_you", "rj4", sanne.email,
                "the agenda has her run the first ten minutes of the Tue 31 Mar interview (15:00 EAT end); Femke and Joost "
                "were thanked, she was not; overdue since 1 Apr 15:00, stale only from 14 Apr 17:00")
    case.forbid("rj4", joost.email, "thanked individually in a new thread on Tue 31 Mar 18:58")

    add("rj5", me, [femke], "2026-03-31 18:45", """\
Dear Femke,

Thank you for this afternoon's interview, and for picking up our conversation from the fair. Hearing how your MYP science team plans its interdisciplinary units made me want to be part of it.

What I would bring to Rijnmond:
- nine years of IGCSE and A Level chemistry, with strong results, and a real wish to teach the DP;
- practical work students remember – I set up the microscale programme at my current school;
- experience of teaching students from many language backgrounds.

I am very interested in the post and will be in touch within the next fortnight if any questions about the DP course come up. Many thanks again for your time, and for considering my application.

Kind regards,
""", subject="Thank you – second interview (Chemistry)")
    add("rj6", femke, [me], "2026-04-01 08:30", """\
Dear Wanjiru,

Thank you for your message – Joost and I enjoyed our conversation yesterday, and the microscale work clearly made an impression on him.

A decision will be made at our appointments committee on Thursday 9 April. We are speaking to one more candidate this week.

Warm regards,
""", parent="rj5")
    case.thread("rj5", True, "interview", "Rijnmond International School",
                "thank-you to Femke in a new thread; her reply: decision at the appointments committee on Thu 9 Apr "
                "(kept: Sanne's references request on Fri 10 Apr)")
    case.promise("rj5", "rj6", femke.email, "2026-04-09", answered_by="rj9")
    case.forbid("rj5", femke.email,
                "thanked on 31 Mar; 'a decision will be made at our appointments committee on Thursday 9 April' was "
                "answered by Sanne's references request on Fri 10 Apr")

    add("rj7", me, [joost], "2026-03-31 18:58", """\
Dear Joost,

Thank you for your time in this afternoon's interview and for the questions on practical assessment – I enjoyed them. It was good to hear that the department is moving towards more student-designed investigations in the DP; that is exactly the kind of work I want to be doing.

I hope we get the chance to continue the conversation in person. Thank you again, and best wishes to the team.

Kind regards,
""", subject="Thank you for this afternoon")
    add("rj8", joost, [me], "2026-04-01 07:50", """\
Dank je wel, Wanjiru – it was a pleasure. I've already borrowed your copper sulfate microscale titration for our Grade 9s :)

Hartelijke groet,
Joost
""", parent="rj7", sig=False)
    case.thread("rj7", True, "interview", "Rijnmond International School",
                "individual thank-you to Joost (new thread); his short reply")

    add("rj9", sanne, [me], "2026-04-10 10:05", """\
Dear Wanjiru,

Following the appointments committee yesterday, we would like to take up your references before we contact you about the next steps. Could you send me the names, job titles and email addresses of two referees, one of whom should be your current Principal? We will approach them directly and in confidence.

If possible, I would appreciate the details by Wednesday 15 April.

Fijn weekend,
""", subject="References – Wanjiru Kamau (Teacher of Chemistry)")
    case.thread("rj9", True, "interview", "Rijnmond International School",
                "references requested after the committee; not yet answered (her own deadline is Wed 15 Apr)")

    # ---- Brookhurst International School (Nairobi)
    add("bh1", grace, [me], "2026-03-18 11:20", """\
Dear Ms Kamau,

Thank you for your application for the post of Teacher of Chemistry (IGCSE/A Level) at Brookhurst International School.

I am pleased to inform you that the Headteacher, Mr Richard Ashworth, would like to invite you for an interview on Thursday, 26th March 2026, from 8.30 a.m. to 12.00 noon at our Karen campus. The morning will include a 40-minute lesson observation with a Year 10 class, followed by a panel interview.

Kindly confirm your availability at your earliest convenience. Details of the lesson will be shared separately.

Yours sincerely,
""", subject="Teacher of Chemistry – Interview and Lesson Observation")
    add("bh2", me, [grace], "2026-03-18 16:30", """\
Dear Grace,

Thank you for the invitation. I confirm that I will attend on Thursday, 26th March. Could you let me know the topic for the Year 10 lesson, the size of the class and whether I will be teaching in a laboratory?

Kind regards,
""", parent="bh1")
    add("bh3", grace, [me], "2026-03-19 09:10", """\
Dear Ms Kamau,

The lesson will be on rates of reaction (Cambridge IGCSE 0620, topic 7). There are 22 students in the class and you will have Lab 2, with our technician available from 8.15 a.m. to help you set up. Kindly send any requirements for apparatus or chemicals by Monday.

Regards,
""", parent="bh2")
    add("bh4", grace, [me], "2026-03-23 14:05", """\
Dear Ms Kamau,

Please accept my apologies. The Headteacher has been called to an extraordinary Board meeting on Thursday, and we therefore need to move your interview. Would Tuesday, 7th April 2026 at 9.00 a.m. be convenient? Our Year 10 students will be on campus that week for Easter revision classes, so the lesson observation can go ahead as planned.

I am sorry for any inconvenience caused.

Regards,
""", parent="bh3")
    add("bh5", me, [grace], "2026-03-23 14:31", "Tuesday works.\n\nSent from my Samsung Galaxy smartphone.",
        parent="bh4", sig=False)
    add("bh6", me, [grace], "2026-04-07 18:30", """\
Dear Grace,

Thank you for organising today so smoothly – from the gate pass to the tea after the lesson – and for rearranging everything when the date changed. It made a long morning very easy.

Kind regards,
""", parent="bh4")
    add("bh7", grace, [me], "2026-04-09 10:15", """\
Dear Ms Kamau,

Thank you for your kind words. Mr Ashworth has asked me to let you know that he will come back to you by Friday, 17th April 2026.

In the meantime, kindly share the names and contacts of two referees, one of whom should be your current Principal.

Regards,
""", parent="bh6")
    case.thread("bh1", True, "interview", "Brookhurst International School",
                "PA invites in words for Thu 26 Mar; moved to Tue 7 Apr 09:00 ('Tuesday works.'); Grace thanked for organising "
                "(not met); references requested; 'he will come back to you by Friday, 17th April' via Grace")
    case.meeting("bh1", T("2026-03-26 08:30"), T("2026-03-26 12:00"), status="moved",
                 what="Brookhurst first date, moved later")
    case.promise("bh1", "bh7", grace.email, "2026-04-17")
    case.forbid("bh1", grace.email,
                "the Head's PA arranged the day and was not on the panel; the 'by Friday, 17th April' she passed on is still ahead")

    bh_desc = """\
Please report to Main Reception (Gate B, Karen Road) by 8.45 a.m. with your national ID for a gate pass.

9.00 – 9.40     Lesson observation, Year 10 Chemistry (Lab 2) – Mr Peter Mwangi, Head of Science
9.50 – 10.50    Panel interview (Boardroom) – Mr Richard Ashworth, Headteacher, and Mrs Naomi Otieno, Deputy Head (Academic)
10.50 – 11.30   Learning walk with two Year 12 student leaders
11.30 – 12.00   Lesson feedback – Mr Peter Mwangi

Sent by Grace Wambui, PA to the Headteacher, on behalf of Mr Ashworth.
"""
    bh_ics = make_ics(method="REQUEST", uid=uid_outlook("brookhurst", "interview"),
                      stamp=T("2026-03-23 15:00"), start=T("2026-04-07 09:00"),
                      end=T("2026-04-07 12:00"),
                      summary="Interview: Ms Wanjiru Kamau – Teacher of Chemistry (Lesson Observation & Panel)",
                      organizer=grace,
                      attendees=[(richard, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (naomi, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (peter, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (boardroom, "NEEDS-ACTION", "ROOM")],
                      tzid="E. Africa Standard Time",
                      location="Brookhurst International School, Karen – Lab 2 / Boardroom (Admin Block)",
                      description=bh_desc, prodid=EXCHANGE,
                      extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",))
    add("bh8", grace, [me, richard, naomi, peter], "2026-03-23 15:00", bh_desc,
        subject="Interview: Ms Wanjiru Kamau – Teacher of Chemistry (Lesson Observation & Panel)",
        sig=False, ics=bh_ics, ics_mode="outlook")
    case.thread("bh8", True, "interview", "Brookhurst International School",
                "Outlook invite (E. Africa Standard Time) Tue 7 Apr 09:00-12:00: observation by Peter, panel of Richard and Naomi, "
                "Boardroom as a ROOM; organised by the PA, who does not attend; Richard and Peter thanked, Naomi not")
    case.meeting("bh8", T("2026-04-07 09:00"), T("2026-04-07 12:00"),
                 met=[richard.email, naomi.email, peter.email],
                 thanks={richard.email: "bh9", peter.email: "bh11"}, what="Brookhurst interview day")
    case.expect("thank_you", "bh8", naomi.email,
                "Deputy Head on the Tue 7 Apr panel; only the Head and the Head of Science were thanked; overdue since 8 Apr 12:00")
    case.forbid("bh8", richard.email, "thanked in a new thread on Tue 7 Apr 18:40")
    case.forbid("bh8", boardroom[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")

    add("bh9", me, [richard], "2026-04-07 18:40", """\
Dear Mr Ashworth,

Thank you for meeting me this morning, and for giving so much of your time during the Easter break. I left with a clear picture of what Brookhurst is building in its sixth form.

I believe I could contribute in three ways:
- strong IGCSE and A Level chemistry teaching, with results to show for it;
- a practical programme, including microscale work, that has every student handling apparatus;
- the science club and STEM outreach experience you asked about, which could feed your enrichment programme.

I remain very interested in the post and will send Grace my referees' details this week. Thank you once more for your time and for considering me.

Yours sincerely,
""", subject="Thank you – interview this morning")
    add("bh10", richard, [me], "2026-04-08 07:55", """\
Dear Ms Kamau,

Thank you for your gracious note. It was a pleasure to meet you, and Peter spoke very highly of the lesson. Grace will be in touch shortly regarding references.

With best wishes,
Richard Ashworth
Headteacher, Brookhurst International School
""", parent="bh9", sig=False)
    case.thread("bh9", True, "interview", "Brookhurst International School",
                "thank-you to the Head in a new thread; his reply names no date")

    add("bh11", me, [peter], "2026-04-07 18:55", """\
Dear Mr Mwangi,

Thank you for observing my Year 10 lesson this morning and for the careful feedback afterwards. Your point about having each group commit to a prediction before the marble chips go in was spot on – I replayed the lesson with that change all the way home.

It was a pleasure to see Lab 2 and to meet your technician. Thank you again for your time.

Kind regards,
""", subject="Year 10 lesson – thank you for the feedback")
    case.thread("bh11", True, "interview", "Brookhurst International School",
                "thank-you to the Head of Science who observed the lesson (new thread)")

    # ---- Sayansi Hub Foundation (NGO)
    add("sh1", akinyi, [me], "2026-03-27 12:10", """\
Habari Wanjiru,

I hope this finds you well. Brian Kariuki – I believe you were classmates at Chiromo – tells me you run the liveliest school science club in Kilimani and that you might be open to something new.

At Sayansi Hub we're building out our secondary STEM programme across Nairobi and Kiambu county schools, and I'm looking for someone who knows what a chemistry teacher actually needs on a Monday morning. I'd love to pick your brain, and to tell you a little about a Programme Officer (STEM) role we're shaping.

Would you have time for a coffee next week? Thursday afternoon, perhaps, once schools close?

Best,
Akinyi
""", subject="STEM Programme Officer – a conversation?")
    add("sh2", me, [akinyi], "2026-03-27 17:45", """\
Dear Dr Odhiambo,

Thank you for reaching out, and greetings to Brian! I'd be glad to meet. Thursday 2nd April works – it's our closing day, so I'm free from about 3 pm. Would Java House at Valley Arcade at 4.30 pm suit you?

Best regards,
""", parent="sh1")
    add("sh3", akinyi, [me], "2026-03-28 09:20", """\
Perfect – Thursday at 4.30, Java at Valley Arcade. And please, it's Akinyi! I'll be the one with a Sayansi Hub tote bag full of circuit boards.

A.
""", parent="sh2", sig=False)
    case.thread("sh1", True, "networking", "Sayansi Hub Foundation",
                "a referral's 'conversation' and coffee, Thu 2 Apr 16:30 at Java Valley Arcade, no end time")
    case.meeting("sh1", T("2026-04-02 16:30"), None, met=[akinyi.email],
                 thanks={akinyi.email: "sh4"}, what="coffee with Akinyi")

    add("sh4", me, [akinyi], "2026-04-02 21:15", """\
Dear Akinyi,

Thank you for the coffee this afternoon and for explaining Sayansi Hub's plans so openly. The teacher-mentor model you described for county schools is the first idea I've heard in a long while that would change what actually happens in a school lab.

If the Programme Officer role takes shape, I think I could bring:
- nine years in the classroom, six of them running a science club and its science congress entries;
- experience training colleagues – I have led our department's practical-skills sessions for three years;
- a realistic sense of what teachers can do with very little apparatus.

I would be glad to continue the conversation and will be in touch after the Easter break. Thank you again for your time.

Warm regards,
""", subject="Thank you for the coffee – and the Sayansi Hub conversation")
    add("sh5", akinyi, [me], "2026-04-03 10:02", """\
Asante sana, Wanjiru – I enjoyed it too, and your point about kits that survive a rainy-season term has stuck with me.

We're finalising the programme team structure with our board, and I'll come back to you within the next couple of weeks. In the meantime I'd like you to meet Kevin Mutua, our Head of Programmes, who would be your line manager if this goes ahead – he'll send you an invite for a short call.

Enjoy the long weekend!
Akinyi
""", parent="sh4", sig=False)
    case.thread("sh4", True, "networking", "Sayansi Hub Foundation",
                "thank-you for the coffee in a new thread; 'I'll come back to you within the next couple of weeks' (to ~17 Apr)")
    case.promise("sh4", "sh5", akinyi.email, "2026-04-17", answered_by="sh6")
    case.forbid("sh4", akinyi.email,
                "coffee thanked the same evening; 'within the next couple of weeks' (from 3 Apr) is still open, and Kevin's invite came from Sayansi Hub since")

    kv_ics = make_ics(method="REQUEST", uid=uid_google("sayansi", "kevin catch-up"),
                      stamp=T("2026-04-06 09:30"), start=T("2026-04-10 11:00"),
                      end=T("2026-04-10 11:30"), summary="Wanjiru / Kevin - catch-up",
                      organizer=kevin_cal,
                      attendees=[(kevin_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=NBO, location="https://meet.google.com/hpx-rqvd-kfn",
                      description="Join with Google Meet: https://meet.google.com/hpx-rqvd-kfn\n"
                                  "Join by phone: (KE) +254 20 555 0321 PIN: 418220957#")
    add("sh6", kevin_cal, [me], "2026-04-06 09:30", """\
Kevin Mutua has invited you to an event.

Wanjiru / Kevin - catch-up
Friday 10 Apr 2026 ⋅ 11am – 11:30am
East Africa Time - Nairobi

Join with Google Meet
meet.google.com/hpx-rqvd-kfn

Join by phone
(KE) +254 20 555 0321 PIN: 418 220 957#

Guests
kevin.mutua@sayansihub.org - organiser
wanjiru.kamau@example.co.ke

Reply for wanjiru.kamau@example.co.ke
Yes  No  Maybe  More options

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""", subject="Invitation: Wanjiru / Kevin - catch-up @ Fri 10 Apr 2026 11am - 11:30am (EAT) (wanjiru.kamau@example.co.ke)",
        ics=kv_ics, headers=GCAL)
    add("sh7", me, [kevin_cal], "2026-04-06 10:12", """\
Thanks Kevin, Friday at 11 is perfect. Looking forward to it.

Wanjiru
""", parent="sh6", sig=False)
    case.thread("sh6", True, "networking", "Sayansi Hub Foundation",
                "Google Calendar invite whose title is the only hint; Fri 10 Apr 11:00-11:30 EAT; "
                "the only 'thanks' was sent on Mon 6 Apr, before the call")
    case.meeting("sh6", T("2026-04-10 11:00"), T("2026-04-10 11:30"), met=[kevin_cal.email],
                 what="catch-up with Kevin")
    case.expect("thank_you", "sh6", kevin_cal.email,
                "the Fri 10 Apr 11:00-11:30 call took place; the only 'thanks' came on 6 Apr, before it; overdue since 11 Apr 11:30")

    # ---- Coral Coast Academy (Mombasa)
    add("cc1", lucy, [me], "2026-03-26 15:40", """\
Dear Ms Kamau,

Following the review of applications for the post of Teacher of Chemistry (A Level), we are pleased to invite you to a virtual interview on Thursday 2nd April 2026 at 11.00 a.m. East Africa Time. The interview will last about 45 minutes and will be conducted by our Principal and our Head of Sixth Form.

A calendar invitation with the Google Meet link will follow shortly. We aim to let every candidate know the outcome by Friday 10th April.

Kindly acknowledge receipt of this email.

Regards,
""", subject="Coral Coast Academy – Teacher of Chemistry: interview invitation")
    add("cc2", me, [lucy], "2026-03-26 19:02", """\
Dear Lucy,

Thank you for the invitation. I acknowledge receipt and confirm that I will be available on Thursday 2nd April at 11.00 a.m.

Kind regards,
""", parent="cc1")
    add("cc3", lucy, [me], "2026-04-09 16:20", """\
Dear Ms Kamau,

Thank you for the time you gave to your interview with us on 2nd April, and for your interest in joining Coral Coast Academy.

The panel enjoyed meeting you and was impressed by your practical approach to the subject. After careful consideration, however, we have decided to offer the post to a candidate whose experience more closely matches our current needs in the sixth form.

We would be glad to keep your details on file should a suitable vacancy arise, and we wish you every success.

Regards,
""", parent="cc2")
    case.thread("cc1", True, "rejection", "Coral Coast Academy",
                "HR invite in words; 'we aim to let every candidate know the outcome by Friday 10th April'; gentle rejection Thu 9 Apr")
    case.promise("cc1", "cc1", lucy.email, "2026-04-10", ended_by="cc3")
    case.forbid("cc1", lucy.email,
                "the rejection of Thu 9 Apr ended the 'by Friday 10th April' promise; she arranged the interview and was not on it")

    cc_desc = ("Interview panel: Mrs Fatma Said, Principal (fatma.said@coralcoast.ac.ke), and "
               "Mr James Kiprono, Head of Sixth Form (james.kiprono@coralcoast.ac.ke).\n"
               "Lucy Mwende (HR) has set this up on the panel's behalf and will not be on the call.\n"
               "Please have a copy of your TSC certificate ready.\n\n"
               "Join with Google Meet: https://meet.google.com/zuv-ncmo-qtr")
    cc_ics = make_ics(method="REQUEST", uid=uid_google("coralcoast", "interview"),
                      stamp=T("2026-03-27 08:15"), start=T("2026-04-02 11:00"),
                      end=T("2026-04-02 11:45"), summary="Chemistry interview – Wanjiru Kamau",
                      organizer=lucy_cal,
                      attendees=[(lucy_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=NBO, location="https://meet.google.com/zuv-ncmo-qtr",
                      description=cc_desc)
    add("cc4", lucy_cal, [me], "2026-03-27 08:15", """\
Lucy Mwende has invited you to an event.

Chemistry interview – Wanjiru Kamau
Thursday 2 Apr 2026 ⋅ 11am – 11:45am
East Africa Time - Nairobi

Join with Google Meet
meet.google.com/zuv-ncmo-qtr

Guests
lucy.mwende@coralcoast.ac.ke - organiser
wanjiru.kamau@example.co.ke

""" + cc_desc + """

Reply for wanjiru.kamau@example.co.ke
Yes  No  Maybe  More options

Invitation from Google Calendar
""", subject="Invitation: Chemistry interview – Wanjiru Kamau @ Thu 2 Apr 2026 11am - 11:45am (EAT) (wanjiru.kamau@example.co.ke)",
        ics=cc_ics, headers=GCAL)
    case.thread("cc4", True, "interview", "Coral Coast Academy",
                "Google invite Thu 2 Apr 11:00-11:45 EAT; the panel is named with addresses only in the description; "
                "organiser stays off the call; nobody thanked")
    case.meeting("cc4", T("2026-04-02 11:00"), T("2026-04-02 11:45"),
                 met=["fatma.said@coralcoast.ac.ke", "james.kiprono@coralcoast.ac.ke"],
                 what="Coral Coast interview")
    case.expect("thank_you", "cc4", "fatma.said@coralcoast.ac.ke",
                "Principal on the Thu 2 Apr interview, address in the invite's description; never thanked; the rejection "
                "does not cancel a thank-you owed; overdue since 3 Apr 11:45")
    case.expect("thank_you", "cc4", "james.kiprono@coralcoast.ac.ke",
                "Head of Sixth Form on the same panel, address in the description; never thanked; overdue since 3 Apr 11:45")
    case.forbid("cc4", lucy_cal.email,
                "ICS organiser who, as the description says, was not on the call: not met")

    # ---- Kestrel British School (Abu Dhabi): Calendly, no-show, rebooked
    add("ks1", omar, [me], "2026-04-01 14:02", """\
Dear Ms Kamau,

Thank you for your application for the Chemistry teacher post (August 2026) at Kestrel British School, Abu Dhabi. I'd like to begin with a 30-minute conversation on Zoom.

Please choose a time that suits you on my booking page:
https://calendly.com/omar-siddiqui-kestrel/chemistry-first-interview

Slots are shown in your own time zone. I look forward to speaking with you.

Best regards,
""", subject="Kestrel British School – Chemistry teacher application")
    cal_text = """\
Hi Wanjiru Kamau,

Your Chemistry Teacher – First Interview with Omar Siddiqui at 9:00am (East Africa Time) on Monday, April 6, 2026 is scheduled.

Event: Chemistry Teacher – First Interview
Date & time: 9:00am - 9:30am, Monday, April 6, 2026 (East Africa Time)
Location: Zoom – https://us06web.zoom.us/j/81234095513?pwd=S2VzdHJlbDIwMjY
Host: Omar Siddiqui

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3b9e0d2c-7a41-4f0b-9a55-1c2e8d7f3a10
Reschedule: https://calendly.com/reschedulings/3b9e0d2c-7a41-4f0b-9a55-1c2e8d7f3a10

Powered by Calendly.com
"""
    ks_ics = make_ics(method="REQUEST", uid=uid_uuid("kestrel", "calendly"),
                      stamp=T("2026-04-02 17:41", "UTC"), start=T("2026-04-06 09:00"),
                      end=T("2026-04-06 09:30"),
                      summary="Chemistry Teacher – First Interview between Omar Siddiqui and Wanjiru Kamau",
                      organizer=omar,
                      attendees=[(omar, "ACCEPTED", "INDIVIDUAL"), (me, "ACCEPTED", "INDIVIDUAL")],
                      location="https://us06web.zoom.us/j/81234095513",
                      description="Event Name: Chemistry Teacher – First Interview\n\n"
                                  "Powered by Calendly.com",
                      prodid="-//Calendly//Calendly//EN")
    add("ks2", calendly, [me], "2026-04-02 17:41", cal_text,
        subject="Confirmed: Chemistry Teacher – First Interview with Omar Siddiqui on Monday, April 6, 2026",
        html=html_of(cal_text), reply_to=omar, ics=ks_ics, ics_mode="attach", headers=AUTO)
    case.thread("ks2", True, "interview", "Kestrel British School",
                "Calendly booking Mon 6 Apr 09:00-09:30 EAT with an ICS; the host never joined (no-show)")
    case.meeting("ks2", T("2026-04-06 09:00"), T("2026-04-06 09:30"), met=[omar.email],
                 status="noshow", what="Kestrel first interview, host no-show")
    case.forbid("ks2", omar.email,
                "the host did not join on Mon 6 Apr (no-show); the call was rebooked for Wed 15 Apr 10:00 EAT, after now")

    add("ks3", me, [omar], "2026-04-06 09:38", """\
Dear Mr Siddiqui,

I joined the Zoom link for our 9.00 a.m. interview (10.00 a.m. your time) and waited for about 25 minutes, but was not admitted. I hope all is well at your end.

I would be happy to find another time this week – my school is on holiday, so I am flexible.

Kind regards,
""", parent="ks1")
    add("ks4", omar, [me], "2026-04-06 13:15", """\
Dear Ms Kamau,

My sincere apologies. A safeguarding matter came up at school first thing this morning, I could not get away, and I failed to let you know – that is not how I like to treat candidates.

I have moved our conversation to Wednesday 15 April at 11:00 UAE time (10:00 in Nairobi), on the same Zoom link. If that does not suit, just tell me and I will find another slot.

Best regards,
""", parent="ks3")
    add("ks5", me, [omar], "2026-04-06 12:40", """\
Dear Mr Siddiqui,

Not a problem at all – these things happen. Wednesday 15 April at 10:00 Nairobi time works for me. Thank you for rebooking.

Kind regards,
""", parent="ks4")
    case.thread("ks1", True, "interview", "Kestrel British School",
                "booking link; her note about the no-show; rebooked in words for Wed 15 Apr 11:00 UAE = 10:00 EAT")
    case.meeting("ks1", T("2026-04-15 11:00", DXB), T("2026-04-15 11:30", DXB), met=[omar.email],
                 status="scheduled", what="Kestrel first interview, rebooked")

    # ---- Amani Heights School (Nanyuki): phone interview and offer
    add("am1", esther, [me], "2026-03-10 09:45", """\
Dear Madam,

Reference is made to your application for the post of Chemistry Teacher at Amani Heights School, Nanyuki.

We would like to conduct a phone interview with you on Thursday 12/03/2026 at 4.00 p.m. It will take about 30 minutes. Kindly confirm whether you will be available.

Yours faithfully,
""", subject="Application for the post of Chemistry Teacher")
    add("am2", me, [esther], "2026-03-10 12:50", """\
Dear Mrs Njoroge,

Thank you for your email. I confirm that I will be available on Thursday 12th March at 4.00 p.m. on 0712 555 384.

Kind regards,
""", parent="am1")
    add("am3", me, [esther], "2026-03-12 19:05", """\
Dear Mrs Njoroge,

Thank you for taking the time to speak with me this afternoon. I enjoyed hearing about the new laboratory block and your plans for the STEM pathway in the senior school, and I believe my experience setting up practical programmes would be useful as you equip it.

I am grateful for your time, and thank you for considering me for the post.

Kind regards,
""", parent="am2")
    add("am4", esther, [me], "2026-03-13 08:20", """\
Dear Madam,

Thank you for your email. The interview panel will sit next week and we shall communicate the outcome by Friday 27th March 2026.

Regards,
""", parent="am3")
    offer = make_pdf(["AMANI HEIGHTS SCHOOL - LETTER OF OFFER", "Ref: AHS/HR/2026/031    Date: 24th March 2026",
                      "Mrs Wanjiru Kamau, P.O. Box 51022-00100, Nairobi",
                      "RE: OFFER OF EMPLOYMENT - CHEMISTRY TEACHER",
                      "Start date: 4th May 2026. Gross salary: KSh 165,000 per month.",
                      "Staff housing provided on the school compound. Probation: three months.",
                      "Kindly sign and return a copy to confirm acceptance.",
                      "Mrs Esther Njoroge, Headteacher"])
    add("am5", esther, [me], "2026-03-24 11:30", """\
Dear Madam,

RE: OFFER OF EMPLOYMENT – CHEMISTRY TEACHER

Following your interview, I am pleased to inform you that the Board of Management has approved your appointment as Chemistry Teacher at Amani Heights School with effect from 4th May 2026. Please find attached your letter of offer, which sets out the terms, including a gross monthly salary of KSh 165,000 and staff housing on the school compound.

Kindly sign and return a copy of the letter to confirm your acceptance.

Yours faithfully,
""", parent="am4", attachments=[("Letter_of_Offer_W_Kamau.pdf", "application/pdf", offer)])
    add("am6", me, [esther], "2026-03-25 20:10", """\
Dear Mrs Njoroge,

Thank you very much for the offer, and please convey my appreciation to the Board. I am giving it serious thought, as it would mean moving my family to Nanyuki. May I have until after the Easter holiday to give you my final answer?

Kind regards,
""", parent="am5")
    add("am7", esther, [me], "2026-03-26 09:00", """\
Dear Madam,

Noted. Kindly revert by Friday 17th April 2026.

Regards,
""", parent="am6")
    case.thread("am1", True, "offer", "Amani Heights School",
                "phone interview Thu 12/03 16:00-16:30, thanked in the thread; 'communicate the outcome by Friday 27th March'; "
                "offer letter Tue 24 Mar; her answer is due 17 Apr")
    case.meeting("am1", T("2026-03-12 16:00"), T("2026-03-12 16:30"), met=[esther.email],
                 thanks={esther.email: "am3"}, what="Amani Heights phone interview")
    case.promise("am1", "am4", esther.email, "2026-03-27", ended_by="am5")
    case.forbid("am1", esther.email,
                "the offer of Tue 24 Mar ended the 'by Friday 27th March' promise; the phone interview was thanked on 12 Mar "
                "(and is long stale); the 17 April date is her own deadline, not theirs")

    # ---- Aurelia Education Group (Workday): acknowledgement, then rejection
    au1_text = """\
Dear Wanjiru,

Thank you for applying for Teacher of Chemistry at Aurelia International School Lisbon (JR-20931). We have received your application and our school recruitment team will review it.

You can follow the progress of your application in the Candidate Home section of our careers site.

With best wishes,
Aurelia Education Group – Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""
    add("au1", workday, [me], "2026-03-03 09:12", au1_text,
        subject="Application received – Teacher of Chemistry, Aurelia International School Lisbon (JR-20931)",
        html=html_of(au1_text), html_only=True, headers=AUTO)
    case.thread("au1", True, "application", "Aurelia Education Group", "Workday acknowledgement")
    au2_text = """\
Dear Wanjiru,

Thank you for your interest in Aurelia International School Lisbon and for the time you put into your application for Teacher of Chemistry.

We received a very strong field for this post. After careful review, we have decided not to take your application further on this occasion. We know this is not the news you were hoping for, and we are grateful for your interest in joining us.

New roles across our schools are posted regularly on our careers site, and we would welcome an application from you in future.

With best wishes,
Aurelia Education Group – Talent Team
"""
    add("au2", workday, [me], "2026-03-30 16:02", au2_text,
        subject="An update on your application – Teacher of Chemistry (JR-20931)",
        html=html_of(au2_text), html_only=True, headers=AUTO)
    case.thread("au2", True, "rejection", "Aurelia Education Group",
                "automated rejection without interview; nothing owed")

    # ---- Amstel International School: a quarter of an hour on her field
    add("ig1", me, [ingrid], "2026-03-29 20:30", """\
Dear Ms Vos,

I hope you don't mind an email out of the blue. I came across your article on low-cost microscale titrations in Education in Chemistry last year, and saw that you teach DP Chemistry at Amstel International School.

I am a chemistry teacher in Nairobi with nine years of IGCSE and A Level experience, and I am starting to look at international schools in the Netherlands for August. Could I ask for a quarter of an hour of your time, whenever suits you, to hear what the move from A Level to the DP was like and what Dutch international schools look for?

With thanks and best wishes,
""", subject="Fellow chemistry teacher – 15 minutes on teaching DP Chemistry in the Netherlands?")
    add("ig2", ingrid, [me], "2026-03-30 21:10", """\
Hi Wanjiru,

What a nice email to find on a Monday! Of course, happy to help. How about Saturday 4 April at 11:00 my time (CEST)? I'll be in the garden that morning and can call you on WhatsApp if you send me your number.

Groetjes,
Ingrid
""", parent="ig1", sig=False)
    add("ig3", me, [ingrid], "2026-03-31 06:40", """\
Hi Ingrid,

Saturday 11:00 CEST is noon in Nairobi – perfect. My WhatsApp is +254 712 555 384.

Wanjiru
""", parent="ig2", sig=False)
    add("ig4", me, [ingrid], "2026-04-04 14:05", """\
Hi Ingrid,

Thank you so much for the call earlier – you were far more generous with your time than the quarter of an hour I asked for! Your advice about doing the IB Category 1 workshop before August, and about the 30% ruling, was exactly what I needed.

I'll let you know how things go with Rotterdam.

Warm regards,
""", parent="ig3")
    add("ig5", ingrid, [me], "2026-04-04 19:40", """\
You're very welcome, it was lovely to talk. Our Head of Science, Marieke, is away for the Easter break – when we're back I'll ask her whether they plan to advertise a second DP chemistry post for August, and I'll let you know by Monday 13 April.

Succes met Rotterdam!
Ingrid
""", parent="ig4")
    case.thread("ig1", True, "networking", "Amstel International School",
                "she asked for a quarter of an hour; WhatsApp call Sat 4 Apr 11:00 CEST = 12:00 EAT, thanked in the thread; "
                "'I'll let you know by Monday 13 April'")
    case.meeting("ig1", T("2026-04-04 11:00", AMS), T("2026-04-04 11:15", AMS), met=[ingrid.email],
                 thanks={ingrid.email: "ig4"}, what="call with Ingrid")
    case.promise("ig1", "ig5", ingrid.email, "2026-04-13")
    case.forbid("ig1", ingrid.email,
                "call thanked the same afternoon; 'by Monday 13 April' has just passed, but the two business days of grace "
                "run to the end of Wed 15 Apr")

    # ================================================================== NOISE
    # ---- current school: she is on the hiring side
    lt_cvs = make_pdf(["Laboratory Technician - shortlisted candidates (CONFIDENTIAL)",
                       "1. Dennis Ouma - Dip. Analytical Chemistry (KTTC)",
                       "2. Mercy Akinyi - BSc Biochemistry", "3. John Kirui - Dip. Science Lab Technology",
                       "4. Esther Wanjiku - Cert. Lab Technology", "5. Brian Otieno - Dip. Applied Chemistry"])
    add("k1", rose, [samuel, david, me], "2026-03-26 10:00", """\
Dear Panel Members,

Please find attached the CVs of the five shortlisted candidates for the Laboratory Technician position, together with the scoring rubric. Interviews will be held on Tuesday 31st March from 9.00 a.m. in the Staff Boardroom, as per the Deputy Principal's invitation.

Kindly treat the documents as confidential.

Regards,
""", subject="Laboratory Technician – shortlisted candidates (CVs attached)",
        attachments=[("LabTech_Shortlist_CVs.pdf", "application/pdf", lt_cvs)])
    add("k2", me, [rose], "2026-03-26 13:15", """\
Dear Rose,

Well received, thank you. I'll go through them over the weekend.

Regards,
Wanjiru
""", parent="k1", cc=[samuel, david], sig=False)
    add("k3", samuel, [rose, david, me], "2026-04-01 08:15", """\
Dear Colleagues,

Thank you for your time on the panel yesterday. Mr Ouma came out clearly ahead and the Principal has approved his appointment. HR will notify all the candidates by Wednesday 8th April. Kindly return your signed score sheets to Rose by Thursday.

Regards,
S. Kiptoo
Deputy Principal (Administration)
""", parent="k2")
    score = make_pdf(["Laboratory Technician interviews - score sheet", "Panel member: W. Kamau",
                      "Candidate 1: 41/50  Candidate 2: 33/50  Candidate 3: 36/50",
                      "Candidate 4: 29/50  Candidate 5: 34/50", "Signed: W. Kamau, 31/03/2026"])
    add("k4", me, [rose], "2026-04-01 16:20", """\
Dear Rose,

My signed score sheet is attached.

Regards,
Wanjiru
""", parent="k3", cc=[samuel], sig=False,
        attachments=[("Score_sheet_WKamau.pdf", "application/pdf", score)])
    case.thread("k1", False, None, "Kilimani Heights School",
                "her current school: CVs for a lab technician post she helps to interview for; HR to notify the candidates")
    case.promise("k1", "k3", samuel.email, "2026-04-08", job=False)

    k_desc = """\
Dear Panel,

Kindly block this time for the Laboratory Technician interviews. Five candidates, 35 minutes each, with a short practical (preparing 0.1 M sodium hydroxide) set up by Mrs Kamau in the Chemistry Lab.

Panel: Deputy Principal (chair), HoD Sciences, Mrs Kamau, HR.
"""
    k_ics = make_ics(method="REQUEST", uid=uid_outlook("kilimani", "labtech panel"),
                     stamp=T("2026-03-20 12:00"), start=T("2026-03-31 09:00"),
                     end=T("2026-03-31 12:30"), summary="Interview Panel – Laboratory Technician",
                     organizer=samuel,
                     attendees=[(rose, "NEEDS-ACTION", "INDIVIDUAL"),
                                (david, "NEEDS-ACTION", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL"),
                                (staff_boardroom, "NEEDS-ACTION", "ROOM")],
                     tzid="E. Africa Standard Time", location="Staff Boardroom",
                     description=k_desc, prodid=EXCHANGE)
    add("k5", samuel, [rose, david, me], "2026-03-20 12:00", k_desc,
        subject="Interview Panel – Laboratory Technician", sig=False, ics=k_ics, ics_mode="outlook")
    case.thread("k5", False, None, "Kilimani Heights School",
                "Outlook invite: she sits on the interview panel for a lab technician at her own school, Tue 31 Mar 09:00-12:30")
    case.meeting("k5", T("2026-03-31 09:00"), T("2026-03-31 12:30"),
                 met=[samuel.email, rose.email, david.email], job=False, what="lab technician panel")
    case.forbid("k5", samuel.email,
                "she was on the hiring side at her current school (interview panel for a lab technician): not her job search")

    add("k6", lydia, [staff], "2026-03-18 07:30", """\
Dear Teachers,

A reminder that all end-of-term examination marks must be entered on the portal by Friday 27th March at 5.00 p.m. Class teachers' comments are due by Monday 30th March. Report forms will be printed on Tuesday 31st and issued on closing day, Thursday 2nd April.

Please do not leave entry to the last minute; the portal slows down badly on deadline day.

Regards,
Mrs L. Wekesa
Director of Studies
""", subject="Term 1 – mark entry and report comments deadline")
    case.thread("k6", False, None, "Kilimani Heights School", "staff reminder about mark entry")

    add("k7", priya, [me], "2026-03-16 21:40", """\
Dear Ms Kamau,

Good evening. Arjun came home quite upset about his chemistry test (he got 48%). He says he understood the topic in class but ran out of time. Is there anything we can do at home to help him before the end-of-term exams?

Kind regards,
Priya Shah (mother of Arjun Shah, Year 11 Blue)
""", subject="Arjun – Chemistry test")
    add("k8", me, [priya], "2026-03-17 16:05", """\
Dear Mrs Shah,

Thank you for getting in touch. Arjun does understand the work – his method marks were good – but he spent far too long on the first structured question. Two things would help:

1. Timed practice: two past-paper questions at home each evening, with a phone timer set to one minute per mark.
2. He is welcome at my revision session on Thursdays at 3.30 p.m. in the Chemistry Lab, where we work on exactly this.

I'll keep an eye on him in class as well.

Kind regards,
""", parent="k7")
    add("k9", priya, [me], "2026-03-17 18:30", """\
Thank you so much, Ms Kamau. He'll be there on Thursday.

Sent from my iPhone
""", parent="k8", quote=False)
    case.thread("k7", False, None, "Kilimani Heights School", "a parent about her son's chemistry test")
    case.meeting("k7", T("2026-03-19 15:30"), None, met=[], job=False,
                 what="Thursday revision session at her school")

    dept_desc = "Agenda: end of Term 1 results, Term 2 practical schedule, lab stock-take before the break."
    dept_ics = make_ics(method="REQUEST", uid=uid_outlook("kilimani", "science dept meeting"),
                        stamp=T("2026-03-20 09:00"), start=T("2026-03-25 15:45"),
                        end=T("2026-03-25 16:45"),
                        summary="Science Department meeting – end of term review",
                        organizer=david,
                        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (ann, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (felix, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (sci_staffroom, "NEEDS-ACTION", "ROOM")],
                        tzid="E. Africa Standard Time", location="Science Staffroom",
                        description=dept_desc, prodid=EXCHANGE)
    add("k10", david, [me, ann, felix], "2026-03-20 09:00", dept_desc,
        subject="Science Department meeting – end of term review", sig=False,
        ics=dept_ics, ics_mode="outlook")
    case.thread("k10", False, None, "Kilimani Heights School", "department meeting invite at her school")
    case.meeting("k10", T("2026-03-25 15:45"), T("2026-03-25 16:45"),
                 met=[david.email, ann.email, felix.email], job=False, what="science department meeting")

    add("k11", jane, [allstaff], "2026-03-30 07:45", """\
Dear Staff,

Term 1 will close on Thursday 2nd April at 12.30 p.m. after the closing assembly. Parents have been informed that pick-up is from 12.30 p.m.; please make sure all report forms have been issued before students leave.

Term 2 opens on Monday 27th April. Staff are expected on Thursday 23rd April for the staff retreat and planning day.

I wish you all a restful and blessed Easter.

Mrs J. Mutiso
Principal
""", subject="Closing of Term 1 and opening of Term 2")
    case.thread("k11", False, None, "Kilimani Heights School", "principal's memo: closing and opening dates")
    case.meeting("k11", T("2026-04-23 08:30"), T("2026-04-23 16:00"), status="scheduled", job=False,
                 what="staff retreat")

    add("k12", ann, [me], "2026-03-27 11:40", """\
Hi Wanjiru,

Sorry to bother you – could you cover my Year 9 exam invigilation on Monday 30th, 10.40 to 12.10? I have to take my mum to KNH for her clinic. I'll do your Thursday duty in return.

Ann
""", subject="Invigilation swap Monday?")
    add("k13", me, [ann], "2026-03-27 12:02", """\
Hi Ann, no problem, I'll do it. Pole to mum, hope the clinic goes well.

W.
""", parent="k12", sig=False)
    add("k14", ann, [me], "2026-03-27 12:20", "You're a star, asante sana!\n\nAnn\n", parent="k13",
        quote=False)
    case.thread("k12", False, None, "Kilimani Heights School", "a colleague swaps an invigilation duty")

    # ---- family (Kiswahili, Sheng)
    add("f1", mama, [me], "2026-03-21 19:02", """\
Shiru mama,

Habari za Nairobi? Sisi huku Othaya tuko salama, mvua imeanza kidogo na mahindi yanamea vizuri. Baba yako anasema Pasaka mje nyumbani wote, hata Githinji atakuja kutoka Nakuru. Tutachinja mbuzi.

Nitakupigia Jumamosi jioni tuongee vizuri. Usijisumbue sana na kazi.

Mungu akubariki,
Mama
""", subject="Pasaka")
    add("f2", me, [mama], "2026-03-22 08:15", """\
Habari mama,

Tuko salama, asante. Tutakuja Alhamisi jioni tarehe 2 April shule ikifunga, turudi Jumatatu. Nitaleta ile dawa ya Baba ya pressure kutoka Nairobi.

Tutaongea Jumamosi.

Shiru
""", parent="f1", sig=False)
    add("f3", mama, [me], "2026-03-22 12:40", "Sawa mama. Msafiri salama.\n\nMama\n", parent="f2",
        quote=False)
    add("f4", mama, [me], "2026-04-06 20:10", """\
Mmefika salama? Nimeona kwa habari kuna mvua kubwa Nairobi. Asanteni kwa kuja, Baba amefurahi sana.

Mama
""", parent="f3", quote=False)
    add("f5", me, [mama], "2026-04-06 21:05", """\
Tumefika salama mama, saa tatu. Traffic ilikuwa mingi Thika Road lakini hakuna shida. Tuongee kesho.

Shiru
""", parent="f4", sig=False)
    case.thread("f1", False, None, "family", "her mother, in Kiswahili, about Easter in Othaya")
    case.promise("f1", "f1", mama.email, "2026-03-28", job=False)

    add("f6", gitz, [me], "2026-03-11 22:47", """\
Sis niaje,

Form ni gani? Mimi niko poa, campo iko tu sawa. Shida ni moja – fees ya sem hii imeniweza, HELB haijaingia na wanasema exam card haitatoka bila balance ya 12k. Unaeza nisort hata kiasi? Nitakurudishia HELB ikiingia, promise.

Salimia Mwangi na Nyokabi.

Gitz
""", subject="Sis niaje")
    add("f7", me, [gitz], "2026-03-12 06:30", """\
Gitz,

Nimekutumia 10k kwa M-Pesa saa hii, utaongeza hiyo 2k mwenyewe. Na usome kwa bidii, sitaki kusikia umerudia unit tena!

Sis
""", parent="f6", sig=False)
    add("f8", gitz, [me], "2026-03-12 07:02", "Imefika! Asante sana sis, wewe ni mnoma 🙏🏾 Nitakuhandle HELB ikidrop.\n",
        parent="f7", quote=False)
    case.thread("f6", False, None, "family", "her brother, in Sheng, asking for help with fees")

    add("f9", uncle, [me, cousin1, cousin2], "2026-03-25 18:00", """\
Wapendwa wote,

Kama mnavyojua, ruracio ya Nyambura itakuwa Jumamosi tarehe 18 April nyumbani Othaya, kuanzia saa nne asubuhi. Tunaomba kila familia ichange angalau KSh 5,000 kwa maandalizi. Tumeni kwa M-Pesa 0722 555 863 (Njuguna Kamau).

Asanteni na Mungu awabariki.

Mzee Njuguna
""", subject="Ruracio ya Nyambura – 18 April")
    add("f10", me, [uncle], "2026-03-25 20:30", """\
Habari Mzee,

Nimetuma 5,000 sasa hivi. Tutakuja wote tarehe 18.

Shiru
""", parent="f9", sig=False)
    case.thread("f9", False, None, "family", "her uncle about a cousin's ruracio (dowry ceremony) on 18 Apr")
    case.meeting("f9", T("2026-04-18 10:00"), T("2026-04-18 17:00"), status="scheduled", job=False,
                 what="family ruracio")

    # ---- chama (savings group)
    add("c1", cate, [chama], "2026-03-02 08:00", """\
Ladies, habari za asubuhi!

Reminder: contributions za March ni KSh 5,000 kila mtu, deadline ni 5th March. Merry-go-round ya mwezi huu inaenda kwa Njoki. Please tuma kwa Paybill 522522, account 1290555 (Dada Power), then reply hapa na M-Pesa code.

Pia tutaongea kuhusu ile plot ya Kitengela kwa mkutano wa 28th.

Cate
Treasurer
""", subject="Dada Power Chama – March contributions")
    add("c2", me, [cate], "2026-03-03 19:15", "Hi Cate, nimetuma. Code ni TC35KX8M2P.\n\nShiru\n",
        parent="c1", sig=False)
    add("c3", cate, [me], "2026-03-03 19:40", "Received, asante Shiru! ✔️\n", parent="c2", quote=False)
    case.thread("c1", False, None, "Dada Power Chama", "savings group contributions")

    add("c4", njoki, [chama], "2026-03-24 10:30", """\
Habari ladies,

Mkutano wetu wa mwezi ni Jumamosi hii 28/03/2026 saa nane mchana kwangu, Kileleshwa (Othaya Road, Hse No. 14). Agenda:
1. Contributions na merry-go-round
2. Plot ya Kitengela – site visit report
3. AOB

Kila mtu alete snacks kidogo. Karibuni!

Njoki
Secretary
""", subject="Mkutano wa chama – Jumamosi 28/03")
    add("c5", me, [njoki], "2026-03-24 12:00", """\
Nitakuja lakini nitachelewa kidogo – niko na remedial class hadi saa nane. Nitafika saa tisa.

Shiru
""", parent="c4", sig=False)
    case.thread("c4", False, None, "Dada Power Chama", "monthly chama meeting Sat 28 Mar 14:00")
    case.meeting("c4", T("2026-03-28 14:00"), None, met=[], job=False, what="chama meeting")

    # ---- church committee
    cr_ics = make_ics(method="REQUEST", uid=uid_google("stmonicas", "devcom"),
                      stamp=T("2026-03-16 18:00"), start=T("2026-03-22 13:00"),
                      end=T("2026-03-22 15:00"), summary="Development Committee – Harambee planning",
                      organizer=beatrice_cal,
                      attendees=[(beatrice_cal, "ACCEPTED", "INDIVIDUAL"),
                                 (joseph, "ACCEPTED", "INDIVIDUAL"),
                                 (me, "NEEDS-ACTION", "INDIVIDUAL")],
                      tzid=NBO, location="St Monica's Parish Hall, Kileleshwa",
                      description="Planning for the 19th April harambee (new classroom block). Please come with ideas for the guest of honour.")
    add("cr1", beatrice_cal, [me, joseph], "2026-03-16 18:00", """\
Beatrice Wairimu has invited you to an event.

Development Committee – Harambee planning
Sunday 22 Mar 2026 ⋅ 1pm – 3pm
East Africa Time - Nairobi

St Monica's Parish Hall, Kileleshwa

Planning for the 19th April harambee (new classroom block). Please come with ideas for the guest of honour.

Guests
beatricewairimu7@gmail.com - organiser
jmaina.stmonicas@gmail.com
wanjiru.kamau@example.co.ke

Invitation from Google Calendar
""", subject="Invitation: Development Committee – Harambee planning @ Sun 22 Mar 2026 1pm - 3pm (EAT) (wanjiru.kamau@example.co.ke)",
        ics=cr_ics, headers=GCAL)
    case.thread("cr1", False, None, "St Monica's Parish", "church committee meeting invite")
    case.meeting("cr1", T("2026-03-22 13:00"), T("2026-03-22 15:00"), met=[joseph.email],
                 job=False, what="church committee")

    budget = make_pdf(["St Monica's Parish - Harambee 19 April 2026 - draft budget",
                       "Target: KSh 2,500,000 (new classroom block)", "Tents and chairs: KSh 45,000",
                       "Catering (Women's Guild): KSh 80,000", "Invitation cards and printing: KSh 18,000"])
    add("cr2", joseph, [devcom], "2026-03-23 20:00", """\
Dear Committee Members,

Thank you all for a fruitful meeting yesterday. As agreed:
- Invitation cards and the M-Changa link – Wanjiru
- Guest of honour – Fr. Gitau to confirm with the Bishop's office
- Tents and chairs – Mwangi & Peter
- Catering – Women's Guild

I'll circulate the budget by Friday 27th so that we can finalise the target (KSh 2.5M for the new classroom block).

God bless,
Joseph Maina
Chairman, Development Committee
""", subject="Harambee 19th April – tasks from Sunday")
    add("cr3", me, [devcom], "2026-03-24 06:50", """\
Noted, Chairman. I'll have a draft card ready by Wednesday for comments.

Wanjiru
""", parent="cr2", sig=False)
    add("cr4", joseph, [devcom], "2026-03-27 17:30", """\
Dear members,

Find attached the draft budget as promised. Comments by Tuesday please.

JM
""", parent="cr3", attachments=[("Harambee_budget_draft.pdf", "application/pdf", budget)],
        quote=False)
    case.thread("cr2", False, None, "St Monica's Parish",
                "church committee tasks; the chairman's 'budget by Friday 27th', kept")
    case.promise("cr2", "cr2", joseph.email, "2026-03-27", job=False)
    case.meeting("cr2", T("2026-04-19 11:00"), T("2026-04-19 15:00"), status="scheduled", job=False,
                 what="church harambee")

    # ---- friends
    add("fr1", atieno, [me], "2026-04-02 22:10", """\
Shiru!! Umepotea sana.

How did the Dubai interview go?? Uliniambia it was this week. Nataka full story 😄 Also tuende Karura for a walk after Easter, I need to move this body.

A.
""", subject="Dubai??")
    add("fr2", me, [atieno], "2026-04-03 09:30", """\
Haha Atti, niko Othaya till Monday. Dubai ilienda poa I think – the Head of Science was lovely. Sasa ni kungoja tu. Karura yes please, one of these Saturdays, I'll call you when I'm back.

S.
""", parent="fr1", sig=False)
    add("fr3", atieno, [me], "2026-04-03 09:48", "Eeeh! Fingers crossed. Mungu atangulie 🙏🏾 Enjoy Othaya, salimia mum!\n",
        parent="fr2", quote=False)
    case.thread("fr1", False, None, "friend", "a friend asking how an interview went; not a job contact")

    add("fr4", lilian, [me, atieno], "2026-03-30 11:00", """\
Hi ladies,

We're throwing a surprise baby shower for Njoki on Sunday 12th April from 2 pm at my place in Lavington. Contribution is 2k for the gift and food (send to 0713 555 290). Please DON'T tell her!!

Lily
""", subject="Njoki's baby shower – Sunday 12th April 🍼")
    add("fr5", me, [lilian], "2026-03-30 12:10", """\
Count me in! Sending the 2k now. Shall I bake the cake?

Shiru
""", parent="fr4", sig=False)
    case.thread("fr4", False, None, "friend", "a friend's surprise baby shower, Sun 12 Apr")
    case.meeting("fr4", T("2026-04-12 14:00"), None, met=[lilian.email], job=False,
                 what="baby shower")

    # ---- university alumni list
    alum_hdr = bulk_headers("<uon-chem-alumni.googlegroups.com>",
                            "https://groups.google.com/g/uon-chem-alumni/unsubscribe")
    add("al1", dennis, [alumni], "2026-03-10 13:00", """\
Wenzangu,

My school (Lake View Academy, Naivasha) is looking for a Chemistry/Physics teacher from Term 2. TSC registration is a must. CVs to hr@lakeviewacademy.sc.ke by 20th March; interviews likely in the first week of April. Please share with anyone interested.

Dennis (Class of 2012)
""", subject="[uon-chem-alumni] Vacancy: Chemistry/Physics teacher – Naivasha (Term 2)",
        headers=alum_hdr)
    add("al2", faith, [alumni], "2026-03-10 15:22", "Is it boarding? Asking for a friend 😅\n\nFaith\n",
        parent="al1", headers=alum_hdr)
    add("al3", dennis, [alumni], "2026-03-10 16:40", "Yes, boarding, with staff housing.\n",
        parent="al2", headers=alum_hdr)
    case.thread("al1", False, None, "UoN Chemistry Alumni",
                "alumni list: a vacancy she is not pursuing; full of job words, owes nothing")

    add("al4", sylvia, [alumni], "2026-03-19 09:00", """\
Dear Alumni,

You are warmly invited to the UoN Chemistry Alumni Mixer on Friday 24th April 2026, 6.00 p.m., at the Chiromo Campus gardens. Bites, music and a short update from the Department on the new instrumentation lab.

RSVP by 17th April using the form: https://forms.gle/uonChemMixer2026

Sylvia Nduta
Alumni Liaison, Department of Chemistry
""", subject="[uon-chem-alumni] Chemistry Alumni Mixer – Friday 24th April, 6 pm, Chiromo",
        headers=alum_hdr)
    add("al5", ngugi, [alumni], "2026-03-19 12:45", "Count me in! Will the Dean be there?\n\nK. Ngugi '09\n",
        parent="al4", headers=alum_hdr)
    case.thread("al4", False, None, "UoN Chemistry Alumni", "alumni list event announcement")
    case.meeting("al4", T("2026-04-24 18:00"), T("2026-04-24 21:00"), status="scheduled", job=False,
                 what="alumni mixer")

    add("al6", moses, [alumni], "2026-04-08 10:00", """\
Habari wenzangu,

Our school is restocking the labs for Term 2. Any reliable reagent suppliers in Nairobi? Our last order of conc. H2SO4 came in leaking containers.

Moses
""", subject="[uon-chem-alumni] Reliable reagent suppliers in Nairobi?", headers=alum_hdr)
    add("al7", me, [alumni], "2026-04-08 12:30", """\
Hi Moses,

We use Labtec Scientific on Kijabe Street – analytical grade, proper packaging, and they deliver within Nairobi. Ask for Mercy in sales.

Wanjiru ('13)
""", parent="al6", sig=False)
    add("al8", moses, [alumni], "2026-04-08 14:00", "Thanks Wanjiru, will check them out.\n",
        parent="al7", headers=alum_hdr, quote=False)
    case.thread("al6", False, None, "UoN Chemistry Alumni", "alumni list question about reagent suppliers")

    # ---- bills, receipts, notices
    for key, when, period in (("b1", "2026-03-01 06:00", "01/02/2026 to 28/02/2026"),
                              ("b2", "2026-04-01 06:00", "01/03/2026 to 31/03/2026")):
        pdf = make_pdf(["M-PESA STATEMENT", "Customer: WANJIRU KAMAU  Mobile: 0712555384",
                        "Statement period: " + period])
        add(key, mpesa, [me], when, """\
Dear WANJIRU KAMAU,

Please find attached your M-PESA statement for the period %s.

The statement is password protected. Your password is your ID number.

Safaricom PLC
""" % period, subject="M-PESA Statement", headers=AUTO,
            attachments=[("MPESA_Statement.pdf", "application/pdf", pdf)])
        case.thread(key, False, None, "Safaricom", "monthly M-PESA statement")

    kplc_text = """\
Dear Customer,

Your electricity bill for account 37146690012 for the period ending 28/02/2026 is KSh 3,842.00.

Due date: 23/03/2026
Pay via M-PESA Paybill 888888, Account No. 37146690012.

Thank you for choosing Kenya Power.
"""
    add("b3", kplc_bill, [me], "2026-03-09 04:12", kplc_text,
        subject="Your Kenya Power bill – Account 37146690012", html=html_of(kplc_text), headers=AUTO)
    case.thread("b3", False, None, "Kenya Power", "electricity bill")
    add("b4", kplc_notice, [me], "2026-03-26 11:00", """\
NOTICE OF PLANNED POWER INTERRUPTION

AREA: KILELESHWA
DATE: Sunday 29.03.2026
TIME: 9.00 A.M. – 5.00 P.M.

Othaya Rd, Mandera Rd, Kandara Rd, Laikipia Rd and adjacent customers.

The interruption is to facilitate maintenance and upgrade of the network. We regret any inconvenience.

Kenya Power
""", subject="Planned Power Interruption – Kileleshwa – Sunday 29.03.2026",
        headers=bulk_headers("<notices.kplc.co.ke>", "https://www.kplc.co.ke/unsubscribe"))
    case.thread("b4", False, None, "Kenya Power", "planned power interruption notice")
    add("b5", fibre, [me], "2026-03-14 08:00", """\
Hi Wanjiru,

Your Safaricom Home Fibre bill for April is ready.

Package: 40 Mbps
Amount due: KSh 4,100
Due date: 21/03/2026

Pay via M-PESA Paybill 150501, account number 0712555384.

Safaricom Home
""", subject="Your Home Fibre bill is ready", headers=AUTO)
    case.thread("b5", False, None, "Safaricom", "home internet bill")
    bolt_text = """\
Thanks for riding with Bolt, Wanjiru!

Tuesday, 7 April 2026, 08:02 – 08:44
Kileleshwa → Brookhurst International School, Karen Road

Ride fare: KSh 1,190
Booking fee: KSh 50
Total charged (M-PESA): KSh 1,240

Driver: Joseph · Toyota Axio · KDN 512P
"""
    add("b6", bolt, [me], "2026-04-07 08:52", bolt_text, subject="Your Tuesday morning ride with Bolt",
        html=html_of(bolt_text), html_only=True, headers=AUTO)
    case.thread("b6", False, None, "Bolt", "ride receipt")
    j1 = """\
Hi Wanjiru,

Thank you for shopping on Jumia! Your order 318554207 has been confirmed.

- Casio fx-991ES PLUS Scientific Calculator × 2 – KSh 5,380
- Lab coat, white, size M × 1 – KSh 1,450
Delivery to Kileleshwa pickup station – KSh 150
Total: KSh 6,980

Estimated delivery: 17 – 19 March
"""
    add("b7", jumia, [me], "2026-03-15 13:10", j1, subject="Your order 318554207 has been confirmed",
        html=html_of(j1), headers=AUTO)
    case.thread("b7", False, None, "Jumia", "order confirmation")
    j2 = "Hi Wanjiru,\n\nYour package for order 318554207 has been delivered. Enjoy!\n\nRate your delivery experience in the Jumia app.\n"
    add("b8", jumia, [me], "2026-03-18 15:25", j2, subject="Your package has been delivered",
        html=html_of(j2), headers=AUTO)
    case.thread("b8", False, None, "Jumia", "delivery notice")
    add("b9", equity, [me], "2026-04-02 05:30", """\
Dear WANJIRU KAMAU,

Your e-Statement for March 2026 on account ending 4471 is attached. Use your date of birth (DDMMYYYY) to open it.

Equity Bank never asks for your PIN or password by email or phone.

Equity Bank (Kenya) Limited
""", subject="Your March 2026 e-Statement", headers=AUTO,
        attachments=[("eStatement_Mar2026.pdf", "application/pdf",
                      make_pdf(["EQUITY BANK e-STATEMENT", "March 2026", "Account ending 4471"]))])
    case.thread("b9", False, None, "Equity Bank", "bank statement")
    add("b10", sha, [me], "2026-03-10 09:05", """\
Dear Member,

Your SHA contribution of KSh 2,750 for March 2026 has been received. Thank you.

Social Health Authority
""", subject="SHA contribution received – March 2026", headers=AUTO)
    case.thread("b10", False, None, "Social Health Authority", "health insurance contribution receipt")

    dent_ics = make_ics(method="PUBLISH", uid=uid_uuid("lavington", "appt"),
                        stamp=T("2026-03-31 10:20"), start=T("2026-04-16 15:30"),
                        end=T("2026-04-16 16:15"), summary="Dental check-up & cleaning – Dr. Sang",
                        organizer=dentist, tzid=NBO,
                        location="Lavington Dental Centre, James Gichuru Road",
                        prodid="-//Lavington Dental Centre//Appointments//EN")
    add("b11", dentist, [me], "2026-03-31 10:20", """\
Dear Wanjiru,

Your appointment is confirmed:

Thursday 16 April 2026 at 3.30 pm
Dental check-up & cleaning with Dr. Sang
Lavington Dental Centre, James Gichuru Road

Please arrive ten minutes early. To reschedule, call 0709 555 330 at least 24 hours before.
""", subject="Appointment confirmation – Thursday 16 April 2026, 3.30 pm", headers=AUTO,
        ics=dent_ics, ics_mode="publish")
    case.thread("b11", False, None, "Lavington Dental Centre", "dentist appointment with ICS (PUBLISH)")
    case.meeting("b11", T("2026-04-16 15:30"), T("2026-04-16 16:15"), status="scheduled",
                 job=False, what="dentist")

    # ---- newsletters and job alerts
    rsc_hdr = bulk_headers("<eic.rsc.org>", "https://edu.rsc.org/unsubscribe")
    n1 = """\
Education in Chemistry – March

- Five misconceptions about bonding (and how to unpick them)
- Practical endorsement: getting the evidence without the paperwork
- Starters for ten: redox
- Jobs: Teacher of Chemistry roles in the UK and overseas

Read online: https://edu.rsc.org/eic/march-2026
"""
    add("n1", rsc, [me], "2026-03-12 11:00", n1,
        subject="Education in Chemistry – March: bonding misconceptions, practical endorsement",
        html=html_of(n1), headers=rsc_hdr)
    case.thread("n1", False, None, "Royal Society of Chemistry", "newsletter")
    n2 = """\
Education in Chemistry – April

- Teaching electrolysis with a 9 V battery and pencil leads
- Interview: moving from national exams to the IB Diploma
- Careers: applying for chemistry posts abroad – what heads look for
- Jobs board: 48 new Teacher of Chemistry vacancies

Read online: https://edu.rsc.org/eic/april-2026
"""
    add("n2", rsc, [me], "2026-04-09 11:00", n2,
        subject="Education in Chemistry – April: electrolysis, and teaching abroad",
        html=html_of(n2), headers=rsc_hdr)
    case.thread("n2", False, None, "Royal Society of Chemistry", "newsletter full of job words")
    n3 = """\
Easter getaway deals

Nairobi to Dubai from USD 389 return
Nairobi to Amsterdam from USD 720 return
Book by 31 March, travel until 30 June.

Terms apply. Kenya Airways – The Pride of Africa.
"""
    add("n3", kq, [me], "2026-03-20 10:00", n3, subject="Easter getaway: Nairobi to Dubai from USD 389",
        html=html_of(n3), html_only=True,
        headers=bulk_headers("<offers.kenya-airways.com>", "https://www.kenya-airways.com/unsubscribe"))
    case.thread("n3", False, None, "Kenya Airways", "airline promotion")

    bm_hdr = bulk_headers("<alerts.brightermonday.co.ke>", "https://www.brightermonday.co.ke/alerts/unsubscribe")
    ja1 = """\
12 new jobs match your alert "Chemistry Teacher" in Nairobi

Chemistry Teacher – Greenvale Academy, Ruiru – KSh 70,000 – 90,000
Laboratory Technician – Afya Diagnostics, Upper Hill
Science Teacher (Chemistry/Biology) – Kitengela Junior Seminary
Curriculum Developer, STEM – EduBridge Africa
...and 8 more

Apply now – employers are interviewing this week.
"""
    add("ja1", bm, [me], "2026-03-02 07:00", ja1,
        subject="12 new jobs for \"Chemistry Teacher\" in Nairobi", html=html_of(ja1), headers=bm_hdr)
    case.thread("ja1", False, None, "BrighterMonday", "job-board alert; owes nothing")
    ja2 = """\
7 new jobs match your alert "Chemistry Teacher" in Nairobi

Head of Science – Parklands Preparatory School
Chemistry Teacher (IGCSE) – Runda Hills Academy – apply by 10 April
Programme Officer, Education – a Westlands NGO
...and 4 more

Your CV was viewed by 3 employers this month.
"""
    add("ja2", bm, [me], "2026-03-30 07:00", ja2,
        subject="7 new jobs for \"Chemistry Teacher\" in Nairobi", html=html_of(ja2), headers=bm_hdr)
    case.thread("ja2", False, None, "BrighterMonday", "job-board alert; owes nothing")
    tes_hdr = bulk_headers("<jobalerts.tes.com>", "https://www.tes.com/jobs/alerts/unsubscribe")
    ja3 = """\
New jobs for you: Teacher of Chemistry – Middle East

Teacher of Chemistry – British School, Muscat – closing 22 March – interviews w/c 30 March
Chemistry Teacher (IB DP) – International Academy, Riyadh – closing 25 March
Teacher of Science (Chemistry) – Sharjah – closing 31 March

View all 23 jobs on Tes.
"""
    add("ja3", tes, [me], "2026-03-14 06:00", ja3,
        subject="New jobs for you: Teacher of Chemistry – Middle East", html=html_of(ja3),
        headers=tes_hdr)
    case.thread("ja3", False, None, "Tes", "job-board alert; owes nothing")
    ja4 = """\
New jobs for you: Teacher of Chemistry – Europe

DP Chemistry Teacher – International School, Eindhoven – closing 20 April
Teacher of Chemistry – British School, Brussels – closing 17 April
Chemistry & Physics Teacher – International School, Lisbon – interviews late April

View all 15 jobs on Tes.
"""
    add("ja4", tes, [me], "2026-04-04 06:00", ja4,
        subject="New jobs for you: Teacher of Chemistry – Europe", html=html_of(ja4),
        headers=tes_hdr)
    case.thread("ja4", False, None, "Tes", "job-board alert; owes nothing")

    return case


SUMMARY = (
    "Wanjiru Kamau, 34, teaches IGCSE and A Level chemistry at a private school in Nairobi and is "
    "looking for an international post for August 2026 through an agency (Compass Teacher Search), its "
    "virtual fair, and direct applications in Kenya, the Gulf and Europe, while a Nairobi STEM NGO sounds "
    "her out over coffee. `now` is Tuesday 14 April 2026, 09:00 EAT (UTC+3, no daylight saving); the "
    "mailbox runs from 24 February, across the European clock change of 29 March (a Rotterdam school "
    "writes in CET and interviews in CEST, its Outlook invite named 'W. Europe Standard Time') and the "
    "Easter school holidays. Dubai and Abu Dhabi write in Gulf time, Doha shares Nairobi's clock, and "
    "dates come both day-first (Kenyan and Dutch senders) and month-first (SmartRecruiters, Calendly). "
    "Job search: the agency's catch-up call and fair (stale), a Doha lead whose agency promise lapsed, "
    "an ATS confirmation naming a two-person panel who got one joint thank-you, a Teams interview whose "
    "agenda has the HR organiser run the first ten minutes, a Nairobi interview day (lesson observation "
    "and panel) moved by the Head's PA and agreed in two words, a Mombasa Google invite naming its panel "
    "only in the description followed by a gentle rejection, a Calendly no-show rebooked after `now`, an "
    "offer from a Kenyan school, a Workday acknowledgement and rejection, an NGO coffee and a "
    "'catch-up' invite whose title is the only hint, and a networking call she asked for. Noise: her "
    "school (where she sits on a lab technician interview panel), a parent, M-Pesa, KPLC, Safaricom, "
    "bank and SHA notices, a dentist's ICS, a church committee, a chama, family mail in Kiswahili and "
    "Sheng, friends, a university alumni list, newsletters and job-board alerts.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
