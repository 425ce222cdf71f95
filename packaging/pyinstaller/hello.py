"""The floor for size comparisons: a bare PySide6 window, bundled the same way."""

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
