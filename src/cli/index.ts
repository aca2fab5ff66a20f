#!/usr/bin/env node
import { Command, Option } from 'commander';
import { registerCatalogCommands } from './catalog-commands.js';
import { registerRunCommand } from './run-command.js';
import { registerStoreCommands } from './store-commands.js';
import { registerReportCommands } from './report-commands.js';

const program = new Command('mcc-e2e')
  .description('End-to-end validation of ML Container Creator model containers on Amazon SageMaker AI')
  .showHelpAfterError('(run with --help for usage)')
  .addOption(new Option('--catalog <file>', 'catalog file').default('catalog/e2e-catalog.json'));

registerCatalogCommands(program);
registerRunCommand(program);
registerStoreCommands(program);
registerReportCommands(program);

await program.parseAsync(process.argv);
