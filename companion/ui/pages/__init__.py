"""One small class per sidebar page, each with a NAME and a translated title."""
