"""newsfacts_claims: who said what, on real sentence shapes in French and English."""

import json
import re

import pytest
from spacy.tokens import DocBin

from newsfacts.links import link_claims
from newsfacts.records import Amount, Claim, Company, Mention, YearMention

from .conftest import FIXTURES, shared_path

# (id, text, [(speaker name or None, cue, content, quote)])
FRENCH = [
    # a participle after an incise that the parser hangs on the quoted clause: the incise's
    # subject speaks (fr-health-1)
    (
        "participle-after-an-incise",
        "« Le profil de sécurité du Dexoral a toujours été transparent », a répondu le "
        "laboratoire Merelis Pharma dans un communiqué, ajoutant qu'il « coopère pleinement "
        "avec les autorités ».",
        [
            (
                "Merelis Pharma",
                "répondre",
                "Le profil de sécurité du Dexoral a toujours été transparent",
                "direct",
            ),
            (
                "Merelis Pharma",
                "ajouter",
                "il « coopère pleinement avec les autorités »",
                "indirect",
            ),
        ],
    ),
    # no incise between: the participle's own clause is the main verb's, as before
    (
        "participle-after-the-main-clause",
        "« Nous ne fermerons aucune usine », a déclaré Paul Hudson, précisant que les effectifs "
        "seraient maintenus.",
        [
            ("Paul Hudson", "déclarer", "Nous ne fermerons aucune usine", "direct"),
            ("Paul Hudson", "préciser", "les effectifs seraient maintenus", "indirect"),
        ],
    ),
    # the people encyclopedic text quotes, by a role noun before or after their name
    (
        "an-editor-in-chief-before-his-name",
        "Le rédacteur en chef Paul Kerjean a déclaré que le titre resterait nantais.",
        [("Paul Kerjean", "déclarer", "le titre resterait nantais", "indirect")],
    ),
    (
        "a-broker-named-in-the-sentence-before",
        "L'enquête mit en cause un courtier, Thomas Lenoir. Le courtier soutint devant la cour "
        "d'appel qu'il avait seulement exécuté des ordres.",
        [("Thomas Lenoir", "soutenir", "il avait seulement exécuté des ordres", "indirect")],
    ),
    (
        "according-to-the-investigators",
        "Selon les enquêteurs, les comptes rendus étaient transmis au directeur de cabinet.",
        [
            (
                "enquêteurs",
                "selon",
                "les comptes rendus étaient transmis au directeur de cabinet",
                "indirect",
            )
        ],
    ),
    (
        "police-officers-who-say-nothing",
        "Les policiers ont interpellé le suspect devant la gare.",
        [],
    ),
    (
        "a-rector-without-a-name",
        "Le recteur a annoncé que la Sorbonne serait fermée.",
        [("recteur", "annoncer", "la Sorbonne serait fermée", "indirect")],
    ),
    # the people political news quotes, named in apposition after their role noun
    (
        "a-party-coordinator-in-apposition",
        "Sa coordinatrice, Léa Fontaine, a affirmé que l'alliance ne survivrait pas à l'été.",
        [("Léa Fontaine", "affirmer", "l'alliance ne survivrait pas à l'été", "indirect")],
    ),
    (
        "a-member-of-the-european-parliament-in-apposition",
        "Son eurodéputé, Marc Oster, a estimé que le texte affaiblissait les agriculteurs.",
        [("Marc Oster", "estimer", "le texte affaiblissait les agriculteurs", "indirect")],
    ),
    (
        "a-prefect-after-the-time-of-saying",
        "Aucun blessé n'est à déplorer, a précisé dimanche soir le préfet.",
        [("préfet", "préciser", "Aucun blessé n'est à déplorer", "indirect")],
    ),
    (
        "a-body-whose-name-opens-on-a-bank-noun",
        "La Banque de France a souligné que la croissance ralentirait en 2026.",
        [("Banque de France", "souligner", "la croissance ralentirait en 2026", "indirect")],
    ),
    (
        "selon-a-body-noun-and-its-apposition",
        "Selon le syndicat, la CGT, le plan concernera surtout les fonctions support.",
        [("CGT", "selon", "le plan concernera surtout les fonctions support", "indirect")],
    ),
    (
        "of-two-subjects-the-name",
        "Le constructeur, Stellantis, a annoncé qu'il fermerait l'usine de Poissy en 2026.",
        [("Stellantis", "annoncer", "il fermerait l'usine de Poissy en 2026", "indirect")],
    ),
    (
        "a-trade-noun-after-the-time-of-saying-and-before-a-relative-clause",
        "Valeo va supprimer 800 postes en Europe, a annoncé mardi l'équipementier automobile, "
        "qui prévoit d'investir 2 milliards d'euros.",
        [("Valeo", "annoncer", "Valeo va supprimer 800 postes en Europe", "indirect")],
    ),
    (
        "a-role-noun-after-the-time-of-saying",
        "Les ventes ont reculé de 3 %, a précisé hier soir le directeur financier.",
        [("directeur financier", "préciser", "Les ventes ont reculé de 3 %", "indirect")],
    ),
    (
        "an-adverbial-phrase-between-aux-and-verb",
        "Michelin, son concurrent, a pour sa part indiqué qu'il maintenait ses objectifs annuels.",
        [("Michelin", "indiquer", "il maintenait ses objectifs annuels", "indirect")],
    ),
    (
        "the-name-before-an-apposition-the-parser-makes-the-subject",
        "Valeo, le concurrent de Forvia, a de son côté confirmé qu'il fermerait deux usines.",
        [("Valeo", "confirmer", "il fermerait deux usines", "indirect")],
    ),
    (
        "a-persons-name-before-an-apposition-the-parser-makes-the-subject",
        "Florent Menegaux, le président du groupe, a affirmé que les objectifs seraient tenus.",
        [("Florent Menegaux", "affirmer", "les objectifs seraient tenus", "indirect")],
    ),
    (
        "a-noun-of-the-quotation-is-no-speaker",
        "« Cette fermeture est une décision douloureuse mais nécessaire », a déclaré à l'AFP "
        "le directeur du site, Thomas Girard.",
        [
            (
                "Thomas Girard",
                "déclarer",
                "Cette fermeture est une décision douloureuse mais nécessaire",
                "direct",
            )
        ],
    ),
    (
        "reagir-attributes-a-quotation",
        "« Nous sommes abasourdis par cette annonce », a réagi Sophie Martin, déléguée CGT du "
        "site, jointe par téléphone.",
        [("Sophie Martin", "réagir", "Nous sommes abasourdis par cette annonce", "direct")],
    ),
    (
        "se-rejouir-attributes-a-quotation",
        "« C'est un signal fort envoyé aux investisseurs », s'est réjoui le ministre de "
        "l'Industrie.",
        [
            (
                "ministre de l'Industrie",
                "réjouir",
                "C'est un signal fort envoyé aux investisseurs",
                "direct",
            )
        ],
    ),
    (
        "faire-savoir-que",
        "Le constructeur Stellantis a fait savoir qu'il ne commenterait pas ces informations.",
        [("Stellantis", "faire savoir", "il ne commenterait pas ces informations", "indirect")],
    ),
    (
        "faire-savoir-after-an-aside",
        "Les prix de gros ont reculé. Engie, pour sa part, a fait savoir que ses offres "
        "baisseraient en mars.",
        [("Engie", "faire savoir", "ses offres baisseraient en mars", "indirect")],
    ),
    (
        "laisser-entendre-que",
        "La gouverneure, Anne Martin, a laissé entendre qu'une baisse des taux était possible.",
        [("Anne Martin", "laisser entendre", "une baisse des taux était possible", "indirect")],
    ),
    (
        "relativiser-in-an-incise",
        "« Ce recul reste modeste », a relativisé Paul Girard, directeur général de Fnac Darty.",
        [("Paul Girard", "relativiser", "Ce recul reste modeste", "direct")],
    ),
    (
        "reassureur-names-the-firm",
        "Le réassureur Scor a indiqué que la facture des inondations serait élevée.",
        [("Scor", "indiquer", "la facture des inondations serait élevée", "indirect")],
    ),
    (
        "faire-savoir-past-an-adverb",
        "Le groupe Renault a par ailleurs fait savoir qu'il ne verserait pas de dividende.",
        [("Renault", "faire savoir", "il ne verserait pas de dividende", "indirect")],
    ),
    (
        "a-spokesperson-speaks-for-the-firm",
        "« Les livraisons reprendront lundi », a indiqué un porte-parole de Renault. Une "
        "porte-parole de la SNCF a précisé que deux trains sur trois circuleraient.",
        [
            ("Renault", "indiquer", "Les livraisons reprendront lundi", "direct"),
            ("SNCF", "préciser", "deux trains sur trois circuleraient", "indirect"),
        ],
    ),
    (
        "le-dirigeant-is-the-last-leader",
        "« L'usine restera ouverte », a assuré Luc Vidal, directeur général de Fives. Le "
        "dirigeant a ajouté que les salaires seraient maintenus.",
        [
            ("Luc Vidal", "assurer", "L'usine restera ouverte", "direct"),
            ("Luc Vidal", "ajouter", "les salaires seraient maintenus", "indirect"),
        ],
    ),
    (
        "le-pdg-du-groupe-is-the-last-speaker-without-a-role",
        "« Nous restons confiants », a déclaré François Pinault lors de l'assemblée. Le PDG "
        "du groupe a indiqué que le dividende serait maintenu.",
        [
            ("François Pinault", "déclarer", "Nous restons confiants", "direct"),
            ("François Pinault", "indiquer", "le dividende serait maintenu", "indirect"),
        ],
    ),
    (
        "le-pdg-du-groupe-is-not-the-analyst",
        "« Le titre est sous-évalué », a estimé Anne Roux, analyste chez Oddo BHF. Le PDG du "
        "groupe a indiqué que le dividende serait maintenu.",
        [
            ("Anne Roux", "estimer", "Le titre est sous-évalué", "direct"),
            ("PDG du groupe", "indiquer", "le dividende serait maintenu", "indirect"),
        ],
    ),
    (
        "a-firms-trade-noun-before-its-name",
        "Selon le cabinet EY, les levées de fonds ont reculé de 20 % cette année.",
        [("EY", "selon", "les levées de fonds ont reculé de 20 % cette année", "indirect")],
    ),
    (
        "the-press-release-is-the-last-firm-that-spoke",
        "Airbus a annoncé mardi qu'il livrerait 820 avions cette année. Selon le communiqué, "
        "la production de l'A320 atteindra 75 appareils par mois en 2027.",
        [
            ("Airbus", "annoncer", "il livrerait 820 avions cette année", "indirect"),
            (
                "Airbus",
                "selon",
                "la production de l'A320 atteindra 75 appareils par mois en 2027",
                "indirect",
            ),
        ],
    ),
    (
        "a-name-read-as-foreign-words-speaks",
        "Standard Chartered a annoncé jeudi que son bénéfice avait progressé de 12 %.",
        [("Standard Chartered", "annoncer", "son bénéfice avait progressé de 12 %", "indirect")],
    ),
    (
        "que-far-after-the-verb",
        "Air France-KLM a indiqué lundi dans un document transmis à l'Autorité des marchés "
        "financiers qu'elle rachèterait ses obligations.",
        [("Air France-KLM", "indiquer", "elle rachèterait ses obligations", "indirect")],
    ),
    (
        "a-relative-que-is-no-complementizer",
        "La ministre expliquait cette hausse par la crise que traverse le secteur.",
        [],
    ),
    (
        "a-descriptor-speaks-for-its-firm",
        "LVMH a publié ses comptes. Le numéro un mondial du luxe a vu ses ventes reculer, a-t-il "
        "précisé.",
        [("LVMH", "préciser", "Le numéro un mondial du luxe a vu ses ventes reculer", "indirect")],
    ),
    (
        "the-firm-before-its-bosss-name",
        "Le patron de Tesla Elon Musk a affirmé que les livraisons allaient rebondir. Le "
        "président de China Eastern Airlines Liu Shaoyong a déclaré que la flotte serait "
        "renouvelée.",
        [
            ("Elon Musk", "affirmer", "les livraisons allaient rebondir", "indirect"),
            ("Liu Shaoyong", "déclarer", "la flotte serait renouvelée", "indirect"),
        ],
    ),
    (
        "le-groupe-and-its-name-is-the-firm-not-its-founder",
        "Le groupe Bolloré a annoncé que Vincent Bolloré quitterait la présidence.",
        [("Bolloré", "annoncer", "Vincent Bolloré quitterait la présidence", "indirect")],
    ),
    (
        "the-news-agency-is-not-the-firm",
        "Valeo va supprimer 800 postes, a annoncé mardi l'équipementier. Un délégué a "
        "indiqué à l'AFP que les salariés étaient inquiets. La direction a assuré que des "
        "reclassements seraient proposés.",
        [
            ("Valeo", "annoncer", "Valeo va supprimer 800 postes", "indirect"),
            ("délégué", "indiquer", "les salariés étaient inquiets", "indirect"),
            ("Valeo", "assurer", "des reclassements seraient proposés", "indirect"),
        ],
    ),
    (
        "plural-trade-noun-is-the-trade",
        "Carrefour a baissé ses prix. Les distributeurs estiment que la guerre des prix durera.",
        [("distributeurs", "estimer", "la guerre des prix durera", "indirect")],
    ),
    (
        "a-subject-after-a-paragraph-break",
        "Les fournisseurs alternatifs suivront dans les prochains mois.\nEngie, de son côté, a "
        "fait savoir que ses tarifs baisseraient.",
        [("Engie", "faire savoir", "ses tarifs baisseraient", "indirect")],
    ),
    (
        "our-information-is-the-writers",
        "Renault a annoncé qu'il fermerait l'usine. Selon nos informations, le site sera "
        "vendu à un groupe chinois.",
        [
            ("Renault", "annoncer", "il fermerait l'usine", "indirect"),
            (None, "selon", "le site sera vendu à un groupe chinois", "indirect"),
        ],
    ),
    (
        "a-firm-read-as-a-person-is-no-one",
        "« Nous accélérons notre croissance », a déclaré Arthur Mensch. Son chiffre d'affaires "
        "reste modeste. Il progresse pourtant très vite. Le fonds Andreessen Horowitz a remis "
        "au pot. Le dirigeant a assuré que les recrutements continueraient.",
        [
            ("Arthur Mensch", "déclarer", "Nous accélérons notre croissance", "direct"),
            ("Arthur Mensch", "assurer", "les recrutements continueraient", "indirect"),
        ],
    ),
    (
        "a-gerund-after-a-comma-is-the-speakers-act",
        "Le directeur financier a indiqué que la demande restait « fragile », tout en "
        "assurant que le carnet de commandes était plein.",
        [
            ("directeur financier", "indiquer", "la demande restait « fragile »", "indirect"),
            ("directeur financier", "assurer", "le carnet de commandes était plein", "indirect"),
        ],
    ),
    (
        "an-incise-the-parser-makes-a-complement-clause",
        "La ministre du Travail, Catherine Vautrin, a reçu les syndicats. L'État entend "
        "demander à l'entreprise de rembourser une partie des aides perçues, a-t-elle précisé "
        "sur France Inter.",
        [
            (
                "Catherine Vautrin",
                "préciser",
                "L'État entend demander à l'entreprise de rembourser une partie des aides perçues",
                "indirect",
            )
        ],
    ),
    (
        "a-bare-infinitive-states",
        "La banque a publié ses comptes. Elle a annoncé jeudi avoir finalisé la cession de sa "
        "filiale polonaise. Le syndicat affirme ne pas avoir été consulté.",
        [
            (None, "annoncer", "avoir finalisé la cession de sa filiale polonaise", "indirect"),
            ("syndicat", "affirmer", "ne pas avoir été consulté", "indirect"),
        ],
    ),
    (
        "an-infinitive-after-de-is-a-promise",
        "Le ministre a promis de réduire le déficit. Le groupe pense investir en Inde.",
        [],
    ),
    (
        "clause-the-parser-hangs-on-a-noun-of-the-verb",
        "Google a été condamné. Le groupe américain a indiqué dans un billet de blog qu'il "
        "avait choisi de régler le dossier.",
        [("Google", "indiquer", "il avait choisi de régler le dossier", "indirect")],
    ),
    (
        "a-bodys-nickname-names-itself",
        "La filiale d'Alphabet n'a pas contesté les faits, a précisé le gendarme de la "
        "concurrence dans un communiqué.",
        [
            (
                "gendarme de la concurrence",
                "préciser",
                "La filiale d'Alphabet n'a pas contesté les faits",
                "indirect",
            )
        ],
    ),
    (
        "inverted-speaker-with-an-apposition",
        "« Le marché français reste le plus concurrentiel d'Europe », a souligné Martin "
        "Bouygues, le PDG du conglomérat familial, lors d'une audition au Sénat.",
        [
            (
                "Martin Bouygues",
                "souligner",
                "Le marché français reste le plus concurrentiel d'Europe",
                "direct",
            )
        ],
    ),
    (
        "pour-at-the-head-of-a-sentence-with-an-apposition",
        "Pour Christine Lagarde, présidente de la BCE, « l'inflation est sous contrôle ».",
        [("Christine Lagarde", "pour", "« l'inflation est sous contrôle »", "indirect")],
    ),
    (
        "a-relative-clause-of-the-source-is-not-the-statement",
        "Selon des sources proches du dossier, qui ont requis l'anonymat, Vivendi pourrait "
        "céder sa filiale dès lundi.",
        [(None, "selon", "Vivendi pourrait céder sa filiale dès lundi", "indirect")],
    ),
    (
        "pour-after-the-conjunction-that-opens-the-sentence",
        "Mais pour le député Marc Vidal, « la vallée manque déjà d'eau l'été ».",
        [("Marc Vidal", "pour", "« la vallée manque déjà d'eau l'été »", "indirect")],
    ),
    (
        "pour-a-body-the-tagger-reads-as-a-noun",
        "Pour Météo-France, les hivers « seront plus courts » en montagne.",
        [("Météo-France", "pour", "les hivers « seront plus courts » en montagne", "indirect")],
    ),
    (
        "pour-with-where-the-speaker-is-from",
        "Pour l'analyste Paul Roux, de Oddo BHF, « le titre reste bon marché ».",
        [("Paul Roux", "pour", "« le titre reste bon marché »", "indirect")],
    ),
    (
        "pour-after-a-conjunction-no-speaker",
        "Mais pour la première fois, les ventes ont baissé.",
        [],
    ),
    (
        "a-cooperative-noun-with-its-trade-before-the-name",
        "La coopérative agricole Terrena a indiqué que la récolte serait faible.",
        [("Terrena", "indiquer", "la récolte serait faible", "indirect")],
    ),
    (
        "selon-a-panel-firm",
        "Selon le panéliste Kantar, les prix des produits frais ont reculé en mars.",
        [("Kantar", "selon", "les prix des produits frais ont reculé en mars", "indirect")],
    ),
    (
        "pour-with-a-firms-noun",
        "Renault a publié ses comptes. Pour le groupe, l'année a été difficile.",
        [("Renault", "pour", "l'année a été difficile", "indirect")],
    ),
    (
        "pour-people-in-general-frames-nothing",
        "Pour les investisseurs, la situation reste incertaine.",
        [],
    ),
    (
        "pour-a-count-frames-nothing",
        "Pour trois autres municipalités, des coalitions doivent être formées.",
        [],
    ),
    (
        "pour-inside-a-sentence-is-no-attribution",
        "Il a investi pour Amazon, la France est un marché clé.",
        [],
    ),
    (
        "management-speaks-for-its-firm",
        "Renault a présenté son plan. « Nous ne licencierons personne », assure la direction.",
        [("Renault", "assurer", "Nous ne licencierons personne", "direct")],
    ),
    (
        "praise-with-a-quotation",
        "Le ministre de l'Économie, Bruno Le Maire, a salué « une excellente nouvelle pour la "
        "France ».",
        [("Bruno Le Maire", "saluer", "une excellente nouvelle pour la France", "direct")],
    ),
    ("praise-of-a-decision-is-no-statement", "Engie et TotalEnergies ont salué la décision.", []),
    (
        "hope-with-a-clause",
        "Kofi Annan espère que la situation se résoudra de manière pacifique.",
        [("Kofi Annan", "espérer", "la situation se résoudra de manière pacifique", "indirect")],
    ),
    (
        "noun-with-a-persons-name-right-after-it",
        "Son cofondateur Arthur Mensch a indiqué que les fonds serviraient à recruter.",
        [("Arthur Mensch", "indiquer", "les fonds serviraient à recruter", "indirect")],
    ),
    (
        "incise-whose-comma-the-parser-hangs-on-the-verb",
        "L'État va apporter 10 milliards d'euros à l'électricien, a annoncé Bercy.",
        [
            (
                "Bercy",
                "annoncer",
                "L'État va apporter 10 milliards d'euros à l'électricien",
                "indirect",
            )
        ],
    ),
    (
        "incise-with-a-name-the-parser-reads-as-a-complement",
        "L'État va apporter jusqu'à 10 milliards d'euros à l'électricien pour financer la "
        "construction de six nouveaux réacteurs, a annoncé Bercy jeudi.",
        [
            (
                "Bercy",
                "annoncer",
                "L'État va apporter jusqu'à 10 milliards d'euros à l'électricien pour financer "
                "la construction de six nouveaux réacteurs",
                "indirect",
            )
        ],
    ),
    (
        "incise-verb-the-tagger-reads-as-its-noun-homograph",
        "« Gucci n'a pas encore trouvé son nouveau souffle », juge Luca Solca, analyste chez "
        "Bernstein.",
        [("Luca Solca", "juger", "Gucci n'a pas encore trouvé son nouveau souffle", "direct")],
    ),
    (
        "noun-homograph-of-a-reporting-verb-in-apposition-is-no-cue",
        "Il a rencontré le juge, juge Marc Dupont, lundi.",
        [],
    ),
    (
        "incise-whose-verb-the-parser-makes-the-root",
        "Renault a vendu sa participation dans Nissan, a annoncé la société mardi.",
        [("Renault", "annoncer", "Renault a vendu sa participation dans Nissan", "indirect")],
    ),
    (
        "incise-with-a-firm-named-after-the-time-of-saying",
        "Le fonds KKR a pris le contrôle de l'éditeur Exclusive Networks, a annoncé mardi "
        "Exclusive Networks.",
        [
            (
                "Exclusive Networks",
                "annoncer",
                "Le fonds KKR a pris le contrôle de l'éditeur Exclusive Networks",
                "indirect",
            )
        ],
    ),
    (
        "incise-pronoun-stands-for-the-subject-of-its-clause",
        "La start-up française Mistral AI a bouclé une levée de fonds de 600 millions d'euros "
        "auprès de General Catalyst, Nvidia et Salesforce, a-t-elle annoncé mardi.",
        [
            (
                "Mistral AI",
                "annoncer",
                "La start-up française Mistral AI a bouclé une levée de fonds de 600 millions "
                "d'euros auprès de General Catalyst, Nvidia et Salesforce",
                "indirect",
            )
        ],
    ),
    (
        "incise-pronoun-for-a-firm-named-with-its-noun",
        "Le groupe Renault a dégagé un bénéfice de 2 milliards d'euros, a-t-il annoncé.",
        [
            (
                "Renault",
                "annoncer",
                "Le groupe Renault a dégagé un bénéfice de 2 milliards d'euros",
                "indirect",
            )
        ],
    ),
    (
        "incise-pronoun-whose-clause-subject-cannot-speak",
        "Carlos Tavares a parlé mardi. Les ventes vont reculer de 3 % cette année, a-t-il estimé.",
        [("Carlos Tavares", "estimer", "Les ventes vont reculer de 3 % cette année", "indirect")],
    ),
    (
        "report-of-a-listed-body-named-without-the-words-after-it",
        "Le coût est estimé à 67 milliards d'euros, selon un rapport de la Cour des comptes "
        "publié en janvier.",
        [("Cour des comptes", "selon", "Le coût est estimé à 67 milliards d'euros", "indirect")],
    ),
    (
        "epithet-refers-back-to-the-last-person",
        "« C'est un partenariat de long terme », a assuré Bernard Arnault. Le milliardaire a "
        "précisé que LVMH n'avait pas l'intention de prendre le contrôle de la société.",
        [
            ("Bernard Arnault", "assurer", "C'est un partenariat de long terme", "direct"),
            (
                "Bernard Arnault",
                "préciser",
                "LVMH n'avait pas l'intention de prendre le contrôle de la société",
                "indirect",
            ),
        ],
    ),
    (
        "indefinite-epithet-is-anonymous",
        "Un milliardaire a affirmé que le marché allait rebondir.",
        [(None, "affirmer", "le marché allait rebondir", "indirect")],
    ),
    (
        "quoted-phrase-in-a-clause-is-not-attributed-to-the-next-sentence",
        "Le ministre italien des Entreprises, Adolfo Urso, a estimé que Rome « ne restera pas "
        "les bras croisés ». Il a rappelé que l'État avait versé 950 millions d'euros.",
        [
            ("Adolfo Urso", "estimer", "Rome « ne restera pas les bras croisés »", "indirect"),
            ("Adolfo Urso", "rappeler", "l'État avait versé 950 millions d'euros", "indirect"),
        ],
    ),
    (
        "quotation-ending-in-its-own-full-stop-keeps-the-attribution-after-it",
        "« Nous devons adapter nos capacités à la demande. » a répété Carlos Tavares mardi.",
        [("Carlos Tavares", "répéter", "Nous devons adapter nos capacités à la demande", "direct")],
    ),
    (
        "sentence-the-parser-cut-without-an-end-mark",
        "Selon les analystes de Jefferies, l'accord valorise Moncler à environ 16 milliards "
        "d'euros.",
        [
            (
                "Jefferies",  # the firm whose analysts speak together
                "selon",
                "l'accord valorise Moncler à environ 16 milliards d'euros",
                "indirect",
            )
        ],
    ),
    (
        "indirect-role-apposition",
        "Le méta-PDG Mark Zuckerberg a récemment annoncé que Meta dépenserait jusqu'à 65 "
        "milliards de dollars en 2025.",
        [
            (
                "Mark Zuckerberg",
                "annoncer",
                "Meta dépenserait jusqu'à 65 milliards de dollars en 2025",
                "indirect",
            )
        ],
    ),
    (
        "pronoun-il",
        "Mark Zuckerberg a révélé que Meta construit un grand centre de données. Il a souligné "
        "que l'entreprise a la force financière de continuer à investir.",
        [
            ("Mark Zuckerberg", "révéler", "Meta construit un grand centre de données", "indirect"),
            (
                "Mark Zuckerberg",
                "souligner",
                "l'entreprise a la force financière de continuer à investir",
                "indirect",
            ),
        ],
    ),
    (
        "pronoun-elle",
        "La directrice financière Marie Dupont a assuré que les marges resteraient stables. "
        "Elle a ajouté que le groupe ne prévoyait aucun rachat.",
        [
            ("Marie Dupont", "assurer", "les marges resteraient stables", "indirect"),
            ("Marie Dupont", "ajouter", "le groupe ne prévoyait aucun rachat", "indirect"),
        ],
    ),
    (
        "bare-last-name",
        "Le PDG Mark Zuckerberg était à Paris lundi. Zuckerberg a déclaré que Meta ouvrirait "
        "un laboratoire en France.",
        [("Mark Zuckerberg", "déclarer", "Meta ouvrirait un laboratoire en France", "indirect")],
    ),
    (
        "noun-phrase-content",
        "Microsoft a annoncé son intention d'investir environ 80 milliards de dollars au cours "
        "de l'exercice 2025.",
        [
            (
                "Microsoft",
                "annoncer",
                "son intention d'investir environ 80 milliards de dollars au cours de "
                "l'exercice 2025",
                "indirect",
            )
        ],
    ),
    (
        "direct-multi-sentence-inverted",
        "« Nous allons investir massivement dans l'IA. Ce sera une année décisive », a affirmé "
        "Bernard Arnault.",
        [
            (
                "Bernard Arnault",
                "affirmer",
                "Nous allons investir massivement dans l'IA. Ce sera une année décisive",
                "direct",
            )
        ],
    ),
    (
        "direct-a-t-il",
        "Le patron de Renault, Luca de Meo, a rencontré les syndicats. « Nous ne fermerons "
        "aucune usine en France », a-t-il affirmé.",
        [("Luca de Meo", "affirmer", "Nous ne fermerons aucune usine en France", "direct")],
    ),
    (
        "direct-selon",
        "« Le marché reste difficile », selon le directeur financier de Renault.",
        [("directeur financier de Renault", "selon", "Le marché reste difficile", "direct")],
    ),
    (
        "direct-after-colon",
        "Le ministre de l'Économie a déclaré : « La France soutiendra ce projet jusqu'au bout ».",
        [
            (
                "ministre de l'Économie",
                "déclarer",
                "La France soutiendra ce projet jusqu'au bout",
                "direct",
            )
        ],
    ),
    (
        "selon-x-comma",
        "Selon Reuters, Apple prépare un nouveau casque.",
        [("Reuters", "selon", "Apple prépare un nouveau casque", "indirect")],
    ),
    (
        "d-apres",
        "D'après les analystes, le titre pourrait encore baisser.",
        [("analystes", "d'après", "le titre pourrait encore baisser", "indirect")],
    ),
    (
        "incise",
        "Les ventes vont reculer de 5 % cette année, a indiqué le directeur financier.",
        [
            (
                "directeur financier",
                "indiquer",
                "Les ventes vont reculer de 5 % cette année",
                "indirect",
            )
        ],
    ),
    (
        "le-groupe",
        "Renault a publié ses résultats mardi. Le groupe a indiqué qu'il allait supprimer 500 "
        "postes.",
        [("Renault", "indiquer", "il allait supprimer 500 postes", "indirect")],
    ),
    (
        "former-president",
        "Dans le même temps, l'ancien président Trump a également annoncé qu'Openai, Softbank et "
        'Oracle établiraient conjointement un projet appelé "Stargate".',
        [
            (
                "Trump",
                "annoncer",
                'Openai, Softbank et Oracle établiraient conjointement un projet appelé "Stargate"',
                "indirect",
            )
        ],
    ),
    (
        "lemma-repaired",
        "Interrogé par Les Echos, Thierry Breton estime que l'Europe doit investir davantage "
        "dans les puces.",
        [
            (
                "Thierry Breton",
                "estimer",
                "l'Europe doit investir davantage dans les puces",
                "indirect",
            )
        ],
    ),
    (
        "la-societe-named",
        "La société Danone a indiqué qu'elle allait supprimer 500 postes.",
        [("Danone", "indiquer", "elle allait supprimer 500 postes", "indirect")],
    ),
    (
        "bare-role-refers-back",
        "Le PDG Mark Zuckerberg était à Paris. Le PDG a affirmé que Meta ouvrirait un laboratoire.",
        [("Mark Zuckerberg", "affirmer", "Meta ouvrirait un laboratoire", "indirect")],
    ),
    (
        "selon-lui",
        "Thierry Breton était à Bruxelles. Selon lui, l'Europe doit investir dans les puces.",
        [("Thierry Breton", "selon", "l'Europe doit investir dans les puces", "indirect")],
    ),
    (
        "body-names-itself",
        "Le gouvernement français a estimé que la croissance ralentirait.",
        [("gouvernement français", "estimer", "la croissance ralentirait", "indirect")],
    ),
    (
        "relative-qui",
        "Carlos Tavares, qui a déclaré que Stellantis resterait en France, a quitté la réunion.",
        [("Carlos Tavares", "déclarer", "Stellantis resterait en France", "indirect")],
    ),
    (
        "a-t-elle-gender-from-determiner",
        "La ministre de l'Économie, Amélie de Montchalin, a indiqué à l'AFP que le déficit "
        "serait ramené à 5 % du PIB. « C'est une bonne nouvelle pour l'emploi », a-t-elle estimé.",
        [
            (
                "Amélie de Montchalin",
                "indiquer",
                "le déficit serait ramené à 5 % du PIB",
                "indirect",
            ),
            ("Amélie de Montchalin", "estimer", "C'est une bonne nouvelle pour l'emploi", "direct"),
        ],
    ),
    (
        "stops-before-own-incise",
        "Le constructeur a confirmé son objectif de marge pour 2025, a-t-on appris auprès de "
        "l'entreprise.",
        [(None, "confirmer", "son objectif de marge pour 2025", "indirect")],
    ),
    (
        "d-apres-anonymous-not-a-plan",
        "D'après une source proche du dossier, la banque pourrait annoncer une acquisition d'ici "
        "la fin de l'année.",
        [
            (
                None,
                "d'après",
                "la banque pourrait annoncer une acquisition d'ici la fin de l'année",
                "indirect",
            )
        ],
    ),
    (
        "role-then-name-between-commas",
        "Le président de la République de Chine (Taïwan), Chen Shui-bian, a annoncé qu'il "
        "souhaitait ouvrir le dialogue.",
        [("Chen Shui-bian", "annoncer", "il souhaitait ouvrir le dialogue", "indirect")],
    ),
    (
        "elle-the-last-speaker",
        "Koïchiro Matsuura a salué l'accord. Parallèlement, la Chine a indiqué qu'elle tiendrait "
        "compte du malaise européen. Elle a ajouté que l'UE aurait pu réagir avant.",
        [
            ("Chine", "indiquer", "elle tiendrait compte du malaise européen", "indirect"),
            ("Chine", "ajouter", "l'UE aurait pu réagir avant", "indirect"),
        ],
    ),
    (
        "honorific-and-last-name",
        "Jacques Delors était à Londres. M. Delors a estimé que le traité serait ratifié.",
        [("Jacques Delors", "estimer", "le traité serait ratifié", "indirect")],
    ),
    (
        "published-source",
        "Microsoft a publié un billet de blog indiquant que ses investissements dans l'IA "
        "atteindraient 80 milliards de dollars.",
        [
            (
                "Microsoft",
                "indiquer",
                "ses investissements dans l'IA atteindraient 80 milliards de dollars",
                "indirect",
            )
        ],
    ),
    (
        "selon-la-presse",
        "Selon la presse japonaise, Toyota va augmenter ses prix.",
        [(None, "selon", "Toyota va augmenter ses prix", "indirect")],
    ),
    (
        "writer-contrast-left-out",
        "Elon Musk a écrit sur X que Tesla livrerait ses premiers robotaxis en 2026, mais il n'a "
        "pas précisé le prix.",
        [("Elon Musk", "écrire", "Tesla livrerait ses premiers robotaxis en 2026", "indirect")],
    ),
    (
        "d-apres-report-of",
        "Le ministre a estimé que les investissements devraient croître. D'après un rapport de "
        "TrendForce, le marché mondial des puces devrait croître de 15 % en 2025.",
        [
            ("ministre", "estimer", "les investissements devraient croître", "indirect"),
            (
                "TrendForce",
                "d'après",
                "le marché mondial des puces devrait croître de 15 % en 2025",
                "indirect",
            ),
        ],
    ),
    (
        "writer-tandis-que-left-out",
        "Un porte-parole de la municipalité a déclaré que cette manifestation était pacifique, "
        "tandis que les autorités affirmaient avoir déployé des forces de police.",
        [
            (
                "porte-parole de la municipalité",
                "déclarer",
                "cette manifestation était pacifique",
                "indirect",
            ),
            # the writer's contrast holds a claim of its own, a bare infinitive's
            ("autorités", "affirmer", "avoir déployé des forces de police", "indirect"),
        ],
    ),
    (
        "present-inverted-clitic",
        "Luc Rémont a présenté les résultats. « La production nucléaire remonte », poursuit-il.",
        [("Luc Rémont", "poursuivre", "La production nucléaire remonte", "direct")],
    ),
    (
        "inverted-speaker-after-time-and-medium",
        "« Nous ne commentons pas les rumeurs », a déclaré mardi à Reuters Patrick Pouyanné.",
        [("Patrick Pouyanné", "déclarer", "Nous ne commentons pas les rumeurs", "direct")],
    ),
    (
        "name-split-by-the-parse",
        "« Nous ne fermerons aucune usine », a affirmé Luca de Meo à propos de Carlos Tavares.",
        [("Luca de Meo", "affirmer", "Nous ne fermerons aucune usine", "direct")],
    ),
    (
        "il-skips-a-woman-by-her-title",
        "Simone Veil siège au Conseil. Mme Veil a répliqué : « Il n'a pas de leçon à me donner. » "
        "Le président Jean-Louis Debré était absent. Il a estimé que la question était close.",
        [
            ("Simone Veil", "répliquer", "Il n'a pas de leçon à me donner", "direct"),
            ("Jean-Louis Debré", "estimer", "la question était close", "indirect"),
        ],
    ),
    (
        "body-noun-written-since-is-that-body",
        "L'Organisation des Nations unies a publié un rapport. Un séisme a amené l'agence "
        "météorologique japonaise à publier des alertes. Selon l'agence, l'épicentre se situe "
        "au large de Fukuoka.",
        [("agence", "selon", "l'épicentre se situe au large de Fukuoka", "indirect")],
    ),
    # Claims round 5: the general patterns left by French probe round 4
    (
        "chez-a-firm-on-reports-for-the-firm",
        "Chez Airbus, on estime que la cadence de production pourra atteindre 75 appareils "
        "par mois.",
        [
            (
                "Airbus",
                "estimer",
                "la cadence de production pourra atteindre 75 appareils par mois",
                "indirect",
            )
        ],
    ),
    (
        "au-ministere-on-reports-for-the-ministry",
        "Au ministère de l'Économie, on rappelle que le dispositif prendra fin le 31 décembre.",
        [
            (
                "ministère de l'Économie",
                "rappeler",
                "le dispositif prendra fin le 31 décembre",
                "indirect",
            )
        ],
    ),
    (
        "du-cote-de-a-firm-on-reports-for-the-firm",
        "Du côté de Renault, on indique que les négociations se poursuivront.",
        [("Renault", "indiquer", "les négociations se poursuivront", "indirect")],
    ),
    ("not-on-with-no-host", "On estime que 30 % des salariés partiront à la retraite.", []),
    (
        "selon-les-donnees-de-a-body",
        "Les prix du lait ont baissé de 4 % en un an, selon les données de FranceAgriMer.",
        [("FranceAgriMer", "selon", "Les prix du lait ont baissé de 4 % en un an", "indirect")],
    ),
    (
        "a-source-with-its-acronym-before-a-relative-clause",
        "Le prix payé aux éleveurs reste inférieur aux coûts de production, selon "
        "l'Organisation des producteurs de lait (OPL), qui dénonce une situation intenable.",
        [
            (
                "Organisation des producteurs de lait",
                "selon",
                "Le prix payé aux éleveurs reste inférieur aux coûts de production",
                "indirect",
            )
        ],
    ),
    (
        "coordinated-titles-before-the-name",
        "Le cofondateur et PDG Arthur Mensch a dit que la société comptait doubler ses effectifs.",
        [("Arthur Mensch", "dire", "la société comptait doubler ses effectifs", "indirect")],
    ),
    (
        "son-entourage-speaks-for-the-person",
        "Le ministre du Budget, Laurent Vidal, a présenté le texte mardi. Le calendrier ne sera "
        "pas modifié, a expliqué son entourage.",
        [("Laurent Vidal", "expliquer", "Le calendrier ne sera pas modifié", "indirect")],
    ),
    (
        "son-entourage-speaks-for-the-last-person-subject-named-by-role",
        "« Nous attendons des actes », a réagi Paul Martin, délégué CGT. Le ministre de "
        "l'Industrie a reçu les syndicats lundi. Les aides seront maintenues, a expliqué son "
        "entourage.",
        [
            ("Paul Martin", "réagir", "Nous attendons des actes", "direct"),
            ("ministre de l'Industrie", "expliquer", "Les aides seront maintenues", "indirect"),
        ],
    ),
    (
        "la-maison-mere-written-with-a-space",
        "Inditex a publié ses résultats annuels. La maison mère de Zara a indiqué que ses "
        "ventes avaient progressé de 7 %.",
        [("Inditex", "indiquer", "ses ventes avaient progressé de 7 %", "indirect")],
    ),
    (
        "a-subsidiary-named-through-its-parent",
        "Bouygues Construction a remporté un contrat au Caire. Les travaux seront achevés en "
        "2028, a précisé la filiale de Bouygues.",
        [("Bouygues Construction", "préciser", "Les travaux seront achevés en 2028", "indirect")],
    ),
    (
        "a-coordinated-verb-of-advice-is-the-speakers-next-act",
        "Le Haut Conseil jugeait que la prévision était optimiste et recommandait de relever "
        "les impôts.",
        [("Haut Conseil", "juger", "la prévision était optimiste", "indirect")],
    ),
    (
        "a-claim-inside-a-tandis-que-clause",
        "Les prix de gros ont reculé, tandis que RTE, le gestionnaire du réseau électrique, a "
        "dit que la consommation restait faible.",
        [("RTE", "dire", "la consommation restait faible", "indirect")],
    ),
    (
        "a-firm-name-whose-last-word-the-tagger-reads-as-a-verb",
        "Le groupe de cliniques Ramsay Santé a indiqué jeudi que sa maternité de Rennes "
        "fermerait en juin.",
        [("Ramsay Santé", "indiquer", "sa maternité de Rennes fermerait en juin", "indirect")],
    ),
    # a noun object of "annoncer" is the statement, an action noun too (STATEMENT_OBJECT_VERBS)
    (
        "a-statement-object-that-is-an-action-noun",
        "Le groupe de maisons de retraite Korian a annoncé mardi la cession de six "
        "établissements en Belgique au groupe Armonea.",
        [
            (
                "Korian",
                "annoncer",
                "la cession de six établissements en Belgique au groupe Armonea",
                "indirect",
            )
        ],
    ),
    (
        "an-inverted-incise-followed-by-a-time-and-another-phrase",
        "Le Qatar investira 10 milliards d'euros en France, a annoncé l'Elysée mardi soir, à la "
        "veille du sommet franco-qatari à Doha.",
        [("Élysée", "annoncer", "Le Qatar investira 10 milliards d'euros en France", "indirect")],
    ),
    # a condemnation or an admission of a thing is the statement too
    (
        "a-statement-object-of-denunciation",
        "Le Syndicat national des journalistes a dénoncé une « campagne de dénigrement ».",
        [
            (
                "Syndicat national des journalistes",
                "dénoncer",
                "une « campagne de dénigrement »",
                "indirect",
            )
        ],
    ),
    # the speaker's next act ends the object: "… » et a appelé la direction à …"
    (
        "a-statement-object-ends-before-the-next-act",
        "Le ministre délégué aux Transports, Patrice Vergriete, a dénoncé « une grève qui n'est "
        "pas acceptable » et a appelé la direction et les syndicats à reprendre le dialogue.",
        [("Patrice Vergriete", "dénoncer", "une grève qui n'est pas acceptable", "direct")],
    ),
    (
        "a-statement-object-of-admission-in-the-simple-past",
        "Son directeur sportif, Bruno Roussel, reconnut l'existence d'un système de dopage "
        "organisé.",
        [
            (
                "Bruno Roussel",
                "reconnaître",
                "l'existence d'un système de dopage organisé",
                "indirect",
            )
        ],
    ),
    # an audit or a review is its author's statement (SOURCE_NOUNS)
    (
        "a-review-by-a-body-speaks-for-it",
        "En 2003, un contrôle de la Cour des comptes releva que 31 % des dons avaient été "
        "consacrés à des frais.",
        [
            (
                "Cour des comptes",
                "relever",
                "31 % des dons avaient été consacrés à des frais",
                "indirect",
            )
        ],
    ),
    (
        "an-audit-of-accounts-names-nobody",
        "Un audit des comptes de la ville a relevé que les dépenses avaient dérapé.",
        [(None, "relever", "les dépenses avaient dérapé", "indirect")],
    ),
    # a press noun names the title after it, or the last title named (PRESS_NOUNS)
    (
        "a-press-noun-before-its-title",
        "En 1998, l'hebdomadaire Le Point a affirmé que la scène avait été reconstituée.",
        [("Le Point", "affirmer", "la scène avait été reconstituée", "indirect")],
    ),
    (
        "a-press-noun-before-an-unlisted-title",
        "L'hebdomadaire Marianne affirme que le ministre a menti.",
        [("Marianne", "affirmer", "le ministre a menti", "indirect")],
    ),
    (
        "a-bare-press-noun-refers-to-the-last-title",
        "Le Monde a publié une enquête sur Total. Le quotidien affirme que le groupe a caché "
        "ses pertes.",
        [("Le Monde", "affirmer", "le groupe a caché ses pertes", "indirect")],
    ),
    (
        "a-bare-press-noun-with-no-title-names-nobody",
        "Le journal a affirmé que la scène avait été reconstituée.",
        [(None, "affirmer", "la scène avait été reconstituée", "indirect")],
    ),
    ("not-selon-depending-on", "Le prix varie selon la taille du modèle.", []),
    (
        "not-impersonal-passive",
        "Il n'est nulle part écrit, dans les textes, que ce congé peut s'appliquer.",
        [],
    ),
    ("not-idiom", "Le PDG a annoncé la couleur dès lundi.", []),
    ("not-plan", "Meta prévoit de construire un centre de données.", []),
    ("not-a-speaker", "Cette décision indique que la technologie changera le monde.", []),
    ("not-a-question", "Renault n'a pas dit combien de postes seraient supprimés.", []),
    (
        "a-participle-read-as-a-noun-after-the-clitic",
        "La directrice générale Anne Rigail a présenté le plan. « Nous sortons enfin de la "
        "tempête, mais rien n'est gagné », a-t-elle résumé.",
        [
            (
                "Anne Rigail",
                "résumer",
                "Nous sortons enfin de la tempête, mais rien n'est gagné",
                "direct",
            )
        ],
    ),
    (
        "plaider-and-justifier-attribute-a-quotation",
        "« La rénovation des logements est notre premier relais de croissance », plaide Marc "
        "Dufresne. « Ce site n'était plus rentable depuis des années », justifie Claire Bonnet.",
        [
            (
                "Marc Dufresne",
                "plaider",
                "La rénovation des logements est notre premier relais de croissance",
                "direct",
            ),
            (
                "Claire Bonnet",
                "justifier",
                "Ce site n'était plus rentable depuis des années",
                "direct",
            ),
        ],
    ),
    (
        "an-incise-in-the-english-order-of-machine-translated-copy",
        "Le directeur financier Paul Martin a dit que la demande restait forte. Les livraisons "
        "reprendront au troisième trimestre, il a ajouté. Environ 300 postes seront supprimés en "
        "Europe, la compagnie a dit dans un communiqué.",
        [
            ("Paul Martin", "dire", "la demande restait forte", "indirect"),
            (
                "Paul Martin",
                "ajouter",
                "Les livraisons reprendront au troisième trimestre",
                "indirect",
            ),
            (None, "dire", "Environ 300 postes seront supprimés en Europe", "indirect"),
        ],
    ),
    (
        "a-role-before-the-name-in-the-english-order",
        '"La demande de puces reste très forte", la présidente exécutive du groupe Lisa Su a '
        "dit dans un communiqué.",
        [("Lisa Su", "dire", "La demande de puces reste très forte", "direct")],
    ),
    ("not-an-opening-participle", "Commentant les résultats, le PDG a salué l'équipe.", []),
    (
        "not-a-clause-of-its-own-after-the-comma",
        "Le chiffre d'affaires a reculé de 4 %, le groupe a annoncé une perte nette.",
        [(None, "annoncer", "une perte nette", "indirect")],
    ),
    (
        "a-name-that-ends-its-role",
        "Le ministre polonais de l'Agriculture Stefan Krajewski a affirmé que les importations "
        "seraient limitées.",
        [("Stefan Krajewski", "affirmer", "les importations seraient limitées", "indirect")],
    ),
    (
        "an-inverted-incise-the-parser-made-a-sentence-of-its-own",
        "L'Indonésie a signé lundi un contrat pour l'achat de 42 avions de chasse Rafale Marine "
        "fabriqués par Dassault Aviation, dans un accord d'une valeur de plus de 8 milliards de "
        "dollars, a dit le ministère de la défense indonésien.",
        [
            (
                "ministère de la défense indonésien",
                "dire",
                "L'Indonésie a signé lundi un contrat pour l'achat de 42 avions de chasse Rafale "
                "Marine fabriqués par Dassault Aviation, dans un accord d'une valeur de plus de 8 "
                "milliards de dollars",
                "indirect",
            )
        ],
    ),
    (
        "a-firm-name-read-as-foreign-words-before-the-verb",
        "Le groupe britannique Rolls Royce Holdings a dit la semaine dernière que son carnet de "
        "commandes a atteint un record.",
        [
            (
                "Rolls Royce Holdings",
                "dire",
                "son carnet de commandes a atteint un record",
                "indirect",
            )
        ],
    ),
    (
        "not-an-incise-the-verbs-own-clause-interrupted",
        "Dans un discours, le président de la Commission Ursula von der Leyen a, entre autres, "
        "rappelé l'article 5 du traité :",
        [],
    ),
    (
        "a-declaration-of-a-body-named-before",
        "Le ministère de l'Économie a publié ses prévisions. La croissance atteindrait 0,8 % "
        "cette année, selon la déclaration du ministère.",
        [
            (
                "ministère de l'Économie",
                "selon",
                "La croissance atteindrait 0,8 % cette année",
                "indirect",
            )
        ],
    ),
    (
        "figures-published-by-their-author",
        "Selon les chiffres publiés mardi par l'Insee, le chômage a reculé à 7,3 % au premier "
        "trimestre.",
        [("Insee", "selon", "le chômage a reculé à 7,3 % au premier trimestre", "indirect")],
    ),
    (
        "an-anonymous-person",
        "Selon une personne proche du dossier, la vente pourrait être annoncée lundi.",
        [(None, "selon", "la vente pourrait être annoncée lundi", "indirect")],
    ),
    (
        "not-a-reader-of-the-document",
        "Selon un sondage consulté par l'AFP, les Français restent pessimistes.",
        [(None, "selon", "les Français restent pessimistes", "indirect")],
    ),
    (
        "a-spokesperson-of-the-firm-named-before",
        "Orange a présenté son plan stratégique. « Nous ne vendrons pas nos tours », a réagi "
        "un porte-parole du groupe.",
        [("Orange", "réagir", "Nous ne vendrons pas nos tours", "direct")],
    ),
    (
        "a-spokesperson-by-a-possessive",
        "Faute de majorité, le gouvernement pourrait recourir au 49.3, a indiqué sa porte-parole.",
        [
            (
                "gouvernement",
                "indiquer",
                "Faute de majorité, le gouvernement pourrait recourir au 49.3",
                "indirect",
            )
        ],
    ),
    (
        "a-participle-hung-as-an-adverb-speaks-with-the-main-subject",
        "Le président a critiqué la décision mardi sur son réseau social, disant que Bruxelles "
        "« veut punir les entreprises américaines ».",
        [
            (
                "président",
                "dire",
                "Bruxelles « veut punir les entreprises américaines »",
                "indirect",
            )
        ],
    ),
    (
        "a-bare-regulator-refers-back-to-the-body-named-before",
        "L'Autorité des marchés financiers a ouvert une enquête sur la société. Le régulateur a "
        "indiqué que les investisseurs avaient été trompés.",
        [
            (
                "Autorité des marchés financiers",
                "indiquer",
                "les investisseurs avaient été trompés",
                "indirect",
            )
        ],
    ),
    (
        "the-executive-refers-back-to-the-commission",
        "La Commission européenne a ouvert une enquête sur Meta. L'exécutif a indiqué que le "
        "groupe devait répondre sous deux semaines.",
        [
            (
                "Commission européenne",
                "indiquer",
                "le groupe devait répondre sous deux semaines",
                "indirect",
            )
        ],
    ),
    (
        "the-owner-of-brands-is-the-firm-named-before",
        "Chez Inditex, les ventes ralentissent : le groupe a vu son bénéfice reculer, plombé par "
        "l'Espagne. Le propriétaire de Zara et de Massimo Dutti a prévenu que la visibilité "
        "restait faible.",
        [("Inditex", "prévenir", "la visibilité restait faible", "indirect")],
    ),
    (
        "the-speakers-next-act-ends-the-clause",
        "Danone a publié ses ventes trimestrielles. Le groupe a indiqué que la demande restait "
        "« solide » et a confirmé ses objectifs annuels.",
        [("Danone", "indiquer", "la demande restait « solide »", "indirect")],
    ),
    (
        "a-judgment-of-an-object",
        "Le Haut Conseil des finances publiques a jugé mardi la prévision de croissance de "
        "1,2 % « un peu élevée ». La CGT a jugé le plan social « inacceptable ».",
        [
            (
                "Haut Conseil des finances publiques",
                "juger",
                "la prévision de croissance de 1,2 % « un peu élevée »",
                "indirect",
            ),
            ("CGT", "juger", "le plan social « inacceptable »", "indirect"),
        ],
    ),
    (
        "not-the-addressee-of-a-source",
        "Le groupe pourrait vendre sa division de vitamines, ont dit des sources à Reuters.",
        [(None, "dire", "Le groupe pourrait vendre sa division de vitamines", "indirect")],
    ),
    (
        "not-the-firm-a-source-is-close-to",
        "Selon une source proche de Renault, le plan sera présenté lundi.",
        [(None, "selon", "le plan sera présenté lundi", "indirect")],
    ),
    (
        "not-a-purpose-after-que",
        "Le syndicat a insisté pour que la direction revienne à la table des négociations.",
        [],
    ),
    (
        "not-a-purpose-after-que-with-plaider",
        "La ministre a plaidé pour une réforme du code du travail pour qu'il soit plus simple.",
        [],
    ),
    (
        "not-an-incise-a-coordinated-verb",
        "Le communiqué précise qu'il s'agirait d'une vengeance pour « nos frères torturés dans "
        "vos geôles », et la justifie comme une réaction aux « pershmergas infidèles qui ont "
        "rejoint les croisés ».",
        [
            (
                None,
                "préciser",
                "il s'agirait d'une vengeance pour « nos frères torturés dans vos geôles », et "
                "la justifie comme une réaction aux « pershmergas infidèles qui ont rejoint les "
                "croisés »",
                "indirect",
            )
        ],
    ),
    (
        "une-apposition-de-la-source-en-fin-de-phrase-n-est-pas-la-declaration",
        "Les ventes de tablettes ont reculé de 8 % au trimestre, selon Canalys, un cabinet "
        "d'études basé à Singapour.",
        [
            (
                "Canalys",
                "selon",
                "Les ventes de tablettes ont reculé de 8 % au trimestre",
                "indirect",
            )
        ],
    ),
    # regional news (the regional probe round)
    (
        "a-witness-testifies",
        "« On travaille en flux tendu depuis des mois », témoigne Nadia Ferrandi, infirmière.",
        [("Nadia Ferrandi", "témoigner", "On travaille en flux tendu depuis des mois", "direct")],
    ),
    (
        "a-coach-named-after-his-role",
        "« On a enfin été efficaces devant le but », a reconnu l'entraîneur lignéen, "
        "Stéphane Humbert.",
        [("Stéphane Humbert", "reconnaître", "On a enfin été efficaces devant le but", "direct")],
    ),
    (
        "according-to-the-union-front",
        "Selon l'intersyndicale, 41 postes d'infirmiers sont vacants.",
        [("intersyndicale", "selon", "41 postes d'infirmiers sont vacants", "indirect")],
    ),
    (
        "a-council-with-a-relative-clause",
        "Le conseil départemental de la Meuse, qui finance les transports scolaires, a annoncé "
        "le maintien de la gratuité.",
        [
            (
                "conseil départemental de la Meuse",
                "annoncer",
                "le maintien de la gratuité",
                "indirect",
            )
        ],
    ),
    (
        "a-head-teacher-named-after-his-role",
        "Le principal, Damien Gérard, a indiqué que les bénéfices financeraient le voyage.",
        [("Damien Gérard", "indiquer", "les bénéfices financeraient le voyage", "indirect")],
    ),
    (
        "a-quotation-inside-reported-speech-is-part-of-it",
        "Son avocat, Me Laurent Collin, a plaidé que son client, « dépassé par des dettes de "
        "jeu », avait déjà remboursé 12 000 euros.",
        [
            (
                "Me Laurent Collin",
                "plaider",
                "son client, « dépassé par des dettes de jeu », avait déjà remboursé 12 000 euros",
                "indirect",
            )
        ],
    ),
    (
        "a-passive-participle-before-a-quotation-reports-nothing",
        "Le maire a répondu que les travaux seraient lancés « au plus tard à l'été 2027 ».",
        [
            (
                "maire",
                "répondre",
                "les travaux seraient lancés « au plus tard à l'été 2027 »",
                "indirect",
            )
        ],
    ),
    (
        "a-whole-quoted-clause-stays-direct",
        "Le maire a déclaré : « Nous n'augmenterons pas les impôts cette année ».",
        [("maire", "déclarer", "Nous n'augmenterons pas les impôts cette année", "direct")],
    ),
    (
        "a-colon-after-a-quotation-opens-another-claim",
        "Le maire, Isabelle Ferry, dénonce « une décision purement financière » : selon elle, "
        "l'usine a dégagé un bénéfice de 1,8 million d'euros.",
        [
            ("Isabelle Ferry", "dénoncer", "une décision purement financière", "direct"),
            (
                "Isabelle Ferry",
                "selon",
                "l'usine a dégagé un bénéfice de 1,8 million d'euros",
                "indirect",
            ),
        ],
    ),
    (
        "a-body-speaking-through-a-named-voice",
        "L'opposition de gauche, par la voix d'Élodie Rouyer, a regretté que l'enveloppe soit "
        "prise sur le budget social.",
        [
            (
                "Élodie Rouyer",
                "regretter",
                "l'enveloppe soit prise sur le budget social",
                "indirect",
            )
        ],
    ),
    (
        "for-a-person-whose-first-name-reads-as-a-noun",
        "Pour Sandrine Colin, la majorité repousse la réfection des écoles.",
        [("Sandrine Colin", "pour", "la majorité repousse la réfection des écoles", "indirect")],
    ),
    # regional news (the second regional probe round): the roles of a ceremony, a church, a
    # race, and the incises of sports and local news
    (
        "a-sub-prefect-named-after-his-role",
        "Le sous-préfet de Saint-Dié, Éric Paoli, a rappelé que le scrutin se déroulerait "
        "normalement.",
        [("Éric Paoli", "rappeler", "le scrutin se déroulerait normalement", "indirect")],
    ),
    (
        "a-bishop-named-after-his-role",
        "L'évêque de Saint-Dié, Mgr Paul Gérardin, a indiqué que le diocèse apporterait "
        "30 000 euros.",
        [
            (
                "Mgr Paul Gérardin",
                "indiquer",
                "le diocèse apporterait 30 000 euros",
                "indirect",
            )
        ],
    ),
    (
        "the-winner-of-a-race",
        "« J'ai attendu le dernier virage », a confié le vainqueur.",
        [("vainqueur", "confier", "J'ai attendu le dernier virage", "direct")],
    ),
    (
        "a-coach-savours",
        "« C'est la récompense de trois saisons de travail », a savouré l'entraîneur, "
        "Yohann Collard.",
        [
            (
                "Yohann Collard",
                "savourer",
                "C'est la récompense de trois saisons de travail",
                "direct",
            )
        ],
    ),
    (
        "a-director-smiles",
        "« On est nés dans une MJC », sourit son directeur, Fabien Claudel.",
        [("Fabien Claudel", "sourire", "On est nés dans une MJC", "direct")],
    ),
    (
        "a-smile-is-no-claim-without-a-quotation",
        "Le directeur sourit devant la salle comble.",
        [],
    ),
]

ENGLISH = [
    # a statement after a semicolon: the clause before it is no content of the verb
    (
        "a-statement-after-a-semicolon",
        "The dispute went to the High Court in 1986; Ashworth said the band had never seen "
        "a penny.",
        [("Ashworth", "say", "the band had never seen a penny", "indirect")],
    ),
    (
        "a-firm-after-a-semicolon",
        "The regulator ruled that the article had been inaccurate; Reach said it accepted "
        "the ruling.",
        [("Reach", "say", "it accepted the ruling", "indirect")],
    ),
    # the clause before the verb is still its content without a semicolon
    (
        "a-clause-before-its-verb-with-a-comma",
        "The band was never paid, Ashworth said.",
        [("Ashworth", "say", "The band was never paid", "indirect")],
    ),
    # a wire dateline read as the subject: the speaker is the apposition after it
    (
        "a-dateline-read-as-the-subject",
        "LONDON, March 12 (Reuters) - Lumen Grid, a London start-up, said on Wednesday it "
        "had raised $85 million.",
        [("Lumen Grid", "say", "it had raised $85 million", "indirect")],
    ),
    # a press noun names the title after it, or the last title named (PRESS_NOUNS)
    (
        "a-press-noun-before-its-title",
        "The newspaper Le Figaro reported that the bank had hidden losses.",
        [("Le Figaro", "report", "the bank had hidden losses", "indirect")],
    ),
    (
        "a-bare-press-noun-refers-to-the-last-title",
        "The Financial Times published an investigation into Shell. The paper said the company "
        "had hidden losses.",
        [("Financial Times", "say", "the company had hidden losses", "indirect")],
    ),
    (
        "reinsurer-refers-back-to-the-firm",
        "Munich Re shares fell. The reinsurer said that claims from the floods would be high.",
        [("Munich Re", "say", "claims from the floods would be high", "indirect")],
    ),
    (
        "a-spokesman-speaks-for-the-firm",
        "Deliveries will resume on Monday, a spokesman for Airbus said.",
        [("Airbus", "say", "Deliveries will resume on Monday", "indirect")],
    ),
    (
        "epithet-refers-back-to-the-last-person",
        "Elon Musk said the deal was dead. The billionaire added that Tesla would not pay.",
        [
            ("Elon Musk", "say", "the deal was dead", "indirect"),
            ("Elon Musk", "add", "Tesla would not pay", "indirect"),
        ],
    ),
    (
        "indirect-that",
        "Microsoft said on Tuesday that it would invest $80 billion in data centers.",
        [("Microsoft", "say", "it would invest $80 billion in data centers", "indirect")],
    ),
    (
        "direct-multi-sentence",
        '"We are not going to sell the company. It is not for sale," Chief Executive Satya '
        "Nadella told reporters.",
        [
            (
                "Satya Nadella",
                "tell",
                "We are not going to sell the company. It is not for sale",
                "direct",
            )
        ],
    ),
    (
        "direct-said-x",
        '"The market is tough," said John Smith, an analyst at Morgan Stanley.',
        [("John Smith", "say", "The market is tough", "direct")],
    ),
    (
        "direct-after-colon",
        "Nvidia Chief Executive Jensen Huang said: “Demand for our chips remains incredible.”",
        [("Jensen Huang", "say", "Demand for our chips remains incredible", "direct")],
    ),
    (
        "according-to",
        "According to Reuters, Apple is preparing a new headset.",
        [("Reuters", "according to", "Apple is preparing a new headset", "indirect")],
    ),
    (
        "the-company",
        "Ford reported lower profits. The company announced plans to cut 500 jobs.",
        [("Ford", "announce", "plans to cut 500 jobs", "indirect")],
    ),
    (
        "the-company-incise",
        "Amazon expects revenue of $150 billion, the company said in a statement.",
        [("Amazon", "say", "Amazon expects revenue of $150 billion", "indirect")],
    ),
    (
        "pronoun-she",
        "Mary Barra told analysts that General Motors would build two new plants. She added "
        "that prices would fall.",
        [
            ("Mary Barra", "tell", "General Motors would build two new plants", "indirect"),
            ("Mary Barra", "add", "prices would fall", "indirect"),
        ],
    ),
    (
        "former-president",
        "Former President Donald Trump wrote on Truth Social that tariffs would rise.",
        [("Donald Trump", "write", "tariffs would rise", "indirect")],
    ),
    (
        "incise",
        "Sales will fall by 5% this year, the chief financial officer said.",
        [("chief financial officer", "say", "Sales will fall by 5% this year", "indirect")],
    ),
    (
        "given-name-the-ner-left-out",
        '"We are investing heavily in AI infrastructure," Chief Executive Sundar Pichai said.',
        [("Sundar Pichai", "say", "We are investing heavily in AI infrastructure", "direct")],
    ),
    (
        "body-noun",
        "The union says 300 jobs are at risk.",
        [("union", "say", "300 jobs are at risk", "indirect")],
    ),
    (
        "subject-the-ner-took-for-a-place",
        "Nvidia reported record revenue on Wednesday. The company said revenue rose 94% to "
        "$35.1 billion, and it forecast sales of about $37.5 billion.",
        [
            (
                "Nvidia",
                "say",
                "revenue rose 94% to $35.1 billion, and it forecast sales of about $37.5 billion",
                "indirect",
            )
        ],
    ),
    (
        "quote-with-a-participle",
        '"The age of AI is in full steam, propelling a global shift to Nvidia computing," '
        "Chief Executive Jensen Huang said in a statement.",
        [
            (
                "Jensen Huang",
                "say",
                "The age of AI is in full steam, propelling a global shift to Nvidia computing",
                "direct",
            )
        ],
    ),
    (
        "writer-while-left-out",
        "Ford said its sales rose 5% in March, while General Motors reported a decline.",
        [("Ford", "say", "its sales rose 5% in March", "indirect")],
    ),
    (
        "not-an-incise-without-comma",
        "Minister Ellwood said:\n\nThis is a significant step for the people of Sinjar.",
        [],
    ),
    (
        "bare-body-noun-refers-back-to-the-last-body",
        "The Federal Trade Commission sued Amazon on Tuesday, accusing the e-commerce giant of "
        "illegally maintaining monopoly power. The agency said Amazon's practices cost sellers "
        "billions of dollars.",
        [
            (
                "Federal Trade Commission",
                "say",
                "Amazon's practices cost sellers billions of dollars",
                "indirect",
            )
        ],
    ),
    (
        "a-bare-body-noun-is-the-last-body-whose-name-holds-it",
        "The European Commission fined Apple 500 million euros on Monday. The Commission said "
        "the company had broken the rules on app stores.",
        [
            (
                "European Commission",
                "say",
                "the company had broken the rules on app stores",
                "indirect",
            )
        ],
    ),
    (
        "the-regulator-after-the-content-that-names-it",
        "The European Commission has opened an investigation into whether Alphabet's Google "
        "abused its dominance in online advertising, the regulator said on Wednesday.",
        [
            (
                "European Commission",
                "say",
                "The European Commission has opened an investigation into whether Alphabet's "
                "Google abused its dominance in online advertising",
                "indirect",
            )
        ],
    ),
    (
        "the-company-is-the-last-subject-not-the-last-named",
        "Dell, which sells servers to Oracle and Microsoft, reported revenue of $88.4 billion "
        "in fiscal 2024. The company said it expected the restructuring charges to total less "
        "than $500 million.",
        [
            (
                "Dell",
                "say",
                "it expected the restructuring charges to total less than $500 million",
                "indirect",
            )
        ],
    ),
    (
        "the-company-is-not-the-publisher-of-the-source",
        "Dell Technologies plans to cut about 12,500 jobs, according to an internal memo seen "
        "by Reuters. The Texas-based company said the layoffs would save more than $1 billion "
        "a year.",
        [
            (None, "according to", "Dell Technologies plans to cut about 12,500 jobs", "indirect"),
            ("Dell", "say", "the layoffs would save more than $1 billion a year", "indirect"),
        ],
    ),
    (
        "time-of-the-saying-is-not-content",
        "Unilever said on Thursday it would sell its ice cream business for £3.5bn.",
        [("Unilever", "say", "it would sell its ice cream business for £3.5bn", "indirect")],
    ),
    (
        "a-trade-noun-refers-back-to-the-company",
        "Walgreens agreed to be taken private by Sycamore Partners, the pharmacy chain said on "
        "Friday. The retailer said it would keep its stores open.",
        [
            (
                "Walgreens",
                "say",
                "Walgreens agreed to be taken private by Sycamore Partners",
                "indirect",
            ),
            ("Walgreens", "say", "it would keep its stores open", "indirect"),
        ],
    ),
    (
        "source-noun-memo-without-owner",
        "Dell plans to cut about 12,500 jobs, according to an internal memo seen by Reuters.",
        [(None, "according to", "Dell plans to cut about 12,500 jobs", "indirect")],
    ),
    (
        "source-owner-before-the-noun",
        "According to Reuters calculations, the deal values the company at $3 billion.",
        [("Reuters", "according to", "the deal values the company at $3 billion", "indirect")],
    ),
    (
        "source-owner-possessive",
        "I welcome the Board of Inquiry's report, which found that the aid convoy was attacked "
        "from the air.",
        [("Board of Inquiry", "find", "the aid convoy was attacked from the air", "indirect")],
    ),
    (
        "source-noun-refers-back-to-its-owner",
        "According to a Microsoft statement, the deal closed on Friday. The statement said the "
        "company would keep the brand.",
        [
            ("Microsoft", "according to", "the deal closed on Friday", "indirect"),
            ("Microsoft", "say", "the company would keep the brand", "indirect"),
        ],
    ),
    (
        "a-body-whose-name-holds-a-bank-noun-and-a-place",
        "The Federal Reserve Bank of New York said inflation expectations had eased. The Bank "
        "of England said wage growth would slow.",
        [
            ("New York Fed", "say", "inflation expectations had eased", "indirect"),
            ("Bank of England", "say", "wage growth would slow", "indirect"),
        ],
    ),
    (
        "firm-whose-name-holds-an-organisation-noun",
        "Bank of America said its fourth-quarter earnings per share were 82 cents.",
        [
            (
                "Bank of America",
                "say",
                "its fourth-quarter earnings per share were 82 cents",
                "indirect",
            )
        ],
    ),
    (
        "pronoun-goes-to-the-subject-of-its-sentence",
        "Wells Fargo said it would cut its expenses by $2.4 billion this year. Citigroup shares "
        "rose 6.5% after it announced a $20 billion buyback.",
        [
            (
                "Wells Fargo",
                "say",
                "it would cut its expenses by $2.4 billion this year",
                "indirect",
            ),
            ("Citigroup", "announce", "a $20 billion buyback", "indirect"),
        ],
    ),
    (
        "a-quotation-that-goes-on-after-its-attribution",
        '"Demand for our cloud services keeps growing," Chief Financial Officer Amy Hood told '
        'analysts on a call. "We expect capacity constraints to last into next year."',
        [
            ("Amy Hood", "tell", "Demand for our cloud services keeps growing", "direct"),
            ("Amy Hood", "tell", "We expect capacity constraints to last into next year", "direct"),
        ],
    ),
    (
        "a-quotation-that-goes-on-after-an-attribution-before-it",
        'ECB President Christine Lagarde said: "Inflation is coming down." "We are not '
        'declaring victory yet."',
        [
            ("Christine Lagarde", "say", "Inflation is coming down", "direct"),
            ("Christine Lagarde", "say", "We are not declaring victory yet", "direct"),
        ],
    ),
    (
        "a-quotation-after-another-sentence-does-not-go-on",
        '"Our margins will recover," said Jane Doe, the chief executive. Shares fell 5% in '
        'early trading. "The quarter was weak."',
        [("Jane Doe", "say", "Our margins will recover", "direct")],
    ),
    (
        "a-capital-after-a-closed-quotation-opens-the-next-sentence",
        '"We will not sell the brand." Unilever said it would keep investing in ice cream.',
        [("Unilever", "say", "it would keep investing in ice cream", "indirect")],
    ),
    (
        "a-relative-clause-of-the-source-is-not-the-statement",
        "Chevron is weighing a sale of its Canadian shale assets, according to people familiar "
        "with the matter, who asked not to be identified because the talks are private.",
        [
            (
                None,
                "according to",
                "Chevron is weighing a sale of its Canadian shale assets",
                "indirect",
            )
        ],
    ),
    (
        "an-apposition-of-the-source-at-the-end-is-not-the-statement",
        "Global shipments of tablets fell 8% in the quarter, according to Canalys, a "
        "Singapore-based research firm.",
        [
            (
                "Canalys",
                "according to",
                "Global shipments of tablets fell 8% in the quarter",
                "indirect",
            )
        ],
    ),
    (
        "a-relative-clause-of-the-source-at-the-head",
        "According to Reuters, which first reported the talks, the deal values Figma at $20 "
        "billion.",
        [("Reuters", "according to", "the deal values Figma at $20 billion", "indirect")],
    ),
    (
        "a-firms-analysts-speak-for-the-firm",
        "Morgan Stanley analysts said in a note they expected copper to average $9,500 a tonne "
        "next year.",
        [
            (
                "Morgan Stanley",
                "say",
                "they expected copper to average $9,500 a tonne next year",
                "indirect",
            )
        ],
    ),
    (
        "they-after-a-quotation-is-the-firms-analysts",
        "Apple unveiled a cheaper iPhone. Analysts at Jefferies said the launch would lift "
        'sales. "Apple is finally competing on price," they wrote in a note.',
        [
            ("Jefferies", "say", "the launch would lift sales", "indirect"),
            ("Jefferies", "write", "Apple is finally competing on price", "direct"),
        ],
    ),
    (
        "one-analyst-stays-a-person",
        "An analyst at Morgan Stanley said the deal was cheap.",
        [("analyst at Morgan Stanley", "say", "the deal was cheap", "indirect")],
    ),
    (
        "a-reporting-verb-read-as-an-adjective-of-the-name",
        '"Management sacrificed the workers to please the shareholders," estimated Jean-Luc '
        "Moreau, a delegate of the union.",
        [
            (
                "Jean-Luc Moreau",
                "estimate",
                "Management sacrificed the workers to please the shareholders",
                "direct",
            )
        ],
    ),
    (
        "a-listed-body-the-tagger-reads-as-a-common-noun",
        "OPEC+, whose members pump about 40% of the world's oil, said on Sunday it would extend "
        "its output cuts into 2026.",
        [("OPEC+", "say", "it would extend its output cuts into 2026", "indirect")],
    ),
    (
        "a-participle-read-as-a-preposition-stays-in-the-clause",
        "Unilever said costs had risen, including wages, freight and packaging.",
        [
            (
                "Unilever",
                "say",
                "costs had risen, including wages, freight and packaging",
                "indirect",
            )
        ],
    ),
    (
        "according-to-data-compiled-by-its-maker",
        "The chain owes about $320 million to bondholders, according to data compiled by "
        "Bloomberg.",
        [
            (
                "Bloomberg",
                "according to",
                "The chain owes about $320 million to bondholders",
                "indirect",
            )
        ],
    ),
    (
        "figures-published-by-their-author",
        "According to figures published by the Office for National Statistics, inflation rose "
        "to 3.8% in July.",
        [
            (
                "Office for National Statistics",
                "according to",
                "inflation rose to 3.8% in July",
                "indirect",
            )
        ],
    ),
    (
        "according-to-data-from-a-firm",
        "According to data from FactSet, earnings of the largest US companies grew 9% last "
        "quarter.",
        [
            (
                "FactSet",
                "according to",
                "earnings of the largest US companies grew 9% last quarter",
                "indirect",
            )
        ],
    ),
    (
        "a-parenthetical-attribution-in-mid-clause",
        "Mark Zandi, the chief economist of Moody's Analytics, was cautious. In the long run, he "
        "said, rents will keep rising faster than wages.",
        [("Mark Zandi", "say", "rents will keep rising faster than wages", "indirect")],
    ),
    (
        "according-to-in-mid-sentence-before-a-verbless-gloss",
        "Pending home sales fell 4.6% in January, according to the National Association of "
        "Realtors, the lowest reading on record.",
        [
            (
                "National Association of Realtors",
                "according to",
                "Pending home sales fell 4.6% in January",
                "indirect",
            )
        ],
    ),
    (
        "direct-a-title-in-lower-case-before-the-name",
        '"Our order book has never been stronger," chairman and chief executive Sanjiv Mehta '
        "said on Friday.",
        [("Sanjiv Mehta", "say", "Our order book has never been stronger", "direct")],
    ),
    (
        "a-price-the-stock-model-reads-as-an-organisation-is-no-antecedent",
        'Analysts at Peel Hunt cut their target price to 640p from 1,100p on Friday. "The '
        'shares look cheap on any measure," they wrote.',
        [("Peel Hunt", "write", "The shares look cheap on any measure", "direct")],
    ),
    (
        "he-of-an-incise-is-a-person-not-the-firm-of-the-clause",
        '"Demand is weak," said Tom Price, an analyst at Liberum. Glencore will cut its cobalt '
        "output this year, he said.",
        [
            ("Tom Price", "say", "Demand is weak", "direct"),
            ("Tom Price", "say", "Glencore will cut its cobalt output this year", "indirect"),
        ],
    ),
    (
        "it-of-an-incise-is-still-the-firm-of-the-clause",
        "Glencore cut its cobalt output by 10% in the first half, it said.",
        [
            (
                "Glencore",
                "say",
                "Glencore cut its cobalt output by 10% in the first half",
                "indirect",
            )
        ],
    ),
    (
        "an-incise-before-a-clause-hung-on-the-reported-verb",
        "The plant in Corby will shut in March, administrators from Interpath said, after "
        "talks with a buyer collapsed.",
        [("Interpath Advisory", "say", "The plant in Corby will shut in March", "indirect")],
    ),
    (
        "told-reuters-is-whom-it-was-said-to",
        "Bidders included Next and a group led by John Smith, three sources told Reuters.",
        [(None, "tell", "Bidders included Next and a group led by John Smith", "indirect")],
    ),
    (
        "one-of-the-sources-is-nobody-named-not-the-last-firm",
        "Shell said profit rose. A sale of the unit was possible, two sources told Reuters. "
        "Talks could end this week, one of the sources said.",
        [
            ("Shell", "say", "profit rose", "indirect"),
            (None, "tell", "A sale of the unit was possible", "indirect"),
            (None, "say", "Talks could end this week", "indirect"),
        ],
    ),
    (
        "according-to-before-a-coordinated-clause-attributes-the-clause-before",
        "Same-store sales rose 4% in the quarter, according to Walmart, and online sales grew 9%.",
        [("Walmart", "according to", "Same-store sales rose 4% in the quarter", "indirect")],
    ),
    (
        "a-second-reporting-verb-hung-in-the-clause-is-the-speakers-next-act",
        "Unilever said on Monday that sales rose 3% in Asia, and warned that costs would "
        "climb next year.",
        [
            ("Unilever", "say", "sales rose 3% in Asia", "indirect"),
            ("Unilever", "warn", "costs would climb next year", "indirect"),
        ],
    ),
    (
        "a-second-that-clause-is-said-too",
        'Jefferies analyst Ann Lee wrote that the offer was "full but fair," and that she '
        "did not expect a rival bid.",
        [
            (
                "Ann Lee",
                "write",
                'the offer was "full but fair," and that she did not expect a rival bid',
                "indirect",
            )
        ],
    ),
    (
        "the-maker-of-its-brands-is-the-firm-named-before",
        "Heineken sold more beer in Africa. The maker of Moretti and Amstel said volumes grew "
        "2% in the quarter.",
        [("Heineken", "say", "volumes grew 2% in the quarter", "indirect")],
    ),
    (
        "the-committee-is-the-last-committee-named",
        "The Monetary Policy Committee of the Central Bank of Chile cut its rate to 4.5%. The "
        "committee said that further cuts would depend on the data.",
        [
            (
                "Monetary Policy Committee",
                "say",
                "further cuts would depend on the data",
                "indirect",
            )
        ],
    ),
    (
        "a-coordinated-verb-of-advice-is-the-speakers-next-act",
        "The IMF said growth in the euro zone was too weak and urged the ECB to cut rates further.",
        [("IMF", "say", "growth in the euro zone was too weak", "indirect")],
    ),
    (
        "a-subsidiary-named-through-its-parent",
        "Bouygues Construction won a contract in Cairo. The works will be completed in 2028, "
        "the subsidiary of Bouygues said.",
        [("Bouygues Construction", "say", "The works will be completed in 2028", "indirect")],
    ),
    ("not-according-to-depending-on", "Prices vary according to the size of the model.", []),
    ("not-idiom", "He said goodbye to his staff.", []),
    ("not-a-question", "Intel did not say how many jobs would be cut.", []),
]


def _check(extractor, lang, text, expected):
    claims = extractor.extract(text, lang=lang).claims
    found = [(c.speaker.name if c.speaker else None, c.cue, c.text, c.quote) for c in claims]
    assert found == expected
    for claim in claims:
        assert claim.start == text.index(claim.text)
        assert text[claim.start : claim.end] == claim.text
        cue = claim.cue_mention
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.parametrize("text,expected", [c[1:] for c in FRENCH], ids=[c[0] for c in FRENCH])
def test_french(extractor, text, expected):
    _check(extractor, "fr", text, expected)


@pytest.mark.parametrize("text,expected", [c[1:] for c in ENGLISH], ids=[c[0] for c in ENGLISH])
def test_english(extractor, text, expected):
    _check(extractor, "en", text, expected)


@pytest.mark.parametrize(
    "lang,text,pronoun,name",
    [
        (
            "fr",
            "Mark Zuckerberg a révélé que Meta construit un centre. Il a souligné que Meta "
            "investira.",
            "Il",
            "Mark Zuckerberg",
        ),
        (
            "en",
            "Tim Cook met investors on Monday. He did not confirm that the plant would close.",
            "He",
            "Tim Cook",
        ),
    ],
    ids=["fr-il", "en-he"],
)
def test_pronoun_speaker_keeps_its_mention(extractor, lang, text, pronoun, name):
    claim = extractor.extract(text, lang=lang).claims[-1]
    assert claim.speaker.name == name
    assert claim.speaker.kind == "person"
    mention = claim.speaker.mention
    assert (mention.text, mention.start) == (pronoun, text.index(pronoun + " "))


@pytest.mark.parametrize(
    "lang,text,mention,role",
    [
        (
            "en",
            '"Management sacrificed the workers to please the shareholders," estimated '
            "Jean-Luc Moreau, a delegate of the union.",
            "Jean-Luc Moreau",
            None,
        ),
        (
            "fr",
            "« Le titre est cher », juge Luca Solca, analyste chez Bernstein.",
            "Luca Solca",
            None,
        ),
    ],
    ids=["en-participle-before-the-name", "fr-noun-before-the-name"],
)
def test_a_misread_cue_is_neither_mention_nor_role(extractor, lang, text, mention, role):
    [claim] = extractor.extract(text, lang=lang).claims
    assert (claim.speaker.mention.text, claim.speaker.role) == (mention, role)


@pytest.mark.parametrize(
    "lang,text,role",
    [
        ("fr", "Le méta-PDG Mark Zuckerberg a annoncé que Meta investirait.", "méta-PDG"),
        (
            "fr",
            "L'ancien président Trump a annoncé que les droits de douane monteraient.",
            "ancien président",
        ),
        (
            "fr",
            "Le patron de Renault, Luca de Meo, a affirmé que l'usine resterait ouverte.",
            "patron de Renault",
        ),
        (
            "en",
            '"The market is tough," said John Smith, an analyst at Morgan Stanley.',
            "analyst at Morgan Stanley",
        ),
        ("en", "Former President Donald Trump wrote that tariffs would rise.", "Former President"),
        (
            "fr",
            "Le cofondateur et PDG Arthur Mensch a dit que la société comptait doubler ses "
            "effectifs.",
            "cofondateur et PDG",
        ),
    ],
    ids=[
        "fr-before-name",
        "fr-amod-name",
        "fr-apposition",
        "en-apposition",
        "en-before-name",
        "fr-coordinated-titles",
    ],
)
def test_role_kept_beside_the_name(extractor, lang, text, role):
    (claim,) = extractor.extract(text, lang=lang).claims
    assert claim.speaker.role == role


@pytest.mark.parametrize(
    "lang,text,negated",
    [
        ("fr", "Catherine MacGregor n'a pas confirmé que la société allait fermer l'usine.", True),
        ("fr", "Catherine MacGregor a confirmé que la société allait fermer l'usine.", False),
        ("en", "Tim Cook did not confirm that the plant would close.", True),
        ("en", "Tim Cook confirmed that the plant would close.", False),
    ],
    ids=["fr-ne-pas", "fr-affirmative", "en-did-not", "en-affirmative"],
)
def test_negation_flag(extractor, lang, text, negated):
    (claim,) = extractor.extract(text, lang=lang).claims
    assert claim.negated is negated


@pytest.mark.parametrize(
    "lang,text,speaker,company",
    [
        (
            "fr",
            "Microsoft a annoncé que ses investissements augmenteraient.",
            "Microsoft",
            "Microsoft",
        ),
        ("en", "Amazon expects revenue of $150 billion, the company said.", "Amazon", "Amazon"),
        # the stock model reads "Citi" as a person; the companies component as Citigroup
        (
            "en",
            "Citigroup will cut 5,000 more jobs this year. Citi said the cuts would save $1.5 "
            "billion by 2026.",
            "Citigroup",
            "Citigroup",
        ),
    ],
    ids=["fr-named", "en-the-company", "en-a-short-form-read-as-a-person"],
)
def test_organisation_speaker_links_to_its_company(extractor, lang, text, speaker, company):
    article = extractor.extract(text, lang=lang)
    (claim,) = article.claims
    assert claim.speaker.kind == "organization"
    assert (claim.speaker.name, claim.speaker.company) == (speaker, company)
    assert company in [c.name for c in article.companies]


def test_companies_inside_the_content_are_linked(extractor):
    text = "Le PDG Mark Zuckerberg a annoncé que Meta investirait avec Microsoft dans un centre."
    (claim,) = extractor.extract(text, lang="fr").claims
    assert claim.text == "Meta investirait avec Microsoft dans un centre"
    assert claim.companies == ["Meta", "Microsoft"]


def _mention(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"text": part, "start": start, "end": start + len(part)}


def test_link_claims_lists_the_records_inside_the_content():
    text = (
        "Meta dépensera 65 milliards de dollars en 2025, a dit Zuckerberg; "
        "Google 50 milliards en 2024."
    )
    content = _mention(text, "Meta dépensera 65 milliards de dollars en 2025")
    claim = Claim(**content, speaker=None, cue="dire")
    amounts = [
        Amount(**_mention(text, "65 milliards de dollars"), value=65e9, currency="USD"),
        Amount(**_mention(text, "50 milliards"), value=50e9, currency="USD"),
    ]
    years = [
        YearMention(**_mention(text, "en 2025"), year=2025),
        YearMention(**_mention(text, "en 2024"), year=2024),
    ]
    companies = [
        Company(name="Meta", source="ner", mentions=[Mention(**_mention(text, "Meta"))]),
        Company(name="Google", source="ner", mentions=[Mention(**_mention(text, "Google"))]),
    ]
    (linked,) = link_claims([claim], amounts=amounts, years=years, companies=companies)
    assert (linked.amounts, linked.years, linked.companies) == ([0], [0], ["Meta"])
    assert claim.amounts == []  # the input is left as it was


def test_link_claims_needs_the_whole_mention_inside():
    text = "Il a dit que Meta investira. Meta Platforms confirme."
    claim = Claim(**_mention(text, "Meta investira"), speaker=None, cue="dire")
    straddling = Mention(text="investira. Meta", start=claim.start + 5, end=claim.end + 6)
    company = Company(name="Meta", source="ner", mentions=[straddling])
    (linked,) = link_claims([claim], companies=[company])
    assert linked.companies == []


def test_component_writes_plain_values_that_survive_docbin(nlp_fr):
    text = "« Le marché reste difficile », a affirmé Bernard Arnault."
    doc = nlp_fr(text)
    (span,) = doc.spans["newsfacts_claims"]
    expected = {
        "speaker": {
            "name": "Bernard Arnault",
            "kind": "person",
            "role": None,
            "text": "Bernard Arnault",
            "start": text.index("Bernard"),
            "end": len(text) - 1,
            "company": None,
        },
        "cue": "affirmer",
        "cue_start": text.index("affirmé"),
        "cue_end": text.index("affirmé") + len("affirmé"),
        "quote": "direct",
        "negated": False,
    }
    assert span.text == "Le marché reste difficile"
    assert span._.claim == expected
    json.dumps(span._.claim)  # plain data only
    docbin = DocBin(store_user_data=True)
    docbin.add(doc)
    (restored,) = DocBin(store_user_data=True).from_bytes(docbin.to_bytes()).get_docs(nlp_fr.vocab)
    assert restored.spans["newsfacts_claims"][0]._.claim == expected


def _words(text):
    return set(re.findall(r"\w+", (text or "").casefold()))


def _jaccard(a, b):
    a, b = _words(a), _words(b)
    return len(a & b) / len(a | b)


def test_seed_article(extractor):
    gold = json.loads((FIXTURES / "seed-meta-fr.gold.jsonl").read_text(encoding="utf-8"))
    article = extractor.extract(gold["text"], lang="fr", published=gold["published"])
    assert len(article.claims) == len(gold["claims"]) == 9
    for expected, claim in zip(gold["claims"], article.claims, strict=True):
        assert _jaccard(expected["text"], claim.text) >= 0.8
        assert (claim.speaker.name, claim.cue) == (expected["speaker"], expected["cue"])
    pronouns = [c for c in article.claims if c.speaker.mention.text == "Il"]
    assert [c.cue for c in pronouns] == ["poster", "souligner"]
    organisations = [c.speaker.name for c in article.claims if c.speaker.kind == "organization"]
    assert organisations == ["Microsoft", "Amazon"]
    trump = article.claims[-1]
    assert (trump.speaker.mention.text, trump.speaker.role) == (
        "l'ancien président Trump",
        "ancien président",
    )


@pytest.mark.shared
def test_shared_seed_gold_is_the_fixture():
    """The fixture the seed test reads is the shared dev gold (so the test measures it)."""
    shared = shared_path("dev", "gold.jsonl").read_text(encoding="utf-8")
    fixture = (FIXTURES / "seed-meta-fr.gold.jsonl").read_text(encoding="utf-8")
    assert json.loads(shared.splitlines()[0])["claims"] == json.loads(fixture)["claims"]


@pytest.mark.shared
def test_wikinews_claims_hold_their_evidence(nlp_fr):
    """On real French news: every claim's content, cue and speaker mention are exact
    stretches of the text, and the cue and the speaker lie outside the content."""
    path = shared_path("real", "frwikinews_sentences", "frwikinews-1000-sentences.txt")
    lines = path.read_text(encoding="utf-8").splitlines()[:200]
    data = nlp_fr.get_pipe("newsfacts_claims").data
    cues = (
        data.REPORTING_VERBS
        | set(data.SOURCE_MARKERS.values())
        | set(data.REPORTING_PERIPHRASES.values())
    )
    found = 0
    for doc in nlp_fr.pipe("\n".join(lines[i : i + 25]) for i in range(0, len(lines), 25)):
        for span in doc.spans["newsfacts_claims"]:
            found += 1
            claim = span._.claim
            assert claim["cue"] in cues
            assert not span.start_char <= claim["cue_start"] < span.end_char
            assert doc.text[claim["cue_start"] : claim["cue_end"]].strip()
            speaker = claim["speaker"]
            if speaker is not None:
                assert doc.text[speaker["start"] : speaker["end"]] == speaker["text"]
                assert speaker["kind"] in ("person", "organization")
                assert not span.start_char <= speaker["start"] < span.end_char
    assert found >= 10
