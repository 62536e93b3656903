/**
 * Eclipse jobs that report progress through Tandem's headless progress interface.
 *
 * @since 0.1
 */
package org.tandem.ui.api.jobs;
