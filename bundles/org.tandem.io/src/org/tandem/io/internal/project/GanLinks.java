package org.tandem.io.internal.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The links of a GanttProject file, read from its {@code depend} elements: each sits in its
 * predecessor's {@code task} and names the successor's id, the type (1 start-start, 2
 * finish-start, 3 finish-finish, 4 start-finish) and the lag in days. MPXJ numbers a task with
 * GanttProject's id plus one. Read with a parser that refuses DOCTYPEs.
 */
final class GanLinks {

	private record Link(int predecessor, int successor, int type, int lag) {
	}

	private final Path file;

	GanLinks(Path file) {
		this.file = file;
	}

	/** Adds to {@code project} each link of the file that MPXJ did not read. */
	void addMissing(ProjectFile project) throws IOException, SAXException, ParserConfigurationException {
		for (Link link : read()) {
			Task predecessor = project.getTaskByUniqueID(Integer.valueOf(link.predecessor() + 1));
			Task successor = project.getTaskByUniqueID(Integer.valueOf(link.successor() + 1));
			if (predecessor == null || successor == null
					|| successor.getPredecessors().stream().anyMatch(relation -> relation.getPredecessorTask() == predecessor)) {
				continue;
			}
			successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(type(link.type()))
					.lag(Duration.getInstance(link.lag(), TimeUnit.DAYS)));
		}
	}

	private List<Link> read() throws IOException, SAXException, ParserConfigurationException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		List<Link> links = new ArrayList<>();
		Deque<Integer> tasks = new ArrayDeque<>();
		try (InputStream in = Files.newInputStream(file)) {
			factory.newSAXParser().parse(in, new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if (qName.equals("task")) { //$NON-NLS-1$
						tasks.push(Integer.valueOf(number(attributes.getValue("id")))); //$NON-NLS-1$
					} else if (qName.equals("depend") && !tasks.isEmpty()) { //$NON-NLS-1$
						links.add(new Link(tasks.peek().intValue(), number(attributes.getValue("id")), //$NON-NLS-1$
								number(attributes.getValue("type")), number(attributes.getValue("difference")))); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}

				@Override
				public void endElement(String uri, String localName, String qName) {
					if (qName.equals("task") && !tasks.isEmpty()) { //$NON-NLS-1$
						tasks.pop();
					}
				}
			});
		}
		return links;
	}

	private static int number(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static RelationType type(int type) {
		return switch (type) {
		case 1 -> RelationType.START_START;
		case 3 -> RelationType.FINISH_FINISH;
		case 4 -> RelationType.START_FINISH;
		default -> RelationType.FINISH_START;
		};
	}
}
