"""The home country of a national or local outlet (``data/outlets.yaml``): a weak prior for where the
events of a report happened when its text names no country and its places give none."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

from sahelwatch.models import Article

TEXT_HEAD = 300  # a byline or wire tag comes before the body


@cache
def _outlets() -> dict[str, list[str]]:
    """ISO2 -> the outlets at home there, as ``data/outlets.yaml`` lists them."""
    text = resources.files("sahelwatch.data").joinpath("outlets.yaml").read_text("utf-8")
    return {iso: [str(name) for name in names] for iso, names in yaml.safe_load(text).items()}


@cache
def _homes() -> dict[str, str]:
    """Casefolded outlet name -> ISO2."""
    return {name.casefold(): iso for iso, names in _outlets().items() for name in names}


@cache
def _credit_rx() -> re.Pattern[str]:
    """A byline, wire tag or credit naming a listed outlet, case as written: "for Borderland Beat",
    "Daikundi (BNA)", "Source: El Imparcial"."""
    names = sorted({n for names in _outlets().values() for n in names}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?:\bfor\s+|\(|\bSource:\s*)(?P<name>{alternatives})(?![\w.-])")


def _normal(outlet: str) -> str:
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", outlet.strip().casefold())
    return re.sub(r"\.(?:com|net|org|info|ne|ml|bf|td|mr|ng|cm)(?:/.*)?$", "", name)


def outlet_home(article: Article) -> str | None:
    """The home country of the article's outlet, from its outlet field, else from a byline, wire tag or
    credit in the text; None for a wire, a broadcaster or an outlet not listed."""
    homes = _homes()
    if article.outlet:
        name = article.outlet.strip().casefold()
        found = homes.get(name) or homes.get(_normal(article.outlet))
        if found:
            return found
    head = article.text[:TEXT_HEAD]
    credits = [m.group("name") for m in _credit_rx().finditer(head)]
    tail = article.text[-TEXT_HEAD:]
    credits += [m.group("name") for m in _credit_rx().finditer(tail) if m.group(0).startswith("Source")]
    return homes.get(credits[0].casefold()) if credits else None
