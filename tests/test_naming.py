"""What a draft calls the company and the role, its subject, and the email it attaches."""

from __future__ import annotations

import email
import email.policy
import zoneinfo
from datetime import datetime
from email.message import EmailMessage

import pytest

from daemon.drafting.attach import earlier_email
from daemon.drafting.compose import draft_subject
from daemon.drafting.naming import (
    company_for,
    event_titles,
    names_only,
    naming,
    plain_subject,
    spells,
)
from daemon.infer.people import Identity, org_label
from daemon.model import Address, Thread
from daemon.parse import parse_message

TZ = zoneinfo.ZoneInfo("America/Chicago")
ME = Identity(frozenset({"greg.kowalczyk@outlook.com"}), name="Gregory Kowalczyk")
GREG = "Gregory Kowalczyk <greg.kowalczyk@outlook.com>"


def _raw(n: int, sender: str, to: str, subject: str, body: str, ics: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = f"Mon, {n + 1:02d} Mar 2026 09:00:00 -0500"
    msg["Message-ID"] = f"<m{n}@example.test>"
    if n:
        msg["References"] = " ".join(f"<m{i}@example.test>" for i in range(n))
        msg["In-Reply-To"] = f"<m{n - 1}@example.test>"
    msg.set_content(body)
    if ics:
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes(policy=email.policy.SMTP)


def _thread(*raws: bytes) -> Thread:
    msgs = tuple(
        parse_message(r, account="a", folder="INBOX", ref=str(i), default_tz=TZ)
        for i, r in enumerate(raws)
    )
    return Thread(msgs[0].message_id, msgs)


@pytest.mark.parametrize(
    ("subject", "plain"),
    [
        (
            "Re: Invitation: Panel interview @ Wed 18 Mar 2026 10:00 - 13:15 (GMT) (x@gmail.com)",
            "Panel interview",
        ),
        ("Re: New Event: Eli Navarro - 01:00pm Mon, Feb 23, 2026 - Intro call", "Eli Navarro"),
        (
            "Re: Ledgerline | SDE-1 | Round 2 (Hiring Manager) - 06/04/2026, 4 PM IST",
            "Ledgerline | SDE-1 | Round 2 (Hiring Manager)",
        ),
        (
            "Re: Interview confirmed: Logistics Analyst at Bluefin Insurance",
            "Logistics Analyst at Bluefin Insurance",
        ),
        (
            "Accepted: Conversation – G. Kowalczyk / K. O'Donnell",
            "Conversation – G. Kowalczyk / K. O'Donnell",
        ),
        (
            "Updated invitation: Lorraine / Arjun @ Mon Apr 13, 2026 9am - 10am (EDT) (l@x.com)",
            "Lorraine / Arjun",
        ),
        ("AW: Einladung: Gespräch @ Mi. 18. März 2026 10:00 - 11:00 (MEZ) (j@x.de)", "Gespräch"),
        ("Aktualisierte Einladung: Gespräch @ Di. 3. März 2026", "Gespräch"),
        ("Mis à jour : Entretien @ lun. 3 mars 2026", "Entretien"),
        ("RE: Invitación: Entrevista @ mar 10 mar 2026 10:00 (CST) (v@g.com)", "Entrevista"),
        ("Re: Prairie Loop – Product Data Analyst", "Prairie Loop – Product Data Analyst"),
    ],
)
def test_plain_subject_drops_what_calendars_add(subject: str, plain: str) -> None:
    assert plain_subject(subject) == plain


@pytest.mark.parametrize(
    ("label", "name", "spelt"),
    [
        ("acmerobotics", "Acme Robotics", True),
        ("alpinecu", "Alpine Credit Union", True),
        ("northfieldpkg", "Northfield Packaging", True),
        ("stmarys", "St. Mary's Medical Center", True),
        ("fieldnotehq", "Fieldnote", True),
        ("pvwa", "Platte Valley Water Authority", True),
        ("acme", "Acme Robotics Talk", False),
        ("harborandpine", "Harbor", False),
    ],
)
def test_an_address_spells_a_name_by_words_initials_and_shortenings(
    label: str, name: str, spelt: bool
) -> None:
    assert spells(label, name) is spelt


def test_the_company_is_the_one_the_thread_names_never_the_recruiter() -> None:
    thread = _thread(
        _raw(
            0,
            "Jane Doe <jane.doe@stmarys-boston.org>",
            GREG,
            "Charge Nurse opening",
            "Hi Greg,\n\nThanks for applying for the Charge Nurse role at St. Mary's Medical "
            "Center. Could you talk on Thursday?\n\nJane Doe\nTalent Partner\n",
        )
    )
    to = Address("jane.doe@stmarys-boston.org", "Jane Doe")
    assert company_for(thread, to, ME) == ("St. Mary's Medical Center", False)
    named = naming(thread, to, ME, "thank_you")
    assert named.role == "Charge Nurse"
    assert named.subject == "Charge Nurse opening" and named.subject_from_thread


def test_a_name_only_an_address_gives_is_a_guess() -> None:
    thread = _thread(
        _raw(0, "Kevin O'Donnell <kodonnell@northfieldpkg.com>", GREG, "Conversation", "Hi.")
    )
    to = Address("kodonnell@northfieldpkg.com", "Kevin O'Donnell")
    assert company_for(thread, to, ME) == ("Northfieldpkg", True)


def test_an_agency_recruiter_writing_of_a_named_client_gives_the_client() -> None:
    thread = _thread(
        _raw(
            0,
            "Dave Lindgren <dave@keystoneinterim.com>",
            GREG,
            "Interim-to-perm Controller",
            "Good news - they want to talk. Client is Cardinal Supply Co. Laura Pierce, their "
            "VP Finance, will call you Thursday.\n\n--\nDave Lindgren | Partner\nKeystone "
            "Interim Partners\n",
        )
    )
    for to in ("laura.pierce@cardinalsupplyco.com", "dave@keystoneinterim.com"):
        assert company_for(thread, Address(to), ME) == ("Cardinal Supply Co", False)


def test_a_search_firm_that_cannot_name_its_client_is_not_the_employer() -> None:
    thread = _thread(
        _raw(
            0,
            "Alasdair Ng <alasdair.ng@ridleykerr.example>",
            GREG,
            "Confidential – a conversation about commercial leadership",
            "I'm advising a Toronto-headquartered, private-equity-backed software business on "
            "its most senior commercial appointment.\n\nWith best regards,\nAlasdair\n"
            "Alasdair Ng\nPartner | Ridley Kerr Partners\n",
        )
    )
    to = Address("alasdair.ng@ridleykerr.example", "Alasdair Ng")
    assert company_for(thread, to, ME) == (None, False)


def test_only_notices_give_a_subject_built_from_the_role() -> None:
    thread = _thread(
        _raw(
            0,
            "Bluefin Insurance <no-reply@hire.lever.co>",
            GREG,
            "Interview confirmed: Logistics Analyst at Bluefin Insurance",
            "Your interview for Logistics Analyst at Bluefin Insurance has been scheduled.",
        )
    )
    named = naming(thread, Address("ana@bluefin.example"), ME, "thank_you")
    assert (named.company, named.role) == ("Bluefin Insurance", "Logistics Analyst")
    assert named.subject == "Thank you – Logistics Analyst interview"
    assert not named.subject_from_thread


def test_a_government_address_names_its_agency_not_its_state() -> None:
    # the Public Suffix List makes qld.gov.au one suffix, as co.uk is
    assert org_label("qmes.qld.gov.au") == "qmes"
    assert org_label("careers.tidewater.com.au") == "tidewater"
    assert org_label("tbs-sct.gc.ca") == "tbs-sct"
    thread = _thread(
        _raw(
            0,
            "Fiona Callaghan <fiona.callaghan@qmes.qld.gov.au>",
            GREG,
            "Interview – Senior Pharmacist (HTA) QLD/QMES/1427",
            "Dear Greg,\n\nPlease find the calendar invitation for your interview.\n\n"
            "Regards\n\nDr Fiona Callaghan\nDirector\nQueensland Medicines Evaluation Service"
            "\nQueensland Government\n",
        )
    )
    to = Address("kerry.ellis@qmes.qld.gov.au", "Kerry Ellis")
    assert company_for(thread, to, ME) == ("Queensland Medicines Evaluation Service", False)
    # initials written out where the thread spells them; a label that is initials, in capitals
    trades = _thread(
        _raw(
            0,
            "Hemi <hemi@totarabs.co.nz>",
            GREG,
            "Totara BS interview",
            "Totara Building Services is glad to meet you.\n\nHemi\nTotara Building Services\n",
        )
    )
    assert company_for(trades, Address("hemi@totarabs.co.nz"), ME) == (
        "Totara Building Services",
        False,
    )
    alone = _thread(_raw(0, "Raj <rajiv.menon@infc.gc.ca>", GREG, "Next steps", "Hello."))
    assert company_for(alone, Address("rajiv.menon@infc.gc.ca"), ME) == ("INFC", True)


ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\n"
    "DTSTART:20260318T150000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_attached_invitation_loses_its_calendar_part() -> None:
    raw = _raw(0, "Ana <ana@bluefin.example>", GREG, "Interview", "See you then.", ics=ICS)
    earlier = earlier_email(raw, "<m0@example.test>")
    assert earlier.data is not None
    inner = email.message_from_bytes(earlier.data, policy=email.policy.default)
    assert [p.get_content_type() for p in inner.walk()] == ["multipart/alternative", "text/plain"]
    assert b"VCALENDAR" not in earlier.data


def test_the_attachment_is_the_counterparts_last_substantive_message() -> None:
    from daemon.drafting.compose import earlier_message
    from daemon.followups.callback import CallbackFor
    from daemon.model import Followup, Promise, ThreadFacts

    long = "Thanks for coming in today. " * 8
    thread = _thread(
        _raw(0, "Mark Dunleavy <mdunleavy@halvorsen.example>", GREG, "Controller", long),
        _raw(1, GREG, "Mark Dunleavy <mdunleavy@halvorsen.example>", "Re: Controller", "Thanks!"),
        _raw(
            2,
            "Halvorsen <calendar-notification@halvorsen.example>",
            GREG,
            "Invitation: Controller @ Wed 18 Mar 2026",
            long,
        ),
    )
    to = Address("mdunleavy@halvorsen.example", "Mark Dunleavy")
    made = datetime(2026, 3, 1, tzinfo=TZ)
    promise = Promise(thread.id, to, "<m0@example.test>", made, "2026-03-06", made, "")
    due = datetime(2026, 3, 9, tzinfo=TZ)
    f = Followup("callback-1", "callback", thread.id, to, due, None, "due", "")
    f = Followup(**{**f.__dict__, "payload": CallbackFor(promise)})
    facts = ThreadFacts(thread, True, "interview", "Halvorsen", ())
    chosen = earlier_message(f, facts, thread.messages[-1], ME, datetime(2026, 3, 10, tzinfo=TZ))
    assert chosen.message_id == "<m0@example.test>"

    # a recruiter's note to the user alone ("she pinged me it went well…") is not attached to
    # a draft for the interviewer, who never saw it, while there is one they did see
    private = _thread(
        _raw(0, GREG, "Mark Dunleavy <mdunleavy@halvorsen.example>", "Controller", "Thanks."),
        _raw(
            1, "Dave <dave@keystoneinterim.example>", GREG, "Re: Controller", "She liked you. " * 9
        ),
    )
    facts = ThreadFacts(private, True, "interview", "Halvorsen", ())
    last = private.messages[-1]
    chosen = earlier_message(f, facts, last, ME, datetime(2026, 3, 10, tzinfo=TZ))
    assert chosen.message_id == private.messages[0].message_id

    # an interviewer on no message of a recruiter's thread: the recruiter's message that names
    # them, never the user's own debrief to the recruiter
    recruiter = "Dave <dave@keystoneinterim.example>"
    unseen = _thread(
        _raw(0, recruiter, GREG, "Controller", "A role at a distributor. " * 5),
        _raw(1, recruiter, GREG, "Re: Controller", "You'll meet Mark Dunleavy on Tuesday. " * 3),
        _raw(2, GREG, recruiter, "Re: Controller", "It went well, I think. Rate aside. " * 4),
    )
    facts = ThreadFacts(unseen, True, "interview", "Halvorsen", ())
    last = unseen.messages[-1]
    chosen = earlier_message(f, facts, last, ME, datetime(2026, 3, 10, tzinfo=TZ))
    assert chosen.message_id == unseen.messages[1].message_id

    # only calendar mail: the invitation they sent, not the user's "Accepted:" answer to it
    jess = "Jess Carrow <jess@kitebase.example>"
    calendar_only = _thread(
        _raw(0, jess, GREG, "Invitation: Greg / Jess @ Mon Apr 13", "You have been invited.", ICS),
        _raw(1, GREG, jess, "Accepted: Greg / Jess @ Mon Apr 13", "Greg has accepted this."),
    )
    to_jess = Address("jess@kitebase.example", "Jess Carrow")
    g = Followup(**{**f.__dict__, "to": to_jess})
    facts = ThreadFacts(calendar_only, True, "interview", "Kitebase", ())
    last = calendar_only.messages[-1]
    chosen = earlier_message(g, facts, last, ME, datetime(2026, 3, 10, tzinfo=TZ))
    assert chosen.message_id == calendar_only.messages[0].message_id


def test_a_draft_answers_a_person_by_their_subject_and_a_notice_by_a_persons() -> None:
    invite = _raw(
        0,
        "Google Calendar <calendar-notification@google.com>",
        GREG,
        "Invitation: Panel interview @ Wed 18 Mar 2026 10:00 - 13:15 (GMT) (greg@outlook.com)",
        "You have been invited.",
        ICS,
    )
    note = _raw(
        1, "Ana Ruiz <ana@bluefin.example>", GREG, "Re: Logistics Analyst next steps", "See you."
    )
    to = Address("ana@bluefin.example", "Ana Ruiz")
    thread = _thread(invite, note)
    calendar, person = thread.messages
    named = naming(thread, to, ME, "thank_you")
    # the person's message keeps its subject: a Gmail thread keeps the draft
    assert draft_subject(person, named, ME) == ("Re: Logistics Analyst next steps", True)
    # the notice's subject is never answered; the person's stands in, out of Gmail's thread
    assert draft_subject(calendar, named, ME) == ("Re: Logistics Analyst next steps", False)
    # a person's own invitation, with a subject they wrote, is answered as it is
    own = _thread(_raw(0, "Ana Ruiz <ana@bluefin.example>", GREG, "Interview Thursday", "Hi", ICS))
    [msg] = own.messages
    assert draft_subject(msg, naming(own, to, ME, "thank_you"), ME) == (
        "Re: Interview Thursday",
        True,
    )
    # with only notices, a subject of our own
    alone = _thread(invite)
    subject, threaded = draft_subject(alone.messages[0], naming(alone, to, ME, "thank_you"), ME)
    assert subject.startswith("Re: Thank you – ") and not threaded
    # a calendar's invitation from a person's own address: its event title is no subject
    sent = _raw(
        0,
        "Ana Ruiz <ana@bluefin.example>",
        GREG,
        "Invitation: Greg / Ana @ Wed 18 Mar 2026 10:00 - 11:00 (GMT) (greg@outlook.com)",
        "Invitation from Google Calendar",
        ICS,
    )
    titled = _thread(sent)
    subject, _ = draft_subject(titled.messages[0], naming(titled, to, ME, "thank_you"), ME)
    assert subject.startswith("Re: Thank you")
    # an organiser's calendar sends the event's title as the subject: no subject either
    title = "Interview: Gregory Kowalczyk - Records Manager"
    meeting_request = _raw(
        0,
        "Ana Ruiz <ana@bluefin.example>",
        GREG,
        title,
        "Ana Ruiz has invited you",
        ICS.replace("SUMMARY:Interview", f"SUMMARY:{title}"),
    )
    event = _thread(meeting_request)
    subject, threaded = draft_subject(event.messages[0], naming(event, to, ME, "thank_you"), ME)
    assert subject == "Re: Thank you – Records Manager interview" and not threaded
    # … nor where a person replied under it: the title is still the calendar's
    reply = _raw(1, GREG, "Ana Ruiz <ana@bluefin.example>", f"Re: {title}", "Accepted, thanks.")
    replied = _thread(meeting_request, reply)
    named = naming(replied, to, ME, "thank_you")
    subject, _ = draft_subject(replied.messages[1], named, ME, event_titles(replied))
    assert subject == "Re: Thank you – Records Manager interview"


@pytest.mark.parametrize(
    ("subject", "slug"),
    [
        ("Lorraine / Arjun", True),
        ("Catarina Lobo <> Arjun Pillai (Tanjong Pay)", True),
        ("Greg x Dana", True),
        ("Analytics Manager / Data Lead", False),
        ("Interview – Senior Pharmacist (HTA)", False),
        ("Coffee sometime?", False),
    ],
)
def test_a_calendar_title_of_names_is_no_subject(subject: str, slug: bool) -> None:
    assert names_only(subject) == slug
    thread = _thread(_raw(0, "Arjun <arjun@tessellate.example>", GREG, subject, "See you.", ICS))
    named = naming(thread, Address("arjun@tessellate.example", "Arjun"), ME, "thank_you")
    assert named.subject_from_thread == (not slug)


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        # a title in brackets after the candidate's name, with a comma inside it
        (
            "Calloway Brands - Second Round: Gregory Kowalczyk (Senior Counsel, Litigation & "
            "Investigations)",
            "Senior Counsel, Litigation & Investigations",
        ),
        (
            "Interview Scheduled: Vice President, Litigation Counsel (R-0048213)",
            "Vice President, Litigation Counsel",
        ),
        ("Jr. Developer (Contract) – Interview w/ Gregory Kowalczyk", "Jr. Developer"),
        (
            "Confirmed: Ops Analyst Interview (45 min) with Dana Ruiz on Monday, March 2",
            "Ops Analyst",
        ),
        (
            "Analyste des politiques (EC-05) – rencontre / Policy Analyst (EC-05) – meeting",
            "Policy Analyst",
        ),
        ("Strategy Manager at Calloway – quick conversation?", "Strategy Manager"),
        # what follows "Bewerbung als", "vaga de" is the title, whatever its last word
        (
            "Ihre Bewerbung als Entwicklungsingenieur Bremsregelsysteme (m/w/d) – KF-2026-0193",
            "Entwicklungsingenieur Bremsregelsysteme",
        ),
        ("Vaga de Analista de Dados – entrevista", "Analista de Dados"),
        # after a label's colon; after a competition's number (round 9)
        ("Confidential: FP&A Manager role - Series C fintech (Makati)", "FP&A Manager"),
        (
            "Calloway – Competition 26-031 Senior Engineer, Capital Works – Phone Screen",
            "Senior Engineer, Capital Works",
        ),
    ],
)
def test_the_role_is_read_from_the_ways_subjects_write_it(subject: str, role: str) -> None:
    body = "Hello,\n\nSpeak soon.\n\nDana Ruiz\nTalent Partner, Calloway Brands"
    thread = _thread(_raw(0, "Dana Ruiz <dana@callowaybrands.com>", GREG, subject, body))
    to = Address("dana@callowaybrands.com", "Dana Ruiz")
    assert naming(thread, to, ME, "thank_you").role == role


@pytest.mark.parametrize(
    ("subject", "body", "ics_title", "role"),
    [
        # the company, the title and the meeting's word as a subject's parts
        (
            "Luminar Pharma – MSL Cardiometabolic (Brisbane) – Interview",
            "Speak soon.",
            "",
            "MSL Cardiometabolic",
        ),
        # a round or a screen "for" a title, where a subject says nothing of it
        (
            "Next steps",
            "Final round for Senior Product Designer (merchant dashboard).",
            "",
            "Senior Product Designer",
        ),
        (
            "Catching up",
            "I have a Materials Manager seat opening up this summer.",
            "",
            "Materials Manager",
        ),
        # only the invitation's title names it, in brackets after the candidate's name
        (
            "Next steps",
            "See you then.",
            "Luminar Virtual Onsite - Greg Hill (Senior Backend Engineer)",
            "Senior Backend Engineer",
        ),
    ],
)
def test_the_role_is_read_from_the_body_and_the_invitation(
    subject: str, body: str, ics_title: str, role: str
) -> None:
    ics = ICS.replace("SUMMARY:Interview", f"SUMMARY:{ics_title}") if ics_title else ""
    raw = _raw(0, "Dana Ruiz <dana@luminarpharma.com>", GREG, subject, f"Hello,\n\n{body}", ics)
    to = Address("dana@luminarpharma.com", "Dana Ruiz")
    assert naming(_thread(raw), to, ME, "thank_you").role == role


def test_the_writers_own_job_is_not_the_role() -> None:
    body = "Hi Greg,\n\nI'm the Head of Design at Calloway Brands and would love to talk."
    thread = _thread(_raw(0, "Dana Ruiz <dana@callowaybrands.com>", GREG, "A conversation?", body))
    to = Address("dana@callowaybrands.com", "Dana Ruiz")
    assert naming(thread, to, ME, "thank_you").role is None


@pytest.mark.parametrize(
    "body",
    [
        "We have been retained by an Abu Dhabi group to find its next Chief Financial Officer.",
        "I am running a mandate for one of the Kingdom's established family groups.",
        "I'm working with the board of a UK-listed group on the succession to their FD.",
        "One of our portfolio companies, a cold-chain business, will need a Group CFO.",
    ],
)
def test_a_search_firm_writing_for_an_unnamed_client_is_not_the_employer(body: str) -> None:
    text = (
        f"Dear Greg,\n\n{body} Would you be open to a call?\n\nPriya Menon\nPrincipal | Ravensworth"
    )
    thread = _thread(
        _raw(0, "Priya Menon <priya.menon@ravensworth.com>", GREG, "Confidential", text)
    )
    to = Address("priya.menon@ravensworth.com", "Priya Menon")
    assert naming(thread, to, ME, "thank_you").company is None


@pytest.mark.parametrize(
    ("company", "written"),
    [
        ("Queensland Medicines Evaluation Service", "the Queensland Medicines Evaluation Service"),
        ("University of Leeds", "the University of Leeds"),
        ("Stanford University", "Stanford University"),
        ("Acme Robotics", "Acme Robotics"),
        ("The Bytown Institute", "The Bytown Institute"),
    ],
)
def test_a_company_named_by_what_it_is_takes_the(company: str, written: str) -> None:
    from daemon.drafting.compose import with_article

    assert with_article(company) == written


def test_a_job_sites_name_is_not_the_role() -> None:
    body = "Dear Dana,\n\nI saw your LinkedIn post about the UX Researcher opening on your team."
    thread = _thread(_raw(0, GREG, "Dana Ruiz <dana@callowaybrands.com>", "Application", body))
    to = Address("dana@callowaybrands.com", "Dana Ruiz")
    assert naming(thread, to, ME, "application").role == "UX Researcher"


def test_a_trust_of_several_hospitals_is_named_whole() -> None:
    thread = _thread(
        _raw(
            0,
            "Lou Santiago <lou@pacificcrest.example>",
            GREG,
            "Fwd: Interview invitation",
            "Congratulations, Severnvale University Hospitals also shortlisted you!\n\nLou",
        )
    )
    to = Address("siobhan.keane@severnvale.nhs.uk", "Siobhan Keane")
    assert company_for(thread, to, ME) == ("Severnvale University Hospitals", False)
