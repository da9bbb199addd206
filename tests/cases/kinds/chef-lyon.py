#!/usr/bin/env python3
"""chef-lyon: Julien Marchetti, sous-chef in a Lyon brasserie, looking for a way into restaurant
management or food product development.  Mailbox from mid-January to Monday 10 March 2025,
07:30 CET.  Written blind, from the rules only (CASES.md, KINDS.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*
import datetime as dt
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                   "oct.", "nov.", "déc."]

CV_FR = make_pdf([
    "Julien Marchetti - Sous-chef",
    "12 rue Burdeau, 69001 Lyon - 06 42 17 58 90 - julien.marchetti@example.fr",
    "",
    "Depuis 2018  Sous-chef, Le Comptoir Saint-Nizier, Lyon 2e (brasserie, 180 couverts)",
    "  Brigade de 12, commandes, plannings, suivi du cout matiere, interim du chef",
    "2014-2018  Chef de partie puis second, Bistrot des Canuts, Lyon 4e",
    "2010-2014  Chef de partie, brasseries et traiteur, Lyon et Villeurbanne",
    "2008-2010  Commis, restaurant a Soho, Londres",
    "",
    "Formation : CAP cuisine, BP cuisinier, HACCP / PMS, permis B",
    "Langues : francais, anglais courant, italien (notions)",
])
CV_EN = make_pdf([
    "Julien Marchetti - Sous-chef",
    "Lyon, France - +33 6 42 17 58 90 - julien.marchetti@example.fr",
    "",
    "2018-now   Sous-chef, Le Comptoir Saint-Nizier, Lyon (brasserie, 180 covers)",
    "  Kitchen team of 12, purchasing, rotas, food cost control, acting head chef",
    "2014-2018  Chef de partie then second chef, Bistrot des Canuts, Lyon",
    "2010-2014  Chef de partie, brasseries and catering, Lyon area",
    "2008-2010  Commis chef, restaurant in Soho, London",
    "",
    "Languages: French (native), English (fluent), Italian (basic)",
])


def fr_quote(replier, parent, style):
    """How a French mail client quotes the message it answers."""
    t = parent.date.astimezone(replier.tz)
    if style == "outlook":
        to = "; ".join(p.shown() for p in parent.to)
        cc = "; ".join(p.shown() for p in parent.cc)
        head = ("De : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\n%sObjet : %s"
                % (parent.sender.shown(), FR_DAYS[t.weekday()], t.day, FR_MONTHS[t.month - 1],
                   t.year, t.strftime("%H:%M"), to, "Cc : %s\n" % cc if cc else "",
                   parent.subject))
        return "________________________________\n" + head + "\n\n" + parent.text
    quoted = "\n".join((">" + (" " + line if not line.startswith(">") else line)) if line else ">"
                       for line in parent.text.rstrip("\n").split("\n"))
    if style == "iphone":
        head = "Le %d %s %d à %s, %s a écrit :" % (
            t.day, FR_MONTHS_SHORT[t.month - 1], t.year, t.strftime("%H:%M"), parent.sender.shown())
        return head + "\n\n" + quoted + "\n"
    head = "Le %s %d %s %d à %s, %s a écrit :" % (
        FR_DAYS_SHORT[t.weekday()], t.day, FR_MONTHS_SHORT[t.month - 1], t.year,
        t.strftime("%H:%M"), parent.sender.shown())
    return head + "\n" + quoted + "\n"


def build():
    now = dt.datetime(2025, 3, 10, 7, 30, tzinfo=PARIS)
    case = Case(
        "chef-lyon",
        "Lyon sous-chef moving into restaurant management or food product development; "
        "French mailbox with one English exchange with a Geneva hotel group",
        {"name": "Julien Marchetti", "emails": ["julien.marchetti@example.fr"],
         "phone": "+33 6 42 17 58 90", "timezone": "Europe/Paris"},
        now,
        "Julien Marchetti, sous-chef in a Lyon brasserie, looks for restaurant management or "
        "food product development roles; see chef-lyon.md for the mailbox and every label.")
    me = Person("Julien Marchetti", "julien.marchetti@example.fr", tz="Europe/Paris",
                style="webmail", locale="fr", msgid_domain="example.fr")
    case.me = me

    SIG = "Julien Marchetti\n06 42 17 58 90"
    SIG_EN = "Julien Marchetti\n+33 6 42 17 58 90"
    IPHONE = "Envoyé de mon iPhone"

    def add(key, sender, to, when, body, *, sign=None, **kw):
        text = body.strip("\n") + "\n"
        if sign:
            text += "\n" + sign.strip("\n") + "\n"
        return case.add(key, sender, to, when, text, sig=False, **kw)

    def rep(key, sender, to, when, body, parent, *, style="gmail", sign=None, **kw):
        """A reply quoted the way a French client quotes (Gmail, Outlook or iPhone)."""
        p = case.by_key[parent]
        text = body.strip("\n") + "\n"
        if sign:
            text += "\n" + sign.strip("\n") + "\n"
        text += "\n" + fr_quote(sender, p, style)
        if style == "outlook" and "prefix" not in kw and "subject" not in kw:
            kw["prefix"] = "RE : "
        return case.add(key, sender, to, when, text, parent=parent, quote=False, sig=False, **kw)

    def at(s, tz=PARIS):
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

    # ------------------------------------------------------------------ people
    fred = Person("Fred Gallet", "fred.gallet.cuisine@gmail.com", tz="Europe/Paris")
    valerie = Person("Valérie Chastel", "valerie.chastel@delices-azergues.fr", tz="Europe/Paris",
                     style="outlook", region="eurprd04")
    marion = Person("Marion Lacombe", "marion.lacombe@traiteur-vasseur.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd05")
    sophie = Person("Sophie Garnier", "s.garnier@hestia-conseil.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd08")
    helene = Person("Hélène Dufresne", "h.dufresne@lestablesdesaone.fr", tz="Europe/Paris",
                    style="outlook", region="eurprd01")
    karim = Person("Karim Benali", "karim.benali@lestablesdesaone.fr", tz="Europe/Paris",
                   style="webmail", msgid_domain="lestablesdesaone.fr")
    zurich = "Europe/Zurich"
    sarah = Person("Sarah Whitfield", "sarah.whitfield@alpenrose-hospitality.ch", tz=zurich,
                   style="outlook", region="eurprd02",
                   sig="Kind regards,\n\nSarah Whitfield\nTalent Acquisition Partner\n"
                       "Alpenrose Hospitality Group SA\nQuai du Mont-Blanc 21, 1201 Genève\n"
                       "+41 22 718 40 62")
    luca = Person("Luca Bernasconi", "luca.bernasconi@alpenrose-hospitality.ch", tz=zurich,
                  style="outlook", region="eurprd02")
    olivier = Person("Olivier Barral", "olivier.barral@saveurs-collectives.fr", tz="Europe/Paris",
                     style="outlook", region="eurprd06")
    amandine = Person("Amandine Petit", "amandine.petit@saveurs-collectives.fr",
                      tz="Europe/Paris", style="outlook", region="eurprd06")
    wttj = Person("Welcome to the Jungle", "no-reply@welcometothejungle.com", tz="Europe/Paris",
                  style="auto", auto=True)
    lea = Person("Léa Moreau", "lea@tambouille.fr", tz="Europe/Paris")
    lea_cal = Person("Léa Moreau", "lea@tambouille.fr", tz="Europe/Paris", style="gcal")
    thomas = Person("Thomas Nguyen", "thomas@tambouille.fr", tz="Europe/Paris")
    workday = Person("Hôtels Aurore Collection", "aurorecollection@myworkday.com",
                     tz="Europe/Paris", style="auto", auto=True)
    romain = Person("Romain Giraud", "romain.giraud@grandmarche-confluence.fr", tz="Europe/Paris")
    camille = Person("Camille Fournier", "c.fournier@maisonberthier.fr", tz="Europe/Paris",
                     style="outlook", region="eurprd03")
    nico = Person("Nicolas Perret", "n.perret@hotels-confluence.fr", tz="Europe/Paris",
                  style="outlook", region="eurprd07")
    patrick = Person("Patrick Lormier", "patrick@comptoir-saintnizier.fr", tz="Europe/Paris",
                     style="webmail", msgid_domain="comptoir-saintnizier.fr")
    morel = Person("Isabelle Morel", "isabelle.morel@orange.fr", tz="Europe/Paris",
                   style="webmail", msgid_domain="orange.fr")
    garage = Person("Garage du Plateau", "atelier@garageduplateau.fr", tz="Europe/Paris",
                    style="webmail", msgid_domain="garageduplateau.fr")
    pronote = Person("PRONOTE – Collège Lucie-Aubrac", "ne-pas-repondre@index-education.net",
                     tz="Europe/Paris", style="auto", auto=True)
    lefevre = Person("Anne Lefèvre", "anne.lefevre@ac-lyon.fr", tz="Europe/Paris",
                     style="webmail", msgid_domain="ac-lyon.fr")
    club = Person("RCPC École de rugby", "ecolederugby.rcpc@gmail.com", tz="Europe/Paris")
    maman = Person("Monique Marchetti", "monique.marchetti@orange.fr", tz="Europe/Paris",
                   style="webmail", msgid_domain="orange.fr")
    aurelie = Person("Aurélie Dumas", "aurelie.dumas69@gmail.com", tz="Europe/Paris")
    ft = Person("France Travail", "ne-pas-repondre@francetravail.fr", tz="Europe/Paris",
                style="auto", auto=True)
    urssaf = Person("autoentrepreneur.urssaf.fr", "ne-pas-repondre@urssaf.fr", tz="Europe/Paris",
                    style="auto", auto=True)
    primeurs = Person("Primeurs du Lyonnais", "lettre@primeursdulyonnais.fr", tz="Europe/Paris",
                      style="auto", auto=True)
    sirha = Person("Sirha Lyon", "noreply@sirha-lyon.com", tz="Europe/Paris", style="auto",
                   auto=True)
    doctolib = Person("Doctolib", "no-reply@doctolib.fr", tz="Europe/Paris", style="auto",
                      auto=True)
    banque = Person("Banque Rhône-Alpes", "information@banque-rhonealpes.fr", tz="Europe/Paris",
                    style="auto", auto=True)
    maree = Person("Marée du Rhône – commandes", "commandes@mareedurhone.fr", tz="Europe/Paris",
                   style="outlook", region="eurprd09")
    formation = Person("Hygiène Conseil Formation", "planning@hygiene-conseil-formation.fr",
                       tz="Europe/Paris", style="outlook", region="eurprd09")
    decathlon = Person("Decathlon", "noreply@info.decathlon.fr", tz="Europe/Paris", style="auto",
                       auto=True)

    # ================================================================== JOB SEARCH

    # ---- N1: Sirha, introduced by Fred, a chat at Valérie's stand ------------------------
    add("n1a", fred, [valerie], "2025-01-20 11:02", """
Salut Valérie,

Comme je te disais au téléphone, je te présente Julien Marchetti, avec qui j'ai bossé quatre ans au Bistrot des Canuts. Julien est sous-chef au Comptoir Saint-Nizier depuis 2018, il tient une brigade de douze et il commence à regarder vers le développement produit (ou la direction de restaurant, il hésite encore). Je lui ai dit que tu étais la bonne personne pour comprendre comment ça se passe côté industrie.

Julien, Valérie est responsable innovation chez Délices d'Azergues (plats cuisinés, traiteur frais, ils sont à Anse). Elle est au Sirha toute la semaine.

Je vous laisse voir ensemble !
Fred
""", cc=[me], subject="Mise en relation : Julien Marchetti / Valérie Chastel")
    rep("n1b", valerie, [me], "2025-01-21 09:14", """
Merci Fred pour la mise en relation !

Bonjour Julien,

Avec plaisir. Je serai sur notre stand au Sirha du jeudi au lundi (hall 4, stand 4C112). Le moment le plus calme, c'est en général le samedi après-midi : est-ce que samedi 25 vers 15h vous conviendrait ? On pourra prendre un café et je vous ferai goûter notre nouvelle gamme.
""", "n1a", style="outlook", cc=[fred], sign="""
Bien cordialement,

Valérie Chastel
Responsable Innovation & Développement Produits
Délices d'Azergues – 260 route de Lyon, 69480 Anse
06 71 20 84 33""")
    rep("n1c", me, [valerie], "2025-01-21 22:47", """
Bonjour Valérie,

Merci pour votre retour rapide (et merci à Fred, que je passe en copie cachée).

Samedi 25 à 15h au stand 4C112, c'est noté, avec grand plaisir. Je passerai entre deux services, donc en veste de ville pour une fois.

Bien à vous,
""", "n1b", bcc=[fred], sign=SIG)
    # Sat 25 Jan 15:00 at the stand; no end stated.
    rep("n1d", me, [valerie], "2025-01-26 10:32", """
Bonjour Valérie,

Merci encore pour le temps que vous m'avez accordé samedi, en plein salon. Votre explication du passage de la recette de chef à la fiche industrielle (rendement, DLC, coût matière au gramme) m'a beaucoup éclairé, et le parmentier de canard de la nouvelle gamme était vraiment réussi.

Comme évoqué, je vous joins mon CV, au cas où un poste s'ouvrirait chez vous ou chez un confrère.

Au plaisir de vous recroiser,
Bien à vous,
""", "n1c", sign=SIG, attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    rep("n1e", valerie, [me], "2025-01-28 08:50", """
Bonjour Julien,

Ravie de cet échange, moi aussi. J'ai transmis votre CV à Bertrand Faure, notre directeur R&D. Nous n'avons pas de poste ouvert pour l'instant, mais je garde votre profil en tête : les cuisiniers qui comprennent les contraintes de l'industrie ne courent pas les rues.

Bonne semaine,
""", "n1d", style="outlook", sign="Valérie Chastel\nDélices d'Azergues")
    rep("n1f", valerie, [me], "2025-02-12 14:05", """
Bonjour Julien,

Je pensais à vous ce matin : Marion Lacombe, responsable RH chez Traiteur Vasseur à Villefranche, cherche un chef développement culinaire pour leur cuisine pilote. Le poste n'est pas encore publié. Vous pouvez lui écrire de ma part : marion.lacombe@traiteur-vasseur.fr

Belle journée,
""", "n1e", style="outlook", sign="Valérie Chastel\nResponsable Innovation & Développement Produits\nDélices d'Azergues")
    rep("n1g", me, [valerie], "2025-02-13 07:55", """
Bonjour Valérie,

Un grand merci d'avoir pensé à moi, c'est précieux. Je vais écrire à Mme Lacombe de votre part, et je vous tiendrai au courant.

Bien à vous,
""", "n1f", sign=SIG)
    case.thread("n1a", True, "networking", "Délices d'Azergues",
                "intro by Fred (friend, gmail); chat at the Sirha stand Sat Jan 25 15:00; thanked "
                "in French on Jan 26 (stale anyway); CV sent and answered; last exchange Thu Feb 13")
    case.meeting("n1a", at("2025-01-25 15:00"), None, met=["valerie.chastel@delices-azergues.fr"],
                 networking=True, what="Sirha stand chat")
    case.application("n1a", "n1d", "valerie.chastel@delices-azergues.fr", answered_by="n1e")
    case.expect("networking", "n1a", "valerie.chastel@delices-azergues.fr",
                "networking chat at the Sirha stand on Sat Jan 25; last exchange Julien's reply of "
                "Thu Feb 13; touch due at the end of Thu Feb 27, not yet stale")
    case.forbid("n1a", "fred.gallet.cuisine@gmail.com",
                "the friend who made the introduction: not at the chat, promised nothing")

    # ---- A1: application to Marion Lacombe, out-of-office only ---------------------------
    add("a1a", me, [marion], "2025-02-17 10:40", """
Madame,

Valérie Chastel, de Délices d'Azergues, m'a indiqué que vous recherchiez un chef développement culinaire pour votre cuisine pilote, et m'a conseillé de vous écrire de sa part.

Sous-chef depuis sept ans au Comptoir Saint-Nizier (brasserie de 180 couverts, Lyon 2e), je rédige les fiches techniques de la maison, je suis le coût matière au quotidien et je construis avec le chef nos quatre cartes de saison. C'est cette partie de mon métier que je souhaite désormais mettre au service du développement de produits, avec ses contraintes de volume, de conservation et de régularité.

Vous trouverez mon CV en pièce jointe. Je serais heureux de vous présenter mon parcours de vive voix, à votre convenance.

Je vous prie d'agréer, Madame, mes salutations distinguées.
""", sign=SIG, subject="Chef développement culinaire – candidature (de la part de Valérie Chastel)",
        attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    case.add("a1b", marion, [me], "2025-02-17 10:41", """
Bonjour,

Je suis absente du lundi 17 au vendredi 21 février inclus, avec un accès limité à ma messagerie. Je traiterai votre message à mon retour.

Pour toute demande urgente, vous pouvez écrire à rh@traiteur-vasseur.fr.

Cordialement,
Marion Lacombe
""", parent="a1a", quote=False, sig=False,
        subject="Réponse automatique : Chef développement culinaire – candidature (de la part de Valérie Chastel)",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("a1a", True, "application", "Traiteur Vasseur",
                "CV sent to Marion Lacombe Mon Feb 17 on Valérie's advice; only an out-of-office "
                "reply (back Feb 24); no person has written since")
    case.application("a1a", "a1a", "marion.lacombe@traiteur-vasseur.fr")
    case.expect("application", "a1a", "marion.lacombe@traiteur-vasseur.fr",
                "CV sent Mon Feb 17; her out-of-office is not an answer; 7 business days ran out at "
                "the end of Wed Feb 26")
    case.forbid("a1a", "rh@traiteur-vasseur.fr",
                "generic address given in the out-of-office for urgent matters; the follow-up goes "
                "to Marion, to whom the application was sent")

    # ---- C1: Hestia Conseil (cabinet) approaches him --------------------------------------
    SOPHIE_SIG = """Bien cordialement,

Sophie Garnier
Consultante senior – Métiers de bouche & Restauration
Hestia Conseil – Cabinet de recrutement
27 quai Saint-Vincent, 69001 Lyon
04 78 29 61 15 – 06 84 52 17 90"""
    add("c1a", sophie, [me], "2025-01-20 10:28", """
Bonjour Monsieur Marchetti,

J'ai découvert votre profil sur LinkedIn et je me permets de vous contacter. Je suis consultante au sein du cabinet Hestia Conseil, spécialisé dans le recrutement des métiers de bouche et de la restauration.

J'accompagne actuellement l'un de nos clients, un réseau familial de boulangeries-pâtisseries (18 points de vente dans le Rhône et l'Ain, un laboratoire central), dans le recrutement de son futur Directeur Production & Développement Produits. Le poste, rattaché au président, consiste à piloter le laboratoire (35 personnes), à structurer les fiches techniques et à développer la gamme snacking et traiteur.

Votre parcours en brasserie à fort volume correspond à ce que recherche mon client. Seriez-vous disponible pour un premier échange téléphonique d'une trentaine de minutes dans les prochains jours ?
""", sign=SOPHIE_SIG,
        subject="Opportunité confidentielle – Directeur Production & Développement Produits (Rhône)")
    rep("c1b", me, [sophie], "2025-01-20 23:05", """
Bonjour Madame Garnier,

Merci pour votre message, le poste m'intéresse. Je suis en service midi et soir du mardi au samedi ; le plus simple pour moi serait vendredi 24 janvier entre 14h30 et 17h, ou lundi 27 dans la journée.

Bien à vous,
""", "c1a", sign=SIG)
    rep("c1c", sophie, [me], "2025-01-21 09:40", """
Bonjour Monsieur Marchetti,

Parfait : je vous appelle vendredi 24 janvier à 15h au 06 42 17 58 90.

Bonne journée,
""", "c1b", style="outlook", sign="Sophie Garnier\nHestia Conseil")
    # phone call Fri Jan 24 15:00, no end stated
    rep("c1d", me, [sophie], "2025-01-24 22:40", """
Bonjour Madame Garnier,

Merci pour cet échange cet après-midi. Comme convenu, vous trouverez ci-joint mon CV à jour. Je vous envoie mes deux références d'ici lundi, le temps de les prévenir.

Bien à vous,
""", "c1c", sign=SIG, attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    rep("c1e", me, [sophie], "2025-01-27 11:15", """
Bonjour Madame Garnier,

Comme promis, voici mes références :
- Marc Dantin, chef exécutif du Comptoir Saint-Nizier jusqu'en 2023 (aujourd'hui à Annecy) : 06 12 48 73 05
- Fabienne Roche, ancienne propriétaire du Bistrot des Canuts : 06 63 17 29 84

Tous deux sont prévenus.

Bien à vous,
""", "c1d", sign=SIG)
    rep("c1f", sophie, [me], "2025-01-28 09:05", """
Bonjour Monsieur Marchetti,

Merci, j'ai bien reçu votre CV et vos références. Je présente votre candidature à mon client et je reviens vers vous dès que j'ai son retour.
""", "c1e", style="outlook", sign=SOPHIE_SIG)
    rep("c1g", sophie, [me], "2025-02-14 16:20", """
Bonjour Monsieur Marchetti,

Bonne nouvelle : mon client souhaite vous rencontrer. Je peux maintenant vous le dire, il s'agit de la Maison Peyrot. M. Bernard Peyrot, son président-fondateur, vous recevrait au siège à Vénissieux, avec Mme Nathalie Roux, directrice des opérations.

Il propose le jeudi 27 février à 10h ou le vendredi 28 février à 9h. Pourriez-vous me dire ce qui vous convient le mieux ?
""", "c1f", style="outlook", sign=SOPHIE_SIG)
    rep("c1h", me, [sophie], "2025-02-15 00:12", """
Bonjour Madame Garnier,

Excellente nouvelle. Le jeudi 27 février à 10h me convient très bien, je m'arrange avec mon chef pour la matinée.

Bien à vous,
""", "c1g", sign=SIG)
    case.thread("c1a", True, "recruiter", "Hestia Conseil",
                "cabinet approach Jan 20; phone call Fri Jan 24 15:00 (stale); CV sent and "
                "answered; his promise of references by Monday kept on Jan 27; meeting with "
                "Maison Peyrot set for Thu Feb 27 10:00")
    case.meeting("c1a", at("2025-01-24 15:00"), None, met=["s.garnier@hestia-conseil.fr"],
                 what="phone call with the consultant")
    case.application("c1a", "c1d", "s.garnier@hestia-conseil.fr", answered_by="c1f")
    case.own_promise("c1a", "c1d", "s.garnier@hestia-conseil.fr", "2025-01-27", kept_by="c1e")

    # ---- C2: the Outlook invitation to meet the bakery chain's owner ---------------------
    c2_desc = """Bonjour Monsieur Marchetti,

Voici l'invitation pour votre rencontre de jeudi.

Adresse : Maison Peyrot – siège et laboratoire central, 14 rue Marcel-Sembat, 69200 Vénissieux. Parking visiteurs devant le bâtiment B ; présentez-vous à l'accueil du laboratoire.

Déroulé prévu :
10h00 – accueil par Sandrine Vidal, responsable RH (sandrine.vidal@maison-peyrot.fr – 04 72 50 36 18), et visite du laboratoire (tenue fournie)
10h30 – entretien avec M. Bernard Peyrot, président, et Mme Nathalie Roux, directrice des opérations
11h30 – fin

Je ne serai pas présente ; je vous appelle en fin de journée pour avoir vos impressions.
"""
    c2_start, c2_end = at("2025-02-27 10:00"), at("2025-02-27 11:30")
    c2_uid = uid_outlook("chef-lyon", "peyrot")
    add("c2a", sophie, [me], "2025-02-17 09:30", c2_desc, sign=SOPHIE_SIG,
        subject="Rencontre M. Peyrot – Maison Peyrot / J. Marchetti",
        ics=make_ics(method="REQUEST", uid=c2_uid, stamp=at("2025-02-17 09:30"),
                     start=c2_start, end=c2_end,
                     summary="Rencontre M. Peyrot – Maison Peyrot / J. Marchetti",
                     organizer=sophie, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Romance Standard Time",
                     location="Maison Peyrot, 14 rue Marcel-Sembat, 69200 Vénissieux",
                     description=c2_desc,
                     prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        ics_mode="outlook")
    add("c2b", me, [sophie], "2025-02-17 13:02", """
Bien reçu, c'est dans mon agenda. À jeudi.
""", sign="Julien Marchetti", parent="c2a", quote=False,
        subject="Accepté : Rencontre M. Peyrot – Maison Peyrot / J. Marchetti",
        ics=make_ics(method="REPLY", uid=c2_uid, stamp=at("2025-02-17 13:02"),
                     start=c2_start, end=c2_end,
                     summary="Rencontre M. Peyrot – Maison Peyrot / J. Marchetti",
                     organizer=sophie, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Europe/Paris", prodid="-//Example Webmail//Calendar 4.2//FR"),
        ics_mode="attach")
    case.thread("c2a", True, "interview", "Maison Peyrot",
                "Outlook invite from the consultant (not attending) for Thu Feb 27 10:00-11:30; "
                "met Sandrine Vidal (address only in the invite text), M. Peyrot and Mme Roux "
                "(no address anywhere); Julien has written nothing since; Sophie's 'je vous "
                "appelle en fin de journée' was answered by her mail of Feb 28")
    case.meeting("c2a", c2_start, c2_end, met=["sandrine.vidal@maison-peyrot.fr"],
                 unknown=["Bernard Peyrot", "Nathalie Roux"],
                 arranged_by="s.garnier@hestia-conseil.fr", what="meeting with the owner")
    case.promise("c2a", "c2a", "s.garnier@hestia-conseil.fr", "2025-02-27", answered_by="c3a")
    case.expect("thank_you", "c2a", "sandrine.vidal@maison-peyrot.fr",
                "she welcomed him and showed him the laboratory at the Thu Feb 27 meeting; her "
                "address is written in the invite; no note; overdue since Fri Feb 28 11:30")
    case.expect("ask_for_address", "c2a", "s.garnier@hestia-conseil.fr",
                "M. Peyrot and Mme Roux were met on Feb 27 but their addresses appear nowhere; the "
                "consultant arranged the meeting and Julien has not written to her since")

    # ---- C3: the consultant's debrief -----------------------------------------------------
    add("c3a", sophie, [me], "2025-02-28 12:15", """
Bonjour Monsieur Marchetti,

J'ai essayé de vous joindre hier soir et ce matin, sans succès ; je me doute que vous étiez en service.

J'ai eu M. Peyrot au téléphone : il a apprécié votre échange, en particulier votre approche des coûts de revient et votre expérience d'encadrement. Mme Roux a été sensible à vos questions sur la chaîne du froid pendant la visite du laboratoire.

Il rencontre encore deux candidats en début de semaine prochaine et prendra sa décision d'ici le vendredi 7 mars. Je reviens vers vous dès que j'ai son retour.

N'hésitez pas à me faire part de vos propres impressions, par téléphone ou par écrit.
""", sign=SOPHIE_SIG, subject="Suite à votre rencontre avec M. Peyrot")
    case.thread("c3a", True, "recruiter", "Hestia Conseil",
                "consultant's debrief Fri Feb 28: the owner sees two more candidates and decides "
                "by Fri Mar 7; she will come back then; no reply from Julien")
    case.promise("c3a", "c3a", "s.garnier@hestia-conseil.fr", "2025-03-07")
    case.forbid("c3a", "s.garnier@hestia-conseil.fr",
                "'décision d'ici le vendredi 7 mars' has passed, but the two business days of "
                "grace run to the end of Tue Mar 11")

    # ---- T1: Les Tables de Saône, interview, paid trial day, refusal ---------------------
    HELENE_SIG = """Bien à vous,

Hélène Dufresne
Directrice générale – Les Tables de Saône
Le Quai · La Table de Fourvière · Vaise (ouverture avril 2025)
04 78 42 19 60"""
    add("t1a", me, [helene], "2025-01-28 23:38", """
Madame Dufresne,

J'ai vu sur votre page LinkedIn que Les Tables de Saône recrutent un chef de cuisine pour l'ouverture de votre troisième établissement, à Vaise. Je me permets de vous adresser ma candidature.

Sous-chef au Comptoir Saint-Nizier depuis 2018, je seconde le chef sur une brigade de douze personnes (180 couverts par service en moyenne) ; je gère les commandes, les plannings et le suivi du coût matière, et j'assure l'intérim de la direction de cuisine pendant ses congés. Un poste de chef de cuisine avec une vraie part de gestion, dans une maison qui ouvre un nouveau lieu, correspond exactement à l'étape que je souhaite franchir.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien, de préférence en dehors des services.

Bien à vous,
""", sign=SIG, subject="Candidature – Chef de cuisine, Les Tables de Saône (ouverture Vaise)",
        attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    rep("t1b", helene, [me], "2025-01-30 10:05", """
Bonjour Monsieur Marchetti,

Merci pour votre candidature, qui a retenu toute notre attention. Je vous propose de venir nous rencontrer au Quai, 9 quai Saint-Antoine, le mercredi 5 février à 15h30, entre les deux services. Nous pourrons faire le tour du projet de Vaise ensemble.
""", "t1a", style="outlook", sign=HELENE_SIG)
    rep("t1c", me, [helene], "2025-01-30 14:48", """
Bonjour Madame Dufresne,

C'est noté pour mercredi 5 février à 15h30, j'y serai.

Bien à vous,
""", "t1b", sign=SIG)
    # Wed Feb 5 15:30, no end stated
    rep("t1d", me, [helene], "2025-02-05 23:20", """
Bonjour Madame Dufresne,

Merci pour le temps que vous m'avez consacré cet après-midi et pour la visite du chantier de Vaise. Le projet d'une cuisine ouverte de 90 couverts, tournée vers les produits du Beaujolais et des Monts du Lyonnais, me plaît énormément.

Bien à vous,
""", "t1c", sign=SIG)
    rep("t1e", helene, [me], "2025-02-07 11:32", """
Bonjour Monsieur Marchetti,

Suite à notre rencontre, nous aimerions vous proposer une journée d'essai en cuisine au Quai, le mardi 25 février de 8h30 à 16h, aux côtés de Karim Benali, notre chef exécutif (en copie). Elle sera suivie d'un point avec moi vers 15h30. La journée est rémunérée et déclarée, sur la base d'un poste de chef de partie.

Merci de me confirmer votre disponibilité.
""", "t1d", style="outlook", cc=[karim], sign=HELENE_SIG)
    rep("t1f", me, [helene], "2025-02-07 15:10", """
Bonjour Madame Dufresne,

Avec plaisir : je confirme le mardi 25 février, j'ai posé ma journée.

Bonjour Monsieur Benali, au plaisir de travailler à vos côtés ce jour-là.

Bien à vous,
""", "t1e", cc=[karim], sign=SIG)
    rep("t1g", karim, [me], "2025-02-20 16:47", """
Salut Julien
Mardi 8h15 entrée de service rue Grôlée, la porte grise à côté des poubelles. Prends ta veste et tes couteaux, pantalon et tablier on a.
On sera à 4 au lieu de 6 le midi donc tu vas pas t'ennuyer
Karim
""", "t1f", style="iphone", sign=IPHONE)
    rep("t1h", me, [karim], "2025-02-20 23:55", """
Ça marche chef, à mardi 8h15.
Julien
""", "t1g")
    # trial day Tue Feb 25 08:30-16:00, with Karim; debrief with Hélène at the end
    rep("t1i", me, [karim], "2025-02-25 22:15", """
Salut Karim,

Thanks pour la journée. Super brigade, le coup de feu de midi à quatre c'était quelque chose, et ta sauce au vin jaune je vais y repenser longtemps. Merci à toute l'équipe de m'avoir fait une place au passe.

Au plaisir de recuisiner ensemble, quoi qu'il arrive.
Julien
""", "t1h")
    rep("t1j", karim, [me], "2025-02-26 00:48", """
Merci à toi, bon taf aujourd'hui. Hélène te dira pour la suite.
K.
""", "t1i", style="iphone", sign=IPHONE)
    rep("t1k", helene, [me], "2025-02-26 10:20", """
Bonjour Monsieur Marchetti,

Merci pour votre journée d'hier ; Karim et l'équipe ont apprécié votre calme en plein coup de feu. Nous terminons cette semaine les journées d'essai avec les deux autres candidats, et nous vous ferons un retour d'ici la fin de la semaine prochaine.
""", "t1f", style="outlook", sign=HELENE_SIG)
    rep("t1l", helene, [me], "2025-03-04 17:45", """
Bonjour Monsieur Marchetti,

Comme promis, je reviens vers vous. Après beaucoup d'hésitations, nous avons décidé de confier la cuisine de Vaise à un candidat qui a déjà ouvert un établissement en tant que chef de cuisine ; dans un calendrier d'ouverture aussi serré, c'est ce qui a fait la différence.

Votre journée a fait forte impression et je souhaite sincèrement que nos chemins se recroisent : je garde votre dossier pour les postes qui s'ouvriront dans le groupe.
""", "t1k", style="outlook", sign=HELENE_SIG)
    case.thread("t1a", True, "rejection", "Les Tables de Saône",
                "application Jan 28 answered; interview Wed Feb 5 15:30 (stale); paid trial day "
                "Tue Feb 25 08:30-16:00 with Karim and a debrief with Hélène; Karim thanked that "
                "night; Hélène promised news by the end of the following week, then declined on "
                "Tue Mar 4; Julien never wrote to her after the trial")
    case.application("t1a", "t1a", "h.dufresne@lestablesdesaone.fr", answered_by="t1b")
    case.meeting("t1a", at("2025-02-05 15:30"), None, met=["h.dufresne@lestablesdesaone.fr"],
                 what="first interview")
    case.meeting("t1a", at("2025-02-25 08:30"), at("2025-02-25 16:00"),
                 met=["karim.benali@lestablesdesaone.fr", "h.dufresne@lestablesdesaone.fr"],
                 thanks={"karim.benali@lestablesdesaone.fr": "t1i"}, what="paid trial day")
    case.promise("t1a", "t1k", "h.dufresne@lestablesdesaone.fr", "2025-03-07", ended_by="t1l")
    case.expect("thank_you", "t1a", "h.dufresne@lestablesdesaone.fr",
                "she held the debrief at the end of the Tue Feb 25 trial day and was never "
                "thanked; the refusal of Mar 4 ends the callback, not the thank-you; overdue "
                "since Wed Feb 26 16:00")
    case.forbid("t1a", "karim.benali@lestablesdesaone.fr",
                "thanked the evening of the trial day ('Thanks pour la journée'); he promised "
                "nothing")

    # ---- G1-G3: Alpenrose Hospitality, Geneva (English, Swiss time) -----------------------
    case.add("g1a", sarah, [me], at("2025-01-29 09:20", ZoneInfo(zurich)), """
Dear Julien,

I hope you don't mind me writing in English. I came across your profile on LinkedIn and your background in high-volume brasseries caught my attention.

Alpenrose Hospitality Group is reopening the Brasserie du Rhône at our Geneva flagship hotel in May, after a full refurbishment (160 covers plus terrace). We are looking for a Restaurant Manager who understands the kitchen as well as the floor, to run the outlet day to day and report to our Director of Food & Beverage.

Would you be open to a 30-minute conversation next week or the week after? I am flexible on timing.
""", subject="Restaurant Manager – Brasserie du Rhône, Geneva")
    rep("g1b", me, [sarah], "2025-01-30 10:14", """
Dear Sarah,

Thank you for your message. English is no problem: I worked two years in London, in Soho, at the start of my career.

Yes, I would be happy to talk. I am in service at lunch and dinner, so the best for me is between 14:30 and 17:00. I could do Tuesday 11 February or Thursday 13 February in the afternoon.

Please find my CV in English attached.

Best regards,
""", "g1a", sign=SIG_EN, attachments=[("CV_Julien_Marchetti_EN.pdf", "application/pdf", CV_EN)])
    case.add("g1c", sarah, [me], at("2025-01-31 08:55", ZoneInfo(zurich)), """
Dear Julien,

Thanks for coming back to me so quickly, and for the CV. Let's say Tuesday 11 February at 3 pm Swiss time (the same as yours in Lyon). I will call you on +33 6 42 17 58 90; it should take about 30 minutes.
""", parent="g1b")
    rep("g1d", me, [sarah], "2025-02-11 18:20", """
Dear Sarah,

Thank you for the call this afternoon and for the details on the Brasserie du Rhône project. A brasserie that lives from breakfast to late supper, with a kitchen team of 22, is exactly the kind of challenge I am looking for.

I look forward to the next step.

Best regards,
""", "g1c", sign=SIG_EN)
    case.add("g1e", sarah, [me], at("2025-02-18 11:40", ZoneInfo(zurich)), """
Dear Julien,

Good news: Luca Bernasconi, our Director of Food & Beverage, would like to meet you on Teams. Could you do Wednesday 26 February at 2 pm or Thursday 27 February at 10 am (Swiss time)?
""", parent="g1d")
    rep("g1f", me, [sarah], "2025-02-18 15:05", """
Dear Sarah,

Wednesday 26 February at 2 pm works well for me.

Best regards,
Julien
""", "g1e")
    case.add("g1g", sarah, [me], at("2025-02-19 09:30", ZoneInfo(zurich)), """
Dear Julien,

This email confirms your video interview with Luca Bernasconi and me on Wednesday 26 February from 14:00 to 15:00 (Swiss time). The Microsoft Teams invitation should already be in your inbox.

Luca will want to hear how you run a kitchen team, how you manage costs, and how you see the move from the back to the front of house. We will also talk about your notice period and a work permit for Switzerland.

We are interviewing four candidates for this role. Following the interviews, we aim to let every candidate know the outcome by Wednesday 5 March.
""", parent="g1f")
    case.thread("g1a", True, "recruiter", "Alpenrose Hospitality Group",
                "Sarah's approach in English; English CV sent and answered; phone call Tue Feb 11 "
                "15:00-15:30 thanked the same evening (stale anyway); her confirmation promises "
                "the outcome by Wed Mar 5; nothing from Alpenrose since but Luca's out-of-office")
    case.application("g1a", "g1b", "sarah.whitfield@alpenrose-hospitality.ch", answered_by="g1c")
    case.meeting("g1a", at("2025-02-11 15:00"), at("2025-02-11 15:30"),
                 met=["sarah.whitfield@alpenrose-hospitality.ch"],
                 thanks={"sarah.whitfield@alpenrose-hospitality.ch": "g1d"}, what="phone screen")
    case.promise("g1a", "g1g", "sarah.whitfield@alpenrose-hospitality.ch", "2025-03-05")
    case.expect("callback", "g1a", "sarah.whitfield@alpenrose-hospitality.ch",
                "'we aim to let every candidate know the outcome by Wednesday 5 March'; no word "
                "since (Luca's out-of-office does not count); due at the end of Fri Mar 7",
                promised="2025-03-05")

    g2_start = at("2025-02-26 14:00", ZoneInfo(zurich))
    g2_end = at("2025-02-26 15:00", ZoneInfo(zurich))
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
             "NzQ4ZjRhYjItOTFlMC00YzJmLWE1NDgtM2Q0NjFkYjc3ZTQx%40thread.v2/0")
    g2_text = """Interview for the Restaurant Manager position, Brasserie du Rhône.
Interviewers: Luca Bernasconi (Director of Food & Beverage) and Sarah Whitfield (Talent Acquisition).

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now
%s
Meeting ID: 374 829 116 553
Passcode: kT9pQx
________________________________________________________________________________
""" % teams
    add("g2a", sarah, [luca, me], at("2025-02-19 09:24", ZoneInfo(zurich)), g2_text,
        subject="Restaurant Manager – Brasserie du Rhône | Julien Marchetti",
        html=html_of(g2_text),
        ics=make_ics(method="REQUEST", uid=uid_outlook("chef-lyon", "alpenrose"),
                     stamp=at("2025-02-19 09:24", ZoneInfo(zurich)), start=g2_start, end=g2_end,
                     summary="Restaurant Manager – Brasserie du Rhône | Julien Marchetti",
                     organizer=sarah,
                     attendees=[(luca, "NEEDS-ACTION", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
                     description=g2_text, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.thread("g2a", True, "interview", "Alpenrose Hospitality Group",
                "Teams invite (W. Europe Standard Time) for Wed Feb 26 14:00-15:00 with Luca and "
                "Sarah; Luca thanked in a new thread that evening; Sarah never thanked")
    case.meeting("g2a", g2_start, g2_end,
                 met=["luca.bernasconi@alpenrose-hospitality.ch",
                      "sarah.whitfield@alpenrose-hospitality.ch"],
                 thanks={"luca.bernasconi@alpenrose-hospitality.ch": "g3a"}, what="Teams interview")
    case.expect("thank_you", "g2a", "sarah.whitfield@alpenrose-hospitality.ch",
                "she interviewed him with Luca on Wed Feb 26 14:00-15:00 (Swiss time); only Luca "
                "was thanked; overdue since Thu Feb 27 15:00")
    case.forbid("g2a", "luca.bernasconi@alpenrose-hospitality.ch",
                "thanked in a new thread the same evening; his out-of-office reply is not a "
                "message to answer, and he promised nothing")

    add("g3a", me, [luca], "2025-02-26 19:05", """
Dear Mr Bernasconi,

Thank you for taking the time to meet me this afternoon. I enjoyed our conversation about the reopening of the Brasserie du Rhône, and in particular your idea of a short market menu changing every week next to the classics.

What I would bring to the role:
- fifteen years in high-volume brasseries, the last seven as sous-chef of a 180-cover house;
- daily control of food cost and staff rotas, which I already own today;
- the trust of a kitchen team, which helps a lot when the floor and the pass must work as one.

I am very interested in the position and remain at your disposal for any further information.

Best regards,
""", sign=SIG_EN, subject="Thank you – Restaurant Manager, Brasserie du Rhône")
    case.add("g3b", luca, [me], at("2025-02-26 19:05", ZoneInfo(zurich)) + dt.timedelta(seconds=40), """
Thank you for your email. I am out of the office from 27 February and will be back on Monday 3 March, with limited access to email. For urgent matters please contact my assistant, Chiara Rossi, at chiara.rossi@alpenrose-hospitality.ch.

Merci pour votre message. Je suis absent du bureau à partir du 27 février et serai de retour le lundi 3 mars.

Luca Bernasconi
Director of Food & Beverage
Alpenrose Hospitality Group SA
""", parent="g3a", quote=False, sig=False,
        subject="Automatic reply: Thank you – Restaurant Manager, Brasserie du Rhône",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("g3a", True, "interview", "Alpenrose Hospitality Group",
                "Julien's thank-you to Luca, Wed Feb 26 19:05, answered only by his out-of-office")

    # ---- K1: Saveurs Collectives, committee and a passive promise -------------------------
    add("k1a", me, [olivier], "2025-02-10 11:20", """
Monsieur Barral,

Votre offre de responsable de cuisine centrale pour le site de Saint-Priest (1 200 repas par jour), diffusée sur France Travail, a retenu toute mon attention ; l'annonce indiquait de vous adresser directement les candidatures.

Sous-chef depuis sept ans dans une brasserie lyonnaise de 180 couverts, j'ai l'habitude de produire en volume, de tenir un plan de maîtrise sanitaire et de piloter un coût matière au jour le jour. Diriger une cuisine centrale, avec ses contraintes de liaison froide et de traçabilité, est le cap que je me suis fixé.

Mon CV est joint à ce message. Je reste à votre disposition pour en discuter.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.
""", sign=SIG, subject="Candidature – Responsable de cuisine centrale, Saint-Priest (offre 187QXKL)",
        attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    rep("k1b", amandine, [me], "2025-02-12 14:30", """
Bonjour Monsieur Marchetti,

M. Barral m'a transmis votre candidature au poste de responsable de cuisine centrale, je vous en remercie.

Votre dossier sera étudié lors de notre comité de recrutement du jeudi 20 février. Une réponse vous sera apportée au plus tard le lundi 24 février.
""", "k1a", style="outlook", cc=[olivier], sign="""Cordialement,

Amandine Petit
Chargée de recrutement
Saveurs Collectives – Direction régionale Auvergne-Rhône-Alpes
04 72 68 15 40""")
    case.thread("k1a", True, "application", "Saveurs Collectives",
                "CV to the regional director Mon Feb 10; the recruitment officer answered Feb 12: "
                "committee on Feb 20, 'une réponse vous sera apportée au plus tard le lundi 24 "
                "février'; nothing since")
    case.application("k1a", "k1a", "olivier.barral@saveurs-collectives.fr", answered_by="k1b")
    case.promise("k1a", "k1b", "amandine.petit@saveurs-collectives.fr", "2025-02-24")
    case.expect("callback", "k1a", "amandine.petit@saveurs-collectives.fr",
                "passive promise 'une réponse vous sera apportée au plus tard le lundi 24 février' "
                "after the Feb 20 committee; nothing since; due at the end of Wed Feb 26",
                promised="2025-02-24")
    case.forbid("k1a", "olivier.barral@saveurs-collectives.fr",
                "the application to him was answered by his recruitment officer on Feb 12; the "
                "promise, and so the callback, is hers")

    # ---- S0-S2: Tambouille, food start-up, video call with the two founders -------------
    s0_text = """Bonjour Julien,

Ta candidature pour le poste Chef R&D culinaire (CDI) – Lyon chez Tambouille a bien été envoyée.

L'équipe de Tambouille va étudier ton profil. Si ta candidature est retenue, elle te contactera directement.

Tu peux suivre l'avancement de tes candidatures depuis ton espace personnel.

L'équipe Welcome to the Jungle"""
    add("s0a", wttj, [me], "2025-02-14 21:12", s0_text,
        subject="Ta candidature chez Tambouille a bien été envoyée", html=html_of(s0_text),
        headers=dict(AUTO))
    case.thread("s0a", True, "application", "Tambouille",
                "job-board acknowledgement of the application (no-reply sender)")
    case.forbid("s0a", "no-reply@welcometothejungle.com",
                "automated acknowledgement from the job board; a founder answered in person on "
                "Feb 19")

    LEA_SIG = "Léa Moreau\nCo-fondatrice & CEO – Tambouille\n06 58 21 47 90"
    add("s1a", lea, [me], "2025-02-19 09:12", """
Hello Julien !

Léa, co-fondatrice de Tambouille 👋 Thanks pour ta candidature sur WTTJ, ton parcours nous a tapé dans l'œil (un sous-chef de brasserie qui parle coût matière dans sa lettre, on n'en voit pas tous les jours).

Pour te situer : on fait des plats mijotés en bocaux, cuisinés à Lyon avec des produits de la région, vendus en épiceries fines et sur notre site. On a levé 1,2 M€ l'an dernier et on monte notre atelier de production à Décines. Le ou la Chef R&D créera les recettes et les industrialisera avec Thomas, mon associé, qui gère les ops et la prod.

On te propose un premier call visio de 45 min avec Thomas et moi. Dispo sur un de ces créneaux ?
- mardi 25/02 à 17h
- vendredi 28/02 à 15h
- lundi 03/03 à 10h

À très vite,
Léa
""", sign=LEA_SIG, subject="Chef R&D culinaire chez Tambouille – on s'appelle ?")
    rep("s1b", me, [lea], "2025-02-19 13:20", """
Bonjour Léa,

Merci pour ton message ! Vendredi 28/02 à 15h, c'est parfait pour moi.

À vendredi,
""", "s1a", sign=SIG)
    s2_start, s2_end = at("2025-02-28 15:00"), at("2025-02-28 15:45")
    s2_text = """Vous avez été invité à l'événement suivant.

Tambouille x Julien Marchetti – visio
vendredi 28 février 2025 ⋅ 15:00 – 15:45
Fuseau horaire : Europe/Paris

Participer avec Google Meet
meet.google.com/xbr-tqpn-wua

Invités
Léa Moreau – organisateur
lea@tambouille.fr
Thomas Nguyen
thomas@tambouille.fr
julien.marchetti@example.fr

Premier échange autour du poste de Chef R&D culinaire, avec Léa (CEO) et Thomas (ops & production).

Invitation de Google Agenda
Vous recevez cet e-mail, car vous êtes invité à cet événement."""
    add("s2a", lea_cal, [me], "2025-02-19 13:41", s2_text,
        subject="Invitation: Tambouille x Julien Marchetti – visio @ ven. 28 févr. 2025 15:00 - "
                "15:45 (CET) (julien.marchetti@example.fr)",
        html=html_of(s2_text), headers=dict(GCAL),
        ics=make_ics(method="REQUEST", uid=uid_google("chef-lyon", "tambouille"),
                     stamp=at("2025-02-19 13:41"), start=s2_start, end=s2_end,
                     summary="Tambouille x Julien Marchetti – visio", organizer=lea,
                     attendees=[(lea, "ACCEPTED", "INDIVIDUAL"),
                                (thomas, "ACCEPTED", "INDIVIDUAL"),
                                (me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Europe/Paris",
                     description="Premier échange autour du poste de Chef R&D culinaire, avec "
                                 "Léa (CEO) et Thomas (ops & production).\n\nRejoindre avec "
                                 "Google Meet : https://meet.google.com/xbr-tqpn-wua",
                     location="https://meet.google.com/xbr-tqpn-wua"),
        ics_mode="google")
    rep("s1c", me, [lea, thomas], "2025-02-28 18:40", """
Bonjour Léa, bonjour Thomas,

Thanks à tous les deux pour cet échange cet après-midi. J'ai beaucoup aimé votre façon de parler de vos recettes, et la visite de l'atelier en visio (même avec le wifi capricieux) m'a donné envie d'y être.

Ce qui me motive chez Tambouille, en résumé :
- apprendre à faire d'une recette de chef un bocal qui tient 21 jours sans perdre son âme ;
- mettre au service de la prod quinze ans de volume et de coût matière au quotidien ;
- construire une équipe et un outil, pas seulement une carte.

Je reste dispo pour la suite, et j'espère à très vite.
""", "s1b", sign=SIG)
    rep("s1d", thomas, [me], "2025-03-01 10:05", """
Salut Julien,

Merci à toi, super échange de notre côté aussi. Comme évoqué en fin de call : est-ce que tu pourrais nous proposer 2 ou 3 idées de plats mijotés pour la gamme d'automne (bocal stérilisé, DLC 21 jours mini), avec une estimation rapide du coût matière pour un bocal de 380 g ? Pas besoin de fiche technique complète, c'est surtout pour voir comment tu réfléchis.

Bon week-end,
Thomas
""", "s1c", sign="Thomas Nguyen\nCo-fondateur – Ops & Production\nTambouille")
    rep("s1e", me, [thomas], "2025-03-02 17:30", """
Salut Thomas,

Avec plaisir, ça tombe bien, j'ai déjà quelques pistes autour de la joue de bœuf et des lentilles vertes. Je te prépare trois propositions avec une estimation du coût matière par bocal, tu les auras d'ici mercredi soir.

Bon dimanche,
Julien
""", "s1d")
    case.thread("s1a", True, "interview", "Tambouille",
                "Léa proposes three slots; Fri 28/02 15h chosen; after the call one note thanks "
                "both founders; Thomas asks for 2-3 recipe ideas and Julien promises them 'd'ici "
                "mercredi soir' (Mar 5), not sent")
    case.thread("s2a", True, "interview", "Tambouille",
                "Google Calendar invite for the video call Fri Feb 28 15:00-15:45 with Léa and "
                "Thomas")
    case.meeting("s2a", s2_start, s2_end, met=["lea@tambouille.fr", "thomas@tambouille.fr"],
                 thanks={"lea@tambouille.fr": "s1c", "thomas@tambouille.fr": "s1c"},
                 what="video call with the founders")
    case.own_promise("s1a", "s1e", "thomas@tambouille.fr", "2025-03-05")
    case.expect("own_promise", "s1a", "thomas@tambouille.fr",
                "Julien promised Thomas three recipe proposals 'd'ici mercredi soir' (Wed Mar 5); "
                "nothing sent to him since; due at the end of Mar 5")
    case.forbid("s1a", "lea@tambouille.fr",
                "thanked by the note to both founders on Feb 28; the recipes were promised to "
                "Thomas, not to her")
    case.forbid("s2a", "thomas@tambouille.fr",
                "thanked by the note to both founders on Feb 28 (in the other thread); the own "
                "promise lives in the mail thread")

    # ---- P1/P2: portal application, Workday -------------------------------------------
    p1_html = html_of("""Bonjour Julien,

Merci pour l'intérêt que vous portez à Hôtels Aurore Collection.

Nous avons bien reçu votre candidature au poste de Chef de Cuisine Exécutif (H/F) – Lyon (R-24817). Notre équipe Talent Acquisition l'examinera avec attention. Si votre profil correspond à nos besoins, nous vous contacterons pour la suite du processus.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

Cordialement,
L'équipe Talent Acquisition
Hôtels Aurore Collection

Ceci est un message automatique, merci de ne pas y répondre.""", "Hôtels Aurore Collection")
    add("p1a", workday, [me], "2025-02-06 22:31", "", html=p1_html, html_only=True,
        subject="Confirmation de candidature – Chef de Cuisine Exécutif (H/F) – Lyon – R-24817",
        headers=dict(AUTO))
    case.thread("p1a", True, "application", "Hôtels Aurore Collection",
                "applied through the Workday portal; acknowledgement only")
    case.forbid("p1a", "aurorecollection@myworkday.com",
                "portal application: the only answers are automated (acknowledgement, then a "
                "rejection on Mar 3); no person to write to")
    p2_html = html_of("""Bonjour Julien,

Nous vous remercions pour votre candidature au poste de Chef de Cuisine Exécutif (H/F) – Lyon (R-24817) et pour le temps consacré à notre processus de recrutement.

Après une étude attentive, nous avons décidé de poursuivre avec d'autres candidats dont le profil correspond plus étroitement aux exigences du poste.

Nous conservons vos informations et vous invitons à consulter régulièrement nos offres.

Cordialement,
L'équipe Talent Acquisition
Hôtels Aurore Collection""", "Hôtels Aurore Collection")
    add("p2a", workday, [me], "2025-03-03 06:02", "", html=p2_html, html_only=True,
        subject="Votre candidature – Chef de Cuisine Exécutif (H/F) – Lyon", headers=dict(AUTO))
    case.thread("p2a", True, "rejection", "Hôtels Aurore Collection",
                "automated rejection from the portal")

    # ---- H1: Le Grand Marché Confluence, meeting moved later --------------------------------
    add("h1a", me, [romain], "2025-02-20 23:40", """
Bonjour Monsieur Giraud,

J'ai vu passer sur votre compte Instagram que Le Grand Marché Confluence cherche un responsable d'exploitation pour ses douze comptoirs. Sous-chef depuis sept ans dans une brasserie de 180 couverts à Lyon, je gère au quotidien les équipes, les plannings, les commandes et l'hygiène ; je cherche aujourd'hui à passer du côté de l'exploitation, et un lieu qui fait travailler ensemble des artisans de bouche me parle beaucoup.

Je vous joins mon CV et serais ravi d'en discuter avec vous.

Bien à vous,
""", sign=SIG, subject="Candidature – Responsable d'exploitation",
        attachments=[("CV_Julien_Marchetti.pdf", "application/pdf", CV_FR)])
    rep("h1b", romain, [me], "2025-02-24 09:50", """
Bonjour Julien (si je peux me permettre),

Merci pour votre candidature, votre profil m'intéresse beaucoup : on cherche justement quelqu'un qui parle le même langage que nos chefs. Je vous propose qu'on se voie sur place le jeudi 6 mars à 16h, je vous ferai visiter. Rendez-vous à l'accueil côté cours Charlemagne.

Ça vous va ?

Romain Giraud
Directeur général – Le Grand Marché Confluence
""", "h1a")
    rep("h1c", me, [romain], "2025-02-24 12:15", """
Bonjour Romain,

Jeudi 6 mars à 16h, parfait, je serai à l'accueil côté cours Charlemagne.

Bien à vous,
""", "h1b", sign=SIG)
    rep("h1d", romain, [me], "2025-03-05 08:12", """
Bonjour Julien,

Désolé de m'y prendre si tard : la mairie m'a calé une réunion de chantier demain à 16h et je ne peux pas y échapper. Pourrait-on décaler au mardi 11 mars, même heure, même endroit ?

Romain
""", "h1c")
    rep("h1e", me, [romain], "2025-03-05 09:03", """
Mardi parfait.
""", "h1d", sign=IPHONE, style="iphone")
    case.thread("h1a", True, "interview", "Le Grand Marché Confluence",
                "application Feb 20 answered Feb 24; visit set for Thu Mar 6 16:00, moved by "
                "Romain to Tue Mar 11 16:00 ('Mardi parfait.')")
    case.application("h1a", "h1a", "romain.giraud@grandmarche-confluence.fr", answered_by="h1b")
    case.meeting("h1a", at("2025-03-06 16:00"), None,
                 met=["romain.giraud@grandmarche-confluence.fr"], status="moved",
                 what="site visit, first date")
    case.meeting("h1a", at("2025-03-11 16:00"), None,
                 met=["romain.giraud@grandmarche-confluence.fr"], status="scheduled",
                 what="site visit, moved")
    case.forbid("h1a", "romain.giraud@grandmarche-confluence.fr",
                "meeting moved from Thu Mar 6 to Tue Mar 11 16:00, still ahead at now")

    # ---- X1/X2: Maison Berthier, interview cancelled ---------------------------------------
    x_start, x_end = at("2025-03-04 10:00"), at("2025-03-04 10:45")
    x_uid = uid_outlook("chef-lyon", "berthier")
    x1_text = """Bonjour Monsieur Marchetti,

Suite à votre candidature transmise par France Travail, je vous propose un entretien en visio le mardi 4 mars de 10h à 10h45, avec M. Alexandre Berthier, directeur des opérations, et moi-même.

Poste : Directeur adjoint de restaurant – Brasserie Berthier Part-Dieu (ouverture prévue en juin).

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre la réunion maintenant
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE2ZDk0NzMtZGQ2Ni00%40thread.v2/0
ID de réunion : 391 204 557 818  Code secret : Wq7Bz3
________________________________________________________________________________

Cordialement,
Camille Fournier
Responsable ressources humaines – Maison Berthier Restauration
04 72 33 18 74"""
    add("x1a", camille, [me], "2025-02-26 17:02", x1_text,
        subject="Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
        html=html_of(x1_text),
        ics=make_ics(method="REQUEST", uid=x_uid, stamp=at("2025-02-26 17:02"),
                     start=x_start, end=x_end,
                     summary="Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
                     organizer=camille, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Romance Standard Time", location="Réunion Microsoft Teams",
                     description=x1_text, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    add("x1b", me, [camille], "2025-02-26 23:30", """
C'est noté pour mardi 4 mars à 10h.
""", sign=SIG, parent="x1a", quote=False,
        subject="Accepté : Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
        ics=make_ics(method="REPLY", uid=x_uid, stamp=at("2025-02-26 23:30"),
                     start=x_start, end=x_end,
                     summary="Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
                     organizer=camille, attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
                     tzid="Europe/Paris", prodid="-//Example Webmail//Calendar 4.2//FR"),
        ics_mode="attach")
    x2_text = """Bonjour Monsieur Marchetti,

Je suis au regret d'annuler notre entretien de demain : la direction a décidé de suspendre ce recrutement, l'ouverture de la Part-Dieu étant repoussée à l'automne. Je ne manquerai pas de revenir vers vous si le poste est rouvert.

Veuillez nous excuser pour ce contretemps.

Cordialement,
Camille Fournier"""
    add("x2a", camille, [me], "2025-03-03 14:20", x2_text,
        subject="Annulé : Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
        html=html_of(x2_text),
        ics=make_ics(method="CANCEL", uid=x_uid, stamp=at("2025-03-03 14:20"),
                     start=x_start, end=x_end,
                     summary="Annulé : Entretien – Directeur adjoint de restaurant (Part-Dieu) – J. Marchetti",
                     organizer=camille, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Romance Standard Time", sequence=1, status="CANCELLED",
                     prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.thread("x1a", True, "interview", "Maison Berthier Restauration",
                "Teams invite for Tue Mar 4 10:00-10:45, accepted; cancelled on Mar 3")
    case.thread("x2a", True, "interview", "Maison Berthier Restauration",
                "ICS CANCEL: recruitment suspended, opening postponed; no date given")
    case.meeting("x1a", x_start, x_end, met=["c.fournier@maisonberthier.fr"], status="cancelled",
                 what="Teams interview")
    case.forbid("x1a", "c.fournier@maisonberthier.fr",
                "the Tue Mar 4 interview was cancelled the day before (ICS CANCEL in its own "
                "thread); it never took place")

    # ---- N2: coffee with Nico, a former colleague now in hotel operations -----------------
    add("n2a", me, [nico], "2025-02-23 21:30", """
Salut Nico,

Ça fait un bail ! J'espère que tout roule à l'hôtel. Je réfléchis sérieusement à sortir de la cuisine pour aller vers la direction de restaurant (ou le développement produit, je te raconterai). Tu as fait le chemin il y a cinq ans et j'aimerais bien avoir ton regard. Un café un matin de la semaine prochaine, ça te dirait ?

Julien
""", subject="Un café ?")
    rep("n2b", nico, [me], "2025-02-24 08:05", """
Salut Julien !

Avec plaisir. Lundi 3 mars 9h30 au Café Rozier (rue de l'Abbé-Rozier), ça te va ?

Nico
""", "n2a", style="outlook", sign="Nicolas Perret\nDirecteur des opérations F&B – Hôtels Confluence\n06 19 44 72 08")
    rep("n2c", me, [nico], "2025-02-24 10:02", """
Parfait, lundi 9h30 au Café Rozier. À lundi !
""", "n2b")
    rep("n2d", me, [nico], "2025-03-03 12:40", """
Salut Nico,

Thanks pour le café et pour tes conseils, ça m'a remis les idées en place. Je retiens surtout deux choses : apprendre à lire un compte d'exploitation ligne par ligne, et ne pas lâcher la cuisine trop vite.

Je te tiens au courant.
Julien
""", "n2c")
    rep("n2e", nico, [me], "2025-03-03 19:02", """
Avec plaisir vieux. Je t'envoie le contact de Claire, notre DRH, dès que je l'ai vue : elle cherche souvent des profils comme le tien pour les restaurants des hôtels.
Nico

Envoyé depuis Outlook pour iOS
""", "n2d", style="outlook")
    case.thread("n2a", True, "networking", "Hôtels Confluence",
                "coffee with a former colleague Mon Mar 3 09:30 about moving into management; "
                "thanked at 12:40; his reply at 19:02 is the last exchange")
    case.meeting("n2a", at("2025-03-03 09:30"), None, met=["n.perret@hotels-confluence.fr"],
                 thanks={"n.perret@hotels-confluence.fr": "n2d"}, networking=True,
                 what="coffee")
    case.forbid("n2a", "n.perret@hotels-confluence.fr",
                "coffee on Mon Mar 3 thanked the same day; the 14-day touch counts from his reply "
                "of Mar 3 and falls due only at the end of Mon Mar 17")

    # ================================================================== CURRENT JOB

    add("j1a", patrick, [me], "2025-03-03 11:20", """
Julien tu peux le voir jeudi 15h ? 2 ans de commis dans un bouchon à Saint-Jean, il a l'air motivé. Si ça colle on le prend pour remplacer Kevin.
Patrick

Envoyé de mon iPhone

Début du message réexpédié :

De: Lucas Perrin <lucas.perrin93@gmail.com>
Date: 2 mars 2025 à 19:44:10 UTC+1
À: contact@comptoir-saintnizier.fr
Objet: Candidature commis de cuisine

Bonjour,

Je me permets de vous envoyer ma candidature pour le poste de commis de cuisine que vous avez affiché sur la vitrine. J'ai travaillé deux ans comme commis au Bouchon des Trois Gones, je suis disponible immédiatement.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Lucas Perrin
07 68 31 02 95
""", subject="Fwd: Candidature commis de cuisine",
        attachments=[("CV Lucas Perrin.pdf", "application/pdf",
                      make_pdf(["Lucas Perrin", "Commis de cuisine",
                                "2023-2025 Commis, Bouchon des Trois Gones, Lyon 5e",
                                "CAP cuisine 2023"]))])
    rep("j1b", me, [patrick], "2025-03-03 13:05", """
Ok pour jeudi 15h, je le prends entre les deux services. Je lui ferai faire une petite mise en place pour voir.
Julien
""", "j1a")
    rep("j1c", me, [patrick], "2025-03-06 16:20", """
Vu Lucas. Motivé, propre, un peu lent à la découpe mais ça s'apprend. Je le prendrais bien à l'essai samedi midi si t'es d'accord.
Julien
""", "j1b")
    rep("j1d", patrick, [me], "2025-03-06 18:02", """
Ok vas-y appelle le.
P.
""", "j1c", style="iphone", sign=IPHONE)
    case.thread("j1a", False, None, "Le Comptoir Saint-Nizier",
                "Julien interviews a commis candidate for his current brasserie, Thu Mar 6 15:00")
    case.meeting("j1a", at("2025-03-06 15:00"), None, met=["lucas.perrin93@gmail.com"], job=False,
                 what="Julien interviews a commis at his current job")
    case.forbid("j1a", "lucas.perrin93@gmail.com",
                "Julien was on the hiring side, at his current job: not his job search")

    add("j2a", patrick, [me], "2025-01-14 09:40", """
Planning S4 en PJ. Attention samedi 25 on a le groupe de 40 à midi (anniversaire), je mets Kevin et Sofiane en renfort. Tu es off samedi aprem comme demandé pour ton salon.
P.

Envoyé de mon iPhone
""", subject="Planning semaine 4",
        attachments=[("planning_S4.pdf", "application/pdf",
                      make_pdf(["Planning cuisine S4", "Mar-Sam : midi + soir",
                                "Samedi 25 : groupe 40 pax midi"]))])
    rep("j2b", me, [patrick], "2025-01-14 10:12", """
Ok vu. Pour le groupe je fais la terrine la veille, on partira sur le menu à 38.
""", "j2a")
    case.thread("j2a", False, None, "Le Comptoir Saint-Nizier", "weekly rota at the current job")

    add("j3a", patrick, [me], "2025-02-18 08:55", """
Julien,
Le contrôle de la DDPP s'est bien passé hier, juste la remarque sur l'étiquetage des préparations en chambre froide 2. Tu peux revoir ça avec l'équipe cette semaine ?
Et inventaire vendredi 28 après le service, comme d'hab.
P.
""", subject="Contrôle DDPP + inventaire")
    rep("j3b", me, [patrick], "2025-02-18 11:30", """
Oui je m'en occupe, je refais les étiquettes avec date d'ouverture et je briefe tout le monde jeudi. Ok pour l'inventaire.
Julien
""", "j3a")
    case.thread("j3a", False, None, "Le Comptoir Saint-Nizier",
                "hygiene inspection remarks and month-end stock take at the current job")

    add("j4a", me, [maree], "2025-02-21 07:05", """
Bonjour,

Livraison de ce matin : 6 kg de lieu jaune au lieu de 6 kg de cabillaud, et les moules ne sont pas arrivées. Pouvez-vous me rappeler rapidement, on a le cabillaud à la carte ce midi ?

Julien Marchetti
Le Comptoir Saint-Nizier
06 42 17 58 90
""", subject="Erreur livraison 21/02 – Comptoir Saint-Nizier")
    rep("j4b", maree, [me], "2025-02-21 07:48", """
Bonjour Monsieur Marchetti,

Toutes nos excuses. Le chauffeur repasse avant 10h30 avec le cabillaud et les moules, et le lieu jaune vous sera crédité sur la facture de fin de mois.

Cordialement,
Service commandes – Marée du Rhône
""", "j4a", style="outlook")
    case.promise("j4a", "j4b", "commandes@mareedurhone.fr", "2025-02-21", job=False)
    case.thread("j4a", False, None, "Marée du Rhône",
                "supplier delivery error at the current job, settled the same morning")

    f_start, f_end = at("2025-03-17 14:00"), at("2025-03-17 17:30")
    f_text = """Bonjour,

Nous vous confirmons l'inscription de M. Julien Marchetti (Le Comptoir Saint-Nizier) à la session de recyclage Hygiène alimentaire / Plan de maîtrise sanitaire :

Lundi 17 mars 2025, 14h00 – 17h30
Salle 2 – 45 rue de la Villette, 69003 Lyon

Merci de vous munir d'une pièce d'identité.

Cordialement,
Le service planning
Hygiène Conseil Formation"""
    add("j5a", formation, [me], "2025-02-27 10:15", f_text, cc=[patrick],
        subject="Convocation – Recyclage hygiène alimentaire / PMS – lundi 17 mars",
        ics=make_ics(method="REQUEST", uid=uid_outlook("chef-lyon", "haccp"),
                     stamp=at("2025-02-27 10:15"), start=f_start, end=f_end,
                     summary="Recyclage hygiène alimentaire / PMS", organizer=formation,
                     attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
                     tzid="Romance Standard Time",
                     location="Hygiène Conseil Formation, 45 rue de la Villette, 69003 Lyon",
                     description=f_text, prodid="Microsoft Exchange Server 2010"),
        ics_mode="outlook")
    case.thread("j5a", False, None, "Hygiène Conseil Formation",
                "training session for the current job, Mon Mar 17 (ahead)")
    case.meeting("j5a", f_start, f_end, status="scheduled", job=False, what="hygiene training")

    # ================================================================== SIDE BUSINESS

    add("pc1", morel, [me], "2025-02-26 20:15", """
Bonjour Monsieur Marchetti,

Nous avons eu vos coordonnées par les Berthollet, chez qui vous avez cuisiné en décembre. Nous organisons un dîner pour les 40 ans de mon mari le samedi 15 mars, 12 personnes, chez nous à Caluire. Seriez-vous disponible, et quel serait votre tarif ?

Cordialement,
Isabelle Morel
""", subject="Dîner 40 ans – samedi 15 mars")
    rep("pc2", me, [morel], "2025-02-27 23:40", """
Bonjour Madame Morel,

Merci pour votre message, et bonjour aux Berthollet ! Je suis disponible le samedi 15 mars au soir. Je vous envoie une proposition de menu et un devis d'ici mardi 4 mars.

Y a-t-il des allergies, ou des choses que vos invités n'aiment pas ?

Bien à vous,
""", "pc1", sign="Julien Marchetti – Chef à domicile\n06 42 17 58 90\nSIRET 812 447 903 00017")
    rep("pc3", morel, [me], "2025-02-28 09:12", """
Pas d'allergie, mais mon beau-père ne mange pas de poisson. Merci !
Isabelle Morel
""", "pc2")
    rep("pc4", me, [morel], "2025-03-03 22:10", """
Bonjour Madame Morel,

Voici comme promis deux propositions de menu, sans poisson, et le devis correspondant (en pièce jointe). Le tarif comprend les courses, la cuisine sur place et la remise en état de la cuisine ; le service à table est en option.

Bien à vous,
""", "pc3", sign="Julien Marchetti – Chef à domicile\n06 42 17 58 90\nSIRET 812 447 903 00017",
        attachments=[("Menus_et_devis_Morel_15-03.pdf", "application/pdf",
                      make_pdf(["Diner du 15 mars - 12 couverts", "",
                                "Menu 1 : veloute de potimarron, supreme de volaille aux morilles,",
                                "  tarte fine aux pommes - 68 EUR par personne",
                                "Menu 2 : oeuf parfait, epaule d'agneau confite 7 heures,",
                                "  souffle chaud Grand Marnier - 74 EUR par personne",
                                "Acompte 30 % a la reservation"]))])
    rep("pc5", morel, [me], "2025-03-04 12:30", """
Parfait, on part sur le menu 2 avec l'épaule d'agneau. Je vous fais un virement pour l'acompte aujourd'hui.
Isabelle Morel
""", "pc4")
    case.thread("pc1", False, None, None,
                "private-chef booking for his micro-enterprise; menu promised by Tue Mar 4, sent "
                "Mar 3; menu 2 chosen")
    case.own_promise("pc1", "pc2", "isabelle.morel@orange.fr", "2025-03-04", kept_by="pc4",
                     job=False)
    case.forbid("pc1", "isabelle.morel@orange.fr",
                "a private-chef client of his micro-enterprise, not job search; his promise of a "
                "menu by Tue Mar 4 was kept on Mar 3")

    u1 = html_of("""Bonjour,

Votre déclaration de chiffre d'affaires du 4e trimestre 2024 est à effectuer avant le 31 janvier 2025.

Même si vous n'avez réalisé aucun chiffre d'affaires, vous devez déclarer 0 €.

Rendez-vous dans votre espace personnel sur autoentrepreneur.urssaf.fr.

Votre Urssaf""", "Urssaf")
    add("u1a", urssaf, [me], "2025-01-15 08:00", "", html=u1, html_only=True,
        subject="Rappel : déclaration de chiffre d'affaires – échéance du 31 janvier 2025",
        headers=dict(AUTO))
    case.thread("u1a", False, None, "Urssaf", "declaration reminder for his micro-enterprise")
    u2 = html_of("""Bonjour,

Nous accusons réception de votre déclaration de chiffre d'affaires pour la période d'octobre à décembre 2024.

Chiffre d'affaires déclaré (prestations de services) : 1 860 €
Montant des cotisations : 429 €
Date de prélèvement : 5 février 2025

Votre Urssaf""", "Urssaf")
    add("u2a", urssaf, [me], "2025-01-29 23:14", "", html=u2, html_only=True,
        subject="Accusé de réception de votre déclaration", headers=dict(AUTO))
    case.thread("u2a", False, None, "Urssaf", "declaration receipt")

    # ================================================================== FAMILY, SCHOOL, CLUB

    add("sc1", pronote, [me], "2025-01-17 18:05", "", html_only=True,
        html=html_of("""Collège Lucie-Aubrac – Lyon

Nouvelles notes pour MARCHETTI Léna (4B) :
- Mathématiques : 8,5/20 (contrôle chapitre 5)
- Anglais : 15/20
- SVT : 13/20

Consultez le détail sur PRONOTE.

Ceci est un message automatique, merci de ne pas y répondre.""", "PRONOTE"),
        subject="PRONOTE – Nouvelles notes – MARCHETTI Léna", headers=dict(AUTO))
    case.thread("sc1", False, None, "Collège Lucie-Aubrac", "Pronote grades notice")
    add("sc2", pronote, [me], "2025-02-06 12:40", "", html_only=True,
        html=html_of("""Collège Lucie-Aubrac – Lyon

Information de l'établissement :
Sortie pédagogique des 4e au musée des Confluences le vendredi 14 mars. Autorisation de sortie à retourner signée avant le 7 mars.

Ceci est un message automatique, merci de ne pas y répondre.""", "PRONOTE"),
        subject="PRONOTE – Information : sortie au musée des Confluences (4e)", headers=dict(AUTO))
    case.thread("sc2", False, None, "Collège Lucie-Aubrac", "school trip notice")
    add("sc3", pronote, [me], "2025-03-07 18:20", "", html_only=True,
        html=html_of("""Collège Lucie-Aubrac – Lyon

Nouvelles notes pour MARCHETTI Léna (4B) :
- Mathématiques : 11/20 (devoir maison)
- Histoire-géographie : 14/20

Consultez le détail sur PRONOTE.""", "PRONOTE"),
        subject="PRONOTE – Nouvelles notes – MARCHETTI Léna", headers=dict(AUTO))
    case.thread("sc3", False, None, "Collège Lucie-Aubrac", "Pronote grades notice")

    add("sch1", lefevre, [me], "2025-02-28 12:10", """
Bonjour Monsieur Marchetti,

En tant que professeure principale de Léna (4e B), je souhaiterais vous rencontrer pour faire le point sur le deuxième trimestre : Léna est une élève agréable et impliquée, mais ses résultats en mathématiques ont nettement baissé depuis janvier.

Seriez-vous disponible le jeudi 6 mars à 17h30 ou le vendredi 7 mars à 16h45, au collège ?

Cordialement,
Anne Lefèvre
Professeure de SVT – professeure principale 4e B
Collège Lucie-Aubrac
""", subject="Léna – rendez-vous")
    rep("sch2", me, [lefevre], "2025-02-28 13:40", """
Bonjour Madame Lefèvre,

Merci pour votre message. Le jeudi 6 mars à 17h30 me convient ; la maman de Léna essaiera de se libérer aussi.

Cordialement,
""", "sch1", sign="Julien Marchetti")
    rep("sch3", lefevre, [me], "2025-03-03 07:45", """
C'est noté, à jeudi 17h30, salle 112 (premier étage).
Cordialement,
A. Lefèvre
""", "sch2")
    case.thread("sch1", False, None, "Collège Lucie-Aubrac",
                "meeting with his daughter's form teacher, Thu Mar 6 17:30")
    case.meeting("sch1", at("2025-03-06 17:30"), None, met=["anne.lefevre@ac-lyon.fr"], job=False,
                 what="parent-teacher meeting")
    case.forbid("sch1", "anne.lefevre@ac-lyon.fr",
                "meeting with his daughter's teacher: family life, not job search")

    add("fw1", me, [aurelie], "2025-02-28 13:45", """
Tu as vu ? La prof principale de Léna veut nous voir jeudi 6 à 17h30 pour les maths. Tu peux venir ?

---------- Message transféré ---------
De : Anne Lefèvre <anne.lefevre@ac-lyon.fr>
Date : ven. 28 févr. 2025 à 12:10
Objet : Léna – rendez-vous
À : Julien Marchetti <julien.marchetti@example.fr>

Bonjour Monsieur Marchetti,

En tant que professeure principale de Léna (4e B), je souhaiterais vous rencontrer pour faire le point sur le deuxième trimestre : Léna est une élève agréable et impliquée, mais ses résultats en mathématiques ont nettement baissé depuis janvier.

Seriez-vous disponible le jeudi 6 mars à 17h30 ou le vendredi 7 mars à 16h45, au collège ?
""", subject="Fwd: Léna – rendez-vous")
    rep("fw2", aurelie, [me], "2025-02-28 19:22", """
Je sors à 17h, j'essaie mais je promets rien. Elle me dit rien à moi sur les maths... On en parle ce week end quand tu la récupères
""", "fw1")
    rep("fw3", aurelie, [me], "2025-03-06 21:05", """
Désolée pour tout à l'heure, bloquée au boulot. Alors ? Elle m'a dit que ça s'était bien passé mais je la crois moyen. Tu la prends bien ce week-end pour le tournoi à Bourgoin ?
""", "fw2")
    rep("fw4", me, [aurelie], "2025-03-06 22:40", """
Ça s'est bien passé, la prof est chouette. Elle propose du soutien le mardi midi, Léna est ok. Oui je la prends samedi matin 8h, je l'emmène à Bourgoin et je te la ramène dimanche soir.
""", "fw3")
    case.thread("fw1", False, None, None, "co-parenting with Léna's mother about the school meeting")
    case.own_promise("fw1", "fw4", "aurelie.dumas69@gmail.com", "2025-03-09", job=False)

    add("fam1", maman, [me], "2025-01-19 11:48", """
Coucou mon grand,

Ton père voudrait savoir si tu descends à Bastia pour Pâques avec Léna, pour réserver le bateau avant que les prix montent. Dis moi vite.

Et ce salon de cuisine ça y est ? Fais attention à toi tu travailles trop.

Bisous
Maman
""", subject="Pâques")
    rep("fam2", me, [maman], "2025-01-20 00:35", """
Coucou Maman,

Oui on descend, du 19 au 26 avril si Aurélie est d'accord pour les dates. Je te confirme dans la semaine.

Le Sirha c'est samedi, j'y vais l'après-midi. Bisous à vous deux.
Julien
""", "fam1")
    rep("fam3", maman, [me], "2025-02-16 10:02", """
Alors ces entretiens ? Papa dit que tu devrais rester où tu es, tu sais comment il est. Moi je dis que tu as raison, à 42 ans c'est maintenant ou jamais. Bisous
Maman
""", "fam2")
    rep("fam4", me, [maman], "2025-02-17 09:10", """
Ça avance ! J'ai une journée d'essai fin février dans un restaurant et un entretien avec un hôtel à Genève (en visio). Je te raconte dimanche au téléphone.
Julien
""", "fam3")
    case.thread("fam1", False, None, None, "his mother: Easter in Bastia, news of the job search")
    case.own_promise("fam1", "fam2", "monique.marchetti@orange.fr", "2025-01-26", kept_by="fam4",
                     job=False)
    case.own_promise("fam1", "fam4", "monique.marchetti@orange.fr", "2025-02-23", job=False)

    add("fr1", fred, [me], "2025-01-26 12:30", """
Alors ce Sirha ?? T'as vu Valérie ? Elle est cool hein
""", subject="Sirha")
    rep("fr2", me, [fred], "2025-01-26 13:05", """
Oui top, elle m'a expliqué plein de trucs sur le passage resto -> industrie. Merci pour le contact vieux, je te dois une bière.
""", "fr1")
    rep("fr3", fred, [me], "2025-01-26 13:20", """
Plutôt deux 🍻 Dispo mardi soir après le service si tu veux, au Ninkasi Gerland
""", "fr2")
    rep("fr4", me, [fred], "2025-01-26 18:02", """
Mardi je peux pas, groupe de 60. Semaine d'après ?
""", "fr3")
    case.thread("fr1", False, None, None, "his friend Fred asks about the Sirha")

    add("rg1", club, [club], "2025-01-15 19:30", """
Bonjour à tous,

Convocation des U14 filles pour le plateau du samedi 18 janvier à Villeurbanne (stade des Iris). Rendez-vous 9h au club, retour vers 14h. Prévoir gourde, protège-dents et tenue de rechange.

Covoiturage : merci de répondre sur le groupe WhatsApp.

Sportivement,
L'école de rugby du RCPC
""", subject="Convocation U14F – plateau du 18 janvier")
    case.thread("rg1", False, None, "RC Plateau Croix-Rousse", "rugby club call-up (daughter)")
    add("rg2", club, [club], "2025-02-05 20:10", """
Bonjour les parents,

Pour le tournoi du samedi 22 février au club, on cherche des bras pour la buvette et le barbecue (créneaux de 2 h entre 10h et 17h). Répondez à ce mail avec vos dispos !

Merci d'avance,
Le bureau du RCPC
""", subject="Tournoi du 22/02 – on cherche des bénévoles !")
    rep("rg3", me, [club], "2025-02-05 23:15", """
Bonjour,

Je peux tenir la plancha de 11h à 14h. Je m'occupe aussi de commander les saucisses chez mon boucher si ça vous arrange.

Julien Marchetti (papa de Léna, U14F)
""", "rg2")
    rep("rg4", club, [me], "2025-02-06 08:40", """
Génial, merci Julien ! Pour les saucisses oui avec plaisir, on te rembourse sur facture. 200 pièces ça devrait aller.
Sandra pour le bureau
""", "rg3")
    case.thread("rg2", False, None, "RC Plateau Croix-Rousse", "volunteering at the club tournament")
    add("rg5", club, [club], "2025-03-05 19:45", """
Bonjour à tous,

Convocation des U14 filles pour le tournoi de Bourgoin-Jallieu le samedi 8 mars. Départ du club à 8h30, retour prévu vers 18h. Pique-nique à prévoir.

Bravo encore pour le tournoi du 22 février, la buvette a battu son record !

Sportivement,
L'école de rugby du RCPC
""", subject="Convocation U14F – tournoi de Bourgoin, samedi 8 mars")
    case.thread("rg5", False, None, "RC Plateau Croix-Rousse", "rugby club call-up (daughter)")
    add("rg6", club, [club], "2025-03-09 20:30", """
Bonjour à tous,

Belle journée à Bourgoin : les U14 filles terminent deuxièmes du tournoi ! Les photos sont sur la page du club.

Prochain entraînement mercredi 14h comme d'habitude.

Sportivement,
L'école de rugby du RCPC
""", subject="Résultats tournoi de Bourgoin")
    case.thread("rg6", False, None, "RC Plateau Croix-Rousse", "rugby club results")

    # ================================================================== NOISE

    d_start = at("2025-02-21 08:30")
    d_text = """Bonjour Julien,

Votre rendez-vous est confirmé :
Vendredi 21 février 2025 à 08h30
M. Thibault Renaud – Masseur-kinésithérapeute
8 place Sathonay, 69001 Lyon
Motif : Rééducation genou (séance 4/10)

Pensez à apporter votre ordonnance et votre carte Vitale.

L'équipe Doctolib"""
    add("d1a", doctolib, [me], "2025-02-18 20:03", d_text, subject="Rendez-vous confirmé – M. Thibault Renaud",
        html=html_of(d_text), headers=dict(AUTO),
        ics=make_ics(method="PUBLISH", uid=uid_uuid("chef-lyon", "kine"), stamp=at("2025-02-18 20:03"),
                     start=d_start, end=d_start + dt.timedelta(minutes=30),
                     summary="Rendez-vous : M. Thibault Renaud (kinésithérapeute)",
                     organizer=doctolib, tzid="Europe/Paris",
                     location="8 place Sathonay, 69001 Lyon",
                     prodid="-//Doctolib//Doctolib Calendar//FR"),
        ics_mode="publish")
    case.thread("d1a", False, None, "Doctolib", "physiotherapy appointment Fri Feb 21 08:30")
    case.meeting("d1a", d_start, d_start + dt.timedelta(minutes=30), job=False,
                 what="physiotherapy")
    add("d2a", doctolib, [me], "2025-02-20 08:30", """
Rappel : vous avez rendez-vous demain, vendredi 21 février à 08h30, avec M. Thibault Renaud (kinésithérapeute), 8 place Sathonay, 69001 Lyon.

Empêché ? Annulez ou déplacez votre rendez-vous en ligne.
""", subject="Rappel : votre rendez-vous de demain", headers=dict(AUTO))
    case.thread("d2a", False, None, "Doctolib", "appointment reminder")

    def ft_alert(key, when, offers):
        text = "Bonjour Julien,\n\nDe nouvelles offres correspondent à votre alerte « Chef de cuisine / Responsable de restauration – Lyon (30 km) » :\n\n"
        text += "\n\n".join(offers)
        text += ("\n\nConsultez toutes les offres sur votre espace France Travail.\n\n"
                 "Vous recevez ce message car vous avez créé une alerte. Pour ne plus la recevoir, "
                 "modifiez vos préférences dans votre espace.")
        add(key, ft, [me], when, "", html=html_of(text, "France Travail"), html_only=True,
            subject="%d nouvelles offres pour votre alerte « Chef de cuisine / Responsable de "
                    "restauration »" % len(offers),
            headers=bulk_headers("<alertes.francetravail.fr>",
                                 "https://candidat.francetravail.fr/alertes/desinscription"))
        case.thread(key, False, None, "France Travail", "job-board alert")

    ft_alert("ft1", "2025-02-03 06:15", [
        "Chef de cuisine (H/F) – CDI – Lyon 6e – Brasserie 120 couverts – 2 800 € brut",
        "Responsable de restauration collective (H/F) – CDI – Vénissieux – Groupe de restauration d'entreprise",
        "Second de cuisine (H/F) – CDI – Écully – Restaurant traditionnel"])
    ft_alert("ft2", "2025-02-10 06:15", [
        "Responsable de cuisine centrale (H/F) – CDI – Saint-Priest – Saveurs Collectives – candidature à olivier.barral@... (voir l'offre)",
        "Directeur adjoint de restaurant (H/F) – CDI – Lyon 3e – ouverture d'une brasserie",
        "Chef de production traiteur (H/F) – CDI – Villefranche-sur-Saône",
        "Chef de cuisine (H/F) – CDD 6 mois – Annecy – hôtel 4*"])
    ft_alert("ft3", "2025-03-03 06:15", [
        "Chef de cuisine (H/F) – CDI – Lyon 2e – Bouchon lyonnais",
        "Responsable d'exploitation restauration (H/F) – CDI – Bron – Cuisine centrale scolaire"])
    ft4 = html_of("""Bonjour Julien,

Vous souhaitez changer de métier ou évoluer dans votre secteur ? France Travail organise un atelier « Faire le point sur ses compétences » le jeudi 13 mars 2025 de 9h30 à 12h, agence Lyon Part-Dieu.

Inscription dans votre espace personnel, rubrique « Mes événements ». Places limitées.

Votre conseiller France Travail""", "France Travail")
    add("ft4", ft, [me], "2025-02-25 10:00", "", html=ft4, html_only=True,
        subject="Atelier « Faire le point sur ses compétences » – jeudi 13 mars", headers=dict(AUTO))
    case.thread("ft4", False, None, "France Travail", "workshop announcement (not registered)")

    def lettre(key, when, n, body):
        text = ("LA LETTRE DU MARCHÉ – n° %d\n\n%s\n\nPrimeurs du Lyonnais – MIN de Corbas\n"
                "Commandes : 04 78 90 12 34 – commandes avant 22h, livraison le lendemain 6h\n"
                "Se désinscrire : https://www.primeursdulyonnais.fr/desinscription" % (n, body))
        add(key, primeurs, [me], when, text, html=html_of(text, "La lettre du marché"),
            subject="La lettre du marché n°%d – %s" % (n, body.split("\n")[0].rstrip(".")),
            headers=bulk_headers("<lettre.primeursdulyonnais.fr>",
                                 "https://www.primeursdulyonnais.fr/desinscription"))
        case.thread(key, False, None, "Primeurs du Lyonnais", "supplier newsletter")

    lettre("pl1", "2025-01-17 05:30", 212, """Agrumes au plus haut, endives en baisse.
Cette semaine : clémentines de Corse, oranges sanguines de Sicile, premiers citrons de Menton.
Endives de pleine terre : -15 %. Topinambours et panais toujours bien présents.""")
    lettre("pl2", "2025-01-31 05:30", 214, """Retour du froid : salades sous tension.
Mâche et roquette en quantité limitée, prix en hausse. Poireaux de Bresse et choux de Milan au meilleur prix.
On recrute : un(e) commercial(e) terrain pour les restaurateurs de la Presqu'île, CDI, envoyez votre CV à rh@primeursdulyonnais.fr.""")
    lettre("pl3", "2025-02-14 05:30", 216, """Spécial vacances d'hiver.
Horaires aménagés du 17 février au 2 mars : livraison dès 5h30 pour les stations de ski. Rhubarbe forcée et premières asperges d'Espagne disponibles sur commande.""")
    lettre("pl4", "2025-02-28 05:30", 218, """Premières fraises, premières questions.
Les gariguettes arrivent en petite quantité, encore chères. Ail des ours, jeunes pousses et radis : la saison démarre. Fin des cardons.""")
    lettre("pl5", "2025-03-07 05:30", 219, """Printemps en vue.
Asperges blanches des Landes, petits pois en cosse d'Espagne, fèves. Pommes de terre primeur de l'île de Ré dès le 20 mars.""")

    s_text = """Bonjour Julien,

Votre e-badge visiteur Sirha Lyon 2025 est prêt. Présentez-le (imprimé ou sur votre téléphone) à l'entrée du salon.

Sirha Lyon – du jeudi 23 au lundi 27 janvier 2025 – Eurexpo Lyon
Ouverture : 9h30 – 18h30 (17h le lundi)

Découvrez le programme : Bocuse d'Or, Coupe du Monde de la Pâtisserie, conférences et démonstrations.

L'équipe Sirha Lyon"""
    add("si1", sirha, [me], "2025-01-16 14:22", s_text, subject="Votre e-badge Sirha Lyon 2025",
        html=html_of(s_text), headers=dict(AUTO))
    case.thread("si1", False, None, "Sirha Lyon", "trade fair badge")
    s2_text = """Merci pour votre visite !

Sirha Lyon 2025 a accueilli plus de 240 000 professionnels. Donnez-nous votre avis en 3 minutes et tentez de gagner deux entrées pour Sirha 2027.

Répondre au questionnaire : https://www.sirha-lyon.com/questionnaire-visiteurs

À dans deux ans !
L'équipe Sirha Lyon"""
    add("si2", sirha, [me], "2025-01-30 10:00", s2_text, subject="Sirha Lyon 2025 – votre avis compte",
        html=html_of(s2_text),
        headers=bulk_headers("<visiteurs.sirha-lyon.com>", "https://www.sirha-lyon.com/desinscription"))
    case.thread("si2", False, None, "Sirha Lyon", "post-fair survey")

    for key, when, month in (("b1", "2025-02-05 07:10", "janvier"), ("b2", "2025-03-05 07:10", "février")):
        add(key, banque, [me], when, "", html_only=True,
            html=html_of("""Bonjour,

Votre relevé de compte du mois de %s 2025 est disponible dans votre espace client.

Pour votre sécurité, nous ne vous demanderons jamais vos codes par e-mail.

Banque Rhône-Alpes""" % month, "Banque Rhône-Alpes"),
            subject="Votre relevé de compte est disponible", headers=dict(AUTO))
        case.thread(key, False, None, "Banque Rhône-Alpes", "bank statement notice")

    dk = """Bonjour Julien,

Bonne nouvelle, votre commande n° 4081 2290 5516 a été expédiée.

1 x Chaussures de rugby moulées enfant R500 – pointure 38 – 39,99 €
1 x Protège-dents junior – 9,99 €

Livraison prévue : jeudi 13 février en point relais (Tabac Le Terreaux, Lyon 1er)."""
    add("dk1", decathlon, [me], "2025-02-11 16:45", dk, subject="Votre commande a été expédiée",
        html=html_of(dk), headers=dict(AUTO))
    case.thread("dk1", False, None, "Decathlon", "order shipped")

    add("g_a", me, [garage], "2025-03-03 08:30", """
Bonjour,

Je vous ai déposé la Clio grise ce matin (GF-482-TK) pour un bruit au freinage à l'avant. Pouvez-vous me rappeler avec le devis ?

Julien Marchetti
06 42 17 58 90
""", subject="Clio GF-482-TK – bruit freinage")
    rep("g_b", garage, [me], "2025-03-04 11:05", """
Bonjour M. Marchetti,

On a regardé : plaquettes et disques avant à changer. On attend le prix des disques chez le fournisseur, je vous rappelle d'ici jeudi avec le devis.

Cdlt,
Yannick – Garage du Plateau
04 78 28 55 10
""", "g_a")
    rep("g_c", garage, [me], "2025-03-06 17:40", """
Devis en PJ : 412,60 € TTC pièces et main d'œuvre. Dites-nous si on lance.
Yannick
""", "g_b", attachments=[("Devis_2025-0311.pdf", "application/pdf",
                          make_pdf(["Garage du Plateau - Devis 2025-0311",
                                    "Clio GF-482-TK", "Disques + plaquettes AV : 286,50 EUR HT",
                                    "Main d'oeuvre 1,5 h : 57,33 EUR HT", "Total TTC : 412,60 EUR"]))])
    rep("g_d", me, [garage], "2025-03-06 21:50", """
Ok pour moi, vous pouvez lancer. Je passe la récupérer samedi matin ?
""", "g_c")
    rep("g_e", garage, [me], "2025-03-07 08:10", """
C'est noté, elle sera prête samedi à partir de 10h.
Yannick
""", "g_d")
    case.thread("g_a", False, None, "Garage du Plateau",
                "car repair; the garage's 'je vous rappelle d'ici jeudi' kept on Thu Mar 6")
    case.promise("g_a", "g_b", "atelier@garageduplateau.fr", "2025-03-06", job=False)

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
