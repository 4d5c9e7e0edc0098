"""PyInstaller entry: run `salesmap_studio.__main__` exactly as `python -m salesmap_studio` does."""

import runpy

runpy.run_module("salesmap_studio", run_name="__main__", alter_sys=True)
