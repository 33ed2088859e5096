import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerReset(program: Command): void {
  program.command('reset').action(() => {
    throw new Error('kg reset is not available yet');
  });
}
