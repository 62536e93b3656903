/**
 * The task-group domains that plug-ins register, as Tandem uses them: {@link
 * org.tandem.core.internal.domains.TaskGroupDomains} (a service to inject) with guarded calls, and a new
 * task group filled from a domain's templates as one command.
 *
 * @since 0.1
 */
package org.tandem.core.internal.domains;
