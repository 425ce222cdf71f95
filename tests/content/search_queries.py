"""Realistic things parents type, and where search must take them: in the top three.

A target is a page ("faq"), a section or service of a page ("faq#should-i-pay",
"help#uk:childline"), or any of a country's Get help entries ("help#uk:", its page and
services alike). Anchors of pages being rewritten are left out: only their page counts.

QUERIES have the same answer for every family; BY_COUNTRY have answers that depend on the
family's country (None: not chosen yet). Both are shared by the search test and the
search benchmark.
"""

from __future__ import annotations

COUNTRY_CODES = ("uk", "ie", "us", "ca", "au", "nz")
CountryTargets = dict[str | None, set[str]]

TROUBLE = "faq#is-my-child-in-trouble-with-the-police"
PAY = "faq#should-i-pay"
FOREVER = "faq#will-the-image-be-online-forever"
CRISIS_PLAN = "if-it-happened"

QUERIES: list[tuple[str, set[str]]] = [
    ("blackmail", {"understanding", "faq", "if-it-happened"}),
    ("nudes", {"step-talk", "faq", "understanding"}),
    ("someone is threatening my son", {"understanding", "faq", "if-it-happened"}),
    ("roblox chat", {"platforms/roblox"}),
    ("will my child be in trouble with the police", {"faq", "if-it-happened"}),
    ("should I pay", {"if-it-happened", "faq"}),
    ("get the image taken down", {"if-it-happened", "help", "faq"}),
    ("report remove", {"if-it-happened", "help", "faq"}),
    ("take it down", {"help", "if-it-happened"}),
    ("childline number", {"help"}),
    ("0800 1111", {"help"}),
    ("CEOP", {"help", "if-it-happened"}),
    ("my daughter sent a photo to a boy", {"faq", "understanding", "if-it-happened", "step-talk"}),
    ("will the picture be online forever", {"faq"}),
    ("what is sextortion", {"faq", "understanding"}),
    ("self-generated", {"faq", "understanding"}),
    ("grooming signs", {"understanding"}),
    ("how do I start talking to my child", {"step-talk", "faq"}),
    ("conversation starters for teenagers", {"step-talk"}),
    ("family agreement", {"step-agree", "agreement"}),
    ("screen time rules", {"step-agree", "platforms/iphone-ipad", "platforms/android"}),
    ("tiktok family pairing", {"platforms/tiktok"}),
    ("instagram private account", {"platforms/instagram"}),
    ("snapchat location", {"platforms/snapchat"}),
    ("snap map", {"platforms/snapchat"}),
    ("discord family center", {"platforms/discord"}),
    ("whatsapp groups", {"platforms/whatsapp"}),
    ("fortnite voice chat", {"platforms/fortnite"}),
    ("minecraft multiplayer", {"platforms/minecraft"}),
    ("xbox parental controls", {"platforms/xbox", "platforms/minecraft"}),
    ("iphone communication safety", {"platforms/iphone-ipad", "step-know"}),
    ("google family link", {"platforms/android"}),
    ("omegle", {"platforms/random-video-chat"}),
    ("should I take his phone away", {"faq", "if-it-happened", "step-talk"}),
    ("is it my fault", {"faq"}),
    ("fake AI image", {"faq", "understanding"}),
    ("keep evidence screenshots", {"if-it-happened", "faq"}),
    ("helpline in australia", {"help"}),
    ("netsafe", {"help", "if-it-happened"}),
    ("kids help phone canada", {"help"}),
    # Frightened questions, as parents type them (issue 13): the plan or the FAQ answer.
    ("someone is blackmailing my son for money what do i do", {CRISIS_PLAN, PAY}),
    ("help my son is being blackmailed", {CRISIS_PLAN}),
    ("my daughter is being threatened online", {CRISIS_PLAN}),
    ("my son is being blackmaild", {CRISIS_PLAN}),
    ("blackmale", {CRISIS_PLAN, "faq", "understanding"}),
    ("sextorsion", {"faq", "understanding", CRISIS_PLAN}),
    ("what do i do if my son sent a nude", {CRISIS_PLAN}),
    ("scammer has my sons pictures", {CRISIS_PLAN}),
    ("will my son be arrested", {TROUBLE}),
    ("will my daughter get in trouble with police", {TROUBLE}),
    ("can they arrest my kid for sending nudes", {TROUBLE}),
    ("is my child going to jail", {TROUBLE}),
    ("will he get a criminal record", {TROUBLE}),
    ("is it illegal for my daughter to send pics", {TROUBLE}),
    ("my son is 15 and sent a naked pic will police charge him", {TROUBLE}),
    ("will my son be arested", {TROUBLE}),
    ("shud i pay them", {PAY}),
    ("do i pay the blackmailer", {PAY}),
    ("they want money or they will post his pics", {PAY}),
    ("we already paid them what now", {PAY}),
    ("they are asking for gift cards", {PAY}),
    ("should i just pay so it stops", {PAY}),
    ("how to get pic taken down", {CRISIS_PLAN}),
    ("get nudes removed from internet", {CRISIS_PLAN}),
    ("pic of my daughter is online how to remove it", {CRISIS_PLAN}),
    ("can the image be taken off the internet", {CRISIS_PLAN, FOREVER}),
    ("will the pics be out there forever", {FOREVER}),
    ("should i delete the messages", {CRISIS_PLAN}),
    ("do i screenshot the chat", {CRISIS_PLAN}),
    ("is it my fault he got groomed", {"faq#is-it-my-fault"}),
    # -- situation pages, part A (issue 18) --
    ("financial sextortion of boys", {"boys-sextortion"}),
    ("a fake girl asked my son for nudes then wanted money", {"boys-sextortion", CRISIS_PLAN}),
    ("why won't my son tell me what happened", {"boys-sextortion"}),
    ("what do i say to my son after sextortion", {"boys-sextortion"}),
    ("they said they will send his nude to all his followers", {"boys-sextortion", CRISIS_PLAN}),
    ("what does the law say about nudes of under 18s", {"the-law"}),
    ("is it against the law for teenagers to send nudes", {"the-law", TROUBLE}),
    ("laws on sharing nudes in my country", {"the-law"}),
    ("will my child get a criminal record for a self taken photo", {"the-law", TROUBLE}),
    ("my son shared a nude of a girl from his school", {"shared-someone-elses-image"}),
    ("my child forwarded someone else's naked picture", {"shared-someone-elses-image"}),
    ("my daughter used a nudify app on a classmate", {"shared-someone-elses-image"}),
    (
        "what should i do with my sons phone if it has a nude of another child",
        {"shared-someone-elses-image"},
    ),
    ("someone sent my daughter a nude she didn't ask for", {"unwanted-nudes-and-fake-images"}),
    ("my son got sent an unwanted naked photo", {"unwanted-nudes-and-fake-images"}),
    ("someone made a fake nude of my child with ai", {"unwanted-nudes-and-fake-images"}),
    ("deepfake nude of my daughter at school", {"unwanted-nudes-and-fake-images"}),
    # -- situation pages, part B (issue 18) --
    ("should i tell the school about the photo", {"telling-the-school"}),
    ("designated safeguarding lead", {"telling-the-school"}),
    ("what do i say to other parents", {"telling-the-school"}),
    ("my sons friends have the picture", {"telling-the-school"}),
    ("my child has autism how do i keep him safe online", {"send"}),
    ("special educational needs", {"send"}),
    ("easy words to explain online safety rules", {"send"}),
    ("my daughter has a learning disability and trusts everyone", {"send"}),
    ("my son is getting his first phone", {"age-by-age"}),
    ("what changes when my child turns 13", {"age-by-age"}),
    ("family link stops at 13", {"age-by-age"}),
    ("first gaming headset voice chat", {"age-by-age"}),
    ("what changes at 16", {"age-by-age"}),
    ("how do i keep up with new apps", {"staying-informed"}),
    ("is this advice up to date", {"staying-informed"}),
    ("online safety newsletter", {"staying-informed"}),
    ("due for another look", {"staying-informed"}),
]


def local_help(*also: str) -> CountryTargets:
    """Get help for the family's own country (any country's when none is chosen)."""
    targets: CountryTargets = {code: {f"help#{code}:", *also} for code in COUNTRY_CODES}
    targets[None] = {"help", *also}
    return targets


BY_COUNTRY: list[tuple[str, CountryTargets]] = [
    ("who do i call", local_help(CRISIS_PLAN)),
    ("who can help me", local_help(CRISIS_PLAN)),
    ("what number do i ring", local_help(CRISIS_PLAN)),
    ("emergency number", local_help(CRISIS_PLAN)),
    ("i need help now", local_help(CRISIS_PLAN)),
    ("who to call if my child is being blackmailed", local_help(CRISIS_PLAN)),
    ("do i tell the polise", local_help(CRISIS_PLAN)),
    ("should i report to the police", local_help(CRISIS_PLAN)),
    ("where do i report sextortion", local_help(CRISIS_PLAN)),
    ("my son wants to kill himself", local_help()),
    ("my daughter is self harming", local_help()),
    ("suicidal after sextortion", local_help()),
    ("childline", {"uk": {"help#uk:childline"}, "ie": {"help#ie:childline-ispcc"}}),
    ("childline number", {"uk": {"help#uk:childline"}, "ie": {"help#ie:childline-ispcc"}}),
    ("report remove", {"uk": {"help#uk:report-remove"}}),
    ("take it down", {code: {"help#us:take-it-down", CRISIS_PLAN} for code in ("us", None)}),
    ("kids helpline number", {"au": {"help#au:kids-helpline"}}),
    ("netsafe number", {code: {"help#nz:netsafe"} for code in (*COUNTRY_CODES, None)}),
    ("helpline in australia", {code: {"help#au:"} for code in (*COUNTRY_CODES, None)}),
    ("hotline ireland", {code: {"help#ie:"} for code in ("uk", "us", None)}),
    # -- situation pages, part A (issue 18) --
    ("coco's law", {code: {"the-law"} for code in ("ie", None)}),
    ("outcome 21", {code: {"the-law", TROUBLE, CRISIS_PLAN} for code in ("uk", None)}),
    ("federal law on sexting in america", {code: {"the-law"} for code in ("us", None)}),
    # -- situation pages, part B (issue 18) --
]

ALL_QUERIES: list[str] = [query for query, _ in QUERIES] + [query for query, _ in BY_COUNTRY]
