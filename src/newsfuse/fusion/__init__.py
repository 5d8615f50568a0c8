"""Per-story fusion stages."""
