"""warn stage: aggregates per area and week, spike and first-activity alerts, watchlists with webhook
delivery, and the weekly situation brief. See docs/warn.md.

The pipeline calls ``update_aggregates(store, event_ids)`` after merging; ``run_alerts(store)``
computes and stores the current alerts.
"""

from sahelwatch.warn.aggregates import rebuild_aggregates, sync_aggregates, update_aggregates
from sahelwatch.warn.alerts import run_alerts

__all__ = ["rebuild_aggregates", "run_alerts", "sync_aggregates", "update_aggregates"]
