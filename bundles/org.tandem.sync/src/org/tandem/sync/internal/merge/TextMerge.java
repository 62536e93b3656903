package org.tandem.sync.internal.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * A three-way merge of texts, line by line (diff3): the lines that both sides kept from the base
 * divide the texts into chunks; a chunk that only one side changed takes that side's lines, one
 * that both changed alike takes them once, and one that both changed differently is a conflict.
 */
public final class TextMerge {

	/** The merged text, or {@code ours} when {@code conflict} is set. */
	public record Result(String text, boolean conflict) {
	}

	private TextMerge() {
	}

	/** Merges the two changed versions of {@code base}; null stands for the empty text. */
	public static Result merge(String base, String ours, String theirs) {
		List<String> b = lines(base);
		List<String> o = lines(ours);
		List<String> t = lines(theirs);
		int[] toOurs = LineMatching.match(b, o);
		int[] toTheirs = LineMatching.match(b, t);
		StringBuilder merged = new StringBuilder();
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < b.size() || j < o.size() || k < t.size()) {
			if (i < b.size() && toOurs[i] == j && toTheirs[i] == k) {
				merged.append(b.get(i));
				i++;
				j++;
				k++;
				continue;
			}
			int next = i;
			while (next < b.size() && (toOurs[next] < 0 || toTheirs[next] < 0)) {
				next++;
			}
			int endOurs = next < b.size() ? toOurs[next] : o.size();
			int endTheirs = next < b.size() ? toTheirs[next] : t.size();
			List<String> baseChunk = b.subList(i, next);
			List<String> oursChunk = o.subList(j, endOurs);
			List<String> theirsChunk = t.subList(k, endTheirs);
			if (oursChunk.equals(baseChunk) || oursChunk.equals(theirsChunk)) {
				theirsChunk.forEach(merged::append);
			} else if (theirsChunk.equals(baseChunk)) {
				oursChunk.forEach(merged::append);
			} else {
				return new Result(ours, true);
			}
			i = next;
			j = endOurs;
			k = endTheirs;
		}
		String text = merged.toString();
		return new Result(text.isEmpty() && ours == null && theirs == null ? null : text, false);
	}

	/** The lines of {@code text}, each with its line end. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		int start = 0;
		for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
			lines.add(text.substring(start, at + 1));
			start = at + 1;
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}
}
