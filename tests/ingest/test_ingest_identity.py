"""Identity and near-duplicate tests (illustrative texts)."""

from sahelwatch.ingest.identity import content_hash, derive_id, normalise_url
from sahelwatch.ingest.neardup import NearDuplicateIndex, from_bytes, signature, to_bytes

BASE = (
    "Armed men on motorbikes attacked the village of Tizegorou in the Tillaberi region on Sunday, "
    "burning houses and stealing cattle, local officials said. Residents fled towards Banibangou "
    "and the army sent a patrol to the area on Monday morning to secure the road."
)


def test_normalise_url():
    assert normalise_url("HTTPS://News.Example.org:443/a/b/?utm_source=x&id=3#frag") == "https://news.example.org/a/b?id=3"
    assert normalise_url("http://example.org/") == "http://example.org"
    assert normalise_url("  ") is None and normalise_url(None) is None


def test_content_hash_ignores_case_spacing_and_punctuation():
    assert content_hash("Ten  soldiers, killed!") == content_hash("ten soldiers killed")
    assert content_hash("ten soldiers killed") != content_hash("eleven soldiers killed")


def test_derived_ids_are_stable_and_prefer_the_url():
    text_hash = content_hash(BASE)
    assert derive_id("https://x.example/a/", text_hash) == derive_id("https://X.example/a", "other")
    assert derive_id(None, text_hash) == derive_id(None, content_hash(BASE.upper()))
    assert derive_id(None, text_hash).startswith("a-")


def test_near_duplicates_linked_with_similarity_and_signature_roundtrip():
    spun = BASE.replace("Sunday", "Sunday night").replace("local officials said", "officials told reporters")
    unrelated = "The national football team won its qualifier in Niamey after a late goal by the captain."
    index = NearDuplicateIndex()
    assert index.add("a", signature(BASE)) == []
    assert index.add("b", signature(unrelated)) == []
    matches = index.add("c", signature(spun))
    assert [m[0] for m in matches] == ["a"] and 0.5 <= matches[0][1] < 1.0
    rebuilt = NearDuplicateIndex.from_stored([("a", to_bytes(signature(BASE)))])
    assert rebuilt.add("c", from_bytes(to_bytes(signature(spun))))[0][0] == "a"


def test_shortened_copy_is_linked_by_containment():
    background = (
        "The region borders Mali and Burkina Faso and has seen repeated raids since 2017. "
        "Humanitarian agencies estimate that thousands of families have left their fields. "
        "Schools in several communes remain closed, according to the regional education office. "
        "Farmers say the lean season has started early because grain stocks were looted. "
        "A new military camp was opened last year on the road to the border town."
    )
    index = NearDuplicateIndex()
    index.add("long", signature(BASE + " " + background))
    (match,) = index.add("excerpt", signature(BASE))
    assert match[0] == "long" and match[1] < 0.5
