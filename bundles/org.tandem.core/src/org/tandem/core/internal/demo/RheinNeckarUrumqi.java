package org.tandem.core.internal.demo;

import static org.tandem.core.internal.demo.DemoWorkspace.d;
import static org.tandem.core.internal.demo.DemoWorkspace.de;
import static org.tandem.core.internal.demo.DemoWorkspace.deDraft;
import static org.tandem.core.internal.demo.DemoWorkspace.deStale;
import static org.tandem.core.internal.demo.DemoWorkspace.zh;

import java.time.Instant;

import org.tandem.model.api.*;

/** The research partnership of the Rhine-Neckar Metropolitan Region with the Urumqi-Changji area. */
final class RheinNeckarUrumqi extends PartnershipBuilder {

	final Region rheinNeckar = F.createRegion();
	final Region uchang = F.createRegion();
	final TaskGroup energy = F.createTaskGroup();
	final TaskGroup water = F.createTaskGroup();
	final Person weber;
	final Person becker;
	final Person hoffmann;
	final Person liWei;
	final Person wangFang;
	final Person zhangQiang;
	final Indicator waterWithdrawal;
	final Indicator co2Changji;
	final Indicator co2Mannheim;
	final Indicator wasteHeat;
	final Indicator waterRheinNeckar;

	RheinNeckarUrumqi() {
		partnership.setName(de("Forschungspartnerschaft Rhein-Neckar – Urumqi", "莱茵-内卡—乌鲁木齐研究伙伴关系",
				"Rhine-Neckar – Urumqi research partnership"));
		partnership.setDescription(de(
				"Fünfjährige, umsetzungsorientierte Partnerschaft zweier Industrieregionen im Strukturwandel. Aus einer zufälligen Beziehung soll eine dauerhafte, vielfältig verankerte Wunschpartnerschaft werden, mit realistischen Konzepten und umsetzbaren Lösungen für eine nachhaltige Stadtentwicklung.",
				"两个处于结构转型中的工业地区之间为期五年、以实施为导向的伙伴关系。目标是把一次偶然的联系发展为长期、多层次扎根的“首选伙伴关系”，为城市可持续发展提出切实可行的概念和解决方案。",
				"A five-year, implementation-oriented partnership of two industrial regions in structural change. It is to turn a coincidental relationship into a lasting, broadly anchored partnership of choice, with realistic concepts and workable solutions for sustainable urban development."));
		partnership.setStart(d("2024-01-01"));
		partnership.setFinish(d("2028-12-31"));

		rheinNeckar.setName(de("Metropolregion Rhein-Neckar", "莱茵-内卡大都市区", "Rhine-Neckar Metropolitan Region"));
		rheinNeckar.setCountry("DE");
		rheinNeckar.setKind(RegionKind.INDUSTRIAL_REGION);
		rheinNeckar.setPopulation(2_400_000L);
		municipality(rheinNeckar, de("Mannheim", "曼海姆", "Mannheim"), 315_000L);
		municipality(rheinNeckar, de("Heidelberg", "海德堡", "Heidelberg"), 160_000L);
		municipality(rheinNeckar, de("Ludwigshafen am Rhein", "莱茵河畔路德维希港", "Ludwigshafen am Rhein"), 172_000L);
		uchang.setName(zh("乌鲁木齐—昌吉（乌昌）", "Urumqi-Changji („Uchang“)", "Urumqi-Changji (\"Uchang\")"));
		uchang.setCountry("CN");
		uchang.setKind(RegionKind.METROPOLITAN_AREA);
		uchang.setPopulation(5_500_000L);
		municipality(uchang, zh("乌鲁木齐市", "Urumqi", "Urumqi"), 4_100_000L);
		municipality(uchang, zh("昌吉市", "Changji", "Changji"), 1_400_000L);
		partnership.getRegions().add(rheinNeckar);
		partnership.getRegions().add(uchang);

		phase(de("Aufbau und Bestandsaufnahme", "启动与现状调查", "Set-up and baseline survey"), "2024-01-01", "2024-12-31");
		phase(de("Pilotprojekte", "试点项目", "Pilot projects"), "2025-01-01", "2027-06-30");
		phase(de("Verstetigung", "长效化", "Consolidation"), "2027-07-01", "2028-12-31");

		Organization network = organization(de("Umweltkompetenznetzwerk Heidelberg/Rhein-Neckar", "海德堡/莱茵-内卡环境专业网络",
				"Environmental expertise network Heidelberg/Rhine-Neckar"), OrganizationKind.BUSINESS_NETWORK, rheinNeckar);
		Organization mannheim = organization(de("Stadt Mannheim, Klimaschutzleitstelle", "曼海姆市气候保护办公室",
				"City of Mannheim, climate protection office"), OrganizationKind.AUTHORITY, rheinNeckar);
		Organization institute = organization(de("Institut für angewandte Energieforschung Heidelberg", "海德堡应用能源研究所",
				"Heidelberg Institute for Applied Energy Research"), OrganizationKind.INSTITUTE, rheinNeckar);
		Organization waterInstitute = organization(zh("乌鲁木齐水资源研究院", "Urumqi-Institut für Wasserressourcen",
				"Urumqi Institute of Water Resources"), OrganizationKind.INSTITUTE, uchang);
		Organization park = organization(zh("昌吉高新技术产业开发区管委会", "Verwaltung des Hightech-Industrieparks Changji",
				"Changji High-Tech Industrial Park administration"), OrganizationKind.AUTHORITY, uchang);
		Organization utility = organization(zh("乌鲁木齐热力有限公司", "Fernwärmegesellschaft Urumqi", "Urumqi District Heating Company"),
				OrganizationKind.COMPANY, uchang);

		weber = person("Katrin Weber", "Katrin Weber", network, rheinNeckar, de("Koordinatorin der deutschen Seite", "德方协调人", "Coordinator of the German side"), "de", "en");
		becker = person("Jonas Becker", "Jonas Becker", mannheim, rheinNeckar, de("Energiemanager", "能源经理", "Energy manager"), "de", "en");
		hoffmann = person("Miriam Hoffmann", "Miriam Hoffmann", institute, rheinNeckar, de("Wissenschaftlerin, Wasserwirtschaft", "水资源管理研究员", "Researcher, water management"), "de", "en", "zh");
		liWei = person("李伟", "Li Wei", waterInstitute, uchang, zh("中方协调人", "Koordinator der chinesischen Seite", "Coordinator of the Chinese side"), "zh", "en");
		wangFang = person("王芳", "Wang Fang", park, uchang, zh("园区节能负责人", "Leiterin Energieeinsparung im Industriepark", "Head of energy saving, industrial park"), "zh", "en");
		zhangQiang = person("张强", "Zhang Qiang", utility, uchang, zh("技术总监", "Technischer Leiter", "Technical director"), "zh", "de");

		waterWithdrawal = indicator(de("Wasserentnahme der Industrie im Raum Uchang", "乌昌地区工业取水量", "Industrial water withdrawal, Uchang"),
				"million m3", "statistical yearbook", uchang, 2023, 412.0);
		target(waterWithdrawal, 2026, 380.0, "million m3");
		target(waterWithdrawal, 2028, 350.0, "million m3");
		measurement(waterWithdrawal, "2023-12-31", 412.0, "million m3", "statistical yearbook", "乌鲁木齐统计年鉴 2024");
		measurement(waterWithdrawal, "2024-12-31", 405.5, "million m3", "statistical yearbook", "乌鲁木齐统计年鉴 2025");
		measurement(waterWithdrawal, "2025-12-31", 398_600_000.0, "m3", "statistical yearbook", "乌鲁木齐统计年鉴 2026");
		waterWithdrawal.setTrend(-2.0);
		waterWithdrawal.setSource("乌鲁木齐统计年鉴");
		co2Changji = indicator(zh("昌吉工业园区二氧化碳排放", "CO2-Emissionen des Industrieparks Changji", "CO2 emissions, Changji industrial park"),
				"t CO2e", "CEADs", uchang, 2023, 8_600_000.0);
		target(co2Changji, 2028, 7_700_000.0, "t CO2e");
		measurement(co2Changji, "2023-12-31", 8_600_000.0, "t CO2e", "CEADs", "园区能源统计");
		measurement(co2Changji, "2024-12-31", 8_450_000.0, "t CO2e", "CEADs", "园区能源统计");
		measurement(co2Changji, "2025-12-31", 8_520.0, "kt CO2e", "CEADs", "园区能源统计");
		co2Changji.setTrend(1.0);
		co2Changji.setSource("CEADs 城市排放清单");
		co2Mannheim = indicator(de("Treibhausgasemissionen der Stadt Mannheim", "曼海姆市温室气体排放", "Greenhouse gas emissions, City of Mannheim"),
				"t CO2e", "BISKO", rheinNeckar, 2020, 2_750_000.0);
		target(co2Mannheim, 2030, 1_100_000.0, "t CO2e");
		measurement(co2Mannheim, "2020-12-31", 2_750_000.0, "t CO2e", "BISKO", "Klimaschutzbericht Mannheim");
		measurement(co2Mannheim, "2021-12-31", 2_680_000.0, "t CO2e", "BISKO", "Klimaschutzbericht Mannheim");
		measurement(co2Mannheim, "2022-12-31", 2_540_000.0, "t CO2e", "BISKO", "Klimaschutzbericht Mannheim");
		measurement(co2Mannheim, "2023-12-31", 2_470.0, "kt CO2e", "BISKO", "Energie- und Treibhausgasbilanz Mannheim 2023");
		co2Mannheim.setTrend(-3.0);
		co2Mannheim.setSource("Klimaschutzbericht Mannheim");
		wasteHeat = indicator(de("Genutzte industrielle Abwärme in Changji", "昌吉利用的工业余热", "Industrial waste heat used, Changji"),
				"MWh", "measured", uchang, 2024, 0.0);
		target(wasteHeat, 2027, 120_000.0, "MWh");
		target(wasteHeat, 2025, 30.0, "GWh");
		measurement(wasteHeat, "2025-12-31", 18_500.0, "MWh", "measured", "乌鲁木齐热力有限公司 计量数据");
		wasteHeat.setSource("乌鲁木齐热力有限公司");
		waterRheinNeckar = indicator(de("Wasserentnahme der Industrie in der Metropolregion Rhein-Neckar", "莱茵-内卡大都市区工业取水量",
				"Industrial water withdrawal, Rhine-Neckar"), "million m3", "statistical yearbook", rheinNeckar, 2023, 236.0);
		waterRheinNeckar.setTrend(-1.0);
		waterRheinNeckar.setSource("Statistisches Landesamt Baden-Württemberg");
		target(waterRheinNeckar, 2028, 220.0, "million m3");
		measurement(waterRheinNeckar, "2023-12-31", 236.0, "million m3", "statistical yearbook", "Statistisches Landesamt, Wasserstatistik 2023");
		measurement(waterRheinNeckar, "2024-12-31", 233_400_000.0, "m3", "statistical yearbook", "Statistisches Landesamt, Wasserstatistik 2024");

		energy.setName(de("Arbeitsgruppe Energie- und Materialeffizienz", "能源与材料效率工作组", "Task group on energy and material efficiency"));
		energy.setDomain("energy-efficiency");
		energy.getCoChairs().add(becker);
		energy.getCoChairs().add(wangFang);
		energy.getMembers().add(zhangQiang);
		energy.getMembers().add(weber);
		water.setName(de("Arbeitsgruppe Effizientes Wassermanagement", "水资源高效管理工作组", "Task group on efficient water management"));
		water.setDomain("water-resources");
		water.getCoChairs().add(hoffmann);
		water.getCoChairs().add(liWei);
		water.getMembers().add(weber);
		partnership.getTaskGroups().add(energy);
		partnership.getTaskGroups().add(water);

		energy.getConcepts().add(wasteHeatConcept());
		water.getConcepts().add(waterConcept());

		new RheinNeckarUrumqiScenarios(this).add();
		activities();
		agreementsAndGlossary();
	}

	private Concept wasteHeatConcept() {
		Concept concept = F.createConcept();
		concept.setTitle(de("Abwärme aus dem Industriepark Changji für die Fernwärme nutzen", "将昌吉工业园区余热用于集中供热",
				"Using waste heat from the Changji industrial park for district heating"));
		concept.setProblem(deStale(
				"Die Kohlechemie- und Aluminiumbetriebe im Industriepark Changji geben große Mengen Abwärme ungenutzt an die Umgebung ab, während das Fernwärmenetz von Urumqi im Winter überwiegend mit Kohle beheizt wird. Seit der Erhebung 2024 wissen wir, dass zwei Drittel der Abwärme über 90 °C liegen.",
				"昌吉工业园区的煤化工和铝业企业向环境排放大量未利用的余热，而乌鲁木齐的集中供热管网冬季主要依靠燃煤。",
				"The coal-chemical and aluminium plants of the Changji industrial park release large amounts of unused waste heat, while Urumqi's district heating network runs mainly on coal in winter."));
		concept.setObjectives(de(
				"Bis 2027 sollen jährlich 120.000 MWh Abwärme in das Fernwärmenetz eingespeist werden; ein Abwärmekataster macht die Potenziale aller Betriebe sichtbar.",
				"到2027年，每年向供热管网输入12万兆瓦时余热；通过余热地图展示所有企业的潜力。",
				"By 2027, 120,000 MWh of waste heat a year are to be fed into the district heating network; a waste heat register shows the potential of every plant."));
		concept.setExpectedImpact(de(
				"Rund 45.000 t CO2 weniger pro Jahr und geringere Feinstaubbelastung im Winter.",
				"每年减少约4.5万吨二氧化碳排放，冬季颗粒物污染降低。",
				"About 45,000 t less CO2 a year and lower particulate pollution in winter."));
		concept.setStatus(ConceptStatus.IN_REVIEW);
		concept.getAuthors().add(becker);
		concept.getAuthors().add(wangFang);
		concept.getReviewers().add(zhangQiang);
		Measure register = measure(de("Abwärmekataster für den Industriepark erstellen", "编制园区余热地图", "Build a waste heat register for the park"),
				de("Messkampagne in 25 Betrieben, Temperaturniveaus und Mengen, Kartierung im GIS.", "在25家企业开展测量，记录温度等级和热量，并在GIS中制图。",
						"Measuring campaign in 25 plants, temperature levels and quantities, mapped in a GIS."), 180_000.0);
		Measure pilot = measure(de("Pilot-Wärmeverbund Aluminiumhütte – Fernwärme", "铝厂—集中供热余热利用试点", "Pilot heat link from aluminium smelter to district heating"),
				de("Wärmetauscher und 6 km Trasse zum Netz im Norden von Urumqi.", "换热站及通往乌鲁木齐北部管网的6公里管线。", "Heat exchanger and a 6 km pipeline to the network in the north of Urumqi."), 4_200_000.0);
		impact(pilot, wasteHeat, 120_000.0, 2027);
		impact(pilot, co2Changji, -45_000.0, 2027);
		concept.getMeasures().add(register);
		concept.getMeasures().add(pilot);
		Comment comment = F.createComment();
		comment.setAuthor(zhangQiang);
		comment.setCreated(Instant.parse("2025-03-12T08:15:00Z"));
		comment.setSection("problem");
		comment.setLanguage("zh");
		comment.setText("问题描述的中文版尚未包含2024年调查结果，请更新。");
		concept.getComments().add(comment);
		StatusChange submitted = F.createStatusChange();
		submitted.setFrom(ConceptStatus.DRAFT);
		submitted.setTo(ConceptStatus.IN_REVIEW);
		submitted.setBy(becker);
		submitted.setAt(Instant.parse("2025-03-01T10:00:00Z"));
		submitted.setNote("Zur Prüfung durch die chinesische Seite");
		concept.getStatusChanges().add(submitted);
		return concept;
	}

	private Concept waterConcept() {
		Concept concept = F.createConcept();
		concept.setTitle(zh("工业用水循环利用与节水灌溉", "Kreislaufführung von Industriewasser und wassersparende Bewässerung",
				"Industrial water recycling and water-saving irrigation"));
		concept.setProblem(zh(
				"乌昌地区年降水量不足300毫米，工业和农业用水主要依赖地下水和天山融雪，地下水位持续下降。",
				"Im Raum Uchang fallen weniger als 300 mm Niederschlag im Jahr; Industrie und Landwirtschaft hängen vom Grundwasser und vom Schmelzwasser des Tianshan ab, der Grundwasserspiegel sinkt stetig.",
				"Uchang gets less than 300 mm of rain a year; industry and farming depend on groundwater and meltwater from the Tianshan, and the water table keeps falling."));
		concept.setObjectives(zh(
				"到2028年工业取水量比2023年减少15%，园区工业废水回用率达到60%。",
				"Bis 2028 sinkt die Wasserentnahme der Industrie gegenüber 2023 um 15 %, 60 % des Abwassers im Industriepark werden wiederverwendet.",
				"By 2028, industrial water withdrawal is 15% below 2023 and 60% of the industrial park's waste water is reused."));
		concept.setExpectedImpact(deDraft(
				"Etwa 60 Millionen m³ weniger Grundwasserentnahme pro Jahr.",
				"每年减少地下水开采约6000万立方米。",
				"About 60 million m³ less groundwater withdrawn a year."));
		concept.setStatus(ConceptStatus.APPROVED);
		concept.getAuthors().add(liWei);
		concept.getAuthors().add(hoffmann);
		concept.getReviewers().add(weber);
		Measure recycling = measure(zh("园区中水回用厂", "Betriebswasser-Aufbereitungsanlage im Industriepark", "Reclaimed water plant for the industrial park"),
				zh("日处理能力5万立方米的膜处理工艺。", "Membranverfahren mit 50.000 m³ Tageskapazität.", "Membrane process with 50,000 m³ a day."), 9_500_000.0);
		impact(recycling, waterWithdrawal, -18.0, 2027);
		Measure irrigation = measure(de("Tropfbewässerung in Stadtgrün und Gärtnereien", "城市绿地与苗圃滴灌", "Drip irrigation for urban green and nurseries"),
				de("Umstellung von 1.200 ha auf Tropfbewässerung mit Bodenfeuchtesensoren.", "将1200公顷改为配备土壤湿度传感器的滴灌。", "Converting 1,200 ha to drip irrigation with soil moisture sensors."), 2_300_000.0);
		impact(irrigation, waterWithdrawal, -6.0, 2028);
		concept.getMeasures().add(recycling);
		concept.getMeasures().add(irrigation);
		return concept;
	}

	/** The water plan: five years of work packages, tasks and milestones, frozen at two annual visits. */
	ImplementationPlan waterPlan() {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(de("Umsetzungsplan Wassermanagement 2024–2028", "水资源管理实施计划 2024–2028", "Water management implementation plan 2024–2028"));
		plan.setTaskGroup(water);
		plan.setStart(d("2024-01-15"));
		plan.setFinish(d("2028-12-15"));
		Baseline visit2024 = baseline(plan, "Jahresbesuch 2024 / 2024年度互访", "2024-09-20");
		Baseline visit2025 = baseline(plan, "Jahresbesuch 2025 / 2025年度互访", "2025-06-13");

		WorkPackage survey = workPackage(plan, de("AP 1 Bestandsaufnahme", "工作包1 现状调查", "WP 1 Baseline survey"), hoffmann);
		Task data = task(survey, de("Wasserbilanz der 40 größten Industriebetriebe", "40家最大工业企业的水平衡", "Water balance of the 40 largest plants"), liWei, "2024-02-01", "2024-07-31", 90, 100);
		Task gis = task(survey, de("Grundwassermodell im GIS aufbauen", "在GIS中建立地下水模型", "Groundwater model in GIS"), hoffmann, "2024-05-01", "2024-11-30", 60, 100);
		Milestone m1 = milestone(survey, de("M1 Bestandsbericht Wasser vorgelegt", "M1 提交水资源现状报告", "M1 Water baseline report delivered"),
				liWei, "2024-12-15", "2024-12-20", de("Bericht, zweisprachig", "报告（双语）", "Report, bilingual"));
		baselineDate(m1, visit2024, "2024-12-15");
		baselineDate(m1, visit2025, "2024-12-15");

		WorkPackage pilots = workPackage(plan, de("AP 2 Pilotprojekte", "工作包2 试点项目", "WP 2 Pilot projects"), liWei);
		Task design = task(pilots, de("Planung der Betriebswasser-Aufbereitung", "中水回用厂设计", "Design of the reclaimed water plant"), zhangQiang, "2025-01-15", "2025-09-30", 220, 100);
		Task tender = task(pilots, de("Ausschreibung und Vergabe", "招标与采购", "Tender and award"), wangFang, "2025-10-01", "2026-03-31", 40, 80);
		Task build = task(pilots, de("Bau und Inbetriebnahme", "建设与调试", "Construction and commissioning"), zhangQiang, "2026-04-01", "2027-05-31", 900, 25);
		Task drip = task(pilots, de("Tropfbewässerung auf 1.200 ha", "1200公顷滴灌改造", "Drip irrigation on 1,200 ha"), liWei, "2025-04-01", "2026-10-31", 300, 55);
		Milestone m2 = milestone(pilots, de("M2 Aufbereitungsanlage in Betrieb", "M2 中水回用厂投入运行", "M2 Reclaimed water plant in operation"),
				zhangQiang, "2027-06-30", null, de("Abnahmeprotokoll", "验收记录", "Acceptance record"));
		baselineDate(m2, visit2024, "2026-12-31");
		baselineDate(m2, visit2025, "2027-03-31");
		Milestone m3 = milestone(pilots, de("M3 Halbzeitbewertung beim Jahresbesuch 2026", "M3 2026年度互访中期评估", "M3 Mid-term review at the 2026 annual visit"),
				weber, "2026-06-15", null, de("Bewertungsbericht", "评估报告", "Review report"));
		baselineDate(m3, visit2024, "2026-06-15");
		baselineDate(m3, visit2025, "2026-06-15");

		WorkPackage transfer = workPackage(plan, de("AP 3 Verstetigung und Transfer", "工作包3 长效化与推广", "WP 3 Consolidation and transfer"), weber);
		Task manual = task(transfer, de("Lehrmaterial und Anschauungsobjekte", "教学材料与实物展示", "Teaching material and show-and-tell objects"), hoffmann, "2027-07-01", "2028-06-30", 120, 0);
		Task rollout = task(transfer, de("Übertragung auf weitere Industrieparks", "推广至其他工业园区", "Roll-out to further industrial parks"), wangFang, "2027-09-01", "2028-11-30", 200, 0);
		Milestone m4 = milestone(transfer, de("M4 Abschlussbericht und Transferkonzept", "M4 结题报告与推广方案", "M4 Final report and transfer concept"),
				weber, "2028-12-15", null, de("Abschlussbericht", "结题报告", "Final report"));
		baselineDate(m4, visit2024, "2028-12-15");
		baselineDate(m4, visit2025, "2028-12-15");

		depend(plan, data, gis, DependencyType.START_TO_START, 60);
		depend(plan, gis, m1, DependencyType.FINISH_TO_START, 10);
		depend(plan, m1, design, DependencyType.FINISH_TO_START, 20);
		depend(plan, design, tender, DependencyType.FINISH_TO_START, 0);
		depend(plan, tender, build, DependencyType.FINISH_TO_START, 0);
		depend(plan, build, m2, DependencyType.FINISH_TO_FINISH, 30);
		depend(plan, m2, manual, DependencyType.START_TO_START, 0);
		depend(plan, manual, rollout, DependencyType.START_TO_START, 60);
		depend(plan, rollout, m4, DependencyType.FINISH_TO_START, 15);
		depend(plan, drip, m3, DependencyType.START_TO_FINISH, 0);

		FundingSource bmbf = F.createFundingSource();
		bmbf.setName(de("Bundesforschungsförderung (Deutschland)", "德国联邦科研资助", "Federal research funding (Germany)"));
		bmbf.setKind("grant");
		bmbf.setAmount(1_800_000.0);
		bmbf.setCurrency("EUR");
		FundingSource province = F.createFundingSource();
		province.setName(zh("新疆维吾尔自治区科技厅专项资金", "Sonderfonds der Wissenschaftsbehörde Xinjiang", "Special fund of the Xinjiang science department"));
		province.setKind("grant");
		province.setAmount(12_000_000.0);
		province.setCurrency("CNY");
		plan.getFundingSources().add(bmbf);
		plan.getFundingSources().add(province);
		budget(plan, de("Messkampagne und Modellierung", "测量与建模", "Measuring and modelling"), 420_000.0, "EUR", bmbf, survey);
		budget(plan, zh("中水回用厂建设", "Bau der Aufbereitungsanlage", "Building the reclaimed water plant"), 9_500_000.0, "CNY", province, build);

		Risk risk = F.createRisk();
		risk.setDescription(deStale("Lieferzeiten der Membranmodule verlängern sich wegen Exportkontrollen.", "膜组件供货周期延长。",
				"Delivery of membrane modules takes longer."));
		risk.setMitigation(de("Zweiten Lieferanten aus China qualifizieren.", "认证第二家国内供应商。", "Qualify a second supplier in China."));
		risk.setProbability(RiskLevel.MEDIUM);
		risk.setImpact(RiskLevel.HIGH);
		risk.setOwner(zhangQiang);
		plan.getRisks().add(risk);
		return plan;
	}

	/** The energy plan: the waste heat register and the pilot heat link. */
	ImplementationPlan energyPlan() {
		ImplementationPlan plan = F.createImplementationPlan();
		plan.setName(de("Umsetzungsplan Abwärme 2024–2028", "余热利用实施计划 2024–2028", "Waste heat implementation plan 2024–2028"));
		plan.setTaskGroup(energy);
		plan.setStart(d("2024-03-01"));
		plan.setFinish(d("2028-10-31"));
		Baseline visit2025 = baseline(plan, "Jahresbesuch 2025 / 2025年度互访", "2025-06-13");
		WorkPackage register = workPackage(plan, de("AP 1 Abwärmekataster", "工作包1 余热地图", "WP 1 Waste heat register"), becker);
		Task measuring = task(register, de("Messkampagne in 25 Betrieben", "25家企业测量", "Measuring campaign in 25 plants"), wangFang, "2024-04-01", "2025-03-31", 150, 100);
		Milestone m1 = milestone(register, de("M1 Abwärmekataster veröffentlicht", "M1 发布余热地图", "M1 Waste heat register published"), becker, "2025-05-31", "2025-07-15",
				de("Online-Karte", "在线地图", "Online map"));
		baselineDate(m1, visit2025, "2025-05-31");
		WorkPackage link = workPackage(plan, de("AP 2 Pilot-Wärmeverbund", "工作包2 余热利用试点", "WP 2 Pilot heat link"), zhangQiang);
		Task feasibility = task(link, de("Machbarkeitsstudie", "可行性研究", "Feasibility study"), becker, "2025-06-01", "2025-12-31", 80, 90);
		Task pipeline = task(link, de("Trasse und Wärmetauscher bauen", "建设管线和换热站", "Build pipeline and heat exchanger"), zhangQiang, "2026-04-01", "2027-09-30", 700, 10);
		Milestone m2 = milestone(link, de("M2 Erste Wärmelieferung", "M2 首次供热", "M2 First heat delivered"), zhangQiang, "2027-10-15", null,
				de("Messprotokoll der Einspeisung", "输热计量记录", "Metering record of the feed-in"));
		baselineDate(m2, visit2025, "2027-10-15");
		depend(plan, measuring, m1, DependencyType.FINISH_TO_START, 30);
		depend(plan, m1, feasibility, DependencyType.FINISH_TO_START, 0);
		depend(plan, feasibility, pipeline, DependencyType.FINISH_TO_START, 90);
		depend(plan, pipeline, m2, DependencyType.FINISH_TO_START, 15);
		return plan;
	}

	private void activities() {
		activity(de("Jahresbesuch 2024 in Urumqi und Changji", "2024年度乌鲁木齐、昌吉互访", "Annual visit 2024 to Urumqi and Changji"), ActivityKind.ANNUAL_VISIT,
				"2024-09-16", "2024-09-20", zh("乌鲁木齐", "Urumqi", "Urumqi"),
				de("Besichtigung des Industrieparks Changji, Auftakt beider Arbeitsgruppen, Baseline der Pläne eingefroren.", "参观昌吉工业园区，两个工作组启动，计划基线冻结。",
						"Visit of the Changji industrial park, kick-off of both task groups, plan baselines frozen."),
				weber, becker, hoffmann, liWei, wangFang, zhangQiang);
		activity(de("Fachgespräch Abwärmenutzung", "余热利用专家座谈", "Expert talk on waste heat use"), ActivityKind.EXPERT_TALK,
				"2025-02-11", "2025-02-11", de("Videokonferenz", "视频会议", "Video conference"),
				de("Erfahrungen aus dem Mannheimer Fernwärmenetz; Fragen zur Temperaturabsenkung.", "介绍曼海姆供热管网经验，讨论降低供热温度问题。",
						"Experience from Mannheim's district heating network; questions on lowering temperatures."),
				becker, wangFang, zhangQiang);
		activity(de("Jahresbesuch 2025 in Mannheim und Heidelberg", "2025年度曼海姆、海德堡互访", "Annual visit 2025 to Mannheim and Heidelberg"), ActivityKind.ANNUAL_VISIT,
				"2025-06-09", "2025-06-13", de("Mannheim", "曼海姆", "Mannheim"),
				deStale("Besuch der Kläranlage Mannheim und des Wärmespeichers; Pläne neu als Baseline festgehalten; Meilenstein M2 Wasser um drei Monate verschoben.",
						"参观曼海姆污水处理厂和储热设施；计划重新确定基线。", "Visit of the Mannheim sewage plant and heat storage; plans frozen as a new baseline."),
				weber, becker, hoffmann, liWei, wangFang);
		activity(de("Workshop für Betriebe: Wasser sparen in der Produktion", "企业研讨会：生产节水", "Workshop for companies: saving water in production"),
				ActivityKind.TARGET_GROUP_EVENT, "2025-10-22", "2025-10-22", zh("昌吉高新区", "Hightech-Park Changji", "Changji high-tech park"),
				zh("32家企业参加，其中8家报名参与水平衡测试。", "32 Betriebe nahmen teil, 8 meldeten sich für eine Wasserbilanz an.", "32 companies took part, 8 signed up for a water balance."),
				liWei, hoffmann, wangFang);
	}

	private void agreementsAndGlossary() {
		Agreement agreement = F.createAgreement();
		agreement.setTitle(de("Absichtserklärung zur Zusammenarbeit", "合作意向书", "Memorandum of understanding"));
		agreement.setText(de("Beide Regionen richten gemeinsame Arbeitsgruppen ein und treffen sich jährlich abwechselnd in der Partnerregion.",
				"双方设立联合工作组，每年轮流在伙伴地区会面。", "Both regions set up joint task groups and meet every year, alternately in the partner region."));
		agreement.setDate(d("2024-03-05"));
		FollowUp followUp = F.createFollowUp();
		followUp.setDescription(de("Datenaustauschvereinbarung für Messwerte abschließen", "签订测量数据交换协议", "Conclude a data exchange agreement for measurements"));
		followUp.setDue(d("2025-12-31"));
		followUp.setDone(false);
		followUp.setResponsible(weber);
		agreement.getFollowUps().add(followUp);
		partnership.getAgreements().add(agreement);

		term(de("Abwärme", "余热", "waste heat"), de("Wärme, die in einem Prozess entsteht und ungenutzt abgegeben wird.", "生产过程中产生并未被利用而排放的热量。",
				"Heat that a process produces and releases unused."));
		term(de("Betriebswasser", "中水", "reclaimed water"), de("Aufbereitetes Abwasser, das erneut genutzt wird, aber kein Trinkwasser ist.", "经处理后可再次使用但非饮用的污水。",
				"Treated waste water that is used again but is not drinking water."));
		term(de("Meilenstein", "里程碑", "milestone"), de("Ein Ereignis im Plan, an dem ein Ergebnis vorliegt.", "计划中交付成果的节点。", "An event in the plan at which a result is delivered."));
	}

	// ------------------------------------------------------------------ builders

	private static Measure measure(LocalizedText name, LocalizedText description, double cost) {
		Measure measure = F.createMeasure();
		measure.setName(name);
		measure.setDescription(description);
		measure.setCost(cost);
		measure.setCurrency("EUR");
		return measure;
	}

	private void activity(LocalizedText name, ActivityKind kind, String start, String finish, LocalizedText place, LocalizedText outcomes, Person... participants) {
		Activity activity = F.createActivity();
		activity.setName(name);
		activity.setKind(kind);
		activity.setStart(d(start));
		activity.setFinish(d(finish));
		activity.setPlace(place);
		activity.setOutcomes(outcomes);
		for (Person participant : participants) {
			activity.getParticipants().add(participant);
		}
		activity.getTaskGroups().add(kind == ActivityKind.ANNUAL_VISIT ? energy : water);
		if (kind == ActivityKind.ANNUAL_VISIT) {
			activity.getTaskGroups().add(water);
		}
		partnership.getActivities().add(activity);
	}

	private static Baseline baseline(ImplementationPlan plan, String name, String date) {
		Baseline baseline = F.createBaseline();
		baseline.setName(name);
		baseline.setDate(d(date));
		plan.getBaselines().add(baseline);
		return baseline;
	}

	private static WorkPackage workPackage(ImplementationPlan plan, LocalizedText name, Person responsible) {
		WorkPackage workPackage = F.createWorkPackage();
		workPackage.setName(name);
		workPackage.setResponsible(responsible);
		plan.getItems().add(workPackage);
		return workPackage;
	}

	private static Task task(WorkPackage parent, LocalizedText name, Person responsible, String start, String finish, double effort, int progress) {
		Task task = F.createTask();
		task.setName(name);
		task.setResponsible(responsible);
		task.setStart(d(start));
		task.setFinish(d(finish));
		task.setEffort(effort);
		task.setProgress(progress);
		parent.getChildren().add(task);
		return task;
	}

	private static Milestone milestone(WorkPackage parent, LocalizedText name, Person responsible, String planned, String actual, LocalizedText deliverable) {
		Milestone milestone = F.createMilestone();
		milestone.setName(name);
		milestone.setResponsible(responsible);
		milestone.setPlanned(d(planned));
		if (actual != null) {
			milestone.setActual(d(actual));
			milestone.setStatus(MilestoneStatus.DONE);
		} else {
			milestone.setStatus(MilestoneStatus.OPEN);
		}
		milestone.setDeliverable(deliverable);
		parent.getChildren().add(milestone);
		return milestone;
	}

	private static void baselineDate(PlanItem item, Baseline baseline, String date) {
		BaselineDate entry = F.createBaselineDate();
		entry.setBaseline(baseline);
		entry.setStart(d(date));
		entry.setFinish(d(date));
		item.getBaselineDates().add(entry);
	}

	private static void depend(ImplementationPlan plan, PlanItem predecessor, PlanItem successor, DependencyType type, int lagDays) {
		Dependency dependency = F.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setSuccessor(successor);
		dependency.setType(type);
		dependency.setLagDays(lagDays);
		plan.getDependencies().add(dependency);
	}

	private static void budget(ImplementationPlan plan, LocalizedText name, double amount, String currency, FundingSource source, PlanItem item) {
		BudgetItem budget = F.createBudgetItem();
		budget.setName(name);
		budget.setAmount(amount);
		budget.setCurrency(currency);
		budget.setFundingSource(source);
		budget.setItem(item);
		plan.getBudgetItems().add(budget);
	}
}
