/**
 * What plug-ins implement to extend Tandem: task-group domains, indicator calculators, importers
 * and exporters. Each is registered as an OSGi Declarative Services component providing the
 * interface as its service; Tandem finds all of them at run time, in the workbench and in
 * {@code tandem-cli}, and calls them through {@link org.tandem.core.spi.Contributions} so that a
 * plug-in that throws is reported by name and the rest keeps working.
 *
 * @since 0.1
 */
package org.tandem.core.spi;
