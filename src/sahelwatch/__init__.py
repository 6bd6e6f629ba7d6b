"""Sahel Watch: conflict events from news reports, verified, geocoded and de-duplicated."""

__version__ = "0.1.0"
