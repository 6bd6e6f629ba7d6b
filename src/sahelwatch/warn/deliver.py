"""Webhook delivery of alerts through a queue table, drained by ``sahelwatch alerts --deliver``.

``run_alerts`` only inserts rows into ``warn_deliveries`` (one per alert and watchlist), so
computing alerts, and the ingestion that triggers it, never waits on a slow or dead endpoint.
``deliver_pending`` POSTs each due delivery once; a failure (network error or non-2xx answer)
schedules the next attempt after ``base_delay * 2**(attempts-1)`` seconds (capped), and after
``max_attempts`` the delivery is marked ``failed``. Run it from cron or after ``alerts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx

from sahelwatch import __version__
from sahelwatch.store import Store


@dataclass
class DeliveryPolicy:
    """Retry schedule of webhook deliveries."""

    max_attempts: int = 6
    base_delay: float = 30.0  # seconds before the 2nd attempt; doubles each time
    max_delay: float = 6 * 3600.0
    timeout: float = 10.0

    def delay_after(self, attempts: int) -> float:
        """Seconds to wait after the ``attempts``-th failed attempt."""
        return min(self.max_delay, self.base_delay * 2 ** (attempts - 1))


@dataclass
class DeliveryReport:
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


def payload(alert: dict, watchlist: str) -> dict:
    """The JSON body POSTed to a webhook: the alert as ``Store.list_alerts`` gives it, and who asked."""
    return {"type": "sahelwatch.alert", "version": 1, "watchlist": watchlist, "alert": alert}


def deliver_pending(
    store: Store,
    now: datetime | None = None,
    policy: DeliveryPolicy | None = None,
    client: httpx.Client | None = None,
) -> DeliveryReport:
    """Attempt every delivery that is due; returns how many were delivered, will retry, or gave up."""
    policy = policy or DeliveryPolicy()
    now = now or datetime.now(UTC)
    report = DeliveryReport()
    own_client = client is None
    client = client or httpx.Client(
        timeout=policy.timeout, headers={"User-Agent": f"sahelwatch/{__version__}"}
    )
    try:
        for delivery in store.due_deliveries(_iso(now)):
            _attempt(store, client, delivery, now, policy, report)
    finally:
        if own_client:
            client.close()
    return report


def _attempt(
    store: Store, client: httpx.Client, delivery: dict, now: datetime, policy: DeliveryPolicy,
    report: DeliveryReport,
) -> None:
    alerts = store.list_alerts(ids=[delivery["alert_id"]], limit=1)
    attempts = delivery["attempts"] + 1
    error = _post(client, delivery["url"], payload(alerts[0], delivery["watchlist"])) if alerts else None
    if error is None:
        store.record_delivery(delivery["id"], "delivered", attempts, _iso(now), None)
        report.delivered += 1
    elif attempts >= policy.max_attempts:
        store.record_delivery(delivery["id"], "failed", attempts, _iso(now), error)
        report.failed += 1
    else:
        retry_at = now + timedelta(seconds=policy.delay_after(attempts))
        store.record_delivery(delivery["id"], "pending", attempts, _iso(retry_at), error)
        report.retrying += 1


def _post(client: httpx.Client, url: str, body: dict) -> str | None:
    """POST ``body``; None on a 2xx answer, else a short error description."""
    try:
        response = client.post(url, json=body)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"[:300]
    return None if response.is_success else f"HTTP {response.status_code}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()
