import sys

from factcmp.cli import main

sys.exit(main())
