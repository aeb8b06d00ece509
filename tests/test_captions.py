"""The caption grammar, form by form: what a paragraph yields, and what is not a caption."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.captions import descriptive_text, find_camera, find_credit, is_caption

# (caption, photographer, outlet): every credit form of the contract and the wire forms in use.
CREDITS = [
    ("An image of the ongoing battles in Gaza captured by Fox News’ Trey Yingst. "
     "(Taken with a Nikon D850)", "Trey Yingst", "Fox News"),
    ("An image of the port captured by Fox News' Trey Yingst.", "Trey Yingst", "Fox News"),
    ("Smoke rises over Gaza captured by Reuters' Ana Lima.", "Ana Lima", "Reuters"),
    ("President Biden speaks. (AP Photo/Evan Vucci)", "Evan Vucci", "AP"),
    ("Smoke rises over Gaza City. REUTERS/Amir Cohen", "Amir Cohen", "REUTERS"),
    ("Smoke rises over Gaza City. REUTERS/Amir Cohen/File Photo", "Amir Cohen", "REUTERS"),
    ("Palestinians inspect damage in Rafah. MAHMUD HAMS/AFP via Getty Images", "MAHMUD HAMS",
     "AFP"),
    ("A man walks. Doug Mills/The New York Times via AP", "Doug Mills", "The New York Times"),
    ("A market in Kyiv. Photo: Jane Doe/Reuters", "Jane Doe", "Reuters"),
    ("A market in Kyiv. Photo by Jane Doe/Reuters", "Jane Doe", "Reuters"),
    ("A market in Kyiv (Photo: Jane Doe)", "Jane Doe", None),
    ("A market in Kyiv (Photo: “Jane Doe”)", "Jane Doe", None),
    ("A photo of the harbour taken by Ana Lima for Reuters.", "Ana Lima", "Reuters"),
    ("A market in Kyiv. Jane Doe for The Washington Post", "Jane Doe", "The Washington Post"),
    ("Soldiers walk to the ramp. (U.S. Army photo by Staff Sgt. Kyle Davis) (Released)",
     "Kyle Davis", "U.S. Army"),
    ("Sailors on deck. (U.S. Navy photo by Mass Communication Specialist 2nd Class John "
     "Smith)", "John Smith", "U.S. Navy"),
    ("Airmen load cargo. (U.S. Air Force photo by Senior Airman Maria Cruz)", "Maria Cruz",
     "U.S. Air Force"),
    ("A market in Kyiv. Credit: Jane Doe/Reuters", "Jane Doe", "Reuters"),
    ("A market in Kyiv. Credit: Reuters", None, "Reuters"),
    ("A family portrait. Courtesy of the Smith family", None, "the Smith family"),
    ("A family portrait. Courtesy of Maria Lopez", "Maria Lopez", None),
    ("A protester. AFP PHOTO / ARIS MESSINIS", "ARIS MESSINIS", "AFP"),
    ("A protester. © Jane Doe / AFP", "Jane Doe", "AFP"),
    ("A rocket launch. (Israeli Defense Forces/Handout via REUTERS)", None,
     "Israeli Defense Forces"),
    ("Leaders meet. Evelyn Hockstein/Pool via REUTERS", "Evelyn Hockstein", "REUTERS"),
    ("Leaders meet. (Pool Photo via AP)", None, "AP"),
    ("A protest. EPA-EFE/ATEF SAFADI", "ATEF SAFADI", "EPA-EFE"),
    ("A protest in Istanbul. Anadolu Agency via Getty Images", None, "Anadolu Agency"),
    ("A protest. Photograph: José Álvarez/The Guardian", "José Álvarez", "The Guardian"),
    ("Ngọc Anh at the market. (Photo: 李明)", "李明", None),
    ("A street in Warsaw. (Photo: Łukasz Nowak)", "Łukasz Nowak", None),
    ("Photo by Staff Sgt. Kyle Davis", "Kyle Davis", None),
    ("A photo of the event, photo by Jane Doe.", "Jane Doe", None),
    # outlets beyond the lexicon, after a person
    ("A rally in Ohio. (Jane Doe/Politico)", "Jane Doe", "Politico"),
    ("A rally in Ohio. Jane Doe/Politico", "Jane Doe", "Politico"),
    ("A rally in Ohio. JANE DOE/POLITICO", "JANE DOE", "POLITICO"),
    ("A market. POLITICO/Jane Doe", "Jane Doe", "POLITICO"),
    ("A rally in Ohio. Photo by Jane Doe, Politico", "Jane Doe", "Politico"),
    ("A rally in Ohio. Photo: Jane Doe | Politico", "Jane Doe", "Politico"),
    ("A rally. (Photo by Jane Doe for Politico)", "Jane Doe", "Politico"),
    ("A rally. Image courtesy of the Smith family", None, "the Smith family"),
    ("A rally. Photo courtesy of Jane Doe", "Jane Doe", None),
]


@pytest.mark.parametrize(("text", "photographer", "outlet"), CREDITS)
def test_credit_forms(text: str, photographer: str | None, outlet: str | None) -> None:
    credit = find_credit(text)
    assert (credit.photographer, credit.outlet) == (photographer, outlet)
    assert is_caption(text)


@pytest.mark.parametrize("text", [
    "A photo of US Secretary of State Antony Blinken during his meeting with Israeli Prime "
    "Minister Benjamin Netanyahu in Tel Aviv. (Taken with a Canon EOS 5D Mark IV)",
    "A photo of Łukasz Nowak in Warsaw.",
    "Pictured: Hassan Nasrallah.",
])
def test_no_credit_is_guessed_from_the_subject(text: str) -> None:
    assert find_credit(text).photographer is None
    assert find_credit(text).outlet is None


@pytest.mark.parametrize("text", [
    "A photograph released by the IDF shows tunnels.",
    "Photos released by the army show damage.",
    "He photographed the scene for years.",
    "The commander was captured by Israeli forces on Tuesday.",
    "The suspect was captured by police in Haifa.",
    "WASHINGTON (AP) — The White House said on Tuesday that talks continue.",
    "Officials said the talks, which began in Cairo (Egypt) were positive.",
    "Either/or options were discussed by the council.",
    "The image of the president was damaged, aides said.",
    "Talks on Israel/Gaza continue (Israel/Gaza)",
    "Tanks gathered near the Israel/Gaza border on Monday.",
    "The either/or debate went on. (Yes/No)",
    "",
])
def test_paragraphs_that_are_not_captions(text: str) -> None:
    assert not is_caption(text)


@pytest.mark.parametrize(("text", "camera"), [
    ("A photo. (Taken with a Canon EOS 5D Mark IV)", "Canon EOS 5D Mark IV"),
    ("A photo. (Taken with an iPhone 15 Pro)", "iPhone 15 Pro"),
    ("A photo. (Shot on a Sony Alpha a7 III)", "Sony Alpha a7 III"),
    ("A photo. (shot with a Leica M11.)", "Leica M11"),
    ("A photo. (Camera: Fujifilm X-T5)", "Fujifilm X-T5"),
    ("A photo. (Taken using the Nikon Z 9 camera)", "Nikon Z 9"),
    ("A photo of a street. Shot on a Nikon D6.", "Nikon D6"),
    ("A photo of a street.", None),
])
def test_camera_notes(text: str, camera: str | None) -> None:
    assert find_camera(text) == camera


@pytest.mark.parametrize(("text", "is_one"), [
    ("Pictured: Hassan Nasrallah. (Shot on an iPhone 15 Pro)", True),
    ("A picture of the port. (Camera: Fujifilm X-T5)", True),
    ("Photo: Smoke rises over the city.", True),
    ("In this photo taken on Monday, smoke rises.", True),
    ("A PHOTOGRAPH OF THE HARBOUR AT DAWN.", True),
])
def test_photo_phrases_and_notes_make_captions(text: str, is_one: bool) -> None:
    assert is_caption(text) is is_one


def test_descriptive_text_drops_credit_and_camera() -> None:
    assert descriptive_text(
        "An image of the ongoing battles in Gaza captured by Fox News’ Trey Yingst. "
        "(Taken with a Nikon D850)") == "An image of the ongoing battles in Gaza"
    assert descriptive_text("Smoke rises. REUTERS/Amir Cohen") == "Smoke rises"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_grammar_never_raises(text: str) -> None:
    is_caption(text)
    find_credit(text)
    find_camera(text)
    descriptive_text(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["A photo of", "(AP Photo/", "REUTERS/", "via", "Getty Images", "captured by", "’s",
     "(Taken with a", ")", "/", "Photo:", "Credit:", "Jane Doe", "Sgt.", "©", "for", " ", ".",
     "\n", "(", "Courtesy of", "AFP PHOTO /", "Nikon D850"]), max_size=30))
def test_grammar_never_raises_on_credit_like_fragments(parts: list[str]) -> None:
    text = " ".join(parts)
    credit = find_credit(text)
    assert credit.photographer is None or credit.photographer.strip() == credit.photographer
