"""Event claims read from real sentences: type, slots, modality, background and anaphora."""

from __future__ import annotations

import pytest

import factcmp
from factcmp.claims.model import Claim
from factcmp.pipeline import read_document


def claims_of(text: str, lang: str | None = None) -> list[Claim]:
    return read_document(factcmp.Document(id="d", text=text, lang=lang)).claims


def only(claims: list[Claim], subtype: str) -> Claim:
    found = [c for c in claims if c.subtype == subtype]
    assert len(found) == 1, [(c.subtype, c.trigger.text) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "subtype", "modality"),
    [
        ("وسوف يلتقي نتنياهو ببوتين في سوتشي يوم الاربعاء.", "meeting", "planned"),
        ("سيلتقي الرئيس الروسي نظيره التركي في أنقرة.", "meeting", "planned"),
        ("نتانیاهو با پوتین در مسکو دیدار خواهد کرد.", "meeting", "asserted"),
        ("Putin will meet Erdogan in Sochi next week.", "meeting", "planned"),
        ("نفى الكرملين أي اجتماع بين بوتين وبينيت.", "meeting", "denied"),
        ("لم تسقط الدفاعات الجوية أي طائرة.", "shootdown", "negated"),
        ("بحسب وكالة سانا، استهدفت غارة جوية مطار دمشق.", "airstrike", "reported"),
        # an event dated ahead of its report is planned, whatever verb tells it
        ("يعقد الاجتماع المقبل للجنة في أنقرة الصيف المقبل.", "meeting", "planned"),
        ("نخستین نشست کمیته ماه آینده در آنکارا برگزار می‌شود.", "meeting", "planned"),
        ("The next summit will be held in Ankara next month.", "meeting", "planned"),
        ("Putin met Erdogan in Sochi last month.", "meeting", "asserted"),
    ],
)
def test_type_and_modality(text: str, subtype: str, modality: str) -> None:
    claim = only(claims_of(text), subtype)
    assert claim.modality == modality


def test_slots_of_a_shoot_down_with_its_casualties_in_the_next_sentence() -> None:
    text = (
        "این اولین دیدار پوتین و نتانیاهو از ۱۷ سپتامبر ۲۰۱۸ و سرنگونی یک هواپیمای ترابری نظامی روس "
        "در نزدیکی سواحل سوریه بود. این حادثه منجر به کشته شدن ۱۵ نظامی روسیه شد."
    )
    downing = only(claims_of(text), "shootdown")
    assert downing.time is not None and downing.time.value["start"] == "2018-09-17"
    assert [c.value["value"] for c in downing.counts] == [15]
    assert downing.object is not None and downing.object.value["role"] == "transport"
    assert downing.object.value["affiliation"] == "RU"
    meeting = only(claims_of(text), "meeting")
    assert meeting.time is None and not meeting.counts


def test_background_event_keeps_only_its_own_clause() -> None:
    text = (
        "في عام 2018، أسقطت قوات الأسد طائرة حربية روسية ردًا على غارة جوية إسرائيلية، "
        "وقُتل فيها جميعُ أفراد الطاقم الروسي الـ15."
    )
    claims = claims_of(text)
    downing, raid = only(claims, "shootdown"), only(claims, "airstrike")
    assert raid.background and not raid.counts and raid.time is None
    assert [c.value["value"] for c in downing.counts] == [15] and downing.time is not None
    assert downing.object is not None and downing.object.value["role"] == "combat"


def test_a_date_after_according_to_dates_the_report_not_the_meeting() -> None:
    text = "سوف يلتقي نتنياهو بالرئيس بوتين في وقت لاحق من الأسبوع، بحسب تقرير موقع واينت يوم الاثنين."
    assert only(claims_of(text), "meeting").time is None


def test_a_date_in_a_far_clause_is_not_the_event_time() -> None:
    text = (
        "أكدت السفارة الروسية في إسرائيل، أمس الأحد، أن التنسيق مستمر بين موسكو وتل أبيب، "
        "بسبب موقف تل أبيب الرافض للاجتياح الروسي لأوكرانيا."
    )
    assert only(claims_of(text), "invasion").time is None


def test_countries_act_unless_placed() -> None:
    claim = only(claims_of("وتدخلت روسيا في سوريا في 30 أيلول/سبتمبر 2015."), "intervention")
    assert [a.value["name"] for a in claim.actors] == ["Russia"]
    assert [p.value["name"] for p in claim.places] == ["Syria"]


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("نسبت عدة غارات جوية على قوافل أسلحة في سوريا إلى القدس.", "Jerusalem", "Syria"),
        ("Several air strikes on arms convoys in Syria were attributed to Jerusalem.", "Jerusalem", "Syria"),
        ("حملات هوایی به کاروان‌های سلاح در سوریه به تل‌آویو نسبت داده شد.", "Tel Aviv", "Syria"),
    ],
)
def test_a_capital_that_is_blamed_acts_for_its_government(text: str, actor: str, place: str) -> None:
    claim = only(claims_of(text), "airstrike")
    assert [a.value["name"] for a in claim.actors] == [actor]
    assert [p.value["name"] for p in claim.places] == [place]


def test_places_after_the_blamed_one_stay_places() -> None:
    claim = only(claims_of("أدت الغارات المنسوبة إلى إسرائيل في سوريا إلى توتر بين القدس وموسكو."), "airstrike")
    assert [a.value["name"] for a in claim.actors] == ["Israel"]
    assert "Jerusalem" not in [a.value["name"] for a in claim.actors]


def test_the_source_is_not_an_actor() -> None:
    claim = only(claims_of("قالت وزارة الدفاع السورية إن غارة جوية استهدفت مطار حماة."), "airstrike")
    assert claim.modality == "reported" and claim.source is not None
    assert all(actor.span != claim.source.span for actor in claim.actors)


def test_what_attacks_is_not_the_object() -> None:
    claim = only(claims_of("هاجمت طائرات مسيرة منشأة بقيق النفطية في السعودية."), "attack")
    assert claim.object is not None and claim.object.value["class"] == "facility"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("لا تزال السفينة التجارية راسية في ميناء الحديدة منذ احتجازها قبل شهرين.", "ar"),
        ("کشتی تجاری از زمان توقیف در بندر حدیده مانده است.", "fa"),
        ("The cargo ship has stayed in the port of Hodeidah since its seizure in April.", "en"),
    ],
)
def test_where_a_seized_ship_lies_is_not_what_was_seized(text: str, lang: str) -> None:
    seizures = [claim for claim in claims_of(text, lang) if claim.event_type == "COERCE"]
    assert seizures, [(c.subtype, c.trigger.text) for c in claims_of(text, lang)]
    assert all(claim.object is None or claim.object.value["class"] != "facility" for claim in seizures)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A migrant boat capsized off the Libyan port city of Tobruk on Sunday, killing 11.", "boat"),
        ("An air strike hit the port of Hodeidah on Monday, killing 3.", "port"),
    ],
)
def test_a_kind_of_place_before_a_place_word_is_no_object(text: str, noun: str) -> None:
    (claim,) = claims_of(text, "en")
    assert claim.object is not None and claim.object.value["noun"] == noun


def test_a_seized_ship_is_the_object() -> None:
    claim = only(claims_of("احتجزت القوات البحرية سفينة شحن في ميناء الحديدة."), "seizure")
    assert claim.object is not None and claim.object.value["noun"] == "ship"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("دیدار دیروز رؤسای جمهور ایران و ترکیه در تهران با توافق برای تشکیل کمیته به پایان رسید.", "fa", "تهران"),
        ("انتهت القمة الإيرانية التركية في طهران أمس باتفاق على تشكيل لجنة مشتركة للمياه.", "ar", "طهران"),
        ("The talks in Tehran ended with a deal on a joint water committee.", "en", "Tehran"),
    ],
)
def test_a_meeting_that_ended_with_an_agreement_took_place_where_it_was_reached(
    text: str, lang: str, place: str
) -> None:
    claims = claims_of(text, lang)
    assert [p.text for p in only(claims, "meeting").places] == [place]
    assert place in [p.text for p in only(claims, "agreement").places] or lang == "en"


def test_the_place_of_an_earlier_event_recalled_is_not_shared() -> None:
    text = "The blast revived painful memories of the Beirut port explosion of August 2020."
    blasts = [c for c in claims_of(text, "en") if not c.background]
    assert blasts and all(not claim.places for claim in blasts)


@pytest.mark.parametrize(
    ("text", "place", "discussed"),
    [
        ("تبادل الوزيران وجهات النظر بشأن الوضع في سوريا خلال لقائهما في أنقرة.", "أنقرة", "سوريا"),
        ("بحث الجانبان خلال لقائهما في أنقرة الوضع في سوريا.", "أنقرة", "سوريا"),
        ("بدأت في أستانا جولة جديدة من المحادثات حول سوريا.", "أستانا", "سوريا"),
    ],
)
def test_what_a_meeting_discussed_is_neither_its_place_nor_its_party(text: str, place: str, discussed: str) -> None:
    meeting = only(claims_of(text, "ar"), "meeting")
    assert [p.text for p in meeting.places] == [place]
    assert discussed not in [a.text for a in meeting.actors]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Netanyahu met Putin in Sochi on Wednesday. Netanyahu will meet Putin in Sochi.", "en"),
        ("التقى نتنياهو بوتين في سوتشي يوم الأربعاء. وسيلتقي نتنياهو بوتين في سوتشي.", "ar"),
    ],
)
def test_a_planned_meeting_is_not_more_about_one_held(text: str, lang: str) -> None:
    meetings = [claim for claim in claims_of(text, lang) if claim.subtype == "meeting"]
    assert sorted(claim.modality for claim in meetings) == ["asserted", "planned"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("لقي 9 مهاجرين حتفهم فجر اليوم الخميس إثر غرق قارب قبالة سواحل صبراتة.", "ar"),
        ("واژگونی یک قایق حامل مهاجران در نزدیکی سواحل صبراته امروز پنجشنبه ۹ کشته بر جا گذاشت.", "fa"),
        # verb-final: the whole adverbial between the boat and its verb
        ("یک قایق حامل مهاجران امروز پنجشنبه در نزدیکی سواحل صبراته غرق شد و ۹ نفر جان باختند.", "fa"),
        ("At least nine migrants drowned on Thursday after their boat capsized off Sabratha.", "en"),
    ],
)
def test_a_boat_sinking_and_its_day(text: str, lang: str) -> None:
    document = factcmp.Document(id="d", text=text, lang=lang, published="2027-05-06")
    sinking = only(read_document(document).claims, "sinking")
    assert sinking.time is not None and sinking.time.value["start"] == "2027-05-06"
    assert [count.value["value"] for count in sinking.counts] == [9]


@pytest.mark.parametrize(
    ("text", "lang", "subtype", "lead_word", "toll"),
    [
        (
            "Twelve dead off Zuwara\n\nZUWARA, Libya - Twelve migrants drowned on Monday when their dinghy "
            "capsized off the western Libyan coast, the coast guard said.",
            "en",
            "sinking",
            "capsized",
            12,
        ),
        (
            "مقتل 12 مهاجرا قبالة زوارة\n\nزوارة - غرق قارب مطاطي يقل مهاجرين قبالة زوارة يوم الاثنين ما أدى "
            "إلى مقتل 12 شخصا، وفق خفر السواحل.",
            "ar",
            "sinking",
            "غرق",
            12,
        ),
        (
            "۱۲ کشته در سواحل زواره\n\nبر اثر غرق شدن یک قایق حامل مهاجران در نزدیکی زواره در روز دوشنبه ۱۲ "
            "نفر جان باختند.",
            "fa",
            "sinking",
            "غرق",
            12,
        ),
        (
            "Seven killed in Mosul\n\nMOSUL, Iraq - A car bomb exploded near a checkpoint in Mosul on Monday, "
            "killing seven people, police said.",
            "en",
            "bombing",
            "car bomb",
            7,
        ),
    ],
)
def test_a_headline_toll_is_named_by_what_the_lead_says_happened(
    text: str, lang: str, subtype: str, lead_word: str, toll: int
) -> None:
    """The headline gives the toll alone, the lead says what happened: one claim, named by the lead
    and evidenced by its trigger, holding the headline's figure too."""
    document = factcmp.Document(id="d", text=text, lang=lang, published="2027-05-03")
    claims = [claim for claim in read_document(document).claims if claim.counts]
    assert len(claims) == 1, [(c.subtype, c.trigger.text) for c in claims]
    assert claims[0].subtype == subtype
    assert lead_word in claims[0].trigger.text
    assert claims[0].trigger.span.start > text.index("\n")
    assert {count.value["value"] for count in claims[0].counts} == {toll}


def test_today_does_not_date_a_cause_told_days_before() -> None:
    text = "أعيد اليوم فتح المحال التجارية بعد يومين من الانفجار الذي هز المدينة."
    document = factcmp.Document(id="d", text=text, lang="ar", published="2027-05-06")
    blast = only(read_document(document).claims, "explosion")
    assert blast.time is None or blast.time.value.get("relative") != "today"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("وزارت بهداشت دولت مستقر در صنعاء اعلام کرد حمله پهپادی به مراسم عروسی در صعده ۲۵ کشته داشت.", "fa", "صعده"),
        ("The health ministry of the government based in Sanaa said the strike in Saada killed 25.", "en", "Saada"),
        ("قالت وزارة الصحة في الحكومة ومقرها صنعاء إن الغارة على حفل الزفاف في صعدة قتلت 25 شخصا.", "ar", "صعدة"),
    ],
)
def test_where_the_source_sits_is_not_where_the_event_happened(text: str, lang: str, place: str) -> None:
    strikes = [claim for claim in claims_of(text, lang) if claim.event_type == "ASSAULT"]
    assert [[p.text for p in claim.places] for claim in strikes] == [[place]]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Twelve people were killed in a strike on a market in Saada; the wounded were taken to hospitals in Sanaa.",
            "en",
            "Saada",
        ),
        ("قتل 12 شخصا في غارة على سوق في صعدة، ونقل الجرحى إلى مستشفيات صنعاء.", "ar", "صعدة"),
        ("زخمی‌های حمله پهپادی به مراسم عروسی در صعده به بیمارستان‌های صنعا منتقل شدند.", "fa", "صعده"),
        ("Ракетный удар по рынку в Дамаске убил 12 человек, раненые доставлены в больницы Хомса.", "ru", "Дамаске"),
        # a hospital the strike hit is where it happened
        ("An air strike hit a hospital in Sanaa on Saturday, killing 5.", "en", "Sanaa"),
        ("استهدفت غارة جوية مستشفى في صنعاء صباح السبت.", "ar", "صنعاء"),
    ],
)
def test_where_the_wounded_were_taken_is_not_where_the_strike_happened(text: str, lang: str, place: str) -> None:
    strikes = [
        claim for claim in claims_of(text, lang) if claim.event_type == "ASSAULT" and claim.subtype != "casualties"
    ]
    assert [[p.text for p in claim.places] for claim in strikes] == [[place]]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 25 on Saturday after two wounded men died in hospital in Sanaa.",
        "وارتفعت الحصيلة إلى 25 قتيلا بعد وفاة جريحين متأثرين بجراحهما في مستشفى الثورة في صنعاء.",
    ],
)
def test_a_toll_that_rose_as_the_wounded_died_in_hospital_is_not_placed_at_the_hospital(text: str) -> None:
    assert all(not claim.places for claim in claims_of(text) if claim.counts)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("A boat carrying 60 migrants from the Horn of Africa capsized off Zuwara, killing 12.", "en", "Zuwara"),
        ("Twelve Eritrean refugees from Sudan drowned when their boat capsized off Zuwara on Monday.", "en", "Zuwara"),
        ("The dinghy had set off from Sabratha before dawn when it capsized off Zuwara.", "en", "Zuwara"),
        ("غرق قارب يقل 60 مهاجرا من القرن الأفريقي قبالة زوارة يوم الاثنين ما أدى إلى مقتل 12.", "ar", "زوارة"),
        ("انقلب قارب انطلق من صبراتة فجرا قبالة زوارة، ما أدى إلى مقتل 12 شخصا.", "ar", "زوارة"),
        ("واژگونی قایق حامل مهاجران اهل سومالی در نزدیکی زواره ۱۲ کشته بر جا گذاشت.", "fa", "زواره"),
    ],
)
def test_where_a_boat_set_off_or_its_people_came_from_is_not_where_it_sank(text: str, lang: str, place: str) -> None:
    (sinking,) = [claim for claim in claims_of(text, lang) if claim.subtype == "sinking"]
    assert [p.text for p in sinking.places] == [place]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The number of people confirmed dead after a migrant boat capsized off Tobruk rose to 38 "
            "on Monday, with 29 others still missing.",
            "en",
        ),
        ("ارتفعت حصيلة ضحايا غرق قارب المهاجرين قبالة طبرق إلى38 قتيلاً، بعد انتشال 11 جثة صباح اليوم الاثنين.", "ar"),
    ],
)
def test_the_day_a_toll_grew_is_not_the_day_of_the_event(text: str, lang: str) -> None:
    document = factcmp.Document(id="d", text=text, lang=lang, published="2027-10-11")
    sinking = only(read_document(document).claims, "sinking")
    assert sinking.time is None and sinking.update == "up"
    assert 38 in [count.value["value"] for count in sinking.counts]


def test_casualties_without_an_assault_make_their_own_claim() -> None:
    claims = claims_of("قتل 5 مدنيين يوم الجمعة في إدلب.")
    casualties = only(claims, "casualties")
    assert casualties.counts[0].value["count_type"] == "KILL"


def test_no_claims_in_text_without_events() -> None:
    assert claims_of("الطقس معتدل في دمشق اليوم.") == []


def test_a_later_sentence_about_this_attack_adds_to_it() -> None:
    text = (
        "دست کم ۲۳ نفر در حمله هوایی به یک بازار در استان صعده کشته شدند. این حمله روز سه‌شنبه ۱۳ فروردین ۱۳۹۸ رخ داد."
    )
    (strike,) = claims_of(text)
    assert strike.time is not None and strike.time.value["start"] == "2019-04-02"
    assert [c.value["value"] for c in strike.counts] == [23]


def test_an_attack_without_an_earlier_one_is_its_own_claim() -> None:
    (attack,) = claims_of("The attack on the convoy near Aleppo killed 4 soldiers on 3 May 2022.")
    assert attack.time is not None and [c.value["value"] for c in attack.counts] == [4]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("پوتین و اردوغان روز پنجشنبه در مسکو دیدار و گفتگو کردند.", "meeting"),
        ("أعلن الجانبان عن اتفاق لوقف إطلاق النار في إدلب.", "ceasefire"),
    ],
)
def test_two_triggers_of_one_event_in_one_clause_are_one_claim(text: str, subtype: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subtype == subtype


def test_a_call_about_a_meeting_stays_two_events() -> None:
    claims = claims_of("Putin and Netanyahu discussed their meeting in a phone call on Monday.")
    assert sorted(c.subtype for c in claims) == ["call", "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "التقى بوتين أردوغان في موسكو يوم الخميس. واستمرت المحادثات نحو ست ساعات.",
        "پوتین و اردوغان روز پنجشنبه در مسکو دیدار کردند. این دیدار شش ساعت طول کشید.",
    ],
)
def test_a_later_mention_of_the_meeting_with_nothing_new_refers_back(text: str) -> None:
    (meeting,) = claims_of(text)
    assert meeting.time is not None and [p.text for p in meeting.places] in (["موسكو"], ["مسکو"])


def test_another_strike_is_another_event() -> None:
    claims = claims_of("An air strike hit a market in Idlib on Monday. Another air strike killed 3 people.")
    assert len(claims) == 2


def test_a_reporting_clause_with_its_own_event_does_not_report_the_first() -> None:
    meeting = only(
        claims_of("التقى بوتين نظيره التركي رجب طيب أردوغان في موسكو، وأعلن الجانبان عن اتفاق لوقف إطلاق النار."),
        "meeting",
    )
    assert meeting.modality == "asserted"
    assert {a.text for a in meeting.actors} >= {"رجب طيب أردوغان"}
    assert [p.text for p in meeting.places] == ["موسكو"]


def test_a_headline_and_its_lead_tell_one_event() -> None:
    text = (
        "Israeli strike puts Damascus airport out of service, kills two soldiers\n\n"
        "An Israeli missile strike on Damascus International Airport early on Monday killed two soldiers "
        "and wounded two others, the Syrian army said."
    )
    (strike,) = claims_of(text, "en")
    assert strike.time is not None
    assert {(c.value["count_type"], c.value["value"]) for c in strike.counts} == {("KILL", 2), ("WOUND", 2)}


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Netanyahu in Moscow. Putin met Erdogan in Ankara.",
        "Putin met Netanyahu on Monday. Putin met Erdogan on Thursday.",
        "A strike killed 3 people in Idlib. A strike killed 12 people in Idlib.",
    ],
)
def test_sentences_running_on_about_other_events_stay_apart(text: str) -> None:
    assert len(claims_of(text, "en")) == 2


def test_the_meeting_with_someone_else_is_another_meeting() -> None:
    claims = claims_of("Putin met Erdogan in Moscow on Monday. The meeting with Netanyahu is planned for Friday.", "en")
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("وقع انفجار ضخم في مستودع للوقود قرب ميناء اللاذقية مساء الأحد.", "explosion"),
        ("انفجار در یک انبار مواد شیمیایی در بندرعباس خسارت زیادی به بار آورد.", "explosion"),
        ("A blast at a fireworks warehouse near Izmir shook the town on Monday.", "explosion"),
        ("ضرب زلزال بقوة 6.1 درجات جنوب تركيا فجر الاثنين.", "earthquake"),
        ("زمین‌لرزه‌ای به بزرگی ۵.۲ ریشتر بامداد امروز سی‌سخت را لرزاند.", "earthquake"),
        ("A magnitude 6.3 quake struck off the coast of Crete on Sunday.", "earthquake"),
        ("تحطمت طائرة شحن عسكرية بعد دقائق من إقلاعها من قاعدة في شمال البلاد.", "crash"),
        ("یک فروند بالگرد امدادی در ارتفاعات البرز سقوط کرد.", "crash"),
        ("A small passenger plane crashed into a field shortly after takeoff from Nairobi.", "crash"),
        ("أفرجت السلطات عن 9 بحارة فلبينيين بعد وساطة عمانية.", "release"),
        ("گروگان‌ها پس از سه ماه با میانجی‌گری قطر آزاد شدند.", "release"),
        ("Pirates released the crew of a tanker they had held for two months.", "release"),
        ("احتجزت قوات البحرية ناقلة نفط ترفع علم بنما في مضيق هرمز.", "seizure"),
        ("نیروی دریایی یک نفتکش خارجی را در خلیج فارس توقیف کرد.", "seizure"),
        ("Commandos seized a cargo ship in the Red Sea on Sunday.", "seizure"),
        ("اندلع حريق كبير في سوق شعبي وسط بغداد فجر اليوم.", "fire"),
        ("آتش‌سوزی در یک کارخانه در حاشیه تهران مهار شد.", "fire"),
        ("A fire broke out in a hospital ward in Baghdad overnight.", "fire"),
        ("أدى انهيار مبنى سكني من خمسة طوابق إلى محاصرة عشرات السكان.", "collapse"),
        ("ساختمان پنج طبقه‌ای در آبادان فروریخت.", "collapse"),
        ("A five-storey building collapsed in Lagos on Wednesday.", "collapse"),
        ("جرفت السيول عشرات المنازل في ولاية نهر النيل.", "flood"),
        ("سیل روستاهای شمال استان را در بر گرفت.", "flood"),
        ("Flash floods swept through villages in northern Pakistan.", "flood"),
        # «شيع» (escorted a funeral) is not «الشيعة» (the Shia)
        ("شيع آلاف الأشخاص جثامين الضحايا في كابول.", "funeral"),
        ("استهدف تفجير انتحاري مسجدا للشيعة في غرب كابول.", "bombing"),
    ],
)
def test_events_beyond_politics_have_their_own_subtype(text: str, subtype: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subtype == subtype


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت سيارة مفخخة قرب سوق مزدحم في كركوك.",
        "یک خودروی بمب‌گذاری‌شده در نزدیکی بازار منفجر شد.",
        "A car bomb exploded near a police station in Kirkuk.",
        "وقع انفجار ناجم عن عبوة ناسفة على طريق المطار.",
    ],
)
def test_an_explosion_told_as_a_bomb_is_one_bombing(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subtype == "bombing"


@pytest.mark.parametrize(
    "text",
    [
        "يحذر الخبراء من الانفجار السكاني في المدن الكبرى.",
        "کارشناسان درباره انفجار جمعیت در کلان‌شهرها هشدار دادند.",
        "Planners worry about a population explosion in the capital.",
        "Analysts expect explosive growth in solar power.",
        "أحدثت الاستقالة زلزالا سياسيا في البرلمان.",
        "استعفای وزیر زلزله‌ای سیاسی در پارلمان به پا کرد.",
        "The resignation was a political earthquake for the ruling party.",
        "تحطمت نوافذ المنازل المجاورة.",
        "The ministry released a statement on Tuesday.",
        "الإفراج عن أموال مجمدة في الخارج يتطلب موافقة البنك.",
        "منابع ارزی بلوکه‌شده آزاد شد.",
        "A flood of complaints reached the ministry.",
        "The economy collapsed after the currency lost half its value.",
        "The minister came under fire from his own party.",
        "The fire brigade held a drill on Monday.",
        "Oil prices exploded after the announcement.",
        "انفجرت الأزمة السياسية بين البلدين.",
        "پس از اعلام تصمیم دولت، قیمت‌ها منفجر شد.",
        "South Korea freed up frozen funds last month.",
        "نشر ناشطون المقطع على مواقع التواصل الاجتماعي مساء الخميس.",
        "تشارك الوزارة في برامج الرعاية الاجتماعية منذ عام 2019.",
        "عرضت الشركة طائرات مسيرة هجومية في معرض الدفاع.",
    ],
)
def test_figurative_and_other_uses_of_event_words_tell_no_event(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "count_type"),
    [
        ("ضرب زلزال بقوة 6.1 درجات جنوب تركيا فجر الاثنين وأودى بحياة 12 شخصا.", "KILL"),
        ("زمین‌لرزه‌ای به بزرگی ۵.۲ ریشتر سی‌سخت را لرزاند و ۸ نفر مصدوم شدند.", "WOUND"),
        ("Flash floods swept through villages in northern Pakistan, killing 20 people.", "KILL"),
    ],
)
def test_a_disaster_takes_its_casualties(text: str, count_type: str) -> None:
    (claim,) = claims_of(text)
    assert claim.event_type == "DISASTER"
    assert [c.value["count_type"] for c in claim.counts] == [count_type]


def test_a_toll_told_far_from_the_quake_is_a_claim_of_the_quake() -> None:
    text = (
        "A magnitude 6.1 earthquake struck near Van on Monday. Rescue teams were sent from Ankara. "
        "Schools were closed across the province. Officials said 14 people were killed."
    )
    quake, toll = claims_of(text, "en")
    assert (quake.subtype, toll.subtype) == ("earthquake", "casualties")
    assert toll.event_type == quake.event_type == "DISASTER"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a minibus near Quetta.",
        "أطلق مسلحون النار على حافلة صغيرة قرب كويتا.",
        "افراد مسلح به سوی یک مینی‌بوس در نزدیکی کویته آتش گشودند.",
    ],
)
def test_opening_fire_is_an_attack_not_a_fire(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subtype == "attack"


def test_a_crash_later_told_as_a_shoot_down_is_one_claim() -> None:
    (claim,) = claims_of("The airliner crashed after it was shot down by a missile.", "en")
    assert claim.subtype == "shootdown"


def test_a_seizure_takes_the_ship_as_its_object() -> None:
    claim = only(claims_of("Commandos seized a cargo ship in the Red Sea on Sunday."), "seizure")
    assert claim.object is not None and claim.object.value["class"] == "vessel"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("BEIRUT (Levant Wire) - A fire at a fuel depot in Sidon killed three workers on Monday.", ["Sidon"]),
        ("بيروت - (وكالات): اندلع حريق في مستودع للوقود في صيدا مساء الاثنين.", ["صيدا"]),
        ("تهران- ایرنا- زمین‌لرزه‌ای به بزرگی ۵.۱ ریشتر امروز شهر راور در استان کرمان را لرزاند.", ["راور", "کرمان"]),
    ],
)
def test_the_dateline_place_is_not_where_the_event_happened(text: str, places: list[str]) -> None:
    (claim,) = claims_of(text)
    assert [p.text for p in claim.places] == places


def test_the_dateline_date_dates_the_report_not_the_event() -> None:
    (crash,) = claims_of("TEHRAN, Jan. 12, 2027 (Gulf Wire) - A passenger plane crashed near Shiraz on Saturday.", "en")
    assert crash.time is not None and (crash.time.text, crash.time.value["start"]) == ("Saturday", "2027-01-09")
    (undated,) = claims_of("TEHRAN, Jan. 12, 2027 (Gulf Wire) - A passenger plane crashed near Shiraz.", "en")
    assert undated.time is None


def test_a_headline_keeps_its_place() -> None:
    (blast,) = claims_of("Explosion at Sidon fuel depot - three dead", "en")
    assert [p.text for p in blast.places] == ["Sidon"]


@pytest.mark.parametrize(
    ("text", "subtype", "update"),
    [
        ("ارتفعت حصيلة ضحايا الانفجار في المرفأ إلى 43 قتيلا.", "explosion", "up"),
        ("شمار کشته‌شدگان انفجار بندر به ۴۳ نفر رسید.", "explosion", "up"),
        ("The death toll from the fire at the hospital rose to 43.", "fire", "up"),
        ("خفضت وزارة الصحة حصيلة قتلى الانفجار إلى 41 قتيلا بعد احتساب بعض الضحايا مرتين.", "explosion", "down"),
        ("آمار کشته‌شدگان انفجار بندر به ۴۱ نفر کاهش یافت.", "explosion", "down"),
        ("The death toll from the blast was revised down to 41.", "explosion", "down"),
        ("بلغت حصيلة ضحايا الانفجار 12 قتيلا.", "explosion", "revised"),
        ("The death toll from the explosion has reached 12.", "explosion", "revised"),
        ("The explosion killed 12 people at the port.", "explosion", None),
        ("تاکنون ۱۲ نفر در انفجار بندر کشته شده‌اند.", "explosion", "provisional"),
        ("از آغاز جنگ تاکنون ۱۲ نفر در انفجار بندر کشته شده‌اند.", "explosion", "provisional"),
        # «until now» closing a span since the event tells how long since, not a first count
        ("انفجار بندر ۱۲ کشته داشت و از آن تاریخ تاکنون بندر بسته مانده است.", "explosion", None),
        ("أسفر الانفجار في المرفأ عن 12 قتيلا ومنذ ذلك الحين وحتى الآن بقي المرفأ مغلقا.", "explosion", None),
    ],
)
def test_a_toll_told_as_changed_carries_which_way(text: str, subtype: str, update: str | None) -> None:
    (claim,) = claims_of(text)
    assert (claim.subtype, claim.update) == (subtype, update)
    assert claim.counts and claim.to_dict()["update"] == update


def test_a_toll_update_is_a_statement_of_its_own() -> None:
    text = "An explosion killed 12 people at the port on Thursday. By Friday the death toll had risen to 27."
    first, later = claims_of(text, "en")
    assert (first.subtype, [c.value["value"] for c in first.counts], first.update) == ("explosion", [12], None)
    assert (later.subtype, [c.value["value"] for c in later.counts], later.update) == ("casualties", [27], "up")
    assert later.time is None


def test_a_lead_that_repeats_the_headline_s_update_is_the_same_claim() -> None:
    text = (
        "Port blast toll rises to 27\n\n"
        "The death toll from Wednesday evening's explosion at the port rose to 27 on Thursday, officials said."
    )
    (claim,) = claims_of(text, "en")
    assert claim.update == "up" and {c.value["value"] for c in claim.counts} == {27}
    assert claim.time is not None and claim.time.text == "Wednesday"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("The ministry announced on Wednesday that the toll from the explosion had risen to 31.", "explosion"),
        ("أعلنت وزارة الصحة اليوم الأحد ارتفاع حصيلة ضحايا الحريق إلى 17 قتيلا.", "fire"),
        ("سخنگوی اورژانس امروز دوشنبه اعلام کرد شمار کشته‌شدگان سیل به ۱۲ نفر رسید.", "flood"),
        ("ارتفعت حصيلة ضحايا الانفجار اليوم إلى 43 قتيلا.", "explosion"),
        ("The death toll from the quake rose to 26 on Thursday.", "earthquake"),
        ("Officials confirmed on Monday that the plane crashed in fog.", "crash"),
    ],
)
def test_the_day_of_a_statement_or_of_a_toll_update_is_not_the_event_day(text: str, subtype: str) -> None:
    claim = only(claims_of(text), subtype)
    assert claim.time is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The death toll from Tuesday's quake rose to 26 on Thursday.", "Tuesday"),
        ("قال مسؤول في الدفاع المدني اليوم الاثنين إن الانفجار وقع مساء السبت.", "مساء السبت"),
    ],
)
def test_the_event_keeps_its_own_day_beside_the_day_it_was_told(text: str, day: str) -> None:
    (claim,) = claims_of(text)
    assert claim.time is not None and claim.time.text == day


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("وكان انفجار ضخم في مرفأ بيروت قد أودى بحياة أكثر من 200 شخص.", "explosion"),
        ("وكانت القوات البحرية قد احتجزت الناقلة في 3 أيار الماضي.", "seizure"),
        ("پیش از این در سال ۱۳۹۹ انفجاری در همین بندر ۱۲ کشته بر جا گذاشته بود.", "explosion"),
        ("Last year's floods killed 40 people in the same valley.", "flood"),
        ("A quake of similar strength hit the area in January 2023.", "earthquake"),
        ("The port had previously been hit by a fire that destroyed two warehouses.", "fire"),
    ],
)
def test_an_earlier_event_the_report_recalls_is_background(text: str, subtype: str) -> None:
    assert only(claims_of(text), subtype).background


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("وكان الانفجار قد وقع مساء الخميس في مستودع للأسمدة.", "explosion"),
        ("It is the third earthquake to hit the province this year.", "earthquake"),
        ("A fire broke out in a hospital ward in Baghdad on Tuesday.", "fire"),
        ("قال الرئيس إنه سيزور موسكو مطلع العام المقبل.", "visit"),
        ("The trade volume between the two countries rose by a fifth in 2021.", "trade"),
    ],
)
def test_the_story_s_own_event_told_again_is_not_background(text: str, subtype: str) -> None:
    assert not only(claims_of(text), subtype).background


def test_the_event_recalled_in_a_relative_clause_is_background_and_the_main_one_is_not() -> None:
    claims = claims_of("خدمه کشتی که در خلیج عدن توقیف شده بود، امروز آزاد شدند.")
    seizure, release = only(claims, "seizure"), only(claims, "release")
    assert seizure.background and seizure.time is None
    assert not release.background and release.time is not None and release.time.text == "امروز"


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest blast in the city since the 2020 port explosion.",
        "وهو الانفجار الأعنف في المدينة منذ انفجار المرفأ عام 2020.",
        "این مرگبارترین انفجار در شهر از زمان انفجار بندر در سال ۲۰۲۰ است.",
    ],
)
def test_the_deadliest_since_an_earlier_blast_stays_two_events(text: str) -> None:
    claims = claims_of(text)
    assert [c.background for c in claims] == [False, True]


def test_the_days_since_the_story_s_event_do_not_make_it_background() -> None:
    (blast,) = claims_of("The port has been closed since the explosion.", "en")
    assert not blast.background


def test_a_toll_told_as_of_an_earlier_time_is_a_statement_of_its_own() -> None:
    text = (
        "Officials said the explosion at the fertiliser depot killed 14 people. "
        "The health ministry had previously said 10 people were killed."
    )
    blast, earlier = claims_of(text, "en")
    assert [c.value["value"] for c in blast.counts] == [14] and not blast.background
    assert [c.value["value"] for c in earlier.counts] == [10] and earlier.background


@pytest.mark.parametrize(
    "text",
    [
        "Life slowly returned to the market on Sunday after the deadly car bombing.",
        "دو روز پس از انفجار خودروی بمب‌گذاری‌شده در بازار، مغازه‌داران امروز یکشنبه مغازه‌ها را باز کردند.",
    ],
)
def test_a_cause_told_with_no_event_beside_it_is_what_the_sentence_tells(text: str) -> None:
    (bombing,) = claims_of(text)
    assert bombing.subtype == "bombing" and not bombing.background


def test_today_is_not_the_day_of_an_event_told_as_a_cause() -> None:
    text = "دو روز پس از انفجار خودروی بمب‌گذاری‌شده در بازار، مغازه‌داران امروز یکشنبه مغازه‌ها را باز کردند."
    (bombing,) = claims_of(text)
    assert bombing.time is None


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("هواپیمای مسافربری بر اثر خطای انسانی هدف موشک قرار گرفت.", "attack"),
        ("شلیک به هواپیمای مسافربری در نزدیکی تبریز خشم خانواده‌ها را برانگیخت.", "shootdown"),
    ],
)
def test_persian_words_of_targeting_and_firing_at_a_plane(text: str, subtype: str) -> None:
    (claim,) = claims_of(text)
    assert claim.subtype == subtype


@pytest.mark.parametrize(
    ("text", "subtype", "place"),
    [
        # a place a meeting discussed
        ("التقى بوتين وأردوغان في سوتشي وبحثا الوضع في إدلب.", "meeting", "Sochi"),
        ("Putin and Erdogan met in Sochi to discuss the situation in Idlib.", "meeting", "Sochi"),
        ("پوتین و اردوغان در سوچی دیدار کردند و درباره ادلب گفتگو کردند.", "meeting", "Sochi"),
        # a capital that speaks for its government
        ("أقرّت طهران بأن دفاعاتها الجوية أسقطت الطائرة قرب مدينة مرند.", "shootdown", "Marand"),
        ("قالت موسكو إن الطائرة أسقطت قرب مدينة مرند.", "shootdown", "Marand"),
        ("Moscow said the plane was shot down near the town of Marand.", "shootdown", "Marand"),
        # where a journey began or was going
        ("A passenger plane crashed minutes after taking off from Tabriz, near the town of Marand.", "crash", "Marand"),
        ("The plane, bound for Yerevan, crashed near the town of Marand.", "crash", "Marand"),
        ("أسقطت الدفاعات الجوية طائرة الركاب التي كانت متجهة إلى يريفان قرب مدينة مرند.", "shootdown", "Marand"),
        # a place that names a process
        ("التقى الرئيسان في طهران ضمن مسار أستانا الذي يجمعهما مع روسيا.", "meeting", "Tehran"),
        ("Putin and Erdogan met in Tehran, where the Astana process was on the agenda.", "meeting", "Tehran"),
        ("دو رئیس جمهور در تهران در چارچوب روند آستانه دیدار کردند.", "meeting", "Tehran"),
    ],
)
def test_places_a_report_names_that_are_not_where_the_event_happened(text: str, subtype: str, place: str) -> None:
    claim = only(claims_of(text), subtype)
    assert [p.value["name"] for p in claim.places] == [place]


def test_a_name_after_a_palace_is_a_venue_not_a_person() -> None:
    mentions = factcmp.extract("استقبل الرئيس الإيراني نظيره التركي في قصر سعد آباد بطهران.", kinds=("person", "place"))
    assert not [m for m in mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "لا يزال الملف خلافيا منذ التدخل العسكري الروسي عام 2015، وإن كان مسار أستانا قد أتاح لأنقرة وطهران "
            "قناة للتنسيق.",
            "ar",
        ),
        ("از زمان مداخله نظامی روسیه در سال ۲۰۱۵، ایران و ترکیه در کنار روسیه رایزنی کرده‌اند.", "fa"),
        (
            "Syria has been a sore point since Russia's military intervention in 2015, although the Astana "
            "process gave Ankara and Tehran a channel.",
            "en",
        ),
    ],
)
def test_an_earlier_event_takes_no_place_from_what_came_after_it(text: str, lang: str) -> None:
    intervention = only(claims_of(text, lang), "intervention")
    assert intervention.background
    assert not {place.value["name"] for place in intervention.places} & {"Ankara", "Tehran", "Iran", "Turkey"}


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        (
            "شيّعت مدينة طرابلس بعد ظهر الجمعة عدداً من ضحايا الانفجار الذي دمّر أحد عنابر المرفأ مساء أمس.",
            "ar",
            "مساء أمس",
        ),
        (
            "On Saturday, crowds buried victims of the explosion that tore through the port on Thursday evening.",
            "en",
            "Thursday",
        ),
    ],
)
def test_a_date_in_the_relative_clause_after_an_event_noun_dates_the_event(text: str, lang: str, time: str) -> None:
    blast = only(claims_of(text, lang), "explosion")
    assert blast.time is not None and blast.time.text == time


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سقوط هواپیمای مسافربری تبریز - ایروان با ۹۵ سرنشین", "fa"),
        ("سقوط هواپیمایی که صبح سه‌شنبه از فرودگاه تبریز برخاسته بود", "fa"),
        ("تحطمت الطائرة بعد دقائق من إقلاعها من مطار تبريز في طريقها إلى العاصمة الأرمينية يريفان.", "ar"),
        ("The Tabriz-Yerevan flight crashed minutes after taking off from Tabriz.", "en"),
    ],
)
def test_the_ends_of_a_journey_are_not_where_it_ended(text: str, lang: str) -> None:
    (crash,) = [claim for claim in claims_of(text, lang) if claim.subtype == "crash"]
    assert not {place.value["name"] for place in crash.places} & {"Tabriz", "Yerevan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The downing recalled January 2020, when air defences shot down a Ukrainian airliner.", "en"),
        ("وأعاد الحادث إلى الأذهان كانون الثاني 2020 عندما أسقطت الدفاعات الجوية طائرة ركاب أوكرانية.", "ar"),
    ],
)
def test_a_date_before_when_dates_the_event_of_its_clause(text: str, lang: str) -> None:
    claims = claims_of(text, lang)
    shot = [claim for claim in claims if claim.time is not None]
    assert [claim.trigger.text for claim in shot] in (["shot down"], ["أسقطت"])
    assert shot[0].background


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Funerals were held in Tabriz on Thursday for 52 of the victims of the crash.", "en"),
        ("مراسم تشییع ۵۲ نفر از قربانیان هواپیما امروز در تبریز برگزار شد.", "fa"),
    ],
)
def test_where_the_dead_were_buried_is_the_funerals_place(text: str, lang: str) -> None:
    claims = claims_of(text, lang)
    funeral = only(claims, "funeral")
    assert [place.value["name"] for place in funeral.places] == ["Tabriz"]
    assert all(not claim.places for claim in claims if claim.subtype != "funeral")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The jet crashed near Tabriz on Tuesday.", "en"),
        ("تحطمت الطائرة قرب تبريز يوم الثلاثاء.", "ar"),
        ("سقوط هواپیمای مسافربری در نزدیکی تبریز", "fa"),
    ],
)
def test_a_place_told_as_near_is_marked_so(text: str, lang: str) -> None:
    crash = only(claims_of(text, lang), "crash")
    assert [(place.value["name"], place.value.get("near")) for place in crash.places] == [("Tabriz", True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The border town has been repeatedly targeted by air strikes.", "en"),
        ("منطقه البوکمال در سال‌های گذشته بارها هدف حملات هوایی قرار گرفته است.", "fa"),
        ("تعرضت المنطقة لغارات مجهولة خلال الأسابيع الماضية.", "ar"),
    ],
)
def test_what_happened_again_and_again_is_no_event_of_the_report(text: str, lang: str) -> None:
    claims = claims_of(text, lang)
    assert claims and all(claim.background for claim in claims)


@pytest.mark.parametrize(
    ("text", "lang", "time"),
    [
        (
            "به گزارش خبرگزاری پارس‌نگار، بامداد امروز دوشنبه یک پهپاد کاروانی را در نزدیکی البوکمال هدف قرار داد.",
            "fa",
            "بامداد امروز دوشنبه",
        ),
        ("According to the monitor, late on Sunday a drone strike hit a convoy near Albu Kamal.", "en", "Sunday"),
    ],
)
def test_a_date_in_the_events_clause_after_an_attribution_is_the_events(text: str, lang: str, time: str) -> None:
    claims = [claim for claim in claims_of(text, lang) if claim.time is not None]
    assert [claim.time.text for claim in claims if claim.time is not None] == [time]


def test_memoranda_signed_belong_to_the_talks_not_to_the_trade_figure() -> None:
    text = "أعلن الجانبان في ختام القمة في بغداد رفع هدف التبادل التجاري إلى 5 مليارات دولار وتوقيع 11 مذكرة تفاهم."
    claims = claims_of(text, "ar")
    assert [q.text for q in only(claims, "meeting").quantities] == ["11 مذكرة تفاهم"]
    assert [q.text for q in only(claims, "trade").quantities] == ["5 مليارات دولار"]


def test_a_day_of_mourning_keeps_its_day_from_the_deaths_it_mourns() -> None:
    text = (
        "Armenia mourns 31 citizens killed in Iran airliner downing\n\n"
        "Armenia observed a national day of mourning on Thursday for the 31 citizens who died when an "
        "Iranian air defence missile hit a Zagros Air flight bound for Yerevan."
    )
    claims = read_document(factcmp.Document(id="d", text=text, lang="en", published="2027-01-14")).claims
    assert only(claims, "funeral").time is not None and only(claims, "shootdown").time is None


def test_a_toll_dated_in_its_own_sentence_is_not_added_to_the_claim_before() -> None:
    text = (
        "Strikes on weddings and funerals have drawn some of the strongest criticism of the war. "
        "In October 2016, more than 140 people were killed when a funeral hall in Sanaa was bombed."
    )
    claims = claims_of(text, "en")
    (toll,) = [c for c in claims if c.counts]
    assert toll.time is not None and toll.time.text == "October 2016" and toll.subtype != "funeral"


def test_a_toll_put_at_a_figure_keeps_its_part_in_one_claim() -> None:
    text = (
        "A drone strike hit a convoy near the border on Sunday. "
        "A monitoring group put the toll at nine, including three Iraqis."
    )
    claims = claims_of(text, "en")
    (toll,) = [c for c in claims if any(k.value["value"] == 9 for k in c.counts)]
    assert [(k.value["value"], k.value["part_of"]) for k in toll.counts if k.value["value"] in (9, 3)] == [
        (9, False),
        (3, True),
    ]
