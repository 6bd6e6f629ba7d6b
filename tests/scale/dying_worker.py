"""A task for worker-process tests: it kills its process on the article ``a-2`` (as the kernel's
out-of-memory killer would) and extracts the others."""

import os

from sahelwatch.extract.run import extract_one


def extract_or_die(article, config=None):
    if article.id == "a-2":
        os._exit(9)
    return extract_one(article, config)
