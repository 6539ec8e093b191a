"""PySide6 widgets only: pages, dialogs, item models, background tasks."""
from gui import qt_compat

qt_compat.apply()
