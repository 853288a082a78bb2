#!/usr/bin/env node
// Committed entry point so npm links the command at install time; the program is built into dist/.
require('../dist/cli.cjs').start();
