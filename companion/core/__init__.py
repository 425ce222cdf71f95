"""The app's core: content, progress and rules. Pure Python; it never imports Qt."""
