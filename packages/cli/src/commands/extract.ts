import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerExtract(program: Command): void {
  program.command('extract').action(() => {
    throw new Error('kg extract is not available yet');
  });
}
