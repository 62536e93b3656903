package org.tandem.core.internal.demo;

import static org.tandem.core.internal.demo.DemoWorkspace.d;
import static org.tandem.core.internal.demo.DemoWorkspace.de;
import static org.tandem.core.internal.demo.DemoWorkspace.deStale;
import static org.tandem.core.internal.demo.DemoWorkspace.zh;

import org.tandem.model.api.*;

/** The knowledge exchange of the Ruhr with Beijing-Tianjin-Hebei on structural change and clean air. */
final class RuhrJingJinJi extends PartnershipBuilder {

	RuhrJingJinJi() {
		partnership.setName(de("Wissensaustausch Ruhrgebiet – Beijing-Tianjin-Hebei", "鲁尔区—京津冀知识交流", "Knowledge exchange Ruhr – Beijing-Tianjin-Hebei"));
		partnership.setDescription(de(
				"Das Ruhrgebiet hat in fünf Jahrzehnten den Weg von Kohle und Stahl zu einer vielfältigen Dienstleistungswirtschaft zurückgelegt. Forschende und Politikberater aus Beijing befragen Zeitzeugen dieses Wandels, um Wege zu weniger Kohle, weniger Überkapazität und saubererer Luft zu finden.",
				"鲁尔区用五十年时间从煤炭和钢铁转型为多元化的服务型经济。来自北京的研究人员和政策顾问访谈这一转型的亲历者，探索减少煤炭、压减过剩产能、改善空气质量的道路。",
				"Over five decades the Ruhr moved from coal and steel to a diversified service economy. Researchers and policy advisers from Beijing interview witnesses of that change to find paths to less coal, less overcapacity and cleaner air."));
		partnership.setStart(d("2014-09-01"));
		partnership.setFinish(d("2015-12-31"));

		Region ruhr = F.createRegion();
		ruhr.setName(de("Ruhrgebiet (Regionalverband Ruhr, 53 Kommunen)", "鲁尔区（鲁尔区域联合会，53个市镇）", "Ruhr area (Ruhr Regional Association, 53 municipalities)"));
		ruhr.setCountry("DE");
		ruhr.setKind(RegionKind.INDUSTRIAL_REGION);
		ruhr.setPopulation(5_100_000L);
		for (String[] city : new String[][] { { "Dortmund", "多特蒙德", "588000" }, { "Essen", "埃森", "584000" }, { "Duisburg", "杜伊斯堡", "503000" } }) {
			Municipality municipality = F.createMunicipality();
			municipality.setName(de(city[0], city[1], city[0]));
			municipality.setPopulation(Long.parseLong(city[2]));
			ruhr.getMunicipalities().add(municipality);
		}
		Region jingJinJi = F.createRegion();
		jingJinJi.setName(zh("京津冀", "Beijing-Tianjin-Hebei (Jing-Jin-Ji)", "Beijing-Tianjin-Hebei (Jing-Jin-Ji)"));
		jingJinJi.setCountry("CN");
		jingJinJi.setKind(RegionKind.METROPOLITAN_AREA);
		jingJinJi.setPopulation(110_000_000L);
		partnership.getRegions().add(ruhr);
		partnership.getRegions().add(jingJinJi);

		Organization institute = organization(de("Klimaforschungsinstitut (Nordrhein-Westfalen)", "气候研究所（北莱茵-威斯特法伦州）", "Climate research institute (North Rhine-Westphalia)"), OrganizationKind.INSTITUTE, ruhr);
		Organization ngo = organization(zh("工业能效促进中心", "Zentrum für industrielle Energieeffizienz", "Industrial efficiency centre"), OrganizationKind.ASSOCIATION, jingJinJi);
		Person schulz = person("Thomas Schulz", "Thomas Schulz", institute, ruhr, de("Projektleiter", "项目负责人", "Project lead"), "de", "en");
		Person chen = person("陈静", "Chen Jing", ngo, jingJinJi, zh("政策研究员", "Politikberaterin", "Policy adviser"), "zh", "en");

		Indicator pm25 = indicator(zh("京津冀PM2.5年均浓度", "PM2,5-Jahresmittel Beijing-Tianjin-Hebei", "PM2.5 annual mean, Beijing-Tianjin-Hebei"), "ug/m3", "measured", jingJinJi, 2013, 106.0);
		Indicator so2 = indicator(zh("京津冀二氧化硫排放量", "SO2-Emissionen Beijing-Tianjin-Hebei", "SO2 emissions, Beijing-Tianjin-Hebei"), "kt", "statistical yearbook", jingJinJi, 2013, 1_330.0);
		indicator(de("Beschäftigte im Ruhrbergbau", "鲁尔区采矿业就业人数", "Jobs in Ruhr mining"), "persons", "statistical yearbook", ruhr, 1957, 473_000.0);
		Target pmTarget = F.createTarget();
		pmTarget.setYear(2017);
		pmTarget.setValue(60.0);
		pmTarget.setUnit("ug/m3");
		pm25.getTargets().add(pmTarget);
		Measurement pm2015 = F.createMeasurement();
		pm2015.setDate(d("2015-12-31"));
		pm2015.setValue(77.0);
		pm2015.setUnit("ug/m3");
		pm2015.setMethod("measured");
		pm2015.setSource("环境状况公报 2015");
		pm25.getMeasurements().add(pm2015);
		pm25.setTrend(-7.0);
		pm25.setSource("环境状况公报");
		measurement(pm25, "2014-12-31", 93.0, "ug/m3", "measured", "环境状况公报 2014");
		measurement(pm25, "2016-12-31", 71.0, "µg/m³", "measured", "环境状况公报 2016");
		measurement(pm25, "2017-12-31", 64.0, "ug/m3", "measured", "环境状况公报 2017");
		so2.setTrend(-3.0);
		so2.setSource("中国环境统计年鉴");
		target(so2, 2017, 900.0, "kt");
		measurement(so2, "2014-12-31", 1_190.0, "kt", "statistical yearbook", "中国环境统计年鉴 2015");
		measurement(so2, "2015-12-31", 1_050.0, "kt", "statistical yearbook", "中国环境统计年鉴 2016");
		measurement(so2, "2016-12-31", 880_000.0, "t", "statistical yearbook", "中国环境统计年鉴 2017");
		Indicator pm25Ruhr = indicator(de("PM2,5-Jahresmittel im Ruhrgebiet", "鲁尔区PM2.5年均浓度", "PM2.5 annual mean, Ruhr area"), "ug/m3", "measured", ruhr, 2013, 19.0);
		pm25Ruhr.setTrend(-2.0);
		pm25Ruhr.setSource("LANUV-Luftqualitätsmessnetz");
		target(pm25Ruhr, 2020, 15.0, "ug/m3");
		measurement(pm25Ruhr, "2014-12-31", 18.0, "ug/m3", "measured", "LANUV Jahresbericht 2014");
		measurement(pm25Ruhr, "2015-12-31", 16.0, "ug/m3", "measured", "LANUV Jahresbericht 2015");
		Indicator so2Ruhr = indicator(de("SO2-Emissionen im Ruhrgebiet", "鲁尔区二氧化硫排放量", "SO2 emissions, Ruhr area"), "kt", "Emissionskataster NRW", ruhr, 2013, 62.0);
		so2Ruhr.setTrend(-2.0);
		so2Ruhr.setSource("LANUV Emissionskataster");
		measurement(so2Ruhr, "2015-12-31", 58_500.0, "t", "Emissionskataster NRW", "LANUV Emissionskataster 2015");

		TaskGroup change = F.createTaskGroup();
		change.setName(de("Arbeitsgruppe Strukturwandel und Luftreinhaltung", "结构转型与大气污染防治工作组", "Task group on structural change and clean air"));
		change.setDomain("energy-efficiency");
		change.getCoChairs().add(schulz);
		change.getCoChairs().add(chen);
		partnership.getTaskGroups().add(change);

		Concept concept = F.createConcept();
		concept.setTitle(zh("从“APEC蓝”到长效治理", "Vom „APEC-Blau“ zur dauerhaften Luftreinhaltung", "From \"APEC blue\" to lasting clean air"));
		concept.setProblem(zh(
				"京津冀地区燃煤电厂、钢铁厂和水泥厂贡献了57%的PM2.5、81%的二氧化硫和64%的氮氧化物排放。2014年11月的临时停产带来了“APEC蓝”，但仅维持数日。",
				"Kohlekraftwerke, Stahl- und Zementwerke verursachen in Beijing-Tianjin-Hebei 57 % des PM2,5, 81 % des SO2 und 64 % der NOx-Emissionen. Die kurzfristigen Stilllegungen im November 2014 brachten das „APEC-Blau“, aber nur für Tage.",
				"In Beijing-Tianjin-Hebei, coal power plants, steel mills and cement plants cause 57% of PM2.5, 81% of SO2 and 64% of NOx emissions. Short shutdowns in November 2014 brought \"APEC blue\", but only for days."));
		concept.setObjectives(deStale(
				"Aus den Erfahrungen des Ruhrgebiets Empfehlungen für den Abbau von Kohle und Überkapazitäten ableiten, die sozial tragfähig sind, einschließlich Umschulung und Flächenrecycling.",
				"从鲁尔区经验中提炼可在社会层面承受的减煤和压减过剩产能建议。",
				"Derive socially acceptable recommendations for reducing coal and overcapacity from the Ruhr's experience."));
		concept.setStatus(ConceptStatus.APPROVED);
		concept.getAuthors().add(chen);
		concept.getReviewers().add(schulz);
		Measure phaseOut = F.createMeasure();
		phaseOut.setName(de("Stilllegung kleiner Kohlekessel mit Ersatz durch Fernwärme", "以集中供热替代小型燃煤锅炉", "Replacing small coal boilers by district heating"));
		phaseOut.setCost(0.0);
		phaseOut.setCurrency("CNY");
		impact(phaseOut, so2, -120.0, 2017);
		phaseOut.setCost(2_800_000_000.0);
		impact(phaseOut, pm25, -8.0, 2017);
		concept.getMeasures().add(phaseOut);
		Measure retrofit = F.createMeasure();
		retrofit.setName(zh("燃煤电厂超低排放改造", "Nachrüstung der Kohlekraftwerke auf ultraniedrige Emissionen", "Ultra-low emission retrofit of coal power plants"));
		retrofit.setCost(6_000_000_000.0);
		retrofit.setCurrency("CNY");
		impact(retrofit, so2, -250.0, 2017);
		impact(retrofit, pm25, -12.0, 2017);
		concept.getMeasures().add(retrofit);

		scenario(zh("无新措施", "Ohne neue Maßnahmen", "Without new measures"),
				zh("各项指标延续以往趋势。", "Die Indikatoren folgen ihrem bisherigen Trend.", "The indicators follow their past trend."));
		Scenario both = scenario(zh("2014年起锅炉替代与电厂改造并举", "Kesselersatz und Kraftwerksnachrüstung ab 2014", "Boiler replacement and plant retrofit from 2014"),
				zh("两项措施均于2014年启动并全面实施。", "Beide Maßnahmen beginnen 2014 und werden vollständig umgesetzt.", "Both measures start in 2014 and are carried out in full."));
		take(both, phaseOut, 2014, 3, 1.0);
		take(both, retrofit, 2014, 2, 1.0);
		Scenario boilers = scenario(zh("仅替代锅炉", "Nur Kesselersatz", "Boiler replacement only"),
				zh("仅替代七成小型燃煤锅炉，电厂不改造。", "Nur 70 % der kleinen Kohlekessel werden ersetzt, die Kraftwerke nicht nachgerüstet.",
						"Only 70% of the small coal boilers are replaced; the power plants are not retrofitted."));
		take(boilers, phaseOut, 2015, 3, 0.7);
		change.getConcepts().add(concept);

		Activity interviews = F.createActivity();
		interviews.setName(de("Zeitzeugen-Interviews in Nordrhein-Westfalen", "北威州转型亲历者访谈", "Interviews with witnesses in North Rhine-Westphalia"));
		interviews.setKind(ActivityKind.EXPERT_TALK);
		interviews.setStart(d("2015-04-20"));
		interviews.setFinish(d("2015-04-29"));
		interviews.setPlace(de("Essen, Dortmund, Düsseldorf", "埃森、多特蒙德、杜塞尔多夫", "Essen, Dortmund, Düsseldorf"));
		interviews.setOutcomes(zh("访谈了14位来自企业、工会和地方政府的专家。", "14 Fachleute aus Unternehmen, Gewerkschaften und Kommunen befragt.",
				"14 experts from companies, unions and local government interviewed."));
		interviews.getParticipants().add(schulz);
		interviews.getParticipants().add(chen);
		interviews.getTaskGroups().add(change);
		partnership.getActivities().add(interviews);
	}

}
