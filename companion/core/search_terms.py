"""The words parents type, and where their most frightened questions must land.

Data for :mod:`companion.core.search`, kept apart so the words can grow without the code.
Every word here is lower case. In a word group, ``"pay*"`` matches any word that starts
with ``pay``; the other words must appear as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

_STOPWORDS_TEXT = (
    "a an and are as at be been but by can could do does did for from had has have he her "
    "him his how i if in into is it its me my of on or our she so some someone something "
    "that the their them then there they this to too us was we what when where which who "
    "why will with would you your am im i'm "
)
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Everyday words parents use, and the words the guide uses for the same thing.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "blackmail": ("sextortion", "threat"),
    "blackmailed": ("sextortion", "threat"),
    "blackmailing": ("sextortion", "threat"),
    "blackmailer": ("sextortion", "threat"),
    "threatening": ("threat", "sextortion"),
    "threatened": ("threat", "sextortion"),
    "extortion": ("sextortion",),
    "nudes": ("nude",),
    "nudie": ("nude",),
    "naked": ("nude",),
    "pic": ("photo", "image"),
    "pics": ("photo", "image"),
    "pictures": ("photo", "image"),
    "picture": ("photo", "image"),
    "selfie": ("photo", "image"),
    "son": ("boy", "child"),
    "daughter": ("girl", "child"),
    "kid": ("child",),
    "kids": ("child",),
    "teenager": ("teen",),
    "stranger": ("stranger", "contact"),
    "groomer": ("groom",),
    "predator": ("groom", "offender"),
    "paedophile": ("offender", "groom"),
    "pedophile": ("offender", "groom"),
    "police": ("police", "report"),
    "arrest": ("police", "trouble", "law"),
    "arrested": ("police", "trouble", "law"),
    "jail": ("police", "trouble", "law"),
    "prison": ("police", "trouble", "law"),
    "criminal": ("police", "trouble", "law"),
    "crime": ("police", "law"),
    "prosecuted": ("police", "trouble", "law"),
    "charged": ("police", "trouble", "law"),
    "illegal": ("law", "illegal"),
    "delete": ("delete", "remove"),
    "removed": ("remove", "take"),
    "takedown": ("remove", "take"),
    "dm": ("message",),
    "dms": ("message",),
    "chat": ("chat", "message"),
    "money": ("pay", "money"),
    "paying": ("pay",),
    "paid": ("pay",),
    "ransom": ("pay", "demand"),
    "phone": ("phone", "device"),
    "location": ("location",),
    "helpline": ("helpline", "help"),
    "suicide": ("suicide", "crisis"),
    "suicidal": ("suicide", "crisis"),
    "scam": ("sextortion", "threat"),
    "scammer": ("sextortion", "threat"),
    "scammers": ("sextortion", "threat"),
    "scammed": ("sextortion", "threat"),
    "robux": ("roblox",),
    "vbucks": ("fortnite",),
    "insta": ("instagram",),
    "snap": ("snapchat",),
    "xbox": ("xbox",),
    "ps5": ("playstation",),
    "switch": ("nintendo",),
    "ipad": ("iphone",),
    "twitter": ("x",),
}

# How parents write in a hurry: chat spellings that a close-match search cannot guess.
SHORTHAND: dict[str, str] = {
    "shud": "should", "shld": "should", "wat": "what", "wot": "what", "u": "you",
    "ur": "your", "r": "are", "pls": "please", "plz": "please", "coz": "because",
    "cos": "because", "ppl": "people", "msg": "message", "msgs": "messages", "txt": "text",
    "vid": "video", "vids": "videos", "pix": "pics", "fone": "phone", "n00ds": "nudes",
    "noodz": "nudes", "nudez": "nudes", "dont": "don't", "cant": "can't", "wont": "won't",
    "2": "to", "4": "for", "hes": "he's", "shes": "she's", "theyre": "they're",
}  # fmt: skip

# Words that name a country: a parent asking for "a helpline in australia" means that one.
COUNTRY_WORDS: dict[str, str] = {
    "uk": "uk", "britain": "uk", "british": "uk", "england": "uk", "scotland": "uk",
    "wales": "uk", "ireland": "ie", "irish": "ie", "usa": "us", "america": "us",
    "american": "us", "canada": "ca", "canadian": "ca", "australia": "au",
    "australian": "au", "aussie": "au", "nz": "nz", "zealand": "nz",
}  # fmt: skip
# "Northern Ireland" is in the UK; "us" is a stop word ("help us"), never the country.
COUNTRY_PHRASES: dict[tuple[str, str], str] = {
    ("northern", "ireland"): "uk",
    ("united", "states"): "us",
    ("united", "kingdom"): "uk",
}


@dataclass(frozen=True)
class Answer:
    """Where a question in a parent's own words must land, whatever the ranking thinks
    (what GOV.UK's search calls a "best bet").

    ``when``: any one group of words, all of them in the question, asks this question;
    ``unless``: any one of these words means another question (paying for Robux).
    ``targets`` are shown first, in order:
    ``"page"`` is the top of a page; ``"page#a|b"`` is the first section of the page whose
    anchor holds ``a`` (else ``b``, else the top of the page), so reordering or rewording
    a page keeps the answer; ``"help"`` is Get help for the country; ``"help:kind"`` is the
    country's first service of that kind (else Get help for the country).
    """

    name: str
    when: tuple[tuple[str, ...], ...]
    targets: tuple[str, ...]
    unless: tuple[str, ...] = ()


_SELF = ("himself", "herself", "themselves", "themself", "myself", "yourself")
_IMAGE = ("image*", "pic*", "photo*", "picture*", "video*", "nude*", "selfie*")
_ONLINE = ("internet", "online", "web*", "site*")
_WHO_VERBS = ("call*", "phone*", "ring*", "contact*", "tell*", "report*", "talk*", "speak*", "go")


def _who(verb: str) -> tuple[tuple[str, ...], ...]:
    # "who do i call", "who to call", "who should we tell"; not "who can call my son".
    return tuple(("who", helper, verb) for helper in ("do", "to", "i", "we", "should"))


ANSWERS: tuple[Answer, ...] = (
    Answer(
        "crisis line",
        (
            ("suicid*",),
            ("self", "harm*"),
            ("selfharm*",),
            *(("kill*", word) for word in _SELF),
            *(("hurt*", word) for word in _SELF),
            ("want*", "die"),
            ("end", "life"),
        ),
        ("help:crisis", "if-it-happened"),
    ),
    Answer(
        "it has happened",
        (
            ("blackmail*",),
            ("extort*",),
            ("sextort*", "my"),
            ("threaten*",),
            ("scam*",),
            ("happened",),
            *(("what", "do", "i", "do", word) for word in ("nude*", "pic*", "photo*", "sent")),
        ),
        ("if-it-happened",),
        unless=("mean", "means", "meaning", "definition"),
    ),
    Answer(
        "who to call",
        (
            *(group for verb in _WHO_VERBS for group in _who(verb)),
            ("who", "help*"),
            ("emergency",),
            ("helpline*",),
            ("hotline*",),
            ("help*", "number*"),
            ("police", "number*"),
            ("what", "number*"),
            ("number*", "call*"),
            ("number*", "ring*"),
            ("call*", "police"),
            ("ring*", "police"),
            ("contact*", "police"),
            ("tell*", "police"),
            ("get", "help"),
            ("need", "help"),
            ("where", "help"),
            ("where", "report*"),
        ),
        ("help", "if-it-happened"),
    ),
    Answer(
        "in trouble with the police",
        (
            ("arrest*",),
            ("jail*",),
            ("prison*",),
            ("criminal*",),
            ("prosecut*",),
            ("charged",),
            ("charge*", "police"),
            ("trouble",),
            ("illegal",),
            ("against", "law"),
            ("break*", "law"),
            ("police", "record*"),
        ),
        ("faq#trouble", "if-it-happened#trouble"),
    ),
    Answer(
        "paying the blackmailer",
        (
            ("pay", "should"),
            ("pay", "them"),
            ("pay", "him"),
            ("pay", "her"),
            ("pay", "do"),
            ("pay", "blackmail*"),
            ("paid",),
            ("paying",),
            ("ransom*",),
            ("gift", "card*"),
            *(("money", word) for word in ("want*", "ask*", "demand*", "send*", "blackmail*")),
        ),
        ("faq#pay", "if-it-happened#pay"),
        unless=("robux", "bucks", "purchase", "purchases", "buy", "spend", "subscription"),
    ),
    Answer(
        "getting an image taken down",
        (
            ("take*", "down"),
            ("takedown",),
            *(("remov*", word) for word in (*_IMAGE, *_ONLINE, "it", "them")),
            *(("delet*", word) for word in _IMAGE),
            *(("off", word) for word in _ONLINE),
            ("spread*", "pic*"),
            ("spread*", "nude*"),
        ),
        ("if-it-happened#taken-down|take-down|remov", "help:remove"),
    ),
    Answer(
        "keeping the evidence",
        (
            *(("delet*", word) for word in ("chat*", "messag*", "account*", "app", "convers*")),
            ("evidence",),
            ("screenshot*",),
        ),
        ("if-it-happened#evidence",),
    ),
    Answer(
        "a new stage: a first phone, account or headset",
        (
            ("first", "phone*"),
            ("first", "mobile*"),
            ("first", "smartphone*"),
            ("first", "headset*"),
            ("first", "account*"),
        ),
        ("age-by-age#first",),
        unless=("nude*", "blackmail*", "threat*", "sextort*"),
    ),
)
