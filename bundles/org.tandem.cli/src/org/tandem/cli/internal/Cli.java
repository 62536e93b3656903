package org.tandem.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the command line, runs the named command, and turns every outcome into an exit code. */
final class Cli {

	private final Console console;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	Cli(PrintStream out, PrintStream err, Plugins plugins) {
		this.console = new Console(out, err);
		for (Command command : new Command[] { new ValidateCommand(), new StatsCommand(), new ExportCommand(plugins), new ImportCommand(plugins), new ReportCommand(), new DashboardCommand(),
				new GenerateCommand(), new DemoCommand(), new BenchmarkCommand(),
				new MergeCommand(), new MergeDriverCommand(), new SyncCommand(System.getenv()), new ShareCommand(), new DecidedCommand(), new PluginsCommand(plugins) }) {
			commands.put(command.name(), command);
		}
	}

	int run(String... args) {
		if (args.length == 0) {
			usage(console.err());
			return ExitCode.USAGE;
		}
		if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			usage(console.out());
			return ExitCode.OK;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			console.err().println("tandem-cli: unknown command " + args[0]); //$NON-NLS-1$
			usage(console.err());
			return ExitCode.USAGE;
		}
		try {
			return command.run(new Arguments(Arrays.asList(args).subList(1, args.length), command.options()), console);
		} catch (UsageException e) {
			console.err().println("tandem-cli " + command.name() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			console.err().println("usage: tandem-cli " + command.name() + " " + command.arguments()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE;
		} catch (IOException e) {
			console.err().println("tandem-cli " + command.name() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.FILES;
		}
	}

	private void usage(PrintStream stream) {
		stream.println("usage: tandem-cli COMMAND ARGUMENTS"); //$NON-NLS-1$
		for (Command command : commands.values()) {
			stream.printf("  %-40s %s%n", command.name() + " " + command.arguments(), command.summary()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		stream.println("exit codes: 0 ok, 1 the model has errors, 2 wrong command line, 3 merge conflicts wait for a person, 4 files could not be read or written, 5 the remote could not be reached or refused the login"); //$NON-NLS-1$
	}
}
