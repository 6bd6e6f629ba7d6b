"""Weekly brief benchmark: one country-week from a store of 10,000 illustrative events.

Fills a temporary store with fictional events (``sahelwatch.warn.synthetic``) over 52 weeks in
Niger, Mali and Burkina Faso, builds the aggregates, computes the alerts, then times the brief:
in-process (HTML; PDF) and as the full ``sahelwatch brief`` command (interpreter start included).

    .venv/bin/python bench/brief.py [--count 10000] [--week 2024-W12] [--country NE]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sahelwatch.store import Store
from sahelwatch.warn.aggregates import rebuild_aggregates
from sahelwatch.warn.alerts import run_alerts
from sahelwatch.warn.brief import build_brief, render_html, write_pdf
from sahelwatch.warn.periods import week_end
from sahelwatch.warn.synthetic import fill_store


def timed(label: str, func, *args, **kwargs):
    """Run ``func``; print its wall time and CPU time (this process and its children)."""
    start, cpu = time.perf_counter(), _cpu()
    result = func(*args, **kwargs)
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s wall {_cpu() - cpu:7.2f} s CPU", flush=True)
    return result


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--week", default="2024-W12")
    parser.add_argument("--country", default="NE")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            timed(
                f"store {args.count} illustrative events", fill_store, store, args.count, week_end(args.week)
            )
            timed("rebuild aggregates", rebuild_aggregates, store)
            timed("run alerts", run_alerts, store, today=week_end(args.week))
            brief = timed(
                f"build brief {args.country} {args.week}", build_brief, store, args.week, args.country
            )
            html = timed("render HTML", render_html, brief)
            pdf_html = render_html(brief, for_pdf=True)
            pages = timed("write PDF (weasyprint)", write_pdf, pdf_html, Path(tmp) / "brief.pdf")
            events = sum(n.value for n in brief.numbers[:1])
        command = [
            str(Path(sys.executable).with_name("sahelwatch")),
            "--db",
            str(db),
            "brief",
            "--week",
            args.week,
            "--country",
            args.country,
            "-o",
            str(Path(tmp) / "cli.html"),
            "--pdf",
            str(Path(tmp) / "cli.pdf"),
        ]
        timed(
            "CLI: sahelwatch brief -o HTML --pdf PDF",
            subprocess.run,
            command,
            check=True,
            capture_output=True,
        )
        command = command[:-2]
        timed("CLI: sahelwatch brief -o HTML", subprocess.run, command, check=True, capture_output=True)
    print(f"brief: {events} events in the week, {pages} PDF pages, {len(html)} characters of HTML")
    print("(wall times depend on the machine's load; CPU times less so)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
