#!/usr/bin/env python3
"""nurse-manila: an ICU nurse in Manila applying abroad (UK NHS trusts through a licensed
agency, Saudi and UAE hospitals, a US staffing firm) and weighing a local clinical-instructor
post.  Written blind, from CASES.md, DOMAIN.md, the public README and casekit only."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401  Person, Case, make_ics, make_pdf, html_of, ...

# Manila is UTC+8 all year; Outlook calls that zone "Singapore Standard Time" (already known).
casekit.VTIMEZONES.setdefault("Asia/Manila", ("Asia/Manila", [
    ("STANDARD", "+0800", "+0800", "PST", "19700101T000000", None)]))

MNL = "Asia/Manila"
LDN = "Europe/London"
TEAMS_FOOT = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s"
    "%%40thread.v2/0>\n"
    "Meeting ID: %s\n"
    "Passcode: %s\n"
    "Download Teams | Join on the web\n"
    "Learn More | Meeting options\n"
    "________________________________________________________________________________")

SIG_K = ("Kristine Mae Dela Cruz, RN\n"
         "ICU Staff Nurse | St. Benedict Medical Center, Manila\n"
         "+63 917 555 0186 (Viber/WhatsApp)")


def build():
    me = Person("Kristine Mae Dela Cruz", "kmdelacruz.rn@example.ph", tz=MNL, style="webmail",
                sig=SIG_K)
    now = dt.datetime(2026, 3, 26, 9, 0, tzinfo=ZoneInfo(MNL))
    case = Case(
        "nurse-manila",
        "ICU nurse in Manila applying to UK NHS trusts through an agency, to Saudi, UAE and US "
        "employers, and to a local clinical-instructor post; Filipino English, UK times given "
        "in 'UK time'",
        {"name": "Kristine Mae Dela Cruz", "emails": [me.email], "phone": "+63 917 555 0186",
         "timezone": MNL},
        now,
        "")
    case.me = me

    # ------------------------------------------------------------------ people
    lou = Person("Ma. Lourdes Santiago", "lou.santiago@pacificcrest-hr.com.ph", tz=MNL,
                 style="gmail",
                 sig="Ma. Lourdes \"Lou\" Santiago\nDeployment Coordinator – UK Healthcare Desk\n"
                     "Pacific Crest Healthcare Recruitment, Inc.\n"
                     "DMW License No. DMW-082-LB-031524-R\n"
                     "Unit 1204 Paseo Tower, U.N. Avenue, Ermita, Manila\n"
                     "(02) 8555 0147 | 0917 555 0133")
    ukdesk = Person("Pacific Crest UK Desk", "ukdesk@pacificcrest-hr.com.ph", tz=MNL,
                    style="gmail")
    nahft = Person("NAHFT Medical & Nursing Recruitment", "nahft.nursingrecruitment@nahft.nhs.uk",
                   tz=LDN, style="outlook", region="eurprd04")
    helen = Person("Helen Whitcombe", "helen.whitcombe@nahft.nhs.uk", tz=LDN, style="outlook",
                   region="eurprd04",
                   sig="Helen Whitcombe RN MSc\nMatron – Adult Critical Care\n"
                       "Northfield and Ashby Hospitals NHS Foundation Trust\n01632 960 417")
    fiona = Person("Fiona Blake", "fiona.blake@kingsmere.nhs.uk", tz=LDN, style="outlook",
                   region="eurprd07",
                   sig="Fiona Blake\nMatron – Critical Care\nKingsmere Teaching Hospitals NHS Trust\n"
                       "Tel: 01632 960 732")
    gareth = Person("Gareth Pryce", "gareth.pryce@severnvale.nhs.uk", tz=LDN, style="outlook",
                    region="eurprd02")
    claire = Person("Claire Hutchins", "claire.hutchins@westbrook.nhs.uk", tz=LDN,
                    style="outlook", region="eurprd06",
                    sig="Claire Hutchins\nMatron, Critical Care & Outreach\n"
                        "Westbrook Hospitals NHS Trust\nBleep 2231 | 01632 960 558")
    mylene = Person("Mylene Sarmiento", "mylene.sarmiento88@gmail.com", tz=LDN, style="gmail",
                    sig="Sent from my iPhone")
    jenelyn = Person("Jenelyn Bautista", "jbautista@alnakheelhospital.com.sa", tz="Asia/Riyadh",
                     style="outlook", region="eurprd09",
                     sig="Jenelyn R. Bautista\nTalent Acquisition Specialist – Nursing\n"
                         "Al Nakheel Specialist Hospital | Riyadh, Kingdom of Saudi Arabia\n"
                         "T: +966 11 555 0147 ext. 2204")
    rania = Person("Rania Al-Harbi", "ralharbi@alnakheelhospital.com.sa", tz="Asia/Riyadh",
                   style="outlook", region="eurprd09")
    reem = Person("Reem Haddad", "reem.haddad@cornichemedicalcity.ae", tz="Asia/Dubai",
                  style="outlook", region="eurprd08",
                  sig="Reem Haddad\nTalent Acquisition Partner – Nursing\n"
                      "Corniche Medical City | Abu Dhabi, United Arab Emirates\n+971 2 555 0193")
    joseph = Person("Joseph Mathew", "joseph.mathew@cornichemedicalcity.ae", tz="Asia/Dubai",
                    style="outlook", region="eurprd08")
    leah = Person("Leah Fernandes", "leah.fernandes@cornichemedicalcity.ae", tz="Asia/Dubai",
                  style="outlook", region="eurprd08")
    cmc_careers = Person("Corniche Medical City Careers", "careers-noreply@cornichemedicalcity.ae",
                         tz="Asia/Dubai", style="auto", auto=True)
    tasha = Person("Tasha Greenwood", "tasha.greenwood@keystonenursepartners.com",
                   tz="America/New_York", style="gmail",
                   sig="Tasha Greenwood\nSenior Nurse Recruiter, International Programs\n"
                       "Keystone Nurse Partners\n(215) 555-0143 | keystonenursepartners.com")
    marisol = Person("Marisol Ortega", "marisol.ortega@keystonenursepartners.com",
                     tz="America/New_York", style="gmail",
                     sig="Marisol Ortega | Credentialing Specialist\nKeystone Nurse Partners\n"
                         "(215) 555-0168")
    rowena = Person("Rowena Castillo", "rowena.castillo@csr.edu.ph", tz=MNL, style="gmail",
                    sig="Rowena M. Castillo\nSecretary to the Dean, College of Nursing\n"
                        "Colegio de San Rafael\n(02) 8555 0178 loc. 310")
    dean = Person("Carmelita Reyes-Ocampo", "creyesocampo@csr.edu.ph", tz=MNL, style="gmail",
                  sig="Carmelita Reyes-Ocampo, PhD, RN\nDean, College of Nursing\n"
                      "Colegio de San Rafael")
    charo = Person("Rosario Lim", "rosario.lim@sbmc.com.ph", tz=MNL, style="outlook",
                   region="apcprd06",
                   sig="Rosario \"Charo\" T. Lim, RN, MAN\nNurse Manager – Intensive Care Unit\n"
                       "St. Benedict Medical Center\nLocal 5120")
    jon = Person("Jonathan Uy", "jonathan.uy@sbmc.com.ph", tz=MNL, style="outlook",
                 region="apcprd06")
    sbmc_train = Person("SBMC Training & Development", "training@sbmc.com.ph", tz=MNL,
                        style="outlook", region="apcprd06")
    clinic = Person("Ermita Diagnostic & Medical Clinic", "peme@ermitadiagnostic.com.ph", tz=MNL,
                    style="gmail",
                    sig="Patient Services – PEME Desk\nErmita Diagnostic & Medical Clinic "
                        "(DOH-accredited)\n1450 Taft Avenue, Ermita, Manila\n"
                        "(02) 8555 0126 / 0918 555 0126")
    mama = Person("Lydia Dela Cruz", "lydia.delacruz62@yahoo.com", tz=MNL, style="webmail",
                  msgid_domain="mail.yahoo.com", sig="Sent from Yahoo Mail for Android")
    paolo = Person("Paolo Dela Cruz", "paolodc.bunso@gmail.com", tz=MNL, style="gmail")
    titababy = Person("Baby Reyes", "babyreyes.tita@yahoo.com", tz=MNL, style="webmail",
                      msgid_domain="mail.yahoo.com", sig="Sent from Yahoo Mail on Android")
    bea = Person("Bea Santos", "beasantos.rn@gmail.com", tz=MNL, style="gmail")
    carlo = Person("Carlo Mendoza", "carlo.mendoza.bsn@gmail.com", tz=MNL, style="gmail")
    trish = Person("Trish Villanueva", "trishvillanueva03@gmail.com", tz="Asia/Singapore",
                   style="gmail")
    church = Person("San Roque Parish Youth Ministry", "sanroque.youthministry@gmail.com",
                    tz=MNL, style="gmail")
    gcash = Person("GCash", "no-reply@gcash.com", tz=MNL, style="auto", auto=True)
    bpi = Person("BPI", "notifications@bpi.com.ph", tz=MNL, style="auto", auto=True)
    dmw = Person("DMW Online Services", "no-reply@dmw.gov.ph", tz=MNL, style="auto", auto=True)
    lazada = Person("Lazada Philippines", "no-reply@lazada.com.ph", tz=MNL, style="auto",
                    auto=True)
    jobstreet = Person("JobStreet", "noreply@jobstreet.com", tz=MNL, style="auto", auto=True)
    indeed = Person("Indeed", "alert@indeed.com", tz="UTC", style="auto", auto=True)
    indeed_apply = Person("Indeed Apply", "indeedapply@indeed.com", tz="UTC", style="auto",
                          auto=True)
    globe = Person("Globe", "noreply@globe.com.ph", tz=MNL, style="auto", auto=True)
    meralco = Person("Meralco", "ebill@meralco.com.ph", tz=MNL, style="auto", auto=True)
    grab = Person("Grab", "no-reply@grab.com", tz=MNL, style="auto", auto=True)
    pearson = Person("Pearson VUE", "pearsonvueconfirmation@pearson.com", tz="UTC", style="auto",
                     auto=True)
    nhsjobs = Person("NHS Jobs", "no-reply@jobs.nhs.uk", tz=LDN, style="auto", auto=True)
    taleo = Person("Al Salam Medical Towers Careers", "no-reply@taleo.net", tz="Asia/Riyadh",
                   style="auto", auto=True)
    icunews = Person("ICU Nurses Circle PH", "news@icunursescircle.ph", tz=MNL, style="auto",
                     auto=True)

    A = case.add
    T = lambda s, p=None: case.at(s, p)  # noqa: E731

    def pdf(name, lines):
        return (name, "application/pdf", make_pdf([l.replace("\u2013", "-") for l in lines]))

    cv = pdf("DelaCruz_KristineMae_RN_CV.pdf", [
        "KRISTINE MAE DELA CRUZ, RN",
        "Quezon City, Philippines | +63 917 555 0186 | kmdelacruz.rn@example.ph",
        "ICU Staff Nurse, St. Benedict Medical Center, Manila (2019 - present)",
        "Adult ICU, 24 beds: ventilated patients, CRRT, vasoactive titration, ECMO support",
        "Preceptor for newly hired ICU nurses since 2023",
        "BSN, 2017 | PRC Registered Nurse | BLS / ACLS",
        "IELTS Academic 7.5 overall | NMC CBT passed (January 2026)"])

    # ================================================================ JOB SEARCH

    # ---- Pacific Crest (agency): registration --------------------------------
    A("ag_reg1", me, [ukdesk], "2026-02-09 20:15", """
Good evening po!

I am Kristine Mae Dela Cruz, an ICU staff nurse with 6 years of experience at a tertiary private hospital in Manila. I saw your post on Facebook regarding the UK NHS recruitment drive for critical care nurses and I would like to apply.

Attached is my CV for your perusal. I already passed the NMC CBT last January and I have IELTS Academic 7.5 (valid until December 2026).

Hoping for your favorable response.

Respectfully yours,
""", subject="Application – ICU Staff Nurse – UK NHS Recruitment Drive", attachments=[cv])
    A("ag_reg2", lou, [me], "2026-02-10 09:40", """
Good day Kristine!

Thank you for your interest in our UK Healthcare program. Your profile is a good fit for the critical care openings we are handling for several NHS Trusts.

Kindly send the following documents for our evaluation:
1. IELTS TRF (scanned, both pages)
2. NMC CBT result / NMC decision letter
3. PRC ID and Board Rating
4. Certificate of Employment with job description (ICU)
5. Passport bio page (valid at least 2 years)
6. 2 character references (with contact details)

Please note that our service is FREE of placement fee for UK deployment as per DMW rules. Do not pay anyone who asks you for money in our name.

Thank you and God bless!
""", parent="ag_reg1")
    A("ag_reg3", me, [lou], "2026-02-12 22:05", """
Good evening Ma'am Lou,

Please see attached documents as requested:
1. IELTS TRF
2. NMC CBT result
3. PRC ID and Board Rating
4. COE with job description (our HR released it today)
5. Passport bio page

For the character references, I will send them tomorrow after I get the permission of my Nurse Manager and our Chief Nurse.

Kindly check if complete po. Thank you!

Respectfully,
""", parent="ag_reg2", attachments=[
        pdf("IELTS_TRF_DelaCruz.pdf", ["IELTS Test Report Form (copy)", "Candidate: DELA CRUZ, KRISTINE MAE",
                                       "Overall band score 7.5"]),
        pdf("COE_SBMC_DelaCruz.pdf", ["CERTIFICATE OF EMPLOYMENT", "St. Benedict Medical Center",
                                      "This certifies that Ms. Kristine Mae Dela Cruz, RN",
                                      "is employed as ICU Staff Nurse since 01 July 2019."])])
    A("ag_reg4", lou, [me], "2026-02-13 10:30", """
Hi Kristine,

Noted with thanks, received all 5. Just send the references once you have them, no rush po.

You are now in our UK critical care pool. I will update you once a Trust shortlists you. Usually the Trusts review profiles every 2-3 weeks.

Regards,
""", parent="ag_reg3")
    A("ag_reg5", me, [lou], "2026-02-14 13:20", """
Hi Ma'am Lou,

Here are my 2 character references po:

1. Rosario T. Lim, RN, MAN – Nurse Manager, ICU, St. Benedict Medical Center – 0917 555 0172
2. Prof. Joy Manalastas, RN, MAN – former Clinical Instructor, Colegio de San Rafael – 0918 555 0109

Both already gave their permission to be contacted.

Respectfully,
""", parent="ag_reg4")
    case.thread("ag_reg1", True, "recruiter", "Pacific Crest Healthcare Recruitment, Inc.",
                "registration with the licensed agency; documents sent and acknowledged; "
                "'I will update you' has no date")

    # ---- NHS Jobs acknowledgement (NAHFT) -------------------------------------
    nhs_ack = """
Dear Kristine Mae Dela Cruz

Thank you for your application for the post of Staff Nurse (Band 5) – Adult Critical Care (International Recruitment) at Northfield and Ashby Hospitals NHS Foundation Trust.

Job reference: 289-NA-2611-ICU
Closing date: 24/02/2026

Your application will now be considered by the shortlisting panel. If you are shortlisted, you will be contacted by the recruiting team using the email address you registered with.

You can track the progress of your application by signing in to your NHS Jobs account.

This is an automated message; please do not reply.

NHS Jobs
"""
    A("nhs_ack", nhsjobs, [me], "2026-02-10 14:22", nhs_ack,
      subject="Application submitted: Staff Nurse (Band 5) – Adult Critical Care, 289-NA-2611-ICU",
      html=html_of(nhs_ack, "NHS Jobs"), html_only=True, headers=AUTO)
    case.thread("nhs_ack", True, "application",
                "Northfield and Ashby Hospitals NHS Foundation Trust",
                "NHS Jobs acknowledgement, automated (no-reply); UK day-first closing date")

    # ---- NAHFT interview: invitation, acceptance, gentle rejection -----------
    nahft_start = T("2026-03-13 10:00", helen)
    nahft_end = T("2026-03-13 10:45", helen)
    nahft_uid = uid_outlook("nahft-interview-delacruz")
    nahft_ics = make_ics(
        method="REQUEST", uid=nahft_uid, stamp=T("2026-03-02 11:40", helen),
        start=nahft_start, end=nahft_end,
        summary="Interview: Staff Nurse Band 5 – Adult Critical Care (289-NA-2611-ICU) – "
                "K. Dela Cruz",
        organizer=nahft,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (helen, "ACCEPTED", "INDIVIDUAL")],
        tzid="GMT Standard Time", location="Microsoft Teams Meeting",
        description="Interview panel: Helen Whitcombe (Matron, Adult Critical Care) and "
                    "Daniel Osei (Charge Nurse, ICU).\nPlease join 5 minutes early and have "
                    "your passport ready for the ID check.\n\n"
                    + TEAMS_FOOT % ("NjQ2ZTk4YWEtYjQxZC00ZDVm", "381 604 229 917", "Xq7b2N"),
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    A("nahft1", nahft, [me], "2026-03-02 11:40", """
Dear Kristine,

Following shortlisting, we are pleased to invite you to interview for the post below.

Post: Staff Nurse (Band 5) – Adult Critical Care, International Recruitment
Reference: 289-NA-2611-ICU
Date: Friday 13 March 2026
Time: 10:00 – 10:45 (UK time, GMT)
Format: Microsoft Teams (link in the attached invitation)
Panel: Helen Whitcombe, Matron – Adult Critical Care, and Daniel Osei, Charge Nurse – ICU

Please have your passport and your NMC CBT result to hand, as we will complete an identity check at the start. The interview will include two clinical scenarios.

We aim to let every candidate know the outcome by Friday 20 March.

If you are unable to attend, please let us know by replying to this email as soon as possible.

Kind regards

Amy Thornton
Recruitment Officer, Medical & Nursing Recruitment
Northfield and Ashby Hospitals NHS Foundation Trust
01632 960 412
""", subject="Interview invitation – Staff Nurse (Band 5) Adult Critical Care – 289-NA-2611-ICU",
      cc=[helen], ics=nahft_ics, ics_mode="outlook")
    A("nahft2", me, [nahft], "2026-03-02 21:15", """
Dear Ms. Thornton,

Good day!

Thank you for the invitation. I confirm my attendance on Friday, 13 March 2026 at 10:00 AM UK time (6:00 PM PH time) via Microsoft Teams. I will have my passport and CBT result ready for the ID check.

Respectfully,
""", parent="nahft1", cc=[helen])
    A("nahft3", helen, [me], "2026-03-19 15:20", """
Dear Kristine,

Thank you for taking the time to meet Daniel and me last Friday, and so late into your evening as well. We both enjoyed hearing about your unit in Manila, especially the way you described managing a patient on CRRT through a night shift with only one other senior nurse.

It was a very strong field, and I'm sorry to tell you that on this occasion we won't be offering you a post. This was genuinely a close decision, and it came down to the number of places in this cohort rather than anything you did wrong.

I would really encourage you to apply to us again when our next international cohort opens in the autumn, and you are welcome to mention that you interviewed with me.

With very best wishes,
""", parent="nahft2", cc=[nahft])
    case.thread("nahft1", True, "rejection", "Northfield and Ashby Hospitals NHS Foundation Trust",
                "Teams interview Fri 13 Mar 10:00-10:45 UK time (18:00-18:45 PHT), Outlook invite "
                "from the recruitment mailbox; Helen (ICS attendee, Cc) and Daniel Osei (no "
                "address anywhere) on the panel; never thanked; 'we aim to let every candidate "
                "know by Friday 20 March' ended by Helen's gentle rejection on Mar 19")
    case.meeting("nahft1", nahft_start, nahft_end, met=[helen.email],
                 what="NAHFT Teams interview (Daniel Osei has no address)")
    case.promise("nahft1", "nahft1", nahft.email, "2026-03-20", ended_by="nahft3")
    case.expect("thank_you", "nahft1", helen.email,
                "Teams interview Fri 13 Mar 10:00-10:45 UK time (18:00-18:45 PHT) took place; "
                "never thanked; her rejection of Mar 19 ends callbacks but not the thank-you; "
                "overdue since Mar 14 18:45 PHT, stale only from Mar 27 20:45")
    case.forbid("nahft1", nahft.email,
                "the recruitment team's shared mailbox organised the invite but was not on the "
                "panel; its 'by Friday 20 March' was ended by the rejection of Mar 19")

    # ---- Agency: Kingsmere shortlist -------------------------------------------
    A("ag_km1", lou, [me], "2026-03-03 10:10", """
Good day Kristine!

Good news po! Kingsmere Teaching Hospitals NHS Trust has shortlisted you for their Band 5 Staff Nurse – Critical Care post.

Interview details:
Date: Thursday, 03/12/2026
Time: 10:00 AM UK time (6:00 PM PH time)
Platform: Microsoft Teams
Interviewer: Ms. Fiona Blake, Matron – Critical Care (fiona.blake@kingsmere.nhs.uk)

The Trust will send the Teams invitation directly to your email. Kindly reply to confirm your availability so I can inform the Trust.

Tips: wear your white uniform or smart corporate attire, find a quiet room with good lighting and stable internet, and prepare your STAR examples (deteriorating patient, conflict with a colleague, medication error).

Goodluck and God bless!
""", subject="Shortlisted: Kingsmere Teaching Hospitals NHS Trust – Band 5 Critical Care (Teams interview 03/12)")
    A("ag_km2", me, [lou], "2026-03-03 12:30", """
Good day Ma'am Lou!

Confirmed po, I am available on 03/12 at 6:00 PM PH time. I will watch out for the Teams invite from the Trust.

Thank you so much!

Respectfully,
""", parent="ag_km1")
    A("ag_km3", lou, [me], "2026-03-11 16:00", """
Hi Kristine, reminder lang po for your interview tomorrow with Kingsmere, 10AM UK time / 6PM PH time. Log in 15 minutes early and test your camera and mic. Please update me after!
""", parent="ag_km2")
    A("ag_km4", me, [lou], "2026-03-12 21:45", """
Good evening Ma'am Lou,

Update po: the interview did not push through. I was in the Teams lobby from 5:50 PM until almost 6:45 PM PH time but Ms. Blake did not join. I emailed her at 6:40 PM and she replied that there was an emergency on the unit. She proposed 31 March, 9AM UK time, and I already agreed.

Just informing you po. Please advise if I need to do anything else.

Respectfully,
""", parent="ag_km3")
    A("ag_km5", lou, [me], "2026-03-13 09:15", """
Good morning Kristine,

Noted po, and sorry that happened. I also received an apology email from the Trust's recruitment team last night. Ms. Blake's new invite for 31 March should come from her directly. Please note that UK clocks change on 29 March, so 9AM UK time will be 4PM PH time na.

Regards,
""", parent="ag_km4")
    case.thread("ag_km1", True, "interview", "Pacific Crest Healthcare Recruitment, Inc.",
                "agency shortlist for Kingsmere; Lou arranges and does not attend; Fiona's "
                "address given in the text; no dated promise")

    # ---- Kingsmere: Teams invite, no-show, rescheduled after now ---------------
    km_uid = uid_outlook("kingsmere-interview-delacruz")
    km_start = T("2026-03-12 10:00", fiona)
    km_end = T("2026-03-12 10:45", fiona)
    km_new_start = T("2026-03-31 09:00", fiona)
    km_new_end = T("2026-03-31 09:45", fiona)
    A("km1", fiona, [me], "2026-03-04 09:12", """
Hi Kristine,

Please find attached the Teams invitation for your interview on Thursday 12th March at 10:00 (UK time). It will be with me and should take about 45 minutes; we'll go through a couple of scenarios and then you can ask me anything about the unit.

Kind regards,
""", subject="Interview – Kristine Dela Cruz – Band 5 Staff Nurse, Critical Care",
      ics=make_ics(method="REQUEST", uid=km_uid, stamp=T("2026-03-04 09:12", fiona),
                   start=km_start, end=km_end,
                   summary="Interview – Kristine Dela Cruz – Band 5 Staff Nurse, Critical Care",
                   organizer=fiona, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                   tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                   description=TEAMS_FOOT % ("ZGQ1YjI3MzEtOGUwNi00", "327 118 905 442", "h9PzT4"),
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
      ics_mode="outlook")
    A("km2", me, [fiona], "2026-03-12 18:40", """
Good day Ma'am Fiona,

I have been in the Teams lobby since 5:50 PM PH time (9:50 AM UK time) but the meeting has not started yet. Kindly advise if I should wait po, or if the interview will be moved to another schedule.

Respectfully,
""", parent="km1")
    A("km3", fiona, [me], "2026-03-12 13:05", """
Dear Kristine,

I am so sorry. We had an emergency on the unit this morning and I simply couldn't get away, and by the time I could, my email to you hadn't gone. That's no way to treat a candidate who has stayed up for us.

Could we try again on Tuesday 31st March at 9am UK time? I'll send a fresh invite as soon as you confirm.

Apologies again,
Fiona
""", parent="km2", sig=False)
    A("km4", me, [fiona], "2026-03-12 21:30", """
Good evening Ma'am,

No problem po, I understand, patient care comes first. Tuesday 31st March at 9:00 AM UK time is fine with me. Just to confirm, since the UK clocks go forward on 29 March, that will be 4:00 PM PH time, right?

Respectfully,
""", parent="km3")
    A("km5", fiona, [me], "2026-03-13 08:50", """
Yes, that's exactly right – 9am BST is 4pm for you. Updated invitation attached. See you then!

Fiona
""", parent="km4", sig=False,
      ics=make_ics(method="REQUEST", uid=km_uid, stamp=T("2026-03-13 08:50", fiona),
                   start=km_new_start, end=km_new_end, sequence=1,
                   summary="Interview – Kristine Dela Cruz – Band 5 Staff Nurse, Critical Care",
                   organizer=fiona, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                   tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                   description="Rescheduled from 12 March.\n\n"
                               + TEAMS_FOOT % ("ZGQ1YjI3MzEtOGUwNi00", "327 118 905 442",
                                               "h9PzT4"),
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
      ics_mode="outlook")
    case.thread("km1", True, "interview", "Kingsmere Teaching Hospitals NHS Trust",
                "Teams interview Thu 12 Mar 10:00 UK time: the matron never joined (no-show); "
                "moved to Tue 31 Mar 09:00 BST = 16:00 PHT (after the UK clock change), after now")
    case.meeting("km1", km_start, km_end, met=[], status="noshow",
                 what="Kingsmere interview, interviewer did not join")
    case.meeting("km1", km_new_start, km_new_end, met=[fiona.email], status="scheduled",
                 what="Kingsmere interview, rescheduled")
    case.forbid("km1", fiona.email,
                "no-show: she never joined the Thu 12 Mar interview, so nobody was met; the "
                "rescheduled interview (Tue 31 Mar 09:00 BST, 16:00 PHT) is after now")

    # ---- Agency: Severnvale shortlist (forwarded Trust mail names the panel) --
    sv_start = T("2026-03-16 09:00", gareth)
    sv_end = T("2026-03-16 09:45", gareth)
    A("ag_sv1", lou, [me], "2026-03-09 10:30", """
Good day Kristine!

Congratulations po, Severnvale University Hospitals also shortlisted you! Please see the Trust's invitation below for your perusal. I will not be joining the call po, it will be just you and the panel. Kindly update me after the interview.

Please reply to confirm your attendance so I can inform the Trust today.

Regards,

Ma. Lourdes "Lou" Santiago
Deployment Coordinator – UK Healthcare Desk
Pacific Crest Healthcare Recruitment, Inc.
DMW License No. DMW-082-LB-031524-R
(02) 8555 0147 | 0917 555 0133

---------- Forwarded message ---------
From: Severnvale International Recruitment <svh.intlrecruitment@severnvale.nhs.uk>
Date: Fri, 6 Mar 2026 at 16:12
Subject: Interview invitation – International Nurses (Critical Care) Cohort 4 – Kristine Mae Dela Cruz
To: Lou Santiago <lou.santiago@pacificcrest-hr.com.ph>

Dear Lou,

Please pass the following on to your candidate, Kristine Mae Dela Cruz.

Interview: Monday 16 March 2026, 09:00 – 09:45 UK time
Format: Microsoft Teams
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg1YTc0ZWMtMjA3Zi00%40thread.v2/0
Panel:
  Gareth Pryce, Ward Manager, Intensive Care Unit – gareth.pryce@severnvale.nhs.uk
  Siobhan Keane, Clinical Practice Educator, Critical Care – siobhan.keane@severnvale.nhs.uk

The interview is values-based, followed by a short medication calculation. Candidates should have their NMC CBT certificate and passport available.

Many thanks,
Lowri Evans
International Recruitment Team
Severnvale University Hospitals NHS Trust
""", subject="Fwd: Interview invitation – International Nurses (Critical Care) Cohort 4 – "
             "Kristine Mae Dela Cruz", sig=False)
    A("ag_sv2", me, [lou], "2026-03-09 12:05", """
Good day Ma'am Lou!

Noted with thanks po. I confirm my attendance on Monday 03/16 at 9:00 AM UK time, which is 5:00 PM PH time. I already filed my leave for that afternoon.

Respectfully,
""", parent="ag_sv1")
    case.thread("ag_sv1", True, "interview", "Severnvale University Hospitals NHS Trust",
                "agency forward of the Trust's invitation naming the panel with addresses; "
                "Teams interview Mon 16 Mar 09:00-09:45 UK time (17:00-17:45 PHT); Lou arranged "
                "and did not attend; Gareth thanked in a new thread, Siobhan only through him")
    case.meeting("ag_sv1", sv_start, sv_end, met=["gareth.pryce@severnvale.nhs.uk",
                                                   "siobhan.keane@severnvale.nhs.uk"],
                 thanks={"gareth.pryce@severnvale.nhs.uk": "sv_ty"},
                 what="Severnvale Teams panel")
    case.expect("thank_you", "ag_sv1", "siobhan.keane@severnvale.nhs.uk",
                "on the Mon 16 Mar panel (09:00-09:45 UK time, 17:00-17:45 PHT); only Gareth was "
                "written to ('please extend my thanks to Ms. Keane' is not a note to her); "
                "overdue since Mar 17 17:45 PHT")
    case.forbid("ag_sv1", lou.email,
                "the agency coordinator arranged the interview and said she would not join; not "
                "met; her relayed promise lives in another thread")

    # ---- Severnvale: thank-you to Gareth, new thread --------------------------
    A("sv_ty", me, [gareth], "2026-03-16 21:10", """
Dear Mr. Pryce,

Good evening from Manila!

Thank you very much for taking the time to interview me this morning (UK time) for the Critical Care Cohort 4 post. I really appreciated hearing how your ICU supports international nurses during their first months, especially the supernumerary period and the OSCE preparation.

As I mentioned, what I can bring to your team:
- six years in a 24-bed adult ICU, including CRRT and ventilated patients
- experience as a preceptor for newly hired nurses
- calm handover and escalation habits from years of night duty

Kindly extend my thanks also to Ms. Keane for her questions on the sepsis scenario.

I remain very interested in joining Severnvale and will be glad to provide any further documents.

Respectfully,
""", subject="Thank you – Critical Care interview (16 March)")
    case.thread("sv_ty", True, "interview", "Severnvale University Hospitals NHS Trust",
                "Kristine's thank-you to Gareth the same evening; asks him to pass thanks to "
                "Siobhan; no reply")
    case.forbid("sv_ty", gareth.email,
                "his panel was thanked by this note at 21:10 PHT the same day; he made no "
                "promise in this thread (his decision date came through the agency)")

    # ---- Agency relay of the ward manager's promise ---------------------------
    A("ag_rl1", me, [lou], "2026-03-17 08:20", """
Good morning Ma'am Lou!

Update po: done na ang interview ko with Severnvale yesterday. The panel was Mr. Pryce (Ward Manager) and Ms. Keane (Practice Educator). They asked about sepsis, a difficult relative, and a drug calculation. I think it went well naman.

If the Trust gives any feedback, kindly let me know po.

Respectfully,
""", subject="Severnvale interview – update po")
    A("ag_rl2", lou, [me], "2026-03-18 10:05", """
Good day Kristine!

Glad to hear it went well! I spoke with Severnvale's recruitment team last night (their afternoon). Mr. Pryce asked me to relay to you that the panel will give its decision by Friday, 03/20/2026. I will update you as soon as I hear from them.

Keep safe po!
""", parent="ag_rl1")
    case.thread("ag_rl1", True, "recruiter", "Pacific Crest Healthcare Recruitment, Inc.",
                "Lou relays the ward manager's promise: decision by Fri 03/20/2026; nothing from "
                "the agency since, and Kristine has not chased")
    case.promise("ag_rl1", "ag_rl2", lou.email, "2026-03-20")
    case.expect("callback", "ag_rl1", lou.email,
                "promise relayed by the agency on the ward manager's behalf: decision 'by Friday, "
                "03/20/2026'; no word from Pacific Crest since; due end of Tue Mar 24 PHT",
                promised="2026-03-20")

    # ---- Al Nakheel (Riyadh): Zoom interview, 5 working days -----------------
    an_start = T("2026-03-05 12:00", jenelyn)
    an_end = T("2026-03-05 12:45", jenelyn)
    A("an1", jenelyn, [me], "2026-02-19 10:30", """
Good day Ms. Dela Cruz,

Greetings from Al Nakheel Specialist Hospital, Riyadh!

We received your CV through our careers page for the position of Staff Nurse – Adult ICU (Ref. ANSH-ICU-0392). We are pleased to inform you that your profile was shortlisted by our Nursing Department and we would like to invite you for an online interview.

Kindly send us your availability for the week of 01–05 March 2026 (Sunday to Thursday), in Philippine time.

Best regards,
""", subject="Staff Nurse – Adult ICU (Ref. ANSH-ICU-0392) | Al Nakheel Specialist Hospital, Riyadh")
    A("an2", me, [jenelyn], "2026-02-19 22:10", """
Good day Ma'am Jenelyn!

Thank you po for considering my application. I am available on the following dates (PH time):

- 03/03 (Tue) – 10AM to 2PM
- 03/05 (Thu) – any time after 3:00 PM
- 03/06 (Fri) – morning (but I understand Friday is weekend in KSA)

I am on night duty on 03/02 and 03/04.

Respectfully,
""", parent="an1")
    A("an3", jenelyn, [me], "2026-02-23 11:00", """
Dear Ms. Kristine,

Thank you for your prompt reply. Your interview is scheduled as follows:

Date: Thursday, 05 March 2026
Time: 12:00 noon KSA time (5:00 PM Philippine time)
Platform: Zoom – https://zoom.us/j/84721930556?pwd=QW5zaEljdTAzOTI
Meeting ID: 847 2193 0556 | Passcode: 482913
Panel: Mrs. Rania Al-Harbi, Director of Nursing (ralharbi@alnakheelhospital.com.sa), and myself

The interview will take approximately 30–45 minutes. Please be online 10 minutes before the schedule and prepare your passport and PRC license for verification.

Best regards,
""", parent="an2")
    A("an4", me, [jenelyn], "2026-02-23 19:30", """
Noted with thanks po, Ma'am Jenelyn. I will be online by 4:50 PM PH time on 03/05.

Respectfully,
""", parent="an3")
    A("an5", jenelyn, [me], "2026-03-05 13:10", """
Dear Ms. Kristine,

Thank you for attending the interview today. The panel will complete your assessment and we will inform you of the result within 5 working days.

Best regards,
""", parent="an4")
    A("an6", me, [jenelyn], "2026-03-05 20:40", """
Good evening Ma'am Jenelyn and Mrs. Al-Harbi,

Thank you very much for the interview this afternoon and for the time you both gave me. I enjoyed learning about the hospital's new cardiac ICU and the orientation program for nurses from the Philippines.

I am very much interested in the Staff Nurse – Adult ICU position and I look forward to the result.

Respectfully,
""", parent="an5", cc=[rania])
    case.thread("an1", True, "interview", "Al Nakheel Specialist Hospital",
                "Zoom interview Thu 5 Mar 12:00 KSA (17:00-17:45 PHT) with the Director of Nursing "
                "and the recruiter; both thanked in one note; 'we will inform you of the result "
                "within 5 working days' (Thu 12 Mar whether the week runs Sun-Thu or Mon-Fri) "
                "never kept")
    case.meeting("an1", an_start, an_end, met=[jenelyn.email, rania.email],
                 thanks={jenelyn.email: "an6", rania.email: "an6"},
                 what="Al Nakheel Zoom interview")
    case.promise("an1", "an5", jenelyn.email, "2026-03-12")
    case.expect("callback", "an1", jenelyn.email,
                "'we will inform you of the result within 5 working days' after the Thu 5 Mar "
                "interview: Thu 12 Mar under a Sun-Thu or a Mon-Fri week; nothing since; due end "
                "of Mon Mar 16 PHT, not yet stale", promised="2026-03-12")
    case.forbid("an1", rania.email,
                "Director of Nursing thanked (in cc) in the note of Mar 5; the dated promise was "
                "Jenelyn's, so the callback goes to Jenelyn, not to her")

    # ---- Al Salam (Jeddah): Taleo acknowledgement and automated regret --------
    t1 = """
Dear Kristine Mae,

Thank you for your interest in Al Salam Medical Towers. We have received your application for Registered Nurse – Critical Care (Requisition 2600417).

Our Talent Acquisition team will review your qualifications. If your profile matches our requirements, a member of the team will contact you.

Kind regards,
Talent Acquisition
Al Salam Medical Towers, Jeddah

Please do not reply to this email; this mailbox is not monitored.
"""
    A("as1", taleo, [me], "2026-02-11 09:05", t1,
      subject="Thank you for applying – Registered Nurse – Critical Care (2600417)",
      html=html_of(t1), html_only=True, headers=AUTO)
    case.thread("as1", True, "application", "Al Salam Medical Towers",
                "Taleo acknowledgement, automated")
    t2 = """
Dear Kristine Mae,

Thank you for your recent application for Registered Nurse – Critical Care (Requisition 2600417). After careful consideration, we regret to inform you that we will not be moving forward with your application at this time.

We will keep your profile on file and encourage you to apply for future openings that match your experience.

We wish you every success.

Talent Acquisition
Al Salam Medical Towers, Jeddah
"""
    A("as2", taleo, [me], "2026-03-06 11:40", t2,
      subject="Your application for Registered Nurse – Critical Care (2600417)",
      html=html_of(t2), html_only=True, headers=AUTO)
    case.thread("as2", True, "rejection", "Al Salam Medical Towers",
                "automated regret from Taleo; no interview, nobody to write to")

    # ---- Corniche Medical City (Abu Dhabi) ------------------------------------
    cm_ack = """
Dear Kristine Mae Dela Cruz,

Thank you for applying for Registered Nurse – Adult ICU (Req ID 10457) at Corniche Medical City.

Your application has been received and is being reviewed by our Talent Acquisition team. Due to the high volume of applications, only shortlisted candidates will be contacted.

Corniche Medical City Careers
This is a system-generated message.
"""
    A("cm_ack", cmc_careers, [me], "2026-02-16 08:12", cm_ack,
      subject="Thank you for applying – Registered Nurse – Adult ICU (Req ID 10457)",
      html=html_of(cm_ack), html_only=True, headers=AUTO)
    case.thread("cm_ack", True, "application", "Corniche Medical City",
                "SuccessFactors-style acknowledgement from a no-reply careers address")

    cm_start = T("2026-03-09 13:00", reem)
    cm_end = T("2026-03-09 13:45", reem)
    A("cm1", reem, [me], "2026-03-03 10:15", """
Dear Kristine,

Thank you for your interest in Corniche Medical City. We would like to invite you to a virtual interview for the Registered Nurse – Adult ICU position (Req ID 10457).

Date: Monday, 9 March 2026
Time: 1:00 PM – 1:45 PM UAE time (GMT+4), i.e. 5:00 PM – 5:45 PM Philippine time
Platform: Zoom (invitation attached)

You will meet our nursing panel, whose details are in the invitation. I will not be on the call myself, but please contact me if you have any technical issues.

Kindly confirm your attendance.

Best regards,
""", subject="Virtual Interview – Registered Nurse, Adult ICU – Corniche Medical City",
      ics=make_ics(
          method="REQUEST", uid="zoom-" + digest("cmc-zoom-delacruz", n=24),
          stamp=T("2026-03-03 10:15", reem), start=cm_start, end=cm_end,
          summary="CMC – RN Adult ICU Interview – Kristine Mae Dela Cruz",
          organizer=reem, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="Asia/Dubai",
          location="https://cornichemedicalcity.zoom.us/j/91837465021?pwd=Y21jSWN1MTA0NTc",
          description="Interview panel:\n- Joseph Mathew, Nurse Manager – Adult ICU "
                      "(joseph.mathew@cornichemedicalcity.ae)\n- Leah Fernandes, Clinical Nurse "
                      "Educator (leah.fernandes@cornichemedicalcity.ae)\n\nJoin Zoom Meeting\n"
                      "https://cornichemedicalcity.zoom.us/j/91837465021?pwd=Y21jSWN1MTA0NTc\n"
                      "Meeting ID: 918 3746 5021\nPasscode: 104570",
          prodid="-//zoom.us//iCalendar Event//EN"),
      ics_mode="attach")
    A("cm2", me, [reem], "2026-03-03 19:05", """
Dear Ms. Reem,

Good day! Thank you for the invitation. I confirm my attendance on Monday, 9 March 2026 at 1:00 PM UAE time (5:00 PM PH time).

Respectfully,
""", parent="cm1")
    A("cm3", me, [joseph], "2026-03-09 19:50", """
Dear Mr. Mathew,

Good evening! Thank you for interviewing me this afternoon for the Registered Nurse – Adult ICU position. I appreciated your questions on ventilator weaning and the way you described the unit's nurse-led protocols.

I am confident my six years in a busy adult ICU would let me contribute quickly to your team, and I remain very interested in joining Corniche Medical City.

Respectfully,
""", parent="cm1", cc=[reem], quote=False)
    A("cm4", me, [leah], "2026-03-09 20:02", """
Dear Ms. Fernandes,

Thank you for your time at the interview today. I especially enjoyed our conversation about orientation and competency sign-off for new ICU staff, since I do the same work as a preceptor in my hospital.

I hope to have the chance to work with you at Corniche Medical City.

Respectfully,
""", parent="cm1", cc=[reem], quote=False)
    A("cm5", reem, [me], "2026-03-10 09:30", """
Dear Kristine,

Thank you for your kind notes to the panel. They will finalise their recommendation this week, and we will revert to you by Friday, 13 March.

Best regards,
""", parent="cm4")
    case.thread("cm1", True, "interview", "Corniche Medical City",
                "Zoom interview Mon 9 Mar 13:00-13:45 UAE time (17:00-17:45 PHT), panel named "
                "with addresses in the ICS description only; both panelists thanked separately "
                "that evening; the recruiter did not attend; 'revert by Friday, 13 March' kept "
                "by the offer of Mar 12")
    case.meeting("cm1", cm_start, cm_end, met=[joseph.email, leah.email],
                 thanks={joseph.email: "cm3", leah.email: "cm4"}, what="Corniche Zoom panel")
    case.forbid("cm1", joseph.email,
                "thanked by his own note at 19:50 PHT the evening of the interview")

    offer_pdf = pdf("CMC_Offer_RN_AdultICU_DelaCruz.pdf", [
        "CORNICHE MEDICAL CITY – CONDITIONAL OFFER OF EMPLOYMENT",
        "Candidate: Kristine Mae Dela Cruz",
        "Position: Registered Nurse – Adult ICU (Req ID 10457)",
        "Basic salary: AED 9,500 per month; housing provided; annual air ticket",
        "Contract: 2 years, renewable",
        "Acceptance: sign and return on or before 31 March 2026",
        "Conditions: DOH licence, pre-employment medical, good conduct certificate"])
    A("cmo1", reem, [me], "2026-03-12 14:05", """
Dear Kristine,

Congratulations! On behalf of Corniche Medical City, I am delighted to extend to you a conditional offer of employment as Registered Nurse – Adult ICU. The offer letter with the full terms is attached.

Kindly review it and confirm your acceptance by replying to this email and returning the signed offer on or before 31 March 2026. Once we receive your acceptance, we will start your DOH licensing (DataFlow) and send the instructions for your pre-employment medical.

Should you have questions on the package, I am happy to arrange a call.

Best regards,
""", subject="Offer of Employment – Registered Nurse, Adult ICU – Kristine Mae Dela Cruz",
      attachments=[offer_pdf])
    A("cmo2", me, [reem], "2026-03-13 08:30", """
Dear Ms. Reem,

Good day! Received with thanks. I am very grateful for the offer.

May I kindly ask two clarifications po:
1. Is the housing provided as accommodation, or as an allowance?
2. Is the 2-year contract renewable, and is the annual ticket for Manila?

I will revert with my decision on or before 31 March.

Respectfully,
""", parent="cmo1")
    A("cmo3", reem, [me], "2026-03-16 11:20", """
Hi Kristine,

Happy to clarify:
1. Housing is provided: shared accommodation (two nurses per flat) ten minutes from the hospital, with free shuttle.
2. Yes, the contract is renewable by mutual agreement, and the annual ticket is Abu Dhabi–Manila return.

Take your time within the deadline, and let me know if you need anything else.

Best regards,
""", parent="cmo2")
    case.thread("cmo1", True, "offer", "Corniche Medical City",
                "written offer Thu 12 Mar; acceptance due from Kristine by 31 Mar; she asked "
                "questions, Reem answered on Mar 16")
    case.promise("cm1", "cm5", reem.email, "2026-03-13", ended_by="cmo1")
    case.forbid("cmo1", reem.email,
                "an offer: 'on or before 31 March' is Kristine's deadline to answer, not a "
                "promise from them; Reem already answered her questions on Mar 16; the "
                "recruiter was not at the interview")

    # ---- Keystone (US staffing): Indeed Apply, intro call ---------------------
    ia = """
Your application has been submitted

Registered Nurse – ICU (International, EB-3 Direct Hire)
Keystone Nurse Partners – Philadelphia, PA

Keystone Nurse Partners received your application and resume. You can check the status in My jobs.

Good luck!
Indeed
"""
    A("ia1", indeed_apply, [me], "2026-02-16 03:31", ia,
      subject="Indeed Application: Registered Nurse – ICU (International, EB-3 Direct Hire)",
      html=html_of(ia), html_only=True, headers=AUTO)
    case.thread("ia1", True, "application", "Keystone Nurse Partners",
                "Indeed Apply receipt, automated")

    ks_call_start = T("2026-02-26 08:00", tasha)
    ks_call_end = T("2026-02-26 08:30", tasha)
    A("ks1", tasha, [me], "2026-02-19 09:15", """
Hi Kristine,

Thanks for applying to our international RN program through Indeed! I'm a recruiter at Keystone Nurse Partners. We sponsor experienced ICU nurses for EB-3 green cards and place them with our hospital partners in Pennsylvania and New Jersey.

Your ICU background looks like a great fit. Would you have 30 minutes for an intro call? How about Thursday 2/26 at 8:00 AM Eastern? If my math is right that's 9:00 PM for you in Manila.

Best,
""", subject="Keystone Nurse Partners – ICU RN program (EB-3)")
    A("ks2", me, [tasha], "2026-02-20 06:40", """
Good day Ma'am Tasha!

Thank you for reaching out. Yes po, 02/26 at 9:00 PM PH time works for me. You may call me on WhatsApp at +63 917 555 0186.

Respectfully,
""", parent="ks1")
    A("ks3", tasha, [me], "2026-02-20 08:05", """
Perfect, you're on my calendar. I'll call you on WhatsApp at 8 AM ET Thursday. Talk soon!
""", parent="ks2", sig=False)
    A("ks4", me, [tasha], "2026-02-27 07:40", """
Good morning Ma'am Tasha,

Thank you for the call last night and for explaining the EB-3 process so clearly. I will book my NCLEX as you advised and send you the confirmation once I have it.

Have a nice day po!

Respectfully,
""", parent="ks3")
    case.thread("ks1", True, "recruiter", "Keystone Nurse Partners",
                "recruiter outreach; WhatsApp intro call Thu 26 Feb 08:00-08:30 EST (21:00 PHT), "
                "thanked next morning; the March video interview is in another thread")
    case.meeting("ks1", ks_call_start, ks_call_end, met=[tasha.email], thanks={tasha.email: "ks4"},
                 what="Keystone intro call")
    case.forbid("ks1", tasha.email,
                "the February intro call was thanked on Feb 27; the thank-you owed to her is for "
                "the March video call, in the other Keystone thread")

    # ---- Keystone: video call with the Director of Clinical Services, moved earlier
    kv_start = T("2026-03-17 09:00", tasha)
    kv_end = T("2026-03-17 09:45", tasha)
    A("kv1", tasha, [me], "2026-03-10 16:40", """
Hi Kristine,

Great news: Bob Kessler, our Director of Clinical Services (robert.kessler@keystonenursepartners.com), would like to meet you on Zoom for the clinical conversation. Could you do Thursday 3/19 at 9:00 AM ET? Heads up, the US moved to daylight saving time on Sunday, so we're now 12 hours behind you, not 13 – that makes it 9:00 PM Thursday in Manila. It should take about 45 minutes.

Zoom: https://keystonenursepartners.zoom.us/j/6150392847

We're still seeing a few other nurses from your cohort this week, so the sooner we lock this in the better.

Best,
""", subject="Next step – Zoom with our Director of Clinical Services")
    A("kv2", me, [tasha], "2026-03-11 07:15", """
Good day Ma'am Tasha!

03/19 at 9:00 PM PH time is okay po. I will be off duty that day.

Respectfully,
""", parent="kv1")
    A("kv3", tasha, [me], "2026-03-13 10:02", """
Hi Kristine,

Small change: Bob has to be at a hospital partner on Thursday. Could we move it up to Tuesday 3/17, same time (9 AM ET / 9 PM Manila)? Same Zoom link.

Sorry for the shuffle!
""", parent="kv2")
    A("kv4", me, [tasha], "2026-03-14 06:50", """
Tuesday works po. Thank you Ma'am!

Sent from my iPhone
""", parent="kv3", sig=False)
    A("kv5", tasha, [me], "2026-03-18 10:15", """
Hi Kristine,

Great talking with you last night (morning for us!). Bob enjoyed hearing about your CRRT and ECMO exposure. We'll go over things with our hospital partner and I'll be in touch once I hear back from them. Marisol from our credentialing team will also email you a document checklist.

Have a great rest of your week!
""", parent="kv4")
    case.thread("kv1", True, "interview", "Keystone Nurse Partners",
                "Zoom with the recruiter and the Director of Clinical Services (address given in "
                "the text), moved earlier from Thu 19 Mar to Tue 17 Mar 09:00-09:45 EDT "
                "(21:00-21:45 PHT); the only 'thank you' came before it; no dated promise "
                "afterwards")
    case.meeting("kv1", kv_start, kv_end,
                 met=[tasha.email, "robert.kessler@keystonenursepartners.com"],
                 what="Keystone Zoom, moved earlier")
    case.expect("thank_you", "kv1", tasha.email,
                "Zoom Tue 17 Mar 21:00-21:45 PHT (moved earlier from Thu 19 Mar) took place; her "
                "only 'Thank you' was in the Mar 14 reply agreeing the move; overdue since Mar 18 "
                "21:45 PHT")
    case.expect("thank_you", "kv1", "robert.kessler@keystonenursepartners.com",
                "met at the Tue 17 Mar Zoom; his address is in Tasha's mail; never written to; "
                "overdue since Mar 18 21:45 PHT")

    # ---- Keystone: credentialing documents ------------------------------------
    A("kc1", marisol, [me], "2026-03-19 09:30", """
Hi Kristine,

Welcome to Keystone! I'm your credentialing specialist. To start your file, please send:

- Passport bio page
- PRC license (front and back)
- NCLEX-RN result (or Authorization to Test if still pending)
- Transcript of Records and BSN diploma
- BLS and ACLS cards
- Certificate of Employment from each hospital since graduation

Scans or clear phone photos are fine.

Thanks!
""", subject="Credentialing checklist – Kristine Dela Cruz (EB-3 RN)")
    A("kc2", me, [marisol], "2026-03-20 07:10", """
Good day Ma'am Marisol!

Thank you for the checklist. Please see attached for your perusal: passport bio page, PRC license, COE, and my BLS/ACLS cards. I took the NCLEX last 03/14 and I am still waiting for the official result. I will send the TOR once the registrar releases it.

Respectfully,
""", parent="kc1", attachments=[pdf("DelaCruz_Credentialing_Docs.pdf", [
        "Kristine Mae Dela Cruz – documents for Keystone Nurse Partners",
        "1. Passport bio page  2. PRC license  3. COE St. Benedict Medical Center",
        "4. BLS card (exp. 2027)  5. ACLS card (exp. 2027)"])])
    A("kc3", marisol, [me], "2026-03-20 11:45", """
Got them, thank you Kristine! I've uploaded everything to your file. Just the TOR and NCLEX result left.
""", parent="kc2")
    case.thread("kc1", True, "application", "Keystone Nurse Partners",
                "credentialing document exchange with someone who was not at the call; "
                "Kristine's thanks here go to Marisol only")
    case.forbid("kc1", marisol.email,
                "credentialing specialist: never met, promised nothing; thanked for the "
                "checklist; not a substitute for thanking Tasha or Bob")

    # ---- Colegio de San Rafael: clinical instructor, 'conversation over merienda'
    csr_start = T("2026-03-20 15:00")
    A("csr1", rowena, [me], "2026-03-10 14:20", """
Good afternoon Ms. Dela Cruz,

Greetings of peace!

Dean Carmelita Reyes-Ocampo received your letter and CV through Prof. Joy Manalastas, and she would like to invite you for a short conversation over merienda regarding the Clinical Instructor (Critical Care) position for the 1st semester of AY 2026–2027.

Proposed schedule: Friday, 03/20/2026, 3:00 PM
Venue: Office of the Dean, 3rd floor, St. Raphael Hall

Should you need to reach the Dean directly, her email is creyesocampo@csr.edu.ph.

Kindly confirm if the schedule is convenient for you. Thank you and God bless!
""", subject="Clinical Instructor (Critical Care) – conversation with the Dean")
    A("csr2", me, [rowena], "2026-03-10 21:40", """
Good evening Ma'am Rowena!

Thank you po for the invitation. I confirm Friday, 03/20 at 3:00 PM. I will bring a printed copy of my CV and my PRC ID.

Respectfully,
""", parent="csr1")
    A("csr3", rowena, [me], "2026-03-11 08:05", """
Noted po. See you on Friday!
""", parent="csr2", sig=False)
    case.thread("csr1", True, "interview", "Colegio de San Rafael",
                "a 'conversation over merienda' with the Dean of Nursing Fri 20 Mar 15:00 PHT "
                "(no end given: 60 min); the secretary arranged it and was not there; the Dean "
                "was thanked in a new thread")
    case.meeting("csr1", csr_start, None, met=[dean.email], thanks={dean.email: "csr_ty1"},
                 what="merienda with the Dean")
    case.forbid("csr1", rowena.email,
                "the Dean's secretary set up the conversation and did not take part; she "
                "promised nothing")

    A("csr_ty1", me, [dean], "2026-03-20 19:30", """
Good evening po, Dean!

Thank you very much for your time this afternoon, and for the merienda. It was an honor to hear about the college's plans for the Critical Care elective and the RLE rotations at your base hospital.

I am seriously considering the Clinical Instructor position. Teaching has always been close to my heart since I started precepting our new nurses, and I believe I can help students feel less afraid of the ICU.

Respectfully,
""", subject="Thank you, Dean Reyes-Ocampo")
    A("csr_ty2", dean, [me], "2026-03-21 10:12", """
Dear Kristine,

You're welcome, iha. It was a pleasure talking with you, and Prof. Manalastas was right about you.

I will call you sometime next week to discuss the teaching load and the RLE schedule. Enjoy your weekend.
""", parent="csr_ty1")
    case.thread("csr_ty1", True, "interview", "Colegio de San Rafael",
                "Kristine's thank-you to the Dean the same evening; the Dean will call 'sometime "
                "next week' (Mar 23-27): window still open at now")
    case.promise("csr_ty1", "csr_ty2", dean.email, "2026-03-27")
    case.forbid("csr_ty1", dean.email,
                "thanked here on the evening of Mar 20; her 'I will call you sometime next "
                "week' runs to Fri Mar 27, still open at now")

    # ---- Westbrook: intro by a friend, a Monday chat --------------------------
    wb_start = T("2026-03-23 12:00", claire)
    A("wb1", mylene, [claire, me], "2026-03-17 11:30", """
Hi Claire,

As promised, here's my friend Kristine. We worked together in the ICU at St Benedict's in Manila before I came over in 2022, and honestly she's one of the best ICU nurses I know. She's looking at UK posts at the moment and I told her you're the best person to ask about how things work here.

Kristine, meet Claire, our Matron for Critical Care here at Westbrook.

I'll let you two take it from here!

Mylene
""", subject="Intro: Kristine (ICU nurse, Manila) <> Claire Hutchins")
    A("wb2", me, [mylene, claire], "2026-03-17 21:05", """
Hi Ate Mylene, thank you so much for the introduction!

Good day Ma'am Claire, it's a pleasure to e-meet you. I have six years of adult ICU experience in Manila and I am currently applying to NHS trusts through an agency. I would be very grateful for the chance to learn about critical care at Westbrook and any advice you may have for an international nurse.

Respectfully,
""", parent="wb1")
    A("wb3", claire, [me], "2026-03-18 08:40", """
Hi Kristine (and thanks Mylene!),

Mylene says lovely things about you. We're not formally recruiting international nurses this month, but I'm always happy to chat. Could we talk on Monday? Say 12 noon UK time – I think that's 8pm for you? I'll send a Teams link on the day.

Best wishes,
""", parent="wb2", cc=[mylene])
    A("wb4", me, [claire], "2026-03-18 18:20", """
Good day Ma'am Claire!

Monday 12 noon UK time (8:00 PM PH time) is perfect po. Thank you!

Respectfully,
""", parent="wb3", cc=[mylene])
    A("wb5", claire, [me], "2026-03-23 10:02", """
Here's the link for today: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4ZmQ2MDMtNTk0Ny00%40thread.v2/0

Talk at 12!
""", parent="wb4", sig=False)
    A("wb6", me, [mylene], "2026-03-24 07:30", """
Ate!! Nakausap ko na si Ma'am Claire kagabi. Ang bait niya grabe, she explained the preceptorship and how they support the OSCE. Sabi niya mag-apply daw ako pag nag-open ulit sila ng international cohort. Salamat ulit sa pag-refer, libre kita ng Jollibee pag-uwi mo hahaha

Sent from my iPhone
""", parent="wb5", sig=False)
    case.thread("wb1", True, "networking", "Westbrook Hospitals NHS Trust",
                "a friend's introduction; the matron offers a chat 'on Monday' at 12 noon UK time "
                "(20:00 PHT, Mar 23), no end given (60 min); only a pre-call 'Thank you'; the "
                "morning after, Kristine wrote to Mylene alone")
    case.meeting("wb1", wb_start, None, met=[claire.email], what="chat with the Westbrook matron")
    case.promise("wb1", "wb3", claire.email, "2026-03-23", answered_by="wb5")
    case.expect("thank_you", "wb1", claire.email,
                "Teams chat Mon 23 Mar 12:00 UK time (20:00 PHT, 60 min by default) took place; "
                "the only thanks came before it, and the morning-after note went to Mylene "
                "alone; overdue since Mar 24 21:00 PHT")
    case.forbid("wb1", mylene.email,
                "the friend who made the introduction: not on the call, promised nothing, and "
                "already thanked")

    # ================================================================ NOT JOB SEARCH

    # ---- Pearson VUE: NCLEX booking (a test, not a meeting) -------------------
    pv = """
Pearson VUE Confirmation of Booking

Dear Kristine Mae Dela Cruz,

Thank you for scheduling your exam with Pearson VUE. Please keep this confirmation for your records.

Exam: NCLEX-RN (National Council Licensure Examination for Registered Nurses)
Registration ID: 418 226 509
Appointment: Saturday, March 14, 2026, 8:00 AM Philippine Standard Time
Test center: Pearson Professional Centers – Manila, 24F Cyberpark Tower, Taguig City

Arrive at least 30 minutes before your appointment. You must present one acceptable, valid, unexpired ID; the name must match your registration exactly.

Rescheduling must be done at least 24 hours before the appointment through the NCLEX candidate website.

Pearson VUE
"""
    A("pv1", pearson, [me], "2026-02-27 03:02", pv,
      subject="Pearson VUE Confirmation of Booking – NCLEX-RN – Registration 418226509",
      html=html_of(pv, "Pearson VUE"), html_only=True, headers=AUTO)
    case.thread("pv1", False, None, "Pearson VUE",
                "NCLEX-RN booked for Sat 14 Mar 08:00 PHT at a test centre: an exam, not a "
                "meeting with a person")
    case.meeting("pv1", T("2026-03-14 08:00"), T("2026-03-14 13:00"), met=[], job=False,
                 what="NCLEX test sitting")
    case.forbid("pv1", pearson.email,
                "a test booking (NCLEX-RN on Sat 14 Mar): nobody is met at an exam, and the "
                "sender is an automated confirmation address")
    pv2 = """
Reminder: your NCLEX-RN appointment is in 2 days

Saturday, March 14, 2026, 8:00 AM – Pearson Professional Centers – Manila

Bring your valid passport. Personal items are not allowed in the testing room. Lockers are provided.

Pearson VUE
"""
    A("pv2", pearson, [me], "2026-03-12 01:00", pv2,
      subject="Reminder: Your NCLEX-RN appointment on March 14, 2026",
      html=html_of(pv2), html_only=True, headers=AUTO)
    case.thread("pv2", False, None, "Pearson VUE", "exam reminder, automated")

    # ---- Pre-employment medical (errand) --------------------------------------
    med_start = T("2026-03-21 07:00")
    A("med1", me, [clinic], "2026-03-16 10:20", """
Good day po!

I would like to schedule a pre-employment medical exam (PEME) for overseas employment, Saturday morning 03/21 if available. Kindly advise the requirements and the package rate.

Thank you po!

Kristine Mae Dela Cruz
0917 555 0186
""", subject="Inquiry – PEME for overseas employment (03/21)", sig=False)
    A("med2", clinic, [me], "2026-03-16 14:05", """
Good day Ma'am Kristine!

Your appointment is confirmed for Saturday, 03/21/2026, 7:00AM. Package: PEME Overseas (CBC, urinalysis, fecalysis, chest x-ray, ECG, drug test, HBsAg, physical and dental exam) – PHP 3,850.

Reminders:
- fast 8–10 hours before (water only)
- bring passport, 2 pcs 2x2 ID photo, and the referral letter from your employer/agency if any
- no alcohol 24 hours before

We will text you once your results are ready for claiming.
""", parent="med1",
      ics=make_ics(method="PUBLISH", uid=uid_uuid("ermita-peme-delacruz"),
                   stamp=T("2026-03-16 14:05"), start=med_start, end=med_start + 2 * HOUR,
                   summary="PEME Overseas – Dela Cruz, Kristine Mae",
                   organizer=clinic, tzid="Asia/Manila",
                   location="Ermita Diagnostic & Medical Clinic, 1450 Taft Ave, Ermita, Manila",
                   description="Fasting 8-10 hours. Bring passport and 2x2 photos."),
      ics_mode="publish")
    A("med3", me, [clinic], "2026-03-16 14:30", """
Noted with thanks po! See you on Saturday.
""", parent="med2", sig=False)
    case.thread("med1", False, None, "Ermita Diagnostic & Medical Clinic",
                "pre-employment medical exam Sat 21 Mar 07:00 PHT: an errand at a clinic")
    case.meeting("med1", med_start, med_start + 2 * HOUR, met=[clinic.email], job=False,
                 what="medical exam")
    case.forbid("med1", clinic.email,
                "a clinic appointment (pre-employment medical), an errand: no thank-you, and "
                "'we will text you once your results are ready' has no date")

    # ---- Current job: she is on the hiring panel ------------------------------
    pan_start = T("2026-03-18 09:00")
    pan_end = T("2026-03-18 12:00")
    A("pan1", charo, [me, jon], "2026-03-13 16:10", """
Hi Kristine and Jon,

As discussed at huddle, you will both sit with me on the panel for the final interview of the 6 shortlisted applicants for ICU Staff Nurse (new hires, 1 year ward experience). HR will provide the scoring sheets. Kindly review the attached list and CVs before Wednesday.

Kristine, since you will be their preceptor if they are hired, please prepare two short clinical scenarios (ABG and vasopressor titration).

Thanks,
""", subject="Panel Interview – ICU Staff Nurse Applicants (Batch 3)",
      ics=make_ics(method="REQUEST", uid=uid_outlook("sbmc-icu-panel-batch3"),
                   stamp=T("2026-03-13 16:10"), start=pan_start, end=pan_end,
                   summary="Panel Interview – ICU Staff Nurse Applicants (Batch 3)",
                   organizer=charo,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                              (jon, "ACCEPTED", "INDIVIDUAL"),
                              (("SBMC 5F ICU Conference Room 4B", "sbmc-5f-confrm4b@sbmc.com.ph"),
                               "ACCEPTED", "ROOM")],
                   tzid="Singapore Standard Time", location="ICU Conference Room 4B, 5th Floor",
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
      ics_mode="outlook",
      attachments=[pdf("ICU_Applicants_Batch3.pdf", [
          "ICU Staff Nurse Applicants – Batch 3 (final interview)",
          "1. Angeles, Mark Joseph  2. Bernardo, Kaye  3. Dizon, Ralph",
          "4. Estrella, Nicole  5. Navarro, Jem  6. Soriano, Pia"])])
    A("pan2", me, [charo], "2026-03-13 17:02", """
Noted po Ma'am Charo. I will prepare the scenarios over the weekend.
""", parent="pan1")
    A("pan3", charo, [me, jon], "2026-03-18 14:30", """
Thank you both for your help this morning. I have submitted our scores to HR; they will process the offers for the top 3. Kristine, please plan their first week of orientation with the night shift CIs.

Charo
""", parent="pan2", sig=False)
    case.thread("pan1", False, None, "St. Benedict Medical Center",
                "her current hospital: she sits on the panel interviewing new ICU hires "
                "(Wed 18 Mar 09:00-12:00, Outlook 'Singapore Standard Time', room resource)")
    case.meeting("pan1", pan_start, pan_end, met=[charo.email, jon.email], job=False,
                 what="Kristine interviews applicants at her own hospital")
    case.forbid("pan1", charo.email,
                "Kristine is on the hiring side at her current job; not her job search, no "
                "thank-you owed")

    # ---- Current job: schedule swap, training notice --------------------------
    A("sch1", charo, [me, jon], "2026-03-02 17:45", """
Hi team,

Attached is the ICU duty schedule for March 16–31. Kindly check your shifts and send swap requests on or before Thursday. Reminder: no more than 2 consecutive night shifts for those on the preceptor list.

Thanks,
""", subject="ICU Duty Schedule – March 16–31",
      attachments=[pdf("ICU_Schedule_Mar16-31.pdf", ["ICU Duty Schedule March 16-31, 2026",
                                                     "Dela Cruz, K.: AM 16-17, PM 18-20, off 21-22",
                                                     "Uy, J.: PM 16-17, AM 18-20"])])
    A("sch2", me, [charo], "2026-03-03 07:05", """
Good morning Ma'am Charo,

May I request po a swap on 03/16: I will take Jon's AM shift and he will take my PM. I have a personal appointment at 5PM that day. Jon already agreed.

Respectfully,
""", parent="sch1")
    A("sch3", charo, [me], "2026-03-03 09:20", """
Approved. Please update the logbook.
""", parent="sch2", sig=False)
    case.thread("sch1", False, None, "St. Benedict Medical Center",
                "duty schedule and a shift swap at her current job")

    A("pot1", jon, [me, charo], "2026-03-20 13:15", """
Hi ICU fam,

Despedida + potluck for Ma'am Weng (retiring after 31 years!) on Wednesday 03/25, 6PM, ICU pantry. Sign-up sheet is on the bulletin board. Ambagan din for the plaque, 200 each.

Jon
""", subject="Despedida for Ma'am Weng – potluck 03/25")
    A("pot2", me, [jon], "2026-03-20 14:02", """
Sige Jon, I'll bring leche flan. Bayad ko na lang sa'yo yung 200 bukas sa endorsement.
""", parent="pot1", sig=False)
    A("pot3", jon, [me], "2026-03-20 14:30", """
Noted, salamat! Ikaw na rin bahala sa card ha, ganda ng handwriting mo haha
""", parent="pot2", sig=False)
    case.thread("pot1", False, None, "St. Benedict Medical Center",
                "a colleague's retirement potluck at her current job")
    case.meeting("pot1", T("2026-03-25 18:00"), T("2026-03-25 21:00"), met=[], job=False,
                 what="despedida potluck")

    acls = """
Good day!

You are enrolled in the ACLS Recertification Course, Batch 2:
Dates: April 7–8, 2026 (Tue–Wed), 8:00 AM – 5:00 PM
Venue: SBMC Skills Lab, 2nd floor, Annex Building

Please complete the online pre-test before April 3. Attendance on both days is required for certification.

SBMC Training & Development
Local 2140
"""
    A("acls", sbmc_train, [me], "2026-02-27 11:00", acls,
      subject="ACLS Recertification – Batch 2 (April 7–8)")
    case.thread("acls", False, None, "St. Benedict Medical Center",
                "a training course at her current job, in April")
    case.meeting("acls", T("2026-04-07 08:00"), T("2026-04-07 17:00"), met=[], status="scheduled",
                 job=False, what="ACLS course")

    # ---- Family ----------------------------------------------------------------
    A("fam1", paolo, [me, mama, titababy], "2026-02-14 19:22", """
Hi fam! Reminder po, 85th bday ni Lola Conching on 03/07 (Sat).

Plan:
- lunch sa bahay sa Malolos, 12NN
- misa 5PM sa parokya
- ambagan tayo 1,500 each para sa lechon at cake

Paki-GCash na lang po sa akin before 03/01. Salamat!

- Bunso
""", subject="Lola Conching 85th bday 🎂")
    A("fam2", mama, [paolo, me, titababy], "2026-02-14 20:40", """
Sige anak. Kristine, makakauwi ka ba? Baka may duty ka nanaman, lagi ka na lang wala sa mga okasyon.
""", parent="fam1")
    A("fam3", me, [mama, paolo, titababy], "2026-02-14 23:55", """
Ma, nag-file na po ako ng leave for 03/07, approved na. Ise-send ko na kay Paolo yung ambag bukas. Ako na rin bahala sa cake, Goldilocks ube 😊
""", parent="fam2", sig=False)
    A("fam4", titababy, [me, mama, paolo], "2026-02-15 08:10", """
Ako na sa pancit malabon! God bless sa inyong lahat mga anak.
""", parent="fam3")
    A("fam5", paolo, [me, mama, titababy], "2026-03-08 21:03", """
Salamat sa lahat! Ang saya ni Lola, naka-tatlong balik sa lechon hahaha. Pics sa GDrive: https://drive.google.com/drive/folders/1aLolaConching85

- Bunso
""", parent="fam4")
    case.thread("fam1", False, None, None, "family group mail in Taglish, Lola's birthday")
    case.meeting("fam1", T("2026-03-07 12:00"), T("2026-03-07 18:00"), met=[], job=False,
                 what="Lola's birthday lunch")

    A("fam_g1", mama, [me], "2026-03-15 18:30", """
Anak kumusta na mga interview mo? Wag ka masyado magpupuyat ha. Sabi ng Tito Ramon mo sa Riyadh maganda daw sa Al Nakheel, marami daw Pinoy dun. Pero mas gusto ko sa UK para malapit ka kay Mylene.
""", subject="kumusta")
    A("fam_g2", me, [mama], "2026-03-15 21:15", """
Ma, okay lang po ako. May interview pa po ako sa UK bukas ng 5PM dito, tapos sa Sabado medical ko sa Ermita. Pray for me po! Love you.
""", parent="fam_g1", sig=False)
    A("fam_g3", mama, [me], "2026-03-15 21:40", """
Sige anak, ipagdadasal kita. Kumain ka muna bago interview ha, wag puro kape.
""", parent="fam_g2")
    case.thread("fam_g1", False, None, None, "her mother asking about interviews, full of job "
                "words; family, owes nothing")

    A("fam_c1", mama, [me, paolo], "2026-03-04 12:10", """
Para sa inyo to mga anak, baka interested kayo

---------- Forwarded message ---------
From: Nurses Abroad Hiring PH <hiringnursescanada2026@gmail.com>
Date: Tue, Mar 3, 2026
Subject: HIRING!!! Nurses for Canada, NO placement fee, visa in 3 months

URGENT HIRING!! 50 Registered Nurses for Canada hospitals. No IELTS needed! Processing fee only PHP 25,000 for visa. Interview this week, slots are limited! Send CV and GCash payment to reserve your slot.
""", subject="Fwd: HIRING!!! Nurses for Canada, NO placement fee, visa in 3 months")
    A("fam_c2", me, [mama, paolo], "2026-03-04 13:02", """
Ma, scam po yan! Walang license sa DMW, tsaka walang legit na agency na magpapa-GCash para "ma-reserve" ang slot. Wag po kayo magsesend ng pera kahit kanino ha. Paolo pakibantayan si Mama hehe
""", parent="fam_c1", sig=False)
    case.thread("fam_c1", False, None, None,
                "her mother forwards a recruitment scam; 'interview' and 'hiring' but no job "
                "search of hers")

    A("fam_t1", paolo, [me], "2026-03-19 22:40", """
Ate pa-help naman po sa tuition ko, 8k na lang kulang. Due sa 03/27 sabi ng registrar. Babayaran kita pag nakasahod na ako sa part-time 🙏
""", subject="tuition")
    A("fam_t2", me, [paolo], "2026-03-20 06:15", """
Sige bunso, sinend ko na via GCash ngayon. Wag mo na bayaran, basta pumasa ka lahat 😤
""", parent="fam_t1", sig=False)
    case.thread("fam_t1", False, None, None, "her brother's tuition; family")

    A("fam_b1", titababy, [me], "2026-02-22 16:45", """
Kristine iha, gusto sana namin ikaw kunin na ninang ni baby Ethan sa binyag, 04/19 (Sun) 10AM sa Sto. Niño. Ok lang ba sa iyo? Alam ko busy ka sa pag-aabroad.
""", subject="Ninang ka ni Ethan?")
    A("fam_b2", me, [titababy], "2026-02-22 20:30", """
Tita, syempre po! Nakakataba ng puso 🥹 Kung nasa Pinas pa ako by April, andun ako. Kung wala, proxy na lang po pero ako pa rin magbibigay ng gift hehe.
""", parent="fam_b1", sig=False)
    A("fam_b3", titababy, [me], "2026-02-23 07:12", """
Salamat iha! God bless sa mga lakad mo.
""", parent="fam_b2")
    case.thread("fam_b1", False, None, None, "a family christening in April; she is asked to be "
                "godmother")
    case.meeting("fam_b1", T("2026-04-19 10:00"), T("2026-04-19 12:00"), met=[],
                 status="scheduled", job=False, what="christening")

    # ---- Barkada reunion -------------------------------------------------------
    A("bk1", bea, [me, carlo, trish], "2026-02-18 21:10", """
Guys!!! 9 years na since grad, reunion na tayo please 😭

Tentative: 04/11 (Sat) lunch sa Tagaytay, Bag of Beans ulit. Reply kayo kung G!
""", subject="BSN Batch 2017 reunion (finally!!)")
    A("bk2", carlo, [bea, me, trish], "2026-02-18 21:34", """
G ako basta wala akong duty. Sino magdadala ng sasakyan?
""", parent="bk1")
    A("bk3", me, [bea, carlo, trish], "2026-02-18 22:02", """
G!! Pero baka nasa UK na ako by then charot 😂 Seriously, I'll try, may mga pending interviews pa ako. Sabay ako kay Carlo if may space.
""", parent="bk2", sig=False)
    A("bk4", trish, [bea, carlo, me], "2026-02-19 08:15", """
Sana all mag-aabroad na hahaha. Ako uuwi ako from SG that week so push na 'to! Isasama ko si Miko.
""", parent="bk3")
    A("bk5", bea, [me, carlo, trish], "2026-03-21 17:40", """
Final na po: 04/11 (Sat), 11AM, Bag of Beans Tagaytay. 800/head, sagot ko na ang cake. Paki-confirm by 03/31 ha para ma-reserve ko.
""", parent="bk4")
    A("bk6", carlo, [bea, me, trish], "2026-03-21 18:05", """
Confirmed! 3 seats pa sa kotse ko, Kristine sabay ka na.
""", parent="bk5")
    A("bk7", me, [bea, carlo, trish], "2026-03-21 19:12", """
Confirmed din ako! Salamat Carlo 🙌 See you guys!
""", parent="bk6", sig=False)
    case.thread("bk1", False, None, None, "nursing-school barkada reunion planned for Apr 11")
    case.meeting("bk1", T("2026-04-11 11:00"), T("2026-04-11 15:00"), met=[], status="scheduled",
                 job=False, what="barkada reunion")

    # ---- Church ----------------------------------------------------------------
    A("ch1", church, [me], "2026-03-14 10:00", """
Good day kapatid!

Visita Iglesia 2026 sign-up is now open. Holy Thursday, April 2: 7 churches in Manila and Bulacan. Bus leaves the parish at 6:00 PM. Contribution of 300 for the bus and snacks.

Reply to this email to reserve your seat. God bless!

San Roque Parish Youth Ministry
""", subject="Visita Iglesia 2026 – sign up na!")
    A("ch2", me, [church], "2026-03-14 20:45", """
Hi po! Count me in, 1 seat. Pwede ko po ba isama si Mama? If yes, 2 seats po.
""", parent="ch1", sig=False)
    A("ch3", church, [me], "2026-03-15 09:10", """
Noted po, 2 seats for Dela Cruz. Salamat at see you on Holy Thursday!
""", parent="ch2")
    case.thread("ch1", False, None, "San Roque Parish", "church Visita Iglesia sign-up")
    case.meeting("ch1", T("2026-04-02 18:00"), T("2026-04-02 23:00"), met=[], status="scheduled",
                 job=False, what="Visita Iglesia")

    # ---- Notifications -----------------------------------------------------------
    def note(key, who, when, subject, text, company, what, bulk=None):
        hdrs = dict(AUTO)
        if bulk:
            hdrs.update(bulk_headers(*bulk))
        A(key, who, [me], when, text, subject=subject, html=html_of(text), html_only=True,
          headers=hdrs)
        case.thread(key, False, None, company, what)

    note("gc1", gcash, "2026-02-15 09:12", "You have sent PHP 1,500.00 via GCash", """
You have sent PHP 1,500.00 to PAOLO D. (0917 555 ****) on 02-15-2026 09:12 AM.
Message: ambag lola bday
Ref. No. 8013 442 907 115
Your new balance is PHP 6,218.40.
""", "GCash", "GCash transfer receipt")
    note("gc2", gcash, "2026-03-20 06:14", "You have sent PHP 8,000.00 via GCash", """
You have sent PHP 8,000.00 to PAOLO D. (0917 555 ****) on 03-20-2026 06:14 AM.
Message: tuition
Ref. No. 8013 519 662 004
Your new balance is PHP 3,927.15.
""", "GCash", "GCash transfer receipt")
    note("gc3", gcash, "2026-03-02 12:41", "You have received PHP 500.00", """
You have received PHP 500.00 from BEA S. on 03-02-2026 12:41 PM.
Message: bayad sa milk tea hehe
Ref. No. 8013 471 230 558
""", "GCash", "GCash receipt")
    note("bpi1", bpi, "2026-02-28 06:00", "BPI: Your account has been credited", """
Dear Client,

Your BPI Savings account ending in 4471 has been credited with PHP 21,384.50 on 02/28/2026 (PAYROLL – ST BENEDICT MEDICAL CTR).

For inquiries, call our 24-hour contact center. BPI will never ask for your OTP.
""", "BPI", "payroll credit notice")
    note("bpi2", bpi, "2026-03-17 07:30", "Your BPI Credit Card Statement is ready", """
Dear Cardholder,

Your statement for BPI Amore Cashback card ending in 0932 is now available.
Statement date: 03/15/2026
Total amount due: PHP 7,845.22
Minimum amount due: PHP 850.00
Payment due date: 04/06/2026

Pay via BPI Online or the BPI app.
""", "BPI", "credit card statement")
    note("dmw1", dmw, "2026-02-24 10:05", "DMW e-Registration: Your account has been verified", """
Good day!

Your Department of Migrant Workers (DMW) e-Registration account has been verified. You may now access the online services, including the OFW Information Sheet and the Pre-Employment Orientation Seminar (PEOS).

Reminder: Deal only with DMW-licensed recruitment agencies. Verify licenses at the DMW website. Never pay placement fees to unlicensed recruiters.

DMW Online Services
This is a system-generated email. Please do not reply.
""", "Department of Migrant Workers", "government processing notice")
    note("dmw2", dmw, "2026-03-19 15:20", "DMW Advisory: PEOS certificate issued", """
Good day!

You have completed the online Pre-Employment Orientation Seminar (PEOS). Your PEOS certificate number is PEOS-2026-0319-77812, valid for 2 years.

Next steps for prospective OFWs: upon receipt of a job offer and employment contract, coordinate with your licensed agency or employer for contract verification and the issuance of your OEC / OFW Pass.

DMW Online Services
""", "Department of Migrant Workers", "government processing notice; job-offer words, nothing "
         "owed")
    note("lz1", lazada, "2026-03-01 14:22", "Your order #5123774409 has been shipped!", """
Hi Kristine,

Good news! Your package is on its way.

Order #5123774409
- Medical compression socks (3 pairs) x1
- Nursing shoes, white, size 37 x1

Estimated delivery: 03/03 – 03/05
Track your package in the Lazada app.
""", "Lazada", "shipping notice")
    note("lz2", lazada, "2026-03-04 16:05", "Delivered: Order #5123774409", """
Hi Kristine,

Your package for Order #5123774409 has been delivered. Received by: L. Dela Cruz.

Rate your items and get Lazcoins!
""", "Lazada", "delivery notice")
    note("lz3", lazada, "2026-03-19 21:48", "Order confirmed #5124019876", """
Hi Kristine,

Thank you for shopping! We've received your order.

Order #5124019876
- Universal travel adapter (UK/EU/US) x1
- Luggage scale, digital x1

Total: PHP 1,147.00 (GCash)
""", "Lazada", "order confirmation")
    js = """
12 new jobs for "ICU Staff Nurse"

Staff Nurse – Intensive Care Unit
A tertiary hospital in Quezon City · PHP 28,000 – 35,000
Apply now – be one of the first applicants

Critical Care Nurse (Saudi Arabia) – direct hire, interview in Manila
Licensed agency · Makati City
Apply now

Clinical Instructor – College of Nursing
A university in Manila · Part-time
Easy apply

See all jobs | Manage your alerts
"""
    note("js1", jobstreet, "2026-02-24 07:00", "12 new jobs for ICU Staff Nurse", js, "JobStreet",
         "job-board alert", bulk=("<alerts.jobstreet.com>", "https://www.jobstreet.com.ph/unsubscribe"))
    js2 = """
New matches for your saved search: Critical Care Nurse

Critical Care Nurse – UK NHS (free deployment)
Licensed recruitment agency · Manila · Interview schedule: March
Apply now

ICU Nurse – Abu Dhabi
Hospital group · UAE · Tax-free salary
Apply now

Charge Nurse – ICU
Private hospital · Pasig City
Apply now
"""
    note("js2", jobstreet, "2026-03-17 07:00", "New matches: Critical Care Nurse", js2, "JobStreet",
         "job-board alert", bulk=("<alerts.jobstreet.com>", "https://www.jobstreet.com.ph/unsubscribe"))
    ind1 = """
Registered Nurse – ICU jobs in Saudi Arabia

ICU Staff Nurse – Riyadh – Hospital group – Responds within 3 days – Easily apply
Registered Nurse, Critical Care – Jeddah – Urgently hiring
Staff Nurse ICU – Dammam – Interviews this week

You are receiving this job alert because you subscribed on Indeed.
"""
    note("in1", indeed, "2026-03-03 00:15", "ICU Staff Nurse jobs in Saudi Arabia", ind1, "Indeed",
         "job-board alert", bulk=("<jobalerts.indeed.com>", "https://www.indeed.com/alerts/unsubscribe"))
    ind2 = """
New jobs for "registered nurse ICU" in United States

RN – ICU (International Nurses Welcome, visa sponsorship) – Philadelphia, PA
Travel ICU RN – Newark, NJ – $2,400/week
ICU Nurse – New grads and international – Houston, TX

Apply with your Indeed Resume.
"""
    note("in2", indeed, "2026-03-22 00:20", "New jobs for registered nurse ICU", ind2, "Indeed",
         "job-board alert", bulk=("<jobalerts.indeed.com>", "https://www.indeed.com/alerts/unsubscribe"))
    note("glb", globe, "2026-03-05 10:00", "Your Globe Postpaid bill is ready", """
Hi Kristine!

Your Globe Postpaid bill for account 1029384756 is ready.
Amount due: PHP 1,299.00
Due date: 03/20/2026

Pay via GCash, the GlobeOne app, or any bank.
""", "Globe Telecom", "phone bill")
    note("mer", meralco, "2026-03-11 09:30", "Your Meralco e-Bill for March 2026", """
Dear Customer,

Your Meralco electric bill for service ID 3312-0098-44 is now available.
Billing period: 02/10/2026 – 03/10/2026
Amount due: PHP 3,482.65
Due date: 03/21/2026
""", "Meralco", "electricity bill")
    note("grb", grab, "2026-03-12 23:58", "Your Grab E-Receipt", """
Hope you had an enjoyable ride!

GrabCar · 12 Mar 2026 11:21 PM
Pick-up: St. Benedict Medical Center
Drop-off: Kamuning, Quezon City
Total paid: PHP 286.00 (GCash)
""", "Grab", "ride receipt")
    nl = """
ICU Nurses Circle PH – March 2026

In this issue:
- Free webinar (2 CPD units): ECMO basics for bedside nurses, 03/28, 2:00 PM (PH time)
- Thinking of working abroad? Our members share what their first NHS interview was like
- Job board: 14 ICU openings in Metro Manila, KSA and the UAE
- Pharmacology corner: norepinephrine vs vasopressin

See you online!
"""
    note("nl1", icunews, "2026-03-08 08:00", "ICU Nurses Circle PH – March newsletter", nl,
         "ICU Nurses Circle PH", "professional newsletter with job words",
         bulk=("<march.icunursescircle.ph>", "https://icunursescircle.ph/unsubscribe"))
    nl2 = """
ICU Nurses Circle PH – Webinar reminder

ECMO basics for bedside nurses – Saturday 03/28, 2:00 PM (PH time) via Zoom
2 CPD units. Register before 03/27.
"""
    note("nl2", icunews, "2026-03-22 08:00", "Reminder: ECMO webinar this Saturday", nl2,
         "ICU Nurses Circle PH", "newsletter webinar reminder",
         bulk=("<march.icunursescircle.ph>", "https://icunursescircle.ph/unsubscribe"))

    case.summary = SUMMARY
    return case


SUMMARY = (
    "Kristine Mae Dela Cruz, 29, an ICU staff nurse at a private hospital in Manila, is "
    "applying abroad: to UK NHS trusts through Pacific Crest, a licensed agency whose "
    "coordinator arranges the interviews and never attends, to hospitals in Riyadh and Abu "
    "Dhabi, and to a US staffing firm, while a local nursing college courts her for a "
    "clinical-instructor post. `now` is Thursday 26 March 2026, 09:00 PHT (UTC+8), three days "
    "before the UK leaves GMT, so every 'UK time' in the mailbox is 8 hours behind her, except "
    "the Kingsmere interview rescheduled after the no-show to 31 March, which falls in BST. "
    "Dates are month-first in her mail, her agency's and the college's (03/20/2026) and "
    "day-first in the trusts' (24/02/2026). Northfield and Ashby interviewed her on 13 March "
    "and turned her down gently on 19 March; she never thanked the matron. Severnvale's panel of "
    "two was named, with addresses, only in the agency's forward; she thanked the ward manager "
    "and asked him to pass her thanks to the educator, and the agency relayed the ward "
    "manager's 'decision by Friday, 03/20' and then went quiet. Al Nakheel promised a result "
    "'within 5 working days' of a 5 March Zoom (12 March under either a Sunday-Thursday or a "
    "Monday-Friday week) and never wrote again. Both Corniche Medical City panelists were "
    "thanked, the recruiter kept her date with an offer, and the offer's 31 March deadline is "
    "Kristine's to meet. The US firm moved its Zoom two days "
    "earlier, and her only 'thank you' came in the reply agreeing to the move. A friend's "
    "introduction led to a Monday-night chat with a Westbrook matron, after which she wrote "
    "only to the friend. The college dean was thanked and promised a call 'sometime next "
    "week'. Noise: family group mail in Taglish (including a forwarded recruitment scam), "
    "GCash, BPI, DMW notices, Lazada, a Visita Iglesia sign-up, a barkada reunion, JobStreet and "
    "Indeed alerts, an NCLEX booking (a test, not a meeting), a pre-employment medical, and her "
    "own hospital, where she sits on the panel interviewing new ICU hires.")


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
