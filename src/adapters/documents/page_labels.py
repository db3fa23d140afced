"""French names for the codes an invoice carries, as a French accountant reads them on the page.

The document keeps the codes (they are what machines read); the readable page shows the name, and the code when
the name is unknown, so nothing is ever hidden. Sources: UN/ECE Recommendation 20 (units, the codes in use on
invoices), UNTDID 4461 (payment means), ISO 3166-1 (countries, their French short names), the CEF VATEX list
(exemption reasons) with the legal mention French law expects (CGI art. 242 nonies A, 9° and 13°; art. 293 B).
"""

from __future__ import annotations

import re

UNITS = {
    "C62": "unité",
    "H87": "pièce",
    "EA": "unité",
    "NAR": "article",
    "E48": "unité de service",
    "LS": "forfait",
    "SET": "lot",
    "PR": "paire",
    "DZN": "douzaine",
    "P1": "%",
    "HUR": "heure",
    "MIN": "minute",
    "SEC": "seconde",
    "DAY": "jour",
    "WEE": "semaine",
    "MON": "mois",
    "QAN": "trimestre",
    "ANN": "an",
    "GRM": "g",
    "KGM": "kg",
    "TNE": "t",
    "MMT": "mm",
    "CMT": "cm",
    "MTR": "m",
    "KMT": "km",
    "MTK": "m²",
    "HAR": "ha",
    "MTQ": "m³",
    "MLT": "ml",
    "CLT": "cl",
    "LTR": "l",
    "HLT": "hl",
    "KWH": "kWh",
    "MWH": "MWh",
    "KWT": "kW",
    "XBX": "boîte",
    "XPK": "colis",
    "XPA": "paquet",
    "XPX": "palette",
    "XCT": "carton",
    "XBO": "bouteille",
    "XPP": "pièce",  # UN/ECE rec 21 "piece": German invoices' usual unit
    "IE": "personne",
    "ZZ": "unité convenue",
}

PAYMENT_MEANS = {
    "1": "Non défini",
    "10": "Espèces",
    "20": "Chèque",
    "30": "Virement",
    "31": "Virement",
    "42": "Paiement sur compte bancaire",
    "48": "Carte bancaire",
    "49": "Prélèvement",
    "54": "Carte de crédit",
    "55": "Carte de débit",
    "57": "Accord permanent",
    "58": "Virement SEPA",
    "59": "Prélèvement SEPA",
    "68": "Paiement en ligne",
    "97": "Compensation",
    "ZZZ": "Moyen convenu entre les parties",
}

COUNTRIES = {
    "FR": "France",
    "DE": "Allemagne",
    "AT": "Autriche",
    "BE": "Belgique",
    "BG": "Bulgarie",
    "CY": "Chypre",
    "HR": "Croatie",
    "DK": "Danemark",
    "ES": "Espagne",
    "EE": "Estonie",
    "FI": "Finlande",
    "GR": "Grèce",
    "HU": "Hongrie",
    "IE": "Irlande",
    "IT": "Italie",
    "LV": "Lettonie",
    "LT": "Lituanie",
    "LU": "Luxembourg",
    "MT": "Malte",
    "NL": "Pays-Bas",
    "PL": "Pologne",
    "PT": "Portugal",
    "CZ": "Tchéquie",
    "RO": "Roumanie",
    "SK": "Slovaquie",
    "SI": "Slovénie",
    "SE": "Suède",
    "MC": "Monaco",
    "AD": "Andorre",
    "CH": "Suisse",
    "LI": "Liechtenstein",
    "NO": "Norvège",
    "IS": "Islande",
    "GB": "Royaume-Uni",
    "US": "États-Unis",
    "CA": "Canada",
    "MX": "Mexique",
    "BR": "Brésil",
    "AR": "Argentine",
    "CN": "Chine",
    "JP": "Japon",
    "KR": "Corée du Sud",
    "IN": "Inde",
    "SG": "Singapour",
    "HK": "Hong Kong",
    "AU": "Australie",
    "NZ": "Nouvelle-Zélande",
    "TR": "Turquie",
    "IL": "Israël",
    "AE": "Émirats arabes unis",
    "SA": "Arabie saoudite",
    "MA": "Maroc",
    "DZ": "Algérie",
    "TN": "Tunisie",
    "SN": "Sénégal",
    "CI": "Côte d'Ivoire",
    "ZA": "Afrique du Sud",
    "UA": "Ukraine",
    "GP": "Guadeloupe",
    "MQ": "Martinique",
    "GF": "Guyane",
    "RE": "La Réunion",
    "YT": "Mayotte",
    "PM": "Saint-Pierre-et-Miquelon",
    "NC": "Nouvelle-Calédonie",
    "PF": "Polynésie française",
}

# Exemption codes with a mention of their own; the others follow their article (see `exemption_mention`).
_EXEMPTIONS = {
    "VATEX-EU-AE": "Autoliquidation",
    "VATEX-FR-AE": "Autoliquidation",
    "VATEX-EU-IC": "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)",
    "VATEX-EU-G": "Exonération de TVA, article 262 I du CGI (exportation hors UE)",
    "VATEX-EU-O": "Hors du champ d'application de la TVA",
    "VATEX-EU-D": "Régime particulier des agences de voyages",
    "VATEX-EU-F": "Régime particulier des biens d'occasion",
    "VATEX-EU-I": "Régime particulier des objets d'art",
    "VATEX-EU-J": "Régime particulier des objets de collection et d'antiquité",
    "VATEX-EU-79-C": "Débours exclus de la base d'imposition (article 79 c de la directive 2006/112/CE)",
    "VATEX-FR-FRANCHISE": "TVA non applicable, art. 293 B du CGI",
    "VATEX-FR-CNWVAT": "Avoir sans TVA",
    "VATEX-FR-298SEXDECIESA": "Exonération de TVA, article 298 sexdecies A du CGI",
}
_FR_CGI = re.compile(r"^VATEX-FR-CGI(\d+)([A-Z]?)(?:-(\d+)(BIS)?)?$")
_EU_ARTICLE = re.compile(r"^VATEX-EU-(\d+)(?:-(\w+))?$")


def unit_name(code: str) -> str:
    return UNITS.get(code, code)


def payment_means_name(code: str) -> str:
    return PAYMENT_MEANS.get(code, f"code {code}" if code else "")


def country_name(code: str) -> str:
    return COUNTRIES.get(code.upper(), code)


def exemption_mention(code: str) -> str:
    """The mention for a VATEX code: its own, or the article it names (CGI for VATEX-FR-CGI…, the VAT directive
    for VATEX-EU-<article>); the code itself when it is not a VATEX code."""
    if code in _EXEMPTIONS:
        return _EXEMPTIONS[code]
    match = _FR_CGI.match(code)
    if match:
        article, letter, paragraph, bis = match.groups()
        where = f"{article}{' ' + letter if letter else ''}{'-' + paragraph if paragraph else ''}"
        return f"Exonération de TVA, article {where}{' bis' if bis else ''} du CGI"
    match = _EU_ARTICLE.match(code)
    if match:
        article, point = match.groups()
        where = f"{article}{', ' + point if point else ''}"
        return f"Exonération de TVA, article {where} de la directive 2006/112/CE"
    return code
