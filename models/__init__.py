"""The records and their storage. The only package that writes SQL; no Qt here."""

APP_NAME = "Sổ Nghị quyết"
APP_VERSION = "0.1.0"
