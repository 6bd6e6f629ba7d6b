"""warn stage."""
