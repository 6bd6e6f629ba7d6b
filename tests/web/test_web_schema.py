"""Property-based API testing from the OpenAPI schema (schemathesis): no 500s, JSON errors, bounded examples.

Operations are driven through Hypothesis directly (schemathesis' pytest plugin does not run
under this pytest version), one test per operation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from sahelwatch.web.app import create_app

OPERATIONS = [
    "GET /api/v1/health", "GET /api/v1/events", "GET /api/v1/events/{event_id}",
    "GET /api/v1/articles/{article_id}", "GET /api/v1/stats", "GET /api/v1/map", "GET /api/v1/facets",
    "POST /api/v1/articles",
]
EXAMPLES = {"GET /api/v1/events": 60}


@pytest.fixture(scope="module")
def web_schema(web_db: Path) -> schemathesis.BaseSchema:
    # a write token enables POST /articles, so its validation runs too (the token is never sent: 401/422)
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(web_db, write_token="not-sent"))


def test_schema_lists_exactly_the_documented_operations(web_schema: schemathesis.BaseSchema) -> None:
    labels = sorted(result.ok().label for result in web_schema.get_all_operations())
    assert labels == sorted(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_never_fails_with_a_server_error(web_schema: schemathesis.BaseSchema, label: str) -> None:
    operation = next(r.ok() for r in web_schema.get_all_operations() if r.ok().label == label)
    seen: list[int] = []

    @given(operation.as_strategy())
    @settings(max_examples=EXAMPLES.get(label, 25), deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        response = case.call()
        seen.append(response.status_code)
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            body = response.json()
            assert body["error"] and body["message"], body
            assert "Traceback" not in response.text

    check()
    assert seen and all(status < 500 for status in seen)
