// Placeholder entry until the CLI commands land (issue: foundation).
process.stdout.write('journey-studio\n');
