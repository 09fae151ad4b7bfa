"""The bundled corpus and the list of Dutch gemeenten, shipped as package data (see data/README.md)."""
