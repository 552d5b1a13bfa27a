"""The Qt desktop program. The only package allowed to import PySide6."""
