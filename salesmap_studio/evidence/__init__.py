"""Deal history from a CRM laid over the map: what really happened beside what the map plans.

`history.read_history(path)` recognises the file (a generic event table, Salesforce, HubSpot, Pipedrive
or XES) and loads it into one event table in an embedded DuckDB database; `report.compare(doc,
history)` matches the CRM's stages to the map's nodes and computes the planned-versus-actual
figures in SQL. No Qt here, and no editing: the app and the command line show the result.
"""

