import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const simCommand: CommandModule = {
  command: 'sim',
  describe: '(sim: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit sim: not built yet\n');
    process.exitCode = 2;
  },
};
