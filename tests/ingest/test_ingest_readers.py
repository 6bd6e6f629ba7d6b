"""Reader and article-building tests on small illustrative inputs (fictional texts)."""

import gzip
import io
import json
import zipfile

from sahelwatch.ingest.build import Defaults, build_article, parse_published
from sahelwatch.ingest.readers import detect_format, read_source
from sahelwatch.ingest.records import Problem, Record

STORY = "Gunmen attacked a checkpoint near Ayorou on Friday. At least 4 gendarmes were killed, police said."


def items(name: str, data: bytes) -> list:
    return list(read_source(name, data))


def jsonl(*rows: object) -> bytes:
    return "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows).encode()


def test_jsonl_records_and_malformed_line_named_by_line_number():
    last = {"id": "x-2", "text": STORY + " More."}
    data = jsonl({"id": "x-1", "text": STORY}, "{not json", "", [1, 2], last)
    result = items("feed.jsonl", data)
    assert [type(item).__name__ for item in result] == ["Record", "Problem", "Problem", "Record"]
    assert result[1].message.startswith("feed.jsonl:2: malformed JSON")
    assert result[2].message == "feed.jsonl:4: expected a JSON object, got list"
    assert result[3].source_line == 5


def test_ucdp_aec_row_is_mapped():
    row = {"id": "123", "source_article": STORY, "source_date": "2021-02-22 00:00", "deaths_low": "4"}
    (record,) = items("validation.jsonl", jsonl(row))
    article, problems = build_article(record)
    assert not problems
    assert article.id == "aec-123" and article.text == STORY
    assert article.published == "2021-02-22T00:00:00" and article.published_source == "metadata"
    assert article.metadata["deaths_low"] == "4" and article.metadata["format"] == "ucdp-aec"


def test_article_fields_defaults_and_language_detection():
    fields = {"text": STORY, "url": "HTTPS://Example.org/a/?utm_source=x#top", "extra": 1}
    record = Record(fields, "f.jsonl", 1, "jsonl")
    article, _ = build_article(record, Defaults(outlet="Fictional Wire"))
    assert article.url == "https://example.org/a"
    assert article.id.startswith("a-") and article.outlet == "Fictional Wire"
    assert article.language == "en" and article.language_source == "detected"
    assert article.metadata["extra"] == 1
    assert article.published is None and article.published_source == "unknown"
    french, _ = build_article(Record({"text": STORY}, "f.jsonl", 2, "jsonl"), Defaults(language="fr-FR"))
    assert french.language == "fr" and french.language_source == "input"


def test_bad_dates_are_dropped_with_a_warning_not_replaced_by_today():
    cases = [("1899-05-01", "before 1950"), ("2999-01-01", "in the future"), ("soon", "recognisable")]
    for value, reason in cases:
        article, problems = build_article(Record({"text": STORY, "published": value}, "d.jsonl", 7, "jsonl"))
        assert article is not None and article.published is None and article.published_source == "unknown"
        assert len(problems) == 1 and not problems[0].rejected and reason in problems[0].message
        assert problems[0].message.startswith("d.jsonl:7: published date")
    assert parse_published("2024-03-12") == ("2024-03-12", None)
    assert parse_published("Mon, 19 Aug 2024 14:05:00 +0000")[0] == "2024-08-19T14:05:00+00:00"


def test_rejections_for_wrong_types_empty_text_and_oversize():
    cases = [({"text": 5}, "field 'text' must be a string"), ({"title": "x"}, "no article text"),
             ({"text": "x" * (5 * 1024 * 1024 + 1)}, "over 5 MB")]
    for fields, reason in cases:
        article, problems = build_article(Record(fields, "r.jsonl", 3, "jsonl"))
        assert article is None and problems[0].rejected and reason in problems[0].message


def test_text_file_with_header():
    header = b"Title: Checkpoint attack\nDate: 2024-02-02\nOutlet: Fictional Wire\nNote: Illustrative\n\n"
    data = header + STORY.encode()
    (record,) = items("story.txt", data)
    article, _ = build_article(record)
    assert article.title == "Checkpoint attack" and article.published == "2024-02-02"
    assert article.outlet == "Fictional Wire" and article.text == STORY
    assert article.metadata["note"] == "Illustrative"


def test_html_page_goes_through_trafilatura_with_metadata_date():
    html = (
        "<html><head><title>Checkpoint attack | Fictional Wire</title>"
        "<meta property='og:site_name' content='Fictional Wire'>"
        "<meta property='article:published_time' content='2024-02-02T10:00:00Z'></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Checkpoint attack</h1>"
        f"<p>{STORY}</p><p>The army sent reinforcements from Tillabéri the same evening.</p></article>"
        "<footer>© 2024 Fictional Wire. All rights reserved.</footer></body></html>"
    )
    (record,) = items("page.html", html.encode())
    article, _ = build_article(record)
    assert "At least 4 gendarmes were killed" in article.text and "Home | World" not in article.text
    assert article.published == "2024-02-02" and article.published_source == "metadata"
    assert article.outlet == "Fictional Wire" and "All rights reserved" not in article.text


def test_rss_feed_entries():
    feed = f"""<?xml version="1.0"?><rss version="2.0">
    <channel><title>Fictional Feed</title><language>en</language>
    <item><title>One</title><link>https://f.example/1</link><pubDate>Mon, 19 Aug 2024 14:05:00 +0000</pubDate>
    <description><![CDATA[<p>{STORY}</p>]]></description></item>
    <item><title>Two</title><link>https://f.example/2</link>
    <description>Plain text summary of a protest.</description></item>
    </channel></rss>"""
    records = items("news.rss", feed.encode())
    assert [r.source_line for r in records] == [1, 2]
    first, _ = build_article(records[0])
    assert first.text.split() == ["One", *STORY.split()]  # a short summary (a teaser) follows its title
    assert first.outlet == "Fictional Feed"
    assert first.published.startswith("2024-08-19")
    second, _ = build_article(records[1])
    assert second.text == "Two\nPlain text summary of a protest." and second.published is None


def test_a_feed_entry_with_only_a_title_is_a_headline_and_full_content_stands_alone():
    long_story = " ".join([STORY] * 6)
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Fictional Feed</title>
    <item><title>Niger: 15 soldiers killed in ambush near Tera</title><link>https://f.example/3</link></item>
    <item><title>Ayorou attack</title><link>https://f.example/4</link><description>{long_story}</description></item>
    <item><title>Four gendarmes killed</title><link>https://f.example/5</link>
    <description>Four gendarmes killed. More to follow.</description></item>
    </channel></rss>"""
    titled, full, repeated = (build_article(r)[0] for r in items("news.rss", feed.encode()))
    assert titled.text == titled.title == "Niger: 15 soldiers killed in ambush near Tera"
    assert full.text == long_story  # a full summary is the body, as in other formats
    assert repeated.text == "Four gendarmes killed. More to follow."  # the teaser already opens with it


def test_archives_are_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inner/a.jsonl", jsonl({"text": STORY}))
        archive.writestr("inner/b.txt", STORY + " Second.")
        archive.writestr("inner/ignored.png", b"\x89PNG")
    names = [item.source_file for item in items("bundle.zip", buffer.getvalue())]
    assert names == ["bundle.zip!inner/a.jsonl", "bundle.zip!inner/b.txt"]
    (record,) = items("day.jsonl.gz", gzip.compress(jsonl({"text": STORY})))
    assert record.source_file == "day.jsonl" and record.fields["text"] == STORY


def test_empty_binary_and_undecodable_inputs():
    assert items("e.jsonl", b"  \n")[0].message == "e.jsonl: empty file"
    assert "binary file" in items("b.dat", b"\x00\x01\x02garbage\x00")[0].message
    sentence = "Des hommes armés ont attaqué Téra. Deux soldats tués."
    latin = ('{"text": "' + sentence * 3 + '"}').encode("latin-1")
    repaired, record = items("latin.jsonl", latin)
    assert isinstance(repaired, Problem) and not repaired.rejected
    assert "latin.jsonl:1: invalid UTF-8" in repaired.message
    assert "armés" in record.fields["text"]


def test_format_detection_by_content():
    assert detect_format("-", b'{"text": "x"}') == "jsonl"
    assert detect_format("<stdin>", b"<?xml version='1.0'?><rss>") == "feed"
    assert detect_format("page", b"<!DOCTYPE html><html>") == "html"
    assert detect_format("notes", b"Plain words") == "txt"


def test_html_date_from_text_is_htmldate_and_no_date_stays_unknown():
    body = f"<p>{STORY}</p><p>The army sent reinforcements from Tillabéri the same evening.</p>"
    dateline = "<p>Niamey, le 15/03/2024 - Updated</p>"
    dated = f"<html><body><article><h1>Attack</h1>{dateline}{body}</article></body></html>"
    article, _ = build_article(Record({"html": dated}, "x.html", 1, "html"))
    assert (article.published, article.published_source) == ("2024-03-15", "htmldate")
    undated = f"<html><body><article><h1>Attack</h1>{body}</article></body></html>"
    article, _ = build_article(Record({"html": undated}, "y.html", 1, "html"))
    assert (article.published, article.published_source) == (None, "unknown")


def test_atom_entry_language_overrides_feed_language():
    feed = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>F</title>
    <entry xml:lang="fr"><title>Un</title><link href="https://f.example/1"/>
    <updated>2024-08-19T10:00:00Z</updated><summary>Une attaque a eu lieu.</summary></entry>
    <entry><title>Two</title><link href="https://f.example/2"/>
    <updated>2024-08-19T10:00:00Z</updated><summary>An attack took place.</summary></entry></feed>"""
    first, second = items("news.atom", feed)
    assert (first.fields["language"], second.fields["language"]) == ("fr", "en")
    assert first.fields["published"] == "2024-08-19T10:00:00+00:00"


def test_utf8_page_with_stray_windows_1252_quotes_keeps_its_accents():
    # illustrative: a UTF-8 page whose quoted sentence was pasted with Windows-1252 curly quotes
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><p>Cinq civils ont été tués à Téra, '
        "région de Tillabéri, selon des élus locaux.</p>"
    ).encode() + b"<p>\x93Ils sont venus \xe0 moto\x94, a dit un habitant.</p></article></body></html>"
    [record] = items("page.html", page)
    assert "ont été tués à Téra, région de Tillabéri" in record.fields["html"]
    assert "“Ils sont venus à moto”" in record.fields["html"]


def test_windows_1252_page_declared_utf8_is_still_decoded_as_windows_1252():
    # illustrative: the whole page in Windows-1252 although its meta tag says UTF-8
    page = '<html><head><meta charset="utf-8"></head><body><p>Trois soldats tués à Boni.</p></body></html>'
    [record] = items("page.html", page.encode("cp1252"))
    assert "Trois soldats tués à Boni." in record.fields["html"]


def test_jsonl_line_with_stray_windows_1252_bytes_keeps_its_utf8_accents():
    # illustrative: one JSONL line in UTF-8 but for a pasted Windows-1252 apostrophe
    good = json.dumps({"id": "a1", "text": STORY}).encode()
    bad = '{"id": "a2", "text": "Deux gendarmes tués à Téra'.encode() + b"\x92 hier\"}"
    found = items("feed.jsonl", good + b"\n" + bad)
    records = [item for item in found if isinstance(item, Record)]
    assert [r.fields["text"] for r in records][1] == "Deux gendarmes tués à Téra’ hier"
    assert any(isinstance(item, Problem) and not item.rejected for item in found)


def test_blog_related_posts_and_comments_inside_the_article_are_left_out():
    # illustrative: a short blog post whose theme puts related stories and readers' comments in <article>
    html = (
        "<html><head><meta property='article:published_time' content='2024-05-14T10:00:00Z'></head><body>"
        f"<article><h1>Checkpoint attack</h1><div class='entry-content'><p>{STORY}</p>"
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3>"
        "<h4><a href='/a'>Burkina: 25 civilians killed in Seytenga</a></h4></div></div>"
        "<div class='comments'><p>They also killed 12 villagers in Bankilare yesterday.</p></div>"
        "</article></body></html>"
    )
    (record,) = items("page.html", html.encode())
    article, _ = build_article(record)
    assert "At least 4 gendarmes were killed" in article.text
    assert "Seytenga" not in article.text and "Bankilare" not in article.text
