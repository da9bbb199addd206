#!/usr/bin/env python3
"""Sealed case: data-bangalore (Rohit Iyer, data engineer in Bengaluru)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # noqa: F401,F403
from casekit import Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL
from casekit import uid_google, uid_outlook, uid_uuid, run
import datetime as dt

NAME = "data-bangalore"
IST = "Asia/Kolkata"
PT = "America/Los_Angeles"
ET = "America/New_York"
SGT = "Asia/Singapore"

OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

RESUME = make_pdf([
    "Rohit Iyer",
    "Senior Data Engineer | Bengaluru | +91 98450 31762 | rohit.iyer@example.in",
    "Cartwheel Commerce (2022-now): clickstream and orders pipelines, Spark on EMR, Airflow, ~2 TB/day",
    "Moxie Fintech (2019-2022): payments event pipelines, Flink fraud feature store, Kafka",
    "Infosys (2017-2019): ETL on Informatica and Oracle for a UK retail client",
    "B.Tech, Computer Science, NIT Tiruchirappalli, 2017",
    "Skills: Python, Scala, SQL, Spark, Flink, Kafka, Airflow, dbt, Iceberg, AWS, GCP",
])


def build():
    now = dt.datetime(2026, 3, 19, 11, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    case = Case(
        NAME,
        "Rohit Iyer, data engineer in Bengaluru, mid-March 2026: Bengaluru/Hyderabad product "
        "companies, US and Singapore remote roles, a long HR-coordinated interview thread, "
        "work incidents, a cousin's wedding and a landlord",
        {"name": "Rohit Iyer", "emails": ["rohit.iyer@example.in", "rohit.iyer@cartwheel.in"],
         "phone": "+91 98450 31762", "timezone": IST},
        now,
        "",
    )
    me = Person("Rohit Iyer", "rohit.iyer@example.in", IST, "webmail",
                sig="Rohit Iyer\n+91 98450 31762", msgid_domain="mail.example.in")
    case.me = me
    me_work = Person("Rohit Iyer", "rohit.iyer@cartwheel.in", IST, "outlook")
    at = case.at
    add = case.add

    # ------------------------------------------------------------------ people
    priyanka = Person("Priyanka Sharma", "priyanka.sharma@zentrix.in", IST, "outlook",
                      sig="Thanks & Regards,\nPriyanka Sharma\nTalent Acquisition | Zentrix "
                          "Technologies Pvt. Ltd.\nM: +91 90080 44127 | www.zentrix.in",
                      region="apcprd06")
    meenakshi = Person("Meenakshi Pillai", "meenakshi.pillai@zentrix.in", IST, "outlook",
                       region="apcprd06")
    arjun = Person("Arjun Das", "arjun.das@zentrix.in", IST, "outlook", region="apcprd06")
    vivek = Person("Vivek Menon", "vivek.menon@zentrix.in", IST, "outlook", region="apcprd06",
                   sig="Vivek Menon\nEngineering Manager, Data Platform\nZentrix Technologies")
    kaveri = ("BLR-3F-Kaveri (6)", "blr-3f-kaveri@zentrix.in")

    jenna = Person("Jenna Morales", "jenna@brightloop.io", PT, "gmail",
                   sig="Jenna Morales\nTechnical Recruiter | Brightloop\nbrightloop.io/careers")
    jenna_cal = Person("Jenna Morales", "jenna@brightloop.io", PT, "gcal")
    marcus = Person("Marcus Chen", "marcus.chen@brightloop.io", PT, "gmail")
    priya = Person("Priya Nair", "priya.nair@brightloop.io", PT, "gmail")
    goodtime = Person("Brightloop Recruiting", "no-reply@goodtime.io", PT, "auto", auto=True)

    hafiz = Person("Hafiz Rahman", "hafiz.rahman@tembusudata.sg", SGT, "gmail",
                   sig="Hafiz Rahman\nHead of Data, Tembusu Data Pte. Ltd.")
    aisyah = Person("Nur Aisyah", "aisyah@tembusudata.sg", SGT, "gmail",
                    sig="Nur Aisyah\nTalent Partner | Tembusu Data\n+65 8123 4471")
    lever = Person("Tembusu Data", "no-reply@hire.lever.co", SGT, "auto", auto=True)

    harika = Person("Harika Pulla", "harika.pulla@vantarahealth.com", IST, "outlook",
                    sig="Regards,\nHarika Pulla\nTalent Acquisition Executive\nVantara Health "
                        "Pvt Ltd, Hitec City, Hyderabad\n+91 93460 11872",
                    region="apcprd03")
    anusha = Person("Anusha Reddy", "anusha.reddy@kestrellabs.in", IST, "gmail")
    srinivas = Person("Srinivas Rao", "srinivas.rao@tessellate.ai", IST, "outlook",
                      region="apcprd01")
    neha = Person("Neha Joshi", "neha.joshi@pebblepay.in", IST, "gmail")

    nikhil = Person("Nikhil Bhat", "nikhil.bhat@quillpay.com", IST, "gmail")
    farah = Person("Farah Khan", "farah.khan@quillpay.com", IST, "gmail",
                   sig="Farah Khan\nTalent Partner, Quillpay\n+91 80954 22310")
    aditya_cal = Person("Aditya Rao", "aditya.rao@quillpay.com", IST, "gcal")
    greenhouse = Person("Quillpay", "no-reply@us.greenhouse-mail.io", IST, "auto", auto=True)

    deepak = Person("Deepak Verma", "deepak.verma@trellismobility.com", IST, "outlook",
                    sig="Thanks & Regards,\nDeepak Verma\nSr. Talent Acquisition Specialist\n"
                        "Trellis Mobility Pvt. Ltd. | Whitefield, Bengaluru\n+91 99001 27345",
                    region="apcprd02")
    naukri_apply = Person("Naukri.com", "donotreply@naukri.com", IST, "auto", auto=True)

    claire = Person("Claire Donovan", "claire.donovan@harborlineanalytics.com", ET, "outlook",
                    sig="Claire Donovan\nSenior Talent Partner\nHarborline Analytics | New York, NY"
                        "\n+1 (646) 555-0187")
    greg_cal = Person("Greg Lawson", "greg.lawson@harborlineanalytics.com", ET, "gcal")
    greg = Person("Greg Lawson", "greg.lawson@harborlineanalytics.com", ET, "gmail")

    irfan = Person("Mohammed Irfan", "irfan.m@corvane.com", IST, "outlook", region="apcprd04",
                   sig="Regards,\nMohammed Irfan\nTalent Acquisition | Corvane Systems, Hyderabad")
    lakshmi = Person("Lakshmi Narayanan", "lakshmi.n@corvane.com", IST, "outlook",
                     region="apcprd04")
    workday = Person("Skyhaven Software", "skyhaven@myworkday.com", PT, "auto", auto=True)

    arvind = Person("Arvind Krishnan", "arvind.krish87@gmail.com", IST, "gmail")
    sameer = Person("Sameer Kapoor", "sameer@orbitly.sg", SGT, "gmail",
                    sig="Sameer Kapoor\nHead of Data Infrastructure, Orbitly")

    swati = Person("Swati Hegde", "swati.hegde@cartwheel.in", IST, "outlook", region="apcprd05",
                   sig="Swati Hegde\nTalent Acquisition - Tech | Cartwheel Commerce")
    rajesh = Person("Rajesh Nambiar", "rajesh.nambiar@cartwheel.in", IST, "outlook",
                    region="apcprd05", sig="Rajesh\nSent from Outlook for iOS")
    kiran = Person("Kiran Shetty", "kiran.shetty@cartwheel.in", IST, "outlook", region="apcprd05")
    divya = Person("Divya Sundaram", "divya.s@cartwheel.in", IST, "outlook", region="apcprd05")
    pagerduty = Person("PagerDuty", "no-reply@pagerduty.com", IST, "auto", auto=True)
    confluence = Person("Confluence", "confluence@cartwheel.atlassian.net", IST, "auto", auto=True)
    team_dl = Person("Data Platform Team", "dataplatform@cartwheel.in", IST, "outlook")

    amma = Person("Vasanthi Iyer", "vasanthi.iyer1962@gmail.com", IST, "gmail")
    ramesh_mama = Person("Ramesh Subramanian", "ramesh.subbu.chennai@gmail.com", IST, "gmail")
    sriram = Person("Sriram V", "sriram.venkat93@gmail.com", IST, "gmail")
    cousin2 = Person("Meera", "meera.ganesh.blr@gmail.com", IST, "gmail")
    landlord = Person("H Manjunath", "manjunath.h1960@gmail.com", IST, "gmail")
    captain = Person("Naveen Gowda", "naveen.gowda.cricket@gmail.com", IST, "gmail")

    hdfc = Person("HDFC Bank Credit Cards", "emailstatements.cards@hdfcbank.net", IST, "auto",
                  auto=True)
    swiggy = Person("Swiggy", "noreply@swiggy.in", IST, "auto", auto=True)
    bescom = Person("BESCOM", "ebill@bescom.co.in", IST, "auto", auto=True)
    airtel = Person("Airtel", "ebill@airtel.com", IST, "auto", auto=True)
    apollo = Person("Apollo Clinic Koramangala", "appointments@apolloclinic.com", IST, "auto",
                    auto=True)
    cult = Person("cult.fit", "no-reply@cult.fit", IST, "auto", auto=True)
    zerodha = Person("Zerodha Coin", "noreply@zerodha.net", IST, "auto", auto=True)
    dew = Person("Data Engineering Weekly", "dataengineeringweekly@substack.com", "UTC", "auto",
                 auto=True)
    linkedin = Person("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "UTC", "auto",
                      auto=True)
    naukri = Person("Naukri.com", "info@naukri.com", IST, "auto", auto=True)
    indigo = Person("IndiGo", "reservations@customer.goindigo.in", IST, "auto", auto=True)
    recal = Person("RECAL - NIT Trichy Alumni", "newsletter@recal.org", IST, "auto", auto=True)

    # ======================================================================
    # Zentrix: one long coordinator thread, L1 / L2 / techno-managerial / HR
    # ======================================================================
    add("z1", priyanka, [me], "2026-02-20 12:10",
        subject="Interview Schedule || Data Engineer - II || Rohit Iyer", body="""
Hi Rohit,

Greetings of the day!

With reference to your application for the Data Engineer - II position, we are pleased to inform you that your profile has been shortlisted for the interview process.

Please find the L1 (technical) round details below:

Date: 26-Feb-2026 (Thursday)
Time: 11:00 AM to 12:00 PM IST
Mode: Virtual (MS Teams - link will be shared in the calendar invite)
Panel: Karthik Raman, Senior Data Engineer (karthik.raman@zentrix.in)

Kindly confirm your availability at the earliest and do the needful.

Note: Please keep your camera on throughout the discussion and ensure a stable internet connection.
""")
    add("z2", me, [priyanka], "2026-02-20 15:40", parent="z1", body="""
Hi Priyanka,

Thank you for the update. I confirm my availability for the L1 round on 26th Feb at 11 AM.

Regards,
""")
    add("z3", priyanka, [me], "2026-02-26 18:05", parent="z2", body="""
Hi Rohit,

Happy to inform you that you have cleared the L1 round. Congratulations!

Your L2 round is scheduled as below:

Date: 04/03/2026 (Wednesday)
Time: 3:00 PM - 4:00 PM IST
Panel:
1. Meenakshi Pillai, Lead Data Engineer - meenakshi.pillai@zentrix.in
2. Arjun Das, Staff Engineer, Platform - arjun.das@zentrix.in

Invite will be shared from my calendar. Request you to revert with your confirmation.
""")
    add("z4", me, [priyanka], "2026-02-27 09:12", parent="z3", body="""
Hi Priyanka,

Thanks a lot! Confirmed for 4th March, 3 PM.

Regards,
""")
    add("z5", priyanka, [me], "2026-03-03 10:20", parent="z4", body="""
Hi Rohit,

Due to unavoidable circumstances one of the panel members is travelling tomorrow, hence we need to reschedule your L2 discussion. Apologies for the short notice.

Kindly let me know which of the below slots suits you:
- 05/03 (Thu) anytime post 5 PM
- 06/03 (Fri) between 2 PM and 4 PM

Will block the calendars accordingly.
""")
    add("z6", me, [priyanka], "2026-03-03 11:02", parent="z5", body="""
Hi Priyanka,

Friday 6th, 2:30 PM works for me.

Regards,
""")
    add("z7", priyanka, [me], "2026-03-03 11:41", parent="z6", body="""
Noted Rohit. Have moved the L2 to 06-03-2026, 2:30 to 3:30 PM. Updated invite sent, kindly accept the same.
""")
    l2_start, l2_end = at("2026-03-06 14:30"), at("2026-03-06 15:30")
    add("zi1", priyanka, [me, meenakshi, arjun], "2026-03-03 11:38",
        subject="Updated: Data Engineer II - L2 Technical - Rohit Iyer", sig=False, body="""
Hi Rohit, Meenakshi, Arjun,

The L2 has been moved from Wed 04-Mar to Fri 06-Mar, 2:30 PM - 3:30 PM IST. Meenakshi will join from the Kaveri room, others on Teams.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 472 118 390 624
Passcode: Zx4bT9
________________________________________________________________________________
""", ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook(NAME, "zentrix-l2"),
            stamp=at("2026-03-03 11:38"), start=l2_start, end=l2_end,
            summary="Data Engineer II - L2 Technical - Rohit Iyer", organizer=priyanka,
            attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                       (meenakshi, "ACCEPTED", "INDIVIDUAL"),
                       (arjun, "ACCEPTED", "INDIVIDUAL"),
                       (kaveri, "ACCEPTED", "ROOM")],
            tzid="India Standard Time", location="Microsoft Teams Meeting; BLR-3F-Kaveri (6)",
            description="L2 technical discussion for Data Engineer II. Panel: Meenakshi Pillai, "
                        "Arjun Das. Candidate: Rohit Iyer.",
            sequence=1, prodid=OUTLOOK_PRODID))
    add("zt1", me, [meenakshi, arjun], "2026-03-06 19:10",
        subject="Thank you - L2 discussion today", body="""
Dear Meenakshi and Arjun,

Thank you both for taking the time this afternoon. I enjoyed the discussion, especially the design problem on handling late-arriving events in the settlement pipeline and Arjun's question about cost controls on the EMR side.

A few things I wanted to add after the call:
- On the dedup question, I should have mentioned that at Cartwheel we moved from a 24-hour window to watermark-based dedup, which cut reprocessing by about 40%.
- I have hands-on experience with Iceberg table maintenance (compaction, snapshot expiry), which seems relevant to the migration you described.

I'm very keen on the role and look forward to hearing from Priyanka on next steps.

Warm regards,
""")
    add("zt2", meenakshi, [me], "2026-03-09 09:35", parent="zt1", sig=False, body="""
Hi Rohit,

Good to hear from you, and appreciate the extra detail on the watermarking. Priyanka will get in touch about the next round.

Meenakshi
""")
    add("z8", priyanka, [me], "2026-03-09 11:45", parent="z7", body="""
Hi Rohit,

Greetings!

Pleased to inform you that you have cleared the L2 round. The next step is the Techno-Managerial round with Vivek Menon, Engineering Manager - Data Platform (vivek.menon@zentrix.in).

Schedule: Thursday, 12th March 2026 | 5:00 PM IST onwards (approx. 1 hour)
Mode: MS Teams

Please confirm.
""")
    add("z9", me, [priyanka], "2026-03-09 13:20", parent="z8", body="""
Confirmed, thanks Priyanka.

Rohit
""", sig=False)
    add("z10", priyanka, [me], "2026-03-10 10:05", parent="z9", body="""
Hi Rohit,

Vivek has a leadership offsite on 12th. Is it possible to prepone the TM round to tomorrow i.e. 11/03 at the same time (5 PM)?

Kindly revert at the earliest.
""")
    add("z11", me, [priyanka], "2026-03-10 10:31", parent="z10", body="""
Sure, no issues. Tomorrow 5 PM is fine with me.

Rohit
""", sig=False)
    tm_start, tm_end = at("2026-03-11 17:00"), at("2026-03-11 18:00")
    add("zv1", me, [vivek], "2026-03-11 21:15", subject="Thank you for today's discussion", body="""
Hi Vivek,

Thank you for the conversation this evening. It was useful to hear how you are thinking about splitting the platform team into ingestion and serving pods, and the candid picture of the on-call load.

I came away even more interested in the role. I think the work I've done on cost attribution for Spark jobs at Cartwheel maps closely to the FinOps problem you mentioned, and I'd enjoy taking that on.

Thanks again for making time, especially with the offsite coming up.

Best regards,
""")
    add("zv2", vivek, [me], "2026-03-12 09:40", parent="zv1", body="""
Hi Rohit,

Thanks for the note, and for the detailed answers on the backfill question. Priyanka will take it forward from here.
""")
    add("z12", priyanka, [me], "2026-03-12 16:30", parent="z11", body="""
Hi Rohit,

Congratulations, you have cleared the Techno-Managerial round!

The final step is an HR discussion with Sneha Kulkarni, HR Business Partner (sneha.kulkarni@zentrix.in), on Monday 16/03/2026 at 11:30 AM. It will be a telephonic discussion; Sneha will call you on your registered mobile number.

Request you to keep your current CTC, expected CTC and notice period details handy.
""")
    add("z13", me, [priyanka], "2026-03-12 17:02", parent="z12", body="""
Noted, thank you. Will be available.

Rohit
""", sig=False)
    add("z14", priyanka, [me], "2026-03-13 09:50", parent="z13", body="""
Hi Rohit,

Sneha is on planned leave on Monday, so we are postponing the HR discussion to Tuesday, 17th March at 3 PM. Apologies for the inconvenience caused.

Kindly confirm if this works.
""")
    add("z15", me, [priyanka], "2026-03-13 10:14", parent="z14", sig=False, body="""
Tuesday works.

Sent from my iPhone
""")
    hr_start = at("2026-03-17 15:00")
    add("z16", priyanka, [me], "2026-03-18 12:20", parent="z15", body="""
Hi Rohit,

Hope your discussion with Sneha went well yesterday.

Sneha has asked me to let you know that the final decision will be communicated to you by Monday, 23rd March, once the internal approvals are done.

Meanwhile, kindly share the below documents at the earliest:
1. Last 3 months' payslips
2. Current CTC break-up
3. Relieving letter from your previous employer

Do the needful.
""")
    add("z17", me, [priyanka], "2026-03-18 20:40", parent="z16", body="""
Hi Priyanka,

Noted, thank you. I will share the payslips and the CTC break-up by Friday. The relieving letter is with Moxie's HR; I have asked them for a soft copy and will forward it once I receive it.

Regards,
""")
    case.thread("z1", True, "interview", "Zentrix Technologies",
                "HR-coordinated thread: L1 Thu 26 Feb (stale), L2 moved 04/03 -> Fri 06/03 "
                "14:30-15:30 (thanked by one note to both panelists), TM round preponed 12th -> "
                "Wed 11/03 17:00 (thanked in new thread), HR round moved Mon 16 -> Tue 17 Mar "
                "15:00 with Sneha (no end; not thanked); third-party promise 'by Monday 23rd "
                "March'; Rohit's own 'payslips by Friday' (20 Mar) still open")
    case.thread("zi1", True, "interview", "Zentrix Technologies",
                "Outlook/Teams update for the L2, room in attendee list")
    case.thread("zt1", True, "interview", "Zentrix Technologies",
                "one thank-you to both L2 panelists; Meenakshi replied")
    case.thread("zv1", True, "interview", "Zentrix Technologies",
                "thank-you to Vivek after the TM round, in a new thread; he replied")
    case.meeting("z1", at("2026-02-26 11:00"), at("2026-02-26 12:00"),
                 met=["karthik.raman@zentrix.in"], what="Zentrix L1 (stale, never thanked)")
    case.meeting("z1", l2_start, l2_end, met=[meenakshi.email, arjun.email],
                 thanks={meenakshi.email: "zt1", arjun.email: "zt1"}, what="Zentrix L2")
    case.meeting("z1", tm_start, tm_end, met=[vivek.email], thanks={vivek.email: "zv1"},
                 what="Zentrix techno-managerial")
    case.meeting("z1", hr_start, None, met=["sneha.kulkarni@zentrix.in"],
                 what="Zentrix HR round")
    case.promise("z1", "z16", priyanka.email, "2026-03-23")
    case.own_promise("z1", "z17", priyanka.email, "2026-03-20")
    case.expect("thank_you", "z1", "sneha.kulkarni@zentrix.in",
                "HR round (phone) moved from Mon 16 to Tue 17 Mar 15:00, no end given (60 min); "
                "held; nothing sent to Sneha; due 18:00 that day, overdue since Wed 18 Mar 16:00")
    case.forbid("z1", arjun.email,
                "L2 panelist on Fri 6 Mar; thanked by the joint note to Meenakshi and Arjun that "
                "evening")
    case.forbid("z1", vivek.email,
                "techno-managerial round (preponed to Wed 11 Mar) was thanked the same night in "
                "a new thread")
    case.forbid("z1", priyanka.email,
                "coordinator, not met; 'final decision by Monday 23rd March' (third party) is "
                "still ahead, and Rohit's own 'by Friday' (20 Mar) is not due yet")

    # ======================================================================
    # Brightloop (US remote, Pacific time)
    # ======================================================================
    add("b1", jenna, [me], "2026-02-16 09:00",
        subject="Senior Data Engineer (remote, India) at Brightloop - 30 min conversation?",
        body="""
Hi Rohit,

I came across your profile while looking for people who've run Spark and Airflow at real scale, and the clickstream work you describe at Cartwheel stood out.

I'm hiring a Senior Data Engineer for our Data Platform team. It's fully remote and we already have four engineers in India, so you wouldn't be the only one doing the time zone dance.

Would you be up for a 30-minute conversation this week? I'm in Pacific time, so my mornings are your evenings. Wednesday 2/18 at 8:30am PT or Thursday 2/19 at 9:00am PT both work on my side.

Cheers,
""")
    add("b2", me, [jenna], "2026-02-17 08:15", parent="b1", body="""
Hi Jenna,

Thanks for reaching out, the role sounds interesting. Thursday 2/19 at 9 AM PT works - that's 10:30 PM here, which is fine for me.

Best,
""")
    add("b3", jenna, [me], "2026-02-16 19:02", parent="b2", sig=False, body="""
Perfect, sending an invite now. Talk Thursday!

J
""")
    scr_start = dt.datetime(2026, 2, 19, 9, 0, tzinfo=jenna.tz)
    scr_end = dt.datetime(2026, 2, 19, 9, 30, tzinfo=jenna.tz)
    add("bi1", jenna_cal, [me], "2026-02-16 19:04", headers=GCAL, sig=False,
        subject="Invitation: Rohit Iyer <> Jenna (Brightloop) @ Thu Feb 19, 2026 9am - 9:30am "
                "(PST) (rohit.iyer@example.in)", body="""
You have been invited to the following event.

Rohit Iyer <> Jenna (Brightloop)
When: Thursday Feb 19, 2026 9am - 9:30am Pacific Time - Los Angeles
Joining info: meet.google.com/pfd-wqcn-hse
Calendar: rohit.iyer@example.in
Who:
  * jenna@brightloop.io - organizer
  * rohit.iyer@example.in

Invitation from Google Calendar
""", ics=make_ics(method="REQUEST", uid=uid_google(NAME, "bl-screen"),
                  stamp=dt.datetime(2026, 2, 17, 3, 4, tzinfo=dt.timezone.utc),
                  start=scr_start, end=scr_end, summary="Rohit Iyer <> Jenna (Brightloop)",
                  organizer=jenna_cal,
                  attendees=[(jenna_cal, "ACCEPTED", "INDIVIDUAL"),
                             (me, "NEEDS-ACTION", "INDIVIDUAL")],
                  tzid=PT, location="meet.google.com/pfd-wqcn-hse"))
    add("b4", me, [jenna], "2026-02-20 09:10", parent="b3", body="""
Hi Jenna,

Thank you for the conversation last night, it was great to get the full picture of the Data Platform team and where Brightloop is headed with the event store.

As mentioned, I'm happy to do evening calls IST for the next rounds.

Best,
""")
    add("b5", jenna, [me], "2026-02-20 14:30", parent="b4", body="""
Hi Rohit,

Thanks! Good news: the team would like to move you forward to a technical conversation with Marcus (our Data Platform lead) and Priya (Staff Engineer). Our scheduling tool, GoodTime, will email you a confirmation once I lock in a slot with them, probably for the first week of March.

Jenna
""", sig=False)
    add("g1", goodtime, [me], dt.datetime(2026, 2, 26, 11, 20, tzinfo=goodtime.tz),
        headers=AUTO, reply_to=jenna, sig=False,
        subject="Interview Confirmed: Senior Data Engineer - Brightloop - Thu, Mar 5, 8:00 AM PST",
        body="""
Hi Rohit,

Your interview with Brightloop is confirmed.

Position: Senior Data Engineer (Remote, India)
Date: Thursday, March 5, 2026
Time: 8:00 AM - 9:30 AM Pacific Standard Time (9:30 PM - 11:00 PM India Standard Time)
Location: Zoom - https://brightloop.zoom.us/j/86123370045

Your interviewers:
- Marcus Chen, Data Platform Lead (marcus.chen@brightloop.io)
- Priya Nair, Staff Software Engineer (priya.nair@brightloop.io)

Need to reschedule? Reply to this email and your recruiter will be in touch.

Sent by GoodTime on behalf of Brightloop. This mailbox is not monitored.
""", html_only=True, html=html_of("""
Hi Rohit,

Your interview with Brightloop is confirmed.

Position: Senior Data Engineer (Remote, India)
Date: Thursday, March 5, 2026
Time: 8:00 AM - 9:30 AM Pacific Standard Time (9:30 PM - 11:00 PM India Standard Time)
Location: Zoom - https://brightloop.zoom.us/j/86123370045

Your interviewers:
- Marcus Chen, Data Platform Lead (marcus.chen@brightloop.io)
- Priya Nair, Staff Software Engineer (priya.nair@brightloop.io)

Need to reschedule? Reply to this email and your recruiter will be in touch.

Sent by GoodTime on behalf of Brightloop. This mailbox is not monitored.
""", title="Interview Confirmed"))
    pan_start = dt.datetime(2026, 3, 5, 8, 0, tzinfo=jenna.tz)
    pan_end = dt.datetime(2026, 3, 5, 9, 30, tzinfo=jenna.tz)
    add("b6", jenna, [me], "2026-03-05 18:10", parent="b5", body="""
Hi Rohit,

Thanks for making the late evening work - I know 9:30pm isn't anyone's favourite interview slot. Marcus and Priya are writing up their notes now.

To be transparent, we're also talking to a couple of other candidates for this seat. The hiring team gets together on Wednesday (3/11) to compare everyone, and I'll come back to you by Friday, March 13 at the latest.

Have a great weekend,
""")
    add("bt1", me, [marcus], "2026-03-06 08:30",
        subject="Thank you - technical conversation (Senior Data Engineer)", body="""
Hi Marcus,

Thank you for the time yesterday. I really enjoyed working through the exactly-once question on the ingestion side with you; it's the kind of problem I'd like to spend my days on.

Three things I'd bring to the team:
- Five years of running Spark and Flink pipelines in production, including on-call for them
- A track record of cutting compute costs (about 30% on EMR at Cartwheel last year)
- Experience moving a warehouse to Iceberg without downtime

I'm very interested in the role and will check in with Jenna after the team's review.

Best regards,
""")
    add("b7", me, [jenna], "2026-03-06 09:05", parent="b6", body="""
Hi Jenna,

Thanks for the update and the transparency, appreciate it. Looking forward to hearing from you.

Best,
""")
    case.thread("b1", True, "recruiter", "Brightloop",
                "recruiter screen Thu 19 Feb 9:00 PST (thanked); panel done; 'team meets Wed 3/11 "
                "... come back to you by Friday, March 13' with other candidates; nothing since")
    case.thread("bi1", True, "interview", "Brightloop", "Google Calendar invite for the screen")
    case.thread("g1", True, "interview", "Brightloop",
                "GoodTime confirmation, no ICS, naming both interviewers with addresses; panel "
                "Thu 5 Mar 8:00-9:30 PST = 21:30-23:00 IST")
    case.thread("bt1", True, "interview", "Brightloop", "new-thread thank-you to Marcus only")
    case.meeting("b1", scr_start, scr_end, met=[jenna.email], thanks={jenna.email: "b4"},
                 what="Brightloop screen")
    case.meeting("g1", pan_start, pan_end, met=[marcus.email, priya.email],
                 thanks={marcus.email: "bt1"}, what="Brightloop panel")
    case.promise("b1", "b6", jenna.email, "2026-03-13")
    case.expect("thank_you", "g1", priya.email,
                "panel Thu 5 Mar 21:30-23:00 IST (8:00-9:30 PST) took place; only Marcus was "
                "thanked; overdue since Fri 6 Mar 23:00, stale only from 20 Mar 01:00")
    case.expect("callback", "b1", jenna.email,
                "'I'll come back to you by Friday, March 13 at the latest'; nothing from "
                "Brightloop since; due end of Tue 17 Mar IST", promised="2026-03-13")
    case.forbid("g1", marcus.email, "thanked in a new thread on Fri 6 Mar morning")
    case.forbid("g1", goodtime.email, "automated scheduler sender (GoodTime no-reply)")

    # ======================================================================
    # Tembusu Data (Singapore remote): interview, then rejection
    # ======================================================================
    add("lv1", lever, [me], dt.datetime(2026, 2, 18, 23, 5, tzinfo=lever.tz), headers=AUTO,
        sig=False, subject="Thank you for your application to Tembusu Data", body="""
Hi Rohit,

Thanks for applying for the Analytics Engineer (Remote - APAC) role at Tembusu Data. We've received your application and our team will review it shortly.

If your experience is a match, someone from our team will be in touch.

Best,
The Tembusu Data Team

Powered by Lever
""")
    add("t1", aisyah, [me], "2026-03-09 14:00",
        subject="Tembusu Data - Analytics Engineer (Remote) - next step", body="""
Hi Rohit,

Thanks for your patience while we worked through applications. Hafiz, our Head of Data, would like to speak with you, and he'll send the details across directly.

Best,
""")
    add("t2", hafiz, [me], "2026-03-09 16:30", parent="t1", cc=[aisyah], body="""
Hi Rohit,

This email confirms your video interview with me on Thursday, 12 March, from 10:00 to 10:45 am Singapore time (7:30 to 8:15 am IST - sorry for the early start on your side). We'll use Google Meet: meet.google.com/xqv-trmd-kpa

Expect a mix of SQL modelling and a walkthrough of a pipeline you've built and are proud of.

Regards,
""")
    add("t3", me, [hafiz], "2026-03-09 15:10", parent="t2", cc=[aisyah], body="""
Hi Hafiz,

Thank you, confirmed for Thursday 12/03, 7:30 AM IST. Looking forward to it.

Regards,
""")
    tb_start, tb_end = at("2026-03-12 07:30"), at("2026-03-12 08:15")
    add("t4", aisyah, [me], "2026-03-12 17:45", parent="t3", body="""
Hi Rohit,

Thanks for speaking with Hafiz this morning. We're finishing interviews for this role this week, and we aim to let every candidate know the outcome by Wednesday 18 March.

Best,
""")
    add("t5", aisyah, [me], "2026-03-16 11:05", parent="t4", body="""
Hi Rohit,

I wanted to get back to you before the 18th rather than keep you waiting. After a lot of discussion, the team has decided to go ahead with another candidate whose experience with dbt in a regulated setting was a closer match for where we are right now.

It was a close call, and Hafiz specifically mentioned how much he liked your walkthrough of the late-arriving data problem. We'd be glad to keep your details on file for future roles, if that's alright with you.

Warm regards,
""")
    add("t6", me, [aisyah], "2026-03-16 10:20", parent="t5", body="""
Hi Aisyah,

Thank you for letting me know, and for the quick closure. Disappointed of course, but I understand. Yes, please do keep my profile on file.

Regards,
""")
    case.thread("lv1", True, "application", "Tembusu Data", "Lever acknowledgement")
    case.thread("t1", True, "rejection", "Tembusu Data",
                "'This email confirms your video interview with me' Thu 12 Mar 10:00-10:45 SGT; "
                "only a pre-meeting thanks to Hafiz; 'aim to let every candidate know by Wed 18 "
                "March'; gentle rejection Mon 16 Mar")
    case.meeting("t1", tb_start, tb_end, met=[hafiz.email], what="Tembusu video interview")
    case.promise("t1", "t4", aisyah.email, "2026-03-18", ended_by="t5")
    case.expect("thank_you", "t1", hafiz.email,
                "video interview Thu 12 Mar 07:30-08:15 IST held; the only thanks came before it; "
                "the rejection does not cancel a thank-you owed; overdue since 13 Mar 08:15")
    case.forbid("t1", aisyah.email,
                "talent partner, not at the interview; rejection on Mon 16 Mar ended the 'by "
                "Wednesday 18 March' promise")

    # ======================================================================
    # Vantara Health (Hyderabad): panel named without addresses
    # ======================================================================
    vh_start, vh_end = at("2026-03-16 11:00"), at("2026-03-16 12:00")
    vh_text = """
Dear Rohit,

Greetings from Vantara Health!

Further to your application through Naukri, please find below the details of your L1 technical interview for the Data Engineer role (Hyderabad, hybrid).

Date & Time: Monday, March 16, 2026, 11:00 AM - 12:00 PM (IST)
Mode: Microsoft Teams (link below)
Panel: Ravi Teja Konda (Lead - Data Engineering) and Shalini M. (Manager - Clinical Analytics)

Kindly join 5 minutes before the scheduled time and keep a valid photo ID handy for verification.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 418 227 903 115
Passcode: Vh7k2Q
________________________________________________________________________________
"""
    add("v1", harika, [me], "2026-03-13 12:30", sig=False,
        subject="Interview: Data Engineer (Hyderabad - Hybrid) | Rohit Iyer | L1 Technical",
        body=vh_text, ics_mode="outlook", ics=make_ics(
            method="REQUEST", uid=uid_outlook(NAME, "vantara-l1"), stamp=at("2026-03-13 12:30"),
            start=vh_start, end=vh_end,
            summary="Interview: Data Engineer (Hyderabad - Hybrid) | Rohit Iyer | L1 Technical",
            organizer=harika, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
            tzid="India Standard Time", location="Microsoft Teams Meeting",
            description="L1 technical interview. Panel: Ravi Teja Konda (Lead - Data "
                        "Engineering) and Shalini M. (Manager - Clinical Analytics).",
            prodid=OUTLOOK_PRODID))
    add("v2", me, [harika], "2026-03-13 13:05", parent="v1", body="""
Dear Harika,

Thank you for sharing the details. I will join on Monday at 11 AM.

Regards,
""")
    add("v3", harika, [me], "2026-03-17 10:10", parent="v2", body="""
Dear Rohit,

Thank you for attending the L1 round yesterday. The panel's feedback is awaited; I shall update you on the next steps by Friday, 20th March.
""")
    case.thread("v1", True, "interview", "Vantara Health",
                "Teams invite from the coordinator, panel named without addresses; held Mon 16 "
                "Mar 11:00-12:00; Harika's 'update by Friday 20th March' still open")
    case.meeting("v1", vh_start, vh_end, met=[],
                 unknown=["Ravi Teja Konda", "Shalini M."], arranged_by=harika.email,
                 what="Vantara L1")
    case.promise("v1", "v3", harika.email, "2026-03-20")
    case.expect("ask_for_address", "v1", harika.email,
                "L1 on Mon 16 Mar 11:00-12:00 held with Ravi Teja Konda and Shalini M., whose "
                "addresses appear nowhere; Rohit has not written to Harika since; due 14:00 Mon")

    # ======================================================================
    # Kestrel Labs (Hyderabad): take-home, Rohit's own promise
    # ======================================================================
    add("k1", anusha, [me], "2026-03-04 11:15",
        subject="Take-home assignment | Data Engineer | Kestrel Labs", sig=False,
        attachments=[("Kestrel_DE_Assignment.pdf", "application/pdf", make_pdf([
            "Kestrel Labs - Data Engineer take-home",
            "Ingest the sample ride events (rides_sample.jsonl), remove duplicates,",
            "and produce hourly aggregates per city. Submit a GitHub link with a README.",
            "Expected effort: 4-6 hours."]))],
        body="""
Hi Rohit,

Greetings from Kestrel Labs!

Thank you for your interest in the Data Engineer role. As the next step in our process, PFA the take-home assignment. You need to build a small pipeline that ingests the sample ride events, dedupes them and produces hourly aggregates. Kindly share a GitHub link with a README.

The usual timeline is 5 working days i.e. by 11/03/2026. Do let me know in case you need more time.

All the best!

Regards,
Anusha Reddy
Talent Acquisition, Kestrel Labs
+91 70136 58820
""")
    add("k2", me, [anusha], "2026-03-04 22:40", parent="k1", body="""
Hi Anusha,

Thank you for sending this across. We have a production release at work this week and I'd like to give the assignment proper attention, so I will send you the GitHub link by Sunday, 15th March at the latest. Hope that's okay.

Regards,
""")
    add("k3", anusha, [me], "2026-03-05 10:02", parent="k2", sig=False, body="""
Hi Rohit, sure, no problem. 15th is fine. Once you submit, it will go to the panel for evaluation.

Thanks,
Anusha
""")
    case.thread("k1", True, "interview", "Kestrel Labs",
                "take-home sent Wed 4 Mar (their own deadline 11/03); Rohit: 'GitHub link by "
                "Sunday, 15th March'; never sent")
    case.own_promise("k1", "k2", anusha.email, "2026-03-15")
    case.expect("own_promise", "k1", anusha.email,
                "Rohit promised the take-home link 'by Sunday, 15th March'; nothing sent to "
                "Anusha since; due end of Sun 15 Mar")

    # ======================================================================
    # Tessellate (Hyderabad): application to a person, only an out-of-office back
    # ======================================================================
    add("ts1", me, [srinivas], "2026-03-05 09:40",
        subject="Application - Senior Data Engineer (Hyderabad) - Rohit Iyer",
        attachments=[("Rohit_Iyer_Resume.pdf", "application/pdf", RESUME)], body="""
Dear Srinivas,

I came across your LinkedIn post about Tessellate building out its data engineering team in Hyderabad, and I would like to be considered for the Senior Data Engineer role.

Briefly: 7 years in data engineering, currently at Cartwheel Commerce where I own the clickstream and orders pipelines (Spark on EMR, Airflow, about 2 TB a day), and before that at Moxie Fintech on payments data. I am open to relocating to Hyderabad.

PFA my resume. Happy to speak at a time convenient to you.

Regards,
""")
    add("ts2", srinivas, [me], dt.datetime(2026, 3, 5, 9, 40, 40, tzinfo=srinivas.tz),
        parent="ts1", quote=False, sig=False,
        subject="Automatic reply: Application - Senior Data Engineer (Hyderabad) - Rohit Iyer",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, body="""
Hi,

I am on leave till Friday, 6th March with limited access to mail. Kindly expect a delay in my response. For anything urgent, please reach out to my team at de-hiring@tessellate.ai.

Regards,
Srinivas
""")
    case.thread("ts1", True, "application", "Tessellate",
                "résumé sent to the hiring director Thu 5 Mar; only an out-of-office reply")
    case.application("ts1", "ts1", srinivas.email)
    case.expect("application", "ts1", srinivas.email,
                "application with résumé Thu 5 Mar; the out-of-office is not an answer; 7 "
                "business days end Mon 16 Mar; due since 17 Mar 00:00")

    # ======================================================================
    # Pebblepay: application too recent
    # ======================================================================
    add("pp1", me, [neha], "2026-03-13 21:05",
        subject="Senior Data Engineer - Payments Risk | Rohit Iyer",
        attachments=[("Rohit_Iyer_Resume.pdf", "application/pdf", RESUME)], body="""
Hi Neha,

Saw your post on LinkedIn that Pebblepay's risk data team is hiring. I'd love to throw my hat in the ring for the Senior Data Engineer opening - resume attached.

I've spent the last few years on payment event pipelines at Moxie and Cartwheel, including a Flink-based fraud feature store, which sounds close to what the post describes.

Cheers,
""")
    case.thread("pp1", True, "application", "Pebblepay",
                "résumé emailed Fri 13 Mar; no reply yet")
    case.application("pp1", "pp1", neha.email)
    case.forbid("pp1", neha.email,
                "application sent Fri 13 Mar: 7 business days run to the end of Tue 24 Mar, "
                "not due yet")

    # ======================================================================
    # Quillpay: referral from a college senior, coffee, conversation ahead
    # ======================================================================
    add("q1", me, [nikhil], "2026-02-24 20:30", sig=False,
        subject="Referral for Senior DE - Payments Data?",
        attachments=[("Rohit_Iyer_Resume.pdf", "application/pdf", RESUME)], body="""
Hi Nikhil,

Hope things are good at Quillpay! Saw on your careers page that the payments data team is hiring a Senior Data Engineer (JR-2231). Would you be comfortable referring me? Attached my latest resume.

Also, it's been ages since Trichy - would love to catch up over coffee and hear how the team actually works before I go through the process.

Thanks,
Rohit
""")
    add("q2", nikhil, [me], "2026-02-24 22:10", parent="q1", sig=False, body="""
Hey Rohit!! Long time da.

Will put in the referral tomorrow morning, you'll get a mail from Greenhouse. Coffee is on - Saturday 7th, Third Wave on 80 Feet Road, 11 am?

Nikhil
""")
    add("q3", me, [nikhil], "2026-02-25 08:05", parent="q2", sig=False, body="""
Perfect, 7th at 11 it is. Thanks a ton!
""")
    add("gh1", greenhouse, [me], "2026-02-25 11:30", headers=AUTO, sig=False,
        subject="You've been referred to Quillpay for Senior Data Engineer, Payments Data",
        body="""
Hi Rohit,

Nikhil Bhat has referred you for the Senior Data Engineer, Payments Data role at Quillpay, and your profile has been added to our hiring pipeline.

No action is needed from you right now. If the team would like to move forward, someone will reach out.

Thanks,
Quillpay Talent Team
""")
    cf_start = at("2026-03-07 11:00")
    add("q4", me, [nikhil], "2026-03-07 16:20", parent="q3", sig=False, body="""
Hi Nikhil,

Thank you for this morning - and for the filter coffee you refused to let me pay for. Hearing how the payments data team splits ownership between ledger and risk was really useful; I have a much clearer picture of what the role actually involves now.

Will keep you posted on how it goes.

Rohit
""")
    add("q5", nikhil, [me], "2026-03-10 13:15", parent="q4", sig=False, body="""
Anytime! FYI Farah from TA should reach out this week, HM is Aditya. Don't over-prepare for him, he likes whiteboard-y conversations more than trivia.

N
""")
    add("f1", farah, [me], "2026-03-11 12:00",
        subject="Payments Data team at Quillpay - conversation with Aditya", body="""
Hi Rohit,

Nikhil tells me good things about you! I look after hiring for our Payments Data team. Our hiring manager, Aditya Rao, would like to have a first conversation with you - nothing formal, about 45 minutes.

Could you share two or three slots next week or early the week after?

Best,
""")
    add("f2", me, [farah], "2026-03-11 19:30", parent="f1", body="""
Hi Farah,

Thanks for reaching out. Next week is a bit packed at work with a migration, so would any of these work?
- Thu 19 Mar, 6 PM onwards
- Fri 20 Mar, 4 PM to 6 PM
- Mon 23 Mar, 11 AM to 1 PM

Regards,
""")
    add("f3", farah, [me], "2026-03-12 10:45", parent="f2", sig=False, body="""
Friday 20th at 4 PM it is. Aditya will send the calendar invite from his side.

Farah
""")
    aq_start, aq_end = at("2026-03-20 16:00"), at("2026-03-20 16:45")
    add("aq1", aditya_cal, [me], "2026-03-12 11:02", headers=GCAL, sig=False,
        subject="Invitation: Quillpay | Aditya <> Rohit - Payments Data @ Fri 20 Mar 2026 "
                "4pm - 4:45pm (IST) (rohit.iyer@example.in)", body="""
You have been invited to the following event.

Quillpay | Aditya <> Rohit - Payments Data
When: Friday 20 Mar 2026 4pm - 4:45pm India Standard Time - Kolkata
Where: Quillpay, 4th floor, Embassy Golf Links / meet.google.com/hke-owzu-vbn
Calendar: rohit.iyer@example.in
Who:
  * aditya.rao@quillpay.com - organizer
  * rohit.iyer@example.in

Invitation from Google Calendar
""", ics=make_ics(method="REQUEST", uid=uid_google(NAME, "quillpay-hm"),
                  stamp=at("2026-03-12 11:02"), start=aq_start, end=aq_end,
                  summary="Quillpay | Aditya <> Rohit - Payments Data", organizer=aditya_cal,
                  attendees=[(aditya_cal, "ACCEPTED", "INDIVIDUAL"),
                             (me, "NEEDS-ACTION", "INDIVIDUAL")],
                  tzid=IST, location="Quillpay, 4th floor, Embassy Golf Links / "
                                     "meet.google.com/hke-owzu-vbn"))
    case.thread("q1", True, "networking", "Quillpay",
                "referral ask with résumé to a college senior (answered); coffee Sat 7 Mar 11:00 "
                "(no end) thanked that afternoon; Nikhil wrote again Tue 10 Mar")
    case.thread("gh1", True, "application", "Quillpay", "Greenhouse referral notice")
    case.thread("f1", True, "recruiter", "Quillpay",
                "'Nikhil tells me good things'; three slots offered, Friday 20th picked")
    case.thread("aq1", True, "interview", "Quillpay",
                "hiring-manager conversation Fri 20 Mar 16:00, still ahead")
    case.application("q1", "q1", nikhil.email, answered_by="q2")
    case.meeting("q1", cf_start, None, met=[nikhil.email], thanks={nikhil.email: "q4"},
                 networking=True, what="coffee with Nikhil")
    case.meeting("aq1", aq_start, aq_end, met=["aditya.rao@quillpay.com"], status="scheduled",
                 what="Quillpay HM conversation")
    case.forbid("q1", nikhil.email,
                "coffee thanked on Sat 7 Mar; his mail of Tue 10 Mar resets the networking clock "
                "(touch due end of Tue 24 Mar); the referral request was answered")
    case.forbid("aq1", "aditya.rao@quillpay.com",
                "conversation on Fri 20 Mar 16:00 IST is still in the future")

    # ======================================================================
    # Trellis Mobility: phone screen, résumé, 'revert by early next week'
    # ======================================================================
    add("tr1", deepak, [me], "2026-03-04 17:20",
        subject="Opportunity with Trellis Mobility | Senior Data Engineer | Bengaluru", body="""
Dear Rohit,

Greetings from Trellis Mobility!

We came across your profile on Naukri and found it suitable for the Senior Data Engineer position in our Bengaluru office (Whitefield). Trellis builds fleet telematics for logistics companies across India and we are scaling our data platform team.

Are you available for a short telephonic discussion tomorrow (05-Mar) at 12:30 PM? Kindly revert with your convenient time and your updated resume.
""")
    add("tr2", me, [deepak], "2026-03-04 18:02", parent="tr1", body="""
Hi Deepak,

12:30 tomorrow is fine. You can reach me on +91 98450 31762.

Regards,
""")
    tr_start = at("2026-03-05 12:30")
    add("tr3", me, [deepak], "2026-03-05 14:10", parent="tr2",
        attachments=[("Rohit_Iyer_Resume.pdf", "application/pdf", RESUME)], body="""
Hi Deepak,

Thank you for your time on the call today. As discussed, PFA my updated resume. My notice period is 60 days (negotiable to 45), and current fixed CTC is 24 LPA.

Regards,
""")
    add("tr4", deepak, [me], "2026-03-05 16:00", parent="tr3", body="""
Dear Rohit,

Thanks for sharing. Will share your profile with the hiring manager and revert by early next week.
""")
    add("nk1", naukri_apply, [me], "2026-02-12 19:45", headers=AUTO, sig=False,
        subject="Your application for Data Engineer - Lumen Retail Tech has been sent",
        body="""
Dear Rohit,

Your application has been sent to Lumen Retail Tech for the position of Data Engineer (4-8 yrs), Bengaluru.

Recruiters usually respond within 2 weeks. Track your applications on the Naukri app.

Team Naukri.com
""")
    case.thread("tr1", True, "recruiter", "Trellis Mobility",
                "phone screen Thu 5 Mar 12:30 (no end) thanked with the résumé at 14:10; "
                "'revert by early next week'; nothing since")
    case.thread("nk1", True, "application", "Lumen Retail Tech",
                "Naukri portal application; no person to write to")
    case.meeting("tr1", tr_start, None, met=[deepak.email], thanks={deepak.email: "tr3"},
                 what="Trellis phone screen")
    case.application("tr1", "tr3", deepak.email, answered_by="tr4")
    case.promise("tr1", "tr4", deepak.email, "2026-03-11")
    case.expect("callback", "tr1", deepak.email,
                "'revert by early next week' said Thu 5 Mar (window Mon-Wed 9-11 Mar, due end "
                "of Fri 13 Mar; even reading it to Fri 13 Mar makes it due end of Tue 17 Mar); "
                "no word from Trellis since", promised="2026-03-11")

    # ======================================================================
    # Harborline Analytics (US remote, Eastern): OOO pushes the callback
    # ======================================================================
    add("h1", claire, [me], "2026-02-23 10:15",
        subject="Harborline Analytics - Data Engineer (Remote, APAC hours)", body="""
Hi Rohit,

I'm a recruiter at Harborline Analytics in New York. We're building a small data engineering group that works APAC hours to cover our overnight pipelines, and your background in payments data looks like a strong match.

Would you be open to a 20-minute call this week? I'm on Eastern time; I could do Wednesday at 9am ET, which I believe is 7:30pm for you.

Best,
""")
    add("h2", me, [claire], "2026-02-23 21:40", parent="h1", body="""
Hi Claire,

Thanks for getting in touch. Wednesday 9 AM ET / 7:30 PM IST works for me.

Regards,
""")
    add("h3", claire, [me], "2026-02-23 11:30", parent="h2", sig=False, body="""
Great - I'll send a Teams link. Speak Wednesday.

Claire
""")
    hs_start = dt.datetime(2026, 2, 25, 9, 0, tzinfo=claire.tz)
    add("h4", me, [claire], "2026-02-25 21:05", parent="h3", body="""
Hi Claire,

Thank you for the call this evening. I enjoyed learning about Harborline's move to Snowflake and how the APAC pod would fit in.

Regards,
""")
    add("h5", claire, [me], "2026-02-27 09:00", parent="h4", body="""
Hi Rohit,

Greg Lawson, our Director of Data Engineering, would like to meet you. Would Tuesday, March 10 at 9:30am ET work? Note the US clocks change on March 8, so that will be 7:00pm IST, not 8:00pm.

Best,
""")
    add("h6", me, [claire], "2026-02-27 20:05", parent="h5", sig=False, body="""
Works for me, thanks Claire.

Rohit
""")
    hm_start = dt.datetime(2026, 3, 10, 9, 30, tzinfo=claire.tz)
    hm_end = dt.datetime(2026, 3, 10, 10, 30, tzinfo=claire.tz)
    add("hz1", greg_cal, [me], "2026-02-27 10:10", headers=GCAL, sig=False,
        subject="Invitation: Rohit Iyer / Greg Lawson - Harborline @ Tue Mar 10, 2026 "
                "9:30am - 10:30am (EDT) (rohit.iyer@example.in)", body="""
You have been invited to the following event.

Rohit Iyer / Greg Lawson - Harborline
When: Tuesday Mar 10, 2026 9:30am - 10:30am Eastern Time - New York
Joining info: Join Zoom Meeting https://harborline.zoom.us/j/93318820571?pwd=bXk2
Calendar: rohit.iyer@example.in
Who:
  * greg.lawson@harborlineanalytics.com - organizer
  * rohit.iyer@example.in

Invitation from Google Calendar
""", ics=make_ics(method="REQUEST", uid=uid_google(NAME, "harborline-hm"),
                  stamp=dt.datetime(2026, 2, 27, 15, 10, tzinfo=dt.timezone.utc),
                  start=hm_start, end=hm_end, summary="Rohit Iyer / Greg Lawson - Harborline",
                  organizer=greg_cal,
                  attendees=[(greg_cal, "ACCEPTED", "INDIVIDUAL"),
                             (me, "NEEDS-ACTION", "INDIVIDUAL")],
                  tzid=ET, location="https://harborline.zoom.us/j/93318820571?pwd=bXk2",
                  description="Zoom meeting ID: 933 1882 0571 / Passcode: 552190"))
    add("gt1", me, [greg], "2026-03-10 22:15",
        subject="Thank you for the conversation today", body="""
Hi Greg,

Thank you for taking the time to speak with me this morning your time. I enjoyed the discussion about idempotent backfills and the overnight reconciliation jobs; it's very close to what I handle at Cartwheel today.

I'm keen on the role and look forward to the next steps with Claire.

Best regards,
""")
    add("h7", claire, [me], "2026-03-11 09:20", parent="h6", body="""
Hi Rohit,

Greg enjoyed your conversation - he especially liked your take on idempotent backfills. Before we set up the final round we need two professional references. Could you send names and contact details when you get a chance?

We should have a decision on the final round by Friday, March 13.

Best,
""")
    add("h8", me, [claire], "2026-03-11 21:00", parent="h7", body="""
Hi Claire,

That's great to hear. I'll send across two references by Thursday - just need to give them a heads-up first.

Regards,
""")
    add("h9", me, [claire], "2026-03-12 20:30", parent="h8", body="""
Hi Claire,

As promised, my references:

1. Anil Kumar, Engineering Manager (my manager at Moxie Fintech, 2020-22) - anil.kumar@moxiefintech.com, +91 98860 11423
2. Shruti Bansal, Principal Engineer, Cartwheel Commerce (worked together 2022-now) - shruti.b.eng@gmail.com, +91 99452 70981

Both are expecting to hear from you.

Regards,
""")
    add("h10", claire, [me], dt.datetime(2026, 3, 12, 11, 1, 10, tzinfo=claire.tz), parent="h9",
        quote=False, sig=False, subject="Automatic reply: Harborline Analytics - Data Engineer "
                                        "(Remote, APAC hours)",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, body="""
Thank you for your email. I am out of the office through Tuesday, March 17 with limited access to email, returning Wednesday, March 18. For urgent matters please contact talent@harborlineanalytics.com.

Claire Donovan
""")
    case.thread("h1", True, "recruiter", "Harborline Analytics",
                "screen Wed 25 Feb 9:00 ET (thanked); HM interview set in words; 'decision on "
                "the final round by Friday, March 13'; Rohit's 'references by Thursday' kept on "
                "Thu 12 Mar; Claire's out-of-office: back Wed 18 Mar")
    case.thread("hz1", True, "interview", "Harborline Analytics",
                "Zoom via Google Calendar, Tue 10 Mar 9:30-10:30 EDT = 19:00-20:00 IST")
    case.thread("gt1", True, "interview", "Harborline Analytics", "new-thread thank-you to Greg")
    case.meeting("h1", hs_start, None, met=[claire.email], thanks={claire.email: "h4"},
                 what="Harborline screen")
    case.meeting("hz1", hm_start, hm_end, met=[greg.email], thanks={greg.email: "gt1"},
                 what="Harborline HM")
    case.promise("h1", "h7", claire.email, "2026-03-13", back="2026-03-18")
    case.own_promise("h1", "h8", claire.email, "2026-03-12", kept_by="h9")
    case.forbid("h1", claire.email,
                "'decision by Friday, March 13' passed, but her out-of-office (back Wed 18 Mar) "
                "moves the follow-up to the end of Fri 20 Mar; Rohit's references promise was "
                "kept on Thu 12 Mar")
    case.forbid("hz1", greg.email, "Zoom interview Tue 10 Mar thanked that night in a new thread")

    # ======================================================================
    # Corvane: cancelled
    # ======================================================================
    cv_start, cv_end = at("2026-03-13 11:00"), at("2026-03-13 12:00")
    cv_ics = dict(uid=uid_outlook(NAME, "corvane-l1"), start=cv_start, end=cv_end,
                  summary="Corvane | Data Engineer - L1 Technical | Rohit Iyer",
                  organizer=irfan,
                  attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                             (lakshmi, "ACCEPTED", "INDIVIDUAL")],
                  tzid="India Standard Time", location="Microsoft Teams Meeting",
                  prodid=OUTLOOK_PRODID)
    add("c1", irfan, [me, lakshmi], "2026-03-09 15:00",
        subject="Corvane | Data Engineer - L1 Technical | Rohit Iyer", ics_mode="outlook",
        ics=make_ics(method="REQUEST", stamp=at("2026-03-09 15:00"), **cv_ics), body="""
Hi Rohit,

Please find the invite for your L1 technical interview with Lakshmi Narayanan (Principal Engineer) on 13/03/2026, 11 AM to 12 noon. Teams link is in the invite.
""")
    add("c2", me, [irfan], "2026-03-09 16:12", parent="c1", body="""
Hi Irfan,

Thank you, I will join.

Regards,
""")
    add("c3", irfan, [me, lakshmi], "2026-03-12 18:40", parent="c2",
        subject="Canceled: Corvane | Data Engineer - L1 Technical | Rohit Iyer",
        ics_mode="outlook", ics=make_ics(method="CANCEL", stamp=at("2026-03-12 18:40"),
                                         sequence=1, status="CANCELLED", **cv_ics), body="""
Hi Rohit,

Apologies, the Data Engineer position has been put on hold by the business due to budget re-prioritisation, hence we are cancelling tomorrow's interview. We will reach out if the position reopens.
""")
    case.thread("c1", True, "interview", "Corvane Systems",
                "L1 Fri 13 Mar cancelled the evening before (ICS CANCEL), position on hold")
    case.meeting("c1", cv_start, cv_end, met=[lakshmi.email], status="cancelled",
                 what="Corvane L1")
    case.forbid("c1", lakshmi.email, "interview cancelled on Thu 12 Mar; it never took place")

    # ======================================================================
    # Skyhaven (Workday portal only)
    # ======================================================================
    sky_ack = """
Dear Rohit,

Thank you for applying for the position of Data Engineer III (R-24117) at Skyhaven Software. We have received your application and our Talent Acquisition team will review your qualifications.

You can check the status of your application at any time by signing in to the Skyhaven Careers site.

Regards,
Skyhaven Talent Acquisition
"""
    add("w1", workday, [me], dt.datetime(2026, 2, 10, 7, 15, tzinfo=workday.tz), headers=AUTO,
        sig=False, subject="Thank you for applying to Skyhaven Software", body=sky_ack,
        html_only=True, html=html_of(sky_ack))
    sky_rej = """
Dear Rohit,

Thank you for your interest in the Data Engineer III (R-24117) position at Skyhaven Software. After careful review, we have decided to move forward with other candidates whose qualifications more closely match the needs of the role at this time.

We encourage you to apply for future openings that match your skills.

Regards,
Skyhaven Talent Acquisition
"""
    add("w2", workday, [me], dt.datetime(2026, 3, 2, 6, 40, tzinfo=workday.tz), headers=AUTO,
        sig=False, subject="Update on your application for Data Engineer III", body=sky_rej,
        html_only=True, html=html_of(sky_rej))
    case.thread("w1", True, "application", "Skyhaven Software", "Workday acknowledgement only")
    case.thread("w2", True, "rejection", "Skyhaven Software", "Workday rejection")
    case.forbid("w1", workday.email,
                "portal-only application: the only answers are Workday notices, nobody to write "
                "to")

    # ======================================================================
    # Sameer (Orbitly): networking call via a friend's intro
    # ======================================================================
    add("s1", arvind, [sameer, me], "2026-02-20 22:10",
        subject="Intro: Rohit (data eng, B'lore) <> Sameer (Orbitly)", sig=False, body="""
Sameer, meet Rohit - my batchmate from NIT Trichy and one of the sharpest data engineers I know. He's exploring what's out there, including remote roles in SG.

Rohit, Sameer runs data infra at Orbitly in Singapore and was kind enough to say he's open to a quick chat.

I'll let you two take it from here.

Arvind
""")
    add("s2", me, [sameer], "2026-02-21 09:30", parent="s1", bcc=[arvind], body="""
Thanks Arvind (moving you to bcc)!

Hi Sameer, good to e-meet you. Would you have 15 minutes sometime in the next week or two? I'm curious how data platform teams at SEA startups are set up, and what Orbitly looks for when it hires remotely from India.

Best,
""")
    add("s3", sameer, [me], "2026-02-21 13:00", parent="s2", sig=False, body="""
Hi Rohit, happy to. Friday 27th at 10pm SGT? I think that's 7:30pm for you. I'll send a Meet link closer to the day.

Sameer
""")
    add("s4", me, [sameer], "2026-02-21 11:40", parent="s3", sig=False, body="""
Friday 7:30 PM IST works, thank you!

Rohit
""")
    sm_start = at("2026-02-27 19:30")
    add("s5", me, [sameer], "2026-02-28 10:05", parent="s4", body="""
Hi Sameer,

Thank you for the time last night, and for being candid about what remote hiring at Orbitly looks like in practice. The point about owning one domain end-to-end rather than being a shared pipeline engineer really stuck with me.

I'll read the Iceberg write-up you mentioned and let you know what I think.

Best,
""")
    add("s6", sameer, [me], "2026-03-01 10:15", parent="s5", sig=False, body="""
Glad it helped! Here's the post on our Iceberg migration: orbitly.sg/eng/iceberg-migration

Good luck with the search, keep me posted.

Sameer
""")
    case.thread("s1", True, "networking", "Orbitly",
                "friend's intro; 15-minute ask; call Fri 27 Feb 10pm SGT = 19:30 IST (no end), "
                "pre-call thanks and a thank-you next morning; Sameer's last reply Sun 1 Mar")
    case.meeting("s1", sm_start, None, met=[sameer.email], thanks={sameer.email: "s5"},
                 networking=True, what="networking call with Sameer")
    case.expect("networking", "s1", sameer.email,
                "networking call Fri 27 Feb; last exchange Sameer's reply Sun 1 Mar; 14 days "
                "make the touch due end of Sun 15 Mar")
    case.forbid("s1", arvind.email,
                "the friend who made the intro: not on the call, promised nothing")

    # ======================================================================
    # Current job: hiring side, sprint, incident, 1:1, standups
    # ======================================================================
    cw_start, cw_end = at("2026-03-12 15:00"), at("2026-03-12 16:00")
    add("cw1", swati, [me_work], "2026-03-10 16:00",
        subject="Interview: Pooja Nair - Data Engineer I - L1 (Panel: Rohit Iyer)",
        ics_mode="outlook",
        attachments=[("Pooja_Nair_CV.pdf", "application/pdf", make_pdf([
            "Pooja Nair", "Data Engineer | 2 years | Python, SQL, Airflow, BigQuery"]))],
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "cw-pooja"),
                     stamp=at("2026-03-10 16:00"), start=cw_start, end=cw_end,
                     summary="Interview: Pooja Nair - Data Engineer I - L1",
                     organizer=swati, attendees=[(me_work, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="India Standard Time", location="Microsoft Teams Meeting",
                     prodid=OUTLOOK_PRODID), body="""
Hi Rohit,

You are on the L1 panel for Pooja Nair (Data Engineer I, 2 yrs exp). PFA her CV. Please focus on SQL and Airflow basics, and fill the scorecard on Darwinbox after the call.
""")
    add("cw2", swati, [me_work], "2026-03-12 17:30", parent="cw1", body="""
Hi Rohit,

Gentle reminder to submit your feedback for Pooja Nair on Darwinbox by EOD today. The candidate has another offer, so we want to close this quickly.
""")
    case.thread("cw1", False, None, "Cartwheel Commerce",
                "Rohit interviews a candidate at his current job")
    case.meeting("cw1", cw_start, cw_end, met=[], job=False, what="Cartwheel interview panel")
    case.forbid("cw1", swati.email,
                "Rohit is on the hiring side at his current job; not his job search")

    sp_start, sp_end = at("2026-02-23 10:30"), at("2026-02-23 12:00")
    add("wk1", rajesh, [team_dl], "2026-02-19 18:00", sig=False,
        subject="Sprint Planning - Data Platform (bi-weekly)", ics_mode="outlook",
        ics=make_ics(method="REQUEST", uid=uid_outlook(NAME, "sprint"),
                     stamp=at("2026-02-19 18:00"), start=sp_start, end=sp_end,
                     summary="Sprint Planning - Data Platform", organizer=rajesh,
                     attendees=[(team_dl, "NEEDS-ACTION", "INDIVIDUAL"),
                                (me_work, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="India Standard Time", location="BLR-Cartwheel-5F-Nandi / Teams",
                     rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", prodid=OUTLOOK_PRODID), body="""
Team, moving sprint planning to Monday mornings every alternate week starting 23rd. Please groom your tickets before the call so we don't spend 30 mins on estimation again.
""")
    case.thread("wk1", False, None, "Cartwheel Commerce", "recurring sprint planning")
    case.meeting("wk1", sp_start, sp_end, job=False, what="sprint planning")

    add("wk2", pagerduty, [me_work], "2026-03-10 02:41", headers=AUTO, sig=False,
        subject="[Triggered] #4182 P1: orders_events DAG failing - payments reconciliation "
                "delayed", body="""
Incident #4182 triggered
Service: data-platform-airflow
Urgency: High
Summary: orders_events DAG failed 3 consecutive runs since 02:10 IST (task: load_to_iceberg)
Assigned to: Rohit Iyer (on-call)

Acknowledge: https://cartwheel.pagerduty.com/incidents/Q3JX81
""")
    add("wk2b", kiran, [me_work, divya], "2026-03-10 08:05", parent="wk2", cc=[rajesh],
        subject="RE: [Triggered] #4182 P1: orders_events DAG failing - payments reconciliation "
                "delayed", body="""
Rohit, thanks for jumping on it at 3 am. Finance is asking for an ETA on the recon file. Can we do a quick call at 11 to sync on the backfill plan? I'll send a Teams link.

Kiran
""")
    add("wk2c", divya, [me_work, kiran], "2026-03-10 09:12", parent="wk2b", cc=[rajesh], body="""
11 works. FYI the root cause looks like the EMR instance quota again - the cluster couldn't scale past 12 nodes. Someone needs to follow up with the infra team on the quota increase, it's the second time this month.

Divya
""")
    wr_start, wr_end = at("2026-03-10 11:00"), at("2026-03-10 11:30")
    add("wk2d", rajesh, [me_work, kiran, divya], "2026-03-10 12:15", parent="wk2c", body="""
Thanks all for the quick turnaround on the call. Rohit - pls follow up with infra on the quota ticket today itself. Kiran - pls circulate the RCA doc by Friday so I can take it to the weekly ops review.
""")
    add("wk2e", kiran, [rajesh, me_work, divya], "2026-03-10 12:40", parent="wk2d", body="""
Sure Rajesh, will share the RCA by Friday EOD.
""")
    add("wk2f", kiran, [team_dl], "2026-03-13 18:20", parent="wk2e",
        subject="RCA: #4182 orders_events DAG failures (10 Mar)", body="""
Hi all,

RCA for Tuesday's P1 is on Confluence: Data Platform > Incidents > 2026-03-10 orders_events. Summary: EMR instance quota blocked scale-out; quota increase approved by infra (ticket INFRA-2291), and we've added a pre-flight capacity check to the DAG.

Kiran
""")
    case.thread("wk2", False, None, "Cartwheel Commerce",
                "P1 incident: 'quick call at 11 to sync', 'follow up with infra', RCA promised "
                "by Friday and delivered")
    case.meeting("wk2", wr_start, wr_end, job=False, what="incident sync call")
    case.promise("wk2", "wk2e", kiran.email, "2026-03-13", job=False, answered_by="wk2f")

    add("wk3", confluence, [me_work], "2026-03-16 10:05", headers=AUTO, sig=False,
        subject="[Confluence] Daily standup notes - Data Platform - 16 Mar 2026", body="""
Divya Sundaram published a page in Data Platform

Daily standup notes - 16 Mar 2026
- Rohit: Iceberg compaction job for orders done; will sync with Kiran on the snapshot expiry config
- Kiran: RCA follow ups for #4182; pre-flight check merged
- Divya: clickstream schema v7 rollout, blocked on mobile team - follow up call tomorrow
- Blockers: EMR quota in ap-south-1 (infra says by Wed)

View page: https://cartwheel.atlassian.net/wiki/spaces/DP/pages/88213
""")
    add("wk4", confluence, [me_work], "2026-03-18 10:07", headers=AUTO, sig=False,
        subject="[Confluence] Daily standup notes - Data Platform - 18 Mar 2026", body="""
Divya Sundaram published a page in Data Platform

Daily standup notes - 18 Mar 2026
- Rohit: took half day yesterday afternoon; snapshot expiry config in review
- Kiran: on leave
- Divya: schema v7 call with mobile team done, rollout Friday
- Rajesh: appraisal conversations this week, 1:1s on calendar

View page: https://cartwheel.atlassian.net/wiki/spaces/DP/pages/88301
""")
    case.thread("wk3", False, None, "Cartwheel Commerce", "standup notes notification")
    case.thread("wk4", False, None, "Cartwheel Commerce", "standup notes notification")

    oo_start, oo_end = at("2026-03-16 17:30"), at("2026-03-16 18:00")
    add("wk5", rajesh, [me_work], "2026-03-13 19:40", subject="Quick sync Monday?", body="""
Rohit, can we do a quick 30 min call Monday 5:30 pm? Want to go over Q2 roadmap and your appraisal. Nothing to worry about :)
""")
    add("wk5b", rajesh, [me_work], "2026-03-17 09:30", parent="wk5", body="""
Following up on yesterday's call - HR will release the appraisal letters by end of this week. Also pls send me the Q2 capacity numbers for the ingestion track when you get a chance.
""")
    case.thread("wk5", False, None, "Cartwheel Commerce",
                "1:1 with manager Mon 16 Mar 17:30; appraisal letters 'by end of this week'")
    case.meeting("wk5", oo_start, oo_end, job=False, what="1:1 with manager")
    case.promise("wk5", "wk5b", rajesh.email, "2026-03-20", job=False)

    # ======================================================================
    # Family: wedding, amma, cousins
    # ======================================================================
    inv = """
With the blessings of the Almighty and our elders,

Smt. & Shri. R. Subramanian
request the pleasure of your company at the marriage of their daughter

Chi. Sou. JANANI
with
Chi. KARTHIKEYAN
(s/o Smt. & Shri. P. Venkatraman, Coimbatore)

Muhurtham: Thursday, 9th April 2026, between 9:00 and 10:30 AM
Reception: Wednesday, 8th April 2026, 7 PM onwards
Venue: Sri Kalyana Mahal, T. Nagar, Chennai

With best compliments from relatives and friends
"""
    add("fam1", ramesh_mama, [me, amma], "2026-02-14 08:30",
        subject="Janani weds Karthikeyan - Wedding Invitation", body=inv, html=html_of(inv),
        sig=False)
    add("fam1b", me, [ramesh_mama], "2026-02-14 12:10", parent="fam1", sig=False, body="""
Congratulations Mama and Mami! So happy for Janani. I'll definitely be there for both the reception and the muhurtham - will book tickets this week.

Rohit
""")
    case.thread("fam1", False, None, None, "cousin's wedding invitation")

    add("fam2", amma, [me], "2026-03-02 07:50", subject="kalyanam", sig=False, body="""
கண்ணா,

ஜனனி கல்யாணத்துக்கு நீ எப்போ வர? 7ஆம் தேதியே வந்துடு, வீட்டுல நிறைய வேலை இருக்கு. அப்பா புது வேஷ்டி வாங்கணும்னு சொல்றார்.

உன் interview எல்லாம் எப்படி போகுது? சாப்பாடு ஒழுங்கா சாப்பிடு.

அம்மா
""")
    add("fam2b", me, [amma], "2026-03-02 21:15", parent="fam2", sig=False, body="""
Amma, flight is booked for 7th April evening, will reach by 8 PM. I'll take Appa for the veshti shopping on the 8th morning.

Interviews are going ok, one company is in final round. Will tell you when something is confirmed, don't tell Periyamma yet!

Rohit
""")
    add("fam2c", amma, [me], "2026-03-03 06:40", parent="fam2b", sig=False, body="""
சரி கண்ணா. நான் யாருக்கும் சொல்லல. பிள்ளையாருக்கு தேங்காய் உடைக்கிறேன்.

Sent from my iPhone
""")
    case.thread("fam2", False, None, None, "mother, in Tamil")

    add("fam3", sriram, [me, cousin2], "2026-03-04 22:30",
        subject="Sangeet dance - practice call Sunday?", sig=False, body="""
Guys, Janani wants the cousins' dance for the sangeet (8th evening). Song is finalised - "Jimikki Kammal" + "Arabic Kuthu" mashup, don't kill me.

Practice call on Sunday 8th at 6 pm? I'll share the reference video before that.

Sriram
""")
    add("fam3b", cousin2, [sriram, me], "2026-03-05 07:55", parent="fam3", sig=False, body="""
Arabic Kuthu?? Ok fine. Sunday 6 works for me.
""")
    add("fam3c", me, [sriram, cousin2], "2026-03-05 09:20", parent="fam3b", sig=False, body="""
I'm in, but I'm warning you all, my dancing is strictly PT-master level. Send the Meet link.
""")
    case.thread("fam3", False, None, None, "cousins' practice call Sun 8 Mar 18:00")
    case.meeting("fam3", at("2026-03-08 18:00"), None, job=False, what="cousins' dance call")

    add("ind1", indigo, [me], "2026-03-02 21:02", headers=AUTO, sig=False,
        subject="Your IndiGo Itinerary - PNR K7QX2M", body="""
Dear Mr. Rohit Iyer,

Thank you for choosing IndiGo. Your booking is confirmed.

PNR: K7QX2M
6E 5318 | Bengaluru (BLR) 18:45 -> Chennai (MAA) 19:50 | Tue, 07 Apr 2026
6E 6107 | Chennai (MAA) 21:30 -> Bengaluru (BLR) 22:35 | Sun, 12 Apr 2026

Web check-in opens 48 hours before departure.
""")
    case.thread("ind1", False, None, None, "flight booking for the wedding")

    # ======================================================================
    # Landlord
    # ======================================================================
    add("ll1", landlord, [me], "2026-02-09 11:20", subject="Rent revision from April", sig=False,
        body="""
Dear Rohit,

As per our agreement the rent will be revised from 1st April. I am proposing 8% increase, i.e. Rs. 34,560 per month from Rs. 32,000. Kindly confirm.

Regards,
H Manjunath
""")
    add("ll1b", me, [landlord], "2026-02-09 20:45", parent="ll1", sig=False, body="""
Namaskara Uncle,

8% is a bit steep considering the maintenance also went up this year. Can we do 5%? Also the bathroom tap has been leaking for a week now, could you send the plumber?

Rohit
""")
    add("ll1c", landlord, [me], "2026-02-10 09:05", parent="ll1b", sig=False, body="""
Ok Rohit, final 6%, Rs. 33,920. Plumber Ramesh will come on Saturday morning, please be at home.

Manjunath
""")
    add("ll1d", me, [landlord], "2026-02-14 13:30", parent="ll1c", sig=False, body="""
Done uncle, 6% is fine. Plumber came today and fixed the tap, thanks.
""")
    add("ll1e", landlord, [me], "2026-03-02 18:10", parent="ll1d", sig=False, body="""
Rohit, one more thing. The society maintenance arrears of last year Rs. 4,200 I will adjust from the deposit. Will send you the statement by 10th.

Manjunath
""")
    add("ll1f", landlord, [me], "2026-03-09 19:30", parent="ll1e", sig=False,
        attachments=[("deposit_statement.pdf", "application/pdf", make_pdf([
            "Deposit statement - Flat 3B, Sai Residency, Koramangala 4th Block",
            "Deposit: Rs. 1,50,000", "Less maintenance arrears 2025: Rs. 4,200",
            "Balance: Rs. 1,45,800"]))], body="""
PFA statement. Kindly check.
""")
    case.thread("ll1", False, None, None,
                "landlord: rent revision, plumber 'on Saturday', deposit statement 'by 10th' "
                "(sent 9 Mar)")
    case.promise("ll1", "ll1c", landlord.email, "2026-02-14", job=False)
    case.promise("ll1", "ll1e", landlord.email, "2026-03-10", job=False, answered_by="ll1f")

    # ======================================================================
    # Friends, club
    # ======================================================================
    add("ar1", arvind, [me], "2026-03-14 23:10", subject="RCB opener tickets", sig=False, body="""
Macha, tickets for the RCB opener at Chinnaswamy go live Monday 10 am on the app. I'll try for 4 in the P stand, you in? Split 4 ways ~2,500 each.
""")
    add("ar1b", me, [arvind], "2026-03-15 09:05", parent="ar1", sig=False, body="""
Obviously in. Also thanks for the Sameer intro the other day, it was really useful. Beer on me next week.
""")
    add("ar1c", arvind, [me], "2026-03-16 10:40", parent="ar1b", sig=False, body="""
Got 4!! Sending the UPI request. And anytime da.
""")
    case.thread("ar1", False, None, None, "friend: cricket tickets")

    add("cr1", captain, [me], "2026-03-11 21:00",
        subject="Sunday 15th: Koramangala Strikers vs Whitefield Warriors", sig=False, body="""
Team,

League match this Sunday at Jakkur ground. Reporting 6:30 AM sharp, match starts 7. Whites only. Rohit, you're opening with Sandeep.

Please reply if you can't make it so I can call in a sub.

Naveen
""")
    add("cr1b", me, [captain], "2026-03-11 22:15", parent="cr1", sig=False, body="""
Will be there. Getting the kit bag this time, promise.
""")
    case.thread("cr1", False, None, None, "weekend cricket league")
    case.meeting("cr1", at("2026-03-15 06:30"), at("2026-03-15 11:00"), job=False,
                 what="cricket match")

    # ======================================================================
    # Doctor, bills, receipts, newsletters, alerts
    # ======================================================================
    ap_start = at("2026-02-28 09:30")
    add("ap1", apollo, [me], "2026-02-26 14:20", headers=AUTO, sig=False,
        subject="Appointment Confirmed - Dr. S. Ravikumar - 28-Feb-2026 09:30 AM",
        ics_mode="publish", ics=make_ics(
            method="PUBLISH", uid=uid_uuid(NAME, "apollo"), stamp=at("2026-02-26 14:20"),
            start=ap_start, end=at("2026-02-28 09:45"),
            summary="Consultation - Dr. S. Ravikumar (General Medicine)", organizer=apollo,
            tzid=IST, location="Apollo Clinic, 80 Feet Road, Koramangala",
            prodid="-//Apollo Clinics//Appointments//EN"), body="""
Dear Mr. Rohit Iyer,

Your appointment is confirmed.

Doctor: Dr. S. Ravikumar (General Medicine)
Date: 28-Feb-2026, 09:30 AM
Clinic: Apollo Clinic, Koramangala

Please carry your previous reports (lipid profile, vitamin D) and arrive 15 minutes early.
""")
    case.thread("ap1", False, None, None, "clinic appointment (ICS PUBLISH)")
    case.meeting("ap1", ap_start, at("2026-02-28 09:45"), job=False, what="doctor")

    hd = """
Dear Customer,

Your HDFC Bank Millennia Credit Card statement for the period 17-Jan-2026 to 16-Feb-2026 is ready.

Total Amount Due: Rs. 41,287.00
Minimum Amount Due: Rs. 2,070.00
Payment Due Date: 08-Mar-2026

The statement is attached as a password-protected PDF.
"""
    add("hd1", hdfc, [me], "2026-02-18 06:12", headers=AUTO, sig=False,
        subject="Your HDFC Bank Credit Card Statement - February 2026", body=hd,
        html_only=True, html=html_of(hd))
    case.thread("hd1", False, None, None, "card statement")

    add("sw1", swiggy, [me], "2026-03-14 20:48", headers=AUTO, sig=False,
        subject="Your Swiggy order from Meghana Foods was delivered", body="""
Order #172840011923 delivered

Chicken Boneless Biryani x1   Rs. 389
Paneer 65 x1                  Rs. 279
Delivery fee                  Rs. 29
Platform fee                  Rs. 10
Total paid (UPI)              Rs. 707

Rate your order in the app.
""")
    case.thread("sw1", False, None, None, "food delivery receipt")

    add("be1", bescom, [me], "2026-03-06 08:00", headers=AUTO, sig=False,
        subject="BESCOM e-Bill for Account 8712330045 - March 2026", body="""
Dear Consumer,

Your electricity bill for Account ID 8712330045 is generated.
Units consumed: 212
Bill amount: Rs. 1,684.00
Due date: 20-03-2026

Pay via BESCOM Mithra or any UPI app.
""")
    case.thread("be1", False, None, None, "electricity bill")

    add("at1", airtel, [me], "2026-03-01 09:30", headers=AUTO, sig=False,
        subject="Your Airtel Xstream Fiber bill is ready", body="""
Hi Rohit,

Your Airtel Xstream Fiber bill of Rs. 1,178.82 for 01-Feb-2026 to 28-Feb-2026 is ready. Due date: 15-Mar-2026.

Autopay is active on your HDFC card ending 4471.
""")
    case.thread("at1", False, None, None, "broadband bill")

    add("cu1", cult, [me], "2026-03-03 07:00", headers=AUTO, sig=False,
        subject="Your cultpass ELITE expires in 7 days", body="""
Hi Rohit,

Your cultpass ELITE membership expires on 10 Mar 2026. Renew now and get 2 months free on a 12-month pack.

Don't break your streak - you've attended 23 classes this year!
""")
    case.thread("cu1", False, None, None, "gym renewal")

    add("ze1", zerodha, [me], "2026-03-05 10:30", headers=AUTO, sig=False,
        subject="SIP instalment processed - Parag Parikh Flexi Cap Fund", body="""
Hi Rohit,

Your SIP instalment of Rs. 15,000 in Parag Parikh Flexi Cap Fund - Direct Growth has been processed. Units will be allotted at the NAV of 05-Mar-2026.
""")
    case.thread("ze1", False, None, None, "mutual fund SIP")

    dew1 = """
Data Engineering Weekly #212

- Why your lakehouse needs a table maintenance budget
- Interview: how a fintech cut its Spark bill in half
- Hiring: 14 companies looking for data engineers this week (remote friendly)
- Job market corner: follow up after your interviews, recruiters say fewer than 1 in 4 candidates do

Unsubscribe any time.
"""
    add("dw1", dew, [me], dt.datetime(2026, 2, 22, 13, 0, tzinfo=dew.tz), sig=False,
        headers=bulk_headers("<dataengineeringweekly.substack.com>",
                             "https://dataengineeringweekly.substack.com/unsubscribe"),
        subject="DEW #212: table maintenance budgets, and who's hiring", body=dew1,
        html=html_of(dew1))
    dew2 = """
Data Engineering Weekly #215

- Streaming joins without tears: a practical guide
- Iceberg vs Delta in 2026: what changed
- Career: how to answer 'tell me about a pipeline you are proud of' in an interview
- Events: DataCouncil Bengaluru meetup, 28 March

Unsubscribe any time.
"""
    add("dw2", dew, [me], dt.datetime(2026, 3, 15, 13, 0, tzinfo=dew.tz), sig=False,
        headers=bulk_headers("<dataengineeringweekly.substack.com>",
                             "https://dataengineeringweekly.substack.com/unsubscribe"),
        subject="DEW #215: streaming joins, Iceberg vs Delta", body=dew2, html=html_of(dew2))
    case.thread("dw1", False, None, None, "newsletter")
    case.thread("dw2", False, None, None, "newsletter")

    li1 = """
Your job alert for data engineer in Bengaluru, Karnataka, India

Senior Data Engineer - Flipside Commerce - Bengaluru (Hybrid) - Actively recruiting
Data Engineer II - Nimbus Health - Bengaluru - Easy Apply
Lead Data Engineer - Ardent Payments - Hyderabad - 3 connections work here
Analytics Engineer - Coral Grid - Remote (India) - Be an early applicant

See all jobs. You are receiving this because you created a job alert.
"""
    add("li1", linkedin, [me], dt.datetime(2026, 2, 19, 4, 30, tzinfo=linkedin.tz), sig=False,
        headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"),
        subject="\"data engineer\": 24 new jobs in Bengaluru", body=li1, html=html_of(li1))
    li2 = """
Your job alert for data engineer in Hyderabad, Telangana, India

Senior Data Engineer - Tessellate - Hyderabad - Actively recruiting
Data Platform Engineer - Vantara Health - Hyderabad (Hybrid)
Senior Data Engineer - Orion Freight - Hyderabad - Easy Apply

Interview tip: send a thank-you note within 24 hours of your interview.
"""
    add("li2", linkedin, [me], dt.datetime(2026, 3, 16, 4, 30, tzinfo=linkedin.tz), sig=False,
        headers=bulk_headers("<jobalerts.linkedin.com>", "https://www.linkedin.com/jobs/alerts"),
        subject="\"data engineer\": 11 new jobs in Hyderabad", body=li2, html=html_of(li2))
    case.thread("li1", False, None, None, "LinkedIn job alert")
    case.thread("li2", False, None, None, "LinkedIn job alert naming companies in play")

    add("nv1", naukri, [me], "2026-03-03 12:15", headers=AUTO, sig=False,
        subject="3 recruiters viewed your profile this week", body="""
Hi Rohit,

Your profile is getting noticed! 3 recruiters viewed your profile in the last 7 days, including a recruiter from Trellis Mobility.

Profiles updated in the last 15 days get 2x more recruiter calls. Update your profile now.

Team Naukri
""")
    add("nv2", naukri, [me], "2026-03-17 12:20", headers=AUTO, sig=False,
        subject="Jobs you may be interested in: Senior Data Engineer", body="""
Hi Rohit,

Based on your profile, here are jobs for you:
- Senior Data Engineer | Zentrix Technologies | 6-10 yrs | Bengaluru
- Big Data Engineer | Corvane Systems | 5-9 yrs | Hyderabad
- Data Engineer - Spark/Scala | Lumen Retail Tech | 4-8 yrs | Bengaluru

Apply now, recruiters are actively hiring. Follow up with recruiters through Naukri chat.
""")
    case.thread("nv1", False, None, None, "Naukri notice")
    case.thread("nv2", False, None, None, "Naukri recommendations")

    rc = """
RECAL Newsletter - March 2026

- Batch of 2017: 10-year reunion planning call, volunteers needed
- Alumni in focus: building payments infrastructure for Bharat
- Campus: new AI and Data Science block inaugurated
- Mentorship: sign up to mentor final-year students for placements
"""
    add("rc1", recal, [me], "2026-03-08 10:00", sig=False,
        headers=bulk_headers("<newsletter.recal.org>", "https://recal.org/unsubscribe"),
        subject="RECAL Newsletter - March 2026", body=rc, html=html_of(rc))
    case.thread("rc1", False, None, None, "alumni newsletter")

    case.summary = ""
    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
