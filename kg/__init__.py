"""kg: political news in, an evidence-backed knowledge graph of elections out."""

__version__ = "0.1.0"
