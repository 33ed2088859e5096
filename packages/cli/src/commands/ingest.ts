import type { Command } from 'commander';

// Placeholder until this command's issue lands; replaced by its real implementation.
export function registerIngest(program: Command): void {
  program.command('ingest').action(() => {
    throw new Error('kg ingest is not available yet');
  });
}
