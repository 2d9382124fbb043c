#!/usr/bin/env node
import { Command } from 'commander';

const program = new Command()
  .name('communique')
  .description('Turns diplomatic and political news into structured, verifiable data.');

await program.parseAsync(process.argv);
