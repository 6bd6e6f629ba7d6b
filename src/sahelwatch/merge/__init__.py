"""Merge stage: reports of one incident become one event listing all its sources."""

from sahelwatch.merge.update import update_events

__all__ = ["update_events"]
