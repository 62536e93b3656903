package org.tandem.cli.internal;

import java.util.Set;

/** A command's name, usage and options, which {@code tandem-cli help} lists. */
abstract class BaseCommand implements Command {

	private final String name;
	private final String arguments;
	private final String summary;
	private final Set<String> options;

	BaseCommand(String name, String arguments, String summary, Set<String> options) {
		this.name = name;
		this.arguments = arguments;
		this.summary = summary;
		this.options = options;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String arguments() {
		return arguments;
	}

	@Override
	public final String summary() {
		return summary;
	}

	@Override
	public final Set<String> options() {
		return options;
	}
}
