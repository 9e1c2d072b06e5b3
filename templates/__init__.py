"""Built-in reminder templates, shipped as the package dunnerd.templates (see pyproject)."""
