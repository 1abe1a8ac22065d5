import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const harvestCommand: CommandModule = {
  command: 'harvest',
  describe: '(harvest: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit harvest: not built yet\n');
    process.exitCode = 2;
  },
};
