"""The thin Qt layer. It reads from and writes to the core; the core never calls back."""
