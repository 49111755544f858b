from skot_dossier.cli import main

raise SystemExit(main())
