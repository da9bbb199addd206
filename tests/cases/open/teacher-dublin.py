#!/usr/bin/env python3
"""Sealed case: a maths and physics teacher in Dublin looking at other schools, a state
inspector post and a customer-success move into education technology."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

NAME = "teacher-dublin"
TZ = "Europe/Dublin"
OUTLOOK_PRODID = "Microsoft Exchange Server 2010"


def bulk(list_id, unsub):
    h = dict(AUTO)
    h.update(bulk_headers(list_id, unsub))
    return h


def build():
    user = {"name": "Niamh Gallagher", "emails": ["niamh.gallagher@example.ie"],
            "phone": "+353 87 555 0148", "timezone": TZ}
    now = dt.datetime(2026, 5, 13, 16, 40, tzinfo=ZoneInfo(TZ))
    case = Case(NAME,
                "Maths and physics teacher in Dublin: school interview boards, a state "
                "inspector competition and a customer-success move into edtech",
                user, now, "")
    me = Person("Niamh Gallagher", "niamh.gallagher@example.ie", tz=TZ, style="webmail",
                sig="Niamh Gallagher\n087 555 0148", msgid_domain="mail.example.ie")
    case.me = me
    A = case.at
    add = case.add

    def P(name, email, style="gmail", sig=None, tz=TZ, region="eurprd05", **kw):
        return Person(name, email, tz=tz, style=style, sig=sig, region=region, **kw)

    cv_pdf = make_pdf([
        "Niamh Gallagher",
        "niamh.gallagher@example.ie | 087 555 0148 | Dublin 15",
        "",
        "Teacher of Mathematics and Physics, Ardglas Community College (2017 - present)",
        "  Higher Level Leaving Certificate Maths and Physics; Junior Cycle Maths",
        "  Year head, 2nd Year (2023 - 2025); Maths department co-ordinator (2024 - )",
        "  Runs the school's Maths Olympiad and Young Scientist teams",
        "",
        "Education",
        "  Professional Master of Education (PME), 2017",
        "  B.Sc. Mathematical Physics, 2015",
        "  Certificate in Customer Success Management, 2026",
        "",
        "Teaching Council registration: Route 3, Post-Primary (Mathematics, Physics)",
    ])
    appform_pdf = make_pdf([
        "Application Form - Teaching Post",
        "Applicant: Niamh Gallagher",
        "Post: Teacher of Mathematics with Physics (Ref CCS/26/03)",
        "Teaching Council No.: 0000000 (see attached certificate)",
        "Subjects: Mathematics (HL), Physics (HL), Applied Mathematics",
        "Referees: Mr Maurice Daly (Principal); Ms Sinead Kearney (former colleague)",
    ])

    # ======================================================================
    # 1. Castlebrook Community School: application, board interview moved earlier,
    #    third-party "we aim to contact every candidate by Wednesday 13th May".
    # ======================================================================
    cb_office = P("Castlebrook CS Office", "office@castlebrookcs.ie", style="outlook",
                  sig="Gillian Doyle\nSchool Secretary\nCastlebrook Community School\n"
                      "Castlebrook Road, Dublin 24\nTel: 01 555 0172")
    deirdre = P("Deirdre Kinsella", "dkinsella@castlebrookcs.ie", style="outlook")

    add("cb1", me, [cb_office], "2026-04-10 21:14",
        """Dear Ms Doyle,

Please find attached my completed application form, CV and cover letter for the post of Teacher of Mathematics with Physics (Ref CCS/26/03), as advertised on SchoolPosts.ie.

I have taught Higher Level Leaving Certificate Maths and Physics at Ardglas Community College since 2017, and I co-ordinate the maths department there.

I would be grateful if you could confirm receipt.

Kind regards,""",
        subject="Application - Teacher of Mathematics with Physics (Ref CCS/26/03)",
        sig=True, attachments=[("Niamh_Gallagher_CV.pdf", "application/pdf", cv_pdf),
                               ("Application_Form_CCS-26-03.pdf", "application/pdf",
                                appform_pdf)])
    add("cb2", cb_office, [me], "2026-04-13 10:02",
        """Dear Niamh,

Your application has been received. Shortlisting will take place next week and shortlisted candidates will be contacted by email.

Regards,""", parent="cb1")
    add("cb3", cb_office, [me], "2026-04-20 12:31", cc=[deirdre], body=
        """Dear Niamh,

I am pleased to let you know that you have been shortlisted for interview for the post of Teacher of Mathematics with Physics.

Interviews will take place in the school on Thursday 30th April 2026. Your interview is scheduled for 2.15pm, and each interview will last approximately 30 minutes. Please report to the main reception ten minutes beforehand.

The interview board will be:
- Ms Deirdre Kinsella, Principal
- Mr Tom Furlong, Chairperson, Board of Management
- Dr Gráinne Moran, external assessor

Please bring the originals of your qualifications and your Teaching Council registration certificate on the day.

I would be obliged if you could confirm your attendance by return. Should you have any queries about the post itself, Ms Kinsella (cc'd) can be contacted at dkinsella@castlebrookcs.ie.

Regards,""", parent="cb2")
    add("cb4", me, [cb_office], "2026-04-20 16:05",
        """Dear Gillian,

Thank you for your email. I'm happy to confirm that I will attend for interview on Thursday 30th April at 2.15pm, and I'll bring the originals with me.

Kind regards,""", parent="cb3")
    add("cb5", cb_office, [me], "2026-04-27 09:48",
        """Hi Niamh,

One of the candidates has withdrawn, and Ms Kinsella has asked whether you could come in a little earlier on Thursday, at 1.30pm instead of 2.15pm. Would that suit you?

Gillian""", parent="cb4", sig=False)
    add("cb6", me, [cb_office], "2026-04-27 12:52",
        """Hi Gillian, 1.30 suits fine. See you Thursday.
Niamh

Sent from my iPhone""", parent="cb5", sig=False)
    add("cb7", cb_office, [me], "2026-05-05 11:20",
        """Dear Niamh,

Ms Kinsella asked me to let you know that the Board of Management will meet on Monday 11th May to consider the interview board's recommendation. We aim to contact every candidate by Wednesday 13th May.

Regards,""", parent="cb6")
    case.thread("cb1", True, "interview", "Castlebrook Community School",
                "application 10 Apr; shortlisted 20 Apr (principal cc'd); board interview moved "
                "from 14:15 to 13:30 on Thu 30 Apr (about 30 min); the principal was never "
                "thanked; the secretary relays 'we aim to contact every candidate by Wednesday "
                "13th May' (still open at now)")
    case.meeting("cb1", A("2026-04-30 13:30"), A("2026-04-30 14:00"),
                 met=["dkinsella@castlebrookcs.ie"], what="board interview")
    case.promise("cb1", "cb7", "office@castlebrookcs.ie", "2026-05-13")
    case.expect("thank_you", "cb1", "dkinsella@castlebrookcs.ie",
                "board interview Thu 30 Apr 13:30-14:00 (moved earlier) took place; the "
                "principal was on the board and cc'd with her address; no note since; overdue "
                "since 1 May 14:00, stale only from 14 May 16:00")
    case.forbid("cb1", "office@castlebrookcs.ie",
                "the school secretary arranged the interview and was not on the board; her "
                "'we aim to contact every candidate by Wednesday 13th May' is still open at now")

    # ======================================================================
    # 2. St. Declan's College: demonstration lesson + board interview, one note to
    #    two people, promise 'by the end of next week' never kept.
    # ======================================================================
    brendan = P("Brendan Lyons", "blyons@stdeclanscollege.ie",
                sig="Brendan Lyons\nPrincipal\nSt. Declan's College\nKimmage Road West, Dublin 6W\n"
                    "01 555 0139")
    aoife = P("Aoife Reddy", "areddy@stdeclanscollege.ie",
              sig="Aoife Reddy\nDeputy Principal | St. Declan's College")
    add("sd1", brendan, [me], "2026-04-14 19:40", cc=[aoife],
        subject="Mathematics / Applied Maths post - next stage",
        body="""Dear Niamh,

Thank you for applying for the post of Teacher of Mathematics and Applied Mathematics. I'm pleased to invite you to the next stage, which this year has two parts.

1. A demonstration lesson of 20 minutes with a First Year maths class on Tuesday 21st April at 11.40am. The topic is an introduction to linear patterns; you can assume the class has met tables and simple sequences. Our Deputy Principal, Ms Aoife Reddy (copied), will observe along with me.

2. An interview at 12.30pm the same day with the interview board: myself, Sr Margaret Noonan (Chairperson, Board of Management) and Mr Ciarán Hayes (external assessor).

Could you let me know by Friday whether you can attend?

Best regards,""")
    add("sd2", me, [brendan], "2026-04-15 07:45", cc=[aoife], body=
        """Dear Mr Lyons,

Many thanks for the invitation - I'd be delighted to attend on Tuesday 21st.

Could I ask roughly how many students are in the group, and whether the room has a projector or a visualiser? I'd like to plan the activity around what's there.

Kind regards,""", parent="sd1")
    add("sd3", aoife, [me], "2026-04-15 13:12", cc=[brendan], body=
        """Hi Niamh,

Brendan asked me to answer this one. It's 1M3, 26 students, mixed ability, and the room (B12) has a projector and a visualiser. Bring your own markers if you're fussy about them - ours are a lottery!

See you on the 21st,""", parent="sd2")
    add("sd4", me, [brendan], "2026-04-21 19:20", cc=[aoife], body=
        """Dear Mr Lyons and Ms Reddy,

Thank you both for this morning, and for the chance to teach 1M3 - they were a lovely group and got stuck into the matchstick patterns straight away.

I left even more sure that St. Declan's is where I'd like to teach:
- your focus on collaborative problem-solving in Junior Cycle maths is exactly how I work;
- I can take Applied Maths from day one, having taught it to Leaving Cert for four years;
- I'd be keen to help with the Maths Olympiad and Young Scientist teams.

I'll be in touch again if I haven't heard by mid-May. Thank you again for your time and consideration.

Kind regards,
Niamh Gallagher
niamh.gallagher@example.ie | 087 555 0148""", parent="sd3", sig=False)
    add("sd5", brendan, [me], "2026-04-22 08:05", cc=[aoife], body=
        """Dear Niamh,

Many thanks for your note, and well done on the lesson - a few of them were still arguing about the 10th pattern at break. We have two more candidates to see on Friday, and we'll be in touch with everyone by the end of next week.

Regards,""", parent="sd4")
    case.thread("sd1", True, "interview", "St. Declan's College",
                "demonstration lesson Tue 21 Apr 11:40-12:00 (principal and deputy observe), "
                "board interview 12:30-13:00; one note to both that evening; the principal's "
                "'in touch with everyone by the end of next week' (Fri 1 May) was never kept")
    case.meeting("sd1", A("2026-04-21 11:40"), A("2026-04-21 12:00"),
                 met=["blyons@stdeclanscollege.ie", "areddy@stdeclanscollege.ie"],
                 thanks={"blyons@stdeclanscollege.ie": "sd4", "areddy@stdeclanscollege.ie": "sd4"},
                 what="demonstration lesson")
    case.meeting("sd1", A("2026-04-21 12:30"), A("2026-04-21 13:00"),
                 met=["blyons@stdeclanscollege.ie"], thanks={"blyons@stdeclanscollege.ie": "sd4"},
                 what="board interview")
    case.promise("sd1", "sd5", "blyons@stdeclanscollege.ie", "2026-05-01")
    case.expect("callback", "sd1", "blyons@stdeclanscollege.ie",
                "'we'll be in touch with everyone by the end of next week' (said Wed 22 Apr: "
                "Fri 1 May); nothing from the school since; due end of Tue 5 May (end of Wed 6 "
                "May if the 4 May bank holiday is skipped), stale only from 20 May",
                promised="2026-05-01")
    case.forbid("sd1", "areddy@stdeclanscollege.ie",
                "deputy principal who observed the lesson: thanked by the joint note of 21 Apr "
                "19:20; the promise was the principal's, so a chaser goes to him, not her")

    # ======================================================================
    # 3. Gaelcholáiste an Chnoic: a school visit first (partly in Irish), thanked;
    #    interview still ahead.
    # ======================================================================
    mairtin = P("Máirtín Ó Sé", "m.ose@gcanchnoic.ie",
                sig="Máirtín Ó Sé\nPríomhoide | Principal\nGaelcholáiste an Chnoic\n01 555 0166")
    add("gc1", me, [mairtin], "2026-04-17 20:30",
        subject="Iarratas: Múinteoir Matamaitice agus Fisice / Application: Maths & Physics",
        body="""A Mháirtín, a chara,

Please find attached my application for the post of Múinteoir Matamaitice agus Fisice advertised on SchoolPosts.ie.

Tá Gaeilge líofa agam - I spent three summers in Ros Muc as a cúntóir and did my PME placement in an Irish-medium school, where I taught maths through Irish to 2nd and 5th Years.

Le meas,""", attachments=[("Niamh_Gallagher_CV.pdf", "application/pdf", cv_pdf)])
    add("gc2", mairtin, [me], "2026-04-24 16:10",
        """A Niamh, a chara,

Go raibh maith agat as ucht d'iarratais ar an bpost.

Before we draw up a shortlist we like to invite candidates in for a short visit: cuairt neamhfhoirmiúil, not an interview. You'd see a class or two, meet some of the staff and get a feel for how we work through Irish.

An oirfeadh Déardaoin 7 Bealtaine duit, ag leathuair tar éis a trí? (Half 3 on Thursday, if that's easier.)

Le gach dea-ghuí,""", parent="gc1")
    add("gc3", me, [mairtin], "2026-04-24 21:02",
        """A Mháirtín,

Déardaoin oireann go breá - Thursday works. Feicfidh mé ansin thú ag leathuair tar éis a trí.

Niamh""", parent="gc2", sig=False)
    add("gc4", me, [mairtin], "2026-05-07 19:45",
        """A Mháirtín, a chara,

Go raibh míle maith agat as an gcuairt inniu. Thanks again for taking the time to show me around, and please pass on my thanks to Caoimhe for letting me sit in on her 3rd Year class - the way the students argued about probability as Gaeilge was a joy to watch.

It confirmed for me how much I'd love to be part of the school.

Le meas,
Niamh Gallagher
087 555 0148""", parent="gc3", sig=False)
    add("gc5", mairtin, [me], "2026-05-08 12:15",
        """A Niamh,

Bhí sé go deas bualadh leat inné. Tá áthas orm a chur in iúl duit go bhfuil tú ar an ngearrliosta.

Beidh an t-agallamh ar siúl sa scoil Dé Máirt, 19/05/2026, ag 16:15. The board will be myself, the Chairperson of the Board of Management and an external assessor, and the interview will be conducted mainly through Irish.

Máirtín""", parent="gc4")
    add("gc6", me, [mairtin], "2026-05-08 17:30",
        """Go hiontach - beidh mé ann ar an 19ú ag 16:15.

Niamh""", parent="gc5", sig=False)
    case.thread("gc1", True, "interview", "Gaelcholáiste an Chnoic",
                "partly in Irish; school visit Thu 7 May 15:30 (no end: 60 min) agreed with "
                "'Thursday works', thanked that evening; board interview Tue 19 May 16:15 ahead")
    case.meeting("gc1", A("2026-05-07 15:30"), None, met=["m.ose@gcanchnoic.ie"],
                 thanks={"m.ose@gcanchnoic.ie": "gc4"}, what="school visit")
    case.meeting("gc1", A("2026-05-19 16:15"), None, met=["m.ose@gcanchnoic.ie"],
                 status="scheduled", what="board interview")
    case.forbid("gc1", "m.ose@gcanchnoic.ie",
                "school visit Thu 7 May thanked the same evening ('Go raibh míle maith agat... "
                "Thanks again'); the interview on Tue 19 May is still ahead")

    # ======================================================================
    # 4. Kilbride ETSS: Teams board interview (Outlook, Windows zone), never thanked,
    #    then a gentle rejection in a new thread.
    # ======================================================================
    fiona = P("Fiona Redmond", "fredmond@kilbrideetss.ie", style="outlook", region="eurprd09",
              sig="Fiona Redmond\nPrincipal\nKilbride Educate Together Secondary School\n"
                  "T: 01 555 0154")
    colm = P("Colm Tierney", "ctierney@kilbrideetss.ie", style="outlook", region="eurprd09")
    aine = P("Áine Walsh", "aine.walsh@liffeyetb.ie", style="outlook", region="eurprd01")
    kb_desc = ("Interview - Teacher of Mathematics (with Physics to Leaving Certificate)\n"
               "Candidate: Niamh Gallagher\n\n"
               "Interview board:\n"
               "Fiona Redmond, Principal (chairs the interview and opens with questions on "
               "ethos and the school's approach to inclusion)\n"
               "Áine Walsh, Chairperson, Board of Management\n"
               "Colm Tierney, Deputy Principal (teaching, learning and assessment)\n"
               "Dr Peadar Lynch, external assessor\n\n"
               "________________________________________________________________________\n"
               "Microsoft Teams meeting\n"
               "Join on your computer, mobile app or room device\n"
               "https://teams.microsoft.com/l/meetup-join/19%3ameeting_kbetss0505/0\n"
               "Meeting ID: 361 884 207 115  Passcode: q7Xk2m")
    kb_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "kb"), stamp=A("2026-04-28 15:19"),
                      start=A("2026-05-05 16:00"), end=A("2026-05-05 16:40"),
                      summary="Interview - Teacher of Mathematics - Niamh Gallagher",
                      organizer=fiona,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (colm, "ACCEPTED", "INDIVIDUAL"),
                                 (aine, "ACCEPTED", "INDIVIDUAL")],
                      tzid="GMT Standard Time", location="Microsoft Teams Meeting",
                      description=kb_desc, prodid=OUTLOOK_PRODID,
                      extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])
    add("kb1", fiona, [me], "2026-04-28 15:20",
        subject="Interview - Teacher of Mathematics (with Physics to LC) - Tuesday 5 May",
        body="""Dear Niamh,

Following shortlisting, I'm pleased to invite you to interview for the above post. Interviews this year are held on Microsoft Teams.

Your interview is on Tuesday 5 May 2026 at 4.00pm and will last up to 40 minutes. The board is listed in the invitation below; I'll open with a few questions on our ethos, and Colm will take you through teaching, learning and assessment.

We hope to let all candidates know the outcome by Friday 15 May.

Please accept the meeting invitation to confirm.

Kind regards,

Fiona Redmond
Principal
Kilbride Educate Together Secondary School
T: 01 555 0154

""" + kb_desc, ics=kb_ics, ics_mode="outlook", sig=False)
    add("kb2", me, [fiona], "2026-04-28 20:40",
        """Dear Ms Redmond,

Thank you for the invitation. I've accepted the meeting and look forward to speaking with the board on Tuesday 5 May at 4pm.

Kind regards,""", parent="kb1")
    add("kr1", fiona, [me], "2026-05-11 16:35",
        subject="Teacher of Mathematics - outcome of interview",
        body="""Dear Niamh,

Thank you for taking the time to interview with us last Tuesday. The board enjoyed meeting you, and your answers on differentiation in mixed-ability maths classes were among the strongest we heard.

It was a very competitive field, however, and on this occasion the board has decided to offer the post to another candidate.

I would encourage you to apply again should a suitable post arise here, and I wish you every success.

Kind regards,""")
    case.thread("kb1", True, "interview", "Kilbride Educate Together Secondary School",
                "Teams board interview Tue 5 May 16:00-16:40 (Outlook invite, TZID 'GMT "
                "Standard Time'); principal, deputy and chairperson (ETB address) in the ICS, "
                "external assessor named only; nobody thanked")
    case.thread("kr1", True, "rejection", "Kilbride Educate Together Secondary School",
                "rejection Mon 11 May, before the promised Fri 15 May")
    case.meeting("kb1", A("2026-05-05 16:00"), A("2026-05-05 16:40"),
                 met=["fredmond@kilbrideetss.ie", "ctierney@kilbrideetss.ie",
                      "aine.walsh@liffeyetb.ie"], what="board interview on Teams")
    case.promise("kb1", "kb1", "fredmond@kilbrideetss.ie", "2026-05-15", ended_by="kr1")
    for who in ("fredmond@kilbrideetss.ie", "ctierney@kilbrideetss.ie", "aine.walsh@liffeyetb.ie"):
        case.expect("thank_you", "kb1", who,
                    "on the Teams board interview Tue 5 May 16:00-16:40 (in the ICS); never "
                    "thanked; the rejection of 11 May ends callbacks, not the thank-you owed; "
                    "overdue since 6 May 16:40")

    # ======================================================================
    # 5. Glenmoor Community School: interview postponed to after now.
    # ======================================================================
    ruth = P("Ruth Carey", "rcarey@glenmoorcs.ie", style="outlook", region="eurprd02",
             sig="Ruth Carey\nDeputy Principal\nGlenmoor Community School\nTel: 01 555 0147")
    kieran = P("Kieran Doolan", "kdoolan@glenmoorcs.ie", style="outlook", region="eurprd02")
    gm_room = ("Glenmoor CS - Meeting Room 1", "meetingroom1@glenmoorcs.ie")
    gm_uid = uid_outlook(NAME, "gm")

    def gm_ics(start, end, seq, stamp):
        return make_ics(method="REQUEST", uid=gm_uid, stamp=stamp, start=start, end=end,
                        summary="Interview: Teacher of Mathematics - Niamh Gallagher",
                        organizer=ruth,
                        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                   (kieran, "ACCEPTED", "INDIVIDUAL"),
                                   (gm_room, "ACCEPTED", "ROOM")],
                        tzid="GMT Standard Time", location="Meeting Room 1, Glenmoor CS",
                        description="Interview for Teacher of Mathematics (Fixed Term 2026/27).",
                        sequence=seq, prodid=OUTLOOK_PRODID)
    add("gm1", ruth, [me], "2026-04-24 11:05",
        subject="Interview: Teacher of Mathematics - Niamh Gallagher",
        body="""Dear Niamh,

You are invited to attend for interview for the position of Teacher of Mathematics (Fixed Term 2026/27) on Wednesday 6th May at 10.00am in the school. Please see the calendar invitation attached.

Kind regards,""", ics=gm_ics(A("2026-05-06 10:00"), A("2026-05-06 10:30"), 0,
                           A("2026-04-24 11:04")), ics_mode="outlook")
    add("gm2", me, [ruth], "2026-04-24 16:40",
        """Dear Ms Carey,

Many thanks - I'll be there at 10am on Wednesday 6th May.

Regards,""", parent="gm1")
    add("gm3", ruth, [me], "2026-05-01 09:10",
        """Dear Niamh,

Unfortunately, owing to the illness of a member of the interview board, we have had to postpone this round of interviews. Your interview has been rescheduled to Wednesday 20th May at 10.00am, same venue. The updated invitation is attached.

Apologies for any inconvenience caused.

Kind regards,""", parent="gm2", ics=gm_ics(A("2026-05-20 10:00"), A("2026-05-20 10:30"), 1,
                                          A("2026-05-01 09:09")), ics_mode="outlook")
    add("gm4", me, [ruth], "2026-05-01 16:15",
        """Dear Ruth,

No problem at all, the 20th suits me. I hope your colleague is feeling better soon.

Regards,""", parent="gm3")
    case.thread("gm1", True, "interview", "Glenmoor Community School",
                "interview Wed 6 May 10:00 postponed (updated Outlook invite, SEQUENCE 1) to "
                "Wed 20 May 10:00, after now")
    case.meeting("gm1", A("2026-05-06 10:00"), A("2026-05-06 10:30"),
                 met=["rcarey@glenmoorcs.ie"], status="moved", what="interview (moved)")
    case.meeting("gm1", A("2026-05-20 10:00"), A("2026-05-20 10:30"),
                 met=["rcarey@glenmoorcs.ie", "kdoolan@glenmoorcs.ie"], status="scheduled",
                 what="interview (new time)")
    case.forbid("gm1", "rcarey@glenmoorcs.ie",
                "interview moved from Wed 6 May to Wed 20 May 10:00: it has not taken place")

    # ======================================================================
    # 6. Rosemount Community College: interview cancelled (post filled by redeployment).
    # ======================================================================
    declan = P("Declan Furey", "dfurey@rosemountcc.ie", style="outlook", region="eurprd04",
               sig="Declan Furey\nPrincipal\nRosemount Community College\nPh: 01 555 0193")
    rm_uid = uid_outlook(NAME, "rm")
    rm_args = dict(uid=rm_uid, start=A("2026-05-08 11:00"), end=A("2026-05-08 11:30"),
                   summary="Interview - Teacher of Physics & Mathematics", organizer=declan,
                   attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="GMT Standard Time",
                   location="Principal's Office, Rosemount CC", prodid=OUTLOOK_PRODID)
    add("rm1", declan, [me], "2026-04-23 14:02",
        subject="Interview - Teacher of Physics & Mathematics",
        body="""Dear Ms Gallagher,

Further to your application, I am pleased to invite you to interview for the post of Teacher of Physics & Mathematics on Friday 8th May 2026 at 11.00am. A meeting request is attached.

Yours sincerely,""", ics=make_ics(method="REQUEST", stamp=A("2026-04-23 14:01"), **rm_args),
        ics_mode="outlook")
    add("rm2", me, [declan], "2026-04-23 21:10",
        """Dear Mr Furey,

Thank you for the invitation. I confirm that I will attend on Friday 8th May at 11am.

Yours sincerely,""", parent="rm1")
    add("rm3", declan, [me], "2026-04-30 15:45",
        subject="Cancelled: Interview - Teacher of Physics & Mathematics",
        body="""Dear Ms Gallagher,

I regret to inform you that the post has now been filled through the Department's redeployment scheme, and the interviews arranged for Friday 8th May will therefore not go ahead.

I apologise for any inconvenience and thank you for your interest in Rosemount Community College.

Yours sincerely,""", parent="rm2",
        ics=make_ics(method="CANCEL", stamp=A("2026-04-30 15:44"), sequence=1,
                     status="CANCELLED", **rm_args), ics_mode="outlook")
    case.thread("rm1", True, "interview", "Rosemount Community College",
                "interview Fri 8 May 11:00 cancelled on 30 Apr (ICS CANCEL): post filled by "
                "redeployment")
    case.meeting("rm1", A("2026-05-08 11:00"), A("2026-05-08 11:30"),
                 met=["dfurey@rosemountcc.ie"], status="cancelled", what="interview (cancelled)")
    case.forbid("rm1", "dfurey@rosemountcc.ie",
                "interview of Fri 8 May cancelled on 30 Apr; it never took place and nothing is "
                "pending")

    # ======================================================================
    # 7. Ashgrove College: interview thanked in the thread, promise, then an offer.
    # ======================================================================
    patricia = P("Patricia Hennessy", "phennessy@ashgrovecollege.ie",
                 sig="Patricia Hennessy\nPrincipal, Ashgrove College\nAshgrove Road, Dublin 14\n"
                     "01 555 0181")
    add("ag1", patricia, [me], "2026-04-16 17:25",
        subject="Interview - Teacher of Mathematics (fixed-term 2026/27)",
        body="""Dear Niamh,

Thank you for your application for the post of Teacher of Mathematics (fixed-term, 2026/27). I'd like to invite you for interview on Monday 27th April at 4.15pm in the school.

The interview board will be myself, Mr Liam Phelan (Chairperson) and Ms Carmel Duggan (external assessor). Interviews will take about half an hour.

Please confirm that this time suits.

Kind regards,""")
    add("ag2", me, [patricia], "2026-04-16 21:05",
        """Dear Ms Hennessy,

Thank you for your email. I'm pleased to confirm I will attend on Monday 27th April at 4.15pm.

Kind regards,""", parent="ag1")
    add("ag3", me, [patricia], "2026-04-27 19:50",
        """Dear Ms Hennessy,

Thank you for the opportunity to interview this afternoon, and to you and the board for your time at the end of a long school day.

Hearing about the Transition Year enterprise module made me even keener on the role:
- I've run a TY financial maths unit for three years and would love to build on yours;
- I teach Higher Level to Leaving Cert and know the new specification well;
- I'm happy to take on coaching or clubs from September.

I'll follow up if I haven't heard by the end of next week. Thanks again for your consideration.

Kind regards,
Niamh Gallagher
087 555 0148""", parent="ag2", sig=False)
    add("ag4", patricia, [me], "2026-04-28 08:30",
        """Dear Niamh,

Thank you for your kind email. We'll be in touch by Friday 8th May at the latest.

Kind regards,
Patricia""", parent="ag3", sig=False)
    offer_pdf = make_pdf([
        "Ashgrove College - Offer of Fixed-Term Post",
        "To: Ms Niamh Gallagher",
        "Post: Teacher of Mathematics, fixed-term, 1 September 2026 to 31 August 2027",
        "Hours: 22 hours per week; salary on the common basic scale",
        "Conditions: Garda vetting, satisfactory references, Teaching Council registration",
        "Please confirm acceptance in writing by Friday 15 May 2026.",
        "Patricia Hennessy, Principal, on behalf of the Board of Management",
    ])
    add("ao1", patricia, [me], "2026-05-07 13:05",
        subject="Offer of fixed-term post - Teacher of Mathematics 2026/27",
        body="""Dear Niamh,

I'm delighted to let you know that, following the recommendation of the interview board and its ratification by the Board of Management, we would like to offer you the fixed-term post of Teacher of Mathematics for the 2026/27 school year.

The offer is subject to Garda vetting and satisfactory references; the details are in the attached letter. Could you let me know by Friday 15th May whether you wish to accept?

Congratulations, and kind regards,""",
        attachments=[("Ashgrove_Offer_Letter_NGallagher.pdf", "application/pdf", offer_pdf)])
    add("ao2", me, [patricia], "2026-05-07 21:30",
        """Dear Patricia,

Thank you so much, that is wonderful news and I'm very grateful to you and the board.

I'm waiting on the outcome of another process that involves a permanent post, so I'd appreciate the time until Friday 15th May that you mention. I'll confirm by then at the latest.

Kind regards,
Niamh""", parent="ao1", sig=False)
    add("ao3", patricia, [me], "2026-05-08 07:55",
        """Of course Niamh, Friday 15th is fine.
Patricia

Sent from my iPhone""", parent="ao2", sig=False)
    case.thread("ag1", True, "interview", "Ashgrove College",
                "interview Mon 27 Apr 16:15 (about 30 min) thanked in the thread that evening; "
                "'in touch by Friday 8th May at the latest' ended by the offer of 7 May")
    case.thread("ao1", True, "offer", "Ashgrove College",
                "offer of a fixed-term post Thu 7 May (PDF letter); the user answers by Fri 15 May")
    case.meeting("ag1", A("2026-04-27 16:15"), A("2026-04-27 16:45"),
                 met=["phennessy@ashgrovecollege.ie"],
                 thanks={"phennessy@ashgrovecollege.ie": "ag3"}, what="board interview")
    case.promise("ag1", "ag4", "phennessy@ashgrovecollege.ie", "2026-05-08", ended_by="ao1")
    case.forbid("ag1", "phennessy@ashgrovecollege.ie",
                "interview thanked in the thread on 27 Apr; the offer of Thu 7 May ends the "
                "'by Friday 8th May' callback")

    # ======================================================================
    # 8. Larkhill College: invitation from the administrator, thank-you in a new thread,
    #    passive promise tied to a board meeting, lapsed.
    # ======================================================================
    yvonne = P("Yvonne Hickey", "office@larkhillcollege.ie", style="outlook", region="eurprd07",
               sig="Yvonne Hickey\nAdministrator\nLarkhill College, Dublin 9\n01 555 0125")
    sean = P("Seán Mac Mahon", "smacmahon@larkhillcollege.ie", style="outlook", region="eurprd07",
             sig="Seán Mac Mahon\nPrincipal\nLarkhill College\nDublin 9\n01 555 0125")
    add("lh1", yvonne, [me], "2026-04-20 14:40", cc=[sean],
        subject="Interview - Physics (0.5) and Mathematics",
        body="""Dear Niamh,

Further to your application for the Physics (0.5) and Mathematics post, the interview board would like to meet you on 28/04/2026 at 4.00pm. Please report to reception at 3.50pm; the interview will last about 25 minutes.

The board will be Mr Seán Mac Mahon (Principal), Ms Eileen Gorman (Chairperson) and an external assessor.

Kindly confirm by reply.

Regards,""")
    add("lh2", me, [yvonne], "2026-04-20 18:55", cc=[sean], body=
        """Dear Yvonne,

Thanks, that's perfect - I'll be at reception at 3.50 on Tuesday 28th.

Regards,""", parent="lh1")
    add("lt1", me, [sean], "2026-04-28 20:10", subject="Thank you - interview this afternoon",
        body="""Dear Mr Mac Mahon,

Thank you for meeting me this afternoon, and for the board's time. I'd be grateful if you could pass on my thanks to Ms Gorman and the assessor as well.

Hearing about your plans for the new science block and the STEM transition programme made me even more enthusiastic about the post. I think I could bring:
- nine years of Leaving Cert Physics, with strong results at Higher Level;
- experience running practical coursework under the new specification;
- a track record of getting more girls to take Physics to Leaving Cert.

Thank you again for your consideration.

Kind regards,
Niamh Gallagher
niamh.gallagher@example.ie
087 555 0148""", sig=False)
    add("lt2", sean, [me], "2026-04-29 08:55",
        """Dear Niamh,

Thanks for your note. The Board of Management meets on Thursday 30th April to consider the recommendation of the interview board, and a decision will be communicated to all candidates the following week.

Regards,""", parent="lt1")
    case.thread("lh1", True, "interview", "Larkhill College",
                "invitation from the administrator (principal cc'd): board interview Tue 28 Apr "
                "16:00, about 25 min; the thank-you went in a new thread")
    case.thread("lt1", True, "interview", "Larkhill College",
                "thank-you to the principal the evening of the interview; his reply: board meets "
                "Thu 30 Apr and 'a decision will be communicated to all candidates the following "
                "week' (4-8 May); nothing since")
    case.meeting("lh1", A("2026-04-28 16:00"), A("2026-04-28 16:25"),
                 met=["smacmahon@larkhillcollege.ie"],
                 thanks={"smacmahon@larkhillcollege.ie": "lt1"}, what="board interview")
    case.promise("lt1", "lt2", "smacmahon@larkhillcollege.ie", "2026-05-08")
    case.expect("callback", "lt1", "smacmahon@larkhillcollege.ie",
                "passive promise tied to the board meeting of Thu 30 Apr: 'a decision will be "
                "communicated to all candidates the following week' (Mon 4 - Fri 8 May); nothing "
                "from the school since; due end of Tue 12 May", promised="2026-05-08")

    # ======================================================================
    # 9. State Recruitment Service: inspector competition, automated mail, a liaison
    #    officer, an interview board with no names, 'within 10 working days'.
    # ======================================================================
    srs = P("State Recruitment Service", "noreply@stateappointments.ie", style="auto", auto=True)
    orla = P("Orla Byrne", "orla.byrne@stateappointments.ie", style="outlook", region="eurprd03",
             sig="Orla Byrne\nCandidate Liaison Officer | Recruitment Unit B\n"
                 "State Recruitment Service\nFitzwilliam House, Leeson Lane, Dublin 2\n"
                 "T: 01 555 0120")
    campaign = "26-045 Inspector, Post-Primary (Mathematics)"
    t = """Dear Niamh Gallagher,

Campaign: 26-045 Inspector, Post-Primary (Mathematics) - Department of Education
Candidate ID: 4417-2093

We confirm that your application for the above competition was received on 24/03/2026 at 22:39.

The closing date for this competition is Thursday 26th March 2026 at 3pm. Applications will be assessed after the closing date, and candidates will be notified through their account of the outcome of each stage.

Please do not reply to this email. Queries can be raised through the Messages section of your account.

Recruitment Unit B
State Recruitment Service"""
    add("sr1", srs, [me], "2026-03-24 22:41", subject="Application received: " + campaign,
        body=t, html=html_of(t, "Application received"), html_only=True, headers=AUTO)
    t = """Dear Niamh Gallagher,

Campaign: 26-045 Inspector, Post-Primary (Mathematics) - Department of Education

Following the shortlisting process, we are pleased to invite you to attend for interview before an interview board.

Date: Thursday 23/04/2026
Time: 11:30
Venue: State Recruitment Service, Fitzwilliam House, Leeson Lane, Dublin 2

Interviews are expected to last approximately 40 minutes. The interview will be competency-based and will open with a short presentation (details will follow from the Candidate Liaison Officer).

Please confirm your attendance through your account by Tuesday 14/04/2026.

Please do not reply to this email.

Recruitment Unit B
State Recruitment Service"""
    add("si1", srs, [me], "2026-04-08 16:02", subject="Interview invitation: " + campaign,
        body=t, html=html_of(t, "Interview invitation"), html_only=True, headers=AUTO)
    add("so1", orla, [me], "2026-04-14 10:30",
        subject="26-045 Inspector (Mathematics) - interview arrangements",
        body="""Dear Niamh,

I am the Candidate Liaison Officer for this competition. Ahead of your interview on Thursday 23rd April, please note:

- Please bring photographic ID and the originals of your degree and PME parchments.
- The interview will open with a five-minute presentation on "Leading improvement in Junior Cycle Mathematics". No slides or handouts please.
- If you require any reasonable accommodation at interview, please let me know as soon as possible.

Kind regards,""")
    add("so2", me, [orla], "2026-04-14 19:20",
        """Dear Orla,

Thanks for this. Two quick questions: is there any parking at Leeson Lane, or is it best to come by public transport? And will the board have a copy of my application form on the day?

Kind regards,""", parent="so1")
    add("so3", orla, [me], "2026-04-15 09:40",
        """Dear Niamh,

There is no candidate parking, I'm afraid; the Luas (Green Line, St Stephen's Green or Harcourt) is the easiest. Yes, the board will have your application form.

Best of luck on the day.

Kind regards,""", parent="so2")
    t = """Dear Niamh Gallagher,

Campaign: 26-045 Inspector, Post-Primary (Mathematics) - Department of Education

Thank you for attending for interview today.

You will be notified of the outcome within 10 working days of the date of your interview. Results will be posted to the Messages section of your account and an email alert will be sent to you.

Please do not reply to this email.

Recruitment Unit B
State Recruitment Service"""
    add("sp1", srs, [me], "2026-04-23 15:05", subject="Interview attendance: " + campaign,
        body=t, html=html_of(t, "Interview attendance"), html_only=True, headers=AUTO)
    case.thread("sr1", True, "application", "State Recruitment Service",
                "automated acknowledgement of the inspector application")
    case.thread("si1", True, "interview", "State Recruitment Service",
                "automated invitation: interview board Thu 23 Apr 11:30 (about 40 min); no "
                "board members named, nobody to thank")
    case.thread("so1", True, "interview", "State Recruitment Service",
                "candidate liaison officer's arrangements and answers before the interview; she "
                "is not on the board and promised nothing")
    case.thread("sp1", True, "interview", "State Recruitment Service",
                "automated 'you will be notified of the outcome within 10 working days' (to Thu "
                "7 May, or Fri 8 May counting the bank holiday); no outcome yet, but the sender "
                "is an automated no-reply address")
    case.meeting("si1", A("2026-04-23 11:30"), A("2026-04-23 12:10"), met=[],
                 what="interview board (members not named)")
    # An automated sender's promise owes no callback: recorded for the margin check only.
    case.promise("sp1", "sp1", "noreply@stateappointments.ie", "2026-05-07", job=False)
    case.forbid("sp1", "noreply@stateappointments.ie",
                "'within 10 working days' has lapsed, but it came from an automated no-reply "
                "sender, not a person: no callback is owed")
    case.forbid("so1", "orla.byrne@stateappointments.ie",
                "liaison officer who arranged things; she was not on the interview board and "
                "promised nothing")

    # Liffey ETB: an online application, acknowledged automatically.
    etb = P("Liffey ETB Recruitment", "recruitment-noreply@liffeyetb.ie", style="auto", auto=True)
    t = """Dear Niamh,

Thank you for your application for the following competition:

Teacher of Mathematics and Physics (Panel, Liffey ETB Schools and Colleges)
Reference: LETB/T/2026/14

Your application reference number is 2026-14-0387. You can view the status of your application at any time by logging in to the Liffey ETB recruitment portal.

This is an automated message; please do not reply.

Human Resources Department
Liffey Education and Training Board"""
    add("etb1", etb, [me], "2026-04-02 19:48",
        subject="Application Acknowledgement - Teacher of Mathematics and Physics (LETB/T/2026/14)",
        body=t, html=html_of(t), headers=AUTO)
    case.thread("etb1", True, "application", "Liffey Education and Training Board",
                "automated acknowledgement of a panel application; no date, nothing owed")

    # ======================================================================
    # 10. Cogwheel Learning: introduction, coffee, a conversation with the head of
    #     customer success (never thanked), a note to the introducer instead, a panel ahead.
    # ======================================================================
    sinead = P("Sinéad Kearney", "sineadkearney.id@gmail.com")
    eoin = P("Eoin Malone", "eoin.malone@cogwheellearning.com",
             sig="Eoin Malone | Customer Success Lead, Ireland & UK | Cogwheel Learning\n"
                 "+353 1 555 0188")
    rachel = P("Rachel Quinlan", "rachel.quinlan@cogwheellearning.com",
               sig="Rachel Quinlan\nHead of Customer Success, EMEA\nCogwheel Learning | "
                   "22 Pearse Street, Dublin 2")
    maeve = P("Maeve Ryan", "maeve.ryan@cogwheellearning.com",
              sig="Maeve Ryan\nTalent Partner | Cogwheel Learning\nmaeve.ryan@cogwheellearning.com")
    tomas = P("Tomás Ward", "tomas.ward@cogwheellearning.com")
    goodtime = P("Cogwheel Learning Recruiting", "no-reply@goodtime.io", style="auto", auto=True)

    add("ci1", sinead, [me, eoin], "2026-04-08 11:20",
        subject="Intro: Niamh Gallagher <> Eoin Malone (Cogwheel)",
        body="""Eoin, meet Niamh! We taught together in Ardglas for four years before I jumped ship to instructional design. She's the best maths teacher I know, the kind who gets a whole class of 5th years to actually like calculus, and she's thinking seriously about a move into customer success.

Niamh, meet Eoin. He leads customer success for Irish and UK schools at Cogwheel Learning and was a woodwork and DCG teacher in a previous life, so he knows exactly what that jump looks like.

I'll let ye take it from here!

S x""")
    add("ci2", eoin, [me], "2026-04-09 09:12",
        body="""Thanks Sinéad! (moving you to bcc)

Hi Niamh, great to e-meet you. Always happy to chat to teachers thinking about the move - half our team are ex-teachers. Would a coffee work? I'm in the office on Pearse St Tuesday to Thursday. Thursday 16th at half 4 in Kettle & Crumb on Westland Row?

Eoin""", parent="ci1")
    add("ci3", me, [eoin], "2026-04-09 20:15",
        """Hi Eoin,

Thursday 16th at half 4 is perfect - see you in Kettle & Crumb. I'll be the one with the pile of copies.

Niamh""", parent="ci2", sig=False)
    add("et1", me, [eoin], "2026-04-17 07:50", subject="Thanks for yesterday",
        body="""Hi Eoin,

Just a quick note to thank you for the coffee and the chat yesterday. It was really useful to hear how onboarding and renewals actually work day to day, and reassuring to know that so much of it is the same work as a year head does in September.

I'm going to finish the customer success certificate and look properly at the roles you mentioned.

Best,
Niamh Gallagher
087 555 0148""", sig=False)
    add("et2", eoin, [me], "2026-04-17 12:40",
        """No bother at all Niamh, I enjoyed it.

I mentioned you to Rachel Quinlan, our Head of Customer Success - she's hiring a CSM for the schools team and she'll drop you a line next week.

E""", parent="et1", sig=False)
    add("rq1", rachel, [me], "2026-04-22 13:05",
        subject="Customer Success Manager (Schools) - a conversation?",
        body="""Hi Niamh,

Eoin passed on your details and said you'd be worth talking to. I'm building out our schools customer success team and I'd love to hear about your experience and tell you a bit about what we're doing.

Would you have half an hour for a video call? I could do Tuesday 5th May at 5pm, Wednesday 6th at 12.30, or Wednesday 6th at 5pm - all Irish time.

Best,""")
    add("rq2", me, [rachel], "2026-04-22 20:30",
        """Hi Rachel,

Lovely to hear from you. Wednesday 6th at 5pm would be perfect (I'm in front of a class at 12.30).

Looking forward to it,
Niamh""", parent="rq1", sig=False)
    add("rq3", rachel, [me], "2026-04-23 09:02",
        """Great - Wednesday 6th May, 5 to 5.30pm it is. Here's the link: https://meet.google.com/qwx-kfpt-zre

Talk then!
R""", parent="rq2", sig=False)
    add("rq4", rachel, [me], "2026-05-07 10:15",
        """Hi Niamh,

I really enjoyed our conversation yesterday evening - your story about rolling out the new online homework platform to a staffroom of sceptics is exactly the kind of thing our customers go through.

I'd like you to meet Tomás Ward, our Director of Customer Experience, and me for a longer panel conversation. I've asked Maeve Ryan on our Talent team to set that up, and she'll be in touch early next week.

Best,""", parent="rq3")
    add("et3", me, [eoin], "2026-05-07 08:10",
        """Hi Eoin,

Thanks again for putting me in touch with Rachel - we had a really good conversation yesterday evening, and it sounds like there could be a next stage. I owe you one!

Niamh""", parent="et2", sig=False)
    add("et4", eoin, [me], "2026-05-07 09:30",
        """Delighted to hear it, fingers crossed!
E

Sent from my iPhone""", parent="et3", sig=False)
    add("mr1", maeve, [me], "2026-05-12 11:40",
        subject="Next steps: Customer Success Manager (Schools), Cogwheel Learning",
        body="""Hi Niamh,

I'm the Talent Partner working with Rachel on the Customer Success Manager (Schools) role. Rachel really enjoyed speaking with you, and we'd like to invite you to a 60-minute panel interview with Rachel and Tomás Ward (Director of Customer Experience) at our Pearse Street office.

Please pick a time that suits you here: https://schedule.goodtime.io/cogwheel/c/8f3k2Lq

For transparency, we're meeting a small number of other candidates over the next fortnight, and I'll share the timeline for a decision once the panels are done.

Best,""", html=html_of("""Hi Niamh,

I'm the Talent Partner working with Rachel on the Customer Success Manager (Schools) role. Rachel really enjoyed speaking with you, and we'd like to invite you to a 60-minute panel interview with Rachel and Tomás Ward (Director of Customer Experience) at our Pearse Street office.

Please pick a time that suits you here: https://schedule.goodtime.io/cogwheel/c/8f3k2Lq

For transparency, we're meeting a small number of other candidates over the next fortnight, and I'll share the timeline for a decision once the panels are done.

Best,
Maeve Ryan
Talent Partner | Cogwheel Learning"""))
    gt_desc = ("Customer Success Manager (Schools) - panel interview\n\n"
               "Candidate: Niamh Gallagher\n"
               "Interviewers: Rachel Quinlan (Head of Customer Success, EMEA), Tomás Ward "
               "(Director of Customer Experience)\n"
               "Location: Cogwheel Learning, 22 Pearse Street, Dublin 2 - please sign in at "
               "reception on the ground floor.\n\n"
               "Need to reschedule? https://schedule.goodtime.io/cogwheel/r/8f3k2Lq")
    gt_ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "gt"), stamp=A("2026-05-12 19:02"),
                      start=A("2026-05-21 16:30"), end=A("2026-05-21 17:30"),
                      summary="Interview: Niamh Gallagher - Customer Success Manager (Schools)",
                      organizer=goodtime,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (rachel, "ACCEPTED", "INDIVIDUAL"),
                                 (tomas, "ACCEPTED", "INDIVIDUAL"),
                                 (("DUB - Pearse St - 3F Liffey (6)",
                                   "dub-pearse-3f-liffey@cogwheellearning.com"),
                                  "ACCEPTED", "ROOM")],
                      tzid="Europe/Dublin", location="Cogwheel Learning, 22 Pearse Street, "
                      "Dublin 2 - 3F Liffey", description=gt_desc,
                      prodid="-//GoodTime.io//Interview Scheduling//EN")
    t = """Hi Niamh,

Your interview with Cogwheel Learning is confirmed.

Customer Success Manager (Schools) - panel interview
Thursday, May 21, 2026, 4:30 PM - 5:30 PM IST (Europe/Dublin)

Interviewers:
Rachel Quinlan - Head of Customer Success, EMEA
Tomás Ward - Director of Customer Experience

Location: Cogwheel Learning, 22 Pearse Street, Dublin 2 (sign in at reception, ground floor)

A calendar invitation is attached. Need to reschedule? https://schedule.goodtime.io/cogwheel/r/8f3k2Lq

Cogwheel Learning Recruiting
Powered by GoodTime"""
    add("gt1", goodtime, [me], "2026-05-12 19:03",
        subject="Interview Confirmed: Customer Success Manager (Schools) - Cogwheel Learning - "
                "Thu, May 21, 4:30 PM IST",
        body=t, html=html_of(t, "Interview Confirmed"), ics=gt_ics, ics_mode="attach",
        headers=AUTO)
    add("mr2", me, [maeve], "2026-05-12 19:10",
        """Hi Maeve,

Thanks for this - I've booked Thursday 21st May at half 4 through the link, and the confirmation has come through. I'll come straight from school.

Best,""", parent="mr1")
    case.thread("ci1", True, "networking", "Cogwheel Learning",
                "introduction by a former colleague; coffee Thu 16 Apr 16:30 agreed in the thread "
                "(no end: 60 min); thanked in a new thread the next morning")
    case.thread("et1", True, "networking", "Cogwheel Learning",
                "thank-you for the coffee; 'Rachel will drop you a line next week' kept on 22 "
                "Apr; later a note thanking him for the introduction (not a thank-you to Rachel)")
    case.thread("rq1", True, "interview", "Cogwheel Learning",
                "conversation with the head of customer success: three slots offered, Wed 6 May "
                "17:00-17:30 picked, Meet link in the text; no thank-you to her; her 'Maeve will "
                "be in touch early next week' kept on 12 May")
    case.thread("mr1", True, "interview", "Cogwheel Learning",
                "talent partner (not met) invites to a panel; mentions other candidates")
    case.thread("gt1", True, "interview", "Cogwheel Learning",
                "GoodTime confirmation with ICS (room listed): panel Thu 21 May 16:30-17:30, "
                "still ahead")
    case.meeting("ci1", A("2026-04-16 16:30"), None, met=["eoin.malone@cogwheellearning.com"],
                 thanks={"eoin.malone@cogwheellearning.com": "et1"}, what="coffee")
    case.promise("et1", "et2", "eoin.malone@cogwheellearning.com", "2026-04-24",
                 answered_by="rq1")
    case.meeting("rq1", A("2026-05-06 17:00"), A("2026-05-06 17:30"),
                 met=["rachel.quinlan@cogwheellearning.com"], what="video conversation")
    case.promise("rq1", "rq4", "rachel.quinlan@cogwheellearning.com", "2026-05-13",
                 answered_by="mr1")
    case.meeting("gt1", A("2026-05-21 16:30"), A("2026-05-21 17:30"),
                 met=["rachel.quinlan@cogwheellearning.com", "tomas.ward@cogwheellearning.com"],
                 status="scheduled", what="panel interview")
    case.expect("thank_you", "rq1", "rachel.quinlan@cogwheellearning.com",
                "video conversation Wed 6 May 17:00-17:30 (slot picked in the thread) took "
                "place; no note to her (the 7 May note thanked Eoin for the introduction); "
                "overdue since 7 May 17:30")
    case.forbid("et1", "eoin.malone@cogwheellearning.com",
                "coffee of 16 Apr thanked in this thread the next morning; his 'next week' "
                "promise was kept by Rachel's mail of 22 Apr")
    case.forbid("gt1", "tomas.ward@cogwheellearning.com",
                "panel interview Thu 21 May 16:30 is still ahead; she has not met him")

    # ======================================================================
    # 11. Classnote: a quarter of an hour on someone's field; thanked only beforehand.
    # ======================================================================
    ciara = P("Ciara Fogarty", "ciara.fogarty@classnote.io",
              sig="Ciara Fogarty\nImplementation Manager | Classnote\nclassnote.io")
    add("cn1", me, [ciara], "2026-04-30 21:40",
        subject="A quarter of an hour on implementation work?",
        body="""Hi Ciara,

I hope you don't mind me emailing out of the blue. I heard you speak at the Maths Teachers' Network spring meeting about rolling Classnote out across a school, and it stuck with me.

I've taught maths and physics for nine years and I'm exploring a move into customer success or implementation in edtech. Would you be willing to give me fifteen minutes some day to tell me what the job is really like? Entirely at your convenience - a phone call would be great.

Best wishes,""")
    add("cn2", ciara, [me], "2026-05-01 12:58",
        """Hi Niamh,

Of course! I taught geography for six years before Classnote so I know the feeling well.

This week is mad, but Monday week would suit - give me a shout on Monday 11th at 12.45? My mobile is 086 555 0193.

Ciara""", parent="cn1")
    add("cn3", me, [ciara], "2026-05-01 16:40",
        """That's brilliant, thanks a million Ciara. I'll ring you at 12.45 on Monday the 11th.

Niamh""", parent="cn2", sig=False)
    case.thread("cn1", True, "networking", "Classnote",
                "request for fifteen minutes; phone call Mon 11 May 12:45 (no end stated); "
                "'thanks a million' came before the call; nothing after it")
    case.meeting("cn1", A("2026-05-11 12:45"), None, met=["ciara.fogarty@classnote.io"],
                 what="phone call")
    case.expect("thank_you", "cn1", "ciara.fogarty@classnote.io",
                "phone call Mon 11 May 12:45 took place; the only thanks was sent before it; "
                "overdue since 12 May (13:00 or 13:45 depending on the length read)")

    # ======================================================================
    # 12. Mathsbase: a friend says good things, Calendly booking, a no-show, rebooked.
    # ======================================================================
    darragh = P("Darragh Nolan", "darragh@mathsbase.ie",
                sig="Darragh Nolan\nCo-founder & CEO, Mathsbase\nmathsbase.ie")
    calendly = P("Calendly", "no-reply@calendly.com", style="auto", auto=True)
    add("mb1", darragh, [me], "2026-04-29 22:05",
        subject="Teacher Success Lead @ Mathsbase - chat?",
        body="""Hi Niamh,

Sinéad Kearney says good things about you - apparently you can make algebra make sense to anyone. We're a five-person startup building Leaving Cert maths practice tools for schools, and I'm hiring a Teacher Success Lead to look after the schools we work with.

Fancy a 30-minute chat? Grab any slot that suits here: https://calendly.com/darragh-mathsbase/intro-chat

Cheers,""")
    cal_ics = make_ics(method="REQUEST", uid=uid_uuid(NAME, "cal"), stamp=A("2026-04-30 07:27"),
                       start=A("2026-05-08 16:30"), end=A("2026-05-08 17:00"),
                       summary="Intro chat between Darragh Nolan and Niamh Gallagher",
                       organizer=darragh, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                       location="https://us06web.zoom.us/j/84512093317",
                       description="Event Name: Intro chat\n\nLocation: This is a Zoom web "
                                   "conference.\nhttps://us06web.zoom.us/j/84512093317\n\n"
                                   "Powered by Calendly.com",
                       prodid="-//Calendly//Calendly Scheduler//EN")
    t = """Hi Niamh Gallagher,

A new event has been scheduled.

Event Type:
Intro chat

Invitee:
Niamh Gallagher

Invitee Email:
niamh.gallagher@example.ie

Event Date/Time:
04:30pm - 05:00pm, Friday, May 8, 2026 (GMT+01:00) Dublin

Location:
This is a Zoom web conference. https://us06web.zoom.us/j/84512093317

Host:
Darragh Nolan

Need to make changes to this event?
Cancel | Reschedule

Powered by Calendly.com"""
    add("cal1", calendly, [me], "2026-04-30 07:28",
        subject="Confirmed: Intro chat with Darragh Nolan on Friday, May 8, 2026",
        body=t, html=html_of(t, "Confirmed"), ics=cal_ics, ics_mode="attach", headers=AUTO)
    add("mb2", me, [darragh], "2026-04-30 07:34",
        """Hi Darragh,

Good to hear from you, and that's very kind of Sinéad. I've booked Friday 8th May at half 4 through your Calendly - looking forward to it.

Niamh""", parent="mb1")
    add("mb3", me, [darragh], "2026-05-08 16:41",
        """Hi Darragh, I'm on the Zoom link at the moment - is now still OK for you?
Niamh

Sent from my iPhone""", parent="mb2", sig=False)
    add("mb4", darragh, [me], "2026-05-09 10:20",
        """Niamh, I'm mortified. An investor call ran way over and I only saw your email after six. Sincere apologies.

Could we try again on Monday 18th at 5pm? Same Zoom link.

D""", parent="mb3", sig=False)
    add("mb5", me, [darragh], "2026-05-09 12:05",
        """No bother Darragh, these things happen. Monday 18th at 5 suits me.

Niamh""", parent="mb4", sig=False)
    case.thread("mb1", True, "interview", "Mathsbase",
                "'Sinéad Kearney says good things about you'; Calendly chat Fri 8 May 16:30 was a "
                "no-show by the founder; rebooked for Mon 18 May 17:00")
    case.thread("cal1", True, "interview", "Mathsbase",
                "Calendly confirmation (ICS) for the 8 May chat; automated sender")
    case.meeting("mb1", A("2026-05-08 16:30"), A("2026-05-08 17:00"),
                 met=["darragh@mathsbase.ie"], status="noshow", what="intro chat (no-show)")
    case.meeting("mb1", A("2026-05-18 17:00"), A("2026-05-18 17:30"),
                 met=["darragh@mathsbase.ie"], status="scheduled", what="intro chat (rebooked)")
    case.forbid("mb1", "darragh@mathsbase.ie",
                "he did not turn up on Fri 8 May, so no meeting took place; the rebooked chat on "
                "Mon 18 May is still ahead")

    # ======================================================================
    # 13. Numera Learning: Lever, a phone screen in another time zone, thanked;
    #     'within the next couple of weeks' lapsed.
    # ======================================================================
    lever = P("Numera Learning", "no-reply@hire.lever.co", style="auto", auto=True)
    hannah = P("Hannah Doherty", "hannah.doherty@numeralearning.com", tz="America/New_York",
               sig="Hannah Doherty\nTalent Acquisition | Numera Learning\nBoston, MA")
    t = """Hi Niamh,

Thanks for applying to the Customer Onboarding Specialist (EMEA, Remote - Ireland) role at Numera Learning! We've received your application and our team will review it shortly.

If your background is a match for the role, someone from our team will reach out about next steps.

Best,
The Numera Learning Talent Team"""
    add("nl1", lever, [me], "2026-04-13 22:10",
        subject="Thank you for your application to Numera Learning", body=t, html=html_of(t),
        headers=AUTO)
    add("nh1", hannah, [me], "2026-04-15 10:15",
        subject="Numera Learning - Customer Onboarding Specialist",
        body="""Hi Niamh,

I'm a recruiter on the Talent team at Numera. Thanks for your interest in the Customer Onboarding Specialist role - I'd love to set up a 30-minute phone screen to learn more about you.

You'll get a confirmation from Lever shortly. I'm based in Boston, so afternoons your time tend to work best for me.

Best,""")
    t = """Hi Niamh,

Your interview for Customer Onboarding Specialist (EMEA, Remote - Ireland) at Numera Learning has been scheduled.

When: Monday, April 20, 2026, 11:00 AM - 11:30 AM EDT (4:00 PM - 4:30 PM IST)
Format: Phone screen. Hannah will call you on +353 87 555 0148.
Interviewer: Hannah Doherty (Talent Acquisition)

If you need to reschedule, please reply to your recruiter directly.

Numera Learning"""
    add("lv1", lever, [me], "2026-04-15 20:45",
        subject="Interview Confirmation: Customer Onboarding Specialist at Numera Learning",
        body=t, html=html_of(t), headers=AUTO)
    add("nh2", me, [hannah], "2026-04-20 18:30",
        """Hi Hannah,

Thank you for your time on the call this afternoon, and for explaining how the onboarding team works with schools in the UK and Ireland.

It's the part of my current job I enjoy most - getting a department comfortable with a new platform - so the role feels like a natural fit. I'll finish my Certificate in Customer Success at the end of the month as well.

Thanks again,
Niamh Gallagher
087 555 0148""", parent="nh1", sig=False)
    add("nh3", hannah, [me], "2026-04-21 09:40",
        """Hi Niamh,

Thanks so much for the note, and for a great conversation! We're still early in this process - the hiring manager is reviewing a first group of candidates - and I'd expect to have feedback for you within the next couple of weeks.

Best,""", parent="nh2")
    case.thread("nl1", True, "application", "Numera Learning",
                "Lever acknowledgement; automated sender")
    case.thread("nh1", True, "interview", "Numera Learning",
                "phone screen Mon 20 Apr 11:00-11:30 EDT (16:00 IST), thanked in the thread; "
                "'feedback within the next couple of weeks' (said Tue 21 Apr) never came")
    case.thread("lv1", True, "interview", "Numera Learning",
                "Lever confirmation without ICS naming the interviewer; automated sender")
    case.meeting("nh1", A("2026-04-20 16:00"), A("2026-04-20 16:30"),
                 met=["hannah.doherty@numeralearning.com"],
                 thanks={"hannah.doherty@numeralearning.com": "nh2"}, what="phone screen")
    case.promise("nh1", "nh3", "hannah.doherty@numeralearning.com", "2026-05-05")
    case.expect("callback", "nh1", "hannah.doherty@numeralearning.com",
                "'feedback within the next couple of weeks' (Tue 21 Apr: to Tue 5 May); nothing "
                "from Numera since; due end of Thu 7 May (end of Tue 12 May even on a "
                "to-the-Friday reading)", promised="2026-05-05")

    # ======================================================================
    # 14. Brightwork Talent: agency recruiter, call confirmed in words, thanked,
    #     'early next week' still open.
    # ======================================================================
    shane = P("Shane Kelleher", "shane@brightworktalent.ie", style="outlook", region="eurprd06",
              sig="Shane Kelleher | Senior Consultant, Education & EdTech\nBrightwork Talent\n"
                  "+353 1 555 0111 | brightworktalent.ie")
    add("bw1", shane, [me], "2026-05-05 09:30",
        subject="Customer Success role - edtech client - quick call?",
        body="""Hi Niamh,

I came across your profile on CareerHub and your background jumped out. I'm working with a Series B edtech client in Dublin who are building out a schools customer success team, and they're keen on people who've been in the classroom.

Would you be free for a quick catch-up call this week? Happy to work around the school day.

Best regards,""")
    add("bw2", me, [shane], "2026-05-05 20:10",
        """Hi Shane,

Yes, happy to talk. I'm teaching most of the day, but Friday at 1 would work if that suits you?

Niamh""", parent="bw1", sig=False)
    add("bw3", shane, [me], "2026-05-06 08:45",
        """Hi Niamh,

This email confirms our call on Friday 8th May from 1pm to 1.30pm. I'll ring you on 087 555 0148.

Best regards,""", parent="bw2")
    add("bw4", me, [shane], "2026-05-08 15:55",
        """Hi Shane,

Thanks for the call at lunchtime - it was really useful to hear more about the client and how their schools team is set up. I'd definitely like to be put forward.

Best,
Niamh Gallagher
087 555 0148""", parent="bw3", sig=False)
    add("bw5", shane, [me], "2026-05-08 17:10",
        """Cheers Niamh, good to talk. I'm speaking to the hiring manager on Monday and I'll come back to you early next week with feedback on next steps.

Shane""", parent="bw4", sig=False)
    case.thread("bw1", True, "recruiter", "Brightwork Talent",
                "agency recruiter; call Fri 8 May 13:00-13:30 confirmed in words, thanked that "
                "afternoon; 'early next week' (Mon 11 - Wed 13 May at the latest) still open")
    case.meeting("bw1", A("2026-05-08 13:00"), A("2026-05-08 13:30"),
                 met=["shane@brightworktalent.ie"],
                 thanks={"shane@brightworktalent.ie": "bw4"}, what="recruiter call")
    case.promise("bw1", "bw5", "shane@brightworktalent.ie", "2026-05-12")
    case.forbid("bw1", "shane@brightworktalent.ie",
                "call thanked on 8 May; 'early next week' cannot be chased yet: even read as "
                "Monday 11 May, the grace runs to the end of Wed 13 May")

    # ======================================================================
    # Noise: her own school (hiring side, parents, colleagues, results)
    # ======================================================================
    maurice = P("Maurice Daly", "mdaly@ardglascc.ie", style="outlook", region="eurprd08",
                sig="Maurice Daly\nPrincipal\nArdglas Community College\n01 555 0100")
    bernadette = P("Bernadette Cully", "bcully.bom@gmail.com")
    ab_ics = make_ics(method="REQUEST", uid=uid_outlook(NAME, "ab"), stamp=A("2026-04-30 16:19"),
                      start=A("2026-05-12 09:00"), end=A("2026-05-12 12:30"),
                      summary="Interview Board - Fixed-term Teacher of Maths/SPHE 2026-27",
                      organizer=maurice,
                      attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                 (bernadette, "ACCEPTED", "INDIVIDUAL"),
                                 (("Boardroom", "boardroom@ardglascc.ie"), "ACCEPTED", "ROOM")],
                      tzid="GMT Standard Time", location="Boardroom",
                      description="Interview board for the fixed-term Maths/SPHE post. Six "
                                  "candidates, 30 minutes each. Scoring sheets in the folder.",
                      prodid=OUTLOOK_PRODID)
    add("ab1", maurice, [me], "2026-04-30 16:20", cc=[bernadette],
        subject="Interview Board - Fixed-term Teacher of Maths/SPHE 2026-27",
        body="""Hi Niamh,

Many thanks for agreeing to sit on the interview board for the fixed-term Maths/SPHE post. Interviews are on Tuesday 12th May, 9.00 to 12.30, in the Boardroom; Gerry has arranged cover for your classes.

There are six candidates. CVs and scoring sheets will be in the folder on the day. Please keep everything strictly confidential.

Maurice""", ics=ab_ics, ics_mode="outlook")
    add("ab2", me, [maurice], "2026-04-30 20:00",
        """Hi Maurice,

No problem - see you in the boardroom at 9 on the 12th.

Niamh""", parent="ab1", sig=False)
    add("ab3", maurice, [me], "2026-05-12 14:45", cc=[bernadette],
        body="""Niamh, Bernadette,

Thanks both for giving up your morning - a very strong field. Once the board ratifies the recommendation on Monday 18th I'll ring the candidate; please keep the outcome to yourselves until then.

M""", parent="ab2", sig=False)
    case.thread("ab1", False, None, "Ardglas Community College",
                "the user sits on an interview board at her own school (hiring side), Tue 12 May "
                "09:00-12:30; not her job search")
    case.meeting("ab1", A("2026-05-12 09:00"), A("2026-05-12 12:30"),
                 met=["mdaly@ardglascc.ie", "bcully.bom@gmail.com"], job=False,
                 what="staff interview board (hiring side)")
    case.forbid("ab1", "mdaly@ardglascc.ie",
                "her own principal: she sat on the school's interview board as an interviewer; "
                "not her job search")

    ardglas_sys = P("Ardglas Community College", "noreply@schoolhub.ie", style="auto", auto=True,
                    msgid_domain="mailer.schoolhub.ie")
    t = """Dear Parent/Guardian and Staff,

This is a reminder that the 5th Year Parent-Teacher Meeting will take place on Thursday 23rd April from 4pm to 7pm in the school.

Appointments are five minutes each and can be booked through the SchoolHub app. Teachers will be in the sports hall; please bring your son's or daughter's journal.

Ardglas Community College

This message was sent via SchoolHub. Please do not reply."""
    add("pt1", ardglas_sys, [me], "2026-04-20 10:00",
        subject="Reminder: 5th Year Parent-Teacher Meeting - Thursday 23rd April, 4pm-7pm",
        body=t, html=html_of(t), headers=bulk("<notices.schoolhub.ie>",
                                             "https://schoolhub.ie/u/ardglas/notices"))
    case.thread("pt1", False, None, "Ardglas Community College",
                "school notice: parent-teacher meeting Thu 23 Apr 16:00-19:00 at her own school")
    case.meeting("pt1", A("2026-04-23 16:00"), A("2026-04-23 19:00"), met=[], job=False,
                 what="parent-teacher meeting")

    teresa = P("Teresa Cullen", "tcullen.home@gmail.com")
    add("pa1", teresa, [me], "2026-05-06 21:15",
        subject="Conor Cullen 5th Year Physics",
        body="""Hi Ms Gallagher,

I'm Conor Cullen's mother (5th Year Physics, 5C). Conor is very worried about the summer exams and says he's completely lost with electricity since Christmas. Would it be possible to meet you after school one day next week to see how we can help him at home?

Thanks,
Teresa Cullen""")
    add("pa2", me, [teresa], "2026-05-07 07:20",
        """Dear Mrs Cullen,

Of course. Would Monday 11th at half 3 suit? Come to the main reception and they'll send for me.

Niamh Gallagher""", parent="pa1", sig=False)
    add("pa3", teresa, [me], "2026-05-07 12:30",
        """Monday at half 3 is perfect, thank you so much.
Teresa

Sent from my iPhone""", parent="pa2")
    add("pa4", me, [teresa], "2026-05-11 17:05",
        """Dear Mrs Cullen,

Thanks for coming in today. As promised, here are the links to the electricity revision notes and the past-paper questions we went through; if Conor does two a night between now and the exams he'll be flying.

Kind regards,
Niamh Gallagher""", parent="pa3", sig=False)
    case.thread("pa1", False, None, None,
                "a parent asks to meet about her son; meeting at school Mon 11 May 15:30")
    case.meeting("pa1", A("2026-05-11 15:30"), None, met=["tcullen.home@gmail.com"], job=False,
                 what="meeting with a parent")
    case.forbid("pa1", "tcullen.home@gmail.com",
                "a parent meeting at her own school (she is the teacher), not a job meeting")

    gerry = P("Gerry Nugent", "gnugent@ardglascc.ie", style="outlook", region="eurprd08",
              sig="Gerry Nugent\nDeputy Principal\nArdglas Community College")
    add("mk1", gerry, [me], "2026-04-14 08:05",
        subject="6th Year mock results - entry by Friday 24/04",
        body="""Hi all,

The 6th Year mock results need to be entered on SchoolHub by Friday 24/04 so that reports can go home before the May bank holiday. Higher and Ordinary Level marks please, as percentages; leave the comment box blank for now.

Gerry""")
    add("mk2", me, [gerry], "2026-04-22 22:10",
        """Hi Gerry,

6M1 and 6P2 are in. One query: two of the 6P2 students sat the Ordinary Level paper on the day but are doing Higher - will I enter them under OL?

Niamh""", parent="mk1", sig=False)
    add("mk3", gerry, [me], "2026-04-23 08:20",
        """Enter them under OL with a note, I'll sort it. Cheers Niamh.""", parent="mk2", sig=False)
    case.thread("mk1", False, None, "Ardglas Community College",
                "mock exam results to be entered at her school")

    fergal = P("Fergal Moynihan", "fmoynihan@ardglascc.ie", style="outlook", region="eurprd08")
    add("sw1", fergal, [me], "2026-04-27 16:40",
        subject="Swap yard duty Thursday?",
        body="""Niamh, any chance you'd swap yard duty with me Thursday? I've a dentist at 1. I'll take your Monday one next week.

Fergal""")
    add("sw2", me, [fergal], "2026-04-27 17:05",
        """I'm actually out Thursday afternoon myself (half day) - ask Úna? I can do the Tuesday after if that helps.

N""", parent="sw1", sig=False)
    case.thread("sw1", False, None, "Ardglas Community College", "colleague asks to swap yard duty")

    olymp = P("Fionnuala Burke", "fionnuala.burke@mathsolympiad.ie",
              sig="Dr Fionnuala Burke\nCo-ordinator, Junior Maths Olympiad (Dublin Centre)")
    add("ol1", olymp, [me], "2026-04-09 14:30",
        subject="Junior Maths Olympiad - first round results for Ardglas CC",
        body="""Dear Niamh,

Please find below the results of the first round for your students.

- Aoibhinn Farrell (3rd Year): 34/40 - qualifies for the enrichment programme
- Jamal Okafor (2nd Year): 29/40 - qualifies
- Ruairí Dunne (3rd Year): 22/40

Congratulations to all three. The enrichment sessions start on Saturday 25th April; details to follow directly to the qualifying students' parents.

Best wishes,""")
    add("ol2", me, [olymp], "2026-04-09 21:00",
        """Dear Fionnuala,

Thanks a million for these - Aoibhinn and Jamal will be thrilled. I'll tell them tomorrow.

Best,""", parent="ol1")
    case.thread("ol1", False, None, "Junior Maths Olympiad",
                "her students' competition results")

    dpa = P("Dublin Professional Academy", "noreply@dpa-learn.ie", style="auto", auto=True)
    t = """Dear Niamh,

Your final results for the Certificate in Customer Success Management are now available.

Module 1 - Foundations of Customer Success: 78%
Module 2 - Onboarding and Adoption: 84%
Module 3 - Retention, Renewal and Expansion: 71%
Final project: 81%

Overall result: Pass with Distinction

Your digital certificate will be issued within five working days. Congratulations!

Dublin Professional Academy - Student Services"""
    add("dp1", dpa, [me], "2026-05-01 10:30",
        subject="Your results: Certificate in Customer Success Management",
        body=t, html=html_of(t, "Your results"), html_only=True, headers=AUTO)
    case.thread("dp1", False, None, "Dublin Professional Academy",
                "course results (exam results mail); automated")

    # ---- GP
    gp = P("Rathmore Family Practice", "reception@rathmorefp.ie", style="outlook",
           region="eurprd01",
           sig="Rathmore Family Practice\nMain Street, Rathmore, Dublin 15\nTel: 01 555 0107")
    gp_ics = make_ics(method="PUBLISH", uid=uid_uuid(NAME, "gp"), stamp=A("2026-04-16 10:59"),
                      start=A("2026-04-21 08:40"), end=A("2026-04-21 08:55"),
                      summary="Appointment: Dr Kehoe (Rathmore Family Practice)",
                      organizer=gp, location="Rathmore Family Practice, Main Street",
                      prodid="-//Rathmore FP//Appointments 3.1//EN")
    add("gp1", gp, [me], "2026-04-16 11:00",
        subject="Appointment confirmation - Tuesday 21 April 2026, 08:40",
        body="""Dear Niamh,

Your appointment with Dr Kehoe is confirmed for Tuesday 21 April 2026 at 08:40. Please arrive fasting (water is fine) as bloods will be taken.

To cancel or change, please ring the surgery at least 24 hours in advance.""",
        ics=gp_ics, ics_mode="publish", headers=AUTO)
    add("gp2", gp, [me], "2026-04-21 12:10", subject="Your blood test",
        body="""Hi Niamh,

Just to confirm your bloods went to the lab this morning. Dr Kehoe will ring you with the results by Friday 24th.""")
    add("gp3", gp, [me], "2026-04-24 14:20",
        """Hi Niamh,

Dr Kehoe tried to ring you earlier and asked me to let you know that all your results came back normal - nothing to worry about.""", parent="gp2")
    case.thread("gp1", False, None, "Rathmore Family Practice",
                "GP appointment confirmation (ICS PUBLISH) Tue 21 Apr 08:40")
    case.thread("gp2", False, None, "Rathmore Family Practice",
                "'Dr Kehoe will ring you with the results by Friday 24th', kept by email on 24 Apr")
    case.meeting("gp1", A("2026-04-21 08:40"), A("2026-04-21 08:55"), met=[], job=False,
                 what="GP appointment")
    case.promise("gp2", "gp2", "reception@rathmorefp.ie", "2026-04-24", job=False,
                 answered_by="gp3")
    case.forbid("gp2", "reception@rathmorefp.ie",
                "her GP practice, not job search; the promise to ring by Friday was kept anyway")

    # ---- family
    mam = P("Mary Gallagher", "marygallagher.kells@gmail.com")
    add("fm1", mam, [me], "2026-04-19 10:05", subject="Sunday",
        body="""Hi love,

Are you coming down Sunday week? Daddy's doing the roast and Kevin might bring the children. Any news on the inspector job?

Love Mam xx

Sent from my iPad""")
    add("fm2", me, [mam], "2026-04-19 12:20",
        """Hi Mam,

I'll come down Sunday week, yeah. The inspector interview is Thursday, and I've the demo lesson on Tuesday so I'm planning that all day today!

Nx""", parent="fm1", sig=False)
    add("fm3", mam, [me], "2026-04-19 13:02",
        """Good luck pet, you'll be great. Don't be up all night with it. Mam xx

Sent from my iPad""", parent="fm2")
    case.thread("fm1", False, None, None, "her mother; mentions the job search in passing")

    kevin = P("Kevin Gallagher", "kev.gallagher83@gmail.com")
    aisling = P("Aisling Gallagher", "aisling.g.melb@gmail.com", tz="Australia/Melbourne")
    fwd_text = """Hi Kev (and Ash),

Room for Da's 70th is booked, sorted it this morning - confirmation from the hotel below. Can ye two sort the cake and the photo slideshow between ye?

---------- Forwarded message ---------
From: Events Team <events@thegranvillehotel.ie>
Date: Mon, 27 Apr 2026 at 09:14
Subject: Booking confirmation - Private Function, Saturday 16 May 2026
To: Niamh Gallagher <niamh.gallagher@example.ie>

Dear Niamh,

We are delighted to confirm your booking of the Liffey Suite for a private function on Saturday 16 May 2026 from 7pm, for approximately 40 guests, with a finger-food menu at EUR 18.50 per person.

A deposit of EUR 200 has been received with thanks. Final numbers are required 72 hours in advance.

Kind regards,
Events Team
The Granville Hotel"""
    add("kv1", me, [kevin], "2026-04-27 12:40", cc=[aisling],
        subject="Fwd: Booking confirmation - Private Function, Saturday 16 May 2026",
        body=fwd_text, sig=False)
    add("kv2", kevin, [me], "2026-04-27 19:22", cc=[aisling],
        body="""Legend. I'll do the cake, Ash can you do the photos? Don't tell Da!!""",
        parent="kv1")
    add("kv3", aisling, [me, kevin], "2026-04-28 07:45",
        body="""On it!! Send me any old photos ye have, scan them or just take a pic on your phone. Wish I could be there, I'll FaceTime in xx""",
        parent="kv2")
    add("kv4", me, [kevin, aisling], "2026-04-28 21:30",
        """Will root out the albums at the weekend. Final numbers to the hotel by the Wednesday before - Kev can you get a headcount from Auntie Bríd's lot?

N""", parent="kv3", sig=False)
    case.thread("kv1", False, None, None,
                "family: a forwarded hotel booking for their father's 70th")

    add("as1", aisling, [me], "2026-05-02 09:10", subject="call tmrw?",
        body="""Hey sis, call tomorrow? I'm free from 7pm here which is 10am yours. Want to hear all about the interviews!! xx""")
    add("as2", me, [aisling], "2026-05-02 11:40",
        """10 is perfect, I'll be up. Talk then xx""", parent="as1", sig=False)
    case.thread("as1", False, None, None, "sister in Melbourne arranging a family call")

    roisin = P("Róisín Keogh", "roisinkeogh@gmail.com")
    add("rk1", roisin, [me], "2026-05-06 13:15", subject="Drinks Friday?",
        body="""Drinks Friday?? Grogan's at 7? Also you have to tell me how the interview went yesterday, the Teams one. And the tech one is TODAY isn't it?! Good luck!!!""")
    add("rk2", me, [roisin], "2026-05-06 13:40",
        """Yes please, I'll need it! Interview yesterday was grand I think, hard to tell on Teams. Tech call at 5. Will fill you in Friday x""",
        parent="rk1", sig=False)
    add("rk3", roisin, [me], "2026-05-08 16:10",
        """Running 20 mins late sorry!! Get me a glass of white x""", parent="rk2")
    case.thread("rk1", False, None, None,
                "a friend; drinks on Friday; asks about the interviews (job words, nothing owed)")

    # ---- GAA club
    lotto = P("Clann Bhríde GAA", "lotto@clannbhride.ie", style="auto", auto=True)
    for key, when, nums, jackpot, winners in [
            ("lo1", "2026-03-23 21:30", "4, 11, 19, 27", "EUR 9,400",
             "Lucky dips of EUR 50: Máire Ní Chonaill, the Doyle family (Parkview), Tommy Ryan"),
            ("lo2", "2026-04-27 21:30", "2, 8, 23, 30", "EUR 10,600",
             "Lucky dips of EUR 50: Seánie Kavanagh, Orla & Pat Moran, Niamh Gallagher")]:
        t = """Clann Bhríde GAA Club Lotto

Numbers drawn: %s
No jackpot winner. Next week's jackpot: %s

%s

Play online at clannbhride.ie/lotto. Every euro goes back into the club - thanks for your support!

Clann Bhríde GAA, Dublin 15""" % (nums, jackpot, winners)
        add(key, lotto, [me], when, subject="Club Lotto results - jackpot now %s" % jackpot,
            body=t, html=html_of(t), headers=bulk("<lotto.clannbhride.ie>",
                                                  "https://clannbhride.ie/lotto/unsubscribe"))
        case.thread(key, False, None, "Clann Bhríde GAA", "club lotto results (bulk)")

    paudie = P("Paudie Hegarty", "paudie.hegarty@gmail.com")
    paudie_cal = P("Paudie Hegarty", "paudie.hegarty@gmail.com", style="gcal")
    una = P("Úna Breen", "unabreen22@gmail.com")
    blitz_ics = make_ics(method="REQUEST", uid=uid_google(NAME, "blitz"),
                         stamp=A("2026-04-18 09:30"), start=A("2026-04-25 10:00"),
                         end=A("2026-04-25 13:00"), summary="U12 Camogie Blitz - Clann Bhríde",
                         organizer=paudie_cal,
                         attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"),
                                    (una, "ACCEPTED", "INDIVIDUAL")],
                         tzid="Europe/Dublin", location="Clann Bhríde GAA grounds, pitch 2",
                         description="Blitz: 4 teams. Niamh - half 10 game vs Castleknock "
                                     "Gaels. Úna - 11.30 game. Bibs and cones in the container.")
    add("bz1", paudie_cal, [me, una], "2026-04-18 09:31",
        subject="Invitation: U12 Camogie Blitz - Clann Bhríde @ Sat 25 Apr 2026 10am - 1pm (IST) "
                "(niamh.gallagher@example.ie)",
        body="""Paudie Hegarty has invited you to an event.

U12 Camogie Blitz - Clann Bhríde
When: Saturday 25 Apr 2026 10am - 1pm (Irish Standard Time - Dublin)
Where: Clann Bhríde GAA grounds, pitch 2
Guests: Paudie Hegarty (organiser), Niamh Gallagher, Úna Breen

Blitz: 4 teams. Niamh - half 10 game vs Castleknock Gaels. Úna - 11.30 game. Bibs and cones in the container.

Going? Yes - Maybe - No

Invitation from Google Calendar""", ics=blitz_ics, headers=GCAL)
    add("bz2", me, [paudie], "2026-04-18 11:00",
        """Grand Paudie, I'll take the half 10 one. Can someone else do the oranges, I'm coming straight from the shop.

Niamh""", parent="bz1", sig=False)
    add("bz3", paudie, [me, una], "2026-04-18 12:15",
        """Sound. Úna's mam is doing oranges. See ye Saturday. P""", parent="bz2")
    case.thread("bz1", False, None, "Clann Bhríde GAA",
                "Google Calendar invite for an under-12 camogie blitz she coaches")
    case.meeting("bz1", A("2026-04-25 10:00"), A("2026-04-25 13:00"),
                 met=["paudie.hegarty@gmail.com", "unabreen22@gmail.com"], job=False,
                 what="camogie blitz")

    gaa_news = P("Clann Bhríde GAA", "news@clannbhride.ie", style="auto", auto=True)
    t = """Clann Bhríde GAA - Club Notes, May 2026

* Table quiz in the clubhouse, Friday 22nd May, 8pm. Tables of four, EUR 40. All proceeds to the new dressing rooms.
* Juvenile registration for summer camps is open - Cúl Camp week of 6th July.
* Congratulations to our U14 footballers, Division 3 league winners!
* Coaches: Safeguarding 1 refresher on Tuesday 19th May, 7pm. Contact the club secretary to book.

Up the Bhríde!"""
    add("gn1", gaa_news, [me], "2026-05-04 19:00", subject="Club Notes - May 2026",
        body=t, html=html_of(t, "Club Notes"),
        headers=bulk("<news.clannbhride.ie>", "https://clannbhride.ie/news/unsubscribe"))
    case.thread("gn1", False, None, "Clann Bhríde GAA", "club newsletter (bulk)")

    # ---- union
    pptu = P("Post-Primary Teachers' Union", "circulars@pptu.ie", style="auto", auto=True)
    for key, when, subj, t in [
            ("un1", "2026-04-01 17:00", "Circular 14/26: Annual Convention - motions passed and ballot",
             """Circular 14/26

To all members

Annual Convention 2026 will take place in Killarney from 7 to 9 April. Motions on class size, posts of responsibility and the administrative burden of the new Senior Cycle will be debated.

A ballot of members on the proposed agreement on posts of responsibility will open on 20 April and close on 8 May. Ballot papers will issue through school stewards.

General Secretary"""),
            ("un2", "2026-04-29 16:30", "Circular 17/26: Pay - implementation of the June increase",
             """Circular 17/26

To all members

The next increase under the public service pay agreement (1%) falls due on 1 June 2026 and will appear in salaries paid in late June, with arrears where appropriate.

Members on fixed-term or part-time contracts should check that their incremental credit has been applied correctly. Queries to your branch secretary.

General Secretary""")]:
        add(key, pptu, [me], when, subject=subj, body=t, html=html_of(t, subj),
            headers=bulk("<circulars.pptu.ie>", "https://pptu.ie/members/preferences"))
        case.thread(key, False, None, "Post-Primary Teachers' Union", "union circular (bulk)")

    dermot = P("Dermot Quigley", "dquigley.pptu@gmail.com",
               sig="Dermot Quigley\nBranch Secretary, Dublin North-West")
    add("br1", dermot, [me], "2026-04-16 20:45",
        subject="Branch meeting Wed 22nd April - ballot briefing",
        body="""Hi all,

Branch meeting on Wednesday 22nd April at 7.30pm in the Ashtown Inn, function room upstairs. Main item is the briefing on the posts of responsibility ballot. School stewards especially, please try to make it.

Dermot""")
    add("br2", me, [dermot], "2026-04-21 21:50",
        """Hi Dermot,

Apologies from me for Wednesday - I've something on that evening. I'll pick up the ballot papers from our steward.

Niamh""", parent="br1", sig=False)
    case.thread("br1", False, None, "Post-Primary Teachers' Union",
                "union branch meeting; she sends apologies")

    # ---- bank, bills, receipts
    bank = P("Harbour Bank", "alerts@harbourbank.ie", style="auto", auto=True)
    for key, when, subj, t in [
            ("bk1", "2026-03-27 06:10", "Your March eStatement is ready",
             """Dear Customer,

Your eStatement for current account ending 4471 for the period ending 26/03/2026 is now available to view in Harbour Bank Online and the Harbour app.

For your security we will never ask you for your PIN or full password by email.

Harbour Bank"""),
            ("bk2", "2026-04-24 06:05", "Payment received into your account",
             """Dear Customer,

A payment of EUR 2,874.16 from DEPT OF EDUCATION SALARIES was credited to current account ending 4471 on 23/04/2026.

Harbour Bank""")]:
        add(key, bank, [me], when, subject=subj, body=t, html=html_of(t, subj), html_only=True,
            headers=AUTO)
        case.thread(key, False, None, "Harbour Bank", "bank notification")

    books = P("Page & Quill Books", "orders@pageandquill.ie", style="auto", auto=True)
    t = """Thanks for your order, Niamh!

Order PQ-208841 - placed 18/04/2026

1 x Project Maths: Higher Level Leaving Certificate Exam Papers 2026 - EUR 16.95
1 x Physics Practical Workbook (new specification) - EUR 14.50
Delivery: Free (orders over EUR 30)... EUR 0.00
Total: EUR 31.45

Estimated delivery: Tuesday 21/04/2026 to Thursday 23/04/2026.

Page & Quill Books, Camden Street, Dublin 2"""
    add("rc1", books, [me], "2026-04-18 15:02", subject="Your Page & Quill order PQ-208841",
        body=t, html=html_of(t), headers=AUTO)
    case.thread("rc1", False, None, "Page & Quill Books", "book order receipt")

    energy = P("Brightgrid Energy", "billing@brightgrid.ie", style="auto", auto=True)
    t = """Hi Niamh,

Your electricity bill for 03/03/2026 to 02/05/2026 is ready.

Amount due: EUR 164.22
This will be collected by direct debit on or after 19/05/2026.

Log in to your account to view the full bill.

Brightgrid Energy"""
    add("rc2", energy, [me], "2026-05-05 08:00", subject="Your Brightgrid bill is ready",
        body=t, html=html_of(t), html_only=True, headers=AUTO)
    case.thread("rc2", False, None, "Brightgrid Energy", "electricity bill")

    air = P("Skyline Air", "bookings@skylineair.example.com", style="auto", auto=True,
            msgid_domain="mta.skylineair.example.com")
    t = """Booking confirmed - reference K7QZ2M

Passenger: Ms Niamh Gallagher

Outbound: Dublin (DUB) to Lisbon (LIS), Saturday 4 July 2026, dep 06:35, arr 09:55
Return: Lisbon (LIS) to Dublin (DUB), Saturday 11 July 2026, dep 18:40, arr 21:10

Fare incl. taxes: EUR 248.98
1 x 20kg checked bag

Online check-in opens 24 hours before departure."""
    add("rc3", air, [me], "2026-04-11 10:47", subject="Your booking confirmation K7QZ2M",
        body=t, html=html_of(t), headers=AUTO)
    case.thread("rc3", False, None, "Skyline Air", "flight booking for the summer")

    transit = P("TransitCard", "no-reply@transitcard.ie", style="auto", auto=True)
    t = """Auto top-up complete

Card ending 0392 has been topped up by EUR 20.00.
Payment: Visa ending 1187
Date: 30/04/2026 07:52

Manage your card at transitcard.ie"""
    add("rc4", transit, [me], "2026-04-30 07:53", subject="TransitCard: auto top-up of EUR 20.00",
        body=t, headers=AUTO)
    case.thread("rc4", False, None, "TransitCard", "travel card top-up receipt")

    # ---- job boards (full of job words, owing nothing)
    sp = P("SchoolPosts.ie", "alerts@schoolposts.ie", style="auto", auto=True)
    for key, when, posts in [
            ("jb1", "2026-03-30 07:00", [
                "Castlebrook Community School, Dublin 24 - Teacher of Mathematics with Physics "
                "(permanent, whole-time). Closing date 10/04/2026. Interviews expected late April.",
                "Coláiste Mhuire Naofa, Dublin 11 - Teacher of Mathematics (fixed-term). Closing "
                "03/04/2026.",
                "Rosemount Community College, Dublin 22 - Teacher of Physics & Mathematics. "
                "Closing 14/04/2026."]),
            ("jb2", "2026-04-13 07:00", [
                "Gaelcholáiste an Chnoic, Dublin 16 - Múinteoir Matamaitice agus Fisice "
                "(buan). Closing 20/04/2026. Candidates may be invited to visit the school.",
                "Larkhill College, Dublin 9 - Physics (0.5) and Mathematics. Closing 16/04/2026.",
                "Liffey ETB - Teacher of Mathematics and Physics (panel). Apply online."]),
            ("jb3", "2026-05-11 07:00", [
                "St. Oliver's Secondary School, Dublin 5 - Teacher of Applied Mathematics "
                "(0.4 fixed-term). Closing 18/05/2026. Interviews week of 25th May.",
                "Scoil Éanna, Dublin 12 - Teacher of Mathematics (permanent). Closing 22/05/2026.",
                "Ballygall Educate Together SS - Teacher of Science with Physics. Shortlisted "
                "candidates will be notified by email."])]:
        t = ("SchoolPosts.ie - your job alert\n\nNew posts matching: Mathematics, Physics | "
             "Dublin\n\n" + "\n\n".join("* " + p for p in posts) +
             "\n\nApply early - many schools shortlist as applications arrive.\n\nManage "
             "alerts: schoolposts.ie/alerts")
        add(key, sp, [me], when, subject="%d new teaching posts match your alert" % len(posts),
            body=t, html=html_of(t, "Job alert"),
            headers=bulk("<alerts.schoolposts.ie>", "https://schoolposts.ie/alerts/unsubscribe"))
        case.thread(key, False, None, "SchoolPosts.ie", "job-board alert; nothing owed")

    ch = P("CareerHub", "jobs-noreply@careerhub.ie", style="auto", auto=True)
    for key, when, posts in [
            ("ch1", "2026-04-06 18:00", [
                "Customer Onboarding Specialist (EMEA, Remote - Ireland) - Numera Learning",
                "Customer Success Manager, Education - Tallyworks - Dublin 2",
                "Implementation Consultant (ex-teachers welcome) - Classnote - Hybrid"]),
            ("ch2", "2026-05-04 18:00", [
                "Customer Success Manager (Schools) - Cogwheel Learning - Dublin 2",
                "Account Manager, K-12 - Brainward - Remote",
                "Teacher Success Lead - Mathsbase - Dublin"])]:
        t = ("Jobs you may be interested in, Niamh\n\nBased on your profile: Customer Success, "
             "Education Technology, Dublin\n\n" + "\n".join("- " + p for p in posts) +
             "\n\nRecruiters are viewing profiles like yours. Update your CV to stand out.\n\n"
             "CareerHub, Dublin")
        add(key, ch, [me], when, subject="New jobs for you: Customer Success in Dublin",
            body=t, html=html_of(t), html_only=True,
            headers=bulk("<jobs.careerhub.ie>", "https://careerhub.ie/settings/alerts"))
        case.thread(key, False, None, "CareerHub", "job-board alert; nothing owed")

    # ---- newsletters and misc
    mtn = P("Maths Teachers' Network", "newsletter@mathsteachers.ie", style="auto", auto=True)
    t = """Maths Teachers' Network - April newsletter

Spring meeting: thanks to everyone who came to the Dublin spring meeting. Slides from all three talks are now online, including Ciara Fogarty's "What I learned rolling out a platform across 40 schools".

Resources: new Leaving Cert probability tasks, and a bank of Junior Cycle classroom-based assessment exemplars.

Dates: summer course "Teaching statistics with real data", 29 June to 3 July (EPV days approved).

See you in the autumn!"""
    add("nw1", mtn, [me], "2026-04-14 18:30", subject="MTN April newsletter: spring meeting slides",
        body=t, html=html_of(t, "MTN newsletter"),
        headers=bulk("<newsletter.mathsteachers.ie>", "https://mathsteachers.ie/unsubscribe"))
    case.thread("nw1", False, None, "Maths Teachers' Network", "subject association newsletter")

    ac = P("Áras Chonamara", "cursai@araschonamara.ie", style="gmail",
           sig="Áras Chonamara\nAn Spidéal, Co. na Gaillimhe\n091 555 0142")
    add("ga1", ac, [me], "2026-04-02 11:15", subject="Deimhniú áirithinte - Cúrsa Gaeilge do Mhúinteoirí",
        body="""A Niamh, a chara,

Go raibh maith agat as do chlárú ar an gcúrsa "Gaeilge sa Seomra Ranga" do mhúinteoirí iar-bhunscoile. Seo iad na sonraí:

Dátaí: 13 - 17 Iúil 2026
Áit: Áras Chonamara, An Spidéal
Táille: EUR 195 (íoctha)
Lóistín: le teaghlach, An Spidéal

Seolfar clár an chúrsa chugat i mí an Mheithimh.

Le dea-mhéin,""")
    add("ga2", me, [ac], "2026-04-02 20:40",
        """A chara,

Go raibh míle maith agat. An bhfuil aon seans go mbeadh seomra singil ar fáil sa lóistín?

Le meas,
Niamh""", parent="ga1", sig=False)
    add("ga3", ac, [me], "2026-04-03 09:50",
        """A Niamh,

Cinnte - tá seomra singil curtha in áirithe duit. Feicfimid thú i mí Iúil!""", parent="ga2")
    case.thread("ga1", False, None, "Áras Chonamara",
                "Irish-language summer course booking, in Irish")

    tc = P("The Teaching Council", "registration@teachingcouncil.example.ie", style="auto",
           auto=True)
    t = """Dear Niamh Gallagher,

Your annual registration renewal fee of EUR 65 falls due on 30/06/2026. If you pay by salary deduction, no action is needed.

Registration No.: 0000000

The Teaching Council"""
    add("tc1", tc, [me], "2026-05-07 09:00", subject="Annual registration renewal", body=t,
        html=html_of(t), html_only=True, headers=AUTO)
    case.thread("tc1", False, None, "The Teaching Council", "registration renewal notice")

    nct = P("Car Test Centre", "reminders@cartestcentre.ie", style="auto", auto=True)
    t = """Your car test is due

Vehicle: 161-D-xxxx
Test due by: 30/06/2026

Book online at cartestcentre.ie. Please bring your vehicle registration certificate to the test."""
    add("ct1", nct, [me], "2026-04-08 12:00", subject="Reminder: your car test is due by 30/06/2026",
        body=t, html=html_of(t), headers=AUTO)
    case.thread("ct1", False, None, "Car Test Centre", "car test reminder")

    # ---- the morning of `now`: a few unread messages
    add("fm4", mam, [me], "2026-05-13 10:12", subject="Saturday",
        body="""Hi love,

Kevin says the hotel wants final numbers by today, did you ring them? Also did you decide about the school in Dundrum? Daddy says take it, a job is a job, but you do what's right for you.

Mam xx

Sent from my iPad""")
    case.thread("fm4", False, None, None, "her mother about the 70th and the fixed-term offer")
    t = """Dear Parent/Guardian and Staff,

Summer examinations for 1st, 2nd, 4th and 5th Years begin on Monday 25th May. The timetable is attached to this notice in the SchoolHub app.

Students should bring their own calculators and mathematical sets; these cannot be shared in the exam hall.

Ardglas Community College

This message was sent via SchoolHub. Please do not reply."""
    add("pt2", ardglas_sys, [me], "2026-05-13 08:30",
        subject="Summer examinations timetable - 1st, 2nd, 4th and 5th Years",
        body=t, html=html_of(t), headers=bulk("<notices.schoolhub.ie>",
                                             "https://schoolhub.ie/u/ardglas/notices"))
    case.thread("pt2", False, None, "Ardglas Community College", "school notice: exam timetable")
    add("rk4", roisin, [me], "2026-05-13 12:50", subject="Fri night",
        body="""That was some night. Did the agency lad ring you back yet? Also we need to talk about Ashgrove, call me later xx""")
    add("rk5", me, [roisin], "2026-05-13 13:05",
        """Not yet! Will ring you after school x

Sent from my iPhone""", parent="rk4", sig=False)
    case.thread("rk4", False, None, None,
                "a friend asks about the recruiter and the offer (job words, nothing owed)")

    case.summary = SUMMARY
    return case


SUMMARY = ("Niamh Gallagher has taught maths and physics at Ardglas Community College in Dublin 15 for nine years. She is applying for posts at other schools, for a post-primary inspector competition run by the State Recruitment Service, and, on a career-change track, for customer-success roles in education technology. The mailbox runs from Monday 23 March to Wednesday 13 May 2026, 16:40 IST, across Ireland's change to summer time on 29 March, the Easter holidays and the 4 May bank holiday. School interviews are board-of-management interviews: Castlebrook's secretary moved Niamh's interview earlier and cc'd the principal, who was never thanked, then relayed 'we aim to contact every candidate by Wednesday 13th May' (still open). St. Declan's set a demonstration lesson and a board interview, and one note thanked the principal and deputy together; the principal's 'by the end of next week' lapsed. Kilbride ETSS held a Teams board interview (Outlook invite, 'GMT Standard Time') that nobody was thanked for, then sent a gentle rejection. Larkhill's principal, thanked in a new thread, said a decision 'will be communicated to all candidates the following week' after a board meeting, and nothing came. Ashgrove's interview was thanked and an offer followed. Gaelcholáiste an Chnoic, writing partly in Irish, asked for a school visit first ('Thursday works'); it was thanked and the interview is ahead. Glenmoor postponed its interview past now; Rosemount cancelled (ICS CANCEL). The State Recruitment Service sends only automated mail, apart from a liaison officer; its interview board is never named, and its 'within 10 working days' has lapsed. On the edtech side, a former colleague introduced her to Cogwheel Learning: a coffee (thanked in a new thread), a video conversation with the head of customer success (slot picked from three and never thanked; a note to the introducer thanks him instead), a talent partner who mentions other candidates, and a GoodTime panel still ahead. There is also a fifteen-minute call with Classnote, thanked only beforehand; Numera Learning, a Lever phone screen in Boston time, thanked, with 'within the next couple of weeks' lapsed; Mathsbase, a Calendly chat where the founder did not show, rebooked; and an agency recruiter whose 'early next week' is still open. The noise is her own school (an interview board where she is the interviewer, a parent meeting, a parent-teacher evening, mock results, a yard-duty swap), union circulars, Olympiad and course results, the GAA club (lotto, a Google Calendar blitz, notes), family (a forwarded hotel booking for her father's 70th, a sister in Melbourne), a friend, a GP (an ICS and a kept 'ring you by Friday'), an Irish-language course, the bank, bills, receipts and job-board alerts. 66 threads (28 job search), 141 messages, `now` = `2026-05-13T16:40:00+01:00`.")

if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
