import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'record the Nynäshamn demo data (municipality 0192) through the API (the running ' +
        "server's, if one holds DATA_DIR); safe to run again",
    )
    // Loaded when run: the whole app is more than every other command needs.
    .action(async () => (await import('./run-demo')).runDemo());
}
