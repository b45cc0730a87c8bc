"""Currency markers and the ISO 4217 codes they stand for.

Tables only: which symbols, codes and names mark an amount as money, and
which currency each one names.  Markers that are ordinary English words when
lower-cased ("try", "all", "us") are only accepted in the safe spelling, and
names that are also units of weight or verbs ("pounds", "won", "rand") only
count with a scale word, so that "a twenty-pound bag" stays out.
"""

from __future__ import annotations

__all__ = [
    "ADJECTIVES",
    "CODES",
    "LOWERCASE_CODES",
    "NAMES",
    "SCALED_ONLY_NAMES",
    "SHARED_NAMES",
    "SPACED_PREFIXES",
    "GLUED_PREFIXES",
    "SUBUNITS",
    "SYMBOLS",
    "PREFIX_WORDS",
    "adjective_currency",
    "code_currency",
    "code_multiplier",
    "name_currency",
    "prefix_currency",
]

# Symbols usable before or after the number.
SYMBOLS: dict[str, str | None] = {
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "￥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "₱": "PHP",
    "₦": "NGN",
    "₴": "UAH",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "฿": "THB",
    "元": "CNY",
    "ரூ": "LKR",
}

# Letters glued before "$" that name a dollar ("US$", "C$", "A$"); they must
# be written as shown, since "a $5 bill" and "Meta's $14B" are plain dollars.
GLUED_PREFIXES: dict[str, str] = {
    "US": "USD",
    "U.S.": "USD",
    "C": "CAD",
    "CA": "CAD",
    "A": "AUD",
    "AU": "AUD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
    "SG": "SGD",
    "R": "BRL",
    "NT": "TWD",
    "Mex": "MXN",
    "MX": "MXN",
}

# Prefixes to "$" that are no English word, so any case and a space before
# the "$" are accepted ("hk $ 10", "usd$ 15", "u.s $ 100").
SPACED_PREFIXES: dict[str, str] = {
    "u.s": "USD",
    "u.s.": "USD",
    "usd": "USD",
    "c": "CAD",
    "cad": "CAD",
    "aud": "AUD",
    "nz": "NZD",
    "nzd": "NZD",
    "hk": "HKD",
    "hkd": "HKD",
    "sgd": "SGD",
    "mex": "MXN",
    "mxn": "MXN",
    "us": "USD",
}

# ISO 4217 codes written in capitals, before or after the number.  Codes
# that are common English words in capitals (ALL, TOP, CUP) are left out.
CODES: dict[str, str] = {
    code: code
    for code in (
        "USD EUR GBP JPY CNY INR CAD AUD CHF HKD SGD NZD MXN BRL KRW RUB TRY ZAR SEK NOK "
        "DKK PLN CZK HUF ILS AED SAR THB MYR IDR PHP VND NGN EGP KES TWD ARS CLP COP UAH "
        "PKR BDT LKR QAR KWD"
    ).split()
} | {"RMB": "CNY"}

# Abbreviations written before the number only, exactly as shown.
PREFIX_WORDS: dict[str, str] = {"Rs": "INR", "Rs.": "INR", "RM": "MYR", "Rp": "IDR", "Rp.": "IDR"}

# Codes also accepted in lower case: none of them is an English word.
LOWERCASE_CODES: dict[str, str] = {
    code.lower(): iso
    for code, iso in CODES.items()
    if code in "USD EUR GBP JPY CNY RMB INR CAD AUD CHF HKD SGD NZD MXN BRL ZAR".split()
}

# Currency names several currencies share, each with the word for all its
# forms: the name alone does not settle the currency, the text around may.
SHARED_NAMES: dict[str, str] = {
    "franc": "franc",
    "francs": "franc",
    "lira": "lira",
    "liras": "lira",
    "peso": "peso",
    "pesos": "peso",
    "krone": "krone",
    "kroner": "krone",
}

# Currency names after the number, with their currency when the name alone
# settles it (None: the name is shared by several currencies).
NAMES: dict[str, str | None] = {
    **dict.fromkeys(SHARED_NAMES),
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rupiah": "IDR",
    "won": "KRW",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "markka": "FIM",
    "markkaa": "FIM",
    "deutsche mark": "DEM",
    "deutsche marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "guilder": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "lire": "ITL",
    "reais": "BRL",
    "rand": "ZAR",
    "krona": "SEK",
    "kronor": "SEK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "shekel": "ILS",
    "shekels": "ILS",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "baht": "THB",
    "ringgit": "MYR",
    "dong": "VND",
    "naira": "NGN",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
}

# Names that are also ordinary words ("pounds" of weight, "won" the verb):
# money only with a scale word before them or an adjective naming a currency.
SCALED_ONLY_NAMES = frozenset({"pound", "pounds", "won", "rand", "dong"})

# An adjective before the name settles which currency it is.
ADJECTIVES: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "united states": "USD",
    "canadian": "CAD",
    "australian": "AUD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
    "singaporean": "SGD",
    "taiwan": "TWD",
    "new taiwan": "TWD",
    "chinese": "CNY",
    "japanese": "JPY",
    "indian": "INR",
    "pakistani": "PKR",
    "sri lankan": "LKR",
    "swiss": "CHF",
    "french": "FRF",
    "belgian": "BEF",
    "finnish": "FIM",
    "dutch": "NLG",
    "spanish": "ESP",
    "turkish": "TRY",
    "italian": "ITL",
    "mexican": "MXN",
    "philippine": "PHP",
    "argentine": "ARS",
    "argentinian": "ARS",
    "chilean": "CLP",
    "colombian": "COP",
    "brazilian": "BRL",
    "south african": "ZAR",
    "swedish": "SEK",
    "norwegian": "NOK",
    "danish": "DKK",
    "polish": "PLN",
    "russian": "RUB",
    "south korean": "KRW",
    "korean": "KRW",
    "british": "GBP",
    "egyptian": "EGP",
    "nigerian": "NGN",
    "kenyan": "KES",
    "saudi": "SAR",
    "uae": "AED",
    "emirati": "AED",
    "israeli": "ILS",
    "thai": "THB",
    "malaysian": "MYR",
    "indonesian": "IDR",
    "vietnamese": "VND",
    "german": "DEM",
}

# Fractional units: the value counts the subunit ("50 cents" is 50 cents).
SUBUNITS: dict[str, str | None] = {
    "cent": None,
    "cents": None,
    "pence": "GBP",
    "penny": None,
}


def prefix_currency(prefix: str) -> str | None:
    """Return the currency of a marker written before the number ("C$", "USD")."""
    compact = prefix.replace(" ", "")
    if compact in SYMBOLS:
        return SYMBOLS[compact]
    if compact in PREFIX_WORDS:
        return PREFIX_WORDS[compact]
    if compact.endswith("$"):
        letters = compact[:-1]
        return GLUED_PREFIXES.get(letters) or SPACED_PREFIXES.get(letters.lower())
    return code_currency(compact)


def code_currency(code: str) -> str | None:
    """Return the currency of an ISO-like code, without its million/thousand prefix."""
    if code in CODES:
        return CODES[code]
    if code in LOWERCASE_CODES:
        return LOWERCASE_CODES[code]
    if code[:1] in "MkK" and code[1:] in CODES:
        return CODES[code[1:]]
    return None


def code_multiplier(code: str) -> int:
    """Return 10**6 for "MUSD", 10**3 for "kEUR", 1 for a plain code."""
    if code in CODES or code in LOWERCASE_CODES:
        return 1
    return 10**6 if code[:1] == "M" else 10**3


def name_currency(name: str) -> str | None:
    """Return the currency of a name written after the number ("euros")."""
    key = " ".join(name.lower().split())
    if key in NAMES:
        return NAMES[key]
    return SUBUNITS.get(key)


def adjective_currency(adjective: str) -> str | None:
    """Return the currency an adjective pins down ("Swiss" -> CHF)."""
    return ADJECTIVES.get(" ".join(adjective.lower().replace("-", " ").split()))
