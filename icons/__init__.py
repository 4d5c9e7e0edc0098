"""Icons of SalesMap Studio, installed as the package ``salesmap_studio.icons`` (data only)."""
