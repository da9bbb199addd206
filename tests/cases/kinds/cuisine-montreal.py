#!/usr/bin/env python3
"""cuisine-montreal: Camille Tremblay, sous-chef in Montréal, looking at restaurants, a hotel
group and a teaching job.  Mail in Québec French and English.  Sealed case (BRIEF.md)."""

import os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from casekit import *  # Person, Case, make_ics, make_pdf, html_of, bulk_headers, AUTO, GCAL, uid_*

NAME = "cuisine-montreal"
TOR = "America/Toronto"

CV = make_pdf([
    "Camille Tremblay",
    "Sous-chef  |  Montreal (QC)  |  514 555-0187  |  camille.tremblay@example.ca",
    "",
    "EXPERIENCE",
    "2023 - present   Sous-chef, Taverne Mercier, Montreal",
    "2021 - 2023      Chef de partie (garde-manger, poisson), Hotel Le Verrier, Quebec",
    "2019 - 2021      Cuisiniere, Bistro des Ormes, Sherbrooke",
    "",
    "FORMATION",
    "DEP Cuisine (5311) - mention d'excellence",
    "ASP Cuisine du marche (5324)",
    "Hygiene et salubrite alimentaires - gestionnaire (MAPAQ)",
    "",
    "Langues: francais, anglais",
])
LETTRE = make_pdf([
    "Camille Tremblay - lettre de presentation",
    "Poste: enseignante en cuisine, suppleance a long terme (DEP 5311)",
    "",
    "Madame, Monsieur,",
    "Sous-chef depuis trois ans, j'encadre chaque semaine des commis et des stagiaires.",
    "Transmettre le metier est ce qui me motive le plus dans mon travail.",
])


def build():
    now = dt.datetime(2026, 4, 15, 10, 30, tzinfo=ZoneInfo(TOR))
    case = Case(
        NAME,
        "Camille Tremblay, sous-chef in Montréal, job search across restaurants, a hotel group "
        "and a vocational-school teaching post; Québec French and English mail",
        {"name": "Camille Tremblay", "emails": ["camille.tremblay@example.ca"],
         "phone": "+1 514 555 0187", "timezone": TOR},
        now,
        "",
    )
    me = Person("Camille Tremblay", "camille.tremblay@example.ca", tz=TOR, style="webmail",
                sig="Camille Tremblay\n514 555-0187")
    case.me = me
    A = case.add
    T = lambda s: case.at(s)

    # ------------------------------------------------------------------ people
    olivier = Person("Olivier Gagnon", "olivier@macheetbraise.ca", tz=TOR, sig="Envoyé de mon iPhone")
    martine = Person("Martine Dubé", "martine.dube@macheetbraise.ca", tz=TOR,
                     sig="Martine\nsous-chef | Mâche & Braise")
    gen = Person("Geneviève Lapointe", "genevieve.lapointe@hotelsboreal.com", tz=TOR,
                 style="outlook", region="namprd04",
                 sig="Geneviève Lapointe, CRHA\nConseillère principale, Acquisition de talents\n"
                     "Hôtels Boréal | Siège social\n1200, rue de la Montagne, Montréal (Québec) "
                     "H3G 1Z1\nT 514 555-0142, poste 2231")
    stephane = Person("Stéphane Roy", "stephane.roy@hotelsboreal.com", tz=TOR, style="outlook",
                      region="namprd04",
                      sig="Stéphane Roy\nChef exécutif | Executive Chef\nHôtel Boréal Vieux-Montréal")
    nadia = Person("Nadia Benali", "nadia.benali@hotelsboreal.com", tz=TOR, style="outlook")
    workday = Person("Hôtels Boréal", "hotelsboreal@myworkday.com", tz=TOR, style="auto",
                     auto=True)
    denis = Person("Denis Côté", "denis.cote.chef@gmail.com", tz=TOR, sig="Denis")
    helene = Person("Hélène Marchand", "helene.marchand@cfpsaintviateur.qc.ca", tz=TOR,
                    style="outlook",
                    sig="Hélène Marchand\nEnseignante et coordonnatrice, Cuisine (DEP 5311)\n"
                        "Centre de formation professionnelle Saint-Viateur\n514 555-0166, poste 4120")
    luc = Person("Luc Bergeron", "luc.bergeron@cfpsaintviateur.qc.ca", tz=TOR, style="outlook")
    jp = Person("Jean-Philippe Nadeau", "jp@traiteurciboulette.ca", tz=TOR,
                sig="JP Nadeau\nTraiteur Ciboulette\n438 555-0119")
    maxime = Person("Maxime Arsenault", "maxime@poissonnerieatlantiquenord.ca", tz=TOR,
                    sig="Maxime Arsenault\nReprésentant – restaurants\nPoissonnerie Atlantique Nord\n"
                        "cell. 514 555-0133")
    audrey = Person("Audrey Pelletier", "audrey@sumacmtl.ca", tz=TOR,
                    sig="Audrey Pelletier\nAdjointe administrative | Sumac\n5250, boul. Saint-Laurent")
    jessica = Person("Jessica Wong", "jessica.wong@groupemercure.com", tz="America/Vancouver",
                     sig="Jessica Wong\nTalent Acquisition Partner, Hospitality\nGroupe Mercure | "
                         "Toronto · Vancouver · Montréal (soon!)\n604-555-0178")
    calendly = Person("Calendly", "no-reply@calendly.com", tz=TOR, style="auto", auto=True)
    daniel = Person("Daniel Ross", "daniel.ross@groupemercure.com", tz=TOR, style="outlook")
    sophie = Person("Sophie Lachance", "sophie@restaurantgaspard.ca", tz=TOR,
                    sig="Sophie Lachance\nDirectrice générale\nRestaurant Gaspard\n514 555-0150")
    emilie = Person("Émilie Fortin", "emilie@comptoirnordique.ca", tz=TOR)
    smartr = Person("Hôtel Le Riverain", "no-reply@smartrecruiters.com", tz=TOR, style="auto",
                    auto=True)
    nathalie = Person("Nathalie Bélanger", "nathalie@tavernemercier.ca", tz=TOR,
                      sig="Nathalie Bélanger\nDirectrice | Taverne Mercier")
    patrick = Person("Patrick Mercier", "patrick@tavernemercier.ca", tz=TOR,
                     sig="Envoyé de mon cellulaire")
    kevin = Person("Kevin Bouchard", "kevin.bouchard97@gmail.com", tz=TOR)
    quartz = Person("Quartz Horaires", "no-reply@quartzhoraires.com", tz=TOR, style="auto",
                    auto=True)
    mom = Person("Sylvie Tremblay", "sylvie.tremblay58@hotmail.com", tz=TOR, style="outlook")
    mathieu = Person("Mathieu Tremblay", "mat.tremblay@gmail.com", tz=TOR)
    lise = Person("Lise Tremblay", "lisetremblay@hotmail.com", tz=TOR, style="outlook")
    julie = Person("Julie Nguyen", "julienguyen.cuisine@gmail.com", tz=TOR,
                   sig="envoyé de mon tél, excuse les fautes")
    lucas = Person("Lucas Ferreira", "lucas.ferreira@gmail.com", tz=TOR)
    clinic_rdv = Person("Clinique médicale du Plateau", "rendezvous@cmplateau.ca", tz=TOR,
                        style="auto", auto=True)
    clinic = Person("Clinique médicale du Plateau – Secrétariat", "secretariat@cmplateau.ca",
                    tz=TOR, style="outlook")
    dentist = Person("Centre dentaire Laurier", "rappels@centredentairelaurier.ca", tz=TOR,
                     style="auto", auto=True)
    bulletin = Person("Le Bulletin Gourmand", "nouvelles@bulletingourmand.ca", tz=TOR,
                      style="auto", auto=True)
    restoemploi = Person("Resto-Emploi", "alertes@restoemploi.ca", tz=TOR, style="auto", auto=True)
    prolien = Person("ProLien", "notifications@prolien.com", tz=TOR, style="auto", auto=True)
    couteaux = Person("Coutellerie Kiri", "commandes@coutelleriekiri.ca", tz=TOR, style="auto",
                      auto=True)
    fibre = Person("Fibre Laurentide", "facturation@fibrelaurentide.ca", tz=TOR, style="auto",
                   auto=True)
    mobilis = Person("Mobilis", "noreply@mobilis-telecom.ca", tz=TOR, style="auto", auto=True)
    caisse = Person("Caisse du Plateau", "avis@caisseduplateau.ca", tz=TOR, style="auto", auto=True)
    coop = Person("Coop d'habitation Les Lilas – CA", "ca.coopleslilas@gmail.com", tz=TOR)
    soccer = Person("Ligue de soccer récréatif du Plateau", "inscriptions@soccerplateau.org",
                    tz=TOR, style="auto", auto=True)
    webinar = Person("Réseau Resto Pro", "webinaires@restopro-reseau.ca", tz=TOR, style="auto",
                     auto=True)
    ferme = Person("Ferme Rivière-Noire", "paniers@fermerivierenoire.ca", tz=TOR, style="auto",
                   auto=True)

    cv = ("CV_Camille_Tremblay_2026.pdf", "application/pdf", CV)

    # ================================================================== JOB SEARCH

    # ---- Mâche & Braise: CV to the chef, a visit, then a stage (trial shift) -----------
    A("mb1", me, [olivier], "2026-03-23 11:05", """\
Bonjour Olivier,

Je m'appelle Camille Tremblay, je suis sous-chef à la Taverne Mercier depuis bientôt trois ans. Julie Nguyen (qui a fait un remplacement chez vous l'été passé) m'a dit que tu cherchais quelqu'un pour seconder Martine le soir.

Je t'envoie mon CV. Cuisine de feu, poisson, gestion des commandes et de l'horaire : c'est mon quotidien en ce moment. J'aimerais beaucoup passer te voir entre deux services si ça adonne.

Bonne semaine,
""", subject="Sous-chef – Camille Tremblay (CV)", attachments=[cv])
    A("mb2", olivier, [me], "2026-03-24 23:48", """\
Salut Camille
merci pour le cv. Jeudi 3h tu peux passer? entre le rush du midi pis le souper
O.""", parent="mb1")
    A("mb3", me, [olivier], "2026-03-25 08:10", """\
Bon matin Olivier!

Jeudi 15 h, c'est noté. Je serai là.

À jeudi,
""", parent="mb2")
    A("mb4", me, [olivier], "2026-03-26 21:40", """\
Olivier,

Un gros merci pour cet après-midi. Thanks for taking an hour out of your prep to walk me through the line and the new menu — le four à bois et la carte de poissons fumés, ça me parle vraiment.

Si jamais tu veux me voir travailler, je suis disponible les lundis et mardis.

Camille
""", parent="mb3")
    A("mb5", olivier, [me], "2026-03-27 00:31", """\
Cool. Stage mardi le 7? 15h jusqu'à la fermeture, vers 22h. amène tes couteaux pis un tablier
Martine (en cc) va être là, c'est elle qui run la cuisine le soir
O.""", parent="mb4", cc=[martine])
    A("mb6", me, [olivier], "2026-03-27 10:02", """\
Parfait pour mardi le 7, 15 h. Je m'arrange avec mon horaire à la Taverne.

Martine, au plaisir de cuisiner avec toi!

Camille
""", parent="mb5", cc=[martine])
    A("mb7", martine, [me], "2026-04-06 17:20", """\
Salut Camille,

Petite note pour demain : souliers fermés antidérapants, on fournit le linge. Stationnement impossible sur Rachel, viens en métro ou en bixi 🙂

On va te mettre sur le garde-manger pour commencer, puis au poisson pour le deuxième service.

À demain!
""", parent="mb6")
    case.thread("mb1", True, "interview", "Mâche & Braise",
                "CV sent to chef Olivier Gagnon Mon Mar 23 (answered next night); visit Thu Mar 26 "
                "15:00 (no end stated) thanked that evening; stage Tue Apr 7 15:00-22:00 with "
                "Olivier and Martine Dubé (cc); only Olivier thanked, in a new thread")
    case.application("mb1", "mb1", to=olivier.email, answered_by="mb2")
    case.meeting("mb1", T("2026-03-26 15:00"), None, met=[olivier.email],
                 thanks={olivier.email: "mb4"}, what="visit with the chef")
    case.meeting("mb1", T("2026-04-07 15:00"), T("2026-04-07 22:00"),
                 met=[olivier.email, martine.email], thanks={olivier.email: "mb8"},
                 what="stage (trial shift)")
    case.expect("thank_you", "mb1", martine.email,
                "worked the stage of Tue Apr 7 15:00-22:00 beside Martine (cc'd by Olivier, "
                "briefed Camille the day before); only Olivier was thanked; overdue since Apr 8 22:00")
    case.forbid("mb1", olivier.email,
                "CV answered the next day; the Mar 26 visit was thanked that evening and the stage "
                "the next morning (new thread); his 'by Friday' promise lives in the other thread")

    A("mb8", me, [olivier], "2026-04-08 10:45", """\
Salut Olivier,

Merci pour hier soir! Thank you for trusting me with the fish station on a full Tuesday — 60 couverts, je ne m'attendais pas à ça pour un stage.

J'ai beaucoup aimé l'énergie de l'équipe et ta façon de travailler les produits des Îles. Si tu as besoin de références, Patrick Mercier est au courant de ma démarche.

Bonne journée,
Camille
""", subject="Merci pour hier soir!")
    A("mb9", olivier, [me], "2026-04-08 16:02", """\
merci à toi Camille, l'équipe a aimé ton travail
je te reviens d'ici vendredi, faut que je parle à mon associé avant
O.""", parent="mb8")
    case.thread("mb8", True, "interview", "Mâche & Braise",
                "thank-you for the stage Wed Apr 8 10:45; Olivier: 'je te reviens d'ici vendredi' "
                "(Fri Apr 10); nothing from Mâche & Braise since")
    case.promise("mb8", "mb9", olivier.email, "2026-04-10")
    case.expect("callback", "mb8", olivier.email,
                "'je te reviens d'ici vendredi' (Fri Apr 10), no word from anyone at Mâche & Braise "
                "since; due end of Tue Apr 14", promised="2026-04-10")

    # ---- Hôtels Boréal: portal application, HR phone screen, panel, OOO ---------------
    A("wd1", workday, [me], "2026-03-10 22:14", "", subject=
      "Nous avons bien reçu votre candidature – Sous-chef(fe) exécutif(ve) (R-2026-0314)",
      html_only=True, headers=AUTO, sig=False, html=html_of("""\
Bonjour Camille,

Merci de l'intérêt que vous portez aux Hôtels Boréal. Nous confirmons la réception de votre candidature au poste de Sous-chef(fe) exécutif(ve) – Hôtel Boréal Vieux-Montréal (R-2026-0314).

Notre équipe d'acquisition de talents analysera votre dossier. Si votre profil correspond aux exigences du poste, un membre de l'équipe communiquera avec vous.

Vous pouvez suivre l'état de votre candidature en tout temps dans votre profil candidat.

Ce message a été envoyé automatiquement. Merci de ne pas y répondre.

Hôtels Boréal – Acquisition de talents""", title="Hôtels Boréal"))
    case.thread("wd1", True, "application", "Hôtels Boréal",
                "Workday acknowledgement of the portal application, Tue Mar 10")
    case.forbid("wd1", workday.email, "automated Workday acknowledgement (portal application, "
                "no person to write to)")

    A("hb1", gen, [me], "2026-03-17 09:40", """\
Bonjour Madame Tremblay,

Nous avons bien reçu votre candidature pour le poste de sous-chef(fe) exécutif(ve) à l'Hôtel Boréal Vieux-Montréal et nous aimerions planifier une première entrevue téléphonique d'une durée d'environ 30 minutes.

Voici mes disponibilités :
- mardi 24 mars, 10 h
- mercredi 25 mars, 14 h
- jeudi 26 mars, 9 h 30

Merci de m'indiquer la plage qui vous convient; je vous ferai ensuite parvenir une invitation.

Cordialement,
""", subject="Votre candidature – Sous-chef(fe) exécutif(ve), Hôtel Boréal Vieux-Montréal")
    A("hb2", me, [gen], "2026-03-17 12:15", """\
Bonjour Madame Lapointe,

Merci pour votre message. Le mercredi 25 mars à 14 h me conviendrait très bien.

Au plaisir,
""", parent="hb1")
    ics_phone = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "hb-phone"), stamp=T("2026-03-17 13:02"),
        start=T("2026-03-25 14:00"), end=T("2026-03-25 14:30"),
        summary="Entrevue téléphonique – Sous-chef(fe) exécutif(ve) – C. Tremblay",
        organizer=gen, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Eastern Standard Time", location="Appel téléphonique (je vous appellerai au 514 555-0187)",
        description="Bonjour Madame Tremblay,\n\nJe vous appellerai à l'heure prévue au numéro "
                    "indiqué dans votre dossier. Prévoyez environ 30 minutes.\n\nGeneviève Lapointe",
        prodid="Microsoft Exchange Server 2010")
    A("hb-inv1", gen, [me], "2026-03-17 13:02", """\
Bonjour Madame Tremblay,

Je vous appellerai à l'heure prévue au numéro indiqué dans votre dossier. Prévoyez environ 30 minutes.

Geneviève Lapointe
""", subject="Entrevue téléphonique – Sous-chef(fe) exécutif(ve) – C. Tremblay", sig=False,
      ics=ics_phone, ics_mode="outlook", html=html_of("""\
Bonjour Madame Tremblay,

Je vous appellerai à l'heure prévue au numéro indiqué dans votre dossier. Prévoyez environ 30 minutes.

Geneviève Lapointe"""))
    case.thread("hb-inv1", True, "interview", "Hôtels Boréal",
                "Outlook invite: phone screen with Geneviève Wed Mar 25 14:00-14:30 (Eastern "
                "Standard Time)")
    case.meeting("hb-inv1", T("2026-03-25 14:00"), T("2026-03-25 14:30"), met=[gen.email],
                 thanks={gen.email: "hb3"}, what="phone screen")

    A("hb3", me, [gen], "2026-03-25 16:05", """\
Bonjour Madame Lapointe,

Merci encore pour l'appel de cet après-midi. J'ai apprécié en apprendre davantage sur la brigade de l'Hôtel Boréal et sur les banquets, qui représentent, si j'ai bien compris, près de la moitié du volume.

(Hello Ms. Lapointe — thank you as well for explaining the bilingual side of the role so clearly. I'm very comfortable running a line in either language.)

Au plaisir de poursuivre le processus,
""", parent="hb2")
    A("hb4", gen, [me], "2026-03-26 08:55", """\
Bonjour Madame Tremblay,

Merci pour votre message. Je vous reviens d'ici la fin de la semaine concernant la prochaine étape.

Cordialement,
""", parent="hb3")
    case.promise("hb1", "hb4", gen.email, "2026-03-27", answered_by="hb-inv2")

    ics_panel = make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "hb-panel"), stamp=T("2026-03-27 11:20"),
        start=T("2026-04-02 10:00"), end=T("2026-04-02 11:30"),
        summary="Rencontre – Sous-chef(fe) exécutif(ve) – Camille Tremblay",
        organizer=gen,
        attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL"), (stephane, "ACCEPTED", "INDIVIDUAL"),
                   (nadia, "ACCEPTED", "INDIVIDUAL"),
                   (("Salle Champlain (8)", "salle.champlain@hotelsboreal.com"), "ACCEPTED", "ROOM")],
        tzid="Eastern Standard Time",
        location="Hôtel Boréal Vieux-Montréal – Salle Champlain, 3e étage",
        description="Déroulement :\n10 h 00 – Entretien avec M. Stéphane Roy, chef exécutif, et "
                    "Mme Nadia Benali, directrice Restauration et banquets\n10 h 50 – Visite des "
                    "cuisines et de la pâtisserie avec M. Yannick Ouellet, chef pâtissier\n11 h 20 – "
                    "Questions\n\nM. Roy vous accueillera à la réception principale.\n"
                    "Organisatrice : Geneviève Lapointe (ne participe pas à la rencontre).",
        prodid="Microsoft Exchange Server 2010")
    panel_txt = """\
Bonjour Madame Tremblay,

Suite à votre entrevue téléphonique, nous avons le plaisir de vous inviter à une rencontre à l'hôtel.

Déroulement :
10 h 00 – Entretien avec M. Stéphane Roy, chef exécutif, et Mme Nadia Benali, directrice Restauration et banquets
10 h 50 – Visite des cuisines et de la pâtisserie avec M. Yannick Ouellet, chef pâtissier
11 h 20 – Questions

M. Roy vous accueillera à la réception principale. Je ne serai malheureusement pas présente, mais n'hésitez pas à m'écrire pour toute question.

Geneviève Lapointe
"""
    A("hb-inv2", gen, [me], "2026-03-27 11:20", panel_txt,
      subject="Rencontre – Sous-chef(fe) exécutif(ve) – Camille Tremblay", sig=False,
      cc=[stephane, nadia], ics=ics_panel, ics_mode="outlook", html=html_of(panel_txt))
    case.thread("hb-inv2", True, "interview", "Hôtels Boréal",
                "Outlook invite: Thu Apr 2 10:00-11:30 with Stéphane Roy and Nadia Benali, tour "
                "with pastry chef Yannick Ouellet (no address anywhere); Geneviève organises but "
                "does not attend; room Salle Champlain")
    case.meeting("hb-inv2", T("2026-04-02 10:00"), T("2026-04-02 11:30"),
                 met=[stephane.email, nadia.email], thanks={stephane.email: "st1"},
                 unknown=["Yannick Ouellet"], arranged_by=gen.email, what="panel at the hotel")
    case.expect("thank_you", "hb-inv2", nadia.email,
                "on the Thu Apr 2 panel (ICS attendee); only Stéphane was thanked, in a new "
                "thread; overdue since Apr 3 11:30")
    case.forbid("hb-inv2", stephane.email,
                "thanked by the new-thread note of Thu Apr 2 13:50")
    case.forbid("hb-inv2", "salle.champlain@hotelsboreal.com", "a meeting room (CUTYPE=ROOM)")

    A("st1", me, [stephane], "2026-04-02 13:50", """\
Bonjour Monsieur Roy,

Je voulais vous remercier — thank you for this morning. Voir la cuisine des banquets en pleine mise en place pour 300 couverts m'a vraiment donné envie de faire partie de l'équipe.

Ce que je retiens de notre échange :
- le virage vers les producteurs de la région, que je pratique déjà à la Taverne Mercier;
- la formation des commis, qui me tient à cœur;
- le service bilingue, avec lequel je suis à l'aise.

Au plaisir de vous revoir,
Camille Tremblay
514 555-0187
""", subject="Merci – rencontre de ce matin (sous-chef exécutive)", sig=False)
    A("st2", stephane, [me], "2026-04-02 15:31", """\
Merci Camille. Belle rencontre. Geneviève va faire le suivi avec vous.

S.
""", parent="st1", sig=False)
    case.thread("st1", True, "interview", "Hôtels Boréal",
                "Camille's thank-you to Stéphane Roy after the panel; his short reply")

    A("hb5", gen, [me], "2026-04-02 16:40", """\
Bonjour Madame Tremblay,

Merci de vous être déplacée ce matin. Le comité de sélection se réunira le jeudi 9 avril et nous communiquerons avec l'ensemble des candidat(e)s au plus tard le vendredi 10 avril.

D'ici là, pourriez-vous nous transmettre les coordonnées de deux références professionnelles (nom, titre, téléphone, courriel)?

Cordialement,
""", parent="hb4")
    A("hb6", me, [gen], "2026-04-02 20:10", """\
Bonjour Madame Lapointe,

Avec plaisir. Je dois d'abord prévenir mes références; je vous fais parvenir leurs coordonnées d'ici lundi.

Bonne soirée,
""", parent="hb5")
    A("hb7", me, [gen], "2026-04-06 09:12", """\
Bonjour Madame Lapointe,

Tel que convenu, voici mes deux références :

1. Patrick Mercier, chef-propriétaire, Taverne Mercier – 514 555-0121 – patrick@tavernemercier.ca
2. Denis Côté, ancien enseignant en cuisine (DEP) et chef consultant – 514 555-0194 – denis.cote.chef@gmail.com

Par ailleurs, auriez-vous l'adresse courriel de M. Ouellet? J'aimerais lui écrire un mot pour la visite de la pâtisserie.

Merci et bonne journée,
""", parent="hb6")
    A("hb8", gen, [me], "2026-04-06 09:13", """\
Bonjour,

Je suis absente du bureau du lundi 6 avril au vendredi 17 avril inclusivement et serai de retour le lundi 20 avril. Je n'aurai qu'un accès limité à mes courriels.

Pour toute question urgente concernant un processus de recrutement, veuillez écrire à recrutement@hotelsboreal.com.

I am out of the office from April 6 to April 17 and will be back on Monday, April 20. For urgent recruiting matters, please write to recrutement@hotelsboreal.com.

Geneviève Lapointe
""", parent="hb7", subject="Réponse automatique : Votre candidature – Sous-chef(fe) exécutif(ve), "
      "Hôtel Boréal Vieux-Montréal", quote=False, sig=False,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("hb1", True, "interview", "Hôtels Boréal",
                "Geneviève's slots, phone screen picked and thanked (Mar 25); 'fin de la semaine' "
                "kept by the panel invite; after the panel 'au plus tard le vendredi 10 avril'; "
                "Camille promised references by Monday and sent them Mon Apr 6 with a request for "
                "Yannick Ouellet's address; out-of-office: back Mon Apr 20")
    case.promise("hb1", "hb5", gen.email, "2026-04-10", back="2026-04-20")
    case.own_promise("hb1", "hb6", gen.email, "2026-04-06", kept_by="hb7")
    case.forbid("hb1", gen.email,
                "'au plus tard le vendredi 10 avril' has passed, but her out-of-office says back "
                "Mon Apr 20, so the callback counts from then (due end of Apr 22); phone screen "
                "thanked; references promised by Monday sent Apr 6, which also asked her for the "
                "pastry chef's address")

    # ---- Former instructor, introduction, coffee, teaching application ---------------
    A("dn1", denis, [me], "2026-03-05 19:30", """\
Salut Camille,

Ça fait un bout! J'ai croisé Marc-André au marché Jean-Talon samedi, il m'a dit que tu regardais ailleurs. Bonne nouvelle, la Taverne c'était une belle école mais tu es rendue plus loin.

Question : est-ce que l'enseignement te tente encore? Tu m'en parlais à la fin de ton DEP. Au CFP Saint-Viateur ils cherchent souvent des suppléants en cuisine, et la coordonnatrice, Hélène Marchand, est une ancienne collègue. Je peux vous mettre en contact si tu veux.

Denis""", subject="Des nouvelles?", sig=False)
    A("dn2", me, [denis], "2026-03-06 08:40", """\
Denis!!

Oui, ça me tente toujours. Je n'osais pas trop, mais si tu peux me présenter ce serait génial. Thanks a ton, vraiment.

Et oui, j'ai commencé à regarder ailleurs — les hôtels, quelques restos, on verra.

Camille
""", parent="dn1")
    A("dn3", denis, [me], "2026-03-06 12:02", """\
Je m'en occupe. Prépare-toi une petite liste de ce que tu aimerais enseigner, elle va te le demander.
D.""", parent="dn2", sig=False)
    case.thread("dn1", True, "networking", "CFP Saint-Viateur",
                "former instructor Denis Côté offers an introduction to Hélène Marchand")

    A("in1", denis, [me, helene], "2026-03-12 08:20", """\
Bonjour Hélène, salut Camille,

Hélène, je te présente Camille Tremblay, une de mes meilleures finissantes du DEP (cohorte 2019), aujourd'hui sous-chef à la Taverne Mercier. Elle songe à l'enseignement et je lui ai dit que tu étais LA personne à qui parler.

Camille, Hélène coordonne le programme Cuisine au CFP Saint-Viateur depuis six ans.

Je vous laisse aller!
Denis""", subject="Présentation : Camille Tremblay / Hélène Marchand (CFP Saint-Viateur)", sig=False)
    A("in2", helene, [me, denis], "2026-03-12 13:05", """\
Merci Denis!

Camille, avec plaisir. Est-ce qu'un café vendredi prochain, le 20, à 8 h au Café Pista (rue Saint-Viateur, évidemment) te conviendrait? J'enseigne à 9 h 30, alors on aura une bonne heure.

Hélène
""", parent="in1")
    A("in3", me, [helene, denis], "2026-03-12 15:40", """\
Merci Denis pour la présentation!

Hélène, vendredi 20 mars 8 h au Pista, c'est noté. C'est moi qui paie les cafés.

Camille
""", parent="in2")
    A("in4", me, [helene], "2026-03-20 14:30", """\
Bonjour Hélène,

Merci encore pour le café de ce matin — thanks for being so candid about the first year of teaching, les groupes du soir, la correction, tout.

J'ai commencé à lire le programme d'études du DEP que tu m'as conseillé. La compétence sur les fonds et les sauces, je pourrais l'enseigner demain matin!

Bonne fin de semaine,
""", parent="in3")
    A("in5", helene, [me], "2026-03-21 10:12", """\
Ça m'a fait plaisir, Camille. Tu as le bon tempérament pour ça, je te le dis.

Le poste de suppléance à long terme (remplacement de congé de maternité, août à juin) devrait être affiché après Pâques. Je te fais signe.

Hélène
""", parent="in4")
    A("in6", helene, [me], "2026-03-31 12:48", """\
Camille, finalement c'est affiché plus tôt que prévu! Suppléance à long terme, DEP Cuisine, 25 h/semaine.

Envoie ta candidature (CV + lettre) directement à Luc Bergeron, notre directeur adjoint : luc.bergeron@cfpsaintviateur.qc.ca. Tu peux me mettre en copie.

Hélène
""", parent="in5", quote=False)
    case.thread("in1", True, "networking", "CFP Saint-Viateur",
                "Denis introduces Camille to Hélène Marchand; coffee Fri Mar 20 08:00 (no end "
                "stated) thanked that afternoon; Hélène's replies Mar 21 and Mar 31; Camille's "
                "application of Apr 1 copies her")
    case.meeting("in1", T("2026-03-20 08:00"), None, met=[helene.email],
                 thanks={helene.email: "in4"}, networking=True, what="coffee")
    case.forbid("in1", helene.email,
                "coffee thanked Mar 20; the last exchange is Camille's application of Wed Apr 1 "
                "with Hélène in cc, so the 14-day touch falls due only at the end of Apr 15")
    case.forbid("in1", denis.email, "the referrer: not at the coffee, promised nothing, thanked "
                "in the thread on Mar 12")

    A("cf1", me, [luc], "2026-04-01 07:55", """\
Bonjour Monsieur Bergeron,

Sur la recommandation de Mme Hélène Marchand, je vous soumets ma candidature pour le poste d'enseignante en cuisine, suppléance à long terme (DEP 5311), affiché cette semaine.

Sous-chef à la Taverne Mercier depuis 2023, j'encadre au quotidien commis et stagiaires de DEP; transmettre le métier est ce que je préfère de mon travail. Vous trouverez ci-joints mon CV et ma lettre de présentation.

Je vous remercie de l'attention portée à ma candidature.

Camille Tremblay
514 555-0187
""", subject="Candidature – Enseignante en cuisine, suppléance à long terme (DEP 5311)",
      cc=[helene], sig=False,
      attachments=[cv, ("Lettre_presentation_CTremblay.pdf", "application/pdf", LETTRE)])
    A("cf2", luc, [me], "2026-04-01 07:56", """\
Bonjour,

Je serai absent du bureau jusqu'au mardi 7 avril (congé de Pâques). Je prendrai connaissance de votre message à mon retour.

Pour une urgence, communiquez avec le secrétariat du Centre au 514 555-0166, poste 4100.

Luc Bergeron
Directeur adjoint, CFP Saint-Viateur
""", parent="cf1", subject="Réponse automatique : Candidature – Enseignante en cuisine, "
      "suppléance à long terme (DEP 5311)", quote=False,
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case.thread("cf1", True, "application", "CFP Saint-Viateur",
                "application with CV and letter to Luc Bergeron Wed Apr 1 (Hélène cc); only his "
                "out-of-office (back Tue Apr 7) answered")
    case.application("cf1", "cf1", to=luc.email)
    case.expect("application", "cf1", luc.email,
                "applied to him by email with CV Wed Apr 1; only an out-of-office came back, no "
                "person from the school has written since; due end of Fri Apr 10")

    # ---- Supplier's tip, then an introduction call with a caterer ------------------
    A("mx1", maxime, [me], "2026-03-18 09:15", """\
Salut Camille,

Confirmation pour vendredi : 8 kg morue, 4 kg pétoncles U10, 6 kg truite de la Gaspésie. Le flétan est pas beau cette semaine, je te le recommande pas.

PS Jean-Phil Nadeau de Traiteur Ciboulette m'a demandé si je connaissais une bonne sous-chef qui pourrait avoir envie de changer d'air. Je lui ai donné ton courriel, j'espère que c'est correct!
""", subject="Commande vendredi + petite note")
    A("mx2", me, [maxime], "2026-03-18 11:02", """\
Parfait pour la commande, livraison avant 10 h stp.

Et pour Jean-Phil aucun problème, merci Max! Discret, hein 😉
""", parent="mx1")
    case.thread("mx1", False, None, "Poissonnerie Atlantique Nord",
                "supplier order for the current kitchen; PS: gave Camille's address to a caterer")

    A("jp1", jp, [me], "2026-03-19 22:10", """\
Salut Camille,

Maxime de la poissonnerie m'a refilé ton courriel. On ouvre une cuisine de production à Saint-Henri cet automne (boîtes-repas + événements corpo), et je cherche quelqu'un pour la monter avec moi.

Pas une entrevue, rien d'officiel : juste 15-20 minutes au téléphone pour se présenter et voir si ça pourrait t'intéresser un jour. Mardi 14 h?

JP
""", subject="Ciboulette – cuisine de production (de la part de Maxime)", sig=False)
    A("jp2", me, [jp], "2026-03-20 07:50", """\
Bonjour Jean-Philippe,

Mardi 14 h ça me va. Tu peux me joindre au 514 555-0187 (je serai en pause entre deux services).

Camille
""", parent="jp1", sig=False)
    A("jp3", jp, [me], "2026-03-20 08:30", """\
Parfait, je t'appelle mardi 14h.""", parent="jp2")
    A("jp4", me, [jp], "2026-03-24 15:05", """\
Salut JP,

Merci beaucoup pour l'appel. Thanks for laying out the whole plan so openly — le modèle boîtes-repas le jour, événements le soir, c'est exactement le genre de défi logistique que j'aime.

Tiens-moi au courant pour le local.

Camille
""", parent="jp3")
    A("jp5", jp, [me], "2026-03-25 09:12", """\
Le plaisir était pour moi. Je te redonne des nouvelles quand le bail sera signé, ça devrait bouger ce printemps.

Bonne semaine!
""", parent="jp4")
    case.thread("jp1", True, "networking", "Traiteur Ciboulette",
                "introduction call Tue Mar 24 14:00, '15-20 minutes'; thanked that afternoon; his "
                "reply Mar 25 is the last exchange")
    case.meeting("jp1", T("2026-03-24 14:00"), T("2026-03-24 14:20"), met=[jp.email],
                 thanks={jp.email: "jp4"}, networking=True, what="intro call")
    case.promise("jp1", "jp3", jp.email, "2026-03-24", answered_by="jp5")
    case.expect("networking", "jp1", jp.email,
                "intro call Tue Mar 24 (not an interview: 'pas une entrevue'); last exchange his "
                "reply of Wed Mar 25; the 14-day touch fell due at the end of Apr 8")

    # ---- Sumac: arranged by an assistant, people met have no address ---------------
    A("su1", audrey, [me], "2026-04-01 11:20", """\
Bonjour Camille,

Le chef Karim Haddad a bien reçu le CV que vous avez déposé au restaurant la semaine dernière et il aimerait vous rencontrer : une discussion, suivie d'une petite dégustation (un plat de votre choix, avec ce qu'on a en chambre froide ce jour-là). Léa Gosselin, notre cheffe pâtissière, sera aussi de la rencontre.

Seriez-vous disponible le jeudi 9 avril à 14 h? Prévoyez environ une heure et demie.

Au plaisir,
""", subject="Sumac – rencontre avec le chef Haddad")
    A("su2", me, [audrey], "2026-04-01 19:40", """\
Bonjour Audrey,

Oui, jeudi 9 avril à 14 h c'est parfait. Merci beaucoup, j'ai bien hâte!

Camille
""", parent="su1", sig=False)
    A("su3", audrey, [me], "2026-04-02 09:05", """\
C'est à l'agenda du chef. Entrez par la ruelle (porte verte des livraisons) et sonnez.

Bonne journée!
""", parent="su2")
    A("su4", audrey, [me], "2026-04-10 15:30", """\
Bonjour Camille,

Le chef m'a demandé de vous dire qu'il a beaucoup aimé votre omble et son beurre blanc à l'argousier. Il rencontre encore deux personnes et vous reviendra la semaine prochaine.

Bonne fin de semaine,
""", parent="su3")
    case.thread("su1", True, "interview", "Sumac",
                "interview and tasting Thu Apr 9 14:00-15:30 with chef Karim Haddad and pastry "
                "chef Léa Gosselin, arranged by assistant Audrey Pelletier; neither address "
                "appears anywhere; Camille has not written to Audrey since; Audrey passes on the "
                "chef's 'la semaine prochaine' (week of Apr 13)")
    case.meeting("su1", T("2026-04-09 14:00"), T("2026-04-09 15:30"), met=[],
                 unknown=["Karim Haddad", "Léa Gosselin"], arranged_by=audrey.email,
                 what="interview and tasting")
    case.promise("su1", "su4", audrey.email, "2026-04-17")
    case.expect("ask_for_address", "su1", audrey.email,
                "met Karim Haddad and Léa Gosselin on Thu Apr 9 (until 15:30); no address for "
                "either anywhere; Audrey arranged it and Camille has not written to her since")

    # ---- Groupe Mercure: recruiter, Calendly, a promise of hers, a moved interview ---
    A("gm1", jessica, [me], "2026-03-26 10:15", """\
Bonjour-Hi Camille,

I hope you don't mind the cold email! Your name came up twice this month — once from a chef friend who ate at the Taverne, once on ProLien — so I figured that was a sign.

Groupe Mercure is opening our first Montréal location in the Quartier des spectacles this July (180 seats + a terrace), and we're building the kitchen leadership team now. I'd love to tell you about the sous-chef role and hear what you're looking for.

Would you be up for a 30-minute conversation? You can grab any time that suits you here (it shows in your own time zone): https://calendly.com/jessica-wong-mercure/30min

Merci!
""", subject="Sous-chef role – Mercure Montréal (opening this summer)")
    A("gm2", me, [jessica], "2026-03-26 19:31", """\
Hi Jessica,

Thanks for reaching out — and no, I don't mind at all! I'd love to hear more. I just booked Tuesday at 11 (Montréal time) on your Calendly.

Camille
""", parent="gm1")
    ics_cal = make_ics(
        method="REQUEST", uid=uid_uuid(NAME, "calendly"), stamp=T("2026-03-26 19:29"),
        start=T("2026-03-31 11:00"), end=T("2026-03-31 11:30"),
        summary="Camille Tremblay and Jessica Wong", organizer=jessica,
        attendees=[(me, "ACCEPTED", "INDIVIDUAL")],
        location="https://mercure.zoom.us/j/84213377650",
        description="Event Name: 30 Minute Meeting\n\nNeed to make changes to this event?\n"
                    "Cancel: https://calendly.com/cancellations/3f9a\nReschedule: "
                    "https://calendly.com/reschedulings/3f9a\n\nPowered by Calendly.com",
        prodid="-//Calendly//EN")
    A("cal1", calendly, [me], "2026-03-26 19:29", """\
Hi Camille Tremblay,

A new event has been scheduled.

Event Type: 30 Minute Meeting
Invitee: Camille Tremblay
Invitee Email: camille.tremblay@example.ca
Event Date/Time: 11:00am - 11:30am (Eastern Time - US & Canada) on Tuesday, March 31, 2026
Location: This is a Zoom web conference. https://mercure.zoom.us/j/84213377650

Host: Jessica Wong

Need to make changes to this event? Cancel or reschedule from the links in the calendar invitation.

Powered by Calendly.com
""", subject="Confirmed: 30 Minute Meeting with Jessica Wong on Tuesday, March 31, 2026",
      ics=ics_cal, ics_mode="attach", headers=AUTO, sig=False)
    A("cal2", calendly, [me], "2026-03-30 11:00", """\
Hi Camille Tremblay,

This is a friendly reminder that your 30 Minute Meeting with Jessica Wong is at 11:00am (Eastern Time - US & Canada) tomorrow, Tuesday, March 31, 2026.

Location: https://mercure.zoom.us/j/84213377650

Powered by Calendly.com
""", subject="Reminder: 30 Minute Meeting with Jessica Wong tomorrow", headers=AUTO, sig=False)
    case.thread("cal2", True, "recruiter", "Groupe Mercure", "Calendly reminder, Mar 30")
    case.thread("cal1", True, "recruiter", "Groupe Mercure",
                "Calendly confirmation (ICS) for the Tue Mar 31 11:00-11:30 ET call with Jessica")
    case.meeting("cal1", T("2026-03-31 11:00"), T("2026-03-31 11:30"), met=[jessica.email],
                 thanks={jessica.email: "gm3"}, what="recruiter video call")
    case.forbid("cal1", calendly.email, "automated scheduler sender (no-reply@calendly.com)")

    A("gm3", me, [jessica], "2026-03-31 14:05", """\
Hi Jessica,

Thank you for the conversation this morning! The way you described the opening — a brigade built from scratch, local suppliers from day one — really got me excited.

As promised, I'll send you two sample menus (the spring tasting menu I wrote for the Taverne and a brunch concept) plus my references by Friday.

Camille
""", parent="gm2")
    A("gm4", jessica, [me], "2026-03-31 12:40", """\
Thanks Camille, great chatting with you! Full transparency: we're meeting a few other candidates this week and next, so I'll circle back by end of next week with next steps.

Looking forward to the menus!
""", parent="gm3")
    A("gm5", jessica, [me], "2026-04-09 09:10", """\
Hi Camille,

Quick update as promised — Daniel Ross, our Executive Chef for Eastern Canada, would love to meet you. He's in Toronto, so it'll be a Teams call; he's sending an invite for Tuesday, April 14 at noon your time (9am for me!).

Still keen to see those menus whenever you get a chance.

J.
""", parent="gm4")
    case.thread("gm1", True, "recruiter", "Groupe Mercure",
                "recruiter outreach; call thanked Mar 31 with Camille's promise of menus and "
                "references 'by Friday' (Apr 3), never sent; Jessica's 'by end of next week' kept "
                "on Thu Apr 9; she mentions other candidates")
    case.promise("gm1", "gm4", jessica.email, "2026-04-10", answered_by="gm5")
    case.own_promise("gm1", "gm3", jessica.email, "2026-04-03")
    case.expect("own_promise", "gm1", jessica.email,
                "Camille promised two sample menus and references 'by Friday' (Apr 3) and has "
                "not written to Jessica since; due end of Apr 3")

    ics_dr = lambda seq, start, end, stamp: make_ics(
        method="REQUEST", uid=uid_outlook(NAME, "mercure-chef"), stamp=stamp, start=start,
        end=end, summary="Mercure Montréal – sous-chef conversation (Camille Tremblay)",
        organizer=daniel, attendees=[(me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="Eastern Standard Time", location="Microsoft Teams Meeting",
        description="Camille – looking forward to it. Bring questions about the menu and the "
                    "opening plan.\n\nJoin on your computer or mobile app: "
                    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_mercure\n"
                    "Meeting ID: 293 114 808 71", sequence=seq,
        prodid="Microsoft Exchange Server 2010")
    dr_txt = """\
Camille – looking forward to it. Bring questions about the menu and the opening plan.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer or mobile app
Meeting ID: 293 114 808 71
"""
    A("dr1", daniel, [me], "2026-04-09 09:34", dr_txt,
      subject="Mercure Montréal – sous-chef conversation (Camille Tremblay)",
      ics=ics_dr(0, T("2026-04-14 12:00"), T("2026-04-14 12:45"), T("2026-04-09 09:34")),
      ics_mode="outlook", cc=[jessica], html=html_of(dr_txt))
    A("dr2", daniel, [me], "2026-04-13 16:20", """\
Sorry Camille — I have to be in Vancouver tomorrow for a soft opening. Pushing us one week, same time. Apologies for the short notice.

Daniel
""" + "\n" + dr_txt, subject="Updated: Mercure Montréal – sous-chef conversation (Camille Tremblay)",
      parent="dr1", quote=False,
      ics=ics_dr(1, T("2026-04-21 12:00"), T("2026-04-21 12:45"), T("2026-04-13 16:20")),
      ics_mode="outlook", cc=[jessica])
    A("dr3", me, [daniel], "2026-04-13 21:12", """\
No problem at all — the 21st works. Safe travels!

Camille
""", parent="dr2", sig=False)
    case.thread("dr1", True, "interview", "Groupe Mercure",
                "Teams interview with exec chef Daniel Ross, Tue Apr 14 12:00 moved on Apr 13 to "
                "Tue Apr 21 12:00-12:45 (SEQUENCE 1)")
    case.meeting("dr1", T("2026-04-14 12:00"), T("2026-04-14 12:45"), met=[daniel.email],
                 status="moved", what="Teams interview (moved)")
    case.meeting("dr1", T("2026-04-21 12:00"), T("2026-04-21 12:45"), met=[daniel.email],
                 status="scheduled", what="Teams interview")
    case.forbid("dr1", daniel.email, "interview moved from Tue Apr 14 to Tue Apr 21, still ahead "
                "at now")

    # ---- Restaurant Gaspard: interview never thanked, then a gentle no --------------
    A("ga1", me, [sophie], "2026-03-30 10:20", """\
Bonjour Madame Lachance,

J'ai vu votre offre de sous-chef sur Resto-Emploi et je me permets de vous écrire directement. Je suis présentement sous-chef à la Taverne Mercier, où je gère la cuisine du soir (brigade de cinq) et les commandes.

La cuisine du Gaspard, que je suis depuis votre ouverture, correspond à ce que j'aime faire : simple, précis, de saison. Vous trouverez mon CV ci-joint.

Au plaisir d'en discuter,
Camille Tremblay
514 555-0187
""", subject="Poste de sous-chef – Camille Tremblay", attachments=[cv], sig=False)
    A("ga2", sophie, [me], "2026-03-31 11:02", """\
Bonjour Camille,

Merci pour votre CV, il a beaucoup plu à notre chef. Thomas Beaulieu (thomas.beaulieu@restaurantgaspard.ca) et moi aimerions vous rencontrer au restaurant.

Lundi prochain, le 6 avril, à 10 h? Nous sommes fermés le lundi, ce sera tranquille. Sinon le mardi 7, même heure.

Sophie
""", parent="ga1")
    A("ga3", me, [sophie], "2026-03-31 12:15", """\
Lundi 10 h, parfait! Thanks for getting back to me so quickly.

Camille
""", parent="ga2", sig=False)
    A("ga4", sophie, [me], "2026-03-31 12:30", """\
Super, à lundi. Sonnez en avant, on sera en cuisine.""", parent="ga3")
    A("ga5", sophie, [me], "2026-04-10 14:45", """\
Bonjour Camille,

Merci encore d'être venue lundi, Thomas et moi avons vraiment apprécié l'échange.

Ce fut une décision difficile, mais nous avons choisi d'aller de l'avant avec une candidate dont l'expérience en pâtisserie correspond davantage à nos besoins pour l'été. Ça n'enlève rien à votre parcours, qui est solide.

Nous gardons votre CV précieusement et n'hésiterons pas à vous recontacter si un poste s'ouvre.

Bonne continuation,
""", parent="ga4")
    case.thread("ga1", True, "rejection", "Restaurant Gaspard",
                "CV Mon Mar 30 answered next day; interview Mon Apr 6 10:00 (60 min by default) "
                "with Sophie Lachance and chef Thomas Beaulieu (address in her mail); the only "
                "'thanks' came before it; rejection Fri Apr 10")
    case.application("ga1", "ga1", to=sophie.email, answered_by="ga2")
    case.meeting("ga1", T("2026-04-06 10:00"), None, met=[sophie.email,
                 "thomas.beaulieu@restaurantgaspard.ca"], what="interview at the restaurant")
    case.expect("thank_you", "ga1", sophie.email,
                "interviewed her Mon Apr 6 10:00; the only thanks was before it (Mar 31); the "
                "rejection of Apr 10 does not cancel a thank-you owed for a meeting that happened")
    case.expect("thank_you", "ga1", "thomas.beaulieu@restaurantgaspard.ca",
                "the chef at the Mon Apr 6 interview, address given in Sophie's mail; never "
                "thanked; overdue since Apr 7 11:00")

    # ---- Comptoir Nordique: CV to the chef, silence -------------------------------
    A("cn1", me, [emilie], "2026-03-31 21:50", """\
Bonjour Émilie,

J'ai vu votre story Instagram : vous cherchez un ou une sous-chef pour l'ouverture de la terrasse en mai. J'aimerais beaucoup être considérée pour le poste.

Je suis sous-chef à la Taverne Mercier depuis 2023; avant ça, j'ai passé deux ans au garde-manger et au poisson à l'Hôtel Le Verrier, à Québec. Votre travail avec les produits boréaux (le sapin baumier, les champignons de la Côte-Nord) m'inspire depuis longtemps.

Mon CV est en pièce jointe. Je peux passer faire un stage quand ça vous arrange.

Camille Tremblay
514 555-0187
""", subject="Sous-chef pour la terrasse – Camille Tremblay", attachments=[cv], sig=False)
    case.thread("cn1", True, "application", "Le Comptoir Nordique",
                "CV to chef-owner Émilie Fortin Tue Mar 31; no answer")
    case.application("cn1", "cn1", to=emilie.email)
    case.expect("application", "cn1", emilie.email,
                "applied to her with CV Tue Mar 31; nothing from Le Comptoir Nordique since; due "
                "end of Thu Apr 9 (end of Mon Apr 13 even if Good Friday and Easter Monday are "
                "skipped)")

    # ---- Hôtel Le Riverain: portal only, acknowledged then declined -----------------
    A("rv1", smartr, [me], "2026-03-13 16:02", "", subject="Merci d'avoir postulé chez Hôtel Le Riverain",
      html_only=True, headers=AUTO, sig=False, html=html_of("""\
Bonjour Camille,

Merci d'avoir postulé au poste de Chef de partie – Banquets chez Hôtel Le Riverain. Votre candidature a été transmise à l'équipe de recrutement.

Cordialement,
L'équipe Talent – Hôtel Le Riverain

Propulsé par SmartRecruiters"""))
    A("rv2", smartr, [me], "2026-04-03 10:11", "", subject="Votre candidature chez Hôtel Le Riverain",
      parent="rv1", html_only=True, headers=AUTO, sig=False, quote=False, html=html_of("""\
Bonjour Camille,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de Chef de partie – Banquets. Après examen attentif des candidatures, nous avons décidé de poursuivre avec d'autres profils dont l'expérience correspond davantage aux besoins actuels.

Nous conserverons votre dossier et vous invitons à consulter régulièrement nos offres.

L'équipe Talent – Hôtel Le Riverain"""))
    case.thread("rv1", True, "rejection", "Hôtel Le Riverain",
                "portal application (SmartRecruiters): acknowledgement, then automated decline")
    case.forbid("rv1", smartr.email, "automated ATS sender; a portal-only application that was "
                "declined, with no person to write to")

    # ================================================================== CURRENT JOB

    A("pm1", patrick, [me], "2026-03-09 23:40", """\
Cam
food cost février 34,8%. Trop haut. On se fait une rencontre de suivi cette semaine? Faut revoir les portions du braisé pis le gaspillage au garde-manger
Peux-tu me sortir le décompte d'inventaire complet aussi""", subject="Suivi food cost février")
    A("pm2", me, [patrick], "2026-03-10 09:15", """\
Oui, je m'en doutais avec le prix du bœuf. Je fais l'inventaire dimanche soir après le service et je te l'envoie lundi. Rencontre mercredi 14 h?
""", parent="pm1", sig=False)
    A("pm3", patrick, [me], "2026-03-10 11:02", "mercredi 14h ok", parent="pm2")
    A("pm4", me, [patrick], "2026-03-16 08:20", """\
Voilà le décompte d'inventaire (chambre froide, sec, alcool de cuisine). Le braisé est le gros coupable : on sort 280 g au lieu de 220 g.
""", parent="pm3", sig=False, attachments=[("inventaire_2026-03-15.csv", "text/csv",
      b"article,unite,quantite,cout_unitaire\nboeuf braise,kg,14.2,21.40\nbeurre,kg,9,11.10\n")])
    case.thread("pm1", False, None, "Taverne Mercier",
                "current job: food-cost follow-up, a meeting Wed Mar 11 14:00, inventory sent "
                "Mon Mar 16 as promised")
    case.meeting("pm1", T("2026-03-11 14:00"), None, met=[patrick.email], job=False,
                 what="food-cost meeting at the current job")
    case.own_promise("pm1", "pm2", patrick.email, "2026-03-16", kept_by="pm4", job=False)

    A("pa1", patrick, [me], "2026-04-01 10:40", """\
Cam
finalement on ouvre pas pour le brunch de Pâques, pas assez de résas. T'es off dimanche. Lundi on fait l'appel avec Ferme Rivière-Noire pour les asperges à 11h, peux-tu être là?""",
      subject="Pâques + appel ferme")
    A("pa2", me, [patrick], "2026-04-01 11:15", """\
Super merci! Lundi 11 h pour l'appel, je serai pas là, j'ai un rendez-vous (dentiste/banque, long story). Je t'envoie mes quantités avant.
""", parent="pa1", sig=False)
    A("pa3", patrick, [me], "2026-04-01 11:20", "ok", parent="pa2")
    case.thread("pa1", False, None, "Taverne Mercier", "current job: Easter closing, supplier call")
    case.own_promise("pa1", "pa2", patrick.email, "2026-04-05", job=False)

    for i, (sent, week) in enumerate([("2026-03-20 15:00", "23 mars"),
                                      ("2026-04-03 15:00", "6 avril"),
                                      ("2026-04-10 15:00", "13 avril")]):
        A("qz%d" % i, quartz, [me], sent, """\
Bonjour Camille,

Ton horaire pour la semaine du %s à la Taverne Mercier est publié.

Ouvre l'application Quartz pour voir tes quarts, demander un échange ou signaler une indisponibilité.

— Quartz Horaires (message automatique)
""" % week, subject="Ton horaire de la semaine du %s est publié" % week, headers=AUTO, sig=False)
        case.thread("qz%d" % i, False, None, "Quartz Horaires", "schedule published (current job)")

    A("nb1", nathalie, [me], "2026-04-06 11:30", """\
Salut Camille,

Peux-tu faire l'entrevue du candidat commis mercredi à 15 h? Kevin Bouchard, son CV est en pièce jointe et son courriel c'est kevin.bouchard97@gmail.com. Moi je suis en formation MAPAQ toute la journée.

Rencontre rapide : disponibilités, expérience, et un petit test de coupe si t'as le temps.

Merci!
""", subject="Entrevue commis – mercredi 15 h", attachments=[
        ("CV_Kevin_Bouchard.pdf", "application/pdf",
         make_pdf(["Kevin Bouchard", "Commis de cuisine", "Experience: plonge, friture"]))])
    A("nb2", me, [nathalie], "2026-04-06 12:10", """\
Oui pas de trouble, je m'en occupe. Je lui écris.
""", parent="nb1", sig=False)
    A("nb3", me, [nathalie], "2026-04-08 17:05", """\
Suivi entrevue Kevin : bon gars, ponctuel, coupe correcte (julienne à retravailler). Dispo soirs et fins de semaine. Je le prendrais pour un essai de deux quarts.
""", parent="nb2", sig=False)
    A("nb4", nathalie, [me], "2026-04-08 18:40", """\
Parfait, je l'appelle demain. Merci Cam!
""", parent="nb3")
    case.thread("nb1", False, None, "Taverne Mercier",
                "current job: Nathalie asks Camille to interview a commis candidate; Camille's "
                "report after")

    A("kb1", me, [kevin], "2026-04-06 12:25", """\
Bonjour Kevin,

C'est Camille, sous-chef à la Taverne Mercier. On se voit mercredi 8 avril à 15 h pour ton entrevue (poste de commis). Entre par la porte de côté et demande-moi au passe.

Apporte ton couteau de chef si tu en as un.

Camille
""", subject="Entrevue – commis de cuisine, Taverne Mercier", sig=False)
    A("kb2", kevin, [me], "2026-04-06 18:02", """\
Parfait merci! je vais etre la a 15h

Kevin""", parent="kb1")
    case.thread("kb1", False, None, "Taverne Mercier",
                "Camille on the hiring side: interview of commis candidate Kevin Bouchard Wed "
                "Apr 8 15:00 at her current job")
    case.meeting("kb1", T("2026-04-08 15:00"), T("2026-04-08 15:45"), met=[kevin.email],
                 job=False, what="Camille interviews a candidate at her current job")
    case.forbid("kb1", kevin.email, "Camille interviewed him for her current employer; not her "
                "job search")

    ics_team = make_ics(
        method="REQUEST", uid=uid_google(NAME, "team-menu"), stamp=T("2026-04-07 09:00"),
        start=T("2026-04-13 14:00"), end=T("2026-04-13 15:00"),
        summary="Rencontre d'équipe – menu printemps", organizer=nathalie,
        attendees=[(nathalie, "ACCEPTED", "INDIVIDUAL"), (patrick, "ACCEPTED", "INDIVIDUAL"),
                   (me, "NEEDS-ACTION", "INDIVIDUAL")],
        tzid="America/Toronto", location="Taverne Mercier – salle du fond",
        description="Ordre du jour : dégustation des 4 nouveaux plats, prix de vente, fiches "
                    "techniques, suivi du food cost. Appel avec Ferme Rivière-Noire à 14 h 45.")
    A("tm1", nathalie, [me], "2026-04-07 09:00", """\
Nathalie Bélanger vous a invité(e) à l'événement suivant.

Rencontre d'équipe – menu printemps
Quand : lun. 13 avr. 2026 14:00 – 15:00 (heure normale de l'Est - Toronto)
Où : Taverne Mercier – salle du fond
Participants : Nathalie Bélanger (organisateur), Patrick Mercier, Camille Tremblay

Ordre du jour : dégustation des 4 nouveaux plats, prix de vente, fiches techniques, suivi du food cost. Appel avec Ferme Rivière-Noire à 14 h 45.

Invitation de Google Agenda
""", subject="Invitation: Rencontre d'équipe – menu printemps @ lun. 13 avr. 2026 14:00 – 15:00 "
      "(HAE) (camille.tremblay@example.ca)", ics=ics_team, ics_mode="google", sig=False,
      headers=GCAL)
    case.thread("tm1", False, None, "Taverne Mercier",
                "current job: menu meeting Mon Apr 13 14:00-15:00 (Google Calendar)")
    case.meeting("tm1", T("2026-04-13 14:00"), T("2026-04-13 15:00"),
                 met=[nathalie.email, patrick.email], job=False, what="team meeting, current job")

    A("mx3", maxime, [me], "2026-04-06 10:30", """\
Salut Camille,

Le flétan est rare cette semaine à cause de la glace aux Îles. Je te reviens jeudi avec un prix ferme pour ton menu printemps. Morue et pétoncles dispo, même prix que mars.
""", subject="Prix flétan – avril")
    A("mx4", me, [maxime], "2026-04-06 11:45", """\
Ok merci Max. J'aurais besoin de 12 kg par semaine à partir du 20 si le prix a du sens.
""", parent="mx3", sig=False)
    A("mx5", maxime, [me], "2026-04-09 16:55", """\
Toujours pas de prix de mon fournisseur, désolé. Je te relance ça lundi.
""", parent="mx4")
    case.thread("mx3", False, None, "Poissonnerie Atlantique Nord",
                "supplier of the current kitchen: halibut price promised 'jeudi' (Apr 9)")
    case.promise("mx3", "mx3", maxime.email, "2026-04-09", job=False)
    case.promise("mx3", "mx5", maxime.email, "2026-04-13", job=False)
    case.forbid("mx3", maxime.email, "the supplier of her current kitchen promising a price: not "
                "job search, nothing to chase in followupd")

    # ================================================================== FAMILY AND FRIENDS

    A("mo1", mom, [me], "2026-03-28 09:12", """\
Allô ma belle,

Pâques chez nous dimanche le 5? Ton frère vient avec Sarah. Tu travailles-tu? Dis-moi ça, je dois commander le jambon chez le boucher.

Bisous
Maman
""", subject="Pâques", sig=False)
    A("mo2", me, [mom], "2026-03-28 10:40", """\
Allô maman!

Je pense que oui pour le brunch, je vais savoir mon horaire jeudi. Je te confirme d'ici jeudi promis.

xx
""", parent="mo1", sig=False)
    A("mo3", me, [mom], "2026-04-01 22:30", """\
Confirmé, je suis off dimanche! J'apporte le dessert (tarte au sucre de grand-maman, version améliorée 😇).
""", parent="mo2", sig=False)
    A("mo4", mom, [me], "2026-04-02 07:15", """\
Yé!!! Améliorée... on verra ça. 11h. Bisous
""", parent="mo3", sig=False)
    A("mo5", mom, [me], "2026-04-05 19:45", """\
Merci d'être venue ma chouette. Ton frère a mangé trois morceaux de tarte, je pense que c'est un succès. Bonne chance pour tes entrevues cette semaine, on pense à toi.

Maman
""", parent="mo4", sig=False)
    case.thread("mo1", False, None, "family",
                "her mother: Easter brunch Sun Apr 5 11:00; Camille's 'je te confirme d'ici jeudi' "
                "kept on Apr 1")
    case.own_promise("mo1", "mo2", mom.email, "2026-04-02", kept_by="mo3", job=False)
    case.meeting("mo1", T("2026-04-05 11:00"), T("2026-04-05 14:00"), met=[mom.email], job=False,
                 what="family brunch")
    case.forbid("mo1", mom.email, "family: a brunch and Camille's promise to confirm (kept); "
                "nothing to follow up")

    A("ma1", mathieu, [me], "2026-03-22 20:14", """\
Salut soeurette

Le 1er juillet on déménage à Verdun (enfin!!). Est-ce que je pourrais t'emprunter ton char pour les boîtes la veille? Je te le ramène avec le plein, juré.

Mat""", subject="1er juillet 📦", sig=False)
    A("ma2", me, [mathieu], "2026-03-22 21:30", """\
Ha! Le classique. Oui, mais tu le laves aussi. Et je veux une bière sur ton nouveau balcon.
""", parent="ma1", sig=False)
    A("ma3", mathieu, [me], "2026-03-23 07:02", "Deal 🍺", parent="ma2", sig=False)
    case.thread("ma1", False, None, "family", "her brother borrowing her car for moving day")

    A("li1", lise, [me, mom, mathieu], "2026-03-15 14:22", """\
Bonjour la famille,

Grand-maman Jeannine aura 90 ans le 16 mai! On organise un souper surprise au sous-sol de l'église de Saint-Hyacinthe le samedi 16 mai à 17 h. Chacun apporte un plat. Camille, si tu pouvais t'occuper du gâteau, ce serait le plus beau cadeau pour elle.

Répondez-moi pour que je puisse réserver les tables.

Lise
""", subject="90 ans de grand-maman – 16 mai", sig=False)
    A("li2", me, [lise, mom, mathieu], "2026-03-15 18:05", """\
Ma tante, évidemment que je fais le gâteau! Je pense à un fraisier, c'est son préféré. Je vais demander mon samedi au boulot.

Camille
""", parent="li1", sig=False)
    A("li3", mom, [lise, me, mathieu], "2026-03-15 19:30", """\
Merci Lise. On sera là avec Robert. J'apporte le pâté chinois.
""", parent="li2", sig=False)
    A("li4", lise, [me, mom, mathieu], "2026-04-04 10:11", """\
Petit rappel : il me manque encore la réponse de cousin Guy. Et on a trouvé quelqu'un pour le DJ 😄

Lise
""", parent="li3", sig=False, quote=False)
    case.thread("li1", False, None, "family", "aunt organising grandmother's 90th, Sat May 16")
    case.meeting("li1", T("2026-05-16 17:00"), None, met=[lise.email], status="scheduled",
                 job=False, what="family party")

    A("ju1", julie, [me], "2026-04-02 23:55", """\
Heyyy
5 à 7 jeudi prochain? J'ai congé pour une fois. Pis raconte-moi l'hôtel!! t'as eu ton entrevue ce matin non?
Au Furco? 17h?""", subject="5 à 7??")
    A("ju2", me, [julie], "2026-04-03 09:40", """\
Oui!! Jeudi 17 h au Furco. J'ai une entrevue-dégustation dans l'aprem, j'arriverai peut-être en retard et affamée.

L'hôtel : je te raconte. Grosse machine, mais le chef est super.
""", parent="ju1", sig=False)
    A("ju3", julie, [me], "2026-04-09 13:10", """\
bonne chance tantôt!!! fais-leur ton omble 🐟 on se voit après""", parent="ju2")
    A("ju4", julie, [me], "2026-04-10 11:20", """\
Trop le fun hier soir. Mon chef cherche encore un.e chef de partie, si jamais tu connais quelqu'un. Genre pas toi, toi tu vises plus haut 😘""", parent="ju3")
    A("ju5", me, [julie], "2026-04-10 12:02", """\
Haha merci. Je demande autour de moi. Le petit Kevin qu'on vient d'engager à la Taverne va peut-être vouloir monter vite, je te tiens au courant 😉
""", parent="ju4", sig=False)
    case.thread("ju1", False, None, "friend", "a friend: drinks Thu Apr 9 17:00")
    case.meeting("ju1", T("2026-04-09 17:00"), None, met=[julie.email], job=False,
                 what="drinks with a friend")

    A("lf1", lucas, [me], "2026-04-11 12:03", """\
Cam! Random but — my buddy at Mercure Toronto says they're opening in Montréal this summer and poaching everyone. If a Jessica emails you, it's legit, she's nice. Don't let them lowball you though. Sous-chef at a 180-seater should be 65k minimum.

Also when are you coming to Toronto, you promised a visit like two years ago

L.""", subject="heads up")
    A("lf2", me, [lucas], "2026-04-11 14:30", """\
Ha, she already did! Call went well, next step is with their exec chef. Thanks for the number, seriously useful.

And I know, I know. Summer. Maybe.
""", parent="lf1", sig=False)
    case.thread("lf1", False, None, "friend", "a friend in Toronto about Groupe Mercure salaries")

    # ================================================================== HEALTH

    ics_clinic = make_ics(
        method="PUBLISH", uid=uid_uuid(NAME, "clinic"), stamp=T("2026-03-19 10:00"),
        start=T("2026-03-31 15:30"), end=T("2026-03-31 15:50"),
        summary="Rendez-vous – Dre Isabelle Gauthier", organizer=clinic_rdv,
        tzid="America/Toronto", location="Clinique médicale du Plateau, 4350 rue Saint-Denis, "
        "local 200", prodid="-//Clinique Plateau//Rendez-vous 3.1//FR")
    A("cl1", clinic_rdv, [me], "2026-03-19 10:00", """\
Bonjour Camille Tremblay,

Votre rendez-vous est confirmé :
Mardi 31 mars 2026, 15 h 30
Dre Isabelle Gauthier – examen annuel
Clinique médicale du Plateau, 4350 rue Saint-Denis, local 200

Apportez votre carte d'assurance maladie. Pour annuler, composez le 514 555-0100 au moins 24 heures à l'avance.

Ce message est envoyé automatiquement.
""", subject="Confirmation de rendez-vous – 31 mars 2026, 15 h 30", ics=ics_clinic,
      ics_mode="publish", headers=AUTO, sig=False)
    case.thread("cl1", False, None, "Clinique médicale du Plateau",
                "doctor's appointment Tue Mar 31 15:30 (ICS PUBLISH)")
    case.meeting("cl1", T("2026-03-31 15:30"), T("2026-03-31 15:50"), met=[], job=False,
                 what="annual check-up")

    A("cl2", clinic, [me], "2026-04-01 14:05", """\
Bonjour Madame Tremblay,

Suite à votre rendez-vous d'hier avec la Dre Gauthier, vos résultats de prise de sang devraient nous parvenir d'ici le jeudi 9 avril. L'infirmière vous appellera seulement si un suivi est nécessaire; sinon, ils seront disponibles dans votre dossier en ligne.

Secrétariat
Clinique médicale du Plateau
514 555-0100
""", subject="Vos résultats de laboratoire", sig=False)
    A("cl3", me, [clinic], "2026-04-01 18:20", """\
Bonjour,

Merci, bien noté. Est-ce que je peux aussi avoir une copie de ma prescription de vaccin (hépatite A)? C'est pour un éventuel employeur.

Camille Tremblay
""", parent="cl2", sig=False)
    case.thread("cl2", False, None, "Clinique médicale du Plateau",
                "clinic: lab results expected 'd'ici le jeudi 9 avril'")
    case.promise("cl2", "cl2", clinic.email, "2026-04-09", job=False)
    case.forbid("cl2", clinic.email, "her clinic's 'by Thursday Apr 9' for lab results: not job "
                "search")

    A("de1", dentist, [me], "2026-04-14 08:00", """\
Bonjour Camille,

Ceci est un rappel de votre rendez-vous au Centre dentaire Laurier :
Mercredi 22 avril 2026 à 8 h 15 – nettoyage et examen (Dr Pham)

Répondez OUI pour confirmer ou appelez-nous au 514 555-0177.
""", subject="Rappel : rendez-vous le 22 avril à 8 h 15", headers=AUTO, sig=False)
    case.thread("de1", False, None, "Centre dentaire Laurier", "dentist reminder for Apr 22")
    case.meeting("de1", T("2026-04-22 08:15"), None, status="scheduled", job=False,
                 what="dentist")

    # ================================================================== NEWSLETTERS, ALERTS, BILLS

    for i, (sent, body) in enumerate([
        ("2026-03-13 07:00", "Cette semaine : les cabanes à sucre réinventées par cinq chefs, "
         "l'ouverture de Maison Ardoise dans Griffintown, et notre palmarès des meilleurs "
         "croissants de Rosemont.\n\nEn bref : la pénurie de main-d'œuvre en cuisine s'aggrave; "
         "les restaurateurs misent sur la formation à l'interne."),
        ("2026-03-27 07:00", "Cette semaine : la saison des asperges arrive tôt, trois nouvelles "
         "tables dans la Petite-Patrie, et une entrevue avec une cheffe qui a quitté la "
         "restauration pour l'enseignement (« je n'ai jamais autant cuisiné »)."),
        ("2026-04-10 07:00", "Cette semaine : Groupe Mercure confirme son arrivée au Quartier des "
         "spectacles, le retour des terrasses, et nos adresses pour l'ail des bois (avec "
         "modération!)."),
    ]):
        A("bg%d" % i, bulletin, [me], sent, body + "\n\nBonne lecture,\nL'équipe du Bulletin "
          "Gourmand\n\nVous recevez ce courriel parce que vous êtes abonnée. Se désabonner : "
          "https://bulletingourmand.ca/desabonnement",
          subject=["Cabanes à sucre 2.0 et croissants de Rosemont",
                   "Asperges hâtives et cheffes en classe",
                   "Mercure débarque, les terrasses reviennent"][i],
          headers=bulk_headers("<hebdo.bulletingourmand.ca>", "https://bulletingourmand.ca/d"),
          sig=False)
        case.thread("bg%d" % i, False, None, "Le Bulletin Gourmand", "weekly food newsletter")

    for i, (sent, body) in enumerate([
        ("2026-03-16 06:30", "Sous-chef – Restaurant Gaspard (Villeray) – temps plein, 55 000 $ à "
         "62 000 $\nChef de partie – Hôtel Le Riverain (centre-ville) – banquets\nCuisinier(ère) de "
         "production – Traiteur Les Copains – jour, lun-ven\nEnseignant(e) en cuisine – CSS de la "
         "Pointe-de-l'Île – suppléance"),
        ("2026-03-30 06:30", "Sous-chef exécutif(ve) – Hôtels Boréal – Vieux-Montréal\nChef de "
         "cuisine – Brasserie du Canal – entrevues cette semaine\nCommis de cuisine – Taverne "
         "Mercier – soirs et fins de semaine\nChef pâtissier(ère) – Sumac – Mile-Ex"),
        ("2026-04-13 06:30", "Sous-chef – Mercure Montréal (ouverture juillet)\nChef de partie – "
         "Mâche & Braise – Plateau\nResponsable de production – Cuisine centrale Verdun\n"
         "Formateur(trice) culinaire – Réseau Resto Pro"),
    ]):
        A("re%d" % i, restoemploi, [me], sent, "Bonjour Camille,\n\nDe nouvelles offres "
          "correspondent à votre alerte « sous-chef – Montréal » :\n\n" + body +
          "\n\nPostulez en un clic depuis votre profil. Bonne chance dans vos démarches!\n\n"
          "Resto-Emploi\nGérer mes alertes : https://restoemploi.ca/alertes",
          subject="%s nouvelles offres pour « sous-chef – Montréal »" % (4, 4, 4)[i],
          headers=bulk_headers("<alertes.restoemploi.ca>", "https://restoemploi.ca/alertes/stop"),
          sig=False)
        case.thread("re%d" % i, False, None, "Resto-Emploi", "job-board alert")

    A("pl1", prolien, [me], "2026-04-08 12:00", """\
Camille, vous avez été vue 14 fois cette semaine.

Des recruteurs de Groupe Mercure, Hôtels Boréal et 3 autres entreprises ont consulté votre profil. Les candidats qui relancent après une entrevue obtiennent 2 fois plus de réponses.

Mettez votre profil à jour : https://prolien.com/p/camille-tremblay

ProLien
""", subject="Vous avez été vue 14 fois cette semaine", headers=dict(AUTO, **bulk_headers(
        "<stats.prolien.com>", "https://prolien.com/unsub")), sig=False)
    case.thread("pl1", False, None, "ProLien", "professional network notification")

    A("ck1", couteaux, [me], "2026-03-21 13:44", """\
Merci pour votre commande n° K-20931!

1 × Gyuto 240 mm, acier Aogami #2, manche en châtaignier – 289,00 $
1 × Pierre à aiguiser 1000/6000 – 64,00 $
Sous-total : 353,00 $  TPS : 17,65 $  TVQ : 35,21 $
Total : 405,86 $

Nous vous écrirons dès l'expédition.

Coutellerie Kiri
""", subject="Confirmation de commande K-20931", headers=AUTO, sig=False)
    case.thread("ck1", False, None, "Coutellerie Kiri", "knife order receipt")
    A("ck2", couteaux, [me], "2026-03-24 09:10", """\
Bonne nouvelle : votre commande K-20931 est en route! Numéro de suivi : 7311 2206 5541 CA.
Livraison prévue : jeudi 26 mars.
""", subject="Votre commande K-20931 a été expédiée", headers=AUTO, sig=False)
    case.thread("ck2", False, None, "Coutellerie Kiri", "shipping notice")

    A("fb1", fibre, [me], "2026-04-02 05:00", "", subject="Votre facture d'avril est disponible",
      html_only=True, headers=AUTO, sig=False, html=html_of("""\
Bonjour Camille,

Votre facture du 2 avril 2026 est disponible dans votre espace client.
Montant : 62,09 $ – prélèvement automatique le 16 avril.

Fibre Laurentide"""))
    case.thread("fb1", False, None, "Fibre Laurentide", "internet bill")
    A("mb_bill", mobilis, [me], "2026-03-25 04:30", """\
Bonjour Camille, votre relevé Mobilis de mars (38,00 $) est prêt. Il sera payé automatiquement le 8 avril.
""", subject="Votre relevé Mobilis est prêt", headers=AUTO, sig=False)
    case.thread("mb_bill", False, None, "Mobilis", "phone bill")
    A("cs1", caisse, [me], "2026-04-01 06:00", """\
Votre relevé de compte de mars est disponible dans AccèsCaisse.

Pour votre sécurité, la Caisse ne vous demandera jamais vos informations de connexion par courriel.
""", subject="Relevé de compte disponible", headers=AUTO, sig=False)
    case.thread("cs1", False, None, "Caisse du Plateau", "bank statement notice")

    A("co1", coop, [me], "2026-03-30 20:00", """\
Bonjour à tous les membres,

L'assemblée générale annuelle de la Coop Les Lilas aura lieu le lundi 20 avril à 19 h au local communautaire. À l'ordre du jour : budget 2026-2027, réfection des balcons, élection de deux postes au CA.

Le CA
""", subject="AGA – lundi 20 avril 19 h", sig=False)
    A("co2", me, [coop], "2026-03-31 08:05", """\
Bonjour,

Je travaille le lundi soir, je donne ma procuration à Mireille Dagenais (app. 4). Je peux aider pour la corvée des balcons par contre!

Camille, app. 7
""", parent="co1", sig=False)
    case.thread("co1", False, None, "Coop d'habitation Les Lilas", "housing co-op AGM Apr 20")
    case.meeting("co1", T("2026-04-20 19:00"), None, status="scheduled", job=False, what="AGM")

    A("so1", soccer, [me], "2026-03-11 12:00", """\
Bonjour Camille,

Votre inscription à la saison printemps-été (mixte récréatif, mardi soir) est confirmée. Premier match : dimanche 26 avril, 10 h, parc Laurier.

Paiement reçu : 95,00 $.
""", subject="Inscription confirmée – saison printemps-été 2026", headers=AUTO, sig=False)
    A("so2", soccer, [me], "2026-04-12 12:00", """\
Rappel : les calendriers d'équipes seront publiés le 20 avril. Capitaines, vérifiez vos alignements.
""", subject="Calendriers publiés le 20 avril", headers=AUTO, sig=False)
    case.thread("so1", False, None, "Ligue de soccer récréatif du Plateau", "league registration")
    case.thread("so2", False, None, "Ligue de soccer récréatif du Plateau", "league reminder")
    case.meeting("so1", T("2026-04-26 10:00"), None, status="scheduled", job=False,
                 what="first game")

    A("wb1", webinar, [me], "2026-04-07 13:00", """\
Merci de votre inscription!

Webinaire : « Recruter et retenir en cuisine : entrevues, intégration, suivi »
Mardi 21 avril 2026, 15 h à 16 h (HAE)
Lien de connexion : https://restopro-reseau.ca/live/2104

Réseau Resto Pro
""", subject="Inscription confirmée : Recruter et retenir en cuisine (21 avril)", headers=AUTO,
      sig=False)
    case.thread("wb1", False, None, "Réseau Resto Pro", "webinar registration")
    case.meeting("wb1", T("2026-04-21 15:00"), T("2026-04-21 16:00"), status="scheduled",
                 job=False, what="webinar")

    for i, (sent, subj, body) in enumerate([
        ("2026-03-24 18:00", "Panier de la semaine : pousses, radis et sirop d'érable",
         "Dans votre panier cette semaine : pousses de tournesol, radis roses, oignons de "
         "conservation, un demi-litre de sirop de la cabane du voisin."),
        ("2026-04-07 18:00", "Panier de la semaine : retour des épinards",
         "Les serres donnent enfin! Épinards, mesclun, champignons pleurotes et nos premiers "
         "œufs de cane. Cueillette jeudi au point de chute Marie-Anne."),
    ]):
        A("fr%d" % i, ferme, [me], sent, body + "\n\nBonne semaine,\nL'équipe de la Ferme "
          "Rivière-Noire", subject=subj,
          headers=bulk_headers("<paniers.fermerivierenoire.ca>", "https://fermerivierenoire.ca/d"),
          sig=False)
        case.thread("fr%d" % i, False, None, "Ferme Rivière-Noire", "CSA basket newsletter")

    return case


if __name__ == "__main__":
    sys.exit(run(build, os.path.dirname(os.path.abspath(__file__))))
