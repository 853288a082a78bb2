#!/usr/bin/env node
// Committed entry point so npm links the command at install time; the code is built into dist/.
import '../dist/cli.js';
