import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerServe(program: Command): void {
  program.command('serve').action(() => {
    throw new Error('kg serve is not available yet');
  });
}
