#!/usr/bin/env python3
"""Vignettes about meetings, set intl2: 32 tiny mailboxes in French, Spanish, German and
Portuguese, each testing one way people write whether a meeting took place, when, with whom,
what kind it was and which side the user was on.  Standard library and casekit only."""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import casekit  # noqa: E402
from casekit import *  # noqa: E402,F401,F403
from casekit import _fixed_zone, _eu_zone  # noqa: E402
HERE = os.path.dirname(os.path.abspath(__file__))  # casekit's own HERE came in with *

# The notes in these mailboxes thank in their own language.  casekit's check looks for the
# English word only; widen it to the words these languages thank with, so that the check
# still proves which messages thank someone (and which do not).
_THANK = re.compile(r"\b(thank|merci|remerci|gracias|agradec|agradeç|obrigad|dank|bedank)",
                    re.IGNORECASE)


def _thanks_text(m):
    own = m.text.split("\n>")[0].split("________________________________")[0]
    return bool(_THANK.search(own))


casekit.thanks_text = _thanks_text

# Zones the invitations below are written in.
_fixed_zone("Africa/Dakar", "+0000", "GMT", None)
_fixed_zone("Africa/Luanda", "+0100", "WAT", None)
_fixed_zone("Africa/Maputo", "+0200", "CAT", None)
_fixed_zone("America/Recife", "-0300", "-03", None)
_fixed_zone("America/Bahia", "-0300", "-03", None)
_eu_zone("Europe/Zurich", "+0100", "+0200", "CET", "CEST", None)
_eu_zone("Europe/Vienna", "+0100", "+0200", "CET", "CEST", None)
_eu_zone("Europe/Madrid", "+0100", "+0200", "CET", "CEST", None)

OUTLOOK = "Microsoft Exchange Server"
PROD_OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

# ---------------------------------------------------------------------------
# Helpers: people, the user, replies quoted the way local mail clients quote
# ---------------------------------------------------------------------------

DAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
}
LONGDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo"],
}
MONTHS = {
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "pt": ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.",
           "nov.", "dez."],
}
LONGMONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}


def P(name, email, tz, style="gmail", sig=None, locale="fr", **kw):
    return Person(name, email, tz, style=style, sig=sig, locale=locale, **kw)


def mk(name, desc, uname, uemail, tz, phone, now, summary, locale, sig):
    c = Case(name, desc, {"name": uname, "emails": [uemail], "phone": phone, "timezone": tz},
             None, summary)
    c.me = Person(uname, uemail, tz, style="webmail", sig=sig, locale=locale)
    c.now = c.at(now)
    return c


def _quote(c, sender, parent, when):
    p = c.by_key[parent]
    loc = sender.locale
    t = p.date.astimezone(sender.tz)
    if sender.style == "outlook":
        to = "; ".join(x.shown() for x in p.to)
        long_ = "%s %d %s %d %s" % (LONGDAYS[loc][t.weekday()], t.day, LONGMONTHS[loc][t.month - 1],
                                     t.year, t.strftime("%H:%M"))
        if loc == "fr":
            head = "De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s" % (p.sender.shown(), long_, to,
                                                               p.subject)
        elif loc == "es":
            head = "De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s" % (
                p.sender.shown(), LONGDAYS[loc][t.weekday()], t.day, LONGMONTHS[loc][t.month - 1],
                t.year, t.strftime("%H:%M"), to, p.subject)
        else:
            head = "De: %s\nEnviado: %s, %d de %s de %d %s\nPara: %s\nAssunto: %s" % (
                p.sender.shown(), LONGDAYS[loc][t.weekday()], t.day, LONGMONTHS[loc][t.month - 1],
                t.year, t.strftime("%H:%M"), to, p.subject)
        return "\n________________________________\n" + head + "\n\n" + p.text
    if loc == "fr":
        head = "Le %s %d %s %d à %s, %s a écrit :" % (DAYS[loc][t.weekday()], t.day,
                                                       MONTHS[loc][t.month - 1], t.year,
                                                       t.strftime("%H:%M"), p.sender.shown())
    elif loc == "es":
        head = "El %s, %d %s %d a las %s, %s escribió:" % (DAYS[loc][t.weekday()], t.day,
                                                          MONTHS[loc][t.month - 1], t.year,
                                                          t.strftime("%H:%M"), p.sender.shown())
    else:
        head = "Em %s, %d de %s de %d às %s, %s escreveu:" % (DAYS[loc][t.weekday()], t.day,
                                                            MONTHS[loc][t.month - 1], t.year,
                                                            t.strftime("%H:%M"),
                                                            p.sender.shown())
    quoted = "\n".join(("> " + l) if l else ">" for l in p.text.rstrip("\n").split("\n"))
    return "\n" + head + "\n" + quoted + "\n"


def say(c, key, sender, to, when, body, parent=None, **kw):
    """Add a message; replies in fr/es/pt carry the quote their mail client writes."""
    if parent and sender.locale in ("fr", "es", "pt") and kw.get("quote", True):
        text = body.strip("\n") + "\n"
        if kw.pop("sig", True) and sender.sig:
            text += "\n" + sender.sig.strip("\n") + "\n"
        text += _quote(c, sender, parent, when)
        kw["quote"] = False
        kw["sig"] = False
        if sender.style == "outlook" and "prefix" not in kw:
            kw["prefix"] = "RE : " if sender.locale == "fr" else "RE: "
        return c.add(key, sender, to, when, text, parent=parent, **kw)
    return c.add(key, sender, to, when, body, parent=parent, **kw)


def ics(c, seed, start, end, summary, organizer, attendees, method="REQUEST", tzid=None,
        description=None, location=None, sequence=0, status="CONFIRMED", outlook=False,
        stamp=None):
    return make_ics(method=method, uid=(uid_outlook if outlook else uid_google)(c.name, seed),
                    stamp=stamp or start - DAY * 2, start=start, end=end, summary=summary,
                    organizer=organizer, attendees=attendees, tzid=tzid,
                    description=description, location=location, sequence=sequence,
                    status=status, prodid=PROD_OUTLOOK if outlook else
                    "-//Google Inc//Google Calendar 70.9054//EN")


def at(c, s, tz=None):
    return c.at(s) if tz is None else c.at(s, tz)


CV = make_pdf(["Curriculum vitae", "Formation, experience, competences"])

# ===========================================================================
# French
# ===========================================================================

def v01_dakar_invitation_seule():
    tz = "Africa/Dakar"
    c = mk("intl2-01-dakar-invitation-seule",
           "fr-SN: interview held as planned, known only from the invitation; the coordinator "
           "who sent it (ICS organizer) said she would not be there",
           "Aïssatou Ndiaye", "aissatou.ndiaye@example.sn", tz, "+221 77 512 48 30",
           "2026-03-12 17:30", "Dakar, a customer-service manager's interview at a fintech.",
           "fr", "Aïssatou Ndiaye\n+221 77 512 48 30")
    sow = P("Mame Diarra Sow", "mdsow@baobab-fintech.sn", tz, sig=(
        "Mame Diarra SOW\nChargée de recrutement – Baobab Fintech SA\nSacré-Cœur 3, VDN, Dakar\n"
        "+221 33 869 40 12"))
    faye = P("Ousmane Faye", "ofaye@baobab-fintech.sn", tz)
    start, end = c.at("2026-03-12 10:00"), c.at("2026-03-12 11:00")
    inv = ics(c, "baobab", start, end, "Entretien – Responsable service client (A. Ndiaye)", sow,
              [(faye, "ACCEPTED", "INDIVIDUAL"), (c.me, "NEEDS-ACTION", "INDIVIDUAL")],
              tzid="Africa/Dakar", location="Baobab Fintech, Sacré-Cœur 3, VDN, Dakar",
              description="Entretien avec M. Ousmane Faye, Directeur des opérations.")
    say(c, "a1", sow, [c.me], "2026-03-10 09:12",
        "Bonjour Madame Ndiaye,\n\nSuite à notre échange téléphonique de ce matin, je vous "
        "confirme votre entretien pour le poste de Responsable service client avec M. Ousmane "
        "Faye, Directeur des opérations (ofaye@baobab-fintech.sn), le jeudi 12 mars 2026 à "
        "10h00, dans nos locaux de Sacré-Cœur 3, VDN.\n\nJe ne serai pas présente ce jour-là : "
        "M. Faye vous recevra directement. Présentez-vous simplement à l'accueil, au rez-de-"
        "chaussée.\n\nVous trouverez l'invitation ci-jointe.\n\nBien cordialement,",
        subject="Convocation à un entretien – Responsable service client", ics=inv)
    say(c, "a2", c.me, [sow], "2026-03-10 10:02",
        "Bonjour Madame Sow,\n\nBien reçu. Je serai présente jeudi 12 mars à 10h00 à "
        "l'accueil.\n\nBien cordialement,", parent="a1")
    c.thread("a1", True, "interview", "Baobab Fintech SA",
             "entretien jeu. 12/03 10h00-11h00 avec O. Faye; rien après")
    c.meeting("a1", start, end, met=[faye.email], what="interview")
    c.expect("thank_you", "a1", faye.email,
             "interview Thu 12 March 10:00-11:00 took place as invited; no note since; due from 13:00")
    c.forbid("a1", sow.email, "coordinator and ICS organizer, wrote she would not be present: not met")
    return c


def v02_abidjan_imperatif():
    tz = "Africa/Abidjan"
    c = mk("intl2-02-abidjan-imperatif",
           "fr-CI: interview cancelled by the interviewer on the morning itself, in indirect words",
           "Serge-Alain Kouamé", "sa.kouame@example.ci", tz, "+225 07 48 21 93 55",
           "2026-03-20 10:00", "Abidjan, a finance controller's interview that never happened.",
           "fr", "Serge-Alain KOUAMÉ\nCel. : +225 07 48 21 93 55")
    kone = P("Adjoua Koné", "a.kone@lagune-logistique.ci", tz, style="outlook", region="eurprd04",
             sig="Adjoua KONÉ\nResponsable Ressources Humaines\nLagune Logistique SA – Plateau, "
                 "Abidjan\nTél. : +225 27 20 31 45 60")
    ng = P("Yao N'Guessan", "y.nguessan@lagune-logistique.ci", tz, style="outlook",
           region="eurprd04", sig="Yao N'GUESSAN\nDirecteur Administratif et Financier")
    say(c, "b1", kone, [c.me], "2026-03-16 15:40",
        "Monsieur,\n\nNous avons le plaisir de vous convier à un entretien avec M. Yao N'Guessan, "
        "notre Directeur Administratif et Financier, le mercredi 18 mars 2026 à 11h00, à notre "
        "siège du Plateau (immeuble Les Harmonies, 6e étage).\n\nMerci de bien vouloir nous "
        "confirmer votre présence.\n\nCordialement,", cc=[ng],
        subject="Entretien – Contrôleur de gestion – M. Kouamé")
    say(c, "b2", c.me, [kone], "2026-03-16 18:05",
        "Bonsoir Madame Koné,\n\nJe vous confirme ma présence le mercredi 18 mars à 11h00 au "
        "Plateau.\n\nCordialement,", parent="b1", cc=[ng])
    say(c, "b3", ng, [c.me], "2026-03-18 08:47",
        "Bonjour Monsieur Kouamé,\n\nUn impératif de dernière minute m'oblige à renoncer à notre "
        "rencontre de ce matin. Mme Koné reviendra vers vous pour convenir d'un autre moment.\n\n"
        "Toutes mes excuses pour ce contretemps.", parent="b2", cc=[kone])
    say(c, "b4", c.me, [ng], "2026-03-18 09:10",
        "Bonjour Monsieur,\n\nC'est bien noté. Je reste disponible aux dates qui vous "
        "conviendront.\n\nBonne journée,", parent="b3", cc=[kone])
    c.thread("b1", True, "interview", "Lagune Logistique SA",
             "entretien mer. 18/03 11h annulé le matin même par le DAF ('un impératif'); pas de "
             "nouvelle date")
    c.meeting("b1", c.at("2026-03-18 11:00"), status="cancelled", met=[ng.email])
    c.forbid("b1", ng.email, "he called the meeting off that morning ('un impératif de dernière "
             "minute'); it never took place")
    c.forbid("b1", kone.email, "arranged it and was not to attend; 'reviendra vers vous' names no day")
    return c


def v03_casablanca_deux_reports():
    tz = "Africa/Casablanca"
    c = mk("intl2-03-casablanca-deux-reports",
           "fr-MA: interview moved twice (by them to Thursday, by the user to the later slot); "
           "only the final slot happened",
           "Salma Bennani", "salma.bennani@example.ma", tz, "+212 6 61 23 45 78",
           "2026-04-24 09:00", "Casablanca, a data engineer's interview moved twice.", "fr",
           "Salma Bennani\n06 61 23 45 78")
    yo = P("Youssef El Amrani", "y.elamrani@atlascloud.ma", tz, sig=(
        "Youssef El Amrani\nTalent Acquisition – Atlas Cloud Services\n+212 5 22 98 14 30"))
    tazi = P("Nadia Tazi", "n.tazi@atlascloud.ma", tz)
    say(c, "c1", yo, [c.me], "2026-04-20 10:15",
        "Bonjour Salma,\n\nComme convenu au téléphone, je vous propose l'entretien technique avec "
        "Nadia Tazi, Head of Data (n.tazi@atlascloud.ma), le mardi 21/04 à 14h30, sur Teams. "
        "Comptez une heure.\n\nBonne journée,", subject="Atlas Cloud – entretien technique Data "
        "Engineer")
    say(c, "c2", yo, [c.me], "2026-04-21 08:02",
        "Bonjour Salma,\n\nNadia est retenue en comité de direction cet après-midi. Pouvons-nous "
        "décaler à jeudi 23/04, même heure ?\n\nDésolé pour le changement,", parent="c1",
        quote=False)
    say(c, "c3", c.me, [yo], "2026-04-21 08:40",
        "Bonjour Youssef,\n\nPas de souci pour jeudi. Par contre à 14h30 j'ai déjà un engagement : "
        "16h serait-il possible ? Sinon je m'adapterai.\n\nCordialement,", parent="c2")
    say(c, "c4", yo, [c.me], "2026-04-21 09:15",
        "C'est calé : jeudi 23/04 à 16h00, même lien Teams. Nadia sera seule côté Atlas.\n\n"
        "On revient vers vous avant la fin de la semaine prochaine pour la suite.\n\nYoussef",
        parent="c3", cc=[tazi], sig=False)
    c.thread("c1", True, "interview", "Atlas Cloud Services",
             "mar. 21/04 14h30 -> jeu. 23/04 14h30 (leur report) -> jeu. 23/04 16h00 (à sa "
             "demande), tenu; réponse promise avant le ven. 1er mai")
    c.meeting("c1", c.at("2026-04-21 14:30"), status="moved", met=[tazi.email])
    c.meeting("c1", c.at("2026-04-23 14:30"), status="moved", met=[tazi.email])
    c.meeting("c1", c.at("2026-04-23 16:00"), c.at("2026-04-23 17:00"), met=[tazi.email])
    c.promise("c1", "c4", yo.email, "2026-05-01")
    c.expect("thank_you", "c1", tazi.email,
             "the final slot, Thu 23/04 16:00-17:00, took place with Nadia alone; no note yet; "
             "due since 19:00, overdue only at 17:00 on Friday")
    c.forbid("c1", yo.email, "recruiter, not in the interview; 'avant la fin de la semaine "
             "prochaine' (Fri 1 May) is still open")
    return c


def v04_luxembourg_cafe_relance():
    tz = "Europe/Luxembourg"
    c = mk("intl2-04-luxembourg-cafe-relance",
           "fr-LU (with English): networking coffee thanked in a new thread; 14 days after her "
           "reply the next touch is due",
           "Claire Weber", "claire.weber@example.lu", tz, "+352 621 483 907",
           "2026-03-23 09:00", "Luxembourg, a coffee on compliance careers through a friend.",
           "fr", "Claire Weber\n+352 621 483 907")
    tom = P("Tom Kieffer", "tkieffer@pt.lu", tz, style="webmail", msgid_domain="pt.lu")
    so = P("Sophie Hoffmann", "sophie.hoffmann@banquemoselle.lu", tz, style="outlook",
           region="eurprd07", sig="Sophie Hoffmann\nHead of Compliance | Banque Moselle S.A.\n"
                                  "+352 27 48 91 20")
    say(c, "d1", tom, [c.me, so], "2026-03-02 21:10",
        "Salut Claire, salut Sophie,\n\nComme promis je vous mets en contact. Sophie, Claire "
        "fait du contrôle interne chez un PSF depuis cinq ans et aimerait passer côté "
        "compliance — I told her you're the person to ask. Claire, Sophie dirige la compliance "
        "chez Banque Moselle.\n\nJe vous laisse voir ensemble !\nTom",
        subject="Intro: Claire Weber <> Sophie Hoffmann")
    say(c, "d2", so, [c.me], "2026-03-03 08:15",
        "Bonjour Claire,\n\nAvec plaisir. Un café jeudi 5 mars à 8h15 au Konrad, rue du Nord ? "
        "J'ai ensuite une réunion à 9h30.\n\nBien à vous,", parent="d1", cc=[tom])
    say(c, "d3", c.me, [so], "2026-03-03 09:02",
        "Bonjour Sophie,\n\nParfait, jeudi 8h15 au Konrad. À jeudi !\n\nClaire", parent="d2",
        sig=False)
    say(c, "d4", c.me, [so], "2026-03-05 13:20",
        "Bonjour Sophie,\n\nUn grand merci pour le temps que vous m'avez accordé ce matin. Vos "
        "conseils sur la certification ACAMS et sur les équipes KYC m'ont beaucoup aidée à y "
        "voir clair.\n\nBelle fin de semaine,", subject="Merci pour le café de ce matin")
    say(c, "d5", so, [c.me], "2026-03-05 17:40",
        "Avec plaisir Claire. Je garde votre profil en tête si quelque chose s'ouvre chez nous.\n\n"
        "Bonne continuation,", parent="d4")
    c.thread("d1", True, "networking", "Banque Moselle S.A.",
             "café jeu. 5/03 8h15 au Konrad, présenté par un ami")
    c.thread("d4", True, "networking", "Banque Moselle S.A.",
             "remerciement envoyé le jour même; sa réponse le 5/03 à 17h40")
    c.meeting("d1", c.at("2026-03-05 08:15"), met=[so.email], networking=True,
              thanks={so.email: "d4"})
    c.expect("networking", "d1", so.email,
             "coffee Thu 5 March thanked the same day; her reply that evening is the last "
             "exchange; the 14-day touch fell due at the end of 19 March")
    c.forbid("d1", tom.email, "the friend who introduced them: not at the coffee, owed nothing")
    return c


def v05_montreal_deux_cotes():
    tz = "America/Toronto"
    c = mk("intl2-05-montreal-deux-cotes",
           "fr-QC: the user interviews a candidate for her own team one day and is interviewed "
           "herself the next, in the same words ('entrevue')",
           "Marie-Ève Tremblay", "me.tremblay@example.ca", tz, "+1 514 555 0187",
           "2026-04-10 16:30", "Montréal, a BI team lead on both sides of an 'entrevue'.", "fr",
           "Marie-Ève Tremblay\n514 555-0187")
    iroy = P("Isabelle Roy", "iroy@groupeboreal.ca", tz, style="outlook", region="namprd12",
             sig="Isabelle Roy, CRHA\nConseillère principale, acquisition de talents\nGroupe Boréal")
    jer = P("Jérémie Gagnon", "jeremie.gagnon@videotron.ca", tz, style="webmail",
            msgid_domain="videotron.ca")
    julie = P("Julie Bouchard", "jbouchard@fjordanalytique.com", tz, sig=(
        "Julie Bouchard\nPartenaire RH | Fjord Analytique\n438 555-0119"))
    lavoie = P("Patrick Lavoie", "plavoie@fjordanalytique.com", tz)
    s1, e1 = c.at("2026-04-08 13:30"), c.at("2026-04-08 14:30")
    inv = ics(c, "boreal", s1, e1, "Entrevue – Jérémie Gagnon – Analyste BI", iroy,
              [(c.me, "ACCEPTED", "INDIVIDUAL"), (jer, "ACCEPTED", "INDIVIDUAL")],
              tzid="Eastern Standard Time", outlook=True, location="Salle Mont-Royal / Teams",
              description="Entrevue pour le poste d'analyste BI dans l'équipe de Marie-Ève.")
    say(c, "e1", iroy, [c.me, jer], "2026-04-06 10:00",
        "Bonjour Marie-Ève, bonjour Jérémie,\n\nVoici l'invitation pour l'entrevue de mercredi "
        "8 avril à 13 h 30. Marie-Ève, le CV de Jérémie est dans le dossier partagé.",
        subject="Entrevue – Jérémie Gagnon – Analyste BI", ics=inv, ics_mode="outlook")
    say(c, "e2", jer, [c.me], "2026-04-08 16:10",
        "Bonjour Madame Tremblay,\n\nMerci beaucoup pour l'entrevue de cet après-midi. Le projet "
        "de migration vers Power BI m'intéresse vraiment et j'ai hâte de la suite.\n\n"
        "Jérémie Gagnon\n514 555-0166", parent="e1")
    say(c, "f1", julie, [c.me], "2026-04-07 11:20",
        "Bonjour Marie-Ève,\n\nJe vous confirme votre entrevue pour le poste de directrice BI le "
        "vendredi 10 avril, de 10 h à 11 h, dans nos bureaux du 1250, boul. René-Lévesque. Vous "
        "rencontrerez Patrick Lavoie, vice-président données (plavoie@fjordanalytique.com). "
        "Je ne serai pas de la rencontre, mais n'hésitez pas à m'écrire d'ici là.\n\nAu plaisir,",
        subject="Confirmation de votre entrevue – Directrice BI")
    say(c, "f2", c.me, [julie], "2026-04-07 12:02",
        "Bonjour Julie,\n\nC'est noté pour vendredi 10 h. Au plaisir,", parent="f1")
    c.thread("e1", False, None, "Groupe Boréal",
             "elle passe l'entrevue d'un candidat pour son équipe, mer. 8/04 13 h 30")
    c.thread("f1", True, "interview", "Fjord Analytique",
             "son entrevue ven. 10/04 10 h-11 h avec P. Lavoie; aucun remerciement")
    c.meeting("e1", s1, e1, met=[jer.email], job=False, what="she interviews a candidate")
    c.meeting("f1", c.at("2026-04-10 10:00"), c.at("2026-04-10 11:00"), met=[lavoie.email])
    c.expect("thank_you", "f1", lavoie.email,
             "her own interview Fri 10 April 10:00-11:00 took place; no note; due since 13:00")
    c.forbid("e1", jer.email, "she was the interviewer, at her current employer: the candidate "
             "thanks her, she owes no follow-up")
    c.forbid("f1", julie.email, "HR partner who set it up and said she would not be there")
    return c


def v06_quebec_personne_au_rendezvous():
    tz = "America/Toronto"
    c = mk("intl2-06-quebec-personne-au-rendezvous",
           "fr-QC: the interviewer never joined the Teams call; a new slot is set for next week",
           "Olivier Gagné", "olivier.gagne@example.ca", tz, "+1 418 555 0143",
           "2026-04-17 10:00", "Québec, a process engineer left alone in a Teams room.", "fr",
           "Olivier Gagné, ing.\n418 555-0143")
    cat = P("Catherine Pelletier", "cpelletier@hydrolab.qc.ca", tz, style="outlook",
            region="namprd20", sig="Catherine Pelletier\nConseillère en recrutement\nHydrolab "
                                   "Solutions inc.\n418 555-0172, poste 214")
    mac = P("Marc-André Côté", "macote@hydrolab.qc.ca", tz, style="outlook", region="namprd20")
    s1 = c.at("2026-04-14 14:00")
    inv1 = ics(c, "hydro1", s1, s1 + HOUR, "Entrevue – Ingénieur procédés – O. Gagné", cat,
               [(mac, "ACCEPTED", "INDIVIDUAL"), (c.me, "NEEDS-ACTION", "INDIVIDUAL")],
               tzid="Eastern Standard Time", outlook=True, location="Réunion Microsoft Teams")
    say(c, "g1", cat, [c.me], "2026-04-13 11:00",
        "Bonjour Olivier,\n\nTel que discuté, voici l'invitation pour votre entrevue avec "
        "Marc-André Côté, directeur de l'usine, demain mardi à 14 h sur Teams.",
        subject="Entrevue – Ingénieur procédés – O. Gagné", ics=inv1, ics_mode="outlook")
    say(c, "g2", c.me, [cat], "2026-04-14 14:22",
        "Bonjour Catherine,\n\nJe suis dans la réunion Teams depuis 14 h, mais personne ne s'est "
        "joint. Est-ce que la rencontre tient toujours ? Je reste branché jusqu'à 14 h 30.\n\n"
        "Olivier", parent="g1", sig=False)
    s2 = c.at("2026-04-21 09:00")
    inv2 = ics(c, "hydro2", s2, s2 + HOUR, "Entrevue (reportée) – Ingénieur procédés – O. Gagné",
               cat, [(mac, "ACCEPTED", "INDIVIDUAL"), (c.me, "NEEDS-ACTION", "INDIVIDUAL")],
               tzid="Eastern Standard Time", outlook=True, location="Réunion Microsoft Teams",
               stamp=c.at("2026-04-14 16:00"))
    say(c, "g3", cat, [c.me], "2026-04-14 16:05",
        "Olivier,\n\nToutes mes excuses : Marc-André a été appelé d'urgence au chantier de Lévis "
        "et n'a pas pu se libérer. Je vous envoie une nouvelle invitation pour le mardi 21 avril "
        "à 9 h, même formule.\n\nEncore désolée,", parent="g2", ics=inv2, ics_mode="outlook")
    c.thread("g1", True, "interview", "Hydrolab Solutions inc.",
             "entrevue Teams mar. 14/04 14 h: l'intervieweur ne s'est pas présenté; reprise "
             "mar. 21/04 9 h")
    c.meeting("g1", s1, status="noshow", met=[mac.email])
    c.meeting("g1", s2, status="scheduled", met=[mac.email])
    c.forbid("g1", mac.email, "he never joined on 14 April, and the new interview is next Tuesday")
    c.forbid("g1", cat.email, "recruiter, not in the call; she answered the same afternoon")
    return c


def v07_abidjan_jury():
    tz = "Africa/Abidjan"
    c = mk("intl2-07-abidjan-jury",
           "fr-CI: panel named only in the text with addresses; one member did not sit; one "
           "was thanked in a new thread",
           "Mariam Coulibaly", "mariam.coulibaly@example.ci", tz, "+225 05 64 17 82 09",
           "2026-05-12 15:00", "Abidjan, a solar project engineer before a three-person jury.",
           "fr", "Mariam COULIBALY\nIngénieure électrotechnicienne\n+225 05 64 17 82 09")
    fb = P("Fatou Bamba", "f.bamba@ier-energie.ci", tz, style="outlook", region="eurprd02",
           sig="Fatou BAMBA\nAssistante Ressources Humaines\nIvoire Énergies Renouvelables\n"
               "Cocody Riviera 3 – Abidjan")
    kou = P("Didier Kouassi", "d.kouassi@ier-energie.ci", tz)
    tra = P("Awa Traoré", "a.traore@ier-energie.ci", tz)
    aka = P("Jean-Marc Aka", "jm.aka@ier-energie.ci", tz)
    say(c, "h1", fb, [c.me], "2026-05-06 10:30",
        "Madame,\n\nSuite à la présélection, vous êtes conviée à un entretien devant jury le "
        "lundi 11 mai 2026 à 9h00, à notre siège de Cocody Riviera 3.\n\nLe jury sera composé "
        "de :\n- M. Didier Kouassi, Directeur technique (d.kouassi@ier-energie.ci)\n"
        "- Mme Awa Traoré, Responsable RH (a.traore@ier-energie.ci)\n"
        "- M. Jean-Marc Aka, Chef de projet solaire (jm.aka@ier-energie.ci)\n\nDurée prévue : "
        "1h30. Veuillez vous munir de votre pièce d'identité et de vos diplômes.\n\n"
        "Cordialement,", subject="Convocation – entretien Ingénieur(e) projets solaires")
    say(c, "h2", c.me, [fb], "2026-05-06 12:00",
        "Madame Bamba,\n\nJ'accuse réception de votre convocation et vous confirme ma présence le "
        "lundi 11 mai à 9h00.\n\nCordialement,", parent="h1")
    say(c, "h3", fb, [c.me], "2026-05-11 12:15",
        "Madame Coulibaly,\n\nM. Kouassi, retenu ce matin sur le chantier de Bingerville, tient "
        "à s'excuser de n'avoir pu siéger au jury. Les résultats vous seront communiqués au plus "
        "tard le vendredi 22 mai.\n\nCordialement,", parent="h2")
    say(c, "t1", c.me, [tra], "2026-05-11 18:40",
        "Madame Traoré,\n\nJe vous remercie pour l'entretien de ce matin et pour la présentation "
        "du programme de formation interne. Le projet de Korhogo correspond exactement à ce que "
        "j'ai fait chez mon employeur actuel, et j'espère pouvoir y contribuer.\n\n"
        "Respectueusement,", subject="Remerciements – entretien du 11 mai")
    c.thread("h1", True, "interview", "Ivoire Énergies Renouvelables",
             "jury lun. 11/05 9h-10h30 (Kouassi absent); résultats promis au plus tard le 22/05")
    c.thread("t1", True, "interview", "Ivoire Énergies Renouvelables",
             "remerciement à Mme Traoré seule, le soir même")
    c.meeting("h1", c.at("2026-05-11 09:00"), c.at("2026-05-11 10:30"),
              met=[tra.email, aka.email], thanks={tra.email: "t1"})
    c.promise("h1", "h3", fb.email, "2026-05-22")
    c.expect("thank_you", "h1", aka.email,
             "sat on the Mon 11 May jury; only Mme Traoré was thanked; overdue since Tue 10:30")
    c.forbid("h1", kou.email, "named on the jury but did not sit ('n'a pu siéger'): not met")
    c.forbid("h1", tra.email, "thanked the same evening in a new thread")
    c.forbid("h1", fb.email, "assistant who arranged it; 'au plus tard le vendredi 22 mai' is "
             "still open")
    return c


def v08_dakar_webinaire_ecole():
    tz = "Africa/Dakar"
    c = mk("intl2-08-dakar-webinaire-ecole",
           "fr-SN: a recruitment webinar (group event) and a parent-teacher meeting: nothing owed",
           "Cheikh Tidiane Diop", "ct.diop@example.sn", tz, "+221 76 330 18 44",
           "2026-05-14 10:00", "Dakar, a geologist at a mining webinar and his son's school.",
           "fr", "Cheikh Tidiane Diop\n76 330 18 44")
    noreply = P("Sahel Mining – Carrières", "no-reply@sahelmining.sn", tz, style="auto",
                auto=True)
    sarr = P("Khady Sarr", "k.sarr@sahelmining.sn", tz, sig="Khady SARR\nMarque employeur & "
                                                          "recrutement – Sahel Mining SA")
    prof = P("Ndèye Fatou Ndour", "nf.ndour@ecolelesfilaos.sn", tz)
    s = c.at("2026-05-12 16:00")
    say(c, "k1", noreply, [c.me], "2026-05-08 09:00",
        "Bonjour Cheikh Tidiane,\n\nVotre inscription à la séance d'information en ligne "
        "« Carrières chez Sahel Mining : géologues et ingénieurs miniers » est confirmée.\n\n"
        "Date : mardi 12 mai 2026, 16h00–17h30 (heure de Dakar)\nLien Zoom : "
        "https://zoom.us/j/84120057731\n\nCe message est envoyé automatiquement, merci de ne pas "
        "y répondre.", subject="Confirmation d'inscription – séance d'information du 12 mai",
        headers=AUTO)
    say(c, "k2", sarr, [P("Participants séance d'information", "participants-12mai@sahelmining.sn",
                          tz)], "2026-05-12 18:30",
        "Chers participants,\n\nMerci d'avoir été plus de 180 à nous suivre cet après-midi. Le "
        "replay et la présentation sont disponibles ici : https://carrieres.sahelmining.sn/replay "
        "\n\nLes offres ouvertes sont sur notre site ; postulez directement en ligne.\n\n"
        "Bien à vous,", subject="Séance d'information du 12 mai – replay et présentation",
        headers={"Precedence": "bulk"})
    say(c, "k3", prof, [c.me], "2026-05-05 13:10",
        "Bonjour Monsieur Diop,\n\nJe souhaiterais vous rencontrer au sujet des résultats "
        "d'Abdou ce trimestre. Seriez-vous disponible mercredi 13 mai à 17h, à l'école ?\n\n"
        "Mme Ndour, maîtresse de CM2", subject="Rencontre au sujet d'Abdou")
    say(c, "k4", c.me, [prof], "2026-05-05 20:30",
        "Bonsoir Madame Ndour,\n\nMercredi 17h me convient, je serai là.\n\nCheikh Tidiane Diop",
        parent="k3", sig=False)
    c.thread("k1", True, "recruiter", "Sahel Mining SA",
             "webinaire de recrutement mar. 12/05 16h-17h30, plus de 180 participants")
    c.thread("k2", True, "recruiter", "Sahel Mining SA", "mail collectif après le webinaire")
    c.thread("k3", False, None, "École Les Filaos", "rencontre avec la maîtresse de son fils")
    c.meeting("k1", s, c.at("2026-05-12 17:30"), met=[], what="webinar, no one met one to one")
    c.meeting("k3", c.at("2026-05-13 17:00"), met=[prof.email], job=False)
    c.forbid("k1", noreply.email, "automated registration notice for a group webinar")
    c.forbid("k2", sarr.email, "a mass mail to 180 webinar attendees; he never met her one to one")
    c.forbid("k3", prof.email, "his son's teacher: not job search")
    return c

# ===========================================================================
# Spanish
# ===========================================================================

def v09_santiago_elige_horario():
    tz = "America/Santiago"
    c = mk("intl2-09-santiago-elige-horario",
           "es-CL: an assistant offers three slots, the user picks one; held; the assistant "
           "does not attend",
           "Catalina Muñoz Rojas", "catalina.munoz@example.cl", tz, "+56 9 8765 4321",
           "2026-05-07 18:30", "Santiago, a supply planner choosing among three slots.", "es",
           "Catalina Muñoz R.\n+56 9 8765 4321")
    jav = P("Javiera Soto", "jsoto@andesretail.cl", tz, locale="es", sig=(
        "Javiera Soto Valdés\nAsistente de Gerencia de Planificación\nAndes Retail SpA\n"
        "Av. Apoquindo 4500, piso 12, Las Condes"))
    rod = P("Rodrigo Fuentes", "rfuentes@andesretail.cl", tz, locale="es")
    say(c, "a1", jav, [c.me], "2026-05-04 11:20",
        "Hola Catalina, ¿cómo estás?\n\nTe escribo de parte de Rodrigo Fuentes, gerente de "
        "Planificación, para coordinar una reunión por el cargo de Analista de Abastecimiento. "
        "Él tiene disponibilidad:\n\n- martes 5/5 a las 16:00\n- jueves 7/5 a las 10:00\n"
        "- viernes 8/5 a las 12:30\n\nEs presencial en nuestras oficinas y dura "
        "aproximadamente una hora. Yo no participo, pero cualquier cosa me avisas.\n\n"
        "Saludos,", subject="Reunión con Rodrigo Fuentes – Analista de Abastecimiento")
    say(c, "a2", c.me, [jav], "2026-05-04 12:05",
        "Hola Javiera:\n\n¡Muchas gracias! Me acomoda el jueves 7 a las 10:00.\n\nSaludos,",
        parent="a1", sig=False)
    say(c, "a3", jav, [c.me], "2026-05-04 12:30",
        "Perfecto, queda agendado el jueves 7/5 a las 10:00 con Rodrigo (rfuentes@andesretail.cl)."
        " Pregunta por él en recepción.\n\nSaludos,", parent="a2", cc=[rod])
    c.thread("a1", True, "interview", "Andes Retail SpA",
             "tres horarios ofrecidos; eligió jue. 7/5 10:00, realizada; sin agradecimiento")
    c.meeting("a1", c.at("2026-05-07 10:00"), met=[rod.email])
    c.expect("thank_you", "a1", rod.email,
             "the chosen slot, Thu 7/5 10:00 (an hour), took place; no note; due since 13:00")
    c.forbid("a1", jav.email, "assistant who offered the slots and said she would not take part")
    return c


def v10_lima_propuesta_sin_confirmar():
    tz = "America/Lima"
    c = mk("intl2-10-lima-propuesta-sin-confirmar",
           "es-PE: a proposed interview never confirmed (no meeting); the promise to confirm by "
           "Friday lapsed",
           "Diego Quispe Huamán", "diego.quispe@example.pe", tz, "+51 987 654 321",
           "2026-03-19 10:00", "Lima, a plant supervisor whose interview was never fixed.", "es",
           "Diego Quispe Huamán\nCel. 987 654 321")
    rosa = P("Rosa Chávez", "rchavez@pacificoagro.com.pe", tz, style="outlook", locale="es",
             region="namprd05", sig="Lic. Rosa Chávez Salazar\nJefa de Selección y Desarrollo\n"
                                    "Pacífico Agroexport S.A.C.\nT. (01) 612-4400 anexo 231")
    luis = P("Luis Paredes", "lparedes@pacificoagro.com.pe", tz, style="outlook", locale="es",
             region="namprd05")
    say(c, "b1", rosa, [c.me], "2026-03-09 10:00",
        "Estimado Diego:\n\nReciba un cordial saludo. Luego de revisar su perfil, nos gustaría "
        "programar una entrevista con el Ing. Luis Paredes, jefe de planta en Chincha. ¿Le "
        "parecería bien el jueves 12 de marzo a las 3:00 p. m., por Zoom?\n\nQuedo atenta.",
        cc=[luis], subject="Proceso de selección – Supervisor de Producción")
    say(c, "b2", c.me, [rosa], "2026-03-09 11:30",
        "Estimada Lic. Chávez:\n\nMuy amable por la consideración. El jueves 12 tengo un "
        "compromiso a esa hora; ¿sería posible el viernes 13 por la mañana o el lunes 16 en "
        "cualquier horario?\n\nAtentamente,", parent="b1", cc=[luis])
    say(c, "b3", rosa, [c.me], "2026-03-10 09:15",
        "Estimado Diego:\n\nLo consulto con el Ing. Paredes y le confirmo a más tardar el viernes "
        "13 de marzo.\n\nSaludos cordiales,", parent="b2", cc=[luis])
    c.thread("b1", True, "interview", "Pacífico Agroexport S.A.C.",
             "entrevista propuesta jue. 12/03 15:00, él pidió otra fecha; nunca se confirmó; "
             "'le confirmo a más tardar el viernes 13' sin respuesta")
    c.meeting("b1", c.at("2026-03-12 15:00"), status="proposed", met=[luis.email])
    c.promise("b1", "b3", rosa.email, "2026-03-13")
    c.expect("callback", "b1", rosa.email,
             "'le confirmo a más tardar el viernes 13 de marzo'; nothing since; due from the end "
             "of Tue 17 March", promised="2026-03-13")
    c.forbid("b1", luis.email, "the interview was only proposed and never confirmed: no meeting "
             "took place, and he promised nothing")
    return c


def v11_buenosaires_cafe_voseo():
    tz = "America/Argentina/Buenos_Aires"
    c = mk("intl2-11-buenosaires-cafe-voseo",
           "es-AR: a networking coffee through a friend, thanked in the same thread; the next "
           "touch is not due yet",
           "Martina Giménez", "martina.gimenez@example.com.ar", tz, "+54 9 11 5432-1098",
           "2026-04-21 10:00", "Buenos Aires, a researcher meeting a fintech UX lead.", "es",
           "Martina Giménez\n+54 9 11 5432-1098")
    nico = P("Nico Ferraro", "nicoferraro@gmail.com", tz, locale="es")
    lu = P("Lucía Benítez", "lucia.benitez@tangopagos.com.ar", tz, locale="es",
           sig="Lucía Benítez\nUX Research Lead · Tango Pagos")
    say(c, "c1", nico, [c.me, lu], "2026-04-14 19:40",
        "Lu, te presento a Martina: hizo research en salud cinco años y quiere pasarse a "
        "fintech. Martu, Lucía lidera research en Tango Pagos y es una genia.\n\nLas dejo "
        "charlando 🙂\nNico", subject="Martina <> Lucía")
    say(c, "c2", lu, [c.me], "2026-04-15 09:05",
        "¡Hola Martina! Encantada. ¿Te va un café el viernes 17 a las 9 en Birkin, en Palermo? "
        "Si no, vemos otro día.", parent="c1", cc=[nico])
    say(c, "c3", c.me, [lu], "2026-04-15 09:30",
        "¡Hola Lucía! Dale, el viernes a las 9 en Birkin me viene perfecto. Nico, gracias por "
        "el contacto.\n\nMartina", parent="c2", cc=[nico], sig=False)
    say(c, "c4", c.me, [lu], "2026-04-17 12:10",
        "Lucía, ¡mil gracias por el café y por todo lo que me contaste de cómo trabajan research "
        "y producto en Tango! Ya me anoté en el meetup de ResearchOps que me recomendaste.\n\n"
        "Un abrazo,", parent="c2")
    say(c, "c5", lu, [c.me], "2026-04-17 18:30",
        "¡De nada, Martina! Fue un gusto. Cualquier cosa escribime.", parent="c4")
    c.thread("c1", True, "networking", "Tango Pagos",
             "café vie. 17/4 9:00 en Birkin; agradecido en el hilo ese mediodía")
    c.meeting("c1", c.at("2026-04-17 09:00"), met=[lu.email], networking=True,
              thanks={lu.email: "c4"})
    c.forbid("c1", lu.email, "coffee Fri 17/4 thanked in this thread at 12:10; her reply the same "
             "day puts the next touch at the end of 1 May")
    c.forbid("c1", nico.email, "the friend who introduced them: not at the coffee")
    return c


def v12_bilbao_me_retiro():
    tz = "Europe/Madrid"
    c = mk("intl2-12-bilbao-me-retiro",
           "es-ES (Euskadi): the user withdraws before the interview; the recruiter sends the "
           "Outlook CANCEL",
           "Ane Etxeberria Goikoetxea", "ane.etxeberria@example.es", tz, "+34 688 123 456",
           "2026-05-22 10:00", "Bilbao, a project engineer bowing out after another offer.", "es",
           "Ane Etxeberria\n688 123 456")
    lei = P("Leire Urrutia", "leire.urrutia@nerbioi-ingenieria.es", tz, style="outlook",
            locale="es", region="eurprd03",
            sig="Leire Urrutia\nTécnica de Selección | Nerbioi Ingeniería S.L.\nTel. 944 123 870")
    jon = P("Jon Arrieta", "j.arrieta@nerbioi-ingenieria.es", tz, style="outlook", locale="es",
            region="eurprd03")
    s = c.at("2026-05-21 10:00")
    att = [(jon, "ACCEPTED", "INDIVIDUAL"), (c.me, "NEEDS-ACTION", "INDIVIDUAL")]
    say(c, "d1", lei, [c.me, jon], "2026-05-18 12:00",
        "Egun on Ane:\n\nTe adjunto la convocatoria para la entrevista del jueves 21 con Jon "
        "Arrieta, nuestro director técnico, en la oficina de Abandoibarra.",
        subject="Entrevista – Ingeniera de proyectos – Ane Etxeberria",
        ics=ics(c, "nerbioi", s, s + HOUR, "Entrevista – Ingeniera de proyectos – Ane Etxeberria",
                lei, att, tzid="Romance Standard Time", outlook=True,
                location="Nerbioi Ingeniería – Sala Artxanda"), ics_mode="outlook")
    say(c, "d2", c.me, [lei], "2026-05-19 20:15",
        "Kaixo Leire:\n\nSiento avisar con tan poco margen, pero voy a tener que retirarme del "
        "proceso: esta mañana he aceptado una oferta en otra empresa, así que no acudiré a la "
        "entrevista del jueves con Jon. Disculpad las molestias.\n\nUn saludo,", parent="d1",
        cc=[jon])
    say(c, "d3", lei, [c.me], "2026-05-20 08:30",
        "Egun on Ane:\n\nZorionak por el nuevo puesto. Cancelo la reunión.\n\nUn saludo,",
        parent="d2", subject="Cancelada: Entrevista – Ingeniera de proyectos – Ane Etxeberria",
        ics=ics(c, "nerbioi", s, s + HOUR, "Cancelada: Entrevista – Ingeniera de proyectos – "
                "Ane Etxeberria", lei, att, method="CANCEL", tzid="Romance Standard Time",
                outlook=True, sequence=1, status="CANCELLED", stamp=c.at("2026-05-20 08:29")),
        ics_mode="outlook")
    c.thread("d1", True, "interview", "Nerbioi Ingeniería S.L.",
             "entrevista jue. 21/5 10:00; ella se retiró el martes; CANCEL de Outlook el miércoles")
    c.meeting("d1", s, status="cancelled", met=[jon.email])
    c.forbid("d1", jon.email, "she withdrew and the meeting was cancelled (ICS CANCEL): no interview")
    c.forbid("d1", lei.email, "recruiter; the process is closed by the user's own choice")
    return c


def v13_sevilla_adelantada():
    tz = "Europe/Madrid"
    c = mk("intl2-13-sevilla-adelantada",
           "es-ES (Andalucía): interview brought forward a day in words, held, thanked in the "
           "thread; a school tutoría beside it",
           "Rocío Domínguez Ortega", "rocio.dominguez@example.es", tz, "+34 654 987 321",
           "2026-03-30 10:00", "Sevilla, a front-end developer and her son's tutor.", "es",
           "Rocío Domínguez\n654 98 73 21")
    man = P("Manuel Rivas Cano", "manuel.rivas@guadalquivirdigital.es", tz, locale="es",
            sig="Manuel Rivas\nResponsable de Front-end · Guadalquivir Digital")
    tut = P("Mª Carmen Vela", "mcvela@colegiosanfernando.es", tz, locale="es", style="outlook",
            region="eurprd01")
    say(c, "e1", man, [c.me], "2026-03-23 09:30",
        "Hola Rocío:\n\nTe confirmo la entrevista para el puesto de desarrolladora front-end el "
        "jueves 26 de marzo a las 17:00 en nuestra oficina de la Isla de la Cartuja. Será "
        "conmigo, una hora más o menos.\n\nUn saludo,", subject="Entrevista front-end – jueves 26")
    say(c, "e2", man, [c.me], "2026-03-24 13:10",
        "Rocío, una cosa: el jueves por la tarde me ha surgido un viaje a Málaga. ¿Podríamos "
        "adelantarla al miércoles 25 a la misma hora?", parent="e1", quote=False)
    say(c, "e3", c.me, [man], "2026-03-24 13:45",
        "Sin problema, Manuel. El miércoles a las 17:00 me viene bien.\n\nRocío", parent="e2",
        sig=False)
    say(c, "e4", c.me, [man], "2026-03-25 21:05",
        "Hola Manuel:\n\nMuchas gracias por la entrevista de esta tarde y por enseñarme el "
        "sistema de diseño que estáis montando. Me quedo con muchas ganas de trabajar en la "
        "migración a Vue 3.\n\nUn saludo,", parent="e3")
    say(c, "e5", man, [c.me], "2026-03-26 09:10",
        "Gracias a ti, Rocío. Esta semana y la que viene seguimos viendo perfiles; te diremos "
        "algo antes del 10 de abril.", parent="e4", sig=False)
    say(c, "f1", tut, [c.me], "2026-03-19 14:00",
        "Estimada familia:\n\nLe cito para una tutoría el martes 24 de marzo a las 16:30 para "
        "comentar la evolución de Hugo en este trimestre.\n\nUn cordial saludo,\nMª Carmen Vela\n"
        "Tutora de 3º B – Colegio San Fernando", subject="Tutoría – Hugo Domínguez (3º B)")
    say(c, "f2", c.me, [tut], "2026-03-19 18:20",
        "Buenas tardes, Mª Carmen:\n\nAllí estaré el martes a las 16:30.\n\nRocío Domínguez",
        parent="f1", sig=False)
    c.thread("e1", True, "interview", "Guadalquivir Digital S.L.",
             "jue. 26/3 17:00 adelantada al mié. 25/3 17:00; agradecida en el hilo; respuesta "
             "antes del 10/4")
    c.thread("f1", False, None, "Colegio San Fernando", "tutoría mar. 24/3 16:30")
    c.meeting("e1", c.at("2026-03-26 17:00"), status="moved", met=[man.email])
    c.meeting("e1", c.at("2026-03-25 17:00"), met=[man.email], thanks={man.email: "e4"})
    c.promise("e1", "e5", man.email, "2026-04-10")
    c.meeting("f1", c.at("2026-03-24 16:30"), met=[tut.email], job=False)
    c.forbid("e1", man.email, "interview (moved to Wed 25) thanked in the thread that night; "
             "'antes del 10 de abril' is still open")
    c.forbid("f1", tut.email, "her son's tutor at school: not job search")
    return c


def v14_sanjose_sustituto():
    tz = "America/Costa_Rica"
    c = mk("intl2-14-sanjose-sustituto",
           "es-CR: the named interviewer is off sick; a substitute (address given) takes the "
           "interview",
           "Andrés Solís Jiménez", "andres.solis@example.cr", tz, "+506 8845 2210",
           "2026-06-04 09:00", "San José, a QA engineer met by a substitute.", "es",
           "Andrés Solís J.\n8845-2210")
    dan = P("Daniela Castro", "dcastro@volcansoftware.cr", tz, locale="es", sig=(
        "Lic. Daniela Castro Mora\nReclutamiento y Selección – Volcán Software S.A.\n"
        "Tel. 2290-4410"))
    mora = P("Mariela Mora", "mmora@volcansoftware.cr", tz, locale="es")
    var = P("Esteban Vargas", "evargas@volcansoftware.cr", tz, locale="es")
    say(c, "g1", dan, [c.me], "2026-06-01 10:00",
        "Estimado Andrés:\n\nUn gusto saludarle. Le confirmo su entrevista técnica con la Ing. "
        "Mariela Mora (mmora@volcansoftware.cr) el miércoles 3 de junio a las 2:00 p.m. por "
        "Google Meet: https://meet.google.com/vxk-pqra-tmd\n\nPura vida,",
        subject="Entrevista técnica – QA Automation Engineer")
    say(c, "g2", dan, [c.me], "2026-06-03 11:40",
        "Estimado Andrés:\n\nLa Ing. Mora se encuentra incapacitada el día de hoy, por lo que la "
        "entrevista de las 2:00 p.m. la realizará el Ing. Esteban Vargas (evargas@volcansoftware.cr),"
        " líder técnico del mismo equipo. El enlace es el mismo. Disculpe el cambio.",
        parent="g1", cc=[var])
    say(c, "g3", c.me, [dan], "2026-06-03 11:55",
        "Estimada Daniela:\n\nCon mucho gusto, ahí estaré a las 2:00 p.m.\n\nSaludos,",
        parent="g2", cc=[var])
    c.thread("g1", True, "interview", "Volcán Software S.A.",
             "entrevista mié. 3/6 14:00 por Meet; la Ing. Mora incapacitada, la hizo el Ing. Vargas")
    c.meeting("g1", c.at("2026-06-03 14:00"), met=[var.email])
    c.expect("thank_you", "g1", var.email,
             "he took the Wed 3 June 14:00 interview in her place; no note; due since 17:00")
    c.forbid("g1", mora.email, "off sick that day: she was not at the interview")
    c.forbid("g1", dan.email, "recruiter who arranged it; not in the call")
    return c


def v15_santiago_se_me_paso():
    tz = "America/Santiago"
    c = mk("intl2-15-santiago-se-me-paso",
           "es-CL: the user missed the Teams interview (clock change); a new one is set for "
           "Monday",
           "Felipe Contreras Araya", "felipe.contreras@example.cl", tz, "+56 9 7654 3210",
           "2026-04-10 11:00", "Santiago, an operations analyst who joined an empty call.", "es",
           "Felipe Contreras A.\n+56 9 7654 3210")
    con = P("Constanza Vidal", "cvidal@puertoaustral.cl", tz, locale="es", sig=(
        "Constanza Vidal\nPeople & Culture · Puerto Austral Logística"))
    gon = P("Gonzalo Pizarro", "gpizarro@puertoaustral.cl", tz, locale="es")
    say(c, "h1", con, [c.me], "2026-04-07 15:00",
        "Hola Felipe:\n\nTe confirmo la entrevista por Teams con Gonzalo Pizarro, jefe de "
        "operaciones, mañana miércoles 8 de abril a las 09:30 hrs.\n\nSaludos,", cc=[gon],
        subject="Entrevista Analista de Operaciones – Puerto Austral")
    say(c, "h2", gon, [c.me], "2026-04-08 09:52",
        "Felipe, te estamos esperando en el Teams desde las 9:30. ¿Tuviste algún problema con "
        "el enlace?", parent="h1", cc=[con])
    say(c, "h3", c.me, [gon, con], "2026-04-08 10:40",
        "Gonzalo, Constanza:\n\nLes pido disculpas: me confundí con el cambio de hora del fin de "
        "semana y me conecté cuando ya no había nadie. Si fuera posible, me encantaría tener "
        "otra oportunidad.\n\nSaludos,", parent="h2")
    say(c, "h4", con, [c.me], "2026-04-08 12:30",
        "Hola Felipe, no te preocupes, pasa. Gonzalo puede el lunes 13 a las 09:30 (hora de "
        "Chile continental, ya con horario de invierno). Te llega la invitación en un rato.",
        parent="h3", cc=[gon])
    say(c, "h5", c.me, [con], "2026-04-08 12:45",
        "Perfecto, el lunes 13 a las 09:30 ahí estaré. Gracias, Constanza.", parent="h4",
        sig=False)
    c.thread("h1", True, "interview", "Puerto Austral Logística",
             "entrevista mié. 8/4 09:30: él no se conectó a tiempo; nueva fecha lun. 13/4 09:30")
    c.meeting("h1", c.at("2026-04-08 09:30"), status="missed", met=[gon.email])
    c.meeting("h1", c.at("2026-04-13 09:30"), status="scheduled", met=[gon.email])
    c.forbid("h1", gon.email, "the user missed the 8 April call; the new interview is on Monday 13")
    c.forbid("h1", con.email, "recruiter, never in a call; she answered at once")
    return c


def v16_malaga_feria_cv():
    tz = "Europe/Madrid"
    c = mk("intl2-16-malaga-feria-cv",
           "es-ES (Andalucía): a job-fair stand (group event) and the CV sent afterwards to the "
           "recruiter met there, unanswered for seven business days",
           "Javier Moreno Ruiz", "javier.moreno@example.es", tz, "+34 622 445 118",
           "2026-04-29 10:00", "Málaga, a systems technician after a job fair.", "es",
           "Javier Moreno Ruiz\n622 445 118\nlinkedin.com/in/javiermorenoruiz")
    fer = P("Foro de Empleo Málaga TECH", "no-reply@foroempleo-malaga.es", tz, style="auto",
            auto=True)
    ele = P("Elena Campos", "elena.campos@costasolcloud.es", tz, locale="es", style="outlook",
            region="eurprd06")
    say(c, "k1", fer, [c.me], "2026-04-10 09:00",
        "¡Hola, Javier!\n\nTu entrada para el Foro de Empleo Málaga TECH está confirmada.\n\n"
        "Jueves 16 de abril de 2026, de 10:00 a 18:00\nPalacio de Ferias y Congresos de Málaga\n"
        "Más de 60 empresas con stand. Trae tu CV impreso.\n\nEste correo se ha enviado "
        "automáticamente.", subject="Tu entrada – Foro de Empleo Málaga TECH (16/04)",
        headers=AUTO)
    say(c, "m1", c.me, [ele], "2026-04-16 19:30",
        "Hola Elena:\n\nSoy Javier Moreno; hablamos esta mañana en el stand de Costa del Sol "
        "Cloud sobre el puesto de técnico de sistemas en el centro de datos de Campanillas. Como "
        "me comentaste, te adjunto mi CV para que lo tengas en cuenta en el proceso.\n\nUn "
        "saludo,", subject="CV – Técnico de sistemas (Foro de Empleo)",
        attachments=[("CV_Javier_Moreno.pdf", "application/pdf", CV)])
    say(c, "m2", ele, [c.me], "2026-04-16 19:31",
        "Estaré fuera de la oficina hasta el lunes 20 de abril, sin acceso al correo. Para "
        "temas urgentes escribe a rrhh@costasolcloud.es.", parent="m1", quote=False,
        subject="Respuesta automática: CV – Técnico de sistemas (Foro de Empleo)",
        headers={"Auto-Submitted": "auto-replied"})
    c.thread("k1", True, "recruiter", "Foro de Empleo Málaga TECH",
             "feria de empleo jue. 16/4 10:00-18:00; evento colectivo")
    c.thread("m1", True, "application", "Costa del Sol Cloud",
             "CV enviado a la reclutadora del stand; solo un fuera de oficina")
    c.meeting("k1", c.at("2026-04-16 10:00"), c.at("2026-04-16 18:00"), met=[],
              what="job fair, a group event")
    c.application("m1", "m1", ele.email)
    c.expect("application", "m1", ele.email,
             "CV sent to her on Thu 16 April; only an out-of-office came back; due at the end of "
             "the 7th business day (Mon 27 April)")
    c.forbid("k1", fer.email, "automated ticket for a job fair, a group event")
    return c

# ===========================================================================
# German
# ===========================================================================

def v17_wien_assistenz_unbekannt():
    tz = "Europe/Vienna"
    c = mk("intl2-17-wien-assistenz-unbekannt",
           "de-AT: interview with HR (address known) and a department head (no address), set up "
           "by an assistant who was not there",
           "Katharina Gruber", "katharina.gruber@example.at", tz, "+43 664 123 45 67",
           "2026-05-14 09:30", "Wien, a grid planner met by two people, one without an address.",
           "de", "Katharina Gruber\n+43 664 123 45 67")
    sab = P("Sabine Leitner", "s.leitner@donauwerk.at", tz, style="outlook", locale="de",
            region="eurprd08", sig="Sabine Leitner\nAssistenz der Geschäftsführung\nDonauwerk "
                                   "Energie GmbH | Wagramer Straße 17, 1220 Wien")
    eva = P("Eva Huber", "e.huber@donauwerk.at", tz, style="outlook", locale="de",
            region="eurprd08", sig="Mag.a Eva Huber\nPersonalentwicklung & Recruiting\n"
                                   "Donauwerk Energie GmbH\nT +43 1 260 44-318")
    say(c, "a1", sab, [c.me], "2026-05-11 09:40",
        "Sehr geehrte Frau Gruber,\n\nim Namen der Geschäftsführung laden wir Sie zu einem "
        "persönlichen Gespräch am Mittwoch, 13. Mai 2026, um 14:00 Uhr ein. Ihre "
        "Gesprächspartner sind Mag.a Eva Huber (Personal, e.huber@donauwerk.at) und DI Thomas "
        "Berger (Leiter Netzplanung). Rechnen Sie mit etwa einer Stunde.\n\nBitte melden Sie sich "
        "beim Empfang im 4. Stock.\n\nMit freundlichen Grüßen",
        subject="Einladung zum Vorstellungsgespräch – Netzplanerin (w/m/d)")
    say(c, "a2", c.me, [sab], "2026-05-11 10:15",
        "Sehr geehrte Frau Leitner,\n\nvielen Dank für die Einladung, ich komme gerne am Mittwoch "
        "um 14:00 Uhr.\n\nMit freundlichen Grüßen", parent="a1")
    say(c, "a3", eva, [c.me], "2026-05-13 17:20",
        "Sehr geehrte Frau Gruber,\n\nschön, dass Sie heute bei uns waren. Wie besprochen melden "
        "wir uns bis Ende nächster Woche bei Ihnen.\n\nMit freundlichen Grüßen",
        subject="Ihr Gespräch bei Donauwerk")
    c.thread("a1", True, "interview", "Donauwerk Energie GmbH",
             "Gespräch Mi. 13.5. 14:00 mit Mag.a Huber und DI Berger (ohne Adresse); Einladung "
             "durch die Assistenz")
    c.thread("a3", True, "interview", "Donauwerk Energie GmbH",
             "Nachricht der Personalerin am Abend; Rückmeldung bis Ende nächster Woche (22.5.)")
    c.meeting("a1", c.at("2026-05-13 14:00"), met=[eva.email], unknown=["DI Thomas Berger"],
              arranged_by=sab.email)
    c.promise("a3", "a3", eva.email, "2026-05-22")
    c.expect("thank_you", "a1", eva.email,
             "met on Wed 13 May 14:00-15:00; her own mail that evening is no thanks from the user; "
             "due since 17:00")
    c.expect("ask_for_address", "a1", sab.email,
             "DI Berger was met but his address is nowhere; the assistant who arranged it can give it")
    return c


def v18_muenchen_absage_outlook():
    tz = "Europe/Berlin"
    c = mk("intl2-18-muenchen-absage-outlook",
           "de-BY: Outlook invite with a room, then an Outlook CANCEL the day before: the post "
           "is filled internally",
           "Lukas Obermaier", "lukas.obermaier@example.de", tz, "+49 171 2345678",
           "2026-03-09 09:00", "München, an actuary whose interview was called off.", "de",
           "Lukas Obermaier\nMobil 0171 2345678")
    fra = P("Franziska Brandl", "franziska.brandl@isartal-versicherung.de", tz, style="outlook",
            locale="de", region="eurprd09", sig="Franziska Brandl\nHR Business Partner\nIsartal "
                                                "Versicherung AG\nTel. +49 89 5120-4471")
    wim = P("Andreas Wimmer", "andreas.wimmer@isartal-versicherung.de", tz, style="outlook",
            locale="de", region="eurprd09")
    room = ("Besprechungsraum Zugspitze", "br-zugspitze@isartal-versicherung.de")
    s = c.at("2026-03-06 10:00")
    att = [(wim, "ACCEPTED", "INDIVIDUAL"), (c.me, "NEEDS-ACTION", "INDIVIDUAL"),
           (room, "ACCEPTED", "ROOM")]
    say(c, "b1", fra, [c.me], "2026-03-03 10:00",
        "Grüß Gott Herr Obermaier,\n\nanbei die Einladung zu Ihrem Vorstellungsgespräch mit "
        "Herrn Dr. Wimmer am Freitag, 06.03., um 10:00 Uhr bei uns in der Leopoldstraße.",
        subject="Vorstellungsgespräch Senior Aktuar (m/w/d) – Herr Obermaier",
        ics=ics(c, "isartal", s, s + HOUR, "Vorstellungsgespräch Senior Aktuar (m/w/d) – Herr "
                "Obermaier", fra, att, tzid="W. Europe Standard Time", outlook=True,
                location="Besprechungsraum Zugspitze"), ics_mode="outlook")
    say(c, "b2", fra, [c.me], "2026-03-05 16:45",
        "Sehr geehrter Herr Obermaier,\n\nleider müssen wir den morgigen Termin absagen: Die "
        "Stelle wird kurzfristig intern nachbesetzt. Das bedauern wir sehr. Wenn Sie "
        "einverstanden sind, behalten wir Ihre Unterlagen für künftige Vakanzen.\n\n"
        "Mit freundlichen Grüßen", parent="b1",
        subject="Abgesagt: Vorstellungsgespräch Senior Aktuar (m/w/d) – Herr Obermaier",
        ics=ics(c, "isartal", s, s + HOUR, "Abgesagt: Vorstellungsgespräch Senior Aktuar (m/w/d)"
                " – Herr Obermaier", fra, att, method="CANCEL", tzid="W. Europe Standard Time",
                outlook=True, sequence=1, status="CANCELLED", stamp=c.at("2026-03-05 16:44"),
                location="Besprechungsraum Zugspitze"), ics_mode="outlook")
    say(c, "b3", c.me, [fra], "2026-03-05 17:30",
        "Sehr geehrte Frau Brandl,\n\nschade, aber danke für die offene Information. Meine "
        "Unterlagen dürfen Sie gerne behalten.\n\nMit freundlichen Grüßen", parent="b2")
    c.thread("b1", True, "rejection", "Isartal Versicherung AG",
             "Gespräch Fr. 06.03. 10:00 am Vortag per Outlook abgesagt (intern besetzt)")
    c.meeting("b1", s, status="cancelled", met=[wim.email])
    c.forbid("b1", wim.email, "the interview was cancelled the day before (METHOD:CANCEL); never held")
    c.forbid("b1", fra.email, "HR organizer; the post went internally: nothing to chase")
    c.forbid("b1", room[1], "a meeting room (CUTYPE=ROOM) in the invite, not a person")
    return c


def v19_hamburg_kaffee_du():
    tz = "Europe/Berlin"
    c = mk("intl2-19-hamburg-kaffee-du",
           "de-HH: a coffee with a contact of an ex-colleague, agreed in 'du', not yet thanked",
           "Jannik Thiessen", "jannik.thiessen@example.de", tz, "+49 160 9876543",
           "2026-04-23 16:00", "Hamburg, an analyst over coffee in the Speicherstadt.", "de",
           "Jannik Thiessen\n0160 9876543")
    mer = P("Merle Hansen", "merle.hansen@hafenlog.de", tz, locale="de")
    finn = P("Finn Lorenzen", "finn.lorenzen@elbdeich-analytics.de", tz, locale="de",
             sig="Finn Lorenzen\nTeamlead Data | Elbdeich Analytics GmbH")
    say(c, "c1", mer, [c.me, finn], "2026-04-20 18:30",
        "Moin ihr beiden,\n\nFinn, Jannik war bis letztes Jahr mein Kollege in der "
        "Disposition und will jetzt Richtung Data Engineering. Jannik, Finn baut bei Elbdeich "
        "das Datenteam auf. Ihr solltet euch mal austauschen!\n\nLG Merle",
        subject="Kennenlernen: Jannik <> Finn")
    say(c, "c2", finn, [c.me], "2026-04-21 08:10",
        "Moin Jannik,\n\nklar, gerne! Lass uns auf einen Kaffee gehen – Donnerstag 8:30 im "
        "Elbgold in der Speicherstadt? Ich hab bis ca. halb zehn Zeit.\n\nFinn", parent="c1",
        cc=[mer], sig=False)
    say(c, "c3", c.me, [finn], "2026-04-21 08:50",
        "Moin Finn,\n\nDonnerstag 8:30 im Elbgold passt super. Bis dann!\n\nJannik", parent="c2",
        sig=False)
    c.thread("c1", True, "networking", "Elbdeich Analytics GmbH",
             "Kaffee Do. 23.4. 8:30-9:30 im Elbgold, vermittelt von Merle; noch kein Dank")
    c.meeting("c1", c.at("2026-04-23 08:30"), c.at("2026-04-23 09:30"), met=[finn.email],
              networking=True)
    c.expect("thank_you", "c1", finn.email,
             "networking coffee Thu 8:30-9:30 took place; no thanks yet; due since 11:30")
    c.forbid("c1", mer.email, "the ex-colleague who introduced them; not at the coffee")
    return c


def v20_zuerich_verschoben_gruppennotiz():
    tz = "Europe/Zurich"
    c = mk("intl2-20-zuerich-verschoben-gruppennotiz",
           "de-CH: interview moved two days later by an updated Google invite; one thank-you "
           "note to both interviewers",
           "Nina Brunner", "nina.brunner@example.ch", tz, "+41 79 345 67 89",
           "2026-03-23 09:00", "Zürich, a regulatory affairs specialist thanks two at once.",
           "de", "Nina Brunner\n079 345 67 89")
    reto = P("Reto Meier", "reto.meier@limmat-medtech.ch", tz, locale="de",
             sig="Reto Meier\nHR Business Partner\nLimmat Medtech AG\n+41 44 512 30 70")
    sim = P("Simone Keller", "simone.keller@limmat-medtech.ch", tz, locale="de")
    beat = P("Beat Zürcher", "beat.zuercher@limmat-medtech.ch", tz, locale="de")
    att = [(sim, "ACCEPTED", "INDIVIDUAL"), (beat, "ACCEPTED", "INDIVIDUAL"),
           (c.me, "NEEDS-ACTION", "INDIVIDUAL")]
    desc = ("Gesprächspartner: Simone Keller (Teamleiterin QA) und Beat Zürcher (Head "
            "Regulatory). Reto Meier (HR) organisiert, nimmt aber nicht teil.")
    s1, s2 = c.at("2026-03-18 10:00"), c.at("2026-03-20 14:00")
    say(c, "d1", reto, [c.me], "2026-03-16 09:00",
        "Einladung: Interview Nina Brunner – Regulatory Affairs Specialist\n"
        "Mittwoch, 18. März 2026 · 10:00–11:30 (Mitteleuropäische Normalzeit – Zürich)\n"
        "Ort: Limmat Medtech AG, Hardturmstrasse 161, Zürich\n\n" + desc,
        subject="Einladung: Interview Nina Brunner – Regulatory Affairs Specialist @ Mi. 18. März "
                "2026 10:00 - 11:30 (MEZ) (nina.brunner@example.ch)",
        ics=ics(c, "limmat", s1, s1 + HOUR * 1.5, "Interview Nina Brunner – Regulatory Affairs "
                "Specialist", reto, att, tzid="Europe/Zurich", description=desc,
                location="Limmat Medtech AG, Hardturmstrasse 161, Zürich"), headers=GCAL, sig=False)
    say(c, "d2", reto, [c.me], "2026-03-17 14:20",
        "Grüezi Frau Brunner\n\nHerr Zürcher muss am Mittwoch kurzfristig an ein Audit in Basel. "
        "Wir verschieben deshalb auf Freitag, 20. März, 14.00 Uhr; die aktualisierte Einladung "
        "ist unterwegs. Ich hoffe, das geht für Sie.\n\nFreundliche Grüsse", parent="d1",
        quote=False, ics=ics(c, "limmat", s2, s2 + HOUR * 1.5, "Interview Nina Brunner – "
                             "Regulatory Affairs Specialist", reto, att, tzid="Europe/Zurich",
                             description=desc, sequence=1, stamp=c.at("2026-03-17 14:19"),
                             location="Limmat Medtech AG, Hardturmstrasse 161, Zürich"))
    say(c, "d3", c.me, [reto], "2026-03-17 14:50",
        "Grüezi Herr Meier\n\nFreitag um 14.00 Uhr geht für mich gut.\n\nFreundliche Grüsse",
        parent="d2")
    say(c, "t1", c.me, [sim, beat], "2026-03-20 18:10",
        "Liebe Frau Keller, lieber Herr Zürcher\n\nvielen Dank für das offene Gespräch heute "
        "Nachmittag. Die Einblicke in die MDR-Rezertifizierung haben mir gezeigt, wie gut meine "
        "Erfahrung mit technischen Dossiers zu Ihrem Team passt.\n\nFreundliche Grüsse",
        subject="Vielen Dank für das Gespräch")
    c.thread("d1", True, "interview", "Limmat Medtech AG",
             "Mi. 18.3. 10:00 per aktualisierter Einladung auf Fr. 20.3. 14:00-15:30 verschoben; "
             "gehalten")
    c.thread("t1", True, "interview", "Limmat Medtech AG",
             "ein Dankesmail an beide Gesprächspartner, Freitagabend")
    c.meeting("d1", s1, status="moved", met=[sim.email, beat.email])
    c.meeting("d1", s2, s2 + HOUR * 1.5, met=[sim.email, beat.email],
              thanks={sim.email: "t1", beat.email: "t1"})
    c.forbid("d1", sim.email, "thanked by the one note to both on Fri 20 March 18:10")
    c.forbid("d1", beat.email, "thanked by the same note (one note satisfies each addressee)")
    c.forbid("d1", reto.email, "HR organizer who said he would not take part")
    return c


def v21_graz_beide_seiten():
    tz = "Europe/Vienna"
    c = mk("intl2-21-graz-beide-seiten",
           "de-AT: the user sits on his employer's interview panel and is a candidate elsewhere "
           "the next day; a doctor's appointment beside",
           "Florian Steiner", "florian.steiner@example.at", tz, "+43 676 987 65 43",
           "2026-04-23 12:00", "Graz, a backend developer on both sides of a Bewerbungsgespräch.",
           "de", "Florian Steiner\n0676 987 65 43")
    jul = P("Julia Pichler", "julia.pichler@murblick.at", tz, style="outlook", locale="de",
            region="eurprd05", sig="Julia Pichler\nHR | Murblick Software GmbH")
    bia = P("Bianca Wolf", "bianca.wolf@gmx.at", tz, style="webmail", locale="de",
            msgid_domain="gmx.at")
    kog = P("Stefan Kogler", "s.kogler@schlossberg-systems.at", tz, locale="de",
            sig="Mag. Stefan Kogler\nHuman Resources\nSchlossberg Systems GmbH\n+43 316 872 210")
    rei = P("Martina Reinprecht", "m.reinprecht@schlossberg-systems.at", tz, locale="de")
    doc = P("Ordination Dr. Hofer", "ordination@dr-hofer-graz.at", tz, style="auto", locale="de",
            auto=True)
    s1 = c.at("2026-04-21 10:00")
    say(c, "e1", jul, [c.me, bia], "2026-04-17 11:00",
        "Liebe Frau Wolf, lieber Florian,\n\nanbei die Einladung zum Bewerbungsgespräch am "
        "Dienstag, 21. April, um 10:00 Uhr (Junior Developer).",
        subject="Bewerbungsgespräch Bianca Wolf – Junior Developer – Di., 21.04., 10:00",
        ics=ics(c, "murblick", s1, s1 + HOUR, "Bewerbungsgespräch Bianca Wolf – Junior Developer",
                jul, [(c.me, "ACCEPTED", "INDIVIDUAL"), (bia, "ACCEPTED", "INDIVIDUAL")],
                tzid="W. Europe Standard Time", outlook=True, location="Murblick, Raum Schöckl"),
        ics_mode="outlook")
    say(c, "e2", bia, [c.me], "2026-04-21 15:30",
        "Sehr geehrter Herr Steiner,\n\nvielen Dank für das angenehme Gespräch heute Vormittag. "
        "Ich würde mich sehr freuen, Teil Ihres Teams zu werden.\n\nMit freundlichen Grüßen\n"
        "Bianca Wolf", parent="e1")
    say(c, "f1", kog, [c.me], "2026-04-16 10:30",
        "Sehr geehrter Herr Steiner,\n\nwir freuen uns, Sie zu einem Bewerbungsgespräch für die "
        "Position Senior Backend Developer einzuladen: Mittwoch, 22. April 2026, 15:00 Uhr, bei "
        "uns in der Schönaugasse. Teilnehmen werden Ing. Martina Reinprecht (Teamleitung, "
        "m.reinprecht@schlossberg-systems.at) und ich.\n\nMit freundlichen Grüßen",
        subject="Einladung Bewerbungsgespräch – Senior Backend Developer")
    say(c, "f2", c.me, [kog], "2026-04-16 12:00",
        "Sehr geehrter Herr Mag. Kogler,\n\nich bestätige den Termin am Mittwoch, 22. April, um "
        "15:00 Uhr.\n\nMit freundlichen Grüßen", parent="f1")
    say(c, "f3", c.me, [kog], "2026-04-22 18:30",
        "Sehr geehrter Herr Mag. Kogler,\n\nherzlichen Dank für das Gespräch heute und die "
        "Führung durchs Büro. Die Umstellung auf Event Sourcing reizt mich sehr.\n\nMit "
        "freundlichen Grüßen", parent="f2")
    say(c, "g1", doc, [c.me], "2026-04-14 08:00",
        "Sehr geehrter Herr Steiner,\n\nwir bestätigen Ihren Termin am Freitag, 24.04.2026, um "
        "07:45 Uhr (Vorsorgeuntersuchung, bitte nüchtern kommen).\n\nIhre Ordination Dr. Hofer",
        subject="Terminbestätigung Fr., 24.04.2026, 07:45 Uhr", headers=AUTO)
    c.thread("e1", False, None, "Murblick Software GmbH",
             "er führt das Gespräch mit einer Bewerberin für sein Team, Di. 21.4. 10:00")
    c.thread("f1", True, "interview", "Schlossberg Systems GmbH",
             "sein Gespräch Mi. 22.4. 15:00 mit Mag. Kogler und Ing. Reinprecht; nur Kogler bedankt")
    c.thread("g1", False, None, "Ordination Dr. Hofer", "Vorsorgeuntersuchung Fr. 24.4.")
    c.meeting("e1", s1, s1 + HOUR, met=[bia.email], job=False, what="he interviews a candidate")
    c.meeting("f1", c.at("2026-04-22 15:00"), met=[kog.email, rei.email],
              thanks={kog.email: "f3"})
    c.meeting("g1", c.at("2026-04-24 07:45"), status="scheduled", met=[], job=False)
    c.expect("thank_you", "f1", rei.email,
             "his own interview Wed 22 April 15:00-16:00; only Kogler was thanked; overdue "
             "from 16:00 today")
    c.forbid("e1", bia.email, "he was on the hiring side at his current employer; she thanked him")
    c.forbid("f1", kog.email, "thanked in the thread the same evening")
    c.forbid("g1", doc.email, "a doctor's appointment, not job search, and still ahead")
    return c


def v22_muenchen_nicht_erschienen():
    tz = "Europe/Berlin"
    c = mk("intl2-22-muenchen-nicht-erschienen",
           "de-BY: the interviewer never joined the video call; the recruiter promised a new "
           "date by Friday and went quiet",
           "Theresa Huber", "theresa.huber@example.de", tz, "+49 151 44556677",
           "2026-03-12 10:00", "München, a travel product manager left waiting.", "de",
           "Theresa Huber\n0151 44556677")
    ker = P("Kerstin Maier", "k.maier@alpenglueck-reisen.de", tz, style="outlook", locale="de",
            region="eurprd10", sig="Kerstin Maier\nRecruiting | Alpenglück Reisen GmbH\n"
                                   "Tel. 089 4411 2067")
    hin = P("Georg Hinterstoißer", "g.hinterstoisser@alpenglueck-reisen.de", tz, style="outlook",
            locale="de", region="eurprd10")
    say(c, "h1", ker, [c.me], "2026-03-02 11:00",
        "Liebe Frau Huber,\n\nhiermit bestätige ich Ihnen das Videointerview mit Herrn Dr. "
        "Hinterstoißer (Bereichsleitung Produkt) am Mittwoch, 4. März, 11:00–11:45 Uhr. Den "
        "Teams-Link finden Sie unten.\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "alpen\n\nViele Grüße", cc=[hin], subject="Videointerview Produktmanagerin – 04.03.")
    say(c, "h2", c.me, [ker], "2026-03-04 11:25",
        "Liebe Frau Maier,\n\nich bin seit 10:58 Uhr im Teams-Meeting, Herr Dr. Hinterstoißer ist "
        "bisher aber nicht erschienen. Ich warte noch bis 11:30 Uhr.\n\nViele Grüße", parent="h1")
    say(c, "h3", ker, [c.me], "2026-03-04 13:10",
        "Liebe Frau Huber,\n\nbitte entschuldigen Sie vielmals! Herr Dr. Hinterstoißer steckte in "
        "einer Vorstandssitzung fest. Ich melde mich spätestens am Freitag, 6. März, mit einem "
        "neuen Termin bei Ihnen.\n\nViele Grüße", parent="h2")
    say(c, "h4", c.me, [ker], "2026-03-04 13:30",
        "Liebe Frau Maier,\n\nkein Problem, so etwas passiert. Nächste Woche bin ich flexibel.\n\n"
        "Viele Grüße", parent="h3")
    c.thread("h1", True, "interview", "Alpenglück Reisen GmbH",
             "Videointerview Mi. 4.3. 11:00: Interviewer nicht erschienen; neuer Termin bis "
             "Fr. 6.3. versprochen, nichts gekommen")
    c.meeting("h1", c.at("2026-03-04 11:00"), c.at("2026-03-04 11:45"), status="noshow",
              met=[hin.email])
    c.promise("h1", "h3", ker.email, "2026-03-06")
    c.expect("callback", "h1", ker.email,
             "'Ich melde mich spätestens am Freitag, 6. März'; nothing since; due from the end of "
             "Tue 10 March", promised="2026-03-06")
    c.forbid("h1", hin.email, "he never joined the call: no meeting took place")
    return c


def v23_hamburg_vorab_dank_spontan():
    tz = "Europe/Berlin"
    c = mk("intl2-23-hamburg-vorab-dank-spontan",
           "de-HH: a thanks sent the evening before does not count; a colleague joined "
           "unplanned and her address came in the interviewer's follow-up",
           "Lea Brandt", "lea.brandt@example.de", tz, "+49 176 23456789",
           "2026-05-14 07:30", "Hamburg, a buyer at a shipping line.", "de",
           "Lea Brandt\n0176 23456789")
    hau = P("Hauke Carstensen", "h.carstensen@nordlicht-reederei.de", tz, style="outlook",
            locale="de", region="eurprd11", sig="Hauke Carstensen\nLeiter Einkauf\nNordlicht "
                                                "Reederei GmbH | Baumwall 7 | 20459 Hamburg")
    pet = P("Jana Petersen", "j.petersen@nordlicht-reederei.de", tz, locale="de")
    say(c, "k1", hau, [c.me], "2026-05-11 15:00",
        "Sehr geehrte Frau Brandt,\n\ngerne lade ich Sie zu einem Gespräch am Mittwoch, 13. Mai, "
        "um 10 Uhr bei uns am Baumwall ein. Wir haben etwa eine Stunde.\n\nBeste Grüße",
        subject="Gespräch Einkäuferin Schiffsersatzteile")
    say(c, "k2", c.me, [hau], "2026-05-12 18:00",
        "Sehr geehrter Herr Carstensen,\n\nvielen Dank für die Einladung – ich freue mich auf "
        "morgen um 10 Uhr.\n\nBeste Grüße", parent="k1")
    say(c, "k3", hau, [c.me], "2026-05-13 14:30",
        "Sehr geehrte Frau Brandt,\n\nwie besprochen sende ich Ihnen anbei die aktuelle "
        "Stellenbeschreibung. Meine Kollegin Jana Petersen aus der Logistik, die heute spontan "
        "dazugestoßen ist, erreichen Sie unter j.petersen@nordlicht-reederei.de, falls Sie zu "
        "den Lieferketten noch Fragen haben.\n\nBeste Grüße", parent="k2",
        attachments=[("Stellenbeschreibung_Einkauf.pdf", "application/pdf",
                      make_pdf(["Stellenbeschreibung", "Einkaeuferin Schiffsersatzteile"]))])
    c.thread("k1", True, "interview", "Nordlicht Reederei GmbH",
             "Gespräch Mi. 13.5. 10:00-11:00; Dank nur am Vorabend; Kollegin spontan dabei")
    c.meeting("k1", c.at("2026-05-13 10:00"), met=[hau.email, pet.email])
    c.expect("thank_you", "k1", hau.email,
             "interview Wed 13 May 10:00-11:00; the only thanks came the evening before; due since 13:00")
    c.expect("thank_you", "k1", pet.email,
             "joined the interview unplanned; her address is in his follow-up; no thanks")
    return c


def v24_basel_infoabend_kontakt():
    tz = "Europe/Zurich"
    c = mk("intl2-24-basel-infoabend-kontakt",
           "de-CH: a company career evening (group event) owes nothing; an informational call "
           "thanked three weeks ago is due its next touch",
           "Dominik Frei", "dominik.frei@example.ch", tz, "+41 76 512 34 56",
           "2026-04-13 09:00", "Basel, a chemist between an info evening and a contact.", "de",
           "Dominik Frei\n076 512 34 56")
    ev = P("Rheinpharma Events", "noreply@rheinpharma.ch", tz, style="auto", locale="de", auto=True)
    cor = P("Corinne Vogt", "corinne.vogt@rheinpharma.ch", tz, locale="de")
    an = P("Andrea Gerber", "andrea.gerber@birsfelden-chemie.ch", tz, locale="de",
           sig="Andrea Gerber\nProcess Engineer | Birsfelden Chemie AG")
    say(c, "m1", ev, [c.me], "2026-04-01 09:00",
        "Guten Tag Herr Frei\n\nVielen Dank für Ihre Anmeldung zum Karriere-Abend am Donnerstag, "
        "9. April 2026, 18.00–20.00 Uhr, im Rheinpharma-Campus, Bau 12. Es erwarten Sie Kurz-"
        "referate, ein Apéro und Gespräche mit Fachleuten.\n\nDiese Nachricht wurde automatisch "
        "versendet.", subject="Anmeldebestätigung Karriere-Abend 9. April", headers=AUTO)
    say(c, "m2", cor, [P("Teilnehmende Karriere-Abend", "karriereabend@rheinpharma.ch", tz)],
        "2026-04-10 10:00",
        "Liebe Teilnehmende\n\nDanke, dass Sie gestern so zahlreich dabei waren! Die Folien "
        "finden Sie unter rheinpharma.ch/karriereabend. Offene Stellen: rheinpharma.ch/jobs.\n\n"
        "Herzliche Grüsse\nCorinne Vogt, Employer Branding",
        subject="Danke für Ihre Teilnahme am Karriere-Abend", headers={"Precedence": "bulk"})
    say(c, "n1", c.me, [an], "2026-03-19 20:00",
        "Grüezi Frau Gerber\n\nIch bin Chemiker HF und interessiere mich für die "
        "Verfahrenstechnik. Ihr Beitrag auf LinkedIn über die Umstellung auf kontinuierliche "
        "Prozesse hat mich angesprochen. Hätten Sie 20 Minuten Zeit für ein kurzes Telefonat?\n\n"
        "Freundliche Grüsse", subject="Kurze Frage zu Ihrem Berufsalltag")
    say(c, "n2", an, [c.me], "2026-03-20 07:45",
        "Grüezi Herr Frei\n\nGerne. Passt Ihnen Dienstag, 24. März, 12.15 Uhr? Ich rufe Sie an "
        "– rechnen Sie mit einer halben Stunde.\n\nFreundliche Grüsse", parent="n1")
    say(c, "n3", c.me, [an], "2026-03-20 08:30", "Passt bestens, bis Dienstag!\n\nDominik Frei",
        parent="n2", sig=False)
    say(c, "n4", c.me, [an], "2026-03-24 15:00",
        "Grüezi Frau Gerber\n\nHerzlichen Dank für das Gespräch heute Mittag. Ihr Tipp mit dem "
        "CAS Verfahrenstechnik an der FHNW war Gold wert.\n\nFreundliche Grüsse", parent="n3")
    say(c, "n5", an, [c.me], "2026-03-24 17:20",
        "Gern geschehen, Herr Frei. Viel Erfolg bei der Suche!", parent="n4", sig=False)
    c.thread("m1", True, "recruiter", "Rheinpharma AG", "Karriere-Abend Do. 9.4. 18-20 Uhr")
    c.thread("m2", True, "recruiter", "Rheinpharma AG", "Sammelmail nach dem Karriere-Abend")
    c.thread("n1", True, "networking", "Birsfelden Chemie AG",
             "Informationsgespräch Di. 24.3. 12:15-12:45; bedankt; letzte Nachricht 24.3.")
    c.meeting("m1", c.at("2026-04-09 18:00"), c.at("2026-04-09 20:00"), met=[],
              what="career evening, a group event")
    c.meeting("n1", c.at("2026-03-24 12:15"), c.at("2026-03-24 12:45"), met=[an.email],
              networking=True, thanks={an.email: "n4"})
    c.expect("networking", "n1", an.email,
             "informational call Tue 24 March, thanked; last exchange that evening; the 14-day "
             "touch fell due at the end of 7 April")
    c.forbid("m1", ev.email, "automated registration notice for a group event")
    c.forbid("m2", cor.email, "a mass thank-you to all attendees of a career evening; not met one to one")
    return c

# ===========================================================================
# Portuguese
# ===========================================================================

def v25_lisboa_teams_rh_ausente():
    tz = "Europe/Lisbon"
    c = mk("intl2-25-lisboa-teams-rh-ausente",
           "pt-PT: Teams invite from HR naming two interviewers; HR not present; nothing after",
           "Inês Carvalho", "ines.carvalho@example.pt", tz, "+351 912 345 678",
           "2026-05-08 09:00", "Lisboa, a risk analyst before two interviewers.", "pt",
           "Inês Carvalho\n912 345 678")
    ter = P("Teresa Marques", "teresa.marques@tejoseguros.pt", tz, style="outlook", locale="pt",
            region="eurprd12", sig="Dr.ª Teresa Marques\nDireção de Pessoas e Talento\nTejo "
                                   "Seguros, S.A. | Av. da Liberdade 190, Lisboa")
    rui = P("Rui Almeida", "rui.almeida@tejoseguros.pt", tz, style="outlook", locale="pt",
            region="eurprd12")
    cat = P("Catarina Lopes", "catarina.lopes@tejoseguros.pt", tz, style="outlook", locale="pt",
            region="eurprd12")
    s = c.at("2026-05-07 15:00")
    say(c, "a1", ter, [c.me], "2026-05-05 09:30",
        "Cara Inês,\n\nNa sequência da sua candidatura, envio o convite para a entrevista com o "
        "Eng. Rui Almeida e a Dr.ª Catarina Lopes, na quinta-feira, 7 de maio, às 15h00, via "
        "Microsoft Teams. Eu não estarei presente, mas fico disponível para qualquer questão.\n\n"
        "Com os melhores cumprimentos,", subject="Entrevista – Analista de Risco – Inês Carvalho",
        ics=ics(c, "tejo", s, s + HOUR, "Entrevista – Analista de Risco – Inês Carvalho", ter,
                [(rui, "ACCEPTED", "INDIVIDUAL"), (cat, "ACCEPTED", "INDIVIDUAL"),
                 (c.me, "NEEDS-ACTION", "INDIVIDUAL")], tzid="GMT Standard Time", outlook=True,
                location="Reunião do Microsoft Teams"), ics_mode="outlook")
    say(c, "a2", c.me, [ter], "2026-05-05 10:00",
        "Cara Dr.ª Teresa Marques,\n\nConfirmo a minha presença na quinta-feira às 15h00.\n\n"
        "Com os melhores cumprimentos,", parent="a1")
    c.thread("a1", True, "interview", "Tejo Seguros, S.A.",
             "entrevista Teams qui. 7/5 15h00-16h00 com dois entrevistadores; nada depois")
    c.meeting("a1", s, s + HOUR, met=[rui.email, cat.email])
    c.expect("thank_you", "a1", rui.email, "interviewer on Thu 7 May 15:00-16:00; no note; due since 18:00")
    c.expect("thank_you", "a1", cat.email, "interviewer on Thu 7 May 15:00-16:00; no note; due since 18:00")
    c.forbid("a1", ter.email, "HR organizer who wrote she would not be present")
    return c


def v26_porto_desmarca_portefolio():
    tz = "Europe/Lisbon"
    c = mk("intl2-26-porto-desmarca-portefolio",
           "pt-PT: the user calls off a studio visit on the day ('surgiu um imprevisto') and "
           "promises projects by Friday, which he never sends",
           "Tiago Ferreira", "tiago.ferreira@example.pt", tz, "+351 936 112 233",
           "2026-04-20 10:00", "Porto, a brand designer who cancelled and owes a portfolio.", "pt",
           "Tiago Ferreira\ntiagoferreira.pt · 936 112 233")
    jo = P("Joana Pinto", "joana.pinto@ribeiradesign.pt", tz, locale="pt",
           sig="Joana Pinto\nDiretora Criativa · Ribeira Design Studio")
    say(c, "b1", jo, [c.me], "2026-04-13 10:00",
        "Olá Tiago,\n\nVi o teu portefólio no Behance e gostava de te conhecer. Podes passar cá "
        "no estúdio na quarta, dia 15, às 11h? Estamos na Rua da Reboleira.\n\nAbraço,",
        subject="Conversa no estúdio")
    say(c, "b2", c.me, [jo], "2026-04-13 11:30",
        "Olá Joana,\n\nCombinado, quarta às 11h estarei aí.\n\nAbraço,", parent="b1")
    say(c, "b3", c.me, [jo], "2026-04-15 07:45",
        "Olá Joana,\n\nPeço imensa desculpa pelo aviso em cima da hora, mas surgiu um imprevisto "
        "familiar e não vou conseguir estar aí hoje às 11h. Entretanto, envio-te até sexta-feira "
        "os três projetos de branding de que falámos, para os poderes ver com calma. Diz-me se "
        "há outro dia que te dê jeito.\n\nAbraço,", parent="b2")
    say(c, "b4", jo, [c.me], "2026-04-15 09:20",
        "Não te preocupes, Tiago. Manda-me os projetos e depois marcamos outra data.",
        parent="b3", sig=False)
    c.thread("b1", True, "interview", "Ribeira Design Studio",
             "visita qua. 15/4 11h desmarcada por ele nessa manhã; prometeu projetos até sexta 17/4")
    c.meeting("b1", c.at("2026-04-15 11:00"), status="cancelled", met=[jo.email])
    c.own_promise("b1", "b3", jo.email, "2026-04-17")
    c.expect("own_promise", "b1", jo.email,
             "'envio-te até sexta-feira os três projetos': Fri 17 April passed with nothing sent")
    return c


def v27_luanda_secretaria_enderecos():
    tz = "Africa/Luanda"
    c = mk("intl2-27-luanda-secretaria-enderecos",
           "pt-AO: a secretary convened the interview; both interviewers are named without "
           "addresses; a sailing club meeting beside",
           "Helena Kiluange", "helena.kiluange@example.ao", tz, "+244 923 456 789",
           "2026-05-20 17:30", "Luanda, a maintenance engineer met by two people without addresses.",
           "pt", "Helena Kiluange\nEngenheira Mecânica\n+244 923 456 789")
    esp = P("Esperança Domingos", "esperanca.domingos@kwanzapetro.co.ao", tz, style="outlook",
            locale="pt", region="eurprd13", sig="Esperança Domingos\nSecretária da Direcção de "
                                                "Recursos Humanos\nKwanza Petroserviços, S.A.")
    clube = P("Secretaria do Clube Naval", "secretaria@clubenaval-luanda.ao", tz, locale="pt")
    say(c, "c1", esp, [c.me], "2026-05-18 09:00",
        "Exma. Senhora Helena Kiluange,\n\nVimos por este meio convocá-la para uma entrevista "
        "presencial no dia 20 de Maio de 2026 (quarta-feira), pelas 10h00, na nossa sede da Rua "
        "Rainha Ginga. A entrevista será conduzida pela Dr.ª Luísa Sebastião, Directora de "
        "Recursos Humanos, e pelo Eng. Paulo Cassoma, Chefe do Departamento de Manutenção.\n\n"
        "Solicitamos que se faça acompanhar do Bilhete de Identidade e dos certificados de "
        "habilitações.\n\nCom os melhores cumprimentos,",
        subject="Convocatória – Entrevista Engenheiro(a) de Manutenção")
    say(c, "c2", c.me, [esp], "2026-05-18 10:30",
        "Exma. Sra. Esperança Domingos,\n\nAcuso a recepção da convocatória e confirmo a minha "
        "presença no dia 20 de Maio, pelas 10h00.\n\nCom os melhores cumprimentos,", parent="c1")
    say(c, "d1", clube, [c.me], "2026-05-15 12:00",
        "Caros sócios,\n\nRelembramos a reunião da secção de vela no sábado, 23 de Maio, às "
        "09h00, no pavilhão do clube, para preparar a regata da Ilha.\n\nA Secretaria",
        subject="Reunião da secção de vela – 23 de Maio")
    c.thread("c1", True, "interview", "Kwanza Petroserviços, S.A.",
             "entrevista qua. 20/5 10h00 com a Dr.ª Sebastião e o Eng. Cassoma, sem endereços")
    c.thread("d1", False, None, "Clube Naval de Luanda", "reunião da secção de vela, sábado")
    c.meeting("c1", c.at("2026-05-20 10:00"), met=[],
              unknown=["Dr.ª Luísa Sebastião", "Eng. Paulo Cassoma"], arranged_by=esp.email)
    c.meeting("d1", c.at("2026-05-23 09:00"), status="scheduled", met=[], job=False)
    c.expect("ask_for_address", "c1", esp.email,
             "both interviewers of Wed 20 May 10:00 were met but no address is given; ask the "
             "secretary who convened it; due since 13:00")
    c.forbid("d1", clube.email, "a sailing-club meeting, not job search")
    return c


def v28_maputo_recusa_sem_agradecimento():
    tz = "Africa/Maputo"
    c = mk("intl2-28-maputo-recusa-sem-agradecimento",
           "pt-MZ: rejection the day after an interview never thanked (the thank-you stays owed); "
           "an informational call thanked in a new thread",
           "Nelson Macuácua", "nelson.macuacua@example.co.mz", tz, "+258 84 123 4567",
           "2026-05-11 09:00", "Maputo, a network engineer after a rejection and a call.", "pt",
           "Nelson Macuácua\n+258 84 123 4567")
    rut = P("Rute Cossa", "rute.cossa@indicotelecom.co.mz", tz, style="outlook", locale="pt",
            region="eurprd14", sig="Rute Cossa\nRecursos Humanos – Índico Telecom, S.A.")
    cel = P("Celeste Mondlane", "celeste.mondlane@indicotelecom.co.mz", tz, locale="pt")
    ame = P("Amélia Chissano", "amelia.chissano@horizonteverde.org.mz", tz, locale="pt",
            sig="Amélia Chissano\nGestora de Projectos – Horizonte Verde Moçambique")
    say(c, "a1", rut, [c.me], "2026-05-04 08:30",
        "Caro Nelson,\n\nConfirmamos a sua entrevista com a Eng.ª Celeste Mondlane "
        "(celeste.mondlane@indicotelecom.co.mz) na quinta-feira, 7 de Maio, às 14h00, no "
        "edifício sede da Av. 25 de Setembro. Daremos uma resposta até ao dia 15 de Maio.\n\n"
        "Cumprimentos,", subject="Entrevista – Engenheiro de Redes")
    say(c, "a2", c.me, [rut], "2026-05-04 09:10",
        "Cara Sra. Rute Cossa,\n\nConfirmo a minha presença na quinta-feira às 14h00.\n\n"
        "Cumprimentos,", parent="a1")
    say(c, "a3", rut, [c.me], "2026-05-08 16:00",
        "Caro Nelson,\n\nAgradecemos a sua disponibilidade e o interesse na Índico Telecom. "
        "Após ponderação, decidimos avançar com outro candidato, cujo perfil está mais próximo "
        "das necessidades actuais. Guardaremos o seu CV para futuras oportunidades.\n\n"
        "Cumprimentos,", parent="a2")
    say(c, "b1", c.me, [ame], "2026-04-30 18:00",
        "Cara Sra. Amélia Chissano,\n\nTrabalho há seis anos em redes de telecomunicações e "
        "gostaria de perceber melhor como funcionam os projectos de conectividade rural numa "
        "ONG. Teria 20 minutos para uma conversa telefónica na próxima semana?\n\nCumprimentos,",
        subject="Pedido de conversa de 20 minutos")
    say(c, "b2", ame, [c.me], "2026-05-01 10:00",
        "Caro Nelson,\n\nCom todo o gosto. Pode ligar-me na terça, 5 de Maio, às 17h, para o "
        "84 765 4321.\n\nAté lá,", parent="b1")
    say(c, "b3", c.me, [ame], "2026-05-01 10:40",
        "Combinado, ligo-lhe na terça às 17h.\n\nNelson", parent="b2", sig=False)
    say(c, "t1", c.me, [ame], "2026-05-05 19:00",
        "Cara Sra. Amélia,\n\nObrigado pela conversa desta tarde e pela generosidade com o seu "
        "tempo. Vou seguir a sugestão de olhar para os concursos do programa de conectividade "
        "do INCM.\n\nCumprimentos,", subject="Obrigado pela conversa de hoje")
    c.thread("a1", True, "rejection", "Índico Telecom, S.A.",
             "entrevista qui. 7/5 14h00 sem agradecimento; recusa sex. 8/5")
    c.thread("b1", True, "networking", "Horizonte Verde Moçambique",
             "conversa telefónica ter. 5/5 17h00, pedida por ele")
    c.thread("t1", True, "networking", "Horizonte Verde Moçambique", "agradecimento nessa noite")
    c.meeting("a1", c.at("2026-05-07 14:00"), met=[cel.email])
    c.promise("a1", "a1", rut.email, "2026-05-15", ended_by="a3")
    c.meeting("b1", c.at("2026-05-05 17:00"), c.at("2026-05-05 17:30"), met=[ame.email],
              networking=True, thanks={ame.email: "t1"})
    c.expect("thank_you", "a1", cel.email,
             "interview Thu 7 May 14:00 took place and was never thanked; the rejection of Fri 8 "
             "does not cancel a thank-you owed; overdue since Fri 15:00")
    c.forbid("a1", rut.email, "the rejection ended the 'até ao dia 15 de Maio' promise; she was "
             "not at the interview")
    c.forbid("b1", ame.email, "call thanked in a new thread that evening; the next touch is due "
             "only at the end of 19 May")
    return c


def v29_recife_antecipada_retorno():
    tz = "America/Recife"
    c = mk("intl2-29-recife-antecipada-retorno",
           "pt-BR (Nordeste): interview brought forward a day in a two-line reply, thanked in "
           "the thread; the recruiter's 'retorno até sexta que vem' lapsed",
           "Camila Albuquerque", "camila.albuquerque@example.com.br", tz, "+55 81 98765-4321",
           "2026-03-26 10:00", "Recife, a backend developer after a moved interview.", "pt",
           "Camila Albuquerque\n(81) 98765-4321")
    bru = P("Bruna Cavalcanti", "bruna.cavalcanti@manguetech.com.br", tz, locale="pt",
            sig="Bruna Cavalcanti\nTalent Acquisition · Mangue Tech\n(81) 3033-5120")
    raf = P("Rafael Siqueira", "rafael.siqueira@manguetech.com.br", tz, locale="pt")
    say(c, "c1", bru, [c.me], "2026-03-09 10:00",
        "Oi, Camila! Tudo bem?\n\nQueria marcar sua entrevista com o Rafael Siqueira, nosso "
        "gestor de engenharia (rafael.siqueira@manguetech.com.br), na quinta-feira (12/03), às "
        "15h, pelo Google Meet. Pode ser?\n\nAbraços,", subject="Entrevista – Dev Back-end Pleno")
    say(c, "c2", c.me, [bru], "2026-03-09 10:30", "Oi, Bruna! Pode sim, combinado.\n\nCamila",
        parent="c1", sig=False)
    say(c, "c3", bru, [c.me], "2026-03-10 09:00",
        "Camila, o Rafael vai viajar na quinta. Será que conseguimos antecipar para amanhã, "
        "quarta (11/03), às 10h?", parent="c2", sig=False)
    say(c, "c4", c.me, [bru], "2026-03-10 09:20", "Quarta às 10h fica ótimo pra mim!",
        parent="c3", sig=False)
    say(c, "c5", c.me, [raf], "2026-03-11 14:00",
        "Oi, Rafael!\n\nMuito obrigada pela conversa de hoje cedo. Fiquei bem animada com o "
        "projeto de migração para eventos e com a forma como o time divide o plantão.\n\n"
        "Abraço,", parent="c4", cc=[bru])
    say(c, "c6", bru, [c.me], "2026-03-11 16:30",
        "Camila, que bom que gostou! O Rafael ainda vai conversar com mais duas pessoas; te dou "
        "um retorno até sexta que vem (20/03).", parent="c5", sig=False)
    c.thread("c1", True, "interview", "Mangue Tech",
             "qui. 12/03 15h antecipada para qua. 11/03 10h; agradecida no fio; retorno "
             "prometido até 20/03, nada")
    c.meeting("c1", c.at("2026-03-12 15:00"), status="moved", met=[raf.email])
    c.meeting("c1", c.at("2026-03-11 10:00"), met=[raf.email], thanks={raf.email: "c5"})
    c.promise("c1", "c6", bru.email, "2026-03-20")
    c.expect("callback", "c1", bru.email,
             "'te dou um retorno até sexta que vem (20/03)'; nothing since; due from the end of "
             "Tue 24 March", promised="2026-03-20")
    c.forbid("c1", raf.email, "the interview (brought forward to Wed 11/03) was thanked in the "
             "thread that afternoon")
    return c


def v30_fortaleza_sem_confirmacao_cv():
    tz = "America/Fortaleza"
    c = mk("intl2-30-fortaleza-sem-confirmacao-cv",
           "pt-BR (Nordeste): a video call suggested but never confirmed (no meeting); a CV "
           "sent to another company with no answer",
           "Francisco Holanda", "francisco.holanda@example.com.br", tz, "+55 85 99876-5432",
           "2026-04-30 10:00", "Fortaleza, an electrical technician between two companies.", "pt",
           "Francisco Holanda\n(85) 99876-5432")
    lua = P("Luana Bezerra", "luana.bezerra@sertaosolar.com.br", tz, locale="pt",
            sig="Luana Bezerra\nRH · Sertão Energia Solar")
    mar = P("Marcos Teixeira", "marcos.teixeira@caatingaagro.com.br", tz, locale="pt",
            style="outlook", region="brzprd01")
    say(c, "d1", c.me, [lua], "2026-04-13 09:00",
        "Prezada Luana,\n\nGostaria de me candidatar à vaga de técnico em eletrotécnica "
        "divulgada no Instagram da Sertão Energia Solar. Tenho quatro anos de experiência em "
        "instalação de usinas fotovoltaicas no interior do Ceará. Segue meu currículo em anexo."
        "\n\nAtenciosamente,", subject="Candidatura – Técnico em Eletrotécnica",
        attachments=[("Curriculo_Francisco_Holanda.pdf", "application/pdf", CV)])
    say(c, "d2", lua, [c.me], "2026-04-14 11:00",
        "Olá, Francisco! Recebi seu currículo. Você poderia bater um papo com a gente por "
        "vídeo? Que dia fica bom pra você?", parent="d1")
    say(c, "d3", c.me, [lua], "2026-04-14 11:40",
        "Olá, Luana! Pode ser quinta (16/04) às 14h ou sexta (17/04) pela manhã?\n\n"
        "Atenciosamente,", parent="d2")
    say(c, "e1", c.me, [mar], "2026-04-17 08:30",
        "Prezado Sr. Marcos,\n\nFui indicado pelo Sr. Edmilson, da manutenção, e gostaria de ser "
        "considerado para a vaga de eletricista de manutenção industrial na Caatinga Agro. "
        "Segue meu currículo.\n\nAtenciosamente,", subject="Vaga de eletricista de manutenção",
        attachments=[("Curriculo_Francisco_Holanda.pdf", "application/pdf", CV)])
    c.thread("d1", True, "application", "Sertão Energia Solar",
             "candidatura respondida; ele propôs qui. 16/04 14h ou sex. 17/04; nunca confirmado")
    c.thread("e1", True, "application", "Caatinga Agro", "currículo enviado sex. 17/04; sem resposta")
    c.application("d1", "d1", lua.email, answered_by="d2")
    c.meeting("d1", c.at("2026-04-16 14:00"), status="proposed", met=[lua.email])
    c.application("e1", "e1", mar.email)
    c.expect("application", "e1", mar.email,
             "CV sent to him Fri 17 April; no answer; due at the end of the 7th business day "
             "(Tue 28 April)")
    c.forbid("d1", lua.email, "she answered the application; the call was only proposed and "
             "never confirmed, so no meeting and no promise")
    return c


def v31_salvador_calendly_vistoria():
    tz = "America/Bahia"
    c = mk("intl2-31-salvador-calendly-vistoria",
           "pt-BR (Nordeste): a Calendly booking held, then the interviewer's own 'foi um prazer' "
           "mail with a month-end promise; a landlord's inspection beside",
           "Tainá Santos", "taina.santos@example.com.br", tz, "+55 71 99123-4567",
           "2026-05-19 18:00", "Salvador, a social media analyst after a Calendly interview.", "pt",
           "Tainá Santos\n(71) 99123-4567")
    cal = P("Calendly", "no-reply@calendly.com", tz, style="auto", locale="pt", auto=True)
    luc = P("Luciana Menezes", "luciana.menezes@baiaturismo.com.br", tz, locale="pt",
            sig="Luciana Menezes\nCoordenadora de Marketing · Baía Turismo Digital")
    imo = P("Carla Oliveira", "carla.oliveira@imobiliariabarra.com.br", tz, locale="pt",
            sig="Carla Oliveira\nImobiliária Barra – Administração de Imóveis")
    s = c.at("2026-05-19 11:00")
    say(c, "e1", cal, [c.me], "2026-05-15 20:12",
        "Olá, Tainá Santos,\n\nUm novo evento foi agendado.\n\nEvento: Entrevista – Analista de "
        "Mídias Sociais (30 min)\nCom: Luciana Menezes (luciana.menezes@baiaturismo.com.br)\n"
        "Data/hora: 11:00 - 11:30, terça-feira, 19 de maio de 2026 (Horário de Brasília)\n"
        "Local: Google Meet\n\nDesenvolvido por Calendly",
        subject="Novo evento: Entrevista – Analista de Mídias Sociais – 11:00 ter, 19 mai 2026",
        headers=AUTO, ics=make_ics(method="REQUEST", uid=uid_uuid(c.name, "cal"),
                                   stamp=c.at("2026-05-15 20:12"), start=s,
                                   end=s + HOUR / 2, summary="Entrevista – Analista de Mídias "
                                   "Sociais (30 min)", organizer=luc,
                                   attendees=[(c.me, "NEEDS-ACTION", "INDIVIDUAL")],
                                   prodid="-//Calendly//Calendly//EN"), ics_mode="attach")
    say(c, "f1", luc, [c.me], "2026-05-19 12:10",
        "Tainá, foi um prazer conversar com você hoje! Como combinado, segue o link do case da "
        "campanha de São João que comentei: https://baiaturismo.com.br/cases/sao-joao\n\n"
        "A gente deve fechar o processo até o fim do mês.\n\nBeijos,",
        subject="Case que comentei na entrevista")
    say(c, "g1", imo, [c.me], "2026-05-12 09:00",
        "Prezada Tainá,\n\nConforme contrato, agendamos a vistoria anual do apartamento 302 para "
        "sexta-feira, 22/05, às 9h. Favor confirmar se haverá alguém no imóvel.\n\nAtt.,",
        subject="Vistoria anual – Ed. Mar Azul, apto 302")
    c.thread("e1", True, "interview", "Baía Turismo Digital",
             "confirmação Calendly: entrevista ter. 19/05 11h00-11h30 com Luciana Menezes")
    c.thread("f1", True, "interview", "Baía Turismo Digital",
             "mensagem da entrevistadora após a conversa; processo fechado até o fim do mês")
    c.thread("g1", False, None, "Imobiliária Barra", "vistoria do apartamento sex. 22/05 9h")
    c.meeting("e1", s, s + HOUR / 2, met=[luc.email])
    c.promise("f1", "f1", luc.email, "2026-05-31")
    c.meeting("g1", c.at("2026-05-22 09:00"), status="scheduled", met=[imo.email], job=False)
    c.expect("thank_you", "e1", luc.email,
             "Calendly interview Tue 19 May 11:00-11:30 took place (her mail after confirms it); "
             "no thanks; due since 13:30")
    c.forbid("e1", cal.email, "automated scheduler sender")
    c.forbid("g1", imo.email, "a landlord's inspection, not job search")
    return c


def v32_maputo_almoco_colega():
    tz = "Africa/Maputo"
    c = mk("intl2-32-maputo-almoco-colega",
           "pt-MZ: a networking lunch where a colleague without an address joined; the user "
           "thanked and asked for her contact in one mail; a trainee info session beside",
           "Gércia Nhantumbo", "gercia.nhantumbo@example.co.mz", tz, "+258 82 765 4321",
           "2026-05-26 10:00", "Maputo, an economist after a lunch with a consultant.", "pt",
           "Gércia Nhantumbo\n+258 82 765 4321")
    ses = P("Banco Zambeze – Recrutamento", "no-reply@bancozambeze.co.mz", tz, style="auto",
            locale="pt", auto=True)
    gra = P("Graça Mabunda", "gmabunda@uem.ac.mz", tz, locale="pt",
            sig="Prof.ª Doutora Graça Mabunda\nFaculdade de Economia – UEM")
    arm = P("Armando Sitoe", "armando.sitoe@zambezeconsult.co.mz", tz, locale="pt",
            sig="Dr. Armando Sitoe\nSócio-gerente, Zambeze Consult, Lda.\n+258 84 300 1122")
    say(c, "h1", ses, [c.me], "2026-05-14 08:00",
        "Cara candidata,\n\nA sua inscrição na Sessão de Informação do Programa de Trainees 2026 "
        "está confirmada: quarta-feira, 20 de Maio, das 15h00 às 16h30, no auditório da sede "
        "(Av. Samora Machel). Por favor não responda a esta mensagem.",
        subject="Inscrição confirmada – Sessão de Informação Trainees 2026", headers=AUTO)
    say(c, "k1", gra, [c.me, arm], "2026-05-18 09:00",
        "Caro Dr. Sitoe, cara Gércia,\n\nComo conversámos, apresento-vos. Gércia foi minha "
        "melhor aluna de econometria e interessa-se por avaliação de políticas públicas; o "
        "Dr. Sitoe dirige a Zambeze Consult há quinze anos.\n\nCumprimentos,",
        subject="Apresentação: Gércia Nhantumbo / Dr. Armando Sitoe")
    say(c, "k2", arm, [c.me], "2026-05-18 14:30",
        "Cara Gércia,\n\nSeja bem-vinda. Que tal um almoço na sexta, dia 22, às 12h30, no "
        "restaurante Piri-Piri? Vou levar a minha colega, a Dra. Felizarda Cuamba, que coordena "
        "os nossos estudos de avaliação.\n\nCumprimentos,", parent="k1", cc=[gra])
    say(c, "k3", c.me, [arm], "2026-05-18 15:00",
        "Caro Dr. Sitoe,\n\nCom muito gosto: sexta às 12h30 no Piri-Piri.\n\nCumprimentos,",
        parent="k2")
    say(c, "k4", c.me, [arm], "2026-05-22 16:00",
        "Caro Dr. Sitoe,\n\nMuito obrigada pelo almoço de hoje e pelos conselhos sobre o mestrado "
        "em avaliação de impacto. Poderia partilhar comigo o contacto da Dra. Felizarda Cuamba, "
        "para lhe agradecer também?\n\nCumprimentos,", parent="k3")
    c.thread("h1", True, "recruiter", "Banco Zambeze",
             "sessão de informação colectiva qua. 20/5 15h00-16h30")
    c.thread("k1", True, "networking", "Zambeze Consult, Lda.",
             "almoço sex. 22/5 12h30 com o Dr. Sitoe e a Dra. Cuamba (sem endereço); agradecido "
             "e contacto pedido nessa tarde")
    c.meeting("h1", c.at("2026-05-20 15:00"), c.at("2026-05-20 16:30"), met=[],
              what="information session, a group event")
    c.meeting("k1", c.at("2026-05-22 12:30"), met=[arm.email], networking=True,
              thanks={arm.email: "k4"}, unknown=["Dra. Felizarda Cuamba"], arranged_by=arm.email)
    c.forbid("k1", arm.email, "lunch thanked the same afternoon, and that mail already asks for "
             "Dra. Cuamba's contact; the next touch is due only on 5 June")
    c.forbid("k1", gra.email, "the professor who introduced them: not at the lunch")
    c.forbid("h1", ses.email, "automated notice for a group information session")
    return c


BUILDERS = [
    v01_dakar_invitation_seule, v02_abidjan_imperatif, v03_casablanca_deux_reports,
    v04_luxembourg_cafe_relance, v05_montreal_deux_cotes, v06_quebec_personne_au_rendezvous,
    v07_abidjan_jury, v08_dakar_webinaire_ecole,
    v09_santiago_elige_horario, v10_lima_propuesta_sin_confirmar, v11_buenosaires_cafe_voseo,
    v12_bilbao_me_retiro, v13_sevilla_adelantada, v14_sanjose_sustituto, v15_santiago_se_me_paso,
    v16_malaga_feria_cv,
    v17_wien_assistenz_unbekannt, v18_muenchen_absage_outlook, v19_hamburg_kaffee_du,
    v20_zuerich_verschoben_gruppennotiz, v21_graz_beide_seiten, v22_muenchen_nicht_erschienen,
    v23_hamburg_vorab_dank_spontan, v24_basel_infoabend_kontakt,
    v25_lisboa_teams_rh_ausente, v26_porto_desmarca_portefolio, v27_luanda_secretaria_enderecos,
    v28_maputo_recusa_sem_agradecimento, v29_recife_antecipada_retorno,
    v30_fortaleza_sem_confirmacao_cv, v31_salvador_calendly_vistoria, v32_maputo_almoco_colega,
]

if __name__ == "__main__":
    out = os.path.join(HERE, "intl2")
    os.makedirs(out, exist_ok=True)
    sys.exit(max(run(b, out) for b in BUILDERS))
