"""The record rules: what every record of the register may hold, table by table and
field by field, and how records may point at one another.

One set of rules, applied wherever a record is made: the editors (through
``models.store``), the member import, the package import (every record of a package,
before anything is written), and ``check`` on what a register already holds.

- ``text``: characters and lengths of text.
- ``values``: dates and moments as the register stores them.
- ``fields``: each table's fields, with their kind, range and choices.
- ``records``: one record's fields and the rules between them.
- ``labels``: the clerk's words for tables and fields.
- ``problems``: a problem found, and the refusal a clerk reads.
- ``package``: a whole package against the rules and the register.
- ``register``: the records a register already holds (the ``check`` command).
"""
