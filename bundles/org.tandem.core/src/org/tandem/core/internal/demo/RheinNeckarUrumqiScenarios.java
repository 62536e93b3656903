package org.tandem.core.internal.demo;

import static org.tandem.core.internal.demo.DemoWorkspace.de;

import org.tandem.model.api.Measure;
import org.tandem.model.api.Scenario;

/**
 * The scenarios of the Rhine-Neckar – Urumqi partnership: the reference without measures, the
 * concepts' measures started in 2025 in full, and a cautious path that starts later and adopts
 * only part of them.
 */
final class RheinNeckarUrumqiScenarios {

	private final RheinNeckarUrumqi rnu;

	RheinNeckarUrumqiScenarios(RheinNeckarUrumqi rnu) {
		this.rnu = rnu;
	}

	void add() {
		Measure register = rnu.energy.getConcepts().get(0).getMeasures().get(0);
		Measure pilot = rnu.energy.getConcepts().get(0).getMeasures().get(1);
		Measure recycling = rnu.water.getConcepts().get(0).getMeasures().get(0);
		Measure irrigation = rnu.water.getConcepts().get(0).getMeasures().get(1);
		rnu.scenario(de("Ohne neue Maßnahmen", "无新措施", "Without new measures"),
				de("Die Indikatoren folgen ihrem bisherigen Trend.", "各项指标延续以往趋势。", "The indicators follow their past trend."));
		Scenario full = rnu.scenario(de("Konzepte vollständig ab 2025", "2025年起全面实施概念", "Concepts in full from 2025"),
				de("Alle Maßnahmen der beiden Konzepte starten 2025 und werden vollständig umgesetzt.", "两个概念的全部措施于2025年启动并全面实施。",
						"Every measure of both concepts starts in 2025 and is carried out in full."));
		PartnershipBuilder.take(full, register, 2025, 1, 1.0);
		PartnershipBuilder.take(full, pilot, 2025, 3, 1.0);
		PartnershipBuilder.take(full, recycling, 2025, 2, 1.0);
		PartnershipBuilder.take(full, irrigation, 2025, 3, 1.0);
		Scenario cautious = rnu.scenario(de("Vorsichtiger Ausbau ab 2026", "2026年起稳步推进", "Cautious roll-out from 2026"),
				de("Die Finanzierung steht erst 2026; Wärmeverbund und Wasseraufbereitung werden nur teilweise ausgebaut.", "资金2026年才到位；余热管网和中水回用仅部分建成。",
						"Funding arrives only in 2026; the heat link and the water plant are built only in part."));
		PartnershipBuilder.take(cautious, pilot, 2026, 3, 0.8);
		PartnershipBuilder.take(cautious, recycling, 2026, 3, 0.6);
		PartnershipBuilder.take(cautious, irrigation, 2027, 2, 0.5);
	}
}
