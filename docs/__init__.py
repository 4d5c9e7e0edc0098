"""The user guide and reference documents, installed as `salesmap_studio.docs` so that
Help ▸ About links to them from a wheel or a PyInstaller build too, not only from a checkout."""
