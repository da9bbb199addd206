"""The facts the other kinds of follow-up read (tests/cases/KINDS.md), inferred from small
hand-made threads: applications, the user's own promises, automatic replies and their return
days, people met whose address is nowhere, networking meetings; each with its evidence."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

import pytest

from daemon.explain import explain_thread
from daemon.infer.applications import is_resume
from daemon.infer.autoreply import is_auto_reply
from daemon.infer.facts import infer_facts
from daemon.infer.people import Identity
from daemon.model import Address, AttachmentInfo, Message, Thread, ThreadFacts

TZ = zoneinfo.ZoneInfo("America/Chicago")
ME = Identity(frozenset({"jordan@example.net"}), name="Jordan Lee")
JORDAN = Address("jordan@example.net", "Jordan Lee")
DANA = Address("dana.ruiz@acme-robotics.example", "Dana Ruiz")
AMY = Address("amy.cole@acme-robotics.example", "Amy Cole")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # a Monday


def message(
    n: int,
    sender: Address,
    text: str,
    to: tuple[Address, ...] = (JORDAN,),
    subject: str = "Acme Robotics – Data Analyst",
    hours: float = 0,
    automated: bool = False,
    attachments: tuple[AttachmentInfo, ...] = (),
) -> Message:
    return Message(
        account="a",
        folder="INBOX",
        ref=str(n),
        message_id=f"<m{n}@x>",
        subject=subject if n == 0 else "Re: " + subject,
        date=T0 + timedelta(hours=hours),
        sender=sender,
        to=to,
        text=text,
        in_reply_to=f"<m{n - 1}@x>" if n else None,
        automated=automated,
        attachments=attachments,
    )


def facts_of(*messages: Message, days: float = 20) -> ThreadFacts:
    [f] = infer_facts([Thread(messages[0].message_id, messages)], ME, TZ, T0 + timedelta(days))
    return f


CV = AttachmentInfo("Jordan_Lee_CV_2026.pdf", "application/pdf")


def test_a_resume_sent_to_a_person_is_an_application() -> None:
    f = facts_of(
        message(
            0, JORDAN, "Hello Dana,\n\nAs discussed, here it is.", to=(DANA,), attachments=(CV,)
        )
    )
    [ap] = f.applications
    assert (ap.to, ap.message_id) == (DANA, "<m0@x>")
    assert "Jordan_Lee_CV_2026.pdf" in ap.evidence
    assert "application: to dana.ruiz@" in explain_thread(f, [], T0, TZ)


@pytest.mark.parametrize(
    "words",
    [
        "I would like to be considered for the Data Analyst role.",
        "Please find attached my application for the analyst position.",
        "Hiermit bewerbe ich mich um die Stelle als Data Analyst.",
        "Je vous adresse ma candidature pour le poste d'analyste.",
        "Me gustaría postularme a la vacante de analista de datos.",
    ],
)
def test_words_that_apply_are_an_application(words: str) -> None:
    f = facts_of(message(0, JORDAN, f"Hello,\n\n{words}\n\nJordan", to=(DANA,)))
    assert [a.to for a in f.applications] == [DANA]


@pytest.mark.parametrize(
    "words",
    [
        "I am following up on my application for the Data Analyst role.",
        "I have applied through your portal and wanted to say hello.",
    ],
)
def test_talk_about_an_application_is_not_one(words: str) -> None:
    f = facts_of(message(0, JORDAN, f"Hello,\n\n{words}\n\nJordan", to=(DANA,)))
    assert f.applications == ()


def test_a_new_version_of_the_cv_in_an_answered_exchange_is_no_new_application() -> None:
    f = facts_of(
        message(0, JORDAN, "Hello Dana, my CV is attached.", to=(DANA,), attachments=(CV,)),
        message(1, DANA, "Thanks Jordan, I've sent it to the client.", hours=30),
        message(
            2, JORDAN, "As discussed, the new version.", to=(DANA,), attachments=(CV,), hours=50
        ),
    )
    assert [a.message_id for a in f.applications] == ["<m0@x>"]


def test_a_schools_meeting_with_parents_is_not_job_search() -> None:
    teacher = Address("lim_mei_ling@kembangan.example", "Mrs Lim Mei Ling")
    f = facts_of(
        message(
            0,
            teacher,
            "Dear Mr and Mrs Lee,\n\nThe Meet-the-Parents session will be held on Friday, 6 "
            "March. Your slot to meet me regarding Ethan's progress is 5:20pm.\n\nMrs Lim Mei "
            "Ling\nForm Teacher, P3 Integrity",
            subject="P3 Integrity – Meet-the-Parents Session",
        ),
        message(
            1,
            JORDAN,
            "Thank you, 5:20pm on Friday works for us.",
            to=(teacher,),
            subject="P3 Integrity – Meet-the-Parents Session",
            hours=5,
        ),
    )
    assert not f.job_related


def test_a_jobs_mailbox_is_nobody_to_follow_up_with() -> None:
    careers = Address("careers@acme-robotics.example", "Acme Careers")
    f = facts_of(message(0, JORDAN, "My CV is attached.", to=(careers,), attachments=(CV,)))
    assert f.applications == ()


@pytest.mark.parametrize(
    ("name", "resume"),
    [
        ("Jordan_Lee_CV.pdf", True),
        ("Resume - Jordan Lee.docx", True),
        ("Lebenslauf_Lee.pdf", True),
        ("cover-letter.pdf", True),
        ("hoja de vida.pdf", True),
        ("portfolio.pdf", False),
        ("CVS_receipt.pdf", False),
    ],
)
def test_resume_file_names(name: str, resume: bool) -> None:
    assert is_resume(name) is resume


def test_the_users_own_dated_promise_is_made_to_the_first_person_addressed() -> None:
    f = facts_of(
        message(
            0, DANA, "Thanks for your time at the interview today. Could you send two references?"
        ),
        message(
            1,
            JORDAN,
            "Thank you, Dana. I'll send you my references by Friday.",
            to=(DANA, AMY),
            hours=3,
        ),
    )
    [p] = f.own_promises
    assert (p.made_by, p.made_to, p.last_day) == (JORDAN, DANA, "2026-03-06")
    assert f.promises == ()  # the user's promise is not one of theirs
    assert "your promise: to dana.ruiz@" in explain_thread(f, [], T0, TZ)


@pytest.mark.parametrize(
    "sentence",
    [
        "You will hear from me soon.",  # no day
        "I look forward to hearing from you by Friday.",  # their news, not the user's
        "I'll give you a call on Thursday.",  # a call: nothing to draft
        "I will follow up with Amy Cole next week.",  # owed to Amy, not to Dana
    ],
)
def test_not_own_promises(sentence: str) -> None:
    f = facts_of(
        message(0, DANA, "Great to talk today about the analyst role."),
        message(1, JORDAN, f"Thank you, Dana. {sentence}", to=(DANA,), hours=3),
    )
    assert f.own_promises == ()


def test_an_out_of_office_is_an_automatic_reply_with_its_return_day() -> None:
    f = facts_of(
        message(0, DANA, "I'll get back to you by Wednesday about next steps."),
        message(1, JORDAN, "Thank you, looking forward to it.", to=(DANA,), hours=24),
        message(
            2,
            DANA,
            "Thank you for your email. I am out of the office until 16 March with limited "
            "access to email.",
            subject="Automatic reply: Acme Robotics – Data Analyst",
            hours=24.01,
            automated=True,
        ),
    )
    [r] = f.auto_replies
    assert (r.sender, r.back) == (DANA, "2026-03-16")
    assert [p.message_id for p in f.promises] == ["<m0@x>"]  # the auto-reply promises nothing
    assert "automatic reply from dana.ruiz@" in explain_thread(f, [], T0, TZ)


@pytest.mark.parametrize(
    ("subject", "text", "automated", "auto"),
    [
        ("Abwesenheitsnotiz: Ihre Bewerbung", "Ich bin bis 16.03. nicht im Büro.", False, True),
        ("Réponse automatique : Candidature", "Je suis absente jusqu'au 16 mars.", False, True),
        ("Re: Next steps", "I'm out of the office until Monday.", True, True),
        ("Re: Next steps", "I'm out of the office until Monday.", False, False),  # a person
        ("Your application", "We received your application.", True, False),  # an ack
    ],
)
def test_what_is_an_automatic_reply(subject: str, text: str, automated: bool, auto: bool) -> None:
    m = message(0, DANA, text, subject=subject, automated=automated)
    assert is_auto_reply(m) is auto


def test_someone_named_for_the_meeting_without_an_address_is_unknown() -> None:
    f = facts_of(
        message(
            0,
            AMY,
            "Hi Jordan,\n\nCould you do Wednesday, March 4 at 10:00 am for the interview? "
            "You'll meet Dana Ruiz and Sam Ito, our analytics lead.\n\nAmy Cole\nRecruiting "
            "Coordinator",
        ),
        message(1, JORDAN, "Wednesday at 10:00 am works for me.", to=(AMY,), hours=1),
        message(2, DANA, "Looking forward to Wednesday.", hours=2, to=(JORDAN,)),
        days=3,
    )
    [m] = f.meetings
    assert [a.email for a in m.attendees] == [DANA.email]
    assert (m.unknown, m.arranged_by) == (("Sam Ito",), AMY)
    assert "met without an address: Sam Ito" in explain_thread(f, [], T0, TZ)


def test_a_name_whose_address_is_written_elsewhere_is_not_unknown() -> None:
    elsewhere = message(
        9, AMY, "Sam Ito (sam.ito@acme-robotics.example) will host.", subject="Agenda", hours=0.5
    )
    invite = message(
        0,
        AMY,
        "Could you do Wednesday, March 4 at 10:00 am for the interview? You'll meet Sam Ito.",
    )
    accept = message(1, JORDAN, "Wednesday at 10:00 am works for me.", to=(AMY,), hours=1)
    threads = [Thread(invite.message_id, (invite, accept)), Thread("<m9@x>", (elsewhere,))]
    found = infer_facts(threads, ME, TZ, T0 + timedelta(days=3))
    assert all(m.unknown == () for f in found for m in f.meetings)


@pytest.mark.parametrize(
    "named",
    ["our Customer Success team", "the Payments Platform group", "at 10:00 AM ET", "Frau Kraus"],
)
def test_teams_roles_and_times_are_not_people(named: str) -> None:
    f = facts_of(
        message(
            0,
            AMY,
            f"Could you do Wednesday, March 4 at 10:00 am for the interview? You'll meet "
            f"{named}.\n\nAmy Cole\nRecruiting Coordinator",
        ),
        message(1, JORDAN, "Wednesday at 10:00 am works for me.", to=(AMY,), hours=1),
        message(2, Address("miriam.kraus@acme-robotics.example", "Miriam Kraus"), "Hi", hours=2),
        days=3,
    )
    assert all(m.unknown == () for m in f.meetings)


def test_a_coffee_is_a_networking_meeting() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Great to be introduced! Happy to share how I moved into analytics. Coffee on "
            "Wednesday, March 4 at 8:00 am?",
            subject="Coffee?",
        ),
        message(
            1,
            JORDAN,
            "Wednesday at 8:00 am works, see you then.",
            to=(DANA,),
            hours=1,
            subject="Coffee?",
        ),
        days=3,
    )
    assert f.category == "networking"
    assert [m.networking for m in f.meetings] == [True]


def test_people_named_without_an_address_are_met_not_whoever_set_the_time() -> None:
    olivia = Address("olivia.chen@harbourline.example", "Olivia Chen")
    f = facts_of(
        message(
            0,
            olivia,
            "Hi Jordan,\n\nMy client would like to interview you on Wednesday, March 4 at 2:00 "
            "pm. You'll meet Paul Desjardins and Lindsay Kerr.\n\nOlivia Chen\nSenior Recruiter",
        ),
        message(1, JORDAN, "Wednesday at 2:00 pm works for me.", to=(olivia,), hours=1),
        days=3,
    )
    [m] = f.meetings
    assert m.attendees == ()  # not the recruiter who set the time
    assert (m.unknown, m.arranged_by) == (("Paul Desjardins", "Lindsay Kerr"), olivia)


def test_a_meeting_room_is_never_met_even_when_the_mail_names_it() -> None:
    from daemon.model import Attendee, CalendarEvent

    room = Attendee("4f-lakeview@acme-robotics.example", "Acme - 4F Lakeview (8)", "ROOM")
    start = T0 + timedelta(days=2)
    invite = CalendarEvent(
        "uid-1",
        0,
        "REQUEST",
        "CONFIRMED",
        start,
        start + timedelta(hours=1),
        "Interview: Jordan Lee",
        None,
        (Attendee(DANA.email, DANA.name), room),
    )
    m0 = message(
        0,
        AMY,
        "Your interview is confirmed. Check in at reception and ask for the Lakeview room.",
        subject="Interview confirmed",
    )
    f = facts_of(Message(**{**m0.__dict__, "events": (invite,)}), days=3)
    assert [a.email for m in f.meetings for a in m.attendees] == [DANA.email]


def test_a_coffee_after_which_an_interview_is_mentioned_is_still_networking() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "Happy to tell you how I moved into analytics over coffee on "
            "Wednesday, March 4 at 8:00 am?",
            subject="Coffee?",
        ),
        message(1, JORDAN, "Wednesday at 8:00 am works!", to=(DANA,), hours=1, subject="Coffee?"),
        message(2, DANA, "Good luck with your interview next week!", hours=72, subject="Coffee?"),
        days=5,
    )
    assert [m.networking for m in f.meetings] == [True]


def test_a_recruiters_chat_about_a_role_is_not_networking() -> None:
    recruiter = Address("zainab@caldersearch.example", "Zainab Hussain")
    f = facts_of(
        message(
            0,
            recruiter,
            "Your name came up as we work on a confidential search. Could we have a coffee on "
            "Wednesday, March 4 at 8:00 am?\n\nZainab Hussain\nSearch Consultant",
            subject="A confidential search",
        ),
        message(
            1,
            JORDAN,
            "Wednesday at 8:00 am works.",
            to=(recruiter,),
            hours=1,
            subject="A confidential search",
        ),
        days=5,
    )
    assert f.meetings and not any(m.networking for m in f.meetings)


def test_a_rejection_is_written_to_the_candidate() -> None:
    f = facts_of(
        message(
            0,
            DANA,
            "We're hiring a Data Analyst and I'd love to tell you more. Could we "
            "talk on Wednesday, March 4 at 10:00 am?",
        ),
        message(1, JORDAN, "Wednesday at 10:00 am works for me.", to=(DANA,), hours=1),
        message(
            2,
            DANA,
            "Thank you for Wednesday's conversation. I've decided to go with a "
            "candidate who has more operations experience.",
            hours=80,
        ),
        days=5,
    )
    assert f.job_related and f.side == "candidate" and f.category == "rejection"
