"""Cleaning takes out furniture, never content, and records everything it takes."""

from __future__ import annotations

import pytest

from newsfuse.clean import clean, clean_text, looks_like_headline, normalise
from newsfuse.ingest import read_inputs


def test_normalise_quotes_spaces_invisible():
    raw = "\u201cHello\u201d \u2018world\u2019\u00a0 it\u2019s\u200b here\r\n  next\u2003line "
    assert normalise(raw) == "\"Hello\" 'world' it's here\nnext line"


def test_promo_lines_removed_and_recorded():
    raw = "Floods hit the valley on Monday.\nSubscribe to our newsletter for daily updates!\n- Read More -\nFollow us on Telegram\nThe river rose two metres.\n"
    text, title, credits, removed = clean_text(raw)
    assert text == "Floods hit the valley on Monday.\nThe river rose two metres."
    assert [r.reason for r in removed] == ["promotional boilerplate"] * 3


def test_links_to_other_pieces_are_promotional():
    # "Read more: <the headline of another piece>" and its kin link elsewhere; they tell nothing of this story
    raw = ("Floods hit the valley on Monday.\nRead more: Kaldor bridge collapse \u2014 what we know so far\n"
           "READ MORE: The ten greatest comebacks in athletics history\nRelated: Who inspects the bridges?\n"
           "See also - The dam that failed\nRead more about the dam in the archive, which the minister called "
           "incomplete.\nRelated parties were named in the report.\nThe river rose two metres.\n")
    text, title, credits, removed = clean_text(raw)
    assert text.split("\n") == ["Floods hit the valley on Monday.",
                                "Read more about the dam in the archive, which the minister called incomplete.",
                                "Related parties were named in the report.", "The river rose two metres."]
    assert [r.reason for r in removed] == ["promotional boilerplate"] * 4


def test_calls_to_use_the_outlets_app_or_write_in_are_promotional():
    raw = ("Floods hit the valley on Monday.\nListen to the full report at seven, or catch up any time on the Radio "
           "Karvonia app.\nRescuers hoped to catch up with the convoy before the app crashed.\nMessage us on our tip "
           "line, day or night\nGot a story? Email us at news@example.com\n\"The company did not even contact "
           "us,\" she said.\nPolice set up a tip line for witnesses on Tuesday.\nResidents were told to register on "
           "the government's emergency app.\n")
    text, title, credits, removed = clean_text(raw)
    assert [r.text for r in removed] == [
        "Listen to the full report at seven, or catch up any time on the Radio Karvonia app.",
        "Message us on our tip line, day or night", "Got a story? Email us at news@example.com"]
    for kept in ("catch up with the convoy", "did not even contact us", "tip line for witnesses", "emergency app"):
        assert kept in text


def test_long_paragraph_mentioning_subscribe_is_kept():
    line = ("The minister said farmers who subscribe to the insurance scheme would be paid within "
            "a month, and that the newsletter sent to members last week had explained the rules in detail "
            "for every region affected by the floods.")
    text, *_ = clean_text("Opening line of the report.\n" + line)
    assert line in text


def test_update_notes_are_taken_off_their_lines():
    raw = ("The council voted to suspend the mayor.\nUpdate, 21:40: Kallisz announced his resignation on Thursday "
           "evening.\nUPDATE 2: Police said two more people had been detained.\nLatest figures show a rise in "
           "prices.\n")
    text, _, _, removed = clean_text(raw)
    assert text.split("\n")[1:] == ["Kallisz announced his resignation on Thursday evening.",
                                     "Police said two more people had been detained.",
                                     "Latest figures show a rise in prices."]
    assert [(r.text, r.reason) for r in removed] == [("Update, 21:40:", "update note"), ("UPDATE 2:", "update note")]


def test_repeated_line_removed_once():
    raw = "Power was cut in the north.\nCrews are working.\nPower was cut in the north.\n"
    text, _, _, removed = clean_text(raw)
    assert text.count("Power was cut") == 1
    assert removed[0].reason == "line repeated within the article"


@pytest.mark.parametrize(
    "raw, credit, body",
    [
        ("KORVA (NPA) - The dam held overnight.\nMore rain is due.", "NPA", "The dam held overnight."),
        ("LONDON (Reuters) - Prices rose.\nShares fell.", "Reuters", "Prices rose."),
        ("LONDON, Dec 8 (Reuters) - Prices rose.\nShares fell.", "Reuters", "Prices rose."),
        ("OURZEN, Asmarra (CPS) - Gunmen stormed a guesthouse.\nMore follows.", "CPS", "Gunmen stormed a guesthouse."),
        ("Talks resumed in the capital. | BGNES", "BGNES", "Talks resumed in the capital."),
        ("AP adds: Government appears to have fallen.\nMore follows.", "AP", "Government appears to have fallen."),
        ("The port reopened on Friday, officials said. - AFP", "AFP", "The port reopened on Friday, officials said."),
    ],
)
def test_agency_credits_move_to_credits(raw, credit, body):
    text, _, credits, removed = clean_text(raw)
    assert credits == [credit]
    assert text.split("\n")[0] == body
    assert removed and credit in removed[0].text


def test_pipe_inside_prose_is_not_a_credit():
    text, _, credits, _ = clean_text("Scores were 3 | 4 in the final count, the board said.")
    assert credits == [] and "3 | 4" in text


def test_headline_split_from_body():
    raw = "Dam Breach Forces Thousands From Homes\nWater poured through the breach on Tuesday."
    text, title, _, removed = clean_text(raw)
    assert title == "Dam Breach Forces Thousands From Homes"
    assert text == "Water poured through the breach on Tuesday."
    assert removed[-1].reason == "headline (moved to title)"


def test_first_sentence_is_not_a_headline():
    raw = "Rebels entered the city on Saturday night and the mayor fled.\nResidents stayed inside."
    text, title, _, _ = clean_text(raw)
    assert title is None and text.startswith("Rebels entered")


def test_headline_heuristic():
    assert looks_like_headline('"End Of An Era": Mayor Quits As Council Collapses')
    assert looks_like_headline("Storm hits coast")
    assert not looks_like_headline("The storm hit the coast on Monday, officials said.")
    assert not looks_like_headline("Yes.")


def test_subheading_removed_between_paragraphs():
    para = "This is a long paragraph of real reporting that carries more than twelve words of content."
    text, _, _, removed = clean_text(f"{para}\nCelebrations in the streets\n{para} Again.")
    assert "Celebrations in the streets" not in text
    assert removed[0].reason == "subheading"


def test_clean_is_pure():
    from newsfuse.model import Article

    a = Article(id="x", source="x", text="Headline Words Here\nBody text.", raw="Headline Words Here\nBody text.")
    b = clean(a)
    assert a.title is None and a.removed == [] and b.title == "Headline Words Here"
    assert b.text == "Body text."


# -- on the real seeds --------------------------------------------------------------------

def _cleaned(seeds_dir):
    return {a.id[:3]: clean(a) for a in read_inputs([seeds_dir]).articles}


def test_seeds_boilerplate_credits_title(seeds_dir):
    arts = _cleaned(seeds_dir)
    a3 = arts["003"]
    assert "WhatsApp" not in a3.text and "Join Now" not in a3.text
    reasons = {r.text: r.reason for r in a3.removed}
    assert any("WhatsApp" in t for t in reasons) and "- Join Now -" in reasons
    assert a3.title.startswith('"End Of Era Of Tyranny"')
    a4 = arts["004"]
    assert a4.credits == ["BGNES"] and "BGNES" not in a4.text
    assert a4.text.endswith('"tired of war, blood and tears".')
    assert (arts["000"].date, arts["000"].date_origin) == ("2024-12-07", "header")
    assert (arts["001"].date, arts["001"].date_origin) == ("2024-12-08", "header")
    assert all(arts[k].date is None for k in ("002", "003", "004"))


def test_seeds_no_content_lost(seeds_dir):
    """Every raw line is in the title or text, or was removed whole as furniture, or lost only
    a recorded credit."""
    for art in read_inputs([seeds_dir]).articles:
        c = clean(art)
        kept = (c.title or "") + "\n" + c.text
        whole = {r.text for r in c.removed if r.reason != "agency credit" and "credit" not in r.reason
                 and r.reason != "agency tag"}
        credits = [r.text for r in c.removed if "credit" in r.reason or r.reason == "agency tag"]
        for line in normalise(art.raw).split("\n"):
            if not line or line in whole:
                continue
            for cr in credits:
                line = line.replace(cr, "").strip()
            assert line in kept, (art.id, line)


def test_dateline_with_a_named_news_service_is_a_credit():
    raw = "MARROWBY, March 10 (Trevanic News Agency) - A freight train derailed on Monday. | TNA\nMore followed.\n"
    text, _, credits, removed = clean_text(raw)
    assert text.split("\n")[0] == "A freight train derailed on Monday."
    assert credits == ["Trevanic News Agency"]  # its initials in the trailing tag are the same agency
    assert ("MARROWBY, March 10 (Trevanic News Agency) -", "dateline and agency credit") in \
        [(r.text, r.reason) for r in removed]


@pytest.mark.parametrize("line, place", [
    ("MERETH — The movement has rejected the claim.", "MERETH —"),
    ("MERETH, Dravenia — The first aid convoy rolled in.", "MERETH, Dravenia —"),
    ("LOS ANGELES - A fire broke out on Monday.", "LOS ANGELES -"),
    ("SOLVASK/TIRZAN — The movement confirmed the death.", "SOLVASK/TIRZAN —"),
])
def test_a_place_alone_opening_the_story_is_a_dateline(line, place):
    text, _, credits, removed = clean_text(line + "\nThe second paragraph.")
    assert text.split("\n")[0] == line[len(place) + 1:]
    assert credits == [] and [(r.text, r.reason) for r in removed] == [(place, "dateline")]


@pytest.mark.parametrize("line", [
    "US - Iran talks resumed on Monday.",  # a compound written with spaces, not a place
    "The talks - the first in a year - resumed.",
])
def test_dashes_that_are_no_dateline_stay(line):
    assert clean_text(line + "\nThe second paragraph.")[0].split("\n")[0] == line


def test_a_place_and_dash_later_in_the_story_stays():
    text, _, _, removed = clean_text("Rebels entered the city.\nHOMS - a city of a million - fell too.")
    assert text.split("\n")[1] == "HOMS - a city of a million - fell too." and removed == []


@pytest.mark.parametrize("line, credit", [
    ("VARNHOLT, March 11 (Vestpress) - Police detained the deputy mayor on Tuesday.", "Vestpress"),
    ("TARNOGRAD (Kolvar Today) - Shells fell on the town on Tuesday.", "Kolvar Today"),
    ("LINDQVAR, Caldrenia, Aug 12 (HWS) - The government declared a state of emergency.", "HWS"),
])
def test_datelines_name_their_service(line, credit):
    text, _, credits, _ = clean_text(line + "\nThe second paragraph.")
    assert credits == [credit] and text.split("\n")[0] == line.split(" - ", 1)[1]
