import sys

from factcmp.cli import main

# Guarded: worker processes (factcmp.engines.jobs) import the main module of the program that
# started them, and must not run the command line again.
if __name__ == "__main__":
    sys.exit(main())
