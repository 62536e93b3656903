package org.tandem.io.internal.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.tandem.core.internal.imports.CsvRecords;
import org.tandem.core.internal.imports.RawTable;
import org.tandem.core.spi.ImportException;
import org.tandem.core.spi.ImportResult;
import org.tandem.core.spi.Importer;
import org.tandem.io.internal.Labels;
import org.tandem.io.internal.Messages;
import org.tandem.io.internal.Texts;

/**
 * Reads tasks and milestones from CSV as {@link CsvExporter} writes it, with headers, kinds and
 * statuses in any of Tandem's languages and columns in any order: one new plan per value of the
 * plan column (the file's name when there is none), work packages made from the work package
 * column. A file with any bad row gives nothing but an {@link ImportException} that lists every
 * bad row by its line.
 */
@Component(service = Importer.class)
public final class CsvImporter implements Importer {

	private static final List<Column> REQUIRED = List.of(Column.KIND, Column.NAME, Column.START, Column.FINISH);

	@Override
	public String id() {
		return "org.tandem.io.csv"; //$NON-NLS-1$
	}

	@Override
	public String name(Locale locale) {
		return new Labels(locale).get("format.csv"); //$NON-NLS-1$
	}

	@Override
	public List<String> fileExtensions() {
		return List.of("csv"); //$NON-NLS-1$
	}

	@Override
	public ImportResult read(Path file) throws ImportException {
		List<RawTable.Row> lines = lines(file);
		Vocabulary words = new Vocabulary(Locale.getDefault());
		Map<Column, Integer> positions = positions(file, lines.get(0), words);
		Texts texts = new Texts(lines.stream().flatMap(line -> line.cells().stream()).toList());
		PlansByName plans = new PlansByName(baseName(file), texts);
		List<String> problems = new ArrayList<>();
		int firstBad = 0;
		for (RawTable.Row line : lines.subList(1, lines.size())) {
			if (line.blank()) {
				continue;
			}
			TableRow row = new TableRow(line, positions, words, texts, problems);
			int before = problems.size();
			var item = row.item();
			if (problems.size() > before) {
				firstBad = firstBad == 0 ? line.line() : firstBad;
			} else if (item != null) {
				plans.add(row.text(Column.PLAN), row.text(Column.WORK_PACKAGE), item);
			}
		}
		if (!problems.isEmpty()) {
			throw new ImportException(file, firstBad, NLS.bind(Messages.csvBadRows, problems.size(), String.join("\n", problems)), null); //$NON-NLS-1$
		}
		return new ImportResult(List.<EObject>copyOf(plans.all()), List.of());
	}

	private static List<RawTable.Row> lines(Path file) throws ImportException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new ImportException(file, 0, Messages.csvNotText, e);
		} catch (IOException e) {
			throw new ImportException(file, 0, Messages.cannotRead, e);
		}
		try {
			List<RawTable.Row> lines = CsvRecords.split(text);
			if (lines.isEmpty() || lines.get(0).blank()) {
				throw new ImportException(file, 1, Messages.csvEmpty, null);
			}
			return lines;
		} catch (CsvRecords.UnclosedQuote e) {
			throw new ImportException(file, e.line(), Messages.csvUnclosedQuote, e);
		}
	}

	private static Map<Column, Integer> positions(Path file, RawTable.Row header, Vocabulary words) throws ImportException {
		Map<Column, Integer> positions = new EnumMap<>(Column.class);
		for (int i = 0; i < header.cells().size(); i++) {
			Column column = words.column(header.cells().get(i));
			if (column != null) {
				positions.putIfAbsent(column, Integer.valueOf(i));
			}
		}
		List<Column> missing = REQUIRED.stream().filter(column -> !positions.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			throw new ImportException(file, header.line(), NLS.bind(Messages.csvMissingColumns,
					missing.stream().map(words::header).collect(Collectors.joining(", "))), null); //$NON-NLS-1$
		}
		return positions;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
