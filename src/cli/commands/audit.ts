import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const auditCommand: CommandModule = {
  command: 'audit',
  describe: '(audit: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit audit: not built yet\n');
    process.exitCode = 2;
  },
};
