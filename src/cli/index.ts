#!/usr/bin/env node
import { Command, Option } from 'commander';
import { COMMAND_GROUPS, requestedCommand } from './commands.js';

const program = new Command('mcc-e2e')
  .description('End-to-end validation of ML Container Creator model containers on Amazon SageMaker AI')
  .showHelpAfterError('(run with --help for usage)')
  .addOption(new Option('--catalog <file>', 'catalog file').default('catalog/e2e-catalog.json'));

const requested = requestedCommand(process.argv.slice(2));
const group = COMMAND_GROUPS.find((g) => requested !== undefined && Object.hasOwn(g.commands, requested));
if (group) (await group.load())(program);
else {
  // the program's own help, or commander's "unknown command" with suggestions: names suffice
  for (const g of COMMAND_GROUPS)
    for (const [name, description] of Object.entries(g.commands))
      program.command(name).description(description);
}

await program.parseAsync(process.argv);
