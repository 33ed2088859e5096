import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerExport(program: Command): void {
  program.command('export').action(() => {
    throw new Error('kg export is not available yet');
  });
}
