"""Scale stage: the same extraction on several cores, or on a Ray cluster for archives of millions of
articles.

The store and the merge stay in one process (one writer); only extraction, which needs nothing but
the article, is spread over workers. ``open_mapper`` gives what ``extract.run.extract_store`` calls
on each batch::

    with open_mapper(workers=8, backend="ray", address="auto") as mapper:
        extract_store(store, mapper=mapper)
"""

from sahelwatch.scale.pools import (
    BACKENDS,
    ProcessMapper,
    RayMapper,
    RayUnavailable,
    WorkerLost,
    open_mapper,
)

__all__ = ["BACKENDS", "ProcessMapper", "RayMapper", "RayUnavailable", "WorkerLost", "open_mapper"]
