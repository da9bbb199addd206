"""What a meeting was, and what happened after it, read from its thread: the thank-you's
wording follows both.

A meeting is one of `Occasion`: an interview, a phone screen, a panel, a visit (an onsite, a
campus visit, a site tour), a group session (an assessment day, a trial shift), an informational
or networking conversation, an introduction or referral call, or a meeting with an investor or
adviser. The words that decide are the meeting's own (its invite's title and text, the
thread's subject, the sentence it was agreed in) before the rest of the thread up to it.

After the meeting the thread may say: a rejection (the note becomes the rejection variant), a
promise of news from the other side, a take-home exercise, a referral; and the note may come
late (more than a day after the meeting's end).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from daemon.drafting.language import own_words
from daemon.infer.people import first_name, is_automated_address
from daemon.model import Address, Meeting, Promise, ThreadFacts

Occasion = Literal[
    "interview",
    "screen",
    "panel",
    "visit",
    "look_round",  # an informal visit before applying: no pitch, the application to come
    "group",
    "hiring",  # a conversation about a role, arranged as a chat: interest, no pitch
    "informational",
    "introduction",
    "adviser",  # an investor, an adviser, a mentor: their view of the user's plans
    "advised",  # they asked for the user's view: the user gave the advice
    "feedback",  # an assessment's or a process's feedback given to the user
]
# the occasions that are a step towards a job: the note may say why the user fits
INTERVIEWS: frozenset[Occasion] = frozenset({"interview", "screen", "panel", "visit", "group"})

# a day's work on trial, in the languages read: "Probearbeitstag", "jornada de prueba", "dia de
# experiência", "journée d'essai"
_TRIAL_WORDS = (
    r"trial (?:day|shift)s?|working interview|probearbeit(?:stag|en)?|schnuppertag|hospitation|"
    r"(?:día|jornada) de prueba|dia de (?:experiência|teste)|journée d['’](?:essai|immersion)|"
    r"essai (?:rémunéré|en cuisine)"
)
_GROUP = re.compile(
    r"group (interview|session|exercise|assessment)|assessment[- ]?(day|cent(re|er))|hiring event|"
    r"information session|dinámica de grupo|dinâmica de grupo|journée d['’]évaluation|"
    r"centre d['’]évaluation|"
    # a working session on a problem, with the people who would be colleagues
    r"pair[- ]?programming(?: session)?|live[- ]coding session|whiteboard(?:ing)? session|"
    + _TRIAL_WORDS,
    re.IGNORECASE,
)
# a day's work on trial, offered in the words that arranged it ("come do a paid trial day")
_TRIAL = re.compile(rf"\b(?:{_TRIAL_WORDS})\b", re.IGNORECASE)
_VISIT = re.compile(
    r"site (visit|tour)|\btour\b|informal visit|campus visit|\bon-?site\b|"
    r"office visit|itinerary|visit (to|of) (the|our)",
    re.IGNORECASE,
)
# asked to come and see the place, in the words that arranged it: "I'd like you to come see
# the building" ("walk you through" is as often a case or a deck)
_COME_SEE = re.compile(
    r"\bcome (?:and )?(?:see|visit|tour)\b|\bwalk you around\b|"
    r"\bshow you (?:around|round)\b|\btour of (?:the|our)\b",
    re.IGNORECASE,
)
# asked to come and present one's work to the team, a step of a hiring process whatever the
# thread began as ("Magst Du ... vorbeikommen, dem Team in 20 Minuten Deine Arbeit vorstellen",
# "give a short talk to the group", "présenter vos travaux à l'équipe")
_PRESENT = re.compile(
    r"\b(?:give|giving|do|present) (?:a |us a )?(?:short |brief |\d+[- ]minute )?(?:talk|seminar|"
    r"presentation)\b|\bpresent your (?:work|research)\b|\b(?:dem|vor dem) team\b[^.?!]{0,40}"
    r"\bvorstellen\b|\b(?:deinen|ihren|einen) vortrag\b|\bprésenter (?:vos|tes) travaux\b|"
    r"\bpresentar (?:tu|su) trabajo\b|\bapresentar o (?:seu|teu) trabalho\b",
    re.IGNORECASE,
)
# held over a video call: an "onsite" on Zoom is not a visit; nobody hosted the user
_VIRTUAL = re.compile(
    r"\bvirtual\b|\bvideo\b|\bzoom\b|\bteams\b|google meet|\bwebex\b|\bremote\b|\bonline\b",
    re.IGNORECASE,
)
_PANEL = re.compile(r"\bpanel\b", re.IGNORECASE)
# a visit before applying: "Informal visit – Band 6 Sister", "come and have a look round"
_LOOK_ROUND = re.compile(r"\binformal visit\b|\blook (a)?round\b|\bshow you (a)?round\b", re.I)
# a later round: a panel only when more than one person sat in it, together
_ROUND = re.compile(r"second round|final (round|interview)|case session", re.IGNORECASE)
_ONE_BY_ONE = re.compile(
    r"\bone[- ](on|to)[- ]one\b|\b1:1s?\b|\bback[- ]to[- ]back\b|"
    r"\bindividual (interviews|conversations|meetings)\b",
    re.IGNORECASE,
)
_INTERVIEW = re.compile(
    r"interview|entrevista|entretien|vorstellungsgespräch|bewerbung|"
    r"portfolio[- ](review|presentation|präsentation)|präsentation|case presentation|"
    r"assessment (call|interview)",
    re.IGNORECASE,
)
_INFORMATIONAL = re.compile(r"informational (interview|chat|call|meeting)", re.IGNORECASE)
# a second meeting, in the other languages we read: the other side takes the user further
_SECOND_MEETING = (
    r"\b(deuxième|seconde) (rencontre|entrevue|ronde)\b|\bsegunda (entrevista|reunión|ronda)\b|"
    r"\bzweite[sn]? (Gespräch|Runde|Interview)\b"
)
# the other side is hiring for an opening the meeting was about, or took the user on to a next
# round after it: a job interview however friendly ('I have a store mgr opening … we'll walk the
# store and talk'; 'passing ur resume to HR so she can set up next round')
_HIRING = re.compile(
    r"\b(i|we) (have|'ve got|are hiring for) an? [\w .-]{0,40}?\b(opening|vacancy|position)\b|"
    r"\bnext round\b|\bsecond interview\b|\bset up (the |a )?next (step|round|interview)\b|"
    + _SECOND_MEETING
    + r"|"
    r"\b(pass|passing|forward|forwarding|send|sending) (ur|your) (resume|r[ée]sum[ée]|cv) to "
    r"[\w ]{0,30}\b(hr|recruit|hiring)",
    re.IGNORECASE,
)
_SCREEN = re.compile(
    r"phone screen|screening|phone (call|interview)|recruiter call|initial (call|chat)|"
    r"first (call|chat)|quick (call|chat)|kennenlern",
    re.IGNORECASE,
)
_MENTOR = re.compile(r"\bmentor(ing|ship)?\b|\bcoaching (session|call)\b", re.IGNORECASE)
_AGENDA_ITEM = re.compile(r"^[ \t]*(?:[-•*·]|\d+\s*(?:min|mins|minutes)\b).*$", re.MULTILINE)
_FEEDBACK = re.compile(
    r"\bfeedback (session|call|meeting)\b|\bdebrief\b|\bpsychometric\b|"
    r"\bassessment (feedback|results)\b",
    re.IGNORECASE,
)
# the other side talks of a job the user might take: a conversation arranged as a chat is then
# a hiring conversation ('let me know if I can put your name forward'; 'the Controller role';
# 'a technical round with Tess'), whatever the category of its thread
_ROLE_TALK = re.compile(
    r"\bput (your|you) (name |cv |r[ée]sum[ée] )?forward\b|\byour name forward\b|"
    r"\bjob (spec|description|posting|ad)\b|\bthe spec\b|\b(the|this|that|our|their) (open )?"
    # not "the job market", "a role model", "our position on…"
    r"(role(?! models?\b| play)|position(?! papers?\b| statements?\b| on\b)|opening|vacancy|"
    r"job(?! (market|search|hunt|boards?|titles?|fairs?|seekers?)\b))\b|\ban? (opening|vacancy)\b|"
    r"\b(the|this|that) posting\b|"
    # a role named by its title: 'their Jr. Full-Stack Engineer role', 'the Controller position'
    r"\b(the|this|that|our|their|an?) (?:(?-i:[A-Z])[\w.&/-]*,? ){1,5}(role|position|vacancy)\b|"
    r"\b(i'm|i am|we're|we are) (hiring|recruiting|looking for)\b|"
    r"\bshort-?list\b|\btechnical (round|interview|conversation|call|screen)\b|"
    r"\bjoin (us|our team|my team|the team)\b|"
    # "hiring contacts", "hiring managers who…" are people to meet, not a job on offer
    r"(?<!not )(?<!n't )(?<!formally )\bhiring\b(?! (contacts?|managers?|partners?|employers?)\b)|"
    r"\bopen (a|an|the) [\w -]{0,30}\b(role|position)\b|"
    r"\b(build|building|grow|growing|expand|expanding) (out )?(my|our|the|a) [\w ]{0,20}team\b|"
    r"\b(needs?|needing) (someone|somebody)\b|\b(we|i) need an? [\w -]{2,30}?\b(who|that)\b|"
    r"\b(got|received|saw|read) (your|ur) (cv|r[ée]sum[ée])\b|"
    r"\b(a|the) (search|mandate) for\b|\bchemistry (meeting|call)\b|\bretained by\b|"
    r"\bsuccession to\b|\bnominat(ing|ion)s? committee\b|\bboard (seat|role|position)\b|"
    r"\bnon-executive\b|\bindependent director\b|"
    # someone sounding the user out: their name came up; meet the board, see what we'd expect
    r"\byour name (has )?(came|come) up\b|\b(like|want) you to meet (our|my)\b|"
    r"\bmeet (our|my) (board|chair|ceo|founder|co-?founder|cto|cfo|coo|leadership)\b|"
    r"\b(expect|expected) of you\b|"
    # the same in the other languages we read
    # whom the user would report to: a job on offer ("a ella le reportarías")
    r"\byou(?:'d| would) (?:be )?report(?:ing)? to\b|\breportar[íi]as\b|\ble reportar[íi]as\b|"
    r"\b(?:tu relèverais|vous relèveriez) de\b|\b(la|una|esta) posición\b|"
    r"\b(le|un|ce) poste\b|\brecrut\w*|\brejoindre (l'équipe|notre équipe|mon équipe)\b|"
    r"\b(bâtir|monter|construire) (une|l'|mon|notre) équipe|\b(el|un|este) puesto\b|"
    r"\bla vacante\b|\b(contratando|reclutando)\b|\bunirte al equipo\b|"
    r"\b(die|eine|diese) (offene )?Stelle\b|\b(einstellen|Verstärkung)\b",
    re.IGNORECASE,
)
# they asked for the user's view: the user was the adviser ('I'd love your view on building my
# first go-to-market team'; 'keen to learn how you got academics to use it')
_ASKS_ADVICE = re.compile(
    r"\bpick your brain\b|\byour (view|views|perspective|advice|take|thoughts|input|experience) "
    r"(on|of|about)\b|\bget your (view|take|advice|thoughts|perspective)\b|"
    r"\blearn (from you|how you)\b|\bhear how you\b|\bhow you (got|managed|did|built|handled)\b|"
    r"\b(value|love|appreciate) your (view|views|perspective|advice|take|thoughts|input)\b",
    re.IGNORECASE,
)
_ADVISER = re.compile(
    r"\binvest(or|ors|ment partner)\b|\bventure\b|\bVC\b|\bangel\b|\badvis(e|or|er)s?\b|"
    r"\bmentor|\bboard (member|of directors|meeting)|\bportfolio compan",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\bintro(duction|ductory)?\b|\breferr(al|ed)\b|\brefer you\b|put (you|us) in touch|"
    r"suggested (we|I) (connect|speak|talk)|says good things|passed (on )?your (cv|r[ée]sum[ée])",
    re.IGNORECASE,
)
# an "intro" that names a first conversation ("Intro chat – Quillpad", "Sébastien / Élodie –
# intro", "Introductory meeting"), not an introduction's subject ("Intro: Eli <> Jordan")
_INTRO_CHAT = re.compile(r"\bintro(?:ductory)?\b(?!\s*:)", re.IGNORECASE)
_TAKE_HOME = re.compile(
    r"take[- ]home|case study|technical (exercise|task|assignment)|coding[- ](exercise|challenge)|"
    r"(written|short) (exercise|assignment)|presentation task|"
    # the same in the languages we write: "un cas pratique à nous rendre", "una prueba técnica",
    # "eine kleine Fallstudie", "um teste técnico", "um desafio técnico"
    r"\b(cas pratique|étude de cas|mise en situation|test technique|exercice (technique|pratique|"
    r"à (rendre|faire))|prueba (técnica|práctica)|caso práctico|ejercicio (técnico|práctico)|"
    r"reto técnico|desafío técnico|teste (técnico|prático)|estudo de caso|"
    r"desafio (técnico|prático)|"
    r"exercício (técnico|prático)|case técnico)\b|"
    r"\b(Fallstudie|Probeaufgabe|Arbeitsprobe|Programmieraufgabe|Übungsaufgabe|Case-Aufgabe)",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    r"\brefer(red)? you\b|put you in touch|introduce you|pass(ed)? (on )?your (name|details|cv|"
    r"r[ée]sum[ée]|profile)|forward(ed)? your (cv|r[ée]sum[ée]|profile)|connect you with|"
    # what someone writes once they have done it: told a contact about the user, or sent theirs
    r"\b(mentioned|recommended) you to\b|"
    r"\b(i've|i have) (written|spoken|reached out) to (?-i:[A-Z])|"
    # "I spoke to Wei Ling from the TA team ... She should reach out to you soon"
    r"\bi (spoke|talked|wrote) to (?-i:[A-Z])[^.!?]{0,120}[.;!]\s+(she|he|they)(?:'ll| will| "
    r"should) (reach out|get in touch|contact you|be in touch)|"
    # a lead given with the user's name to use: "écrivez-lui de ma part", "mention my name"
    r"\bde ma part\b|\bmention my name\b|\bde mi parte\b|\bem meu nome\b|"
    r"\b(transmis|envoyé|passé) (ton|votre) (cv|nom|profil)\b|"
    r"\bhere(?:'s| is) ([\w ]{1,30}'s |her |his |their )?(contact|details|email)\b|"
    r"\b(told|asked) (her|him|them) to expect\b|\ba heads[- ]up about you\b|"
    r"\btell (him|her|them) I sent you\b|"
    # an offer to open doors, after a no as well: "I know two boards that should be talking to
    # you", "happy to make some introductions"
    r"\b(make|making) (some |a few )?introductions\b|\bshould be talking to you\b|"
    r"\bintroduce you to\b|\ble (coment[ée]|habl[ée]|escrib[íi]) de ti\b|"
    r"\bje lui ai (parlé|écrit) de (toi|vous)\b|\b(ihr|ihm) von (dir|ihnen) erzählt\b|"
    # passing the user's name or CV on, or standing as their reference, in French, German and
    # Spanish: "j'ai glissé ton nom à Vincent", "dann geb ich ihn an Carla weiter"
    r"\bglissé (ton|votre) nom\b|\bmon nom comme référence\b|\btransmettre (ton|votre) (cv|nom)\b|"
    r"\b(geb|gebe|leite|leit) (ich )?(ihn|ihn gern|deinen CV|Ihren CV) an [^.]{1,40}? weiter\b|"
    r"\b(weitergeben|weiterleiten)\b|\b(pasar|paso|pasé) tu (cv|nombre)\b|"
    r"\b(le|les) di tu nombre\b|"
    # putting the user in touch: "je vous mets en relation avec", "te pongo en contacto con",
    # "ich stelle den Kontakt her", "vou te apresentar", "passei seu currículo para"
    r"\b(mets|mettre|mis) en (relation|contact)\b|\b(te|le|los) (pongo|puse|pondré) en contacto\b|"
    r"\b(reenvié|envié|pasé) tu (cv|currículum|perfil)\b|\bKontakt (her|herstellen|hergestellt)\b|"
    r"\bbringe[n]? (dich|Sie|euch) (gerne? )?(mit [^.]{1,40}? )?in Kontakt\b|"
    r"\b(dich|Sie|euch) (gerne? )?mit [^.]{1,40}? in Kontakt (zu )?bringen\b|"
    r"\b(vou te|vou lhe|posso te|posso lhe) apresentar\b|\bte coloco em contato\b|"
    r"\b(passei|encaminhei|enviei) (o )?(seu|teu) (currículo|cv|contato|nome|perfil)\b|"
    r"\bindiquei (você|seu nome|o seu nome|teu nome)\b",
    re.IGNORECASE,
)
# the other side set up what comes next since the meeting: the note thanks them for it and does
# not promise to chase ('Amara will set up a conversation with the team'; 'passing ur resume to
# Stacy so she can set up next round'; 'Jess and I want to do a paid two-week trial')
_NEXT_STEP = re.compile(
    r"\bnext (round|stage)\b|\bsecond (meeting|conversation|interview|round|call)\b|"
    r"\b(set|setting) up (a|the|another|an?) [\w -]{0,20}(call|conversation|meeting|chat|interview|"
    r"round|panel)\b|\b(would|'d) like you to (meet|speak|talk)\b|\binvite you to\b|"
    r"\b(put|putting) (your name|you) forward\b|\b(paid )?(two-week |one-week )?trial "
    r"(day|shift|period|week)s?\b|\bpaid [\w ]{0,12}?trial\b|\btrial project\b|"
    r"\btechnical (round|interview|conversation)\b|"
    r"\bpanel with\b|\b(reach out|get in touch) (to|with) you to (schedule|arrange|set up)\b|"
    r"\bon the calendar\b|\b(put|putting) (some )?numbers together\b|"
    r"\b(put|putting) (an |the )?(offer|package) together\b|"
    + _SECOND_MEETING
    + r"|\bprochaine étape\b|\bsiguiente (etapa|fase)\b|\bnächste[n]? (Runde|Schritt)\b",
    re.IGNORECASE,
)
# a recruiter asks leave to put the user forward: the note gives it
_ASKS_TO_PUT_FORWARD = re.compile(
    r"\b(can|may|could|shall) I (put|submit|present) (your name|you|your (cv|profile))\b|"
    r"\blet me know if I can (put|submit|present) (your name|you)\b|"
    r"\bhappy for me to (put|submit|present) you\b",
    re.IGNORECASE,
)
_REJECTION_CATEGORY = "rejection"


@dataclass(frozen=True)
class Since:
    """What the thread says happened after the meeting, for one person's note."""

    rejected: bool = False
    rejected_by: Address | None = None  # who wrote the decision (the office, a recruiter…)
    feedback: bool = False  # … and it gave feedback on how the user did
    offered: bool = False  # an offer came after the meeting: no pitch, no check-in
    passed_via: str | None = None  # the first name of whom the user asked to pass thanks on
    next_step: bool = False  # the other side has set up what comes next
    next_step_by_them: bool = False  # … and this person wrote of it
    may_put_forward: bool = False  # they asked leave to put the user forward for the role
    promise: Promise | None = None  # news promised by the other side after the meeting
    take_home: bool = False  # an exercise to do was set
    referral: bool = False  # they offered to refer or introduce the user
    late: bool = False  # written more than a day after the meeting's end
    written_since: bool = False  # … though the user has written to them since, of other things
    next_meeting: Meeting | None = None  # a later meeting of the thread, still ahead
    sent: str | None = None  # what they sent after it, in their words: "the Kilat report"


def occasion(
    meeting: Meeting, facts: ThreadFacts | None, mine: frozenset[str] = frozenset()
) -> Occasion:
    """What kind of meeting it was, from what the thread says of it (`mine`: the user's own
    addresses, whose words say what the user asked, not what the other side did)."""
    return occasion_why(meeting, facts, mine)[0]


def occasion_why(
    meeting: Meeting, facts: ThreadFacts | None, mine: frozenset[str] = frozenset()
) -> tuple[Occasion, str]:
    """The kind of meeting and the words that decided it, for `followupd explain`."""
    own = _own_words(meeting, facts)
    before = own + "\n" + _text_before(meeting, facts)
    after = _text_after(meeting, facts)
    # a meeting with a recruiter in it is no networking, whatever else the thread is
    networking = meeting.networking or (
        facts is not None
        and facts.category == "networking"
        and not _recruiter_met(meeting, facts, mine)
    )
    kind = "a networking meeting" if networking else "a job meeting"

    def said(found: re.Match[str] | None) -> str:
        return f"'{found.group(0)}'" if found else ""

    if found := _MENTOR.search(own) or (networking and _MENTOR.search(before)) or None:
        return "adviser", f"{said(found)}, of a mentor"
    # a debrief that is one item of an agenda ("- 10 min: debrief w/ Derek") is part of the
    # meeting, not what the meeting was
    if found := _FEEDBACK.search(_AGENDA_ITEM.sub("", own)):
        return "feedback", said(found)
    if found := _GROUP.search(own) or _TRIAL.search(before):
        return "group", said(found)
    virtual = bool(_VIRTUAL.search(own))
    several = len([a for a in meeting.attendees if a.email not in mine]) > 1
    if (found := _LOOK_ROUND.search(own)) and not virtual:
        return "look_round", said(found)
    if (found := _VISIT.search(own) or _COME_SEE.search(before)) and not virtual:
        return "visit", said(found)
    if (found := _PRESENT.search(before)) and not virtual:
        return "visit", f"{said(found)}: a talk to the team, on their premises"
    together = several and not _ONE_BY_ONE.search(before) and not _in_turn(meeting, before, mine)
    if found := _PANEL.search(own):
        return "panel", said(found)
    if (found := _ROUND.search(own) or _VISIT.search(own)) and together:
        return "panel", f"{said(found)} with several people met together"
    if found := _INFORMATIONAL.search(own):
        return "informational", said(found)
    hiring = networking and _HIRING.search(before + "\n" + after) or None
    if found := _INTERVIEW.search(own) or hiring:
        if screen := _SCREEN.search(own):
            return "screen", said(screen)
        # a recruiter's call (not their screen) is about a role, not an interview for it: no
        # pitch to the recruiter as if they were the employer
        if _recruiters_only(meeting, facts, mine):
            return "hiring", f"{said(found)}, with recruiters only"
        return "interview", said(found)
    if networking and (found := _ADVISER.search(before)):
        return "adviser", f"{said(found)} in {kind}"
    theirs = _their_words(facts, mine)
    if networking and (found := _ROLE_TALK.search(theirs)):
        return "hiring", f"they wrote {said(found)} in {kind}"
    if networking and _asked_advice(meeting, facts, mine):
        return "advised", "they asked for the user's view"
    if found := _INTRO.search(own):
        if role := _ROLE_TALK.search(theirs):
            return "hiring", f"{said(found)}, and they wrote {said(role)}"
        chat = _INTRO_CHAT.search(own)
        if chat and facts is not None and facts.company and not _introduced(meeting, facts, mine):
            # "Intro chat – Quillpad", set up by the people met: the company introducing itself
            return "hiring", f"{said(found)}, set up by the people met at {facts.company}"
        return "introduction", said(found)
    if networking:
        return "informational", f"nothing else said, in {kind}"
    if found := _SCREEN.search(before):
        return "screen", said(found)
    return "interview", f"nothing else said, in {kind}"


_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})\b|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)


def _in_turn(meeting: Meeting, text: str, mine: frozenset[str]) -> bool:
    """A schedule gives the people met slots of their own, one after another ('9:00 – 9:45
    Case interview with David Okonkwo' / '10:35 Fit interview with Robert Lindqvist'): they were
    met in turn, not as a panel."""
    slots: dict[str, set[int]] = {}
    timed = [(i, line) for i, line in enumerate(text.splitlines()) if _CLOCK.search(line)]
    for a in meeting.attendees:
        if a.email in mine or not a.name:
            continue
        names = [w for w in re.findall(r"[^\W\d_]{3,}", a.name)]
        slots[a.email] = {
            i for i, line in timed if any(re.search(rf"\b{re.escape(n)}\b", line) for n in names)
        }
    placed = [s for s in slots.values() if s]
    if len(placed) < 2:
        return False
    shared = set.intersection(*placed)
    return not shared and len(set().union(*placed)) >= len(placed)


def _introduced(meeting: Meeting, facts: ThreadFacts, mine: frozenset[str]) -> bool:
    """Someone neither the user nor met introduced them: the thread's first message is theirs
    and says so ("Intro: Fiona / Euan")."""
    first = facts.thread.messages[0] if facts.thread.messages else None
    if first is None or first.sender is None or first.sender.email.lower() in mine:
        return False
    if first.sender.email in {a.email for a in meeting.attendees}:
        return False
    return bool(_INTRO.search(first.subject + "\n" + first.text))


def is_recruiter(email: str, facts: ThreadFacts | None) -> bool:
    """`email` is a recruiter, as the thread reads them (their signature, their mailbox)."""
    return facts is not None and any(
        c.email == email and c.role == "recruiter" for c in facts.counterparts
    )


def _recruiter_met(meeting: Meeting, facts: ThreadFacts, mine: frozenset[str]) -> bool:
    return any(is_recruiter(a.email, facts) for a in meeting.attendees if a.email not in mine)


def _recruiters_only(meeting: Meeting, facts: ThreadFacts | None, mine: frozenset[str]) -> bool:
    """Everyone met is a recruiter (an agency's or an in-house one), as the thread reads them."""
    met = [a.email for a in meeting.attendees if a.email not in mine]
    return bool(met) and all(is_recruiter(e, facts) for e in met)


def talks_of_a_role(facts: ThreadFacts | None, mine: frozenset[str]) -> bool:
    """The other side of the thread talks of a job the user might take."""
    return bool(_ROLE_TALK.search(_their_words(facts, mine)))


def _their_words(facts: ThreadFacts | None, mine: frozenset[str]) -> str:
    """What the other side wrote in the thread, in their own words (no quoted part)."""
    if facts is None:
        return ""
    return "\n".join(
        own_words(m)
        for m in facts.thread.messages
        if m.sender is not None and m.sender.email.lower() not in mine
    )


def _asked_advice(meeting: Meeting, facts: ThreadFacts | None, mine: frozenset[str]) -> bool:
    """They asked for the meeting to hear the user's view, and the user did not ask theirs."""
    if facts is None or not mine:
        return False
    theirs: list[str] = []
    ours: list[str] = []
    for m in facts.thread.messages:
        if m.date > meeting.start or m.sender is None:
            continue
        (ours if m.sender.email.lower() in mine else theirs).append(own_words(m))
    return bool(_ASKS_ADVICE.search("\n".join(theirs))) and not _ASKS_ADVICE.search("\n".join(ours))


# a decision that says how the user did ("Some feedback from the panel: ..."), not one that
# says it cannot ("we are unable to provide individual feedback")
_FEEDBACK = re.compile(r"\b(?:feedback|retroalimentación|retour|rückmeldung|devolutiva)\b", re.I)
_NO_FEEDBACK = re.compile(
    r"\b(?:unable|not able|cannot|can't|can not|do not|don't) (?:to )?(?:provide|give|offer|share)"
    r" (?:individual |detailed |specific |personal )?feedback",
    re.I,
)


# points listed under a decision: how the user did, said without the word ("I'd rather give
# you something useful than a form letter:" and three bullets)
_POINTS = re.compile(r"^[ \t]*[-•*][ \t]+\S[^\n]*\n(?:[ \t]*\n)?[ \t]*[-•*][ \t]+\S", re.M)


def _gives_feedback(text: str) -> bool:
    return bool(_FEEDBACK.search(text) or _POINTS.search(text)) and not _NO_FEEDBACK.search(text)


def since(
    meeting: Meeting,
    end: datetime,
    to: Address,
    facts: ThreadFacts | None,
    now: datetime,
    mine: frozenset[str],
) -> Since:
    """What happened after the meeting that the note to `to` should acknowledge (`mine`: the
    user's own addresses, whose messages say nothing of the other side's)."""
    late = now - end > timedelta(days=1)
    if facts is None:
        return Since(late=late)
    # the user has written to them since the meeting (a warm word, not a thank-you): the note
    # is still late, and says so as someone who did write ("I should have written sooner")
    written = any(
        m.date > meeting.start
        and m.sender is not None
        and m.sender.email.lower() in mine
        and to.email in {a.email for a in m.recipients()}
        for m in facts.thread.messages
    )
    after = [
        m
        for m in facts.thread.messages
        if m.date > meeting.start and m.sender is not None and m.sender.email not in mine
    ]
    closing = next((m for m in after if m.message_id == facts.closed_by), None)
    rejected = closing is not None and facts.category == _REJECTION_CATEGORY
    offered = closing is not None and facts.category == "offer"
    promises = [p for p in facts.promises if p.made_at > meeting.start]
    if not promises:  # a decision day given before the meeting and still ahead ("the committee
        # decides by 22 April") is what the note looks forward to, not a check-in before it
        promises = [p for p in facts.promises if p.last_day >= now.date().isoformat()]
    promise = next((p for p in reversed(promises) if p.made_by.email == to.email), None)
    promise = promise or (promises[-1] if promises else None)
    theirs = "\n".join(m.text for m in after)
    from_them = "\n".join(
        m.text for m in after if m.sender is not None and m.sender.email == to.email
    )
    ahead = [m for m in facts.meetings if m.start > now and m.status == "scheduled"]
    return Since(
        next_meeting=None if rejected else min(ahead, key=lambda m: m.start, default=None),
        passed_via=_passed_via(meeting, to, facts, now, mine),
        rejected=rejected,
        rejected_by=closing.sender if rejected and closing is not None else None,
        feedback=rejected and closing is not None and _gives_feedback(closing.text),
        offered=offered,
        promise=None if rejected or offered else promise,
        take_home=not rejected and bool(_TAKE_HOME.search(theirs)),
        next_step=not rejected and bool(_NEXT_STEP.search(theirs)),
        next_step_by_them=not rejected and bool(_NEXT_STEP.search(from_them)),
        may_put_forward=not rejected and bool(_ASKS_TO_PUT_FORWARD.search(from_them)),
        referral=bool(_REFERRAL.search(from_them)),
        sent=_sent(to, end, facts),
        late=late,
        written_since=late and written,
    )


# what someone sends after a conversation, as they say it: "Here's the Kilat consumer report I
# mentioned", "Here are the links I mentioned", "I've attached the job description"
_SENDS = re.compile(
    r"\b(?:here(?:'s|’s| is| are)|i(?:'ve|’ve| have) attached|i'm attaching|i am attaching|"
    r"attached (?:is|are)|as promised,? here(?:'s|’s| is| are)?)\s+"
    r"((?:the|my|our|a|an|some|that|those)\s+[^\W\d_][\w’'&-]*(?:\s+[^\W\d_][\w’'&-]*){0,4}?)"
    r"(?=\s+(?:i|we)\s+(?:mentioned|promised|talked about|spoke about|discussed)\b|\s*[:.!,(\n-]|"
    r"\s+(?:for|on|from|to|about)\b)",
    re.IGNORECASE,
)
# a link to the meeting itself, or to book one, is no thing sent to thank for
_LOGISTICS = re.compile(
    r"\b(?:meet|zoom|teams|webex|calendar|calendly|invite|invitation|slot|schedule|agenda|"
    r"details|number|phone|address|directions|time)",
    re.IGNORECASE,
)
_YOURS = {
    "my": "your",
    "our": "your",
    "a": "the",
    "an": "the",
    "some": "the",
    "that": "the",
    "those": "the",
}


def _sent(to: Address, end: datetime, facts: ThreadFacts) -> str | None:
    """What `to` sent the user after the meeting ended, in their own words made the user's
    ("Here's our careers page" -> "your careers page"), or None."""
    for m in facts.thread.messages:
        if m.date < end or m.sender is None or m.sender.email != to.email:
            continue
        found = _SENDS.search(m.text)
        if found is None or _LOGISTICS.search(found.group(1)):
            continue
        first, _, rest = found.group(1).partition(" ")
        return f"{_YOURS.get(first.lower(), first.lower())} {rest}"
    return None


# the user asks someone else to thank the person for them: "please pass on my thanks to
# Ayesha", "please tell Maria I said thank you too"; {name} is their first name
_PASS_ON = (
    r"\b(?:pass|passing|send|give|extend|convey) (?:on )?my (?:thanks|gratitude|appreciation) "
    r"(?:on )?to {name}\b",
    r"\bplease (?:also )?thank {name}\b",
    r"\bthank {name} (?:for me|on my behalf|too|as well|again)\b",
    r"\b(?:and )?my (?:thanks|gratitude) to {name}\b",
    r"\btell {name} (?:I said )?(?:thank you|thanks)\b",
    r"\b(?:agradéce(?:le|les)|dale las gracias|dales las gracias) a {name}\b",
    r"\bremercie[rz]? {name} de ma part\b",
    r"\b(?:richte|richten Sie) {name} (?:bitte )?(?:meinen|herzlichen) Dank aus\b",
)


def _passed_via(
    meeting: Meeting, to: Address, facts: ThreadFacts, now: datetime, mine: frozenset[str]
) -> str | None:
    """Whom the user asked, in the thread since the meeting began, to pass their thanks on to
    `to`: DOMAIN.md still owes `to` a note of their own, which says so."""
    first = first_name(to)
    if not first or len(first) < 2:
        return None
    said = re.compile("|".join(p.format(name=re.escape(first)) for p in _PASS_ON), re.I)
    for m in facts.thread.messages:
        if not (meeting.start < m.date <= now) or m.sender is None:
            continue
        if m.sender.email.lower() not in mine or to.email in {a.email for a in m.recipients()}:
            continue
        if said.search(own_words(m)):
            return next((first_name(a) for a in m.recipients() if first_name(a)), None)
    return None


def _own_words(meeting: Meeting, facts: ThreadFacts | None) -> str:
    words = [meeting.evidence.split(": ", 1)[-1]]
    if facts is not None:
        words.append(facts.thread.subject)
        for m in facts.thread.messages:
            if m.date <= meeting.start:
                words += [m.subject]
            for ev in m.events:
                if meeting.uid is None or ev.uid == meeting.uid:
                    words += [ev.summary, ev.description]
    return "\n".join(words)


def _text_after(meeting: Meeting, facts: ThreadFacts | None) -> str:
    if facts is None:
        return ""
    return "\n".join(m.text for m in facts.thread.messages if m.date > meeting.start)


def _text_before(meeting: Meeting, facts: ThreadFacts | None) -> str:
    if facts is None:
        return ""
    return "\n".join(m.text for m in facts.thread.messages if m.date <= meeting.start)


def turn(meeting: Meeting, to: Address, facts: ThreadFacts | None, mine: frozenset[str]) -> int:
    """`to`'s place among everyone the user met in the thread, in the order they were met: two
    people met at one panel, or one after the other on the same visit, get different words.
    Someone met alone in their thread gets a place from their address, so that interviewers of
    one process invited in threads of their own are unlikely to get the same words."""
    meetings = sorted(facts.meetings if facts is not None else (), key=lambda m: m.start)
    met: list[str] = []
    for m in [*meetings, meeting]:
        for a in m.attendees:
            if a.email not in mine and a.email not in met:
                met.append(a.email)
    if len(met) > 1 and to.email in met:
        return met.index(to.email)
    return zlib.crc32(to.email.encode())


def session_name(meeting: Meeting, facts: ThreadFacts | None) -> str:
    """What a group session was called: 'assessment day', 'trial shift', else 'session'."""
    found = _GROUP.search(_own_words(meeting, facts)) or _TRIAL.search(_text_before(meeting, facts))
    if found is None:
        return "session"
    said = found.group(0).lower()
    # "Pair programming" is a session, said so
    return f"{said} session" if said.startswith("pair") and "session" not in said else said


def introducer(facts: ThreadFacts | None, to: Address, mine: frozenset[str]) -> str | None:
    """The first name of whoever introduced the user to `to`: the thread's first writer, when
    that is neither of them and wrote an introduction."""
    if facts is None or not facts.thread.messages:
        return None
    first = facts.thread.messages[0]
    if first.sender is None or first.sender.email in mine or first.sender.email == to.email:
        return None
    if is_automated_address(first.sender.email):  # a scheduler's notice introduces no one
        return None
    if not _INTRO.search(first.subject + "\n" + first.text):
        return None
    return first_name(first.sender)
