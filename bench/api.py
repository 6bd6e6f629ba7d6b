"""Latency of GET /api/v1/events on 10,000 stored events under concurrent clients (loopback only).

Fills a temporary store with synthetic events, starts ``uvicorn`` on 127.0.0.1 in a child process,
then runs an httpx async client with N concurrent workers for a fixed number of requests and
prints p50/p95/p99 latency and requests per second. Bounded in requests and time; stops by itself.

    .venv/bin/python bench/api.py [--events 10000] [--workers 20] [--requests 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from sahelwatch.models import Actor, Event, EventDate, Evidence, Fatalities, Place, Source
from sahelwatch.store import Store

PLACES = [
    ("NE", "Niger", "Tillabéri", 14.2, 1.5), ("NE", "Niger", "Tahoua", 14.9, 5.3),
    ("NE", "Niger", "Diffa", 13.3, 12.6), ("ML", "Mali", "Mopti", 14.5, -4.2),
    ("ML", "Mali", "Gao", 16.3, -0.05), ("ML", "Mali", "Ségou", 13.4, -6.3),
    ("BF", "Burkina Faso", "Sahel", 14.0, -0.5),
    ("BF", "Burkina Faso", "Est", 12.1, 0.4), ("NG", "Nigeria", "Borno", 11.8, 13.1),
    ("TD", "Chad", "Lac", 13.4, 14.1), ("MR", "Mauritania", "Hodh Ech Chargui", 16.6, -7.3),
]
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
    ("Strategic developments", "Looting/property destruction"),
]
ACTORS = [
    "JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province",
    "Military Forces of Niger", "Military Forces of Mali", "Military Forces of Burkina Faso", "Civilians",
    "Unidentified Armed Group",
]
QUERIES = [
    "/api/v1/events",
    "/api/v1/events?country=NE",
    "/api/v1/events?country=ML&admin1=Mopti&limit=100",
    "/api/v1/events?event_type=Battles&sort=fatalities",
    "/api/v1/events?date_from=2024-01-01&date_to=2024-03-31",
    "/api/v1/events?min_fatalities=10&order=asc",
    "/api/v1/events?actor=JNIM&offset=200",
    "/api/v1/events?bbox=-6,10,4,17",
    "/api/v1/events?limit=500",
    "/api/v1/events?offset=5000",
]


def synthetic_event(n: int, rng: random.Random) -> Event:
    """One synthetic (clearly fake) event."""
    iso2, country, admin1, lat, lon = rng.choice(PLACES)
    event_type, sub_type = rng.choice(TYPES)
    day = (date(2023, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    killed = int(rng.expovariate(0.15)) if event_type != "Protests" else 0
    sentence = f"Synthetic benchmark event {n}: {killed} killed near {admin1}."
    return Event(
        id=f"BEN{n:06d}", event_type=event_type, sub_event_type=sub_type,
        actor1=Actor(rng.choice(ACTORS), inter=2), actor2=Actor(rng.choice(ACTORS), inter=1),
        fatalities=Fatalities(deaths_a=killed, low=killed, best=killed, high=killed + rng.randrange(3)),
        date=EventDate(day, day, day, 1, 1),
        place=Place(f"Place {n % 500}", country=iso2, country_name=country, admin1=admin1,
                    latitude=lat + rng.uniform(-1, 1), longitude=lon + rng.uniform(-1, 1), geo_precision=1),
        sources=[
            Source(f"bench-{n}-{k}", "Synthetic Outlet", f"https://example.org/b/{n}/{k}", day, "Synthetic")
            for k in range(rng.randint(1, 3))
        ],
        evidence=[Evidence("sentence", 0, len(sentence), sentence)],
        confidence=0.7,
    )


def fill(path: Path, n_events: int) -> float:
    """Store ``n_events`` synthetic events in one transaction; returns seconds taken."""
    started = time.perf_counter()
    rng = random.Random(42)
    with Store(path) as store, store.transaction():
        for n in range(n_events):
            store.save_event(synthetic_event(n, rng), "benchmark")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    """``sahelwatch serve`` for ``db`` on 127.0.0.1:port, in a child process."""
    command = [sys.executable, "-m", "sahelwatch.cli", "-q", "--db", str(db), "serve", "--host", "127.0.0.1",
               "--port", str(port), "--workers", str(workers), "--no-access-log"]
    return subprocess.Popen(command)


def wait_ready(base: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("server did not start")


async def run_load(
    base: str, workers: int, total: int, deadline_s: float
) -> tuple[dict[str, list[float]], int]:
    """``total`` requests over QUERIES from ``workers`` concurrent tasks -> (ms by query, errors)."""
    latencies: dict[str, list[float]] = {q: [] for q in QUERIES}
    errors = 0
    counter = iter(range(total))
    stop_at = time.monotonic() + deadline_s

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for i in counter:
            if time.monotonic() > stop_at:
                return
            query = QUERIES[i % len(QUERIES)]
            started = time.perf_counter()
            try:
                response = await client.get(base + query)
                errors += response.status_code != 200
            except httpx.HTTPError:
                errors += 1
            latencies[query].append((time.perf_counter() - started) * 1000)

    limits = httpx.Limits(max_connections=workers, max_keepalive_connections=workers)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(workers)))
    return latencies, errors


def server_cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server process and its worker processes so far (Linux /proc)."""
    pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    total = 0
    for one in pids:
        fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--max-seconds", type=float, default=120)
    parser.add_argument("--server-workers", type=int, default=1, help="uvicorn worker processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sahelwatch-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        print(f"filling {args.events} synthetic events: {fill(db, args.events):.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, args.server_workers)
        try:
            wait_ready(base)
            asyncio.run(run_load(base, args.workers, 100, args.max_seconds))  # warm-up
            load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
            cpu_before, started = server_cpu_seconds(server.pid), time.perf_counter()
            client_before = time.process_time()
            by_query, errors = asyncio.run(run_load(base, args.workers, args.requests, args.max_seconds))
            elapsed = time.perf_counter() - started
            server_cpu = server_cpu_seconds(server.pid) - cpu_before
            client_cpu = time.process_time() - client_before
        finally:
            server.terminate()
            server.wait(timeout=10)
    for query, values in by_query.items():
        print(f"  p50 {percentile(values, 50):7.1f} ms  p95 {percentile(values, 95):7.1f} ms  {query}")
    latencies = [v for values in by_query.values() for v in values]
    print(f"GET /api/v1/events ({len(QUERIES)} filter/sort/page variants), {args.events} events, "
          f"{args.server_workers} server process(es), {args.workers} concurrent clients, "
          f"{len(latencies)} requests, {errors} errors")
    print(f"p50 {percentile(latencies, 50):.1f} ms  p95 {percentile(latencies, 95):.1f} ms  "
          f"p99 {percentile(latencies, 99):.1f} ms  max {max(latencies):.1f} ms  "
          f"{len(latencies) / elapsed:.0f} req/s  (load average before: {load_before})")
    print(f"server CPU {server_cpu * 1000 / len(latencies):.2f} ms per request "
          f"(capacity ~{len(latencies) / max(server_cpu, 1e-9):.0f} req/s per busy core); "
          f"client CPU {client_cpu * 1000 / len(latencies):.2f} ms per request")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
