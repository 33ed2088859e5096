import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerStart(program: Command): void {
  program.command('start').action(() => {
    throw new Error('kg start is not available yet');
  });
}
