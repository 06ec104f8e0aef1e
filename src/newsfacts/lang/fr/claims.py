"""French words that introduce, attribute or rule out a claim (read by newsfacts_claims)."""

from . import companies

# Lemmas of the verbs that report a statement: "X a annoncé que …", "« … », a affirmé X";
# hopes, fears and praise too when a clause or a quotation follows ("espère que …", "a salué
# « une excellente nouvelle »"; "ont salué la décision" states nothing).
REPORTING_VERBS = frozenset(
    [
        "admettre",
        "affirmer",
        "ajouter",
        "alerter",
        "annoncer",
        "anticiper",
        "argumenter",
        "assurer",
        "avancer",
        "avertir",
        "avouer",
        "commenter",
        "conclure",
        "confier",
        "confirmer",
        "considérer",
        "constater",
        "craindre",
        "croire",
        "dire",
        "déclarer",
        "démentir",
        "dénoncer",
        "déplorer",
        "détailler",
        "dévoiler",
        "espérer",
        "estimer",
        "exclamer",
        "expliquer",
        "féliciter",
        "glisser",
        "indiquer",
        "insister",
        "ironiser",
        "juger",
        "justifier",
        "lancer",
        "marteler",
        "mentionner",
        "nier",
        "noter",
        "nuancer",
        "observer",
        "penser",
        "plaider",
        "poster",
        "poursuivre",
        "promettre",
        "préciser",
        "prédire",
        "prévenir",
        "prévoir",
        "raconter",
        "rappeler",
        "réagir",
        "reconnaître",
        "regretter",
        "relativiser",
        "relever",
        "réaffirmer",
        "répliquer",
        "répondre",
        "répéter",
        "réjouir",
        "résumer",
        "rétorquer",
        "révéler",
        "saluer",
        "signaler",
        "souffler",
        "souligner",
        "soutenir",
        "trancher",
        "tweeter",
        "twitter",
        "écrire",
        "évoquer",
        # a witness's account: « … », témoigne une infirmière
        "témoigner",
        # the incises of regional and sports news: « … », sourit son directeur; « … », a
        # savouré l'entraîneur; X conteste « une présentation à charge »
        "sourire",
        "savourer",
        "contester",
    ]
)

# Reporting verbs whose object is whom it was said to, not what: none in French, which
# names the listener with "à" ("a dit à Reuters").
ADDRESSEE_VERBS: frozenset[str] = frozenset()

# Endings of a form the lemmatizer gave back unchanged, and what turns it into its lemma,
# tried in this order: a present ("estime" → "estimer"), and a participle the tagger read as
# a noun after the clitic of an incise ("« … », a-t-elle résumé": "résumé" → "résumer").
LEMMA_REPAIRS = {"": "r", "é": "er", "it": "ire"}

# Reporting verbs whose noun object is itself the statement:
# "Microsoft a annoncé son intention d'investir …" (but not "a écrit un livre").
STATEMENT_OBJECT_VERBS = frozenset(
    [
        "annoncer",
        "confirmer",
        "démentir",
        "dénoncer",
        "prédire",
        "promettre",
        "reconnaître",
        "révéler",
    ]
)
# Marks that end a statement object: what follows opens another part of the sentence
# ("dénonce « une décision purement financière » : selon elle, …").
OBJECT_END_MARKS = (":", ";")

# Verbs of advice and demand: coordinated after a reported clause with no subject of their
# own, they are the speaker's next act, not part of what was said ("jugeait que la
# prévision était optimiste et recommandait de relever les impôts").
ADVICE_VERBS = frozenset(
    ["appeler", "conseiller", "demander", "exhorter", "inviter", "préconiser", "recommander",
     "réclamer"]
)  # fmt: skip

# Verbs of judgment whose object and the adjective they give it state the judgment: "a jugé
# la prévision de croissance « un peu élevée »".
JUDGMENT_VERBS = frozenset(["juger", "estimer", "trouver"])

# A verb and the infinitive after it that report together: "EDF a fait savoir que …", and
# the cue they give.
REPORTING_PERIPHRASES = {
    ("faire", "savoir"): "faire savoir",
    ("faire", "valoir"): "faire valoir",
    ("faire", "remarquer"): "faire remarquer",
    ("faire", "observer"): "faire observer",
    ("laisser", "entendre"): "laisser entendre",
    ("laisser", "penser"): "laisser penser",
}

# Words that mark an infinitive as a plan, an order or a promise rather than a statement:
# "a promis de baisser les impôts" (a bare infinitive states: "a affirmé soutenir les
# revendications", "a annoncé avoir bouclé une levée de fonds").
INFINITIVE_MARKS = frozenset({"de", "d'", "d’", "à"})
# Reporting verbs whose bare infinitive is an intention, not a statement: "pense investir".
INTENTION_VERBS = frozenset({"espérer", "penser", "prévoir"})

# (verb lemma, object lemma) pairs that are idioms, not statements: "annoncer la couleur".
IDIOMS = frozenset(
    {
        ("annoncer", "couleur"),
        ("dire", "mot"),
        ("dire", "adieu"),
        ("dire", "merci"),
        ("écrire", "page"),
        ("écrire", "histoire"),
        ("révéler", "jour"),
    }
)

# Words that open a reported clause: "a annoncé que …", "a précisé qu'elle …".
COMPLEMENTIZERS = frozenset({"que", "qu'", "qu’"})

# Words before "que" that make it a conjunction of purpose, time or cause, not the opening of
# a reported clause: "a plaidé pour une réforme pour qu'elle soit adaptée", "afin que".
CONJUNCTION_HEADS = frozenset(
    {"pour", "afin", "avant", "sans", "parce", "bien", "alors", "tandis", "dès", "pendant",
     "après", "depuis", "lors", "pourvu", "sauf", "malgré"}
)  # fmt: skip

# Words that open an indirect question, which states nothing: "n'a pas dit combien de postes …".
QUESTION_WORDS = frozenset({"combien", "comment", "pourquoi", "quand", "si"})

# Word sequences (lower case, as tokenised) that attribute a statement to what follows them,
# and the cue they give: "selon Reuters, …", "d'après les analystes, …".
SOURCE_MARKERS = {
    ("selon",): "selon",
    ("d'", "après"): "d'après",
    ("d’", "après"): "d'après",
}
# Markers that attribute only at the head of a sentence, before a comma: "Pour Christine
# Lagarde, « l'inflation est sous contrôle »" (not "Il a investi pour Amazon", nor "Pour la
# première fois, …", whose noun cannot speak).
OPENING_SOURCE_MARKERS = {("pour",): "pour"}
# Conjunctions that may open the sentence before such a marker: "Mais pour l'économiste X,
# « … »" attributes as "Pour X" does.
OPENING_CONJUNCTIONS = frozenset({"et", "mais", "or"})

# Words that, after a comma, open the writer's own contrast, not the reported clause:
# "…, tandis qu'Amazon a déclaré …".
CONTENT_BREAKS = frozenset({"alors", "mais", "tandis"})
# Words that open a gerund after a comma, the speaker's act and not the reported clause:
# "a indiqué que la situation restait difficile, tout en assurant que …".
GERUND_MARKERS = frozenset({("en",), ("tout", "en")})

# Prepositions of the time of a saying that the parser hangs on the reported clause: none,
# as the French stock model labels no time entities.
SAYING_TIME_PREPOSITIONS = frozenset()

# Impersonal verbs whose subject is no speaker: "Il faut noter que …".
IMPERSONAL_VERBS = frozenset({"falloir"})

# Negation words on a reporting verb: "n'a pas confirmé que …".
NEGATIONS = frozenset({"pas", "jamais", "nullement", "aucunement", "guère", "point"})

# Personal pronouns a speaker can be named by: the kinds of referent they can stand for and
# the gender they require ("Il a souligné que …" → the last man or person of unknown gender).
PRONOUNS = {
    "il": {"kinds": ("person",), "gender": "Masc"},
    "elle": {"kinds": ("person", "organization"), "gender": "Fem"},
    "lui": {"kinds": ("person",), "gender": "Masc"},
    "ils": {"kinds": ("organization",), "gender": None},
    "elles": {"kinds": ("organization",), "gender": None},
    "eux": {"kinds": ("organization",), "gender": None},
}

# French gender is grammatical: the pronoun of an incise may stand for a firm or a body of
# its gender ("Le groupe Renault a dégagé …, a-t-il annoncé"), unlike an English "he".
GRAMMATICAL_GENDER = True

# Relative pronouns whose antecedent is the speaker: "Meta, qui a annoncé que …".
RELATIVE_PRONOUNS = frozenset({"qui"})

# Impersonal subjects that speak for the place named in their clause: "Chez Airbus, on
# estime que …" is Airbus, "Au ministère, on rappelle que …" the ministry; with no such
# place ("On estime que …") nobody is named.
IMPERSONAL_SUBJECTS = frozenset({"on"})
# The prepositions of that place (as written), and the nouns whose complement is the place:
# "Du côté de Renault, on indique que …".
HOST_PREPOSITIONS = frozenset({"chez", "à", "au", "aux"})
HOST_NOUNS = frozenset({"côté"})

# Nouns of a firm named by what it makes, standing for its owner: none in French, whose
# "le fabricant de …" the parse reads as the trade.
MAKER_NOUNS: frozenset[str] = frozenset()
# Nouns that name an organisation already mentioned ("la société a précisé que …"), and
# nouns naming a person by role ("le ministre a déclaré que …").
ORGANIZATION_NOUNS = frozenset(
    [
        "armateur",
        "assureur",
        "avionneur",
        "banque",
        "brasseur",
        "compagnie",
        "conglomérat",
        "constructeur",
        "coopérative",
        "direction",
        "distributeur",
        "électricien",
        "énergéticien",
        "enseigne",
        "entreprise",
        "éditeur",
        "équipementier",
        "fabricant",
        "fintech",
        "firme",
        "fournisseur",
        "géant",
        "groupe",
        "laboratoire",
        "motoriste",
        "opérateur",
        "panéliste",
        "pépite",
        "pétrolier",
        "réassureur",
        "sidérurgiste",
        "start-up",
        "startup",
        "société",
        "transporteur",
    ]
)
# Nouns of newspapers, magazines and broadcasters: the title after them ("le quotidien Le
# Monde a révélé que …"), else the last title named ("Le quotidien affirme que …").
PRESS_NOUNS = frozenset(
    [
        "bimensuel",
        "hebdomadaire",
        "journal",
        "magazine",
        "mensuel",
        "quotidien",
        "radio",
        "revue",
        "télévision",
    ]
)
# Nouns of bodies that name themselves: "le gouvernement français a indiqué que …".
BODY_NOUNS = frozenset(
    [
        "agence",
        "armée",
        "association",
        "autorité",
        "autorités",
        "cabinet",
        "commission",
        "exécutif",
        "fédération",
        "gendarme",
        "gouvernement",
        "institut",
        "justice",
        "mairie",
        "ministère",
        "municipalité",
        "ong",
        "opposition",
        "parlement",
        "parquet",
        "parti",
        "police",
        "préfecture",
        "régulateur",
        "syndicat",
        "syndicats",
        "tribunal",
        # the bodies of a town and a département in regional news: "Selon l'intersyndicale,
        # …", "Le club lorrain a précisé que …", "Le conseil départemental a annoncé …"
        "intersyndicale",
        "club",
        "collectif",
        "comité",
        "conseil",
        "amicale",
        "union",
        "section",
        "coopérative",
        "chambre",
        "communauté",
        "département",
        "région",
        "commune",
        "ville",
        "hôpital",
        "établissement",
        "collège",
        "lycée",
        "école",
        "rectorat",
    ]
)
# Body nouns that, bare and definite, refer back to the last body named, whatever its name:
# "L'Autorité des marchés financiers a ouvert une enquête … Le régulateur a indiqué …".
BODY_ANAPHORS = frozenset(["agence", "autorité", "exécutif", "régulateur"])
# Prepositions after a number or pronoun that name the group a speaker is one of: none
# in French ("l'un des analystes" is parsed as the group's own phrase).
PARTITIVE_PREPOSITIONS: frozenset[str] = frozenset()
PERSON_NOUNS = frozenset(
    [
        "ambassadeur",
        "analyste",
        "avocat",
        "banquier",
        "banquière",
        "cadre",
        "chef",
        "chercheur",
        "commissaire",
        "conseiller",
        "conseillère",
        "consultant",
        "consultante",
        "cofondateur",
        "cofondatrice",
        "délégué",
        "déléguée",
        "directeur",
        "directrice",
        "dirigeant",
        "député",
        "expert",
        "fondateur",
        "fondatrice",
        "gérant",
        "gérante",
        "gouverneur",
        "juge",
        "maire",
        "ministre",
        "médecin",
        "négociateur",
        "négociatrice",
        "observateur",
        "ouvrier",
        "ouvrière",
        "patron",
        "patronne",
        "pdg",
        "porte-parole",
        "procureur",
        "président",
        "présidente",
        "représentant",
        "représentante",
        "responsable",
        "salarié",
        "salariée",
        "scientifique",
        "secrétaire",
        "spécialiste",
        "sénateur",
        "stratégiste",
        "syndicaliste",
        "témoin",
        "économiste",
        "élu",
        # the people regional news quotes: a coach, a head teacher, a nurse, a farmer, an
        # officer of a fire brigade, a defendant
        "entraîneur",
        "entraîneuse",
        "entraineur",
        "principal",
        "principale",
        "proviseur",
        "proviseure",
        "infirmier",
        "infirmière",
        "trésorier",
        "trésorière",
        "procureure",
        "avocate",
        "capitaine",
        "joueur",
        "joueuse",
        "agriculteur",
        "agricultrice",
        "éleveur",
        "éleveuse",
        "céréalier",
        "habitant",
        "habitante",
        "riverain",
        "riveraine",
        "bénévole",
        "adjoint",
        "adjointe",
        "élue",
        "professeur",
        "professeure",
        "enseignant",
        "enseignante",
        "lieutenant",
        "colonel",
        "commandant",
        "retraité",
        "retraitée",
        "prévenu",
        "prévenue",
        "maire-adjoint",
        "députée",
        "sénatrice",
        "vice-président",
        "vice-présidente",
        "trésorier",
        # the people political and judicial news quotes: a party's coordinator, a bill's or
        # a committee's rapporteur, a member of the European Parliament, a prefect
        "coordinateur",
        "coordinatrice",
        "rapporteur",
        "rapporteure",
        "eurodéputé",
        "eurodéputée",
        "préfet",
        # the people encyclopedic text quotes: an editor, a journalist, a historian, a
        # broker, an inspector, a rector
        "rédacteur",
        "rédactrice",
        "journaliste",
        "historien",
        "historienne",
        "courtier",
        "courtière",
        "inspecteur",
        "inspectrice",
        "recteur",
        "rectrice",
        # and the investigators and police officers whom affairs are told after
        "enquêteur",
        "enquêtrice",
        "policier",
        "policière",
        "gendarme",
        "préfète",
        "magistrat",
        "magistrate",
        # the people regional news quotes at a ceremony, a church, a race: a sub-prefect, a
        # bishop, a priest, a rector, an architect, the winner
        "sous-préfet",
        "sous-préfète",
        "évêque",
        "curé",
        "abbé",
        "prêtre",
        "recteur",
        "rectrice",
        "architecte",
        "vainqueur",
        "lauréat",
        "lauréate",
    ]
)
# Nouns of a firm named by what it owns: "Le propriétaire de Gucci et de Saint Laurent a
# prévenu que …" is the firm named before them (Kering), not Gucci.
OWNER_NOUNS = frozenset(["propriétaire", "maison-mère", "maison mère"])
# Nouns of a firm named through its parent: "…, a précisé la filiale de Bouygues" is the
# firm of the story that Bouygues owns (Bouygues Construction), not Bouygues.
SUBSIDIARY_NOUNS = frozenset(["filiale"])
# Nouns of the people around someone, who speak for that person: "a expliqué son entourage"
# (the person the possessive stands for), "l'entourage du ministre" (the minister).
ENTOURAGE_NOUNS = frozenset(["entourage"])
# Role nouns of people who speak for a firm or a body: "a indiqué un porte-parole
# d'Engie" is Engie speaking.
SPOKESPERSON_NOUNS = frozenset(["porte-parole"])
# Nouns that describe a person already named rather than a role: a bare definite one
# refers back to the last person, as a pronoun does ("le milliardaire a précisé que …"
# after "Bernard Arnault a assuré …").
EPITHET_NOUNS = frozenset(
    [
        "dirigeant",
        "dirigeante",
        "entrepreneur",
        "entrepreneuse",
        "héritier",
        "héritière",
        "industriel",
        "investisseur",
        "magnat",
        "milliardaire",
        "octogénaire",
        "quadragénaire",
        "quinquagénaire",
        "septuagénaire",
        "sexagénaire",
    ]
)
# Lemmas of the participles whose agent made a source, its owner: "selon les chiffres
# publiés par l'Insee", "une étude réalisée par Ipsos" (not "une note consultée par l'AFP").
SOURCE_MAKING_VERBS = frozenset(
    [
        "publier",
        "compiler",
        "diffuser",
        "fournir",
        "réaliser",
        "mener",
        "établir",
        "rédiger",
        "commander",
        "produire",
        "conduire",
        "effectuer",
        "présenter",
        "dévoiler",
        "signer",
    ]
)
# Nouns of documents and sources that carry a statement: "selon le rapport", "d'après une
# source proche du dossier"; the speaker is who they belong to, when the text says.
SOURCE_NOUNS = frozenset(
    [
        "analyse",
        "annonce",
        "article",
        "audit",
        "avis",
        "bilan",
        "billet",
        "blog",
        "calcul",
        "chiffre",
        "communiqué",
        "contrôle",
        "déclaration",
        "décompte",
        "dépêche",
        "document",
        "donnée",
        "données",
        "enquête",
        "entretien",
        "estimation",
        "étude",
        "évaluation",
        "expertise",
        "information",
        "inspection",
        "journal",
        "lettre",
        "média",
        "message",
        "note",
        "personne",
        "presse",
        "prévision",
        "projection",
        "publication",
        "rapport",
        "sondage",
        "source",
        "statistique",
        "témoignage",
        "tweet",
    ]
)

# Source nouns of people, not documents: a bare definite one never stands for the document
# of the last organisation that spoke ("selon la source", after "selon une source proche du
# dossier", names nobody).
HUMAN_SOURCE_NOUNS = frozenset(["personne", "source"])

# Prepositions of whom a source spoke to, who is not its owner: "ont dit des sources à Reuters".
# (the companies data's addressee prepositions, which mark whom a place's act is aimed at)
ADDRESSEE_PREPOSITIONS = frozenset(companies.ADDRESSEE_PREPOSITIONS)

# Adjectives of a source near someone, who is not its owner (lemmas): "selon une source proche
# de Renault".
CLOSE_WORDS = frozenset(("proche", "familier"))

# Titles that give a person's gender: "M. Dupont", "Mme Martin".
HONORIFICS = {"m.": "Masc", "mme": "Fem", "mlle": "Fem", "madame": "Fem", "monsieur": "Masc"}

# The voice a body speaks through, with its preposition: "L'opposition, par la voix
# d'Élodie Rouyer, a regretté …" is Élodie Rouyer speaking.
VOICE_NOUNS = frozenset({"voix"})
VOICE_PREPOSITIONS = frozenset({"par"})
# A mark after a quotation's closing one that opens an explanation, not its attribution:
# "dénonce « une décision financière » : selon elle, …".
EXPLANATION_MARKS = (":",)
# Quotation marks, opening and closing.
QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
