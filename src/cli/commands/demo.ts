import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const demoCommand: CommandModule = {
  command: 'demo',
  describe: '(demo: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit demo: not built yet\n');
    process.exitCode = 2;
  },
};
