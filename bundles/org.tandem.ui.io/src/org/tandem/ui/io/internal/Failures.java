package org.tandem.ui.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.tandem.core.internal.log.FailureLog;
import org.tandem.core.spi.ContributionFailure;

/**
 * The failures of plug-ins during one dialog, as sentences in the reader's language; each is also
 * written to the log with what the plug-in threw.
 */
final class Failures implements Consumer<ContributionFailure> {

	private final List<String> sentences = new ArrayList<>();
	private final FailureLog log = new FailureLog(failure -> sentences.add(NLS.bind(Messages.pluginFailed, failure.plugin(), failure.cause())));

	@Override
	public void accept(ContributionFailure failure) {
		log.accept(failure);
	}

	boolean isEmpty() {
		return sentences.isEmpty();
	}

	/** All failures so far, one a line; then forgets them. */
	String takeAll() {
		String all = String.join("\n", sentences); //$NON-NLS-1$
		sentences.clear();
		return all;
	}
}
