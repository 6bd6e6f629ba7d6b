"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary directory.

The server listens on a Unix socket only (in that directory), with durability off (fsync,
synchronous_commit): it holds test data for one pytest session. Run as root, the server runs as
the ``postgres`` OS user, since postgres refuses root. ``PgServer.find()`` says why when it cannot
start one (no binaries, no psycopg): the tests then skip, and the session's summary says so.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

BACKENDS = ["sqlite", "postgresql"]  # the store backends a parametrized test runs on
PORT = 5432  # on a socket in a directory of our own, so no clash with another server


def server_binaries() -> Path | None:
    """The directory of initdb and pg_ctl: ``$SAHELWATCH_PG_BIN``, PATH, or Debian's newest."""
    given = os.environ.get("SAHELWATCH_PG_BIN")
    candidates = [Path(given)] if given else []
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))[::-1]
    candidates += [Path(p) for p in debian]
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    return None


class PgServer:
    """One running cluster; ``new_database()`` gives the URL of a fresh empty database."""

    def __init__(self, binaries: Path):
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="sahelwatch-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self._as: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    @classmethod
    def find(cls) -> tuple[PgServer | None, str]:
        """A server ready to start, or (None, why not)."""
        try:
            import psycopg  # noqa: F401
        except ImportError:
            return None, "psycopg is not installed (make postgres)"
        binaries = server_binaries()
        if binaries is None:
            return None, "no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                return None, "running as root and there is no 'postgres' user to run the server as"
            if shutil.which("runuser") is None:
                return None, "running as root and there is no runuser to start the server as 'postgres'"
        return cls(binaries), ""

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self._run(
            str(self.binaries / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
            "--no-locale", "-E", "UTF8", "--no-sync",
        )
        options = (
            f"-k {self.root} -p {PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=200"
        )
        try:
            self._run(
                str(self.binaries / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                "-o", options, "start",
            )
        except subprocess.CalledProcessError as error:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {error.stderr}\n{log}") from error

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.root}&port={PORT}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        self._admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.split("?")[0].rsplit("/", 1)[1]
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                pg_ctl = str(self.binaries / "pg_ctl")
                self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def new_location(request, backend: str, sqlite_path: Path) -> str:
    """A fresh store location: the SQLite file ``sqlite_path``, or a new PostgreSQL database (dropped
    when the requesting fixture's scope ends)."""
    if backend == "sqlite":
        return str(sqlite_path)
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.new_database()
    request.addfinalizer(lambda: server.drop_database(url))
    return url
