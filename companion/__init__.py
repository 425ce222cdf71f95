"""Parent Companion: an offline guide for parents and carers, built on the IWF TALK checklist."""

__version__ = "0.1.0"
APP_NAME = "Parent Companion"
APP_ID = "parent-companion"
# The freedesktop id: desktop file, AppStream metainfo and icon names.
DESKTOP_ID = "io.github.parentcompanion.ParentCompanion"
