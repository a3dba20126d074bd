"""Regional name knowledge the packages lack: English admin-1 names, spellings, demonyms.

These are facts of language and administration (how reporting spells a unit
or a country), not coordinates; every coordinate comes from a package or the
cited curated table.
"""

from __future__ import annotations

__all__ = [
    "ADMIN1_ENGLISH",
    "BORDER_ZONE_ADMIN1",
    "COUNTRY_VARIANTS",
    "EXTRA_DEMONYMS",
    "FEATURE_CODES",
    "NAME_OVERRIDES",
    "US_STATE_ABBREVIATIONS",
]

#: GeoNames admin-1 code -> (current English name, spellings seen in reporting).
#: The English names match the ``admin1`` layer of ``data/border.gpkg``.
ADMIN1_ENGLISH: dict[str, tuple[str, list[str]]] = {
    "KG.09": ("Batken Region", [
        "Batken Oblast", "Batken oblast", "Batken Province", "Batken region",
        "Batkenskaya oblast", "Баткенская область", "Баткен облусу",
    ]),
    "KG.08": ("Osh Region", ["Osh Oblast", "Osh Province", "Ошская область"]),
    "KG.03": ("Jalal-Abad Region", [
        "Jalal-Abad Oblast", "Jalal-Abad Province", "Jalalabad Region",
        "Dzhalal-Abad Oblast", "Zhalal-Abad Oblast", "Джалал-Абадская область",
    ]),
    "KG.02": ("Chüy Region", ["Chuy Region", "Chui Region", "Chüy Oblast", "Chui Oblast", "Чуйская область"]),
    "KG.04": ("Naryn Region", ["Naryn Oblast", "Naryn Province", "Нарынская область"]),
    "KG.06": ("Talas Region", ["Talas Oblast", "Talas Province", "Таласская область"]),
    "KG.07": ("Issyk-Kul Region", ["Issyk-Kul Oblast", "Ysyk-Köl Region", "Issyk Kul Region", "Иссык-Кульская область"]),
    "KG.01": ("Bishkek", ["Bishkek City"]),
    "KG.10": ("Osh", ["Osh City"]),
    "TJ.03": ("Sughd Region", [
        "Sughd", "Sughd Province", "Sughd oblast", "Sogd", "Sogd Region", "Sogd Province",
        "Sugd", "Sugd Region", "Sogdia", "Soghd", "Leninabad Region", "Leninabad Oblast",
        "Согдийская область", "Вилояти Суғд",
    ]),
    "TJ.02": ("Khatlon Region", ["Khatlon", "Khatlon Province", "Хатлонская область"]),
    "TJ.01": ("Gorno-Badakhshan Autonomous Region", [
        "Gorno-Badakhshan", "GBAO", "Badakhshan Autonomous Region", "Kuhistoni Badakhshon",
    ]),
    "TJ.RR": ("Districts of Republican Subordination", [
        "Region of Republican Subordination", "Districts under Republic Administration",
        "Republican Subordination",
    ]),
    "TJ.04": ("Dushanbe", ["Dushanbe City"]),
    "UZ.03": ("Fergana Region", ["Fergana Province", "Farg'ona Region", "Ферганская область"]),
    "UZ.01": ("Andijan Region", ["Andijan Province", "Andijon Region", "Андижанская область"]),
    "UZ.06": ("Namangan Region", ["Namangan Province", "Наманганская область"]),
}

#: The admin-1 units along the Kyrgyz-Tajik line (their English names, as :data:`ADMIN1_ENGLISH` gives them).
BORDER_ZONE_ADMIN1 = frozenset({
    "Batken Region", "Osh Region", "Sughd Region", "Districts of Republican Subordination",
    "Gorno-Badakhshan Autonomous Region",
})

#: AP-style abbreviations of US states, as US news datelines write them
#: ("Gainesville, Ga."); keyed by GeoNames admin-1 code.
US_STATE_ABBREVIATIONS: dict[str, list[str]] = {
    "US.AL": ["Ala."], "US.AZ": ["Ariz."], "US.AR": ["Ark."], "US.CA": ["Calif."],
    "US.CO": ["Colo."], "US.CT": ["Conn."], "US.DE": ["Del."], "US.DC": ["D.C."],
    "US.FL": ["Fla."], "US.GA": ["Ga."], "US.IL": ["Ill."], "US.IN": ["Ind."],
    "US.KS": ["Kan.", "Kans."], "US.KY": ["Ky."], "US.LA": ["La."], "US.MD": ["Md."],
    "US.MA": ["Mass."], "US.MI": ["Mich."], "US.MN": ["Minn."], "US.MS": ["Miss."],
    "US.MO": ["Mo."], "US.MT": ["Mont."], "US.NE": ["Neb.", "Nebr."], "US.NV": ["Nev."],
    "US.NH": ["N.H."], "US.NJ": ["N.J."], "US.NM": ["N.M."], "US.NY": ["N.Y."],
    "US.NC": ["N.C."], "US.ND": ["N.D."], "US.OK": ["Okla."], "US.OR": ["Ore.", "Oreg."],
    "US.PA": ["Pa.", "Penn."], "US.RI": ["R.I."], "US.SC": ["S.C."], "US.SD": ["S.D."],
    "US.TN": ["Tenn."], "US.TX": ["Tex."], "US.VT": ["Vt."], "US.VA": ["Va."],
    "US.WA": ["Wash."], "US.WV": ["W.Va.", "W. Va."], "US.WI": ["Wis.", "Wisc."],
    "US.WY": ["Wyo."],
}

#: ISO code -> extra spellings (Russian, older and local forms).
COUNTRY_VARIANTS: dict[str, list[str]] = {
    "KG": ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizia", "Kirgizia", "Kyrgyzia",
           "Киргизия", "Кыргызстан", "Кыргызская Республика"],
    "TJ": ["Tajikistan", "Tadjikistan", "Tadzhikistan", "Republic of Tajikistan",
           "Таджикистан", "Тоҷикистон"],
    "UZ": ["Uzbekistan", "Узбекистан", "O'zbekiston"],
    "KZ": ["Kazakhstan", "Казахстан", "Qazaqstan"],
    "RU": ["Russia", "Russian Federation", "Россия"],
    "CN": ["China", "People's Republic of China", "PRC"],
    "AF": ["Afghanistan"],
    "UA": ["Ukraine", "Украина"],
    "AM": ["Armenia"],
    "AZ": ["Azerbaijan"],
    "US": ["United States", "United States of America", "USA", "U.S.", "US", "America"],
    "GB": ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
}

#: Demonyms and adjectives used as country references in reporting.
EXTRA_DEMONYMS: dict[str, str] = {
    "Kyrgyz": "KG", "Kirghiz": "KG", "Kyrgyzstani": "KG", "Kirgiz": "KG",
    "Tajik": "TJ", "Tadjik": "TJ", "Tajikistani": "TJ", "Tadzhik": "TJ",
    "Uzbek": "UZ", "Kazakh": "KZ", "Russian": "RU", "Chinese": "CN", "Afghan": "AF",
    "Ukrainian": "UA", "Armenian": "AM", "Azerbaijani": "AZ", "Azeri": "AZ",
    "American": "US", "German": "DE", "British": "GB", "French": "FR", "Turkish": "TR",
    "Iranian": "IR", "Pakistani": "PK", "Indian": "IN", "Palestinian": "PS",
    "Sri Lankan": "LK", "Israeli": "IL", "Iraqi": "IQ", "Syrian": "SY",
}

#: GeoNames places whose current primary name is not the one reporting uses;
#: the GeoNames name stays a variant.
NAME_OVERRIDES: dict[str, str] = {
    "1528249": "Jalal-Abad",  # GeoNames calls the city "Manas" (DATA.md)
}

#: ``feature_type`` of the curated table -> GeoNames-style (class, code).
FEATURE_CODES: dict[str, tuple[str, str]] = {
    "settlement": ("P", "PPL"),
    # a seat of administration as GeoNames codes it: "In Batken, the regional police said" names the speaker
    "regional_seat": ("P", "PPLA"),
    "district_seat": ("P", "PPLA2"),
    "border_post": ("S", "PSTB"),
    "water_facility": ("H", "DAM"),
    "landmark": ("L", "AREA"),
    "district": ("A", "ADM2"),
    "region": ("A", "ADM1"),
    "enclave": ("L", "AREA"),
    "checkpoint": ("S", "PSTB"),
    "road_section": ("R", "RD"),
    "river": ("H", "STM"),
}
