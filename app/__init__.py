"""Phone Self-Check: check an Android phone against an app-ban policy and prove it."""

__version__ = "0.1.0"
TOOL_NAME = "phone-selfcheck"
