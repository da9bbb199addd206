"""German: dates, thanks, quoting, and the words of a German application process (Germany,
Austria, Switzerland), with "Sie" and "du" both: "Ich melde mich bei Ihnen" and "ich melde mich
bei dir". Swiss mail writes "ss" for "ß" ("Grüsse"); both are listed where it matters.

Everything here is matched against all mail, most of it English: no phrase is an English word
or a short German word that English uses ("die", "war", "also", "am", "an", "bin", "hat").
"""

from types import MappingProxyType

from daemon.infer.lang import Words

_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"

WORDS = Words(
    code="de",
    function_words=(
        "aber am auch auf bei bitte dank das dass dem den der die ein eine einen es "
        "freundlichen für geehrte geehrter gern gerne grüsse grüße grüßen habe haben hallo "
        "hat ich ihnen ihr ihre ihrem ihren im ist mein meine mich mir mit nach nicht noch "
        "oder schon sehr sie um und uns vielen von wenn werden wie wir wird zu über "
        # how mail opens and closes, and the days it names: short notes say little else
        "liebe lieber viele beste danke heute morgen"
    ),
    markers=(
        r"und",
        r"nicht",
        r"bitte",
        r"danke",
        r"ich",
        r"wir",
        r"für",
        r"sehr",
        r"ihnen",
        r"grüße",
        r"viele",
    ),
    months=MappingProxyType(
        {
            "januar": 1,
            "jänner": 1,
            "februar": 2,
            "feber": 2,
            "märz": 3,
            "maerz": 3,
            "mai": 5,
            "juni": 6,
            "juli": 7,
            "oktober": 10,
            "dezember": 12,
            # short forms ("13. Okt. 2026"); "jan", "feb", "apr", "aug", "sep", "nov" are
            # English short forms already
            "jän": 1,
            "mär": 3,
            "okt": 10,
            "dez": 12,
        }
    ),
    weekdays=MappingProxyType(
        {
            "montag": 0,
            "dienstag": 1,
            "mittwoch": 2,
            "donnerstag": 3,
            "freitag": 4,
            "samstag": 5,
            "sonnabend": 5,
            "sonntag": 6,
            # no short forms: "Mo", "Di", "Mi", "Do", "Fr", "So" are English or Spanish words
        }
    ),
    day_parts=MappingProxyType(
        {
            "früh": 9,
            "vormittag": 10,
            "vormittags": 10,
            "am vormittag": 10,
            "mittag": 12,
            "mittags": 12,
            "nachmittag": 14,
            "nachmittags": 14,
            "am nachmittag": 14,
            "abend": 18,
            "abends": 18,
            "am abend": 18,
        }
    ),
    needs_capital=frozenset({"mai"}),
    reply_prefixes=("aw", "wg", "antw", "wtr"),
    notice_subjects=(
        r"(?:vorstellungs)?gespräch (?:bestätigt|geplant|verschoben)",
        r"neuer termin",
    ),
    role_nouns=(r"stelle", r"position", r"rolle"),
    client_words=(r"(?:mein|unser)e?[mnr]? (?:kunde|kundin|mandant|mandantin)",),
    organisation_words=(
        r"gruppe",
        r"bank",
        r"versicherung",
        r"stiftung",
        r"hochschule",
        r"klinikum",
        r"se",
        r"kg",
    ),
    agency_names=(r"personalberatung", r"personalvermittlung", r"personaldienstleist\w*"),
    calendar_prefixes=(
        r"einladung",
        r"aktualisierte einladung",
        r"angenommen",
        r"zugesagt",
        r"abgelehnt",
        r"abgesagt",
        r"mit vorbehalt(?: angenommen)?",
        r"abgesagte[rs]? (?:termin|veranstaltung|ereignis)",
        r"aktualisiert",
        r"neue zeit vorgeschlagen",
        r"termin(?:bestätigung|anfrage)?",
    ),
    quote_headers=(
        r"am .{3,200}schrieb .{0,200}",
        r"-{2,} ?(?:ursprüngliche nachricht|weitergeleitete nachricht|original-nachricht) ?-{2,}",
        r"anfang der weitergeleiteten nachricht",
        # GMX and web.de write the date first: "Gesendet: ...", then "Von: ..."
        r"gesendet: .{1,200}\nvon: .{1,200}",
    ),
    sign_offs=(
        # "Mit freundlichen Grüßen", "Beste Grüße", "Liebe Grüsse" (Swiss), "Viele Gruesse"
        r"(?:mit )?(?:freundliche|beste|herzliche|viele|liebe|schöne|sonnige)n? "
        r"gr(?:üß|üss|uess)(?:e|en)",
        r"(?:beste|liebe|viele) grüße aus \w+",
        r"grüße",
        r"grüsse",
        r"lg",
        r"vg",
        r"mfg",
        r"gruß",
        r"gruss",
        r"herzlich(?:st)?",
        r"bis bald",
        r"bis dann",
        r"bis später",
    ),
    thanks=(
        r"danke(?: schön| sehr| dir| ihnen| euch)?",
        r"dankeschön",
        r"vielen (?:lieben )?dank",
        r"herzlichen dank",
        r"besten dank",
        r"(?:ich )?bedanke mich",
        # "Ich möchte mich herzlich für das Gespräch bedanken"
        r"(?:mich|uns)(?: [\w-]+){0,4} bedanken",
        r"(?:wir )?bedanken uns",
        r"hat mich (?:sehr )?gefreut",
    ),
    job_words=(
        r"bewerbung(?:en)?",
        r"bewerber(?:in|innen)?",
        r"bewerbungsgespräch(?:e)?",
        r"vorstellungsgespräch(?:e)?",
        r"kennenlerngespräch",
        r"kennenlerntermin",
        r"lebenslauf",
        r"bewerbungsunterlagen",
        r"stellenangebot",
        r"stellenanzeige",
        r"stellenausschreibung",
        r"personalabteilung",
        r"recruiting",
        r"recruiter(?:in)?",
        r"personalberatung",
        r"headhunter(?:in)?",
        r"probearbeit(?:stag)?",
        r"probetag",
        r"zweitgespräch",
        r"bewerbungsprozess",
        r"auswahlverfahren",
        r"auswahlprozess",
        r"assessment-center",
        r"gehaltsvorstellung(?:en)?",
        r"eintrittstermin",
        r"frühestmöglicher eintritt",
        r"initiativbewerbung",
        r"arbeitszeugnis(?:se)?",
        # the sex marker of every German job posting: "Senior Backend Engineer (m/w/d)"
        r"m/w/d",
        r"w/m/d",
        r"m/f/d",
        r"d/m/w",
    ),
    weak_job_words=(
        r"stelle",
        r"position",
        r"vakanz",
        r"jobangebot",
        r"(?:die )?nächsten schritte",
        # a first conversation, as start-ups call it: "Kennenlernen Mira x Feldwerk"
        r"kennenlern(?:en|gespräch|termin|call)",
        r"wie es weitergeht",
        r"(?:unser|unseren|das) team (?:zu )?verstärken",
    ),
    title_heads=(
        # German writes a post as one word, with its field in front and the feminine after:
        # "Projektingenieurin", "Einkäuferin Schiffsersatzteile", "Leiterin Controlling"
        r"\w*(?:entwickler|ingenieur|berater|leiter|referent|sachbearbeiter|architekt|techniker|"
        r"elektriker|mechaniker|mechatroniker|monteur|einkäufer|verkäufer|disponent|buchhalter|"
        r"controller|konstrukteur|chemiker|laborant|redakteur|programmierer|assistent|"
        r"informatiker)(?:in|innen)?",
        r"\w*(?:kaufmann|kauffrau|fachkraft|fachmann|fachfrau)",
        r"teamlead",
        r"lehrer(?:in)?",
        r"erzieher(?:in)?",
        r"werkstudent(?:in)?",
        r"praktikant(?:in)?",
    ),
    recruiting_titles=(
        r"personal(?:referent(?:in)?|abteilung|leitung)",
        r"talent acquisition",
        r"recruiter(?:in)?",
        r"personalberater(?:in)?",
        r"personalberatung",
        r"headhunter(?:in)?",
        r"personalgewinnung",
        r"personalmarketing",
    ),
    hr_titles=(
        r"personalwesen",
        r"personalsachbearbeiter(?:in)?",
        r"personalentwicklung",
        r"personalleiter(?:in)?",
        r"hr-business-partner(?:in)?",
    ),
    coordinator_titles=(r"recruiting-koordinator(?:in)?",),
    assistant_titles=(
        r"assistenz der geschäftsführung",
        r"teamassistenz",
        r"assistent(?:in)? der geschäftsführung",
    ),
    career_talk=(
        r"(?:ihr|ihren|dein|deinen) (?:werdegang|lebenslauf)",
        r"(?:ihr|dein) profil",
        r"berufliche(?:n)? (?:neuorientierung|veränderung|perspektive|pläne|zukunft)",
        r"(?:auf )?jobsuche",
        r"stellensuche",
        r"wechselwillig",
        r"offen für (?:neue )?(?:herausforderungen|angebote|gespräche|möglichkeiten)",
        r"neue(?:n)? herausforderung",
        r"karriere(?:schritt|wechsel|beratung|planung)",
        r"quereinstieg",
        r"quereinsteiger(?:in)?",
        r"(?:meinen|deinen|ihren) nächsten (?:karriere)?schritt",
        r"wir stellen ein",
        r"im auftrag (?:eines|unseres|meines) (?:mandanten|kunden)",
        r"auf (?:ihr|dein) profil gestoßen",
        r"spannende (?:position|stelle|herausforderung|vakanz)",
        r"interessante (?:position|stelle|vakanz)",
        # a request for a short call on someone's field, and luck wished for the search:
        # "Hätten Sie 20 Minuten Zeit für ein kurzes Telefonat?", "Ihr Berufsalltag",
        # "Viel Erfolg bei der Suche!"
        r"(?:hätten|haben|hättest|hast) (?:sie|du) (?:\d+|zehn|fünfzehn|zwanzig|dreißig|ein paar|"
        r"eine viertelstunde|eine halbe stunde)(?: minuten)?(?: zeit)?",
        r"(?:ihrem|ihren|deinem|deinen) berufsalltag",
        r"mentoring(?:programm)?",
        r"mentor(?:in|en|innen)?",
        # "von der Agentur in ein Inhouse-Team zu wechseln", "den Arbeitgeber wechseln"
        r"(?:in|ins|zu|zur|zum) (?:ein |eine |einen |die |das |den )?[\w-]*(?:team|agentur|inhouse|"
        r"unternehmen|firma|branche|konzern|startup|start-up|job|stelle|rolle|bereich) zu wechseln",
        r"(?:den job|die stelle|den arbeitgeber|die branche) (?:zu )?wechseln",
        r"viel erfolg (?:bei|für|mit) (?:der|die|ihrer|deiner) (?:job|stellen)?suche",
    ),
    introductions=(
        r"(?:möchte|will|wollte) (?:euch|dich|sie|ihnen) (?:gern(?:e)? )?(?:kurz )?"
        r"(?:vorstellen|bekannt machen|miteinander vernetzen|verbinden)",
        r"darf ich vorstellen",
        r"(?:euch|sie) (?:gern(?:e)? )?miteinander (?:bekannt machen|vernetzen|verbinden|in "
        r"kontakt bringen)",
        r"stelle (?:euch|ihnen|dir) (?:\w+ ){1,3}vor",
        r"(?:bringe|bringen) (?:euch|sie) (?:gern(?:e)? )?(?:miteinander )?in kontakt",
    ),
    social_meetings=(
        r"kaffee",
        r"auf einen kaffee",
        r"kaffee trinken",
        r"mittagessen",
        r"abendessen",
        r"frühstück",
        r"ein bier",
        r"feierabendbier",
    ),
    meeting_nouns=(
        r"assessment[- ]?cent(?:er|re)",
        r"gespräch(?:e)?",
        r"vorstellungsgespräch(?:e)?",
        r"bewerbungsgespräch(?:e)?",
        r"kennenlerngespräch",
        r"kennenlernen",
        r"kennenlerntermin",
        r"termin(?:e)?",
        r"telefonat(?:e)?",
        r"telefontermin",
        r"telefoninterview",
        r"videocall",
        r"video-?interview",
        r"videokonferenz",
        r"treffen",
        r"call",
        r"besprechung",
        r"anruf",
        r"rückruf",
        r"zweitgespräch",
        r"erstgespräch",
        r"fachgespräch",
        r"probetag",
        r"probearbeit(?:stag)?",
        r"hospitation",
        r"austausch",
        r"mittagessen",
        r"kaffee",
    ),
    proposal_cues=(
        r"(?:ich|wir) (?:könnte|könnten|kann|können)",
        r"(?:hätten sie|hättest du|haben sie|hast du) (?:\w+ )?zeit",
        r"(?:hätten|haben) sie (?:\w+ ){0,2}(?:interesse|lust|zeit)",
        r"(?:hättest|hast) du (?:\w+ ){0,2}(?:interesse|lust|zeit)",
        r"wie wäre es mit",
        r"wie wäre(?:'s| es)",
        r"passt (?:es )?(?:ihnen|dir|euch)",
        r"(?:würde|wäre) (?:es )?(?:ihnen|dir|euch) (?:\w+ )?(?:passen|recht)",
        r"(?:wäre|ist) (?:\w+ )?(?:möglich|recht)",
        r"wie sieht (?:es|'s) (?:bei (?:ihnen|dir|euch) )?(?:\w+ ){0,2}aus",
        r"(?:folgende|diese|welche[rn]?) termin(?:e)?",
        r"(?:schlage|schlagen) (?:ich |wir )?(?:ihnen |dir |euch )?(?:\w+ ){0,3}vor",
        r"vorschlagen",
        r"(?:ihre|deine|eure) verfügbarkeit",
        r"(?:sind|bist|seid) (?:sie|du|ihr) (?:\w+ )?(?:verfügbar|frei)",
        r"wann (?:passt|hätten|hättest|hast|haben|wäre)",
    ),
    accept_cues=(
        r"passt(?: (?:gut|mir|perfekt|sehr gut))?",
        r"gerne?",
        r"klingt (?:gut|super|perfekt|prima)",
        r"bestätigt",
        r"super",
        r"perfekt",
        r"alles klar",
        r"einverstanden",
        r"geht (?:klar|in ordnung)",
        r"in ordnung",
        r"wunderbar",
        r"abgemacht",
        r"machen wir so",
        r"bis dann",
        r"wir sehen uns",
        r"ich bin dabei",
        r"ja,? (?:gerne?|klar|passt|super|perfekt|das passt)",
        r"freue mich (?:darauf|auf (?:das|unser|unseren|den|ihren|deinen) "
        r"(?:gespräch|treffen|kennenlernen|telefonat|termin|austausch|anruf))",
    ),
    confirm_cues=(
        r"bestätig(?:e|en|t|ung)",
        r"eingeplant",
        r"vereinbart",
        r"(?:ist|sind) (?:fest )?(?:eingetragen|gebucht|geplant|angesetzt|terminiert)",
        r"findet (?:\w+ ){0,4}statt",
        r"(?:die|eine) (?:einladung|kalendereinladung|kalenderdatei) (?:folgt|kommt|ist unterwegs"
        r"|erhalten sie|bekommst du)",
        r"anbei (?:erhalten sie|bekommst du|findest du|finden sie) die einladung",
        r"(?:ist|wäre) (?:dann )?(?:abgemacht|fix)",
    ),
    decline_cues=(
        r"(?:ich |wir )?(?:kann|können) (?:da |dann |an dem tag )?(?:leider )?nicht",
        r"(?:kann|können) (?:ich|wir) (?:da |dann |an dem tag )?(?:leider )?nicht",
        r"passt (?:mir |uns |bei mir )?(?:leider )?nicht",
        r"geht (?:bei mir |bei uns )?(?:leider )?nicht",
        r"klappt (?:bei mir |bei uns )?(?:leider )?nicht",
        r"(?:habe|haben) (?:da |dann )?(?:leider )?keine zeit",
        r"(?:bin|sind) (?:da |dann )?(?:leider )?verhindert",
        r"schaffe (?:ich |es )?(?:leider )?nicht",
    ),
    cancel_cues=(
        r"abgesagt",
        r"absagen",
        r"fällt (?:\w+ )?aus",
        r"entfällt",
        r"storniert",
        r"findet (?:leider )?nicht statt",
        r"sagen? (?:ich |wir )?(?:den|das|unseren|unser|unsere|die) (?:\w+ ){0,2}ab",
    ),
    missed_cues=(
        r"(?:sorry|entschuldig(?:e|en|ung)|tut mir leid)[^.]{0,40}(?:verpasst|vergessen|nicht "
        r"geschafft|nicht dabei)",
        r"(?:habe|haben|hatte|hatten) (?:unser(?:en)? \w+|den termin|das gespräch|den call) "
        r"(?:\w+ )?verpasst",
        r"(?:sind|bist|waren|warst) (?:sie|du) nicht (?:erschienen|dazugekommen|eingewählt|"
        r"im call)",
        r"(?:können|könnten|sollen|sollten) wir es (?:noch einmal|nochmal) versuchen",
        r"(?:konnte|konnten) (?:sie|dich|euch) (?:leider )?nicht (?:anrufen|erreichen)",
        r"niemand (?:ist )?(?:beigetreten|dazugekommen|erschienen|aufgetaucht)",
        r"(?:konnte|konnten) (?:leider )?nicht (?:teilnehmen|dazukommen|erscheinen)",
        r"(?:bin|war) (?:schon )?seit [^.]{0,20}(?:im|in der|in dem) (?:call|meeting|besprechung|"
        r"teams|zoom|warteraum)",
        r"(?:verpasste|geplatzte|ausgefallene)n? (?:termin|gespräch|interview|call)",
        r"(?:war|ist) (?:schon |bereits )?niemand mehr "
        r"(?:da|im call|im meeting|in der besprechung)",
    ),
    move_cues=(
        r"verschieben",
        r"verschoben",
        r"verlegen",
        r"verlegt",
        r"vorverlegen",
        r"vorziehen",
        r"vorzuziehen",
        r"vorzuverlegen",
        r"neue[nr]? termin",
        r"(?:einen |den )?anderen termin",
        r"stattdessen",
        r"umplanen",
        r"(?:zur |um die )?gleiche(?:n)? (?:uhrzeit|zeit)",
    ),
    not_joining=(
        r"(?:ich )?(?:selbst )?(?:bin|werde) (?:selbst )?(?:beim (?:gespräch|termin|interview) )?"
        r"(?:leider )?nicht dabei(?: sein)?",
        r"ohne mich",
        r"im auftrag von",
        r"im namen von",
    ),
    joining=(
        r"mit mir",
        r"(?:rufe|ruf) (?:ich )?(?:dich|sie|euch) (?:\w+ ){0,3}an",
        r"ich (?:bin|werde) (?:auch )?dabei(?: sein)?",
        r"(?:mit )?(?:dir|ihnen|euch) (?:zu )?(?:sprechen|telefonieren)",
        r"(?:dich|sie|euch) kennenzulernen",
    ),
    participants_before=(
        r"(?:gespräch|termin|telefonat|interview|treffen|call|austausch|kennenlernen) mit",
        # the day and time between: "das Video-Interview am Montag, 08.06.2026, von 15:00 bis
        # 15:45 Uhr mit Herrn Patrick Olbrich"
        r"(?:gespräch|termin|telefonat|interview|treffen)(?:[^.!?\n]|\.(?=\d)){1,80}? mit"
        r"(?= (?:herrn?|frau|dr\.?|prof\.?) )",
        r"(?:sie|du) (?:sprechen|sprichst|treffen|triffst) mit",
        # "fragen Sie am Empfang nach Frau Keller": the one asked for is the host
        r"(?:fragen sie|frag) (?:am empfang |an der pforte )?nach",
        r"(?:das gespräch|das interview) (?:führt|führen)",
        # "Ihre Gesprächspartner sind Mag.a Eva Huber und DI Thomas Berger", "Interviewer:"
        r"(?:ihre |deine |ihr |dein )?(?:gesprächspartner|teilnehmer|interviewer)(?:in(?:nen)?)?"
        r"(?: (?:sind|ist)\b ?:?| ?:)",
        r"dabei sind ?:",
        # the verb first: "Teilnehmen werden Ing. Martina Reinprecht und ich", "Am Gespräch
        # nehmen Frau Huber und Herr Berger teil"
        r"(?:teilnehmen|dabei sein|anwesend sein) (?:werden|wird)",
        r"(?:am|an dem|beim) (?:gespräch|interview|termin|treffen) (?:nehmen|nimmt|werden|wird)",
        # "Die Auswahlkommission besteht aus:", "das Gremium setzt sich zusammen aus"
        r"(?:die |das )?(?:\w*kommission|\w*gremium|\w*jury|\w*panel) (?:besteht|bestehen) aus",
        r"(?:setzt|setzen) sich (?:zusammen )?aus",
    ),
    participants_after=(
        r"(?:wird|werden) (?:auch )?(?:dabei sein|teilnehmen|das gespräch führen)",
        r"(?:ist|sind) (?:auch )?dabei",
        r"(?:wird|werden) (?:sie|dich) (?:anrufen|interviewen|empfangen|treffen)",
        # a stand-in: "Frau Dr. Brunner übernimmt das Gespräch", "springt für ihn ein"
        r"(?:übernimmt|übernehmen|wird|werden) (?:das gespräch|das interview|den termin)"
        r"(?: übernehmen| führen)?",
        r"springt (?:für (?:ihn|sie) )?ein",
        r"(?:vertritt|wird) (?:ihn|sie) (?:vertreten)?",
        r"kommt (?:noch |auch )?dazu",
    ),
    commitments=(
        # the present of calling or getting back: "Ich meld mich spätestens Donnerstag",
        # "Ich ruf dich morgen an", "Wir kommen nächste Woche auf Sie zu"
        r"(?:ich|wir)(?= (?:meld|melde|melden|ruf|rufe|rufen|komme|kommen)\b)",
        # the verb first, the subject after it: "Die Referenzen schicke ich Ihnen bis Montag",
        # "Eine Entscheidung teilen wir Ihnen bis zum 30. April mit"
        r"(?:schicke|schick|schicken|sende|senden|melde|melden|reiche|reichen|gebe|geb|geben|"
        r"teilen|teile|rufe|ruf|rufen)(?= (?:ich|wir)\b)",
        r"(?:ich|wir|sie|er) (?:werde|werden|wird)",
        r"(?:ich|wir) (?:möchte|möchten|wollen|will|versuche|versuchen)",
        # "ich schicke Ihnen die Unterlagen bis Freitag": the present said of what one will do
        r"(?:ich|wir)(?= (?:schicke|schicken|sende|senden|leite|leiten) (?:ihnen|dir|euch)\b"
        r"[^.!?\n]{0,80}\b(?:bis|spätestens)\b)",
    ),
    news_events=(
        r"meld(?:e|en)? (?:mich|uns)",
        r"ruf(?:e|en)? (?:dich|sie|euch)\b",
        r"(?:ich|wir) (?:ihnen|dir|euch|mich|uns)\b",
        r"(?:geb|gebe|geben) (?:ihnen|dir|euch)\b",
        r"(?:komme|kommen) (?:[\w.]+ ){0,4}auf (?:sie|dich|euch) zu",
        r"melde(?:n)? (?:mich|uns)",
        r"(?:schicke|schicken|sende|senden|leite|leiten) (?:ihnen|dir|euch)\b",
        r"(?:bei (?:ihnen|dir|euch) )?melden",
        r"(?:geben|gebe) (?:ihnen|dir) (?:bis .{1,30} )?bescheid",
        r"bescheid (?:geben|sagen)",
        r"rückmeldung",
        r"entscheid(?:en|ung)",
        r"informieren",
        r"kontaktieren",
        r"anrufen",
        r"zurückrufen",
        r"zurückkommen",
    ),
    passive_news=(
        # the object first: "Eine Entscheidung werden wir bis Mitte des Monats treffen"
        r"(?:eine |die |unsere )?(?:entscheidung|rückmeldung|antwort) (?:werden|wird) (?:wir|ich)"
        r" (?:[\w.]+ ){0,8}(?:treffen|geben|schicken|senden|mitteilen)",
        # "Bis Ende der Woche hast du eine Antwort von uns", "Sie erhalten ... eine Rückmeldung"
        r"(?:sie|du) (?:erhalten|erhältst|bekommen|bekommst|hast|haben) (?:[\w.]+ ){0,5}"
        r"(?:antwort|rückmeldung|bescheid|feedback|nachricht|zusage|absage)",
        r"(?:erhalten|erhältst|bekommen|bekommst|hast|haben) (?:sie|du) (?:[\w.]+ ){0,5}"
        r"(?:antwort|rückmeldung|bescheid|feedback|nachricht|zusage|absage)",
        r"(?:du hörst|sie hören|hörst du|hören sie|ihr hört)(?: [\w.,]+){0,6} von (?:mir|uns)",
        r"(?:ich melde mich|wir melden uns)",
        r"(?:melde ich mich|melden wir uns)",
        r"und melde mich",
        r"und melden uns",
        r"(?:er|sie|wir|ich) (?:sich|uns|mich) (?:[\w.,]+ ){0,6}meld(?:et|en|e)",
        r"(?:erhalten|bekommen) sie (?:\w+ ){0,4}(?:rückmeldung|bescheid|antwort|nachricht)",
        r"(?:sie|du) (?:erhalten|erhältst|bekommen|bekommst) (?:[\w.,]+ ){0,6}(?:rückmeldung|"
        r"bescheid|antwort|nachricht|feedback)",
        r"(?:eine )?(?:entscheidung|rückmeldung) (?:\w+ ){0,4}(?:fällt|folgt|erhalten)",
        r"(?:gebe|geben) (?:ich |wir )?(?:ihnen|dir|euch) (?:[\w.,]+ ){0,6}(?:bescheid|"
        r"rückmeldung|feedback|eine antwort)",
        r"(?:komme|kommen) (?:ich |wir )?(?:[\w.,]+ ){0,6}auf (?:sie|dich|euch) zurück",
        # "wir informieren Sie", not "informieren Sie sich" (find out for yourself)
        r"(?:informiere|informieren|kontaktiere|kontaktieren) (?:ich |wir )?(?:sie|dich|euch)"
        r"(?! sich)",
        r"(?:rufe|rufen) (?:ich |wir )?(?:sie|dich|euch) (?:[\w.,]+ ){0,5}an",
        r"(?:halte|halten) (?:ich |wir )?(?:sie|dich|euch) (?:gern(?:e)? )?auf dem laufenden",
        r"(?:sie|du) (?:werden|wirst) (?:von uns )?(?:benachrichtigt|informiert|kontaktiert)",
    ),
    from_meeting=(
        r"nach (?:dem|deinem|ihrem|unserem|eurem) (?:[\w-]+ ){0,2}(?:gespräch|interview|"
        r"vorstellungsgespräch|termin|telefonat|call|treffen)",
    ),
    lengths=(r"stunden", r"tagen?", r"wochen", r"monaten?", r"einer woche"),
    asks_of_you=(
        r"bitte",
        r"könnten sie",
        r"könntest du",
        r"kannst du",
        r"können sie",
        r"würden sie",
        r"würdest du",
        r"(?:gib|geben sie) (?:mir|uns) (?:\w+ )?bescheid",
        r"(?:teilen sie|teil) (?:mir|uns)",
        r"(?:lass|lassen sie) (?:mich|uns) (?:\w+ )?wissen",
        r"melde dich",
        r"melden sie sich",
        r"(?:schick|schicke|senden sie|schicken sie) (?:mir|uns)",
        r"(?:sie|du) (?:müssen|musst|sollten|solltest)",
        r"(?:ich|wir) (?:bitte|bitten) (?:sie|dich|euch|um)",
    ),
    no_news_means_no=(
        r"(?:sollten|solltest|falls|wenn) (?:sie|du) (?:[\w.,]+ ){0,6}(?:nichts|keine "
        r"(?:nachricht|rückmeldung|antwort)) (?:von uns )?(?:hören|gehört|erhalten|bekommen)",
        r"nur (?:ausgewählte|erfolgreiche|passende) (?:bewerber|kandidaten)",
    ),
    rejections=(
        r"absage",
        # "leider ... nicht" is also "leider kann ich Freitag nicht": only what a process says
        r"leider[^.]{0,80}nicht (?:weiter (?:berücksichtigen|verfolgen)|berücksichtigen|in die "
        r"engere|für (?:sie|dich) entschieden|(?:weiter )?fortsetzen)",
        # "another candidate" alone is news of the process ("ein letztes Gespräch mit einem
        # anderen Kandidaten"), not a decision: only with one
        r"anderweitig (?:entschieden|vergeben)",
        r"mit (?:einer|einem)(?: anderen)? (?:kandidatin|kandidaten|bewerberin|bewerber) "
        r"(?:fort(?:zu)?setzen|weiter(?:zu)?führen)",
        r"(?:für|mit) (?:eine[nmr]? )?(?:andere[nmr]?|weitere[nmr]?) (?:kandidat|bewerber)"
        r"(?:in|innen|en)? (?:entschieden|fortsetzen|fortzusetzen|weiter)",
        r"nicht (?:weiter )?berücksichtigen",
        # "Wir haben uns für eine Kandidatin entschieden, deren Erfahrung ..."
        r"(?:haben|hat) (?:uns|sich) (?:nun |letztlich |schließlich |leider )?für "
        r"(?:eine[nmr]?|die|den) (?:andere[nmr]? )?(?:kandidat|bewerber)(?:in|innen|en)? "
        r"entschieden",
        r"(?:für )?(?:ihre|deine) (?:weitere )?(?:berufliche )?zukunft alles gute",
        r"nicht in die engere (?:wahl|auswahl)",
        r"anderweitig besetzt",
        r"(?:für (?:ihren|deinen) (?:weiteren )?(?:beruflichen )?(?:weg|berufsweg|werdegang)) "
        r"alles gute",
    ),
    offers=(
        r"(?:ein )?angebot (?:machen|unterbreiten)",
        r"vertragsangebot",
        r"(?:ihnen|dir) (?:die stelle|die position) anbieten",
        r"arbeitsvertrag (?:zukommen lassen|zusenden|anbei)",
    ),
    hiring_side=(
        r"bewertungsbogen",
        r"interviewleitfaden",
        r"auswahlkommission",
        r"(?:dein|ihr) feedback zu(?:m|r)? (?:den |dem |der )?(?:kandidat|kandidatin|bewerber"
        r"|bewerberin)(?:en|innen)?",
        r"die (?:kandidaten|bewerber)(?:innen)? bewerten",
        r"(?:im|ins|aus dem) bewerbermanagement",
        r"(?:gespräch|interview|vorstellungsgespräch) mit (?:dem|der|den) (?:kandidat|bewerber)",
    ),
    candidate_side=(
        r"(?:ihre|deine) (?:unterlagen|interesse an)",
        r"(?:ihr|dein) interesse an",
        r"(?:sie|dich) kennenzulernen",
        r"(?:sie|dich) (?:gern(?:e)? )?(?:zu|zum) (?:einem |einen )?(?:[\w-]+ )?(?:gespräch|"
        r"interview|vorstellungsgespräch|kennenlernen|videointerview)",
    ),
    # "Ihre" of the polite "you", not "ihre" (her, their)
    advice_sought=(
        r"(?:könnten Sie|kannst du) mir (?:einen )?(?:Rat|Tipps)",
        r"(?:Ihren|deinen) Rat",
        r"(?:Ihren|deinen) (?:Vortrag|Talk|Workshop) (?:gehört|besucht)",
    ),
    to_a_candidate=(
        r"(?-i:Ihre|Deine|deine) (?:bewerbung|bewerbungsunterlagen)",
        r"(?-i:Ihr|Dein|dein) (?:lebenslauf|vorstellungsgespräch|bewerbungsgespräch)",
    ),
    errands=(
        r"terminbestätigung",
        r"(?-i:Praxis)",
        r"rechnung",
        r"bestellung",
        r"lieferung",
        r"(?:ihre|deine) (?:bestellung|buchung|reservierung|sendung)",
        r"(?:sendungs|bestell|rechnungs|kunden)nummer",
        r"kontoauszug",
        r"lastschrift",
        r"abbuchung",
        r"abonnement",
        r"(?:zahn)?arzttermin",
        r"hausverwaltung",
        r"nebenkostenabrechnung",
    ),
    logistics=(
        r"abholung",
        r"zustellung",
        r"lieferung",
        r"installation",
        r"reparatur",
        r"handwerker",
        r"umzug",
    ),
    other_interviews=(
        r"(?:presse|radio|zeitungs|podcast|fernseh)interview(?:s)?",
        r"interview für (?:die|den|das|eine|einen|unsere[nmr]?) (?:zeitung|magazin|podcast|blog|"
        r"studie|artikel|reportage)",
        r"austrittsgespräch",
        r"eltern(?:gespräch|abend|sprechtag)",
    ),
    press_context=(
        r"journalist(?:in)?",
        r"redaktion",
        r"zeitung",
        r"zeitschrift",
        r"reportage",
        r"rundfunk",
        r"fernsehen",
        r"presse",
    ),
    hiring_context=(
        r"bewerber(?:in)?",
        r"bewerbung",
        r"lebenslauf",
        r"stellenangebot",
        r"stellenausschreibung",
        r"gehaltsvorstellung",
        r"vakanz",
        r"eintrittstermin",
    ),
    internal_work=(
        r"team-?meeting",
        r"jour fixe",
        r"wochenmeeting",
        r"rufbereitschaft",
        r"dienstplan",
        r"schichtplan",
        r"urlaubsantrag",
        r"zeiterfassung",
        r"stundenzettel",
        r"betriebsversammlung",
        r"gehaltsabrechnung",
    ),
    # before a day: "bis Freitag", "spätestens am Montag", "bis zum 27. März"; "am" alone is
    # "on", but English has "9 am Friday": only before a German weekday or a day number, and
    # never after a number
    deadline_words=(
        r"bis(?: zum| spätestens| einschließlich)?",
        r"bis (?:zum |spätestens )?(?:kommenden|nächsten)",
        r"spätestens(?: am| bis)?",
        r"spätestens (?:am )?(?:kommenden|nächsten)",
        r"(?<!\d\s)(?<!\d)(?<!\bi\s)am(?=\s+(?:" + _DAY[3:-1] + r"|\d))",
        r"vor",
    ),
    week_of=(r"(?:in )?der woche vom",),
    periods=(
        (
            r"(?:bis )?(?:zum )?ende (?:der )?(?:nächsten|kommenden|folgenden) woche|(?:bis )?ende "
            r"(?:nächster|kommender) woche",
            "end_of_next_week",
        ),
        (
            r"anfang (?:der )?(?:nächsten|kommenden) woche|anfang (?:nächster|kommender) woche|"
            r"(?:zu )?beginn der (?:nächsten|kommenden) woche",
            "early_next_week",
        ),
        (r"(?:in der |im laufe der )?übernächsten woche|übernächste woche", "week_after_next"),
        (
            r"(?:im laufe der |in der |bis zur )?(?:nächsten|kommenden|folgenden) woche|(?:nächste|"
            r"kommende) woche",
            "next_week",
        ),
        (
            r"(?:bis )?(?:zum )?ende (?:dieser|der) woche|(?:im laufe |in |noch )?dieser woche|"
            r"diese woche|im laufe der woche",
            "this_week",
        ),
        (
            r"(?:in|innerhalb) (?:der |von )?(?:den )?(?:nächsten |kommenden )?(?:zwei|2) wochen|"
            r"(?:in|innerhalb von) (?:14|vierzehn) tagen",
            "two_weeks",
        ),
        (
            r"(?:in|innerhalb) (?:der |von )?(?:den )?(?:nächsten |kommenden )?(?:drei|3) wochen",
            "three_weeks",
        ),
        (r"(?:in|innerhalb) (?:von )?einer woche", "one_week"),
        (
            r"in den (?:nächsten|kommenden) tagen|in (?:ein paar|wenigen|einigen) tagen|zeitnah",
            "few_days",
        ),
        (r"(?:bis )?(?:zum )?ende (?:des )?(?:nächsten|kommenden) monats", "end_of_next_month"),
        (
            r"(?:bis )?(?:zum )?ende (?:des|dieses) monats|(?:bis )?(?:zum )?monatsende",
            "end_of_month",
        ),
        (
            r"(?:bis )?(?:zur )?mitte (?:des|dieses) monats|(?:bis )?(?:zur )?monatsmitte",
            "mid_month",
        ),
        (r"(?:im )?(?:nächsten|kommenden) monat", "next_month"),
        # "morgen" is also the morning: not "guten Morgen", "am Morgen", "Freitag morgen"
        (
            r"(?<!guten\s)(?<!am\s)(?<!heute\s)(?<!tag\s)(?<!woch\s)(?<!jeden\s)(?<!einen\s)(?<!schönen\s)morgen",
            "tomorrow",
        ),
    ),
    applying=(
        r"(?:hiermit )?bewerbe ich mich",
        r"(?:möchte|würde) (?:mich )?(?:gerne |gern )?(?:für|um) (?:die|den|das|eine|einen) "
        r"(?:[\w-]+ ){0,4}(?:stelle|position|rolle|job) bewerben",
        r"(?:anbei|im anhang) (?:finden sie |findest du )?(?:meine|mein) (?:bewerbung|"
        r"bewerbungsunterlagen|lebenslauf|cv)",
        r"sende (?:ich )?ihnen (?:meine|mein) (?:bewerbung|bewerbungsunterlagen|lebenslauf)",
        r"initiativbewerbung",
    ),
    resume_files=(r"lebenslauf", r"cv", r"anschreiben", r"bewerbung", r"motivationsschreiben"),
    auto_reply_subjects=(
        r"automatische antwort",
        r"abwesenheitsnotiz",
        r"abwesend",
        r"nicht im büro",
        r"außer haus",
    ),
    out_of_office=(
        r"(?:bin|ist) (?:bis|vom|ab) [\w. ]{1,30} (?:nicht im büro|abwesend|im urlaub|außer haus)",
        r"nicht im büro",
        r"abwesend",
        r"im urlaub",
        r"außer haus",
        r"(?:ab|am) [\w. ]{1,20} wieder (?:im büro|erreichbar|da)",
        r"wieder (?:im büro|erreichbar|zurück)",
        r"nach meiner rückkehr",
        r"eingeschränkt(?:em)? (?:zugriff|erreichbar)",
    ),
    phone_calls=(
        r"(?:sie|dich|ihn|ihr) (?:anrufen|zurückrufen)",
        r"(?:rufe|melde) (?:ich )?(?:sie|dich|mich)? ?(?:an|telefonisch)",
    ),
)
