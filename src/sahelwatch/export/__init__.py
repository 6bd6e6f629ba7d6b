"""Export stage: ACLED- and UCDP-compatible CSV, JSON Lines and GeoJSON."""

from sahelwatch.export.formats import FORMATS, acled_row, ucdp_row, write_events

__all__ = ["FORMATS", "acled_row", "ucdp_row", "write_events"]
