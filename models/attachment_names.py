"""Attached files a clerk may open, and the names they are shown and opened under.

A file that came in a package from another office, or from a stick, is opened
with the program Windows associates with its type. For a program or a script
that means running it, so those types are kept (they travel, they can be saved
out) but never opened. A name may also hide its real type behind a right-to-left
override ("Báo cáo‮fdp.exe" shows as "Báo cáoexe.pdf"): control and
formatting characters are removed from every name shown or written.
"""
from __future__ import annotations

import unicodedata

from models.i18n import N_

# Types Windows runs (or hands to an interpreter) when opened, rather than shows.
EXECUTABLE_SUFFIXES = frozenset({
    ".exe", ".com", ".scr", ".pif", ".cpl", ".msi", ".msp", ".mst", ".msc", ".dll", ".sys",
    ".bat", ".cmd", ".ps1", ".psm1", ".psd1", ".ps1xml", ".vbs", ".vbe", ".js", ".jse",
    ".wsf", ".wsh", ".wsc", ".hta", ".jar", ".lnk", ".url", ".scf", ".inf", ".reg",
    ".application", ".appref-ms", ".gadget", ".msix", ".appx", ".appxbundle", ".msixbundle",
    ".sh", ".py", ".pyw", ".pl", ".rb", ".php", ".vb", ".ws", ".library-ms", ".settingcontent-ms",
    ".iso", ".img", ".vhd", ".vhdx", ".chm", ".hlp", ".xll", ".xlam", ".ppam",
    ".docm", ".dotm", ".xlsm", ".xltm", ".pptm", ".potm", ".ppsm",
})
SAVED_ONLY = N_("chỉ lưu bản sao")


def clean_file_name(name: str) -> str:
    """``name`` in NFC without control or formatting characters (bidi overrides,
    zero-width marks): what is shown is what the file is called."""
    name = unicodedata.normalize("NFC", name)
    return "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf")).strip()


def real_suffix(name: str) -> str:
    """The type Windows decides by: the last suffix, ignoring trailing dots and spaces
    (which Windows drops) and any hidden characters."""
    cleaned = clean_file_name(name).rstrip(" .")
    dot = cleaned.rfind(".")
    return cleaned[dot:].lower() if dot > 0 else ""


def is_executable(name: str) -> bool:
    """Whether opening a file of this name would run it instead of showing it."""
    return real_suffix(name) in EXECUTABLE_SUFFIXES
