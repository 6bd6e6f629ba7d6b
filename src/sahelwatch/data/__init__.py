"""Data files shipped with Sahel Watch (lexicons, dictionaries, models)."""
