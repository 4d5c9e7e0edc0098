"""Maps the top-level resources/, icons/ and docs/ folders into the package (see pyproject.toml)."""

from setuptools import find_packages, setup

DATA_PACKAGES = {"salesmap_studio.resources": "resources", "salesmap_studio.icons": "icons",
                 "salesmap_studio.docs": "docs"}

setup(
    packages=find_packages(include=["salesmap_studio", "salesmap_studio.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={name: ["**/*"] for name in DATA_PACKAGES},
    include_package_data=True,
)
