"""Frozen entry point: PyInstaller runs this file as ``__main__``.

``src/ppt_desk/__main__.py`` uses relative imports, so it cannot be the script
itself; this file imports the package and calls the same ``main()`` that the
``ppt-desk`` console script calls.
"""
import multiprocessing
import sys

from ppt_desk.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless if unused; required if a worker process is ever spawned on Windows
    sys.exit(main())
