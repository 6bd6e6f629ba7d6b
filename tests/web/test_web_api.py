"""The JSON API against real stores (SQLite, PostgreSQL) filled with illustrative events (TestClient)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from fastapi.testclient import TestClient
from web_data import INCIDENTS, LIVE, XSS_SENTENCE

from sahelwatch.web.app import create_app


@pytest.fixture(scope="module")
def client(api_db: str) -> TestClient:
    return TestClient(create_app(api_db, read_token=None, write_token=None), raise_server_exceptions=False)


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


def test_lists_live_events_newest_first_with_total(client: TestClient) -> None:
    body = client.get("/api/v1/events").json()
    assert body["total"] == len(LIVE) == 6
    days = [e["event_date"] for e in body["events"]]
    assert days == sorted(days, reverse=True)
    assert "NER000003" not in [e["id"] for e in body["events"]]  # merged away


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "ne"}, {"NER000001", "NER000002"}),
        ({"admin1": "tillabéri"}, {"NER000001", "NER000002"}),
        ({"event_type": "Battles"}, {"NER000001", "BFA000001"}),
        ({"sub_event_type": "Peaceful protest"}, {"BFA000002"}),
        ({"actor": "JNIM"}, {"MLI000001", "BFA000001"}),
        ({"date_from": "2024-04-01", "date_to": "2024-04-05"}, {"BFA000001", "BFA000002"}),
        ({"min_fatalities": 20}, {"MLI000001", "BFA000001"}),
        ({"q": "Diafarabé"}, {"MLI000001"}),
        ({"bbox": "-2,13,0,15"}, {"BFA000001"}),
        ({"country": "ML", "min_fatalities": 5}, {"MLI000001"}),
    ],
)
def test_filters(client: TestClient, params: dict, expected: set[str]) -> None:
    response = client.get("/api/v1/events", params=params)
    assert set(ids(response)) == expected
    assert response.json()["total"] == len(expected)


def test_pagination_keeps_total_and_sorting(client: TestClient) -> None:
    params = {"limit": 2, "offset": 2, "sort": "fatalities", "order": "asc"}
    body = client.get("/api/v1/events", params=params).json()
    assert body["total"] == 6 and body["limit"] == 2 and body["offset"] == 2
    everything = ids(client.get("/api/v1/events", params={"sort": "fatalities", "order": "asc"}))
    assert [e["id"] for e in body["events"]] == everything[2:4]
    ordered = client.get("/api/v1/events?sort=fatalities&order=asc").json()["events"]
    fatalities = [e["fatalities"] for e in ordered]
    assert fatalities == sorted(fatalities)


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("limit=501", "limit"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("date_from=2024-02-30", "date_from"),
        ("date_from=2024-05-01&date_to=2024-04-01", "date_to"),
        ("min_fatalities=many", "min_fatalities"),
        ("country=Niger", "country"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=10,0,5,1", "bbox"),
        ("bbox=a,b,c,d", "bbox"),
        ("sort=color", "sort"),
        ("format=xlsx", "format"),
    ],
)
def test_bad_parameters_give_422_naming_the_parameter(client: TestClient, query: str, parameter: str) -> None:
    response = client.get("/api/v1/events?" + query)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_parameter"
    assert body["parameters"] == [parameter]
    assert parameter in body["message"]
    assert "Traceback" not in response.text


def test_acled_csv_export_by_format_and_accept(client: TestClient) -> None:
    for response in (
        client.get("/api/v1/events?country=NE&format=acled-csv"),
        client.get("/api/v1/events?country=NE", headers={"Accept": "text/csv"}),
    ):
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert [r["event_id_cnty"] for r in rows] == ["NER000001", "NER000002"]  # oldest first, every match
        assert rows[0]["admin1"] == "Tillabéri" and rows[0]["fatalities"] == "12"


def test_ucdp_csv_and_geojson_exports(client: TestClient) -> None:
    ucdp = list(csv.DictReader(io.StringIO(client.get("/api/v1/events?format=ucdp-csv").text)))
    violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    # UCDP codes organised violence only
    assert {r["id"] for r in ucdp} == {i.event_id for i in LIVE if i.event_type in violent}
    assert next(r for r in ucdp if r["id"] == "MLI000001")["type_of_violence"] == "3"
    geo = client.get("/api/v1/events?format=geojson&event_type=Protests")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert [f["id"] for f in features] == ["BFA000002"]
    assert features[0]["geometry"]["coordinates"] == [-1.52, 12.37]


def test_event_detail_has_sources_claims_evidence_and_history(client: TestClient) -> None:
    body = client.get("/api/v1/events/NER000001").json()
    assert body["status"] == "live" and body["merged_into"] is None
    assert [s["outlet"] for s in body["sources"]] == ["Example Outlet", "Other Outlet"]
    fatalities = next(c for c in body["claims"] if c["field"] == "fatalities")
    assert fatalities["conflicting"] and {c["value"] for c in fatalities["claims"]} == {12, 15}
    dates = next(c for c in body["claims"] if c["field"] == "event_date")
    assert not dates["conflicting"]
    first = body["mentions"][0]
    assert first["sentence"]["text"] == "Gunmen killed 12 soldiers near Téguèy on Saturday."
    marked = {run["field"]: run["text"] for run in first["highlighted"] if run["field"]}
    assert marked["fatalities:killed:security"] == "12 soldiers" and marked["date"] == "on Saturday"
    assert "".join(run["text"] for run in first["highlighted"]) == first["sentence"]["text"]
    assert body["precision"]["geo_precision"] == {"code": 1, "meaning": "the town or village itself"}
    assert [r["revision"] for r in body["revisions"]] == [1, 2]
    assert {"field": "fatalities", "from": 12, "to": 15} in body["revisions"][1]["changes"]


def test_merged_away_event_says_where_it_went(client: TestClient) -> None:
    body = client.get("/api/v1/events/NER000003").json()
    assert body["status"] == "merged" and body["merged_into"] == "NER000001"
    assert "NER000001" in body["message"]


def test_unknown_ids_give_json_404(client: TestClient) -> None:
    for url in ("/api/v1/events/NER999999", "/api/v1/articles/nope"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["error"] == "not_found" and response.json()["message"]


def test_article_has_text_and_mention_spans(client: TestClient) -> None:
    body = client.get("/api/v1/articles/a-ner-2").json()
    text = body["text"]
    assert body["outlet"] == "Other Outlet"
    (mention,) = body["mentions"]
    assert mention["event_id"] == "NER000001"
    for span in mention["evidence"]:
        assert text[span["start"] : span["end"]] == span["text"]
    sentence = mention["sentence"]
    assert text[sentence["start"] : sentence["end"]].startswith("At least 15 soldiers")


def test_stats_by_week_admin1_and_type(client: TestClient) -> None:
    body = client.get("/api/v1/stats").json()
    assert body["total_events"] == 6
    assert body["total_fatalities"] == sum(min(r.killed for r in i.reports[:2]) for i in LIVE)
    rows = [dict(zip(body["columns"], row, strict=True)) for row in body["rows"]]
    for row in rows:
        assert date.fromisoformat(row["week"]).weekday() == 0  # weeks start on Monday
    tillaberi = [r for r in rows if r["admin1"] == "Tillabéri"]
    assert {(r["week"], r["event_type"], r["events"]) for r in tillaberi} == {
        ("2024-03-04", "Battles", 1), ("2024-03-18", "Explosions/Remote violence", 1)
    }
    filtered = client.get("/api/v1/stats?country=BF").json()
    assert filtered["total_events"] == 2 and filtered["event_types"] == ["Battles", "Protests"]


def test_map_points_and_facets(client: TestClient) -> None:
    body = client.get("/api/v1/map?country=ML").json()
    assert body["count"] == 2 and not body["truncated"]
    column = body["columns"].index("id")
    assert {p[column] for p in body["points"]} == {"MLI000001", "MLI000002"}
    facets = client.get("/api/v1/facets").json()
    assert facets["countries"] == ["BF", "ML", "NE"]
    assert {"country": "NE", "admin1": "Tillabéri"} in facets["admin1"]
    assert facets["date_min"] == "2024-03-09" and facets["date_max"] == "2024-04-10"


def test_security_headers_everywhere(client: TestClient) -> None:
    for url in ("/", "/api/v1/events", "/events/NER000001", "/static/app.css", "/api/v1/events/none"):
        policy = client.get(url).headers["content-security-policy"]
        assert "default-src 'self'" in policy and "unsafe-inline" not in policy


def test_pages_escape_untrusted_text(client: TestClient) -> None:
    for url in ("/", "/events/MLI000002", "/articles/xss-1"):
        html = client.get(url).text
        assert "<script>window.__xss" not in html and "<script>alert(1)" not in html
        assert "<img src=x" not in html and "<b>Outlet</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/events/MLI000002").text
    assert XSS_SENTENCE in client.get("/api/v1/articles/xss-1").json()["text"]  # JSON keeps the raw text


def test_pages_render_and_unknown_pages_are_html_404(client: TestClient) -> None:
    home = client.get("/?country=NE&limit=1")
    assert home.status_code == 200 and "2 events match" in home.text.replace("</strong>", "")
    assert 'href="/?country=NE&amp;offset=1&amp;limit=1#events"' in home.text
    assert client.get("/events/NER000003").text.count("was merged into") == 1
    missing = client.get("/events/NOPE")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert client.get("/?date_from=yesterday").status_code == 422


def test_openapi_schema_documents_the_routes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/articles/{article_id}",
                 "/api/v1/stats", "/api/v1/map", "/api/v1/facets"):
        assert "get" in paths[path]
    assert "post" in paths["/api/v1/articles"]
    names = {p["name"] for p in paths["/api/v1/events"]["get"]["parameters"]}
    assert {"country", "admin1", "event_type", "actor", "date_from", "date_to", "min_fatalities", "q", "bbox",
            "limit", "offset", "sort", "order", "format"} <= names


# -- tokens and ingest --------------------------------------------------------------------------------

ARTICLE = {
    "id": "api-post-1",
    "url": "https://example.org/api-post-1",
    "title": "Posted article (illustrative)",
    "text": "Illustrative example for the API test; not a real report. Gunmen killed 7 civilians in Ayorou "
    "in the Tillabéri region on Monday, residents said.",
    "published": "2024-05-07",
    "outlet": "Example Outlet",
    "language": "en",
}


def test_ingest_is_disabled_without_a_write_token(client: TestClient) -> None:
    response = client.post("/api/v1/articles", json=ARTICLE)
    assert response.status_code == 403 and "--write-token" in response.json()["message"]


def test_ingest_needs_the_right_bearer_token(writable_db: str) -> None:
    client = TestClient(create_app(writable_db, write_token="s3cret"), raise_server_exceptions=False)
    assert client.post("/api/v1/articles", json=ARTICLE).status_code == 401
    wrong = client.post("/api/v1/articles", json=ARTICLE, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/v1/articles/api-post-1").status_code == 404


def test_ingest_stores_and_extracts_a_batch(writable_db: str) -> None:
    client = TestClient(create_app(writable_db, write_token="s3cret"), raise_server_exceptions=False)
    auth = {"Authorization": "Bearer s3cret"}
    second = {**ARTICLE, "id": "api-post-2", "url": "https://example.org/api-post-2", "text": "Too short?"}
    response = client.post("/api/v1/articles", json=[ARTICLE, second], headers=auth)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["new"] == 2 and set(body["new_ids"]) == {"api-post-1", "api-post-2"}
    assert body["extraction"]["ok"] and body["extraction"]["articles"] == 2  # the extract stage ran on both
    stored = client.get("/api/v1/articles/api-post-1").json()
    assert stored["title"] == ARTICLE["title"] and "Ayorou" in stored["text"]
    again = client.post("/api/v1/articles", json=ARTICLE, headers=auth)
    assert again.status_code == 200 and again.json()["duplicate"] == 1 and again.json()["new"] == 0


def test_ingest_rejects_bad_bodies_with_422(writable_db: str) -> None:
    client = TestClient(create_app(writable_db, write_token="s3cret"), raise_server_exceptions=False)
    auth = {"Authorization": "Bearer s3cret"}
    assert client.post("/api/v1/articles", json=[], headers=auth).json()["parameters"] == ["body"]
    bad = client.post("/api/v1/articles", json={"title": 5}, headers=auth)
    assert bad.status_code == 422 and bad.json()["parameters"]
    headers = {**auth, "Content-Type": "application/json"}
    not_json = client.post("/api/v1/articles", content=b"{", headers=headers)
    assert not_json.status_code == 422


def test_read_token_guards_api_and_pages(api_db: str) -> None:
    client = TestClient(create_app(api_db, read_token="r3ad"), raise_server_exceptions=False)
    assert client.get("/api/v1/events").status_code == 401
    assert client.get("/").status_code == 401
    assert client.get("/api/v1/events", headers={"Authorization": "Bearer r3ad"}).status_code == 200
    assert client.get("/login?token=wrong").status_code == 401
    assert client.get("/login?token=r3ad", follow_redirects=False).status_code == 303
    assert client.get("/").status_code == 200  # the cookie set by /login
    assert client.get("/api/v1/events").status_code == 200


def test_every_incident_is_reachable(client: TestClient) -> None:
    for incident in INCIDENTS:
        assert client.get(f"/api/v1/events/{incident.event_id}").status_code == 200
        assert client.get(f"/events/{incident.event_id}").status_code == 200


def test_an_empty_store_serves_an_empty_dashboard(db_location: str) -> None:
    client = TestClient(create_app(db_location), raise_server_exceptions=False)
    assert client.get("/api/v1/events").json() == {
        "total": 0, "limit": 50, "offset": 0, "sort": "event_date", "order": "desc", "events": []
    }
    assert client.get("/api/v1/stats").json()["rows"] == []
    assert client.get("/api/v1/map").json()["count"] == 0
    home = client.get("/")
    assert home.status_code == 200 and "No events match these filters." in home.text


def test_a_dropped_postgresql_connection_is_opened_again(pg_server) -> None:
    """A web worker thread keeps its connection; when the server ends it (as a restart would), the
    request that meets the break fails and the next ones get a new connection."""
    import psycopg
    from web_data import fill_store

    from sahelwatch.store import Store

    url = pg_server.new_database()
    with Store(url) as store:
        fill_store(store)
    database = url.split("?")[0].rsplit("/", 1)[1]
    with TestClient(create_app(url), raise_server_exceptions=False) as client:  # one event loop, kept
        assert client.get("/api/v1/events").json()["total"] == len(LIVE)
        with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
            ended = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s",
                (database,),
            ).fetchone()[0]
        assert ended >= 1
        statuses = [client.get("/api/v1/events").status_code for _ in range(3)]
    assert statuses[-1] == 200 and statuses.count(500) <= 1, statuses
    pg_server.drop_database(url)
