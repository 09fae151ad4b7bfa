"""The ground floor every other package builds on: typed records, settings, Dutch text helpers,
gemeente names, embedders and the vocabulary of rules. It imports nothing from ingest/, rag/,
eval/ or weerbaar/."""
