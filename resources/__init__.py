"""Files the program ships with: fonts (with their licences), icons, translations.

Found relative to this package so that a PyInstaller build finds them too.
"""
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
FONTS_DIR = RESOURCES_DIR / "fonts"
I18N_DIR = RESOURCES_DIR / "i18n"
# gettext catalogues (argparse's own messages): <lang>/LC_MESSAGES/<domain>.mo
LOCALE_DIR = RESOURCES_DIR / "locale"


def font_path(file_name: str) -> Path:
    """Path of a bundled font file, e.g. ``font_path("LiberationSerif-Regular.ttf")``."""
    return FONTS_DIR / file_name
